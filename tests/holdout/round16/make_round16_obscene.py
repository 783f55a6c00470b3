#!/usr/bin/env python3
"""Generate the round-16 BLIND hold-out corpus for the obscene-language module.

Writes .eml files, labels.csv and README.md into ./obscene-language/ next to this script.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice gives
byte-identical output. Python 3.11 standard library only.
"""
import base64
import csv
import datetime as dt
import html as htmlmod
import io
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ----------------------------------------------------------------- people
STAFF = {
    "head": ("Jonathan Greaves", "j.greaves", "Head", "01632 960000"),
    "ashworth": ("Dr Helen Ashworth", "h.ashworth", "Deputy Head (Pastoral) and Designated Safeguarding Lead", "01632 960011"),
    "dsl": ("Safeguarding Team", "dsl", "Designated Safeguarding Lead", "01632 960011"),
    "fairbairn": ("Tom Fairbairn", "t.fairbairn", "Housemaster, Wellington House", "01632 960214"),
    "morgan": ("Sian Morgan", "s.morgan", "Housemistress, Austen House", "01632 960216"),
    "raman": ("Priya Raman", "p.raman", "Matron, Wellington House", "01632 960215"),
    "llewellyn": ("Gareth Llewellyn", "g.llewellyn", "Director of Sport", "01632 960040"),
    "mehta": ("Sunil Mehta", "s.mehta", "Head of Cricket", "01632 960041"),
    "dunmore": ("Craig Dunmore", "c.dunmore", "1st XV Coach", "01632 960042"),
    "tait": ("Emma Tait", "e.tait", "Head of Girls' Games", "01632 960043"),
    "marchetti": ("Sophie Marchetti", "s.marchetti", "Director of Music", "01632 960060"),
    "pritchard": ("Owen Pritchard", "o.pritchard", "Head of Drama", "01632 960062"),
    "chaplain": ("Revd Mark Ellery", "chaplain", "School Chaplain", "01632 960070"),
    "crowther": ("Linda Crowther", "l.crowther", "Bursar", "01632 960020"),
    "fees": ("Karen Holt", "fees", "Fees and Bursaries Office", "01632 960021"),
    "okafor": ("Daniel Okafor", "d.okafor", "Head of Geography", ""),
    "summers": ("Rachel Summers", "r.summers", "Teacher of English", ""),
    "whitlock": ("Dr James Whitlock", "j.whitlock", "Head of Biology", ""),
    "kowalczyk": ("Anna Kowalczyk", "a.kowalczyk", "Head of Modern Languages", ""),
    "hargreaves": ("Ben Hargreaves", "b.hargreaves", "Teacher of Mathematics", ""),
    "pemberton": ("Jo Pemberton", "j.pemberton", "SENCo", "01632 960033"),
    "reid": ("Callum Reid", "c.reid", "Head of History", ""),
    "drummond": ("Fiona Drummond", "alumni", "Development and Old Pupils Office", "01632 960090"),
    "kettering": ("Rob Kettering", "r.kettering", "Head of Design & Technology", ""),
    "fenwick": ("Alastair Fenwick", "a.fenwick", "Head of Classics", ""),
    "grimshaw": ("Paul Grimshaw", "p.grimshaw", "Network Manager", "01632 960050"),
    "office": ("School Office", "office", "School Office", "01632 960000"),
    "attendance": ("Debbie Nolan", "attendance", "Attendance Officer", "01632 960003"),
    "admissions": ("Clare Whitby", "admissions", "Registrar", "01632 960005"),
    "cole": ("Hannah Cole", "h.cole", "Librarian", ""),
    "zoe": ("Zoë Lefèvre", "z.lefevre", "Teacher of French", ""),
    "careers": ("Martin Shaw", "m.shaw", "Head of Sixth Form", "01632 960030"),
}


def addr(key):
    return f"{STAFF[key][1]}@{DOM}"


def sig(key, style="full"):
    name, box, role, phone = STAFF[key]
    if style == "short":
        return f"\n\n{name.split(' ')[-1] if name.startswith(('Dr', 'Revd')) else name.split(' ')[0]}\n"
    lines = ["", "", "--", name, role, "Example School, Park Row, Leeds LS1 4AP"]
    if phone and phone != "01632 960000":
        lines.append(f"Tel: 01632 960000 | Direct: {phone}")
    else:
        lines.append("Tel: 01632 960000")
    lines.append(f"{box}@{DOM}")
    return "\n".join(lines) + "\n"


def pupil(p):
    return f"{p}@{PUP}"


JANE = "jane.parent@gmail.com"
SAM = "sam.carer@outlook.com"
ALI = "ali.guardian@btinternet.com"

# ----------------------------------------------------------------- encoding helpers

def b_word(s):
    """RFC 2047 base64 encoded-words, split on character boundaries."""
    out, cur = [], b""
    for ch in s:
        c = ch.encode("utf-8")
        if len(cur) + len(c) > 42:
            out.append(cur)
            cur = b""
        cur += c
    if cur:
        out.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(x).decode() + "?=" for x in out)


def hdr_addr(name, a):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()"\''):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    return f"{b_word(name)} <{a}>"


def qp_encode(text, soft_at=()):
    """Quoted-printable encoder; '\x01' in text forces a soft line break there."""
    data = text.replace("\r\n", "\n")
    out_lines = []
    for line in data.split("\n"):
        enc = []
        for ch in line:
            if ch == "\x01":
                enc.append("\x01")
                continue
            for b in ch.encode("utf-8"):
                if (33 <= b <= 126 and b != 61) or b == 32:
                    enc.append(chr(b))
                else:
                    enc.append("=%02X" % b)
        # trailing space must be encoded
        if enc and enc[-1] == " ":
            enc[-1] = "=20"
        cur = ""
        res = []
        for tok in enc:
            if tok == "\x01":
                res.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(tok) > 75:
                res.append(cur + "=")
                cur = ""
            cur += tok
        res.append(cur)
        out_lines.extend(res)
    return "\n".join(out_lines)


def b64_body(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def leaf(ctype, content, cte="7bit", filename=None, charset="utf-8", disposition=None):
    return {"kind": "leaf", "ctype": ctype, "content": content, "cte": cte,
            "filename": filename, "charset": charset, "disposition": disposition}


def multi(sub, parts):
    return {"kind": "multi", "sub": sub, "parts": parts}


def render(part, nid, counter):
    if part["kind"] == "leaf":
        h = []
        ct = part["ctype"]
        if ct.startswith("text/"):
            h.append(f'Content-Type: {ct}; charset="{part["charset"]}"' + (f'; name="{part["filename"]}"' if part["filename"] else ""))
        else:
            h.append(f'Content-Type: {ct}; name="{part["filename"]}"')
        cte = part["cte"]
        c = part["content"]
        if cte == "7bit":
            body = c
            h.append("Content-Transfer-Encoding: 7bit")
        elif cte == "8bit":
            body = c
            h.append("Content-Transfer-Encoding: 8bit")
        elif cte == "qp":
            body = qp_encode(c)
            h.append("Content-Transfer-Encoding: quoted-printable")
        elif cte == "base64":
            raw = c if isinstance(c, bytes) else c.encode("utf-8")
            body = b64_body(raw)
            h.append("Content-Transfer-Encoding: base64")
        else:
            raise ValueError(cte)
        if part["filename"]:
            h.append(f'Content-Disposition: {part["disposition"] or "attachment"}; filename="{part["filename"]}"')
        if not body.endswith("\n"):
            body += "\n"
        return "\n".join(h), body
    counter[0] += 1
    boundary = f"----=_Part_r16ob_{nid:03d}_{counter[0]}"
    h = f'Content-Type: multipart/{part["sub"]};\n boundary="{boundary}"'
    chunks = []
    for p in part["parts"]:
        ph, pb = render(p, nid, counter)
        chunks.append(f"--{boundary}\n{ph}\n\n{pb}")
    body = "".join(chunks) + f"--{boundary}--\n"
    return h, body


def text_to_html(text, style="outlook"):
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>',
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
               '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>',
               '</head><body lang="EN-GB"><div class="WordSection1">']
        for p in paras:
            inner = "<br>\n".join(htmlmod.escape(l, quote=False) for l in p.split("\n"))
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append("</div></body></html>")
    else:
        out = ['<div dir="ltr">']
        for p in paras:
            inner = "<br>".join(htmlmod.escape(l, quote=False) for l in p.split("\n"))
            out.append(f"<div>{inner}</div><div><br></div>")
        out.append("</div>")
    return "\n".join(out) + "\n"


def alt(text, style="outlook", cte="qp"):
    return multi("alternative", [leaf("text/plain", text, cte), leaf("text/html", text_to_html(text, style), cte)])


def fake_pdf(title):
    t = title.replace("(", "").replace(")", "")
    s = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
         "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
         f"4 0 obj<</Length {len(t) + 30}>>stream\nBT /F1 14 Tf 72 760 Td ({t}) Tj ET\nendstream endobj\n"
         "trailer<</Root 1 0 R>>\n%%EOF\n")
    return s.encode("latin-1")


# ----------------------------------------------------------------- corpus
MSGS = []


def add(label, slug, frm, to, subject, body, cc=(), note="", enc_subject=False, from_name=None, extra_headers=()):
    MSGS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                     body=body, note=note, enc_subject=enc_subject, from_name=from_name,
                     extra=list(extra_headers)))


def T(text, cte="7bit"):
    return leaf("text/plain", text, cte)


# ======================= FLAG: plain =======================
add("flag", "lights_out_matrix", "fairbairn", [addr("morgan")], "Re: new lights-out matrix",
    T("""Sian,

Just back from the boarding staff meeting. Have you seen the new lights-out
matrix they want us filling in every night? Three columns per dorm, initialled,
scanned and uploaded to the portal by 22:30. It's complete bollocks. Nobody who
wrote it has ever tried to get fourteen Year 9 boys into bed after a home match
and a tuck shop run.

I'm going to raise it at pastoral on Thursday, but I'd like to know you're with
me before I stick my neck out. Happy to do a trial week if they insist, but not
like this.

T
"""), note="housemaster venting to colleague: 'complete bollocks' (plain)")

add("flag", "coach_driver_bath", "llewellyn", [addr("mehta")], "Coach back from Bath",
    alt("""Sunil,

Just so you know before you book the cricket tour transport - I'm not using Coachlink again. The driver on the way back from Bath on Saturday was an absolute wanker. Refused to stop for nearly two hours when half the U16s were desperate for the loo, then had a go at Owen Pritchard's lad about mud on the seats in front of the whole bus.

I've put a formal complaint in through their website but I'm not holding my breath. Can you ask Karen in fees for the alternative quotes she had in the summer (the Harrogate firm and the one in Wakefield)?

Cheers,
Gareth""" + sig("llewellyn")), note="Director of Sport to colleague: 'absolute wanker' (plain, multipart)")

add("flag", "choir_commitment_parent", "marchetti", [SAM], "Chapel Choir - commitment this term",
    alt("""Dear Sam,

I wanted to write to you directly about Example Pupil Two's place in the Chapel Choir. He has now missed four of the last six Thursday rehearsals, including the full run-through for the Remembrance service, and on Sunday he arrived for the 10.30 Eucharist without his music.

I'm sorry to be blunt, but his commitment this term has been piss-poor, and it isn't fair on the other choristers who give up their free time. He is a lovely singer and I would like to keep him, but if things don't change before the Advent carol service I will have to offer his place to someone on the waiting list.

Could we perhaps speak on the phone this week? I'm free after 4pm on Wednesday.

Kind regards,
Sophie Marchetti""" + sig("marchetti")), note="Director of Music to a parent: 'piss-poor' (plain)")

add("flag", "late_training_pupil", "dunmore", [pupil("21hbarlow")], "Training",
    T("""Harry,

That's the third session running you've rolled in after the warm-up. Get your
shit together or you won't be on the bus to Sedbergh on Saturday. I mean it.

Mr Dunmore
"""), note="coach to pupil: 'get your shit together' (plain)")

add("flag", "new_drama_teacher_comment", "kettering", [addr("hargreaves")], "new bloke",
    T("""Have you met the new lad in Drama yet? Bit of a poof if you ask me. Give him
a week on Friday night duty in Wellington and he'll be back in London.

Pint after the staff meeting?
R
"""), note="homophobic slur about a colleague (plain)")

add("flag", "dept_social_takeaway", "hargreaves", ["maths@" + DOM], "Dept social after parents' evening",
    T("""Hi all,

The Raj is shut on Mondays so the department curry is off. Shall we just get a
chinky delivered to the maths workroom after parents' evening instead? I'll
collect orders on the day - let me know by lunchtime.

Ben
"""), note="racial slur for a takeaway in a staff social email (plain)")

add("flag", "parents_evening_dad", "morgan", [addr("fairbairn")], "tonight",
    T("""Tom - Mr Verity (Poppy's dad, Year 10) was an absolute twat at parents'
evening. Stood over me shouting about her maths set for ten minutes while a
queue formed behind him, then told Dr Ashworth I'd been 'obstructive'. Just so
you've got a heads-up if he collars you at the match on Saturday.

Sian
"""), note="housemistress venting about a parent: 'absolute twat' (plain)")

add("flag", "laundry_contractor", "raman", [addr("crowther")], "Laundry AGAIN - that arsehole from the contractor",
    T("""Linda,

Third week running the Wellington laundry has come back short. Eleven sets of
games kit missing and two boarders without clean sheets last night. When I rang,
the arsehole on their customer line told me it was "probably the boys' fault for
not labelling". Every item is name-taped, I do it myself.

Please can we talk about the contract before half term? I can't keep borrowing
sheets from Austen.

Thanks,
Priya""" + sig("raman")), note="matron to bursar, 'arsehole' in subject and body (plain)")

add("flag", "history_notes_attachment", "reid", ["history@" + DOM], "Notes from today's dept meeting",
    multi("mixed", [
        T("""Hi all,

Quick notes from today attached (sorry, typed in a hurry). The main thing is
the change to the NEA moderation date - please check your diaries.

Callum""" + sig("reid")),
        leaf("text/plain", """History dept meeting - Tues
Present: CR, JT, MP, HL (apols: AD)

1. NEA moderation - exam board have changed the fucking deadline AGAIN, now 5 May
   not 12 May. Marks to CR by 21 April latest.
2. Y9 trip to Ypres - 52 signed up, second coach needed. Ask fees re deposit.
3. New textbooks for Y10 Germany unit arrive after half term.
4. Sixth form EPQ - HL to coordinate history entries.
5. AOB: workroom fridge. Please.
""", "7bit", filename="dept_notes.txt"),
    ]), note="swearing inside a .txt attachment of meeting notes (plain)")

# ======================= FLAG: disguised =======================
add("flag", "boarding_rota_asterisk", "okafor", [addr("summers")], "rota",
    alt("""Rach - who the f*ck put me on boarding duty on the Friday of the Y12 field trip? I'm in Malham until 6. The rota this term is a load of sh!t, that's the second clash.

Any chance you'd swap me for the 21st? I'll owe you.

D""", "gmail"), note="asterisk/symbol masked f*ck and sh!t, staff to staff")

add("flag", "hockey_team_leet", "tait", [pupil("22ikhan"), pupil("22mwarburton"), pupil("23fodonnell"), pupil("22tnkemelu")], "Saturday",
    T("""Captains,

Not going to dress it up - we were b0ll0cks in the second half on Saturday. I'm
not watching another sh1te performance like that against Ackworth. Pass this on
to the rest of the squad: extra session Wednesday 7am, astro, no excuses.

Miss Tait
"""), note="leetspeak b0ll0cks / sh1te, games teacher to pupils")

add("flag", "tour_hotel_hyphenated", "llewellyn", [addr("mehta"), addr("dunmore")], "Tour debrief",
    T("""Lads,

Overall a cracking tour - the boys were a credit and the fixtures were spot on.
Two things for next year:

1. Do NOT use the Lisbon hotel again. The duty manager was a total b-e-l-l-e-n-d
   about the late check-in and tried to charge us for the damaged kettle that
   was broken when we arrived.
2. We need a second first-aider on the coach. Priya has offered.

I'll write it up properly for the Head by Friday.

G
"""), note="hyphen-separated letters b-e-l-l-e-n-d")

add("flag", "lighting_desk_repeated", "pritchard", [addr("marchetti")], "lighting desk",
    T("""Fuuuuuck. The lighting desk has just died - two days before opening night.
Totally dead, won't even power on. Shiiiiit.

Paul in IT is having a look but he thinks it's the board. Is there any chance the
music department's little desk could run the basic states for Guys and Dolls if
we can't get a hire one in time?

O
"""), note="repeated letters Fuuuuuck / Shiiiiit, staff to staff")

add("flag", "cover_homoglyph_b64", "summers", [addr("okafor")], "Re: rota",
    (
        leaf("text/plain", """Ha, yes, I'll swap - the 21st is fine.

Honestly though, whoever does the rota is a total twаt. I've got three duties in
the week of the Y11 mocks. It's fuсking ridiculous and I'm going to say so.
Βollocks to being polite about it.

R
""", "base64")
    ), note="Cyrillic/Greek homoglyphs (twаt, fuсking, Βollocks) in a base64 body")

add("flag", "fullwidth_biology", "whitlock", [addr("kettering")], "the technician agency",
    T("""Rob,

The agency have sent yet another technician who's never seen a fume cupboard.
Spent first period explaining what a pipette is. The account manager is a
complete ｗａｎｋｅｒ and won't return my calls.

Do you still have the number of the retired chap who did your cover last year?

James
""", "8bit"), note="full-width letters ｗａｎｋｅｒ in an 8bit body")

add("flag", "fees_zero_width", "crowther", [addr("fees")], "Re: outstanding account - Hartley",
    alt("""Karen,

Thanks for chasing. The bas\u200btard still hasn't paid a penny of the summer term and now wants to discuss a bursary "in principle". No.

Please send the final reminder letter today and copy me in. If there's nothing by the 30th we go to the debt recovery people, as per the terms and conditions.

Linda""" + sig("crowther")), note="zero-width space inside 'bastard', QP multipart")

add("flag", "timetable_html_split", "fenwick", [addr("kowalczyk")], "Timetable v7",
    leaf("text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Anna,</p>
<p>Have you seen version 7 of next year's timetable? Latin is now in the same block as German <i>and</i> Music, which means the three of us are fighting over the same six pupils again.</p>
<p>Whoever designed this is an <span>arse</span><span style="font-family:Calibri">hole</span>. I'm going to the Director of Studies first thing tomorrow &ndash; do you want to come?</p>
<p>Alastair</p>
</div></body></html>
""", "qp"), note="HTML-only, swear word split across span tags (arse|hole)")

add("flag", "printers_entity_slur", "grimshaw", ["itsupport@" + DOM], "printers in the Science block",
    leaf("text/html", """<div dir="ltr"><div>Lads,</div><div><br></div>
<div>Whoever set up the new printers in the science block has configured every one of them to default to A3 colour. Absolute ret&#97;rd. Thirty quid of toner gone already this morning.</div>
<div><br></div><div>Can one of you sort the default profile before period 3 please.</div>
<div><br></div><div>Paul</div></div>
""", "7bit"), note="disability slur with an HTML character entity (ret&#97;rd), HTML-only")

add("flag", "direct_debit_qp_softbreak", "fees", [addr("crowther")], "DD run",
    leaf("text/plain", None, "qpraw"), note="quoted-printable soft line break inside 'fucking'")

add("flag", "saturday_school_subject", "kowalczyk", [addr("fenwick")], "Saturday school – bollocks to it",
    T("""Alastair,

Sorry, I can't cover the Saturday morning prep session again - it's the third
time this half term and I've got the German exchange paperwork to finish.
Please can you ask Callum?

Yes to the DoS meeting tomorrow, 8.10 outside his office.

Anna
"""), enc_subject=True, note="RFC 2047 encoded subject containing 'bollocks'")

# ======================= CLEAN: hard negatives =======================
add("clean", "scunthorpe_fixture", "llewellyn", [pupil("23cdoyle"), pupil("23abrennan"), pupil("24rpatel")], "U15 football - Scunthorpe away",
    T("""Hi all,

Reminder that the U15 cup fixture on Wednesday is away at Scunthorpe (kick-off
2.30pm at their Brumby Road site). Coach leaves from the sports hall at 12.15 -
please get a packed lunch from the dining hall at the end of period 4.

Kit: away strip, shin pads, boots and trainers in case they put us on the 3G.
Bring a coat, it's an exposed ground.

If we win we play the winner of Arsenal Academy Schools v Leeds Grammar in the
quarter-final, so let's make it count.

Mr Llewellyn""" + sig("llewellyn")), note="place name Scunthorpe, Arsenal")

add("clean", "penistone_fieldwork", "okafor", [JANE, SAM, ALI], "Year 10 Geography fieldwork - Penistone",
    alt("""Dear Parents and Guardians,

As part of the GCSE Geography course, Year 10 will carry out their human geography fieldwork in Penistone on Thursday 16 October. Pupils will be investigating how the town centre has changed since the opening of the new bypass and the Trans Pennine Trail, using questionnaires, pedestrian counts and an environmental quality survey.

The coach will leave school at 8.45am and return by 3.30pm. Pupils should wear school uniform with a waterproof jacket and sensible shoes, and bring a packed lunch, a pencil and a clipboard. There is no charge for the trip.

If your child has any medical needs we should know about for the day, please let me know by Friday.

Kind regards,

Daniel Okafor
Head of Geography""" + sig("okafor")), note="place name Penistone, letter to parents")

add("clean", "twatt_old_pupil", "drummond", ["m.fraser.orkney@btinternet.com"], "Thank you - and a photo for the OP magazine?",
    alt("""Dear Mr Fraser,

Thank you so much for your generous gift towards the new boathouse, and for your lovely letter. The Head was delighted to read about your years in School House in the 1960s and has asked me to pass on his thanks personally.

We would love to include a short piece about you in the spring edition of the Old Pupils' magazine, if you're willing. Readers always enjoy hearing where OPs have ended up, and I don't think we have ever had anyone writing to us from Twatt before! A photo of the croft or of you with the view over the Loch of Boardhouse would be perfect.

No pressure at all, of course. If you'd prefer to keep things private, just say.

With warm wishes,

Fiona Drummond""" + sig("drummond")), note="Orkney place name Twatt, old pupils office")

add("clean", "shitterton_placenames", "reid", ["8h-history@" + PUP], "Place names homework - due Monday",
    T("""Hello 8H,

For Monday, please finish the place names worksheet we started in class. Pick
five places from the list and explain what the Old English or Old Norse parts
of the name mean. Remember the examples we did together:

 - Leeds: from Loidis, the old name for the district
 - Kirkby: Old Norse 'kirkja' + 'by' = village with a church
 - Shitterton (Dorset): from Old English 'scitere', a stream used as an open
   sewer, + 'tun' = farm. Yes, really - and yes, the villagers put a stone by
   the road because the sign kept getting stolen.

Two marks for each place, and a bonus mark if you can find one near where
you live. Use the English Place-Name Society website, not just Wikipedia.

Mr Reid
"""), note="Dorset place name Shitterton in a history homework to pupils")

add("clean", "india_tour_wankhede", "mehta", [JANE, ALI], "Cricket tour to India - itinerary",
    multi("mixed", [
        alt("""Dear Parents,

Please find attached the confirmed itinerary for the February cricket tour to Mumbai and Pune.

Highlights include a training session with coaches from the Mumbai Cricket Association and a guided tour of the Wankhede Stadium, where India won the 2011 World Cup. The boys will also play four fixtures against local schools and spend a day with our partner charity in Dharavi.

Flights depart Manchester on Friday 13 February at 09:40. Please ensure passports are valid for at least six months after the return date and that the e-visa is applied for by 10 January. The final instalment (£640) will be added to the spring term fees account.

A parents' meeting will be held in the Pavilion on Tuesday 2 December at 6pm. For families overseas I will send a Teams link.

Best wishes,
Sunil Mehta""" + sig("mehta")),
        leaf("application/pdf", fake_pdf("India Cricket Tour 2026 Itinerary"), "base64", filename="India_Tour_Itinerary.pdf"),
    ]), note="Wankhede Stadium (cricket tour), PDF attachment")

add("clean", "piano_tuner_cockburn", "marchetti", [addr("office")], "Piano tuner visit Tuesday",
    T("""Hi Jill,

Mr Cockburn, our piano tuner, is coming in on Tuesday from 8am to do the two
Steinways in the concert hall and the uprights in the practice rooms before the
scholarship auditions. Could you have a visitor pass ready for him, and let
the porters know he'll need the hall unlocked?

He usually parks by the music school - I've told him to use the visitor bays.

Many thanks,
Sophie""" + sig("marchetti")), note="surname Cockburn")

add("clean", "boarding_menu", "fairbairn", ["wellington-boarders@" + PUP], "This week's supper menu + Sunday brunch",
    alt("""Evening all,

Catering have sent over this week's boarding supper menu:

Mon - Chicken katsu curry / veggie katsu
Tue - Faggots, mash, peas and onion gravy (Chef's Yorkshire special - try it before you pull a face)
Wed - Build-your-own burritos
Thu - Fish pie / cauliflower cheese
Fri - Pizza night in the house kitchen
Sat - BBQ if dry, otherwise hotdogs
Sun - Brunch 10.30-12.00, roast at 6

Puddings this week include spotted dick and custard on Tuesday and sticky toffee on Thursday.

Any allergies or dietary changes to Matron please, not to me.

Mr F""", "gmail"), note="foods: faggots, spotted dick, boarding menu")

add("clean", "isle_of_may_birds", "whitlock", ["y12-biology@" + PUP], "Isle of May field course - species list",
    T("""Dear Year 12 Biologists,

Ahead of the field course, here's the list of species the warden says we're
most likely to record. Please learn to identify them before we go:

Seabirds: puffin, razorbill, guillemot, kittiwake, fulmar, shag, eider
Passerines: great tit, blue tit, wren, rock pipit, wheatear
Waders: oystercatcher, turnstone, purple sandpiper, woodcock (if we're lucky)

Remember the difference between a shag and a cormorant - we'll be counting
both on the cliffs and getting them mixed up ruins the data. There's a good
ID sheet on Teams.

Boat leaves Anstruther at 9.30 so breakfast is at 6.45 sharp.

Dr Whitlock
"""), note="bird names: shag, tits, woodcock")

add("clean", "cricket_kit_list", "mehta", [SAM], "Re: cricket kit for Year 7",
    T("""Dear Sam,

Thanks for your email. For Year 7 cricket your son will need:

- whites (shirt, trousers, jumper) - available from the uniform shop
- cricket shoes or trainers with good grip
- a box (abdominal guard) and jockstrap or compression shorts - these are
  essential for batting and we cannot lend them for hygiene reasons
- batting gloves and pads if he has them; the school has spares
- a named water bottle and sun hat

Bats and balls are provided. A Size 5 or Size 6 bat is about right for his
age if you want to buy one - please don't buy anything bigger.

Best wishes,
Sunil Mehta""" + sig("mehta")), note="sports kit: box, jockstrap, balls (to parent)")

add("clean", "y9_reproduction_homework", "whitlock", ["9b-biology@" + PUP], "Homework - human reproduction",
    alt("""Hi 9B,

Homework for Friday: label the diagrams of the male and female reproductive systems on page 64 of the textbook (penis, testes, scrotum, sperm duct, urethra, prostate gland; ovaries, oviducts, uterus, cervix, vagina). Then answer questions 1-6.

Question 6 asks you to describe the journey of a sperm cell from the testes to the egg - use the key words ejaculation, fertilisation and implantation.

If you were off on Tuesday, the slides are on Teams. Any questions, come and find me in B4.

Dr Whitlock""" + sig("whitlock")), note="biology vocabulary: penis, vagina, ejaculation")

add("clean", "cumulative_frequency", "hargreaves", ["11x-maths@" + PUP], "Cumulative frequency revision",
    T("""Year 11,

For Thursday please complete the cumulative frequency revision sheet (on Teams,
under Statistics). A reminder of the method:

1. Make a running total in the cumulative frequency column.
2. Plot the cumulative frequency against the UPPER class boundary.
3. Join with a smooth curve, not straight lines.
4. Read off the median at n/2, then the quartiles at n/4 and 3n/4.

Questions 7-9 are box plot analysis, where you compare two distributions.
Always comment on an average AND a measure of spread, in context.

Mr Hargreaves
"""), note="maths: cumulative, analysis")

add("clean", "garvey_unia_homework", "reid", ["12-history@" + PUP], "Civil rights essay - sources",
    T("""Hi all,

For your essay on the origins of the civil rights movement, please use at
least two of the primary sources in the reading pack. The Garvey material is
useful on the 1920s: remember that the organisation's actual name was the
Universal Negro Improvement Association (UNIA). You should use the period name
when you cite it, but in your own prose refer to Black Americans or African
Americans, as we discussed in class.

Word count 2,000 max. Deadline Friday 28 November, on Turnitin.

Mr Reid
"""), note="historic organisation name containing an outdated racial term [unsure]")

add("clean", "romeo_juliet_prick_of_noon", "summers", ["10r-english@" + PUP], "Romeo and Juliet Act 2 - Mercutio",
    T("""Dear 10R,

For Thursday, reread Act 2 Scene 4 and find three examples of Mercutio's
wordplay. You'll probably want the famous one: "the bawdy hand of the dial is
now upon the prick of noon". Explain the double meaning and what it shows
about his character (and why the Nurse is so offended!).

Also think back to Act 1 Scene 1 - "Do you bite your thumb at us, sir?" - how
does Shakespeare use crude humour to open the play and then contrast it with
the tragedy?

Mature, analytical answers please. PEEL paragraphs.

Miss Summers
"""), note="set text quotation (prick of noon, bawdy) to pupils")

add("clean", "nativity_ox_and_ass", "chaplain", [addr("pritchard"), addr("marchetti")], "Junior nativity - animals",
    T("""Owen, Sophie,

For the Pre-Prep nativity we have 24 children and only 19 parts, so I suggest
we bring back the ox and ass (Isaiah 1:3, and every carol since) and add some
sheep. The Year 1 teachers have costumes for a donkey already.

I'd also like "In the bleak midwinter" at the end rather than "Away in a
manger" - the line about "Heaven cannot hold him" is a lovely moment.

The Bishop's chaplain has asked whether damnation and hell are in the Year 6
sermon; I have reassured her they are not.

Mark

Revd Mark Ellery
School Chaplain
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""), note="religious vocabulary: ass, hell, damnation")

add("clean", "german_exchange_fickmuehlen", "kowalczyk", [JANE, ALI], "German exchange - host family details",
    alt("""Dear Parents,

I am pleased to confirm the host family placements for the German exchange with the Gymnasium Bad Bederkesa in March. Your child's host family details have been sent to them on Teams.

Several families live in the small villages around Bederkesa - Fickmühlen, Drangstedt and Elmlohe - and the host school runs a bus each morning. The programme includes a visit to the Kunsthalle in Bremen and a day in Hamburg (the "Hafenrundfahrt" harbour trip is always a favourite).

Pupils should bring a small gift for the host family. Please avoid alcohol.

Gute Fahrt!

Anna Kowalczyk""" + sig("kowalczyk")), note="German words and place names (Fickmühlen, Kunst, Fahrt)")

add("clean", "rse_letter_y9", "ashworth", [JANE, SAM, ALI], "Year 9 Relationships and Sex Education - summer term",
    multi("mixed", [
        alt("""Dear Parents and Guardians,

As part of our Relationships and Sex Education (RSE) programme, Year 9 will cover the following topics in PSHE next half term:

- consent, and the law on sexual activity
- contraception, including condoms and the contraceptive pill
- sexually transmitted infections and how to get tested
- pornography and its influence on expectations of sex
- healthy and unhealthy relationships, including coercive control
- sexual orientation and gender identity

Lessons use correct anatomical vocabulary (for example penis, vulva, vagina, testicles) and are taught by trained members of the PSHE team, with the School Nurse. Boarders will also have the chance to ask questions anonymously in house.

You have the right to request that your child is withdrawn from the sex education elements (but not the relationships or health elements, or the science curriculum). If you are considering this, please contact me so that we can discuss it first.

The full scheme of work is attached.

Yours sincerely,

Dr Helen Ashworth""" + sig("ashworth")),
        leaf("application/pdf", fake_pdf("Year 9 RSE Scheme of Work"), "base64", filename="Y9_RSE_scheme_of_work.pdf"),
    ]), note="RSE letter to parents with anatomical and sexual-health vocabulary")

add("clean", "tourettes_pupil_passport", "pemberton", ["y8-tutors@" + DOM, addr("fairbairn")], "Pupil passport - F.H. (Year 8, Wellington)",
    T("""Dear colleagues,

Confidential - staff only. Please read before teaching F.H. next week.

F.H. joins Year 8 after half term as a weekly boarder in Wellington. He has
Tourette syndrome with motor and vocal tics, including coprolalia. His most
frequent vocal tics at the moment are a sniff, a whistle and the word "shit",
sometimes repeated. They are involuntary and get worse with anxiety, tiredness
and being asked to stop.

What helps:
- do not comment on or sanction tics; carry on teaching
- a seat near the door and permission to leave for a movement break (card)
- extra time and a separate room in assessments
- warn him before fire drills if you can

If other pupils react, please deal with it calmly and let me know. His parents
and F.H. are happy for us to talk to his tutor group about Tourette's, and
Tourettes Action have sent a short assembly we can use.

Jo Pemberton
SENCo""" + sig("pemberton")), note="SEND passport to staff quoting an involuntary tic word")

add("clean", "dsl_disclosure_record", "raman", ["dsl@" + DOM], "Concern - Year 8 boarder - disclosure this evening",
    T("""Helen,

Recording this as requested, also logged on MyConcern.

Time: 20:40, Sunday, Wellington House sick bay.
Pupil: O.B., Year 8 boarder.

O.B. came to sick bay saying he had a headache and didn't want to go home for
exeat on Friday. When I asked why, he said (his words): "My stepdad just
shouts at me all weekend. He calls me a fucking waste of space and a little
shit and says Mum would be better off without me." He said this happens "every
time" and that his mum "doesn't do anything".

He was tearful but calm. No marks seen or mentioned. I told him I would have to
pass it on to you and he said "OK but don't tell him I said".

He is now in bed; Mr Fairbairn is aware. Exeat travel is currently booked
with stepdad collecting at 4pm Friday.

Priya Raman
Matron, Wellington House""" + sig("raman")), note="safeguarding record to DSL quoting pupil's words verbatim")

add("clean", "racist_incident_report", "morgan", [addr("ashworth"), addr("fairbairn")], "Incident in the boarding common room - Saturday night",
    alt("""Helen, Tom,

Following up our conversation this morning. On Saturday at about 21:15 in the shared common room, two Year 10 boarders from Wellington were overheard by one of my Austen girls calling A.S. (Year 10, Austen) a "paki" and telling her to "go back to your own country". A.S. was very upset and came to find me. Two other girls confirm what was said.

I've taken written statements from all three girls (attached to the MyConcern entry), spoken to A.S.'s parents in Dubai this morning (they're 4 hours ahead, so I called at 8am UK), and she's OK but shaken.

Can we meet Monday to agree next steps for the boys under the behaviour and anti-bullying policies? It needs logging as a racist incident.

Sian""" + sig("morgan")), note="staff-only incident report quoting a racist slur used by pupils")

add("clean", "reply_parent_abusive_quote", "crowther", [ALI], "Re: Bursary review",
    T("""Dear Mr Guardian,

Thank you for your email. I understand how frustrating the bursary review has
been, and I'm sorry the letter arrived without any explanation of the change.

The reduction reflects the updated household income on the 2025 form rather
than any change to the scheme. I would be very happy to go through the figures
with you by phone, or in person if you are in school for the concert next
week. You are also entitled to ask the Bursary Committee to review the
decision; the form is on the parent portal.

Kind regards,
Linda Crowther
Bursar""" + sig("crowther") + """
-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: {qdate_outlook}
To: Bursar <l.crowther@example-school.org.uk>
Subject: Bursary review

This is absolute bollocks. You've cut our bursary by 20% with no warning and
no explanation. Your fees office is a joke and frankly so is the bursar. I want
someone to call me today.

Ali Guardian
"""), note="polite reply to parent; abusive words only in quoted parent text")

add("clean", "reply_op_complaint", "drummond", ["gdenholm1971@hotmail.co.uk"], "RE: OP dinner seating",
    alt("""Dear Mr Denholm,

Thank you for getting in touch, and I'm sorry your evening was spoiled. You're quite right that your table was moved without notice; that was our error after a late change to the 1970s tables, and I should have called you.

I've passed your comments to the Head, and we'd like to invite you and Mrs Denholm as our guests at the Christmas concert on 12 December. I'll ring you this week.

With best wishes,
Fiona""" + sig("drummond") + """
From: Gordon Denholm <gdenholm1971@hotmail.co.uk>
Sent: {qdate_outlook}
To: Old Pupils Office <alumni@example-school.org.uk>
Subject: OP dinner seating

Fifty years I've been coming back to this place and I get stuck on a table by the bloody kitchen door with a load of wankers from 2010. Shit organisation. Don't bother asking me for money this year.

G. Denholm (School House 1966-71)""", "outlook"), note="polite reply to old pupil; abuse only in his quoted message (Outlook block)")

add("clean", "behaviour_policy_language", "ashworth", ["pastoral-team@" + DOM], "Behaviour policy review - language",
    T("""Dear all,

Thank you for your comments on the draft behaviour policy. The section that
drew the most discussion was swearing, so here's a proposal for Thursday:

Level 1 (reminder, no sanction): swearing in conversation that isn't directed
at anyone, e.g. a pupil who drops a tray and says "shit".
Level 2 (tutor detention): repeated casual swearing after a reminder, or
swearing in lessons.
Level 3 (Head of Year / Housemaster): swearing at another pupil, e.g. calling
someone a "dickhead", or any swearing directed at a member of staff.
Level 4 (Deputy Head): discriminatory language (racist, homophobic, sexist or
disability-related slurs) - always logged, parents always informed.

Several of you felt the line between 1 and 2 is too vague for boarding houses
in the evening, where expectations can be a bit more relaxed. Let's discuss.

Helen""" + sig("ashworth")), note="staff discussing the behaviour policy, quoting example swear words")

add("clean", "ccf_cockermouth", "dunmore", ["ccf-army@" + PUP], "CCF Lakes expedition - kit and route",
    T("""Cadets,

Final details for the Lakes weekend. We meet at the CCF hut at 07:00 Saturday,
minibuses to the drop-off at Lorton, then the route goes over Whinlatter and
down into Cockermouth for the Saturday night campsite. Sunday is Grasmoor and
back.

Full kit check Thursday lunchtime: boots broken in, two pairs of socks per
day, waterproofs (jacket AND trousers), warm hat, gloves, head torch, mess tin
and rations for two days. No cotton.

Any cadet without the full kit list will not go - no exceptions, it's about
safety.

Capt C. Dunmore
Contingent Commander""" + sig("dunmore")), note="place name Cockermouth (CCF)")

add("clean", "choir_tour_clitheroe", "marchetti", [JANE, SAM], "Chamber Choir - Clitheroe and Sussex concerts",
    alt("""Dear Parents,

I'm delighted to confirm two extra concerts for the Chamber Choir this term:

Saturday 22 November - Evensong at St Mary Magdalene, Clitheroe, with the parish choir. We leave school at 1pm and expect to be back at 8.30pm.

Friday 5 - Saturday 6 December - a short tour to West Sussex, singing at Chichester Cathedral on the Friday evening and a lunchtime recital in Arundel on the Saturday. Pupils will stay with host families from the cathedral choir.

The cost of the Sussex trip is £85, which will be added to the spring fees account. Please return the consent form by 14 November.

With best wishes,
Sophie Marchetti""" + sig("marchetti")), note="place names Clitheroe, Sussex")

add("clean", "panto_dick_whittington", "pritchard", ["y7-all@" + PUP], "Junior panto auditions - Dick Whittington!",
    multi("alternative", [
        leaf("text/plain", """Calling all Year 7s!

This year's junior panto is DICK WHITTINGTON and we need a huge cast: Dick,
Alice Fitzwarren, Tommy the Cat, King Rat, Sarah the Cook (a dame, obviously),
the Sultan of Morocco and loads of rats, sailors and Londoners.

Auditions are in the Drama Studio on Tuesday and Wednesday, 4.15-5.30. Prepare
a short joke or a verse of any song. Boarders, your house staff know you'll be
late for prep.

Oh yes it will be brilliant! (Oh no it won't!)

Mr Pritchard
""", "7bit"),
        leaf("text/html", """<div style="font-family:Arial,sans-serif"><h2 style="color:#8b0000">Calling all Year 7s!</h2>
<p>This year's junior panto is <b>DICK WHITTINGTON</b> and we need a huge cast: Dick, Alice Fitzwarren, Tommy the Cat, King Rat, Sarah the Cook (a dame, obviously), the Sultan of Morocco and loads of rats, sailors and Londoners.</p>
<p>Auditions are in the Drama Studio on <b>Tuesday and Wednesday, 4.15-5.30</b>. Prepare a short joke or a verse of any song. Boarders, your house staff know you'll be late for prep.</p>
<p><i>Oh yes it will be brilliant! (Oh no it won't!)</i></p><p>Mr Pritchard</p></div>
""", "7bit"),
    ]), note="panto title Dick Whittington")

add("clean", "exeat_travel_overseas", "fairbairn", [ALI], "Half-term travel - Gatwick",
    T("""Dear Mr Guardian,

Thank you for confirming the flight. Example Pupil Three will leave on the
school coach to Gatwick (North Terminal, West Sussex) at 6am on Friday 24
October with the other Middle East boarders, accompanied by Mrs Raman as far
as check-in. The unaccompanied minor service will take over from there.

We have your Dubai mobile as the emergency contact - please let me know if
that has changed. While he travels the boarding house line, 01632 960214, is
staffed until 10pm UK time.

Return: he lands at Manchester at 14:05 on Sunday 2 November and the school
minibus will collect him.

Best wishes,
Tom Fairbairn""" + sig("fairbairn")), note="place name West Sussex in boarder travel letter to overseas parent")

add("clean", "op_obituary_hancock", "drummond", ["op-committee@" + DOM, "r.ainsley@example.net"], "Obituary for the magazine - Dick Hancock (1948-55)",
    T("""Dear committee,

Sad news: Richard "Dick" Hancock (School House, 1948-55) died peacefully last
month, aged 88. His daughter has sent a short tribute which I've drafted below
for the spring magazine. Please send any corrections by Friday.

"Dick Hancock was Head of School in 1955, captained the 1st XV and rowed at
bow in the first School eight to compete at Henley. After national service he
joined the family engineering firm in Sheffield and later served as Master
Cutler. He remained a loyal Old Pupil, rarely missing a London dinner, and
endowed the Hancock Prize for Engineering in 1998. He is survived by his wife
Margaret, three children and seven grandchildren."

With best wishes,
Fiona""" + sig("drummond")), note="surname Hancock and nickname Dick in an obituary")

add("clean", "dt_plumbing_project", "kettering", ["y10-dt@" + PUP], "Y10 DT - joints and fittings test",
    T("""Hi Year 10,

Your test next Tuesday covers wood joints and basic plumbing fittings. Revise:

- butt joint, lap joint, dowel joint, mortise and tenon, dovetail
- screws vs nails, countersinking, pilot holes
- compression fittings, male and female threaded connectors
- how a ball cock (float valve) controls the water level in a cistern

The Quizlet set is linked on Teams. Anyone who wants to re-do their
mortise and tenon can come in on Thursday after school.

Mr Kettering
"""), note="DT vocabulary: butt joint, ball cock, male/female connectors")

add("clean", "latin_cunctator", "fenwick", ["lower6-latin@" + PUP], "Livy translation - Fabius Cunctator",
    T("""Salvete omnes,

For Thursday's lesson please prepare Livy 22.12-14 (the passage on Fabius
Maximus after Trasimene). Think about how Livy presents Fabius 'Cunctator' -
the Delayer - and why his strategy was unpopular with Minucius and the people
at the time, even though Ennius later wrote "unus homo nobis cunctando
restituit rem".

Vocab to learn: cunctor, cunctari (to delay), cunctatio, sextus, dictator,
magister equitum.

Valete,
Mr Fenwick
"""), note="Latin: Cunctator, cunctari, sextus")

add("clean", "french_phoques_trip", "zoe", [JANE, SAM, ALI], "Voyage en Baie de Somme - Year 8 French trip",
    alt("""Dear Parents,

I'm pleased to confirm the Year 8 French trip to the Baie de Somme, 18-21 May. Highlights include a guided walk across the bay at low tide to see the colony of phoques (harbour and grey seals), a visit to a boulangerie in Saint-Valery where the pupils will order their own pain au chocolat en français, and a morning at a market in Abbeville.

Pupils will complete a short "cahier de voyage" each evening.

Cost: £495, payable in three instalments via the fees office. The deposit of £150 is due by 30 November.

Bien cordialement,

Zoë Lefèvre
Teacher of French""" + sig("zoe"), "outlook"), note="French words (phoques), sender name with accents")

# ======================= CLEAN: everyday =======================
add("clean", "fees_reminder", "fees", [JANE], "Spring term fees - invoice",
    T("""Dear Ms Parent,

Please find your spring term invoice on the parent portal under Fees >
Statements. Payment is due by 1 January 2026.

If you pay by direct debit, the first of your three termly instalments will
be collected on 5 January; no action is needed.

If you are currently working overseas and would like to pay in another
currency, our bank can accept international transfers - the details are on
the invoice. Please use your child's fees reference as the payment reference.

Kind regards,
Karen Holt
Fees and Bursaries Office""" + sig("fees")), note="fees office invoice reminder")

add("clean", "exeat_weekend_carer", "morgan", [SAM], "Re: exeat weekend",
    T("""Dear Sam,

That's no problem at all. I've put it on the exeat list that you'll collect
at 5pm on Friday rather than 4pm, and that she'll be back in house by 7pm on
Sunday. Please just sign her in with whoever is on duty.

She's told me she's also bringing her cello home to practise for the
concert - please make sure it comes back!

Best wishes,
Sian Morgan""" + sig("morgan") + """
On {qdate}, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mrs Morgan, would it be ok to collect at 5 instead of 4 on Friday? I'm
> not back from work until half 4. Thanks, Sam
"""), note="housemistress reply to carer about exeat pick-up")

add("clean", "matron_cold_update", "raman", [ALI], "Example Pupil Three - feeling under the weather",
    T("""Dear Mr Guardian,

Just a quick note to let you know that Example Pupil Three came to sick bay
this morning with a sore throat and a slight temperature (37.9). I gave him
paracetamol at 07:45 and he's spending the morning in the san with a hot
drink and some reading.

He's in good spirits and it looks like a cold that's going round the house.
If he's better after lunch he'll go back to lessons. I'll update you this
evening. I know it's late where you are, so no need to reply.

Best wishes,
Priya Raman
Matron""" + sig("raman")), note="matron update to overseas parent")

add("clean", "maths_homework_pupil", "hargreaves", [pupil("24jsmith")], "Missing homework",
    T("""Hi Josh,

I don't have your simultaneous equations homework from Tuesday. Could you
bring it to my room (M3) at break tomorrow, or upload a photo to Teams
tonight if it's done?

If you got stuck, come along to maths clinic on Thursday lunchtime.

Mr Hargreaves
"""), note="teacher to pupil, missing homework")

add("clean", "coursework_reply_pupil", "summers", [pupil("20lokonkwo")], "Re: EPQ draft",
    alt("""Hi Lola,

Thanks for sending this. It's a really promising draft - your argument about the unreliable narrator in Rebecca is clear and well supported. Three things to work on:

1. Your introduction is too long; get to your question in the first paragraph.
2. Section 3 needs more critical voices, not just plot summary.
3. Check your referencing - you've mixed MLA and Harvard.

Happy to meet on Wednesday period 5 if that helps.

Miss Summers""" + sig("summers") + """
On {qdate}, Lola Okonkwo <20lokonkwo@pupils.example-school.org.uk> wrote:
> Dear Miss Summers,
> I've attached my draft for the EPQ. Could you give me some feedback before
> the deadline? Thank you,
> Lola""", "gmail"), note="teacher feedback reply to sixth-former")

add("clean", "cover_request", "okafor", ["cover@" + DOM], "Cover request - Thursday",
    T("""Hi,

I'm on the Y12 fieldwork on Thursday, so I need cover for:

P1 9G2 (G3) - work on Teams, revision quiz, ch. 4
P3 11G1 (G3) - past paper Q2, mark schemes in the top drawer
P5 7G4 (G1) - finish the map skills booklet

Thanks,
Daniel
"""), note="staff cover request")

add("clean", "newsletter_html", "office", [JANE, SAM, ALI], "The Parkside Post - Week 7",
    alt("""THE PARKSIDE POST - Week 7

From the Head
What a week! Thank you to the many parents who came to the Junior School harvest festival and to the Sixth Form Open Evening. We welcomed over 200 visitors.

Sport
The U14 girls' hockey team are through to the county semi-finals after a 3-1 win over Bradford. The 1st XV beat Ampleforth 24-17 in a thrilling match on Saturday.

Music and Drama
Tickets for Guys and Dolls (27-29 November) are now on sale. The Chamber Choir sang beautifully at the Remembrance service.

Boarding
Our weekly boarders enjoyed a trip to York on Sunday. Thank you to the house parents for organising it.

Dates for your diary
Mon 10 Nov - Year 11 mocks begin
Thu 13 Nov - Year 8 parents' evening
Fri 21 Nov - Exeat begins at 4pm

Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk""", "outlook"), note="weekly newsletter HTML/text")

add("clean", "y7_lakes_trip", "okafor", [JANE, SAM], "Year 7 Lake District residential - letter and consent form",
    multi("mixed", [
        T("""Dear Parents and Carers,

Please find attached the letter and consent form for the Year 7 residential
at Glenridding, 3-5 June. Please complete the online consent and medical
form by Friday 9 May.

Kind regards,
Daniel Okafor""" + sig("okafor")),
        leaf("application/pdf", fake_pdf("Year 7 Lake District Residential"), "base64", filename="Y7_Residential_Letter.pdf"),
    ]), note="trip letter with PDF attachment")

add("clean", "reports_published", "office", [JANE, SAM, ALI], "Autumn term reports",
    T("""Dear Parents,

Autumn term reports are now available on the parent portal. They include
effort and attainment grades for every subject, a tutor comment and, for
boarders, a comment from the house staff.

Any questions about a particular subject, please contact the teacher directly.
Questions about logins go to office@example-school.org.uk.

With best wishes for a restful break,

School Office
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
"""), note="reports published notice")

add("clean", "hods_minutes", "careers", ["hods@" + DOM], "HoDs meeting - minutes",
    T("""Dear all,

Minutes of Tuesday's meeting:

1. Predicted grades for UCAS: deadline 17 October. Please check your staff
   room list of applicants for medicine, veterinary and Oxbridge.
2. Mock exams: papers to exams office by 31 October.
3. Reports: tutor comments can be written from 24 November.
4. INSET 5 January: morning on AI in assessment, afternoon departmental.
5. AOB: new printing allowance in the library.

Next meeting: 4 November, 4.15pm, Boardroom.

Martin""" + sig("careers")), note="staff meeting minutes")

add("clean", "instrumental_timetable", "marchetti", [pupil("23ejohansson")], "Violin lesson time",
    T("""Hi Elsa,

Your violin lessons with Mrs Kaminski this half term will be on Wednesdays at
10.40, rotating weekly so you don't miss the same subject each time. The full
rota is on the music school noticeboard.

Don't forget your Grade 6 scales - the exam is on 2 December.

Ms Marchetti
"""), note="music lesson timetable to pupil")

add("clean", "musical_rehearsals", "pritchard", ["guysanddolls-cast@" + PUP], "Guys and Dolls rehearsal schedule",
    alt("""Hi all,

Final weeks! Here's the schedule:

Mon 17 Nov 4.15-6.00 - Act 1 scenes 1-4
Tue 18 Nov 4.15-6.30 - Crap game scene and Havana
Wed 19 Nov 4.15-7.00 - full run of Act 2
Sat 22 Nov 10.00-4.00 - tech rehearsal (lunch provided)
Mon 24 Nov - dress rehearsal

Boarders, supper is kept back for you on late evenings. Day pupils, please arrange pick-ups for 7.15 on Wednesday.

Mr Pritchard""" + sig("pritchard"), "gmail"), note="drama rehearsal schedule (includes 'Crap game' scene from the show) [unsure]")

add("clean", "remembrance_service", "chaplain", ["allstaff@" + DOM], "Remembrance Sunday arrangements",
    T("""Dear colleagues,

Remembrance service arrangements for Sunday 9 November:

10.30 Boarders and staff assemble in the quad
10.45 Procession to the War Memorial
10.58 Last Post, two minutes' silence at 11.00, Reveille
11.15 Service in Chapel, with readings by the Head of School and the CCF

Wreaths will be laid by the Head, the Chair of Governors, and representatives
of the Old Pupils. Day pupils and families are very welcome.

Mark

Revd Mark Ellery
School Chaplain
"""), note="chaplain Remembrance arrangements")

add("clean", "rugby_selection", "dunmore", ["1stxv@" + PUP], "Team v Ampleforth",
    T("""Team for Saturday:

1 Okafor 2 Brennan 3 Lister 4 Hale 5 Mensah 6 Walsh 7 Patel 8 Doyle
9 Chen 10 Barlow 11 Haigh 12 Oduya 13 Kerr 14 Vance 15 Ellison
Reps: Fox, Grant, Ibbotson, Quinn, Shah

Meet 12.15 in the changing rooms, KO 2.30. Match tea in the pavilion after.

Coach
"""), note="team selection to pupils")

add("clean", "bursary_renewal", "fees", [SAM], "Bursary renewal 2026-27",
    T("""Dear Sam,

It is time to renew bursary applications for the 2026-27 academic year. Please
complete the form on the parent portal and upload:

- your P60 or self-assessment tax calculation for 2024-25
- bank statements for the last three months
- details of any other income, including benefits

The deadline is 31 January. If your circumstances have changed, please let me
know and we can arrange a confidential meeting.

Kind regards,
Karen Holt""" + sig("fees")), note="bursary renewal to carer")

add("clean", "overseas_parent_call", "fairbairn", [JANE], "Call on Thursday",
    T("""Dear Jane,

Thanks - 8am UK time on Thursday (4pm in Singapore) works well. I'll call you
on the mobile number we have on file; if you need to reach me in the
meantime, the house number is 01632 960214.

Best wishes,
Tom""" + sig("fairbairn")), note="scheduling a call with parent overseas")

add("clean", "op_reunion_invite", "drummond", ["c.whitworth@example.net", "tomwakefield88@gmail.com"], "Class of 2005 - 20 year reunion",
    alt("""Dear Claire and Tom,

Thank you both for volunteering to help with the Class of 2005 reunion! I've reserved the Old Library for Saturday 14 March, with drinks from 6.30 and dinner at 7.30. Tours of the school (including the new boarding house) can run at 5pm for anyone who arrives early.

Could you help by sending me any contact details you have for classmates we've lost touch with? I'll send the formal invitation out in January.

With best wishes,
Fiona""" + sig("drummond"), "outlook"), note="old pupils reunion planning")

add("clean", "it_password_reminder", "grimshaw", ["allstaff@" + DOM], "Password changes - this Friday",
    T("""Dear all,

Reminder: the new password policy comes in on Friday. You'll be asked to
change your password the next time you log in. Please choose a passphrase of
at least 14 characters and set up the Authenticator app if you haven't already.

The IT office (by the library) will be open 8-8.30am on Friday for help.

Paul Grimshaw
Network Manager
01632 960000 ext 250
"""), note="IT admin notice")

add("clean", "allergy_catering", "raman", ["catering@" + DOM], "New boarder - allergy details",
    T("""Hi Chef,

New weekly boarder starting Monday in Wellington (Year 9, initials K.A.) has
a severe peanut and tree nut allergy. He carries two EpiPens; a spare is in
the san. His care plan is on iSAMS.

Could his photo go up on the servery board, and could we check the boarding
supper menu and the Saturday BBQ sauces for nuts?

Thanks,
Priya""" + sig("raman")), note="matron to catering, allergy")

add("clean", "open_morning_prospective", "admissions", ["hwestbrook.family@yahoo.co.uk"], "Open Morning - Saturday 4 October",
    alt("""Dear Mr and Mrs Westbrook,

Thank you for registering for our Open Morning on Saturday 4 October. Please arrive at 9.30am at the main entrance on Park Row; parking is signposted.

The morning will include a welcome from the Head, a tour led by our pupils, and the chance to visit the boarding houses and speak to house staff. Mrs Crowther and I will be available to talk about fees, bursaries and scholarships.

We look forward to meeting you and Oliver.

With best wishes,
Clare Whitby
Registrar""" + sig("admissions")), note="admissions to prospective family")

add("clean", "attendance_followup", "attendance", [JANE], "Absence today",
    T("""Dear Ms Parent,

Example Pupil One was marked absent from registration this morning and we
haven't received a reason. Could you let us know whether she is unwell?

If she is at an appointment, please send the letter or card to the office.

Kind regards,
Debbie Nolan
Attendance Officer
Example School | 01632 960000 (option 1 for absence)
"""), note="attendance follow-up")

add("clean", "lost_property", "office", ["allpupils-senior@" + PUP], "Lost property",
    T("""Lost property is piling up in the porters' lodge! Unclaimed items include
three blazers, a hockey stick (unnamed), a silver bracelet, an iPad in a blue
case, and a trumpet mouthpiece.

Anything not collected by Friday will go to the second-hand uniform shop or
to charity. Please name your kit!

School Office
"""), note="lost property notice to pupils")

add("clean", "ucas_deadlines", "careers", ["year13@" + PUP], "UCAS - next steps",
    T("""Dear Year 13,

Reminder of the internal UCAS deadlines:

- Oxford, Cambridge, medicine, dentistry and vet: completed application to
  your tutor by Friday 26 September
- All others: by Friday 7 November

Please check your personal statement with your tutor AND a subject teacher.
Please don't leave it until the last weekend!

Mr Shaw
Head of Sixth Form""" + sig("careers")), note="sixth form UCAS deadlines")

add("clean", "fwd_exam_board", "reid", [addr("hargreaves")], "Fwd: Entries deadline",
    T("""Ben - FYI, this applies to your Further Maths entries too I think.

C

---------- Forwarded message ---------
From: Exams Office <entries@example.org>
Date: {qdate}
Subject: Entries deadline
To: Exams Officers

Dear Exams Officer,

A reminder that the deadline for summer series entries is 21 February. Late
entry fees apply after this date. Amendments can be made through the portal
until 21 March.

Centre Support Team
"""), note="forwarded exam board email")

add("clean", "sunday_activities", "morgan", ["austen-boarders@" + PUP], "Sunday activity sign-up",
    T("""Hi girls,

Sunday options this week (sign up on the sheet outside my office by Friday):

- Ice skating in Leeds (leave 1pm, £8)
- Pottery painting in Harrogate (leave 1.30pm, £12)
- Swimming and a film night in the house (free)

Chapel at 10.30 as usual for everyone. Brunch afterwards.

Mrs Morgan
"""), note="boarding weekend activities")

add("clean", "end_of_term_drinks", "ashworth", ["allstaff@" + DOM], "End of term drinks",
    T("""Dear all,

After a long term, the Common Room committee would love to see everyone for
drinks in the Old Library on Friday 12 December from 5pm. Mulled wine, mince
pies and the famous quiz. Partners welcome.

Helen
"""), note="staff social")

add("clean", "uniform_shop", "office", [SAM], "Uniform order ready",
    T("""Dear Sam,

Your uniform order (two blazers, games kit and house tie) is ready for
collection from the uniform shop. Opening hours are Tuesday 3-5pm and Saturday
9am-12pm in term time.

If you'd prefer, we can give it to the boarding house for your child to
collect.

School Office
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), note="uniform order")

add("clean", "netball_tour_payments", "tait", [JANE, SAM], "Netball tour to South Africa - payments",
    multi("mixed", [
        alt("""Dear Parents,

Thank you for your support for the 2026 netball tour to Cape Town and Stellenbosch. The payment schedule is attached. The next instalment of £750 will be added to the spring fees account.

Players will need a valid passport by 1 February; please send a copy to the sports office. We will hold a meeting with the tour company on 20 January at 6pm.

Best wishes,
Emma Tait""" + sig("tait")),
        leaf("text/csv", "Instalment,Amount,Due\nDeposit,£300,Paid\n2,£750,1 January 2026\n3,£750,1 April 2026\nFinal,£560,1 June 2026\n", "base64", filename="tour_payments.csv"),
    ]), note="sports tour payments with CSV attachment")

add("clean", "library_overdue", "cole", [pupil("22mwarburton")], "Overdue library books",
    T("""Hi Maddie,

You have two library books overdue: "The Secret History" (Donna Tartt) and
"A Brief History of Time". Please return them or renew online.

Thanks,
Mrs Cole
Library
"""), note="library reminder to pupil")

add("clean", "abrsm_results", "marchetti", [ALI], "ABRSM result - congratulations!",
    T("""Dear Mr Guardian,

Congratulations - Example Pupil Three passed his Grade 5 piano exam with
Distinction (133). His examiner particularly praised his Bach prelude.

He's now eligible to apply for a music scholarship for the sixth form.
I'll be in touch about it in the spring.

Best wishes,
Sophie Marchetti""" + sig("marchetti")), note="music exam results to parent")


# ----------------------------------------------------------------- special bodies
QP_SOFTBREAK_BODY = (
    "Linda,\n\n"
    "The DD run has failed again for the third month. The bank's portal says the file is \"malformed\" and won't tell you why. I've spent the whole morning on the phone to them and their fuc\x01king helpline kept transferring me back to the start.\n\n"
    "Do you want me to email the 38 families who were due today, or wait until the bank comes back to us? I'd rather not worry the overseas families unnecessarily.\n\n"
    "Karen\n\n"
    "--\nKaren Holt\nFees and Bursaries Office\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000 | Direct: 01632 960021\n"
)


# ----------------------------------------------------------------- build

def date_for(n):
    base = dt.datetime(2025, 9, 8, 7, 20)
    d = base + dt.timedelta(days=int(n * 1.28), hours=(n * 5) % 12, minutes=(n * 37) % 60)
    if d.weekday() == 6 and d.hour < 9:
        d = d + dt.timedelta(hours=3)
    bst = d < dt.datetime(2025, 10, 26, 1, 0)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return d.replace(tzinfo=tz)


def fmt_date(d):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds() // 60))
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}:{(d.minute * 7) % 60:02d} {sign}{mins // 60:02d}{mins % 60:02d}"


def subst_quotes(part, qd):
    gm = qd.strftime("%a, %d %b %Y at %H:%M")
    ol = qd.strftime("%d %B %Y %H:%M")
    if part["kind"] == "multi":
        for p in part["parts"]:
            subst_quotes(p, qd)
    elif isinstance(part["content"], str):
        part["content"] = part["content"].replace("{qdate}", gm).replace("{qdate_outlook}", ol)


def build(n, m):
    d = date_for(n)
    qd = d - dt.timedelta(hours=19, minutes=12)
    body = m["body"]
    subst_quotes(body, qd)
    name = m["from_name"] or STAFF[m["frm"]][0]
    h = []
    h.append(f"From: {hdr_addr(name, addr(m['frm']))}")
    h.append("To: " + ", ".join(m["to"]))
    if m["cc"]:
        h.append("Cc: " + ", ".join(m["cc"]))
    subj = m["subject"]
    if m["enc_subject"] or any(ord(c) > 127 for c in subj):
        h.append("Subject: " + b_word(subj))
    else:
        h.append("Subject: " + subj)
    h.append("Date: " + fmt_date(d))
    h.append(f"Message-ID: <r16ob.{n:03d}.{m['slug'].replace('_', '')[:12]}@{DOM}>")
    if m["subject"].lower().startswith("re:"):
        h.append(f"In-Reply-To: <r16ob.prev.{n:03d}@mail.example.net>")
    h.append("MIME-Version: 1.0")
    for eh in m["extra"]:
        h.append(eh)
    if body["kind"] == "leaf" and body["cte"] == "qpraw":
        h.append('Content-Type: text/plain; charset="utf-8"')
        h.append("Content-Transfer-Encoding: quoted-printable")
        text = qp_encode(QP_SOFTBREAK_BODY) + "\n"
    else:
        ph, text = render(body, n, [0])
        h.append(ph)
    raw = "\n".join(h) + "\n\n" + text
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def main():
    flags = [m for m in MSGS if m["label"] == "flag"]
    cleans = [m for m in MSGS if m["label"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    order = list(MSGS)
    random.Random(1616).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(build(i, m))
        rows.append([fn, m["label"], addr(m["frm"]), " ".join(m["to"] + m["cc"]), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
