#!/usr/bin/env python3
"""Generate the round-2 blind held-out corpora for mailguard.

Written blind on 2026-11-25 (no access to the detectors, rules or other corpora).
Deterministic: running it twice gives byte-identical files. Standard library only.

    python3 tests/holdout/round2/make_round2.py

Writes tests/holdout/round2/obscene-language/ and
tests/holdout/round2/personal-address-to-parent/, each with *.eml and labels.csv.
NEVER use these files to tune detectors: they are for measuring only.
"""
import base64
import csv
import io
import os
import quopri
import random
from datetime import datetime, timezone
from email.generator import Generator
from email.charset import BASE64, Charset
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

B64_UTF8 = Charset("utf-8")
B64_UTF8.header_encoding = BASE64
HERE = os.path.dirname(os.path.abspath(__file__))
STAFF_DOMAIN = "example-school.org.uk"
PUPIL_DOMAIN = "pupils.example-school.org.uk"

# ----------------------------------------------------------------- people
STAFF = {
    "hartley": ("Daniel Hartley", "d.hartley", "Head of Year 9 / PE"),
    "okafor": ("Rachel Okafor", "r.okafor", "Teacher of English"),
    "whitaker": ("Claire Whitaker", "c.whitaker", "Teacher of Science"),
    "patel": ("Jay Patel", "j.patel", "Director of Music"),
    "brennan": ("Katie Brennan", "k.brennan", "Teacher of Dance"),
    "bellamy": ("Tom Bellamy", "t.bellamy", "Head of Geography"),
    "marsden": ("Sue Marsden", "s.marsden", "School Business Manager"),
    "lloyd": ("Gareth Lloyd", "g.lloyd", "Teacher of Design & Technology"),
    "fairclough": ("Helen Fairclough", "h.fairclough", "Headteacher"),
    "price": ("Owen Price", "o.price", "Teacher of Mathematics"),
    "nair": ("Priya Nair", "p.nair", "Teacher of History"),
    "pickles": ("Joanne Pickles", "j.pickles", "Teacher of Food & Nutrition"),
    "hancock": ("Philip Hancock", "p.hancock", "Teacher of Computing"),
    "dickens": ("Lucy Dickens", "l.dickens", "Teacher of RE"),
    "cockburn": ("Ian Cockburn", "i.cockburn", "Teacher of Physics"),
    "sexton": ("Nadia Sexton", "n.sexton", "PSHE & RSE Lead"),
    "butt": ("Angela Butt", "a.butt", "SENCO"),
    "whitehead": ("Rob Whitehead", "r.whitehead", "Deputy Head / DSL"),
    "fenwick": ("Marcus Fenwick", "m.fenwick", "DofE Co-ordinator"),
    "oduya": ("Sade Oduya", "s.oduya", "Teacher of Spanish"),
    "ashworth": ("Ben Ashworth", "b.ashworth", "Teacher of Art"),
    "kaye": ("Deborah Kaye", "d.kaye", "Careers Lead"),
    "haigh": ("Carol Haigh", "c.haigh", "Exams Officer"),
}


def staff(key):
    return f"{STAFF[key][1]}@{STAFF_DOMAIN}"


def staff_hdr(key):
    return formataddr((STAFF[key][0], staff(key)))


def pupil(local):
    return f"{local}@{PUPIL_DOMAIN}"


OFFICE = f"office@{STAFF_DOMAIN}"
# parents.csv
JANE = ("Jane Parent", "jane.parent@gmail.com")      # Example Pupil One, 07700 900123
SAM = ("Sam Carer", "sam.carer@outlook.com")         # Example Pupil Two, 07700 900456
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")  # Example Pupil Three, 07700 900789
PARENTS = [JANE, SAM, ALI]

SCHOOL_SIG = "Example School\nLeeds LS1 4AP\nTel: 01632 960000"


def sig(key, school=True):
    name, _, role = STAFF[key]
    s = f"\n\n{name}\n{role}"
    if school:
        s += "\n" + SCHOOL_SIG
    return s + "\n"


def html_sig(key):
    name, _, role = STAFF[key]
    return (f"<p style=\"color:#555;font-size:small\">{name}<br>{role}<br>Example School"
            f"<br>Leeds LS1 4AP<br>Tel: 01632 960000</p>")


# ----------------------------------------------------------------- MIME helpers
def text(body, cte="7bit", subtype="plain", raw=None, charset="utf-8"):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = cte
    if raw is not None:
        payload = raw
    elif cte in ("7bit", "8bit"):
        payload = body
    elif cte == "quoted-printable":
        payload = quopri.encodestring(body.encode(charset)).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(body.encode(charset)).decode("ascii")
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def html(body, cte="7bit", raw=None):
    return text(body, cte, "html", raw)


def container(subtype, parts, boundary):
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def attachment(filename, ctype, content, cte="base64"):
    m = Message()
    charset = '; charset="utf-8"' if ctype.startswith("text/") else ""
    m["Content-Type"] = f'{ctype}{charset}; name="{filename}"'
    m["Content-Disposition"] = f'attachment; filename="{filename}"'
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(base64.encodebytes(content.encode("utf-8")).decode("ascii"))
    else:
        m.set_payload(content)
    return m


def when(day, hh, mm):
    return format_datetime(datetime(2026, 11, day, hh, mm, tzinfo=timezone.utc))


def addr_list(items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(it)
        else:
            out.append(("", it))
    return out


def hdr_addrs(items):
    return ", ".join(formataddr(a) if a[0] else a[1] for a in addr_list(items))


def build(e, mid):
    """e: dict with frm (staff key), to, cc, bcc, reply_to, subj / subj_raw, date, body."""
    msg = Message()
    msg["From"] = staff_hdr(e["frm"])
    msg["To"] = hdr_addrs(e["to"])
    if e.get("cc"):
        msg["Cc"] = hdr_addrs(e["cc"])
    if e.get("reply_to"):
        msg["Reply-To"] = e["reply_to"]
    if "subj_raw" in e:
        msg["Subject"] = e["subj_raw"]
    else:
        s = e["subj"]
        msg["Subject"] = s if s.isascii() else Header(s, B64_UTF8).encode()
    msg["Date"] = e["date"]
    msg["Message-ID"] = f"<{mid}@{STAFF_DOMAIN}>"
    if e.get("in_reply_to"):
        msg["In-Reply-To"] = e["in_reply_to"]
    msg["MIME-Version"] = "1.0"
    body = e["body"]
    for k, v in body.items():
        msg[k] = v
    msg.set_payload(body.get_payload())
    buf = io.StringIO()
    Generator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    return buf.getvalue().encode("utf-8")


def envelope(e):
    rcpts = []
    for field in ("to", "cc", "bcc"):
        for a in addr_list(e.get(field) or []):
            if a[1] not in rcpts:
                rcpts.append(a[1])
    return rcpts


def write_corpus(dirname, prefix, entries):
    out = os.path.join(HERE, dirname)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(out, f))
    order = list(range(len(entries)))
    random.Random(f"round2-{dirname}").shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        e = entries[idx]
        fname = f"{prefix}_{n:03d}.eml"
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(build(e, f"r2.{prefix}.{n:03d}"))
        rows.append([fname, e["exp"], staff(e["frm"]), " ".join(envelope(e)), e["note"]])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    return rows


def fw(s):
    """Full-width form of ASCII letters."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)



# =================================================================== obscene-language
def obscene_entries():
    E = []

    def add(exp, note, **kw):
        kw["exp"], kw["note"] = exp, note
        E.append(kw)

    # ------------------------------------------------------------- FLAG (30)
    add("flag", "plain 'fuck' to parent, angry reply about detention",
        frm="hartley", to=[ALI], subj="Re: Detention on Thursday", date=when(2, 16, 41),
        body=text("Mr Guardian,\n\nI've explained three times now why the detention stands and I'm not going "
                  "to keep going round in circles with you about it. Frankly I don't give a fuck whether it "
                  "clashes with football practice. He was rude to a member of staff in front of the whole "
                  "class and he'll do the hour like everyone else.\n\nThe detention is 3.15 to 4.15 in H12."
                  + sig("hartley")))

    add("flag", "plain 'bollocks' / 'pissed off' to colleague",
        frm="price", to=[staff_hdr_tuple("nair")], subj="Re: SLT data drop", date=when(3, 17, 5),
        body=text("Honestly that meeting was a load of bollocks. Forty minutes of slides and not one answer "
                  "about cover for the mocks. I'm so pissed off with it, I've got three sets with no exam "
                  "papers printed.\n\nPint on Friday? I need one.\n\nO\n"))

    add("flag", "plain 'pissing about' / 'shit' to pupil",
        frm="whitaker", to=[pupil("22amohammed")], subj="Chemistry coursework - third missed deadline",
        date=when(4, 12, 18),
        body=text("Amir,\n\nThis is the third deadline you've missed this half term. Stop pissing about and "
                  "get the shit handed in by Friday, or I'm phoning home and you can explain it to your mum.\n\n"
                  "Ms Whitaker\n"))

    add("flag", "plain 'twat' to outside coach firm",
        frm="bellamy", to=["bookings@pennine-coaches.example.co.uk"], subj="Coach late AGAIN - Year 12 fieldwork",
        date=when(5, 9, 52),
        body=text("To whoever reads this,\n\nYour driver turned up fifty minutes late for the second time this "
                  "term and then had the cheek to tell my students it was our fault for giving the wrong "
                  "postcode. We gave LS1 4AP, same as always. Whoever is running your bookings desk is a "
                  "complete twat.\n\nSort it out or we are taking our business elsewhere, and I'll be asking "
                  "for a refund for today.\n\nTom Bellamy\nHead of Geography, Example School\n"))

    add("flag", "racial slur 'Paki' about a family, to colleague",
        frm="lloyd", to=[staff_hdr_tuple("price")], subj="parents evening", date=when(5, 20, 14),
        body=text("Had the dad of that Paki kid in 10G in again tonight moaning about his predicted grade. "
                  "Told him the same thing I told him in September. Don't know why they bother.\n\nG\n"))

    add("flag", "disability slurs 'retard' / 'spazzes', HTML-only body, to colleague",
        frm="pickles", to=[staff_hdr_tuple("dickens")], subj="Re: set changes for Year 8", date=when(6, 13, 2),
        body=html("<html><body><p>Lucy,</p><p>Why on earth have they put him in my group? The lad is a complete "
                  "retard, he can't even follow a recipe card with pictures on it. Honestly some days it's like "
                  "teaching a room full of spazzes.</p><p>I'm going to raise it with Angela.</p><p>Jo</p>"
                  "</body></html>"))

    add("flag", "homophobic slurs 'poof' / 'faggot' to colleague",
        frm="hartley", to=[staff_hdr_tuple("lloyd")], subj="staff 5-a-side", date=when(6, 15, 30),
        body=text("Gaz,\n\nDon't put Marcus in goal again, he dives about like a right poof. And I'm not having "
                  "the new drama bloke on the team either, he's a raging faggot by all accounts and the lads "
                  "from St Anne's would never let us hear the end of it.\n\nDan\n"))

    add("flag", "misogynist 'stupid bitch' / 'hysterical woman' about a mother, to DSL",
        frm="price", to=[staff_hdr_tuple("whitehead")], subj="that parent again", date=when(9, 10, 11),
        body=text("Rob,\n\nThe mother rang AGAIN this morning. Stupid bitch wouldn't let me get a word in. "
                  "Typical hysterical woman - should be at home sorting her own kid out instead of ringing "
                  "school every day to tell me how to teach.\n\nCan you deal with her from now on please?\n\nOwen\n"))

    add("flag", "ageist insults 'coffin dodgers' / 'senile' / 'old codgers' about governors, to colleague",
        frm="hancock", to=[staff_hdr_tuple("patel")], subj="governor IT training", date=when(9, 18, 47),
        body=text("Spent two hours showing the governors how to log into Teams. Absolute coffin dodgers, the "
                  "lot of them - half of them are too senile to find the on switch. Roll on the day the old "
                  "codgers retire and we get someone on there who was born after the war.\n\nPhil\n"))

    add("flag", "anti-Muslim/Sikh slur 'towelheads' to colleague",
        frm="lloyd", to=[staff_hdr_tuple("bellamy")], subj="Re: prayer room during Ramadan", date=when(10, 8, 20),
        body=text("So now the towelheads want the DT store as a prayer room every lunchtime? Not a chance. "
                  "Where am I meant to put the timber?\n\nG\n"))

    add("flag", "leetspeak b0ll0cks / sh1t / fvcking, to parent",
        frm="okafor", to=[JANE], subj="Re: English homework", date=when(10, 21, 36),
        body=text("Mrs Parent,\n\nI'm sorry but this is b0ll0cks. Ella had three weeks to do the essay. I'm not "
                  "accepting 'the printer broke' again, it's a load of sh1t and we both know it. It's not my "
                  "fvcking problem that it was left until Sunday night.\n\nMrs Okafor\n"))

    add("flag", "masked f*cking / sh!t / d*ckhead, to parent (carer)",
        frm="butt", to=[SAM], subj="Re: EHCP - your email of last night", date=when(11, 7, 58),
        body=text("Sam,\n\nI've had it up to here with the f*cking emails at midnight. I have done everything the "
                  "EHCP says and more, so please don't come at me with that sh!t about us 'failing' him. "
                  "Stop being such a d*ckhead about it and come to the review meeting like everyone else.\n\n"
                  "Angela Butt\nSENCO\n", "quoted-printable"))

    add("flag", "separator-disguised s-h-i-t-h-o-l-e / f.u.c.k.i.n.g, to two pupils",
        frm="brennan", to=[pupil("23lwright"), pupil("24ebrown")], subj="Dance studio on Friday",
        date=when(11, 15, 22),
        body=text("Girls,\n\nWhoever left the studio like a s-h-i-t-h-o-l-e on Friday, you're both on tidy-up "
                  "every lunchtime this week. And no, I don't f.u.c.k.i.n.g care who started it.\n\nMiss B\n"))

    add("flag", "repeated letters fuuuuuck / shiiiite, to colleague",
        frm="whitaker", to=[staff_hdr_tuple("cockburn")], subj="Re: Y11 mocks", date=when(12, 22, 3),
        body=text("Fuuuuuuck. 40 scripts still to mark and the data's due tomorrow at 8. This is such "
                  "shiiiiite.\n\nC\n\n> Ian Cockburn wrote:\n> Don't forget the Y11 physics papers need to be "
                  "in the data drop by tomorrow.\n"))

    add("flag", "Cyrillic look-alikes in bullshit / arsehole / fucking, base64 UTF-8 body, to parent",
        frm="patel", to=[ALI], subj="Re: damaged keyboard", date=when(12, 16, 40),
        body=text("Mr Guardian,\n\nI don't know what you expect me to do about it. Your son smashed a \u00a3300 "
                  "keyboard in front of twenty witnesses and you're telling me it's my fault for leaving it out? "
                  "That's absolute bull\u0455h\u0456t. Maybe if you weren't such an \u0430rsehole on the phone we'd get "
                  "somewhere instead of going round this fu\u0441king loop every week.\n\nJ Patel\n", "base64"))

    add("flag", "Greek look-alikes in wankers / bollocks (alpha, omicron), to a supplier",
        frm="lloyd", to=["orders@timber-supplies.example.co.uk"], subj="Order 58213 - wrong again",
        date=when(13, 11, 9),
        body=text("Ordered 40 lengths of planed pine, got 40 sheets of chipboard. Again. Your warehouse lot "
                  "are a bunch of useless w\u03b1nkers and I want a refund, not more b\u03bfll\u03bfcks about "
                  "supply chains.\n\nGareth Lloyd\nDT, Example School\n", "quoted-printable"))

    add("flag", "full-width letters in fucking / shit, to pupil",
        frm="hartley", to=[pupil("21jsmith")], subj="What happened at lunch", date=when(13, 14, 25),
        body=text(f"Jack,\n\nI've seen the video. That was {fw('fucking')} disgusting behaviour towards a Year 7 "
                  f"and you are lucky it wasn't worse. Don't give me any more {fw('shit')} about it being a "
                  "joke. You're in my office at 8.30 tomorrow.\n\nMr Hartley\n", "base64"))

    add("flag", "zero-width space / ZWNJ / soft hyphen / word joiner inside shit, twat, fucking, piss; to pupil",
        frm="price", to=[pupil("20kchen")], subj="Maths resit sessions", date=when(16, 9, 14),
        body=text("Kai,\n\nYou've turned up to one session out of six. Stop being a lazy little sh\u200bit, stop "
                  "taking the pi\u2060ss and get yourself to the fu\u00adcking revision class on Wednesday, "
                  "you tw\u200cat.\n\nMr Price\n", "quoted-printable"))

    add("flag", "words split by HTML tags / comment (f<span>ucking, pr<b></b>ick, wan<!-- -->ker), HTML only, to colleague",
        frm="okafor", to=[staff_hdr_tuple("whitaker")], subj="Re: the inspection", date=when(16, 17, 50),
        body=html("<html><body><div>What a f<span>ucking</span> shambles. The lead inspector is a total "
                  "pr<b></b>ick and his sidekick isn't much better - sat at the back of my Year 10s rolling "
                  "his eyes like a wan<!-- -->ker.</div><div><br></div><div>R x</div></body></html>",
                  "quoted-printable"))

    add("flag", "HTML numeric entities inside arsehole / fucking, HTML only, to parent",
        frm="bellamy", to=[JANE], subj="This morning at the school gate", date=when(17, 8, 59),
        body=html("<html><body><p>Mrs Parent,</p><p>I will not be spoken to like that in front of children. "
                  "If you want to act like a total &#97;rsehole at the school gate that's your business, but "
                  "I'm not standing there taking f&#x75;cking abuse from you every morning.</p>"
                  "<p>T Bellamy</p></body></html>"))

    add("flag", "QP soft line breaks inside 'fuck' and 'bullshit', QP hex '=73hitty'; to carer",
        frm="dickens", to=[SAM], subj="Re: Report comments", date=when(17, 19, 31),
        body=text(None, "quoted-printable", raw=(
            "Dear Sam,\n\nI couldn't care less what your ex-husband thinks. The report is accurate, =\n"
            "every comment in it is backed up by his books, and frankly he can f=\n"
            "uck off if he thinks I'm rewriting it because he doesn't like the tone.\n\n"
            "And no, I won't make it \"more positive\". The whole complaint is bull=\n"
            "shit from start to finish and I'm done with the =73hitty emails.\n\n"
            "Mrs L Dickens\n")))

    add("flag", "swearing only in RFC 2047 base64-encoded Subject ('shitshow'); body polite; to parent",
        frm="nair", to=[ALI], subj="Re: Year 8 history trip \u2013 what a shitshow", date=when(18, 16, 2),
        body=text("Mr Guardian,\n\nApologies that you were left waiting at the coach park last night. I'll look "
                  "into what happened with the return time and get back to you by Friday."
                  + sig("nair", False)))

    add("flag", "swearing split across two adjacent RFC 2047 Q encoded-words in Subject ('bull' + 'shit'); to colleague",
        frm="cockburn", to=[staff_hdr_tuple("marsden")],
        subj_raw="=?utf-8?Q?Photocopier_broken_again_=E2=80=93_absolute_bull?= =?utf-8?Q?shit?=",
        date=when(18, 8, 3),
        body=text("Sue,\n\nThird time this week - the one in the science prep room is jammed and showing E-204. "
                  "Can someone ring the engineer?\n\nIan\n"))

    add("flag", "innocent body; .txt attachment with 'knobhead' / 'wanker' in the teacher's own notes; to DSL and SENCO",
        frm="butt", to=[staff_hdr_tuple("whitehead")], cc=[staff_hdr_tuple("sexton")],
        subj="Notes from this morning", date=when(19, 10, 45),
        body=container("mixed", [
            text("Rob, Nadia,\n\nNotes from this morning's meeting attached.\n\nAngela\n"),
            attachment("meeting_notes_19-11.txt", "text/plain",
                       "Meeting re: Y9 pupil, 19/11/2026\n\n"
                       "- Dad turned up at reception and kicked off again. Total knobhead.\n"
                       "- Refused to sign the plan. Told him straight he was being a wanker about it.\n"
                       "- Mum not present.\n- Next review: 3/12.\n"),
        ], "=_r2_ol_att_txt"))

    add("flag", ".csv markbook attachment with abusive comments ('thick as pigshit', 'gobby little cow'); to colleague",
        frm="price", to=[staff_hdr_tuple("okafor")], subj="9X3 markbook", date=when(19, 16, 12),
        body=container("mixed", [
            text("Rachel,\n\nHere's my 9X3 markbook for the joint parents' evening notes.\n\nOwen\n"),
            attachment("9X3_markbook.csv", "text/csv",
                       "pupil,test1,test2,comment\n"
                       "A.B.,34,41,\"fine, chatty\"\n"
                       "C.D.,12,9,\"thick as pigshit, no chance of a 4\"\n"
                       "E.F.,55,58,good\n"
                       "G.H.,22,25,\"gobby little cow, moved seats twice\"\n"
                       "I.J.,40,47,improving\n", "7bit"),
        ], "=_r2_ol_att_csv"))

    add("flag", ".html attachment (seating plan) with disability slurs 'mongs' / 'spazzy'; body innocent; to colleague",
        frm="pickles", to=[staff_hdr_tuple("brennan")], subj="Seating plan for cover", date=when(20, 7, 40),
        body=container("mixed", [
            text("Hi Katie, seating plan for my Y8 cover lesson attached. Thanks so much. Jo\n"),
            attachment("seating_plan_8P2.html", "text/html",
                       "<html><body><h1>8P2 seating</h1><table border=1>"
                       "<tr><td>Table 1</td><td>the sensible ones</td></tr>"
                       "<tr><td>Table 4</td><td>keep the mongs at the back</td></tr>"
                       "<tr><td>Ovens</td><td>do NOT let the spazzy one near the hob</td></tr>"
                       "</table></body></html>"),
        ], "=_r2_ol_att_html"))

    add("flag", "leet-disguised slurs p@ki (race) / r3tard (disability), to colleague",
        frm="lloyd", to=[staff_hdr_tuple("hartley")], subj="Re: 10G", date=when(20, 15, 55),
        body=text("Moved him back into my group. Can't be doing with the p@ki dad kicking off again. And the "
                  "other one in that set is a proper r3tard, he needs a TA not me.\n\nG\n"))

    add("flag", "base64 body, 'cunts' / 'taking the piss' to a printing firm",
        frm="marsden", to=["accounts@northern-print.example.co.uk"], subj="Invoice 4471 - final warning",
        date=when(23, 11, 30),
        body=text("Hello,\n\nYou have now invoiced us twice for the same prospectus job (4471 and 4479). I have "
                  "rung four times. I've had enough of you cunts taking the piss - cancel 4479 today or we "
                  "will not be paying either.\n\nSue Marsden\nSchool Business Manager\n", "base64"))

    add("flag", "multipart/alternative, 'bloody' + 'dickhead' in both parts, to parent",
        frm="brennan", to=[JANE], subj="Re: dance show costume", date=when(23, 18, 16),
        body=container("alternative", [
            text("Look, I'm not a bloody seamstress. If you wanted a different costume you should have said "
                 "in September instead of being a dickhead about it the week before the show.\n\nMiss Brennan\n"),
            html("<html><body><p>Look, I'm not a bloody seamstress. If you wanted a different costume you should "
                 "have said in September instead of being a dickhead about it the week before the show.</p>"
                 "<p>Miss Brennan</p></body></html>"),
        ], "=_r2_ol_alt_29"))

    add("flag", "teacher's OWN new text swears ('don't give a shit') above a polite quoted parent message",
        frm="hartley", to=[SAM], subj="Re: Complaint about PE", date=when(24, 17, 20),
        in_reply_to="<CAJ8x1@mail.outlook.com>",
        body=text("Quite frankly I don't give a shit what you think of my lessons. He's in detention on "
                  "Thursday.\n\nMr Hartley\n\n"
                  "On Mon, 23 Nov 2026 at 19:02, Sam Carer <sam.carer@outlook.com> wrote:\n"
                  "> Dear Mr Hartley,\n>\n> I'd like to raise a concern about my son being made to do PE in the\n"
                  "> rain without a coat. Could we discuss this please?\n>\n> Kind regards,\n> Sam Carer\n"))

    # ------------------------------------------------------------- CLEAN (30)
    add("clean", "place names Scunthorpe, Penistone; fieldwork letter with prices",
        frm="bellamy", to=PARENTS, subj="Year 12 Geography fieldwork: Scunthorpe and Penistone",
        date=when(2, 9, 10),
        body=text("Dear Parent/Carer,\n\nAs part of the A-level Non-Examined Assessment, Year 12 geographers will "
                  "visit two contrasting places on Thursday 14 January 2027: the industrial town of Scunthorpe, "
                  "where we will study the steelworks and the regeneration of the town centre, and the market "
                  "town of Penistone in the Pennine foothills, where students will collect data on rural "
                  "services.\n\nThe coach leaves school at 7.45am and returns at about 5.30pm. The cost is "
                  "\u00a318.50, payable on ParentPay by Friday 11 December. Students need a packed lunch, "
                  "waterproofs and sturdy footwear.\n\nMany thanks," + sig("bellamy"), "quoted-printable"))

    add("clean", "Cumbrian/Lancashire place names Cockermouth, Great Cockup, Clitheroe; multipart/alternative",
        frm="fenwick", to=PARENTS, subj="DofE Silver practice expedition - Northern Lakes", date=when(3, 14, 0),
        body=container("alternative", [
            text("Dear Parents and Carers,\n\nThe Silver practice expedition will start in Cockermouth on "
                 "Friday 23 April. Groups will walk east towards Uldale, with a summit option over Great Cockup "
                 "(526 m) for stronger groups, camping at Caldbeck on the Saturday night. On the way home we "
                 "will stop at Clitheroe for a comfort break.\n\nThe full kit list is on the website." + sig("fenwick")),
            html("<html><body><p>Dear Parents and Carers,</p><p>The Silver practice expedition will start in "
                 "<b>Cockermouth</b> on Friday 23 April. Groups will walk east towards Uldale, with a summit "
                 "option over <b>Great Cockup</b> (526 m) for stronger groups, camping at Caldbeck on the "
                 "Saturday night. On the way home we will stop at <b>Clitheroe</b> for a comfort break.</p>"
                 "<p>The full kit list is on the website.</p>" + html_sig("fenwick") + "</body></html>"),
        ], "=_r2_ol_alt_c02"))

    add("clean", "RSE / puberty letter with anatomical terms (penis, vagina, vulva, testicles, erections, wet dreams), QP alternative",
        frm="sexton", to=PARENTS, subj="Year 7 RSE: changing bodies and puberty", date=when(4, 8, 30),
        body=container("alternative", [
            text("Dear Parent/Carer,\n\nNext half term, Year 7 will study the 'Growing and changing' unit of our "
                 "Relationships, Sex and Health Education curriculum. Lessons use the correct scientific names "
                 "for body parts, including penis, testicles, scrotum, vulva, vagina, uterus and breasts, so "
                 "that pupils can talk about their bodies confidently and safely.\n\nTopics include periods and "
                 "menstrual products, pubic and underarm hair, erections and wet dreams, body odour, and how "
                 "emotions change during puberty. Questions can be posted anonymously in a question box.\n\n"
                 "You are welcome to view the materials before the unit starts; please contact the office." + sig("sexton"),
                 cte="quoted-printable"),
            html("<html><body><p>Dear Parent/Carer,</p><p>Next half term, Year 7 will study the <i>Growing and "
                 "changing</i> unit of our Relationships, Sex and Health Education curriculum. Lessons use the "
                 "correct scientific names for body parts, including penis, testicles, scrotum, vulva, vagina, "
                 "uterus and breasts, so that pupils can talk about their bodies confidently and safely.</p>"
                 "<p>Topics include periods and menstrual products, pubic and underarm hair, erections and wet "
                 "dreams, body odour, and how emotions change during puberty.</p>" + html_sig("sexton")
                 + "</body></html>", cte="quoted-printable"),
        ], "=_r2_ol_alt_c03"))

    add("clean", "science vocabulary: Homo sapiens / Homo erectus, Uranus, titration, cumulative",
        frm="whitaker", to=PARENTS, subj="Science department update - November", date=when(5, 15, 45),
        body=text("Dear Parents and Carers,\n\nA quick round-up from the Science department.\n\n"
                  "* Year 9 have been comparing skulls of Homo erectus, Homo neanderthalensis and Homo sapiens "
                  "in their evolution unit - ask them which had the biggest brain!\n"
                  "* Year 8 built scale models of the solar system; the Uranus and Neptune team used a whole "
                  "corridor.\n* Year 11 have completed their acid-alkali titration practical, one of the "
                  "required practicals for GCSE.\n\nEnd-of-topic tests are cumulative, so regular revision "
                  "really helps." + sig("whitaker")))

    add("clean", "chemistry revision to pupil: blast furnace slag, flame retardant; sender surname Cockburn",
        frm="cockburn", to=[pupil("22tnovak")], subj="Revision: extracting iron", date=when(6, 16, 5),
        body=text("Hi Tomas,\n\nAs promised, the key points for tomorrow:\n\n1. In the blast furnace, limestone "
                  "decomposes and reacts with sand (silicon dioxide) to form slag, calcium silicate.\n"
                  "2. The molten slag floats on the iron and is tapped off separately; it is used in road "
                  "building.\n3. Don't mix this up with the polymers topic: flame retardant additives are "
                  "added to some plastics to slow burning.\n\nGood luck,\nMr Cockburn\n"))

    add("clean", "history: Offa's Dyke, Essex / Sussex / Wessex / Middlesex; to pupils",
        frm="nair", to=[pupil("23lwright"), pupil("24ebrown"), pupil("22tnovak")],
        subj="Anglo-Saxon kingdoms homework", date=when(9, 11, 0),
        body=text("Year 7,\n\nFor Thursday, label the map of the Anglo-Saxon kingdoms: Northumbria, Mercia, East "
                  "Anglia, Essex, Sussex, Wessex and Kent, and shade the area of Middlesex. Then write one "
                  "paragraph explaining why King Offa built Offa's Dyke along the border with Wales.\n\n"
                  "Ms Nair\n"))

    add("clean", "English Lit: King Lear, Edmund's 'stand up for bastards' quoted and discussed as illegitimacy (BORDERLINE: swear word appears in literary quotation)",
        frm="okafor", to=[pupil("20kchen"), pupil("21jsmith")], subj="King Lear - Act 1 Scene 2 essay",
        date=when(10, 14, 14),
        body=text("Year 13,\n\nFor Monday, write 800 words on Edmund's soliloquy in Act 1 Scene 2, which ends:\n\n"
                  "    \"I grow; I prosper:\n    Now, gods, stand up for bastards!\"\n\n"
                  "Consider how Shakespeare presents illegitimacy, why Edmund resents the words 'base' and "
                  "'bastardy', and whether the audience sympathises with him. Use the Arden edition "
                  "line numbers.\n\nMrs Okafor\n"))

    add("clean", "English: Of Mice and Men content note mentioning a racial slur without writing it",
        frm="okafor", to=PARENTS, subj="Year 10 English: Of Mice and Men", date=when(11, 9, 5),
        body=text("Dear Parent/Carer,\n\nThis term Year 10 are reading John Steinbeck's 'Of Mice and Men'. The "
                  "novel is set in 1930s California and contains racist language, including a racial slur "
                  "directed at the character Crooks, as well as some mild period swearing. We will discuss "
                  "why Steinbeck uses this language and its impact, but the slur will not be read aloud in "
                  "class.\n\nIf you would like to discuss this, please contact me via the school office." + sig("okafor")))

    add("clean", "sport vocabulary: rugby hooker, cricket balls / box / maiden / silly mid-off / fine leg",
        frm="hartley", to=PARENTS, subj="Winter sports and cricket nets", date=when(12, 15, 15),
        body=text("Dear Parents/Carers,\n\nRugby: Well done to the U13s, who beat Moor Grange 24-19 on Saturday. "
                  "Player of the match was our hooker, who won every lineout throw and two strikes against the "
                  "head.\n\nIndoor cricket nets start in January. Boys must bring a box and all players need "
                  "gloves; the school provides helmets, pads and balls. We will practise bowling maidens, field "
                  "placings (silly mid-off, fine leg, third man) and batting against the bowling machine.\n\n"
                  "Kit letters will follow." + sig("hartley")))

    add("clean", "school dinner menu: faggots and peas, spotted dick, cock-a-leekie soup, toad in the hole; HTML table",
        frm="marsden", to=PARENTS, subj="Autumn term menu - weeks 3 and 4", date=when(13, 10, 0),
        body=html("<html><body><p>Dear Parents,</p><p>Here is the menu for weeks 3 and 4.</p><table border=\"1\">"
                  "<tr><th>Day</th><th>Main</th><th>Pudding</th></tr>"
                  "<tr><td>Monday</td><td>Cock-a-leekie soup with crusty bread</td><td>Apple crumble</td></tr>"
                  "<tr><td>Tuesday</td><td>Faggots, mash and mushy peas</td><td>Spotted dick and custard</td></tr>"
                  "<tr><td>Wednesday</td><td>Roast chicken breast</td><td>Jam roly-poly</td></tr>"
                  "<tr><td>Thursday</td><td>Toad in the hole</td><td>Bakewell tart</td></tr>"
                  "<tr><td>Friday</td><td>Fish fingers and chips</td><td>Fruit pot</td></tr></table>"
                  "<p>A vegetarian option is available every day.</p>" + html_sig("marsden") + "</body></html>"))

    add("clean", "DT vocabulary: Wankel engine, ball-peen hammer, nuts/screws, countersink, stopcock",
        frm="lloyd", to=[pupil("21jsmith"), pupil("22amohammed")], subj="Y10 Engineering - research task",
        date=when(16, 13, 30),
        body=text("Year 10 Engineering,\n\nResearch task for next week: compare a four-stroke piston engine with "
                  "the Wankel rotary engine (Mazda RX-8). Include a labelled diagram.\n\nPractical reminders: "
                  "use the ball-peen hammer for riveting, not the claw hammer; countersink every screw hole in "
                  "the acrylic; nuts and washers are in the blue drawers. Last lesson someone turned the "
                  "stopcock on the sink off - please leave it alone.\n\nMr Lloyd\n"))

    add("clean", "birdwatching: shags, great tits, blue tits, woodcock; Farne Islands eco club",
        frm="whitaker", to=PARENTS, subj="Eco Club: Big Garden Birdwatch and Farne Islands trip",
        date=when(16, 16, 20),
        body=text("Dear Parents,\n\nEco Club counted 46 birds in the school garden for the Big Garden Birdwatch, "
                  "including great tits, blue tits, a pair of long-tailed tits and, very excitingly, a woodcock "
                  "by the pond.\n\nIn the summer term we hope to take the club to the Farne Islands, where they "
                  "will see puffins, shags, eiders and Arctic terns. More details after Christmas." + sig("whitaker")))

    add("clean", "surnames Hancock, Dickens, Cockburn, Butt, Sexton, Dickinson, Shufflebottom, Wanklyn, Glasscock, Balls",
        frm="hancock", to=[staff_hdr_tuple("dickens"), staff_hdr_tuple("cockburn"), staff_hdr_tuple("butt")],
        cc=[staff_hdr_tuple("sexton")], subj="Code Club supervision rota", date=when(17, 12, 40),
        body=text("Hi all,\n\nRota for Code Club (Tues/Thurs, room C4):\n\n"
                  "  Tue 1 Dec  - Mr Hancock / Mrs Dickens\n  Thu 3 Dec  - Mr Cockburn\n"
                  "  Tue 8 Dec  - Mrs Butt / Ms Sexton\n\nRegister this week: Harry Dickinson, Olivia "
                  "Shufflebottom, Jake Wanklyn, Sophie Glasscock, Noah Balls and Amira Hussain. Jake needs his "
                  "laptop charger from the SEN base.\n\nThanks,\nPhil\n"))

    add("clean", "report comment using snigger, analysis, assess, A* target",
        frm="price", to=[JANE], subj="Ella - Maths progress report", date=when(18, 17, 0),
        body=text("Dear Mrs Parent,\n\nElla has worked hard this term. Her analysis of data in the statistics "
                  "unit was excellent and she is learning to assess her own work against the mark scheme. "
                  "Earlier in the year she would snigger when others got answers wrong; that has stopped "
                  "completely and she now helps others. Her target grade is 8, and with continued effort an "
                  "A* in Further Maths next year is realistic." + sig("price")))

    add("clean", "geography: Pakistan, Nigeria, Niger, Mongolia, 'among'; to pupils",
        frm="bellamy", to=[pupil("22amohammed"), pupil("20kchen")], subj="Population case studies",
        date=when(18, 12, 5),
        body=text("Year 9,\n\nChoose ONE case study for your population project: Pakistan, Nigeria, Niger or "
                  "Mongolia. Niger has among the highest fertility rates in the world, while Mongolia has one "
                  "of the lowest population densities. Use the Gapminder graphs we looked at in class.\n\n"
                  "Mr Bellamy\n"))

    add("clean", "newsletter, base64 multipart/alternative: Twatt (Orkney), Wetwang, Cockfosters",
        frm="fairclough", to=[("Example School", OFFICE)], bcc=PARENTS, subj="Headteacher's Newsletter - 20 November",
        date=when(20, 15, 0),
        body=container("alternative", [
            text("Dear Families,\n\nPen pals: Year 5 have received their first letters from a small school near "
                 "Twatt in Orkney - a wonderful insight into island life.\n\nCross-country: congratulations to "
                 "our runners at the county championships at Wetwang; the Year 8 girls finished second.\n\n"
                 "Music: the Senior Choir will sing at the Cockfosters carol service in London on 12 December.\n\n"
                 "Mrs H Fairclough\nHeadteacher\n" + SCHOOL_SIG + "\n", "base64"),
            html("<html><body><h2>Headteacher's Newsletter</h2><p><b>Pen pals:</b> Year 5 have received their "
                 "first letters from a small school near Twatt in Orkney.</p><p><b>Cross-country:</b> "
                 "congratulations to our runners at the county championships at Wetwang.</p><p><b>Music:</b> the "
                 "Senior Choir will sing at the Cockfosters carol service on 12 December.</p>"
                 + html_sig("fairclough") + "</body></html>", "base64"),
        ], "=_r2_ol_alt_c16"))

    add("clean", "polite reply quoting the parent's sweary email in > lines",
        frm="okafor", to=[ALI], subj="Re: Detention", date=when(19, 8, 5), in_reply_to="<bt-0193@btinternet.com>",
        body=text("Dear Mr Guardian,\n\nThank you for your email. I understand you are frustrated. The detention "
                  "was given because the homework was missing for the third week. I'd be very happy to meet you "
                  "to talk about how we can support him; please let the office know a convenient time.\n\n"
                  "Kind regards,\nMrs R Okafor\n\n"
                  "> This is fucking ridiculous. Another detention for homework?? You lot are useless\n"
                  "> bastards, the whole school is a shit show. Sort it out.\n> Ali Guardian\n"))

    add("clean", "polite reply, 'On ... wrote:' block quoting parent's swearing, QP encoded",
        frm="hartley", to=[SAM], subj="Re: Football team selection", date=when(20, 7, 45),
        body=text("Dear Sam,\n\nThank you for getting in touch. Team selection is based on attendance at training "
                  "and the coaches' assessment, and I'm happy to explain how he can get more game time. Could "
                  "we speak on Thursday after school?\n\nKind regards,\nMr D Hartley\n\n"
                  "On Thu, 19 Nov 2026 at 22:48, Sam Carer <sam.carer@outlook.com> wrote:\n"
                  "> What kind of shit school drops a kid from the team for missing ONE session?\n"
                  "> Pathetic. You're a prick, Hartley, and everyone knows it.\n", "quoted-printable"))

    add("clean", "HTML reply with <blockquote type=cite> quoting the parent's 'wankers', multipart/alternative",
        frm="butt", to=[JANE], subj="Re: Support plan meeting", date=when(23, 9, 20),
        body=container("alternative", [
            text("Dear Mrs Parent,\n\nI'm sorry you feel let down. I have booked a meeting for Tuesday at 3.30pm "
                 "with myself and Ella's form tutor so that we can go through the support plan together.\n\n"
                 "Kind regards,\nMrs A Butt\nSENCO\n\n"
                 "On Sun, 22 Nov 2026 at 23:10, Jane Parent <jane.parent@gmail.com> wrote:\n"
                 "> You're all a bunch of wankers. Nobody has read her plan. Bloody useless.\n"),
            html("<html><body><p>Dear Mrs Parent,</p><p>I'm sorry you feel let down. I have booked a meeting for "
                 "Tuesday at 3.30pm with myself and Ella's form tutor so that we can go through the support "
                 "plan together.</p><p>Kind regards,<br>Mrs A Butt<br>SENCO</p>"
                 "<div>On Sun, 22 Nov 2026 at 23:10, Jane Parent &lt;jane.parent@gmail.com&gt; wrote:<br>"
                 "<blockquote type=\"cite\">You're all a bunch of wankers. Nobody has read her plan. Bloody "
                 "useless.</blockquote></div></body></html>"),
        ], "=_r2_ol_alt_c19"))

    add("clean", "teacher forwards a parent's abusive email to the DSL as policy requires; abuse only in '>' quoted forward (BORDERLINE: forwarded, not a reply)",
        frm="okafor", to=[staff_hdr_tuple("whitehead")], subj="Fwd: Abusive email from a parent",
        date=when(23, 12, 1),
        body=text("Rob,\n\nReporting the email below as per the electronic communications policy. I have not "
                  "replied. Received 22/11 at 21:40.\n\nRachel\n\n"
                  "----- Forwarded message -----\n"
                  "> From: Ali Guardian <ali.guardian@btinternet.com>\n"
                  "> Subject: Homework\n>\n> Listen you stupid cow, if my lad gets one more detention from you\n"
                  "> I'll be up that school. Fucking joke of a teacher.\n"))

    add("clean", "RE trip: gurdwara, mosque, synagogue; heaven and hell, damnation, Dante's Inferno",
        frm="dickens", to=PARENTS, subj="Year 8 RE visits to places of worship", date=when(24, 10, 30),
        body=text("Dear Parents and Carers,\n\nIn January, Year 8 will visit a gurdwara, a mosque and a synagogue "
                  "in Leeds as part of our unit on worship. Pupils should dress modestly; head coverings will "
                  "be provided at the gurdwara.\n\nBack in school we will study ideas about heaven, hell and "
                  "judgement in Christianity and Islam, including extracts from Dante's Inferno and medieval "
                  "'doom' paintings of damnation." + sig("dickens")))

    add("clean", "bilingual English / Ukrainian (Cyrillic) trip reminder, base64",
        frm="oduya", to=PARENTS, subj="Trip reminder / \u041d\u0430\u0433\u0430\u0434\u0443\u0432\u0430\u043d\u043d\u044f \u043f\u0440\u043e \u043f\u043e\u0457\u0437\u0434\u043a\u0443",
        date=when(24, 14, 10),
        body=text("Dear Parents and Carers,\n\nA reminder that the Year 9 languages trip to the Royal Armouries is "
                  "on Friday 4 December. Please return the consent form by Monday.\n\n"
                  "\u0428\u0430\u043d\u043e\u0432\u043d\u0456 \u0431\u0430\u0442\u044c\u043a\u0438!\n\n"
                  "\u041d\u0430\u0433\u0430\u0434\u0443\u0454\u043c\u043e, \u0449\u043e \u0448\u043a\u0456\u043b\u044c\u043d\u0430 "
                  "\u043f\u043e\u0457\u0437\u0434\u043a\u0430 \u0432\u0456\u0434\u0431\u0443\u0434\u0435\u0442\u044c\u0441\u044f "
                  "\u0443 \u043f'\u044f\u0442\u043d\u0438\u0446\u044e, 4 \u0433\u0440\u0443\u0434\u043d\u044f. "
                  "\u0411\u0443\u0434\u044c \u043b\u0430\u0441\u043a\u0430, \u043f\u043e\u0432\u0435\u0440\u043d\u0456\u0442\u044c "
                  "\u0444\u043e\u0440\u043c\u0443 \u0437\u0433\u043e\u0434\u0438 \u0434\u043e \u043f\u043e\u043d\u0435\u0434\u0456\u043b\u043a\u0430.\n"
                  + sig("oduya"), "base64"))

    add("clean", "panto trip: Aladdin with Widow Twankey, last year's Dick Whittington",
        frm="patel", to=PARENTS, subj="Christmas pantomime trip - Aladdin", date=when(2, 11, 25),
        body=text("Dear Parents,\n\nAfter the success of last year's Dick Whittington, we are taking Years 7 and 8 "
                  "to see Aladdin at the City Varieties on Wednesday 16 December. Expect plenty of Widow Twankey, "
                  "Wishee Washee and audience shouting. Tickets are \u00a312 including the coach." + sig("patel"),
                  "quoted-printable"))

    add("clean", "swimming gala: breaststroke, backstroke, butterfly; to pupils",
        frm="hartley", to=[pupil("23lwright"), pupil("21jsmith"), pupil("20kchen")], subj="Swimming gala entries",
        date=when(3, 12, 50),
        body=text("Swim squad,\n\nGala entries for 9 December: 50m breaststroke, 50m backstroke, 25m butterfly "
                  "and the 4x25m freestyle relay. Tell me by Friday which strokes you want to swim. Bring "
                  "goggles and a swimming cap.\n\nMr Hartley\n"))

    add("clean", "food tech: .csv ingredients attachment (chicken breast, rump steak, shiitake, suet, faggots)",
        frm="pickles", to=PARENTS, subj="Food & Nutrition ingredients - weeks 5 to 8", date=when(4, 16, 55),
        body=container("mixed", [
            text("Dear Parents and Carers,\n\nThe ingredients list for the next four practical lessons is "
                 "attached. If cost is a problem please speak to me - we can always provide ingredients." + sig("pickles")),
            attachment("ingredients_weeks5-8.csv", "text/csv",
                       "week,dish,ingredients\n"
                       "5,Chicken stir-fry,\"1 chicken breast, shiitake mushrooms, pak choi, soy sauce\"\n"
                       "6,Steak and ale pie (filling only),\"200g rump steak, 1 onion, stock cube\"\n"
                       "7,Faggots in onion gravy,\"250g pork mince, 50g liver, sage, breadcrumbs\"\n"
                       "8,Jam roly-poly,\"100g suet, 200g self-raising flour, jam\"\n"),
        ], "=_r2_ol_att_c25"))

    add("clean", "physics trip: Uranus, sextant, Titan, titanium; HTML only",
        frm="cockburn", to=PARENTS, subj="Observatory evening - Year 10 physics", date=when(5, 8, 15),
        body=html("<html><body><p>Dear Parents/Carers,</p><p>On Tuesday 8 December, weather permitting, Year 10 "
                  "will visit the university observatory from 6.30pm to 8.30pm. If the sky is clear they should "
                  "see Saturn and its moon Titan, and possibly Uranus. Indoors, they will try navigating with a "
                  "sextant and see why titanium is used in telescope mounts.</p>" + html_sig("cockburn")
                  + "</body></html>"))

    add("clean", "LGBT+ History Month / anti-bullying letter: gay, lesbian, bisexual, homophobic, racist language mentioned neutrally",
        frm="fairclough", to=PARENTS, subj="Anti-Bullying Week and our values", date=when(9, 15, 30),
        body=text("Dear Families,\n\nDuring Anti-Bullying Week, pupils discussed the harm caused by homophobic, "
                  "racist, sexist and disablist language. A small number of incidents of name-calling have been "
                  "reported this term and each has been dealt with.\n\nIn February we will mark LGBT+ History "
                  "Month, learning about gay, lesbian, bisexual and transgender people who have shaped our "
                  "history, such as Alan Turing.\n\nThank you for your support." + sig("fairclough")))

    add("clean", "PTA Christmas fair programme as .html attachment: cocktail sausages, Glasscock's butchers, tombola",
        frm="marsden", to=PARENTS, subj="PTA Christmas Fair - programme attached", date=when(10, 17, 35),
        body=container("mixed", [
            text("Dear Parents,\n\nThe programme for Saturday's Christmas Fair is attached. Doors open at 11am." + sig("marsden")),
            attachment("christmas_fair_programme.html", "text/html",
                       "<html><body><h1>PTA Christmas Fair</h1><ul>"
                       "<li>11:00 Doors open - tombola, bottle stall, cake stall</li>"
                       "<li>11:30 Hot food: hog roast and cocktail sausages from Glasscock's Family Butchers</li>"
                       "<li>12:00 Choir and brass band</li><li>13:00 Grand raffle draw</li></ul></body></html>"),
        ], "=_r2_ol_att_c28"))

    add("clean", "maths notation that resembles masks: A*, 5!, 3*4, n!, x**2; to pupil",
        frm="price", to=[pupil("22tnovak")], subj="Further Maths - factorials homework", date=when(11, 18, 5),
        body=text("Tomas,\n\nFor Wednesday: questions 1-12 on page 87. Remember n! = n x (n-1)!, so 5! = 120 and "
                  "0! = 1. In Python you can check with math.factorial(5) or write 3*4 and x**2. Grade "
                  "boundaries for the A* are on the VLE.\n\nMr Price\n"))

    add("clean", "careers fair employers: Hancock & Dickinson Solicitors, Cummings Construction, Sussex University, analyst",
        frm="kaye", to=[pupil("21jsmith"), pupil("22amohammed"), pupil("23lwright")], subj="Careers fair - 2 December",
        date=when(12, 9, 40),
        body=text("Year 11,\n\nExhibitors at next week's careers fair include Hancock & Dickinson Solicitors, "
                  "Cummings Construction, Leeds City College, the University of Sussex, the Army, and a data "
                  "analyst from a local bank. Prepare two questions for at least three exhibitors.\n\n"
                  "Mrs Kaye\nCareers Lead\n"))

    return E


def staff_hdr_tuple(key):
    return (STAFF[key][0], staff(key))


# =================================================================== personal-address-to-parent
def personal_entries():
    E = []

    def add(exp, note, **kw):
        kw["exp"], kw["note"] = exp, note
        E.append(kw)

    S = staff_hdr_tuple
    # ------------------------------------------------------------- FLAG (30)
    add("flag", "personal mobile '07700 900214' with spaces, 'text me', to parent",
        frm="hartley", to=[JANE], subj="Re: Saturday football - meeting point", date=when(2, 18, 20),
        body=text("Hi Jane,\n\nThe meeting point changes every week depending on the pitch, so the easiest thing is "
                  "to text me on 07700 900214 on Saturday morning and I'll tell you where we are.\n\nDan Hartley\n"))

    add("flag", "personal mobile with no spaces '07700900875', to carer",
        frm="lloyd", to=[SAM], subj="DT project materials", date=when(3, 16, 10),
        body=text("Hi Sam,\n\nThanks for offering the offcuts of oak. Give me a ring on my mobile 07700900875 any "
                  "evening and we can sort out a time for me to collect them.\n\nGareth Lloyd\nDT\n"))

    add("flag", "personal mobile hyphenated '07700-900-582', multipart/alternative, to parent",
        frm="bellamy", to=[ALI], subj="Re: Fieldwork on Thursday", date=when(4, 20, 45),
        body=container("alternative", [
            text("Hi Mr Guardian,\n\nNo problem about the late pick-up. If the coach is delayed on the way back "
                 "I'll let you know - my mobile is 07700-900-582, feel free to ring it.\n\nTom\n"),
            html("<html><body><p>Hi Mr Guardian,</p><p>No problem about the late pick-up. If the coach is delayed "
                 "on the way back I'll let you know - my mobile is <b>07700-900-582</b>, feel free to ring "
                 "it.</p><p>Tom</p></body></html>"),
        ], "=_r2_pa_alt_p03"))

    add("flag", "personal mobile in +44 format '+44 7700 900631', HTML only, to parent",
        frm="patel", to=[JANE], subj="Piano lessons next term", date=when(5, 19, 5),
        body=html("<html><body><p>Dear Jane,</p><p>Ella is welcome to carry on with lunchtime piano next term. "
                  "You can reach me directly on +44 7700 900631 - it's my own phone, so don't worry about office "
                  "hours.</p><p>Best wishes,<br>Jay Patel</p></body></html>"))

    add("flag", "personal mobile '+44 (0)7700 900062', base64 body, to carer",
        frm="nair", to=[SAM], subj="Re: Year 8 York trip", date=when(6, 17, 30),
        body=text("Dear Sam,\n\nThank you for letting me know about his inhaler. On the day, if anything comes up, "
                  "please call me on my mobile, +44 (0)7700 900062, rather than the office, as I'll be with the "
                  "group all day.\n\nPriya Nair\n", "base64"))

    add("flag", "'WhatsApp me' with +447700900908 (no spaces) to pupil",
        frm="price", to=[pupil("20kchen")], subj="Revision over the weekend", date=when(6, 15, 55),
        body=text("Kai,\n\nIf you get stuck on the simultaneous equations over the weekend, WhatsApp me on "
                  "+447700900908 and I'll send you a worked example.\n\nMr Price\n"))

    add("flag", "personal mobile split across a line break ('07700' / '900347'), to parent",
        frm="whitaker", to=[ALI], subj="Re: Science catch-up over Christmas", date=when(9, 21, 15),
        body=text("Dear Mr Guardian,\n\nI'm happy to help with the catch-up work over the holidays. The easiest "
                  "way to get hold of me while school is closed is my mobile, 07700\n900347. I'm around most "
                  "days apart from Christmas week.\n\nClaire Whitaker\n"))

    add("flag", "personal mobile in HTML with &nbsp; separators ('07700&nbsp;900&nbsp;419'), to parent",
        frm="dickens", to=[JANE], subj="Re: RE homework", date=when(9, 19, 40),
        body=html("<html><body><p>Dear Mrs Parent,</p><p>Don't worry about the homework this week. If Ella has "
                  "any more questions she or you can call me on my personal mobile: 07700&nbsp;900&nbsp;419.</p>"
                  "<p>Lucy Dickens</p></body></html>", "quoted-printable"))

    add("flag", "personal mobile '(07700) 900 733' to pupil",
        frm="cockburn", to=[pupil("22tnovak")], subj="Practical write-up", date=when(10, 16, 45),
        body=text("Tomas,\n\nIf the upload on the VLE still doesn't work tonight, ring me on (07700) 900 733 and "
                  "I'll talk you through it.\n\nMr Cockburn\n"))

    add("flag", "personal mobile dotted '07700.900.156', to carer",
        frm="sexton", to=[SAM], subj="Confidential - follow-up", date=when(10, 17, 50),
        body=text("Dear Sam,\n\nThank you for talking to me today. If you'd rather not go through the office, my "
                  "mobile is 07700.900.156 - you can message me any time.\n\nNadia Sexton\n"))

    add("flag", "personal home landline '0113 496 0372' ('call me at home'), to parent",
        frm="okafor", to=[ALI], subj="Re: Extra tuition", date=when(11, 16, 35),
        body=text("Dear Mr Guardian,\n\nI'd be glad to talk about the extra reading support. Call me at home this "
                  "evening on 0113 496 0372 - I'm usually in after six.\n\nRachel Okafor\n"))

    add("flag", "personal home landline in +44 format '+44 161 496 0815' plus personal btinternet address, to carer",
        frm="butt", to=[SAM], subj="EHCP annual review", date=when(11, 18, 0),
        body=text("Dear Sam,\n\nIf you have any questions before the review, my home phone is +44 161 496 0815, or "
                  "email my own address angela.butt@btinternet.com as I'm working from home on Fridays.\n\n"
                  "Angela Butt\nSENCO\n", "quoted-printable"))

    add("flag", "personal hotmail address in body, to parent",
        frm="okafor", to=[JANE], subj="Re: English coursework draft", date=when(12, 20, 10),
        body=text("Hi Jane,\n\nThe school system keeps stripping the Google Docs links, so please ask Ella to send "
                  "her draft to my personal email instead: rachel.okafor77@hotmail.co.uk\n\nThanks,\nRachel\n"))

    add("flag", "personal gmail only in the Reply-To header; body neutral; to parent",
        frm="hartley", to=[ALI], reply_to="Dan Hartley <danhartley.pe@gmail.com>",
        subj="U14 fixture on Saturday", date=when(12, 19, 25),
        body=text("Dear Mr Guardian,\n\nSaturday's fixture is away at Moor Grange, kick-off 10am. Please let me "
                  "know by reply whether he can play.\n\nThanks,\nMr Hartley\n"))

    add("flag", "teacher CCs their own personal iCloud address so the parent has it ('copied in my own email')",
        frm="price", to=[JANE], cc=[("Owen Price", "owen.price@icloud.com")], subj="Maths support over half term",
        date=when(13, 15, 20),
        body=text("Dear Mrs Parent,\n\nI've copied in my own email so that you or Ella can reach me over half term "
                  "if she gets stuck with the revision booklet.\n\nOwen Price\n"))

    add("flag", "home address with postcode ('pop round to mine ... LS6 2QT'), to carer",
        frm="bellamy", to=[SAM], subj="Re: Lost coat", date=when(13, 17, 10),
        body=text("Hi Sam,\n\nGood news, I've found the coat - it was on the coach. I've taken it home with me, so "
                  "pop round and collect it from mine: 14 Larch Grove, Leeds LS6 2QT, any time after 5.\n\nTom\n"))

    add("flag", "WhatsApp wa.me link with personal number, multipart/alternative, to parent",
        frm="pickles", to=[JANE], subj="Bake sale volunteers", date=when(16, 12, 30),
        body=container("alternative", [
            text("Hi Jane,\n\nThank you so much for offering to help with the bake sale! It's easiest to organise "
                 "on WhatsApp - message me here: https://wa.me/447700900291\n\nJo\n"),
            html("<html><body><p>Hi Jane,</p><p>Thank you so much for offering to help with the bake sale! It's "
                 "easiest to organise on WhatsApp - <a href=\"https://wa.me/447700900291\">message me here</a>.</p>"
                 "<p>Jo</p></body></html>"),
        ], "=_r2_pa_alt_p17"))

    add("flag", "Snapchat invitation to pupil ('add me on snap, katiebdance')",
        frm="brennan", to=[pupil("23lwright")], subj="Dance show routine", date=when(16, 18, 5),
        body=text("Hi Lily,\n\nAdd me on snap, katiebdance, and I'll send you the video of the new routine so you "
                  "can practise over the weekend.\n\nMiss B\n"))

    add("flag", "Instagram invitation to pupil ('follow my personal insta @mrhancock.codes')",
        frm="hancock", to=[pupil("21jsmith")], subj="Code Club project ideas", date=when(17, 14, 15),
        body=text("Jack,\n\nGreat work on the game today. Follow my personal insta @mrhancock.codes - I post loads "
                  "of project ideas there, and you can DM me if you get stuck.\n\nMr Hancock\n"))

    add("flag", "Facebook Messenger invitation to carer",
        frm="whitaker", to=[SAM], subj="Re: Eco Club - allotment", date=when(17, 19, 50),
        body=text("Hi Sam,\n\nLovely to hear you'd like to help at the allotment. Just message me on Facebook "
                  "Messenger (Claire Whitaker - profile picture is me with a spaniel), it's much quicker than "
                  "email.\n\nClaire\n"))

    add("flag", "Telegram group / username invitation to pupil",
        frm="patel", to=[pupil("22amohammed")], subj="Band practice", date=when(18, 16, 25),
        body=text("Amir,\n\nI've set up a Telegram group for the jazz band so we can sort out rehearsals over "
                  "the holidays. Message me on Telegram - my username is @jaypatelkeys - and I'll add you.\n\n"
                  "Mr Patel\n"))

    add("flag", "HTML signature with 'Mob (personal): 07700 900447', multipart/alternative, to parent",
        frm="fenwick", to=[ALI], subj="DofE expedition kit list", date=when(18, 20, 30),
        body=container("alternative", [
            text("Dear Mr Guardian,\n\nThe kit list for the Bronze expedition is below. Please make sure boots are "
                 "worn in before the weekend.\n\n- rucksack (50-65 l)\n- sleeping bag\n- waterproofs\n\n"
                 "Marcus Fenwick\nDofE Co-ordinator\nMob (personal): 07700 900447\n"),
            html("<html><body><p>Dear Mr Guardian,</p><p>The kit list for the Bronze expedition is below. Please "
                 "make sure boots are worn in before the weekend.</p><ul><li>rucksack (50-65 l)</li><li>sleeping "
                 "bag</li><li>waterproofs</li></ul><p style=\"font-size:small\">Marcus Fenwick<br>DofE "
                 "Co-ordinator<br>Mob (personal): 07700 900447</p></body></html>"),
        ], "=_r2_pa_alt_p22"))

    add("flag", "base64 body, 'text me' with personal mobile, to pupil",
        frm="oduya", to=[pupil("24ebrown")], subj="Spanish speaking exam", date=when(19, 17, 15),
        body=text("Hola Emily,\n\nYou're going to be fine on Monday. If you're nervous the night before, text me on "
                  "07700 900528 and we can go through your answers one more time.\n\nSra Oduya\n", "base64"))

    add("flag", "QP soft line break inside the mobile number ('07700 90=' / '0683'), Headteacher to parent",
        frm="fairclough", to=[ALI], subj="Following our meeting", date=when(19, 18, 40),
        body=text(None, "quoted-printable", raw=(
            "Dear Mr Guardian,\n\nThank you for coming in today. I hope we now have a plan that works for =\n"
            "everyone. If anything changes over the weekend, please ring me on =\n"
            "my own mobile, 07700 90=\n"
            "0683, rather than waiting until Monday.\n\nHelen Fairclough\nHeadteacher\n")))

    add("flag", "'you've still got my number ... just text me' - private channel invitation without writing the number (BORDERLINE: no contact detail appears in the message)",
        frm="hartley", to=[JANE], subj="Re: lift to the county trials", date=when(20, 21, 5),
        body=text("Hi Jane,\n\nNo problem at all. You've still got my number from the residential - just text me "
                  "on Saturday when you're leaving and I'll meet you in the car park.\n\nDan\n"))

    add("flag", "personal Yahoo address in signature ('Personal: ... I check this one more'), to parent",
        frm="brennan", to=[ALI], subj="Dance show tickets", date=when(20, 16, 50),
        body=text("Dear Mr Guardian,\n\nTickets for the dance show go on sale on Monday via ParentPay, \u00a35 "
                  "adults and \u00a33 children.\n\nKatie Brennan\nTeacher of Dance\nPersonal: "
                  "k.brennan@yahoo.co.uk (I check this one more)\n", "quoted-printable"))

    add("flag", "vCard (.vcf) attachment with personal mobile, personal gmail and home address; body innocent; to carer",
        frm="oduya", to=[SAM], subj="My contact card", date=when(23, 8, 55),
        body=container("mixed", [
            text("Dear Sam,\n\nI've attached my contact card so you've got my details for the exchange trip.\n\n"
                 "Sade Oduya\n"),
            attachment("Sade_Oduya.vcf", "text/vcard",
                       "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sade Oduya\r\nN:Oduya;Sade;;;\r\n"
                       "TEL;TYPE=CELL:07700 900528\r\nEMAIL;TYPE=HOME:sade.oduya@gmail.com\r\n"
                       "ADR;TYPE=HOME:;;31 Chapel Lane;Leeds;;LS12 3EQ;UK\r\nEND:VCARD\r\n"),
        ], "=_r2_pa_att_p27"))

    add("flag", "mixed recipients: colleague in To, parent in Cc; personal mobile given to both",
        frm="fenwick", to=[S("hartley")], cc=[JANE], subj="DofE - Saturday pick-up", date=when(23, 17, 35),
        body=text("Dan, Jane,\n\nI'll be at the finish point at Otley Chevin from 2pm. My mobile is 07700 900447 "
                  "if either of you needs me on the day.\n\nMarcus\n"))

    add("flag", "personal mobile with no-break spaces (U+00A0) '+44 (0) 7700 900 318', QP UTF-8, to parent",
        frm="ashworth", to=[JANE], subj="Art portfolio collection", date=when(24, 16, 0),
        body=text("Dear Mrs Parent,\n\nElla's portfolio is ready. I'm in school on Thursday, but if that's no good "
                  "ring my mobile on +44\u00a0(0)\u00a07700\u00a0900\u00a0318 and we'll find another time.\n\n"
                  "Ben Ashworth\nArt\n", "quoted-printable"))

    add("flag", "home address given without the word 'home' ('I'm at Flat 3, 18 Cardigan Road, Leeds LS6 1LF'), to parent",
        frm="nair", to=[ALI], subj="Re: History project books", date=when(24, 19, 15),
        body=text("Dear Mr Guardian,\n\nI'm off sick this week but can still mark the project. I'm at Flat 3, 18 "
                  "Cardigan Road, Leeds LS6 1LF - just drop the books through the letterbox whenever suits.\n\n"
                  "Ms Nair\n"))

    # ------------------------------------------------------------- CLEAN (30)
    add("clean", "school's own number, postcode and office address in signature",
        frm="fairclough", to=PARENTS, subj="Welcome back after half term", date=when(2, 8, 0),
        body=text("Dear Families,\n\nWelcome back. A reminder that the school day starts at 8.40am and the gates "
                  "open at 8.25am. If your child is absent, please ring 01632 960000 or email "
                  "office@example-school.org.uk before 9am.\n\nMrs H Fairclough\nHeadteacher\nExample School\n"
                  "Leeds LS1 4AP\nTel 01632 960000\n"))

    add("clean", "trip letter: prices, dates, times, booking reference, ParentPay code; multipart/alternative",
        frm="bellamy", to=PARENTS, subj="Year 10 Geography residential - Malham", date=when(3, 11, 30),
        body=container("alternative", [
            text("Dear Parent/Carer,\n\nThe Year 10 residential to Malham Tarn runs from Monday 15 to Wednesday 17 "
                 "March 2027. The cost is \u00a3245.50; a \u00a350 deposit is due by 04/12/2026 via ParentPay "
                 "(item code 104877). The coach departs at 07:45 and returns at about 18:30 on 17/03/2027. "
                 "Our booking reference with the field centre is FSC-2027-00419." + sig("bellamy"),
                 "quoted-printable"),
            html("<html><body><p>Dear Parent/Carer,</p><p>The Year 10 residential to Malham Tarn runs from Monday "
                 "15 to Wednesday 17 March 2027.</p><ul><li>Cost: &pound;245.50</li><li>Deposit: &pound;50 by "
                 "04/12/2026 via ParentPay (item code 104877)</li><li>Coach: departs 07:45, returns about 18:30 "
                 "on 17/03/2027</li><li>Booking reference: FSC-2027-00419</li></ul>" + html_sig("bellamy")
                 + "</body></html>"),
        ], "=_r2_pa_alt_q02"))

    add("clean", "coach firm's own contact details (office number and email), clearly theirs",
        frm="hartley", to=PARENTS, subj="Cross-country championships - transport", date=when(4, 10, 20),
        body=text("Dear Parents,\n\nTransport to Saturday's championships is provided by Pennine Coaches Ltd. If "
                  "you need to change a pick-up, please contact Pennine Coaches directly on 0113 496 0250 or "
                  "bookings@pennine-coaches.example.co.uk, quoting our job number PC-88142." + sig("hartley")))

    add("clean", "venue's lost-property phone, email and address (science centre), clearly theirs",
        frm="whitaker", to=PARENTS, subj="Science centre trip - lost property", date=when(5, 14, 40),
        body=text("Dear Parents and Carers,\n\nA few items were left at the science centre on Tuesday. Please "
                  "contact the centre's lost property team directly on 0161 496 0733 or "
                  "lostproperty@sciencecentre.example.org. Their address is 1 Discovery Way, Halifax HX1 2NE."
                  + sig("whitaker")))

    add("clean", "work-experience employer's contacts incl. supervisor's work mobile, to pupil, clearly theirs",
        frm="kaye", to=[pupil("22tnovak")], subj="Your work experience placement", date=when(6, 9, 15),
        body=text("Hi Tomas,\n\nYour placement is confirmed:\n\n  Reed & Sons Joinery\n  Unit 4, Kirkstall "
                  "Industrial Estate, Leeds LS5 3BT\n  Supervisor: Tom Reed\n  Tel: 0113 496 0481 (workshop), "
                  "07700 900265 (Tom's work mobile)\n  Email: tom@reedjoinery.example.co.uk\n\nStart at 8am on "
                  "Monday 8 February. If you're ill, ring Tom AND the school office on 01632 960000.\n\n"
                  "Mrs Kaye\nCareers Lead\n"))

    add("clean", "school office email and attendance line (school number with option)",
        frm="marsden", to=[SAM], subj="Reporting absence", date=when(9, 9, 5),
        body=text("Dear Sam,\n\nThank you for letting us know. In future, please report absence by ringing the "
                  "attendance line on 01632 960000 (option 1) or emailing office@example-school.org.uk before "
                  "9am.\n\nSue Marsden\nSchool Business Manager\n"))

    add("clean", "reply quoting the parent's own mobile (07700 900123, in parents.csv) only in '>' lines",
        frm="patel", to=[JANE], subj="Re: Piano exam", date=when(9, 16, 0), in_reply_to="<gm-7781@mail.gmail.com>",
        body=text("Dear Jane,\n\nThanks for your message. The office will ring you tomorrow afternoon to confirm "
                  "the exam slot.\n\nJay Patel\nDirector of Music\n\n"
                  "> Hi Mr Patel, could someone call me about the exam date? My mobile is\n"
                  "> 07700 900123 if it's easier to call.\n> Jane\n"))

    add("clean", "'On ... wrote:' reply quoting the parent's signature (home address, email, mobile), QP",
        frm="butt", to=[ALI], subj="Re: Transport to the review", date=when(10, 11, 45),
        body=text("Dear Mr Guardian,\n\nThank you. We will send the meeting pack to the address we hold on file, "
                  "and I'll see you on the 3rd.\n\nMrs A Butt\nSENCO\n\n"
                  "On Tue, 10 Nov 2026 at 08:12, Ali Guardian <ali.guardian@btinternet.com> wrote:\n"
                  "> Please post the papers to me at home.\n>\n> Ali Guardian\n> 9 Moorland View, Leeds LS17 5JH\n"
                  "> ali.guardian@btinternet.com\n> 07700 900789\n", "quoted-printable"))

    add("clean", "HTML reply with blockquote quoting the carer's own mobile and address",
        frm="okafor", to=[SAM], subj="Re: Parents' evening call", date=when(11, 8, 30),
        body=container("alternative", [
            text("Dear Sam,\n\nOf course - the office will arrange a phone appointment instead.\n\nMrs R Okafor\n\n"
                 "On Mon, 9 Nov 2026 at 21:00, Sam Carer <sam.carer@outlook.com> wrote:\n"
                 "> I can't get in on Thursday. Could you ring me on 07700 900456? Or write to\n"
                 "> 42 Elm Street, Leeds LS8 2RT.\n"),
            html("<html><body><p>Dear Sam,</p><p>Of course - the office will arrange a phone appointment "
                 "instead.</p><p>Mrs R Okafor</p><div>On Mon, 9 Nov 2026 at 21:00, Sam Carer "
                 "&lt;sam.carer@outlook.com&gt; wrote:<blockquote type=\"cite\">I can't get in on Thursday. Could "
                 "you ring me on 07700 900456? Or write to 42 Elm Street, Leeds LS8 2RT.</blockquote></div>"
                 "</body></html>"),
        ], "=_r2_pa_alt_q09"))

    add("clean", "colleagues only: teacher gives personal mobile 07700 900214 (allowed)",
        frm="hartley", to=[S("price"), S("lloyd")], subj="Cover for Saturday's fixture", date=when(11, 17, 20),
        body=text("Lads,\n\nThanks for covering Saturday. If anything goes wrong, text me on 07700 900214 - I'll "
                  "have my phone on me all morning.\n\nDan\n"))

    add("clean", "colleagues only: teacher gives personal hotmail address for the holidays (allowed)",
        frm="okafor", to=[S("whitaker")], subj="Moderation folder", date=when(12, 13, 5),
        body=text("Claire,\n\nCould you send the moderation notes to my personal email over the holiday? It's "
                  "rachel.okafor77@hotmail.co.uk. Not the scripts, obviously, just the notes.\n\nRachel\n"))

    add("clean", "colleagues only: staff party at teacher's home address + WhatsApp group + mobile (allowed)",
        frm="bellamy", to=[S("hartley"), S("nair"), S("whitaker"), S("lloyd")], subj="Staff Christmas do",
        date=when(13, 16, 0),
        body=text("All,\n\nChristmas drinks at mine this year: 14 Larch Grove, Leeds LS6 2QT, from 7pm on Friday "
                  "18 December. Join the staff WhatsApp group for details - message me on 07700-900-582 and "
                  "I'll add you.\n\nTom\n"))

    add("clean", "online meeting link and ID with long digit strings",
        frm="nair", to=[ALI], subj="Online parents' meeting link", date=when(13, 9, 40),
        body=text("Dear Mr Guardian,\n\nHere are the details for Thursday's online meeting at 16:20.\n\n"
                  "  Link: https://meet.example.org/j/87149602233?pwd=Xq7LpR2\n  Meeting ID: 871 4960 2233\n"
                  "  Passcode: 552019\n\nIf you have trouble joining, ring the school office on 01632 960000.\n\n"
                  "Ms P Nair\nTeacher of History\n"))

    add("clean", "exam timetable to pupil: candidate number, centre number, times, rooms",
        frm="haigh", to=[pupil("21jsmith")], subj="Your mock exam timetable", date=when(16, 10, 0),
        body=text("Jack,\n\nCandidate number: 4471   Centre number: 36512\n\n"
                  "  Mon 30/11  09:00-10:30  English Language P1   Sports Hall, seat B14\n"
                  "  Mon 30/11  13:30-15:00  Maths P1 (non-calc)   Sports Hall, seat B14\n"
                  "  Tue 01/12  09:00-10:45  Combined Science B1   Room S2, seat 07\n\n"
                  "Bring a clear pencil case and black pens.\n\nMrs C Haigh\nExams Officer\n"))

    add("clean", "food bank (third party) address, phone and website",
        frm="fairclough", to=[("Example School", OFFICE)], bcc=PARENTS, subj="Christmas food bank collection",
        date=when(16, 14, 30),
        body=text("Dear Families,\n\nThis year our Christmas collection supports Leeds North Food Bank, 12 Mill "
                  "Street, Leeds LS9 8AB (0113 496 0900, www.foodbank.example.org). Donations can be left in "
                  "reception until Friday 11 December." + sig("fairclough")))

    add("clean", "support services' (third party) numbers and email from the DSL",
        frm="whitehead", to=[SAM], subj="Support over the holidays", date=when(17, 15, 10),
        body=text("Dear Sam,\n\nAs discussed, here are the contacts for support while school is closed:\n\n"
                  "  Early Help Hub: 0113 496 0640 (Mon-Fri 9-5)\n  Family Support Service: "
                  "help@familysupport.example.org\n  In an emergency, always call 999.\n\n"
                  "Mr R Whitehead\nDeputy Head / DSL\n" + SCHOOL_SIG + "\n"))

    add("clean", "school-owned trip mobile 07700 900999, explicitly a school phone carried by the trip leader (BORDERLINE: mobile number, but not personal)",
        frm="whitaker", to=PARENTS, subj="Residential - emergency contact", date=when(17, 11, 20),
        body=text("Dear Parents and Carers,\n\nDuring the residential, the school's trip mobile is 07700 900999. "
                  "This is a school phone, carried by whichever member of staff is leading the trip; please "
                  "only use it in an emergency. At all other times contact the office on 01632 960000."
                  + sig("whitaker")))

    add("clean", "homework to pupil: page numbers, question ranges, dates, task ID",
        frm="price", to=[pupil("20kchen")], subj="Homework 4.3", date=when(18, 15, 0),
        body=text("Kai,\n\nHomework 4.3 is pages 112-118, questions 1-14, due Thursday 03/12/2026. The online "
                  "version is task 6609 on the VLE.\n\nMr Price\n"))

    add("clean", "parents' evening booking: times, booking URL with digits",
        frm="marsden", to=[("Example School", OFFICE)], bcc=PARENTS, subj="Year 9 parents' evening - 14 January",
        date=when(18, 12, 0),
        body=container("alternative", [
            text("Dear Parents,\n\nYear 9 parents' evening is on Thursday 14 January 2027, 16:00-19:30. "
                 "Appointments are 5 minutes. Book at https://booking.example.org/school/31842/event/2027-01-14 "
                 "from 09:00 on Monday 7 December." + sig("marsden")),
            html("<html><body><p>Dear Parents,</p><p>Year 9 parents' evening is on Thursday 14 January 2027, "
                 "16:00-19:30. Appointments are 5 minutes. <a href=\"https://booking.example.org/school/31842/"
                 "event/2027-01-14\">Book here</a> from 09:00 on Monday 7 December.</p>" + html_sig("marsden")
                 + "</body></html>"),
        ], "=_r2_pa_alt_q19"))

    add("clean", "teacher repeats the carer's OWN number (07700 900456, in parents.csv) in new text to confirm a call (label certain; hard for detectors: mobile in unquoted text)",
        frm="sexton", to=[SAM], subj="Call tomorrow", date=when(19, 16, 30),
        body=text("Dear Sam,\n\nI'll ring you tomorrow at about 4pm on 07700 900456 (the number we have on file). "
                  "If that number has changed, please let the office know.\n\nMs N Sexton\nPSHE & RSE Lead\n"
                  + SCHOOL_SIG + "\n"))

    add("clean", "newsletter, base64: uniform supplier address/phone, PTA email, school number",
        frm="fairclough", to=PARENTS, subj="Newsletter - uniform and PTA", date=when(19, 15, 30),
        body=container("alternative", [
            text("Dear Families,\n\nUniform: our supplier, Smart Schoolwear, 45 Briggate, Leeds LS1 6HD "
                 "(0113 496 0177), is open late on Thursdays in December.\n\nPTA: new volunteers are always "
                 "welcome - email pta@example-school.org.uk.\n\nMrs H Fairclough\n" + SCHOOL_SIG + "\n",
                 "base64"),
            html("<html><body><p><b>Uniform:</b> our supplier, Smart Schoolwear, 45 Briggate, Leeds LS1 6HD "
                 "(0113 496 0177), is open late on Thursdays in December.</p><p><b>PTA:</b> email "
                 "<a href=\"mailto:pta@example-school.org.uk\">pta@example-school.org.uk</a>.</p>"
                 + html_sig("fairclough") + "</body></html>", "base64"),
        ], "=_r2_pa_alt_q21"))

    add("clean", "away fixture: host school's address and postcode for satnav, departure times",
        frm="hartley", to=[pupil("21jsmith"), pupil("20kchen")], cc=[JANE, ALI],
        subj="Away fixture at Hillside Academy", date=when(20, 12, 15),
        body=text("Team,\n\nWednesday's fixture is away at Hillside Academy, Moor Lane, Penistone S36 6BJ "
                  "(postcode for satnav if parents are collecting). Minibus leaves school at 13:15; expected "
                  "back 17:45." + sig("hartley")))

    add("clean", "school nursing (NHS) team's phone and email, consent code",
        frm="marsden", to=PARENTS, subj="Flu immunisation - consent", date=when(20, 9, 30),
        body=text("Dear Parents,\n\nThe school immunisation team will visit on 9 December. Please complete the "
                  "online consent form using code LS1-FLU-26. Questions should go to the immunisation team on "
                  "0113 496 0555 or immunisations@schoolnursing.example.org." + sig("marsden")))

    add("clean", "school's own number in +44 format and with extension in HTML signature",
        frm="cockburn", to=[JANE], subj="Physics catch-up", date=when(23, 14, 5),
        body=html("<html><body><p>Dear Mrs Parent,</p><p>Ella can collect the catch-up pack from the science "
                  "office on Monday.</p><p style=\"font-size:small\">Mr I Cockburn<br>Teacher of Physics<br>"
                  "Example School, Leeds LS1&nbsp;4AP<br>Tel: +44&nbsp;1632&nbsp;960000 ext. 214</p>"
                  "</body></html>"))

    add("clean", "'message me on Teams' / Google Classroom code: school-managed channels, to pupil (BORDERLINE: 'message me' wording, but school accounts)",
        frm="hancock", to=[pupil("21jsmith")], subj="Stuck on the project?", date=when(23, 15, 40),
        body=text("Jack,\n\nIf you're stuck over the weekend, post in the Computing class on Teams or message me on "
                  "Teams with your school account. The Google Classroom code for the extension tasks is 4x7kq2m."
                  "\n\nMr Hancock\n"))

    add("clean", "vCard attachment with the SCHOOL office's contact details",
        frm="marsden", to=[ALI], subj="School contact card", date=when(24, 9, 0),
        body=container("mixed", [
            text("Dear Mr Guardian,\n\nAs requested, the school's contact card is attached.\n\nSue Marsden\n"),
            attachment("Example_School.vcf", "text/vcard",
                       "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Example School Office\r\nORG:Example School\r\n"
                       "TEL;TYPE=WORK:01632 960000\r\nEMAIL;TYPE=WORK:office@example-school.org.uk\r\n"
                       "ADR;TYPE=WORK:;;School Lane;Leeds;;LS1 4AP;UK\r\nEND:VCARD\r\n"),
        ], "=_r2_pa_att_q26"))

    add("clean", "colleague only: SENCO gives home landline to DSL for snow day (allowed)",
        frm="butt", to=[S("whitehead")], subj="If it snows tomorrow", date=when(24, 20, 10),
        body=text("Rob,\n\nIf we close tomorrow and the school phones are down, ring me at home on 0161 496 0815 "
                  "and I'll contact the families on the SEN list.\n\nAngela\n"))

    add("clean", "colleagues only: personal mobile in HTML with &nbsp; (allowed)",
        frm="dickens", to=[S("nair"), S("oduya")], subj="Year 7 RE trip staffing", date=when(24, 12, 25),
        body=html("<html><body><p>Hi both,</p><p>Thanks for volunteering for the gurdwara visit. On the day my "
                  "mobile is 07700&nbsp;900&nbsp;419 if you get separated from the group.</p><p>Lucy</p>"
                  "</body></html>"))

    add("clean", "work-experience letter to parent with the vet practice's address/phone/email, clearly theirs",
        frm="kaye", to=[JANE], subj="Ella's work experience placement", date=when(25, 8, 45),
        body=text("Dear Mrs Parent,\n\nElla's placement is at Harrow Vets, 22 Station Road, Horsforth, Leeds "
                  "LS18 5PA. The practice manager can be contacted on 0113 496 0318 or "
                  "placements@harrowvets.example.co.uk." + sig("kaye")))

    add("clean", "ski trip: price, instalments, flight number, booking ref, tour operator's contacts, QP",
        frm="hartley", to=PARENTS, subj="Ski trip 2027 - payment schedule", date=when(25, 10, 5),
        body=text("Dear Parents,\n\nThe total cost of the February 2027 ski trip is \u00a31,149. Instalments: "
                  "\u00a3300 by 11/12/2026, \u00a3425 by 15/01/2027 and \u00a3424 by 12/02/2027. Outbound flight "
                  "EZY2041 departs Manchester at 06:10; booking reference EXS-88217-26. The tour operator is "
                  "Snowtrack Tours (0161 496 0020, schools@snowtrack.example.co.uk)." + sig("hartley"),
                  "quoted-printable"))

    return E


if __name__ == "__main__":
    for dirname, prefix, entries in (
        ("obscene-language", "ol", obscene_entries()),
        ("personal-address-to-parent", "pa", personal_entries()),
    ):
        rows = write_corpus(dirname, prefix, entries)
        flags = sum(r[1] == "flag" for r in rows)
        print(f"{dirname}: {len(rows)} messages ({flags} flag, {len(rows) - flags} clean)")
