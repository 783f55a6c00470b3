#!/usr/bin/env python3
"""Generate the round-16 BLIND held-out corpus for the personal-address-to-parent module.

Setting: an independent day and boarding school (3-18).
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and nothing else into
personal-address-to-parent/ next to this script.  Deterministic: fixed dates,
Message-IDs and MIME boundaries, so two runs give byte-identical files.
Python 3.11 standard library only.  Never use this corpus for tuning.
"""
import csv
import email
import email.policy
import hashlib
import html as htmlmod
import os
import random
import textwrap
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
POLICY = email.policy.default  # linesep "\n"

SCHOOL_SIG = "Example School, Park Row, Leeds LS1 4AP\nTel: 01632 960000 | www.example-school.org.uk"

# --- people -----------------------------------------------------------------
S = {
    "head": ("Dr Helen Marchbank", "h.marchbank@example-school.org.uk", "Head"),
    "bell": ("Marcus Bell", "m.bell@example-school.org.uk", "Head of Boarding"),
    "okonedo": ("Rupert Okonedo", "r.okonedo@example-school.org.uk", "Housemaster, Fairfax House"),
    "strang": ("Philippa Strang", "p.strang@example-school.org.uk", "Matron, Fairfax House"),
    "attwood": ("Gwen Attwood", "g.attwood@example-school.org.uk", "Houseparent, Beech House"),
    "hale": ("Bridget Hale", "b.hale@example-school.org.uk", "Matron, Beech House"),
    "chaplain": ("Revd Tom Adeyemi", "chaplain@example-school.org.uk", "School Chaplain"),
    "music": ("Catrin Llewellyn", "c.llewellyn@example-school.org.uk", "Director of Music"),
    "drama": ("Oliver Penhaligon", "o.penhaligon@example-school.org.uk", "Head of Drama"),
    "bursar": ("Deborah Kaur", "d.kaur@example-school.org.uk", "Bursar"),
    "fees": ("Janet Oduya", "fees@example-school.org.uk", "Fees Officer"),
    "sport": ("Fergus MacLeod", "f.macleod@example-school.org.uk", "Director of Sport"),
    "cricket": ("Liam Costigan", "l.costigan@example-school.org.uk", "Teacher of PE and Master i/c Cricket"),
    "gap": ("Ffion Pryce", "f.pryce@example-school.org.uk", "Sports Graduate Assistant"),
    "nwosu": ("Amara Nwosu", "a.nwosu@example-school.org.uk", "Year 4 Class Teacher"),
    "greaves": ("Hannah Greaves", "h.greaves@example-school.org.uk", "Teaching Assistant, Year 4"),
    "preprep": ("Rosalind Achterberg", "r.achterberg@example-school.org.uk", "Head of Pre-Prep"),
    "hirst": ("Daniel Hirst", "d.hirst@example-school.org.uk", "Head of Chemistry"),
    "morgan": ("Aled Morgan", "a.morgan@example-school.org.uk", "Head of Computing"),
    "tolley": ("Greg Tolley", "g.tolley@example-school.org.uk", "Teacher of Mathematics"),
    "yuki": ("Yuki Tanaka-Reid", "y.tanaka-reid@example-school.org.uk", "International Admissions and EAL"),
    "sixth": ("Kwame Boateng", "k.boateng@example-school.org.uk", "Head of Sixth Form"),
    "dsl": ("Isla Fairbairn", "dsl@example-school.org.uk", "Deputy Head (Pastoral) and Designated Safeguarding Lead"),
    "mfl": ("Nadia Haddad", "n.haddad@example-school.org.uk", "Head of Modern Languages"),
    "wells": ("Jonty Wells", "j.wells@example-school.org.uk", "Visiting Guitar Teacher"),
    "alumni": ("Sebastian Frayne", "s.frayne@example-school.org.uk", "Development and Old Pupils' Officer"),
    "office": ("Lorraine Pike", "office@example-school.org.uk", "School Office"),
    "exams": ("Tessa Quayle", "exams@example-school.org.uk", "Examinations Officer"),
    "attendance": ("Sue Granger", "attendance@example-school.org.uk", "Attendance Officer"),
    "english": ("Piers Lindqvist", "p.lindqvist@example-school.org.uk", "Teacher of English"),
    "careers": ("Zoë Hartley", "z.hartley@example-school.org.uk", "Head of Careers and Higher Education"),
    "library": ("Siân Prothero", "s.prothero@example-school.org.uk", "Librarian"),
    "dofe": ("Callum Reid", "c.reid@example-school.org.uk", "Duke of Edinburgh's Award Manager"),
    "hr": ("Ruth Ambler", "hr@example-school.org.uk", "HR Manager"),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def P(user, name=None):
    """A pupil address."""
    return (name, user + "@pupils.example-school.org.uk") if name else user + "@pupils.example-school.org.uk"


def ST(key):
    n, a, _ = S[key]
    return (n, a)


def sig(key, extra=None, school=True):
    n, _, role = S[key]
    lines = ["", "--", n, role]
    if extra:
        lines.append(extra)
    if school:
        lines.append(SCHOOL_SIG)
    return "\n".join(lines) + "\n"


def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def to_html(text, style="outlook"):
    """Render plain text as the HTML alternative an Outlook or Gmail client would send."""
    paras = text.rstrip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        if style == "outlook":
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + body + "\n</div>\n"


MSGS = []


def add(label, slug, frm, to, subject, date, text=None, html=None, cc=(), cte=None, html_cte=None,
        attach=(), reply_to=None, note="", irt=None, mailer=None, style=None, charset=None):
    assert label in ("flag", "clean")
    if text is not None and html is None and style:
        html = to_html(text, style)
    MSGS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                     date=date, text=text, html=html, cte=cte, html_cte=html_cte, attach=list(attach),
                     reply_to=reply_to, note=note, irt=irt, mailer=mailer, charset=charset))


def fmt_addr(a):
    if isinstance(a, tuple):
        n, e = a
        return f"{n} <{e}>" if n else e
    return a


def bare(a):
    return a[1] if isinstance(a, tuple) else a


def build(i, m):
    msg = EmailMessage(policy=POLICY)
    msg["From"] = fmt_addr(m["frm"])
    msg["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    if m["reply_to"]:
        msg["Reply-To"] = fmt_addr(m["reply_to"])
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    h = hashlib.sha1(f"r16-personal-{i}-{m['slug']}".encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:12].upper()}.{h[12:20]}@example-school.org.uk>"
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]
    msg["MIME-Version"] = "1.0"
    kw = {}
    if m["charset"]:
        kw["charset"] = m["charset"]
    if m["text"] is not None:
        if m["cte"] in ("base64", "quoted-printable") and not kw:
            kw["charset"] = "utf-8"
        msg.set_content(m["text"], cte=m["cte"], **kw)
        if m["html"] is not None:
            msg.add_alternative(m["html"], subtype="html", cte=m["html_cte"], charset="utf-8")
    else:
        msg.set_content(m["html"], subtype="html", cte=m["cte"], charset="utf-8")
    for (fname, mtype, data, params) in m["attach"]:
        maintype, subtype = mtype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname, params=params or {})
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_r16p_{i:03d}_{k:02d}_{h[20:32]}")
            k += 1
    return msg.as_bytes(policy=POLICY)


PDF_STUB = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n")


# =============================================================================
# FLAG: staff giving parents / pupils their own personal contact details
# =============================================================================

add("flag", "houseparent_own_mobile_train", ST("attwood"), [JANE],
    "Ellie - this week and the train on Friday", "Wed, 05 Feb 2025 21:47:12 +0000", cte="8bit",
    note="houseparent gives parent her own mobile (spaced 07700 format) to bypass office",
    text=T("""
    Dear Jane,

    Thank you for ringing this morning, and I'm sorry Ellie has had such a rotten week with the friendship business in her dorm. For what it's worth she was much brighter at supper tonight and has gone off to the common room with Maisie and Priya, which is a good sign. I've had a quiet word with the other two girls as well and will keep an eye on it.

    I know you're worried about her doing the train home on her own on Friday. She'll be on the 16:12 from Leeds and I'll walk her down to the platform myself. If anything goes wrong on the way, or she gets herself in a state over the weekend, please just text me on my own mobile – 07700 900614 – rather than going through the office, which shuts at 4pm on a Friday and won't pick up. I honestly don't mind, even on a Sunday.

    Best wishes,
    Gwen
    """) + sig("attwood"))

add("flag", "music_whatsapp_backing_tracks", ST("music"), [P("20abrightwell", "Alys Brightwell")],
    "Backing tracks for Thursday", "Mon, 10 Feb 2025 17:05:33 +0000",
    note="Director of Music asks pupil to WhatsApp her personal number (no spaces)",
    text=T("""
    Hi Alys,

    The backing tracks for 'Send in the Clowns' and the Jason Robert Brown keep bouncing back - the school system won't take anything over 20MB. Easiest thing is if you just WhatsApp me on 07700900277 and I'll send them over that way tonight so you can practise before Thursday.

    Well done today, the top of the second verse is really settling.

    Miss Llewellyn
    """))

tour_txt = T("""
    Dear Parents,

    With just under three weeks until we fly to Cape Town, I wanted to send a few practical things before the final tour meeting on Tuesday.

    Kit: every player should now have collected their tour polo, training top and hoodie from the sports office. Anything missing, let Mrs Dixon know by Friday.

    Money: we suggest no more than £150 in rand for the whole fortnight. The boys and girls will hand it to their group leader on arrival and draw it each day.

    Keeping in touch: a number of you have asked how you'll hear from us while we're away. I have set up a WhatsApp group for tour parents from my own phone, which I find is the quickest way to post scores and photos from the touchline. To be added, just send a message to my personal number, +44 7700 900 341, with your name and your child's name, and I'll add you before we leave.

    For anything urgent or official, please continue to use the school switchboard on 01632 960000.

    Many thanks,

    Fergus
    """) + sig("sport")
add("flag", "sport_tour_whatsapp_group_plus44", ST("sport"), [JANE, ALI], "South Africa Tour 2025 - final details",
    "Thu, 06 Mar 2025 12:18:40 +0000", cc=[ST("cricket")], style="outlook",
    mailer="Microsoft Outlook 16.0",
    note="tour letter invites parents to WhatsApp group run from director's own phone (+44 format)",
    text=tour_txt)

add("flag", "drama_instagram_follow", ST("drama"),
    [P("21kasante", "Kofi Asante"), P("20mrhys", "Matilda Rhys"), P("20nfitzgerald", "Noah Fitzgerald"),
     P("22sbianchi", "Sofia Bianchi")],
    "Rehearsal clips / Act 2", "Sun, 16 Feb 2025 20:31:02 +0000",
    note="head of drama invites pupils to follow his personal Instagram and DM him",
    text=T("""
    Evening all,

    Great work on Saturday - the Act 2 ensemble is finally starting to breathe. A few of you asked for the footage from the run so you can learn the blocking. Rather than clog up everyone's school inbox, I've put the clips on my Instagram - follow me at @ollie.penhaligon.directs and I'll accept you tonight. If you've got questions about your own bits, just DM me on there, I'm usually on it in the evenings.

    Lines learned for Act 2 by Wednesday, please. No scripts on stage after half term!

    Mr P
    """))

strang_txt = T("""
    Dear Mr Guardian,

    Just to let you know Zain went over on his ankle in the house football this afternoon. Sister Dunne in the Medical Centre has had a look and thinks it is a sprain rather than anything broken, but to be safe he is booked in at the minor injuries unit tomorrow morning at 9.30 and I will take him myself.

    He is in good spirits, eating well and currently holding court in the common room with his foot on a cushion. I have given him paracetamol at 6pm as per the medical form.

    I know it is late in Singapore, so please don't feel you need to reply tonight. I will update you after the appointment tomorrow. If you would like to speak to me over the weekend, my mobile details are below - evenings are best.

    Kind regards,
    Philippa Strang

    Philippa Strang | Matron, Fairfax House
    Personal mobile: 07700 900 508 (evenings and weekends)
    Example School, Park Row, Leeds LS1 4AP | 01632 960000
    """)
strang_html = T("""
    <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
    </head><body lang="EN-GB"><div class="WordSection1">
    <p class="MsoNormal">Dear Mr Guardian,<o:p></o:p></p>
    <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
    <p class="MsoNormal">Just to let you know Zain went over on his ankle in the house football this afternoon. Sister Dunne in the Medical Centre has had a look and thinks it is a sprain rather than anything broken, but to be safe he is booked in at the minor injuries unit tomorrow morning at 9.30 and I will take him myself.<o:p></o:p></p>
    <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
    <p class="MsoNormal">He is in good spirits, eating well and currently holding court in the common room with his foot on a cushion. I have given him paracetamol at 6pm as per the medical form.<o:p></o:p></p>
    <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
    <p class="MsoNormal">I know it is late in Singapore, so please don&#8217;t feel you need to reply tonight. I will update you after the appointment tomorrow. If you would like to speak to me over the weekend, my mobile details are below &#8211; evenings are best.<o:p></o:p></p>
    <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
    <p class="MsoNormal">Kind regards,<br>Philippa Strang<o:p></o:p></p>
    <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
    <table border="0" cellspacing="0" cellpadding="0"><tr><td style="border-left:solid #1F3864 3.0pt;padding:0 0 0 6pt">
    <p class="MsoNormal"><b><span style="color:#1F3864">Philippa Strang</span></b> | Matron, Fairfax House<o:p></o:p></p>
    <p class="MsoNormal"><span style="font-size:9.0pt">Personal mobile:&nbsp;07700&nbsp;900&nbsp;508 (evenings and weekends)</span><o:p></o:p></p>
    <p class="MsoNormal"><span style="font-size:9.0pt">Example School, Park Row, Leeds LS1&nbsp;4AP | 01632&nbsp;960000</span><o:p></o:p></p>
    </td></tr></table>
    </div></body></html>
    """)
add("flag", "matron_sig_personal_mobile_nbsp", ST("strang"), [ALI], "Zain - ankle",
    "Fri, 24 Jan 2025 19:52:18 +0000", text=strang_txt, html=strang_html, html_cte="quoted-printable",
    mailer="Microsoft Outlook 16.0",
    note="matron's signature gives personal mobile; HTML version uses &nbsp; between digit groups")

add("flag", "chaplain_home_address_family_email", ST("chaplain"), [SAM], "Thinking of you both",
    "Tue, 11 Mar 2025 16:40:09 +0000", cte="quoted-printable",
    note="chaplain invites parent and child to his home, gives home address and family-domain e-mail",
    text=T("""
    Dear Sam,

    Mrs Achterberg told me this morning about Josh's grandad, and I wanted to write straight away to say how very sorry I am. He talked about him in chapel only last week - the fishing trip to Whitby - so I know how much he meant to Josh.

    There is no need to reply to this. But if it would help Josh to have somewhere quiet to talk, or just to be away from everyone for an hour, you would both be very welcome to come to us at home on Saturday afternoon. My wife makes a ferocious lemon drizzle and our dog is very good with sad children. We are at 3 Wren Cottages, Bramley Lane, Pool-in-Wharfedale, LS21 9QT - park on the lane, the drive is a mud bath at the moment.

    If you'd rather write, my home email is tom@adeyemi-family.example.net, which I check more often than the school one during the week.

    With my prayers and very best wishes,

    Tom
    """) + sig("chaplain"))

add("flag", "bursar_home_btinternet_forms", ST("bursar"), [ALI], "Bursary reassessment forms",
    "Mon, 03 Feb 2025 08:55:27 +0000", style="outlook", mailer="Microsoft Outlook 16.0",
    note="bursar asks overseas parent to send forms to her home btinternet address",
    text=T("""
    Dear Mr Guardian,

    Thank you for your message. I'm sorry you've had trouble uploading the bursary reassessment forms - the parent portal has been very temperamental since the update and our IT provider are still working on it.

    Rather than wait, please scan the completed forms and your last two payslips and send them to my home email, debkaur.home@btinternet.com. I'm working from home on Tuesday and Wednesday this week and can get them logged before the committee meets on the 12th.

    Please make sure the bank statements show the account holder's name, and that all pages of the tax return are included - the committee won't consider an incomplete application.

    Kind regards,

    Deborah Kaur
    Bursar
    Example School, Park Row, Leeds LS1 4AP
    Tel: 01632 960000
    """))

add("flag", "computing_nea_personal_gmail", ST("morgan"), [P("18hmensah", "Harriet Mensah")],
    "Re: NEA upload", "Thu, 27 Feb 2025 22:14:50 +0000",
    irt="<CAJx8r2Yq0s9b1@mail.example-school.org.uk>",
    note="teacher tells pupil to send coursework to his personal gmail",
    text=T("""
    Harriet,

    Don't panic - lots of people have hit the attachment limit. Zip the whole project folder (code, the database file and the write-up) and send it to aledmorgan.codes@gmail.com instead. I'll pull it down at home tonight and check it opens before the deadline tomorrow.

    Mr Morgan

    On Thu, 27 Feb 2025 at 21:58, Harriet Mensah <18hmensah@pupils.example-school.org.uk> wrote:
    > Sir, I've tried three times to send the NEA and it keeps saying the
    > message is too big. It's 46MB with the database. What do I do?? It's
    > due tomorrow
    > Harriet
    """))

add("flag", "year4_reply_to_personal_gmail", ST("nwosu"), [SAM], "Josh's reading - could we meet?",
    "Tue, 14 Jan 2025 15:36:44 +0000", reply_to=("Amara Nwosu", "amara.nwosu88@gmail.com"),
    style="gmail",
    note="Reply-To header set to teacher's personal gmail; body itself innocuous",
    text=T("""
    Dear Sam,

    I hope you had a lovely Christmas. I wanted to touch base about Josh's reading. He's been doing really well with his phonics catch-up group, but I've noticed he's a bit reluctant to read aloud in class, and I'd love to have a chat about what we could try at home and at school.

    Would one evening next week work for a quick meeting? I'm free Tuesday or Thursday after 4pm. Just reply to this email with what suits you.

    Best wishes,
    Amara Nwosu
    Year 4 Class Teacher
    Example School, Park Row, Leeds LS1 4AP
    """))

add("flag", "sixthform_cc_personal_hotmail", ST("sixth"), [ALI],
    "Zain - personal statement draft", "Wed, 19 Mar 2025 07:12:03 +0000",
    cc=[ST("okonedo"), ("Kwame Boateng", "k_boateng@hotmail.co.uk")], style="outlook",
    note="[unsure] head of sixth form Cc's his own personal hotmail on mail to parent, exposing it",
    text=T("""
    Dear Mr Guardian,

    Thank you for your patience. I have now read Zain's second draft of his personal statement for Economics and Management, and I'm pleased to say it is a big step forward - the paragraph on his internship in the summer is particularly good.

    There are two things I'd like him to work on before the next draft:

    1. The opening is still rather generic. I'd like him to start with the question about pricing in the Singapore hawker centres he mentioned to me - it's genuinely interesting and it is his.
    2. The super-curricular section needs to say what he learned from the reading, not just list the books.

    I'm meeting him on Friday at 1.20 in the Sixth Form Centre. Mr Okonedo is copied in so he can make sure Zain has some quiet time in house on Thursday evening to work on it.

    Best wishes,

    Kwame Boateng
    Head of Sixth Form
    Example School | 01632 960000
    """))

vcard = T("""
    BEGIN:VCARD
    VERSION:3.0
    N:Thackeray;Simon;;Mr;
    FN:Simon Thackeray
    ORG:Example School;Fairfax House
    TITLE:Assistant Housemaster
    TEL;TYPE=CELL,VOICE:+447700900833
    TEL;TYPE=WORK,VOICE:01632 960000
    EMAIL;TYPE=INTERNET,WORK:s.thackeray@example-school.org.uk
    ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom
    END:VCARD
    """).replace("\n", "\r\n")
add("flag", "assistant_housemaster_vcard_mobile",
    ("Simon Thackeray", "s.thackeray@example-school.org.uk"), [ALI], "Introduction - Fairfax House",
    "Mon, 06 Jan 2025 10:03:15 +0000",
    attach=[("Simon Thackeray.vcf", "text/vcard", vcard, None)],
    note="vCard attachment carries assistant housemaster's own mobile; body says it is his own",
    text=T("""
    Dear Mr Guardian,

    I'm writing to introduce myself as the new Assistant Housemaster in Fairfax, starting this term. I'll be living in the house flat on the top corridor and doing duty on Monday, Wednesday and alternate weekends, so I expect I'll get to know Zain quite well.

    I've attached my contact card so you have my details saved. The mobile on it is my own phone, so please do use it if you can't get through to the house at a difficult hour with the time difference - I'd much rather you could reach someone.

    I look forward to meeting you at the Year 12 parents' evening, whether in person or on screen.

    With best wishes,
    Simon Thackeray
    Assistant Housemaster, Fairfax House
    """))

ics = T("""
    BEGIN:VCALENDAR
    PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
    VERSION:2.0
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:040000008200E00074C5B7101A82E00800000000R16P012
    DTSTAMP:20250320T181500Z
    DTSTART:20250409T140000Z
    DTEND:20250409T144500Z
    RRULE:FREQ=WEEKLY;COUNT=2
    SUMMARY:Guitar - Owen (Easter hols)
    LOCATION:22 Fennel Row\\, Headingley\\, Leeds LS6 3PW (my house - side door)
    DESCRIPTION:Grade 5 pieces + aural. Bring the Carcassi study.
    ORGANIZER;CN=Jonty Wells:mailto:j.wells@example-school.org.uk
    ATTENDEE;CN=Owen Quinn;RSVP=TRUE:mailto:22oquinn@pupils.example-school.org.uk
    END:VEVENT
    END:VCALENDAR
    """).replace("\n", "\r\n")
add("flag", "guitar_ics_lessons_at_home", ST("wells"), [P("22oquinn", "Owen Quinn")],
    "Invitation: Guitar - Owen (Easter hols)", "Thu, 20 Mar 2025 18:15:02 +0000",
    attach=[("invite.ics", "text/calendar", ics, {"method": "REQUEST"})],
    note="peripatetic teacher's .ics invite puts holiday lessons at his home address",
    text=T("""
    Hi Owen,

    As discussed - two lessons over the Easter holidays so we don't lose momentum before the exam. Invite attached, it's at mine as school is shut. Let me know if the Wednesday doesn't work.

    Jonty
    """))

add("flag", "cricket_qp_mobile_across_linebreak", ST("cricket"), [JANE],
    "Girls' cricket - Saturday at Harrogate", "Thu, 15 May 2025 13:27:48 +0100", cte="quoted-printable",
    note="own mobile split across a line break, quoted-printable body",
    text=T("""
    Dear Mrs Parent,

    Thanks for letting me know Ellie will be coming back from her orthodontist appointment on Saturday morning rather than travelling with the team. That's absolutely fine.

    The minibus leaves from the Sports Hall at 10.15 and the match starts at 11.30. If she can get to the ground by 11.10 we'll have her in the side. If she's running late for any reason just ring my mobile on 07700
    900 862 and I'll juggle the batting order - it's my own phone so it'll be with me all day.

    Lunch is provided by the home school. She'll need whites, her own helmet if she has one, and a water bottle.

    Many thanks,
    Liam Costigan
    Master i/c Cricket
    """))

add("flag", "gap_assistant_snapchat_base64", ST("gap"), [P("21tkowalski", "Tomasz Kowalski")],
    "drills video", "Tue, 04 Feb 2025 16:48:29 +0000", cte="base64",
    note="sports assistant invites pupil to add her on Snapchat; body base64-encoded",
    text=T("""
    Hey Tomasz,

    You asked about the footwork ladder drills from today - I filmed them on my phone but the file's too big to email. Just add me on snap (ffion.p03) and I'll send it over tonight.

    Good effort today, your first step is loads quicker already.

    Ffion
    """))

add("flag", "housemaster_0044_mobile_exeat", ST("okonedo"), [ALI],
    "Zain – exeat weekend & flights ✈", "Fri, 07 Feb 2025 06:41:55 +0000", cte="8bit",
    note="RFC 2047 subject; housemaster gives overseas parent his own mobile in 0044 format",
    text=T("""
    Dear Ali,

    Thanks for your email overnight. Yes, that's fine – Zain can leave after Saturday school on the 15th and go to his aunt in Manchester, and I'll sign him out myself. The boarding office will book the taxi to Piccadilly for 13.00.

    On the flights for half term: the school minibus to Manchester Airport leaves at 09.30 on the 15th, which would be very tight for the 11.05 departure. I'd suggest he goes on the earlier run at 07.00 instead – I'll add him to the list.

    I know the time difference makes the house phone awkward – it goes to voicemail after 10pm here, which is first thing in the morning for you. It's probably easier to ring or WhatsApp me directly on my mobile: 0044 7700 900 915. I'm usually up early.

    Best,
    Rupert
    """) + sig("okonedo"))

greaves_html = T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:10pt">
    <p>Hi Sam,</p>
    <p>Just a quick one &ndash; Josh mentioned you might be collecting him late on Tuesdays and Thursdays now because of your shifts. That's no problem at all, he can stay with me in the Year 4 classroom and do his reading until 4.30, and then he goes across to Prep Club.</p>
    <p>If you're ever stuck in traffic or running later than that, text me on <b>(07700) 900-431</b> and I'll let Miss Nwosu and Prep Club know so he's not worrying.</p>
    <p>He had a brilliant day today &ndash; ask him about the Romans!</p>
    <p>Hannah<br>
    <span style="color:#666">Hannah Greaves | Teaching Assistant, Year 4<br>Example School Prep, Park Row, Leeds LS1 4AP</span></p>
    </body></html>
    """)
add("flag", "ta_html_only_text_me_brackets", ST("greaves"), [SAM], "Tuesday/Thursday pick-up",
    "Wed, 22 Jan 2025 15:58:01 +0000", html=greaves_html,
    note="HTML-only; teaching assistant gives parent own mobile with brackets and hyphen",)

add("flag", "maths_discord_server_invite", ST("tolley"),
    [P("19icarr", "Imogen Carr"), P("19cyeung", "Charlotte Yeung"), P("20abrennan", "Aoife Brennan"),
     P("21bokafor", "Ben Okafor")],
    "UKMT practice - over half term", "Fri, 14 Feb 2025 15:22:37 +0000",
    note="maths teacher invites pupils to his own Discord server and to DM him there",
    text=T("""
    Hi all,

    Well done again on the Intermediate Challenge results - three golds is the best we've had in years.

    For those of you going through to the Olympiad, I've set up a Discord server where I'll post a past paper question each day over half term. Join here: discord.gg/tolleymaths-r8Kq. If you get stuck, DM me on there - my username is gtolley_pi and I'm on most evenings.

    Enjoy the break, but do some maths!

    Mr Tolley
    """))

add("flag", "mfl_sig_dotted_personal_mobile", ST("mfl"), [P("18lmarchetti", "Luca Marchetti")],
    "Oral practice before the mock", "Mon, 20 Jan 2025 12:44:19 +0000", style="outlook",
    note="MFL teacher's signature lists personal mobile in dotted continental style to a pupil",
    text=T("""
    Bonjour Luca,

    Tu as bien travaillé ce matin. As discussed, your mock oral is on Thursday 30th at 10.40 in L4. Please prepare the two themes we talked about (la famille en mutation and le patrimoine) and bring your research notes for the IRP - you may not read from them, but you may refer to them.

    If you want an extra run-through on Wednesday evening, let me know and we can find a time. You can also message me on the number below.

    Bon courage,

    Mme Haddad
    Head of Modern Languages
    Mob. (perso) 07700.900.726
    Example School | 01632 960000
    """))

add("flag", "eal_facebook_friend_overseas_parents", ST("yuki"), [ALI], "Overseas parents group",
    "Sat, 25 Jan 2025 09:10:22 +0000", style="gmail",
    note="EAL/admissions staff asks parent to friend her on personal Facebook to join group",
    text=T("""
    Dear Mr Guardian,

    It was lovely to speak to you at the Singapore parents' lunch in December. As promised, here is how to join the informal group for overseas boarding parents. It's a closed Facebook group I run where parents share flight times, guardian recommendations, and so on.

    The easiest way is to send me a friend request - I'm on Facebook as Yuki Tanaka-Reid (the photo is me with a very large dog) - and I'll add you to the group once we're connected.

    With best wishes,
    Yuki
    """))

add("flag", "chemistry_home_landline", ST("hirst"), [JANE], "Ellie - GCSE options",
    "Thu, 30 Jan 2025 17:30:46 +0000", cte="7bit",
    note="head of chemistry gives parent his home landline in +44 (0)113 format",
    text=T("""
    Dear Jane,

    Thank you for your note. I completely understand Ellie's worry about taking all three sciences. Her last test was a blip rather than a pattern - she's comfortably on track for a 7 and there's no reason she shouldn't do triple if she enjoys it.

    Options evening is next Thursday, but it's always a bit of a scrum. If you'd find it easier to talk it through properly beforehand, my home number is +44 (0)113 496 0742 - ring any evening after 7 and I'll happily go through it with you.

    Best wishes,
    Dan Hirst
    """) + sig("hirst"))


# =============================================================================
# CLEAN, hard negatives: contact details that are fine to send
# =============================================================================

add("clean", "tour_phone_school_owned", ST("sport"), [JANE, ALI, SAM],
    "Hockey & Rugby Tour - contact while away", "Fri, 21 Mar 2025 11:02:40 +0000",
    style="outlook", mailer="Microsoft Outlook 16.0",
    note="school-owned tour mobile stated as such, hotel e-mail, school number",
    text=T("""
    Dear Parents,

    The tour party lands in Cape Town at 07.40 local time on Sunday (05.40 UK). We'll post on the school's tour blog as soon as everyone is through passport control.

    While we are away, the tour has its own school mobile phone, which will be carried at all times by the member of staff on duty:

    Tour phone (school phone): 07700 900950

    This is the number to use for anything urgent at any hour. It is a school phone and is handed from one member of staff to the next at each change of duty, so please don't be surprised if a different person answers. For anything that is not urgent, the school office on 01632 960000 will pass messages on during UK working hours.

    Our hotel for the first week is the Kloofnek Lodge; reservations can be contacted at groups@kloofneklodge.example.com if you need to send anything by post or courier.

    With thanks, and we'll be in touch with scores!

    Fergus MacLeod
    Director of Sport
    """) + SCHOOL_SIG + "\n")

add("clean", "office_readback_parent_mobile", ST("office"), [JANE], "Checking your contact details",
    "Tue, 07 Jan 2025 09:22:51 +0000",
    note="office reads back the parent's own mobile, e-mail and home address",
    text=T("""
    Dear Mrs Parent,

    As part of our annual data check, please could you confirm that the details we hold for you are still correct:

    Name: Jane Parent (Mother)
    Mobile: 07700 900123
    Email: jane.parent@gmail.com
    Home address: 18 Larchfield Avenue, Roundhay, Leeds LS8 2WQ
    Emergency contact priority: 1

    If anything has changed, please reply to this email or update the parent portal before Friday 17 January. Ellie's boarding contact sheet will be updated from the same record.

    Many thanks,
    Lorraine Pike
    School Office
    Example School, Park Row, Leeds LS1 4AP
    01632 960000
    """))

add("clean", "housemaster_reply_quoting_parent_sig", ST("okonedo"), [ALI], "RE: Zain - visa letter",
    "Tue, 28 Jan 2025 08:15:33 +0000", style="outlook", mailer="Microsoft Outlook 16.0",
    irt="<SG2PR01MB41736A1C0B@SG2PR01MB4173.apcprd01.prod.outlook.example.com>",
    note="reply quotes overseas parent's own signature (his number) in an Outlook block",
    text=T("""
    Dear Ali,

    Of course. The registrar will send the confirmation-of-enrolment letter for the embassy by Thursday, both as a PDF and as a signed original in the post to your Singapore address. I've asked her to include the dates of the Easter and summer holidays.

    Best wishes,
    Rupert

    Rupert Okonedo
    Housemaster, Fairfax House
    Example School, Park Row, Leeds LS1 4AP | 01632 960000

    From: Ali Guardian <ali.guardian@btinternet.com>
    Sent: 28 January 2025 02:47
    To: Rupert Okonedo <r.okonedo@example-school.org.uk>
    Subject: Zain - visa letter

    Dear Rupert,

    Could the school provide a letter confirming Zain's enrolment for the rest of the academic year? His sister's dependant visa application needs it. Sorry for the short notice.

    Regards,
    Ali

    Ali Guardian
    Regional Director, APAC
    M: +44 7700 900789
    """))

add("clean", "boarding_exeat_coach_firm", ST("bell"), [JANE, ALI], "Half-term travel - coaches and airport runs",
    "Mon, 27 Jan 2025 14:05:00 +0000", style="outlook",
    note="coach company's phone and e-mail given for bookings; fares and times",
    text=T("""
    Dear Parents,

    Half term begins after Saturday school on 15 February and boarders return by 9pm on Sunday 23 February.

    As usual we will run coaches to Manchester Airport (depart 07.00 and 13.30) and to London King's Cross via Peterborough (depart 13.15). These are run for us by Dalesway Coaches, and bookings this term are made directly with them: bookings@dalesway.example.com or 0113 496 0381 (office hours). Please quote the school reference EXS-HT25. The fare is £38 single to the airport and £46 to London.

    Unaccompanied minor arrangements for flights must be booked with the airline and the details sent to the boarding office by Friday 7 February.

    With best wishes,

    Marcus Bell
    Head of Boarding
    """) + SCHOOL_SIG + "\n")

add("clean", "beech_house_landline", ST("attwood"), [JANE], "Beech House phone numbers",
    "Mon, 13 Jan 2025 16:10:12 +0000",
    note="boarding house landline on the school's own 01632 960 range",
    text=T("""
    Dear Jane,

    Just following up our conversation at drop-off. The best way to reach Ellie in the evenings is the Beech House phone, 01632 960214 - the girls are allowed to take calls between 6.30 and 8.30pm and after prep at weekends. If you need me, the same line comes through to the houseparents' office and goes to the duty member of staff out of hours.

    Best wishes,
    Gwen
    """) + sig("attwood"))

add("clean", "drama_refuses_personal_number", ST("drama"), [P("20mrhys", "Matilda Rhys")],
    "Re: cast group chat", "Wed, 19 Feb 2025 18:02:14 +0000",
    irt="<CAHy6LmP2r@mail.example-school.org.uk>",
    note="teacher declines to give personal number or join pupils' WhatsApp chat",
    text=T("""
    Hi Matilda,

    Thanks for thinking of me, but I'm not able to give out my personal number or join the cast WhatsApp - that's a school rule for all staff, not me being grumpy! Anything you need me to see, post in the 'Into the Woods' Team on Teams or email me here. Jess (stage manager) can forward anything urgent from the chat.

    Mr P

    On Wed, 19 Feb 2025 at 17:41, Matilda Rhys <20mrhys@pupils.example-school.org.uk> wrote:
    > Hi sir, we've made a group chat for the cast so people know when
    > they're called. Can we add you? What's your number?
    """))

esafety_html = T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">
    <h2 style="color:#1F3864">Staying safe online over half term</h2>
    <p>Dear Parents,</p>
    <p>Holidays are often when children spend the most time online, and we have had a few incidents this term that prompt this reminder. Please take ten minutes to look at these settings with your child:</p>
    <ul>
    <li><b>Snapchat</b> &ndash; turn on <i>Ghost Mode</i> so that Snap Map does not share their location with &ldquo;friends&rdquo; they barely know.</li>
    <li><b>WhatsApp</b> &ndash; under Privacy &gt; Groups, choose &ldquo;My contacts&rdquo; so strangers cannot add them to large groups.</li>
    <li><b>TikTok</b> &ndash; under-16s should have a private account and Direct Messages switched off. Family Pairing lets you manage this from your own phone.</li>
    <li><b>Discord and Roblox</b> &ndash; check who can send friend requests and direct messages.</li>
    <li><b>Instagram</b> &ndash; make sure the account is private and review &ldquo;Close Friends&rdquo;.</li>
    </ul>
    <p>Remember that no member of staff will ever ask your child to contact them on a personal social media account or phone. If that ever happens, please tell us straight away.</p>
    <p>If you are worried about anything your child has seen or been sent, please contact me or any member of the pastoral team through the school office on 01632&nbsp;960000.</p>
    <p>With best wishes,<br>Isla Fairbairn<br>Deputy Head (Pastoral) and Designated Safeguarding Lead<br>Example School, Park Row, Leeds LS1&nbsp;4AP</p>
    </body></html>
    """)
add("clean", "dsl_esafety_apps_html", ST("dsl"), [JANE, SAM, ALI], "Online safety over half term",
    "Thu, 13 Feb 2025 10:30:00 +0000", html=esafety_html, cte="quoted-printable",
    note="e-safety advice naming Snapchat/WhatsApp/TikTok/Discord, no invitation; HTML only")

add("clean", "fees_bank_details_sortcode", ST("fees"), [SAM], "Summer term invoice - payment details",
    "Wed, 26 Mar 2025 10:45:21 +0000",
    note="bank sort code, account number, invoice and reference numbers (not phones)",
    text=T("""
    Dear Sam,

    Thank you for your call this morning. As requested, here are the details for paying Josh's Summer term fees by bank transfer:

    Account name: Example School Trust Ltd
    Sort code: 40-22-18
    Account number: 61472093
    Reference: CARER-J-0418 (please quote this exactly)

    Invoice number: INV/25/3/02217
    Amount due: £5,285.00, by 22 April 2025

    If you would prefer to pay by monthly direct debit from next term, the form is on the parent portal under Fees, or I can post one out. The fees office is open 8.30-4.30 on weekdays on 01632 960000 (option 3).

    Kind regards,

    Janet Oduya
    Fees Officer
    Example School, Park Row, Leeds LS1 4AP
    """))

add("clean", "exams_candidate_number", ST("exams"), [P("19zguardian", "Zain Guardian")],
    "Your candidate number and AS exam timetable", "Mon, 17 Mar 2025 08:30:05 +0000",
    attach=[("Individual timetable - Guardian Z.pdf", "application/pdf", PDF_STUB, None)],
    note="candidate and centre numbers, exam times and dates",
    text=T("""
    Dear Zain,

    Your individual exam timetable for the summer series is attached. Please check it carefully and tell me by Friday if anything is wrong or missing.

    Your candidate number is 4172 and the centre number is 37215. You will need both on every paper, so please write them in your planner now.

    Your first exam is Economics Paper 1 on Tuesday 13 May, 09.00-11.00, in the Sports Hall. Please be outside by 08.40 with a clear pencil case and no watch.

    Mrs Quayle
    Examinations Officer
    """) + SCHOOL_SIG + "\n")

add("clean", "parents_evening_teams_meeting_id", ST("sixth"), [ALI], "Year 12 parents' evening - online appointment",
    "Tue, 04 Mar 2025 13:12:40 +0000", style="outlook",
    note="Teams meeting ID and passcode, UK and Singapore times",
    text=T("""
    Dear Mr Guardian,

    I've set up a separate online appointment for you so you don't have to join at 2am Singapore time. I'll be joined by Zain's tutor, Ms Odhiambo.

    Date: Wednesday 12 March
    Time: 07.30 UK / 15.30 Singapore
    Microsoft Teams meeting
    Meeting ID: 372 918 604 117
    Passcode: q7Xk2P

    If the link misbehaves, I will ring you from the school's landline (the number may show as 01632 960000 or withheld).

    Best wishes,
    Kwame Boateng
    Head of Sixth Form
    """))

add("clean", "english_reading_list_isbn", ST("english"),
    [P("21kasante", "Kofi Asante"), P("21bokafor", "Ben Okafor"), P("21tkowalski", "Tomasz Kowalski")],
    "Year 10 reading for the Easter holidays", "Fri, 28 Mar 2025 14:40:10 +0000",
    note="ISBNs and page numbers in reading list to pupils",
    text=T("""
    Hello 10L2,

    Before we start the poetry anthology next term, please read at least one of these over Easter. The school editions are the ones below - the library has two copies of each, or second-hand copies are cheap online.

    - Never Let Me Go, Kazuo Ishiguro (ISBN 978-0-571-25809-3)
    - Jane Eyre, Charlotte Brontë, Penguin Classics (ISBN 978-0-14-144114-6)
    - Purple Hibiscus, Chimamanda Ngozi Adichie (ISBN 978-0-00-718988-6)

    Keep a reading log: one paragraph per 50 pages or so, on what surprised you. We'll share them in the first lesson back (Tuesday 22 April, period 3).

    Mr Lindqvist
    """))

add("clean", "staff_social_personal_mobile", ST("bursar"),
    [ST("fees"), ST("office"), ST("hr"), ("Gary Whitlock", "g.whitlock@example-school.org.uk")],
    "Bursary team Easter drinks!", "Wed, 02 Apr 2025 12:01:44 +0100",
    note="staff-only social mail containing a personal mobile and home address",
    text=T("""
    Hi all,

    As promised, Easter drinks at ours on Friday 11th from 6.30 - partners very welcome, just let me know numbers for food. We're at 7 Hollin Croft, Adel, LS16 8RD (the one with the blue door, park on the road).

    If you get lost, text me on 07700 900372.

    Deb x
    """))

add("clean", "hr_new_matron_home_address_staff_only", ST("hr"), [ST("bell")],
    "New starter - Beech House assistant matron", "Thu, 09 Jan 2025 11:34:20 +0000",
    note="HR to colleague: new starter's home address and phone (staff only)",
    text=T("""
    Hi Marcus,

    Confirmation that Mrs Karen Oyelaran has accepted the Assistant Matron post in Beech House, starting Monday 3 February. Her DBS has come back clear and her references are in.

    For your starter pack and the boarding staff list:
    Home address: 41 Beckett Street, Burmantofts, Leeds LS9 7NX
    Mobile: 07700 900283
    Emergency contact: Mr David Oyelaran, 07700 900284

    Please don't circulate her personal details beyond the boarding team - she'll be issued a house duty phone on her first day.

    Thanks,
    Ruth

    Ruth Ambler
    HR Manager
    """))

add("clean", "guardian_agency_details", ST("yuki"), [ALI], "Zain - guardianship arrangements for half term",
    "Wed, 05 Feb 2025 10:17:37 +0000", style="outlook",
    note="third-party guardian agency and host family contact details given for a reason",
    text=T("""
    Dear Mr Guardian,

    Thank you for confirming that Zain will stay with his educational guardian over half term rather than flying home.

    Pennine Guardians have confirmed his host family as Mr and Mrs Okafor in Didsbury. Their details, for your records:

    Host: Mrs Grace Okafor, 12 Alder Grove, Didsbury, Manchester M20 6TQ
    Mobile: 07700 900377
    Pennine Guardians 24-hour line: 0161 496 0528
    Coordinator: Laura Pym, laura.pym@pennineguardians.example.org

    Mrs Okafor will collect Zain from Fairfax House at 1pm on Saturday 15 February and return him by 7pm on Sunday 23 February.

    Kind regards,

    Yuki Tanaka-Reid
    International Admissions and EAL
    Example School | 01632 960000
    """))

add("clean", "matron_orthodontist_appointment", ST("hale"), [JANE], "Ellie's orthodontist appointment moved",
    "Mon, 10 Mar 2025 15:21:09 +0000",
    note="clinic phone number and address given to parent",
    text=T("""
    Dear Jane,

    Kirkgate Dental rang this afternoon to move Ellie's brace adjustment from Thursday to Tuesday 18 March at 4.15pm. I've said yes provisionally, and I'll take her down in the house car as usual.

    If that doesn't suit, or you'd rather take her yourself, their number is 0113 496 0519 and they're at 14 Kirkgate, Leeds LS2 7DL - just quote her date of birth.

    Kind regards,
    Bridget Hale
    Matron, Beech House
    Example School, Park Row, Leeds LS1 4AP | 01632 960000
    """))

add("clean", "dsl_followup_helpline_numbers", ST("dsl"), [P("22eparent", "Ellie Parent")],
    "Following up from today", "Thu, 27 Feb 2025 16:05:50 +0000", cte="quoted-printable",
    note="DSL gives pupil helpline numbers and school counsellor times, not her own",
    text=T("""
    Dear Ellie,

    Thank you for coming to see me today - I know that wasn't easy. You did exactly the right thing.

    As we agreed, I'll check in with you on Monday at break in my office. Mrs Attwood knows you've talked to me, but not the details.

    A few places you can go in the meantime:
    - Mrs Amis, the school counsellor, is in on Tuesdays and Thursdays - book through the Medical Centre or just knock.
    - Talkline Yorkshire (free, confidential, 24 hours): 0808 157 0244
    - The Medical Centre is staffed all night: 01632 960050

    Take care of yourself this weekend.

    Mrs Fairbairn
    """))

add("clean", "away_match_other_school_office", ST("sport"), [JANE, SAM], "U11 and U14 fixtures at Ashcombe, Saturday",
    "Thu, 23 Jan 2025 12:50:00 +0000",
    note="other school's office number and venue postcode for away fixture",
    text=T("""
    Dear Parents,

    A reminder that the U11 and U14 netball teams play Ashcombe School away this Saturday, 25 January.

    Address: Ashcombe School, Moorside Lane, Harrogate HG3 4XB
    Depart school: 12.00 (U14) / 12.15 (U11) from the Sports Hall
    Matches start: 13.30
    Estimated return: 17.00

    Parents are very welcome to come and watch - Ashcombe ask that spectators park in the lower car park. If the return coach is running late we'll post on the school sport app. On the day, Ashcombe's sports office can be reached on 0118 496 0277 if you're trying to find us.

    Fergus MacLeod
    Director of Sport
    """))

add("clean", "office_forward_to_fees_direct_line", ST("office"), [SAM], "RE: Query about extras on the invoice",
    "Fri, 31 Jan 2025 10:11:36 +0000", style="outlook",
    note="colleague's official extension on the school's 01632 960 range",
    text=T("""
    Dear Sam,

    Thank you for your email. I've passed your query about the music lesson charges on to Mrs Oduya in the fees office, who will be able to explain the breakdown. If you'd like to speak to her directly, her direct line is 01632 960017 (Monday to Thursday).

    Kind regards,
    Lorraine Pike
    School Office
    """))

add("clean", "concert_tickets_times_prices", ST("music"), [JANE, SAM, ALI], "Spring Concert – tickets now on sale",
    "Mon, 24 Feb 2025 09:00:00 +0000", style="outlook", cte="quoted-printable",
    note="dates, times, ticket prices and booking refs that look numeric; 8bit/QP with £",
    text=T("""
    Dear Parents,

    Tickets for the Spring Concert on Friday 14.03.25 are now on sale through the school shop. The concert starts at 19.00 (doors and bar from 18.15) in the Memorial Hall.

    Adults £12.50, pupils and under-18s £5.00, family ticket (2+2) £30.00.

    Performing pupils should be in the Music School by 17.45 in concert dress. The Chamber Choir rehearsal on the day is 16.30–17.30.

    The second half includes the Senior Orchestra's performance of Dvořák's 8th Symphony (4th movement), and the Big Band will close the evening as usual.

    Please note your booking reference (e.g. SC25-0318) on your e-ticket.

    Catrin Llewellyn
    Director of Music
    """) + SCHOOL_SIG + "\n")

add("clean", "choir_venue_postcode_parking", ST("chaplain"), [JANE, ALI], "Chapel Choir - Evensong at St Aldhelm's",
    "Tue, 18 Mar 2025 11:45:02 +0000",
    note="venue address with postcode, times; chaplain's school address",
    text=T("""
    Dear Parents,

    The Chapel Choir have been invited to sing Choral Evensong at St Aldhelm's Church, Harewood Road, Collingham LS22 5BZ on Sunday 30 March at 5pm. It's a lovely building and a real honour for the choir.

    Boarders will travel by minibus at 2.30 for a rehearsal at 3.15. Day choristers should be dropped at the church by 3.10. The service finishes at around 6pm; boarders will return to school for supper.

    Parking is limited - please use the village hall car park on Church Lane rather than the church drive.

    All are welcome.

    Tom Adeyemi
    School Chaplain
    Example School, Park Row, Leeds LS1 4AP
    """))

add("clean", "old_pupil_reunion_mobile", ST("alumni"), [("Rachel Dunmore", "rachel.dunmore.2009@hotmail.co.uk")],
    "Class of 2014 - ten year reunion", "Tue, 14 Jan 2025 12:12:12 +0000",
    note="[unsure] development officer gives his mobile to an adult old pupil (not a pupil or parent)",
    text=T("""
    Hi Rachel,

    Lovely to hear from you, and many congratulations on the new job! Thanks so much for offering to help with the Class of 2014 reunion.

    We've provisionally booked the Old Library for Saturday 21 June, 7pm, with a tour of the new Sixth Form Centre beforehand. I've attached the list of your year we have addresses for - about 60% of them - and anything you can do to track down the rest through your networks would be hugely helpful.

    Probably easiest to chat it through on the phone - my mobile is 07700 900684, or I'm on the Development Office line (01632 960090) Tuesday to Thursday.

    Best wishes,
    Seb

    Sebastian Frayne
    Development and Old Pupils' Officer
    Example School, Park Row, Leeds LS1 4AP
    """))

add("clean", "office_parent_second_email_readback", ST("office"), [SAM], "Second email address added",
    "Wed, 15 Jan 2025 14:30:19 +0000",
    note="parent's own second e-mail address read back to them",
    text=T("""
    Dear Sam,

    As requested, I've added your second email address, sam.carer.home@icloud.com, to Josh's record, so school letters and the Friday newsletter will now go to both addresses. Reports and fees correspondence will still go only to sam.carer@outlook.com unless you tell us otherwise.

    Kind regards,
    Lorraine Pike
    School Office | 01632 960000
    """))

add("clean", "music_declines_follow_official_account", ST("music"), [P("22sbianchi", "Sofia Bianchi")],
    "Re: Instagram", "Sun, 09 Mar 2025 19:20:00 +0000",
    note="teacher declines a pupil's follow request, points to department's official account",
    text=T("""
    Hi Sofia,

    That's very kind, but I don't accept follow requests from pupils on my personal accounts - it's the same for all staff. If you want to see the photos from the concert, they're going up on the Music Department's official account, @exampleschoolmusic, tomorrow, and on the school website.

    See you at orchestra on Tuesday!

    Miss Llewellyn

    On Sun, 9 Mar 2025 at 18:55, Sofia Bianchi <22sbianchi@pupils.example-school.org.uk> wrote:
    > Hi miss I sent you a follow request on insta, is that ok? I wanted to
    > see the concert photos x
    """))

add("clean", "ucas_personal_id", ST("sixth"), [P("18hmensah", "Harriet Mensah")], "Your UCAS offers",
    "Mon, 03 Mar 2025 16:44:08 +0000",
    note="UCAS Personal ID in 3-3-4 digit groups (looks like a phone number)",
    text=T("""
    Harriet,

    Congratulations - that's all five back now, and four offers! Please check your choices in UCAS Hub before the reply deadline of 3 June. If you ring UCAS about anything, they'll ask for your Personal ID, which is 128-447-3906 (it's also at the top of your welcome email).

    Come and see me on Thursday about firm and insurance.

    Mr Boateng
    """))

add("clean", "fairfax_duty_phone_school_mobile", ST("strang"), [ALI], "Fairfax House - out-of-hours contact",
    "Sun, 12 Jan 2025 20:08:47 +0000",
    note="boarding house duty phone, a school-owned mobile stated as such",
    text=T("""
    Dear Mr Guardian,

    Welcome back to the new term. Just a reminder, as we have several new staff in Fairfax, that the house duty phone is 07700 900600. This is a school mobile which stays with whoever is on duty in the house, day and night, so it's the right number for anything that can't wait. For everything else, please email Mr Okonedo or me.

    With best wishes,
    Philippa Strang
    Matron, Fairfax House
    """) + SCHOOL_SIG + "\n")

add("clean", "invoice_account_references", ST("fees"), [JANE], "Statement of account - Ellie Parent",
    "Thu, 09 Jan 2025 09:02:30 +0000",
    attach=[("Statement 0031847.pdf", "application/pdf", PDF_STUB, None)],
    note="account, invoice and bursary reference numbers, amounts",
    text=T("""
    Dear Mrs Parent,

    Please find attached your statement for account 0031847.

    Spring term boarding fees (INV/25/1/00946): £13,960.00
    Less bursary award (BUR-2024-117, 20%): -£2,792.00
    Extras - Autumn term (LAMDA, instrumental lessons): £612.50
    Balance due by 15 January: £11,780.50

    Any questions, the fees office is on 01632 960000 (option 3).

    Kind regards,
    Janet Oduya
    Fees Officer
    """))

add("clean", "exam_board_grade_entry", ST("music"), [SAM], "Josh - Grade 2 piano entry",
    "Tue, 11 Feb 2025 13:15:42 +0000",
    note="music exam board's helpline and candidate/entry references",
    text=T("""
    Dear Sam,

    I'm pleased to confirm that Josh has been entered for his Grade 2 piano exam with the Northern Board of Music Examinations. The exam will be held here at school in the week beginning 17 March; the Board sends the exact time about three weeks before.

    Entry reference: NBME/37215/0092
    Candidate number: 118

    The fee (£52) will appear on the summer term bill. If you have any questions about access arrangements, the Board's candidate helpline is 020 7946 0183.

    Josh is playing really nicely - Mrs Ferris says the Scarlatti is almost there.

    Catrin Llewellyn
    Director of Music
    """) + SCHOOL_SIG + "\n")

add("clean", "forward_colleague_school_signature", ST("preprep"), [SAM], "FW: Forest School - Thursday",
    "Mon, 17 Mar 2025 08:40:12 +0000", style="outlook",
    note="forwarded mail carries colleague's official school extension and signature",
    text=T("""
    Dear Sam,

    Forwarding this from Mr Ellery as Josh was off on Friday when it went home in bags.

    Rosalind

    ________________________________
    From: Tim Ellery <t.ellery@example-school.org.uk>
    Sent: 14 March 2025 15:02
    To: Year 4 Parents
    Subject: Forest School - Thursday

    Dear Year 4 Parents,

    This Thursday Year 4 have Forest School in the woods behind the playing fields from 1.30 to 3.15. Please send children in with wellies, waterproofs and old clothes they can get muddy in. We'll be building shelters and cooking bannock on the fire.

    Tim Ellery
    Forest School Leader
    Example School Prep | Direct line: 01632 960231
    """))

add("clean", "staff_only_cover_personal_mobile", ST("hirst"),
    [("Cover Office", "cover@example-school.org.uk")], "Off sick today - cover work",
    "Tue, 25 Feb 2025 06:58:33 +0000", cc=[("Priya Raman", "p.raman@example-school.org.uk")],
    note="staff-only mail with teacher's personal mobile for colleagues",
    text=T("""
    Morning,

    Sorry - I've been up all night with a stomach bug and won't be in today. Cover work is in the Chemistry shared drive under 'Cover 25 Feb':

    P1 10C1 - worksheet on rates, textbook p.142-145
    P3 12Ch - past paper Q's, mark scheme in the folder (don't give it out!)
    P4 8H - literacy task on states of matter
    P6 free

    Priya - could you check the Year 12 practical kit for tomorrow? If anything's missing, text me on 07700 900559 and I'll sort it from home.

    Dan
    """))

add("clean", "chemistry_reply_pupil_personal_gmail_quoted", ST("hirst"), [P("20nfitzgerald", "Noah Fitzgerald")],
    "Re: Chem homework", "Wed, 12 Feb 2025 18:22:19 +0000",
    note="reply to pupil's school address quotes pupil's own personal gmail; teacher redirects",
    text=T("""
    Noah,

    Got it, thanks - but please send work from your school account in future, not your personal one. I can't reply to personal addresses. I've copied your answers across into Teams.

    Q3 needs units, otherwise good.

    Mr Hirst

    On 12/02/2025 17:48, Noah F <noahfitz.07@gmail.com> wrote:
    > sir here's my homework, couldn't log into teams on my laptop
    > 1) 0.25 mol
    > 2) 4.8 g
    > 3) 120
    """))


HARD_COUNT = sum(1 for m in MSGS if m["label"] == "clean")


# =============================================================================
# CLEAN, everyday school mail
# =============================================================================

add("clean", "exeat_weekend_reminder", ST("bell"), [JANE, ALI], "Exeat weekend 7-9 March",
    "Mon, 03 Mar 2025 12:00:00 +0000", style="outlook",
    note="boarding exeat reminder to parents",
    text=T("""
    Dear Parents,

    A reminder that this coming weekend is an exeat. Boarding houses close after Saturday school at 12.30 on 8 March and reopen at 6pm on Sunday 9 March (or after 7pm if your child is on the late coach from London).

    Please complete the exeat form on the boarding portal by Wednesday evening, saying who is collecting and where your child will be staying. Any boarders who will not be leaving must be notified to me by Wednesday too, so that we can staff the weekend accordingly.

    Thank you, as ever, for your help.

    Marcus Bell
    Head of Boarding
    """) + SCHOOL_SIG + "\n")

add("clean", "matron_laundry_name_tapes", ST("hale"), [JANE], "Name tapes!",
    "Fri, 17 Jan 2025 15:14:03 +0000",
    note="matron asks for name tapes on clothes",
    text=T("""
    Dear Jane,

    Sorry to nag! Three of Ellie's new games socks and her grey hoodie have come back from the laundry unnamed this week. I've put them in her room but if you could send some name tapes in with her after the weekend I'll sew them on for her.

    Thanks,
    Bridget
    """))

add("clean", "chaplain_confirmation_classes", ST("chaplain"),
    [P("21kasante", "Kofi Asante"), P("20abrennan", "Aoife Brennan"), P("22eparent", "Ellie Parent"), P("21bokafor", "Ben Okafor")],
    "Confirmation group - starting next week", "Wed, 08 Jan 2025 13:05:40 +0000",
    note="chaplain to pupils about confirmation classes",
    text=T("""
    Dear all,

    Thank you for signing up for the confirmation group this year. We'll meet on Tuesdays from 14 January, 1.15-1.50, in the Chaplaincy (the room behind the vestry). Bring your lunch - I'll provide biscuits.

    The Bishop will confirm on Sunday 18 May in the School Chapel. Your families will be very welcome, and I'll write to them nearer the time.

    No preparation needed for the first session. Just come with your questions.

    Revd Tom
    """))

add("clean", "music_lesson_timetable", ST("music"), [P("20abrightwell", "Alys Brightwell")],
    "Singing lessons this term", "Tue, 07 Jan 2025 08:12:55 +0000",
    note="lesson timetable for a pupil",
    text=T("""
    Hi Alys,

    Your singing lessons with Mrs Henshaw this term are on Mondays, rotating so you don't miss the same lesson every week:

    13 Jan - P2, 20 Jan - P3, 27 Jan - P4, 3 Feb - P5, 10 Feb - P2 ...

    The full rota is on the Music noticeboard and in Teams. Please check with your teachers before you go, and catch up anything you miss.

    Miss Llewellyn
    """))

add("clean", "drama_cast_list", ST("drama"),
    [P("20mrhys", "Matilda Rhys"), P("20nfitzgerald", "Noah Fitzgerald"), P("21kasante", "Kofi Asante"), P("22sbianchi", "Sofia Bianchi"), P("20abrightwell", "Alys Brightwell")],
    "Into the Woods - cast list", "Fri, 10 Jan 2025 16:30:22 +0000", style="gmail",
    note="drama cast list to pupils",
    text=T("""
    Dear all,

    Thank you to everyone who auditioned this week - it was one of the strongest fields we've had, and some very difficult decisions had to be made.

    Baker - Noah Fitzgerald
    Baker's Wife - Alys Brightwell
    Witch - Matilda Rhys
    Jack - Kofi Asante
    Little Red - Sofia Bianchi

    The full cast list, including the ensemble and understudies, is on the Drama noticeboard and in the Team. First read-through is Monday at 4.15 in the Studio Theatre. Bring a pencil.

    If you didn't get the part you hoped for, please come and talk to me - my door is always open.

    Mr Penhaligon
    Head of Drama
    """))

add("clean", "fees_termly_invoice_notice", ST("fees"), [ALI], "Summer term invoice",
    "Tue, 25 Mar 2025 09:30:00 +0000",
    note="fees office invoice notice to overseas parent",
    text=T("""
    Dear Mr Guardian,

    The invoice for Zain's Summer term fees is now available on the parent portal. Payment is due by the first day of term, 22 April.

    For international transfers, please make sure that all bank charges are paid by the sender (option "OUR"), otherwise the shortfall will be carried forward to the next invoice.

    Kind regards,
    Janet Oduya
    Fees Officer
    """) + SCHOOL_SIG + "\n")

add("clean", "bursary_renewal_reminder", ST("bursar"), [SAM], "Bursary renewal 2025-26",
    "Mon, 20 Jan 2025 10:00:00 +0000", style="outlook",
    note="bursary renewal reminder with deadline",
    text=T("""
    Dear Sam,

    All bursary awards are reviewed annually, and the renewal form for 2025-26 is now open on the parent portal. Please complete it, and upload the supporting documents listed on the form, by Friday 28 February.

    If your circumstances have changed significantly in the last year, please let me know as early as possible - the committee can take account of most things if we know about them in good time.

    If you would like to talk anything through, I'm happy to arrange a meeting in school.

    Kind regards,

    Deborah Kaur
    Bursar
    """) + SCHOOL_SIG + "\n")

add("clean", "saturday_team_sheet", ST("cricket"),
    [P("21tkowalski", "Tomasz Kowalski"), P("21bokafor", "Ben Okafor"), P("21kasante", "Kofi Asante")],
    "U15A v St Wilfrid's - team", "Thu, 08 May 2025 17:45:30 +0100",
    note="team sheet and meeting time to pupils",
    text=T("""
    U15A squad for Saturday (home):

    Okafor (c), Kowalski (wk), Asante, Malik, Harrington, Doyle, Sato, Whitfield, Brennan-Lowe, Price, Adebayo. 12th: Ng.

    Meet in the pavilion at 12.45 in whites. Tea at 4. Boarders on Sunday leave - tell your houseparent you'll be late back to house.

    Mr Costigan
    """))

add("clean", "year4_trip_letter_consent", ST("nwosu"), [SAM], "Year 4 trip to Eden Camp - consent form",
    "Mon, 27 Jan 2025 16:02:11 +0000",
    attach=[("Y4 Eden Camp consent.pdf", "application/pdf", PDF_STUB, None)],
    note="class trip letter with attached consent form",
    text=T("""
    Dear Parents and Carers,

    As part of our topic on the Second World War, Year 4 will be visiting Eden Camp Museum near Malton on Thursday 13 February.

    We will leave school at 8.45am and return by 3.30pm. Children should wear school uniform with sensible shoes and a warm coat, and bring a packed lunch in a disposable bag (no glass bottles or nuts, please). The cost of £18 will be added to your account.

    Please complete the attached consent form and return it to the class teacher by Friday 7 February. If your child needs any medication during the day, please let the school office know.

    Many thanks,

    Amara Nwosu
    Year 4 Class Teacher
    """))

add("clean", "chemistry_homework_pupil", ST("hirst"), [P("18pdesai", "Priya Desai"), P("18fashworth", "Freddie Ashworth")],
    "Organic synthesis homework", "Mon, 13 Jan 2025 14:20:05 +0000",
    note="homework instructions to two pupils",
    text=T("""
    Priya, Freddie,

    As you both missed Friday for the Oxford interviews, here's the homework: the synthesis routes sheet (on Teams) - questions 1-6, and have a go at 7 if you're feeling brave. Due Thursday. Come and see me at lunch tomorrow if the reaction mechanism for Q4 doesn't make sense.

    Hope the interviews went well!

    DH
    """))

add("clean", "ucas_internal_deadline", ST("sixth"),
    [P("19zguardian", "Zain Guardian"), P("19icarr", "Imogen Carr"), P("19cyeung", "Charlotte Yeung")],
    "Year 12 - UCAS timeline for the summer term", "Thu, 20 Mar 2025 12:30:00 +0000", style="outlook",
    note="sixth form UCAS timeline to pupils",
    text=T("""
    Dear Year 12,

    Now that the mocks are out of the way, it's time to start thinking seriously about next year. Key dates for the summer term:

    - Monday 28 April: UCAS launch assembly (P1, Chapel)
    - Week of 12 May: individual meetings with your tutor to discuss a shortlist
    - Thursday 19 June: Higher Education Evening for parents (with online option)
    - Friday 4 July: first draft of personal statement to your tutor

    Please use the Easter holidays to visit at least one university open day if you can, and look at the course pages of anywhere you are thinking about.

    Mr Boateng
    Head of Sixth Form
    """))

add("clean", "reports_published_portal", ST("office"), [JANE, SAM, ALI], "Spring term reports",
    "Fri, 28 Mar 2025 15:30:00 +0000",
    note="reports available notice",
    text=T("""
    Dear Parents,

    Spring term reports are now available to view and download on the parent portal under "Reports". Prep School reports include a short comment from the form teacher; Senior School reports include effort and attainment grades for each subject and a tutor's comment.

    If you have any difficulty accessing the portal, please reply to this email.

    With best wishes for a happy Easter,

    Lorraine Pike
    School Office
    """) + SCHOOL_SIG + "\n")

add("clean", "smt_meeting_notes", ST("head"),
    [ST("bell"), ST("dsl"), ST("bursar"), ST("sixth"), ST("preprep")],
    "SMT notes - 21 January", "Tue, 21 Jan 2025 17:40:18 +0000", style="outlook",
    note="senior team meeting notes, staff only",
    text=T("""
    Dear all,

    Brief notes from this morning:

    1. Boarding numbers for 2025-26: 8 confirmed new full boarders, 3 more expected after the Hong Kong visit. Marcus to circulate the house allocation draft by 7 Feb.
    2. Safeguarding: Isla reported two low-level concerns this half term, both dealt with. Staff training on the updated KCSIE guidance is on the INSET day in April.
    3. Fees: Deborah presented the draft fees proposal (+4.5%). Governors' Finance Committee 4 March.
    4. Sixth Form Centre refurbishment: contractor on site from 14 April. Kwame to confirm which rooms are out of use.
    5. Pre-Prep open morning on 8 February: Rosalind to lead, Year 6 guides needed.

    Next meeting 4 February.

    Helen
    """))

add("clean", "cover_request_trip", ST("mfl"), [("Cover Office", "cover@example-school.org.uk")],
    "Cover needed - Thurs 6 Feb (Year 9 French trip)", "Mon, 27 Jan 2025 07:55:12 +0000",
    note="cover request, staff only",
    text=T("""
    Hi,

    Could I please book cover for Thursday 6 February? I'm taking the Year 9 French trip to the Institut in Manchester. I'll be out all day.

    P1 11F2, P2 free, P3 13Fr, P4 9F1 (on trip), P5 10F3, P6 free.

    Work will be on the shared drive by Tuesday.

    Merci!
    Nadia
    """))

add("clean", "mock_exam_timetable", ST("exams"),
    [P("21tkowalski", "Tomasz Kowalski"), P("21kasante", "Kofi Asante"), P("21bokafor", "Ben Okafor")],
    "Year 10 mock exams - timetable", "Mon, 17 Feb 2025 09:00:00 +0000",
    attach=[("Y10 mocks timetable.pdf", "application/pdf", PDF_STUB, None)],
    note="mock timetable with attachment",
    text=T("""
    Dear Year 10,

    The timetable for your mock exams (3-14 March) is attached. Exams will take place in the Sports Hall and the Memorial Hall. You must bring a clear pencil case and a black pen. Mobile phones and smart watches must be handed in at the door.

    If you have access arrangements, Mrs Nicholls will contact you separately.

    Good luck with your revision.

    Mrs Quayle
    """))

add("clean", "fairfax_lost_property", ST("strang"),
    [("Fairfax boarders", "fairfax.boarders@example-school.org.uk")],
    "Lost property - LAST CALL", "Thu, 13 Mar 2025 21:05:00 +0000",
    note="lost property notice to boarders list",
    text=T("""
    Gentlemen,

    The lost property box in the boot room is overflowing again. It contains, among other things: nine single football boots, a tuxedo jacket, a rugby ball signed by somebody, and what I think used to be a banana.

    Anything not claimed by Sunday evening goes to the second-hand uniform shop or the bin.

    Matron
    """))

speech_html = T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Georgia,serif;font-size:11pt;color:#222;max-width:640px">
    <h1 style="color:#1F3864;font-size:20pt">Speech Day 2025</h1>
    <p>Dear Parents,</p>
    <p>I am delighted to invite you to Speech Day on <b>Saturday 5 July</b>, which will be held in a marquee on the Top Field. Our guest of honour this year is Professor Anita Cheung, Old Pupil (1992) and now Vice-Chancellor of a northern university, who will present the prizes.</p>
    <table cellpadding="4" style="border-collapse:collapse">
    <tr><td>10.00</td><td>Chapel service (Senior School)</td></tr>
    <tr><td>11.15</td><td>Speeches and prize-giving</td></tr>
    <tr><td>12.45</td><td>Lunch on the lawn</td></tr>
    <tr><td>14.30</td><td>Boarders depart for the summer holidays</td></tr>
    </table>
    <p>Please let us know numbers for lunch using the form on the parent portal by Friday 20 June.</p>
    <p>With warm wishes,</p>
    <p>Dr Helen Marchbank<br>Head</p>
    <hr><p style="font-size:9pt;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
    </body></html>
    """)
add("clean", "speech_day_invitation_html", ST("head"), [JANE, SAM, ALI], "Speech Day - Saturday 5 July",
    "Thu, 15 May 2025 10:00:00 +0100", html=speech_html,
    note="HTML-only newsletter-style invitation with school details")

add("clean", "library_overdue", ST("library"), [P("19icarr", "Imogen Carr")], "Overdue library books",
    "Tue, 11 Mar 2025 12:05:00 +0000", cte="8bit",
    note="overdue library books reminder, 8bit body with non-ASCII sender name",
    text=T("""
    Hi Imogen,

    Just a gentle reminder that you still have two library books out that were due back on 28 February:

    - The Secret History – Donna Tartt
    - A Short History of Nearly Everything – Bill Bryson

    If you're still reading them, pop in and I'll renew them. If they're lost, let me know and we'll sort it out.

    Mrs Prothero
    Librarian
    """))

add("clean", "careers_fair_sixth_form", ST("careers"),
    [P("18hmensah", "Harriet Mensah"), P("18lmarchetti", "Luca Marchetti"), P("19zguardian", "Zain Guardian")],
    "Careers Fair – Thursday 6 March", "Mon, 24 Feb 2025 08:00:00 +0000", style="outlook",
    note="careers fair notice, encoded subject (en dash)",
    text=T("""
    Dear Sixth Form,

    Our annual Careers Fair takes place in the Memorial Hall on Thursday 6 March, 2-4.30pm. Over 40 exhibitors are coming, including universities, law and accountancy firms, the Armed Forces, engineering apprenticeship providers and several Old Pupils who have kindly given up their time.

    Lessons for Year 12 and 13 are suspended for periods 5 and 6. Please dress smartly and come with questions!

    Ms Hartley
    Head of Careers and Higher Education
    """))

add("clean", "old_pupils_newsletter", ST("alumni"),
    [("Old Pupils' Association", "oldpupils@example-school.org.uk")],
    "The Old Parkonian - Spring 2025", "Thu, 27 Mar 2025 12:00:00 +0000", style="outlook",
    cc=[("Harry Ormerod", "h.ormerod@example.org")],
    note="alumni newsletter to old pupils list",
    text=T("""
    Dear Old Parkonians,

    Welcome to the spring edition of the newsletter.

    In this issue: the Class of 1975 reunion in April; news of the London dinner (Thursday 12 June, at the Oxford and Cambridge Club); a profile of Dr Femi Lawal (1998), now leading the paediatric intensive care unit at a major children's hospital; and a call for memories of the old swimming pool, which is finally being demolished this summer.

    We're always delighted to hear from you. Please send news, photographs and changes of address to oldpupils@example-school.org.uk.

    With best wishes,
    Sebastian Frayne
    Development and Old Pupils' Officer
    """) + SCHOOL_SIG + "\n")

add("clean", "dofe_expedition_kit_list", ST("dofe"),
    [P("20abrennan", "Aoife Brennan"), P("20mrhys", "Matilda Rhys"), P("20nfitzgerald", "Noah Fitzgerald")],
    "Bronze DofE practice expedition - kit", "Fri, 25 Apr 2025 15:30:00 +0100",
    note="expedition kit list and grid reference numbers",
    text=T("""
    Hi Group 3,

    Final details for the practice expedition on 10-11 May:

    Start: Bolton Abbey car park, grid ref SE 071 539, 9am
    Campsite: Howgill Lodge
    Pick-up: Sunday 3pm at Burnsall

    You MUST have: waterproof jacket AND trousers, walking boots (worn in!), sleeping bag, mat, warm hat, head torch, 2 litres of water, lunch for Saturday. Trangias and tents are provided - collect them from the DofE store on Thursday at lunch.

    Kit check Thursday 8 May, 4pm, in the Geography block.

    Mr Reid
    """))

add("clean", "houseparent_reply_homesick", ST("attwood"), [JANE], "Re: Ellie - first week back",
    "Thu, 09 Jan 2025 20:14:30 +0000", style="gmail",
    irt="<CAF8z=p0cmJ3Kq1@mail.gmail.example.com>",
    note="reply to parent quoting her message, Gmail-style thread",
    text=T("""
    Dear Jane,

    Thanks for letting me know. I'd noticed she was a bit quiet at supper on Tuesday but put it down to the January blues. I'll make sure she's got something to look forward to this weekend - there's a trip to the ice rink on Saturday afternoon and I've asked the Year 10 girls to include her in the film night.

    I'll let you know how she's doing by the end of the week. It's really normal for the first week after Christmas to be the hardest.

    Gwen

    On Thu, 9 Jan 2025 at 19:02, Jane Parent <jane.parent@gmail.com> wrote:
    > Hi Gwen,
    >
    > Ellie rang last night and was quite tearful - she said she's missing
    > home more than she thought she would after such a long break. I don't
    > think anything's happened, but could you keep an eye on her?
    >
    > Thanks so much,
    > Jane
    """))

add("clean", "boarders_weekend_activities", ST("bell"),
    [("All Boarders", "boarders@example-school.org.uk")],
    "This weekend in boarding", "Fri, 31 Jan 2025 13:00:00 +0000",
    note="weekend activity programme to boarders list",
    text=T("""
    Hi everyone,

    This weekend's programme:

    Saturday
    - 2pm Climbing at the Depot (sign up in your house, 16 places)
    - 2pm Baking in the food tech room with Mrs Hale
    - 7.30pm Quiz night in the Dining Hall - houses compete, prizes for the winners!

    Sunday
    - 10am Chapel (optional)
    - 11.30am Brunch
    - 1.30pm Trip to the White Rose Centre (return 5pm)
    - 7pm Prep for Years 9-11

    Mr Bell
    """))

add("clean", "inset_day_notice", ST("office"), [JANE, SAM, ALI], "INSET day - Monday 3 March",
    "Mon, 24 Feb 2025 14:10:00 +0000",
    note="INSET day notice",
    text=T("""
    Dear Parents,

    Just a reminder that Monday 3 March is an INSET day, and the school will be closed to day pupils. The Prep Club holiday scheme will run as usual for Prep and Pre-Prep pupils who are booked in.

    Boarding houses remain open, and boarders will have a normal Sunday-style day with an afternoon activity.

    Many thanks,
    School Office
    """) + SCHOOL_SIG + "\n")

add("clean", "music_scholarship_audition", ST("music"), [SAM], "Music scholarship - audition",
    "Thu, 16 Jan 2025 11:25:33 +0000", style="outlook",
    note="music scholarship audition arrangements",
    text=T("""
    Dear Sam,

    Thank you for Josh's application for a Junior Music Scholarship for entry into Year 5. I'm pleased to invite him to audition on Saturday 8 February at 10.20am in the Music School.

    He should prepare two contrasting pieces on his main instrument (piano) and will also be asked to do some simple aural tests and sight-reading - nothing to worry about, we just want to see how he thinks musically. He is welcome to bring a second instrument if he plays one.

    There will be a short informal chat with me afterwards. Parents are welcome to wait in the Music School foyer, where there will be coffee.

    Best wishes,
    Catrin Llewellyn
    Director of Music
    """) + SCHOOL_SIG + "\n")

add("clean", "preprep_nativity_costumes", ST("preprep"), [SAM, JANE], "Spring production costumes",
    "Mon, 10 Feb 2025 08:20:00 +0000",
    note="pre-prep costume request",
    text=T("""
    Dear Parents,

    Our Pre-Prep spring production, 'The Very Hungry Caterpillar', takes place on Wednesday 26 March at 2pm in the Memorial Hall. Costume requirements for each part are on the sheet in book bags tonight. Nothing needs to be bought - we have lots in the costume cupboard, and an old T-shirt in the right colour is usually all that's needed.

    Please send costumes in a named bag by Friday 21 March.

    Thank you!
    Rosalind Achterberg
    Head of Pre-Prep
    """))

add("clean", "head_thanks_open_day", ST("head"), [("All Staff", "allstaff@example-school.org.uk")],
    "Thank you - Open Morning", "Sat, 08 Mar 2025 14:55:00 +0000",
    note="head's thanks to all staff",
    text=T("""
    Dear colleagues,

    A very quick but heartfelt thank you for this morning. We had 142 families through the door, including a large group from Hong Kong, and the feedback was wonderful - several parents mentioned the pupil guides by name, and the Chemistry demonstrations and the Junior Choir in the Chapel were the talk of the coffee queue.

    Please enjoy the rest of your weekend.

    Helen
    """))

add("clean", "mocks_feedback_pupil", ST("tolley"), [P("19cyeung", "Charlotte Yeung")], "Your mock paper",
    "Wed, 12 Mar 2025 16:12:40 +0000",
    note="teacher feedback to a pupil",
    text=T("""
    Hi Charlotte,

    Good news - 87% on Paper 1, which is an A*. The only real marks lost were on the integration by parts question (Q9) where you forgot the constant, and the last part of Q12. Have a look at the mark scheme on Teams and redo Q12(c) for Monday.

    Well done!

    Mr Tolley
    """))

add("clean", "chapel_choir_rome_tour_letter", ST("music"), [JANE, ALI],
    "Chapel Choir tour to Rome – October half term", "Tue, 28 Jan 2025 17:00:00 +0000",
    style="outlook", cc=[ST("chaplain")], cte="quoted-printable",
    note="choir tour letter with deposit amount, dates",
    text=T("""
    Dear Parents,

    I'm delighted to announce that the Chapel Choir will tour to Rome during October half term, from Saturday 18 to Wednesday 22 October 2025. The choir will sing Mass in St Peter's Basilica and give concerts at two other churches in the city, as well as visiting the Vatican Museums, the Colosseum and the Forum.

    The cost will be approximately £1,150, covering flights, hotel, coach transfers, entrance fees and most meals. A non-refundable deposit of £250 is payable by Friday 28 February via the parent portal to secure a place.

    There will be an information meeting for parents after the Spring Concert on 14 March, and again online for those of you overseas.

    Best wishes,

    Catrin Llewellyn
    Director of Music
    """) + SCHOOL_SIG + "\n")

add("clean", "attendance_absence_ack", ST("attendance"), [SAM], "Re: Josh absent today",
    "Tue, 04 Mar 2025 08:47:15 +0000",
    note="short attendance acknowledgement",
    text=T("""
    Dear Sam,

    Thank you for letting us know. I've marked Josh as absent (ill) today. Hope he feels better soon.

    Sue Granger
    Attendance Officer
    Example School | 01632 960000
    """))


# =============================================================================
# writing
# =============================================================================

README = """# Round 16 held-out corpus: personal-address-to-parent

**BLIND HELD-OUT TEST DATA. NEVER USE FOR TUNING.** These messages were written without
reading the filter's code, rules, tests or docs, and without running mailguard. Do not
adjust rules to fit them; use them only to measure.

## What it is

{total} synthetic outgoing e-mails from staff of a fictional independent day and boarding
school (3-18): boarding houses with houseparents and matrons, a fees and bursary office,
sports tours, a chaplain, music and drama, parents overseas, old pupils. Each is labelled by
the intent of the school's policy: staff must not give pupils or parents their own personal
phone number, home address or personal e-mail, or invite them to private channels
(WhatsApp, Snapchat, Instagram, Facebook, Discord, ...).

- `NNN_<flag|clean>_<slug>.eml`: full RFC 5322 messages
- `labels.csv`: file, expected, sender, recipients (To + Cc), note. `[unsure]` marks judgement calls.

| expected | count |
|---|---|
| flag | {nflag} |
| clean (everyday) | {nordinary} |
| clean (hard negatives) | {nhard} |
| **total** | **{total}** |

## How it was made, how to regenerate

Written by hand as data in `../make_round16_personal.py` (Python 3.11 standard library only).
Dates, Message-IDs and MIME boundaries are fixed, so the output is byte-identical on every run:

    python3 tests/holdout/round16/make_round16_personal.py

All people, addresses and mailboxes are invented; phone numbers are in Ofcom's drama ranges;
third-party organisations use example.com/.org/.net. Parents are the three in
directory/parents.csv.

## Kinds of case

Flag:
- own mobile in the body (spaced, no spaces, +44, 0044, dots, brackets/hyphen, split over a line break)
- own mobile in a signature, including an HTML signature with `&nbsp;` between digit groups
- home landline; home address (pastoral invitation, holiday lessons in an .ics invite)
- vCard attachment with the sender's own mobile
- personal e-mail in the body, in Reply-To, in Cc; a family-domain address
- invitations to private channels: WhatsApp, Instagram, Snapchat, Discord, Facebook friend request
- encodings: quoted-printable, base64, 8bit, RFC 2047 subject, HTML-only

Clean, hard negatives:
- school numbers and lines (switchboard, house phones, direct lines on 01632 960xxx); school-owned tour and duty mobiles stated as such
- the parent's own number / e-mail / address read back or quoted in a reply
- third parties: coach firm, clinic, guardianship agency and host family, other school, exam board, helplines, venue postcodes, hotel
- numbers that are not phones: sort codes, account and invoice numbers, candidate/centre numbers, UCAS ID, Teams meeting ID, ISBNs, grid references, prices, times
- staff-only mail with personal details (HR starter details, staff social, sick-day cover)
- e-safety advice naming apps; staff declining to give a number or accept a follow request
- an adult old pupil given a staff mobile ([unsure])

Clean, everyday: exeats, laundry, chapel, music lessons, cast lists, fees, bursary renewal,
team sheets, trip letters, homework, UCAS, reports, SMT notes, cover, mocks, lost property,
Speech Day, library, careers, old pupils' newsletter, DofE, boarding weekends, INSET,
scholarship auditions, pre-prep production, thanks to staff, feedback, choir tour, attendance.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MSGS)))
    random.Random(16).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        m = MSGS[idx]
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        data = build(n, m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rcpts = " ".join(bare(a) for a in m["to"] + m["cc"])
        rows.append([fname, m["label"], bare(m["frm"]), rcpts, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for m in MSGS if m["label"] == "flag")
    nhard = HARD_COUNT
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), nflag=nflag, nhard=nhard,
                               nordinary=len(MSGS) - nflag - nhard))
    print(f"wrote {len(MSGS)} messages to {OUT}")


if __name__ == "__main__":
    main()
