#!/usr/bin/env python3
"""Generate the round-8 BLIND hold-out corpus for the personal-address-to-parent module.

Writes tests/holdout/round8/personal-address-to-parent/NNN_<flag|clean>_<slug>.eml and labels.csv.
Python 3.11 standard library only.  Everything is fixed (dates, Message-IDs, MIME boundaries,
ordering), so two runs give byte-identical files.

    python3 tests/holdout/round8/make_round8_personal.py

Never tune the filter on these messages.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "personal-address-to-parent"

DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def S(name, local):
    return (name, f"{local}@{DOM}")


def P(name, local):
    return (name, f"{local}@{PUP}")


# ---------------------------------------------------------------- staff
ASHWORTH = S("Helen Ashworth", "h.ashworth")
BRERETON = S("Tom Brereton", "t.brereton")
FAIRLEY = S("Rowan Fairley", "r.fairley")
OKONJO = S("Revd David Okonjo", "d.okonjo")
PEMBERTON = S("Lisa Pemberton", "l.pemberton")
LLEWELLYN = S("Gareth Llewellyn", "g.llewellyn")
MACLEOD = S("Dr Fiona MacLeod", "f.macleod")
NOWAK = S("Piotr Nowak", "p.nowak")
REDFERN = S("Chloe Redfern", "c.redfern")
THACKERAY = S("Owen Thackeray", "o.thackeray")
ZHANG = S("Wei Zhang", "w.zhang")
HOLLIS = S("Gwen Hollis", "g.hollis")
DUNMORE = S("Ellie Dunmore", "e.dunmore")
REID = S("Callum Reid", "c.reid")
HARGREAVES = S("Mike Hargreaves", "m.hargreaves")
MENON = S("Ravi Menon", "r.menon")
LING = S("Sophie Ling", "s.ling")
SANDYS = S("Julian Sandys", "j.sandys")
BALOGUN = S("Ade Balogun", "a.balogun")
CHANDRA = S("Priya Chandrasekar", "p.chandrasekar")
STRACHAN = S("Hugo Strachan", "h.strachan")
QUINN = S("Bernadette Quinn", "b.quinn")
MENSAH = S("Kwame Mensah", "k.mensah")
SOWERBY = S("Amy Sowerby", "a.sowerby")
GREAVES = S("Hannah Greaves", "h.greaves")
ODUYA = S("Rachel Oduya", "r.oduya")
FARROW = S("Matt Farrow", "m.farrow")
COLLEY = S("Ian Colley", "i.colley")
FRASER = S("Naomi Fraser", "n.fraser")
MORGAN = S("Siân Morgan", "s.morgan")
FENWICK = S("Margaret Fenwick", "m.fenwick")
PRYCE = S("Dominic Pryce", "d.pryce")
KOWALCZYK = S("Anna Kowalczyk", "a.kowalczyk")
WHITLOCK = S("Sue Whitlock", "s.whitlock")
IBBOTSON = S("Karen Ibbotson", "k.ibbotson")
HIRST = S("Nicola Hirst", "n.hirst")
DENBY = S("Laura Denby", "l.denby")
PIKE = S("Jonathan Pike", "j.pike")
CALLOWAY = S("Beth Calloway", "b.calloway")
YEADON = S("Steph Yeadon", "s.yeadon")
RUSHOLME = S("Emma Rusholme", "e.rusholme")
OFFICE = S("Example School Office", "office")
HR = S("HR", "hr")
PRIMARY_STAFF = S("Primary Staff", "primary-staff")

# ---------------------------------------------------------------- pupils
P_ONE = P("Example Pupil One", "pupil.one")
P_THREE = P("Example Pupil Three", "pupil.three")
HARTLEY = P("Olivia Hartley", "26hartleyo")
CHEN = P("Ming Chen", "25chenm")
OKAFOR = P("Chidi Okafor", "27okaforc")
WALSH = P("Finn Walsh", "26walshf")
PARK = P("Ji-woo Park", "25parkj")
BELLAMY = P("Tess Bellamy", "27bellamyt")
AHMED = P("Sana Ahmed", "26ahmeds")
WHITAKER = P("Tom Whitaker", "24whitakert")
NOVAK = P("Lukas Novak", "25novakl")
FITZ = P("Erin Fitzgerald", "26fitzgeralde")
DAS = P("Rohan Das", "27dasr")
LINDQVIST = P("Astrid Lindqvist", "25lindqvista")
MBEKI = P("Thandi Mbeki", "26mbekit")
HOLT = P("George Holt", "24holtg")


# ================================================================ MIME helpers

def hx(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uuid_like(seed: str) -> str:
    h = hx(seed, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _q_words(s: str) -> list[str]:
    words, cur = [], ""
    for ch in s:
        tok = ""
        for byte in ch.encode("utf-8"):
            c = chr(byte)
            if c == " ":
                tok += "_"
            elif byte < 128 and (c.isalnum() or c in "!*+-/"):
                tok += c
            else:
                tok += "=%02X" % byte
        if cur and len(cur) + len(tok) > 46:
            words.append(cur)
            cur = ""
        cur += tok
    if cur:
        words.append(cur)
    return ["=?UTF-8?Q?%s?=" % w for w in words]


def _b_words(s: str) -> list[str]:
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if cur and len(cur) + len(b) > 33:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return ["=?UTF-8?B?%s?=" % base64.b64encode(w).decode() for w in words]


def enc(s: str, mode: str = "q") -> str:
    if all(ord(c) < 128 for c in s):
        return s
    words = _q_words(s) if mode == "q" else _b_words(s)
    return "\n ".join(words)


def addr(a) -> str:
    name, email = a
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f"{enc(name)} <{email}>"
    if any(c in name for c in '(),.:;<>@[]"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def addrs(lst) -> str:
    parts = [addr(a) for a in lst]
    if len(parts) <= 2:
        return ", ".join(parts)
    return ",\n\t".join(parts)


def text(body: str, sub: str = "plain", cte: str = "7bit", cs: str = "utf-8", flowed: bool = False):
    ct = f'text/{sub}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    data = body.encode(cs)
    if cte == "7bit" and any(b >= 128 for b in data):
        cte = "quoted-printable"  # what a real client does with non-ASCII text
    if cte == "7bit":
        payload = body
    elif cte == "8bit":
        payload = body
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"], payload


def multi(sub: str, boundary: str, parts, preamble: str | None = None):
    hl = [f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"']
    out = ""
    if preamble:
        out += preamble + "\n\n"
    for ph, pb in parts:
        out += f"--{boundary}\n" + "\n".join(ph) + "\n\n" + pb.rstrip("\n") + "\n\n"
    out += f"--{boundary}--\n"
    return hl, out


def attach(ctype: str, filename: str, data: bytes, cte: str = "base64", inline: bool = False, extra: str = ""):
    disp = "inline" if inline else "attachment"
    hl = [f'Content-Type: {ctype}; name="{filename}"{extra}',
          f'Content-Disposition: {disp}; filename="{filename}"',
          f"Content-Transfer-Encoding: {cte}"]
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        raise ValueError(cte)
    return hl, payload


def pdf_stub(title: str) -> bytes:
    return ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            f"4 0 obj\n<< /Title ({title}) /Producer (Microsoft Word for Microsoft 365) >>\nendobj\n"
            "xref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\n"
            "startxref\n0\n%%EOF\n").encode("latin-1")


# ---- client styles: Message-ID, boundaries, extra headers

def msgid(style: str, slug: str) -> str:
    h = hx("mid" + slug, 40)
    if style == "outlook":
        box = "LO2P265MB" + h[:4].upper()
        return f"<{box}{h[4:20].upper()}@{box}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CAH{b}@mail.gmail.com>"
    if style in ("apple", "iphone"):
        return f"<{uuid_like('mid' + slug)}@{DOM}>"
    if style == "tbird":
        return f"<{uuid_like('tb' + slug).lower()}@{DOM}>"
    return f"<{h[:14]}.{h[14:22]}@mail.{DOM}>"


def bnd(style: str, slug: str, n: int = 0) -> str:
    h = hx(f"b{n}" + slug, 32)
    if style == "outlook":
        return f"_00{n}_LO2P265MB{h[:4].upper()}{h[4:16].upper()}GBRP265PROD_"
    if style == "gmail":
        return "000000000000" + h[:12]
    if style in ("apple", "iphone"):
        return "Apple-Mail=_" + uuid_like(f"b{n}" + slug)
    if style == "tbird":
        alnum = base64.b64encode(bytes.fromhex(h)).decode()
        alnum = "".join(c for c in alnum if c.isalnum())[:24]
        return "------------" + alnum
    return f"=_mg_{h[:20]}"


def style_headers(style: str, slug: str, subject: str, has_attach: bool):
    if style == "outlook":
        ti = base64.b64encode(bytes.fromhex(hx("ti" + slug, 44))).decode()
        return [("Thread-Topic", enc(subject)), ("Thread-Index", ti),
                ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
    if style == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    if style == "iphone":
        return [("X-Mailer", "iPhone Mail (22D82)")]
    if style == "tbird":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]
    return []


RECORDS: list[dict] = []


def mail(slug, expected, note, *, style, frm, to, subject, date, root, cc=(), reply_to=None,
         in_reply_to=None, refs=None, extra=(), subj_mode="q", has_attach=False):
    assert expected in ("flag", "clean")
    hdrs = []
    if style == "outlook":
        hdrs.append(("From", addr(frm)))
        hdrs.append(("To", addrs(to)))
        if cc:
            hdrs.append(("CC", addrs(cc)))
        hdrs.append(("Subject", enc(subject, subj_mode)))
        hdrs += style_headers(style, slug, subject, has_attach)[:2]
        hdrs.append(("Date", date))
        hdrs.append(("Message-ID", msgid(style, slug)))
        if reply_to:
            hdrs.append(("Reply-To", addr(reply_to)))
        if in_reply_to:
            hdrs.append(("References", refs or in_reply_to))
            hdrs.append(("In-Reply-To", in_reply_to))
        hdrs += style_headers(style, slug, subject, has_attach)[2:]
    else:
        hdrs.append(("Date", date))
        hdrs.append(("From", addr(frm)))
        if reply_to:
            hdrs.append(("Reply-To", addr(reply_to)))
        hdrs.append(("To", addrs(to)))
        if cc:
            hdrs.append(("Cc", addrs(cc)))
        hdrs.append(("Subject", enc(subject, subj_mode)))
        hdrs.append(("Message-ID", msgid(style, slug)))
        if in_reply_to:
            hdrs.append(("In-Reply-To", in_reply_to))
            hdrs.append(("References", refs or in_reply_to))
        hdrs += style_headers(style, slug, subject, has_attach)
    hdrs += list(extra)
    ph, pb = root
    lines = [f"{k}: {v}" if v else f"{k}:" for k, v in hdrs]
    lines.append("MIME-Version: 1.0")
    lines += ph
    data = ("\n".join(lines) + "\n\n" + pb).encode("utf-8")
    RECORDS.append(dict(slug=slug, expected=expected, note=note, data=data,
                        sender=frm[1].lower(),
                        recipients=" ".join(a[1].lower() for a in list(to) + list(cc))))


# ---- quoting helpers

def gq(body: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in body.strip("\n").split("\n"))


def outlook_block(frm, sent, to, subject, cc=None) -> str:
    s = "________________________________\n"
    s += f"From: {frm[0]} <{frm[1]}>\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n"
    return s


def h_para(txt: str) -> str:
    """Plain paragraphs -> HTML divs (Outlook-ish)."""
    out = []
    for para in txt.strip("\n").split("\n\n"):
        lines = [html.escape(l) for l in para.split("\n")]
        out.append("<div>" + "<br>\n".join(lines) + "</div>\n<div><br></div>")
    return "\n".join(out)


def outlook_html(inner: str) -> str:
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n'
            '<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
            'font-size: 11pt; color: rgb(0, 0, 0);">\n' + inner + "\n</div>\n</body>\n</html>\n")


def gmail_html(inner: str) -> str:
    return '<div dir="ltr">' + inner + "</div>\n"


def gmail_quote_html(attr: str, quoted_html: str) -> str:
    return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + attr + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + quoted_html + "</blockquote></div>")


def alt(style, slug, plain, htmlbody, pcte="7bit", hcte="quoted-printable", n=0):
    return multi("alternative", bnd(style, slug, n),
                 [text(plain, "plain", pcte), text(htmlbody, "html", hcte)])


SCHOOL_SIG_TXT = "Example School, Park Row, Leeds LS1 4AP\nT: 01632 960000 | www.example-school.org.uk"


# ================================================================ FLAG cases

def flags():
    # F1 house parent, own mobile mid-paragraph
    s = "house-parent-exeat-own-mobile"
    body = """Dear Mrs Parent,

Thank you for letting me know about Friday. Exeat collection is from 4pm in the Kingsley porch, and we ask that all the girls are back by 7.30pm on Sunday for roll call and supper.

As you're coming down from Harrogate after work and the A61 is always dreadful on a Friday, please don't worry if you're later than 4 - just give me a ring when you're about ten minutes away. The house line gets very busy on exeat Fridays, so it's probably easier to ring my own mobile, 07700 900614, and I'll bring her bags down to the car so you don't have to park.

She has mentioned she needs her riding boots for the weekend; I'll make sure they go in with everything else.

Kind regards,

Helen Ashworth
House Parent, Kingsley House
"""
    mail(s, "flag", "house parent gives own mobile mid-paragraph for exeat pick-up",
         style="outlook", frm=ASHWORTH, to=[JANE], subject="Exeat weekend – Friday collection",
         date="Wed, 05 Feb 2025 17:48:02 +0000", root=text(body, cte="7bit"))

    # F2 rowing coach sets up WhatsApp group via his number
    s = "rowing-coach-whatsapp-crew"
    body = """Morning all,

River's finally back down below the warning level so we're out again from Tuesday. 0645 at the boathouse, kit on, blades down by 0700. Anyone late carries the quad back up on their own.

To save me sending forty emails a week I'm going to run the J16 quad through a WhatsApp group. Message me on 07700 900377 with your name and seat and I'll add you tonight. If your phone's one of the locked-down ones, let me know and we'll work something out.

Erg test Thursday 1600, full 2k. Eat properly on Wednesday.

TB

Sent from my iPhone"""
    mail(s, "flag", "rowing coach invites pupils to WhatsApp group via his own mobile",
         style="iphone", frm=BRERETON, to=[HARTLEY, WALSH, P_ONE, FITZ],
         subject="J16 quad - back on the water Tuesday", date="Sun, 12 Jan 2025 21:14:37 +0000",
         root=text(body))

    # F3 forest school leader, HTML-only with signature table holding own mobile + gmail
    s = "forest-school-sig-table"
    inner = """<p>Hi Sam,</p>
<p>Just a quick one about Thursday. We&#8217;re going up to the far end of the wood because the big oak by the stream came down in the storm and the children are desperate to see the roots. It will be <b>very</b> muddy, so full waterproofs and wellies please, and a spare pair of socks in a plastic bag.</p>
<p>He did brilliantly with the den building last week &#8211; he was the one who worked out the tarp needed to go on at an angle so the rain ran off. Lovely to see.</p>
<p>If anything changes with the weather I&#8217;ll let you know.</p>
<p>Rowan</p>
<br>
<table cellpadding="0" cellspacing="0" border="0" style="font-family:Verdana,sans-serif;font-size:9pt;color:#2f5d33;border-top:2px solid #6a994e">
<tr><td rowspan="5" style="padding:6px 12px 0 0"><img src="cid:leaf01.png" width="48" height="48" alt="oak leaf"></td>
<td style="padding-top:6px"><b>Rowan Fairley</b></td></tr>
<tr><td>Forest School Leader (Level 3) &middot; Example School Primary</td></tr>
<tr><td>School office: 01632 960000</td></tr>
<tr><td>Mobile: 07700&nbsp;900&nbsp;281 <i>(my own &#8211; best way to reach me at weekends)</i></td></tr>
<tr><td>Home e-mail: <a href="mailto:rowan.outdoors@gmail.com">rowan.outdoors@gmail.com</a></td></tr>
</table>
"""
    mail(s, "flag", "forest-school leader's HTML signature table lists own mobile and home gmail",
         style="outlook", frm=FAIRLEY, to=[SAM], subject="Thursday - the fallen oak!",
         date="Mon, 25 Nov 2024 16:02:55 +0000",
         root=text(outlook_html(inner), "html", "quoted-printable"))

    # F4 chaplain, ring me at home
    s = "chaplain-ring-at-home"
    body = """Dear Mr Guardian,

I was so sorry to hear from Mr Sandys about your mother's death. Please accept my condolences, and those of the whole chapel community; we remembered her by name at Compline last night.

Your son came to see me yesterday afternoon. He was quiet, as you'd expect, but he talked a little about the summers he spent with her in Lahore and I think it helped him to say some of it out loud. I've told him my door in the chaplaincy is open whenever he wants it, and that he doesn't need a reason.

I know how hard it is to be so far away at a time like this. If you would ever like to talk - about him, or simply for yourself - please ring me at home any evening on 0113 496 0552. My wife will fetch me if I'm out in the garden. There's no need to go through the school.

With every good wish and my prayers,

David

The Revd David Okonjo
Chaplain
"""
    mail(s, "flag", "chaplain gives his home landline to a bereaved parent",
         style="tbird", frm=OKONJO, to=[ALI], subject="Thinking of you",
         date="Thu, 14 Nov 2024 09:31:18 +0000",
         root=text(body.replace("'", "\u2019"), cte="quoted-printable"))

    # F5 teaching assistant, number in words
    s = "ta-text-me-number-in-words"
    body = """Hi Sam,

Just to say he was absolutely fine after you left this morning - a few tears at the door and then straight onto the playdough table. He ate all his lunch too!

If you want to let me know how the hospital appointment goes this afternoon, text me on oh seven seven double oh, nine hundred, four one two. It's my own phone so please don't pass it round the playground, but I'd like to know he's ok.

Lisa
(Mrs Pemberton, Class 2)"""
    mail(s, "flag", "TA asks parent to text her own mobile, number spelled out in words",
         style="outlook", frm=PEMBERTON, to=[SAM], subject="He's fine!",
         date="Tue, 08 Oct 2024 10:47:09 +0100", root=text(body))

    # F6 music teacher Cc's own gmail, Gmail reply
    s = "violin-teacher-cc-home-gmail"
    quoted = """Hi Mr Llewellyn,

Thanks for the lesson notes. She's been practising the scales but is really struggling with the shift in the Seitz. Is there anything we can do at home? Also, is the Grade 5 entry deadline still the end of the month?

Thanks,
Jane"""
    plain = f"""Hi Jane,

No need to worry about the shift - everyone finds the third-position jump in the Seitz awkward at first. Get her to play it really slowly with a "ghost" slide so she can hear where she's going, ten times a day, and it'll be there in a fortnight.

Yes, entries close on the 28th. I'll put her in for the Leeds session in March.

I've copied in my home e-mail because I only pick up the school one on Tuesdays and Thursdays when I'm in - feel free to use gareth.llewellyn.violin@gmail.com for anything about practice in between.

Best,
Gareth

On Sun, 2 Feb 2025 at 20:11, Jane Parent <jane.parent@gmail.com> wrote:
{gq(quoted)}
"""
    hq = html.escape(quoted).replace("\n", "<br>")
    htmlbody = gmail_html(
        "Hi Jane,<div><br></div><div>No need to worry about the shift - everyone finds the third-position jump in the Seitz awkward at first. Get her to play it really slowly with a &quot;ghost&quot; slide so she can hear where she&#39;s going, ten times a day, and it&#39;ll be there in a fortnight.</div><div><br></div><div>Yes, entries close on the 28th. I&#39;ll put her in for the Leeds session in March.</div><div><br></div><div>I&#39;ve copied in my home e-mail because I only pick up the school one on Tuesdays and Thursdays when I&#39;m in - feel free to use <a href=\"mailto:gareth.llewellyn.violin@gmail.com\">gareth.llewellyn.violin@gmail.com</a> for anything about practice in between.</div><div><br></div><div>Best,</div><div>Gareth</div>"
        + gmail_quote_html('On Sun, 2 Feb 2025 at 20:11, Jane Parent &lt;<a href="mailto:jane.parent@gmail.com">jane.parent@gmail.com</a>&gt; wrote:', hq))
    mail(s, "flag", "visiting violin teacher Cc's his personal gmail and invites parent to use it",
         style="gmail", frm=LLEWELLYN, to=[JANE], cc=[("Gareth Llewellyn", "gareth.llewellyn.violin@gmail.com")],
         subject="Re: Seitz and Grade 5", date="Mon, 03 Feb 2025 07:22:40 +0000",
         in_reply_to="<CAJp8rXw3nL0Qe7K2vq_P4sTzR1uY9mF@mail.gmail.com>",
         root=alt("gmail", s, plain, htmlbody))

    # F7 Reply-To personal hotmail only
    s = "sixth-form-reply-to-hotmail"
    plain = """Dear Mr Guardian,

Thank you for your email. The school's internal deadline for UCAS applications is Friday 18 October, which gives us time to write and check references before the 15 October Oxbridge deadline for those applying there, and the January deadline for everyone else.

I have read your son's draft personal statement and it is in good shape. The opening paragraph is a little long; I have suggested he trims the section about the robotics club and says more about the reading he did over the summer.

His predicted grades will be confirmed by his subject teachers by the end of next week. I will write again once they are through.

With best wishes,

Dr Fiona MacLeod
Head of Sixth Form
"""
    htmlbody = outlook_html(h_para(plain))
    mail(s, "flag", "[unsure] head of sixth form's message carries Reply-To of her personal hotmail (header only, body innocuous)",
         style="outlook", frm=MACLEOD, to=[ALI], reply_to=("Fiona MacLeod", "fiona.macleod64@hotmail.co.uk"),
         subject="RE: UCAS timeline", date="Tue, 24 Sep 2024 21:05:33 +0100",
         in_reply_to="<000b01db0e2a$5c1f8e20$145eaa60$@btinternet.com>",
         root=alt("outlook", s, plain, htmlbody))

    # F8 obfuscated personal address to pupils
    s = "supply-maths-obfuscated-hotmail"
    body = """Year 11 set 2,

As you know my contract here finishes on Friday 19th, so my school account will be switched off at the end of the day. Several of you have asked whether I'll still look at your mock corrections over Easter - I'm happy to.

Send photos of your corrections (clear ones please, not at an angle in the dark) to:

    pnowak1979 [at] hotmail [dot] co [dot] uk

and I'll reply with comments. Questions 14 and 19 from Paper 2 are the ones most of you need to redo.

Good luck, you've been a great group.

Mr Nowak
"""
    mail(s, "flag", "supply maths teacher gives pupils his obfuscated personal hotmail",
         style="plain", frm=NOWAK, to=[DAS, NOVAK, AHMED],
         subject="Mock corrections over Easter", date="Wed, 02 Apr 2025 15:40:12 +0100",
         root=text(body))

    # F9 teacher's home address for a permission slip (Outlook reply)
    s = "class-teacher-letterbox-home-address"
    quoted = """Hi Miss Redfern, sorry I've missed the deadline for the Eden Camp slip, we've been away at my mum's. Is it too late? I can drop it off Monday but we're not back till after school starts. Sam"""
    body = """Hi Sam,

Not too late at all, don't worry! I'm not in school on Monday (course day), but I only live round the corner from you - if it's easier just pop the signed slip and the £14 through my letterbox at 6 Mill Garth, Thornby, on your way back on Sunday and I'll bring it in on Tuesday.

Hope your mum is feeling better.

Chloe Redfern
Class 3

""" + outlook_block(SAM, "Friday, March 7, 2025 8:52 PM", "Chloe Redfern <c.redfern@example-school.org.uk>",
                    "Eden Camp slip") + "\n" + quoted + "\n"
    mail(s, "flag", "class teacher gives her own home address for dropping off a slip",
         style="outlook", frm=REDFERN, to=[SAM], subject="RE: Eden Camp slip",
         date="Sat, 08 Mar 2025 09:16:44 +0000",
         in_reply_to="<AM9PR03MB71620A3FE2C18B9D34C7A2F4B7D52@AM9PR03MB7162.eurprd03.prod.outlook.com>",
         root=text(body, cte="quoted-printable"))

    # F10 estate cottage = teacher's home [unsure]
    s = "farm-lead-keepers-cottage"
    body = """Dear Jane,

The hens will need looking after over half term and your daughter asked if she could help, which would be great - she's one of the few who isn't frightened of Big Bertha.

It's a twenty minute job: let them out, food and water, check for eggs, and shut them in again before dusk. If she comes over on the Tuesday and Thursday mornings that would cover it.

The feed bins are locked, so she'll need to collect the key from me first. I'm at Keeper's Cottage, at the top of the estate drive past the walled garden - the one with the green door and the Land Rover outside. Just knock any time after nine; if I'm not in, my partner will be.

She can keep the eggs she collects. Last year's helpers took home about four dozen!

Owen Thackeray
Farm & Garden
"""
    mail(s, "flag", "[unsure] farm lead invites pupil to his own home, a cottage on the school estate",
         style="tbird", frm=THACKERAY, to=[JANE], subject="Half-term hens",
         date="Fri, 07 Feb 2025 12:03:27 +0000", root=text(body, cte="8bit"))

    # F11 WeChat ID, Chinese/English subject (base64 words), multipart
    s = "intl-coordinator-wechat-id"
    subj = "Re: 春节 exeat / Chinese New Year exeat"
    plain = """Dear Mr Guardian,

Thank you - that's all fine. Your son will leave with the Shanghai group on the 08:40 coach from school on Saturday 25 January and the boarding office has his flight details. He needs to be back in school by 21:00 on Sunday 9 February.

As you are in Shanghai until the summer and email between us can take a day each way, it might be easiest to add me on WeChat: my ID is zhangwei_yorks. I'm usually on it in the evenings UK time and I can send you photos of the New Year dinner we do in school for the boys who stay.

新年快乐！

Wei Zhang
International Boarders Coordinator
"""
    htmlbody = outlook_html(h_para(plain))
    mail(s, "flag", "international coordinator gives parent her WeChat ID",
         style="outlook", frm=ZHANG, to=[ALI], subject=subj, subj_mode="b",
         date="Fri, 17 Jan 2025 18:27:51 +0000",
         in_reply_to="<1736972114.52918.yahoo.ali@btinternet.com>",
         root=alt("outlook", s, plain, htmlbody, pcte="base64", hcte="base64"))

    # F12 matron's vCard with personal numbers
    s = "matron-personal-vcard"
    plain = """Dear Jane,

Lovely to meet you at the new parents' tea on Saturday. As promised I've popped my details in the attached card so you can save them straight into your phone - it's easier than me writing numbers on the back of a serviette!

She has settled in really well this week. She's still getting up at six because of the time she got up for her old school, but I expect that'll wear off.

Best wishes,
Gwen

Gwen Hollis
Matron, Mallory House"""
    vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.6//EN\r\nN:Hollis;Gwen;;Mrs;\r\n"
           "FN:Gwen Hollis\r\nORG:Example School;Mallory House\r\nTITLE:Matron\r\n"
           "TEL;type=CELL;type=VOICE;type=pref:+44 7700 900735\r\nTEL;type=HOME;type=VOICE:0113 496 0693\r\n"
           "EMAIL;type=INTERNET;type=HOME;type=pref:gwenhollis@sky.com\r\n"
           "EMAIL;type=INTERNET;type=WORK:g.hollis@example-school.org.uk\r\n"
           "NOTE:Mobile and home are my own - evenings and weekends are fine.\r\nEND:VCARD\r\n").encode()
    root = multi("mixed", bnd("apple", s, 1), [
        text(plain, cte="7bit"),
        attach('text/x-vcard', "Gwen Hollis.vcf", vcf, cte="base64"),
    ])
    mail(s, "flag", "matron attaches vCard with her own mobile, home phone and sky.com email (not in body)",
         style="apple", frm=HOLLIS, to=[JANE], subject="My details",
         date="Mon, 09 Sep 2024 19:12:06 +0100", root=root, has_attach=True)

    # F13 drama: add me on snap
    s = "drama-add-me-on-snap"
    body = """Hi everyone,

Cast list for Blood Brothers is up on the drama board, and here it is too:

  Mrs Johnstone - Erin Fitzgerald
  Mickey        - Rohan Das
  Eddie         - George Holt
  Linda         - Tess Bellamy
  Narrator      - Chidi Okafor

First read-through is Monday 4pm in the Studio. Please have Act 1 read (not learned, just read!) by then.

If you've got questions about lines or scenes over the weekend, add me on snap - ellie.d.drama - and I'll get back to you when I can. Much quicker than email.

So excited about this one!!
Miss D"""
    mail(s, "flag", "drama teacher invites pupils to add her on Snapchat, handle given",
         style="plain", frm=DUNMORE, to=[FITZ, DAS, HOLT, BELLAMY, OKAFOR],
         subject="Blood Brothers - cast list!", date="Fri, 20 Sep 2024 16:58:13 +0100",
         root=text(body))

    # F14 art teacher: DM me on Insta (Gmail reply to pupil)
    s = "art-teacher-insta-dm"
    quoted = """Sir, can I carry on with the portfolio over summer? I don't have teams at home properly because our wifi is rubbish at my dad's. What's the best way to show you stuff"""
    plain = f"""Hi Thandi,

Yes definitely keep going - the ink studies of the canal are the strongest thing in there and I'd like another eight or ten pages like those before September.

Easiest thing is just DM me on Insta with photos of your sketchbook pages, I'm @callum.reid.makes. Phone photos are fine as long as they're in daylight.

Mr Reid

On Thu, 17 Jul 2025 at 13:02, Thandi Mbeki <26mbekit@pupils.example-school.org.uk> wrote:
{gq(quoted)}
"""
    mail(s, "flag", "art teacher tells pupil to DM his Instagram account",
         style="gmail", frm=REID, to=[MBEKI], subject="Re: portfolio over summer",
         date="Thu, 17 Jul 2025 15:44:50 +0100",
         in_reply_to="<CAFq2hZc1oT7mB0dWk_9sR3nV6y8aLxE@mail.gmail.com>",
         root=text(plain, cte="quoted-printable"))

    # F15 CCF SSI: Facebook Messenger
    s = "ccf-ssi-facebook-messenger"
    body = """Mr Guardian,

Thanks for the forms, all received and in order. Your lad is down for the Army Section summer camp at Warcop, 26 July to 2 August.

Signal on the training area is patchy at best and I won't be checking the school email while we're out on exercise. The easiest way to get hold of me over the camp is Facebook Messenger - search for Mike Hargreaves Ripon, the profile picture is me with a green Land Rover. I check it every night.

Boots need to be broken in BEFORE camp. Every year someone turns up with brand new ones and every year they regret it.

Regards,
Mike Hargreaves
SSI, CCF Contingent
"""
    mail(s, "flag", "CCF staff instructor directs parent to his personal Facebook Messenger",
         style="outlook", frm=HARGREAVES, to=[ALI], subject="Summer camp - forms received",
         date="Mon, 30 Jun 2025 08:14:22 +0100", root=text(body))

    # F16 computing teacher: personal Discord server
    s = "computing-own-discord-server"
    plain = """Hi Year 13,

A few of you have asked about getting help with your NEA outside lessons. I run a Discord server for my own coding projects and there's a channel on it for A-level stuff - join at discord.gg/rM3nonDev (I'm ravim_dev on there) and post your questions. Screenshots of your code are fine, but don't post your whole project.

Deadline for the analysis section is still 14 November.

Mr Menon"""
    htmlbody = outlook_html(
        "<div>Hi Year 13,</div><div><br></div><div>A few of you have asked about getting help with your NEA outside lessons. "
        "I run a Discord server for my own coding projects and there&#8217;s a channel on it for A-level stuff &#8211; join at "
        '<a href="https://discord.gg/rM3nonDev">discord.gg/rM3nonDev</a> (I&#8217;m <b>ravim_dev</b> on there) and post your questions. '
        "Screenshots of your code are fine, but don&#8217;t post your whole project.</div><div><br></div>"
        "<div>Deadline for the analysis section is still <b>14 November</b>.</div><div><br></div><div>Mr Menon</div>")
    mail(s, "flag", "computing teacher invites pupils to his personal Discord server",
         style="outlook", frm=MENON, to=[NOVAK, LINDQVIST, WHITAKER, HOLT], subject="NEA help",
         date="Tue, 01 Oct 2024 12:30:00 +0100", root=alt("outlook", s, plain, htmlbody))

    # F17 swimming coach: personal Telegram channel
    s = "swim-coach-telegram-channel"
    body = """Hi Jane,

Gala entries for the Sheffield open meet are in - she's swimming the 100 back and 50 free, plus the medley relay if Ava's shoulder isn't right.

Session times get changed at the last minute at these things, so rather than emailing everyone I'll post updates on my Telegram channel: t.me/coachsophieling. It's my personal one but parents say it's handy, and you can message me directly through it on the day.

Warm-up is 7.45, so an early start I'm afraid.

Sophie Ling
Swimming"""
    mail(s, "flag", "swimming coach points parent to her personal Telegram channel for direct messages",
         style="outlook", frm=LING, to=[JANE], subject="Sheffield open meet",
         date="Wed, 12 Mar 2025 20:19:41 +0000", root=text(body, cte="quoted-printable"))

    # F18 housemaster: Signal on his mobile, to pupil
    s = "housemaster-signal-to-pupil"
    body = """Rohan,

Thanks for coming to find me after prep. You did the right thing telling me, and none of it is your fault.

I know you'd rather not talk about it in the house where the others can hear. If you need to talk this weekend while I'm off duty, you can reach me on Signal - same number as my mobile, 07700 900846. I'll always answer.

We'll sit down properly with Mrs Hirst on Monday.

JS

Sent from my iPhone"""
    mail(s, "flag", "housemaster offers pupil private Signal contact on his own mobile",
         style="iphone", frm=SANDYS, to=[DAS], subject="Tonight",
         date="Fri, 28 Feb 2025 22:41:03 +0000", root=text(body))

    # F19 PE: TikTok
    s = "pe-coach-tiktok-dm"
    plain = """Squad,

Good session tonight. A lot of you are still really tight in the hamstrings, which is why we keep losing people in the last ten minutes.

I post all my stretching and mobility routines on TikTok - follow @coach_ade_fit and do the 12-minute one every evening this week. If you want a personal plan, drop me a message on there and I'll sort you one.

Fixture v Hallam Grange is Saturday, bus at 12.45.

Coach B"""
    htmlbody = outlook_html(h_para(plain))
    mail(s, "flag", "PE coach tells pupils to follow and message his TikTok",
         style="outlook", frm=BALOGUN, to=[OKAFOR, HOLT, WALSH, DAS, WHITAKER],
         subject="Stretching!!", date="Wed, 15 Jan 2025 19:02:10 +0000",
         root=alt("outlook", s, plain, htmlbody))

    # F20 Head of Year: Outlook reply, mobile in signature referred to in body
    s = "hoy-outlook-reply-sig-mobile"
    quoted = """Dear Mrs Chandrasekar,

I'm worried about the group chat situation - she came home on Friday in tears again and says the girls in her tutor group have started a new chat without her. I don't want to make it worse by going in all guns blazing. Could we speak this week?

Jane Parent"""
    plain = ("""Dear Jane,

Thank you for letting me know, and I'm sorry she's had another difficult week. You're right not to go in all guns blazing - I'll speak to her tutor today and see the girls individually rather than as a group.

I'm teaching most of tomorrow, so the easiest thing is to text me and I'll ring you back when I'm free - my mobile is in my signature below.

Kind regards,

Priya Chandrasekar
Head of Year 9
Example School
T: 01632 960000 ext 311
M: 07700 900853

""" + outlook_block(JANE, "Sunday, November 17, 2024 9:03 PM",
                    "Priya Chandrasekar <p.chandrasekar@example-school.org.uk>", "Group chat") + "\n" + quoted + "\n")
    htmlbody = outlook_html(
        h_para("""Dear Jane,

Thank you for letting me know, and I'm sorry she's had another difficult week. You're right not to go in all guns blazing - I'll speak to her tutor today and see the girls individually rather than as a group.

I'm teaching most of tomorrow, so the easiest thing is to text me and I'll ring you back when I'm free - my mobile is in my signature below.

Kind regards,""")
        + '\n<p style="font-size:10pt;color:#1f3864"><b>Priya Chandrasekar</b><br>Head of Year 9<br>Example School<br>'
        "T: 01632 960000 ext 311<br>M: 07700 900853</p>\n"
        '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
        '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Jane Parent &lt;jane.parent@gmail.com&gt;<br>'
        "<b>Sent:</b> Sunday, November 17, 2024 9:03 PM<br><b>To:</b> Priya Chandrasekar &lt;p.chandrasekar@example-school.org.uk&gt;<br>"
        "<b>Subject:</b> Group chat</font><div>&nbsp;</div></div>\n<div>" + html.escape(quoted).replace("\n", "<br>") + "</div>")
    mail(s, "flag", "head of year asks parent to text her; personal mobile in Outlook signature",
         style="outlook", frm=CHANDRA, to=[JANE], subject="RE: Group chat",
         date="Mon, 18 Nov 2024 07:38:26 +0000",
         in_reply_to="<CAJp8rXyT6e1bWq0-9nJmK4cV3sLpZ@mail.gmail.com>",
         root=alt("outlook", s, plain, htmlbody, pcte="quoted-printable"))

    # F21 director of music: switch to my own icloud address (Gmail reply)
    s = "music-director-switch-to-icloud"
    quoted = """Dear Mr Strachan

Apologies, I have tried three times to send the recording for the music scholarship but your school system rejects it as too large. It is 38MB. Can you suggest another way?

Regards
Ali Guardian"""
    body = f"""Dear Mr Guardian,

Sorry about that - the school system won't take anything over 25MB, which is no good for audio. Let's carry on from my own address instead: hugo.strachan@icloud.com takes much bigger files, or you can share it from iCloud or Google Drive to that address.

The panel meets on the 21st so anything by the 18th is fine.

With best wishes,
Hugo Strachan
Director of Music

On Mon, 10 Mar 2025 at 06:48, Ali Guardian <ali.guardian@btinternet.com> wrote:
{gq(quoted)}
"""
    mail(s, "flag", "director of music moves correspondence with parent to his personal icloud address",
         style="gmail", frm=STRACHAN, to=[ALI], subject="Re: Scholarship recording",
         date="Mon, 10 Mar 2025 12:55:09 +0000",
         in_reply_to="<1741589280.73214.ali@btinternet.com>", root=text(body))

    # F22 nurse: home number with odd formatting (dots / HTML spans)
    s = "nurse-home-number-dotted"
    plain = """Dear Jane,

She's been seen this afternoon and it looks like a mild sprain, nothing broken. Ice, rest and keep it raised this evening; she can do without games tomorrow and I've let Mr Balogun know.

I'm not on site this weekend. If it swells badly or she can't put weight on it, you're welcome to ring me at home on 0114.496.0371 rather than go through the house.

Bernadette Quinn
School Nurse"""
    htmlbody = ("<html><body style=\"font-family:Georgia,serif;font-size:12pt\">"
                "<p>Dear Jane,</p><p>She&#8217;s been seen this afternoon and it looks like a mild sprain, nothing broken. "
                "Ice, rest and keep it raised this evening; she can do without games tomorrow and I&#8217;ve let Mr Balogun know.</p>"
                "<p>I&#8217;m not on site this weekend. If it swells badly or she can&#8217;t put weight on it, you&#8217;re welcome to ring me at home on "
                "<span style=\"white-space:nowrap\"><b>0114</b>&nbsp;<span>496</span>&nbsp;<span>0371</span></span> rather than go through the house.</p>"
                "<p>Bernadette Quinn<br><span style=\"color:#666\">School Nurse</span></p></body></html>")
    mail(s, "flag", "school nurse gives parent her home number, dotted in text and split with spans in HTML",
         style="outlook", frm=QUINN, to=[JANE], subject="Ankle",
         date="Fri, 04 Oct 2024 16:21:37 +0100", root=alt("outlook", s, plain, htmlbody))

    # F23 forward with international-format personal mobile
    s = "chemistry-forward-intl-mobile"
    body = """Dear Mr Guardian,

Forwarding the details below - your son qualified for the second round, which is a real achievement (only four from the school this year).

The round takes place during the Easter holidays. I will be away from school but will be running the online session for our candidates, so if you have questions please reach me on my personal mobile, +44 7700 900538, rather than the school email.

Kind regards,
Kwame Mensah
Chemistry

---------- Forwarded message ---------
From: Northern Schools Chemistry Challenge <info@nscc.example.org>
Date: Tue, 18 Mar 2025 at 11:02
Subject: Round 2 qualifiers - Example School
To: <k.mensah@example-school.org.uk>

Dear Mr Mensah,

Congratulations: the following candidates from your centre have qualified for Round 2:

  Example Pupil Three (Y12)   Score 41/60
  Astrid Lindqvist (Y12)      Score 44/60
  Lukas Novak (Y12)           Score 39/60
  Tom Whitaker (Y13)          Score 47/60

Round 2 will be sat online on Wednesday 9 April, 10:00-12:00 BST, under the supervision of a teacher. Candidates must use a school or home computer with a webcam. Further instructions will follow.

NSCC Office
Registered charity no. 1234567
"""
    mail(s, "flag", "teacher forwards notice and gives parent his personal mobile in +44 form",
         style="outlook", frm=MENSAH, to=[ALI], subject="FW: Round 2 qualifiers - Example School",
         date="Thu, 20 Mar 2025 08:47:15 +0000", root=text(body))

    # F24 TA babysitting offer, base64 body with mobile and home address
    s = "ta-babysitting-base64"
    body = """Hi Sam,

About what you mentioned at pick-up on Friday - yes, I'd be happy to babysit! I do it for a couple of other families in the village already. I'm free most Saturdays and some Friday evenings, and I charge £10 an hour.

My number is 07700 900219 if you want to text me dates. Or if it's easier to drop him off here rather than me coming to you, I'm at 22 Ings Lane, Boston Spa (the end terrace with the blue door).

Amy x"""
    mail(s, "flag", "TA offers parent private babysitting with own mobile and home address (base64 body)",
         style="iphone", frm=SOWERBY, to=[SAM], subject="Babysitting",
         date="Sun, 19 Jan 2025 11:08:52 +0000", root=text(body + "\n\nSent from my iPhone", cte="base64"))

    # F25 class teacher: wa.me link (QP HTML) to two parents
    s = "y6-residential-wame-link"
    plain = """Dear parents,

We've arrived safely at Robin Wood and the children are settling into their dorms. Everyone ate an enormous tea!

I'll be sending photos through the week. Rather than fill up your inboxes, I'll pop them in a WhatsApp group - message me on wa.me/447700900694 and I'll add you. (Please don't share the photos on Facebook, as not all families have given consent.)

Lights out is 9pm, though I suspect it'll be later tonight...

Mrs Greaves"""
    htmlbody = outlook_html(
        "<p>Dear parents,</p><p>We&#8217;ve arrived safely at Robin Wood and the children are settling into their dorms. Everyone ate an enormous tea!</p>"
        "<p>I&#8217;ll be sending photos through the week. Rather than fill up your inboxes, I&#8217;ll pop them in a WhatsApp group &#8211; "
        '<a href="https://wa.me/447700900694?text=Robin%20Wood%20photos%20please">message me on WhatsApp</a> and I&#8217;ll add you. '
        "(Please don&#8217;t share the photos on Facebook, as not all families have given consent.)</p>"
        "<p>Lights out is 9pm, though I suspect it&#8217;ll be later tonight&#8230;</p><p>Mrs Greaves</p>")
    mail(s, "flag", "Y6 teacher invites parents to message her WhatsApp via wa.me link with her number",
         style="outlook", frm=GREAVES, to=[JANE, SAM], subject="Robin Wood - arrived safely!",
         date="Mon, 16 Jun 2025 18:33:29 +0100", root=alt("outlook", s, plain, htmlbody))

    # F26 MFL: mailto link to personal gmail behind "email me"
    s = "mfl-mailto-personal-gmail"
    htmlbody = ("<html><head><meta charset=\"utf-8\"></head><body>"
                "<div style=\"font-family:Arial;font-size:11pt\">"
                "<p>Bonjour Astrid,</p>"
                "<p>For your oral practice over the holidays, record yourself answering the five photo-card questions "
                "and <a href=\"mailto:rachel.oduya.mfl@gmail.com?subject=Oral%20practice\">email me</a> the recordings &#8211; "
                "the school system won&#8217;t accept audio files that size and I&#8217;ll be checking that inbox over Easter.</p>"
                "<p>Keep them under three minutes each. Focus on using the <i>passé composé</i> and the future tense in the same answer.</p>"
                "<p>Bonnes vacances !</p><p>Mme Oduya</p>"
                "<table style=\"font-size:9pt;color:#555\"><tr><td>Head of Modern Languages</td></tr>"
                "<tr><td>Example School &middot; Park Row &middot; Leeds LS1 4AP</td></tr></table>"
                "</div></body></html>")
    mail(s, "flag", "MFL head hides her personal gmail behind an 'email me' mailto link to a pupil",
         style="outlook", frm=ODUYA, to=[LINDQVIST], subject="Oral practice over Easter",
         date="Fri, 04 Apr 2025 13:12:40 +0100", root=text(htmlbody, "html", "quoted-printable"))

    # F27 tutor: just text me, you've got my number
    s = "tutor-text-me-results-day"
    body = """Hi Tom,

Results are out at 8am on Thursday but I know you're in Portugal until the Saturday. Don't worry about ringing the sixth form office from the airport - just text me when you've seen them, you've still got my number from the DofE expedition. If the Durham offer doesn't come through we'll need to move fast on Clearing so the sooner the better.

Fingers crossed!
Mr Farrow"""
    mail(s, "flag", "tutor invites pupil to text him on the number he had from an expedition (no number written)",
         style="plain", frm=FARROW, to=[WHITAKER], subject="Thursday",
         date="Mon, 11 Aug 2025 10:20:04 +0100", root=text(body))

    # F28 staff trip email with parent helper Cc'd, own mobile, PDF risk assessment
    s = "trip-leader-cc-parent-helper"
    body = """Hi all,

Final arrangements for Thursday's Class 3 trip to the Sculpture Park:

- Coach leaves from the church lay-by at 9.00, back for 3.15
- Groups are in the attached RA (Chloe: Blue, Lisa: Green, me: Red, Jane: Yellow)
- Packed lunches in the blue crates; Amy is bringing the first aid bag and the inhalers

The school trip phone is away being repaired, so on the day please use my own mobile, 07700 900470, if you get separated or need anything.

Jane - thank you so much for helping. Your group is the four in Yellow on page 2; you'll be with me for the workshop.

Ian

Ian Colley
Head of Primary"""
    root = multi("mixed", bnd("outlook", s, 4), [
        text(body),
        attach("application/pdf", "Class 3 Sculpture Park RA.pdf", pdf_stub("Class 3 Sculpture Park risk assessment")),
    ])
    mail(s, "flag", "head of primary's staff trip mail Cc's a parent helper and gives his own mobile",
         style="outlook", frm=COLLEY, to=[REDFERN, PEMBERTON, SOWERBY], cc=[JANE],
         subject="Thursday - Sculpture Park", date="Tue, 13 May 2025 16:45:00 +0100",
         root=root, has_attach=True)

    # F29 singing teacher: ICS invite to rehearsal at her house
    s = "singing-teacher-ics-at-my-house"
    plain = """Hi Jane,

She's nearly there with the Sondheim but the middle section still needs work before the concert. I'm doing an extra run-through at mine on Saturday afternoon for the three soloists - invitation attached with the address. Parking is fine on the road. No charge, of course.

Naomi"""
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nUID:" + uuid_like("ics" + s) + "\r\nDTSTAMP:20250310T181500Z\r\n"
           "DTSTART;TZID=Europe/London:20250315T140000\r\nDTEND;TZID=Europe/London:20250315T153000\r\n"
           "SUMMARY:Extra run-through - Spring Concert soloists\r\n"
           "LOCATION:Naomi's house\\, 9 Linden Grove\\, Headingley\\, Leeds LS6 2QT\r\n"
           "DESCRIPTION:Bring the music and a bottle of water. Ring the bell - the dog is friendly.\r\n"
           "ORGANIZER;CN=Naomi Fraser:mailto:n.fraser@example-school.org.uk\r\n"
           "ATTENDEE;CN=Jane Parent;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jane.parent@gmail.com\r\n"
           "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    root = multi("mixed", bnd("outlook", s, 2), [
        text(plain),
        attach("text/calendar", "invite.ics", ics, cte="base64", extra="; method=REQUEST"),
    ])
    mail(s, "flag", "singing teacher sends calendar invite to a rehearsal at her home address",
         style="outlook", frm=FRASER, to=[JANE], subject="Extra run-through Saturday",
         date="Mon, 10 Mar 2025 18:15:00 +0000", root=root, has_attach=True)

    # F30 Apple Mail reply, RFC 2047 subject/name, home number
    s = "class1-apple-reply-home-number"
    quoted = """Hi Miss Morgan,

Thanks for the reading book. He loved the one about the tractor! We're a bit confused about the phonics homework though - are we supposed to be doing the sound mat every night or just the book?

Sam"""
    body = f"""Hi Sam,

Just the book every night is perfect - the sound mat is only for the weekend. The tractor book is a firm favourite in Class 1, he's not the only one!

It's sometimes easier to explain these things on the phone. My home number is (0113) 496 0718 if you'd rather have a quick chat one evening - I'm usually in after six.

Siân

> On 11 Mar 2025, at 19:42, Sam Carer <sam.carer@outlook.com> wrote:
>
{gq(quoted)}
"""
    mail(s, "flag", "Class 1 teacher gives parent her home landline in an Apple Mail reply",
         style="apple", frm=MORGAN, to=[SAM], subject="Re: Pupil Two’s reading – phonics homework",
         date="Wed, 12 Mar 2025 07:05:31 +0000",
         in_reply_to="<AM9PR03MB7162C0F1E7D34B8A21F09C61B7D52@AM9PR03MB7162.eurprd03.prod.outlook.com>",
         root=text(body, cte="quoted-printable"))


# ================================================================ CLEAN cases

def cleans():
    # C1 boarding house duty phone (official)
    s = "kingsley-duty-phone"
    body = """Dear Mrs Parent,

Welcome back to the new term! A few reminders for Kingsley House parents:

1. The house duty phone is 07700 900100. It is a school phone carried by whichever house parent is on duty, day and night, so it will always be answered by someone who knows the girls. Please use it for anything urgent out of hours rather than the office line.
2. Laundry goes down to the basement by 8am on Mondays and Thursdays. Please make sure everything is named - we still have eleven unnamed navy jumpers from last term.
3. Weekend activity sign-up closes on Wednesday at 9pm.
4. Tuck is limited to one box per girl, kept in the house pantry.

For non-urgent matters, the Kingsley email kingsley@example-school.org.uk is checked every day.

Kind regards,

Helen Ashworth
House Parent, Kingsley House
"""
    mail(s, "clean", "official boarding-house duty mobile (school phone), not a personal number",
         style="outlook", frm=ASHWORTH, to=[JANE], subject="Kingsley House - start of term",
         date="Mon, 06 Jan 2025 10:15:42 +0000", root=text(body))

    # C2 school office numbers and extensions
    s = "office-absence-line-extensions"
    body = """Dear Sam,

Thank you for letting us know. We've marked him absent for today.

Just so you have them for the future:
  Absence line: 01632 960000, option 1 (before 8.45am please)
  Primary office: 01632 960000 ext 205
  Before and after school club: ext 207

If he's still unwell tomorrow, please ring again. He needs to be clear of sickness for 48 hours before he comes back.

Best wishes,
Margaret Fenwick
School Office
"""
    mail(s, "clean", "school switchboard, absence option and extensions",
         style="outlook", frm=FENWICK, to=[SAM], subject="RE: Absence today",
         date="Wed, 22 Jan 2025 09:03:11 +0000",
         in_reply_to="<AM9PR03MB7162A8D1BC02F44E5C7310A4B7D52@AM9PR03MB7162.eurprd03.prod.outlook.com>",
         root=text(body))

    # C3 guardianship agency details
    s = "guardianship-agency-details"
    plain = """Dear Mr Guardian,

Thank you for completing the guardianship forms. I can confirm that Northern Guardians Ltd will act as your son's educational guardian while you are in Shanghai.

His case manager is Mrs Carol Hepworth. The agency's details are:

  Northern Guardians Ltd, 4 Quarry Court, Otley Road, Leeds LS16 5QZ
  24-hour line: 0113 496 0845
  Placements: placements@northernguardians.example.com

Mrs Hepworth will collect him for the October half term and place him with one of their host families in Adel. She will be in touch with you directly about the arrangements.

Please let me know if anything changes.

Wei Zhang
International Boarders Coordinator
"""
    mail(s, "clean", "educational guardianship agency's office, 24h line and email",
         style="outlook", frm=ZHANG, to=[ALI], subject="Guardianship arrangements",
         date="Thu, 26 Sep 2024 14:22:09 +0100",
         root=alt("outlook", s, plain, outlook_html(h_para(plain))))

    # C4 airport transfer, HTML table with driver's official mobile
    s = "airport-transfer-driver-table"
    plain = """Dear Mr Guardian,

Your son's transfer from Heathrow has been booked as follows:

Flight: VS 251 from Shanghai Pudong, arriving Heathrow T3 Saturday 4 January, 14:25
Company: Aire Valley Cars (office 0113 496 0660, 24h)
Driver: Kamal Hussain, driver's work mobile 07700 900932
Meeting point: Costa Coffee, arrivals hall, with a name board
Booking ref: AVC-22817
Cost: £285.00, added to the spring term bill

Expected arrival at school about 19:30. The house will keep supper for him.

Dominic Pryce
Transport & Boarding Administrator"""
    htmlbody = outlook_html(
        "<p>Dear Mr Guardian,</p><p>Your son&#8217;s transfer from Heathrow has been booked as follows:</p>"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
        "<tr><th align=left>Flight</th><td>VS 251 from Shanghai Pudong, arriving Heathrow T3 Saturday 4 January, 14:25</td></tr>"
        "<tr><th align=left>Company</th><td>Aire Valley Cars (office 0113 496 0660, 24h)</td></tr>"
        "<tr><th align=left>Driver</th><td>Kamal Hussain &#8211; driver&#8217;s work mobile 07700 900932</td></tr>"
        "<tr><th align=left>Meeting point</th><td>Costa Coffee, arrivals hall, with a name board</td></tr>"
        "<tr><th align=left>Booking ref</th><td>AVC-22817</td></tr>"
        "<tr><th align=left>Cost</th><td>&pound;285.00, added to the spring term bill</td></tr></table>"
        "<p>Expected arrival at school about 19:30. The house will keep supper for him.</p>"
        "<p>Dominic Pryce<br>Transport &amp; Boarding Administrator</p>")
    mail(s, "clean", "airport transfer firm's office line and driver's work mobile in a table",
         style="outlook", frm=PRYCE, to=[ALI], subject="Heathrow transfer 4 January",
         date="Fri, 13 Dec 2024 11:40:27 +0000",
         root=alt("outlook", s, plain, htmlbody, pcte="quoted-printable"))

    # C5 overseas parent's own details confirmed back
    s = "registrar-confirms-shanghai-address"
    body = """Dear Mr Guardian,

Thank you for sending your new details. I have updated our records as follows - please check and let me know if anything is wrong:

Home address:
  Apartment 1702, Building 3
  2281 Jinxiu Road, Pudong New Area
  Shanghai 200135, China

Mobile: +86 139 0000 4821
Office: +86 21 5555 0173
Email: ali.guardian@btinternet.com (unchanged)

Your son's educational guardian remains Northern Guardians Ltd.

Kind regards,
Anna Kowalczyk
Registrar
"""
    mail(s, "clean", "registrar confirms the overseas parent's own address and numbers back to him",
         style="outlook", frm=KOWALCZYK, to=[ALI], subject="Change of contact details - confirmed",
         date="Tue, 03 Sep 2024 10:05:58 +0100", root=text(body))

    # C6 pupil told guardian's personal contacts (third party)
    s = "half-term-guardian-for-pupil"
    body = """Ji-woo,

Arrangements for half term: your guardian Mrs Linda Tan will collect you from Mallory at 2pm on Friday. Please be packed and waiting in the common room - she's driving over from York and has to get back for another boarder.

In case you need her:
  Mobile: 07700 900318
  Email: lindatan.guardian@hotmail.co.uk

Your mum has agreed this and has Mrs Tan's details too. Back by 8pm on Sunday 2 November.

Mr Sandys"""
    mail(s, "clean", "pupil given third-party educational guardian's own mobile and hotmail",
         style="outlook", frm=SANDYS, to=[PARK], subject="Half term - collection",
         date="Tue, 21 Oct 2024 13:30:45 +0100", root=text(body))

    # C7 parish church harvest festival
    s = "harvest-parish-church"
    plain = """Dear Parents and Carers,

Our Harvest Festival service will be held in St Oswald's Church, Church Lane, Thornby on Friday 4 October at 2pm. All families are welcome. Class 1 will sing "Cauliflowers Fluffy" and Class 4 have written their own prayers.

Please send in tins and packets (in date!) by Thursday - this year everything goes to the Wetherby food bank.

The church has no parking of its own, so please use the village hall car park. If you have any questions about access for wheelchairs or pushchairs, the parish office can help: 0113 496 0123 or parishoffice@stoswaldsthornby.example.org. Revd Jo Castleton, our vicar, will lead the service.

With thanks,
Ian Colley
Head of Primary"""
    mail(s, "clean", "parish church address, parish office phone and email; vicar named",
         style="outlook", frm=COLLEY, to=[JANE, SAM], subject="Harvest Festival – Friday 4 October",
         date="Mon, 23 Sep 2024 15:00:12 +0100",
         root=alt("outlook", s, plain, outlook_html(h_para(plain))))

    # C8 village hall Christmas fair
    s = "village-hall-christmas-fair"
    body = """Hello everyone,

The FoES Christmas Fair is on Saturday 30 November, 11am-2pm, at Thornby Village Hall, Main Street, Thornby LS23 6EA. Entry £1 (children free), Santa's grotto £3.

We still need helpers for the tombola and the cake stall, and donations of bottles, tins and cakes. Donations can be left at the school office from Monday 25th, or at the hall on the Friday evening between 6 and 8pm when we set up.

The hall's bookings secretary has asked that nobody parks on the verge outside the bungalows opposite - please use the school car park and walk down.

Thank you!
Emma Rusholme
Primary Office / FoES liaison"""
    mail(s, "clean", "village hall address, times, prices; no personal contact",
         style="outlook", frm=RUSHOLME, to=[SAM, JANE], subject="Christmas Fair - helpers needed",
         date="Mon, 11 Nov 2024 12:45:30 +0000", root=text(body))

    # C9 farm vet
    s = "farm-vet-lambing"
    body = """Dear Sam,

Thanks for your note about lambing. I completely understand your worry after what happened with his cousin.

Our farm vet is Dr Alison Hulme at Dales Veterinary Centre (0113 496 0911). She came out on Tuesday and checked the ewes; none of them have shown any signs of abortion or infection, and she's happy for the children to help with bottle-feeding as long as they wash hands at the outside sink and nobody who is pregnant handles the lambs or afterbirth. We follow the Public Health guidance on this every year.

If you'd still prefer him not to take part, that's absolutely fine - he can help with the hens instead.

Owen Thackeray
Farm & Garden"""
    mail(s, "clean", "farm vet practice named with its number; hygiene details",
         style="tbird", frm=THACKERAY, to=[SAM], subject="Re: Lambing",
         date="Thu, 20 Mar 2025 15:51:02 +0000",
         in_reply_to="<AM9PR03MB7162F8E0A1D24C57B7612E09B7D52@AM9PR03MB7162.eurprd03.prod.outlook.com>",
         root=text(body))

    # C10 forest school landowner
    s = "forest-school-hollin-wood-landowner"
    body = """Dear Parents and Carers,

From next Thursday, Forest School moves to Hollin Wood for the summer term, by kind permission of Mr and Mrs Fothergill of Hollin Farm, Hollin Lane, Thornby.

Drop-off on Thursdays will be at the farm gate at 8.50. Please park in the farmyard (signed) and not on the lane, which is used by tractors. The Fothergills' emergency number for the site, 07700 900561, is on the laminated card in every forest school rucksack.

Children need: long sleeves and long trousers (ticks), wellies, waterproofs, a named water bottle, sun cream applied before school.

Rowan Fairley
Forest School Leader"""
    mail(s, "clean", "forest-school landowner's name, farm address and site emergency number",
         style="outlook", frm=FAIRLEY, to=[SAM, JANE], subject="Forest School moves to Hollin Wood",
         date="Thu, 17 Apr 2025 14:10:33 +0100", root=text(body))

    # C11 rowing head race, venue
    s = "rowing-head-race-venue"
    plain = """Dear Jane, dear Pupil One,

Details for Sunday's Aire Head:

Venue: Leeds Rowing Club, Aire Boathouse, Kirkstall Road, Leeds
Trailer leaves school boathouse: 06:15 (rigging help needed at 06:00)
Crews boat from: 08:40
Division 1 start: 09:30; J16 4x- is bow number 23
Club steward (race control): 0113 496 0388
Entry: £18 per rower, on the bill

Please bring a warm top for after the race - it's forecast 3 degrees. Parents are welcome on the towpath; there's a coffee van at the finish.

Tom Brereton
Head of Rowing"""
    mail(s, "clean", "rowing venue address, race control number, times and fees",
         style="outlook", frm=BRERETON, to=[JANE, P_ONE], subject="Aire Head - Sunday",
         date="Wed, 26 Feb 2025 17:30:00 +0000",
         root=alt("outlook", s, plain, outlook_html(h_para(plain))))

    # C12 CCF camp with TXT kit list attachment
    s = "ccf-camp-kit-list-txt"
    body = """Dear Mr Guardian,

Please find attached the kit list for CCF summer camp at Warcop Training Area (26 July - 2 August).

Cadets travel by coach from school at 07:00 on the 26th and return at about 16:00 on the 2nd. During camp, messages for cadets can be passed through the CCF office on 01632 960000 ext 260, which is manned by the contingent commander throughout.

Cost is £95, which has been added to the summer term bill.

Regards,
CCF Office"""
    kit = """CCF SUMMER CAMP 2025 - KIT LIST
================================
Uniform: 2x MTP shirt, 2x trousers, belt, beret with cap badge, combat boots (WORN IN)
Warm kit: fleece, windproof, waterproof jacket + trousers
Sleeping: sleeping bag (3-season), roll mat, bivi bag if owned
Wash kit, towel x2, flip-flops for showers
Water bottle x2 (1 litre), mess tins, KFS
Head torch + spare batteries
Sun cream, insect repellent
Money: no more than GBP 30
NO energy drinks. NO knives. Phones handed in at night.
"""
    root = multi("mixed", bnd("outlook", s, 4), [
        text(body), attach("text/plain", "CCF_camp_kit_list_2025.txt", kit.encode(), cte="7bit"),
    ])
    mail(s, "clean", "CCF camp venue, CCF office extension, kit list .txt",
         style="outlook", frm=HARGREAVES, to=[ALI], subject="CCF summer camp - kit list",
         date="Wed, 11 Jun 2025 09:00:48 +0100", root=root, has_attach=True)

    # C13 Oxbridge college interview
    s = "oxbridge-interview-details"
    body = """Dear George,

Congratulations - St Bega's College have invited you to interview for Natural Sciences.

  Date: Tuesday 10 December
  Time: 10:30 (subject interview 1), 14:15 (subject interview 2)
  Place: Old Court, staircase G, room G4 - report to the Porters' Lodge on Bega Lane first
  College admissions office: admissions@stbegas-college.example.org

They have offered you a room in college on the Monday night. Please reply to them by Friday to accept, and copy me in.

We will do two practice interviews next week: Wednesday P5 with Dr Kaye, and Friday P3 with me in the Sixth Form Centre, room 2.06.

Well done!
Dr MacLeod"""
    mail(s, "clean", "college interview times, rooms and admissions office email",
         style="outlook", frm=MACLEOD, to=[HOLT], subject="Interview invitation - St Bega's",
         date="Thu, 21 Nov 2024 08:55:16 +0000", root=text(body))

    # C14 exam board / candidate numbers
    s = "exams-candidate-numbers"
    body = """Dear Rohan,

Your statement of entry for the summer GCSE series is attached to your school account. Please check it carefully - if any tiers or subjects are wrong, tell me by Friday 21 March.

  Centre number: 12345
  Candidate number: 4217
  UCI: 12345A24170X

Your seat number for every exam in the Sports Hall is B14. Bring a clear pencil case and black pens only.

Results will be available from 8am on Thursday 21 August. Post-results reviews cost £48 per component and must be requested through me.

Karen Ibbotson
Exams Officer
01632 960000 ext 219"""
    mail(s, "clean", "exam centre and candidate numbers, seat, fee, exams office extension",
         style="plain", frm=IBBOTSON, to=[DAS], subject="Statement of entry - please check",
         date="Mon, 10 Mar 2025 11:11:11 +0000", root=text(body))

    # C15 nurse / health centre / GP
    s = "health-centre-gp-appointment"
    body = """Dear Jane,

Just to let you know that I've booked her in with Dr Kaur at Park Row Medical Practice on Thursday at 10:40 about the recurring tonsillitis, as you asked. One of us from the Health Centre will take her and stay with her.

If you'd like to speak to the GP afterwards, the practice number is 0113 496 0300 and they know you may call.

The Health Centre direct line is 01632 960045 (staffed 8am-6pm); out of hours, please ring the Kingsley duty phone and the house parent will contact the nurse on call.

Bernadette Quinn
School Nurse"""
    mail(s, "clean", "school health centre line, GP practice number and appointment time",
         style="outlook", frm=QUINN, to=[JANE], subject="GP appointment Thursday",
         date="Mon, 27 Jan 2025 14:03:09 +0000", root=text(body))

    # C16 bursary bank details, PDF invoice
    s = "bursary-fees-bank-details"
    body = """Dear Mr Guardian,

Please find attached the invoice for the Spring Term 2025.

Payment from overseas can be made by bank transfer to:

  Account name: Example School Federation
  Bank: Northern Counties Bank plc, 1 City Square, Leeds
  Sort code: 40-11-62   Account no: 71234567
  IBAN: GB29 NWBK 6016 1331 9268 19
  SWIFT/BIC: NWBKGB2L
  Reference: PUPTHREE-SP25

Amount due: £14,850.00 by 6 January 2025. Please ask your bank to send the payment with charges paid by the sender ("OUR"), so that the full amount reaches us.

If you have any questions about the account, please contact the Bursary on 01632 960000 ext 230 or bursary@example-school.org.uk.

Yours sincerely,

Sue Whitlock
Bursar"""
    root = multi("mixed", bnd("outlook", s, 4), [
        text(body, cte="quoted-printable"),
        attach("application/pdf", "Invoice_SP25_PupilThree.pdf", pdf_stub("Invoice Spring 2025")),
    ])
    mail(s, "clean", "school's bank account, IBAN, payment reference, bursary extension",
         style="outlook", frm=WHITLOCK, to=[ALI], subject="Spring Term 2025 invoice",
         date="Fri, 29 Nov 2024 09:30:00 +0000", root=root, has_attach=True)

    # C17 parents' evening room, times, booking code
    s = "parents-evening-room-codes"
    body = """Dear Parents and Carers,

Year 10 Parents' Evening is on Thursday 6 March, 4.30-7.30pm, in the Sports Hall, with the science staff in Room 14B (Lab corridor).

Appointments are booked through SchoolCloud; your booking code is YT7-2291. Appointments are 5 minutes each and run to time, so please leave a couple of minutes between them.

Refreshments from the Sixth Form bake sale, £1.50. The car park on Park Row will be open from 4pm.

Mrs Chandrasekar"""
    mail(s, "clean", "times, room numbers, booking code and prices",
         style="outlook", frm=CHANDRA, to=[SAM, JANE], subject="Year 10 Parents' Evening – 6 March",
         date="Mon, 17 Feb 2025 12:00:00 +0000", root=text(body))

    # C18 Berlin/Krakow trip hotels
    s = "history-tour-hotel-numbers"
    plain = """Dear Parents,

Itinerary and contacts for the Year 12 History trip (Berlin & Krakow, 13-18 February):

Berlin (13-15 Feb): Hotel Am Spreeufer, Stralauer Allee 9, 10245 Berlin. Tel +49 30 5550 1842
Krakow (15-18 Feb): Hotel Stare Mury, ul. Basztowa 14, 31-134 Krakow. Tel +48 12 555 0193

Flights: Manchester - Berlin 07:05 on the 13th; Krakow - Manchester 19:40 on the 18th, landing 21:05.

During the trip the school's trip mobile, +44 7700 900050, will be with the trip leader at all times. Please use it only for emergencies; otherwise the school office will pass messages on.

Jonathan Pike
Head of History"""
    mail(s, "clean", "overseas hotel numbers, flight times, school-owned trip mobile",
         style="outlook", frm=PIKE, to=[JANE, ALI], subject="Berlin & Krakow – contacts",
         date="Mon, 10 Feb 2025 16:33:10 +0000",
         root=alt("outlook", s, plain, outlook_html(h_para(plain)), pcte="quoted-printable"))

    # C19 Outlook reply quoting parent's own numbers
    s = "hoy-reply-quotes-parent-numbers"
    quoted = """Dear Mrs Chandrasekar,

Yes, I'd be grateful for a call. I'm at work until 5 most days, so my mobile is best: 07700 900123. If I don't pick up, you can try me at the office on 0113 496 0471 and ask for Jane in Accounts.

Thanks
Jane"""
    body = """Dear Jane,

Thank you - I'll ring your mobile tomorrow (Wednesday) at about 4.15, after my last lesson. If that doesn't suit, just let me know a better time.

Kind regards,
Priya Chandrasekar
Head of Year 9

""" + outlook_block(JANE, "Tuesday, November 19, 2024 12:31 PM",
                    "Priya Chandrasekar <p.chandrasekar@example-school.org.uk>", "Re: Group chat") + "\n" + quoted + "\n"
    mail(s, "clean", "reply quoting the parent's own mobile and work number",
         style="outlook", frm=CHANDRA, to=[JANE], subject="RE: Group chat",
         date="Tue, 19 Nov 2024 13:02:55 +0000",
         in_reply_to="<CAJp8rXz0Lq4hYd_2WbKcT7nA1oM@mail.gmail.com>", root=text(body))

    # C20 e-safety newsletter naming apps
    s = "esafety-newsletter-apps"
    plain = """Dear Parents and Carers,

Online safety update - spring term

Over the last few weeks we have dealt with several incidents that started in group chats outside school. A few reminders:

* WhatsApp's minimum age in the UK is 13; Snapchat, Instagram, TikTok and Discord are also 13+. Many of our Year 7s are on all of them.
* Snapchat's Snap Map shows a child's location to friends unless "Ghost Mode" is switched on. Please check it together.
* Telegram and Discord servers can include adults your child has never met. Ask who is in the groups.
* Staff will never contact pupils through WhatsApp, Snapchat, Instagram or any other personal account. If anyone claiming to be a member of staff does, please tell us straight away.

If you are worried about anything your child has seen or been sent, please contact me or our safeguarding team on dsl@example-school.org.uk.

Nicola Hirst
Deputy Head (Pastoral) and Designated Safeguarding Lead"""
    htmlbody = outlook_html(
        "<h3 style=\"color:#1f3864\">Online safety update &#8211; spring term</h3>"
        "<p>Dear Parents and Carers,</p><p>Over the last few weeks we have dealt with several incidents that started in group chats outside school. A few reminders:</p><ul>"
        "<li><b>WhatsApp</b>&#8217;s minimum age in the UK is 13; <b>Snapchat</b>, <b>Instagram</b>, <b>TikTok</b> and <b>Discord</b> are also 13+. Many of our Year 7s are on all of them.</li>"
        "<li>Snapchat&#8217;s Snap Map shows a child&#8217;s location to friends unless &#8220;Ghost Mode&#8221; is switched on. Please check it together.</li>"
        "<li>Telegram and Discord servers can include adults your child has never met. Ask who is in the groups.</li>"
        "<li>Staff will <u>never</u> contact pupils through WhatsApp, Snapchat, Instagram or any other personal account. If anyone claiming to be a member of staff does, please tell us straight away.</li></ul>"
        '<p>If you are worried about anything your child has seen or been sent, please contact me or our safeguarding team on <a href="mailto:dsl@example-school.org.uk">dsl@example-school.org.uk</a>.</p>'
        "<p>Nicola Hirst<br>Deputy Head (Pastoral) and Designated Safeguarding Lead</p>")
    mail(s, "clean", "e-safety advice naming WhatsApp, Snapchat, TikTok, Discord, Telegram",
         style="outlook", frm=HIRST, to=[JANE, SAM, ALI], subject="Online safety update",
         date="Fri, 31 Jan 2025 15:45:00 +0000", root=alt("outlook", s, plain, htmlbody))

    # C21 official social media
    s = "official-social-media-accounts"
    htmlbody = ("<html><body style=\"margin:0;font-family:Helvetica,Arial,sans-serif\">"
                "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" style=\"border:1px solid #ddd\">"
                "<tr><td style=\"background:#14213d;color:#fff;padding:16px;font-size:20px\">Example School &#8211; The Week in Pictures</td></tr>"
                "<tr><td style=\"padding:16px;font-size:14px;line-height:1.5\">"
                "<p>Dear Parents,</p><p>From this term we&#8217;re sharing far more of school life on our official social media: "
                "the Year 8 trip to Malham, the First XV&#8217;s cup run and, yes, the primary lambs.</p>"
                "<p>Follow us:</p><ul>"
                "<li>Instagram: <a href=\"https://instagram.com/exampleschoolfed\">@exampleschoolfed</a></li>"
                "<li>Facebook: <a href=\"https://facebook.com/ExampleSchoolFederation\">facebook.com/ExampleSchoolFederation</a></li>"
                "<li>X: <a href=\"https://x.com/ExampleSchFed\">@ExampleSchFed</a></li>"
                "<li>Boat Club: <a href=\"https://instagram.com/example_school_bc\">@example_school_bc</a></li></ul>"
                "<p>These accounts are run by the marketing office. We only name pupils with permission, and comments are moderated.</p>"
                "<p>Laura Denby<br>Marketing &amp; Communications</p></td></tr>"
                "<tr><td style=\"background:#eee;padding:10px;font-size:11px;color:#555\">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>"
                "</table></body></html>")
    mail(s, "clean", "the school's own official Instagram, Facebook and X accounts",
         style="plain", frm=DENBY, to=[JANE, SAM, ALI], subject="Follow us! 📸",
         date="Wed, 04 Sep 2024 12:00:00 +0100", root=text(htmlbody, "html", "quoted-printable"))

    # C22 staff-only: own mobile to colleague
    s = "staff-only-trailer-mobile"
    body = """Ade,

Can you give me a hand hitching the trailer at 6 on Sunday? Jim's off sick. If you're running late or the gate's locked, ring my mobile 07700 900377 - I'll be there from quarter to.

Cheers
Tom"""
    mail(s, "clean", "staff-only: rowing coach's own mobile to a colleague",
         style="iphone", frm=BRERETON, to=[BALOGUN], subject="Sunday trailer",
         date="Thu, 27 Feb 2025 20:11:45 +0000", root=text(body + "\n\nSent from my iPhone"))

    # C23 staff-only: leaving card / home address
    s = "staff-only-home-address-for-cards"
    body = """Hi all,

Thank you SO much for the lovely send-off on Friday - I'm still eating the cake.

A few of you asked where to send things once the baby arrives. My home address is 14 Beckside Lane, Thornby, LS23 6HG, and I'm on 07700 900408 (text is better, I'll be sleeping at odd times!).

See you all in September 2026!

Lisa x"""
    mail(s, "clean", "staff-only: TA gives colleagues her home address and mobile",
         style="outlook", frm=PEMBERTON, to=[PRIMARY_STAFF], subject="Thank you!",
         date="Sun, 20 Jul 2025 10:40:12 +0100", root=text(body))

    # C24 staff-only: HR personal email
    s = "staff-only-hr-personal-email"
    body = """Dear HR,

As discussed with Anna on the phone, I will be off for at least the next four weeks after my operation. I won't have access to my school laptop at home, so please send the occupational health letter and anything else to my personal email, helen.ashworth72@gmail.com, or post it to 3 Rosemary Court, Harrogate HG1 4TN.

My sick note is attached to the absence form on the portal.

Many thanks,
Helen Ashworth"""
    mail(s, "clean", "staff-only: house parent gives HR her personal gmail and home address",
         style="outlook", frm=ASHWORTH, to=[HR], subject="Sick leave - correspondence",
         date="Thu, 06 Mar 2025 08:02:39 +0000", root=text(body))

    # C25 staff-only: staff WhatsApp for residential
    s = "staff-only-residential-whatsapp"
    body = """Hi team,

For Robin Wood next week I've set up a staff WhatsApp group so we can keep track of who's got which group at night. Please message me on 07700 900694 and I'll add you - staff only, no parents in it. Photos for parents will go on the school app as usual, not WhatsApp.

Medicines list and dorm plan are in the shared drive.

Hannah"""
    mail(s, "clean", "staff-only: WhatsApp group invitation with own number, to colleagues",
         style="outlook", frm=GREAVES, to=[COLLEY, REDFERN, SOWERBY], subject="Robin Wood - staff WhatsApp",
         date="Wed, 11 Jun 2025 21:30:00 +0100", root=text(body))

    # C26 external supplier: personal mobile to coach company (no parent/pupil)
    s = "coach-company-own-mobile"
    body = """Hi,

Confirming the booking for CCF summer camp: 1 x 53-seater, pick-up Example School, Park Row, 07:00 Saturday 26 July, drop Warcop Training Area camp office. Return pick-up 13:00 Saturday 2 August.

The driver can get me on my own mobile, 07700 900 522, on both days - the school switchboard will be closed on the Saturday.

Your ref DWC/2025/0441.

Mike Hargreaves
SSI, CCF"""
    mail(s, "clean", "staff gives own mobile to a coach company (no parent or pupil recipient)",
         style="outlook", frm=HARGREAVES, to=[("Dalesway Coaches", "bookings@dalesway-coaches.example.com")],
         subject="Booking DWC/2025/0441", date="Mon, 16 Jun 2025 10:02:14 +0100", root=text(body))

    # C27 staff school emails given
    s = "who-to-contact-staff-school-emails"
    body = """Dear Jane,

Thank you for your email. For rowing matters, Mr Brereton is best contacted directly on t.brereton@example-school.org.uk; the boathouse office is on ext 270 and is staffed on weekday afternoons.

For anything to do with boarding, Mrs Ashworth (h.ashworth@example-school.org.uk) is the first port of call, and for academic questions her tutor, Mr Pike (j.pike@example-school.org.uk).

Best wishes,
Margaret Fenwick
School Office | 01632 960000"""
    mail(s, "clean", "staff school e-mail addresses and office extension",
         style="outlook", frm=FENWICK, to=[JANE], subject="RE: Who should I contact?",
         date="Tue, 10 Sep 2024 09:44:01 +0100", root=text(body))

    # C28 DDI in the school range [unsure]
    s = "registrar-direct-dial"
    plain = """Dear Jane,

Thank you for returning the sixth form application form. I can confirm we have received it along with the reference from her current school.

Scholarship assessments take place on Saturday 18 January; the timetable will be sent out in early December.

If you have any questions in the meantime please call me on my direct line.

Kind regards,

Anna Kowalczyk
Registrar
Direct dial: 01632 960214
Switchboard: 01632 960000
admissions@example-school.org.uk"""
    htmlbody = outlook_html(
        h_para("""Dear Jane,

Thank you for returning the sixth form application form. I can confirm we have received it along with the reference from her current school.

Scholarship assessments take place on Saturday 18 January; the timetable will be sent out in early December.

If you have any questions in the meantime please call me on my direct line.

Kind regards,""")
        + '<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#14213d"><tr><td style="border-right:2px solid #c9a227;padding-right:8px">'
        '<b>Anna Kowalczyk</b><br>Registrar</td><td style="padding-left:8px">Direct dial: 01632 960214<br>Switchboard: 01632 960000<br>'
        '<a href="mailto:admissions@example-school.org.uk">admissions@example-school.org.uk</a></td></tr></table>')
    mail(s, "clean", "[unsure] registrar's school direct-dial (01632 960214) in the school's number block, not the listed switchboard",
         style="outlook", frm=KOWALCZYK, to=[JANE], subject="Sixth form application received",
         date="Fri, 15 Nov 2024 10:25:51 +0000", root=alt("outlook", s, plain, htmlbody))

    # C29 DofE route card: pupil's own and parent's number
    s = "dofe-route-card-pupil-mobile"
    body = """Hi Erin,

Route card for the Bronze practice expedition has been checked - well done, it was one of the neatest.

Please check the emergency contact details we have on it:
  Your mobile: 07700 900733
  Parent/carer: Mrs Fitzgerald, 07700 900742

Phones are to stay switched off in the top of your rucksack unless there's an emergency. The base team phone number is on the back of your map.

Meet at the minibus at 7.30 on Saturday.

Miss Calloway
DofE Coordinator"""
    mail(s, "clean", "pupil's own mobile and her parent's number confirmed back to the pupil",
         style="outlook", frm=CALLOWAY, to=[FITZ], subject="Route card - checked",
         date="Wed, 07 May 2025 13:20:22 +0100", root=text(body))

    # C30 Teams channel; explicitly not personal
    s = "teams-channel-revision"
    body = """Year 12 chemists,

I've set up a Teams channel, "Y12 Chem - revision", for questions between lessons. Join with the code 8xk2pq1. I'll answer between 4 and 6 on weekdays.

Please use Teams or your school email only - I don't reply to messages on any personal accounts.

Mr Mensah"""
    mail(s, "clean", "official Teams channel and join code; refuses personal channels",
         style="outlook", frm=MENSAH, to=[LINDQVIST, NOVAK, P_THREE, CHEN], subject="Revision channel",
         date="Mon, 28 Apr 2025 08:10:00 +0100", root=text(body))

    # C31 please don't add staff to class WhatsApp groups
    s = "primary-dont-whatsapp-staff"
    body = """Dear Parents and Carers,

We know many of you use class WhatsApp groups to share reminders, and that's lovely. However, please do not add members of staff to these groups, or message staff on WhatsApp, Facebook or by text, even if you know them from the village. Staff have been asked not to accept.

If you need to get in touch, please ring the office on 01632 960000 or email office@example-school.org.uk and we will pass your message on the same day.

Thank you for your understanding.

Mr Colley"""
    mail(s, "clean", "asks parents not to WhatsApp/text staff; school office details",
         style="outlook", frm=COLLEY, to=[JANE, SAM], subject="Contacting staff",
         date="Fri, 18 Oct 2024 14:00:00 +0100", root=text(body))

    # C32 declines to give personal number; quotes parent's number (Gmail)
    s = "teacher-declines-personal-number"
    quoted = """Hi Miss Redfern, would it be ok to have your mobile number? It would be so much easier to text you about pick-ups when I'm stuck at work - mine is 07700 900456. Thanks so much! Sam"""
    body = f"""Hi Sam,

I'm really sorry, but we're not allowed to give out our personal numbers - I know it would be easier! If you're held up, ring the office on 01632 960000 and they'll get a message to me in class straight away, or email me here and I'll see it at break.

Chloe

On Tue, 15 Oct 2024 at 17:46, Sam Carer <sam.carer@outlook.com> wrote:
{gq(quoted)}
"""
    mail(s, "clean", "teacher declines to give her number; quoted text contains only the parent's own mobile",
         style="gmail", frm=REDFERN, to=[SAM], subject="Re: pick-ups",
         date="Wed, 16 Oct 2024 07:58:13 +0100",
         in_reply_to="<AM9PR03MB7162B1C4E6A0F2D84E9C5512B7D52@AM9PR03MB7162.eurprd03.prod.outlook.com>",
         root=text(body))

    # C33 residential centre details
    s = "residential-centre-contacts"
    body = """Dear Parents,

A few details for next week's residential:

Centre: Robin Wood Activity Centre, Dobroyd Castle, Todmorden
Centre office (24h during the visit): 0161 496 0284
Depart: Monday 16 June, 9.15am from school. Return: Friday 20 June, approx 3pm.

Medicines must be handed to Mrs Greaves in the original packaging with the form on Monday morning. Pocket money: max £10, in a named envelope.

Messages for the children can be sent to the school office, who are in touch with the group every evening.

Mr Colley"""
    mail(s, "clean", "residential centre office number, times, prices",
         style="outlook", frm=COLLEY, to=[JANE, SAM], subject="Robin Wood – final details",
         date="Wed, 11 Jun 2025 15:05:05 +0100", root=text(body))

    # C34 erg scores table
    s = "erg-scores-splits"
    body = """Crew,

2k results from Thursday. Good effort - four PBs.

  Name        Time     Split    Rate  Weight
  Hartley     7:41.2   1:55.3   28    61.5
  Walsh       6:58.9   1:44.7   31    72.0
  Pupil One   7:52.6   1:58.1   27    58.0
  Fitzgerald  7:49.0   1:57.2   29    60.5

Targets for the next test (3 April): knock 3 seconds off, and hold the rate at 28-30 for the middle 1000.

UT2 sessions: 3 x 20' at rate 18-20, Mon/Wed/Fri. Log them on the club spreadsheet.

TB"""
    mail(s, "clean", "times, splits, rates and weights only",
         style="outlook", frm=BRERETON, to=[HARTLEY, WALSH, P_ONE, FITZ], subject="2k results",
         date="Fri, 17 Jan 2025 16:12:00 +0000", root=text(body))

    # C35 CCF field day, grid refs
    s = "ccf-field-day-grid-refs"
    body = """Section,

Field Day orders (summary):

0730 parade, Quad. Full kit, 24h ration pack, 2L water.
0800 transport to Ilkley Moor. RV at car park SE 1323 4671.
0930-1200 navigation exercise, checkpoints CP1 SE 1290 4588, CP2 SE 1217 4523, CP3 SE 1175 4602.
1230 lunch at RV.
1300-1530 section attacks.
1630 transport back, ETA school 1715.

Kit check Tuesday lunch, CCF stores (room B7). Missing kit = no Field Day.

SSI"""
    mail(s, "clean", "grid references, times, room number",
         style="plain", frm=HARGREAVES, to=[HOLT, OKAFOR, WALSH, MBEKI], subject="Field Day orders",
         date="Fri, 25 Apr 2025 12:00:00 +0100", root=text(body))

    # C36 confirmation at cathedral, chaplaincy official
    s = "confirmation-cathedral-chaplaincy"
    body = """Dear Tess,

Thank you for saying you'd like to be confirmed this year - I'm delighted.

Confirmation classes are on Wednesdays at 5.15pm in the Chapel vestry, starting 22 January. The service itself will be at Ripon Cathedral on Sunday 18 May at 3pm, with the Bishop of Ripon. We'll go by coach and your family is very welcome to come.

If you have any questions, come and find me in the Chaplaincy (next to the Chapel), ring the Chaplaincy on ext 240, or email chaplain@example-school.org.uk.

With every blessing,
Revd David Okonjo
Chaplain"""
    mail(s, "clean", "chaplaincy extension and official chaplain address; cathedral service times",
         style="tbird", frm=OKONJO, to=[BELLAMY], subject="Confirmation 2025",
         date="Mon, 13 Jan 2025 11:45:00 +0000", root=text(body))

    # C37 farm produce prices
    s = "farm-garden-produce-sale"
    body = """Dear Parents and Carers,

The farm garden has had a bumper few weeks! Class 2 will be running a produce stall at the school gate on Friday at pick-up:

  Eggs - £2.20 per half dozen
  Runner beans - £1 a bag
  Courgettes - 50p each (there are a LOT of courgettes)
  Honey from the school hives - £6 a jar (limited, one per family)

Cash or card. All money goes back into seeds and hen food for next year.

Owen Thackeray and Class 2"""
    mail(s, "clean", "produce prices only",
         style="tbird", frm=THACKERAY, to=[SAM, JANE], subject="Produce stall Friday",
         date="Tue, 08 Jul 2025 13:00:00 +0100", root=text(body, cte="8bit"))

    # C38 Apple Mail reply confirming carer's new address
    s = "office-confirms-carer-new-address"
    quoted = """Hello,

We've moved! New address from Saturday is 12 Cedar Court, Wetherby LS22 6RT, home phone 0113 496 0234. Mobile and email the same.

Could you update his records please?

Sam Carer"""
    body = f"""Dear Sam,

Thank you - all updated. We now have:

  12 Cedar Court, Wetherby LS22 6RT
  Home: 0113 496 0234
  Mobile: 07700 900456

I've also let his class teacher and the school transport team know, as he'll be on the Wetherby bus from Monday.

Best wishes,
Emma Rusholme
Primary Office

On 9 Apr 2025, at 20:14, Sam Carer <sam.carer@outlook.com> wrote:

{gq(quoted)}
"""
    mail(s, "clean", "carer's own new address and phones confirmed back to the carer (Apple Mail quote)",
         style="apple", frm=RUSHOLME, to=[SAM], subject="Re: Change of address",
         date="Thu, 10 Apr 2025 08:35:40 +0100",
         in_reply_to="<AM9PR03MB7162E3A09F1C2D44B6A07B31B7D52@AM9PR03MB7162.eurprd03.prod.outlook.com>",
         root=text(body))

    # C39 airport coach schedule for boarders (to pupils)
    s = "end-of-term-airport-coaches"
    plain = """Dear boarders,

End of term airport coaches, Friday 20 December:

Coach A - Manchester T1/T2: departs school 05:30, arrives ~07:15 (flights after 10:00)
Coach B - Heathrow T2/T3/T5: departs school 04:45, arrives ~09:30 (flights after 13:00)
Coach C - Leeds Bradford: departs school 09:00

The coaches are run by Airport Link Ltd; their 24h operations line is 0161 496 0777 if your coach is late or you are separated from the group. A member of staff travels on each coach.

Luggage labels will be handed out at supper on Thursday. Passports to be collected from the boarding office on Thursday 8pm-9pm.

Mr Pryce"""
    htmlbody = outlook_html(
        "<p>Dear boarders,</p><p><b>End of term airport coaches, Friday 20 December:</b></p>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt"><tr><th>Coach</th><th>Airport</th><th>Departs school</th><th>Arrives</th><th>For flights</th></tr>'
        "<tr><td>A</td><td>Manchester T1/T2</td><td>05:30</td><td>~07:15</td><td>after 10:00</td></tr>"
        "<tr><td>B</td><td>Heathrow T2/T3/T5</td><td>04:45</td><td>~09:30</td><td>after 13:00</td></tr>"
        "<tr><td>C</td><td>Leeds Bradford</td><td>09:00</td><td>&#8211;</td><td>&#8211;</td></tr></table>"
        "<p>The coaches are run by Airport Link Ltd; their 24h operations line is <b>0161 496 0777</b> if your coach is late or you are separated from the group. A member of staff travels on each coach.</p>"
        "<p>Luggage labels will be handed out at supper on Thursday. Passports to be collected from the boarding office on Thursday 8pm&#8211;9pm.</p><p>Mr Pryce</p>")
    mail(s, "clean", "coach firm's 24h operations line, departure times, to pupils",
         style="outlook", frm=PRYCE, to=[CHEN, PARK, LINDQVIST, P_THREE, NOVAK], subject="End of term – airport coaches",
         date="Mon, 09 Dec 2024 17:00:00 +0000", root=alt("outlook", s, plain, htmlbody))

    # C40 homestay host family address to pupil
    s = "exeat-homestay-host-family"
    body = """Dear Ming,

For the February exeat you'll be staying with one of our approved host families, Mr and Mrs Ellison:

  4 Grange Crescent, Otley LS21 3PB
  Home: 0113 496 0619
  Email: ellisonhomestay@aol.com

Mrs Ellison will pick you up from the Mallory porch at 4.30 on Friday 14 February and bring you back by 7pm on Sunday. They have a cat, which I know you'll be pleased about!

Your parents have the same details.

Wei Zhang
International Boarders Coordinator"""
    mail(s, "clean", "pupil given the host family's own address, phone and aol address",
         style="outlook", frm=ZHANG, to=[CHEN], subject="February exeat – host family",
         date="Fri, 07 Feb 2025 10:30:00 +0000", root=text(body))

    # C41 extras invoice and direct debit reference
    s = "extras-invoice-dd-reference"
    body = """Dear Mrs Parent,

Your extras invoice for the autumn term (INV-2024-04417) is now on the parent portal:

  Violin lessons (10 x 30 min)    £216.00
  Aire Head entry                  £18.00
  Boarders' theatre trip           £32.50
  Total                           £266.50

This will be collected by Direct Debit on 15 December under mandate reference DDR8892301. Your fees account number is EXP1-0034.

Kind regards,
Bursary Office
01632 960000 ext 231"""
    mail(s, "clean", "invoice numbers, amounts, DD mandate reference, bursary extension",
         style="outlook", frm=WHITLOCK, to=[JANE], subject="Autumn extras invoice",
         date="Mon, 02 Dec 2024 09:15:00 +0000", root=text(body))

    # C42 music exam venue
    s = "abrsm-exam-venue-time"
    body = """Dear Jane,

Her Grade 5 violin exam is confirmed:

  Date: Tuesday 11 March
  Time: 14:38 (please arrive by 14:15 to warm up)
  Venue: Cloth Hall Chambers, 12 King Street, Leeds
  Candidate no: 118

She is excused period 5 and 6 and we will take her in the school car with Mr Llewellyn, who will accompany her.

With best wishes,
Hugo Strachan
Director of Music"""
    mail(s, "clean", "exam venue address, time, candidate number",
         style="outlook", frm=STRACHAN, to=[JANE], subject="Grade 5 exam – confirmed",
         date="Wed, 19 Feb 2025 13:13:13 +0000", root=text(body))

    # C43 house newsletter HTML with official contacts
    s = "mallory-house-newsletter"
    htmlbody = ("<html><body><table width=\"640\" cellpadding=\"12\" style=\"font-family:Georgia,serif;font-size:14px\">"
                "<tr><td style=\"border-bottom:3px solid #7b1e1e\"><h2 style=\"margin:0;color:#7b1e1e\">Mallory House News</h2>"
                "<span style=\"color:#777\">Week 6, Michaelmas Term</span></td></tr>"
                "<tr><td><p>Dear Parents,</p><p>A busy week! Congratulations to the Junior House Cross-Country team, who came second, "
                "and to the Year 11s for a very grown-up house assembly on Black History Month.</p>"
                "<p>Study leave: Year 13s may work in their rooms during free periods from Monday, at the discretion of their tutors.</p>"
                "<p>Weekend: Saturday trip to the Royal Armouries (depart 1.30pm), Sunday brunch 10-11.30, chapel 6pm.</p>"
                "<p>Julian Sandys, Housemaster</p></td></tr>"
                "<tr><td style=\"background:#f4eeee;font-size:12px\"><table cellpadding=\"2\">"
                "<tr><td><b>House phone</b></td><td>01632 960000 ext 330</td></tr>"
                "<tr><td><b>House email</b></td><td>mallory@example-school.org.uk</td></tr>"
                "<tr><td><b>Boarding Instagram</b></td><td>@exampleschool_boarding</td></tr>"
                "<tr><td><b>Address</b></td><td>Mallory House, Example School, Park Row, Leeds LS1 4AP</td></tr>"
                "</table></td></tr></table></body></html>")
    mail(s, "clean", "house newsletter with house extension, house email, school's boarding Instagram",
         style="outlook", frm=SANDYS, to=[ALI, JANE], subject="Mallory House News – Week 6",
         date="Fri, 11 Oct 2024 17:30:00 +0100", root=text(htmlbody, "html", "base64"))

    # C44 forward of tour operator itinerary with hotel numbers, PDF
    s = "forward-tour-operator-florence"
    body = """Dear Parents,

Please see below the final itinerary from Horizon Study Tours for the Art & Classics trip to Florence. The full itinerary is attached.

Jonathan Pike

-----Original Message-----
From: Horizon Study Tours Operations <ops@horizontours.example.com>
Sent: 24 March 2025 15:02
To: Jonathan Pike <j.pike@example-school.org.uk>
Subject: Final itinerary ref HST-88213 - Example School Florence

Dear Mr Pike,

Please find attached the final itinerary for group HST-88213.

Hotel: Hotel Lungarno Verde, Via dei Serragli 44, 50124 Firenze. Tel +39 055 555 0147
Coach: Autolinee Toscane Srl, driver Marco, via our office
Uffizi entry: Tuesday 15 April, 09:15 (group slot)
Accademia: Wednesday 16 April, 14:00

Our 24-hour emergency line for the duration of the tour is +44 20 7946 0832.

Kind regards,
Operations Team
Horizon Study Tours
"""
    root = multi("mixed", bnd("outlook", s, 4), [
        text(body),
        attach("application/pdf", "HST-88213 itinerary.pdf", pdf_stub("HST-88213 Florence itinerary")),
    ])
    mail(s, "clean", "forwarded tour operator itinerary: foreign hotel number, operator 24h line",
         style="outlook", frm=PIKE, to=[JANE, ALI], subject="FW: Final itinerary ref HST-88213 - Example School Florence",
         date="Tue, 25 Mar 2025 08:20:00 +0000", root=root, has_attach=True)

    # C45 orthodontist appointment
    s = "orthodontist-minibus"
    body = """Dear Mr Guardian,

Your son's orthodontist appointment is booked for Wednesday 5 February at 14:00 at Park Row Orthodontics (0113 496 0482). Matron will take him in the school minibus at 13:15 and he will be back for prep.

The practice will invoice you directly for the new retainer (£140).

Gwen Hollis
Matron, Mallory House"""
    mail(s, "clean", "orthodontist practice number, times, price",
         style="outlook", frm=HOLLIS, to=[ALI], subject="Orthodontist",
         date="Tue, 28 Jan 2025 11:00:00 +0000", root=text(body))

    # C46 HTML signature table with school details only
    s = "school-only-signature-table"
    htmlbody = outlook_html(
        "<p>Dear Jane,</p><p>Thank you for coming in on Tuesday. As agreed, she will drop History and take Further Maths as her fourth subject from the start of next half term; I have told her timetable and the Maths department.</p>"
        "<p>We will review how she is getting on at the end of the spring term.</p><p>Best wishes,</p><br>"
        '<table cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:9pt;color:#333">'
        '<tr><td rowspan="4" style="padding-right:10px;border-right:2px solid #14213d"><img src="cid:crest.png" width="60" alt="Example School crest"></td>'
        '<td style="padding-left:10px"><b>Dr Fiona MacLeod</b> | Head of Sixth Form</td></tr>'
        '<tr><td style="padding-left:10px">T: 01632 960000 ext 350 | E: <a href="mailto:f.macleod@example-school.org.uk">f.macleod@example-school.org.uk</a></td></tr>'
        '<tr><td style="padding-left:10px">Example School, Park Row, Leeds LS1 4AP</td></tr>'
        '<tr><td style="padding-left:10px"><a href="https://instagram.com/exampleschoolfed">Instagram</a> | <a href="https://x.com/ExampleSchFed">X</a> | www.example-school.org.uk</td></tr>'
        "</table>")
    mail(s, "clean", "HTML signature table with only school phone, extension, address and official socials",
         style="outlook", frm=MACLEOD, to=[JANE], subject="Subject change",
         date="Thu, 07 Nov 2024 16:00:00 +0000", root=text(htmlbody, "html", "quoted-printable"))

    # C47 vCard of the school office
    s = "office-vcard-official"
    plain = """Dear Sam,

As requested, here is the school office contact card so you can save it in your phone. The office is open 8am-4.30pm in term time.

Margaret Fenwick
School Office"""
    vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Example School Office;;;\r\nFN:Example School Office\r\n"
           "ORG:Example School\r\nTEL;TYPE=WORK,VOICE:01632 960000\r\n"
           "EMAIL;TYPE=INTERNET,WORK:office@example-school.org.uk\r\n"
           "ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom\r\n"
           "URL:https://www.example-school.org.uk\r\nEND:VCARD\r\n").encode()
    root = multi("mixed", bnd("outlook", s, 4), [
        text(plain), attach("text/vcard", "Example School Office.vcf", vcf, cte="base64"),
    ])
    mail(s, "clean", "vCard of the school office with school phone, email and address",
         style="outlook", frm=FENWICK, to=[SAM], subject="Office contact card",
         date="Thu, 12 Sep 2024 12:20:00 +0100", root=root, has_attach=True)

    # C48 ICS for parents' evening at school
    s = "parents-evening-ics-main-hall"
    plain = """Dear Jane,

Your appointment with me is confirmed for 17:25 - calendar invitation attached.

Jonathan Pike
Tutor, Kingsley"""
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nUID:" + uuid_like("ics" + s) + "\r\nDTSTAMP:20250128T120000Z\r\n"
           "DTSTART;TZID=Europe/London:20250206T172500\r\nDTEND;TZID=Europe/London:20250206T173000\r\n"
           "SUMMARY:Parents' evening - Mr Pike\r\n"
           "LOCATION:Main Hall\\, Example School\\, Park Row\\, Leeds LS1 4AP (table 12)\r\n"
           "ORGANIZER;CN=Jonathan Pike:mailto:j.pike@example-school.org.uk\r\n"
           "ATTENDEE;CN=Jane Parent;RSVP=TRUE:mailto:jane.parent@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    root = multi("mixed", bnd("outlook", s, 4), [
        text(plain), attach("text/calendar", "invite.ics", ics, cte="base64", extra="; method=REQUEST"),
    ])
    mail(s, "clean", "calendar invite located at the school's own hall and postcode",
         style="outlook", frm=PIKE, to=[JANE], subject="Parents' evening appointment 17:25",
         date="Tue, 28 Jan 2025 12:00:00 +0000", root=root, has_attach=True)

    # C49 climbing provider
    s = "climbing-provider-base"
    body = """Hi all,

Climbing at Ilkley Quarry on Wednesday, periods 5-6, with instructors from Dales Adventure (dalesadventure.example.com). Meet at the minibus at 13:20. Helmets and harnesses provided; bring trainers, not boots, and a waterproof.

If the weather's bad the session moves indoors to their wall at Unit 4, Canal Wharf, Leeds. Their base number is 0113 496 0955 and they'll text me by 10am if it's off.

Miss Calloway"""
    mail(s, "clean", "activity provider's base address and number, times",
         style="outlook", frm=CALLOWAY, to=[MBEKI, BELLAMY, DAS, OKAFOR], subject="Climbing Wednesday",
         date="Mon, 12 May 2025 08:30:00 +0100", root=text(body))

    # C50 counselling / helpline to pupil
    s = "pupil-counselling-helpline"
    body = """Hi Sana,

Thank you for telling me how you've been feeling. That took a lot of courage.

I've spoken to Ms Akhtar, our school counsellor, and she can see you on Thursday at 1.10 in room 2.14 (the quiet room opposite the library). You can also email her on counselling@example-school.org.uk.

If you ever need to talk to someone out of school hours, the Leeds young people's helpline is free on 0808 157 0244, 24 hours a day, and the Health Centre is always open to boarders.

I'll check in with you at registration tomorrow.

Mrs Chandrasekar"""
    mail(s, "clean", "school counsellor room and official email, free helpline number",
         style="outlook", frm=CHANDRA, to=[AHMED], subject="Thursday",
         date="Tue, 04 Feb 2025 16:50:00 +0000", root=text(body))

    # C51 declines Facebook friend request
    s = "declines-facebook-friend-request"
    body = """Dear Jane,

I hope you don't mind me mentioning it, but I had a friend request on Facebook from your account at the weekend. It's lovely of you, but I don't accept requests from parents or pupils, so please don't take it personally that I've declined it!

School email is always the best way to get hold of me, and I'm happy to talk at the Aire Head on Sunday.

Best wishes,
Jonathan Pike"""
    mail(s, "clean", "tutor declines a parent's Facebook friend request; points to school email",
         style="outlook", frm=PIKE, to=[JANE], subject="Facebook",
         date="Tue, 25 Feb 2025 12:40:00 +0000", root=text(body))

    # C52 lost phone at Co-op
    s = "lost-phone-coop"
    body = """Dear Chidi,

Your phone was handed in to the Co-op on Main Street, Thornby yesterday (0113 496 0147) - they rang the school because your lock screen has the house crest on it. You can collect it from their customer service desk with your school ID; they're open until 10pm.

Please don't take the shortcut across the cricket field to get there after dark.

School Office"""
    mail(s, "clean", "shop's address and number for lost property, to pupil",
         style="outlook", frm=OFFICE, to=[OKAFOR], subject="Your phone",
         date="Thu, 06 Feb 2025 09:05:00 +0000", root=text(body))

    # C53 away fixture at another school
    s = "away-fixture-hallam-grange"
    body = """Dear Parents,

1st XI v Hallam Grange School, Saturday 18 January, 2.30pm KO.

Venue: Hallam Grange School, 220 Fulwood Road, Sheffield S10 3BE. Their reception on the day is 0114 496 0612.
Bus leaves Park Row at 12.45; expected back about 6.30pm.

Parents are welcome to watch; please park in the visitors' car park off Sandygate Road. Teas will be served after the match.

Ade Balogun
Head of Football"""
    mail(s, "clean", "another school's address and reception number; times",
         style="outlook", frm=BALOGUN, to=[JANE, ALI], subject="Saturday fixture – Hallam Grange",
         date="Wed, 15 Jan 2025 09:00:00 +0000", root=text(body))

    # C54 third-party boatman mobile
    s = "boatman-keys-third-party"
    body = """Olivia,

If the boathouse is locked when you get there for your seat racing on Saturday, ring Dave Whitworth - he's the Leeds RC boatman and has the keys to our bay. His number is 07700 900275. Don't touch the new single till I'm there.

TB"""
    mail(s, "clean", "pupil given the rowing club boatman's mobile (third party, not the sender's own)",
         style="iphone", frm=BRERETON, to=[HARTLEY], subject="Saturday keys",
         date="Fri, 07 Mar 2025 18:40:00 +0000", root=text(body + "\n\nSent from my iPhone"))

    # C55 working from home; no details
    s = "working-from-home-sixth-form-office"
    body = """Dear Mr Guardian,

Thank you for your message. I'm working from home on Friday, but I'll be checking email as usual and will reply about the EPQ extension then. If it can't wait, the Sixth Form office (01632 960000 ext 350) can reach me.

With best wishes,
Fiona MacLeod"""
    mail(s, "clean", "mentions working from home but gives only school contacts",
         style="outlook", frm=MACLEOD, to=[ALI], subject="RE: EPQ deadline",
         date="Thu, 13 Feb 2025 17:20:00 +0000",
         in_reply_to="<1739465310.22871.ali@btinternet.com>", root=text(body))

    # C56 Google Meet revision
    s = "online-revision-meet"
    plain = """Year 11,

Online revision session on Wednesday 7pm: simultaneous equations and iteration. Join with your school account at meet.google.com/pvx-qmdk-trw - it will be recorded and put on Classroom for anyone who can't make it.

Cameras optional, questions in the chat.

Mr Nowak"""
    mail(s, "clean", "school Google Meet link on school accounts, times",
         style="gmail", frm=NOWAK, to=[DAS, NOVAK, AHMED], subject="Revision Wednesday",
         date="Mon, 17 Mar 2025 15:30:00 +0000",
         root=alt("gmail", s, plain, gmail_html(html.escape(plain).replace("\n", "<br>"))))

    # C57 class newsletter
    s = "class3-newsletter-class-email"
    body = """Dear Class 3 families,

A quick round-up:

- PE is on Tuesdays and Thursdays this half term. Earrings out or taped please.
- Reading records need signing three times a week.
- Our topic is the Romans. If anyone has a Roman-ish costume hiding in a dressing-up box, we'd love to borrow it for 14 November.
- Class email for homework questions: class3@example-school.org.uk (checked by me and Mrs Pemberton).

Thank you!
Miss Redfern"""
    mail(s, "clean", "class newsletter with school class email",
         style="outlook", frm=REDFERN, to=[SAM, JANE], subject="Class 3 news",
         date="Fri, 01 Nov 2024 15:20:00 +0000", root=text(body))

    # C58 memorial service; chaplaincy office on site
    s = "memorial-service-chaplaincy-office"
    body = """Dear Mrs Parent,

Thank you for your kind note about Mr Holdsworth. His memorial service will be held in the School Chapel on Saturday 29 March at 3pm, followed by tea in the Great Hall. Former pupils and families are very welcome.

If you would like to contribute a memory to the book we are making for his family, you can leave it at the Chaplaincy office in the Old Lodge by the chapel (on the school site), or email it to chaplain@example-school.org.uk by 20 March.

With every good wish,
David Okonjo
Chaplain"""
    mail(s, "clean", "chapel service details and on-site chaplaincy office; official chaplain email",
         style="tbird", frm=OKONJO, to=[JANE], subject="Memorial service for Mr Holdsworth",
         date="Mon, 10 Mar 2025 10:10:10 +0000", root=text(body.replace("'", "\u2019"), cte="quoted-printable"))

    # C59 pupil's personal gmail confirmed back
    s = "careers-pupil-personal-gmail"
    body = """Hi Tom,

Quick one - you registered on UCAS Hub with your personal email (tomwhitaker2007@gmail.com). That's fine, but please make sure you check it, because that's where all the university messages will go, not your school account. If you'd rather use the school one, you can change it under "Personal details".

Careers drop-in is Tuesday lunchtime in room 1.05 if you want to go through your choices.

Mrs Yeadon
Careers"""
    mail(s, "clean", "pupil's own personal gmail confirmed back to the pupil",
         style="outlook", frm=YEADON, to=[WHITAKER], subject="UCAS Hub email",
         date="Wed, 18 Sep 2024 11:30:00 +0100", root=text(body))

    # C60 staff-only: lift share with home address (Gmail reply)
    s = "staff-only-lift-share"
    quoted = """Are you still OK to give me a lift to the INSET at Harrogate on Monday? Car's in the garage till Wednesday. Gwen"""
    body = f"""No problem at all. I'll pick you up at 7.50 - I'm at 31 Kirkgate, Knaresborough if you'd rather come to me. Text me on 07700 900614 if anything changes.

Helen

On Fri, 21 Feb 2025 at 18:02, Gwen Hollis <g.hollis@example-school.org.uk> wrote:
{gq(quoted)}
"""
    mail(s, "clean", "staff-only: colleague's lift share with home address and own mobile",
         style="gmail", frm=ASHWORTH, to=[HOLLIS], subject="Re: Monday lift",
         date="Fri, 21 Feb 2025 18:30:00 +0000",
         in_reply_to="<" + uuid_like("gwenlift") + "@example-school.org.uk>", root=text(body))


def main():
    RECORDS.clear()
    flags()
    cleans()
    assert len(RECORDS) == 90, len(RECORDS)
    assert sum(r["expected"] == "flag" for r in RECORDS) == 30
    slugs = [r["slug"] for r in RECORDS]
    assert len(set(slugs)) == len(slugs)
    order = list(range(len(RECORDS)))
    random.Random(20250308).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for n, idx in enumerate(order, 1):
        r = RECORDS[idx]
        name = f"{n:03d}_{r['expected']}_{r['slug']}.eml"
        (OUT / name).write_bytes(r["data"])
        rows.append([name, r["expected"], r["sender"], r["recipients"], r["note"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
