#!/usr/bin/env python3
"""Round 33 blind hold-out corpus: personal-address-to-parent.

Setting: a large comprehensive secondary in Glasgow (S1-S6).  Writes 80 .eml
files (20 flag, 60 clean), labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 stdlib only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, so running it
twice gives byte-identical output.
"""

import csv
import hashlib
import html
import io
import os
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

# ---------------------------------------------------------------- staff
STAFF = {
    "macleod": ("Fiona MacLeod", "f.macleod", "Principal Teacher Guidance (Pupil Support)"),
    "kerr": ("Stuart Kerr", "s.kerr", "Principal Teacher of Mathematics"),
    "dunlop": ("Aileen Dunlop", "a.dunlop", "Teacher of English"),
    "donnelly": ("Craig Donnelly", "c.donnelly", "Teacher of PE / DofE Co-ordinator"),
    "quinn": ("Rachel Quinn", "r.quinn", "Teacher of Modern Languages"),
    "office": ("Morag Baird", "office", "Office Manager"),
    "fraser": ("Iain Fraser", "i.fraser", "Depute Head Teacher (S1\u2013S3)"),
    "kelly": ("Anne-Marie Kelly", "am.kelly", "Depute Head Teacher (S4\u2013S6)"),
    "gallacher": ("Siobh\u00e1n Gallacher", "s.gallacher", "Pupil Support Base"),
    "rennie": ("Jamie Rennie", "j.rennie", "Teacher of Chemistry"),
    "bhatt": ("Priya Bhatt", "p.bhatt", "Teacher of Biology"),
    "ohare": ("Declan O'Hare", "d.ohare", "Teacher of History"),
    "cunningham": ("Lorna Cunningham", "l.cunningham", "Teacher of Home Economics / Breakfast Club"),
    "ferguson": ("Tom Ferguson", "t.ferguson", "Instrumental Music Service \u2013 Brass"),
    "attendance": ("Karen Stewart", "attendance", "Attendance Officer"),
    "wallace": ("Andrew Wallace", "a.wallace", "Head Teacher"),
    "dsl": ("Nicola Brodie", "dsl", "Depute Head Teacher / Child Protection Co-ordinator"),
    "paterson": ("Euan Paterson", "e.paterson", "Teacher of Computing Science"),
    "exams": ("Joanne Reid", "exams", "SQA Co-ordinator"),
    "boyle": ("Kenny Boyle", "k.boyle", "Facilities Manager"),
    "lindsay": ("Hannah Lindsay", "h.lindsay", "Teacher of Art & Design"),
    "munro": ("Elaine Munro", "e.munro", "Business Manager"),
    "campbell": ("Ross Campbell", "r.campbell", "Principal Teacher Pupil Support (Clyde House)"),
    "docherty": ("Kirsty Docherty", "k.docherty", "Probationer Teacher of PE"),
    "mcgrath": ("Zo\u00eb McGrath", "z.mcgrath", "School Librarian"),
    "anwar": ("Imran Anwar", "i.anwar", "Principal Teacher of Science"),
    "ogilvie": ("Gordon Ogilvie", "g.ogilvie", "DYW / Careers Co-ordinator"),
    "rooney": ("Se\u00e1n Rooney", "s.rooney", "Teacher of RMPS"),
    "fernandez": ("Luc\u00eda Fern\u00e1ndez", "l.fernandez", "Teacher of Spanish"),
    "hendry": ("Gillian Hendry", "g.hendry", "Teacher of Physics"),
    "sinclair": ("Neil Sinclair", "n.sinclair", "Teacher of Modern Studies"),
    "bell": ("Catriona Bell", "c.bell", "Principal Teacher of Music"),
    "sutherland": ("Amy Sutherland", "a.sutherland", "Teacher of English / Staff Social Committee"),
}


def staff(key):
    name, box, _ = STAFF[key]
    return (name, f"{box}@{SCHOOL}")


def pupil(local, name=None):
    return (name, f"{local}@{PUPILS}") if name else (None, f"{local}@{PUPILS}")


def colleague(key):
    return staff(key)


P = {  # pupils: entry year + initial + surname
    "callum": ("Callum McGowan", "22cmcgowan"),
    "ryan": ("Ryan Devlin", "22rdevlin"),
    "nadia": ("Nadia Watt", "22nwatt"),
    "holly": ("Holly Byrne", "22hbyrne"),
    "aisha": ("Aisha Ahmed", "21aahmed"),
    "olivia": ("Olivia Murray", "21omurray"),
    "jack": ("Jack MacDonald", "21jmacdonald"),
    "lewis": ("Lewis McInnes", "20lmcinnes"),
    "fatima": ("Fatima Khan", "20fkhan"),
    "eilidh": ("Eilidh Bell", "20ebell"),
    "emma": ("Emma Brennan", "23ebrennan"),
    "taylor": ("Taylor Logan", "23tlogan"),
    "katie": ("Katie Morrison", "23kmorrison"),
    "sean": ("Sean O'Brien", "23sobrien"),
    "kyle": ("Kyle Hamilton", "24khamilton"),
    "dylan": ("Dylan Cairns", "24dcairns"),
    "amara": ("Amara Okafor", "24aokafor"),
    "leah": ("Leah Grant", "24lgrant"),
    "maja": ("Maja Kowalski", "25mkowalski"),
    "cameron": ("Cameron Brown", "25cbrown"),
    "sami": ("Sami Ali", "25sali"),
    "josh": ("Josh Thomson", "25jthomson"),
}


def pp(*keys):
    return [(P[k][0], f"{P[k][1]}@{PUPILS}") for k in keys]


SIG_OUTLOOK = "{name}\n{role}\nExample School, Park Row, LS1 4AP\nTel: 01632 960000"
SIG_BAR = "{name}\n{role}\nExample School | Park Row | LS1 4AP | 01632 960000"


def sig(key, style=SIG_OUTLOOK, extra=""):
    name, _, role = STAFF[key]
    s = style.format(name=name, role=role)
    if extra:
        s += "\n" + extra
    return s


# ---------------------------------------------------------------- dates
def when(y, mo, d, h, mi, s=0):
    """Local UK time: BST until 26 Oct 2025 01:00 UTC and from 29 Mar 2026."""
    naive = datetime(y, mo, d, h, mi, s)
    bst = (datetime(2025, 3, 30, 1) <= naive < datetime(2025, 10, 26, 1)) or naive >= datetime(2026, 3, 29, 1)
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=1 if bst else 0)))


# ---------------------------------------------------------------- html helpers
def _esc(line):
    return html.escape(line, quote=False)


def _blocks(text):
    """Split text into runs of normal lines and quoted ('>') lines."""
    out, cur, q = [], [], None
    for line in text.split("\n"):
        isq = line.startswith(">")
        if q is None:
            q = isq
        if isq != q:
            out.append((q, cur))
            cur, q = [], isq
        cur.append(line[1:].lstrip(" ") if isq else line)
    if cur:
        out.append((q, cur))
    return out


def outlook_html(text):
    parts = []
    for q, lines in _blocks(text):
        inner = "".join(
            f'<p class="MsoNormal">{_esc(l) if l.strip() else "&nbsp;"}</p>\n' for l in lines
        )
        if q:
            inner = f'<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">\n{inner}</div>\n'
        parts.append(inner)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;"
        'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
        '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "".join(parts) + "</div>\n</body>\n</html>\n"
    )


def gmail_html(text):
    parts = []
    for q, lines in _blocks(text):
        inner = "".join(f"<div>{_esc(l)}</div>" if l.strip() else "<div><br></div>" for l in lines)
        if q:
            inner = (
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>"
            )
        parts.append(inner + "\n")
    return '<div dir="ltr">' + "".join(parts) + "</div>\n"


# ---------------------------------------------------------------- attachments
def make_pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({pesc(l)}) '\n" for l in lines
    ) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(buf.tell())
        buf.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        buf.write(f"{o:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


# ---------------------------------------------------------------- message builder
ENTRIES = []


def add(label, slug, note, frm, to, subject, date, text=None, *, cc=(), html_body=None,
        kind="plain", cte=None, html_cte=None, attachments=(), reply_to=None,
        in_reply_to=None, mailer="outlook", extra_headers=()):
    ENTRIES.append(dict(
        label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc), subject=subject,
        date=date, text=text, html=html_body, kind=kind, cte=cte, html_cte=html_cte,
        attachments=list(attachments), reply_to=reply_to, in_reply_to=in_reply_to,
        mailer=mailer, extra_headers=list(extra_headers),
    ))


def _addr(x):
    name, addr = x
    local, domain = addr.split("@")
    return Address(display_name=name or "", username=local, domain=domain)


def _hash(s, n):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def build(e, num):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = _addr(e["frm"])
    msg["To"] = [_addr(x) for x in e["to"]]
    if e["cc"]:
        msg["Cc"] = [_addr(x) for x in e["cc"]]
    msg["Subject"] = e["subject"]
    msg["Date"] = format_datetime(e["date"])
    h = _hash(f"r33-personal-{num}-{e['slug']}", 40).upper()
    if e["mailer"] == "outlook":
        mid = f"<{h[:4]}P{h[4:7]}MB{h[7:11]}{h[11:27]}@{h[:4]}P{h[4:7]}MB{h[7:11]}.GBRP{h[27:30]}.PROD.OUTLOOK.COM>"
    elif e["mailer"] == "gmail":
        mid = f"<CAF{_hash(e['slug'] + 'g', 30)}{num:03d}@mail.gmail.com>"
    else:
        mid = f"<{e['date'].strftime('%Y%m%d%H%M%S')}.{h[:12].lower()}@{SCHOOL}>"
    msg["Message-ID"] = mid
    if e["in_reply_to"]:
        msg["In-Reply-To"] = e["in_reply_to"]
        msg["References"] = e["in_reply_to"]
    if e["reply_to"]:
        msg["Reply-To"] = _addr(e["reply_to"])
    for k, v in e["extra_headers"]:
        msg[k] = v
    if e["mailer"] == "outlook":
        msg["Thread-Topic"] = re.sub(r"^(RE|FW|Re|Fwd): ", "", e["subject"])
        msg["Content-Language"] = "en-GB"
        msg["X-MS-Has-Attach"] = "yes" if e["attachments"] else ""
    elif e["mailer"] == "gmail":
        pass
    else:
        msg["User-Agent"] = "Mozilla Thunderbird"

    kind = e["kind"]
    if kind == "html":
        msg.set_content(e["html"], subtype="html", cte=e["html_cte"] or e["cte"])
    else:
        cte = e["cte"]
        if cte == "7bit" and not e["text"].isascii():
            raise ValueError(f"{e['slug']}: 7bit body is not ASCII")
        msg.set_content(e["text"], cte=cte)
        if kind == "alt":
            body = e["html"]
            if body is None:
                body = gmail_html(e["text"]) if e["mailer"] == "gmail" else outlook_html(e["text"])
            msg.add_alternative(body, subtype="html", cte=e["html_cte"])
    for att in e["attachments"]:
        fname, mtype, data, params = att
        maint, sub = mtype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=sub, filename=fname, params=params or None, cte="7bit")
        else:
            msg.add_attachment(data, maintype=maint, subtype=sub, filename=fname, params=params or None)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            if e["mailer"] == "gmail":
                part.set_boundary(f"000000000000{_hash(e['slug'] + str(i), 16)}")
            elif e["mailer"] == "outlook":
                part.set_boundary(f"_{i - 1:03d}_{h[:4]}P{h[4:7]}MB{h[7:11]}{h[11:27]}_")
            else:
                part.set_boundary(f"------------{_hash(e['slug'] + 'tb' + str(i), 24)}")
    return msg.as_bytes(policy=policy.default)


# ================================================================ THE MESSAGES
# ---------------------------------------------------------------- FLAGS (20)

add("flag", "guidance_home_landline",
    "guidance PT gives parent her home landline, (0141) 496-0573, 'phone the house'",
    staff("macleod"), [JANE], "Erin - this week", when(2025, 10, 1, 16, 48),
    f"""Dear Ms Parent,

Thanks for coming in on Tuesday. I know it wasn't an easy meeting and Erin did really well to sit through it. I've spoken to her register teacher and to Mrs Gallacher in the base, and we're agreed she can use the Pupil Support Base at interval and lunch for the next couple of weeks while things settle down with the girls in her class.

I'll check in with her myself on Thursday period 2 as well, and I've asked her PE teacher to keep an eye on the changing rooms.

I'm aware you said evenings are the only time you can really talk, with your shifts. If you can't get me at school, just phone the house on (0141) 496-0573. I'm usually in after six and my husband will take a message if not. Honestly, don't worry about the time.

Kind regards,

{sig("macleod")}
""", cte="quoted-printable")

add("flag", "ski_trip_whatsapp_parents",
    "trip leader invites parents into a WhatsApp group run from her own number +44 7700 900318",
    staff("quinn"), [SAM, ALI], "Ski trip 2026 \u2013 parents\u2019 group chat", when(2026, 1, 8, 20, 14),
    f"""Hi all,

Just a quick one ahead of the ski trip parents' meeting next Thursday. A few of you have asked how you'll get updates while we're away in February, so I've set up a WhatsApp group for parents and carers of the kids going. It's much quicker than waiting on the school app, and I can post photos of the weans on the slopes each night so you can see they're all still in one piece!

If you want in, just drop me a message on +44 7700 900318 with your name and your child's name and I'll add you. Please don't share the number round the class group chats though.

See you Thursday at 7pm in the Assembly Hall.

Rachel

Miss R Quinn
{STAFF["quinn"][2]}
Example School | Park Row | LS1 4AP | 01632 960000
""", cc=[JANE], kind="alt", cte="quoted-printable", html_cte="quoted-printable")

_kerr_text = """Dear Mr Guardian,

Thanks for your email. I've had another look at Rory's prelim paper and I agree the result (48%) doesn't reflect what he can do. He ran out of time on Paper 2 and left the last three questions blank, which were worth 19 marks between them. On the questions he did attempt he dropped very little.

What I'd suggest:
- he comes to Higher supported study on a Tuesday after school (4-5pm, room M4)
- he works through the 2019 and 2022 past papers under timed conditions
- we look at his timing together after the February weekend

He's more than capable of an A or B in May if he sorts out the timing. Happy to chat on the phone if that's easier - my mobile's below and any evening after seven is fine.

Regards,
Stuart

Stuart Kerr
Principal Teacher of Mathematics
Example School, Park Row, LS1 4AP
Tel: 01632 960000 | Mob: 07700 900 247
"""
_kerr_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Mr Guardian,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks for your email. I&#8217;ve had another look at Rory&#8217;s prelim paper and I agree the result (48%) doesn&#8217;t reflect what he can do. He ran out of time on Paper 2 and left the last three questions blank, which were worth 19 marks between them. On the questions he did attempt he dropped very little.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">What I&#8217;d suggest:</p>
<ul style="margin-top:0cm"><li class="MsoNormal">he comes to Higher supported study on a Tuesday after school (4&#8211;5pm, room M4)</li>
<li class="MsoNormal">he works through the 2019 and 2022 past papers under timed conditions</li>
<li class="MsoNormal">we look at his timing together after the February weekend</li></ul>
<p class="MsoNormal">He&#8217;s more than capable of an A or B in May if he sorts out the timing. Happy to chat on the phone if that&#8217;s easier &#8211; my mobile&#8217;s below and any evening after seven is fine.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,</p><p class="MsoNormal">Stuart</p><p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0" style="border-top:solid #1F3864 1.5pt"><tr><td>
<p class="MsoNormal"><b><span style="color:#1F3864">Stuart Kerr</span></b></p>
<p class="MsoNormal"><span style="font-size:9pt">Principal Teacher of Mathematics</span></p>
<p class="MsoNormal"><span style="font-size:9pt">Example School, Park Row, LS1 4AP</span></p>
<p class="MsoNormal"><span style="font-size:9pt">Tel:&nbsp;01632&nbsp;960000&nbsp;|&nbsp;Mob:&nbsp;07700&nbsp;900&nbsp;247</span></p>
</td></tr></table>
</div></body></html>
"""
add("flag", "maths_signature_mobile_nbsp",
    "PT Maths signature carries his mobile (07700 900 247, &nbsp; in HTML), 'any evening after seven'",
    staff("kerr"), [ALI], "RE: Rory - Higher Maths prelim", when(2026, 1, 28, 17, 32),
    _kerr_text, html_body=_kerr_html, kind="alt", cte="quoted-printable", html_cte="quoted-printable",
    in_reply_to="<CAGuard1an.Rory.prelim.20260127@mail.gmail.com>")

add("flag", "english_folio_own_gmail",
    "English teacher asks S5 pupil to send folio draft to her own gmail",
    staff("dunlop"), pp("aisha"), "folio draft", when(2026, 2, 4, 21, 7),
    """Hi Aisha,

Glow's been playing up all week and I still can't open anything you share through OneDrive, it just says access denied. Rather than you losing another week, just send your persuasive essay draft to my own email, aileendunlop.reads@gmail.com, and I'll get comments back to you by Sunday night.

Remember the word limit is 1300 and I need the list of sources at the end, even for the draft.

Ms Dunlop
""", cte="7bit")

add("flag", "brass_reply_to_hotmail",
    "instrumental tutor sets Reply-To to his own hotmail so parent replies go to his private inbox",
    staff("ferguson"), [SAM], "Kai \u2013 cornet lessons", when(2025, 10, 22, 13, 40),
    """Dear Sam,

Kai has been doing brilliantly in his cornet lessons. He's the keenest S1 I've had in years and he's already got most of the Grade 1 pieces under his fingers, which is going some for a boy who'd never held a brass instrument in August.

I'd like him to think about joining the junior brass group on a Wednesday after school from next term. There's no charge and we lend the instrument. The group is also playing two carols at the Christmas concert on 11 December, and I think he'd be fine for that if he wants to.

I'm only in the school on Mondays and Wednesdays, so I've set this up so that any reply comes straight to my own inbox, which I check every day. Just hit reply and let me know what you both think.

Best wishes,
Tom Ferguson
Instrumental Music Service \u2013 Brass
""", cte="quoted-printable", reply_to=("Tom Ferguson", "tom.ferguson.brass@hotmail.co.uk"))

add("flag", "history_cc_personal_yahoo",
    "History teacher copies his personal yahoo address in Cc so the parent can reach him on leave",
    staff("ohare"), [JANE], "Erin's History assignment", when(2025, 12, 10, 15, 55),
    f"""Hi Jane,

Just to let you know I've had Erin's National 5 History assignment research sheet back and it's a good start. The question she's chosen (how far was the Radical War of 1820 a threat to the government?) is a decent one, but she needs a couple more sources on the government side. There are some good ones in the library's Scottish history box.

I'm off on paternity leave from Friday for a fortnight, so I've copied in my home email on this. If anything comes up about the assignment while I'm off, just reply to all and I'll see it there. The write-up session is 20 January, so there's plenty of time.

All the best,
Declan

Mr D O'Hare
{STAFF["ohare"][2]}
Example School, Park Row, LS1 4AP \u2014 01632 960000
""", cc=[("Declan O'Hare", "declan.ohare77@yahoo.co.uk")], kind="alt")

add("flag", "pe_home_address_boots",
    "PE teacher gives parent his home flat address in Dennistoun to collect boots",
    staff("donnelly"), [ALI], "Rory's football boots", when(2025, 9, 26, 18, 21),
    """Hi Mr Guardian,

Rory left his boots and shin pads in the minibus after the match at Cathkin on Saturday. I've taken them home with me as the school's shut for the September weekend.

If he needs them before Tuesday you're welcome to swing by mine and pick them up. I'm at 2/1, 19 Kirkmaiden Street, Dennistoun, G31 9ZX. It's the close with the green door, buzz Donnelly. I'm in most of Monday.

Otherwise I'll bring them in on Tuesday and leave them with the jannie.

Cheers,
Craig

Craig Donnelly
Teacher of PE / DofE Co-ordinator
Example School | 01632 960000
""", cte="8bit")

add("flag", "netball_snapchat_html",
    "probationer PE teacher asks S3 netball squad to add her on Snapchat (HTML only)",
    staff("docherty"), pp("emma", "taylor", "katie"), "Netball squad!! \U0001F3C6", when(2026, 1, 16, 16, 2),
    html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi girls,</p>
<p>Well done on Thursday, honestly the best I&#39;ve seen you play all season. Mrs Hamilton from Kelvinbrae was dead impressed with your defending.</p>
<p>Training moves to <b>Tuesday lunchtime</b> from next week because the games hall is getting used for prelims on Thursdays.</p>
<p>It&#39;s easier for me to send reminders on snap than email cos I know none of you check your Glow &#128514; so add me &ndash; <b>kirstyd_pe</b> &ndash; and I&#39;ll make a squad group.</p>
<p>Miss Docherty</p>
</div></body></html>
""", kind="html", html_cte="quoted-printable")

_lindsay_fwd = """Hi all,

Forwarding the department's portfolio reminder below so you have it in writing.

I know a few of you are wanting more feedback on the expressive pieces outside class time. The easiest way is to follow me on Instagram (@hannah.lindsay.studio) - I'll follow you back and you can DM me progress shots whenever, evenings and weekends too. A lot of my own work is on there as well, so it's good for ideas. I'm on TikTok under the same name if that's more your thing.

See you on Wednesday,
Ms Lindsay

From: Art Department <art@example-school.org.uk>
Sent: 23 February 2026 08:31
To: S6 Advanced Higher Art
Subject: Advanced Higher portfolios - photography deadline

Dear all,

Portfolio photography must be completed before the Easter break so that sheets can be printed and mounted in April. Please book a slot with the technician (Room A2, Monday-Thursday, 12.40-1.20). Remember to photograph every sheet, including development work, against the grey board.

Art & Design Department
Example School, Park Row, LS1 4AP
"""
add("flag", "art_instagram_dm_forward",
    "forward to S6 art pupils with note inviting them to follow her Instagram and DM her; TikTok too",
    staff("lindsay"), pp("lewis", "fatima", "eilidh"), "FW: Advanced Higher portfolios - photography deadline",
    when(2026, 2, 23, 12, 58), _lindsay_fwd, kind="alt")

_vcard = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gallacher;Siobh\u00e1n;;;\r\nFN:Siobh\u00e1n Gallacher\r\n"
    "ORG:Example School\r\nTITLE:Pupil Support Base\r\nTEL;TYPE=CELL,VOICE:+447700900534\r\n"
    "EMAIL;TYPE=HOME,INTERNET:siobhan.g1984@icloud.com\r\nEND:VCARD\r\n"
).encode("utf-8")
add("flag", "support_base_vcard_mobile",
    "support base worker attaches her contact card (vCard) with personal mobile and icloud address for parent",
    staff("gallacher"), [SAM], "Kai \u2013 a better week", when(2025, 9, 12, 15, 36),
    f"""Hi Sam,

Kai's had a much better week. He came up to the base every morning after breakfast club and only needed to leave his Maths class once, which is a big improvement on the first fortnight. He's made a wee pal in there as well, a boy from S1 who's also daft about Minecraft, so that's helped a lot.

I know you said you'd rather text than phone when things are difficult in the mornings. I've attached my contact card so you've got my mobile saved \u2013 just text me if he's having a bad start to the day and I'll meet him at the gate.

Siobh\u00e1n

{sig("gallacher", SIG_BAR)}
""", kind="mixed", attachments=[("Siobhan Gallacher.vcf", "text/vcard", _vcard, None)])

_ics = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "UID:040000008200E00074C5B7101A82E0080000000070D3A1B2C4R33@example-school.org.uk\r\n"
    "DTSTAMP:20251124T093012Z\r\nDTSTART:20251127T161500Z\r\nDTEND:20251127T170000Z\r\n"
    "SUMMARY:Meeting re Rory (S5) - Mr Campbell\r\n"
    "LOCATION:Guidance base\\, Example School\\, Park Row\\, LS1 4AP\r\n"
    "ORGANIZER;CN=Ross Campbell:mailto:r.campbell@example-school.org.uk\r\n"
    "ATTENDEE;CN=Ali Guardian;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ali.guardian\r\n"
    " @btinternet.com\r\n"
    "DESCRIPTION:Meeting with Mr Guardian re Rory (S5) - attendance and Higher c\r\n"
    " hoices. Please come to the main office on arrival.\\nIf you are running la\r\n"
    " te text me on my own mobile 07700\r\n"
    "  900871 rather than phoning the office.\r\n"
    "STATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
add("flag", "guidance_ics_own_mobile",
    "meeting invite (.ics) for parent: DESCRIPTION gives teacher's own mobile, folded over a line",
    staff("campbell"), [ALI], "Meeting re Rory \u2013 Thursday 4.15pm", when(2025, 11, 24, 9, 30, 12),
    f"""Dear Mr Guardian,

Thanks for agreeing to come in, and for being so honest on the phone. I've sent you a calendar invite for Thursday 27 November at 4.15pm. We'll meet in the Guidance base on the ground floor, next to the library; if you come to the main office, they'll bring you round.

I'd like to go over Rory's attendance since the October week and talk through his Higher choices for next year, as he mentioned he's thinking about dropping Chemistry.

If you're held up in traffic, the number's in the invite \u2013 it's my own phone, so you'll get me directly rather than waiting on the office.

Kind regards,

{sig("campbell")}
""", kind="mixed", attachments=[("invite.ics", "text/calendar", _ics, {"method": "REQUEST"})])

add("flag", "chemistry_base64_text_me",
    "Chemistry teacher tells parent 'gie us a text' on 0044 7700 900415 (base64 body)",
    staff("rennie"), [JANE], "Tutoring", when(2026, 3, 7, 10, 12),
    """Hiya Jane,

Good to see you at the school show on Thursday, Erin was brilliant as the Fairy Godmother! Nearly had me greeting at the end.

About the tutoring you asked about for N5 Chemistry - I can't do it myself (I'm her teacher, so it's a no-go), but I know a couple of retired teachers who tutor on the south side and are very good.

Rather than go through all that on the school email, gie us a text on 0044 7700 900415 the night and I'll pass on their details.

Jamie
""", cte="base64", mailer="gmail")

_og_text = f"""Dear Ms Parent,

Erin's work experience placement at Shawbridge Veterinary Practice is confirmed for the week of 9 March. She needs to be there for 8.45am each day and should wear dark trousers and closed-toe shoes; they'll give her a tunic. She'll finish at 3pm.

The health and safety form needs signed and returned by Friday 27 February. It's with the letter that came home in her bag last week.

If there are any issues on the week itself, the quickest way to get me is my own mobile, 07700
900 209. I'm out and about visiting placements most of that week so I won't be at my desk.

Regards,

{sig("ogilvie")}
"""
_og_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1" style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Dear Ms Parent,</p>
<p>Erin&#8217;s work experience placement at Shawbridge Veterinary Practice is confirmed for the week of <b>9 March</b>. She needs to be there for 8.45am each day and should wear dark trousers and closed-toe shoes; they&#8217;ll give her a tunic. She&#8217;ll finish at 3pm.</p>
<p>The health and safety form needs signed and returned by <b>Friday 27 February</b>. It&#8217;s with the letter that came home in her bag last week.</p>
<p>If there are any issues on the week itself, the quickest way to get me is my own mobile, 07700<br>
900&nbsp;209. I&#8217;m out and about visiting placements most of that week so I won&#8217;t be at my desk.</p>
<p>Regards,</p>
<p>Gordon Ogilvie<br>DYW / Careers Co-ordinator<br>Example School, Park Row, LS1 4AP<br>Tel: 01632 960000</p>
</div></body></html>
"""
add("flag", "careers_mobile_over_linebreak",
    "careers co-ordinator gives parent his own mobile split over a line break (QP, HTML <br>)",
    staff("ogilvie"), [JANE], "Erin \u2013 work experience w/c 9 March", when(2026, 2, 19, 11, 3),
    _og_text, html_body=_og_html, kind="alt", cte="quoted-printable", html_cte="quoted-printable")

add("flag", "breakfast_club_facebook_request",
    "breakfast club teacher asks parent to friend her on Facebook to get photos of the child",
    staff("cunningham"), [SAM], "Pancake photos", when(2026, 2, 18, 19, 46),
    """Hi Sam,

Lovely to meet you at the breakfast club coffee morning. As promised, I've got a few photos of Kai helping with the pancakes on Tuesday - he was flipping them like a pro and only one ended up on the floor! They're on my phone and I can't get them onto the school system for some reason.

Easiest thing is if you send me a friend request on Facebook (Lorna Cunningham, the profile picture is me and the dug at Loch Lomond) and I'll send them over on Messenger.

Lorna
""", cte="7bit")

add("flag", "dofe_whatsapp_pupils",
    "DofE leader asks S4 pupils to message his number (07700900672, no spaces) to join a WhatsApp group",
    staff("anwar"), pp("callum", "ryan", "nadia", "holly"), "Bronze DofE practice expedition - kit check",
    when(2026, 3, 16, 12, 44),
    """Right team,

Kit check is Thursday at 3.30 in the PE base. Bring EVERYTHING you're planning to carry, packed in your rucksack, so we can weigh it. Last year somebody turned up with a 17kg bag because they'd packed a family-size tin of beans and a hairdryer. Don't be that numpty.

Things people always forget:
- spare socks in a plastic bag
- a warm hat, even if it's sunny in Glasgow when we leave
- a proper waterproof (not a hoodie)
- your pieces for the Saturday lunch

I've made a WhatsApp group for the four of you and me for the weekend itself, so I can check where you are. Message me on 07700900672 from your own phone and I'll add you in.

Mr Anwar
""", cte="7bit")

add("flag", "coding_club_discord",
    "Computing teacher invites S1-S3 pupils to his own Discord server over the holidays",
    staff("paterson"), pp("kyle", "dylan", "sean", "maja"), "Coding club over the holidays",
    when(2025, 12, 18, 15, 20),
    """Hi coders,

Great work this term. The Python text adventures were brilliant, and Dylan's one with the haunted chippy had me greeting laughing.

Some of you asked about keeping going over the Christmas holidays. I run my own Discord server where I post challenges, so come and join me there: https://discord.gg/pX7mrQc2 (or search for my tag, mr.p.codes). I'll be on most evenings if you get stuck and want to chat through your code.

Have a good break,
Mr Paterson
Computing Science
""", kind="alt", mailer="outlook")

add("flag", "rmps_private_protonmail",
    "RMPS teacher tells S4 pupil to use his private protonmail 'so it's just between us' (encoded name/subject)",
    staff("rooney"), pp("nadia"), "Whit we talked aboot \u2013 just between us", when(2026, 1, 21, 22, 16),
    """Nadia,

Thanks for opening up yesterday after class. I know that wasn't easy, and I'm glad you felt you could talk to me about what's going on at home.

You don't have to go through Guidance if you don't want to - I know you said you don't get on with Mr Campbell. If there's anything else you want to tell me, use my own email, s.rooney.private@protonmail.com, so it's just between us and doesn't sit on the school system.

Take care of yourself,
Mr Rooney
""", cte="quoted-printable")

add("flag", "depute_reply_own_phone",
    "depute replies to parent's request (parent's own number quoted) with his own phone 07700 900 144",
    staff("fraser"), [ALI], "RE: Rory \u2013 collecting him early Friday", when(2026, 3, 11, 8, 9),
    """Hi Ali,

No problem at all. I'll let his Physics teacher know he's leaving during period 3.

The office does get mobbed on a Friday morning, right enough. Text me on my own phone, 07700 900 144, when you're at the gate and I'll bring him down myself.

Iain

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 10 March 2026 21:37
To: Iain Fraser <i.fraser@example-school.org.uk>
Subject: Rory - collecting him early Friday

Hi Mr Fraser,

Rory has a hospital appointment at the Queen Elizabeth on Friday at 11.20 so I'll need to collect him around 10.30. Is there a number I can text when I'm at the gate rather than buzzing the office? They're always busy.

My mobile is 07700 900789.

Thanks,
Ali Guardian
""", kind="alt", in_reply_to="<LO4P265MB0001ALIGUARDIAN20260310@LO4P265MB0001.GBRP265.PROD.OUTLOOK.COM>")

add("flag", "spanish_telegram_group",
    "Spanish teacher invites Higher pupils to her Telegram group / handle for voice-note practice",
    staff("fernandez"), pp("jack", "olivia", "aisha"), "Higher Spanish \u2013 pr\u00e1ctica oral",
    when(2026, 2, 26, 17, 5),
    """Hola a todos,

For talking practice before the assessments, I've made a Telegram group where I'll post a question each day in Spanish and you send back a voice note answering it. Voice notes are much better practice than writing, and you can do them on the bus.

Join with this link: t.me/+Hq2vL8sPx0kYzMjE - or search for me, @lucia_profe_glasgow. You'll need the app on your phone.

We'll do the proper mock talking assessments in class on 17 and 18 March.

\u00a1\u00c1nimo!
Srta Fern\u00e1ndez
""", cte="8bit")

add("flag", "biology_home_email_signature",
    "Biology teacher's signature to S6 pupil gives home (family-domain) email and mobile 07700.900.385",
    staff("bhatt"), pp("fatima"), "Re: AH project plan", when(2026, 3, 26, 16, 40),
    """Hi Fatima,

Your project plan looks good. The yeast respiration investigation is manageable in the time you've got, but you'll need at least five repeats at each temperature, and you should book the water baths with Mr Anwar now before everyone else does.

Over study leave it's easier to get me at home, so my details are below - email or text whenever you need to, I don't mind.

Mrs Bhatt

--
Priya Bhatt
Teacher of Biology
Home: priya@bhattfamily.example.net | 07700.900.385
""", kind="alt", mailer="gmail", in_reply_to="<CAFatimaKhanAHplan0325@mail.gmail.com>")


# ---------------------------------------------------------------- HARD NEGATIVES (30)

add("clean", "ski_trip_school_mobile",
    "ski trip letter gives the school-owned trip mobile, stated as such, plus office number",
    staff("quinn"), [JANE, ALI], "Ski trip \u2013 contact while we are away", when(2026, 1, 29, 14, 2),
    """Dear parents and carers,

We leave for Pila from the school at 04:30 on Saturday 7 February. Please have your child at the front gate by 04:15 - the coach will not wait. The flight from Glasgow Airport is at 07:55 and we should be at the hotel by late afternoon, Italian time.

While we are away, the school trip mobile will be with me at all times: 07700 900050. This is a school-owned phone, not a personal one, and it goes back to the office when we return. Please use it only for urgent matters. For anything else, contact the school office on 01632 960000 as normal and they will pass messages on.

We will post a short update on the school app each evening.

Pupils should bring no more than 100 euros spending money. Phones will be collected in at 10pm each night and handed back at breakfast.

Many thanks,
Rachel Quinn
Trip Leader
""", cte="quoted-printable")

add("clean", "dofe_silver_centre_details",
    "Silver DofE letter: outdoor centre address, postcode and phone, price, dates (kit list PDF)",
    staff("donnelly"), [ALI], "Silver DofE qualifying expedition \u2013 5 to 7 June", when(2026, 4, 20, 10, 15),
    """Dear Mr Guardian,

Silver DofE qualifying expedition - Arrochar Alps / Loch Lomond area, Friday 5 to Sunday 7 June 2026

Rory's group will be based at Glen Croe Outdoor Centre on the Friday night before heading out on the Saturday morning. The centre's details, in case you want them for your own records, are:

Glen Croe Outdoor Centre
Rest and Be Thankful Road
Arrochar G83 7ZZ
Tel: 0141 496 0628 (staffed 8am-10pm)

Drop-off is at the school at 3.45pm on the Friday, and we'll have them back at the school for about 5pm on the Sunday. The supervisors carry the school expedition phone and a radio at all times; the number is on the consent form.

The kit list is attached. The cost is \u00a345, payable on ParentPay by 22 May. If that's a problem, please speak to me or to Guidance - nobody will miss out because of money.

Regards,

Craig Donnelly
Teacher of PE / DofE Co-ordinator
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="mixed", attachments=[("Silver_DofE_kit_list.pdf", "application/pdf", make_pdf([
        "Silver DofE Qualifying Expedition - Kit List",
        "Rucksack (55-65 litres) with liner", "Sleeping bag (3 season) and mat",
        "Waterproof jacket AND trousers", "Walking boots - broken in!",
        "2 x warm layers, hat, gloves", "Head torch with spare batteries",
        "Food for 2 days + emergency rations", "Personal medication (labelled)",
        "Glen Croe Outdoor Centre, Arrochar G83 7ZZ - 0141 496 0628"]), None)])

add("clean", "attendance_reads_back_parent_mobile",
    "attendance officer reads back the parent's own mobile (07700 900456) from the quoted message",
    staff("attendance"), [SAM], "Re: Kai absence", when(2025, 11, 3, 9, 24),
    """Hi Sam,

Thanks for letting us know. I've marked Kai's absence as illness for today and tomorrow. Hope he feels better soon.

Mrs MacLeod would like a quick word about his attendance generally. It's nothing to worry about - it's routine once a pupil drops below 90%. She's going to phone you on 07700 900456 on Thursday after 3.30, as you asked. If that's not a good time, just let the office know.

Karen Stewart
Attendance Officer
Example School | Park Row | LS1 4AP | 01632 960000

On Mon, 3 Nov 2025 at 07:52, Sam Carer <sam.carer@outlook.com> wrote:
> Hi, Kai has been up all night being sick so he'll be off today and probably
> tomorrow as well. He's gutted as he was meant to have his taster cooking lesson.
> If anyone needs to speak to me it's best to phone my mobile 07700 900456 after
> half 3 as I'm at work until then.
> Sam
""", cte="7bit", in_reply_to="<DB7PR02MB0456SAMCARER20251103@DB7PR02MB0456.eurprd02.prod.outlook.com>")

add("clean", "office_change_of_address_quoted",
    "office confirms change of address; parent's own new address/home phone only in the quoted message",
    staff("office"), [ALI], "RE: Change of address", when(2026, 1, 13, 10, 2),
    """Dear Mr Guardian,

Thank you for letting us know. We have updated Rory's record with your new address and home phone number, and the change will show on his next report.

Could you also let us know if there are any changes to his emergency contacts? Your mobile is first on the list at the moment, followed by his gran. If you'd like to add anyone else, just reply to this email with their name, relationship and number.

Kind regards,

Morag Baird
Office Manager
Example School | Park Row | LS1 4AP | 01632 960000 | office@example-school.org.uk

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 12 January 2026 19:04
To: Office <office@example-school.org.uk>
Subject: Change of address

Hello,

We've moved house over the holidays. Our new address is 3/2, 58 Kilnside Road, Cathcart, Glasgow G44 9ZW. My mobile is still 07700 900789 but the home phone is now 0141 496 0311.

Could you update Rory's records please.

Thanks
Ali Guardian
""", kind="alt", in_reply_to="<LO4P265MB0002ALIADDR20260112@LO4P265MB0002.GBRP265.PROD.OUTLOOK.COM>")

add("clean", "physics_refuses_personal_number",
    "Physics teacher politely refuses parent's request for her mobile; points to office 01632 960000",
    staff("hendry"), [JANE], "Re: Erin - physics homework", when(2025, 11, 12, 16, 11),
    """Hi Jane,

I completely understand why you'd want that, and I'm glad Erin's talking to you about it. I'm afraid staff aren't allowed to give out personal numbers, though, so I can't do that one.

The best options are:
- email me here - I usually reply within a day
- phone the school office on 01632 960000 and ask them to pass a message to the Physics department
- Erin can come to supported study on a Wednesday lunchtime in room S12, where there's always someone to help

Hope that helps, and honestly, she's doing much better than she thinks she is.

Mrs Hendry

Jane Parent wrote on 11/11/2025 21:30:
> Hi Mrs Hendry, Erin has been in tears over her physics homework again tonight.
> Would it be possible to have your mobile number so I can text you when she's
> struggling? Sometimes a quick answer would save a lot of bother.
> Thanks, Jane
""", cte="7bit", mailer="thunderbird")

add("clean", "modstudies_declines_snapchat",
    "teacher declines pupil's request to add him on Snapchat; points to Teams and school email",
    staff("sinclair"), pp("ryan"), "Re: assignment", when(2026, 1, 27, 13, 5),
    """Hi Ryan,

Ha, nice try. Teachers don't add pupils on Snapchat or any other social media. It's not a me thing, it's the rule for every member of staff, and it's there to protect you as much as us.

If you've got questions about the Modern Studies assignment, email me here or post them in the class Team and I'll answer there, usually the same day. You can also catch me at lunch on a Tuesday in room 2.14.

Mr Sinclair

> From: Ryan Devlin
> sir can i add u on snap its easier than glow for asking stuff about the
> assignment. whats ur @
""", kind="alt")

_esafety_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="margin:auto"><tr><td>
<h2 style="color:#1F3864">Keeping safe online &ndash; a note for parents and carers of S1&ndash;S3</h2>
<p>Dear Parent/Carer,</p>
<p>Over the last few weeks, Guidance staff have dealt with a number of incidents that started on social media outside school and spilled over into the classroom. None of this is unusual, but we wanted to share some practical advice.</p>
<h3 style="color:#1F3864">Age limits</h3>
<ul>
<li><b>WhatsApp</b> &ndash; minimum age 13 in the UK</li>
<li><b>Snapchat, Instagram, TikTok</b> &ndash; 13</li>
<li><b>Discord</b> &ndash; 13, and many servers are unmoderated</li>
</ul>
<p>Many of our S1 pupils are 11 or 12. If your child does use these apps, please sit down with them and look at the settings together.</p>
<h3 style="color:#1F3864">Things worth checking tonight</h3>
<ul>
<li>Is <b>Snap Map</b> switched to &ldquo;Ghost Mode&rdquo;? If not, anyone on their friend list can see exactly where they are.</li>
<li>Is their Instagram or TikTok account set to <b>private</b>?</li>
<li>Who is in their group chats? Big class group chats are where most of the fallings-out start.</li>
<li>Do they know how to block and report someone?</li>
</ul>
<p>And please remind your weans that no member of staff will ever ask to be their friend or follower on any app, or ask them to message a personal account. If that ever happens, we want to know.</p>
<p>If you are worried about something your child has seen or been sent, please contact their Guidance teacher through the school office on 01632 960000. Please don&#39;t forward images to us.</p>
<p>Nicola Brodie<br>Depute Head Teacher / Child Protection Co-ordinator</p>
<hr><p style="font-size:9pt;color:#666">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table></body></html>
"""
add("clean", "esafety_letter_names_apps",
    "DSL e-safety letter to parents naming WhatsApp/Snapchat/TikTok/Discord, no invitation (HTML only)",
    staff("dsl"), [JANE, SAM, ALI], "Keeping safe online \u2013 S1 to S3", when(2025, 10, 8, 12, 30),
    html_body=_esafety_html, kind="html", html_cte="quoted-printable")

add("clean", "sqa_candidate_number_timetable",
    "exams officer sends pupil his Scottish Candidate Number, exam dates, times, seat number",
    staff("exams"), pp("callum"), "Your SQA exams \u2013 candidate number and timetable", when(2026, 4, 21, 9, 12),
    """Dear Callum,

Please check the details below carefully and let the exams office know by Friday if anything is wrong.

Scottish Candidate Number (SCN): 140297683
Centre number: 5403219

Your exams:
Thu 23 April   N5 English          09:00 - 10:30 and 11:15 - 12:45   Games Hall, seat 41
Tue 28 April   N5 Mathematics P1   13:00 - 14:15                     Games Hall, seat 38
Tue 28 April   N5 Mathematics P2   14:45 - 16:25                     Games Hall, seat 38
Tue 5 May      N5 Chemistry        09:00 - 11:30                     Assembly Hall, seat 112
Fri 8 May      N5 Geography        13:00 - 15:20                     Games Hall, seat 40
Wed 13 May     N5 PE               09:00 - 10:30                     Assembly Hall, seat 87

Please arrive 20 minutes before the start. Bring two black pens, a pencil, a ruler and your calculator (no cases or covers). Mobile phones, smart watches and earbuds must be left in your bag at the back of the hall, switched off. Having one on you is enough for SQA to cancel a paper.

If you are ill on the day of an exam, a parent or carer must phone the school on 01632 960000 before 8.30am.

Good luck!

Mrs J Reid
SQA Co-ordinator
Example School
""", cte="7bit")

add("clean", "ski_balance_bank_details",
    "business manager: ski trip balance, prices, sort code, account number and payment reference",
    staff("munro"), [JANE, ALI], "Ski trip 2026 \u2013 final balance due 9 January", when(2025, 12, 2, 11, 48),
    """Dear Parent/Carer,

The final balance for the February ski trip is now due.

Total cost of trip:        \u00a31,095.00
Paid to date:              \u00a3683.00
Balance outstanding:       \u00a3412.00
Due by:                    Friday 9 January 2026

The easiest way to pay is through ParentPay, where the balance will show under "Trips". If you would rather pay by bank transfer, please use:

Account name:   Example School Fund
Sort code:      83-91-27
Account number: 06112834
Reference:      SKI26-0147 (please use this exact reference so we can match the payment)

If you are finding the balance difficult, please contact me in confidence. Payment plans are available and the Parent Council hardship fund can help with part of the cost. Nobody will be turned away for the sake of money.

Kind regards,

Elaine Munro
Business Manager
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="alt")

_teams_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Dear Sam,</p>
<p>As we discussed, here are the joining details for Kai&#8217;s review meeting on <b>Tuesday 2 December at 3.45pm</b>. Mrs Gallacher from the base and Mr Fraser will join us. You don&#8217;t need a Microsoft account &#8211; just click the link and choose &#8220;continue on this browser&#8221;.</p>
<p>Fiona MacLeod<br>Principal Teacher Guidance (Pupil Support)<br>Example School, Park Row, LS1 4AP<br>Tel: 01632 960000</p>
<div style="width:100%">________________________________________________________________________________</div>
<div style="margin-bottom:24px"><span style="font-size:24px;font-weight:600;color:#252424">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div>
<div style="margin-bottom:6px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ZTk4YjEtZGY0Ny00NmI4LWE3NzAtYjNiZGQ2OWE0NzE4%40thread.v2/0?context=%7b%22Tid%22%3a%22r33%22%7d" style="font-size:20px;font-weight:600;color:#5B5FC7">Join the meeting now</a></div>
<div style="margin-bottom:6px"><span style="color:#616161">Meeting ID: </span><span style="color:#252424">362 118 904 557</span></div>
<div style="margin-bottom:24px"><span style="color:#616161">Passcode: </span><span style="color:#252424">Wq3Hn7</span></div>
<div style="margin-bottom:6px"><b>Dial in by phone</b></div>
<div><a href="tel:+442079460382,,918273645#">+44 20 7946 0382,,918273645#</a> United Kingdom, London</div>
<div>Phone conference ID: 918 273 645#</div>
<div style="width:100%">________________________________________________________________________________</div>
</div></body></html>
"""
add("clean", "teams_meeting_id_dial_in",
    "Teams invite to parent: meeting ID, passcode, conference dial-in (020 7946 0382) and conference ID",
    staff("macleod"), [SAM], "Kai \u2013 review meeting Tuesday 2 December", when(2025, 11, 26, 15, 1),
    """Dear Sam,

As we discussed, here are the joining details for Kai's review meeting on Tuesday 2 December at 3.45pm. Mrs Gallacher from the base and Mr Fraser will join us. You don't need a Microsoft account - just click the link and choose "continue on this browser".

Fiona MacLeod
Principal Teacher Guidance (Pupil Support)
Example School, Park Row, LS1 4AP
Tel: 01632 960000

________________________________________________________________________________
Microsoft Teams Need help? <https://aka.ms/JoinTeamsMeeting?omkt=en-GB>
Join the meeting now <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ZTk4YjEtZGY0Ny00NmI4LWE3NzAtYjNiZGQ2OWE0NzE4%40thread.v2/0?context=%7b%22Tid%22%3a%22r33%22%7d>
Meeting ID: 362 118 904 557
Passcode: Wq3Hn7
________________________________
Dial in by phone
+44 20 7946 0382,,918273645# <tel:+442079460382,,918273645#> United Kingdom, London
Phone conference ID: 918 273 645#
________________________________________________________________________________
""", html_body=_teams_html, kind="alt", cte="quoted-printable", html_cte="quoted-printable")

add("clean", "library_reading_list_isbn",
    "librarian's Higher English reading list with ISBNs, loan periods and opening times",
    staff("mcgrath"), pp("aisha", "olivia", "jack"), "Higher English \u2013 Scottish texts & wider reading",
    when(2025, 9, 17, 13, 22),
    """Hi all,

Mrs Dunlop asked me to send round the list of what we've got in the library for Higher English this year. Everything below can be borrowed for 21 days and renewed twice, unless it says reference only.

Scottish set texts (class sets in the English base, extra copies here):
- The Cone-Gatherers, Robin Jenkins - ISBN 978-0-14-118412-6 (6 copies)
- Sunset Song, Lewis Grassic Gibbon - ISBN 978-1-78689-201-4 (4 copies)
- Men Should Weep, Ena Lamont Stewart - ISBN 978-0-57-123118-9 (3 copies)
- Norman MacCaig, Selected Poems - ISBN 978-1-84697-344-5 (reference only)

Wider reading for the critical essay (the ones past pupils have liked):
- The Crow Road, Iain Banks
- Trumpet, Jackie Kay
- Swing Hammer Swing!, Jeff Torrington

York Notes and the BrightRED Study Guide for Higher English are on the short-loan shelf behind the desk (3 days).

The library is open 8.15am to 4.00pm Monday to Thursday and until 1.00pm on a Friday. If you want something we don't have, fill in a request slip and I'll try to get it in.

Mrs McGrath
School Librarian
Example School, Park Row, LS1 4AP
""", cte="8bit")

add("clean", "hr_new_starter_details_staff",
    "business manager asks a new member of staff to check her own personal details (staff-only)",
    staff("munro"), [staff("fernandez")], "New starter paperwork \u2013 details to check", when(2025, 12, 3, 9, 41),
    """Hi Luc\u00eda,

Welcome to Example School! Before payroll can set you up for the January pay run, I need you to check that the details we hold are right. This is what came through from your application form:

Home address:     Flat 1/1, 22 Dalmally Gardens, Glasgow G12 9ZQ
Personal mobile:  07700 900638
Personal email:   lucia.fdez.glasgow@gmail.com
NI number:        QQ 12 34 56 C
Emergency contact: Javier Fern\u00e1ndez (brother), 07700 900639

These are kept on your HR file only and are not shared with pupils or parents. Please reply to confirm, or let me know what needs changed. I'll also need to see your passport and your PVG scheme record - could you bring them to the office on Monday?

Thanks,

Elaine Munro
Business Manager
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", cte="8bit")

add("clean", "staff_christmas_night_out",
    "staff social e-mail with organiser's personal mobile and gmail, sent only to the all-staff list",
    staff("sutherland"), [("All Staff", f"allstaff@{SCHOOL}")], "Staff Christmas night out \U0001F384 \u2013 Friday 12 December",
    when(2025, 11, 14, 15, 58),
    """Hi everyone,

It's that time again! The staff Christmas night out is on Friday 12 December at The Drover's Rest on Ashton Lane. Three-course meal at 7pm, then the function room is ours till late (the DJ has been warned about the Depute's enthusiasm for Fleetwood Mac).

Price is \u00a335 a head, with a \u00a310 deposit by Friday 28 November. You can give cash to me in the English base or pay into the social fund as usual.

Partners are very welcome. If you'd rather not reply-all (please don't reply-all!), text me on 07700 900731 or send it to my own email, amy.s.glasgow@gmail.com, especially if you're sorting it out at the weekend. Dietary requirements to me by the same date.

Secret Santa sign-up sheet is on the staffroom fridge. \u00a35 limit, and nothing that will get anyone a visit from HR.

Amy
(Social Committee)
""", cte="base64")

add("clean", "guidance_counselling_helplines",
    "guidance gives parent third-party counselling service, freephone helpline and NHS details",
    staff("macleod"), [JANE], "Erin \u2013 support options we talked about", when(2025, 10, 29, 16, 30),
    f"""Dear Ms Parent,

As promised, here are the details of the support options we talked about yesterday. Erin already knows about all of these, and she was quite keen on the first one.

1. Lighthouse Youth Counselling (Southside)
   Free, confidential counselling for 12-18 year olds. Young people can refer themselves.
   140 Allison Lane, Glasgow G42 9ZB
   Tel: 0141 496 0492 (Monday to Friday, 10am-6pm)

2. Youth Line - a freephone helpline, open 24 hours: 0808 157 0213
   They also have a webchat on their site if Erin would rather type than talk.

3. If you're ever worried about her safety out of hours, please phone NHS 24 on 111, or 999 in an emergency.

In school, our counsellor is in on Thursdays and Erin can be seen in school time, with no need for you to book anything. I'll also keep seeing her weekly.

It might be worth speaking to your GP as well, as they can refer to CAMHS if that's needed further down the line.

Kind regards,

{sig("macleod")}
""", kind="alt")

add("clean", "french_exchange_host_family",
    "trip letter gives parent the French host family's names/address/email and tour operator's 24h line",
    staff("quinn"), [ALI], "French exchange \u2013 Rory's host family", when(2026, 3, 2, 12, 17),
    """Dear Mr Guardian,

I'm delighted to say that we have now had the host family details for Rory from our partner school in Lyon. He'll be staying with:

M. et Mme Morel and their son Th\u00e9o (same age as Rory, also plays football)
14 rue des Tilleuls
69003 Lyon
Email: famille.morel.lyon@gmail.com

Rory is very welcome to get in touch with Th\u00e9o before the trip, and Madame Morel says she'd be happy to hear from you if you want to introduce yourselves. Most families do.

While we are in France, the tour operator's 24-hour emergency line is 020 7946 0817, and the school office (01632 960000) will always know how to reach the staff team.

The pre-trip meeting for parents is on Wednesday 18 March at 6.30pm in the library.

Best wishes,
Rachel Quinn
Teacher of Modern Languages
Example School | Park Row | LS1 4AP | 01632 960000
""", cte="quoted-printable")

add("clean", "s1_trip_coach_company",
    "S1 museum trip letter: coach firm's phone, pick-up/return times, cost",
    staff("fraser"), [SAM], "S1 trip to the Riverside Museum \u2013 Wednesday 28 January", when(2026, 1, 14, 10, 4),
    """Dear Parent/Carer,

As part of the S1 interdisciplinary topic on "Glasgow: then and now", all S1 classes will visit the Riverside Museum on Wednesday 28 January.

Times:
- 9.05am - coaches leave from the Park Row gate
- 10.00am-1.30pm - workshops and gallery time
- 2.50pm - approximate return to school, in time for the usual buses

Pupils should bring a packed lunch (a piece and a drink is fine - there is nowhere to buy food on site) and a warm jacket, as we'll be walking along the river. Pupils entitled to free school meals will be given a packed lunch from the canteen.

The cost of \u00a34 covers the coach. Please pay through ParentPay by Friday 23 January.

The coaches are provided by Clydeside Coaches. If there is any delay on the way back, the office will put an update on the school app, and the coach company's office can be reached on 0141 496 0157.

Yours sincerely,
Iain Fraser
Depute Head Teacher (S1\u2013S3)
Example School, Park Row, LS1 4AP
01632 960000
""", kind="alt")

add("clean", "office_colleague_direct_lines",
    "office gives parent the school's direct lines for the Pupil Support Base and Guidance (01632 960xxx)",
    staff("office"), [SAM], "Contact numbers for the base", when(2025, 9, 9, 11, 20),
    """Hi Sam,

Thanks for your call this morning. As promised, here are the direct numbers so you don't have to wait in the queue for the main switchboard:

Pupil Support Base (Mrs Gallacher):   01632 960277
Guidance base (Mrs MacLeod):          01632 960280
Main office:                          01632 960000

Both bases have answerphones and check them at interval and lunch. You can also email Mrs MacLeod directly at f.macleod@example-school.org.uk.

Kind regards,
Morag Baird
School Office
""", cte="7bit")

add("clean", "attendance_school_text_line",
    "attendance officer launches the school's absence text line (07700 900200), stated as a school service [unsure]",
    staff("attendance"), [JANE, SAM, ALI], "New way to report an absence", when(2025, 8, 28, 8, 55),
    """Dear Parent/Carer,

From Monday 1 September, you can report your child's absence by text as well as by phone.

Text the school absence line on 07700 900200. This is a school number, run by the office, and it is checked from 8am every school day. Please include:
- your child's full name
- their register class (for example 2C3)
- the reason for the absence and how long you expect them to be off

You will get an automatic reply. Please don't use this number for anything other than absences, as messages are not read by teaching staff.

You can still phone the school on 01632 960000 and choose option 1, or email attendance@example-school.org.uk.

Thank you for your support,
Karen Stewart
Attendance Officer
Example School, Park Row, LS1 4AP
""", kind="alt")

add("clean", "breakfast_club_times_prices",
    "breakfast club letter with times, room numbers, prices, dates",
    staff("cunningham"), [JANE, SAM, ALI], "Breakfast club \u2013 moving to HE2 from 1 December", when(2025, 11, 21, 14, 20),
    """Dear Parent/Carer,

Breakfast club is moving for a few weeks while the dining hall floor is replaced. From Monday 1 December until the Christmas holidays, it will run in the Home Economics room HE2 (go in by the side door next to the bike shelter and follow the signs).

Breakfast club is open 7.50am to 8.35am every school day and is free for every pupil, S1 to S6. Toast, cereal, fruit and juice are always on. On Fridays we do hot rolls: 50p for a roll and sausage or a tattie scone, or free for anyone entitled to free school meals.

Please remind your child that the last orders for toast are at 8.25am, so they're not late for registration.

If your child has any allergies we don't know about, please let the office know on 01632 960000.

Thank you,
Mrs L Cunningham
Home Economics / Breakfast Club
""", cte="7bit")

add("clean", "english_off_sick_text_colleagues",
    "teacher off sick gives her own mobile to department colleagues only (staff-only)",
    staff("dunlop"), [staff("sutherland"), ("English Department", f"english@{SCHOOL}")],
    "Off today - cover work", when(2026, 1, 19, 6, 52),
    """Morning all,

Sorry, woke up at 4 greeting with a temperature and a chest like a bag of gravel, so I won't be in today and probably not tomorrow either. I've phoned the absence line.

Cover work is on the shared drive under English > Cover > Dunlop:
P1 - 2D, reading Chapter 7 of Holes, questions on the sheet
P2 - 4E1, N5 RUAE practice paper (the 2023 one, copies in my top drawer)
P4 - 5H2, Higher folio drafting, they know what they're doing
P6 - 1E3, library period, Zo\u00eb knows

If anything's unclear text me on 07700 900562 rather than emailing, I'll not be on the laptop.

Aileen
""", cte="8bit", mailer="gmail")

add("clean", "dofe_own_mobile_to_centre",
    "DofE co-ordinator gives his mobile to the outdoor centre (third party, no parent/pupil recipient) [unsure]",
    staff("donnelly"), [("Glen Croe Bookings", "bookings@glencroe-centre.example.org")],
    "Example School booking \u2013 5 June", when(2026, 4, 22, 16, 5),
    """Hi Moira,

Thanks for confirming the booking for Friday 5 June - 18 pupils and 4 staff in the bunkhouse, with the evening meal and packed lunches for the Saturday.

Final numbers and the medical/dietary sheet will be with you by 22 May. Two pupils are vegetarian and one has a nut allergy; I'll flag it clearly on the sheet.

On the day itself the school's shut by the time we arrive, so it's best to get me on my mobile: 07700 900719. If you can't get me, Mr Anwar is the other lead and his number will be on the staff sheet.

Cheers,
Craig

Craig Donnelly
Teacher of PE / DofE Co-ordinator
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="alt")

add("clean", "guidance_declines_facebook",
    "guidance teacher declines a parent's Facebook friend request and redirects to school e-mail",
    staff("campbell"), [JANE], "Facebook", when(2025, 12, 15, 17, 25),
    """Dear Jane,

I got a friend request from you on Facebook at the weekend, and I know it was meant kindly after Erin's award at the prize-giving. Thank you. I'm afraid I don't accept friend requests from parents or pupils, though, so I've declined it. Please don't take it personally - it's the same for everyone and it's school policy.

You're always welcome to get me through the school email, or by phoning the office on 01632 960000.

And well done again to Erin. She deserved it.

Kind regards,

Ross Campbell
Principal Teacher Pupil Support (Clyde House)
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", cte="7bit")

add("clean", "transition_primary_contact",
    "depute gives parent the primary school P7 teacher's school phone for enhanced transition",
    staff("fraser"), [SAM], "Enhanced transition for Mia", when(2026, 3, 18, 13, 50),
    """Dear Sam,

Thanks for getting in touch about Mia. I'm glad Kai's experience has made you keen to get things started early for her.

I've spoken to Mrs Kaur, Mia's P7 teacher at Kelvinbrae Primary, and we've agreed that Mia will join our enhanced transition group. That means three extra visits in May and June, starting with a small-group tour on Wednesday 6 May, and a meeting with Mrs Gallacher in the Pupil Support Base before the summer.

Mrs Kaur is expecting your call if you want to talk it through with her first. The school's number is 0141 496 0735, and she's usually free after 3.15pm.

Best wishes,
Iain Fraser
Depute Head Teacher (S1\u2013S3)
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="alt")

add("clean", "work_experience_employer_details",
    "careers gives S4 pupil her placement employer's address, postcode, phone and contact e-mail",
    staff("ogilvie"), pp("nadia"), "Your work experience placement", when(2026, 2, 20, 10, 33),
    """Hi Nadia,

Good news - your placement is confirmed!

Employer:   Clydeview Architects Ltd
Address:    4th Floor, 88 Wellpark Street, Glasgow G2 9ZD
Contact:    Ms Fiona Reid, Office Manager
Phone:      0141 496 0864
Email:      f.reid@clydeview.example.com
Dates:      Monday 9 to Friday 13 March, 9.00am-4.30pm

Ms Reid would like you to bring a pencil case and a USB stick, and they've said smart casual is fine (no trainers). Please phone or email her before Friday 6 March to introduce yourself - I'll go over what to say with you on Tuesday if you're nervous about it.

Don't forget your health and safety form needs to come back signed by your parent or carer.

Mr Ogilvie
DYW / Careers Co-ordinator
Example School, Park Row, LS1 4AP
""", cte="quoted-printable")

add("clean", "maths_phone_contract_homework",
    "N5 Applications of Maths homework about phone contracts, prices and minutes",
    staff("kerr"), pp("callum", "ryan", "holly"), "N5 Apps homework \u2013 best deal", when(2025, 11, 5, 14, 40),
    """Hi 4A2,

Homework for Monday, as promised. Show ALL working - a right answer with no working gets you nothing in the exam.

1. Jade is choosing a phone contract.
   Deal A: \u00a379 upfront, then \u00a318.50 a month for 24 months.
   Deal B: no upfront cost, \u00a323.99 a month for 24 months.
   Deal C: buy the phone outright for \u00a3449, plus a SIM-only deal at \u00a38.99 a month for 24 months.
   (a) Calculate the total cost of each deal.
   (b) Which is the best value? Give a reason.

2. Jade's pay-as-you-go tariff charges 12p a minute for calls and 5p per text. Last month she made 135 minutes of calls and sent 412 texts. How much did she spend?

3. Her data allowance is 30GB. She has used 21.6GB with 9 days of the month left. If she carries on at the same rate, will she go over? (The month has 30 days.)

Extension: Jade's gran says "the dearest is always the best". Use your answers to argue with her (politely).

Mr Kerr
""", cte="8bit")

add("clean", "dofe_pupil_number_read_back",
    "DofE leader reads back the pupil's own and her mum's numbers for the expedition contact sheet",
    staff("anwar"), pp("holly"), "Re: emergency contact sheet", when(2026, 3, 19, 15, 12),
    """Hi Holly,

Got your form, thanks. Just checking before I type up the contact sheet that the supervisors carry:

Your mobile: 07700 900944
Your mum (Mrs Byrne): 07700 900945

If either of those is wrong, let me know by tomorrow. The sheet only goes to the supervisor team and gets shredded after the expedition.

Mr Anwar

On Thu, 19 Mar 2026 at 08:47, Holly Byrne <22hbyrne@pupils.example-school.org.uk> wrote:
> hi sir i handed my emergency contact form in to the PE base this morning
> my mums number is on it and mine. thanks
""", cte="7bit", mailer="gmail", in_reply_to="<CAHollyByrne.contactform.0319@mail.gmail.com>")

add("clean", "geography_arran_fieldtrip",
    "Higher Geography Arran field trip: ferry times, booking ref, hostel booking office phone, costs",
    staff("campbell"), [JANE, ALI], "Higher Geography field trip to Arran \u2013 17 to 19 March", when(2026, 3, 10, 11, 40),
    """Dear Parent/Carer,

Thank you for returning the consent forms for the Higher Geography field trip to Arran. Here are the final arrangements.

Tuesday 17 March
07:15  Meet at the school (Park Row gate)
08:00  Train from Glasgow Central to Ardrossan Harbour
09:45  Ferry to Brodick (CalMac group booking ref. GXK-4471-R)
Wednesday 18 March - fieldwork day in Glen Rosa and Lochranza
Thursday 19 March
16:40  Ferry back to Ardrossan
approx. 18:30  Arrive back at Glasgow Central - please collect from the main concourse

We're staying at Lochranza Youth Hostel. The booking office for the hostel group is on 0131 496 0527 if you need to check anything about the accommodation in advance.

Cost: \u00a3118 (travel, two nights' half board and packed lunches). The remaining \u00a368 is due by Friday 13 March.

During the trip, please contact the school office on 01632 960000 if you need to get a message to your child; the office will always be able to reach the staff team.

Yours sincerely,
Ross Campbell
Principal Teacher Pupil Support / Teacher of Geography
""", kind="alt")

_news_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0B3D6B;color:#ffffff;font-size:22px;font-weight:bold">Example School &ndash; Parent Council AGM &amp; news</td></tr>
<tr><td>
<p>Dear Parent/Carer,</p>
<p><b>Parent Council AGM</b> &ndash; Tuesday 30 September, 7pm in the library. Everyone is welcome, and there will be tea, coffee and a tin of Tunnock&rsquo;s. We are looking for a new treasurer.</p>
<p><b>New school website and app</b> &ndash; the new website goes live this week. The app (search &ldquo;Example School Glasgow&rdquo;) is now the quickest way to get updates, including snow closures.</p>
<p><b>Our official social media</b> &ndash; the school&rsquo;s only official accounts are <b>@ExampleSchGla</b> on X and <b>@exampleschool_official</b> on Instagram, both run by the office. Follow them for sports results, trip photos (only of pupils with photo consent) and reminders. Please remember that staff do not connect with parents or pupils through their own personal accounts, so please don&rsquo;t send friend requests or DMs to individual teachers.</p>
<p><b>Dates for your diary</b><br>
Fri 10 Oct &ndash; school closes at 3pm for the October holiday<br>
Mon 20 Oct &ndash; school reopens<br>
Mon 17 Nov &ndash; in-service day (school closed to pupils)</p>
<p>Andrew Wallace<br>Head Teacher</p>
</td></tr>
<tr><td style="background:#eeeeee;font-size:11px;color:#555">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table></body></html>
"""
add("clean", "school_official_social_accounts",
    "head's HTML update promotes the school's official X/Instagram accounts, not personal ones [unsure]",
    staff("wallace"), [JANE, SAM, ALI], "Parent Council AGM, new app and our official social media",
    when(2025, 9, 23, 16, 0), html_body=_news_html, kind="html", html_cte="quoted-printable")

add("clean", "parents_whatsapp_group_reply",
    "depute tells parent the class parents' WhatsApp group isn't run by the school; no invitation",
    staff("kelly"), [JANE], "RE: Messages in the S4 parents' group", when(2026, 2, 3, 12, 55),
    """Dear Ms Parent,

Thank you for letting me know, and I'm sorry you've been upset by what's been said.

To be clear, the S4 parents' WhatsApp group isn't run by the school, and no members of staff are in it, so we can't moderate or remove messages. I'd suggest speaking to whoever set it up, or simply leaving the group if it's causing you stress - a few parents have told me they've done just that.

What I can do is deal with anything that's affecting pupils in school. If Erin is being spoken about or left out because of what's being shared, please let me or Mr Campbell know and we'll take it from there.

Kind regards,

Anne-Marie Kelly
Depute Head Teacher (S4\u2013S6)
Example School, Park Row, LS1 4AP
Tel: 01632 960000

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: Monday, February 2, 2026 10:14 PM
To: Anne-Marie Kelly <am.kelly@example-school.org.uk>
Subject: Messages in the S4 parents' group

Mrs Kelly, there's been some nasty stuff said in the S4 parents WhatsApp about some of the girls including Erin. Can the school not do something about it? Jane
""", kind="alt", in_reply_to="<CAJaneParent.WAgroup.0202@mail.gmail.com>")

add("clean", "s6_prom_venue_details",
    "S6 prom e-mail: venue address/postcode, times, ticket price, bus times",
    staff("kelly"), pp("lewis", "fatima", "eilidh"), "S6 Prom \u2013 tickets and times", when(2026, 4, 27, 12, 10),
    """Hi S6,

Prom is nearly here! The details you've all been asking about:

Date:    Friday 29 May 2026
Venue:   The Clyde Rooms, 12 Merchant Quay, Glasgow G3 8ZZ
Times:   photos from 6.30pm, dinner at 7.30pm, finish at 11.30pm
Tickets: \u00a345, on ParentPay until Friday 15 May (no tickets on the night)

Buses leave the school at 6.00pm and will bring you back to Park Row for 11.50pm. If you're being collected from the venue instead, your parent or carer needs to tell the office by 22 May.

The usual rules apply: no alcohol, and anyone who turns up drunk goes straight home. Please don't make me phone anybody's mum.

Mrs Kelly
""", cte="8bit")


# ---------------------------------------------------------------- EVERYDAY CLEAN (30)

add("clean", "s2_persuasive_homework",
    "everyday: S2 English homework reminder to pupils",
    staff("dunlop"), pp("kyle", "dylan", "amara", "leah"), "Persuasive writing homework \u2013 due Friday",
    when(2025, 9, 22, 15, 47),
    """Hi 2D,

As promised in class, here's the homework in writing so nobody can say they didn't know about it.

Write a persuasive piece (300-400 words) on ONE of these:
1. The school day should start at 10am.
2. Mobile phones should be banned in secondary schools.
3. Glasgow is the best city in Scotland. (Edinburgh folk need not apply.)

Remember the techniques we went over: rhetorical questions, the rule of three, a wee bit of emotive language, and a strong ending that tells the reader what to do. Plan it first, using the grid in the back of your jotter.

You can hand it in on paper or upload it to the class Team under Assignments. It's due on Friday 26 September.

If you're stuck, come and see me at lunchtime on Wednesday - I'll be in room E7.

Ms Dunlop
""", cte="7bit")

add("clean", "head_thanks_info_evening",
    "everyday: head teacher thanks staff after the S1 information evening",
    staff("wallace"), [("All Staff", f"allstaff@{SCHOOL}")], "Thank you \u2013 S1 information evening",
    when(2025, 9, 12, 8, 5),
    f"""Dear colleagues,

A short note to say thank you to everyone who stayed on last night for the S1 information evening. We had just over 180 families through the door, which is the biggest turnout we've had in years, and the feedback on the way out was overwhelmingly positive.

Special thanks to the Home Economics department for the tablet (I'm told there's none left, which is probably for the best), to the S6 prefects who gave tours in the pouring rain, and to Kenny and the janitorial team, who had the hall set out and cleared away in record time.

A couple of parents raised the queue at the breakfast club door in the mornings, and the crossing at the bus stop on Park Row. Iain and I will pick those up at SLT on Monday.

Enjoy the weekend - you've earned it.

Andrew

{sig("wallace")}
""", cte="quoted-printable")

add("clean", "cover_p3_p4",
    "everyday: depute sends a short cover list to colleagues",
    staff("fraser"), [staff("rennie"), staff("bhatt"), staff("docherty")], "Cover \u2013 Tuesday P3 and P4",
    when(2025, 10, 7, 7, 58),
    """Morning all,

Mr Anwar is at the SQA marker meeting today, so his classes need covered:

P3 - 3S2 Science, Lab S4 - Mr Rennie
P4 - 4C1 N5 Chemistry, Lab S4 - Mrs Bhatt
P4 - 1X3 Science, Lab S2 - Miss Docherty (work is on the bench, it's the wee circuits worksheet)

Apologies for the short notice.

Thanks,
Iain
""", cte="7bit")

add("clean", "office_weekly_bulletin",
    "everyday: office weekly staff bulletin (fire drill, lanyards, photocopier, in-service)",
    staff("office"), [("All Staff", f"allstaff@{SCHOOL}")], "Staff bulletin \u2013 w/c 6 October",
    when(2025, 10, 6, 7, 45),
    """Good morning everyone,

Here's this week's bulletin.

FIRE DRILL - there will be an unannounced drill at some point this week. Please make sure your class registers are up to date on SEEMiS by 9.15 each morning so that the office can print accurate lists.

LANYARDS - please wear your ID lanyard at all times in the building. We've had two visitors this month who couldn't tell who was staff.

PHOTOCOPIER - the big copier in the staff base is away for repair until Thursday. Large jobs can go to the office with 24 hours' notice.

IN-SERVICE - a reminder that Monday 17 November is an in-service day. The programme will be circulated next week.

SCHOOL PHOTOS - Tuesday and Wednesday in the library. S1 and S6 first; the timetable was attached to last week's email.

LOST PROPERTY - the box outside the office is overflowing. Please remind your register classes. Anything unclaimed by the October holiday goes to the charity shop on Victoria Road.

Thanks,
Morag

Morag Baird
Office Manager
Example School | Park Row | LS1 4AP | 01632 960000 | office@example-school.org.uk
""", kind="alt")

add("clean", "s4_tracking_report_guide",
    "everyday: exams officer explains S4 tracking report to parent, PDF guide attached",
    staff("exams"), [JANE], "S4 tracking reports \u2013 how to read them", when(2025, 11, 7, 12, 0),
    """Dear Parent/Carer,

The first S4 tracking report of the session has now been issued through the school app. You'll find it under "Reports" once you log in.

For each subject, teachers have given a working grade for National 5 (A, B, C, D or No Award), an effort grade (from 1, excellent, to 4, cause for concern) and a short comment. The working grade is a professional judgement of where your child is right now, not a prediction of their final result in May, and it's quite normal for it to move up or down over the year.

A short guide is attached. If you have questions about a particular subject, please contact the Principal Teacher of that subject through the school office. For wider concerns, your child's Guidance teacher is the best person to speak to.

The next report will follow the prelim exams in January.

Kind regards,

Joanne Reid
SQA Co-ordinator
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="mixed", attachments=[("S4_tracking_report_guide.pdf", "application/pdf", make_pdf([
        "S4 Tracking Report - a guide for parents and carers",
        "Working grade: A, B, C, D or No Award (National 5)",
        "Effort: 1 Excellent  2 Good  3 Inconsistent  4 Cause for concern",
        "Homework: Always / Usually / Sometimes / Rarely",
        "Questions? Contact the school office on 01632 960000."]), None)])

add("clean", "history_essay_feedback",
    "everyday: History teacher's essay feedback to an S5 pupil",
    staff("ohare"), pp("olivia"), "Your essay \u2013 Bannockburn", when(2025, 10, 28, 16, 52),
    """Hi Olivia,

I've marked your essay on the reasons for the Scottish victory at Bannockburn. It's a solid 14/20, and there's a lot to like in it.

What's working:
- Your introduction sets out the factors clearly and you stick to them.
- Good use of historians - the Barrow quote on Bruce's leadership is well used.
- Your evaluation of the English mistakes (Edward II's command, the choice of ground) is sharp.

To push it to 16+:
- You need a proper line of argument running through the whole thing. Tell me in the intro which factor mattered MOST and keep coming back to it.
- Your paragraph on Scottish tactics is mostly description. Every time you describe something, ask yourself "so what?" and answer it.
- The conclusion just repeats the intro. Weigh the factors against each other.

Have a look at the exemplar on the Team (the one marked 18/20) and compare your second paragraph with theirs.

Happy to go over it on Thursday lunchtime if you want.

Mr O'Hare
""", cte="quoted-printable")

add("clean", "dofe_bronze_signup",
    "everyday: Bronze DofE sign-up reminder to S3 pupils with parent letter PDF",
    staff("donnelly"), pp("emma", "taylor", "katie", "sean"), "Bronze DofE \u2013 sign-up closes Friday",
    when(2025, 9, 30, 12, 35),
    """Hi S3,

If you want to do your Bronze Duke of Edinburgh this year, sign-up closes this Friday (3 October). Forms are in the PE base, or you can fill in the Microsoft Form on the S3 Team.

What's involved:
- Volunteering, Physical and Skills sections - 3 months each, with one of them done for 6 months
- A practice expedition in March and the qualifying expedition in May (both overnight, camping)
- Training sessions on Wednesdays after school from November: map reading, cooking on a Trangia, first aid

It costs \u00a330 for the eDofE account. The expedition costs are covered by the school fund for anyone who needs it - just speak to me, nobody else needs to know.

The parent letter is attached. Please make sure it gets home and doesn't spend three months in the bottom of your bag.

Mr Donnelly
""", kind="mixed", attachments=[("DofE_Bronze_parent_letter.pdf", "application/pdf", make_pdf([
        "Duke of Edinburgh's Award - Bronze 2025-26",
        "Dear Parent/Carer,",
        "Your child has expressed an interest in the Bronze Award.",
        "Practice expedition: March 2026. Qualifying expedition: May 2026.",
        "Please return the consent slip to the PE base by Friday 3 October.",
        "Example School, Park Row, LS1 4AP - 01632 960000"]), None)])

add("clean", "ski_staff_meeting_notes",
    "everyday: ski trip planning meeting notes to the staff team",
    staff("quinn"), [staff("donnelly"), staff("docherty"), staff("rennie"), staff("dunlop")],
    "Ski trip planning meeting \u2013 notes", when(2025, 11, 12, 17, 3),
    """Hi all,

Thanks for coming along on Tuesday - notes below so we're all on the same page.

Numbers: 44 pupils (S3-S5), 5 staff. Waiting list of 6.

Staffing: Rachel (trip leader), Craig (deputy/first aid), Kirsty, Jamie, Aileen. The ratio is fine at roughly 1:9, but the company wants a second female member of staff on the bus, which Kirsty covers.

Medical: 7 pupils with asthma, 2 with adrenaline pens, 1 type 1 diabetic. I'll set up a meeting with the school nurse and the families concerned in January.

Money: final balances are due 9 January. Elaine is chasing the four families still on the first instalment - please don't discuss money with pupils directly; send any questions her way.

Ski groups: the ski school will assess everyone on day one, but I'd like rough groups (beginner/intermediate/confident) by the parents' meeting. Could you each look over the lists I've shared and note anyone you know already skis?

Phones: collected in at 10pm each night. Kirsty's in charge of the phone box.

Actions:
- Rachel - parents' meeting letter out by 28 November
- Craig - first aid kit list, and check the insurance documents
- Jamie - draft room plan
- Aileen - draft ski groups
- Kirsty - pupil kit list

Next meeting: Tuesday 9 December, 3.45pm, room L3.

Rachel
""", kind="alt")

add("clean", "breakfast_club_staff_rota",
    "everyday: breakfast club volunteer rota sent to staff",
    staff("cunningham"), [("All Staff", f"allstaff@{SCHOOL}")], "Breakfast club rota \u2013 November",
    when(2025, 10, 30, 16, 15),
    """Hi folks,

Thanks so much to everyone who has helped out at breakfast club this term. Numbers are up to about 70 most mornings now, which is brilliant, but it means we really need three adults in from 7.50.

Here's the rota for November. If you can't make your slot, please swap with someone and just let me know - don't leave it empty.

Mon - Lorna, Kenny, Priya
Tue - Lorna, Declan, Hannah
Wed - Lorna, Euan, Morag
Thu - Lorna, Kirsty, Gordon
Fri - Lorna, Craig, Zo\u00eb

A couple of reminders:
- Hand washing and hairnets if you're doing the toast
- Check the allergy list on the fridge door every morning
- The S1s can be a bit shy about coming in, so a friendly face at the door makes a big difference

Thanks again. You're all stars.
Lorna
""", cte="8bit")

add("clean", "uniform_trainers_reply",
    "everyday: depute reassures parent that black trainers are fine; mentions the uniform bank",
    staff("kelly"), [JANE], "RE: Uniform \u2013 trainers", when(2025, 10, 1, 8, 36),
    """Dear Ms Parent,

Thanks for getting in touch, and for being so upfront about it.

Plain black trainers are absolutely fine while Erin's school shoes are being replaced, so please don't worry. I'll let her register teacher and her year head know so she isn't stopped about it.

Also, in case it's helpful, the school has a uniform bank in the Pupil Support Base, with blazers, ties, shirts and PE kit in most sizes. It's all free and there's no form to fill in. Erin can go along at any interval, or you're welcome to pop in yourself.

Kind regards,

Anne-Marie Kelly
Depute Head Teacher (S4\u2013S6)
Example School, Park Row, LS1 4AP
Tel: 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 30 September 2025 21:47
To: Anne-Marie Kelly <am.kelly@example-school.org.uk>
Subject: Uniform - trainers

Hi Mrs Kelly, Erin's school shoes have split and I can't get new ones till I'm paid on the 15th. Is it OK for her to wear black trainers until then? I don't want her getting into trouble. Thanks, Jane
""", kind="alt", in_reply_to="<CAJaneParent.uniform.0930@mail.gmail.com>")

_pe_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Parent/Carer,</p>
<p><b>S1 Parents&rsquo; Evening &ndash; Thursday 20 November 2025, 4.00pm to 7.00pm</b></p>
<p>Appointments are 5 minutes each and can be booked online through School Cloud from <b>9am on Monday 10 November</b>. Booking closes at noon on Tuesday 18 November.</p>
<p>You will need your child&rsquo;s date of birth to log in. We recommend booking the appointments in the order that suits you and leaving a short gap if you need to get from one end of the building to the other &ndash; the Science and PE departments are at opposite ends!</p>
<p>If you do not have internet access, please phone the office on 01632 960000 and we will book for you.</p>
<p>Tea and coffee will be served in the dining hall by the S6 prefects, and the uniform bank will be open.</p>
<p>Kind regards,<br>School Office<br>Example School, Park Row, LS1 4AP</p>
</body></html>
"""
add("clean", "s1_parents_evening_booking",
    "everyday: S1 parents' evening booking notice (HTML only)",
    staff("office"), [SAM], "S1 Parents' Evening \u2013 booking now open", when(2025, 11, 10, 9, 0),
    html_body=_pe_html, kind="html", html_cte="7bit")

add("clean", "higher_maths_prelim_results",
    "everyday: PT Maths tells S5 pupils about prelim results and supported study",
    staff("kerr"), pp("aisha", "olivia", "jack"), "Higher Maths prelim \u2013 results and next steps",
    when(2026, 1, 26, 15, 30),
    """Hi all,

Your prelim papers will be handed back in class this week, and you'll get time to go through them with me.

A few things to keep in mind:
- The grade boundaries we used were roughly A 70%, B 60%, C 50%. These are set after marking, the same way the SQA does it.
- The prelim is a snapshot. Plenty of people go up a grade between January and May, and plenty go down because they relax. Don't be in either group by accident.
- Look at WHERE you lost marks. For most of you it was vectors, recurrence relations and running out of time on Paper 2.

Supported study runs every Tuesday, 4-5pm in M4, from next week until the exam. There'll be tea and biscuits. There's no need to sign up, just turn up.

Past papers and marking instructions are all on the Higher Maths Team under Files > Past Papers.

Mr Kerr
""", cte="7bit")

add("clean", "biology_extension_granted",
    "everyday: Biology teacher grants a pupil an extension (reply with quote)",
    staff("bhatt"), pp("nadia"), "Re: Biology assignment", when(2026, 2, 27, 8, 22),
    """Hi Nadia,

Yes, that's fine - you can have until Wednesday 4 March. I'll let Mr Anwar know. Hope your gran's feeling better.

Mrs Bhatt

On Thu, 26 Feb 2026 at 19:12, Nadia Watt <22nwatt@pupils.example-school.org.uk> wrote:
> Hi Miss, sorry but i havent been able to finish my assignment write up
> because my gran was in hospital and we were up visiting her every night.
> Can I get an extension? Nadia
""", kind="alt", mailer="gmail", in_reply_to="<CANadiaWatt.ext.0226@mail.gmail.com>")

add("clean", "maths_dept_minutes",
    "everyday: Maths department meeting minutes",
    staff("kerr"), [("Maths Department", f"maths@{SCHOOL}")], "Maths dept meeting 14/01 \u2013 minutes",
    when(2026, 1, 15, 12, 50),
    """Hi all,

Minutes from Wednesday below. Shout if I've missed anything.

Present: SK, GMcP, LO'C, ES, RM (probationer)
Apologies: none

1. Prelim marking
- Higher and N5 prelims are marked and entered on the tracker. Thanks for the quick turnaround.
- Cross-marking sample: 5 scripts per class to GMcP by Friday 23 January.
- Appeals-style evidence: keep all scripts in the department store until June.

2. N5 Applications
- Numbers are up to 52 for next session. We'll need a third class - SK to raise with SLT.
- LO'C to update the finance unit resources (the phone contract questions are from 2016 and the prices are a joke).

3. S1 numeracy
- Times tables check in the first week back after February. Results to Guidance for anyone who needs support.
- ES is running the lunchtime numeracy club with the S6 buddies from February.

4. AOB
- Department night out: the curry house on Allison Street, Friday 6 February. Numbers to RM.
- The M3 board is still broken. Kenny says the new one is "on its way".

Next meeting: Wednesday 11 February.

Stuart
""", kind="alt")

add("clean", "christmas_concert_parents",
    "everyday: Christmas concert letter to parents (tickets, times, raffle)",
    staff("bell"), [JANE, SAM, ALI], "Christmas concert \u2013 Thursday 11 December \U0001F3B6",
    when(2025, 11, 27, 13, 15),
    """Dear Parent/Carer,

You are warmly invited to our Christmas concert on Thursday 11 December at 7pm in the Assembly Hall. Doors open at 6.30pm.

This year's programme includes the S1 choir, the junior and senior brass groups, the traditional music group (who have been practising their Strip the Willow all term), and a few solo performances from our Higher and Advanced Higher musicians.

Tickets are \u00a33 for adults, and free for pupils and under-5s. They can be bought on ParentPay or at the door.

Performers should arrive at 6pm in black and white clothing and go straight to the Music department.

There will be a raffle in the interval, with all proceeds going to the local foodbank. If you can donate a prize, please hand it in to the office by Tuesday 9 December.

We hope to see you there!

Catriona Bell
Principal Teacher of Music
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="alt", cte="quoted-printable", html_cte="quoted-printable")

add("clean", "photo_consent_reminder",
    "everyday: two-line reminder to parent about photo consent form",
    staff("office"), [SAM], "Photo consent form", when(2025, 9, 4, 10, 40),
    """Hi Sam,

Just a wee reminder that we still don't have Kai's photo and media consent form back. It came home in his S1 pack, but if it's gone walkabout I can send another one home with him - just let me know.

Thanks,
Morag
School Office
""", cte="7bit")

_oct_news = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Georgia,serif;font-size:15px;color:#222;background:#ffffff">
<div style="max-width:640px;margin:auto;padding:16px">
<h1 style="color:#7A1F2B;font-size:26px;margin-bottom:4px">Example School Newsletter</h1>
<p style="color:#777;margin-top:0">October 2025</p>
<p>Dear Parent/Carer,</p>
<p>What a start to the session it has been. A few highlights from the last few weeks:</p>
<h3 style="color:#7A1F2B">Exam results</h3>
<p>Congratulations to last year&rsquo;s S5 and S6, whose Higher and Advanced Higher results were the best the school has ever had. 41 pupils gained five or more Highers, and we have former pupils starting at every university in Glasgow this autumn.</p>
<h3 style="color:#7A1F2B">Kiltwalk</h3>
<p>Thirty-two S6 pupils and nine staff completed the Glasgow Kiltwalk in September, raising over &pound;4,200 for the Pupil Support Base and the breakfast club. Special mention to Mr Kerr, who did the whole thing in a kilt borrowed from his father-in-law.</p>
<h3 style="color:#7A1F2B">Breakfast club</h3>
<p>Breakfast club now sees around 70 pupils every morning. It is free for every pupil, 7.50&ndash;8.35am in the dining hall. Please encourage your child to come along, especially on exam days.</p>
<h3 style="color:#7A1F2B">Duke of Edinburgh</h3>
<p>A record 58 S3 pupils have signed up for Bronze this year. Well done to the 12 S5 pupils who completed their Silver expedition in the Trossachs in the pouring rain, and still smiled for the photo.</p>
<h3 style="color:#7A1F2B">Dates for your diary</h3>
<ul>
<li>Mon 13 &ndash; Fri 17 October: October holiday</li>
<li>Mon 17 November: in-service day</li>
<li>Thu 20 November: S1 parents&rsquo; evening</li>
<li>Thu 11 December: Christmas concert</li>
<li>Fri 19 December: school closes at 1pm for Christmas</li>
</ul>
<p>Thank you, as always, for your support.</p>
<p>Andrew Wallace<br>Head Teacher</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:12px;color:#777">Example School, Park Row, LS1 4AP &middot; Tel 01632 960000 &middot; office@example-school.org.uk</p>
</div></body></html>
"""
add("clean", "october_newsletter_html",
    "everyday: head teacher's October newsletter to parents (HTML only)",
    staff("wallace"), [JANE, SAM, ALI], "Example School \u2013 October newsletter", when(2025, 10, 10, 13, 0),
    html_body=_oct_news, kind="html", html_cte="quoted-printable")

add("clean", "enterprise_workshop_booking",
    "everyday: careers co-ordinator books a workshop with an outside organisation",
    staff("ogilvie"), [("Clyde Youth Enterprise", "events@clydeyouthenterprise.example.org")],
    "Booking request \u2013 S3 enterprise workshop", when(2026, 1, 8, 11, 25),
    """Dear Ms Kowalczyk,

I'm the DYW co-ordinator at Example School, and a colleague at St Roch's recommended your "Start it Up" workshops very highly.

We'd like to book two sessions for our S3 year group on Tuesday 3 March 2026: one for periods 1-2 (9.00-10.40am) and one for periods 3-4 (11.00am-12.40pm), with around 120 pupils in each.

We can provide the Assembly Hall, a projector with HDMI, and tables for group work. Parking for one car can be arranged in the staff car park if you let me know the registration in advance.

Could you let me know whether that date is available, and send a quote? Our budget comes from the DYW fund, so an invoice addressed to the school office is fine.

Kind regards,

Gordon Ogilvie
DYW / Careers Co-ordinator
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", cte="7bit")

add("clean", "cp_training_forward",
    "everyday: DSL forwards the local authority's child protection training reminder to staff",
    staff("dsl"), [("All Staff", f"allstaff@{SCHOOL}")], "FW: Child protection update \u2013 in-service 17 November",
    when(2025, 11, 4, 16, 2),
    """All,

Please see below from the Education Services child protection team. Everyone, including support staff and probationers, needs to have completed the online module before the in-service day. It takes about 40 minutes. Let me know if you can't log in.

The face-to-face session on the day will be in the library from 9.15 to 10.45.

Thanks,
Nicola

From: Child Protection Team <cpteam@education-services.example.org>
Sent: 03 November 2025 14:27
To: Head Teachers; Child Protection Co-ordinators
Subject: Child protection update - in-service 17 November

Dear colleagues,

Ahead of the November in-service day, please ensure that all staff in your establishment have completed the annual child protection refresher (Module 1: Recognising and Responding) on the learning platform by Friday 14 November.

This year's update includes the revised national guidance on sharing information, and a new section on online harms and the use of personal devices and accounts.

Completion reports will be sent to head teachers on 17 November.

Regards,
Child Protection Team
Education Services
""", kind="alt")

add("clean", "support_base_checkin",
    "everyday: support base reminds an S1 pupil of her check-in (very short)",
    staff("gallacher"), pp("maja"), "Check-in tomorrow", when(2025, 10, 22, 15, 10),
    """Hi Maja,

Just a reminder we've got our check-in tomorrow at interval in the base. Bring your planner so we can look at your homework for the week.

Mrs Gallacher
""", cte="7bit")

add("clean", "lost_property_jacket",
    "everyday: facilities manager tells parent a named jacket is at the janitors' office",
    staff("boyle"), [JANE], "Lost property \u2013 Erin's jacket", when(2025, 12, 4, 12, 5),
    """Dear Ms Parent,

A navy school jacket with Erin's name in the collar has been handed in to the janitors' office. She can collect it from the office at the back stair any time between 8am and 4pm.

Regards,
Kenny Boyle
Facilities Manager
""", cte="7bit")

add("clean", "ucas_internal_deadline",
    "everyday: careers reminds S6 pupils of UCAS internal deadlines and reference requests",
    staff("ogilvie"), pp("lewis", "fatima", "eilidh"), "UCAS \u2013 internal deadlines", when(2025, 9, 15, 9, 30),
    """Hi S6,

Quick reminder of the internal UCAS deadlines. These are earlier than the official ones because your referees need time to write your reference properly.

- Medicine, dentistry, vet med, Oxford and Cambridge: complete application to me by Friday 26 September
- Everyone else: complete application to me by Friday 28 November

"Complete" means your personal statement is finished (all three questions), your qualifications are entered correctly, and you've filled in the reference request form on the S6 Team so your referee knows what to say about you.

The application fee is \u00a328.50 for 2026 entry. If that's a problem for your family, speak to me or your Guidance teacher - there's help available.

Drop-in sessions for personal statements are on Wednesdays, P6, in the careers room (next to the library).

Mr Ogilvie
""", kind="alt", mailer="outlook")

add("clean", "he_bring_messages_crumble",
    "everyday: Home Economics asks S2 pupils to bring their messages for a practical",
    staff("cunningham"), pp("kyle", "dylan", "amara", "leah"), "Bring your messages for Thursday!",
    when(2026, 1, 12, 14, 45),
    """Hi 2D,

For Thursday's practical we're making fruit crumble. Please bring, in a named container or bag:

- 2 cooking apples (or eating apples, it doesn't matter)
- a handful of frozen berries if you want (optional)
- 50g butter or margarine
- 75g plain flour
- 40g sugar
- 25g porridge oats

You'll also need a dish to take it home in. The foil trays from the chippy are perfect.

If it's going to be tricky getting the ingredients this week, just let me know quietly before Wednesday and the department will sort it - no bother at all, nobody else needs to know.

Mrs Cunningham
""", cte="7bit")

add("clean", "library_overdue_book",
    "everyday: librarian chases an overdue book from an S2 pupil",
    staff("mcgrath"), pp("kyle"), "Overdue book", when(2026, 2, 11, 10, 15),
    """Hi Kyle,

The library system says "Diary of a Wimpy Kid: The Long Haul" is now three weeks overdue. Could you bring it back this week, or come and renew it at the desk?

There are no fines - I just need it back for the next person, as there's a waiting list!

Mrs McGrath
School Librarian
""", cte="8bit")

add("clean", "glow_password_reset",
    "everyday: Computing teacher sends S1 pupils Glow password reset instructions",
    staff("paterson"), pp("cameron", "sami", "josh", "maja"), "How to reset your Glow password",
    when(2025, 8, 27, 13, 10),
    """Hi 1X3,

A few of you got locked out of Glow today, so here's how to sort it yourself next time.

1. Go to the Glow login page and click "Forgotten your password?"
2. Type in your username (the same as the start of your school email, e.g. 25abrown).
3. Answer the security questions you set up in class today.
4. Choose a new password: at least 10 characters, with a capital letter and a number. Don't use your name, your birthday or "password123" (yes, someone tried that today).

If you forgot your security questions, come and see me in C2 at interval and I'll reset it for you. Don't share your password with anyone, even your best pal.

Mr Paterson
Computing Science
""", kind="alt")

add("clean", "n5_chemistry_assignment_dates",
    "everyday: PT Science sends N5 Chemistry assignment dates (base64 body)",
    staff("anwar"), pp("callum", "ryan", "holly"), "N5 Chemistry assignment \u2013 key dates",
    when(2026, 1, 9, 15, 35),
    """Hi all,

Here are the key dates for the N5 Chemistry assignment. Please put them in your planners.

Research stage: in class, week beginning 12 January. You'll carry out your experiment in pairs and collect your own data.

Write-up: Tuesday 3 February, periods 3-4, Lab S4. You have 1 hour 30 minutes under exam conditions.

You can bring in:
- your raw data sheet
- your two extra sources (printed, with references)
- the SQA resource sheet

That's it - no notes, no phones, no drafts. Anything else has to stay in your bag.

The assignment is worth 20% of your final grade, so it's worth taking seriously. Supported study is on Thursday lunchtimes in S4 if you want help with your research.

Mr Anwar
""", cte="base64")

add("clean", "bus_complaint_reply",
    "everyday: pupil support PT replies to a parent's complaint about an incident on the bus",
    staff("campbell"), [ALI], "RE: Rory and the bus", when(2025, 11, 18, 14, 20),
    """Dear Mr Guardian,

Thank you for letting me know about what happened on the bus on Friday, and I'm sorry Rory had to deal with that.

I've spoken to Rory, and separately to the two S2 boys involved. They've both admitted to what they did, and they've both been given a consequence in line with the school's positive relationships policy. Their parents have been informed. We've also asked the bus company whether they hold any footage from that journey.

I've asked Rory to let me know straight away if anything else happens, on the bus or in school, and I'll check in with him again at the end of the week.

Please don't hesitate to get in touch if you have any other concerns.

Kind regards,

Ross Campbell
Principal Teacher Pupil Support (Clyde House)
Example School, Park Row, LS1 4AP
Tel: 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 16 November 2025 20:11
To: Ross Campbell <r.campbell@example-school.org.uk>
Subject: Rory and the bus

Mr Campbell, Rory came home on Friday soaking wet because some wee bampot from S2 threw a bottle of juice over him on the bus home, and his pal filmed it. He didn't want me to email but I'm not having it. Can you look into it please. Ali Guardian
""", kind="alt", in_reply_to="<LO4P265MB0003ALIBUS20251116@LO4P265MB0003.GBRP265.PROD.OUTLOOK.COM>")

add("clean", "s1_football_team",
    "everyday: PE teacher announces the S1 football team for Saturday",
    staff("docherty"), pp("cameron", "sami", "josh"), "S1 football \u2013 Saturday", when(2025, 10, 23, 15, 55),
    """Hi boys,

Well done to everyone who came to trials. It was hard to pick, and if you're not in this week, keep coming to training because it'll change every week.

Saturday vs Kelvinbrae Academy, at Lochview playing fields
Meet at the school at 8.45am. Kick-off 10am. Back at the school for about 12.30.

Squad: Cameron, Sami, Josh, Reece, Tyler, Daniel, Arjun, Kacper, Liam, Connor, Mason, Ben, Aaron, Luca

Bring boots, shin pads, a water bottle and a piece for after. Strips will be handed out in the minibus.

Miss Docherty
""", cte="7bit")

add("clean", "s1_six_weeks_in",
    "everyday: guidance teacher's six-week S1 settling-in update to carer",
    staff("macleod"), [SAM], "Kai \u2013 six weeks in", when(2025, 10, 2, 15, 20),
    f"""Dear Sam,

I like to get in touch with all my S1 families about six weeks in, just to let you know how things are going.

Kai is settling in well. His teachers say he's polite and hard-working, and he's clearly enjoying Music and Home Economics. He's still finding the size of the building a bit much at times, and he's been late to a couple of classes after getting lost between the Science and Technical corridors, which is very common in S1.

He's now going up to the Pupil Support Base every morning after breakfast club, and Mrs Gallacher says that's working well for him. We'll keep that going until at least the October holiday.

There'll be a chance to meet all his teachers at the S1 parents' evening on 20 November. Booking details will follow nearer the time.

If you have any questions in the meantime, please get in touch by email or through the office.

Kind regards,

{sig("macleod")}
""", kind="alt")

_jumper_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:12pt;color:#1a1a1a">
<div style="border:4px dashed #C0392B;padding:14px;max-width:560px">
<h2 style="color:#C0392B;margin-top:0">Christmas jumper day &ndash; Friday 19 December</h2>
<p>Dig out your daftest Christmas jumper! On our last day of term you can wear a festive jumper with your uniform (no full non-uniform, sorry).</p>
<p>Please bring <b>&pound;1</b> (or more if you can) to your register class. Every penny goes to the local foodbank, who tell us that December is their busiest month of the year. If you can&rsquo;t bring money, bring a tin or a packet instead &ndash; the S6 prefects will collect at registration.</p>
<p>Prizes for the best jumper in each year group, judged by the Pupil Council at lunchtime. Last year a certain Depute won with a jumper that lit up and played Jingle Bells. Can you beat it?</p>
<p>School closes at 1pm. Have a great holiday!</p>
<p>Mr Fraser and the Pupil Council</p>
</div></body></html>
"""
add("clean", "christmas_jumper_day_pupils",
    "everyday: Christmas jumper day notice to all pupils (HTML only)",
    staff("fraser"), [("All Pupils", f"allpupils@{PUPILS}")], "Christmas jumper day \u2013 Friday 19 December \U0001F384",
    when(2025, 12, 12, 9, 30), html_body=_jumper_html, kind="html", html_cte="quoted-printable")


# ================================================================ OUTPUT
README = """# Round 33 hold-out corpus: personal-address-to-parent

**Blind hold-out set. Never use these messages for tuning rules, thresholds or code.**
They were written without looking at mailguard's code, rules, tests or docs, so that
they measure how the filter behaves on mail nobody tuned it on.

## What it is

80 complete RFC 5322 messages (`NNN_<flag|clean>_<slug>.eml`) for the policy:
staff must never use a personal phone or personal e-mail to talk to pupils or parents,
must not give them their personal phone number, home address or personal e-mail, and
must not add them as friends on social media.

Setting for this round: a large comprehensive secondary in Glasgow (S1-S6), with
Scots and Glaswegian vocabulary (wee, aye, messages, greeting, numpty, bampot, weans,
close, jannie, piece), SQA National 5s and Highers, a Pupil Support Base, a breakfast
club, Duke of Edinburgh and a ski trip. The school identity is kept from
`config.example.yaml` (staff domain example-school.org.uk, pupils at
pupils.example-school.org.uk, school phone 01632 960000, postcode LS1 4AP) even though
the postcode is not a Glasgow one. The only parents are the three in
`directory/parents.csv`. All other names, addresses and mailboxes are invented;
phone numbers are in Ofcom's drama ranges (mostly 07700 900xxx and 0141 496 0xxx).

`labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is `flag` or
`clean`; `sender` is the staff From address (envelope sender); `recipients` are the
To and Cc addresses separated by single spaces. Judgement calls are marked `[unsure]`.

## How it was made / how to regenerate

Generated by `../make_round33_personal.py` (Python 3.11 standard library only).
Dates, Message-IDs and MIME boundaries are fixed, so the output is byte-identical
every time:

    python3 tests/holdout/round33/make_round33_personal.py

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff gives parents/pupils their own personal contact details or a private channel | 20 |
| clean | hard negatives (look personal, are not) | 30 |
| clean | ordinary everyday school mail | 30 |
| **total** | | **80** |

## Kinds of case

Flag:
- personal mobile/landline in many formats: `(0141) 496-0573`, `+44 7700 900318`,
  `0044 7700 900415`, `07700900672`, `07700.900.385`, `&nbsp;` inside an HTML signature,
  split over a line break (plain text and HTML `<br>`), inside a vCard and inside a folded
  `.ics` DESCRIPTION line
- personal e-mail in the body (gmail, protonmail), in a signature (family domain),
  in `Reply-To` (hotmail) and in `Cc` (yahoo)
- a home address (flat in a Dennistoun close)
- invitations to private channels: WhatsApp (parents' group, pupils' DofE group),
  Snapchat, Instagram + TikTok DMs, Facebook friend request, Discord server, Telegram group
- encodings: quoted-printable, base64, 8bit, HTML-only, RFC 2047 subjects and names,
  replies with quoted text, a forward, attachments

Clean, hard negatives:
- the school's own phone, postcode and office address; the school's direct lines
  (01632 960xxx); a school-owned trip mobile stated as such; the school's absence text line
- the parent's or pupil's own details read back or quoted in a reply
- third parties' details given for a reason: outdoor centre, coach firm, hostel booking
  office, counselling service and helpline, primary school, employer, host family,
  tour operator, Teams dial-in number
- numbers that are not phones: SQA candidate/centre numbers, exam times, prices, sort
  code and account number, payment references, meeting IDs, ISBNs, venue postcodes,
  phone-contract maths homework
- staff-only mail with personal details (HR new-starter check, staff night out, off sick),
  and a teacher giving her mobile to an outside centre
- staff refusing to give a personal number, declining Snapchat and Facebook requests,
  e-safety advice naming apps, the school's official social media accounts, and a reply
  explaining that the parents' WhatsApp group is not run by the school

Everyday clean: homework, cover lists, bulletins, reports, trip and DofE letters,
parents' evening, newsletters, concert, breakfast club rota, meeting minutes, lost
property, library, UCAS, Glow passwords, replies to parents.
"""


def main():
    flags = [e for e in ENTRIES if e["label"] == "flag"]
    cleans = [e for e in ENTRIES if e["label"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    order = list(ENTRIES)
    random.Random(3300).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    slugs = set()
    for i, e in enumerate(order, 1):
        assert e["slug"] not in slugs, e["slug"]
        slugs.add(e["slug"])
        fname = f"{i:03d}_{e['label']}_{e['slug']}.eml"
        data = build(e, i)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rcpts = [a for _, a in getaddresses([f"{n or ''} <{a}>" for n, a in e["to"] + e["cc"]])]
        rows.append([fname, e["label"], e["frm"][1], " ".join(rcpts), e["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
