#!/usr/bin/env python3
"""Generate the round-28 BLIND held-out corpus for the personal-address-to-parent module.

Setting: a large Catholic sixth-form college on Merseyside (ages 16-19).
Writes NNN_<flag|clean>_<slug>.eml files, labels.csv and nothing else into
personal-address-to-parent/ next to this script. Deterministic: fixed dates,
Message-IDs and MIME boundaries; running it twice gives byte-identical output.

Python 3.11 standard library only.
"""
import base64
import csv
import hashlib
import html
import io
import os
import quopri
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"


def S(name, local):
    return (name, f"{local}@{SCHOOL}")


def P(name, local):
    return (name, f"{local}@{PUP}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

# ---- staff -----------------------------------------------------------------
MOLYNEUX = S("Catherine Molyneux", "c.molyneux")
RIMMER = S("Kieran Rimmer", "k.rimmer")
BRENNAN = S("Dr Aisling Brennan", "a.brennan")
HESKETH = S("Tom Hesketh", "t.hesketh")
OKAFOR = S("Nadia Okafor", "n.okafor")
GALLAGHER = S("Danny Gallagher", "d.gallagher")
FAZAKERLEY = S("Lisa Fazakerley", "l.fazakerley")
COSTIGAN = S("Paul Costigan", "p.costigan")
UCAS = S("UCAS & Careers", "ucas")
OFFICE = S("Jackie Kinsella", "office")
OFFICE_NEWS = S("Example School Sixth Form College", "office")
ATTEND = S("Maureen Tyrer", "attendance")
DSL = S("Siobhán McArdle", "dsl")
EXAMS = S("Graham Roscoe", "exams")
FINANCE = S("Pauline Jenkins", "finance")
DUNNE = S("Hayley Dunne", "h.dunne")
SCULLY = S("Vinny Scully", "v.scully")
CHEUNG = S("Lauren Cheung", "l.cheung")
HANRATTY = S("Sean Hanratty", "s.hanratty")
PATEL = S("Raj Patel", "r.patel")
LUNT = S("Gemma Lunt", "g.lunt")
FLYNN = S("Bernadette Flynn", "b.flynn")
KEEGAN = S("Fr Anthony Keegan", "a.keegan")
NOWAK = S("Marek Nowak", "m.nowak")
WHELAN = S("Rosie Whelan", "r.whelan")
DEVINE = S("Orla Devine", "o.devine")
BYRNE = S("Conor Byrne", "c.byrne")
ADEYEMI = S("Jamal Adeyemi", "j.adeyemi")
QUIGLEY = S("Frank Quigley", "f.quigley")
TIERNEY = S("Shannon Tierney", "s.tierney")
KERRIGAN = S("Jo Kerrigan", "j.kerrigan")
RAMAN = S("Priya Raman", "p.raman")
MORRISSEY = S("Declan Morrissey", "d.morrissey")
ASHWORTH = S("Dominic Ashworth", "d.ashworth")
ROONEY = S("Jade Rooney", "j.rooney")
KAVANAGH = S("Terry Kavanagh", "t.kavanagh")
# staff mailboxes used as recipients
HR = S("HR", "hr")
COVER = S("Sue Maddocks", "cover")
ALLSTAFF = S("All Staff", "allstaff")
HUMANITIES = S("Humanities Staff", "humanities")

# ---- students ----------------------------------------------------------------
KAYLEIGH = P("Kayleigh Murphy", "24kmurphy")
LIAM = P("Liam O'Brien", "24lobrien")
ELLIE = P("Ellie Casey", "24ecasey")
TUAN = P("Tuan Nguyen", "25tnguyen")
MEGAN = P("Megan Owens", "25mowens")
REHAN = P("Rehan Khan", "24rkhan")
SAOIRSE = P("Saoirse Fitzgerald", "25sfitzgerald")
JACK = P("Jack McDermott", "24jmcdermott")
ANIA = P("Ania Kowalski", "25akowalski")
CALLUM = P("Callum Barnes", "25cbarnes")
HOLLY = P("Holly Jones", "24hjones")
NIAMH = P("Niamh Parry", "24nparry")
BRANDON = P("Brandon Williams", "25bwilliams")
ZARA = P("Zara Ahmed", "24zahmed")
LEWIS = P("Lewis Quinn", "25lquinn")
GRACE = P("Grace Morris", "24gmorris")
PATRICK = P("Patrick Duffy", "25pduffy")
AMELIA = P("Amelia Hughes", "24ahughes")
ZOE = P("Zoë Hartley", "25zhartley")
ESTHER = P("Esther Mensah", "25emensah")
YEAR12 = P("Year 12 Students", "year12")
YEAR13 = P("Year 13 Students", "year13")
ALLSTUDENTS = P("All Students", "allstudents")

COLLEGE = "Example School Catholic Sixth Form College"
ADDR = "Park Row, Leeds LS1 4AP"


def T(s):
    """Strip the first newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def dt(y, mo, d, h, mi, s=0):
    naive = datetime(y, mo, d, h, mi, s)
    bst = (datetime(2025, 3, 30, 1) <= naive < datetime(2025, 10, 26, 1)) or (
        datetime(2026, 3, 29, 1) <= naive < datetime(2026, 10, 25, 1))
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(naive.replace(tzinfo=tz))


# ---- encodings -----------------------------------------------------------------

def enc_body(text, cte):
    data = text.encode("utf-8")
    if cte in ("7bit", "8bit"):
        return text if text.endswith("\n") else text + "\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def choose_cte(text, cte):
    if cte != "auto":
        return {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    ascii_ok = all(ord(c) < 128 for c in text)
    short = all(len(l) <= 76 for l in text.split("\n"))
    return "7bit" if ascii_ok and short else "quoted-printable"


def text_part(text, subtype, cte="auto", flowed=False):
    cte = choose_cte(text, cte)
    if cte == "7bit" and any(ord(c) > 127 for c in text):
        raise ValueError("non-ascii in 7bit part")
    ct = f'text/{subtype}; charset="utf-8"'
    if flowed:
        ct = f"text/{subtype}; charset=utf-8; format=flowed"
    head = f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n"
    return head, enc_body(text, cte)


def attachment_part(att):
    fn = att["filename"]
    ct = att["ctype"]
    cte = att.get("cte", "base64")
    data = att["data"]
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("utf-8")
        if not body.endswith("\n"):
            body += "\n"
    head = (f'Content-Type: {ct};\n\tname="{fn}"\n'
            f'Content-Description: {fn}\n'
            f'Content-Disposition: attachment;\n\tfilename="{fn}"\n'
            f"Content-Transfer-Encoding: {cte}\n")
    return head, body


def multipart(subtype, boundary, parts, preamble=None):
    out = ""
    if preamble:
        out += preamble + "\n\n"
    for head, body in parts:
        out += f"--{boundary}\n{head}\n{body}"
        if not body.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    head = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n'
    return head, out


def fmt_addr(a):
    return formataddr(a, charset="utf-8")


def fmt_addrs(lst, name):
    items = [fmt_addr(a) for a in lst]
    lines, cur = [], f"{name}: "
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + len(piece) > 76 and cur.strip() not in (f"{name}:",):
            lines.append(cur.rstrip())
            cur = " " + piece + " "
        else:
            cur += piece + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)


def enc_header(name, value):
    if all(ord(c) < 128 for c in value) and len(name) + 2 + len(value) <= 78:
        return f"{name}: {value}"
    if all(ord(c) < 128 for c in value):
        wrapped = textwrap.wrap(value, 70, break_long_words=False, break_on_hyphens=False)
        return f"{name}: " + "\n ".join(wrapped)
    h = Header(value, "utf-8", maxlinelen=76, header_name=name)
    return f"{name}: " + h.encode(linesep="\n")


# ---- HTML renderers ---------------------------------------------------------------

OUTLOOK_HEAD = T("""
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
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
""")


def o_lines(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
    return "\n".join(out)


def html_outlook(text, quote=None):
    body = OUTLOOK_HEAD + o_lines(text) + "\n"
    if quote:
        q = quote
        hdr = (f'<p class="MsoNormal"><b>From:</b> {html.escape(q["from"], quote=False)}<br>\n'
               f'<b>Sent:</b> {q["sent"]}<br>\n'
               f'<b>To:</b> {html.escape(q["to"], quote=False)}<br>\n')
        if q.get("cc"):
            hdr += f'<b>Cc:</b> {html.escape(q["cc"], quote=False)}<br>\n'
        hdr += f'<b>Subject:</b> {html.escape(q["subject"], quote=False)}<o:p></o:p></p>\n'
        body += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                 '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 + hdr + "</div>\n" + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + o_lines(q["text"]) + "\n")
    body += "</div>\n</body>\n</html>\n"
    return body


def g_lines(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append("<div><br></div>" if line.strip() == "" else f"<div>{html.escape(line, quote=False)}</div>")
    return "\n".join(out)


def html_gmail(text, quote=None):
    body = '<div dir="ltr">' + g_lines(text) + "</div>"
    if quote:
        qtext = "<br>\n".join(html.escape(l, quote=False) for l in quote["text"].rstrip("\n").split("\n"))
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 + html.escape(quote["attr"], quote=False) + "<br></div>"
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qtext + "<br>\n</blockquote></div>")
    return body + "\n"


def plain_with_quote(text, quote):
    if not quote:
        return text
    text = text.rstrip("\n") + "\n\n"
    if quote["style"] == "outlook":
        q = quote
        block = "________________________________\n"
        block += f"From: {q['from']}\nSent: {q['sent']}\nTo: {q['to']}\n"
        if q.get("cc"):
            block += f"Cc: {q['cc']}\n"
        block += f"Subject: {q['subject']}\n\n{q['text']}"
        return text + block
    # gmail / apple style
    lines = quote["text"].rstrip("\n").split("\n")
    return text + quote["attr"] + "\n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"


# ---- small file formats ---------------------------------------------------------------

def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def mini_pdf(lines):
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for l in lines:
        ops.append(f"({pdf_escape(l)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---- message assembly ---------------------------------------------------------------

MESSAGES = []


def add(label, slug, note, frm, to, subject, date, text=None, *, cc=(), client="outlook",
        kind="alt", quote=None, html_body=None, plain_cte="auto", html_cte="auto",
        attachments=(), reply_to=None, in_reply_to=None, wrap=False, extra_headers=()):
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, text=text, client=client, kind=kind,
                         quote=quote, html_body=html_body, plain_cte=plain_cte, html_cte=html_cte,
                         attachments=list(attachments), reply_to=reply_to,
                         in_reply_to=in_reply_to, wrap=wrap, extra_headers=list(extra_headers)))


def hard_wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        indent = ""
        for lead in ("- ", "* ", "  "):
            if line.startswith(lead):
                indent = "  "
        out.extend(textwrap.wrap(line, width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def render(m, n):
    h = hashlib.sha1(f"round28-personal-{m['slug']}".encode()).hexdigest()
    H = h.upper()
    client = m["client"]
    if client == "outlook":
        host = f"LO{int(h[0], 16) % 4 + 2}P265MB{int(h[1:5], 16) % 9000 + 1000}"
        msgid = f"<{host}{H[5:21]}@{host}.GBRP265.PROD.OUTLOOK.COM>"
        b_alt = f"_000_{host}{H[5:21]}{host}GBRP_"
        b_mix = f"_004_{host}{H[5:21]}{host}GBRP_"
    elif client == "gmail":
        tok = base64.b64encode(bytes.fromhex(h + h[:8])).decode().rstrip("=").replace("/", "_")
        msgid = f"<CA+{tok[:40]}@mail.gmail.com>"
        b_alt = "000000000000" + h[:12]
        b_mix = "000000000000" + h[12:24]
    else:
        msgid = f"<{h[:12]}.{h[12:20]}@{SCHOOL}>"
        b_alt = f"------------{H[:24]}"
        b_mix = f"------------{H[16:40]}"

    text = m["text"]
    if m["wrap"]:
        text = hard_wrap(text)
    quote = m["quote"]
    plain = plain_with_quote(text, quote)

    # body structure
    if m["kind"] == "plain":
        body_part = text_part(plain, "plain", m["plain_cte"])
    elif m["kind"] == "html":
        body_part = text_part(m["html_body"], "html", m["html_cte"])
    else:
        if m["html_body"] is not None:
            hb = m["html_body"]
        elif client == "gmail":
            hb = html_gmail(text, quote)
        else:
            hb = html_outlook(text, quote)
        body_part = multipart("alternative", b_alt, [
            text_part(plain, "plain", m["plain_cte"]),
            text_part(hb, "html", m["html_cte"]),
        ])
    if m["attachments"]:
        parts = [body_part] + [attachment_part(a) for a in m["attachments"]]
        body_part = multipart("mixed", b_mix, parts,
                              preamble=None if client in ("outlook", "gmail")
                              else "This is a multi-part message in MIME format.")

    hdrs = [f"From: {fmt_addr(m['frm'])}", fmt_addrs(m["to"], "To")]
    if m["cc"]:
        hdrs.append(fmt_addrs(m["cc"], "Cc"))
    if m["reply_to"]:
        hdrs.append(f"Reply-To: {fmt_addr(m['reply_to'])}")
    hdrs.append(enc_header("Subject", m["subject"]))
    if client == "outlook":
        hdrs.append(enc_header("Thread-Topic", m["subject"].split(": ", 1)[-1] if m["subject"][:4] in ("RE: ", "FW: ") else m["subject"]))
        idx = base64.b64encode(bytes.fromhex(h[:30])).decode()
        hdrs.append(f"Thread-Index: {idx}")
    hdrs.append(f"Date: {m['date']}")
    hdrs.append(f"Message-ID: {msgid}")
    if m["in_reply_to"]:
        hdrs.append(f"In-Reply-To: {m['in_reply_to']}")
        hdrs.append(f"References: {m['in_reply_to']}")
    if client == "outlook":
        hdrs.append("Accept-Language: en-GB, en-US")
        hdrs.append("Content-Language: en-GB")
        hdrs.append(f"X-MS-Has-Attach: {'yes' if m['attachments'] else ''}".rstrip())
        hdrs.append("X-MS-TNEF-Correlator:")
    elif client == "gmail":
        pass
    elif client == "thunderbird":
        hdrs.append("User-Agent: Mozilla Thunderbird")
        hdrs.append("Content-Language: en-GB")
    elif client == "mailer":
        hdrs.append("X-Mailer: Example School Comms (ParentMail bridge)")
    for eh in m["extra_headers"]:
        hdrs.append(eh)
    hdrs.append("MIME-Version: 1.0")
    head, body = body_part
    raw = "\n".join(hdrs) + "\n" + head + "\n" + body
    return crlf(raw)


def all_recipients(m):
    return " ".join(a[1] for a in m["to"] + m["cc"])


# =====================================================================================
# SIGNATURES
# =====================================================================================

def sig(name, role, *extra):
    lines = [name, role, COLLEGE, ADDR, "Tel: 01632 960000 | www.example-school.org.uk"]
    return "\n".join(lines + list(extra))


def sig_short(name, role):
    return f"{name}\n{role}\n{COLLEGE} | 01632 960000"


DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
              "addressee. If you have received it in error please tell the sender and delete it. "
              "Views expressed are those of the individual and not necessarily those of Example School.")

# =====================================================================================
# FLAG MESSAGES (20)
# =====================================================================================

add("flag", "text_me_mock_trial", "personal mobile (dotted) given to a student: 'text me' before mock trial",
    RIMMER, [LIAM], "Mock trial Saturday - meeting point", dt(2025, 11, 13, 16, 47),
    T("""
Liam,

Sound, thanks for putting your name down for the Bar Mock Trial heat on Saturday. We're meeting outside the Crown Court on Derby Square at 9.15 - don't be late, the ushers lock the public gallery once the first round starts and they won't let us back in.

Bring: the witness statements (the annotated copy, not the clean one), your gown if you kept the one from the regional round, and something to eat because there's nowhere open inside.

If the trains are up the wall again just text me on 07700.900.312 and I'll tell the organisers you're on your way. That's my own phone so don't be passing it round the group, la.

You'll smash it. Your cross-examination of the pathologist last week was boss.

Mr Rimmer

Kieran Rimmer
Teacher of Law
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="thunderbird", kind="plain", wrap=True)

add("flag", "psych_sig_personal_mobile", "personal mobile (hyphenated) in signature of reply to parent, with invitation to ring it",
    BRENNAN, [JANE], "RE: Psychology mock - Example Pupil One", dt(2025, 11, 6, 16, 20),
    T("""
Dear Mrs Parent,

Thank you for getting back to me so quickly, and please don't worry - a D in the October mock is not where she'll end up. It was a full Paper 2 (approaches, biopsychology and research methods) and most of the group found the 16-mark evaluation question on the biological approach hard going. Her short answers were actually strong; she ran out of time on the long ones.

What I'd suggest:
- she comes to the Tuesday revision drop-in (Room H14, 3.30-4.30) for the next few weeks;
- she redoes the 16-marker using the PEEL scaffold I've put on Teams, and I'll mark it over the weekend;
- we look at timing together, because she's spending far too long on the 2-markers.

If it's easier than e-mail, feel free to give me a ring one evening and we can talk it through properly - my mobile is in my signature below. I'm usually around after 7.

Kind regards,

Dr Aisling Brennan
Head of Psychology
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP
College: 01632 960000
Mobile (personal): 07700-900-415
"""), quote=dict(style="outlook", **{"from": "Jane Parent <jane.parent@gmail.com>"},
                 sent="05 November 2025 21:47", to="Aisling Brennan <a.brennan@example-school.org.uk>",
                 subject="Psychology mock - Example Pupil One",
                 text=T("""
Dr Brennan,

She came home really upset about her psychology mock tonight. She says she got a D and that she "just doesn't get" the essay questions. Is there anything we can do at home? She's predicted a B for UCAS and she's worried that'll change.

Thanks
Jane
""")), in_reply_to="<CAJp7x0tQ4mZ1Lr2vN8sK5dE9yB3wH6gF2uA0cT@mail.gmail.com>")

add("flag", "whatsapp_film_crews", "WhatsApp group invite link plus personal mobile to Y13 film students",
    GALLAGHER, [ELLIE, JACK, NIAMH, ZARA], "NEA crews - moving the chat", dt(2025, 11, 10, 19, 42),
    T("""
Hiya all,

Quick one. Trying to share rushes and call sheets through Teams has been a nightmare this week (Ellie, I know you've tried to upload that 4GB clip three times - sorry).

So I've set up a WhatsApp group for the four short-film crews. Join with this link:
https://chat.whatsapp.com/Hx7Qb2LmP0aZ9kTfR4eW1c

If the link doesn't work just message me on 07700 900587 and I'll add you myself. Shooting schedules, location changes, who's got the Zoom recorder - all on there from now on.

Deadline for the rough cut is still Friday 28th November. No extensions, la, the moderator wants samples before Christmas.

Cheers,
Mr G

Danny Gallagher
Film Studies
Example School Catholic Sixth Form College | 01632 960000
"""), client="gmail", kind="plain")

add("flag", "hotmail_latin_halfterm", "personal Hotmail address given to carer for half-term contact (base64 body)",
    HESKETH, [SAM], "Latin over half term", dt(2025, 10, 24, 15, 5),
    T("""
Dear Sam,

Thanks for coming in on Thursday - it was good to meet you properly, and I think Pupil Two left the meeting a lot happier than he came in.

As promised, here's the plan for half term. He doesn't need to do everything, but if he can get through the first 60 lines of the Aeneid Book 4 prescription with the vocab sheet, he'll walk back in on the 3rd ahead of most of the group rather than behind. The grammar booklet (pages 14–22, participles and the ablative absolute) is the other priority. He's got both in his folder.

The college inbox isn't checked over the holiday, so if he gets stuck, or you want to talk about whether he keeps Latin on alongside Classical Civilisation, e-mail me at home instead: tomhesketh.classics@hotmail.co.uk. I'll try to reply the same evening.

Have a good break,

Tom Hesketh
Classics Department
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP · 01632 960000
"""), client="outlook", kind="alt", plain_cte="b64", html_cte="b64")

add("flag", "chaplain_home_letterbox", "lay chaplain gives students her home address to drop retreat forms through the letterbox",
    FLYNN, [SAOIRSE, ANIA, PATRICK], "Year 12 retreat – forms and deposits", dt(2025, 11, 12, 12, 30),
    T("""
Hi Saoirse, Ania and Patrick,

Lovely to see the three of you at the retreat meeting in the chaplaincy yesterday. I've still not got your consent forms or the £40 deposits, and the retreat house needs final numbers by next Wednesday (19th), so I need them by Monday at the latest.

I'm not in college on Friday or Monday morning (training day at the Archdiocese). If you can't catch me before then, you can drop the forms and the money in an envelope through my letterbox at home: 9 Brackenwood Mews, Aigburth, L17 8QT. It's two minutes from the 82 stop on Aigburth Road. Just put your name on the front.

Don't forget the medical section needs a parent's signature even though you're 16 or 17 – the retreat house insist on it.

God bless, and see you at Mass on Thursday,

Bernadette

Bernadette Flynn
Lay Chaplain
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt", plain_cte="qp", html_cte="qp")

add("flag", "replyto_personal_gmail", "Reply-To header set to teacher's personal Gmail on mail to a parent; body says 'reply to this'",
    OKAFOR, [ALI], "Pupil Three - required practicals catch-up", dt(2025, 11, 18, 17, 55),
    T("""
Dear Mr Guardian,

I'm writing about your daughter's biology required practicals. Because of her time off in October she has missed three of them (RP4 enzyme activity, RP5 chromatography and RP6 the effect of antibiotics on bacterial growth). These have to be completed and written up in her lab book for the practical endorsement, which is a pass/fail on her certificate separate from the A level grade.

I've booked the lab for Thursday 27th November and Thursday 4th December, 3.30 to 5pm, so she can catch up with two others from the group. She'll need her lab book and a calculator.

Could you let me know whether she's able to stay on those two evenings? I know she works at the weekend so I've tried to keep it to weekdays. Just reply to this e-mail and it'll come straight through to me.

Many thanks,
Ms N. Okafor
Teacher of Biology
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="gmail", kind="alt", reply_to=("Nadia Okafor", "nadia.okafor.bio@gmail.com"))

add("flag", "cc_personal_gmail_epq", "teacher Cc's own personal Gmail and asks student to send the EPQ draft there",
    NOWAK, [ZARA], "EPQ draft - send it to my other address", dt(2025, 12, 5, 16, 12),
    T("""
Hi Zara,

Thanks for the update. It sounds like the dissertation is really coming together - 4,200 words already is ahead of where most people are.

The college system won't open big Word files with all those images on my laptop at home (I think it's the tracked changes), so I've cc'd my own e-mail on this. Send the full draft to marek.nowak82@gmail.com over the weekend and I'll go through it on Sunday and get comments back before your supervision slot on Tuesday.

Things I'll be looking at:
- whether your literature review actually argues something rather than summarising
- the ethics section - you need to say more about consent for the under-18s in your survey
- referencing (Harvard, and consistent please!)

Marek

Mr M. Nowak
Psychology & EPQ Supervisor
Example School Catholic Sixth Form College
"""), cc=[("Marek Nowak", "marek.nowak82@gmail.com")], client="thunderbird", kind="plain", wrap=True)

add("flag", "html_nbsp_mobile_criminology", "HTML-only mail to parent: personal mobile written with &nbsp; between groups",
    FAZAKERLEY, [JANE], "Criminology coursework – catch-up plan", dt(2025, 12, 10, 20, 3),
    kind="html", client="outlook", html_cte="qp", html_body=T("""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p {margin:0 0 10px 0; font-family:Calibri,Arial,sans-serif; font-size:11pt;}</style>
</head>
<body>
<p>Dear Mrs Parent,</p>
<p>Thank you for letting me know about the family situation &ndash; please pass on my best to Example Pupil One, and tell her not to worry about college this week.</p>
<p>For Criminology, the only thing with a deadline before Christmas is the internal draft of her Unit 3 work (Crime Scene to Courtroom). I&rsquo;m happy to move her draft deadline to Friday 23 January; the controlled assessment itself isn&rsquo;t until March, so she has plenty of time.</p>
<p>So she knows exactly where she is, this is what&rsquo;s still to do:</p>
<ul>
<li>AC1.1&ndash;1.3 &ndash; roles of personnel at a crime scene (draft done, needs references)</li>
<li>AC2.1 &ndash; the CPS and the decision to prosecute (not started)</li>
<li>AC3.1 &ndash; the use of laypeople in criminal cases (half done)</li>
</ul>
<p>If you&rsquo;d rather talk it through than go back and forth on e-mail, ring me on my mobile: 07700&nbsp;900&nbsp;641. I&rsquo;m usually free after half four.</p>
<p>Best wishes,</p>
<p>Lisa Fazakerley<br>
Criminology<br>
Example School Catholic Sixth Form College<br>
Park Row, Leeds LS1&nbsp;4AP<br>
01632&nbsp;960000</p>
</body>
</html>
"""))

add("flag", "plus44_mobile_car_wash", "progress tutor gives carer his own mobile in +44 (0) format, 'text or WhatsApp'",
    SCULLY, [SAM], "Pupil Two – attendance and the car wash job", dt(2025, 11, 21, 15, 40),
    T("""
Hi Sam,

Thanks for the call back earlier, sorry we kept missing each other.

Just to put in writing what we said: Pupil Two's attendance is at 83% this half term, which is below the 90% he needs for his bursary, and most of the missing sessions are Monday and Friday afternoons. He's been honest with me that he's been picking up extra shifts at the hand car wash on the retail park because they're short-staffed. I understand money is tight and I'm not having a go at him for working – loads of our students do – but he can't keep missing law and business.

What we agreed:
• he talks to his manager about moving to weekends and Thursday evenings only
• I'll check his register every Friday for the next four weeks
• if he's back up to 90% by Christmas the bursary payments carry on as normal

You don't need to go through the office to get hold of me about this. My own mobile is +44 (0)7700 900238 – text or WhatsApp, whatever's easiest, and I'll get back to you in the evening.

Cheers,
Vinny

Vinny Scully
Progress Tutor, Year 12
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP
"""), client="outlook", kind="plain", plain_cte="qp")

add("flag", "0044_mobile_rome_pilgrimage", "RE teacher gives parent her own mobile in 0044 format for the Rome trip (trip phone also mentioned)",
    WHELAN, [ALI], "Rome pilgrimage - getting hold of us during the week", dt(2026, 3, 24, 13, 14),
    T("""
Dear Mr Guardian,

Thank you for your e-mail, and for the updated medical form - that's all in order now.

To answer your question about getting hold of us in Rome: the college trip phone is 07700 900100 and it stays with Fr Anthony, who's leading the group. That's the number to use for anything urgent, and we'll also post a short update on the college website each evening so you know everyone's safe.

You mentioned you'd rather be able to reach me directly, as Pupil Three's form tutor, in case she has one of her migraines. That's completely understandable. My own mobile will be on all week: 0044 7700 900719 (that's my normal number with the international code, so it works from anywhere). Please don't hesitate.

We leave college at 4.15am on Monday 30th - please don't be late, the coach to Manchester Airport can't wait for anyone.

Best wishes,
Rosie Whelan
RE & Theology / Form Tutor 12RW
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

VCARD = T("""
BEGIN:VCARD
VERSION:3.0
N:Adeyemi;Jamal;;Mr;
FN:Jamal Adeyemi
ORG:Example School Catholic Sixth Form College
TITLE:Law & Criminology
TEL;TYPE=CELL:+447700900154
EMAIL;TYPE=HOME:jamal.adeyemi@icloud.com
ADR;TYPE=HOME:;;22 Quillfield Grove;Wavertree;Liverpool;L15 6ZT;United Kingdom
END:VCARD
""").replace("\n", "\r\n").encode("utf-8")

add("flag", "vcard_interview_prep", "personal mobile, iCloud e-mail and home address only inside an attached vCard sent to a student",
    ADEYEMI, [REHAN], "Cambridge interview - mock sessions", dt(2025, 11, 19, 13, 5),
    T("""
Rehan,

Made up for you - an interview at Cambridge is a massive achievement and you should be proud of yourself. Mrs Devine's told the Principal and she's made up too.

I'll run two mock interviews with you: Tuesday 25th after period 5 in L2, and the following Tuesday at the same time. I'll give you a short problem question on the spot (the kind of contract or tort scenario they like) and we'll talk through your reasoning out loud. Don't try to revise anything specific. Keep reading the news and have a think about the Supreme Court cases you mention in your personal statement, because they will ask.

I've attached my contact card so you've got my details in your phone. If anything comes up in the run-up - they change the time, you want a last-minute practice, you panic the night before - just ring or message me, don't wait for college e-mail.

Mr Adeyemi

Jamal Adeyemi
Law & Criminology
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt",
    attachments=[dict(filename="Jamal Adeyemi.vcf", ctype="text/x-vcard", data=VCARD)])

ICS = T("""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251012T150000Z
DTEND:20251012T153000Z
DTSTAMP:20251008T132500Z
ORGANIZER;CN=Paul Costigan:mailto:paul.costigan.home@gmail.com
UID:3k9v2q7m1r5t8x0b4n6c2z9w1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Grace Morris:mailto:24gmorris@pupils.example-school.org.uk
DESCRIPTION:Personal statement call - ring me on my mobile 07700900862 at 4.
 Have draft 3 open in front of you.
LOCATION:Phone - 07700 900862 (Paul mobile)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grace / Mr Costigan - PS call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""").replace("\n", "\r\n").encode("utf-8")

add("flag", "ics_personal_statement_call", "calendar invite (.ics) to student with personal mobile and personal Gmail organiser",
    COSTIGAN, [GRACE], "Personal statement - Sunday call", dt(2025, 10, 8, 14, 25),
    T("""
Grace,

Sorry I didn't catch you at the end of period 4. I've had a read of draft 3 and it's so much better - the opening about volunteering at the food bank actually says something now instead of "I have always been passionate about...".

There are two things left: the paragraph about your hospital shadowing is still too long, and the ending just stops. I know you're working Saturday and Monday's your placement day, so rather than waiting until Tuesday I've sent you a calendar invite for a quick call on Sunday at 4. It's got my number in it - ring me then and we'll go through it line by line, and you can send me the final version on Monday night.

15 October is the deadline for medicine, so we're tight but fine.

Paul Costigan
UCAS & Careers Coordinator
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000 | ucas@example-school.org.uk
"""), client="gmail", kind="alt",
    attachments=[dict(filename="invite.ics", ctype='text/calendar; charset="UTF-8"; method=REQUEST', data=ICS)])

add("flag", "number_split_linebreak_reference", "Head of Year gives student her mobile; hard-wrapped so the number is split across a line break",
    DEVINE, [AMELIA], "Re: reference", dt(2025, 12, 4, 7, 58),
    T("""
Amelia,

Yes, I've had your reference back from your subject teachers and
I'm putting it together this week, so it should be with Mr Costigan
by Friday. Don't stress - they've all written lovely things. Mr
Byrne in particular: he called you "the best Latin scholar he's
taught in ten years", which I've had to tone down a bit for UCAS.

About your other question. You asked whether you can get hold of
me over the weekend if Durham come back to you before Monday. That's
fine. Normally I'd say e-mail, but I know it's a big deal and I
don't want you sat on it all weekend worrying. My number is 07700
900863 - I'd rather a text first to say it's you.

Good luck with your shift tonight, and don't let them keep you past
ten again, you've got a mock on Monday.

Ms Devine
Head of Year 13
"""), client="thunderbird", kind="plain",
    quote=dict(style="gmail", attr="On 03/12/2025 18:02, Amelia Hughes wrote:",
               text=T("""
Hi Miss, sorry to bother you, has my reference gone off yet? Also if I
hear from Durham at the weekend can I message you? I'll be too nervous
to wait till Monday
Amelia
""")))

add("flag", "snapchat_football_updates", "sports coach asks football squad to add her personal Snapchat for fixture changes",
    CHEUNG, [MEGAN, HOLLY, SAOIRSE, KAYLEIGH, ZOE], "Girls’ football – fixtures and updates", dt(2025, 11, 14, 16, 30),
    T("""
Hi all,

Great effort at Holy Family on Wednesday – 2-2 away from home with ten players for the last twenty minutes is no joke. Holly, hope the ankle's OK.

Fixtures for the rest of the half term:
Wed 19 Nov – home v. St Cuthbert's, 2pm KO, meet at the sports hall 1.15
Wed 26 Nov – away at Northshore College, coach leaves 12.45
Wed 3 Dec – county cup, venue TBC

E-mails keep getting missed (half of you didn't see the kit change last week), so from now on I'll put any last-minute changes – cancellations, kick-off times, who's driving – on Snapchat. Add me: lcheung_coach. It's my own account, so keep it sensible please! If you'd rather not have Snapchat, tell me and I'll sort something else out for you.

Training as normal Monday 3.30.

Miss Cheung
Sport & Enrichment
Example School Catholic Sixth Form College
"""), client="outlook", kind="alt")

add("flag", "instagram_follow_back", "film teacher invites Y13 students to follow her personal Instagram and says she'll follow back",
    KERRIGAN, [ELLIE, JACK, NIAMH, ZARA, LIAM], "Film festival entries + keep in touch", dt(2026, 1, 12, 18, 20),
    T("""
Hi everyone,

Just a reminder that entries for the Northern Young Filmmakers showcase close on Friday 30 January. You can enter your NEA short as long as it's under 5 minutes and you've got music clearance (no Arctic Monkeys, Jack, I'm serious).

I'll be sharing behind-the-scenes stuff from our shoots this year and some of my own photography - I've just started a new page for my work. Follow me on Insta, @jokerrigan.frames, and I'll follow you back so I can share your festival posts. It's a good way to build a bit of an audience for your portfolio before uni.

See you Thursday,
Jo

Jo Kerrigan
Film Studies
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="gmail", kind="alt", html_body=T("""
<div dir="ltr"><div>Hi everyone,</div><div><br></div><div>Just a reminder that entries for the Northern Young Filmmakers showcase close on <b>Friday 30 January</b>. You can enter your NEA short as long as it&#39;s under 5 minutes and you&#39;ve got music clearance (no Arctic Monkeys, Jack, I&#39;m serious).</div><div><br></div><div>I&#39;ll be sharing behind-the-scenes stuff from our shoots this year and some of my own photography - I&#39;ve just started a new page for my work. Follow me on Insta, <a href="https://www.instagram.com/jokerrigan.frames/">@jokerrigan.frames</a>, and I&#39;ll follow you back so I can share your festival posts. It&#39;s a good way to build a bit of an audience for your portfolio before uni.</div><div><br></div><div>See you Thursday,</div><div>Jo</div><div><br></div><div><span style="color:rgb(102,102,102)">Jo Kerrigan<br>Film Studies<br>Example School Catholic Sixth Form College<br>Park Row, Leeds LS1 4AP | 01632 960000</span></div></div>
"""))

add("flag", "discord_classciv_server", "teacher invites Year 13 students to his own Discord server (invite link and username)",
    BYRNE, [AMELIA, REHAN, GRACE, KAYLEIGH], "Revision server for Classical Civ", dt(2026, 1, 7, 18, 50),
    T("""
Right, Year 13 Classical Civ,

Lots of you have asked for somewhere to ask questions in the evenings in the run-up to the mocks. Teams chat is dead after 6pm and I'm never on it, so I've set up a Discord server instead - I'm on Discord most nights anyway.

Invite: https://discord.gg/byrneclassciv
My username is conorb_ (with the underscore). There are channels for the Homer, the Virgil, Greek theatre, and a memes channel that I will be moderating heavily.

Ask whatever you want, share your essay plans, quiz each other. I'll pop in most evenings between 8 and 9.

Quid pro quo: everyone has read Aeneid 6 by Monday.

Mr Byrne
"""), client="thunderbird", kind="plain", wrap=True)

add("flag", "home_landline_brackets", "biology teacher gives parent his home landline in (0151) format in an Outlook reply",
    QUIGLEY, [ALI], "RE: Pupil Three and biology", dt(2025, 12, 2, 17, 31),
    T("""
Hiya Mr Guardian,

Thanks for your e-mail and sorry for the slow reply, I've had Year 12 parents' evening and a pile of marking the size of the Liver Building.

She's doing fine, honestly. The 61% in the genetics test is a solid C, and a lot of what she dropped was on the chi-squared calculation, which we'll be going back over after Christmas anyway. Her practical work is some of the best in the group. If she keeps doing the past paper questions I set every week she'll be right.

I'm a bit old-fashioned and I'd much rather have a proper chat than write essays back and forth. Ring us at home any evening if you like - (0151) 496 0347. If I'm out walking the dog the wife'll take a message.

All the best,
Frank

Frank Quigley
Biology
Example School Catholic Sixth Form College
Tel: 01632 960000
"""), client="outlook", kind="alt",
    quote=dict(style="outlook", **{"from": "Ali Guardian <ali.guardian@btinternet.com>"}, sent="28 November 2025 20:14",
               to="Frank Quigley <f.quigley@example-school.org.uk>", subject="Pupil Three and biology",
               text=T("""
Hello Mr Quigley,

Pupil Three showed me her genetics test (61%) and she's very down about it as she has her heart set on nursing. Is she on track? Would extra tuition help? Happy to talk on the phone if easier.

Regards
Ali Guardian
""")), in_reply_to="<000b01dc6093$2f1a8e40$8d4faac0$@btinternet.com>")

add("flag", "signal_number_unit3", "applied law tutor asks student to message her on Signal, mobile with no spaces (8bit body, encoded subject)",
    TIERNEY, [BRANDON], "Unit 3 – don’t panic 🙂", dt(2026, 2, 6, 15, 55),
    T("""
Brandon,

Had a look at what you've submitted on the Unit 3 draft. It's not as bad as you think it is. The crime scene section is good — you clearly listened in the forensics workshop — you just haven't done anything yet on the trial stage (AC2.1 onwards) and that's half the marks.

I know you've got the weekend at the garage, so here's the deal: do the CPS section on Saturday night and the juries one on Sunday. Use the key-terms sheet, nothing fancy.

If you get stuck over the weekend, Signal me: 07700900505. I'm on there way more than I'm on here and I'll answer quicker. No need to be formal.

Miss T

Shannon Tierney
Applied Law & Criminology
Example School Catholic Sixth Form College
"""), client="thunderbird", kind="plain", plain_cte="8bit", wrap=True)

add("flag", "family_domain_email_holidays", "learning support coordinator gives parent her family-domain home e-mail for the holidays (body and signature)",
    LUNT, [JANE], "Pupil One – support over the holidays", dt(2025, 12, 17, 15, 2),
    T("""
Dear Mrs Parent,

Thank you for coming in to meet with me and Ms Devine last week. I've now updated Pupil One's learning support plan with what we agreed: 25% extra time in the January mocks, use of a laptop for her essay subjects, and a smaller room for psychology and law so she isn't in the main hall.

She mentioned she's worried about the holidays, as she finds it hard to keep going with revision without the structure of college. I've given her a weekly planner and we've agreed she'll send me a quick update each Friday.

I won't be looking at my college e-mail between 20 December and 5 January, so over the break please use my home e-mail instead – gemma@luntfamily.example.net – and I'll pick things up from there.

Merry Christmas to you all,
Gemma

Gemma Lunt
Learning Support Coordinator
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP
College: 01632 960000
Home e-mail (holidays): gemma@luntfamily.example.net
"""), client="outlook", kind="alt")

add("flag", "facebook_messenger_bursary", "student services officer asks carer to add her on Facebook and send documents by Messenger",
    DUNNE, [SAM], "Bursary form and free meals", dt(2025, 9, 24, 11, 36),
    T("""
Hi Sam,

Thanks for sending the bursary form back. I've had a look and it's nearly all there - I just need a copy of the Universal Credit award letter (the full page with the dates on, a photo on your phone is fine) and then I can put Pupil Two's application through to the panel on Friday.

Once it's approved he'll get the free meal allowance loaded onto his ID card from the Monday after, and the travel money is paid every four weeks into his bank account as long as his attendance stays above 90%.

To be honest I'm rubbish at keeping on top of my work e-mails. It'd be easier if you add me on Facebook - Hayley Dunne, the one with the cockapoo in the picture - and send me the photo of the letter on Messenger. I'll get it sorted the same day.

Thanks,
Hayley

Hayley Dunne
Student Services & Bursary
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

# =====================================================================================
# CLEAN – HARD NEGATIVES (30)
# =====================================================================================

add("clean", "office_number_car_keys", "hard negative: school office number and postcode only",
    OFFICE, [ALI], "Car keys handed in at reception", dt(2025, 10, 15, 14, 18),
    T("""
Dear Mr Guardian,

Just to let you know that a set of car keys on a Vauxhall fob with a blue "Nursing Society" lanyard was handed in to reception this afternoon, and one of the students thinks they belong to your daughter. We tried to catch her but she'd already gone into her 2pm lesson.

They're locked in the office safe. She can collect them from reception any time before 5pm today or from 8am tomorrow; she'll just need to show her student ID. If it's easier to ring, the office number is 01632 960000 - ask for me or Pauline.

Kind regards,

Jackie Kinsella
Reception & Admin
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
"""), client="outlook", kind="alt")

CHESTER_PDF = mini_pdf([
    "Example School Catholic Sixth Form College - Park Row, Leeds LS1 4AP - 01632 960000",
    "",
    "Year 12 Classical Civilisation: visit to Chester, Thursday 22 January 2026",
    "",
    "Dear Parent/Carer,",
    "Students will visit the Roman gallery at the Grosvenor Museum, walk the city walls and",
    "take part in a workshop at the amphitheatre. Depart 8.45am, return approx. 4.30pm.",
    "Cost: GBP 18.00 via ParentPay by Friday 9 January 2026.",
    "On the day the college trip mobile (college-owned) is 07700 900100.",
    "",
    "Sean Hanratty, Educational Visits Coordinator",
])

add("clean", "trip_mobile_chester", "hard negative: college-owned trip mobile stated as such; cost/dates; PDF letter",
    HANRATTY, [JANE, SAM, ALI], "Classical Civilisation trip to Chester – Thursday 22 January", dt(2025, 12, 8, 11, 2),
    T("""
Dear Parent/Carer,

Please find attached the letter for the Year 12 Classical Civilisation visit to Chester on Thursday 22 January. Students will visit the Roman gallery at the Grosvenor Museum, walk the city walls, and take part in a workshop at the amphitheatre.

Key details:
• Depart college (Park Row entrance) 8.45am, return approximately 4.30pm
• Cost £18, payable on ParentPay by Friday 9 January
• Packed lunch needed, and a waterproof – we're outdoors for most of the afternoon
• Students should wear their college ID lanyards at all times

On the day, the college trip mobile is 07700 900100. This is a college-owned phone that stays with the trip leader; it isn't anybody's personal number, and it's switched off once the group is back. For anything before or after the trip please contact the college office on 01632 960000.

If your son or daughter has any medical needs we don't already know about, please let me know by return.

Kind regards,

Sean Hanratty
Educational Visits Coordinator
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt",
    attachments=[dict(filename="Chester trip letter Jan 2026.pdf", ctype="application/pdf", data=CHESTER_PDF)])

add("clean", "parent_mobile_read_back", "hard negative: parent's own new mobile read back to her",
    ATTEND, [JANE], "Contact details updated", dt(2025, 9, 17, 10, 22),
    T("""
Dear Mrs Parent,

Thanks for your phone message this morning. As requested, I've updated the priority 1 contact number on Pupil One's record to your new mobile, 07700 900123, and removed the old landline. The absence text messages will go to that number from tomorrow.

If you change e-mail address too, just let us know.

Kind regards,
Maureen Tyrer
Attendance Officer
Example School Catholic Sixth Form College | 01632 960000 | attendance@example-school.org.uk
"""), client="outlook", kind="plain")

add("clean", "quoted_carer_signature", "hard negative: carer's own number only in the quoted Gmail reply",
    RAMAN, [SAM], "Re: Pupil Two psychology", dt(2026, 2, 3, 16, 5),
    T("""
Hi Sam,

Thanks for getting in touch - I'm glad you did. I spoke to Pupil Two today and I think the main problem is confidence rather than ability. He understands attachment really well when we talk about it; he just freezes when he has to write it down.

I've moved him to sit with a more settled group, and he's going to do the short-answer booklet on memory and attachment before the next assessment on the 14th. I'll mark it with him in the room so he can see what to change.

I'll ring you from college next week to let you know how it's going, on the mobile number in your e-mail if that's OK. Is after 5 best?

Best wishes,
Priya Raman
Psychology
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="gmail", kind="alt",
    quote=dict(style="gmail", attr="On Mon, 2 Feb 2026 at 19:41, Sam Carer <sam.carer@outlook.com> wrote:",
               text=T("""
Hi Ms Raman,

Pupil Two has been really quiet about psychology lately and I think he's struggling. He won't tell me much. Can you let me know how he's doing?

Thanks,
Sam Carer
07700 900456
""")), in_reply_to="<DB9PR02MB7411C3E0A9F2B4D1E8A7F0C2D6E3A@DB9PR02MB7411.eurprd02.prod.outlook.com>")

add("clean", "coach_firm_driver_desk", "hard negative: coach company's driver desk number for a sports fixture (hard-wrapped across a line)",
    ASHWORTH, [BRANDON, LEWIS, CALLUM, LIAM, JACK], "Rugby sevens Saturday - coach details", dt(2026, 1, 29, 16, 10),
    T("""
Lads,

Final details for the Merseyside Colleges Sevens on Saturday.

Coach leaves college at 8.00 sharp. It's Sefton Executive Travel again. If you're running late on the morning, ring their driver desk on 0151 496 0822 and they'll radio the driver. Don't ring college, nobody's in on a Saturday, and I'll be on the coach sorting the team sheets.

Bring: both kits, boots, gumshield (no gumshield, no game), water, and money for dinner. We'll be back about 5.

Brandon, Lewis, Callum - your consent forms are still missing. No form, no seat.

Mr Ashworth
Head of Sport
Example School Catholic Sixth Form College
"""), client="thunderbird", kind="plain", wrap=True)

add("clean", "dsl_helplines_mocks", "hard negative: DSL's official direct line, fictional helplines, school details (8bit)",
    DSL, [YEAR13], "Looking after yourselves during mocks", dt(2026, 1, 9, 12, 0),
    T("""
Dear Year 13,

Mocks start on Monday, and I know from the last week in the chaplaincy and in Student Services that a lot of you are feeling the pressure – with work, with driving lessons, with UCAS and with everything else going on at home.

Please remember you don't have to deal with it on your own. In college you can talk to:
• your progress tutor, or Ms Devine (Head of Year 13)
• Student Services, ground floor, open 8.30–4.30
• the chaplaincy team – you don't have to be religious to drop in
• me, as Designated Safeguarding Lead: direct line 01632 960014, or dsl@example-school.org.uk

Outside college hours:
• Talk It Through (free, 24 hours): 0808 157 0123
• Merseyside Youth Listening Line (6pm–midnight): 0151 496 0600
• If you or someone else is in immediate danger, call 999.

Look after each other. Eat something, sleep, and get off your phones before one in the morning.

Siobhán McArdle
Designated Safeguarding Lead
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="thunderbird", kind="plain", plain_cte="8bit")

add("clean", "partner_school_further_maths", "hard negative: partner school's office number and e-mail for a student's lessons",
    MORRISSEY, [CALLUM], "Further Maths at St Winefride's", dt(2025, 9, 12, 13, 40),
    T("""
Callum,

Good news - St Winefride's have confirmed they can take you on their Further Maths course from next week, as part of our partnership. Lessons are Tuesday and Thursday afternoons (their periods 4-5) at their sixth form site, so you'll need to leave here straight after lunch.

Their sixth form office is expecting you at 1.15 on Tuesday. Ask for Mr Oyelaran, who runs the course. If you get lost or you're held up, ring their office on 0151 496 0456 or e-mail sixthform@stwinefrides.example.org.

Travel: it's the 14 from outside college. Keep your bus tickets and Student Services will pay you back through the bursary.

Your timetable here has been changed so you aren't missing any Physics - check the app.

Mr Morrissey
Assistant Principal (Curriculum)
Example School Catholic Sixth Form College
"""), client="outlook", kind="alt")

add("clean", "candidate_numbers_resit", "hard negative: centre/candidate numbers, ULN, UCI, times, fee, school extension",
    EXAMS, [KAYLEIGH], "Your candidate details and January resit", dt(2025, 12, 3, 11, 15),
    T("""
Dear Kayleigh,

Following your query at the exams office this morning, here are your details for the January series:

Centre number: 36512
Candidate number: 4127
ULN: 4829105733
UCI: 36512Q2504173

Your resit of Criminology Unit 2 is on Tuesday 13 January 2026, 9.00am-10.30am, Sports Hall, row C, seat 14. Please arrive by 8.40. Bring black pens and your student ID; phones, smart watches and earbuds go in the clear bags at the door.

The resit fee of £46.50 has been waived by the college as this is your first resit.

Please check that your name is spelt correctly on the statement of entry I handed you, and let me know by Friday if anything is wrong.

Regards,
Graham Roscoe
Exams Officer
Example School Catholic Sixth Form College
Tel: 01632 960000 (ext. 2231) | exams@example-school.org.uk
"""), client="outlook", kind="plain", plain_cte="qp")

add("clean", "rome_payment_schedule", "hard negative: prices, dates, payment reference (no phone numbers)",
    FINANCE, [JANE], "Rome pilgrimage 2026 – payment schedule", dt(2025, 10, 2, 9, 48),
    T("""
Dear Mrs Parent,

Thank you for confirming Pupil One's place on the Holy Week pilgrimage to Rome (30 March – 3 April 2026). The total cost is £645.00, which includes return flights from Manchester, four nights' half-board in a religious house near the Vatican, travel passes and entry to the Vatican Museums.

The deposit of £100.00 was received on 29/09/2025 – thank you. The remaining balance of £545.00 is payable in instalments on ParentPay:

£150.00 by 14/11/2025
£150.00 by 12/12/2025
£150.00 by 16/01/2026
£95.00 by 13/02/2026

Your payment reference is ROM26-0473. If you're eligible for help through the 16–19 Bursary, up to £200 can be contributed – Hayley Dunne in Student Services can talk you through it.

Students will also need a passport valid until at least 3 October 2026 and a GHIC card.

Kind regards,
Pauline Jenkins
Finance Office
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000 | finance@example-school.org.uk
"""), client="outlook", kind="alt")

add("clean", "isbn_set_texts", "hard negative: ISBNs of set texts",
    HESKETH, [ANIA, PATRICK, SAOIRSE, ZOE, TUAN], "Books for Year 12 Classical Civ", dt(2025, 9, 9, 17, 3),
    T("""
Hi all,

As promised, here's the list of books you need for the course. The college will lend you a copy of each, but loads of you have asked about buying your own so you can annotate them. That's a great idea if you can, and second-hand is absolutely fine as long as it's the same translation (the line numbers matter in the exam).

The World of the Hero
  Homer, The Odyssey, trans. E. V. Rieu, rev. D. C. H. Rieu - ISBN 978-0-14-026886-7
  Virgil, The Aeneid, trans. D. West - ISBN 978-0-14-044932-2

Greek Theatre
  Sophocles, The Three Theban Plays - ISBN 978-0-14-044425-9
  Euripides, Bacchae and Other Plays - ISBN 978-0-19-954052-0
  Aristophanes, Frogs and Other Plays - ISBN 978-0-14-044969-8

If buying them is a problem money-wise, have a quiet word with me or Student Services - there's a book fund.

Mr Hesketh
"""), client="gmail", kind="alt")

add("clean", "sort_code_bank_transfer", "hard negative: college bank sort code, account number and reference",
    FINANCE, [SAM], "Payment for retreat - bank transfer details", dt(2025, 11, 26, 10, 31),
    T("""
Dear Sam,

Thank you for your e-mail. I'm sorry ParentPay isn't working for you at the moment - we can certainly take a bank transfer for Pupil Two's Year 12 retreat instead.

The college's bank details are:
Account name: Example School Sixth Form College
Sort code: 30-96-54
Account number: 40217836
Reference: RET25-0921 (please use this so we can match the payment)

The balance outstanding is £25.00 (total £65.00, less the £40.00 deposit received on 14/11/2025).

Please note the college will never e-mail you to say our bank details have changed. If you ever get a message like that, ring the finance office on 01632 960000 before paying anything.

Kind regards,
Pauline Jenkins
Finance Office
Example School Catholic Sixth Form College
"""), client="outlook", kind="plain")

add("clean", "teams_meeting_id_parents_evening", "hard negative: Teams meeting ID, passcode, conference dial-in and ID",
    DEVINE, [ALI], "Year 13 parents' evening – your online appointments", dt(2026, 1, 22, 9, 30),
    T("""
Dear Mr Guardian,

Thank you for booking online appointments for Year 13 parents' evening on Thursday 29 January. Your slots are:

5.20pm – Mr Quigley (Biology)
5.30pm – Ms Devine (Health & Social Care, and Head of Year)
5.45pm – Dr Brennan (Psychology)

All three are in the same Teams meeting, so you only need the one link. Teachers will admit you from the lobby at your time – if they're running over, please bear with us.

If you can't get the video to work, you can join by phone using the dial-in number and conference ID below.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VhNjQ5ZTgtNzQ1@thread.v2/0
Meeting ID: 374 829 105 662
Passcode: r8Hq2T
Or call in (audio only)
+44 20 7946 0318,,618402937#   United Kingdom, London
Phone Conference ID: 618 402 937#
________________________________________________________________________________

Kind regards,
Orla Devine
Head of Year 13
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

add("clean", "magistrates_venue_postcode", "hard negative: venue address and postcode for a court visit",
    ADEYEMI, [LEWIS, ESTHER, CALLUM, ANIA], "Magistrates' court visit – Wednesday", dt(2025, 10, 13, 15, 22),
    T("""
Hi Year 12 Law,

Wednesday's visit is confirmed. We'll be observing the morning list at Northgate Magistrates' Court, 40 Victoria Parade, Liverpool L2 9RZ. It's about ten minutes' walk from Moorfields station.

Meet me outside the main entrance at 9.30. Don't be late – security takes a while, and once the court's sitting we can't wander in and out. You'll go through an airport-style scanner, so no scissors, no aerosols, and no glass bottles.

In court:
• phones off, not on silent – off
• no photos or recordings, it's a criminal offence
• stand when the magistrates come in and go out
• write down the offence, plea and outcome for each case; we'll use these for the sentencing task

We'll break for lunch at 12.30 and you'll be back in college for period 5.

Mr Adeyemi
"""), client="outlook", kind="alt")

add("clean", "staff_to_hr_home_address", "hard negative: staff-only mail to HR with own new home address and mobile",
    BYRNE, [HR], "Change of address and emergency contact", dt(2025, 11, 27, 12, 51),
    T("""
Hi Joanne,

Just to let you know I've moved house. Could you update my details on the HR system please?

New address: 31 Lapwing Rise, Maghull, L31 7QH (from 1 December)
Mobile is the same: 07700 900733
Emergency contact: now my partner, Eleanor Byrne, 07700 900734

Do I need to fill in a form as well or is an e-mail enough? I've also updated it on the payroll self-service thing but I wasn't sure if that goes through to you.

Thanks,
Conor

Conor Byrne
Classics & History
"""), client="thunderbird", kind="plain")

add("clean", "staff_christmas_do_text_me", "hard negative: staff-only social e-mail with organiser's personal mobile",
    QUIGLEY, [ALLSTAFF], "Staff Christmas do – Friday 12 December 🎄", dt(2025, 11, 17, 19, 2),
    T("""
Evening all,

Right, it's that time again. The staff Christmas do is on Friday 12 December at the Ferryman's Rest on Wapping Quay – three-course meal at 7, then the function room till late. The DJ is Terry from the site team (yes, again; no, we couldn't talk him out of it).

£32 a head, with a £10 deposit by Friday 21st. Cash or bank transfer to me, or drop it in the envelope on the pigeonholes in the staffroom (marked "Xmas do – DO NOT TOUCH, SEAN").

Menu choices are on the sheet in the staffroom. Veggie and gluten-free options are on there.

If you're coming but won't be in college this week, just text me on 07700 900611 with your menu choices and I'll add you.

Partners very welcome.

Frank
(social committee, for my sins)
"""), client="outlook", kind="alt")

add("clean", "esafety_apps_named", "hard negative: e-safety advice naming Instagram/Snapchat/TikTok/WhatsApp without any invitation",
    PATEL, [YEAR12], "Staying safe online – fake accounts and sextortion", dt(2026, 2, 10, 8, 15),
    T("""
Dear Year 12,

Over the last fortnight there have been several reports from colleges across Merseyside of fake accounts targeting 16–18 year olds. I want to give you some quick, practical advice.

What's been happening
Someone creates an account on Instagram or Snapchat that looks like a student at another college, often with mutual friends. After a bit of chat they move the conversation to WhatsApp or Telegram, ask for photos, and then threaten to share them unless they're paid.

What to do
• Set your Instagram, TikTok and Snapchat accounts to private, and check who can see your location on Snap Map (turn on Ghost Mode).
• Don't accept follow or friend requests from people you haven't met in real life, even if you've got mutuals.
• If anyone asks you to move to a different app, treat that as a red flag.
• If it happens to you: don't pay, don't delete anything, screenshot it, and tell someone. You will not be in trouble.
• You can report images through Report Remove so they are taken down.

Who to tell in college
Any member of staff, or the safeguarding team directly at dsl@example-school.org.uk.

Thanks,
Mr R. Patel
IT Services & Online Safety Lead
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

add("clean", "refuses_personal_mobile", "hard negative: parent asks for personal mobile, senior leader refuses and gives office number",
    MORRISSEY, [ALI], "RE: Complaint about coursework mark", dt(2026, 2, 5, 9, 12),
    T("""
Dear Mr Guardian,

Thank you for your e-mail, and I'm sorry you've been frustrated trying to get through to me.

I'm afraid I can't give you my personal mobile number. College staff aren't allowed to give out personal contact details to students or parents, and that applies to me as much as anyone. I know that can feel unhelpful, but it protects everyone, including you and your daughter, because it means there's a proper record of what's been said.

What I can do is this: I'm free on Tuesday 10 February at 4pm or Wednesday 11 February at 8.15am. If you ring the office on 01632 960000, Jackie can book you into either slot and I'll call you from my desk phone. Or if you'd prefer to come in, we can meet here at Park Row.

On the mark itself: I've asked the Health and Social Care team for the internal verification record for that assignment, and I'll have it in front of me when we speak.

Kind regards,
Declan Morrissey
Assistant Principal (Curriculum)
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt",
    quote=dict(style="outlook", **{"from": "Ali Guardian <ali.guardian@btinternet.com>"}, sent="04 February 2026 21:03",
               to="Declan Morrissey <d.morrissey@example-school.org.uk>", subject="Complaint about coursework mark",
               text=T("""
Mr Morrissey,

I have tried to ring three times and keep getting put through to the switchboard. Can you please just send me your mobile number so I can speak to you directly about my daughter's Health and Social Care mark? It's ridiculous that I can't get hold of anyone.

Ali Guardian
""")), in_reply_to="<001401dc9612$7a3bd150$6eb373f0$@btinternet.com>")

PLACEMENT_PDF = mini_pdf([
    "Work Experience Placement Confirmation - Example School Catholic Sixth Form College",
    "",
    "Student: Esther Mensah (25emensah)     Week: 23-27 February 2026",
    "Employer: Pryor & Webb Solicitors, Castlegate House, 17 Tithebarn Row, Liverpool L2 8QZ",
    "Supervisor: Mrs Denise Pryor   Tel: 0151 496 0719",
    "Hours: 9.00-5.00",
    "",
    "Student signature: ____________________   Parent/carer signature: ____________________",
])

add("clean", "work_placement_host_details", "hard negative: work-experience host firm's address, phone and e-mail; PDF form",
    COSTIGAN, [ESTHER], "Work placement confirmed – Pryor & Webb Solicitors", dt(2026, 1, 30, 14, 44),
    T("""
Hi Esther,

Great news – your work experience placement is confirmed for the week of 23–27 February.

Placement: Pryor & Webb Solicitors, 3rd floor, Castlegate House, 17 Tithebarn Row, Liverpool L2 8QZ
Supervisor: Mrs Denise Pryor (Partner, family law)
Phone: 0151 496 0719
E-mail: denise.pryor@pryorwebb.example.com

Hours are 9.00–5.00 with an hour for lunch. Dress is office smart – a suit if you've got one, but smart trousers and a plain top are fine.

Please ring or e-mail Mrs Pryor before Friday 13 February to introduce yourself and confirm your start time (a short e-mail is fine – keep it formal!). The placement confirmation form is attached; it needs your signature and a parent or carer's, then bring it to me in the careers office.

I'll ring Mrs Pryor midweek to check in, and I'll come and see you on the Thursday.

Paul Costigan
UCAS & Careers Coordinator
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="plain", plain_cte="qp",
    attachments=[dict(filename="Placement confirmation - E Mensah.pdf", ctype="application/pdf", data=PLACEMENT_PDF)])

add("clean", "principal_dsl_direct_line", "hard negative: colleague's official direct line and school e-mail given by Principal",
    MOLYNEUX, [JANE], "Your concerns about the journey home last Thursday", dt(2026, 3, 4, 11, 40),
    T("""
Dear Mrs Parent,

Thank you for your e-mail of Monday, and for taking the time to set out so clearly what your daughter experienced on the bus home last Thursday. I am very sorry that it happened, and that she felt unable to tell anyone in college at the time.

I have asked Mrs McArdle, our Designated Safeguarding Lead, to look into this personally. She will contact you by Friday to arrange a meeting. If you would like to speak to her before then, her direct line in college is 01632 960014 and her e-mail is s.mcardle@example-school.org.uk.

In the meantime we have contacted the bus operator, who have agreed to provide the CCTV from that journey. Please be assured that we take this very seriously, and that Pupil One is welcome to use the Student Services quiet room at lunchtime if she would prefer to.

Yours sincerely,

Catherine Molyneux
Principal
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP
Tel: 01632 960000

""" + DISCLAIMER + "\n"), client="outlook", kind="alt")

add("clean", "student_numbers_read_back", "hard negative: student's own and family's numbers read back for emergency contact sheet",
    HANRATTY, [LEWIS], "Rome – emergency contact sheet", dt(2026, 3, 11, 10, 5),
    T("""
Hi Lewis,

I'm filling in the emergency contact sheet for Rome and want to make sure I've got the right numbers, as the ones on your form are hard to read.

I've got:
Your mobile: 07700 900874
Your mum (Mrs Quinn): 07700 900875
Your dad: 0151 496 0288 (home)

Can you check these and reply to confirm? The first two are what we'd use if you got separated from the group in Rome, so it matters.

Also, your passport has to be handed in to me by Friday 20 March.

Cheers,
Mr Hanratty
Educational Visits Coordinator
"""), client="outlook", kind="plain")

add("clean", "student_gmail_use_college", "hard negative: student's own personal Gmail mentioned; teacher asks him to use college account",
    RIMMER, [JACK], "Re: coursework", dt(2026, 1, 16, 8, 20),
    T("""
Jack,

Got it, thanks - but you sent this from jackmcd.lfc9@gmail.com. Can you resend it from your college account please? Anything to do with coursework has to come through the college system so there's a record of when it was handed in, and so I'm not replying to a personal account. Same goes for everyone, I'll mention it in the lesson.

The essay itself looks sound from a quick skim. I'll mark it properly over the weekend.

Mr Rimmer
"""), client="gmail", kind="alt",
    quote=dict(style="gmail", attr="On Thu, 15 Jan 2026 at 23:48, Jack McDermott <jackmcd.lfc9@gmail.com> wrote:",
               text=T("""
sir heres my occupiers liability essay, sorry its late my laptop died
jack
""")), in_reply_to="<CAGx2mVt8u0Q7rPz1Kc4yH9dW3nB6fJ5sE0aL2o@mail.gmail.com>")

add("clean", "parent_second_email_read_back", "hard negative: parent's own second e-mail and mobile read back after data collection",
    OFFICE, [ALI], "Updated contact details", dt(2025, 9, 22, 14, 9),
    T("""
Dear Mr Guardian,

Thank you for completing the data collection sheet. We've updated your details as follows:

E-mail (main): ali.guardian@btinternet.com
E-mail (second): ali.g.home@btinternet.com
Mobile: 07700 900789
Address: unchanged

College letters and reports will go to both e-mail addresses from now on. If anything is wrong, please let us know.

Kind regards,
Jackie Kinsella
Reception & Admin
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="plain")

add("clean", "college_official_instagram", "hard negative [unsure]: students asked to follow the college's OFFICIAL Instagram/TikTok, not a personal account",
    ROONEY, [ELLIE, TUAN, GRACE, ESTHER], "Student ambassadors – open evening and social media", dt(2025, 11, 3, 13, 27),
    T("""
Hi ambassadors,

Thanks so much for signing up to help at open evening on Thursday 6 November, 5.30–8pm. Please be in the atrium by 5pm for a quick briefing and to pick up your purple hoodies.

We'll be posting on the college's official Instagram and TikTok (@exampleschool6th on both) during the evening. If you're happy to be in photos, please follow the college accounts and share or repost on the night – it really helps prospective students see what college is like from your point of view. If you'd rather not be photographed, just tell me at the briefing, no problem at all.

Please don't post photos of any Year 11 visitors on your own accounts.

Pizza afterwards in the refectory as a thank you!

Jade Rooney
Marketing & Admissions
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

add("clean", "retreat_house_warden", "hard negative: retreat house address/postcode and warden's emergency number",
    FLYNN, [JANE, SAM, ALI], "Year 12 retreat at St Bride's – information for parents", dt(2025, 11, 20, 9, 55),
    T("""
Dear Parents and Carers,

Thank you for supporting your son or daughter in coming on our Year 12 retreat at St Bride's Retreat House, Formby, from Wednesday 26 to Thursday 27 November.

The retreat is a chance for students to step back from the pressure of the first term, reflect, and get to know each other. There'll be group sessions, some quiet time on the beach (weather permitting), a film night, and Mass with Fr Anthony before we come home.

Address: St Bride's Retreat House, Shore Lane, Formby L37 1XB
Warden (for emergencies during the retreat only): 0151 496 0533

Students should bring: a sleeping bag or duvet and a pillowcase, toiletries, warm clothes and boots for the beach, any medication, and a small amount of money for the tuck shop. Phones are allowed, but we'll ask them to put them away during sessions.

We leave college at 9.30am on Wednesday and will be back by 3.30pm on Thursday. For anything before the retreat, please contact the chaplaincy via the college office on 01632 960000.

With every blessing,

Bernadette Flynn
Lay Chaplain
Example School Catholic Sixth Form College
"""), client="outlook", kind="alt", plain_cte="qp", html_cte="qp")

add("clean", "staff_logs_follow_request_dsl", "hard negative: staff-only report to DSL mentioning own personal Instagram handle",
    CHEUNG, [DSL], "Logging a concern - follow request from a student", dt(2025, 11, 26, 8, 5),
    T("""
Hi Siobhán,

Just logging this with you as per the code of conduct.

Last night (Tuesday, about 9.30pm) a Year 12 student, Zoë Hartley, sent a follow request to my personal Instagram account (@laurenc_runs - it's mostly running stuff). I haven't accepted it. I've declined the request, set the account to private (it was public, my mistake) and I haven't replied to her on there.

I don't think there's anything sinister - she's on the football team and I think she found me through Strava. But I wanted it on record. I'll have a quiet word with her at training on Monday to say staff can't follow students, unless you'd rather do it yourself.

Thanks,
Lauren

Lauren Cheung
Sport & Enrichment
"""), client="outlook", kind="plain", plain_cte="qp")

add("clean", "forward_parent_email_staff_only", "hard negative: staff-to-staff forward of a parent's e-mail containing the parent's number",
    BRENNAN, [DEVINE], "FW: Pupil One - worried about her", dt(2026, 1, 12, 12, 40),
    T("""
Orla,

Forwarding this from Pupil One's mum, as it sounds more like a pastoral thing than a psychology one and you know the family. I haven't replied yet other than to say thanks and that I'm passing it on. Could you give her a ring from college? She says mornings are best.

Aisling
"""), client="outlook", kind="alt",
    quote=dict(style="outlook", **{"from": "Jane Parent <jane.parent@gmail.com>"}, sent="12 January 2026 07:52",
               to="Aisling Brennan <a.brennan@example-school.org.uk>", subject="Pupil One - worried about her",
               text=T("""
Dear Dr Brennan,

I'm sorry to e-mail you about this but I don't know who else to ask. She's been really withdrawn since Christmas and she's stopped going to her job at the bakery at weekends, which isn't like her. She says college is fine but I don't think it is. Could someone have a word with her?

You can ring me on 07700 900123 any morning before 10.

Jane Parent
""")))

add("clean", "refuses_snapchat_student", "hard negative: student asks to add teacher on Snapchat, teacher refuses and gives official route",
    GALLAGHER, [MEGAN], "Re: edits", dt(2026, 3, 9, 7, 40),
    T("""
Hi Megan,

Sorry - I can't add you on Snapchat. Staff aren't allowed to connect with students on any social media; it's not just me being awkward!

For the edits, the easiest thing is to upload them to your folder in the Film Studies OneDrive (Year 12 > Micro-shorts > your name). If the files are too big for that, send a WeTransfer link to this e-mail address and I'll download it in college tomorrow.

The storyboard you showed me on Friday was dead good, by the way. Get the opening shot sorted and you're laughing.

Mr G
"""), client="gmail", kind="alt",
    quote=dict(style="gmail", attr="On Sun, 8 Mar 2026 at 20:14, Megan Owens <25mowens@pupils.example-school.org.uk> wrote:",
               text="hi sir can i add u on snap and send the edits on there its easier than onedrive x\n"),
    in_reply_to="<CAPw4nT7zR1kLq8Yv2bX0dJ6mE9sH3fU5aG7cN@mail.gmail.com>")

add("clean", "uni_admissions_ucas_id", "hard negative: university admissions number and UCAS Personal ID (10 digits, 3-3-4)",
    DEVINE, [ELLIE], "Your EPQ and the Northbay offer", dt(2026, 2, 17, 12, 48),
    T("""
Hi Ellie,

Made up about your offer from Northbay - congratulations!

You asked whether they'll definitely count the EPQ as part of the offer (AAB, or ABB with an A in the EPQ). I've had a look at their admissions pages and it's not 100% clear for Criminology, so it's worth checking with them directly.

Their undergraduate admissions office is on 0161 496 0350 (Monday-Friday, 9-5), or admissions@northbay.example.org. They'll ask for your UCAS Personal ID, which is 148-392-6057 (it's also at the top of your Hub). Ring them yourself - they'd rather hear from you than from me, and it's good practice for uni.

Let me know what they say and I'll make sure Mr Costigan has it noted.

Ms Devine
Head of Year 13
"""), client="thunderbird", kind="plain", wrap=True)

add("clean", "car_park_permits", "hard negative: prices, times, partial car registrations, college number",
    KAVANAGH, [KAYLEIGH, LIAM, REHAN, GRACE, JACK], "Student car park permits - spring term", dt(2026, 1, 8, 7, 52),
    T("""
Hi all,

You're getting this because you've registered a car for the student car park. A few things for the spring term:

1. Permits for January to April are ready to collect from reception from Monday. It's £25 for the term (pay on ParentPay before you collect). Your permit number is on the list by reception.

2. The following cars have been parked in the staff bays at least twice this month: a silver Corsa (reg ending KXO), a black Fiesta (RWT) and a white Polo (LGN). Next time it happens the permit goes. I'm not joking.

3. The gate opens at 07:30 and is locked at 18:15. If you're in after that for rehearsals or sport, let me know the day before.

4. Ten mph on site. There are kids from the primary over the road walking past the exit at 3.15.

Ta,
Terry Kavanagh
Site Manager
Example School Catholic Sixth Form College | 01632 960000
"""), client="outlook", kind="plain")

add("clean", "chaplaincy_college_mobile_sleepout", "hard negative: chaplaincy's college-owned mobile stated as such for a sleep-out",
    KEEGAN, [SAOIRSE, PATRICK, NIAMH, ANIA, AMELIA], "Sleep-out for St Joseph's Night Shelter – Friday", dt(2025, 12, 1, 14, 10),
    T("""
Dear all,

Thank you for signing up for the Advent sleep-out in aid of St Joseph's Night Shelter. We'll be sleeping out in the quad on Friday 5 December from 9pm until 7am, with soup at midnight and bacon butties at 6 (veggie sausages for those who asked).

You'll need: a sleeping bag, a roll mat, lots of layers, a hat and gloves, and a big piece of cardboard (seriously – it's warmer than you'd think). Sponsorship forms and money need to be in the chaplaincy by Monday 8th.

Your parents should have had the consent letter. On the night, the contact number for parents is the chaplaincy mobile, 07700 900050. That's a college phone that the chaplaincy team carries on events – it isn't mine, and it's locked in the chaplaincy office when we're not using it.

Let's keep in our prayers everyone who is sleeping out in the cold for real this winter, not just for one night.

Fr Anthony

Fr Anthony Keegan
College Chaplain
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

# =====================================================================================
# CLEAN – EVERYDAY (30)
# =====================================================================================

add("clean", "negligence_essay_nudge", "everyday: law essay deadline reminder to a student",
    RIMMER, [LEWIS], "Negligence essay - due Friday", dt(2025, 10, 6, 12, 41),
    T("""
Lewis,

Just a nudge - your negligence essay ("Evaluate the extent to which the law on duty of care is satisfactory") is due on Friday. You said in the lesson you'd got the plan done but hadn't started writing.

Remember the structure we went through: Donoghue v Stevenson, then Caparo, then Robinson, and make sure you actually evaluate rather than explaining each case in turn. AO3 is where the marks are.

If you want to talk it through, come and find me in L2 at lunch on Wednesday.

Mr Rimmer
"""), client="thunderbird", kind="plain", wrap=True)

add("clean", "orthodontist_absence_reply", "everyday: attendance reply to a parent about an appointment (iPhone quote)",
    ATTEND, [JANE], "Re: Pupil One absence Tuesday", dt(2025, 9, 29, 8, 45),
    T("""
Dear Mrs Parent,

Thanks for letting us know. I've recorded Tuesday morning as a medical appointment (orthodontist) for Pupil One. Please ask her to sign in at reception when she arrives so her afternoon lessons are marked correctly.

Kind regards,
Maureen Tyrer
Attendance Officer
Example School Catholic Sixth Form College | 01632 960000
"""), client="outlook", kind="plain",
    quote=dict(style="apple", attr="On 29 Sep 2025, at 07:31, Jane Parent <jane.parent@gmail.com> wrote:",
               text=T("""
Hi, she has the orthodontist at 10.10 on Tuesday so she'll be in after that. Thanks, Jane

Sent from my iPhone
""")), in_reply_to="<7E1C2A90-44B3-4F1D-9A2E-1B8D5C6F3E70@gmail.com>")

add("clean", "research_methods_feedback", "everyday: psychology assessment feedback to a student",
    NOWAK, [ANIA], "Research methods assessment – feedback", dt(2025, 10, 20, 16, 33),
    T("""
Hi Ania,

Here's the feedback on your research methods assessment, as you were off on Thursday when I gave them back.

Mark: 31/40 (a strong B, very nearly an A).

What went well:
- Your definitions of the independent and dependent variables were spot on, and you operationalised them properly for the memory experiment.
- The ethics question was excellent. You picked out the issue with deception and explained how to deal with it (debrief), rather than just listing guidelines.

To improve:
- The sign test. You got the calculated value right (S = 3) but then compared it to the wrong row of the table. N is the number of participants whose scores changed, not the total.
- Your evaluation of the opportunity sample was a bit generic. Tie it to the scenario: who were these people and why does it matter?

Have a go at the two practice sign test questions on Teams and I'll check them on Tuesday.

Mr Nowak
"""), client="outlook", kind="alt")

add("clean", "odyssey_reading_homework", "everyday: classics reading homework",
    HESKETH, [ANIA, PATRICK, SAOIRSE, ZOE, TUAN], "Odyssey 9-12 for Monday", dt(2025, 9, 25, 15, 58),
    T("""
Year 12 Classical Civ,

For Monday please read Odyssey books 9 to 12 (the Cyclops through to the Cattle of the Sun). Yes, all four. It's the best bit of the poem, you'll enjoy it.

As you read, keep a list of every time Odysseus is clever and every time he's reckless. We'll use it in the lesson for the "Is Odysseus a good leader?" debate, which leads into your first essay of the year.

If you're struggling for time because of work, at least read 9 and 12 properly and skim the middle two.

Mr Hesketh
"""), client="gmail", kind="alt")

add("clean", "lab_coats_required_practicals", "everyday: HTML-only biology practical reminders",
    OKAFOR, [YEAR12], "Required practicals – lab coats & lab books", dt(2025, 10, 1, 12, 12),
    kind="html", client="outlook", html_cte="qp", html_body=T("""
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Year 12 Biologists,</p>
<p>We start the required practicals next week, so a few reminders:</p>
<ol>
<li><b>Lab coats</b> &ndash; &pound;8 from reception (pay on ParentPay first), or bring your own plain white one.</li>
<li><b>Lab books</b> will be handed out in Monday&rsquo;s lesson. They stay in the lab. Write your name and teaching group on the front in pen.</li>
<li><b>Safety</b> &ndash; long hair tied back, no open-toe shoes, no food or drink on the benches. Goggles are provided.</li>
<li><b>RP1</b> (the effect of temperature on the rate of an enzyme-controlled reaction) is on <b>Tuesday 7 October</b>. Read the method on Teams before the lesson and write a risk assessment in your lab book.</li>
</ol>
<p>Remember the practical endorsement is separate from your A level grade, and you need every practical in your lab book to pass it &ndash; so if you&rsquo;re going to be off, tell me in advance and we&rsquo;ll find a catch-up slot.</p>
<p>Ms Okafor<br>Teacher of Biology</p>
</body>
</html>
"""))

add("clean", "third_man_screening", "everyday: optional film screening after college",
    GALLAGHER, [MEGAN, TUAN, ZOE, BRANDON], "Screening: The Third Man, Thursday after college", dt(2026, 2, 23, 13, 2),
    T("""
Hi all,

This Thursday after period 5 we're screening The Third Man (1949) in the lecture theatre for the film noir unit. It's 104 minutes, so we'll finish about 5.15.

It's optional but I'd really, really recommend it. The zither score, the Dutch angles, the sewer chase, the Ferris wheel speech... it's all going to come up when we do film form next half term, and it's a lot easier to write about if you've seen it on a big screen rather than on your phone on the bus.

Popcorn provided. Bring a mate if they want to come.

Mr G
"""), client="gmail", kind="alt")

UNIT3_PDF = mini_pdf([
    "Criminology Unit 3 - Controlled Assessment: Instructions for Candidates",
    "",
    "1. You may bring ONE side of A4 of handwritten notes. It will be collected with your work.",
    "2. Phones, smart watches and earbuds must be handed in at the start of each session.",
    "3. Your work stays in the room between sessions and is stored securely.",
    "4. You must not discuss your work with other candidates during the assessment period.",
    "5. Plagiarism or AI-generated content will result in disqualification.",
])

add("clean", "unit3_controlled_assessment_dates", "everyday: criminology controlled assessment dates with PDF rules",
    FAZAKERLEY, [KAYLEIGH, NIAMH, LIAM, HOLLY], "Unit 3 controlled assessment – dates and rules", dt(2026, 2, 20, 10, 17),
    T("""
Dear all,

The Unit 3 (Crime Scene to Courtroom) controlled assessment will run over three sessions:

Session 1 – Monday 2 March, periods 1–2, Room C12
Session 2 – Wednesday 4 March, periods 3–4, Room C12
Session 3 – Monday 9 March, periods 1–2, Room C12

You've already had the brief, so use the next week to get your one side of notes ready. It has to be handwritten and I'll check it at the door. The full candidate rules are attached – please read them before Monday, especially the bit about AI. I've had to disqualify work in the past and I don't want to do it again.

If you have access arrangements (extra time or a laptop), Mrs Lunt's team have already been told and you'll be in C14 next door.

Mrs Fazakerley
"""), client="outlook", kind="alt",
    attachments=[dict(filename="Unit 3 candidate instructions.pdf", ctype="application/pdf", data=UNIT3_PDF)])

add("clean", "ucas_internal_deadline", "everyday: UCAS internal deadline reminder to Year 13",
    UCAS, [YEAR13], "UCAS – internal deadline Friday 7 November", dt(2025, 10, 27, 8, 30),
    T("""
Dear Year 13,

A reminder that the college's internal deadline for UCAS applications (for everyone not applying to Oxford, Cambridge, medicine, dentistry or veterinary science) is Friday 7 November.

By then you need to have completed every section of the Apply form, added your choices, written your answers to all three personal statement questions and paid the application fee online. Then press "send to referee". Don't worry, it doesn't go to UCAS yet: it comes to me and your tutor.

Your references are being written now, so the sooner you send, the sooner your application goes. Applications sent by the end of November are usually with universities well before Christmas.

Drop-in help: Tuesday and Thursday lunchtimes in the careers office (B07).

Paul Costigan
UCAS & Careers Coordinator
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

add("clean", "all_saints_mass", "everyday: chaplaincy Mass invitation (8bit, encoded subject)",
    KEEGAN, [ALLSTUDENTS], "All Saints – Mass in the chapel on Friday", dt(2025, 10, 28, 9, 5),
    T("""
Dear students and staff,

Saturday is the Solemnity of All Saints, so we'll celebrate Mass in the college chapel on Friday 31 October at 12.40 (during lunch). All are welcome – you don't need to be Catholic, or to have been to Mass in years, to come along.

We need readers and someone to play for the hymns. If you'd like to read, see Bernadette in the chaplaincy by Wednesday.

Sunday is All Souls. Throughout November there will be a Book of Remembrance at the back of the chapel: write in the names of anyone you'd like us to pray for, and we'll remember them at every Mass this month.

God bless,
Fr Anthony
"""), cc=[ALLSTAFF], client="thunderbird", kind="plain", plain_cte="8bit")

add("clean", "humanities_meeting_notes", "everyday: staff-only meeting notes",
    MORRISSEY, [HUMANITIES], "Notes from humanities curriculum meeting 14/10", dt(2025, 10, 15, 8, 2),
    T("""
Hi all,

Thanks for staying on yesterday. Notes below - shout if I've missed anything.

1. Y12 retention: 11 students have left humanities courses since September (mostly moving to BTEC or leaving for apprenticeships). Progress tutors to flag anyone else at risk by the end of next week.
2. Mocks: Y13 mocks are 12-23 January. Papers to Graham in exams by 5 December please, no later.
3. Criminology controlled assessment: Lisa has rooms booked for March. Jamal to second-mark 10%.
4. Psychology: Aisling has asked for a second teacher on the Y12 group on Thursdays - I'll take it to SLT.
5. Classics: Tom and Conor's Chester trip is in January; letter goes out after half term.
6. Film: streaming licence renewed (£420 from the department budget).
7. AOB: please stop taking the good chairs from H14 (Rosie asked me to include this word for word).

Next meeting 11 November, 3.45, H14.

Declan
"""), client="outlook", kind="alt")

NEWSLETTER = T("""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>College newsletter - December 2025</title>
</head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222;">
<tr><td style="background:#4b1f6f;color:#ffffff;padding:18px 24px;font-size:20px;font-weight:bold;">Example School Catholic Sixth Form College &ndash; December Newsletter</td></tr>
<tr><td style="padding:20px 24px;">
<h2 style="font-size:17px;color:#4b1f6f;">From the Principal</h2>
<p>Dear Parents and Carers,</p>
<p>As we come to the end of the autumn term and prepare to celebrate Christmas, I want to thank you for your support. Our new Year 12 students have settled in remarkably well, and Year 13 have worked incredibly hard on UCAS applications, with over 90% now sent.</p>
<h2 style="font-size:17px;color:#4b1f6f;">Celebrating success</h2>
<ul>
<li>Our Bar Mock Trial team reached the regional final for the second year running &ndash; a special mention to our &ldquo;barristers&rdquo; for their cross-examinations.</li>
<li>Year 12 Law students spent a morning observing at the magistrates&rsquo; court as part of their sentencing unit.</li>
<li>A short film by one of our Year 13 Film Studies students has been shortlisted for a regional young filmmakers&rsquo; showcase.</li>
<li>The Advent sleep-out raised &pound;2,340 for St Joseph&rsquo;s Night Shelter. Thank you to everyone who sponsored our students.</li>
</ul>
<h2 style="font-size:17px;color:#4b1f6f;">Dates for your diary</h2>
<table role="presentation" cellpadding="4" cellspacing="0" style="font-size:14px;">
<tr><td>Fri 19 December</td><td>Carol service 10.30am; college closes at 1pm</td></tr>
<tr><td>Mon 5 January</td><td>Spring term begins</td></tr>
<tr><td>12&ndash;23 January</td><td>Year 13 mock examinations</td></tr>
<tr><td>Thu 29 January</td><td>Year 13 parents&rsquo; evening (online)</td></tr>
</table>
<h2 style="font-size:17px;color:#4b1f6f;">A reminder about term-time holidays</h2>
<p>Students aged 16&ndash;19 are not subject to fines, but missed lessons are very hard to catch up at A level and can affect bursary payments. Please book holidays in the college breaks.</p>
<p>With every good wish for a happy and holy Christmas,</p>
<p>Catherine Molyneux<br>Principal</p>
</td></tr>
<tr><td style="background:#eeeeee;padding:14px 24px;font-size:12px;color:#555555;">Example School Catholic Sixth Form College, Park Row, Leeds LS1 4AP &middot; Tel 01632 960000 &middot; office@example-school.org.uk<br>You are receiving this because you are a parent or carer of a student at the college.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
""")

add("clean", "december_newsletter", "everyday: HTML-only newsletter to parents",
    OFFICE_NEWS, [JANE, SAM, ALI], "College newsletter – December 2025", dt(2025, 12, 15, 16, 0),
    kind="html", client="mailer", html_cte="qp", html_body=NEWSLETTER)

REPORT_PDF = mini_pdf([
    "Year 13 Progress Report - Spring 2026",
    "Student: Example Pupil Three",
    "",
    "Subject              Target  Current  Effort",
    "Psychology            B       B        1",
    "Health & Social Care  A       A        1",
    "Biology               B       B        2",
    "",
    "Attendance: 97%",
    "Tutor comment: a very positive term. Please see Head of Year e-mail for detail.",
])

add("clean", "spring_progress_report", "everyday: progress report to parent with PDF",
    DEVINE, [ALI], "Year 13 progress report – spring", dt(2026, 3, 13, 15, 21),
    T("""
Dear Mr Guardian,

Pupil Three's spring progress report is now on the parent portal, and I've also attached a copy as a PDF in case you have trouble logging in.

Overall it's a very positive picture. She's working at her target grade in Psychology and Health & Social Care, and her Biology has come up a grade since the autumn – Mr Quigley says the extra work on the genetics calculations has really paid off. Her attendance is 97%.

The one thing I'd flag is that several teachers have mentioned she seems tired in morning lessons. She tells me she's doing a lot of late shifts at the care home. I know the experience is really valuable for her nursing application, but it might be worth a conversation at home about cutting back a little during the exam season.

Kind regards,
Orla Devine
Head of Year 13
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt",
    attachments=[dict(filename="Progress report - Spring 2026.pdf", ctype="application/pdf", data=REPORT_PDF)])

MOCK_CSV = T("""
Date,Session,Start,Subject,Paper,Duration,Room
Mon 12/01/2026,AM,09:00,Psychology,Paper 1,2h,Sports Hall
Mon 12/01/2026,PM,13:30,Law,Paper 1,2h,Sports Hall
Tue 13/01/2026,AM,09:00,Biology,Paper 1,2h,Sports Hall
Tue 13/01/2026,PM,13:30,Classical Civilisation,The World of the Hero,2h20m,B12
Wed 14/01/2026,AM,09:00,Film Studies,Component 1,2h30m,Sports Hall
Thu 15/01/2026,AM,09:00,Psychology,Paper 2,2h,Sports Hall
Thu 15/01/2026,PM,13:30,Law,Paper 2,2h,Sports Hall
Fri 16/01/2026,AM,09:00,Biology,Paper 2,2h,Sports Hall
Mon 19/01/2026,AM,09:00,Criminology,Unit 4,1h30m,B12
Tue 20/01/2026,AM,09:00,Psychology,Paper 3,2h,Sports Hall
Wed 21/01/2026,AM,09:00,Law,Paper 3,2h,Sports Hall
Thu 22/01/2026,AM,09:00,Film Studies,Component 2,2h30m,Sports Hall
Fri 23/01/2026,AM,09:00,Biology,Paper 3,2h,Sports Hall
""").replace("\n", "\r\n").encode("utf-8")

add("clean", "mock_timetable_csv", "everyday: mock timetable with CSV attachment",
    EXAMS, [YEAR13], "Year 13 mock timetable (January)", dt(2025, 12, 12, 11, 45),
    T("""
Dear Year 13,

Your mock exam timetable is attached. Mocks run from Monday 12 to Friday 23 January, and they'll be run exactly like the real thing: seating plans, invigilators, no phones.

Individual timetables will be handed out by progress tutors on Monday 5 January. If you have a clash (two exams in the same session) it will be shown on yours, and you'll sit one of them straight afterwards under supervision - you don't need to do anything.

Morning exams start at 9.00, afternoon exams at 13.30. Be outside the exam room 15 minutes before.

If you work shifts on weekday mornings, please sort it out with your employer now.

Regards,
Graham Roscoe
Exams Officer
"""), client="outlook", kind="plain",
    attachments=[dict(filename="Y13 mock timetable Jan 2026.csv", ctype="text/csv", data=MOCK_CSV)])

add("clean", "free_meals_card_fixed", "everyday: short student services reply",
    DUNNE, [TUAN], "Your free meals top-up", dt(2025, 10, 8, 12, 55),
    T("""
Hi Tuan,

I've looked into it - your free meal allowance wasn't loading because your card was reissued and the old number was still on the system. Sorted now, and I've added back the £7.20 you missed on Monday and Tuesday. It'll show on the till from tomorrow.

Any more problems, pop into Student Services.

Hayley
"""), client="outlook", kind="plain")

add("clean", "y12_parents_evening_booking", "everyday: parents' evening booking letter",
    OFFICE, [JANE, SAM, ALI], "Year 12 parents' evening – Thursday 4 December", dt(2025, 11, 21, 10, 0),
    T("""
Dear Parents and Carers,

Year 12 parents' evening will take place in college on Thursday 4 December, 4.00–7.30pm, in the sports hall. This is your chance to meet your son or daughter's subject teachers and progress tutor and hear how they've settled in.

Appointments are five minutes each and must be booked in advance using the online booking system:
https://parents-evening.example.com/exampleschool

Booking opens at 9am on Monday 24 November and closes at 12 noon on Wednesday 3 December. You'll need the e-mail address we hold for you (the one this message was sent to) to log in.

Students are welcome, and encouraged, to attend with you.

Parking is limited – please use the visitor spaces at the front of college or the pay-and-display across the road.

Kind regards,

Jackie Kinsella
Reception & Admin
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

add("clean", "essay_extension_granted", "everyday: two-line extension reply with quoted student message",
    HESKETH, [HOLLY], "Re: Essay extension", dt(2025, 11, 25, 7, 52),
    T("""
Hi Holly,

That's fine - have it to me by Wednesday instead. Hope your nan's OK.

Mr Hesketh
"""), client="gmail", kind="alt",
    quote=dict(style="gmail", attr="On Mon, 24 Nov 2025 at 21:15, Holly Jones <24hjones@pupils.example-school.org.uk> wrote:",
               text=T("""
Hi sir, is there any chance I could have till Wednesday for the Greek theatre essay? My nan went into hospital at the weekend and I've been there most of the time. Sorry

Holly
""")), in_reply_to="<CALr9vE2nW6tKx1Q0pF8sB3dM7yJ4uH5cA2oZ@mail.gmail.com>")

add("clean", "password_expiry_mfa", "everyday: IT notice to all staff",
    PATEL, [ALLSTAFF], "Action needed: password change and MFA before 1 December", dt(2025, 11, 18, 8, 10),
    T("""
Dear colleagues,

As part of this year's cyber security review, all staff passwords will expire on Monday 1 December. When you next log in after that, you'll be asked to set a new one.

New passwords need to be at least 14 characters. The easiest way is three random words with a number or symbol somewhere (e.g. the style of "kettle-Mersey-banjo7", but please don't use that one).

If you haven't already set up multi-factor authentication with the Authenticator app, please do it before the 1st. Text-message codes are being switched off.

Drop-in help: IT office (A03), Tuesday and Thursday lunchtimes.

Reminder: we will never ask for your password by e-mail. If something looks odd, use the Report button in Outlook.

Thanks,
Raj Patel
IT Services Manager
Ext. 2204
"""), client="outlook", kind="alt")

add("clean", "part_time_job_checkin", "everyday: progress tutor check-in with student about job hours (scouse)",
    SCULLY, [BRANDON], "Quick catch-up", dt(2026, 2, 4, 14, 26),
    T("""
Alright Brandon,

Just checking in after our chat on Monday. You said you're doing 22 hours a week at the garage now on top of college. That's a lot, our kid, and it's starting to show in your law work (Miss Tierney mentioned you've missed two homeworks).

I'm not having a go. I know you need the money for the car. But can you have a think about whether you could drop one of the weeknight shifts, at least until after the Unit 3 deadline? If it'd help, I'm happy to write a letter to your manager explaining what college needs from you.

Let's meet again Monday, period 3, in the tutor base.

Sound,
Mr Scully
"""), client="outlook", kind="plain")

add("clean", "dofe_gold_kit_list", "everyday: DofE Gold practice expedition kit list",
    CHEUNG, [AMELIA, REHAN, NIAMH, TUAN, SAOIRSE], "DofE Gold practice expedition – kit list", dt(2026, 3, 18, 15, 40),
    T("""
Hi Gold group,

Here's the kit list for the practice expedition in the Yorkshire Dales, Friday 24 to Sunday 26 April. We leave college at 8am on the Friday.

Group kit (college provides): tents, trangias, fuel, maps, first aid kits.

Personal kit:
- rucksack (60-65 litres) with a liner or bin bags
- sleeping bag (3-season) and roll mat
- waterproof jacket AND trousers - no exceptions
- walking boots, worn in (do not turn up in new boots)
- warm layers, hat, gloves, spare socks
- head torch, water bottles (2 litres total), whistle
- food for three days - see the menu plan on Teams and agree it with your group before the 17th

Kit check is Wednesday 22 April at 3.30 in the sports hall. If anything's missing, see me, we've got spares of most things.

Miss Cheung
Sport & Enrichment
"""), client="gmail", kind="alt")

add("clean", "cover_request", "everyday: staff-only cover request",
    QUIGLEY, [COVER], "Cover - Thursday P3/P4", dt(2026, 1, 20, 7, 33),
    T("""
Hi Sue,

I've got a hospital appointment on Thursday morning (knee, nothing dramatic). Could you arrange cover for:

P3 12B/Bi1 (lab B4)
P4 13A/Bi2 (lab B4)

Work is on Teams in the cover folder: 12B are doing the exam questions on cell transport, 13A have the past paper on ecosystems. No practical, so anyone can take them.

Back for P5.

Ta,
Frank
"""), client="outlook", kind="plain")

add("clean", "ucas_reference_timing_reply", "everyday: Head of Year reply to parent about UCAS timing (base64 body, Outlook quote)",
    DEVINE, [JANE], "RE: UCAS reference", dt(2025, 11, 19, 16, 44),
    T("""
Dear Mrs Parent,

Thanks for your e-mail. I completely understand why you're anxious – Pupil One has worked really hard on her application.

Her reference is written and has been checked by Mr Costigan. The only reason the application hasn't gone to UCAS yet is that her psychology predicted grade was being reviewed after the October assessment. That's now confirmed, so the application will go by the end of this week, and you'll both get an e-mail from UCAS when it's been received.

The equal consideration deadline is 14 January, so there's plenty of time, and universities don't treat applications sent in November any differently from those sent in October.

Kind regards,
Orla Devine
Head of Year 13
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt", plain_cte="b64", html_cte="b64",
    quote=dict(style="outlook", **{"from": "Jane Parent <jane.parent@gmail.com>"}, sent="18 November 2025 22:06",
               to="Orla Devine <o.devine@example-school.org.uk>", subject="UCAS reference",
               text=T("""
Hi Ms Devine,

Most of her friends have already had their UCAS applications sent and she's getting really worried that hers hasn't gone yet. Is there a problem with it? Will it affect her chances if it goes late?

Jane
""")), in_reply_to="<CAJp7x0uR8nB4Lq2wZ5sT1dE6yC3hK9gF0vM@mail.gmail.com>")

add("clean", "access_arrangements_confirmed", "everyday: exam access arrangements confirmed to parent",
    LUNT, [ALI], "Exam access arrangements – Pupil Three", dt(2025, 11, 28, 13, 17),
    T("""
Dear Mr Guardian,

I'm pleased to confirm that Pupil Three's assessment for access arrangements is complete, and she has been approved for 25% extra time and supervised rest breaks in her exams, starting with the January mocks.

Rest breaks mean she can stop the clock and step away from the paper if she feels a migraine starting, without losing any of her working time. She'll sit in the smaller exam room (B12) with other students who have arrangements.

There's nothing you need to do. Pupil Three has a copy of the confirmation letter and knows how it works, but do get in touch if you have any questions.

Kind regards,
Gemma Lunt
Learning Support Coordinator
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt")

add("clean", "advent_food_bank_appeal", "everyday: chaplaincy food bank appeal to all students",
    FLYNN, [ALLSTUDENTS], "Advent food bank appeal – tins please!", dt(2025, 12, 2, 8, 40),
    T("""
Hi everyone,

Our Advent appeal for the parish food bank in Kirkdale starts today. There's a box in every tutor base, and one in the chaplaincy.

What they need most this year:
• tinned meat and fish
• tinned tomatoes, beans and soup
• UHT milk and long-life juice
• tea, coffee and sugar
• toiletries – deodorant, shampoo, toothpaste, sanitary products

Please no fresh food, and nothing past its date.

We'll take everything down on Wednesday 17 December. At the moment 12C and 12F are neck and neck for the most donations… the winning tutor group gets a breakfast on the last day of term.

Thank you – every tin helps a family round here this Christmas.

Bernadette
Chaplaincy
"""), client="outlook", kind="alt", plain_cte="qp", html_cte="qp")

add("clean", "thanks_got_it", "everyday: two-line acknowledgement to a student",
    TIERNEY, [BRANDON], "Re: unit 3", dt(2026, 2, 10, 8, 3),
    "Thanks Brandon, got it. I'll have it marked by Monday.\n\nMiss T\n",
    client="thunderbird", kind="plain",
    quote=dict(style="gmail", attr="On 09/02/2026 22:10, Brandon Williams wrote:",
               text="here's my unit 3 miss, done the CPS bit and juries\n"))

add("clean", "degree_apprenticeships_talk", "everyday: careers talk invitation to BTEC students",
    COSTIGAN, [KAYLEIGH, NIAMH, BRANDON, LEWIS, ESTHER], "Degree apprenticeships talk – Wednesday lunchtime", dt(2026, 1, 26, 9, 12),
    T("""
Hi all,

If you're thinking about what comes after college and university isn't feeling like the right fit (or you're just not sure), come along to our degree apprenticeships talk this Wednesday at 12.40 in the lecture theatre.

We've got three speakers:
- a solicitor apprentice from a city-centre law firm, who started straight after her A levels
- two police constable degree apprentices, who did the criminology course here
- someone from the local council's apprenticeships team

They'll talk about what the jobs are actually like, how the applications work (a lot of them open in January, so now's the time), and what the pay is while you train.

Sandwiches provided if you sign up on the Teams form by Tuesday.

Mr Costigan
Careers
"""), client="outlook", kind="alt")

MOD_CSV = T("""
Candidate,Name,Component,Teacher mark,Second mark,Sample
4103,Casey E,NEA,52,51,Y
4119,McDermott J,NEA,38,40,Y
4127,Parry N,NEA,44,44,N
4131,Ahmed Z,NEA,57,56,Y
4136,O'Brien L,NEA,29,31,Y
4142,Hughes A,NEA,47,47,N
4150,Khan R,NEA,41,39,Y
4158,Morris G,NEA,35,35,Y
""").replace("\n", "\r\n").encode("utf-8")

add("clean", "film_nea_moderation", "everyday: staff-only moderation sample with CSV",
    GALLAGHER, [MORRISSEY], "Film NEA - internal moderation sample", dt(2026, 3, 2, 17, 26),
    T("""
Hi Declan,

Attached are the NEA marks and the sample for internal moderation. Jo has second-marked all of them and we're within two marks on everything, which I'm made up about given last year.

The sample is the top, the bottom, and the four that sit either side of a grade boundary. The moderator will probably ask for 4136 (Liam) on top of whatever they pick, because the screenplay and the film are very different in quality and I've written a note on his coversheet explaining why.

Marks have to be on the board's portal by 15 May, but I'd like to get them in before Easter.

Could you sign off the sample when you get a minute?

Danny
"""), client="outlook", kind="plain",
    attachments=[dict(filename="Film NEA marks 2026.csv", ctype="text/csv", data=MOD_CSV)])

add("clean", "bursary_first_payment", "everyday: short bursary confirmation to a student",
    DUNNE, [PATRICK], "Your 16-19 bursary – first payment", dt(2025, 10, 6, 11, 8),
    T("""
Hi Patrick,

Good news: your bursary application has been approved. Your first payment of £120 will go into your bank account on Friday 10 October, then every four weeks as long as your attendance stays at 90% or above.

I've put the confirmation letter in your pigeonhole – keep hold of it.

Hayley
Student Services
"""), client="outlook", kind="plain")

add("clean", "retreat_thank_you_reflection", "everyday: thank-you and reflection after the retreat (encoded subject)",
    FLYNN, [SAOIRSE, ANIA, PATRICK, ZOE, TUAN], "Thank you – retreat reflections 🙏", dt(2025, 11, 28, 16, 12),
    T("""
Hi all,

Just a short note to say thank you for such a special couple of days at St Bride's. Fr Anthony said it was one of the best groups he's taken, and the warden asked if we can come back next year, which I'm taking as a compliment (even after the film-night popcorn situation).

A few of you asked for the reflection we used on the beach on Thursday morning, so here it is again:

"Be still, and know that I am God." (Psalm 46)
Think of one thing you want to leave behind from this term, and one thing you want to carry into the next.

If anything came up over the retreat that you'd like to talk about, the chaplaincy door is always open – or speak to your tutor or Student Services.

Photos are going up on the chaplaincy Teams channel (only the ones you said yes to!).

God bless,
Bernadette
"""), client="gmail", kind="alt", plain_cte="qp", html_cte="qp")

add("clean", "end_of_term_thanks_staff", "everyday: Principal's end-of-term thanks to staff",
    MOLYNEUX, [ALLSTAFF], "End of term – thank you", dt(2025, 12, 19, 14, 5),
    T("""
Dear colleagues,

As we finish for Christmas, I want to say a genuine thank you.

This has been a long and demanding term. We welcomed our largest ever Year 12, sent off more UCAS applications than ever before, and came through an Ofsted monitoring visit with some lovely comments about the care our students receive. Behind every one of those things is a huge amount of work from teachers, tutors, support staff, the chaplaincy, the site team and the office – much of it unseen.

I know too that several of you have been carrying a lot personally this term. Please do rest over the break. Switch off your e-mail. Nothing that arrives between now and 5 January is so urgent that it can't wait.

Mass this morning was a beautiful way to end the term – thank you to Fr Anthony, Bernadette and the choir.

Wishing you and your families a very happy and holy Christmas.

Catherine

Catherine Molyneux
Principal
"""), client="outlook", kind="alt")

add("clean", "course_change_reply", "everyday: Head of Psychology replies to carer about a course change",
    BRENNAN, [SAM], "RE: Changing from Sociology to Psychology", dt(2025, 9, 10, 16, 28),
    T("""
Dear Sam,

Thank you for your e-mail. Yes, we can make that change for Pupil Two – we're still within the first two weeks, and there's space in Ms Raman's group (12C), which is on at the same times as his Sociology lessons, so nothing else on his timetable needs to move.

He'll need to catch up on what he's missed, which is the introduction to approaches and the first part of social influence. Ms Raman will give him a catch-up pack on Friday, and I'd suggest he spends a couple of hours on it over the weekend.

I've asked Student Services to update his timetable, and he should see the change on the app from Monday. If it hasn't appeared by then, he should let them know.

Kind regards,

Dr Aisling Brennan
Head of Psychology
Example School Catholic Sixth Form College
Park Row, Leeds LS1 4AP | 01632 960000
"""), client="outlook", kind="alt",
    quote=dict(style="outlook", **{"from": "Sam Carer <sam.carer@outlook.com>"}, sent="09 September 2025 19:40",
               to="Aisling Brennan <a.brennan@example-school.org.uk>", subject="Changing from Sociology to Psychology",
               text=T("""
Dear Dr Brennan,

Pupil Two has asked me to get in touch. After the first week he's decided Sociology isn't for him and he'd really like to do Psychology instead. Is it too late to change?

Many thanks,
Sam Carer
""")), in_reply_to="<AM9PR05MB8126E3B2F0A7D4C19E6B5A2F8C0D1@AM9PR05MB8126.eurprd05.prod.outlook.com>")


# =====================================================================================
# WRITE
# =====================================================================================

README = T("""
# Round 28 – personal-address-to-parent – BLIND held-out corpus

**Blind, never use for tuning.** These messages were written without looking at mailguard's
code, rules, tests, docs or git history, so that they measure how the filter does on mail
nobody tuned it on. Do not adjust rules to make these pass; if you look at failures, treat
them as evidence about the policy, then write new, separate tests.

## What it is

{total} realistic outgoing e-mails from staff at a large Catholic sixth-form college on
Merseyside (ages 16–19: A levels and BTECs in law, psychology, classics, biology, film studies,
criminology; UCAS, chaplaincy and retreats, students with part-time jobs and cars, some scouse
in the staff register). School identity as in `config.example.yaml`: staff domain
`example-school.org.uk`, pupils `pupils.example-school.org.uk`, parents from
`directory/parents.csv`, school phone 01632 960000, postcode LS1 4AP.

Policy under test (school e-comms policy): staff must never use personal devices or personal
e-mail with pupils or parents, nor give them a personal phone number, home address or personal
e-mail, nor connect with them on social media.

`labels.csv` columns: `file,expected,sender,recipients,note` — `expected` is `flag` or `clean`;
`sender` is the envelope sender (the staff From address); `recipients` are the To+Cc addresses,
space-separated. Judgement calls are marked `[unsure]` in the note.

## How it was made / regenerating

Hand-written situations, rendered by `../make_round28_personal.py` (Python 3.11, standard
library only). Dates, Message-IDs and MIME boundaries are fixed, so the output is byte-identical
on every run:

    python3 tests/holdout/round28/make_round28_personal.py

The script rewrites the `.eml` files, `labels.csv` and this README in this directory, then
re-parses every file with
`email.message_from_bytes(..., policy=email.policy.default)` and checks the labels against the
headers, and that every phone number is in an Ofcom drama range.

## Counts

| expected | kind | count |
|---|---|---|
| flag | personal contact details / private channel to a parent or student | {n_flag} |
| clean | everyday school mail | {n_every} |
| clean | hard negatives | {n_hard} |
| **total** | | **{total}** |

Formats: {fmt_summary}.

## Kinds of case

Flags (staff → parent and/or student):
- personal mobile in many spellings: dotted, hyphenated in a signature, spaced, `+44 (0)`,
  `0044`, no spaces, `&nbsp;`-separated in HTML-only mail, split across a hard line break;
- home landline in `(0151)` form; home address for dropping off forms;
- personal e-mail: Hotmail in a base64 body, personal Gmail in `Reply-To`, personal Gmail in
  `Cc`, a family-domain address in body and signature;
- attachments only: a vCard (mobile, iCloud, home address) and an `.ics` invite (mobile,
  personal Gmail organiser);
- private channels: WhatsApp group link, Snapchat, Instagram "follow back", Discord server,
  Signal, Facebook/Messenger.

Hard negatives (clean):
- the school's own number, postcode and mailboxes; college-owned trip and chaplaincy mobiles
  stated as such; a colleague's official direct line;
- the parent's or student's own details read back or quoted (Gmail, Outlook and forwarded
  blocks);
- third parties given for a reason: coach firm, partner school, helplines, retreat house,
  work-placement host, university admissions, court venue address;
- numbers that are not phones: candidate/centre numbers, ULN/UCI, UCAS Personal ID (3-3-4
  digits), ISBNs, sort code and account number, Teams meeting ID and dial-in, prices, dates,
  times, car-park details;
- staff-only mail carrying personal details (HR change of address, staff Christmas do, a
  report to the DSL naming the teacher's own Instagram, a forwarded parent e-mail);
- e-safety advice naming apps; staff refusing to give a personal number or to add a student
  on Snapchat; a student's personal Gmail mentioned so they use the college account;
- [unsure] students asked to follow the college's official Instagram/TikTok.

Everyday (clean): homework and deadline reminders, feedback, attendance replies, trip and
retreat letters, UCAS and exams notices (with CSV/PDF attachments), newsletter, parents'
evening, bursary and student services, chaplaincy notices, staff admin and meeting notes.
""")

ALLOWED_PHONE_PREFIXES = [
    ("07700", "900"), ("0113", "4960"), ("0114", "4960"), ("0115", "4960"), ("0116", "4960"),
    ("0117", "4960"), ("0118", "4960"), ("0121", "4960"), ("0131", "4960"), ("0141", "4960"),
    ("0151", "4960"), ("0161", "4960"), ("020", "79460"), ("028", "96496"), ("029", "20180"),
    ("01632", "960"), ("0808", "1570"), ("0306", "9990"),
]
ALLOWED_MAIL_DOMAINS = ("example-school.org.uk", "example.com", "example.org", "example.net",
                        "gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com",
                        "btinternet.com", "live.co.uk", "aol.com", "protonmail.com", "sky.com",
                        "virginmedia.com", "mail.gmail.com", "google.com")


def phone_ok(digits):
    for a, b in ALLOWED_PHONE_PREFIXES:
        if digits.startswith(a + b) and len(digits) == 11:
            return True
    return False


def verify(files):
    import email
    import email.policy
    import re
    problems = []
    phone_re = re.compile(r"(?:\+44\s?\(0\)\s?|\+44\s?|0044\s?|\(?0)\d[\d \t\-.)\n]{7,14}\d")
    mail_re = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
    with open(os.path.join(OUT, "labels.csv"), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["file"] for r in rows] == files, "labels/files mismatch"
    for r in rows:
        with open(os.path.join(OUT, r["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        frm = msg["From"].addresses[0].addr_spec
        rcpts = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        if frm != r["sender"]:
            problems.append(f"{r['file']}: sender {frm} != {r['sender']}")
        if " ".join(rcpts) != r["recipients"]:
            problems.append(f"{r['file']}: recipients differ")
        if r["expected"] not in ("flag", "clean") or r["expected"] not in r["file"]:
            problems.append(f"{r['file']}: bad label")
        if msg.defects:
            problems.append(f"{r['file']}: defects {msg.defects}")
        texts = [str(msg["Subject"])]
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.defects:
                problems.append(f"{r['file']}: part defects {part.defects}")
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                part.get_content()
            texts.append(payload.decode("latin-1"))
        blob = html.unescape("\n".join(texts)).replace("\xa0", " ").replace("\r", "")
        for mobj in phone_re.finditer(blob):
            s = mobj.group(0)
            digits = re.sub(r"\D", "", s)
            if s.startswith("+44") or s.startswith("0044"):
                digits = "0" + digits[4:] if s.startswith("0044") else "0" + digits[2:]
                if "(0)" in s:
                    digits = "0" + digits[2:]
            if len(digits) >= 10 and digits[:2] in ("01", "02", "03", "07", "08"):
                if not phone_ok(digits[:11]):
                    problems.append(f"{r['file']}: non-fictional-looking phone {s!r}")
        for addr in [a.addr_spec for h in ("From", "To", "Cc", "Reply-To") if msg[h] for a in msg[h].addresses] + \
                [m.group(0) for m in mail_re.finditer(blob)]:
            dom = addr.split("@", 1)[1].lower().rstrip(".")
            if not any(dom == d or dom.endswith("." + d) for d in ALLOWED_MAIL_DOMAINS):
                problems.append(f"{r['file']}: unexpected mail domain {addr}")
    return problems


def main():
    os.makedirs(OUT, exist_ok=True)
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    every = [m for m in cleans if m["note"].startswith("everyday")]
    hard = [m for m in cleans if m["note"].startswith("hard negative")]
    assert len(flags) == 20 and len(cleans) == 60 and len(every) == 30 and len(hard) == 30, \
        (len(flags), len(cleans), len(every), len(hard))
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs)

    # Interleave deterministically: one flag, then three cleans (everyday and hard negatives alternating).
    clean_order = []
    for i in range(30):
        clean_order.append(every[i])
        clean_order.append(hard[i])
    order = []
    fi = ci = 0
    while fi < 20 or ci < 60:
        if fi < 20:
            order.append(flags[fi]); fi += 1
        for _ in range(3):
            if ci < 60:
                order.append(clean_order[ci]); ci += 1

    # remove old outputs of this generator
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))

    files = []
    rows = []
    fmt = {"text/plain only": 0, "multipart/alternative": 0, "HTML only": 0, "with attachments": 0,
           "quoted-printable": 0, "base64 body": 0, "8bit": 0, "RFC 2047 subject": 0, "replies/forwards": 0}
    for n, m in enumerate(order, 1):
        fn = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        raw = render(m, n)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        files.append(fn)
        rows.append([fn, m["label"], m["frm"][1], all_recipients(m), m["note"]])
        kind = {"plain": "text/plain only", "alt": "multipart/alternative", "html": "HTML only"}[m["kind"]]
        fmt[kind] += 1
        if m["attachments"]:
            fmt["with attachments"] += 1
        s = raw.decode("utf-8", "replace")
        if "quoted-printable" in s:
            fmt["quoted-printable"] += 1
        if "Content-Transfer-Encoding: base64" in s.split("Content-Disposition: attachment")[0]:
            fmt["base64 body"] += 1
        if "Content-Transfer-Encoding: 8bit" in s:
            fmt["8bit"] += 1
        if "Subject: =?" in s:
            fmt["RFC 2047 subject"] += 1
        if m["quote"]:
            fmt["replies/forwards"] += 1

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)

    fmt_summary = ", ".join(f"{v} {k}" for k, v in fmt.items())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README.format(total=len(order), n_flag=len(flags), n_every=len(every),
                               n_hard=len(hard), fmt_summary=fmt_summary))

    problems = verify(files)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print(f"wrote {len(files)} messages ({len(flags)} flag, {len(cleans)} clean) to {OUT}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
