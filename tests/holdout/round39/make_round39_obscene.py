#!/usr/bin/env python3
"""Generate the round-39 blind hold-out corpus for the obscene-language module.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into ./obscene-language/
next to this script.  Python 3.11 standard library only; fully deterministic (fixed dates,
Message-IDs and MIME boundaries), so running it twice gives byte-identical files.

Setting: a large inner-city primary school (nursery, children's centre, breakfast club,
parents' cafe, food bank and uniform swap; Somali, Bengali, Tamil, Turkish and Portuguese
speaking families; Year 6 SATs and residential).

BLIND corpus: never use it for tuning the filter.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

SD = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people
def s(name, local):
    return (name, f"{local}@{SD}")


def pu(name, local):
    return (name, f"{local}@{PD}")


HEAD = s("Farhana Begum", "f.begum")
DO = s("Daniel Okafor", "d.okafor")
DSL = s("Designated Safeguarding Lead", "dsl")
HW = s("Hodan Warsame", "h.warsame")
PR = s("Priya Raman", "p.raman")
TG = s("Tom Gallagher", "t.gallagher")
AD = s("Aylin Demir", "a.demir")
BC = s("Beatriz Costa", "b.costa")
KM = s("Kevin Marsh", "k.marsh")
RH = s("Rachel Hughes", "r.hughes")
JH = s("Jamal Hussain", "j.hussain")
SP = s("Sandra Pike", "s.pike")
OFFICE = s("Example School Office", "office")
ATT = s("Attendance - Example School", "attendance")
LK = s("Laura Kemp", "l.kemp")
SDY = s("Sean Doyle", "s.doyle")
KS = s("Kavitha Sivakumar", "k.sivakumar")
CB = s("Chloe Barnes", "c.barnes")
OP = s("Owen Pritchard", "o.pritchard")
GA = s("Grace Adeyemi", "g.adeyemi")
LF = s("Luis Ferreira", "l.ferreira")
EW = s("Emma Walsh", "e.walsh")
HC = s("Hamza Chowdhury", "h.chowdhury")
RE = s("Ruth Ellison", "r.ellison")
DH = s("Denise Holt", "d.holt")
MC = s("Michelle Cox", "m.cox")
MO = s("Mark Odukoya", "m.odukoya")
JT = s("Jo Tanner", "j.tanner")
STAFF = s("All Staff", "staff")
TEACHERS = s("Teaching Staff", "teachers")
PTA = s("Friends of Example School", "pta")

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

IDRIS = pu("Idris Abdi", "18iabdi")
MARYAM = pu("Maryam Rahman", "18mrahman")
NILA = pu("Nila Selvaraj", "20nselvaraj")
YUSUF = pu("Yusuf Hassan", "20yhassan")
ELIF = pu("Elif Aydın", "20eaydin")
TIAGO = pu("Tiago Silva", "19tsilva")
KEREM = pu("Kerem Yılmaz", "19kyilmaz")
AMINA = pu("Amina Ahmed", "19aahmed")
RUMI = pu("Rumi Miah", "19rmiah")

SIG = {
    "PR": "Priya Raman\nYear 6 Teacher | Maths Lead\nExample School, Park Row, Leeds LS1 4AP\nT: 01632 960000",
    "TG": "Tom Gallagher\nYear 6 Teacher & PE Lead\nExample School\nPark Row, Leeds LS1 4AP | 01632 960000",
    "SP": "Kind regards,\n\nSandra Pike\nOffice Manager\nExample School\nPark Row, Leeds LS1 4AP\nTel 01632 960000 | office@example-school.org.uk",
    "HW": "Hodan Warsame\nFamily Liaison Officer (English / Somali)\nExample School & Children's Centre\nPark Row, Leeds LS1 4AP\n01632 960000",
    "BC": "Beatriz Costa\nNursery Manager\nExample School Nursery\nPark Row, Leeds LS1 4AP\nTel: 01632 960000",
    "KM": "Kevin Marsh\nSite Manager\nExample School, Park Row, Leeds LS1 4AP\n01632 960000 | Mobile 07700 900614",
    "RH": "Rachel Hughes\nSENCo\nExample School\nPark Row, Leeds LS1 4AP\nT 01632 960000\nI work Monday to Thursday.",
    "JH": "Jamal Hussain\nYear 4 Teacher\nExample School | 01632 960000",
    "FB": "Farhana Begum\nHeadteacher\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000\n\"Every child, every family, every day\"",
    "DO": "Daniel Okafor\nDeputy Headteacher | Designated Safeguarding Lead\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "ATT": "Nadia Islam\nAttendance Officer\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000 (option 1 for absence)",
    "LK": "Laura Kemp\nChildren's Centre Coordinator\nExample School Children's Centre\nPark Row, Leeds LS1 4AP\n01632 960000",
    "SDY": "Sean Doyle\nBreakfast Club Lead\nExample School | Park Row, Leeds LS1 4AP | 01632 960000",
    "KS": "Kavitha Sivakumar\nEAL Coordinator\nExample School\nPark Row, Leeds LS1 4AP\nTel 01632 960000",
    "CB": "Chloe Barnes\nYear 3 Teacher | English Lead\nExample School",
    "OP": "Owen Pritchard\nSchool Business Manager\nExample School, Park Row, Leeds LS1 4AP\nDirect line via office: 01632 960000",
    "GA": "Grace Adeyemi\nReception Teacher\nExample School, Park Row, Leeds LS1 4AP",
    "LF": "Luis Ferreira\nTeaching Assistant (Portuguese / English)\nExample School | 01632 960000",
    "EW": "Emma Walsh\nYear 5 Teacher & Science Lead\nExample School\n01632 960000",
    "HC": "Mr H. Chowdhury\nYear 5 Teacher | Geography Lead\nExample School, Park Row, Leeds LS1 4AP",
    "RE": "Ruth Ellison\nYear 3 Teacher & RE Lead\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "MC": "Michelle Cox\nKitchen Manager\nExample School\n01632 960000",
    "MO": "Mark Odukoya\nComputing Lead & Network Manager\nExample School, Park Row, Leeds LS1 4AP",
    "JT": "Jo Tanner\nYear 1 Teacher | Eco Club\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000",
    "AD": "Aylin Demir\nYear 2 Teacher\nExample School | Park Row, Leeds LS1 4AP | 01632 960000",
}


# --------------------------------------------------------------------------- helpers
def T(x):
    """Strip the first newline of a triple-quoted block."""
    return x[1:] if x.startswith("\n") else x


def uk_tz(dt):
    bst = datetime(2025, 3, 30, 1, 0) <= dt < datetime(2025, 10, 26, 1, 0)
    return timezone(timedelta(hours=1 if bst else 0))


def date_hdr(y, mo, d, h, mi, sec=0):
    dt = datetime(y, mo, d, h, mi, sec)
    return format_datetime(dt.replace(tzinfo=uk_tz(dt)))


def addr(p):
    name, a = p
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def is_ascii(x):
    return all(ord(c) < 128 for c in x)


def enc_words(text, kind="B"):
    """RFC 2047 encode the whole of text (even if ASCII), split into <=75-char words."""
    raw = text.encode("utf-8")
    words = []
    if kind == "B":
        for i in range(0, len(raw), 36):
            words.append("=?UTF-8?B?" + base64.b64encode(raw[i:i + 36]).decode() + "?=")
    else:
        chunk = ""
        for ch in text:
            enc = ""
            for b in ch.encode("utf-8"):
                c = chr(b)
                if c == " ":
                    enc += "_"
                elif c.isalnum() and b < 128:
                    enc += c
                else:
                    enc += "=%02X" % b
            if len(chunk) + len(enc) > 50:
                words.append("=?UTF-8?Q?" + chunk + "?=")
                chunk = ""
            chunk += enc
        if chunk:
            words.append("=?UTF-8?Q?" + chunk + "?=")
    return "\n ".join(words)


def subj_hdr(subject, force=None):
    if force:
        return enc_words(subject, force)
    if is_ascii(subject):
        return subject
    return Header(subject, "utf-8").encode()


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        b = self.body
        if not b.endswith("\n"):
            b += "\n"
        return "\n".join(self.headers) + "\n\n" + b


def encode_body(text, cte):
    if cte in ("7bit", "8bit"):
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(cte)


def text_part(ctype, text, cte=None, raw=None, flowed=False):
    asc = is_ascii(text if raw is None else raw)
    if cte is None:
        cte = "7bit" if asc else "quoted-printable"
    cs = "us-ascii" if (asc and cte == "7bit") else "utf-8"
    ct = f'Content-Type: {ctype}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    body = raw if raw is not None else encode_body(text, cte)
    return Part([ct, f"Content-Transfer-Encoding: {cte}"], body)


def attach(filename, ctype, data, cte="base64", inline=False):
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    disp = "inline" if inline else "attachment"
    extra = ""
    if ctype.startswith("text/"):
        cs = "utf-8" if not is_ascii(data.decode("utf-8")) else "us-ascii"
        extra = f'; charset="{cs}"'
    return Part([
        f'Content-Type: {ctype}{extra}; name="{filename}"',
        f'Content-Disposition: {disp}; filename="{filename}"',
        f"Content-Transfer-Encoding: {cte}",
    ], body)


def multipart(sub, parts, boundary, preamble=False):
    lines = []
    if preamble:
        lines.append("This is a multi-part message in MIME format.\n")
    for p in parts:
        lines.append("--" + boundary)
        lines.append(p.render())
    lines.append("--" + boundary + "--")
    return Part([f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"'], "\n".join(lines) + "\n")


def html_from_text(text, style="outlook"):
    """Turn a plain body into simple HTML like a mail client would."""
    out = []
    quote = []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(q, quote=False) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()

    paras = text.split("\n\n")
    for para in paras:
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            for l in lines:
                quote.append(l[1:].lstrip(" "))
            continue
        flush_quote()
        inner = "<br>\n".join(html.escape(l, quote=False) for l in lines)
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{inner}</p>')
        else:
            out.append(f"<div>{inner}</div><div><br></div>")
    flush_quote()
    if style == "outlook":
        return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Aptos,Calibri,sans-serif}</style>\n"
                "</head>\n<body lang=\"EN-GB\">\n<div class=\"WordSection1\">\n"
                + "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + "\n".join(out) + "\n</div>\n"


def hid(slug, n=16):
    return hashlib.sha1(("r39obs:" + slug).encode()).hexdigest()[:n]


def make_pdf(lines):
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 60 780 Td 15 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def make_png(w=4, h=3, rgb=(200, 200, 200)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- message model
MSGS = []


def M(slug, label, note, frm, to, subject, date, body=None, cc=(), kind="plain", cte=None,
      html_body=None, html_cte="quoted-printable", style="outlook", atts=(), subj_force=None,
      raw_qp=None, reply_to_id=None, mailer=None):
    MSGS.append(dict(slug=slug, label=label, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, body=body, kind=kind, cte=cte, html_body=html_body,
                     html_cte=html_cte, style=style, atts=list(atts), subj_force=subj_force,
                     raw_qp=raw_qp, reply_to_id=reply_to_id, mailer=mailer))


def build(m):
    slug = m["slug"]
    h = hid(slug, 32)
    if m["style"] == "outlook":
        msgid = f"<{h[:4].upper()}PR0{h[4]}MB{h[5:9].upper()}{h[9:25].upper()}@{h[25:29].upper()}PR0{h[29]}MB.eurprd0{int(h[30],16)%9+1}.prod.outlook.com>"
        b_alt = f"_000_{h[:20].upper()}_"
        b_mix = f"_004_{h[:20].upper()}_"
    elif m["style"] == "apple":
        msgid = f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@example-school.org.uk>"
        b_alt = f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
        b_mix = f"Apple-Mail={h[16:24].upper()}-{h[24:28].upper()}-{h[28:32].upper()}"
    else:
        msgid = f"<CA+{base64.b32encode(bytes.fromhex(h)).decode().rstrip('=')[:38]}@mail.gmail.com>"
        b_alt = "000000000000" + h[:16]
        b_mix = "000000000000" + h[16:32]

    # body
    if m["kind"] == "html":
        body = text_part("text/html", m["html_body"], cte=m["html_cte"])
    elif m["kind"] == "alt":
        t = text_part("text/plain", m["body"], cte=m["cte"], raw=m["raw_qp"])
        hb = m["html_body"] if m["html_body"] is not None else html_from_text(m["body"], m["style"])
        body = multipart("alternative", [t, text_part("text/html", hb, cte=m["html_cte"])], b_alt)
    else:
        if m["raw_qp"] is not None:
            body = text_part("text/plain", m["body"], cte="quoted-printable", raw=m["raw_qp"])
        else:
            body = text_part("text/plain", m["body"], cte=m["cte"], flowed=(m["style"] == "apple"))
    if m["atts"]:
        body = multipart("mixed", [body] + [attach(*a) for a in m["atts"]], b_mix)

    hdrs = [f"From: {addr(m['frm'])}", "To: " + ",\n ".join(addr(p) for p in m["to"])]
    if m["cc"]:
        hdrs.append("Cc: " + ",\n ".join(addr(p) for p in m["cc"]))
    hdrs.append("Subject: " + subj_hdr(m["subject"], m["subj_force"]))
    hdrs.append("Date: " + m["date"])
    hdrs.append("Message-ID: " + msgid)
    if m["reply_to_id"]:
        hdrs.append(f"In-Reply-To: <{m['reply_to_id']}>")
        hdrs.append(f"References: <{m['reply_to_id']}>")
    if m["style"] == "outlook":
        hdrs.append("Accept-Language: en-GB, en-US")
        hdrs.append("Content-Language: en-GB")
    if m["mailer"]:
        hdrs.append("X-Mailer: " + m["mailer"])
    hdrs.append("MIME-Version: 1.0")
    text = "\n".join(hdrs) + "\n" + body.render()
    return msgid, text.encode("utf-8")


# =========================================================================== FLAGS
M("moderation_shitshow", "flag", "Y6 teacher venting to colleague after moderation: 'shitshow', 'pissed off'",
  PR, [TG], "Re: writing moderation", date_hdr(2025, 6, 5, 16, 48), T("""
Tom,

Just got back from the borough moderation cluster. Honestly it was a shitshow from
start to finish. The moderator hadn't read the updated exemplification, spent forty
minutes on one piece of Maryam's writing and then told us "greater depth" needs
evidence across six different forms. Six! Nobody else in the cluster had heard that
either.

I'm properly pissed off because we did everything they asked at the briefing in
March. I've sent Farhana my notes, but can you bring your folders in tomorrow so we
can go through the ones they queried? 8am, before breakfast club gets loud?

Also Adnan's narrative is still in my bag, remind me.

P
"""), style="apple", mailer="Apple Mail (2.3774.600.62)")

M("boiler_contractor_wankers", "flag", "site manager to business manager about heating contractor: 'wankers', 'pissing us about'",
  KM, [OP], "Boiler - AGAIN", date_hdr(2025, 1, 13, 7, 22), T("""
Morning Owen,

Heating in the KS1 block is off again. Got in at 6.15 and it was 11 degrees in Year 1.
I've put the oil-filled heaters in Reception and the nursery but we haven't got enough
for every room, so Year 2 are in the hall for the first lesson.

Rang the contractor at 7. Same bloke, same story - part's on order, engineer will be
out "Wednesday latest". They've been pissing us about since before Christmas and
frankly they're a bunch of wankers. That's three call-outs we've paid for and it's
still not fixed.

Can you look at the contract and see whether we can hold back payment or get someone
else in? I've logged every visit in the site book with times.

Cheers
Kevin

""") + SIG["KM"], kind="alt")

M("coach_cancelled_fucking_hell", "flag", "Y6 residential lead to colleague, coach cancelled: 'Fucking hell'",
  TG, [PR], "coach for the residential", date_hdr(2025, 5, 20, 12, 31), T("""
Fucking hell. Coach company has just rung - they've "double booked" the 53-seater for
the 16th and can only offer us two minibuses. We can't take 58 kids, 9 adults and all
the bags in two minibuses.

I'm ringing round the others on the LA approved list this afternoon. Don't say anything
to the kids yet, they'll only tell their parents and we'll have the whole playground
asking at pick-up.

T

Sent from Outlook for iOS
"""), mailer=None)

M("parent_reply_bollocks", "flag", "teacher's reply to a parent (Ali Guardian) calls his complaint 'bollocks'",
  JH, [ALI], "Re: Homework complaint", date_hdr(2025, 3, 12, 21, 14), T("""
Mr Guardian,

I've read your email twice now. With respect, the idea that I've been picking on
Example Pupil Three is bollocks. Every child in 4H got the same spelling homework,
the same deadline and the same reminder on Class Dojo. He handed nothing in for three
weeks running, and I kept him in for ten minutes on Monday to do it with me, which
is what happens for everyone.

I am happy to meet with you and Mrs Begum if you want to take this further, but I
won't be told that I treat him differently because of where your family is from.
That isn't true.

Jamal Hussain
Year 4 Teacher

On Wed, 12 Mar 2025 at 19:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Mr Hussain,
>
> My son tells me he is the only one who gets told off about homework. He says
> you don't like him. I want to know why he is being singled out every week
> and kept in at break when other children are not.
>
> Ali Guardian
"""), style="gmail", reply_to_id="CAKp7Qm3vR0aGuardian20250312@mail.gmail.com")

M("uniform_swap_racial_slur", "flag", "admin assistant to office manager: racial slur and offensive generalisation about families using the uniform swap",
  DH, [SP], "uniform swap this morning", date_hdr(2025, 2, 4, 10, 52), T("""
Sandra,

Uniform swap was rammed again this morning, took me till gone 10 to clear up. Same
faces every week - load of Pakis and Somalis taking six jumpers each and then you see
the same ones on the stall down the market on Saturday. I'm not being funny but it's
meant to be a swap, not a free shop.

Can we put a limit of two items per family on the sign? I'll do a new one if you're OK
with it.

Denise
"""))

M("staff_photo_spaz", "flag", "Y2 teacher to colleague: disability slur 'spaz' about herself in staff photo",
  AD, [GA], "staff photo lol", date_hdr(2025, 3, 18, 17, 6), T("""
Grace have you seen the staff photo proofs?? I look like a total spaz, eyes half shut
and my mouth hanging open 😂 Please tell me there's a retake, I'm not having that on
the website for the next five years.

Also are you still ok to swap playground duty on Thursday? I've got the dentist at 3.40.

A x
"""), kind="alt", style="gmail")

M("breakfast_club_notes_txt_twat", "flag", "breakfast club lead: clean covering note, swearing ('twat', 'bastards') in attached notes .txt",
  SDY, [OP], "Breakfast club rota + my notes for the funding report", date_hdr(2025, 4, 3, 15, 40), T("""
Hi Owen,

As asked, attached are my notes from this term for the funding report, and the rota
for summer term is on the shared drive (Breakfast Club > 2025 Summer).

Headline is numbers are up: we averaged 58 a morning this term and hit 71 in the week
of the Year 6 mocks. We're going to need a third adult on Mondays and Fridays.

Cheers

""") + SIG["SDY"], atts=[("breakfast_club_notes_spring.txt", "text/plain", T("""
BREAKFAST CLUB - NOTES SPRING TERM 2025 (Sean)

Numbers
- average 58 per morning, lowest 41 (snow day week), highest 71
- 19 children on free places (FSM / referred by Hodan)
- waiting list: 6 nursery siblings

Food
- bagels from the wholesaler are fine, porridge most popular in Jan/Feb
- fruit: bananas go, apples don't
- halal spread and the dairy-free milk are working, keep ordering

Staffing
- Lorraine keeps turning up at 8.05 and leaving me on my own with 40 kids, she's an
  absolute twat about it and says it's "only five minutes". Not acceptable ratio-wise.
- need 3rd adult Mon + Fri

Suppliers
- milk delivery short by 6 pints three times this term. The dairy are bastards for it,
  they still charge the full invoice. Owen can you chase?

Equipment
- toaster no.2 died 12 March, replacement needed
- need new floor mats for the hall corner
""").encode("utf-8"), "7bit")])

M("uniform_swap_stock_csv", "flag", "family liaison officer's stock count: swearing ('shite', 'piss', 'bugger') in attached CSV notes column",
  HW, [SP], "Uniform swap stock count", date_hdr(2025, 6, 24, 14, 5), T("""
Hi Sandra,

Here's the stock count from the uniform swap cupboard before the summer rush, so you
can see what to ask for in the newsletter. We're very short of book bags and PE shorts
in the small sizes, and we need summer dresses in age 4-5 for the new Reception
children starting in September.

I've put what we need most at the top. The Turkish community centre said they can give
us some coats in the autumn.

Thanks
Hodan

""") + SIG["HW"], atts=[("uniform_swap_stock_june.csv", "text/csv", T("""
item,size,qty,condition,notes
Book bag,,3,mixed,some bugger took the new ones we got from the PTA - need 30
PE shorts (navy),3-4,2,poor,shite condition - bin these
PE shorts (navy),5-6,4,ok,
Summer dress (blue check),4-5,1,good,need at least 15 for new Reception
Sweatshirt (red),5-6,14,good,
Sweatshirt (red),7-8,11,good,
Sweatshirt (red),9-10,6,ok,
Polo shirt (white),mixed,40,ok,loads - don't ask for more
Coat,9-10,2,stained,smells of piss - don't put out
Black school shoes,11 / 12 / 1,5,ok,
Nursery t-shirt,2-3,9,good,
""").encode("utf-8"), "7bit")])

M("parking_subject_2047_arsehole", "flag", "business manager to head: insult ('arsehole') only in the RFC 2047 base64-encoded subject",
  OP, [HEAD], "Parking suspension - that arsehole from the council again", date_hdr(2025, 5, 2, 9, 3), T("""
Farhana,

He's back. Same officer, same suspension notice for Park Row for the water main works,
now starting on the Monday of SATs week with no consultation. Photo of the notice on
the lamp post attached. I've asked for a call back from the highways team and copied in
our ward councillor.

Can you put something in Friday's newsletter so parents know drop-off is going to be a
pain that week? I'll ask Kevin to open the Garden Lane gate at 8.15 as well.

Owen

""") + SIG["OP"], subj_force="B", atts=[("IMG_4471.png", "image/png", make_png(6, 4, (240, 210, 40)))])

M("pupil_poem_holy_shit", "flag", "Y6 teacher replying to a pupil's homework: 'holy shit'",
  TG, [IDRIS], "Re: my space poem", date_hdr(2025, 2, 7, 19, 41), T("""
Idris - holy shit, this is brilliant. The bit about the moon being "a torch somebody
forgot to switch off" gave me goosebumps. Bring it in on Monday and read it out in
assembly? I'll check with Mrs Begum.

Mr G

On Fri, 7 Feb 2025 at 18:22, Idris Abdi <18iabdi@pupils.example-school.org.uk> wrote:
> hi mr gallagher here is my poem for the homework i did it on google docs but it
> wouldnt share so i copied it
>
> Night Shift
> The moon is a torch somebody forgot to switch off
> the foxes are doing the bins on our road
> ...
"""), style="gmail")

M("laminator_asterisk_masks", "flag", "Y3 teacher to colleague, asterisk-masked swearing: 'f*cking', 'sh*t'",
  CB, [EW], "Re: display for open morning", date_hdr(2025, 3, 5, 15, 57), T("""
Em, the f*cking laminator has eaten half my Year 3 display again. Three hours of work,
shredded. I swear that machine is possessed. Is the one in the Year 5 cupboard working
or is that sh*t too? Need it before 4 if poss, open morning is tomorrow and my board is
currently a border and some backing paper.

x
"""), kind="alt")

M("five_a_side_leet_homophobic", "flag", "breakfast club lead to TA: leetspeak homophobic slur 'p00f' about a colleague, and 'b0ll0cks'",
  SDY, [LF], "5-a-side thurs", date_hdr(2025, 1, 28, 16, 22), T("""
Luis mate, you in for 5-a-side Thursday at the cage? Kick off 6.

We need a keeper, Dave's done his ankle. Don't bring the new TA from Y2, he's a right
p00f, squealed every time the ball came near him last week lol. And tell Gaz his
b0ll0cks about the ref being biased is getting old.

Sean
"""), style="gmail")

M("reception_dad_dotted", "flag", "Reception teacher to colleague about a father: 'c.u.n.t' with dots between letters",
  GA, [AD], "pick up today", date_hdr(2025, 6, 11, 15, 52), T("""
Just had one of my dads at the door at 3.30 shouting at Precious because his son had
paint on his jumper. In front of all the other parents. He is an absolute c.u.n.t.

I've written it up for Daniel but wanted you to know in case he comes round to your door
next, he said he'd be "having a word with the whole school".

G
"""))

M("friday_repeated_letters", "flag", "Y5 teacher to colleagues, stretched swearing: 'Fuuuuuck', 'Shiiiiit'",
  EW, [CB, PR], "FRIDAY", date_hdr(2025, 3, 14, 14, 12), T("""
Fuuuuuuck me what a week. Science fair, two observations and a nosebleed in the hall
during Year 5's assembly.

Pub? The Anchor at 4.30, I'm buying the first round.

Shiiiiit I forgot, I've got the book look with Farhana at 4. Make it 5.

Em x
"""), kind="alt", style="gmail")

M("ehcp_caseworker_cyrillic", "flag", "SENCo to deputy about LA caseworker: 'bastard' and 'shit' spelt with Cyrillic/Ukrainian homoglyph letters",
  RH, [DO], "Annual review cancelled - AGAIN", date_hdr(2025, 2, 26, 11, 18), T("""
Daniel,

The LA caseworker has cancelled Yusuf's annual review for the third time, forty minutes
before it was due to start. Mum had taken the morning off work, the speech and language
therapist had come in specially and the interpreter was already in reception. I had to
tell Mum in the corridor.

The b\u0430stard didn't even ring, just a two-line email. It's a sh\u0456t way to treat a
family who have done everything asked of them.

I'm escalating to the team manager today and I'll copy you in. Can we talk at lunch
about whether we request the review ourselves under the 12-month rule?

Rachel
"""), kind="alt", cte="8bit")

M("ofsted_nursery_fullwidth", "flag", "nursery manager to children's centre coordinator about inspectors: full-width letters 'Ｗａｎｋｅｒｓ'",
  BC, [LK], "They've gone!!", date_hdr(2025, 6, 19, 15, 44), T("""
Laura, they've gone. Good in all areas, which I'll take.

But the lead inspector spent twenty minutes telling me our nappy-changing log wasn't
"granular enough". Ｗａｎｋｅｒｓ.

The team are going up to the café for cake, come down if you can. B x
"""), cte="quoted-printable")

M("parentpay_zero_width_sam", "flag", "breakfast club lead (lives locally) to parent Sam Carer: 'shite' and 'piss' broken with zero-width spaces",
  SDY, [SAM], "Re: breakfast club payment", date_hdr(2025, 5, 8, 19, 2), T("""
Hi Sam,

Don't stress about the late payment, honestly it happens. That app is a load of
sh\u200bite anyway, half the parents can't log in since the update. I've marked Example
Pupil Two down as paid for this week and you can sort it whenever.

And ignore what the office said about the booking deadline, they're taking the p\u200biss
with that rule. Just message me.

See you at the football Saturday.

Sean
"""), kind="alt", style="gmail")

M("sats_portal_html_split", "flag", "HTML-only mail to colleague; swearing split by tags and numeric entities ('sh<span>ite', '&#102;&#117;&#99;&#107;ing')",
  PR, [TG], "access arrangements", date_hdr(2025, 3, 26, 17, 33), None, kind="html", html_body=T("""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Aptos,Calibri,sans-serif}</style>
</head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Tom,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The STA portal has logged me out <b>four</b> times while I was entering the access arrangements for the six who need readers. Absolute sh<span style="color:black">ite</span>. If it does it once more I am throwing this &#102;&#117;&#99;&#107;ing laptop out of the window.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Deadline is Friday. Can you do the timetable variation ones tomorrow in PPA and I&#8217;ll finish the rest?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">P</p>
</div>
</body>
</html>
"""))

_qp_bollocks = T("""
Owen,

Read the LA letter on the falling rolls adjustment last night. It is complete boll=
ocks. They have used the October census, which was before the four new families
from the hotel were placed with us, so we are 23 children down on paper and
about 140k down in real money.

Can you pull together the admissions since October with dates, and the
in-year transfer forms? I want to send it to the schools forum rep before the
meeting on the 24th. Farhana knows.

Daniel
""")
M("falling_rolls_qp_softbreak", "flag", "deputy to business manager: 'bollocks' split by a quoted-printable soft line break",
  DO, [OP], "LA falling rolls letter", date_hdr(2025, 1, 21, 7, 48), _qp_bollocks.replace("=\n", ""),
  raw_qp=_qp_bollocks, cc=[HEAD])

M("interpreters_base64_body", "flag", "EAL coordinator to family liaison officer: base64 body with \"Fuck's sake\"",
  KS, [HW], "interpreters for parents' evening", date_hdr(2025, 3, 17, 12, 26), T("""
Hodan, the agency have just told me they've got no Tamil or Somali interpreters on the
26th. Fuck's sake. I booked them in January and got a confirmation.

Do you know anyone from the mosque or the Saturday Tamil school who could help for an
hour or two? I'll pay them out of the EAL budget if Owen agrees. Bengali and Turkish
are still fine.

Sorry, rant over. K
"""), cte="base64")


# =========================================================================== CLEAN: everyday
M("breakfast_club_booking", "clean", "office reminder to parent about breakfast club times and payment",
  SP, [JANE], "Breakfast club - summer term booking", date_hdr(2025, 4, 17, 11, 2), T("""
Dear Ms Parent,

Thank you for booking Example Pupil One into breakfast club for the summer term.

Just a reminder that the doors open at 7.45am via the gate on Garden Lane (not the main
entrance on Park Row) and the last drop-off is 8.30am. Breakfast club costs £1.50 a
session; sessions are free for families who receive free school meals, so please let
us know if your circumstances change.

Payment is through ParentPay as before. If you have any trouble logging in, pop into
the office and we will reset it for you.

""") + SIG["SP"])

M("sats_week_timetable", "clean", "Year 6 team letter to parents with SATs timetable and free breakfast",
  PR, [JANE, SAM, ALI], "Year 6 SATs week – timetable and breakfast", date_hdr(2025, 5, 1, 16, 10), T("""
Dear Year 6 parents and carers,

SATs week is nearly here and the children have worked incredibly hard this year. Here is
what the week looks like:

Monday 12 May - English grammar, punctuation and spelling (Papers 1 and 2)
Tuesday 13 May - English reading
Wednesday 14 May - Maths Paper 1 (arithmetic) and Paper 2 (reasoning)
Thursday 15 May - Maths Paper 3 (reasoning)

Every Year 6 child is invited to a free breakfast in the parents' café from 8.00am each
day that week - toast, cereal, fruit and juice, with halal and vegetarian options as
usual. Please have your child in school by 8.30 at the latest; the tests start at 9.15
and a child who arrives after a test has started may not be allowed to sit it.

If your child is unwell that week, please ring the office on 01632 960000 before
8.30am. Some children will sit their tests in a smaller room or with extra time; we
have already spoken to those families.

On Friday we will have a picnic on the field to say well done. The children don't need
to bring anything.

Most of all, please help them get a good night's sleep, and remind them that these tests
are only a small part of who they are.

With best wishes,

Priya Raman and Tom Gallagher
Year 6 Team

""") + SIG["PR"], kind="alt")

M("residential_payment_medical", "clean", "Y6 residential payment plan and medical form, PDF attached",
  TG, [("Hawa Jama", "hawa.jama.family@hotmail.co.uk")], "Year 6 residential - final payment and medical form", date_hdr(2025, 5, 6, 13, 25), T("""
Dear Mrs Jama,

Thank you for the payments so far for the Year 6 residential. There is £45 left to pay,
which can be paid in instalments on ParentPay up to Friday 6 June. If that is difficult,
please speak to Mrs Warsame in confidence - no child will miss the trip because of cost.

I've attached the medical and dietary form. Please fill it in even if nothing has
changed since the autumn, and send it back in the book bag or to the office by 30 May.
If Ayaan needs any medication while we're away, it must be in its
original box with the pharmacy label.

We'll hold a short information evening for parents on Tuesday 3 June at 5.30pm in the
hall, with tea and biscuits. Mrs Warsame and Mr Ferreira will be there to help with
Somali and Portuguese.

Thanks,

""") + SIG["TG"], kind="alt", atts=[("Y6_residential_medical_form.pdf", "application/pdf", make_pdf([
    "Example School - Year 6 Residential 2025", "Medical and dietary information form",
    "Child's name: ______________________   Class: ______",
    "Allergies: ______________________________________",
    "Medication (name, dose, times): ____________________",
    "Dietary needs (halal / vegetarian / other): ___________",
    "Emergency contact 1: _______________  Tel: __________",
    "Signed (parent/carer): ______________  Date: ________",
    "Return to the school office by Friday 30 May 2025."]))])

M("parents_cafe_rota", "clean", "family liaison officer to parent volunteers: café rota and food hygiene training",
  HW, [SAM, ("Fadumo (café volunteer)", "fadumo.cafe.volunteer@gmail.com"),
       ("Shapla Begum", "shapla.mum.of.three@yahoo.co.uk"), ("Rosa Mendes", "rosa.mendes.volunteer@hotmail.co.uk")],
  "Parents' café rota after half term", date_hdr(2025, 2, 14, 15, 20), T("""
Hello all,

Thank you so much for everything this half term. The café had its busiest week yet
- 63 families on Wednesday, and the Somali cookery morning went really well.

Here is the rota after half term:

Monday - Rosa and Shapla (9.00-11.00)
Wednesday - Fadumo and Sam (9.00-11.30, stay and play in the hall at the same time)
Friday - Shapla (9.00-10.30), I will be in too

The new coffee machine arrives on the 24th. Kevin is going to show us how to clean it,
so please come 15 minutes early on your first shift after that.

Food hygiene course: the council has given us four free places on the online Level 2
course. If you'd like one, reply to me and I'll send the link. It takes about three
hours and you can do it on your phone.

Any problems with the rota, just message me.

Hodan

""") + SIG["HW"], kind="alt", style="gmail")

M("food_bank_parcel_sam", "clean", "family liaison officer to parent: discreet food bank parcel collection",
  HW, [SAM], "Thursday", date_hdr(2025, 1, 29, 12, 40), T("""
Hi Sam,

Just to let you know your parcel will be ready on Thursday from 2.45pm. Come to the
family room door by the nursery gate rather than the office, and I'll have it ready.
I've asked for the extra nappies and the gluten-free pasta.

There are also some winter coats in Example Pupil Two's size in the uniform swap if
you'd like one, and I've put your name down for the energy voucher scheme the children's
centre is running - the advice worker will ring you next week.

Any problems, ring the office and ask for me.

Hodan
"""))

M("uniform_swap_dates", "clean", "office to parents: uniform swap dates and donations",
  OFFICE, [JANE, SAM, ALI], "Uniform swap - dates for summer term", date_hdr(2025, 4, 24, 10, 15), T("""
Dear Parents and Carers,

Our free uniform swap will run on the first Tuesday of every month this term (6 May,
3 June and 1 July), 8.30-9.30am in the parents' café. Everything is free: just take
what you need.

We are especially looking for:
- summer dresses and shorts in ages 4-8
- book bags
- PE shorts and plimsolls in small sizes
- school cardigans in navy

Please wash clean donations and leave them in the blue box inside the main entrance.
We can't take items with names written in them unless you've crossed the name out.

Thank you to everyone who has donated already - the swap now helps more than 80
families a term.

""") + SIG["SP"])

M("attendance_term_time_leave", "clean", "attendance officer to parent: term-time leave request declined, explained",
  ATT, [ALI], "Request for leave of absence - Example Pupil Three", date_hdr(2025, 2, 27, 14, 32), T("""
Dear Mr Guardian,

Thank you for your request for Example Pupil Three to have leave of absence from 19 May
to 6 June to attend a family wedding in Turkey.

I'm sorry to tell you that the headteacher is not able to authorise this leave. Under
the government's attendance guidance, leave in term time can only be agreed in
exceptional circumstances, and a family wedding is not usually one of these. The dates
would also mean Example Pupil Three missing 12 school days, including the week after
half term when his class have their assessment week.

If he is absent on these dates, the absence will be recorded as unauthorised, and the
local authority may issue a penalty notice. I know this isn't the answer you hoped for,
and I would be happy to meet you to talk about it, or to look at whether a shorter
absence around the half term holiday (26-30 May) might work.

You can ring me on 01632 960000, option 1.

Kind regards,

""") + SIG["ATT"], kind="alt")

M("reading_feedback_pupil", "clean", "Y6 teacher feedback to a pupil on reading homework",
  PR, [MARYAM], "Your reading answers", date_hdr(2025, 1, 23, 16, 5), T("""
Hi Maryam,

Thank you for handing in the reading comprehension on Google Classroom. Your answers to
questions 1-6 were really well explained - I liked that you used "because" and then
a quote from the text each time.

For question 8 (the 3-mark question), have another look at the second paragraph. The
question asks how the writer shows that Grandad is nervous, so try to find two clues,
not just one.

You can resubmit until Friday. Well done!

Ms Raman
"""))

M("ttrs_battle_pupil", "clean", "Y4 teacher to pupil about Times Tables Rock Stars and the multiplication check",
  JH, [NILA], "Re: TTRS", date_hdr(2025, 3, 4, 18, 10), T("""
Hi Nila,

Yes - the battle against 4E runs until Friday at 6pm, so every correct answer you get
at home counts for 4H! You're currently our top scorer with 1,420.

Keep practising your 7s and 8s, as those are the ones the multiplication check in June
likes to ask. You can use the "Soundcheck" option to practise in the same way.

Mr Hussain

On Tue, 4 Mar 2025 at 17:47, Nila Selvaraj <20nselvaraj@pupils.example-school.org.uk> wrote:
> Mr hussain does the battle still count if i play at home
"""), style="gmail")

M("inset_day_admin", "clean", "business manager to all staff: INSET day arrangements and payslips",
  OP, [STAFF], "INSET day Monday 2 June - arrangements", date_hdr(2025, 5, 29, 12, 0), T("""
Dear all,

A few bits of housekeeping for the INSET day on Monday 2 June:

- Site open from 7.30am. The Park Row gate will be locked, please use Garden Lane.
- 8.45 start in the hall with breakfast (thanks Michelle and the kitchen team).
- The morning session is the safeguarding update with Daniel, which is compulsory for
  everyone including support staff, lunchtime supervisors and the children's centre team.
- Lunch is provided. If you have any dietary needs we don't already know about, please
  tell Michelle by Friday.
- Afternoon is in year groups / teams as per Farhana's email.

Payslips for May are now on the portal. If you haven't activated your account yet, see
me and I'll send a new link.

Thanks,

""") + SIG["OP"], kind="alt")

M("slt_minutes", "clean", "headteacher sends SLT meeting notes",
  HEAD, [DO, RH, OP], "SLT notes 10 March", date_hdr(2025, 3, 10, 18, 20), T("""
Hi all,

Notes from today, please let me know if I've missed anything.

1. Attendance - whole school 93.8% for the half term. Persistent absence down to 17%.
   Nadia to run the attendance café for Year 1 and Reception families on Fridays.
2. SATs - access arrangements in on time (thanks Priya). Booster groups start 24 March.
3. Residential - 58 children booked, 6 still to pay deposit. Hodan following up
   quietly. Coach quote still to be confirmed.
4. SEND - two EHCP applications submitted. Rachel flagged the LA delays again; we agreed
   to log every missed deadline.
5. Budget - Owen presenting the three-year forecast to governors on the 25th. We need
   decisions on the nursery staffing before then.
6. Site - roof leak above the library fixed. Playground markings quote received.

AOB: Eid party in the parents' café, Friday 4 April after school. Hodan and Shapla are
organising. Staff very welcome.

Next meeting Monday 24 March, 3.45.

Farhana

""") + SIG["FB"])

M("nursery_30_hours_code", "clean", "nursery manager reminds parent to reconfirm 30-hours code",
  BC, [JANE], "Your 30 hours code - please reconfirm", date_hdr(2025, 6, 9, 9, 35), T("""
Dear Jane,

This is a friendly reminder that your 30 hours childcare code needs to be reconfirmed
on the government website by 31 August for the nursery place to continue in September.
You should get a reminder from HMRC, but sometimes these go to spam.

Once you've reconfirmed, you don't need to send us anything - we check all the codes
in the first week of term. If the code isn't valid by then, we can only offer 15 hours
until it's sorted.

If you need help with the website, our children's centre holds a drop-in every Tuesday
morning 9.30-11.30 with a Portuguese- and Turkish-speaking advisor.

Best wishes,

""") + SIG["BC"])

M("stay_and_play_health_visitors", "clean", "children's centre coordinator to health visiting team: stay-and-play and clinic timetable",
  LK, [("Health Visiting Team North", "hv.north@example.org")], "Summer term timetable at the children's centre",
  date_hdr(2025, 4, 22, 10, 5), T("""
Hi team,

Please find below our summer term timetable for families you might want to signpost.
Everything is free and drop-in unless it says otherwise.

Monday 9.30-11.00 - Stay and play (0-4s), with Somali-speaking volunteer
Tuesday 9.30-11.30 - Baby clinic / weighing (your team), plus benefits advice drop-in
Wednesday 1.30-2.45 - Bumps and Babies (booking needed, max 12)
Thursday 9.30-11.00 - Messy play in the garden, weather permitting
Friday 9.30-11.00 - Dads' and carers' group, with breakfast

The baby clinic room is now the one next to the nursery entrance, not upstairs, as the
lift is out of action until June. Please let families with buggies know.

We have spaces in Bumps and Babies at the moment, so referrals welcome. Just email me or
ring 01632 960000.

Many thanks,

""") + SIG["LK"], kind="alt")

M("interpreter_booking_agency", "clean", "EAL coordinator books interpreters for parents' evening",
  KS, [("LinguaLink Bookings", "bookings@example.com")], "Booking request - parents' evening 26 March",
  date_hdr(2025, 1, 15, 11, 45), T("""
Dear Bookings team,

I'd like to book face-to-face interpreters for our spring parents' evening:

Date: Wednesday 26 March 2025
Time: 3.30pm - 7.00pm
Venue: Example School, Park Row, Leeds LS1 4AP (sign in at main reception)

Languages:
- Somali x 2
- Bengali (Sylheti) x 2
- Tamil x 1
- Turkish x 1
- Portuguese x 1

Each interpreter will be based with a year group team and should expect appointments
of ten minutes each. We'll provide a room list and refreshments. Parking is not
available on site.

Please could you confirm availability and send the purchase order details to our
business manager, Owen Pritchard, on o.pritchard@example-school.org.uk.

Many thanks,

""") + SIG["KS"])

M("reception_tapestry_cardigan", "clean", "Reception teacher to parent: Tapestry post and lost cardigan found",
  GA, [SAM], "Tapestry and cardigan", date_hdr(2025, 5, 14, 16, 2), T("""
Hello Sam,

Just a quick one - I've put a lovely observation on Tapestry of Example Pupil Two
building a "bridge for the snails" in the garden today. He explained every step and
counted the blocks to 17 all by himself. Do have a look!

Also, the navy cardigan you were asking about turned up in the book corner. It's on his
peg now.

Have a good evening,

Grace Adeyemi
Reception - Sunflower Class
"""), kind="alt", style="gmail")

M("playground_markings_quote", "clean", "site manager to contractor about playground markings quote and access",
  KM, [("PlayMark Surfaces - Quotes", "quotes@example.net")], "RE: Quote PM-2291 thermoplastic markings",
  date_hdr(2025, 4, 29, 8, 14), T("""
Hi Darren,

Thanks for the revised quote. The business manager has approved it, PO to follow.

To confirm: KS2 playground only, hopscotch x2, snakes and ladders, 100-square, compass
rose, running track lanes along the fence side, and the "buddy bench" stop. We don't
need the map of the UK after all.

Access: May half term, 26-30 May, 7am-5pm. I'll be on site all week. Your lads can park
on the playground via the Garden Lane gate; please don't block the children's centre
entrance as it stays open that week.

I'll need RAMS and the insurance certificate before the 19th.

Cheers,

""") + SIG["KM"], cc=[OP])

M("weekly_newsletter_html", "clean", "HTML-only weekly newsletter to parents",
  OFFICE, [JANE, SAM, ALI], "Newsletter - Friday 28 March", date_hdr(2025, 3, 28, 15, 30), None, kind="html",
  html_body=T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Newsletter</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="640" align="center" cellpadding="12" style="border-collapse:collapse">
<tr><td style="background:#1d4e89;color:#fff"><h1 style="margin:0;font-size:22px">Example School Newsletter</h1>Friday 28 March 2025</td></tr>
<tr><td>
<h2 style="font-size:17px">From Mrs Begum</h2>
<p>What a term! Thank you to all the families who came to parents&#8217; evening &#8211; we spoke to over 500 of you, with help from our interpreters in five languages. Eid Mubarak in advance to all our families celebrating next week. Children who are absent for Eid on Monday 31 March will have the day authorised; please just let the office know.</p>
<h2 style="font-size:17px">Eid party</h2>
<p>Everyone is welcome to the Eid party in the parents&#8217; café on <b>Friday 4 April, 3.30&#8211;5pm</b>. If you can bring food to share, please tell Mrs Warsame.</p>
<h2 style="font-size:17px">Attendance</h2>
<p>Well done to <b>4H</b> (98.2%) and <b>Sunflower Class</b> (97.5%), who win the attendance cup and extra playtime this week.</p>
<h2 style="font-size:17px">Dates</h2>
<ul>
<li>Wed 2 April &#8211; Year 3 trip to Riverside City Farm</li>
<li>Fri 4 April &#8211; term ends at 2pm</li>
<li>Tue 22 April &#8211; summer term starts; breakfast club open from 7.45am</li>
<li>Tue 6 May &#8211; uniform swap, 8.30am, parents&#8217; café</li>
</ul>
<p>The food bank will be open as usual on Thursday 3 April. If you would like a referral, speak to Mrs Warsame or Ms Kemp in confidence.</p>
<p style="font-size:12px;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table>
</body></html>
"""))

M("y3_city_farm_trip", "clean", "Y3 trip letter to parents: city farm visit, consent and packed lunches",
  CB, [JANE, ALI], "Year 3 trip to Riverside City Farm - Wednesday 2 April", date_hdr(2025, 3, 19, 13, 50), T("""
Dear Parents and Carers,

As part of our science topic on animals including humans, Year 3 will be visiting
Riverside City Farm on Wednesday 2 April. We'll travel by bus, leaving school at
9.15am and returning by 2.45pm.

The children will feed the goats, look at the different food the animals eat, take part
in a pond-dipping session, and see the new lambs. Please send your child in old clothes
and wellies or trainers that can get muddy, with a coat.

The trip is free, but please give consent on ParentPay by Friday 28 March.

Lunch: if your child has free school meals, the kitchen will provide a packed lunch
(halal and vegetarian options available) - please tick the box on the consent form.
Otherwise, please send a packed lunch in a disposable bag, with no nuts, no glass and no
fizzy drinks.

We are looking for four parent helpers. If you can help and have a DBS check with the
school, please let your class teacher know.

Many thanks,

Chloe Barnes and Ruth Ellison
Year 3 Team
"""), kind="alt")

M("y2_report_meeting", "clean", "Y2 teacher replies to parent about end-of-year report meeting",
  AD, [JANE], "Re: Report question", date_hdr(2025, 7, 10, 16, 37), T("""
Dear Jane,

Thank you for your message, and I'm glad you enjoyed reading the report.

You're right that the reading section says "working towards". Example Pupil One has
made lovely progress this year - especially with her confidence reading aloud - but she
is still finding longer words tricky to break up. That's something her Year 3 teacher
will pick up straight away in September, and she'll stay in the small phonics group.

I'd be very happy to meet. I'm free on Monday or Tuesday next week after 3.30. Would
either of those work? I can also send home some summer reading ideas, including the
dual-language books from the library.

Best wishes,

""") + SIG["AD"] + T("""

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: Thursday, July 10, 2025 8:12 AM
To: Aylin Demir <a.demir@example-school.org.uk>
Subject: Report question

Hi Miss Demir, thanks for the report. It says she is working towards in reading, does
that mean she is behind? Can we meet to talk about what we can do over summer.
Jane
"""), kind="alt")

M("governors_budget_date", "clean", "headteacher to chair of governors about budget meeting",
  HEAD, [("Marcus Lindqvist", "m.lindqvist.governor@outlook.com")], "Resources committee - 25 March",
  date_hdr(2025, 3, 6, 20, 12), T("""
Dear Marcus,

Just confirming the resources committee is on Tuesday 25 March at 5pm in the library.
Owen will send the papers a week before, including the three-year forecast and the
nursery staffing options.

It would be helpful if we could spend most of the time on the nursery. As you know, the
funding changes for two-year-olds have helped our numbers but the ratios mean we need
to recruit, and I'd like governors to be clear about the risk before we advertise.

Could you also let me know whether Ruksana is able to join? She asked for the papers in
paper copy.

With thanks,

""") + SIG["FB"])

M("ehcp_annual_review_invite", "clean", "SENCo to parent: EHCP annual review date with form attached",
  RH, [SAM], "Annual review - Thursday 15 May", date_hdr(2025, 4, 24, 14, 48), T("""
Dear Sam,

I'd like to invite you to Example Pupil Two's annual review, on Thursday 15 May at
9.15am in the family room. It should take about an hour. The speech and language
therapist and his class teacher will be there, and I've invited the caseworker from
the local authority.

I've attached the "All about me" form. It would be lovely if you could fill in the
parent section with him at home - what's going well, what's hard, and what you'd like
for him next year. You can bring it on the day, or I'm happy to go through it with you
on the phone beforehand.

If the time doesn't work, let me know and we'll rearrange.

Best wishes,

""") + SIG["RH"], atts=[("All_about_me_annual_review.pdf", "application/pdf", make_pdf([
    "All about me - annual review", "What people like and admire about me:",
    "What is important to me now:", "What is important for the future:",
    "How best to support me:", "Parent / carer views:"]))])

M("swimming_athletics_sgo", "clean", "PE lead to school games organiser about swimming and borough athletics",
  TG, [("School Games Organiser", "sgo@example.org")], "Year 5 swimming top-up + borough athletics entries",
  date_hdr(2025, 6, 3, 12, 55), T("""
Hi Lucy,

Two things:

1. Swimming - our Year 5 top-up sessions have 22 children who still can't swim 25m.
   Is the Tuesday slot at the leisure centre still available for the second half of
   term? We'd bring them on the bus at 1.15.

2. Athletics - entries for the borough finals are attached to the Google form. We've
   entered a full Year 5/6 team, plus two children for the inclusive events. One of them
   uses a frame, so could you confirm the track will have a lane kept for the 60m?

Thanks as always,
Tom

""") + SIG["TG"])

M("new_year_celebrations", "clean", "office to parents: Bengali and Tamil New Year celebration day",
  OFFICE, [JANE, SAM, ALI], "Celebrating Bengali and Tamil New Year - Wednesday 23 April",
  date_hdr(2025, 4, 22, 15, 5), T("""
Dear Parents and Carers,

Pohela Boishakh (Bengali New Year) and Puthandu (Tamil New Year) both fell during the
Easter holidays, so we are celebrating in school on Wednesday 23 April.

Children may come to school in traditional or celebration clothes if they would like
to (please make sure they can still play outside safely). There will be a special
assembly at 9.15am with music from the Year 5 dhol group and a Tamil dance from some of
our Year 4 girls. Parents are welcome to join us.

After school, the parents' café will be serving pitha and payesh, made by our parent
volunteers, from 3.15pm.

Shubho Noboborsho and Puthandu Vazhthukal!

""") + SIG["SP"], kind="alt")

M("sats_booster_rota", "clean", "Y6 teacher to colleagues: SATs booster group rota",
  PR, [TG, KS, LF], "Booster groups from 24 March", date_hdr(2025, 3, 20, 17, 5), T("""
Hi all,

Here's the plan for boosters until SATs. Groups are in the Y6 shared folder.

Mon 8.15-8.45 - Arithmetic (Priya, library)
Tue 3.20-4.00 - Reading inference (Tom, 6G)
Wed 8.15-8.45 - EAL reading group, vocabulary pre-teach (Kavitha, EAL room)
Thu 8.15-8.45 - Reasoning, small group (Luis, 6R) - Luis, I'll give you the packs on Monday
Fri - no boosters, they need a break!

The Wednesday group is the six children who've arrived in the last 18 months. Kavitha,
could you focus on the question words ("explain", "infer", "summarise")? They're the
ones that trip them up.

Breakfast club have said booster children can come in from 7.45 for free.

Thanks, P
"""))

M("fwd_fsm_autoenrolment", "clean", "head forwards LA email about free school meals auto-enrolment to office and SBM",
  HEAD, [SP, OP], "Fwd: Free school meals auto-enrolment pilot", date_hdr(2025, 2, 11, 8, 2), T("""
Sandra, Owen - can we sign up? Could be worth a lot in pupil premium for us. Let's talk
at 10.

F

---------- Forwarded message ---------
From: Schools Communications <schools.comms@example.org>
Date: Mon, 10 Feb 2025 at 17:31
Subject: Free school meals auto-enrolment pilot
To: Headteachers <headteachers@example.org>

Dear Headteacher,

The local authority is inviting primary schools to join a pilot of automatic enrolment
for free school meals from the summer term. Using housing benefit and council tax
support records, we will identify eligible families who have not applied and enrol them
automatically, unless the family opts out.

Schools taking part will receive the list of newly eligible pupils for their census
returns, which will increase pupil premium allocations where it applies.

To take part, please complete the short form by Friday 28 February.

Regards,
Schools Communications Team
"""), style="gmail")

M("portuguese_books_reply", "clean", "Portuguese-speaking TA replies to parent about dual-language books",
  LF, [JANE], "Re: Livros em português / Portuguese books", date_hdr(2025, 5, 21, 15, 48), T("""
Olá Jane,

Yes, of course! We have a box of dual-language Portuguese/English picture books in the
library now, thanks to a donation from the community association. I have put three in
Example Pupil One's book bag today: "O Grúfalo", "A Lagarta Comilona" and one about
football that she chose herself.

She can change them every Friday with me. It's really good for her to keep reading in
Portuguese at home - it helps her English too, not the other way round.

Obrigado e até amanhã,
Luis

""") + SIG["LF"] + T("""

On Wed, 21 May 2025 at 09:03, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Ferreira, does the school have any books in Portuguese? Her avó is staying
> with us and wants to read with her. Thank you, Jane
"""), style="gmail", kind="alt")

M("leaving_do_lorraine", "clean", "staff social: leaving do for long-serving TA at a local Turkish restaurant",
  EW, [STAFF], "Lorraine's leaving do 🎉", date_hdr(2025, 7, 7, 12, 30), T("""
Hi everyone,

As you all know, Lorraine is retiring at the end of term after 22 years with us (she has
taught half the parents in the playground!).

We're taking her out on Friday 18 July from 6pm at Ocakbaşı on the high street - they've
given us the upstairs room. Partners welcome. There's a set menu for £25 (meat, chicken
or vegetarian), and they're happy to do halal and no-alcohol tables as usual. Please
reply to me by Friday so I can give them numbers.

There's a card in the staffroom and a collection envelope in the office for her present
- we're thinking a garden centre voucher and a photo book of her years here. If you have
any old photos, send them to me!

Em

""") + SIG["EW"], kind="alt", style="gmail")

M("forces_parachute_homework", "clean", "Y5 science teacher homework email to pupils: parachute experiment",
  EW, [TIAGO, KEREM, AMINA, RUMI], "Science homework - parachutes", date_hdr(2025, 1, 31, 15, 35), T("""
Hi Year 5 science group,

Your homework this week is to plan a fair test for our parachute investigation on
Thursday. In your book or on Google Classroom, write:

1. Your question (for example: does a bigger canopy make the parachute fall more
   slowly?)
2. What you will change, what you will measure and what you will keep the same
3. Your prediction, using the words "air resistance" and "gravity"

You don't need to make anything at home - we'll build them in class with bin bags,
string and paperclips.

Due Thursday. Any questions, reply here.

Mrs Walsh
"""))

M("printer_codes_staff", "clean", "business manager to staff: new copier PIN codes and colour printing",
  OP, [STAFF], "New photocopier codes from Monday", date_hdr(2025, 1, 10, 14, 20), T("""
Hi all,

The new copiers are being installed over the weekend. From Monday:

- Your PIN is the last four digits of your payroll number followed by 0. If it doesn't
  work, come and see me, not the engineer.
- Print jobs wait at any copier in the building until you tap in, so nothing is left on
  the tray (important for anything with children's names on).
- Colour printing is off by default. If you need colour for a display, ask Sandra and
  she'll unlock it for the day.
- Please don't put card or laminating pouches through the copiers. The laminator is in
  the Year 5 cupboard.

Thanks for your patience this week.

Owen
"""))

M("breakfast_order_supplier", "clean", "breakfast club lead places weekly order with supplier",
  SDY, [("Orders - Eastside Wholesale", "orders@example.com")], "Weekly order - Example School breakfast club (acc. 40718)",
  date_hdr(2025, 5, 15, 14, 0), T("""
Hi,

Our order for delivery Monday 19 May please, before 7.30am to the kitchen door on
Garden Lane:

- Bagels, plain x 8 packs
- Wholemeal bread x 10 loaves
- Semi-skimmed milk x 24 pints
- Oat milk x 6 litres
- Porridge oats x 4 kg
- Bananas x 2 boxes
- Satsumas x 1 box
- Halal-certified sunflower spread x 4 tubs
- Jam (no-added-sugar) x 6 jars

Please remember we're a nut-free site - last time the cereal bars had a "may contain"
warning and we had to send them back.

Thanks,

""") + SIG["SDY"])


# =========================================================================== CLEAN: hard negatives
M("residential_east_sussex", "clean", "hard neg: residential letter naming East Sussex / Sussex place names",
  TG, [JANE, SAM, ALI], "Year 6 residential - Wealden Outdoor Centre, East Sussex", date_hdr(2025, 2, 5, 16, 30), T("""
Dear Year 6 Parents and Carers,

I'm delighted to confirm that this year's Year 6 residential will be at Wealden Outdoor
Centre, near Crowborough in East Sussex, from Monday 16 to Wednesday 18 June.

The centre sits on the edge of Ashdown Forest (the home of Winnie-the-Pooh!) and the
children will do climbing, canoeing on the lake, orienteering, a night walk and a
campfire. They will sleep in dormitories of 6-8, boys and girls in separate blocks,
with staff sleeping next door.

We'll travel by coach, leaving school at 8.30am, and we expect to arrive in Sussex at
about 11. On the way home we'll stop at a service station near Haywards Heath.

The total cost is £160, which can be paid in instalments. Please speak to Mrs Warsame in
confidence if cost is a worry: no child will miss out. The centre provides halal,
vegetarian and allergy-safe meals and has a quiet room that children can use for prayer.

A full kit list and the medical form will follow after Easter.

Kind regards,

""") + SIG["TG"], kind="alt")

M("scunthorpe_leave_request", "clean", "hard neg: teacher asks head for leave, father in hospital in Scunthorpe",
  CB, [HEAD], "Leave request - Thursday and Friday", date_hdr(2025, 6, 25, 21, 40), T("""
Hi Farhana,

Sorry to email so late. My dad was admitted to Scunthorpe General this afternoon with
a suspected stroke. My sister is with him but I'd like to get up there tomorrow night
after school and stay until Sunday, so I'm asking for Thursday and Friday off.

Year 3's planning for both days is on the drive, and Ruth knows where everything is.
Thursday is the swimming gala practice so the timetable's already a bit different.

I'll have my phone with me if anything comes up.

Thank you,
Chloe
"""), cc=[DO])

M("cockermouth_floods_geography", "clean", "hard neg: geography planning using Cockermouth floods case study",
  JH, [HC], "Rivers unit - case study", date_hdr(2025, 1, 16, 16, 25), T("""
Hi Hamza,

For the Year 4 rivers unit I'd like to swap the Boscastle case study for Cockermouth.
It works better with the confluence lesson - the River Cocker meets the Derwent right in
the middle of the town, so you can see on the map why the flooding was so bad in 2009
and again in Storm Desmond in 2015.

The BBC clips are short enough for Year 4 and there's a good set of before and after
photos of Main Street. I thought we could finish with the flood defences they built
and have the children decide whether they'd have spent the money the same way.

OK with you as geography lead? I'll update the medium-term plan if so.

Jamal
"""))

M("supply_mr_cockburn", "clean", "hard neg: deputy confirms supply teacher Mr Cockburn with agency (surname)",
  DO, [("Capital Teach Supply - Bookings", "bookings@example.net")], "Supply confirmation - Mr A Cockburn, Year 5",
  date_hdr(2025, 3, 3, 7, 36), T("""
Good morning,

Thank you for confirming Mr Alan Cockburn for Year 5 (5C) from Tuesday 4 to Thursday
6 March. Please ask him to arrive by 8.15am and sign in at main reception with photo ID;
we will need to see the agency's confirmation of his enhanced DBS and barred list check
before he starts.

Mr Cockburn covered for us in November and the Year 5 team were very happy with him, so
we'd be glad to have him on your preferred list for us.

Planning will be left on the desk. He will have a TA in the mornings.

Kind regards,

""") + SIG["DO"])

M("food_fair_volunteers_wankhede", "clean", "hard neg: thanks to food fair volunteers incl. Mrs Wankhede and Mr Hancock (surnames)",
  HW, [PTA], "Thank you - International Food Fair", date_hdr(2025, 6, 30, 10, 12), T("""
Dear Friends of Example School,

A huge thank you for Saturday's International Food Fair - we raised £1,846 for the
residential fund and the food bank.

Special thanks to:
- Mrs Wankhede, whose kothimbir vadi sold out in twenty minutes
- Mr Hancock, who ran the tombola all afternoon in the rain
- the Somali mums' group for the sambusa and the canjeero
- Mrs Kaya and her sisters for the börek and the sucuk sandwiches
- Mrs Mendes for the pastéis de nata
- the Tamil Saturday school for the dosa stall

Could someone let me know who owns the big silver urn? It's still in the café.

Thank you again,
Hodan

""") + SIG["HW"], kind="alt", style="gmail")

M("great_british_menu_faggots", "clean", "hard neg: kitchen manager's themed menu with faggots and spotted dick (British dishes)",
  MC, [SP], "Great British Menu day - Thursday", date_hdr(2025, 6, 16, 13, 20), T("""
Hi Sandra,

Can you put the menu for Great British Menu day (Thursday 19th) on the newsletter and
on the board by the gate please?

Main: Toad in the hole (halal beef sausages) OR faggots in onion gravy (halal beef)
Veggie: Vegetable Cornish-style pasty
Sides: mash, peas, carrots
Pudding: Spotted dick and custard, or Eton mess

Allergy versions are sorted for all the children on the list. The nursery will have the
same but cut up.

If any parents ask, the faggots are basically meatballs in gravy - the children loved
them last year.

Thanks
Michelle
"""))

M("big_birdwatch_csv", "clean", "hard neg: eco club birdwatch results with tits, woodcock etc., CSV attached",
  JT, [("Big Schools Birdwatch", "schoolsbirdwatch@example.org")], "Birdwatch results - Example School Eco Club",
  date_hdr(2025, 1, 30, 15, 55), T("""
Hello,

Please find attached our Big Schools' Birdwatch results. Our eco club (Years 1 and 2)
watched for an hour on Tuesday morning in the nature garden behind the nursery.

Highlights were a pair of blue tits using the new nest box, six great tits at the
feeder at once, and a cock blackbird chasing the hen blackbird off the fat balls. The
children were also convinced they saw a woodcock, but I think it was a thrush!

Thank you for the resources - the identification sheets in five languages were really
useful for our families.

Best wishes,

""") + SIG["JT"], atts=[("birdwatch_2025_results.csv", "text/csv", T("""
species,max_seen_at_once,notes
Blue tit,4,pair using nest box 2
Great tit,6,at the feeder
Coal tit,1,
Blackbird,2,one cock and one hen
Robin,1,
Feral pigeon,14,on the roof
Woodpigeon,3,
Magpie,2,
House sparrow,9,in the hedge
Starling,5,
""").encode("utf-8"), "7bit")])

M("pe_kit_audit", "clean", "hard neg: PE kit audit with balls, ball sacks, tackle shields, door knob",
  TG, [OP], "PE kit audit + wish list", date_hdr(2025, 7, 14, 15, 10), T("""
Owen,

End of year PE cupboard audit, as promised:

Balls
- footballs size 4: 27, about half need pumping, 6 punctured
- netballs: 18, fine
- tennis balls: loads
- dodgeballs: 12, 4 split
- ball sacks: 3, one ripped at the drawstring

Other kit
- tag rugby belts: 32 sets, 9 tags missing
- tackle shields / tackle bags: 2 of each, fine for after-school club only
- Kwik cricket sets: 2 complete, 1 missing stumps
- netball bibs: 2 full sets (GS, GA, WA, C, WD, GD, GK)
- hurdles, cones, bean bags: fine

Wish list for September (£600 from sports premium):
- 20 size 4 footballs, 2 new ball sacks, a new pump that works
- adaptive equipment: 2 bell balls and a ramp for boccia

Also the knob on the PE cupboard door has come off again, it's in my drawer.

Tom
"""))

M("y5_plant_reproduction", "clean", "hard neg: Y5 science homework to pupils on sexual and asexual reproduction in plants",
  HC, [TIAGO, KEREM, AMINA, RUMI], "Science homework: plant reproduction", date_hdr(2025, 5, 9, 15, 15), T("""
Hi 5C,

This week in science we learned about sexual and asexual reproduction in plants.

Homework (due Wednesday):

1. Label the parts of the flower on the sheet in Google Classroom: petal, sepal,
   stamen, anther, filament, carpel, stigma, style, ovary.
2. In two or three sentences, explain what pollination is and how insects help.
3. Asexual reproduction: find ONE plant at home or in the park that grows from a bulb,
   a tuber or a runner (strawberry plants and spider plants are good ones!) and draw it.

Next week we move on to the life cycles of mammals and birds.

Mr Chowdhury
"""), kind="alt")

M("anglo_saxon_kingdoms", "clean", "hard neg: history homework naming Essex, Sussex, Wessex, Middlesex and Roman numerals XXX",
  JH, [NILA, YUSUF, ELIF], "History homework - Anglo-Saxon kingdoms", date_hdr(2025, 4, 25, 15, 30), T("""
Hi 4H,

Well done on your Anglo-Saxon work this week. For homework, complete the map of the
Anglo-Saxon kingdoms in your homework book. You need to label:

Northumbria, Mercia, East Anglia, Essex, Wessex, Sussex and Kent

Bonus point: Middlesex was a smaller area that included where our school is now. See if
you can find out what "Middle Saxons" means!

Maths link: we've been learning Roman numerals, so write the year the Romans left
Britain (around 410) in Roman numerals on your map. Remember: X = 10, XX = 20,
XXX = 30, XL = 40 and CD = 400.

Due next Friday.

Mr Hussain
"""))

M("shakespeare_week_plan", "clean", "hard neg: English lead's Shakespeare week plan quoting Macbeth ('damned spot'), The Tempest and 'ass'",
  CB, [TEACHERS], "Shakespeare Week - quotes for each year group", date_hdr(2025, 3, 11, 16, 45), T("""
Hi all,

Shakespeare Week is 17-21 March. Each year group has a play and a quote to perform in
Friday's assembly. The scripts and the Leon Garfield animated versions are in the
English folder.

Year 3 - A Midsummer Night's Dream. Puck and Bottom. The children love the moment
Bottom is turned into an ass and Titania falls in love with him. Quote: "I must to the
barber's, Monsieur; for methinks I am marvellous hairy about the face."

Year 4 - The Tempest. Caliban's curses are a great way into insults from the period:
"A south-west blow on ye / And blister you all o'er!" - please keep it to the script
version, some of the others go further.

Year 5 - Romeo and Juliet (the street fight in Act 1 - "Do you bite your thumb at us,
sir?").

Year 6 - Macbeth. Lady Macbeth's sleepwalking: "Out, damned spot! out, I say!" -
Priya's class have already learned it and it's chilling.

Reception to Year 2 will do the Tempest storm with percussion.

Thanks, Chloe

""") + SIG["CB"], kind="alt")

M("re_places_of_worship", "clean", "hard neg: RE lead arranges mosque visit; religion vocabulary",
  RE, [("Al-Noor Mosque - Education Officer", "education@example.org")], "School visit - Year 3, Tuesday 10 June",
  date_hdr(2025, 5, 13, 12, 10), T("""
Dear Brother Abdirahman,

Thank you for speaking to me on the phone yesterday. I'm writing to confirm our Year 3
visit to the mosque on Tuesday 10 June, 10.00-11.30am, for 58 children and 8 adults.

This term the children are learning about how Muslims, Christians, Hindus and Jewish
people show that their place of worship is special. We visited St Anne's church in
May and the Shree Ram mandir last week, and we hope to visit the synagogue before the
end of term.

The children have prepared some questions, for example:
- Why do Muslims wash before they pray?
- What is the mihrab for?
- Why are there no pictures of people in the mosque?

Several of our children attend the madrasa with you, and they would love to show their
friends around. Girls will bring headscarves and we'll remind everyone about shoes.

Thank you again,

""") + SIG["RE"])

M("mother_language_day", "clean", "hard neg: EAL coordinator on Mother Language Day, Bengali 'Shagotom', Somali name Fartun",
  KS, [STAFF], "International Mother Language Day - Friday 21 February", date_hdr(2025, 2, 18, 8, 40), T("""
Dear colleagues,

This Friday is International Mother Language Day. It started in Bangladesh, in memory
of the students killed in Dhaka in 1952 defending their right to speak Bengali, so it
means a great deal to many of our families. The Year 5 children are building a
Shaheed Minar out of boxes in the hall.

Please greet your class in a different language each morning this week. Here are ours:

Bengali - Shagotom (স্বাগতম), "welcome"; Shuprobhat, "good morning"
Somali - Soo dhawoow, "welcome"; Subax wanaagsan, "good morning"
Tamil - Vanakkam (வணக்கம்), "hello"
Turkish - Hoş geldiniz, "welcome"; Günaydın, "good morning"
Portuguese - Bem-vindos, "welcome"; Bom dia, "good morning"

A small request while we're talking about language: please check you're saying
children's names as their families do. In Year 2, Fartun is "FAR-toon" (it's a
popular Somali girls' name), and in Year 4 it's "Ay-DUN" not "Ay-din" for Elif Aydın.
Ask the children - they are usually delighted to teach you.

Thank you,
Kavitha

""") + SIG["KS"], cte="base64")

M("rse_letter_y5_y6", "clean", "hard neg: RSE letter to parents with puberty and anatomical terms",
  DO, [JANE, SAM, ALI], "Relationships, Sex and Health Education - summer term (Years 5 and 6)",
  date_hdr(2025, 4, 28, 16, 0), T("""
Dear Parents and Carers,

This half term, Years 5 and 6 will be learning about growing up and puberty as part of
our Relationships, Sex and Health Education (RSHE) curriculum.

Year 5 will learn about how our bodies change during puberty, including periods,
personal hygiene, and how emotions can change. We teach the correct names for body
parts, such as penis, testicles, vulva and vagina, because this helps children to
keep themselves safe and to ask for help if they need it.

Year 6 will revisit puberty, learn about conception and how a baby is made, and talk
about healthy friendships and relationships, consent and staying safe online.

Relationships education and health education (including puberty) are compulsory.
You have the right to ask for your child to be withdrawn from the sex education lesson
in Year 6 (the conception lesson). If you are thinking about this, please come and talk
to me first.

We warmly invite you to a parents' session on Thursday 8 May at 9.00am in the parents'
café, where you can see all the materials. Mrs Warsame and Mrs Sivakumar will be there,
and we will have Bengali and Turkish interpreters.

Kind regards,

""") + SIG["DO"], kind="alt", atts=[("RSHE_Y5_Y6_summer_overview.pdf", "application/pdf", make_pdf([
    "RSHE overview - Years 5 and 6 - Summer 2", "Y5: Growing up; Puberty and body changes; Periods;",
    "Hygiene; Feelings; Asking for help", "Y6: Puberty recap; Conception (sex education - right to withdraw);",
    "Healthy relationships; Consent; Online safety"]))])

M("nursery_pants_rule", "clean", "hard neg: nursery letter about NSPCC PANTS rule and names of private parts",
  BC, [JANE, SAM], "Talk PANTS in nursery this week", date_hdr(2025, 6, 2, 14, 25), T("""
Dear Nursery Families,

This week in nursery we are sharing the NSPCC's "PANTS" song with Pantosaurus the
dinosaur. It helps young children understand that their body belongs to them:

P - Privates are private
A - Always remember your body belongs to you
N - No means no
T - Talk about secrets that upset you
S - Speak up, someone can help

We use simple, correct words such as penis and vulva, the same as a doctor or nurse
would. Children who know the proper words find it much easier to tell an adult if
something is wrong.

The song and a parents' guide are on the NSPCC website in several languages, including
Bengali, Somali and Turkish. Please ask any of the nursery team if you would like to
talk about it.

Best wishes,

""") + SIG["BC"])

M("ep_referral_send_terms", "clean", "hard neg: SENCo referral to educational psychology using SEND terms",
  RH, [("Educational Psychology Service - Referrals", "ep.referrals@example.org")], "EP consultation requests - summer term",
  date_hdr(2025, 4, 30, 10, 50), T("""
Dear colleagues,

Please find our consultation requests for this term. Consent forms are signed and
uploaded to the portal. Initials only below.

1. N.S. (Year 2) - diagnosed autism (2024), speech delay. Significant distress at
   transitions and lunchtime. Query sensory needs; OT report attached on the portal.

2. R.M. (Year 5) - working well below age-related expectations in all areas; query
   moderate learning difficulties vs. EAL. Arrived from Bangladesh 2022; assessed in
   Bengali by our EAL team. Parents keen to know more.

3. A.A. (Reception) - global developmental delay, hearing impairment (bilateral
   hearing aids). We are considering an EHC needs assessment request.

4. K.Y. (Year 4) - ADHD query; paediatric appointment pending. Behaviour plan in place.

We would also appreciate a whole-staff training session on Down syndrome before
September, as we have a child with Down syndrome joining our nursery.

Kind regards,

""") + SIG["RH"])

M("dsl_disclosure_quote_fucking_kill", "clean", "hard neg: TA's safeguarding report to DSL quoting a pupil's exact words ('fucking kill') [staff only]",
  LF, [DSL], "Concern - Year 5 - logged on CPOMS", date_hdr(2025, 2, 12, 12, 58), T("""
Daniel,

Logging this here as well as on CPOMS because I think you need to see it today.

Time: 12.35, Wednesday 12 February
Place: Year 5 corridor, outside 5C, during lunch
Child: T.S. (Year 5)

T. was upset after football and I asked if he was OK. He said, in these words:
"My dad said he's going to fucking kill my mum if she leaves him. He said it last
night when they were shouting."

I didn't ask any more questions. I told him he had done the right thing telling me and
that I would need to tell you so we could help. He went back to lunch calmly. Mum is
due to collect him at 3.15.

Luis Ferreira
Teaching Assistant, 5C
"""))

M("racist_incident_report", "clean", "hard neg: teacher's racist incident report to DSL/head quoting the slur used by a pupil [staff only]",
  JH, [DO, HEAD], "Racist incident - KS2 playground, 3 April", date_hdr(2025, 4, 3, 15, 45), T("""
Daniel, Farhana,

Racist incident report for the log and the LA return. Details on CPOMS.

Date/time: Thursday 3 April, 10.40, morning break, KS2 playground
Pupils: M.H. (Year 6) towards S.B. (Year 4)
Witnesses: two Year 4 pupils; Precious (MSA) heard the second comment.

S. was playing tag near the benches. M. pushed past her and said "move, you smelly
Paki". When she told him she was going to tell, he said "go on then, go back to your
own country".

S. was very upset and came straight to me. I spoke to M. separately; he admitted saying
it and said he "heard it on a video". Both sets of parents have been phoned (S.'s mum
with Hodan interpreting in Bengali).

Next steps agreed with Daniel at lunch: internal exclusion tomorrow morning, restorative
meeting next week if S. wants it, and a check-in for S. with the learning mentor.

Jamal
"""))

M("dsl_role_play_quote", "clean", "hard neg: Reception teacher's report to DSL quoting a child's role-play words ('slag', 'bitch') [staff only]",
  GA, [DSL], "Reception concern - role play", date_hdr(2025, 5, 22, 15, 38), T("""
Hi Daniel,

Adding to CPOMS now, but flagging by email too as it's the third entry for this child.

This afternoon (about 2.10) in the home corner, E.O. (Reception) was playing "mummy and
daddy" with two friends. He shouted at the doll, "You're a slag, shut up you stupid
bitch," and threw it against the cooker. He then said quietly, "That's what Daddy says
when Mummy cries."

I stayed with him, said "It sounds like that was a bit scary," and he said "Daddy broke
the door." He then went off to the sand tray.

Previous entries: 14 March (bruise on his arm, Mum's explanation recorded) and 2 May
(very tired, said he "sleeps at Nana's now"). Mum collects at 3.15 with baby sister.

Grace
"""), kind="alt")

M("head_reply_angry_parent_quoted", "clean", "hard neg: head's calm reply to a parent; swearing only in the parent's quoted email",
  HEAD, [ALI], "Re: Detention", date_hdr(2025, 3, 13, 8, 25), T("""
Dear Mr Guardian,

Thank you for your email. I can hear how upset you are, and I'd like to sort this out
properly.

I have spoken to Mr Hussain. Example Pupil Three was kept in for ten minutes at break
on Monday to complete his spelling homework with an adult, which is what we do for any
child who hasn't handed work in. He was not singled out, but I understand it may have
felt that way to him.

I would like to invite you to meet me and Mr Hussain on Friday at 3.30pm, so that we
can agree together how best to support him with homework. If you would prefer to
bring a family member or a friend, that is absolutely fine.

I do need to ask that future emails to staff are kept respectful. I know that is not
how you want to come across.

Yours sincerely,

""") + SIG["FB"] + T("""

On Wed, 12 Mar 2025 at 22:40, Ali Guardian <ali.guardian@btinternet.com> wrote:
> I want a meeting with you tomorrow. Your fucking useless teacher has kept my son in
> AGAIN and then sends me an email like that. This school is a joke and he is a prick.
> I am going to the council.
"""), style="gmail", reply_to_id="CAKp7Qm3vR0aGuardian20250312b@mail.gmail.com")

M("office_reply_parking_outlook_quote", "clean", "hard neg: office's polite reply; swearing only in parent's message in an Outlook quoted block",
  SP, [SAM], "RE: Parking ticket outside school", date_hdr(2025, 5, 12, 11, 20), T("""
Dear Sam,

I'm sorry you got a ticket this morning, especially while dropping off at breakfast
club. The parking enforcement on Park Row is run by the council, not by the school, so
unfortunately we can't cancel it.

You can appeal online within 14 days (the details are on the back of the ticket). If it
helps, I'm happy to write a short letter confirming that Example Pupil Two was booked
into breakfast club at 7.50 today.

Also, Garden Lane gate is open from 7.45 this week because of the water works, and
there's usually space on Garden Lane itself.

""") + SIG["SP"] + T("""

From: Sam Carer <sam.carer@outlook.com>
Sent: 12 May 2025 08:04
To: Example School Office <office@example-school.org.uk>
Subject: Parking ticket outside school

That parking warden outside is a complete wanker. Gave me a ticket while I was
literally walking my kid to the breakfast club door. 2 minutes. This is bollocks, can
the school do anything?
Sam
"""), kind="alt")

M("behaviour_policy_language", "clean", "hard neg: deputy to teachers on behaviour policy about swearing, examples quoted [staff only] [unsure]",
  DO, [TEACHERS], "Behaviour policy review - language", date_hdr(2025, 6, 17, 17, 10), T("""
Dear colleagues,

Thank you for your comments on the draft behaviour policy. The biggest difference
between classes is still how we respond to swearing, so here is the wording I'm
proposing for section 5. Please reply with any changes by Friday.

Incidental swearing (for example, a child saying "oh shit" when they drop their
tray): a quiet reminder and a restorative conversation; record only if it is repeated.

Directed swearing (for example, "fuck off" or "you're a dickhead" said to a child or
an adult): a consequence in line with the stepped system, recorded on CPOMS, and the
parent is informed the same day.

Discriminatory language: any racist, homophobic, sexist or disability-related language
(including phrases like "that's so gay" or "you're retarded") is always recorded on
CPOMS as a prejudice-related incident, always followed up, and always reported to me.
This is regardless of whether the child "meant it".

For our youngest children, especially in nursery and Reception, words are often
repeated without understanding. We still respond, but we teach rather than sanction.

I'll share the final version at the INSET day.

Daniel

""") + SIG["DO"], kind="alt")

M("web_filter_report_dsl", "clean", "hard neg: computing lead's filtering report to DSL listing blocked search terms [staff only]",
  MO, [DSL], "Weekly filtering report w/c 10 March", date_hdr(2025, 3, 14, 13, 5), T("""
Hi Daniel,

Weekly filtering summary. Nothing urgent but two things to look at.

1. Year 5 Chromebook trolley B, device 14, Tuesday 11.52 (5C, during a research lesson):
   blocked searches for "sexy girls" and "naked ladies pictures". The filter blocked
   all results and the screenshot is on the monitoring console. Emma says the pupils
   were doing research on the Romans at the time; logged on CPOMS.

2. Year 6 library PC, Wednesday 15.40 (homework club): search for "how to kill
   yourself painlessly". Flagged by the monitoring system and passed to you in real time
   on Wednesday; this is just for the weekly record.

Also 43 attempts to reach gaming sites across KS2 - mainly Roblox at lunchtime. No action
needed.

Mark

""") + SIG["MO"])

M("revolting_rhymes_discussion", "clean", "hard neg: staff discuss the 'dirty slut' line in Dahl's Revolting Rhymes before reading it with Y3 [unsure]",
  RE, [CB], "Revolting Rhymes - the Cinderella line", date_hdr(2025, 1, 22, 16, 12), T("""
Hi Chloe,

Quick question before I start Revolting Rhymes with 3E next week. In Cinderella, the
Prince shouts "Who's this dirty slut? Off with her nut!" about the Ugly Sister. Last
year a parent complained to Farhana when her daughter repeated it at home, and I
don't want a repeat.

Do we read it as written and talk about why the word isn't OK, or do I just skip that
couplet when I read aloud? I'd rather not drop the poem altogether, it's the one the
children love most and we compare it with the traditional tale.

What did you do with 3B?

Ruth
"""))

M("ctf_transfer_shitterton", "clean", "hard neg: office sends transfer details; family's new address in Shitterton, Dorset",
  SP, [("Heathfield Primary - Admissions", "admissions.heathfield@example.org")], "Pupil transfer - CTF and records",
  date_hdr(2025, 7, 16, 10, 40), T("""
Dear Mrs Pearson,

Further to our phone call, Rumi's family have confirmed they are moving on Saturday
19 July, and he will join you in Year 6 in September.

I have uploaded his Common Transfer File to School to School this morning. His
safeguarding file will be sent separately by our DSL, Mr Okafor, via secure transfer.

New address as given by the family:
2 Heath View Cottages, Shitterton, Bere Regis, Dorset

(The family did say to mention that yes, that really is the name of the hamlet!)

He has an Individual Learning Plan for reading and he has been a brilliant member of
our school council. We will miss him.

""") + SIG["SP"])

M("reference_request_clitheroe", "clean", "hard neg: business manager requests reference from Clitheroe school; earlier post in Penistone",
  OP, [("Ribblevale Primary - Headteacher", "head.ribblevale@example.org")], "Reference request - Ms Joanna Firth",
  date_hdr(2025, 5, 27, 11, 10), T("""
Dear Headteacher,

Ms Joanna Firth has applied for the post of Year 2 class teacher at Example School and
has been shortlisted for interview on Thursday 12 June. She has given your name as her
current employer in Clitheroe.

In line with Keeping Children Safe in Education, we ask for references before interview.
Please could you complete the attached reference form, including the section on any
disciplinary or safeguarding concerns, and return it to me by Monday 9 June.

Her application also shows an earlier post at a school in Penistone (2018-2021); we
have written to them separately.

Thank you for your help.

""") + SIG["OP"], atts=[("Reference_request_form_Y2_teacher.pdf", "application/pdf", make_pdf([
    "Example School - Confidential reference request", "Post: Year 2 class teacher",
    "Applicant: Ms Joanna Firth", "1. Dates of employment and role",
    "2. Suitability to work with children", "3. Any disciplinary or safeguarding concerns",
    "Return to the School Business Manager by 9 June 2025."]))])

M("panto_dick_whittington", "clean", "hard neg: KS1 panto trip letter for 'Dick Whittington'",
  AD, [JANE, SAM], "Key Stage 1 panto trip - Dick Whittington", date_hdr(2025, 1, 7, 12, 40), T("""
Dear Parents and Carers,

Happy New Year! To start the term, all of Key Stage 1 are going to see the pantomime
"Dick Whittington" at the Grand Theatre on Thursday 16 January (morning performance).

It's the story of Dick Whittington and his cat, who come to London because they've
heard the streets are paved with gold, and Dick ends up as Lord Mayor. Lots of singing,
shouting "He's behind you!" and throwing sweets - please tell us if your child can't
have gelatine and we'll swap theirs.

The trip is free, paid for by the Friends of Example School. We'll walk to the bus stop
and go by bus, back in time for lunch. Please give consent on ParentPay by Monday.

Best wishes,

""") + SIG["AD"], kind="alt", style="gmail")

M("reading_dog_bramble", "clean", "hard neg: reading-dog letter describing 'a four-year-old Labrador bitch'",
  CB, [JANE, ALI], "Meet Bramble, our new reading dog", date_hdr(2025, 4, 28, 13, 5), T("""
Dear Parents and Carers,

From Monday 12 May, a trained reading dog called Bramble will be visiting Year 3 on
Monday mornings, with her owner Mrs Okoro, who is a volunteer with a reading-dog
charity.

Bramble is a calm four-year-old Labrador bitch who has been assessed and insured by the
charity. Children read aloud to her in small groups in the library. It's wonderful for
children who are shy about reading to adults.

We know that some children are nervous of dogs, and that some families would prefer
their child not to touch a dog for religious or other reasons. Taking part is completely
optional: children can read with Bramble sitting nearby without touching her, or not
take part at all. Please let me know by Friday 9 May if your child should not join in,
or if they have an allergy.

Kind regards,

""") + SIG["CB"])

M("orkney_twatt_handover", "clean", "hard neg: half-term handover; teacher staying near Twatt, Orkney",
  EW, [HC], "Science club handover - half term", date_hdr(2025, 5, 23, 15, 20), T("""
Hi Hamza,

Thanks for taking science club on the Tuesday after half term. It's the egg drop: the
eggs are in the staffroom fridge (top shelf, labelled) and the straws, tape and bubble
wrap are in the blue box in my cupboard.

I'll be off-grid all week - we're in a cottage near Twatt on Orkney (yes, really) and
apparently there's no phone signal beyond the main road. If anything comes up with the
Year 5 science moderation, Chloe has the folders.

Have a good half term!
Emma
"""), style="gmail")

M("summer_fair_marquee_stopcock", "clean", "hard neg: site manager on marquee erection, stopcock and ballcock for summer fair",
  KM, [PTA], "Summer fair - site arrangements", date_hdr(2025, 7, 1, 16, 15), T("""
Hi all,

Site arrangements for the summer fair on Saturday 5 July:

- Marquee erection Friday from 2pm on the KS2 field. The hire company need the Garden
  Lane gate open and a clear run for the van, so please don't store anything by the
  gate that afternoon.
- Water for the refreshment stall: I'll run a hose from the outside tap by the nursery.
  The stopcock for that tap is under the sink in the nursery kitchen, in case anything
  leaks - turn it clockwise.
- The boys' toilets by the hall are back in use. The ballcock in the end cistern has
  been replaced, so it shouldn't overflow this time.
- Gazebos: 6 in the shed, 2 have a broken leg joint - use the ones with green tape.
- I'll be on site from 7am Saturday and will lock up at 5pm.

Kevin

""") + SIG["KM"], cc=[OP])


# =========================================================================== write
README = T("""
# Round 39 hold-out corpus: obscene-language

**Blind test set. Never use it for tuning, writing rules, or choosing thresholds.**
It was written without looking at the filter's code, rules, tests, documentation or
history, so that it measures how the filter copes with mail nobody tuned it on.

## What it is

{total} RFC 5322 messages (`.eml`) sent by staff of the fictional "Example School",
modelled on a large inner-city primary (ages 3-11) with a nursery and a children's
centre: Somali, Bengali, Tamil, Turkish and Portuguese speaking families, parent
volunteers and a parents' café, a food bank and uniform swap, breakfast club, and
Year 6 SATs and residential. `labels.csv` gives the expected verdict for each file
under the policy rule: staff must not use obscene language or swear words, nor make
offensive comments on grounds of gender, race, disability, age, religion or sexual
orientation.

Columns of `labels.csv`: `file,expected,sender,recipients,note` (`expected` is `flag`
or `clean`; `sender` is the envelope sender, the staff From address; `recipients` are
the To and Cc addresses separated by spaces). Judgement calls carry `[unsure]` in
the note.

## Counts

| expected | count |
|----------|------:|
| flag     | {flag} |
| clean    | {clean} |
| of which everyday mail | {everyday} |
| of which hard negatives | {hard} |
| **total** | **{total}** |

## How it was made / regenerating

Everything is written by `../make_round39_obscene.py` (Python 3.11, standard library
only). It is deterministic: fixed dates, Message-IDs and MIME boundaries, so running

    python3 tests/holdout/round39/make_round39_obscene.py

again gives byte-identical files. All people, addresses and phone numbers are
invented (Ofcom drama ranges; third-party organisations use example.com/.org/.net).

## Kinds of case

Flag (the staff author's own words):
- plain swearing in staff-to-staff venting (shitshow, wankers, fucking hell, pissed off)
- swearing to a parent and to a pupil
- racial, disability and homophobic slurs
- swearing only in a `.txt` or `.csv` attachment, or only in an RFC 2047 encoded subject
- disguised: asterisk masks, leetspeak, dots between letters, stretched letters,
  Cyrillic homoglyphs, full-width letters, zero-width spaces, words split by HTML tags
  and numeric entities, a quoted-printable soft line break inside the word, a base64 body

Clean, everyday: reminders, trip and SATs letters, replies to parents, homework mail to
pupils, staff admin, minutes, newsletters, supplier and agency mail.

Clean, hard negatives: place names (Sussex, Scunthorpe, Cockermouth, Shitterton, Twatt,
Clitheroe, Penistone), surnames (Cockburn, Wankhede, Hancock), foods (faggots, spotted
dick), birds and animals (tits, cock blackbird, a Labrador bitch), PE kit (ball sacks,
tackle), plumbing (stopcock, ballcock, marquee erection), science, history and maths
vocabulary (sexual reproduction in plants, Essex/Wessex, XXX), Shakespeare and Dahl
quotations, RE vocabulary, words and names in other languages (Bengali "Shagotom",
Somali name Fartun), RSE and PANTS letters with anatomical terms, SEND terms,
safeguarding and incident reports to the DSL quoting exactly what a pupil said,
polite replies where the swearing is only in the parent's quoted text, a behaviour
policy discussion that quotes example words, and a web-filter report.
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv",):
            os.remove(os.path.join(OUT, f))
    # deterministic mixed order
    order = sorted(MSGS, key=lambda m: hashlib.sha1(("order39:" + m["slug"]).encode()).hexdigest())
    rows = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        _, data = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rcpts = " ".join(p[1] for p in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], rcpts, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for m in MSGS if m["label"] == "flag")
    nclean = sum(1 for m in MSGS if m["label"] == "clean")
    nhard = sum(1 for m in MSGS if m["label"] == "clean" and m["note"].startswith("hard neg"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), flag=nflag, clean=nclean,
                               everyday=nclean - nhard, hard=nhard))
    print(f"wrote {len(MSGS)} messages ({nflag} flag, {nclean} clean: {nclean - nhard} everyday, {nhard} hard) to {OUT}")


if __name__ == "__main__":
    main()
