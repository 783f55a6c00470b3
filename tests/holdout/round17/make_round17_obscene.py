#!/usr/bin/env python3
"""Generate the BLIND round-17 obscene-language hold-out corpus for mailguard.

Deterministic: fixed dates, Message-IDs and MIME boundaries. Python 3.11 stdlib only.
Writes into ./obscene-language/ next to this script.
"""
import base64, csv, datetime, hashlib, html, io, os, quopri, random
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

STAFF = {
    "hughes": ("Rachel Hughes", "r.hughes", "Head of Year 9"),
    "qureshi": ("Imran Qureshi", "i.qureshi", "Head of Science"),
    "dsl": ("Harpreet Sandhu", "dsl", "Assistant Headteacher & Designated Safeguarding Lead"),
    "sandhu": ("Harpreet Sandhu", "h.sandhu", "Assistant Headteacher (Pastoral)"),
    "nowak": ("Tomasz Nowak", "t.nowak", "EAL Coordinator"),
    "lister": ("Gemma Lister", "g.lister", "Teacher of the Deaf, Hearing Resource Base"),
    "whitaker": ("Dan Whitaker", "d.whitaker", "Head of Outdoor Education"),
    "kearney": ("Siobhan Kearney", "s.kearney", "Teacher of English"),
    "boateng": ("Marcus Boateng", "m.boateng", "Teacher of PE"),
    "attendance": ("Fatima Begum", "attendance", "Attendance Officer"),
    "office": ("Karen Holt", "office", "Office Manager"),
    "ridley": ("Paul Ridley", "p.ridley", "Network Manager"),
    "rahman": ("Aisha Rahman", "a.rahman", "Head of RE"),
    "pryce": ("Gareth Pryce", "g.pryce", "Teacher of Maths"),
    "fenwick": ("Lucy Fenwick", "l.fenwick", "BSL/English Interpreter"),
    "gill": ("Jaspreet Gill", "j.gill", "Head of Geography"),
    "armitage": ("Neil Armitage", "n.armitage", "Deputy Headteacher"),
    "wisniewska": ("Katarzyna Wiśniewska", "k.wisniewska", "Teacher of MFL"),
    "senco": ("Ruth Oyelaran", "senco", "SENCo"),
    "dawson": ("Chris Dawson", "c.dawson", "Teacher of History"),
    "exams": ("Bev Sutcliffe", "exams", "Exams Officer"),
    "marsh": ("Sophie Marsh", "s.marsh", "Head of Sixth Form"),
    "tate": ("Owen Tate", "o.tate", "Senior Science Technician"),
    "oconnor": ("Niamh O'Connor", "n.oconnor", "Teacher of Music"),
    "ahmed": ("Bilal Ahmed", "b.ahmed", "Teacher of Art"),
    "head": ("Julia Warrender", "head", "Headteacher"),
    "hale": ("Stuart Hale", "s.hale", "Teacher of Food & Nutrition"),
}

def A(key):
    return STAFF[key][1] + "@" + DOM

def sig(key, phone=True, short=False):
    name, _, role = STAFF[key]
    if short:
        return f"{name.split()[0]}"
    s = f"--\n{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP"
    if phone:
        s += "\nTel: 01632 960000"
    return s

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

def addr(x):
    if isinstance(x, str):
        if x in STAFF:
            n, l, _ = STAFF[x]
            return (n, l + "@" + DOM)
        return ("", x)
    return x

def fmt_addr(pair):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")

def enc_body(text, cte):
    """Return (cte_header, encoded_text, charset)."""
    if cte == "qpraw":
        return "quoted-printable", text, "utf-8"
    b = text.encode("utf-8")
    ascii_ok = all(c < 128 for c in b)
    if cte is None:
        cte = "7bit" if ascii_ok else "quoted-printable"
    if cte == "7bit" and not ascii_ok:
        cte = "8bit"
    if cte == "quoted-printable":
        return cte, quopri.encodestring(b).decode("ascii"), "utf-8"
    if cte == "base64":
        return cte, base64.encodebytes(b).decode("ascii"), "utf-8"
    return cte, text, ("us-ascii" if ascii_ok else "utf-8")

def leaf(ctype, text, cte):
    c, body, cs = enc_body(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    h = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {c}\n'
    return h + "\n" + body

def to_html(text, style):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    inner = "\n".join(out)
    if style == "gmail":
        return f'<div dir="ltr">\n{inner}\n</div>\n'
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1">\n<div class="WordSection1">\n'
            + inner.replace("<p>", '<p class="MsoNormal">') + "\n</div>\n</body>\n</html>\n")

def build(n, m):
    frm = addr(m["from"])
    to = [addr(x) for x in m["to"]]
    cc = [addr(x) for x in m.get("cc", [])]
    subj = m["subject"]
    if m.get("enc_subject"):
        subj_h = "=?UTF-8?B?" + base64.b64encode(subj.encode("utf-8")).decode("ascii") + "?="
    elif any(ord(c) > 127 for c in subj):
        subj_h = Header(subj, "utf-8").encode()
    else:
        subj_h = subj
    d = datetime.datetime(2025, 3, 3, 7, 40, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        days=(n * 7) % 38, minutes=(n * 137) % 600)
    mid = hashlib.sha1(f"r17obs-{n}-{m['slug']}".encode()).hexdigest()[:16]
    hdr = [
        f"From: {fmt_addr(frm)}",
        "To: " + ", ".join(fmt_addr(x) for x in to),
    ]
    if cc:
        hdr.append("Cc: " + ", ".join(fmt_addr(x) for x in cc))
    hdr += [f"Subject: {subj_h}", f"Date: {format_datetime(d)}",
            f"Message-ID: <{mid}.{n:03d}@{DOM}>"]
    if m.get("in_reply_to"):
        hdr.append(f"In-Reply-To: <{m['in_reply_to']}>")
    hdr.append("MIME-Version: 1.0")
    if m.get("mailer"):
        hdr.append(f"X-Mailer: {m['mailer']}")
    fmt = m.get("fmt", "plain")
    cte = m.get("cte")
    text = m.get("body", "")
    style = m.get("style", "outlook")
    if fmt == "plain":
        core = leaf("text/plain", text, cte)
    elif fmt == "html":
        core = leaf("text/html", m.get("html") or to_html(text, style), cte)
    else:  # alt
        b = f"_alt_r17obs_{n:03d}_"
        h = m.get("html") or to_html(text, style)
        core = (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
                f"--{b}\n" + leaf("text/plain", text, m.get("text_cte", cte)) +
                f"\n--{b}\n" + leaf("text/html", h, m.get("html_cte", cte or "quoted-printable")) +
                f"\n--{b}--\n")
    atts = m.get("att", [])
    if atts:
        b = f"_mix_r17obs_{n:03d}_"
        body = f'Content-Type: multipart/mixed; boundary="{b}"\n\n--{b}\n' + core
        for fn, ctype, data, acte in atts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            if acte == "base64":
                enc = base64.encodebytes(data).decode("ascii")
            elif acte == "quoted-printable":
                enc = quopri.encodestring(data).decode("ascii")
            else:
                enc = data.decode("utf-8")
            cs = '; charset="utf-8"' if ctype.startswith("text/") else ""
            body += (f"\n--{b}\nContent-Type: {ctype}{cs}; name=\"{fn}\"\n"
                     f"Content-Disposition: attachment; filename=\"{fn}\"\n"
                     f"Content-Transfer-Encoding: {acte}\n\n{enc}")
            if not body.endswith("\n"):
                body += "\n"
        body += f"\n--{b}--\n"
        core = body
    raw = "\n".join(hdr) + "\n" + core
    return raw.encode("utf-8"), frm[1], " ".join(x[1] for x in to + cc)

FAKEPDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")


M = []
def add(label, slug, note, **kw):
    kw.update(label=label, slug=slug, note=note)
    M.append(kw)

# ---------------------------------------------------------------- FLAGS (20)
add("flag", "photocopier_rant", "staff venting, plain 'fucking' in body",
    **{"from": "pryce", "to": ["tate"], "subject": "Reprographics AGAIN",
       "body": "Owen,\n\nIs there any chance you could have a look at the big copier on the maths corridor when you get a sec? It's chewed up half my Year 11 mock papers and is now flashing E-204 at me. I've turned it off and on twice.\n\nI've got 90 kids sitting the calculator paper at 9 tomorrow and the fucking thing has decided today is the day it dies. Sorry. Long week.\n\nCheers\nGareth"})
add("flag", "teams_fwd_little_shits", "forwarded Teams chat, staff calls Year 10 class 'little shits'",
    **{"from": "boateng", "to": ["hughes"], "subject": "FW: chat with Marcus Boateng",
       "fmt": "alt", "style": "outlook",
       "body": "Rach - see below from Teams earlier, thought you should know before the parents ring in about the changing rooms.\n\nM\n\n[10:42] Marcus Boateng\nten B were a nightmare again, 4 of them hid in the changing rooms the whole lesson\n[10:43] Marcus Boateng\nhonestly they are a bunch of entitled little shits and I've had it with them\n[10:45] Dan Whitaker\nha, welcome to my world. send names to Rachel\n\n" + sig("boateng")})
add("flag", "adviser_wanker", "staff-to-staff insult of LA adviser 'wanker'",
    **{"from": "gill", "to": ["armitage"], "subject": "Re: Feedback from the LA curriculum review",
       "body": "Neil,\n\nThanks for passing it on. I've read it twice now. I'm not going to pretend I'm fine with it - he spent eleven minutes in one Year 8 lesson and decided our fieldwork provision is \"narrow\" when we take more kids out than anyone in the authority.\n\nWhat a wanker. Sorry, but he is.\n\nI'll write a proper response for the governors' committee by Friday and keep it professional, I promise.\n\nJas\n\n> On 12 Mar 2025, at 16:05, Neil Armitage <n.armitage@example-school.org.uk> wrote:\n>\n> Jas, the report from the curriculum review is attached to the SLT drive. Have a read and\n> let me know your thoughts before we draft anything for governors.\n> N"})
add("flag", "parent_reply_dont_give_a_shit", "teacher to parent in heated reply, 'don't give a shit'",
    **{"from": "dawson", "to": [SAM], "subject": "Re: History detention",
       "body": "Dear Sam,\n\nI have read your email. The detention stands. Pupil Two has not handed in a single piece of homework since January and was rude to a cover teacher on Tuesday.\n\nTo be honest with you I don't give a shit whether you think the homework is pointless, it is part of the course and everyone else manages it.\n\nRegards\nMr Dawson\n\n" + sig("dawson")})
add("flag", "sixthform_arse_in_gear", "teacher to sixth-form pupil, 'piss-poor' and 'arse'",
    **{"from": "marsh", "to": ["21ozielinski@" + PUP], "subject": "EPQ draft",
       "body": "Olek,\n\nI've looked at the draft you dropped in on Monday. I'm going to be blunt because the deadline is three weeks away: it's piss-poor. There's no literature review, half the references are Wikipedia and the word count is 1,900 out of 5,000.\n\nYou need to get your arse in gear. Come and see me Thursday P4 in the sixth form office and bring your log.\n\nMs Marsh"})
add("flag", "slur_gypos", "ethnic slur about Roma families in staff mail",
    **{"from": "attendance", "to": ["sandhu"], "subject": "Persistent absence list - Harehills families",
       "body": "Hi Harpreet\n\nUpdated PA list is on the shared drive. Same names as last month mostly. Three of the new ones are the gypo families off the estate again, they'll be off to Romania for Easter and we won't see them till May, we never do.\n\nI've sent the first letters anyway.\n\nFatima\nAttendance Office | Example School | 01632 960000"})
add("flag", "retard_it_system", "disability slur 'retarded' in staff mail",
    **{"from": "hughes", "to": ["ridley"], "subject": "Behaviour log not saving",
       "fmt": "alt", "style": "outlook",
       "body": "Hi Paul,\n\nThe new behaviour logging screen keeps throwing me out every time I add a second pupil to an incident. Lost three entries this morning. Whoever designed this is retarded, honestly.\n\nCan you have a look or tell me who to ring?\n\nThanks\nRachel\n\n" + sig("hughes")})
add("flag", "slur_poof_council", "homophobic slur about external officer",
    **{"from": "whitaker", "to": ["boateng"], "subject": "Re: minibus inspection",
       "body": "Ha. Yeah the poof from the council transport team was back again, clipboard and all, checking the tyre tread with a 20p. We passed though.\n\nD\n\nSent from my iPhone"})
add("flag", "stupid_bitch_parent", "misogynistic insult of a parent in staff mail",
    **{"from": "kearney", "to": ["hughes"], "subject": "that phone call",
       "body": "Rachel,\n\nJust had 25 minutes on the phone with the mum of the girl in 9K who's been moved out of my set. She called me biased, said I'd 'targeted' her daughter. Stupid bitch wouldn't let me get a word in.\n\nCan we talk at break? I don't want to deal with her on my own again.\n\nS"})
add("flag", "bastard_minibus", "outdoor ed staff, 'bastard' in trip update",
    **{"from": "whitaker", "to": ["armitage"], "cc": ["boateng"], "subject": "Malham - running late",
       "body": "Neil\n\nAll fine, nobody hurt, but the bastard minibus has broken down again outside Skipton. AA say 90 mins. Kids are in the cafe with Marcus having hot chocolate on the trip card. We'll be back around 6 rather than 4.30 - can the office text parents please?\n\nDan\n07700 900614"})
# disguised
add("flag", "asterisk_timetable", "masked swearing f*cking in subject and body",
    **{"from": "exams", "to": ["armitage"], "subject": "this f*cking timetable",
       "body": "Neil,\n\nSorry for the subject line but I've just found out the board have moved Combined Science Paper 2 to the same morning as the RE paper and we have 34 kids doing both. Nobody told us. I've spent all afternoon on the clash sheet and it's still a sh!tshow.\n\nCan I have 10 mins tomorrow?\n\nBev\nExams Office | Example School, Park Row, Leeds LS1 4AP | 01632 960000"})
add("flag", "leet_teams_fwd", "leetspeak/repeated letters in forwarded Teams chat",
    **{"from": "qureshi", "to": ["tate"], "subject": "FW: Teams - prep room",
       "body": "Owen - fwd from the science chat so you know what happened.\n\n-----\nImran Qureshi 14:02\nwho left the fume cupboard on all weekend in S3\nImran Qureshi 14:03\nfuuuuuck me the electric bill is going to be b0ll0ck5\nImran Qureshi 14:03\nand the sodium is gone from the cabinet, what the sh1t\n-----\n\nCan you check the chemical register before the end of the day?\n\nImran"})
add("flag", "dotted_cunt_parent", "letters separated by dots, c.u.n.t about parent",
    **{"from": "pryce", "to": ["kearney"], "subject": "Re: parents evening",
       "body": "Yeah he was at mine too. Shouted at me in front of the whole hall about the set change. Absolute c.u.n.t. Are you going to the pub after?\n\nG"})
add("flag", "cyrillic_fuck_html", "Cyrillic homoglyph in 'fuсking' in HTML-only mail",
    **{"from": "ridley", "to": ["hughes"], "subject": "Re: Behaviour log not saving",
       "fmt": "html", "cte": "quoted-printable",
       "html": '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
               '<p>Rachel,</p><p>It\'s the vendor. They pushed an update on Sunday night without telling anyone. '
               'Same thing happened to the Head of Year 7. I\'ve raised a ticket, third this month. '
               'The whole fu\u0441king system is held together with tape.</p>'
               '<p>Workaround for now: save after each pupil.</p><p>Paul<br>Network Manager<br>'
               'Example School, Park Row, Leeds LS1 4AP | 01632 960000</p></div></body></html>\n'})
add("flag", "fullwidth_shit", "full-width letters spelling 'shit' to colleague",
    **{"from": "oconnor", "to": ["ahmed"], "subject": "concert",
       "body": "Bilal\n\nDress rehearsal was \uff53\uff48\uff49\uff54. The Year 8 choir don't know the second verse and the hall PA cut out twice. Can I borrow your extension leads for Thursday?\n\nNiamh",
       "cte": "8bit"})
add("flag", "zero_width_twat", "zero-width space inside 'twat', to colleague",
    **{"from": "fenwick", "to": ["lister"], "subject": "Re: Thursday's assembly",
       "fmt": "alt", "style": "gmail",
       "body": "Gem,\n\nThe visiting speaker stood in front of me the entire time so none of the base kids could see me sign. Asked him twice. Tw\u200bat.\n\nCan we put it on the checklist for visitors that the interpreter needs to be in line of sight?\n\nLucy"})
add("flag", "html_tag_split_bellend", "'bellend'/'arsehole' split by HTML tags/entities, HTML-only",
    **{"from": "boateng", "to": ["whitaker"], "subject": "ref on Saturday",
       "fmt": "html",
       "html": '<div dir="ltr"><div>Dan, did you see the ref at the U15 cup game? Disallowed two of ours, '
               'let theirs stand from a mile offside.</div><div>Total bell<b></b>end. Their coach was an '
               '<span>arse</span><span>hole</span> as well, gobbing off at our lads all match.</div>'
               '<div><br></div><div>Anyway we&#39;re in the semi. Marcus</div></div>\n'})
add("flag", "qp_softbreak_wanker", "quoted-printable soft line break inside 'wankers'",
    **{"from": "armitage", "to": ["head"], "subject": "Re: Trust estates meeting",
       "cte": "qpraw",
       "body": "Julia,\n\nShort version: they're not funding the roof on B block this year either. Seven buckets in =\nthe sports hall on Monday. I said I'd be taking photos for the governors =\nand they went very quiet. Absolute wan=\nkers, the lot of them.\n\nFull notes to follow.\n\nNeil\n"})
add("flag", "base64_pissed_off", "base64 body, 'fucking' and 'pissed' to colleague",
    **{"from": "gill", "to": ["whitaker"], "subject": "Yorkshire Dales risk assessment",
       "cte": "base64", "fmt": "alt", "style": "outlook",
       "body": "Dan,\n\nJust found out finance haven't paid the deposit for the Dales field centre and now they've given our dates to another school. I'm so pissed off. Four months of planning and the fucking form was sat in someone's in-tray.\n\nCan we look at Malham instead? I'll ring them in the morning.\n\nJas\n\n" + sig("gill")})
add("flag", "rfc2047_subject_bollocks", "RFC 2047 encoded subject with 'Bollocks'",
    **{"from": "hale", "to": ["pryce", "dawson"], "subject": "Bollocks to the new duty rota \u2013 swap anyone?",
       "enc_subject": True,
       "body": "Lads,\n\nI've been put on bus duty Monday AND Wednesday and canteen on Friday. Anyone want to swap Wednesday? I'll take a Tuesday break duty in return.\n\nStu"})

# ---------------------------------------------------------------- HARD NEGATIVES (30)
add("clean", "hn_scunthorpe_fixture", "place name Scunthorpe",
    **{"from": "boateng", "to": [JANE, SAM, ALI], "subject": "Year 8 football - away fixture in Scunthorpe",
       "fmt": "alt", "style": "outlook",
       "body": "Dear Parents and Carers,\n\nYour child has been selected for the Year 8 football squad for the regional cup quarter-final away at a school in Scunthorpe on Wednesday 26 March.\n\nWe will leave school by coach at 12.15pm and expect to return at about 6.30pm. Pupils need full kit, shin pads, boots and a packed lunch. Muslim pupils who are fasting for Ramadan are welcome to come - we will make sure there is water and a snack for iftar on the coach, and please let me know if you would prefer your child not to play.\n\nPlease give consent on the parent app by Friday.\n\nMany thanks\nMr Boateng\n\n" + sig("boateng")})
add("clean", "hn_penistone_dofe", "place name Penistone",
    **{"from": "whitaker", "to": ["boateng", "gill"], "subject": "Bronze DofE practice - Penistone route",
       "body": "Hi both,\n\nPractice expedition for the bronze group is confirmed for Sat 5 April. Start at Penistone station, Trans Pennine Trail towards Dunford Bridge, camp at the farm site above Winscar, out the next morning over to Langsett.\n\nI need one of you as second supervisor on the Saturday. Kit store is open Thursday after school for issuing tents and trangias.\n\nCheers\nDan\n\n" + sig("whitaker")})
add("clean", "hn_cockermouth_residential", "place name Cockermouth in trip letter",
    **{"from": "whitaker", "to": [ALI], "subject": "Year 10 Lake District residential - Cockermouth",
       "fmt": "alt", "style": "outlook",
       "att": [("Y10_Lakes_kit_list.pdf", "application/pdf", FAKEPDF, "base64")],
       "body": "Dear Mr Guardian,\n\nThank you for returning the consent form. Just to confirm the details for the Year 10 residential:\n\nBase: Outdoor centre near Cockermouth, Cumbria\nDates: Monday 9 - Friday 13 June\nActivities: ghyll scrambling, canoeing on Bassenthwaite, a summit day on Skiddaw\n\nThe kit list is attached. The centre provides halal meals and there is a quiet room for prayer. Example Pupil Three mentioned he gets travel sick, so we will sit him near the front.\n\nKind regards\nDan Whitaker\n\n" + sig("whitaker")})
add("clean", "hn_clitheroe_fieldwork", "place name Clitheroe",
    **{"from": "gill", "to": ["pryce"], "subject": "Can I borrow your Y11 set P3-4 on the 20th?",
       "body": "Hi Gareth,\n\nWe're taking the GCSE geographers to Clitheroe for the limestone landscapes fieldwork (Salthill quarry and the castle mound) on Thursday 20th. About six of your P3-4 group are on the list. Would you be OK with them missing that lesson? I'll send you the names.\n\nThanks\nJas"})
add("clean", "hn_dickens_ge", "literature: Dickens, Great Expectations",
    **{"from": "kearney", "to": ["24mkhan@" + PUP, "24lsmall@" + PUP], "subject": "Great Expectations - essay feedback",
       "body": "Hi both,\n\nI've marked your essays on Pip and Miss Havisham. Good work overall. A few things:\n\n- Dickens uses the stopped clocks deliberately. Don't just say 'it shows time stood still' - say why it matters for her character and what it says about Victorian attitudes to jilted women.\n- Use short quotations. 'I am what you have made me' is better than a five-line chunk.\n- Context: Dickens' own childhood in the blacking factory is relevant to Pip's shame, so use it.\n\nRedraft due Monday.\n\nMs Kearney"})
add("clean", "hn_surnames_cockburn_hancock", "surnames Cockburn, Hancock",
    **{"from": "marsh", "to": ["careers@example.org"], "cc": ["armitage"], "subject": "Mock interviews - volunteer list",
       "fmt": "alt", "style": "outlook",
       "body": "Dear Mr Cockburn,\n\nThank you for organising the volunteers for our Year 13 mock interviews on 2 April. I have the list from your colleague Ms Hancock - 14 interviewers, which is perfect.\n\nCould your volunteers arrive at reception at 8.45am? They will need photo ID for signing in. We have two Deaf students taking part; a BSL interpreter will be with each of them and the interviewers should just speak to the student as normal.\n\nParking is available on Park Row.\n\nBest wishes\nSophie Marsh\n\n" + sig("marsh")})
add("clean", "hn_wankhede_cricket", "surname Wankhede (cricket coach)",
    **{"from": "boateng", "to": ["coaching@example.net"], "subject": "After-school cricket - Mr Wankhede",
       "body": "Hi,\n\nJust to say a big thank you for sending Rohit Wankhede in for the girls' cricket sessions this half-term. The Year 7s love him and we've had 28 turn up each week, including several who have never played before.\n\nIs he available for the summer term as well? Tuesdays 3.15-4.30 works best for us.\n\nThanks again\nMarcus Boateng\nPE Department\nExample School, Park Row, Leeds LS1 4AP\n01632 960000"})
add("clean", "hn_tits_nestbox", "birds: blue tits, great tits",
    **{"from": "tate", "to": ["qureshi"], "cc": ["ahmed"], "subject": "Nest box camera is live!",
       "fmt": "alt", "style": "gmail",
       "body": "Hi Imran,\n\nGood news - the camera in the nest box on the science garden fence is working and we've got a pair of blue tits building already. There's a great tit hanging around the other box too.\n\nI've put the feed on the screen in the S-block corridor. Eco club are going to keep a log of visits. Bilal, the art club said they'd like to do some drawings from it.\n\nOwen"})
add("clean", "hn_shags_bempton", "birds: shags, puffins (outdoor ed coast)",
    **{"from": "whitaker", "to": [JANE], "subject": "Re: Bempton trip question",
       "body": "Hi Jane,\n\nYes, binoculars are provided, she doesn't need to bring her own. On a good day at Bempton Cliffs you'll see gannets, puffins, kittiwakes, razorbills and shags nesting on the ledges, so it's worth bringing a camera if she has one.\n\nDress for wind! It gets very cold on the clifftop even in May.\n\nDan Whitaker\nHead of Outdoor Education\nExample School, Park Row, Leeds LS1 4AP | 01632 960000"})
add("clean", "hn_menu_spotted_dick", "food: spotted dick, cock-a-leekie",
    **{"from": "office", "to": ["allstaff@" + DOM], "subject": "Canteen menu w/c 24 March + Iftar evening",
       "fmt": "alt", "style": "outlook",
       "body": "Hi all,\n\nNext week's menu from the kitchen:\n\nMon - Chicken tikka (halal), veg korma, rice\nTue - Cock-a-leekie soup, jacket potatoes\nWed - Fish, chips and mushy peas\nThu - Sausage and mash (halal and veggie options)\nFri - Roast dinner, spotted dick and custard\n\nA reminder that the community iftar is on Thursday 27th from 6.15pm in the main hall. All staff welcome - please tell the office if you're coming so we can get numbers right.\n\nKaren\n\n" + sig("office")})
add("clean", "hn_cricket_box", "sports kit: cricket box",
    **{"from": "boateng", "to": ["24tnowicki@" + PUP, "24abhatti@" + PUP, "24jsmith@" + PUP], "subject": "Hardball cricket nets Thursday",
       "body": "Lads,\n\nNets start Thursday in the sports hall. You MUST bring a box (abdominal guard) - I'm not letting anyone bat without one against the hard ball. Pads, gloves and helmets are provided. If you can't get hold of a box, come and see me, there are a few new ones in the PE office.\n\nMr Boateng"})
add("clean", "hn_fanny_mendelssohn", "name Fanny Mendelssohn (music)",
    **{"from": "oconnor", "to": ["head", "armitage"], "subject": "International Women's Day concert - programme",
       "fmt": "alt", "style": "gmail",
       "body": "Hi Julia, Neil,\n\nProgramme for the lunchtime concert on Friday:\n\n1. Fanny Mendelssohn - Easter Sonata, 1st movement (Year 13 piano)\n2. Clara Schumann - Romance (string group)\n3. Bhangra medley - Sikh community dhol group and Year 9 percussion\n4. Year 8 choir - 'Bread and Roses'\n\nThe base's signing choir are also doing a song in BSL - Lucy has been working with them.\n\nNiamh"})
add("clean", "hn_shitterton_dorset", "place name Shitterton",
    **{"from": "gill", "to": ["whitaker"], "subject": "Dorset coast trip - accommodation",
       "body": "Dan,\n\nFound a youth hostel-type bunkhouse for the A-level Jurassic Coast trip - it's at Bere Regis, just by Shitterton, about 25 minutes from Lulworth. Sleeps 32, self-catering, and they're happy with us cooking halal.\n\nCosts are in the spreadsheet. Can you sanity check the transport?\n\nJas"})
add("clean", "hn_twatt_orkney", "place names Twatt (Orkney), Wetwang",
    **{"from": "gill", "to": [ALI], "subject": "A-level geography - Orkney expedition",
       "fmt": "alt", "style": "outlook",
       "body": "Dear Mr Guardian,\n\nThank you for your question about the optional Orkney expedition in July.\n\nThe students stay on Mainland Orkney. Fieldwork sites include the coastal cliffs at Yesnaby, the Ring of Brodgar and the farmland around Twatt and Dounby for the rural land-use investigation. The whole trip is about a week including travel.\n\nFor students who can't go, we run an alternative investigation closer to home on the Yorkshire Wolds around Wetwang.\n\nKind regards\nJaspreet Gill\n\n" + sig("gill")})
add("clean", "hn_rse_letter", "RSE letter to parents: sex education vocabulary",
    **{"from": "sandhu", "to": [JANE, SAM, ALI], "subject": "Year 9 Relationships and Sex Education - summer term",
       "fmt": "alt", "style": "outlook",
       "att": [("RSE_Y9_summer_overview.pdf", "application/pdf", FAKEPDF, "base64")],
       "body": "Dear Parents and Carers,\n\nIn the summer term Year 9 will be taking part in Relationships and Sex Education (RSE) lessons. Topics include:\n\n- consent and the law\n- sexual health, contraception (including condoms) and sexually transmitted infections\n- puberty and the reproductive system, using correct terms such as penis, vagina and vulva\n- pornography and its effects on relationships\n- online safety and sharing nudes\n\nYou have the right to request that your child is withdrawn from the sex education elements (not the relationships or health elements, and not the science curriculum). We know many of our families have views shaped by their faith, and we are happy to meet with you - interpreters in Urdu, Punjabi, Polish, Romanian and Slovak can be arranged through the office.\n\nThe overview is attached.\n\nYours sincerely\nMrs H Sandhu\nAssistant Headteacher (Pastoral)\n\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"})
add("clean", "hn_deaf_awareness_language", "Deaf awareness: advises against 'deaf and dumb'",
    **{"from": "lister", "to": ["allstaff@" + DOM], "subject": "Deaf Awareness - reminders after INSET",
       "fmt": "alt", "style": "outlook",
       "body": "Dear colleagues,\n\nThank you for the questions at Monday's Deaf awareness INSET. A few reminders:\n\n- Please don't use 'deaf and dumb' or 'deaf-mute' - they are outdated and many Deaf people find them offensive. 'Deaf' or 'hard of hearing' is fine; ask the young person what they prefer.\n- Face the class when talking. Don't talk while writing on the board.\n- Check the radio aid transmitter is on and clipped at chest height.\n- Always caption videos. YouTube auto-captions are not good enough for assessed work.\n- Interpreters interpret everything, including what you say under your breath!\n\nThe slides are on the staff SharePoint.\n\nGemma Lister\nTeacher of the Deaf, Hearing Resource Base\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"})
add("clean", "hn_dsl_report_threat", "safeguarding report to DSL quoting pupil's threat with swearing",
    **{"from": "pryce", "to": ["dsl"], "subject": "Concern - Year 10 pupil, incident P5",
       "body": "Harpreet,\n\nLogging on CPOMS as well but wanted you to see this today.\n\nDuring P5 (10X3, room M12) at about 2.20pm, A (Year 10) was on her phone and I asked her to put it away. She said quietly to the girl next to her \"if he takes it I'm dead, my brother will fucking batter me\". When I spoke to her at the end she said she was joking, but she was tearful and asked me not to ring home.\n\nI have not contacted home. She is in the base with Mrs Lister now.\n\nGareth Pryce\nMaths"})
add("clean", "hn_racist_incident_report", "staff-only report quoting racial slur used by pupil",
    **{"from": "hughes", "to": ["dsl", "sandhu"], "subject": "Racist incident - Year 9 - for the log",
       "fmt": "alt", "style": "outlook",
       "body": "Harpreet,\n\nFor the racist incident log. At lunch today on the MUGA, a Year 9 boy (B) called a Year 9 boy (C) a \"Paki\" and told him to \"go back to your own country\". Two witnesses, statements taken and scanned to CPOMS. C was upset but okay, I've spoken to his dad.\n\nB has been isolated for the rest of the day and we'll do the restorative on Thursday with Mr Nowak present as B's mum will need an interpreter (Polish).\n\nRachel\n\n" + sig("hughes")})
add("clean", "hn_teams_homophobic_fwd", "forwarded Teams message to DSL quoting homophobic abuse",
    **{"from": "boateng", "to": ["dsl"], "subject": "FW: Teams message - changing room incident",
       "body": "Harpreet, forwarding the Teams message I sent Rachel so it's with you.\n\n________________________________\nFrom: Marcus Boateng\nSent: 18 March 2025 11:20\nTo: Rachel Hughes\nSubject: changing room\n\nTwo Year 9 lads were shouting \"batty boy\" and \"faggot\" at D in the changing room before PE. D said it's been going on for weeks on Snapchat too. I've told him he did the right thing telling me. Written up on CPOMS.\n\nMarcus"})
add("clean", "hn_reply_abusive_parent_quoted", "polite reply to parent; swearing only in quoted parent text",
    **{"from": "hughes", "to": [JANE], "subject": "Re: detention", "in_reply_to": "CAF5x0@mail.gmail.com",
       "body": "Dear Ms Parent,\n\nThank you for your email. I can hear how frustrated you are, and I'm sorry the detention letter arrived without any explanation.\n\nThe detention was for missing three Science homeworks, not for behaviour. I've checked with Mr Qureshi and he is happy to cancel it if Pupil One catches up on the work this week; he can do it in the library at lunchtime.\n\nI would be glad to talk this through on the phone - I'm free after 3.30 on Wednesday.\n\nKind regards\nRachel Hughes\nHead of Year 9\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000\n\nOn Mon, 17 Mar 2025 at 21:48, Jane Parent <jane.parent@gmail.com> wrote:\n> This school is a fucking joke. Another detention for NOTHING. Nobody\n> tells us anything and then you wonder why parents are pissed off.\n> Sort it out."})
add("clean", "hn_fwd_abusive_parent_to_head", "office forwards abusive parent email to head (staff only, no own words) [unsure]",
    **{"from": "office", "to": ["head"], "cc": ["armitage"], "subject": "FW: complaint re: car park",
       "fmt": "alt", "style": "outlook",
       "body": "Julia,\n\nThis came into the office inbox overnight. Forwarding as per the unacceptable communications policy - I haven't replied. He also rang twice this morning.\n\nKaren\n\nFrom: M Dobson <mdobson1977@hotmail.co.uk>\nSent: 19 March 2025 23:12\nTo: office@example-school.org.uk\nSubject: complaint re: car park\n\nYour useless bastards on the gate let some idiot block me in AGAIN. If I get another ticket because of your staff I'm coming down there. Absolute shower of shit.\n\n" + sig("office")})
add("clean", "hn_behaviour_policy_language", "staff discussing behaviour policy on swearing, words quoted as examples [unsure]",
    **{"from": "armitage", "to": ["hughes", "sandhu", "kearney"], "subject": "Behaviour policy review - language section",
       "body": "All,\n\nNotes from the working group on the 'language' section:\n\n1. We agreed a distinction between swearing in conversation (e.g. a pupil saying \"shit\" when they drop something) and swearing AT someone (\"fuck off, sir\"). The first is a reminder and a C1; the second is straight to C3.\n2. Discriminatory language (racist, homophobic, sexist, ableist - including \"retard\" and \"gay\" used as an insult) is always logged and always parents contacted, whatever the intent.\n3. Siobhan raised that some EAL pupils repeat words they've heard without knowing how offensive they are. Agreed: still logged, but the response is educational first. Tomasz will help with translated explanations for home.\n\nDraft wording by Easter please.\n\nNeil"})
add("clean", "hn_romeo_juliet", "set text quotes, Romeo and Juliet bawdy lines",
    **{"from": "kearney", "to": ["english@" + DOM], "subject": "Y10 R&J - Act 2 Scene 4 lesson",
       "fmt": "alt", "style": "outlook",
       "body": "Hi team,\n\nFor the Act 2 Sc 4 lesson next week, I've put the Mercutio/Nurse exchange on the slides. Be ready for the giggles at \"the bawdy hand of the dial is now upon the prick of noon\" - I find it's best to just explain the pun calmly and move on to how Shakespeare uses Mercutio's crude humour to contrast with Romeo's romantic language.\n\nSame goes for Act 1 Sc 1 and Sampson's jokes about maidenheads and \"my naked weapon is out\".\n\nS"})
add("clean", "hn_chaucer_millers_tale", "A-level set text quote, Chaucer Miller's Tale",
    **{"from": "kearney", "to": ["22rpatel@" + PUP, "22ewojcik@" + PUP], "subject": "Miller's Tale - quotations to learn",
       "body": "Hi Rani, Ewa,\n\nAs promised, the quotations to learn for Thursday's timed essay:\n\n- \"And prively he caughte hire by the queynte\" (Nicholas and Alison)\n- \"And at the wyndow out she putte hir hole\" (the misdirected kiss)\n- \"hende Nicholas\" - think about how the epithet is used ironically\n- \"Lord Crist Jhesu, and seinte Benedight\" - the Carpenter's piety\n\nRemember the fabliau genre and how Chaucer has the Miller 'quite' the Knight.\n\nMs K"})
add("clean", "hn_languages_german_polish", "other languages: German Fahrt, Polish phrases",
    **{"from": "wisniewska", "to": [SAM], "subject": "Germany exchange - travel information",
       "fmt": "alt", "style": "gmail",
       "body": "Dear Sam,\n\nThe itinerary for the Hamburg exchange is below. The students are very excited and have been learning some useful phrases, e.g. \"Wo ist die Ausfahrt?\" and \"Gute Fahrt!\" which always makes them laugh.\n\nCoach departs school 05.30 on Sunday 13 April, ferry from Hull.\n\nAlso - several of our Polish-speaking students asked if they could do a short welcome in Polish at the farewell evening (\"Dziękujemy za gościnę!\"), which I think is lovely.\n\nBest wishes\nKatarzyna Wiśniewska\nMFL Department\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"})
add("clean", "hn_stopcock_ballcock", "science tech plumbing: stopcock, ballcock",
    **{"from": "tate", "to": ["site@" + DOM], "subject": "Leak in S4 prep room",
       "body": "Hi site team,\n\nThere's a slow leak under the sink in the S4 prep room. I've turned off the stopcock for now but that means no water to the two front benches. The ballcock in the prep room toilet cistern is sticking as well.\n\nCould someone have a look before Thursday? Year 11 have a required practical.\n\nThanks\nOwen Tate\nSenior Science Technician\nExt. 214"})
add("clean", "hn_dog_bitch_in_season", "animal: therapy dog, 'bitch in season'",
    **{"from": "senco", "to": ["allstaff@" + DOM], "subject": "Bramble the wellbeing dog - off for two weeks",
       "body": "Hi everyone,\n\nJust to let you know Bramble won't be in school for the next couple of weeks. She's a bitch in season and the vet has advised keeping her away from the other dogs at the Thursday assessments.\n\nIf you had pupils booked in for reading-to-Bramble sessions, the learning support team will run them with a book and a biscuit instead.\n\nRuth\nSENCo"})
add("clean", "hn_pissarro_gallery", "artist name Pissarro",
    **{"from": "ahmed", "to": [JANE], "subject": "Year 11 Art - gallery visit",
       "fmt": "alt", "style": "outlook",
       "body": "Dear Ms Parent,\n\nThank you for asking. The Year 11 art group are visiting Leeds Art Gallery on Tuesday 1 April, during lessons 3 and 4. They will be looking at Impressionist landscapes - in particular Pissarro and Sisley - to support their final project on urban spaces.\n\nIt is a walking trip and there is no cost.\n\nKind regards\nBilal Ahmed\nTeacher of Art\n\n" + sig("ahmed")})
add("clean", "hn_dick_whittington_panto", "name Dick Whittington (panto)",
    **{"from": "oconnor", "to": ["24jsmith@" + PUP, "24rbrzezinska@" + PUP], "subject": "Panto - lines for Thursday",
       "body": "Hi Jay and Roksana,\n\nGreat rehearsal! Please learn Act 1 Scene 2 for Thursday. Jay - you're Dick Whittington, Roksana - you're the cat. The BSL interpreter will be at the dress rehearsal so make sure you face the audience when you speak.\n\nMiss O'Connor"})
add("clean", "hn_biology_reproduction", "science vocabulary: reproduction revision to pupils",
    **{"from": "qureshi", "to": ["24mkhan@" + PUP, "24hbalogun@" + PUP, "24kdaniels@" + PUP], "subject": "Biology revision - reproduction (B6)",
       "fmt": "alt", "style": "outlook",
       "body": "Hi all,\n\nFor Thursday's revision session we will cover topic B6 reproduction. Please revise:\n\n- the male reproductive system: testes, sperm duct, prostate gland, urethra, penis\n- the female reproductive system: ovaries, oviducts, uterus, cervix, vagina\n- hormones in the menstrual cycle (FSH, LH, oestrogen, progesterone)\n- contraception - hormonal and barrier methods\n\nThe exam board expects the correct scientific terms, so use them.\n\nMr Qureshi\n\n" + sig("qureshi")})

# ---------------------------------------------------------------- ORDINARY CLEAN (30)
add("clean", "options_evening", "ordinary: options evening reminder to parent",
    **{"from": "hughes", "to": [JANE], "subject": "Year 9 Options Evening - Thursday 6 March",
       "fmt": "alt", "style": "outlook",
       "body": "Dear Ms Parent,\n\nA quick reminder that Year 9 Options Evening is this Thursday, 6 March, from 5.30pm to 7.30pm in the main hall. Heads of department will be there to talk about GCSE courses, and there is a short talk from Mr Armitage at 5.45pm.\n\nThe options form will be sent home on Friday and must be returned by 21 March.\n\nIf you would like an interpreter, please let the office know by Wednesday.\n\nKind regards\nRachel Hughes\n\n" + sig("hughes")})
add("clean", "homework_reply_pupil", "ordinary: homework reply to pupil",
    **{"from": "pryce", "to": ["24abhatti@" + PUP], "subject": "Re: homework help",
       "body": "Hi Aisha,\n\nFor question 4 you need to factorise first: x^2 + 5x + 6 = (x + 2)(x + 3). Then set each bracket equal to zero.\n\nHave another go and bring it to class.\n\nMr Pryce\n\n> Sir I don't get question 4 on the sparx homework"})
add("clean", "absence_followup", "ordinary: attendance follow-up to carer",
    **{"from": "attendance", "to": [SAM], "subject": "Absence - Example Pupil Two",
       "body": "Dear Sam,\n\nWe have not received a reason for Example Pupil Two's absence on Monday 10 and Tuesday 11 March. Could you please let us know by replying to this email or calling the attendance line on 01632 960000 (option 1)?\n\nIf your child is unwell, please call before 8.45am each day.\n\nThank you\nFatima Begum\nAttendance Officer\nExample School, Park Row, Leeds LS1 4AP"})
add("clean", "ramadan_staff_briefing", "ordinary: Ramadan arrangements staff briefing",
    **{"from": "sandhu", "to": ["allstaff@" + DOM], "subject": "Ramadan arrangements 2025",
       "fmt": "alt", "style": "outlook",
       "body": "Dear colleagues,\n\nRamadan is expected to begin on Saturday 1 March. A few reminders:\n\n- Room G4 will be open at lunch as a quiet space for pupils who are fasting. Please don't send pupils to detention during lunch in G4.\n- PE staff will adapt activities for fasting pupils; pupils should not be made to feel they must explain themselves.\n- Friday prayers: the hall is booked 12.45-1.15pm.\n- Be mindful of afternoon tiredness and avoid scheduling key assessments after lunch where possible.\n- Eid al-Fitr is likely to fall on Sunday 30 or Monday 31 March. Absence for Eid will be authorised for one day.\n\nThank you for your support.\n\nHarpreet\n\n" + sig("sandhu")})
add("clean", "eid_absence_parent", "ordinary: Eid absence reply to parent",
    **{"from": "attendance", "to": [ALI], "subject": "Re: Eid absence", "in_reply_to": "BTI88@btinternet.com",
       "body": "Dear Mr Guardian,\n\nThank you for letting us know. Example Pupil Three's absence on Monday 31 March for Eid will be authorised.\n\nEid Mubarak to you and your family.\n\nFatima Begum\nAttendance Officer\nTel: 01632 960000\n\n-----Original Message-----\nFrom: Ali Guardian <ali.guardian@btinternet.com>\nSent: 24 March 2025 19:02\nTo: attendance@example-school.org.uk\nSubject: Eid absence\n\nHello, my son will be off for Eid next week. Thanks, Ali"})
add("clean", "vaisakhi_assembly", "ordinary: Vaisakhi assembly planning",
    **{"from": "rahman", "to": ["oconnor", "gill"], "subject": "Vaisakhi assembly - 14 April",
       "body": "Hi both,\n\nThe Sikh Society students want to lead the Vaisakhi assembly on 14 April. They're planning a short talk on the founding of the Khalsa, a dhol performance and some photos from the local gurdwara's nagar kirtan last year.\n\nNiamh - can they borrow the music room P3 on the Friday before to rehearse? Jas - would you be happy to introduce it?\n\nThanks\nAisha\nHead of RE"})
add("clean", "dales_kit_list", "ordinary: outdoor ed kit list to pupils",
    **{"from": "whitaker", "to": ["24tnowicki@" + PUP, "24kdaniels@" + PUP, "24lsmall@" + PUP], "subject": "Dales day - what to bring",
       "body": "Hi all,\n\nFor Saturday:\n- waterproof jacket AND trousers (we have spares in the kit store)\n- walking boots or sturdy trainers\n- packed lunch and 1 litre of water\n- warm hat and gloves\n- any medication (inhalers!)\n\nMeet at the back gate 7.45am, back by 5pm.\n\nMr Whitaker"})
add("clean", "radio_aid_batteries", "ordinary: teacher of the deaf, radio aid reminder",
    **{"from": "lister", "to": ["pryce", "qureshi", "dawson"], "subject": "Radio aids - Year 10 base pupils",
       "body": "Hi all,\n\nYou each teach one or more of our Year 10 base pupils. The new radio aid transmitters are in the base. Please collect one at the start of the day and return it to the charging station by 3.15pm.\n\nIf the light is red, it's flat - swap it. Please don't pass the transmitter to pupils during group work unless the pupil asks you to.\n\nThanks!\nGemma\nHearing Resource Base, ext 230"})
add("clean", "bsl_interpreter_booking", "ordinary: BSL interpreter booking for parents' evening",
    **{"from": "fenwick", "to": ["office"], "subject": "Parents' evening - interpreter rota",
       "fmt": "alt", "style": "outlook",
       "body": "Hi Karen,\n\nFor Year 11 parents' evening on 27 March we have three families who need BSL interpreters (two Deaf parents and one Deaf pupil with hearing parents). I'll cover 4.30-6.00, and the agency interpreter will cover 6.00-7.30.\n\nCould we have the room next to the hall so it's quieter, and tables arranged so interpreters can sit next to the teacher?\n\nThanks\nLucy\n\n" + sig("fenwick")})
add("clean", "polish_interpreter", "ordinary: EAL coordinator booking Polish and Romanian interpreters",
    **{"from": "nowak", "to": ["languages@example.org"], "subject": "Interpreter booking - 27 March",
       "body": "Hello,\n\nI would like to book two interpreters for our Year 11 parents' evening on Thursday 27 March, 4.30pm to 7.30pm:\n\n- Polish (1 interpreter)\n- Romanian (1 interpreter)\n\nThe address is Example School, Park Row, Leeds LS1 4AP. Please ask them to report to reception.\n\nThank you\nTomasz Nowak\nEAL Coordinator\nTel: 01632 960000"})
add("clean", "teams_channel_migration", "ordinary: IT notice about Teams",
    **{"from": "ridley", "to": ["allstaff@" + DOM], "subject": "Teams: old department channels being archived",
       "fmt": "alt", "style": "outlook",
       "body": "Hi all,\n\nOver Easter we will archive the old department Teams channels (2021-2023). Files will still be there, read-only.\n\nIf you have anything in those channels you still use, please move it to your current department team before Friday 4 April.\n\nAlso: please stop forwarding Teams chats to external email addresses. Use the school email for anything that goes outside.\n\nPaul\n\n" + sig("ridley")})
add("clean", "mock_timetable", "ordinary: exams officer mock timetable",
    **{"from": "exams", "to": ["allstaff@" + DOM], "subject": "Year 11 mock timetable (final)",
       "att": [("Y11_mocks_final.csv", "text/csv", "date,session,paper,room\n2025-03-17,AM,English Language P1,Sports hall\n2025-03-17,PM,Biology P1,Sports hall\n2025-03-18,AM,Maths P1 (non-calc),Sports hall\n2025-03-18,PM,History P1,Main hall\n2025-03-19,AM,Geography P1,Sports hall\n", "7bit")],
       "body": "Hi all,\n\nThe final Year 11 mock timetable is attached. Access arrangements rooms are in the learning support area. The base pupils will sit in the Hearing Resource Base with their communication support workers.\n\nInvigilators please check the rota on SharePoint.\n\nBev\n\n" + sig("exams")})
add("clean", "staff_meeting_notes", "ordinary: staff meeting notes",
    **{"from": "armitage", "to": ["allstaff@" + DOM], "subject": "Staff briefing notes - 11 March",
       "body": "Notes from Tuesday briefing:\n\n1. Year 11 parents' evening 27 March - all Y11 teachers please check your appointments on SchoolCloud.\n2. Ramadan - see Harpreet's email. Thank you to everyone being flexible.\n3. Fire drill will happen this half-term (unannounced).\n4. Reports: Year 8 reports due on SIMS by 21 March.\n5. Well done to the Year 8 footballers through to the quarter-final.\n6. Outdoor Ed need volunteers for DofE practice in April - see Dan.\n\nNeil"})
add("clean", "newsletter_html", "ordinary: HTML newsletter",
    **{"from": "office", "to": [JANE, SAM, ALI], "subject": "Example School newsletter - March 2025",
       "fmt": "html",
       "html": '<html><body style="font-family:Arial,sans-serif">\n<h1 style="color:#00416a">Example School News - March 2025</h1>\n'
               '<h2>Eid Mubarak</h2><p>We wish all our families celebrating Eid al-Fitr a happy and peaceful Eid.</p>\n'
               '<h2>Vaisakhi</h2><p>Our Sikh Society will lead an assembly on 14 April.</p>\n'
               '<h2>Outdoor Education</h2><p>Over 60 pupils took part in our DofE practice walks this term. Thanks to Mr Whitaker and the team.</p>\n'
               '<h2>Hearing Resource Base</h2><p>Our signing choir performed at the International Women\'s Day concert. Why not learn some BSL with our free Wednesday family class?</p>\n'
               '<h2>Dates</h2><ul><li>27 March - Year 11 parents\' evening</li><li>4 April - term ends 1.30pm</li><li>22 April - term begins</li></ul>\n'
               '<p>Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk</p>\n</body></html>\n'})
add("clean", "trip_payment_reminder", "ordinary: trip payment reminder",
    **{"from": "office", "to": [SAM], "subject": "Payment reminder - Year 10 residential",
       "body": "Dear Sam,\n\nThis is a reminder that the second instalment of £60 for the Year 10 Lake District residential is due by Friday 28 March. You can pay on the parent app.\n\nIf you need to discuss a payment plan, please contact me in confidence.\n\nKaren Holt\nOffice Manager\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"})
add("clean", "reports_published", "ordinary: reports published notice to parent",
    **{"from": "office", "to": [ALI], "subject": "Year 8 progress report now available",
       "fmt": "alt", "style": "outlook",
       "body": "Dear Mr Guardian,\n\nExample Pupil Three's Year 8 progress report is now available on the parent app under 'Reports'.\n\nIf you have any questions about the report, please contact his form tutor.\n\nKind regards\nKaren Holt\n\n" + sig("office")})
add("clean", "cover_request", "ordinary: cover request",
    **{"from": "dawson", "to": ["cover@" + DOM], "subject": "Cover - Friday P1-3",
       "body": "Hi,\n\nI'm on the Y9 trip to the Royal Armouries on Friday so I need cover for P1 (8H2), P2 (10H1) and P3 (11H3). Work is set on Teams for all three.\n\n11H3 have a practice question - answers on the desk in H4.\n\nThanks\nChris"})
add("clean", "lost_property", "ordinary: lost property note",
    **{"from": "boateng", "to": ["allstaff@" + DOM], "subject": "Lost property - PE",
       "body": "Hi all, the PE lost property box is overflowing again. Anything not collected by Friday goes to the uniform swap shop. Please remind your forms. Thanks, Marcus"})
add("clean", "uniform_query_reply", "ordinary: reply to parent on uniform and hijab",
    **{"from": "hughes", "to": [JANE], "subject": "Re: uniform question",
       "body": "Dear Ms Parent,\n\nYes, that's fine. Headscarves can be any plain dark colour (navy, black or grey), and there are school-logo ones at the uniform shop if preferred. For PE, a sports hijab is fine.\n\nKind regards\nRachel Hughes\nHead of Year 9\n\n> Hi, can my daughter wear a black hijab instead of navy? Thanks Jane"})
add("clean", "english_coursework_feedback", "ordinary: coursework feedback to pupil",
    **{"from": "kearney", "to": ["22ewojcik@" + PUP], "subject": "Coursework draft - feedback",
       "fmt": "alt", "style": "outlook",
       "body": "Hi Ewa,\n\nThanks for your NEA draft on Atwood and Plath. It's really promising. Your comparison is strongest in the middle section where you look at the narrative voice. Things to work on:\n\n1. Your introduction is too long; get to the argument faster.\n2. Use critics more - you mention one in passing.\n3. Check the MLA referencing.\n\nFinal deadline is 25 April.\n\nMs Kearney"})
add("clean", "risk_assessment_science", "ordinary: science practical risk assessment",
    **{"from": "qureshi", "to": ["tate"], "subject": "Y11 required practical - electrolysis",
       "body": "Owen,\n\nCan we set up the electrolysis practical for 11S1 on Tuesday P2 in S3? 15 sets please, copper sulfate solution 0.5 M, carbon electrodes, 6V packs.\n\nRisk assessment is on the drive. Goggles for everyone.\n\nThanks\nImran"})
add("clean", "teams_duty_rota_fwd", "ordinary: forwarded Teams message about duty rota",
    **{"from": "armitage", "to": ["hale", "pryce"], "subject": "FW: duty rota swap",
       "body": "Stu, Gareth,\n\nFine by me - just update the rota on SharePoint so the office knows.\n\nNeil\n\n---- Forwarded Teams message ----\nStuart Hale (13:05): Gareth has agreed to swap Wednesday bus duty with my Tuesday break duty. Is that OK?\n"})
add("clean", "access_arrangements", "ordinary: SENCo access arrangements",
    **{"from": "senco", "to": ["exams"], "cc": ["lister"], "subject": "Access arrangements - GCSE summer",
       "fmt": "alt", "style": "outlook",
       "body": "Hi Bev,\n\nUpdated access arrangements list for the summer GCSEs is on the shared drive. Changes:\n\n- Two new pupils with 25% extra time\n- One pupil with a reader\n- The Hearing Resource Base pupils: BSL interpreter for instructions only (not for questions, per JCQ), separate room, plus modified language papers for three pupils\n\nGemma will confirm the base details.\n\nRuth\n\n" + sig("senco")})
add("clean", "parents_evening_confirm", "ordinary: parents' evening appointment to parent",
    **{"from": "office", "to": [ALI], "subject": "Parents' evening appointments",
       "body": "Dear Mr Guardian,\n\nYour appointments for Thursday:\n\n5.00 - Mr Pryce (Maths)\n5.10 - Ms Kearney (English)\n5.25 - Mr Qureshi (Science)\n\nPlease sign in at reception.\n\nKaren Holt\nOffice Manager\nExample School, Park Row, Leeds LS1 4AP | 01632 960000"})
add("clean", "library_overdue", "ordinary: library overdue books to pupil",
    **{"from": "office", "to": ["24rbrzezinska@" + PUP], "subject": "Library - overdue book",
       "body": "Hi Roksana,\n\nThe library has a book on your account that is overdue: 'Wonder' by R.J. Palacio. Please return it this week.\n\nThanks\nSchool office"})
add("clean", "careers_fair_external", "ordinary: careers fair with external org",
    **{"from": "marsh", "to": ["events@example.com"], "subject": "Careers fair - stand booking",
       "fmt": "alt", "style": "outlook",
       "body": "Dear colleagues,\n\nThank you for agreeing to have a stand at our careers fair on Wednesday 2 April, 1.30pm - 4pm, in the sports hall. Setup from 12.45pm.\n\nWe have around 400 students from Years 10-13. Some are Deaf - there will be interpreters in the hall. Handouts in plain English are very welcome.\n\nDirections: Example School, Park Row, Leeds LS1 4AP. For any queries: 01632 960000.\n\nBest wishes\nSophie Marsh\n\n" + sig("marsh")})
add("clean", "fire_drill", "ordinary: fire drill notice",
    **{"from": "armitage", "to": ["allstaff@" + DOM], "subject": "Fire drill - base pupils",
       "body": "Reminder for the fire drill: base pupils won't hear the alarm. The visual alarms are in all rooms but please check the base pupils in your class leave with you. Registers at the assembly point on the field.\n\nNeil"})
add("clean", "caption_request", "ordinary: teacher of the deaf requests captions",
    **{"from": "lister", "to": ["dawson"], "subject": "Re: video for Year 8",
       "body": "Hi Chris,\n\nThanks for sending the video in advance. It's got burned-in captions but they're out of sync from about 3 minutes. Is there a transcript? Otherwise I can make one tomorrow for the two base pupils.\n\nGemma\n\nOn Tue, 18 Mar 2025 at 15:30, Chris Dawson wrote:\n> Gemma, the video for Y8 on the Industrial Revolution is on Teams. OK for the base pupils?"})
add("clean", "thanks_visiting_speaker", "ordinary: thanks to visiting speaker",
    **{"from": "sandhu", "to": ["outreach@example.org"], "subject": "Thank you",
       "body": "Dear Ms Adeyemi,\n\nThank you for speaking to our Year 10 students on Tuesday about online safety. The students found it useful and several stayed behind with questions.\n\nKind regards\nHarpreet Sandhu\nAssistant Headteacher (Pastoral)\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"})
add("clean", "wisniewska_polish_parent", "ordinary: MFL teacher to parent, non-ascii name, base64 body",
    **{"from": "wisniewska", "to": [JANE], "subject": "French speaking exam – date",
       "cte": "base64",
       "body": "Dear Ms Parent,\n\nThe GCSE French speaking exam for Example Pupil One will be on Tuesday 22 April at 10.15am. She will need to arrive 20 minutes early for preparation time.\n\nShe is well prepared – her role-play is excellent.\n\nBest wishes\nKatarzyna Wiśniewska\nTeacher of MFL\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"})


def main():
    flags = [m for m in M if m["label"] == "flag"]
    cleans = [m for m in M if m["label"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    order = list(M)
    random.Random(17).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        raw, sender, rcpts = build(i, m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        rows.append([name, m["label"], sender, rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
