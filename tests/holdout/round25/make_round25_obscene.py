#!/usr/bin/env python3
"""Round 25 blind held-out corpus for the obscene-language module.

Setting: a rural 11-18 school in Cumbria (long bus routes, weekday boarding
house for hill-farm pupils, Young Farmers link, DofE on the fells, staff who
volunteer with mountain rescue, land-based and outdoor-education sixth form).

Deterministic: fixed dates, Message-IDs and MIME boundaries; raw RFC 5322 text
is assembled by hand so that running this twice gives byte-identical files.
Python 3.11 standard library only.

    python3 tests/holdout/round25/make_round25_obscene.py
"""
import base64
import csv
import os
import quopri
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

SCHOOL_LINE = "Example School, Park Row, LS1 4AP"
SCHOOL_TEL = "01632 960000"

# ---------------------------------------------------------------- people
STAFF = {
    "airey": ("Tom Airey", "t.airey", "Head of Outdoor Education"),
    "ostle": ("Kirsty Ostle", "k.ostle", "DofE Manager"),
    "postle": ("Bethan Postlethwaite", "b.postlethwaite", "Housemistress, Fellside House"),
    "brockbank": ("Alan Brockbank", "a.brockbank", "Head of Boarding"),
    "dixon": ("Gareth Dixon", "g.dixon", "Transport & Facilities Manager"),
    "office": ("Example School Office", "office", ""),
    "attend": ("Lorna Tyson", "attendance", "Attendance Officer"),
    "dsl": ("Helen Wilkinson", "dsl", "Deputy Headteacher & Designated Safeguarding Lead"),
    "wilkinson": ("Helen Wilkinson", "h.wilkinson", "Deputy Headteacher"),
    "relph": ("Mark Relph", "m.relph", "Land-Based Studies"),
    "cowper": ("Sophie Cowperthwaite", "s.cowperthwaite", "Teacher of English"),
    "nicholson": ("Daniel Nicholson", "d.nicholson", "Teacher of Biology"),
    "raman": ("Priya Raman", "p.raman", "Head of Sixth Form"),
    "fell": ("Ewan Fell", "e.fell", "PE & Fell Running"),
    "birkett": ("Catriona Birkett", "c.birkett", "SENCo"),
    "armstrong": ("Joe Armstrong", "j.armstrong", "Head of History"),
    "gaskell": ("Ruth Gaskell", "r.gaskell", "Head of RE & PSHE/RSE Lead"),
    "bellamy": ("Anna Bellamy", "a.bellamy", "Head of Modern Languages"),
    "stalker": ("Ian Stalker", "i.stalker", "Site Manager"),
    "head": ("Dr Fiona Musgrave", "head", "Headteacher"),
    "harrison": ("Will Harrison", "w.harrison", "Teacher of Maths, Tutor 10H"),
    "jackson": ("Neil Jackson", "n.jackson", "IT Network Manager"),
    "hughes": ("Rhian Hughes", "r.hughes", "Head of Geography"),
    "lowther": ("Craig Lowther", "c.lowther", "Teacher of PE"),
    "hodgson": ("Claire Hodgson", "c.hodgson", "Science Technician"),
    "ellis": ("Siân Ellis", "s.ellis", "Head of Year 9"),
    "nowak": ("Zoë Nowak", "z.nowak", "Exams Officer"),
    "bainbridge": ("Pete Bainbridge", "p.bainbridge", "Head of Year 10"),
    "library": ("Margaret Hind", "library", "School Librarian"),
    "drama": ("Owen Tweddle", "o.tweddle", "Head of Drama"),
    "cover": ("Julie Sewell", "cover", "Cover Manager"),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}


def saddr(key):
    return STAFF[key][1] + "@" + DOM


def sfmt(key):
    name, box, _ = STAFF[key]
    return formataddr((name, box + "@" + DOM), charset="utf-8")


def pfmt(key):
    return formataddr(PARENTS[key])


def paddr(key):
    return PARENTS[key][1]


def pupil(box, name=None):
    a = box + "@" + PUP
    return (formataddr((name, a)) if name else a), a


def ext(name, addr):
    return formataddr((name, addr)), addr


def sig(key, tel=True, extra=None):
    name, _, role = STAFF[key]
    lines = ["", "--", name]
    if role:
        lines.append(role)
    if extra:
        lines += extra
    lines.append(SCHOOL_LINE)
    if tel:
        lines.append("Tel: " + SCHOOL_TEL)
    return "\n".join(lines)


# ---------------------------------------------------------------- MIME building
PDF_BYTES = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
             b"trailer<</Root 1 0 R>>\n%%EOF\n")


def enc_body(text, cte):
    """Return (cte_header_value, encoded_text)."""
    if isinstance(text, bytes):
        data = text
    else:
        data = text.encode("utf-8")
    if cte == "auto":
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    if cte in ("7bit", "8bit"):
        s = data.decode("utf-8")
        if not s.endswith("\n"):
            s += "\n"
        return cte, s
    if cte == "qp":
        s = quopri.encodestring(data).decode("ascii")
        # "@@SB@@" marks where a hand-placed soft line break must go.
        s = s.replace("@@SB@@", "=\n")
        if not s.endswith("\n"):
            s += "\n"
        return "quoted-printable", s
    if cte == "b64":
        return "base64", base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, cte="auto", filename=None, charset=True):
    cte_v, body = enc_body(text, cte)
    ct = ctype
    if charset and ctype.startswith("text/"):
        ct += '; charset="utf-8"'
    if filename:
        ct += '; name="%s"' % filename
    h = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte_v]
    if filename:
        h.append('Content-Disposition: attachment; filename="%s"' % filename)
    return "\n".join(h) + "\n\n" + body


def multipart(sub, boundary, parts):
    out = ['Content-Type: multipart/%s; boundary="%s"' % (sub, boundary), "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def to_html(text, font="Calibri, sans-serif"):
    """Simple Outlook/Gmail-like HTML rendering of a plain-text body."""
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_h.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(_h.escape(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(out)))


MESSAGES = []


def M(label, slug, sender, to, subject, body, *, date, cc=(), kind="plain", cte="auto",
      html=None, html_cte=None, attach=(), note="", enc_subject=False, extra_headers=()):
    """Register one message.

    sender: staff key. to/cc: lists of (formatted, bare) tuples.
    kind: plain | alt | html | mixed-plain | mixed-alt
    attach: list of (filename, ctype, content(str|bytes), cte)
    """
    MESSAGES.append(dict(label=label, slug=slug, sender=sender, to=list(to), cc=list(cc),
                         subject=subject, body=body, date=date, kind=kind, cte=cte, html=html,
                         html_cte=html_cte, attach=list(attach), note=note,
                         enc_subject=enc_subject, extra_headers=list(extra_headers)))


def S(key):
    return sfmt(key), saddr(key)


def P(key):
    return pfmt(key), paddr(key)


def render(n, m):
    y, mo, d, hh, mm = m["date"]
    dt = datetime(y, mo, d, hh, mm, (n * 7) % 60, tzinfo=timezone(timedelta(hours=1 if 4 <= mo <= 9 else 0)))
    subj = m["subject"]
    if m["enc_subject"]:
        subj = "=?UTF-8?B?" + base64.b64encode(subj.encode("utf-8")).decode("ascii") + "?="
    elif any(ord(c) > 127 for c in subj):
        subj = Header(subj, "utf-8", maxlinelen=76, header_name="Subject").encode()
    hdr = ["From: " + sfmt(m["sender"]),
           "To: " + ", ".join(t[0] for t in m["to"])]
    if m["cc"]:
        hdr.append("Cc: " + ", ".join(t[0] for t in m["cc"]))
    hdr += ["Subject: " + subj,
            "Date: " + format_datetime(dt),
            "Message-ID: <r25obs.%03d.%s@%s>" % (n, m["slug"].replace("_", "-"), DOM),
            "MIME-Version: 1.0"]
    hdr += list(m["extra_headers"])
    b = "r25obs%03d" % n
    body, cte, kind = m["body"], m["cte"], m["kind"]
    html = m["html"] if m["html"] is not None else (to_html(body) if body is not None else None)
    hcte = m["html_cte"] or cte
    if kind == "plain":
        content = leaf("text/plain", body, cte)
    elif kind == "html":
        content = leaf("text/html", html, hcte)
    elif kind == "alt":
        content = multipart("alternative", "----=_NextPart_%s_alt" % b,
                            [leaf("text/plain", body, cte), leaf("text/html", html, hcte)])
    elif kind in ("mixed-plain", "mixed-alt", "mixed-html"):
        if kind == "mixed-plain":
            first = leaf("text/plain", body, cte)
        elif kind == "mixed-html":
            first = leaf("text/html", html, hcte)
        else:
            first = multipart("alternative", "----=_NextPart_%s_alt" % b,
                              [leaf("text/plain", body, cte), leaf("text/html", html, hcte)])
        parts = [first]
        for fn, ct, data, acte in m["attach"]:
            parts.append(leaf(ct, data, acte, filename=fn))
        content = multipart("mixed", "----=_NextPart_%s_mix" % b, parts)
    else:
        raise ValueError(kind)
    return "\n".join(hdr) + "\n" + content


# ======================================================================
# MESSAGES
# ======================================================================
# ---------------------------------------------------------------- FLAGS
M("flag", "dofe_kit_check_shambles", "airey", [S("ostle")], "Re: Bronze practice kit check",
  """Kirsty,

Just back from the kit check in the sports hall. Honestly it was a fucking shambles.
Eleven of them with a cotton hoodie as their warm layer, two with no waterproof
trousers at all, and one lad had packed a games controller "for the evening". Nobody
had read the kit list we sent home, or if they had, they'd decided it was optional.

I've written the gaps on the sheet in the outdoor ed office. Can we get the loan kit
out of the container before Friday? We'll need at least eight pairs of overtrousers
and a few fleeces. Boots are the bigger worry - three pairs of trainers.

I'm on call with the team Wednesday night so if I'm not in Thursday morning it's
because we've been out on the hill.

Tom

On Mon, 3 Mar 2025 at 12:41, Kirsty Ostle <k.ostle@example-school.org.uk> wrote:
> Tom - are you OK to do the kit check for the Bronze group after school today?
> Sports hall is free from 3.30. List attached to last week's email.
> K
""", date=(2025, 3, 3, 16, 52), note="outdoor ed head venting to DofE manager: 'fucking shambles'")

M("flag", "alston_bus_bollocks_to_parent", "dixon", [P("ali")], "RE: Route 7 bus didn't turn up AGAIN",
  """Dear Mr Guardian,

Thank you for your email, and I'm sorry that your son was left waiting at the Nenthead
turning for the second time this month.

I've been on to the coach company this morning. Their explanation is that the driver
ran out of hours after the morning run, which, frankly, is bollocks - the timetable
for that route hasn't changed since September and they know exactly how long it takes.
I have told them in writing that this is their final warning before we go back out
to tender.

In the meantime, if the bus is more than 20 minutes late please ring the school office
on 01632 960000 and we will arrange for the minibus to come out.

Kind regards,
Gareth Dixon
Transport & Facilities Manager
Example School, Park Row, LS1 4AP
Tel: 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 11 February 2025 08:47
To: Gareth Dixon <g.dixon@example-school.org.uk>
Subject: Route 7 bus didn't turn up AGAIN

Mr Dixon, the Route 7 bus did not turn up this morning. My son stood at the end of
the lane for 40 minutes in sleet. This is the second time. What is going on?
Ali Guardian
""", kind="alt", cc=[S("head")], date=(2025, 2, 11, 10, 15),
  note="transport manager to parent: 'which, frankly, is bollocks'")

M("flag", "boarding_weekend_log_attachment", "postle", [S("brockbank")], "Weekend log - Fellside",
  """Hi Alan,

Weekend log attached for Monday's boarding meeting. Quiet on the whole - 14 in on
Friday night as the Shap road was closed and a few of the farm kids stayed over.
The drain on middle corridor has gone again, I've put a job on the site system.

Bethan
""" + sig("postle", extra=["Fellside House: 01632 960014"]),
  kind="mixed-plain",
  attach=[("fellside_weekend_log.txt", "text/plain",
           """FELLSIDE HOUSE - WEEKEND LOG  (Fri 7 - Sun 9 March)
Duty: B Postlethwaite / R. Gibson (Sat)

Fri 18:10  14 boarders in. Shap road closed, 3 extra overnight (parents phoned).
Fri 21:30  Prep done. Y8s noisy, lights out 21:45.
Sat 10:00  Minibus to Penrith for swimming - 9 went.
Sat 22:40  Showers on middle corridor flooded again. Some little shit has stuffed a
           sock down the drain - third time this half term. Mopped up, job logged.
Sun 14:00  Walk up to the reservoir, 11 went, all back by 16:15.
Sun 19:30  Weekly boarders arriving, all in by 20:50.
""", "auto")],
  date=(2025, 3, 10, 7, 58),
  note="housemistress: body clean, .txt attachment log says 'some little shit'")

M("flag", "portal_shite_to_parent", "harrison", [P("sam")], "Re: Can't see the report",
  """Hi Sam,

Sorry about that - the parent portal has been absolutely shite all week, half the
tutor group's parents have had the same problem. I've attached the report as a PDF
instead so you're not waiting on IT.

The short version: maths is going really well, homework is in on time, and the only
thing I'd push on is bringing a calculator every lesson!

Best wishes,
Will Harrison
Maths / Tutor 10H

On Tue, 25 Mar 2025, 19:02 Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Harrison, I've tried logging into the portal three times but it just says
> "no reports available". Is there another way to see it? Thanks, Sam
""", kind="mixed-alt",
  attach=[("Y10_report_spring.pdf", "application/pdf", PDF_BYTES, "b64")],
  date=(2025, 3, 26, 8, 20), note="tutor to parent: portal 'absolutely shite'")

M("flag", "fell_race_pissed_it_pupil", "fell", [pupil("26tbowness", "Tom Bowness")],
  "Saturday - well run!",
  """Tom,

Just seen the results from Saturday. You pissed that race, mate - first U17 back by
nearly two minutes, on that descent off Latrigg as well. Brilliant.

County champs entry form is on Teams, fill it in by Friday and I'll sign it.

Mr Fell
""", date=(2025, 4, 28, 12, 5), note="PE teacher to pupil: 'You pissed that race' (slang for won easily) [unsure]")

M("flag", "appleby_fair_slur", "attend", [S("ellis"), S("bainbridge")], "Appleby week attendance",
  """Siân, Pete,

Heads up for the first week of June. Appleby Fair is on so the pikeys will have half
of 8T and a chunk of 10B off for the week as usual. Can you make sure tutors mark
them properly and don't just leave the register blank - I'm not chasing 30 blank
marks again.

If any of them do want to use the authorised code for Traveller absence I'll need the
usual letter from home first.

Thanks
Lorna
""" + sig("attend"), date=(2025, 5, 29, 9, 12),
  note="attendance officer uses ethnic slur 'pikeys' for Traveller families")

M("flag", "gritting_bitch_county", "stalker", [S("dixon")], "Fw: Gritting - school lane",
  """Gareth,

Spoke to that stuck-up bitch at County Highways again. Apparently the school lane
"isn't a priority route" even though there's 11 buses a day on it. She said she'd
"look into it", which means nothing.

I'll get the quad and the spreader out at 6 tomorrow and do the top bit myself. Can
you order another 2 tonnes of rock salt, we're down to the last few bags.

Ian

-----Original Message-----
From: Highways Customer Services <highways.north@example.org>
Sent: 14 January 2025 15:20
To: Ian Stalker <i.stalker@example-school.org.uk>
Subject: Gritting - school lane

Dear Mr Stalker, thank you for your enquiry. The road you refer to is not on the
priority gritting network. Please see our website for details.
""", date=(2025, 1, 14, 16, 3), note="site manager calls council officer 'stuck-up bitch' (gender-offensive)")

M("flag", "lambing_gate_wanker", "relph", [S("airey")], "gate left open",
  """Tom - did any of your lot see who came down the farm track about 4? Some wanker in
a Range Rover drove straight through the lambing paddock gate and left it wide open.
Forty-odd ewes and lambs out on the road by the time the Y12s spotted them.
Took us an hour to get them back in.

I'm putting a padlock on it. Let me know if you need a key for the kit store.

Mark
""", date=(2025, 4, 2, 17, 30), note="land-based teacher: 'some wanker in a Range Rover'")

M("flag", "cover_again_asterisk_subject", "armstrong", [S("cowper")], "Cover AGAIN - f*cking joke",
  """Third period 5 cover this week and it's Wednesday. I've got 40 Y11 mock papers to
mark for Friday and now Y8 geography in the portakabin. Is it just me?

Coffee at break, I need to vent.
J
""", date=(2025, 1, 22, 11, 48), note="history head, subject 'f*cking joke' (asterisk mask)")

M("flag", "fume_cupboard_symbols", "nicholson", [S("hodgson")], "S3 fume cupboard",
  """Claire,

The fume cupboard in S3 is still sh!t - airflow light went red twice in the Y12 lesson
so I stopped the practical. The contractor was meant to be here Monday and never
showed, the b@stard. Can you ring them again and give them both barrels?

I'll use S1 for the esterification on Thursday if it's free.

Dan
""", date=(2025, 2, 4, 13, 40), note="biology teacher to technician: 'sh!t', 'b@stard' (symbol masks)")

M("flag", "orienteering_leet_slur", "fell", [S("lowther")], "Y9 orienteering",
  """Craig

Y9 orienteering this afternoon, never again. They were like a bunch of r3tards with
the compasses, one group walked the wrong way round the whole of the top field.
And that tw4t from 9E threw the control flag in the beck.

Can we swap - you take them next week and I'll have your Y10 badminton?

E
""", date=(2025, 3, 13, 15, 50), note="PE teacher: disability slur 'r3tards' and 'tw4t' (leetspeak) [slur]")

M("flag", "mock_scripts_bus_repeated", "cowper", [S("bellamy")], "help",
  """Fuuuuuuck. I've just realised I left the whole bag of Y11 mock scripts on the 8.05
from Kirkby Stephen. Shiiiite. Do you have Gareth's mobile or the bus depot number?
The driver's the one with the collie on the dashboard.

S x
""", date=(2025, 1, 28, 8, 52), note="English teacher: 'Fuuuuuuck', 'Shiiiite' (repeated letters)")

M("flag", "data_drop_dotted", "harrison", [S("armstrong")], "new data drop thing",
  """Joe - have you tried the new data drop spreadsheet yet? It is utter b.o.l.l.o.c.k.s.
You have to enter every grade three times and it still doesn't pull the targets through.
The consultant who sold it to SLT is a c-u-n-t and I hope they paid him in
magic beans.

Anyway. Deadline is Friday. Solidarity.
Will
""", date=(2025, 2, 26, 19, 33), note="maths teacher: 'b.o.l.l.o.c.k.s', 'c-u-n-t' (dotted/hyphenated letters)")

M("flag", "blencathra_weather_cyrillic", "ostle", [S("airey")], "Saturday on Blencathra",
  """Tom,

That fu\u0441king forecast. Met Office said dry until 4, we were in hail on the
ridge by 1 and the Y10 group at Scales Tarn were soaked through. Absolute sh\u0456te.

Everyone's fine, all accounted for, one mild cold case who warmed up with a brew at
the car park. I've filled in the incident form anyway.

Next time I'm trusting MWIS and not the app.

Kirsty
""" + sig("ostle"), kind="alt", cte="qp", date=(2025, 4, 7, 9, 4),
  note="DofE manager: 'fucking'/'shite' with Cyrillic homoglyph letters")

M("flag", "exchange_coach_fullwidth", "bellamy", [S("cowper")], "German exchange coach",
  """The coach company have just cancelled the Manchester airport run for the exchange
on the 14th. ＢＯＬＬＯＣＫＳ. Three weeks' notice and they want another £400 for a
"replacement vehicle". Do you know anyone at the other firm in Penrith?
A
""", date=(2025, 3, 20, 14, 12), note="MFL head: 'BOLLOCKS' in full-width letters")

M("flag", "parent_dropoff_zero_width", "brockbank", [S("postle")], "Sunday drop-off",
  """Bethan,

Just to give you a heads up about Sunday. Mr Hetherington from the Ravenglass farm
was an absolute ar\u200bse\u200bhole to Jess at drop-off - shouting in the car park
because his daughter's room had been swapped. I've spoken to him this morning and
he's calmed down, but if he turns up on your shift don't take any nonsense,
ring me on the duty phone.

Alan
""" + sig("brockbank"), cte="qp", date=(2025, 2, 10, 10, 26),
  note="head of boarding: 'arsehole' with zero-width spaces inside")

M("flag", "server_cabinet_html_split", "jackson", [S("dixon")], "Server cabinet",
  None, kind="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Gareth,</p>
<p>Whichever <span style="color:#000">bell</span><span style="color:#000">end</span> unplugged the
server cabinet in the sports block to plug in a <b>hoover</b> has taken down the whole of the
sports block network and the bus pass readers. I've spent an hour on it.</p>
<p>Can we get a &#102;<span></span>ucking lock on that cupboard please? I'll put a sign on it
in the meantime.</p>
<p>Neil</p>
<p style="color:#666">Neil Jackson<br>IT Network Manager<br>Example School, Park Row, LS1 4AP</p>
</div></body></html>
""", cte="auto", date=(2025, 1, 17, 11, 2),
  note="IT manager HTML-only: 'bellend' split by span tags, 'fucking' split by entity and tag")

M("flag", "governor_qp_softbreak", "gaskell", [S("armstrong")], "RSE consultation evening",
  """Joe,

Well that went as well as we expected. Most of the parents were
lovely and asked sensible questions about the Y8 unit, but one of the
governors is a complete wan@@SB@@ker and spent twenty minutes telling
me the materials were "woke".

Pint on Friday?
Ruth
""", cte="qp", date=(2025, 3, 5, 21, 14),
  note="RSE lead calls governor 'wanker', QP soft line break inside the word")

M("flag", "ehcp_base64_bastards", "birkett", [S("raman")], "EHCP annual review - lost again",
  """Priya,

The LA have lost the paperwork for the Y12 annual review AGAIN. Bastards. That's the
third time since October and the review is due before the end of term. It's a total
piss-take - I sent it recorded delivery AND by email.

I'll chase the caseworker tomorrow but we might need to move the meeting. Can you let
the boarding house know? He's in Fellside Mon-Thu.

Catriona
""" + sig("birkett"), cte="b64", date=(2025, 3, 18, 16, 45),
  note="SENCo: 'Bastards', 'piss-take' in a base64 body")

M("flag", "ucas_encoded_subject", "raman", [S("wilkinson")], "UCAS refs - I'm so fucking behind",
  """Helen,

Sorry, I know you asked for these last week. I've done 34 of the 40 land-based and
outdoor ed references and the last six will be with you by Friday lunchtime.

Priya
""", enc_subject=True, date=(2025, 1, 8, 22, 10),
  note="head of sixth form: swearing only in an RFC 2047 encoded subject")
# ---------------------------------------------------------------- HARD NEGATIVES (clean)
M("clean", "cockermouth_flood_fieldwork", "hughes",
  [pupil("25year11geog", "Y11 Geography")], "Cockermouth fieldwork - Thursday",
  """Hi all,

Reminder that Thursday is the river fieldwork day in Cockermouth. We'll be measuring
channel width, depth and velocity at four sites on the Derwent and then looking at the
flood defences in the town centre that were built after the 2009 and 2015 floods.

Bring: wellies (not trainers), waterproofs, packed lunch, a pencil, and your fieldwork
booklet. The bus leaves the front at 8.40 and we'll be back for the normal buses home.

If you're a boarder, Mrs Postlethwaite knows and will have your packed lunch ready.

Any questions ask me in class on Tuesday.

Mrs Hughes
""" + sig("hughes"), kind="alt", date=(2025, 5, 6, 15, 20),
  note="place name Cockermouth in geography fieldwork")

M("clean", "penistone_hockey_fixture", "lowther",
  [ext("Sports Office", "sport@example.net")], "U16 girls hockey - Penistone fixture",
  """Hello,

Just confirming our U16 girls will travel down for the fixture at Penistone on
Saturday 15th. We'll be in a 16-seater minibus so should arrive around 10.15 for an
11.00 push back. We'll wear the navy kit, so if your team can use the away colours that
would be great.

Could you send me the postcode for the astro? The sat nav took us to the wrong side of
Penistone last time.

Many thanks,
Craig Lowther
""" + sig("lowther"), date=(2025, 2, 3, 9, 45),
  note="place name Penistone, hockey fixture to another school")

M("clean", "orkney_residential_twatt", "airey",
  [S("raman"), S("wilkinson")], "Y13 Outdoor Ed residential - Orkney draft itinerary",
  """Priya, Helen,

Draft itinerary for the Y13 outdoor ed residential in Orkney, for the EVC sign-off:

Day 1  Drive to Scrabster, ferry to Stromness, camp near Stromness.
Day 2  Sea kayaking round Hoy Sound with the local provider (AALA licensed).
Day 3  Walk Yesnaby cliffs, then the Brough of Birsay at low tide.
Day 4  Bird survey at the RSPB reserve at Twatt, then Skara Brae.
Day 5  Rest / write-up day, ferry back Day 6.

Yes, the village is really called Twatt. I've told the students in advance so we get the
giggling out of the way before the coach.

Risk assessment and the provider's licence are on the shared drive.

Tom
""", date=(2025, 1, 30, 12, 11), note="place name Twatt (Orkney) in staff trip itinerary")

M("clean", "dorset_geology_shitterton", "hughes",
  [S("nicholson"), S("airey")], "Jurassic Coast trip - campsite",
  """Hi both,

Booked the campsite for the Y12 geology/geography trip to Dorset in June. It's just
outside Bere Regis - and before you ask, the hamlet it's in is genuinely called
Shitterton. There's a stone sign and everything. I expect someone will want a photo.

Plan is Lulworth and Stair Hole on day one, Kimmeridge on day two, Chesil and the
Fleet on day three. Long drive each way so we'll overnight in Sussex on the way back
and do the Seven Sisters as a bonus.

Rhian
""", date=(2025, 2, 12, 18, 2), note="place names Shitterton and Sussex in staff trip planning")

M("clean", "clitheroe_auction_mart", "relph",
  [pupil("24lharker", "Lucy Harker"), pupil("24bmcmurdo", "Ben McMurdo"), pupil("23ajackson", "Amy Jackson")],
  "Stock judging - Clitheroe", """Hi all,

The Young Farmers stock judging at Clitheroe auction mart is on Saturday 22nd. Club
minibus from the school at 7.30 (sorry), back by about 4.

You'll be judging a class of Texel shearlings, a class of commercial ewes and the
dairy heifers. Bring your notebooks from the judging practice we did on the farm, and
dress smart - clean boots, no trainers, club fleece if you have one.

Lucy - can you bring the stick from the club cupboard?

Mr Relph
""" + sig("relph"), date=(2025, 3, 10, 13, 30),
  note="place name Clitheroe, Young Farmers stock judging")

M("clean", "dickens_cockburn_speaker", "cowper",
  [pupil("27year8english", "Y8 English")], "Great Expectations + visiting author",
  """Hello Year 8,

Two things.

1. Please finish reading Chapters 8-11 of Great Expectations by Monday. Think about how
Dickens makes Miss Havisham frightening - what details does Pip notice about the room?

2. On Thursday period 3 we have a visiting author, Mr Rory Cockburn, who writes
adventure stories set on the fells. He'll talk about how he researches his settings.
Please bring a question for him.

Mrs Cowperthwaite
""", date=(2025, 1, 16, 16, 12), note="surnames Dickens and Cockburn in English homework")

M("clean", "cricket_exchange_wankhede", "lowther",
  [S("head"), S("fell")], "Cricket link school visit",
  """Fiona, Ewan,

Mr Sandeep Wankhede, the PE lead from our partner school in Pune, has confirmed his
visit for the first week of July. He'd like to see a cricket session and the outdoor ed
programme, and he's very keen to see a fell race.

He's offered to bring two of his coaches, and there's talk of our U15s doing a return
tour in 2026 - a game at the Wankhede Stadium in Mumbai is apparently "possible",
which I'll believe when I see it.

Could we put him up in the boarding house guest room for three nights?

Craig
""", date=(2025, 4, 29, 10, 6), note="surname Wankhede and Wankhede Stadium")

M("clean", "bird_survey_fells", "nicholson",
  [pupil("26year12bio", "Y12 Biology")], "Bird survey results",
  """Hi Y12,

Thanks for a great morning on the transect at the reservoir. Here's the tally for your
write-ups:

Great tit 6, blue tit 11, coal tit 3, long-tailed tit 8, wren 5, robin 9,
meadow pipit 14, skylark 4, stonechat 2, wheatear 1 (first of the year!),
red grouse 3, cock pheasant 2, woodcock 1 (flushed by Ben), shag 0 (as expected,
we're nowhere near the coast, Amy), buzzard 2, raven 2.

Use the Simpson's index as we practised and compare with last year's data on Teams.
Due next Friday.

Mr Nicholson
""", kind="alt", date=(2025, 4, 4, 14, 55), note="bird names: tit, cock pheasant, woodcock, shag")

M("clean", "sheepdog_bitch_whelping", "relph",
  [pupil("26year12land", "Y12 Land-Based")], "Farm update - Meg has whelped",
  """Morning all,

Good news from the school farm: Meg, the collie bitch, whelped last night - six pups,
four dogs and two bitches, all feeding well. Please DON'T go into the whelping pen, she's
protective and needs peace. You can see them through the window.

Lambing update: 212 ewes lambed, 8 to go, mostly the gimmers. The tup lambs will be
castrated on Thursday, which you will all be doing under supervision, so read the
welfare notes beforehand. The hoggs are back from winter grazing next week.

Mr Relph
""", date=(2025, 4, 10, 7, 40), note="farming vocabulary: collie bitch, tup, gimmers, castration")

M("clean", "boarding_menu_spotted_dick", "postle",
  [P("jane"), P("ali")], "Fellside weekly menu", """Dear parents,

A few of you asked for the boarding house menu, so here's this week's:

Monday: Cumberland sausage, mash and onion gravy
Tuesday: Chicken tikka masala, rice and naan
Wednesday: Faggots and peas (or veggie sausages), rhubarb crumble
Thursday: Tattie pot with pickled red cabbage, spotted dick and custard
Friday: (weekly boarders go home) - soup and sandwiches for anyone staying

Please let me know about any new allergies or dietary needs.

Best wishes,
Bethan Postlethwaite
""" + sig("postle", extra=["Fellside House: 01632 960014"]), kind="alt",
  date=(2025, 1, 13, 17, 25), note="foods: faggots, spotted dick, to parents")

M("clean", "cricket_kit_box", "fell",
  [P("sam"), P("jane")], "Summer term cricket kit", """Dear Parents and Carers,

As cricket starts next week, please could you check your child has:

- whites (or white joggers if you don't have whites yet)
- a box / abdominal protector - boys and girls, this is compulsory for batting with a
  hard ball
- their own helmet if they have one (we have school ones)
- trainers with grips or cricket spikes

We have some spare pads and gloves in the PE store so there's no need to buy these.
Any questions, please get in touch.

Mr Fell
""" + sig("fell"), date=(2025, 4, 22, 12, 0), note="sports kit: box / abdominal protector")

M("clean", "biology_reproduction_homework", "nicholson",
  [pupil("29year9bio", "Y9 Biology")], "Homework - human reproduction",
  """Hi 9N,

For homework, label the diagrams of the male and female reproductive systems on the
sheet. You need: penis, testes, scrotum, sperm duct, prostate gland, urethra, ovary,
oviduct, uterus, cervix, vagina.

Then answer: describe the journey of a sperm cell from the testis to the place where
fertilisation happens.

Please use the proper scientific words. If you have any worries about this topic you can
email me or talk to Mrs Gaskell.

Mr Nicholson
""", date=(2025, 2, 24, 15, 40), note="biology vocabulary for human reproduction, to pupils")

M("clean", "navigation_cocked_hat", "airey",
  [pupil("26year12oe", "Y12 Outdoor Ed")], "Navigation practical notes",
  """Y12,

Notes from today's navigation practical on Souther Fell:

Resection: take bearings to three features you can identify on the map, convert
magnetic to grid (subtract 1 degree this year), and draw the back bearings. You'll almost
never get a perfect point - you get a small triangle, the "cocked hat". The smaller it
is, the better your bearings. If it's huge, one of the bearings is rubbish - retake it.

Next week: pacing and timing at night. Head torches and spare batteries please.

Tom
""", date=(2025, 11, 12, 16, 10), note="navigation term 'cocked hat'")

M("clean", "civil_rights_source_negro", "armstrong",
  [pupil("27year10hist", "Y10 History")], "Civil Rights - source homework",
  """Year 10,

For homework read Source C, the extract from Martin Luther King's speech at the March
on Washington, 1963:

"But one hundred years later, the Negro still is not free. One hundred years later, the
life of the Negro is still sadly crippled by the manacles of segregation and the chains
of discrimination."

Question: How useful is Source C for an enquiry into the aims of the civil rights
movement? (8 marks). Use provenance AND content.

We'll talk in class about why King uses the language of his time, and why we don't
use it today.

Mr Armstrong
""" + sig("armstrong"), kind="alt", date=(2025, 3, 4, 14, 30),
  note="historical source quotation 'the Negro' in history homework")

M("clean", "othello_iago_language", "cowper",
  [pupil("25year13lit", "Y13 Literature")], "Othello Act 1 - Iago's language",
  """Hi Y13,

For Thursday: look at Iago's language in Act 1 Scene 1. He wakes Brabantio with
"an old black ram / Is tupping your white ewe" and "your daughter and the Moor are now
making the beast with two backs". Later Othello calls Desdemona "that cunning whore of
Venice".

Think about: animal imagery; how Iago uses racial and sexual insult to manipulate;
how the audience is positioned. (And yes, the farm kids will know exactly what tupping is.)

Mrs C
""", date=(2025, 1, 21, 18, 0), note="set text quotation (Othello): tupping, whore, beast with two backs")

M("clean", "re_revision_hell", "gaskell",
  [pupil("27year11re", "Y11 RE")], "RE revision - Christian beliefs about the afterlife",
  """Year 11,

Revision topics for Monday's mock:

- Heaven, hell and purgatory - what Catholics and Protestants believe
- Judgement, resurrection, and the parable of the Sheep and the Goats
- Is hell a physical place or a state of separation from God?
- Muslim beliefs: Akhirah, Jannah and Jahannam

Remember to use a quote for the 12-mark question, e.g. "Depart from me, you who are
cursed, into the eternal fire" (Matthew 25:41).

Good luck - you're well prepared.
Mrs Gaskell
""", date=(2025, 1, 24, 15, 5), note="RE vocabulary: hell, damnation, cursed")

M("clean", "german_exchange_vocab", "bellamy",
  [pupil("26year10ger", "Y10 German")], "Austausch - useful words",
  """Hallo 10G,

Some vocabulary for the exchange trip that always gets a laugh, so let's get it out of
the way now:

die Fahrt - the journey (gute Fahrt = have a good trip)
die Ausfahrt - the exit (on the motorway)
das Gift - poison (not a present!)
der Schlussverkauf - the sale
bitte - please

And for the French group travelling later: un phoque is a seal. Say it carefully.

Quiz on Friday.
Frau Bellamy
""", kind="alt", date=(2025, 3, 12, 12, 20), note="foreign words: Fahrt, Ausfahrt, phoque")

M("clean", "rse_letter_parents", "gaskell",
  [P("jane"), P("sam"), P("ali")], "Relationships and Sex Education - Year 9 summer term",
  """Dear Parents and Carers,

In the summer term, Year 9 will follow the next part of our Relationships and Sex
Education (RSE) programme. Topics include:

- consent, and how the law on consent works
- contraception, including how condoms and other methods work
- sexually transmitted infections and where to get confidential sexual health advice
- the risks of sharing nude images (sexting) and the law
- pornography: why it gives an unrealistic picture of sex and relationships

The materials are available to view at the school office, or I can email them to you.
You have the right to request that your child is withdrawn from the sex education part
(but not the relationships or health education, or the biology in science). Please
contact me if you would like to discuss this.

Yours sincerely,
Ruth Gaskell
""" + sig("gaskell"), kind="mixed-alt",
  attach=[("RSE_Y9_overview.pdf", "application/pdf", PDF_BYTES, "b64")],
  date=(2025, 4, 24, 9, 0), note="RSE letter to parents: sex, condoms, pornography, sexting")

M("clean", "tourettes_tics_staff", "birkett",
  [S("ellis"), S("harrison"), S("armstrong"), S("cowper")], "9E pupil - tics update (staff only)",
  """Colleagues,

Staff only, please don't forward.

A pupil in 9E with a diagnosis of Tourette syndrome has had an increase in tics since
the start of term (this often happens with stress). Current tics include a loud
throat-clearing noise, head jerking, and shouting "bollocks" or "shit". This is
involuntary (coprolalia) and should not be sanctioned or commented on in front of the
class.

He has a time-out card and can leave to the base at any point. If other pupils react,
please deal with that calmly. Let me know of any changes you notice.

Thanks,
Catriona
""" + sig("birkett"), date=(2025, 2, 5, 8, 15),
  note="SENCo staff-only note quoting involuntary Tourette tics (coprolalia)")

M("clean", "dsl_report_quote_threat", "bainbridge",
  [S("dsl")], "Concern - Y10 incident at bus bay",
  """Helen,

Logging this with you as well as on MyConcern.

At 15.25 today at the bus bay I heard a Y10 boy shout at another Y10 boy:
"I'll fucking kill you, you little slag, you're dead on the bus tomorrow."
The second boy looked frightened. I separated them and put the first boy on the
minibus rather than the Route 3 coach. Both names are on MyConcern.

I'm aware the second boy had an incident with this group last term too.
Happy to talk tomorrow.

Pete Bainbridge
Head of Year 10
""", date=(2025, 3, 6, 16, 2), note="report to DSL quoting pupil's exact words verbatim")

M("clean", "bus_driver_report_homophobic", "dixon",
  [S("dsl"), S("ellis")], "Fw: Driver report - Route 11",
  """Helen, Siân,

Forwarding the driver's report from Route 11 (Brough / Kirkby Stephen). Please see
below - I've told the company we'll deal with it from the school end.

Gareth

---------- Forwarded message ---------
From: Route 11 Driver <route11@example.com>
Date: Tue, 18 Mar 2025 at 17:05
Subject: Driver report - Route 11

Two Y9 boys at the back of the bus calling a younger boy "gay boy" and "faggot" all
the way from the school to Brough. They also said his mum was "a Polish slag". When I
told them to stop they laughed. Boy got off at Brough upset.
""", date=(2025, 3, 19, 8, 5), note="forward to DSL of driver report quoting homophobic/racist abuse")

M("clean", "polite_reply_parent_swore", "bainbridge",
  [P("ali")], "Re: Left at the roadside", """Dear Mr Guardian,

Thank you for getting in touch, and I completely understand why you were upset.
I'm sorry that your son was left behind yesterday.

I've looked into it: the bus left the bus bay at 15.32 because the register showed
all pupils on board. The register was wrong. I've met with the bus monitors this
morning, and from Monday a member of staff will check the Route 7 register in person.

I'd be happy to phone you to talk it through - I'm free after 3.30 today.

Yours sincerely,
Pete Bainbridge
Head of Year 10
""" + sig("bainbridge") + """

On Thu, 6 Feb 2025 at 21:14, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This is fucking ridiculous. Your bus drove off and left my son on the roadside in the
> dark, 6 miles from home. Nobody from school rang me. Sort it out or I'm going to the
> paper.
""", kind="alt", date=(2025, 2, 7, 9, 40),
  note="polite reply; swearing only in the parent's quoted text")

M("clean", "outlook_reply_detention_quoted", "ellis",
  [P("sam")], "RE: detention", """Dear Sam,

Thank you for your email. I appreciate you're frustrated, and I'm happy to explain.

The detention was for missing three homeworks in a row in science, not for the
incident in the corridor. I've checked with Mr Nicholson and he's willing to change it
to a lunchtime catch-up session, so that it doesn't clash with the late bus.

Kind regards,
Siân Ellis
Head of Year 9
Example School, Park Row, LS1 4AP | 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 03 April 2025 18:22
To: Siân Ellis <s.ellis@example-school.org.uk>
Subject: detention

What the hell is this detention for? He's done nothing wrong, it's bullshit. He can't get
home from a Thursday detention there is no bus.
""", kind="alt", cte="qp", date=(2025, 4, 4, 8, 31),
  note="reply to parent; 'bullshit' only in the Outlook-quoted parent message")

M("clean", "behaviour_policy_language", "wilkinson",
  [S("ellis"), S("bainbridge"), S("raman"), S("fell")], "Behaviour policy - language section",
  """Colleagues,

Following Tuesday's working party, here's the draft wording for the language section.
The point we kept coming back to was consistency between swearing in frustration and
swearing AT someone.

Level 1 (reminder): swearing in conversation or frustration, not directed - e.g. "oh
shit, I've forgotten my book".
Level 2 (C2 / removal): swearing directed at another pupil, e.g. "you're a dickhead".
Level 3 (internal exclusion): swearing at a member of staff - e.g. "fuck off, sir" -
or any discriminatory language (racist, homophobic, sexist, disability-related).

Can you let me have comments by next Friday? I'd like to take it to governors in May.

Helen
""" + sig("wilkinson"), date=(2025, 4, 3, 12, 45),
  note="staff discussing behaviour policy with example words")

M("clean", "great_cockup_dofe_route", "ostle",
  [pupil("26dofesilver", "Silver DofE Group B"), S("airey")], "Silver practice route - Northern Fells",
  """Group B,

Your route for the practice expedition has been approved with one change. Day 2 now
goes from the Orthwaite campsite over Great Cockup and Meal Fell to Trusmadoor, then
down to the Whitewater Dash falls. Great Cockup is easy going but it's pathless in
places, so use your compass and handrail the wall.

Day 3 is unchanged.

Route cards to me by Wednesday, and please double-check your escape routes.

Miss Ostle
""" + sig("ostle"), kind="alt", date=(2025, 5, 12, 15, 15),
  note="fell name Great Cockup in DofE route")

M("clean", "scunthorpe_industry_case_study", "hughes",
  [pupil("28year9geog", "Y9 Geography")], "Case study - industrial change",
  """9H,

Our case study for deindustrialisation is the steel industry in Scunthorpe. Read the
article on Teams and make notes on:

- why steel was made there (iron ore, the Trent, the railways)
- what happened to jobs from the 1980s onwards
- what the government has done to keep the blast furnaces going

Compare it with West Cumbria: Workington's steelworks closed in the 1970s-80s and
Sellafield now employs a huge share of local people. Essex and Middlesex are our
examples of growing service economies.

Mrs Hughes
""", date=(2025, 5, 19, 14, 0), note="place names Scunthorpe, Essex, Middlesex")

M("clean", "larkin_this_be_the_verse", "cowper",
  [S("armstrong")], "Larkin lesson", """Joe,

Planning the Y13 Larkin lesson on "This Be The Verse" for Thursday - I know you did it
with your A-level lot at your last school. Do you warn them about the opening line
("They fuck you up, your mum and dad") or just let it land? It's on the anthology so
they'll have seen it already, but I've got a couple of quite sensitive students in that
group given what's going on at home.

I was going to pair it with "Mr Bleaney" and "Church Going".

Soph
""", date=(2025, 2, 19, 13, 10), note="quoting Larkin set poem in lesson planning [unsure]")

M("clean", "cockfighting_museum_visit", "armstrong",
  [ext("Learning Officer", "learning@example.org")], "Y8 visit - Georgian Penrith",
  """Dear Ms Whitehead,

Thank you for the information about the Georgian Penrith session. We'd like to book it
for two groups of Y8 (28 and 26 pupils) on Tuesday 10 June.

Could the session include the material on popular entertainments - the cockfighting
pits and bull baiting - as this ties in with our unit on crime and punishment? The
pupils were fascinated by the cock-fighting mains advertised in the old newspapers.

Kind regards,
Joe Armstrong
""" + sig("armstrong"), date=(2025, 5, 14, 10, 50), note="history: cockfighting, external museum booking")

M("clean", "dick_whittington_panto", "drama",
  [S("office"), S("stalker")], "Panto - Dick Whittington rehearsals",
  """Hi both,

Rehearsal schedule for the Y7/8 panto (Dick Whittington) is below. Could the hall be
left open until 5.30 on these days please, and could the late minibus run at 5.40?

Mon 17 Nov - Act 1, Dick and the cat only
Wed 19 Nov - Act 1 full cast
Mon 24 Nov - Act 2, King Rat scenes
Thu 27 Nov - full run
Tue 2 Dec  - dress rehearsal, then performances 4-5 Dec

Ian - the giant cat head needs a hook somewhere it won't get squashed.

Owen
""", date=(2025, 11, 5, 12, 30), note="name Dick (Whittington) in panto schedule")

M("clean", "ballcock_boarding_loos", "stalker",
  [S("postle"), S("brockbank")], "Fellside - loos and minibus",
  """Bethan, Alan,

The overflow on the top-floor girls' toilets was the ballcock sticking - I've replaced
it, should be fine now. If it drips again let me know.

Also: minibus 2 heater knobs are broken (stuck on full) so it's like a sauna - plumber's
mate is having a look tomorrow, use minibus 1 for Sunday pickups from Tebay.

Ian
""", date=(2025, 1, 9, 14, 20), note="plumbing 'ballcock', heater 'knobs'")
# ---------------------------------------------------------------- ORDINARY (clean)
M("clean", "snow_bus_routes", "office",
  [P("jane"), P("sam"), P("ali")], "Buses tomorrow - Hartside and Alston routes",
  """Dear Parents and Carers,

Because of the snow forecast overnight, the following buses will NOT run tomorrow
morning (Wednesday):

- Route 7 (Alston / Nenthead)
- Route 9 (Hartside / Melmerby)
- Route 12 (Mallerstang)

All other routes are expected to run as normal but may be late. The school is open.
Pupils who cannot get in will be marked as authorised absence and should log on to
Teams, where work will be set by 9.30.

We'll text again by 6.30am if anything changes.

Example School Office
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="alt", date=(2025, 1, 7, 15, 5), note="routine transport notice to parents")

M("clean", "lambing_absence_reply", "attend",
  [P("jane")], "Re: Absence - lambing", """Dear Mrs Parent,

Thank you for letting us know. I'm afraid we can't authorise absence for lambing, but
I completely understand how busy it is on the farm at the moment. I've marked the two
days as unauthorised, which on its own won't trigger anything.

If it would help, her tutor can send work home via Teams, and there's the Tuesday and
Thursday homework club when the late bus runs.

Kind regards,
Lorna Tyson
Attendance Officer
""" + sig("attend") + """

On Mon, 24 Mar 2025 at 07:12, Jane Parent <jane.parent@gmail.com> wrote:
> Morning, she'll be off today and tomorrow helping with lambing, we've got 400 ewes
> and her dad's done his back. Sorry. Jane
""", date=(2025, 3, 24, 10, 2), note="attendance reply to parent about lambing absence")

M("clean", "boarders_sunday_return", "postle",
  [P("jane"), P("sam"), P("ali")], "Fellside - Sunday returns and laundry",
  """Dear Parents,

A couple of reminders for weekly boarders:

Sunday evening returns are between 7 and 9pm. If you're coming from the far end of the
valley and can't make it before 9, please ring the house phone and let us know - we
would rather know than worry.

Laundry: please make sure everything is named. We currently have eleven unnamed navy
fleeces, four odd wellies and a very nice waxed jacket in lost property.

Thanks,
Bethan
""" + sig("postle", extra=["Fellside House: 01632 960014"]), date=(2025, 2, 14, 17, 40),
  note="boarding house routine to parents")

M("clean", "y8_maths_homework", "harrison",
  [pupil("28year8maths", "8H Maths")], "Homework - ratio",
  """8H - homework on Sparx this week is ratio and proportion, 45 minutes, due Tuesday.
If you've got no internet at home (I know signal's bad up the valley) collect a paper copy
from my room before the bus.
Mr Harrison
""", date=(2025, 1, 15, 12, 50), note="short homework reminder to pupils")

M("clean", "bronze_expedition_letter", "ostle",
  [P("jane"), P("sam"), P("ali")], "Bronze DofE practice expedition - kit and timings",
  """Dear Parents and Carers,

The Bronze practice expedition is on 16-17 May, walking from the school to the
campsite at Dufton and back by a different route. Pupils need to be at school by 8am on
the Friday and will be back by 4pm on the Saturday.

Essential kit:
- walking boots, worn in
- waterproof jacket AND overtrousers
- warm layers (fleece, not a cotton hoodie)
- hat and gloves, even in May
- water bottle (1 litre minimum)
- the food they planned in their group

Tents, stoves, and rucksacks can be borrowed from school. If cost is a barrier for any
of the kit, please contact me in confidence - we have a kit bank.

Supervisors will be on the hill throughout, and two of our staff are members of the
local mountain rescue team.

Kirsty Ostle
""" + sig("ostle"), kind="mixed-alt",
  attach=[("Bronze_kit_list.pdf", "application/pdf", PDF_BYTES, "b64")],
  date=(2025, 4, 30, 16, 0), note="DofE expedition letter to parents with PDF")

M("clean", "staff_briefing_notes", "head",
  [ext("All Staff", "allstaff@" + DOM)], "Staff briefing notes - week 3",
  """Good morning all,

Notes from this morning's briefing for those on the bus routes or on duty:

1. Mocks: Y11 mocks start Monday. Exams officer needs all invigilation swaps by Thursday.
2. Buses: Route 12 has a new driver. Please be patient at the bus bay this week.
3. Boarding: Fellside is full this week, so no extra overnight stays without asking Alan.
4. Safeguarding: reminder that all concerns go on MyConcern the same day. Helen is
   DSL; Pete and Siân are deputies.
5. Mountain rescue: thank you to Tom and Ewan who were out until 3am on Saturday.
   If they look tired, that's why.
6. Cake: it's the Y7 team's turn on Friday.

Have a good week.
Fiona
""" + sig("head"), kind="alt", date=(2025, 1, 20, 8, 55), note="head's staff briefing notes")

M("clean", "mrt_callout_cover", "airey",
  [S("cover")], "Cover - Thursday P1-2",
  """Hi Julie,

I was out with the team last night on a call-out on Helvellyn and didn't get home
till 4. Could you cover my P1-2 (Y12 outdoor ed theory, room T4)? Work is on Teams -
they're doing the weather unit, worksheet in the folder. I'll be in for P3.

Thanks, and sorry for the short notice.
Tom
""", date=(2025, 2, 20, 6, 48), note="cover request after mountain rescue call-out")

M("clean", "young_farmers_rally", "relph",
  [pupil("26ssewell", "Sam Sewell"), pupil("26krobinson", "Katie Robinson")], "YFC rally entries",
  """Sam, Katie,

Entries for the county Young Farmers rally close next Friday. You two were
brilliant at the tractor handling and the floral art last year so please put your names
down again. Forms are in the ag room. I'll do the minibus if you need a lift on the day.

Mr Relph
""", date=(2025, 4, 25, 13, 5), note="Young Farmers rally reminder to pupils")

M("clean", "ucas_reference_deadline", "raman",
  [ext("Y13 Tutors", "y13tutors@" + DOM)], "UCAS reference drafts - deadline",
  """Hi Y13 tutors,

Just a reminder that draft UCAS references for the January deadline applicants are due
to me by Friday 6 December. Please use the three-section format we agreed and keep each
section under 1,000 characters.

For the land-based and outdoor ed students, please mention practical experience -
lambing, estate work, NGB awards, mountain rescue cadet hours - the admissions tutors
really value it.

Thanks,
Priya
""" + sig("raman"), date=(2025, 11, 25, 9, 30), note="sixth form admin reminder to tutors")

M("clean", "school_farm_lambing_rota", "relph",
  [pupil("26year12land", "Y12 Land-Based")], "Lambing rota - weeks 1 and 2",
  """Y12,

Lambing rota attached. Boarders are on the early checks (6.30am) as you're on site;
day students are on the after-school checks until the 5.15 bus.

Remember: overalls, gloves, and wash your hands after. Pregnant staff and visitors
must not go in the lambing shed.

Mr Relph
""", kind="mixed-plain",
  attach=[("lambing_rota.csv", "text/csv",
           "date,early_check,after_school\n2025-03-17,Harker/Jackson,Robinson/Sewell\n"
           "2025-03-18,McMurdo/Bowness,Lowis/Atkinson\n2025-03-19,Harker/Jackson,Robinson/Sewell\n"
           "2025-03-20,McMurdo/Bowness,Lowis/Atkinson\n2025-03-21,Harker/Jackson,Robinson/Sewell\n",
           "auto")],
  date=(2025, 3, 14, 15, 30), note="farm rota with CSV attachment")

M("clean", "reports_published", "office",
  [P("sam"), P("jane")], "Year 10 reports now available",
  """Dear Parents and Carers,

Year 10 spring reports are now available on the parent portal. If you have any
difficulty logging in, please reply to this email and we will send a copy.

Parents' evening for Year 10 is on Thursday 3 April, 4-7pm, and you can book
appointments on the portal from Monday.

Example School Office
Tel: 01632 960000
""", date=(2025, 3, 21, 14, 0), note="routine reports notice to parents")

M("clean", "geography_dept_minutes", "hughes",
  [S("lowther"), ext("Geography Dept", "geography@" + DOM)], "Dept meeting minutes 4/2",
  """Geography department meeting - 4 February
Present: RH, GM, AK. Apologies: none.

1. Y11 mocks: papers marked, average grade 5. Weakest question: 9-mark evaluation on
   coastal management. AK to plan a revision lesson.
2. Fieldwork: Y11 Cockermouth day booked for 8 May. Need 3 staff. RH to ask Tom.
3. Y12: NEA titles approved for all except two. GM to meet those students.
4. Budget: £640 left. Order new OS maps for the Eden valley (OL19 and OL5).
5. AOB: the stream tray in G2 is leaking again.

Next meeting 4 March.
""", date=(2025, 2, 4, 16, 40), note="department meeting minutes")

M("clean", "newsletter_html", "office",
  [P("jane"), P("sam"), P("ali")], "Fellview Newsletter - March",
  None, kind="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;color:#222">
<h1 style="color:#2c5f2d">Fellview &ndash; the Example School newsletter</h1>
<h2>Mountain rescue thanks us!</h2>
<p>Our Y12 outdoor education students raised &pound;1,240 for the local mountain rescue team with a
sponsored walk of all the Wainwrights visible from the school field. Thank you to everyone who sponsored them.</p>
<h2>Young Farmers success</h2>
<p>Congratulations to Lucy, Ben and Amy, who came second in the stock judging at Clitheroe.</p>
<h2>Lambing</h2>
<p>The school farm has 212 lambs so far. Y7 will be visiting in small groups next week (wellies please!).</p>
<h2>Dates</h2>
<ul><li>3 April &ndash; Y10 parents&rsquo; evening</li><li>4 April &ndash; end of term, buses at 1.30pm</li>
<li>22 April &ndash; start of summer term</li></ul>
<p style="font-size:9pt;color:#666">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</body></html>
""", cte="qp", date=(2025, 3, 28, 12, 0), note="HTML-only newsletter to parents")

M("clean", "y7_ullswater_residential", "ostle",
  [P("ali"), P("jane")], "Y7 residential - Ullswater",
  """Dear Parents and Carers,

Our Year 7 residential to the outdoor centre at Ullswater is on 9-11 June. Activities
include canoeing, ghyll scrambling, climbing and a night walk. The cost is £145,
payable through the portal; please speak to me in confidence if this is a problem.

Please complete the consent and medical form attached and return it by 16 May.

Kirsty Ostle
""" + sig("ostle"), kind="mixed-plain",
  attach=[("Y7_residential_consent.pdf", "application/pdf", PDF_BYTES, "b64")],
  date=(2025, 4, 23, 10, 30), note="trip letter with consent form")

M("clean", "password_reset_reminder", "jackson",
  [ext("All Staff", "allstaff@" + DOM)], "Password change due Monday",
  """Hi all,

Reminder that staff passwords expire on Monday. Please change yours before the end of
Friday from any school PC (Ctrl+Alt+Del > Change password), otherwise you'll be locked
out of SIMS and the registers first thing.

If you're off site on a trip, drop me a line and I'll extend yours.

Neil
""", date=(2025, 1, 10, 9, 10), note="IT reminder to staff")

M("clean", "car_park_gritting_staff", "stalker",
  [ext("All Staff", "allstaff@" + DOM)], "Car park - ice",
  """Morning all - the top car park is gritted but the bottom one by the farm is still
sheet ice. Please park at the top today. Ian
""", date=(2025, 1, 14, 7, 22), note="two-line site notice")

M("clean", "fell_running_champs", "fell",
  [pupil("fellrunning", "Fell Running Club")], "English Schools fell champs",
  """Hi runners,

The English Schools fell running championships are in the Peak this year (Sat 17 May).
We can take a team of up to 6 in each age group. Selection is from the county race
results. If you've been selected you'll get a separate email with a consent form today.

Training continues Tuesday and Thursday after school - meet at the stile at 3.35,
back in time for the late bus. Bring a full waterproof kit every time; we'll be on the
tops.

Mr Fell
""", date=(2025, 4, 14, 14, 25), note="PE club notice to pupils")

M("clean", "uniform_reply_sam", "office",
  [P("sam")], "Re: Uniform question", """Hi Sam,

Yes, the plain black waterproof is fine for the walk from the bus stop - the school
fleece doesn't need to be worn on top of it. Trousers: any plain black school trousers
are fine, no need to buy the branded ones.

Best wishes,
Anne (School Office)
Tel: 01632 960000

On Wed, 8 Jan 2025 at 20:14, Sam Carer <sam.carer@outlook.com> wrote:
> Hello, is it OK for him to wear a plain black waterproof instead of the school
> coat? It's a long walk from the bus. Thanks Sam
""", date=(2025, 1, 9, 9, 15), note="office reply to parent about uniform")

M("clean", "access_arrangements", "birkett",
  [S("nowak")], "Access arrangements - Y11 mocks",
  """Hi Zoë,

Updated access arrangements list for the Y11 mocks attached. Changes since December:
two new readers, one scribe (broken wrist - temporary), and one pupil now has rest
breaks. Can they all be in the small hall rather than the sports hall please?

Thanks,
Catriona
""", kind="mixed-plain",
  attach=[("access_arrangements_Y11_mocks.csv", "text/csv",
           "candidate_no,arrangement,room\n4012,reader,Small hall\n4027,reader,Small hall\n"
           "4033,scribe (temporary),Small hall\n4051,25% extra time,Small hall\n"
           "4066,rest breaks,Small hall\n", "auto")],
  date=(2025, 1, 13, 11, 30), note="SENCo to exams officer with CSV")

M("clean", "mock_timetable", "nowak",
  [pupil("27year11", "Year 11")], "Y11 mock timetable",
  """Hello Year 11,

Your mock timetable is attached. Please check it carefully, and tell me by Friday if
you have two exams at the same time.

Exams start at 9.00 and 13.15. If your bus is late, come straight to the exams office,
not to the hall - we'll have a room ready.

Ms Nowak
Exams Officer
""", kind="mixed-plain",
  attach=[("Y11_mock_timetable.pdf", "application/pdf", PDF_BYTES, "b64")],
  date=(2025, 1, 10, 14, 5), note="exams timetable to pupils with PDF")

M("clean", "library_overdue", "library",
  [pupil("26hrigg", "Hannah Rigg")], "Overdue library books",
  """Dear Hannah,

Our records show you have two overdue books: "The Shepherd's Life" (James Rebanks) and
"Feral" (George Monbiot). Please could you return them or renew them by Friday?

Thank you,
Mrs Hind, School Library
""", date=(2025, 2, 27, 12, 35), note="library reminder to pupil")

M("clean", "duty_swap", "lowther",
  [S("fell")], "duty swap?",
  """Ewan - any chance you could do my Thursday bus duty and I'll take your Tuesday? I've
got the U14 netball fixture away at Appleby. Cheers, C
""", date=(2025, 3, 3, 11, 0), note="short staff-to-staff duty swap")

M("clean", "coach_invoice_query", "dixon",
  [ext("Accounts", "accounts@example.com")], "Invoice 4471 - query",
  """Dear Sir/Madam,

We've received invoice 4471 for February. It includes two journeys on Route 7 (Alston)
on 11 and 12 February which did not run. Please could you issue a credit note for
those two days (£312.00 in total)?

Our purchase order number is PO-25-0183.

Kind regards,
Gareth Dixon
Transport & Facilities Manager
""" + sig("dixon"), date=(2025, 3, 4, 10, 20), note="external invoice query to coach firm")

M("clean", "bunkhouse_booking", "ostle",
  [ext("Bookings", "bookings@example.org")], "Booking - Silver DofE, 27-29 June",
  """Hello,

I'd like to book the whole bunkhouse for the nights of 27 and 28 June for a Silver DofE
group: 18 students and 4 staff (2 male, 2 female). We'll need the drying room and the
kitchen, and a space to park a minibus and a trailer.

Could you send availability and a quote? We're a school so we'd need an invoice rather
than paying by card.

Many thanks,
Kirsty Ostle
""" + sig("ostle"), kind="alt", date=(2025, 2, 18, 13, 45), note="external booking enquiry")

M("clean", "parents_evening_ali", "bainbridge",
  [P("ali")], "Parents' evening appointment",
  """Dear Mr Guardian,

Thank you for booking. I'm happy to confirm 5.20pm on Thursday 3 April with me as
Head of Year, after your appointments with subject teachers. If the weather is bad and
you'd rather do it by phone, just let me know.

Kind regards,
Pete Bainbridge
""" + sig("bainbridge"), date=(2025, 3, 27, 16, 20), note="appointment confirmation to parent")

M("clean", "coursework_extension_reply", "raman",
  [pupil("25jlowis", "Jack Lowis")], "Re: NEA extension",
  """Hi Jack,

Yes, you can have until next Wednesday for the NEA draft, given you were off for the
sheep sales. Please don't let it slip beyond that - it's the last extension I can give.

Ms Raman

On Mon, 10 Nov 2025 at 21:40, Jack Lowis <25jlowis@pupils.example-school.org.uk> wrote:
> Hi Miss, could I have a bit longer for the NEA draft? I was off for the tup sales at
> Kirkby Stephen last week with my grandad and I'm behind. Thanks, Jack
""", date=(2025, 11, 11, 8, 40), note="reply to pupil extension request")

M("clean", "boarding_medical_form", "brockbank",
  [P("jane")], "Fellside - medical form",
  """Dear Mrs Parent,

Thank you for the boarding application. Before her first night in Fellside we need
the medical form back (attached again in case it's gone astray), including the GP
details and consent for paracetamol. She's very welcome to come and look round on
Wednesday after school if she'd like to meet the other Y7 boarders first.

Kind regards,
Alan Brockbank
""" + sig("brockbank"), kind="mixed-alt",
  attach=[("Fellside_medical_form.pdf", "application/pdf", PDF_BYTES, "b64")],
  date=(2025, 6, 18, 11, 0), note="boarding admin to parent with PDF")

M("clean", "careers_outdoor_industry", "raman",
  [pupil("27year11", "Year 11")], "Careers fair - land & outdoors",
  """Year 11,

Next Wednesday's careers fair has a land-based and outdoors zone for the first time:
the college agricultural department, a forestry contractor, the National Park rangers,
an outdoor centre, a vet practice, and a mountain rescue volunteer talking about the
routes into outdoor instructing. Come with questions about apprenticeships as well
as sixth form and college.

Ms Raman
""", date=(2025, 10, 1, 14, 10), note="careers notice to pupils")

M("clean", "pta_thank_you", "head",
  [ext("Friends of Example School", "friends@example.org")], "Thank you - Christmas fair",
  """Dear Friends,

A huge thank you for all your work on the Christmas fair. £3,120 raised is a record,
and the Young Farmers' tombola and the mountain rescue raffle were a brilliant
addition. The money will go towards a new set of expedition tents, as agreed.

With warmest thanks and best wishes for Christmas,
Fiona Musgrave
Headteacher
""" + sig("head"), kind="alt", date=(2025, 12, 8, 17, 5), note="thank you to PTA")

M("clean", "snow_day_closure", "head",
  [P("jane"), P("sam"), P("ali")], "School closed today - snow",
  """Dear Parents and Carers,

Because of heavy snow overnight on the fell roads and the A66, and with most bus routes
unable to run, the school is closed to pupils today (Wednesday 8 January).

- Boarders already in Fellside House will be looked after as normal; parents of boarders
  do not need to collect until it is safe to travel.
- Lessons will run on Teams from 9.30 following the normal timetable. Pupils without
  internet at home are not expected to log on and will be given catch-up work.
- Y11 mock exams scheduled for today will be rearranged; Ms Nowak will write to Y11.

We will let you know by 6.30am tomorrow whether we are open. Please keep safe, and
thank you to the farmers who have already cleared the school lane with their tractors.

Dr Fiona Musgrave
Headteacher
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""", kind="alt", date=(2025, 1, 8, 6, 25), cte="qp",
  note="snow closure notice to parents (QP alt)")


# ======================================================================
# WRITE
# ======================================================================
README = """# Round 25 - obscene-language - blind held-out corpus

**BLIND: never use these messages for tuning rules, thresholds or code.** They were
written without looking at mailguard's rules, code, tests, README or docs, so that
they measure how the filter does on mail nobody tuned it on.

## What it is
{total} synthetic outgoing e-mails (RFC 5322 `.eml`) from staff of a rural 11-18 school
in Cumbria (bus routes over the fells, weekday boarding house for hill-farm pupils,
Young Farmers, DofE on the fells, staff in mountain rescue, land-based and outdoor-ed
sixth form), labelled for the policy section: staff must not use obscene language or
swear words, nor make offensive comments on grounds of gender, race, disability, age,
religion or sexual orientation. `labels.csv` gives `file,expected,sender,recipients,note`;
`[unsure]` in a note marks a judgement call. Label = what a safeguarding lead would say.

## How it was made / how to regenerate
Written by hand in `../make_round25_obscene.py` (Python 3.11 stdlib only; raw MIME is
assembled by the script with fixed dates, Message-IDs and boundaries, so it is
byte-for-byte reproducible):

    python3 tests/holdout/round25/make_round25_obscene.py

All names, addresses and phone numbers are fictitious (Ofcom drama ranges; example.*
domains for organisations; the three parents from `directory/parents.csv`).

## Counts
| expected | count |
|---|---|
| flag | {flag} |
| clean (everyday) | {everyday} |
| clean (hard negative) | {hard} |
| **total** | {total} |

## Kinds of case
- flag, plain: staff venting to colleagues (fucking, bollocks, wanker), to a parent
  (bollocks, shite), to a pupil (pissed that race), slurs (pikeys, bitch about a woman
  officer), swearing only inside a .txt attachment.
- flag, disguised: asterisk (f*cking in subject), symbols (sh!t, b@stard), leetspeak slur
  (r3tards, tw4t), repeated letters, dotted / hyphenated letters, Cyrillic homoglyphs,
  full-width letters, zero-width spaces, HTML-only with the word split by tags/entities,
  quoted-printable soft line break inside the word, base64 body, RFC 2047 subject.
- clean, hard negatives: place names (Cockermouth, Penistone, Twatt, Shitterton,
  Clitheroe, Scunthorpe, Sussex/Essex/Middlesex, Great Cockup), surnames (Dickens,
  Cockburn, Wankhede), birds, farm vocabulary (bitch, tup), foods (faggots, spotted dick),
  cricket box, biology of reproduction, navigation "cocked hat", historical source
  ("Negro"), set texts (Othello, Larkin), RE (hell), German/French words, RSE letter,
  SENCo note on Tourette tics, staff-only reports to the DSL quoting pupils verbatim,
  polite replies where only the parent's quoted text swears, behaviour-policy drafting,
  cockfighting history, Dick Whittington, ballcock.
- clean, everyday: bus/snow notices, attendance, boarding, homework, DofE, trips,
  reports, minutes, newsletter, IT/site notices, exams, external bookings and invoices.
"""


def main():
    import random
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml") or fn == "labels.csv":
            os.remove(os.path.join(OUT, fn))
    msgs = list(MESSAGES)
    random.Random(25).shuffle(msgs)
    rows = []
    for i, m in enumerate(msgs, 1):
        fn = "%03d_%s_%s.eml" % (i, m["label"], m["slug"])
        raw = render(i, m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw.encode("utf-8"))
        rcpts = [t[1] for t in m["to"]] + [t[1] for t in m["cc"]]
        rows.append([fn, m["label"], saddr(m["sender"]), " ".join(rcpts), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for m in msgs if m["label"] == "flag")
    # the first 30 clean messages registered are the hard negatives
    clean_order = [m for m in MESSAGES if m["label"] == "clean"]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(total=len(msgs), flag=nflag, hard=30,
                              everyday=len(clean_order) - 30))
    print("wrote %d messages (%d flag, %d clean) to %s" % (len(msgs), nflag, len(msgs) - nflag, OUT))


if __name__ == "__main__":
    main()
