#!/usr/bin/env python3
"""Round 34 blind hold-out corpus for the mailguard module "personal-address-to-parent".

Setting: a boys' independent boarding school (13-18) in the Home Counties, with boarding
houses, matrons, chapel, CCF, exeats and many international boarders.

BLIND: written without looking at mailguard's code, rules, tests or docs.  Never use these
messages for tuning rules; they exist only to measure the filter.

Python 3.11 standard library only.  Deterministic: fixed dates, Message-IDs and MIME
boundaries, so running it twice gives byte-identical output.

    python3 tests/holdout/round34/make_round34_personal.py

writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round34/personal-address-to-parent/.
"""
import base64
import csv
import datetime
import hashlib
import html as htmlmod
import os
import quopri
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILDOM = "pupils.example-school.org.uk"


def H(*parts):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- people

def S(local, name):
    return (name, f"{local}@{SCHOOL}")


def P(local, name):
    return (name, f"{local}@{PUPILDOM}")


JANE = ("Jane Parent", "jane.parent@gmail.com")        # mother of Ollie (Ashdown, Third Form); lives in Hong Kong
SAM = ("Sam Carer", "sam.carer@outlook.com")           # UK carer of Tobi (Upper Sixth); parents in Lagos
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")  # father of Zayd (Fairfax, Fifth Form); works in Dubai

PEMBERTON = S("h.pemberton", "Hugo Pemberton")
MARCHBANK = S("f.marchbank", "Fiona Marchbank")
HATHERLEY = S("t.hatherley", "Tom Hatherley")
KESSLER = S("d.kessler", "Daniel Kessler")
FINCH = S("a.finch", "Alastair Finch")
NWOSU = S("a.nwosu", "Dr Adaeze Nwosu")
FERRERS = S("t.ferrers", "Toby Ferrers")
RUDD = S("d.rudd", "SSI Dave Rudd")
STROUD = S("ccf", "Lt Col Colin Stroud (CCF)")
CHAPLAIN = S("chaplain", "Revd Jonathan Ashby")
YEO = S("h.yeo", "Helen Yeo")
ADMISSIONS = S("admissions", "Priya Lal (Registrar)")
VOGEL = S("a.vogel", "Anke Vogel")
MUSIC = S("o.rhys-jones", "Owen Rhys-Jones")
DSL = S("dsl", "Sarah Whitcombe")
WHITCOMBE = S("s.whitcombe", "Sarah Whitcombe")
FEES = S("fees", "Joanna Pike - Fees Office")
BURSAR = S("m.bellamy", "Marcus Bellamy")
PROCTOR = S("i.proctor", "Ian Proctor")
ADEBAYO = S("c.adebayo", "Chloe Adebayo")
GRANT = S("f.grant", "Felix Grant")
TRAVEL = S("travel", "Lorna Fitch - Travel & Exeats")
HEAD = S("headmaster", "Piers Latymer")
COLLEY = S("a.colley", "Anne Colley")
NURSE = S("healthcentre", "Sister Ruth Ogilvie")
MENON = S("r.menon", "Ravi Menon")
EXAMS = S("exams", "Kasia Nowak - Exams Office")
ITS = S("itservices", "IT Services")
LLOYD = S("g.lloyd", "Gareth Lloyd")
HR = S("hr", "Natalie Brooke")
TAVENER = S("s.tavener", "Simon Tavener")
LIBRARY = S("library", "Rosie Delamere")
CATERING = S("catering", "Martin Okafor")
DURAND = S("e.durand", "Émilie Durand")
ZOE = S("z.hartley-brown", "Zoë Hartley-Brown")
WHITLOCK = S("r.whitlock", "Rob Whitlock")
SPORT = S("sport", "Example School Sport")
OFFICE = S("office", "School Office")
ATTEND = S("attendance", "Attendance Office")

OLLIE = P("25oparent", "Ollie Parent")
TOBI = P("22tadeyemi", "Tobi Adeyemi")
ZAYD = P("23zguardian", "Zayd Guardian")
HENRY = P("24hwong", "Henry Wong")
MAX = P("23mschulz", "Max Schulz")
FAISAL = P("22falmansoori", "Faisal Al Mansoori")
JACK = P("25jwhitby", "Jack Whitby")
RORY = P("21rosei", "Rory Osei")
CASPER = P("22cbrandt", "Casper Brandt")
ALEX = P("25aokoro", "Alex Okoro")
LEWIS = P("25lfairbairn", "Lewis Fairbairn")
WILL = P("22wtang", "William Tang")
BARNABY = P("25bharcourt", "Barnaby Harcourt")
FELIX_P = P("23fcoker", "Felix Coker")
KAI = P("23klam", "Kai Lam")
SEB = P("22sdrummond", "Seb Drummond")


# --------------------------------------------------------------------------- MIME building

class Leaf:
    def __init__(self, ctype, data, cte="7bit", params=None, disposition=None,
                 filename=None, extra=None):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.params = params or {}
        self.disposition, self.filename = disposition, filename
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, params=None):
        self.subtype, self.parts, self.params = subtype, parts, params or {}


def text(s, cte="7bit", charset=None, flowed=False):
    if not s.endswith("\n"):
        s += "\n"
    if charset is None:
        charset = "us-ascii" if s.isascii() else "utf-8"
    if not s.isascii() and cte == "7bit":
        cte = "quoted-printable"
    params = {"charset": charset}
    if flowed:
        params["format"] = "flowed"
    return Leaf("text/plain", s, cte, params)


def htmlpart(s, cte="quoted-printable", charset="utf-8"):
    if not s.endswith("\n"):
        s += "\n"
    return Leaf("text/html", s, cte, {"charset": charset})


def attach(filename, ctype, data, cte="base64", params=None):
    p = {"name": filename}
    p.update(params or {})
    return Leaf(ctype, data, cte, p, disposition="attachment", filename=filename)


def alt(*parts):
    return Multi("alternative", list(parts))


def mixed(*parts):
    return Multi("mixed", list(parts))


def _esc_lines(lines, subs):
    out = []
    for ln in lines:
        e = htmlmod.escape(ln, quote=False)
        for a, b in subs:
            e = e.replace(a, b)
        out.append(e)
    return out


def outlook_html(body, subs=()):
    """Roughly what Outlook for Microsoft 365 produces for a plain-looking message."""
    lines = _esc_lines(body.rstrip("\n").split("\n"), subs)
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!--',
           '@font-face {font-family:Aptos;}',
           'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}',
           'a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}',
           '.MsoChpDefault {font-size:10.0pt;}',
           '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}',
           'div.WordSection1 {page:WordSection1;}',
           '--></style>',
           '</head>',
           '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    in_quote = False
    for ln in lines:
        if ln.startswith("From: ") and not in_quote:
            in_quote = True
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{ln}<o:p></o:p></p>')
    if in_quote:
        out.append('</div>')
    out += ['</div>', '</body>', '</html>']
    return "\n".join(out) + "\n"


def gmail_html(body, subs=()):
    """Roughly what Gmail / Google Workspace produces: divs, and a blockquote for '>' lines."""
    raw = body.rstrip("\n").split("\n")
    qstart = None
    for i, ln in enumerate(raw):
        if ln.startswith(">"):
            qstart = i
            break
    main, attr, quoted = raw, None, []
    if qstart is not None:
        attr_i = qstart - 1
        while attr_i >= 0 and raw[attr_i].strip() == "":
            attr_i -= 1
        main, attr = raw[:attr_i], raw[attr_i]
        quoted = [ln[1:].lstrip(" ") if ln.startswith(">") else ln for ln in raw[qstart:]]
    out = ['<div dir="ltr">']
    for ln in _esc_lines(main, subs):
        out.append(f"<div>{ln}</div>" if ln.strip() else "<div><br></div>")
    out.append("</div>")
    if attr is not None:
        a = _esc_lines([attr], subs)[0]
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   f'{a}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        for ln in _esc_lines(quoted, subs):
            out.append(f"{ln}<br>" if ln.strip() else "<br>")
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def alt_of(body, style="outlook", tcte="quoted-printable", hcte="quoted-printable", subs=(), html=None):
    h = html if html is not None else (outlook_html(body, subs) if style == "outlook" else gmail_html(body, subs))
    return alt(text(body, tcte), htmlpart(h, hcte))


def make_pdf(lines):
    """A small but well-formed one-page PDF with the given text lines."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        stream.append(f"({pesc(ln)}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def _boundary(slug, style, n):
    h = H("boundary", slug, str(n))
    if style == "outlook":
        return f"_{n - 1:03d}_LO4P265MB{int(h[:4], 16) % 9000 + 1000}{h[4:28].upper()}_"
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "apple":
        return "Apple-Mail=_" + f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    return f"----=_Part_{int(h[:6], 16) % 90000 + 10000}_{int(h[6:14], 16)}.{1760000000000 + int(h[14:20], 16)}"


def _params(d):
    return "".join(f';\n\t{k}="{v}"' if k in ("name", "boundary") else f'; {k}="{v}"' for k, v in d.items())


def render(node, slug, style, counter):
    if isinstance(node, Leaf):
        hdrs = [f"Content-Type: {node.ctype}{_params(node.params)}"]
        if node.disposition:
            hdrs.append(f'Content-Disposition: {node.disposition};\n\tfilename="{node.filename}"')
        hdrs.append(f"Content-Transfer-Encoding: {node.cte}")
        hdrs += node.extra
        data = node.data
        if isinstance(data, str):
            cs = node.params.get("charset", "utf-8")
            if node.cte in ("base64", "quoted-printable"):
                data = crlf(data) if node.ctype in ("text/calendar", "text/x-vcard", "text/vcard") else data
            raw = data.encode("ascii" if cs.lower() == "us-ascii" else "utf-8")
        else:
            raw = data
        if node.cte == "base64":
            body = base64.encodebytes(raw).decode("ascii")
        elif node.cte == "quoted-printable":
            body = quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")
            if not body.endswith("\n"):
                body += "\n"
        else:
            body = raw.decode("utf-8")
            if not body.endswith("\n"):
                body += "\n"
        return hdrs, body
    counter[0] += 1
    b = _boundary(slug, style, counter[0])
    params = dict(node.params)
    params["boundary"] = b
    hdrs = [f"Content-Type: multipart/{node.subtype}{_params(params)}"]
    body = ""
    if style in ("mis",):
        body += "This is a multi-part message in MIME format.\n\n"
    for p in node.parts:
        ph, pb = render(p, slug, style, counter)
        body += f"--{b}\n" + "\n".join(ph) + "\n\n" + pb + "\n"
    body += f"--{b}--\n"
    return hdrs, body


def fmt_addr(a):
    if isinstance(a, str):
        return a
    return formataddr(a, charset="utf-8")


def addr_header(name, lst):
    items = [fmt_addr(a) for a in lst]
    lines, cur = [], f"{name}:"
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + 1 + len(piece) > 76 and cur != f"{name}:":
            lines.append(cur)
            cur = "\t" + piece
        else:
            cur = cur + " " + piece
    lines.append(cur)
    return "\n".join(lines)


def enc_subject(s, mode):
    if mode is None and s.isascii():
        return "Subject: " + s
    cs = Charset("utf-8")
    cs.header_encoding = QP if mode == "q" else BASE64
    return "Subject: " + Header(s, cs, header_name="Subject").encode(linesep="\n")


def mkdate(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dt = dt.replace(second=int(H("sec", s)[:2], 16) % 60)
    off = 1 if dt < datetime.datetime(2025, 10, 26, 2, 0) else 0
    return format_datetime(dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off))))


def msgid(slug, style, date):
    h = H("mid", slug)
    if style == "outlook":
        return f"<LO4P265MB{int(h[:4], 16) % 9000 + 1000}{h[4:36].upper()}@LO4P265MB{int(h[:4], 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "gmail":
        return "<CA+" + base64.b64encode(bytes.fromhex(h + H("x", slug)[:20]))[:40].decode().replace("/", "_") + "@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{SCHOOL}>".upper().replace(SCHOOL.upper(), SCHOOL)
    return f"<{date.replace('-', '').replace(' ', '').replace(':', '')}.{h[:12]}@mis.{SCHOOL}>"


MSGS = []


def msg(label, slug, note, frm, to, subject, date, body, cc=(), reply_to=None,
        in_reply_to=None, style="outlook", subj_enc=None, extra=()):
    assert label in ("flag", "clean")
    MSGS.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, body=body, reply_to=reply_to,
                     in_reply_to=in_reply_to, style=style, subj_enc=subj_enc, extra=list(extra)))


def build(m):
    style = m["style"]
    hdr = [addr_header("From", [m["frm"]]), addr_header("To", m["to"])]
    if m["cc"]:
        hdr.append(addr_header("Cc", m["cc"]))
    if m["reply_to"]:
        hdr.append(addr_header("Reply-To", [m["reply_to"]]))
    hdr.append(enc_subject(m["subject"], m["subj_enc"]))
    hdr.append("Date: " + mkdate(m["date"]))
    hdr.append("Message-ID: " + msgid(m["slug"], style, m["date"]))
    if m["in_reply_to"]:
        ref = "<" + H("ref", m["slug"])[:24] + "@mail.gmail.com>" if m["in_reply_to"] is True else m["in_reply_to"]
        hdr.append("In-Reply-To: " + ref)
        hdr.append("References: " + ref)
    if style == "outlook":
        hdr.append("Content-Language: en-GB")
        hdr.append("X-MS-Has-Attach: " + ("yes" if isinstance(m["body"], Multi) and m["body"].subtype == "mixed" else ""))
    elif style == "apple":
        hdr.append("X-Mailer: Apple Mail (2.3826.600.51.1.1)")
    elif style == "mis":
        hdr.append("X-Mailer: SchoolPost 4.2 (Example School)")
    elif style == "gmail":
        pass
    hdr += m["extra"]
    hdr.append("MIME-Version: 1.0")
    ph, pb = render(m["body"], m["slug"], style, [0])
    out = "\n".join(hdr + ph) + "\n\n" + pb
    return crlf(out).encode("utf-8")


# =========================================================================== FLAGS (20)

msg("flag", "hk_mother_own_mobile_reply",
    "housemaster gives his own mobile to a Hong Kong mother in a reply (time-zone advice)",
    PEMBERTON, [JANE], "RE: Ollie - settling in", "2025-09-16 21:40",
    alt_of("""\
Dear Jane,

Thank you for your email, and please don't apologise. It is completely normal for a new boy to sound flat on the phone in his second week, and Sunday evening calls are often the low point: the weekend has been quiet and Monday is looming. I saw Ollie at house supper tonight and he was laughing with the Brandt twins about the house singing rehearsal, so I wouldn't read too much into it.

I know the time difference makes it hard to catch me during the school day. If it's easier, ring or text me on my own mobile, 07700 900311. I'm up with the boys from seven, which is 2pm in Hong Kong, and I'd much rather you called me than lay awake worrying.

Matron is keeping a quiet eye on him too, and his tutor, Mr Kessler, will see him on Thursday.

Best wishes,
Hugo

Hugo Pemberton
Housemaster, Ashdown House
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 16 September 2025 13:02
To: Hugo Pemberton <h.pemberton@example-school.org.uk>
Subject: Ollie - settling in

Dear Mr Pemberton,

Sorry to bother you so early in term. Ollie sounded very quiet on our call on Sunday and said he hadn't really found anyone to sit with at lunch. I know it's early days but it's hard being so far away. Is there anything we should be doing from here?

Many thanks,
Jane
"""), in_reply_to=True)

msg("flag", "u15c_snapchat_team_sheet",
    "graduate assistant invites U15 pupils to add him on Snapchat for team sheets",
    HATHERLEY, [OLLIE, HENRY, BARNABY, ALEX, LEWIS, JACK], "U15C v St Aldhelm's - Saturday", "2025-10-01 17:12",
    text("""\
Lads,

Team for Saturday is below. Meet outside the pavilion at 12.15 in No.1s with boots in a bag. Gumshields are NOT optional (Henry...).

1 Barnaby  2 Lewis  3 Alex
4 Jack  5 Kwesi
6 Ollie  7 Theo  8 Freddie
9 Henry  10 Arjun
11 Sami  12 Will H  13 Jonty  14 Rafe
15 Matteo
Subs: Ned, Caspar, Louis

Kick off is 2.30, back in time for tea. If you've got a prep clash tell me by Thursday, not on Saturday morning.

From now on I'm going to put team sheets and any late changes on Snap because it's quicker than everyone checking email. Add me, I'm tom.hath01 - I'll make a group for the squad. If you can't get on it just check the board outside the Ashdown common room.

Cheers,
Tom

Tom Hatherley | Graduate Assistant (Games & Boarding) | Example School
"""), style="outlook")

msg("flag", "matron_text_my_own_phone_qp",
    "matron tells the carer to text her own phone (07700-900-518), quoted-printable body",
    MARCHBANK, [SAM], "Tobi - dentist on Thursday", "2025-10-07 11:26",
    alt_of("""\
Dear Sam,

Just to let you know that I’ve booked Tobi in with Mr Haddad, the school dentist, for this Thursday at 2.40pm. He’ll miss the end of double Physics but I’ve let Dr Nwosu’s department know and he can catch up in prep.

On the question you asked about the fee – yes, the £35 check-up goes on the end-of-term bill as an extra, so there’s nothing to pay on the day.

Tobi mentioned that his parents would like a second opinion about the brace before anything is decided, and that you might like to come along to the appointment. You’d be very welcome; just sign in at Reception and I’ll walk you over to the Health Centre.

The house phone can ring out for ages in the afternoons when I’m doing my rounds, so if you can’t get through just text me on my own phone – 07700-900-518 – and I’ll ring you straight back.

Kind regards,
Fiona

Mrs Fiona Marchbank
Matron, Ashdown House
Example School | Park Row | Leeds LS1 4AP | 01632 960000
"""), style="outlook")

_vogel = """\
Dear Mr Guardian,

Thank you for your message about Zayd’s German. I’m pleased to say his written work has really come on this half-term: his last controlled assessment piece on “Umwelt” was one of the best in the set.

The speaking exam is the part he worries about. It will be in late April, and to help him prepare I’m running conversation sessions on Wednesdays after lunch in L4. Zayd has said he’ll come along; it would help enormously if you could encourage him to keep going even when the rugby fixtures get busy.

We also have a German assistant, Frau Lenz, who can do some one-to-one practice with him on Friday afternoons if you’d like. There’s no extra charge for this.

I know Dubai is three hours ahead, so if a phone call is easier than email, my details are below and I’m happy to talk at a time that suits you.

Mit freundlichen Grüßen,

Anke Vogel
Head of Modern Languages
Example School, Park Row, Leeds LS1 4AP
T 01632 960000
M (personal) +44 (0)7700 900 277
"""
msg("flag", "mfl_signature_personal_mobile_nbsp",
    "head of MFL signature lists a personal mobile (+44 (0)7700 900 277, &nbsp; in HTML) to a father in Dubai",
    VOGEL, [ALI], "Zayd – GCSE German speaking exam", "2025-10-09 16:03",
    alt_of(_vogel, subs=[("+44 (0)7700 900 277", "+44&nbsp;(0)7700&nbsp;900&nbsp;277"),
                         ("01632 960000", "01632&nbsp;960000")]),
    subj_enc="b")

msg("flag", "music_recording_to_home_gmail",
    "director of music asks a pupil to send his exam recording to his personal gmail",
    MUSIC, [HENRY], "Your Grade 8 recording", "2025-10-14 18:47",
    text("""\
Henry,

Great playing in the Music School this afternoon - the Fauré was really beautiful by the end.

For the performance grade, the video file will be far too big for school email (anything over about 25MB bounces). Easiest thing is to send it to my home email, owenrhysjones.music@gmail.com, with a WeTransfer link if needs be, and I'll upload it to the ABRSM portal from there over the weekend.

Remember to film in one continuous take, with your face and hands both visible, and say your name and the pieces at the start.

OR-J
"""), style="apple")

msg("flag", "cricket_winter_nets_reply_to_hotmail",
    "cricket professional's mail to parents has Reply-To set to his personal hotmail",
    PROCTOR, [JANE, ALI], "Winter nets - Saturday mornings", "2025-10-20 09:15",
    alt_of("""\
Dear Parents,

Winter nets start again after half term for any boy who wants to keep his cricket going through the winter. We'll be at Ridgeway Indoor Cricket Centre on Saturday mornings from 8 November, 9.00-10.30, with the minibus leaving from the Pavilion at 8.30 sharp and back in time for lunch.

The sessions are open to all age groups. Ollie caught my eye in the new boys' games sessions in September, and Zayd will be pushing for a place in the 1st XI, so I'd love to see them both there.

There is a charge of £60 for the block of eight sessions, which will go on the school bill.

Please just reply to this email to confirm a place - replies come straight through to me and I'll put the list together by the end of the week.

Best wishes,

Ian Proctor
Cricket Professional
Example School
"""), reply_to=("Ian Proctor", "proctor.ian74@hotmail.co.uk"))

msg("flag", "cc_personal_icloud_over_half_term",
    "English teacher copies in her own iCloud address for the carer to use over half term",
    ADEBAYO, [SAM], "Tobi's EPQ draft", "2025-10-22 15:30",
    alt_of("""\
Dear Sam,

Thank you for checking in about Tobi's Extended Project. He's chosen a really interesting question (how far Achebe's Things Fall Apart was received differently in Lagos and London in the 1960s) and his research log is in good shape.

The full first draft is due on Monday 3 November. He's told me he'd like to work on it during half term while he's staying with you, which is great.

I've copied in my personal email on this message, as I'll be away without my school laptop over the holiday. If Tobi finishes early he can send the draft there, and you're very welcome to use that address too if anything comes up.

Best wishes,
Chloe Adebayo
Teacher of English | EPQ Coordinator
Example School | 01632 960000
"""), cc=[("Chloe Adebayo", "chloeadebayo@icloud.com")])

msg("flag", "tutor_home_address_for_parcel",
    "non-resident tutor gives his home address for a birthday parcel from Hong Kong",
    FINCH, [JANE], "Re: Birthday parcel for Ollie", "2025-10-08 07:55",
    text("""\
Hi Jane,

Happy to help. The post room closes for the exeat at noon on Friday and won't take anything in until the Tuesday, so a courier delivery on Saturday would just go back to the depot.

The simplest thing is to send it to my house - I live out, about ten minutes from school, and I'll bring it in on Monday morning so it's there on his birthday:

Alastair Finch
2 Foxglove Cottages
Kiln Lane
Little Ashby
Buckinghamshire HP16 9ZQ

I won't say a word to Ollie!

Alastair

On Wed, 8 Oct 2025 at 06:14, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Mr Finch,
>
> Ollie's birthday is on Monday 13th and I've ordered a parcel from here
> that should arrive in the UK on Saturday. Is there somewhere safe it can
> go so it isn't lost over the exeat? I'd like it to be a surprise.
>
> Thank you so much,
> Jane
""", cte="8bit"), style="gmail", in_reply_to=True)

_vcf_lloyd = """\
BEGIN:VCARD
VERSION:3.0
N:Lloyd;Gareth;;Mr;
FN:Gareth Lloyd
ORG:Example School;Fairfax House
TITLE:Housemaster
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=CELL,VOICE:+447700900746
EMAIL;TYPE=INTERNET,WORK:g.lloyd@example-school.org.uk
EMAIL;TYPE=INTERNET,HOME:gazlloyd.fairfax@gmail.com
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom
END:VCARD
"""
msg("flag", "new_housemaster_vcard_personal",
    "new housemaster attaches a vCard with his personal mobile and home gmail to a father",
    LLOYD, [ALI], "Fairfax - introduction from your new Housemaster", "2025-09-05 10:20",
    mixed(text("""\
Dear Mr Guardian,

As you'll have seen from the Head Master's letter, I have taken over from Mr Pryce as Housemaster of Fairfax this term. I've been Assistant Housemaster here for four years, so I already know Zayd well, and I'm delighted to be looking after him in his GCSE year.

The boys return on Sunday 7 September between 4pm and 7pm. Supper is at 7.15 and there'll be a short house meeting afterwards.

I've attached my contact card so that you have my numbers and email saved in your phone. With you being in Dubai, please don't hesitate to get in touch whenever you need to - it's always better to hear about a worry early.

With best wishes,

Gareth Lloyd
Housemaster, Fairfax House
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", cte="quoted-printable"),
          attach("Gareth Lloyd.vcf", "text/x-vcard", _vcf_lloyd)))

_ics_kessler = """\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16011028T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0100
TZOFFSETTO:-0000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:-0000
TZOFFSETTO:+0100
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Daniel Kessler:mailto:d.kessler@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jane Parent:mailto:jane.parent@gmail.com
DESCRIPTION:Half-term catch-up about Ollie's first half of term. I'll ring 
 you on WhatsApp video from my mobile (+44 7700 900835) - save it so you kn
 ow it's me.
UID:040000008200E00074C5B7101A82E0080000000070B3A5C1F43BDC01000000000000000
 01000000036A1F0E2B88C4B4E9D6A0D1C2F5E7B11
SUMMARY;LANGUAGE=en-GB:Tutor call - Ollie Parent
DTSTART;TZID=GMT Standard Time:20251030T073000
DTEND;TZID=GMT Standard Time:20251030T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T191200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:WhatsApp video call +44 7700 900835
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
_kessler_txt = """\
Dear Jane,

As promised, here's a time for our half-term catch-up: Thursday 30 October at 7.30am UK time, which should be 3.30pm in Hong Kong once the clocks have gone back.

I'll ring you on WhatsApp video from my mobile (+44 7700 900835) - save it so you know it's me.

Best wishes,
Daniel Kessler
Tutor, Ashdown House
"""
msg("flag", "tutor_ics_whatsapp_from_my_mobile",
    "tutor sends a calendar invite whose location/description give his own mobile for WhatsApp video",
    KESSLER, [JANE], "Tutor call - Ollie Parent", "2025-10-15 20:12",
    mixed(alt(text(_kessler_txt, "quoted-printable"),
              htmlpart(outlook_html(_kessler_txt)),
              Leaf("text/calendar", _ics_kessler, "base64", {"charset": "utf-8", "method": "REQUEST"})),
          attach("invite.ics", "application/ics", _ics_kessler)))

_rudd_html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Army Section,</p>
<p>Field Day is <b>Thursday 16 October</b>. Parade on the Quad at <b>0745</b>, transport leaves at 0800 prompt. Kit list as per the briefing:</p>
<ul>
<li>Issued combats, boots (polished), belt, beret</li>
<li>Waterproofs &ndash; it WILL rain</li>
<li>Packed lunch from the Dining Hall (collect 0730), 2 litres of water</li>
<li>Notebook, pencil, head torch</li>
</ul>
<p>Anyone without boots that fit sees me in the QM stores by Tuesday lunchtime. No trainers.</p>
<p>Photos from last year&#39;s camp are up on my Instagram &ndash; <b>@dave_rudd_ssi</b> &ndash; give it a follow and I&#39;ll tag the section in this year&#39;s pics.</p>
<p>SSI D. Rudd<br>School Staff Instructor, CCF<br>Example School &middot; 01632 960000</p>
</body></html>
"""
msg("flag", "ccf_ssi_instagram_follow_base64",
    "CCF staff instructor invites cadets to follow his personal Instagram; base64 HTML",
    RUDD, [ZAYD, MAX, KAI, FELIX_P, SEB], "Field Day - Thursday 16 Oct", "2025-10-10 12:05",
    alt(text("""\
Army Section,

Field Day is Thursday 16 October. Parade on the Quad at 0745, transport leaves at 0800 prompt. Kit list as per the briefing:

- Issued combats, boots (polished), belt, beret
- Waterproofs - it WILL rain
- Packed lunch from the Dining Hall (collect 0730), 2 litres of water
- Notebook, pencil, head torch

Anyone without boots that fit sees me in the QM stores by Tuesday lunchtime. No trainers.

Photos from last year's camp are up on my Instagram - @dave_rudd_ssi - give it a follow and I'll tag the section in this year's pics.

SSI D. Rudd
School Staff Instructor, CCF
Example School - 01632 960000
""", "base64", "utf-8"), htmlpart(_rudd_html, "base64")))

msg("flag", "hos_mobile_wrapped_over_line",
    "head of sixth form gives his personal mobile split across a hard line break to the carer",
    TAVENER, [SAM], "Tobi - Oxford application", "2025-10-10 17:40",
    text("""\
Dear Sam,

Just a quick update on Tobi's application. His UCAS form went off to
Oxford this morning, well ahead of the 15 October deadline, with his
reference from Dr Nwosu. He's applying for Chemistry at St Anne's and
the admissions test is on the 22nd here in the Exams Office.

I'm away at the HE advisers' conference in Manchester on Monday and
Tuesday. If anything comes up while I'm away, my personal mobile is 07700
900164 - please do use it rather than waiting until I'm back.

Best wishes,

Simon Tavener
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP  |  01632 960000
"""), style="outlook")

msg("flag", "rugby_tour_0044_own_mobile",
    "master i/c rugby gives his own mobile in 0044 format to a father dialling from Dubai",
    FERRERS, [ALI], "1st XV tour - contact before departure", "2025-11-03 08:35",
    alt_of("""\
Dear Ali,

Thank you for the forms and the passport copy, which are all in order. Zayd is confirmed on the tour party and the flights to Cape Town are booked for Saturday 13 December.

You asked about the best way to reach me between now and the tour. The tour phone isn't switched on until we fly, so in the meantime please use my own mobile. From Dubai you'll need to dial 0044 7700 900413. I'm coaching most afternoons, so a message first is best and I'll call you back in the evening (your late evening, I'm afraid).

Kind regards,

Toby Ferrers
Master i/c Rugby
Example School
""", style="outlook"))

msg("flag", "chemistry_ring_me_at_home",
    "head of chemistry invites the carer to ring her home landline (0118.496.0372)",
    NWOSU, [SAM], "Tobi - predicted grade", "2025-10-02 12:48",
    alt_of("""\
Dear Sam,

Thank you for your email. I completely understand Tobi's parents' concern about the predicted grade. The A* prediction is a stretch but I think a fair one: he was comfortably at that level in the summer mock and his practical endorsement is complete.

It might be easier to talk this through than to go back and forth by email. I'm not in school on Fridays, so please ring me at home on 0118.496.0372 - any time after 10am is fine.

With best wishes,
Adaeze

Dr Adaeze Nwosu
Head of Chemistry
Example School
"""), style="outlook")

msg("flag", "further_maths_discord_server",
    "head of maths invites Upper Sixth pupils to a Discord server he runs as a private user",
    MENON, [TOBI, WILL, CASPER, FAISAL, SEB], "Further Maths revision - Discord", "2025-11-12 21:05",
    text("""\
Evening all,

A few of you asked after Tuesday's lesson whether there was somewhere to post questions during prep without filling up my inbox. I've set up a Discord server for the set: https://discord.gg/k7FmRv9

I'm on there as rmenon_maths. I usually check it in the evenings and at weekends, so fire away - photos of your working are fine.

Mock papers 1 and 2 are on Teams under Files > Mocks as usual.

Mr Menon
"""), style="outlook")

_ashby_html = """\
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Georgia,serif;font-size:12pt;color:#222">
<p>Dear Jane,</p>
<p>Ollie came to see me after Compline last night and told me about his grandfather. I am so very sorry. He spoke about him with great love &ndash; the fishing trips at Sai Kung, the terrible jokes &ndash; and I think it helped him to say some of it out loud.</p>
<p>He is, understandably, very up and down. Mr Pemberton and Matron know, and we have agreed that he can miss Saturday&rsquo;s fixture if he would rather. He asked whether we might say a prayer for the family in Chapel on Sunday; I would be glad to, if you are happy for us to do so.</p>
<p>If you would like to talk, at any hour, please ring me on my own mobile: <a href="tel:+447700900219">07700&nbsp;900&nbsp;219</a>. I know how far away you are.</p>
<p>With my prayers and every good wish,</p>
<p>Jonathan</p>
<p style="color:#666;font-size:10pt">The Revd Jonathan Ashby<br>Chaplain<br>Example School, Park Row, Leeds LS1 4AP</p>
</div>
</body>
</html>
"""
msg("flag", "chaplain_html_only_tel_link",
    "chaplain's HTML-only condolence gives his own mobile in a tel: link with &nbsp;, RFC 2047 subject",
    CHAPLAIN, [JANE], "Thinking of you – Ollie’s grandfather", "2025-11-19 08:10",
    htmlpart(_ashby_html, "quoted-printable"), subj_enc="q", style="apple")

msg("flag", "matron_facebook_group_add_me",
    "Fairfax matron asks parents to friend her on Facebook to join a house parents' group",
    ZOE, [ALI, ("Grace Okonkwo", "grace.okonkwo.home@yahoo.co.uk"), ("Markus Schulz", "m.schulz1971@gmail.com")],
    "Fairfax families – lost property & lifts", "2025-09-24 14:22",
    text("""\
Dear Fairfax parents,

We’re three weeks in and the lost property cupboard is already overflowing – mostly unnamed navy jumpers and a surprising number of single football boots!

To make things easier I’ve set up a Facebook group called “Fairfax Families” where I can post photos of unclaimed items, and where parents can arrange lifts to and from Heathrow at exeats. Just search for me – Zoë Hartley-Brown – send me a friend request and I’ll add you to the group.

Name tapes can be ordered through the school shop if you need more.

Warm wishes,
Zoë

Mrs Zoë Hartley-Brown
Matron, Fairfax House
Example School · 01632 960000
""", cte="8bit"), subj_enc="b")

msg("flag", "iceland_trip_personal_plus_trip_phone",
    "geography trip letter gives the school trip phone and also the leader's personal mobile",
    GRANT, [SAM], "A level Geography - Iceland fieldwork itinerary", "2025-10-17 16:50",
    mixed(alt_of("""\
Dear Sam,

Please find attached the final itinerary for the Upper Sixth fieldwork trip to Iceland (Monday 27 - Friday 31 October). Tobi has all of his paperwork in.

The group flies from Heathrow Terminal 2 at 10.40 on Monday. Boys will be taken to the airport by school minibus, leaving at 6.15am, so Tobi should be back in school by Sunday evening.

While we are away, the school trip phone is 07700 900001 and will be with the duty member of staff 24 hours a day. In a real emergency you can also reach me on my personal mobile, 07700 900590.

We land back at 19.05 on Friday 31 October and the minibus will bring the boys straight back to school in time for the start of the second half of term.

With best wishes,
Felix Grant
Head of Geography
Example School
""", style="outlook"),
          attach("Iceland 2025 itinerary.pdf", "application/pdf", make_pdf([
              "Example School - Geography Department",
              "Iceland fieldwork, 27-31 October 2025 - Itinerary",
              "Mon 27: LHR T2 dep 10:40, KEF arr 12:55. Coach to Hella.",
              "Tue 28: Solheimajokull glacier - glacial landforms transect.",
              "Wed 29: Eyjafjallajokull visitor centre, Skogafoss, Reynisfjara.",
              "Thu 30: Hengill geothermal area; Hellisheidi power station.",
              "Fri 31: Reykjavik; KEF dep 16:10, LHR arr 19:05.",
              "School trip phone: 07700 900001"]))))

msg("flag", "tutor_whatsapp_from_mine_dubai",
    "tutor replies to a father in Dubai saying she will WhatsApp him from her own number, which she gives",
    DURAND, [ALI], "Re: Zayd - tutor meeting", "2025-10-21 19:25",
    text("""\
Dear Mr Guardian,

Lovely, thank you. I'll WhatsApp you from mine on Thursday at about 5pm UK time (8pm for you) - it's +44 7700 900927, so save it and you'll know it's me.

Zayd has had a good week: the French oral went well and he was very proud of his try against Bramshott.

Bien à vous,
Émilie

Mme Émilie Durand
Teacher of French | Tutor, Fairfax House

On Tue, 21 Oct 2025 at 15:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Dear Madame Durand,
>
> Thank you for offering a call. I am travelling a lot this month so
> WhatsApp is the easiest for me, on my usual number 07700 900789. Thursday
> evening Dubai time is good.
>
> Best regards,
> Ali Guardian
""", cte="8bit"), style="gmail", in_reply_to=True)

msg("flag", "paternity_leave_family_domain_email",
    "history teacher going on leave asks an Upper Sixth pupil to send his essay to his family email",
    WHITLOCK, [FAISAL], "Your personal statement + the EPQ essay", "2025-11-06 16:14",
    alt_of("""\
Faisal,

Thanks for the new draft. The opening paragraph is much better - you've cut the quotation and got straight to the Ottoman archives, which is exactly what a tutor at Durham wants to read.

As you know I'm off on paternity leave from Friday and won't be checking school email. I'm still happy to look at the next version of the statement and the EPQ essay, so send them to rob@whitlocks.example.net rather than here and I'll get back to you within a day or two.

Good luck with the mocks.

Mr Whitlock
Teacher of History
"""), style="outlook")


# =========================================================================== HARD NEGATIVES (30 clean)

OKOYE = S("j.okoye", "James Okoye")
BRERETON = S("n.brereton", "Nick Brereton")
COMMONROOM = ("Common Room", f"commonroom@{SCHOOL}")

msg("clean", "u14_festival_school_tour_phone",
    "rugby festival letter gives the tour mobile, stated to be a school phone",
    FERRERS, [JANE, ("Clare Harcourt", "clareharcourt@hotmail.co.uk"), ("Femi Okoro", "femi.okoro.family@gmail.com")],
    "U14 Rugby Festival, Truro - 21 to 23 November", "2025-11-04 13:30",
    alt_of("""\
Dear Parents,

I'm pleased to confirm that your son has been selected for the U14 squad travelling to the Cornwall Schools Rugby Festival in Truro over the leave-out weekend (Friday 21 - Sunday 23 November).

We leave school by coach at 1.00pm on Friday and will stay at the Example Hotel, Truro, two boys to a room. The boys play three matches on Saturday and the finals are on Sunday morning, and we should be back at school by about 8.30pm on Sunday.

The tour mobile is a school phone, 07700 900002, and it will be with me or Mr Hatherley at all times from Friday lunchtime. Please use that number rather than trying to reach the boys during matches. Boys may take their own phones, but these will be collected at lights out.

Kit list: full match kit (both shirts), boots, gumshield, tracksuit, No.1s for the journey, wash bag and a warm coat for the touchline.

The cost of £185 will be added to the end-of-term bill. If your son can't now make it, please let me know by Friday 7 November.

Best wishes,

Toby Ferrers
Master i/c Rugby
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

msg("clean", "confirm_call_on_parents_number_cc_father",
    "reads back the mother's own number for a call; Cc's the father at his personal webmail at her request",
    YEO, [JANE], "Thursday's call about Ollie's EAL support", "2025-09-23 12:10",
    alt_of("""\
Dear Jane,

Thank you - Thursday works well. I'll ring you on 07700 900123 at 8am UK time, which I make 3pm in Hong Kong. As you asked, I've copied in Ollie's father so that he has the notes afterwards.

To reassure you both: the EAL sessions aren't a sign that anything is wrong. Ollie's spoken English is excellent, and the sessions with Mrs Ng are about academic writing - paragraphing, essay structure, using evidence - which many of our international boys find useful in their first year.

Best wishes,
Helen

Helen Yeo
Head of International Pupils & EAL
Example School | 01632 960000
"""), cc=[("Mark Parent", "markparent.hk@yahoo.co.uk")])

msg("clean", "exeat_coaches_heathrow_coach_firm",
    "exeat travel letter with coach firm's phone/email, times, prices and the school's own number",
    TRAVEL, [JANE, SAM, ALI], "Half-term travel: coaches to Heathrow and London", "2025-10-06 09:00",
    alt_of("""\
Dear Parents and Guardians,

Half term begins after lessons on Friday 24 October. As usual we are running coaches to Heathrow and central London, operated by Chiltern Executive Travel.

Departures from the front drive on Friday 24 October:
- 12.45  Heathrow (Terminals 2, 3, 4 and 5) - £38
- 13.00  London Victoria Coach Station - £32

Return coaches on Sunday 2 November:
- 16.30  from Heathrow Terminal 5 (meeting point: Costa, Arrivals)
- 17.00  from London Victoria

Please book seats on the Travel page of the Parent Portal by noon on Wednesday 15 October. Boys on flights departing before 16.30 on the Friday can travel on the Heathrow coach; anyone flying earlier than that will need a private transfer, which we are happy to arrange.

On the day, if a coach is held up in traffic, Chiltern's operations desk can be reached on 0118 496 0815 (or ops@example.com), and they will also update the school.

Please make sure your son has his passport, boarding pass and a charged phone before leaving school.

With best wishes,

Lorna Fitch
Travel & Exeats Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 (option 2)  |  travel@example-school.org.uk
""", style="outlook"), style="mis")

msg("clean", "guardianship_agency_half_term_host",
    "international office gives the guardianship agency's and host's numbers and address (third party)",
    YEO, [JANE], "Ollie - half-term arrangements with Example Guardians", "2025-10-13 15:40",
    alt_of("""\
Dear Jane,

I've heard back from Example Guardians about Ollie's half term, and everything is now confirmed.

He'll be staying with Mrs Penny Loveday, who has hosted several of our boys over the years and is lovely. Her address is Holly Lodge, 9 Quarry Wood Road, Marlow. Mrs Loveday will collect Ollie from Ashdown at 2pm on Friday 24 October and bring him back on Sunday 2 November before 6pm.

Contact details for the week:
- Mrs Loveday: 07700 900381
- Example Guardians 24-hour line: 020 7946 0321 (or office@example.org)

Mrs Loveday has his medical details and the Health Centre will send his inhaler with him.

If anything changes with his flight for Christmas, please let Lorna in the Travel Office know.

Warm regards,
Helen Yeo
Head of International Pupils & EAL
Example School, Park Row, Leeds LS1 4AP  |  01632 960000
"""))

msg("clean", "refuses_personal_whatsapp_gives_duty_phone",
    "housemaster declines a father's request for his personal WhatsApp; offers the school duty phone",
    LLOYD, [ALI], "RE: Contact while I am travelling", "2025-09-30 18:02",
    alt_of("""\
Dear Ali,

Thank you for your email, and I completely understand why WhatsApp would be easier when you're moving between time zones.

I'm afraid I'm not able to give out my personal number - school policy is that staff only contact parents through school systems, which protects everyone. What I can offer is the Fairfax duty phone, 07700 900050. It's a school phone, carried by whoever is on duty in the house each evening, and it does have WhatsApp, so you can message it at any time and we'll see it.

For anything that isn't urgent, email is still best, and I'll always reply within a day.

Best wishes,
Gareth

Gareth Lloyd
Housemaster, Fairfax House
Example School
01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 30 September 2025 07:41
To: Gareth Lloyd <g.lloyd@example-school.org.uk>
Subject: Contact while I am travelling

Dear Mr Lloyd,

I am in Riyadh and Doha for most of October and often can't check email until late. Could you share your personal WhatsApp so I can reach you quickly if needed?

Kind regards,
Ali Guardian
""", style="outlook"), in_reply_to=True)

msg("clean", "mocks_candidate_and_centre_numbers",
    "exams office gives candidate numbers, centre number, room and seat numbers to pupils",
    EXAMS, [ZAYD, MAX, KAI, FELIX_P], "Fifth Form mocks - your candidate numbers", "2025-11-14 10:30",
    text("""\
Dear Fifth Form,

Mock examinations start on Monday 24 November. Please make a note of your candidate number and bring it to every exam; it goes on the front of every answer booklet, along with the centre number 61234.

  Zayd Guardian    4127   Sports Hall   seat C14
  Max Schulz       4138   Sports Hall   seat D02
  Kai Lam          4162   Old Library   seat 09
  Felix Coker      4101   Sports Hall   seat A07

Morning exams start at 08:45 and afternoon exams at 13:45. Be outside the room 10 minutes before. Clear pencil cases only, no smart watches, and mobile phones must be handed in to your house before you come across.

If you have access arrangements (25% extra time, a laptop or a reader) you will get a separate email from Mrs Flint.

Kasia Nowak
Exams Officer
Example School | 01632 960000 | exams@example-school.org.uk
"""))

msg("clean", "fees_bank_transfer_details_overseas",
    "fees office gives bank sort code, account, IBAN, SWIFT and invoice reference to an overseas father",
    FEES, [ALI], "Lent Term invoice - payment from overseas", "2025-12-01 11:15",
    alt_of("""\
Dear Mr Guardian,

Please find below the details you asked for so that you can pay Zayd's Lent Term fees by international transfer.

Invoice number: INV-26-004417
Amount due: £17,450.00 (payable by Monday 5 January 2026)

Bank: Example Bank plc, 1 Example Street, London
Account name: Example School Trust
Sort code: 30-94-12
Account number: 00417732
IBAN: GB29 EXMP 3094 1200 4177 32
SWIFT/BIC: EXMPGB2L

Please quote GUAR-Z-0417 as the payment reference so that we can match it to Zayd's account. Your bank may charge a fee for the transfer; please ask them to send the payment with charges "OUR" so that the full amount arrives.

Kind regards,

Joanna Pike
Fees Accountant
Example School, Park Row, Leeds LS1 4AP
01632 960000 | fees@example-school.org.uk
"""))

msg("clean", "teams_parents_evening_meeting_ids",
    "online parents' evening for overseas parents: Teams meeting ID, passcode and school dial-in number",
    COLLEY, [ALI, SAM], "Fifth Form Parents' Evening - joining online from overseas", "2025-11-17 14:00",
    alt_of("""\
Dear Parents,

Fifth Form Parents' Evening is on Thursday 27 November, 5.00-8.00pm UK time. For parents joining from overseas, appointments will take place on Microsoft Teams, using the link in your booking confirmation.

If the link doesn't work for you, join manually:

Meeting ID: 384 771 902 615
Passcode: 9xQ2Lp

Or dial in by phone (audio only):
+44 20 7946 0123,,482917305#   United Kingdom, London
Phone conference ID: 482 917 305#

Each appointment lasts five minutes and teachers will move on promptly, so please join a minute or two early. UAE time is four hours ahead of the UK and Lagos is one hour ahead.

Kind regards,

Anne Colley
PA to the Head Master
Example School
""", style="outlook"), style="mis")

msg("clean", "hr_record_update_staff_only",
    "HR to a member of staff, reading back his personal address, mobile and email (staff only)",
    HR, [HATHERLEY], "Your personnel record - updated details", "2025-09-12 10:45",
    text("""\
Hi Tom,

Thanks for dropping the form in. I've now updated your record on iTrent with the following:

Home address: Flat 3, 27 Weyside Road, Guildford GU1 9ZX
Mobile: 07700 900642
Personal email (for payslips over the holidays): tom.hatherley01@gmail.com
Emergency contact: Mrs Claire Hatherley (mother), 0117 496 0531

Please check these and let me know if anything is wrong. Your DBS certificate is now logged and your safeguarding training is booked for INSET day on 3 November.

Best wishes,
Natalie

Natalie Brooke
HR Manager
Example School
"""))

msg("clean", "common_room_drinks_home_address_staff",
    "staff social invitation to colleagues with the host's home address and mobile (staff only)",
    VOGEL, [COMMONROOM], "End of half term drinks - at ours!", "2025-10-21 13:02",
    text("""\
Dear all,

Michael and I would love to see as many of you as possible for drinks on Friday 24th from 6.30 - half term will have started, the boys will be on their coaches, and we all deserve it.

We're at 14 Orchard Way, Little Ashby (the white house just past the church). Parking on the road is fine. Partners very welcome, and the dog will be locked in the kitchen.

If you get lost, text me on 07700 900277.

Anke
"""))

_esafety_html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#1b1b1b">
<p>Dear Parents,</p>
<p>As the nights draw in, boys spend more of their free time on their phones, and I wanted to share some advice following last week&rsquo;s e-safety talk in Chapel.</p>
<p><b>Age limits.</b> Most of the apps our boys use have a minimum age of 13, including Snapchat, Instagram, TikTok and Discord; WhatsApp is 13 in the UK. Our youngest boys are only just at that age.</p>
<p><b>Location sharing.</b> Snap Map shows a boy&rsquo;s location to his friends. We suggest &ldquo;Ghost Mode&rdquo; is switched on, and that you check location sharing in Find My and Google Maps too.</p>
<p><b>Group chats.</b> Large group chats can move fast and sometimes become unkind. Encourage your son to leave any group he feels uncomfortable in and to talk to his Housemaster, Matron or tutor.</p>
<p><b>Contact from adults.</b> No member of staff will ever ask your son to follow them or add them on social media, or message him from a personal phone. If that ever happens, please tell us straight away.</p>
<p>If you would like to talk about any of this, please contact me at <a href="mailto:dsl@example-school.org.uk">dsl@example-school.org.uk</a> or on <a href="tel:+441632960000">01632&nbsp;960000</a>.</p>
<p>With best wishes,</p>
<p>Sarah Whitcombe<br>Deputy Head (Pastoral) and Designated Safeguarding Lead<br>Example School, Park Row, Leeds LS1&nbsp;4AP</p>
</body></html>
"""
msg("clean", "esafety_parent_letter_names_apps",
    "DSL's e-safety letter to parents naming Snapchat, WhatsApp, TikTok etc. without inviting anyone",
    DSL, [JANE, SAM, ALI], "E-safety: apps, age limits and location sharing", "2025-11-11 16:20",
    alt(text("""\
Dear Parents,

As the nights draw in, boys spend more of their free time on their phones, and I wanted to share some advice following last week's e-safety talk in Chapel.

Age limits. Most of the apps our boys use have a minimum age of 13, including Snapchat, Instagram, TikTok and Discord; WhatsApp is 13 in the UK. Our youngest boys are only just at that age.

Location sharing. Snap Map shows a boy's location to his friends. We suggest "Ghost Mode" is switched on, and that you check location sharing in Find My and Google Maps too.

Group chats. Large group chats can move fast and sometimes become unkind. Encourage your son to leave any group he feels uncomfortable in and to talk to his Housemaster, Matron or tutor.

Contact from adults. No member of staff will ever ask your son to follow them or add them on social media, or message him from a personal phone. If that ever happens, please tell us straight away.

If you would like to talk about any of this, please contact me at dsl@example-school.org.uk or on 01632 960000.

With best wishes,

Sarah Whitcombe
Deputy Head (Pastoral) and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
""", "quoted-printable"), htmlpart(_esafety_html)), style="mis")

msg("clean", "physio_clinic_referral_third_party",
    "health centre gives an outside physio clinic's address and phone number to the carer",
    NURSE, [SAM], "Tobi - ankle and physio referral", "2025-10-27 09:30",
    alt_of("""\
Dear Sam,

I'm writing to let you know that Tobi turned his ankle in Saturday's match. Dr Fenwick saw him in clinic this morning and is happy that nothing is broken, but it is a bad sprain and he'll be off games for at least two weeks.

We've referred him to the physiotherapists we use, who can see him on Wednesday at 4.15pm. Tobi's parents mentioned that you might like to take him yourself, as you'll be in Reading that afternoon; if so, the details are:

Kingsmead Sports Physiotherapy
41 Bridge Street, Reading RG1 2ZX
0118 496 0744

Otherwise one of our drivers will take him. Either way, the appointment will be charged to the school account.

He has crutches for now and is in good spirits - mostly cross to be missing the Bramshott fixture.

Kind regards,

Sister Ruth Ogilvie RGN
Senior Nurse, Health Centre
Example School | 01632 960000 (Health Centre: option 4)
"""))

msg("clean", "choir_tour_edinburgh_host_family",
    "choir tour letter gives the host family's name, address and landline for a Third Former",
    MUSIC, [JANE], "Chamber Choir tour to Edinburgh – host family", "2025-11-25 17:05",
    alt_of("""\
Dear Jane,

I'm delighted that Ollie is coming on the Chamber Choir's tour to Edinburgh (Thursday 11 - Sunday 14 December). He has been singing beautifully this term.

As on previous tours, the boys will stay in pairs with families from St Mungo's School, our partner choir. Ollie will be sharing with Lewis Fairbairn and staying with:

Mr and Mrs Maclaren
12 Ravelston Brae, Edinburgh EH4 9ZQ
0131 496 0288

The Maclarens will collect the boys from St Giles' after the Friday rehearsal and bring them to each concert. Mrs Maclaren has asked me to say that their house is nut-free, which I know you were worried about.

We travel by train from King's Cross at 09.30 on the Thursday and return on the Sunday, arriving back at school at about 7pm. In an emergency on tour, please ring the school (01632 960000), which has the tour phone number and a full itinerary.

With best wishes,

Owen Rhys-Jones
Director of Music
"""), subj_enc="b")

msg("clean", "reading_list_isbns_and_prices",
    "English reading list to pupils with ISBNs, prices and edition numbers",
    ADEBAYO, [ZAYD, MAX, KAI, FELIX_P], "Set texts for next term - please order by 28 Nov", "2025-11-18 12:25",
    text("""\
Dear 5A1,

Please make sure you have your own copies of the set texts for next term. The school shop will order them for you and put them on the bill, or you can buy them yourselves - but it MUST be these editions, as we'll be working from page numbers.

  An Inspector Calls (Heinemann Plays)    ISBN 978-0-435-23282-1   £9.99
  Poetry Anthology "Power and Conflict"    ISBN 978-1-4469-1418-0   £6.50
  Macbeth (Cambridge School Shakespeare, 4th edn)   ISBN 978-1-107-61548-3   £8.25

Order forms are in the English office (E12), or email shop@example-school.org.uk with your name, house and the ISBNs by Friday 28 November.

Mrs Adebayo
"""))

msg("clean", "leave_out_weekend_timings_house_numbers",
    "house letter on leave-out timings with extension numbers, the school number and the house duty phone",
    PEMBERTON, [JANE, ("Clare Harcourt", "clareharcourt@hotmail.co.uk"), ("Sunil Rao", "sunil.rao.london@outlook.com")],
    "Ashdown - leave-out weekend 21-23 November", "2025-11-10 20:30",
    alt_of("""\
Dear Ashdown Parents,

A reminder that the leave-out weekend runs from Saturday 22 November after sport until 7pm on Sunday 23 November (boys in the U14 rugby festival will be away from Friday 21st with Mr Ferrers).

Boys may go out with parents, guardians or, with written permission, to a friend's family. Please complete the leave request on the Boarding app by 6pm on Wednesday 19 November. Boys staying in over the weekend will have a trip to the cinema on Saturday evening and brunch on Sunday.

Over the weekend the house can be reached on 01632 960000, extension 214, or on the Ashdown duty phone, 07700 900051, which is a school phone held by the member of staff on duty.

Can I also ask that boys come back with their games kit washed, please? Matron would be very grateful.

With best wishes,

Hugo Pemberton
Housemaster, Ashdown House
Example School, Park Row, Leeds LS1 4AP
"""))

msg("clean", "away_fixture_other_school_reception",
    "sport office gives another school's address, postcode and reception number for spectators",
    SPORT, [JANE, SAM, ALI], "Saturday fixtures v Hartsmere College", "2025-10-15 12:00",
    alt_of("""\
Dear Parents,

This Saturday (18 October) all of our XVs play Hartsmere College. The 1st, 2nd and Colts A teams are at home; all other teams are away.

Spectators are very welcome at both venues. For those travelling to Hartsmere, the address for sat-nav is Hartsmere College, Long Lane, Hartsmere GU30 9ZZ. Please park in the visitors' car park by the Sports Centre, not on the main drive. Hartsmere's reception can be reached on 0118 496 0100 on the day if you need directions.

Teas will be served in our Pavilion after the home matches, and at Hartsmere in their Dining Hall.

Kick-offs:
- 1st XV (home) 14:30
- 2nd XV (home) 14:30
- Colts A (home) 13:15
- Colts B, C (away) 14:00
- U15A, B, C (away) 14:00
- U14A, B, C, D (away) 14:00

Results will be posted on the school website on Saturday evening.

Example School Sport
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", style="outlook"), style="mis")

msg("clean", "ccf_camp_venue_guardroom_number",
    "CCF camp joining instructions with the camp's postcode and guardroom number (third party)",
    STROUD, [ZAYD, MAX, FELIX_P, KAI, ALI], "CCF Easter Camp 2026 - joining instructions", "2025-12-05 15:00",
    mixed(alt_of("""\
Cadets (and parents copied),

Joining instructions for Easter Camp 2026 are attached. The headlines:

Dates: Sunday 29 March - Friday 3 April 2026
Location: Longridge Training Camp, Longridge, Wiltshire SP4 9ZZ
Transport: school coach departs the CCF HQ 0900 Sunday 29 March

Cadets must bring their own sleeping bag, roll mat and mess tins. Phones will be held by staff during exercises and returned each evening.

In an emergency during camp, parents should ring the Longridge guardroom (staffed 24 hours) on 0117 496 0910, or the school on 01632 960000, who will pass a message to the camp staff.

The cost of £165 covers transport, food and activities and will appear on the Lent Term bill.

Lt Col C. Stroud
Contingent Commander
Example School CCF
""", style="outlook"),
          attach("Easter Camp 2026 - Joining Instructions.pdf", "application/pdf", make_pdf([
              "Example School CCF - Easter Camp 2026",
              "Longridge Training Camp, Wiltshire SP4 9ZZ",
              "29 March - 3 April 2026",
              "Kit: issued uniform, boots, sleeping bag, roll mat, mess tins, head torch.",
              "Emergency contact: Longridge guardroom 0117 496 0910 / School 01632 960000",
              "Nominal roll and medical forms to be returned by 6 March 2026."]))))

msg("clean", "dsl_followup_official_lines_only",
    "DSL's follow-up to a carer gives her school extension, the school number and an on-call school phone",
    WHITCOMBE, [SAM], "Following up our conversation", "2025-11-20 17:45",
    alt_of("""\
Dear Sam,

Thank you for taking the time to come in today and for telling us what Tobi had shared with you. You did exactly the right thing.

As we discussed, I have spoken to Tobi this afternoon with Mr Brereton, and we have put in place the support we talked about. I will let you know once I have spoken to the other family, and I will update Tobi's parents by phone this evening, Lagos time.

If you need to reach me, my direct line at school is 01632 960000, extension 230, or you can email dsl@example-school.org.uk. Out of hours, the senior member of staff on call can be reached on 07700 900060, which is a school phone held by whoever is on call that night.

With best wishes,

Sarah Whitcombe
Deputy Head (Pastoral) and Designated Safeguarding Lead
Example School
"""))

msg("clean", "registrar_data_check_reads_back_parent_details",
    "registrar reads back the mother's own Hong Kong address, mobile and email for checking",
    ADMISSIONS, [JANE], "Please check: contact details we hold for Ollie", "2025-09-19 11:00",
    alt_of("""\
Dear Mrs Parent,

As part of our annual data check, please could you confirm that the details below are correct, or reply with any changes.

Pupil: Oliver (Ollie) Parent, Third Form, Ashdown House

Contact 1: Mrs Jane Parent (mother)
Address: Flat 21B, Tower 2, Example Gardens, 18 Example Road, Kowloon, Hong Kong
Mobile: 07700 900123
Email: jane.parent@gmail.com

Contact 2: Mr Mark Parent (father)
Address: as above
Email: markparent.hk@yahoo.co.uk

UK educational guardian: Example Guardians Ltd, 020 7946 0321

Doctor: registered with the school medical officer
Medical notes: asthma (inhaler held by Health Centre); nut allergy

Many thanks,

Priya Lal
Registrar
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""))

msg("clean", "reply_quotes_fathers_signature_and_address",
    "housemaster's reply quotes the father's own signature with his mobile and Dubai home address",
    LLOYD, [ALI], "RE: Zayd's rugby boots", "2025-10-03 19:18",
    alt_of("""\
Dear Ali,

No problem at all. Matron has taken Zayd into town this afternoon and he now has a pair of boots that fit, which will go on the bill. He tells me the old ones were "fine", but his toes say otherwise.

He's been picked for the Colts A against Hartsmere next week, so the timing is good.

Best wishes,
Gareth

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 03 October 2025 10:12
To: Gareth Lloyd <g.lloyd@example-school.org.uk>
Subject: Zayd's rugby boots

Dear Mr Lloyd,

Zayd tells me his boots are too small. Could someone take him to buy a new pair and put it on the school bill?

Many thanks,

Ali Guardian
Mobile: +44 7700 900789
Villa 14, Example Street 3, Jumeirah, Dubai
""", style="outlook"), in_reply_to=True)

msg("clean", "teaching_all_day_ring_reception",
    "maths teacher tells the carer he has no phone in lessons and to ring school reception",
    MENON, [SAM], "RE: Tobi - Further Maths", "2025-10-06 07:48",
    text("""\
Dear Sam,

Happy to talk. I'm teaching all day Tuesday and don't have a phone with me in lessons, so the easiest thing is to ring Reception on 01632 960000 and ask them to find a free slot in my diary - Wednesday afternoon looks clear at the moment.

Best wishes,
Ravi Menon
Head of Mathematics
"""), in_reply_to=True)

msg("clean", "mocks_wellbeing_independent_listener",
    "wellbeing note to pupils with the Independent Listener's mobile and a helpline (third parties)",
    NURSE, [TOBI, WILL, CASPER, FAISAL, SEB, RORY], "Looking after yourselves during mocks", "2025-11-24 08:05",
    alt_of("""\
Dear Upper Sixth,

Mocks can be a stressful time, especially with university offers and interviews in the mix. A few reminders about the support that's there for you:

- The Health Centre is open 24 hours. Just turn up, or ring extension 250.
- The Chaplain is in his study most evenings after Chapel, and you don't need to be religious to talk to him.
- Our Independent Listener, Mrs Hilary Grey, is not a member of staff. You can talk to her in confidence about anything at all. She is in school on Wednesday afternoons, or you can ring or text her on 07700 900472.
- Example Youth Line is free, confidential and open 24 hours: 0808 157 0456.

Sleep, eat breakfast, get outside. It really does make a difference.

Sister Ruth Ogilvie
Senior Nurse
"""))

msg("clean", "refuses_number_to_pupil_station",
    "assistant housemaster declines to give a pupil his number; gives the house duty phone and reception",
    OKOYE, [JACK], "Re: Phone number for Sunday", "2025-10-30 21:15",
    text("""\
Hi Jack,

Good thinking to plan ahead, but I'm afraid I can't give pupils my personal number. What you need is:

- the Ashdown duty phone: 07700 900051 (it's a school phone - whoever is on duty will have it)
- Reception: 01632 960000

Save them both in your phone now. If your train is late on Sunday, ring the duty phone and just tell us your new arrival time. Taxis from the station will be booked by the Travel Office as usual.

See you Sunday.

Mr Okoye
Assistant Housemaster, Ashdown
"""), in_reply_to=True)

msg("clean", "pupils_new_sim_number_to_father",
    "matron passes on a pupil's own new mobile number to his father at the pupil's request",
    ZOE, [ALI], "Zayd's new number", "2025-11-08 13:40",
    text("""\
Dear Mr Guardian,

Zayd asked me to let you know that his phone screen was cracked at rugby on Wednesday. It's being repaired under his insurance, and in the meantime he's using a spare handset with a new SIM. The number is 07700 900861 until the repair is done (probably about ten days).

He's absolutely fine, just a bit sheepish about it!

Kind regards,
Zoë Hartley-Brown
Matron, Fairfax House
""", cte="8bit"))

msg("clean", "christmas_flight_booking_chauffeur_firm",
    "travel office confirms flight numbers, times (HKT), booking reference and the chauffeur firm's number",
    TRAVEL, [JANE], "Ollie - Christmas flight and Heathrow transfer confirmed", "2025-11-27 10:05",
    alt_of("""\
Dear Mrs Parent,

I'm pleased to confirm Ollie's travel arrangements for the end of term:

Friday 12 December
13.30  Collected from Ashdown by Skyline Chauffeurs
16.00  Arrive Heathrow Terminal 3; met by the airline's Unaccompanied Minor team
21.40  Flight CX 238 departs London Heathrow

Saturday 13 December
17.35  Arrives Hong Kong (local time, HKT)

Airline booking reference: 7QKX2L
Skyline Chauffeurs job number: SK-20251212-0448

If the flight is delayed on the day, the chauffeur company's office can be reached on 020 7946 0582, and they will keep us updated too. The school's Travel Office is on 01632 960000 (option 2) until 6pm.

With best wishes,

Lorna Fitch
Travel & Exeats Coordinator
Example School
""", style="outlook"), style="mis")

msg("clean", "official_school_sport_instagram",
    "sport office invites parents to follow the school's official sport accounts [unsure]",
    SPORT, [JANE, SAM, ALI], "Results, photos and live scores", "2025-09-10 12:30",
    alt_of("""\
Dear Parents,

Welcome back to a new season! This term we'll once again be sharing results and photographs from fixtures on the school's official sport accounts:

Instagram: @ExampleSchoolSport
X: @ExampleSchSport

These are run by the Sport Office and the Marketing team. In line with school policy, we never tag boys or use full names, and if you would rather your son did not appear at all, please tell us and we'll make sure he doesn't.

Live scores from 1st XV matches are on the school website on Saturday afternoons.

With best wishes,
Example School Sport
01632 960000
"""), style="mis")

msg("clean", "pupil_esafety_staff_will_never_add_you",
    "DSL reminder to pupils that staff will never ask them to add them on Snapchat, Instagram, WhatsApp",
    DSL, [("All Boarders", f"boarders@{PUPILDOM}")], "A reminder about staff and social media", "2025-09-15 18:30",
    text("""\
Dear all,

At the start of every year I remind everyone of one simple rule: no member of staff should ever ask you to add them, follow them or message them on Snapchat, Instagram, TikTok, WhatsApp, Discord or any other app, or give you a personal phone number or email address. Staff contact you through school email, Teams and the house duty phones. That's it.

This includes gap-year assistants, coaches and visiting music teachers.

If anyone ever does ask, or you get a message that makes you uncomfortable, tell your Housemaster, Matron, the Health Centre or me. You won't be in trouble.

Mrs Whitcombe
Deputy Head (Pastoral)
"""))

msg("clean", "nhs_number_and_school_gp_registration",
    "health centre gives a pupil's NHS number and the school GP practice number to the carer",
    NURSE, [SAM], "Tobi - GP registration", "2025-09-09 15:20",
    text("""\
Dear Sam,

Tobi's registration with the school doctors is now complete. For your records:

Practice: Example Medical Practice (school medical officer: Dr Fenwick)
Practice telephone: 0118 496 0455
NHS number: 999 481 2260

He is up to date with his MenACWY and booster, so there's nothing further needed this year. Please do let us know if his parents arrange any treatment for him in Lagos over the holidays, so we can keep his notes up to date.

Kind regards,
Sister Ruth Ogilvie
Health Centre
"""))

msg("clean", "ucas_personal_id_and_test_candidate_no",
    "head of sixth form tells a pupil his UCAS Personal ID (123-456-7890 style) and test numbers",
    TAVENER, [TOBI], "Your UCAS ID and admissions test details", "2025-10-08 08:20",
    text("""\
Tobi,

For the admissions test on the 22nd you'll need the following:

UCAS Personal ID: 153-482-9076
Test centre number: 61234
Candidate number: 0417

The test is at 09:00 in the Exams Office (Room S3). Bring photo ID - your passport is fine - and two black pens.

Good luck. You're well prepared.

Mr Tavener
"""))

msg("clean", "third_form_whatsapp_group_concern",
    "housemaster tells parents about an unkind WhatsApp group among boys; names the app, no invitation",
    PEMBERTON, [JANE, ("Clare Harcourt", "clareharcourt@hotmail.co.uk"), ("Femi Okoro", "femi.okoro.family@gmail.com")],
    "Third Form - a group chat", "2025-10-16 21:55",
    alt_of("""\
Dear Third Form Parents,

I'm writing to all Ashdown Third Form parents because we have become aware of a WhatsApp group, set up by boys in the year group, in which some unkind messages and photos have been shared. None of your sons is in trouble, and I'm not writing because of anything in particular that your son has said or done.

I would be grateful if you could find a moment over the weekend to talk to your son about it: what he is in, how it feels, and whether he's seen anything that upset him. Boys can leave any group and can always speak to me, Matron, their tutor or Mrs Whitcombe.

Our Deputy Head (Pastoral) is aware and we will be speaking to the year group on Monday.

With best wishes,
Hugo Pemberton
Housemaster, Ashdown House
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""))


# =========================================================================== EVERYDAY (30 clean)

msg("clean", "matron_name_tapes_laundry",
    "everyday: matron's laundry and name-tape reminder to new parents",
    MARCHBANK, [JANE, ("Sunil Rao", "sunil.rao.london@outlook.com")], "Laundry and name tapes", "2025-09-11 10:05",
    alt_of("""\
Dear Parents,

Now that the new boys have had a week to settle in, a quick note about laundry.

Laundry baskets go out on Monday, Wednesday and Friday mornings and come back the following day. Anything without a name tape ends up in the lost property cupboard, and it's very hard to reunite a plain navy jumper with its owner! Could you please check that everything, including socks, games kit and pyjamas, is named?

Name tapes can be ordered through the school shop if you've run out, and I'm happy to sew them in for a small charge on the bill.

Many thanks,
Fiona Marchbank
Matron, Ashdown House
"""))

msg("clean", "ashdown_house_letter_week_three",
    "everyday: housemaster's long weekly house letter to parents",
    PEMBERTON, [JANE, ("Sunil Rao", "sunil.rao.london@outlook.com"), ("Clare Harcourt", "clareharcourt@hotmail.co.uk")],
    "Ashdown Weekly - 26 September", "2025-09-26 18:40",
    alt_of("""\
Dear Ashdown Parents,

Three weeks in, and the house is humming. A few highlights from the week:

House singing. Rehearsals have begun for the House Singing competition on 9 October, and this year we're attempting "Bring Him Home" in four parts. Mr Rhys-Jones tells me that the Third Form tenors are "keen, if not yet always together". We'll get there.

Rugby. A strong week on the field: the U14As beat Hartsmere 24-12, with tries from Alex Okoro and Lewis Fairbairn, and the U15Bs won a very muddy match 10-7 in the last minute. Thank you to all the parents who came to watch on Saturday.

Chapel. Ollie Parent and Jack Whitby read the lessons at Sunday's Eucharist. Both were clear, unhurried and excellent.

Study. Prep in the Third Form runs from 7.00 to 8.30pm, and tutors are checking planners each Monday. If your son tells you he "has no prep", it's worth gently checking.

Exeat. The October exeat runs from Friday 3 October at 4pm to Sunday 5 October at 7pm. Please complete leave requests on the Boarding app by Wednesday evening.

Finally, thank you for the many kind messages of welcome. It is a pleasure to be looking after your sons.

With best wishes,

Hugo Pemberton
Housemaster, Ashdown House
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", style="outlook"), style="mis")

msg("clean", "chemistry_prep_titration_writeup",
    "everyday: chemistry teacher sets prep and practical write-up for the Upper Sixth set",
    NWOSU, [TOBI, WILL, CASPER], "Prep for Thursday + titration write-up", "2025-09-22 13:20",
    text("""\
Hi all,

Two things for Thursday:

1. Prep: questions 1-8 on p. 214 (entropy and Gibbs free energy). Show every step of the working in the calculations, please, because that's where the marks are.

2. Titration write-up: full write-up of last Monday's practical in your lab book, including the uncertainty calculation. This counts towards your practical endorsement (CPAC 2 and 4).

If you were away for the practical, come and see me on Wednesday lunchtime and we'll sort out a catch-up.

Dr Nwosu
"""))

msg("clean", "colts_a_selection",
    "everyday: rugby master emails the Colts A team selection to pupils",
    FERRERS, [ZAYD, MAX, KAI, FELIX_P], "Colts A v Hartsmere - team", "2025-10-15 16:35",
    text("""\
Gents,

Colts A for Saturday:

15 Kai  14 Felix  13 Zayd  12 Harry B  11 Dom
10 Max  9 Oscar
1 Jonah  2 Idris  3 Tom W  4 Sebastian  5 Charlie
6 Arthur  7 Ben  8 Tunde
Reps: Fraser, Will P, Edward, Ayo

Warm-up on the 1st XV pitch at 12.30, match 13.15. Boots cleaned, socks up. Team meeting in the changing room on Friday at 1.40.

Mr Ferrers
"""))

msg("clean", "ccf_remembrance_parade_orders",
    "everyday: CCF contingent commander's Remembrance parade orders to cadets",
    STROUD, [ZAYD, MAX, KAI, FELIX_P, SEB, RORY], "Remembrance Sunday parade - 9 November", "2025-11-03 12:15",
    text("""\
Cadets,

The contingent will parade for the Act of Remembrance on Sunday 9 November.

Dress: No. 2 dress (Army), No. 4 (RAF) - pressed trousers, polished shoes, berets with cap badges. Medals and badges as per the board in the CCF HQ.

Timings:
0930  Form up, CCF HQ (inspection)
1015  March to the War Memorial
1050  Parade in position
1100  Two minutes' silence
1130  March off to Chapel for the service

Drill practice on Thursday in the usual CCF slot. Anyone unable to parade must give their reason in writing to their section commander by Wednesday.

Lt Col C. Stroud
Contingent Commander
"""))

msg("clean", "confirmation_classes_letter",
    "everyday: chaplain's letter to parents about confirmation classes, RFC 2047 subject",
    CHAPLAIN, [JANE, ALI], "Confirmation 2026 – preparation classes", "2025-09-29 11:30",
    alt_of("""\
Dear Parents,

Each year a number of boys choose to be confirmed, and this year the Bishop will come to confirm them in Chapel on Sunday 10 May 2026.

Preparation classes will be held on Tuesday evenings after prep, starting on 4 November, in the Chaplain's study. They are relaxed and informal: there is usually cake, and there are no silly questions. Boys from other denominations, or none, are welcome to come along and find out more without any commitment.

If your son would like to be confirmed, he should speak to me or his Housemaster before half term. I will need a copy of his baptism certificate by Christmas.

With every good wish,

The Revd Jonathan Ashby
Chaplain
"""), subj_enc="q")

msg("clean", "fifth_form_mock_timetable_pdf",
    "everyday: exams office sends the mock timetable as a PDF attachment",
    EXAMS, [ZAYD, MAX, KAI, FELIX_P], "Fifth Form mock timetable", "2025-11-05 09:30",
    mixed(text("""\
Dear Fifth Form,

Please find your mock timetable attached. It is also on Teams and on the noticeboard outside the Exams Office.

Check it carefully against your options and let me know by Friday if anything is missing or clashes.

Mrs Nowak
Exams Office
"""), attach("5th Form Mocks Nov 2025.pdf", "application/pdf", make_pdf([
        "Example School - Fifth Form Mock Examinations, November 2025",
        "Mon 24 Nov  08:45 English Language P1 (1h45)   13:45 Biology P1 (1h45)",
        "Tue 25 Nov  08:45 Mathematics P1 (1h30)        13:45 History P1 (2h)",
        "Wed 26 Nov  08:45 Chemistry P1 (1h45)          13:45 German Listening/Reading",
        "Thu 27 Nov  08:45 Mathematics P2 (1h30)        13:45 Geography P1 (1h30)",
        "Fri 28 Nov  08:45 English Literature P1 (1h45) 13:45 Physics P1 (1h45)"]))))

msg("clean", "instrumental_lesson_moved",
    "everyday: short note moving a pupil's music lesson",
    MUSIC, [KAI], "Cello lesson moved", "2025-10-20 08:02",
    text("""\
Kai - Mr Birch is at a concert on Tuesday so your cello lesson moves to Wednesday period 5 this week, in M3. Bring the Elgar.

OR-J
"""), style="apple")

msg("clean", "open_morning_staff_rota",
    "everyday: registrar's staff-only open morning arrangements",
    ADMISSIONS, [COMMONROOM], "Open Morning - Saturday 4 October", "2025-09-30 16:10",
    alt_of("""\
Dear Colleagues,

Thank you to everyone who has volunteered for Open Morning on Saturday 4 October. We are expecting around 140 families, which is our highest number for several years.

Arrangements:
- Registration from 9.00 in the Great Hall; Head Master's talk at 9.30.
- Tours leave from the Great Hall from 10.00, led by Sixth Form guides. Departments should be open and staffed 10.00-12.30.
- Boarding houses: Ashdown and Fairfax open from 10.30. Housemasters, please have a few boys available to show families a dormitory.
- Lunch for staff and guides in the Dining Hall from 12.45.

Please wear your lanyards and direct any admissions questions to me or to Mrs Osborne. The full rota is on the staff SharePoint.

Many thanks,
Priya

Priya Lal
Registrar
"""))

msg("clean", "extras_bill_on_portal",
    "everyday: bursar's note that the extras bill is available",
    BURSAR, [JANE, SAM, ALI], "Michaelmas extras - now on the Parent Portal", "2025-10-23 14:00",
    alt_of("""\
Dear Parents and Guardians,

The extras for the first half of the Michaelmas Term (music lessons, trips, shop purchases and so on) are now on the Parent Portal under Accounts. They will be added to the Lent Term invoice, which will be issued at the beginning of December.

If you have any queries about an item, please contact the Fees Office at fees@example-school.org.uk.

Yours sincerely,

Marcus Bellamy
Bursar
Example School
""", style="outlook"), style="mis")

msg("clean", "common_room_meeting_notes",
    "everyday: staff-only minutes of the Common Room meeting",
    COLLEY, [COMMONROOM], "Notes from Monday's Common Room meeting", "2025-10-14 12:30",
    text("""\
Dear all,

Notes from Monday's meeting, for those who couldn't make it:

1. Half-term reports. Grade cards to be completed on iSAMS by Friday 17 October, 5pm. Tutors' comments by Monday 20th.
2. Chapel seating. From next week, Fairfax and Wolsey swap sides. Tutors please remind boys.
3. Saturday school. Period 4 on Saturdays will finish 5 minutes early from 18 October to allow time for teams to change before away fixtures.
4. INSET (3 November). The safeguarding update will be led by Mrs Whitcombe at 9am in the Lecture Theatre. Attendance is compulsory for all staff, including part-time colleagues.
5. AOB. The staff car park will be resurfaced over half term; please don't leave cars there.

Next meeting: Monday 10 November, 1.45pm.

Anne Colley
PA to the Head Master
"""))

msg("clean", "pastoral_reply_low_mood_before_interview",
    "everyday: housemaster replies to the carer about a pupil's low mood, quoted thread",
    BRERETON, [SAM], "RE: Tobi", "2025-11-26 20:35",
    alt_of("""\
Dear Sam,

Thank you for letting me know. You're right that Tobi has been quieter this week. I think the Oxford interview is weighing on him more than he lets on, and the mocks haven't helped.

I've had a chat with him this evening. He was open about it, and he's agreed to see Mrs Grey, the Independent Listener, on Wednesday, which I think is a good step. We've also moved one of his house duties so that he has a lighter week.

I'll speak to his parents on Friday as planned and will keep you in the loop.

Best wishes,
Nick

Nick Brereton
Housemaster, Wolsey House
Example School | 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 26 November 2025 14:10
To: Nick Brereton <n.brereton@example-school.org.uk>
Subject: Tobi

Dear Mr Brereton,

I spoke to Tobi on Sunday and he seemed very low, not really himself. He didn't want to say much. I didn't want to worry his mum and dad unnecessarily but thought you should know.

Sam
""", style="outlook"), in_reply_to=True)

msg("clean", "half_term_grade_cards",
    "everyday: academic office tells parents the grade cards are on the portal",
    OFFICE, [JANE, SAM, ALI], "Half-term grade cards", "2025-10-23 16:30",
    text("""\
Dear Parents and Guardians,

Half-term grade cards for all year groups are now available on the Parent Portal under Reports. Grade cards give effort and attainment grades for each subject; full written reports follow at the end of term.

If you have questions about your son's grades, his tutor is the first point of contact.

Academic Office
Example School
"""), style="mis")

msg("clean", "cricket_winter_strength_conditioning",
    "everyday: cricket professional invites 1st XI hopefuls to winter S&C sessions",
    PROCTOR, [ZAYD, RORY, SEB, WILL], "Winter S&C for 1st XI squad", "2025-11-10 11:45",
    text("""\
Morning lads,

Winter strength and conditioning for the 1st XI squad starts next Monday: Mondays and Thursdays 7.00-7.45am in the Fitness Suite with Miss Carter. It's voluntary, but I'll be noticing who turns up.

Bowlers, we'll be doing some work on your run-ups in the Sports Hall from January as well.

Ian Proctor
Cricket Professional
"""))

msg("clean", "library_overdue_reminder",
    "everyday: two-line library overdue reminder to a pupil",
    LIBRARY, [JACK], "Overdue: The Boy at the Back of the Class", "2025-11-04 10:20",
    text("""\
Hi Jack, the book above was due back last Tuesday - could you drop it in at the desk this week? Thanks!

Mrs Delamere, Library
"""))

msg("clean", "third_form_river_fieldwork_consent",
    "everyday: geography department asks parents for fieldwork consent",
    GRANT, [JANE, ("Clare Harcourt", "clareharcourt@hotmail.co.uk")], "Third Form river fieldwork - Thursday 20 November", "2025-11-06 17:15",
    alt_of("""\
Dear Parents,

As part of their Rivers topic, the Third Form will be carrying out fieldwork on the River Wye at Little Ashby on Thursday 20 November, during lessons 3-6. The boys will measure channel width, depth and velocity at several sites, and will be back for tea.

Boys will need wellies, a waterproof coat and warm layers. We'll provide waders for the few boys who go into the water, which is never more than knee-deep at the sites we use.

Please give consent on the Parent Portal by Friday 14 November. There is no charge.

With best wishes,
Felix Grant
Head of Geography
"""))

_head_html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Georgia,serif;font-size:12pt;color:#222} h2{color:#0b2a4a;font-size:15pt}</style></head>
<body>
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td>
<p style="text-align:center;font-size:10pt;color:#0b2a4a;letter-spacing:2px">EXAMPLE SCHOOL</p>
<h2>From the Head Master &ndash; end of Michaelmas Term</h2>
<p>Dear Parents and Guardians,</p>
<p>As the boys head home for Christmas &ndash; to Hong Kong, Lagos, Dubai, Hamburg and a good many places nearer home &ndash; I wanted to thank you for your support this term.</p>
<p>It has been a term to be proud of. The 1st XV reached the quarter-finals of the national cup for the first time in a decade; the Chamber Choir sang Evensong in St Giles&rsquo;, Edinburgh; and over three hundred boys took part in the House Singing, which was won, narrowly and noisily, by Ashdown.</p>
<p>Our Upper Sixth have submitted their university applications, and several are now awaiting interviews. I know how anxious this time can be, and I am grateful to Mr Tavener and the tutors for their care.</p>
<p>I must also thank the Common Room, the matrons and the house staff, the grounds team and the kitchens, without whom none of this would happen.</p>
<p>Term begins on Tuesday 6 January 2026, with boarders returning from 4pm on Monday 5 January. Travel arrangements are on the Parent Portal.</p>
<p>With my warmest wishes to you and your families for Christmas and the New Year,</p>
<p>Piers Latymer<br>Head Master</p>
<hr>
<p style="font-size:9pt;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table>
</body></html>
"""
msg("clean", "head_master_end_of_term_letter_html_only",
    "everyday: Head Master's end-of-term letter, HTML only, base64",
    HEAD, [JANE, SAM, ALI], "A letter from the Head Master – end of Michaelmas Term", "2025-12-11 17:00",
    htmlpart(_head_html, "base64"), style="mis", subj_enc="b")

msg("clean", "it_password_reset_pupil",
    "everyday: IT services tells a pupil his password has been reset",
    ITS, [OLLIE], "Your password has been reset", "2025-09-08 14:12",
    text("""\
Hi Ollie,

As requested at the IT desk, your school password has been reset. Your temporary password has been given to your Housemaster. You'll be asked to change it the first time you log in, and to set up the Authenticator app again.

IT Services
"""))

msg("clean", "exeat_leave_request_reminder",
    "everyday: attendance office reminder to submit exeat leave requests",
    ATTEND, [JANE, SAM, ALI], "Reminder: October exeat leave requests", "2025-09-29 08:30",
    text("""\
Dear Parents and Guardians,

This is a reminder that leave requests for the October exeat (Friday 3 October, 4pm - Sunday 5 October, 7pm) must be submitted on the Boarding app by 6pm on Wednesday 1 October.

Boys who are not being collected by a parent or registered guardian must have written permission from a parent for their host, uploaded with the request. Boys remaining in school will be looked after in Fairfax over the weekend.

Thank you,
Attendance Office
Example School
"""), style="mis")

msg("clean", "tutor_nudge_personal_statement",
    "everyday: tutor nudges an Upper Sixth pupil about his personal statement",
    KESSLER, [SEB], "Personal statement - Friday", "2025-09-24 12:05",
    text("""\
Seb,

Friendly reminder that I need your next draft by Friday. The UCAS deadline for everything except Oxbridge and medicine is later in the year, but the school deadline is 24 October so that your reference can be written in time.

Don't worry about the word count yet - just get the ideas down.

Mr K
"""))

msg("clean", "gated_weekend_sanction_letter",
    "everyday: housemaster informs a father his son is gated for the weekend",
    LLOYD, [ALI], "Zayd - gating this weekend", "2025-11-13 19:05",
    alt_of("""\
Dear Ali,

I'm sorry to have to write to let you know that Zayd will be gated this weekend (confined to house, other than lessons, games and Chapel).

On Tuesday evening Zayd and two other boys were found in town after the 6pm curfew, without having signed out. They were perfectly safe and were very apologetic, but the rule is there for good reason, and the boys knew it.

Zayd has taken it well. He understands why, and we've talked about it sensibly. There's nothing further you need to do, but I wanted you to hear it from me rather than from him.

With best wishes,
Gareth

Gareth Lloyd
Housemaster, Fairfax House
"""))

msg("clean", "macbeth_essay_feedback",
    "everyday: English teacher's feedback on a pupil's essay",
    ADEBAYO, [MAX], "Macbeth essay - feedback", "2025-10-01 16:55",
    alt_of("""\
Max,

Really thoughtful essay. Your argument that Lady Macbeth's "unsex me here" speech shows her fear of her own softness rather than her strength is original, and you backed it up well with the sleepwalking scene.

Two things to work on:
- Your paragraphs sometimes start with a quotation. Start with your point, then bring the evidence in.
- Context: you mention James I and the Gunpowder Plot, but don't yet link them to your argument. Why does it matter here?

Grade 7. Let's aim for an 8 next time.

Mrs Adebayo
"""))

msg("clean", "house_singing_rehearsal_slots_forward",
    "everyday: forwarded staff-only note of house singing rehearsal slots",
    MUSIC, [PEMBERTON, LLOYD, BRERETON], "FW: House Singing - rehearsal slots in the Concert Hall", "2025-09-25 09:10",
    alt_of("""\
Housemasters - see below from Caroline. Could your house captains pick a slot by Monday, please?

Owen

From: Caroline Birch <c.birch@example-school.org.uk>
Sent: 24 September 2025 17:30
To: Owen Rhys-Jones <o.rhys-jones@example-school.org.uk>
Subject: House Singing - rehearsal slots in the Concert Hall

Hi Owen,

The Concert Hall is free for house rehearsals at the following times in the week before the competition:

Mon 6 Oct  6.15-6.45pm / 6.45-7.15pm
Tue 7 Oct  1.30-2.00pm / 6.15-6.45pm
Wed 8 Oct  6.15-6.45pm

The piano will be tuned on the 6th, so the afternoon slot on the 7th is probably the best one to have.

C
"""))

msg("clean", "catering_allergy_confirmation",
    "everyday: catering manager checks a pupil's sesame allergy with the carer",
    CATERING, [SAM], "Tobi - sesame allergy", "2025-09-04 11:50",
    text("""\
Dear Sam,

I'm just confirming the dietary information we hold for Tobi before the boys return: sesame allergy (not anaphylactic), no other restrictions.

His photo and allergy card will be on the board at the servery, and the team will point out anything containing sesame at each meal. Could you let me know if anything has changed over the summer?

Kind regards,
Martin Okafor
Catering Manager
Example School
"""))

msg("clean", "saturday_duty_swap",
    "everyday: staff-only request to swap a boarding duty",
    KESSLER, [FINCH], "Swap Saturday duty?", "2025-10-08 13:10",
    text("""\
Alastair - any chance you could take my Saturday night duty on the 18th? I'll do your Wednesday on the 22nd in return. My sister's getting married and I'd rather not have to leave the reception at 9!

Dan
"""))

msg("clean", "flu_vaccination_consent",
    "everyday: health centre about the nasal flu vaccine and online consent",
    NURSE, [JANE, ALI], "Flu vaccinations - Thursday 16 October", "2025-10-01 09:40",
    alt_of("""\
Dear Parents,

The local school immunisation team will be in school on Thursday 16 October to give the nasal flu vaccine to boys in the Third, Fourth and Fifth Forms.

Please complete the online consent form using the link sent to you by the immunisation team by Friday 10 October, whether or not you would like your son to be vaccinated. If you have not received it, please let us know and we will ask them to resend it.

Boys who miss the session will be offered a catch-up at the local clinic later in the term.

Kind regards,

Health Centre
Example School
""", tcte="base64", hcte="base64"), style="mis")

msg("clean", "fixtures_cancelled_waterlogged",
    "everyday: short notice that Saturday's home fixtures are cancelled",
    SPORT, [JANE, SAM, ALI], "All home fixtures cancelled today", "2025-11-15 08:15",
    text("""\
Dear Parents,

Following overnight rain, the pitches are waterlogged and all home fixtures against Hartsmere this afternoon are cancelled. Away fixtures are going ahead as planned.

Sport Office
"""), style="mis")

msg("clean", "remembrance_chapel_staff_arrangements",
    "everyday: chaplain's staff-only arrangements for Remembrance Sunday",
    CHAPLAIN, [COMMONROOM], "Remembrance Sunday - arrangements for staff", "2025-11-05 12:40",
    text("""\
Dear Colleagues,

A few notes for Remembrance Sunday (9 November):

- The CCF will form up at 09.30 and march to the War Memorial at 10.15. All other boys should be in place by 10.45, in house groups, in the order on the plan in the Common Room.
- Tutors are asked to stand with their tutor groups.
- The names of the 142 Old Boys who died in the two World Wars will be read by the Heads of House. Please make sure your Head of House has practised!
- The service in Chapel follows at 11.30. Coffee for staff and guests in the Head Master's House afterwards.

Thank you, as always.

Jonathan
"""))

msg("clean", "oxbridge_mock_interview_schedule",
    "everyday: head of sixth form sends mock interview times to applicants",
    TAVENER, [TOBI, WILL, FAISAL], "Mock interviews - next week", "2025-11-21 13:00",
    alt_of("""\
Gentlemen,

Your mock interviews are next week, with interviewers from outside the school (two former Oxford tutors and a Cambridge admissions officer):

Tobi   Tuesday 2 Dec, 4.15pm - Chemistry - Seminar Room 2
William   Tuesday 2 Dec, 5.00pm - Economics - Seminar Room 2
Faisal   Wednesday 3 Dec, 4.15pm - History - Head of Sixth Form's study

Dress as you would for the real thing. Bring your personal statement and any written work you've submitted. Afterwards you'll get written feedback.

Mr Tavener
"""))

msg("clean", "uniform_shop_blazer_reply",
    "everyday: school office replies to the carer about a blazer order, Gmail-style quote",
    OFFICE, [SAM], "Re: Blazer for Tobi", "2025-09-17 15:30",
    text("""\
Dear Sam,

Thank you for your email. The 42" blazer is back in stock and we've put one aside for Tobi. He can collect it from the shop between 1.15 and 2pm any weekday, and it will be added to the bill.

Kind regards,
School Office
Example School

On Tue, 16 Sept 2025 at 19:44, Sam Carer <sam.carer@outlook.com> wrote:
> Hello,
>
> Tobi has grown out of his blazer again. Could you let me know if the
> shop has a 42" in stock?
>
> Thanks,
> Sam
"""), style="gmail", in_reply_to=True)


# =========================================================================== output

README = """\
# Round 34 hold-out: personal-address-to-parent (BLIND)

**Blind held-out test corpus. Never use it for tuning rules, thresholds or code.** It was
written without reading mailguard's code, rules, tests, README or docs, and without running
mailguard, so that it measures the filter honestly. If the filter gets one of these wrong, fix
the general behaviour, not this case, and do not copy these messages into the tuning corpus.

## What it is

{total} outgoing staff e-mails from a fictional boys' independent boarding school (13-18) in the
Home Counties: boarding houses with housemasters and matrons, chapel, rugby and cricket, the
CCF, exeats and leave-out weekends, and international boarders whose parents live in Hong Kong,
Lagos, Dubai and Germany, with UK guardians. School identity as in `config.example.yaml`
(staff domain example-school.org.uk, pupils at pupils.example-school.org.uk, school number
01632 960000, postcode LS1 4AP). The known parents are the three in `directory/parents.csv`.

The policy under test (staff e-communications policy): staff must never use their own personal
phone or personal e-mail to communicate with pupils or parents, must not give pupils or parents
their personal phone number, home address or personal e-mail, and must not add pupils or parents
as friends on social media.

`labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is `flag` or `clean`,
`sender` is the envelope sender (the staff From address), `recipients` are the To and Cc
addresses separated by single spaces. Judgement calls are marked `[unsure]` in the note.

## Counts

| kind | count |
|---|---|
| flag | {flag} |
| clean: everyday school mail | {everyday} |
| clean: hard negatives | {hard} |
| **total** | **{total}** |

## Kinds of case

Flags (staff mail to at least one parent or pupil that gives out the sender's own contact
details or invites them to a private channel):
- personal mobile in the body, in many formats (spaces, hyphens, dots, +44 (0), 0044, split
  over a hard line break), home landline, in a signature marked "personal", with `&nbsp;` in
  HTML, in a `tel:` link in an HTML-only message;
- personal e-mail (gmail, hotmail, iCloud, a family domain) in the body, in Reply-To or in Cc;
- home address for a parcel;
- a vCard attachment with personal mobile and home e-mail; a calendar invite (.ics) whose
  location/description give the organiser's own mobile for WhatsApp;
- invitations to private channels: Snapchat, Instagram, Discord, a Facebook group (friend
  request), WhatsApp from the teacher's own number;
- encodings: quoted-printable, base64 (text and HTML), 8bit UTF-8, RFC 2047 subjects and names.

Hard negatives (clean): school-owned phones (tour phone, house duty phones, on-call phone)
stated as such; the school's own number and postcode; parents' own details read back or quoted
(data check, quoted signature, "I'll ring you on ..."); the other parent's personal webmail in
Cc at the mother's request; third parties' details given for a reason (coach firm, guardianship
agency and host, physio clinic, host family, another school, CCF camp guardroom, chauffeur
firm, Independent Listener, helpline, school GP); numbers that are not phones (candidate and
centre numbers, bank sort code/IBAN, Teams meeting IDs, ISBNs, prices, flight numbers, booking
references, NHS number, UCAS Personal ID, dates and times); staff-only mail with personal details
(HR record, Common Room drinks at a colleague's home); e-safety advice naming apps; staff
declining to give a personal number; the school's official social media accounts.

Everyday clean mail: house letters, matron's notes, team sheets, CCF orders, chapel notices,
prep and feedback, exam timetables (PDF), staff notes and duty swaps, fees and reports notices,
pastoral replies, fieldwork consent, the Head Master's end-of-term letter.

## How it was made and how to regenerate

Written by hand as a Python 3.11 standard-library script (`../make_round34_personal.py`),
which builds the raw MIME text itself with fixed dates, Message-IDs and boundaries, so it is
deterministic (running it twice gives byte-identical files). Regenerate with:

    python3 tests/holdout/round34/make_round34_personal.py

All names, addresses and mailboxes are invented. Phone numbers are Ofcom drama-range numbers;
third-party organisations use example.com / example.org / example.net.
"""


def main():
    os.makedirs(OUTDIR, exist_ok=True)
    for f in os.listdir(OUTDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTDIR, f))
    slugs = [m["slug"] for m in MSGS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    ordered = sorted(MSGS, key=lambda m: H("order-r34", m["slug"]))
    rows = []
    for i, m in enumerate(ordered, 1):
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUTDIR, name), "wb") as fh:
            fh.write(build(m))
        recips = " ".join(a if isinstance(a, str) else a[1] for a in m["to"] + m["cc"])
        rows.append([name, m["label"], m["frm"][1], recips, m["note"]])
    with open(os.path.join(OUTDIR, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for m in MSGS if m["label"] == "flag")
    nevery = sum(1 for m in MSGS if m["label"] == "clean" and m["note"].startswith("everyday"))
    nhard = len(MSGS) - nflag - nevery
    with open(os.path.join(OUTDIR, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), flag=nflag, everyday=nevery, hard=nhard))
    print(f"wrote {len(MSGS)} messages ({nflag} flag, {nevery} everyday clean, {nhard} hard-negative clean) to {OUTDIR}")


if __name__ == "__main__":
    main()
