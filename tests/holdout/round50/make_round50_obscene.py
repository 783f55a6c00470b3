#!/usr/bin/env python3
"""Generator for the round-50 BLIND hold-out corpus, module obscene-language.

Setting: an 11-16 school in Blackpool with very high pupil mobility.
Writes 80 .eml files (20 flag, 60 clean), labels.csv and nothing else into
obscene-language/ beside this script.  Deterministic: fixed dates, Message-IDs
and MIME boundaries; running it twice gives byte-identical files.

Python 3.11 standard library only.  Blind: never use this corpus for tuning.
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
D = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# staff and other people
# --------------------------------------------------------------------------
S = {
    "kershaw": ("Dawn Kershaw", "d.kershaw@" + D),
    "attendance": ("Attendance Team", "attendance@" + D),
    "fairclough": ("Lee Fairclough", "l.fairclough@" + D),
    "okafor": ("Marcus Okafor", "m.okafor@" + D),
    "threlfall": ("Gemma Threlfall", "g.threlfall@" + D),
    "nair": ("Priya Nair", "p.nair@" + D),
    "senco": ("SEND Department", "senco@" + D),
    "whiteside": ("Helen Whiteside", "h.whiteside@" + D),
    "dsl": ("Designated Safeguarding Lead", "dsl@" + D),
    "butterworth": ("Tom Butterworth", "t.butterworth@" + D),
    "ashworth": ("Rebecca Ashworth", "r.ashworth@" + D),
    "pritchard": ("Owen Pritchard", "o.pritchard@" + D),
    "pye": ("Jordan Pye", "j.pye@" + D),
    "gallagher": ("Siobh\u00e1n Gallagher", "s.gallagher@" + D),
    "walsh": ("Kieran Walsh", "k.walsh@" + D),
    "nowak": ("Agnieszka Nowak", "a.nowak@" + D),
    "cropper": ("Janet Cropper", "j.cropper@" + D),
    "office": ("Example School Office", "office@" + D),
    "singleton": ("Bev Singleton", "b.singleton@" + D),
    "rigby": ("Daniel Rigby", "d.rigby@" + D),
    "bamber": ("Jo Bamber", "j.bamber@" + D),
    "mckay": ("Fiona McKay", "f.mckay@" + D),
    "exams": ("Exams Office", "exams@" + D),
    "holden": ("Craig Holden", "c.holden@" + D),
    "patel": ("Yusuf Patel", "y.patel@" + D),
    "dewhurst": ("Claire Dewhurst", "c.dewhurst@" + D),
    "marsden": ("Sophie Marsden", "s.marsden@" + D),
    "hussain": ("Nadia Hussain", "n.hussain@" + D),
    "pilling": ("Gareth Pilling", "g.pilling@" + D),
    "cartmell": ("Louise Cartmell", "l.cartmell@" + D),
    "brennan": ("Andy Brennan", "a.brennan@" + D),
    "library": ("Mags Tomlinson", "library@" + D),
    "eccles": ("Karen Eccles", "k.eccles@" + D),
    "sharples": ("Rob Sharples", "r.sharples@" + D),
    "lowe": ("Sharon Lowe", "s.lowe@" + D),
    "kenyon": ("Laura Kenyon", "l.kenyon@" + D),
    "head": ("Simon Heywood", "headteacher@" + D),
    "repro": ("Reprographics", "reprographics@" + D),
    "allstaff": ("All Staff", "allstaff@" + D),
    "teaching": ("Teaching Staff", "teachingstaff@" + D),
    "pastoral": ("Pastoral Team", "pastoral@" + D),
    "hoys": ("Heads of Year", "headsofyear@" + D),
    "english": ("English Department", "english@" + D),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def P(local, name):
    return (name, local + "@" + PD)


# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _chunks_utf8(s, maxbytes):
    out, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > maxbytes and cur:
            out.append(cur)
            cur = b""
        cur += b
    if cur:
        out.append(cur)
    return out


def ew_b(s):
    return "\n ".join("=?utf-8?B?" + base64.b64encode(c).decode() + "?="
                      for c in _chunks_utf8(s, 45))


_QSAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def ew_q(s):
    words = []
    for c in _chunks_utf8(s, 20):
        enc = ""
        for byte in c:
            ch = chr(byte)
            if ch == " ":
                enc += "_"
            elif ch in _QSAFE:
                enc += ch
            else:
                enc += "=%02X" % byte
        words.append("=?utf-8?Q?" + enc + "?=")
    return "\n ".join(words)


def fmt_addr(p):
    name, addr = p
    if not name:
        return addr
    if not is_ascii(name):
        return ew_q(name) + " <" + addr + ">"
    if re.search(r'[,.()@:;"]', name):
        return '"' + name + '" <' + addr + ">"
    return name + " <" + addr + ">"


def addr_list(ps):
    return ",\n ".join(fmt_addr(p) for p in ps) if len(ps) > 2 else ", ".join(fmt_addr(p) for p in ps)


def qp_encode(text, force_break_after=()):
    """Quoted-printable encoder (RFC 2045), lines <= 76 chars.
    force_break_after: substrings; a soft line break is put after the first
    two characters of the first occurrence of each (used to split a word)."""
    forced = set()
    for w in force_break_after:
        i = text.find(w)
        assert i >= 0, w
        forced.add(i + 2)
    out_lines = []
    lines = text.split("\n")
    pos = 0
    for line in lines:
        toks = []
        for j, ch in enumerate(line):
            idx = pos + j
            if ch == "=" or ord(ch) > 126 or (ord(ch) < 32 and ch != "\t"):
                tok = "".join("=%02X" % b for b in ch.encode("utf-8"))
            else:
                tok = ch
            toks.append((idx, tok))
        # trailing whitespace must be encoded
        if toks and toks[-1][1] in (" ", "\t"):
            i, t = toks[-1]
            toks[-1] = (i, "=%02X" % ord(t))
        cur = ""
        for idx, tok in toks:
            if idx in forced and cur:
                out_lines.append(cur + "=")
                cur = ""
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
        out_lines.append(cur)
        pos += len(line) + 1
    return "\n".join(out_lines) + ("\n" if not text.endswith("\n") else "")


def b64_body(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text, cte, charset=None, extra=()):
    if charset is None:
        charset = "us-ascii" if is_ascii(text) else "utf-8"
    if cte == "7bit":
        assert is_ascii(text), text[:80]
        body = text if text.endswith("\n") else text + "\n"
    elif cte == "8bit":
        body = text if text.endswith("\n") else text + "\n"
    elif cte == "quoted-printable":
        body = qp_encode(text)
    elif cte == "base64":
        body = b64_body(text)
    else:
        raise ValueError(cte)
    hdrs = ['Content-Type: %s; charset="%s"' % (ctype, charset),
            "Content-Transfer-Encoding: " + cte] + list(extra)
    return ("leaf", hdrs, body)


def TXT(text, cte="7bit", charset=None):
    return leaf("text/plain", text, cte, charset)


def HTM(html, cte="quoted-printable", charset=None):
    return leaf("text/html", html, cte, charset)


def RAWQP(text, force):
    hdrs = ['Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable"]
    return ("leaf", hdrs, qp_encode(text, force))


def ATT(filename, ctype, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
        ctype = ctype + '; charset="utf-8"'
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Disposition: attachment; filename="%s"' % filename,
            "Content-Transfer-Encoding: base64"]
    return ("leaf", hdrs, b64_body(data))


def MULTI(sub, boundary, *children):
    return ("multi", sub, boundary, list(children))


def render(part):
    if part[0] == "leaf":
        _, hdrs, body = part
        return "\n".join(hdrs) + "\n\n" + body
    _, sub, boundary, children = part
    out = 'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (sub, boundary)
    for c in children:
        r = render(c)
        if not r.endswith("\n"):
            r += "\n"
        out += "--" + boundary + "\n" + r
    out += "--" + boundary + "--\n"
    return out


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 780 Td 15 TL\n"
    for ln in lines:
        content += "(" + esc(ln) + ") Tj T*\n"
    content += "ET\n"
    cb = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n"
    out += str(xref).encode() + b"\n%%EOF\n"
    return out


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Aptos",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def outlook_html(text):
    """Plain text -> Outlook-looking HTML. Quoted header blocks are kept as
    paragraphs; '>' lines become a blockquote."""
    out = [OUTLOOK_HEAD]
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif line.startswith("-----Original Message-----") or line.startswith("________________________________"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n</div>\n')
        else:
            m = re.match(r"^(From|Sent|To|Cc|Subject|Date):(.*)$", line)
            if m:
                out.append('<p class="MsoNormal"><b>%s:</b>%s<o:p></o:p></p>\n'
                           % (m.group(1), html_escape(m.group(2))))
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % html_escape(line))
    out.append(OUTLOOK_TAIL)
    return "".join(out)


def gmail_html(text):
    out = ['<div dir="ltr">']
    quote = []

    def flush():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append("<br>".join(html_escape(q) for q in quote))
            out.append("</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip())
            continue
        flush()
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % html_escape(line))
    flush()
    out.append("</div>\n")
    return "".join(out)


def ALT_OUTLOOK(text, b, cte_plain="quoted-printable", cte_html="quoted-printable"):
    return MULTI("alternative", b, TXT(text, cte_plain), HTM(outlook_html(text), cte_html))


def ALT_GMAIL(text, b, cte_plain="quoted-printable", cte_html="quoted-printable"):
    return MULTI("alternative", b, TXT(text, cte_plain), HTM(gmail_html(text), cte_html))


def date_hdr(y, mo, d, h, mi, s=0):
    t = dt.datetime(y, mo, d, h, mi, s)
    bst = dt.datetime(2024, 3, 31, 1) <= t < dt.datetime(2024, 10, 27, 1)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    t = t.replace(tzinfo=tz)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + ("+0100" if bst else "+0000")


def bnd(key, style="outlook"):
    h = hashlib.sha1(("r50obs-bnd-" + key).encode()).hexdigest()
    if style == "gmail":
        return "0000000000" + h[:16]
    return "_000_" + h[:20].upper() + "_"


def msgid(key, style="outlook"):
    h = hashlib.sha1(("r50obs-mid-" + key).encode()).hexdigest().upper()
    if style == "gmail":
        return "<CAF%s@mail.gmail.com>" % h[:30]
    if style == "bt":
        return "<%s.%s@btinternet.com>" % (h[:16].lower(), h[16:22].lower())
    if style == "local":
        return "<%s.%s@%s>" % (h[:12].lower(), h[12:20].lower(), D)
    return "<DB9PR03MB%s%s@DB9PR03MB%s.eurprd03.prod.outlook.com>" % (h[:4], h[4:24], h[:4])


# --------------------------------------------------------------------------
# message registry
# --------------------------------------------------------------------------
FLAGS, HARD, EVERY = [], [], []


def M(group, slug, frm, to, subject, date, body, note, cc=(), subj_enc=None,
      extra=(), mid_style="outlook", reply_to_mid=None):
    group.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                      date=date, body=body, note=note, subj_enc=subj_enc,
                      extra=list(extra), mid_style=mid_style, reply=reply_to_mid))


def build(m):
    hdrs = ["From: " + fmt_addr(m["frm"]), "To: " + addr_list(m["to"])]
    if m["cc"]:
        hdrs.append("Cc: " + addr_list(m["cc"]))
    subj = m["subject"]
    if m["subj_enc"] == "b":
        subj = ew_b(subj)
    elif m["subj_enc"] == "q":
        subj = ew_q(subj)
    else:
        assert is_ascii(subj), subj
    hdrs.append("Subject: " + subj)
    if m["mid_style"] == "outlook":
        hdrs.append("Thread-Topic: " + (ew_q(m["subject"]) if not is_ascii(m["subject"]) else m["subject"]))
    hdrs.append("Date: " + m["date"])
    hdrs.append("Message-ID: " + msgid(m["slug"], m["mid_style"]))
    if m["reply"]:
        hdrs.append("In-Reply-To: " + m["reply"])
        hdrs.append("References: " + m["reply"])
    if m["mid_style"] == "outlook":
        hdrs.append("Accept-Language: en-GB, en-US")
        hdrs.append("Content-Language: en-GB")
    hdrs.extend(m["extra"])
    hdrs.append("MIME-Version: 1.0")
    text = "\n".join(hdrs) + "\n" + render(m["body"])
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def rid(key, style="outlook"):
    return msgid("parent-" + key, style)


SIG_SCHOOL = "Example School, Park Row, LS1 4AP"


# ==========================================================================
# FLAG messages (20): the staff author's own words contain swearing or a slur
# ==========================================================================

# F1 plain, text/plain 7bit: attendance officer venting about a landlord
M(FLAGS, "home_visit_landlord", S["kershaw"], [S["fairclough"]],
  "Home visit - Flat 3, 27 Gannet Road", date_hdr(2024, 9, 17, 14, 52),
  TXT("""Lee,

Went round to Gannet Road this morning for the Y8 lad (the one who started
with us just before the summer). No answer at Flat 3 again. The landlord was
in the hallway doing the meters and he was an absolute wanker about it - said
he "doesn't keep track of who's in and out, it's a business not a nursery" and
wouldn't tell me whether the family had handed the keys back or not. Stood
there blocking the stairs the whole time like I was trying to rob the place.

Neighbour in Flat 1 reckons mum is still on nights at the Pleasure Beach till
the end of the season and the kids are at their nan's in Layton some of the
week. I've left a calling card and a letter through the door.

Can you check whether the housing options team have anything on them? If
we've heard nothing by Friday I'll start the CME checks.

Dawn

Dawn Kershaw
Attendance Officer
Example School | Park Row | LS1 4AP
01632 960000 ext 214 | work mobile 07700 900311
"""),
  "plain: 'wanker' about a landlord, attendance officer to colleague")

# F2 plain, multipart/alternative, forward: 'bollocks'
M(FLAGS, "data_drop_bollocks", S["butterworth"], [S["walsh"]],
  "FW: Data drop 2 - revised deadline", date_hdr(2024, 11, 6, 12, 41),
  ALT_OUTLOOK("""Kieran,

Have you seen this? Complete bollocks. That's the third time the deadline has moved since half term and it only ever moves forward, never back. Half my department are still marking the Y10 assessment because the papers only came back from repro on Tuesday.

I'm telling mine to get Y11 in first because that's all anyone looks at. Y10 will be Monday at the earliest and I'm not apologising for it.

And what are we meant to put for the new starters? We've had five into Y10 since September and not one of them has sat the baseline. Do we guess?

Tom

Tom Butterworth
Head of Mathematics
Example School, Park Row, LS1 4AP
T: 01632 960000

-----Original Message-----
From: Data Manager <data@example-school.org.uk>
Sent: 06 November 2024 12:10
To: Teaching Staff <teachingstaff@example-school.org.uk>
Subject: Data drop 2 - revised deadline

Dear colleagues,

Apologies - the Y10 and Y11 data drop has been brought forward to Friday 8th November so that reports can go home before parents' evening. Please make sure all working-at grades are entered by 4pm on Friday.

Many thanks
""", bnd("f2")),
  "plain: 'bollocks' in forwarded data-drop moan to colleague")

# F3 plain, reply with Outlook quoted block: 'shit'
M(FLAGS, "9x3_shit_afternoon", S["ashworth"], [S["okafor"]],
  "RE: 9X3 period 5", date_hdr(2024, 9, 24, 16, 5),
  ALT_OUTLOOK("""Marcus - thanks for coming in when you did. Honestly, what a shit afternoon. They were wild from the minute they came in off the yard and the new lad spent half the lesson trying to get the window open onto the flat roof.

I've logged all of it. I'll ring home for the three ringleaders before registration tomorrow. Could you sit in on Thursday P5 as well? Even ten minutes would help.

Bec

Rebecca Ashworth
Teacher of English
Example School | 01632 960000

From: Marcus Okafor <m.okafor@example-school.org.uk>
Sent: 24 September 2024 15:31
To: Rebecca Ashworth <r.ashworth@example-school.org.uk>
Subject: 9X3 period 5

Hi Bec, are you OK? Heard it got loud in E14 last lesson. Shout if you want me to take anyone out on Thursday.
M
""", bnd("f3")),
  "plain: 'shit' in reply to head of year about a class")

# F4 plain to a pupil: 'pissing about'
M(FLAGS, "pupil_teams_pissing", S["pritchard"], [P("22tcoupe", "Tyler Coupe")],
  "Football - Saturday", date_hdr(2024, 10, 2, 15, 47),
  TXT("""Tyler,

I've had three lads come and see me today about what's been posted in the
Year 9 football Teams channel. Stop pissing about on there. It's for fixtures
and kit, not for having a go at people's mums or where they live.

If you still want to play on Saturday you'll come and find me at break
tomorrow. Break, not lunch.

Mr Pritchard
Head of PE
"""),
  "plain: 'pissing about' from PE teacher to a pupil")

# F5 plain to a parent: 'bullshit', reply quoting a polite parent mail
M(FLAGS, "parent_detention_bullshit", S["sharples"], [SAM],
  "Re: Jayden's detention", date_hdr(2024, 10, 15, 8, 12),
  ALT_GMAIL("""Dear Sam,

I have read your email twice now. With respect, the idea that Jayden was picked on because he's new is bullshit. He has been with us since the start of October, he knows the phone rule as well as anyone, and he told Mr Leigh to get lost in front of the whole class. I was in the room.

The detention stands: Wednesday 3.10 to 4.10pm in C12. If getting home is a problem now that you've moved out to Bispham, ring the office and we'll look at the bus times with you.

Regards

Rob Sharples
Head of Year 11
Example School, Park Row, LS1 4AP
01632 960000

On Mon, 14 Oct 2024 at 21:07, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Sharples
> Jayden says he has a detention on Wednesday for his phone. He says Mr Leigh
> picked on him because he is new and doesn't know the rules yet. He has only
> been there a couple of weeks and he is trying. Can this be looked at again
> please as he has to get two buses now.
> Thanks
> Sam
""", bnd("f5")),
  "plain: 'bullshit' in head of year's reply to a parent",
  reply_to_mid=rid("f5"))

# F6 plain slur (race / ethnicity): 'pikeys'
M(FLAGS, "new_starters_pikeys", S["cropper"], [S["threlfall"]],
  "New Y7 starters Monday", date_hdr(2024, 9, 12, 11, 20),
  TXT("""Gemma,

Two more Y7s starting Monday, both from the pikeys who've pulled onto the
field behind the retail park. Brother and sister (twins), no CTF yet, mum
says they were at a school near Doncaster "for a bit". Honestly I wouldn't
bother ordering blazers, they'll be gone by Easter like the last lot.

Paperwork is in your tray. Can you sort tutor groups and a buddy for each?

Janet

Janet Cropper
Office Manager
Example School | 01632 960000
"""),
  "plain: ethnic slur about a Traveller family, office manager to head of year")

# F7 plain slur (disability): 'retard'
M(FLAGS, "8k2_new_arrival_slur", S["walsh"], [S["cartmell"]],
  "8K2 new arrival", date_hdr(2024, 9, 30, 16, 38),
  TXT("""Louise,

The lad who joined 8K2 last Monday (came from Stoke, living at the B&B on
the front?) - sorry but he's a total retard. Can't follow a single instruction
in practicals and nearly had the Bunsen over on Thursday. Why is he in set 2?
Nobody has told us anything about him.

Has he got a plan or anything from the last school? I need something before
Thursday's practical or he's sitting at the front doing the worksheet.

Kieran
"""),
  "plain: disability slur about a pupil, teacher to pastoral manager")

# F8 plain slur (gender): 'silly bitch'
M(FLAGS, "exclusion_mum_bitch", S["pilling"], [S["sharples"]],
  "RE: Mrs Ward - phone calls", date_hdr(2024, 11, 19, 17, 55),
  ALT_OUTLOOK("""Rob,

She's rung reception again - that's three times today. Silly bitch still thinks she can get the suspension overturned by shouting at Janet. Typical, all drama and no facts.

Don't reply to her tonight. Forward anything she sends to me and I'll deal with the governors' side of it. I've asked the office to log the calls.

G

Gareth Pilling
Assistant Headteacher (Behaviour & Attendance)
Example School, Park Row, LS1 4AP | 01632 960000

From: Rob Sharples <r.sharples@example-school.org.uk>
Sent: 19 November 2024 17:21
To: Gareth Pilling <g.pilling@example-school.org.uk>
Subject: Mrs Ward - phone calls

Gareth, Mrs Ward has emailed me twice since 4pm about Connor's suspension. Do you want me to reply or leave it with you?
Rob
""", bnd("f8")),
  "plain: sexist insult about a parent, assistant head to head of year")

# F9 plain slur (sexual orientation): 'poof'
M(FLAGS, "fixture_weather_poof", S["pritchard"], [S["pye"]],
  "Saturday fixtures", date_hdr(2024, 11, 22, 7, 41),
  TXT("""Jordan,

Stop being such a poof about the weather. It's Blackpool, there is always
wind off the sea. Fixtures are ON, I'm not cancelling for a bit of drizzle.

Minibus at 8.15 from the front car park. Bring the flask, the big umbrella
and wear two coats like a normal person.

O
""", "7bit"),
  "plain: homophobic slur as 'banter', PE teacher to colleague")

# F10 plain words inside a CSV attachment (seating plan notes)
CSV_F10 = """Seat,Name,Notes
1,Amelia R,lovely - will help with handing out
2,Kian T,new in Sept from Burnley - quiet - check he's OK
3,Connor D,proper little shit - keep him well away from Kian
4,Ruby H,
5,Tegan M,needs coloured overlay (in drawer)
6,Mason W,gobby - tells everyone to fuck off if he gets moved - don't move him
7,Lily-Mae S,
8,Oskar P,EAL (Polish) - glossary on desk
9,Harvey B,will ask for toilet - he's allowed
10,Jessica K,
11,Brandon L,arrives late from the hostel most days - let him in
12,Summer A,
"""
M(FLAGS, "seating_plan_csv", S["ashworth"], [S["lowe"]],
  "10E2 P3 tomorrow - seating plan", date_hdr(2024, 10, 9, 16, 20),
  MULTI("mixed", bnd("f10"),
        TXT("""Hi Sharon,

Seating plan for 10E2 tomorrow P3 attached. Cover work is on the shared drive
under English > Y10 > An Inspector Calls > Cover. They should be on Act 2.
The notes column tells you who to keep an eye on.

Thanks so much,
Bec
"""),
        ATT("10E2_seating_plan.csv", "text/csv", CSV_F10)),
  "plain: swearing about pupils in a CSV attachment sent to cover manager")

# F11 disguised: asterisk masks, subject and body
M(FLAGS, "cover_again_asterisk", S["marsden"], [S["gallagher"]],
  "f*cking cover again", date_hdr(2024, 11, 13, 15, 58),
  TXT("""Siobhan,

Have you seen tomorrow's cover sheet? I'm on P2 AND P4, that's my PPA gone
for the third f*cking week running. I'm meant to be marking the Y11 mocks.
What the f*ck is the point of a PPA timetable if it's just a suggestion?

Going to see Sharon at break. Come with me if you've lost yours too,
strength in numbers.

S x
"""),
  "disguised (asterisk masks): 'f*cking'/'f*ck' in subject and body, staff venting")

# F12 disguised: symbol substitution, to a parent
M(FLAGS, "trip_coach_parent_symbols", S["cartmell"], [JANE],
  "Sea Life trip - thank you!", date_hdr(2024, 9, 27, 17, 30),
  ALT_OUTLOOK("""Hi Jane,

Just to say Ellie is back safe and sound. Sorry it was a bit of a sh!t show this morning. The coach firm sent a 33-seater instead of the 53 we booked, so we had to ferry them down the prom in two runs, hence the late start at the Sea Life Centre. The b@stards are getting a very strongly worded email from me tomorrow.

Thank you so much for waiting at the gate with the others, it really helped.

Louise

Louise Cartmell
Pastoral Manager - Year 8
Example School, Park Row, LS1 4AP
01632 960000 ext 231
""", bnd("f12")),
  "disguised (symbols): 'sh!t', 'b@stards' from pastoral manager to a parent")

# F13 disguised: leetspeak
M(FLAGS, "exam_laptops_leet", S["mckay"], [S["rigby"]],
  "exam laptops AGAIN", date_hdr(2024, 11, 25, 7, 52),
  TXT("""Dan,

Some tw4t has been in the sports hall over the weekend and unplugged the
access arrangements laptops again. All 14 of them flat for the Y11 English
mock at 9am. I've put a sign up but honestly what a load of b0ll0cks.

Can you get the charging trolley over before 8.30? I'll owe you a bacon butty.

Fi

Fiona McKay
Exams Officer
Example School | 01632 960000 ext 205
"""),
  "disguised (leetspeak): 'tw4t', 'b0ll0cks', exams officer to IT technician")

# F14 disguised: repeated letters, dots and spaces between letters
M(FLAGS, "keyboard_stands_dots", S["brennan"], [S["library"]],
  "keyboard stands :(", date_hdr(2024, 12, 9, 12, 15),
  TXT("""Mags,

Fuuuuuck me. I've just opened the music store. Those donated keyboard stands
are absolute s.h.i.t.e - three have folded in on themselves already and one
took a Yamaha with it. F U C K I N G brilliant timing with the concert on
Thursday.

Is the big table from the library free for Thursday night? I'll get two of
the Y10s to carry it over after school.

Andy
"""),
  "disguised (repeated letters, dots, spaced letters): staff to librarian")

# F15 disguised: Cyrillic / Greek homoglyphs
M(FLAGS, "bnb_owner_homoglyph", S["fairclough"], [S["kershaw"]],
  "RE: Tidewell Road B&B", date_hdr(2024, 10, 22, 10, 5),
  ALT_OUTLOOK("""Dawn,

Got there at 8.15. The owner is a proper \u0430rs\u0435hole - wouldn't let me past the front desk, kept going on about the family owing him two weeks. And the council's emergency accommodation line is fu\u0441king useless, I was on hold for forty minutes and then it cut off.

Kids are definitely still there though, I saw the little one at the upstairs window. Welfare check form is on the system. I'll go back tomorrow after the school run and try mum's mobile again.

What a b\u03bfll\u03bfcks start to the week.

Lee

Lee Fairclough
Attendance & Welfare Officer
Example School, Park Row, LS1 4AP
01632 960000 | 07700 900584

From: Dawn Kershaw <d.kershaw@example-school.org.uk>
Sent: 21 October 2024 16:02
To: Lee Fairclough <l.fairclough@example-school.org.uk>
Subject: Tidewell Road B&B

Lee, can you try the B&B on Tidewell Road first thing? Still nothing from mum. D
""", bnd("f15")),
  "disguised (Cyrillic/Greek homoglyphs): 'arsehole', 'fucking', 'bollocks'")

# F16 disguised: full-width letters
M(FLAGS, "printer_fullwidth", S["rigby"], [S["bamber"]],
  "staffroom printer", date_hdr(2024, 10, 1, 13, 20),
  TXT("""Jo,

Someone has sent a 200-page PDF to the staffroom printer in colour AGAIN and
it's jammed solid. Spent my whole lunch pulling bits out of the fuser.
\uff46\uff55\uff43\uff4b\uff49\uff4e\uff47 hell. If you see anyone with a stack of Pleasure Beach
risk assessments, it was them.

Going to put a sign up: USE REPRO.

Dan
""", "8bit"),
  "disguised (full-width letters): 'fucking' between IT technicians")

# F17 disguised: zero-width characters inside words
M(FLAGS, "fieldwork_bus_zerowidth", S["gallagher"], [S["marsden"]],
  "today", date_hdr(2024, 10, 10, 19, 42),
  ALT_OUTLOOK("""Soph,

Back. Finally. Y10 were absolute wan\u200bkers on the coach home from Cockermouth, singing the whole way down the M6 and somebody lobbed a Fruit Shoot at the driver. He's threatened to bill us for the seat. I'm so pi\u200bssed off, they were brilliant on the river and then that.

Need wine. Don't let me run a trip again before Easter.

S

Siobh\u00e1n Gallagher
Head of Geography
Example School, Park Row, LS1 4AP
""", bnd("f17")),
  "disguised (zero-width spaces inside 'wankers', 'pissed'), staff to colleague")

# F18 disguised: HTML-only, words split by tags and an entity
F18_HTML = OUTLOOK_HEAD + """<p class="MsoNormal">Marcus,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Just back from fair access panel. Guess who got Kacey? Us. Again. That&#8217;s the fourth in-year placement this half term and the bloke from the local authority sat there telling us we&#8217;ve got &#8220;capacity&#8221; in Y9 because we&#8217;re under our number. He has never once set foot in the building. What a <span style="color:#1F3864">bell</span><span style="color:#1F3864">end</span>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I asked whether she&#8217;d come with any paperwork from the last school and he said it was &#8220;in the post&#8221;. In the post! Honestly the man is a c&#117;nt and I&#8217;m past being polite about it.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">She starts Monday. Can you find her a tutor group that isn&#8217;t 9X? And let Priya know &#8211; there&#8217;s talk of an EHCP assessment that was started and never finished before they moved.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">G<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Gareth Pilling</span></b><span style="color:#1F3864"> | Assistant Headteacher (Behaviour &amp; Attendance)<o:p></o:p></span></p>
<p class="MsoNormal"><span style="color:#1F3864">Example School, Park Row, LS1 4AP | 01632 960000<o:p></o:p></span></p>
""" + OUTLOOK_TAIL
M(FLAGS, "fair_access_html_split", S["pilling"], [S["okafor"]],
  "Fair access panel - Kacey", date_hdr(2024, 11, 28, 18, 3),
  HTM(F18_HTML, "quoted-printable"),
  "disguised (HTML-only, word split by span tags; entity in 'c&#117;nt'): about an LA officer")

# F19 disguised: quoted-printable soft line break inside the word
F19_TEXT = ("Yusuf,\n\n"
            "Just seen the Y9 assessment results for the Islam unit. Half of 9P have come out as working towards, "
            "and that\u2019s after we spent three weeks on the Five Pillars and did the practice questions twice. "
            "The new marking grid is fucking ridiculous \u2013 it rewards them for writing more, not for being right, "
            "so the ones who waffle for two sides get a 6 and the ones who actually know it get a 4.\n\n"
            "I\u2019m going to remark 9P with the old grid alongside so we\u2019ve got something to show at the "
            "department meeting. Can you do the same for 9T if you get a minute?\n\n"
            "Thanks\nClaire\n\n"
            "Claire Dewhurst\nHead of RE\nExample School, Park Row, LS1 4AP\n01632 960000\n")
M(FLAGS, "re_grid_qp_softbreak", S["dewhurst"], [S["patel"]],
  "Y9 Islam assessment", date_hdr(2024, 12, 5, 16, 44),
  RAWQP(F19_TEXT, ["fucking"]),
  "disguised (quoted-printable soft line break inside 'fucking'), RE to colleague")

# F20 disguised: base64 body and RFC 2047 subject
M(FLAGS, "pub_friday_base64", S["okafor"], [S["sharples"], S["hussain"]],
  "Shit week \u2013 pub Friday?", date_hdr(2024, 12, 13, 15, 15),
  TXT("""Rob, Nadia,

Anyone for a pint after the carol service? This week has been a bastard.
Three managed move meetings, two kids gone up to Scotland without a word to
anyone (mum's boyfriend got work on the boats apparently), and I got pissed on
by a seagull on gate duty this morning. In front of the whole of 9X.

Usual place? 6ish?

Marcus
""", "base64", "utf-8"),
  "disguised (base64 body + RFC 2047 B-encoded subject): 'Shit', 'bastard', 'pissed on'",
  subj_enc="b")


# ==========================================================================
# HARD NEGATIVES (30): clean mail a naive word filter would wrongly flag
# ==========================================================================

# H1 Cockermouth fieldwork letter, Q-encoded subject, PDF attachment
H1_TEXT = """Dear Parent/Carer,

As part of the GCSE Geography course, Year 10 will be carrying out their river fieldwork in Cockermouth on Thursday 10 October. Pupils will be measuring channel width, depth and velocity on the River Cocker and looking at the flood defences that were built after Storm Desmond flooded the town centre in 2015.

The coach will leave school at 7.30am and we expect to be back by 6pm. Pupils will need a packed lunch, a waterproof coat, and old trainers or wellies they don't mind getting wet. Waders are provided. Pupils who receive free school meals will be given a packed lunch by the kitchen - please tick the box on the form.

We are asking for a voluntary contribution of £12 towards the cost of the coach. No pupil will miss out because of cost, so if this is difficult please contact me in confidence.

The consent form is attached. Please return it to your child's tutor, or reply to this email, by Friday 4 October. If your child has joined us recently and hasn't got a log-in for the payments app yet, the office can set one up.

Kind regards

Siobhán Gallagher
Head of Geography
Example School, Park Row, LS1 4AP
Tel: 01632 960000
"""
M(HARD, "cockermouth_fieldwork_letter", S["gallagher"], [JANE, SAM, ALI],
  "Year 10 Geography fieldwork \u2013 Cockermouth, Thursday 10 October", date_hdr(2024, 9, 23, 9, 10),
  MULTI("mixed", bnd("h1"),
        MULTI("alternative", bnd("h1a"), TXT(H1_TEXT, "quoted-printable"),
              HTM(outlook_html(H1_TEXT))),
        ATT("Y10_Geography_Fieldwork_Cockermouth.pdf", "application/pdf",
            make_pdf(["Example School - Year 10 Geography Fieldwork",
                      "Cockermouth, Cumbria - Thursday 10 October 2024",
                      "River Cocker channel study and flood defences",
                      "Depart 7.30am, return approx. 6.00pm",
                      "Consent form: please return by Friday 4 October",
                      "Pupil name: ____________  Tutor group: ______",
                      "Signed (parent/carer): ____________________"]))),
  "hard negative: place name Cockermouth in trip letter to parents", subj_enc="q")

# H2 Fixtures at Clitheroe and Penistone, to pupils
M(HARD, "fixtures_clitheroe_penistone", S["pritchard"],
  [P("21akhan", "Aisha Khan"), P("21fmoss", "Freya Moss"), P("21rdobson", "Ruby Dobson"),
   P("21lnguyen", "Linh Nguyen")],
  "Netball fixtures - Clitheroe and Penistone", date_hdr(2024, 10, 7, 12, 30),
  TXT("""Hi girls,

Two fixtures coming up, please check you can make both and reply by
Wednesday:

Tuesday 15 Oct - away at Clitheroe. Minibus leaves from the sports hall at
2.45pm, back about 6.30pm. You'll miss P6, I've let your teachers know.

Saturday 19 Oct - county tournament at Penistone. This is a long one. Coach
at 7am from the front of school, back around 5pm. Bring a packed lunch,
water bottle and your full kit including bibs (Freya, you've still got the
GA and WD ones from last week).

Linh - welcome to the squad! If you haven't got a skort yet, come and see me,
we've got spares in the PE office.

Mr Pritchard
"""),
  "hard negative: place names Clitheroe, Penistone in PE mail to pupils")

# H3 Romeo and Juliet bawdy puns quoted for Y11
M(HARD, "romeo_juliet_puns", S["ashworth"],
  [P("20cwhittle", "Callum Whittle"), P("20hprice", "Holly Price"), P("20skerr", "Sienna Kerr")],
  "R&J revision - Mercutio and the opening scene", date_hdr(2024, 11, 4, 18, 20),
  ALT_OUTLOOK("""Hi all,

As promised in the lesson, here are the quotations we looked at. Several of you were asking how much of the wordplay you should write about in the exam. The short answer: mention it if it helps your point about character or theme, but don't spend a whole paragraph on a joke.

Act 1 Scene 1 - Sampson and Gregory:
"women, being the weaker vessels, are ever thrust to the wall: therefore I will push Montague's men from the wall, and thrust his maids to the wall."
"My naked weapon is out: quarrel, I will back thee."
Think about what this tells us about the violence and the attitudes to women in Verona before we even meet the lovers.

Act 2 Scene 4 - Mercutio to the Nurse:
"the bawdy hand of the dial is now upon the prick of noon."
Mercutio turns everything into a crude joke - how does this contrast with the way Romeo talks about love? Why does Shakespeare put it straight after the balcony scene?

Have a go at the 20-minute practice question on Teams. I'll mark anything handed in by Friday.

Miss Ashworth
""", bnd("h3")),
  "hard negative: set text quotations (R&J bawdy puns) to Y11 pupils")

# H4 Seabird survey: shags, tits, woodcock
M(HARD, "eco_club_seabirds", S["walsh"],
  [P("23ohartley", "Olivia Hartley"), P("23bnaylor", "Ben Naylor"), P("24ocraven", "Oscar Craven")],
  "Eco Club - bird count results", date_hdr(2024, 10, 17, 15, 5),
  ALT_OUTLOOK("""Hi Eco Club,

Great effort on the bird count on Saturday, even with the wind. Here's what we logged between North Pier and the Cabin lift:

- Herring gulls: 64 (no surprise!)
- Oystercatchers: 22
- Turnstones: 9, along the sea wall steps
- Cormorants and shags: 7 sitting on the pier legs. Remember the shag is the smaller one with the thinner bill and the tufted crest in spring.
- Redshank: 3

And in the nest boxes on the school field we've now had blue tits, great tits and coal tits using them this year. Oscar's photo of the great tit on the feeder is going in the newsletter.

Next week: we're building two more boxes in the DT room. Wednesday after school, bring a coat.

Mr Walsh
""", bnd("h4")),
  "hard negative: bird names (shags, great tits) in eco club mail to pupils")

# H5 Cover rota with surnames Wankhede, Cockburn, Hancock
M(HARD, "cover_rota_surnames", S["lowe"], [S["teaching"]],
  "Cover - Monday 11 November", date_hdr(2024, 11, 11, 7, 25),
  TXT("""Morning all,

Cover for today. Please check the board in the staffroom as well.

Mrs Wankhede (Chemistry) - on the exam board course all day
  P1 10C3 - Mr Cockburn, Lab S4
  P2 11C1 - Ms Hancock, Lab S4
  P4 8S2  - cover supervisor (Sharon), Lab S2
Mr Dickens (Maths) - off sick
  P1 9M4  - Mr Butterworth
  P3 7M2  - cover supervisor (Sharon)
  P5 11M3 - Mrs Ahmed

Work for Mrs Wankhede's classes is in the Science shared area. Mr Dickens's
cover work will be on Sparx - Tom has set it.

Thanks,
Sharon

Sharon Lowe
Cover Manager
Example School | 01632 960000 ext 208
"""),
  "hard negative: staff surnames Wankhede, Cockburn, Hancock, Dickens in cover rota")

# H6 New arrival from Twatt, Orkney
M(HARD, "new_arrival_twatt_orkney", S["cropper"], [S["threlfall"], S["nowak"]],
  "New Y7 arrival - from Orkney", date_hdr(2024, 10, 21, 10, 45),
  TXT("New Y7 starting Wednesday: Isla, family have moved down from Twatt on Orkney (yes, it really is called that - it's near the north-west of the Mainland). Dad has got work on the tram track renewal and they're renting a flat above a shop on the front for now.\n\n"
      "Her previous school was a small one with 40 pupils in the whole place, so she might find us a bit of a shock. Mum was keen that she isn't put in a huge tutor group if we can avoid it.\n\n"
      "Agnieszka - not EAL, I just copied you in because mum asked about the Gaelic/Norn language club thing they had at the old school and I said you'd know if we had anything similar. I suspect not!\n\n"
      "CTF has been requested. Uniform voucher given.\n\n"
      "Janet\n\nJanet Cropper\nOffice Manager\nExample School, Park Row, LS1 4AP\n01632 960000\n",
      "quoted-printable"),
  "hard negative: place name Twatt (Orkney) in admissions mail")

# H7 Records request, previous address Shitterton, base64 body
M(HARD, "records_request_shitterton", S["attendance"], [("Admissions", "admissions@bere-vale.example.org")],
  "Request for pupil records - previously of Shitterton, Bere Regis", date_hdr(2024, 10, 22, 11, 50),
  TXT("""Dear colleague,

We have admitted a pupil in Year 9 who we believe attended your school until
July 2024. The family's last known address was in Shitterton, near Bere Regis,
Dorset. They moved to Blackpool over the summer for seasonal work and are now
in rented accommodation locally.

Pupil: Riley (initials R.T.), date of birth 14/03/2011

We have not yet received a CTF through the system. Could you please send the
CTF and any SEND, attendance or safeguarding records you hold? If there is a
safeguarding file, please transfer it securely to our DSL, Mrs Whiteside, at
dsl@example-school.org.uk, or call her on 01632 960000.

Many thanks,

Attendance Team
Example School
Park Row, LS1 4AP
01632 960000
""", "base64", "utf-8"),
  "hard negative: place name Shitterton in records request to previous school (base64)")

# H8 RSE letter to parents, with PDF
H8_TEXT = """Dear Parent/Carer,

Next half term, Year 9 will be taught the Relationships and Sex Education (RSE) unit of our PSHE curriculum. I'm writing so that you know what will be covered and can talk about it at home if you'd like to.

The lessons will cover:
- consent, and what the law says about it
- healthy and unhealthy relationships, including online
- contraception, including condoms and the contraceptive pill, and where young people can get confidential advice in Blackpool
- sexually transmitted infections (STIs), how they are passed on and how they are prevented
- puberty and the reproductive system, using the correct names for body parts (penis, testicles, vulva, vagina)

All lessons are taught by trained staff in tutor groups, and pupils can ask questions anonymously using the question box.

You have the right to request that your child is withdrawn from the sex education elements of RSE (but not from Relationships Education, Health Education, or the biology in the science curriculum). If you would like to discuss this, please contact me before Friday 18 October. A copy of the lesson outlines is attached.

Many families have joined us this term, so if your child has started with us recently and you'd like to see the resources, I'm very happy to meet you.

Kind regards

Laura Kenyon
PSHE & RSE Lead
Example School, Park Row, LS1 4AP
01632 960000
"""
M(HARD, "rse_letter_y9", S["kenyon"], [JANE, SAM, ALI],
  "Year 9 Relationships and Sex Education - information for parents", date_hdr(2024, 10, 3, 14, 0),
  MULTI("mixed", bnd("h8"),
        MULTI("alternative", bnd("h8a"), TXT(H8_TEXT, "quoted-printable"), HTM(outlook_html(H8_TEXT))),
        ATT("Y9_RSE_lesson_outlines.pdf", "application/pdf",
            make_pdf(["Year 9 RSE - lesson outlines (Spring 1)",
                      "1. Consent and the law",
                      "2. Healthy relationships, including online",
                      "3. Contraception: condoms and the contraceptive pill",
                      "4. STIs: transmission and prevention",
                      "5. Puberty and the reproductive system",
                      "6. Where to get help and advice locally"]))),
  "hard negative: RSE letter to parents (condoms, penis, vagina)")

# H9 Biology homework - reproduction, HTML only
H9_HTML = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi 8S1,</p>
<p>Your homework this week is on the <b>human reproductive system</b> (due Thursday 21st):</p>
<ol>
<li>Label the male diagram: <i>penis, testes, scrotum, sperm duct, urethra, glands</i>.</li>
<li>Label the female diagram: <i>ovaries, oviducts, uterus, cervix, vagina</i>.</li>
<li>Explain in 3&ndash;4 sentences how fertilisation happens. Use the words <i>sperm, egg cell, ejaculation, oviduct</i> and <i>nucleus</i>.</li>
<li>Extension: why are sperm cells produced in such huge numbers?</li>
</ol>
<p>The diagrams are on page 2 of the worksheet on Teams. Please use the proper scientific words &ndash; we talked about why in the lesson.</p>
<p>If you&rsquo;ve only just joined the class and missed the lesson, the slides are in the Files tab.</p>
<p>Mr Walsh</p>
</div></body></html>
"""
M(HARD, "biology_reproduction_homework", S["walsh"],
  [P("23mcooper", "Mia Cooper"), P("23jwhite", "Jack White"), P("23ppopescu", "Patricia Popescu")],
  "8S1 homework - reproduction", date_hdr(2024, 11, 14, 16, 10),
  HTM(H9_HTML, "quoted-printable"),
  "hard negative: KS3 biology homework with anatomy terms (HTML only)")

# H10 SEND: spastic diplegia, physio liaison
M(HARD, "physio_spastic_diplegia", S["nair"], [("Helen Beckett", "h.beckett@childrens-physio.example.org")],
  "New Y7 pupil - cerebral palsy - physio programme in school",
  date_hdr(2024, 9, 19, 13, 35),
  ALT_OUTLOOK("""Dear Helen,

Thank you for your call yesterday. As discussed, we have a Year 7 pupil (initials D.M.) who joined us last week after the family moved from the Wirral. He has cerebral palsy (spastic diplegia) and uses a walking frame around school, with a wheelchair for longer distances and trips.

His EHCP was issued by his previous local authority and we are waiting for it to be transferred. In the meantime, the plan says he should have a daily stretching programme and a weekly physio session in school.

What we've put in place so far:
- a lift pass and a five-minute early release from lessons
- a ground-floor tutor room
- adapted PE with Mr Pritchard (seated activities and the hydro session at the leisure centre)
- a named TA, Mrs Hargreaves, who can be trained to do the stretches

Could you let me know when you could come in to assess him and show Mrs Hargreaves the programme? Tuesdays and Thursdays are best. I've copied nobody else in yet as mum has asked that information is shared only with the people working with him.

Best wishes

Priya Nair
SENCo
Example School, Park Row, LS1 4AP
01632 960000 ext 240
""", bnd("h10")),
  "hard negative: SEND medical term 'spastic diplegia' in SENCo mail to physio")

# H11 Safeguarding report to DSL quoting exactly what a pupil said
M(HARD, "dsl_report_tram_stop_threat", S["cartmell"], [S["dsl"]],
  "Concern - Y8 incident at the tram stop", date_hdr(2024, 10, 8, 15, 52),
  TXT("""Helen,

Logging this now and will put it on CPOMS tonight.

At about 3.20pm I was on duty at the tram stop on the prom. Y8 pupil (K.B.,
8K2) was arguing with a girl I didn't recognise - not one of ours, possibly
from the college. K.B. was shouting at her and said, word for word:

"Fuck off you fat slag, I'll stab you, I know where your flat is."

She had her hand in her coat pocket. I asked her to take it out and she
showed me it was empty. The other girl left on the tram. K.B. was very
upset afterwards and said the girl has been "posting stuff" about her mum
and the hostel they live in.

I have not contacted home yet - wanted to check with you first because of the
open referral. K.B. went home with her older brother.

Louise

Louise Cartmell
Pastoral Manager - Year 8
Example School | 01632 960000 ext 231
"""),
  "hard negative: staff report to DSL quoting a pupil's threat verbatim (staff-only)")

# H12 Racist incident report to DSL / AHT quoting slur
M(HARD, "racist_incident_report", S["patel"], [S["dsl"], S["pilling"]],
  "Prejudice-related incident - 9T history P4", date_hdr(2024, 11, 7, 13, 15),
  ALT_OUTLOOK("""Hi both,

Reporting a racist incident from my P4 lesson today (9T, room H3). I've logged it as a prejudice-related incident on the system but wanted you both to have the detail.

During group work, pupil J.S. said to pupil A.R. (who joined us from Bradford in September) "go back to your own country, you Paki". I heard it clearly, and two other pupils confirmed it. A.R. told me afterwards it is the third time this week, and that J.S. has also been calling him "terrorist" in the lunch queue.

I removed J.S. from the lesson and sent him to the pastoral base. A.R. stayed in my room at lunch and is OK but very quiet. I've let his form tutor know.

A.R.'s dad works on the piers and finishes late; the number on file is his mobile. I haven't called either home yet - please let me know who you'd like to do it.

Yusuf

Yusuf Patel
Teacher of History
Example School, Park Row, LS1 4AP
01632 960000
""", bnd("h12")),
  "hard negative: racist incident report quoting pupil's slur, staff-only")

# H13 Homophobic bullying report, QP
M(HARD, "homophobic_bullying_report", S["pritchard"], [S["okafor"]], 
  "Changing room - homophobic comments Y9", date_hdr(2024, 10, 24, 12, 50),
  TXT("Marcus,\n\n"
      "Heads up about something in the Y9 boys' changing room after P3 today. I was outside the door and heard three or four of them having a go at L.W. One of them (I'm fairly sure it was D.K., I'll confirm with Jordan) said \"get out, you faggot, nobody wants you looking\", and another one said \"that's so gay\" when L.W. asked for his bag back. There was a lot of laughing. When I went in it stopped straight away.\n\n"
      "L.W. didn't want to talk about it and said it was \"just banter\". He's only been with us since October half term, came from a school in Preston. I've asked him to come to the PE office at lunch tomorrow.\n\n"
      "Can you pick it up with the group? I've put it on CPOMS under bullying/prejudice and copied the anti-bullying lead in on the record.\n\n"
      "Owen\n\nOwen Pritchard\nHead of PE\nExample School, Park Row, LS1 4AP\n",
      "quoted-printable"),
  "hard negative: homophobic bullying report quoting pupils, PE to head of year (QP)")

# H14 Polite reply to abusive parent (abuse only in quoted text)
M(HARD, "reply_parent_abuse_quoted", S["hussain"], [ALI],
  "Re: Zak sent home AGAIN", date_hdr(2024, 11, 12, 9, 5),
  ALT_GMAIL("""Dear Mr Guardian,

Thank you for your email. I'm sorry you are frustrated, and I do want to sort this out with you.

To be clear, Zak was not sent home yesterday. He was asked to wait in the pastoral base while we found him a pair of school shoes from the uniform bank, which took about twenty minutes, and he then went back to lessons. I know money is tight at the end of the season and we are very happy to help - we have another pair in his size he can keep.

I'd be glad to meet you this week. I'm free on Thursday after 3.15pm, or I can phone you at a time that suits your shifts. I'd ask that we keep things calm in emails so that we can focus on Zak.

Kind regards

Nadia Hussain
Head of Year 10
Example School, Park Row, LS1 4AP
01632 960000

On Mon, 11 Nov 2024 at 21:48, Ali Guardian <ali.guardian@btinternet.com> wrote:
> I've had it with you lot. Zak has been sent home AGAIN for his fucking shoes.
> He has ONE pair and they're the ones he's got. You are fucking useless, all of
> you. Sort it out or I'm going to the papers.
""", bnd("h14", "gmail"), "quoted-printable", "quoted-printable"),
  "hard negative: calm reply; swearing only in the parent's quoted text",
  reply_to_mid=rid("h14", "bt"), mid_style="outlook")

# H15 Outlook-quoted parent mail with 'bollocks' - term-time holiday
M(HARD, "reply_parent_holiday_quoted", S["kershaw"], [JANE],
  "RE: Holiday request refused", date_hdr(2024, 10, 14, 10, 30),
  ALT_OUTLOOK("""Dear Mrs Parent,

Thank you for getting back to me, and I do understand how hard it is when you and your partner both work through the season.

I'm afraid the decision on term-time leave is made by the Headteacher under the Department for Education rules and not by the attendance team, and the request for Ellie for 4-15 November has been refused. If Ellie does go, the absence will be recorded as unauthorised and the local authority may issue a penalty notice.

I know lots of our families are in the same position, and Mr Heywood has agreed to look at requests where there are exceptional circumstances. If you would like to put anything further in writing, please send it to me and I will make sure he sees it.

I'm also happy to talk it through on the phone - I'm in all week.

Kind regards

Dawn Kershaw
Attendance Officer
Example School | Park Row | LS1 4AP
01632 960000 ext 214

From: Jane Parent <jane.parent@gmail.com>
Sent: 12 October 2024 22:10
To: Dawn Kershaw <d.kershaw@example-school.org.uk>
Subject: Re: Holiday request refused

This is absolute bollocks. We work every hour God sends from Easter to the end of the lights on the Pleasure Beach, when else are we meant to go away?? Two weeks in November is the only time we get. It's a piss-take fining people like us.
Jane
""", bnd("h15")),
  "hard negative: polite reply; parent's swearing only in the Outlook-quoted text",
  reply_to_mid=rid("h15", "gmail"))

# H16 Staff discussing behaviour policy wording on swearing
M(HARD, "behaviour_policy_language", S["pilling"], [S["hoys"]], 
  "Behaviour policy - swearing, agreed wording", date_hdr(2024, 9, 10, 17, 5),
  ALT_OUTLOOK("""Hi all,

Following Thursday's meeting, this is the wording we agreed for the language section of the behaviour policy. Please use it consistently so that new arrivals get the same message from everyone, whatever tutor group they land in.

1. Swearing in conversation, not aimed at anyone (e.g. "shit, I've left my book at home") - C1 warning and a reminder. Don't escalate on the first one.
2. Swearing at another pupil - C2 and a restorative conversation.
3. Swearing at a member of staff (e.g. "fuck off, sir") - C3, removal and a day in reflection. Phone call home the same day.
4. Any discriminatory language (racist, homophobic, sexist, disability-related) - always logged as a prejudice-related incident, whatever the intent, and passed to the head of year.

Please log the exact words used when you record an incident. "Swore at me" isn't enough for us to follow it up or for a parent meeting.

Tourette's and other conditions are dealt with separately - Priya will brief teams on individual pupils.

Thanks
Gareth

Gareth Pilling
Assistant Headteacher (Behaviour & Attendance)
Example School, Park Row, LS1 4AP | 01632 960000
""", bnd("h16")),
  "hard negative: staff discussing behaviour policy, quoting example swear words")

# H17 Canteen menu: faggots, spotted dick - CSV attachment
H17_CSV = """Day,Main,Vegetarian,Pudding
Monday 11 Nov,Roast chicken with stuffing,Veggie sausage roll,Apple crumble and custard
Tuesday 12 Nov,Faggots with mash mushy peas and onion gravy,Cheese and onion pie,Jam sponge
Wednesday 13 Nov,Chilli con carne with rice,Bean chilli with rice,Fruit yoghurt
Thursday 14 Nov,Lancashire hotpot with red cabbage,Vegetable hotpot,Spotted dick and custard
Friday 15 Nov,Fish and chips with peas,Veggie fingers and chips,Chocolate brownie
"""
M(HARD, "canteen_menu_faggots", S["singleton"], [S["office"]], 
  "Menu w/c 11 Nov for the newsletter", date_hdr(2024, 11, 8, 14, 20),
  MULTI("mixed", bnd("h17"),
        TXT("""Hi Janet,

Menu for next week attached for the newsletter and the website.

Tuesday is faggots, mash and mushy peas - it's the butcher's own recipe and
they went down really well last time, so we're doing it every other week now.
Thursday's pudding is spotted dick and custard for the staff who keep asking!

Halal and vegetarian options are on every day as usual. Any new starters with
allergies, send them to me and I'll update the till.

Thanks
Bev

Bev Singleton
Catering Manager
Example School | 01632 960000 ext 260
"""),
        ATT("Menu_wc_11_Nov.csv", "text/csv", H17_CSV)),
  "hard negative: food names (faggots, spotted dick) in menu mail + CSV")

# H18 EAL vocabulary: animals incl. cock, bitch, jack/jenny
M(HARD, "eal_animal_vocab", S["nowak"],
  [P("24mwojcik", "Maja W\u00f3jcik"), P("23ppopescu", "Patricia Popescu"), P("24dlungu", "Daniel Lungu")],
  "EAL homework - animal words", date_hdr(2024, 9, 26, 11, 5),
  TXT("""Hello Maja, Patricia and Daniel,

Well done this week - you all talked so much more in our session!

This week's homework is about animal words. In English, many animals have a
different word for the male, the female and the baby. Learn the table and
then write five sentences using the words.

  animal   male       female   baby
  chicken  cock       hen      chick
  dog      dog        bitch    puppy
  horse    stallion   mare     foal
  donkey   jack       jenny    foal
  duck     drake      duck     duckling
  pig      boar       sow      piglet
  cow      bull       cow      calf

Be careful: some of these words have a second, rude meaning in English, so
use them only when you are talking about animals. Ask me if you're not sure!

Challenge: go and see the donkeys on the beach at the weekend and find out
their names. Each donkey wears its name on the bridle.

Mrs Nowak
EAL Coordinator
Example School - 01632 960000
""", "8bit"),
  "hard negative: EAL vocabulary list with animal terms (cock, bitch) to pupils [unsure]")

# H19 PE kit: box, balls, sports bra
M(HARD, "pe_kit_box_balls", S["pritchard"], [JANE, SAM, ALI],
  "PE kit for this half term", date_hdr(2024, 9, 13, 12, 40),
  ALT_OUTLOOK("""Dear Parents and Carers,

A quick reminder about PE kit now that everyone has settled in - and a welcome to all the families who have joined us since September.

For outdoor lessons this half term (football, rugby and cricket nets) pupils need:
- school PE top, shorts or skort, and football socks
- trainers AND football boots, with shin pads
- a gum shield for rugby
- for cricket, boys should wear a box (abdominal protector); we have a few clean spares but it's much better to have their own
- girls may find a supportive sports bra more comfortable for running; plain colours under the white top please

If any of this is a problem, please let me know privately - we have a big kit bank in the PE office and nobody should miss out.

Also: we're very low on balls. If you have old tennis balls or footballs at home that nobody plays with, we'll gladly take them.

Thank you

Owen Pritchard
Head of PE
Example School, Park Row, LS1 4AP
01632 960000
""", bnd("h19")),
  "hard negative: PE kit list (box, balls, sports bra) to parents")

# H20 Cumulative frequency homework ('cum. freq.')
M(HARD, "maths_cumulative_frequency", S["butterworth"],
  [P("20cwhittle", "Callum Whittle"), P("20nbrooks", "Nathan Brooks"), P("20eokoro", "Esther Okoro")],
  "11M1 homework - cumulative frequency", date_hdr(2024, 11, 20, 15, 30),
  TXT("""Hi 11M1,

Homework for Monday: cumulative frequency and box plots, Sparx code HW-CF3.

A few reminders from today's lesson:
- Add a "cum. freq." column to the table before you plot anything. The last
  value in the cum. freq. column should equal the total frequency.
- Plot each point at the UPPER end of the class interval, not the middle.
- Join with a smooth curve (or straight lines if the question says so).
- Median = read across at n/2; LQ at n/4; UQ at 3n/4. IQR = UQ - LQ.

If you've joined us this term and missed the first cumulative frequency
lesson, the video is on Teams under "Statistics". Come to Wednesday
intervention in M6 if you'd like me to go through it again.

Mr Butterworth
"""),
  "hard negative: maths term 'cum. freq.' in homework mail to pupils")

# H21 Civil Rights unit: period language in sources, to parents
M(HARD, "history_civil_rights_language", S["patel"], [JANE, SAM, ALI],
  "Year 9 History - Civil Rights in the USA unit", date_hdr(2024, 11, 26, 16, 15),
  ALT_OUTLOOK("""Dear Parents and Carers,

From next week, Year 9 will be studying the Civil Rights Movement in the USA, 1954-1968. We will look at segregation, the Montgomery Bus Boycott, the murder of Emmett Till, and the work of Martin Luther King, Malcolm X and Rosa Parks.

I wanted to let you know in advance that some of the original sources we use - newspapers, signs and speeches from the period - contain words like "Negro" and "coloured" that were commonly used at the time. Some also contain racist slurs, which we do not read aloud. We talk with pupils about why these words were used, why they are offensive, and how language has changed. Pupils are never asked to repeat them.

If your child has had experiences that might make this unit difficult, or if you would like to see the materials, please get in touch. I'm always happy to talk.

Kind regards

Yusuf Patel
Teacher of History
Example School, Park Row, LS1 4AP
01632 960000
""", bnd("h21")),
  "hard negative: history letter mentioning period language in sources")

# H22 RE revision: hell, damnation, Christ
M(HARD, "re_revision_hell_damnation", S["dewhurst"],
  [P("21akhan", "Aisha Khan"), P("21tbyrne", "Tom Byrne"), P("21jmcfarlane", "Jade McFarlane")],
  "Y10 RE revision - Christian beliefs about the afterlife", date_hdr(2024, 12, 3, 15, 45),
  TXT("""Hi 10R2,

For next Tuesday's assessment, make sure you can explain:

- Christian beliefs about heaven, hell and purgatory, and the differences
  between Catholic and Protestant views
- Judgement: the Parable of the Sheep and the Goats (Matthew 25)
- Why some Christians today reject the idea of eternal damnation - "how can
  a loving God send people to hell?"
- The resurrection of Jesus Christ and why it matters for beliefs about life
  after death
- Comparison with Islam: Akhirah, the Day of Judgement, Jannah and Jahannam

Use at least one quotation from scripture in each 12-mark answer, and don't
forget the "evaluate" bullet.

Revision club is in R2 on Thursday at 3.15pm.

Mrs Dewhurst
Head of RE
"""),
  "hard negative: RE revision (hell, damnation, Christ) to pupils")

# H23 French false friends, TXT attachment
H23_TXT = """Year 8 French - false friends (faux amis)

French            means                    NOT
la librairie      bookshop                 library (= la bibliothèque)
le phoque         seal (the animal)        -
les préservatifs  condoms                  preservatives (= les conservateurs)
je suis plein(e)  (of an animal) pregnant  I'm full (= j'ai bien mangé)
actuellement      at the moment            actually (= en fait)
la monnaie        small change             money (= l'argent)
le crayon         pencil                   crayon
excité(e)         over-excited / aroused   excited (= j'ai hâte)

Careful with "baiser": as a noun (un baiser) it means a kiss, but do NOT use
it as a verb. Say "embrasser" instead. Ask Madame if you want to know why!
"""
M(HARD, "french_false_friends", S["marsden"],
  [P("23mcooper", "Mia Cooper"), P("23bnaylor", "Ben Naylor"), P("23ppopescu", "Patricia Popescu")],
  "8F2 - faux amis list", date_hdr(2024, 10, 16, 14, 25),
  MULTI("mixed", bnd("h23"),
        TXT("""Bonjour 8F2,

Here's the faux amis list from today's lesson - learn it for the vocab test
on Tuesday. There are a couple on there that made some of you giggle, so you
won't forget those ones!

Patricia - you're welcome to write the Romanian next to each word, it really
helps.

Madame Marsden
Teacher of French and Spanish
"""),
        ATT("8F2_faux_amis.txt", "text/plain", H23_TXT)),
  "hard negative: French vocab (phoque, préservatifs, baiser) in TXT attachment")

# H24 CME referral: Scunthorpe, Sussex
M(HARD, "cme_referral_scunthorpe", S["fairclough"], [("Children Missing Education", "cme@northlincs.example.org")],
  "CME - pupil believed moved to Scunthorpe", date_hdr(2024, 11, 5, 11, 15),
  ALT_OUTLOOK("""Dear CME Officer,

I am writing to let you know about a Year 10 pupil who has not attended our school since 7 October and who we believe may now be living in your area.

Pupil initials: T.H. (female), DOB 02/06/2009
Last known address: Flat 2, 41 Gullhaven Road, Blackpool (holiday let, vacated)

Mum told a neighbour she had got a job at a warehouse in Scunthorpe and was moving in with her sister there. We also have an older contact for a grandparent in East Sussex, so it is possible they have gone there instead.

We have completed two home visits, made phone calls to all known numbers, and checked with the local housing team and the health visitor, without success. Our local authority CME team has been informed.

If you are able to confirm whether T.H. is on roll at one of your schools, we can send her records straight away. Please contact me on 01632 960000 or 07700 900584.

Kind regards

Lee Fairclough
Attendance & Welfare Officer
Example School, Park Row, LS1 4AP
""", bnd("h24")),
  "hard negative: place names Scunthorpe, Sussex in CME referral to another LA",
  cc=[S["kershaw"]])

# H25 Arsenal trial, Middlesex, to parent
M(HARD, "arsenal_trial_parent", S["pritchard"], [ALI],
  "Zak - Arsenal development centre trial", date_hdr(2024, 12, 2, 17, 10),
  TXT("""Dear Mr Guardian,

Great news - the scout who watched the county U15 game has been in touch and
Zak has been invited to a trial at an Arsenal development centre on Saturday
14 December. It's at their training site in north London (the Middlesex side),
and they will send the details directly to you.

Arsenal pay travel for the player and one adult. If the Saturday clashes
with your shift at the pier, let me know and I'll ask whether there's another
date - they're usually quite flexible.

He's worked really hard this term, and it's been a big change for him moving
schools. Well done to him.

Best wishes

Owen Pritchard
Head of PE
Example School, Park Row, LS1 4AP
01632 960000
"""),
  "hard negative: 'Arsenal', 'Middlesex' in PE mail to parent")

# H26 Oliver Twist readathon - 'Master Bates', Dick; HTML only
H26_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Hi English team,</p>
<p>Thanks for signing Year 7 up for the <b>Dickens readathon</b> in the library next week. The abridged <i>Oliver Twist</i> sets are on the trolley by the door (32 copies), plus six audiobook codes for pupils who are new to English or still settling in.</p>
<p>A couple of heads-ups from last year:</p>
<ul>
<li>Chapter 8 introduces the Artful Dodger and Charley Bates, who the narrator calls <i>&ldquo;Master Bates&rdquo;</i>. Expect giggles. I found it best just to keep reading.</li>
<li>Little Dick, Oliver&rsquo;s friend at the workhouse, appears in chapter 7 &ndash; some copies have a picture on the same page.</li>
<li>The workhouse scenes can hit home for some of our pupils who have been in temporary accommodation. Worth a word with tutors beforehand.</li>
</ul>
<p>Prizes for the most pages read are Blackpool Tower tickets, kindly donated again.</p>
<p>Mags<br>Mags Tomlinson, Librarian<br>Example School, Park Row, LS1 4AP &middot; 01632 960000</p>
</body></html>
"""
M(HARD, "library_oliver_twist", S["library"], [S["english"]],
  "Y7 Dickens readathon - Oliver Twist", date_hdr(2024, 11, 29, 12, 5),
  HTM(H26_HTML, "base64"),
  "hard negative: 'Master Bates', 'Little Dick' from Oliver Twist (HTML only, base64)")

# H27 Havisham poem: 'Beloved sweetheart bastard'
M(HARD, "havisham_revision", S["ashworth"],
  [P("21fmoss", "Freya Moss"), P("21rdobson", "Ruby Dobson"), P("21mcheung", "Marcus Cheung")],
  "Havisham - annotations", date_hdr(2024, 12, 10, 17, 40),
  ALT_OUTLOOK("""Hi 10E1,

Annotated copy of "Havisham" is on Teams. Key points for your comparison paragraph:

- The opening line, "Beloved sweetheart bastard", is an oxymoron. Duffy puts love and hatred side by side in three words - what does that tell you about Havisham's state of mind?
- The plosive "b" sounds make it sound spat out.
- "Not a day since then / I haven't wished him dead" - the enjambment drags the bitterness across the line break.
- "Spinster" at the end of the first stanza: think about how that word was (and is) used about older unmarried women and how Duffy reclaims it.

Compare with "Porphyria's Lover" or "Neutral Tones" - both also show love turning into something darker.

Practice question due Monday. Any problems, email me.

Miss Ashworth
""", bnd("h27")),
  "hard negative: GCSE anthology quotation 'Beloved sweetheart bastard' to pupils")

# H28 Reply to pupil; pupil's 'shit' only in quoted text
M(HARD, "reply_pupil_quoted_shit", S["walsh"], [P("22mkowalski", "Mateusz Kowalski")],
  "RE: homework", date_hdr(2024, 10, 21, 19, 5),
  ALT_OUTLOOK("""Hi Mateusz,

Thanks for letting me know, and don't worry - you're not in trouble.

You can use the laptops in the library from 8.15 every morning, and there's homework club in S3 on Tuesdays and Thursdays after school with biscuits. I'll also print the worksheet for you so you can do it on paper. Come and get it from me tomorrow at break.

If you want, the office can ask about a school laptop to borrow - I'll mention it to Mr Okafor.

Mr Walsh

From: Mateusz Kowalski <22mkowalski@pupils.example-school.org.uk>
Sent: 21 October 2024 18:30
To: Kieran Walsh <k.walsh@example-school.org.uk>
Subject: homework

sorry sir i couldnt do the sparx science, my mums phone is shit and the wifi at the b&b doesnt work after 6. can i do it in school
""", bnd("h28")),
  "hard negative: kind reply to pupil; 'shit' only in the pupil's quoted text",
  reply_to_mid=rid("h28"))

# H29 Morecambe Bay cockle pickers case study
M(HARD, "morecambe_bay_cockles", S["gallagher"],
  [P("21tbyrne", "Tom Byrne"), P("21jmcfarlane", "Jade McFarlane"), P("21lnguyen", "Linh Nguyen")],
  "Y10 - Morecambe Bay case study reading", date_hdr(2024, 12, 11, 13, 0),
  TXT("""Hi 10G2,

For Thursday please read the Morecambe Bay case study pack (on Teams) and
make notes under three headings:

1. The physical geography: tides, quicksand and channels - why the bay is so
   dangerous and how fast the tide comes in over the sands.
2. The cockling industry: where the cockle beds are, how cocklers work, and
   why the cockle harvest is so valuable.
3. The 2004 tragedy, when at least 21 Chinese cockle pickers drowned. Think
   about the role of gangmasters, migrant labour and why the workers didn't
   know the bay.

We'll link this to our work on seasonal and low-paid work here on the coast.

Some of the material is upsetting. If you'd rather talk to me before the
lesson, come and find me.

Ms Gallagher
""", "8bit"),
  "hard negative: 'cockle pickers', 'cocklers' in geography reading to pupils")

# H30 SENCo briefing: Tourette's tics quoted
M(HARD, "tourettes_staff_briefing", S["nair"], [S["teaching"]], 
  "Y9 pupil with Tourette's - please read before Monday",
  date_hdr(2024, 9, 16, 8, 5),
  ALT_OUTLOOK("""Dear colleagues,

A Year 9 pupil (initials J.F., tutor group 9P) joined us on Friday from a school in Manchester. He has a diagnosis of Tourette's syndrome and his plan from the previous school has now arrived.

Please be aware that his vocal tics currently include coprolalia - involuntary swearing. In his last school the words that came up most were "fuck", "wanker" and occasionally "bitch". They are not directed at anyone and he has no control over them. He also has motor tics (shoulder shrugging, blinking).

What we ask:
- do NOT sanction tics, and don't react or ask him to stop
- if other pupils laugh or copy, deal with them, not him
- he has a time-out card and can leave to go to the SEND base at any time
- he sits near the door in every room
- his tics get worse when he's anxious, so new rooms and cover lessons are hardest

He is very bright and wants to be treated like everyone else. Please don't discuss his diagnosis with the class - he and his mum will decide what to share.

Any questions, come and find me.

Priya Nair
SENCo
Example School, Park Row, LS1 4AP
01632 960000 ext 240
""", bnd("h30")),
  "hard negative: SENCo briefing quoting a pupil's involuntary tics (staff-only) [unsure]")


# ==========================================================================
# EVERYDAY CLEAN (30): ordinary term-time school mail
# ==========================================================================

# E1 attendance follow-up to parent
M(EVERY, "attendance_meeting_jane", S["kershaw"], [JANE],
  "Ellie's attendance", date_hdr(2024, 10, 4, 10, 20),
  TXT("""Dear Mrs Parent,

I hope you're well. I'm getting in touch because Ellie's attendance since
September is 89%, which is below the 95% we expect. I know she had the chest
infection at the end of September and that's most of it, so this is not a
telling-off!

I'd like to invite you in for a short, informal chat so we can make sure
she's getting the support she needs. Would Tuesday 8 October at 8.45am or
Thursday 10 October at 3.30pm suit? If neither works with your shifts, I can
ring you instead.

Kind regards

Dawn Kershaw
Attendance Officer
Example School | Park Row | LS1 4AP
01632 960000 ext 214
"""),
  "everyday: attendance officer invites parent to a meeting")

# E2 welcome to a new family
M(EVERY, "welcome_new_family_sam", S["sharples"], [SAM],
  "Welcome to Example School - Jayden", date_hdr(2024, 10, 1, 12, 5),
  ALT_OUTLOOK("""Dear Sam,

It was lovely to meet you and Jayden this morning, and welcome to Example School. I'm Jayden's Head of Year and will be your main contact while he's with us.

A few things to help the first couple of weeks go smoothly:

- Jayden is in tutor group 11S with Mrs Ahmed, in room B4. Registration is at 8.40am.
- His timetable and a map are in his planner. His buddy, Callum, will show him around for the first week.
- We're putting him in the same GCSE options he was taking at his last school (Geography, Sport, Computer Science and Art) while we wait for his records.
- Uniform: the office has given him a voucher for a blazer and tie from the uniform bank.
- School meals: he can use the free meals on his card from tomorrow.

Moving schools in Year 11 is hard, so please don't hesitate to get in touch if anything is worrying either of you. I'll ring at the end of next week to see how he's getting on.

Best wishes

Rob Sharples
Head of Year 11
Example School, Park Row, LS1 4AP
01632 960000
""", bnd("e2")),
  "everyday: head of year welcomes a mid-year arrival's carer")

# E3 pre-loved uniform shop - HTML only to parents
E3_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<h2 style="color:#0b3d6b">Pre-loved uniform shop &ndash; open every Wednesday</h2>
<p>Dear Parents and Carers,</p>
<p>Our pre-loved uniform shop is open every <b>Wednesday from 3.15pm to 4.15pm</b> in the main hall foyer. Everything is free: blazers, jumpers, ties, PE kit and shoes, washed and sorted by size.</p>
<p>If your family has just moved to Blackpool, or your child has grown out of their kit, please come along. You don&rsquo;t need to book or fill in any forms.</p>
<p>We would also be grateful for donations of outgrown uniform &ndash; please drop it at reception in a bag marked &ldquo;uniform&rdquo;.</p>
<p>Thank you to the Friends of Example School for organising this again.</p>
<p>Example School Office<br>Park Row, LS1 4AP<br>01632 960000 &middot; office@example-school.org.uk</p>
</body></html>
"""
M(EVERY, "preloved_uniform_shop", S["office"], [JANE, SAM, ALI],
  "Pre-loved uniform shop - every Wednesday", date_hdr(2024, 9, 11, 9, 30),
  HTM(E3_HTML, "quoted-printable"),
  "everyday: HTML-only notice to parents about the free uniform shop")

# E4 homework reminder to pupils
M(EVERY, "y9_science_homework", S["walsh"],
  [P("22tcoupe", "Tyler Coupe"), P("22mkowalski", "Mateusz Kowalski"), P("22gshaw", "Grace Shaw")],
  "9S3 homework due Monday", date_hdr(2024, 10, 10, 15, 20),
  TXT("""Hi 9S3,

Reminder that your Seneca assignment on energy stores and transfers is due
Monday. It should take about 30 minutes. The class code is on the board in
S3 and in the Teams post.

Grace - thanks for sending your practical write-up early, it was excellent.

Mr Walsh
"""),
  "everyday: homework reminder to pupils")

# E5 Monday staff briefing notes
M(EVERY, "staff_briefing_notes", S["whiteside"], [S["allstaff"]],
  "Staff briefing - Monday 9 September", date_hdr(2024, 9, 9, 7, 35),
  ALT_OUTLOOK("""Good morning everyone,

Notes for this week, as we won't have a full briefing on Wednesday.

1. New arrivals: eleven pupils joined us over the summer holidays or on the first day back, across Years 7 to 10. The list with tutor groups is on the staff shared drive under Pastoral > New arrivals. Please make a point of saying hello and checking they know where they're going.

2. Fire drill: Thursday, period 2. Don't tell the pupils.

3. Traffic: the Illuminations traffic is already heavy on the prom after 5pm. If you're on late duty, allow extra time for pick-up and remind parents the side gate closes at 5.30pm.

4. Safeguarding: if a pupil tells you they're moving or "going away for a bit", please let the attendance team know the same day. It makes a big difference to how quickly we can find out where they've gone.

5. Photocopier codes have been reset. Daniel will email your new one today.

Have a good week,
Helen

Helen Whiteside
Deputy Headteacher & Designated Safeguarding Lead
Example School, Park Row, LS1 4AP
01632 960000
""", bnd("e5")),
  "everyday: deputy head's weekly staff briefing")

# E6 Sea Life trip letter with PDF
E6_TEXT = """Dear Parent/Carer,

As part of their science topic on habitats, Year 8 will visit the Sea Life Centre on the promenade on Friday 27 September. We will walk down together after registration and be back in school by 1pm for lunch.

There is no charge for this trip. Pupils should wear school uniform and bring a coat. They don't need money.

Please complete the attached consent form and return it to your child's tutor by Tuesday 24 September, or reply to this email giving permission and any medical information we should know.

If your child has joined us since the start of term, we will also need an emergency contact number for the day.

Many thanks

Louise Cartmell
Pastoral Manager - Year 8
Example School, Park Row, LS1 4AP
01632 960000 ext 231
"""
M(EVERY, "y8_sealife_trip_letter", S["cartmell"], [JANE, SAM, ALI],
  "Year 8 visit to the Sea Life Centre - Friday 27 September", date_hdr(2024, 9, 10, 14, 45),
  MULTI("mixed", bnd("e6"),
        MULTI("alternative", bnd("e6a"), TXT(E6_TEXT, "quoted-printable"), HTM(outlook_html(E6_TEXT))),
        ATT("Y8_Sea_Life_consent.pdf", "application/pdf",
            make_pdf(["Example School - Year 8 Science visit",
                      "Sea Life Centre, Friday 27 September 2024",
                      "I give permission for my child to attend.",
                      "Medical information: ___________________",
                      "Emergency contact on the day: ___________",
                      "Signed: __________________  Date: ________"]))),
  "everyday: trip letter to parents with PDF consent form")

# E7 weekly newsletter, HTML only, B-encoded subject with emoji
E7_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f5f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#0b3d6b;color:#fff"><h1 style="margin:0;font-size:22px">Example School Newsletter</h1><p style="margin:4px 0 0">Friday 25 October 2024</p></td></tr>
<tr><td>
<h2 style="font-size:18px">From the Headteacher</h2>
<p>What a half term! We have welcomed 38 new pupils since September &ndash; more than many schools see in a whole year &ndash; and I want to thank our pupils for the way they have looked after them. Several new arrivals told me this week that their buddies were the best thing about starting here.</p>
<h2 style="font-size:18px">Attendance</h2>
<p>Whole-school attendance this half term was 92.4%. Congratulations to <b>8K1</b> (97.8%), who win the Pleasure Beach wristbands donated for the end of the season.</p>
<h2 style="font-size:18px">Dates for your diary</h2>
<ul>
<li>Monday 4 November: school reopens</li>
<li>Thursday 14 November: Year 10 parents&rsquo; evening</li>
<li>Thursday 12 December: Christmas concert, 6.30pm</li>
</ul>
<h2 style="font-size:18px">Moving house?</h2>
<p>If you are moving, even just across town, please tell the office your new address and phone number. It helps us keep your child safe.</p>
<p>Have a restful half term.</p>
<p>Simon Heywood, Headteacher</p>
</td></tr>
<tr><td style="font-size:12px;color:#777">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""
M(EVERY, "newsletter_half_term", S["office"], [JANE, SAM, ALI],
  "\U0001F383 Newsletter \u2013 half term edition", date_hdr(2024, 10, 25, 15, 0),
  HTM(E7_HTML, "base64"),
  "everyday: HTML-only newsletter to parents, encoded subject", subj_enc="b",
  mid_style="local")

# E8 reports released
M(EVERY, "y10_reports_released", S["exams"], [JANE, SAM, ALI],
  "Year 10 progress reports now available", date_hdr(2024, 11, 29, 16, 0),
  TXT("""Dear Parents and Carers,

Year 10 progress reports for the autumn term are now available on the school
app under "Reports". They show your child's current working-at grade, effort
and attendance for each subject.

If your child joined us this term, some subjects may show "N/A" where there
hasn't been enough time to assess them yet. That is nothing to worry about.

If you can't log in, or you have changed your phone number or email address,
please contact the office on 01632 960000 and we will reset your account.

Kind regards

Fiona McKay
Exams and Data Officer
Example School
"""),
  "everyday: reports-available notice to parents")

# E9 pastoral meeting minutes
M(EVERY, "pastoral_meeting_minutes", S["whiteside"], [S["pastoral"]],
  "Pastoral team meeting - notes 23 Oct", date_hdr(2024, 10, 23, 16, 50),
  ALT_OUTLOOK("""Hi all,

Notes from today's meeting. Actions in brackets.

Present: HW, GP, MO, GT, NH, RS, LC, DK, LF, PN

1. In-year movement since September: 38 joiners, 21 leavers, 4 pupils currently "whereabouts unknown" and going through CME checks. (DK/LF to update tracker by Friday)
2. Home visits: the rota for after half term is on the shared drive. Please always go in pairs to HMOs and B&Bs, and sign out at reception with the address. (All)
3. Housing: the council's housing options team have agreed to a monthly call with us. First one is 6 November. (HW)
4. End of season: we expect more families to leave when the Pleasure Beach closes. Tutors to flag any pupil who mentions moving. (HoYs to remind tutors)
5. Uniform bank: short of boys' trousers 28-32 waist and girls' black shoes 4-6. (LC to put in newsletter)
6. SEND: three new arrivals with EHCPs from other LAs. Transfer reviews booked. (PN)

Next meeting: Wednesday 13 November, 3.30pm, conference room.

Helen
""", bnd("e9")),
  "everyday: pastoral team minutes about mobility, home visits, housing")

# E10 reply to parent about moving to Preston, QP
M(EVERY, "reply_ali_moving_preston", S["hussain"], [ALI],
  "Re: Moving to Preston in January", date_hdr(2024, 11, 27, 13, 40),
  TXT("Dear Mr Guardian,\n\n"
      "Thank you for letting us know, and congratulations on the new job.\n\n"
      "For Zak to start at a school in Preston you will need to apply for an in-year place through Lancashire County Council's admissions team. You can do this online before you move. We would recommend applying as soon as you have a tenancy agreement or a letter confirming your new address, as some schools in Preston are full in Year 10.\n\n"
      "Please keep Zak with us until he has a confirmed start date at the new school. Once we know which school it is, we'll send his records and speak to his new Head of Year so they know about his GCSE options, and about the football.\n\n"
      "We'll be sorry to lose him. He has settled really well.\n\n"
      "Best wishes\n\n"
      "Nadia Hussain\nHead of Year 10\nExample School, Park Row, LS1 4AP\n01632 960000\n\n"
      "On Tue, 26 Nov 2024 at 19:02, Ali Guardian <ali.guardian@btinternet.com> wrote:\n"
      "> Hello Mrs Hussain, I have been offered a permanent job in Preston starting\n"
      "> in January so we will be moving after Christmas. What do I need to do\n"
      "> about Zak's school? Thanks, Ali\n",
      "quoted-printable"),
  "everyday: head of year advises parent on in-year transfer (QP, quoted reply)",
  reply_to_mid=rid("e10", "bt"))

# E11 FSM and uniform grant, 8bit with pound signs
M(EVERY, "fsm_uniform_grant_sam", S["cropper"], [SAM],
  "Free school meals and uniform grant", date_hdr(2024, 10, 3, 10, 10),
  TXT("""Dear Sam,

Thanks for popping in this morning. As promised, here is the information
about free school meals and the uniform grant.

Free school meals: you can apply online through the council's website or we
can do it with you at the office - it takes about ten minutes and you'll need
your National Insurance number. Once approved, it's backdated to the date
you apply.

Uniform grant: families on free school meals can claim £150 per child towards
uniform and PE kit. The form is on the council's website under "School
uniform grant".

You don't need to wait for the FSM decision before Jayden has lunch - we've
put a temporary code on his card.

Any problems, just ring me on 01632 960000.

Kind regards

Janet Cropper
Office Manager
Example School
""", "8bit"),
  "everyday: office explains free meals and uniform grant to a carer")

# E12 duty swap
M(EVERY, "duty_swap", S["brennan"], [S["pritchard"]],
  "Duty swap Thursday?", date_hdr(2024, 11, 18, 8, 2),
  TXT("""Owen - any chance you'd swap my Thursday lunch duty (bottom yard) for your
Friday break? I've got the choir rehearsing for the concert Thursday lunch.

Cheers, Andy
"""),
  "everyday: two-line duty swap between colleagues")

# E13 reprographics request with PDF
M(EVERY, "repro_request_booklet", S["ashworth"], [S["repro"]],
  "Print request - Y9 Inspector Calls booklet", date_hdr(2024, 10, 11, 16, 30),
  MULTI("mixed", bnd("e13"),
        TXT("""Hi,

Could I have 120 copies of the attached booklet please, A4, double-sided,
stapled top left, for Wednesday 16th? Black and white is fine.

Cost code: ENG-KS3.

Thanks very much
Rebecca Ashworth
English
"""),
        ATT("Y9_Inspector_Calls_booklet.pdf", "application/pdf",
            make_pdf(["An Inspector Calls - Year 9 introduction booklet",
                      "Lesson 1: The Birling family",
                      "Lesson 2: Priestley and 1912",
                      "Lesson 3: The Inspector arrives",
                      "Key vocabulary: capitalism, socialism, responsibility"]))),
  "everyday: reprographics print request with PDF attachment")

# E14 follow-up to housing support charity
M(EVERY, "housing_charity_followup", S["fairclough"], [("Bernadette Quayle", "b.quayle@fyldecoastfamilies.example.org")],
  "Referral follow-up - family on Tidewell Road", date_hdr(2024, 10, 24, 11, 35),
  ALT_OUTLOOK("""Hi Bernadette,

Thanks for calling back yesterday. Just to confirm what we agreed:

- Mum has given consent (signed form attached to the referral on the portal) for us to share her contact details and the children's school details with you.
- She would prefer to be contacted by text after 2pm, as she works mornings on the cleaning crew at one of the hotels.
- The main worries are the two weeks' arrears at the B&B and whether the family can get onto the council's housing register from there.

I'll be doing a home visit with my colleague on Tuesday 5 November and can bring any forms you need her to sign.

Thanks again for picking this up so quickly.

Lee

Lee Fairclough
Attendance & Welfare Officer
Example School, Park Row, LS1 4AP
01632 960000 | 07700 900584
""", bnd("e14")),
  "everyday: welfare officer follows up a referral to a housing charity")

# E15 feedback to pupil on mock
M(EVERY, "mock_feedback_pupil", S["butterworth"], [P("20eokoro", "Esther Okoro")],
  "Your mock paper", date_hdr(2024, 12, 4, 19, 20),
  TXT("""Hi Esther,

I've marked your Paper 1 mock - 61/80, which is a solid grade 7. Really
pleased, especially as you only joined the set in October.

Two things to work on:
1. Q14 (the bearings question) - you had the right angle but measured from
   the wrong point. Always start from the north line at the first place named.
2. Q19 - you lost three marks for not showing your working. The answer was
   right, but "show that" means every step.

If you can sort those, an 8 is well within reach. See you Thursday.

Mr Butterworth
"""),
  "everyday: maths teacher's mock feedback to a pupil")

# E16 careers: college applications, QP
M(EVERY, "y11_college_applications", S["eccles"],
  [P("20cwhittle", "Callum Whittle"), P("20hprice", "Holly Price"), P("20nbrooks", "Nathan Brooks"),
   P("20skerr", "Sienna Kerr")],
  "College applications - deadlines and open evenings", date_hdr(2024, 11, 15, 10, 0),
  TXT("Hi Year 11,\n\n"
      "A few of you have asked about college applications, so here's a quick update.\n\n"
      "Most of the local sixth forms and colleges would like applications in before Christmas. You don't need your final grades to apply - they'll use your predicted grades and a reference from school, which I'll write.\n\n"
      "Open evenings coming up:\n"
      "- Fylde Coast College (vocational and A levels): Tuesday 19 November, 5-7pm\n"
      "- St Anne's Sixth Form: Thursday 21 November, 6-8pm\n"
      "- Apprenticeship fair in the main hall here: Wednesday 27 November, lunchtime\n\n"
      "If you're not sure whether you'll still be living in Blackpool in September, come and see me anyway. We can look at options for wherever you might be, and you can apply to more than one area.\n\n"
      "My door's open every lunchtime in the careers room (next to the library).\n\n"
      "Mrs Eccles\nCareers Adviser\nExample School - 01632 960000\n",
      "quoted-printable"),
  "everyday: careers adviser's college application reminder to Y11 pupils")

# E17 mock exam timetable, CSV attachment
E17_CSV = """Date,Session,Exam,Duration,Room
25/11/2024,AM,English Language Paper 1,1h45,Sports Hall
25/11/2024,PM,Biology Paper 1,1h45,Sports Hall
26/11/2024,AM,Maths Paper 1 (non-calculator),1h30,Sports Hall
26/11/2024,PM,Geography Paper 1,1h30,Sports Hall
27/11/2024,AM,English Literature Paper 1,1h45,Sports Hall
27/11/2024,PM,History Paper 1,2h00,Sports Hall
28/11/2024,AM,Maths Paper 2 (calculator),1h30,Sports Hall
28/11/2024,PM,Chemistry Paper 1,1h45,Sports Hall
29/11/2024,AM,RE Paper 1,1h45,Sports Hall
"""
M(EVERY, "mock_timetable_staff", S["mckay"], [S["teaching"]],
  "Y11 mock exams - timetable and invigilation", date_hdr(2024, 11, 8, 13, 25),
  MULTI("mixed", bnd("e17"),
        MULTI("alternative", bnd("e17a"),
              TXT("""Dear colleagues,

Attached is the timetable for the Year 11 mocks, which run from Monday 25 to Friday 29 November in the sports hall.

Teaching staff are not needed to invigilate, but please:
- release Y11 promptly at the end of the lesson before each exam
- don't set Y11 homework in mock week
- send access arrangements queries to me by Friday 15th

Pupils who have joined us recently will sit the same papers. If any of them are on different exam boards' specifications at their old school, let me know and we'll look at it.

Thanks
Fiona

Fiona McKay
Exams Officer
Example School | 01632 960000 ext 205
""", "7bit"),
              HTM(outlook_html("""Dear colleagues,

Attached is the timetable for the Year 11 mocks, which run from Monday 25 to Friday 29 November in the sports hall.

Teaching staff are not needed to invigilate, but please:
- release Y11 promptly at the end of the lesson before each exam
- don't set Y11 homework in mock week
- send access arrangements queries to me by Friday 15th

Pupils who have joined us recently will sit the same papers. If any of them are on different exam boards' specifications at their old school, let me know and we'll look at it.

Thanks
Fiona

Fiona McKay
Exams Officer
Example School | 01632 960000 ext 205
"""))),
        ATT("Y11_mocks_Nov2024.csv", "text/csv", E17_CSV)),
  "everyday: exams officer sends mock timetable to staff (CSV attachment)")

# E18 allergy reply to parent
M(EVERY, "allergy_reply_jane", S["singleton"], [JANE],
  "Re: Ellie - nut allergy", date_hdr(2024, 9, 18, 14, 15),
  ALT_GMAIL("""Dear Mrs Parent,

Thank you for letting us know. I've added Ellie's nut allergy to her account, so it will show on the till screen every time she buys food, and the kitchen staff have all seen her photo.

Our kitchen is nut-free, but some packaged snacks in the vending machine carry "may contain" warnings. I'd suggest she sticks to the hot food and the sandwich counter.

Please make sure the school nurse has an up-to-date care plan and that her auto-injector is in the medical room.

Kind regards

Bev Singleton
Catering Manager
Example School | 01632 960000 ext 260

On Tue, 17 Sept 2024 at 20:41, Jane Parent <jane.parent@gmail.com> wrote:
> Hi, Ellie has a nut allergy (peanuts and tree nuts) and carries an epipen.
> Please can you make sure the canteen knows. Thanks, Jane
""", bnd("e18", "gmail")),
  "everyday: catering manager confirms allergy arrangements to parent",
  reply_to_mid=rid("e18", "gmail"))

# E19 immunisations, HTML only
E19_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>The school immunisation team will be in school on <b>Tuesday 15 October</b> to give the following vaccines:</p>
<ul><li>Year 8: HPV</li><li>Year 9: Td/IPV (tetanus, diphtheria and polio) and MenACWY</li><li>All years: nasal flu vaccine</li></ul>
<p>Consent is given online through the immunisation team&rsquo;s portal. The link and your school code will be sent to you by text from the team. Please complete it by <b>Tuesday 8 October</b>, whether you are giving consent or not.</p>
<p>If your child has moved to us from another area and has missed vaccines at their previous school, the team can offer catch-up doses &ndash; please mention it on the form.</p>
<p>Kind regards,<br>Example School Office<br>01632 960000</p>
</body></html>
"""
M(EVERY, "immunisations_notice", S["office"], [JANE, SAM, ALI],
  "School immunisations - Tuesday 15 October", date_hdr(2024, 9, 25, 12, 0),
  HTM(E19_HTML, "quoted-printable"),
  "everyday: HTML-only immunisation notice to parents (HPV, flu)")

# E20 site: heating contractor, base64 body
M(EVERY, "heating_contractor", S["holden"], [("Service Desk", "servicedesk@fyldeheating.example.com")],
  "Boiler fault - D block - job ref FH-20931", date_hdr(2024, 11, 21, 7, 10),
  TXT("""Morning,

D block heating is off again this morning - boiler 2 is showing fault code
E133 and won't relight. Classrooms are at 13 degrees. This is the third time
since half term under job ref FH-20931.

Please can an engineer attend today. I'm on site from 6.30am; ring my mobile
on 07700 900217 when you're at the gate and I'll let you in at the back.

Thanks

Craig Holden
Site Manager
Example School, Park Row, LS1 4AP
01632 960000
""", "base64", "utf-8"),
  "everyday: site manager reports boiler fault to contractor (base64 body)")

# E21 bus/tram pass after move
M(EVERY, "tram_pass_bispham", S["office"], [SAM],
  "Jayden - travel pass", date_hdr(2024, 10, 7, 9, 50),
  TXT("""Dear Sam,

Thank you for updating Jayden's address. As you're now in Bispham, more than
three miles from school, Jayden is entitled to a free travel pass for the tram
and bus.

I've sent the application off this morning. It usually takes about ten days.
Until then, if you keep his tickets, we can refund them - a return on the tram
is £3.60 at the moment.

Kind regards
Example School Office
01632 960000
""", "8bit"),
  "everyday: office sorts a free travel pass after a house move")

# E22 Christmas concert rehearsals to pupils
M(EVERY, "concert_rehearsals", S["brennan"],
  [P("23ohartley", "Olivia Hartley"), P("22gshaw", "Grace Shaw"), P("24ocraven", "Oscar Craven"),
   P("21mcheung", "Marcus Cheung")],
  "Christmas concert rehearsals", date_hdr(2024, 11, 26, 13, 5),
  TXT("""Hi all,

Extra rehearsals this week and next for the concert on Thursday 12th:

Choir - Tuesday and Thursday lunch, music room
Band - Wednesday after school until 4.30
Full run-through - Wednesday 11th, 3.15 to 5pm in the hall. Everyone please.

Concert dress: school uniform plus something Christmassy (hat, jumper,
tinsel - your choice). Arrive 6pm on the night.

Mr Brennan
"""),
  "everyday: music teacher's rehearsal schedule to pupils")

# E23 library overdue books
M(EVERY, "library_overdue_books", S["library"],
  [P("22tcoupe", "Tyler Coupe"), P("23jwhite", "Jack White"), P("24dlungu", "Daniel Lungu")],
  "Library books \u2013 overdue", date_hdr(2024, 12, 6, 11, 40),
  TXT("""Hi,

You each have a library book that's more than three weeks overdue. Please
bring it back this week, or come and renew it if you're still reading it.
No fines - I just want the books back!

If you're moving school at Christmas, please let me know so we can sort out
your library account before you go.

Mrs Tomlinson
School Library
""", "8bit"),
  "everyday: librarian chases overdue books (B-encoded subject)", subj_enc="b")

# E24 IT login for a new pupil
M(EVERY, "it_login_new_pupil", S["rigby"], [P("24mwojcik", "Maja W\u00f3jcik")],
  "Your school login", date_hdr(2024, 9, 20, 8, 55),
  TXT("""Hi Maja,

Welcome to Example School. Your account is now set up.

Username: 24mwojcik
Temporary password: your tutor has it on a slip of paper

You'll be asked to change the password the first time you log in. Use at
least 10 characters. If you get stuck, come to the IT office (next to the
library) at break.

Daniel Rigby
IT Support
"""),
  "everyday: IT technician welcomes a new pupil with login details")

# E25 daily absence summary
M(EVERY, "daily_absence_summary", S["attendance"], [S["hoys"]],
  "Absence summary - Monday 4 November", date_hdr(2024, 11, 4, 9, 45),
  TXT("""Morning all,

First-day calling done. Summary by year group (unexplained absences):

Y7: 6   Y8: 9   Y9: 11   Y10: 8   Y11: 5

Home visits booked today: 4 (Dawn and Lee, after 11am)
Pupils not seen since before half term and not answering: 3 - names on the
tracker. Please check with tutors whether anyone mentioned moving.

Full list on the system under Attendance > Today.

Attendance Team
Example School - 01632 960000
"""),
  "everyday: attendance team's daily absence summary to heads of year")

# E26 interpreters for parents' evening
M(EVERY, "interpreter_booking", S["nowak"], [("Bookings", "bookings@langlink.example.org")],
  "Interpreter booking - Y10 parents' evening 14 Nov", date_hdr(2024, 11, 6, 10, 25),
  ALT_OUTLOOK("""Hello,

I'd like to book face-to-face interpreters for our Year 10 parents' evening:

Date: Thursday 14 November 2024
Time: 4.30pm to 7.30pm
Venue: Example School, Park Row, LS1 4AP (main hall - please sign in at reception)

Languages:
- Romanian - 1 interpreter, 4 families
- Polish - 1 interpreter, 3 families
- Portuguese - telephone interpreting is fine, 1 family

Our purchase order number will follow from the finance office. Please confirm the names of the interpreters so I can let reception know.

Many thanks

Agnieszka Nowak
EAL Coordinator
Example School | 01632 960000 ext 245
""", bnd("e26")),
  "everyday: EAL coordinator books interpreters for parents' evening")

# E27 lost property - very short
M(EVERY, "lost_property_coat", S["office"], [JANE],
  "Re: Ellie's coat", date_hdr(2024, 12, 12, 12, 30),
  TXT("""Hi Jane, good news - Ellie's coat has turned up in lost property (name in
the collar). She can collect it from reception at break.

Office
"""),
  "everyday: two-line lost property reply to parent",
  reply_to_mid=rid("e27", "gmail"))

# E28 forward: INSET arrangements
M(EVERY, "fw_inset_january", S["whiteside"], [S["allstaff"]],
  "FW: INSET day Monday 6 January - arrangements", date_hdr(2024, 12, 16, 8, 40),
  ALT_OUTLOOK("""All,

Forwarding for info - please note the later start.

Helen

From: Simon Heywood <headteacher@example-school.org.uk>
Sent: 13 December 2024 16:22
To: Helen Whiteside <h.whiteside@example-school.org.uk>
Subject: INSET day Monday 6 January - arrangements

Helen,

Can you send this to all staff on Monday, please?

INSET day, Monday 6 January:
9.00  Coffee and bacon barms in the hall
9.30  Safeguarding update (Helen) - including the new home visits protocol
10.45 Break
11.00 Department time
12.30 Lunch (provided)
1.30  Supporting pupils who join mid-year - session led by the pastoral team
3.00  Finish

Pupils return on Tuesday 7 January.

Thanks
Simon
""", bnd("e28")),
  "everyday: deputy head forwards INSET arrangements (Outlook forward block)")

# E29 Y11 revision sessions - Q-encoded subject
E29_TEXT = """Dear Parents and Carers of Year 11,

With the mock results now back, we are starting our after-school revision programme next week. Sessions run 3.15pm to 4.15pm and are open to everyone in Year 11:

Monday - Maths (M6) and Geography (G2)
Tuesday - English (E14) and Science (S3)
Wednesday - History (H3), Computer Science (IT2)
Thursday - RE (R2), Spanish and French (L1)

Pupils don't need to sign up; they can just turn up. There will be toast and a drink in the canteen from 3.05pm for anyone staying.

Pupils who have joined us this year are especially welcome - it's a good chance to catch up on any topics they may have covered in a different order at their old school.

Thank you for your support.

Rob Sharples
Head of Year 11
Example School, Park Row, LS1 4AP
01632 960000
"""
M(EVERY, "y11_revision_sessions", S["sharples"], [JANE, SAM, ALI],
  "Year 11 revision sessions \u2013 starting Monday", date_hdr(2024, 11, 13, 12, 10),
  ALT_OUTLOOK(E29_TEXT, bnd("e29")),
  "everyday: Y11 revision timetable to parents (Q-encoded subject)", subj_enc="q")

# E30 thanks to work experience employer
M(EVERY, "work_experience_thanks", S["eccles"], [("Lorraine Healey", "l.healey@pleasurebeach-hr.example.com")],
  "Thank you - summer work experience", date_hdr(2024, 9, 12, 15, 40),
  ALT_OUTLOOK("""Dear Lorraine,

Now that the season is winding down, I wanted to say a huge thank you to you and your team for hosting six of our Year 10 pupils for work experience in July.

The pupils have all written about it in their careers logs. Several said it was the first time they'd seen what goes on behind the scenes - ride maintenance, guest services, catering and the events team - and two of them are now looking at engineering apprenticeships as a result.

We'd love to work with you again next summer. I'll be in touch in the spring, but if you're able to come in and talk to Year 9 about jobs in tourism and leisure before then, please let me know.

With best wishes

Karen Eccles
Careers Adviser
Example School, Park Row, LS1 4AP
01632 960000
""", bnd("e30")),
  "everyday: careers adviser thanks a work-experience employer")


# ==========================================================================
# output
# ==========================================================================
README = """# Round 50 hold-out corpus - obscene-language (Blackpool, high pupil mobility)

**BLIND test data. Never use it for tuning rules, thresholds or word lists.**
It was written without looking at mailguard's code, rules, tests or docs, so that it
measures how the filter does on mail nobody tuned it on. If a message here is
misjudged, fix the general cause, not this case.

## What it is

80 complete RFC 5322 messages (.eml) sent by staff of an 11-16 school in Blackpool
with very high pupil mobility (families in holiday flats, B&Bs and HMOs, seasonal
work on the Pleasure Beach and piers, many mid-year arrivals and leavers, home
visits by attendance officers), plus `labels.csv`:

    file,expected,sender,recipients,note

`expected` is `flag` or `clean`, judged by the policy's intent (no obscene
language, swear words, or offensive comments on grounds of gender, race,
disability, age, religion or sexual orientation in the author's own words) as the
school's safeguarding lead would judge it. `sender` is the envelope sender (the
staff From address); `recipients` are the To+Cc addresses separated by spaces.
Judgement calls are marked `[unsure]` in the note (2 here).

| kind | count |
| --- | --- |
| flag - plain swearing or slurs | 10 |
| flag - disguised (masks, leetspeak, homoglyphs, full-width, zero-width, HTML split, QP soft break, base64 + RFC 2047) | 10 |
| clean - everyday school mail | 30 |
| clean - hard negatives | 30 |
| **total** | **80** (20 flag, 60 clean) |

## Kinds of case

- Flags: staff-to-staff venting (landlords, data deadlines, cover, printers,
  trips), swearing to a pupil and to parents, slurs about a Traveller family, a
  pupil's disability, a mother (sexist) and a colleague (homophobic "banter");
  swearing inside a CSV seating-plan attachment; disguised forms: asterisk and
  symbol masks, leetspeak, repeated/dotted/spaced letters, Cyrillic and Greek
  homoglyphs, full-width letters, zero-width spaces, a word split across HTML
  spans and a numeric entity, a quoted-printable soft line break inside a word,
  a base64 body with an RFC 2047 encoded subject.
- Hard negatives: place names (Cockermouth, Clitheroe, Penistone, Twatt,
  Shitterton, Scunthorpe, Sussex, Middlesex), surnames (Wankhede, Cockburn,
  Hancock, Dickens), foods (faggots, spotted dick), birds and animals (shags,
  great tits, cock, bitch), PE kit (box, balls), maths ("cum. freq."), RSE
  letter and biology homework, SEND ("spastic diplegia", Tourette's briefing),
  set texts (Romeo and Juliet puns, "Havisham", Oliver Twist), RE (hell,
  damnation), history sources' period language, French false friends,
  safeguarding/incident reports to the DSL quoting pupils verbatim, the
  behaviour policy's examples of swearing, polite replies where only the
  parent's or pupil's quoted text swears.
- Everyday: attendance and welcome mail, trip letters, newsletter, reports,
  minutes, transfers, free meals and travel passes, homework, careers,
  exams, catering, site and IT mail, interpreter bookings.

Formats vary: text/plain (7bit, 8bit, quoted-printable, base64),
multipart/alternative (Outlook- and Gmail-style HTML), HTML-only,
multipart/mixed with PDF, CSV and TXT attachments, replies and forwards with
quoted text, RFC 2047 encoded subjects and display names. Only fictional data:
Ofcom drama-range phone numbers, invented people and addresses, example.com /
example.org domains for outside organisations.

## How it was made / how to regenerate

Written by hand as data in `../make_round50_obscene.py` (Python 3.11 standard
library only). Regenerate with:

    python3 tests/holdout/round50/make_round50_obscene.py

The output is deterministic (fixed dates, Message-IDs and MIME boundaries):
running it twice gives byte-identical files.
"""


def order_messages():
    assert len(FLAGS) == 20 and len(HARD) == 30 and len(EVERY) == 30
    others = []
    for e, h in zip(EVERY, HARD):
        others += [e, h]
    fi, oi = iter(FLAGS), iter(others)
    out = []
    for i in range(80):
        if i % 4 == 1:
            out.append(("flag", next(fi)))
        else:
            out.append(("clean", next(oi)))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    rows = []
    for n, (label, m) in enumerate(order_messages(), 1):
        fname = "%03d_%s_%s.eml" % (n, label, m["slug"])
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(build(m))
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fname, label, m["frm"][1], rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README)
    print("wrote %d messages to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
