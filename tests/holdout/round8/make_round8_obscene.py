#!/usr/bin/env python3
"""Round 8 blind holdout corpus for the mailguard module "obscene-language".

Writes tests/holdout/round8/obscene-language/NNN_<flag|clean>_<slug>.eml, labels.csv and
README.md.  Python 3.11 standard library only.  Everything is fixed (dates, Message-IDs,
MIME boundaries, file order), so two runs produce byte-identical output.

This corpus is BLIND: it was written without looking at the filter, its rules or its other
tests.  Never use it to tune the filter.

    python3 tests/holdout/round8/make_round8_obscene.py
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
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people

def st(local, name=None):
    return (name, f"{local}@{DOM}") if name else f"{local}@{DOM}"

JPRICE = st("j.price", "Jonny Price")
SWARD = st("s.ward", "Sophie Ward")
THARG = st("tom.hargreaves", "Tom Hargreaves")
BURSAR = st("bursar", "Ian Kettlewell")
BIRCH = st("d.birch", "Lt Col David Birch")
ROPER = st("h.roper", "Capt Hannah Roper")
OGDEN = st("c.ogden", "Claire Ogden")
FENWICK = st("m.fenwick", "Mark Fenwick")
HUSSAIN = st("n.hussain", "Nadia Hussain")
MCBRIDE = st("f.mcbride", "Fiona McBride")
WHITAKER = st("r.whitaker", "Rob Whitaker")
LLOYD = st("g.lloyd", "Gareth Lloyd")
PETRIE = st("a.petrie", "Dr Alan Petrie")
MISTRY = st("s.mistry", "Sarah Mistry")
SYKES = st("d.sykes", "Dave Sykes")
GREAVES = st("m.greaves", "Martin Greaves")
BLACKWOOD = st("l.blackwood", "Lucy Blackwood")
ASHWORTH = st("h.ashworth", "Helen Ashworth")
ACKROYD = st("p.ackroyd", "Phil Ackroyd")
CATERING = st("catering", "Pete Drummond")
DANBY = st("w.danby", "Will Danby")
CROWTHER = st("a.crowther", "Andy Crowther")
KERRY = st("k.ollerenshaw", "Kerry Ollerenshaw")
MORGAN = st("r.morgan", "Rhys Morgan")
TATE = st("g.tate", "Gordon Tate")
TESSA = st("t.barraclough", "Tessa Barraclough")
CHAPLAIN = st("chaplain", "Revd Mark Pennington")
FARM = st("o.fairclough", "Owen Fairclough")
DUNMORE = st("b.dunmore", "Bev Dunmore")
MUSIC = st("a.kowalczyk", "Anna Kowalczyk")
OKAFOR = st("r.okafor", "Dr Richard Okafor")
SANDFORD = st("e.sandford", "Emily Sandford")
MATRON = st("matron", "Sue Tranter")
GRANT = st("h.grant", "Hollie Grant")
HOLLINS = st("j.hollins", "Dr James Hollins")
ASHBY = st("b.ashby", "Flt Lt Ben Ashby")
LISTER = st("k.lister", "Kath Lister")
RAMAN = st("p.raman", "Priya Raman")
BELLO = st("a.bello", "Aisha Bello")
WHITLAM = st("b.whitlam", "Ben Whitlam")
HEAD = st("head", "Dr Caroline Whitlock")
MEILIN = st("admissions", "Mei Lin Ho")
FRIENDS = st("friends", "Jo Haigh (Friends of Example School)")
DSL = st("dsl", "Rachel Sutcliffe")
BARKER = st("l.barker", "Louise Barker")
HEBDEN = st("n.hebden", "Neil Hebden")
SALE = st("i.sale", "Imogen Sale")
BAMFORD = st("c.bamford", "Craig Bamford")
KAYE = st("r.kaye", "Rob Kaye")
PEARCE = st("l.pearce", "Linda Pearce")
HIRST = st("g.hirst", "Gemma Hirst")
MOSS = st("k.moss", "Karen Moss")
OFFICE = st("office", "Office")

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

def lst(local, name):
    return (name, f"{local}@{DOM}")

def pl(local, name=None):
    return (name, f"{local}@{PUP}") if name else f"{local}@{PUP}"

# --------------------------------------------------------------------------- encoding helpers

def h(s, n=10):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]

def is_ascii(s):
    return all(ord(c) < 128 for c in s)

def bwords(s):
    out, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if cur and len(base64.b64encode(cur + b)) > 75 - 12:
            out.append(cur)
            cur = b""
        cur += b
    out.append(cur)
    return ["=?UTF-8?B?" + base64.b64encode(w).decode("ascii") + "?=" for w in out]

def qwords(s):
    out, cur = [], ""
    for ch in s:
        if ch == " ":
            e = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            e = ch
        else:
            e = "".join("=%02X" % x for x in ch.encode("utf-8"))
        if cur and len(cur) + len(e) > 75 - 12:
            out.append(cur)
            cur = ""
        cur += e
    out.append(cur)
    return ["=?UTF-8?Q?" + w + "?=" for w in out]

def enc_header_text(s, mode=None):
    if is_ascii(s):
        return s
    if mode is None:
        nonascii = sum(1 for c in s if ord(c) > 127)
        mode = "B" if nonascii * 4 > len(s) else "Q"
    words = bwords(s) if mode == "B" else qwords(s)
    return "\n ".join(words)

def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    if not is_ascii(name):
        return f"{bwords(name)[0]} <{addr}>"
    if any(c in name for c in ',.()<>:;@[]"'):
        return '"' + name.replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"

def bare(a):
    return a if isinstance(a, str) else a[1]

def fmt_list(addrs):
    return ",\n ".join(fmt_addr(a) for a in addrs)

def when(s):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    # UK time: BST from the last Sunday of March to the last Sunday of October (2025: 30 Mar - 26 Oct)
    bst = (datetime(2025, 3, 30, 1) <= dt < datetime(2025, 10, 26, 1))
    tz = timezone(timedelta(hours=1)) if bst else timezone.utc
    return dt.replace(tzinfo=tz, second=int(h(s, 2), 16) % 60)

def encode_body(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte in ("7bit", "8bit"):
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    raise ValueError(cte)

def leaf(ctype, text, cte=None, filename=None, charset="utf-8", raw=False):
    if raw:
        body = text if text.endswith("\n") else text + "\n"
    else:
        if cte is None:
            if is_ascii(text) and max(len(l) for l in text.split("\n")) < 990:
                cte = "7bit"
            else:
                cte = "base64" if filename else "quoted-printable"
        body = encode_body(text, cte)
    hs = [f'Content-Type: {ctype}; charset="{charset}"' + (f';\n name="{filename}"' if filename else "")]
    if filename:
        hs.append(f'Content-Disposition: attachment;\n filename="{filename}"')
    hs.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(hs) + "\n\n" + body

def multipart(subtype, parts, boundary, preamble=None):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n" + p
    out += f"--{boundary}--\n"
    return out

def to_html(text, style="plain"):
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        inner = "\n".join(
            '<p class="MsoNormal">' + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>\n"
            '<p class="MsoNormal">&nbsp;</p>' for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="EN-GB">\n<div class="WordSection1">\n' + inner + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        inner = "<div><br></div>".join(
            "<div>" + html.escape(p, quote=False).replace("\n", "</div><div>") + "</div>" for p in paras)
        return '<div dir="ltr">' + inner.replace("</div><div>", "</div>\n<div>") + "</div>\n"
    inner = "\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ('<html>\n<head>\n<meta charset="utf-8">\n</head>\n'
            '<body style="font-family: Arial, sans-serif; font-size: 14px;">\n' + inner + "\n</body>\n</html>\n")

def gquote(when_s, who, text):
    lines = ["On " + when_s + ", " + f"{who[0]} <{who[1]}>" + " wrote:"]
    for l in text.strip("\n").split("\n"):
        lines.append("> " + l if l else ">")
    return "\n".join(lines) + "\n"

def aquote(when_s, who, text):
    lines = ["> On " + when_s + ", " + f"{who[0]} <{who[1]}>" + " wrote:", "> "]
    for l in text.strip("\n").split("\n"):
        lines.append("> " + l if l else "> ")
    return "\n".join(lines) + "\n"

def oquote(frm, sent, to, subject, text, cc=None, style="line"):
    head = "________________________________" if style == "line" else "-----Original Message-----"
    lines = [head, "From: " + frm, "Sent: " + sent, "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines += ["Subject: " + subject, "", text.strip("\n")]
    return "\n".join(lines) + "\n"

# --------------------------------------------------------------------------- message registry

MSGS = []

CLIENTS = {
    "outlook": ("X-Mailer: Microsoft Outlook 16.0",),
    "gmail": (),
    "apple": ("X-Mailer: Apple Mail (2.3826.400.131.1.6)",),
    "iphone": ("X-Mailer: iPhone Mail (22D72)",),
    "thunderbird": ("User-Agent: Mozilla Thunderbird",),
    "web": ("X-Mailer: Roundcube Webmail/1.6.9",),
}

def boundary(slug, client, n=0):
    x = h(f"{slug}/{n}", 24)
    if client == "outlook":
        return f"_00{n}_{x.upper()}_"
    if client == "gmail":
        return "0000000000" + x[:16]
    if client in ("apple", "iphone"):
        u = h(slug + "u" + str(n), 32).upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    if client == "thunderbird":
        return "------------" + x[:24]
    return f"=_mg8_{n}_{x}"

def msgid(slug, client, dt):
    x = h("mid/" + slug, 20)
    if client == "gmail":
        return f"<CAK{base64.b32encode(bytes.fromhex(x)).decode().rstrip('=')}@mail.gmail.com>"
    if client == "outlook":
        return f"<LO2P265MB{x[:10].upper()}{x[10:].upper()}@LO2P265MB.GBRP265.PROD.OUTLOOK.COM>"
    if client in ("apple", "iphone"):
        u = h("amid/" + slug, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{DOM}>"
    return f"<{dt.strftime('%Y%m%d%H%M%S')}.{x[:12]}@{DOM}>"

def M(kind, slug, note, frm, to, subject, date, body, cc=(), client=None,
      reply=False, subject_raw=None, subj_mode=None, extra=()):
    """body: a function (slug, client) -> MIME entity string (headers + blank line + body)."""
    assert kind in ("flag", "clean")
    MSGS.append(dict(kind=kind, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, body=body, client=client, reply=reply,
                     subject_raw=subject_raw, subj_mode=subj_mode, extra=list(extra)))

# Body constructors (all deferred so boundaries can depend on slug/client).

def PLAIN(text, cte=None):
    return lambda slug, client: leaf("text/plain", text, cte)

def HTMLONLY(markup, cte=None):
    return lambda slug, client: leaf("text/html", markup, cte)

def ALT(text, markup=None, cte=None, hcte=None, style=None):
    def f(slug, client):
        st_ = style or ("outlook" if client == "outlook" else "gmail" if client == "gmail" else "plain")
        m = markup if markup is not None else to_html(text, st_)
        return multipart("alternative", [leaf("text/plain", text, cte), leaf("text/html", m, hcte)],
                         boundary(slug, client, 1))
    return f

def MIXED(first, attachments):
    """first: a body constructor; attachments: (filename, ctype, text, cte or None)."""
    def f(slug, client):
        parts = [first(slug, client)]
        for fn, ct, txt, cte in attachments:
            parts.append(leaf(ct, txt, cte, filename=fn))
        return multipart("mixed", parts, boundary(slug, client, 0))
    return f

def RAWQP(qp_text):
    return lambda slug, client: leaf("text/plain", qp_text, "quoted-printable", raw=True)

def render(m):
    dt = when(m["date"])
    client = m["client"]
    hs = ["Date: " + format_datetime(dt),
          "From: " + fmt_addr(m["frm"]),
          "To: " + fmt_list(m["to"])]
    if m["cc"]:
        hs.append("Cc: " + fmt_list(m["cc"]))
    if m["subject_raw"]:
        hs.append("Subject: " + m["subject_raw"])
    else:
        hs.append("Subject: " + enc_header_text(m["subject"], m["subj_mode"]))
    hs.append("Message-ID: " + msgid(m["slug"], client, dt))
    if m["reply"]:
        parent = "<" + h("parent/" + m["slug"], 16) + "@" + ("mail.gmail.com" if client == "gmail" else DOM) + ">"
        hs.append("In-Reply-To: " + parent)
        hs.append("References: " + parent)
    hs.extend(CLIENTS.get(client, ()))
    hs.extend(m["extra"])
    hs.append("MIME-Version: 1.0")
    text = "\n".join(hs) + "\n" + m["body"](m["slug"], client)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# =========================================================================== FLAG (30)

M("flag", "governors_evening_vent",
  "plain swearing, venting to a colleague the morning after a governors' meeting",
  JPRICE, [SWARD], "last night", "2025-01-16 07:52", PLAIN("""Soph,

Did you stay for the end of the governors' thing? I bailed at half nine.
Honestly that was a fucking shambles from start to finish - forty minutes
on the car park rota and not one word about the staffing in Year 6.

Coffee at break? I need to rant at someone who isn't my cat.

J
"""), client="thunderbird")

M("flag", "boat_trailer_tyres",
  "digit for letter (sh1te) in own text of an Outlook reply to the bursar; quoted original clean",
  THARG, [BURSAR], "RE: Boat trailer \u2013 insurance renewal", "2025-03-12 08:03",
  PLAIN("""Ian,

Yes, I can get you the VIN off the chassis plate tomorrow morning. While you're at it though, the tyres on that trailer are absolute sh1te - two of them have cracking right round the sidewalls and I'm not towing eight boats to Nottingham on them. Can we get them replaced before the National Schools?

Tom

Tom Hargreaves
Director of Rowing

""" + oquote("Ian Kettlewell <bursar@example-school.org.uk>", "11 March 2025 16:40",
             "Tom Hargreaves <tom.hargreaves@example-school.org.uk>",
             "Boat trailer \u2013 insurance renewal", """Hi Tom,

The insurers want the VIN and the year of manufacture for the boat trailer before they'll renew. Could you dig them out for me when you're next down at the boathouse?

Thanks,
Ian""")), client="outlook", reply=True)

M("flag", "armoury_after_parade",
  "masked obscenity (c*nts) about cadets, officer to officer",
  BIRCH, [ROPER], "Armoury Tuesday", "2025-02-05 18:20", PLAIN("""Hannah,

Just been down to the armoury after Tuesday's parade. Rifles back in the
racks but two cleaning kits missing, pull-throughs everywhere and someone
had left the range log unsigned. The Year 10 section commanders are a bunch
of useless c*nts when nobody's standing over them.

I'll take them for a refresher on weapon handling and kit accounting next
week. Can you make sure the log's been countersigned before the SSI sees it
on Friday?

DB
"""))

M("flag", "timetable_draft_reply",
  "letters separated by spaces (b o l l o c k s) in a Gmail-style reply to the deputy head",
  OGDEN, [FENWICK], "Re: Draft timetable 2025-26 \u2013 comments by Friday", "2025-06-03 16:41",
  PLAIN("""Mark,

Respectfully, the double Year 11 on a Friday afternoon straight after games is b o l l o c k s and you know it. We tried it in 2022 and the results were the worst in the department for five years.

Can we talk before it goes to SLT? I'm free P5 Wednesday.

Claire

""" + gquote("Mon, 2 Jun 2025 at 08:15", FENWICK, """Dear all,

Attached is the first draft of next year's timetable. Please send any comments to me by Friday. I can't promise to fix everything but I will look at all of it.

Mark""")), client="gmail", reply=True)

M("flag", "y10_mocks_first_batch",
  "look-alike Cyrillic letters in s-h-i-t (U+0455, U+0456), quoted-printable body, to the department",
  HUSSAIN, [lst("english", "English Department")], "Y10 mocks \u2013 first batch", "2025-01-28 21:14",
  PLAIN("""Hi both,

I've done the first 30 of the Year 10 mock scripts. Some lovely responses on the Priestley question but the Jekyll and Hyde essays are \u0455h\u0456t, frankly \u2013 half of them wrote about the film and about a third never got past the first paragraph of the extract.

I'm going to do a whole-class feedback lesson rather than write the same comment thirty times. Happy to share the slides if you want them for your sets.

N
"""))

M("flag", "lowther_complaint_houseview",
  "zero-width space (U+200B) inside bull-shit (both text and HTML parts), housemistress to deputy head about a parent's complaint",
  MCBRIDE, [WHITAKER], "Mrs Lowther's complaint", "2025-03-19 12:31",
  ALT("""Rob,

Before you call Mrs Lowther back \u2013 her complaint about Imogen being "singled out" at prep is bull\u200bshit. Imogen was asked to move desks because she'd been on her phone for forty minutes, same as anyone else would be. I've got the duty log and Mr Carr was in the room the whole time.

I'm happy to be on the call if it helps.

Fiona
"""), client="outlook")

M("flag", "saturday_results_referee",
  "HTML-only; empty <i></i> tag inside the word wan-ker about a referee, to the PE department",
  LLOYD, [lst("pe", "PE Department")], "Saturday v St Aidan's", "2025-02-10 07:36",
  HTMLONLY("""<html>
<head><meta charset="utf-8"></head>
<body style="font-family: Calibri, sans-serif; font-size: 11pt;">
<p>Morning all,</p>
<p>Well done to everyone who covered on Saturday. Results: 1st XV lost 12&ndash;17, 2nd XV won 24&ndash;5, U15A won 31&ndash;10, U14B lost 0&ndash;45 (we move on).</p>
<p>For the record the ref in the 1st XV game was an absolute wan<i></i>ker &ndash; three yellows for us, none for them, and he let their 8 lie all over the ball for eighty minutes. I've sent a measured note to their Director of Sport, which took some doing.</p>
<p>Training as normal Tuesday. U14s, please check kit bags before they get on the bus this week.</p>
<p>Gareth</p>
</body>
</html>
"""))

M("flag", "reports_module_grumble",
  "HTML-only; the word is written with numeric character references (&#115;&#104;&#105;&#116;e)",
  PETRIE, [MISTRY], "New reports module", "2025-11-20 16:58",
  HTMLONLY("""<div dir="ltr"><div>Sarah,</div>
<div><br></div>
<div>Have you tried entering the Year 9 effort grades on the new reports module yet? It logged me out twice and lost the lot both times. What a load of &#115;&#104;&#105;&#116;e.</div>
<div><br></div>
<div>I've gone back to the spreadsheet and I'll paste them in when IT have fixed it. Might be worth you doing the same before Friday.</div>
<div><br></div>
<div>Alan</div></div>
"""), client="gmail")

M("flag", "first_xi_square_contractor",
  "base64-encoded plain body calling the mowing contractor a prick, groundsman to bursar",
  SYKES, [BURSAR], "First XI square", "2025-04-23 07:10",
  PLAIN("""Ian,

Went out this morning to find the contractor's been over the square with the big rotary mower instead of the cylinder like I told him twice. Scalped the whole thing at the pavilion end. The man's a complete prick, I'm not having him back on the cricket field.

I'll need to scarify, overseed and top-dress, probably \u00a3400-\u00a3500 of seed and loam. Will get you a proper figure tomorrow once I've measured up.

Dave
""", cte="base64"), client="iphone")

M("flag", "staff_quiz_round_attachment",
  "body clean; the attached .txt quiz round has sexual swearing and a sexist remark about a colleague",
  JPRICE, [lst("schoolhouse-tutors", "School House Tutors")], "Quiz night Friday - staff round", "2025-10-08 22:05",
  MIXED(PLAIN("""Evening all,

Questions for the staff-only round after the boys' quiz on Friday are
attached. Strictly AFTER they've gone up, obviously. Bring your own drinks,
I'll do crisps.

J
"""), [("staff_round.txt", "text/plain", """STAFF ROUND - NOT FOR THE BOYS

1. Which member of the Common Room was caught shagging in the minibus on the
   2019 Geography trip? (Half a point for naming the lay-by.)
2. Name the housemaster who said "bollocks to the risk assessment" at the
   September INSET.
3. How many times did the Bursar say "going forward" at the last staff
   meeting? Closest wins.
4. Finish Matron's famous line: "If I find one more sock in the tumble
   dryer I will..."
5. True or false: the new Head of Geography has had her tits done.
6. Which tutor fell asleep in Remembrance and snored through the Last Post?

Tiebreak: how much did the 2024 leavers' dinner wine bill come to?
""", None)]), client="thunderbird")

M("flag", "humanities_copier",
  "swear word only in the RFC 2047 (base64) encoded subject line; body polite",
  GREAVES, [OFFICE], "the fucking photocopier \u2013 again \u2013 Humanities office", "2025-01-21 10:12",
  PLAIN("""Hi Karen,

Sorry to be a pain - the Humanities copier is jammed again, error code
C-3401, and I've got a Year 8 test to run off for period 3. Is there any
chance someone could look at it before break? I've put a sign on it.

Thanks,
Martin
"""), subj_mode="B")

M("flag", "poppy_seating_reply_all",
  "masked f*ck plus 'silly cow'; written for the head but sent reply-all so it reaches the parent",
  BLACKWOOD, [JANE], "RE: Poppy \u2013 seating", "2025-02-06 07:48",
  PLAIN("""Oh for f*ck's sake Helen, here we go again. Silly cow wants Poppy moved to the "top table" because her friend's mum told her it was the clever table. There is no clever table. Can you deal with this one, I haven't got the energy after parents' evening.

L

""" + oquote("Jane Parent <jane.parent@gmail.com>", "05 February 2025 21:17",
             "Lucy Blackwood <l.blackwood@example-school.org.uk>", "Poppy \u2013 seating", """Dear Miss Blackwood,

I hope you don't mind me emailing. Poppy came home upset again today as she says she is still on the yellow table and all her friends have moved to the top table. I wondered if there was any chance she could move, as I think she would benefit from being with children who are working at a higher level.

Many thanks,
Jane Parent""", cc="Helen Ashworth <h.ashworth@example-school.org.uk>", style="plain")),
  cc=[ASHWORTH], client="outlook", reply=True)

M("flag", "room4_kettle",
  "racist slur about two boarders' nationality in a house-staff email",
  ACKROYD, [lst("schoolhouse-staff", "School House Staff")], "Room 4 again", "2025-11-04 13:22",
  PLAIN("""All,

Can whoever's on duty tonight keep an eye on the two chinky lads in Room 4 -
they've had the travel kettle out again and were cooking noodles on the
windowsill at eleven last night. Matron found the kettle under the bed this
morning and it's confiscated, but I bet there's another one somewhere.

Also, fire drill Thursday 7.15am. Don't tell them.

Phil
"""))

M("flag", "ramadan_meals_catering",
  "religious slur disguised with @ (r@gheads) in catering manager's Outlook reply; quoted request from bursar is clean",
  CATERING, [BURSAR], "RE: Ramadan meals for boarders", "2025-02-24 11:47",
  PLAIN("""Ian,

I'll do what I can but I'm not re-jigging the whole kitchen rota for a month so a handful of r@gheads can eat at nine at night. If they want food after sunset they can have packed boxes from the servery at 6 and a microwave in the house.

Pete

""" + oquote("Ian Kettlewell", "24 February 2025 10:02", "Pete Drummond", "Ramadan meals for boarders",
             """Pete,

Mrs Ho tells me we have eleven Muslim boarders fasting this year. Could you look at doing a hot meal after sunset in the dining hall, and something they can take for suhoor? Happy to cover the overtime.

Ian""", style="dashes")), client="outlook", reply=True)

M("flag", "cover_swap_older_colleague",
  "ageist insults about an older colleague (coffin-dodger, senile old bat); no swear word",
  SWARD, [JPRICE], "Re: cover", "2025-03-12 13:20",
  PLAIN("""Ha, of course she did. That coffin-dodger should have retired when they took the blackboards out. She can't work the projector, she calls the kids by their older brothers' names and she told Year 9 the internet was "a fad". Senile old bat.

Anyway yes, I'll swap cover with you Thursday P4.

S

""" + gquote("Wed, 12 Mar 2025 at 13:05", JPRICE, """Margaret's refused to do cover off the online cover sheet again because "she doesn't do computers". Any chance you could swap my Thursday P4 so I can take the U13s?""")),
  client="gmail", reply=True)

M("flag", "new_gap_student",
  "homophobic slur in leetspeak (f4g) about a gap-year assistant",
  DANBY, [JPRICE], "new gappie", "2025-09-10 21:40", PLAIN("""Mate have you met the new gap year lad in Hastings yet? Pink chinos, man bag, wants to "run a yoga club for the rugby boys". Total f4g. Give it a week before the boys eat him alive.

Anyway need you for the U14s on Wednesday if you're free, Gareth's away at the ISA thing.

W

Sent from my iPhone
"""), client="iphone")

M("flag", "minibus_netball_clash",
  "homophobic slur about two female colleagues, PE teacher to Director of Sport",
  CROWTHER, [LLOYD], "netball minibus", "2025-10-01 15:05", PLAIN("""Gareth,

Asked the two lezzers in the girls' PE office if I could have the minibus on Saturday for the U15 rugby and got the usual look. Apparently they've "had it booked since September" for netball. Can you have a word with Sarah above their heads? It's the third time this term.

Andy
"""))

M("flag", "phonics_afternoon_ta",
  "disability slur spelled with dots (r.e.t.a.r.d.e.d) about a pupil, TA to class teacher",
  KERRY, [BLACKWOOD], "this afternoon", "2025-11-12 15:52", PLAIN("""Lucy,

Spent the whole of phonics with T. again. Honestly I don't know why we bother, he's r.e.t.a.r.d.e.d and nobody will say it. He still can't blend three sounds and he bit Alfie's pencil in half.

I'll do the reading records tomorrow before register.

Kerry
"""))

M("flag", "u15_centres_selection",
  "disability slur (spaz) in an Apple Mail reply from a phone; quoted text clean",
  CROWTHER, [LLOYD], "Re: U15 selection", "2025-02-27 19:03", PLAIN("""Not Jenkins. He tackles like a spaz, arms everywhere, and he's missed three sessions. Put Okoro at 12 and move Hamid to the wing.

A

Sent from my iPhone

""" + aquote("27 Feb 2025, at 18:42", LLOYD, """Andy - thoughts on the centres for Saturday? I was thinking Jenkins and Okoro, Hamid on the bench.

G""")), client="iphone", reply=True)

M("flag", "purchasing_memo_forward",
  "gendered insult with ! for i (b!tch) in the comment on an Outlook forward of a finance memo",
  GREAVES, [OGDEN], "FW: Departmental purchasing \u2013 new procedure", "2025-01-20 09:26",
  PLAIN("""Latest from the b!tch in Finance. Apparently we now need three written quotes for anything over \u00a350, which will be fun when we need a box of glue sticks by Tuesday.

M

From: Joanne Pike <j.pike@example-school.org.uk>
Sent: 20 January 2025 09:00
To: Heads of Department <hods@example-school.org.uk>
Subject: Departmental purchasing \u2013 new procedure

Dear colleagues,

From 1 February, any departmental purchase over \u00a350 will need three written quotes attached to the requisition. Orders below \u00a350 can continue as now. This is to meet the audit recommendations from the autumn.

Kind regards,
Joanne Pike
Finance Manager
"""), client="outlook")

M("flag", "fire_door_top_corridor",
  "swearing (pissing about) in an assistant housemaster's email to a year group of boarders",
  MORGAN, [pl("hastings-y10")], "Fire door on the top corridor", "2025-11-19 17:30",
  PLAIN("""Year 10,

Whoever keeps pissing about with the fire door at the end of the top corridor needs to stop, tonight. The alarm went off at 1am on Tuesday and 64 people stood on the lawn in their pyjamas because of you. If it happens again the whole year group loses the Saturday trip to York.

If you know who it is, come and see me. Nobody needs to know it was you who told me.

Mr Morgan
"""))

M("flag", "dfe_consultation_forward",
  "digits for letters (b0ll0cks) in comment on a Gmail-style forward of a newsletter",
  OGDEN, [GREAVES, HUSSAIN], "Fwd: Consultation on changes to the curriculum and assessment framework", "2025-04-08 12:02",
  PLAIN("""More b0ll0cks from the DfE. Twelve pages and not a word on how we're supposed to staff any of it. Read the bit on page 7 and weep.

C

---------- Forwarded message ---------
From: Curriculum Updates <updates@education-news.example.org>
Date: Tue, 8 Apr 2025 at 10:31
Subject: Consultation on changes to the curriculum and assessment framework
To: <c.ogden@example-school.org.uk>


The Department has today launched a consultation on proposed changes to the national curriculum and to assessment at key stages 4 and 5. Schools, colleges and other interested parties are invited to respond by 30 June 2025.

Read the consultation document and respond online: https://education-news.example.org/consultation
"""), client="gmail")

M("flag", "u15_squad_notes_csv",
  "body clean; the attached CSV of squad notes calls pupils 'gobby little shit' and 'lazy tw@t'",
  CROWTHER, [DANBY], "U15 squad notes", "2025-10-14 20:15",
  MIXED(PLAIN("""Will,

My notes on the squad attached - use them for Thursday's session, and don't
leave them lying around the changing room.

A
"""), [("u15_squad_notes.csv", "text/csv", """name,position,available,comment\r
Hamid Qureshi,wing,Y,quick; needs to work on catching under pressure\r
Tobi Okoro,centre,Y,best defender we have got\r
Freddie Jenkins,centre,Y,gobby little shit - drop him if he's late again\r
Archie Lane,scrum half,N,ankle - back after half term\r
Oscar Whitfield,prop,Y,lazy tw@t in training; plays well on a Saturday though\r
Ben Carter,hooker,Y,throwing much improved\r
Seb Novak,lock,Y,\r
Jamie Rhodes,flanker,Y,ask about his knee\r
""".replace("\r\n", "\n"), None)]))

M("flag", "leaving_do_speech_draft",
  "body clean; attached HTML speech draft calls the retiring colleague 'a miserable old bastard'",
  ACKROYD, [MCBRIDE], "Draft speech for Graham's leaving do", "2025-07-08 22:31",
  MIXED(PLAIN("""Fi,

Draft of what I'm going to say at Graham's do on Friday attached. Tell me if anything's too much - I want a laugh but his wife will be there.

P
"""), [("speech_draft.html", "text/html", """<html>
<head><meta charset="utf-8"><title>Graham - speech</title></head>
<body>
<h2>Graham Whitworth &ndash; 27 years</h2>
<p>When Graham arrived in 1998 the Common Room had a smoking end, the boarding houses had one phone each, and he had hair.</p>
<p>In the years since he has run the Junior Colts, taken forty-one Geography trips to Malham, and complained about every single one of them.</p>
<p>Let's be honest: he's been a miserable old bastard since about 2005, and we love him for it.</p>
<p>Graham, the boys will miss you, the staff will miss you, and the minibus will finally get some peace. Raise your glasses.</p>
</body>
</html>
""", "base64")]), client="thunderbird")

M("flag", "food_supplier_renewal",
  "antisemitic phrase ('jew them down') in the bursar's instruction to catering; no swear word",
  BURSAR, [CATERING], "Food supplier renewal", "2025-06-17 14:40", PLAIN("""Pete,

The catering supply contract renewal has come in at 7% up on last year. See if you can jew them down a bit - they went to 4% last time when you pushed. If not, I'd like a second quote from the Harrogate firm before we sign anything.

Ian
"""), client="outlook")

M("flag", "lane_by_village_hall",
  "ethnic slur about Travellers, primary site manager to head of primary",
  TATE, [ASHWORTH], "Lane by the village hall", "2025-05-12 07:25", PLAIN("""Helen,

Heads up - the gyppos are back on the lane behind the village hall, four caravans as of this morning. I've locked the farm garden shed and the polytunnel and put the ride-on in the boiler room. Might be worth telling staff not to leave anything in their cars.

Gordon
"""))

M("flag", "siams_feedback_reply",
  "[unsure: mild] 'pain in the arse' about an inspector, in a Gmail-style reply; quoted text clean",
  ASHWORTH, [TESSA], "Re: SIAMS feedback", "2025-03-15 09:48",
  PLAIN("""Tess,

Thanks, I've read it. The report itself is fine - "living out its Christian vision" and so on - but the man himself was a pain in the arse. Two hours on the collective worship log and ten minutes in classrooms.

Let's get the action plan to governors before Easter.

H

""" + gquote("Fri, 14 Mar 2025 at 16:02", TESSA, """Helen, the draft SIAMS report has come through - attached. Nothing in it we didn't expect. We need to send factual accuracy comments back by Wednesday.
T""")), client="gmail", reply=True)

M("flag", "supply_teacher_agency",
  "quoted-printable soft line break splits the word 'tw=/at' across two encoded lines",
  TESSA, [ASHWORTH], "Supply agency - Mr Dawes", "2025-11-25 16:15",
  RAWQP("""Helen,

Please can we ask the agency not to send Mr Dawes again? He arrived at 9.20=
, spent most of the morning on his phone and told Class 3 they were the wo=
rst behaved children he'd ever taught. Honestly the man is a complete tw=
at and I don't want him anywhere near the children again.

I've written it up properly for the agency file and copied it to the offi=
ce.

Tessa
"""), client="outlook")

M("flag", "chapel_readers_rota",
  "swear word hidden in a Q-encoded subject with the letter i hex-escaped (sh=69t); body apologetic and clean",
  MISTRY, [CHAPLAIN], "Re: Chapel rota \u2013 what a shit show", "2025-09-24 09:40",
  PLAIN("""Mark,

Sorry about this morning. Two of my readers didn't turn up and the one who did had the wrong passage. I'll do a proper rota with names and reminders from next week and check them the night before.

Sarah
"""), subject_raw="=?UTF-8?Q?Re=3A_Chapel_rota_=E2=80=93_what_a_sh=69t_show?=", reply=True)

M("flag", "friday_pub_spanish_assistant",
  "sexual remark about a female colleague with a digit for a letter (t1ts)",
  DANBY, [MORGAN], "Friday", "2025-09-17 20:48", PLAIN("""Are you coming to the Fox on Friday? The new Spanish assistant's coming apparently. Have you seen her?? Great pair of t1ts on her, Rhys. Not that I noticed.

Also I've still got your U14 kit bag in my car.

W
"""), client="iphone")


# =========================================================================== CLEAN (60)

# ---- farm, garden, forest school

M("clean", "cockerel_early_crowing",
  "farm: 'the cock' is the cockerel; Outlook reply to a neighbour's complaint",
  FARM, [("Gillian Haworth", "g.haworth@example.com")], "RE: Cockerel", "2025-04-08 09:05",
  PLAIN("""Dear Mrs Haworth,

Thank you for your email, and I'm sorry the early starts have been disturbing you. You're quite right that the cock has started crowing earlier now the mornings are lighter - he's a young Buff Orpington and he's only just found his voice.

From this week I'll shut him in the darker end of the hen house overnight so he isn't woken by first light, and let him and the hens out when I arrive at 7.30. That usually buys a good hour. If it's still a problem after a fortnight, please do let me know and we'll look at rehoming him with one of our farm families.

With best wishes,
Owen Fairclough
Farm and Garden Manager
Example School
01632 960000

""" + oquote("Gillian Haworth <g.haworth@example.com>", "08 April 2025 06:14",
             "Office <office@example-school.org.uk>", "Cockerel", """Good morning,

I live at Glebe Cottage on Church Lane. I appreciate the children love the chickens, but your cockerel has been crowing from about 4.45am every day this week and it's right under our bedroom window. Is there anything that can be done?

Kind regards,
Gillian Haworth""", style="dashes")), client="outlook", reply=True)

M("clean", "farm_news_lambs_piglets_pups",
  "farm breeding: tup and ewes, sow to the boar, sheepdog bitch whelped; newsletter to parents",
  FARM, [JANE, SAM, ALI], "Farm garden news \u2013 lambs, piglets and puppies!", "2025-02-14 15:30",
  ALT("""Dear Parents and Carers,

It's been a busy half term on the farm garden.

Sheep: our tup, Barnaby, went in with the six Jacob ewes in October, so we're expecting lambs from the second week of March. Class 2 have been counting back 147 days on the calendar to work out the date.

Pigs: Hettie, our Oxford Sandy and Black sow, went over to the boar at Home Farm last month and is back with us looking very pleased with herself. Piglets are due in early April.

Dogs: some of you will have met Nell, the Bell family's border collie who helps us with the sheep. She whelped on Sunday - six pups, three dogs and three bitches, all doing well. They won't be visiting until they're much bigger, but we'll share photos.

Volunteers: we need two adults each weekend for lambing checks. If you can help, please put your name on the sheet in the office or reply to this email.

Thank you,
Owen Fairclough
Farm and Garden Manager
"""))

M("clean", "gardening_club_plan",
  "garden: prick out seedlings, hoe, muck heap, shiitake logs",
  BLACKWOOD, [KERRY], "Gardening club Weds", "2025-04-28 16:10", PLAIN("""Hi Kerry,

Plan for Wednesday's gardening club, in case I'm late back from the cluster meeting:

- Prick out the tomato and pepper seedlings into the 9cm pots. They're on the staging in the polytunnel. Hold them by the leaves, not the stems!
- Hoe between the onions in bed 3 - the little ones can use the short hoes from the blue bin.
- Barrow two loads from the muck heap onto the empty bed by the gate. Gloves on.
- If there's time, soak the shiitake logs - they need a dunk in the water butt every couple of weeks.

Thanks!
Lucy
"""))

M("clean", "nest_box_camera",
  "birds: great tits, blue tits, a shag on the reservoir; HTML-only",
  DUNMORE, [lst("primary-staff", "Primary Staff")], "Nest box camera \u2013 we have chicks!", "2025-05-06 08:20",
  HTMLONLY("""<html>
<head><meta charset="utf-8"></head>
<body>
<p>Dear all,</p>
<p>Exciting news from the nest box camera on the big oak by the pond: the <b>great tits</b> hatched over the weekend &ndash; I counted eight chicks this morning. The <b>blue tits</b> in the box by the hall are still sitting on eggs.</p>
<p>The live feed is on the hall screen and on the staff shared drive (Forest School &gt; Nestcam). Please don't open the box or let the children near it &ndash; the parents are very busy feeding and are easily put off.</p>
<p>Class 4 &ndash; on Thursday's trip to the reservoir look out for the cormorants and the shag on the far buoys (the shag is smaller and greener, with a little crest in spring). Binoculars are in the green box.</p>
<p>Bev</p>
</body>
</html>
"""))

M("clean", "forest_school_class3_kit",
  "forest school: tying hazel brash into faggots, bill hook, sheath knife, whittling; QP body",
  DUNMORE, [JANE, SAM], "Forest School \u2013 Class 3 next half term", "2025-10-17 14:02",
  PLAIN("""Dear Parents and Carers,

Class 3 start Forest School on Monday afternoons after half term. Please send the following in a named bag:

\u2022 waterproof trousers and coat
\u2022 wellies and thick socks
\u2022 a hat and gloves (it's cold in the wood!)
\u2022 an old long-sleeved top they can get muddy

This half term we'll be coppicing the hazel by the stream and tying the brash into faggots, which we'll use to build a dead hedge around the fire circle. Older children will learn to use a bill hook and a sheath knife for whittling, always one-to-one with an adult and inside the tool area. We'll also be making fire with flint and steel.

Please pack a spare set of clothes just in case \u2013 someone always finds the deep bit of the stream.

A voluntary contribution of \u00a32 a week towards hot chocolate would be gratefully received.

Thank you,
Mrs Dunmore
Forest School Leader
""", cte="quoted-printable"))

M("clean", "year2_spring_walk",
  "forest school: pussy willow, beaver dam, cock pheasant",
  DUNMORE, [TESSA], "Year 2 spring walk \u2013 Thursday", "2025-03-24 12:45",
  ALT("""Tessa,

Route for Thursday's walk with Year 2, as promised:

1. Out of the back gate and along the beck to the willow bed. The pussy willow is out - the children can each take one catkin to draw.
2. Stop at the beaver fence. The Wildlife Trust beavers have built a new dam since February and you can see the chewed stumps from the path. Keep the children well back from the edge.
3. Back across the top field. There's a cock pheasant who lives by the stile and usually makes the children jump.

About 90 minutes in all. I'll bring the first aid bag and the radio.

Bev
"""), client="outlook")

# ---- church and chapel

M("clean", "kjv_reading_translation",
  "chaplain quotes KJV 1 Samuel 25:22 ('pisseth against the wall') to explain switching translation; Gmail reply",
  CHAPLAIN, [MISTRY], "Re: Reading for Wednesday chapel", "2025-05-19 19:02",
  PLAIN("""Sarah,

Good spot, and thank you for checking. The King James does indeed render 1 Samuel 25:22 as "any that pisseth against the wall" - it's simply the Hebrew idiom for every male in the household, and perfectly respectable in context. But I don't think we need to put a fourteen-year-old reader through that in front of the whole school, so let's use the NRSV for this one. Could you print that version for Ellie and tell her to start at verse 18, so we get Abigail and the donkeys?

Every blessing,
Mark

""" + gquote("Mon, 19 May 2025 at 17:48", MISTRY, """Hi Mark,

Ellie in my tutor group is reading on Wednesday and she's just come to me a bit pink about the King James wording in 1 Samuel 25. Is it OK to use a different translation?

Sarah""")), client="gmail", reply=True)

M("clean", "collective_worship_week3",
  "primary worship plan: Balaam's ass, ark of shittim wood",
  CHAPLAIN, [lst("primary-staff", "Primary Staff")], "Collective worship plan \u2013 week 3", "2025-01-10 11:15",
  PLAIN("""Dear colleagues,

Here's next week's collective worship plan for the primary. The theme this half term is "Listening".

Monday - Balaam's donkey (Numbers 22). I'll tell it as a story: the ass sees the angel standing in the road when Balaam doesn't. Class 1 would make a lovely donkey if Miss Blackwood is happy. (I'll say "donkey" throughout - the children find "ass" far too exciting.)

Wednesday - Samuel hears God calling in the night.

Friday - The Ark of the Covenant. We'll look at the picture of the ark made of shittim wood (acacia) covered in gold, and think about what we keep safe.

Song for the week: "Be still, for the presence of the Lord".

Mark
"""))

M("clean", "sermon_on_hell_text",
  "chaplain's sermon on Hell and damnation as a .txt attachment",
  CHAPLAIN, [HEAD], "Sunday's sermon text", "2025-03-03 10:30",
  MIXED(PLAIN("""Caroline,

As requested, the text of Sunday's sermon for the chapel magazine. It's the one on Hell, so you may want to read it before it goes to the printers - there was some giggling in the back rows the first time I said the word, which I chose to take as a compliment.

Mark
"""), [("sermon_2025-03-02_hell.txt", "text/plain", """What do we mean by Hell?
Chapel, Sunday 2 March 2025 - Revd Mark Pennington

For many of you "Hell" is a word you hear more often on the rugby pitch
than in chapel. Today I want to take it back.

Jesus speaks of Gehenna, the valley outside Jerusalem where rubbish burned
day and night. The Book of Revelation speaks of a lake of fire. Dante gives
us nine circles, with the worst sinners frozen in ice at the very bottom.
And above the chancel arch of St Thomas's in Salisbury the medieval Doom
painting shows the damned being dragged down into the mouth of a monster.

Damnation was real to those painters. Is it real to us?

C. S. Lewis wrote that "the doors of Hell are locked on the inside". Hell,
on that view, is not a place God sends people to; it is what we choose when
we turn in on ourselves and refuse love for long enough.

So when you next hear someone say "go to hell", remember that the Christian
hope is the exact opposite: that nobody need go there at all.

Amen.
""", None)]))

M("clean", "carol_service_order",
  "carols: 'Don we now our gay apparel', 'Ding dong merrily'",
  MUSIC, [JANE, SAM, ALI], "Carol Service \u2013 order of service and times", "2025-11-28 17:05",
  ALT("""Dear Parents,

The Carol Service is in the parish church at 6pm on Thursday 11 December. Choir to be there at 5pm in cassocks and ruffs, please.

Order of carols:
1. Once in Royal David's City (solo: Year 4)
2. Deck the Hall - everyone on "Don we now our gay apparel", with the junior choir on the fa-la-las
3. God Rest Ye Merry, Gentlemen
4. In the Bleak Midwinter (Darke)
5. Ding Dong! Merrily on High
6. O Come, All Ye Faithful - descant by the Chapel Choir

Mulled wine and mince pies in the village hall afterwards, courtesy of the Friends.

With best wishes,
Anna Kowalczyk
Director of Music
"""))

# ---- Latin, Greek, classics

M("clean", "latin_prep_cum",
  "Latin: 'cum' with the ablative, 'magna cum laude', dico/dictum, facio/feci",
  OKAFOR, [pl("9la-latin")], "Latin prep for Thursday \u2013 cum", "2025-01-14 13:50",
  PLAIN("""9LA,

Prep for Thursday: Exercise 14.3, sentences 1-10 (Cambridge Stage 14).

Remember that "cum" has two jobs:
 - as a preposition it means "with" and takes the ablative: cum amicis, "with friends"; mecum, "with me".
 - as a conjunction it means "when" or "since", and usually takes the subjunctive: cum Romam advenisset, "when he had arrived in Rome".

So yes, the graduation phrase "magna cum laude" means "with great praise". I know. I heard you all the first time.

Also learn the principal parts: dico, dicere, dixi, dictum (say) and facio, facere, feci, factum (make, do). Test on Monday.

Dr Okafor
"""))

M("clean", "caesar_scabbard_lesson",
  "Latin 'vagina' = scabbard, Fabius Cunctator, Sextus Tarquinius; Gmail reply between classicists",
  SANDFORD, [OKAFOR], "Re: Y10 Caesar \u2013 how did it go?", "2025-02-04 16:25",
  PLAIN("""Richard,

It went fine once we got past line 12. The centurion draws his gladius "e vagina" and of course half of 10B already knew the word - I explained that in Latin it just means the scabbard, which is where the anatomical term comes from, in the most boring voice I could manage. It worked: by the time we'd done the ablative of separation they'd lost interest.

They'll be happier with Fabius Cunctator next week. I'm leaving Sextus Tarquinius and Lucretia until Year 11.

Emily

""" + gquote("Tue, 4 Feb 2025 at 12:40", OKAFOR, """How did 10B get on with the Gallic War passage? I remember it being a bit of a moment last year.
R""")), client="gmail", reply=True)

M("clean", "lysistrata_theatre_trip",
  "Greek: Aristophanes' Lysistrata ('sex strike', bawdy comedy); Greek letters in B-encoded subject",
  OKAFOR, [ALI, SAM], "\u039b\u03c5\u03c3\u03b9\u03c3\u03c4\u03c1\u03ac\u03c4\u03b7 \u2013 Sixth Form Greek theatre trip", "2025-09-12 12:00",
  ALT("""Dear Parents and Guardians,

The Lower Sixth Classics set are invited to see the Cambridge Greek Play on Friday 17 October - this year Aristophanes' Lysistrata, performed in ancient Greek with English surtitles.

I should say plainly that Lysistrata is a bawdy comedy: the women of Athens and Sparta go on a sex strike to end the Peloponnesian War, and the original is full of innuendo and costume jokes. The production is recommended for ages 15 and over, and we will have read the play in class, so none of it will come as a surprise. If you would rather your child did not go, please let me know and work will be set in school.

The coach leaves at 1pm and returns at about 11.30pm. The cost is \u00a338, including ticket and coach.

Yours sincerely,
Dr R. Okafor
Head of Classics
"""), subj_mode="B")

M("clean", "catullus_parent_query",
  "[unsure] classics teacher names Catullus 16's Latin obscenities while explaining they are not taught; reply to parent",
  SANDFORD, [JANE], "Re: Catullus \u2013 A level set text", "2025-09-22 18:10",
  PLAIN("""Dear Mrs Parent,

Thank you for your email, and I quite understand the concern after Harriet showed you the anthology.

Catullus is a wonderful poet and a core part of the A level, but you're right that some of the poems are explicit. The exam board's selection leaves out the most notorious ones: poem 16, for instance - the one that opens "pedicabo ego vos et irrumabo" - is not on the specification, and we don't read it in class. Where a set poem has a coarse line, we talk about what the word is doing (usually Catullus being deliberately shocking about a rival) without dwelling on it, and the translations we use are scholarly ones.

I'd be very happy to talk it through on the phone - call 01632 960000 and ask for the Classics office.

Kind regards,
Emily Sandford
Teacher of Classics

""" + gquote("Sun, 21 Sept 2025 at 20:33", JANE, """Dear Ms Sandford,

Harriet has shown me the Catullus poems she is studying and I was quite taken aback by some of the language in the notes at the back. Could you tell me what the class will actually be reading?

Best wishes,
Jane Parent""")), cc=[OKAFOR], client="gmail", reply=True)

# ---- boarding life

M("clean", "laundry_name_tapes",
  "boarding laundry: pants, knickers, bras, boxers",
  MATRON, [SAM], "Laundry and name tapes for September", "2025-08-20 10:40",
  ALT("""Dear Sam,

Thank you for sending back the boarding forms. A few notes on laundry before term starts:

\u2022 Every item needs a sewn-in name tape \u2013 iron-on ones come off in our machines. That includes pants, knickers, socks, bras, swimming costumes and games kit.
\u2022 Please send 10 pairs of underwear and 10 pairs of socks. Boxers or briefs are both fine.
\u2022 Laundry bags go in the basket outside my room by 8am on Mondays and Thursdays and come back folded the next day.
\u2022 Anything without a name tape ends up in the lost property cupboard, which is enormous.

If Charlie has any skin sensitivities we can use non-bio powder for his things.

Best wishes,
Sue Tranter
Matron, Hastings House
"""), client="outlook")

M("clean", "tuck_shop_prices",
  "tuck shop CSV: Nobby's Nuts, gobstoppers, Black Jacks",
  GRANT, [lst("boarding-staff", "Boarding Staff")], "Tuck shop price list \u2013 summer term", "2025-04-22 19:30",
  MIXED(PLAIN("""Hi all,

Updated tuck shop prices attached for summer term. Nobby's Nuts have gone up 10p, sorry. The boys have asked for Pot Noodles back - I've said yes but only on Saturdays after 6.

Hollie
"""), [("tuck_shop_summer.csv", "text/csv", """item,price,limit per boarder
Nobby's Nuts (salted),0.80,2
Monster Munch,0.60,2
Wotsits,0.60,2
Fruit Salad chews,0.10,10
Black Jacks,0.10,10
Gobstoppers,0.25,2
Freddo,0.35,3
Pot Noodle (Saturdays only),1.20,1
Squash (bottle),1.50,1
""", None)]))

M("clean", "hastings_end_of_term",
  "boarding slang that isn't rude: knackered, chuffed, gutted, skiving, exeat, spick and span",
  HOLLINS, [JANE], "End of term \u2013 Hastings House", "2025-12-10 20:15",
  PLAIN("""Dear Mrs Parent,

What a term. The boys are knackered, and rightly so - Hastings won the inter-house rowing, came second in the house singing (robbed, in my opinion), and Year 9 finally learnt to keep their dormitories spick and span for Saturday inspection.

George has settled in really well. He was chuffed to get his colours for cross-country and gutted to miss the last exeat with a cold, but he took it on the chin. There has been a little skiving from Thursday prep - nothing serious, and we've had a chat about it.

A reminder that boarders leave after lunch on Friday. Trunks can stay in the house over the holidays if they're labelled.

With best wishes,
Dr James Hollins
Housemaster, Hastings House
"""))

M("clean", "blackout_blind_room6",
  "matron: 'a chink of light' past the blind, door knob, spick and span",
  MATRON, [lst("maintenance", "Maintenance")], "Room 6 blinds and a few bits", "2025-05-21 11:20",
  PLAIN("""Hi Steve,

A few jobs for Hastings when you get a minute:

1. Room 6 - the blackout blind doesn't reach the edge of the window, and there's a chink of light down one side from the security lamp. The boys in there say it wakes them at 5. Could we get a blind with side channels?
2. First floor bathroom - the cold tap on the second basin drips.
3. The door knob on the laundry room has come off in someone's hand (again).

I did inspections this morning and the dorms were spick and span, for once, so it'd be lovely to reward them with working blinds!

Thanks,
Sue
"""))

# ---- rowing, CCF, games

M("clean", "j16_crews_week",
  "rowing: cox, stroke, bow, catching a crab, coxless four, stroke side",
  THARG, [pl("j16-crews")], "J16 training this week", "2025-03-03 07:55", PLAIN("""J16s,

Crews for this week:

J16 1st VIII: cox Maya; stroke Ollie; 7 Ben; 6 Kwame; 5 Dan; 4 Felix; 3 Hugo; 2 Rafa; bow Sam.
J16 coxless four: Leo (stroke), Arjun, Tom W, Freddie (bow, steering).

Tuesday - 2k erg test. Warm up properly, and rate no higher than 32 for the first 500.
Thursday - water, long pieces. Work on the catch: square early and don't rush the slide, or we'll have another crab like Saturday's. Bow pair, you're late at the catch. Stroke side, keep your blades level on the recovery.
Saturday - Head of the River, York. Boats on the trailer Friday 4pm.

Coxes: bring the cox boxes back charged.

Mr Hargreaves
"""))

M("clean", "weapon_handling_test",
  "CCF: cock the weapon, cocking handle, butt, magazine",
  BIRCH, [pl("ccf-army-y10")], "CCF \u2013 Weapon Handling Test, Tuesday", "2025-01-30 17:00",
  PLAIN("""Year 10 Army Section,

Tuesday's parade is the Weapon Handling Test on the L98A2 Cadet GP rifle. Dress: MTP with boots polished. Fall in on the quad at 1600.

You must be able to do the following from memory, without prompting:
- Make safe: safety catch on, remove the magazine, cock the weapon with the cocking handle, check the chamber is clear, close the cover and fire off the action.
- Load and unload, including the correct words of command.
- Stoppage drills.
- Hold the rifle correctly, with the butt firmly in the shoulder.

If you fail a drill you can re-sit next week. Nobody fires on the range at Strensall until they have passed.

Lt Col D. Birch
Contingent Commander
"""))

M("clean", "air_experience_flying",
  "CCF RAF section: cockpit brief, Grob Tutor",
  ASHBY, [ALI], "RAF Section \u2013 Air Experience Flying, Saturday 22 March", "2025-03-10 16:20",
  ALT("""Dear Mr Guardian,

I'm pleased to say Omar has a place on Air Experience Flying this Saturday, 22 March, with four other cadets from the RAF Section.

Cadets fly one at a time in the rear seat of a Grob Tutor with an RAF pilot, for about 25 minutes. Before the flight each cadet has a cockpit brief and a parachute fitting, and if the weather allows, the pilot may let them take the controls for part of the flight.

Please make sure he eats a proper breakfast. Sick bags are provided, but we rarely need them!

The minibus leaves from the CCF hut at 7.15am and will be back by about 4pm. Uniform: No. 2s with the blue jersey.

Yours sincerely,
Flt Lt B. Ashby RAFAC
Officer Commanding, RAF Section
"""))

M("clean", "junior_cricket_kit",
  "cricket: boys must wear a box, short leg, silly mid-off, a maiden over",
  LLOYD, [JANE, SAM, ALI], "Junior cricket \u2013 kit and safety", "2025-04-14 13:00",
  ALT("""Dear Parents,

With the junior cricket season starting on 26 April, a quick note on kit.

All boys must wear a box (abdominal protector) for batting and when fielding close to the bat; girls should wear the equivalent female protector. Helmets are compulsory for batting and for anyone fielding at short leg or silly mid-off, in every age group. The school has spare helmets, but boxes are, understandably, a personal item.

Whites: shirt, trousers, and a school sweater for cold evenings. Trainers are fine for U11s; spikes from U13.

We will be working a lot on bowling straight this term. Last season's U12s bowled 48 wides in one match, so a maiden over will be cause for celebration.

Thank you,
Mr Lloyd
Director of Cricket
"""))

M("clean", "u15a_team_sheet",
  "rugby team sheet (HTML table): hooker, loosehead, tighthead",
  CROWTHER, [pl("u15-rugby")], "U15A v Pocklington \u2013 team", "2025-11-13 12:30",
  HTMLONLY("""<html>
<head><meta charset="utf-8"></head>
<body style="font-family: Arial, sans-serif;">
<p>U15A team for Saturday v Pocklington (home, KO 2.15):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>Position</th><th>Player</th></tr>
<tr><td>1</td><td>Loosehead prop</td><td>Oscar Whitfield</td></tr>
<tr><td>2</td><td>Hooker</td><td>Ben Carter</td></tr>
<tr><td>3</td><td>Tighthead prop</td><td>Yusuf Demir</td></tr>
<tr><td>4</td><td>Lock</td><td>Seb Novak</td></tr>
<tr><td>5</td><td>Lock</td><td>Max Fuchs</td></tr>
<tr><td>6</td><td>Blindside flanker</td><td>Jamie Rhodes</td></tr>
<tr><td>7</td><td>Openside flanker</td><td>Kofi Mensah</td></tr>
<tr><td>8</td><td>Number 8</td><td>Harry Cockburn</td></tr>
<tr><td>9</td><td>Scrum half</td><td>Archie Lane</td></tr>
<tr><td>10</td><td>Fly half</td><td>Louis Dubois</td></tr>
<tr><td>11</td><td>Left wing</td><td>Hamid Qureshi</td></tr>
<tr><td>12</td><td>Inside centre</td><td>Tobi Okoro</td></tr>
<tr><td>13</td><td>Outside centre</td><td>Freddie Jenkins</td></tr>
<tr><td>14</td><td>Right wing</td><td>Ishaan Patel</td></tr>
<tr><td>15</td><td>Full back</td><td>Charlie Dickinson</td></tr>
</table>
<p>Replacements: Tom Hancock, Luca Rossi, Wei Dong.</p>
<p>Meet in the pavilion at 1.15. No gumshield, no game. Ruck and maul work on Thursday &ndash; bring boots for the 3G.</p>
<p>Mr Crowther</p>
</body>
</html>
"""), cc=[LLOYD])

M("clean", "shuttlecock_order",
  "sports order: feather shuttlecocks",
  LISTER, [("Schools Sport Orders", "orders@sportsupply.example.com")],
  "Order \u2013 badminton shuttlecocks (PO 44817)", "2025-09-03 10:05", PLAIN("""Hello,

Please could we order the following for delivery to the Sports Centre:

- 20 tubes feather shuttlecocks, tournament grade (code BS-F77), medium speed
- 30 tubes nylon shuttlecocks, yellow (code BS-N12)
- 2 replacement badminton nets (code BN-200)

Our purchase order number is PO 44817. Deliver to Example School Sports Centre, LS1 4AP, weekdays 8am to 4pm.

Many thanks,
Kath Lister
PE Department
"""), client="outlook")

M("clean", "spring_fixtures_venues",
  "fixtures CSV with place names Penistone, Scunthorpe, Cockermouth, Wetwang",
  st("sport", "Sports Office"), [lst("coaches", "Coaches")], "Spring fixtures \u2013 away venues and coach times", "2025-01-06 09:15",
  MIXED(PLAIN("""Hi all,

Spring fixtures attached with coach departure times. Note the Cockermouth match is a good two and a half hours each way, so the coach leaves at 9am. Penistone have asked us to arrive by 1.30 as they share their pitches. The Scunthorpe netball has moved to the 1st.

Sports Office
"""), [("spring_fixtures_2025.csv", "text/csv", """date,team,opponent,venue,depart
2025-01-18,1st XI hockey,Penistone Grammar School,Penistone,12:00
2025-01-25,U15A rugby,Cockermouth School,Cockermouth,09:00
2025-02-01,U14 netball,St Lawrence's College,Scunthorpe,11:15
2025-02-08,1st XV,Fellside School,Sedbergh,10:30
2025-02-15,U13 hockey,Wolds Prep School,Wetwang,12:15
2025-02-22,U16 girls' hockey,Kirkby Stephen Grammar,Kirkby Stephen,10:00
""", None)]))

# ---- music

M("clean", "organ_recital_restoration",
  "music: organ scholar, Great and Swell, pipes, blower, Toccata and Fugue",
  MUSIC, [JANE, ALI], "Organ recital \u2013 Friday 14 March in Chapel", "2025-03-04 12:20",
  ALT("""Dear Parents,

To celebrate the restoration of the chapel organ, our organ scholar, Ethan Liu (U6), will give a recital on Friday 14 March at 7.30pm.

After eighteen months away at the builders', the Great and Swell divisions have been rebuilt, the old pipes cleaned and re-voiced, and a new 16' Trombone added to the pedal. Ethan will open with Bach's Toccata and Fugue in D minor and finish with the Toccata from Widor's Fifth Symphony, which should test the new blower thoroughly.

Admission is free; there will be a retiring collection for the Organ Fund.

Anna Kowalczyk
Director of Music
"""), client="outlook")

# ---- history, RS, prejudice taught without slurs

M("clean", "little_rock_lesson_notes",
  "history lesson on racist abuse at Little Rock, deliberately without the slurs",
  GREAVES, [BELLO], "Y9 Civil Rights \u2013 Little Rock", "2025-02-25 17:35",
  PLAIN("""Aisha,

Notes for the Little Rock lesson on Thursday, since you're teaching it for the first time:

- Start with the Will Counts photograph of Elizabeth Eckford. Let them look for a full minute before anyone speaks.
- The crowd were shouting racial abuse at a fifteen-year-old. We say that, but we don't read out the words, and if a pupil asks what was said, "the worst racial slur in American English" is enough. Don't put the unedited placards on the board - there's an edited set in the shared folder.
- Then the source work: Eisenhower's address, Faubus's statement and the Arkansas Gazette editorial.
- Plenary: "Why did the federal government take so long?"

Two of the class have family from the Caribbean and one from Ghana - worth being aware of, without tiptoeing around them.

Shout if you want to talk it through.

Martin
"""))

M("clean", "sexuality_church_debate",
  "RS debate on same-sex marriage in church; gay, lesbian, bisexual used respectfully",
  RAMAN, [pl("l6-rs")], "Monday's debate \u2013 sexuality and the Church", "2025-02-07 15:10",
  PLAIN("""Lower Sixth RS,

Monday's lesson is a structured debate on the motion: "The Church of England should offer same-sex marriage in church."

Read before Monday:
1. The summary of the Living in Love and Faith process (on Teams).
2. The 2023 General Synod debate on the Prayers of Love and Faith.
3. One article from each side in the folder - a conservative evangelical and a liberal Catholic view.

Ground rules as always: we argue about ideas, not about people. Some of you are gay or bisexual, some of you have gay or lesbian parents, and some of you hold traditional religious views. Everyone in the room is owed respect. If anything comes up that you'd like to talk about privately, my door is open.

Ms Raman
"""))

M("clean", "holocaust_memorial_assembly",
  "HMD assembly on antisemitism, Der St\u00fcrmer caricatures; HTML-only, QP",
  GREAVES, [lst("common-room", "Common Room")], "Holocaust Memorial Day assembly \u2013 Monday 27 January", "2025-01-23 16:00",
  HTMLONLY("""<html>
<head><meta charset="utf-8"></head>
<body>
<p>Dear colleagues,</p>
<p>Monday's assembly marks Holocaust Memorial Day. The theme this year is &ldquo;For a Better Future&rdquo;.</p>
<p>The Upper Sixth historians will show how antisemitism was built up step by step in 1930s Germany: the boycott of Jewish shops, the Nuremberg Laws, the caricatures in <i>Der St\u00fcrmer</i>, and Kristallnacht. They have chosen not to show the worst of the cartoons; two milder ones will be on screen for a few seconds, with commentary.</p>
<p>We will finish with a reading from a survivor\u2019s testimony and a minute\u2019s silence. Please remind your tutor groups that this is not a moment for phones, and follow up in tutor time on Tuesday &ndash; resources are on the shared drive.</p>
<p>Martin Greaves<br>Head of History</p>
</body>
</html>
""", cte="quoted-printable"))

M("clean", "tudors_stuarts_revision",
  "history terms: Bloody Mary, the Bloody Assizes, Bloody Sunday; QP body",
  BELLO, [pl("8h-history")], "Year 8 revision \u2013 Tudors and Stuarts", "2025-06-05 15:45",
  PLAIN("""8H,

Key terms for the test next Wednesday. You need to know what each one means and give a date.

\u2022 "Bloody Mary" \u2013 the nickname given to Mary I after about 280 Protestants were burned, 1555\u201358.
\u2022 Act of Supremacy \u2013 1534.
\u2022 Dissolution of the Monasteries \u2013 1536\u201341.
\u2022 Gunpowder Plot \u2013 5 November 1605.
\u2022 "The Bloody Assizes" \u2013 Judge Jeffreys' trials after the Monmouth Rebellion, 1685.

(Bloody Sunday is Year 9 \u2013 you don't need it yet, Leo.)

Revise with the knowledge organiser in the back of your book.

Miss Bello
""", cte="quoted-printable"))

# ---- English literature

M("clean", "lear_essay_title",
  "King Lear: 'Now, gods, stand up for bastards!' as an essay title",
  HUSSAIN, [pl("u6-english-lit")], "Lear essay \u2013 title and deadline", "2025-02-14 14:30",
  PLAIN("""U6,

Essay for Friday 28th, 1,500 words:

"'Now, gods, stand up for bastards!' To what extent does Shakespeare invite sympathy for Edmund?"

Remember that Edmund's soliloquy in 1.2 answers Gloucester's jokes in 1.1 about how Edmund was conceived ("there was good sport at his making"). You should discuss legitimacy, nature, and "base" as a word that is thrown at him, and how Edmund turns it round ("Why bastard? Wherefore base?").

Use Act 5 as well - his last-minute attempt to "do some good" matters.

Critics: Danby, Dollimore, and the Kiernan Ryan chapter in the reader.

Ms Hussain
"""))

M("clean", "larkin_anthology_choice",
  "[unsure] English teacher quotes Larkin's 'They fuck you up, your mum and dad' discussing an A level anthology; Gmail reply",
  HUSSAIN, [WHITLAM], "Re: Larkin for the anthology?", "2025-01-23 16:12",
  PLAIN("""Ben,

I'd keep it. "This Be The Verse" is the one they'll actually remember, and the opening line - "They fuck you up, your mum and dad" - is doing real work: the shock is the point, and the last stanza turns it into something much bleaker about what we hand on. We did it with last year's U6 and it was the best discussion of the term.

I'd just flag it in the contents page so nobody is surprised, and keep it out of the Year 11 booklet.

N

""" + gquote("Thu, 23 Jan 2025 at 15:30", WHITLAM, """Do we keep "This Be The Verse" in the A level poetry anthology? I love it but I can already hear the parental email.""")),
  client="gmail", reply=True)

M("clean", "of_mice_and_men_letter",
  "letter to parents about racist language in Of Mice and Men, referred to only as 'the n-word'",
  WHITLAM, [JANE, SAM, ALI], "Year 10 English \u2013 Of Mice and Men", "2025-01-08 11:00",
  ALT("""Dear Parents and Carers,

This half term Year 10 will be reading John Steinbeck's Of Mice and Men for their GCSE English Literature exam.

The novel is set in 1930s California, and some of its characters use racist language, most painfully about Crooks, the Black stable hand - including the n-word. We want pupils to understand how Steinbeck uses this language to show Crooks' isolation and the casual cruelty of the ranch, not to repeat it. In class the word is not read aloud by anyone; we say "the n-word" instead, and we talk about why.

There is also some strong language and violence, and the ending is upsetting. If you have any concerns, please do contact me.

Yours sincerely,
Mr B. Whitlam
Teacher of English
"""))

M("clean", "millers_tale_reading",
  "[unsure] Chaucer's Middle English 'naked ers' quoted in reading instructions to sixth formers",
  WHITLAM, [pl("l6-english-lit")], "Miller's Tale \u2013 reading for Tuesday", "2025-10-02 17:20",
  PLAIN("""Lower Sixth,

For Tuesday please read lines 3696-3854 of The Miller's Tale with the glossary open.

Yes, this is the famous bit: Alisoun puts her "hole" out of the window and Absolon "with his mouth he kiste hir naked ers". Chaucer's Miller is every bit as crude as you think, and the joke is aimed at fastidious Absolon and at courtly love poetry. Come ready to talk about why the Miller's crudeness matters straight after the Knight's Tale, and about the "hoote kultour".

No translations from the internet, please - the Riverside notes are all you need.

Mr Whitlam
"""))

M("clean", "shakespeare_insults_starter",
  "Shakespearean insults worksheet (HTML attachment) for Year 7, all mild",
  WHITLAM, [lst("y7-english", "Year 7 English")], "Shakespearean insults starter \u2013 Y7", "2025-11-06 18:40",
  MIXED(PLAIN("""Hi all,

Starter for the Shakespeare unit attached - a sheet of insults from the plays for them to match to the play and then use (politely!) in a duel. All checked for Year 7.

B
"""), [("insults_starter.html", "text/html", """<html>
<head><meta charset="utf-8"><title>Shakespearean insults</title></head>
<body>
<h1>Shakespearean insults: match the insult to the play</h1>
<table border="1" cellpadding="4">
<tr><th>Insult</th><th>Play</th></tr>
<tr><td>Thou cream-faced loon!</td><td>Macbeth</td></tr>
<tr><td>Away, you three-inch fool!</td><td>The Taming of the Shrew</td></tr>
<tr><td>Thou art a boil, a plague-sore.</td><td>King Lear</td></tr>
<tr><td>You starvelling, you eel-skin, you dried neat's-tongue!</td><td>Henry IV Part 1</td></tr>
<tr><td>His brain is as dry as the remainder biscuit after a voyage.</td><td>As You Like It</td></tr>
<tr><td>More of your conversation would infect my brain.</td><td>Coriolanus</td></tr>
<tr><td>I'll beat thee, but I should infect my hands.</td><td>Timon of Athens</td></tr>
</table>
<p>Now write your own insult in Shakespeare's style: adjective + adjective + noun. Keep it kind enough to say to a friend!</p>
</body>
</html>
""", None)]))

# ---- names, places, menus, events

M("clean", "new_colleagues_september",
  "staff surnames Dikshit, Hancock, Cockburn, Nguyen; QP for non-ASCII",
  HEAD, [lst("allstaff", "All Staff")], "New colleagues \u2013 September", "2025-09-01 08:00",
  PLAIN("""Dear all,

Please make the following new colleagues welcome this week:

- Dr Anand Dikshit - Physics (joins us from a school in Bengaluru)
- Mrs Alison Hancock - Year 4 teacher, Primary
- Mr Richard Cockburn - Bursar's Assistant (pronounced "Co-burn", he'd like you to know)
- Ms Ngozi Okonkwo - Head of Spanish
- Mr Tomasz W\u00f3jcik - Assistant Groundsman
- Mlle Camille Fouquet - French Assistant
- Ms Ha Phuong Nguyen - Boarding Assistant, Austen House

Mentors have been allocated - details are in the induction pack.

Caroline
"""))

M("clean", "airport_collections_sunday",
  "international boarders' names (Phuc, Bich, Fuk Yee, Kunt, Dong) in a base64 CSV for the taxi firm",
  MEILIN, [("Northern Cars Bookings", "bookings@northern-cars.example.com")],
  "Airport collections \u2013 Sunday 7 September", "2025-09-02 15:25",
  MIXED(PLAIN("""Hello Darren,

As discussed, attached are the arrivals for Sunday - eleven boarders in all, into Manchester and Leeds Bradford. All flights are confirmed. Please make sure each driver has a name board with the pupil's name exactly as shown on the sheet, and phones the boarding office on 01632 960000 once the pupil is in the car.

Two are under 14 and travelling as unaccompanied minors, so your driver will need photo ID for the airline desk.

Many thanks,
Mei Lin Ho
International Admissions
"""), [("arrivals_2025-09-07.csv", "text/csv", """surname,first name,nationality,airport,flight,arrival,house,unaccompanied
Nguyen,Phuc,Vietnamese,MAN,EK17,07:05,Hastings,N
Tran,Ngoc Bich,Vietnamese,MAN,EK17,07:05,Austen,N
Dong,Wei,Chinese,MAN,CX219,08:40,School,N
Chan,Fuk Yee,Hong Kong,MAN,CX219,08:40,Austen,Y
Kunt,Emre,Turkish,MAN,TK1993,12:15,Hastings,N
Adebayo,Oluwaseun,Nigerian,MAN,QR23,13:20,School,N
Kovalenko,Olena,Ukrainian,LBA,LS1218,14:10,Austen,N
Fuchs,Maximilian,German,MAN,LH2500,10:15,School,N
Nurpeisova,Assel,Kazakh,MAN,TK1993,12:15,Austen,N
Cho,Sung-min,Korean,MAN,EK17,07:05,Hastings,Y
Kaushik,Aditya,Indian,MAN,QR23,13:20,Hastings,N
""", "base64")]), cc=[lst("boarding-staff", "Boarding Staff")], client="outlook")

M("clean", "boarders_menu_w3nov",
  "menu: spotted dick, faggots in onion gravy, toad in the hole, cock-a-leekie, coq au vin; HTML-only",
  CATERING, [lst("boarding-staff", "Boarding Staff")], "Boarders' menu w/c 3 November", "2025-10-30 14:00",
  HTMLONLY("""<html>
<head><meta charset="utf-8"></head>
<body style="font-family: Verdana, sans-serif; font-size: 12px;">
<p>Hi all, next week's boarders' supper menu below &ndash; please put it up in the houses.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Day</th><th>Main</th><th>Vegetarian</th><th>Pudding</th></tr>
<tr><td>Mon</td><td>Cock-a-leekie soup, then toad in the hole with onion gravy</td><td>Glamorgan sausages</td><td>Spotted dick and custard</td></tr>
<tr><td>Tue</td><td>Chicken tikka masala, rice and naan</td><td>Chana masala</td><td>Mango and passion fruit pots</td></tr>
<tr><td>Wed</td><td>Faggots in onion gravy with mash and peas</td><td>Lentil and mushroom &ldquo;faggots&rdquo;</td><td>Jam roly-poly</td></tr>
<tr><td>Thu</td><td>Coq au vin with dauphinoise potatoes</td><td>Ratatouille gratin</td><td>Apple crumble</td></tr>
<tr><td>Fri</td><td>Battered pollock, chips and mushy peas</td><td>Halloumi and chips</td><td>Chocolate brownie</td></tr>
<tr><td>Sat</td><td>Brunch: bangers, bacon, beans, hash browns</td><td>Veggie bangers</td><td>Pancakes</td></tr>
<tr><td>Sun</td><td>Roast beef and Yorkshire puddings</td><td>Nut roast</td><td>Eton mess</td></tr>
</table>
<p>Halal chicken and lamb are available every day &ndash; please ask at the servery.</p>
<p>Pete</p>
</body>
</html>
"""), cc=[MATRON])

M("clean", "friends_summer_ball",
  "PTA/Friends: Summer Ball, 'Bottoms Up' gin cart, tombola, hook-a-duck",
  FRIENDS, [JANE, SAM, ALI], "Friends' Summer Ball \u2013 tickets now on sale!", "2025-04-30 19:00",
  ALT("""Dear Parents,

Tickets for the Friends' Summer Ball on Saturday 21 June are now on sale - \u00a355 each, including a three-course dinner and a glass of fizz on arrival.

Dress: black tie, ball gowns, or whatever makes you feel fabulous.
Bar: run by the Upper Sixth parents, with the famous "Bottoms Up" gin cart back by popular demand.
Entertainment: the Staff Band (brace yourselves), a silent auction and the Grand Tombola. Hook-a-duck for anyone still standing at midnight.

All proceeds go towards the new adventure playground for the primary.

Book through the ParentPay link, or just reply to this email.

Jo Haigh
Friends of Example School Coordinator
"""))

M("clean", "harvest_supper_booking",
  "village: the Old Cock Inn doing the hog roast, harvest supper at the village hall",
  ASHWORTH, [("Mrs Fothergill, Parish Clerk", "clerk@parishcouncil.example.org")],
  "Village hall \u2013 Harvest Supper booking", "2025-09-08 13:15", PLAIN("""Dear Mrs Fothergill,

Could we book the village hall for the school's Harvest Supper on Friday 10 October, 5pm to 9pm, please? We'll need the kitchen and the stacking tables.

As last year, the children will sing at the Harvest Festival in St Michael's and then walk down to the hall. The Old Cock Inn have kindly offered to do the hog roast again, and the Young Farmers are running the auction of produce. Proceeds go to the church roof fund and the village food bank.

We'll have a DBS-checked member of staff on the door, and we'll leave the hall as we found it.

With thanks,
Helen Ashworth
Head of Primary
"""))

# ---- safeguarding and quoted abuse

M("clean", "dsl_concern_austen_y10",
  "[unsure] staff-only DSL record quoting a pupil's threat verbatim ('I'll fucking kill you')",
  MCBRIDE, [DSL], "Concern \u2013 Year 10 boarder, Austen House (also on CPOMS)", "2025-11-20 08:05",
  PLAIN("""Rachel,

Logging this here as well as on CPOMS, as you asked for anything involving threats.

At 21.40 last night (Weds), during a row in the Year 10 common room over a phone charger, S. (Y10) shouted at another girl, quoted exactly as I heard it: "I'll fucking kill you, I swear to God." She then threw a mug at the wall (not at anyone). I separated them; both were seen by the duty nurse and there were no injuries.

S. was tearful afterwards and said things at home are "really bad at the moment". She didn't want to say more. I'd like to talk to you about whether we contact home first or wait for her to speak to you.

Fiona McBride
Housemistress, Austen
"""), client="outlook")

M("clean", "prejudice_incident_h4_desk",
  "[unsure] staff-only report of racist graffiti, the slur recorded masked (P*ki)",
  BELLO, [DSL], "Prejudice-related incident \u2013 H4 desk", "2025-03-06 12:40",
  ALT("""Rachel,

Reporting a prejudice-related incident. During period 3 today I found the word "P*ki" (spelled out in full) and a crossed-out name scratched into the desk at the back of H4. The name is that of a Year 9 boy who sits at that desk in another class.

I've photographed it on the department iPad and uploaded the photo to CPOMS, and asked the site team to sand the desk this afternoon. I haven't spoken to the boy yet - I'd like to check with you first how you want it handled.

Aisha
"""), cc=[WHITAKER])

M("clean", "charlie_science_incident",
  "[unsure] letter to a parent quoting, masked, what the pupil said to a teacher ('f*** off')",
  BARKER, [SAM], "Charlie \u2013 incident on Tuesday", "2025-11-13 16:30", PLAIN("""Dear Sam,

I'm sorry to have to write to you about Charlie again. On Tuesday afternoon, after being asked to take his headphones out in a Science lesson, Charlie refused, and when Dr Petrie repeated the instruction he told him to "f*** off" and walked out of the lab.

Charlie has since apologised to Dr Petrie, and I think he genuinely regrets it. He will spend Friday in internal reflection, and I'd like to set up a short meeting next week with you, Charlie and his tutor to talk about what's going on - he's clearly finding things hard this term.

Please do call me on 01632 960000 if you would like to talk before then.

Yours sincerely,
Louise Barker
Head of Year 9
"""))

M("clean", "head_reply_detention_complaint",
  "head's calm Outlook reply to a parent; the swearing is only in the parent's quoted email",
  HEAD, [ALI], "RE: Detention", "2025-11-08 10:20", PLAIN("""Dear Mr Guardian,

Thank you for your email. I understand you are very angry that Omar was given a Saturday detention, and I would like to talk it through with you properly.

I must ask, though, that future correspondence with my staff is civil. Mr Lloyd followed the school's behaviour policy, and I have looked at the incident log myself. I will not be forwarding your message to him.

I can meet you on Monday at 4pm or Tuesday at 8am. Please let my PA know which suits, on 01632 960000.

Yours sincerely,
Dr Caroline Whitlock
Head

""" + oquote("Ali Guardian <ali.guardian@btinternet.com>", "07 November 2025 22:48",
             "Head <head@example-school.org.uk>", "Detention", """Who the hell does that PE teacher think he is. A Saturday detention for forgetting his gumshield?? Total bullshit. Tell that jumped-up prick he can fucking well explain himself to me. I'm paying 40 grand a year for this crap.

Ali Guardian""")), client="outlook", reply=True)

M("clean", "forward_abusive_email_dsl",
  "teacher forwards an abusive e-mail she received to the DSL, as the policy requires; abuse only in forwarded text",
  MISTRY, [DSL], "Fwd: your so called teaching", "2025-02-10 07:35", PLAIN("""Rachel,

Forwarding as per the policy - this arrived last night from an address I don't recognise. I think it may be a former pupil's older brother because of the surname, but I'm not sure. I haven't replied, and I'll delete it from my inbox once you've confirmed you have it.

Sarah

---------- Forwarded message ---------
From: k dawson <kdawson1994@mail.example.net>
Date: Sun, 9 Feb 2025 at 23:12
Subject: your so called teaching
To: <s.mistry@example-school.org.uk>


you ruined my brothers life you stupid bitch. hope you get sacked. everyone knows your a shit teacher
"""), client="gmail")

M("clean", "homework_reply_to_pupil",
  "Apple Mail reply to a pupil; the pupil's 'shit' is only in the quoted text",
  OGDEN, [pl("oliver.barnes", "Oliver Barnes")], "Re: homework", "2025-03-11 21:58", PLAIN("""Oliver,

I can tell you're frustrated, and I'm glad you told me rather than just not handing it in. But please don't write to teachers like that - I'll let it go this time.

Question 7 is genuinely hard. Come to Maths Clinic in M3 at lunchtime tomorrow and we'll go through it together. The deadline can move to Friday.

Mrs Ogden

""" + aquote("11 Mar 2025, at 21:37", ("Oliver Barnes", "oliver.barnes@" + PUP),
             """this homework is shit i have been on question 7 for an hour and it makes no sense. the example in the book is nothing like it""")),
  client="apple", reply=True)

_COACH_TEXT = """Dear Mr Royle,

Thank you for your reply. I appreciate the frustration, but our contract (clause 6) allows cancellation without charge up to 48 hours before departure, and our email cancelling the Durham fixture was sent on Wednesday at 10.14am, more than 72 hours ahead.

I'd be grateful if you could reissue the invoice without the cancellation charge. We've used Valley Coaches for many years and would like to keep doing so.

Kind regards,
Ian Kettlewell
Bursar

""" + gquote("Mon, 17 Feb 2025 at 09:05", ("Gary Royle", "ops@valley-coaches.example.com"),
             """Mr Kettlewell, with respect this is a bloody piss-take. We turned down two jobs for that Saturday. The charge stands.
Gary Royle
Valley Coaches""")

M("clean", "coach_invoice_dispute",
  "bursar's Gmail reply (text + HTML blockquote); the rude words are only in the coach firm's quoted reply",
  BURSAR, [("Gary Royle", "ops@valley-coaches.example.com")], "Re: Invoice 20931 \u2013 Saturday's cancellation", "2025-02-17 11:30",
  ALT(_COACH_TEXT, """<div dir="ltr"><div>Dear Mr Royle,</div><div><br></div><div>Thank you for your reply. I appreciate the frustration, but our contract (clause 6) allows cancellation without charge up to 48 hours before departure, and our email cancelling the Durham fixture was sent on Wednesday at 10.14am, more than 72 hours ahead.</div><div><br></div><div>I'd be grateful if you could reissue the invoice without the cancellation charge. We've used Valley Coaches for many years and would like to keep doing so.</div><div><br></div><div>Kind regards,</div><div>Ian Kettlewell</div><div>Bursar</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 17 Feb 2025 at 09:05, Gary Royle &lt;<a href="mailto:ops@valley-coaches.example.com">ops@valley-coaches.example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Mr Kettlewell, with respect this is a bloody piss-take. We turned down two jobs for that Saturday. The charge stands.<br>Gary Royle<br>Valley Coaches</blockquote></div>
"""), client="gmail", reply=True)

# ---- newsletters and other scripts

M("clean", "primary_newsletter_21mar",
  "HTML newsletter with letter-spaced headings (A S S E M B L Y, C L A S S   N E W S)",
  MOSS, [JANE, SAM], "Primary Newsletter \u2013 Friday 21 March", "2025-03-21 15:30",
  HTMLONLY("""<html>
<head><meta charset="utf-8"></head>
<body style="font-family: 'Comic Sans MS', Arial, sans-serif; color: #1d3557;">
<h1 style="letter-spacing: 2px;">Primary Newsletter &ndash; 21 March</h1>
<h2>A S S E M B L Y</h2>
<p>Class 2 led a wonderful assembly on the life cycle of the frog, with real frogspawn from the farm garden pond. Thank you to everyone who came.</p>
<h2>C L A S S &nbsp; N E W S</h2>
<p>Class 4 have been writing persuasive letters to the parish council about a crossing on Church Lane. Class 1 have hatched five ducklings in the incubator!</p>
<h2>F A R M &nbsp; G A R D E N</h2>
<p>Lambing has begun: eleven lambs so far. Please don't bring dogs past the paddock gate.</p>
<h2>D A T E S</h2>
<ul>
<li>Tue 25 March &ndash; Class 3 Forest School (wellies!)</li>
<li>Thu 27 March &ndash; Easter service, St Michael's, 2pm</li>
<li>Fri 4 April &ndash; break up at 1.30pm</li>
</ul>
<p>Mrs Moss<br>Primary Office &middot; 01632 960000</p>
</body>
</html>
"""))

M("clean", "ukrainian_start_of_term",
  "Cyrillic (Ukrainian) translation, base64 body, B-encoded Cyrillic subject",
  MEILIN, [("\u041e\u043a\u0441\u0430\u043d\u0430 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e", "o.kovalenko@example.com")],
  "\u041f\u043e\u0447\u0430\u0442\u043e\u043a \u0441\u0435\u043c\u0435\u0441\u0442\u0440\u0443 / Start of term \u2013 Olena", "2025-09-01 11:00",
  PLAIN("""Dear Mrs Kovalenko,

Please find below the start-of-term information, with a Ukrainian translation kindly checked by one of our parent volunteers.

Term starts on Sunday 7 September. Olena will be collected from Leeds Bradford airport at 14:10 and taken straight to Austen House.

Kind regards,
Mei Lin Ho

--

\u0428\u0430\u043d\u043e\u0432\u043d\u0430 \u043f\u0430\u043d\u0456 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e,

\u041d\u0438\u0436\u0447\u0435 \u043d\u0430\u0432\u0435\u0434\u0435\u043d\u043e \u0456\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0456\u044e \u043f\u0440\u043e \u043f\u043e\u0447\u0430\u0442\u043e\u043a \u0441\u0435\u043c\u0435\u0441\u0442\u0440\u0443.

\u0421\u0435\u043c\u0435\u0441\u0442\u0440 \u043f\u043e\u0447\u0438\u043d\u0430\u0454\u0442\u044c\u0441\u044f \u0432 \u043d\u0435\u0434\u0456\u043b\u044e, 7 \u0432\u0435\u0440\u0435\u0441\u043d\u044f. \u041e\u043b\u0435\u043d\u0443 \u0437\u0443\u0441\u0442\u0440\u0456\u043d\u0443\u0442\u044c \u0432 \u0430\u0435\u0440\u043e\u043f\u043e\u0440\u0442\u0443 \u041b\u0456\u0434\u0441-\u0411\u0440\u0435\u0434\u0444\u043e\u0440\u0434 \u043e 14:10 \u0456 \u0432\u0456\u0434\u0432\u0435\u0437\u0443\u0442\u044c \u043f\u0440\u044f\u043c\u043e \u0434\u043e \u043f\u0430\u043d\u0441\u0456\u043e\u043d\u0443 \u00ab\u041e\u0441\u0442\u0456\u043d-\u0413\u0430\u0443\u0441\u00bb.

\u042f\u043a\u0449\u043e \u0443 \u0432\u0430\u0441 \u0454 \u0437\u0430\u043f\u0438\u0442\u0430\u043d\u043d\u044f, \u043d\u0430\u043f\u0438\u0448\u0456\u0442\u044c \u043d\u0430\u043c \u0430\u0431\u043e \u0437\u0430\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443\u0439\u0442\u0435: +44 1632 960000.

\u0417 \u043f\u043e\u0432\u0430\u0433\u043e\u044e,
\u041c\u0435\u0439 \u041b\u0456\u043d \u0413\u043e
\u0412\u0456\u0434\u0434\u0456\u043b \u043c\u0456\u0436\u043d\u0430\u0440\u043e\u0434\u043d\u043e\u0433\u043e \u043f\u0440\u0438\u0439\u043e\u043c\u0443
""", cte="base64"), subj_mode="B")

M("clean", "persian_welcome_family",
  "Persian text with zero-width non-joiners (U+200C) and an emoji ZWJ sequence; QP body",
  MEILIN, [("Rahimi family", "rahimi.family@example.net")],
  "Welcome to Example School / \u062e\u0648\u0634 \u0622\u0645\u062f\u06cc\u062f", "2025-06-26 10:10",
  PLAIN("""Dear Mr and Mrs Rahimi,

Welcome to Example School! We're so pleased that Dara will be joining Hastings House in September. Family Day is on Saturday 6 September \U0001F468\u200d\U0001F469\u200d\U0001F466 - you are all very welcome to come and see his room and meet his house parents.

A short note in Farsi follows, translated by our Persian-speaking boarding assistant.

Kind regards,
Mei Lin Ho
International Admissions

--

\u062e\u0627\u0646\u0648\u0627\u062f\u0647\u200c\u06cc \u06af\u0631\u0627\u0645\u06cc \u0631\u062d\u06cc\u0645\u06cc\u060c

\u0628\u0647 \u0645\u062f\u0631\u0633\u0647\u200c\u06cc \u0645\u0627 \u062e\u0648\u0634 \u0622\u0645\u062f\u06cc\u062f. \u0645\u0627 \u0628\u0633\u06cc\u0627\u0631 \u062e\u0648\u0634\u062d\u0627\u0644\u06cc\u0645 \u06a9\u0647 \u062f\u0627\u0631\u0627 \u062f\u0631 \u0645\u0627\u0647 \u0633\u067e\u062a\u0627\u0645\u0628\u0631 \u0628\u0647 \u062e\u0648\u0627\u0628\u06af\u0627\u0647 \u0647\u0633\u062a\u06cc\u0646\u06af\u0632 \u0645\u06cc\u200c\u067e\u06cc\u0648\u0646\u062f\u062f.

\u0627\u06af\u0631 \u0633\u0624\u0627\u0644\u06cc \u062f\u0627\u0631\u06cc\u062f\u060c \u0645\u06cc\u200c\u062a\u0648\u0627\u0646\u06cc\u062f \u0628\u0627 \u0645\u0627 \u062a\u0645\u0627\u0633 \u0628\u06af\u06cc\u0631\u06cc\u062f.

\u0628\u0627 \u0627\u062d\u062a\u0631\u0627\u0645\u060c
\u0645\u06cc \u0644\u06cc\u0646 \u0647\u0648
""", cte="quoted-printable"), subj_mode="B")

M("clean", "geography_migration_homework",
  "geography: the Hmong, Niger and Nigeria, Pakistan",
  HEBDEN, [pl("8g-geography")], "Homework \u2013 population and migration", "2025-05-13 14:55",
  PLAIN("""8G,

Homework for next Tuesday (about 30 minutes):

1. Read the case study on the Hmong people, who moved from the mountains of Laos to refugee camps in Thailand after 1975, and then on to the USA and France. Draw a flow map of the route.
2. On the blank map of West Africa, label Niger and Nigeria (people mix them up - Niger is the big one to the north, and the River Niger flows through both), plus Mali, Chad and Benin.
3. Write three sentences on why so many people moved from the countryside of Sindh to Karachi in Pakistan after the 2022 floods.

Big thanks to Tolu, who brought in photos of Lagos for us.

Mr Hebden
"""))

M("clean", "dream_costumes_reply",
  "drama: Bottom's ass head, flame-retardant fabric, Puck; Outlook reply to a volunteer",
  SALE, [("Pat Whiteley", "pat.whiteley@example.org")], "RE: Dream costumes", "2025-06-10 17:45",
  PLAIN("""Dear Pat,

Thank you so much - the donkey's head for Bottom is brilliant, and the children were delighted. Two small things:

1. The fabric for the fairies' wings needs to be flame-retardant (or treated with the retardant spray - there's a can in the drama store) because of the lanterns in Act 2.
2. Puck's costume: could we have something he can climb in? He's up the scaffold tower for most of the second half.

Snug, Snout, Starveling, Flute and Quince are all very happy with their mechanicals' overalls.

Dress rehearsal is Tuesday at 3pm if you'd like to come and see it all on stage.

With thanks,
Imogen

""" + oquote("Pat Whiteley <pat.whiteley@example.org>", "09 June 2025 20:02",
             "Imogen Sale <i.sale@example-school.org.uk>", "Dream costumes", """Hello Imogen,

I've finished Bottom's ass head - papier mache over chicken wire, with ears that flap! Let me know what else you need and I'll get going on it this week.

Pat""")), client="outlook", reply=True)

M("clean", "dofe_silver_offas_dyke",
  "DofE expedition along Offa's Dyke",
  BAMFORD, [SAM, ALI], "DofE Silver practice expedition \u2013 Offa's Dyke", "2025-04-25 12:10",
  ALT("""Dear Parents,

The Silver practice expedition runs from Friday 16 to Sunday 18 May. The groups will walk a section of the Offa's Dyke Path from Knighton to Kington, camping two nights at farm campsites.

The dyke itself is an 8th-century earthwork built on the orders of King Offa of Mercia, and the path follows it for long stretches, so there is plenty for the "aim of the expedition" presentations.

Kit list is attached to the DofE page on the parent portal. Please check boots are broken in - the hills above Knighton are steep, and blisters end more expeditions than weather does.

We leave school at 7.30am on the Friday and return by 5pm on the Sunday.

Craig Bamford
DofE Coordinator
"""))

M("clean", "year6_rshe_letter",
  "RSHE letter using correct anatomical terms (penis, vagina, sexual intercourse); 8bit body",
  TESSA, [JANE, SAM, ALI], "Year 6 Relationships, Sex and Health Education \u2013 summer term", "2025-04-24 15:40",
  PLAIN("""Dear Parents and Carers,

As in previous years, Year 6 will have a short series of Relationships, Sex and Health Education (RSHE) lessons in the summer term, taught by Mrs Dunmore and me, with the school nurse.

The lessons cover:
\u2022 the changes of puberty for boys and girls, including periods and wet dreams
\u2022 the correct names for parts of the body, including penis, testicles, vulva and vagina
\u2022 how a baby is made and born, including sexual intercourse, in simple and factual terms (this is the sex education element, from which you may withdraw your child)
\u2022 keeping safe online, and who to talk to

We use the correct words because it helps children keep themselves safe and tell an adult if something is wrong.

You are very welcome to come and look at the materials at a drop-in on Tuesday 6 May at 3.30pm in the Class 6 room.

Yours sincerely,
Mrs T. Barraclough
Deputy Head, Primary
""", cte="8bit"))

M("clean", "dt_consumables_order",
  "DT: nuts, bolts, countersunk screws, cabinet knobs, pipe bender; Outlook reply",
  KAYE, [PEARCE], "RE: DT consumables order", "2025-10-13 13:05", PLAIN("""Linda,

Looks good. Please add:
- 200 x M6 nuts and 200 x M6 x 30 bolts
- 2 boxes of 4 x 30 countersunk wood screws (the Year 8 boxes eat them)
- 60 beech cabinet knobs, 30mm, for the Year 9 bedside cabinets
- a replacement former for the pipe bender (the 15mm one has cracked)

And can we get the pillar drill serviced over half term?

Rob

""" + oquote("Linda Pearce", "13 October 2025 10:41", "Rob Kaye", "DT consumables order", """Rob,

Draft order for the spring term below - MDF, pine strip, acrylic sheet, glue sticks, sandpaper (80 and 120), solder and the usual. Anything to add before I send it to the bursary?

Linda""", style="dashes")), client="outlook", reply=True)

M("clean", "planets_lesson_uranus",
  "physics: Uranus (and pre-empting the joke)",
  MISTRY, [PETRIE], "Y7 Space topic \u2013 planets lesson", "2025-11-25 18:05", PLAIN("""Alan,

I'm doing the planets with 7S tomorrow. Is it OK to use your scale-model-on-the-field activity? I'll need the trundle wheel and the 100m tape.

Also - warning duly noted about Uranus. I'm going to get in first with the astronomers' pronunciation ("YOOR-uh-nus"), and move swiftly on to its 98-degree tilt. Anyone who makes the joke can work out how long sunlight takes to get there.

Sarah
"""))

M("clean", "margaret_retirement",
  "affectionate retirement notice for a long-serving colleague (age mentioned kindly)",
  HEAD, [lst("allstaff", "All Staff")], "Margaret Holroyd \u2013 retirement", "2025-06-23 08:30",
  ALT("""Dear colleagues,

After 34 years at the school, Margaret Holroyd will retire at the end of this term. Margaret joined the Maths department in 1991, when the Common Room still had an ashtray, and has taught something like four thousand pupils - including, as she likes to remind them, several of their parents and two current members of staff.

Margaret has been a tutor in Hastings, ran the Chess Club for twenty years, and was the backbone of the Old Boys' and Old Girls' reunions long before we had an alumni office. Her parkin is a school institution.

Please join us for drinks in the Common Room on Friday 11 July at 5pm. If you would like to contribute to her gift (she has asked for a greenhouse), there is an envelope in the staff room.

Caroline
"""), client="outlook")

M("clean", "ehcp_annual_review",
  "SEN: EHCP review, autism, developmental delay discussed respectfully",
  HIRST, [BLACKWOOD], "Annual review \u2013 T. (Class 2) \u2013 Thursday", "2025-11-17 12:15",
  PLAIN("""Lucy, Kerry,

T.'s EHCP annual review is on Thursday at 2pm in the library. Mum and Dad are coming, and the educational psychologist will join on Teams.

Could you each bring two or three pieces of work from this term and your notes against his outcomes? Things worth raising:
- his phonics (blending CVC words - still inconsistent?)
- how the ear defenders and the movement breaks are working
- whether he's ready to try lunch in the hall with a buddy

T.'s autism and global developmental delay are both in his plan. In the meeting, please use the language the family use - they talk about "T.'s autism".

Thanks both,
Gemma Hirst
SENCo
"""), cc=[KERRY])

M("clean", "international_evening",
  "nationalities named in a celebratory context (Chinese, Nigerian, Pakistani, Ukrainian boarders)",
  MEILIN, [JANE, ALI], "International Evening \u2013 Saturday 15 November", "2025-11-03 16:45",
  ALT("""Dear Parents and Guardians,

Our boarders come from 23 countries this year, and on Saturday 15 November they're cooking for us. Please come!

On the menu:
\u2022 dumplings from the Chinese and Hong Kong boarders
\u2022 jollof rice from the Nigerian boarders (and the annual Nigeria v Ghana jollof debate, judged by the Head)
\u2022 samosas and chai from the Pakistani and Indian boarders
\u2022 varenyky from Olena and the Ukrainian girls
\u2022 tteokbokki from the Korean boarders
\u2022 Stollen from Max, who insists it is not too early

There will also be a fashion show of \u00e1o d\u00e0i, hanbok and kente, and the Chapel Choir singing in six languages.

6pm in the Dining Hall. Free entry; donations to the Boarders' Charity.

Mei Lin Ho
International Admissions and Boarding
"""), cc=[lst("boarding-staff", "Boarding Staff")])

M("clean", "ramadan_arrangements_2025",
  "religion: Ramadan, suhoor, iftar, Eid, a Jewish boarder's Shabbat; boarding and catering",
  WHITAKER, [lst("boarding-staff", "Boarding Staff")], "Ramadan 2025 \u2013 arrangements for boarders", "2025-02-26 09:00",
  PLAIN("""Dear all,

Ramadan is expected to begin on Saturday 1 March. We have eleven Muslim boarders who intend to fast, in Hastings, Austen and School House.

- Suhoor: a breakfast box will be left in each house fridge the night before. House staff, please check it's there at lights out.
- Iftar: a hot meal in the dining hall at sunset (about 6pm at the start, nearer 7.50pm by the end), with dates and water.
- Prayer: the Quiet Room in Austen is available; please knock.
- Sport and exams: be sensible about heavy training in the afternoons, and talk to the pupil about what they'd like to do. Nobody should be pressured either to fast or not to fast.
- Eid al-Fitr is likely to fall on Sunday 30 or Monday 31 March; boarders may go out with guardians.

A reminder too that Ezra in School House keeps Shabbat - no Saturday fixtures for him.

Rob
"""), cc=[CATERING])


# =========================================================================== output

README = """# Round 8 holdout: obscene-language (BLIND)

**This corpus is blind. Never use it to tune, debug against, or write rules for mailguard.**
It was written without reading the filter's code, its rules, its documentation or its other
tests, from the school's e-mail policy ("staff must not use obscene language or swear words,
nor make offensive comments on grounds of gender, race, disability, age, religion or sexual
orientation, in any communication") and general knowledge of a small Church of England primary
and an independent boarding school sharing the domain example-school.org.uk.  If the filter is
ever changed because of a message in here, the corpus stops measuring anything.

## How it was made

`../make_round8_obscene.py` (Python 3.11, standard library only) holds every message as text and
writes the `.eml` files, `labels.csv` and this README.  Dates, Message-IDs, MIME boundaries and
the file order are fixed, so two runs give byte-identical files.  Messages use CRLF line
endings.  Regenerate with:

    python3 tests/holdout/round8/make_round8_obscene.py

## Files

* `NNN_<flag|clean>_<slug>.eml` - one complete RFC 5322 message each (all senders are staff).
* `labels.csv` - `file,expected,sender,recipients,note`.  `expected` is `flag` or `clean`;
  `recipients` is To + Cc, separated by single spaces.  Judgement calls say `[unsure]` in the note.

## Counts

* flag: {nflag}
* clean: {nclean}
* total: {ntotal} ({nunsure} marked [unsure])

## Kinds of case

`flag` - the staff author's own words contain swearing, an obscenity or a slur:
plain swearing; digits or symbols for letters (sh1te, b0ll0cks, f4g, b!tch, r@gheads, t1ts,
tw@t); masks (c*nts, f*ck's); letters split by spaces or dots; Cyrillic look-alike letters;
a zero-width space inside the word; an empty HTML tag inside the word; HTML numeric character
references; base64 and quoted-printable bodies (including a QP soft line break in the middle of
the word); the word only in an RFC 2047 subject (base64, and Q with a hex-escaped letter); the
word only in a .txt, .csv or .html attachment; offensive remarks without swear words about age,
religion, race/ethnicity, nationality, disability, sexuality and gender.  Recipients include
colleagues, house-staff lists, pupils and (by reply-all) a parent.

`clean` - hard negatives: farm and garden (cock, tup, boar, bitch, prick out, hoe, muck,
shiitake), birds (great tits, shag), forest school (faggots of hazel, pussy willow, beaver),
church and chapel (KJV "pisseth", Balaam's ass, shittim wood, a sermon on Hell, "gay apparel"),
Latin and Greek (cum, vagina = scabbard, Cunctator, Sextus, Lysistrata), boarding life (pants,
knickers, Nobby's Nuts, knackered, a chink of light, spick and span), rowing (cox, stroke, bow,
crab), CCF (cocking handle, butt, cockpit), cricket and rugby (box, maiden, silly mid-off,
hooker), shuttlecocks, the organ, history and RS teaching about prejudice without slurs,
literature (Lear's "bastards", Larkin, Chaucer, Of Mice and Men), surnames, place names and
international boarders' names (Dikshit, Cockburn, Penistone, Scunthorpe, Phuc, Fuk Yee, Kunt),
menus (spotted dick, faggots, cock-a-leekie), Friends and village events, letter-spaced
headings, Cyrillic and Persian text (with zero-width non-joiners), RSHE anatomy, DSL records and
a parent letter quoting pupils, and replies or forwards where the abuse is only in quoted text.

[unsure] items: a few literature quotations and safeguarding records that reproduce strong
words verbatim or masked (labelled clean), and one mild "pain in the arse" (labelled flag).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml") or fn in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, fn))
    slugs = [m["slug"] for m in MSGS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    order = sorted(MSGS, key=lambda m: hashlib.sha256(("r8obs/" + m["slug"]).encode()).hexdigest())
    rows = []
    for i, m in enumerate(order, 1):
        fn = f"{i:03d}_{m['kind']}_{m['slug']}.eml"
        data = render(m)
        for line in data.split(b"\r\n"):
            assert len(line) <= 998, (fn, line[:60])
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        rows.append([fn, m["kind"], bare(m["frm"]), " ".join(bare(a) for a in m["to"] + m["cc"]), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for r in rows if r[1] == "flag")
    nunsure = sum(1 for r in rows if "[unsure" in r[4])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README.format(nflag=nflag, nclean=len(rows) - nflag, ntotal=len(rows), nunsure=nunsure))
    print(f"wrote {len(rows)} messages ({nflag} flag, {len(rows) - nflag} clean) to {OUT}")


if __name__ == "__main__":
    main()
