#!/usr/bin/env python3
"""Generate the round-9 BLIND hold-out corpus for the mailguard module
"personal-address-to-parent" (staff giving pupils/parents their own personal
contact details, or inviting them to private channels).

Written without looking at mailguard's code, rules, tests or docs.  Never tune
the filter on these files.

Python 3.11, standard library only.  Deterministic: every date, Message-ID and
MIME boundary is fixed, so two runs produce byte-identical files.

    python3 tests/holdout/round9/make_round9_personal.py
"""
import base64
import csv
import hashlib
import html
import quopri
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "personal-address-to-parent"

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def staff(name, local):
    return (name, f"{local}@{SCHOOL}")


def pupil(name, local):
    return (name, f"{local}@{PUPILS}")


# --------------------------------------------------------------------------- helpers

def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def hx(key, n=16):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def b64id(key, n=22):
    raw = hashlib.sha256(key.encode("utf-8")).digest()
    return base64.b64encode(raw).decode("ascii").replace("/", "_").replace("+", "-")[:n]


def uk_tz(naive):
    def last_sunday(y, m):
        d = datetime(y, m, 31)
        while d.weekday() != 6:
            d -= timedelta(days=1)
        return d.replace(hour=1)
    bst = last_sunday(naive.year, 3) <= naive < last_sunday(naive.year, 10)
    return timezone(timedelta(hours=1 if bst else 0))


def dt(y, mo, d, hh, mm, ss=0):
    naive = datetime(y, mo, d, hh, mm, ss)
    return format_datetime(naive.replace(tzinfo=uk_tz(naive)))


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def gmail_attr(y, m, d, hh, mm, who):
    wd = WD[datetime(y, m, d).weekday()]
    return f"On {wd}, {d} {MON[m-1]} {y} at {hh:02d}:{mm:02d}, {who[0]} <{who[1]}> wrote:"


def apple_attr(y, m, d, hh, mm, who):
    return f"On {d} {MON[m-1]} {y}, at {hh:02d}:{mm:02d}, {who[0]} <{who[1]}> wrote:"


def outlook_block(who, y, m, d, hh, mm, to, subject, cc=()):
    lines = ["________________________________",
             f"From: {who[0]} <{who[1]}>",
             f"Sent: {d} {MONL[m-1]} {y} {hh:02d}:{mm:02d}",
             "To: " + "; ".join(f"{n} <{e}>" for n, e in to)]
    if cc:
        lines.append("Cc: " + "; ".join(f"{n} <{e}>" for n, e in cc))
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n"


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


# RFC 2047 ---------------------------------------------------------------------

def needs_enc(s):
    return any(ord(c) > 127 for c in s)


def ew(s, mode="B"):
    if mode == "B":
        return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?utf-8?Q?" + "".join(out) + "?="


def enc_header_text(s, mode="B", chunk=28):
    pieces = [s[i:i + chunk] for i in range(0, len(s), chunk)]
    return "\n ".join(ew(p, mode) for p in pieces)


def fmt_addr(a):
    name, email = a
    if not name:
        return email
    if needs_enc(name):
        return f"{ew(name, 'Q')} <{email}>"
    if any(c in name for c in ',.;:()@"'):
        return '"' + name.replace('"', '') + f'" <{email}>'
    return f"{name} <{email}>"


def fmt_addrs(lst):
    return ",\n ".join(fmt_addr(a) for a in lst)


# MIME parts ---------------------------------------------------------------------

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if body.endswith("\n") else body + "\n"

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def encode_body(body, cte, charset):
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte in ("7bit", "8bit"):
        enc = body
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    return cte, enc


def text(body, sub="plain", cte=None, charset="utf-8", flowed=False):
    if not body.endswith("\n"):
        body += "\n"
    cte, enc = encode_body(body, cte, charset)
    ct = f'Content-Type: text/{sub}; charset="{charset}"'
    if flowed:
        ct = f"Content-Type: text/{sub}; charset={charset}; format=flowed"
    return Part([ct, f"Content-Transfer-Encoding: {cte}"], enc)


def multi(sub, boundary, parts, preamble=None):
    body = ""
    if preamble:
        body += preamble + "\n\n"
    for p in parts:
        body += f"--{boundary}\n" + p.render() + "\n"
    body += f"--{boundary}--\n"
    return Part([f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"'], body)


def attach(filename, ctype, data, disposition="attachment", extra_ct=""):
    enc = base64.encodebytes(data).decode("ascii")
    return Part([f'Content-Type: {ctype}; name="{filename}"{extra_ct}',
                 f'Content-Description: {filename}',
                 f'Content-Disposition: {disposition}; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], enc)


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_stub(lines, title="Document"):
    content = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({pdf_esc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}endstream",
        f"<< /Title ({pdf_esc(title)}) /Producer (Microsoft Word for Microsoft 365) >>",
    ]
    out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def ics(uid, organizer, attendees, start, end, summary, location, description, stamp):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/London."""
    def fold(line):
        out, b = [], line
        while len(b) > 74:
            out.append(b[:74])
            b = " " + b[74:]
        out.append(b)
        return "\n".join(out)
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    lines += [
        f"DESCRIPTION;LANGUAGE=en-GB:{description}",
        f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", f"LOCATION;LANGUAGE=en-GB:{location}",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ]
    return crlf("\n".join(fold(l) for l in lines) + "\n")


# HTML ---------------------------------------------------------------------------

URL_RE = re.compile(r"(https?://[^\s<]+|www\.[^\s<]+)")


def fmt_inline(s):
    s = html.escape(s, quote=False)
    s = URL_RE.sub(lambda m: f'<a href="{m.group(0) if m.group(0).startswith("http") else "https://" + m.group(0)}">{m.group(0)}</a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s


def to_html(txt, style="outlook"):
    """Turn simple plain text into HTML paragraphs (blank line = new paragraph;
    '- ' lines = bullet list; '> ' lines = blockquote)."""
    pcls = ' class="MsoNormal"' if style == "outlook" else ""
    out = []
    for para in txt.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(("- ", "• ")) for l in lines):
            out.append("<ul>\n" + "\n".join(f"<li>{fmt_inline(l[2:])}</li>" for l in lines) + "\n</ul>")
        elif all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(fmt_inline(l[1:].lstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append(f"<p{pcls}>" + "<br>\n".join(fmt_inline(l) for l in lines) + "</p>")
    sep = "\n<p class=\"MsoNormal\">&nbsp;</p>\n" if style == "outlook" else "\n"
    return sep.join(out)


def html_doc(inner, style="outlook"):
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if style == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                f'{inner}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                f'{inner}\n</body></html>\n')
    raise ValueError(style)


def sig_table(name, role_lines, detail_rows, colour="#0b5e3b"):
    roles = "<br>\n".join(html.escape(r) for r in role_lines)
    rows = "\n".join(
        f'<tr><td style="padding:1px 8px 1px 0;color:{colour};font-weight:bold">{html.escape(k)}</td>'
        f'<td style="padding:1px 0">{fmt_inline(v)}</td></tr>' for k, v in detail_rows)
    return (
        '<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
        'font-family:Arial,sans-serif;font-size:9pt;color:#333333">\n<tr>\n'
        f'<td style="border-right:3px solid {colour};padding:0 12px 0 0;vertical-align:top">'
        f'<img src="cid:crest@{SCHOOL}" alt="Example School crest" width="64" height="64"></td>\n'
        f'<td style="padding:0 0 0 12px;vertical-align:top"><span style="font-size:11pt;font-weight:bold;color:{colour}">'
        f'{html.escape(name)}</span><br>\n{roles}\n'
        f'<table border="0" cellspacing="0" cellpadding="0" style="margin-top:6px;font-size:9pt">\n{rows}\n</table>\n'
        '</td>\n</tr>\n</table>')


def sig_text(name, role_lines, detail_rows):
    lines = [name] + list(role_lines) + [f"{k} {v}".strip() for k, v in detail_rows]
    return "\n".join(lines)


# Message ---------------------------------------------------------------------------

class Msg:
    def __init__(self, data, sender, rcpts):
        self.data, self.sender, self.rcpts = data, sender, rcpts


def boundary_for(key, client, n=0):
    k = hx(f"{key}/b{n}", 24)
    if client == "outlook":
        return f"_00{n}_{k[:4].upper()}PR03MB{k[4:8].upper()}{k[8:16]}_"
    if client == "gmail":
        return f"0000000000{k[:16]}"
    if client == "apple":
        return f"Apple-Mail={k[:8].upper()}-{k[8:12].upper()}-{k[12:16].upper()}-{k[16:20].upper()}-{k[:12].upper()}"
    return f"------------{k[:24]}"


def msgid_for(key, client, frm):
    k = hx(key, 32)
    if client == "outlook":
        box = f"{k[:3].upper()}PR0{int(k[3], 16) % 9 + 1}MB{int(k[4:8], 16) % 9000 + 1000}"
        return f"<{box}{k[8:20].upper()}@{box}.eurprd0{int(k[3], 16) % 9 + 1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA+{b64id(key, 40)}@mail.gmail.com>"
    if client == "apple":
        return f"<{k[:8].upper()}-{k[8:12].upper()}-{k[12:16].upper()}-{k[16:20].upper()}-{k[20:32].upper()}@{SCHOOL}>"
    return f"<{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@{SCHOOL}>"


def message(frm, to, subject, date, part, cc=(), client="outlook", reply=False,
            subj_mode=None, lang="en-GB", extra=()):
    key = f"{frm[1]}|{subject}|{date}"
    mid = msgid_for(key, client, frm)
    refs = []
    if reply:
        parent = msgid_for(key + "|parent", "gmail" if reply == "gmail" else "outlook", frm)
        refs = [f"In-Reply-To: {parent}", f"References: {parent}"]
    if subj_mode or needs_enc(subject):
        subj = enc_header_text(subject, subj_mode or ("B" if client in ("outlook", "gmail") else "Q"))
    else:
        subj = subject
    H = []
    to_h = fmt_addrs(to)
    cc_h = [f"Cc: {fmt_addrs(cc)}"] if cc else []
    if client == "outlook":
        topic = re.sub(r"^((RE|FW|Re|Fwd|FW):\s*)+", "", subject)
        topic_h = enc_header_text(topic, "B") if needs_enc(topic) else topic
        has_att = "yes" if "multipart/mixed" in part.headers[0] else ""
        H = [f"From: {fmt_addr(frm)}", f"To: {to_h}", *cc_h, f"Subject: {subj}",
             f"Thread-Topic: {topic_h}",
             f"Thread-Index: {base64.b64encode(hashlib.sha1(key.encode()).digest()).decode()[:24]}",
             f"Date: {date}", f"Message-ID: {mid}", *refs,
             "Accept-Language: en-GB, en-US", f"Content-Language: {lang}",
             f"X-MS-Has-Attach: {has_att}", "X-MS-TNEF-Correlator:", *extra, "MIME-Version: 1.0"]
    elif client == "gmail":
        H = ["MIME-Version: 1.0", f"Date: {date}", *refs, f"Message-ID: {mid}", f"Subject: {subj}",
             f"From: {fmt_addr(frm)}", f"To: {to_h}", *cc_h, *extra]
    elif client == "apple":
        H = [f"From: {fmt_addr(frm)}", "Mime-Version: 1.0 (1.0)", f"Subject: {subj}", f"Date: {date}",
             f"Message-Id: {mid}", *refs, *cc_h, f"To: {to_h}", *extra]
    else:  # thunderbird
        H = [f"Message-ID: {mid}", f"Date: {date}", "MIME-Version: 1.0",
             "User-Agent: Mozilla Thunderbird", f"Content-Language: {lang}", f"To: {to_h}", *cc_h,
             f"From: {fmt_addr(frm)}", f"Subject: {subj}", *extra]
    data = "\n".join(H + part.headers) + "\n\n" + part.body
    rcpts = [a[1] for a in list(to) + list(cc)]
    return Msg(data.encode("ascii"), frm[1], rcpts)


def alt(key, client, plain, html_body, html_style=None, plain_cte=None, html_cte=None):
    style = html_style or {"outlook": "outlook", "gmail": "gmail", "apple": "apple"}.get(client, "owa")
    return multi("alternative", boundary_for(key, client, 1),
                 [text(plain, cte=plain_cte), text(html_doc(html_body, style), "html", cte=html_cte)])


CASES = []


def add(kind, slug, note, msg):
    assert kind in ("flag", "clean")
    CASES.append((kind, slug, note, msg))

# =========================================================================== FLAG (30)

def flags():
    # F1 ---------------------------------------------------------------- rugby coach, text me
    frm = staff("Rhys Pritchard", "r.pritchard")
    to = [pupil("Lewis Morgan", "20morganl")]
    body = T("""
        Lewis,

        You're starting at 12 on Saturday, well deserved after Wednesday. Bus leaves the
        top car park at 8.45 sharp, back around 3.

        If your dad can't get you there for the bus let me know by Friday night and we'll
        sort something. Easiest is just text me on 07700 900614, I'll have my phone on me
        all morning.

        Boots, gumshield, water bottle, and bring a packed lunch - we're not stopping on
        the way back this time.

        Mr P
        """)
    add("flag", "rugby_text_me", "rugby coach asks pupil to text his own mobile",
        message(frm, to, "Saturday - Bridgend away", dt(2025, 3, 6, 17, 21),
                text(body), client="thunderbird"))

    # F2 ---------------------------------------------------------------- salon placement, wa.me link
    key = "f2"
    frm = staff("Seren Lloyd", "s.lloyd")
    plain = T("""
        Dear Mrs Parent,

        Just a quick note to say Example Pupil One has settled in really well at Glow Studio this week. Ffion, the salon manager, was full of praise – she's been shampooing, doing towel and trolley prep, and she even assisted on a blow-dry on Thursday.

        A couple of things for next week:
        - Black tunic and black trousers please, no trainers (the salon is strict on this)
        - Packed lunch – there's a microwave in the staff room
        - Hours stay 9.30–3.00 on Tuesdays and Wednesdays

        I'm out visiting placements most of the week so I'm hardly at my desk. If anything comes up it's quicker to message me on WhatsApp – https://wa.me/447700900287 – and I'll get back to you between visits.

        Kind regards,
        """)
    sig = ("Seren Lloyd", ["Tiwtor Gwallt a Harddwch / Hair & Beauty Tutor", "Canolfan Alwedigaethol / Vocational Centre"],
           [("Ffôn / Tel", "01632 960000"), ("E-bost / Email", "s.lloyd@example-school.org.uk"),
            ("", "Example School, Park Row, Leeds LS1 4AP")])
    add("flag", "salon_wame_link", "hair & beauty tutor gives her WhatsApp as a wa.me link (number only inside the URL)",
        message(frm, [JANE], "Placement at Glow Studio – first week", dt(2025, 1, 17, 16, 5),
                alt(key, "outlook", plain + "\n" + sig_text(*sig), to_html(plain) + "\n" + sig_table(*sig))))

    # F3 ---------------------------------------------------------------- LSA, hotmail over half term
    frm = staff("Bethan Davies", "b.davies")
    quoted = T("""
        Hi Bethan,

        Sorry to bother you on a Friday. He's been really quiet this week and last night he said he doesn't want to go back after half term because of the changes to his timetable. I don't want to push him. Is there anything we can do?

        Thanks, Sam
        """)
    plain = T("""
        Hi Sam,

        Thanks for letting me know – it's really common for him to feel wobbly before a break, and it doesn't undo all the progress he's made since Christmas.

        I've had a word with Mrs Thomas in the base and we'll do a soft start on the Monday: he can come straight to the learning support base at 8.35 instead of registration, and we'll walk over to period 1 together.

        Over half term, if he has a bad day and you want to talk it through, email me at home – bethan.davies.lsa@hotmail.co.uk. I'll be checking it most days. Don't bother with the school account, nobody looks at it over the holiday.

        Have a restful week, both of you.

        Bethan

        Bethan Davies
        Cynorthwyydd Cymorth Dysgu / Learning Support Assistant
        """) + "\n" + outlook_block(SAM, 2025, 2, 14, 9, 12, [frm], "Worries about going back after half term") + "\n" + quoted
    html_body = to_html(plain.split("________________________________")[0]) + \
        '\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%">\n' + \
        f'<div><b>From:</b> Sam Carer &lt;sam.carer@outlook.com&gt;<br><b>Sent:</b> 14 February 2025 09:12<br>' \
        f'<b>To:</b> Bethan Davies &lt;b.davies@example-school.org.uk&gt;<br><b>Subject:</b> Worries about going back after half term</div>\n' + \
        to_html(quoted)
    add("flag", "lsa_hotmail_halfterm", "LSA gives carer her personal hotmail for half term (QP, Outlook reply)",
        message(frm, [SAM], "RE: Worries about going back after half term", dt(2025, 2, 14, 15, 48),
                alt("f3", "outlook", plain, html_body, plain_cte="quoted-printable", html_cte="quoted-printable"),
                reply=True))

    # F4 ---------------------------------------------------------------- Welsh teacher, bilingual
    frm = staff("Siân Llywelyn", "s.llywelyn")
    plain = T("""
        Annwyl Mr Guardian,

        Diolch am eich neges ynglŷn â'r arholiad llafar. Peidiwch â phoeni – mae e wedi paratoi'n dda iawn ac mae ei ynganiad wedi gwella'n fawr ers mis Medi.

        Mae'r arholiad ddydd Mawrth 25 Mawrth am 10.40, yn ystafell C12. Bydd e'n siarad gyda dau ddisgybl arall am tua wyth munud.

        Os hoffech chi drafod unrhyw beth cyn hynny, mae croeso i chi fy ffonio ar fy rhif symudol personol, 07700900833, ar ôl pump o'r gloch.

        ----

        Dear Mr Guardian,

        Thank you for your message about the oral exam. Please don't worry – he has prepared very well and his pronunciation has come on hugely since September.

        The exam is on Tuesday 25 March at 10.40 in room C12. He'll be speaking with two other pupils for about eight minutes.

        If you'd like to talk anything through before then, you're welcome to ring me on my personal mobile, 07700900833, after five o'clock.

        Cofion gorau / Best wishes,
        Siân Llywelyn
        Adran y Gymraeg / Welsh Department
        """)
    add("flag", "welsh_oral_bilingual", "Welsh teacher, bilingual cy/en, personal mobile written without spaces",
        message(frm, [ALI], "Arholiad llafar TGAU / GCSE Welsh oral – Example Pupil Three", dt(2025, 3, 12, 16, 37),
                alt("f4", "outlook", plain, to_html(plain)), lang="cy-GB"))

    # F5 ---------------------------------------------------------------- sixth-form tutor, gmail
    frm = staff("Dafydd Jenkins", "d.jenkins")
    meg = pupil("Megan Hughes", "18hughesm")
    body = T("""
        Hi Megan,

        Much better - the opening paragraph about the Severn Barrage actually sounds like
        you now, rather than like a prospectus. Two things:

        1. The bit about the work experience at the surveyors' is doing a lot of telling
           and not much showing. What did you actually measure? What went wrong?
        2. You're at about 3,900 characters with spaces. Leave yourself room - the limit
           is 4,000 and the final edit always adds words.

        Teams keeps mangling your formatting when you paste it in, so for the next draft
        just send it to my own address, dafydd.jenkins.phys@gmail.com, as a Word doc and
        I'll tracked-change it during the week.

        Internal deadline for Oxbridge and medicine is still 4 November, so no panic, but
        don't sit on it.

        Mr Jenkins

        """) + gmail_attr(2024, 10, 20, 18, 52, meg) + "\n" + quote(T("""
        Hi sir, here's draft 3, I changed the start like you said. Is it too long now?
        Megan
        """))
    add("flag", "ucas_statement_gmail", "sixth-form tutor asks pupil to send drafts to his personal gmail",
        message(frm, [meg], "Re: personal statement draft 3", dt(2024, 10, 20, 20, 14), text(body),
                client="gmail", reply="gmail"))

    # F6 ---------------------------------------------------------------- MV tutor, home address
    frm = staff("Huw Bevan", "h.bevan")
    body = T("""
        Mr Guardian,

        Sorry to chase again. I still need the signed IMI registration form and the photo
        consent slip for Example Pupil Three, otherwise I can't enter him for the Level 1
        assessment window in November.

        I know you're on nights and the office shuts at 4, so don't worry about getting
        them into school - just put them through my letterbox on your way past. I'm at
        14 Heol y Nant, Trefforest, CF37 1RE (the one with the white Transit outside).
        Any time is fine.

        Cheers,
        Huw Bevan
        Motor Vehicle Tutor
        """)
    add("flag", "mv_forms_home_address", "motor vehicle tutor gives his home address for dropping off forms",
        message(frm, [ALI], "IMI registration forms", dt(2024, 10, 1, 19, 37), text(body), client="thunderbird"))

    # F7 ---------------------------------------------------------------- construction WhatsApp group, HTML only
    frm = staff("Gethin Rees", "g.rees")
    to = [pupil("Tomos Davies", "21daviest"), pupil("Rehan Khan", "21khanr"),
          pupil("Bradley Lewis", "21lewisb"), pupil("Mia Jones", "21jonesm")]
    inner = T("""
        <p>Right, Level 2 crew,</p>
        <p>Site week starts Monday with <b>Morgan &amp; Price Builders</b> on the new houses at Heol Glyn, Tonyrefail CF39 8AB.
        Be at the site cabin for <b>7.45</b>, not 8. Full PPE &mdash; boots, hi-vis, hard hat, gloves, glasses.
        No PPE, no site, and I'm not joking this time.</p>
        <p>I've made a WhatsApp group for the week so I can tell you first thing if anything changes (weather, skip delivery, whatever).
        Join here: <a href="https://chat.whatsapp.com/Gk3PqL8vRt2ZyW5nXc1Hd">https://chat.whatsapp.com/Gk3PqL8vRt2ZyW5nXc1Hd</a></p>
        <p>Packed lunch &mdash; there's no shop anywhere near the site.</p>
        <p>Mr Rees</p>
        """) + sig_table("Gethin Rees", ["Tiwtor Adeiladu / Construction Tutor", "Canolfan Alwedigaethol / Vocational Centre"],
                         [("Tel", "01632 960000"), ("Web", "www.example-school.org.uk")], colour="#8a4b08")
    add("flag", "site_week_whatsapp_group", "construction tutor invites pupils to a WhatsApp group (HTML only)",
        message(frm, to, "Site week 17–21 March", dt(2025, 3, 14, 12, 10),
                text(html_doc(inner, "owa"), "html", cte="quoted-printable")))

    # F8 ---------------------------------------------------------------- catering tutor, vCard
    frm = staff("Lowri Evans", "l.evans")
    body = T("""
        Hi Sam,

        Thanks for saying yes to him helping at the Christmas function night. He'll be on the pass with me and two of the Year 12s, plating desserts mostly – he was brilliant at it in practice on Friday.

        Timings: 4.30 in the training kitchen, service 6.30–8.30, finished and cleaned down by about 9.15. His whites are washed and in his locker.

        I've attached my contact card so you've got my details for picking him up at the end – just ring when you're outside and I'll send him out.

        Lowri
        """)
    vcf = crlf(T("""
        BEGIN:VCARD
        VERSION:3.0
        N:Evans;Lowri;;;
        FN:Lowri Evans
        ORG:Example School;Vocational Centre
        TITLE:Catering Tutor
        TEL;TYPE=CELL,VOICE:07700 900731
        EMAIL;TYPE=HOME,INTERNET:lowrievans.cooks@yahoo.co.uk
        EMAIL;TYPE=WORK,INTERNET:l.evans@example-school.org.uk
        REV:20241209T133000Z
        END:VCARD
        """))
    part = multi("mixed", boundary_for("f8", "outlook", 0),
                 [text(body, cte="quoted-printable"), attach("Lowri Evans.vcf", "text/x-vcard", vcf)])
    add("flag", "function_night_vcard", "catering tutor attaches vCard with her own mobile and home email (details only in attachment)",
        message(frm, [SAM], "Christmas function night – Thursday", dt(2024, 12, 9, 13, 32), part))

    # F9 ---------------------------------------------------------------- PE teacher, snapchat
    frm = staff("Owain Price", "o.price")
    jac = pupil("Jac Thomas", "21thomasj")
    body = T("""
        Jac,

        Yes you're in the squad for Thursday. Team sheet goes up on my Snapchat story tomorrow night - add me, coach_pricey10, if you haven't already. Saves me printing it.

        Mr Price

        Sent from my iPad

        """) + apple_attr(2025, 4, 2, 21, 12, jac) + "\n\n" + quote(T("""
        sir am i in the squad for thurs or not
        """))
    add("flag", "cup_squad_snapchat", "PE teacher tells pupil to add his Snapchat (Apple Mail reply)",
        message(frm, [jac], "Re: Cup squad", dt(2025, 4, 2, 21, 40), text(body, flowed=True), client="apple",
                reply=True, extra=["X-Mailer: iPad Mail (22D72)"]))

    # F10 --------------------------------------------------------------- music teacher, home landline
    frm = staff("Catrin Lewis", "c.lewis")
    plain = T("""
        Dear Ms Parent,

        Good news – the ABRSM date has come through: Saturday 30 November, 11.20am, at the Capitol Music Centre in Cardiff (warm-up room from 11.00). I'll be there as accompanist, so I'll meet you both in the foyer.

        She's nearly there with the Fauré. The scales are the weak spot – ten minutes a day between now and then would make a real difference, especially the chromatic ones.

        If you'd rather talk it over, ring me at home on 029 2018 0342 – any evening after six is fine. I'm only in school on Tuesdays and Thursdays so messages to my school email can sit for a while.

        With best wishes,
        Catrin Lewis
        Visiting Music Teacher
        """)
    add("flag", "flute_exam_home_phone", "visiting music teacher gives her home landline",
        message(frm, [JANE], "Grade 5 flute – exam date", dt(2024, 10, 22, 16, 55),
                alt("f10", "outlook", plain, to_html(plain, "owa"), html_style="owa")))

    # F11 --------------------------------------------------------------- form tutor, outlook reply
    frm = staff("Claire Whitfield", "c.whitfield")
    jane_msg = T("""
        Morning Mrs Whitfield,

        She came home in tears again last night about the group chat thing. I don't want to make a big deal of it but it's been going on since half term. Could we have a chat? Is there a number I can get you on, it's hard for me to email during the day.

        Thanks
        Jane
        07700 900123
        """)
    plain = T("""
        Hi Jane,

        Thank you for telling me, and I'm sorry she's had such a rough week. I spoke to both girls at break today, separately, and I'll do a restorative conversation with them together on Friday with Mrs Harries from pastoral.

        Of course you can have a number. My own mobile is (07700) 900-518 – I'd just ask that you keep it to yourself rather than it going round the class parents' group! Texts are best in the evenings as I can't have my phone on in lessons.

        I'll let you know how Friday goes.

        Claire

        Claire Whitfield
        Form Tutor 9W | English Department
        Example School | 01632 960000

        """) + outlook_block(JANE, 2024, 11, 27, 7, 41, [frm], "Friendship issues in 9W") + "\n" + jane_msg
    add("flag", "friendship_reply_own_mobile", "form tutor gives own mobile in reply; quoted parent's own number also present",
        message(frm, [JANE], "RE: Friendship issues in 9W", dt(2024, 11, 27, 18, 3), text(plain), reply="gmail"))

    # F12 --------------------------------------------------------------- drama, instagram DM
    frm = staff("Nia Rowlands", "n.rowlands")
    to = [pupil("Ella Morgan", "21morgane"), pupil("Osian Rees", "21reeso"), pupil("Grace Phillips", "21phillipsg")]
    body = T("""
        Hi all,

        Amazing first read-through today, genuinely. Mrs Johnstone, you had me welling up.

        Act 1 lines learned by Monday please – off-book for the kitchen scene at the very least. Rehearsals Tuesdays and Thursdays 3.20–5 in the drama studio.

        If you get stuck or want to run lines, drop me a DM on Insta – I'm @nia.rowlands.acts. Easier than Teams when you're at home.

        Nia (Miss Rowlands)
        """)
    add("flag", "blood_brothers_insta", "drama teacher invites pupils to DM her personal Instagram",
        message(frm, to, "Blood Brothers - lines by Monday!!", dt(2025, 1, 16, 20, 31), text(body)))

    # F13 --------------------------------------------------------------- HoY, parent in Cc, btinternet
    frm = staff("Gareth Morgan", "g.morgan")
    to = [staff("Jo Fenwick", "j.fenwick")]
    plain = T("""
        Jo, Mr Guardian,

        Thanks both for your time this afternoon. A summary of what we agreed:

        - Attendance since September is 86.4%; the target is back above 90% by Easter.
        - He'll use the late pass at the learning support base on Mondays and Wednesdays until half term.
        - Jo will send the attendance print-out home every other Friday.
        - Review meeting: Thursday 13 March, 3.30pm, Year 10 office (A08).

        Mr Guardian, you mentioned your emails to the school keep bouncing back. Until IT get to the bottom of it, please reply to me at my own address, gareth.morgan74@btinternet.com, and I'll pass anything on to Jo.

        Thanks,
        Gareth Morgan
        Pennaeth Blwyddyn 10 / Head of Year 10
        """)
    add("flag", "attendance_cc_btinternet", "Head of Year, parent only in Cc, gives own btinternet address",
        message(frm, to, "Example Pupil Three – attendance meeting follow-up", dt(2025, 1, 23, 17, 12),
                alt("f13", "outlook", plain, to_html(plain)), cc=[ALI]))

    # F14 --------------------------------------------------------------- LSA, Messenger
    frm = staff("Ceri Thomas", "c.thomas")
    zain = pupil("Zain Ahmed", "22ahmedz")
    body = T("""
        Hi Zain,

        You did really well today. I know the fire drill threw you, but you came back to
        the base on your own and used your breathing - that's huge.

        If the weekend gets a bit much and you want to chat, you can message me on
        Facebook Messenger. Search for Ceri Thomas Llanelli - my picture is me with a
        black Labrador on the beach. I don't mind, honestly.

        See you Monday at the base, 8.35.

        Ceri
        """)
    add("flag", "lsa_messenger_weekend", "learning-support assistant invites pupil to message her on Facebook Messenger",
        message(frm, [zain], "This weekend", dt(2025, 2, 7, 15, 20), text(body), client="thunderbird"))

    # F15 --------------------------------------------------------------- science, ics + own mobile
    frm = staff("Priya Shah", "p.shah")
    body = T("""
        Dear Sam,

        As promised at parents' evening, I've booked in a phone call to talk through the set change and what it means for his GCSE options. The invite is attached for Thursday 6 February at 4.15pm – it should take about 15 minutes.

        I'll ring you from my own mobile, 07700-900-271, so do save it in your phone so you know it's me and not a cold caller. If the time doesn't suit, just reply and we'll move it.

        Kind regards,
        Priya Shah
        Science Department
        """)
    cal = ics("040000008200E00074C5B7101A82E0080000000010" + hx("f15", 24).upper(), frm, [SAM],
              "20250206T161500", "20250206T163000", "Phone call - Ms Shah / Sam Carer (Y9 science)",
              "Phone - Ms Shah will call from 07700 900271",
              "Call to discuss the Year 9 science set change and GCSE options.", "20250203T124400Z")
    part = multi("mixed", boundary_for("f15", "outlook", 0),
                 [alt("f15", "outlook", body, to_html(body)),
                  attach("invite.ics", "text/calendar", cal, extra_ct="; method=REQUEST")])
    add("flag", "science_call_ics", "science teacher will call from own mobile (body and .ics LOCATION), dashed format",
        message(frm, [SAM], "Phone call re: Year 9 science set – Thurs 6 Feb", dt(2025, 2, 3, 12, 44), part))

    # F16 --------------------------------------------------------------- geography, telegram channel
    frm = staff("Iwan Griffiths", "i.griffiths")
    to = [pupil("Harri Watts", "20wattsh"), pupil("Kayla Price", "20pricek"), pupil("Noah Evans", "20evansn")]
    plain = T("""
        Evening all,

        Mocks start a week on Monday and Paper 1 (Physical) is first, so I've set up a revision channel on Telegram where I'll post one past-paper question a day, with the mark scheme the next morning.

        Join here: https://t.me/griffgeogrevision

        It's my own channel so it's just me posting – you can't message each other in it, so no nonsense please. Anyone without Telegram, the same questions go on the Teams Files tab a day later.

        Mr Griffiths
        """)
    add("flag", "mocks_telegram_channel", "geography teacher invites pupils to his own Telegram channel",
        message(frm, to, "Revision channel for the mocks", dt(2025, 1, 5, 19, 2),
                alt("f16", "gmail", plain, to_html(plain, "gmail")), client="gmail"))

    # F17 --------------------------------------------------------------- maths, base64, +44
    frm = staff("Tom Ashworth", "t.ashworth")
    harri = pupil("Harri Watts", "19wattsh")
    body = T("""
        Harri,

        Good session today. You're much more confident on the ratio questions than you
        think you are - 4 out of 5 on the last one.

        Resit prep carries on Tuesdays after school in M4 (3.20-4.20) right up to the
        exam on 4 November.

        If you can't get on Teams to send me your working, just take a photo and text it
        to me on +44 7700 900441. I'll mark it the same night.

        Mr Ashworth
        """)
    add("flag", "resit_text_plus44", "maths teacher asks pupil to text photos to his mobile (+44 format, base64 body)",
        message(frm, [harri], "Resit prep sessions", dt(2024, 10, 16, 16, 10), text(body, cte="base64")))

    # F18 --------------------------------------------------------------- placement coordinator, signature mobile + PDF
    frm = staff("Meinir Parry", "m.parry")
    plain = T("""
        Dear Mr Guardian,

        I'm pleased to confirm Example Pupil Three's work placement with Tawe Autocentre for the week beginning Monday 3 February 2025.

        Employer: Tawe Autocentre Ltd
        Address: Unit 7, Llansamlet Trade Park, Swansea SA7 9FD
        Supervisor: Mr Alun Jeffreys, Workshop Manager
        Workshop telephone: 01632 960587
        Hours: 8.30am – 4.30pm, with 30 minutes for lunch
        Dress: overalls and safety boots (provided by school)

        The health and safety visit was completed on 2 October and the employer's liability insurance is on file. Please sign and return the attached consent form by Friday 25 October.

        Kind regards,
        """)
    sig = ("Meinir Parry", ["Cydlynydd Lleoliadau Gwaith / Work Placement Coordinator", "Example School, Park Row, Leeds LS1 4AP"],
           [("Ffôn / Tel:", "01632 960000"),
            ("Mobile:", "07700 900902 (my own phone – please text rather than call)"),
            ("E-bost / Email:", "m.parry@example-school.org.uk")])
    pdf = pdf_stub(["Example School - Work Placement Consent Form", "",
                    "Pupil: Example Pupil Three", "Employer: Tawe Autocentre Ltd",
                    "Week beginning: 3 February 2025", "",
                    "I give permission for my child to attend the placement above.",
                    "Signed (parent/carer): ____________________  Date: ________"], "Placement consent")
    part = multi("mixed", boundary_for("f18", "outlook", 0),
                 [alt("f18", "outlook", plain + "\n" + sig_text(*sig), to_html(plain) + "\n" + sig_table(*sig)),
                  attach("Placement consent - Tawe Autocentre.pdf", "application/pdf", pdf)])
    add("flag", "placement_sig_own_mobile", "placement coordinator: employer details fine, but signature has her own mobile",
        message(frm, [ALI], "Work placement confirmed – Tawe Autocentre", dt(2024, 10, 10, 11, 20), part))

    # F19 --------------------------------------------------------------- Welsh only, WhatsApp
    frm = staff("Elin Vaughan", "e.vaughan")
    efa = pupil("Efa Price", "21pricee")
    body = T("""
        Helo Efa,

        Diolch am y drafft – mae'n dda iawn, wir. Mae'r darn am dy fam-gu yn hyfryd ac yn llawn teimlad. Cwpl o bethau bach:

        • Gwylia'r treigladau ar ôl "ei" a "dy" – mae tri neu bedwar wedi llithro.
        • Mae'r paragraff olaf braidd yn fyr. Beth am orffen gyda'r atgof o'r traeth?

        Mae angen y drafft terfynol arna i erbyn dydd Gwener 9 Mai.

        Os wyt ti'n sownd dros y penwythnos, anfona neges ata i ar WhatsApp – 07700 900356. Dw i'n hapus i helpu.

        Pob hwyl,
        Mrs Vaughan
        """)
    add("flag", "gwaith_cwrs_whatsapp_cy", "Welsh-only: teacher asks pupil to WhatsApp her mobile (QP subject)",
        message(frm, [efa], "Gwaith cwrs – drafft terfynol", dt(2025, 4, 28, 18, 25),
                text(body, cte="quoted-printable"), client="thunderbird", subj_mode="Q", lang="cy"))

    # F20 --------------------------------------------------------------- sixth form, icloud
    frm = staff("Carys Hughes", "c.hughes")
    ioan = pupil("Ioan Harries", "18harriesi")
    body = T("""
        Hi Ioan,

        Results day is Thursday 14 August – sixth form centre from 8am, envelopes in the hall. If Cardiff confirm your place on UCAS Hub you'll see it from 8am too.

        Don't stress about the reference – it went off with your application in January and nothing else needs doing.

        My school account goes onto out-of-office over the summer and I won't see anything on it, so if you need me on the day or during Clearing, email me at carys.hughes88@icloud.com instead.

        Good luck!
        Miss Hughes

        """) + apple_attr(2025, 7, 3, 14, 22, ioan) + "\n\n" + quote(T("""
        Hi Miss, what time is results day and do I need to do anything else about my reference? Thanks
        """))
    add("flag", "results_day_icloud", "sixth-form tutor gives pupil her personal iCloud address for the summer",
        message(frm, [ioan], "Re: Results day + references", dt(2025, 7, 3, 15, 58),
                text(body, cte="quoted-printable"), client="apple", reply=True,
                extra=["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]))

    # F21 --------------------------------------------------------------- football, garage, base64
    frm = staff("Aled Powell", "a.powell")
    body = T("""
        Hi Sam,

        He left his boots and shin pads in the minibus after Wednesday's game - don't panic, I've got them.

        The team kit is all in my garage at home as well because the PE store is being re-roofed, so it's easiest if you pop round on Saturday morning before 9 and grab the lot: 7 Stryd y Castell, Caerffili CF83 1JY. Just knock, I'll be up.

        Kick-off is 10.30 at Cefn Fields.

        Aled
        (Mr Powell, PE)
        """)
    add("flag", "football_kit_garage_b64", "PE teacher gives his home address to collect kit (base64 body)",
        message(frm, [SAM], "Football kit for Saturday", dt(2025, 3, 13, 21, 5), text(body, cte="base64"),
                client="gmail"))

    # F22 --------------------------------------------------------------- beauty tutor, TikTok
    frm = staff("Kerry Walsh", "k.walsh")
    cerys = pupil("Cerys Jenkins", "21jenkinsc")
    plain = T("""
        Hi Cerys,

        Your ombré set today was the best in the group – lovely clean cuticle line. For your portfolio you still need photos of three more designs by the end of March.

        If you want ideas, I post all my tutorials on my TikTok, @kerrywalshnails – follow me and have a look at the chrome and French ones, they're exactly what the assessor wants to see. Message me on there with photos if you get stuck.

        Kerry
        Hair & Beauty
        """)
    add("flag", "nail_art_tiktok", "beauty tutor invites pupil to follow and message her own TikTok",
        message(frm, [cerys], "Nail art practice", dt(2025, 2, 25, 16, 40),
                alt("f22", "outlook", plain, to_html(plain, "owa"), html_style="owa")))

    # F23 --------------------------------------------------------------- carpentry, spelled-out number
    frm = staff("Lee Barnett", "l.barnett")
    tyler = pupil("Tyler Bowen", "21bowent")
    body = T("""
        Tyler,

        Placement at Harding Joinery starts Thursday. I'm driving you there the first
        morning so meet me in the vocational car park at 7.30 - not 7.35, 7.30.

        If you're running late or you've overslept, RING ME, don't just not turn up. My
        number's oh seven seven oh oh, nine oh oh, three one two. (Writing it like that
        because the last time I put it in an email it never arrived.)

        Lee
        """)
    add("flag", "joinery_spelled_number", "carpentry tutor spells his mobile out in words",
        message(frm, [tyler], "Thursday - placement start", dt(2025, 3, 24, 10, 14), text(body),
                client="thunderbird"))

    # F24 --------------------------------------------------------------- girls' rugby, Signal
    frm = staff("Rhiannon James", "r.james")
    body = T("""
        Hi Jane,

        Lovely to meet you properly on Sunday, and thank you for doing the oranges!

        Yes, the next festival is Sunday 17 November at Ystrad Mynach, arrival 9.30 for a 10.00 start. I'll send the consent form home with her on Thursday.

        I'm on Signal if that's easier than email for quick things like lifts – same number I gave you on the touchline. Just drop me a message.

        Rhiannon
        Miss James, PE

        """) + gmail_attr(2024, 10, 27, 18, 4, JANE) + "\n" + quote(T("""
        Hi Miss James, thanks for today, she loved it. When's the next one?
        Jane
        """))
    add("flag", "u15_festival_signal", "PE teacher invites parent to Signal (no number in the mail itself)",
        message(frm, [JANE], "Re: U15 girls – Sunday festival", dt(2024, 10, 28, 19, 12),
                alt("f24", "gmail", body, to_html(body, "gmail")), client="gmail", reply="gmail"))

    # F25 --------------------------------------------------------------- history, forwards own earlier mail
    frm = staff("Paul Kendrick", "p.kendrick")
    body = T("""
        Sam – resending this as you said it didn't come through the first time. Same details apply.

        Paul

        -----Original Message-----
        From: Paul Kendrick <p.kendrick@example-school.org.uk>
        Sent: 10 March 2025 16:47
        To: Sam Carer <sam.carer@outlook.com>
        Subject: Battlefields trip – emergency contact

        Dear Sam,

        Thanks for sending the medical form back. Just to confirm, he's in my group for the Ypres trip (leaving 4.30am on Tuesday 1 April, back on Friday 4 April around 10pm).

        While we're in Belgium, the quickest way to reach me is my own mobile, 07700 900 863 – I'll keep it on the whole time. The school office number won't reach us after 4pm.

        Best,
        Paul Kendrick
        Head of History
        """)
    add("flag", "battlefields_forward_own_mobile", "teacher forwards his own earlier mail containing his personal mobile",
        message(frm, [SAM], "FW: Battlefields trip – emergency contact", dt(2025, 3, 17, 9, 2), text(body)))

    # F26 --------------------------------------------------------------- food tech, neighbour
    frm = staff("Sarah Okafor", "s.okafor")
    body = T("""
        Hi Mr Guardian,

        Just a reminder he needs ingredients for Thursday's practical (bolognese): 250g mince or a tin of lentils, an onion, a tin of chopped tomatoes and a container to take it home in.

        Please don't worry if that's tricky this week – he can pick the ingredients up from mine on Wednesday evening. We're practically neighbours, I'm at number 22 Ffordd Las, the house with the blue door just past the Spar. I've got loads in.

        Best wishes,
        Sarah Okafor
        Food & Nutrition
        """)
    add("flag", "practical_ingredients_neighbour", "food teacher gives her house number/street (no postcode)",
        message(frm, [ALI], "Ingredients for Thursday's practical", dt(2025, 2, 4, 14, 2), text(body)))

    # F27 --------------------------------------------------------------- esports, Discord, parent Cc
    frm = staff("Dan Mitchell", "d.mitchell")
    to = [pupil("Callum Hopkins", "22hopkinsc"), pupil("Aisha Begum", "22beguma"), pupil("Rhys Jenkins", "22jenkinsr")]
    plain = T("""
        Hi all (and Jane, cc'd as you asked to be kept in the loop about the club),

        From January the esports club chat is moving off Teams because the school tenancy blocks voice chat in the evenings. I've set up a server on my own Discord for it:

        https://discord.gg/Vq8xTk2Rb

        My username is dmitch_gg if you need to message me directly. Rocket League practice stays on Thursdays, 3.15 in C4.

        Mr Mitchell
        Computing
        """)
    add("flag", "esports_discord_server", "computing teacher moves club to his own Discord server; parent in Cc",
        message(frm, to, "Esports club – moving to Discord", dt(2024, 12, 11, 16, 22),
                alt("f27", "outlook", plain, to_html(plain)), cc=[JANE]))

    # F28 --------------------------------------------------------------- MV tutor, HTML sig with Facebook + sky.com
    frm = staff("Emyr Watkins", "e.watkins")
    inner = T("""
        <p>Hi Sam,</p>
        <p>Just to say he did really well on the motor vehicle taster day &ndash; changed a wheel in under ten minutes and asked loads of good questions about the Level 1 course. There are a couple of photos of the group on the school Facebook page.</p>
        <p>Application forms for September go out after Easter; I'll make sure he gets one.</p>
        <p>Diolch,</p>
        """) + sig_table("Emyr Watkins", ["Motor Vehicle Tutor", "Example School Vocational Centre"],
                         [("Tel", "01632 960000"),
                          ("Facebook", "https://www.facebook.com/emyr.watkins.71"),
                          ("Personal", "emyrwatkins@sky.com")], colour="#1f3864")
    add("flag", "taster_day_sig_facebook", "HTML-only; signature table lists his personal Facebook and sky.com address",
        message(frm, [SAM], "Motor vehicle taster day", dt(2025, 3, 21, 15, 33),
                text(html_doc(inner, "outlook"), "html", cte="quoted-printable")))

    # F29 --------------------------------------------------------------- English, "the number I sent before" (in quote)
    frm = staff("Hannah Clarke", "h.clarke")
    body = T("""
        Hi Jane,

        No problem at all – the extension is fine, Friday 14th is the new deadline. Just text me when she's uploaded it, on the number I sent before, and I'll mark it over the weekend.

        Hope she feels better soon.

        Hannah

        """) + gmail_attr(2025, 3, 6, 19, 30, JANE) + "\n" + quote(
        T("""
        Hi Miss Clarke, sorry, she's been off with tonsillitis all week and hasn't been able to finish the essay. Is there any chance of a few more days?
        Jane

        """) + gmail_attr(2025, 3, 3, 16, 5, frm) + "\n" + quote(T("""
        Dear Jane,
        Just a heads-up that the Of Mice and Men coursework is due on Friday 7 March. If there are any problems, text me on 07700 900649 and we can sort something out.
        Hannah Clarke, English
        """)))
    add("flag", "coursework_text_me_quoted", "teacher says 'text me'; her own mobile is in her earlier mail quoted below",
        message(frm, [JANE], "Re: Coursework extension", dt(2025, 3, 6, 20, 48), text(body, cte="quoted-printable"),
                client="gmail", reply="gmail"))

    # F30 --------------------------------------------------------------- construction, home number in table + PDF
    frm = staff("Geraint Howells", "g.howells")
    inner = T("""
        <p class="MsoNormal">Dear Mr Guardian,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">I've booked his CSCS Health, Safety &amp; Environment test for <b>Tuesday 3 June at 9.30am</b> at the test centre in Cardiff (the address is on the attached confirmation). The school pays the &pound;22.50 fee, so there's nothing for you to do.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">He'll need photo ID &ndash; passport or provisional licence &ndash; or they won't let him sit it.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">If you want to talk it through:</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
        <tr><td>School (ask for the vocational centre)</td><td>01632 960000</td></tr>
        <tr><td>Me at home, evenings</td><td>01632 960771</td></tr>
        </table>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Regards,<br>Geraint Howells<br>Construction &amp; Site Safety</p>
        """)
    pdf = pdf_stub(["CSCS HS&E Test - Booking Confirmation", "Booking reference: 7184-2295-0031",
                    "Candidate: Example Pupil Three", "Test: Operatives (HS&E)",
                    "Date: 03/06/2025  Time: 09:30", "Venue: Test Centre, 2nd Floor, 12 Heol y Frenhines, Cardiff CF10 2BU",
                    "Bring photo ID. Arrive 15 minutes early."], "CSCS booking")
    part = multi("mixed", boundary_for("f30", "outlook", 0),
                 [text(html_doc(inner, "outlook"), "html", cte="quoted-printable"),
                  attach("CSCS booking confirmation.pdf", "application/pdf", pdf)])
    add("flag", "cscs_home_number_table", "home number in an HTML table next to the school number (same 01632 960 prefix)",
        message(frm, [ALI], "CSCS test booking – Example Pupil Three", dt(2025, 5, 14, 12, 5), part))

# =========================================================================== CLEAN: ordinary (30)

def ordinary():
    # O1 report in the app
    frm = staff("Mark Edwards", "m.edwards")
    body = T("""
        Dear Mrs Parent,

        Example Pupil One's Year 11 interim report is now available in the school app under
        Reports > Autumn 2024. It shows current working-at grades and predicted grades for
        each GCSE subject, plus attendance (96.8% so far this year - well done to her).

        Parents' consultation evening for Year 11 is on Wednesday 4 December, 4-7pm. Booking
        opens on Monday through the same app.

        If you have trouble logging in, the office can reset your password on 01632 960000.

        Mark Edwards
        Year 11 Progress Leader
        """)
    add("clean", "y11_interim_report", "ordinary: report available in the app",
        message(frm, [JANE], "Year 11 interim report", dt(2024, 11, 22, 12, 30), text(body)))

    # O2 St Fagans trip (Welsh subject)
    frm = staff("Ffion Roberts", "f.roberts")
    plain = T("""
        Annwyl Riant/Ofalwr, Dear Parent/Carer,

        Bydd Blwyddyn 8 yn ymweld ag Amgueddfa Werin Sain Ffagan ddydd Iau 14 Tachwedd.
        Year 8 will be visiting St Fagans National Museum of History on Thursday 14 November.

        - Cost: £8.50, payable on ParentPay by Thursday 7 November
        - Coach leaves school at 8.45am and returns by 3.15pm
        - Packed lunch, waterproof coat and sensible shoes – much of the day is outdoors

        If cost is a barrier, please contact me in confidence through the school office. No pupil will miss out.

        Diolch,
        Ffion Roberts
        Arweinydd Blwyddyn 8 / Year 8 Leader
        """)
    add("clean", "st_fagans_trip", "ordinary: trip letter, bilingual, RFC 2047 subject",
        message(frm, [SAM], "Ymweliad â Sain Ffagan / St Fagans visit – Blwyddyn 8", dt(2024, 10, 24, 10, 15),
                alt("o2", "outlook", plain, to_html(plain))))

    # O3 praise pupil
    frm = staff("Tomos Harries", "t.harries")
    stu = pupil("Ruby Edwards", "20edwardsr")
    body = T("""
        Ruby,

        Just wanted to say - your essay on the causes of the Merthyr Rising was excellent.
        Genuinely one of the best I've read from a Year 11. The paragraph weighing up the
        role of the truck system against the wider reform movement is exactly what the
        examiners want. A*-level work.

        I've sent a postcard home too. Keep it up.

        Mr Harries
        """)
    add("clean", "merthyr_essay_praise", "ordinary: praise to pupil",
        message(frm, [stu], "Your Merthyr Rising essay", dt(2025, 2, 11, 13, 5), text(body), client="thunderbird"))

    # O4 absence follow-up
    frm = staff("Jo Fenwick", "j.fenwick")
    body = T("""
        Dear Mr Guardian,

        Example Pupil Three was marked absent from registration this morning (Monday 9 December) and we have not received a reason for the absence.

        Please let us know the reason as soon as possible by calling the attendance line on 01632 960000 (option 1) or replying to attendance@example-school.org.uk.

        Many thanks,
        Jo Fenwick
        Attendance Officer
        """)
    add("clean", "unexplained_absence", "ordinary: absence follow-up with school line",
        message(frm, [ALI], "Absence - Example Pupil Three - 09/12/2024", dt(2024, 12, 9, 9, 47), text(body)))

    # O5 homework to pupils
    frm = staff("Sioned Phillips", "s.phillips")
    to = [pupil("Seren Matthews", "23matthewss"), pupil("Macsen Lloyd", "23lloydm"), pupil("Amelia Rowe", "23rowea")]
    body = T("""
        Hi 8S3,

        Homework this week is on Seneca: "Cells and organisation", the assignment called Week 6.
        It's due before the lesson on Tuesday. It should take about 25 minutes.

        Anyone who was off on Thursday: the slides are in the class Team under Files > Week 6.

        Miss Phillips
        """)
    add("clean", "seneca_homework", "ordinary: homework reminder to several pupils",
        message(frm, to, "Homework - Seneca week 6", dt(2024, 11, 1, 14, 25), text(body)))

    # O6 parents' evening booking (HTML)
    frm = staff("Rhian Howells", "r.howells")
    plain = T("""
        Dear Parent/Carer,

        Year 9 parents' evening is on Thursday 30 January, 3.45–6.45pm, in the main hall. This year it is in person again.

        Appointments are five minutes each and must be booked online through School Cloud by midnight on Monday 27 January. You'll need your child's date of birth to log in.

        If you would prefer a telephone appointment, please tick the "phone" option when booking and the teacher will ring you on the number we hold on file.

        Rhian Howells
        Head of Year 9
        """)
    add("clean", "y9_parents_evening", "ordinary: parents' evening booking, HTML alternative",
        message(staff("Rhian Howells", "r.howells"), [SAM], "Year 9 Parents' Evening – 30 January",
                dt(2025, 1, 17, 11, 0), alt("o6", "outlook", plain, to_html(plain))))

    # O7 bilingual sixth-form induction
    frm = staff("Gwyn Thomas", "g.thomas")
    stu = pupil("Gruffydd Owen", "20oweng")
    body = T("""
        Shwmae Gruffydd,

        Llongyfarchiadau ar dy ganlyniadau TGAU! Mae dy le yn y chweched dosbarth wedi'i gadarnhau.

        Sesiwn ymsefydlu: dydd Mawrth 3 Medi, 9.00, yng Nghanolfan y Chweched. Dere â dy amserlen TGAU a beiro.

        Congratulations on your GCSE results! Your sixth-form place is confirmed. Induction is on Tuesday 3 September at 9.00 in the Sixth Form Centre. Bring your GCSE results slip and a pen.

        Mr Thomas
        Pennaeth y Chweched / Head of Sixth Form
        """)
    add("clean", "sixth_form_induction_cy", "ordinary: bilingual induction message to pupil",
        message(frm, [stu], "Croeso i'r Chweched / Welcome to Sixth Form", dt(2024, 8, 22, 15, 40),
                text(body), lang="cy-GB"))

    # O8 detention notice
    frm = staff("Paul Kendrick", "p.kendrick")
    body = T("""
        Dear Sam,

        I'm writing to let you know that he has an after-school detention on Wednesday 12 March from 3.20 to 4.05pm, in room H3.

        This is for not completing three pieces of history homework this half term. He isn't in any bigger trouble – I'd just like him to use the time to catch up, and I'll help him with the Peterloo source questions while he's there.

        If Wednesday is impossible for transport reasons, please let me know and we'll find another day.

        Kind regards,
        Mr Kendrick
        """)
    add("clean", "homework_detention", "ordinary: detention notice",
        message(frm, [SAM], "After-school detention – Wednesday 12 March", dt(2025, 3, 7, 15, 55), text(body)))

    # O9 uniform reply, gmail quoting
    frm = staff("Karen Bowen", "k.bowen")
    jane_q = T("""
        Hello, my daughter has lost her blazer (age 13-14, navy, name tape inside), she thinks in the PE changing rooms last Tuesday. Has it been handed in? I'd rather not buy another at £38!
        Thanks, Jane Parent
        """)
    body = T("""
        Hi Mrs Parent,

        Good news – a navy blazer with her name tape was handed in to lost property on Friday. She can collect it from reception any time before 4pm.

        Best wishes,
        Karen Bowen
        Reception

        """) + gmail_attr(2025, 1, 27, 20, 11, JANE) + "\n" + quote(jane_q)
    add("clean", "lost_blazer_found", "ordinary: reception reply, gmail-style quote",
        message(frm, [JANE], "Re: Lost blazer", dt(2025, 1, 28, 9, 14), text(body), reply="gmail"))

    # O10 UCAS internal deadline
    frm = staff("Carys Hughes", "c.hughes")
    to = [pupil("Freya Bevan", "18bevanf")]
    plain = T("""
        Hi Freya,

        Reminder that the internal UCAS deadline is Friday 29 November. By then I need your application complete on UCAS Hub and "sent to referee", so I can add the school reference.

        You mentioned you were still choosing between Bangor and Aberystwyth for your fifth choice – either is fine, just decide by then.

        Miss Hughes
        """)
    add("clean", "ucas_internal_deadline", "ordinary: sixth-form UCAS reminder",
        message(frm, to, "UCAS internal deadline", dt(2024, 11, 18, 8, 52), alt("o10", "outlook", plain, to_html(plain))))

    # O11 exam timetable PDF
    frm = staff("Susan Fairclough", "exams")
    stu = pupil("Daniel Okoro", "20okorod")
    body = T("""
        Dear Daniel,

        Please find attached your personal timetable for the summer GCSE examinations. Check it carefully and tell the exams office by Friday 2 May if anything is wrong (name spelling, missing papers, clashes).

        Your candidate number is on the timetable. Learn it – you will need it in every exam.

        Exams Office
        Example School
        """)
    pdf = pdf_stub(["Example School - Candidate Timetable - Summer 2025",
                    "Candidate: Daniel Okoro   Candidate number: 4127   Centre: 68241",
                    "12/05/2025 AM  Biology Paper 1           1h 45m  Sports Hall",
                    "14/05/2025 PM  English Literature P1     1h 45m  Sports Hall",
                    "19/05/2025 AM  Mathematics Unit 1        2h 15m  Sports Hall",
                    "04/06/2025 AM  Geography Component 2     1h 30m  Room B204"], "Candidate timetable")
    part = multi("mixed", boundary_for("o11", "outlook", 0),
                 [text(body), attach("Okoro D - exam timetable.pdf", "application/pdf", pdf)])
    add("clean", "exam_timetable_pdf", "ordinary: exams office sends PDF timetable",
        message(staff("Exams Office", "exams"), [stu], "Your summer exam timetable", dt(2025, 4, 24, 10, 3), part))

    # O12 rugby fixture
    frm = staff("Rhys Pritchard", "r.pritchard")
    to = [pupil("Nathan Pugh", "21pughn"), pupil("Josh Kelly", "21kellyj")]
    body = T("""
        Boys,

        Confirmed: U15s v Ysgol Cwm Rhondda, Saturday 30 November, home. Meet in the changing
        rooms at 9.00, kick-off 10.00. Back by 12.30.

        Home kit. If it's called off because of the weather I'll post it on the PE Team
        by 7.30 on Saturday morning.

        Mr Pritchard
        """)
    add("clean", "u15_home_fixture", "ordinary: fixture to pupils, cancellation via Teams",
        message(frm, to, "U15 fixture Saturday", dt(2024, 11, 27, 16, 44), text(body), client="thunderbird"))

    # O13 IDP review with ics
    frm = staff("Nerys Pugh", "n.pugh")
    body = T("""
        Dear Sam,

        I'd like to invite you to his Individual Development Plan (IDP) review on Tuesday 25 March at 3.30pm in the learning support base, room LS2. We'll look at the outcomes we set in October, and he is very welcome to come for the first part.

        A calendar invite is attached. If you can't make that time, reply with a couple of dates that suit and we'll rearrange.

        Nerys Pugh
        ALNCo
        """)
    cal = ics("040000008200E00074C5B7101A82E0080000000010" + hx("o13", 24).upper(), frm, [SAM],
              "20250325T153000", "20250325T163000", "IDP review - Example Pupil Two",
              "Learning Support Base, Room LS2, Example School",
              "Annual IDP review with ALNCo.", "20250310T103000Z")
    part = multi("mixed", boundary_for("o13", "outlook", 0),
                 [text(body), attach("IDP review.ics", "text/calendar", cal, extra_ct="; method=REQUEST")])
    add("clean", "idp_review_invite", "ordinary: IDP review invite with .ics (room only)",
        message(frm, [SAM], "IDP review – Tuesday 25 March", dt(2025, 3, 10, 10, 30), part))

    # O14 medication form
    frm = staff("Donna Hale", "d.hale")
    body = T("""
        Dear Mr Guardian,

        Our records show that the consent form for the inhaler we keep in the medical room for him expired at the end of January, and the inhaler itself goes out of date in March.

        Could you please complete the attached form (or pick one up from reception) and send in a new inhaler in its original pharmacy box with his name on the label?

        Thank you,
        Donna Hale
        First Aid & Medical Room
        """)
    pdf = pdf_stub(["Example School - Administration of Medicines Consent",
                    "Pupil: ______________________  Form: ______",
                    "Medicine: ___________________  Dose: ______",
                    "Signed: _____________________  Date: ______"], "Medicines consent")
    part = multi("mixed", boundary_for("o14", "outlook", 0),
                 [text(body), attach("Medicines consent form.pdf", "application/pdf", pdf)])
    add("clean", "inhaler_consent", "ordinary: medical form with PDF",
        message(frm, [ALI], "Inhaler consent form", dt(2025, 2, 6, 11, 12), part))

    # O15 lost property
    stu = pupil("Amelia Rowe", "22rowea")
    body = T("""
        Hi Amelia,

        Is this yours? A Casio fx-83 calculator with "AMELIA R" in Tipp-Ex on the back was left in B12 after period 4. It's on my desk in the maths office.

        Mrs Parry-Jones
        """)
    add("clean", "calculator_lost_property", "ordinary: short lost property to pupil",
        message(staff("Angharad Parry-Jones", "a.parry-jones"), [stu], "Calculator", dt(2025, 3, 19, 12, 58),
                text(body), client="apple", extra=["X-Mailer: iPad Mail (22D72)"]))

    # O16 music lesson change
    stu = pupil("Catrin Jones", "18jonesc")
    body = T("""
        Hi Catrin,

        Next week your guitar lesson moves from period 5 to period 3 (Wednesday) because I'm taking the Year 7s to the Christmas concert rehearsal. Same room, M2. Your maths teacher knows.

        Don't forget your Grade 6 pieces.

        Mr Vaughan
        Peripatetic Guitar
        """)
    add("clean", "guitar_lesson_moved", "ordinary: lesson time change",
        message(staff("Dylan Vaughan", "d.vaughan"), [stu], "Guitar lesson moved", dt(2024, 12, 4, 9, 20), text(body)))

    # O17 work experience letter (generic)
    plain = T("""
        Dear Parent/Carer,

        Year 10 work experience week will run from Monday 30 June to Friday 4 July 2025.

        Pupils can either find their own placement (using the form in the Careers section of the school website) or choose one from the list we have already approved. All self-found placements must be returned to the careers office by Friday 14 March so that the health and safety checks can be done.

        There will be a short information session for parents on Tuesday 4 February at 6pm in the library.

        Yours faithfully,
        Meinir Parry
        Work Experience Coordinator
        """)
    add("clean", "y10_work_experience_letter", "ordinary: generic work experience letter",
        message(staff("Meinir Parry", "m.parry"), [JANE], "Year 10 work experience 2025", dt(2025, 1, 20, 13, 45),
                alt("o17", "outlook", plain, to_html(plain))))

    # O18 Chromebook repair, Apple Mail reply
    frm = staff("Steffan Morris", "it.support")
    ali_q = T("""
        Hi, the Chromebook you lent him has a cracked screen, he says it got dropped in the bag. What happens now? Do we have to pay for it?
        Ali Guardian
        """)
    body = T("""
        Hi Mr Guardian,

        Thanks for letting us know. He can bring it to the IT office (room A14) any lunchtime and we'll swap it for a loan device on the spot. Your ticket reference is IT-24-0917.

        Accidental damage is covered by the loan agreement the first time, so there's nothing to pay.

        Steffan Morris
        IT Support

        """) + apple_attr(2024, 12, 2, 19, 3, ALI) + "\n\n" + quote(ali_q)
    add("clean", "chromebook_cracked_screen", "ordinary: IT reply with ticket ref, Apple Mail quoting",
        message(frm, [ALI], "Re: Cracked Chromebook screen", dt(2024, 12, 3, 8, 41), text(body), client="apple",
                reply=True, extra=["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]))

    # O19 Eisteddfod, Welsh only
    stu = pupil("Efa Price", "21pricee")
    body = T("""
        Helo Efa,

        Mae Eisteddfod yr Ysgol ar ddydd Gwener 28 Chwefror. Roeddwn i'n meddwl y byddai dy gerdd am Gwm Rhondda yn berffaith ar gyfer y gystadleuaeth barddoniaeth Blwyddyn 10.

        Os wyt ti eisiau cystadlu, rho dy enw i fi erbyn dydd Llun. Mae'r beirniad eleni yn dod o Brifysgol Caerdydd.

        Pob lwc!
        Mr Rhys-Jones
        """)
    add("clean", "eisteddfod_poem_cy", "ordinary: Welsh-only encouragement to enter Eisteddfod",
        message(staff("Geraint Rhys-Jones", "g.rhys-jones"), [stu], "Eisteddfod yr Ysgol – cerdd", dt(2025, 2, 5, 12, 15),
                text(body, cte="quoted-printable"), client="thunderbird", lang="cy"))

    # O20 Year 7 transition buddy
    body = T("""
        Dear Sam,

        Just to let you know that from Monday he'll have a Year 10 buddy, Osian, who will meet him at the gate at 8.40 on Mondays and Thursdays and walk him to the learning support base. Osian has done the buddy training and is a lovely, calm lad.

        We'll review at Christmas. Any worries at all, get in touch through the office.

        Mrs Pugh
        Transition Lead
        """)
    add("clean", "transition_buddy", "ordinary: transition arrangements",
        message(staff("Nerys Pugh", "n.pugh"), [SAM], "Year 7 buddy scheme", dt(2024, 9, 19, 14, 5), text(body)))

    # O21 library overdue
    stu = pupil("Josh Kelly", "21kellyj")
    body = T("""
        Hi Josh,

        Our records show the following book is overdue:

          "Noughts & Crosses" - Malorie Blackman - due back 14/01/2025

        Please return it to the library or renew it at the desk. If it's lost, come and see me - it's not the end of the world.

        Library
        """)
    add("clean", "library_overdue", "ordinary: overdue book",
        message(staff("School Library", "library"), [stu], "Overdue library book", dt(2025, 1, 24, 8, 0), text(body)))

    # O22 results day arrangements
    to = [pupil("Freya Bevan", "18bevanf"), pupil("Catrin Jones", "18jonesc")]
    plain = T("""
        Dear Year 13,

        A-level results day is Thursday 14 August. Results will be available to collect from the Sixth Form Centre from 8.00am until 12.00pm. If you can't come in, you can nominate someone to collect for you by filling in the form on the Sixth Form Team by 31 July, or ask for them to be emailed to your school account.

        Staff will be available all morning for UCAS and Clearing advice. Bring your UCAS Personal ID.

        Good luck, everyone.

        Sixth Form Team
        sixthform@example-school.org.uk | 01632 960000
        """)
    add("clean", "a_level_results_day", "ordinary: results day arrangements with school contacts",
        message(staff("Sixth Form Office", "sixthform"), to, "Results day – Thursday 14 August", dt(2025, 7, 10, 14, 0),
                alt("o22", "outlook", plain, to_html(plain))))

    # O23 head thanks volunteer
    plain = T("""
        Dear Jane,

        I just wanted to say a personal thank you for running the tombola at the Christmas fair on Friday. Between all the stalls we raised £1,243.60 for the PTA, which will go towards the new minibus fund.

        Your stall was the busiest in the hall all evening!

        With very best wishes for Christmas,
        Dr Helen Morgan-Price
        Pennaeth / Headteacher
        """)
    add("clean", "christmas_fair_thanks", "ordinary: headteacher thanks parent",
        message(staff("Helen Morgan-Price", "head"), [JANE], "Thank you – Christmas fair", dt(2024, 12, 16, 17, 30),
                alt("o23", "outlook", plain, to_html(plain))))

    # O24 behaviour concern
    body = T("""
        Dear Mr Guardian,

        I'm sorry to have to write to you. At lunchtime today there was an incident in the science corridor in which he pushed another pupil into a locker. No one was hurt, but we take this seriously.

        He has spent the afternoon in the reflection room and has written an apology. I'd like to talk to you about it before he returns to lessons tomorrow. Could you ring the school on 01632 960000 and ask for me, Mr Harries, any time before 5pm today or from 8am tomorrow?

        Regards,
        Tomos Harries
        Assistant Head of Year 10
        """)
    add("clean", "corridor_incident", "ordinary: behaviour concern, asks parent to ring school line",
        message(staff("Tomos Harries", "t.harries"), [ALI], "Incident today", dt(2025, 3, 4, 14, 20), text(body)))

    # O25 prom tickets
    stu = pupil("Ruby Edwards", "20edwardsr")
    plain = T("""
        Hi Ruby,

        As one of the prom committee – ticket sales open on Monday! Tickets are £35 on ParentPay until 16 May, which includes the three-course meal and the DJ.

        Can you make sure the poster goes on the Year 11 Team and the noticeboard outside the canteen? The committee meets Wednesday lunchtime in A03.

        Miss Rowlands
        """)
    add("clean", "prom_tickets_committee", "ordinary: prom committee note to pupil",
        message(staff("Nia Rowlands", "n.rowlands"), [stu], "Prom tickets", dt(2025, 4, 25, 15, 10),
                alt("o25", "gmail", plain, to_html(plain, "gmail")), client="gmail"))

    # O26 hair & beauty kit list
    stu = pupil("Lili Morris", "22morrisl")
    plain = T("""
        Hi Lili,

        Welcome to Level 1 Hair & Beauty! Here's the kit list for September. You can buy it all through the vocational centre for £64.50 (pay on ParentPay) – it works out about half the shop price.

        - Black tunic (size on your form)
        - Tail comb, paddle brush, section clips x10
        - Manicure kit with cuticle pusher and buffer
        - Kit bag

        Our first practical is Tuesday 10 September, 1.20pm, in the training salon (V2).

        Mrs Walsh
        """)
    add("clean", "level1_kit_list", "ordinary: vocational kit list with prices",
        message(staff("Kerry Walsh", "k.walsh"), [stu], "Level 1 kit list", dt(2024, 7, 15, 11, 45),
                alt("o26", "outlook", plain, to_html(plain, "owa"), html_style="owa")))

    # O27 DofE practice expedition
    plain = T("""
        Dear Jane,

        The Bronze DofE practice expedition will be on Saturday 10 and Sunday 11 May, walking from Garwnant Visitor Centre and camping overnight at an approved site. Pick-up will be at school at 4pm on the Sunday.

        She will need: a 35–50 litre rucksack, waterproof jacket and trousers, walking boots (worn in!), a sleeping bag rated to 5°C, a torch and spare batteries. Tents, stoves and maps are provided.

        There's a kit check in the sports hall on Thursday 8 May at 3.20pm.

        Regards,
        Owain Price
        DofE Manager
        """)
    add("clean", "dofe_practice_kit", "ordinary: DofE kit list",
        message(staff("Owain Price", "o.price"), [JANE], "Bronze DofE practice expedition", dt(2025, 4, 22, 16, 0),
                alt("o27", "outlook", plain, to_html(plain))))

    # O28 reading scores
    body = T("""
        Dear Sam,

        I'm pleased to share the results of his latest reading assessment (taken 13 January):

          Reading age:     10 years 4 months (September: 9 years 1 month)
          Standardised score: 91 (September: 84)

        That's a gain of over a year in one term, which is brilliant. The daily reading sessions with the LSA team are clearly paying off and he should be very proud.

        We'll keep the sessions going until Easter and re-test then.

        Best wishes,
        Nerys Pugh
        ALNCo
        """)
    add("clean", "reading_age_progress", "ordinary: reading scores (numbers)",
        message(staff("Nerys Pugh", "n.pugh"), [SAM], "Reading assessment results", dt(2025, 1, 21, 15, 15),
                text(body, cte="quoted-printable")))

    # O29 flu vaccine
    plain = T("""
        Dear Parent/Carer,

        The school nursing team will be in school on Wednesday 16 October to give the nasal spray flu vaccine to pupils in Years 7 to 11.

        If you have not already done so, please complete the online consent form (link in the letter sent home last week) by Friday 11 October. You need to fill it in whether you are saying yes or no.

        Thank you,
        Reception
        """)
    add("clean", "flu_vaccine_consent", "ordinary: vaccine consent reminder",
        message(staff("Reception", "office"), [ALI], "Flu vaccination – consent reminder", dt(2024, 10, 7, 9, 30),
                alt("o29", "outlook", plain, to_html(plain))))

    # O30 newsletter forward (HTML)
    inner = T("""
        <p>Hi Jane, here's the newsletter you said hadn't arrived. &ndash; Karen</p>
        <div style="border-top:1px solid #ccc;padding-top:6px">
        <b>From:</b> Example School &lt;office@example-school.org.uk&gt;<br>
        <b>Sent:</b> 31 January 2025 15:00<br>
        <b>Subject:</b> Newyddlen / Newsletter &ndash; January 2025
        </div>
        <h2 style="color:#0b5e3b">Newyddlen Ionawr / January Newsletter</h2>
        <p>Croeso n&ocirc;l! Welcome back, and happy new year to all our families.</p>
        <h3>Dates for the diary</h3>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr><td>Thu 6 Feb</td><td>Year 8 options information evening, 6pm, main hall</td></tr>
        <tr><td>Fri 14 Feb</td><td>Break up for half term (normal finish time)</td></tr>
        <tr><td>Mon 24 Feb</td><td>Return to school</td></tr>
        <tr><td>Fri 28 Feb</td><td>Eisteddfod yr Ysgol</td></tr>
        </table>
        <h3>Sport</h3>
        <p>Congratulations to the U16 netball team, who reached the county semi-final, and to the Year 9 boys who won the Cwm Cup.</p>
        <p>Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
        """)
    add("clean", "january_newsletter_fwd", "ordinary: forwarded HTML newsletter with school contacts",
        message(staff("Karen Bowen", "k.bowen"), [JANE], "FW: Newyddlen / Newsletter – January 2025",
                dt(2025, 2, 3, 10, 2), text(html_doc(inner, "outlook"), "html", cte="quoted-printable")))

# =========================================================================== CLEAN: hard negatives (30)

def hard():
    # H1 garage placement with supervisor's mobile
    frm = staff("Meinir Parry", "m.parry")
    plain = T("""
        Dear Mr Guardian,

        Good news – Davies & Sons Motors have agreed to take him for his Year 11 motor vehicle placement on Wednesdays from 26 February until Easter.

        Davies & Sons Motors
        Unit 4, Heol Ddu Industrial Estate, Swansea SA5 8BN
        Workshop: 01632 960644
        Email: service@daviesandsonsmotors.example.com

        His supervisor is the workshop foreman, Gareth Davies. Gareth has asked that if he is ill or running late on a placement day, he rings Gareth directly on 07700 900654 before 8.15am, as well as phoning the school absence line (01632 960000, option 1).

        Start time is 8.30am; he should bring a packed lunch and wear the school overalls and safety boots.

        Kind regards,
        Meinir Parry
        Work Placement Coordinator
        """)
    add("clean", "garage_placement_supervisor", "hard: employer's address, workshop phone, email and supervisor's mobile",
        message(frm, [ALI], "Placement – Davies & Sons Motors", dt(2025, 2, 12, 10, 20),
                alt("h1", "outlook", plain, to_html(plain))))

    # H2 salon placement, salon's Instagram
    frm = staff("Seren Lloyd", "s.lloyd")
    stu = pupil("Lili Morris", "22morrisl")
    body = T("""
        Hi Lili,

        Your placement is confirmed! You'll be at Siswrn Hair & Beauty every Tuesday from 7 January.

        Siswrn Hair & Beauty, 15 Stryd Fawr, Pontypridd CF37 2TS
        Salon phone: 029 2018 0715
        Your contact there is Bethany (senior stylist).

        They post a lot of their work on their salon Instagram, @siswrnhairandbeauty – it's worth having a scroll before your first day so you get a feel for their style and the kind of clients they have.

        Arrive 9.15 for a 9.30 start, black tunic, hair up, no acrylics.

        Mrs Lloyd
        """)
    add("clean", "salon_placement_instagram", "hard: salon's own business Instagram, address and phone (not staff's) [unsure]",
        message(frm, [stu], "Placement confirmed – Siswrn", dt(2024, 12, 12, 14, 35), text(body, cte="quoted-printable")))

    # H3 building site, site manager mobile
    frm = staff("Gethin Rees", "g.rees")
    stu = pupil("Rehan Khan", "21khanr")
    plain = T("""
        Rehan,

        Your placement with Adeiladu Bryn Cyf starts Monday 20 January. Details:

        Site: Plot 12, Maes y Dderwen development, Heol Pen-y-bont, Bridgend CF31 5XY
        Site office: 01632 960388
        Site manager: Mr Kev Doyle – mobile 07700 900217 (ring him if you can't find the cabin)
        Hours: 7.30am – 3.30pm

        You MUST bring your CSCS card and full PPE. The site induction is at 7.30 on the first morning and takes about an hour.

        Mr Rees
        """)
    add("clean", "building_site_manager", "hard: building firm site address, site office and manager's mobile",
        message(frm, [stu], "Placement – Adeiladu Bryn", dt(2025, 1, 14, 15, 10),
                alt("h3", "outlook", plain, to_html(plain, "owa"), html_style="owa")))

    # H4 restaurant placement
    frm = staff("Lowri Evans", "l.evans")
    plain = T("""
        Dear Sam,

        I'm delighted to confirm his catering placement at Y Gegin Fach in Cowbridge, on Friday evenings from 4 April for six weeks.

        Y Gegin Fach
        3 Heol yr Eglwys, Cowbridge CF71 7AF
        Tel: 029 2018 0460
        Head chef: Marco Bellini – marco@ygeginfach.example.com

        Shifts are 4.30pm to 9pm. The restaurant will provide whites and a meal on shift; he'll need his own black non-slip shoes and his knife roll from college.

        Marco is happy for you to ring the restaurant before the first shift if you'd like to ask anything about transport home.

        Best wishes,
        Lowri Evans
        Catering Tutor, Vocational Centre
        """)
    add("clean", "restaurant_placement", "hard: restaurant address, phone and head chef's email",
        message(frm, [SAM], "Placement – Y Gegin Fach", dt(2025, 3, 20, 11, 5), alt("h4", "outlook", plain, to_html(plain))))

    # H5 college open evening
    stu = pupil("Daniel Okoro", "20okorod")
    plain = T("""
        Hi Daniel,

        You asked about engineering courses after Year 11. Coleg Bro Taf has an open evening on Wednesday 13 November, 5–8pm:

        Coleg Bro Taf, Heol y Coleg, Caerdydd / Cardiff CF5 2YB
        Admissions: 029 2018 0123 – admissions@colegbrotaf.example.org
        Apply online from 1 December; interviews start in February.

        Ask about the Level 3 Extended Diploma in Engineering and whether they need a B in maths. The 62 bus from the interchange stops right outside.

        Mrs Howells
        Careers Lead
        """)
    add("clean", "college_open_evening", "hard: college admissions phone/email and address",
        message(staff("Rhian Howells", "r.howells"), [stu], "Coleg Bro Taf open evening", dt(2024, 11, 4, 12, 25),
                alt("h5", "gmail", plain, to_html(plain, "gmail")), client="gmail"))

    # H6 Careers Wales appointment
    stu = pupil("Lewis Morgan", "20morganl")
    body = T("""
        Hi Lewis,

        You've got a careers interview with Rhodri Bennett from Careers Wales on Tuesday 28 January, period 2 (10.05), in the library meeting room.

        Rhodri is in school every other Tuesday. If you want to follow up afterwards, you can contact him directly:
        Rhodri Bennett, Careers Adviser, Careers Wales
        rhodri.bennett@careerswales.example.org
        Freephone 0808 157 0231 (Mon-Fri 9-5)

        Have a think beforehand about what you enjoy - you mentioned electrician apprenticeships last time.

        Mrs Howells
        """)
    add("clean", "careers_wales_interview", "hard: Careers Wales adviser's email and freephone",
        message(staff("Rhian Howells", "r.howells"), [stu], "Careers interview Tuesday", dt(2025, 1, 22, 9, 15), text(body)))

    # H7 council school transport
    plain = T("""
        Dear Sam,

        I've spoken to the council's school transport team about the taxi not turning up on Monday and Tuesday. They've confirmed a new operator from Monday 3 March; pick-up stays at 7.55am from your house.

        If there are any more problems with the taxi, please contact the transport team directly, as they manage the contract rather than the school:

        Cyngor Bwrdeistref Sirol Cwm Tawel – School Transport
        Tel: 0113 496 0528 (8.30am–5pm)
        Email: schooltransport@cwmtawel.example.org
        Your reference: ST/24/01873

        Kind regards,
        Nerys Pugh
        ALNCo
        """)
    add("clean", "council_school_transport", "hard: council transport team phone, email and case reference",
        message(staff("Nerys Pugh", "n.pugh"), [SAM], "School transport – taxi", dt(2025, 2, 26, 16, 12),
                alt("h7", "outlook", plain, to_html(plain))))

    # H8 school nurse ChatHealth text line
    to = [pupil("Aisha Begum", "22beguma")]
    body = T("""
        Hi Aisha,

        Thanks for coming to see me today. As we talked about, the school nursing team run a confidential text service, ChatHealth, for young people aged 11-19. You can text them on 07700 900800, Monday to Friday 9am-4.30pm, and a school nurse will reply - usually the same day.

        The school nurse drop-in is also in the medical room every Thursday lunchtime.

        Outside those hours, NHS 111 (press 2 for mental health) is there 24/7, and in an emergency always call 999.

        Mrs Hale
        Wellbeing
        """)
    add("clean", "chathealth_text_line", "hard: 'text' + mobile number belonging to NHS school-nursing service",
        message(staff("Donna Hale", "d.hale"), to, "School nurse text service", dt(2025, 3, 11, 15, 30), text(body)))

    # H9 rugby club academy
    stu = pupil("Jac Thomas", "21thomasj")
    plain = T("""
        Jac,

        Pontycwm RFC are holding open trials for their U16 academy squad on Sunday 6 April, 10am at the Parc ground. I think you should go.

        Pontycwm RFC, Heol y Parc, Pontycwm CF39 8PE
        Club secretary: Dewi Harris – secretary@pontycwmrfc.example.org – 029 2018 0588
        Registration form is on the club's Facebook page (facebook.com/PontycwmRFC) and website.

        Bring boots, gumshield and a parent or guardian to sign the form on the day.

        Mr Price
        """)
    add("clean", "rugby_club_trials", "hard: sports club secretary's email/phone and club Facebook page",
        message(staff("Owain Price", "o.price"), [stu], "Pontycwm U16 academy trials", dt(2025, 3, 26, 13, 50),
                alt("h9", "outlook", plain, to_html(plain))))

    # H10 theatre venue
    plain = T("""
        Dear Jane,

        Thank you for the payment for the An Inspector Calls theatre trip. Final details:

        Date: Tuesday 11 March
        Venue: Theatr y Glannau, Stryd y Frenhines, Caerdydd CF10 2BH
        Meet: school front entrance, 5.15pm – coach leaves 5.30pm
        Return: approx. 10.45pm to the same place
        Ticket: £18 (paid), seats in the circle

        The theatre's box office number is 029 2018 0909 if you need to ask about access or lost property. On the night, please contact school staff through the office number 01632 960000, which will be diverted to the trip leader.

        Hannah Clarke
        English Department
        """)
    add("clean", "theatre_trip_venue", "hard: venue address, box office number, times and price",
        message(staff("Hannah Clarke", "h.clarke"), [JANE], "An Inspector Calls – theatre trip details", dt(2025, 3, 3, 12, 40),
                alt("h10", "outlook", plain, to_html(plain))))

    # H11 confirm parent's details back
    plain = T("""
        Dear Mrs Parent,

        Thank you for returning the data collection sheet. We have updated our records as follows:

        Priority contact 1: Jane Parent (mother)
        Mobile: 07700 900123
        Email: jane.parent@gmail.com
        Address: 12 Heol y Bryn, Pontypridd CF37 4DE

        Priority contact 2: Mrs Eirlys Parent (grandmother) – 07700 900342

        If any of this is wrong, please let the office know. Please remember to tell us whenever your phone number or address changes.

        Kind regards,
        Data Office
        Example School
        """)
    add("clean", "data_sheet_confirmation", "hard: school confirms the parent's own mobile, email, home address",
        message(staff("Data Office", "data"), [JANE], "Contact details updated", dt(2024, 9, 25, 13, 20),
                alt("h11", "outlook", plain, to_html(plain))))

    # H12 quoted parent signature
    frm = staff("Priya Shah", "p.shah")
    sam_q = T("""
        Hi Ms Shah,

        He's been worried about the chemistry test on Friday because he missed the lessons on moles when he was at the hospital. Is there anything he can look at?

        Many thanks,
        Sam Carer
        41 Lôn y Dderwen, Porth CF39 9HD
        Mobile: 07700 900456
        sam.carer@outlook.com
        """)
    body = T("""
        Dear Sam,

        Thanks for letting me know. I've put a catch-up pack on moles in his Teams folder and he can come to the science support club on Wednesday lunchtime in S5, where I'll go through it with him. If he doesn't feel ready on Friday, he can sit the test the following week instead – no problem at all.

        Kind regards,
        Priya Shah
        Science Department

        """) + outlook_block(SAM, 2025, 1, 13, 21, 2, [frm], "Chemistry test") + "\n" + sam_q
    add("clean", "chemistry_test_quoted_sig", "hard: quoted carer's own address/mobile in Outlook thread",
        message(frm, [SAM], "RE: Chemistry test", dt(2025, 1, 14, 8, 5), text(body), reply="outlook"))

    # H13 reference numbers
    stu = pupil("Freya Bevan", "18bevanf")
    body = T("""
        Hi Freya,

        Everything you need for the Welsh Bacc / exams paperwork, all in one place:

          UCAS Personal ID:        123-456-7890
          Exam candidate number:   4058
          Centre number:           68241
          ULN:                     4829165730
          Resit fee (Maths unit 2): £27.50 - pay at reception by 06/12/2024
          Exam: 14/01/2025, 09:00, Room B204 (seat 17)

        Keep this email - you'll need the ULN for the apprenticeship applications and the UCAS ID for Clearing.

        Exams Office
        """)
    add("clean", "exam_refs_numbers", "hard: many phone-like reference numbers, dates, prices, room numbers",
        message(staff("Exams Office", "exams"), [stu], "Your reference numbers", dt(2024, 11, 28, 11, 11), text(body)))

    # H14 school official social media
    inner = T("""
        <p>Dear Mr Guardian,</p>
        <p>Thanks for asking about how to keep up with fixtures. Results, team sheets and cancellations are posted on the <b>school's official accounts</b>, which are run by the PE department:</p>
        <ul>
        <li>Instagram: @ExampleSchoolPE</li>
        <li>Facebook: facebook.com/ExampleSchoolWales</li>
        <li>X: @ExampleSchool</li>
        </ul>
        <p>These are public pages &ndash; you don't need to send a friend request, just follow. Anything personal about your son will still come to you by email or through the school app.</p>
        <p>Mr Pritchard<br>PE Department</p>
        """)
    add("clean", "official_pe_social_media", "hard: school's official Instagram/Facebook/X accounts",
        message(staff("Rhys Pritchard", "r.pritchard"), [ALI], "Following PE fixtures", dt(2024, 10, 2, 16, 1),
                text(html_doc(inner, "owa"), "html")))

    # H15 e-safety advice
    plain = T("""
        Dear Parents and Carers,

        After some incidents involving Year 8 this half term, here are a few quick e-safety reminders.

        - Snapchat: Snap Map can show your child's exact location to friends. Turn on "Ghost Mode" in settings.
        - WhatsApp: the minimum age in the UK is 13. Group chats can add strangers – check "Who can add me to groups" under Privacy.
        - TikTok: "Family Pairing" lets you link your account to your child's and set screen-time limits.
        - Instagram and Facebook: teen accounts should be private by default – it's worth checking.
        - Discord and Telegram: lots of unmoderated servers and channels; talk to your child about who they are chatting to.

        If something worries you, report it to the platform, to CEOP (ceop.police.uk), or to us. Please never contact another child or their family directly about an incident.

        Our Designated Safeguarding Lead is Mrs Helen Gwynne – dsl@example-school.org.uk or 01632 960000.

        Diolch,
        Example School
        """)
    add("clean", "esafety_apps_advice", "hard: e-safety advice naming many apps, official DSL contact",
        message(staff("Helen Gwynne", "dsl"), [JANE], "E-safety – advice for parents", dt(2024, 11, 8, 13, 0),
                alt("h15", "outlook", plain, to_html(plain))))

    # H16 staff-only: coach breakdown
    to = [staff("Owain Price", "o.price"), staff("Rhiannon James", "r.james"), staff("Reception", "office")]
    body = T("""
        Hi all,

        For Saturday's county cup trip: if the coach breaks down or we're running late back, ring me on my mobile, 07700 900377, rather than the school phone (nobody will be in). Rhiannon, I've got yours already.

        Office - could you put my number on the trip sheet in the safe?

        Cheers,
        Rhys
        """)
    add("clean", "staffonly_coach_mobile", "hard: staff-only, gives own mobile to colleagues (check doesn't apply)",
        message(staff("Rhys Pritchard", "r.pritchard"), to, "Saturday cup trip – contact", dt(2025, 1, 30, 8, 20), text(body)))

    # H17 staff-only: HR change of address
    body = T("""
        Hi Lynne,

        Please could you update my details on the HR system from 1 March:

        New address: 3 Lôn y Felin, Caerffili CF83 3GH
        Mobile: 07700 900591 (new number)
        Personal email for payslips: bethan.davies.lsa@hotmail.co.uk

        Emergency contact stays the same (Rob Davies).

        Diolch,
        Bethan Davies
        Learning Support
        """)
    add("clean", "staffonly_hr_address", "hard: staff-only HR update with own address, mobile and personal email",
        message(staff("Bethan Davies", "b.davies"), [staff("Lynne Watkins", "hr")], "Change of address",
                dt(2025, 2, 19, 12, 30), text(body, cte="quoted-printable")))

    # H18 staff to coach hire company
    body = T("""
        Hello,

        Booking ref VC-55819 - Year 8 trip to St Fagans, Thursday 14 November.

        Just to confirm pick-up at 8.45am from the school front entrance (Park Row, LS1 4AP), and return pick-up from the museum coach park at 2.30pm. 53 pupils and 5 staff.

        On the day, the driver can ring me on my mobile, 07700 900 266, if there are any problems finding us.

        Thanks,
        Ffion Roberts
        Example School
        """)
    add("clean", "staffonly_coach_company", "hard: staff gives own mobile to a coach company (no parent/pupil recipient)",
        message(staff("Ffion Roberts", "f.roberts"), [("Valley Coaches Bookings", "bookings@valleycoaches.example.com")],
                "Booking VC-55819 – 14 November", dt(2024, 11, 11, 10, 40), text(body)))

    # H19 young carers service
    plain = T("""
        Dear Sam,

        Following our chat on Friday, here are the details of the young carers service I mentioned. They run a Tuesday evening group for 11–16 year olds, with transport, and can also offer a young carer ID card he can show in school.

        Cwm Tawel Young Carers
        The Hub, 40 Stryd y Farchnad, Pontypridd CF37 2ST
        Freephone: 0808 157 0345
        Email: hello@cwmtawelyoungcarers.example.org

        You can self-refer by phone, or I'm happy to make the referral for you if you'd prefer – just let me know.

        Best wishes,
        Nerys Pugh
        ALNCo
        """)
    add("clean", "young_carers_referral", "hard: charity's address, freephone and email",
        message(staff("Nerys Pugh", "n.pugh"), [SAM], "Young carers service", dt(2024, 10, 14, 15, 2),
                alt("h19", "outlook", plain, to_html(plain))))

    # H20 teacher refuses Snapchat
    stu = pupil("Josh Kelly", "21kellyj")
    body = T("""
        Hi Josh,

        Thanks for asking, but I don't add pupils on Snapchat, WhatsApp or anything like that - none of the teachers do. It's not personal!

        If you've got a question about the coursework, message me on Teams or email me here at school and I'll get back to you by the next day. There's also coursework catch-up every Monday after school in D2.

        Mr Mitchell

        """) + gmail_attr(2025, 2, 20, 19, 44, stu) + "\n" + quote(T("""
        sir whats your snap, its easier to ask you stuff on there
        """))
    add("clean", "refuses_snapchat", "hard: teacher declines Snapchat/WhatsApp, points to Teams and school email",
        message(staff("Dan Mitchell", "d.mitchell"), [stu], "Re: coursework", dt(2025, 2, 21, 8, 10), text(body),
                client="gmail", reply="gmail"))

    # H21 no personal number
    ali_q = T("""
        Could I have your mobile number please? It would be easier to text you about his lifts to the matches.
        Ali
        """)
    body = T("""
        Dear Mr Guardian,

        I'm sorry, I'm not able to give out my personal number – it's school policy for all staff. For anything on the day of a match, please ring the school office on 01632 960000 and they'll get a message to me straight away, or email me at r.pritchard@example-school.org.uk.

        For away fixtures the departure and return times are always on the PE Team page and the school app.

        Best wishes,
        Rhys Pritchard
        PE Department

        """) + apple_attr(2025, 2, 9, 18, 26, ALI) + "\n\n" + quote(ali_q)
    add("clean", "declines_personal_number", "hard: staff declines to give personal number, gives school phone/email",
        message(staff("Rhys Pritchard", "r.pritchard"), [ALI], "Re: Lifts to matches", dt(2025, 2, 10, 7, 55),
                text(body), client="apple", reply=True, extra=["X-Mailer: iPhone Mail (22D72)"]))

    # H22 sole trader employer on gmail
    plain = T("""
        Dear Mr Guardian,

        Further to our conversation, I've arranged his plumbing taster placement with a local sole trader we've used for several years:

        D. Rowlands Plumbing & Heating
        Yard: 2 Heol y Dderwen, Tonypandy CF40 1QE
        Owner: Dai Rowlands
        Mobile: 07700 900486
        Email: dairowlandsplumbing@gmail.com

        He'll be working with Dai on Thursdays from 8am; Dai will pick him up from the school gate. Dai has had an enhanced DBS check and our health and safety visit was done on 18 November.

        Kind regards,
        Meinir Parry
        Work Placement Coordinator
        """)
    add("clean", "plumber_soletrader_gmail", "hard: employer's mobile and gmail address (consumer webmail, not staff's) [unsure]",
        message(staff("Meinir Parry", "m.parry"), [ALI], "Plumbing placement – D. Rowlands", dt(2024, 11, 21, 14, 48),
                alt("h22", "outlook", plain, to_html(plain))))

    # H23 apprenticeship provider
    stu = pupil("Tyler Bowen", "21bowent")
    body = T("""
        Tyler,

        Great news - Cam Nesaf Training want to interview you for the Level 2 Carpentry & Joinery apprenticeship.

        Interview: Monday 16 June, 11.00am
        Where: Cam Nesaf Training, 2nd Floor, Ty Glas, 11 Heol y Frenhines, Newport NP20 1PL
        Contact: Sian Ellis, Apprenticeship Recruitment - 0117 496 0312 - apprenticeships@camnesaf.example.org
        Vacancy ref: CN-CJ-2025-044

        You'll need to bring your CV and your CSCS card. Wear something smart - not your site gear.

        Mr Barnett
        """)
    add("clean", "apprenticeship_interview", "hard: training provider address, phone, email, vacancy reference",
        message(staff("Lee Barnett", "l.barnett"), [stu], "Apprenticeship interview", dt(2025, 6, 5, 13, 30),
                text(body), client="thunderbird"))

    # H24 MOT centre visit
    plain = T("""
        Dear Sam,

        As part of the motor vehicle taster course, the group will visit Cwm Tyres & MOT on Thursday 27 March.

        Cwm Tyres & MOT, Unit 12, Tramroad Side North, Merthyr Tydfil CF47 0AP
        Depart school 9.15am by minibus, return by 12.30pm
        Cost: £3 towards fuel, payable on ParentPay

        The garage manager, Mr Steve Probert, will give the pupils a tour of the MOT bay and a demonstration of a brake test. Pupils must wear their overalls and safety boots.

        Emyr Watkins
        Motor Vehicle Tutor
        """)
    add("clean", "mot_centre_visit", "hard: garage address, times and cost for a visit",
        message(staff("Emyr Watkins", "e.watkins"), [SAM], "Visit to Cwm Tyres & MOT – 27 March", dt(2025, 3, 18, 9, 25),
                alt("h24", "outlook", plain, to_html(plain))))

    # H25 school email / Teams only
    stu = pupil("Seren Matthews", "23matthewss")
    plain = T("""
        Hi Seren,

        You asked how to get hold of me with homework questions. The best ways are:

        - my school email: r.james@example-school.org.uk
        - a chat message on Microsoft Teams (search "Rhiannon James")

        I check both before school and at lunchtime. Please don't worry about asking – that's what I'm here for.

        Miss James
        """)
    add("clean", "contact_via_school_email_teams", "hard: staff gives only school email and Teams chat",
        message(staff("Rhiannon James", "r.james"), [stu], "How to contact me", dt(2024, 9, 12, 12, 5),
                alt("h25", "outlook", plain, to_html(plain))))

    # H26 training salon official booking line
    inner = T("""
        <p>Dear Jane,</p>
        <p>Thank you for offering to be a model for our Level 2 colour assessments! We're looking for clients for Thursday afternoons in May.</p>
        <p>Bookings go through the Academy Salon, which is the school's own training salon in the vocational centre:</p>
        <p><b>Academy Salon, Example School Vocational Centre</b><br>
        Booking line: 01632 960215 (vocational centre reception, Mon&ndash;Fri 9&ndash;3)<br>
        Email: salon@example-school.org.uk</p>
        <p>A skin test is needed 48 hours before any colour service. Treatments are free for models.</p>
        <p>Mrs Lloyd</p>
        """)
    add("clean", "academy_salon_booking", "hard: school's own training-salon line (01632 960215, not the configured main number) and role address",
        message(staff("Seren Lloyd", "s.lloyd"), [JANE], "Colour models – Academy Salon", dt(2025, 4, 9, 14, 15),
                text(html_doc(inner, "outlook"), "html", cte="quoted-printable")))

    # H27 university open day
    stu = pupil("Megan Hughes", "18hughesm")
    plain = T("""
        Hi Megan,

        The school is running a trip to the Prifysgol Glannau Hafren / Severnside University engineering open day on Saturday 28 September.

        Coach leaves school at 7.15am, back about 6pm. Cost: free for Year 13 (the university pays).
        Address: Severnside University, Campws y Bae, Heol y Doc, Newport NP20 2BP
        Their student recruitment team: 0121 496 0777, openday@severnside.example.org

        Reply by Friday if you want a place – there are 20 seats.

        Mr Jenkins
        """)
    add("clean", "university_open_day", "hard: university address, phone and email, coach times",
        message(staff("Dafydd Jenkins", "d.jenkins"), [stu], "Severnside open day – coach trip", dt(2024, 9, 16, 12, 55),
                alt("h27", "outlook", plain, to_html(plain))))

    # H28 school trip mobile
    plain = T("""
        Dear Jane,

        Final details for the Year 8 residential at Llangrannog (Monday 9 – Wednesday 11 June).

        - Depart school at 9am on Monday; return about 4pm on Wednesday
        - Kit list attached to the letter sent home in May
        - Pocket money: no more than £15

        During the trip, the school trip mobile is 07700 900100. This is a school-owned phone that stays with the trip leader at all times, day and night. Please use it only for urgent matters – for anything else, the school office (01632 960000) will pass on messages.

        Ffion Roberts
        Year 8 Leader
        """)
    add("clean", "residential_school_trip_phone", "hard: school-owned trip mobile, explicitly not personal [unsure]",
        message(staff("Ffion Roberts", "f.roberts"), [JANE], "Llangrannog residential – final details", dt(2025, 6, 4, 15, 45),
                alt("h28", "outlook", plain, to_html(plain))))

    # H29 Urdd camp venue, Welsh
    stu = pupil("Gruffydd Owen", "20oweng")
    body = T("""
        Helo Gruffydd,

        Diolch am wirfoddoli i helpu yn y gwersyll haf. Dyma'r manylion:

        Gwersyll Glan-y-môr, Heol y Traeth, Aberporth SA43 2EU
        Ffôn y gwersyll: 01632 960940
        E-bost: gwersyll@glanymor.example.org

        Mae'r cwrs hyfforddi ar ddydd Sadwrn 12 Gorffennaf, 10.00–3.00. Bydd y bws mini yn gadael yr ysgol am 7.30.

        Mr Rhys-Jones
        """)
    add("clean", "gwersyll_venue_cy", "hard: Welsh-only, camp venue address, phone and email",
        message(staff("Geraint Rhys-Jones", "g.rhys-jones"), [stu], "Gwersyll haf – manylion", dt(2025, 6, 23, 11, 35),
                text(body, cte="quoted-printable"), client="thunderbird", lang="cy"))

    # H30 pupil's own personal gmail for UCAS
    stu = pupil("Megan Hughes", "18hughesm")
    body = T("""
        Hi Megan,

        Quick one - UCAS will keep emailing you after you leave school, so they need a personal address you'll still check in August. The one you've registered, megs.hughes07@gmail.com, is absolutely fine - just make sure you can log in to it and check the junk folder for UCAS emails.

        You can change it any time in the Hub under "Personal details".

        Mr Jenkins
        """)
    add("clean", "pupil_own_gmail_ucas", "hard: pupil's own personal gmail confirmed back to her",
        message(staff("Dafydd Jenkins", "d.jenkins"), [stu], "UCAS contact email", dt(2024, 10, 8, 9, 50), text(body),
                client="gmail"))

# =========================================================================== main

README = """\
# Round 9 hold-out: personal-address-to-parent (BLIND)

**Blind test data. Never use these messages to tune, train or write rules for mailguard.**
They were written without reading mailguard's code, rules, tests or documentation, from
the school's staff e-mail policy (staff must not give pupils or parents their own personal
phone numbers, home address or personal e-mail, nor move them onto private channels such
as WhatsApp, Snapchat, Instagram, Facebook/Messenger, TikTok, Telegram, Signal, Discord or
"text me"), the school identity in `config.example.yaml` and `directory/parents.csv`.

## How it was made

`../make_round9_personal.py` (Python 3.11, standard library only) writes every `.eml`
file and `labels.csv`. Dates, Message-IDs and MIME boundaries are fixed, so the output is
byte-identical on every run. Regenerate with:

    python3 tests/holdout/round9/make_round9_personal.py

## Counts

{counts}

## labels.csv

`file,expected,sender,recipients,note` - `expected` is `flag` or `clean`; `recipients` is
To + Cc, separated by single spaces. Notes marked `[unsure]` are judgement calls.

## Kinds of case

- **flag** - a member of staff writing to a parent (the three in `parents.csv`) or a pupil
  (`@pupils.example-school.org.uk`) and giving their *own* personal details or inviting
  them to a private channel: personal mobiles in many formats (spaces, none, dashes,
  brackets, +44, spelled out in words, a `wa.me` link), home landlines (including one in
  the same 01632 960 range as the school), home addresses with and without postcode,
  personal webmail (gmail, hotmail, icloud, btinternet, sky, yahoo), and invitations to
  WhatsApp groups, Snapchat, Instagram DMs, Messenger, TikTok, Telegram, Signal, Discord.
  Details appear in body text, HTML signature tables, a vCard attachment only, an .ics
  LOCATION, a forwarded earlier message, and a quoted earlier message ("text me on the
  number I sent before"). One has the parent only in Cc. Senders include vocational
  tutors (construction, hair and beauty, motor vehicle, catering), coaches, learning
  support assistants, sixth-form tutors and Welsh teachers (bilingual and Welsh-only).
- **clean, ordinary** - everyday school mail to parents and pupils: reports, trips,
  homework, detentions, praise, absence, medical forms, exam timetables, IDP reviews,
  newsletters, kit lists, some in Welsh or bilingual.
- **clean, hard negatives** - contact details that are not the sender's own: work-placement
  employers (garages, salons, building sites, restaurants, a sole-trader plumber on gmail),
  colleges, a training provider, a university, Careers Wales, council school transport, the
  NHS school-nursing text line, a young carers charity, a rugby club, a theatre, a camp; the
  parent's or pupil's own details confirmed back or quoted in a thread; reference numbers,
  prices, dates and room numbers; the school's official social media, training-salon line
  and trip mobile; e-safety advice naming apps; staff refusing to share a personal number
  or Snapchat; and three staff-only messages (no parent or pupil recipient) that do contain
  the sender's personal details, where the check does not apply.

Formats: text/plain (7bit, quoted-printable, base64, format=flowed), multipart/alternative,
HTML-only with signature tables, multipart/mixed with PDF, vCard and .ics attachments,
Outlook, Gmail and Apple Mail reply quoting, forwards, RFC 2047 subjects and display names.
"""


def main():
    flags()
    ordinary()
    n_flag = sum(1 for c in CASES if c[0] == "flag")
    n_ord = len(CASES) - n_flag
    hard()
    n_hard = len(CASES) - n_flag - n_ord
    assert (n_flag, n_ord, n_hard) == (30, 30, 30), (n_flag, n_ord, n_hard)
    slugs = [c[1] for c in CASES]
    assert len(set(slugs)) == len(slugs)

    order = list(range(len(CASES)))
    random.Random(20250609).shuffle(order)

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for num, idx in enumerate(order, 1):
        kind, slug, note, msg = CASES[idx]
        name = f"{num:03d}_{kind}_{slug}.eml"
        (OUT / name).write_bytes(msg.data)
        if idx >= n_flag + n_ord and kind == "clean" and not note.startswith("hard"):
            raise AssertionError(slug)
        rows.append([name, kind, msg.sender, " ".join(msg.rcpts), note])

    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)

    counts = (f"- {len(CASES)} messages\n- flag: {n_flag}\n- clean: {n_ord + n_hard} "
              f"({n_ord} ordinary, {n_hard} hard negatives, of which 3 are staff-only)\n"
              f"- notes marked [unsure]: {sum('[unsure]' in r[4] for r in rows)}")
    (OUT / "README.md").write_text(README.format(counts=counts), encoding="utf-8")
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
