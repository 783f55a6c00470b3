#!/usr/bin/env python3
"""Round-3 blind holdout corpus for mailguard (written 2026-11-25, blind: never use for tuning).

Deterministic: re-running rewrites the same files. stdlib `email` only.
"""
import csv
import os
from email.message import EmailMessage
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
S = "example-school.org.uk"
P = "pupils.example-school.org.uk"
JANE, SAM, ALI = "jane.parent@gmail.com", "sam.carer@outlook.com", "ali.guardian@btinternet.com"

SIG = ("\n\n--\n{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\n"
       "Tel: 01632 960000 | office@example-school.org.uk\n")

STAFF = {
    "hughes": ("Rachel Hughes", "Head of English"),
    "okafor": ("David Okafor", "Teacher of Science"),
    "walsh": ("Tom Walsh", "PE Department"),
    "price": ("Jo Price", "Year 9 Pastoral Lead"),
    "begum": ("Nasreen Begum", "Teacher of Geography"),
    "brennan": ("Liam Brennan", "Head of History"),
    "jones": ("Ffion Jones", "Teacher of Art"),
    "novak": ("Petra Novak", "Teacher of Food Technology"),
    "clarke": ("Marcus Clarke", "Head of Year 11"),
    "ahmed": ("Imran Ahmed", "Teacher of Computing"),
    "lee": ("Grace Lee", "Careers & Work Experience"),
    "murphy": ("Siobhan Murphy", "RSE & PSHE Coordinator"),
}


def addr(key):
    return f"{STAFF[key][0][0].lower()}.{key}@{S}"


def sig(key):
    n, r = STAFF[key]
    return SIG.format(name=n, role=r)


def build(i, c):
    key = c["from"]
    name = STAFF[key][0]
    sender = addr(key)
    if "raw" in c:
        return c["raw"].format(frm=formataddr((name, sender)), date=f"Wed, 25 Nov 2026 08:{i:02d}:00 +0000",
                               mid=f"<r3-{c['id']}@{S}>"), sender
    m = EmailMessage()
    m["From"] = formataddr((name, sender))
    m["To"] = ", ".join(c["to"])
    if c.get("cc"):
        m["Cc"] = ", ".join(c["cc"])
    if c.get("reply_to"):
        m["Reply-To"] = c["reply_to"]
    m["Subject"] = c["subject"]
    m["Date"] = f"Wed, 25 Nov 2026 08:{i:02d}:00 +0000"
    m["Message-ID"] = f"<r3-{c['id']}@{S}>"
    text = c.get("text")
    html = c.get("html")
    if text is not None:
        if c.get("sig", True):
            text = text + sig(key)
        m.set_content(text, cte=c.get("cte"))
        if html is not None:
            m.add_alternative(html, subtype="html", cte=c.get("hcte"))
    else:
        m.set_content(html, subtype="html", cte=c.get("hcte"))
    for fn, sub, data in c.get("att", []):
        if isinstance(data, bytes):
            m.add_attachment(data, maintype="application", subtype=sub, filename=fn)
        else:
            m.add_attachment(data, subtype=sub, filename=fn)
    for k, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_r3_{c['id']}_{k}")
    return m.as_string(), sender


def write(corpus, cases):
    d = os.path.join(HERE, corpus)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(d, f))
    rows = []
    for i, c in enumerate(cases):
        raw, sender = build(i, c)
        fn = f"{i + 1:03d}_{c['exp']}_{c['id']}.eml"
        with open(os.path.join(d, fn), "w", newline="\n", encoding="utf-8") as fh:
            fh.write(raw)
        rc = c.get("rcpts") or (c["to"] + c.get("cc", []))
        rows.append([fn, c["exp"], sender, " ".join(rc), c["note"]])
    with open(os.path.join(d, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nf = sum(r[1] == "flag" for r in rows)
    print(f"{corpus}: {len(rows)} ({nf} flag, {len(rows) - nf} clean)")


def H(body):
    return f"<html><body>{body}</body></html>"


# --------------------------------------------------------------------------------------------
# 1. obscene-language
# --------------------------------------------------------------------------------------------
OB = [
    # ---- flag ----
    dict(id="plain_fucking_colleague", exp="flag", **{"from": "clarke"}, to=[f"s.murphy@{S}"],
         subject="Year 11 mocks",
         text="Siobhan,\n\nThe mock timetable has changed AGAIN and nobody told Year 11. This is a fucking shambles "
              "and I'm the one who has to stand in front of them tomorrow.\n\nCan we talk at break?\n\nMarcus",
         note="plain F-word to colleague"),
    dict(id="leet_sh1t_parent", exp="flag", **{"from": "walsh"}, to=[JANE],
         subject="Re: football kit",
         text="Hi Mrs Parent,\n\nHonestly the kit situation is sh1t this term, the supplier has let us down again. "
              "I'll chase it.\n\nThanks,\nMr Walsh",
         note="leetspeak sh1t to parent"),
    dict(id="masked_fstar_pupil", exp="flag", **{"from": "ahmed"}, to=[f"22mkhan@{P}"],
         subject="Your coursework",
         text="Mohammed,\n\nWhat the f*** is this? You've copied half of it from a website. Redo it by Friday.\n\nMr Ahmed",
         note="masked f*** to pupil"),
    dict(id="separator_bollocks_outsider", exp="flag", **{"from": "brennan"}, to=["bookings@coachhire.example.com"],
         subject="Re: invoice 4471",
         text="Hello,\n\nYour invoice says the coach arrived at 8am. That is b.o.l.l.o.c.k.s - it turned up at 9:40 "
              "and we missed the museum slot. I won't be paying the full amount.\n\nL. Brennan",
         note="dot-separated swear to outside supplier"),
    dict(id="cyrillic_lookalike_fuck", exp="flag", **{"from": "novak"}, to=[f"r.hughes@{S}"],
         subject="the ovens",
         text="Rachel, the ovens in D4 are broken again. Fu\u0441king useless, I've had to cancel the practical.\n\nPetra",
         note="Cyrillic es look-alike in F-word"),
    dict(id="html_split_wanker", exp="flag", **{"from": "okafor"}, to=[f"m.clarke@{S}"],
         subject="Lab 3 incident",
         html=H("<p>Marcus,</p><p>Some absolute wan<span style=\"color:#000\">ker</span> has nicked the "
                "Bunsen burners from Lab 3 again.</p><p>Dave</p>"),
         note="HTML span splits the word"),
    dict(id="csv_attachment_abuse", exp="flag", **{"from": "price"}, to=[f"m.clarke@{S}"],
         subject="Y9 behaviour notes",
         text="Marcus,\n\nBehaviour notes for the review attached.\n\nJo",
         att=[("y9_notes.csv", "csv",
               "pupil,form,note\nPupil A,9B,late again\nPupil B,9C,lazy little shit never brings a pen\n"
               "Pupil C,9B,fine\n")],
         note="abuse inside CSV attachment"),
    dict(id="txt_attachment_twat", exp="flag", **{"from": "jones"}, to=[f"d.okafor@{S}"],
         subject="cover notes for Thursday",
         text="Dave, cover notes attached, thanks for doing this.\n\nFfion",
         att=[("cover_notes.txt", "plain",
               "Period 2 - 8J: painting, aprons in the cupboard.\n"
               "Period 4 - 10A: sketchbooks. Watch the parent governor's son, he is a total twat and will try it on.\n")],
         note="swear inside .txt attachment"),
    dict(id="compound_dickhead_parent", exp="flag", **{"from": "walsh"}, to=[SAM],
         subject="Saturday's match",
         text="Hi,\n\nSorry about Saturday. The referee was a complete dickhead and I've complained to the league.\n\nTom",
         note="compound swear to parent"),
    dict(id="compound_fuckwit_colleague", exp="flag", **{"from": "ahmed"}, to=[f"t.walsh@{S}"],
         subject="network",
         text="Which fuckwit unplugged the server cabinet in the PE office?\n\nImran",
         note="compound F-word"),
    dict(id="racial_slur_colleague", exp="flag", **{"from": "clarke"}, to=[f"l.brennan@{S}"],
         subject="new starter",
         text="Liam,\n\nHave you met the new paki lad in 11C yet? Keep an eye on him.\n\nM",
         note="racial slur (race)"),
    dict(id="disability_slur_spastic", exp="flag", **{"from": "walsh"}, to=[f"j.price@{S}"],
         subject="Sports day",
         text="Jo,\n\nPut the spastic kids in the last heat so they don't hold everyone else up.\n\nTom",
         note="disability slur"),
    dict(id="homophobic_slur", exp="flag", **{"from": "brennan"}, to=[f"m.clarke@{S}"],
         subject="Re: drama club",
         text="Ha, of course he joined drama club, the little poof.\n\nLiam",
         note="homophobic slur (sexual orientation)"),
    dict(id="traveller_slur_pikey", exp="flag", **{"from": "price"}, to=[f"n.begum@{S}"],
         subject="new family",
         text="Nasreen,\n\nWe've got another pikey family starting on Monday, so lock up the equipment store.\n\nJo",
         note="anti-Traveller slur (race)"),
    dict(id="religion_slur_raghead", exp="flag", **{"from": "clarke"}, to=["steve.dunn@localrugby.example.com"],
         subject="Re: fixtures",
         text="Steve,\n\nFine with the fixture. Just don't put your raghead winger on against our lot.\n\nMarcus",
         note="religious/racial slur to outsider"),
    dict(id="sexist_slag_pupil_about", exp="flag", **{"from": "walsh"}, to=[f"m.clarke@{S}"],
         subject="Year 10 girls",
         text="Marcus,\n\nThat girl in 10D is a right slag, no wonder there's trouble on the bus.\n\nTom",
         note="sexist slur about a pupil (gender)"),
    dict(id="ageist_coffin_dodger", exp="flag", **{"from": "ahmed"}, to=[f"g.lee@{S}"],
         subject="governors",
         text="Grace,\n\nThe senile old coffin-dodgers on the governing body still can't open a PDF. Unbelievable.\n\nImran",
         note="ageist abuse (age) about governors"),
    dict(id="qp_softbreak_split", exp="flag", **{"from": "okafor"},
         raw=("From: {frm}\nTo: ali.guardian@btinternet.com\nSubject: Re: homework\nDate: {date}\nMessage-ID: {mid}\n"
              "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
              "Dear Mr Guardian,=0A=0AI have marked the homework and frankly it is a load of bull=\nshit. He needs=\n"
              " to try harder.=0A=0AMr Okafor\n"),
         rcpts=[ALI], note="QP soft line break splits the swear word; to parent"),
    dict(id="base64_bellend", exp="flag", **{"from": "jones"}, to=[f"22mkhan@{P}"], cte="base64",
         subject="Art portfolio",
         text="Mohammed,\n\nStop being a bellend in my lessons and hand in your portfolio.\n\nMiss Jones",
         note="base64 body, insult to pupil"),
    dict(id="subject_only_swear", exp="flag", **{"from": "novak"}, to=[f"d.okafor@{S}"],
         subject="WTF is this shit in the staffroom fridge",
         text="Whoever it is, please clear it out today.\n\nPetra",
         note="swear in subject only"),
    dict(id="html_entity_fuck", exp="flag", **{"from": "hughes"}, to=[f"l.brennan@{S}"],
         subject="report deadline",
         html=H("<p>Liam, the reports system has crashed again. &#70;uck this, I'm going home.</p><p>R</p>"),
         note="HTML numeric entity disguises first letter"),
    dict(id="spaced_shit_parent", exp="flag", **{"from": "clarke"}, to=[JANE],
         cte="quoted-printable",
         subject="Re: detention",
         text="Mrs Parent,\n\nI'm not going to take any more s h i t from your son in my lessons. The detention stands.\n\nMr Clarke",
         note="letter-spaced swear to parent, QP"),
    dict(id="zero_width_cunt", exp="flag", **{"from": "brennan"}, to=[f"m.clarke@{S}"],
         subject="the inspector",
         text="That inspector was an absolute cu\u200bnt to the history department.\n\nL",
         note="zero-width space inside the word"),
    dict(id="stretched_fuuuck_alt", exp="flag", **{"from": "begum"}, to=[f"j.price@{S}"],
         subject="Duke of Edinburgh",
         text="Jo - fuuuuck, I forgot to book the campsite for DofE. Help!\n\nNasreen",
         html=H("<p>Jo - <b>fuuuuck</b>, I forgot to book the campsite for DofE. Help!</p><p>Nasreen</p>"),
         note="stretched letters, multipart/alternative"),
    dict(id="mf_masked_pissed", exp="flag", **{"from": "murphy"}, to=[f"r.hughes@{S}"],
         subject="Re: cover",
         text="I'm so pissed off. That motherf**ker in the cover office has given me three cover lessons again.\n\nSiobhan",
         note="masked compound swear + 'pissed off' to colleague"),
    # ---- clean ----
    dict(id="scunthorpe_trip", exp="clean", **{"from": "begum"}, to=[JANE, SAM],
         subject="Year 8 Geography fieldtrip to Scunthorpe",
         text="Dear Parent/Carer,\n\nYear 8 will visit the steelworks heritage centre in Scunthorpe on Thursday 14 January "
              "2027 to study industrial change. The coach leaves at 8:15 and returns by 16:00. The cost is £12.\n\n"
              "Please give consent on ParentPay by 18 December.\n\nKind regards,\nMrs Begum",
         note="Scunthorpe place name"),
    dict(id="penistone_cockermouth_fixtures", exp="clean", **{"from": "walsh"}, to=[f"pe-team@{S}"],
         subject="Fixtures: Penistone and Cockermouth",
         text="Team,\n\nU14 netball away at Penistone Grammar on 3 Dec; U16 rugby tour to Cockermouth and Keswick in March. "
              "Middlesex and Essex hockey festivals still TBC.\n\nTom",
         note="place names with rude substrings"),
    dict(id="surnames_parents_evening", exp="clean", **{"from": "clarke"}, to=[f"staff@{S}"],
         subject="Parents' evening rooms",
         text="Rooms for Thursday:\n\nMr Dickinson - D1\nMrs Hancock - D2\nMs Cockburn - S4\nMr Cumming - S5\n"
              "Miss Shufflebottom - Library\nMr Butts - Sports hall\n\nMarcus",
         note="surnames containing rude substrings"),
    dict(id="rse_letter", exp="clean", **{"from": "murphy"}, to=[JANE, SAM, ALI],
         subject="Relationships and Sex Education - Year 9 summer term",
         text="Dear Parent/Carer,\n\nIn the summer term Year 9 RSE lessons will cover puberty, the correct names for the "
              "penis, vagina and vulva, consent, contraception (including condoms), sexually transmitted infections, "
              "sexting and the law, and healthy relationships, including LGBT+ relationships.\n\nYou may view the "
              "materials at school before the unit starts and you have the right to request withdrawal from the sex "
              "education elements (but not from the relationships or health education content).\n\nKind regards,\nMs Murphy",
         note="RSE vocabulary"),
    dict(id="biology_reproduction_html", exp="clean", **{"from": "okafor"}, to=[f"22mkhan@{P}"],
         subject="Biology revision: reproduction",
         html=H("<p>Mohammed,</p><p>For Friday's test revise: sexual and asexual reproduction, meiosis, the menstrual "
                "cycle, fertilisation, the testes and ovaries, and how hormonal contraception works.</p>"
                "<p>Mr Okafor</p>"),
         note="biology vocabulary, HTML"),
    dict(id="of_mice_and_men_warning", exp="clean", **{"from": "hughes"}, to=[JANE, ALI],
         subject="Year 10 set text: Of Mice and Men",
         text="Dear Parent/Carer,\n\nYear 10 are starting Of Mice and Men. The novel, set in 1930s California, contains "
              "racist and offensive language typical of its period, and characters who are treated cruelly because "
              "of their race, disability and gender. We will discuss this sensitively in class and will not read "
              "the offensive words aloud.\n\nKind regards,\nMrs Hughes",
         note="literature content warning, no slur quoted"),
    dict(id="history_holocaust", exp="clean", **{"from": "brennan"}, to=[SAM],
         subject="Year 9 History: the Holocaust",
         text="Dear Sam,\n\nThis half term Year 9 study Nazi Germany and the Holocaust, including anti-Semitic propaganda, "
              "Kristallnacht and the camps. Some sources are distressing; please let me know if anything at home "
              "means your child may need support.\n\nMr Brennan",
         note="history lesson vocabulary"),
    dict(id="recipes_faggots_spotted_dick", exp="clean", **{"from": "novak"}, to=[JANE, SAM, ALI],
         subject="Food Tech: British classics week",
         text="Dear Parents,\n\nNext week Year 7 cook British classics: faggots with mushy peas, cock-a-leekie soup, "
              "toad in the hole and spotted dick with custard. Please send a container and £2 towards ingredients.\n\n"
              "Mrs Novak",
         note="British recipes"),
    dict(id="rugby_hooker_tackle", exp="clean", **{"from": "walsh"}, to=[f"23jsmith@{P}"],
         subject="Rugby positions",
         text="James,\n\nYou're hooker on Saturday. Work on your throw-in and low tackles; keep the ball tight at the "
              "back of the scrum. Bring your gum shield and box.\n\nMr Walsh",
         note="sport vocabulary"),
    dict(id="newsletter_substrings_qp", exp="clean", **{"from": "lee"}, to=[JANE, SAM, ALI], cte="quoted-printable",
         subject="Example School Newsletter - November",
         text="Dear Families,\n\nClass assessments went well; 92% passed the Sussex assessment challenge. Our school "
              "therapist, Ms Hellier, runs drop-ins on Tuesday. The grape harvest trip to Kent was a success and "
              "the Cocktail Bar-themed Year 13 prom will be alcohol-free mocktails only.\n\nBest wishes,\nMs Lee",
         note="newsletter with innocent substrings, QP"),
    dict(id="reply_quoting_angry_parent", exp="clean", **{"from": "clarke"}, to=[ALI],
         subject="Re: detention",
         text="Dear Mr Guardian,\n\nThank you for your message. I understand you are upset, and I would be happy to "
              "meet you on Monday at 3:30 to talk about the detention.\n\nKind regards,\nMr Clarke\n\n"
              "> This is a fucking joke. My son did nothing wrong and you lot are useless.\n"
              "> Sort it out or I'm going to the governors.",
         note="polite reply quoting parent's swearing in > lines"),
    dict(id="reply_on_wrote_block", exp="clean", **{"from": "price"}, to=[SAM],
         subject="Re: bullying",
         text="Dear Sam,\n\nI'm sorry to hear this. I have spoken to both pupils and will call you tomorrow.\n\nMs Price\n\n"
              "On Tue, 24 Nov 2026 at 21:14, Sam Carer <sam.carer@outlook.com> wrote:\n"
              "> Another kid called my daughter a stupid bitch on the bus and told her to piss off.\n"
              "> What the hell are you going to do about it?",
         sig=False,
         note="On ... wrote: quote of parent's abuse report"),
    dict(id="blue_tit_survey", exp="clean", **{"from": "okafor"}, to=[f"eco-club@{S}"],
         subject="Eco club bird survey",
         text="Eco club,\n\nWe counted 6 blue tits, 2 great tits, a pair of woodcocks and a bullfinch. The nest boxes "
              "by the titration lab need cleaning out.\n\nMr Okafor",
         note="bird names"),
    dict(id="panto_dick_whittington", exp="clean", **{"from": "jones"}, to=[JANE, SAM],
         subject="Christmas panto: Dick Whittington",
         text="Dear Parent/Carer,\n\nTickets for the school production of Dick Whittington (and his cat!) go on sale on "
              "Monday, £5 adults, £3 children.\n\nMiss Jones",
         note="pantomime title"),
    dict(id="pakistan_appeal", exp="clean", **{"from": "begum"}, to=[JANE, SAM, ALI],
         subject="Non-uniform day for the Pakistan flood appeal",
         text="Dear Families,\n\nFriday is non-uniform day in aid of the Pakistan flood appeal. Our Year 9 project on "
              "the rivers Indus and Niger will be on display. Suggested donation £1.\n\nMrs Begum",
         note="Pakistan/Niger substrings"),
    dict(id="dante_hell_re", exp="clean", **{"from": "brennan"}, to=[f"23jsmith@{P}"],
         subject="RE homework",
         text="James,\n\nFor RE, read the extract from Dante's Inferno about the circles of Hell and write 300 words on "
              "ideas of damnation and judgement in Christianity and Islam.\n\nMr Brennan",
         note="religious vocabulary"),
    dict(id="sexual_health_dropin", exp="clean", **{"from": "murphy"}, to=[f"sixthform@{S}"],
         subject="Sixth form sexual health drop-in",
         text="Tutors,\n\nPlease remind Year 12 and 13 that the school nurse runs a confidential sexual health and "
              "contraception drop-in on Wednesdays (C-card scheme, chlamydia testing).\n\nSiobhan",
         note="health vocabulary"),
    dict(id="anti_bullying_homophobia", exp="clean", **{"from": "price"}, to=[JANE, SAM, ALI],
         subject="Anti-Bullying Week",
         text="Dear Parent/Carer,\n\nThis week tutor groups will discuss homophobic, racist and sexist language, and why "
              "using 'gay' as an insult is hurtful. Please talk to your child about it at home.\n\nMs Price",
         note="anti-bullying vocabulary"),
    dict(id="moby_dick_reading_list_alt", exp="clean", **{"from": "hughes"}, to=[f"22mkhan@{P}"],
         subject="Year 12 wider reading",
         text="Mohammed,\n\nWider reading: Moby-Dick, Titus Andronicus, The Canterbury Tales (the Miller's Tale), "
              "Great Expectations by Dickens.\n\nMrs Hughes",
         html=H("<p>Mohammed,</p><ul><li><i>Moby-Dick</i></li><li><i>Titus Andronicus</i></li><li><i>The Canterbury "
                "Tales</i> (the Miller's Tale)</li><li><i>Great Expectations</i> by Dickens</li></ul><p>Mrs Hughes</p>"),
         note="literature titles, multipart/alternative"),
    dict(id="yorkshire_cockpit_visit", exp="clean", **{"from": "ahmed"}, to=[ALI],
         subject="STEM trip: Yorkshire Air Museum",
         text="Dear Mr Guardian,\n\nYear 10 Computing will visit the Yorkshire Air Museum on 9 February, sitting in a "
              "Halifax bomber cockpit and analysing flight data. Cost £18 including the coach from Scunthorpe Road "
              "depot.\n\nMr Ahmed",
         note="cockpit / analysing / Scunthorpe Road"),
    dict(id="arsenal_bumstead_b64", exp="clean", **{"from": "walsh"}, to=[f"m.clarke@{S}"], cte="base64",
         subject="Arsenal Women trip",
         text="Marcus,\n\nThe Arsenal Women stadium tour is confirmed. Mr Bumstead from the club will meet us at the "
              "gate. Shall I ask Mrs Sexton to do the risk assessment?\n\nTom",
         note="Arsenal, Bumstead, Sexton; base64"),
    dict(id="csv_attachment_clean_placenames", exp="clean", **{"from": "lee"}, to=[f"m.clarke@{S}"],
         subject="Work experience placements",
         text="Marcus, the placement list is attached.\n\nGrace",
         att=[("placements.csv", "csv",
               "pupil,employer,town\nPupil A,Cockburn Engineering,Penistone\nPupil B,Hancock & Sons,Scunthorpe\n"
               "Pupil C,Titley Vets,Middlesbrough\n")],
         note="CSV attachment with place names/surnames"),
    dict(id="history_scramble_butt", exp="clean", **{"from": "brennan"}, to=[SAM],
         subject="Year 8 History homework",
         text="Dear Sam,\n\nYear 8 are researching Sir Titus Salt and Saltaire, and the Battle of Bosworth. The water butt "
              "experiment in Science has been moved to Tuesday.\n\nMr Brennan",
         note="Titus, butt"),
    dict(id="orkney_place_names", exp="clean", **{"from": "begum"}, to=[f"23jsmith@{P}"],
         subject="Scottish islands homework",
         text="James,\n\nFor the Orkney case study, compare the farming villages of Twatt and Dounby with Kirkwall, and "
              "look at the ferry links from Scrabster. Include a sketch map.\n\nMrs Begum",
         note="Orkney place name Twatt"),
    dict(id="disability_awareness_week", exp="clean", **{"from": "murphy"}, to=[JANE, SAM, ALI], hcte="quoted-printable",
         subject="Disability Awareness Week",
         html=H("<p>Dear Families,</p><p>Next week we mark Disability Awareness Week. Pupils will learn about autism, "
                "Down's syndrome, cerebral palsy, dyslexia and deafness, and hear from a Paralympic wheelchair basketball "
                "player. We will also talk about why old-fashioned labels for disabled people are hurtful.</p>"
                "<p>Ms Murphy</p>"),
         note="disability vocabulary, HTML QP"),
]

# --------------------------------------------------------------------------------------------
# 2. personal-address-to-parent
# --------------------------------------------------------------------------------------------
PA = [
    # ---- flag ----
    dict(id="mobile_plain_parent", exp="flag", **{"from": "walsh"}, to=[JANE],
         subject="Saturday's match",
         text="Hi Jane,\n\nIf the match is called off I'll let you know. Easiest is my mobile: 07700 900312.\n\nTom",
         note="own mobile, plain"),
    dict(id="mobile_intl_pupil", exp="flag", **{"from": "ahmed"}, to=[f"22mkhan@{P}"],
         subject="Coding club",
         text="Mohammed,\n\nIf you get stuck over half term just ring me on +44 7700 900518.\n\nMr Ahmed",
         note="own mobile +44 to pupil"),
    dict(id="mobile_dashes", exp="flag", **{"from": "price"}, to=[SAM],
         subject="Re: Friday",
         text="Dear Sam,\n\nPlease call me directly on my own phone, 07700-900-641, rather than the school office.\n\nJo Price",
         note="dashed mobile"),
    dict(id="home_landline_brackets", exp="flag", **{"from": "brennan"}, to=[ALI],
         subject="History coursework",
         text="Dear Mr Guardian,\n\nYou can reach me at home in the evenings on (0113) 496 0721.\n\nLiam Brennan",
         note="home landline with brackets"),
    dict(id="mobile_wrapped", exp="flag", **{"from": "clarke"}, to=[JANE],
         subject="Year 11 prom",
         text="Dear Mrs Parent,\n\nThanks for volunteering for prom. Text or call me any time on my personal mobile 07700\n"
              "900832 and we'll sort the details.\n\nMarcus",
         note="mobile wrapped across lines"),
    dict(id="mobile_html_bold", exp="flag", **{"from": "jones"}, to=[SAM],
         subject="Art exhibition",
         html=H("<p>Hi Sam,</p><p>Call me on my mobile <b>07700</b>&nbsp;900&nbsp;274 about the exhibition pieces.</p>"
                "<p>Ffion Jones</p>"),
         note="mobile split by HTML tags and nbsp"),
    dict(id="webmail_in_body", exp="flag", **{"from": "hughes"}, to=[ALI],
         subject="Reading list",
         text="Dear Mr Guardian,\n\nIt's easier to email me at rachel.hughes1985@gmail.com in the holidays.\n\nRachel Hughes",
         note="personal gmail in body"),
    dict(id="ask_send_personal_email", exp="flag", **{"from": "okafor"}, to=[f"23jsmith@{P}"],
         subject="Missing practical write-up",
         text="James,\n\nAsk your mum to send the medical note to my personal email, dave.okafor@hotmail.co.uk, "
              "as I don't check the school one at weekends.\n\nMr Okafor",
         note="request to send to personal email, to pupil"),
    dict(id="reply_to_personal", exp="flag", **{"from": "novak"}, to=[JANE],
         reply_to="petra.novak77@yahoo.co.uk",
         subject="Food tech ingredients",
         text="Dear Jane,\n\nThanks for offering to help with the bake sale. Just reply to this and we'll arrange it.\n\nPetra",
         note="Reply-To set to personal webmail"),
    dict(id="cc_self_personal", exp="flag", **{"from": "walsh"}, to=[SAM], cc=["tomwalsh.coach@gmail.com"],
         subject="Cricket nets",
         text="Hi Sam,\n\nI've copied in my home email so you can reach me over the holidays about the nets.\n\nTom",
         note="CC to own personal webmail"),
    dict(id="home_address_postcode", exp="flag", **{"from": "jones"}, to=[ALI],
         subject="Portfolio collection",
         text="Dear Mr Guardian,\n\nIf it's easier, drop the portfolio round to my house: 14 Beech Grove, Headingley, "
              "Leeds LS6 2QT, any evening after 6.\n\nFfion",
         note="home address with postcode"),
    dict(id="whatsapp_invite", exp="flag", **{"from": "price"}, to=[JANE],
         subject="Y9 trip",
         text="Hi Jane,\n\nWould it be easier to add me on WhatsApp? Then I can send you updates during the trip.\n\nJo",
         note="WhatsApp invitation"),
    dict(id="snapchat_pupil", exp="flag", **{"from": "walsh"}, to=[f"22mkhan@{P}"],
         subject="Training videos",
         text="Mohammed,\n\nAdd me on Snapchat, my snap is mr_walsh_pe, and I'll send you the drills.\n\nMr Walsh",
         note="Snapchat invitation to pupil"),
    dict(id="instagram_dm_pupil_html", exp="flag", **{"from": "jones"}, to=[f"23jsmith@{P}"],
         subject="Your artwork",
         html=H("<p>James, your lino prints are brilliant! Follow me on Insta <a href=\"https://instagram.com/ffion.makes\">"
                "@ffion.makes</a> and DM me photos of the rest.</p>"),
         note="Instagram invitation to pupil, HTML"),
    dict(id="telegram_parent", exp="flag", **{"from": "ahmed"}, to=[ALI],
         subject="Laptop loan",
         text="Dear Mr Guardian,\n\nMessage me on Telegram (@imran_codes) if the laptop has any problems.\n\nImran",
         note="Telegram invitation"),
    dict(id="text_me_no_number", exp="flag", **{"from": "clarke"}, to=[f"22mkhan@{P}"],
         subject="Revision",
         text="Mohammed,\n\nJust text me tonight if you're struggling with the revision, you've got my number from the trip.\n\n"
              "Mr Clarke",
         note="'text me' private channel, to pupil"),
    dict(id="landline_plus44_0", exp="flag", **{"from": "murphy"}, to=[SAM],
         subject="Support",
         text="Dear Sam,\n\nI'm working from home this week; my home number is +44 (0)161 496 0388.\n\nSiobhan Murphy",
         note="home landline +44 (0)"),
    dict(id="mobile_0044", exp="flag", **{"from": "begum"}, to=[JANE],
         subject="Iceland trip",
         text="Dear Jane,\n\nWhile we're away you can reach me on my own mobile, 0044 7700 900 199.\n\nNasreen",
         note="0044 international mobile"),
    dict(id="mobile_b64_html", exp="flag", **{"from": "lee"}, to=[ALI], hcte="base64",
         subject="Work experience",
         html=H("<p>Dear Mr Guardian,</p><p>Please ring my personal mobile on 07700 900 455 if the placement falls "
                "through.</p><p>Grace Lee</p>"),
         note="base64 HTML body with mobile"),
    dict(id="mobile_qp_alt", exp="flag", **{"from": "brennan"}, to=[SAM], cte="quoted-printable",
         subject="Battlefields trip",
         text="Dear Sam,\n\nMy mobile is 07700900563 \u2013 call me if there are any problems on the day.\n\nLiam",
         html=H("<p>Dear Sam,</p><p>My mobile is 07700900563 &ndash; call me if there are any problems on the day.</p>"),
         note="unspaced mobile, QP, multipart/alternative"),
    dict(id="signature_personal_mobile", exp="flag", **{"from": "okafor"}, to=[JANE], sig=False,
         subject="Science club",
         text="Dear Jane,\n\nScience club restarts next Tuesday.\n\nBest,\nDave Okafor\nTeacher of Science\n"
              "Mob (personal): 07700 900 907",
         note="personal mobile in own signature"),
    dict(id="home_address_manchester", exp="flag", **{"from": "murphy"}, to=[ALI],
         subject="Forms",
         text="Dear Mr Guardian,\n\nYou can post the forms to me at home:\n7 Larch Close\nDidsbury\nManchester\nM20 6RJ\n\n"
              "Siobhan",
         note="home address block with postcode"),
    dict(id="tel_link_html", exp="flag", **{"from": "novak"}, to=[SAM],
         subject="Allergy info",
         html=H("<p>Hi Sam,</p><p>Tap here to <a href=\"tel:+447700900733\">call me on my mobile</a> about the allergy plan.</p>"
                "<p>Petra</p>"),
         note="mobile only in tel: link"),
    dict(id="obfuscated_email", exp="flag", **{"from": "price"}, to=[f"23jsmith@{P}"],
         subject="Form time",
         text="James,\n\nIf you want to talk privately, email me at jo.price.home at gmail dot com.\n\nMs Price",
         note="obfuscated personal webmail to pupil"),
    dict(id="whatsapp_number_parent_cc_colleague", exp="flag", **{"from": "begum"}, to=[JANE], cc=[f"l.brennan@{S}"],
         subject="Fieldtrip",
         text="Dear Jane,\n\nMy WhatsApp is 07700 900 284 - message me there on the day.\n\nNasreen",
         note="WhatsApp number to parent (colleague CC doesn't excuse)"),
    # ---- clean ----
    dict(id="school_signature_only", exp="clean", **{"from": "hughes"}, to=[JANE],
         subject="Parents' evening",
         text="Dear Jane,\n\nThank you for coming to parents' evening. Please ring the office if you'd like a follow-up.\n\n"
              "Kind regards,\nMrs Hughes",
         note="school number/postcode in signature"),
    dict(id="trip_letter_numbers", exp="clean", **{"from": "begum"}, to=[JANE, SAM, ALI],
         subject="Iceland Geography Trip 2027 - ref ICE27-0914",
         text="Dear Parent/Carer,\n\nTrip reference: ICE27-0914\nDates: 12/03/2027 - 16/03/2027\nDeparture: 04:45 from "
              "school, flight LS 1432 at 07:55\nCost: £1,245.00 (deposit £250 by 15/12/2026, balance in 3 instalments "
              "of £331.67)\nParentPay item 20270312\nItinerary: https://www.example-school.org.uk/trips/iceland-2027\n\n"
              "Kind regards,\nMrs Begum",
         note="trip letter with prices/dates/times/refs/URL"),
    dict(id="charity_one_line", exp="clean", **{"from": "price"}, to=[SAM],
         subject="Young carers support",
         text="Dear Sam,\n\nAs discussed, Leeds Young Carers Network can help: call them on 0113 496 0555 or email "
              "info@leedsyoungcarers.example.org.\n\nMs Price",
         note="charity contact, one line"),
    dict(id="food_bank_block", exp="clean", **{"from": "clarke"}, to=[ALI],
         subject="Support over Christmas",
         text="Dear Mr Guardian,\n\nThe local food bank is open over the holidays:\n\nHolbeck Community Food Bank\n"
              "St Matthew's Church Hall\n22 Top Moor Side\nLeeds LS11 9LP\nTel: 0113 496 0812\n"
              "Open Tue & Fri 10:00-13:00\n\nKind regards,\nMr Clarke",
         note="food bank contact block"),
    dict(id="club_secretary_mobile", exp="clean", **{"from": "walsh"}, to=[JANE],
         subject="Junior football",
         text="Hi Jane,\n\nYour son asked about Sunday football. Headingley Juniors FC are recruiting; their club "
              "secretary, Dave Burns, can be reached on 07700 900611 or at secretary@headingleyjuniors.example.org.\n\nTom",
         note="football club secretary's mobile, clearly theirs"),
    dict(id="venue_address_html", exp="clean", **{"from": "brennan"}, to=[SAM, ALI],
         subject="Year 8 visit to the Royal Armouries",
         html=H("<p>Dear Parent/Carer,</p><p>The visit is to:</p><p>Royal Armouries Museum<br>Armouries Drive<br>"
                "Leeds LS10 1LT<br>Tel 0113 496 0220</p><p>Pick-up from school (LS1 4AP) at 15:45.</p>"
                "<p>Mr Brennan<br>Example School, 01632 960000</p>"),
         note="venue address block, HTML"),
    dict(id="surgery_signature_block", exp="clean", **{"from": "murphy"}, to=[SAM],
         subject="Medication form",
         text="Dear Sam,\n\nThe surgery will need to sign the medication form. Their details from the letter you sent:\n\n"
              "--\nDr A. Patel\nMeadow Lane Surgery\n5 Meadow Lane, Leeds LS11 5BJ\nTel: 0113 496 0404\n"
              "reception@meadowlanesurgery.example.nhs.uk\n--\n\nKind regards,\nMs Murphy",
         note="doctor's surgery signature-like block"),
    dict(id="employer_work_experience", exp="clean", **{"from": "lee"}, to=[f"23jsmith@{P}"], cc=[ALI],
         subject="Your work experience placement",
         text="James,\n\nYour placement is confirmed:\n\nEmployer: Harrow & Co Solicitors\nAddress: 12 Park Square, Leeds LS1 2NE\n"
              "Supervisor: Ms Karen Holt\nTel: 0113 496 0677\nStart: Monday 8 March, 09:00\n\nMs Lee",
         note="employer contact for placement"),
    dict(id="office_email", exp="clean", **{"from": "novak"}, to=[JANE],
         subject="Dietary form",
         text="Dear Jane,\n\nPlease send the dietary form to office@example-school.org.uk or hand it to reception.\n\nMrs Novak",
         note="school office email"),
    dict(id="reply_quotes_parent_details", exp="clean", **{"from": "jones"}, to=[ALI],
         subject="Re: change of address",
         text="Dear Mr Guardian,\n\nThank you, I have passed your new address to the office so they can update our "
              "records.\n\nMiss Jones\n\n"
              "> Please note our new address is 3 Oak Road, Leeds LS7 3JB and my mobile is still 07700 900789.\n"
              "> Ali Guardian",
         note="reply quoting the parent's own details in > lines"),
    dict(id="parent_number_repeated", exp="clean", **{"from": "clarke"}, to=[JANE],
         subject="Missed call",
         text="Dear Jane,\n\nI tried to call you on 07700 900123 this afternoon but couldn't get through. Could you ring "
              "the school office when convenient?\n\nMr Clarke",
         note="parent's own number repeated to her"),
    dict(id="colleague_personal_mobile", exp="clean", **{"from": "walsh"}, to=[f"m.clarke@{S}", f"j.price@{S}"],
         subject="Ski trip staff contacts",
         text="Marcus, Jo,\n\nFor the ski trip, my personal mobile is 07700 900342. Please don't share it with parents.\n\nTom",
         note="personal mobile to colleagues only (allowed)"),
    dict(id="colleague_mobile_whatsapp_html", exp="clean", **{"from": "ahmed"}, to=[f"staff-computing@{S}"],
         subject="Cover if I'm off",
         html=H("<p>Hi all,</p><p>If I'm stuck in traffic, ring my mobile 07700&nbsp;900&nbsp;871.</p><p>Imran</p>"),
         note="personal mobile to staff list only (allowed)"),
    dict(id="counselling_service_sig", exp="clean", **{"from": "price"}, to=[f"22mkhan@{P}"],
         subject="Someone to talk to",
         text="Mohammed,\n\nYou said you'd like to talk to someone outside school. This is the service I mentioned:\n\n"
              "Northside Young People's Counselling\nhello@northsidecounselling.example.org\nFree helpline: 0161 496 0321\n"
              "Drop-in: 40 Market Street, Manchester M1 1PT\n\nMs Price",
         note="counselling service contact block to pupil"),
    dict(id="exam_numbers", exp="clean", **{"from": "clarke"}, to=[f"23jsmith@{P}"],
         subject="Mock exam details",
         text="James,\n\nCandidate number: 4312\nCentre number: 36512\nUCI: 36512R26431200\nPaper 1: 8300/1H, "
              "Tue 01/12/2026 09:00-10:30, Sports Hall seat 117\n\nMr Clarke",
         note="exam/candidate numbers"),
    dict(id="school_number_alt_format", exp="clean", **{"from": "okafor"}, to=[SAM],
         subject="Absence",
         text="Dear Sam,\n\nPlease call the absence line on 01632 960 000 (option 1) before 8:30.\n\nMr Okafor",
         note="school's own number, different spacing"),
    dict(id="esafety_newsletter", exp="clean", **{"from": "ahmed"}, to=[JANE, SAM, ALI], cte="quoted-printable",
         subject="Online safety update",
         text="Dear Parent/Carer,\n\nWhatsApp's minimum age in the UK is 13, and Snapchat's Snap Map can show your child's "
              "location. Please check your child's Instagram and TikTok privacy settings and talk to them about not "
              "adding people they don't know.\n\nMr Ahmed",
         note="e-safety mentions of apps, no invitation, QP"),
    dict(id="text_school_absence_line", exp="clean", **{"from": "hughes"}, to=[ALI],
         subject="Reporting absence",
         text="Dear Mr Guardian,\n\nYou can also text the school absence line on 01632 960000 with your child's name and form.\n\n"
              "Mrs Hughes",
         note="'text' the school's own number"),
    dict(id="on_wrote_parent_sig", exp="clean", **{"from": "brennan"}, to=[SAM], sig=False,
         subject="Re: homework club",
         text="Dear Sam,\n\nYes, homework club runs until 16:30 on Tuesdays in H2.\n\nMr Brennan\nExample School, Leeds LS1 4AP\n\n"
              "On Mon, 23 Nov 2026 at 19:02, Sam Carer <sam.carer@outlook.com> wrote:\n"
              "> Does homework club run on Tuesdays?\n> --\n> Sam Carer\n> 07700 900456\n> sam.carer@outlook.com",
         note="On ... wrote: with parent's own signature"),
    dict(id="colleague_school_email", exp="clean", **{"from": "lee"}, to=[JANE],
         subject="SEN review",
         text="Dear Jane,\n\nOur SENCo, Mrs Ward, will contact you; her email is k.ward@example-school.org.uk.\n\nMs Lee",
         note="colleague's school email"),
    dict(id="booklist_isbn_alt", exp="clean", **{"from": "hughes"}, to=[JANE, SAM],
         subject="Year 12 books",
         text="Dear Parent/Carer,\n\nISBN 978-0-14-118776-1 (£7.99) and ISBN 978-0-09-954400-8 (£8.99). Order by 04/12/2026.\n\n"
              "Mrs Hughes",
         html=H("<p>Dear Parent/Carer,</p><ul><li>ISBN 978-0-14-118776-1 (&pound;7.99)</li><li>ISBN 978-0-09-954400-8 "
                "(&pound;8.99)</li></ul><p>Order by 04/12/2026.</p><p>Mrs Hughes</p>"),
         note="ISBNs/prices, multipart/alternative"),
    dict(id="official_school_instagram", exp="clean", **{"from": "jones"}, to=[JANE, SAM, ALI],
         subject="Art show photos",
         text="Dear Families,\n\nPhotos from the art show are on the school's official Instagram, @exampleschool_leeds, "
              "and the school website.\n\nMiss Jones",
         note="school's official account, not personal"),
    dict(id="pdf_attachment_trip_form", exp="clean", **{"from": "walsh"}, to=[ALI],
         subject="Outdoor ed consent",
         text="Dear Mr Guardian,\n\nThe consent form is attached. The centre's address is Whernside Outdoor Centre, "
              "Dent, Sedbergh LA10 5RE, tel 0161 496 0155.\n\nMr Walsh",
         att=[("consent.pdf", "pdf", b"%PDF-1.4\n% consent form placeholder\n%%EOF\n")],
         note="outdoor centre address; PDF attachment"),
    dict(id="dentist_appointment_reply", exp="clean", **{"from": "murphy"}, to=[JANE],
         subject="Re: early pick-up",
         text="Dear Jane,\n\nThat's fine. For our records, the appointment is at Smile Dental Care, 8 Kirkgate, "
              "Leeds LS2 7DJ at 14:15.\n\nMs Murphy\n\n> Can she leave at 1:45 for the dentist? Thanks, Jane",
         note="dental practice address"),
    dict(id="library_homework_club_one_line", exp="clean", **{"from": "hughes"}, to=[f"22mkhan@{P}"],
         subject="Quiet place to study",
         text="Mohammed,\n\nLeeds Central Library runs a free homework club: Calverley Street, Leeds LS1 3AB, 0113 496 0300, "
              "Mon-Thu 16:00-18:00.\n\nMrs Hughes",
         note="library contact on one line, to pupil"),
]

if __name__ == "__main__":
    write("obscene-language", OB)
    write("personal-address-to-parent", PA)
