#!/usr/bin/env python3
"""Generate the round-6 blind hold-out corpus for the personal-address-to-parent module.

Writes tests/holdout/round6/personal-address-to-parent/*.eml and labels.csv.
Deterministic: fixed dates, Message-IDs and MIME boundaries; two runs are byte-identical.
Python 3.11 standard library only.

    python3 tests/holdout/round6/make_round6_personal.py

All people, addresses and organisations are fictitious; phone numbers come from the
Ofcom drama ranges.
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import random
import re
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

STAFF_DOMAIN = "example-school.org.uk"
PUPIL_DOMAIN = "pupils.example-school.org.uk"

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def staff(name: str, local: str) -> tuple[str, str]:
    return (name, f"{local}@{STAFF_DOMAIN}")


def pupil(name: str, local: str) -> tuple[str, str]:
    return (name, f"{local}@{PUPIL_DOMAIN}")


# --------------------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------------------

def h(seed: str, n: int = 40) -> str:
    """Deterministic hex string."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def enc_words(s: str) -> str:
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def fmt_addr(pair: tuple[str, str]) -> str:
    name, email = pair
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        name = '"' + name.replace('"', '\\"') + '"'
    return f"{name} <{email}>"


def fmt_addrs(pairs) -> str:
    return ", ".join(fmt_addr(p) for p in pairs)


def bst(d: dt.datetime) -> bool:
    # good enough for the dates used here (none near the changeover weekends)
    return 4 <= d.month <= 9 or (d.month == 3 and d.day > 30) or (d.month == 10 and d.day < 25)


def date_hdr(s: str) -> str:
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    off = "+0100" if bst(d) else "+0000"
    return d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S ") + off


def long_date(s: str) -> str:
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%d %B %Y %H:%M").lstrip("0")


# --------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------

class Leaf:
    def __init__(self, ctype: str, content, cte: str = "7bit", charset: str | None = "utf-8",
                 filename: str | None = None, disposition: str | None = None,
                 params: str = "", extra_headers: list[str] | None = None, raw_body: str | None = None):
        self.ctype = ctype
        self.content = content  # str or bytes
        self.cte = cte
        self.charset = charset
        self.filename = filename
        self.disposition = disposition or ("attachment" if filename else None)
        self.params = params
        self.extra_headers = extra_headers or []
        self.raw_body = raw_body  # pre-encoded body (used for hand-made QP)

    def render(self) -> tuple[list[str], str]:
        ct = self.ctype
        if self.charset and ct.startswith("text/"):
            ct += f'; charset="{self.charset}"'
        if self.params:
            ct += "; " + self.params
        if self.filename and "name=" not in ct:
            ct += f';\n\tname="{self.filename}"'
        hdrs = [f"Content-Type: {ct}"]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += f';\n\tfilename="{self.filename}"'
            hdrs.append(f"Content-Disposition: {d}")
        hdrs.append(f"Content-Transfer-Encoding: {self.cte}")
        hdrs += self.extra_headers
        if self.raw_body is not None:
            return hdrs, self.raw_body
        data = self.content.encode(self.charset or "utf-8") if isinstance(self.content, str) else self.content
        if self.cte in ("7bit", "8bit"):
            if self.cte == "7bit":
                data.decode("ascii")  # raise if not ASCII
            body = data.decode("utf-8")
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(data).decode("ascii")
        elif self.cte == "base64":
            b = base64.b64encode(data).decode("ascii")
            body = "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
        else:
            raise ValueError(self.cte)
        if not body.endswith("\n"):
            body += "\n"
        return hdrs, body


class Multi:
    def __init__(self, subtype: str, boundary: str, parts: list, params: str = "",
                 preamble: str | None = None):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.params = params
        self.preamble = preamble

    def render(self) -> tuple[list[str], str]:
        ct = f'multipart/{self.subtype};\n\tboundary="{self.boundary}"'
        if self.params:
            ct += ";\n\t" + self.params
        hdrs = [f"Content-Type: {ct}"]
        out = []
        if self.preamble:
            out.append(self.preamble + "\n\n")
        for p in self.parts:
            ph, pb = p.render()
            out.append(f"--{self.boundary}\n")
            out.append("\n".join(ph) + "\n\n")
            out.append(pb)
            if not pb.endswith("\n"):
                out.append("\n")
            out.append("\n")
        out.append(f"--{self.boundary}--\n")
        return hdrs, "".join(out)


# --------------------------------------------------------------------------------------
# client styles: HTML bodies, message ids, boundaries, header order
# --------------------------------------------------------------------------------------

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def linkify(s: str) -> str:
    s = esc(s)
    s = re.sub(r"(?<![\w.@/-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
               r'<a href="mailto:\1">\1</a>', s)
    s = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
    return s


def outlook_html(text: str, font: str = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif",
                 size: str = "12pt", sig_html: str = "") -> str:
    marker = "________________________________"
    top, _, quoted = text.partition(marker + "\n")
    lines = []
    for ln in top.rstrip("\n").split("\n"):
        if ln.strip():
            lines.append(f'<div class="elementToProof" style="font-family: {font}; font-size: {size}; color: rgb(0, 0, 0);">{linkify(ln)}</div>')
        else:
            lines.append(f'<div class="elementToProof" style="font-family: {font}; font-size: {size}; color: rgb(0, 0, 0);"><br></div>')
    body = "\n".join(lines)
    if sig_html:
        body += "\n" + sig_html
    if quoted:
        hdr, _, rest = quoted.partition("\n\n")
        hl = []
        for ln in hdr.split("\n"):
            k, _, v = ln.partition(":")
            hl.append(f"<b>{esc(k)}:</b>{esc(v)}")
        qlines = "\n".join(f"<div>{linkify(x) if x.strip() else '<br>'}</div>" for x in rest.rstrip("\n").split("\n"))
        body += ('\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                 + "<br>\n".join(hl) + '</font>\n<div>&nbsp;</div>\n</div>\n<div style="direction: ltr;">\n'
                 + qlines + "\n</div>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + body + "\n</body>\n</html>\n")


def gmail_html(text: str, sig_html: str = "") -> str:
    # split off a Gmail-style quote: "On ... wrote:" followed by "> " lines, or a forward block
    lines = text.rstrip("\n").split("\n")
    out = ['<div dir="ltr">']
    i = 0
    quote_start = None
    for j, ln in enumerate(lines):
        if (ln.startswith("On ") and ln.rstrip().endswith("wrote:")) or ln.startswith("---------- Forwarded message"):
            quote_start = j
            break
    main = lines if quote_start is None else lines[:quote_start]
    while main and not main[-1].strip():
        main.pop()
    for ln in main:
        out.append(f"<div>{linkify(ln)}</div>" if ln.strip() else "<div><br></div>")
    if sig_html:
        out.append('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' + sig_html + "</div>")
    out.append("</div>")
    if quote_start is not None:
        q = lines[quote_start:]
        if q[0].startswith("---------- Forwarded"):
            out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
                       "<br>".join(linkify(x) for x in q[:q.index("")]) + "<br></div><br><br>")
            rest = q[q.index("") + 1:]
            out.append('<div dir="ltr">' + "".join(f"<div>{linkify(x)}</div>" if x.strip() else "<div><br></div>" for x in rest) + "</div></div>")
        else:
            out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + linkify(q[0]) + "<br></div>")
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            body = [re.sub(r"^> ?", "", x) for x in q[1:]]
            while body and not body[0].strip():
                body.pop(0)
            out.append("".join(f"<div>{linkify(x)}</div>" if x.strip() else "<div><br></div>" for x in body))
            out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def apple_html(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">']
    qs = None
    for j, ln in enumerate(lines):
        if ln.startswith("On ") and ln.rstrip().endswith("wrote:"):
            qs = j
            break
    main = lines if qs is None else lines[:qs]
    for ln in main:
        out.append(f'<div dir="ltr">{linkify(ln)}</div>' if ln.strip() else '<div dir="ltr"><br></div>')
    if qs is not None:
        out.append(f'<div dir="ltr"><br><blockquote type="cite">{linkify(lines[qs])}<br></blockquote></div>')
        body = [re.sub(r"^> ?", "", x) for x in lines[qs + 1:]]
        out.append('<blockquote type="cite"><div dir="ltr">' +
                   "".join(f"{linkify(x)}<br>" if x.strip() else "<br>" for x in body) + "</div></blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def msgid(style: str, seed: str) -> str:
    x = h(seed, 64).upper()
    if style == "outlook":
        host = ["LO2P265MB", "LO4P265MB", "CWLP265MB", "LO0P265MB", "CWXP265MB", "LO6P265MB"][int(x[0], 16) % 6]
        host += str(int(x[1:5], 16) % 9000 + 1000)
        return f"<{host}{x[5:30]}@{host}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h(seed + "g", 40))).decode().rstrip("=").replace("/", "_")
        return f"<CA{b[:4]}+{b[4:40]}@mail.gmail.com>"
    if style == "apple":
        u = h(seed + "a", 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{STAFF_DOMAIN}>"
    if style == "thunderbird":
        u = h(seed + "t", 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{STAFF_DOMAIN}>"
    if style == "mis":
        return f"<{h(seed + 'm', 24)}.{int(h(seed + 'n', 8), 16) % 900000 + 100000}@mis.{STAFF_DOMAIN}>"
    raise ValueError(style)


def boundary(style: str, seed: str) -> str:
    x = h(seed + "b", 40)
    if style == "outlook":
        m = msgid("outlook", seed.split("#")[0])[1:].split("@")[0]
        return f"_{int(x[0], 16) % 3:03d}_{m}{x[:8].upper()}_"
    if style == "gmail":
        return "0000000000" + x[:18]
    if style == "apple":
        u = x[:32].upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    if style == "thunderbird":
        return "------------" + "".join(c for c in x if c.isalnum())[:24].upper().replace("A", "a")
    return "----=_Part_" + str(int(x[:8], 16)) + "_" + str(int(x[8:14], 16)) + "." + str(int(x[14:20], 16))


CASES: list[dict] = []


def add(expected: str, slug: str, note: str, *, frm, to, subject: str, date: str, body,
        style: str = "outlook", cc=(), reply_to=None, in_reply_to: str | None = None,
        extra: list[str] | None = None, attach_flag: bool = False, seed: str | None = None):
    """Register one message. body is a Leaf or Multi."""
    seed = seed or slug
    to = list(to)
    cc = list(cc)
    mid = msgid(style, seed)
    ref_hdrs = []
    if in_reply_to:
        ref_hdrs = [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    topic = re.sub(r"^((RE|Re|FW|Fw|Fwd|FWD):\s*)+", "", subject)
    H = []
    if style == "outlook":
        H.append(f"From: {fmt_addr(frm)}")
        H.append(f"To: {fmt_addrs(to)}")
        if cc:
            H.append(f"CC: {fmt_addrs(cc)}")
        if reply_to:
            H.append(f"Reply-To: {fmt_addr(reply_to)}")
        H.append(f"Subject: {enc_words(subject)}")
        H.append(f"Thread-Topic: {enc_words(topic)}")
        ti = base64.b64encode(bytes.fromhex(h(seed + "ti", 44))).decode()
        H.append(f"Thread-Index: {ti}")
        H.append(f"Date: {date_hdr(date)}")
        H.append(f"Message-ID: {mid}")
        H += ref_hdrs
        H.append("Accept-Language: en-GB, en-US")
        H.append("Content-Language: en-GB")
        H.append("X-MS-Has-Attach: yes" if isinstance(body, Multi) and body.subtype == "mixed" else "X-MS-Has-Attach:")
        # Outlook derives its MIME boundaries from the Message-ID
        local, _, dom = mid.strip("<>").partition("@")
        tag = local + dom.split(".")[0] + dom.split(".")[1][:4]
        def _ob(part):
            if isinstance(part, Multi):
                part.boundary = f"_{'004' if part.subtype == 'mixed' else '000'}_{tag}_"
                for q in part.parts:
                    _ob(q)
        _ob(body)
        H.append("X-MS-TNEF-Correlator:")
        H += extra or []
        H.append("MIME-Version: 1.0")
    elif style == "gmail":
        H.append("MIME-Version: 1.0")
        H += [x.replace("In-Reply-To", "In-Reply-To") for x in ref_hdrs[::-1]]
        H.append(f"From: {fmt_addr(frm)}")
        H.append(f"Date: {date_hdr(date)}")
        H.append(f"Message-ID: {mid}")
        H.append(f"Subject: {enc_words(subject)}")
        H.append(f"To: {fmt_addrs(to)}")
        if cc:
            H.append(f"Cc: {fmt_addrs(cc)}")
        if reply_to:
            H.append(f"Reply-To: {fmt_addr(reply_to)}")
        H += extra or []
    elif style == "apple":
        H.append(f"From: {fmt_addr(frm)}")
        H.append("Mime-Version: 1.0 (1.0)")
        H.append(f"Date: {date_hdr(date)}")
        H.append(f"Subject: {enc_words(subject)}")
        H.append(f"Message-Id: {mid}")
        H += ref_hdrs
        H.append(f"To: {fmt_addrs(to)}")
        if cc:
            H.append(f"Cc: {fmt_addrs(cc)}")
        if reply_to:
            H.append(f"Reply-To: {fmt_addr(reply_to)}")
        H += extra or ["X-Mailer: iPhone Mail (22B91)"]
    elif style == "thunderbird":
        H.append(f"Message-ID: {mid}")
        H.append(f"Date: {date_hdr(date)}")
        H.append("MIME-Version: 1.0")
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("Content-Language: en-GB")
        H.append(f"To: {fmt_addrs(to)}")
        if cc:
            H.append(f"Cc: {fmt_addrs(cc)}")
        H.append(f"From: {fmt_addr(frm)}")
        if reply_to:
            H.append(f"Reply-To: {fmt_addr(reply_to)}")
        H += ref_hdrs
        H.append(f"Subject: {enc_words(subject)}")
        H += extra or []
    elif style == "mis":
        H.append(f"From: {fmt_addr(frm)}")
        H.append(f"To: {fmt_addrs(to)}")
        if cc:
            H.append(f"Cc: {fmt_addrs(cc)}")
        if reply_to:
            H.append(f"Reply-To: {fmt_addr(reply_to)}")
        H.append(f"Subject: {enc_words(subject)}")
        H.append(f"Date: {date_hdr(date)}")
        H.append(f"Message-ID: {mid}")
        H.append("MIME-Version: 1.0")
        H += extra or ["X-Mailer: Example MIS Communications 7.4"]
    else:
        raise ValueError(style)
    ph, pb = body.render()
    msg = "\n".join(H + ph) + "\n\n" + pb
    raw = msg.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
    CASES.append(dict(expected=expected, slug=slug, note=note, sender=frm[1],
                      recipients=" ".join(a for _, a in to + cc), raw=raw))


# convenience builders ----------------------------------------------------------------

def plain(text: str, cte: str | None = None, flowed: bool = False) -> Leaf:
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    return Leaf("text/plain", text, cte=cte, params="format=flowed" if flowed else "")


def alt(style: str, seed: str, text: str, html_text: str | None = None,
        cte_text: str | None = None, cte_html: str = "quoted-printable", sig_html: str = "") -> Multi:
    if html_text is None:
        if style == "outlook":
            html_text = outlook_html(text, sig_html=sig_html)
        elif style == "gmail":
            html_text = gmail_html(text, sig_html=sig_html)
        elif style == "apple":
            html_text = apple_html(text)
        else:
            html_text = "<html><body>" + "".join(f"<p>{linkify(p)}</p>" for p in text.split("\n\n")) + "</body></html>\n"
    if cte_text is None:
        cte_text = "quoted-printable"
    return Multi("alternative", boundary(style, seed + "#alt"), [
        Leaf("text/plain", text, cte=cte_text),
        Leaf("text/html", html_text, cte=cte_html),
    ])


def mixed(style: str, seed: str, first, *attachments) -> Multi:
    return Multi("mixed", boundary(style, seed + "#mix"), [first, *attachments])


def make_pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF with the given lines of text."""
    def pesc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(f"({pesc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def pdf(name: str, lines: list[str]) -> Leaf:
    return Leaf("application/pdf", make_pdf(lines), cte="base64", charset=None, filename=name)


def textfile(name: str, text: str, ctype: str = "text/plain", cte: str = "base64", params: str = "") -> Leaf:
    return Leaf(ctype, text.replace("\n", "\r\n"), cte=cte, filename=name, params=params)


def ics(uid: str, summary: str, start: str, end: str, location: str, description: str,
        organizer: tuple[str, str], attendees: list[tuple[str, str]]) -> str:
    def fold(line: str) -> str:
        out = []
        while len(line.encode()) > 75:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
        return "\n".join(out)
    def icsesc(s: str) -> str:
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
         "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
         "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
         "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
         "END:VTIMEZONE", "BEGIN:VEVENT",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}")
    L += [f"DESCRIPTION;LANGUAGE=en-GB:{icsesc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-GB:{icsesc(summary)}",
          f"DTSTART;TZID=GMT Standard Time:{start}", f"DTEND;TZID=GMT Standard Time:{end}",
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250101T090000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", f"LOCATION;LANGUAGE=en-GB:{icsesc(location)}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(fold(l) for l in L) + "\n"


def ics_leaf(text: str, name: str = "invite.ics") -> Leaf:
    return Leaf("text/calendar", text.replace("\n", "\r\n"), cte="base64", filename=name, params="method=REQUEST")


def vcard(text: str, name: str) -> Leaf:
    return Leaf("text/vcard", text, cte="7bit", filename=name)


# --------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------

P1 = pupil("Example Pupil One", "example.pupilone")
P2 = pupil("Example Pupil Two", "example.pupiltwo")
P3 = pupil("Example Pupil Three", "example.pupilthree")
MARYAM = pupil("Maryam Haddad", "21haddadm")
RILEY = pupil("Riley Whitaker", "20whitakerr")
JAYDEN = pupil("Jayden Taylor", "21taylorj")
ORLA = pupil("Orla McBride", "23mcbrideo")
ZAIN = pupil("Zain Ahmed", "22ahmedz")
LINH = pupil("Linh Nguyen", "21nguyenl")
KIRAN = pupil("Kiran Patel", "20patelk")
LOLA = pupil("Lola Okwu", "20okwul")
DANNY = pupil("Danny Foster", "21fosterd")
JORDAN = pupil("Jordan Baptiste", "22baptistej")
ELLIE = pupil("Ellie Sharpe", "22sharpee")
CALLUM = pupil("Callum Wright", "22wrightc")
HARPREET = pupil("Harpreet Kaur", "19kaurh")


def school_sig_table(name: str, role: str, rows: list[tuple[str, str]], colour: str = "#1f4e79") -> str:
    r = "".join(
        f'<tr><td style="padding:0 8px 0 0;font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#595959">{esc(k)}</td>'
        f'<td style="font-family:Calibri,Arial,sans-serif;font-size:10pt">{linkify(v)}</td></tr>'
        for k, v in rows)
    return (f'<div><br></div>\n<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse">'
            f'<tr><td style="border-right:2px solid {colour};padding:0 12px 0 0;vertical-align:top">'
            f'<img src="cid:schoollogo" alt="Example School" width="72" height="72"></td>'
            f'<td style="padding:0 0 0 12px;vertical-align:top">'
            f'<p style="margin:0;font-family:Calibri,Arial,sans-serif;font-size:11pt;color:{colour}"><b>{esc(name)}</b></p>'
            f'<p style="margin:0 0 4px 0;font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#595959">{esc(role)}</p>'
            f'<table cellpadding="0" cellspacing="0" border="0">{r}</table></td></tr></table>\n')


# ======================================================================================
# FLAG cases: staff giving a parent/pupil their own personal contact details or channels
# ======================================================================================

# F1 ---------------------------------------------------------------------------------
PG = staff("Paul Greaves", "p.greaves")
t = """Hi Jane,

Thanks for letting me know, and no problem at all. I've added the brown preventer to the medical bag list and Mrs Pybus (our first aider on the trip) has a copy of the updated care plan, so there's no need for a new form.

We set off from the front car park at 7.45 on Monday, so if you could hand both inhalers to me directly rather than packing them in the suitcase that would be ideal. If anything changes over the weekend just give me a ring on my mobile, 07700 900318, as the office is shut until Monday morning and I don't want it sitting in a voicemail.

Kind regards,
Paul

Paul Greaves
Trips & Visits Coordinator | Geography
Example School, Park Row, Leeds LS1 4AP
01632 960000

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 10 January 2025 19:02
To: Paul Greaves <p.greaves@example-school.org.uk>
Subject: Whitby residential \u2013 Example Pupil One's inhaler

Hi Mr Greaves,
Just to say the GP has changed her inhaler - she now has a brown preventer as well as the blue one. Do you need a new medical form?
Thanks, Jane
"""
add("flag", "trip_inhaler_mobile_midparagraph",
    "teacher's own mobile given in passing mid-paragraph of an Outlook reply",
    frm=PG, to=[JANE], subject="RE: Whitby residential \u2013 Example Pupil One's inhaler",
    date="2025-01-10 20:16:41", body=alt("outlook", "f1", t), in_reply_to="<CAJp7xQ2Wm8f1@mail.gmail.com>")

# F2 ---------------------------------------------------------------------------------
RD = staff("Rob Dawes", "r.dawes")
t = """Hi Sam,

He's been picked for Saturday's U13 game away at Moorside. Kick off 10am, meet at the school gates 9.15, back for about 12.30. Full kit plus shin pads please, and a water bottle - no energy drinks.

If he can't make it let me know by Thursday so I can sort a sub.

Cheers
Rob

--
Rob Dawes
PE Department / U13 Football
Mob: 07700 900542 (my own phone - evenings & weekends best)
Example School
"""
add("flag", "u13_fixture_signature_mobile",
    "personal mobile in a plain-text signature block after '--'",
    frm=RD, to=[SAM], subject="Saturday fixture v Moorside", date="2025-02-04 16:48:09",
    style="gmail", body=alt("gmail", "f2", t))

# F3 ---------------------------------------------------------------------------------
LF = staff("Lucy Ferreira", "l.ferreira")
f3 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
      '<style>p{margin:0 0 10px 0;font-family:Calibri,Arial,sans-serif;font-size:11pt}</style></head>\n<body>\n'
      '<p>Dear Mr Guardian,</p>\n'
      '<p>I wanted to update you on Example Pupil Three&#8217;s GCSE Art portfolio before the Easter break. His final piece '
      'is looking strong, but the sustained project is still missing the artist research pages (Hundertwasser and one '
      'contemporary artist of his choice) and at least two pages of developed ideas.</p>\n'
      '<p>The internal deadline for the portfolio is <b>Friday 25 April</b>. The art rooms are open Tuesday and Thursday '
      'until 4.30 if he wants to work in school.</p>\n'
      '<p>Over the holidays I&#8217;m very happy to look at photos of his sketchbook pages and give feedback &#8212; '
      'just send them to whichever of the contacts below is easiest for you.</p>\n'
      '<p>Best wishes,</p>\n'
      '<table cellpadding="0" cellspacing="0" border="0" style="font-family:Calibri,Arial,sans-serif;font-size:10pt">\n'
      '<tr><td colspan="2" style="font-size:12pt;color:#7a1f5c"><b>Lucy Ferreira</b></td></tr>\n'
      '<tr><td colspan="2" style="color:#595959;padding-bottom:4px">Head of Art &amp; Photography</td></tr>\n'
      '<tr><td style="padding-right:10px;color:#7a1f5c">School</td><td>l.ferreira@example-school.org.uk &middot; 01632 960000</td></tr>\n'
      '<tr><td style="padding-right:10px;color:#7a1f5c">Mobile</td><td>07700 900267</td></tr>\n'
      '<tr><td style="padding-right:10px;color:#7a1f5c">Home</td><td><a href="mailto:lucyferreira.art@gmail.com">lucyferreira.art@gmail.com</a></td></tr>\n'
      '</table>\n</body></html>\n')
add("flag", "art_portfolio_html_sig_table",
    "HTML-only; personal mobile and home gmail in a signature table",
    frm=LF, to=[ALI], subject="GCSE Art portfolio \u2013 Example Pupil Three", date="2025-03-28 15:22:50",
    body=Leaf("text/html", f3, cte="quoted-printable"))

# F4 ---------------------------------------------------------------------------------
HC = staff("Hannah Carver", "h.carver")
t = ("Hi Maryam,\n\n"
     "Good session today - your paragraph on Lady Macbeth's soliloquy was much \n"
     "sharper once you brought in the \"unsex me here\" quotation.\n\n"
     "For Thursday, please finish the plan for the Act 1 Scene 7 question and \n"
     "bring it to H12.\n\n"
     "If you get stuck over half term you can text me on 07700 \n"
     "900 481 and I'll try to reply the same day, but please don't share the \n"
     "number round the group.\n\n"
     "Miss Carver\n")
add("flag", "macbeth_text_me_wrapped",
    "'text me' to a pupil; mobile wrapped across a format=flowed line break",
    frm=HC, to=[MARYAM], subject="Macbeth revision", date="2025-02-11 15:54:02",
    style="thunderbird", body=plain(t, flowed=True))

# F5 ---------------------------------------------------------------------------------
KM = staff("Kelly Marsden", "k.marsden")
t = """Hi Sam,

He had a much calmer afternoon after the wobble at lunch. We used the sensory room for 15 mins then he did his maths on the beanbag, which seemed to help. He's asked to bring his Lego minifigure in tomorrow to show Mr Ridley, which is fine by us.

Best to get me on 07700-900-674 (my own phone) rather than the unit line - nobody answers that after 3 because we're all out doing the taxis.

Kelly

Kelly Marsden
Teaching Assistant, Beck Unit (SEMH & Autism Provision)
"""
add("flag", "beck_unit_ta_hyphenated_mobile",
    "SEMH unit TA gives own phone with hyphens",
    frm=KM, to=[SAM], subject="Today in the Beck Unit", date="2025-01-21 15:41:17",
    body=plain(t))

# F6 ---------------------------------------------------------------------------------
OB = staff("Ollie Brennan", "o.brennan")
t = """Dear Jane,

Thanks for getting the Bronze enrolment form back so quickly - she's now on eDofE and can start logging her volunteering.

A few parents asked at the launch evening whether there was a quicker way to get updates on the walking weekends (kit lists, pick-up times if we're running late etc). I've set up a WhatsApp group for Bronze parents - if you drop me a message on +44 7700 900932 I'll add you in. It's completely optional; anything important will still come by email.

Practice walk is Saturday 15 March, meeting 8.30 at the main gate.

Best wishes,
Ollie Brennan
Enrichment & DofE Coordinator
"""
add("flag", "dofe_whatsapp_group_intl_number",
    "WhatsApp group invitation with own number in +44 format",
    frm=OB, to=[JANE], subject="Bronze DofE \u2013 enrolment received", date="2025-02-20 18:05:33",
    style="gmail", body=alt("gmail", "f6", t))

# F7 ---------------------------------------------------------------------------------
LC = staff("Leanne Cope", "l.cope")
t = """Hiya Riley,

Proud of you today, you stayed in maths for the whole lesson and didn't walk out once. That's 3 days in a row now!!

Tomorrow we've got the college taster at 10 so make sure you're in by 9.30 and wear something warm, we're walking there.

If you're ever kicking off at home and need to talk, my number is oh seven seven oh oh, nine oh oh, two one five. Save it as Leanne. Don't put it on your story lol.

Leanne
Key Worker, Moorside Learning Centre (PRU)
"""
add("flag", "pru_keyworker_number_in_words",
    "PRU key worker to pupil, own mobile written out in words",
    frm=LC, to=[RILEY], subject="today :)", date="2025-03-04 16:12:40",
    style="apple", extra=["X-Mailer: iPad Mail (22B91)"], body=alt("apple", "f7", t))

# F8 ---------------------------------------------------------------------------------
SLY = staff("Stephen Laycock", "s.laycock")
t = """Dear Mr Guardian,

Thank you for your enquiry about hiring the sports hall for the Saturday junior cricket sessions. The hall is available from 9am to 12 noon on Saturdays from 26 April, at our community letting rate of \u00a332 per hour including caretaker cover.

I attach our lettings agreement and the hirer's checklist. We would need a copy of the club's public liability insurance and the name of the club's safeguarding officer before the first session.

Kind regards

Stephen Laycock
School Business Manager
Example School | Park Row | Leeds LS1 4AP | 01632 960000
"""
add("flag", "lettings_reply_to_personal_mailbox",
    "Reply-To header set to the business manager's personal sky.com mailbox (header only)",
    frm=SLY, to=[ALI], reply_to=("Stephen Laycock", "steve.laycock@sky.com"),
    subject="Sports hall hire \u2013 Saturday mornings", date="2025-03-17 12:40:05",
    body=mixed("outlook", "f8", alt("outlook", "f8", t),
               pdf("Lettings agreement 2025.pdf", ["EXAMPLE ACADEMY TRUST - LETTINGS AGREEMENT 2025",
                                                   "Premises: Example School, Park Row, Leeds LS1 4AP",
                                                   "Community rate: 32.00 GBP per hour (sports hall)",
                                                   "Hirer must provide public liability insurance (min 5m GBP)."])))

# F9 ---------------------------------------------------------------------------------
ST = staff("Simon Tiller", "s.tiller")
t = """Hello Sam,

As promised at parents' evening, here's the catch-up list for the electricity topic he missed while he was off:

 - Seneca assignment "Circuits 1" (due 14 Feb)
 - Required practical write-up: resistance of a wire - the results table is on Teams
 - Past paper questions 3, 5 and 7 from the pack I sent home

I've copied in my home email as I can't always get on to the school system in the evenings - if he gets stuck, either address will reach me.

Best wishes,
Simon Tiller
Teacher of Science
"""
add("flag", "science_catchup_cc_home_email",
    "teacher Cc's his own hotmail address and says so",
    frm=ST, to=[SAM], cc=[("Simon Tiller", "simon.tiller@hotmail.co.uk")],
    subject="Science catch-up work", date="2025-02-06 17:30:12", body=alt("outlook", "f9", t))

# F10 --------------------------------------------------------------------------------
KA = staff("Kwame Asante", "k.asante")
t = """Hi Jane,

Her violin is coming on really well - the Gavotte was almost there on Tuesday. For the performance grade we need a video of the full programme, filmed in one take, no edits.

The school email bounces anything over about 20MB, so the easiest thing is to send the video file to kwame dot asante dot music at gmail dot com, or share it from Google Drive to that address. I'll watch it and let you know if we need a re-take before I submit.

Deadline for me to submit is 28 March.

Thanks,
Kwame Asante
Instrumental Teacher (Strings)
"""
add("flag", "violin_video_obfuscated_gmail",
    "personal gmail written as 'dot ... at gmail dot com'",
    frm=KA, to=[JANE], subject="Grade 3 performance video", date="2025-03-06 12:18:44",
    style="gmail", body=alt("gmail", "f10", t))

# F11 --------------------------------------------------------------------------------
GL = staff("Gemma Lund", "g.lund")
t = """Hi Sam,

Sorry I wasn't in today - I've got that bug that's going round. Mrs Akhtar is covering Willow class till Wednesday.

Don't worry about the reading record, I know it got left in his bag. If it's easier than coming into school you can drop it through my letterbox, I'm only round the corner at 23 Thornbury Rise, Horsforth LS18 9ZX (blue door). I'll sign it off and bring it back in.

Gemma

Sent from my iPhone
"""
add("flag", "reading_record_drop_at_home_address",
    "teacher gives her home address for dropping off a reading record",
    frm=GL, to=[SAM], subject="Reading record", date="2025-01-27 19:44:03",
    style="apple", body=plain(t))

# F12 --------------------------------------------------------------------------------
DF = staff("Dean Fairclough", "d.fairclough")
t = """Dear Mr Guardian,

Thank you for coming in on Friday. I know it wasn't an easy conversation and I appreciate you being so open about what's been happening at home since the move.

As agreed, he will have a check-in with me every morning at 8.40 in the Hub for the next three weeks, and Mrs Hollis will adjust his seating in English and maths.

You mentioned you'd prefer not to ring the switchboard because of who might pick up. If it helps, I'm on Signal - username deanf.72 - and you can message me there any time. I'll always come back to you within the school day.

Kind regards
Dean Fairclough
Pastoral Manager (KS3)
"""
add("flag", "pastoral_signal_username",
    "invitation to message on Signal with a username",
    frm=DF, to=[ALI], subject="Following our meeting on Friday", date="2025-02-10 08:02:55",
    body=plain(t))

# F13 --------------------------------------------------------------------------------
CB = staff("Connor Blythe", "c.blythe")
t = """hey Jayden

good session last night, your first touch is miles better. like i said i filmed the rondo drills so you can practise the body shape at home.

add me on snap - connorb_coach - and ill send them over, easier than teams cos the files are massive.

same time next week, bring proper boots not the astros

Connor
Sports Apprentice, PE Dept
"""
add("flag", "coach_snapchat_handle_to_pupil",
    "sports apprentice asks a pupil to add him on Snapchat",
    frm=CB, to=[JAYDEN], subject="training vids", date="2025-03-13 21:37:19",
    style="gmail", body=alt("gmail", "f13", t))

# F14 --------------------------------------------------------------------------------
EC = staff("Erin Calloway", "e.calloway")
t = """Hi Orla,

Lovely to see you at the audition workshop. You'd be great for Tallulah, so I'd really like to see your monologue before the recall.

Film yourself doing the speech (phone is fine, landscape please!) and DM it to me on Instagram - my account is @erin.calloway.stage. It's private, so just send a follow request first and I'll accept.

Recalls are Wednesday 2 April, 3.15 in the drama studio.

Ms Calloway
Drama
"""
add("flag", "drama_instagram_dm",
    "drama teacher asks a pupil to follow and DM her personal Instagram",
    frm=EC, to=[ORLA], subject="Audition \u2013 Bugsy Malone", date="2025-03-24 16:30:00",
    body=alt("outlook", "f14", t))

# F15 --------------------------------------------------------------------------------
BS = staff("Ben Sutcliffe", "b.sutcliffe")
t = """Hi all,

Great work on the Raspberry Pi weather station this term - the dashboard Kiran built is now running on the screen outside C3.

Loads of you asked about keeping going over the holidays, so I've set up a Discord server for us. Add me as a friend (I'm bsutty_dev) and I'll send you the invite link. I'll post a puzzle every Monday and we can compare solutions.

Have a great summer,
Mr Sutcliffe
Computing
"""
add("flag", "coding_club_discord_summer",
    "teacher invites several pupils to add his Discord account",
    frm=BS, to=[ZAIN, LINH, KIRAN], subject="Coding club over the summer", date="2025-07-18 13:05:27",
    style="gmail", body=alt("gmail", "f15", t))

# F16 --------------------------------------------------------------------------------
PR = staff("Priya Raman", "p.raman")
t = """Hi Lola,

Really good meeting today. As discussed, the two apprenticeships worth going for are the Level 3 Business Administrator at Northgate Housing and the Accounts Assistant role at Calder & Brook - closing dates 16 and 23 May.

You'll mostly hear back from them over the summer, when I'm not in school, so I've attached my contact card. Message or email me on there and I'll help you prep for any interviews.

Priya Raman
Careers Adviser (Level 6 CEIAG)
"""
vc = """BEGIN:VCARD
VERSION:3.0
N:Raman;Priya;;;
FN:Priya Raman
ORG:Example School
TITLE:Careers Adviser
TEL;TYPE=CELL:+447700900735
EMAIL;TYPE=HOME:priya.raman.careers@outlook.com
NOTE:Best on WhatsApp in the holidays
END:VCARD
"""
add("flag", "careers_vcard_personal_mobile",
    "vCard attachment with personal mobile and home outlook.com address",
    frm=PR, to=[LOLA], subject="Your apprenticeship applications", date="2025-05-02 14:47:36",
    body=mixed("outlook", "f16", alt("outlook", "f16", t), vcard(vc, "Priya Raman.vcf")))

# F17 --------------------------------------------------------------------------------
ME = staff("Martin Ekwueme", "m.ekwueme")
t = """Hi Zain,

As you'll be away on the morning of results day, I've booked you a slot to collect your envelope in the afternoon and talk through options with Mrs Raman. Details are in the invite.

Bring photo ID, or if someone else is collecting for you they need a signed letter from you.

Mr Ekwueme
Exams Officer
"""
cal = ics("040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5F601000000000000000010000000AA17",
          "GCSE results collection - Zain Ahmed", "20250821T133000", "20250821T140000",
          "Exams Office (A02), Example School",
          "Collect GCSE results envelope from the Exams Office (room A02), then post-results chat with Mrs Raman.\n"
          "If you can't make it, ring my own mobile 07700 900 846 - I'll be in and out all day.",
          ME, [ZAIN])
add("flag", "results_day_ics_own_mobile",
    "calendar invite to a pupil; DESCRIPTION gives the officer's own mobile",
    frm=ME, to=[ZAIN], subject="Results day \u2013 afternoon collection", date="2025-07-10 10:14:58",
    body=mixed("outlook", "f17", alt("outlook", "f17", t), ics_leaf(cal)))

# F18 --------------------------------------------------------------------------------
AW = staff("Aaron Whitfield", "a.whitfield")
t = """Dear Sam,

Welcome to Moorside. He's settled into my group well this first week - he's quiet in the mornings but he's getting on with the others and did really well in the cooking session on Thursday.

For the parents in my group I send a quick note at the end of each day on Telegram - what went well, anything to follow up. It's much quicker than the paper diary. If you're happy with that, search for me on there: @aaron_w_teach.

Any problems in the meantime, ring the centre office.

Aaron Whitfield
Teacher, Moorside Learning Centre
"""
add("flag", "pru_daily_update_telegram",
    "PRU teacher invites a carer to a Telegram handle for daily updates",
    frm=AW, to=[SAM], subject="First week at Moorside", date="2025-02-28 15:58:21",
    body=alt("outlook", "f18", t))

# F19 --------------------------------------------------------------------------------
NB = staff("Nicola Brabbin", "n.brabbin")
t = """Hi Jane,

Just a quick one - she came home in someone else's wellies on Thursday (they have HARRY written inside!) so if you could pop them back in her bag we'll swap them over.

Also, thank you so much for offering to help with the Forest School sessions after Easter. It's mostly Friday afternoons. Just message me on Facebook if it's easier to sort out dates - I'm Nicola Brabbin-Hartley (the profile picture is a springer spaniel in a pond!).

Thanks
Mrs Brabbin
Reception Teacher
"""
add("flag", "forest_school_facebook_messenger",
    "teacher invites parent to message her personal Facebook profile (name, no number)",
    frm=NB, to=[JANE], subject="Wellies + Forest School", date="2025-03-22 09:41:07",
    body=alt("outlook", "f19", t))

# F20 --------------------------------------------------------------------------------
MP = staff("Maureen Pickles", "m.pickles")
t = """Hi Linh,

Your lemon drizzle was the best one we've had all term - the kitchen team finished it off at break!

I'm putting together a little recipe video series for the club. If you want to be in one, follow me on TikTok @pickles.bakes and send me a message, then we can film after school on a Tuesday.

Mrs Pickles
Catering Manager
"""
add("flag", "bake_club_tiktok_handle",
    "catering manager asks a pupil to follow and message her TikTok",
    frm=MP, to=[LINH], subject="Bake Off club!!", date="2025-05-20 14:26:50",
    style="gmail", body=alt("gmail", "f20", t))

# F21 --------------------------------------------------------------------------------
GH = staff("Gary Holdsworth", "g.holdsworth")
t = """Morning Mr Guardian,

I'm on site Saturday from 8 till about 11 for the boiler engineer so you can collect his bike then. The main gate will be locked, come round to the Carlton Street side gate and I'll let you in.

Gary
Site Manager

Sent from my iPhone
"""
add("flag", "bike_collection_number_in_subject",
    "site manager's own mobile only in an RFC 2047-encoded subject ('text me')",
    frm=GH, to=[ALI], subject="Text me when you\u2019re outside \u2013 07700 900 377",
    date="2025-05-09 07:52:30", style="apple", body=plain(t))

# F22 --------------------------------------------------------------------------------
FG = staff("Fiona Gallacher", "f.gallacher")
t = """Dear Sam,

I've now had a chance to read the draft EHC plan properly. Section F is much better than the first version, but the 1:1 support for unstructured times still isn't quantified and I think we should challenge that before the 15-day deadline.

I'm in meetings all day tomorrow and I know you work days, so ring me at home this evening if you like - (0113) 4960582 - any time before 9. Otherwise I'm free on Thursday from 1.

Best wishes,
Fiona

Fiona Gallacher
SENCo
"""
add("flag", "ehcp_draft_home_landline",
    "SENCo gives home landline in bracketed/unspaced format",
    frm=FG, to=[SAM], subject="Draft EHC plan \u2013 section F", date="2025-03-11 16:20:44",
    body=alt("outlook", "f22", t))

# F23 --------------------------------------------------------------------------------
JR = staff("Jamie Rowntree", "j.rowntree")
t = """Danny,

Teams is still refusing to let you upload the coursework draft (it's the file size - all those scanned sources). Just email it to my own address, jrowntree.history@outlook.com, and I'll mark it from there this weekend.

Your section on the 1984 miners' strike is really strong, by the way. Make sure the conclusion actually answers "how far" rather than listing factors.

Mr Rowntree
"""
add("flag", "history_coursework_own_outlook",
    "teacher asks a pupil to email coursework to his personal outlook.com",
    frm=JR, to=[DANNY], subject="RE: cant upload coursework", date="2025-03-14 17:02:11",
    body=plain(t), in_reply_to="<AM0PR02MB5512D7C1E3F04@AM0PR02MB5512.eurprd02.prod.outlook.com>")

# F24 --------------------------------------------------------------------------------
SR = staff("Shabana Rauf", "s.rauf")
t = """Dear Mr Guardian,

Thank you for letting us know he was in hospital last week. I hope he's feeling better.

To authorise the absence I need to see some evidence - the discharge letter or an appointment card is fine. If it's easier than bringing it in, just WhatsApp me a photo of it on 07700 900429 and I'll update the register.

Kind regards,
Mrs S Rauf
Attendance Officer
Example School | 01632 960000 (option 1 for absence)
"""
add("flag", "attendance_whatsapp_photo_base64",
    "base64 text/plain body; WhatsApp me a photo on own mobile",
    frm=SR, to=[ALI], subject="Absence 3\u20137 March \u2013 Example Pupil Three", date="2025-03-12 11:33:48",
    body=plain(t, cte="base64"))

# F25 --------------------------------------------------------------------------------
TR = staff("Tom Ridley", "t.ridley")
f25_text = """Dear Jane,

Example Pupil One had a really settled week in the Beck Unit. She has started using the visual timetable on her own and chose to join the mainstream art lesson on Wednesday with Mrs Ferreira, which is a big step.

We'd like to try a second mainstream lesson (science, period 3 on Tuesdays) after half term. If you want to talk it through, ring my mobile on 07700 900603 in the evening - I'd rather you had a direct line to me than waiting for a call back through reception.

Best wishes,
Tom Ridley
Lead Teacher, Beck Unit
Example School
"""


def qp_soft(text: str, width: int = 76) -> str:
    """Quoted-printable for ASCII text with greedy soft line breaks (line incl. '=' <= width)."""
    out = []
    for line in text.split("\n"):
        line = line.replace("=", "=3D")
        while len(line) > width:
            cut = width - 1
            if "=" in line[cut - 2:cut]:
                cut = line.rfind("=", 0, cut)
            out.append(line[:cut] + "=")
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


f25_qp = qp_soft(f25_text)
assert "07700 900603" not in f25_qp and "07700 900603" in f25_qp.replace("=\n", ""), f25_qp
add("flag", "beck_unit_mobile_split_by_qp",
    "quoted-printable soft line break falls inside the teacher's mobile number",
    frm=TR, to=[JANE], subject="A good week", date="2025-02-07 15:48:26",
    body=Leaf("text/plain", "", cte="quoted-printable", raw_body=f25_qp))

# F26 --------------------------------------------------------------------------------
CH = staff("Claire Hollis", "c.hollis")
f26 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
       '<body style="font-family:Arial,sans-serif;font-size:10.5pt">\n'
       '<p>Dear Sam,</p>\n'
       '<p>It was good to chat at options evening. I&#8217;ve spoken to Mr Tiller and there is still space in the '
       'BTEC Engineering group, so he doesn&#8217;t need to decide between that and Design &amp; Technology until the '
       'form closes on <b>Friday 14 March</b>.</p>\n'
       '<p>If you want to talk it through before then, my mobile is '
       '<span style="color:#1f4e79">07700</span>&nbsp;<span style="color:#1f4e79">900</span>&nbsp;<span style="color:#1f4e79">158</span> '
       '&#8212; evenings are best as I teach all day.</p>\n'
       '<p>Kind regards,</p>\n'
       + school_sig_table("Claire Hollis", "Head of Year 9", [("Tel", "01632 960000"), ("Email", "c.hollis@example-school.org.uk"),
                                                               ("Web", "https://www.example-school.org.uk")])
       + '</body></html>\n')
add("flag", "options_html_spans_mobile",
    "HTML-only; own mobile split across <span>s joined by &nbsp;",
    frm=CH, to=[SAM], subject="Year 9 options \u2013 follow-up", date="2025-03-05 21:10:39",
    body=Leaf("text/html", f26, cte="quoted-printable"))

# F27 --------------------------------------------------------------------------------
AK = staff("Anita Kowalczyk", "a.kowalczyk")
t = """Hi Mr Guardian,

Forwarding the list of links I promised - I put it together on my home laptop so it's coming from my own Gmail originally. That's anitak.maths@gmail.com if he wants to send me any questions over Easter; I check it more than the school one in the holidays.

Anita Kowalczyk
Maths

---------- Forwarded message ---------
From: Anita K <anitak.maths@gmail.com>
Date: Sun, 6 Apr 2025 at 21:14
Subject: maths links for the holidays
To: Anita Kowalczyk <a.kowalczyk@example-school.org.uk>


Year 10 Easter revision
- Corbettmaths 5-a-day (Higher) - one a day is plenty
- Sparx: the XP target is still 150 over the holiday
- Dr Frost: "Year 10 Easter" task, code 4417
- Past paper: June 2023 Paper 2 Higher, do it timed (1h30)
"""
add("flag", "maths_links_fwd_from_own_gmail",
    "Gmail-style forward from the teacher's own gmail, offered for questions",
    frm=AK, to=[ALI], subject="Fwd: maths links for the holidays", date="2025-04-07 08:26:13",
    style="gmail", body=alt("gmail", "f27", t))

# F28 --------------------------------------------------------------------------------
SO = staff("Sarah Okafor", "s.okafor")
t = """Dear parents,

Please find attached the contact sheet for the netball tour to Sheffield this weekend. Can you check your own details on it are right and let me know by Thursday if anything needs changing.

Coach leaves 7.30am Saturday from the Park Row entrance.

Many thanks
Mrs Okafor
PE & Netball
"""
sheet = """NETBALL TOUR - SHEFFIELD 24-25 MAY 2025 - CONTACT SHEET

Venue:   Don Valley Example Sports Arena, 40 Attercliffe Walk, Sheffield S9 3ZZ   tel 0114 496 0520
Hotel:   Riverside Lodge Example, 2 Wharf Street, Sheffield S3 8ZX              tel 0114 496 0671
Coach:   Ridings Travel Ltd                                                     tel 0113 496 0919

STAFF
  Sarah Okafor (trip lead, me)   07700 900 851  - personal mobile, on all weekend
  Rob Dawes                       via school office 01632 960000

PARENTS / CARERS
  Jane Parent (Example Pupil One)    07700 900123
  Sam Carer (Example Pupil Two)      07700 900456
"""
add("flag", "netball_tour_txt_contact_sheet",
    "own personal mobile only inside a .txt attachment (body says nothing)",
    frm=SO, to=[JANE, SAM], subject="Netball tour \u2013 contact sheet", date="2025-05-19 12:02:45",
    body=mixed("outlook", "f28", alt("outlook", "f28", t), textfile("Netball tour contacts.txt", sheet)))

# F29 --------------------------------------------------------------------------------
TH = staff("Tariq Hussain", "t.hussain")
t = """Hannah,

Thanks - yes, happy for him to come in for your Lit revision sessions on Tuesday and Thursday mornings during study leave, and to work in the library in between.

Mr Guardian (copied in) - as we discussed on the phone, if anything crops up during study leave and you can't get through to the office, my mobile is +447700900964. Otherwise the exams office will be in touch about the timetable.

Tariq

Tariq Hussain
Head of Year 11

________________________________
From: Hannah Carver <h.carver@example-school.org.uk>
Sent: 12 May 2025 08:17
To: Tariq Hussain <t.hussain@example-school.org.uk>
Subject: Example Pupil Three - study leave arrangements

Morning Tariq,
Dad has asked whether he can still come in for my Lit sessions during study leave. I'm fine with it if you are.
H
"""
add("flag", "study_leave_parent_cc_compact_mobile",
    "parent only in Cc; head of year gives own mobile as +447700900964",
    frm=TH, to=[HC], cc=[ALI], subject="RE: Example Pupil Three - study leave arrangements",
    date="2025-05-12 09:03:57", body=alt("outlook", "f29", t),
    in_reply_to="<DB8PR06MB6219A0C4B1F2D@DB8PR06MB6219.eurprd06.prod.outlook.com>")

# F30 --------------------------------------------------------------------------------
RB = staff("Rachel Burrows", "r.burrows")
t = """Hi Jane, yes absolutely fine to send the ear defenders in her bag. Ring me on the number below any time after 4 if you want to talk about the new taxi escort.

Rachel

Sent from my iPad

On 13 May 2025, at 18:22, Jane Parent <jane.parent@gmail.com> wrote:

> Thanks Rachel, would it be OK to send her ear defenders too? The new escort is very chatty and I think it's a lot for her.
> Jane
>
>> On 12 May 2025, at 16:05, Rachel Burrows <r.burrows@example-school.org.uk> wrote:
>>
>> Hi Jane, the fidget cube really helped on the bus today. If you need me about the journey you can ring my mobile on 07700 900570 after 4pm.
>> Rachel
"""
add("flag", "ipad_reply_points_to_quoted_mobile",
    "[unsure] own mobile appears only in the teacher's earlier message quoted below; new text says 'ring me on the number below'",
    frm=RB, to=[JANE], subject="Re: Sensory toys for the bus", date="2025-05-13 19:05:02",
    style="apple", extra=["X-Mailer: iPad Mail (22B91)"], body=plain(t),
    in_reply_to="<CAJpX7tWr3Qm0b@mail.gmail.com>")


# ======================================================================================
# CLEAN cases
# ======================================================================================

# C1 ---------------------------------------------------------------------------------
DQ = staff("Deborah Quayle", "d.quayle")
t = """Dear Mrs Parent,

Please find attached invoice INV-25-00418 for the balance of Example Pupil One's place on the Year 8 Whitby residential (12\u201314 March 2025).

Amount due: \u00a3186.00
Due date: 14 February 2025

You can pay online through ParentPay (the trip is listed under 'Trips & Visits'), or by bank transfer to:

Account name: Example Academy Trust
Sort code: 30-94-57
Account number: 21558709
Reference: TRP25-00418 (please quote this so we can match the payment)

If you would like to spread the cost, we can set up three monthly instalments \u2013 just reply to this email. Families eligible for pupil premium can have up to half of the cost covered; please ask in confidence.

Kind regards

Deborah Quayle
Finance Officer
Finance Office, Example School
Park Row, Leeds LS1 4AP
Tel 01632 960000 ext 214 | finance@trust.example-school.org.uk
"""
add("clean", "finance_trip_invoice_bank_details",
    "school bank details, sort code, account no., invoice refs, trust subdomain e-mail",
    frm=DQ, to=[JANE], subject="Invoice INV-25-00418 \u2013 Year 8 Whitby residential",
    date="2025-01-15 10:21:09",
    body=mixed("outlook", "c1", alt("outlook", "c1", t),
               pdf("INV-25-00418.pdf", ["EXAMPLE ACADEMY TRUST", "INVOICE INV-25-00418   Date: 15/01/2025",
                                        "Bill to: Mrs J Parent", "Year 8 Whitby residential 12-14 March 2025 - balance   186.00",
                                        "Pay to: Example Academy Trust  Sort code 30-94-57  Account 21558709",
                                        "Reference: TRP25-00418", "Queries: finance@trust.example-school.org.uk  01632 960000 ext 214"])))

# C2 ---------------------------------------------------------------------------------
FIN = staff("Example School Finance Office", "finance")
t = """Dear Sam Carer,

This is a reminder that the school meals account for Example Pupil Two is currently in debit.

  Account reference:   CAT-000451276
  Balance at 07/02/2025:  -\u00a312.40
  Last top-up:         13/01/2025 (\u00a320.00)

Meals cost \u00a32.60 per day. Please top up through ParentPay as soon as possible. If the balance reaches -\u00a315.00 we will contact you by phone to discuss.

If your circumstances have changed, you may be entitled to free school meals. You can check and apply through the council's Free School Meals team on 0113 496 0300 or at https://www.council.example.org/fsm - it only takes a few minutes, and the school also receives extra funding for your child.

This email was sent from an automated system. Please contact the Finance Office on 01632 960000 (option 4) with any queries.

Example School Finance Office
"""
add("clean", "dinner_money_debit_reminder",
    "catering account ref, balances, council FSM number",
    frm=FIN, to=[SAM], subject="School meals account \u2013 balance reminder", date="2025-02-07 06:30:00",
    style="mis", body=plain(t))

# C3 ---------------------------------------------------------------------------------
LB = staff("Louise Brearley", "l.brearley")
t = """Dear Mr Guardian,

Thank you for returning the Direct Debit mandate for his guitar lessons. Your details have been set up as follows:

Service user number (SUN): 427911
Mandate reference: EXS-MUS-0007742
Amount: \u00a342.50 per month, September to June (10 payments)
First collection: on or just after 3 October 2025
Account: ending ...6619

The name on your bank statement will be EXAMPLE ACAD TRUST MUSIC.

If you need to cancel, please tell us in writing with at least 10 working days' notice as well as contacting your bank. You are protected by the Direct Debit Guarantee.

Best wishes,
Louise Brearley
Music Administrator
Example School | 01632 960000 ext 233
"""
add("clean", "music_direct_debit_confirmation",
    "direct debit SUN and mandate references",
    frm=LB, to=[ALI], subject="Direct Debit confirmation \u2013 instrumental lessons", date="2025-09-22 13:48:31",
    style="gmail", body=alt("gmail", "c3", t))

# C4 ---------------------------------------------------------------------------------
t = """Dear Sam,

Following the cancellation of the Year 9 theatre trip to Manchester, we have today refunded \u00a324.50 by BACS to the account you paid from.

  Payment reference:  RFND-2025-0093
  Paid to:            account ending 4417
  Date paid:          17/03/2025
  Expected:           within 3 working days

You mentioned that his grandmother paid the \u00a310.00 deposit from an account in Ireland. We can't refund overseas accounts by BACS, so please ask her to email us her IBAN and BIC and we'll send that separately. For reference, if she ever needs to pay us from abroad, our details are:

  IBAN: GB33 BUKB 2020 1555 5555 55
  BIC:  BUKBGB22

Kind regards,
Deborah Quayle
Finance Officer | ext 214
"""
add("clean", "refund_remittance_iban",
    "BACS refund refs and the school's IBAN/BIC",
    frm=DQ, to=[SAM], subject="Remittance advice \u2013 refund for cancelled theatre trip", date="2025-03-17 14:09:52",
    body=plain(t))

# C5 ---------------------------------------------------------------------------------
EXAMS = staff("Exams Office", "exams")
t = """Dear Kiran,

Your Statement of Entry for the summer 2025 examinations is attached. Please check it carefully - your name must match your passport or birth certificate exactly, because that is how it will appear on your certificates.

Candidate number: 4127
Centre number: 36120
Unique Candidate Identifier (UCI): 361202541270Q

Your first exam is English Language Paper 1 on Friday 16 May at 09:00 in the Sports Hall (seat C17). Please be outside the Sports Hall by 08:40.

If anything on the statement is wrong, come to the Exams Office (A02) by Friday 28 March. Entry changes after that date may incur a late fee.

Exams Office
Example School
exams@example-school.org.uk | 01632 960000 ext 231
"""
add("clean", "exams_statement_of_entry_pupil",
    "candidate/centre numbers, UCI, seat and room numbers to a pupil",
    frm=EXAMS, to=[KIRAN], subject="Your Statement of Entry \u2013 summer 2025", date="2025-03-10 08:15:00",
    body=mixed("outlook", "c5", alt("outlook", "c5", t),
               pdf("Statement of Entry - 4127.pdf", ["STATEMENT OF ENTRY - SUMMER 2025", "Centre 36120  Example School",
                                                     "Candidate 4127  PATEL KIRAN  UCI 361202541270Q",
                                                     "8700/1 English Language P1   16/05/2025 AM  Sports Hall C17",
                                                     "8702/1 English Literature P1 12/05/2025 AM  Sports Hall C17"])))

# C6 ---------------------------------------------------------------------------------
c6 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
      '<body style="margin:0;padding:0;background:#f2f2f2">\n'
      '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2"><tr><td align="center">\n'
      '<table width="600" cellpadding="16" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
      '<tr><td style="background:#1f4e79;color:#ffffff;font-size:18px"><b>Example School &ndash; GCSE Results Day 2025</b></td></tr>\n'
      '<tr><td>\n<p>Dear Mrs Parent,</p>\n'
      '<p>GCSE results will be released on <b>Thursday 21 August 2025</b>. Example Pupil One can collect her results in person '
      'or view them online.</p>\n'
      '<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:14px">\n'
      '<tr><td style="background:#eaf1f8"><b>Candidate number</b></td><td>0583</td></tr>\n'
      '<tr><td style="background:#eaf1f8"><b>Collection in person</b></td><td>Main Hall, 08:00&ndash;10:00</td></tr>\n'
      '<tr><td style="background:#eaf1f8"><b>Online results portal</b></td><td><a href="https://results.example-school.org.uk">results.example-school.org.uk</a> from 08:00</td></tr>\n'
      '<tr><td style="background:#eaf1f8"><b>Access code</b></td><td style="font-family:Consolas,monospace">R7KQ-2291-XP4M</td></tr>\n'
      '<tr><td style="background:#eaf1f8"><b>Review of marking deadline</b></td><td>Thursday 25 September 2025</td></tr>\n'
      '</table>\n'
      '<p>If someone else is collecting on her behalf, they must bring a letter signed by Example Pupil One and their own photo ID.</p>\n'
      '<p>Results cannot be given out over the phone or by email. For post-results services (reviews of marking, copies of scripts) '
      'please contact the Exams Office on <b>01632 960000 ext 231</b> or <a href="mailto:exams@example-school.org.uk">exams@example-school.org.uk</a>.</p>\n'
      '<p>Good luck to all our Year 11s!</p>\n<p>Martin Ekwueme<br>Exams Officer</p>\n</td></tr>\n'
      '<tr><td style="background:#eeeeee;font-size:11px;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; '
      '<a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>\n'
      '</table></td></tr></table>\n</body></html>\n')
add("clean", "results_day_access_code_html",
    "HTML-only; results access code, candidate number, exams office extension",
    frm=ME, to=[JANE], subject="GCSE Results Day \u2013 how to get your results", date="2025-07-14 12:00:00",
    body=Leaf("text/html", c6, cte="base64"))

# C7 ---------------------------------------------------------------------------------
YB = staff("Yvonne Brough", "y.brough")
t = """Dear Example Pupil Three,

I'm pleased to confirm that your access arrangements for the summer exams have been approved (approval ID AA-36120-2025-0417):

- 25% extra time
- a reader (a computer reader for English Language Papers 1 and 2)
- supervised rest breaks

You will sit your exams in G05 (the small exam room by the library) rather than the Sports Hall. Your candidate number stays the same (4133).

We'll do a practice run with the computer reader in mocks week - Tuesday 4 March, period 2.

I've copied your dad in so he knows too. Any questions, come and see me in Learning Support or email y.brough@example-school.org.uk.

Mrs Brough
Access Arrangements Coordinator
"""
add("clean", "access_arrangements_pupil_cc_parent",
    "approval IDs, room/candidate numbers, staff school e-mail",
    frm=YB, to=[P3], cc=[ALI], subject="Your exam access arrangements", date="2025-02-17 11:40:23",
    body=alt("outlook", "c7", t))

# C8 ---------------------------------------------------------------------------------
t = """Dear Mrs Parent,

Thank you for your patience with this. I've now had the tree survey back and the three sycamores on the boundary with your garden are being crown-lifted and cut back from the fence line.

The work is booked with Greenline Arboriculture Ltd for Tuesday 25 and Wednesday 26 February, 8am-4pm. Their site supervisor is Dale Ibbotson, mobile 07700 900902 - he's asked if he can knock on the day to check where you'd like the brash cleared from your side. Their office number is 0113 496 0871 (quote job ref GA/24/1187).

Access will be through our gate on Carlton Street, so there should be no vehicles on your road.

If anything goes wrong on the day please ring the school on 01632 960000 and ask for the site team.

Regards,
Gary Holdsworth
Site Manager

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 03 February 2025 18:26
To: Office <office@example-school.org.uk>
Subject: Overhanging trees - playing field boundary

Hello, our garden backs onto the school playing field and the trees on your side are now right over our shed roof. Could someone look at them before the spring please? Thanks, Jane Parent
"""
add("clean", "site_tree_contractor_mobile",
    "contractor supervisor's mobile and contractor office number (third party)",
    frm=GH, to=[JANE], subject="RE: Overhanging trees - playing field boundary", date="2025-02-18 10:05:37",
    body=alt("outlook", "c8", t), in_reply_to="<CAJp7xQ9fT2a0v@mail.gmail.com>")

# C9 ---------------------------------------------------------------------------------
MD = staff("Mick Dyson", "m.dyson")
t = """Hi Sam,

Just to let you know we found his coat (navy, name in the collar) on the field after PE. It's hanging up in the site office.

He can pick it up any morning from 7.30, or I'll drop it at reception so you can grab it at home time.

Mick
Site Team
"""
add("clean", "lost_coat_site_office",
    "ordinary short site-team note",
    frm=MD, to=[SAM], subject="Lost coat", date="2025-11-12 13:14:15", body=plain(t))

# C10 --------------------------------------------------------------------------------
KW = staff("Karen Whiteley", "k.whiteley")
t = """Dear Mrs Parent,

I am writing further to my letter of 3 February regarding Example Pupil One's attendance, which is currently 84.6% for this academic year. Of the 27 sessions missed, 12 have been recorded as unauthorised term-time leave (code G) between 13 and 19 January.

Under the local authority's Code of Conduct, the school has referred this absence to the Education Welfare Service at Example City Council, who may issue a penalty notice. Their reference for this case is PN/2025/009174. The Education Welfare Service will write to you directly; if you wish to discuss the referral with them, they can be contacted on 0113 496 0400 (Monday to Friday, 9am-5pm) or by email at ews@council.example.org, quoting the reference above.

If a penalty notice is issued, the amount is \u00a380 if paid within 21 days, rising to \u00a3160 if paid within 28 days.

We would still very much like to meet with you to agree a plan to improve attendance. Please contact the attendance team on 01632 960000 (option 1) to arrange a time.

Yours sincerely,

Karen Whiteley
Attendance & Welfare Officer
"""
add("clean", "attendance_ews_penalty_reference",
    "council education welfare service phone/e-mail, penalty notice reference, percentages",
    frm=KW, to=[JANE], subject="Attendance \u2013 referral to the Education Welfare Service", date="2025-02-24 09:30:12",
    body=mixed("outlook", "c10", alt("outlook", "c10", t),
               pdf("Attendance letter stage 3.pdf", ["EXAMPLE SCHOOL - ATTENDANCE: STAGE 3 LETTER",
                                                     "Pupil: Example Pupil One   Attendance: 84.6%",
                                                     "EWS reference: PN/2025/009174",
                                                     "Education Welfare Service, Example City Council - 0113 496 0400"])))

# C11 --------------------------------------------------------------------------------
ATT = staff("Attendance Team", "attendance")
t = """Dear Sam Carer,

Example Pupil Two has been marked absent from registration this morning (Tuesday 11 March) and we have not received a reason.

We tried to call you at 09:20 on 07700 900456 and left a voicemail. If this number is no longer correct, please let us know so we can update our records.

Please contact the attendance line on 01632 960000 (option 1) or reply to this email by 12 noon. If we are unable to reach you or any of your emergency contacts, we may need to carry out a home visit in line with our safeguarding procedures.

Attendance Team
Example School
"""
add("clean", "first_day_absence_parents_own_number",
    "the carer's own mobile quoted back to them",
    frm=ATT, to=[SAM], subject="Example Pupil Two \u2013 absent today, no reason received", date="2025-03-11 09:41:02",
    style="mis", body=plain(t))

# C12 --------------------------------------------------------------------------------
t = """Dear Mr Guardian,

Thank you for signing the consent form. I've now sent the referral to the Educational Psychology Service and they've offered an assessment on Wednesday 2 April, in school, from 9.30 to 12.00.

The psychologist will be Dr Katherine Ollerenshaw. She would like to speak to you for about 30 minutes either before or after she sees him - would 12.00 in the SEN office suit you?

For reference, the service's details are:

Example City Council Educational Psychology Service
Harewood Chambers, 12 Quarry Hill Walk, Leeds LS2 7QX
Tel: 0113 496 0470
Email: eps.admin@council.example.org
Your case reference: EPS-2025-0381

The EP's report usually comes to school and to you within six weeks. We'll then meet to go through the recommendations together.

Kind regards,
Fiona Gallacher
SENCo
"""
add("clean", "send_ep_service_contact",
    "educational psychology service address, phone and e-mail",
    frm=FG, to=[ALI], subject="Educational psychologist assessment \u2013 Example Pupil Three", date="2025-03-06 14:52:18",
    body=alt("outlook", "c12", t))

# C13 --------------------------------------------------------------------------------
HS = staff("Hayley Stott", "h.stott")
t = """Hi Jane,

Good news - the NHS speech and language therapy team have accepted her referral. They'll send you an appointment letter directly, but in the meantime you can contact them at:

Children's Speech & Language Therapy
Example Community Healthcare NHS Trust
Wortley Beck Health Centre, 20 Ring Road, Leeds LS12 5ZT
Tel: 0113 496 0615 (Mon-Thu)
slt.referrals@community-health.example.org

They've asked for the Home Language Questionnaire to come back within two weeks - I've put a paper copy in her book bag.

I'll keep doing her Language Link groups on Mondays and Wednesdays until the therapist sets new targets.

Hayley Stott
Speech & Language TA
"""
add("clean", "slt_referral_accepted",
    "NHS speech and language therapy address, phone, e-mail",
    frm=HS, to=[JANE], subject="Speech and language referral \u2013 next steps", date="2025-01-29 15:36:40",
    style="gmail", body=alt("gmail", "c13", t))

# C14 --------------------------------------------------------------------------------
BC = staff("Bethany Coles", "b.coles")
t = """Dear Sam,

Thank you for talking to me this afternoon. As agreed, I have submitted the referral to CAMHS through the Single Point of Access today. You can call them yourself to check progress on 0113 496 0650 (weekdays 9-5), quoting reference SPA-7731902.

The current wait for a first appointment is around 14 weeks. While you wait:

- He will keep his Tuesday sessions with our school counsellor.
- Kooth (kooth.com) is free, anonymous online support for young people - he can sign up himself.
- If you are ever worried about his immediate safety out of hours, call the council's young people's crisis line on 0808 157 0222, or 999 in an emergency.

I'll check in with him every Monday morning. Please get in touch through the school office on 01632 960000 or at this address.

Kind regards
Bethany Coles
Senior Mental Health Lead
"""
add("clean", "camhs_spa_referral_made",
    "CAMHS SPA number, crisis line, referral ref",
    frm=BC, to=[SAM], subject="CAMHS referral and support while you wait", date="2025-01-16 16:44:09",
    body=plain(t))

# C15 --------------------------------------------------------------------------------
RA = staff("Ruth Adeyemi", "r.adeyemi")
t = """Dear Mr Guardian,

Thank you for meeting with me today. As I explained, because of what he told us about the incident at the weekend, I have a duty to share this with children's social care, and I made a referral to the Children's Social Work Service "Front Door" this afternoon.

A duty social worker is likely to phone you within the next 48 hours. I gave them your mobile number, 07700 900789, and said you prefer calls after 3.30pm. If you want to speak to them first, the Front Door number is 0113 496 0555 (out of hours: 0113 496 0999). Their reference is FD-250318-0442.

I know this feels worrying. It is not a judgement on you as a parent - the aim is to make sure everyone has the support they need.

Please call me on 01632 960000 (ext 2201) if you have any questions.

Yours sincerely,
Ruth Adeyemi
Designated Safeguarding Lead
"""
add("clean", "dsl_front_door_referral",
    "social care front door numbers; the parent's own mobile confirmed",
    frm=RA, to=[ALI], subject="Following our meeting today", date="2025-03-18 17:12:26",
    body=plain(t))

# C16 --------------------------------------------------------------------------------
CN = staff("Carol Nettleton", "c.nettleton")
MDR = ("Mark Drummond", "mark.drummond@council.example.org")
t = """Dear Jane,

Example Pupil One's EHCP annual review will take place on Thursday 5 June at 1.30pm in the SEN office (room B14). A calendar invitation is attached - please accept or let me know if the time doesn't work.

Attending:
- Fiona Gallacher, SENCo
- Tom Ridley, Beck Unit
- Mark Drummond, SEND case officer, Example City Council (copied in)

Please send any views you'd like included in the paperwork by Friday 23 May - you can use the "parent views" form I sent in the post, or just email them to me.

If you'd like independent support before the meeting, SENDIASS (the SEND information, advice and support service) can help: 0113 496 0745, sendiass@council.example.org. The council's SEND Statutory Assessment & Provision team is on 0113 496 0732.

Kind regards,
Carol Nettleton
SEN Administrator
"""
cal = ics("040000008200E00074C5B7101A82E00800000000C16EHCPREVIEW20250605000000000000000010000000",
          "EHCP annual review - Example Pupil One", "20250605T133000", "20250605T150000",
          "SEN Office (B14), Example School, Park Row, Leeds LS1 4AP",
          "Annual review of EHC plan. Parking: visitor bays at the front of school. School office 01632 960000.",
          CN, [JANE, MDR, FG, ("Tom Ridley", "t.ridley@example-school.org.uk")])
add("clean", "ehcp_annual_review_invite",
    "LA case officer in Cc; SENDIASS and LA SEND numbers; .ics with school location",
    frm=CN, to=[JANE], cc=[MDR, FG], subject="EHCP annual review \u2013 Thursday 5 June", date="2025-05-07 10:02:58",
    body=mixed("outlook", "c16", alt("outlook", "c16", t), ics_leaf(cal, "EHCP annual review.ics")))

# C17 --------------------------------------------------------------------------------
t = """Dear Maryam,

Great news - your work experience placement has been confirmed.

Employer: Hartley & Moss Architects
Address: 3rd floor, 14 Wellington Yard, Leeds LS1 4DL
Dates: Monday 7 - Friday 11 July 2025
Hours: 9.00am - 4.30pm (first day: arrive at 8.45 and ask for Chloe)
Supervisor: Ms Chloe Hartley, Associate - 0113 496 0288, c.hartley@hartleymoss.example.com
Dress code: smart casual

If you are ill or running late on any day, you must ring Chloe on the number above AND the school's attendance line (01632 960000, option 1).

Before you go, please complete the pre-placement task on Unifrog and bring your signed placement agreement to me in the Careers Hub (L3) by 20 June.

Mrs Raman
Careers Adviser
"""
add("clean", "work_experience_employer_details",
    "employer supervisor's work phone/e-mail and address given to a pupil",
    frm=PR, to=[MARYAM], subject="Work experience placement confirmed", date="2025-06-02 13:22:47",
    body=alt("outlook", "c17", t))

# C18 --------------------------------------------------------------------------------
WA = staff("Will Ashdown", "w.ashdown")
t = """Hi Example Pupil One,

As you mentioned the Level 3 Animal Management course, I thought you'd want to know that Parkside College's open evening is this Thursday, 14 November, 5-8pm.

Parkside College - Stourton Campus
Low Road, Leeds LS10 1ZB
Admissions: 0113 496 0311 | admissions@parkside-college.example.org

The animal care unit is in Block F at the back of the campus, and tours run every half hour from 5.15. It's worth booking a slot online beforehand. The 12 and 13 buses stop right outside.

I've copied in your mum so she can come along too.

Will Ashdown
Post-16 Transition Mentor
"""
add("clean", "college_open_evening_pupil_and_parent",
    "college address, admissions phone and e-mail, bus numbers",
    frm=WA, to=[P1], cc=[JANE], subject="Parkside College open evening \u2013 Thursday", date="2024-11-11 12:31:05",
    style="gmail", body=alt("gmail", "c18", t))

# C19 --------------------------------------------------------------------------------
DFA = staff("Dominic Farrar", "d.farrar")
t = """Dear Mr Guardian,

Following our conversation at Year 11 parents' evening, here are the details of the engineering apprenticeship provider I mentioned.

Northern Engineering Training Partnership (NETP)
Unit 4, Canal Wharf Business Park, Leeds LS11 5QA
Recruitment team: 0113 496 0377 / apprenticeships@netp.example.org
Open morning: Saturday 22 March, 10am-1pm (no booking needed)

The vacancy he was interested in is the Level 3 Engineering Technician (Maintenance) with Aire Valley Foods - vacancy reference VAC-1004188-02 on the government's Find an Apprenticeship service. Closing date 11 April. The entry requirement is grade 4 in maths and English, with a 5 in maths preferred.

NETP run an aptitude test and a practical day, so he should keep his GCSE revision going in the meantime.

Kind regards,
Dominic Farrar
Work-Related Learning Lead
"""
add("clean", "apprenticeship_provider_details",
    "training provider address, recruitment phone/e-mail, vacancy reference",
    frm=DFA, to=[ALI], subject="Engineering apprenticeship \u2013 provider details", date="2025-03-04 09:12:40",
    body=alt("outlook", "c19", t))

# C20 --------------------------------------------------------------------------------
JPY = staff("Joanne Pybus", "j.pybus")
t = """Dear Sam,

Thank you for returning the consent and medical forms. Here are the final details for next week's Year 10 geography residential.

Departure: Wednesday 7 May, 8.00am from the Park Row car park (please arrive by 7.45)
Return: Friday 9 May, approx. 4.30pm, same place
Coach company: Dalesway Coaches (the driver will have a school list)

Accommodation:
Beckside Field Studies Centre, Kirkby Malham, Skipton BD23 9ZQ
Centre office: 01632 960412

During the trip, the emergency contact is the school trip mobile, 07700 900600. This phone belongs to the school and is carried by the trip leader (me) at all times, including overnight. Please don't ring the centre unless you can't get through on the trip mobile. For anything non-urgent, the school office (01632 960000) will pass messages on during the day.

Pupils can bring their own phones, but they will be collected in at 9.30pm each night.

The kit list is attached - waterproofs and walking boots are essential.

Best wishes,
Joanne Pybus
Head of Geography & Trip Leader
"""
add("clean", "residential_school_trip_mobile",
    "the school's own trip mobile (official, school-owned) plus field centre details",
    frm=JPY, to=[SAM], subject="Malham residential \u2013 final details", date="2025-04-30 16:05:11",
    body=mixed("outlook", "c20", alt("outlook", "c20", t),
               pdf("Malham kit list.pdf", ["MALHAM FIELDWORK RESIDENTIAL - KIT LIST", "Waterproof jacket AND trousers",
                                           "Walking boots (worn in)", "Warm layers, hat, gloves", "Packed lunch for Wednesday",
                                           "Clipboard and pencils provided"])))

# C21 --------------------------------------------------------------------------------
CD = staff("C\u00e9line Durand", "c.durand")
t = """Dear Mr Guardian,

With ten days to go, here are the final details for the Year 8 French trip.

Departure: Thursday 3 April, 05:30 at school (the coach leaves at 05:45 prompt)
Crossing: Dover\u2013Calais ferry, booking ref 41775203
Return: Sunday 6 April, approx. 23:00 at school \u2013 we'll send updates through the school messaging service

H\u00f4tel Example Bastille
12 rue Fictive, 75011 Paris, France
T\u00e9l. +33 1 99 00 45 67

Coach: Ridings Travel Ltd, Leeds (0113 496 0919)

Emergency contact during the trip: the trust's 24-hour trips line, 0113 496 0999. Please don't try to contact staff directly \u2013 the trips line can reach us at any time.

Please make sure he has his passport (valid until at least 7 July 2025) and GHIC card in his hand luggage, plus \u20ac30\u201350 spending money.

Merci et \u00e0 bient\u00f4t,
C\u00e9line Durand
Teacher of French
"""
add("clean", "paris_trip_hotel_and_trips_line",
    "foreign hotel phone, coach firm, trust trips line; RFC 2047 name/subject",
    frm=CD, to=[ALI], subject="S\u00e9jour \u00e0 Paris \u2013 h\u00f4tel, ferry and emergency line",
    date="2025-03-24 19:20:33", body=alt("outlook", "c21", t))

# C22 --------------------------------------------------------------------------------
SB = staff("Sue Bentley", "s.bentley")
c22 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
       '<body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">\n'
       '<h2 style="color:#b03a2e;margin-bottom:4px">Friends of Example School</h2>\n'
       '<p style="margin-top:0"><i>Spring update from your PTA</i></p>\n'
       '<p>Dear Jane,</p>\n'
       '<p>Thank you to everyone who came to the Valentine&#8217;s disco &#8212; we raised &pound;612.40 towards the new playground markings!</p>\n'
       '<h3>Quiz Night &#8211; Friday 16 May, 7pm</h3>\n'
       '<p>Quarry Mount Community Centre, 5 Quarry Mount Street, Leeds LS6 2ZY<br>\n'
       'Teams of up to six, &pound;8 per person (includes pie &amp; peas).<br>\n'
       'Tickets from the centre box office on <b>0113 496 0188</b> or by emailing <a href="mailto:pta@example-school.org.uk">pta@example-school.org.uk</a>.</p>\n'
       '<h3>Summer Fair &#8211; Saturday 28 June, 12&ndash;4pm</h3>\n'
       '<p>On the school field (entrance on Park Row, LS1 4AP). We need volunteers for the tombola, the cake stall and the '
       'bouncy castle rota &#8212; please sign up on the sheet at reception or reply to this email.</p>\n'
       '<p>Raffle tickets are in book bags this week. Registered small society lottery no. SSL/0457.</p>\n'
       '<p>Find us on Facebook: <a href="https://www.facebook.com/FriendsOfExampleSchool">Friends of Example School</a></p>\n'
       '<table cellpadding="0" cellspacing="0" style="margin-top:16px;font-size:11px;color:#777"><tr><td>'
       'Sent on behalf of the PTA by Sue Bentley, Office Manager &middot; Example School &middot; 01632 960000</td></tr></table>\n'
       '</body></html>\n')
add("clean", "pta_quiz_and_fair_newsletter",
    "HTML-only; community-centre venue, box-office number, PTA e-mail, PTA Facebook page",
    frm=SB, to=[JANE], subject="Friends of Example School \u2013 Quiz Night & Summer Fair", date="2025-04-25 15:00:00",
    body=Leaf("text/html", c22, cte="quoted-printable"))

# C23 --------------------------------------------------------------------------------
t = """Hi Jane,

Thanks for this - yes, the edition she has at home is fine. The page numbers will be slightly different from the class set but that doesn't matter as long as she quotes chapter and line.

I'll let the library know the school copy is back and they'll waive the replacement charge.

Best wishes,
Hannah Carver
English

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 04 March 2025 21:37
To: Hannah Carver <h.carver@example-school.org.uk>
Subject: Example Pupil One - book for the coursework

Dear Ms Carver,

We've found the school copy of Of Mice and Men under her bed (sorry!). She'll bring it back tomorrow. Is it OK for her to use our own copy for the coursework?

Thanks
Jane

Jane Parent
07700 900123
41 Hawthorn Avenue, Leeds LS7 2PN
"""
add("clean", "reply_quotes_parent_signature",
    "Outlook reply quoting the parent's own signature (mobile and home address)",
    frm=HC, to=[JANE], subject="RE: Example Pupil One - book for the coursework", date="2025-03-05 07:58:20",
    body=alt("outlook", "c23", t), in_reply_to="<CAJp7xQ4mNb8Lk@mail.gmail.com>")

# C24 --------------------------------------------------------------------------------
IW = staff("Irene Walsh", "i.walsh")
t = """Dear Mr Guardian,

Thank you for returning the data collection sheet. We have updated Example Pupil Three's record as follows - please check and reply if anything is wrong.

Priority 1 contact: Ali Guardian (father)
   Mobile:  07700 900789
   Email:   ali.guardian@btinternet.com
   Address: 9 Sycamore Court, Roundhay, Leeds LS8 1ZQ
Priority 2 contact: Farida Guardian (grandmother)
   Home:    0113 496 0267
Priority 3 contact: Imran Guardian (uncle)
   Mobile:  07700 900881
GP: Oakwood Lane Example Surgery, 0113 496 0744
Dietary: no pork; halal meals

Photo consent: yes (school website and newsletter), no (social media)

Irene Walsh
Data Manager, Example School
"""
add("clean", "contact_details_update_confirmed",
    "the family's own contacts (father, grandmother, uncle, GP) confirmed back",
    frm=IW, to=[ALI], subject="Your contact details have been updated", date="2025-09-15 14:27:03",
    body=plain(t))

# C25 --------------------------------------------------------------------------------
t = """Hi Lola,

Before I press submit on your Parkside College application, can you check the personal details section is right? This is what you gave me on the form:

Full name: Lola Adaeze Okwu
Date of birth: 14/09/2009
Home address: 27 Kirkstall View, Leeds LS5 3ZD
Mobile: 07700 900334
Personal email (for the college to contact you after you leave us): lola.okwu09@gmail.com
ULN: 5123456789

Your school email will stop working at the end of August, which is why the college needs your own email and mobile. Reply to this with "all correct" or tell me what to change.

Mr Ashdown
"""
add("clean", "pupil_own_details_for_college_form",
    "the pupil's own mobile, gmail and home address read back to her; ULN",
    frm=WA, to=[LOLA], subject="Check your details for the college application", date="2025-01-22 12:48:16",
    body=plain(t))

# C26 --------------------------------------------------------------------------------
RP = staff("Rakesh Patel", "r.patel")
t = """Dear Sam,

Thanks for your email, and sorry you've been passed around. To make things easier, here is who deals with what in Year 10:

- Behaviour and general worries: me, Mr Patel - r.patel@example-school.org.uk, ext 2047
- Attendance and absence: the Attendance Team - attendance@example-school.org.uk, 01632 960000 option 1
- Homework and Sparx queries: Mrs Kowalczyk (Maths) - a.kowalczyk@example-school.org.uk
- SEN and the Beck Unit timetable: Mrs Gallacher, SENCo - f.gallacher@example-school.org.uk, ext 2120
- Year 10 Pastoral Support Officer: Ms Leonie Brooke - l.brooke@example-school.org.uk, ext 2052 (she's on the year office landline all day)

For anything urgent during the day, ring the main office on 01632 960000 and ask to be put through to the Year 10 office.

Kind regards,
Rakesh Patel
Head of Year 10
"""
add("clean", "year10_who_to_contact",
    "many staff school e-mails and extensions",
    frm=RP, to=[SAM], subject="RE: Who do I speak to?", date="2025-10-02 16:37:52",
    body=alt("outlook", "c26", t))

# C27 --------------------------------------------------------------------------------
AM = staff("Alan Mercer", "a.mercer")
t = """Hi Jordan,

Our records show the following items are overdue:

  Barcode 00412337   The Hunger Games                 ISBN 9780000412330   due 17/01/2025
  Barcode 00398104   GCSE Physics Revision Guide      ISBN 9780000398108   due 24/01/2025

Please return them to the LRC or renew them at the desk. If they are lost, the replacement cost (\u00a314.98) will be added to your family's ParentPay account.

Library opening hours: 08:15-16:30 Mon-Thu, 08:15-15:30 Fri.

Mr Mercer
Learning Resource Centre
"""
add("clean", "library_overdue_barcodes",
    "barcodes, ISBNs, dates and times",
    frm=AM, to=[JORDAN], subject="Overdue library items", date="2025-02-03 07:45:00",
    style="mis", extra=["X-Mailer: Example LRC Circulation 3.1"], body=plain(t))

# C28 --------------------------------------------------------------------------------
t = """Hi Jane,

I've chased this with the supplier and they've confirmed the order went out yesterday:

Order number: 100482273655
Courier tracking: JD0002 2491 7733 0184 (DPD)
Items: 2 x blazer (age 12-13), 1 x PE hoodie

If it hasn't arrived by Friday, please contact Example Schoolwear Ltd directly on 0113 496 0155 (Mon-Sat, 9-5) or orders@schoolwear.example.com, quoting the order number. The school doesn't hold stock, so unfortunately we can't swap it here.

Sue

Sue Bentley
Office Manager
Example School | Park Row | Leeds LS1 4AP | 01632 960000

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 01 September 2025 20:11
To: Office <office@example-school.org.uk>
Subject: Uniform order not arrived

Hi, I ordered her blazers on 12 August to be delivered to 41 Hawthorn Avenue and they still haven't come. School starts Wednesday! Jane Parent
"""
add("clean", "uniform_order_tracking_numbers",
    "long order and tracking numbers, supplier number, parent's address in the quote",
    frm=SB, to=[JANE], subject="RE: Uniform order not arrived", date="2025-09-02 09:18:44",
    body=alt("outlook", "c28", t), in_reply_to="<CAJp7xQ7uN1f0r@mail.gmail.com>")

# C29 --------------------------------------------------------------------------------
OFF = staff("Example School Office", "office")
t = """Dear Sam Carer,

The School Age Immunisation Service (SAIS) will be in school on Tuesday 21 January to give the Year 9 Td/IPV (teenage booster) and MenACWY vaccinations. We have not yet received consent for Example Pupil Two.

Please complete the online consent form at https://consent.sais.example.org using our school code LS136120 and his NHS number: 999 012 3456.

Consent closes at 23:59 on Thursday 16 January. If you have questions about the vaccines, please contact the immunisation team directly on 0113 496 0720 or sais@community-health.example.org - school staff cannot advise on medical questions.

Example School Office
"""
add("clean", "immunisation_consent_nhs_number",
    "NHS number (looks like a phone number), school code, SAIS contact",
    frm=OFF, to=[SAM], subject="Year 9 immunisations \u2013 consent reminder", date="2025-01-13 08:00:00",
    style="mis", body=alt("mis", "c29", t))

# C30 --------------------------------------------------------------------------------
JRA = staff("Janet Rowley-Ames", "j.rowley-ames")
c30 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
       '<body style="margin:0;font-family:Georgia,serif;font-size:15px;color:#222">\n'
       '<table width="640" align="center" cellpadding="18" cellspacing="0" border="0">\n'
       '<tr><td style="border-bottom:3px solid #1f4e79"><span style="font-size:22px;color:#1f4e79">Example School</span><br>'
       '<span style="font-size:13px;color:#666">Spring Newsletter &middot; Issue 4 &middot; March 2025</span></td></tr>\n'
       '<tr><td>\n<h3 style="color:#1f4e79">From the Headteacher</h3>\n'
       '<p>What a term! Our Year 10 scientists came second in the city STEM challenge, the Beck Unit opened its new sensory '
       'garden, and Moorside Learning Centre celebrated a record 94% attendance in February.</p>\n'
       '<p>A reminder that school closes at 2.30pm on Friday 4 April and reopens on Tuesday 22 April.</p>\n'
       '<h3 style="color:#1f4e79">Stay connected</h3>\n'
       '<p>Follow our official accounts for photos and news:</p>\n'
       '<ul>\n<li>Facebook: <a href="https://www.facebook.com/ExampleSchoolLeeds">facebook.com/ExampleSchoolLeeds</a></li>\n'
       '<li>Instagram: <a href="https://www.instagram.com/exampleschool_ls1">@exampleschool_ls1</a></li>\n'
       '<li>X: <a href="https://x.com/ExampleSchLeeds">@ExampleSchLeeds</a></li>\n</ul>\n'
       '<p>These accounts are run by the school office. Staff will never message you from a personal account, and we will never ask '
       'for personal or payment details through social media. If you have a question, please email '
       '<a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a>.</p>\n'
       '<p>Warm wishes,<br>Dr Helen Okonjo, Headteacher</p>\n</td></tr>\n'
       '<tr><td style="background:#f4f4f4;font-family:Arial,sans-serif;font-size:11px;color:#666">\n'
       '<table cellpadding="2" cellspacing="0" border="0" style="font-size:11px;color:#666">\n'
       '<tr><td>Example School, Park Row, Leeds LS1 4AP</td><td>&nbsp;|&nbsp;</td><td>01632 960000</td></tr>\n'
       '<tr><td colspan="3">Sent by Janet Rowley-Ames, PA to the Headteacher. Example Academy Trust is a charitable company '
       'limited by guarantee registered in England and Wales, company number 07654321. Registered office: Park Row, Leeds LS1 4AP.</td></tr>\n'
       '</table></td></tr>\n</table>\n</body></html>\n')
add("clean", "newsletter_official_social_media",
    "HTML-only newsletter; school's official Facebook/Instagram/X, company number",
    frm=JRA, to=[ALI], subject="Spring Newsletter \u2013 Issue 4", date="2025-03-28 16:00:00",
    body=Leaf("text/html", c30, cte="quoted-printable"))

# C31 --------------------------------------------------------------------------------
JK = staff("Joanna Kirby", "j.kirby")
t = """Dear Mrs Parent,

We have had several incidents this half term involving Year 7 group chats, so I'm writing to all Year 7 families with some practical advice.

WhatsApp - the minimum age in the UK is 13. Large class group chats are where most of our problems start. You can stop your child being added to groups by strangers: Settings > Privacy > Groups > "My contacts".

Snapchat - Snap Map shows your child's location to their friends unless Ghost Mode is on. Check Settings > "See My Location".

Instagram - accounts for under-16s should be Teen Accounts, which are private by default. Check who your child follows and who follows them.

TikTok - Family Pairing lets you link your account to your child's and set screen-time and messaging limits.

Discord and gaming chats - we've seen older users contacting pupils on public servers. Voice chat with strangers should be switched off.

Please talk to your child about what they would do if someone they don't know messages them. If you are worried about something your child has seen or been sent, contact our safeguarding team through the school office on 01632 960000 or at safeguarding@example-school.org.uk. Concerns about online grooming can also be reported to CEOP.

Kind regards,
Joanna Kirby
Online Safety Lead
"""
add("clean", "esafety_year7_apps_advice",
    "e-safety advice naming WhatsApp, Snapchat, Instagram, TikTok, Discord",
    frm=JK, to=[JANE], subject="Online safety \u2013 group chats in Year 7", date="2025-11-20 15:30:00",
    body=alt("outlook", "c31", t))

# C32 --------------------------------------------------------------------------------
COVER = staff("Cover Manager", "cover")
t = """Morning both, stuck in stationary traffic on the A64 near the Whinmoor turn, satnav says 25 mins. Can someone cover my 8B1 reg and put the starter on the board? If you need me I'm on 07700 900318. Sorry!!

Paul

Sent from my iPhone
"""
add("clean", "staff_only_running_late_mobile",
    "staff-only: teacher's own mobile to colleagues (check not applicable)",
    frm=PG, to=[HC], cc=[COVER], subject="Running late", date="2025-01-14 08:07:31",
    style="apple", body=plain(t))

# C33 --------------------------------------------------------------------------------
HR = staff("Trust HR", "hr")
HR = (HR[0], "hr@trust.example-school.org.uk")
t = """Hi HR team,

Please could you update my details on the payroll system from 1 February:

New home address: 23 Thornbury Rise, Horsforth, Leeds LS18 9ZX
Personal email for payslips/P60: gemmalund.teach@icloud.com
Mobile: 07700 900188

My old address (Flat 4, 61 Cardigan Road) will have post forwarded until March.

Thanks,
Gemma Lund
Year 6 Teacher
"""
add("clean", "staff_only_hr_home_address_change",
    "staff-only: teacher's home address, personal e-mail and mobile to trust HR (subdomain)",
    frm=GL, to=[HR], subject="Change of address", date="2025-01-24 12:35:10", body=plain(t))

# C34 --------------------------------------------------------------------------------
STAFFROOM = staff("All Staff", "allstaff")
t = """Hi all,

Staff netball is BACK - Wednesdays 4.15-5.15 in the sports hall from next week, all abilities welcome (honestly, Mr Tiller came last year...).

I've set up a WhatsApp group so I don't clog up everyone's inbox - message me on 07700 900851 if you want adding.

Sarah
"""
add("clean", "staff_only_netball_whatsapp",
    "staff-only: WhatsApp invitation with own mobile to the all-staff list",
    frm=SO, to=[STAFFROOM], subject="Staff netball!", date="2025-09-10 12:51:09",
    style="gmail", body=alt("gmail", "c34", t))

# C35 --------------------------------------------------------------------------------
KMO = staff("Katie Morland", "k.morland")
t = """Hi Ellie,

I noticed you sent a follow request to my personal Instagram last night. I've declined it - please don't take it personally! School staff aren't allowed to be friends with or followed by pupils on personal social media, and that goes for Snapchat, TikTok and WhatsApp as well.

If you want to talk to me about anything, you can always email me here, message me on Teams, or come and find me in S7 at lunch.

If you'd like to see what the science department gets up to, the school's official Instagram (@exampleschool_ls1) posts photos from our practicals.

Miss Morland
"""
add("clean", "declines_pupil_instagram_request",
    "teacher refuses a pupil's follow request; mentions apps and official account only",
    frm=KMO, to=[ELLIE], subject="Instagram follow request", date="2025-04-29 08:22:18",
    body=alt("outlook", "c35", t))

# C36 --------------------------------------------------------------------------------
t = """Hi 10H2,

For Friday, read the sources pack on the Zimmermann Telegram (it's on Teams under Files > Unit 3) and answer:

1. Why did Germany send the telegram in January 1917?
2. How did British intelligence (Room 40) intercept and decode it?
3. "The Zimmermann Telegram was the main reason the USA entered the war." How far do you agree? (16 marks)

For Q3, weigh it against unrestricted submarine warfare and the sinking of the Lusitania (7 May 1915). Signal clearly in your conclusion which factor you think mattered most.

Mr Rowntree
"""
add("clean", "history_zimmermann_telegram_homework",
    "'Telegram' and 'Signal' in a history homework",
    frm=JR, to=[DANNY, MARYAM, JORDAN], subject="Homework \u2013 the Zimmermann Telegram (due Friday)",
    date="2025-01-28 15:40:29", style="gmail", body=alt("gmail", "c36", t))

# C37 --------------------------------------------------------------------------------
t = """Hi Kiran,

I listened to your composition draft - the opening is brilliant. A few things to work on before the final submission:

- Bars 9-16: the discord between the piano's B flat and the cello's B natural is really effective, but resolve it by bar 17 or it sounds like a mistake rather than a choice.
- The snap pizzicato in the strings at bar 24 is a nice touch - mark it clearly in the score.
- Tempo: you've written 72 bpm but the recording is nearer 88.
- Save the Sibelius file as Patel_K_Comp1_v3 and upload it to the Teams assignment by 7 March.

Mr Asante
"""
add("clean", "music_composition_discord_snap",
    "'discord' and 'snap' as musical terms",
    frm=KA, to=[KIRAN], subject="Composition feedback", date="2025-02-26 18:02:40", body=plain(t))

# C38 --------------------------------------------------------------------------------
OH = staff("Oliver Haigh", "o.haigh")
t = """Hi both,

Since you finished the string-slicing work early, here's an extension task for Thursday's lesson.

Write a Python function valid_uk_mobile(number) that returns True if the string is a valid UK mobile number and False otherwise. It should accept all of these:

    07700 900000
    07700900000
    +44 7700 900000

and reject these:

    0113 496 0000   (landline)
    07700 90000     (too short)
    077OO 900000    (letters, not zeros!)

Hint: strip the spaces first, then deal with the +44. Only use the test numbers above - they're from the range Ofcom keeps for TV and films, so they don't belong to anyone.

Mr Haigh
"""
add("clean", "computing_phone_validation_task",
    "phone-shaped test data in a programming exercise",
    frm=OH, to=[LINH, ZAIN], subject="Extension task for Thursday", date="2025-05-13 16:11:25",
    style="gmail", body=alt("gmail", "c38", t))

# C39 --------------------------------------------------------------------------------
t = """Hi Zain,

You're right, Q14 on the Sparx homework was marked wrong because it wanted the answer to 3 significant figures (0.0457), not 2 decimal places. I've reset it for you - bookwork code 2291-7741 if it asks.

If you're stuck on anything else, message me on Teams rather than waiting till Monday.

Mrs Kowalczyk
"""
add("clean", "maths_sparx_reset_teams",
    "short reply to a pupil; 'message me on Teams' (school channel)",
    frm=AK, to=[ZAIN], subject="RE: sparx Q14", date="2025-01-30 17:26:03", body=plain(t),
    in_reply_to="<PA4PR02MB6874C1A9E2D30@PA4PR02MB6874.eurprd02.prod.outlook.com>")

# C40 --------------------------------------------------------------------------------
t = """Dear Parent/Carer,

From Monday 3 March you can report your child's absence by text message as well as by phone.

Text the school absence line on 07700 900100 with your child's full name, tutor group and the reason for absence, e.g. "Example Pupil Three 9R2 sickness". This is a school mobile checked by the attendance team from 7.30am every school day - it is not a member of staff's personal phone, and texts sent in the evening will be picked up the next morning.

You can still call 01632 960000 (option 1) or email attendance@example-school.org.uk.

Texts from the school will continue to come from "ExSchool" through our messaging service. Please don't reply to those - replies are not read.

Attendance Team
Example School
"""
add("clean", "absence_text_line_school_mobile",
    "the school's official absence text-line mobile ('text ... on 07700 ...'), not a personal phone",
    frm=ATT, to=[ALI], subject="New: report absence by text", date="2025-02-26 12:00:00",
    style="mis", body=plain(t, cte="base64"))

# C41 --------------------------------------------------------------------------------
t = """Dear Mrs Parent,

Dr Okonjo has asked me to arrange a meeting with you to discuss your letter of 14 March. I have booked Tuesday 25 March at 4.15pm in the Headteacher's office, and a calendar invitation is attached.

Please report to the main reception on Park Row (Leeds LS1 4AP) and sign in. Visitor parking is limited, so you may find it easier to use the Park Row NCP (LS1 5ZZ) - parking costs can be reimbursed.

If this time is not convenient, please let me know by replying to this email or calling me on 01632 960000 ext 2001.

Kind regards,
Janet Rowley-Ames
PA to the Headteacher
"""
cal = ics("040000008200E00074C5B7101A82E00800000000C41HEADMEETING2025032500000000000010000000",
          "Meeting with Dr Okonjo (Headteacher)", "20250325T161500", "20250325T170000",
          "Headteacher's office, Example School, Park Row, Leeds LS1 4AP",
          "Please sign in at main reception. School office: 01632 960000.", JRA, [JANE])
add("clean", "heads_pa_meeting_invite",
    "school address/postcode, car park postcode, PA extension; .ics",
    frm=JRA, to=[JANE], subject="Meeting with the Headteacher \u2013 Tuesday 25 March", date="2025-03-18 11:47:02",
    body=mixed("outlook", "c41", alt("outlook", "c41", t), ics_leaf(cal, "Meeting with the Headteacher.ics")))

# C42 --------------------------------------------------------------------------------
NS = staff("Nadia Sandhu", "n.sandhu")
t = """Dear Sam,

Welcome to Example School! We hope his first week goes well.

I've attached a contact card for the school office so you can save our details in your phone - it has the main number, the absence option and our email.

A few useful things:
- The office is open 8.00-4.30 (3.30 on Fridays).
- If you need to collect him early, please ring ahead so he's ready at reception.
- ParentPay activation letters go out this week.

Kind regards,
Nadia Sandhu
Reception & Admissions Officer
"""
vc = """BEGIN:VCARD
VERSION:3.0
N:;Example School Office;;;
FN:Example School Office
ORG:Example School
TEL;TYPE=WORK,VOICE:+441632960000
EMAIL;TYPE=WORK:office@example-school.org.uk
EMAIL;TYPE=WORK:attendance@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom
URL:https://www.example-school.org.uk
NOTE:Absence line: 01632 960000 option 1
END:VCARD
"""
add("clean", "welcome_school_office_vcard",
    "vCard of the school office (school number in +44 form)",
    frm=NS, to=[SAM], subject="Welcome to Example School", date="2025-09-04 10:30:44",
    style="gmail", body=mixed("gmail", "c42", alt("gmail", "c42", t), vcard(vc, "Example School Office.vcf")))

# C43 --------------------------------------------------------------------------------
TG = staff("Tracey Gill", "t.gill")
t = """Dear Sam,

The council's home to school transport team has confirmed his taxi for the placement at Moorside Learning Centre, starting Monday 24 February.

Taxi firm:    Swift Cars (contracted by Example City Council)
Pick-up:      08:05 from your home, Flat 2, 88 Victoria Road, LS6 1ZE
Return:       drop-off approx. 15:20
Driver:       Mr Iqbal, with passenger assistant Mrs Dunn (both DBS checked)
Swift Cars controller: 0113 496 0833 - ring them if the taxi hasn't arrived by 08:20
Council transport team: 0113 496 0350, transport@council.example.org (ref HTS-66120)

If he is off sick, please ring Swift Cars before 7.30am so they don't make a wasted trip, and let us know on our usual number, 0113 496 0860.

Tracey Gill
Office Manager, Moorside Learning Centre (Pupil Referral Unit)
"""
add("clean", "pru_taxi_transport_details",
    "taxi firm and council transport numbers; the carer's own address",
    frm=TG, to=[SAM], subject="Transport to Moorside from Monday", date="2025-02-19 14:03:36",
    body=plain(t))

# C44 --------------------------------------------------------------------------------
MO = staff("Mark Oduya", "m.oduya")
t = """Dear Mr Guardian,

I'd like to invite you to his six-week review on Thursday 3 April at 1.30pm. We'll look at how the placement has gone and whether he's ready to start a phased return to the main school after Easter.

The meeting will be at our base: Moorside Learning Centre, 2 Tannery Lane, Leeds LS9 8ZP. There's parking in the yard at the back - press the buzzer at the gate and ask for the office.

Attending from us: me, his key worker (Leanne Cope) and Mr Fairclough from the main school's pastoral team.

If you can't make this time, ring the centre office on 0113 496 0860 or email moorside.office@example-school.org.uk.

Kind regards,
Mark Oduya
Head of Centre, Moorside Learning Centre
"""
add("clean", "pru_review_meeting_centre_address",
    "PRU's official address, office landline and shared mailbox",
    frm=MO, to=[ALI], subject="Six-week review \u2013 Thursday 3 April", date="2025-03-20 10:48:20",
    body=alt("outlook", "c44", t))

# C45 --------------------------------------------------------------------------------
AMI = staff("Anjali Mistry", "a.mistry")
t = """Hi Jane,

Quick round-up of today:

08:50  Arrived calm, chose the green zone on the check-in board.
09:15  Sensory circuit - happy to do the trampoline and the wobble board.
10:30  Literacy in the quiet room. Wrote 4 sentences about the farm trip!
11:40  A bit unsettled when the fire alarm test went off - used ear defenders and the tent for 10 mins, then back to work.
12:15  Ate all her sandwich and half the yoghurt.
13:30  Swimming cancelled (pool closed), did the obstacle course instead.

She asked to take the feelings fan home - it's in her bag, please send it back tomorrow.

If you want a chat, ring the unit through the school number (01632 960000, ext 2300) - I'm free from 3.20.

Anjali
HLTA, Beck Unit
"""
add("clean", "beck_unit_daily_diary_times",
    "times of day, 'ring the unit' via school number and extension",
    frm=AMI, to=[JANE], subject="Home/school diary \u2013 Wednesday", date="2025-02-12 15:27:49",
    body=alt("outlook", "c45", t))

# C46 --------------------------------------------------------------------------------
t = """Dear Mr Guardian,

Thank you for sending the dietitian's letter. I've now added him to our allergy register for coeliac disease (gluten-free) alongside his halal requirement.

From Monday the kitchen will:
- prepare his meal separately in the gluten-free zone, labelled with his name and photo
- use our supplier's gluten-free bread (product code PRD-55102-GF) and separately stored gluten-free pasta
- keep a sealed gluten-free pudding for him each day

Our supplier's allergen matrix is attached. The batch numbers on each delivery (e.g. LOT 250214-0931) are logged in our food safety file, so we can trace anything if there's ever a query.

If his dietitian wants to speak to us directly, they are welcome to call the kitchen office on 01632 960000 ext 240.

Kind regards,
Maureen Pickles
Catering Manager
"""
add("clean", "catering_coeliac_allergy_plan",
    "product codes, batch numbers, kitchen extension; PDF",
    frm=MP, to=[ALI], subject="Gluten-free meals from Monday", date="2025-02-14 11:06:37",
    body=mixed("outlook", "c46", alt("outlook", "c46", t),
               pdf("Allergen matrix spring 2025.pdf", ["ALLERGEN MATRIX - SPRING MENU 2025 (WEEK 1-3)",
                                                       "PRD-55102-GF  White sliced bread (GF)   Gluten: NO  Milk: NO",
                                                       "PRD-40017     Penne pasta               Gluten: YES",
                                                       "Batch LOT 250214-0931 received 14/02/2025"])))

# C47 --------------------------------------------------------------------------------
JF = staff("Jodie Flynn", "j.flynn")
t = """Hi Sam,

Good news - he has a free place on the Easter Holiday Activities and Food (HAF) programme, funded by the council because he gets free school meals.

Where: Burley Park Community Hub, 3 Cardigan Lane, Leeds LS4 2ZR
When: Mon 14 - Thu 17 April, 10:00-14:00 (hot lunch included)
Booking code: HAF-7QX4-88KD (enter it at https://haf.council.example.org)
On the day: ring the hub on 0113 496 0812 if he's running late

Places are first come, first served, so do book this week.

Best,
Jodie Flynn
Family Support Worker
"""
add("clean", "haf_holiday_club_booking_code",
    "community hub venue, postcode, booking code, hub phone",
    frm=JF, to=[SAM], subject="Easter holiday club \u2013 free place", date="2025-03-25 13:15:58",
    style="gmail", body=alt("gmail", "c47", t))

# C48 --------------------------------------------------------------------------------
LBA = staff("Lorna Baines", "l.baines")
t = """Dear Mr Guardian,

His group will complete their Bronze qualifying expedition on Saturday 14 - Sunday 15 June.

Drop-off: 8.00am Saturday, Chevin Example Car Park, Otley LS21 3ZJ (grid ref SE 203 441)
Campsite (Saturday night): Washburn Example Farm Campsite, Timble, LS21 2ZQ - no parents on site please, this is part of the assessment
Pick-up: approx. 3.30pm Sunday at Swinsty Example Reservoir car park (grid ref SE 186 537). I'll confirm the exact time by email on Sunday morning.

Emergency contact during the expedition: the school's out-of-hours duty line, 0113 496 0999, which is staffed all weekend and can reach the supervisors at any time. Supervisors can't take calls from parents while the groups are walking.

Kit check is on Wednesday 11 June, 3.15pm in the sports hall. Please make sure he brings everything on the kit list, including his route card.

Lorna Baines
DofE Manager
"""
add("clean", "dofe_expedition_grid_refs",
    "grid references, campsite postcodes, school duty line",
    frm=LBA, to=[ALI], subject="Bronze qualifying expedition \u2013 14\u201315 June", date="2025-06-03 17:40:26",
    body=alt("outlook", "c48", t))

# C49 --------------------------------------------------------------------------------
GLO = staff("Gareth Lowe", "g.lowe")
t = """Hi Harpreet,

Your reference has been added and your application is now with UCAS. Your Personal ID is 123-456-7890 - you'll need it if you ever phone UCAS or a university admissions office, so keep it somewhere safe.

- Choices: 4 x Medicine, 1 x Biomedical Science
- Fee: \u00a328.50, paid 14/10/2024
- Deadline: 15 October (met)

Next steps: keep an eye on UCAS Hub for interview invitations. Your UCAT score (2710) is in line with last year's interview thresholds at three of your five choices.

Mr Lowe
Head of Sixth Form
"""
add("clean", "ucas_personal_id_phone_shaped",
    "UCAS Personal ID formatted like a phone number",
    frm=GLO, to=[HARPREET], subject="UCAS \u2013 application sent", date="2024-10-14 16:55:12",
    body=alt("outlook", "c49", t))

# C50 --------------------------------------------------------------------------------
t = """Dear Mr Guardian,

He has been entered for the November GCSE Mathematics resit as requested.

Component codes: 8300/1H, 8300/2H, 8300/3H (Higher tier)
Paper 1: Wednesday 5 November 2025, 09:00 (1h 30m)
Paper 2: Monday 10 November 2025, 09:00
Paper 3: Wednesday 12 November 2025, 09:00
Room: Drama Studio (D01)
Candidate number: 4133 (unchanged)

The entry fee of \u00a348.50 is payable via ParentPay by 10 October (payment ref EXM-RS-2025-118). Entries cannot be withdrawn after 17 October without the fee being charged.

Exams Office
Example School
"""
add("clean", "november_resit_entry_codes",
    "component codes, dates, times, payment reference",
    frm=EXAMS, to=[ALI], subject="November maths resit \u2013 entry confirmed", date="2025-09-26 09:05:00",
    style="mis", body=plain(t))

# C51 --------------------------------------------------------------------------------
KAI = staff("Kerry Ainsworth", "k.ainsworth")
t = """Hi Sam,

Thursday at 4pm is perfect, I'll see you then at 88 Victoria Road. I'll bring the Early Help assessment form so we can fill it in together - it takes about an hour.

I've noted that the buzzer for flat 2 doesn't work, so I'll ring you when I'm outside.

Kerry
Early Help Practitioner

On Mon, 10 Feb 2025 at 19:48, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Kerry,
> Thursday after 4 is best for me. Our address is Flat 2, 88 Victoria Road, Leeds LS6 1ZE. The buzzer doesn't work so ring me on 07700 900456 when you get here.
> Thanks
> Sam
"""
add("clean", "home_visit_gmail_quote_parent_address",
    "Gmail reply; the carer's address and number in the quote; 'I'll ring you' (not giving own number)",
    frm=KAI, to=[SAM], subject="Re: home visit Thursday", date="2025-02-11 08:46:10",
    style="gmail", body=alt("gmail", "c51", t), in_reply_to="<DU2PR10MB7745AE03C1F@DU2PR10MB7745.EURPRD10.PROD.OUTLOOK.COM>")

# C52 --------------------------------------------------------------------------------
t = """Thanks Mr Guardian, that's really good to hear. See you at parents' evening on Thursday - I'm in M4.

Mrs Hollis

Sent from my iPhone

On 26 Feb 2025, at 17:02, Ali Guardian <ali.guardian@btinternet.com> wrote:

> Hi Mrs Hollis, just to say he's been much happier since moving tutor group. Thank you. Ali
"""
add("clean", "iphone_short_thanks",
    "ordinary short iPhone reply",
    frm=CH, to=[ALI], subject="Re: Tutor group", date="2025-02-26 17:31:44",
    style="apple", body=alt("apple", "c52", t), in_reply_to="<7A1C2E3F.41B2@btinternet.com>")

# C53 --------------------------------------------------------------------------------
t = """Hi Jayden,

See below from Aire Valley Foods - they've confirmed your taster day. Read the bit about PPE carefully. Any questions, come and see me in the Careers Hub.

Mr Farrar

________________________________
From: Nathan Greenwood <n.greenwood@airevalleyfoods.example.com>
Sent: 18 March 2025 11:06
To: Dominic Farrar <d.farrar@example-school.org.uk>
Subject: Taster day - Jayden Taylor

Hi Dominic,

Happy to confirm Jayden's taster day on Tuesday 8 April, 8.30am-2.30pm. Please ask him to report to the gatehouse at Unit 12, Aire Valley Trading Estate, Leeds LS12 6ZW and ask for me.

He'll need steel toe-capped boots - we'll provide hi-vis, ear defenders and a hairnet. Lunch is provided in the canteen.

Nathan Greenwood
Maintenance Apprenticeship Lead
Aire Valley Foods Ltd
T: 0113 496 0647 | M: 07700 900935
"""
add("clean", "fwd_employer_signature_mobile",
    "Outlook forward; the employer's own mobile in his signature",
    frm=DFA, to=[JAYDEN], subject="FW: Taster day - Jayden Taylor", date="2025-03-18 12:40:09",
    body=alt("outlook", "c53", t))

# C54 --------------------------------------------------------------------------------
FM = staff("Fran Middleton", "f.middleton")
t = """Hi Callum,

I know you were worried about the two weeks off, so here's the list we talked about. I can't give out my own number - that's the same for all staff - but these are all there over the holidays:

- Kooth: free online chat with counsellors, weekday afternoons and evenings (kooth.com)
- The council's young people's crisis line: 0808 157 0222, any time, day or night
- If you feel unsafe right now: 999

Our sessions start again on Tuesday 22 April, same time (period 4) in the Wellbeing Room. You can email me here over the holidays, but I might not reply until we're back.

Take care,
Fran
School Counsellor
"""
add("clean", "counsellor_holiday_support_no_own_number",
    "counsellor explicitly won't give own number; official helplines",
    frm=FM, to=[CALLUM], subject="Over the Easter holidays", date="2025-04-03 14:58:33",
    body=plain(t))

# C55 --------------------------------------------------------------------------------
t = """Dean,

Can you come with me on the home visit tomorrow at 10? Details:

Sam Carer (carer), Flat 2, 88 Victoria Road, Leeds LS6 1ZE
Mobile 07700 900456 - no answer today, left two voicemails
Attendance this half term: 71.4%

If you can't, I'll ask Kerry. My mobile's 07700 900276 if we need to meet there rather than leave together.

Karen
"""
add("clean", "staff_only_home_visit_details",
    "staff-only: carer's details and a staff member's own mobile between colleagues",
    frm=KW, to=[DF], subject="Home visit tomorrow \u2013 Example Pupil Two", date="2025-03-12 15:50:17",
    body=plain(t))

# C56 --------------------------------------------------------------------------------
HO = staff("Helen Okonjo", "h.okonjo")
GOV = ("Philippa Greenhalgh", "pgreenhalgh.gov@yahoo.co.uk")
t = """Philippa,

Just to give you the heads-up - we've had the call. Inspection starts tomorrow at 8am, two inspectors, lead is Mr Varley.

He'd like 30 minutes with governors, ideally you and the safeguarding governor, on Wednesday at 12.15. Can you let me know tonight if that works?

Ring me on my mobile any time this evening - 07700 900522. I'll be at school till late.

Helen
"""
add("clean", "head_to_governor_personal_mailbox",
    "headteacher's own mobile to a governor's personal mailbox (not a parent/pupil address, so check not applicable)",
    frm=HO, to=[GOV], subject="Tomorrow", date="2025-05-19 13:02:55", style="gmail", body=alt("gmail", "c56", t))

# C57 --------------------------------------------------------------------------------
CL = staff("Craig Lumb", "c.lumb")
t = """Dear Mrs Parent,

She has been selected for the city schools cross-country final on Saturday 15 March at Roundhay Park. Meet at the Mansion car park (LS8 2ZH) at 9.15am; races start at 10.00.

If you're running late or can't find us on the day, ring my work mobile on 07700 900611. We'll be by the blue Example School gazebo near the start line.

Kind regards,
Craig Lumb
PE Department
"""
add("clean", "cross_country_work_mobile",
    "[unsure] 'my work mobile' - presumably school-issued, not personal; filter cannot tell",
    frm=CL, to=[JANE], subject="City cross-country final \u2013 Saturday", date="2025-03-10 12:27:14",
    body=alt("outlook", "c57", t))

# C58 --------------------------------------------------------------------------------
t = """Dear Parent/Carer,

The trust board has approved our term dates for 2025-26:

Autumn term:  Wednesday 3 September 2025 - Friday 19 December 2025
  Half term:  Monday 27 - Friday 31 October 2025
Spring term:  Monday 5 January 2026 - Friday 27 March 2026
  Half term:  Monday 16 - Friday 20 February 2026
Summer term:  Monday 13 April 2026 - Wednesday 22 July 2026
  Half term:  Monday 25 - Friday 29 May 2026

INSET days (school closed to pupils): 1 and 2 September 2025, 24 November 2025, 23 February 2026, 1 June 2026.
Bank holiday: Monday 4 May 2026.

The school day is 08:40-15:10 (Fridays 08:40-14:30). Gates open at 08:20.

Please plan family holidays around these dates; leave in term time is only granted in exceptional circumstances.

Example School Office
Ref: Trust calendar 2025/26 v3, approved 20/03/2025
"""
add("clean", "term_dates_2025_26",
    "ordinary; many dates and times",
    frm=OFF, to=[ALI], subject="Term dates 2025\u201326", date="2025-03-21 14:00:00",
    style="mis", body=plain(t))

# C59 --------------------------------------------------------------------------------
t = """Lads,

Wednesday's U15 game is away at Roundhay Fields Sports Centre, 100 Example Lane, Leeds LS8 2ZA. Minibus leaves from the sports hall at 2.45 (you'll be released from period 5 at 2.35), KO 3.30, back at school about 5.45.

If your parents are picking you up from the venue instead, they need to ring the PE office on 01632 960000 ext 2150 before 12 on Wednesday so we can sign you out.

Bring both kits - they play in navy as well.

Mr Dawes
"""
add("clean", "away_fixture_venue_pe_extension",
    "venue address/postcode, times, PE office extension, to pupils",
    frm=RD, to=[JAYDEN, CALLUM, JORDAN], subject="Away match Wednesday", date="2025-10-06 15:12:01",
    body=plain(t))

# C60 --------------------------------------------------------------------------------
t = """Hi Ellie,

Much better. Your point about Sheila changing her mind about Eric in Act 2 is exactly the kind of thing the examiners want - you've linked it to Priestley's message about responsibility, which is what gets you into the top band.

Two things for next time:
1. Your intro is too long. Two sentences, then straight into your first point.
2. Use "dramatic irony" when you talk about Birling's speech about the Titanic - you describe it perfectly but don't name it.

Mark: 24/34 (grade 6). Well done!

Miss Carver

On Sun, 9 Nov 2025 at 20:40, Ellie Sharpe <22sharpee@pupils.example-school.org.uk> wrote:
> Hi miss, here's my redraft, sorry it's late
"""
add("clean", "inspector_calls_essay_feedback",
    "ordinary feedback to a pupil",
    frm=HC, to=[ELLIE], subject="Re: Inspector Calls redraft", date="2025-11-10 12:41:36",
    style="gmail", body=alt("gmail", "c60", t), in_reply_to="<CAHx2hK8e4zVd@mail.gmail.com>")


# ======================================================================================
# output
# ======================================================================================

README = """# Round 6 hold-out: personal-address-to-parent (BLIND)

**Blind test data. Never use these files for tuning, rule writing or debugging the filter.**
They were written without looking at mailguard's code, rules, tests or docs, only at the
school's e-mail/social-media policy, `config.example.yaml` (school identity) and
`directory/parents.csv`. Run them only to measure the module; if you look at a failure,
the corpus stops being a hold-out.

## What is being tested

Policy: staff must not give pupils or parents their *own* personal contact details (personal
mobile or home phone, home address, personal e-mail) or invite them to private channels
(WhatsApp, Snapchat, Instagram, Facebook/Messenger, TikTok, Telegram, Signal, Discord,
"text me"). The check only applies when the recipients (To/Cc) include a known parent
(jane.parent@gmail.com, sam.carer@outlook.com, ali.guardian@btinternet.com) or a pupil
(@pupils.example-school.org.uk). The school's own details, staff school e-mail addresses,
and official contacts are fine.

## Counts

- {n} messages: {nf} `flag`, {nc} `clean` ({nu} marked `[unsure]` in the note)

## Kinds of case

- `flag`: a personal number given in passing mid-paragraph; in a plain-text or HTML-table signature;
  wrapped across a format=flowed line; hyphenated, bracketed, `+44`, unspaced or written in words;
  split by a quoted-printable soft line break; split across HTML `<span>`s; only in the
  (RFC 2047) subject; only in a .txt attachment, a vCard or an .ics DESCRIPTION; personal mailbox
  as Reply-To (header only) or in Cc; obfuscated ("dot ... at gmail dot com"); a forward from the
  teacher's own Gmail; a home address for dropping something off; WhatsApp group, Signal,
  Snapchat, Instagram, Discord, Telegram, TikTok and Facebook invitations; a parent only in Cc;
  one where the number sits only in the teacher's own earlier message quoted below (`[unsure]`).
- `clean`: finance (invoices, sort code/account, IBAN/BIC, direct debit refs, meal balances),
  exams (candidate/centre numbers, UCI, access codes, rooms, component codes), site contractor
  details, attendance (council welfare service, penalty-notice refs, official text line), SEND and
  health agencies (EP service, SLT, CAMHS, social care front door, LA SEND team, immunisation
  service, NHS number), careers (employers, college, apprenticeship provider, UCAS ID, a
  forwarded employer signature with a mobile), trips (field centre, Paris hotel, coach firms,
  school trip mobile, trust trips line, DofE grid refs), PTA venue and box office, PRU transport
  and base, replies quoting the parent's own signature/address, the parent's or pupil's own
  details read back to them, staff school e-mails and extensions, numbers that only look like
  phones (order/tracking, barcodes, ISBN, ULN, UCAS ID, company no., dates/times), official
  social media, e-safety advice naming apps, words like Telegram/Signal/discord/snap in lessons,
  a teacher declining a pupil's follow request, a counsellor who won't give her number, and
  staff-only mail (or mail to a non-parent personal mailbox) containing staff personal details,
  where the check does not apply.

Formats: text/plain (7bit, quoted-printable, base64, format=flowed), multipart/alternative in
Outlook / Gmail / Apple Mail styles, HTML-only with signature tables, multipart/mixed with PDF
stubs, vCards, .ics invitations and a .txt attachment; RFC 2047 subjects and names; Outlook,
Gmail and Apple Mail reply/forward quoting.

All names, addresses and organisations are fictitious (example.com/.org/.net domains); phone
numbers are from Ofcom's drama ranges.

## Files

- `NNN_<flag|clean>_<slug>.eml` - the messages
- `labels.csv` - `file,expected,sender,recipients,note` (recipients = To + Cc, space-separated;
  judgement calls are marked `[unsure]`)

## Regenerate

    python3 tests/holdout/round6/make_round6_personal.py

Output is deterministic (fixed dates, Message-IDs and MIME boundaries): two runs are
byte-identical. Python 3.11 standard library only.
"""


def main() -> int:
    import email
    import email.policy

    cases = list(CASES)
    random.Random(20250606).shuffle(cases)
    slugs = [c["slug"] for c in cases]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, c in enumerate(cases, 1):
        name = f"{i:03d}_{c['expected']}_{c['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(c["raw"])
        msg = email.message_from_bytes(c["raw"], policy=email.policy.default)
        assert msg["From"] and msg["To"] and msg["Subject"] is not None and msg["Message-ID"], name
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
        rows.append([name, c["expected"], c["sender"], c["recipients"], c["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    nf = sum(1 for c in cases if c["expected"] == "flag")
    nc = sum(1 for c in cases if c["expected"] == "clean")
    nu = sum(1 for c in cases if "[unsure]" in c["note"])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README.format(n=len(cases), nf=nf, nc=nc, nu=nu))
    print(f"wrote {len(cases)} messages ({nf} flag, {nc} clean, {nu} unsure) to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
