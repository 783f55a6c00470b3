#!/usr/bin/env python3
"""Generate the round-10 BLIND hold-out corpus for the obscene-language module.

Python 3.11 standard library only.  Deterministic: fixed dates, Message-IDs,
MIME boundaries and a fixed-seed shuffle, so two runs are byte-identical.

    python3 tests/holdout/round10/make_round10_obscene.py

writes tests/holdout/round10/obscene-language/*.eml, labels.csv and README.md.
"""
import base64
import csv
import datetime as dt
import email.utils
import html as htmlmod
import io
import os
import quopri
import random
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"


def s(local, name=None):
    addr = f"{local}@{DOM}"
    return f"{name} <{addr}>" if name else addr


def p(local, name=None):
    addr = f"{local}@{PUP}"
    return f"{name} <{addr}>" if name else addr


# staff
MARSH = s("h.marsh", "Helen Marsh")
PRITCHARD = s("t.pritchard", "Tom Pritchard")
NATARAJAN = s("p.natarajan", "Priya Natarajan")
LLOYD = s("g.lloyd", "Gareth Lloyd")
WHITFIELD = s("c.whitfield", "Claire Whitfield")
BELL = s("m.bell", "Marcus Bell")
ROBERTS = s("s.roberts", "Sian Roberts")
ADEYEMI = s("f.adeyemi", "Femi Adeyemi")
DSL = s("dsl", "Designated Safeguarding Lead")
KIRK = s("j.kirk", "Joanne Kirk")
KOWALSKI = s("a.kowalski", "Anna Kowalski")
HENNESSY = s("r.hennessy", "Rob Hennessy")
FAIRBAIRN = s("l.fairbairn", "Lucy Fairbairn")
HUSSAIN = s("n.hussain", "Nadia Hussain")
CROWTHER = s("i.crowther", "Ian Crowther")
DANAHER = s("b.danaher", "Beth Danaher")
OAKES = s("s.oakes", "Stuart Oakes")
HOLROYD = s("k.holroyd", "Karen Holroyd")
NOLAN = s("c.nolan", "Chris Nolan")
THORPE = s("e.thorpe", "Ellie Thorpe")
OFFICE = s("office", "Example School Office")
STAFFLIST = s("allstaff", "All Staff")
ENGLISH = s("english-dept", "English Department")
SCIENCE = s("science-dept", "Science Department")
HUMS = s("humanities", "Humanities Team")
# parents
JANE = "Jane Parent <jane.parent@gmail.com>"
SAM = "Sam Carer <sam.carer@outlook.com>"
ALI = "Ali Guardian <ali.guardian@btinternet.com>"

MESSAGES = []


def add(label, slug, sender, to, subject, body, *, date, cc=(), fmt="plain",
        enc="7bit", html=None, subj_enc=None, attach=(), reply_to_id=None,
        note="", wrap=True):
    MESSAGES.append(dict(label=label, slug=slug, sender=sender, to=list(to),
                         cc=list(cc), subject=subject, body=textwrap.dedent(body).strip("\n") + "\n" if body else "",
                         date=date, fmt=fmt, enc=enc, html=html, subj_enc=subj_enc,
                         attach=list(attach), reply_to_id=reply_to_id, note=note,
                         wrap=wrap))


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def wrap_text(text):
    out = []
    for line in text.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)+)", line)
        prefix = m.group(1).rstrip() + " " if m else ""
        content = line[len(m.group(1)):] if m else line
        for piece in textwrap.wrap(content, 76 - len(prefix), break_long_words=False,
                                   break_on_hyphens=False):
            out.append(prefix + piece)
    return "\n".join(out)


def to_html(text):
    """Plain text -> simple HTML; '>' quoted blocks become blockquotes."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                       + to_html(inner) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines) + "</p>")
    return "\n".join(out)


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + inner + "\n</body></html>\n")


def is_ascii(t):
    try:
        t.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def text_part(ctype, text, enc, extra_headers=""):
    data = text.encode("utf-8")
    if enc == "7bit" and not is_ascii(text):
        enc = "qp"
    if enc == "7bit":
        cte, payload, cs = "7bit", data, "us-ascii"
    elif enc == "8bit":
        cte, payload, cs = "8bit", data, "utf-8"
    elif enc == "qp":
        cte, payload, cs = "quoted-printable", quopri.encodestring(data), "utf-8"
    elif enc == "b64":
        cte, payload, cs = "base64", base64.encodebytes(data), "utf-8"
    else:
        raise ValueError(enc)
    if not payload.endswith(b"\n"):
        payload += b"\n"
    head = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n' + extra_headers
    return head.encode("ascii") + b"\n" + payload


def enc_word_split(s, mode, maxlen=40):
    """Split s into chunks whose utf-8 length stays under maxlen bytes."""
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > maxlen:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode("utf-8")
        if mode == "B":
            words.append("=?UTF-8?B?" + base64.b64encode(b).decode() + "?=")
        else:
            q = "".join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "!*+-/" else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
            words.append("=?UTF-8?Q?" + q + "?=")
    return "\n ".join(words)


def header_subject(subject, subj_enc):
    if subj_enc is None and is_ascii(subject):
        return subject
    return enc_word_split(subject, subj_enc or "Q")


def build(n, m):
    tag = f"{n:03d}"
    date = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)
    mid = f"<r10obs.{tag}.{m['slug']}@{DOM}>"
    hdr = [f"From: {m['sender']}", "To: " + ",\n ".join(m["to"])]
    if m["cc"]:
        hdr.append("Cc: " + ",\n ".join(m["cc"]))
    hdr.append("Subject: " + header_subject(m["subject"], m["subj_enc"]))
    hdr.append("Date: " + email.utils.format_datetime(date))
    hdr.append("Message-ID: " + mid)
    if m["reply_to_id"]:
        hdr.append("In-Reply-To: " + m["reply_to_id"])
        hdr.append("References: " + m["reply_to_id"])
    hdr.append("MIME-Version: 1.0")
    body = wrap_text(m["body"]) if m["wrap"] else m["body"]
    html = m["html"]
    if html is None and m["fmt"] in ("alt", "html"):
        html = html_doc(to_html(m["body"]))
    elif html is not None and not html.lstrip().startswith("<!DOCTYPE"):
        html = html_doc(html)
    enc = m["enc"]

    if m["fmt"] == "plain":
        main = text_part("text/plain", body, enc)
    elif m["fmt"] == "html":
        main = text_part("text/html", html, enc)
    elif m["fmt"] == "alt":
        b = f"=_r10obs_{tag}_alt"
        main = (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
                f"--{b}\n").encode() + text_part("text/plain", body, enc) + \
            f"\n--{b}\n".encode() + text_part("text/html", html, enc) + f"\n--{b}--\n".encode()
    else:
        raise ValueError(m["fmt"])

    if m["attach"]:
        b = f"=_r10obs_{tag}_mixed"
        out = (f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
               "This is a multi-part message in MIME format.\n\n"
               f"--{b}\n").encode() + main
        for fname, ctype, content, aenc in m["attach"]:
            disp = f'Content-Disposition: attachment; filename="{fname}"\n'
            out += f"\n--{b}\n".encode() + text_part(f'{ctype}; name="{fname}"', textwrap.dedent(content).lstrip("\n"), aenc, disp)
        out += f"\n--{b}--\n".encode()
        main = out
    return ("\n".join(hdr) + "\n").encode("ascii") + main


# ==========================================================================
# FLAG: the staff author's own words contain swearing or a slur
# ==========================================================================

add("flag", "photocopier_plain", NOLAN, [HENNESSY], "Staffroom photocopier again", """
    Rob,

    The staffroom photocopier is jamming on every other sheet again. I've lost
    twenty minutes of my PPA this morning feeding it paper one page at a time
    and it's still printing everything with a grey stripe down the middle. It
    is absolutely shit and I've got 150 mock papers to run off by Thursday.

    Is there any chance the engineer can come out this week rather than next?
    Failing that, can I use the one in reprographics after school?

    Cheers,
    Chris
    """, date="2025-01-13 09:42", note="plain 'shit' in staff author's own text")

add("flag", "ofsted_reply_fucking", PRITCHARD, [BELL],
    "Re: Deep dive - PE next week?", """
    Mate, I genuinely thought I'd got away with it after last time. I'm
    fucking exhausted already and now I've got to rewrite the whole KS3
    curriculum map by Monday. Fine. I'll bring biscuits to the meeting.

    T

    On Tue, 14 Jan 2025 at 16:05, Marcus Bell <m.bell@example-school.org.uk> wrote:
    > Heads up - heard in SLT briefing that PE is likely to be one of the deep
    > dive subjects when the inspectors come in. Might be worth getting your
    > curriculum intent doc tidied up.
    >
    > Marcus
    """, date="2025-01-14 16:31", reply_to_id="<CAmb.20250114.1605@example-school.org.uk>",
    note="'fucking' in author's reply above quoted colleague text")

add("flag", "asterisk_mask_alt", KIRK, [ADEYEMI], "Year 9 rewards trip - cancelled AGAIN", """
    Femi,

    Just had the email from the bowling alley - they've double-booked and
    cancelled our Year 9 rewards trip for the second time. This is f***ing
    ridiculous. I've already sent the letters home and collected money from
    forty families through ParentPay.

    Can we talk at lunch about whether we refund everyone or try somewhere
    else before Easter? I really don't want to let the kids down again.

    Jo
    """, date="2025-01-15 11:05", fmt="alt", note="asterisk-masked f***ing")

add("flag", "leet_digits", BELL, [PRITCHARD, NOLAN], "5-a-side tonight", """
    Lads,

    Sports hall is booked 5.30-6.30 for staff 5-a-side. Last week was
    absolute b0ll0cks - we lost 9-2 to the sixth form and I'm not having
    that again. Tom, bring the bibs that don't smell. Chris, if you turn up
    in those sh1te trainers again you're in goal.

    Marcus
    """, date="2025-01-16 13:20", note="digits for letters: b0ll0cks, sh1te")

add("flag", "dotted_separators", DANAHER, [FAIRBAIRN], "lighting desk", """
    Lucy - whoever borrowed the lighting desk for the Year 8 assembly has
    wiped every single cue for the show. Three weeks of plotting gone. When I
    find out who it was I'm going to tell them exactly what a w.a.n.k.e.r
    they are.

    Can you ask around the music block? Tech rehearsal is Monday.

    Beth
    """, date="2025-01-17 15:48", note="dotted separators: w.a.n.k.e.r")

add("flag", "cyrillic_lookalike_qp", NOLAN, [HENNESSY, BELL], "Who parked in the DT bay?", """
    Whichever b\u0430stard parked a silver Astra across the DT delivery bay
    has just made the timber merchant drive off with our Year 10 order. I
    have no wood for tomorrow's practical. Brilliant.

    Rob, is there a list of staff reg numbers anywhere?

    Chris
    """, date="2025-01-20 08:47", enc="qp",
    note="Cyrillic a (U+0430) inside 'bastard', quoted-printable")

add("flag", "zero_width_b64", LLOYD, [ROBERTS], "Re: cover", """
    Sian, I've just seen the cover list. That's my third cover this week and
    my only free on Thursday gone. Fu\u200bcking hell. Who do I complain to -
    is it still Karen or has it moved to the new deputy?

    G
    """, date="2025-01-21 10:12", enc="b64", reply_to_id="<sr.cover.20250121@example-school.org.uk>",
    note="zero-width space inside 'Fucking', base64 body")

add("flag", "html_tags_split", MARSH, [ENGLISH], "Moderation feedback",
    "", date="2025-01-22 17:03", fmt="html",
    html=("<p>Hi all,</p>\n"
          "<p>Exam board moderation feedback is back for the NEA. They have marked us "
          "down on three folders for &ldquo;over-generous application of AO2&rdquo;, which "
          "frankly is bull<b></b>shit &ndash; they were the strongest essays we&rsquo;ve "
          "had in years.</p>\n"
          "<p>I&rsquo;m appealing, so please can everyone send me their annotated copies "
          "by Friday. Sorry for the f<span style=\"color:inherit\">u</span>cking rant.</p>\n"
          "<p>Helen</p>"),
    note="HTML-only; empty/inline tags split 'bullshit' and 'fucking'")

add("flag", "html_entities", OAKES, [NATARAJAN], "Fridge", "", date="2025-01-23 12:55",
    fmt="html", enc="qp",
    html=("<div>Priya,</div>\n<div><br></div>\n"
          "<div>Someone has taken my lunch out of the food tech fridge again &ndash; "
          "labelled and everything. Honestly whoever it is, is a complete "
          "c&#117;nt.</div>\n<div><br></div>\n"
          "<div>Going to put a padlock on it. Do you have a spare?</div>\n"
          "<div>Stu</div>"),
    note="HTML numeric entity inside the word (c&#117;nt)")

add("flag", "subject_rfc2047", BELL, [HOLROYD], "Re: Year 10 options - what a fucking mess", """
    Karen,

    Sorry - should have changed the subject line before sending. But the
    options blocks as they stand put Further Maths against Computer Science
    again, and eleven students want both. Can we look at it before the
    letters go out on Friday?

    Marcus
    """, date="2025-01-24 07:58", subj_enc="B",
    reply_to_id="<kh.options.20250123@example-school.org.uk>",
    note="swearing only in RFC 2047 base64 encoded subject")

add("flag", "attachment_txt", LLOYD, [HOLROYD], "My notes for Thursday's meeting", """
    Karen,

    As requested, attached are my notes on the new marking and feedback
    policy ahead of Thursday's middle leaders' meeting.

    Gareth
    """, date="2025-01-27 19:40",
    attach=[("marking_policy_notes.txt", "text/plain", """
        Notes on draft marking & feedback policy - G. Lloyd

        1. Three colours of pen. Students can't tell them apart and neither can I.
        2. "Dialogic marking" every two weeks for every KS3 class: that is 11
           classes x 30 books. Nobody has costed the time.
        3. Honestly the whole thing is a load of bollocks dreamt up by someone
           who hasn't taught a full timetable in years.
        4. Suggest we pilot whole-class feedback sheets in Humanities instead.
        """, "b64")],
    note="swearing inside base64 text/plain attachment written by sender")

add("flag", "racial_slur", HENNESSY, [WHITFIELD], "milk", """
    Claire - staffroom's out of milk again. I'm nipping down to the Paki
    shop on the corner, do you want anything? Back in 10.

    Rob
    """, date="2025-01-28 10:31", note="racial slur in author's own words")

add("flag", "homophobic_slur", PRITCHARD, [KIRK], "Jayden - PE kit", """
    Jo,

    Jayden in 9K has "forgotten" his PE kit four weeks running now because
    he says it's too cold on the field. I've told him to stop being such a
    poofter and get out there with everyone else. Can you have a word with
    home about the kit?

    Tom
    """, date="2025-01-29 14:10", note="homophobic slur about a pupil")

add("flag", "disability_slur_alt", BELL, [KIRK, NATARAJAN], "Set 4 mocks", """
    Hi both,

    Mock results for Year 11 set 4 are in. Honestly, they're a bunch of
    retards - a third of them didn't even attempt the last six questions.
    I'll put the spreadsheet on the shared drive.

    Can we look at moving Ollie and Grace up to set 3 for the final push?

    Marcus
    """, date="2025-01-30 16:45", fmt="alt", note="disability slur about pupils")

add("flag", "gender_slur_reply", THORPE, [KIRK], "Re: Maisie - EHCP review", """
    She's been like this at every meeting. Stupid bitch wouldn't even let me
    finish a sentence. I'll write it up properly tomorrow.

    Ellie

    -----Original Message-----
    From: Joanne Kirk <j.kirk@example-school.org.uk>
    Sent: 31 January 2025 15:20
    To: Ellie Thorpe <e.thorpe@example-school.org.uk>
    Subject: Maisie - EHCP review

    How did the review go with Maisie's mum? She sounded quite upset on the
    phone this morning.

    Jo
    """, date="2025-01-31 16:02", reply_to_id="<jk.maisie.20250131@example-school.org.uk>",
    note="gendered slur about a parent in author's reply")

add("flag", "base64_twat", ADEYEMI, [HOLROYD], "Council visit", """
    Karen,

    The twat from the council's admissions team turned up without an
    appointment again and wanted to see the in-year transfer files. I told
    him we'd need something in writing first. He wasn't impressed.

    Femi
    """, date="2025-02-03 12:18", enc="b64", note="'twat' inside base64 body")

add("flag", "spaced_letters", KOWALSKI, [MARSH], "Languages day", """
    Helen,

    The coach company has just cancelled the Languages Day trip to
    Manchester, the day before, with no refund.

    What the f u c k.

    Sorry. I'll ring round the others and see if anyone can take us.

    Anna
    """, date="2025-02-04 17:22", note="letters separated by spaces")

add("flag", "soft_hyphen_8bit", WHITFIELD, [ROBERTS], "parking permit", """
    Sian,

    The new permit system has given my space to the trust's finance person
    who visits twice a term. I've been parking in Tesco all week. Total
    bol\u00adlocks. Can you raise it at the staff forum on Wednesday?

    Claire
    """, date="2025-02-05 08:35", enc="8bit",
    note="soft hyphen (U+00AD) inside 'bollocks', 8bit UTF-8")

add("flag", "forward_arsehole", KIRK, [ADEYEMI], "Fw: Detention on Friday", """
    Femi - this arsehole again. Third complaint this half term. Can you
    reply? I don't trust myself.

    Jo

    ---------- Forwarded message ---------
    From: Ali Guardian <ali.guardian@btinternet.com>
    Date: Mon, 10 Feb 2025 at 07:12
    Subject: Detention on Friday
    To: Joanne Kirk <j.kirk@example-school.org.uk>

    Good morning,

    My son will not be attending the detention on Friday as he has a dental
    appointment. I also do not agree that the detention was deserved and I
    would like a meeting to discuss it.

    Regards,
    Ali Guardian
    """, date="2025-02-10 08:20", note="insult in forwarding staff's comment above a polite parent email")

add("flag", "symbol_substitution_alt", CROWTHER, [NOLAN], "Re: laptop trolley", """
    Chris,

    Somebody has left the Year 8 laptop trolley unplugged over half term
    again so every single one is dead. Sh!t. Whichever d!ckhead did it can
    come and explain to 30 kids why they can't do their coursework.

    Charging now - they'll be usable after period 3.

    Ian
    """, date="2025-02-24 08:05", fmt="alt", reply_to_id="<cn.trolley.20250224@example-school.org.uk>",
    note="symbols for letters: Sh!t, d!ckhead")

# ==========================================================================
# CLEAN: ordinary everyday school mail
# ==========================================================================

add("clean", "trip_letter_parents", ROBERTS, [JANE, SAM, ALI], "Year 8 geography trip to Malham - 12 March", """
    Dear Parents and Carers,

    Year 8 will be visiting Malham Cove on Wednesday 12 March as part of
    their limestone landscapes unit. We will leave school at 8.30am and return
    by 4.00pm.

    Students should bring a packed lunch, a waterproof coat and sturdy shoes
    or walking boots. The cost is £14, payable on ParentPay by 28 February.
    If cost is a barrier, please contact the school office on 01632 960000 and
    we will help.

    Many thanks,
    Mrs S Roberts
    Head of Geography
    """, date="2025-01-13 15:30", fmt="alt", enc="qp")

add("clean", "cover_request", MARSH, [s("cover", "Cover Manager")], "Cover - Thursday P3-4", """
    Hi,

    I'm out on Thursday periods 3 and 4 for the moderation meeting at the
    trust. Work for 10E2 and 12A is on the shared drive under
    English > Cover > 30 Jan. 10E2 are reading chapter 4 of An Inspector
    Calls and answering the questions; 12A have a timed paragraph.

    Thanks,
    Helen
    """, date="2025-01-27 08:14")

add("clean", "detention_notice_parent", KIRK, [SAM], "After-school detention - Thursday", """
    Dear Sam,

    I'm writing to let you know that your child has a 30-minute after-school
    detention on Thursday 6 February, 3.10pm-3.40pm in room H4, for repeated
    lateness to registration this week.

    If there is a reason they cannot attend, please let me know by Wednesday
    and we can rearrange.

    Kind regards,
    Mrs J Kirk
    Head of Year 9
    """, date="2025-02-03 14:02")

add("clean", "parents_evening", OFFICE, [JANE, SAM, ALI], "Year 11 parents' evening - booking now open", """
    Dear Parents and Carers,

    Year 11 parents' evening will take place on Thursday 20 February, 4.00pm
    to 7.00pm, in the main hall. Appointments can be booked through the
    School Cloud system from today until midday on 18 February.

    Appointments are five minutes each. Please arrive a few minutes early and
    sign in at reception.

    Example School
    01632 960000 | office@example-school.org.uk
    """, date="2025-02-06 12:00", fmt="alt")

add("clean", "homework_reminder_pupils", NATARAJAN, [p("11sc1")], "Chemistry homework - due Monday", """
    Hi 11SC1,

    Reminder that your rates of reaction homework on Seneca is due Monday
    before registration. A few of you haven't started it yet - it takes about
    35 minutes.

    Revision session after school on Wednesday in S3 if you want help with
    the graph questions.

    Miss Natarajan
    """, date="2025-01-17 12:40")

add("clean", "fixture_change", PRITCHARD, [p("u14-netball"), p("u14-football")], "Fixtures this week - change of venue", """
    Hi all,

    Wednesday's U14 football fixture has moved to their ground, not ours,
    because our top pitch is waterlogged. The minibus leaves from the sports
    hall at 3.15 sharp. Back by about 5.45.

    Netball on Thursday is unchanged - home, 3.30 start.

    Mr Pritchard
    """, date="2025-02-10 13:01")

add("clean", "bus_route_change", WHITFIELD, [JANE, ALI], "School bus 47 - temporary route change", """
    Dear Parents and Carers,

    Because of roadworks on Mill Lane, the 47 school bus will use the bypass
    for the next two weeks. The Mill Lane stop will be moved to the church
    car park. Times will be roughly five minutes later in the afternoon.

    Thank you for your patience.

    Claire Whitfield
    School Office
    """, date="2025-01-20 10:10")

add("clean", "exam_timetable_attach", ADEYEMI, [p("year11")], "Mock exam timetable - March", """
    Dear Year 11,

    The timetable for the March mock exams is attached. Please check it
    carefully and tell your tutor by Friday if you see any clashes.

    Bring a clear pencil case, black pens and a calculator.

    Mr Adeyemi
    """, date="2025-02-12 09:00",
    attach=[("mock_timetable.csv", "text/csv", """
        date,session,subject,paper,room
        2025-03-03,AM,English Language,Paper 1,Sports Hall
        2025-03-03,PM,Biology,Paper 1,Sports Hall
        2025-03-04,AM,Maths,Paper 1 (non-calc),Sports Hall
        2025-03-05,AM,History,Paper 1,Main Hall
        2025-03-05,PM,French,Listening,MFL suite
        """, "7bit")])

add("clean", "inset_day", HOLROYD, [STAFFLIST], "INSET day - Monday 24 February", """
    Dear colleagues,

    A reminder that Monday 24 February is an INSET day. The plan:

    8.45  Coffee in the library
    9.00  Safeguarding update (Femi)
    10.15 Department time
    12.30 Lunch provided
    1.30  Adaptive teaching workshops (sign-up sheet in staffroom)

    Finish 3.30. Dress is smart casual.

    Karen
    """, date="2025-02-14 16:30", wrap=False)

add("clean", "fire_drill", HENNESSY, [STAFFLIST], "Fire drill this week", """
    All,

    There will be a fire evacuation drill at some point this week. Please
    make sure your class registers are up to date on SIMS so the office can
    print the lists, and remind students about the assembly points on the
    bottom field.

    Rob
    Site Manager
    """, date="2025-01-14 07:45")

add("clean", "canteen_menu_plain", OFFICE, [JANE, SAM, ALI], "Canteen menu - week beginning 3 March", """
    Dear Parents and Carers,

    Next week's main options:

    Mon - Chicken curry / vegetable curry
    Tue - Pasta bake / jacket potatoes
    Wed - Roast dinner
    Thu - Fish fingers / veggie burger
    Fri - Pizza and wedges

    Salad bar and fruit available every day. Please top up ParentPay
    balances before Monday.

    School Office
    """, date="2025-02-28 11:00", wrap=False)


add("clean", "reports_deadline", ADEYEMI, [STAFFLIST], "Year 7 reports - deadline Friday", """
    Colleagues,

    Year 7 report comments and working-at grades need to be on SIMS by 4pm
    this Friday. Comments should be 2-3 sentences, one strength and one
    target. Please avoid abbreviations parents won't recognise.

    Thanks,
    Femi
    """, date="2025-02-03 08:00", fmt="alt")

add("clean", "dept_meeting_agenda", NATARAJAN, [SCIENCE], "Science dept meeting - agenda", """
    Hi team,

    Agenda for Tuesday after school (S1, 3.20):

    1. Required practicals tracker - who's behind?
    2. Technician requests: 48 hours notice please
    3. Year 9 assessment moderation
    4. Trip to the Science Museum - volunteers?
    5. AOB

    Priya
    """, date="2025-01-24 16:15", wrap=False,
    attach=[("required_practicals.txt", "text/plain", """
        Required practicals - status at 24 Jan
        Y10 Biology: osmosis - done (all groups)
        Y10 Chemistry: making salts - 10C3 outstanding
        Y11 Physics: specific heat capacity - planned w/c 3 Feb
        """, "7bit")])

add("clean", "uniform_reply_parent", KIRK, [JANE], "Re: Uniform - trainers", """
    Dear Jane,

    Thank you for letting me know. That's absolutely fine while the new
    school shoes are on order - I'll make a note on the system so tutors know
    and she won't be sanctioned. If it goes beyond a fortnight please drop me
    a line again.

    Kind regards,
    Mrs Kirk

    On Mon, 27 Jan 2025 at 07:55, Jane Parent <jane.parent@gmail.com> wrote:
    > Hello Mrs Kirk,
    > My daughter's school shoes have split and the replacements won't arrive
    > until next week. Would it be okay for her to wear plain black trainers
    > until then?
    > Thanks, Jane
    """, date="2025-01-27 09:12", reply_to_id="<CAJP.shoes.20250127@mail.gmail.com>")

add("clean", "newsletter_forward", WHITFIELD, [STAFFLIST], "Fwd: Trust newsletter - February", """
    FYI - February trust newsletter below. Page 2 has the CPD dates.

    Claire

    -------- Forwarded Message --------
    Subject: Trust newsletter - February
    Date: Fri, 7 Feb 2025 10:00:00 +0000
    From: Trust Communications <comms@trust.example.org>

    Welcome to the February newsletter. This month: congratulations to all
    our schools on the Key Stage 4 results published last week, dates for
    the spring CPD programme, and a reminder that nominations for the staff
    awards close on 28 February.
    """, date="2025-02-07 11:20", fmt="alt")

add("clean", "dofe_kit_list", PRITCHARD, [JANE, SAM], "DofE Bronze practice expedition - kit list", """
    Dear Parents and Carers,

    Ahead of the Bronze practice expedition on 29-30 March, please find the
    kit list attached. Students will be camping at a site near Hebden Bridge.

    Please label everything. We can lend rucksacks and sleeping mats - just
    let me know by 14 March.

    Mr Pritchard
    DofE Coordinator
    """, date="2025-02-25 18:05",
    attach=[("dofe_bronze_kit_list.txt", "text/plain", """
        DofE Bronze - personal kit
        - Rucksack (50-65 litres) with liner
        - Sleeping bag (3-season) and mat
        - Waterproof jacket and trousers
        - Walking boots (worn in!)
        - Warm layers, spare socks x3
        - Head torch, whistle, water bottle (1 litre)
        - Personal first aid, any medication
        """, "qp")])

add("clean", "spring_concert", FAIRBAIRN, [JANE, SAM, ALI], "Spring concert \u2013 Thursday 27 March", """
    Dear Parents and Carers,

    You are warmly invited to our Spring Concert on Thursday 27 March at
    7pm in the main hall. The programme includes the junior choir, the
    jazz band, the string ensemble and solo performances from Year 13.

    Tickets are £4 (students free) from the school office or on the door.
    Refreshments will be served by the PTA at the interval.

    Miss L Fairbairn
    Director of Music
    """, date="2025-03-03 16:00", fmt="alt", enc="qp", subj_enc="Q")

add("clean", "library_overdue", s("library", "School Library"), [p("k.ahmed21")], "Overdue library book", """
    Hi Kasim,

    Our records show "The Boy at the Back of the Class" is now three weeks
    overdue. Could you bring it back to the library this week, or let us know
    if you'd like to renew it?

    Thanks,
    Mrs Patel
    Library
    """, date="2025-01-22 10:45")

add("clean", "safeguarding_training", DSL, [STAFFLIST], "Annual safeguarding training - complete by 28 Feb", """
    Dear all,

    If you haven't yet completed this year's online safeguarding refresher,
    please do so by 28 February. It takes about 45 minutes. Certificates are
    recorded automatically.

    New staff: your induction session with me is on 19 February at 3.30pm
    in the conference room.

    Femi Adeyemi
    Designated Safeguarding Lead
    """, date="2025-02-05 07:30")

add("clean", "it_password_reset", CROWTHER, [STAFFLIST], "Password change this weekend", """
    Hello all,

    All staff network passwords will expire on Saturday. On Monday morning
    you will be asked to choose a new one: at least 14 characters, and not
    one you have used before. Passphrases of three random words work well.

    If you get locked out, ring IT on extension 214.

    Ian
    IT Services
    """, date="2025-01-30 15:55")

add("clean", "staff_social", FAIRBAIRN, [STAFFLIST], "End of term staff quiz", """
    Hi everyone,

    Staff quiz night on Friday 4 April at the cricket club - teams of six,
    £5 each with a curry included. Money for the Year 13 prom fund. Sign up
    on the sheet in the staffroom.

    Lucy
    """, date="2025-03-10 12:10", fmt="html")

add("clean", "revision_sessions", MARSH, [p("year11")], "Easter revision sessions", """
    Dear Year 11,

    English revision sessions will run on Tuesday 15 and Wednesday 16 April,
    10am-12pm in E5. We'll be focusing on Paper 2 Section B writing and on
    Macbeth quotation retrieval.

    Please sign up with your English teacher so we know numbers.

    Mrs Marsh
    """, date="2025-03-12 14:20", enc="b64")

add("clean", "ucas_references", LLOYD, [HUMS], "UCAS references - history students", """
    Hi all,

    I'm collating subject paragraphs for the Year 12 students applying in the
    autumn. Could you send me 3-4 sentences for each history student you teach
    by 14 March: academic strengths, independent reading, anything notable
    from the EPQ.

    Thanks,
    Gareth
    """, date="2025-02-27 17:05")


add("clean", "car_park_resurfacing", HENNESSY, [STAFFLIST], "Car park resurfacing - half term", """
    All,

    The main car park will be resurfaced over February half term. It will be
    closed from Saturday 15 to Sunday 23 February. Staff coming in during half
    term please park on the bottom playground via the side gate.

    Rob
    """, date="2025-02-11 16:40")

add("clean", "supply_invoice", s("finance", "Finance Office"), ["accounts@supplyteachers.example.com"], "Invoice INV-20931 query", """
    Good afternoon,

    We've received invoice INV-20931 for supply cover in January. It lists
    14 days for science cover but our records show 12 (the teacher was absent
    on 16 and 17 January). Could you check and reissue?

    Kind regards,
    Finance Office
    Example School, LS1 4AP
    """, date="2025-02-04 14:35")

add("clean", "work_experience", s("careers", "Careers Lead"), ["placements@solicitors.example.com"], "Work experience placement - Year 10", """
    Dear Ms Harding,

    Thank you for agreeing to host one of our Year 10 students for work
    experience from 7 to 11 July. I've attached the placement form and our
    health and safety checklist. Could you return them by 30 April?

    If you have any questions, please call me on 01632 960000.

    With thanks,
    Mr D Okoro
    Careers Lead
    """, date="2025-03-05 10:25",
    attach=[("placement_details.txt", "text/plain", """
        Student: Year 10 (details to follow once confirmed)
        Dates: Mon 7 July - Fri 11 July 2025
        Hours: 9.00-4.00 suggested
        School contact: Mr D Okoro, careers@example-school.org.uk
        """, "7bit")])

add("clean", "governors_meeting", HOLROYD, [s("governors", "Governing Board")], "Full governing board - papers", """
    Dear Governors,

    Papers for the full governing board meeting on Tuesday 18 March are now on
    GovernorHub. Items include the budget monitoring report, the updated
    attendance strategy, and the school improvement plan review.

    Please let the clerk know if you can't attend.

    Karen Holroyd
    Headteacher
    """, date="2025-03-07 17:30", fmt="alt")

add("clean", "prize_giving", ADEYEMI, [JANE, SAM, ALI], "Invitation: Celebration Evening", """
    Dear Parents and Carers,

    We are delighted to let you know that your child will receive an award
    at our Celebration Evening on Wednesday 2 July at 6.30pm. Please keep
    this a surprise if you can!

    Each student may bring two guests. Please reply to confirm numbers by
    20 June.

    Mr F Adeyemi
    Deputy Headteacher
    """, date="2025-03-18 15:45", fmt="html", enc="qp")

add("clean", "careers_fair", s("careers", "Careers Lead"), [p("year10"), p("year12")], "Careers fair \u2013 Tuesday 25 March", """
    Hi all,

    Our careers fair is on Tuesday 25 March in the sports hall, periods
    4-5. Over 30 employers, colleges and universities are coming, including
    the NHS trust, the police, local engineering firms and two apprenticeship
    providers.

    Bring questions - and a pen!

    Mr Okoro
    """, date="2025-03-17 08:50", subj_enc="B", enc="b64")

add("clean", "attendance_reply_parent", s("attendance", "Attendance Officer"), [ALI], "Re: Absence today", """
    Dear Mr Guardian,

    Thank you for letting us know. I've recorded today's absence as illness.
    I hope he feels better soon. If he is off for more than two days, please
    call the office on 01632 960000.

    Kind regards,
    Mrs A Lister
    Attendance Officer

    From: Ali Guardian <ali.guardian@btinternet.com>
    Sent: 04 March 2025 07:41
    Subject: Absence today

    Hi, my son has a temperature and won't be in school today. Thanks.
    """, date="2025-03-04 08:22", reply_to_id="<AG.absence.20250304@btinternet.com>")

# ==========================================================================
# CLEAN: hard negatives
# ==========================================================================

add("clean", "scunthorpe_fixture", PRITCHARD, ["sport@scunthorpe-academy.example.org"], "U15 rugby - Scunthorpe away", """
    Hi Dave,

    Just confirming our U15 rugby fixture at yours on Wednesday 5 March, 2pm
    kick-off. We'll travel down by coach and should arrive around 1.30. We'll
    bring a first aider. Can you let me know which changing rooms we're in?

    Looking forward to it - the lads still talk about last year's game in
    Scunthorpe.

    Tom Pritchard
    Head of PE
    """, date="2025-02-18 12:30", note="Scunthorpe (place name)")

add("clean", "penistone_cockermouth_fieldwork", ROBERTS, [p("year10-geog")], "Fieldwork: Penistone and the Cockermouth case study", """
    Hi Year 10,

    Our human geography fieldwork on 20 March will be in Penistone town centre
    - we're doing land-use mapping and pedestrian counts along the high street
    and around the market barn.

    For homework, please finish the Cockermouth flooding case study (2009 and
    2015 floods): causes, effects, and management. Use the template on Teams.

    Mrs Roberts
    """, date="2025-02-26 15:10", fmt="alt", note="Penistone, Cockermouth (place names)")

add("clean", "ucas_offers_sussex", s("sixthform", "Head of Sixth Form"), [s("year13-tutors", "Year 13 Tutors")], "UCAS offers update", """
    Hi tutors,

    Offers are coming in nicely. Latest: Amira has an offer from Sussex for
    Psychology, Kian from Essex for Law, two from Middlesex for Nursing, and
    Ben has an interview at Cambridge (Sidney Sussex) on Thursday.

    Please keep chasing the four students who haven't submitted yet.

    Dan
    """, date="2025-01-15 13:45", note="Sussex/Essex/Middlesex contain 'sex'")

add("clean", "panto_moby_dick", MARSH, [JANE, SAM, ALI], "Year 7 panto trip and Year 10 reading", """
    Dear Parents and Carers,

    Year 7 will be going to see Dick Whittington at the Grand Theatre on
    Tuesday 17 December. Tickets and coach are £18.

    Separately, Year 10 set 1 will be reading extracts from Moby-Dick in
    their 19th-century fiction unit this half term. A copy will be provided.

    Mrs H Marsh
    Head of English
    """, date="2025-01-10 16:20", fmt="alt", note="Dick Whittington, Moby-Dick")

add("clean", "birds_titration", NATARAJAN, [p("10sc2")], "Bird survey and titration practical", """
    Hi 10SC2,

    Thanks for your RSPB Big Garden Birdwatch tallies - the class total was
    23 blue tits, 11 great tits, 6 coal tits and a single long-tailed tit
    (well spotted, Hannah). We'll graph them on Monday.

    On Wednesday we're doing the titration required practical. Please re-read
    page 84 on using a burette and pipette. Goggles on at all times!

    Miss Natarajan
    """, date="2025-01-31 15:20", note="tit species, titration")

add("clean", "faggots_shiitake_foodtech", OAKES, [s("food-dept", "Food Department")], "Ingredients order - next fortnight", """
    Hi both,

    Ingredients order going in tomorrow. Year 9 are doing regional British
    dishes, so I've put in for pig's liver and caul fat for faggots and peas
    (Black Country group), plus oats for the Staffordshire oatcakes.

    Year 11 NEA: shiitake mushrooms and pak choi for the stir-fry trials,
    and 2kg of plain flour.

    Let me know by 9am if I've missed anything.

    Stu
    """, date="2025-02-19 16:05", fmt="alt", note="faggots (British dish), shiitake")

add("clean", "bastard_feudalism", LLOYD, [p("year13-history")], "Essay: bastard feudalism", """
    Hi Year 13,

    Your next essay question is: "How far did bastard feudalism destabilise
    English politics in the period 1450-1471?" 1,500 words, due 21 March.

    Start with McFarlane's view and then look at Hicks and Carpenter for the
    counter-argument. Remember the term itself was coined by Plummer in
    1885. A nice intro hook: William I was known in his lifetime as William
    the Bastard before he was William the Conqueror.

    Mr Lloyd
    """, date="2025-03-06 11:35",
    note="[unsure] historiographical term 'bastard feudalism' and the historical epithet 'William the Bastard'")

add("clean", "canteen_spotted_dick", OFFICE, [JANE, SAM, ALI], "Canteen: British Pudding Week", """
    Dear Parents and Carers,

    For British Pudding Week the canteen will serve a traditional pudding
    each day: Monday sticky toffee pudding, Tuesday spotted dick and custard,
    Wednesday jam roly-poly, Thursday bread and butter pudding and Friday
    Eton mess. Cock-a-leekie soup will be the soup of the day on Tuesday.

    All dishes are labelled with allergens at the counter.

    School Office
    """, date="2025-03-07 11:15", fmt="html", note="spotted dick, cock-a-leekie")

add("clean", "niger_titicaca_dam", ROBERTS, [p("year9-geog")], "Rivers homework", """
    Hi Year 9,

    This week's rivers homework: choose ONE of the following and make a
    one-page fact file.

    - The River Niger and its inland delta in Mali
    - Lake Titicaca and the Uros floating islands
    - The Hoover Dam and the Colorado River
    - The Three Gorges Dam on the Yangtze

    Due next Thursday.

    Mrs Roberts
    """, date="2025-01-23 14:05", wrap=False, note="Niger, Titicaca, Dam")

add("clean", "german_french_exchange", KOWALSKI, [p("year9-mfl")], "Austausch - Gute Fahrt!", """
    Hallo zusammen,

    Just a reminder for the German exchange: the coach leaves at 5am on
    Monday. Practise the phrases from Friday's lesson: "Wo ist die
    Ausfahrt?", "Gute Fahrt!" and "Ich habe Hunger".

    And for those in French on Tuesday: the vocab test includes animals -
    remember un phoque is a seal, une baleine is a whale.

    Frau Kowalski
    """, date="2025-03-13 13:30", fmt="alt", enc="qp", note="German Fahrt/Ausfahrt, French phoque")

add("clean", "chaucer_mansfield_park", MARSH, [JANE, SAM, ALI], "Year 12 English Literature set texts", """
    Dear Parents and Carers,

    This term Year 12 will study The Miller's Tale by Chaucer. It is a comic
    fabliau and contains some bawdy humour typical of the genre; we will
    study it in its historical context, as the exam board requires.

    Alongside this, students will read Mansfield Park. They should have their
    own copy by half term - the Penguin Classics edition, which has useful
    notes on Fanny Price's position in the Bertram household.

    Mrs H Marsh
    """, date="2025-01-08 17:10", note="Chaucer bawdy, 'Fanny' Price")

add("clean", "staff_social_cock_inn", FAIRBAIRN, [STAFFLIST], "Friday drinks - The Cock & Bottle", """
    Hi all,

    Friday drinks this week will be at The Cock & Bottle on Market Street
    from 4pm. They've reserved the back room for us. Cocktails are half
    price until 6.

    Lucy
    """, date="2025-01-24 12:45", fmt="html",
    html=("<p>Hi all,</p><p>Friday drinks this week will be at <b>The Cock &amp; Bottle</b> "
          "on Market Street from 4pm. They've reserved the back room for us. "
          "Cocktails are half price until 6.</p><p>Lucy</p>"),
    note="pub name 'Cock & Bottle', cocktails")

add("clean", "rugby_kit_inventory", PRITCHARD, [HENNESSY], "PE store order", """
    Rob,

    Could you sign off the PE store order before Friday? We need:

    - 20 size 4 rugby balls and 10 size 5
    - 12 footballs (the old ones are flat)
    - 6 tubes of feather shuttlecocks for badminton
    - 2 tackle bags and a hooker's throwing bag for lineout practice
    - new net for the cricket nets

    Total is about £640.

    Tom
    """, date="2025-02-20 10:20", wrap=False, note="balls, shuttlecocks, tackle, hooker (rugby)")

add("clean", "surnames_cover_moderation", ADEYEMI, [STAFFLIST], "Visitors and cover this week", """
    Morning all,

    A few people in school this week:

    - Mr Babcock is covering Mrs Hancock's maths classes until Easter.
    - Dr Hoare from the exam board is moderating art on Wednesday.
    - Ms Butt and Mr Glasscock are the new trainee teachers in science and
      history - please make them welcome.
    - Mrs Cummings (educational psychologist) is in on Thursday.
    - Mr Cockburn from the allotment society is dropping off crates for
      the gardening club on Friday.

    Femi
    """, date="2025-01-06 07:55", wrap=False, note="surnames Babcock, Hancock, Hoare, Butt, Glasscock, Cummings, Cockburn")

add("clean", "dofe_great_cockup", PRITCHARD, [p("dofe-silver")], "Silver route - Northern Fells", """
    Hi Silver group,

    Your route for the qualifying expedition is now approved. Day 2 takes you
    from Orthwaite over Great Cockup and Little Cockup before dropping down
    to the Uldale road. Day 3 finishes at Caldbeck.

    Check your route cards against the OS map (OL4) before Thursday's
    briefing. Bronze groups: your Wolds practice walk still starts from the
    village hall in Wetwang.

    Mr Pritchard
    """, date="2025-03-19 15:35", note="Lake District fells Great/Little Cockup, Wetwang")

add("clean", "physics_uranus_sextant", NATARAJAN, [p("year8-sci")], "Space topic - homework", """
    Hi Year 8,

    For the space topic, please research ONE of these and make a poster:

    1. Why Uranus spins on its side
    2. How sailors used a sextant and the stars to navigate
    3. How cumulonimbus clouds form thunderstorms
    4. What spectral analysis tells us about the Sun

    Bring it in by Friday 28 February.

    Miss Natarajan
    """, date="2025-02-13 16:00", wrap=False, note="Uranus, sextant, cumulonimbus, analysis")

add("clean", "dsl_report_quoting_pupil_swearing", PRITCHARD, [DSL], "Incident - Year 10 changing room", """
    Femi,

    Logging this as requested. Today at 10.40am, outside the boys' changing
    room, I heard a Year 10 student (LM, 10P) shout at another student (RT,
    10K): "fuck off you fat slag, nobody wants you here". RT was visibly
    upset. I separated them and took RT to the pastoral office.

    LM said it was "banter". RT told me it has been happening for about two
    weeks, mostly on Snapchat. I have also put this on CPOMS.

    Tom Pritchard
    """, date="2025-02-11 11:05", fmt="alt",
    note="[unsure] staff reporting a pupil's words verbatim to the DSL; the swearing is quoted, not the author's own")

add("clean", "dsl_report_racist_incident", KIRK, [DSL], "Racist incident log - 9K", """
    Femi,

    For the racist incident log: during period 5 today a Year 9 student (JB,
    9K) called another student (AH, 9R) a "Paki" across the classroom in
    Geography. Mrs Roberts heard it directly and removed JB from the lesson.

    AH's mum has been phoned and is coming in tomorrow. JB is in isolation
    tomorrow pending a restorative meeting. Full statement attached on CPOMS.

    Jo Kirk
    Head of Year 9
    """, date="2025-02-12 15:50",
    note="[unsure] racial slur quoted verbatim from a pupil in a report to the DSL")

add("clean", "reply_abusive_parent_quoted", KIRK, [SAM], "Re: Detentions", """
    Dear Sam,

    Thank you for your email. I'm sorry you're frustrated. I'd really like to
    understand what's happening for your child, and I think it would be best
    to talk in person. I can meet on Thursday at 3.30pm or Friday at 8.15am -
    would either suit?

    Kind regards,
    Mrs J Kirk
    Head of Year 9

    On Tue, 18 Mar 2025 at 21:47, Sam Carer <sam.carer@outlook.com> wrote:
    > This is the THIRD detention this month. You useless fucking lot can't
    > control a classroom so you punish my kid instead. Sort it out or I'm
    > going to the governors.
    """, date="2025-03-19 08:10", reply_to_id="<SC.detentions.20250318@outlook.com>",
    note="swearing only in quoted parent text; staff reply is polite")

add("clean", "reply_abusive_parent_html", HOLROYD, [ALI], "RE: Complaint", """
    Dear Mr Guardian,

    Thank you for getting in touch. I have read your email carefully and I
    understand you are unhappy with how the incident on the school bus was
    handled. I have asked Mr Adeyemi to look into it and he will contact you
    by Friday.

    I would ask that future correspondence is kept courteous so that we can
    work together to resolve this.

    Yours sincerely,
    Karen Holroyd
    Headteacher

    > From: Ali Guardian <ali.guardian@btinternet.com>
    > Sent: 20 March 2025 22:03
    > Subject: Complaint
    >
    > Your bloody staff are a joke. Nobody did anything when my son got
    > pushed off the bus. You're all a bunch of useless bastards.
    """, date="2025-03-21 09:30", fmt="alt", reply_to_id="<AG.complaint.20250320@btinternet.com>",
    note="abuse only in quoted parent text (blockquote in HTML)")

add("clean", "behaviour_policy_language", ADEYEMI, [STAFFLIST], "Behaviour policy: challenging discriminatory language", """
    Dear colleagues,

    Following the student voice survey, we are tightening how we respond to
    swearing and discriminatory language in corridors. Key points:

    - Every instance of homophobic, racist or sexist language must be
      challenged and logged on CPOMS, including "gay" used as an insult.
    - Swearing at a member of staff is an automatic referral to SLT.
    - Swearing in conversation between students should be challenged and
      recorded as a low-level incident.

    Posters for classrooms are in the staffroom.

    Femi
    """, date="2025-01-09 16:40", wrap=False, note="talks about swearing and slurs without using any")

add("clean", "rse_letter", THORPE, [JANE, SAM, ALI], "Relationships and Sex Education \u2013 Year 9", """
    Dear Parents and Carers,

    Next half term Year 9 will cover the following in RSE lessons:
    consent, healthy relationships, contraception and sexual health, and
    LGBT+ relationships including same-sex and gay and lesbian couples.

    You can view the lesson materials at the parents' information evening on
    6 March. Parents may request that their child is withdrawn from the sex
    education elements (but not the relationships or health education
    elements); please contact me to discuss.

    Mrs E Thorpe
    PSHE Lead
    """, date="2025-02-21 13:30", fmt="alt", enc="qp", subj_enc="Q",
    note="RSE vocabulary: sex education, sexual health, gay, lesbian")

add("clean", "re_trip_mosque_gurdwara", HUSSAIN, [p("year8-re")], "RE visits next week", """
    Hi Year 8,

    Next Tuesday we are visiting the Jamia Mosque and then the Guru Nanak
    Gurdwara. Please remember: modest clothing, girls bring a headscarf for
    the mosque, everyone's head covered in the gurdwara (bandanas provided),
    and shoes off in both.

    The following week Rabbi Cohen is coming in to talk about Passover and
    a Hindu parent is coming in to talk about Holi.

    Mrs Hussain
    """, date="2025-02-26 10:30", note="religious terms in neutral teaching context")

add("clean", "send_review_terms", THORPE, [KIRK, NATARAJAN], "SEND updates - Year 9", """
    Hi both,

    Updated SEND register for Year 9 is on the shared drive. Key changes:

    - ZA now has a formal autism diagnosis - pupil passport updated.
    - TW (Down's syndrome) will have her 1:1 TA in science from Monday.
    - Two more students referred for dyslexia screening.
    - MB has a hearing impairment; please make sure he sits near the front.

    Ellie
    SENCo
    """, date="2025-01-16 09:05", wrap=False, note="disability terms used respectfully")

add("clean", "bloody_sunday_brandt", LLOYD, [p("year11-history")], "Revision list - conflict and tension", """
    Hi Year 11,

    Revision topics for Paper 2, in order:

    1. Bloody Sunday 1905 and the Russian Revolution
    2. Mary I - why "Bloody Mary"? Interpretations question
    3. Willy Brandt and Ostpolitik
    4. The Cuban Missile Crisis

    Flashcards for each are on Teams.

    Mr Lloyd
    """, date="2025-03-11 16:25", wrap=False, note="Bloody Sunday, Bloody Mary, Willy Brandt")

add("clean", "site_knobs_screws_erection", HENNESSY, [STAFFLIST], "Site jobs this week", """
    All,

    This week's site jobs:

    - Replacing the broken door knobs on E3 and E4
    - The loose screws on the library shelving will be fixed Tuesday
    - Erection of the sports day marquee on the top field on Thursday -
      please keep students off that area
    - Boiler service Friday, so heating may be off for an hour

    Rob
    """, date="2025-03-24 07:40", wrap=False, note="knobs, screws, erection (innocent senses)")

add("clean", "names_wang_dikshit", s("careers", "Careers Lead"), [p("year10")], "Work experience - new placements", """
    Hi Year 10,

    New placements have come in:

    - Dr A. Dikshit, GP at Riverside Surgery - shadowing (1 place)
    - Wang Fang at the engineering firm on the industrial estate (2 places)
    - Mr Dong Li, accountancy practice (1 place)
    - Ms Hardcastle, solicitors (1 place)

    Apply through the careers portal by Friday.

    Mr Okoro
    """, date="2025-03-03 12:05", wrap=False, note="real surnames Dikshit, Wang, Dong")



add("clean", "computing_scunthorpe_problem", CROWTHER, [p("year12-computing")], "Homework: the Scunthorpe problem", """
    Hi Year 12,

    Following today's lesson on string matching, your homework is to write
    a 500-word discussion of the "Scunthorpe problem": why naive substring
    filters block innocent words such as Scunthorpe, Essex, "assessment",
    "classic" or "therapist", and how real filters try to avoid false
    positives (word boundaries, allow-lists, context).

    Include at least one Python snippet using the re module.

    Mr Crowther
    """, date="2025-03-20 14:55", enc="b64", note="meta discussion of innocent words containing rude substrings")



add("clean", "music_punk_topic", FAIRBAIRN, [p("year10-music")], "Set work listening - punk and new wave", """
    Hi Year 10,

    For Thursday, listen to the three tracks on the playlist for our
    punk/new wave topic: The Clash, The Damned and the Buzzcocks. Focus on
    tempo, texture and the use of power chords.

    Note: I've used radio edits and chosen tracks with no explicit lyrics.

    Miss Fairbairn
    """, date="2025-03-26 13:15", note="band names The Damned, Buzzcocks")


add("clean", "welsh_place_names", ROBERTS, [HUMS], "Year 7 place-name project", """
    Hi all,

    For the Year 7 'where does my town's name come from?' project, I'd love
    volunteers to help mark. Students have found some great ones:
    Llanfairpwllgwyngyll, Bishop's Itchington, Great Snoring, Twatt on
    Orkney, and Crapstone in Devon. All real - they've checked with OS maps!

    Sian
    """, date="2025-03-27 10:50",
    note="[unsure] real place names with rude-looking substrings (Twatt, Crapstone)")


# --------------------------------------------------------------------------

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MESSAGES)))
    random.Random(1010).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        m = MESSAGES[idx]
        data = build(n, m)
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        sender = email.utils.parseaddr(m["sender"])[1]
        rcpts = " ".join(a for _, a in email.utils.getaddresses(m["to"] + m["cc"]))
        rows.append([fname, m["label"], sender, rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    nflag = sum(r[1] == "flag" for r in rows)
    nclean = sum(r[1] == "clean" for r in rows)
    nunsure = sum("[unsure]" in r[4] for r in rows)
    readme = f"""# Round 10 hold-out: obscene-language (BLIND)

**Blind test set. Never use these messages, labels or notes for tuning rules,
word lists or thresholds.** They exist only to measure the obscene-language
module after the fact.

## How it was made

Written by a helper that did not read the mailguard code, rules, tests, docs,
examples or git history; only the school's e-mail policy (section 7: no obscene
language or swear words; no offensive comments on grounds of gender, race,
disability, age, religion or sexual orientation), `config.example.yaml` and
`directory/parents.csv`. All people, numbers and organisations are fictional.

Every message is sent by staff (`@example-school.org.uk`) to staff, pupils
(`@pupils.example-school.org.uk`), the three known parents, or example.com/.org
organisations. Formats: plain text, multipart/alternative, HTML-only, replies
with quoted text, forwards, text attachments, quoted-printable, base64 and 8bit
bodies, RFC 2047 subjects.

- `flag`: the staff author's own words contain swearing or a slur, either plain
  or disguised (asterisk masks, digits and symbols for letters, dots or spaces
  between letters, Cyrillic look-alike letter, zero-width space, soft hyphen,
  HTML tags or numeric entities inside the word, QP/base64 bodies, a base64
  text attachment, an RFC 2047 encoded subject).
- `clean`: 30 ordinary school messages and 30 hard negatives (place names,
  surnames, foods, rugby/badminton kit, bird species, history and literature
  terms, languages, RSE/RE/SEND vocabulary, reports to the DSL quoting pupils,
  replies where only the quoted parent text is abusive, meta-discussion of
  swearing). Judgement calls carry `[unsure]` in the note column.

## Regenerate

    python3 tests/holdout/round10/make_round10_obscene.py

Output is deterministic (fixed dates, Message-IDs, boundaries, shuffle seed).

## Counts

- total: {len(rows)}
- flag: {nflag}
- clean: {nclean}
- marked [unsure]: {nunsure}

`labels.csv` columns: file, expected, sender, recipients (To + Cc, space
separated), note.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print(f"wrote {len(rows)} messages: {nflag} flag, {nclean} clean, {nunsure} unsure")


if __name__ == "__main__":
    main()
