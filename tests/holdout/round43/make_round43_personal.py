#!/usr/bin/env python3
"""Round 43 blind hold-out corpus: personal-address-to-parent.

Writes the .eml files, labels.csv and README.md into
tests/holdout/round43/personal-address-to-parent/ next to this script.
Deterministic: fixed dates, Message-IDs and MIME boundaries; run it twice and
the output is byte-identical.  Python 3.11 standard library only.

BLIND CORPUS: never use these messages to tune the filter.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def staff(name, local):
    return (name, f"{local}@{SCHOOL}")


def pupil(name, local):
    return (name, f"{local}@{PUPILS}")


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------
def _q_word(chunk_bytes):
    out = []
    for b in chunk_bytes:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(text, mode="q"):
    """RFC 2047 encoded words (utf-8), each at most 75 characters."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        raw = trial.encode("utf-8")
        if mode == "b":
            size = 12 + 4 * ((len(raw) + 2) // 3)
        else:
            size = 12 + len(_q_word(raw))
        if size > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        raw = w.encode("utf-8")
        if mode == "b":
            res.append("=?utf-8?B?" + base64.b64encode(raw).decode() + "?=")
        else:
            res.append("=?utf-8?Q?" + _q_word(raw) + "?=")
    return res


def fold_words(name, words, sep=" "):
    """Join tokens into a header value folded at 78 columns."""
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w if cur else w
    lines.append(cur)
    return "\n".join(lines)


def fmt_addr(person, mode="q"):
    name, addr = person
    if not name:
        return addr
    if not name.isascii():
        return " ".join(encode_words(name, mode)) + f" <{addr}>"
    if any(c in name for c in ',.()"@:;'):
        return '"' + name.replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def addr_header(name, people):
    toks = [fmt_addr(p) for p in people]
    toks = [t + "," for t in toks[:-1]] + toks[-1:]
    return fold_words(name, " ".join(toks).split(" "))


def subject_header(subject, mode=None):
    if mode is None and subject.isascii():
        return fold_words("Subject", subject.split(" "))
    return fold_words("Subject", encode_words(subject, mode or "q"))


def uk_date(y, mo, d, h, mi, s=0):
    dt = datetime(y, mo, d, h, mi, s)
    # British Summer Time for the dates used in this corpus
    bst = (datetime(2024, 3, 31) <= dt < datetime(2024, 10, 27)) or (
        datetime(2025, 3, 30) <= dt < datetime(2025, 10, 26))
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(dt.replace(tzinfo=tz))


def message_id(seed, style="exchange"):
    h = hashlib.sha1(("r43-personal:" + seed).encode()).hexdigest()
    if style == "exchange":
        box = "DB9PR0%sMB%s" % (int(h[0], 16) % 8 + 1, str(int(h[1:5], 16))[:4].zfill(4))
        return f"<{box}{h[5:17].upper()}{int(h[17:23], 16) % 10000:04d}@{box}.eurprd0{int(h[23], 16) % 8 + 1}.prod.outlook.com>"
    if style == "mailer":
        return f"<{h[:24]}.{h[24:32]}@mailer.{SCHOOL}>"
    return f"<{h[:32]}@{SCHOOL}>"


# --------------------------------------------------------------------------
# MIME parts (built as raw bytes for exact control)
# --------------------------------------------------------------------------
class Text:
    def __init__(self, body, subtype="plain", cte=None, charset=None,
                 filename=None, inline_name=None, extra_ct="", disposition=None,
                 raw_qp=None):
        if cte is None:
            cte = "7bit" if body.isascii() else "8bit"
        self.body, self.subtype, self.cte = body, subtype, cte
        self.charset = charset or ("us-ascii" if body.isascii() and cte == "7bit" else "utf-8")
        self.filename, self.extra_ct, self.disposition = filename, extra_ct, disposition
        self.raw_qp = raw_qp  # pre-encoded quoted-printable text (hand-made soft breaks)

    def headers(self):
        ct = f'text/{self.subtype}; charset="{self.charset}"'
        if self.extra_ct:
            ct += "; " + self.extra_ct
        if self.filename:
            ct += f'; name="{self.filename}"'
        hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.cte]
        if self.disposition:
            hs.append(self.disposition)
        elif self.filename:
            hs.append(f'Content-Disposition: attachment; filename="{self.filename}"')
        return hs

    def payload(self):
        if self.raw_qp is not None:
            return self.raw_qp.encode("ascii")
        data = self.body.encode("utf-8")
        if self.cte == "7bit":
            assert self.body.isascii(), "7bit body with non-ascii text"
            return data
        if self.cte == "8bit":
            return data
        if self.cte == "quoted-printable":
            return quopri.encodestring(data)
        if self.cte == "base64":
            return base64.encodebytes(data)
        raise ValueError(self.cte)


class Binary:
    def __init__(self, data, ctype, filename, inline=False):
        self.data, self.ctype, self.filename, self.inline = data, ctype, filename, inline

    def headers(self):
        disp = "inline" if self.inline else "attachment"
        return [f'Content-Type: {self.ctype}; name="{self.filename}"',
                f'Content-Description: {self.filename}',
                f'Content-Disposition: {disp}; filename="{self.filename}"; size={len(self.data)}',
                "Content-Transfer-Encoding: base64"]

    def payload(self):
        return base64.encodebytes(self.data)


class Multi:
    def __init__(self, subtype, boundary, parts, extra_ct=""):
        self.subtype, self.boundary, self.parts, self.extra_ct = subtype, boundary, parts, extra_ct

    def headers(self):
        ct = f'multipart/{self.subtype};\n\tboundary="{self.boundary}"'
        if self.extra_ct:
            ct += ";\n\t" + self.extra_ct
        return ["Content-Type: " + ct]

    def payload(self):
        out = []
        for p in self.parts:
            out.append(b"--" + self.boundary.encode() + b"\n")
            out.append(render_part(p))
            out.append(b"\n")
        out.append(b"--" + self.boundary.encode() + b"--\n")
        return b"".join(out)


def render_part(p):
    body = p.payload()
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(p.headers()) + "\n\n").encode("ascii") + body


# --------------------------------------------------------------------------
# HTML rendering of a plain-text body (as Outlook / Gmail would send it)
# --------------------------------------------------------------------------
def _blocks(text):
    blocks, cur, quoted = [], [], None
    for line in text.split("\n"):
        q = line.startswith(">")
        if line.strip() == "" and not q:
            if cur:
                blocks.append((quoted, cur))
            cur, quoted = [], None
            continue
        if quoted is not None and q != quoted and cur:
            blocks.append((quoted, cur))
            cur = []
        quoted = q
        cur.append(line[1:].lstrip(" ") if q else line)
    if cur:
        blocks.append((quoted, cur))
    return blocks


def to_html(text, style="outlook"):
    parts = []
    for quoted, lines in _blocks(text):
        inner = "<br>\n".join(html.escape(l, quote=False) for l in lines)
        if style == "outlook":
            para = f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        else:
            para = f"<div>{inner}</div>\n<div><br></div>"
        if quoted:
            para = ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                    + para + "</blockquote>")
        parts.append(para)
    body = "\n".join(parts)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + body + "\n</div>\n"


def alt(text, boundary, style="outlook", cte_text="quoted-printable",
        cte_html="quoted-printable", html_body=None):
    return Multi("alternative", boundary, [
        Text(text, "plain", cte_text),
        Text(html_body if html_body is not None else to_html(text, style), "html", cte_html),
    ])


def boundary(seed, style="outlook"):
    h = hashlib.md5(("r43p-b:" + seed).encode()).hexdigest()
    if style == "outlook":
        return f"_000_{h[:20].upper()}_"
    if style == "gmail":
        return "000000000000" + h[:16]
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:20], 16)}"


# --------------------------------------------------------------------------
# tiny but valid PDF
# --------------------------------------------------------------------------
def make_pdf(lines, title):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({esc(title)}) /Producer (Microsoft Word for Microsoft 365) >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
MESSAGES = []


def M(label, slug, frm, to, subject, date, body, note, cc=(), reply_to=None,
      subj_mode=None, mid_style="exchange", extra=(), in_reply_to=None):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, note=note,
                         reply_to=reply_to, subj_mode=subj_mode, mid_style=mid_style,
                         extra=list(extra), in_reply_to=in_reply_to))


def render(m):
    hs = [addr_header("From", [m["frm"]]), addr_header("To", m["to"])]
    if m["cc"]:
        hs.append(addr_header("Cc", m["cc"]))
    if m["reply_to"]:
        hs.append(addr_header("Reply-To", [m["reply_to"]]))
    hs.append(subject_header(m["subject"], m["subj_mode"]))
    hs.append("Date: " + m["date"])
    hs.append("Message-ID: " + message_id(m["slug"], m["mid_style"]))
    if m["in_reply_to"]:
        ref = message_id("parent:" + m["slug"], "plain")
        hs.append("In-Reply-To: " + ref)
        hs.append("References: " + ref)
    hs.extend(m["extra"])
    hs.append("MIME-Version: 1.0")
    body = m["body"]
    return ("\n".join(hs) + "\n").encode("ascii") + render_part(body)
# ==========================================================================
# FLAG: staff giving parents / pupils their own personal contact details
# ==========================================================================

M("flag", "u13_fixture_text_my_mobile",
  staff("Craig Dodds", "c.dodds"), [JANE],
  "U13s away at Redhouse Academy - Saturday",
  uk_date(2024, 10, 3, 16, 48),
  Text("""Hi all,

Just confirming the lads are away at Redhouse Academy this Saturday in the
first round of the county cup. Kick off is 10:30 so we'll be leaving from the
bus bay at 9:15 sharp. Please make sure they've had a proper breakfast - last
time half of them turned up having had a packet of Monster Munch and a Panda
Pop and were flagging by half time.

Full kit please: home shirt, navy shorts, socks, shin pads, and bring BOTH
boots and astros because we don't know yet whether we're on grass or the 3G.
Training tops for the warm up, and a coat, it's forecast to be baltic.

We should be back at school for about 12:45 but it depends on the A19. If
you're running late for pick up, or you need to get hold of me on the day for
any reason, just text my mobile on 07700 900312 - I'll have it on me all
morning and it's easier than trying to get through to school on a Saturday
when nobody's there.

Howay the lads, let's get through to round two.

Craig

Mr C Dodds
PE Department / Boys' Football
Example School, Park Row, LS1 4AP
01632 960000
"""),
  "PE teacher asks a parent to text \"my mobile\" on match day, not stated as a school phone (other parents Bcc.d) [unsure]")

M("flag", "ucas_whatsapp_over_christmas",
  staff("Steven Lumsden", "s.lumsden"),
  [pupil("Bilal Khan", "18bkhan"), pupil("Olivia Henderson", "18ohenderson"),
   pupil("Tom McDonald", "18tmcdonald")],
  "Personal statements over the break",
  uk_date(2024, 12, 20, 15, 22),
  alt("""Hi all,

Well done on getting your drafts in before we broke up - I've read all three
and they're in a much better place than they were in October. Bilal, your
opening about your grandad at Doxford's is lovely, keep it. Olivia, cut the
quote, admissions tutors have seen it a hundred times. Tom, you need about
600 more characters on the actual course and about 600 fewer on the Duke of
Edinburgh.

I know you're all a bit twitchy about the deadline. Remember the 29 January
date is the equal consideration deadline, so as long as it's in before then
you're absolutely fine and nobody is going to be penalised for sending it
in mid-January.

I won't be checking school email much over the holidays (the family are
threatening to hide my laptop), so if you get properly stuck, just WhatsApp
me on +44 7700 900587 and I'll have a look when I can. Send it as a Word doc
rather than a photo of your screen please, I can't edit a photo!

Have a canny Christmas and try to have a proper rest as well.

Mr Lumsden

Steven Lumsden
Head of Sixth Form
Example School Sixth Form
Park Row, LS1 4AP
01632 960000
""", boundary("ucas_whatsapp")),
  "Head of Sixth Form invites Y13 pupils to WhatsApp his own number over Christmas (+44 format)",
  extra=["Content-Language: en-GB", "Thread-Topic: Personal statements over the break"])

M("flag", "coursework_extension_ring_me_at_home",
  staff("Lindsay Charlton", "l.charlton"), [ALI],
  "RE: Jack - coursework",
  uk_date(2025, 2, 4, 19, 37),
  Text("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Aptos,sans-serif;}</style>
</head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear Mr Guardian,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for letting me know, and I&#8217;m so sorry to hear about Jack&#8217;s grandad. Please pass on my condolences to the family.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">There is absolutely no problem with the coursework. I&#8217;ve spoken to Mr Lumsden and we&#8217;ve agreed that Jack can hand his NEA draft in on Friday 28th February instead of next week. That still leaves me plenty of time to give him feedback before the final deadline, so it won&#8217;t disadvantage him at all.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If he wants to come and talk it through at lunchtime when he&#8217;s back, my door is open (room E4). And if you&#8217;d rather have a chat about it yourself, you&#8217;re very welcome to ring me at home in the evenings on 0191&nbsp;498&nbsp;0342 &#8211; I&#8217;m usually in after six once I&#8217;ve picked the bairns up.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Take care,</p>
<p class="MsoNormal">Lindsay Charlton</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="color:#1F3864">Mrs L. Charlton<br>Teacher of English<br>Example School<br>Park Row, LS1 4AP<br>Tel: 01632 960000 (ext. 214)</span></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Ali Guardian &lt;ali.guardian@btinternet.com&gt;<br>
<b>Sent:</b> 04 February 2025 17:05<br>
<b>To:</b> Charlton L &lt;l.charlton@example-school.org.uk&gt;<br>
<b>Subject:</b> Jack - coursework</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Hi Mrs Charlton, just to let you know Jack&#8217;s grandad passed away at the weekend and he&#8217;s not been himself. He&#8217;s worried about his English coursework being due next week. Would it be possible to have a bit longer? Thanks, Ali</p>
</div>
</body>
</html>
""", "html", "quoted-printable"),
  "English teacher gives father her home landline, spaced with &nbsp; in HTML-only reply",
  in_reply_to=True,
  extra=["Content-Language: en-GB", "Thread-Topic: Jack - coursework"])

M("flag", "send_scans_to_my_hotmail",
  staff("Nadia Rahman", "n.rahman"), [pupil("Chloe Surtees", "20csurtees")],
  "Re: maths booklet",
  uk_date(2025, 3, 16, 20, 5),
  Text("""Hi Chloe,

Sorry, I've just seen the bounce-back. Our school accounts won't take anything
over 10MB and your scans are massive (I think your phone's saving them at
the highest setting).

Just send it to my hotmail instead - nadia.r.maths@hotmail.co.uk - and I'll
mark it tomorrow night so you've got it back before Wednesday's mock. Make
sure you've done Q14 onwards, that's the circle theorems bit we went over.

Ms Rahman
Maths Department

> On 16 Mar 2025, at 19:48, Chloe Surtees <20csurtees@pupils.example-school.org.uk> wrote:
>
> miss i tried to send my booklet but it keeps saying its too big
"""),
  "Maths teacher tells Y11 pupil to send work to her personal Hotmail",
  in_reply_to=True)

M("flag", "guitar_lessons_reply_to_gmail",
  staff("Rachel Armstrong", "r.armstrong"), [SAM],
  "Mollie - guitar lessons after half term",
  uk_date(2025, 1, 9, 12, 41),
  alt("""Hi Sam,

Just a quick note to say that Mollie's guitar lessons with Mr Foggon will be
moving from Tuesday period 2 to Wednesday period 4 from after half term. We
had to shuffle things round because of the Year 10 mocks and it means she
won't miss maths any more, which I think she'll be secretly quite pleased
about.

She's doing really well. She played the opening of "Sit Down" at the end of
last term's lunchtime gig and didn't miss a chord. If she keeps practising
we'll put her in for her Grade 3 in the summer.

Any questions at all, just hit reply.

Thanks,
Rachel

Miss R Armstrong
Head of Music
Example School
""", boundary("guitar_reply_to"), style="outlook"),
  "Music teacher's mail to carer sets Reply-To to her personal Gmail",
  reply_to=("Rachel Armstrong", "rachel.armstrong.music@gmail.com"),
  extra=["Content-Language: en-GB"])

M("flag", "cc_home_btinternet_while_on_course",
  staff("Gemma Robson", "g.robson"), [JANE],
  "Harvey - follow up from today",
  uk_date(2024, 11, 12, 16, 20),
  Text("""Dear Mrs Parent,

Thank you for coming in this afternoon, I know it's not easy getting time off
work and I really appreciated you being so open with us about what's been
going on at home.

Just to recap what we agreed:

- Harvey will have a pass to leave lessons five minutes early so he can avoid
  the crush on the B corridor at change-over.
- He'll check in with me at the start of lunch on Mondays and Thursdays.
- Mr Dodds is going to have a word about him joining the U13 training on a
  Wednesday, as he said he used to love his football at primary.
- We'll review how it's all going after the Christmas holidays.

I'm away on a course on Thursday and Friday, so I've copied in my home email
address. If anything happens with Harvey before Monday, just reply to this
and it'll come through to me there and I'll pick it up in the evening.

Kind regards,

Miss Gemma Robson
Head of Year 8
Example School | Park Row | LS1 4AP
Tel: 01632 960000
""", cte="quoted-printable"),
  "Head of Year Ccs her own BT Internet address on a mail to a mother and invites replies there",
  cc=[("Gemma Robson", "gemma.robson1985@btinternet.com")])

M("flag", "costumes_drop_round_to_mine",
  staff("Claire Heslop", "c.heslop"), [JANE, SAM],
  "Bugsy Malone costumes",
  uk_date(2025, 2, 25, 13, 2),
  alt("""Hello both,

Thank you SO much for offering to help with the costumes for Bugsy, it's
been a massive help. Harvey and Mollie have both been chuffed to bits with
their outfits at the fittings.

I've got the spare suits and the two flapper dresses that need taking in,
plus a bin bag of feather boas that have shed everywhere (my classroom looks
like a chicken's been murdered in it).

Rather than trying to do the handover in the car park at pick-up, which is
always mayhem, would it be easier if you dropped the finished bits round to
mine at the weekend? I'm at 27 Cragside Gardens in Fulwell, just behind the
windmill, and I'm in all day Saturday. Just knock, the bell doesn't work.

Dress rehearsal is Tuesday 11th March after school, so if we can have
everything back by then we'll be grand.

Thanks again,
Claire

Mrs C Heslop
Textiles / Art
Example School
""", boundary("costumes_mine"), style="outlook"),
  "Textiles teacher gives two parents her home address (no postcode) for costume drop-off")

M("flag", "ta_contact_card_vcf",
  staff("Kayleigh Young", "k.young"), [SAM],
  "My details",
  uk_date(2025, 3, 5, 15, 44),
  Multi("mixed", boundary("ta_vcard"), [
      Text("""Hi Sam,

Lovely to meet you at Mollie's review this morning. As promised, I've attached
my contact card so you've got a way of getting hold of me about her reading
sessions without having to go through the office every time. Just save it
into your phone.

I'll send the list of the books we've been using at the end of the week.

Thanks,
Kayleigh

Kayleigh Young
Teaching Assistant (Literacy)
Example School
"""),
      Binary(crlf("""BEGIN:VCARD
VERSION:3.0
N:Young;Kayleigh;;;
FN:Kayleigh Young
ORG:Example School
TITLE:Teaching Assistant
TEL;TYPE=CELL:07700 900618
EMAIL;TYPE=HOME:kayleighyoung92@yahoo.co.uk
END:VCARD"""), "text/x-vcard", "Kayleigh Young.vcf"),
  ]),
  "TA sends carer a vCard with her personal mobile and Yahoo address (details only in the attachment)")

M("flag", "careers_call_ics_my_mobile",
  staff("Tariq Hussain", "t.hussain"), [ALI],
  "Phone call - Jack's apprenticeship options",
  uk_date(2025, 1, 28, 10, 15),
  Multi("mixed", boundary("careers_ics"), [
      alt("""Hi Ali,

Thanks for getting back to me. I've booked in the call for Tuesday 4th at
half four as you suggested, the invite is attached so it should drop into
your calendar.

I'll have a look before then at the two engineering apprenticeships Jack
mentioned (the one at the turbine blade place on the river and the
Level 3 maintenance one), and I'll bring the entry requirements so we can
talk through whether he'd be better staying on for Year 13 or applying now.

Details of how I'll ring you are in the invite.

Best wishes,
Tariq

Tariq Hussain
Careers Leader
Example School, Park Row, LS1 4AP
01632 960000
""", boundary("careers_ics_alt"), style="outlook"),
      Text("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Tariq Hussain:mailto:t.hussain@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ali Guardian:mailto:ali.guardia
 n@btinternet.com
DESCRIPTION:Careers call about Jack's Level 3 apprenticeship options.\\n\\nI'l
 l ring you from my own mobile (07700 900734) rather than the school phone\\,
  as the school lines come up as withheld and people never answer them. Wo
 rth saving it in case we get cut off.
UID:040000008200E00074C5B7101A82E00800000000R43CAREERS0001
SUMMARY:Phone call - Jack's apprenticeship options
DTSTART:20250204T163000Z
DTEND:20250204T170000Z
DTSTAMP:20250128T101500Z
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n"), "calendar", "base64", charset="utf-8",
           extra_ct="method=REQUEST", filename="invite.ics"),
  ]),
  "Careers leader's calendar invite to a father says he will ring from his own mobile (number only in .ics)")

M("flag", "geography_instagram_revision",
  staff("Chris Gowland", "c.gowland"),
  [pupil("Riya Patel", "21rpatel"), pupil("Sophie Craggs", "21scraggs"),
   pupil("Callum Moffat", "21cmoffat")],
  "Revision vids \U0001F30A",
  uk_date(2025, 4, 22, 18, 31),
  Text("""Hiya 10G2,

Hope you all had a good Easter and didn't eat too many eggs.

A few of you asked after the Roker trip whether there was anything you could
watch rather than read for the coasts topic. I've started putting short
revision videos on my Instagram - coastal erosion at Roker and Seaburn, the
Tyne estuary case study, longshore drift with my dog as a demonstration (she
was not keen).

Give me a follow, I'm @mr.gowland.geog. It's my own account so keep any
comments sensible please, your mams might be reading them \U0001F602

See you Thursday, bring your fieldwork booklets.

Mr Gowland
Geography
""", cte="base64"),
  "Geography teacher invites Y10 pupils to follow his personal Instagram; base64 body, emoji subject",
  subj_mode="b")

M("flag", "hoy10_personal_mobile_qp_split",
  staff("Bernie Coulson", "b.coulson"), [SAM],
  "Mollie",
  uk_date(2025, 5, 16, 15, 58),
  Text("", cte="quoted-printable", raw_qp="""Dear Sam,

Just a quick one before the weekend. Mollie has had a really good week =
and I wanted you to hear it from me rather than just seeing the points on =
Class Charts. She stood up in assembly on Wednesday and read out her poem =
about her great-grandad working down Wearmouth pit, and you could have =
heard a pin drop. A couple of the staff were filling up.

I know things have been hard at home lately with the move, so please don't =
hesitate to get in touch if anything crops up. If you need me over the =
weekend my personal mobile is 07700 =
900245 - I'd just ask that you keep it to yourself, as I don't normally =
give it out.

Have a lovely weekend, and tell her I said well done again.

Mrs Coulson

Mrs B Coulson
Head of Year 10
Example School
"""),
  "Head of Year 10 gives carer her personal mobile; number split by a quoted-printable soft line break")

M("flag", "breakfast_club_text_me_own_phone",
  staff("Joanne Wake", "j.wake"), [JANE],
  "Breakfast club for Harvey",
  uk_date(2024, 9, 17, 9, 12),
  alt("""Morning Jane,

Lovely to chat at the gate this morning. Harvey is more than welcome at
breakfast club, there's no need to fill anything in. Just send him to the
dining hall door from 7.45. There's toast, cereal, bagels and fruit, and on
a Friday the kitchen do bacon sarnies, which tends to get the Year 8 lads in
early!

Please don't feel awkward about it, honest. Loads of families use it and
nobody's asking why. It's there for everyone.

If he's not turning up, or you need me to keep an eye on him, you can always
text me - I've popped my number at the bottom. It's my own phone so I'll see
it even in the holidays.

Take care, pet.

Joanne

Joanne Wake
Family Support & Breakfast Club
Example School
Mob: 07700.900.861
""", boundary("breakfast_own_phone"), style="outlook"),
  "Family support worker's mail to a mother: own mobile in signature (dotted format), says it is her own phone")

M("flag", "stem_club_facebook_friend_request",
  staff("Dave Thirlwell", "d.thirlwell"), [JANE, SAM],
  "Shipbuilding STEM club - photos",
  uk_date(2024, 10, 15, 17, 3),
  alt("""Evening both,

Just a quick update from STEM club. The bairns have been brilliant this half
term. We've been looking at how the ships were built on the Wear, from the
wooden keels right up to Doxford's, and they've each made a scale model hull
out of balsa. Harvey's has a very impressive bulbous bow; Mollie's group
made theirs float in the sink in D3 with six pound coins in it, which is
more than my one managed.

A few parents asked if I could share photos of what they've been doing, so
I've set up a Facebook group for STEM club families. It's run off my own
page so I can post from my phone at club. Just search for Dave Thirlwell
(I'm the one in the Sunderland scarf in the profile picture), send me a
friend request and I'll add you into the group.

Thanks for your support,

Dave

Mr D Thirlwell
Design & Technology
Example School, Park Row, LS1 4AP
""", boundary("stem_facebook"), style="outlook"),
  "DT teacher asks parents to friend his personal Facebook to join a club group")

M("flag", "code_club_discord_half_term",
  staff("Jordan Keen", "j.keen"),
  [pupil("Dylan Nixon", "24dnixon"), pupil("Nathan Turnbull", "23nturnbull"),
   pupil("Josh Hall", "22jhall")],
  "Code Club over half term",
  uk_date(2025, 2, 13, 15, 35),
  Text("""Hi Code Club,

Really good session today. The Space Invaders clones are coming on well,
Nathan's aliens actually move down the screen now instead of off the side.

A few of you asked whether we could keep going over half term. I've set up a
Discord server that I use for my own projects, you can join it with this
link: discord.gg/k33nc0des or just add me, I'm jkeen_dev on there. I'll be
on most evenings if you get stuck with your code or want to show me
something.

Don't forget to save your work to your OneDrive before you log off today,
the Pi's in C12 get wiped over the holiday.

Mr Keen
Computer Science
"""),
  "Computing teacher invites pupils from Y7-Y9 onto his personal Discord server")

M("flag", "deputy_head_0044_over_half_term",
  staff("Paul Hetherington", "p.hetherington"), [ALI],
  "Jack - after the incident at the Metro",
  uk_date(2025, 5, 23, 14, 10),
  Text("""Dear Mr Guardian,

Thank you for speaking to me on the phone this morning. As discussed, we've
looked at the CCTV from the Metro station with the transport police and it's
clear Jack was not the one who started it. He did the right thing in walking
away and coming straight to reception. The two lads involved are not from
our school and their school has been informed.

We'll have Jack back in on the Monday after half term as normal. Mr Lumsden
will meet him at the Sixth Form entrance at 8.30 just to check in.

I know you're worried about him getting the bus home while this is all
being sorted out. I'm away in Portugal over half term but I'll have my phone
with me, so if anything happens at all, ring me on 0044 7700 900193 (that's
how it has to be dialled from over there) and I'll pick up.

Kind regards,

Paul Hetherington
Deputy Headteacher (Pastoral & Behaviour)
Example School, Park Row, LS1 4AP
T: 01632 960000
E: p.hetherington@example-school.org.uk
"""),
  "Deputy head gives a father his own mobile in 0044 format for half term")

M("flag", "chemistry_olympiad_signal",
  staff("Mark Elliott", "m.elliott"), [pupil("Amy Murray", "19amurray")],
  "Olympiad prep",
  uk_date(2025, 1, 14, 21, 2),
  Text("""Hi Amy,

Great to hear you want to have a go at the Chemistry Olympiad round 1 -
you'll be the first from here in about four years. It's on the 28th so we
haven't got long.

I've got a stack of past papers and mark schemes, but some of them are
photos of the booklets and they're a pain to send through school email. It's
easier if you message me on Signal and I'll send them that way; my number's
(07700)
900478. Drop me a message with your name so I know it's you.

Do 2022 and 2023 first, don't worry about the organic question on the 2021
one, we haven't covered that yet.

Mr Elliott
Chemistry
""", cte="8bit"),
  "Chemistry teacher asks Y12 pupil to contact him on Signal; mobile split over a line break")

M("flag", "miners_banner_at_ours",
  staff("Dan Forster", "d.forster"), [JANE, SAM],
  "Big Meeting banner - Easter holidays",
  uk_date(2025, 3, 27, 16, 40),
  alt("""Dear parents,

The banner for the Big Meeting is really coming together. The bairns have
painted the pit head and the winding wheel, and the Wearmouth colliery
lettering is done. It's going to look canny marching behind the band in
July.

We've run out of time in club before Easter, and a few of them have asked if
they can carry on over the holidays. My wife has a big sewing table and
we've got the space, so they're very welcome to come to ours on Tuesday
15th April from 10 till 2 to finish the fringing. We're at 8 Shipwright
Close, off Hylton Road, Sunderland SR4 6QY. Just bring them a bit of bait;
we'll sort juice and biscuits.

Please reply and let me know if they're coming so I know how many to expect.

Many thanks,

Dan Forster
History / Trips Coordinator
Example School, Park Row, LS1 4AP | 01632 960000
""", boundary("banner_at_ours"), style="outlook"),
  "History teacher invites pupils to his home and gives parents his home address with postcode")

M("flag", "senco_icloud_over_summer",
  ("Siobhán Tully", f"s.tully@{SCHOOL}"), [JANE],
  "FW: EHCP annual review - Harvey - draft amendments",
  uk_date(2025, 7, 17, 11, 26),
  Text("""Dear Jane,

Please see below, the local authority have sent through the draft
amendments from Harvey's annual review. There's nothing in there we didn't
discuss, but do read section F carefully because that's where his TA hours
are written down.

You've got 15 days to respond, which unfortunately takes us into the
holidays. School email gets switched to out-of-office over summer and I
don't always have access, so please use my own email, siobhan.t@icloud.com,
if you want me to look anything over before you send your response back.

Have a lovely summer and tell Harvey well done for a brilliant year.

Siobhán

Siobhán Tully
SENCo
Example School | Park Row | LS1 4AP
01632 960000

-----Original Message-----
From: SEN Team <sen.casework@example.org>
Sent: 16 July 2025 16:02
To: Tully S <s.tully@example-school.org.uk>
Subject: EHCP annual review - Harvey - draft amendments

Dear Ms Tully,

Please find the proposed amendments to the above EHCP following the annual
review meeting held on 7 March 2025. Please share these with the parent.
The parent has 15 calendar days from the date of issue to make
representations.

Kind regards,
SEN Casework Team
"""),
  "SENCo forwards EHCP paperwork and asks a mother to use her personal iCloud over summer; encoded From name")

M("flag", "drama_auditions_tiktok",
  staff("Ellie Brannigan", "e.brannigan"),
  [pupil("Leah Potts", "24lpotts"), pupil("Farah Ahmed", "24fahmed"),
   pupil("Evie Watson", "23ewatson")],
  "Auditions for the summer show!!",
  uk_date(2025, 4, 28, 12, 51),
  alt("""Hi superstars,

Thank you for signing up for the summer show auditions! We're doing a cut
down version of Billy Elliot (yes, there's dancing, and yes, the miners'
strike bits will be proper loud).

Auditions are Thursday 8th May in the drama studio after school, 3.15 till
4.30. You'll need to learn ONE of the speeches from the pack, and sixteen
bars of a song.

I've filmed myself doing the audition pieces so you can see how I want them
done. They're up on my TikTok, follow me @missb.drama.ne and you'll find
them, they're the ones pinned at the top.

Break a leg!
Miss B

Miss E. Brannigan
Drama
Example School
""", boundary("tiktok_auditions"), style="outlook"),
  "Drama teacher asks Y7/Y8 pupils to follow her personal TikTok")

M("flag", "attendance_subject_mobile_base64",
  staff("Denise Shipley", "attendance"), [SAM],
  "Mollie \u2013 can you ring me on 07700900952",
  uk_date(2025, 6, 10, 10, 3),
  Text("""Hi Sam,

I've tried ringing the number we've got on file a couple of times this
morning but it's going straight to voicemail.

Mollie hasn't come in today and she's not been marked as absent, so I'm just
checking she's OK. Our phone lines have been playing up since Friday so
please ring my own mobile (number's in the subject) rather than the office,
I'll have it on me all day.

Thanks,
Denise

Denise Shipley
Attendance Officer
Example School
"""),
  "Attendance officer asks carer to ring her own mobile; number only in a base64-encoded subject",
  subj_mode="b")
# ==========================================================================
# CLEAN, hard negatives: details that are not the sender's own personal ones
# ==========================================================================

M("clean", "beamish_school_trip_mobile",
  staff("Dan Forster", "d.forster"), [JANE], "Year 8 Beamish trip - final details",
  uk_date(2025, 5, 6, 15, 30),
  alt("""Dear Mrs Parent,

Harvey is all booked on for the Year 8 trip to Beamish on Thursday 15th May.
Here are the final details.

Meet: school bus bay at 8.30am. The coaches leave at 8.45 prompt.
Return: approximately 3.45pm, back at the bus bay.
Bring: a packed lunch and a drink (no fizzy drinks or glass please), a
waterproof, and sensible shoes. There's a lot of walking between the pit
village and the town, and it's usually clarts up by the colliery.
Money: optional, maximum £10 for the sweet shop and the gift shop.

The pupils will be going down the drift mine at the colliery, which links
in with what they've been studying about mining in the North East this
term, and they'll have a session in the 1900s school.

On the day, the trip mobile (a school phone, not mine) is 07700 900400. It
will be switched on from 8am until every pupil has been collected, and it's
the best way to reach the staff if you're running late at pick-up. For
anything else, please ring the school office on 01632 960000.

Many thanks,

Dan Forster
History / Trips Coordinator
Example School, Park Row, LS1 4AP | 01632 960000
""", boundary("beamish_final"), style="outlook"),
  "Trip letter gives the school-owned trip mobile, stated as such, plus school office number",
  cc=[("Trips", f"trips@{SCHOOL}")])

M("clean", "german_refuses_personal_number",
  staff("Emma Stoker", "e.stoker"), [ALI], "RE: Jack - German speaking practice",
  uk_date(2025, 2, 6, 8, 2),
  Text("""Dear Mr Guardian,

Thank you for your email, and it's lovely that Jack wants to do extra
speaking practice before his mock. That's exactly the right attitude.

I'm afraid I'm not able to give out my personal mobile number or speak to
pupils over WhatsApp - it's school policy for all staff, and it protects
Jack as much as it protects me. What I can do is run a speaking session in
L3 on Tuesdays and Thursdays at lunchtime, and he's very welcome at both. If
you'd like to speak to me directly, please ring the school office on
01632 960000 and they'll put you through or make sure I call you back from
school the same day.

Viel Erfolg to Jack!

Emma Stoker
Head of MFL
Example School

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 05 February 2025 21:14
To: Stoker E <e.stoker@example-school.org.uk>
Subject: Jack - German speaking practice

Hi Miss Stoker,

Jack is really nervous about the speaking part of his German mock. Would you
be able to give him your mobile so he could send you voice notes to check
his pronunciation? He said some of his mates' teachers do that. My number is
07700 900789 if it's easier to talk.

Thanks
Ali
"""),
  "MFL teacher declines to give her personal number; the quoted parent message contains the parent's own mobile",
  in_reply_to=True, extra=["Thread-Topic: Jack - German speaking practice"])

M("clean", "office_updated_contact_details",
  ("Example School Office", f"office@{SCHOOL}"), [SAM], "Updated contact details",
  uk_date(2024, 9, 9, 11, 47),
  Text("""Dear Sam,

Thank you for returning Mollie's data collection sheet. We have updated our
records as follows:

Priority 1 contact: Sam Carer (carer)
Mobile: 07700 900456
Email: sam.carer@outlook.com
Priority 2 contact: unchanged

Please check these carefully and let us know if anything is wrong, as this
is the number we will use in an emergency and for text messages about
attendance.

Many thanks,

Karen Milburn
Office Manager
Example School
Park Row
LS1 4AP
01632 960000 | office@example-school.org.uk
"""),
  "Office reads back the carer's own mobile and email from the data collection sheet")

M("clean", "hoy8_reply_quotes_parent_signature",
  staff("Gemma Robson", "g.robson"), [JANE], "RE: Harvey - bus pass",
  uk_date(2025, 1, 21, 12, 9),
  alt("""Dear Mrs Parent,

Thanks for letting me know. I've checked with the office and they've
ordered a replacement Pop card for Harvey, it should be with us by Friday and
I'll give it to him at registration. In the meantime the office have given
him a letter to show the driver, which the bus company accept.

I've also had a quiet word with his form tutor about the lads who've been
giving him grief at the bus stop. Leave it with me.

Kind regards,

Miss Gemma Robson
Head of Year 8
Example School | Park Row | LS1 4AP
Tel: 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 20 January 2025 20:31
To: Robson G <g.robson@example-school.org.uk>
Subject: Harvey - bus pass

Hi Miss Robson

Harvey has lost his bus pass again (think it fell out of his blazer at the
match on Saturday). Is there any way he can get on the bus tomorrow? I'm
on an early shift so can't drop him off.

Thanks
Jane Parent
07700 900123
41 Marsden Road, South Shields
Sent from my iPhone
""", boundary("quoted_parent_sig"), style="outlook"),
  "Reply quoting the mother's own signature (her mobile and home address) in an Outlook block",
  in_reply_to=True)

M("clean", "kielder_fieldwork_coach_firm",
  staff("Chris Gowland", "c.gowland"), [SAM], "Year 10 fieldwork - Kielder, 18 June",
  uk_date(2025, 6, 2, 9, 55),
  Multi("mixed", boundary("kielder_coach"), [
      Text("""Dear Sam,

Please find attached the final letter for the Year 10 geography fieldwork at
Kielder Water on Wednesday 18th June.

We've booked the coach with Wearside Travel this year. If the coach is held
up on the way back (the road out of Kielder has no signal for a good few
miles), the coach firm's office will be able to tell you where we are: their
number is 0191 498 0711. The fieldwork centre at Kielder is on 0191 498 0275
but there's no need to ring them unless it's an emergency.

The school office on 01632 960000 will also be kept updated.

Pupils need wellies or old trainers, waterproofs, a packed lunch, and their
fieldwork booklets. Expect them back around 5.15pm.

Kind regards,

Mr Gowland
Geography
Example School, Park Row, LS1 4AP
"""),
      Binary(make_pdf([
          "Example School - Year 10 Geography Fieldwork",
          "Kielder Water, Wednesday 18 June 2025",
          "Depart 8.00am from the bus bay, return approx 5.15pm",
          "Coach: Wearside Travel, 0191 498 0711",
          "School office: 01632 960000",
      ], "Kielder fieldwork letter"), "application/pdf", "Y10 Kielder fieldwork letter.pdf"),
  ]),
  "Fieldwork letter gives the coach firm's and field centre's numbers, PDF attached")

M("clean", "dsl_helplines_for_mollie",
  ("Andrea Bell", f"dsl@{SCHOOL}"), [SAM], "Following up our conversation",
  uk_date(2025, 3, 11, 16, 30),
  Text("""Dear Sam,

Thank you for talking with me today. I know it was a hard conversation and
I want you to know you did the right thing in coming to us.

As we discussed, I've made a referral to the school nursing team, who will
contact you directly within the next fortnight to arrange to see Mollie in
school. We'll keep her on the check-in list with Mrs Coulson every morning.

Some numbers that may help in the meantime:

- Children and Young People's Mental Health Service (CYPS) duty line:
  0191 498 0552 (weekdays 9am–5pm)
- Out of hours, the local crisis team: 0191 498 0880
- A free, confidential helpline for young people, which Mollie can ring or
  text herself: 0808 157 0123
- If you think she is in immediate danger, ring 999.

You can also contact me through the school office on 01632 960000. If I'm
teaching, they'll get me out.

With best wishes,

Andrea Bell
Designated Safeguarding Lead
Example School, Park Row, LS1 4AP
01632 960000
""", cte="8bit"),
  "DSL gives the carer third-party helpline and mental-health service numbers")

M("clean", "exams_candidate_number",
  ("Exams Office", f"exams@{SCHOOL}"), [pupil("Chloe Surtees", "20csurtees")],
  "Your mock exam details",
  uk_date(2024, 11, 4, 8, 40),
  Text("""Dear Chloe,

Please keep this email. You'll need these numbers for every mock paper in
the sports hall, and you'll have the same candidate number for your real
GCSEs in the summer.

Candidate name: Chloe Surtees
Candidate number: 4127
Centre number: 10428
Unique candidate identifier: 10428R24412
Seat: C14 (sports hall), G7 (for papers in the dining hall)

The first paper is English Language Paper 1 on Monday 18 November at 9.00,
1 hour 45 minutes. Be outside the sports hall by 8.45 with a clear pencil
case and black pens.

Good luck,

Pauline Errington
Exams Officer
Example School
01632 960000
"""),
  "Exams officer sends pupil candidate, centre and UCI numbers and seat references")

M("clean", "residential_bank_transfer_details",
  ("Finance Office", f"finance@{SCHOOL}"), [JANE], "Year 8 residential - payment options",
  uk_date(2025, 1, 15, 14, 22),
  alt("""Dear Mrs Parent,

Thank you for letting us know that ParentPay isn't working for you at the
moment. You can pay the Year 8 Kielder residential by bank transfer instead:

Account name: Example School Trips Account
Sort code: 20-45-77
Account number: 43218765
Reference: KIEL8-HARVEY

The balance outstanding is £145.00 (total £185.00, deposit of £40.00
received on 02/12/2024). The final date for payment is Friday 28 February
2025, but you are welcome to pay in instalments before then.

If you are having difficulty paying, please speak to Mrs Wake in confidence.
No child will miss the trip because of cost.

Kind regards,

Finance Office
Example School
01632 960000
""", boundary("bank_transfer"), style="outlook"),
  "Finance office gives the school bank sort code, account number and payment reference")

M("clean", "senco_teams_meeting_details",
  ("Siobhán Tully", f"s.tully@{SCHOOL}"), [JANE], "Harvey - annual review meeting (Teams)",
  uk_date(2025, 3, 3, 13, 15),
  alt("""Dear Jane,

As discussed, Harvey's EHCP annual review will be on Friday 7 March at
1.30pm. If you can't get into school, you can join on Teams instead. The
details are below. You don't need to download anything; the link will open
in your browser.

Mrs Young (his TA) and the educational psychologist will be in the room with
me, and Harvey will join us for the first ten minutes.

________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 349 712 480 562
Passcode: tY7nQ2

Dial in by phone
+44 20 7946 0321,,842615037# United Kingdom, London
Phone conference ID: 842 615 037#
________________________________________________________________________

Kind regards,

Siobhán Tully
SENCo
Example School | Park Row | LS1 4AP
01632 960000
""", boundary("teams_review"), style="outlook"),
  "SENCo sends a Teams meeting ID, passcode and the conferencing dial-in number")

M("clean", "a_level_set_texts_isbn",
  staff("Lindsay Charlton", "l.charlton"),
  [pupil("Amy Murray", "19amurray"), pupil("Lewis Kerr", "19lkerr")],
  "Set texts for Year 13 - summer reading",
  uk_date(2025, 6, 30, 15, 5),
  Text("""Hi both,

Here's the list for next year as promised. Please get your own copies of
these editions so the page numbers match mine in lessons - second-hand is
absolutely fine, there are usually a few on the shelf in the Oxfam on
Fawcett Street.

1. The Handmaid's Tale, Margaret Atwood (Vintage)
   ISBN 978-0-09-974091-9
2. A Streetcar Named Desire, Tennessee Williams (Penguin Modern Classics)
   ISBN 978-0-14-119025-4
3. The Pit Poems anthology (Wearside Press)
   ISBN 978-1-78487-412-6

If buying them is a problem, come and see me before we break up. I have a
box of spares and nobody needs to know where yours came from.

Read the Atwood over the summer. Everything else can wait till September.

Mrs L. Charlton
Teacher of English
Example School
"""),
  "Reading list with ISBNs and edition details, to Y12 pupils")

M("clean", "hr_payroll_address_change",
  ("Alison Teasdale", f"hr@{SCHOOL}"), [("Northern Payroll Services", "schools@northernpayroll.example.com")],
  "Change of address - employee 00417",
  uk_date(2024, 10, 8, 10, 31),
  Text("""Hello,

Please could you update the personal details for the following employee
with effect from 1 October 2024:

Employee number: 00417
Name: Mark Elliott
New home address: 22 Tunstall Vale, Sunderland SR2 8TY
Home telephone: 0191 498 0467
Personal mobile: 07700 900281
Personal email (for payslip notifications): m.elliott.home@gmail.com

No change to bank details or tax code.

Many thanks,

Alison Teasdale
Business Manager
Example School
Park Row, LS1 4AP
Tel: 01632 960000
"""),
  "HR sends an employee's home address and personal contacts to the payroll provider; no parent or pupil")

M("clean", "staff_christmas_do",
  staff("Sophie Laidler", "s.laidler"), [("All Staff", f"allstaff@{SCHOOL}")],
  "Staff Christmas do!! \U0001F384",
  uk_date(2024, 11, 20, 12, 44),
  alt("""Hi everyone,

It's that time again! This year's Christmas do is at the Boar's Head in
Whitburn on Friday 20th December, from 7pm. Three course meal for £32.50,
then the function room is ours till late. There's a DJ, and Gaz has promised
not to do the Blaydon Races again (we'll see).

I need a £10 deposit and your menu choices by Friday 6th December. You can
give me cash in the prep room or transfer it to my own account, details
are on the sheet in the staffroom.

If you've got any questions text me on 07700 900655, or shout up in the
staff WhatsApp. Partners very welcome, just let me know numbers.

Sophie
(Science prep room, ext 240)
""", boundary("xmas_do"), style="outlook"),
  "Staff-only social mail with the organiser's personal mobile")

M("clean", "safer_internet_day_newsletter",
  staff("Liam Scott", "l.scott"), [JANE, SAM, ALI],
  "Safer Internet Day - keeping your child safe online",
  uk_date(2025, 2, 11, 16, 0),
  alt("""Dear parents and carers,

Today was Safer Internet Day and every year group had an assembly about
staying safe online. Here are a few things worth talking about at home.

Snapchat: check Snap Map is set to Ghost Mode, so your child's location
isn't shared. Most of our Year 7s had no idea their friends could see
exactly which street they were on.

WhatsApp: group chats are where most of the falling-out we deal with
starts. You can set it so your child can't be added to groups by people who
aren't in their contacts (Settings > Privacy > Groups).

TikTok: Family Pairing lets you link your account to your child's and set
screen time limits. Accounts for under-16s should be private by default,
but it's worth checking.

Discord and Roblox: lots of our Year 7 and 8 pupils use these for gaming.
Chat with strangers is where the risk is. Both have parental controls, and
it's worth sitting down together to set them up.

Remember: no member of staff will ever ask to follow, friend or message your
child on any of these apps. If that happens, please tell us straight away.

If you have any concerns, please contact me through the school office on
01632 960000.

Liam Scott
Computing / Online Safety Lead
Example School, Park Row, LS1 4AP
""", boundary("safer_internet"), style="outlook"),
  "E-safety newsletter naming Snapchat, WhatsApp, TikTok, Discord without inviting anyone")

M("clean", "snow_closure_official_channels",
  ("Example School Office", f"office@{SCHOOL}"), [JANE, SAM, ALI],
  "School closed today - Monday 6 January",
  uk_date(2025, 1, 6, 6, 38),
  Text("""Dear parents and carers,

Due to the heavy snow overnight and the state of the roads, the school will
be CLOSED to all pupils today, Monday 6 January. Staff will be setting work
on Teams by 10am.

Breakfast club will not run. Families who get free school meals will be
sent supermarket vouchers by text later this week to cover today.

We will decide about tomorrow by 6.30am. Updates will be posted on:
- the school website
- the school's official Facebook page (Example School North East), which
  is run by the office
- a text message through our school messaging service

Please don't ring the school office about closures, as the lines get jammed
and it stops urgent calls getting through.

Stay safe, and please keep the bairns off Penshaw Hill with the sledges -
we'd like everybody back in one piece!

Karen Milburn
Office Manager
Example School
01632 960000 | office@example-school.org.uk
"""),
  "Snow closure notice pointing to the school's own official Facebook page and texting service",
  mid_style="mailer")

M("clean", "bremen_exchange_host_family",
  staff("Emma Stoker", "e.stoker"), [ALI],
  "Bremen-Austausch \u2013 Jack\u2019s host family",
  uk_date(2025, 3, 18, 16, 12),
  Multi("mixed", boundary("bremen_host"), [
      alt("""Dear Mr Guardian,

I'm delighted to say Jack has been matched with a host family for the
Bremen exchange (Saturday 5 to Saturday 12 April).

Host family: Familie Schröder
Address: Lindenweg 14, Bremen-Findorff
Host parents: Anke and Jens Schröder
Exchange partner: Lukas (17), who also plays football, so they should get on
Host family email: anke.schroeder@example.net

You're very welcome to email Frau Schröder before the trip to say hello -
most of our families find it puts everyone at ease. Lukas will be coming to
stay with you in June.

While we're away, the school's trip mobile is 07700 900400. It stays with
the lead member of staff the whole time. The full itinerary and emergency
information is attached.

Mit freundlichen Grüßen,

Emma Stoker
Head of MFL
Example School
""", boundary("bremen_host_alt"), style="outlook", cte_text="8bit"),
      Binary(make_pdf([
          "Bremen Exchange 2025 - itinerary and emergency information",
          "Sat 5 April: depart Newcastle Airport 06:40, arrive Bremen 09:55",
          "Sat 12 April: depart Bremen 17:25, arrive Newcastle 17:50",
          "School trip mobile (24h while abroad): 07700 900400",
          "School office: 01632 960000",
      ], "Bremen exchange itinerary"), "application/pdf", "Bremen itinerary 2025.pdf"),
  ]),
  "Exchange host family's address and email given to a father for a reason, plus school trip mobile; encoded subject")

M("clean", "office_contact_card_vcf",
  ("Example School Office", f"office@{SCHOOL}"), [JANE, SAM, ALI],
  "Save our number - new phone system",
  uk_date(2024, 9, 3, 10, 5),
  Multi("mixed", boundary("office_vcf"), [
      Text("""Dear parents and carers,

Welcome back! Over the summer we moved to a new phone system. Our main
number hasn't changed (01632 960000) but calls from school may now show up
on your phone as this number, rather than "withheld".

A lot of parents told us they don't answer withheld numbers, which is fair
enough. To help, we've attached a contact card for the school. If you open
it on your phone, it will save the office number and the school's absence
text number (07700 900100, a school phone in the attendance office) into
your contacts.

Please remember to report absences before 8.30am each day.

Thank you,
Example School Office
Park Row, LS1 4AP
"""),
      Binary(crlf("""BEGIN:VCARD
VERSION:3.0
N:;Example School Office;;;
FN:Example School Office
ORG:Example School
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=WORK,CELL:07700 900100
NOTE:07700 900100 is the school's absence text line (school-owned phone)
EMAIL;TYPE=WORK:office@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;;;LS1 4AP;United Kingdom
URL:https://www.example-school.org.uk
END:VCARD"""), "text/x-vcard", "Example School.vcf"),
  ]),
  "School office vCard with the school's number, postcode and school-owned absence text line",
  mid_style="mailer")

M("clean", "girls_fixture_other_school",
  staff("Hannah Ord", "h.ord"),
  [pupil("Riya Patel", "21rpatel"), pupil("Sophie Craggs", "21scraggs")],
  "Tomorrow's match at Hetton Lyons",
  uk_date(2024, 11, 26, 15, 50),
  Text("""Hi girls,

Reminder that tomorrow we're away at Hetton Lyons Academy, kick off 3.45.
The minibus leaves from the PE block at 3.05, so get changed at the end of
period 5 and don't dawdle.

If your mam or dad is picking you up from there, the address is Lyons Lane,
Hetton-le-Hole, and they should park in the visitors' car park, not on the
road. If anyone gets lost, their reception number is 0191 498 0266.

Bring a water bottle, a warm layer and your gumshield. After last week's
clash of heads I'm not taking any chances.

Haway the lasses!

Miss H Ord
PE / Girls' Football
Example School, Park Row, LS1 4AP
"""),
  "PE teacher gives pupils the other school's address and reception number for a fixture")

M("clean", "deputy_gives_senco_direct_line",
  staff("Paul Hetherington", "p.hetherington"), [JANE], "Harvey - who to contact",
  uk_date(2024, 10, 1, 13, 27),
  Text("""Dear Mrs Parent,

Thank you for your email. I'm sorry you've been passed around. For
anything to do with Harvey's support plan or his reader in tests, the best
person is Mrs Tully, our SENCo. Her direct line is 01632 960014, or email
s.tully@example-school.org.uk. If she's teaching, leave a message and she
will ring you back the same day.

For day-to-day things (behaviour, homework, friendship issues) Miss Robson,
Head of Year 8, is still your first port of call.

Kind regards,

Paul Hetherington
Deputy Headteacher (Pastoral & Behaviour)
Example School, Park Row, LS1 4AP
T: 01632 960000
E: p.hetherington@example-school.org.uk
"""),
  "Deputy head gives a colleague's official school direct line and email")

M("clean", "breakfast_club_times_prices",
  ("Breakfast Club", f"breakfastclub@{SCHOOL}"), [JANE, SAM, ALI],
  "Breakfast Club is back from Monday",
  uk_date(2024, 9, 2, 9, 0),
  Text("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#b5121b">Breakfast Club is back from Monday 9 September</h2>
<p>Dear parents and carers,</p>
<p>Our free breakfast club starts again next week, thanks to our partnership with the local food network and the kitchen team.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td><b>Where</b></td><td>Dining hall (door by the bus bay)</td></tr>
<tr><td><b>When</b></td><td>Monday&ndash;Friday, 7.45&ndash;8.25am</td></tr>
<tr><td><b>Cost</b></td><td>FREE for every pupil, Years 7&ndash;13</td></tr>
<tr><td><b>Menu</b></td><td>Toast, cereal, bagels, fruit, yoghurt. Bacon or veggie sausage sandwich on Fridays</td></tr>
<tr><td><b>Extras</b></td><td>Hot chocolate 20p, fruit pot 30p (via ParentPay or cash)</td></tr>
</table>
<p>Last year we served over 31,000 breakfasts. Pupils who eat breakfast concentrate better, and it's a canny way for the bairns to start the day with their mates.</p>
<p>No need to book and nobody asks questions. Just send them along.</p>
<p>If you'd like to donate (cereal, spreads, long-life milk), drop it at reception any time.</p>
<p>Joanne Wake<br>Family Support &amp; Breakfast Club<br>Example School, Park Row, LS1 4AP<br>01632 960000</p>
</body></html>
""", "html", "quoted-printable"),
  "HTML-only breakfast club letter full of times, dates and prices, not phone numbers",
  mid_style="mailer")

M("clean", "sixth_form_duty_phone_exams",
  staff("Steven Lumsden", "s.lumsden"),
  [pupil("Bilal Khan", "18bkhan"), pupil("Olivia Henderson", "18ohenderson"),
   pupil("Tom McDonald", "18tmcdonald")],
  "Study leave - what to do if something goes wrong on an exam day",
  uk_date(2025, 5, 9, 14, 0),
  Text("""Hi all,

Study leave starts on Monday, so here is the "what if" list. Read it now,
not at 8.50 on the morning of Chemistry Paper 2.

- Metro/bus late or cancelled: ring the Sixth Form duty phone on
  07700 900222. That's a school mobile carried by whoever is on duty, so it
  is always answered from 7.30am on exam days. Then keep coming. You will
  usually still be allowed in.
- Ill: ring the school absence line (01632 960000, option 1) before 8.30
  and get a note from the GP. Without it you can't apply for special
  consideration.
- Panicking the night before: that's normal. Put the phone down and go to
  sleep.

Check your exam timetable against your statement of entry one more time.
Three people last year turned up to the wrong afternoon.

You've got this. Proud of all of you.

Mr Lumsden
Head of Sixth Form
"""),
  "Head of Sixth Form gives pupils the school-owned duty mobile, stated as such")

M("clean", "ucas_pupil_own_personal_email",
  staff("Tariq Hussain", "t.hussain"), [pupil("Olivia Henderson", "18ohenderson")],
  "Your UCAS contact email",
  uk_date(2024, 10, 10, 11, 20),
  Text("""Hi Olivia,

Quick one. I was checking your UCAS application before it goes to
Mr Lumsden for the reference, and I noticed you've put your personal email
(olivia.h2007@hotmail.co.uk) as your contact address rather than your
school one.

That's actually what we'd recommend, so don't change it! Your school account
gets closed a few weeks after you leave in the summer, and universities will
still be emailing you about accommodation and enrolment in August. Just make
sure you check it regularly, and look in the junk folder too.

Everything else looks good. Your reference will be added by the end of next
week.

Tariq Hussain
Careers Leader
Example School, Park Row, LS1 4AP
01632 960000
"""),
  "Careers lead reads back the pupil's own personal email from their UCAS form")

M("clean", "community_pantry_details",
  staff("Joanne Wake", "j.wake"), [SAM], "The pantry we talked about",
  uk_date(2024, 11, 28, 14, 3),
  Text("""Hi Sam,

Lovely to see you this morning. Here are the details of the places I
mentioned. No pressure at all, it's just so you have them.

Pennywell Community Pantry
Community Centre, Portsmouth Road
Tuesdays and Thursdays, 10am–1pm
£3.50 a week membership and you get around £20 of shopping
Phone: 0191 498 0418 (ask for Lorraine)

For help with the gas and electric, the energy advice service is free and
they're really good with the emergency credit: 0808 157 0456.

Mollie's free school meals application has gone through, so she's all sorted
from Monday, and the breakfast club voucher for the Christmas holidays will
come home with her before we break up.

Any time you want a chat, ring school on 01632 960000 and ask for me.

Take care pet,
Joanne

Joanne Wake
Family Support & Breakfast Club
Example School
01632 960000
""", cte="quoted-printable"),
  "Family support worker gives a carer a community pantry's and an advice line's numbers (third parties)")

M("clean", "reply_to_parent_number_gmail_quote",
  staff("Craig Dodds", "c.dodds"), [ALI], "Re: Helping out with the sixth form team",
  uk_date(2025, 3, 4, 8, 15),
  alt("""Morning Ali,

That's a cracking offer, thank you. We're always short of an extra adult on
a Wednesday and with your coaching badges you'd be a huge help.

Before you can help out regularly, we'll need to get a DBS check done
through school. I've asked the office to send you the forms. Once that's
back, you can start.

I'll ring you from school at lunchtime today to have a chat about it. It'll
come up as the school number.

Cheers,
Craig

Mr C Dodds
PE Department / Boys' Football
Example School, Park Row, LS1 4AP
01632 960000

On Mon, 3 Mar 2025 at 19:42, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hi Mr Dodds,
>
> Jack says you're short of a second coach for the sixth form team on a
> Wednesday. I've got my Level 1 and I coach the U10s at the weekend, so
> I'm happy to help if it's any use. You can get me on 07700 900789 any
> time after 5.
>
> Ali
""", boundary("gmail_quote_parent", "gmail"), style="gmail"),
  "Reply quoting the father's own mobile in a Gmail-style 'wrote:' block",
  in_reply_to=True)

M("clean", "decline_parent_whatsapp_group",
  staff("Gemma Robson", "g.robson"), [JANE], "Re: Year 8 parents WhatsApp",
  uk_date(2024, 9, 24, 17, 11),
  Text("""Dear Mrs Parent,

Thank you for the kind invitation, and I'm glad the Year 8 parents' group is
helping everyone keep on top of PE days and non-uniform!

I'm afraid I can't join it, though. Staff aren't allowed to be in parent or
pupil WhatsApp groups, or to message families from personal phones. It's
there to protect everyone.

The best way to reach me is still my school email, or a message through
Class Charts, which comes straight to me. If you ever see something in the
group that worries you, like a rumour about a fight or a picture being
passed round, please forward it to me here.

Kind regards,

Miss Gemma Robson
Head of Year 8
Example School | Park Row | LS1 4AP
Tel: 01632 960000
"""),
  "Head of Year declines to join a parents' WhatsApp group and points to school channels",
  in_reply_to=True)

M("clean", "work_experience_placement_details",
  staff("Tariq Hussain", "t.hussain"), [pupil("Lewis Kerr", "19lkerr")],
  "Work experience - your placement is confirmed",
  uk_date(2025, 6, 12, 12, 30),
  Multi("mixed", boundary("work_exp"), [
      Text("""Hi Lewis,

Good news, your placement for work experience week (Monday 7 to Friday 11
July) is confirmed.

Employer: Wearside Marine Engineering Ltd
Address: Unit 7, Deptford Yard Industrial Estate, Sunderland
Supervisor: Gary Wilkinson, Workshop Manager
Phone: 0191 498 0634
Email: g.wilkinson@wearsidemarine.example.com
Hours: 8.00am to 3.30pm (2.00pm finish on the Friday)

You'll need steel toe-capped boots, which they'll lend you if you don't have
any, and long trousers. No trainers on the shop floor. Please ring or email
Mr Wilkinson before the end of June to introduce yourself. It makes a big
difference.

The placement agreement is attached. It needs signing by you and a parent
and bringing back to me by Friday 20th.

Tariq Hussain
Careers Leader
Example School, Park Row, LS1 4AP
01632 960000
"""),
      Binary(make_pdf([
          "Work Experience Placement Agreement 2025",
          "Student: Lewis Kerr (Year 12)",
          "Employer: Wearside Marine Engineering Ltd, Unit 7, Deptford Yard",
          "Contact: Gary Wilkinson, 0191 498 0634",
          "School contact: Careers Leader, 01632 960000",
      ], "Placement agreement"), "application/pdf", "Placement agreement - L Kerr.pdf"),
  ]),
  "Careers lead gives a pupil the work placement employer's address, phone and email")

M("clean", "minibus_gaz_mobile_staff_only",
  staff("Craig Dodds", "c.dodds"),
  [("Gary Ridley", f"g.ridley@{SCHOOL}"), ("Hannah Ord", f"h.ord@{SCHOOL}")],
  "Minibus for Saturday",
  uk_date(2025, 1, 31, 15, 2),
  Text("""Hannah, Gaz,

Hannah's taking the minibus to the girls' tournament at Silksworth tomorrow.
Last time it wouldn't start in the cold and she was stood in the car park
for twenty minutes trying to get hold of someone.

Hannah, if it plays up again, ring Gaz on his mobile (07700 900377), not the
site office, as there's nobody in there on a Saturday. Gaz has kindly said
he'll be about till 10.

Gaz, the keys are in the PE office key safe, the code hasn't changed.

Cheers both,
Craig
"""),
  "Staff-only mail giving a colleague's mobile for a weekend minibus problem")

M("clean", "theatre_trip_box_office",
  staff("Ellie Brannigan", "e.brannigan"),
  [pupil("Chloe Surtees", "20csurtees"), pupil("Mason Dunn", "20mdunn"),
   pupil("Amy Murray", "19amurray")],
  "Theatre trip - Thursday",
  uk_date(2025, 3, 12, 11, 8),
  alt("""Hi all,

Looking forward to Thursday! Final arrangements for "Close the Coalhouse
Door" at the Wearside Playhouse:

- Meet at the Playhouse, 3 High Street West, at 6.15pm. Please don't be
  late, we have to collect the tickets together.
- The show starts at 7.00 and finishes around 9.40.
- Tickets are £12, already paid. Thank you.
- You must be picked up from the front of the theatre. Nobody walks to
  the Metro on their own.

If your lift is running late at the end, the box office stays open till
10pm on show nights and can pass a message to me: 0191 498 0152.

For GCSE and A level: think about how the play uses song and the Durham
miners' history. You'll need notes on this for your live theatre review.

Miss B

Miss E. Brannigan
Drama
Example School
""", boundary("theatre_trip"), style="outlook"),
  "Drama teacher gives pupils the theatre's address, box office number and prices")

M("clean", "off_sick_cover_staff_only",
  staff("Lindsay Charlton", "l.charlton"), [("Cover", f"cover@{SCHOOL}")],
  "Off today - cover work",
  uk_date(2025, 1, 23, 6, 52),
  Text("""Morning,

Sorry, I'm off today. I've been up all night with a sickness bug that's
going round the house. I'll ring the absence line at 7 as well.

Cover work is in the English shared drive > Cover > Charlton > 23 Jan.
P1 10E3: Of Mice and Men ch.4, questions on the sheet
P2 free
P3 8E1: reading lesson, they know the routine
P4 12A: independent NEA work. Jack G and Amy M may need chasing
P5 7E2: spelling test is in my top drawer, answers clipped to it

If anything's unclear, text me on 07700 900519 and I'll reply when I'm
conscious.

Lindsay
"""),
  "Teacher's sick-day cover mail to the staff cover mailbox includes her own mobile; no parents or pupils")

M("clean", "parents_evening_calendar_invite",
  ("Example School Office", f"office@{SCHOOL}"), [JANE], "Year 8 parents' evening - your appointments",
  uk_date(2025, 2, 3, 10, 45),
  Multi("mixed", boundary("parents_evening_ics"), [
      alt("""Dear Jane Parent,

Thank you for booking. Your appointments for Year 8 parents' evening on
Thursday 13 February are:

4.30pm  Miss Robson (Head of Year / Form tutor)
4.40pm  Ms Rahman (Maths)
4.50pm  Mrs Charlton (English)
5.05pm  Mr Dodds (PE)

Appointments are in the sports hall. Please use the Park Row entrance. A
calendar invite is attached.

If you need to change or cancel, please ring the office on 01632 960000 or
use the booking system.

Example School Office
Park Row, LS1 4AP
""", boundary("parents_evening_alt"), style="outlook"),
      Text("""BEGIN:VCALENDAR
PRODID:-//Example School//Parents Evening Booking//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:r43-pe-2025-02-13-jparent@example-school.org.uk
DTSTAMP:20250203T104500Z
DTSTART:20250213T163000Z
DTEND:20250213T171500Z
SUMMARY:Year 8 parents' evening (4 appointments)
LOCATION:Sports Hall\\, Example School\\, Park Row\\, LS1 4AP
DESCRIPTION:To change an appointment ring the school office on 01632 96000
 0.
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n"), "calendar", "base64", charset="utf-8",
           extra_ct="method=PUBLISH", filename="parents-evening.ics"),
  ]),
  "Parents' evening invite whose .ics holds the school's own address, postcode and number",
  mid_style="mailer")

M("clean", "re_teacher_declines_snapchat",
  staff("Imran Siddiqui", "i.siddiqui"), [pupil("Kian Gibson", "22kgibson")],
  "Re: snap",
  uk_date(2025, 4, 1, 13, 40),
  Text("""Hi Kian,

Thanks, it's nice of you to ask, but I don't add pupils on Snapchat or any
other social media. No teacher here does. It's not personal!

If you want to carry on the debate about whether it's ever right to break
the law (you had some good points about the miners' strike), come to
Debate Club on Wednesday lunchtime in H2. Bring your mates.

Mr Siddiqui
RE & Citizenship

> On 1 Apr 2025, at 12:58, Kian Gibson <22kgibson@pupils.example-school.org.uk> wrote:
>
> sir whats ur snap i want to send u that video about the strike
"""),
  "RE teacher refuses a Y9 pupil's request for his Snapchat",
  in_reply_to=True)
# ==========================================================================
# CLEAN, everyday school mail
# ==========================================================================

M("clean", "y7_sparx_homework",
  staff("Nadia Rahman", "n.rahman"),
  [pupil("Leah Potts", "24lpotts"), pupil("Dylan Nixon", "24dnixon"),
   pupil("Farah Ahmed", "24fahmed")],
  "Sparx homework - due Wednesday",
  uk_date(2024, 10, 7, 15, 20),
  Text("""Hi 7M3,

Your Sparx homework is set and due on Wednesday at 3pm. It's on fractions of
amounts, which we did today, so it shouldn't take more than 30-40 minutes.

Remember to write your workings in your book. If you get a bookwork check
wrong, you'll have to redo the question.

If you can't get online at home, the library is open till 4.15 every day and
you can use the computers there.

Ms Rahman
"""),
  "Maths homework reminder to Y7 pupils")

M("clean", "lost_pe_kit_reply",
  staff("Craig Dodds", "c.dodds"), [JANE], "Re: Harvey's PE kit",
  uk_date(2024, 11, 18, 12, 35),
  Text("""Hi Mrs Parent,

Good news, I've found it. A navy bag with "H.P." written on the tag was
handed in to the PE office on Friday. Boots, shorts, top, one sock (sorry,
the other one is lost forever). I've given it back to Harvey at lunch.

Might be worth putting his full name on the boots too - half of Year 8 have
the same ones.

Cheers,
Mr Dodds

On Mon, 18 Nov 2024 at 07:54, Jane Parent <jane.parent@gmail.com> wrote:
> Morning, Harvey has come home without his PE bag again, it's a navy
> Sports Direct one. Could someone have a look in the changing rooms
> please? Thanks, Jane
"""),
  "PE teacher replies to a mother about lost PE kit",
  in_reply_to=True)

M("clean", "attendance_support_meeting",
  staff("Denise Shipley", "attendance"), [SAM], "Mollie's attendance - a chat",
  uk_date(2024, 12, 3, 11, 10),
  alt("""Dear Sam,

I'm getting in touch because Mollie's attendance this term is 91.4%. I
know that doesn't sound too bad, but it works out at about half a day
missed every week, and it's mostly Mondays.

This isn't a telling off, honestly. We know Mollie has had a lot going on.
We'd just like to sit down with you and see if there's anything we can do to
help. Sometimes it's something small, like a problem with the bus or a
falling out with friends, that we can sort out quickly.

Could you come in on Tuesday 10 December at 9.15am? If that time doesn't
suit, let me know a better one. You'll be meeting me and Mrs Coulson, her
Head of Year. It'll take about half an hour, and there'll be a cuppa.

Kind regards,

Denise Shipley
Attendance Officer
Example School
Tel 01632 960000 (option 1 for absence)
""", boundary("attendance_meeting"), style="outlook"),
  "Attendance officer invites a carer to a supportive attendance meeting")

M("clean", "friday_newsletter_children_in_need",
  ("Example School", f"office@{SCHOOL}"), [JANE, SAM, ALI],
  "Friday newsletter \u2013 Children in Need, mocks and the Big Sleep Out",
  uk_date(2024, 11, 15, 15, 30),
  alt("""Dear parents and carers,

What a week! Here's our round-up.

CHILDREN IN NEED
Thank you to everyone who came in football shirts today. The Black Cats and
the Magpies were pretty evenly split, and Mr Dodds wore a half-and-half
scarf, which pleased nobody. Together we raised £1,146.20. Special thanks to
the Year 9 bake sale, which sold out by break.

YEAR 11 MOCKS
Mock exams start on Monday 18 November. The timetable has been emailed to
every Year 11 pupil and is on the website. Please make sure your child has
black pens, a scientific calculator and a clear pencil case. A good night's
sleep is better than a last-minute all-nighter!

BREAKFAST CLUB
Breakfast club is free for every pupil, every day from 7.45. This term we've
served over 9,000 breakfasts. Thank you to the local supermarkets and
bakeries who donate.

BIG SLEEP OUT
Our sixth formers will be sleeping out on the school field on Friday 29th to
raise money for a homeless charity in the city. You can sponsor them online.
Links will be on the website next week.

DATES FOR YOUR DIARY
Thu 28 Nov: Year 13 parents' evening, 4.30-7pm
Fri 6 Dec: Christmas jumper day (£1)
Wed 11 Dec: Christmas concert, 6.30pm
Fri 20 Dec: term ends at 1.30pm

Have a lovely weekend,

Dr Helen Maddison
Headteacher

Example School, Park Row, LS1 4AP
01632 960000 | office@example-school.org.uk
""", boundary("newsletter_cin"), style="outlook"),
  "Weekly newsletter to parents (football shirts, mocks, breakfast club, dates)",
  mid_style="mailer")

M("clean", "staff_briefing_monday",
  ("Helen Maddison", f"head@{SCHOOL}"), [("All Staff", f"allstaff@{SCHOOL}")],
  "Briefing notes - w/c 13 January",
  uk_date(2025, 1, 13, 7, 31),
  Text("""Morning all,

Notes in place of briefing, as the hall is still being used for the Year 13
mocks.

1. Thank you for last week. Two snow days and a boiler failure, and you
   still got work on Teams for every class. I know it was a lot.
2. Learning walks this week will focus on retrieval practice starters. No
   judgements, no notes to individuals, we're looking at patterns.
3. Duty rota is unchanged, but please cover the top field gate at the end of
   the day. We've had reports of Year 9s going off the back way to the shops.
4. Breakfast club is short of volunteers on Tuesday and Thursday. If you can
   do 7.45-8.15 even once a fortnight, please tell Joanne.
5. Safeguarding: remember that all concerns go on CPOMS the same day,
   however small they seem. If you're unsure, speak to Andrea or one of the
   deputy DSLs.
6. Derby week: the FA Cup tie is on Sunday. Please keep the banter in
   form rooms friendly, and step in quickly if it stops being banter.

Have a good week,
Helen

Dr Helen Maddison
Headteacher
"""),
  "Headteacher's staff-only briefing notes")

M("clean", "cover_request_for_trip",
  staff("Mark Elliott", "m.elliott"), [("Cover", f"cover@{SCHOOL}")],
  "Cover needed - Weds 5 March (Y12 trip)",
  uk_date(2025, 2, 26, 16, 12),
  Text("""Hi,

I'm taking the Year 12 chemists to the university labs on Wednesday 5th
March for the analytical chemistry day (trip form signed off by Paul last
week), so I'll need cover for:

P1 11C2 (S14) - revision booklet, in the tray on my desk
P2 9C1 (S14) - rates of reaction worksheet + video link on Teams
P4 10C3 (S12) - past paper Q1-6, mark schemes in the filing cabinet

P3 and P5 are my Year 12 groups, who'll be with me.

All work will be on the Science shared drive by Monday night.

Thanks,
Mark
"""),
  "Teacher's staff-only cover request for a trip day")

M("clean", "y10_report_comments_deadline",
  staff("Lisa Carr", "l.carr"), [("All Staff", f"allstaff@{SCHOOL}")],
  "Year 10 reports - comments deadline Friday",
  uk_date(2025, 3, 20, 13, 5),
  alt("""Hi all,

A reminder that Year 10 report comments and grades need to be in Arbor by
4pm on Friday 28 March. Reports go home on Friday 4 April.

A few things from last time:
- Please check the working-at grade matches the comment. Several said
  "working at a strong grade 6" next to a 4.
- Keep comments to 400 characters. Anything longer is cut off on the PDF.
- Use the pupil's preferred name (it's in the column next to their legal
  name).
- No abbreviations parents won't understand (NEA, WAG, etc.)

Your completion percentage shows in the dashboard. Heads of department,
please chase your teams from Wednesday.

Thanks,
Lisa

Lisa Carr
Data Manager
Example School
""", boundary("report_deadline"), style="outlook"),
  "Data manager reminds staff about report deadlines")

M("clean", "harvey_good_week_update",
  staff("Gemma Robson", "g.robson"), [JANE], "Harvey - a good news email!",
  uk_date(2025, 3, 14, 15, 40),
  Text("""Dear Mrs Parent,

I wanted to get in touch with some good news for a change. Harvey has had
his best fortnight since September - no behaviour points, three
commendations, and Mr Dodds says he was man of the match for the U13s on
Saturday (apparently a "worldie" from outside the box, I'm told I had to be
there).

He's been using his early pass sensibly and he's stopped coming to me every
lunchtime, which I take as a good sign that he's settled with his new group
of friends.

We'll keep the plan as it is until Easter and then review it together. Well
done to him, and to you, I know it's been a lot of work at home too.

Have a lovely weekend,

Miss Gemma Robson
Head of Year 8
Example School | Park Row | LS1 4AP
Tel: 01632 960000
"""),
  "Head of Year sends a mother good news about her son")

M("clean", "macbeth_essay_feedback",
  staff("Lindsay Charlton", "l.charlton"), [pupil("Chloe Surtees", "20csurtees")],
  "Your Macbeth essay",
  uk_date(2024, 10, 17, 16, 45),
  Text("""Hi Chloe,

I've marked your Macbeth essay. Well done, it's a solid grade 6 and the
best thing you've written for me.

What went well: your paragraph on "full of scorpions is my mind" was
excellent. You zoomed in on the language and linked it to his guilt and
paranoia.

To improve: you need more on context. One sentence about King James and the
Gunpowder Plot would have pushed that paragraph into the top band.
Also, watch your conclusion. It just repeats the introduction.

Have a look at the comments on Teams and do the redraft task on the last
paragraph by next Thursday.

Mrs Charlton
"""),
  "English teacher gives a Y11 pupil essay feedback")

M("clean", "glass_centre_heritage_walk_consent",
  staff("Dan Forster", "d.forster"), [JANE], "Year 8 trip - National Glass Centre and riverside heritage walk",
  uk_date(2025, 4, 3, 12, 0),
  Multi("mixed", boundary("glass_centre"), [
      alt("""Dear parent/carer,

As part of the Year 8 history unit on industry in the North East, we're
taking every Year 8 class on a half-day visit to the National Glass Centre,
followed by a guided heritage walk along the river past the old shipyard
sites.

Pupils will learn about how Sunderland was once the biggest shipbuilding
town in the world, see where the last ship was launched in 1988, and have a
go at a glass-blowing demonstration.

Date: Tuesday 29 April (8H1, 8H2) or Wednesday 30 April (8H3, 8H4)
Cost: free. Travel is by Metro, paid for by the school.
Lunch: pupils should bring a packed lunch. Free school meal pupils will be
given one by the kitchen.

Please complete the consent form on the attached letter or via ParentPay by
Friday 25 April.

Thank you,

Dan Forster
History / Trips Coordinator
Example School, Park Row, LS1 4AP | 01632 960000
""", boundary("glass_centre_alt"), style="outlook"),
      Binary(make_pdf([
          "Year 8 Visit - National Glass Centre and Riverside Heritage Walk",
          "Tuesday 29 / Wednesday 30 April 2025",
          "Consent slip - please return by Friday 25 April",
          "Pupil name: ____________________  Form: ______",
          "Signed (parent/carer): ____________________",
      ], "Y8 Glass Centre consent"), "application/pdf", "Y8 Glass Centre letter and consent.pdf"),
  ]),
  "History trip consent letter to a mother with PDF")

M("clean", "sixth_form_university_visits",
  staff("Steven Lumsden", "s.lumsden"), [ALI], "Jack - university taster days",
  uk_date(2025, 6, 18, 16, 20),
  Text("""Dear Mr Guardian,

Thank you for coming to the Year 12 Futures evening last night. It was good
to see so many families there.

As promised, here are the taster days Jack mentioned he was interested in:

- Mechanical engineering taster, Newcastle: Tuesday 1 July
  (school will release him, and he can travel with two others)
- Civil engineering summer school, Durham: 14 to 16 July (residential,
  applications close this Friday, so he needs to get a move on!)

He's also eligible for the university partners programme, which can mean a
lower offer. I've put his name forward and he'll hear in September.

I know Jack's also weighing up the apprenticeship route with Mr Hussain.
That's great. There's no wrong answer, and he's clearly thinking carefully.

Kind regards,

Steven Lumsden
Head of Sixth Form
Example School Sixth Form
Park Row, LS1 4AP
01632 960000
"""),
  "Head of Sixth Form sends a father details of university taster days")

M("clean", "sen_review_notes_pdf",
  ("Siobhán Tully", f"s.tully@{SCHOOL}"), [JANE], "Notes from Harvey's review",
  uk_date(2025, 3, 10, 9, 34),
  Multi("mixed", boundary("sen_notes"), [
      Text("""Dear Jane,

Thank you for joining us on Friday. I've attached the notes from the
meeting. Please have a read and let me know if I've missed anything or got
anything wrong before I send them to the local authority on Friday.

The main points:
- Harvey will keep his reader and extra time for tests and exams.
- We'll move his in-class support from English to Maths after Easter.
- The EP will observe him in a science lesson in the summer term.
- We'll trial the movement breaks card in the afternoons.

He did so well speaking up in the meeting. He told us exactly what helps
and what doesn't, which not many Year 8s could do.

Kind regards,

Siobhán Tully
SENCo
Example School | Park Row | LS1 4AP
01632 960000
""", cte="8bit"),
      Binary(make_pdf([
          "Annual Review - notes of meeting, 7 March 2025",
          "Present: parent, SENCo, TA, Educational Psychologist, pupil (part)",
          "Outcomes reviewed: literacy, social communication, independence",
          "Actions: see summary in covering email",
      ], "Annual review notes"), "application/pdf", "Annual review notes 07.03.25.pdf"),
  ]),
  "SENCo sends annual review notes to a mother; encoded From name, 8bit body, PDF")

M("clean", "christmas_concert_rehearsals",
  staff("Rachel Armstrong", "r.armstrong"),
  [pupil("Evie Watson", "23ewatson"), pupil("Riya Patel", "21rpatel"),
   pupil("Lewis Kerr", "19lkerr")],
  "Christmas concert \u2013 rehearsal schedule \U0001F384",
  uk_date(2024, 12, 2, 13, 15),
  Text("""Hi everyone,

Ten days to go! Here's the rehearsal plan for concert week. Please put it in
your planners.

Mon 2nd   lunch    Choir (M1)
Tue 3rd   3.15–4.30   Band + soloists (hall)
Thu 5th   3.15–4.30   Full run-through, EVERYONE
Mon 9th   3.15–5.00   Tech rehearsal in the hall, everyone
Wed 11th  5.45pm   Arrive for the concert (starts 6.30)

Black top and black trousers or skirt for the concert. Red tinsel optional
but encouraged.

Lewis, you're opening the second half with "Blaydon Races" and the whole
audience will be joining in, so give it some welly.

Miss Armstrong
""", cte="8bit"),
  "Music teacher sends rehearsal schedule to pupils; encoded emoji subject, 8bit")

M("clean", "bugsy_rehearsal_call",
  staff("Ellie Brannigan", "e.brannigan"),
  [pupil("Evie Watson", "23ewatson"), pupil("Josh Hall", "22jhall"),
   pupil("Leah Potts", "24lpotts")],
  "Bugsy - rehearsals next week",
  uk_date(2025, 1, 17, 15, 25),
  alt("""Hi Bugsy cast,

What a brilliant rehearsal on Thursday. "Fat Sam's Grand Slam" is starting
to look like an actual dance routine and not a fire drill.

Next week:
Tuesday 3.15-4.45: Act 1 scenes 1-4 (Fat Sam's gang, Blousey, Bugsy)
Thursday 3.15-5.00: full Act 1, lines learned please!

Josh, you need to be off book for your scenes by Thursday. No scripts on
stage from then on.

Evie and Leah, Mrs Heslop needs you in the textiles room at Monday lunchtime
for a costume fitting.

If you can't make a rehearsal, tell me in person or email me BEFORE, not
after.

Miss B

Miss E. Brannigan
Drama
Example School
""", boundary("bugsy_call"), style="outlook"),
  "Drama teacher's rehearsal schedule to cast members")

M("clean", "dofe_bronze_kit_list",
  staff("Chris Gowland", "c.gowland"),
  [pupil("Riya Patel", "21rpatel"), pupil("Sophie Craggs", "21scraggs")],
  "DofE Bronze practice expedition - kit list",
  uk_date(2025, 4, 24, 16, 5),
  alt("""Hi both, and hello to parents and carers on copy,

The Bronze practice expedition is the weekend of 10-11 May, in the
Cheviots. We set off from school at 7.30am on the Saturday and we'll be back
around 4pm on the Sunday.

Kit list (please check everything off, don't just trust your memory):
- Rucksack (55-65 litres). School has some to lend, ask by Friday
- Sleeping bag and roll mat
- Waterproof jacket AND trousers. It will rain, this is Northumberland
- Walking boots that are already worn in (no brand new boots, please!)
- Warm layers, hat, gloves, spare socks (lots)
- Water bottle (2 litres between bottles)
- Food for two lunches and snacks. The group will plan the evening meal
  and breakfast together on Thursday
- Any medication, in a labelled bag, handed to staff on the morning

No phones on the walk itself, they go in the emergency bag.

Kit check is Thursday 8th after school in G4.

Mr Gowland
Geography / DofE Manager
Example School, Park Row, LS1 4AP
""", boundary("dofe_kit"), style="outlook"),
  "DofE kit list to Y10 pupils with a carer copied",
  cc=[SAM])

M("clean", "christmas_jumper_foodbank_appeal",
  ("Example School Office", f"office@{SCHOOL}"), [JANE, SAM, ALI],
  "Christmas jumper day and foodbank collection",
  uk_date(2024, 12, 6, 8, 5),
  Text("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Dear families,</p>
<p>It's <b>Christmas Jumper Day</b> on Friday 13 December. Pupils can wear a Christmas jumper with their uniform for a &pound;1 donation to Save the Children. If you haven't got one, don't go out and buy one. Tinsel, a Santa hat or a Rudolph nose is just as good!</p>
<p>This year we are also running a <b>reverse advent calendar</b> for the local foodbank. Each form has a box, and we'd be really grateful for:</p>
<ul>
<li>tinned meat and fish</li>
<li>UHT milk and fruit juice</li>
<li>tinned potatoes and veg</li>
<li>toiletries (deodorant, toothpaste, sanitary products)</li>
<li>selection boxes for the bairns</li>
</ul>
<p>Last year Example School families filled 47 crates. Let's beat it!</p>
<p>Thank you, as always, for your generosity.</p>
<p>Example School Office<br>Park Row, LS1 4AP<br>01632 960000</p>
</body></html>
""", "html", "quoted-printable"),
  "HTML-only Christmas jumper day and foodbank appeal",
  mid_style="mailer")

M("clean", "y11_mock_timetable",
  ("Exams Office", f"exams@{SCHOOL}"),
  [pupil("Chloe Surtees", "20csurtees"), pupil("Mason Dunn", "20mdunn")],
  "Year 11 mock timetable",
  uk_date(2024, 11, 1, 14, 50),
  Multi("mixed", boundary("mock_tt"), [
      Text("""Dear Year 11,

Your mock exam timetable is attached. Mocks run from Monday 18 November to
Friday 29 November. Normal lessons carry on around them.

Please:
- check it for clashes and tell me by Friday 8 November
- arrive 10 minutes before every exam
- bring black pens and the right equipment (calculator for maths/science,
  clean copy of An Inspector Calls is NOT allowed)
- leave phones and smartwatches in your bag at the front of the hall.
  A watch on your wrist in the real exams can mean disqualification.

Pauline Errington
Exams Officer
Example School
01632 960000
"""),
      Binary(make_pdf([
          "Year 11 Mock Examinations - November 2024",
          "Mon 18 Nov 09:00 English Language P1 (1h45) Sports Hall",
          "Mon 18 Nov 13:00 Biology P1 (1h45) Sports Hall",
          "Tue 19 Nov 09:00 Maths P1 non-calculator (1h30) Sports Hall",
          "Wed 20 Nov 09:00 History P1 (2h) Dining Hall",
      ], "Y11 mock timetable"), "application/pdf", "Y11 mocks timetable Nov 2024.pdf"),
  ]),
  "Exams officer sends Y11 mock timetable PDF")

M("clean", "phone_confiscated_detention",
  staff("Bernie Coulson", "b.coulson"), [SAM], "Mollie - detention tomorrow",
  uk_date(2025, 2, 27, 14, 25),
  Text("""Dear Sam,

I'm letting you know that Mollie has a 30-minute detention tomorrow,
Friday, from 3.05 to 3.35pm in H1.

Her phone was out in science this morning, and when Mr Elliott asked for
it, she refused and walked out of the lesson. She's since apologised to him,
which I was pleased about, and the phone was returned at the end of the day.

I know she's been really anxious about messages from a group of girls, and
I think that's why she didn't want to give it up. I've spoken to her about
this, and we'll be looking into the messages separately. She's not in any
trouble for that part.

If the detention causes a problem with getting home, please let me know
today.

Kind regards,

Mrs B Coulson
Head of Year 10
Example School
"""),
  "Head of Year informs a carer of a detention")

M("clean", "maths_department_minutes",
  staff("Nadia Rahman", "n.rahman"), [("Maths Department", f"maths@{SCHOOL}")],
  "Dept meeting notes 29/01",
  uk_date(2025, 1, 29, 17, 2),
  Text("""Hi all, notes from tonight. Shout if I've missed anything.

Present: NR, JB, SK, TW, AL (apologies: MP)

1. Y11 mocks analysis: paper 2 topic gaps are still vectors and
   histograms. JB to put together a 6-week starter plan. SK to share the
   QLA spreadsheet by Friday.
2. Y9 setting: moving 3 pupils up from set 3 after Easter. Names on the
   shared sheet. Parents will be told by HoY letter, not by us.
3. Sparx: completion is 84% overall but 61% in Y10. TW to check whether
   it's a few groups or across the board.
4. Breakfast club maths: two Y11 intervention groups will start meeting at
   breakfast club on Tue/Thu. Kids are in school anyway and get fed. AL to
   run it.
5. Resources: new calculators arrived. Please don't let them walk!

Next meeting: 26 Feb, room M4.

Nadia
"""),
  "Maths department meeting minutes, staff-only")

M("clean", "apprenticeship_fair_invite",
  staff("Tariq Hussain", "t.hussain"),
  [pupil("Mason Dunn", "20mdunn"), pupil("Lewis Kerr", "19lkerr"),
   pupil("Tom McDonald", "18tmcdonald")],
  "Apprenticeships fair - next Wednesday",
  uk_date(2025, 2, 24, 9, 10),
  alt("""Hi all,

As you've all told me you're interested in apprenticeships, I want you at
the fair in the sports hall next Wednesday, 5 March, from 1pm to 3pm.
You'll be released from period 5.

We've got 22 employers coming, including:
- two offshore wind and subsea engineering firms from the Tyne
- the car plant and three of its suppliers
- the NHS trust (healthcare science and estates)
- local councils (surveying, IT, finance)
- a couple of the big building firms

Bring a copy of your CV if you have one. If you don't, come and see me this
week and we'll sort one. Dress smartly: if you're in uniform, top button
done up. Sixth form, no hoodies.

Have three questions ready for every employer you talk to. I'll be checking!

Tariq Hussain
Careers Leader
Example School, Park Row, LS1 4AP
01632 960000
""", boundary("apprentice_fair"), style="outlook"),
  "Careers leader invites pupils to an apprenticeships fair")

M("clean", "titration_question_reply",
  staff("Mark Elliott", "m.elliott"), [pupil("Amy Murray", "19amurray")],
  "Re: titration calc",
  uk_date(2024, 11, 7, 12, 20),
  Text("""Hi Amy,

Nearly. You've done the moles of NaOH right (0.0235 dm3 x 0.100 mol dm-3
= 0.00235 mol). But you've forgotten the 1:2 ratio in the equation. It's a
diprotic acid, so moles of H2SO4 = 0.00235 / 2 = 0.001175 mol.

Then concentration = 0.001175 / 0.0250 = 0.0470 mol dm-3. Always go back to
the balanced equation before you do the ratio step.

Good question though. Half the class will have made the same mistake.

Mr Elliott

> On 7 Nov 2024, at 11:02, Amy Murray <19amurray@pupils.example-school.org.uk> wrote:
>
> sir for q3 on the titration sheet i got 0.094 but the answer says 0.047?
"""),
  "Chemistry teacher answers a pupil's homework question",
  in_reply_to=True)

M("clean", "governors_heads_report",
  ("Helen Maddison", f"head@{SCHOOL}"), [("Governors", f"governors@{SCHOOL}")],
  "Head's report for the FGB - 27 March",
  uk_date(2025, 3, 24, 18, 45),
  Text("""Dear Governors,

Please find my report for Thursday's full governing body meeting on the
governors' area of SharePoint. A summary of the main points:

- Attendance is 92.8% year to date (national figure for similar schools
  around 91%). Persistent absence is down 3 points on last year but remains
  our biggest priority, especially in Year 10.
- Breakfast club now feeds around 210 pupils a day. The funding partnership
  runs until July 2026. We'll need to discuss how to sustain it after that.
- Year 11 mock outcomes: English and maths 4+ at 68%, in line with our
  targets; science behind, and a recovery plan is in place.
- Staffing: one resignation (science, leaving in July), and we've appointed
  to the second DT post.
- Behaviour: suspensions are down, but we've seen more incidents linked to
  social media outside school, particularly around derby weekends.

I'm happy to take questions on any of this before the meeting.

Kind regards,
Helen

Dr Helen Maddison
Headteacher
Example School
"""),
  "Headteacher's report to governors, staff/governors only")

M("clean", "inset_day_reminder",
  ("Example School Office", f"office@{SCHOOL}"), [JANE, SAM, ALI],
  "Reminder: INSET day Monday 22 April - school closed to pupils",
  uk_date(2025, 4, 17, 12, 30),
  Text("""Dear parents and carers,

A reminder that school will be closed to pupils on Monday 22 April for a
staff training day. Pupils return on Tuesday 23 April at the normal time.

Breakfast club will not run on the INSET day but will be open as usual from
Tuesday.

We hope you all have a lovely Easter break.

Example School Office
Park Row, LS1 4AP
01632 960000
"""),
  "Short INSET day reminder to parents",
  mid_style="mailer")

M("clean", "blazer_size_reply",
  ("Example School Office", f"office@{SCHOOL}"), [SAM], "Re: blazer",
  uk_date(2024, 9, 5, 10, 2),
  Text("""Hi Sam,

Yes, we've got a 34" in the second-hand uniform rail. I'll put it aside
for Mollie and she can collect it from reception at break. No charge.

Karen
"""),
  "Two-line office reply about second-hand uniform",
  in_reply_to=True)

M("clean", "reading_intervention_progress",
  staff("Kayleigh Young", "k.young"), [SAM], "Mollie's reading - end of block update",
  uk_date(2025, 5, 20, 15, 15),
  alt("""Hi Sam,

We've finished the 10-week reading block, so here's a quick update as
promised.

Mollie's reading age has gone up from 10 years 8 months to 12 years 2
months, which is a massive jump. She's reading much more fluently out loud
and she's stopped skipping the longer words.

What's really helped is that she chose the books herself. She flew through
the football one and the one about the shipyard girls in the war. She's
borrowed the next in the series from the library.

From next half term she'll come out of the intervention group, but I'll
still check in with her once a week in English. If you can keep her reading
for ten minutes a night, even magazines or the match programme, that keeps
it going.

Thanks for all your support at home,
Kayleigh

Kayleigh Young
Teaching Assistant (Literacy)
Example School
""", boundary("reading_update"), style="outlook"),
  "TA sends a carer a reading intervention progress update")

M("clean", "y7_transition_primary_senco",
  staff("Ryan Pickering", "r.pickering"),
  [("Hylton Bank Primary SENCo", "senco@hyltonbank.example.org")],
  "Transition - Year 6 pupils joining us in September",
  uk_date(2025, 6, 5, 11, 40),
  Text("""Dear Mrs Atkinson,

Thank you for sending through the transition forms for your 14 Year 6 pupils
joining us in September.

Our transition days are Tuesday 1 and Wednesday 2 July. Your pupils will be
in 7P3 and 7P4, and we've kept at least two friends together in each
group, as you asked.

For the four pupils you flagged as needing an enhanced transition, I'd like
to arrange an extra visit on Thursday 19 June at 1.30pm. They can come with
a member of your staff and have a smaller tour, meet their form tutor and
see the dining hall and the breakfast club when it's quiet. Our SENCo,
Mrs Tully, will join us.

Could you let me know if that date works? Also, please use the secure
transfer system for the safeguarding files, not email.

Kind regards,

Ryan Pickering
Head of Year 7 & Transition
Example School, Park Row, LS1 4AP
Tel: 01632 960000
"""),
  "Head of Year 7 writes to a primary school SENCo about transition")

M("clean", "school_council_minutes",
  staff("Paul Hetherington", "p.hetherington"),
  [pupil("Farah Ahmed", "24fahmed"), pupil("Josh Hall", "22jhall"),
   pupil("Lewis Kerr", "19lkerr")],
  "School council - minutes and actions",
  uk_date(2025, 2, 7, 15, 45),
  alt("""Hi school council,

Thank you for a really productive meeting on Wednesday. Here are the
minutes. Please share them with your form groups at registration on Monday.

1. Toilets: the Year 7-9 block now has soap and locks on every door. Mr
   Ridley has fixed it. Please keep reporting problems.
2. Lunch queues: from after half term, Years 7 and 8 will go first on
   Mondays and Wednesdays, and Years 9 and 10 on Tuesdays and Thursdays. Friday stays as it is.
3. Water fountains: two more will be fitted near the PE block in April.
4. Charity: you voted for the local hospice for the spring term and the
   breakfast club for the summer.
5. Football cages: the Year 10 lads are taking over the pitch at break. Mr
   Dodds will set up a rota.

Next meeting: Wednesday 5 March, H3, lunchtime. Pizza provided!

Mr Hetherington
""", boundary("council_minutes"), style="outlook"),
  "Deputy head sends school council minutes to pupil reps")

M("clean", "girls_football_trials",
  staff("Hannah Ord", "h.ord"),
  [pupil("Leah Potts", "24lpotts"), pupil("Evie Watson", "23ewatson"),
   pupil("Sophie Craggs", "21scraggs")],
  "Girls' football - trials next week!",
  uk_date(2024, 9, 11, 12, 55),
  Text("""Hi girls,

Thanks for signing up. Girls' football trials are next week:

Years 7 & 8 – Tuesday 17th, 3.10–4.15, on the 3G
Years 9 & 10 – Thursday 19th, 3.10–4.15, on the 3G

Bring boots or astros, shin pads, a water bottle, and something warm. It's
September, so it'll either be roasting or blowing a gale.

No experience needed. If you've kicked a ball in the park, come along.
Last year's U14s reached the county semi-final, and two of our girls are now
in the regional academy, so the sky's the limit.

Haway the lasses!
Miss Ord
""", cte="8bit"),
  "PE teacher announces girls' football trials to pupils")

M("clean", "password_reset_pupil",
  staff("Liam Scott", "l.scott"), [pupil("Dylan Nixon", "24dnixon")], "Your login",
  uk_date(2024, 9, 19, 10, 48),
  Text("""Hi Dylan,

I've reset your password. Your temporary one is on the slip your form
tutor will give you at registration. You'll be asked to change it the first
time you log in.

Please don't write the new one on your planner this time!

Mr Scott
IT / Computing
"""),
  "Short IT mail to a Y7 pupil about a password reset")

M("clean", "thank_you_bakery_donation",
  staff("Joanne Wake", "j.wake"), [ALI], "Thank you!",
  uk_date(2025, 1, 10, 9, 30),
  Text("""Dear Ali,

I just wanted to say a huge thank you for the bread and stotties the bakery
dropped off this morning. The kitchen staff were made up, and we went
through the lot before the bell. The cheese scones went down a treat with
the Year 11s who came in early for revision.

Jack mentioned the bakery might be able to do this every Friday. If that's
the case, it would make a real difference. We're feeding over 200 bairns a
morning now, and bread is always the thing we run out of first.

Would you like us to mention the bakery in the school newsletter? Just let
me know. Either way is absolutely fine.

Thanks again,
Joanne

Joanne Wake
Family Support & Breakfast Club
Example School
01632 960000
"""),
  "Breakfast club coordinator thanks a father for a bakery donation")
# ==========================================================================
# output
# ==========================================================================
README = """# Round 43 hold-out corpus: personal-address-to-parent

**BLIND HOLD-OUT SET. NEVER USE FOR TUNING.** These messages were written
without looking at mailguard's code, rules, tests or docs. Do not adjust rules
or code to make these particular files pass. If a result is wrong here, fix
the general cause, and check that fix against other data.

## What it is

There are 80 RFC 5322 messages (`NNN_<flag|clean>_<slug>.eml`) for the policy
rule that staff must not give pupils or parents their own personal
contact details. That means a personal mobile or home phone, a personal
e-mail, a home address, or an invitation to a private channel such as
WhatsApp, Instagram, Facebook, TikTok, Discord or Signal.

The setting for round 43 is an 11-18 academy on the Sunderland/Newcastle
fringe. The mail includes Geordie and Mackem words, football on both sides of
the derby, shipbuilding and mining heritage, and a free breakfast scheme. The
school's own details are `01632 960000`, `LS1 4AP` and `@example-school.org.uk`.
Pupils are `@pupils.example-school.org.uk`. The three known parents are
jane.parent@gmail.com, sam.carer@outlook.com and ali.guardian@btinternet.com.

`labels.csv` has these columns: `file,expected,sender,recipients,note`. The
sender is the envelope sender (the staff From address). Recipients are the
To and Cc addresses, separated by spaces. Judgement calls are marked `[unsure]`.

## How it was made, how to regenerate

The messages are written by hand as data in `../make_round43_personal.py`
(Python 3.11, standard library only). The MIME is built as raw text, with
fixed dates, Message-IDs and boundaries, so the output is byte-identical on
every run:

    python3 tests/holdout/round43/make_round43_personal.py

All phone numbers are in Ofcom's drama ranges. That includes 0191 498 0xxx
for the north-east landlines, and the 0808 157 0xxx freephone range. Third-party
organisations use example.com, example.org or example.net. Every name,
street and personal mailbox is invented.

## Counts

| expected | count |
|----------|------:|
{count_rows}
| **total** | **{total}** |

## Kinds of case

Flag (staff to at least one parent or pupil, with the sender's own details):
- a personal mobile in the body, in +44, 0044, dotted, bracketed or plain
  form, or split over a line break or a quoted-printable soft break
- a home landline in HTML, separated by `&nbsp;`
- a home address, with and without a postcode
- a personal e-mail in the body, in the Cc, or as the Reply-To
- contact details only in an attachment (a vCard, or an .ics invite)
- a mobile number only in a base64 RFC 2047 subject
- invitations to WhatsApp, Signal, Instagram (base64 body), Facebook
  friend requests, TikTok and Discord

Clean, hard negatives:
- school-owned trip, duty and absence-text mobiles, stated as such
- the school's own number or postcode in signatures, vCards and .ics
- the parent's or pupil's own details read back, or quoted in Outlook or
  Gmail reply blocks
- third parties: coach firm, field centre, helplines, community pantry,
  another school, a theatre box office, an exchange host family, a
  work-experience employer, a colleague's official direct line
- numbers that are not phones: candidate, centre and UCI numbers, a sort code
  and account number, a Teams meeting ID and dial-in, ISBNs, prices, dates and
  times
- staff-only mail with personal details (HR to the payroll provider, the staff
  Christmas do, a sick-day cover mail, a colleague's mobile for the minibus)
- e-safety advice that names apps, and staff refusing to share a number,
  join a parents' WhatsApp group or add a pupil on Snapchat

Clean, everyday: newsletters, homework, trip letters, reports, SEN reviews,
meeting notes, attendance, detentions, careers, breakfast club, transition,
rehearsals and football.
"""


def addr_of(p):
    return p[1]


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    msgs = sorted(MESSAGES, key=lambda m: hashlib.sha1(("order43:" + m["slug"]).encode()).hexdigest())
    assert len({m["slug"] for m in msgs}) == len(msgs)
    rows = []
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(render(m))
        rcpts = " ".join(addr_of(p) for p in m["to"] + m["cc"])
        rows.append([fname, m["label"], addr_of(m["frm"]), rcpts, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    count_rows = "\n".join(f"| {k} | {counts.get(k, 0)} |" for k in ("flag", "clean"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.replace("{count_rows}", count_rows).replace("{total}", str(len(rows))))
    print(f"wrote {len(rows)} messages to {OUT}: {counts}")


if __name__ == "__main__":
    main()
