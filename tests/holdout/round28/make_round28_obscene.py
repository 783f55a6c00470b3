#!/usr/bin/env python3
"""Generate the round-28 blind hold-out corpus for the obscene-language module.

Setting: a large Catholic sixth-form college on Merseyside (ages 16-19).
Writes NNN_<flag|clean>_<slug>.eml files, labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs, boundaries and ordering, so running it
twice gives byte-identical output.

BLIND CORPUS: never use these messages to tune the filter.
"""

import base64
import csv
import hashlib
import html
import io
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

D = "example-school.org.uk"
P = "pupils.example-school.org.uk"
COLLEGE = "Example School Catholic Sixth Form College"

# ---------------------------------------------------------------- people
S = {
    "mcgovern": ("Siobh\u00e1n McGovern", "s.mcgovern@" + D),
    "rimmer": ("Paul Rimmer", "p.rimmer@" + D),
    "faz": ("Tony Fazakerley", "a.fazakerley@" + D),
    "okafor": ("Helen Okafor", "h.okafor@" + D),
    "tinsley": ("Gemma Tinsley", "g.tinsley@" + D),
    "doyle": ("Ryan Doyle", "r.doyle@" + D),
    "quirk": ("Bernadette Quirk", "b.quirk@" + D),
    "dsl": ("Safeguarding (DSL)", "dsl@" + D),
    "attendance": ("Attendance Office", "attendance@" + D),
    "hesketh": ("Lisa Hesketh", "l.hesketh@" + D),
    "office": ("Karen Molyneux", "office@" + D),
    "cheetham": ("Mark Cheetham", "m.cheetham@" + D),
    "birchall": ("Joanne Birchall", "ucas@" + D),
    "jbirchall": ("Joanne Birchall", "j.birchall@" + D),
    "exams": ("Kevin Lunt", "exams@" + D),
    "brennan": ("Aoife Brennan", "a.brennan@" + D),
    "chaudhry": ("Priya Chaudhry", "p.chaudhry@" + D),
    "gallagher": ("Steve Gallagher", "s.gallagher@" + D),
    "principal": ("Marie Kinsella", "principal@" + D),
    "cockburn": ("Daniel Cockburn", "d.cockburn@" + D),
    "wojcik": ("Natalia W\u00f3jcik", "n.wojcik@" + D),
    "estates": ("Chris Scarisbrick", "c.scarisbrick@" + D),
    "dickens": ("Rachel Dickens", "r.dickens@" + D),
    "mulhearn": ("Sean Mulhearn", "s.mulhearn@" + D),
    "lhancock": ("Lucy Hancock", "l.hancock@" + D),
    "chaplain": ("Fr Dominic Kearney", "chaplaincy@" + D),
    "swarbrick": ("Catherine Swarbrick", "c.swarbrick@" + D),
    "garside": ("Joe Garside", "j.garside@" + D),
    "catering": ("Pauline Kerrigan", "catering@" + D),
    "finance": ("Donna Whiteside", "finance@" + D),
    "admissions": ("Emma Gaskell", "admissions@" + D),
    "price": ("Steph Price", "s.price@" + D),
    "cover": ("Julie Ashcroft", "cover@" + D),
    "leyland": ("Martin Leyland", "m.leyland@" + D),
    "shuff": ("Dave Shufflebottom", "d.shufflebottom@" + D),
    "allstaff": ("All Staff", "allstaff@" + D),
    "y13tutors": ("Y13 Tutors", "y13tutors@" + D),
    "psychteam": ("Psychology Department", "psychology@" + D),
    "pastoral": ("Pastoral Team", "pastoral@" + D),
    "bioteam": ("Biology Department", "biology@" + D),
    "parents": ("Parents and Carers", "parents@" + D),
}
PAR = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}
ST = {
    "keira": ("Keira Murphy", "24kmurphy@" + P),
    "ruby": ("Ruby McDermott", "24rmcdermott@" + P),
    "liam": ("Liam McArdle", "24lmcardle@" + P),
    "erin": ("Erin Nolan", "24enolan@" + P),
    "obi": ("Obi Okonkwo", "24ookonkwo@" + P),
    "aaliyah": ("Aaliyah Hussain", "24ahussain@" + P),
    "tyler": ("Tyler Caddick", "24tcaddick@" + P),
    "jack": ("Jack Daly", "25jdaly@" + P),
    "megan": ("Megan Parry", "24mparry@" + P),
    "beth": ("Beth Walsh", "24bwalsh@" + P),
    "pone": ("Example Pupil One", "24epupilone@" + P),
    "y13applied": ("Y13 BTEC and Applied students", "y13applied@" + P),
    "y12all": ("All Year 12 students", "y12students@" + P),
    "allstudents": ("All students", "allstudents@" + P),
    "13law": ("13LAW", "13law@" + P),
    "12law": ("12LAW", "12law@" + P),
    "13crim": ("13CRIM", "13crim@" + P),
    "12f": ("Tutor group 12F", "12f@" + P),
    "13el": ("13EL", "13el@" + P),
    "12el": ("12EL", "12el@" + P),
    "13elb": ("13EL-B", "13el-b@" + P),
    "12anc": ("12 Ancient History", "12anchist@" + P),
    "12bio": ("12BIO ecology club", "ecologyclub@" + P),
    "13bio": ("13BIO", "13bio@" + P),
    "13rs": ("13RS", "13rs@" + P),
    "13psy": ("13PSY", "13psy@" + P),
    "12psy": ("12PSY", "12psy@" + P),
    "football": ("Men's football squad", "footballsquad@" + P),
    "rugbycricket": ("Rugby and cricket squads", "rugbycricket@" + P),
    "exchange": ("Hamburg exchange group", "hamburg2026@" + P),
}


def sig(name, role, extra=None, style="full"):
    if style == "full":
        s = f"{name}\n{role}\n{COLLEGE}\nPark Row, LS1 4AP\nTel: 01632 960000"
        if extra:
            s += f" {extra}"
        return s
    if style == "line":
        s = f"{name}\n{role}\n{COLLEGE} | Park Row, LS1 4AP | 01632 960000"
        if extra:
            s += f" {extra}"
        return s
    if style == "short":
        return f"{name} | {role} | 01632 960000" + (f" {extra}" if extra else "")
    raise ValueError(style)


DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you have received it in error please tell the sender and delete it. "
    "Views expressed are the author's own and not necessarily those of the college."
)

# ---------------------------------------------------------------- encoders


def h8(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(text, mode="B"):
    """RFC 2047 encoded words (UTF-8), split so each word stays under 75 chars."""
    chunks, cur = [], ""
    limit = 42 if mode == "B" else 18
    for ch in text:
        if len((cur + ch).encode("utf-8")) > limit:
            chunks.append(cur)
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        if mode == "B":
            words.append("=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode() + "?=")
        else:
            out = ""
            for b in c.encode("utf-8"):
                ch = chr(b)
                if ch == " ":
                    out += "_"
                elif ch.isalnum() and b < 128:
                    out += ch
                elif ch in "-!*+/" and b < 128:
                    out += ch
                else:
                    out += "=%02X" % b
            words.append("=?UTF-8?Q?" + out + "?=")
    return "\n ".join(words)


def fmt_addr(name, addr):
    if not name:
        return addr
    if not is_ascii(name):
        return f"{enc_words(name, 'Q')} <{addr}>"
    if any(c in name for c in ',.()":;@'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def addr_list(lst):
    parts = [fmt_addr(n, a) for n, a in lst]
    line = ", ".join(parts)
    if len(line) < 70 and "\n" not in line:
        return line
    return ",\n ".join(parts)


SOFT = "\x01"  # marker: force a quoted-printable soft line break here


def qp_encode(text):
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        toks = []
        for i, byte in enumerate(b):
            if byte == 1:
                toks.append(None)  # forced soft break
            elif byte == 0x3D or byte > 126 or (byte < 32 and byte != 9):
                toks.append("=%02X" % byte)
            elif byte in (32, 9) and i == len(b) - 1:
                toks.append("=%02X" % byte)
            else:
                toks.append(chr(byte))
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


def leaf(ctype, payload, cte="auto", charset="utf-8", extra=()):
    """Return (headers, body) for a single MIME leaf."""
    headers = []
    if isinstance(payload, str):
        if not payload.endswith("\n"):
            payload += "\n"
        if cte == "auto":
            cte = "7bit" if is_ascii(payload.replace(SOFT, "")) else "quoted-printable"
        if cte == "7bit" and not is_ascii(payload):
            raise ValueError("non-ascii text in 7bit part")
        cs = charset
        if cs == "utf-8" and cte == "7bit":
            cs = "us-ascii"
        headers.append(("Content-Type", f'{ctype}; charset="{cs}"'))
        if cte in ("7bit", "8bit"):
            body = payload.replace(SOFT, "")
        elif cte == "quoted-printable":
            body = qp_encode(payload.rstrip("\n")) + "\n"
        elif cte == "base64":
            body = base64.encodebytes(payload.replace(SOFT, "").encode("utf-8")).decode()
        else:
            raise ValueError(cte)
    else:
        headers.append(("Content-Type", ctype))
        cte = "base64"
        body = base64.encodebytes(payload).decode()
    headers.append(("Content-Transfer-Encoding", cte))
    headers.extend(extra)
    return headers, body


def attach(filename, ctype, payload, cte="base64"):
    extra = [("Content-Disposition", f'attachment;\n\tfilename="{filename}"')]
    if isinstance(payload, str):
        if cte == "base64":
            data = payload.encode("utf-8")
            hdr = [("Content-Type", f'{ctype}; charset="utf-8"; name="{filename}"'),
                   ("Content-Transfer-Encoding", "base64")] + extra
            return hdr, base64.encodebytes(data).decode()
        h, b = leaf(ctype, payload, cte, extra=extra)
        h[0] = (h[0][0], h[0][1] + f'; name="{filename}"')
        return h, b
    hdr = [("Content-Type", f'{ctype}; name="{filename}"'),
           ("Content-Transfer-Encoding", "base64")] + extra
    return hdr, base64.encodebytes(payload).decode()


def multipart(subtype, parts, boundary):
    body = "This is a multi-part message in MIME format.\n\n"
    for hdrs, b in parts:
        body += f"--{boundary}\n"
        body += "".join(f"{k}: {v}\n" for k, v in hdrs)
        body += "\n" + b
        if not b.endswith("\n"):
            body += "\n"
        body += "\n"
    body += f"--{boundary}--\n"
    return [("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"')], body


# ---------------------------------------------------------------- html


def to_html(text, style):
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word">',
               '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
               '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
               'font-family:"Calibri",sans-serif;} a:link {color:#0563C1;} '
               '.MsoChpDefault {font-size:10.0pt;} --></style></head>',
               '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
               '<div class="WordSection1">']
        for p in paras:
            lines = p.split("\n")
            if all(l.startswith(">") for l in lines):
                out.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;'
                           'padding:0cm 0cm 0cm 6.0pt">')
                for l in lines:
                    out.append(f'<p class="MsoNormal">{html.escape(l[1:].lstrip(), quote=False) or "&nbsp;"}'
                               '<o:p></o:p></p>')
                out.append("</div>")
            elif lines[0].startswith("From: ") or lines[0].startswith("-----Original") \
                    or lines[0].startswith("________"):
                out.append('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                           'padding:3.0pt 0cm 0cm 0cm">')
                for l in lines:
                    if l.startswith("________"):
                        continue
                    if ": " in l and l.split(": ")[0] in ("From", "Sent", "To", "Cc", "Subject"):
                        k, v = l.split(": ", 1)
                        out.append(f'<p class="MsoNormal"><b>{k}:</b> {html.escape(v, quote=False)}<o:p></o:p></p>')
                    else:
                        out.append(f'<p class="MsoNormal">{html.escape(l, quote=False)}<o:p></o:p></p>')
                out.append("</div></div>")
            else:
                for l in lines:
                    out.append(f'<p class="MsoNormal">{html.escape(l, quote=False) or "&nbsp;"}<o:p></o:p></p>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append("</div></body></html>")
        return "\n".join(out)
    # gmail / google workspace
    out = ['<div dir="ltr">']
    quote = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            quote.append(lines)
            continue
        if lines[0].startswith("On ") and lines[0].endswith("wrote:"):
            out.append(f'</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                       f'{html.escape(lines[0], quote=False)}<br></div>')
            continue
        out.append("<div>" + "<br>".join(html.escape(l, quote=False) for l in lines) + "</div><div><br></div>")
    if quote:
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        for lines in quote:
            out.append("<div>" + "<br>".join(html.escape(l[1:].lstrip(), quote=False) for l in lines)
                       + "</div><div><br></div>")
        out.append("</blockquote></div>")
    else:
        out.append("</div>")
    return "\n".join(out)


# ---------------------------------------------------------------- tiny PDF / ICS


def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 14 Tf 50 790 Td (" + esc(title) + ") Tj /F1 10 Tf 0 -26 Td 14 TL\n"
    for l in lines:
        content += "(" + esc(l) + ") '\n"
    content += "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
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


# ---------------------------------------------------------------- message assembly

MSGS = []


def M(**kw):
    MSGS.append(kw)


def build(m):
    slug = m["slug"]
    style = m.get("style", "plain")  # outlook | gmail | plain
    hx = h8(slug)
    frm = m["frm"]
    to = m["to"]
    cc = m.get("cc", [])
    hdr = []
    hdr.append(("From", fmt_addr(*frm)))
    hdr.append(("To", addr_list(to)))
    if cc:
        hdr.append(("Cc", addr_list(cc)))
    subj = m["subject"]
    if m.get("subj_enc") or not is_ascii(subj):
        hdr.append(("Subject", enc_words(subj, m.get("subj_enc") or "Q")))
    else:
        hdr.append(("Subject", subj))
    hdr.append(("Date", m["date"]))
    if style == "outlook":
        mid = f"<LO4P265MB{hx[:10].upper()}{hx[10:14].upper()}@LO4P265MB{hx[14:20].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    elif style == "gmail":
        mid = "<CAK" + base64.urlsafe_b64encode(bytes.fromhex(hx[:30])).decode().rstrip("=") + "@mail.gmail.com>"
    else:
        mid = f"<{hx[:16]}.r28@{D}>"
    hdr.append(("Message-ID", mid))
    if m.get("reply_to_id"):
        rid = f"<{m['reply_to_id']}>"
        hdr.append(("In-Reply-To", rid))
        hdr.append(("References", rid))
    if style == "outlook":
        hdr.append(("Thread-Topic", subj if is_ascii(subj) else enc_words(subj, "Q")))
        hdr.append(("X-Mailer", "Microsoft Outlook 16.0"))
        hdr.append(("Content-Language", "en-GB"))
    elif style == "gmail":
        hdr.append(("X-Mailer", "Google Workspace"))
    else:
        if m.get("ua"):
            hdr.append(("User-Agent", m["ua"]))
    hdr.append(("MIME-Version", "1.0"))

    fmt = m.get("fmt", "plain")
    cte = m.get("cte", "auto")
    text = m.get("body", "")
    if fmt == "plain":
        body_part = leaf("text/plain", text, cte)
    elif fmt == "alt":
        h = m.get("html") or to_html(text, "outlook" if style == "outlook" else "gmail")
        hcte = m.get("html_cte", cte if cte != "auto" else "quoted-printable")
        if hcte == "7bit" and not is_ascii(h):
            hcte = "quoted-printable"
        b = ("----=_NextPart_001_" + hx[:4].upper() + "_" + hx[4:20].upper()) if style == "outlook" \
            else ("0000000000" + hx[:16])
        body_part = multipart("alternative", [leaf("text/plain", text, cte),
                                               leaf("text/html", h, hcte)], b)
    elif fmt == "html":
        body_part = leaf("text/html", m["html"], cte if cte != "auto" else "quoted-printable")
    else:
        raise ValueError(fmt)
    atts = m.get("attachments", [])
    if atts:
        b = ("----=_NextPart_000_" + hx[20:24].upper() + "_" + hx[24:40].upper()) if style == "outlook" \
            else ("0000000000" + hx[24:40])
        parts = [body_part] + [attach(*a) for a in atts]
        top = multipart("mixed", parts, b)
    else:
        top = body_part
    th, tb = top
    hdr.extend(th)
    raw = "".join(f"{k}: {v}\n" for k, v in hdr) + "\n" + tb
    return raw.encode("utf-8")


# ====================================================================== MESSAGES
# Everyday clean mail

M(slug="absence_call", label="clean", note="attendance officer asks parent about unexplained absence",
  frm=S["attendance"], to=[PAR["jane"]],
  subject="Absence - Example Pupil One - Tuesday 23 September",
  date="Tue, 23 Sep 2025 10:14:37 +0100", style="plain", fmt="plain", cte="7bit",
  body="""Dear Ms Parent,

Example Pupil One was marked absent from period 1 Law and period 2 Psychology this morning and we haven't had a call or a message to say why. I'm sure there's a simple explanation (the buses along Queens Drive have been all over the place this week with the roadworks), but could you let us know either way?

You can reply to this e-mail or ring the attendance line on 01632 960000, option 2, any time before 4pm. If Example Pupil One is ill, please also let us know roughly when to expect them back so that subject teachers can put work on Teams.

Just as a reminder, the college expects attendance of at least 95%, and anything below 90% means a conversation with the student's progress tutor. Students on the 16-19 Bursary should also be aware that payments are linked to attendance.

Many thanks,

""" + sig("Lisa Hesketh", "Attendance Officer", "(option 2)"))

M(slug="ucas_reference_deadline", label="clean", note="UCAS coordinator reminds tutors of reference deadlines",
  frm=S["birchall"], to=[S["y13tutors"]],
  subject="UCAS references - internal deadlines",
  date="Mon, 6 Oct 2025 08:05:12 +0100", style="outlook", fmt="alt",
  body="""Hi all,

A quick nudge on references. Our internal deadline for Oxbridge, medicine, dentistry and vet science references is this Friday (10th). Everything else needs to be with me by Friday 14 November so I can check and send before the January rush.

A few things from last year's batch that I'd love us to avoid:

- Please don't open with "X is a pleasure to teach". Admissions tutors read that thousands of times. Start with something specific the student has actually done.
- Predicted grades go in the predicted grades box, not in the reference text.
- If a student has had extenuating circumstances (illness, caring responsibilities, a bereavement), check with them first that they're happy for it to be mentioned, and keep it factual.
- The new three-section format is in the guidance on the staff drive (UCAS > 2026 entry > Reference guidance v3). Section 1 is the general college statement, which I've already written, so please don't repeat it.

If you're stuck on a student you don't know well, grab me in the careers office (B14) and we'll pull together comments from their subject teachers.

Thanks, you're all stars.

Jo

""" + sig("Joanne Birchall", "UCAS & Careers Coordinator", style="line"))

M(slug="personal_statement_feedback", label="clean", note="tutor gives student feedback on personal statement draft; reply with quote",
  frm=S["rimmer"], to=[ST["keira"]],
  subject="Re: personal statement draft 2",
  date="Tue, 30 Sep 2025 07:48:03 +0100", style="plain", fmt="plain", cte="7bit",
  ua="Mozilla Thunderbird", reply_to_id="9F2A1C77-3B2E-4D6A-9E1B-24kmurphy@pupils.example-school.org.uk",
  body="""Hiya Keira,

Read it last night - this is loads better, I'm made up for you. The bit about sitting in on the youth court is exactly what the first question wants: what you saw, what surprised you, and what you did about it afterwards. Keep all of that.

Three things before Friday:

1. Your second answer is still a bit of a list ("I have also read... I have also watched..."). Pick the two things that actually changed how you think about the law and say how.

2. Cut the Martin Luther King quote at the start. Admissions tutors have seen it a hundred times and it's your voice they want, not his.

3. You mention your job at the cinema in one line at the very end. Don't undersell it! You've been a shift supervisor since the summer - that's responsibility, dealing with complaints, cashing up, training the new starters. That's a good paragraph for the third answer.

You're at 3,612 characters so you've got a bit of room. Send me draft 3 by Thursday and I'll look at it first thing Friday before tutorial.

Sound,
Mr Rimmer

--
Paul Rimmer
Teacher of Psychology / Progress Tutor 13B
Example School Catholic Sixth Form College | 01632 960000

On 29/09/2025 21:47, Keira Murphy wrote:
> Hi sir, here's my second draft, I changed the start like you said and put
> more in about the court visit. Is it too long now? Thanks, Keira
""")

M(slug="retreat_letter_formby", label="clean", note="chaplain's Year 12 retreat letter to parent with PDF consent form",
  frm=S["chaplain"], to=[PAR["sam"]],
  subject="Year 12 retreat at Carmel House, Formby - 13 & 14 November",
  date="Wed, 8 Oct 2025 14:22:40 +0100", style="outlook", fmt="alt",
  attachments=[("Y12_Retreat_Consent_Form.pdf", "application/pdf", make_pdf(
      "Year 12 Retreat - Consent and Medical Form",
      ["Carmel House, Formby - Thursday 13 and Friday 14 November 2025",
       "",
       "Student name: ______________________   Tutor group: ______",
       "Parent/carer name: _________________   Contact number: ______________",
       "",
       "I give permission for my son/daughter to attend the Year 12 retreat.",
       "Medical conditions / medication: ____________________________________",
       "Dietary needs / allergies: _________________________________________",
       "",
       "Cost: GBP 35 (free for students on the 16-19 Bursary)",
       "Return to the Chaplaincy (A02) by Friday 24 October.",
       "",
       "Signed: ______________________   Date: __________"]))],
  body="""Dear Sam,

I'm writing to all Year 12 families about our first retreat of the year, and I'm delighted to say that Example Pupil Two's tutor group is in the first group going.

The retreat runs from 9am on Thursday 13 November to about 3.30pm on Friday 14 November at Carmel House, a small retreat centre near the pinewoods at Formby. We travel by coach from college and come back the same way, so students won't need to bring their cars.

It isn't a "holy" two days in the way some students fear! There's time for reflection and prayer, and we celebrate Mass together on the Friday morning, but most of the programme is about friendship, resilience and the move from school to college: group work, a long walk on the beach (weather permitting), a quiz night that gets very competitive, and quiet time for anyone who wants it. Students of all faiths and none are welcome and always have been.

The cost is \u00a335, which covers the coach, a night's accommodation and all meals. Students on the 16-19 Bursary go free, and no one should miss out because of money: please just e-mail me in confidence if that's a worry.

Please complete the attached consent and medical form and return it to the chaplaincy (room A02) by Friday 24 October. If your young person has any dietary needs, allergies or medication, please put them on the form even if you've told us before.

If you have any questions at all, do get in touch.

With every blessing,

""" + sig("Fr Dominic Kearney", "College Chaplain", style="line") + "\nchaplaincy@example-school.org.uk")

M(slug="btec_exam_timetable", label="clean", note="exams officer sends January external assessment timetable to students",
  frm=S["exams"], to=[ST["y13applied"]],
  subject="January external assessments - your timetable and what to bring",
  date="Thu, 4 Dec 2025 13:31:09 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Good afternoon all,

Your individual January timetables are now on the student portal under My Exams. Please check yours tonight, and if anything looks wrong (a clash, a unit you're not sitting, your name spelt wrong) come to the exams office, B03, by Friday so we can fix it before entries close.

The main dates:

Tue 13 Jan, 9.00am - Applied Law Unit 2 (sports hall)
Wed 14 Jan, 1.30pm - Criminology Unit 2 (sports hall)
Thu 15 Jan, 9.00am - Applied Psychology Unit 2 (main hall)
Tue 20 Jan, 9.00am - Business Unit 3 set task, part A (IT suite 2)

A few reminders, because every year someone gets caught out:

- Be outside the hall 20 minutes before the start. Seating plans go up on the noticeboard by the sports hall the day before.
- Bring your college ID card. No ID, no entry until we've confirmed who you are, and that eats into your time.
- Black pen, in a clear pencil case or a plastic bag.
- Phones and ALL watches (not just smart watches) go in your bag at the back of the hall, switched off. A phone found on you is reported to the board, even if it's switched off.
- If you're ill on the day, ring the exams line on 01632 960000 (option 4) before the exam starts, not afterwards.

If you have access arrangements (extra time, a reader, a laptop) you'll get a separate e-mail from Mrs Dickens with your room.

Good luck with the revision. You've got this.

""" + sig("Kevin Lunt", "Exams Officer", style="line"))

M(slug="car_park_permits", label="clean", note="estates manager explains student car park permits",
  frm=S["estates"], to=[ST["y12all"]],
  subject="Student car park permits 2025-26",
  date="Mon, 8 Sep 2025 09:02:55 +0100", style="plain", fmt="plain", cte="8bit",
  body="""Hi everyone,

If you're driving to college this year and want to use the student car park on Hope Lane, you'll need a permit. Permits are \u00a320 for the year and there are 140 spaces for about 300 drivers, so it's first come, first served.

To apply, bring the following to the estates office (next to reception) any lunchtime this week or next:

- your driving licence,
- proof of insurance showing you're a named driver for the car,
- the car's registration.

A couple of things I need to be really clear about. Please do not park in the residents' bays on the side streets off Park Row. The neighbours have been very patient with us, but we've had four complaints already and the council do ticket. Keep your speed right down on site - it's 5mph and there are always people walking between the blocks. And if you're giving your mates a lift, that's great, but no more passengers than the car has seats, and nobody in the boot. (Yes, that happened last year.)

If you're car-sharing, you can put up to three registrations on one permit.

Cheers,
Chris

Chris Scarisbrick
Estates Manager
""" + COLLEGE + """
Park Row, LS1 4AP
Tel: 01632 960000 | Mob: 07700 900614
""")

M(slug="biology_formby_fieldwork", label="clean", note="biology fieldwork letter to parent with consent form attached",
  frm=S["tinsley"], to=[PAR["ali"]],
  subject="A level Biology ecology fieldwork - Formby Point, Wednesday 8 October",
  date="Thu, 25 Sep 2025 16:40:18 +0100", style="gmail", fmt="alt", cte="quoted-printable",
  attachments=[("Biology_fieldwork_consent_Formby.pdf", "application/pdf", make_pdf(
      "A level Biology fieldwork - Formby Point",
      ["Wednesday 8 October 2025, 9.15am - 3.15pm (coach from college)",
       "Required practical 12: distribution of a species along a transect",
       "",
       "Student: ________________________  Teacher: Miss G Tinsley",
       "I give consent for the student named above to take part.",
       "Medical information: _______________________________________",
       "Emergency contact number: __________________________________",
       "",
       "Signed (parent/carer): ____________________  Date: _________",
       "Return by Friday 3 October."]))],
  body="""Dear Mr Guardian,

As part of the A level Biology course, Example Pupil Three's group will be carrying out their ecology fieldwork at Formby Point on Wednesday 8 October. This covers required practical 12 (investigating the effect of a variable on the distribution of a species), and it's one of the parts of the course students tend to remember best.

Students will be sampling plants along a transect from the strandline back into the fixed dunes, measuring soil pH, wind speed and light intensity as they go. We'll also be keeping an eye out for the natterjack toads and red squirrels the site is known for, though I can't promise either will cooperate.

Practical details:
- We leave college by coach at 9.15am and return by 3.15pm, so students with part-time jobs after college should be fine.
- Students need a packed lunch, a water bottle, sturdy footwear and a waterproof. It is always colder on the dunes than it looks from the car park.
- There is no charge for the trip.
- Staff are myself, Mrs Pennington and one of our science technicians. We take a first aid kit and the college trip mobile (07700 900318) for the day.

Please fill in the attached consent form and send it back with Example Pupil Three by Friday 3 October, or simply reply to this e-mail to confirm consent and let me know about any medical needs.

Kind regards,

""" + sig("Gemma Tinsley", "Teacher of Biology"))

M(slug="law_mock_feedback", label="clean", note="law teacher gives student mock exam feedback",
  frm=S["mcgovern"], to=[ST["ruby"]],
  subject="Your Law mock - feedback and next steps",
  date="Tue, 9 Dec 2025 17:12:44 +0000", style="outlook", fmt="alt",
  body="""Hi Ruby,

I've finished marking the Y13 mocks and I wanted to drop you a line before I hand them back on Thursday, because I think you'll be disappointed with the grade and I don't want you to be.

You got 58/105 on Paper 1, which is a C on last summer's boundaries. But that mark hides something really positive: your knowledge is excellent. Your section on non-fatal offences was the best in the group, and you knew the cases cold - Ireland, Burstow, Savage, all accurate.

Where you dropped marks was application and evaluation. On the 30-mark problem question you explained the law for each offence really well and then... didn't quite apply it to Kate and Jamal. Remember the structure we practised: identify the issue, state the rule, apply it to the facts (using the names in the scenario!), reach a conclusion. Do that and you'll pick up 8 or 9 marks straight away.

For the evaluation essay, try to have a "so what" at the end of every paragraph: is the law fair, is it clear, does it need reform, and what has the Law Commission said?

I've put two past problem questions on Teams for you. Have a go at one before Monday's lesson and I'll mark it over the weekend if you get it to me by Friday.

You're absolutely on track for the B you need, and with a bit of work on technique the A is realistic too.

Miss McGovern

""" + sig("Siobh\u00e1n McGovern", "Head of Law & Criminology", "ext. 231", style="line"))

M(slug="classics_chester_staffing", label="clean", note="classics teacher asks colleagues to staff a Chester trip",
  frm=S["okafor"], to=[S["mulhearn"], S["swarbrick"]],
  subject="Chester trip 27 Feb - one more member of staff?",
  date="Wed, 21 Jan 2026 12:36:20 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Hi both,

Quick one. The Y12 Classical Civ trip to Chester is all booked for Friday 27 February: coach at 9am, the Grosvenor Museum in the morning (they're doing a handling session with the Roman tombstones for us), lunch, then the amphitheatre and a walk round the walls with one of the Roman soldier guides. Back by 4.

I've got 41 students signed up, which at 1:15 means I need three staff, and I've only got me and Aoife. Would either of you be able to come? It's a lovely day out and there's no marking involved, I promise. If it's easier, I can ask Julie to sort cover for you.

The risk assessment is on the trips drive if you want a look. I've done the walls section properly this time after last year's "why is he standing on the parapet" moment.

Thanks,
Helen

Dr Helen Okafor
Head of Classics
""" + COLLEGE + """
Park Row, LS1 4AP | 01632 960000
""")

M(slug="film_nea_extension", label="clean", note="film teacher grants student coursework extension; gmail reply",
  frm=S["doyle"], to=[ST["liam"]],
  subject="Re: NEA extension?",
  date="Wed, 12 Nov 2025 07:55:31 +0000", style="gmail", fmt="alt", cte="base64",
  reply_to_id="CAKp7x2Lq0oEw1mG5YtQ@mail.gmail.com",
  body="""Hi Liam,

No problem. I'll give you until 9am Monday for the final cut and the evaluative analysis. That's the absolute latest, though, because I need to get the moderation sample together by the end of next week and I'd really like yours in it - the tracking shot in the chippy scene is class.

For the render problem: don't export from your laptop at home. Come to the edit suite after period 5 tomorrow and use the Mac in the corner, it'll do it in twenty minutes. Bring your hard drive. If Premiere throws a fit again, export it as ProRes and we'll compress it afterwards.

Hope your nan's feeling better.

Mr Doyle

On Tue, 11 Nov 2025 at 22:03, Liam McArdle <24lmcardle@pupils.example-school.org.uk> wrote:

> Hi sir, sorry to email so late. My laptop keeps crashing when I export the film and I've also been at the hospital with my nan a few nights this week. Is there any chance I could have till Monday? Everything is filmed and edited, it's just the export and the evaluation left. Sorry. Liam
""")

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:r28-y13-progress-review-20251204@example-school.org.uk
DTSTAMP:20251110T090000Z
DTSTART:20251204T163000Z
DTEND:20251204T193000Z
SUMMARY:Year 13 progress review evening
LOCATION:Main hall\\, Example School Catholic Sixth Form College\\, Park Row\\, LS1 4AP
DESCRIPTION:Book individual appointments through the parent portal from 17 November.
END:VEVENT
END:VCALENDAR
"""

M(slug="progress_review_invite", label="clean", note="head of year invites parent to progress review evening, .ics attached",
  frm=S["cheetham"], to=[PAR["ali"]],
  subject="Year 13 progress review evening - Thursday 4 December",
  date="Mon, 10 Nov 2025 09:03:27 +0000", style="outlook", fmt="alt",
  attachments=[("Y13_progress_review_evening.ics", "text/calendar", ICS, "7bit")],
  body="""Dear Mr Guardian,

Our Year 13 progress review evening is on Thursday 4 December, from 4.30pm to 7.30pm, in the main hall. It's a chance to meet Example Pupil Three's subject teachers and progress tutor, hear how the autumn mocks went, and talk about the run-up to the summer.

Appointments are five minutes each and are booked through the parent portal from Monday 17 November. Booking closes at noon on Tuesday 2 December. I've attached a calendar invitation for the evening so it's in your diary, but your individual appointment times will come from the booking system.

This year we're also running two short drop-in sessions in the library during the evening:

- UCAS and student finance (Mrs Birchall), 5.00pm and 6.15pm
- Apprenticeships and alternatives to university (our careers adviser), 5.30pm and 6.45pm

Parking on site is limited, so please use the student car park on Hope Lane, which will be open to visitors from 4pm.

If you can't make the evening, just let me know and we'll arrange a phone call with the progress tutor instead.

Kind regards,

""" + sig("Mark Cheetham", "Head of Year 13"))

NEWSLETTER = """Dear parents and carers,

What a start to the year. Our new Year 12s have settled in remarkably quickly, and it has been a joy to see the corridors full and noisy again.

Mass of the Holy Spirit
Thank you to everyone who joined us for our opening Mass on 19 September, celebrated by Canon Michael Brophy. Over 1,900 students, staff and families filled the church, and the Year 13 choir were outstanding.

Open Evening
Our Open Evening for prospective students is on Thursday 6 November, 5pm to 8pm. Current students act as guides and they are always our best advert. If you know a Year 11 family who might be interested, please pass the date on.

UCAS
Year 13 UCAS applications are well under way. 38 students have already submitted, including everyone applying to Oxford, Cambridge and for medicine. Mrs Birchall and the tutors are doing an extraordinary job.

Mission Week
Mission Week raised \u00a32,846 for our local food bank and the St Vincent de Paul Society. Special thanks to the Year 13 Criminology students, whose sponge-throwing stall (staff volunteered, mostly willingly) raised over \u00a3400 on its own.

Parking and our neighbours
Please remind your young people who drive that the residential streets around Park Row are not college parking. We want to stay good neighbours.

Sport
Congratulations to our women's football team, who beat St Bede's College 4-1 in the first round of the regional cup, and to the basketball team, unbeaten so far this season.

Dates for your diary
- Friday 24 October: half term begins at 3.30pm
- Monday 3 November: college reopens
- Thursday 6 November: Open Evening, 5pm-8pm
- Thursday 4 December: Year 13 progress review evening

With every good wish,

Marie Kinsella
Principal
""" + COLLEGE + """
Park Row, LS1 4AP | 01632 960000 | office@example-school.org.uk
"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>College newsletter - October 2025</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#5b0f2e;color:#ffffff;padding:18px 24px;font-size:22px">Example School Catholic Sixth Form College<br><span style="font-size:14px">Newsletter &ndash; October 2025</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
<p>Dear parents and carers,</p>
<p>What a start to the year. Our new Year 12s have settled in remarkably quickly, and it has been a joy to see the corridors full and noisy again.</p>
<h2 style="color:#5b0f2e;font-size:18px">Mass of the Holy Spirit</h2>
<p>Thank you to everyone who joined us for our opening Mass on 19 September, celebrated by Canon Michael Brophy. Over 1,900 students, staff and families filled the church, and the Year 13 choir were outstanding.</p>
<h2 style="color:#5b0f2e;font-size:18px">Open Evening</h2>
<p>Our Open Evening for prospective students is on <b>Thursday 6 November, 5pm to 8pm</b>. Current students act as guides and they are always our best advert. If you know a Year 11 family who might be interested, please pass the date on.</p>
<h2 style="color:#5b0f2e;font-size:18px">UCAS</h2>
<p>Year 13 UCAS applications are well under way. 38 students have already submitted, including everyone applying to Oxford, Cambridge and for medicine. Mrs Birchall and the tutors are doing an extraordinary job.</p>
<h2 style="color:#5b0f2e;font-size:18px">Mission Week</h2>
<p>Mission Week raised &pound;2,846 for our local food bank and the St Vincent de Paul Society. Special thanks to the Year 13 Criminology students, whose sponge-throwing stall (staff volunteered, mostly willingly) raised over &pound;400 on its own.</p>
<h2 style="color:#5b0f2e;font-size:18px">Parking and our neighbours</h2>
<p>Please remind your young people who drive that the residential streets around Park Row are not college parking. We want to stay good neighbours.</p>
<h2 style="color:#5b0f2e;font-size:18px">Sport</h2>
<p>Congratulations to our women's football team, who beat St Bede's College 4-1 in the first round of the regional cup, and to the basketball team, unbeaten so far this season.</p>
<h2 style="color:#5b0f2e;font-size:18px">Dates for your diary</h2>
<ul><li>Friday 24 October: half term begins at 3.30pm</li><li>Monday 3 November: college reopens</li><li>Thursday 6 November: Open Evening, 5pm&ndash;8pm</li><li>Thursday 4 December: Year 13 progress review evening</li></ul>
<p>With every good wish,</p>
<p><b>Marie Kinsella</b><br>Principal</p>
</td></tr>
<tr><td style="background:#eeeeee;padding:12px 24px;font-size:12px;color:#555">Example School Catholic Sixth Form College, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""

M(slug="principal_newsletter", label="clean", note="principal's October newsletter to parents (HTML + text)",
  frm=S["principal"], to=[S["parents"]],
  subject="College newsletter \u2013 October 2025",
  date="Fri, 17 Oct 2025 15:30:00 +0100", style="gmail", fmt="alt", cte="quoted-printable",
  html=NEWSLETTER_HTML, html_cte="base64", body=NEWSLETTER)

M(slug="mfa_rollout", label="clean", note="IT manager announces multi-factor authentication to staff",
  frm=S["gallagher"], to=[S["allstaff"]],
  subject="Multi-factor authentication - switching on Monday 6 October",
  date="Thu, 25 Sep 2025 08:15:02 +0100", style="plain", fmt="plain", cte="7bit",
  body="""Morning all,

Just a heads up that from Monday 6 October multi-factor authentication (MFA) will be switched on for all staff Microsoft 365 accounts. After that, when you sign in from off-site, you'll need to approve the sign-in on your phone.

What you need to do before then (five minutes, honestly):
1. Install the Microsoft Authenticator app on your phone.
2. Go to aka.ms/mfasetup while you're on a college PC and follow the steps.
3. That's it.

If you don't have a smartphone, or don't want the app on your personal phone, come and see us in IT (C12) and we'll sort you a hardware key instead. No judgement.

Sign-ins from college PCs on site won't ask for MFA, so lessons won't be interrupted.

And a reminder that we will never ask you for your password by e-mail. If you get a message saying your mailbox is full and asking you to log in, it's phishing - forward it to itsupport@example-school.org.uk and delete it.

Cheers,
Steve

""" + sig("Steve Gallagher", "IT Services Manager", "ext. 300", style="short"))

M(slug="part_time_job_hours", label="clean", note="head of year advises student on part-time job hours; quoted reply",
  frm=S["cheetham"], to=[ST["erin"]],
  subject="Re: Work hours",
  date="Mon, 20 Oct 2025 08:21:46 +0100", style="gmail", fmt="plain", cte="quoted-printable",
  reply_to_id="CAF9q1x7nR2e0Lw5sP8Yh@mail.gmail.com",
  body="""Hi Erin,

Thanks for being honest about this, and please don't worry, you're not in trouble.

I completely get why you've picked up the extra shifts: it's good money, and they obviously rate you if they've asked you to train as a supervisor. But 24 hours a week on top of three A levels is a lot, and I think it's showing - your Psychology and Sociology teachers have both said you're struggling to stay awake in morning lessons, and your Biology homework has been late three weeks running.

What we usually suggest is around 12-15 hours a week in term time, with most of it at the weekend rather than on weeknights. Could you speak to your manager about dropping the Tuesday and Thursday late shifts (the ones that finish at 11)? If it helps, I'm happy to write a short letter saying the college recommends it. Lots of employers are really good about it when students are in their final year.

If money is the reason you need the hours, come and see me, because you may be entitled to the bursary and not know it.

Let's have a proper chat in tutorial on Wednesday.

Mr Cheetham

On Sun, 19 Oct 2025 at 19:12, Erin Nolan <24enolan@pupils.example-school.org.uk> wrote:

> Hi sir, sorry I missed the meeting on Friday I was in work. My manager asked if I can do extra shifts till Christmas because they're short staffed, it's about 24 hours a week now. I know Miss said I'm behind in Bio. Can we talk about it?
> Erin
""")

M(slug="psychology_dept_minutes", label="clean", note="psychology department meeting notes to colleagues",
  frm=S["rimmer"], to=[S["psychteam"]], cc=[S["cheetham"]],
  subject="Psychology dept meeting notes - 15 Oct",
  date="Thu, 16 Oct 2025 16:05:33 +0100", style="outlook", fmt="alt",
  body="""Hi all, notes from Wednesday below. Shout if I've missed anything.

1. Y13 mocks: Paper 2 (approaches, biopsychology, research methods) in the week of 1 December. Paul to write the paper, Niamh to do the mark scheme. Marking finished by 12 December please.

2. Moderation: everyone to bring three marked Y12 memory essays (one high, one middle, one low) to the meeting on 5 November. We'll blind-mark one each.

3. Research methods: stats is still the weakest area in both year groups. Agreed to start every Y12 lesson after half term with a five-minute "stats starter" (sign test, levels of measurement, choosing a test). Niamh has made a bank of 40 on the shared drive.

4. Trips: the forensic psychology conference at the university is on 21 January. 30 places. Paul to put the letter out.

5. Students of concern: discussed four Y12s with attendance below 85%. Names passed to Mark and to Lisa in attendance. Please keep logging on the tracker.

6. AOB: the psychology shelf in the library needs new copies of the revision guide. Budget approved for ten.

Next meeting: Wednesday 5 November, 3.45pm, D14.

Paul""")

M(slug="bursary_bus_pass_reply", label="clean", note="student finance officer replies to carer about bursary; Outlook quoted block",
  frm=S["finance"], to=[PAR["sam"]],
  subject="RE: Bursary and bus pass",
  date="Fri, 3 Oct 2025 11:47:05 +0100", style="outlook", fmt="alt",
  reply_to_id="AM9PR02MB7712C0FFEE1234@AM9PR02MB7712.eurprd02.prod.outlook.com",
  body="""Dear Sam,

Thank you for your e-mail, and for getting the bursary form back to us so quickly.

I can confirm that Example Pupil Two's application for the 16-19 Bursary has been approved under the discretionary scheme. That means:

- a free travel pass for the academic year, which will be ready to collect from the finance office (A11) from Monday;
- free lunch on each day of attendance (\u00a33.50 is loaded onto the ID card each morning);
- help with the cost of trips and equipment, including the Psychology revision guides and the retreat in November.

Payments are linked to attendance, so if Example Pupil Two is absent without a reason, the lunch credit for that day isn't added. I'm sure that won't be an issue, but I like to be upfront about it.

You asked whether the bursary affects any benefits you receive. It doesn't: it's paid for the student and isn't counted as household income.

If anything changes in your circumstances during the year, just let me know.

Kind regards,

""" + sig("Donna Whiteside", "Student Finance Officer", style="line") + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 01 October 2025 20:41
To: Finance <finance@example-school.org.uk>
Subject: Bursary and bus pass

Hi, I dropped the bursary form in at reception today with the letter from the council. Can you tell me when the bus pass will be ready as I'm paying \u00a319 a week at the moment for Example Pupil Two's bus. Also will it affect my carer's allowance? Thanks, Sam Carer""")

M(slug="criminology_controlled_assessment", label="clean", note="criminology teacher explains controlled assessment rules to class",
  frm=S["faz"], to=[ST["13crim"]],
  subject="Unit 3 controlled assessment - dates and rules",
  date="Mon, 16 Feb 2026 15:52:10 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Right then, 13CRIM,

The Unit 3 controlled assessment starts on Monday 2 March and runs over eight hours of lesson time (four double lessons). You'll get the brief on the first morning and you'll be working on a case you won't have seen before.

What you CAN bring in: one side of A4 of your own handwritten notes per learning outcome, which I'll check and stamp before the first session. Nothing typed, nothing copied off a revision site, nothing done by your mate.

What you CAN'T do: take work out of the room, use your phone, use AI tools, or talk to each other about the case. Your work is saved to a locked folder at the end of each session. If you're off for a session you don't get the time back, so if you've got a driving test or a dentist appointment booked that week, move it now, not the Sunday before.

Revision this week and next:
- miscarriages of justice (Birmingham Six, Sally Clark, Stefan Kiszko) - why did they happen?
- the role of the CPS and the Full Code Test
- juries: selection, and the arguments for and against them (yes, I'm bringing back the Twelve Angry Men clip, sorry)
- forensic evidence - what it can and can't prove

You're a sound group and I know you'll smash it. Any questions, grab me in D06.

Mr Fazakerley
Teacher of Criminology | 01632 960000
""")

M(slug="cover_request_p3", label="clean", note="cover manager asks teacher to cover a lesson (short)",
  frm=S["cover"], to=[S["rimmer"]],
  subject="Cover Thurs P3 - A09",
  date="Tue, 18 Nov 2025 15:10:48 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Hi Paul, could you cover Aoife's Y12 English Lit in A09 on Thursday P3 please? She's on jury service. Work will be on the desk and on Teams. Thanks, Julie

Julie Ashcroft | Cover Manager | 01632 960000 ext. 205
""")

REPORT_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f1f1f">
<p>Dear Ms Parent,</p>
<p>The <b>autumn interim report</b> for <b>Example Pupil One</b> is now available in the Parent Portal under <i>Reports &gt; 2025-26</i>.</p>
<p>The report shows, for each subject:</p>
<ul>
<li><b>Target grade</b> &ndash; based on GCSE results and agreed with the student in September;</li>
<li><b>Working at grade</b> &ndash; the teacher's judgement of the standard of work so far;</li>
<li><b>Attitude to learning</b> &ndash; from 1 (excellent) to 4 (a cause for concern), covering attendance, punctuality, homework and engagement in lessons.</li>
</ul>
<p>Please remember that at this point in Year 12 many students are still adjusting to A level and BTEC study, and a working-at grade below target is common in October. What matters most is the attitude to learning score and the comments from each teacher.</p>
<p>If you have any questions about the report, please contact the progress tutor in the first instance, or the Head of Year 12, Mrs Parr, on 01632 960000.</p>
<p>Kind regards,</p>
<p>Karen Molyneux<br>Office Manager<br>Example School Catholic Sixth Form College<br>Park Row, LS1 4AP &middot; 01632 960000</p>
<p style="font-size:11px;color:#777">This e-mail was sent from a mailbox that is monitored during office hours. Please do not send confidential medical information by e-mail.</p>
</body></html>
"""

M(slug="interim_report_published", label="clean", note="office tells parent the interim report is on the portal (HTML only)",
  frm=S["office"], to=[PAR["jane"]],
  subject="Interim report now available - Example Pupil One",
  date="Tue, 21 Oct 2025 16:00:04 +0100", style="plain", fmt="html", cte="base64",
  html=REPORT_HTML)

M(slug="ash_wednesday_staff", label="clean", note="chaplain tells staff about Ash Wednesday arrangements",
  frm=S["chaplain"], to=[S["allstaff"]],
  subject="Ash Wednesday - 18 February",
  date="Wed, 11 Feb 2026 12:02:59 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Dear colleagues,

Ash Wednesday falls on 18 February this year. We'll celebrate Mass with the distribution of ashes in the chapel at 8.20am for staff, and there will be ashes and a short liturgy in the chapel every period for students and staff who want to come along with their class.

Tutors, there's a short Lenten reflection for tutorial on Teams under Chaplaincy > Lent 2026. Five minutes, no preparation needed.

Our Lenten charity this year is CAFOD again. The collection boxes will be in each tutor room from the Monday.

Every blessing,
Fr Dominic

Fr Dominic Kearney | College Chaplain | 01632 960000
""")

M(slug="lanyards_tutor_group", label="clean", note="tutor reminds tutor group about lanyards, scouse register",
  frm=S["faz"], to=[ST["12f"]],
  subject="Lanyards!!",
  date="Thu, 18 Sep 2025 08:12:30 +0100", style="plain", fmt="plain", cte="8bit",
  body="""Morning 12F,

Quick one. Security stopped nine of youse on the gate yesterday because you didn't have your lanyards on. I know they're not exactly a fashion statement, but they've got to be on and visible from the minute you come in, no exceptions. If you've lost yours it's \u00a33 for a new one from reception, and they'll do it there and then.

Also, tutorial is in the chapel tomorrow at 9, not D06. Don't be late, Fr Dominic's bringing doughnuts.

Ta-ra,
Mr Faz
""")

M(slug="open_evening_helpers", label="clean", note="admissions manager asks staff to volunteer for open evening",
  frm=S["admissions"], to=[S["allstaff"]],
  subject="Open Evening Thursday 6 November - helpers please!",
  date="Mon, 27 Oct 2025 08:30:12 +0000", style="outlook", fmt="alt",
  body="""Hi everyone,

Our main Open Evening is on Thursday 6 November, 5pm-8pm, and based on bookings so far we're expecting around 1,400 visitors (up from 1,150 last year).

Every department has a stand in the sports hall, and thank you to all the Heads of Department who've already told me their plans. I'm now looking for volunteers for the following (please reply saying which and I'll build the rota):

- Car park and the Hope Lane crossing (hi-vis provided, 4.45pm-8pm, two people per hour)
- Welcome desk in reception (three people)
- Campus tours: a member of staff to go with each pair of student guides
- Chapel: Fr Dominic would love one or two people to help on the chaplaincy stand
- Refreshments for visiting families (catering will set up, we just need hands)

Support staff working on the evening can claim overtime, and teaching staff time off in lieu. Pizza for everyone at 4.30pm in the staff room.

Thank you so much. It's our busiest night of the year and it really does make a difference.

Emma

""" + sig("Emma Gaskell", "Admissions & Marketing Manager", style="line") + "\n\n" + DISCLAIMER)

M(slug="practical_writeup_reminder", label="clean", note="biology teacher reminds student about a practical write-up",
  frm=S["tinsley"], to=[ST["aaliyah"]],
  subject="RP9 write-up",
  date="Wed, 14 Jan 2026 13:14:08 +0000", style="gmail", fmt="alt", cte="7bit",
  body="""Hi Aaliyah,

Just a reminder that I still need your write-up for required practical 9 (chromatography of photosynthetic pigments) so I can sign it off in your lab book. Everything else in your book is done and it's looking great. If you can get it to me by Friday, I'll tick it off next week.

If you lost your results from the lesson, Zainab in your group has a photo of the chromatogram.

Thanks,
Miss Tinsley
""")

M(slug="work_experience_provider", label="clean", note="law teacher arranges work experience with an outside law centre",
  frm=S["mcgovern"], to=[("Janet Ogden", "j.ogden@merseylawcentre.example.org")],
  subject="Work experience - Year 12 Law students, summer 2026",
  date="Thu, 29 Jan 2026 16:44:21 +0000", style="outlook", fmt="alt",
  body="""Dear Ms Ogden,

Thank you very much for taking the time to speak to me on the phone yesterday, and for your generous offer to host two of our Year 12 Law students for a week's work experience in the week beginning 29 June.

As discussed, the students would be with you Monday to Friday, 9.30am to 4pm. They'd shadow your advisers, sit in on drop-in sessions where clients are happy for them to do so, help with filing and research, and perhaps attend a hearing at the county court if one comes up that week. We completely understand that some matters will be confidential and that there will be times when they need to step out.

Before the placement, the college will:
- complete our standard placement health and safety check (I'll send the short form next week);
- brief the students on confidentiality, and ask them to sign your own confidentiality agreement if you have one;
- provide an emergency contact at the college for the week, which will be me on 01632 960000 or on my work mobile, 07700 900231.

I'll confirm the two students' names by the end of February, once we've run our internal application process. They'll both be 17 at the time of the placement.

Thank you again. This is exactly the kind of experience that makes a difference to our students' university applications.

Kind regards,

""" + sig("Siobh\u00e1n McGovern", "Head of Law & Criminology", "ext. 231") + "\n\n" + DISCLAIMER)

M(slug="trip_balance_reminder", label="clean", note="finance office reminds parent about trip balance",
  frm=S["finance"], to=[PAR["ali"]],
  subject="Classics trip to Chester - balance due",
  date="Mon, 2 Feb 2026 10:05:40 +0000", style="plain", fmt="plain", cte="quoted-printable",
  body="""Dear Mr Guardian,

This is a gentle reminder that the balance of \u00a318 for Example Pupil Three's Classical Civilisation trip to Chester on Friday 27 February is due by Friday 13 February. You can pay through the parent portal under Payments > Trips, or by card over the phone on 01632 960000 (option 3).

If you've paid in the last couple of days, please ignore this e-mail, and thank you. If the cost is a problem, please contact me in confidence: the college has a hardship fund, and no student misses a curriculum trip because of money.

Kind regards,

""" + sig("Donna Whiteside", "Student Finance Officer"))

M(slug="minibus_sound_la", label="clean", note="colleagues sort a minibus in scouse dialect; quoted reply",
  frm=S["cockburn"], to=[S["faz"]],
  subject="Re: minibus Weds?",
  date="Tue, 7 Oct 2025 09:14:52 +0100", style="plain", fmt="plain", cte="7bit",
  ua="Apple Mail", reply_to_id="5B1F0C2A-7E44-4F0B-A1C9-FAZ@example-school.org.uk",
  body="""Sound la, I'll sort it. I've got the big minibus booked 12 till 6 for the footy, so you can have the small one for your lot - keys are in the estates office. Just make sure it's got diesel in when you bring it back, our kid had it Monday and left it running on fumes.

Boss idea, the police museum trip btw. They'll love it.

Dan

> On 7 Oct 2025, at 08:31, Tony Fazakerley <a.fazakerley@example-school.org.uk> wrote:
>
> Dan, any chance of a minibus Weds afternoon? Taking 14 of the Y13 criminology
> lot to the police museum on the waterfront. Back for 4. T
""")

M(slug="oxford_interview_prep", label="clean", note="classics teacher arranges mock Oxford interview for student",
  frm=S["okafor"], to=[ST["obi"]],
  subject="Interview prep - Thursday",
  date="Mon, 24 Nov 2025 18:02:36 +0000", style="gmail", fmt="alt",
  body="""Hi Obi,

Congratulations again on the interview invitation! Thoroughly deserved.

I've arranged a mock interview for you on Thursday at 3.45pm in A17, with me and Dr Halsall from the university classics department, who has very kindly agreed to come over. It'll last 25 minutes and it will feel like the real thing: we'll give you a short passage of Latin unseen (prose, not verse) with a vocabulary list, and then move on to a discussion based on your personal statement - so be ready to talk about Tacitus and the Agricola, and about why the Roman historians can't be read as neutral sources.

A few things to practise this week:
- Thinking out loud. The tutors want to see how you reason, not a polished answer. It's fine to say "I'm not sure, but my first thought is..."
- Re-read your own submitted written work. They may well ask about it.
- One Latin unseen a day from the anthology, timed.

And please don't spend the weekend reading everything in the library. Get some sleep and go to work as normal; it'll help.

You'll be great.

Dr Okafor
""")

M(slug="access_arrangements", label="clean", note="SENCO confirms exam access arrangements to student, parent copied",
  frm=S["dickens"], to=[ST["pone"]], cc=[PAR["jane"]],
  subject="Exam access arrangements confirmed",
  date="Fri, 14 Nov 2025 12:40:19 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Dear Example Pupil One,

I'm pleased to let you know that your access arrangements for this year's exams have now been approved, following your assessment with our specialist assessor in September. You'll have:

- 25% extra time in all written exams and timed assessments;
- a word processor (with the spell check turned off) for any exam that needs extended writing;
- supervised rest breaks in the room, if you need them.

These apply to your mocks as well, so you'll be in the smaller exam room (B05) with other students who have extra time. Your subject teachers have been told, and they'll give you extra time in class assessments where they can.

I know you were worried that having a laptop in exams would make you "stand out". Honestly, about one in six students in Year 13 has some kind of arrangement, and nobody notices. What matters is that your exams show what you actually know, not how fast you can handwrite.

If you'd like, come and have a practice on the exam laptops in the learning support base (A05) any lunchtime. The coloured overlays are there too.

I've copied your mum in so she has the details as well.

Best wishes,

""" + sig("Rachel Dickens", "SENCO & Head of Learning Support"))

M(slug="enrichment_fair", label="clean", note="enrichment coordinator invites students to enrichment fair",
  frm=S["cockburn"], to=[ST["allstudents"]],
  subject="Enrichment fair Wednesday - come and sign up!",
  date="Mon, 15 Sep 2025 11:20:03 +0100", style="gmail", fmt="alt", cte="quoted-printable",
  body="""Hi all,

The enrichment fair is this Wednesday, 17 September, in the sports hall from 12.30 to 1.30. Every club, team and society will be there, so come along and sign up for something. Universities and employers really do look at what you did outside lessons, and more to the point it's where you meet people who aren't in your classes.

Some of what's on offer this year:
- Football (men's and women's), netball, basketball, rugby, and the walking football the staff keep losing at
- Duke of Edinburgh Gold
- Debating and Mock Trial (the law department are already unbearably competitive about this)
- Film society - Thursday nights in the lecture theatre
- Chaplaincy and the SVP group - volunteering with the food bank and the soup run
- Gym induction sessions
- Young Enterprise
- The college magazine

There'll be free sweets, and the rugby lads have promised not to try and recruit everyone who walks past.

See you there,
Mr Cockburn
Enrichment Coordinator
""")

M(slug="d_block_heating", label="clean", note="estates warns staff of heating failure (short)",
  frm=S["estates"], to=[S["allstaff"]],
  subject="No heating in D block this morning",
  date="Tue, 25 Nov 2025 07:41:15 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Morning all,

The boiler serving D block tripped overnight and the engineer is on site now. It should be back on by lunchtime, but rooms will be cold first thing. If you're teaching in D block periods 1-2 and want to move, the library seminar rooms and A14 are free - just let reception know so they can redirect students.

Sorry for the inconvenience,
Chris
""")

# ====================================================================== HARD NEGATIVES

M(slug="away_fixture_scunthorpe", label="clean", note="hard neg: place name Scunthorpe in football fixture",
  frm=S["cockburn"], to=[ST["football"]], cc=[S["cheetham"]],
  subject="Cup game away at Scunthorpe - Wed 15 Oct",
  date="Thu, 9 Oct 2025 16:18:27 +0100", style="gmail", fmt="alt",
  body="""Lads,

Confirmed: we're away at North Lincs College in Scunthorpe on Wednesday 15 October, kick-off 2pm. It's a two-hour drive, so the coach leaves from the front of college at 11.15am sharp. If you're not there at 11.15 we go without you, and I mean it.

I've e-mailed your teachers to let them know you'll miss periods 3-5. It's on YOU to catch up on the work, not them to chase you.

Bring: boots AND trainers (their 3G pitch has rules on studs), shin pads, a drink, and money for food on the way back - I'll bring the shirts. We'll stop at the services on the M62.

We should be back around 7.30pm, so let whoever's picking you up know. If you drive in and you're leaving your car here, it'll be fine in the student car park, but let Chris in estates know the reg.

The squad list is on the noticeboard by the sports hall. If your name's on it and you can't make it, tell me TODAY.

Come on.

Mr Cockburn
""")

M(slug="upland_recce_penistone", label="clean", note="hard neg: place name Penistone in fieldwork recce",
  frm=S["tinsley"], to=[S["bioteam"]],
  subject="Upland fieldwork recce - Penistone / Langsett",
  date="Mon, 13 Oct 2025 07:58:44 +0100", style="plain", fmt="plain", cte="7bit",
  body="""Hi both,

Did the recce for the new upland fieldwork site on Saturday and I honestly think it could work really well for the Y13 succession and peat ecology lessons.

Route: M62 and then over through Penistone to Langsett Reservoir, about 1h 40 from college on a good day. There's a car park with toilets at Langsett Barn, and the moorland path is a proper track for the first mile, so access is better than I expected. The bog sampling area is a 20-minute walk. Sphagnum cover is great, and there's a clear gradient from heather moor to cotton grass to bare peat where the fire was a few years ago, which is exactly the contrast we want.

Downsides: weather (obviously), no phone signal past the reservoir wall, and the road through Penistone is awful when it's icy, so it would have to be late spring, not March.

I had a quick chat with the ranger and they're happy in principle. Shall we talk properly at Wednesday's meeting? If we like it, I'll draft a risk assessment and get coach costings.

G
""")

M(slug="y13_retreat_cockermouth", label="clean", note="hard neg: place name Cockermouth in retreat planning",
  frm=S["chaplain"], to=[S["swarbrick"], S["brennan"], S["cockburn"]],
  subject="Year 13 retreat - Lake District, 4-6 March",
  date="Fri, 16 Jan 2026 13:25:11 +0000", style="outlook", fmt="alt",
  body="""Dear Catherine, Aoife and Dan,

Thank you all for offering to come on the Year 13 retreat. Here are the details so far.

We're staying at Derwent House, a retreat centre just outside Cockermouth, from Wednesday 4 to Friday 6 March. The centre has room for 36 students plus staff and we have 34 signed up. We'll travel by coach, leaving college at 8.30am and stopping at Kendal on the way.

The theme this year is "Where next?" - looking ahead to leaving college, to university, jobs and apprenticeships, and to what it means to carry faith and values into the next chapter. We'll have input sessions in the mornings, walks in the afternoons (Dan, I'm relying on you for the fell walk on the Thursday), and reconciliation and Mass on the Thursday evening with Fr Tom from the parish in Cockermouth.

Could you each let me know by the end of next week:
- any dietary needs of your own;
- whether you're willing to be one of the two first aiders;
- whether you'd be happy to lead one of the small group sessions.

I'm hugely grateful. The retreats only work because staff give up their time.

Every blessing,
Fr Dominic

""" + sig("Fr Dominic Kearney", "College Chaplain", style="line"))

M(slug="cover_list_surnames", label="clean", note="hard neg: staff surnames Cockburn, Hancock, Dickens, Shufflebottom, Cockayne in cover list",
  frm=S["cover"], to=[S["allstaff"]],
  subject="Cover for Friday 21 November",
  date="Thu, 20 Nov 2025 15:47:02 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Good afternoon,

Cover for tomorrow (Friday 21 November) is below. Please check carefully, as there are a lot of changes because of the Y13 university visit and two staff on training.

P1  D14  Y12 Psychology (Mr Rimmer)       - Mr Cockburn
P1  B07  Y13 Law (Ms McGovern)            - Mrs Dickens
P2  A17  Y12 Classics (Dr Okafor)         - Ms Hancock
P2  C04  Y13 Biology (Miss Tinsley)       - Mr Shufflebottom (practical - technician present)
P3  D06  Y12 Criminology (Mr Fazakerley)  - Mrs Cockayne
P4  A09  Y13 English Lit (Ms Brennan)     - supervised study in library, Mr Gallagher to check in
P5  B07  Y12 Law (Ms McGovern)            - Ms Hancock

Work has been set on Teams for every lesson. Registers must be taken in the first ten minutes, please.

Thanks,
Julie

Julie Ashcroft
Cover Manager
""" + COLLEGE + """ | 01632 960000 ext. 205
""")

M(slug="lear_edmund_essay", label="clean", note="hard neg: King Lear set text quotes 'bastard' in English essay task",
  frm=S["brennan"], to=[ST["13el"]],
  subject="Lear essay - Edmund",
  date="Mon, 3 Nov 2025 16:33:20 +0000", style="gmail", fmt="alt", cte="quoted-printable",
  body="""Hi 13EL,

As promised, here's the essay question for next week, plus some quotations to get you going. Deadline is Monday 17 November, 1,200-1,500 words, submitted on Teams.

"Edmund is the most modern character in King Lear." How far do you agree?

Start with Act 1 Scene 2, the soliloquy. Look at how Edmund takes the labels society has put on him and throws them back:

"Why bastard? Wherefore base?
When my dimensions are as well compact,
My mind as generous, and my shape as true,
As honest madam's issue?"

and then the line everyone remembers:

"Now, gods, stand up for bastards!"

Think about what "bastard" and "base" meant in Shakespeare's England (legal status, inheritance, and the assumptions about character that went with illegitimacy) and whether Edmund's argument persuades you. Is he a rational individualist rejecting "the plague of custom", or a Machiavel whose logic is just cover for appetite? Then bring in Gloucester's joking about Edmund's conception in the opening scene - in front of Edmund. How does that change the way we hear the soliloquy?

Critics worth a look: Danby on the two views of Nature is the classic, and the Bradley lecture is on the shared drive.

Any problems, come and see me in A09.

Ms Brennan
""")

M(slug="fabius_cunctator", label="clean", note="hard neg: Latin 'Cunctator' / cunctari in ancient history reading",
  frm=S["okafor"], to=[ST["12anc"]],
  subject="Hannibal and Fabius - reading for Thursday",
  date="Tue, 10 Mar 2026 17:45:09 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Hi all,

For Thursday, please read Livy Book 22, chapters 12-18 (the translation is on Teams), and Plutarch's Life of Fabius, sections 5-10.

We're looking at the strategy of Quintus Fabius Maximus after the disaster at Lake Trasimene in 217 BC. Fabius refused to meet Hannibal in a pitched battle and instead shadowed him, harassing his foraging parties and cutting off his supplies. The Romans hated it at the time, and his own master of horse, Minucius, more or less called him a coward. But the strategy earned him the nickname Cunctator, "the Delayer" (from the Latin verb cunctari, to delay or hesitate), which started as an insult and ended up as a title of honour once Cannae had proved him right. Ennius' line about him - "unus homo nobis cunctando restituit rem", "one man, by delaying, restored the state to us" - was quoted for centuries.

Something to think about before the lesson: was Fabian strategy genuinely good generalship, or was Rome just lucky that Hannibal never had a siege train?

And a fun fact for the pub quiz: the Fabian Society took its name from him in the 1880s, because its members believed in gradual rather than revolutionary change.

Dr Okafor
""")

M(slug="hilbre_birds_nestboxes", label="clean", note="hard neg: birds (shags, great tits, cock pheasant) in ecology club mail",
  frm=S["tinsley"], to=[ST["12bio"]],
  subject="Saturday - Hilbre Island bird count (and the nest box results!)",
  date="Wed, 8 Oct 2025 19:21:40 +0100", style="gmail", fmt="alt", cte="base64",
  body="""Hi all,

Nine of you have signed up for Saturday's trip over to Hilbre with the estuary bird group. Brilliant.

Meet at West Kirby station at 9.30am. We walk across from the slipway at 10.00 - and ONLY at the time the warden gives us, because the tide comes in faster than you'd believe and cuts the islands off for hours. We'll have about four hours before we have to head back. Wellies or boots you don't mind getting wet, warm layers, lunch, water.

What we're counting: grey seals on the sandbank (there were over 500 last month), oystercatchers, turnstones, redshank, and the cormorants and shags on the rocks off the north end. Telling a shag from a cormorant at a distance is hard - shags are smaller, with a thinner bill and a steeper forehead, and in the breeding season they have a little crest. Practise with the ID sheet before Saturday.

Also, the results from our college nest boxes are in! Of the 12 boxes in the quiet garden, 9 were used this spring: 5 by blue tits, 3 by great tits and 1 by a pair of house sparrows. The great tits fledged an average of 7 chicks per box. Mr Scarisbrick has kindly agreed to put up another six boxes before spring. Sadly, the cock pheasant that keeps wandering in off the playing fields doesn't count towards our survey.

Any questions, e-mail me.

Miss Tinsley
""")

M(slug="reproduction_revision", label="clean", note="hard neg: anatomical terms in A level Biology revision checklist",
  frm=S["tinsley"], to=[ST["13bio"]],
  subject="Topic 6 revision checklist - reproduction",
  date="Thu, 5 Feb 2026 15:58:30 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Hi 13BIO,

Ahead of the end-of-topic test on Tuesday, here's the checklist for the mammalian reproduction section. Go through it with a traffic light and bring anything red to Monday's lesson.

Gametogenesis
- spermatogenesis in the seminiferous tubules of the testes, and the role of Sertoli cells
- oogenesis in the ovary: why you end up with one secondary oocyte and polar bodies
- structure of a sperm cell (acrosome, midpiece packed with mitochondria, flagellum) and how each part is adapted

Fertilisation
- the route from the vagina through the cervix and uterus to the oviduct
- the acrosome reaction and the cortical reaction, and why it matters that only one sperm gets in
- the role of the penis and erectile tissue in depositing sperm near the cervix (the spec only needs an outline)

Hormones
- FSH, LH, oestrogen and progesterone through the menstrual cycle: you MUST be able to draw and annotate the graph
- negative and positive feedback
- how the combined pill works (the mark schemes love this)

A reminder that the diagrams in the textbook use the correct anatomical terms, and so should you. Examiners won't give credit for anything vaguer.

Miss Tinsley
""" + COLLEGE + " | 01632 960000")

M(slug="rse_letter_parents", label="clean", note="hard neg: RSE letter to parent (consent, contraception, pornography, nudes)",
  frm=S["chaudhry"], to=[PAR["ali"]],
  subject="Relationships and sex education in the tutorial programme - spring term",
  date="Mon, 5 Jan 2026 10:10:10 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Dear Parent/Carer,

I'm writing to let you know about the relationships and sex education (RSE) sessions that all Year 12 students will have in tutorial time this spring term, and to invite you to look at the materials.

As a Catholic college, our RSE is taught within the context of the Church's teaching on the dignity of every person, on love and on marriage, alongside what the law requires. It is also honest and practical, because our students are young adults who need accurate information to keep themselves safe. The six sessions are:

1. Healthy and unhealthy relationships, including coercive control
2. Consent and the law: what consent means, and the age of consent
3. Sexual health: STIs, testing, and where young people can get confidential advice locally
4. Contraception, presented factually, together with the Church's teaching on it
5. Online safety: pornography and its effect on expectations and relationships, and the law on sharing nude images (including why anyone under 18 must never send, keep or forward them)
6. Where to go for help: domestic abuse, sexual violence and the support services available

Sessions are led by tutors with support from our school nurse, and session 6 includes a visit from a local domestic abuse charity. Students can ask questions anonymously through a question box, and anything that raises a concern is dealt with under our safeguarding procedures.

Because all our students are over 16, it is their own decision whether to take part in the sex education elements, but we always encourage them to talk about these topics at home. If you would like to see the materials, please e-mail me and I'll arrange a time, or come along to the parents' information session on Tuesday 20 January at 6pm in the library.

Yours sincerely,

""" + sig("Priya Chaudhry", "Head of Tutorial & PSHE"))

M(slug="outdated_terminology_textbooks", label="clean", note="hard neg: psychology staff discuss outdated terms ('mental retardation') in old textbooks",
  frm=S["rimmer"], to=[S["psychteam"]],
  subject="Old textbooks in D14 cupboard - terminology",
  date="Wed, 26 Nov 2025 16:29:57 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Hi all,

While I was clearing out the cupboard in D14 I found a set of the old (2008) textbooks still in circulation. A Y12 had been using one for her intelligence homework and quoted from it in her essay.

The problem is the chapter on intelligence testing, which uses "mental retardation" and "mentally handicapped" throughout, and the abnormality chapter talks about "the insane". That was DSM-IV-era language and it's long gone - and it's offensive now. The spec and the mark schemes use "intellectual disability" (DSM-5), and we should too.

I've boxed them up for recycling. If you find any more floating around your rooms, could you put them in the box by the office? It might also be worth a quick word with classes when we get to definitions of abnormality, because students will come across the old terms in older studies (Rosenhan, for one). I'd rather we explain why the language changed than pretend it never existed.

Paul
""")

M(slug="dsl_report_bus_stop_threat", label="clean", note="hard neg: staff report to DSL quoting a student's threat verbatim, incl. swearing",
  frm=S["faz"], to=[S["dsl"]], cc=[S["cheetham"]],
  subject="Incident at the Hope Lane bus stop - 3.40pm today",
  date="Tue, 3 Feb 2026 16:52:18 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Bernadette,

I'm logging this on CPOMS now, but e-mailing as well because I think it needs looking at tonight.

At about 3.40pm I was on duty at the Hope Lane gate when I heard shouting at the bus stop opposite. When I got there, Y12 student JK (12C) had pinned another Y12 student, DM (12F), against the bus shelter by his hoodie. JK was shouting "I'll fucking stab you, you grass, you're dead" and "tell your brother we know where he lives". There were about 15 students watching and at least two were filming.

I separated them and JK walked off towards the Co-op. DM was shaken but not hurt. When I asked DM what it was about he said "it's not about college, it's about our kid" and wouldn't say any more. He's got no way home other than the bus, so I waited with him until the 4.05 came. He's in 12F so he's one of mine.

I didn't see a weapon. Both of JK's hands were on DM's clothing the whole time I could see him.

I'm worried about the "we know where he lives" part and the reference to DM's brother - I don't know if there's something going on outside college. DM's tutor notes from last year mention that his older brother is known to the police.

I'm in from 8am tomorrow if you want to speak to me.

Tony

Tony Fazakerley
Teacher of Criminology / Progress Tutor 12F
""")

M(slug="dsl_report_homophobic_messages", label="clean", note="hard neg: disclosure to DSL quoting homophobic messages a student received",
  frm=S["doyle"], to=[S["dsl"]],
  subject="Disclosure - online abuse (Y13 student)",
  date="Thu, 22 Jan 2026 15:58:04 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Hi Bernadette,

I've logged this on CPOMS but wanted to flag it with you directly.

At the end of period 5 today a Y13 student from my Film group, SP, stayed behind and showed me messages he's been getting on Snapchat and Instagram over the past fortnight, since he came out to his friendship group. They come from at least three accounts. Two are anonymous; he believes the third belongs to another Y13 student, CR. The worst ones, copied exactly as he showed me:

"nobody wants a faggot in the changing rooms"
"kill yourself you batty boy"
"everyone knows ur a bender dont come to the leavers do"

He has screenshots, which I've asked him to keep but not share any further. I didn't take copies myself, in line with the policy.

He says he isn't sleeping, and he's stopped going to the gym because the messages mention the changing rooms. He doesn't want his parents told yet: his dad doesn't know he's gay and he's worried about how he'll react. I told him I couldn't promise to keep it confidential and that I'd have to pass it on to you, and he was OK with that as long as it came to you first.

He's in college all day tomorrow, with free periods 2 and 4.

Thanks,
Ryan

""" + sig("Ryan Doyle", "Teacher of Film Studies & Media", style="line"))

M(slug="reply_angry_parent_quoted", label="clean", note="hard neg: polite reply to parent; swearing only in the parent's quoted e-mail",
  frm=S["cheetham"], to=[PAR["ali"]],
  subject="RE: Detention",
  date="Fri, 7 Nov 2025 08:36:45 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  reply_to_id="CAB1ali9xYq2VtP0kS@mail.btinternet.com",
  body="""Dear Mr Guardian,

Thank you for your e-mail. I can hear how frustrated you are, and I'm sorry that the first you heard about the study support session was a text message. That isn't how it should have happened.

To explain: Example Pupil Three hasn't been given a detention. Three students in the Year 13 Psychology class were asked to attend a one-hour supported study session on Thursday after college, because their coursework drafts haven't been submitted. It's a supportive session with their teacher, not a punishment, but it's recorded on our system in a way that triggered an automatic text, and I've asked for that to be looked at.

I understand Example Pupil Three works on Thursday evenings. That's absolutely fine: we can move the session to a free period on Friday instead, and I've let Mr Rimmer know.

I'd really welcome the chance to talk this through properly. Would a phone call on Monday after 3.30pm suit you? I'm on 01632 960000, ext. 214, or I can ring you at a time that's convenient.

Kind regards,

""" + sig("Mark Cheetham", "Head of Year 13", "ext. 214") + """

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 06 November 2025 21:52
To: Mark Cheetham <m.cheetham@example-school.org.uk>
Subject: Detention

Just had a text saying my lad has a detention on Thursday. What the hell for? He's 17 not 7, and he's got a job on Thursdays that he can't just not turn up to. This is a fucking joke. Nobody from the college has rung me once this year and now this shit. Sort it out.

Ali Guardian""")

M(slug="reply_student_quoted_complaint", label="clean", note="hard neg: law teacher replies calmly; student's swearing only in quoted Outlook block",
  frm=S["price"], to=[ST["jack"]],
  subject="RE: unfair",
  date="Thu, 13 Nov 2025 07:40:26 +0000", style="outlook", fmt="plain", cte="7bit",
  body="""Hi Jack,

Thanks for telling me how you feel rather than just sitting on it. Honestly, I'd rather you e-mail me annoyed than stew.

Let me explain the mark. You got 11/20 because your answer explained the rules on intention really well but didn't use any cases. The mark scheme caps answers without legal authority at level 2, so 11 was actually the top of that band. I know Ellie's answer looked similar to yours, but she used Nedrick and Woollin, and that's what moved her into level 3. It isn't about who I like.

I've put a model answer on Teams. Have a go at rewriting your last paragraph with two cases and send it me by Thursday, and I'll re-mark it. If it's level 3, I'll update the tracker.

Also, a gentle word: I know you wrote it in frustration, but please keep e-mails to staff polite. It's a good habit for uni and work too.

Ms Price

________________________________
From: Jack Daly <25jdaly@pupils.example-school.org.uk>
Sent: 12 November 2025 22:17
To: Steph Price <s.price@example-school.org.uk>
Subject: unfair

miss the mark for my mens rea essay is bullshit honestly. ellie wrote the same as me and got 16. im so pissed off i worked on it all weekend
""")

M(slug="behaviour_policy_language", label="clean", note="hard neg: assistant principal discusses behaviour policy on language, listing words logged",
  frm=S["quirk"], to=[S["pastoral"]],
  subject="Language in corridors - consistent response (for Thursday's pastoral meeting)",
  date="Mon, 12 Jan 2026 17:20:51 +0000", style="outlook", fmt="alt",
  body="""Hi all,

Ahead of Thursday, some thoughts on language, because it came up at SLT and in the student voice survey.

Last half term we logged 63 incidents of inappropriate language on CPOMS. Most were what you'd expect: students swearing in frustration or in conversation ("fuck's sake" when the printer jams, that sort of thing). But 19 were directed at another person, and those are the ones I want us to focus on. The recurring ones were "sket" and "slag" (almost always aimed at girls), "gay" used as an insult, and "retard", plus two incidents of racist language that were dealt with under the hate incident procedure.

The student voice survey backs this up: 41% of female students said they'd heard a sexualised insult aimed at a girl in the past month.

What I'd like us to agree:
1. Swearing in frustration, not aimed at anyone: a quiet word, not an escalation. These are young adults and we don't want to make a scene of every "shit".
2. Language aimed at a person, especially sexist, homophobic, racist or disablist language: always challenge it, always log it, and the progress tutor follows up.
3. Staff model it. If we hear colleagues using that language casually in front of students, we need to feel able to say so.

I'll bring a one-page version to Thursday for us to pick apart.

Bernadette

""" + sig("Bernadette Quirk", "Assistant Principal - Student Welfare & DSL", style="line"))

M(slug="r_v_rogers_case_note", label="clean", note="hard neg: law case summary to students quoting 'bloody foreigners' (R v Rogers)",
  frm=S["mcgovern"], to=[ST["13law"]],
  subject="Racially aggravated offences - R v Rogers and your homework",
  date="Wed, 4 Mar 2026 16:02:14 +0000", style="gmail", fmt="alt",
  body="""Hi 13LAW,

Following on from today's lesson on the racially and religiously aggravated offences under the Crime and Disorder Act 1998, here's the case summary I promised, and your homework.

R v Rogers [2007] UKHL 8
The defendant, on a mobility scooter, got into an argument with three Spanish women, called them "bloody foreigners" and told them to "go back to your own country". He was convicted of racially aggravated threatening behaviour. He argued that "foreigners" isn't a racial group. The House of Lords disagreed: a racial group can be defined by what it is not (here, people who aren't British), and the hostility test in section 28 is meant to be applied broadly and in a non-technical way. Baroness Hale's speech is short and very readable - link on Teams.

Compare DPP v Woods, where the defendant used a racist insult at a door supervisor who had refused him entry: the hostility was made out even though he was also angry for other reasons. That's the point to remember for problem questions. The motive can be mixed.

Homework: the problem question on page 212 (Kenny and the taxi driver). Apply s.28(1)(a) and (b) separately, and don't forget the basic offence first. Due Monday.

Miss McGovern
""")

M(slug="harvey_v_dpp_swearing_case", label="clean", note="hard neg: law teacher quotes swearing from Harvey v DPP judgment to students [unsure]",
  frm=S["price"], to=[ST["12law"]],
  subject="Public order - Harvey v DPP (for Monday)",
  date="Fri, 6 Mar 2026 14:27:39 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Hi 12LAW,

On Monday we're doing section 5 of the Public Order Act 1986 (threatening or abusive words or behaviour within the hearing or sight of a person likely to be caused harassment, alarm or distress). Please read the summary of Harvey v DPP [2011] EWHC 3992 (Admin) before the lesson.

Fair warning that the case is about swearing, so the judgment quotes it. Mr Harvey was being searched by police officers and said, among other things, "Fuck this, man, I ain't been smoking nothing" and, when told he'd be arrested, "No, you won't find fuck all". He was convicted under s.5. The Divisional Court quashed the conviction: there was no evidence that anyone who heard it was actually caused harassment, alarm or distress. Police officers hear that kind of language every day, and none of the bystanders reacted.

Questions to think about:
1. Why does the law require someone likely to be caused harassment, alarm or distress, rather than making swearing in public an offence in itself?
2. Is it right that police officers are treated as less likely to be distressed than members of the public?
3. In 2013 the word "insulting" was removed from s.5. Why?

We'll use the case to practise the application question on Monday, so bring your notes on actus reus.

Ms Price
""")

M(slug="hamburg_exchange_german", label="clean", note="hard neg: German words (Ausfahrt, Fahrt, Gift) in exchange trip letter; encoded subject/name",
  frm=S["wojcik"], to=[ST["exchange"]], cc=[PAR["jane"]],
  subject="Sch\u00fcleraustausch Hamburg \u2013 final details",
  date="Mon, 2 Mar 2026 17:30:00 +0000", style="gmail", fmt="alt", cte="base64",
  body="""Hi everyone,

Only three weeks until Hamburg! Here are the final details for the exchange.

We fly from Liverpool to Hamburg on Monday 23 March at 7.05am, so we meet at the airport at 5.00am (yes, really). Your host families will collect you from their school when we arrive and you'll spend the first evening with them.

Some German you'll see everywhere and should know before you go:
- Ausfahrt = exit (on the motorway). Einfahrt = entrance. I know. Get the jokes out of your system now, because your exchange partners have heard them all.
- Gute Fahrt! = have a good journey. "Fahrt" just means a journey or a trip.
- Gift = poison. A present is ein Geschenk.
- Bitte = please / you're welcome. Use it constantly.
- Handy = mobile phone.
- Rathaus = town hall. Nothing to do with rats.
- Kunsthalle = art gallery (we're going on the Wednesday).

Please bring a small present for your host family. Something from Liverpool goes down really well - a Beatles mug, Everton mints, anything red or blue depending on their football team, if you dare.

Your passport, GHIC card and the signed code of conduct must be with me by Friday 6 March.

Bis bald!
Frau W\u00f3jcik

Natalia W\u00f3jcik
Head of Modern Languages
""" + COLLEGE + " | 01632 960000")

MENU_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Hello everyone,</p>
<p>Here's next week's menu in the main canteen. Vegetarian and halal options are available every day at the hot counter, and allergen information is on the boards and on the Teams page.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr style="background:#5b0f2e;color:#fff"><th>Day</th><th>Main</th><th>Alternative</th></tr>
<tr><td>Monday</td><td>Scouse (beef or veggie) with pickled red cabbage and crusty bread</td><td>Jacket potatoes</td></tr>
<tr><td>Tuesday</td><td>Faggots, mash, garden peas and onion gravy</td><td>Vegetable curry with rice</td></tr>
<tr><td>Wednesday</td><td>Chicken tikka masala</td><td>Halloumi wraps</td></tr>
<tr><td>Thursday</td><td>Roast turkey</td><td>Nut roast</td></tr>
<tr><td>Friday</td><td>Battered pollock and chips</td><td>Veggie sausage and chips</td></tr>
</table>
<p><b>Soup of the week:</b> cock-a-leekie<br>
<b>Puddings:</b> spotted dick and custard (Tuesday and Thursday), apple crumble, fruit pots</p>
<p><b>Christmas lunch</b> is on Wednesday 17 December: turkey or nut roast with all the trimmings, Christmas pudding or chocolate log, and a cracker. &pound;4.20 for students (free for students on free meals) and &pound;5.50 for staff. Please book by Friday 12 December through the link on Teams so we can order enough sprouts.</p>
<p>Pauline Kerrigan<br>Catering Manager<br>Example School Catholic Sixth Form College &middot; 01632 960000</p>
</body></html>
"""

M(slug="canteen_menu", label="clean", note="hard neg: foods (faggots, spotted dick, cock-a-leekie) on canteen menu (HTML only)",
  frm=S["catering"], to=[S["allstaff"], ST["allstudents"]],
  subject="Canteen menu w/c 1 December + Christmas lunch booking",
  date="Thu, 27 Nov 2025 11:05:33 +0000", style="plain", fmt="html", cte="quoted-printable",
  html=MENU_HTML)

M(slug="rugby_cricket_kit", label="clean", note="hard neg: sports kit and positions (hooker, tackle, box, balls)",
  frm=S["cockburn"], to=[ST["rugbycricket"]],
  subject="Rugby sevens + cricket nets - kit reminder",
  date="Mon, 2 Feb 2026 12:48:05 +0000", style="plain", fmt="plain", cte="8bit",
  body="""Afternoon all,

Two things.

Rugby sevens tournament, Saturday 7 February at the rugby club in Crosby: positions for the first game are on the noticeboard. Josh, you're at hooker; Kian, scrum-half; the rest of the forwards know who they are. We need to be a lot better at the breakdown than last time, and I don't want to see anyone going into a tackle with their head on the wrong side again. Gum shields compulsory, no exceptions. If you haven't got one, get one from the PE office (\u00a35, moulded on the spot).

Cricket nets start on Tuesday 24 February, 4-5.30pm in the sports hall. It's hard ball, so helmet, pads, gloves and a box are ALL compulsory for batting. I've got a few spare helmets and pads, but I'm not lending out boxes - buy your own, lads. The girls' squad have nets from 5.30pm with the same rules on helmets and pads, and there are abdominal guards in the kit store for anyone who needs one.

Balls: please bring back the three new ones that went missing after the last session. No questions asked.

Mr Cockburn
""")

M(slug="rs_sexual_ethics", label="clean", note="hard neg: RS A level sexual ethics topic (homosexuality, contraception, adultery)",
  frm=S["swarbrick"], to=[ST["13rs"]],
  subject="Sexual ethics - reading and essay plan",
  date="Fri, 9 Jan 2026 15:14:22 +0000", style="outlook", fmt="alt",
  body="""Dear 13RS,

We start the sexual ethics topic on Monday. It's one of the topics most likely to come up on the ethics paper, so please give it the time it deserves.

We'll cover:
- Christian teaching on sex and marriage, including the Catholic understanding of the unitive and procreative purposes of sex (Humanae Vitae, 1968, and its teaching on artificial contraception);
- changing attitudes in the UK to pre-marital sex, adultery and homosexuality, and the law (the Sexual Offences Act 1967, the Marriage (Same Sex Couples) Act 2013);
- the Catechism's teaching on homosexual persons and acts (paragraphs 2357-2359), and how recent statements, including Fiducia Supplicans, have been received;
- the Church of England's debates on blessings for same-sex couples;
- how natural law, situation ethics and utilitarianism would each approach these questions.

Reading for Monday: the chapter on sexual ethics in the textbook (pp. 214-236) and the extract from Humanae Vitae on Teams.

Essay (due 26 January): "Religious teaching on sexual ethics is no longer relevant in modern society." Discuss.

This is a topic where some of you will have strong personal views and some of you will have personal experience. We'll discuss it respectfully and academically, and everyone's dignity matters in the room. If anything is difficult for you, please come and talk to me.

Mrs Swarbrick
Head of Religious Studies
""" + COLLEGE)

M(slug="chaucer_wife_of_bath", label="clean", note="hard neg: Chaucer set text glossary ('queynte', 'bele chose') for English Lit students",
  frm=S["brennan"], to=[ST["12el"]],
  subject="Wife of Bath - glossary and the \"queynte\" question",
  date="Wed, 28 Jan 2026 18:11:47 +0000", style="gmail", fmt="alt", cte="quoted-printable",
  body="""Hi 12EL,

A few of you asked after today's lesson about the words we tiptoed round in the Prologue, so here's a proper answer - you need to be able to write about them in the exam without being coy or giggling.

Chaucer gives the Wife a frank, bawdy voice on purpose. The three you asked about:

- "queynte" ("Ye shul have queynte right ynogh at eve") - a pun: it can mean elegant or curious, but here it is a crude word for the female genitals. Glossaries are often more polite about it than they should be.
- "bele chose" (literally "pretty thing") - a French euphemism for the same thing. Notice she uses both the genteel French phrase and the blunt English word. What does that tell us about how she plays with register?
- "chambre of Venus" ("I koude noght withdrawe / My chambre of Venus from a good felawe") - a courtly-love phrase turned into a confession.

Why it matters for the big question: is the Wife a proto-feminist reclaiming her body and her voice from clerical misogyny, or is Chaucer laughing at her through the very anti-feminist stereotypes she attacks? You can argue either way, but you need the language to do it.

Reading for next week: lines 1-162 again (the "auctoritee" section), and the Carolyn Dinshaw extract on Teams.

Ms Brennan
""")

M(slug="epq_orkney_twatt", label="clean", note="hard neg: Orkney place name Twatt in EPQ fieldwork feedback",
  frm=S["tinsley"], to=[ST["megan"]],
  subject="Re: EPQ - Orkney fieldwork plan",
  date="Tue, 18 Nov 2025 20:03:59 +0000", style="plain", fmt="plain", cte="7bit",
  reply_to_id="CAJm3gP9qs0T4hW2Zx@mail.gmail.com",
  body="""Hi Megan,

This is a really good plan, and I'm made up you've got the volunteering sorted. A week on the Birsay Moors reserve is a brilliant basis for an EPQ on hen harrier breeding success.

A few comments:

1. Your site map: the hide at Cottascarth is on the south-east side, and the car park you've marked is actually the one near Twatt, on the western side. Check with the warden which one you'll be based at, because it affects your transects.

2. The hypothesis is good but it needs to be testable in a week. You won't be able to measure breeding success yourself in July, so use the reserve's nest records for the last ten years as secondary data and do your own vegetation survey as primary data. That's fine, and it's what a real ecologist would do.

3. Ethics: disturbing a Schedule 1 species at the nest is a criminal offence without a licence. Make sure your methodology says you won't go near nests and will only observe from the hide, and get the warden to confirm that in writing. Put the e-mail in your production log.

4. Risk assessment: your mum will need to sign it as you're under 18, and please include the travel (the ferry from Scrabster) and lone working.

Draft literature review by 5 December, please.

Miss Tinsley
EPQ supervisor
""")

M(slug="ucas_sussex_offer", label="clean", note="hard neg: Sussex, Essex, Middlesex, Clitheroe in UCAS advice",
  frm=S["jbirchall"], to=[ST["beth"]],
  subject="Re: Sussex offer!",
  date="Wed, 11 Feb 2026 12:55:08 +0000", style="gmail", fmt="alt",
  body="""Hi Beth,

Amazing news, well done! An offer from Sussex for Criminology and Psychology is fantastic, and ABB is very doable on your predictions.

On your questions:
- Firm vs insurance: don't decide yet. You're still waiting on Essex, Middlesex and Lancaster, and you don't have to reply until all your decisions are in.
- The offer-holder day clash: if you can only do one of Sussex and Lancaster, I'd go to Sussex, because it's further away and you've never seen it. Brighton is a long way to go on a hunch! Lancaster's only an hour from your nan's in Clitheroe, so you could always pop up there another weekend.
- Accommodation: you don't apply until you've firmed, but have a look at the options now.
- Student finance: apply by the end of May whatever you decide, so the money is there in September. You can change the university later.

Pop into B14 any lunchtime and we'll go through the offer conditions together - I want to check whether your EPQ counts towards any of their reduced offers.

Jo
""")

M(slug="guest_lecture_wankhede", label="clean", note="hard neg: visiting lecturer surname Wankhede; external Cc",
  frm=S["rimmer"], to=[ST["13psy"]], cc=[("Dr Meera Wankhede", "m.wankhede@example.org")],
  subject="Guest lecture - Dr Wankhede on schizophrenia, Thurs 22 Jan",
  date="Wed, 14 Jan 2026 09:37:28 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Hi 13PSY,

I'm really pleased to say that Dr Meera Wankhede, clinical psychologist and senior lecturer at the university, is coming in to talk to you on Thursday 22 January, period 3, in the lecture theatre. I've copied her in so she knows how excited you all are (please be).

Dr Wankhede works with an early intervention in psychosis service and will talk about what schizophrenia looks like in practice, how diagnosis works, and the evidence on biological and psychological treatments - which is basically the whole schizophrenia topic on Paper 3. She's also happy to answer questions about clinical psychology as a career and the route through a degree and the doctorate.

Please prepare one question each and bring it written down. Good questions are specific: "How reliable is diagnosis in your experience?" is better than "What's your job like?"

Dr Wankhede, thank you again. Reception will have a visitor badge ready for you from 10.30am and I'll meet you there. There's a reserved space in the visitors' bay by the main entrance.

""" + sig("Paul Rimmer", "Teacher of Psychology", style="line"))

M(slug="tech_request_microbiology", label="clean", note="hard neg: microbiology and chemistry terms (cocci, Staphylococcus, titrations)",
  frm=S["tinsley"], to=[S["shuff"]],
  subject="Tech request - RP13 (aseptic technique) w/c 19 Jan",
  date="Mon, 12 Jan 2026 16:44:40 +0000", style="plain", fmt="plain", cte="8bit",
  body="""Hi Dave,

Tech request for required practical 13 next week. Three groups: 12BIO-A Tue P1-2, 12BIO-B Wed P3-4, 12BIO-C Thu P1-2.

Per pair:
- 2 nutrient agar plates
- broth cultures of Micrococcus luteus and Bacillus subtilis (not the E. coli this time)
- sterile swabs, inoculating loops, Bunsen, tape
- antibiotic discs (penicillin, streptomycin, tetracycline) and plain paper discs for the garlic and mouthwash extension

Could we also have the prepared slides of stained cocci and bacilli out for the start of the lesson? A few of them still think Staphylococcus is a disease rather than a genus.

Autoclave run on Friday afternoon for everything, as usual, and can we double-check the incubator is set to 25\u00b0C, not 37\u00b0C, after what happened in October.

Unrelated: chemistry have asked to borrow our burettes for their titrations on Thursday P5. I've said yes as long as they're back by Friday.

Thanks,
Gemma
""")

M(slug="freud_psychosexual_recap", label="clean", note="hard neg: Freud psychosexual stages (anal, phallic, penis envy, widdler)",
  frm=S["rimmer"], to=[ST["12psy"]],
  subject="Psychodynamic approach - recap + homework",
  date="Thu, 26 Feb 2026 16:18:03 +0000", style="gmail", fmt="alt",
  body="""Hi 12PSY,

Quick recap of today's lesson on the psychodynamic approach.

Freud's psychosexual stages: oral (0-1), anal (1-3), phallic (3-6), latency, and genital. Each stage has a different focus of pleasure, and unresolved conflict leads to fixation - for example, an anal-retentive personality (obsessively tidy, stubborn) linked to harsh toilet training.

The Oedipus complex (phallic stage): the boy desires his mother, sees his father as a rival and fears castration as punishment. He resolves it by identifying with his father, which according to Freud is how the superego and gender identity develop. For girls, Freud proposed penis envy; the term "Electra complex" is Jung's, not Freud's (examiners love that detail).

Case study: Little Hans (1909). Five-year-old Hans had a phobia of horses. Freud interpreted it as displaced fear of his father (the black around the horse's mouth = his father's moustache) and linked it to Hans's interest in his "widdler". Key evaluation point: Freud met Hans only once, and most of the data came from Hans's father, who was a supporter of Freud's.

I know some of this produced a few giggles today, which is fine - it's Freud. But in the exam use the proper terms and be precise.

Homework: 16-mark essay, "Discuss the psychodynamic approach", due Monday.

Mr Rimmer
""")

M(slug="film_18_consent_letter", label="clean", note="hard neg: film age-rating consent letter mentioning strong and racist language",
  frm=S["doyle"], to=[PAR["jane"], PAR["sam"]],
  subject="Film Studies - screening of This Is England (18) - parental consent",
  date="Mon, 22 Sep 2025 14:09:37 +0100", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Dear parents and carers,

As part of the A level Film Studies course, Year 12 students study This Is England (Shane Meadows, 2006) as one of their British set films. The film is rated 18 and contains very strong language, including racist abuse, and strong violence. It deals seriously with racism, the far right, and the pull of belonging to a group in early-1980s England; the racist language in it is part of what the film is examining and condemning.

Students who are already 18 will watch it in class. For students under 18 we ask for parental consent, in line with the college's policy on age-restricted material. Students without consent will study the film through approved clips and written materials, and won't be disadvantaged in any way.

Please reply to this e-mail by Friday 3 October to say whether you give consent for your young person to watch the film in full in lessons. The screening will be on Tuesday 7 October.

If you'd like to talk about it first, I'm very happy to call.

Kind regards,

""" + sig("Ryan Doyle", "Teacher of Film Studies & Media"))

M(slug="wellbeing_dog", label="clean", note="hard neg: 'bitch' and 'cockapoo' used of the college wellbeing dog",
  frm=S["quirk"], to=[S["allstaff"]],
  subject="Meet Tilly - our new wellbeing dog!",
  date="Fri, 27 Feb 2026 12:30:45 +0000", style="gmail", fmt="alt",
  body="""Hi everyone,

Some happy news: from Monday, Tilly will be joining us two days a week as the college's wellbeing dog. Tilly is a two-year-old cockapoo (a cocker spaniel crossed with a poodle) and belongs to Lisa in attendance. She passed her temperament assessment with flying colours and is, frankly, better behaved than most of us.

A few practical things:
- Tilly will be based in the student welfare office (A03) on Tuesdays and Thursdays. Students can drop in to see her at break and lunch, and the welfare team may also use her in one-to-one sessions.
- She's low-shedding but not allergy-proof. If you or a student has a dog allergy or a fear of dogs, please let me know and she'll stay away from your rooms.
- For those who asked at briefing about the insurance form: yes, she's a bitch, she's spayed, and she's fully vaccinated and wormed.
- Please don't feed her, however sad the face. She's on a diet.

The students have already started a petition for her to have her own lanyard.

Bernadette
""")

M(slug="othello_racist_language", label="clean", note="hard neg: Othello set-text quotes with racist imagery, teacher's guidance on analysing them",
  frm=S["garside"], to=[ST["13elb"]],
  subject="Othello Act 1 Scene 1 - racist language and how to write about it",
  date="Tue, 24 Feb 2026 17:06:12 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Dear 13EL-B,

Before Thursday's lesson, please re-read Act 1 Scene 1 closely. We're going to look at how Iago and Roderigo talk about Othello before he has even appeared on stage.

The audience hears Othello described through racist and animal imagery before they meet him:

- "Even now, now, very now, an old black ram / Is tupping your white ewe" (Iago to Brabantio)
- "you'll have your daughter covered with a Barbary horse" (Iago)
- "What a full fortune does the thick-lips owe / If he can carry't thus!" (Roderigo)
- "the gross clasps of a lascivious Moor" (Roderigo)

When you write about these, quote accurately and analyse the effect: how Shakespeare uses the language to expose Iago's manipulation of Brabantio's fears, and how the dignity of Othello's first speech in Scene 2 contradicts everything we've been told. Don't soften the racism into gentler paraphrase and don't avoid it, but don't repeat it gratuitously either. Your argument should be about what the play does with it.

Critical reading: Ania Loomba's chapter on Othello and race is on Teams, and Ayanna Thompson's introduction to the Arden edition is excellent.

I know this material can be uncomfortable, particularly for some students in the group. If you want to talk about it before or after the lesson, come and find me.

Mr Garside

""" + sig("Joe Garside", "Teacher of English Literature", style="line"))

# ====================================================================== FLAGS

M(slug="timetable_v4_vent", label="flag", note="plain: 'shitshow' in staff-to-staff vent about timetable",
  frm=S["mcgovern"], to=[S["faz"]],
  subject="Re: Timetable v4",
  date="Mon, 8 Sep 2025 08:19:44 +0100", style="outlook", fmt="alt",
  reply_to_id="LO4P265MB0FAZ7731A@LO4P265MB0FAZ.GBRP265.PROD.OUTLOOK.COM",
  body="""Tony,

Have you seen it?? They've put my Y13 Law in the portakabin on Mondays and Thursdays, which has no projector and no Wi-Fi, and moved Y12 into the drama studio on Wednesday P5, at exactly the same time as the Y13 drama rehearsals. So I'll be teaching the rule of law to the sound of Les Mis.

Three versions in a fortnight and each one is worse than the last. It's an absolute shitshow. I'm going to see Marie at break - come with me if you're free, you've lost your criminology room twice in v4 as well.

S

From: Tony Fazakerley <a.fazakerley@example-school.org.uk>
Sent: 08 September 2025 08:02
To: Siobh\u00e1n McGovern <s.mcgovern@example-school.org.uk>
Subject: Timetable v4

v4 is out. Brace yourself. T""")

M(slug="ucas_deadline_moan", label="flag", note="plain: 'bollocks' in tutor's e-mail to colleague about UCAS deadline",
  frm=S["rimmer"], to=[S["brennan"]],
  subject="PS deadline",
  date="Thu, 23 Oct 2025 12:41:09 +0100", style="plain", fmt="plain", cte="7bit",
  body="""Aoife - have you seen Jo's e-mail? She's moved the internal deadline for personal statements forward to the 31st because of "capacity". Half my tutees haven't got a second draft and two haven't even started. Moving it with a week's notice is bollocks, frankly.

I'm going to tell mine to carry on and get them to me by the 7th as planned, and Jo can shout at me. Are you doing the same?

P
""")

M(slug="stop_messing_student", label="flag", note="plain: head of year tells a student to 'stop pissing about'",
  frm=S["cheetham"], to=[ST["tyler"]],
  subject="Your Criminology and Law",
  date="Thu, 13 Nov 2025 16:22:31 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Tyler,

I've had Mr Fazakerley and Ms Price both on to me this week about you. Phone out in lessons, talking over people, walking out of Law on Tuesday. You also haven't handed in the Unit 2 draft that was due last Friday.

I'm going to be straight with you, because you're 17 and I think you can take it: you need to stop pissing about. You're a bright lad and you're on course for a Distinction in Criminology if you actually do the work, but at this rate you'll be on a formal warning before Christmas and you could lose the course.

Come and see me at the start of period 4 tomorrow in the Y13 office. It's not optional.

Mr Cheetham
Head of Year 13
""")

M(slug="btec_results_parent_reply", label="flag", note="plain: exams officer tells parent the board 'fucked up' results, with apology; parent quoted",
  frm=S["exams"], to=[PAR["jane"]],
  subject="RE: BTEC results - missing unit",
  date="Mon, 19 Jan 2026 09:48:52 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  reply_to_id="CAJane7hQ0vR3mLpB@mail.gmail.com",
  body="""Dear Ms Parent,

Thanks for getting in touch, and apologies for the delay in replying - it's been a very busy week in the exams office.

I've looked into it and you're right, the Unit 2 result is missing from Example Pupil One's statement. I want to reassure you straight away that it's nothing Example Pupil One did: the exam board have completely fucked up the results upload for that unit across the country, and 40 of our students have the same problem. Apologies for the language, but it's been an incredibly frustrating week.

The board have told us the corrected results will be released on Thursday, and I'll e-mail you as soon as I can see it. The missing result won't affect the UCAS application: universities see the predicted grade at this stage.

Kind regards,

""" + sig("Kevin Lunt", "Exams Officer", style="line") + """

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 16 January 2026 19:20
To: Exams <exams@example-school.org.uk>
Subject: BTEC results - missing unit

Hello, my daughter's results statement came through today but there is nothing for Unit 2. She is very anxious that she has failed and it hasn't been put on. Could someone please look into this? Thank you, Jane Parent""")

M(slug="minibus_bay_blocked", label="flag", note="plain: 'wanker' in staff e-mail about a car in the minibus bay",
  frm=S["cockburn"], to=[S["estates"]],
  subject="Minibus bay blocked AGAIN",
  date="Wed, 1 Oct 2025 12:58:17 +0100", style="plain", fmt="plain", cte="7bit",
  ua="Outlook for iOS",
  body="""Chris,

Some wanker in a white Corsa (reg ends WLK) has parked across the minibus bay again. Third time this week. I've got 16 lads and a ref waiting to go to Crosby and I can't get the bus out.

Can you get reception to put a call out or something? If it's a student I want their permit taken off them.

Dan

Sent from Outlook for iOS
""")

M(slug="new_drama_teacher", label="flag", note="slur, disguised: homophobic 'poof' about a colleague in a base64 body",
  frm=S["estates"], to=[S["gallagher"]],
  subject="new drama fella",
  date="Fri, 5 Sep 2025 10:36:02 +0100", style="plain", fmt="plain", cte="base64",
  body="""Steve, met the new drama teacher this morning when he came to get his keys. Nice enough but he's a right poof isn't he, pink scarf, man bag, the lot. Give him a week with the Y13 lads.

Anyway he needs a laptop and a login sorting for Monday, can you do it? Ta.

Chris
""")

M(slug="liam_in_crim", label="flag", note="slur, plain: disability slur 'retard' about a student, staff to staff",
  frm=S["faz"], to=[S["doyle"]],
  subject="Liam M",
  date="Thu, 6 Nov 2025 15:40:11 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Ryan, is that Liam McArdle lad in your Film group as well? He's in my Crim set and honestly he's like a retard sometimes. Asked me today if Crimewatch was "still real" and spent the rest of the lesson drawing on his hand. He's not thick, he just acts it. Does he do this with you?

T
""")

M(slug="y12s_off_site", label="flag", note="slur, plain: racist 'Paki shop' in staff e-mail",
  frm=S["cockburn"], to=[S["cheetham"]],
  subject="Y12s off site",
  date="Tue, 30 Sep 2025 11:27:50 +0100", style="plain", fmt="plain", cte="8bit",
  body="""Mark, FYI half of the 12F and 12G lot were in the Paki shop on Hope Lane again at 11 when they should've been in tutorial. Saw them coming out with energy drinks and crisps. Can you have a word with their tutors?

Ta,
Dan
""")

M(slug="repro_printer_forward", label="flag", note="plain: 'cunt' in IT manager's covering note on a forwarded fault ticket",
  frm=S["gallagher"], to=[S["office"]],
  subject="FW: Reprographics printer - fault ticket #4471",
  date="Tue, 3 Feb 2026 09:31:26 +0000", style="outlook", fmt="alt",
  body="""Karen,

The big printer in repro is being an absolute cunt again. Rebooted it twice, cleared the jam, and now it's saying the fuser's overheating. Engineer's booked for Thursday morning. Forwarded the ticket below so you can let staff know - anything urgent will have to go to the library printer till then.

Steve

-----Original Message-----
From: PrintCare Service Desk <servicedesk@printcare.example.com>
Sent: 03 February 2026 09:12
To: Steve Gallagher <s.gallagher@example-school.org.uk>
Subject: Reprographics printer - fault ticket #4471

Dear Customer,

Thank you for logging a fault with PrintCare. Your ticket details are below.

Ticket: 4471
Device: production printer, Reprographics, serial ending 0392
Reported fault: repeated paper jams, error code C2557 (fixing unit temperature)
Engineer visit: Thursday 5 February, AM

Please do not reply to this e-mail. To update your ticket call 0808 157 0412.

PrintCare Service Desk""")

SEATING_CSV = """Seat,Student,Notes
1,Ellie Barton,Reliable - can collect the essays in at the end
2,Callum Nesbitt,Keep him away from Jordan
3,Jordan Kelly,Lazy little shit. Will try to go to the toilet for 20 mins - don't let him
4,Grace Fitzpatrick,25% extra time - let her carry on into break
5,Niamh Rooney,
6,Adam Sefton,Thinks he's God's gift - ignore the backchat
7,Holly Ainsworth,Quiet but very good
8,Kieran Doherty,Total knobhead but harmless
9,Sophie Lyon,Hearing aid - sit her at the front if she asks
10,Josh Tierney,
"""

M(slug="seating_plan_cover", label="flag", note="plain, in attachment: 'little shit', 'knobhead' in seating-plan CSV notes; body clean",
  frm=S["brennan"], to=[S["leyland"]],
  subject="Seating plan for Thurs P2 (13EL)",
  date="Wed, 19 Nov 2025 17:48:33 +0000", style="outlook", fmt="alt",
  attachments=[("13EL_seating_plan.csv", "text/csv", SEATING_CSV, "base64")],
  body="""Hi Martin,

Thanks so much for covering my Y13 group on Thursday. The seating plan, with a few notes, is attached, and the lesson (a timed essay on Lear, Act 3) is on Teams. They should just get their heads down. Anyone who finishes early can start planning the Act 4 question.

Aoife

Aoife Brennan
Teacher of English Literature""")

M(slug="photocopier_mocks", label="flag", note="disguised: asterisk/symbol masks 'f*cking', 'sh!t' in staff e-mail",
  frm=S["mulhearn"], to=[S["lhancock"]],
  subject="mocks",
  date="Wed, 26 Nov 2025 15:19:05 +0000", style="gmail", fmt="alt",
  body="""Lucy - the f*cking photocopier in the history office has eaten the whole Y13 Paper 2 print run. 140 copies, jammed and shredded, and the exam's at 9 tomorrow. I'm sat in repro now redoing them on the little machine. What a sh!t afternoon.

If you're passing, bring coffee and a stapler.

S
""")

M(slug="trip_money_office", label="flag", note="disguised leetspeak: 'b1tch' (gendered insult about colleague), 'sh1te'",
  frm=S["office"], to=[S["hesketh"]],
  subject="Re: trip money",
  date="Thu, 12 Feb 2026 10:52:40 +0000", style="gmail", fmt="plain", cte="7bit",
  reply_to_id="CAHesk2tLq8m0Pz@mail.gmail.com",
  body="""Lisa, honestly, Donna's being a right b1tch about the Chester trip money again. Told me in front of the whole office that my spreadsheet was wrong, when it was her that put the payments in twice. I've had enough of her sh1te this week.

Going for a brew, want one?
K

On Thu, 12 Feb 2026 at 10:41, Lisa Hesketh <l.hesketh@example-school.org.uk> wrote:

> Are you ok? You looked fuming in the office
""")

M(slug="oxford_offer_congrats", label="flag", note="disguised: repeated letters 'FUUUUUCK' in teacher's congratulations to a student",
  frm=S["okafor"], to=[ST["obi"]],
  subject="OXFORD!!!!",
  date="Tue, 13 Jan 2026 17:04:58 +0000", style="gmail", fmt="alt",
  body="""Obi!!! Just seen your message - FUUUUUCK YES!!! An offer from Oxford!!! I am so, so proud of you. I actually shouted in the staffroom.

Come and find me tomorrow, I'm in A17 all morning. There may be cake.

Dr O
""")

M(slug="governor_learning_walk", label="flag", note="disguised: dotted 'w.a.n.k.e.r' about a governor, staff to staff; quoted reply",
  frm=S["faz"], to=[S["mcgovern"]],
  subject="Re: learning walk",
  date="Tue, 20 Jan 2026 13:09:27 +0000", style="plain", fmt="plain", cte="quoted-printable",
  ua="Apple Mail",
  body="""Ha, yes. Sat through his "learning walk" this morning. He spent ten minutes in my lesson, didn't speak to a single student, then told me criminology "isn't a real subject" in front of 12F. What a complete w.a.n.k.e.r.

Is he the one Marie said was "very supportive of the curriculum"? I'd hate to see unsupportive.

T

> On 20 Jan 2026, at 12:51, Siobh\u00e1n McGovern <s.mcgovern@example-school.org.uk> wrote:
>
> Did you get the governor with the bow tie? He came into mine at 10. S
""")

M(slug="film_society_licence", label="flag", note="disguised: Cyrillic homoglyphs in 'arsehole' and 'bastard' (plain+HTML)",
  frm=S["doyle"], to=[S["faz"]],
  subject="film society licence",
  date="Tue, 10 Feb 2026 12:14:36 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Tony - the distributor has only gone and cancelled our screening licence for Thursday's film society. Two days' notice. When I rang them, the bloke on the phone was a proper \u0430rs\u0435hol\u0435 about it, said we should have "read the small print". Forty kids signed up and posters all over college. B\u0430st\u0430rd.

Any chance you'd lend me your Twelve Angry Men DVD as a backup? It's on our public licence list.

Ryan""")

M(slug="staff_football_ref", label="flag", note="disguised: full-width letters 'BELLEND' about a referee, staff to staff",
  frm=S["faz"], to=[S["cockburn"]],
  subject="Re: staff footy",
  date="Thu, 27 Nov 2025 07:52:18 +0000", style="plain", fmt="plain", cte="8bit",
  ua="Apple Mail",
  body="""Did you see the ref last night? Gave them a penalty for THAT. Absolute \uff22\uff25\uff2c\uff2c\uff25\uff2e\uff24. We were robbed la.

Same time next week? I'll bring the bibs.
T

> On 26 Nov 2025, at 22:15, Daniel Cockburn <d.cockburn@example-school.org.uk> wrote:
>
> Good effort tonight. Knee's gone again mind. D
""")

M(slug="parent_phone_call_vent", label="flag", note="disguised: zero-width characters inside 'prick' and 'shite' (QP multipart)",
  frm=S["mulhearn"], to=[S["mcgovern"]],
  subject="parent phone call",
  date="Mon, 15 Dec 2025 16:37:43 +0000", style="outlook", fmt="alt", cte="quoted-printable",
  body="""Siobh\u00e1n, just a heads up - I've had Ruby's dad on the phone for 25 minutes about her History mock. He was a total pr\u200bick: shouted at me, said I'd "marked her down out of spite" and that he's going to the governors. He'll probably ring you next because he mentioned Law as well. I've logged the call.

Sh\u200bite start to the week.

Sean""")

HELPLINE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<div class="WordSection1">
<p class="MsoNormal">Julie,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I've just spent 50 minutes on hold to the exam board about the missing Y13 scripts, and then the woman I finally got through to was a complete <span style="color:#1F1F1F">ar</span><span style="color:#1F1F1F">sehole</span> about it &ndash; told me it was &ldquo;a centre error&rdquo; before I'd even finished explaining.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">It's been a &#115;&#104;&#105;&#116; day. Can you hold the invigilators for tomorrow until I've heard back? I'm going home at 4 whatever happens.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">K</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Kevin Lunt</b><br>Exams Officer<br>Example School Catholic Sixth Form College | Park Row, LS1 4AP | 01632 960000</p>
</div></body></html>
"""

M(slug="exam_board_helpline", label="flag", note="disguised: HTML-only, 'arsehole' split by span tags, 'shit' as numeric entities",
  frm=S["exams"], to=[S["cover"]],
  subject="exam board helpline",
  date="Wed, 21 Jan 2026 14:55:09 +0000", style="outlook", fmt="html", cte="quoted-printable",
  html=HELPLINE_HTML)

M(slug="careers_fair_agency", label="flag", note="disguised: quoted-printable soft line break inside 'twat'",
  frm=S["jbirchall"], to=[S["rimmer"]],
  subject="careers fair feedback",
  date="Fri, 6 Mar 2026 10:21:37 +0000", style="plain", fmt="plain", cte="quoted-printable",
  body="""Paul,

Thanks for helping out at the careers fair yesterday. Mostly it went really well - the university stands were mobbed, and the apprenticeship people said it was their best fair this year.

The one bad bit: the fella from the recruitment agency on stand 12 was a right tw""" + SOFT + """at to the Y13s. He told two of the girls that law "wasn't for people from round here" and told another one to "get a trade instead". I'm not having him back.

If any of your tutees mention it, could you let me know?

Jo
""")

M(slug="d_block_wifi_subject", label="flag", note="disguised: 'shite' only in RFC 2047 base64-encoded subject (with emoji)",
  frm=S["gallagher"], to=[S["office"]],
  subject="Wi-Fi in D block \U0001F644 absolute shite, sorry", subj_enc="B",
  date="Tue, 10 Mar 2026 11:03:21 +0000", style="plain", fmt="plain", cte="7bit",
  body="""Karen - yes, I know, I've had eleven e-mails about it. The access point controller for D block has died again. New one's coming tomorrow morning and I'll fit it first thing.

If anyone asks, tell them to use the library or the A block rooms till then. Sorry.

Steve
""")


# ====================================================================== WRITE


README = """# Round 28 hold-out: obscene-language (BLIND)

**Blind test corpus: never use these messages for tuning, rule writing or threshold
setting.** They were written without looking at mailguard's code, rules, tests or docs,
so that they measure how the filter does on mail nobody tuned it on.

## What it is

{total} synthetic e-mail messages ({flag} `flag`, {clean} `clean`) for the policy clause:
staff must not use obscene language or swear words, nor make offensive comments on grounds
of gender, race, disability, age, religion or sexual orientation, in any electronic
communication.

Setting for this round: a large Catholic sixth-form college on Merseyside (ages 16-19):
A levels and BTECs (law, psychology, classics, biology, film studies, criminology), UCAS
references and personal statements, a chaplaincy and retreats, students with part-time jobs
and cars, scouse dialect, tutors who e-mail students directly. The staff domain is
example-school.org.uk, students are at pupils.example-school.org.uk, and the three parents
are the ones in directory/parents.csv. All other people, addresses and numbers are
fictitious (Ofcom drama ranges; example.com/.org/.net for outside organisations).

Label = what the college's designated safeguarding lead would want, judging the sending
member of staff's own words. Judgement calls are marked `[unsure]` in the note column.

## Files

- `NNN_<flag|clean>_<slug>.eml` - full RFC 5322 messages.
- `labels.csv` - `file,expected,sender,recipients,note` (recipients = To + Cc, space separated).
- `../make_round28_obscene.py` - the generator (Python 3.11, standard library only).

## Regenerate

    python3 tests/holdout/round28/make_round28_obscene.py

The output is deterministic (fixed dates, Message-IDs, MIME boundaries and file order):
running it twice gives byte-identical files. It deletes and rewrites only the `.eml`
files, `labels.csv` and `README.md` in `obscene-language/`.

## Counts

| expected | kind | count |
|---|---|---|
| flag | plain swearing / slur in the author's own words | {flag_plain} |
| flag | disguised (masks, leetspeak, repeated/spaced letters, homoglyphs, full-width, zero-width, HTML tags/entities, QP soft break, base64 body, RFC 2047 subject) | {flag_disg} |
| clean | everyday college mail | {clean_every} |
| clean | hard negatives | {clean_hard} |
| **total** | | **{total}** |

Formats: {n_plain} text/plain only, {n_alt} multipart/alternative, {n_html} HTML-only;
{n_att} with attachments; {n_qp} use quoted-printable and {n_b64} base64 somewhere;
{n_2047} have RFC 2047 encoded subjects or names.

## Kinds of case

- Flags: casual staff-to-staff venting (timetable, printers, car park, parents, governors,
  the exam board), a tutor telling a student to stop "pissing about", an over-excited
  teacher swearing in congratulations to a student, an exams officer swearing to a parent,
  slurs on sexual orientation, disability, race and gender; one with the words only in a
  CSV attachment, one only in an encoded subject.
- Disguises: `f*cking`/`sh!t`, `b1tch`/`sh1te`, `FUUUUUCK`, `w.a.n.k.e.r`, Cyrillic
  letters, full-width letters, zero-width spaces, a word split across HTML `<span>`s and
  numeric entities, a QP soft line break inside the word, a base64 body, a base64 RFC 2047
  subject.
- Hard negatives: place names (Scunthorpe, Penistone, Cockermouth, Twatt, Sussex,
  Clitheroe), surnames (Cockburn, Hancock, Dickens, Shufflebottom, Cockayne, Wankhede),
  food (faggots, spotted dick, cock-a-leekie), birds (shags, great tits, cock pheasant),
  a dog (bitch, cockapoo), sports kit and positions, biology and psychology vocabulary
  (reproduction, Freud), microbiology, Latin (Cunctator), German (Ausfahrt, Fahrt, Gift),
  set texts (King Lear, Othello, Chaucer), law cases quoting words (R v Rogers,
  Harvey v DPP), RSE and RS sexual-ethics letters, outdated SEND/psychology terms,
  staff-only safeguarding reports quoting pupils verbatim, a behaviour-policy discussion
  listing the words logged, and polite replies where the swearing is only in the
  parent's or student's quoted message.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MSGS)))
    random.Random(2028).shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(m))
        recips = " ".join(a for _, a in m["to"] + m.get("cc", []))
        rows.append([fname, m["label"], m["frm"][1], recips, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    flags = [m for m in MSGS if m["label"] == "flag"]
    cleans = [m for m in MSGS if m["label"] == "clean"]
    stats = dict(
        total=len(MSGS), flag=len(flags), clean=len(cleans),
        flag_plain=sum(1 for m in flags if not m["note"].startswith(("disguised", "slur, disguised"))),
        flag_disg=sum(1 for m in flags if m["note"].startswith(("disguised", "slur, disguised"))),
        clean_hard=sum(1 for m in cleans if m["note"].startswith("hard neg")),
        clean_every=sum(1 for m in cleans if not m["note"].startswith("hard neg")),
        n_plain=sum(1 for m in MSGS if m.get("fmt", "plain") == "plain"),
        n_alt=sum(1 for m in MSGS if m.get("fmt") == "alt"),
        n_html=sum(1 for m in MSGS if m.get("fmt") == "html"),
        n_att=sum(1 for m in MSGS if m.get("attachments")),
        n_qp=sum(1 for m in MSGS if b"quoted-printable" in build(m)),
        n_b64=sum(1 for m in MSGS if b"Content-Transfer-Encoding: base64" in build(m)),
        n_2047=sum(1 for m in MSGS if b"=?UTF-8?" in build(m)),
    )
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README.format(**stats))
    print(f"wrote {len(MSGS)} messages to {OUT}")


if __name__ == "__main__":
    main()
