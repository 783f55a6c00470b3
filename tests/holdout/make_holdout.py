#!/usr/bin/env python3
"""Generate the blind held-out corpora for mailguard.

    python3 tests/holdout/make_holdout.py

Writes tests/holdout/obscene-language/*.eml + labels.csv and
tests/holdout/personal-address-to-parent/*.eml + labels.csv.

Output is deterministic (fixed dates, Message-IDs, MIME boundaries, file order).
Written blind: without reading mailguard's detectors, rules or existing test corpus.
DO NOT use this set to tune the detectors -- see README.md.
"""

import base64
import csv
import datetime as dt
import hashlib
import os
import quopri
import random
import re
import sys
import textwrap
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP  # CRLF line endings

# --------------------------------------------------------------------------- people

D = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

STAFF = {
    "tsmith": ("Tom Smith", f"t.smith@{D}", "Teacher of English"),
    "ajones": ("Alison Jones", f"a.jones@{D}", "Head of Science"),
    "rpatel": ("Ravi Patel", f"r.patel@{D}", "Teacher of Mathematics"),
    "mokafor": ("Michael Okafor", f"m.okafor@{D}", "Head of PE"),
    "shughes": ("Sarah Hughes", f"s.hughes@{D}", "Deputy Headteacher / Designated Safeguarding Lead"),
    "lnowak": ("Lena Nowak", f"l.nowak@{D}", "Teacher of Geography"),
    "devans": ("Dafydd Evans", f"d.evans@{D}", "Head of History"),
    "kbrown": ("Kerry Brown", f"k.brown@{D}", "Head of Year 8"),
    "jwilson": ("James Wilson", f"j.wilson@{D}", "Teacher of Design & Technology"),
    "hahmed": ("Hina Ahmed", f"h.ahmed@{D}", "PSHE & RSE Lead"),
    "cmurphy": ("Ciaran Murphy", f"c.murphy@{D}", "Director of Music"),
    "ptaylor": ("Paula Taylor", f"p.taylor@{D}", "School Business Manager"),
    "ngreen": ("Nadia Green", f"n.green@{D}", "Head of Art & Educational Visits Coordinator"),
    "bcockburn": ("Beth Cockburn", f"b.cockburn@{D}", "School Librarian"),
    "hmarsh": ("Helen Marsh", f"h.marsh@{D}", "Headteacher"),
    "ghall": ("Gemma Hall", f"g.hall@{D}", "Receptionist"),
    "office": ("Example School Office", f"office@{D}", None),
    "exams": ("Exams Office", f"exams@{D}", None),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]

OMAR = ("Omar Khan", f"22okhan@{PD}")
LILY = ("Lily Morris", f"20lmorris@{PD}")
EVIE = ("Evie Baker", f"24ebaker@{PD}")
TYLER = ("Tyler Wright", f"20twright@{PD}")
AMIRA = ("Amira Hassan", f"23ahassan@{PD}")
JACK = ("Jack Doyle", f"22jdoyle@{PD}")


def st(k):
    """Staff member as (display name, address)."""
    return STAFF[k][0], STAFF[k][1]


def addr(p):
    return p[1]


def fmt(p):
    name, a = p
    return f"{name} <{a}>" if name else a


def sig(k, short=False):
    name, _, role = STAFF[k]
    if short:
        return f"{name}\n{role}\nExample School | 01632 960000"
    return (f"{name}\n{role}\nExample School\nSchool Lane, Leeds LS1 4AP\n"
            f"Tel: 01632 960000\nwww.example-school.org.uk")


def html_sig(k, extra=""):
    name, _, role = STAFF[k]
    return (f'<p style="font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#1f3864">'
            f"<b>{name}</b><br>{role}<br>Example School<br>School Lane, Leeds LS1 4AP<br>"
            f"Tel: 01632 960000{extra}<br>"
            f'<a href="https://www.example-school.org.uk">www.example-school.org.uk</a></p>')


def html_doc(body):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            f"{body}\n</body></html>\n")


# --------------------------------------------------------------------------- encoding helpers

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def rfc2047_b(s, chunk=30):
    parts = []
    for i in range(0, len(s), chunk):
        enc = base64.b64encode(s[i:i + chunk].encode("utf-8")).decode("ascii")
        parts.append(f"=?UTF-8?B?{enc}?=")
    return "\r\n ".join(parts)


MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla Thunderbird 128.3.1"),
    ("X-Mailer", "Apple Mail (2.3776.700.51)"),
    None,
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Roundcube Webmail/1.6.9"),
]


def wrap72(text):
    """Wrap long lines at 72 columns like Thunderbird/Apple Mail; never split digit groups."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line.startswith(">"):
            out.append(line)
            continue
        prot = re.sub(r"(?<=[\d)]) (?=[\d(])", "\x00", line)
        filled = textwrap.fill(prot, 72, break_long_words=False, break_on_hyphens=False)
        out.append(filled.replace("\x00", " "))
    return "\n".join(out)


def msg_date(i, override=None):
    if override:
        d = dt.datetime.strptime(override, "%Y-%m-%d %H:%M")
    else:
        d = dt.datetime(2026, 9, 7, 7, 50) + dt.timedelta(days=(i * 3) % 70,
                                                           minutes=(i * 97) % 560)
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
    bst = dt.datetime(2026, 3, 29, 1) <= d < dt.datetime(2026, 10, 25, 1)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return d.replace(tzinfo=tz).strftime("%a, %d %b %Y %H:%M:%S %z")


def build(case, idx, stem):
    """Build one message; return bytes."""
    m = EmailMessage(policy=POL)
    sender = case["from"]
    m["From"] = fmt(sender)
    m["To"] = ", ".join(fmt(p) for p in case["to"])
    if case.get("cc"):
        m["Cc"] = ", ".join(fmt(p) for p in case["cc"])
    if case.get("reply_to"):
        m["Reply-To"] = case["reply_to"]
    m["Subject"] = "__RAWSUBJECT__" if case.get("raw_subject") else case["subject"]
    m["Date"] = msg_date(idx, case.get("date"))
    h = hashlib.sha1(stem.encode()).hexdigest()
    m["Message-ID"] = f"<{h[:12]}.{h[12:20]}@{D}>"
    if case.get("in_reply_to"):
        m["In-Reply-To"] = case["in_reply_to"]
        m["References"] = case["in_reply_to"]
    mailer = MAILERS[idx % len(MAILERS)]
    if mailer:
        m[mailer[0]] = mailer[1]

    text, html = case.get("text"), case.get("html")
    outlook = bool(mailer) and "Outlook" in mailer[1]
    if text is not None and not outlook and not case.get("nowrap"):
        text = wrap72(text)
    if text is not None:
        m.set_content(text, subtype="plain", charset="utf-8", cte=case.get("text_cte"))
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=case.get("html_cte"))
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte=case.get("html_cte"))

    if case.get("raw_text_qp") is not None:
        # Hand-made quoted-printable payload (e.g. a soft line break inside a word).
        part = m if not m.is_multipart() else m.get_body(("plain",))
        part.set_payload(case["raw_text_qp"].replace("\n", "\r\n"))
        part.replace_header("Content-Transfer-Encoding", "quoted-printable")

    for att in case.get("attachments", []):
        fn, subtype, content = att[:3]
        cte = att[3] if len(att) > 3 else "base64"
        m.add_attachment(content, subtype=subtype, filename=fn, cte=cte)

    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_MG_{h[:10]}_{n}")

    data = m.as_bytes(policy=POL)
    if case.get("raw_subject"):
        data = data.replace(b"Subject: __RAWSUBJECT__", b"Subject: " + case["raw_subject"].encode("ascii"), 1)
    return data


def recipients(case):
    return " ".join(addr(p) for p in list(case["to"]) + list(case.get("cc", [])))


def write_corpus(name, prefix, flags, cleans, seed):
    out = os.path.join(HERE, name)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(out, f))
    items = [("flag", c) for c in flags] + [("clean", c) for c in cleans]
    random.Random(seed).shuffle(items)
    rows = []
    for i, (label, case) in enumerate(items, 1):
        stem = f"{prefix}-{i:03d}"
        data = build(case, i + seed % 7, stem)
        # sanity: must parse, and hand-made QP must decode as intended
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        body = parsed.get_body(("plain", "html"))
        assert body is not None, stem
        body.get_content()
        if case.get("raw_text_qp") is not None:
            want = quopri.decodestring(case["raw_text_qp"].encode()).decode("utf-8")
            assert body.get_content().replace("\r\n", "\n").strip() == want.strip(), stem
        with open(os.path.join(out, stem + ".eml"), "wb") as fh:
            fh.write(data)
        rows.append([stem + ".eml", label, addr(case["from"]), recipients(case), case["note"]])
    with open(os.path.join(out, "labels.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    return len(flags), len(cleans)


# =========================================================================== corpus 1
# obscene-language

OL_FLAG = []
OL_CLEAN = []


def ol_flag(**k):
    OL_FLAG.append(k)


def ol_clean(**k):
    OL_CLEAN.append(k)


# ---------------------------------------------------------------- obscene: flag

ol_flag(note="plain 'fucked', colleague",
        **{"from": st("tsmith"), "to": [st("ajones")], "subject": "photocopier AGAIN",
           "text": "Ali,\n\nThe photocopier in the English office is fucked again. Third time this week. "
                   "I've got 30 copies of the Macbeth extract to do before period 2 and it's just "
                   "flashing 'Call service'.\n\nCan you ask Paula to chase the engineer? I'll use the "
                   "one in the library for now.\n\nTom\n"})

ol_flag(note="'pain in the arse' in reply accidentally sent to the parent (meant for colleague); parent's quoted text polite",
        **{"from": st("kbrown"), "to": [JANE], "subject": "Re: Olivia - detention",
           "in_reply_to": "<CAF3x9q1@mail.gmail.com>",
           "text": "Sarah - she's emailed three times today about a ten minute detention. What a pain in "
                   "the arse. Can you pick this one up? I've had enough of her this week.\n\nK\n\n"
                   "On Tue, 6 Oct 2026 at 14:12, Jane Parent <jane.parent@gmail.com> wrote:\n"
                   "> Dear Ms Brown,\n>\n> I would like to know why Olivia was given a detention today "
                   "when she says\n> she handed her homework in on time. Please could someone call me.\n>\n"
                   "> Kind regards\n> Jane Parent\n"})

ol_flag(note="'shit' to a pupil",
        **{"from": st("rpatel"), "to": [OMAR], "subject": "Homework 4 - quadratics",
           "text": "Omar,\n\nI've just marked your homework and honestly it's shit. Half the questions are "
                   "blank and the rest have been copied straight from the answers in the back of the "
                   "textbook - including the two that have misprints.\n\nRedo it properly and hand it in "
                   "on Thursday, period 3.\n\nMr Patel\n"})

ol_flag(note="'bellend', colleagues",
        **{"from": st("devans"), "to": [st("mokafor")], "cc": [st("jwilson")],
           "subject": "minibus bay",
           "text": "Who's the bellend who's parked across the minibus bay again? Silver Astra. "
                   "I can't get the bus out for the U14 fixture at 3.\n\nDaf\n"})

ol_flag(note="'twats' about pupils, colleague",
        **{"from": st("lnowak"), "to": [st("devans")], "subject": "Malham debrief",
           "text": "Hi Daf,\n\nQuick one before the debrief tomorrow. Most of 10N were great but the back "
                   "row of the coach were absolute twats all the way home - singing, throwing crisps, "
                   "and one of them mooned a lorry on the A65. I've got names. Can we put them on "
                   "the report for Head of Year?\n\nThanks\nLena\n"})

ol_flag(note="disability slur 'retard', colleague",
        **{"from": st("cmurphy"), "to": [st("ajones")], "subject": "cover timetable",
           "text": "Whoever put the new cover timetable together is a retard. I've been given 9Y in the "
                   "main hall for period 4 and the hall is booked for the Y11 mocks all week.\n\nCan you "
                   "sort it before tomorrow or do I need to go to Sarah?\n\nC\n"})

ol_flag(note="homophobic slur 'poofs', external friend (gmail)",
        **{"from": st("mokafor"), "to": [("Dave Mason", "dave.r.mason@gmail.com")],
           "subject": "Sunday",
           "text": "Dave\n\nStill up for Sunday? The Horsforth lot last week were a bunch of poofs, rolling "
                   "round on the floor every time someone breathed on them. Ref gave them everything.\n\n"
                   "KO 10.30 at the Rec, bring the nets if you've still got them.\n\nMike\n"})

ol_flag(note="racial slur 'Paki shop', colleague",
        **{"from": st("ptaylor"), "to": [st("ghall")], "subject": "milk",
           "text": "Gemma, could you nip to the Paki shop on the corner at break and get 4 pints of "
                   "semi-skimmed? The order hasn't come again. Petty cash is in the usual drawer.\n\n"
                   "Thanks, P\n"})

ol_flag(note="ethnic slur 'pikeys' (Gypsy/Traveller), colleague",
        **{"from": st("jwilson"), "to": [st("ptaylor")], "subject": "fence panels",
           "text": "Paula,\n\nThe pikeys from the site behind the field have had another two fence panels "
                   "away overnight. That's six this term. Can we get the CCTV from the back gate "
                   "camera and ring the police again?\n\nJames\n"})

ol_flag(note="gendered slur 'bitch', colleague",
        **{"from": st("tsmith"), "to": [st("kbrown")], "subject": "supply teacher in 8Y3",
           "text": "Kerry,\n\nThe supply from Teachwise was a stroppy bitch with 8Y3 this afternoon - two "
                   "of the girls came to find me in tears at 3.15. Please can we not book her again?\n\n"
                   "I'll write it up properly for you tomorrow.\n\nTom\n"})

ol_flag(note="ageist insults 'senile old git' / 'coffin dodger', colleague",
        **{"from": st("devans"), "to": [st("ajones")], "subject": "curriculum committee",
           "text": "Alison,\n\nYou missed a treat. The chair of the curriculum committee is a senile old git - "
                   "fell asleep twice and then asked why we still teach 'the Empire' like it was a good "
                   "thing. Honestly, time the coffin dodger stepped down and let someone under 80 have "
                   "a go.\n\nMinutes to follow (the polite version).\n\nDaf\n"})

ol_flag(note="religious/racial slur 'raghead', colleague",
        **{"from": st("jwilson"), "to": [st("mokafor")], "subject": "reception earlier",
           "text": "Did you see the dad kicking off in reception at lunch? Some raghead shouting about "
                   "his lad's DT mark. Gemma had to get Sarah. Glad I was in the workshop.\n\nJ\n"})

ol_flag(note="leetspeak 'sh1t' to a sixth-form pupil",
        **{"from": st("tsmith"), "to": [LILY], "subject": "Unseen poetry mock",
           "text": "Lily - holy sh1t, 38/40 on the unseen poetry! Best mark in the year by a mile. "
                   "Your comparison paragraph on the Heaney was exactly what the examiners want.\n\n"
                   "Well done. Keep this up.\n\nMr Smith\n"})

ol_flag(note="masked 'f*ck' to a parent",
        **{"from": st("kbrown"), "to": [SAM], "subject": "Re: blazer in the heat",
           "text": "Hi Sam,\n\nHonestly, I don't give a f*ck whether he wears the blazer when it's 30 degrees - "
                   "just send him in with his shirt and tie and I'll tell his form tutor.\n\nKerry\n"})

ol_flag(note="masks 'b*llocks' + leet '@rse', colleague",
        **{"from": st("ajones"), "to": [st("rpatel")], "subject": "marking policy",
           "text": "Ravi,\n\nThe new marking policy is b*llocks. Three colours of pen, a 'next step' on "
                   "every page and a sticker for each piece? For 240 books a fortnight?\n\nAnd Daf's being "
                   "a right @rse about it in the middle leaders' meeting - apparently History 'manage "
                   "fine'.\n\nPub Friday?\nA\n"})

ol_flag(note="separators 'f.u.c.k.i.n.g', colleague",
        **{"from": st("kbrown"), "to": [st("tsmith")], "subject": "Y8 trip cancelled",
           "text": "The Y8 Xscape trip has been cancelled AGAIN because the coach firm double booked us. "
                   "Letters went out Monday. This is f.u.c.k.i.n.g ridiculous.\n\nI'll ring round the other "
                   "firms at lunch.\n"})

ol_flag(note="spaced 's h i t', external IT support",
        **{"nowrap": True, "from": st("rpatel"), "to": [("Northern Schools IT Helpdesk", "helpdesk@northernschoolsit.co.uk")],
           "subject": "Ticket #44817 - C block wifi",
           "text": "Hi,\n\nFollowing up ticket #44817. The wifi in C block is s h i t again - third ticket "
                   "this month. 30 laptops and none of them can get on Sparx.\n\nRooms C4, C5 and C7. "
                   "Please can someone actually come out this time rather than 'resetting the AP "
                   "remotely'.\n\nRavi Patel\nMaths, Example School\n"})

ol_flag(note="repeated letters 'Fuuuuuck', colleagues",
        **{"from": st("ngreen"), "to": [st("ajones")], "cc": [st("ptaylor")],
           "subject": "portfolios",
           "text": "Fuuuuuck. I've left the Y11 coursework portfolios on the coach. Dalesway say the "
                   "driver's gone back to the depot in Pudsey. Can someone with a car cover my P5?\n\nN\n"})

ol_flag(note="Cyrillic homoglyphs in 'bollocks' (о) and 'wanker' (а), base64 body, colleague",
        **{"from": st("ajones"), "to": [st("mokafor")], "subject": "that meeting",
           "text_cte": "base64",
           "text": "Mike,\n\nThat Ofsted prep session was b\u043ell\u043ecks from start to finish. Two hours of "
                   "'deep dive readiness' from a consultant who hasn't taught since 2009, and he's a "
                   "total w\u0430nker about it too.\n\nSee you at the gate.\nAlison\n"})

ol_flag(note="full-width letters 'ｆｕｃｋｉｎｇ' to a pupil",
        **{"from": st("rpatel"), "to": [TYLER], "subject": "Mock papers",
           "text": "Tyler,\n\nThe printer in the library is " + fullwidth("fucking") + " useless, it's eaten "
                   "half your mock papers. I'll bring printed copies in tomorrow morning - come and "
                   "get them from M3 before registration.\n\nMr Patel\n"})

ol_flag(note="zero-width space inside 'sh\u200bit', to a parent",
        **{"from": st("kbrown"), "to": [SAM], "subject": "Re: Noah - playground incident",
           "text": "Dear Sam,\n\nThanks for letting me know. I've spoken to the boy who pushed Noah - "
                   "frankly he's a little sh\u200bit and he'll be in isolation tomorrow. Noah did "
                   "absolutely the right thing telling a member of staff.\n\nKerry Brown\nHead of Year 8\n"})

ol_flag(note="HTML-only, word split by tags 'f<b>u</b>ck', colleagues",
        **{"from": st("cmurphy"), "to": [st("tsmith"), st("devans")], "subject": "timpani",
           "html": html_doc("<p>Who the f<b>u</b>ck moved the timpani out of the music store?</p>"
                            "<p>I need them for the carol concert rehearsal at 3.30 and they're "
                            "<i>not</i> where they live.</p><p>C</p>")})

ol_flag(note="HTML-only, entity 'w&#97;nker' and comment-split 'sh<!---->ite', colleague",
        **{"from": st("tsmith"), "to": [st("ajones")], "subject": "new head of MFL",
           "html": html_doc("<div>Met the new head of MFL at the briefing. Total w&#97;nker. Told me "
                            "English 'doesn't really do data'.</div><div><br></div>"
                            "<div>Also the coffee machine is sh<!-- -->ite again.</div><div>T</div>")})

ol_flag(note="hand-made quoted-printable with soft line break inside 'bol=/locks', to a parent",
        **{"from": st("tsmith"), "to": [ALI], "subject": "Re: homework platform",
           "text": "placeholder\n",
           "raw_text_qp": "Dear Mr Guardian,\n\nThanks for your email. Between you and me, I completely agr=\n"
                          "ee =E2=80=93 the new homework platform is total bol=\nlocks and half the dep=\n"
                          "artment think the same. I'll make sure Zain gets a paper copy of the tasks f=\n"
                          "rom now on.\n\nBest wishes\nTom Smith\n"})

ol_flag(note="RFC 2047 base64-encoded subject containing 'bollocks'; body clean; colleagues",
        **{"from": st("rpatel"), "to": [st("ajones"), st("hmarsh")],
           "subject": "x",
           "raw_subject": rfc2047_b("Re: Y9 mock results \u2013 what a load of bollocks"),
           "text": "Agreed. I'll bring the papers and the grade boundaries to the department meeting "
                   "on Wednesday and we can look at the worst questions together.\n\nRavi\n"})

ol_flag(note="RFC 2047 Q-encoded subject 'f=75cking'; body clean; colleague",
        **{"from": st("devans"), "to": [st("tsmith")], "subject": "x",
           "raw_subject": "=?UTF-8?Q?Cover_again_=E2=80=93_f=75cking_typical?=",
           "text": "Third one this week. 7H in H2 period 5, work is on the desk.\n\nSee you at lunch.\nD\n"})

ol_flag(note=".txt attachment containing 'fucked'; body clean; colleague",
        **{"from": st("ptaylor"), "to": [st("hmarsh")], "subject": "budget notes",
           "text": "Helen,\n\nMy notes from this morning's budget meeting are attached. The main points are "
                   "the roof and the supply line.\n\nPaula\n",
           "attachments": [("budget_notes_14oct.txt", "plain",
                            "Budget meeting 14 Oct\n"
                            "- Supply budget: 92% spent by half term\n"
                            "- Roof (B block): quote came back at 48k. We're fucked unless the LA pays up.\n"
                            "- Catering contract: renewal April\n"
                            "- Minibus MOT due Jan\n")]})

ol_flag(note=".csv attachment with 'lazy little shit' and 'knobhead' in notes column; colleague",
        **{"from": st("kbrown"), "to": [st("tsmith")], "subject": "8Y3 seating plan for your cover",
           "text": "Tom,\n\nSeating plan and notes for 8Y3 attached for your cover tomorrow P2.\n\nThanks!\nKerry\n",
           "attachments": [("8Y3_seating.csv", "csv",
                            "name,seat,notes\n"
                            "Jayden M,A3,lazy little shit - keep him away from Kai\n"
                            "Kai R,D1,knobhead - front row or he performs\n"
                            "Maisie T,B2,lovely - will help hand out books\n"
                            "Reuben S,C4,EAL - glossary in his planner\n"
                            "Ava P,A1,\n", "quoted-printable")]})

ol_flag(note="'cunt', HTML base64 body, external friend",
        **{"from": st("mokafor"), "to": [("Dave Mason", "dave.r.mason@gmail.com")],
           "subject": "Re: did you see it",
           "html_cte": "base64",
           "html": html_doc("<p>Saw it. The ref was a total cunt. Never a pen in a million years.</p>"
                            "<p>Still on for the quiz Thursday?</p><p>Mike</p>")})

ol_flag(note="'being a prick' about the son, to a parent",
        **{"from": st("devans"), "to": [ALI], "subject": "Re: Zain moved seats",
           "text": "Mr Guardian,\n\nI appreciate you're upset, but Zain was being a prick in the lesson - "
                   "talking over me and filming another pupil - and I'm not going to apologise for moving "
                   "him.\n\nHe can move back when he shows he can work sensibly.\n\nMr Evans\n"})

# ---------------------------------------------------------------- obscene: clean

ol_clean(note="Scunthorpe (place), RFC 2047 subject, to parents",
         **{"from": st("lnowak"), "to": [JANE, SAM, ALI], "subject": "x",
            "raw_subject": rfc2047_b("Year 9 Geography visit to Scunthorpe \u2013 letter home"),
            "date": "2026-02-02 09:15",
            "text": "Dear Parent/Carer,\n\nAs part of our Year 9 unit on industrial change, we are taking "
                    "the year group to Scunthorpe on Thursday 12 March 2026 to visit the steelworks "
                    "heritage centre and to look at how the town has changed since the 1970s.\n\n"
                    "The cost of the visit is \u00a312.50, payable through ParentPay by Friday 27 February. "
                    "Pupils will leave school at 8.45am and return by 3.15pm. They will need a packed "
                    "lunch, a waterproof coat and sensible shoes.\n\nIf you have any questions, please "
                    "contact the school office on 01632 960000.\n\nYours faithfully\n\n" + sig("lnowak")})

ol_clean(note="Penistone (place/school name), to pupils",
         **{"from": st("mokafor"), "to": [OMAR, JACK, EVIE], "subject": "Cross country - Penistone",
            "text": "Hi all,\n\nWell done at the league on Saturday. Next fixture is the Yorkshire Schools "
                    "race at Penistone Grammar School on the 21st. The Penistone course is hilly, so "
                    "spikes if you have them.\n\nMinibus leaves 8.15 from the sports hall. Bring water and "
                    "a spare top.\n\nMr Okafor\n"})

ol_clean(note="Sussex / Essex / Middlesex (cricket, university), HTML multipart to parents",
         **{"from": st("mokafor"), "to": [JANE, ALI], "subject": "Cricket club newsletter - summer term",
            "text": "CRICKET CLUB NEWSLETTER\n\nWhat a season! Our U15s reached the regional final and lost "
                    "narrowly to a touring side from Essex.\n\nCongratulations to former pupil Hannah R, who "
                    "has signed a development contract with Sussex, and to Dev M, who spent half term on "
                    "a Middlesex CCC academy camp at Lord's.\n\nNets restart in April. See the website for "
                    "dates.\n\nMr Okafor\n",
            "html": html_doc("<h2>Cricket Club Newsletter</h2><p>What a season! Our U15s reached the regional "
                             "final and lost narrowly to a touring side from <b>Essex</b>.</p><p>Congratulations "
                             "to former pupil Hannah R, who has signed a development contract with <b>Sus</b>sex, "
                             "and to Dev M, who spent half term on a <b>Middlesex CCC</b> academy camp at "
                             "Lord's.</p><p>Nets restart in April. See the website for dates.</p>"
                             + html_sig("mokafor"))})

ol_clean(note="Cockburnspath / Siccar Point geology field trip, to parent",
         **{"from": st("lnowak"), "to": [ALI], "subject": "A-level Geography fieldwork - Siccar Point",
            "text": "Dear Mr Guardian,\n\nThe Year 12 Geography group will visit Siccar Point, near "
                    "Cockburnspath in the Scottish Borders, on our residential in May. It is the site of "
                    "Hutton's Unconformity and one of the most important places in the history of "
                    "geology.\n\nWe will stay two nights at a youth hostel in Coldingham. Full kit list "
                    "and consent form to follow.\n\nKind regards\n\n" + sig("lnowak", short=True)})

ol_clean(note="Shitterton (real Dorset village) in A-level English Language place-names task, to pupils [borderline: included deliberately]",
         **{"from": st("tsmith"), "to": [LILY, AMIRA], "subject": "Y13 Lang - place names homework",
            "text": "Hi both,\n\nFor Thursday: choose three English place names and research their "
                    "etymology using the Key to English Place-Names site. Good ones to start with are "
                    "Shitterton in Dorset (Old English 'scite' + 'tun' - the village on the stream used "
                    "as an open sewer!), Wetwang in East Yorkshire and Great Snoring in Norfolk.\n\n"
                    "Half a page each, with the sources you used.\n\nMr Smith\n"})

ol_clean(note="Clitheroe Castle trip, HTML only, to parent",
         **{"from": st("devans"), "to": [JANE], "subject": "Year 7 History trip - Clitheroe Castle",
            "html": html_doc("<p>Dear Mrs Parent,</p><p>Thank you for returning Olivia's consent form for the "
                             "Year 7 visit to <b>Clitheroe Castle</b> and museum on Tuesday 19 May. We will be "
                             "looking at the Norman keep as part of our unit on castles and the Conquest.</p>"
                             "<p>Pupils should arrive at 8.30am and will be back by 3.30pm.</p>"
                             "<p>Kind regards</p>" + html_sig("devans"))})

ol_clean(note="Bitchfield (Lincolnshire village) in history coursework, to pupil",
         **{"from": st("devans"), "to": [TYLER], "subject": "NEA - deserted medieval villages",
            "text": "Tyler,\n\nFor your NEA on deserted and shrunken medieval villages, have a look at the "
                    "Lincolnshire examples - Bitchfield, Burton Coggles and Ingoldsby all have good earthwork "
                    "surveys on the Historic England archive. The Beresford and Hurst book is in the "
                    "library.\n\nDraft of your historiography section by half term please.\n\nMr Evans\n"})

ol_clean(note="Dickens (author); 'Great Expectations', 'Pip', 'Miss Havisham', to pupils",
         **{"from": st("tsmith"), "to": [OMAR, JACK, EVIE, AMIRA], "subject": "10E2 - A Christmas Carol",
            "text": "Hi 10E2,\n\nReminder that we start A Christmas Carol on Monday. Please bring your copy of "
                    "the text. For homework, read Stave One and make notes on how Dickens presents "
                    "Scrooge's attitude to the poor. If you want extra reading, Great Expectations is in "
                    "the library too.\n\nMr Smith\n"})

ol_clean(note="surnames Cockburn, Butts, Hancock in a cover-rota CSV attachment, colleagues",
         **{"from": st("ptaylor"), "to": [st("shughes"), st("bcockburn")], "subject": "Cover rota w/c 16 Nov",
            "text": "Hi both,\n\nCover rota for next week attached. Mr Butts is covering most of Mr "
                    "Hancock's classes; Mrs Cockburn has the library lessons as usual.\n\nPaula\n",
            "attachments": [("cover_rota_16nov.csv", "csv",
                             "day,period,class,room,absent,cover\n"
                             "Mon,1,9X2,S4,Mr Hancock,Mr Butts\n"
                             "Mon,3,7Y1,LIB,Mr Hancock,Mrs Cockburn\n"
                             "Tue,2,10E4,E3,Ms Dickens,Mr Butts\n"
                             "Wed,5,8H3,H2,Mr Hancock,Mr Butts\n", "quoted-printable")]})

ol_clean(note="Herbie Hancock (jazz), to pupils",
         **{"from": st("cmurphy"), "to": [AMIRA, JACK], "subject": "GCSE Music - jazz listening",
            "text": "Hi both,\n\nListening for next week: Herbie Hancock, 'Cantaloupe Island' (1964). Focus on "
                    "the modal harmony and the piano comping behind the trumpet solo. Try the first two "
                    "practice questions on the sheet.\n\nMr Murphy\n"})

ol_clean(note="analysis / assessment / classic / cumulative frequency / therapist, to parents",
         **{"from": st("kbrown"), "to": [JANE, SAM], "subject": "Year 11 mock assessment week",
            "text": "Dear Parent/Carer,\n\nYear 11 mock assessment week begins on Monday 30 November. After the "
                    "mocks, each department will carry out a question-level analysis so that pupils know "
                    "exactly what to revise. In Maths, pupils have asked for more practice on cumulative "
                    "frequency and histograms; in English, the focus is on the classic novels.\n\nPupils "
                    "who see the speech and language therapist will have their usual access "
                    "arrangements.\n\nKind regards\n\n" + sig("kbrown")})

ol_clean(note="DT equipment list with 'cocktail sticks', to parents",
         **{"from": st("jwilson"), "to": [ALI, SAM], "subject": "Year 8 DT - equipment for bridge project",
            "text": "Dear Parent/Carer,\n\nIn DT this half term, Year 8 will design and build model bridges. "
                    "We provide most materials, but it would help if pupils could bring:\n\n"
                    "  - a pack of cocktail sticks (around 100)\n  - a small bottle of PVA glue\n"
                    "  - a ruler and sharp pencil\n\nThe bridges will be load-tested in the last lesson "
                    "before Christmas. Parents are welcome to come and watch!\n\n" + sig("jwilson")})

ol_clean(note="Titan, Uranus, titration, arsenic, grapes - science, multipart, to pupils",
         **{"from": st("ajones"), "to": [OMAR, EVIE, TYLER], "subject": "Science this week",
            "text": "Hi all,\n\nY9: space topic homework - compare Titan (Saturn's largest moon) with "
                    "Uranus. Which would be harder to land on, and why?\n\nY11 chemistry: titration "
                    "practical on Wednesday, goggles on at all times.\n\nY10 biology: osmosis practical with "
                    "grapes and potato cylinders on Friday.\n\nIf you finish early, the Marsh test for "
                    "arsenic is a brilliant bit of forensic history to read about.\n\nMrs Jones\n",
            "html": html_doc("<p>Hi all,</p><ul><li><b>Y9:</b> space topic homework - compare <i>Titan</i> "
                             "(Saturn's largest moon) with <i>Uranus</i>. Which would be harder to land on, "
                             "and why?</li><li><b>Y11 chemistry:</b> titration practical on Wednesday, goggles "
                             "on at all times.</li><li><b>Y10 biology:</b> osmosis practical with grapes and "
                             "potato cylinders on Friday.</li></ul><p>If you finish early, the Marsh test for "
                             "arsenic is a brilliant bit of forensic history to read about.</p><p>Mrs Jones</p>")})

ol_clean(note="Yorkshire Air Museum trip, 'cockpit', HTML, to parents",
         **{"from": st("ngreen"), "to": [JANE, ALI], "subject": "Year 8 visit - Yorkshire Air Museum",
            "html": html_doc("<p>Dear Parent/Carer,</p><p>Year 8 will visit the Yorkshire Air Museum at "
                             "Elvington on <b>Friday 6 March</b>. Pupils will be able to sit in the cockpit "
                             "of a Nimrod and see the restored Halifax bomber, which links to their WW2 "
                             "topic in History.</p><p>Cost: &pound;14.00 via ParentPay.</p><p>Yours "
                             "faithfully</p>" + html_sig("ngreen"))})

ol_clean(note="badminton 'shuttlecocks', to pupils",
         **{"from": st("mokafor"), "to": [EVIE, AMIRA], "subject": "Badminton club",
            "text": "Hi both,\n\nBadminton club is back on Tuesdays after school in the sports hall. We've "
                    "finally got new feather shuttlecocks for the team sessions, so please use the plastic "
                    "ones for warm-ups.\n\nMr Okafor\n"})

ol_clean(note="library newsletter: Moby-Dick, Emily Dickinson, Philip K. Dick - HTML base64, to parents and pupils",
         **{"from": st("bcockburn"), "to": [SAM, LILY], "subject": "Library news - November",
            "html_cte": "base64",
            "html": html_doc("<h3>Library news</h3><p>This month's sixth-form book club is reading "
                             "<i>Moby-Dick</i> (yes, all of it). For poetry lovers, we have a new edition of "
                             "Emily Dickinson's complete poems, and the sci-fi shelf now has Philip K. Dick's "
                             "<i>Do Androids Dream of Electric Sheep?</i></p><p>Mrs Cockburn, School "
                             "Librarian</p>")})

ol_clean(note="RSE letter: penis, vagina, vulva, puberty, consent; .txt attachment with anatomy vocabulary; to parents",
         **{"from": st("hahmed"), "to": [JANE, SAM, ALI], "subject": "Relationships and Sex Education - Year 8",
            "text": "Dear Parent/Carer,\n\nNext half term Year 8 will begin the Relationships and Sex Education "
                    "unit of their PSHE course. Lessons cover puberty, the correct names for body parts "
                    "(including penis, vagina and vulva), menstruation, consent, healthy relationships and "
                    "staying safe online. The sex education element follows the statutory guidance.\n\n"
                    "The programme outline is attached. You are welcome to view the resources; please "
                    "contact me through the school office if you would like to discuss the right to "
                    "withdraw from sex education.\n\nKind regards\n\n" + sig("hahmed"),
            "attachments": [("Y8_RSE_outline.txt", "plain",
                             "Year 8 RSE outline\n1. Puberty - physical and emotional changes\n"
                             "2. Reproductive anatomy: penis, testicles, vulva, vagina, uterus, ovaries\n"
                             "3. Periods and period products\n4. Consent and the law\n"
                             "5. Healthy and unhealthy relationships\n6. Online safety and nude images\n", "7bit")]})

ol_clean(note="RSE drop-in for pupils: puberty, erections, wet dreams, masturbation, sexting",
         **{"from": st("hahmed"), "to": [OMAR, JACK, TYLER], "subject": "PSHE drop-in - your questions",
            "text": "Hi,\n\nAfter Tuesday's RSE lesson a few of you asked questions we didn't have time for, "
                    "about things like erections, wet dreams, masturbation and whether sexting is illegal "
                    "under 18. These are really normal questions. The anonymous question box is outside "
                    "P1, and I'll answer them all in next week's lesson. The school nurse drop-in is "
                    "Thursday lunchtime.\n\nMs Ahmed\n"})

ol_clean(note="safeguarding report to DSL quoting pupil's masked 'f*** off'; staff only, reported speech",
         **{"from": st("tsmith"), "to": [st("shughes")], "cc": [st("kbrown")],
            "subject": "Concern - 8Y3 pupil, period 4",
            "text": "Sarah,\n\nLogging this on CPOMS as well. In period 4 today, when the TA asked J (8Y3) to "
                    "put his phone away, he said \"f*** off, you're not my mum\" and then put his head on the "
                    "desk and cried. When I spoke to him after the lesson he said things are 'bad at home' "
                    "and he hasn't slept. He wouldn't say more.\n\nI haven't contacted home. Can we talk "
                    "before the end of the day?\n\nTom\n"})

ol_clean(note="safeguarding report to DSL quoting verbatim 'fuck off' and 'slag' said by pupils; staff only, reported speech [unsure]",
         **{"from": st("lnowak"), "to": [st("shughes")], "subject": "Peer-on-peer concern - 10N",
            "text": "Sarah,\n\nRecording exactly what was said, as per the training. At the end of period 2 "
                    "today, two boys in 10N were showing a photo on a phone to others. When A (10N) asked "
                    "them to delete it, one of them called her \"a slag\" and the other told her to \"fuck "
                    "off and stop crying\". A told me the photo was of her and was taken without her "
                    "knowledge in PE.\n\nI have taken the phone and it is locked in my drawer, unopened. "
                    "A is with Ms Brown. Names are on CPOMS.\n\nLena\n"})

ol_clean(note="polite reply; parent's swearing only in '>' quoted lines",
         **{"from": st("kbrown"), "to": [SAM], "subject": "Re: Noah's report",
            "text": "Dear Sam,\n\nThank you for your email. I'm sorry you're frustrated about the grades in "
                    "Noah's report. I have asked his tutor to check the English and Science grades with "
                    "the departments, and I will call you on Thursday afternoon to go through them.\n\n"
                    "Kind regards\nKerry Brown\nHead of Year 8\n\n"
                    "> This is fucking ridiculous. Noah has worked his arse off all term and\n"
                    "> you've given him a 3 in English. Sort it out.\n"
                    "> Sam\n"})

ol_clean(note="polite reply; parent's 'bollocks' only in 'On ... wrote:' block (text > lines + HTML blockquote)",
         **{"from": st("rpatel"), "to": [ALI], "subject": "Re: maths set change",
            "text": "Dear Mr Guardian,\n\nThank you for getting in touch. Set changes are based on the last "
                    "two assessments, but I understand why Zain is disappointed. He is very close to the "
                    "boundary and I will review it again after the December assessment.\n\nBest wishes\n"
                    "Ravi Patel\n\nOn Mon, 12 Oct 2026 at 19:03, Ali Guardian <ali.guardian@btinternet.com> wrote:\n"
                    "> Moving him down a set because of one bad test is absolute bollocks.\n"
                    "> He's been in set 1 since Year 7.\n",
            "html": html_doc("<div dir=\"ltr\"><p>Dear Mr Guardian,</p><p>Thank you for getting in touch. Set "
                             "changes are based on the last two assessments, but I understand why Zain is "
                             "disappointed. He is very close to the boundary and I will review it again after "
                             "the December assessment.</p><p>Best wishes<br>Ravi Patel</p></div>"
                             "<div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, 12 Oct 2026 at 19:03, "
                             "Ali Guardian &lt;ali.guardian@btinternet.com&gt; wrote:<br></div>"
                             "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px "
                             "solid #ccc;padding-left:1ex\">Moving him down a set because of one bad test is "
                             "absolute bollocks.<br>He's been in set 1 since Year 7.</blockquote></div>")})

ol_clean(note="polite reply; parent's swearing only in Outlook 'From:/Sent:/To:/Subject:' quoted block (no > prefixes)",
         **{"from": st("hmarsh"), "to": [JANE], "subject": "RE: Complaint",
            "text": "Dear Mrs Parent,\n\nThank you for your email. I am sorry to hear about Olivia's "
                    "experience on the bus. I have asked Mr Evans to investigate and I would like to meet "
                    "you in person. Could you come in on Monday at 3.30pm?\n\nYours sincerely\n\n"
                    "Helen Marsh\nHeadteacher\n\n"
                    "________________________________\n"
                    "From: Jane Parent <jane.parent@gmail.com>\n"
                    "Sent: 14 October 2026 21:47\n"
                    "To: Office <office@example-school.org.uk>\n"
                    "Subject: Complaint\n\n"
                    "What a shit school. Nobody did anything when those useless twats on the bus\n"
                    "were throwing things at my daughter. I want a meeting with the head.\n"})

ol_clean(note="wartime food day menu: 'spotted dick', 'faggots' (traditional dishes) [unsure: 'faggots' is also a slur]",
         **{"from": st("office"), "to": [JANE, SAM, ALI], "subject": "Year 6 Wartime Food Day - menu",
            "text": "Dear Parent/Carer,\n\nAs part of the Home Front topic, the kitchen is serving a 1940s "
                    "rationing menu on Friday:\n\n  Main: faggots, mashed potato and mushy peas\n"
                    "  (vegetarian: lentil and potato pie)\n  Pudding: spotted dick and custard\n\n"
                    "Children are welcome to come dressed as evacuees. Usual dinner prices apply.\n\n"
                    "Example School Office\n01632 960000\n"})

ol_clean(note="panto 'Dick Whittington', 'Cockney', to parents",
         **{"from": st("cmurphy"), "to": [ALI, JANE], "subject": "Christmas panto - Dick Whittington",
            "text": "Dear Parent/Carer,\n\nThis year's panto is Dick Whittington! Rehearsals are Monday and "
                    "Wednesday after school until 4.30pm. Zain and Olivia have both got parts - Zain is "
                    "playing King Rat and Olivia is the Cockney narrator.\n\nPerformances are 9 and 10 "
                    "December at 6pm. Tickets \u00a35 from the office.\n\nCiaran Murphy\nDirector of Music\n"})

ol_clean(note="birdwatch: blue tits, great tits, shags, woodcock, cocker spaniel; to pupils",
         **{"from": st("lnowak"), "to": [EVIE, AMIRA, OMAR], "subject": "Eco club - Big Schools' Birdwatch",
            "text": "Hi eco club!\n\nGreat count on Friday: 7 blue tits, 4 great tits, 2 coal tits, a robin "
                    "and the woodcock by the pond. On the Flamborough trip we also saw cormorants and "
                    "shags on the cliffs - see if you can remember the difference for the quiz.\n\nAnd a "
                    "reminder that Mrs Cockburn's cocker spaniel, Biscuit, is visiting the library on "
                    "Wednesday for reading club.\n\nMiss Nowak\n"})

ol_clean(note="Macbeth quotations 'Out, damned spot!' / 'Hell is murky' / 'assassination', to pupils",
         **{"from": st("tsmith"), "to": [LILY, TYLER], "subject": "Macbeth - Act 5 quotations",
            "text": "Hi both,\n\nFor the essay, learn these Act 5 quotations:\n\n  \"Out, damned spot! out, I "
                    "say!\"\n  \"Hell is murky.\"\n  \"What's done cannot be undone.\"\n\nAnd from Act 1: \"If "
                    "th' assassination / Could trammel up the consequence\". Think about guilt and how "
                    "Lady Macbeth's language breaks down.\n\nMr Smith\n"})

ol_clean(note="art: Pissarro, Cézanne, still life with grapes; base64 body, to pupils",
         **{"from": st("ngreen"), "to": [AMIRA, EVIE], "subject": "GCSE Art - artist research",
            "text_cte": "base64",
            "text": "Hi both,\n\nFor your next artist page, compare Camille Pissarro's street scenes with "
                    "C\u00e9zanne's still life paintings - the apples and grapes in particular. Use at least "
                    "one annotated copy and two of your own observational drawings.\n\nMiss Green\n"})

ol_clean(note="LGBT+ History Month / anti-bullying letter: gay, lesbian, trans, Jewish, Muslim, disabled (identity terms, no slurs)",
         **{"from": st("hahmed"), "to": [SAM, ALI], "subject": "Anti-Bullying Week and inclusion",
            "text": "Dear Parent/Carer,\n\nDuring Anti-Bullying Week our assemblies will look at how "
                    "language can hurt. Pupils will hear from a gay former pupil, a Jewish community "
                    "speaker and a disabled athlete, and Year 10 will discuss prejudice faced by Muslim "
                    "and trans young people. In February we will celebrate LGBT+ History Month, including "
                    "the stories of lesbian and bisexual scientists.\n\nPlease talk to your child about "
                    "what they have learned.\n\n" + sig("hahmed")})

ol_clean(note="A-level History term 'bastard feudalism' [unsure: technical term, but is a swear word]",
         **{"from": st("devans"), "to": [LILY, TYLER], "subject": "Y12 - Wars of the Roses reading",
            "text": "Hi both,\n\nBefore Monday, read K.B. McFarlane's essay on bastard feudalism (in the "
                    "shared drive) and make notes on how retaining and livery helped the nobility build "
                    "private armies. We'll link it to the Paston Letters.\n\nMr Evans\n"})


# =========================================================================== corpus 2
# personal-address-to-parent

PA_FLAG = []
PA_CLEAN = []


def pa_flag(**k):
    PA_FLAG.append(k)


def pa_clean(**k):
    PA_CLEAN.append(k)


# ---------------------------------------------------------------- personal: flag

pa_flag(note="mobile '07700 900321' plain, to parent",
        **{"from": st("tsmith"), "to": [JANE], "subject": "Olivia - coursework over half term",
           "text": "Dear Mrs Parent,\n\nThanks for letting me know Olivia will be away for the first week of "
                   "half term. If anything comes up with the coursework while you're away, just give me a "
                   "ring on my mobile, 07700 900321.\n\nBest wishes\nTom Smith\n"})

pa_flag(note="'text me' + mobile '07700900555' (no spaces), to pupil",
        **{"from": st("mokafor"), "to": [JACK], "subject": "Saturday fixture",
           "text": "Jack,\n\nYou're starting on Saturday. Meet at the sports hall 8.30. If the bus is "
                   "late or you can't make it, text me on 07700900555.\n\nMr O\n"})

pa_flag(note="international '+44 7700 900982' for trip abroad, to parent",
        **{"from": st("ngreen"), "to": [SAM], "subject": "Berlin trip - contact while away",
           "text": "Hi Sam,\n\nJust to reassure you about Noah's medication on the Berlin trip - I'll keep it "
                   "with me. If you need to reach me while we're away, my own mobile is +44 7700 900982 "
                   "(I'll have it on all the time).\n\nNadia\n"})

pa_flag(note="'+44 (0)7700 900 417' in HTML signature alongside school number, multipart, to parent",
        **{"from": st("ajones"), "to": [ALI], "subject": "Zain - science catch-up",
           "text": "Dear Mr Guardian,\n\nZain is welcome to come to the Tuesday catch-up sessions in S2. "
                   "He'll need his exercise book.\n\nKind regards\n\nAlison Jones\nHead of Science\n"
                   "Example School\nTel: 01632 960000 | Mob: +44 (0)7700 900 417\n",
           "html": html_doc("<p>Dear Mr Guardian,</p><p>Zain is welcome to come to the Tuesday catch-up "
                            "sessions in S2. He'll need his exercise book.</p><p>Kind regards</p>"
                            + html_sig("ajones", extra=" | Mob: +44 (0)7700 900 417"))})

pa_flag(note="mobile with hyphens '07700-900-068', to parent",
        **{"from": st("kbrown"), "to": [JANE], "subject": "Re: Olivia - friendship issues",
           "text": "Jane,\n\nI've spoken to both girls and things seem calmer. Please keep me posted - if "
                   "anything happens at the weekend on social media you can get me on 07700-900-068.\n\n"
                   "Kerry\n"})

pa_flag(note="HTML-only: '07700&nbsp;900&nbsp;734' and tel: link, to parent",
        **{"from": st("cmurphy"), "to": [SAM], "subject": "Noah - guitar lessons",
           "html": html_doc("<p>Hi Sam,</p><p>Noah's guitar lessons will move to Wednesday period 3 from next "
                            "week. If you'd like to chat about him taking his Grade 3, give me a call on "
                            "<a href=\"tel:+447700900734\">07700&nbsp;900&nbsp;734</a> &ndash; that's my own "
                            "phone so evenings are fine.</p><p>Ciaran</p>")})

pa_flag(note="mobile split across a line break '07700\\n900246', to parent",
        **{"from": st("lnowak"), "to": [ALI], "subject": "Fieldwork day - Zain",
           "text": "Dear Mr Guardian,\n\nThe fieldwork day at Otley goes ahead tomorrow. If you need to get "
                   "hold of me during the day my mobile is 07700\n900246 - reception won't be able to "
                   "reach us by the river.\n\nLena Nowak\n"})

pa_flag(note="'(07700) 900613' to pupil",
        **{"from": st("rpatel"), "to": [OMAR], "subject": "revision",
           "text": "Omar, if you get stuck on the past paper this weekend ring me on (07700) 900613 and we "
                   "can go through it. Don't leave it until Monday.\n\nMr Patel\n"})

pa_flag(note="compact international '+447700900159', to parent",
        **{"from": st("hahmed"), "to": [JANE], "subject": "Re: Olivia",
           "text": "Dear Jane,\n\nThank you for telling me. I'm so sorry to hear about your mum. Olivia can "
                   "use the pastoral room whenever she needs to. Please message me any time on "
                   "+447700900159 - I'd rather you did than worried.\n\nWith best wishes\nHina\n"})

pa_flag(note="'0044 7700 900264' during trip abroad, to parent",
        **{"from": st("devans"), "to": [SAM], "subject": "Ypres - contact",
           "text": "Hi Sam,\n\nWe've arrived safely in Ypres. Noah is fine, just tired! If you need me "
                   "directly tonight it's 0044 7700 900264 (my personal phone, the school phone has no "
                   "signal here).\n\nDafydd\n"})

pa_flag(note="home landline 'my home number is 0113 496 0123', to parent",
        **{"from": st("tsmith"), "to": [ALI], "subject": "Zain - reading",
           "text": "Dear Mr Guardian,\n\nZain's reading has come on brilliantly this term. I'm happy to talk "
                   "about the next steps - my home number is 0113 496 0123 if evenings are easier for you "
                   "than school hours.\n\nBest wishes\nTom Smith\n"})

pa_flag(note="home landline '(0113) 4960718 - house phone', to parent",
        **{"from": st("jwilson"), "to": [JANE], "subject": "Olivia's DT project",
           "text": "Hi Jane,\n\nOlivia's bird box is ready to collect. I'm in school until 4 most days, or "
                   "ring the house phone on (0113) 4960718 after 6 and we can sort a time.\n\nJames\n"})

pa_flag(note="personal gmail in body, to parent",
        **{"from": st("tsmith"), "to": [SAM], "subject": "Noah - extra reading list",
           "text": "Hi Sam,\n\nHere's the reading list we talked about. The school email is a bit slow over "
                   "the holidays, so if you have questions just email me at tom.smith.teach@gmail.com.\n\n"
                   "1. Holes - Louis Sachar\n2. Wonder - R.J. Palacio\n3. Skellig - David Almond\n\nTom\n"})

pa_flag(note="Reply-To header set to personal hotmail; body neutral; to parent",
        **{"from": st("rpatel"), "to": [ALI], "subject": "Zain - maths tutoring",
           "reply_to": "Ravi Patel <ravi.patel87@hotmail.co.uk>",
           "text": "Dear Mr Guardian,\n\nFollowing our conversation at parents' evening, I'm happy to send "
                   "Zain some extra practice papers. Just reply to this email and let me know which topics "
                   "he wants.\n\nRavi Patel\n"})

pa_flag(note="Cc to teacher's own personal outlook address, to parent",
        **{"from": st("kbrown"), "to": [JANE], "cc": [("Kerry Brown", "kerry.brown78@outlook.com")],
           "subject": "Olivia - over the summer",
           "text": "Hi Jane,\n\nI've copied in my personal email so I see anything you send over the summer - "
                   "my school account isn't checked in August. Fingers crossed for Olivia's results!\n\n"
                   "Kerry\n"})

pa_flag(note="personal iCloud address in signature, to pupil",
        **{"from": st("ajones"), "to": [AMIRA], "subject": "Your EPQ draft",
           "text": "Amira,\n\nI've read your EPQ draft - it's really strong. Comments are in the doc.\n\n"
                   "Mrs Jones\n\n--\nAlison Jones\nalisonjones.sci@icloud.com (personal - use this in the "
                   "holidays)\n"})

pa_flag(note="personal yahoo.co.uk for coursework, to pupil",
        **{"from": st("devans"), "to": [TYLER], "subject": "NEA draft",
           "text": "Tyler,\n\nThe school system won't take files over 20MB, so email your NEA draft to my "
                   "yahoo instead: dafydd.evans1979@yahoo.co.uk. I'll have it back to you by Friday.\n\n"
                   "Mr Evans\n"})

pa_flag(note="personal btinternet 'home email', to parent",
        **{"from": st("lnowak"), "to": [SAM], "subject": "Geography trip photos",
           "text": "Hi Sam,\n\nThe photos from Noah's trip are too big to attach from school. If you email "
                   "my home email, lena.nowak@btinternet.com, I'll send them from there.\n\nLena\n"})

pa_flag(note="home address with postcode '12 Acacia Avenue, Leeds LS6 2AB', to parent",
        **{"from": st("tsmith"), "to": [JANE], "subject": "Olivia's revision guides",
           "text": "Hi Jane,\n\nI've got a spare set of the CGP guides for Olivia. I'm around this weekend - "
                   "just pop round to 12 Acacia Avenue, Leeds LS6 2AB and grab them from the porch.\n\n"
                   "Tom\n"})

pa_flag(note="home flat address 'Flat 2, 41 Otley Road, Headingley, Leeds, LS6 3AA', to parent",
        **{"from": st("cmurphy"), "to": [ALI], "subject": "Zain's costume",
           "text": "Dear Mr Guardian,\n\nWe're one costume short for the dress rehearsal. If you could drop "
                   "Zain's King Rat costume at my flat over the weekend that would be amazing:\n\n"
                   "Flat 2, 41 Otley Road\nHeadingley\nLeeds\nLS6 3AA\n\nMany thanks\nCiaran Murphy\n"})

pa_flag(note="'add me on WhatsApp' (no number given), to parent",
        **{"from": st("kbrown"), "to": [SAM], "subject": "Re: Noah",
           "text": "Hi Sam,\n\nAdd me on WhatsApp - it's the same number I rang you from yesterday. Much "
                   "easier than email for quick things like this.\n\nKerry\n"})

pa_flag(note="'my Snapchat is tsmith99', to pupil",
        **{"from": st("tsmith"), "to": [LILY], "subject": "Re: book club",
           "text": "Ha, yes I'll set up a group chat for book club. My Snapchat is tsmith99 - add me and "
                   "I'll put everyone in.\n\nMr S\n"})

pa_flag(note="'DM me on Instagram @mr_smith_teaches', to pupil",
        **{"from": st("tsmith"), "to": [EVIE], "subject": "creative writing competition",
           "text": "Evie,\n\nYour story was brilliant. If you want feedback on the next draft before the "
                   "deadline, DM me on Instagram @mr_smith_teaches - I check it more than my school "
                   "email!\n\nMr Smith\n"})

pa_flag(note="Discord invitation to pupils",
        **{"from": st("rpatel"), "to": [OMAR, JACK], "subject": "Maths challenge team",
           "text": "Hi both,\n\nGreat effort in the team challenge. For practice over the holidays, add me on "
                   "Discord (mrpatel_maths) and I'll post a puzzle every day.\n\nMr Patel\n"})

pa_flag(note="Facebook Messenger invitation, to parent",
        **{"from": st("kbrown"), "to": [ALI], "subject": "Zain - Year 8 residential",
           "text": "Hi Ali,\n\nI'll post photos from the residential as we go. Find me on Facebook (Kerry "
                   "Brown-Lees, profile pic is a springer spaniel) and message me there if you want to "
                   "check in on Zain.\n\nKerry\n"})

pa_flag(note="'I'm on Signal' with number '07700 900 502', to parent",
        **{"from": st("jwilson"), "to": [JANE], "subject": "DT club",
           "text": "Hi Jane,\n\nDT club is on this Thursday. I'm on Signal if it's easier: 07700 900 502.\n\n"
                   "James Wilson\nDesign & Technology\n"})

pa_flag(note="hand-made QP with soft line break inside the number '07700 90=/0333', to parent",
        **{"from": st("hahmed"), "to": [ALI], "subject": "Zain - support",
           "text": "placeholder\n",
           "raw_text_qp": "Dear Mr Guardian,\n\nThank you for coming in today. As we agreed, Zain will check =\n"
                          "in with me each morning. You can reach me directly on 07700 90=\n0333 =E2=80=93 "
                          "that=E2=80=99s my own mobile =E2=80=93 if anything changes at home.\n\n"
                          "Kind regards\nHina Ahmed\n"})

pa_flag(note="base64 body, 'text me' + '07700 900275', to pupil",
        **{"from": st("ngreen"), "to": [AMIRA], "subject": "exhibition setup",
           "text_cte": "base64",
           "text": "Amira,\n\nCan you help set up the GCSE exhibition on Saturday morning? Text me on 07700 "
                   "900275 when you get to the gate and I'll let you in.\n\nMiss Green\n"})

pa_flag(note=".vcf attachment with personal mobile and personal email, to parent",
        **{"from": st("cmurphy"), "to": [JANE], "subject": "Olivia - choir tour",
           "text": "Dear Jane,\n\nI've attached my contact details for the choir tour so you have them on "
                   "your phone.\n\nCiaran\n",
           "attachments": [("Ciaran Murphy.vcf", "vcard",
                            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Murphy;Ciaran;;;\r\nFN:Ciaran Murphy\r\n"
                            "TEL;TYPE=CELL:07700 900 478\r\nEMAIL;TYPE=HOME:ciaranmurphy.music@gmail.com\r\n"
                            "END:VCARD\r\n")]})

pa_flag(note="'text me on 07700 900861', parent + colleague cc, HTML multipart",
        **{"from": st("shughes"), "to": [SAM], "cc": [st("kbrown")], "subject": "Meeting on Friday",
           "text": "Dear Sam,\n\nThank you for agreeing to come in on Friday at 2pm. If you're running late, "
                   "text me on 07700 900861 - it's quicker than ringing reception.\n\nSarah Hughes\n"
                   "Deputy Headteacher\n",
           "html": html_doc("<p>Dear Sam,</p><p>Thank you for agreeing to come in on Friday at 2pm. If you're "
                            "running late, text me on <b>07700 900861</b> &ndash; it's quicker than ringing "
                            "reception.</p>" + html_sig("shughes"))})

# ---------------------------------------------------------------- personal: clean

pa_clean(note="trip letter: £12.50, 12/03/2026, 3:15pm, school phone and postcode in signature, to parents",
         **{"from": st("ngreen"), "to": [JANE, SAM, ALI], "subject": "Year 10 Art trip - Hepworth Wakefield",
            "date": "2026-02-09 10:20",
            "text": "Dear Parent/Carer,\n\nYear 10 Art will visit The Hepworth Wakefield on 12/03/2026. The "
                    "coach leaves at 9:00am and returns by 3:15pm. The cost is \u00a312.50, payable via "
                    "ParentPay by 02/03/2026.\n\nPupils need a packed lunch, sketchbook and pencils.\n\n"
                    "If you have any questions please call the school office on 01632 960000.\n\n"
                    "Yours faithfully\n\n" + sig("ngreen")})

pa_clean(note="invoice INV-2026-00123, order 12345678, amounts, to parent",
         **{"from": st("ptaylor"), "to": [ALI], "subject": "Invoice INV-2026-00123 - instrument hire",
            "text": "Dear Mr Guardian,\n\nPlease find below the details for Zain's instrument hire:\n\n"
                    "  Invoice: INV-2026-00123\n  Order number: 12345678\n  Amount: \u00a345.00 (autumn term)\n"
                    "  Due: 30/11/2026\n\nPayment can be made through ParentPay. If you have a query, please "
                    "contact the finance office on 01632 960000.\n\n" + sig("ptaylor")})

pa_clean(note="online parents' evening: URLs with digits, Teams meeting ID and passcode, to parents",
         **{"from": st("office"), "to": [JANE, SAM], "subject": "Year 9 Parents' Evening - online",
            "html": html_doc("<p>Dear Parent/Carer,</p><p>Year 9 Parents' Evening will take place online on "
                             "Thursday 19 November, 4.00&ndash;7.00pm. Book your appointments at "
                             "<a href=\"https://example-school.schoolcloud.co.uk/booking/2026/y9?event=83412\">"
                             "https://example-school.schoolcloud.co.uk/booking/2026/y9?event=83412</a>.</p>"
                             "<p>If the video link fails, join via Microsoft Teams:<br>Meeting ID: 345 678 912 045"
                             "<br>Passcode: 7xQ2pR</p><p>Guidance: "
                             "<a href=\"https://www.example-school.org.uk/news/2026/11/02/parents-evening-guide\">"
                             "www.example-school.org.uk/news/2026/11/02/parents-evening-guide</a></p>"
                             "<p>Example School Office<br>01632 960000<br>office@example-school.org.uk</p>")})

pa_clean(note="coach company's number (clearly the company's), to parents",
         **{"from": st("lnowak"), "to": [ALI, SAM], "subject": "Malham trip - return time",
            "text": "Dear Parent/Carer,\n\nThe coach is expected back at school at 4.45pm. If we are delayed "
                    "we will post an update on the school app. On the day, the coach company, Dalesway "
                    "Travel, can also be contacted on 0113 496 0999 for arrival times.\n\nKind regards\n\n"
                    + sig("lnowak")})

pa_clean(note="office email + 'text the absence line' on school number, to parent",
         **{"from": st("office"), "to": [SAM], "subject": "Reporting absence",
            "text": "Dear Sam,\n\nThank you for letting us know that Noah is unwell. In future, please report "
                    "absence before 8.30am by texting the absence line on 01632 960000 (option 1) or by "
                    "emailing office@example-school.org.uk.\n\nExample School Office\n"})

pa_clean(note="reply; parent's own mobile only in '>' quoted lines",
         **{"from": st("tsmith"), "to": [JANE], "subject": "Re: Olivia - English set",
            "text": "Dear Mrs Parent,\n\nThank you - I will call you tomorrow during my free period, at about "
                    "11am.\n\nBest wishes\nTom Smith\nTeacher of English\n\n"
                    "> Dear Mr Smith,\n> Could you ring me about Olivia's English set? My mobile is\n"
                    "> 07700 900123 and I'm free most mornings.\n> Thanks, Jane\n"})

pa_clean(note="reply; parent's email and home address only in 'On ... wrote:' block",
         **{"from": st("rpatel"), "to": [ALI], "subject": "Re: calculator",
            "text": "Dear Mr Guardian,\n\nThank you. Zain's calculator is safe in the maths office - he can "
                    "collect it at break.\n\nRavi Patel\n\n"
                    "On Wed, 4 Nov 2026 at 20:31, Ali Guardian <ali.guardian@btinternet.com> wrote:\n"
                    "> Mr Patel, Zain thinks he left his calculator in your room. If it turns up,\n"
                    "> could it be posted to 27 Kirkstall Lane, Leeds LS5 3BD?\n"
                    "> Ali Guardian\n"})

pa_clean(note="reply; parent's phone and address only in Outlook 'From:/Sent:' block (no > prefixes)",
         **{"from": st("hmarsh"), "to": [SAM], "subject": "RE: Transport",
            "text": "Dear Sam,\n\nThank you for your email. I have passed your request to the local "
                    "authority transport team and asked them to contact you directly.\n\nYours sincerely\n"
                    "Helen Marsh\nHeadteacher\n\n"
                    "From: Sam Carer <sam.carer@outlook.com>\n"
                    "Sent: 09 November 2026 18:05\n"
                    "To: Office <office@example-school.org.uk>\n"
                    "Subject: Transport\n\n"
                    "Hello, we have moved to 8 Station Road, Garforth, LS25 1AA and Noah will need\n"
                    "the school bus from there. Please call me on 07700 900456.\n"
                    "Sam\n"})

pa_clean(note="colleague-only: teacher gives own personal mobile (allowed)",
         **{"from": st("tsmith"), "to": [st("ajones")], "subject": "Tomorrow - running late",
            "text": "Ali,\n\nDentist first thing, so I might be 10 minutes late for briefing. Cover work for P1 "
                    "is on my desk. Ring me on 07700 900321 if there's a problem.\n\nTom\n"})

pa_clean(note="colleague-only: personal gmail to send files home",
         **{"from": st("jwilson"), "to": [st("ptaylor")], "subject": "CAD licence",
            "text": "Paula,\n\nThe CAD licence key email went to my personal account by mistake "
                    "(jwilson.dt@gmail.com) - I've forwarded it to you. Can you add it to the software "
                    "register?\n\nJames\n"})

pa_clean(note="colleague-only: home address for staff social",
         **{"from": st("kbrown"), "to": [st("tsmith"), st("ajones"), st("lnowak"), st("devans")],
            "subject": "End of term drinks at mine",
            "text": "Hi all,\n\nEnd of term drinks at mine on Friday 18th from 7pm - 12 Beech Grove, Leeds "
                    "LS6 4JT. Bring a bottle, partners welcome!\n\nKerry\n"})

pa_clean(note="colleague-only: PE department WhatsApp with personal number, HTML signature",
         **{"from": st("mokafor"), "to": [st("devans"), st("jwilson")], "subject": "PE fixtures group",
            "text": "Hi both,\n\nI've set up a WhatsApp group for fixture staff. My number is 07700 900555 "
                    "- message me and I'll add you.\n\nMike\n",
            "html": html_doc("<p>Hi both,</p><p>I've set up a WhatsApp group for fixture staff. My number is "
                             "07700&nbsp;900555 &ndash; message me and I'll add you.</p><p>Mike</p>"
                             + html_sig("mokafor", extra=" | Mob: 07700 900555"))})

pa_clean(note="exam letter: candidate number, centre number, UPN, ULN, to parent",
         **{"from": st("exams"), "to": [JANE], "subject": "GCSE statement of entry",
            "text": "Dear Parent/Carer,\n\nOlivia's statement of entry for the summer GCSE series is "
                    "attached to her Arbor profile. Please check the details:\n\n  Candidate number: 4123\n"
                    "  Centre number: 36123\n  UPN: A123456789012\n  ULN: 1234567890\n\nAny errors must be "
                    "reported to the Exams Office by 04/12/2026.\n\nExams Office\nExample School\n"
                    "01632 960000\n"})

pa_clean(note="revision timetable: dates, times, rooms, to pupils",
         **{"from": st("rpatel"), "to": [OMAR, JACK, TYLER], "subject": "Y11 maths revision sessions",
            "text": "Hi all,\n\nRevision sessions run on:\n\n  Tue 17/11/2026  15:15-16:15  M3\n"
                    "  Thu 19/11/2026  15:15-16:15  M4\n  Sat 28/11/2026  09:30-12:00  Library\n\n"
                    "Past papers: 2019, 2022, 2023, 2024 (Higher). Bring a calculator.\n\nMr Patel\n"})

pa_clean(note="school fund bank details (sort code / account), to parents",
         **{"from": st("ptaylor"), "to": [SAM, ALI], "subject": "Ski trip - payment by bank transfer",
            "text": "Dear Parent/Carer,\n\nFor those who cannot use ParentPay, the ski trip balance of "
                    "\u00a3420.00 can be paid by bank transfer to the School Fund account:\n\n"
                    "  Account name: Example School Fund\n  Sort code: 30-94-57\n  Account number: 12345678\n"
                    "  Reference: SKI27 + your child's surname\n\n" + sig("ptaylor")})

pa_clean(note="school's official social-media accounts, to parents [school accounts, not personal]",
         **{"from": st("office"), "to": [JANE, SAM, ALI], "subject": "Stay up to date",
            "html": html_doc("<p>Dear Parent/Carer,</p><p>Follow the school's official accounts for news, "
                             "photos and snow-closure updates:</p><ul><li>Instagram: @exampleschool_leeds</li>"
                             "<li>X: @ExampleSchoolLS</li><li>Facebook: Example School Leeds</li></ul>"
                             "<p>Example School Office<br>01632 960000</p>")})

pa_clean(note="'message me via the Arbor app' + school number with extension, to parent",
         **{"from": st("kbrown"), "to": [JANE], "subject": "Olivia - attendance",
            "text": "Dear Jane,\n\nThank you for the update on Olivia's appointment. For anything urgent, "
                    "message me through the Arbor app or ring the school on 01632 960000 ext. 214 and ask "
                    "for the Year 8 office.\n\nKerry Brown\nHead of Year 8\n"})

pa_clean(note="away fixture venue address with postcode (third-party venue), to pupils",
         **{"from": st("mokafor"), "to": [JACK, OMAR, EVIE], "subject": "Athletics - venue",
            "text": "Hi all,\n\nThe district athletics is at the John Charles Centre for Sport, Middleton Grove, "
                    "Leeds LS11 5DJ. Minibus from the sports hall at 12.30. Bring spikes and a drink.\n\n"
                    "Mr Okafor\n"})

pa_clean(note="museum trip with venue postcode BD1 1NQ, to parents",
         **{"from": st("ajones"), "to": [SAM, JANE], "subject": "Year 7 Science trip",
            "text": "Dear Parent/Carer,\n\nYear 7 will visit the National Science and Media Museum, Little "
                    "Horton Lane, Bradford BD1 1NQ on Tuesday 24 November. We will leave at 9.15am and be "
                    "back for 3.00pm. There is no charge.\n\n" + sig("ajones")})

pa_clean(note="reply; parent's number only in gmail-style HTML blockquote (multipart)",
         **{"from": st("cmurphy"), "to": [SAM], "subject": "Re: Noah - concert",
            "text": "Dear Sam,\n\nYes, Noah can leave straight after his piece - please collect him from the "
                    "music block.\n\nCiaran Murphy\n\nOn Thu, 5 Nov 2026 at 08:14, Sam Carer "
                    "<sam.carer@outlook.com> wrote:\n> Can Noah leave at the interval? I'll be outside in a "
                    "silver Corsa,\n> 07700 900456 if there's a problem.\n",
            "html": html_doc("<p>Dear Sam,</p><p>Yes, Noah can leave straight after his piece - please collect "
                             "him from the music block.</p><p>Ciaran Murphy</p>"
                             "<div class=\"gmail_quote\">On Thu, 5 Nov 2026 at 08:14, Sam Carer "
                             "&lt;sam.carer@outlook.com&gt; wrote:<blockquote style=\"border-left:1px solid "
                             "#ccc;padding-left:1ex\">Can Noah leave at the interval? I'll be outside in a "
                             "silver Corsa, 07700&nbsp;900456 if there's a problem.</blockquote></div>")})

pa_clean(note="Google Classroom code and room, to pupil",
         **{"from": st("tsmith"), "to": [AMIRA], "subject": "Y12 English Lit - Classroom",
            "text": "Hi Amira,\n\nWelcome to the group! The Google Classroom code is x7k2p9q. Lessons are in "
                    "E4 on Mondays and Thursdays. Email me at t.smith@example-school.org.uk if you can't "
                    "get in.\n\nMr Smith\n"})

pa_clean(note="colleague-only (all staff): head's own mobile for residential emergencies",
         **{"from": st("hmarsh"), "to": [st("ngreen"), st("kbrown"), st("mokafor")],
            "subject": "Y8 residential - emergency contact",
            "text": "Dear all,\n\nFor the Y8 residential, the on-call SLT contact is me. In an emergency, day "
                    "or night, ring my mobile: 07700 900910.\n\nHelen\n"})

pa_clean(note="parent's own number (on file) quoted back to them in teacher's text; not staff details [unsure-ish]",
         **{"from": st("kbrown"), "to": [ALI], "subject": "Contact details check",
            "text": "Dear Mr Guardian,\n\nWe have 07700 900789 on file as your main contact number. Please "
                    "let the office know if this has changed, as we were unable to reach you on Tuesday.\n\n"
                    "Kind regards\nKerry Brown\nHead of Year 8\nExample School | 01632 960000\n"})

pa_clean(note="coach company's business email and office number, to parents",
         **{"from": st("ngreen"), "to": [JANE, ALI], "subject": "Theatre trip - coach",
            "text": "Dear Parent/Carer,\n\nThe coach for the Leeds Playhouse trip is provided by Dalesway "
                    "Travel. If you need to check pick-up arrangements on the evening, their office is on "
                    "0113 496 0888 or bookings@daleswaytravel.co.uk.\n\n" + sig("ngreen")})

pa_clean(note="newsletter with attendance %, totals, dates; HTML base64, to parents",
         **{"from": st("hmarsh"), "to": [JANE, SAM, ALI], "subject": "Newsletter - November 2026",
            "html_cte": "base64",
            "html": html_doc("<h2>Newsletter &ndash; November 2026</h2><p>Attendance this half term was "
                             "<b>96.4%</b>. Thank you!</p><p>Our Children in Need day raised "
                             "<b>&pound;1,234.56</b>.</p><p>Key dates: INSET day 04/01/2027; Y11 mocks "
                             "30/11&ndash;11/12; Carol service 16/12 at 6.30pm.</p><p>Helen Marsh, "
                             "Headteacher<br>Example School, School Lane, Leeds LS1 4AP &middot; 01632 960000</p>")})

pa_clean(note="safeguarding helplines (Childline 0800 1111, NSPCC, Samaritans, NHS 111), to parents",
         **{"from": st("hahmed"), "to": [SAM, ALI], "subject": "Support over the holidays",
            "text": "Dear Parent/Carer,\n\nThe school will be closed from 18 December. If you or your child "
                    "need support over the holidays:\n\n  Childline: 0800 1111\n  NSPCC helpline: 0808 800 "
                    "5000\n  Samaritans: 116 123\n  NHS: 111\n\nIn an emergency always call 999.\n\n"
                    + sig("hahmed")})

pa_clean(note="long QP trip letter: prices, passport dates, trip ref",
         **{"from": st("devans"), "to": [ALI, JANE], "subject": "Battlefields trip 2027 - payment plan",
            "text_cte": "quoted-printable",
            "text": "Dear Parent/Carer,\n\nThank you for your interest in the Year 9 Battlefields trip to Ypres "
                    "and the Somme (trip reference TRIP-YPR-27). The total cost is \u00a3389.00, which can be "
                    "paid in three instalments of \u00a3129.67 on 01/12/2026, 01/02/2027 and 01/04/2027 through "
                    "ParentPay.\n\nAll pupils need a passport valid until at least 15/07/2027 and a GHIC "
                    "card. We will leave school at 5:30am on Monday 5 July 2027 and return at about 9:00pm "
                    "on Wednesday 7 July.\n\nYours faithfully\n\n" + sig("devans")})

pa_clean(note="school-owned trip mobile number, clearly the school's [unsure: not the teacher's personal phone]",
         **{"from": st("ngreen"), "to": [SAM, JANE], "subject": "Y10 London trip - contact on the day",
            "text": "Dear Parent/Carer,\n\nOn the day of the London trip, the school's trip mobile "
                    "(07700 900999) will be carried by the trip leader. This is a school phone, not a "
                    "member of staff's own number, and is switched off after the trip.\n\n" + sig("ngreen")})

pa_clean(note="work experience: employer's contact details (third party), to pupil",
         **{"from": st("lnowak"), "to": [EVIE], "subject": "Work experience placement confirmed",
            "text": "Hi Evie,\n\nYour work experience placement is confirmed:\n\n  Headingley Vets, 3 North "
                    "Lane, Leeds LS6 3HE\n  Contact: Ms R. Lee, Practice Manager\n  Tel: 0113 496 0555\n  "
                    "Email: reception@headingleyvets.co.uk\n\nPlease ring Ms Lee before your start date.\n\n"
                    "Miss Nowak\nCareers Lead\n"})

pa_clean(note="DofE expedition letter: OS grid references, times, 999, QP, to parents",
         **{"from": st("mokafor"), "to": [JANE, SAM], "subject": "DofE Bronze expedition",
            "text_cte": "quoted-printable",
            "text": "Dear Parent/Carer,\n\nThe Bronze practice expedition is on 14\u201315 March. Drop-off is at "
                    "Ilkley Moor car park (grid reference SE 132 467) at 8:00am. Checkpoints: SE 118 461 at "
                    "11:00 and SE 093 452 at 14:30. Collection on Sunday at 3:30pm from the campsite at SE "
                    "071 448.\n\nIn an emergency the expedition team will call 999 and ask for Police, then "
                    "Mountain Rescue. Parents will be contacted through the school office (01632 960000).\n\n"
                    + sig("mokafor")})


# =========================================================================== main

def main():
    res = {}
    res["obscene-language"] = write_corpus("obscene-language", "ol", OL_FLAG, OL_CLEAN, 1125)
    res["personal-address-to-parent"] = write_corpus("personal-address-to-parent", "pa",
                                                     PA_FLAG, PA_CLEAN, 2026)
    for k, (f, c) in res.items():
        print(f"{k}: {f} flag, {c} clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
