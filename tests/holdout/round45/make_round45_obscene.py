#!/usr/bin/env python3
"""Round 45 blind hold-out corpus, module: obscene-language.

Setting: an Orthodox Jewish voluntary-aided primary school (ages 3-11) in north Manchester.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into ./obscene-language/
next to this script.  Python 3.11 standard library only; fully deterministic (fixed dates,
Message-IDs and MIME boundaries), so running it twice gives byte-identical files.

Usage:  python3 make_round45_obscene.py
"""
import base64
import csv
import datetime
import email
import email.policy
import hashlib
import html
import io
import os
import quopri
import random
import re
import sys
import textwrap
from email.utils import format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUPDOM = "pupils.example-school.org.uk"

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------
_STAFF = {
    "adler": ("Rochel Adler", "r.adler"),
    "brodie": ("Rabbi Yehuda Brodie", "y.brodie"),
    "rubin": ("Malka Rubin", "m.rubin"),
    "dsl": ("Designated Safeguarding Lead", "dsl"),
    "whitworth": ("Karen Whitworth", "k.whitworth"),
    "office": ("Example School Office", "office"),
    "gross": ("Shaindy Gross", "s.gross"),
    "attendance": ("Attendance Office", "attendance"),
    "ashworth": ("Pauline Ashworth", "p.ashworth"),
    "oldham": ("Gary Oldham", "g.oldham"),
    "lieberman": ("Bracha Lieberman", "b.lieberman"),
    "kitchen": ("School Kitchen", "kitchen"),
    "sternberg": ("Faigy Sternberg", "f.sternberg"),
    "pickering": ("Tom Pickering", "t.pickering"),
    "kahan": ("Esther Kahan", "e.kahan"),
    "ridley": ("Joanne Ridley", "j.ridley"),
    "fogel": ("Rabbi Shmuel Fogel", "s.fogel"),
    "marcus": ("Dina Marcus", "d.marcus"),
    "it": ("IT Support", "it"),
    "blau": ("Hannah Blau", "h.blau"),
    "cheetham": ("Alan Cheetham", "a.cheetham"),
    "kershaw": ("Zoë Kershaw", "z.kershaw"),
    "hurst": ("Daniel Hurst", "d.hurst"),
    "teitelbaum": ("Leah Teitelbaum", "l.teitelbaum"),
    "feldman": ("Chani Feldman", "c.feldman"),
    "platt": ("Sue Platt", "s.platt"),
    "sacks": ("Naomi Sacks", "n.sacks"),
    "halpern": ("Devorah Halpern", "d.halpern"),
    "eckstein": ("Miriam Eckstein", "m.eckstein"),
    "clerk": ("Gitty Landau (Clerk to Governors)", "clerk"),
    "allstaff": ("All Staff", "staff"),
}


def S(key, name=None):
    n, local = _STAFF[key]
    return (name if name is not None else n, f"{local}@{DOM}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]


def P(local, name=""):
    return (name, f"{local}@{PUPDOM}")


def X(addr, name=""):
    return (name, addr)


# ---------------------------------------------------------------------------------------------
# Header helpers
# ---------------------------------------------------------------------------------------------
def _chunks(s, maxbytes):
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > maxbytes:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def enc_words(s, mode="B"):
    words = []
    if mode == "B":
        for c in _chunks(s, 42):
            words.append("=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode("ascii") + "?=")
    else:
        for c in _chunks(s, 18):
            q = ""
            for b in c.encode("utf-8"):
                ch = chr(b)
                if ch == " ":
                    q += "_"
                elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                    q += ch
                else:
                    q += "=%02X" % b
            words.append("=?utf-8?Q?" + q + "?=")
    return "\n ".join(words)


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    if not name.isascii():
        return f"{enc_words(name, 'Q')} <{addr}>"
    if any(c in name for c in ',.()<>@;:"[]'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def fmt_list(pairs):
    return ",\n ".join(fmt_addr(p) for p in pairs)


def fmt_subject(s, mode=None):
    if mode is None and s.isascii():
        return s
    return enc_words(s, mode or "B")


def when(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone.utc)
    return d


def _h(s, n=16):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------------------------------------
# Body parts
# ---------------------------------------------------------------------------------------------
def wrap_text(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">"):
            out.append(line)
        else:
            lead = re.match(r"^(\s*(?:[-*]|\d+\.)?\s*)", line).group(1)
            sub = " " * len(lead) if lead.strip() else ""
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False,
                                     subsequent_indent=sub))
    return "\n".join(out)


class Text:
    def __init__(self, text, subtype="plain", cte=None, charset=None, flowed=False, wrap=False):
        if wrap:
            text = wrap_text(text)
        if not text.endswith("\n"):
            text += "\n"
        self.text, self.subtype, self.cte, self.charset, self.flowed = text, subtype, cte, charset, flowed

    def render(self, seed):
        data = self.text.encode("utf-8")
        ascii_ok = self.text.replace("\x00", "").isascii()
        cte = self.cte or ("7bit" if ascii_ok else "quoted-printable")
        cs = self.charset or ("us-ascii" if (ascii_ok and cte == "7bit") else "utf-8")
        if cte in ("7bit", "8bit"):
            body = self.text
            for ln in body.split("\n"):
                assert len(ln.encode("utf-8")) < 990, ln[:60]
            if cte == "7bit":
                assert ascii_ok
        elif cte == "quoted-printable":
            body = quopri.encodestring(data).decode("ascii")
            # "\x00" in the source marks a deliberate soft line break
            body = body.replace("=00", "=\n")
        elif cte == "base64":
            body = base64.encodebytes(data).decode("ascii")
        else:
            raise ValueError(cte)
        ct = f'text/{self.subtype}; charset="{cs}"'
        if self.flowed:
            ct += "; format=flowed"
        return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body


class Attach:
    def __init__(self, filename, ctype, data, cte="base64"):
        self.filename, self.ctype, self.data, self.cte = filename, ctype, data, cte

    def render(self, seed):
        if self.cte == "base64":
            body = base64.encodebytes(self.data).decode("ascii")
        else:
            body = self.data.decode("utf-8")
            if not body.endswith("\n"):
                body += "\n"
        return [("Content-Type", f'{self.ctype}; name="{self.filename}"'),
                ("Content-Disposition", f'attachment; filename="{self.filename}"'),
                ("Content-Transfer-Encoding", self.cte)], body


class Multi:
    def __init__(self, subtype, parts, style="gmail"):
        self.subtype, self.parts, self.style = subtype, parts, style

    def render(self, seed):
        if self.style == "outlook":
            b = f"_00{len(seed)}_{_h(seed + self.subtype, 24).upper()}_"
        else:
            b = f"0000000000{_h(seed + self.subtype, 14)}"
        out = []
        for i, p in enumerate(self.parts):
            hdrs, body = p.render(f"{seed}.{i}")
            out.append(f"--{b}\n" + "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n" + body)
            if not body.endswith("\n"):
                out.append("\n")
            out.append("\n")
        out.append(f"--{b}--\n")
        return [("Content-Type", f'multipart/{self.subtype}; boundary="{b}"')], "".join(out)


def to_html(text, style="gmail"):
    esc = lambda s: html.escape(s, quote=False)
    lines = text.rstrip("\n").split("\n")
    if style == "gmail":
        out, i = [], 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith(">"):
                q = []
                while i < len(lines) and lines[i].startswith(">"):
                    q.append(lines[i][1:].lstrip(" ") if lines[i].startswith("> ") or lines[i] == ">" else lines[i][1:])
                    i += 1
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + "<br>".join(esc(x) for x in q) + "</blockquote>")
                continue
            if ln.startswith("On ") and ln.rstrip().endswith("wrote:"):
                out.append(f'<div class="gmail_attr">{esc(ln)}<br></div>')
            elif ln.strip() == "":
                out.append("<div><br></div>")
            else:
                out.append(f"<div>{esc(ln)}</div>")
            i += 1
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    # outlook
    paras, cur = [], []
    for ln in lines:
        if ln.strip() == "":
            if cur:
                paras.append(cur)
                cur = []
            paras.append(None)
        else:
            cur.append(ln)
    if cur:
        paras.append(cur)
    body = []
    for p in paras:
        if p is None:
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif p[0].startswith("____") or p[0].startswith("-----Original"):
            body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            body.append('<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in p[1:]) + "<o:p></o:p></p></div>")
        else:
            body.append('<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in p) + "<o:p></o:p></p>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
            '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>\n")


def plain(text, cte=None, wrap=True, charset=None, flowed=False):
    return Text(text, "plain", cte, charset, flowed, wrap)


def alt(text, html_text=None, style="gmail", cte=None, html_cte=None):
    h = html_text if html_text is not None else to_html(text, style)
    if style == "outlook":
        cte = cte or "quoted-printable"
        html_cte = html_cte or "quoted-printable"
    return Multi("alternative", [Text(text, "plain", cte, None, False, False),
                                 Text(h, "html", html_cte or cte, None, False, False)], style)


def htmlonly(h, cte="quoted-printable"):
    return Text(h, "html", cte)


def mixed(body, *atts, style="gmail"):
    return Multi("mixed", [body, *atts], style)


def make_pdf(title, lines):
    """A tiny but valid one-page PDF with some text (deterministic)."""
    def pesc(s):
        s = s.encode("ascii", "replace").decode("ascii")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 12 Tf 60 780 Td 16 TL\n(" + pesc(title) + ") Tj T*\n"
    for ln in lines:
        stream += "(" + pesc(ln) + ") ' \n"
    stream += "ET\n"
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
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("ascii")


# ---------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------
def sig(name, role, style="full"):
    if style == "full":
        return f"{name}\n{role}\nExample School\nPark Row, LS1 4AP\nTel: 01632 960000"
    if style == "bar":
        return f"{name} | {role}\nExample School | Park Row | LS1 4AP | 01632 960000"
    if style == "line":
        return f"{name}\n{role}, Example School, Park Row, LS1 4AP - 01632 960000"
    if style == "disclaimer":
        return (f"{name}\n{role}\nExample School, Park Row, LS1 4AP\nT: 01632 960000 | office@{DOM}\n\n"
                "This e-mail and any attachments are confidential and intended for the addressee only. "
                "If you have received it in error please tell the sender and delete it.")
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# Message registry
# ---------------------------------------------------------------------------------------------
MSGS = []


def msg(label, slug, note, frm, to, subject, date, body, cc=(), subj_enc=None, reply=False,
        mailer=None, extra=()):
    assert label in ("flag", "clean")
    MSGS.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, body=body, subj_enc=subj_enc, reply=reply,
                     mailer=mailer, extra=list(extra)))


def build(m):
    seed = m["slug"]
    hdrs = [("From", fmt_addr(m["frm"])), ("To", fmt_list(m["to"]))]
    if m["cc"]:
        hdrs.append(("Cc", fmt_list(m["cc"])))
    hdrs.append(("Subject", fmt_subject(m["subject"], m["subj_enc"])))
    hdrs.append(("Date", format_datetime(when(m["date"]))))
    hdrs.append(("Message-ID", f"<{_h(seed + 'mid', 20)}.r45@{DOM}>"))
    if m["reply"]:
        ref = f"<{_h(seed + 'parent', 24)}@{'mail.gmail.com' if m['reply'] == 'gmail' else DOM}>"
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    hdrs.extend(m["extra"])
    if m["mailer"]:
        hdrs.append(("X-Mailer", m["mailer"]))
    hdrs.append(("MIME-Version", "1.0"))
    ph, body = m["body"].render(seed)
    hdrs.extend(ph)
    raw = "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n" + body
    return raw.encode("utf-8")

# =============================================================================================
# FLAG (20): the staff author's own words contain swearing or a slur
# =============================================================================================
OUTLOOK = "Microsoft Outlook 16.0"
ZW = "\u200b"
CYR_A = "\u0430"


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


msg("flag", "learning_walk_bollocks",
    "staff-to-staff venting, plain 'bollocks', reply with Gmail quote",
    S("hurst"), [S("pickering")], "Re: learning walk", "2024-11-12 16:05",
    alt("""Tom,

Cheers for doing my duty at lunch. The learning walk was a load of bollocks to be honest - three people with clipboards stood at the back of my room for four minutes while the kids were tidying up after art, and the feedback was "we'd like to see more evidence of retrieval practice". They literally watched the tidy-up.

Anyway. Still on for Year 6 football on Thursday? I've got 14 boys signed up and Rabbi Fogel says they can leave Gemara ten minutes early as long as they're back in time for Mincha.

Dan

On Tue, 12 Nov 2024 at 12:48, Tom Pickering <t.pickering@example-school.org.uk> wrote:
> How did it go? I'll do your yard duty if you're still stuck in it.
> T
"""), reply="school")

msg("flag", "boiler_fucked",
    "site manager to business manager, plain 'fucked', Outlook HTML",
    S("oldham"), [S("kahan")], "Boiler - girls' building", "2024-11-18 07:22",
    alt("""Esther,

Boiler in the girls' building is fucked again. Same fault code as October (F28, no ignition). I've reset it twice this morning and it lasts about twenty minutes each time before it locks out.

The heating engineer can't get here till tomorrow afternoon. I've put the two oil-filled radiators in Reception and Year 1, and moved the portable heater out of the staffroom into the nursery because the little ones were sat in their coats at breakfast club.

We really need to have the conversation about replacing it properly. That's the third call-out this term and it's £180 every time before he's even opened his toolbox. Can we get ten minutes with Rochel this week?

Gary

Gary Oldham
Site Manager
Example School, Park Row, LS1 4AP
01632 960000
""", style="outlook"), mailer=OUTLOOK)

msg("flag", "wrong_letter_oh_shit",
    "office manager to parent, plain 'shit' in apology, PDF attached, Gmail quote",
    S("office"), [JANE], "Re: Tu B'Shvat letter", "2025-02-10 11:40",
    mixed(alt("""Hi Jane,

Oh shit, sorry - I've just realised I put the Year 4 letter in the Year 1 bags. Ignore the bit about bringing a Chumash and a named pencil case, that's for the Year 4 Chumash presentation, not Rivky's class at all! The right one is attached.

Year 1 are having their Tu B'Shvat fruit seder on Thursday at 10.30 in the hall. If you can send in one fruit from the shivas haminim (grapes, figs, pomegranate, dates, olives) that would be lovely, but no pressure, the kitchen are doing a big platter anyway.

Sorry again - one of those mornings!

Shaindy

Mrs S. Gross | Office Manager
Example School | Park Row | LS1 4AP | 01632 960000

On Mon, 10 Feb 2025 at 10:52, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Shaindy, the letter that came home on Friday says Rivky needs to
> bring her own Chumash? She's in Year 1, is that right?? Thanks, Jane
"""), Attach("Year1_TuBShvat_seder.pdf", "application/pdf",
             make_pdf("Year 1 Tu B'Shvat seder", ["Thursday 13 February, 10.30am, school hall.",
                                                   "Please send one fruit from the shivas haminim if you can.",
                                                   "Example School, Park Row, LS1 4AP - 01632 960000"]))),
    reply="gmail")

msg("flag", "moderation_f_asterisk",
    "staff-to-staff venting, asterisk mask 'f*cking' in body",
    S("ridley"), [S("cheetham")], "Re: writing moderation", "2025-01-23 17:10",
    alt("""Alan - honestly, what a f*cking farce that moderation meeting was. We've been told three different things about "greater depth" in the space of a term, and now the LA adviser wants the evidence in separate books. Separate BOOKS. As if we've got time to photocopy every Year 5 piece twice with a 1 o'clock finish on Fridays.

I'll bring you the exemplar folder tomorrow before registration.

Can you do me a favour and not mention to Malka that I got a bit heated? I'll apologise to the lady from the LA myself, it wasn't her fault.

Jo
"""))

msg("flag", "classroom_chat_pissing_about",
    "teacher to Year 6 pupils, plain 'pissing about'",
    S("hurst"), [P("18mgoldfarb", "Mendy Goldfarb"), P("18yweisz", "Yossi Weisz"),
                 P("18sfrankel", "Shmuli Frankel"), P("18ckorn", "Chaim Korn")],
    "Classroom stream", "2025-01-13 19:45",
    plain("""Boys,

I've turned comments off on the class stream. Some of you have been pissing about on there all weekend - over forty messages about whose football team is better and a lot of silly GIFs - and it is meant to be for questions about homework.

If you actually need help with the fractions sheet, email me properly or ask me in the morning. It's due in on Wednesday.

Mr Hurst
Year 6, Example School
"""))

msg("flag", "pickup_tw_at_parent",
    "staff-to-staff about a parent, leetspeak 'tw@t'",
    S("blau"), [S("feldman")], "pickup today", "2024-11-26 15:58",
    plain("""Chani did you see the business at pickup?? Mr Reiss double-parked his people carrier right across the gate and then had a go at Gary for asking him to move it. In front of all the kids. Total tw@t. Gary was very calm about it, much calmer than I would have been.

His wife is lovely, that's the annoying thing, I'm in her Tuesday night shiur.

Anyway - can I borrow your laminator pouches tomorrow? Ours have run out again.

H x
"""))

msg("flag", "minibus_bay_dotted",
    "PE coach to site manager, dotted letters 'w.a.n.k.e.r'",
    S("pickering"), [S("oldham")], "Minibus bay AGAIN", "2025-01-22 08:31",
    alt("""Gary,

Some w.a.n.k.e.r has parked a silver Audi across the minibus bay again so I can't get the minibus out for the swimming run. Reg starts MA19 something. I don't think it's a parent, might be one of the builders from the flats opposite.

Can you ask the office to put a message on the shul WhatsApp groups just in case? If it's not moved by 9.15 I'm taking the Year 4 boys on the bus.

Tom
""", style="outlook"), mailer=OUTLOOK)

msg("flag", "ehcp_panel_cyrillic",
    "SENCO to deputy, 'bastards' with Cyrillic a homoglyphs, about LA panel",
    S("whitworth"), [S("rubin")], "EHC needs assessment - panel outcome", "2024-11-28 16:40",
    alt(f"""Malka,

Panel have turned down the needs assessment for Shloimy. Again. Same wording as last time: "needs can be met from within the school's delegated resources". We have spent £6,400 of our own budget on his one-to-one since September.

Heartless b{CYR_A}st{CYR_A}rds, the lot of them. I know it's not the caseworker's fault but honestly.

I'll ring his mum tonight - she asked me to phone rather than email, she hardly looks at her emails. I'll draft the appeal letter over the weekend and send it to you on Monday morning to look at.

Karen

Karen Whitworth
SENCO
Example School, Park Row, LS1 4AP
01632 960000
""", style="outlook"), mailer=OUTLOOK)

msg("flag", "supply_fullwidth",
    "learning mentor to teacher, full-width letters 'bellend' about supply teacher",
    S("platt"), [S("hurst")], "Y3 supply", "2025-01-17 10:12",
    plain(f"""Dan - the supply in Year 3 this morning is a proper {fullwidth('bellend')}. He told Aviva she couldn't go to the toilet because "you should have gone at break" - she's SEVEN - and then asked the boys why they were "wearing hats indoors". I've had a quiet word and Alan knows.

Not booking him again if I've got anything to do with it.

Sue
""", cte="quoted-printable"))

msg("flag", "it_engineer_zero_width",
    "business manager to IT, zero-width space inside 'arsehole'",
    S("kahan"), [S("marcus")], "IT support visit this morning", "2025-02-04 13:20",
    alt(f"""Dina,

Just so you know, the engineer the support company sent this morning was an absolute arse{ZW}hole to Shaindy on reception - told her she "wouldn't understand" when she asked which machines he'd be working on, then went into the server cupboard without signing in. I've emailed their account manager to complain (politely!).

Can you check what he actually did to the office PCs? Shaindy's printer has disappeared from her list since he left.

Thanks,
Esther

Esther Kahan
School Business Manager
Example School, Park Row, LS1 4AP
T: 01632 960000
""", style="outlook"), mailer=OUTLOOK)

_TIMETABLE_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal"><span lang="EN-GB">Jo,<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span lang="EN-GB">I&#8217;m honestly so pi</span><span lang="EN-GB" style="mso-bidi-font-family:Calibri">ssed off with the new timetable. Science has been moved to Friday afternoon for Year 3 &#8211; which in winter doesn&#8217;t exist, because we finish at 1! So that&#8217;s science gone until after Pesach.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span lang="EN-GB">Did anyone actually look at it before it went out? I&#8217;m going to raise it at the phase meeting but wanted to check I&#8217;m not going mad first.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span lang="EN-GB">Alan<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-GB" style="font-size:9.0pt;color:#595959">Alan Cheetham | Year 3 Teacher &amp; Science Lead | Example School, Park Row, LS1 4AP | 01632 960000<o:p></o:p></span></p>
</div>
</body>
</html>
"""
msg("flag", "timetable_html_split",
    "HTML-only Outlook mail, 'pissed off' split across two span tags",
    S("cheetham"), [S("ridley")], "new timetable", "2025-02-03 12:35",
    htmlonly(_TIMETABLE_HTML), mailer=OUTLOOK)

_MARKING_HTML = """<div dir="ltr"><div>Have you read the new marking policy?? Green pen for &quot;even better if&quot;, purple pen for pupil response, and a stamp for verbal feedback. In PE. How am I meant to stamp a netball match.</div><div><br></div><div>It&#39;s bull&#115;hit mate. I&#39;m going to say so on Thursday (more politely).</div><div><br></div><div>Quick drink after parents&#39; evening?</div><div><br></div><div>T</div></div>
"""
msg("flag", "marking_policy_entity",
    "HTML-only Gmail-style mail, 'bullshit' written with an HTML character reference",
    S("pickering"), [S("hurst")], "marking policy", "2025-03-05 15:50",
    htmlonly(_MARKING_HTML, cte="7bit"))

msg("flag", "walk_in_fridge_qp_break",
    "catering manager to business manager, quoted-printable soft line break inside 'fucking'",
    S("lieberman"), [S("kahan")], "Walk-in fridge", "2024-11-21 09:05",
    plain("""Esther,

The walk-in fridge has gone again. It was reading 11 degrees
when I came in at 7 and the fuck\x00ing alarm didn't go off, so
everything from yesterday's delivery - all the chicken and the
mince for today - has to go. Reb Yankel (the mashgiach) has
been in and agrees. That's about £900 of stock in the bin.

I need the engineer TODAY, not Monday please.

I'll do a pareve lunch today, pasta and salad and fish fingers
from the freezer, the freezer is fine.

Bracha
""", cte="quoted-printable", wrap=False))

msg("flag", "parent_app_base64",
    "office manager to parent she knows from shul, 'absolute shite' in a base64 body",
    S("gross"), [ALI], "Re: parent app login", "2025-01-14 14:02",
    plain("""Hi Ali,

Honestly the new parent app is absolute shite, we've had about thirty calls about it this week so you're not the only one. The login code runs out after ten minutes and the text often arrives after that, which is helpful.

Easiest thing: I'll ring you after 3.30 and go through the dinner money for the boys over the phone, I know you'd rather that anyway. And please tell your wife thank you for the kugel at the kiddush on Shabbos, it was gorgeous.

Shaindy
Office Manager, Example School - 01632 960000

On Tue, 14 Jan 2025 at 12:17, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Shaindy, the app still won't let me in, it says the code is invalid every
> time. Can someone just tell me how much I owe for dinners for the three
> boys? Ali
""", cte="base64", charset="utf-8"), reply="gmail")

msg("flag", "fire_drill_subject_2047",
    "swear word only in RFC 2047 base64-encoded subject; body is a clean debrief",
    S("pickering"), [S("rubin")], "Fire drill \u2013 total clusterfuck", "2024-11-27 11:15",
    alt("""Malka, Gary,

Some notes from this morning while it's fresh:

- 9 min 40 to get everyone out and registered. Target is 4.
- Nobody swept the boys' beis medrash upstairs - two Year 6 boys were still in there davening when I went back in. They said they didn't hear it. The sounder on that landing is definitely quieter than the others.
- Nursery went out of the side door, which is fine, but the side gate was padlocked so they were stuck in the yard.
- Registers: kitchen staff and the two volunteer mums weren't on any list.

Can we do a proper debrief at Thursday briefing? Not having a go at anyone, it just needs fixing before we do the next one.

Tom
"""), cc=[S("oldham")], subj_enc="B")

_SEATING = """table,seat,pupil,notes
1,1,Moshe K,near front (new glasses)
1,2,Yisroel B,
1,3,Chaim L,EAL - Yiddish at home; pair with Yisroel
1,4,Avromi S,
2,1,Mendy G,little shit - keep him away from the window and from Shmuli
2,2,Eli F,
2,3,Shmuli F,
2,4,Dovid H,reading group B
3,1,Yossi W,reading group B
3,2,Nochum T,hearing aid - left side to the board
3,3,Pinchas R,
3,4,Berel A,reading group B
"""
msg("flag", "seating_plan_csv",
    "swear word about a pupil inside an attached CSV seating plan; body clean",
    S("hurst"), [S("kershaw")], "New seating plan for Monday", "2025-02-02 20:30",
    mixed(plain("""Hi Zoë,

Here's the new plan for Monday. Main change is splitting up the back table. Could you sit with reading group B first thing while I do the spelling test with the rest?

Thanks,
Dan
""", cte="8bit", charset="utf-8"),
          Attach("Y6_boys_seating_Feb.csv", "text/csv", _SEATING.encode("utf-8"))))

msg("flag", "sports_afternoon_spaz",
    "teacher to colleague, disability slur 'spaz' about a pupil",
    S("feldman"), [S("blau")], "sports afternoon groups", "2025-02-06 16:20",
    alt("""Hi Hannah,

I've split my lot into the four colour teams for Tuesday - list is on the shared drive under Sports Afternoon. I've put the twins in different teams this time after last year's tears.

Don't put Yanky on the relay whatever you do. He fell over his own feet three times in practice today, the kid's a total spaz, bless him. Stick him on the beanbag throw.

Can you bring the stickers? I've used all mine on reading.

Chani
"""))

msg("flag", "fruit_delivery_schvartze",
    "catering manager to office, racial slur (Yiddish 'schvartze') about a delivery driver",
    S("lieberman"), [S("gross")], "fruit delivery", "2024-11-25 10:05",
    plain("""Shaindy,

Please can you ring the greengrocer again. The schvartze driver left the boxes outside the back gate in the rain again instead of bringing them into the kitchen, half the bananas are soaked and the cardboard has gone to mush. I've told him twice.

Maybe they can send someone else on Mondays.

Also I need the order for next week in by Wednesday because of Rosh Chodesh - can you remind me which classes are having a party on the Monday?

Thanks
Bracha
"""))

msg("flag", "chol_cover_shiksa",
    "rebbe to menahel, religious slur 'shiksa' about an agency teacher",
    S("fogel"), [S("brodie")], "Year 5 boys - afternoon cover", "2025-01-15 13:45",
    plain("""Rabbi Brodie,

I need to raise the cover for the Year 5 boys' afternoon chol. The shiksa the agency has sent this week has no idea. She let them call out all afternoon, she opened the partition to the girls' corridor for "more light", and she told Eli to take off his tzitzis for PE. The boys came back to me for the last lesson completely wild.

Can we ask the agency for somebody who has worked in a frum school before? Or could Mr Hurst take some of it?

Shmuel Fogel
"""))

msg("flag", "reading_folder_repeated",
    "TA to teacher, repeated letters 'shiiiiit'",
    S("kershaw"), [S("hurst")], "reading folder!!", "2025-03-10 07:52",
    plain("""Dan - shiiiiit, I think I left the group B reading folder on the 135 last night. It's got the running records in it but only "Y6 B" on the cover. I've rung the depot and they're checking lost property.

Can you start them on the comprehension sheets instead of guided reading until I know? So sorry.

Z x
""", cte="8bit", charset="utf-8"))

# =============================================================================================
# CLEAN, hard negatives (30)
# =============================================================================================
msg("clean", "kodesh_news_shittim",
    "kodesh newsletter: 'atzei shittim' (acacia wood of the Aron)",
    S("brodie"), PARENTS, "Kodesh news \u2013 Parashas Terumah", "2025-02-26 14:30",
    alt("""Dear Parents,

This week the whole school is learning Parashas Terumah, and the children have been fascinated by the building of the Mishkan.

Year 3 boys have been making models of the Aron out of lolly sticks and gold card. We talked about how the Aron and the beams of the Mishkan were made of atzei shittim - acacia wood - and how Rashi tells us that Yaakov Avinu planted the shittim trees in Mitzrayim so that his children would have the wood ready when they left. Please ask your son where the shittim wood came from; he should be able to tell you the whole story!

Year 4 girls have learnt the pesukim about the Menorah by heart. Morah Teitelbaum is very proud of them, and they will say them at the Rosh Chodesh Adar assembly on Friday morning. Parents are welcome from 9.15; please sign in at the office.

Year 6 boys finished the first perek of Maseches Brachos this week. Mazel tov! There will be a small siyum with cake in the beis medrash next Tuesday.

Purim information (mishloach manos, costumes and the seudah) will come out next week, b'ezras Hashem.

Wishing you all a good Shabbos,

Rabbi Y. Brodie
Menahel
Example School | Park Row | LS1 4AP | 01632 960000
""", style="outlook"), subj_enc="Q", mailer=OUTLOOK)

msg("clean", "chumash_bilaam_ass",
    "Chumash homework to pupils: Bilaam and his ass (translation)",
    S("fogel"), [P("19ezucker", "Eli Zucker"), P("19asteiner", "Avi Steiner"),
                 P("19ddessauer", "Dovid Dessauer")],
    "Chumash homework - Balak", "2024-11-11 17:30",
    plain("""Boys,

Homework for Wednesday: read pesukim 21 to 35 in perek 22 again with the English in your Chumash, then answer the questions on the green sheet.

Remember what we spoke about in class. Bilaam got up early and saddled his ass himself, even though he was an important man with plenty of servants. Rashi says this is because hatred makes a person act in a strange way. Then the ass saw the malach standing in the road with a sword and turned off the path, and Bilaam hit her three times. In the end Hashem opened the mouth of the ass and she spoke to him.

Question 4 asks: why could the ass see the malach when Bilaam couldn't? Write at least three lines in your own words, not copied from the translation.

Whoever gets every question right gets a ticket for the Chanukah raffle.

Rabbi Fogel
"""))

msg("clean", "oliver_twist_law_is_a_ass",
    "English class text letter: Dickens, Mr Bumble 'the law is a ass', Charley Bates, Fagin",
    S("ridley"), PARENTS, "Year 5 English - Oliver Twist", "2025-01-09 15:10",
    alt("""Dear Year 5 parents,

This term our English class text is an abridged Oliver Twist by Charles Dickens. I've read it with the girls' and the boys' classes before and it always goes down well, especially Fagin's gang, the Artful Dodger and Charley Bates.

A few things you might hear about at home:

- We've looked at how Dickens uses the Victorian workhouse to make a point about poverty. The children acted out the "Please, sir, I want some more" scene and were quite shocked that the orphans only got gruel.
- We've been looking at Mr Bumble's famous line, "If the law supposes that, the law is a ass - a idiot." We discussed why Dickens has him say "a ass" rather than "an ass", and what Mr Bumble meant by it. A few of them have decided it's their new favourite line for any rule they don't like, so apologies in advance!
- Some families have told me in the past that they're uncomfortable with how Fagin is portrayed. We don't skip over it: we talk openly about antisemitic stereotypes in Victorian books, and about how Dickens changed the way he wrote about Fagin in later editions after a Jewish reader wrote to him. If you'd like to talk about this, please do phone me at school.

Every child has their own copy. Please encourage them to read a chapter a night and fill in the reading record.

Kind regards,

Ms J. Ridley
Year 5 Teacher & English Lead
Example School, Park Row, LS1 4AP
01632 960000
"""))

msg("clean", "romans_titus_topic",
    "Year 4 history letter: Romans, Titus, Fishbourne (Sussex)",
    S("sacks"), PARENTS, "Year 4 topic this half term: the Romans", "2025-01-06 16:00",
    alt("""Dear Parents,

Welcome back! This half term our history topic in Year 4 is the Romans in Britain.

We'll be linking it to what the children already know from kodesh. The Roman general Titus, who later became emperor, destroyed the second Beis Hamikdash in the year 70, and the Arch of Titus in Rome still shows the Menorah being carried away. The children will compare what the Roman writers said about it with what we learn from Chazal, which always leads to some very good discussions.

After that we move on to the Romans in Britain: Boudicca, Hadrian's Wall, roads and towns, and what everyday life was like. We'll look at photographs of the mosaics at Fishbourne Roman Palace in West Sussex and the children will design their own mosaic (no pictures of people or animals - they'll use patterns and fruit from the shivas haminim).

As always, we will only touch on Roman religion as far as the curriculum requires, and Rabbi Brodie has looked over the plans.

Things we'd love you to send in: clean cardboard boxes for shields, and any old tiles or buttons for the mosaics.

Thank you,
Mrs N. Sacks
Year 4 Teacher
Example School | Park Row | LS1 4AP | 01632 960000
""", style="outlook"), mailer=OUTLOOK)

msg("clean", "sussex_itt_placement",
    "deputy to university partnership office: University of Sussex placement",
    S("rubin"), [X("partnership@example.org", "Primary Partnership Office")],
    "Spring placement - Miss T. Bernstein", "2024-11-19 10:30",
    plain("""Dear Ms Okafor,

Thank you for your email about the spring block placement. We would be happy to host Miss Tova Bernstein from the University of Sussex primary PGCE from 24 February, and I understand from her that she is from Manchester and wants to do her final placement near home.

A few things worth knowing before the paperwork goes through, as we are a little different from most of your partnership schools:

- We are an Orthodox Jewish voluntary-aided primary. Miss Bernstein would be placed in the chol (secular) curriculum, in Year 3 girls with Mrs Sacks as her mentor.
- School finishes at 1pm on Fridays between the clocks going back and Pesach.
- We are closed on Jewish festivals, which don't always match the university calendar. I'll send a list of dates.
- The staff dress code asks women to wear skirts below the knee and sleeves below the elbow.

Her DBS and the university's safeguarding confirmation should come to me directly, please.

With best wishes,

Mrs Malka Rubin
Deputy Headteacher and ITT Coordinator
Example School, Park Row, LS1 4AP
Tel: 01632 960000
"""))

msg("clean", "cockermouth_floods_homework",
    "geography homework to pupils: Cockermouth floods case study",
    S("hurst"), [P("18rbirnbaum", "Rivka Birnbaum"), P("18cstraus", "Chaya Straus"),
                 P("18mlevene", "Malky Levene"), P("18tfeiner", "Tzivia Feiner")],
    "Geography homework - rivers and flooding", "2024-11-26 16:30",
    plain("""Girls,

Your geography homework this week is a short case study of the floods in Cockermouth, in Cumbria. Cockermouth is where the River Derwent and the River Cocker meet, and the town flooded badly in 2009 and again in 2015 during Storm Desmond.

Using the two articles I've put on Google Classroom, answer these:

1. Why is Cockermouth at risk of flooding? (Think about where it is.)
2. What happened in November 2009? Give three facts.
3. What has been done since then to protect the town?
4. Would you want to live there? Give one reason for and one against.

Half a side of A4 is plenty. Due next Tuesday - not Friday, I know Fridays are short.

Mrs Halpern says you can finish in the library at lunchtime on Wednesday if you don't have a computer at home.

Mr Hurst
"""))

msg("clean", "clitheroe_castle_trip",
    "trip letter: Year 4 to Clitheroe Castle, consent PDF",
    S("sacks"), PARENTS, "Year 4 trip to Clitheroe Castle - Tuesday 4 March", "2025-01-20 12:10",
    mixed(alt("""Dear Year 4 Parents,

As part of our Romans and local history work, Year 4 will visit Clitheroe Castle Museum on Tuesday 4 March. The museum runs a workshop on the geology of the Ribble Valley and the history of the castle, and the children will have time in the castle grounds if the weather is kind.

- Boys and girls will travel on separate coaches, leaving Park Row at 9.00 and returning by 3.15.
- Please send a milchig or pareve packed lunch (no meat, please, as we will be eating in the museum's education room) and a named water bottle.
- The cost is £12, which covers the coach and the workshop. Please pay through the parent app, or send cash in a named envelope to the office. No child will miss out because of cost; please speak to me in confidence.
- We need four parent helpers (two for each coach). If you can help, please let the office know.

Please complete the consent form attached and return it by Friday 14 February.

Many thanks,
Mrs N. Sacks and Morah L. Teitelbaum
Year 4
Example School | Park Row | LS1 4AP | 01632 960000
""", style="outlook"),
          Attach("Y4_Clitheroe_consent_form.pdf", "application/pdf",
                 make_pdf("Year 4 trip - Clitheroe Castle Museum - consent",
                          ["Tuesday 4 March 2025. Coaches leave 9.00, return 3.15.",
                           "Child's name: ______________  Class: ______",
                           "I give permission for my child to attend.",
                           "Signed: ______________  Date: ________"])), style="outlook"),
    mailer=OUTLOOK)

msg("clean", "coach_route_penistone",
    "business manager to coach firm: Woodhead Pass route via Penistone",
    S("kahan"), [X("bookings@example.com", "Coach Bookings")],
    "Booking ref 4471 - Year 6 trip Tuesday 11 March", "2025-02-12 09:40",
    plain("""Hi Lorraine,

Confirming our booking for the Year 6 trip to Sheffield on Tuesday 11 March:

- Two 53-seat coaches (boys and girls travel separately)
- Pick-up 8.30 from the school on Park Row, LS1 4AP
- Drop-off at the science centre by 10.00
- Leave Sheffield at 1.45, back at school by 3.15 at the latest

One request. Last year our driver went over the Woodhead Pass and we were stuck behind a gritter past Penistone for forty minutes, and a coach of car-sick eleven-year-olds is not something I want to repeat. If there is any snow or ice forecast, could the driver please go round on the motorway instead, even if it takes longer?

Please send the invoice to finance@example-school.org.uk.

Kind regards,
Esther Kahan
School Business Manager
Example School, Park Row, LS1 4AP - 01632 960000
"""))

msg("clean", "reference_scunthorpe_cockburn",
    "reference request to a headteacher named Cockburn at a Scunthorpe school",
    S("kahan"), [X("head@example.org", "Margaret Cockburn")],
    "Reference request - Miss Rebecca Hale", "2025-01-16 11:00",
    mixed(alt("""Dear Mrs Cockburn,

Miss Rebecca Hale has applied for the post of Teaching Assistant (Key Stage 2) at our school and has given your name as a referee, from her time as a TA at your primary school in Scunthorpe between 2019 and 2023.

As part of our safer recruitment procedures I would be grateful if you could complete the attached reference form. In particular we need you to confirm:

- her dates of employment and role;
- whether she was the subject of any disciplinary procedures or any concerns relating to the safety and welfare of children, including any that were found to be unsubstantiated or false;
- whether you would re-employ her.

We are hoping to interview on Tuesday 28 January, so a reply by Friday 24th would be very helpful. If it's easier to speak first, please ring me on 01632 960000.

Thank you in advance.

Yours sincerely,

Esther Kahan
School Business Manager
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", style="outlook"),
          Attach("Reference_request_TA_KS2.pdf", "application/pdf",
                 make_pdf("Confidential reference - Teaching Assistant (KS2)",
                          ["Applicant: Miss Rebecca Hale",
                           "Please return to Example School, Park Row, LS1 4AP",
                           "1. Dates of employment and role", "2. Disciplinary / safeguarding concerns",
                           "3. Would you re-employ?"])), style="outlook"),
    mailer=OUTLOOK)

msg("clean", "half_term_shitterton",
    "staff chat about a holiday in Shitterton, Dorset",
    S("ashworth"), [S("platt")], "Back!", "2025-02-24 08:15",
    plain("""Morning Sue!

Back in the land of the living. Dorset was lovely, freezing but lovely. The cottage was in a tiny hamlet called Shitterton (yes really - Bob took a photo of me next to the sign, which I will show you and nobody else). We walked to Corfe Castle on the Wednesday and I've never been so cold.

Are you in the staffroom at break? I've brought fudge.

Pauline
"""))

msg("clean", "ehcp_review_hancock_wankhede",
    "EHCP review arrangements: Dr Hancock (EP), Ms Wankhede (SALT)",
    S("whitworth"), [SAM], "Dovi - annual review, Tuesday 10 December", "2024-12-02 14:00",
    alt("""Dear Sam,

Thank you for talking to me on the phone this morning. As promised, here are the details in writing.

Dovi's EHCP annual review will be on Tuesday 10 December at 9.30 in the small meeting room next to the office. It should take about an hour.

Attending:
- you (and Dovi's grandmother, if she is able to come - she is very welcome)
- Mrs Rubin, Deputy Head
- me, as SENCO
- Dr Eleanor Hancock, Educational Psychologist
- Ms Priya Wankhede, Speech and Language Therapist
- Rabbi Fogel for the first fifteen minutes, to talk about how Dovi is getting on in kodesh

Dr Hancock and Ms Wankhede are copied in so they have the date. Ms Wankhede will bring her updated report on his language targets; Dr Hancock saw Dovi in class last week and will talk about her observation.

Before the meeting I'll send you the draft paperwork by post, as you said you prefer paper. If anything in it worries you, please ring me rather than waiting until the day.

Best wishes,
Karen Whitworth
SENCO
Example School, Park Row, LS1 4AP
01632 960000
""", style="outlook"),
    cc=[X("e.hancock@example.org", "Dr Eleanor Hancock"), X("p.wankhede@example.net", "Priya Wankhede")],
    mailer=OUTLOOK)

msg("clean", "physio_spastic_diplegia",
    "SENCO to staff: pupil's cerebral palsy, medical term 'spastic diplegia'",
    S("whitworth"), [S("sacks"), S("platt"), S("pickering")],
    "Tzippy (Year 4) - physio programme and PE", "2025-01-21 15:40",
    plain("""Hi all,

A quick update on Tzippy in Year 4 after the physio visit yesterday.

As you know she has cerebral palsy. You'll see it written as "spastic diplegia" on her reports - that's the medical name for the type she has, which mainly affects the muscles in her legs. The family just call it her CP, and so does she.

What's new:

1. The children's physiotherapist has given us a new stretching programme. It takes ten minutes and needs to happen every day, ideally straight after lunch. Sue, could you take this on? The sheet with photos is in her file in my office.
2. She has new AFOs (the splints that go inside her shoes). They can rub for the first couple of weeks, so if she's limping more than usual or says her heels hurt, let me know and I'll ring home.
3. Tom - for PE, she can join in everything but needs rests in running games and shouldn't do the long jump this term. She'd rather not be picked out, so please build the rest breaks in for the whole group if you can.
4. Fire evacuation: her personal plan hasn't changed. She goes down the main stairs with an adult, not the back stairs.

Thanks all,
Karen
"""))

msg("clean", "tourette_coprolalia",
    "SENCO to staff: pupil with Tourette's whose tics include swear words (quoted)",
    S("whitworth"), [S("hurst"), S("kershaw"), S("fogel")],
    "Ari (Year 6) - Tourette syndrome, please read", "2025-02-05 12:50",
    alt("""Dear all,

Ari's parents have asked me to share this with everyone who teaches him.

Ari now has a formal diagnosis of Tourette syndrome. Most of you will know his motor tics (blinking, shoulder shrugging) and vocal tics (throat-clearing, sniffing, a sudden "hey"). Over the last fortnight he has started to have a tic that is a swear word - usually "shit", occasionally "fuck" - said quite loudly and suddenly. This is called coprolalia. It is completely involuntary, and it is the tic that upsets him most, especially during davening.

Please:
- do not react, sanction or ask him to apologise;
- if other boys laugh, move the lesson on calmly - don't make it about Ari;
- give him the time-out card if he asks for it, no questions asked.

Rabbi Fogel, as we agreed, he can daven at the back near the door so he can step out if he needs to.

With his parents' permission, Mrs Rubin and I will talk to the Year 6 boys on Thursday about tics in general. His mum would also like a phone call from his class teacher at the end of each week for now, just to hear how it went.

Thank you,
Karen

Karen Whitworth | SENCO | Example School | Park Row | LS1 4AP | 01632 960000
"""))

msg("clean", "rhe_parent_letter",
    "Relationships and Health Education letter to parents (puberty, periods, sex education)",
    S("rubin"), PARENTS, "Relationships and Health Education - Years 5 and 6", "2025-01-08 13:00",
    mixed(alt("""Dear Parents,

I am writing about the Relationships and Health Education sessions for Years 5 and 6 this term.

Relationships Education and Health Education are statutory in all primary schools. Sex education is not compulsory in primary schools, and following our consultation with parents and with our Rabbonim last year, we do not teach sex education beyond the human reproduction content in the national curriculum for science.

This term:
- Year 5 and 6 girls will have a session on growing up, puberty and periods with the school nurse and me on Wednesday 22 January. The girls will be shown sanitary products and told where they are kept in school.
- Year 5 and 6 boys will have a session on growing up and puberty with the school nurse and Mr Hurst on the same day.

The sessions cover how the body changes, personal hygiene, feelings, and the correct names for parts of the body. All the materials have been seen by Rabbi Brodie.

You are warmly invited to see everything we will use on Tuesday 14 January, at either 8.45am or 3.30pm, in the small meeting room. The puberty content is part of statutory Health Education, so it is not possible to withdraw from it, but I would very much like to hear any concerns you have. Many parents prefer to talk these things through by phone, and I am happy to ring you.

Our policy is attached.

With best wishes,
Mrs M. Rubin
Deputy Headteacher
Example School, Park Row, LS1 4AP
01632 960000
"""),
          Attach("RHE_policy_2024-25.pdf", "application/pdf",
                 make_pdf("Relationships and Health Education Policy 2024-25",
                          ["Relationships Education and Health Education are statutory.",
                           "Sex education beyond the science curriculum is not taught.",
                           "Parents may view all materials on request."]))))

msg("clean", "antisemitic_incident_report",
    "site manager's incident report to DSL quoting antisemitic abuse shouted from a car",
    S("oldham"), [S("dsl")], "Incident at the gate at home time - for DSL", "2024-11-14 15:55",
    plain("""Malka,

Writing this up straight away as you asked.

At about 3.35 today, during Year 3-6 pick-up, a dark blue hatchback slowed down outside the main gate on Park Row. The front passenger - white male, late teens or early twenties, grey hoodie - leaned out of the window and shouted "fucking Jews, go back to Israel" and something that sounded like "Heil Hitler". The car drove off towards the main road, came back round about two minutes later, and someone threw a drink (a McDonald's cup, I think) which hit the railings.

Children close by who definitely heard: a group of Year 5 girls waiting for lifts, and two Year 4 boys (Shimmy and Dovid R). Morah Teitelbaum took the girls back inside. One of the girls was crying. The boys seemed more excited than upset but I'd keep an eye.

I got a partial reg starting "MX6". I've saved the CCTV from camera 2 (the gate) from 15:30 to 15:45, and it's on the office PC in the Incidents folder.

I've rung the community security line and they've logged it. They said to report it to the police on 101 as well, which I've done - reference to follow.

Gary
"""), cc=[S("adler")])

msg("clean", "nursery_child_words_report",
    "nursery leader's note to DSL quoting the swear words a 4-year-old repeated",
    S("sternberg"), [S("dsl")], "Pinny (Nursery) - words he used today", "2025-01-29 13:15",
    plain("""Malka,

Logging this with you - I'm not sure it's anything, but you said always tell you.

In free play this morning Pinny was playing with the garage and cars and said "get out of the way you fucking idiot" and then "shit shit shit" quite loudly when his car fell off the ramp. When I asked him where he heard those words he said "in my cousin's car, it's the music". He said the cousin is Avrumi and is fifteen, and that he takes him to cheder sometimes. Avrumi can't be driving at fifteen, so I think he means in the cousin's family car.

He wasn't upset and went straight back to playing. I told him those are not words we use and he said "OK Morah".

I haven't called home. Happy to if you think I should, or you might prefer to as you know the family.

Faigy
"""))

msg("clean", "it_report_classroom_comments",
    "IT to DSL quoting pupils' abusive Classroom comments ('retard', 'kill yourself')",
    S("marcus"), [S("dsl")], "Classroom comments - Year 5 girls (for you to look at)", "2024-12-10 16:45",
    alt("""Malka,

The monitoring alert flagged comments on the Year 5 girls' Google Classroom stream last night between 19:02 and 19:20. I've hidden them from the stream but not deleted anything, so the evidence is still there.

Exact text as posted (I've replaced names with letters):

19:02  Pupil A: why is she even in our class she is such a retard
19:04  Pupil B: ikr
19:05  Pupil A: go kill yourself nobody likes you
19:20  Pupil C: stop it thats mean

The girl they're talking about is a member of the class but didn't reply, and I can't see that she opened the stream last night.

I've put the full names, account details and screenshots on the safeguarding system rather than in email. Jo has been copied in as class teacher but hasn't seen the comments themselves.

I can lock the stream for the whole class if you want - just tell me.

Dina

Dina Marcus
IT and Data Manager
Example School, Park Row, LS1 4AP | 01632 960000
""", style="outlook"), cc=[S("ridley")], mailer=OUTLOOK)

msg("clean", "reply_angry_parent_gmail_quote",
    "head's polite reply; the parent's quoted message below contains 'fucking ridiculous'",
    S("adler"), [ALI], "Re: Shimon being kept in at lunch", "2025-01-30 09:20",
    alt("""Dear Mr Guardian,

Thank you for your email, and I'm sorry this has upset you so much.

I've spoken to Mr Hurst and to Shimon this morning. Shimon's homework had been handed in but was put in the wrong tray, and that is our mistake. Mr Hurst has apologised to Shimon, and there will be no more lunchtimes missed over it.

I would like to talk it through with you properly, including how we check homework in Year 6 from now on. I'll phone you at 1pm today if that suits; if not, please tell the office a better time.

Kind regards,

Mrs Rochel Adler
Headteacher
Example School, Park Row, LS1 4AP
01632 960000

On Wed, 29 Jan 2025 at 21:48, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This is fucking ridiculous. Shimon has been kept in at lunch three days
> running for "not handing in his homework" when I KNOW he handed it in.
> Nobody checks anything. Your Year 6 teacher couldn't organise a kiddush
> in a shul. I want it sorted tomorrow or I'm going to the governors.
> Ali Guardian
"""), reply="gmail")

msg("clean", "reply_parent_outlook_quote",
    "office's polite reply; the parent's quoted Outlook block contains 'piss-poor' and 'tw*t'",
    S("office"), [SAM], "RE: Dinner money - AGAIN", "2025-03-03 10:05",
    alt("""Dear Sam,

Thank you for your email, and I'm very sorry for the trouble. You are right: February was charged twice for all four children. The payment system ran the monthly charge again when we added the Rosh Chodesh lunch, and it affected eleven families.

I have now put a credit of £46.80 on each child's account, and you'll see it on the app from tomorrow. If you'd rather have it back as a refund than as a credit, just say and Mrs Kahan will arrange it.

I'm around all day if you'd prefer to talk on the phone.

Kind regards,
Shaindy Gross
Office Manager
Example School | Park Row | LS1 4AP | 01632 960000

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 02 March 2025 22:14
To: Office <office@example-school.org.uk>
Subject: Dinner money - AGAIN

Third time I'm writing about this. You've charged me twice for February AGAIN for all four of them. It's piss-poor. Whoever does your accounts is a useless tw*t and frankly I'm sick of this school treating me like a cash machine. Sort it out.
Sam
""", style="outlook"), reply="school", mailer=OUTLOOK)

msg("clean", "forward_parent_email_to_head",
    "teacher forwards to head a parent's email containing 'bullshit', asking advice",
    S("sacks"), [S("adler")], "Fwd: Reading record", "2025-02-11 08:05",
    plain("""Rochel,

Please could you advise me how to reply to this? I don't want to make it worse and I haven't replied yet. For what it's worth, the comment in Estie's reading record was "please try to read with Estie at home 3 times a week", because there had been nothing written in it since Chanukah.

Naomi

---------- Forwarded message ---------
From: Jane Parent <jane.parent@gmail.com>
Date: Mon, 10 Feb 2025 at 20:51
Subject: Reading record
To: Naomi Sacks <n.sacks@example-school.org.uk>

Mrs Sacks, the comment in the reading record is complete bullshit. Estie reads every single night, with me or with her older sisters. Just because I have seven children and don't have time to fill in your little book doesn't mean we don't read. I'd like an apology.
Jane Parent
"""))

msg("clean", "parent_phone_abuse_log",
    "office manager logs a father's abusive phone call to the head, quoting 'stupid bitch'",
    S("gross"), [S("adler")], "Phone call this morning - for your records", "2025-03-06 12:40",
    plain("""Rochel,

For the record, while it's fresh.

At 11.50 I took a call from Mr Rosengarten (Yehuda in Year 3) about the Purim mishloach manos list. He was unhappy that Yehuda's name was missing from his class list. I apologised and said I'd add it straight away. He then said "you're a stupid bitch, you lot can't get anything right" and "I'll come up there and sort you out". I told him I wasn't prepared to be spoken to like that and ended the call.

I'm fine, just a bit shaken. I've written it in the incident log.

I know you know the family. I'd rather not have to take his calls for a while if that can be arranged.

Shaindy
"""), cc=[S("rubin")])

msg("clean", "behaviour_policy_language",
    "deputy to all staff on the behaviour policy's language section, quoting words",
    S("rubin"), [S("allstaff")], "Behaviour policy - the language section (for Thursday)", "2025-01-27 17:30",
    alt("""Dear all,

Ahead of Thursday's staff meeting, some notes on the language section of the behaviour policy, which is the part most of you asked us to tighten.

1. Swearing. At the moment the policy just says "inappropriate language". We want to be clearer. If a child swears (the words we are hearing most in KS2 this year are "shit", "crap" and, sadly, "fuck" in Year 6), the response depends on the situation: an exclamation gets a quiet reminder; swearing at someone is a step on the ladder; repeated swearing means a phone call home.

2. Discriminatory language. Anything racist, homophobic or about disability - for example "that's so gay", "retard", "spaz", or calling a non-Jewish member of staff a "goy" or "shiksa" as an insult - must be logged as a prejudice-related incident, not just a behaviour incident. Several of you asked whether "goy" counts: it depends on how it's said, but if it's meant as an insult, yes, log it.

3. Yiddish. Some parents have asked about children calling each other "shlemiel" or "shmendrik". Treat these as unkind words, the same as "stupid" - lower level, but not ignored.

4. Shemiras halashon. Rabbi Brodie will talk on Thursday about how we keep the kodesh framing, so that children understand why we speak carefully, not just that they'll get a consequence.

Please read the draft before Thursday. It's in the shared drive under Policies > Drafts.

Thanks,
Malka
"""))

_LOG = '''date,time,year,pupil,location,what was said or done,action taken,staff
03/02/2025,12:40,6,M.G.,playground,"called Y.W. a ""fat bastard"" during football",time out + reminder,SP
04/02/2025,12:35,5,A.S.,playground,pushing in the dinner queue,reminder,ZK
06/02/2025,12:50,6,C.K.,field,"said ""shut up you idiot"" to a Year 3 boy",apologised,SP
10/02/2025,12:45,4,S.B.,playground,"told another boy his mother was a ""shiksa"" (used as an insult)",logged as prejudice-related; parents phoned,SP
11/02/2025,12:55,5,S.L.,dining hall,"said ""that's so gay"" about another boy's lunch",logged as prejudice-related; talk with Rabbi Fogel,ZK
24/02/2025,12:40,6,M.G.,playground,"""fuck off"" to dinner supervisor",step 3 on ladder; phone call home,SP
'''
msg("clean", "playground_log_csv",
    "learning mentor sends DSL a CSV incident log that quotes pupils' words",
    S("platt"), [S("dsl")], "February playground log for the governors' report", "2025-02-28 11:30",
    mixed(plain("""Hi Malka,

Attached is the playground incident log for February, as you asked for the governors' report. Pupils are initials only.

The two prejudice-related ones (10th and 11th) have both been followed up, and the families were phoned the same day. M.G. is the one I'm most concerned about - two incidents this month and a third in January. Could we have ten minutes on Monday about whether he needs a plan?

Sue

Sue Platt
Learning Mentor
Example School, Park Row, LS1 4AP
01632 960000
"""), Attach("playground_log_Feb2025.csv", "text/csv", _LOG.encode("utf-8"))))

_MENU_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Parents,</p>
<p>Here is the lunch menu for the next two weeks. All food is prepared in our fleishig kitchen under the supervision of our mashgiach. Desserts and the &quot;custard&quot; are pareve.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>Day</th><th>Week beginning 13 January</th><th>Week beginning 20 January</th></tr>
<tr><td>Monday</td><td>Cock-a-leekie soup, chicken schnitzel, rice, peas</td><td>Vegetable soup, meatballs in tomato sauce, pasta</td></tr>
<tr><td>Tuesday</td><td>Pollock goujons, potato wedges, coleslaw (fish day &ndash; no meat)</td><td>Salmon fishcakes, mash, sweetcorn (fish day &ndash; no meat)</td></tr>
<tr><td>Wednesday</td><td>Beef cholent with kishke, green beans</td><td>Roast chicken, roast potatoes, carrots</td></tr>
<tr><td>Thursday</td><td>Turkey burgers, chips, salad<br>Spotted dick with pareve custard</td><td>Chicken and lokshen soup, shepherd&#39;s pie<br>Apple crumble</td></tr>
<tr><td>Friday</td><td colspan="2">No hot lunch on Fridays in winter. Children have a challah roll and fruit before going home.</td></tr>
</table>
<p>Fish and meat are never served on the same day. If your child has an allergy and we do not yet have the form, please contact the office as soon as possible.</p>
<p>Bracha Lieberman<br>Catering Manager<br>Example School, Park Row, LS1 4AP &middot; 01632 960000</p>
</body></html>
"""
msg("clean", "lunch_menu_html",
    "HTML lunch menu: cock-a-leekie soup, pollock, spotted dick",
    S("kitchen", "Bracha Lieberman (Kitchen)"), PARENTS,
    "Lunch menu - weeks beginning 13 and 20 January", "2025-01-09 12:00",
    htmlonly(_MENU_HTML, cte="quoted-printable"))

msg("clean", "pe_order_shuttlecocks",
    "PE equipment order: shuttlecocks, ball bags, balls",
    S("pickering"), [X("orders@example.com", "Sports Supplies Orders")],
    "Order - Example School PE", "2025-03-10 13:30",
    plain("""Hello,

Please could we order the following, to be delivered to the school office:

- 10 tubes of plastic shuttlecocks (medium speed, white)
- 2 mesh ball bags (the large drawstring ones)
- 12 size 4 footballs
- 6 size 5 netballs
- 1 tub of 60 tennis balls (low bounce, for the little ones)
- 20 bibs in red and 20 in blue

Our account number is ES-0417. Invoice to finance@example-school.org.uk, marked for the attention of Mrs Kahan.

Please avoid delivering on a Friday if possible - we close early in winter and there may be nobody to sign for it after 1pm.

Thanks,
Tom Pickering
PE Coach
Example School, Park Row, LS1 4AP - 01632 960000
"""))

msg("clean", "uniform_football_shirts",
    "uniform reminder: no Arsenal / City / United shirts on PE days",
    S("adler"), PARENTS, "PE kit reminder", "2025-03-04 16:10",
    alt("""Dear Parents,

A quick reminder about PE kit, as we have had a run of boys arriving on PE days wearing Arsenal, Man City and Man United shirts under their jumpers.

PE kit is:
- the plain navy school PE top (from the uniform shop, or any plain navy top)
- navy tracksuit bottoms for boys; navy culottes or a PE skirt over leggings for girls
- trainers with non-marking soles

Boys wear their tzitzis under the PE top as normal. Football shirts, club badges and anything with large logos should stay at home. I know how much some of the children love their teams, and they are very welcome to tell Mr Pickering all about the weekend's results - just not to wear the shirts to school.

Thank you for your support,

Mrs R. Adler
Headteacher
Example School, Park Row, LS1 4AP
01632 960000
"""))

msg("clean", "plant_reproduction_homework",
    "science homework to pupils: sexual and asexual reproduction in plants",
    S("cheetham"), [P("19sbrand", "Sara Brand"), P("19lhorovitz", "Leah Horovitz"),
                    P("19nperl", "Nechama Perl"), P("19bgoldwasser", "Baila Goldwasser")],
    "Science homework - how plants reproduce", "2025-02-12 15:30",
    alt("""Hello Year 5 girls,

For science homework this week I'd like you to finish the "How plants reproduce" booklet we started today.

Remember the two kinds:
- Sexual reproduction: pollen from the stamen gets to the stigma (pollination), the pollen and the ovule join (fertilisation), and a seed grows. Then the seeds are spread (dispersal).
- Asexual reproduction: a new plant grows from just one parent, with no seeds - like strawberry runners, potatoes (tubers), bulbs, or taking a cutting.

Because it's Tu B'Shvat tomorrow, page 4 has a bonus question about date palms. Date palms have separate male and female trees, so farmers sometimes pollinate them by hand. Why do you think they do that?

Booklets back on Monday please. Enjoy the fruit tomorrow!

Mr Cheetham
"""))

msg("clean", "birdwatch_tits",
    "Reception letter: bird watch with blue tits, great tits, coal tits",
    S("blau"), PARENTS, "Reception - our bird watch", "2025-01-20 15:20",
    alt("""Dear Reception Parents,

This week Reception are doing a bird watch in the garden behind the nursery. Every morning after davening the children sit by the window with a clipboard and tick off the birds they see.

So far we have seen blue tits, a great tit, two coal tits, robins, a blackbird, lots of wood pigeons and one very cheeky magpie. Mr Oldham says he saw a woodpecker on the big tree, but none of the children believe him!

On Tuesday the children will make bird feeders from pine cones, seeds and vegetable suet from the kitchen (so they are fine to bring home). They will come home on Thursday - please hang them somewhere you can see from a window, and ask your child to tell you which birds come.

If you have any binoculars we could borrow for a week, please send them in with a name on them.

Thank you,
Mrs H. Blau
Reception Teacher
Example School | Park Row | LS1 4AP | 01632 960000
"""))

msg("clean", "mobile_farm_visit",
    "Year 1 farm visit letter: cockerel, male/female animal names incl. dog/bitch",
    S("feldman"), PARENTS, "Year 1 - mobile farm visit on Thursday", "2025-03-03 14:20",
    alt("""Dear Year 1 Parents,

On Thursday morning a mobile farm is coming to visit Year 1 in the playground. The farmer is bringing two pygmy goats, a ewe with her twin lambs, rabbits, guinea pigs, a cockerel and three hens, and some ducklings.

All the animals will be in pens, and the children will only hold the small ones (rabbits, guinea pigs and ducklings) if they want to. I know some children are nervous of animals. Nobody will be made to touch anything, and there will be a table inside with Mrs Platt for anyone who would rather watch from the window.

Everyone will wash their hands properly afterwards, and we will be eating our snack indoors.

Back in class we will be learning the names for male and female animals and their babies - cockerel and hen, ram and ewe, billy goat and nanny goat, dog and bitch, bull and cow - and matching the animals to their young.

Please make sure your child has a coat, as we will be outside for about forty minutes.

Thank you,
Mrs C. Feldman
Year 1 Teacher
Example School, Park Row, LS1 4AP - 01632 960000
"""))

msg("clean", "care_home_fanny_gold",
    "Year 4 girls sang at a care home for Mrs Fanny Gold's 100th birthday",
    S("teitelbaum"), PARENTS, "Year 4 girls' visit to the care home", "2025-02-05 16:40",
    alt("""Dear Parents,

I wanted to share a wonderful morning with you. Yesterday the Year 4 girls went to the Jewish care home to sing for the residents, and it turned out to be the 100th birthday of Mrs Fanny Gold, who is the great-great-grandmother of two girls in the school!

Mrs Gold told the girls she was born in Cheetham Hill in 1925 and remembers going to the old shuls there as a little girl. The girls sang "Shalom Aleichem", "Am Yisrael Chai" and the song they learnt for Chanukah, and they gave her a card they had all signed. Several of the residents sang along, and one gentleman told us he hadn't heard "Shalom Aleichem" sung like that since his own daughters were small.

The girls behaved beautifully. It was a real kiddush Hashem, and the staff at the home have asked if we can come back before Pesach.

Thank you so much to the mothers who drove - we couldn't have done it without you.

Morah L. Teitelbaum
Year 4
Example School | Park Row | LS1 4AP | 01632 960000
"""))

# =============================================================================================
# CLEAN, ordinary everyday school mail (30)
# =============================================================================================
msg("clean", "winter_friday_timetable",
    "everyday: winter early Friday finish times",
    S("office"), PARENTS, "Winter Friday timetable from 1 November", "2024-10-31 11:00",
    alt("""Dear Parents,

Now that the clocks have gone back, the winter Friday timetable starts this week, from Friday 1 November until the Friday before Pesach.

On Fridays:
- Nursery and Reception finish at 12.15
- Years 1 to 6 finish at 12.45
- There is no hot lunch. Children have a challah roll and fruit at 11.30.
- School buses leave at 12.55.

If you are collecting children from more than one class, please collect the youngest first. Older siblings will wait with their class teacher in the hall until 1pm.

Breakfast club runs as normal. There is no after-school club on Fridays.

Wishing you all a good Shabbos,

Shaindy Gross
Office Manager
Example School | Park Row | LS1 4AP | 01632 960000
""", style="outlook"), mailer=OUTLOOK)

msg("clean", "leave_request_wedding",
    "everyday: attendance reply about leave for a family wedding",
    S("attendance", "Pauline Ashworth (Attendance)"), [JANE], "Leave request - Rivky and Estie", "2024-11-04 10:30",
    plain("""Dear Mrs Parent,

Thank you for your leave request for Rivky and Estie for Thursday 21 and Friday 22 November, for the family wedding in London.

Mrs Adler has agreed to authorise the two days as exceptional circumstances. Their absence will be recorded as authorised, so there is nothing further you need to do - apart from sending them back on Monday with lots of stories!

Just so you are aware, days missed for Jewish festivals when school is open are recorded separately as religious observance, so they won't count against the girls' attendance either.

Their class teachers have been told, and Estie's teacher will send some reading home for the Thursday.

Kind regards,

Pauline Ashworth
Attendance Officer
Example School, Park Row, LS1 4AP
01632 960000
"""))

msg("clean", "reply_please_phone",
    "everyday: short reply to a parent who prefers a phone call",
    S("ridley"), [SAM], "Re: Dovi's spelling", "2024-12-03 11:12",
    alt("""Dear Sam,

Of course - I'll ring you at 3.45 today on the number we have for you. If that's not a good time, let the office know and I'll try tomorrow morning instead.

Best wishes,
Joanne Ridley

On Tue, 3 Dec 2024 at 08:57, Sam Carer <sam.carer@outlook.com> wrote:
> Could you ring me instead of emailing please? It's easier to explain on
> the phone. Thanks, Sam
"""), reply="gmail")

msg("clean", "sats_reading_homework",
    "everyday: Year 6 reading homework to pupils",
    S("hurst"), [P("18mgoldfarb", "Mendy Goldfarb"), P("18yweisz", "Yossi Weisz"),
                 P("18sfrankel", "Shmuli Frankel"), P("18ckorn", "Chaim Korn")],
    "Reading homework - practice paper", "2024-12-09 16:00",
    alt("""Boys,

This week's reading homework is the 2019 practice paper I gave out today (the one about the lighthouse keeper). Please do it in one sitting if you can, and time yourself - the real one is an hour.

A few reminders:
- Read the whole text first before you look at the questions.
- Look at how many marks each question is worth. A 3-mark question needs three points.
- If it says "use evidence from the text", quote the words.

Hand it in on Monday. We'll go through it together on Tuesday morning.

Mr Hurst
"""))

msg("clean", "cover_chasuna",
    "everyday: cover arrangements while a rebbe is at a wedding",
    S("rubin"), [S("fogel"), S("hurst"), S("kershaw"), S("teitelbaum"), S("platt")],
    "Cover for Tuesday - Rabbi Fogel at a chasuna", "2025-01-19 21:00",
    plain("""Dear all,

Rabbi Fogel is away on Tuesday for his nephew's chasuna in Gateshead (mazel tov!), so here is the cover for the day:

08:45-09:30  Year 5 boys davening - Rabbi Brodie
09:30-11:00  Year 5 boys Chumash - Mr Stern (the usual kodesh supply), with Sue supporting
11:15-12:30  Year 6 boys Mishnayos - Rabbi Brodie
Lunch duty   Zoe instead of Rabbi Fogel
13:30-15:15  no change (chol as normal)

Rabbi Fogel has left work for every lesson in the trays in his room, labelled by group. Mr Stern knows the boys, so there shouldn't be any surprises.

Leah - could you keep an eye on the Year 5 boys' corridor at the end of break? Mr Stern doesn't know the routine for lining up.

Thank you,
Malka
"""))

msg("clean", "meat_supplier_delivery",
    "everyday: kitchen to kosher meat supplier about delivery times",
    S("lieberman"), [X("orders@example.net", "Wholesale Orders")], "Delivery times from next week", "2024-11-12 09:30",
    plain("""Hello Mordechai,

From next week, please could our deliveries come on Mondays and Wednesdays only, and before 8.00. Our mashgiach is in the kitchen from 7.15 until 9.00 and has to check everything in before it goes in the fridges.

Other things:
- All meat and poultry must arrive with the seals intact. Last Wednesday one box of chicken thighs had a torn label, and we had to send it back.
- Please put the invoice inside the first box, not taped to the outside, as it keeps getting wet.
- We don't need anything delivered the week of 23 December.

Next week's order is attached to the usual form on your portal.

Thank you,
Bracha Lieberman
Catering Manager
Example School, Park Row, LS1 4AP - 01632 960000
"""))

_NEWS_TEXT = """Dear Parents,

What a busy few weeks it has been!

CHANUKAH
Chanukah starts on Wednesday evening, 25 December, during the holidays. Before we break up, every class will make its own menorah, and the Year 6 boys and girls will perform their Chanukah songs for the younger children on Thursday 19 December at 10.00. Parents of Year 6 are welcome; please sign in at the office.

MAZEL TOV
- To Mrs Kahan and family on the birth of a granddaughter.
- To Rabbi Fogel on the engagement of his daughter.
- To the Year 5 girls, who raised £412 for the tzedakah fund with their bake sale.

ATTENDANCE
Whole-school attendance this half term is 96.1%. Well done to Year 3 boys, who had 99%!

DATES
- Friday 20 December: last day of term, finishing at 12.45
- Monday 6 January: school reopens

Wishing all of you a freilichen Chanukah,

Mrs R. Adler
Headteacher
Example School | Park Row | LS1 4AP | 01632 960000
"""
msg("clean", "newsletter_december",
    "everyday: December newsletter (Chanukah, mazel tovs, dates)",
    S("adler"), PARENTS, "Newsletter \u2013 December", "2024-12-12 14:00",
    alt(_NEWS_TEXT, style="outlook"), subj_enc="Q", mailer=OUTLOOK)

msg("clean", "y6_girls_shabbaton",
    "everyday: Year 6 girls' Shabbaton letter with kit list attached",
    S("halpern"), PARENTS, "Year 6 girls' Shabbaton - 24 to 26 January", "2025-01-07 12:30",
    mixed(alt("""Dear Parents of Year 6 girls,

We are very excited about the Year 6 girls' Shabbaton at the guest house in Southport, from Friday 24 to Sunday 26 January.

The coach leaves school at 11.30 on Friday (the girls will have lessons as normal in the morning) and returns at about 3pm on Sunday. Staff coming: Mrs Halpern, Mrs Rubin, Morah Teitelbaum and Mrs Eckstein, who is our first aider.

The theme is "Achdus". There will be learning, a Friday night tisch with singing, a walk on the beach on Shabbos afternoon (weather permitting!), Havdalah together, and a melave malka.

The cost is £55. If this is difficult, please phone me in confidence - nobody will be left out.

The kit list is attached. Please note: no phones or electronic devices, and all medicines in a named bag, handed to Mrs Eckstein at the coach.

Consent and medical forms by Friday 17 January please.

With best wishes,
Mrs D. Halpern
Year 6 Girls
Example School, Park Row, LS1 4AP
01632 960000
"""),
          Attach("Shabbaton_kit_list.pdf", "application/pdf",
                 make_pdf("Year 6 Girls' Shabbaton - kit list",
                          ["Shabbos clothes and a spare skirt", "Warm coat, hat, gloves, wellies",
                           "Siddur, bencher and Tehillim", "Towel, washbag, slippers",
                           "Sleeping bag and pillow", "No phones or electronic devices"]))))

msg("clean", "interim_report_pdf",
    "everyday: interim report sent to a parent, PDF attached",
    S("sacks"), [ALI], "Yaakov - spring interim report", "2025-01-24 11:30",
    mixed(plain("""Dear Mr Guardian,

Please find attached Yaakov's interim report for the spring term.

He has had a very good start to the term. His times tables have come on enormously (he is now on the 8s), and he is much more willing to have a go at writing longer pieces. We're still working on presentation, as you'll see from the targets.

If you'd like to talk about anything in the report, I'm very happy to phone you - just let the office know a good time.

Kind regards,
Mrs N. Sacks
Year 4 Teacher
Example School | Park Row | LS1 4AP | 01632 960000
"""),
          Attach("Yaakov_Guardian_Y4_interim_spring.pdf", "application/pdf",
                 make_pdf("Interim report - Spring term - Year 4",
                          ["Pupil: Yaakov Guardian", "Attendance: 97%",
                           "Maths: working at the expected standard",
                           "Writing: working towards; target - presentation and paragraphs",
                           "Reading: expected standard", "Attitude to learning: very good"]))))

msg("clean", "slt_minutes",
    "everyday: SLT meeting notes and actions",
    S("adler"), [S("rubin"), S("brodie"), S("kahan"), S("whitworth")],
    "SLT notes - 13 January", "2025-01-13 18:00",
    alt("""Hi all,

Notes from today. Please shout if I've missed anything.

1. Attendance (Malka)
Autumn term 95.8%. Persistent absence is down to 14 families; most are medical. Pauline will start the new letters next week.

2. Budget (Esther)
We are £11k over on supply, mainly because of long-term sickness in Year 3. The boiler replacement quote came in at £14,200. We agreed to go to governors for approval from reserves.

3. SEND (Karen)
Two new EHC needs assessment requests are going in this month. The appeal for Shloimy is being drafted.

4. Kodesh (Rabbi Brodie)
Siyum for Year 6 boys planned for after Purim. The new Year 3 girls' Chumash books have arrived.

5. Any other business
The section 48 inspection window opens in March. Rochel will brief governors.

Actions:
- Esther: boiler paper to governors by 24 Jan
- Malka: attendance letters with Pauline
- Karen: share the assessment requests with Rochel before they go
- Rabbi Brodie: siyum date to the office

Next meeting Monday 27 January.

Rochel
""", style="outlook"), mailer=OUTLOOK)

msg("clean", "nursery_spare_clothes",
    "everyday: nursery asks for spare clothes",
    S("sternberg"), [JANE], "Toby - spare clothes", "2024-11-05 14:45",
    plain("""Dear Mrs Parent,

Just a little note: Toby had a wet accident after lunch today (no fuss at all, she was fine), and she has gone home in a pair of our spare leggings. Her own things are in a bag in her drawer.

Could you please put a spare set of clothes in her bag - leggings, socks, knickers and a top - and send our leggings back when you can? We have run a bit short.

She had a lovely day and painted a beautiful rainbow for Parashas Noach, which is drying!

Morah Faigy
Nursery, Example School
01632 960000
"""))

msg("clean", "lost_property",
    "everyday: lost property reminder",
    S("office"), PARENTS, "Lost property - please label everything!", "2024-12-05 15:30",
    alt("""Dear Parents,

Our lost property box is overflowing. At the moment it holds 23 navy jumpers, 9 coats, 14 water bottles, 4 pairs of gloves, 3 kippot, a set of tzitzis, and a lunchbox we would really like to return before it walks out on its own.

Almost none of it has a name in it.

Everything will be laid out on tables in the front hall on Monday and Tuesday next week from 3.15. Anything still there on Wednesday will be washed and given to the second-hand uniform sale.

Please, please label everything - especially when you have several children in the school in the same sizes!

Thank you,
The Office
Example School | Park Row | LS1 4AP | 01632 960000
"""))

msg("clean", "snow_site_update",
    "everyday: site manager's early-morning snow update",
    S("oldham"), [S("adler")], "Snow - site OK to open", "2025-01-09 06:40",
    plain("""Rochel,

In since 5.45. About 3cm overnight. Main path, front steps and the car park are gritted. The slope by the nursery is still icy so I've closed the side gate - nursery parents will need to come through the main entrance this morning. Sign is up.

Heating is on and all rooms are up to temperature.

Buses: the driver says he's running, maybe 10 minutes late.

Happy for you to open as normal from my side.

Gary
"""))

msg("clean", "password_reset_pupil",
    "everyday: IT tells a pupil her password has been reset",
    S("it", "Mrs Marcus (IT)"), [P("19nperl", "Nechama Perl")], "Your password", "2025-01-15 10:20",
    plain("""Hi Nechama,

I've reset your password as you asked. Mrs Ridley has your new one on a slip of paper and will give it to you after lunch. When you log in, it will ask you to choose your own new password.

Please remember not to tell anyone your password, even your best friend!

Mrs Marcus
IT, Example School
"""))

msg("clean", "stationery_invoice_query",
    "everyday: business manager queries a supplier invoice (Outlook quote)",
    S("kahan"), [X("accounts@example.net", "Accounts Receivable")], "RE: Invoice INV-20931", "2025-02-25 10:00",
    alt("""Hello Karen,

Thanks for sending this over. I'm afraid the invoice doesn't match our order. We ordered 40 packs of A4 exercise books (15mm lines) and 20 of the 10mm squared, but we have been charged for 60 of the lined. The delivery note also shows 40 and 20, so I think it's just the invoice that's wrong.

Could you send a corrected invoice? I'll pay it the same day.

Kind regards,
Esther

Esther Kahan
School Business Manager
Example School, Park Row, LS1 4AP
T: 01632 960000

________________________________
From: Accounts Receivable <accounts@example.net>
Sent: 24 February 2025 15:02
To: Finance Office <finance@example-school.org.uk>
Subject: Invoice INV-20931

Dear Customer, please find attached invoice INV-20931 for your order of 11/02/2025. Payment terms 30 days.
""", style="outlook"), reply="school", mailer=OUTLOOK)

msg("clean", "governors_inspection_notice",
    "everyday: head to clerk to governors about a section 48 inspection",
    S("adler"), [S("clerk")], "Section 48 inspection - notice and governors", "2025-01-29 19:30",
    plain("""Dear Gitty,

We have had notice that our section 48 inspection of Jewish studies will be on Tuesday 18 and Wednesday 19 March.

Could you please let all the governors know, and ask whether any of them can be in school for a meeting with the inspector on the Wednesday at about 2pm? Ideally the chair, and whoever is linked to kodesh. I'll send a short briefing paper with the self-evaluation summary next week.

Could we also move the finance committee from 18 March to the following week?

Many thanks,
Rochel

Mrs Rochel Adler
Headteacher
Example School, Park Row, LS1 4AP
01632 960000
"""), cc=[S("brodie")])

msg("clean", "vort_collection",
    "everyday: staff collection for a colleague's engagement",
    S("blau"), [S("allstaff")], "Mazel tov Leah!!", "2024-11-18 08:05",
    plain("""Dear all,

In case you haven't heard - mazel tov to Leah Teitelbaum on her engagement! The vort is on Sunday night at her parents' house, and all staff are very welcome.

We're doing a collection for a gift from the staff. There's an envelope in the staffroom (in the drawer under the kettle) until Thursday. Give whatever you like (most people are putting in £5–£10), and sign the card.

Hannah
""", cte="8bit"))

msg("clean", "parents_evening_booking",
    "everyday: parents' evening booking arrangements",
    S("office"), PARENTS, "Parents' evenings - booking now open", "2025-02-11 12:00",
    alt("""Dear Parents,

Parents' evenings this term are on Monday 3 and Wednesday 5 March, 4.00 to 7.30pm.

Booking is now open on the parent app. Because kodesh and chol are taught by different teachers, please book two appointments for each child: one with the kodesh teacher and one with the chol teacher. Each appointment is ten minutes.

With several children in the school, you may find it easier to ring the office and let us book all your appointments in one go, back to back. We are very happy to do this.

Fathers and mothers are both welcome. If you would prefer a phone appointment, please tick "telephone" when you book and the teacher will ring you at the booked time.

Kind regards,
The Office
Example School | Park Row | LS1 4AP | 01632 960000
"""))

msg("clean", "purim_arrangements_hebrew_subject",
    "everyday: Purim arrangements; Hebrew words in an RFC 2047 subject; base64 body",
    S("brodie"), PARENTS, "\u05e4\u05d5\u05e8\u05d9\u05dd \u05e9\u05de\u05d7 \u2013 Purim arrangements",
    "2025-03-06 15:00",
    alt("""Dear Parents,

Purim is almost here! Here are the arrangements.

Wednesday 12 March - costume day and Purim party
Children may come in costume (tznius, please, and no toy guns or weapons). There will be a Purim party in the afternoon.

Thursday 13 March - Ta'anis Esther
School as normal. Children do not fast. School finishes at 3.30.

Friday 14 March - Purim
School is closed.

Mishloach manos
Every child will give one mishloach manos to a classmate. The class lists went home yesterday. Please keep them small and simple - two items of food is plenty. Please don't include nuts, as several children have allergies.

Matanos l'evyonim
The tzedakah boxes are in every classroom until Thursday.

Wishing you a freilichen Purim,

Rabbi Y. Brodie
Menahel
Example School, Park Row, LS1 4AP - 01632 960000
""", cte="base64", html_cte="base64"), subj_enc="B")

msg("clean", "book_club_pupils",
    "everyday: book club reminder to pupils",
    S("ridley"), [P("19sbrand", "Sara Brand"), P("19lhorovitz", "Leah Horovitz"),
                  P("19bgoldwasser", "Baila Goldwasser")],
    "Book club tomorrow", "2024-11-26 15:45",
    plain("""Hi girls,

Just a reminder that book club is tomorrow at lunchtime in the library. Please bring your copy of "The Wild Robot" and the sticky notes with your favourite bits.

Baila, you said you'd bring the biscuits your mum made - no pressure!

Ms Ridley
"""))

msg("clean", "reading_books_reply",
    "everyday: reply to a parent about reading book level, with quoted thread",
    S("feldman"), [JANE], "Re: Rivky's reading book", "2025-01-22 16:30",
    alt("""Dear Mrs Parent,

Thank you for letting me know. You're right that Rivky is finding the green books very easy now. I heard her read today, and I've moved her up to orange. She was very proud!

The orange books have a few more tricky words, so it would be lovely if she could read to someone at home three or four times a week. Older brothers and sisters count!

Kind regards,
Mrs C. Feldman
Year 1
Example School, Park Row, LS1 4AP

On Wed, 22 Jan 2025 at 08:14, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Mrs Feldman, Rivky says her reading book is "for babies" and she
> read it to her sister in five minutes. Is she ready for the next level?
> Thanks, Jane
"""), reply="gmail")

msg("clean", "allergy_care_plan",
    "everyday: first aid lead sends an allergy care plan for review",
    S("eckstein"), [JANE], "Rivky - allergy care plan to check", "2025-01-07 09:50",
    mixed(plain("""Dear Mrs Parent,

Please find attached Rivky's updated allergy care plan, following the letter from the hospital clinic in December.

Could you check it carefully, especially the doses, and either reply to say it is correct or ring me with any changes? Once you're happy, I'll print it for her classroom, the kitchen and the first aid room.

A reminder that we need two in-date adrenaline pens in school. The one in the office expires at the end of February.

Kind regards,
Mrs M. Eckstein
First Aid Lead
Example School | Park Row | LS1 4AP | 01632 960000
"""),
          Attach("Rivky_Parent_allergy_care_plan.pdf", "application/pdf",
                 make_pdf("Allergy care plan",
                          ["Pupil: Rivky Parent (Year 1)", "Allergy: peanut and tree nuts",
                           "Mild reaction: antihistamine, observe, phone parent",
                           "Severe reaction: adrenaline pen, call 999, phone parent",
                           "Reviewed January 2025"]))))

msg("clean", "inset_agenda",
    "everyday: INSET day agenda",
    S("rubin"), [S("allstaff")], "INSET Monday 24 February - agenda", "2025-02-13 16:00",
    alt("""Dear all,

Here is the agenda for the INSET day on Monday 24 February. Please be in the hall by 8.45.

08.45  Coffee and pastries (thank you, Bracha!)
09.00  Safeguarding update - Malka
10.00  Reading for pleasure in KS2 - Jo
11.00  Break
11.15  Kodesh and chol: joint planning time - Rabbi Brodie and Rochel
12.30  Lunch
13.15  Phase meetings in classrooms
14.30  First aid refresher for everyone who needs it - Miriam (list on the staffroom board)
15.30  Finish

Please bring a laptop and your reading records for the 10.00 session.

Malka
"""))

msg("clean", "supply_booking",
    "everyday: booking a supply teacher from an agency",
    S("rubin"), [X("bookings@example.net", "Supply Desk")], "Supply request - Year 3, 17-19 December", "2024-12-16 08:10",
    plain("""Good morning,

Please could you book a KS1/KS2 teacher for Year 3 girls (chol only, 1.30 to 3.30) for Tuesday 17 to Thursday 19 December. The class teacher is off sick.

Ideally we would like someone who has worked in a Jewish school before, or at least someone who is happy to follow our dress code (skirts below the knee, sleeves below the elbow). Miss Goldberg, who came to us in October, was excellent, if she is free.

Please ask whoever comes to report to the office on Park Row at 1.15 and bring photo ID.

Thank you,
Mrs M. Rubin
Deputy Headteacher
Example School, Park Row, LS1 4AP
01632 960000
"""))

msg("clean", "sibling_pickup_confirmation",
    "everyday: office confirms collection arrangements from a phone call",
    S("office"), [ALI], "Collection today", "2025-02-12 10:15",
    plain("""Dear Mr Guardian,

Just confirming what we agreed on the phone this morning: today your sister-in-law, Mrs Feiner, will collect all three boys at 3.30 from the main gate. I've let their teachers know, and the boys will wait in the front hall.

As she isn't on our list of collectors, please could she bring some photo ID with her.

Kind regards,
Shaindy Gross
Office Manager
Example School | Park Row | LS1 4AP | 01632 960000
"""))

msg("clean", "calendar_2025_26",
    "everyday: draft school calendar for next year, PDF attached",
    S("adler"), PARENTS, "Draft calendar for 2025-26", "2025-02-27 13:00",
    mixed(alt("""Dear Parents,

Attached is the draft school calendar for 2025-26, so that you can plan ahead.

As every year, the calendar is built around the Yomim Tovim, so our holidays are not the same as the local authority schools'. In particular:

- School will be closed for Rosh Hashanah, Yom Kippur and the whole of Sukkos, and will reopen after Simchas Torah.
- The spring holiday is around Pesach rather than Easter.
- Shavuos falls in May half term this year.
- There are three INSET days; the dates are shown on the calendar.

The calendar goes to the governors for approval on 20 March. If you see a clash with something important to the community, please let the office know before then.

Kind regards,
Mrs R. Adler
Headteacher
Example School, Park Row, LS1 4AP
01632 960000
""", style="outlook"),
          Attach("School_calendar_2025-26_DRAFT.pdf", "application/pdf",
                 make_pdf("Example School - calendar 2025-26 (DRAFT)",
                          ["Autumn term: school closed for Rosh Hashanah, Yom Kippur and Sukkos",
                           "Winter Fridays: early finish from the clocks going back to Pesach",
                           "Spring holiday: Pesach", "Summer half term includes Shavuos",
                           "INSET days: see governors' paper"])), style="outlook"),
    mailer=OUTLOOK)

msg("clean", "swimming_y4_boys",
    "everyday: swimming lessons letter",
    S("pickering"), PARENTS, "Year 4 boys' swimming starts Wednesday", "2025-01-06 13:10",
    alt("""Dear Parents of Year 4 boys,

Swimming lessons start this Wednesday, 8 January, and run for ten weeks at the leisure centre. We have booked a private session with a male instructor.

Please send:
- knee-length swim shorts
- a towel
- a warm hat for the walk back (it's cold with wet hair!)
- a named bag to put it all in

Boys who wear glasses may bring goggles with a prescription if they have them. If your son has any medical condition we need to know about for swimming, please let the office know.

The coach leaves at 1.30 and we are back by 3.15.

Thanks,
Mr T. Pickering
PE Coach
Example School | Park Row | LS1 4AP | 01632 960000
"""))

msg("clean", "tu_bshvat_planning",
    "everyday: staff-to-staff planning for Tu B'Shvat",
    S("sacks"), [S("blau"), S("cheetham")], "Tu B'Shvat - shared plan", "2025-02-03 19:20",
    plain("""Hi both,

I've started a shared plan for Tu B'Shvat (Thursday 13th) in the drive under Whole School > Yom Tov. So far:

- Reception: fruit tasting and a tree collage (Hannah)
- Year 3: planting parsley and cress for Pesach, plus seed dispersal (Alan - can you link it to science?)
- Year 4: shivas haminim fact files (me)

Bracha has said the kitchen can do a fruit platter for every class if we give her numbers by Monday.

Could you add your bits by Wednesday?

Naomi
"""))

msg("clean", "school_photographer",
    "everyday: school photographer visit and photo consent",
    S("rubin"), PARENTS, "School photographs - Tuesday 12 November", "2024-11-07 12:00",
    alt("""Dear Parents,

The school photographer will be in on Tuesday 12 November for individual and family photographs.

- Brothers and sisters in the school will be photographed together in the morning. Children in Nursery will join their older siblings.
- Boys and girls will be photographed separately in their own classes.
- Please send the children in full school uniform, with hair neatly tied back.

Proofs will come home in the book bags a couple of weeks later. Ordering is online, and there is no obligation to buy.

A reminder that we never put photographs of children on social media or the school website. If you do not want your child to be photographed at all, please tell the office by Monday.

With best wishes,
Mrs M. Rubin
Deputy Headteacher
Example School, Park Row, LS1 4AP
01632 960000
"""))

msg("clean", "admissions_la_reply",
    "everyday: reply to the local authority admissions team (Outlook quote)",
    S("adler"), [X("admissions@example.org", "School Admissions Team")],
    "RE: Reception 2025 - supplementary information forms", "2025-01-14 11:45",
    alt("""Dear Mr Bradshaw,

Thank you for your email.

We have received 41 supplementary information forms for Reception September 2025. Of those, 38 include the certificate of religious practice signed by the family's Rabbi, as our oversubscription criteria require. We have written to the other three families to remind them of the deadline.

We will send you our ranked list by 28 February, as agreed.

Please let me know if you need anything else.

Kind regards,
Rochel Adler
Headteacher
Example School, Park Row, LS1 4AP
01632 960000

________________________________
From: School Admissions Team <admissions@example.org>
Sent: 13 January 2025 16:20
To: Head <head@example-school.org.uk>
Subject: Reception 2025 - supplementary information forms

Dear Headteacher, could you confirm the number of supplementary information forms received so far for Reception 2025, and when we can expect the ranked list? Many thanks, Paul Bradshaw, Admissions Officer
""", style="outlook"), reply="school", mailer=OUTLOOK)

# =============================================================================================
# Output
# =============================================================================================
README = """# Round 45 hold-out corpus: obscene-language

**Blind test data. Never use it for tuning rules, thresholds or word lists.** It was written
without reading mailguard's code, rules, tests, README, docs or git history, so that it measures
how the filter does on mail nobody tuned it on. If a message here is misjudged, fix the filter in
general terms, not for this message, and do not copy these messages into the tuning corpus.

## What it is

{total} complete RFC 5322 messages (`NNN_<flag|clean>_<slug>.eml`) sent by staff of a fictional
school, with `labels.csv` (`file,expected,sender,recipients,note`). The policy under test: staff
must not use obscene language or swear words, nor make offensive comments on grounds of gender,
race, disability, age, religion or sexual orientation, in any electronic communication. Labels
follow the policy's intent as a safeguarding lead would judge it: `flag` when the staff author's
own words contain swearing or a slur; `clean` otherwise, including when offensive words appear
only as something quoted (a pupil's words reported to the DSL, a parent's message quoted below a
polite reply, a SEND note describing a tic, a behaviour-policy discussion).

Setting for this round: an Orthodox Jewish voluntary-aided primary school (ages 3-11) in north
Manchester: kodesh and chol, Shabbos and yom tov, early Friday finishes in winter, a kosher
(fleishig) kitchen with a mashgiach, large families with many siblings in the school, and parents
who often prefer a phone call. The school identity is the project's example school
(example-school.org.uk, pupils.example-school.org.uk, Park Row, LS1 4AP, 01632 960000); the city
is left out of the address because the identity's postcode is a Leeds one.

All people, addresses and mailboxes are invented. Third-party organisations use example.com /
example.org / example.net; the only parent addresses are the three in directory/parents.csv.
Phone numbers are the school's own or from the Ofcom drama ranges.

## How it was made / how to regenerate

Written by hand as data in `../make_round45_obscene.py` (Python 3.11, standard library only) and
rendered to MIME by that script with fixed dates, Message-IDs and boundaries, so it is
deterministic:

    python3 tests/holdout/round45/make_round45_obscene.py

The script rewrites every file in this directory and then checks that each .eml parses with
`email.message_from_bytes(..., policy=email.policy.default)` without defects and that the labels
(sender, To+Cc recipients) match the files.

## Counts

| expected | count |
|---|---|
| flag | {nflag} |
| clean (everyday) | {nevery} |
| clean (hard negatives) | {nhard} |
| **total** | **{total}** |

Formats: text/plain, multipart/alternative (Outlook- and Gmail-style HTML), HTML-only, multipart/mixed
with PDF/CSV attachments; 7bit, 8bit, quoted-printable and base64 bodies; RFC 2047 subjects and
display names (Hebrew, en dashes, a diaeresis).

## Kinds of case

Flag (staff author's own words):
- plain swearing in staff-to-staff venting (bollocks, fucked, pissing about), to a parent (shit),
  to pupils, and inside an attached CSV seating plan;
- slurs: disability ("spaz" about a pupil), race (Yiddish "schvartze"), religion ("shiksa");
- disguised: asterisk mask (f*cking), leetspeak (tw@t), dotted letters (w.a.n.k.e.r), Cyrillic
  homoglyphs (bastards), full-width letters (bellend), zero-width space (arsehole), a word split by
  HTML span tags (pissed), an HTML character reference (bull&#115;hit), a quoted-printable soft
  line break inside the word, a base64 body (shite), repeated letters (shiiiiit), and a swear word
  only in an RFC 2047-encoded subject.

Clean, hard negatives:
- Torah and kodesh vocabulary: atzei shittim (acacia wood), Bilaam and his ass;
- literature and history: Oliver Twist ("the law is a ass", Charley Bates, Fagin), Titus and the
  Romans, Fishbourne in Sussex;
- place names and surnames: Cockermouth, Clitheroe, Penistone, Scunthorpe, Shitterton, Cockburn,
  Hancock, Wankhede, Fanny Gold;
- science, nature and food: sexual/asexual plant reproduction, blue/great/coal tits, cockerel and
  male/female animal names (dog and bitch), cock-a-leekie soup, spotted dick, pollock,
  shuttlecocks, Arsenal shirts;
- SEND and RSE: "spastic diplegia" (medical term), Tourette syndrome with coprolalia (tic words
  quoted), a Relationships and Health Education letter about puberty and sex education;
- safeguarding and behaviour mail among staff that quotes exactly what was said: an antisemitic
  incident at the gate, a nursery child repeating words, abusive Classroom comments, a father's
  abusive phone call, a playground incident log (CSV), the behaviour policy's language section;
- polite replies and forwards where the abusive words are only in the parent's quoted text
  (Gmail ">" quote, Outlook "From/Sent/To/Subject" block, a forwarded message).

Clean, everyday: winter Friday timetable, leave requests, phone-call replies, homework, cover for a
chasuna, kosher supplier deliveries, newsletter, Shabbaton letter, reports, SLT notes, nursery
notes, lost property, snow, passwords, invoices, governors, a vort collection, parents' evenings,
Purim arrangements, book club, reading books, an allergy plan, INSET, supply booking, collection
arrangements, next year's calendar, swimming, Tu B'Shvat planning, photographs, admissions.

## Judgement calls

Notes marked [unsure] in labels.csv (if any) are the ones a reasonable reviewer might label
differently.
"""

EVERYDAY_START = None  # set in main


def main():
    flags = [m for m in MSGS if m["label"] == "flag"]
    cleans = [m for m in MSGS if m["label"] == "clean"]
    assert len(flags) == 20, len(flags)
    assert len(cleans) == 60, len(cleans)
    slugs = [m["slug"] for m in MSGS]
    assert len(set(slugs)) == len(slugs)
    order = list(MSGS)
    random.Random(4545).shuffle(order)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))

    rows = []
    for i, m in enumerate(order, 1):
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        m["file"] = fn
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(build(m))
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fn, m["label"], m["frm"][1], rcpts, m["note"]])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    nhard = MSGS.index(next(m for m in MSGS if m["slug"] == "winter_friday_timetable")) - 20
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), nflag=len(flags), nhard=nhard,
                               nevery=len(cleans) - nhard))
    verify(order)


ALLOWED_PHONE = re.compile(
    r"^(07700 ?900\d{3}|0113 ?496 ?0\d{3}|01(14|15|16|17|18|21|31|41|51|61) ?496 ?0\d{3}|"
    r"020 ?7946 ?0\d{3}|028 ?9649 ?6\d{3}|029 ?2018 ?0\d{3}|01632 ?960\d{3}|0808 ?157 ?0\d{3}|"
    r"0306 ?999 ?0\d{3}|101|999)$")
ALLOWED_DOMAINS = re.compile(
    r"(^|\.)(example-school\.org\.uk|example\.com|example\.org|example\.net|gmail\.com|outlook\.com|"
    r"btinternet\.com|mail\.gmail\.com)$")


def _texts(msgobj):
    out = []
    for part in msgobj.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def verify(order):
    problems = []
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8") as fh:
        labels = {r["file"]: r for r in csv.DictReader(fh)}
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if sorted(labels) != files:
        problems.append("labels.csv and .eml files differ")
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels[f]
        for part in m.walk():
            if part.defects:
                problems.append(f"{f}: defects {part.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append(f"{f}: missing {h}")
        frm = getaddresses([str(m["From"])])[0][1]
        if frm != lab["sender"] or not frm.endswith("@" + DOM):
            problems.append(f"{f}: sender {frm} != {lab['sender']}")
        rc = [a for _, a in getaddresses([str(m["To"])] + ([str(m["Cc"])] if m["Cc"] else []))]
        if " ".join(rc) != lab["recipients"]:
            problems.append(f"{f}: recipients {rc} != {lab['recipients']}")
        if lab["expected"] not in ("flag", "clean") or f"_{lab['expected']}_" not in f:
            problems.append(f"{f}: bad label")
        d = m["Date"].datetime
        if d.weekday() == 5 or (d.weekday() == 4 and d.hour >= 13):
            problems.append(f"{f}: sent on Shabbos / late Friday: {d}")
        text = str(m["Subject"]) + "\n" + "\n".join(_texts(m))
        for ph in re.findall(r"(?<![\d£.])0\d{2,4}(?: ?\d){6,8}(?!\d)", text):
            if not ALLOWED_PHONE.match(ph.strip()):
                problems.append(f"{f}: phone {ph!r}")
        for addr in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not ALLOWED_DOMAINS.search(addr.lower()):
                problems.append(f"{f}: domain {addr}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    nflag = sum(1 for r in labels.values() if r["expected"] == "flag")
    print(f"OK: {len(files)} messages ({nflag} flag, {len(files) - nflag} clean) in {OUT}")


if __name__ == "__main__":
    main()
