#!/usr/bin/env python3
"""Generate the round-44 BLIND hold-out corpus for the obscene-language module.

Setting: Example School as a performing-arts specialist school (ages 11-18).
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into ./obscene-language/.
Python 3.11 standard library only. Deterministic: fixed dates, Message-IDs and MIME
boundaries, so two runs give byte-identical files.

    python3 tests/holdout/round44/make_round44_obscene.py
"""
import base64
import csv
import hashlib
import html
import io
import os
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------
S = {  # staff: key -> (display name, address)
    "hughes": ("Rhiannon Hughes", "r.hughes@" + SCHOOL),
    "bankole": ("Ayo Bankole", "a.bankole@" + SCHOOL),
    "castellano": ("Ben Castellano", "b.castellano@" + SCHOOL),
    "okafor": ("Marcus Okafor", "m.okafor@" + SCHOOL),
    "mcleish": ("Iain McLeish", "i.mcleish@" + SCHOOL),
    "crane": ("Oliver Crane", "o.crane@" + SCHOOL),
    "chandran": ("Priya Chandran", "p.chandran@" + SCHOOL),
    "brennan": ("Chloe Brennan", "c.brennan@" + SCHOOL),
    "obi": ("Kemi Obi", "k.obi@" + SCHOOL),
    "moriarty": ("Declan Moriarty", "d.moriarty@" + SCHOOL),
    "quigley": ("Martha Quigley", "m.quigley@" + SCHOOL),
    "ashworth": ("Fiona Ashworth", "f.ashworth@" + SCHOOL),
    "dsl": ("Designated Safeguarding Lead", "dsl@" + SCHOOL),
    "head": ("Ruth Ellery", "headteacher@" + SCHOOL),
    "licensing": ("Beatrice Lamb", "licensing@" + SCHOOL),
    "lamb": ("Beatrice Lamb", "b.lamb@" + SCHOOL),
    "fairbairn": ("Jamie Fairbairn", "j.fairbairn@" + SCHOOL),
    "pryce": ("Gareth Pryce", "g.pryce@" + SCHOOL),
    "whitfield": ("Tom Whitfield", "t.whitfield@" + SCHOOL),
    "pike": ("Eleanor Pike", "e.pike@" + SCHOOL),
    "pennington": ("Ed Pennington", "e.pennington@" + SCHOOL),
    "asante": ("Kwame Asante", "k.asante@" + SCHOOL),
    "haddad": ("Yasmin Haddad", "y.haddad@" + SCHOOL),
    "rao": ("Sunil Rao", "s.rao@" + SCHOOL),
    "dubois": ("Sophie Dubois", "s.dubois@" + SCHOOL),
    "jenkins": ("Siân Jenkins", "s.jenkins@" + SCHOOL),
    "kowalski": ("Nadia Kowalski", "n.kowalski@" + SCHOOL),
    "office": ("Example School Office", "office@" + SCHOOL),
    "marsh": ("Helen Marsh", "h.marsh@" + SCHOOL),
    "attendance": ("Lucy Tremlett", "attendance@" + SCHOOL),
    "nwosu": ("Grace Nwosu", "g.nwosu@" + SCHOOL),
    "exams": ("Patrick Doyle", "exams@" + SCHOOL),
    "itsupport": ("IT Support", "itsupport@" + SCHOOL),
    "site": ("Craig Bamforth", "site@" + SCHOOL),
    "allstaff": ("All Staff", "allstaff@" + SCHOOL),
    "teaching": ("Teaching Staff", "teachingstaff@" + SCHOOL),
    "hoy": ("Heads of Year", "hoy@" + SCHOOL),
    "kitchen": ("School Kitchen", "kitchen@" + SCHOOL),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def P(local, name=None):
    """A pupil (or pupil group) mailbox."""
    return (name, f"{local}@{PUPILS}") if name else (None, f"{local}@{PUPILS}")


HARRIET = ("Harriet Voss", "harriet.voss@example.com")


# --------------------------------------------------------------------------------------
# MIME machinery (built by hand so that everything is byte-for-byte deterministic)
# --------------------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, payload, cte, params=None, disposition=None, extra=None):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.params = params or {}
        self.disposition = disposition
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, boundary, parts, preamble=None):
        self.subtype, self.boundary, self.parts, self.preamble = subtype, boundary, parts, preamble


def qp_encode(text):
    """Quoted-printable, lines <= 76.  A NUL in the text forces a soft line break there."""
    out = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == "\x00":
                toks.append(None)
            elif ch in " \t" or (33 <= ord(ch) <= 126 and ch != "="):
                toks.append(ch)
            else:
                toks.append("".join("=%02X" % b for b in ch.encode("utf-8")))
        real = [i for i, t in enumerate(toks) if t is not None]
        if real and toks[real[-1]] in (" ", "\t"):
            toks[real[-1]] = "=%02X" % ord(toks[real[-1]])
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


def b64_lines(data):
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def T(text, sub="plain", cte="7bit", charset=None):
    """A text part.  cte: 7bit, 8bit, qp, b64."""
    if cte == "7bit":
        assert "\x00" not in text
        if not text.isascii():
            raise ValueError("7bit part with non-ASCII text: " + repr(text[:60]))
        payload = text
        charset = charset or "us-ascii"
        cte_h = "7bit"
    elif cte == "8bit":
        payload, cte_h = text, "8bit"
    elif cte == "qp":
        payload, cte_h = qp_encode(text), "quoted-printable"
    elif cte == "b64":
        payload, cte_h = b64_lines(text.replace("\n", "\r\n").encode("utf-8")), "base64"
    else:
        raise ValueError(cte)
    return Leaf("text/" + sub, payload, cte_h, {"charset": charset or "utf-8"})


def ATT(data, ctype, filename, cte="base64", params=None):
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode("utf-8")
    p = {"name": filename}
    if params:
        p.update(params)
    if cte == "base64":
        payload = b64_lines(data)
    elif cte == "qp":
        payload = qp_encode(data.decode("utf-8").replace("\r\n", "\n"))
        cte = "quoted-printable"
    else:
        raise ValueError(cte)
    return Leaf(ctype, payload, cte, p, disposition=f'attachment; filename="{filename}"')


def ALT(boundary, *parts):
    return Multi("alternative", boundary, list(parts))


def MIX(boundary, *parts):
    return Multi("mixed", boundary, list(parts), preamble="This is a multi-part message in MIME format.")


def part_headers(p):
    if isinstance(p, Multi):
        return [f'Content-Type: multipart/{p.subtype};\n\tboundary="{p.boundary}"']
    params = "".join(f'; {k}="{v}"' for k, v in p.params.items())
    hs = [f"Content-Type: {p.ctype}{params}", f"Content-Transfer-Encoding: {p.cte}"]
    if p.disposition:
        hs.append("Content-Disposition: " + p.disposition)
    hs.extend(p.extra)
    return hs


def part_body(p):
    if isinstance(p, Leaf):
        return p.payload
    chunks = []
    if p.preamble:
        chunks.append(p.preamble + "\n")
    for sub in p.parts:
        chunks.append("\n--" + p.boundary + "\n" + "\n".join(part_headers(sub)) + "\n\n" + part_body(sub))
    chunks.append("\n--" + p.boundary + "--\n")
    return "".join(chunks)


def addr(x):
    name, a = x
    if not name:
        return a
    return formataddr((name, a))


def addr_list(xs):
    items = [addr(x) for x in xs]
    line = ", ".join(items)
    if len(line) < 70:
        return line
    return ",\n ".join(items)


def enc_subject(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)


def h(s, n=40):
    return hashlib.sha1(("round44-obscene|" + s).encode()).hexdigest()[:n]


def uuid_like(s):
    x = h(s, 32).upper()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def msgid(seed, client):
    x = h(seed)
    if client in ("iphone", "apple"):
        return f"<{uuid_like(seed)}@{SCHOOL}>"
    if client == "outlook_ios":
        return f"<{x[:32].upper()}@outlook.com>"
    return f"<{'LO4P265MB' + x[:4].upper()}{x[4:30].upper()}@LO4P265MB{x[30:34].upper()}.GBRP265.PROD.OUTLOOK.COM>"


def bnd(seed, kind, client):
    x = h(seed + kind)
    if client in ("iphone", "apple"):
        return "Apple-Mail-" + uuid_like(seed + kind)
    if client == "outlook_ios":
        return "_" + kind + "_" + x[:28].upper() + "_"
    code = {"alt": "000", "mix": "004", "rel": "003"}.get(kind, "005")
    return f"_{code}_LO4P265MB{x[:4].upper()}{x[4:24].upper()}GBRP_"


# ---------------------------- composing bodies ------------------------------------------
HTML_HEAD_OUTLOOK = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
    '\tfont-family:"Aptos",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
    '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
    'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)
HTML_TAIL_OUTLOOK = "</div>\n</body>\n</html>\n"


def esc(s):
    return html.escape(s, quote=False)


def _outlook_paras(text):
    out = []
    for para in text.split("\n\n"):
        lines = "<br>\n".join(esc(l) for l in para.split("\n"))
        out.append(f'<p class="MsoNormal">{lines}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    return "".join(out)


def _apple_divs(text):
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    return "\n".join(out) + "\n"


def quote_plain(q):
    if q["kind"] == "gmail":
        lines = [("> " + l) if l else ">" for l in q["text"].split("\n")]
        return q["attr"] + "\n" + "\n".join(lines)
    hdr = f"From: {q['from']}\nSent: {q['sent']}\nTo: {q['to']}\n"
    if q.get("cc"):
        hdr += f"Cc: {q['cc']}\n"
    hdr += f"Subject: {q['subject']}"
    sep = "________________________________\n" if q.get("line") else ""
    return sep + hdr + "\n\n" + q["text"]


def quote_html(q):
    if q["kind"] == "gmail":
        return (f'<div dir="ltr"><br><blockquote type="cite">{esc(q["attr"])}<br><br></blockquote></div>\n'
                f'<blockquote type="cite"><div dir="ltr">\n{_apple_divs(q["text"])}</div></blockquote>\n')
    rows = [f"<b>From:</b> {esc(q['from'])}", f"<b>Sent:</b> {esc(q['sent'])}", f"<b>To:</b> {esc(q['to'])}"]
    if q.get("cc"):
        rows.append(f"<b>Cc:</b> {esc(q['cc'])}")
    rows.append(f"<b>Subject:</b> {esc(q['subject'])}")
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">' + "<br>\n".join(rows) + '<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + _outlook_paras(q["text"]))


def plain_text(body, quote=None):
    return body if quote is None else body + "\n\n" + quote_plain(quote)


def html_text(body, quote=None, style="outlook"):
    if style == "outlook":
        return HTML_HEAD_OUTLOOK + _outlook_paras(body) + (quote_html(quote) if quote else "") + HTML_TAIL_OUTLOOK
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">\n' + _apple_divs(body) + (quote_html(quote) if quote else "") + "</body></html>\n")


# ---------------------------- small file makers -----------------------------------------
def make_pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT\n/F1 11 Tf\n14 TL\n56 790 Td\n" + "".join(f"({pesc(l)}) '\n" for l in lines) + "ET\n"
    sb = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# ---------------------------- the message list ------------------------------------------
MESSAGES = []


def add(label, slug, note, *, frm, to, subject, date, body, cc=(), client="outlook",
        in_reply_to=None, raw_subject=None, extra=()):
    n = len(MESSAGES) + 1
    seed = f"{n:03d}-{slug}"
    hs = [f"From: {addr(frm)}", f"To: {addr_list(to)}"]
    if cc:
        hs.append(f"Cc: {addr_list(cc)}")
    hs.append("Subject: " + (raw_subject if raw_subject else enc_subject(subject)))
    hs.append("Date: " + format_datetime(dt(date)))
    hs.append("Message-ID: " + msgid(seed, client))
    if in_reply_to:
        hs.append("In-Reply-To: " + in_reply_to)
        hs.append("References: " + in_reply_to)
    if client == "outlook" and raw_subject:
        hs.append("Thread-Topic: " + raw_subject)
    if client == "outlook":
        if not raw_subject:
            hs.append("Thread-Topic: " + (enc_subject(subject.split(": ", 1)[1]) if subject[:4] in ("RE: ", "Re: ", "FW: ") else enc_subject(subject)))
        hs.append("Thread-Index: " + base64.b64encode(bytes.fromhex(h(seed + "ti", 44))).decode())
        hs.append("Content-Language: en-GB")
    elif client == "iphone":
        hs.append("X-Mailer: iPhone Mail (22D72)")
    elif client == "outlook_ios":
        hs.append("X-Mailer: Outlook for iOS")
    elif client == "thunderbird":
        hs.append("User-Agent: Mozilla Thunderbird")
    hs.extend(extra)
    hs.append("MIME-Version: 1.0")
    hs.extend(part_headers(body))
    text = "\n".join(hs) + "\n\n" + part_body(body)
    if not text.endswith("\n"):
        text += "\n"
    raw = text.replace("\n", "\r\n").encode("utf-8")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, (slug, line[:80])
    recips = " ".join(a for _, a in list(to) + list(cc))
    fname = f"{n:03d}_{label}_{slug}.eml"
    MESSAGES.append((fname, raw, label, frm[1], recips, note))


def simple(text, cte="7bit"):
    return T(text, "plain", cte)


def alt(seed, body, quote=None, cte="qp", style="outlook", client="outlook"):
    return ALT(bnd(seed, "alt", client),
               T(plain_text(body, quote), "plain", cte),
               T(html_text(body, quote, style), "html", cte))


# ======================================================================================
# 001-020
# ======================================================================================
add("clean", "showweek_collection", "show-week late finishes and collection letter to parents",
    frm=S["office"], to=[JANE, SAM, ALI], date="2025-03-03 10:15",
    subject="Sweeney Todd show week – rehearsal finishes and collection",
    body=alt("showweek", """\
Dear Parents and Carers,

Show week for our spring production of Sweeney Todd (School Edition) is nearly here, and we wanted to give you all the late finishes in one place so that you can plan lifts.

Monday 17 March – technical rehearsal, cast and crew finish at 8.30pm
Tuesday 18 March – dress rehearsal, finish at 9.00pm
Wednesday 19 to Saturday 22 March – performances at 7.00pm (plus a 2.30pm matinee on Saturday); cast are usually out of the dressing rooms by 9.45pm

Cast and crew will have a hot tea in the dining hall at 5.00pm each evening, so there is no need to send a packed supper unless your child has a dietary requirement we don't already know about.

Please collect from the stage door on Park Row, not the main entrance, which is locked after 6pm. Pupils in Years 7 to 11 will only be released to an adult unless we have your written permission for them to walk or catch the bus home. If you would like to give that permission, or if someone different will be collecting, just reply to this e-mail.

Tickets for the Wednesday and Thursday performances are still available through the school app (£8 adults, £5 concessions). Friday and Saturday evening are sold out.

Thank you for your support – the cast have worked incredibly hard and it is looking wonderful.

Kind regards

Helen Marsh
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk"""))

add("flag", "fly_bar_fucked", "staff-to-staff late-night venting, plain 'fucked'/'fucking'",
    frm=S["moriarty"], to=[S["hughes"]], cc=[S["mcleish"]], date="2025-03-17 22:47",
    client="thunderbird", subject="Fly bar 6 - tomorrow's dress",
    body=simple("""\
Rhi,

Heads up before you plan tomorrow's dress around the storm scene. Fly bar 6 is fucked again. The brake on that counterweight set slipped twice tonight with the cloth on it and I'm not letting anyone stand under it until the engineer has been. I've rung them and they say Thursday at the earliest, which is fucking useless with us opening on Wednesday.

Options:
1. Dead the cloth on bar 5 and lose the reveal (looks worse but safe)
2. Run the storm without the cloth and do it with lights and haze
3. Pray

I'd go with 2 honestly. The haze looked great in the tech anyway. Iain - can you check the haze fluid stock, we got through loads tonight.

Leaving now, I've locked the get-in door.

D"""))

add("clean", "geog_place_names", "Y8 geography homework on place-name origins (Twatt, Shitterton, Wetwang, Crapstone)",
    frm=S["asante"], to=[P("8k2-geography", "8K2 Geography")], date="2025-01-14 15:40",
    subject="Homework: what's in a place name?",
    body=simple("""\
Hi 8K2,

As promised, here's this week's homework, due next Tuesday (21st). It goes with what we started today on Anglo-Saxon and Viking settlement.

Place names are a bit like fossils: they tell us who lived somewhere, what the land was like and what people used it for, sometimes more than a thousand years ago. Some of the best examples are the ones that make people giggle when they see them on a road sign, so here are a few real ones to get you started:

- Wetwang (East Yorkshire) – probably from Old Norse "vætt-vangr", a field where legal cases were heard
- Twatt (Orkney and Shetland) – from Old Norse "þveit", a small clearing or piece of land
- Shitterton (Dorset) – from Old English "scitere", a stream used as an open drain, plus "tūn", a farm or settlement
- Crapstone (Devon) – probably from an old word for a rock or crag (nothing to do with toilets!)
- Penistone (South Yorkshire) – possibly from "pen", a Celtic word for a hill
- Scratchy Bottom (Dorset) – "bottom" is an old word for a valley

Yes, I know. Get the laughing done now, then think about what each one actually tells us.

Your task:
1. Choose THREE place names within about 20 miles of where you live (Leeds has loads – look out for places ending in -by, -thorpe, -ley and -ton).
2. For each one, find out what the name means and which language it comes from (Old English, Old Norse, Celtic/Brittonic or something else).
3. Write two or three sentences for each, explaining what the name tells us about the place in the past.

The Key to English Place-Names website from the University of Nottingham is really good for this. Please don't just copy from Wikipedia – I will know!

Mr Asante
Teacher of Geography
Example School | 01632 960000""", cte="8bit"))

add("clean", "absence_chase", "attendance officer chasing an unexplained absence",
    frm=S["attendance"], to=[JANE], date="2025-01-13 09:42",
    subject="Example Pupil One - absence today (Monday 13 January)",
    body=simple("""\
Dear Ms Parent,

Example Pupil One has not registered this morning and we have not received a reason for her absence. Could you please let us know why she is not in school, either by replying to this e-mail or by ringing the attendance line on 01632 960000 (option 1)?

If she is unwell, please let us know each day that she is off.

Many thanks,

Lucy Tremlett
Attendance Officer
Example School, Park Row, Leeds LS1 4AP"""))

add("flag", "floor_tape_masked", "staff-to-staff venting with symbol masks f*cking, sh!t, p*ssed",
    frm=S["chandran"], to=[S["brennan"]], date="2025-03-18 18:05", client="iphone",
    subject="Floor tape + Friday",
    body=simple("""\
Chlo,

Can you grab more white floor tape from the tech store before you come down? The f*cking roll has run out AGAIN and half the spike marks for the Act 2 ensemble have come up. Someone's clearly been nicking it for the Year 8 assessment.

Also, honestly, today has been sh!t. Lighting ran 40 mins over, the kids didn't get on stage for the tango until gone 6 and Rhiannon is now talking about cutting the reprise. I'm so p*ssed off I could scream. I'll have calmed down by the time I see you, promise.

Friday: could you do the ensemble warm-up at 5.30 so I can sort the quick change with Martha?

P x

Sent from my iPhone"""))

CAST_CSV = """\
role,name,year,understudy
Sweeney Todd,Theo Dickens,13,Jude Achebe
Mrs Lovett,Ellie Cockburn,10,Lily Fenwick
Anthony Hope,Aarav Wankhede,12,Dylan Foster
Johanna,Mercy Osei,11,Amelia Rourke
Judge Turpin,Sipho Hancock,11,Jude Achebe
Beadle Bamford,Kieran Donnelly,13,Harry Cole
Tobias Ragg,Olly Harper,8,Toby Barlow
Adolfo Pirelli,Ruby Nowak,9,Freya Lund
Beggar Woman,Sadie Wright,13,Lily Fenwick
Ensemble,Jude Achebe,12,
Ensemble,Lily Fenwick,12,
Ensemble,Dylan Foster,9,
Ensemble,Amelia Rourke,10,
Ensemble,Harry Cole,12,
Ensemble,Toby Barlow,8,
Ensemble,Freya Lund,13,
Ensemble,Max Lister,10,
Ensemble,Example Pupil Three,10,
Ensemble,Nadia Shah,11,
Ensemble,Callum Reid,12,
"""
add("clean", "sweeney_cast_list", "cast list e-mail + CSV with surnames Dickens, Cockburn, Wankhede, Hancock",
    frm=S["hughes"], to=[P("sweeneycast", "Sweeney Cast")], cc=[S["okafor"], S["chandran"]],
    date="2025-01-17 16:30", subject="Sweeney Todd – the cast list!",
    body=MIX(bnd("cast", "mix", "outlook"), alt("cast", """\
Hi everyone,

Thank you SO much to everyone who auditioned this week. We saw over 70 of you across the two days and honestly the standard made this the hardest casting we've done in years. The full cast list is attached, and it's also on the drama noticeboard outside D4.

The principals are:

Sweeney Todd – Theo Dickens
Mrs Lovett – Ellie Cockburn
Anthony Hope – Aarav Wankhede
Johanna – Mercy Osei
Judge Turpin – Sipho Hancock
Beadle Bamford – Kieran Donnelly
Tobias Ragg – Olly Harper
Adolfo Pirelli – Ruby Nowak
Beggar Woman – Sadie Wright

Everyone else who auditioned is in the ensemble, and there are lots of featured moments in there – Mr Okafor and Ms Chandran will talk you through those at the first call.

If you're disappointed, that's completely normal and it's OK to feel it. Come and find me next week if you'd like feedback on your audition and I'll happily talk it through.

First full company call is Tuesday 21 January, 3.30–5.30pm in the Main Hall. Please bring a pencil and water.

Ms Hughes
Head of Drama"""), ATT(CAST_CSV, "text/csv", "Sweeney_cast_list.csv")))

add("clean", "licence_documents", "licensing coordinator asks parent for performance-licence documents",
    frm=S["licensing"], to=[SAM], date="2025-01-22 11:20",
    subject="Performance licence – documents for The Lamplighter's Daughter",
    body=simple("""\
Dear Sam,

Congratulations again to Example Pupil Two – what fantastic news. As promised on the phone, here's what I need from you so that I can get the licence application to the council. They ask for it at least 21 days before the first rehearsal, which for this job is Monday 24 February, so realistically I need everything from you by Friday 31 January.

From you:
• a copy of the birth certificate (a clear photo or scan is fine)
• two recent passport-style photographs
• Part 1 of the form (the parent/carer section) – I've sent a copy home with Example Pupil Two today, it's the pink one
• the medical declaration, which you can fill in yourself unless the council asks for a GP letter

From the production company (via the agent) I'm still waiting for the rehearsal and performance schedule and the name of their registered chaperone. I'll complete the school section and the absence details.

Rehearsals are at the theatre's rehearsal rooms in town until the Leeds run opens, and our own staff will chaperone for the first fortnight – I'll send you the rota once it's fixed.

Once the licence is granted, the council sends it to the production company and a copy to us. Nothing can happen on the job until it has been issued, so please don't let anyone tell you otherwise!

Any questions, give me a ring on 01632 960000 and ask for me, or just reply here.

Best wishes,
Beatrice

Beatrice Lamb
Licensing & Chaperone Coordinator
Example School – Park Row, Leeds LS1 4AP
01632 960000""", cte="8bit"))

RECALL_NOTES = """\
RECALLS - SWEENEY - Thu 16 Jan

TODD
- Theo D: the voice is there, Epiphany gave me chills. Yes.
- Jude A: brilliant actor, range a bit low for the top of Epiphany. Understudy?
- Lucas B: great voice but an absolute wanker in the room. Late again, talked all through Ruby's song, rolled his eyes at Priya's combination. Not rewarding that.

LOVETT
- Ellie C: funny, sharp, owns the stage. Worst Pies in London - sold it.
- Lily F: best singer of the lot, acting a bit safe. M keen.

ANTHONY
- Aarav W: lovely tone, sweet, right age. Yes.
- Dylan F: too young really, but one to watch.

TURPIN
- Sipho H: scary in the best way.
- Callum R: what a twat - did the Johanna scene "for a laugh" with a wink at his mates. No.

JOHANNA - Mercy O. No contest.
BEADLE - Kieran D.
TOBIAS - Olly H (Y8!) - get him to sing Not While I'm Around for Marcus again?
PIRELLI - Ruby N - she'll steal the show.
BEGGAR WOMAN - Sadie W.
"""
add("flag", "recall_notes_attachment", "clean body; attached .txt recall notes call pupils 'wanker' and 'twat'",
    frm=S["hughes"], to=[S["okafor"], S["chandran"]], date="2025-01-16 19:52",
    subject="Casting notes from today",
    body=MIX(bnd("recall", "mix", "outlook"), simple("""\
Hi both,

My notes from today's recalls are attached - I typed them up as we went, so apologies for the state of them. Could you both have a look tonight and shout if I've got anything wrong before I put the list together tomorrow? I'd like to post it by 4.

Main sticking point is still Lovett. I think Ellie, but I know Marcus is leaning towards Lily - let's talk at 8.15 tomorrow.

R

Rhiannon Hughes
Head of Drama
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""),
        ATT(RECALL_NOTES, "text/plain", "recall_notes_16jan.txt", params={"charset": "utf-8"})))

add("clean", "birdwatch_results", "Y7 science birdwatch: blue tits, great tits, woodcock, cock pheasant, booby",
    frm=S["haddad"], to=[P("7h-science", "7H Science")], date="2025-02-03 14:10",
    subject="Our Big Schools' Birdwatch results!",
    body=simple("""\
Hi 7H,

Thank you for braving the cold on Thursday! I've finished adding up everyone's tally sheets, so here are our results for the Big Schools' Birdwatch.

In one hour you counted 214 birds of 17 different species. The top five were:

1. Feral pigeon - 61 (mostly on the canteen roof, no surprise there)
2. Black-headed gull - 38
3. House sparrow - 27
4. Blue tit - 22
5. Magpie - 19

We also had 9 great tits, 6 long-tailed tits (the tiny round ones with tails longer than their bodies), 4 goldfinches and a pair of jackdaws that seem to be nesting in the chimney above the music block.

The highlight was definitely the woodcock that Maya spotted by the hedge at the bottom of the field. They're shy and brilliantly camouflaged and we almost never see them in the middle of a city, so well done Maya. We also had a cock pheasant strolling across the long-jump pit, which several of you were very excited about. Remember from the lesson: in lots of bird species the male is called the cock and the female the hen, and the male is usually the more brightly coloured one - think of the pheasant's red face and copper feathers.

Jacob - I'm afraid it wasn't a booby. Boobies are tropical seabirds and the nearest one is thousands of miles away. It was a herring gull, but I admire your optimism.

For Thursday: pick ONE species from our list and make a fact file - what it eats, where it nests, and one adaptation that helps it survive in a city. A3 or A4, hand-drawn or printed, your choice.

Miss Haddad"""))

add("flag", "radio_mics_bellend", "Outlook reply to colleague calling hire-company rep a 'bellend'",
    frm=S["okafor"], to=[S["mcleish"]], date="2025-03-05 12:38",
    subject="RE: Radio mics for Sweeney", in_reply_to="<LO4P265MB7A21C0FFEE11@LO4P265MB7A21.GBRP265.PROD.OUTLOOK.COM>",
    body=alt("radiomics", """\
Iain,

Just got off the phone with the hire company again. The bellend on the phone is now insisting we only ever ordered 16 packs, not 24, and wants another £180 to courier the other eight up from Birmingham by Thursday. I've got the original order in writing and I've forwarded it to him twice.

Can you dig out the delivery note from the flight case in the band room and send me a photo of it? If he still won't budge I'll ask Grace to ring him from finance – she's scarier than me.

In the meantime, let's plan the sitzprobe with the ensemble sharing the handhelds.

M""", quote={"kind": "outlook", "from": "Iain McLeish <i.mcleish@example-school.org.uk>",
             "sent": "05 March 2025 11:02", "to": "Marcus Okafor <m.okafor@example-school.org.uk>",
             "subject": "Radio mics for Sweeney", "text": """\
Hi Marcus,

Mics arrived this morning but there are only 16 packs in the case, and 16 headsets. The paperwork says 16 as well. Didn't we go for 24 in the end? I've checked them all and the batteries are fine. Labelling them up now.

Iain
Music Technician
Example School | 01632 960000"""}))

add("clean", "licence_school_section", "licensing coordinator sends school section of licence to council, PDF attached",
    frm=S["licensing"], to=[("Adaeze Okonjo", "childemployment@example.org")], date="2025-01-27 14:55",
    subject="Licence application - Example Pupil Two - school section (The Lamplighter's Daughter)",
    body=MIX(bnd("lasection", "mix", "outlook"), simple("""\
Dear Ms Okonjo,

Please find attached the completed school section (Part 3) for Example Pupil Two's performance licence application for "The Lamplighter's Daughter" (production company: Brightwater Theatricals Ltd). I understand the parent section and supporting documents were sent to you by the agent this morning.

In summary:
- Rehearsals from Monday 24 February, performances in Leeds from Tuesday 25 March before the West End transfer
- The child will be in one of three rotating teams, so a maximum of 4 performances a week
- Absence from school requested: 9 half-days over the rehearsal period, all authorised by the Headteacher
- Education during absence will be provided by the production company's tutor; we have sent schemes of work for maths, English and science

Example Pupil Two's attendance is currently 97.8% and we have no concerns about their progress. We are happy for this to go ahead.

Our registered chaperones for the term are listed on the second page of the attached form. Please let me know if you need anything else.

Kind regards,
Beatrice Lamb
Licensing & Chaperone Coordinator
Example School
Park Row, Leeds LS1 4AP
Tel 01632 960000"""),
        ATT(make_pdf([
            "Application for a child performance licence - PART 3: SCHOOL SECTION",
            "",
            "School: Example School, Park Row, Leeds LS1 4AP    Tel: 01632 960000",
            "Child: Example Pupil Two    Year group: 8",
            "Production: The Lamplighter's Daughter (Brightwater Theatricals Ltd)",
            "",
            "Absence requested: 9 half-days, 24 February - 21 March 2025",
            "Absence authorised by the Headteacher: YES",
            "Attendance this academic year: 97.8%",
            "Education: production company tutor; schemes of work supplied (maths, English, science)",
            "",
            "Registered chaperones (school staff): H. Marsh, M. Quigley, L. Tremlett",
            "",
            "Signed: B. Lamb, Licensing & Chaperone Coordinator, for the Headteacher",
            "Date: 27/01/2025",
        ]), "application/pdf", "Part3_school_section_EP2.pdf")))

add("clean", "lear_edmund", "A-level English: Edmund's 'Now, gods, stand up for bastards!' soliloquy",
    frm=S["whitfield"], to=[P("y12englit", "Y12 English Literature")], date="2025-02-04 16:20",
    subject="King Lear – Edmund's soliloquy for Thursday",
    body=simple("""\
Hi all,

Following today's lesson, please reread 1.2 before Thursday and annotate Edmund's opening soliloquy. Here's the part we didn't get to:

    Why bastard? Wherefore base?
    When my dimensions are as well compact,
    My mind as generous, and my shape as true,
    As honest madam's issue? Why brand they us
    With base? With baseness? Bastardy? Base, base?
    ...
    Now, gods, stand up for bastards!

Think about:
1. How many times does he repeat "base" and "bastard"? Why does Shakespeare hammer the words like this? What is Edmund doing to the insult by saying it over and over?
2. Look at "legitimate". He takes the word his father and the world use against him and turns it into a joke ("Fine word, 'legitimate'!"). How does this set up his relationship with the audience?
3. Edmund speaks directly to us. Is he the most honest character in the opening of the play? Discuss.

Bring your annotated copy - we'll use it for the timed paragraph.

Several of you asked about context. In Jacobean England an illegitimate son had no right to inherit, and "bastard" was a legal status as much as an insult. Bring that into your answer where it's relevant, but don't let it take over.

Mr Whitfield
English Department
Example School | 01632 960000"""))

add("flag", "coach_refund_bastards", "reply to a parent calling the coach company 'absolute bastards'",
    frm=S["fairbairn"], to=[JANE], date="2025-02-07 17:30", client="iphone",
    subject="Re: Refund for the cancelled Manchester trip",
    in_reply_to="<CAK7pQx0Vb1nQmB2dZpRf4s@mail.gmail.com>",
    body=alt("coachrefund", """\
Hi Jane,

I'm so sorry this is still dragging on. I've been chasing the coach company for three weeks now and they have been absolute bastards about it – first it was the booking agent's fault, then the weather's, and now they're saying the refund has to go back through the school's account before we can pay anyone. I'm as fed up as you are.

I've asked Grace Nwosu, our business manager, to take it over from Monday, because frankly she's better at this than me. As soon as the money comes in we'll refund the £42 straight back to your card on the parent app – you won't need to do anything.

Thanks for your patience, and sorry again.

Jamie

Jamie Fairbairn
Director of Sixth Form
Example School, Park Row, Leeds LS1 4AP
01632 960000""", quote={"kind": "gmail", "attr": "On 6 Feb 2025, at 20:03, Jane Parent <jane.parent@gmail.com> wrote:", "text": """\
Hi Mr Fairbairn,

Sorry to chase again but we still haven't had the refund for the Manchester theatre trip that was cancelled in December because of the snow. It's been nearly two months now. Is there any update?

Thanks,
Jane"""}, cte="qp", style="apple", client="iphone"))

add("clean", "rse_letter_y9", "RSE letter to parents: puberty, penis/vulva, condoms, pornography, sexting, right to withdraw",
    frm=S["jenkins"], to=[JANE, SAM, ALI], date="2025-01-20 12:00",
    subject="Year 9 Relationships and Sex Education – spring term",
    body=alt("rse", """\
Dear Parents and Carers,

I'm writing to let you know what your child will be learning in their Year 9 Relationships and Sex Education (RSE) lessons this half-term. These are taught in PSHE on Wednesday mornings.

The topics are:
• Puberty and body changes – a short recap, including periods and wet dreams, using the correct names for body parts (penis, testicles, vulva, vagina and so on)
• Consent – what it means, how it is given and withdrawn, and what the law says
• Healthy and unhealthy relationships, including coercive control
• Contraception – the main methods, including condoms and the pill, and where young people can get confidential advice
• Sexually transmitted infections and how to reduce the risk
• Sexual orientation, gender identity and LGBT+ relationships
• Pornography – why it gives an unrealistic and sometimes harmful picture of sex and relationships
• Nudes and sexting – the law, the risks, and where to get help if an image has been shared

All lessons are taught by trained staff using age-appropriate materials in line with the statutory guidance. Pupils can ask questions anonymously through a question box, and teachers answer these in a factual, respectful way.

As a performing arts school, our young people often explore these themes in the plays and songs they study and perform, and our drama and music staff work closely with me so that what happens in the rehearsal room and in PSHE support each other.

You have the right to request that your child is withdrawn from some or all of the sex education delivered as part of RSE (though not from relationships education, or from the biology covered in the science curriculum). If you are considering this, please contact me first so that we can talk it through and I can show you the materials – many parents find their concerns are resolved once they have seen them.

You are very welcome to look at the lesson resources: just reply to this e-mail and I'll arrange a time.

Yours sincerely,

Siân Jenkins
PSHE and RSE Lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000"""))

add("clean", "head_authorises_filming", "Head replies to agent authorising filming absence; agent's text mentions Scunthorpe",
    frm=S["head"], to=[HARRIET], cc=[S["licensing"]], date="2025-01-23 08:50",
    subject="RE: Absence request – Example Pupil Three – filming 7–9 April",
    in_reply_to="<0b1d2e3f4a5b6c7d8e9f@example.com>",
    body=alt("headfilm", """\
Dear Harriet,

Thank you for your e-mail, and congratulations to Example Pupil Three – we're all delighted for him.

I'm happy to authorise his absence on Monday 7 and Tuesday 8 April as exceptional circumstances for a licensed performance. Wednesday 9 April is the first day of our Easter holiday, so no authorisation is needed for that day, although the licence will of course still need to cover it.

As he is a Year 10 pupil in the middle of his GCSE courses, please could the production make sure he has time on set to work on the tasks his teachers will send with him? Mrs Lamb, our licensing coordinator (copied in), will liaise with you and the council about the licence and chaperoning.

Kind regards,

Ruth Ellery
Headteacher
Example School
Park Row, Leeds LS1 4AP | 01632 960000""", quote={"kind": "outlook", "line": True,
        "from": "Harriet Voss <harriet.voss@example.com>", "sent": "22 January 2025 17:46",
        "to": "Headteacher <headteacher@example-school.org.uk>",
        "subject": "Absence request – Example Pupil Three – filming 7–9 April", "text": """\
Dear Mrs Ellery,

I'm pleased to let you know that Example Pupil Three has been offered the role of Danny in the second series of "Steel Town", which films on location in Scunthorpe. He would be needed on 7, 8 and 9 April 2025, with travel on the afternoon of Sunday 6 April.

Could you please confirm whether the school will authorise the absence, so that we can complete the licence application?

With best wishes,

Harriet Voss
Voss & Lyle Associates
020 7946 0312"""}))

add("flag", "sound_desk_leet", "leetspeak b0ll0cks, w4nk3r, sh1t in staff-to-staff mail",
    frm=S["mcleish"], to=[S["moriarty"]], date="2025-03-13 16:44",
    subject="that desk",
    body=simple("""\
Dec,

The sound desk is being a total b0ll0cks again - channel 14 keeps dropping out and the scene recall wiped the reverb settings for the second time this week. Tried a reboot, tried swapping the stagebox cable, nothing.

And the rep from the supplier who came in this morning was an absolute w4nk3r. Stood there for ten minutes telling me I was "probably overloading it" and then left without even looking at the stagebox. Useless.

I've logged it with them again. If it's not sorted by the tech I'm running Sweeney off the old analogue desk and they can sh1t themselves over the contract.

I"""))

add("clean", "chaucer_millers_tale", "A-level English: Miller's Tale 'kiste hir naked ers', 'swyved', fabliau",
    frm=S["pike"], to=[P("y13englit", "Y13 English Literature")], date="2025-02-12 13:05",
    subject="The Miller's Tale – the \"misdirected kiss\" passage",
    body=alt("chaucer", """\
Dear Year 13,

Ahead of Friday's seminar, please reread lines 3730–3745, the misdirected kiss. I know this is the bit everyone remembers (and the reason the tale comes with a "not for the faint-hearted" warning), but I want us to get past the shock value and look at how Chaucer builds the joke.

    Derk was the nyght as pich, or as the cole,
    And at the wyndow out she putte hir hole,
    And Absolon, hym fil no bet ne wers,
    But with his mouth he kiste hir naked ers
    Ful savourly, er he were war of this.

A few glosses, because the Middle English catches people out:
– "hole" and "ers" mean exactly what you think (the "ers" is her backside)
– "hym fil no bet ne wers" = it turned out neither better nor worse for him, i.e. this is simply what happened
– "savourly" = with relish

Questions to think about:
1. The fabliau genre depends on bodily, often crude humour. How does the Miller's coarseness work as a reply to the Knight's Tale?
2. Look at how Absolon has been described up to this point (his hair, his shoes, his squeamishness). Why is it so fitting that this happens to him?
3. The tale ends with a summary of everyone's fate: "Thus swyved was this carpenteris wyf..." What is Chaucer saying about justice here?

Please come with notes – I'll be asking people to lead the discussion on each question.

Ms Pike
Head of English
Example School | 01632 960000"""))

add("flag", "audition_song_bollocks", "teacher to sixth-form pupil: 'the middle section is bollocks'",
    frm=S["crane"], to=[P("18swright", "Sadie Wright")], date="2025-01-24 21:12", client="iphone",
    subject="Your audition song – honest notes",
    body=simple("""\
Sadie,

Listened back to the recording from today. Honest notes, because you asked for them and because the Guildhall audition is in three weeks:

The first verse is lovely. Breath is low, tone is warm, you're telling the story. Keep that.

The middle section is bollocks at the moment though. You're pushing on the belt, the vowels spread, and you stop acting the second it gets high – it becomes about the note, not the character. I'd rather you took it down a tone than sang it like that in the room.

Let's do 20 minutes on Tuesday at lunch on just bars 34–52. Bring water, and don't sing full out before then.

You're going to be great. Just don't settle for “fine”.

Mr Crane

Sent from my iPhone""", cte="8bit"))

add("clean", "y9_options_evening", "Head of Year reminder about options evening",
    frm=S["pryce"], to=[P("year9", "Year 9")], date="2025-02-10 08:05",
    subject="Options evening this Thursday - please tell your parents!",
    body=simple("""\
Morning Year 9,

Quick reminder that GCSE options evening is THIS Thursday, 13 February, 5.30-7.30pm in the Main Hall and the studios. Every subject will have a stand, and the drama, dance and music departments are doing short performances at 6pm and 6.45pm (the Year 10 dance group are doing their piece from the winter showcase).

Please make sure your parents/carers know - a letter went out on the app last week, but I know how many of those get read...

You need to come WITH an adult. Options forms are due back on Friday 28 February.

Any questions, come and find me in the Year 9 office.

Mr Pryce
Head of Year 9"""))

add("clean", "othello_rehearsal_language", "drama teacher prepares Y12 for Iago's racist language ('thick-lips', 'old black ram')",
    frm=S["bankole"], to=[P("y12drama", "Y12 Drama")], cc=[S["hughes"]], date="2025-01-27 15:50",
    subject="Othello 1.1 – Thursday's rehearsal, and a note on the language",
    body=alt("othello", """\
Hi Year 12,

On Thursday we're on our feet with 1.1 – the street scene outside Brabantio's house. Jude, Lily and Aarav, please be off book for the first 80 lines; everyone else, bring scripts and pencils.

Before we start I want to say something about the language in this scene, because it's hard and it's meant to be.

Iago and Roderigo wake Brabantio by shouting racist abuse about Othello. Iago tells him "an old black ram / Is tupping your white ewe", and later that his daughter is "covered with a Barbary horse"; Roderigo calls Othello "the thick-lips". Shakespeare puts these words in the mouths of the two men the play shows us are liars and manipulators. The audience hears Othello described like this long before we meet him – and then meets a man who is nothing like it. That gap is the point of the scene.

We're going to do the scene properly, as written, because you can't understand the play otherwise. But:

– Nobody says those lines outside the rehearsal room, as a joke, or "in character" in the corridor. Ever.
– We'll always do a proper warm-up before and a check-out after these scenes.
– Jude and I have talked about how he wants to work, and he's been really clear and thoughtful. If anyone else finds a rehearsal difficult, step out whenever you need to, no explanation needed, and come and talk to me or Ms Hughes.

Read 1.1 again before Thursday and note down every image Iago uses for Othello. We'll start there.

Mr Bankole
Drama
Example School | 01632 960000"""))


# ======================================================================================
# 021-040
# ======================================================================================
add("clean", "instrumental_rota", "Director of Music: instrumental lesson rota for spring term",
    frm=S["okafor"], to=[P("instrumentalists", "Instrumental Pupils")], date="2025-01-08 09:00",
    subject="Instrumental lessons - spring term week A/B rota",
    body=simple("""\
Hi all,

Welcome back! Spring term instrumental lessons start next week (Monday 13 January). The full rota is on Teams and on the board outside M2, but here's the short version:

Week A (13 Jan, 27 Jan, 10 Feb...)
  Mon   Piano (Mrs Ferreira)       P1-P4, rotating
  Tue   Strings (Mr Lund)          P2-P5
  Wed   Brass (Mr Hollins)         P1-P3
  Thu   Voice (Mr Crane)           P3-P6
  Fri   Guitar/bass (Ms Adeyemi)   P1-P4

Week B: same days, but every lesson moves one period later so that you don't keep missing the same subject.

Please check the rota every Friday. If you have a test or a practical in a lesson you're due to miss, tell your instrumental teacher by Friday lunchtime and they'll swap you - don't just not turn up!

ABRSM and Trinity practical exam entries close on 31 January. Mr McLeish has the forms.

Mr Okafor
Director of Music
Example School | 01632 960000"""))

add("flag", "props_racial_slur", "wardrobe to tech manager: racial slur for a corner shop",
    frm=S["quigley"], to=[S["moriarty"]], date="2025-02-11 10:17",
    subject="Props list for Lovett's shop",
    body=simple("""\
Declan,

Got most of the props list sorted for the pie shop. Still missing the old tins, a couple of flour sacks and the newspapers for wrapping. I'll nip to the Paki shop on Woodhouse Lane at lunch - he always has loads of tins and he'll let me have yesterday's papers for nothing.

Can you have the rolling pin and the cleaver ready for Thursday? The rubber cleaver please, not the real one from the store!

Martha"""))

ASSASSINS_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<h2 style="color:#7a1f2b;margin-bottom:4px">AUDITIONS: <i>ASSASSINS</i></h2>
<p style="margin-top:0"><b>Sixth form studio production &middot; Studio 2 &middot; 18&ndash;20 June</b></p>
<p>Hi sixth form,</p>
<p>Our summer studio show is Stephen Sondheim and John Weidman&rsquo;s <i>Assassins</i> &ndash; a darkly funny, genuinely unsettling musical that brings together the men and women who killed, or tried to kill, American presidents, and asks what made them do it. It&rsquo;s one of the cleverest scores Sondheim wrote, moving through marches, ballads, barbershop and folk, and it gives a company of 12&ndash;16 actors something meaty to get their teeth into.</p>
<p>It deals with political violence and gun violence, and we&rsquo;ll talk about that together as a company from the first rehearsal.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #999">
<tr><td style="border:1px solid #999"><b>When</b></td><td style="border:1px solid #999">Monday 10 March, 3.30&ndash;6.00pm</td></tr>
<tr><td style="border:1px solid #999"><b>Where</b></td><td style="border:1px solid #999">Studio 2</td></tr>
<tr><td style="border:1px solid #999"><b>Prepare</b></td><td style="border:1px solid #999">16&ndash;32 bars of any musical theatre song (not from <i>Assassins</i>) and a one-minute modern monologue</td></tr>
<tr><td style="border:1px solid #999"><b>Movement</b></td><td style="border:1px solid #999">short group call with Ms Chandran &ndash; wear something you can move in</td></tr>
</table>
<p>Sign up on the sheet outside D4 by Friday 7 March. Year 13s: I know you have exams in June, so we&rsquo;ll schedule around them &ndash; please don&rsquo;t let that stop you auditioning.</p>
<p>Rehearsals will be Mondays and Wednesdays after school from April, plus the tech weekend.</p>
<p>Any questions, come and find me.</p>
<p>Mr Bankole<br>Drama<br>Example School | 01632 960000</p>
</body></html>"""
add("clean", "assassins_auditions", "HTML-only audition notice for Sondheim's Assassins",
    frm=S["bankole"], to=[P("sixthform", "Sixth Form")], date="2025-02-25 12:30",
    subject="Auditions: ASSASSINS – sixth form studio show",
    body=T(ASSASSINS_HTML, "html", "qp"))

add("flag", "street_dance_homophobic", "HoY to colleague: pupils 'mincing about like a bunch of poofs'",
    frm=S["pryce"], to=[S["brennan"]], date="2025-01-29 13:02",
    subject="Y9 street dance group",
    body=alt("streetdance", """\
Hi Chloe,

Can you have a word with the Year 9 lads in the Wednesday street dance group? I popped in at the end of period 5 yesterday and they were mincing about like a bunch of poofs instead of doing the routine, and half of them didn't even have their kit. Dylan Foster was the worst of them.

I'll back you up with detentions if you need it – just put it on the system and cc me.

Cheers,
Gareth

Gareth Pryce
Head of Year 9
Example School | 01632 960000"""))

add("clean", "dsl_report_changing_room", "staff report to DSL quoting pupil verbatim ('fucking slag'), possible image sharing",
    frm=S["brennan"], to=[S["dsl"]], date="2025-03-04 13:20",
    subject="Concern – Y10 girls' changing room, period 4 today",
    body=simple("""\
Fiona,

I'm logging this on CPOMS as well, but wanted you to have it straight away because I think it needs to come to you today.

During period 4 (Year 10 dance, Studio 2 changing rooms), at about 12.05, I heard raised voices from the girls' changing room. When I went in, Jade M (10C) was crying and Sienna T (10A) was standing over her holding her phone. Sienna said to her, in front of about eight other girls: "You're a fucking slag, everyone's seen your pics, Reece sent them to the whole group chat."

I separated them. Sienna then said "it's not me who sent them, I'm just saying what everyone knows". Jade wouldn't say anything to me apart from "I just want them deleted".

I have not looked at anyone's phone. I've kept Jade with me in the dance office and Mrs Dale (Head of Year 10) has Sienna in the Year 10 office. From what Sienna said, there may be images of Jade being shared by a boy – I think Reece H in Year 11 – which is why I'm coming straight to you.

I'm free period 5 if you want to speak to me.

Chloe Brennan
Teacher of Dance and PE""", cte="8bit"))

add("clean", "costume_fittings", "wardrobe supervisor's costume fitting schedule for the cast",
    frm=S["quigley"], to=[P("sweeneycast", "Sweeney Cast")], date="2025-02-24 08:30",
    subject="Costume fittings this week - check your slot",
    body=simple("""\
Hello Sweeney company!

Fittings start this week in the wardrobe (room D9, behind the Main Hall stage). Each fitting is 10 minutes, so please be on time and come in dance kit or something you can change out of easily - there's a screen but it's a small room.

Monday lunch: Theo, Ellie, Aarav
Tuesday lunch: Mercy, Sipho, Kieran, Sadie
Wednesday after school (3.30-4.30): Ruby, Olly, ensemble A-H
Thursday after school: ensemble I-Z
Friday lunch: anyone I've missed!

Principals - you'll need your show shoes for your fitting. If you don't have black character shoes or black lace-ups, let me know and I'll see what's in the store.

Please DON'T take anything home. I know the Lovett aprons are great, Ellie.

Martha
Wardrobe Supervisor
Example School | 01632 960000"""))

add("clean", "twelfth_night_notes", "drama rehearsal notes on Malvolio's 'her very C's, her U's and her T's' pun",
    frm=S["hughes"], to=[P("y10drama", "Y10 Drama")], date="2025-02-06 17:10",
    subject="Twelfth Night – notes from 2.5 (the letter scene)",
    body=simple("""\
Hi Year 10,

Great session today – the box-tree scene is starting to be properly funny. Notes:

Malvolio (Jonah): lovely work. Slow down when you first see the letter and let the audience get ahead of you. The big laughs come from them knowing before you do.

The handwriting line – "By my life, this is my lady's hand: these be her very C's, her U's and her T's; and thus makes she her great P's." Yes, it's rude. Shakespeare knew exactly what he was doing, so did his audience, and judging by the giggles in the room, so do you. Here's the key: Malvolio does NOT know it's a joke. Play it completely innocently, utterly serious, and the audience will do the rest. The moment you wink at it, it dies.

Sir Toby, Sir Andrew, Fabian: your hiding is getting better, but you're all behind the same bit of the box tree. Spread out – use the two pillars as well – and don't all react at once. Pick your moments.

Maria: more delight when he takes the bait.

Please be off book for 2.5 by Tuesday. We'll run it twice and then start 3.4 (yellow stockings!).

Ms Hughes""", cte="8bit"))

add("flag", "tenors_spaced_letters", "dotted F.u.c.k, spaced s h i t, repeated-letter Fuuuuuck to colleague",
    frm=S["crane"], to=[S["okafor"]], date="2025-03-06 21:48",
    subject="tonight",
    body=simple("""\
Marcus,

F.u.c.k me, what a rehearsal. I know you had to leave at 6 so here's what you missed.

The tenors were s h i t tonight. Not the kids' fault really - half of them have got colds and Kieran's voice has completely gone - but the harmony in the Ballad was a mess and the "City on Fire" entry fell apart three times. Fuuuuuck knows how we're going to get it tight by the sitzprobe.

I've booked the tenors in for a sectional on Monday lunch. Can you send me the piano reduction of the quintet so I can bash it out with them?

Also the pit is still full of the Year 8 xylophones - can someone ask the caretakers?

O"""))

ICS = """\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16011028T020000
TZOFFSETFROM:+0100
TZOFFSETTO:-0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
TZOFFSETFROM:-0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Declan Moriarty":mailto:d.moriarty@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:techcrew@pupils.example-school.org.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Rhiannon Hughes":mailto:r.hughes@example-school.org.uk
UID:040000008200E00074C5B7101A82E00800000000R44SWEENEYGETIN
SUMMARY:Sweeney Todd - GET-IN (crew)
DTSTART;TZID=GMT Standard Time:20250315T090000
DTEND;TZID=GMT Standard Time:20250315T150000
DTSTAMP:20250310T121500Z
LOCATION:Main Hall stage - meet at the get-in door
DESCRIPTION:Black clothes\\, closed-toe shoes\\, no jewellery. Bring lunch.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
add("clean", "tech_crew_rota_ics", "tech crew rota with calendar invite attached",
    frm=S["moriarty"], to=[P("techcrew", "Tech Crew")], cc=[S["hughes"]], date="2025-03-10 12:15",
    subject="Get-in and tech: crew rota + calendar invite",
    body=MIX(bnd("techrota", "mix", "outlook"), alt("techrota", """\
Hi crew,

Here's the plan for next week. A calendar invite for the get-in is attached – please accept it so I know who's coming.

Saturday 15 March – GET-IN, 9.00am–3.00pm (with a proper lunch break). Black clothes, closed-toe shoes, no jewellery. You must have done the working-at-height briefing if you're going up the tallescope; if you haven't, you're on floor and cable duty, no exceptions.

Monday 17 March – technical rehearsal, 3.30–8.30pm. Positions:
• LX board: Femi A
• Sound no. 2: Callum S (with Mr McLeish on the main desk)
• Follow spots: Hana S and Josh P
• Fly floor: Mr Moriarty only (bar 6 is staff only this run)
• Stage management: Priyanka D (DSM on the book), Jacob Q and Maya B (ASMs)

Tuesday 18 March – dress rehearsal, same positions.

If you can't make any of these, let me know by Wednesday and I'll sort a swap. Parents have had the collection times from the office.

Mr Moriarty
Technical Theatre Manager
Example School | 01632 960000"""),
        ATT(ICS, "text/calendar", "invite.ics", params={"method": "REQUEST", "charset": "utf-8"})))

add("clean", "script_language_cuts", "[unsure] staff-to-staff script edit quoting a new play's swearing ('You fucking liar', 'Piss off', 'shit')",
    frm=S["bankole"], to=[S["hughes"]], date="2025-02-19 16:40",
    subject="Concrete Birds – language cuts agreed with the writer",
    body=alt("concretebirds", """\
Hi Rhiannon,

Spoke to Ama Oduya's agent this afternoon and then to Ama herself – she was lovely about it. The festival rules let companies make "minimal changes to language for the age of the cast" as long as the writer agrees, so here's what we've landed on for the Year 9/10 company. I'd like your OK before I give the kids the revised pages tomorrow.

p.12, Kez: "You fucking liar" → "You liar". Ama says the line works better clipped anyway.
p.19, Dom: "Piss off, then" – KEEP. She feels strongly about this one and I agree; it's the turning point of the scene and it's mild.
p.27, Kez and Tash: the run of "shit"s in the argument (four of them) → cut to one, on the final line.
p.33, the slur Reece uses about Dom – KEEP, with the framing we discussed. It's the moment the group turns on Reece and the whole play is built around it. I'll speak to the cast's parents before we rehearse it, and we'll do the same check-in/check-out as with the Othello group.

Everything else stays as written. I'll keep a clean marked-up copy in the department folder for the festival's technical rep.

Shout if you disagree with any of these – otherwise I'll send the pages out tomorrow.

Ayo"""))

DANCE_NOTES = """\
DANCE DEPARTMENT MEETING - Tuesday 4 February 2025
Present: PC, CB, KO

1. Year 11 practical moderation
- Moderator visit confirmed for Wednesday 2 April. Choreography and performance pieces to be filmed by 28 March as a backup.
- KO to book Studio 1 for full run-throughs w/c 17 and 24 March. Clash with Sweeney show week - CB to check with Declan.

2. Sweeney Todd
- Ensemble numbers mostly blocked. Act 2 tango needs cleaning - PC.
- Quick change for Pirelli's girls - PC / Martha.

3. Year 12 spring tour
- Venues confirmed. PC to send budget to Jamie and Grace by end of Friday.

4. Kit
- Queries about ballet kit from Y8 parents - PC replying individually; website kit list needs rewriting (KO).
- Lost property box overflowing. CB to e-mail Y8.

5. AOB
- KO: soft spot in the floor in Studio 1 by the mirrors. Reported to site - Craig says half-term.
- Next meeting: Tuesday 25 February.
"""
add("clean", "dance_dept_minutes", "dance department meeting notes attached as .txt",
    frm=S["chandran"], to=[S["brennan"], S["obi"]], date="2025-02-04 17:30",
    subject="Dance dept meeting notes – 4 Feb",
    body=MIX(bnd("dancenotes", "mix", "outlook"), simple("""\
Hi both,

Notes from today attached. I've put initials next to the actions - shout if I've given you something you didn't agree to!

Thanks for staying late, I know it's a busy one.

P

Priya Chandran
Head of Dance
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""),
        ATT(DANCE_NOTES, "text/plain", "dance_dept_notes_4feb.txt", params={"charset": "utf-8"})))

add("flag", "cover_system_disability_slur", "maths teacher to colleague: system 'designed by a retard'",
    frm=S["rao"], to=[S["asante"]], date="2025-01-15 16:02",
    subject="the new cover booking system",
    body=simple("""\
Kwame,

Have you tried booking cover on the new system yet? It took me 25 minutes to book one lesson for Friday. It makes you click through four screens and then logs you out if you press back. Honestly, it's like it was designed by a retard.

Anyway - I'm out Friday P3 for the Year 11 maths trip and you're down to cover 9X2, if the system has actually saved it. Work will be on the desk; they're on simultaneous equations.

Cheers
Sunil"""))

add("clean", "short_cover_reply", "two-line reply between colleagues about cover",
    frm=S["asante"], to=[S["rao"]], date="2025-01-16 08:12", client="iphone",
    subject="Re: Friday P3",
    in_reply_to=msgid("r44-rao-fridayp3", "outlook"),
    body=simple("""\
No problem, I'll pick up 9X2. Can you leave the seating plan on the desk too?
K

Sent from my iPhone

On 15 Jan 2025, at 16:30, Sunil Rao <s.rao@example-school.org.uk> wrote:

> Are you still OK for 9X2 P3 Friday? The system says you are but I don't trust it.
> S"""))

add("clean", "penistone_brass_festival", "brass band trip details for a festival in Penistone",
    frm=S["okafor"], to=[P("brassband", "Brass Band")], cc=[S["mcleish"]], date="2025-03-24 16:00",
    subject="Penistone Brass Festival - Saturday 29 March",
    body=simple("""\
Hi Brass Band,

Here are the details for the Penistone Youth Brass Festival this Saturday. It's a long day but a great one, and we've got a real chance in the youth section this year.

Coach: leaves from the Park Row gate at 7.30am SHARP. Please be there by 7.15. We're back at around 6.30pm.
Venue: St Aidan's Hall, Penistone. Warm-up room from 10.40; we're on stage at 11.25.
Test piece: "The Pennine Way" (you've had the parts since January). Own choice: "Deep Harmony" and the Ravenswood march.
Uniform: black trousers or skirt, black shoes, white shirt, band tie. No trainers!
Food: bring a packed lunch and plenty of water. There's a cafe but the queue is enormous.

Results are announced at about 4pm, so we stay for the whole afternoon and listen to the other bands - you'll learn loads, and it's polite.

Percussion: Mr McLeish is taking the timps and kit in the van on Friday evening, so please help load after school on Friday (3.30).

Permission forms are due back by Wednesday. I still haven't had them from Toby, Aisha or Jacob.

Mr Okafor
Director of Music
Example School | 01632 960000"""))

add("flag", "nea_portal_cyrillic", "Cyrillic homoglyphs in fuсking / bаstаrds, staff-to-staff",
    frm=S["pennington"], to=[S["whitfield"]], date="2025-03-16 20:30",
    subject="NEA upload",
    body=simple("""\
Tom,

Did you manage to get your coursework samples onto the board's portal? I've spent two hours tonight on the fuсking thing. It accepted eleven of my fifteen scripts and then told me the rest were "in an unsupported format" - they're all PDFs, from the same scanner, scanned on the same day.

The exam board are a bunch of bаstаrds. Deadline's Friday and their helpline closes at 4.

If you got yours done, what did you do? Did you rename the files or something?

Ed""", cte="8bit"))

add("clean", "homophobic_incident_report", "staff report to HoY/DSL quoting homophobic slurs said and written by pupils",
    frm=S["crane"], to=[S["pryce"]], cc=[S["dsl"]], date="2025-01-30 16:45",
    subject="Homophobic comments – Year 9 choir rehearsal today",
    body=alt("choirincident", """\
Gareth (cc Fiona),

I need to report some homophobic language from today's Year 9 choir rehearsal (period 6, M1). I've logged it on CPOMS but wanted you both to have the detail.

While we were working on harmonies for the spring concert, Dylan F and Harvey K were laughing at Nathan R, who had a solo. When Nathan started singing, Harvey said "batty boy" loudly enough for the front row to hear, and Dylan said "that's so gay" twice. When I kept them back at the end, I found "Nathan is a faggot" written on the whiteboard at the back of M1. I photographed it before wiping it off, and the photo is attached to the CPOMS entry.

Both boys said it was "just banter". I've explained why it isn't and told them you would be following it up.

Nathan carried on and sang beautifully, but he was very quiet afterwards and left quickly. I think it would be good if someone checked in with him tomorrow – he's mentioned to me before that things have been difficult in his form.

Thanks,
Oliver

Oliver Crane
Vocal Coach, Music Department
Example School | 01632 960000"""))

NEWSLETTER_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222} h1{color:#4b2a6b;font-size:22px} h2{color:#4b2a6b;font-size:17px;margin-bottom:2px} td{vertical-align:top}</style></head>
<body>
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h1>Example School &ndash; End of Spring Term Newsletter</h1>
<p>Dear Parents and Carers,</p>
<p>What a term! As we break up for Easter I want to thank every one of our students, staff and families for the energy and generosity you have shown since January.</p>
<h2>Sweeney Todd</h2>
<p>Four sold-out nights and a standing ovation on Saturday. Over 90 students were involved on stage, in the band, on the crew and in wardrobe. Special thanks to Mr Moriarty and the tech crew, who solved more problems backstage than the audience will ever know about, and to the parents who collected tired performers from the stage door at ten o&rsquo;clock every night.</p>
<h2>Music</h2>
<p>Our brass band came second in the youth section of a regional brass festival last Saturday &ndash; their best result in six years. The spring concert raised &pound;640 for the instrument bursary fund.</p>
<h2>Professional work</h2>
<p>Several students have been working professionally this term in theatre and television, all under licence and with our chaperones or the production&rsquo;s. We are proud of them and grateful to their families for the hard work that goes into balancing school and performing. If your child is offered professional work, please contact Mrs Lamb, our Licensing &amp; Chaperone Coordinator, as early as possible &ndash; the council needs at least 21 days to issue a licence.</p>
<h2>Year 11 and Year 13</h2>
<p>Mock results have now been shared and revision timetables are on the parent app. Practical exams in dance, drama and music begin in the first week back; please make sure your child is well rested.</p>
<h2>Dates for the summer term</h2>
<ul>
<li>Tuesday 22 April &ndash; students return</li>
<li>Thursday 15 May &ndash; Year 13 Musical Theatre Showcase</li>
<li>Monday 26 May &ndash; Friday 30 May &ndash; half-term</li>
<li>18&ndash;20 June &ndash; sixth form studio production</li>
<li>Friday 18 July &ndash; last day of term</li>
</ul>
<p>Have a restful Easter.</p>
<p>Ruth Ellery<br>Headteacher</p>
<p style="font-size:12px;color:#666">Example School &middot; Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table>
</body></html>"""
add("clean", "spring_newsletter", "HTML-only end-of-term newsletter from the Head",
    frm=S["head"], to=[JANE, SAM, ALI], date="2025-03-28 15:30",
    subject="End of spring term newsletter",
    body=T(NEWSLETTER_HTML, "html", "b64"))

add("clean", "behaviour_policy_language", "staff discussing behaviour-policy section on swearing, quoting examples",
    frm=S["pryce"], to=[S["hoy"]], cc=[S["ashworth"]], date="2025-02-17 07:55",
    subject="Behaviour policy review – swearing and discriminatory language (for Weds meeting)",
    body=alt("behaviour", """\
Hi all,

Ahead of Wednesday's meeting, here's my draft of the language section. The big issue from the staff survey was consistency: some of us are giving C3s for a muttered "shit" in a practical and others are letting "you're a dick" go in the corridor. Students notice, and it isn't fair on them.

Draft proposal:

1. Swearing in general conversation, not aimed at anyone (e.g. dropping a book and saying "shit", "this is crap"): reminder, then C1. We're a performing arts school and students rehearse scripts with strong language, so we need to be clear that the line is about context, not the word on its own. A text being studied or rehearsed with a teacher is not a behaviour issue.

2. Swearing directed at another student ("piss off", "you're a dick" etc.): C2 and a restorative conversation.

3. Swearing at or about a member of staff: C3 and referral to HoY, as now.

4. Any discriminatory language – racist, homophobic, biphobic, transphobic, sexist or disablist, INCLUDING "gay" or "retarded" used as an insult and "joke" slurs: always logged on CPOMS as a prejudice-related incident, C3 minimum, and the HoY follows up with the student and with home. This applies even if the student says it was banter or "just a song lyric".

Question for the meeting: do we want a separate line about lyrics? A few Year 10s have started "singing" slurs from songs in the corridors as a loophole. My view is that it's just point 4.

Comments welcome before Wednesday – please reply to me rather than to all.

Gareth

Gareth Pryce
Head of Year 9
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""))

add("clean", "y12_theatre_trip_letter", "trip letter to parent with PDF consent letter attached",
    frm=S["hughes"], to=[JANE], date="2025-01-15 13:40",
    subject="Year 12 Drama theatre trip – London, Thursday 13 March",
    body=MIX(bnd("ntrip", "mix", "outlook"), alt("ntrip", """\
Dear Ms Parent,

Please find attached a letter about the Year 12 Drama trip to London on Thursday 13 March, to see a matinee at the National Theatre, followed by a backstage tour and a workshop with the production's movement director. This is part of the live theatre evaluation for the A-level course, so we'd really like every student to come.

The cost is £38, which covers return rail travel from Leeds, the ticket and the workshop. Payment and consent are both on the parent app, by Friday 7 February. If cost is a barrier, please contact me in confidence – no student will miss out for financial reasons.

We leave Leeds station at 7.05am and return at 9.40pm. Students will need a packed lunch and money for an evening meal at King's Cross.

Kind regards

Rhiannon Hughes
Head of Drama
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""),
        ATT(make_pdf([
            "Example School - Park Row, Leeds LS1 4AP - 01632 960000",
            "",
            "YEAR 12 DRAMA: THEATRE TRIP TO LONDON",
            "Thursday 13 March 2025",
            "",
            "Dear Parent/Carer,",
            "",
            "Year 12 Drama students will travel by train to London to see a matinee",
            "performance at the National Theatre, followed by a backstage tour and a",
            "practical workshop. This visit supports the live theatre evaluation",
            "component of the A-level course.",
            "",
            "Depart: Leeds station 07:05    Return: Leeds station approx. 21:40",
            "Cost: 38.00 (rail, ticket and workshop)",
            "Staff: Ms R. Hughes, Mr A. Bankole",
            "",
            "Please give consent and pay via the parent app by Friday 7 February.",
            "",
            "Yours faithfully,",
            "R. Hughes, Head of Drama",
        ]), "application/pdf", "Y12_Drama_London_trip_letter.pdf")))

add("flag", "get_out_piss_poor", "subject 'Piss-poor turnout' + 'it's shit' in staff e-mail",
    frm=S["moriarty"], to=[S["hughes"], S["okafor"], S["chandran"]], date="2025-03-23 23:05",
    subject="Piss-poor turnout for the get-out",
    body=simple("""\
All,

Four staff signed up for the get-out today. One turned up (thank you Martha). Me, Martha and six Year 12s took down the whole set, the rig and the cloths between 10 and 5, and half the cast's stuff is still in the dressing rooms because nobody came to supervise it.

I know everyone's knackered after show week. So am I. But this happens every single production and it's shit. If we can't staff the get-out, we shouldn't be building sets this size.

I'm putting a get-out rota into the production calendar for the summer show now, with names, and I'd like it agreed at the next production meeting.

Declan"""))


# ======================================================================================
# 041-060
# ======================================================================================
add("clean", "tourettes_coprolalia", "SENCo briefing on a pupil with Tourette's whose tics include 'shit' and 'fuck'",
    frm=S["kowalski"], to=[S["hughes"], S["okafor"], S["chandran"], S["moriarty"], S["crane"]],
    date="2025-01-20 12:40", subject="Confidential – pupil with Tourette's joining the Sweeney ensemble",
    body=alt("tourettes", """\
Dear all,

Max L (10B) has been cast in the Sweeney ensemble, and his mum has asked me to share some information with the production team, with Max's agreement. Please keep this to staff who need it.

Max has Tourette's syndrome. His tics are mostly motor (shoulder shrugs, head jerks, blinking) with some vocal ones – sniffing, throat-clearing and occasionally words. At the moment this includes coprolalia, which means some of his vocal tics are swear words; the most frequent ones recently have been "shit" and "fuck", and occasionally a short phrase. This is completely involuntary. He is not being rude, and he is often very embarrassed afterwards.

What helps:
• Don't react, don't sanction, and don't ask him to stop or "hold it in" – suppressing tics is exhausting and tends to make them worse later.
• Please ask other students not to react either. Max would like to tell the cast himself at the first company call, with me there.
• Tics often increase with stress, excitement and tiredness, so tech week and late finishes are likely to be harder. He knows he can step out to the SEN base or the green room at any time.
• Many people with Tourette's find their tics reduce while they're absorbed in performing or playing music, and Max says this is true for him when he's dancing. So please don't keep him off stage "just in case".

He has a time-out card that he can show you without needing to explain. His learning passport on the system has been updated.

I'm very happy to talk to anyone who has questions.

Thanks,
Nadia

Nadia Kowalski
SENCo
Example School | 01632 960000"""))

add("clean", "y10_reports_available", "office notice: progress reports on the parent app",
    frm=S["office"], to=[ALI], date="2025-01-31 15:00",
    subject="Year 10 progress reports now available",
    body=simple("""\
Dear Parent/Carer,

Year 10 progress reports for the spring term are now available in the Reports section of the parent app. Each report shows your child's current working-at grade, their target grade and an attitude to learning score for each subject.

Year 10 parents' evening is on Thursday 27 February (4.00-7.00pm). Appointments can be booked through the app from Monday 10 February.

If you have any difficulty logging in, please reply to this e-mail or ring the office on 01632 960000.

Kind regards

Example School Office
Park Row, Leeds LS1 4AP"""))

add("flag", "fullwidth_friday", "full-width letters ＳＨＩＴ / ＦＵＣＫＩＮＧ from phone, staff-to-staff",
    frm=S["dubois"], to=[S["haddad"]], date="2025-02-14 15:58", client="outlook_ios",
    subject="friday 🙃",
    body=ALT(bnd("fullwidth", "alt", "outlook_ios"),
             T("""\
Yas,

What a ＳＨＩＴ week. Year 9 set 4 were feral, the photocopier ate my listening test, and I've just been told I'm on duty at the dress rehearsal on Monday as well as Tuesday.

Drink at the Victoria at 5? I need one. ＦＵＣＫＩＮＧ need one, actually.

S x

Get Outlook for iOS""", "plain", "qp"),
             T("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="ltr">Yas,</div><div dir="ltr"><br></div>
<div dir="ltr">What a ＳＨＩＴ week. Year 9 set 4 were feral, the photocopier ate my listening test, and I've just been told I'm on duty at the dress rehearsal on Monday as well as Tuesday.</div><div dir="ltr"><br></div>
<div dir="ltr">Drink at the Victoria at 5? I need one. ＦＵＣＫＩＮＧ need one, actually.</div><div dir="ltr"><br></div>
<div dir="ltr">S x</div><div dir="ltr"><br></div>
<div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>
</body></html>""", "html", "qp")))

add("clean", "burns_ceilidh_dances", "ceilidh dance list: Gay Gordons, Strip the Willow",
    frm=S["brennan"], to=[S["allstaff"], P("sixthform", "Sixth Form")], date="2025-01-20 09:30",
    subject="Burns Night ceilidh – Friday, the dances, and a quick favour",
    body=alt("ceilidh", """\
Hi everyone,

Our sixth form Burns Night ceilidh is on Friday 24 January, 7–10pm in the Main Hall. The Year 12 folk ensemble are playing (they're brilliant) and I'll be calling.

So nobody panics, here are the dances we'll do – every one is walked through first:
1. The Gay Gordons (couples, easy, a good one to start with)
2. Strip the Willow (chaotic, joyful, hold on tight)
3. The Dashing White Sergeant (sets of three)
4. The Canadian Barn Dance
5. Orcadian Strip the Willow, if we're feeling brave
6. The Military Two-Step
7. Auld Lang Syne to finish

Haggis, neeps and tatties from 7.30 (veggie haggis available – tell the kitchen by Wednesday).

The favour: I need four staff to help anchor the Strip the Willow sets so the Year 12s don't spin each other off the stage. Reply to me if you're up for it!

Chloe

Chloe Brennan
Teacher of Dance and PE
Example School | 01632 960000"""))

add("clean", "y12_parents_evening", "Director of Sixth Form: parents' evening booking",
    frm=S["fairbairn"], to=[JANE], date="2025-02-03 16:00",
    subject="Year 12 parents' evening - bookings open",
    body=simple("""\
Dear Ms Parent,

Year 12 parents' evening will be held on Thursday 6 March from 4.30 to 7.30pm. It's an important evening: the first formal chance this year to talk to subject teachers about how Example Pupil One is settling into A-level study. We'll also have information on UCAS, drama school and conservatoire applications, and apprenticeships, in the sixth form centre.

Appointments can be booked on the parent app from 6pm tonight until Tuesday 4 March. Each appointment is 5 minutes and you can choose an in-person or video appointment.

If you would like to speak to me as Director of Sixth Form, please book a slot in the usual way.

Kind regards

Jamie Fairbairn
Director of Sixth Form
Example School, Park Row, Leeds LS1 4AP
01632 960000"""))

add("clean", "scunthorpe_licence_chaperone", "licence/chaperone arrangements to parent for filming in Scunthorpe",
    frm=S["licensing"], to=[ALI], cc=[HARRIET], date="2025-01-27 10:30",
    subject="Licence and chaperone for Steel Town – filming in Scunthorpe",
    body=alt("scunthorpe", """\
Dear Mr Guardian,

Following Mrs Ellery's e-mail to Harriet last week, I've started the licence application for Example Pupil Three's filming on Steel Town. I've copied Harriet in so that we're all working from the same information.

A few things to let you know:

• Although the filming is in Scunthorpe, the licence is issued by Leeds, because it's the council where the child lives that deals with it, not North Lincolnshire. Harriet – the production office seemed to think otherwise, so please could you let them know?
• The production has booked a hotel in Scunthorpe for the nights of 6, 7 and 8 April. If you're going with him yourself, you don't need a chaperone approval as his parent. If not, the production will provide an approved chaperone and I'll need their name for the form.
• Travel is on the Sunday afternoon (6 April); the production will send the details.
• He'll need to do three hours of schoolwork a day on set on the two school days. His teachers are preparing the work now.

I'll need the parent section of the form, a copy of his birth certificate and a passport-style photo by Friday 7 February. I can use the photo from his school record if you're happy for me to.

Any questions, please get in touch.

Kind regards,

Beatrice Lamb
Licensing & Chaperone Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000"""))

add("flag", "agent_cunt", "staff-to-staff venting calling an agent a 'cunt'",
    frm=S["lamb"], to=[S["marsh"]], date="2025-01-30 16:20",
    subject="that agent again",
    body=alt("agentvent", """\
Helen,

If a man called Gavin Roe from Starfield Management rings the office again, please just take a message. He's rung me four times today about the Lamplighter's licence, shouted at me on the last call because it "should have been sorted weeks ago", and then told me I was "obstructing his client's career". He only sent the schedule through YESTERDAY. He knows full well the council need 21 days.

What a cunt. Sorry. But honestly.

I'll ring him back tomorrow once I've calmed down, and I'll cc Ruth on anything in writing.

B""", cte="7bit"))

add("clean", "singing_exam_reply", "vocal coach replies to parent about Grade 6 singing exam",
    frm=S["crane"], to=[ALI], date="2025-02-11 12:50", client="iphone",
    subject="Re: Singing exam entry for Example Pupil Three",
    in_reply_to="<20250210192201.4F2A1@btinternet.com>",
    body=alt("singingexam", """\
Hi Mr Guardian,

Thanks for your e-mail. Yes, I think he's ready for Grade 6 this summer – his sight-singing has come on a lot since September and his songs are sounding really secure.

The entry deadline for the summer session is Friday 28 February. The fee is £74, which you pay through the parent app (I'll ask the office to set up the payment item this week). The exams will be held in school in the week of 16 June; we get the exact date about four weeks before.

Songs: he's working on "Linden Lea", "The Lark in the Clear Air" and a musical theatre choice – he wants "Santa Fe" from Newsies, which I think suits him really well. He'll have two rehearsals with the accompanist in June.

The filming in April shouldn't be a problem as long as he keeps up his practice while he's away – I'll give him a short warm-up routine he can do in a hotel room.

Best wishes,
Oliver Crane
Vocal Coach
Example School | 01632 960000""", quote={"kind": "gmail", "attr": "On 10 Feb 2025, at 19:22, Ali Guardian <ali.guardian@btinternet.com> wrote:", "text": """\
Dear Mr Crane,

Example Pupil Three says you've suggested he takes his Grade 6 singing this summer. Could you let me know the dates and the cost, and whether the filming in April will be a problem?

Many thanks,
Ali Guardian"""}, style="apple", client="iphone"))

add("clean", "drama_school_auditions", "Year 13 audition logistics: East 15 (Essex), Sussex, Middlesex, Rose Bruford",
    frm=S["fairbairn"], to=[P("year13", "Year 13")], date="2025-01-09 12:00",
    subject="Drama school, conservatoire and uni auditions – keeping track",
    body=alt("dramaschools", """\
Hi Year 13,

Happy new year! It's audition season, so here are a few practical things.

1. Please add every audition to the shared tracker in the sixth form Team (date, venue, time, what you need to prepare). There are a few gaps. We need to know where you are for attendance purposes, and so that we can support you.

2. Travel. Lots of you are heading south in the next few weeks: East 15 in Loughton, Essex; Rose Bruford in Sidcup; Mountview in Peckham; Middlesex University in Hendon for dance and musical theatre; the University of Sussex in Brighton for those going down the academic drama route. Book trains early – Advance fares from Leeds to London are often half the price – and use your 16–25 Railcard.

3. Audition fees. Many drama schools waive audition fees for students who receive free school meals or bursary support. Check their websites, or come and see me and I'll help you apply. Don't rule somewhere out because of the fee.

4. Missed lessons. Auditions are authorised absence, but you need to catch up. Tell your subject teachers in advance and pick up the work.

5. Speeches and songs. Mr Bankole, Ms Hughes and Mr Crane are running audition clinics on Tuesday and Thursday lunchtimes in D4. Book a slot on the sheet.

Good luck, all of you – we're so proud of how far you've come.

Mr Fairbairn
Director of Sixth Form
Example School | 01632 960000"""))

add("clean", "west_end_masterclass", "Head of Dance announces a masterclass with a West End swing",
    frm=S["chandran"], to=[P("sixthform", "Sixth Form")], date="2025-03-03 09:10",
    subject="Masterclass this Thursday with a West End swing",
    body=simple("""\
Hi all,

We're really lucky to have Danielle Osborne, one of our former students and now a swing in a long-running West End musical, coming in on Thursday 6 March, 3.30-5.30pm in Studio 1.

A swing covers several ensemble tracks (and sometimes principals) and can go on at a few minutes' notice. Danielle will talk about how she learns multiple tracks, how she keeps her notes, and what life is actually like at eight shows a week. Then there's a 45-minute musical theatre dance class and a Q&A.

Open to all Year 12 and 13 dance, drama and musical theatre students. Places are limited to 30 - sign up on the sheet on the dance office door. Wear dance kit and bring jazz shoes or trainers.

Ms Chandran
Head of Dance"""))

add("flag", "parent_call_zero_width", "zero-width characters inside 'twat' and 'bullshit', staff-to-staff, QP body",
    frm=S["whitfield"], to=[S["asante"]], date="2025-02-21 16:45",
    subject="parents' evening",
    body=simple("""\
Kwame,

Just had the dad from 11Y on the phone for 20 minutes about his son's mock grade. Told me I'd "clearly got it in" for the lad and he'd be "going to the governors". The kid didn't hand in either essay. What a twa\u200bt.

I'm not doing his appointment at parents' evening on my own - can you sit in with me? He's booked 6.20.

And the whole "predicted grades are a contract" thing is such bull\u200bshit. Whoever started that one at parents' evening three years ago has a lot to answer for.

Pint after?

Tom""", cte="qp"))

add("clean", "panto_dick_whittington", "Y7 panto cast list: Dick Whittington, Tommy the Cat, Sarah the Cook",
    frm=S["castellano"], to=[P("year7", "Year 7")], date="2025-01-13 15:30",
    subject="Year 7 panto – Dick Whittington cast list!",
    body=alt("panto", """\
Hello Year 7!

What a brilliant audition day – thank you for being so brave, especially those of you who had never been on a stage before. Here's the cast for our Dick Whittington, which we'll perform for our partner primary schools on Thursday 13 February (two shows, 10am and 1.30pm).

Dick Whittington – Maya B
Tommy the Cat – Jacob Q
Alice Fitzwarren – Amira S
Alderman Fitzwarren – Leo P
Sarah the Cook (our Dame!) – Harrison T
Idle Jack – Evie W
King Rat – Sami K
Fairy Bowbells – Grace L
The Sultan of Morocco – Tyler J
Chorus of rats, sailors and Londoners – everybody else!

Dick's big moment is hearing the Bow Bells ("Turn again, Whittington, Lord Mayor of London!"), so Maya, Grace and the chorus – we'll work on that first. King Rat, I want boos so loud they can hear them in the car park.

Rehearsals are Tuesdays and Thursdays after school, 3.30–4.30, in Studio 3. Please practise the "Oh no it isn't!" / "Oh yes it is!" bit – it's harder to time than you'd think.

Mr Castellano
Drama
Example School | 01632 960000"""))

add("clean", "remittance_advice", "business manager's remittance advice to a hire company",
    frm=S["nwosu"], to=[("Lumen Stage Hire Accounts", "accounts@example.net")], date="2025-03-26 11:05",
    subject="Remittance advice - invoice LS-44817",
    body=simple("""\
Dear Accounts team,

Please find below remittance advice for a payment made today by BACS.

Supplier: Lumen Stage Hire Ltd
Invoice: LS-44817 (lighting and radio mic hire, Sweeney Todd, 10-24 March 2025)
PO number: PO-25-0392
Amount: £2,364.00 (incl. VAT)
Payment date: 26/03/2025
Reference: EXSCH 0392

Please note that we have NOT paid invoice LS-44906 (courier charge, £180.00). Our order of 4 February was for 24 radio mic packs, as confirmed in your e-mail of the same date, and only 16 were delivered on 5 March. The remaining eight were sent at our request to complete the original order. Please issue a credit note.

Kind regards,

Grace Nwosu
Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | finance@example-school.org.uk""", cte="8bit"))

QUICKCHANGE_HTML = """\
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Priya,</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Tried the quick change again with Ruby tonight and it&#39;s still 50 seconds. The velcro on the waistcoat is total <span style="color: rgb(0, 0, 0);">bol</span><span style="color: rgb(0, 0, 0);">locks</span> &ndash; it keeps catching on the lace. I&#39;m going to swap it for poppers tomorrow.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Also whoever moved the costume rail out of the wings is an arse<b></b>hole. I&#39;ve put a big sign on it now.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
And can you remind the ensemble girls NOT to leave their shoes in the quick-change corner? Someone&#39;s going to go flying, and it&#39;ll be a total &#115;&#104;&#105;&#116;show if Johanna opens in a plaster cast.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
M</div>
</body>
</html>"""
add("flag", "quick_change_html_split", "HTML-only: 'bollocks' split across spans, 'arse<b></b>hole', '&#115;&#104;&#105;&#116;show'",
    frm=S["quigley"], to=[S["chandran"]], date="2025-03-12 19:20",
    subject="RE: Pirelli quick change",
    in_reply_to=msgid("r44-chandran-quickchange", "outlook"),
    body=T(QUICKCHANGE_HTML, "html", "qp"))

add("clean", "access_arrangements_mocks", "SENCo: access arrangements list for mocks (initials)",
    frm=S["kowalski"], to=[S["teaching"]], date="2025-01-27 07:45",
    subject="Access arrangements for Year 11 mocks (w/c 3 Feb)",
    body=alt("access", """\
Dear colleagues,

Year 11 mocks start next Monday. Below are the students with access arrangements, so that invigilators and anyone running a practical or a listening paper in their own room can plan. Full details are on the SEN register – please don't print this list or leave it on desks.

25% extra time: AB (11C), JD (11Y), MO'C (11A), RT (11B), SW (11Y)
Reader: JD (11Y), KP (11C) – in the small hall with Mrs Iqbal
Word processor (spellcheck off): AB (11C), LH (11A), TN (11B)
Rest breaks: ZK (11A) – may leave the room with an invigilator; time is added back
Separate room: KP (11C), ZK (11A) – room S4
Coloured overlays / printed papers on cream: LH (11A)

For the music listening paper on Wednesday, the two students with readers will sit it in S4 with their own playback so that the reader doesn't talk over the extracts.

If a student on this list turns up without their arrangements being in place, please send them to the exams office straight away rather than starting them in the hall.

Thanks,
Nadia

Nadia Kowalski
SENCo
Example School | 01632 960000"""))

add("clean", "physio_spastic_diplegia", "SENCo shares physio advice: 'spastic diplegia' (cerebral palsy) in dance",
    frm=S["kowalski"], to=[S["chandran"], S["brennan"]], date="2025-03-10 10:30",
    subject="Physio advice for L.M. (Year 8) in dance",
    body=simple("""\
Hi Priya and Chloe,

I've had the updated report from L.M.'s NHS physiotherapist and wanted to share the bits that matter for dance before the new unit starts.

L.M. has spastic diplegia, which is a type of cerebral palsy that mainly affects the legs. "Spastic" here is the medical term for increased muscle tone: her leg muscles are tighter and stiffer than usual, particularly the calves and hamstrings, which affects her balance and makes quick changes of direction harder. The physio describes it as mild.

Physio recommendations:
• She should take part fully, with adaptations rather than being left out – this is really important to her and to her family.
• Warm up gently and for longer than the rest of the group; she has a stretching routine she can do at the barre.
• Avoid long periods on relevé (up on the balls of the feet). Floor work and contemporary are great.
• She wears ankle-foot orthoses (AFOs) most of the day but may take them off for barefoot contemporary – she knows what works and will tell you.
• Fatigue builds up over the day, so period 5/6 lessons may be harder.

She would love to be part of the Year 8 group piece for the summer showcase. I'd suggest giving her a section where she can use the floor and her upper-body strength.

Her physio is happy to come in and do a short session with you both if that would help – let me know and I'll arrange it.

Thanks,
Nadia

Nadia Kowalski
SENCo
Example School | 01632 960000""", cte="8bit"))

add("clean", "choreographer_booking", "Head of Dance confirms a workshop booking with an external choreographer",
    frm=S["chandran"], to=[("Tomasz Wrona", "tomasz.wrona@example.net")], date="2025-01-16 11:30",
    subject="Contemporary repertoire workshop – Wednesday 26 February",
    body=alt("choreo", """\
Dear Tomasz,

Thank you for getting back to me so quickly – we're thrilled you can come in.

To confirm the details:
Date: Wednesday 26 February
Time: 1.00–4.00pm (with a 15-minute break)
Where: Studio 1, Example School, Park Row, Leeds LS1 4AP – please sign in at main reception
Group: 28 dancers from Year 11 and Year 12 (GCSE and A-level Dance)
Focus: repertoire from "Fault Lines", ideally the duet section, which the Year 12s are studying as their set work
Fee: £450 plus travel, as agreed

Because you'll be working with students under 18, I'll need to see your enhanced DBS certificate (or your Update Service details) when you arrive, and reception will give you a visitor lanyard and our safeguarding leaflet. Sorry to be formal – it's the same for everyone.

There's parking at the back of the building, off Park Row, and I'll meet you at reception at 12.30 so you can see the studio before the students arrive.

Best wishes,
Priya

Priya Chandran
Head of Dance
Example School | 01632 960000"""))

# QP with soft line breaks placed inside the swear words (NUL marks a forced soft break).
_UCAS = """\
Ed,

Thanks for getting your references in. The only one still outstanding is from that bell\x00end in science who told me at briefing this morning that he "doesn't see why he has to write them at all". The deadline was Friday. Two of the kids have had their conservatoire applications sitting there for a week waiting for one fuck\x00ing paragraph.

I've escalated to Ruth. Don't say anything, obviously.

J"""
add("flag", "ucas_refs_qp_softbreak", "QP soft line breaks inside 'bell=end' and 'fuck=ing', both MIME parts",
    frm=S["fairbairn"], to=[S["pennington"]], date="2025-01-28 17:50",
    subject="UCAS refs",
    body=ALT(bnd("ucasrefs", "alt", "outlook"),
             T(_UCAS, "plain", "qp"),
             T(HTML_HEAD_OUTLOOK + _outlook_paras(_UCAS) + HTML_TAIL_OUTLOOK, "html", "qp")))

add("clean", "vocal_warmups_notes", "vocal coach sends warm-up tracks and rehearsal notes to cast",
    frm=S["crane"], to=[P("sweeneycast", "Sweeney Cast")], date="2025-01-28 18:10",
    subject="Warm-up tracks + notes from tonight",
    body=simple("""\
Hi all,

Lovely work tonight, especially the Act 1 opening - you're starting to sound like a proper company rather than 40 individuals.

The warm-up tracks are now in the Sweeney channel on Teams (Files > Vocal > Warm-ups). There are three: a 5-minute one for the bus, a 12-minute full one, and a lip-trill-and-sirens one for "I've got a cold" days. Please do the 12-minute one before every rehearsal from now on. I'll know.

Notes:
- Consonants! Sondheim lives and dies on them. "Attend the tale" should land on the Ts, not drift.
- Ensemble sopranos: from bar 112 you're rushing. Watch me, not each other.
- Everyone: if you're ill, mark, don't push. Tell me and I'll give you a vocal rest day. Nobody gets extra points for losing their voice before the show.

Next vocal call: Thursday 3.30, M1. Bring a pencil.

Mr Crane
Vocal Coach"""))

add("clean", "french_faux_amis", "French false friends: préservatif, pleine, phoque",
    frm=S["dubois"], to=[P("9y-french", "9Y French")], date="2025-03-05 15:20",
    subject="Les faux amis – révision pour jeudi",
    body=alt("fauxamis", """\
Bonjour 9Y,

As promised, here are the faux amis (false friends) from today – words that look like English but mean something different. Learn them for Thursday's quiz. A few of them will save you from real embarrassment on the Lyon exchange!

– la librairie = bookshop (a library is une bibliothèque)
– le collège = secondary school, for 11–15 year olds
– sensible = sensitive (sensible is raisonnable)
– actuellement = currently (actually is en fait)
– la monnaie = change/coins (money is l'argent)
– blesser = to injure (to bless is bénir)
– rester = to stay (to rest is se reposer)
– un préservatif = a condom! If you mean a preservative in food, it's un conservateur. You can imagine how last year's Year 10s found this one out.
– Je suis pleine – don't say this after a big meal. "Pleine" is used for pregnant animals; say "J'ai bien mangé" or "Je n'ai plus faim" instead.

And one pronunciation warning from today: le phoque is a seal. Yes, really. Practise saying it with a straight face – we're doing animals next week.

Bonne révision !
Mme Dubois
Example School | 01632 960000"""))


# ======================================================================================
# 061-080
# ======================================================================================
add("flag", "late_bus_base64_parent", "base64 body to a parent: bus is 'a total shitshow', 'pissed off'",
    frm=S["attendance"], to=[ALI], date="2025-01-24 16:40",
    subject="Example Pupil Three – late marks this week",
    body=simple("""\
Dear Mr Guardian,

Thanks for ringing back this afternoon. Just to confirm what we said: I've changed Example Pupil Three's late marks on Tuesday, Wednesday and Thursday to "late – transport", so they won't count against him.

Honestly, the 56 bus has been a total shitshow since they changed the timetable in January, and I'm as pissed off about it as you are – we've had over forty students late this week off that one route. The Head is writing to the bus company on Monday.

If it happens again next week, just ring the attendance line or reply here before 9 and I'll mark it straight away.

Kind regards,
Lucy Tremlett
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000""", cte="b64"))

CHAP_CSV = """\
date,time,venue,chaperone,notes
Mon 24/02/2025,13:00-17:30,Rehearsal rooms (Great George St),Helen Marsh,First day - read-through; collect from school office 12:40
Tue 25/02/2025,13:00-17:30,Rehearsal rooms (Great George St),Martha Quigley,
Wed 26/02/2025,09:30-13:00,Rehearsal rooms (Great George St),Lucy Tremlett,Morning call; back to school for P5
Thu 27/02/2025,13:00-17:30,Rehearsal rooms (Great George St),Helen Marsh,
Fri 28/02/2025,13:00-16:00,Rehearsal rooms (Great George St),Martha Quigley,Short day
Mon 03/03/2025,13:00-17:30,Rehearsal rooms (Great George St),Lucy Tremlett,
Tue 04/03/2025,13:00-17:30,Rehearsal rooms (Great George St),Helen Marsh,
Wed 05/03/2025,09:30-13:00,Rehearsal rooms (Great George St),Martha Quigley,Tutor session 11:00-12:00
Thu 06/03/2025,13:00-17:30,Rehearsal rooms (Great George St),Lucy Tremlett,
Fri 07/03/2025,13:00-16:00,Rehearsal rooms (Great George St),Helen Marsh,Hand over to production chaperone from Mon 10/03
"""
add("clean", "chaperone_rota", "licensing coordinator sends staff chaperone rota (CSV)",
    frm=S["licensing"], to=[S["marsh"], S["quigley"], S["attendance"]], date="2025-02-17 12:00",
    subject="Chaperone rota – Lamplighter's Daughter rehearsals",
    body=MIX(bnd("chaprota", "mix", "outlook"), alt("chaprota", """\
Hi all,

Thank you for volunteering to chaperone Example Pupil Two for the first two weeks of rehearsals. The production's own chaperone takes over from Monday 10 March, so it's only these two weeks.

The rota is attached. Key points from the council's guidance:
– Have your chaperone approval letter with you (copies are in the licensing folder in the office if you've lost yours).
– You are responsible for the child from collection at school until handover to their parent/carer, including breaks and the walk to and from the rehearsal rooms.
– Keep the daily record sheet: times of arrival, rehearsal, breaks, meals, tutoring and departure. These get checked.
– The child must not work more than the permitted hours. If the rehearsal is running over, it's your job to say so – politely but firmly!
– Maximum of 12 children per chaperone; in practice you'll have our student plus two from another school.

It's a ten-minute walk from school to the rehearsal rooms. Please collect Example Pupil Two from the school office.

Thanks again – shout with any questions.

Beatrice

Beatrice Lamb
Licensing & Chaperone Coordinator
Example School | 01632 960000"""), ATT(CHAP_CSV, "text/csv", "chaperone_rota_LD.csv")))

MENU_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>Here is the menu for show-week suppers (served 5.00&ndash;5.30pm in the dining hall). Staff supervising the tech, dress or performances are very welcome to eat with the cast and crew &ndash; please let Carol in the kitchen know your numbers by <b>Friday 14 March</b>.</p>
<table cellpadding="5" style="border-collapse:collapse" border="1">
<tr style="background:#e8e0f0"><th>Day</th><th>Main</th><th>Vegetarian</th><th>Pudding</th></tr>
<tr><td>Mon 17 (tech)</td><td>Faggots in onion gravy, mash and mushy peas</td><td>Glamorgan sausages</td><td>Spotted dick and custard</td></tr>
<tr><td>Tue 18 (dress)</td><td>Cock-a-leekie soup and crusty bread, then cottage pie</td><td>Lentil cottage pie</td><td>Bakewell tart</td></tr>
<tr><td>Wed 19</td><td>Chicken and shiitake mushroom stir-fry with noodles</td><td>Tofu and shiitake stir-fry (vegan)</td><td>Fruit salad</td></tr>
<tr><td>Thu 20</td><td>Toad in the hole with onion gravy</td><td>Veggie toad in the hole</td><td>Jam roly-poly and custard</td></tr>
<tr><td>Fri 21</td><td>Fish and chips</td><td>Halloumi and chips</td><td>Eton mess</td></tr>
<tr><td>Sat 22 (matinee)</td><td>Jacket potatoes with fillings</td><td>Jacket potatoes with fillings</td><td>Flapjack</td></tr>
</table>
<p>The kitchen is nut-free all week. Any other allergies or dietary requirements for cast and crew should already be on the list the office sent to Carol &ndash; if you know of any changes, please tell her directly.</p>
<p>Thank you,<br>Helen</p>
<p style="color:#555">Helen Marsh<br>Office Manager<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</body></html>"""
add("clean", "showweek_supper_menu", "HTML-only show-week menu: faggots, spotted dick, cock-a-leekie, shiitake",
    frm=S["office"], to=[S["allstaff"]], cc=[S["kitchen"]], date="2025-03-12 10:00",
    subject="Show week suppers – menu for cast and crew (17–22 March)",
    body=T(MENU_HTML, "html", "qp"))

_SUBJ_COPIER = "this fucking photocopier…"
add("flag", "photocopier_encoded_subject", "swearing only in an RFC 2047 base64-encoded subject",
    frm=S["marsh"], to=[S["nwosu"]], date="2025-03-17 08:20",
    subject=_SUBJ_COPIER,
    raw_subject="=?UTF-8?B?" + base64.b64encode(_SUBJ_COPIER.encode("utf-8")).decode("ascii") + "?=",
    body=simple("""\
Grace,

It's jammed again. Same error code as last week (C-3201), and the engineer can't come until Wednesday. I've got 400 programmes to print for Wednesday night and the risograph in reprographics is on its last legs too.

Can we get the emergency call-out authorised? It's £95, but honestly I'd pay it myself at this point.

Helen""", cte="8bit"))

add("clean", "showcase_song_titles", "[unsure] Director of Music asks Head to approve song titles 'Totally Fucked' and 'The Bitch of Living' (Spring Awakening)",
    frm=S["okafor"], to=[S["head"]], cc=[S["hughes"]], date="2025-02-27 17:15",
    subject="Year 13 showcase – song list for your approval",
    body=alt("showcase", """\
Dear Ruth,

As agreed at SLT, here is the provisional song list for the Year 13 Musical Theatre Showcase on Thursday 15 May, for your approval before the programme goes to print. The audience will be families and invited guests, and we're advertising it as suitable for ages 14+.

1. "Seasons of Love" (Rent) – full company
2. "Omigod You Guys" (Legally Blonde) – Sadie and company
3. "Santa Fe" (Newsies) – Kieran
4. "Totally Fucked" (Spring Awakening) – Theo and company
5. "Being Alive" (Company) – Freya
6. "She Used to Be Mine" (Waitress) – Sadie
7. "You Will Be Found" (Dear Evan Hansen) – full company

The one that needs your decision is no. 4. That is the song's real title and the lyric uses the word throughout. It's one of the most exciting company numbers in the modern repertoire, and the students chose it themselves. Options:

(a) perform it as written, with the title printed in full in the programme and a language advisory on the ticketing page;
(b) perform it as written but print the title as "Totally F***ed", which is how many theatres print it;
(c) swap it for another number from the same show – "The Bitch of Living" (which, as you can see, doesn't exactly solve the problem) or "Mama Who Bore Me (Reprise)".

My recommendation is (b). The students are 17 and 18, and the performing licence doesn't allow us to change the lyrics.

Happy to talk it through.

Marcus

Marcus Okafor
Director of Music
Example School | 01632 960000"""))

MOCKS_CSV = """\
date,session,subject,paper,duration_mins,room
Mon 03/02/2025,AM,English Language,Paper 1,105,Main Hall
Mon 03/02/2025,PM,Science (Combined),Biology 1,75,Main Hall
Tue 04/02/2025,AM,Maths,Paper 1 (non-calculator),90,Main Hall
Tue 04/02/2025,PM,History,Paper 1,120,Main Hall
Wed 05/02/2025,AM,Music,Component 3 (listening),75,M1 + S4
Wed 05/02/2025,PM,Geography,Paper 1,90,Main Hall
Thu 06/02/2025,AM,English Literature,Paper 1,105,Main Hall
Thu 06/02/2025,PM,Drama,Component 3 (written),105,Main Hall
Fri 07/02/2025,AM,Science (Combined),Chemistry 1,75,Main Hall
Mon 10/02/2025,AM,Maths,Paper 2 (calculator),90,Main Hall
Mon 10/02/2025,PM,Dance,Component 1 (written),90,Main Hall
Tue 11/02/2025,AM,English Language,Paper 2,105,Main Hall
Tue 11/02/2025,PM,French,Listening + Reading,105,Main Hall
Wed 12/02/2025,AM,Science (Combined),Physics 1,75,Main Hall
Thu 13/02/2025,AM,Maths,Paper 3 (calculator),90,Main Hall
"""
add("clean", "mock_timetable_csv", "exams officer sends final mock timetable as CSV",
    frm=S["exams"], to=[S["teaching"]], date="2025-01-24 14:00",
    subject="Year 11 mock exam timetable (w/c 3 and 10 Feb) - FINAL",
    body=MIX(bnd("mocks", "mix", "outlook"), simple("""\
Dear all,

Attached is the final Year 11 mock timetable. Changes since the draft: Drama written moved to Thursday PM, and the Music listening paper will be in M1 (main group) and S4 (access arrangements).

Invigilation rota to follow on Monday. Please don't book trips or rehearsals for Year 11 during these two weeks without checking with me first.

Practical mocks for dance, drama and music are NOT on this timetable - departments are running those themselves.

Thanks,
Patrick

Patrick Doyle
Exams Officer
Example School | 01632 960000"""), ATT(MOCKS_CSV, "text/csv", "Y11_mocks_Feb2025_FINAL.csv")))

add("clean", "civil_rights_sources", "A-level history: King's 'the Negro is still not free', segregation signs, n-word handling",
    frm=S["pennington"], to=[P("y12history", "Y12 History")], date="2025-02-18 16:00",
    subject="Civil Rights source pack – reading for Friday, and a note on language",
    body=alt("civilrights", """\
Hi 12P,

The source pack for Friday is on Teams. It includes extracts from Martin Luther King's "I Have a Dream" speech (August 1963) and his "Letter from Birmingham Jail", photographs of segregation signs in Alabama and Mississippi, and a 1956 pamphlet from a White Citizens' Council.

A note on language before you read, because we'll be reading some of these aloud in class.

King uses the word "Negro" throughout – "one hundred years later, the Negro still is not free". In 1963 this was the standard, respectful term, used by Black Americans themselves and in the names of organisations such as the United Negro College Fund. It isn't a term we would use today, and it's worth thinking about why the language changed – that links to the Black Power section later in the unit.

The signs in the photographs say "White" and "Colored". Read them as they are: they are the evidence.

The White Citizens' Council pamphlet contains racist slurs, including the n-word. We will NOT say that word aloud in class, even when quoting. When you quote it in your work, write "n-----" or "[racial slur]". If you find the pamphlet upsetting, you're very welcome to talk to me before Friday.

Questions for Friday:
1. How useful are Sources B and D to a historian studying the experience of segregation in the Deep South?
2. Compare the tone of the "I Have a Dream" speech with the Letter from Birmingham Jail. Why might they differ?

Mr Pennington
History
Example School | 01632 960000"""))

add("clean", "password_expiry_mfa", "IT notice about password expiry and MFA",
    frm=S["itsupport"], to=[S["allstaff"]], date="2025-01-06 07:30",
    subject="Action needed: password expiry and MFA this week",
    body=simple("""\
Good morning all, and welcome back.

Two things this week:

1. Staff passwords set before 1 October will expire on Friday 10 January. You'll be prompted to change your password when you next log in. New passwords must be at least 14 characters - a short phrase works well.

2. From Monday 13 January, multi-factor authentication (MFA) will be required when you sign in to e-mail, Teams or the MIS from outside school. If you haven't set up the Authenticator app yet, please pop into the IT office (room B2) any lunchtime this week and we'll do it with you - it takes five minutes.

Please never share your password or approve an MFA prompt you didn't start. If you get one you weren't expecting, tell us straight away.

Thanks,
Wes
IT Support
Example School | ext. 214"""))

add("clean", "casting_reply_parent_quoted_swearing", "polite reply; 'fucking ridiculous' and 'bollocks' only in the parent's quoted text",
    frm=S["hughes"], to=[ALI], date="2025-01-18 10:05", client="iphone",
    subject="Re: Sweeney Todd casting",
    in_reply_to="<002a01db6921$4c1e9f10$e45bdd30$@btinternet.com>",
    body=alt("castingreply", """\
Dear Mr Guardian,

Thank you for your e-mail last night. I can hear how disappointed you and Example Pupil Three are, and I'm sorry – it's never easy when a young person has put so much into an audition.

I'd like to reassure you that casting was decided by three of us (myself, Mr Okafor and Ms Chandran) against the same criteria for everyone: the singing, acting and dance recalls, and the vocal range each role needs. Example Pupil Three had a strong audition, and he is in the ensemble with a featured solo line in "God, That's Good!" and in the Act 2 opening.

I'd be very happy to meet you and Example Pupil Three together next week to go through his audition feedback in detail and talk about how he can build on it. Would Tuesday at 4pm or Wednesday at 8am suit?

Kind regards,

Rhiannon Hughes
Head of Drama
Example School, Park Row, Leeds LS1 4AP | 01632 960000""", quote={"kind": "gmail", "attr": "On 17 Jan 2025, at 22:41, Ali Guardian <ali.guardian@btinternet.com> wrote:", "text": """\
Ms Hughes,

I've just seen the cast list and frankly this is fucking ridiculous. My son has worked his backside off for this since September, had private singing lessons, and he's in the chorus behind kids who can barely hold a tune. Everyone knows these lists are a popularity contest and the same families get the leads every single year. It's bollocks and you know it.

I want an explanation of how these decisions are made and I want it in writing.

Ali Guardian"""}, style="apple", client="iphone"))

add("clean", "lost_jazz_shoes", "short lost-property note to a year group",
    frm=S["brennan"], to=[P("year8", "Year 8")], date="2025-02-07 15:35",
    subject="Jazz shoes in Studio 3!!",
    body=simple("""\
Year 8 - there are currently SEVEN pairs of jazz shoes, two hoodies and a water bottle shaped like a flamingo in the Studio 3 changing room. If they're yours, collect them from the dance office by Wednesday. After that they go to the lost property cupboard and you'll have to brave Mrs Marsh.

Please name your kit!

Miss Brennan"""))

add("clean", "re_hell_judgement", "Y8 RE homework on hell, judgement, Dante's Inferno, 'the damned'",
    frm=S["jenkins"], to=[P("8j-re", "8J RE")], date="2025-03-25 14:30",
    subject="Homework – ideas about heaven, hell and judgement",
    body=simple("""\
Hi 8J,

For next Tuesday: today we finished our lessons on religious ideas about life after death, judgement, heaven and hell. Your homework is to complete the comparison table (on Teams) for Christianity, Islam and one other belief system of your choice.

Reminders from the lesson:
- Christianity: many Christians believe in judgement after death, with heaven and hell as the two destinations. Traditional teaching describes hell as eternal separation from God, and some Christians today see hell as a state rather than a place. Catholics also believe in purgatory.
- Islam: on the Day of Judgement (Yawm al-Din) everyone's deeds are weighed. Jannah (paradise) and Jahannam (hell) are described vividly in the Qur'an.
- Gehenna: the valley outside Jerusalem where rubbish was burned, which Jesus uses as an image of hell.
- We also looked at Dante's Inferno, where hell has nine circles and the damned are punished in ways that fit their sins - lots of you really liked that bit.

Extension: "A loving God would not send anyone to hell." Write a paragraph arguing for this and a paragraph against, using at least one religious teaching in each.

Ms Jenkins
PSHE, RSE & RE
Example School | 01632 960000"""))

add("clean", "maths_mock_feedback", "maths teacher's feedback to a pupil on a mock paper",
    frm=S["rao"], to=[P("20mosei", "Mercy Osei")], date="2025-02-05 17:00",
    subject="Your mock paper 2 - well done, and two things to work on",
    body=simple("""\
Hi Mercy,

I've marked your Paper 2 from the mock - 64/80, which is a secure grade 7 and your best yet. I know it's been a hard few weeks with Sweeney rehearsals on top of everything, so well done.

Two things to work on before the real thing:

1. Q14 (vectors) - your method was right, but you lost the last two marks by not writing the final answer as a simplified vector in terms of a and b. Always go back and check the wording of the question.
2. Q19 (circle theorems) - you need to give the reasons, in words, every time: "the angle in a semicircle is 90 degrees", and so on. You got the angle but lost the reasoning marks.

The revision session on Thursday after school covers both of these. Hope to see you there - I'll let you go at 4.15 for rehearsal.

Mr Rao
Maths Department"""))

add("clean", "praise_note_parent", "English teacher sends praise to a parent",
    frm=S["whitfield"], to=[JANE], date="2025-01-30 15:50",
    subject="A lovely piece of writing from Example Pupil One",
    body=alt("praise", """\
Dear Ms Parent,

I just wanted to drop you a quick note to say how impressed I was with Example Pupil One's comparative essay on the two Duffy poems this week. It was thoughtful and beautifully structured, with some genuinely original ideas about voice – the kind of writing I'd expect from a first-year undergraduate.

I've entered it for the department's writing prize, and I'd like to ask her whether she'd be happy to read an extract at the sixth form open evening in March.

Please pass on my congratulations!

Best wishes,

Tom Whitfield
Teacher of English
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""))

add("clean", "ballet_kit_dance_belt", "reply to a carer's question about ballet kit incl. 'dance belt' for boys",
    frm=S["chandran"], to=[SAM], date="2025-01-08 14:15", client="iphone",
    subject="Re: Dance kit question",
    in_reply_to="<AM0PR02MB55C3D1E0F9A2B4@AM0PR02MB55C3.eurprd02.prod.outlook.com>",
    body=alt("balletkit", """\
Dear Sam,

Thanks for your e-mail – it's a really common question, and you're right that the kit list on the website isn't very clear!

For the ballet unit this half-term, Example Pupil Two will need:
• Ballet shoes – canvas or leather, split-sole is fine, with the elastic sewn across. Pink, white, black or a skin-tone shade are all fine.
• Either a black leotard and ballet tights, or a white fitted T-shirt with black leggings or ballet tights.
• Hair tied back off the face.

Students who wear tights without a leotard usually wear a dance belt underneath. A dance belt is a supportive undergarment that male dancers wear under tights instead of ordinary underwear. They're sold in dance shops and online, sized by waist measurement, and a junior size fits most Year 8s. It's completely normal in dance training and students get used to it very quickly. Shorts over leggings are fine too – comfort matters more to me than the "uniform".

Students can choose whichever kit option they're most comfortable in, so Example Pupil Two should just pick what feels right.

If buying any of this is tricky, we have a kit bank in the dance office – just let me know sizes and I'll put some aside.

Best wishes,

Priya Chandran
Head of Dance
Example School | 01632 960000""", quote={"kind": "gmail", "attr": "On 7 Jan 2025, at 21:10, Sam Carer <sam.carer@outlook.com> wrote:", "text": """\
Hi Ms Chandran,

Example Pupil Two's timetable says ballet starts next week. What exactly do they need? The list mentions a "dance belt" and neither of us knows what that is!

Thanks,
Sam"""}, style="apple", client="iphone"))

add("clean", "studio_floor_works", "site manager: sprung-floor works over half-term",
    frm=S["site"], to=[S["chandran"], S["brennan"], S["obi"], S["hughes"]], date="2025-02-13 11:00",
    subject="Studio 1 floor - works over half-term",
    body=simple("""\
Hi all,

The contractors are booked to repair the sprung floor in Studio 1 over half-term. They'll lift the damaged panels by the mirrors (the soft spot Kemi reported), replace two of the cradles underneath and re-lay the vinyl across the whole room.

Dates: Monday 17 - Thursday 20 February. The studio must be completely empty by 4pm on Friday 14th - barres, speakers, the piano and anything in the cupboard that's on the floor. The caretakers will help move the piano; please don't try to move it yourselves.

The vinyl needs 48 hours before it's danced on, so the studio will be out of use until Monday 24th at 8am. I've told the office not to take any lettings for that week.

Any problems, give me a shout on the radio or ext. 230.

Craig Bamforth
Site Manager
Example School"""))

add("clean", "dance_tour_clitheroe_cockermouth", "spring dance tour planning: Clitheroe and Cockermouth venues and budget",
    frm=S["chandran"], to=[S["fairbairn"], S["nwosu"]], date="2025-01-31 12:20",
    subject="Spring dance tour – Clitheroe and Cockermouth",
    body=alt("tour", """\
Hi Jamie and Grace,

Here's where I've got to with the Year 12 dance company's spring tour (Tuesday 1 – Thursday 3 April), so that Grace can look at the budget and Jamie can check it against the sixth form calendar.

Day 1 – Clitheroe: coach from school at 8.00am. Morning workshop with Years 5 and 6 at a primary school in Clitheroe (they've booked 60 children), then an afternoon performance of "Threads" in their hall for the whole school and parents. Overnight at a youth hostel in the Ribble Valley.

Day 2 – north to Cockermouth (about two and a half hours). Afternoon workshop with a secondary school's GCSE dance group, then an evening performance at the community arts centre in Cockermouth. Overnight at a hostel just outside the town.

Day 3 – morning masterclass with a local contemporary company, then home, back at school by 5pm.

Estimated costs:
Coach (3 days): £2,150
Accommodation (2 nights, 18 students + 3 staff): £1,470
Food: £840
Venues: £0 – both venues are hosting us for free in exchange for the workshops
Total: £4,460, roughly £250 per student with no subsidy. I'd like to apply to the PTA for £1,000 and ask families for £140, with bursary support for anyone who needs it.

Staff: me, Chloe, and Ayo, who has kindly offered as it's a mixed group.

Can we talk at Tuesday's meeting?

Priya

Priya Chandran
Head of Dance
Example School | 01632 960000"""))

add("clean", "biology_reproduction_revision", "Y9 biology revision checklist: penis, testes, vagina, condom",
    frm=S["haddad"], to=[P("9x-science", "9X Science")], date="2025-02-24 15:45",
    subject="Y9 reproduction topic - revision checklist for the test",
    body=simple("""\
Hi 9X,

Your end-of-topic test on human reproduction is next Monday (3 March). Here's the checklist of everything you need to know. If you can do all of these, you'll be fine.

- Male reproductive system: label the penis, testes, scrotum, sperm duct, urethra, prostate gland and seminal vesicle, and give the function of each (e.g. the testes produce sperm and testosterone).
- Female reproductive system: label the ovaries, oviducts (fallopian tubes), uterus, cervix and vagina, and give the function of each.
- The menstrual cycle: what happens on days 1-5, 14 and 28, and the roles of oestrogen and progesterone (FSH and LH are higher tier only).
- Fertilisation and implantation: where fertilisation happens (the oviduct) and what the zygote/embryo does next.
- Adaptations of the sperm cell and the egg cell.
- Puberty: the changes in boys and girls, and the hormones that cause them.
- Contraception: how the condom, the pill and the IUD work (barrier vs hormonal methods).

Use the correct scientific names in the test. I know there was a lot of giggling in Thursday's lesson (Dylan, I'm looking at you), and that's OK, but the examiner wants "penis", not anything you heard on the bus.

Revision resources are on Teams: the knowledge organiser, the labelled diagrams and a practice quiz.

Miss Haddad
Science Department"""))

add("clean", "fwd_summer_intensive", "Head forwards an external youth-theatre opportunity to drama staff",
    frm=S["head"], to=[S["hughes"], S["bankole"], S["castellano"]], date="2025-02-03 07:20",
    subject="FW: Summer Intensive 2025 – places for students aged 15–19",
    body=simple("""\
Morning all – this came in over the weekend. Worth sharing with the Y10–13 drama groups? The bursary places look genuinely good. Happy for you to decide; please check the dates against the Assassins schedule.

Ruth

________________________________
From: Northern Youth Stage <hello@example.org>
Sent: 01 February 2025 14:03
To: Headteacher <headteacher@example-school.org.uk>
Subject: Summer Intensive 2025 – places for students aged 15–19

Dear Headteacher,

Northern Youth Stage is delighted to announce our 2025 Summer Intensive, a two-week residential course for young actors aged 15 to 19, running from 28 July to 9 August at our base in Harrogate.

Participants work with professional directors, movement practitioners and writers to create and perform an original piece of theatre at the end of the fortnight. The course is free for participants whose household income is below £35,000, and there are 20 fully funded bursary places that include travel.

Applications close on 31 March. Young people apply directly through our website; we ask schools to support by sharing the opportunity and, if asked, providing a short reference.

With best wishes,

The Northern Youth Stage team
0113 496 0742""", cte="8bit"))

add("clean", "orchestration_fagotto", "music homework: fagotto/Fagott, Gesamtkunstwerk (Kunst), rit./rall.",
    frm=S["okafor"], to=[P("y12music", "Y12 Music")], date="2025-03-04 16:10",
    subject="Orchestration homework – instrument names and tempo terms",
    body=simple("""\
Hi 12M,

For the score-reading homework (due Monday) you'll need to deal with Italian, German and French instrument names and markings - the Wagner and Debussy extracts use all three. Here's the cheat sheet I promised:

Woodwind
  Flute - flauto (It.), Flöte (Ger.), flûte (Fr.)
  Oboe - oboe (It.), Oboe/Hoboe (Ger.), hautbois (Fr.)
  Cor anglais - corno inglese (It.), Englischhorn (Ger.)
  Clarinet - clarinetto (It.), Klarinette (Ger.), clarinette (Fr.)
  Bassoon - fagotto (It.), Fagott (Ger.), basson (Fr.)
  Contrabassoon - contrafagotto (It.), Kontrafagott (Ger.)

Brass
  Horn - corno (It.), Horn (Ger.), cor (Fr.)
  Trumpet - tromba (It.), Trompete (Ger.), trompette (Fr.)

Tempo terms that keep catching people out
  rit. (ritardando) vs rall. (rallentando) - both mean gradually slowing down; ritenuto means held back at once
  sehr langsam - very slow
  mäßig - moderately
  cédez - slow down (Debussy loves this one)

And for the essay question: Wagner called his music dramas a Gesamtkunstwerk - a "total work of art" (Kunst = art) - combining music, poetry, drama and stage design. Think about how that idea connects to what we do in musical theatre.

Mr Okafor
Director of Music""", cte="8bit"))

add("clean", "dsl_reply_parent_quoted_abuse", "DSL's reply; 'fat slag' and 'piss off and die' only in the parent's Outlook-quoted message",
    frm=S["ashworth"], to=[JANE], cc=[S["fairbairn"]], date="2025-03-14 09:10",
    subject="RE: Messages Example Pupil One has been getting",
    in_reply_to="<CAJ9x2mBq7Ls0dN4vRkT1e@mail.gmail.com>",
    body=alt("dslreply", """\
Dear Ms Parent,

Thank you for letting us know, and for sending the screenshots – I know that can't have been easy for either of you. Mr Fairbairn passed your e-mail to me first thing this morning, as I'm the school's Designated Safeguarding Lead.

I want to reassure you that we take this very seriously. I'll be speaking to Example Pupil One today, with Mr Fairbairn, to check that she is OK and to hear from her what has been happening. We will then speak to the student involved and his parents. Please don't contact him or his family directly – leave that with us.

I'll ring you this afternoon to talk about next steps. If anything else is sent in the meantime, please keep it (screenshots are perfect) and don't reply to it.

Kind regards,

Fiona Ashworth
Deputy Headteacher and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000""", quote={"kind": "outlook", "line": True, "from": "Jane Parent <jane.parent@gmail.com>",
                         "sent": "13 March 2025 21:52",
                         "to": "Jamie Fairbairn <j.fairbairn@example-school.org.uk>",
                         "subject": "Messages Example Pupil One has been getting", "text": """\
Mr Fairbairn,

I'm sorry to e-mail so late but I'm really upset. Example Pupil One has been getting messages on Snapchat from a boy in Year 12 ever since she was picked for the spring dance piece instead of his girlfriend. Tonight he called her a "fat slag" and told her to "piss off and die, nobody wants you in the show". She's been crying all evening and doesn't want to come in tomorrow. I've screenshotted everything.

What are you going to do about this?

Jane Parent"""}))


# ======================================================================================
# Writing everything out
# ======================================================================================
README = """\
# Round 44 hold-out corpus: obscene-language (performing-arts school)

**BLIND HOLD-OUT SET — never use these messages for tuning rules, thresholds or word lists.**
They were written without reading the filter's code, rules, tests or documentation, so
that they measure how the filter does on mail nobody tuned it on. If a message here is
used to change the filter, it stops being a hold-out: write a new round instead.

## What it is

80 realistic outgoing e-mails from staff at Example School, set this round as a
performing-arts specialist school (ages 11–18: dance, drama and music; scripts and song
lyrics with strong language; auditions and casting; child performance licences and
chaperones; agents; show weeks and late rehearsals). Each message is labelled `flag` or
`clean` according to the policy section on obscene language ("Use obscene language or swear
words in your communications … or contain inappropriate comments which could cause offence
… on the grounds of gender, race, disability, age, religion or sexual orientation"), judged
as the school's safeguarding lead would.

Files: `NNN_<flag|clean>_<slug>.eml` and `labels.csv`
(`file,expected,sender,recipients,note`; recipients are the To and Cc addresses separated by
single spaces; judgement calls are marked `[unsure]` in the note).

## How it was made and how to regenerate

Written by hand and emitted by `../make_round44_obscene.py` (Python 3.11 standard library
only). Dates, Message-IDs and MIME boundaries are fixed, so the output is byte-identical on
every run:

    python3 tests/holdout/round44/make_round44_obscene.py

All names, addresses and numbers are fictional: parents are the three in
`directory/parents.csv`; third-party organisations use example.com/.org/.net; phone numbers
are Ofcom drama numbers or the school's own 01632 960000.

## Counts

| expected | kind                              | count |
|----------|-----------------------------------|------:|
| flag     | plain swearing / slurs            | 10 |
| flag     | disguised or encoded              | 10 |
| clean    | everyday school mail              | 30 |
| clean    | hard negatives                    | 30 |
| **all**  |                                   | **80** |

## Kinds of case

Flag (the author's own words):
- casual staff-to-staff venting (fucked, bellend, bastards, wanker/twat in an attached
  .txt, piss-poor in the subject, cunt), one to a parent, one to a sixth-form pupil
- slurs on race, sexual orientation and disability
- disguises: symbol masks (f*cking, sh!t), leetspeak (b0ll0cks, w4nk3r), dotted/spaced
  letters and repeated letters, Cyrillic homoglyphs, full-width letters, zero-width
  characters, a word split by HTML tags and numeric entities (HTML-only), quoted-printable
  soft line breaks inside the word, a base64 body to a parent, and an RFC 2047 encoded subject

Clean, everyday: show-week letters, attendance, licence paperwork, agents, cast lists,
costume fittings, crew rotas with a calendar invite, trip letter with PDF, newsletters,
reports, parents' evenings, exam timetables (CSV), IT notices, feedback to pupils,
short replies, forwards.

Clean, hard negatives: place names (Scunthorpe, Penistone, Cockermouth, Clitheroe, Twatt,
Shitterton, Wetwang, Crapstone, Essex/Sussex/Middlesex), surnames (Dickens, Cockburn,
Hancock, Wankhede), foods (faggots, spotted dick, cock-a-leekie, shiitake), birds (tits,
woodcock, cock pheasant, booby), dance kit (dance belt), RSE letter, biology, Lear's
"bastard", Chaucer's "ers", Twelfth Night's C-U-T pun, Othello's racist lines, civil-rights
sources ("Negro"), RE (hell, the damned), French false friends (préservatif, phoque),
music terms (fagotto, Kunst), pantomime (Dick Whittington), ceilidh (Gay Gordons), SEND
(Tourette's coprolalia, spastic diplegia), staff reports to the DSL quoting pupils
verbatim, polite replies under abusive quoted parent text, a behaviour-policy discussion,
and two [unsure] cases where staff quote strong language from scripts and song titles.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    for fname, raw, *_ in MESSAGES:
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    for fname, _raw, label, sender, recips, note in MESSAGES:
        w.writerow([fname, label, sender, recips, note])
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README)
    nf = sum(1 for m in MESSAGES if m[2] == "flag")
    print(f"wrote {len(MESSAGES)} messages ({nf} flag, {len(MESSAGES) - nf} clean) to {OUT}")


if __name__ == "__main__":
    main()
