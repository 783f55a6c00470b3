#!/usr/bin/env python3
"""Round 46 blind hold-out corpus, module "obscene-language".

Setting: a rural 11-18 secondary in the Scottish Highlands and Islands with a
Gaelic-medium unit and a school hostel for island pupils.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, and the order is
fixed by a seeded shuffle, so two runs give byte-identical output.

    python3 tests/holdout/round46/make_round46_obscene.py

BLIND: written without reading the filter's code, rules or tests.  Never use it
for tuning.
"""
import base64
import csv
import html
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
D = "example-school.org.uk"
P = "pupils.example-school.org.uk"

GMT = timezone.utc
BST = timezone(timedelta(hours=1))


def when(m, d, h, mi, s=0):
    tz = BST if (m, d) >= (3, 30) else GMT
    return datetime(2025, m, d, h, mi, s, tzinfo=tz)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
STAFF = {
    "head": ("Catriona MacLeod", "c.macleod"),
    "depute": ("Fiona Beaton", "f.beaton"),
    "dsl": ("Child Protection (DSL)", "dsl"),
    "hostel": ("Donnie MacAulay", "d.macaulay"),
    "night": ("Marion Kerr", "m.kerr"),
    "gme": ("Mairead NicLeòid", "m.nicleoid"),
    "gaelic": ("Seonag MacDonald", "s.macdonald"),
    "outdoor": ("Alasdair Matheson", "a.matheson"),
    "chem": ("Rachel Okafor", "r.okafor"),
    "pe": ("Tom Brennan", "t.brennan"),
    "english": ("Kirsty Sutherland", "k.sutherland"),
    "maths": ("Callum Nicolson", "c.nicolson"),
    "office": ("Eilidh Campbell", "office"),
    "attend": ("Janet Ross", "attendance"),
    "bio": ("Ewan Grant", "e.grant"),
    "janitor": ("Gordon Fraser", "g.fraser"),
    "asn": ("Priya Nair", "p.nair"),
    "history": ("Hamish Munro", "h.munro"),
    "ml": ("Anna Kowalska", "a.kowalska"),
    "rural": ("Ruaridh Mackay", "r.mackay"),
    "rmps": ("Lorna Dick", "l.dick"),
    "guid": ("Neil Cockburn", "n.cockburn"),
    "senior": ("Stuart Rankin", "s.rankin"),
    "nurse": ("Morag Gunn", "m.gunn"),
    "music": ("Peter Hancock", "p.hancock"),
    "comp": ("Jamie Stewart", "j.stewart"),
    "he": ("Shona MacInnes", "s.macinnes"),
    "geog": ("Finlay Ross", "f.ross"),
    "catering": ("Agnes Mackintosh", "catering"),
    "library": ("Ishbel Morrison", "library"),
}


def st(key):
    name, local = STAFF[key]
    return (name, f"{local}@{D}")


def grp(local, name=None):
    return (name, f"{local}@{D}")


def pup(local, name=None):
    return (name, f"{local}@{P}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended for the\n"
    "addressee only. If you have received it in error please tell the sender\n"
    "and delete it. Example School, Park Row, LS1 4AP. Tel 01632 960000.\n"
)


# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
def _qword(chunk):
    out = []
    for b in chunk.encode("utf-8"):
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(s, enc="B"):
    """RFC 2047 encoded words (UTF-8), folded, each word well under 75 chars."""
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 30:
            chunks.append(cur)
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    if enc == "B":
        words = ["=?UTF-8?B?%s?=" % base64.b64encode(c.encode()).decode() for c in chunks]
    else:
        words = ["=?UTF-8?Q?%s?=" % _qword(c) for c in chunks]
    return "\n ".join(words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    if not is_ascii(name):
        return f"{ew(name)} <{addr}>"
    if any(c in name for c in ',.()<>@;:"[]'):
        return '"%s" <%s>' % (name.replace('"', ""), addr)
    return f"{name} <{addr}>"


def fold_list(pairs):
    return ",\n ".join(fmt_addr(p) for p in pairs)


def encode_body(text, cte):
    raw = text.encode("utf-8")
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit body has non-ASCII"
        body = raw
    elif cte == "8bit":
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    for line in body.split(b"\n"):
        assert len(line) <= 998
    if not body.endswith(b"\n"):
        body += b"\n"
    return body


def text_part(text, subtype="plain", cte="7bit", charset="utf-8"):
    if not text.endswith("\n"):
        text += "\n"
    hdrs = [
        f'Content-Type: text/{subtype}; charset="{charset}"',
        f"Content-Transfer-Encoding: {cte}",
    ]
    return (hdrs, encode_body(text, cte))


def attach(data, ctype, filename, cte="base64"):
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "7bit":
        body = data if data.endswith(b"\n") else data + b"\n"
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    hdrs = [
        f'Content-Type: {ctype}; name="{filename}"',
        f'Content-Disposition: attachment; filename="{filename}"',
        f"Content-Transfer-Encoding: {cte}",
    ]
    return (hdrs, body)


def multipart(subtype, parts, boundary):
    hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"']
    b = boundary.encode()
    body = b""
    for ph, pb in parts:
        body += b"--" + b + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b + b"--\n"
    return (hdrs, body)


def fake_pdf(title, lines):
    """A small, valid one-page PDF with some text (deterministic)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 780
    ops = ["BT", "/F1 14 Tf", f"50 {y} Td", f"({esc(title)}) Tj", "/F1 10 Tf"]
    for ln in lines:
        ops.append("0 -16 Td")
        ops.append(f"({esc(ln)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# --------------------------------------------------------------------------
# text -> HTML, in the style of Outlook or Gmail
# --------------------------------------------------------------------------
def _segments(lines):
    segs = []
    for ln in lines:
        kind = "q" if ln.startswith(">") else "t"
        if segs and segs[-1][0] == kind:
            segs[-1][1].append(ln)
        else:
            segs.append((kind, [ln]))
    return segs


def _strip_q(ln):
    ln = ln[1:]
    return ln[1:] if ln.startswith(" ") else ln


def _render(lines, style):
    out = []
    for kind, seg in _segments(lines):
        if kind == "q":
            inner = _render([_strip_q(x) for x in seg], style)
            if style == "gmail":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            else:
                out.append('<blockquote style="border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;'
                           'margin-left:4.8pt">')
            out.extend(inner)
            out.append("</blockquote>")
            continue
        for ln in seg:
            e = html.escape(ln, quote=False)
            if style == "gmail":
                out.append("<div>%s</div>" % (e if ln.strip() else "<br>"))
            else:
                if ln.strip():
                    lead = len(ln) - len(ln.lstrip(" "))
                    e = "&nbsp;" * lead + html.escape(ln.lstrip(" "), quote=False)
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % e)
                else:
                    out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return out


OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
    '\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
    'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
    '--></style>\n</head>\n'
    '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)


def to_html(text, style="outlook"):
    lines = text.rstrip("\n").split("\n")
    body = _render(lines, style)
    if style == "gmail":
        return '<div dir="ltr">\n' + "\n".join(body) + "\n</div>\n"
    return OUTLOOK_HEAD + "\n".join(body) + "\n</div>\n</body>\n</html>\n"


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
MESSAGES = []


def add(label, slug, sender, to, subject, date, body=None, *, cc=(), note="",
        fmt="plain", cte="7bit", style="outlook", html_body=None, html_cte=None,
        attachments=(), subject_enc=None, extra=(), reply_to_id=None,
        mailer=None, lang="en-GB", mid_host="mail.example-school.org.uk",
        part_override=None):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, sender=sender, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, note=note, fmt=fmt, cte=cte,
                         style=style, html_body=html_body, html_cte=html_cte,
                         attachments=list(attachments), subject_enc=subject_enc,
                         extra=list(extra), reply_to_id=reply_to_id, mailer=mailer,
                         lang=lang, mid_host=mid_host, part_override=part_override))


def build(m):
    slug = m["slug"]
    if m["part_override"] is not None:
        entity = m["part_override"]
    else:
        if m["fmt"] == "plain":
            entity = text_part(m["body"], "plain", m["cte"])
        elif m["fmt"] == "html":
            h = m["html_body"] if m["html_body"] is not None else to_html(m["body"], m["style"])
            entity = text_part(h, "html", m["html_cte"] or m["cte"])
        elif m["fmt"] == "alt":
            h = m["html_body"] if m["html_body"] is not None else to_html(m["body"], m["style"])
            hc = m["html_cte"] or ("quoted-printable" if m["style"] == "outlook" or not is_ascii(h) else "7bit")
            entity = multipart("alternative",
                               [text_part(m["body"], "plain", m["cte"]), text_part(h, "html", hc)],
                               f"----=_Alt_R46_{slug}_01")
        else:
            raise ValueError(m["fmt"])
        if m["attachments"]:
            entity = multipart("mixed", [entity] + m["attachments"], f"----=_Mix_R46_{slug}_00")

    subj = m["subject"]
    if m["subject_enc"]:
        subj_h = ew(subj, m["subject_enc"])
    elif not is_ascii(subj):
        subj_h = ew(subj, "Q")
    else:
        subj_h = subj
    dt = m["date"]
    mid = "<%s.r46ob.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), slug.replace("_", "-"), m["mid_host"])
    hdrs = [
        "From: " + fmt_addr(m["sender"]),
        "To: " + fold_list(m["to"]),
    ]
    if m["cc"]:
        hdrs.append("Cc: " + fold_list(m["cc"]))
    hdrs += [
        "Subject: " + subj_h,
        "Date: " + format_datetime(dt),
        "Message-ID: " + mid,
    ]
    if m["reply_to_id"]:
        hdrs.append("In-Reply-To: " + m["reply_to_id"])
        hdrs.append("References: " + m["reply_to_id"])
    if m["mailer"]:
        hdrs.append("X-Mailer: " + m["mailer"])
    if m["lang"]:
        hdrs.append("Content-Language: " + m["lang"])
    hdrs += m["extra"]
    hdrs.append("MIME-Version: 1.0")
    eh, eb = entity
    raw = "\n".join(hdrs + eh).encode("utf-8") + b"\n\n" + eb
    return raw


# ==========================================================================
# the messages
# ==========================================================================
def flags():
    # ---------------- plain swearing (10) ----------------
    add("flag", "ferry_cancelled_again", st("hostel"), [st("maths")],
        "Re: Hostel cover this weekend?", when(1, 17, 12, 41),
        """Callum,

CalMac have just pulled the 15:30 again. Third Friday out of four. Fucking ridiculous, honestly - that's eleven of them stuck with us till Monday and I've got Marion and one relief on.

If you can still do Saturday afternoon that would save me. I'll take the minibus into town for the swimming if the road's open, you'd just need to hold the fort here from 1 till about 5.

Donnie

On Thu, 16 Jan 2025 at 16:02, Callum Nicolson <c.nicolson@example-school.org.uk> wrote:
> Happy to help out this weekend if the boat's off again. Just let me know
> which day suits.
> C
""", note="staff-to-staff venting about ferry, 'Fucking' plain, reply with quote",
        reply_to_id="<20250116160212.cn4471@mail.example-school.org.uk>", lang="en-GB")

    add("flag", "qio_visit_bellend", st("maths"), [st("english")],
        "QIO visit - how it went", when(2, 26, 16, 12),
        """Kirsty,

Well that went about as well as expected. The QIO spent forty minutes at the back of my S2 class and his only written feedback was that the learning intentions weren't up on the board in Gaelic as well as English. In a maths class taught in English. To pupils who aren't in GME.

What a bellend. He didn't speak to a single pupil.

Anyway, the rest of the feedback is in the shared drive under QI/Visits if you want to see what he said about your department before the meeting with Catriona on Friday. Mostly positive, to be fair, apart from the bit about homework.

Callum

Callum Nicolson
Principal Teacher of Mathematics
Example School | 01632 960000
""", fmt="alt", style="outlook", cte="7bit", mailer="Microsoft Outlook 16.0",
        note="PT to PT calls council officer a bellend, Outlook multipart")

    add("flag", "s4_hill_day_wankers", st("pe"), [st("outdoor")],
        "Friday hill day", when(3, 7, 17, 3),
        """Alasdair,

Never again with that S4 group on a Friday afternoon. Half of them turned up in trainers after I'd said boots three times, and Kenzie and his pals were absolute wankers at the bothy - lobbing stones into the loch while you were doing the river crossing brief. I've put it on the behaviour log for Neil.

Can we swap them to a Tuesday next block and give the Friday slot to the S3s? They at least listen.

Tom
""", note="PE teacher venting, calls pupils 'wankers'")

    add("flag", "reply_all_parent_twat", st("english"), [st("guid")],
        "Re: Euan - folio deadline", when(3, 12, 20, 47),
        """Neil - can you pick this one up? Third email this week. He's being a total twat about the folio deadline and I've honestly run out of polite ways to say the SQA date isn't mine to move.

K

On Wed, 12 Mar 2025 at 19:58, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Mrs Sutherland,
>
> I am writing again about Euan's writing folio. As I have said twice now he
> was off for four days with the flu and then at the lambing, and I don't see
> why he should be penalised for that. Other schools give extensions. I expect
> a proper answer this time and not another email telling me to read the
> course handbook.
>
> Ali Guardian
""", cc=[ALI], fmt="alt", style="gmail", note="reply-all: parent is Cc'd on a message calling him a twat",
        reply_to_id="<CAJx7pF3e1qYk0mX8d0kq3@mail.gmail.com>")

    add("flag", "pupil_assignment_shit_together", st("history"), [pup("20rmackenzie", "Ruaridh MacKenzie")],
        "Your History assignment", when(3, 4, 15, 52),
        """Ruaridh,

Your assignment draft still isn't in. The deadline is Friday 14 March - SQA won't move it and neither will I.

Get your shit together this week and you'll be absolutely fine. The research you showed me on the Clearances in Sutherland was genuinely good, you just need to get it written up under the conditions. Come and see me Tuesday lunchtime in H2 and we'll plan the write-up session.

Mr Munro
""", note="teacher to pupil, 'get your shit together'")

    add("flag", "probationer_slur", st("pe"), [st("comp")],
        "five a side", when(1, 29, 13, 8),
        """Jamie

Have you met the new probationer in Music yet? Bit of a poof if you ask me, turned up to staff football in skinny jeans and brought his own water bottle with lemon in it lol

Anyway are you in for Thursday? Need one more or we're playing the S6s with five.

T
""", note="homophobic slur about a colleague, staff-to-staff")

    add("flag", "hostel_cleaner_slur", st("janitor"), [st("hostel")],
        "Hostel cleaning - agency", when(2, 3, 9, 26),
        """Donnie,

The new cleaner the agency sent for the hostel - the Polack lass - doesn't seem to understand a word I say. I showed her the chemical store twice and she still had the bleach out on the trolley in the corridor at 4 with the S1s coming back.

Can we ask the agency for someone else, or at least someone who can read the COSHH sheets? I don't have time to stand over her every afternoon.

Gordon

Gordon Fraser
Facilities & Janitorial
Example School | 01632 960000
""", fmt="alt", style="outlook", mailer="Microsoft Outlook 16.0",
        note="ethnic/national slur about agency cleaner")

    csv_rows = (
        "room,pupil,year,island,notes\n"
        "1,Lachie M,S1,Barra,homesick first fortnight - check in at lights out\n"
        "1,Calum D,S1,Eriskay,fine\n"
        "2,Finlay C,S2,Muck,fine - goes home most weekends boat permitting\n"
        "2,Aonghas R,S2,Uist,\"total arsehole to the S1s last term, keep him away from Lachie\"\n"
        "3,Ewan G,S3,mainland (croft),inhaler in office\n"
        "3,Jack T,S3,Coll,\"little bellend with the fire alarm, not near the stairwell room\"\n"
        "4,Kenzie R,S4,Tiree,snores - single if we can\n"
        "4,Ruairidh S,S4,Lewis,fine\n"
    )
    add("flag", "hostel_room_list_csv", st("hostel"), [st("night")],
        "Room list after half term", when(2, 21, 15, 4),
        """Marion,

Room list for after the half term break attached, with my notes. I've moved a couple of them around to split up last term's trouble. Any problems shout before Sunday night.

Donnie
""", attachments=[attach(csv_rows.encode(), 'text/csv; charset="utf-8"', "hostel_rooms_feb25.csv")],
        note="swearing only in the notes column of a CSV attachment")

    add("flag", "sqa_portal_shite_gaelic", st("gaelic"), [st("gme")],
        "Coinneamh - chan urrainn dhomh", when(5, 13, 11, 18),
        """Madainn mhath a Mhàiread!

Tha mi duilich - the SQA marking portal is shite again. It's logged me out four times this morning and lost two scripts' worth of marks, so I'm going to sit here and redo them rather than come to the department meeting at 1.

Can you take the Mòd item for me? The notes are in the shared folder.

Chì mi a-màireach thu,
Seonag
""", cte="8bit", note="Gaelic/English staff mail, 'shite' plain, 8bit")

    add("flag", "cover_rota_subject", st("asn"), [st("depute")],
        "Cover rota this week is a total piss-take", when(1, 22, 8, 5),
        """Fiona,

I've been down for cover four times this week, including both of my planning periods with the S2 ASN group. I know we're short with the flu going round, but I checked and some departments haven't had a single one.

Could we have a look at it today? I'm free at interval.

Priya
""", note="swearing in the subject line only")

    # ---------------- disguised (10) ----------------
    add("flag", "parent_boat_masked", st("hostel"), [SAM],
        "Finlay - weekend", when(1, 24, 15, 10),
        """Hi Sam,

Just to let you know Finlay's fine - the f*cking boat's off again (sorry, long week!) so he's with us till Monday. Sh!te weather all weekend by the look of it but we'll get them out to the pool on Saturday.

He's in good spirits, beat me at pool last night. I'll ring you from the hostel landline (01632 960314) after tea tonight if you want a word with him.

Donnie

Sent from my iPhone
""", cte="quoted-printable", mailer="iPhone Mail (22D82)",
        note="hostel warden to parent, asterisk/symbol-masked swearing")

    add("flag", "glow_login_leet", st("comp"), [st("maths")],
        "S1 logins", when(1, 9, 10, 33),
        """Callum

The new Glow login thing is absolute b0ll0cks. Half of S1 are locked out after the holidays, and the council helpdesk are being total w4nk3rs about it - "raise a ticket" for 47 pupils individually, one at a time.

I've reset the ones in your 1C class manually. Tell them to use the new password format on the sheet and if that doesn't work, send them to me at lunch. Sh1t start to the term.

Jamie

Jamie Stewart
Computing Science
""", fmt="alt", style="gmail", note="leetspeak swearing to colleague")

    add("flag", "lecht_snow_repeated", st("outdoor"), [st("pe")],
        "tomorrow", when(2, 6, 19, 55),
        """Fuuuuuck me, have you seen the Lecht webcam? Road's shut at Cockbridge again and it's still coming down.

Winter skills day's off, I'm going to have to do it on the hill behind the school. Shiiiiite. Can I borrow your S5s for navigation in the morning instead of the afternoon?

A
""", cte="8bit", note="elongated swearing (Fuuuuuck, Shiiiiite); also contains Cockbridge place name")

    add("flag", "data_logger_spaced", st("bio"), [st("chem")],
        "data logger", when(3, 19, 14, 2),
        """Rachel,

Some absolute t-w-a-t has walked off with the lab's only working data logger again. It was in the prep room on Monday, I signed it back in myself.

If it's one of the S6 Advanced Higher lot using it for their projects, fine, but could they please put it back in the f.u.c.k.i.n.g cupboard. I've got N5 practicals tomorrow.

Ewan
""", note="letter-separated swearing (t-w-a-t, f.u.c.k.i.n.g)")

    cyr_c = "\u0441"  # Cyrillic es
    cyr_a = "\u0430"  # Cyrillic a
    cyr_e = "\u0435"  # Cyrillic ie
    body = f"""Kirsty,

That tracking meeting was fu{cyr_c}king endless. Who books three hours of RAG-rating on a Friday afternoon in May and then doesn't even get to the S3 data?

Sorry for being an {cyr_a}rs{cyr_e}hole in there about the English targets by the way, it wasn't aimed at you. Pint at the hotel after the ceilidh on Saturday? My round.

Neil
"""
    add("flag", "tracking_meeting_cyrillic", st("guid"), [st("english")],
        "Friday", when(5, 9, 17, 21), body, fmt="alt", style="gmail", cte="8bit",
        note="swearing with Cyrillic homoglyph letters (fu\u0441king, \u0430rs\u0435hole)")

    fw = "".join(chr(ord(c) + 0xFEE0) for c in "bastard")
    add("flag", "oven_fullwidth", st("he"), [st("office")],
        "HE2 oven - again", when(2, 12, 10, 44),
        f"""Hi Eilidh,

The oven in HE2 has died again, third time since October. {fw} thing tripped the whole room mid-lesson with S3 halfway through their shortbread.

Could you log it with facilities? I'll move my classes into HE1 until it's fixed.

Thanks,
Shona
""", cte="8bit", note="swear word written in full-width letters")

    zw = "\u200b"
    add("flag", "lost_kit_zero_width", st("pe"), [st("guid")],
        "2C kit", when(4, 29, 12, 16),
        f"""Neil,

The wee r{zw}etard in 2C has lost his PE kit again, that's four weeks running. I'm not lending him any more from the spare box, it never comes back.

Can you get in touch with home? I'm not pi{zw}ssing about with it any more.

Tom
""", cte="quoted-printable",
        note="disability slur and swear split by zero-width spaces, QP")

    html_split = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Hi all,</div>
<div><br></div>
<div>Prelim marking update: the moderation spreadsheet has eaten my marks for 5B. Absolute bol<span></span>locks. Two hours of work gone because it "couldn't sync".</div>
<div><br></div>
<div>If you've entered anything since Tuesday, please check it's actually there before you close the tab. I know it's s&#104;ite but there's nothing else we're allowed to use.</div>
<div><br></div>
<div>Moderation meeting still on for Thursday at 3.40 in E4.</div>
<div><br></div>
<div>Kirsty</div>
<div>--<br>Kirsty Sutherland<br>Principal Teacher of English<br>Example School &middot; 01632 960000</div>
</body>
</html>
"""
    add("flag", "prelim_marks_html_split", st("english"), [grp("english", "English Department")],
        "Prelim marks - check the spreadsheet", when(1, 30, 16, 40),
        fmt="html", html_body=html_split, cte="7bit",
        note="HTML-only; swearing split by an empty tag and by a character entity")

    qp_text = """Ewan,

Just heard the technician order has been cancelled. Apparently finance are "reviewing all non-essential spend over £200", which includes the replacement balances and the burettes. Finance are a bunch of wankers, honestly. We can't run the titration practicals for Higher without them and the SQA won't care that our budget got frozen in March.

I've emailed Catriona. If you can back me up at SMT on Tuesday that would help.

Rachel
"""
    qp = quopri.encodestring(qp_text.encode("utf-8"))
    assert b"wankers" in qp
    qp = qp.replace(b"wankers", b"wan=\nkers", 1)
    hdrs = ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
    add("flag", "finance_qp_softbreak", st("chem"), [st("bio")],
        "Technician order cancelled", when(3, 21, 13, 37),
        qp_text, part_override=(hdrs, qp),
        note="quoted-printable soft line break inside the swear word")

    add("flag", "tracking_b64_subject", st("maths"), [st("history")],
        "Pissed off with the tracking system", when(5, 15, 21, 48),
        """Hamish,

I'm fucking done with the tracking system. Spent the whole evening putting in the S4 working grades and it's timed out twice and kept none of it. We're supposed to have them in for Friday and I haven't even started on the S5s.

Are you having the same problem or is it just my laptop? If it's everyone I'm going to tell Fiona we need till Monday.

C

Sent from my iPhone
""", cte="base64", subject_enc="B", mailer="iPhone Mail (22E252)",
        note="RFC 2047 base64 subject ('Pissed off') and base64 body ('fucking')")


def hard_negatives():
    add("clean", "cockbridge_road_closed", st("outdoor"), [JANE, SAM, ALI],
        "S5/S6 winter skills day - change of plan", when(2, 6, 16, 20),
        """Dear parents and carers,

A quick update about tomorrow's S5/S6 winter skills day. The A939 is closed again between Cockbridge and Tomintoul after last night's snow, and the forecast for the Lecht is poor, so we won't be going to the ski centre as planned.

Instead we'll run the day closer to home: navigation, ice-axe arrest on the snow slope (conditions permitting) and shelter building on the hill above the school, using the bothy as our base. Pupils still need full winter kit - boots, waterproofs, warm layers, hat, gloves and spare gloves, and a flask of something hot. Packed lunch as normal.

The bus will leave the school at 08:45 and be back by 15:30. If things get worse overnight I'll text parents by 7am.

Thanks,
Alasdair Matheson
Outdoor Education
Example School | 01632 960000
""", fmt="alt", style="outlook", mailer="Microsoft Outlook 16.0",
        note="place name Cockbridge (A939 snow closure)")

    itin = fake_pdf("Higher Geography fieldwork - Orkney, 12-14 May 2025", [
        "Mon 12 May: 07:00 depart school. Ferry Scrabster - Stromness. Coastal study at Yesnaby.",
        "Tue 13 May: Rural land-use survey, West Mainland. Base: community hall, Twatt.",
        "            Soil sampling, two farms near Loch of Boardhouse. PM: Skara Brae, Ring of Brodgar.",
        "Wed 14 May: Kirkwall urban transect and shop survey. PM ferry home, back approx 21:30.",
        "Staff: Mr F Ross, Ms A Kowalska. Trip mobile 07700 900562.",
    ])
    add("clean", "orkney_fieldwork_twatt", st("geog"), [JANE, ALI],
        "Higher Geography fieldwork - Orkney itinerary", when(4, 30, 14, 5),
        """Dear parents and carers,

Please find attached the final itinerary for the Higher Geography fieldwork trip to Orkney (Monday 12 - Wednesday 14 May). In brief:

Monday - early start, ferry from Scrabster to Stromness, then a coastal erosion study at Yesnaby.

Tuesday - rural land-use survey in the West Mainland. We'll be based at the community hall in Twatt and sampling soils on two farms near the Loch of Boardhouse, whose owners have very kindly agreed to have us. In the afternoon we'll visit Skara Brae and the Ring of Brodgar - partly for the Geography, and partly because you can't take a group to Orkney and not.

Wednesday - Kirkwall: urban transect and shop survey, then the afternoon ferry home. We expect to be back at school around 9.30pm; hostel pupils will go straight to the hostel.

Pupils will be collecting their own data for the assignment, so a notebook, pencils and a phone or camera for photographs are essential. Phones will be used for data collection during the day and collected at night as usual.

The trip mobile is 07700 900562. Any questions, just get in touch.

Finlay Ross
Teacher of Geography
Example School · Sgoil Eisimpleir
Park Row, LS1 4AP · 01632 960000
""", fmt="alt", style="outlook", attachments=[attach(itin, "application/pdf", "Orkney_fieldwork_itinerary.pdf")],
        cte="quoted-printable", note="place name Twatt (Orkney) in letter and PDF itinerary")

    add("clean", "small_isles_boat_muck", st("hostel"), [SAM],
        "Friday travel - Muck boat", when(3, 13, 10, 2),
        """Hi Sam,

Just confirming Friday's arrangements for Finlay. The Small Isles boat is running to the winter timetable, calling at Eigg first and then Muck, so he should be with you late afternoon as long as the forecast holds.

Gordon is driving the minibus to Mallaig with the Eigg and Muck pupils - five of them this week - and will see them onto the boat himself. Finlay has his bag packed already (I suspect he's been packed since Tuesday).

If the boat's cancelled or goes without calling at Muck, he'll come straight back to the hostel with Gordon and I'll phone you.

Coming back on Monday: the early boat, and we'll meet them at Mallaig as usual.

All the best,
Donnie

Donnie MacAulay
Hostel Warden | Taigh-òsta na Sgoile
Hostel 01632 960314 · School 01632 960000
""", cte="8bit", note="Isle of Muck, Small Isles ferry")

    add("clean", "new_pupil_scunthorpe", st("senior"), [st("office"), st("asn")],
        "New S4 pupil starting Monday - Kayleigh Hollins", when(4, 24, 11, 30),
        """Hi both,

Kayleigh Hollins starts in S4 on Monday. The family have moved up from Scunthorpe to take on a croft tenancy out past the pier, so she'll be on the glen bus (route 4).

- Her previous school are sending records by secure email this week; Eilidh, could you chase if nothing's arrived by Wednesday?
- Emergency contacts: mum (Dawn) and her gran in Penistone, who's the second contact for now until the family know more people locally.
- She was doing GCSEs, so we'll need to match her into N5 courses carefully. I've put her into English, Maths, Biology, Geography and Art for now and we'll review after two weeks.
- Priya - no ASN recorded, but mum mentioned she struggled with the move and with reading-heavy subjects. Worth a light-touch check-in in the first fortnight?

I'll meet her and mum at 8.40 on Monday in the office.

Stuart

Stuart Rankin
Pastoral Care (S4-S6)
""", note="place names Scunthorpe and Penistone in a pupil transfer")

    add("clean", "seabird_survey_shags", st("bio"), [pup("s3-biology", "S3 Biology")],
        "Seabird survey - counts are up on Teams", when(5, 19, 9, 12),
        """Hi all,

Thanks to everyone who came on Saturday's seabird survey - especially given the wind at the Butt of Lewis. The counts are now in the shared spreadsheet on Teams.

For Thursday's lesson, please look at the shag and cormorant columns. Remember how we told them apart: the shag is smaller, with a thinner bill, a green sheen in breeding plumage and a little crest on its head; the cormorant is bigger with a white patch on its face. Several of you logged "cormorant" for birds on the ledges below the lighthouse that were almost certainly shags, so check your photos before Thursday.

Then compare our fulmar and kittiwake numbers with the 2019 figures on the second tab. Why might kittiwakes have declined so much? Three reasons, with evidence, please.

Separately - the blue tit and great tit nest-box cameras in the school garden are live again (link on Teams). The great tits have started building in box 3, and there's a blue tit sitting on eggs in box 1.

Mr Grant
""", fmt="alt", style="gmail", note="birds: shags, great tits, blue tits; Butt of Lewis")

    add("clean", "sheepdog_trial_bitch", st("rural"), [pup("s3-ruralskills", "S3 Rural Skills")],
        "Sheepdog trial Saturday + Monday's class", when(4, 2, 15, 45),
        """Hi everyone,

A few of you asked about Saturday's sheepdog trial at the showfield - it starts at 10. Angus Morrison from the croft next to the school is running his old bitch, Fly, in the open class and a young dog in the novice. He's happy to talk to anyone from the class afterwards about how he trains them, and it counts as an observation for your Rural Skills log if you write it up.

For Monday: we're moving the tups from the school park to the hill park, so wellies and waterproofs please. The ewes are due to start lambing around 10 April and we'll be doing the pre-lambing checks that week.

Finally, the cock pheasant that keeps getting into the polytunnel is back. Please shut the door behind you, he's eaten half the lettuce seedlings.

Mr Mackay
""", note="crofting vocabulary: bitch (sheepdog), tups, cock pheasant")

    add("clean", "burns_supper_menu", st("he"), [grp("staff", "All Staff")],
        "Burns Supper - menu, tickets, helpers", when(1, 20, 12, 58),
        """Hi all,

Menu for Friday's Burns Supper, cooked and served by the S2 hospitality classes:

Cock-a-leekie soup
Haggis, neeps and tatties (vegetarian haggis available - numbers to me by Wednesday please)
Clootie dumpling with custard, or cranachan
Tea, coffee and tablet

Running order: Selkirk Grace (Mrs Dick), Address to a Haggis (Calum from S6, who has been practising his stabbing in the HE room all week), Immortal Memory (Mr Munro), Toast to the Lassies (Mr Nicolson) and the Reply (Ms MacDonald, who has warned me she's "going for him").

Tickets are £8 from the office; all money goes to the S6 trip fund. I still need two volunteers for washing up from 8.30 - I'll buy you a drink at the end of term.

Shona
""", fmt="alt", style="outlook", mailer="Microsoft Outlook 16.0",
        cte="quoted-printable", note="food: cock-a-leekie, staff surnames Dick")

    menu_html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{padding:4px 10px;border:1px solid #999;font-family:Arial,sans-serif;font-size:10pt}</style></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear parents and carers,</p>
<p>Because of a delivery problem on the ferry our lunch menu for the week beginning 3&nbsp;March has changed slightly. The updated menu is below.</p>
<table cellspacing="0">
<tr><td><b>Monday</b></td><td>Stovies with oatcakes and beetroot</td><td>Lentil soup and a filled roll</td></tr>
<tr><td><b>Tuesday</b></td><td>Mince and tatties</td><td>Macaroni cheese</td></tr>
<tr><td><b>Wednesday</b></td><td>Chicken curry and rice</td><td>Vegetable chilli</td></tr>
<tr><td><b>Thursday</b></td><td>Fish pie</td><td>Veggie sausage and mash</td></tr>
<tr><td><b>Friday</b></td><td>Fish and chips</td><td>Cheese and tomato pizza</td></tr>
</table>
<p>Dessert on Thursday will be spotted dick and custard instead of sticky toffee pudding. Fruit and yoghurt are available every day.</p>
<p>Full allergen information is available from the kitchen. If your child has an allergy or a special diet we don't know about, please contact the office on 01632 960000.</p>
<p>Agnes Mackintosh<br>Catering Supervisor<br>Example School &middot; Sgoil Eisimpleir</p>
</body>
</html>
"""
    add("clean", "lunch_menu_spotted_dick", st("catering"), [JANE, SAM, ALI],
        "Lunch menu change - week beginning 3 March", when(2, 27, 13, 15),
        fmt="html", html_body=menu_html, cte="quoted-printable",
        note="HTML-only menu: spotted dick")

    order_csv = (
        "item,code,qty,unit_price\n"
        "Feather shuttlecocks (tube of 12),BD-FS12,10,16.50\n"
        "Shinty balls (match),SH-MB01,12,7.95\n"
        "Junior cricket box (abdominal guard),CR-JB02,6,4.20\n"
        "Junior batting pads (pair),CR-JP10,4,24.00\n"
        "Training bibs set of 10 - red,TR-BR10,2,18.00\n"
        "Training bibs set of 10 - yellow,TR-BY10,2,18.00\n"
        "Hockey balls (dimpled),HK-DB12,2,21.00\n"
    )
    add("clean", "pe_order_shuttlecocks", st("pe"), [("Orders", "orders@example.com")],
        "PE order - account EXS-2231", when(3, 24, 11, 6),
        """Hello,

Please could you process the attached order for the PE department (account EXS-2231). Main items are the badminton shuttlecocks - feather ones this time, not nylon - plus shinty balls, a set of junior cricket boxes and pads for the summer term, and replacement bibs.

Could you confirm a delivery date? We're a good way from your depot, so if it's going by courier please mark it "FAO PE Department" - otherwise it tends to end up at the hostel and we don't see it for a week.

Thanks,
Tom Brennan
Teacher of PE
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", attachments=[attach(order_csv.encode(), 'text/csv; charset="utf-8"', "PE_order_March25.csv", cte="7bit")],
        note="sports kit order with CSV: shuttlecocks, cricket boxes, balls")

    add("clean", "s1_space_uranus", st("chem"), [pup("s1-science", "S1 Science")],
        "S1 Space topic - planet fact file", when(1, 15, 15, 30),
        """Hi S1,

For your planet fact file, each pair has been given one planet (the list is on Teams). You need: distance from the Sun, length of a day and a year, what it's made of, number of moons, and one "wow" fact.

Uranus group - yes, we've all heard the joke now. It's pronounced YOUR-uh-nus, and it's more interesting than you think: it spins on its side, probably because of a huge collision long ago.

We'll also be looking next week at how people navigated before GPS, including how sailors out of the islands used the stars and a sextant to work out their latitude. If anyone has a sextant or an old chart at home, I'd love to borrow it for a lesson.

Fact files due Friday 24 January.

Dr Okafor
""", note="science: Uranus, sextant")

    add("clean", "n5_bio_reproduction", st("bio"), [pup("n5-biology", "N5 Biology")],
        "N5 Biology - reproduction revision", when(4, 8, 16, 2),
        """Hi N5,

As promised, the key terms for the reproduction questions. You need to be able to label these and say what each one does:

Male: testes (produce sperm), sperm duct, penis.
Female: ovaries (produce eggs), oviduct, uterus, vagina.
Fertilisation: the fusion of the nuclei of a sperm and an egg, in the oviduct.
Plants: anther (produces pollen), stigma, style, ovary, ovule.

Please use the correct scientific terms in the exam. The marking instructions will not accept slang or "the tube"; write "sperm duct" or "oviduct".

Past paper questions on this (2019 Q6, 2022 Q9, 2023 Q4) are in the revision folder on Teams. The revision class after school on Wednesday will cover them.

Mr Grant
""", note="biology vocabulary: penis, vagina, testes, sperm")

    rshp_pdf = fake_pdf("S2 RSHP programme - information for parents and carers", [
        "Week 1: Puberty - body changes, periods, wet dreams, hygiene",
        "Week 2: Relationships and consent",
        "Week 3: Sexual intercourse, contraception (including condoms) and STIs",
        "Week 4: Online safety, sexting, pornography and the law",
        "Week 5: Sexual orientation, gender identity and respect",
        "Resources: rshp.scot",
    ])
    add("clean", "rshp_letter_s2", st("guid"), [JANE, SAM, ALI],
        "S2 Relationships, Sexual Health and Parenthood (RSHP) lessons", when(3, 3, 9, 40),
        """Dear parent/carer,

During April and May, S2 pupils will take part in Relationships, Sexual Health and Parenthood (RSHP) lessons as part of their Personal and Social Education. The outline is attached.

The programme follows the national RSHP resource and covers:
- puberty, including periods, wet dreams and masturbation, in an age-appropriate way;
- healthy relationships and consent;
- sexual intercourse, contraception (including how condoms are used) and sexually transmitted infections;
- online safety, including sexting, pornography and the law;
- sexual orientation and gender identity, and respect for everyone.

Lessons are taught by the pastoral care team, and pupils can ask questions anonymously using a question box. We use correct terms for body parts throughout.

Parents and carers have the right to withdraw their child from the sexual health elements of the programme. If you are thinking about this, please get in touch with me first so we can talk it through - many parents find it helpful to look at the materials, which I'm happy to show you.

There will be a drop-in for parents on Tuesday 25 March, 6-7pm, in the library.

Yours sincerely,
Neil Cockburn
Pastoral Care Teacher (S1-S3)
Example School · Sgoil Eisimpleir · 01632 960000
""", fmt="alt", style="outlook", attachments=[attach(rshp_pdf, "application/pdf", "S2_RSHP_outline.pdf")],
        cte="8bit", note="RSHP letter: masturbation, sexual intercourse, condoms, pornography")

    add("clean", "pse_homophobic_language", st("rmps"), [grp("pse-team", "PSE team")],
        "PSE next week - LGBT inclusive lesson and homophobic language", when(5, 1, 13, 20),
        """Hi PSE team,

Next week's S1 and S2 PSE lesson is the LGBT inclusive education one on prejudice and language. Resources are in the PSE folder under Week 31.

A few notes after last year:
- The starter asks pupils to list words they hear used as insults in school. Expect "that's so gay" to come up within about ten seconds, and probably worse. Write them on the board only if you're comfortable; otherwise collect them on sticky notes and we'll talk about them generically.
- The main point is why using "gay" to mean rubbish is hurtful, even when people "don't mean it like that". The video clip with the two pupils from an island school works really well with our lot.
- Some pupils in our classes are gay, lesbian, bisexual or transgender, or have family members who are, and some won't be out. Please keep the discussion general rather than personal.
- If anything said in the lesson is a concern, record it and pass it to Fiona as usual.

Shout if you want to go over it before Tuesday.

Lorna

Lorna Dick
Teacher of RMPS / PSE coordinator
""", note="PSE planning about homophobic language, staff-only")

    add("clean", "tourettes_support_info", st("asn"),
        [st("maths"), st("english"), st("bio"), st("pe"), st("gaelic"), st("music")],
        "Pupil support info - JM (S2) - Tourette syndrome", when(1, 13, 8, 15),
        """Dear colleagues,

You all teach JM in S2. His Tourette syndrome has been more noticeable since the Christmas holidays, which his mum tells us is common after a change in routine. A summary of his support plan:

- He has motor tics (blinking, shoulder shrugs) and vocal tics (throat-clearing, a whistle, and at the moment some swearing - coprolalia). The swear words at present are mostly "shit" and occasionally "bollocks", usually said quietly. He is mortified by it.
- These are involuntary. Please do not sanction them, ask him to stop, or draw attention to them. If other pupils react, a calm "it's a tic, carry on" is all that's needed.
- Tics increase with stress and tiredness. He has a time-out card and can go to the Support for Learning base at any time, no questions asked.
- In tests, he can sit in the small room next to the library. We're applying for SQA access arrangements for next year.

Please treat this as confidential and don't share it beyond the staff who teach him. Happy to talk about any of it.

Priya

Priya Nair
Principal Teacher, Support for Learning
""", note="[unsure] ASN support plan names a pupil's involuntary tic words; staff-only")

    add("clean", "dsl_changing_room_threat", st("pe"), [st("dsl")],
        "Concern - boys' changing room, period 5 today", when(2, 19, 15, 47),
        """Fiona,

Recording a concern from period 5 today (S3 PE, 13:50 approx).

While the class was getting changed I heard raised voices and went into the boys' changing room. CM (S3) had DR (S3) against the lockers. CM said, in my hearing: "I'm going to fucking batter you at the bus, you wee cunt, nobody would even miss you." DR was very upset and wouldn't say anything when I asked him what had happened.

I separated them and kept CM with me until the end of the period. DR went to the Support for Learning base at his own request. Neither was hurt as far as I could see.

I'm concerned both about the threat itself and about "nobody would even miss you" - DR has seemed very low lately and a couple of the S3s have been making comments about him for weeks.

I've logged it on the system as well. I'll be in the PE office after school if you want to speak to me.

Tom
""", note="staff-to-DSL report quoting pupil's threat verbatim (fucking, cunt)")

    add("clean", "dsl_racist_incident", st("ml"), [st("dsl")],
        "Racist incident - S1 corridor, lunchtime", when(3, 6, 13, 41), cc=[st("guid")],
        body="""Fiona (cc Neil),

At about 12:55 today, outside M3, I heard an S1 boy (LK) say to AH (S1) "go back to your own country, you Paki". She had been walking past him with two friends. Two other S1 boys laughed.

I spoke to LK straight away; he said it was "just a joke". AH said it's not the first time - she says he and his friends have called her "Paki" and "terrorist" on the bus several times since Christmas. She was tearful but composed and asked to go back to class with her friends, which I allowed.

I have recorded this as a prejudice-based incident. The two boys who laughed were CD and RW (both 1B). AH's parents haven't been contacted yet - I thought it best to leave that to you or Neil.

Anna Kowalska
Teacher of Modern Languages
""", cte="base64", mailer="Microsoft Outlook 16.0",
        note="staff-to-DSL report quoting a racist slur verbatim; base64 body")

    add("clean", "hostel_disclosure_dsl", st("night"), [st("dsl")], cc=[st("hostel")],
        subject="Hostel - disclosure last night (confidential)", date=when(4, 24, 7, 52),
        body="""Fiona,

At approximately 22:15 last night, AR (S2) came to the night office saying she couldn't sleep. We talked for a while about the Easter holidays, and she said: "I'm not going home at Easter. My dad says I'm a useless wee shite and he was pissed again last time and threw my stuff out the door." She said her mum "doesn't do anything".

I didn't ask leading questions. I told her I'd have to pass it on to someone whose job is to help, and she said "I know, that's fine". She went back to bed around 22:45 and slept; the night check at 01:00 was fine.

Donnie is copied in so the hostel team know she may be upset today. I'll write it up on the form when I'm back on shift tonight, but wanted you to have it first thing.

Marion Kerr
Hostel Night Supervisor
Hostel 01632 960314
""", note="hostel night report to DSL quoting pupil's words (shite, pissed)")

    add("clean", "reply_parent_detention_quoted", st("maths"), [JANE],
        "Re: Isla's detention", when(2, 14, 17, 5),
        """Dear Mrs Parent,

Thank you for your email, and I'm sorry this has caused upset at home.

You're right that Isla was at Mòd choir practice on Tuesday lunchtime - I didn't know that when I set the detention, and it was for missing that session rather than for the homework itself. I've taken the detention off.

The homework is still outstanding, though, and I'd like to help her get it done. She's welcome at maths club on Thursday lunchtime, where she can finish it with help.

I'm happy to talk about this on the phone if that would be easier. The office can put you through on 01632 960000.

Kind regards,
Callum Nicolson
Principal Teacher of Mathematics

On Fri, 14 Feb 2025 at 08:31, Jane Parent <jane.parent@gmail.com> wrote:
> This is a fucking joke. Isla was at the Mod practice that YOUR school
> organised and now she has a detention for it?? You lot couldn't organise
> a piss-up in a brewery. Sort it out.
""", cte="quoted-printable", reply_to_id="<CAH2kq9Lmz0Pq1pY@mail.gmail.com>",
        note="polite reply; swearing only in the parent's quoted text")

    add("clean", "reply_parent_ferry_outlook", st("head"), [ALI], cc=[st("hostel")],
        subject="RE: Nobody told us the boat was off", date=when(1, 27, 9, 10),
        body="""Dear Mr Guardian,

Thank you for your email on Friday evening, and I'm sorry you found out so late that the sailing had been cancelled. You should have heard from us much earlier than you did.

I've looked at what happened. CalMac confirmed the cancellation at 15:10, and our text to hostel families went out at 18:05 because it was held up in the office queue. That isn't good enough, and from this week the hostel staff will send the message themselves as soon as a cancellation is confirmed.

I do need to say, though, that I can't accept the language used about Mr MacAulay in your message. He and his team looked after eleven pupils over that weekend at very short notice. I'm sure it was written in frustration, and I would much rather we sorted things out together.

I'd be glad to talk this through on the phone. Please call the office on 01632 960000 and we'll find a time that suits.

Yours sincerely,
Catriona MacLeod
Head Teacher | Ceannard
Example School · Sgoil Eisimpleir
Park Row, LS1 4AP · 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 24 January 2025 21:52
To: Office <office@example-school.org.uk>
Subject: Nobody told us the boat was off

Nobody told us the boat was off until six o'clock. We were sat at the pier for an hour and a half. This hostel is a bloody shambles and MacAulay is a useless prick. I want a phone call from the head teacher on Monday.
""", fmt="alt", style="outlook", mailer="Microsoft Outlook 16.0",
        cte="quoted-printable", note="head's reply; abuse only in the parent's quoted Outlook block")

    sam_reply = """Dear Sam,

Thank you for getting in touch, and I can hear how frustrating the prelim result has been for Finlay and for you.

To clear up how it works: prelim marks aren't SQA results. The papers are marked by the department using the SQA marking instructions, and a sample is cross-marked by a second teacher so that no one person decides a grade. I've checked, and Finlay's French paper was one of those cross-marked; both markers agreed.

What matters now is the May exam, and there is time. Mrs Kowalska has offered Finlay extra speaking practice on Wednesday lunchtimes, and he's welcome at the after-school revision class, with the hostel minibus bringing him back afterwards.

If you'd like to meet Mrs Kowalska and me, I'm very happy to set that up, in school or by phone.

Kind regards,
Fiona Beaton
Depute Head Teacher
Example School · 01632 960000

On Mon, 3 Feb 2025 at 22:14, Sam Carer <sam.carer@outlook.com> wrote:
> Absolute shite. Finlay worked his socks off for that French prelim and the
> teacher has had it in for him all year. Bastard marked him down on purpose.
> I want it remarked.
"""
    add("clean", "reply_parent_prelim_html", st("depute"), [SAM],
        "Re: French prelim result", when(2, 4, 16, 25), sam_reply,
        fmt="alt", style="gmail", reply_to_id="<AM9P190MB1234ABCD@AM9P190.eurprd01.prod.outlook.com>",
        cte="8bit", note="reply with parent's abusive words in HTML blockquote/'>' quote only")

    add("clean", "behaviour_policy_language", st("depute"), [grp("teaching-staff", "Teaching Staff")],
        "Follow-up from Wednesday: pupils' language and how we respond", when(3, 14, 12, 10),
        """Dear colleagues,

Thanks for a really useful discussion on Wednesday. Several people asked for a written summary of what we agreed about swearing, so here it is. It will go into the revised relationships and behaviour policy after the Parent Council has seen it.

1. Context matters. A pupil who mutters "shit" when they drop a tray is not the same as a pupil who tells a member of staff to "fuck off" or calls another pupil a "bitch". The first gets a quiet word; the second is a referral to the PT or SMT on duty.
2. Language aimed at someone's race, religion, disability, sexuality or sex is always recorded as a prejudice-based incident, whatever the intent.
3. Be consistent between classrooms, corridors and the hostel. Pupils notice very quickly where the line is and who holds it.
4. Model it. Pupils hear how we talk to each other in corridors, on trips and in the hostel.
5. Gaelic-medium colleagues asked about pupils swearing in Gaelic - same approach.

If you feel I've got anything wrong, let me know by Friday 21 March.

Fiona
Depute Head Teacher
""", note="[unsure] SMT summary of behaviour policy quoting example words; staff-only")

    add("clean", "king_lear_edmund_notes", st("english"), [pup("ah-english", "Advanced Higher English")],
        "AH English - King Lear 1.2 (Edmund) notes", when(1, 28, 18, 2),
        """Hi AH,

Notes for tomorrow on Edmund's soliloquy at the start of 1.2. Read it aloud to yourselves before the lesson - it's much easier to follow the argument when you hear it.

"Thou, Nature, art my goddess; to thy law
My services are bound."

Then the key lines:

"Why bastard? wherefore base?
When my dimensions are as well compact,
My mind as generous, and my shape as true,
As honest madam's issue?"

and the ending, "Now, gods, stand up for bastards!"

Things to think about:
1. How does Edmund turn "bastard" and "base" from insults into a challenge to "the plague of custom"?
2. Is the audience invited to sympathise with him at this point? How does Shakespeare do that?
3. Compare Kent's abuse of Oswald in 2.2 ("Thou whoreson zed! thou unnecessary letter!"). What is the play doing with insult and status?

Bring your annotated copies. Essay plans on 1.2 by Monday, please.

Mrs Sutherland
""", fmt="alt", style="gmail", note="set text quoted: King Lear 'stand up for bastards', 'whoreson'")

    add("clean", "slab_boys_parent_letter", st("english"), [JANE, SAM, ALI],
        "Higher English - Scottish set text (The Slab Boys)", when(4, 28, 10, 4),
        """Dear parent/carer,

Next term, Higher English pupils will begin studying John Byrne's play The Slab Boys as their Scottish set text. It is one of the texts prescribed by the SQA, and we have chosen it because pupils find it funny, sharp and very readable.

I wanted to let you know in advance that the play is set in a Paisley carpet factory in 1957 and uses the language of its time and place. It contains frequent strong language, and some characters express sexist and homophobic attitudes. We will study these critically in class, looking at what Byrne is showing us about work, class and ambition, and pupils will not be asked to read strong language aloud if they would prefer not to.

If you have any questions about the text, or would like to borrow a copy to read over the summer, please contact me.

Yours sincerely,
Kirsty Sutherland
Principal Teacher of English
Example School · Sgoil Eisimpleir · 01632 960000
""", fmt="alt", style="outlook", cte="quoted-printable", note="set text letter mentioning strong language and homophobic attitudes")

    add("clean", "gaelic_maths_cunntadh", st("gme"), [JANE],
        "Matamataig - cunntadh agus àireamhan (homework help)", when(1, 21, 14, 33),
        """A Jane, feasgar math,

Tapadh leibh for asking about the maths homework. I know it's hard to help when the worksheets are all in Gàidhlig and you don't have the language yourself, so here is a short glossary for this term's S1 number work:

cunntadh - counting
cunnt gu ceud - count to a hundred
àireamh / àireamhan - number / numbers
cuir ris - add
thoir air falbh - take away (subtract)
iomadaich - multiply
roinn - divide
cunntas - account (the "cunntas banca" worksheet is about bank accounts and interest)

Isla is doing very well. She can explain her working in Gàidhlig, which is exactly what we want, so if she teaches you the words as she goes, all the better.

Le dùrachd,
Mairead

Mairead NicLeòid
Prìomh Thidsear, Foghlam tro Mheadhan na Gàidhlig
Principal Teacher, Gaelic Medium Education
Example School · Sgoil Eisimpleir · 01632 960000
""", cte="quoted-printable", lang="gd",
        note="Gaelic vocabulary: cunntadh, cunntas (counting, account)")

    add("clean", "norway_exchange_words", st("ml"), [pup("bergen-exchange", "Bergen exchange group")],
        "Bergen exchange - useful words (and the ones that make you giggle)", when(5, 2, 15, 12),
        """Hi everyone,

Three weeks to go! Here are a few words you'll see on the way. We change planes in Copenhagen, so some are Danish and some Norwegian.

udgang / utgang - exit
indgang / inngang - entrance
tog - train
ferje - ferry
fart - speed. Yes, really. "Fartsgrense" is the speed limit and "fartsdump" is a speed bump.
slut (Danish) - end. You'll see "slutstation" on the airport train screens, which means the end of the line.
kunst - art (the art museum is "Kunstmuseum")
God tur! - have a good trip

Please get the giggling out of your system before we land, and not in front of your host families, who have heard it all before from British visitors.

Your host family information and the emergency contact sheet are on Teams. Trip mobile: 07700 900671.

Ms Kowalska
""", note="Norwegian/Danish words: fart (speed), slut (end), kunst")

    add("clean", "book_group_dickens", st("library"), [grp("staff", "All Staff")],
        "Staff book group - Dickens in March", when(2, 25, 12, 40),
        """Hi all,

The staff book group is back! For March we're reading Great Expectations. Mr Cockburn chose it after he admitted he'd never finished it at school, so he's leading the discussion as a penance.

Mrs Dick has kindly lent four copies, the library has six more, and Mr Hancock says the audiobook is excellent for the drive in on the glen road.

We'll meet on Thursday 27 March at 3.45 in the library. Tea and biscuits provided, and Shona has promised shortbread from the HE department if enough people come.

Next month's choice is up for grabs, and someone has suggested something in Gàidhlig with an English translation alongside. Ideas welcome.

Ishbel Morrison
School Librarian
Example School · 01632 960000
""", cte="quoted-printable", note="surnames Dickens, Cockburn, Dick, Hancock")

    add("clean", "ucas_offers_sussex", st("senior"), [pup("20hmackenzie", "Heather MacKenzie")],
        "Re: Offers from Sussex and Essex", when(3, 18, 10, 25),
        """Hi Heather,

Congratulations - two offers in a week! Sussex (conditional, AAB at Higher plus your Advanced Higher Biology) and Essex (unconditional) are both good news, and you still have Aberdeen and Glasgow to hear from.

A couple of things before you firm anything:
- The Sussex offer depends on this year's results, so it makes sense to hold Essex or a Scottish offer as your insurance.
- Travel is worth thinking about. Brighton and Colchester are both a long way from here. Your funding through SAAS will be different for an English university, so come and look at the numbers with me.
- You don't need to reply to either until all your offers are in.

Pop into the careers room on Thursday lunchtime and we'll go through UCAS Hub together.

Mr Rankin

> Hi sir I got an offer from Sussex AND one from Essex!! what do I do now
> do I have to reply straight away? Heather
""", note="university names Sussex, Essex; reply to pupil")

    add("clean", "history_sources_language", st("history"), [grp("humanities", "Humanities Department")],
        "N5 slave trade sources - language note", when(1, 16, 13, 2),
        """Hi all,

Before anyone teaches the new N5 "Atlantic Slave Trade" source booklet next week, a quick heads-up about the language in some of the primary sources.

Source 3 is an 18th-century Glasgow newspaper advertisement for a runaway enslaved man. It uses the word "Negro" throughout, as was usual at the time. I've kept it because it's such a powerful source (it shows Scotland's involvement very directly), but please frame it before pupils read it: it's period language, we don't use it, and we're reading it to understand how enslaved people were described as property.

Source 7 (the abolition-era cartoon) has a racial slur in the caption. I've replaced it with [n-word] in the booklet and the slides. Please don't read the original aloud or put it on the board.

There are also a couple of mentions of Highland estates bought with plantation money, which links nicely to the Clearances unit if you want to pick it up.

Hamish
""", note="history teaching note about offensive period language in sources; staff-only")

    add("clean", "hostel_plumbing_ballcock", st("janitor"), [("Helpdesk", "helpdesk@example.com")],
        "Job request - hostel boys' toilets, first floor", when(2, 10, 8, 22),
        """Hello,

Please could you raise a job for the school hostel (site ref EXS-H).

1. First-floor boys' toilets, end cubicle: the ballcock in the cistern is sticking and the toilet keeps running. I've tied it up for now.
2. The stopcock under the sink in the same room is seized solid. I couldn't isolate the supply this morning and had to go to the main.
3. The hex nipple on the boiler flow pipe in the plant room is weeping. There's a bucket under it, but it needs sorted before the weekend.

Parts you might need: 15mm compression fittings, a male/female adaptor for the old cistern feed, and a new float arm.

The hostel is occupied, so please phone me before attending on 01632 960000 (or my work mobile 07700 900244) and I'll meet the engineer.

Thanks,
Gordon Fraser
Facilities & Janitorial
Example School, Park Row, LS1 4AP
""", note="plumbing: ballcock, stopcock, nipple, male/female")

    add("clean", "rmps_heaven_hell", st("rmps"), [pup("n5-rmps", "N5 RMPS")],
        "N5 RMPS - Christianity: heaven, hell and judgement", when(2, 18, 16, 48),
        """Hi N5,

Revision for Thursday's unit assessment on Christian beliefs about life after death.

Make sure you can explain:
- Judgement: the belief that God will judge everyone, and that Jesus Christ will return.
- Heaven: traditional ideas (a place) and modern ones (a state of being with God).
- Hell: the traditional teaching of eternal damnation and separation from God, and why some Christians today reject the idea of a place of punishment.
- Purgatory: Roman Catholic teaching and why Protestant churches reject it.

A good answer will show the range of views within Christianity. Several of you wrote great answers in class about how the Free Church and the Church of Scotland differ here, and about Sabbath observance on the islands. Use that - local examples are fine as long as you link them to beliefs.

Past paper questions are on Teams.

Mrs Dick
""", note="RMPS: hell, damnation, God, Jesus Christ")


def everyday():
    add("clean", "ferry_weekend_parents", st("hostel"), [SAM, ALI],
        "Hostel pupils - Friday sailing cancelled, staying over this weekend", when(3, 7, 11, 5),
        """Dear parents and carers,

CalMac have cancelled this afternoon's 15:30 sailing because of the forecast (gusts of over 60mph from lunchtime), and the Saturday morning boat is under review too. All island pupils will therefore stay in the hostel this weekend. I'm sorry - I know a lot of you had plans.

What this means:
- The hostel stays fully staffed from Friday through to Monday morning.
- Meals as normal, with packed lunches on Saturday if the weather lets us get out.
- If the Saturday boat does sail and you'd like your child to travel, please phone the hostel on 01632 960314 before 9pm tonight so we can plan the minibus to the pier. We won't put anyone on a boat without hearing from you first.
- Pupils can phone home from the hostel landline in the evening as usual.

If your child needs anything from home (medication, a charger, a favourite hoodie for a long weekend), let us know and we'll do what we can.

Thanks for your patience, as always.

Donnie MacAulay
Hostel Warden
Example School Hostel | Taigh-òsta na Sgoile
Hostel: 01632 960314 | School office: 01632 960000
Park Row, LS1 4AP
""", fmt="alt", style="outlook", cte="quoted-printable", mailer="Microsoft Outlook 16.0",
        note="ferry cancellation letter to hostel families")

    add("clean", "snow_closure", st("head"), [JANE, SAM, ALI],
        "School closed today - Tuesday 11 February", when(2, 11, 6, 48),
        """Good morning / Madainn mhath,

Because of the overnight snow and the state of the hill roads, the school and the Gaelic-medium unit are closed to pupils today, Tuesday 11 February. School transport will not run. The hostel stays open, and hostel pupils will be supervised there as usual.

Staff will post work on Teams by 10am for S1-S3 and by 9.30am for senior phase classes. S4-S6 pupils who had prelim catch-up sessions today will be given new dates by their teachers.

We will update the school website and the council's school closures page by 3pm with a decision about tomorrow. Please don't phone the office this morning unless it's urgent - Mrs Campbell is snowed in too!

Stay safe and warm.

Catriona MacLeod
Head Teacher | Ceannard
Example School · Sgoil Eisimpleir
Park Row, LS1 4AP · 01632 960000
""", fmt="alt", style="outlook", cte="8bit", mailer="Microsoft Outlook 16.0",
        note="snow closure notice")

    add("clean", "mod_choir_practice", st("gaelic"), [JANE],
        "Còisir - Mòd practice times", when(5, 6, 16, 10),
        """A Jane, feasgar math,

Tapadh leibh for your email. Yes, Isla is very welcome in the junior còisir even though she's joining late. She has a lovely voice and her Gàidhlig is coming on well.

Practices for the Mòd are:
  Tuesdays 12:50-13:25 in the music room (bring lunch, we eat first)
  Thursdays 15:30-16:30 in the Gaelic unit, from 15 May

The prescribed pieces for the junior choir this year are both fairly short. I'll send the words home with a recording so she can learn them at home. Don't worry if you don't have Gàidhlig yourself - plenty of our families don't, which is exactly why we do the recordings.

We'll send a separate letter in August about travel and accommodation for the Mòd itself in October.

Mòran taing,
Seonag

Seonag NicDhòmhnaill / Seonag MacDonald
Tidsear Gàidhlig | Teacher of Gàidhlig
Example School · Sgoil Eisimpleir · 01632 960000
""", cte="8bit", note="Gaelic choir / Mòd practice reply, RFC 2047 subject")

    add("clean", "s1_ceilidh_dancing", st("pe"), [pup("s1-all", "S1")],
        "S1 ceilidh dancing - Friday", when(3, 18, 14, 12),
        """Hi S1,

Reminder that PE on Friday is ceilidh dancing in the games hall for all three S1 classes, as practice for the end-of-term ceilidh on 28 March.

You don't need full kit, but please bring indoor trainers (no outdoor shoes on the hall floor) and a water bottle. We'll be doing the Gay Gordons, Strip the Willow and the Dashing White Sergeant, so be ready for some spinning.

If you play the fiddle or the box and would rather play for a dance than dance it, come and see me or Mr Hancock this week.

Mr Brennan
""", note="PE ceilidh dancing reminder to pupils")

    sqa_pdf = fake_pdf("SQA examinations 2025 - personal timetable (sample layout)", [
        "Candidate: ______________   SCN: ______________",
        "Fri 25 Apr  09:00  English N5",
        "Tue 29 Apr  09:00  Mathematics N5 Paper 1 and Paper 2",
        "Wed 7 May   13:00  Biology N5",
        "Mon 12 May  09:00  Gaidhlig N5",
        "Arrive 20 minutes before the start. Phones and watches to be handed in.",
    ])
    add("clean", "sqa_timetable_s4", st("depute"), [pup("s4-all", "S4")],
        "SQA exam timetable and study leave - S4", when(4, 7, 9, 20),
        """Dear S4,

Your personal SQA exam timetable is attached. Please check it carefully tonight: your name, candidate number, and every subject you are sitting. If anything is wrong or missing, tell Mrs Campbell in the office by Friday 11 April at the latest.

A few reminders:
- Study leave for S4 starts on Friday 25 April after period 4. You must still come in for every exam, and you're welcome to study in the library (open 8.30-4).
- Arrive at the exam hall at least 20 minutes before the start. Hostel pupils: the hostel minibus will bring you down.
- Bring a clear pencil case, black pens, and your calculator where it's allowed. Mobile phones, smart watches and earbuds must be handed in. Having one on you can get your paper cancelled.
- If you are ill on the day of an exam, phone the school on 01632 960000 before the start time.

Most subjects are running revision sessions after school; your teachers will give you the dates.

Good luck. You've worked hard for this.

Mrs Beaton
Depute Head Teacher / SQA Coordinator
""", fmt="alt", style="outlook", attachments=[attach(sqa_pdf, "application/pdf", "S4_SQA_timetable_2025.pdf")],
        note="SQA timetable to S4 with PDF")

    kit_pdf = fake_pdf("S3 outdoor residential - kit list", [
        "Waterproof jacket and trousers; walking boots (worn in)",
        "Fleece x2, base layers, hat, gloves",
        "Old trainers or wetsuit boots for kayaking; towel",
        "Sleeping bag and roll mat (can be borrowed)",
        "Medication labelled and handed to staff",
        "Pocket money: max GBP 10",
    ])
    add("clean", "s3_residential_kit", st("outdoor"), [JANE, ALI],
        "S3 outdoor residential - kit list and medical forms", when(4, 29, 12, 34),
        """Dear parent/carer,

Thank you for returning the consent forms for the S3 residential (Tuesday 20 - Thursday 22 May). The full kit list is attached; the essentials are:

- Waterproof jacket AND waterproof trousers. Genuinely waterproof, not shower-proof. This is the single biggest thing that makes or breaks the trip.
- Walking boots, worn in. Trainers are fine around the centre but not on the hill day.
- Warm layers: a fleece or two, a hat and gloves (yes, even in May).
- Old trainers or wetsuit boots for kayaking, and a towel.
- Sleeping bag and roll mat if you have them. We can lend both; just tick the box on the form.
- Any medication, clearly labelled, handed to staff at the minibus.

Phones will be collected each evening and handed back in the morning. Pupils can bring a small amount of pocket money (£10 is plenty) for the shop on the last day.

If your child has any new medical needs since you filled in the form, or you'd like to talk anything over, please get in touch. During the trip I'm on the school mobile, 07700 900318.

All the best,
Alasdair Matheson
Outdoor Education
Example School | 01632 960000
""", cte="quoted-printable", attachments=[attach(kit_pdf, "application/pdf", "S3_residential_kit_list.pdf")],
        note="residential trip kit list with PDF")

    hostel_news = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">
<h2 style="color:#1b4f72">Naidheachdan an Taigh-òsta &ndash; Hostel News</h2>
<p><i>Weekend of 8/9 March</i></p>
<p>Dear parents and carers,</p>
<p>Fourteen pupils stayed with us this weekend, and it was one of our busiest yet. Here's what they got up to:</p>
<ul>
<li><b>Saturday:</b> swimming and ten-pin bowling in town, then a pizza night made by the S2s (with varying success).</li>
<li><b>Sunday:</b> a beach clean at the bay with the Outdoor Ed department &ndash; 11 bags of rubbish, mostly fishing rope &ndash; followed by a Gaelic film night.</li>
<li>Finlay and Aonghas are now joint hostel pool champions after a final that lasted well past lights out. (Only just.)</li>
</ul>
<p><b>Reminders</b></p>
<ul>
<li>Please send a named laundry bag back with your child on Monday.</li>
<li>Bedding is changed every second Sunday; pupils strip their own beds.</li>
<li>Phones are handed in at 10pm for S1&ndash;S3 and 11pm for S4&ndash;S6.</li>
</ul>
<p>As always, you can reach the hostel on <b>01632 960314</b> in the evenings.</p>
<p>Donnie MacAulay<br>Hostel Warden<br>Example School &middot; Sgoil Eisimpleir &middot; Park Row, LS1 4AP</p>
</body>
</html>
"""
    add("clean", "hostel_weekend_news", st("hostel"), [SAM, ALI],
        "Hostel news - weekend of 8/9 March", when(3, 10, 19, 20),
        fmt="html", html_body=hostel_news, cte="quoted-printable", note="HTML-only hostel newsletter")

    add("clean", "parents_evening_booking", st("office"), [JANE],
        "RE: Parents' evening appointments", when(3, 4, 10, 18),
        """Dear Mrs Parent,

Thanks for getting in touch. I've booked the following appointments for the S2 parents' evening on Thursday 13 March:

  4.40pm  Mr Nicolson (Maths)
  4.50pm  Mrs Sutherland (English)
  5.05pm  Ms MacDonald (Gàidhlig)
  5.20pm  Mr Grant (Science)

Unfortunately Mrs Kowalska is fully booked, but she's happy to phone you the following week. Could you let me know a good time and number?

Appointments are five minutes each, in the games hall. There will be tea and home baking from the S6 charity committee.

Kind regards,
Eilidh Campbell
Office Manager
Example School · 01632 960000 · office@example-school.org.uk

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 03 March 2025 21:14
To: office@example-school.org.uk
Subject: Parents' evening appointments

Hi, I couldn't get the online booking to work on my phone. Could I please have appointments with Isla's maths, English, Gaelic, science and French teachers, ideally after 4.30 as I'm working. Thanks, Jane Parent
""", cte="quoted-printable", mailer="Microsoft Outlook 16.0", note="office reply to parent booking parents' evening")

    add("clean", "n5_maths_homework", st("maths"), [pup("23imorrison", "Iona Morrison")],
        "N5 homework - Exercise 7C", when(1, 23, 15, 41),
        """Hi Iona,

You asked in class for the page numbers. It's Exercise 7C (page 112), questions 1-12, plus the extension questions on page 114 if you're keen. It's on the Teams assignment as well.

Due Monday. If you get stuck on the simultaneous equations, come along to maths club on Thursday lunchtime.

Mr Nicolson
""", note="short homework reminder to pupil")

    inset_pdf = fake_pdf("In-service day - Monday 17 February 2025", [
        "08:45 Tea and coffee, staffroom",
        "09:00 Child protection update (F Beaton)",
        "10:15 Department time: senior phase tracking, prelim analysis",
        "12:30 Lunch",
        "13:15 GME secondary planning / reading programme training",
        "15:00 Finish",
    ])
    add("clean", "inservice_agenda", st("head"), [grp("staff", "All Staff")],
        "In-service day Monday 17 February - agenda", when(2, 13, 16, 5),
        """Dear colleagues,

The agenda for Monday's in-service day is attached. The headlines:

08:45  Tea and coffee in the staffroom (thanks to HE for the scones)
09:00  Whole-staff session: updated child protection procedures - Fiona
10:15  Department time: senior phase tracking and prelim analysis
12:30  Lunch
13:15  GME staff and PTs: planning for the S1 Gaelic-medium intake
       Everyone else: reading programme training in the library
15:00  Finish

If you're travelling in from the islands and the ferry doesn't cooperate, let me know. The morning session will be recorded on Teams.

Thanks all,
Catriona
""", fmt="alt", style="outlook", attachments=[attach(inset_pdf, "application/pdf", "Inservice_17Feb_agenda.pdf")],
        note="staff admin: in-service agenda with PDF")

    add("clean", "gme_meeting_notes", st("gme"), [grp("gme-team", "Sgioba FtG / GME team")],
        "Notaichean coinneimh / GME meeting notes - 5 Gearran", when(2, 6, 9, 2),
        """A charaidean,

Seo na notaichean bhon choinneimh Diciadain. (Notes from Wednesday's meeting, with an English summary for colleagues who don't have Gàidhlig.)

1. Clàradh S1 - 9 pupils confirmed for S1 Gaelic-medium in August, up from 6 last year.
2. Mòd 2025 - Seonag is coordinating. Junior and senior còisir practices start after Easter.
3. Resources - the new Gaelic maths booklets for S1-S2 have arrived. Callum, could you check the terminology in chapter 3 before we use them?
4. Staffing - the advert for the 0.6 FTE GME science post closes on 21 February.
5. AOB - Fèis tickets; an interpreter for the two families who asked for one at parents' evening.

Next meeting: Wednesday 5 March, 15:40, Aonad Gàidhlig.

Mòran taing,
Mairead
""", cte="8bit", lang="gd", note="bilingual Gaelic/English meeting notes")

    add("clean", "s3_report_reply", st("guid"), [ALI],
        "Re: Euan's S3 report", when(3, 24, 12, 55),
        """Dear Mr Guardian,

Thanks for your message about Euan's report, and for reading it so closely.

You're right that his effort grades in Maths and Science have dropped since the October tracking. I spoke to both teachers today. Mr Nicolson thinks Euan understands the work but has been rushing and not finishing homework. Dr Okafor said much the same, and that he's been quieter in class since Christmas.

I'd like to have a chat with Euan myself this week. Nothing formal, just to see how he's getting on, including at home with the lambing coming up. I'll let you know how it goes. If you'd prefer to talk by phone, I'm free most afternoons after 3.30 on 01632 960000 (ask for me at the office).

Best wishes,
Neil Cockburn
Pastoral Care Teacher (S1-S3)

On Sun, 23 Mar 2025 at 19:42, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hello Mr Cockburn,
> We got Euan's report on Friday. Most of it is fine but his effort in maths
> and science has gone down a lot since last time and he won't tell us why.
> Is something going on? He says everything is "fine".
> Ali Guardian
""", fmt="alt", style="gmail", reply_to_id="<CAF9pq1xK2m@mail.gmail.com>", note="pastoral reply to parent about report")

    add("clean", "attendance_query", st("attend"), [SAM],
        "Finlay - absence on Tuesday 4 March", when(3, 6, 9, 14),
        """Dear Sam,

Finlay was marked absent at registration and for periods 1-3 on Tuesday 4 March. He's in the hostel, so we knew he was safe - the hostel staff said he had a sore stomach in the morning and came in after lunch.

Could you confirm you're happy for this to be recorded as illness? I just need to hear it from you as his carer. A reply to this email is fine.

Thanks,
Janet Ross
Attendance Officer
Example School · 01632 960000
""", cte="quoted-printable", note="attendance query to carer")

    newsletter = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#eef2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#222">
<tr><td style="background:#0b3d5c;color:#fff"><h1 style="margin:0;font-size:24px">Naidheachdan &ndash; Spring Newsletter</h1>
<div style="font-size:13px">Example School &middot; Sgoil Eisimpleir &middot; March 2025</div></td></tr>
<tr><td>
<h2 style="font-size:18px">From the Head Teacher</h2>
<p>What a term. Two snow closures, more ferry cancellations than I'd like to count, and through it all a school that kept going. Thank you to every family who juggled childcare at short notice, and to our hostel staff, who looked after island pupils over several unexpected weekends.</p>
<h2 style="font-size:18px">Deasbad &ndash; debating success</h2>
<p>Our S5 team reached the final of the regional Gaelic debating competition in February. Meal an naidheachd!</p>
<h2 style="font-size:18px">S2 Science Fair</h2>
<p>The S2 science fair raised &pound;312 for the lifeboat. Projects ranged from seaweed fertiliser to a wind turbine that survived the February storm better than the bike shed did.</p>
<h2 style="font-size:18px">Hostel ceilidh</h2>
<p>The hostel fundraising ceilidh raised an amazing &pound;1,240 towards the new minibus. Thanks to the band, the bakers and everyone who braved the Strip the Willow.</p>
<h2 style="font-size:18px">Dates for the diary</h2>
<ul>
<li>28 March &ndash; end of term, 1pm finish (buses at 12.50)</li>
<li>14 April &ndash; term starts</li>
<li>25 April &ndash; SQA exams begin</li>
<li>5 May &ndash; May Day holiday</li>
</ul>
<p>Lost property is piling up in the office, including a worrying number of single wellies. Please have a look before the holidays.</p>
<p style="font-size:13px;color:#555">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table>
</td></tr></table>
</body>
</html>
"""
    add("clean", "spring_newsletter", st("office"), [JANE, SAM, ALI],
        "Naidheachdan - Spring Newsletter", when(3, 21, 15, 0),
        fmt="html", html_body=newsletter, cte="quoted-printable", note="HTML-only newsletter to parents")

    theatre_pdf = fake_pdf("S2 theatre trip - consent form", [
        "Pupil name: ______________________   Class: ______",
        "I give permission for my child to attend the S2 theatre trip on Thursday 27 March.",
        "Cost: GBP 12 (subsidised by the Parent Council).",
        "Medical information: ________________________________",
        "Signed: ____________________  Date: ____________",
    ])
    add("clean", "s2_theatre_trip", st("english"), [JANE, ALI],
        "S2 theatre trip to Inverness - Thursday 27 March", when(3, 5, 13, 50),
        """Dear parent/carer,

The S2 English classes have been reading Treasure Island this term, and we have the chance to see a touring stage production at the theatre in Inverness on Thursday 27 March (matinee).

The bus will leave school at 09:15 and we expect to be back by 17:30. Hostel pupils will be dropped at the hostel. Pupils should bring a packed lunch and a drink; there will be a short stop on the way home.

The cost is £12, as the Parent Council has kindly covered half of the ticket price. If the cost is a difficulty for any reason, please speak to me or the office in confidence; no pupil will miss out because of it.

Please return the attached consent form by Friday 14 March.

Kind regards,
Kirsty Sutherland
Principal Teacher of English
Example School · 01632 960000
""", cte="quoted-printable", attachments=[attach(theatre_pdf, "application/pdf", "S2_theatre_consent.pdf")],
        note="trip letter with consent form PDF")

    add("clean", "lambing_leave_outlook", st("depute"), [ALI], cc=[st("rural")],
        subject="RE: Request for leave - lambing", date=when(4, 1, 11, 25),
        body="""Dear Mr Guardian,

Thank you for letting us know in advance. I'm happy to authorise Euan's absence on the mornings of Monday 14 to Thursday 17 April to help with the lambing. He should come in for the afternoons where he can.

Mr Mackay (copied in) says the week can count towards Euan's Rural Skills log if he keeps a short daily diary: what he did, how many ewes lambed, and any problems. Photos are welcome too.

Euan's teachers will post any work he misses on Teams.

Kind regards,
Fiona Beaton
Depute Head Teacher
Example School · 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 31 March 2025 20:03
To: Office <office@example-school.org.uk>
Subject: Request for leave - lambing

Dear Mrs Beaton,
We are expecting to start lambing about the 10th and I'm short-handed this year. Could Euan have the mornings off in the week of the 14th to help? He'd be in for the afternoons.
Thanks, Ali Guardian
""", fmt="alt", style="outlook", mailer="Microsoft Outlook 16.0", cte="quoted-printable", note="leave for lambing on family croft, Outlook reply")

    add("clean", "clothing_grant", st("office"), [JANE, SAM, ALI],
        "Free school meals and clothing grant - 2025/26 applications", when(5, 12, 10, 0),
        """Dear parents and carers,

Applications for free school meals and the school clothing grant for session 2025/26 are now open on the council website.

- The clothing grant is paid once a year per child, in time for the new session.
- Pupils in S1-S6 may be entitled to free school meals depending on household income or benefits.
- If you applied last year, you still need to apply again.

Please don't assume you won't qualify. Crofting, fishing and seasonal incomes can vary a lot from year to year, and the rules take that into account. Applications are confidential.

If you'd like help filling in the form, Mrs Campbell in the office can go through it with you in private. Just phone 01632 960000 to arrange a time.

Kind regards,
Eilidh Campbell
Office Manager
Example School · Sgoil Eisimpleir
""", cte="quoted-printable", note="free school meals / clothing grant reminder")

    add("clean", "hostel_lost_property", st("night"), [pup("hostel-pupils", "Hostel pupils")],
        "Lost property - hostel common room", when(2, 4, 21, 5),
        """Hi all,

The following have been handed in at the night office:

- a navy waterproof jacket with a broken zip (M/L)
- one black football boot, size 6
- a purple water bottle with "LM" on it
- a phone charger (the long one) left in the common room

Come and see me before 10pm if any of it is yours. Anything not claimed by Friday goes to the school lost property.

Mrs Kerr
""", cte="base64", note="hostel lost property, base64 body")

    add("clean", "ucas_reference_request", st("senior"), [st("english")],
        "UCAS reference - Morven Sinclair", when(1, 7, 14, 20),
        """Hi Kirsty,

I'm putting together Morven Sinclair's UCAS reference this week. She's applying for Primary Education with Gaelic at three Scottish universities.

Could you send me three or four lines on her as a student of English by Wednesday? Things that would help: her Higher grade last year, how she's getting on with the Advanced Higher dissertation, and anything about her reading or independent work. If you've seen her working with younger pupils (she does the S1 paired reading), that would be great too.

No need to make it polished, I'll fit it into the whole reference.

Thanks,
Stuart
""", note="staff request for UCAS reference input")

    add("clean", "sqa_results_info", st("depute"), [JANE, SAM, ALI],
        "SQA results day and what happens next", when(5, 20, 15, 35),
        """Dear parents and carers,

With the exam diet nearly over, here's some information about results and the options afterwards.

Results day is Tuesday 5 August. Candidates who have signed up to MySQA will get their results by text and/or email from 8am; certificates arrive by post the same day.

If your child's result is lower than expected, the SQA has an appeals service, and the school will contact you if we think an appeal is appropriate. Please also get in touch yourselves if you have concerns. Our senior leadership team will be in school on results day from 9am to 1pm, and you can phone on 01632 960000.

Pupils returning for S5 and S6 should confirm their course choices with Mr Rankin by the end of August. Any changes because of results will be sorted out in the first week of term.

Thank you for all your support during a long exam season.

Kind regards,
Fiona Beaton
Depute Head Teacher / SQA Coordinator
Example School · Sgoil Eisimpleir
Park Row, LS1 4AP
""", fmt="alt", style="outlook", cte="8bit", note="SQA results information to parents")

    bounds = (
        "level,paper,A,B,C,D\n"
        "N5,Total (/110),76,64,52,46\n"
        "Higher,Total (/110),77,65,53,47\n"
        "AH,Total (/100),70,60,50,45\n"
    )
    add("clean", "prelim_boundaries_dept", st("maths"), [grp("maths", "Maths Department")],
        "Prelim boundaries + tracking deadline", when(1, 31, 12, 20),
        """Hi all,

Agreed prelim boundaries from this morning's meeting are attached (CSV, so you can paste them straight into your markbooks). They're a couple of marks below last year's, which reflects the slightly harder Paper 1.

Please have all prelim marks in the tracking spreadsheet by Friday 7 February so that Neil and Stuart can start conversations with pupils who are at risk.

Anyone struggling with cross-marking, swap a couple of scripts with me.

Thanks,
Callum
""", attachments=[attach(bounds.encode(), 'text/csv; charset="utf-8"', "prelim_boundaries_2025.csv", cte="7bit")],
        note="department admin with CSV attachment")

    add("clean", "supply_cover_request", st("head"), [("Supply Team", "supply.teachers@example.org")],
        "Supply cover request - Biology, 3-14 March", when(2, 20, 10, 40),
        """Dear Supply Team,

I'd like to request supply cover for Biology (S1-S6, including N5 and Higher classes) from Monday 3 to Friday 14 March, while a member of staff is on leave.

The timetable is 0.8 FTE over four days (Monday-Thursday). Work will be set, but we'd ideally like someone able to teach senior phase practicals, as the Higher class has assignment work that week.

Because of our location, we'd be happy to provide accommodation in the school hostel's staff flat for someone travelling from further away. Mileage would be paid at the usual rate.

Please contact me directly on 01632 960000 or by reply.

Kind regards,
Catriona MacLeod
Head Teacher
Example School · Sgoil Eisimpleir
Park Row, LS1 4AP
""" + "\n" + DISCLAIMER, cte="quoted-printable", note="head teacher request to external supply team")

    add("clean", "bus_route_change", st("office"), [("Glen Coaches Bookings", "bookings@example.com")],
        "Route 4 - afternoon pickup, road closure", when(1, 14, 9, 50),
        """Good morning,

The council has closed the glen road at the bridge after the landslip at the weekend, with the diversion via the forestry track (single track, passing places only).

For the route 4 afternoon run, could the driver please:
- collect the glen pupils from the main school gate as usual at 15:35;
- use the diversion via the forestry track, not the shore road (it's flooding at high tide this week);
- drop the three pupils from the far end of the glen at the village hall, where parents have agreed to meet them.

I've informed the families. The closure is expected to last at least two weeks. I'll let you know as soon as the road reopens.

Please phone me on 01632 960000 if there's any problem.

Kind regards,
Eilidh Campbell
Office Manager
Example School
""", note="school transport route change to coach operator")

    add("clean", "careers_fair_forward", st("senior"), [pup("s5-all", "S5"), pup("s6-all", "S6")],
        "Fwd: Highland Careers & Apprenticeships Fair - 26 March", when(3, 10, 8, 55),
        """Hi S5 and S6,

Worth a look. There's a bus from school if at least 15 sign up - names to me by Friday. Especially good if you're thinking about apprenticeships in renewables, fishing/aquaculture or the NHS.

Mr Rankin

---------- Forwarded message ---------
From: Careers Events <events@example.org>
Date: Fri, 7 Mar 2025 at 14:02
Subject: Highland Careers & Apprenticeships Fair - 26 March
To: <s.rankin@example-school.org.uk>

Dear colleague,

We are delighted to invite your senior pupils to the Highland Careers & Apprenticeships Fair on Wednesday 26 March, 10am-2pm.

More than 40 employers and training providers will be there, including energy, aquaculture, construction, health and social care, tourism and hospitality, and the armed forces, as well as colleges and universities.

Free workshops on CVs, interview skills and applying for Modern Apprenticeships will run throughout the day.

To book a group, please reply to this email with numbers by 19 March.

Careers Events Team
""", fmt="alt", style="gmail", note="forwarded careers fair invitation to pupils")

    add("clean", "staff_night_out", st("he"), [grp("staff", "All Staff")],
        "End of term staff night - Friday 28 March \U0001F389", when(3, 11, 12, 30),
        """Hi everyone,

It's that time again! The end of term staff night will be on Friday 28 March at the hotel:

- Meal at 7pm: three courses for £28 (veggie and gluten-free options)
- Ceilidh band from 9pm (the same band as last year)
- A minibus back to the school and village at midnight and 1am

Please give me a £10 deposit and your menu choices by Friday 21 March. There's a sheet in the staffroom.

Partners are very welcome. Hostel colleagues on duty that night, we'll save you some cake.

Shona
""", cte="base64", mailer="iPhone Mail (22D82)", note="staff social; emoji in RFC 2047 subject; base64 body")

    add("clean", "library_gaelic_order", st("library"), [("Orders", "orders@example.com")],
        "Order - Gaelic fiction for S1-S3", when(4, 22, 14, 15),
        """Hello,

Please could I place the following order for the school library (account EXS-LIB-04)?

- 3 copies each of your six new Gaelic teen fiction titles from the spring catalogue (pages 12-13)
- 2 copies of the Gaelic-English learner's dictionary (pocket edition)
- 1 set of the bilingual graphic novel series (volumes 1-4)

Could you let me know whether any are out of stock before sending? We'd like them in before the S1 transition days in June.

Please invoice the school at Park Row, LS1 4AP, for the attention of the library.

Many thanks,
Ishbel Morrison
School Librarian
Example School · Sgoil Eisimpleir · 01632 960000
""", cte="8bit", note="library book order to supplier")

    add("clean", "piping_tuition", st("music"), [JANE, SAM],
        "Piping and drumming tuition - new session", when(4, 15, 16, 0),
        """Dear parent/carer,

Your child has asked about joining the school's piping and drumming tuition. Lessons are with our visiting instructor on Wednesdays, and beginners start on the practice chanter or a practice pad before moving on to the pipes or the snare drum.

- Lessons are free. We can lend a chanter or practice pad to start with.
- Pupils miss one period a week, on a rota so it isn't always the same subject.
- The pipe band plays at the school prize-giving and the local Highland games, and some of our pupils play at the Fèis in July.

If you're happy for your child to start, please reply to this email. Lessons will begin after the Easter holidays.

Kind regards,
Peter Hancock
Teacher of Music
Example School · 01632 960000
""", cte="8bit", note="music tuition letter to parents")

    add("clean", "shinty_match", st("pe"), [pup("shinty-team", "Shinty squad")],
        "Shinty v. Glenbrae High - Wednesday", when(4, 21, 13, 3),
        """Squad,

Wednesday's match away at Glenbrae High is ON (pitch inspected this morning). The bus leaves the front of school at 13:30. You'll miss periods 6 and 7; I've told your teachers.

Bring: caman, gumshield (compulsory, no gumshield no game), shin guards, boots, and a warm layer for the bench. Strips will be on the bus.

Team sheet is on the PE noticeboard. Anyone who can't make it, tell me by Tuesday lunch.

Mr Brennan
""", note="shinty fixture to pupils")

    add("clean", "history_assignment_reply", st("history"), [pup("21msinclair", "Morven Sinclair")],
        "Re: Higher History assignment question", when(2, 5, 19, 30),
        """Hi Morven,

Good question. The wording is fine, but "economic factors" on its own is too broad. Try: "To what extent were economic factors the main cause of the Highland Clearances?" That gives you a clear factor to evaluate against the others (landlord debt, the kelp collapse, sheep farming profits, and the famine of the 1840s on the other side).

For sources, start with the parish accounts and one of the estate factors' letters. There are copies in the history room. For historians, the two books on the reading list are enough; don't try to read everything.

You're on the right track. Bring your plan on Friday.

Mr Munro

On Wed, 5 Feb 2025 at 18:47, Morven Sinclair <21msinclair@pupils.example-school.org.uk> wrote:
> Hi sir, is "how important were economic factors in causing the Highland
> Clearances" an ok question for my assignment? And what sources should I
> use? Thanks
""", note="teacher advice to pupil, quoted question")

    add("clean", "allergy_plan_residential", st("nurse"), [JANE],
        "Isla - allergy plan for the S3 residential", when(5, 7, 11, 45),
        """Dear Mrs Parent,

Thank you for sending back Isla's form for the S3 residential. I'd like to update her allergy plan before the trip, as the one we have is from P7.

Could you please:
- confirm that the nut allergy is still the only one, and whether she reacts to traces;
- send in two in-date adrenaline auto-injectors in a named bag (the staff on the trip will carry one each);
- let me know if her inhaler is still needed.

I'll go through the plan with Mr Matheson and the centre staff, and the centre kitchen will have her details before we arrive.

I'm in school on Tuesdays and Thursdays, or you can leave a message with the office on 01632 960000.

Kind regards,
Morag Gunn
School Nurse
Example School · Sgoil Eisimpleir
""", fmt="alt", style="outlook", cte="quoted-printable", note="school nurse to parent re allergy plan")


def main():
    flags()
    hard_negatives()
    everyday()
    n_flag = sum(m["label"] == "flag" for m in MESSAGES)
    n_clean = sum(m["label"] == "clean" for m in MESSAGES)
    assert (n_flag, n_clean) == (20, 60), (n_flag, n_clean)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"

    order = list(range(len(MESSAGES)))
    random.Random(46046).shuffle(order)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))

    rows = []
    for i, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fname = "%03d_%s_%s.eml" % (i, m["label"], m["slug"])
        raw = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        recips = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append((fname, m["label"], m["sender"][1], recips, m["note"]))

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)

    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(rows))

    verify(rows)
    print(f"wrote {len(rows)} messages ({n_flag} flag, {n_clean} clean) to {OUT}")


def verify(rows):
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r[0] for r in rows), "labels/files mismatch"
    for fname, label, sender, recips, _ in rows:
        assert fname.split("_")[1] == label
        with open(os.path.join(OUT, fname), "rb") as fh:
            msg = message_from_bytes(fh.read(), policy=policy.default)
        assert not msg.defects, (fname, msg.defects)
        frm = msg["From"].addresses[0].addr_spec
        assert frm == sender, (fname, frm, sender)
        got = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert got == recips.split(" "), (fname, got, recips)
        for k in ("Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[k], (fname, k)
        for part in msg.walk():
            if part.is_multipart():
                assert not part.defects, (fname, part.defects)
                continue
            part.get_content()  # decodes without error


def readme(rows):
    nf = sum(r[1] == "flag" for r in rows)
    nc = sum(r[1] == "clean" for r in rows)
    return f"""# Round 46 hold-out corpus: obscene-language

**BLIND: never use these messages for tuning** the filter, its rules or its word lists.
They were written without reading mailguard's code, rules, tests or docs, so they
can show how the filter does on mail nobody tuned it for.

## What it is

{len(rows)} outgoing e-mails from staff at a fictional rural 11-18 secondary in the Scottish
Highlands and Islands. The school has a Gaelic-medium unit, a hostel for island pupils,
crofting families, ferry and snow disruption, SQA exams and outdoor education. Each
message is labelled `flag` or `clean` under the policy's obscene-language clause:
*staff must not use obscene language or swear words, nor make offensive comments
on grounds of gender, race, disability, age, religion or sexual orientation.*

Labels follow the policy's intent, as the school's safeguarding lead would judge:
a message is `flag` only when the staff author's own words (subject, body, or a
text attachment) swear or use a slur.

## How it was made, and how to regenerate it

`../make_round46_obscene.py` (Python 3.11 standard library only) builds every
message byte by byte: fixed dates, Message-IDs and MIME boundaries, and an order
set by a seeded shuffle. Running it again gives byte-identical files:

    python3 tests/holdout/round46/make_round46_obscene.py

After writing the files, the script re-parses every message with
`email.message_from_bytes(..., policy=email.policy.default)` and checks it
against `labels.csv`.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To then Cc,
separated by spaces). Judgement calls are marked `[unsure]` in the note.

## Counts

| expected | count |
|----------|------:|
| flag     | {nf} |
| clean    | {nc} |
| total    | {len(rows)} |

Of the clean messages, 30 are everyday school mail and 30 are hard negatives.
The flags are 10 plain and 10 disguised.

## Kinds of case

- **flag, plain**: staff-to-staff venting (ferry cancellations, a council visit, a hill day),
  swearing at a pupil ("get your shit together"), a reply-all that copies in the parent
  being insulted, slurs (homophobic, ethnic/national, disability), swearing only in the
  subject, swearing only in a CSV attachment, Gaelic/English mixed mail.
- **flag, disguised**: asterisk/symbol masks, leetspeak, repeated letters, letters
  split by dots or hyphens, Cyrillic homoglyphs, full-width letters, zero-width spaces,
  words split by HTML tags or character entities, a quoted-printable soft line break
  inside the word, a base64 body with an RFC 2047 encoded subject.
- **clean, hard negatives**: place names (Cockbridge, Twatt, Muck, Butt of Lewis,
  Scunthorpe, Penistone, Sussex, Essex), surnames (Dick, Cockburn, Hancock, Dickens),
  food (cock-a-leekie, spotted dick), birds and crofting (shag, great tit, bitch, tups,
  cock pheasant), sports kit (shuttlecocks, cricket boxes), science and biology terms,
  an RSHP letter to parents, plumbing terms, RMPS (hell, damnation), Gaelic
  (cunntadh, cunntas), Norwegian/Danish (fart, slut), set texts (King Lear; The Slab Boys),
  staff-only safeguarding reports that quote pupils word for word, an ASN support plan
  for a pupil with Tourette's, staff discussion of the behaviour policy and of
  homophobic language, history sources with period language, and polite replies to
  parents whose abusive words appear only in the quoted text.
- **clean, everyday**: ferry and snow notices, hostel news, Mòd and còisir, ceilidh
  dancing, SQA timetables and results, trip letters, parents' evening, attendance,
  reports, meeting notes (Gaelic/English), newsletters, orders, supply cover, transport,
  careers, staff social, music tuition, shinty, allergy plans.

Formats are mixed: text/plain (7bit, 8bit, quoted-printable, base64),
multipart/alternative in the styles of Outlook and Gmail, HTML-only, PDF/CSV
attachments, replies and forwards, and RFC 2047 subjects and names.
Phone numbers are all in Ofcom's drama ranges (01632 960xxx, 07700 900xxx), not real
Highland codes. The school's own number and postcode (01632 960000, LS1 4AP) are the
configured school identity.
"""


if __name__ == "__main__":
    main()
