"""obscene-language: the shipped rule file, its word lists, the module and its engine.

Every message is parsed for real (mailguard.message.parse) and judged through the rule loaded
from rules/ (mailguard.ruleset.load), so the rule file, its severities and actions are tested
together with the module. The labelled corpus in tests/corpus/obscene-language must meet the
targets: recall >= 95%, false positives <= 2%.
"""

from __future__ import annotations

import csv
import io
import textwrap
import zipfile
from functools import cache
from pathlib import Path

import ahocorasick
import pytest
from pydantic import ValidationError

from mailguard import decision, ruleset
from mailguard.decision import Hit
from mailguard.message import Attachment, Envelope, Recipient, School, parse
from mailguard.modules import obscene_language as ol
from mailguard.profanity_engine import Lexicon, Stats, inflect, parse_lines
from mailguard.textnorm import fold, fold_map
from mailguard.yamlfile import SourceErrors

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
CORPUS = ROOT / "tests" / "corpus" / "obscene-language"

TEACHER = "t.smith@example-school.org.uk"
COLLEAGUE = "r.patel@example-school.org.uk"
PARENT = "jane.parent@gmail.com"
PUPIL = "a.khan@pupils.example-school.org.uk"
SCHOOL = School(domains=("example-school.org.uk",), pupil_domains=("pupils.example-school.org.uk",))
PARENTS = {"jane.parent@gmail.com", "sam.carer@outlook.com", "ali.guardian@btinternet.com"}


def groups(address: str) -> frozenset[str]:
    domain = address.rpartition("@")[2].lower()
    if domain == "pupils.example-school.org.uk":
        return frozenset({"pupil"})
    if domain == "example-school.org.uk" or domain.endswith(".example-school.org.uk"):
        return frozenset({"staff"})
    return frozenset({"parent", "external"}) if address in PARENTS else frozenset({"external"})


@cache
def rules() -> ruleset.RuleSet:
    return ruleset.load(RULES)


def rule() -> ruleset.Rule:
    return next(r for r in rules().rules if r.module == ol.NAME)


def settings() -> ol.Settings:
    value = rule().settings
    assert isinstance(value, ol.Settings)
    return value


def message(body: str, subject: str = "Hello", headers: str = "", ctype: str = "text/plain",
            cte: str = "8bit") -> bytes:
    head = (f"From: {TEACHER}\nTo: {COLLEAGUE}\nSubject: {subject}\nDate: Tue, 3 Mar 2026 09:00:00 +0000\n"
            f"Message-ID: <t@example-school.org.uk>\n{headers}MIME-Version: 1.0\n"
            f'Content-Type: {ctype}; charset="utf-8"\nContent-Transfer-Encoding: {cte}\n\n')
    return (head + body).replace("\n", "\r\n").encode("utf-8")


def judge(raw: bytes, recipients: tuple[str, ...] = (COLLEAGUE,), sender: str = TEACHER) -> list[Hit]:
    """The obscene-language hits the shipped rule set gives this message."""
    envelope = Envelope(sender, tuple(Recipient(a, groups(a)) for a in recipients), groups(sender))
    result = decision.evaluate(rules(), parse(raw, envelope, SCHOOL))
    return [h for h in result.hits if h.module == ol.NAME]


def acted(hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if h.action != "pass"]


def words(hits: list[Hit]) -> set[str]:
    return {e.match for h in hits for e in h.evidence}


# --------------------------------------------------------------------------------------------
# The rule file


def test_shipped_rule_loads_with_its_severities_and_actions() -> None:
    r = rule()
    assert r.id == "obscene-language"
    assert r.action == "quarantine"  # strong swearing and slurs
    assert r.action_for("strong") == "quarantine"
    assert r.action_for("slur") == "quarantine"
    assert r.action_for("mild") == "tag"
    assert r.action_for("quoted") == "pass"
    assert r.subject_prefix.strip()
    assert r.recipients.everyone
    assert set(ol.KINDS) == {"mild", "strong", "slur", "quoted"}


def test_rule_file_explains_itself_to_a_technician() -> None:
    text = (RULES / "obscene-language.yaml").read_text()
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert len(comments) >= 40
    for needed in ("allow.txt", "severity", "quarantine", "tag", "wordlists/"):
        assert needed in text


def test_word_lists_are_plain_text_with_severities() -> None:
    lists = {p.name for p in (RULES / "wordlists").glob("*.txt")}
    assert {"en-gb-strong.txt", "en-gb-mild.txt", "slurs.txt", "allow.txt"} <= lists
    for name in ("bollocks", "wanker", "twat", "bellend", "arsehole"):
        assert any(name in line for line in (RULES / "wordlists" / "en-gb-strong.txt").read_text().splitlines())


# --------------------------------------------------------------------------------------------
# Disguises: each class of obfuscation is seen through

OBFUSCATIONS = [
    ("plain", "What the fuck is going on?", "fuck"),
    ("capitals", "WHAT THE FUCK", "FUCK"),
    ("mixed case", "FuCkInG ridiculous", "FuCkInG"),
    ("leet @ for a", "he is a tw@t", "tw@t"),
    ("leet 4 for a", "w4nker", "w4nker"),
    ("leet 0 for o", "b0ll0cks to that", "b0ll0cks"),
    ("leet 1 for i", "sh1t happens", "sh1t"),
    ("leet 1 for l", "bo11ocks", "bo11ocks"),
    ("leet ! for i", "oh sh!t", "sh!t"),
    ("leet $ for s", "$hit", "$hit"),
    ("leet 5 and 1", "5h1t", "5h1t"),
    ("leet 3 for e", "b3ll3nd", "b3ll3nd"),
    ("leet 7 for t", "7wa7", "7wa7"),
    ("pipes for l", "bo||ocks", "bo||ocks"),
    ("v for u", "fvck this", "fvck"),
    ("repeated letters", "fuuuuuck", "fuuuuuck"),
    ("repeated letters in caps", "SHIIIIIT", "SHIIIIIT"),
    ("dots between letters", "f.u.c.k off", "f.u.c.k"),
    ("spaces between letters", "f u c k", "f u c k"),
    ("spaced words", "f u c k  y o u", "f u c k"),
    ("hyphens between letters", "c-u-n-t", "c-u-n-t"),
    ("underscores between letters", "f_u_c_k", "f_u_c_k"),
    ("asterisks between letters", "f*u*c*k", "f*u*c*k"),
    ("hyphen inside a word", "what a wan-ker", "wan-ker"),
    ("dot inside a word", "sh.it", "sh.it"),
    ("mask one letter", "f*ck", "f*ck"),
    ("mask two letters", "f**king hell", "f**king"),
    ("mask with symbols", "f@#k", "f@#k"),
    ("mask twice", "b*ll*cks", "b*ll*cks"),
    ("mask in a compound", "motherf*cker", "motherf*cker"),
    ("mask the ending", "what the f***", "f***"),
    ("mask with a dash", "sh-t", "sh-t"),
    ("zero-width space", "wan\u200bker", "wan\u200bker"),
    ("soft hyphen", "bol\u00adlocks", "bol\u00adlocks"),
    ("full-width", "ｆｕｃｋ", "ｆｕｃｋ"),
    ("mathematical letters", "𝐟𝐮𝐜𝐤", "𝐟𝐮𝐜𝐤"),
    ("squared letters", "🅵🆄🅲🅺", "🅵🆄🅲🅺"),
    ("accents", "fück", "fück"),
    ("Cyrillic homoglyph", "\u0441unt", "\u0441unt"),
    ("Greek homoglyph", "b\u03bfll\u03bfcks", "b\u03bfll\u03bfcks"),
    ("inflection -ing", "fucking", "fucking"),
    ("inflection -ed", "fucked", "fucked"),
    ("inflection -er", "fucker", "fucker"),
    ("inflection -y", "shitty", "shitty"),
    ("plural", "twats", "twats"),
    ("plural -ers", "wankers", "wankers"),
    ("compound", "fuckwit", "fuckwit"),
    ("suffix compound", "bullshit", "bullshit"),
    ("possessive", "for fuck's sake", "fuck's"),
]


@pytest.mark.parametrize(("label", "text", "written"), OBFUSCATIONS, ids=[o[0] for o in OBFUSCATIONS])
def test_disguises_are_seen_through(label: str, text: str, written: str) -> None:
    hits = acted(judge(message(f"Tom,\n\n{text}\n\nT\n")))
    assert hits, f"{label}: {text!r} not flagged"
    assert written in words(hits)


def test_word_split_by_html_tags() -> None:
    raw = message("<p>What an absolute <b>bell</b>end. And &#102;&#117;ck that.</p>", ctype="text/html")
    assert {"bellend", "fuck"} <= words(acted(judge(raw)))


def test_word_split_by_quoted_printable_soft_line_break() -> None:
    raw = message("He told me to fu=\nck off and walked out.\n", cte="quoted-printable")
    assert "fuck" in words(acted(judge(raw)))


def test_rfc2047_subject() -> None:
    raw = message("Nothing to see here.\n", subject="=?utf-8?B?VGhpcyBpcyBidWxsc2hpdA==?=")
    hits = acted(judge(raw))
    assert [e.where for h in hits for e in h.evidence] == ["subject"]
    assert words(hits) == {"bullshit"}


def test_base64_body() -> None:
    import base64

    body = base64.b64encode(b"Those scripts are shit.\n").decode()
    assert "shit" in words(acted(judge(message(body, cte="base64"))))


# --------------------------------------------------------------------------------------------
# Safe for a school: whole words, names, allowed phrases

CLEAN = [
    "Our U12s played Scunthorpe Juniors and ran at Penistone.",
    "Fieldwork in Essex, Sussex and Middlesex; lunch at Cockburnspath.",
    "Year 10 are reading Dickens; Year 11 Moby-Dick.",
    "The analysis of the assessment data is on the drive.",
    "Cocktail sticks and a shuttlecock for the DT project.",
    "In Relationships and Sex Education we use the words penis, vagina and vulva.",
    "Sex education lessons start next week.",
    "He had a bloody nose after falling in the playground.",
    "The Bloody Code; William the Bastard; Bloody Mary.",
    "Spotted dick and custard, then pork faggots in gravy.",
    "Blue tits and great tits; a cock pheasant on the field.",
    "Before the cock crows, you will deny me three times.",
    "Sunni and Shiite Muslims; the Ark was made of shittim wood.",
    "Homo sapiens evolved in Africa.",
    "Offa's Dyke; dykes and sills; the Aberfan slag heap.",
    "Your child may feel a sharp prick in the arm.",
    "Prick the potatoes with a fork, then add a knob of butter.",
    "Commit it to git; use a nonce; store it in MongoDB.",
    "Paintings by Pissarro; a Cockney walk; the Wankel engine.",
    "He mishit the ball straight to square leg.",
    "Pakistan, Pakistani, Japan, Japanese, Nigeria, niggle, snigger.",
    "Pupil S*** (Y9) and J**** B**** (Y7) were seen today.",
    "*Please* finish reports by Friday*.",
    "The ass and the ox in the nativity play.",
    "Please send old bags for the Bag2School collection.",
    "Rooms B1, 3B, 11A1; 10am; LS1 4AP; 5A1.",
    "Whoops, who're you sending that to?",
]


@pytest.mark.parametrize("text", CLEAN)
def test_school_words_and_places_pass(text: str) -> None:
    assert not judge(message(f"Dear all,\n\n{text}\n")), text


def test_a_name_is_not_an_insult_but_the_insult_is() -> None:
    signature = "Thanks,\nDick\n\n--\nDick Smith, Chair of Governors\ndick.smith@governors.example-school.org.uk\n"
    assert not judge(message(signature))
    assert words(acted(judge(message("Don't be such a dick about it.\n")))) == {"dick"}


def test_allow_words_in_the_rule_settings() -> None:
    base = {"lists": [{"words": ["twat*"], "severity": "strong"}]}
    strict = ol.Settings.model_validate(base, context={"base_dir": str(RULES)})
    relaxed = ol.Settings.model_validate({**base, "allow_words": ["twattle", "Twatt"]},
                                         context={"base_dir": str(RULES)})
    msg = parse(message("Such twattle. We stayed at Twatt in Orkney. He is a twat.\n"))
    assert [e.match for f in ol.check(msg, strict) for e in f.evidence] == ["twattle", "Twatt", "twat"]
    assert [e.match for f in ol.check(msg, relaxed) for e in f.evidence] == ["twat"]


# --------------------------------------------------------------------------------------------
# Severities, evidence, masking


def test_mild_is_tagged_strong_and_slurs_are_quarantined() -> None:
    mild = judge(message("Bloody hell, not again.\n"))
    strong = judge(message("Bollocks to this.\n"))
    slur = judge(message("The new guy is a total poofter.\n"))
    assert [(h.kind, h.action) for h in mild] == [("mild", "tag")]
    assert [(h.kind, h.action) for h in strong] == [("strong", "quarantine")]
    assert [(h.kind, h.action) for h in slur] == [("slur", "quarantine")]
    for grounds in ("paki", "retard", "faggot", "slut", "coffin dodger", "kike"):
        assert [h.kind for h in judge(message(f"... {grounds} ...\n"))] == ["slur"], grounds


def test_evidence_is_masked_in_the_log_and_whole_for_the_reviewer() -> None:
    hits = judge(message("The meeting ran late. What a fucking waste of time that was.\n", subject="meeting"))
    (hit,) = hits
    logged = hit.as_dict(masked=True)
    reviewed = hit.as_dict(masked=False)
    assert logged["evidence"][0]["match"] == "f*****g"
    assert "fucking" not in str(logged)
    assert "f*****g" in logged["evidence"][0]["snippet"]
    assert reviewed["evidence"][0]["match"] == "fucking"
    assert "What a fucking waste" in reviewed["evidence"][0]["snippet"]
    assert reviewed["evidence"][0]["where"] == "body"
    assert "f*****g" in hit.reason and "fucking" not in hit.reason


def test_disguised_words_are_masked_as_the_word_they_are() -> None:
    (hit,) = judge(message("He is a total c.u.n.t and a tw@t.\n"))
    logged = hit.as_dict(masked=True)["evidence"]
    assert [e["match"] for e in logged] == ["c**t", "t**t"]
    assert all("c.u.n.t" not in e["snippet"] and "tw@t" not in e["snippet"] for e in logged)


def test_evidence_names_the_place() -> None:
    raw = (
        f"From: {TEACHER}\r\nTo: {COLLEAGUE}\r\nSubject: wanker\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nsee attached, the twat\r\n"
        '--b\r\nContent-Type: text/csv; name="notes.csv"\r\nContent-Disposition: attachment; filename="notes.csv"\r\n'
        "\r\npupil,note\r\nJ,lazy little shit\r\n--b--\r\n"
    ).encode()
    places = {(e.where, e.match) for h in judge(raw) for e in h.evidence}
    assert places == {("subject", "wanker"), ("body", "twat"), ("attachment:notes.csv", "shit")}


# --------------------------------------------------------------------------------------------
# Attachments


def docx(*paragraphs: list[str]) -> bytes:
    body = "".join("<w:p>" + "".join(f"<w:r><w:t>{run}</w:t></w:r>" for run in runs) + "</w:p>"
                   for runs in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="x"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def test_docx_text_is_read_across_runs_and_paragraphs() -> None:
    data = docx(["Report comments"], ["J. Brown: lazy little bas", "tard who never"], ["brings a pen"])
    att = Attachment(("comments.docx",), "application/octet-stream", data, False)
    assert ol.attachment_text(att, 1_000_000) == "Report comments\nJ. Brown: lazy little bastard who never\nbrings a pen"
    assert ol.attachment_text(att, 40) != ol.attachment_text(att, 1_000_000)  # reading stops at the limit
    broken = Attachment(("broken.docx",), "application/octet-stream", b"PK\x03\x04 not a zip", False)
    assert ol.attachment_text(broken, 1_000_000) == ""


def test_docx_attachment_is_checked() -> None:
    import base64

    data = base64.b64encode(docx(["Minutes"], ["The LA adviser is a ", "wan", "ker."])).decode()
    raw = (
        f"From: {TEACHER}\r\nTo: {COLLEAGUE}\r\nSubject: minutes\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n'
        "--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; "
        'name="minutes.docx"\r\nContent-Transfer-Encoding: base64\r\n'
        'Content-Disposition: attachment; filename="minutes.docx"\r\n\r\n' + data + "\r\n--b--\r\n"
    ).encode()
    assert {(e.where, e.match) for h in acted(judge(raw)) for e in h.evidence} == {("attachment:minutes.docx", "wanker")}


# --------------------------------------------------------------------------------------------
# Quoted, forwarded and reported words


REPLY = textwrap.dedent("""\
    Dear Mrs Parent,

    I'm sorry you are upset. Can we meet on Friday?

    Mr Smith

    On Tue, 3 Mar 2026 at 17:55, Jane Parent <jane.parent@gmail.com> wrote:
    > This is fucking ridiculous. Sort it out.
    """)


def test_a_parents_swearing_quoted_in_a_reply_is_recorded_but_not_acted_on() -> None:
    hits = judge(message(REPLY, subject="Re: Jack", headers="In-Reply-To: <x@mail.gmail.com>\n"), (PARENT,))
    assert [(h.kind, h.action) for h in hits] == [("quoted", "pass")]
    assert words(hits) == {"fucking"}


def test_the_senders_own_swearing_in_a_reply_is_acted_on() -> None:
    body = "Frankly I don't give a shit.\n\n" + REPLY
    hits = judge(message(body, subject="Re: Jack", headers="In-Reply-To: <x@mail.gmail.com>\n"), (PARENT,))
    assert {(h.kind, h.action) for h in hits} == {("strong", "quarantine"), ("quoted", "pass")}


def test_a_fake_quote_header_in_a_new_message_does_not_hide_words() -> None:
    body = "On Tue, 3 Mar 2026, Someone wrote:\nyou are a fucking idiot\n"
    assert [h.kind for h in judge(message(body, subject="hello"), (PARENT,))] == ["strong"]


def test_an_abusive_email_forwarded_to_the_head_passes() -> None:
    raw = (
        f"From: {TEACHER}\r\nTo: head@example-school.org.uk\r\nSubject: Fwd: abuse\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
        "Please see the attached email from a parent.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
        "From: x@hotmail.co.uk\r\nSubject: you\r\nContent-Type: text/plain\r\n\r\nYou useless twat.\r\n--b--\r\n"
    ).encode()
    assert [(h.kind, h.action) for h in judge(raw, ("head@example-school.org.uk",))] == [("quoted", "pass")]


def test_words_reported_verbatim_to_staff_pass_but_not_to_a_parent() -> None:
    body = 'At lunch J.B. called A.K. a "paki" and told Mr Evans to "fuck off". Logged on CPOMS.\n'
    to_staff = judge(message(body), ("dsl@example-school.org.uk", COLLEAGUE))
    to_parent = judge(message(body), (PARENT,))
    assert {h.action for h in to_staff} == {"pass"}
    assert {h.kind for h in to_parent} == {"slur", "strong"}
    own = judge(message('The head said "consistency". This policy is fucking pointless.\n'))
    assert [h.kind for h in own] == ["strong"]


# --------------------------------------------------------------------------------------------
# Slurs on every ground the policy names, in their informal forms

SLURS = [
    # sexual orientation
    ("The new supply teacher is a bit of a poof.", "poof"),
    ("They think drama is for poofs.", "poofs"),
    ("A right pair of poofters.", "poofters"),
    ("He's such a woofter.", "woofter"),
    ("She's a dyke, apparently.", "she's a dyke"),
    ("He's a bender.", "he's a bender"),
    ("The lezzies in Year 11.", "lezzies"),
    ("Those bum bandits.", "bum bandits"),
    ("A muff diver.", "muff diver"),
    # gender and gender identity
    ("Silly cow wouldn't listen.", "Silly cow"),
    ("She's a right slag.", "right slag"),
    ("Absolute trollop.", "trollop"),
    ("It's all troons and pronouns now.", "troons"),
    ("Stop being a sissy.", "sissy"),
    # race and ethnicity
    ("Ching chong voices in the corridor.", "Ching chong"),
    ("A half breed, he called him.", "half breed"),
    ("The sheep shaggers from Wales.", "sheep shaggers"),
    ("Bog trotters on tour.", "Bog trotters"),
    ("Curry munchers.", "Curry munchers"),
    ("nig nogs", "nig nogs"),
    # religion
    ("Typical jewboy, counting every penny.", "jewboy"),
    ("Bible thumpers at the gate again.", "thumpers"),
    ("The muzrats.", "muzrats"),
    # disability
    ("They were spazzing about again.", "spazzing"),
    ("A couple of flids.", "flids"),
    ("The cripple in 10B.", "cripple"),
    ("Loony bin.", "Loony bin"),
    # age
    ("The old git in the exams office.", "old git"),
    ("Silly old bat.", "Silly old bat"),
    ("Ok boomer.", "Ok boomer"),
]


@pytest.mark.parametrize(("text", "word"), SLURS, ids=[w for _, w in SLURS])
def test_slurs_on_every_ground_in_their_informal_forms(text: str, word: str) -> None:
    hits = acted(judge(message(f"{text}\n")))
    assert [h.kind for h in hits] == ["slur"], text
    assert any(word.lower() in e.match.lower() or e.match.lower() in word.lower() for h in hits for e in h.evidence)


NEAR_MISSES = [
    "Put the pouffe by the sofa; sketch it for homework; a slag heap in the Rhondda.",
    "The honky-tonk piano evening, and then poof, the lights went out.",
    "Gypsy, Roma and Traveller History Month; the LGBT+ group for lesbian, gay, bisexual and queer pupils.",
    "World Down Syndrome Day; the Paralympics; Offa's Dyke is a dyke built by the Mercians.",
    "He went on a bender after the match; the strike could cripple the railways.",
    "Delete the old git repo; apply the Slutsky equation; use a nonce.",
    "Monster Raving Loony Party candidates, and Looney Tunes on Friday.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_words_near_the_new_slurs_pass(text: str) -> None:
    assert not judge(message(f"Dear all,\n\n{text}\n")), text


# --------------------------------------------------------------------------------------------
# Rude-sounding places and surnames

PLACES_AND_NAMES = [
    "Year 8 researched Bitchfield (Lincolnshire), Shitterton (Dorset) and Twatt (Orkney).",
    "We walked from Bell End in Worcestershire to the Clent Hills.",
    "Great Cockup and Little Cockup are fells near Bassenthwaite.",
    "Slutshole Lane in Norwich; Minge Lane in Upton-upon-Severn; Twatling Road, Barnt Green.",
    "Titty Ho, Fanny Barks, Cock Bridge, Crapstone, Wetwang, Clitheroe and Lickey End.",
    "Cockermouth, Penistone, Scunthorpe, Pratts Bottom, Prickwillow and Pisshill.",
    "Cover: Mrs Nutter, Mr Shittu, Mr Cockburn, Ms Hancock, Dr Butts, Mr Cox, Mr Dick and Mrs Looney.",
    "Sluts Lane and Bitchet Green are on the map.",
]


@pytest.mark.parametrize("text", PLACES_AND_NAMES)
def test_rude_sounding_places_and_surnames_pass(text: str) -> None:
    assert not judge(message(f"Dear all,\n\n{text}\n")), text


@pytest.mark.parametrize("text", [
    "What a Bell End that inspector was.",  # capitalised, but after "a"
    "He's a total bell end.",
    "BELL END",
    "He's an absolute nutter.",
    "You Nutter!",
    "Whoever did that is a twatt.",
    "Honestly, a complete bellend.",
])
def test_the_same_words_as_insults_still_count(text: str) -> None:
    assert acted(judge(message(f"{text}\n"))), text


def test_name_allow_entries_need_the_name_written_as_a_name() -> None:
    base = {"lists": [{"words": ["bell end", "twat*"], "severity": "strong"}],
            "allow_words": ["bell end [name]", "=twatt [name]"]}
    settings_ = ol.Settings.model_validate(base, context={"base_dir": str(RULES)})

    def count(text: str) -> int:
        return sum(f.details["count"] for f in ol.check(parse(message(f"{text}\n")), settings_))

    assert count("We drove through Bell End to Twatt.") == 0
    assert count("you Bell End") == count("a bell end") == count("BELL END") == count("you twatt") == 1


# --------------------------------------------------------------------------------------------
# Faggots, the dish: allowed next to food words (allow_near), a slur anywhere else

@pytest.mark.parametrize("text", [
    "Tuesday: Faggots, mash and peas | Spotted dick and custard",
    "Homemade faggots in onion gravy; vegetarians can make lentil faggots.",
    "Canteen has faggots with gravy today.",
    "On the menu: Brains faggots with mushy peas.",
    "Nipped out for a fag at break, the smoking shelter was full.",
])
def test_faggots_the_dish_passes_next_to_food(text: str) -> None:
    assert not judge(message(f"Hi,\n\n{text}\n")), text


@pytest.mark.parametrize("text", [
    "Those faggots in 10B were all over each other in the lunch queue.",
    "Tell him he's a faggot if he skips detention at dinner time.",
    "Bunch of faggots, eating their chips.",
    "Today's special: f@ggots and gravy.",  # a disguised spelling means the slur
    "Faggots.",
])
def test_faggots_as_a_slur_still_counts(text: str) -> None:
    assert [h.kind for h in acted(judge(message(f"{text}\n")))] == ["slur"], text


def test_allow_near_settings() -> None:
    base = {"lists": [{"words": ["=tart"], "severity": "mild"}],
            "allow_near": [{"words": ["tart"], "near": ["jam", "pastry"], "within": 3}]}
    s = ol.Settings.model_validate(base, context={"base_dir": str(RULES)})

    def count(text: str) -> int:
        return sum(f.details["count"] for f in ol.check(parse(message(f"{text}\n")), s))

    assert count("A jam tart for pudding.") == 0
    assert count("You tart, with your jam.") == 1  # an insult lead-in
    assert count("A jam sandwich.\n\nWhat a tart.") == 1  # the jam is in another paragraph
    assert count("A tart for pudding, then jam.") == 1  # more than 3 words away
    with pytest.raises(ValidationError):
        ol.Settings.model_validate({**base, "allow_near": [{"words": ["t@rt"], "near": ["jam"]}]},
                                   context={"base_dir": str(RULES)})


# --------------------------------------------------------------------------------------------
# Reported speech in incident reports to staff

STAFF = ("dsl@example-school.org.uk", COLLEAGUE)
REPORTED = [
    'One of them called her "a slag" in front of the class.',
    'He told her to "f*** off and stop crying".',
    "She said 'you're a fat bitch and everyone hates you' on the bus.",
    'He screamed "you\'re a fucking paki, I\'ll fucking\nhave you" and left.',  # wrapped by the mail client
    "A girl texted her ‘kill yourself you slag’ on Saturday.",
    'Another posted “lesbo freak” under her photo.',
    '"Fuck off, you slag," she shouted.',
    'When I told him to sit down he shouted "you fucking twat" at me.',  # I spoke, he swore
    'I was called a "fat slag" by a Year 10 boy.',
    'He kept calling her a \'lezza\' and a \'dyke\' during PE.',
    'Words used: "bender", "poof".',
    'J.B. (9X) to A.K.: "you\'re a fucking paki"',  # a transcript line
    'She described him as a "spastic" in front of the class.',
]


@pytest.mark.parametrize("body", REPORTED)
def test_words_reported_to_staff_in_quotation_marks_pass(body: str) -> None:
    hits = judge(message(f"Logging this for CPOMS.\n\n{body}\n\nMegan\n"), STAFF)
    assert hits and {h.kind for h in hits} == {"quoted"}, body
    assert not acted(hits)


@pytest.mark.parametrize("body", REPORTED[:5])
def test_the_same_report_to_a_parent_is_judged_as_the_senders_words(body: str) -> None:
    assert acted(judge(message(f"Dear Mrs Parent,\n\n{body}\n"), (PARENT,))), body


@pytest.mark.parametrize("body", [
    'I told him to "fuck off" and walked out.',
    "I said 'sod this for a laugh' and went home.",
    '"Fuck off," I said.',
    'The new marking policy is "fucking ridiculous".',  # scare quotes, nobody said it
    'He said it was fine. This policy is "bollocks" though.',
    'Summary: "fucking awful".',  # a label, not a speaker
])
def test_the_senders_own_words_in_quotation_marks_still_count(body: str) -> None:
    assert acted(judge(message(f"{body}\n"), STAFF)), body


# --------------------------------------------------------------------------------------------
# Word lists: errors a technician can make


def test_a_missing_word_list_is_a_clear_error() -> None:
    with pytest.raises(ValidationError) as err:
        ol.Settings.model_validate({"lists": [{"file": "wordlists/nope.txt", "severity": "strong"}]},
                                   context={"base_dir": str(RULES)})
    message_text = str(err.value)
    assert "word list 'wordlists/nope.txt' not found" in message_text
    assert str(RULES / "wordlists" / "nope.txt") in message_text


def test_rule_file_errors_point_at_the_line(tmp_path: Path) -> None:
    (tmp_path / "wordlists").mkdir()
    (tmp_path / "wordlists" / "local.txt").write_text("# local words\nnumpty\nsh1t\n")
    (tmp_path / "bad.yaml").write_text(textwrap.dedent("""\
        rule: bad-lists
        module: obscene-language
        action: quarantine
        settings:
          lists:
            - {file: wordlists/en-gb-strong.txt, severity: strong}
            - {file: wordlists/missing.txt, severity: mild}
            - {file: wordlists/local.txt, severity: mild}
            - {words: [twat], severity: rude}
        """))
    with pytest.raises(SourceErrors) as err:
        ruleset.load(tmp_path)
    lines = str(err.value).splitlines()
    assert any(":7:" in line and "word list 'wordlists/missing.txt' not found" in line for line in lines), lines
    assert any(":8:" in line and "wordlists/local.txt:3" in line and "'sh1t' is not a word" in line
               for line in lines), lines
    assert any(":9:" in line and "rude" in line for line in lines), lines


def test_it_staff_can_add_a_list_and_inline_words(tmp_path: Path) -> None:
    (tmp_path / "local.txt").write_text("muppet   # our own\n=numpty\n")
    value = ol.Settings.model_validate(
        {"lists": [{"file": "local.txt", "severity": "mild"}, {"words": ["plank*"], "severity": "strong"}]},
        context={"base_dir": str(tmp_path)})
    found = {(f.kind, e.match) for f in ol.check(parse(message("muppets, numpty, planks\n")), value)
             for e in f.evidence}
    assert found == {("mild", "muppets"), ("mild", "numpty"), ("strong", "planks")}


def test_entry_syntax() -> None:
    entries = parse_lines(["fuck*   # prefix", "*shit", "=prick", "sod off", "dick [name]", "*wank*", ""], "x", "strong")
    assert [(e.mode, e.words, e.name) for e in entries] == [
        ("prefix", ("fuck",), False), ("suffix", ("shit",), False), ("exact", ("prick",), False),
        ("phrase", ("sod", "off"), False), ("word", ("dick",), True), ("infix", ("wank",), False)]
    assert {"twats", "twatted", "twatting", "twatty"} <= set(inflect("twat"))
    assert {"arses", "arsed", "arsing"} <= set(inflect("arse"))


# --------------------------------------------------------------------------------------------
# The engine costs O(length of text), whatever the number of words


def lexicon(extra_words: int = 0) -> Lexicon:
    lines = (RULES / "wordlists" / "en-gb-strong.txt").read_text().splitlines()
    lines += [f"zq{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}x" for i in range(extra_words)]
    return Lexicon(parse_lines(lines, "test", "strong"))


def test_matching_uses_one_automaton_not_a_regular_expression() -> None:
    lex = settings().lexicon
    assert isinstance(lex.automaton, ahocorasick.Automaton)
    assert lex.automaton.kind == ahocorasick.AHOCORASICK
    assert not any(hasattr(v, "pattern") for v in vars(lex).values())


def test_work_grows_with_the_text_not_with_the_word_lists() -> None:
    text = (CORPUS / "c02_geography_fieldwork.eml").read_text() + " f.u.c.k sh*t fuuuuck tw@t "
    small, big = lexicon(), lexicon(2000)
    assert big.pattern_count >= small.pattern_count + 2000
    s1, s2 = Stats(), Stats()
    small.scan(text, s1)
    big.scan(text, s2)
    assert s1.stream == s2.stream and s1.mask_lookups == s2.mask_lookups
    assert s2.work <= s1.work * 1.05
    for sample in (text, "f*ck a.b.c.d.e " * 50, "x" * 5000, "a b c d e f g " * 100):
        once, twice = Stats(), Stats()
        small.scan(sample, once)
        small.scan(sample * 2, twice)
        assert twice.work <= 2 * once.work + 10, sample[:20]
        assert once.work <= 6 * len(sample) + 20, sample[:20]


# --------------------------------------------------------------------------------------------
# Text normalisation


def test_fold_and_fold_map() -> None:
    assert fold("ＦＵＣＫ 🅵🆄🅲🅺 🇫🇺🇨🇰 ƒuck fμck") == "fuck fuck fuck fuck fuck"
    folded, origin = fold_map("a\u200bb ß")
    assert folded == "ab ss"
    assert origin == [0, 2, 3, 4, 4]
    assert fold_map("plain ascii") == ("plain ascii", None)


# --------------------------------------------------------------------------------------------
# The labelled corpus


def test_corpus_meets_the_targets() -> None:
    with (CORPUS / "labels.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 60
    positives = [r for r in rows if r["expected"] == "flag"]
    clean = [r for r in rows if r["expected"] == "clean"]
    assert len(positives) >= 35 and len(clean) >= 30
    missed, false_alarms = [], []
    for row in rows:
        raw = (CORPUS / row["file"]).read_bytes()
        flagged = bool(acted(judge(raw, tuple(row["recipients"].split()), row["sender"])))
        if row["expected"] == "flag" and not flagged:
            missed.append(row["file"])
        if row["expected"] == "clean" and flagged:
            false_alarms.append(row["file"])
    recall = 1 - len(missed) / len(positives)
    fp_rate = len(false_alarms) / len(clean)
    assert recall >= 0.95, f"recall {recall:.1%}, missed {missed}"
    assert fp_rate <= 0.02, f"false positives {fp_rate:.1%}: {false_alarms}"


COMPOUNDS = ["pigshit", "bullshit", "apeshit", "dipshit", "horseshit", "shitstorm", "shithole", "fuckwit", "fuckface",
             "dickhead", "knobhead", "twatface", "arsewipe", "dickwit", "knobface", "prickface", "bastardface",
             "dumbcunt", "pissflaps"]


@pytest.mark.parametrize("word", COMPOUNDS)
def test_compound_swear_words_are_found(word: str) -> None:
    assert judge(message(f"He is a total {word}, honestly.\n")), word


@pytest.mark.parametrize("word", ["cutwater", "saltwater", "cockpit", "cockerel", "Dickens", "bastardy", "knobstick",
                                  "pricked", "arsenal", "cocksure", "mishit", "Scunthorpe"])
def test_innocent_words_next_to_compounds(word: str) -> None:
    assert judge(message(f"We talked about {word} in class today.\n")) == [], word


PUPIL = "a.khan@pupils.example-school.org.uk"


@pytest.mark.parametrize("body", [
    'For Thursday, reread Act 1 Scene 2 of King Lear. Edmund\'s soliloquy ends "Now, gods, stand up for '
    'bastards!" - think about why he says it.',
    'In the poem, line 14 reads "the bloody field" - what does it suggest?',
])
def test_a_quotation_from_a_set_text_is_quoted(body: str) -> None:
    assert {h.kind for h in judge(message(f"Year 12,\n\n{body}\n"), (PUPIL,))} == {"quoted"}


@pytest.mark.parametrize(("body", "kind"), [
    ("Reread King Lear. Stand up for bastards, you lot!", "strong"),  # not in quotation marks
    ('We read Macbeth today. "You are all bastards" if you do not hand it in.', "strong"),  # no cue near
    ('In the novel the narrator says "you fag".', "slur"),  # never for slurs
])
def test_literary_quoting_stays_narrow(body: str, kind: str) -> None:
    assert kind in {h.kind for h in judge(message(f"Year 12,\n\n{body}\n"), (PUPIL,))}


# --------------------------------------------------------------------------------------------
# Technical and animal senses (allow_near), lead-ins, mentions, spreadsheets


@pytest.mark.parametrize("text", [
    "The vet runs the kennels too, and one of their bitches is due to whelp that week.",
    "Guide Dogs are bringing two bitches and a litter of puppies to assembly.",
    "Please order 12 x 250mm flat bastard cut files and 6 smooth cut files for the workshop.",
    "Next week Year 7 cook faggots with mushy peas, cock-a-leekie soup and spotted dick.",
    "The stars were tiny pricks of light over the campsite.",
])
def test_innocent_senses_pass(text: str) -> None:
    assert not acted(judge(message(f"Hi,\n\n{text}\n"))), text


@pytest.mark.parametrize(("text", "kind"), [
    ("You stupid bitch, the dog show is cancelled.", "strong"),
    ("What a bitch she was about the puppies.", "strong"),
    ("Trust HR are being complete pricks about approving the advert.", "strong"),
    ("He's a right knob about the rota.", "strong"),
    ("That lazy bastard never ordered the files.", "strong"),
])
def test_the_insult_still_counts_next_to_those_words(text: str, kind: str) -> None:
    assert [h.kind for h in acted(judge(message(f"Hi,\n\n{text}\n")))] == [kind], text


def test_naming_a_word_quoted_from_a_set_text_is_not_using_it() -> None:
    body = ('For the King Lear lesson, the lines we will look at:\n- "Now, gods, stand up for bastards!" '
            '(Edmund, Act 1 Scene 2)\n\nIf you\'d rather leave "bastards" out with a particular group, the '
            'edition has a glossary.\n')
    hits = judge(message(body))
    assert not acted(hits)
    assert {h.kind for h in hits} == {"quoted"}


def test_a_word_only_mentioned_in_quotes_still_counts_without_a_source() -> None:
    # to a parent, a word named in quotation marks without a source is the sender's; to staff it is
    # named, not used (see test_words_named_in_quotation_marks_to_staff)
    assert acted(judge(message('Please leave "bastards" out of the display.\n'), (PARENT,)))


def test_quotation_marks_in_a_spreadsheet_are_not_reported_speech() -> None:
    """CSV wraps fields in quotes ("thick as pigshit, no chance"): in mail to a colleague that is
    still the sender's own comment, not someone else's words reported."""
    csv_text = 'pupil,test1,comment\nA.B.,34,"fine, chatty"\nC.D.,12,"thick as pigshit, no chance of a 4"\n'
    body = (
        "--b\nContent-Type: text/plain\n\nHere's my markbook.\n"
        "--b\nContent-Type: text/csv\nContent-Disposition: attachment; filename=markbook.csv\n\n"
        f"{csv_text}--b--\n")
    raw = message(body, ctype='multipart/mixed; boundary="b"')
    hits = acted(judge(raw))
    assert [h.kind for h in hits] == ["strong"]
    assert [e.where for h in hits for e in h.evidence] == ["attachment:markbook.csv"]


@pytest.mark.parametrize("text", [
    "Birdwatch totals: 11 woodpigeons, 2 magpies, a cock blackbird and two hens on the compost heap.",
    "At the Royal Armouries they showed us a flintlock musket: the cock holds the flint.",
    "Finger pricks for the blood glucose test will be done by the school nurse.",
    "We walked the Offa's Dyke path on day two; the dyke is an earthwork from Mercia.",
    "Geology homework: explain how dykes and sills form when magma cools.",
])
def test_birds_guns_needles_and_embankments_pass(text: str) -> None:
    assert not acted(judge(message(f"Hi,\n\n{text}\n"))), text


@pytest.mark.parametrize(("text", "kind"), [
    ("The usual pricks at the back will try it on, split them up.", "strong"),
    ("Have you met the new PE teacher? Definitely a dyke, you can always tell.", "slur"),
    ("He told me to suck my cock in the corridor, then walked off with the chickens.", "strong"),
])
def test_the_insults_still_count(text: str, kind: str) -> None:
    assert kind in {h.kind for h in acted(judge(message(f"Hi,\n\n{text}\n"), (PARENT,)))}, text


def test_a_word_talked_about_as_a_word_is_not_used() -> None:
    body = ('Background on Scope for the assembly: founded as the National Spastics Society. "Spastic" was then '
            'the ordinary medical word for people with cerebral palsy; it later became a playground insult.\n')
    hits = judge(message(body), (PARENT,))
    assert not acted(hits) and {h.kind for h in hits} == {"quoted"}
    assert [h.kind for h in acted(judge(message("Tell him he is a spastic.\n"), (PARENT,)))] == ["slur"]


def test_a_vocabulary_list_in_a_language_lesson() -> None:
    body = ("Hier sind die falschen Freunde (false friends) for Friday's vocab test:\n\n"
            "das Gift – poison\nder Rock – skirt\ndick – fat / thick (Das Buch ist sehr dick.)\n"
            "bekommen – to get, to receive\n")
    assert not acted(judge(message(body), (PUPIL,)))


def test_a_list_of_insults_about_pupils_is_not_a_glossary() -> None:
    body = "Cover notes for 10X:\n\nJordan – prick, sit him at the front\nTyler – twat\nMason – fine\n"
    assert acted(judge(message(body)))


def test_a_set_poem_quoted_in_revision_notes() -> None:
    body = ('Revision notes on Havisham as promised.\n\nOpening: "Beloved sweetheart bastard." Three words, one '
            "sentence. The oxymoron sums up the whole poem.\n")
    assert not acted(judge(message(body), (PUPIL,)))


@pytest.mark.parametrize("text", [
    "Please replace the drain cock and ball valves for the boiler room; the flush cock on the urinals leaks.",
    "The Foxe woodcut shows faggots piled round the stake: a faggot is a bundle of sticks for burning heretics.",
    "Each pupil should bring a packed lunch, and he/she will need a waterproof.",
    "Cover: Mrs N. Dikshit, 7R Maths, covered by Mr Woodcock.",
    "Surname,First name,Form\nDikshit,Ravi,8M\nCockburn,Seamus,8R\nShittu,Ade,8K\n",
])
def test_round_six_innocent_words_pass(text: str) -> None:
    assert not acted(judge(message(f"Hi,\n\n{text}\n"))), text


@pytest.mark.parametrize("text", [
    "You he/she freak, nobody wants you here.",
    "He's a total dikshit.",
])
def test_the_same_words_as_insults(text: str) -> None:
    assert acted(judge(message(f"{text}\n"), (PARENT,))), text


# --------------------------------------------------------------------------------------------
# Round 7 classes: spreadsheets read as cells, pronunciation guides, glossaries naming the
# language, set texts named on their own, the genie's "poof!", geology's dykes


def _with_attachment(body: str, name: str, content: str, ctype: str = "text/csv") -> bytes:
    return message(
        f"--b\nContent-Type: text/plain\n\n{body}\n"
        f"--b\nContent-Type: {ctype}\nContent-Disposition: attachment; filename={name}\n\n{content}--b--\n",
        ctype='multipart/mixed; boundary="b"')


def test_reported_words_inside_a_spreadsheet_cell() -> None:
    log = ('Date,Year,Type,What happened\n27/01/2025,8,Homophobic,"Called another pupil ""batty boy"" '
           'repeatedly"\n')
    hits = judge(_with_attachment("Pastoral log attached.", "incidents.csv", log))
    assert not acted(hits) and {h.kind for h in hits} == {"quoted"}
    assert next(e.snippet for h in hits for e in h.evidence).count('""') == 0  # the reviewer sees the cell


def test_a_pronunciation_guide_for_new_arrivals() -> None:
    guide = 'Name,Pronunciation\nAnanya Dikshit,"a-NUN-ya DEEK-shit"\nSneha Wankhede,"SNAY-ha WAAN-kheh-day"\n'
    raw = _with_attachment("I've included a pronunciation guide for the new arrivals.", "arrivals.csv", guide)
    assert not acted(judge(raw))
    # the same shape without a word about pronouncing names is not a guide
    raw = _with_attachment("New arrivals attached.", "arrivals.csv", 'Name,Notes\nA.B.,"total BULL-shit"\n')
    assert acted(judge(raw))


def test_a_glossary_names_the_language_of_a_slur_lookalike() -> None:
    body = ("False friends for the languages club:\n\n- slut (Swedish) = end, finish\n- fart (Danish) = speed\n"
            "- Gift (German) = poison\n- embarazada (Spanish) = pregnant\n")
    assert not acted(judge(message(body)))
    body = "Vocab for Friday:\n\n- Gift = poison\n- slut = what she is\n- Rock = skirt\n"
    assert acted(judge(message(body)))


@pytest.mark.parametrize("text", [
    '- "The devil damn thee black, thou cream-faced loon!" (Macbeth to a servant, Macbeth 5.3)',
    'You spot that when Jud calls Billy a "bastard" and threatens him, Hines writes the dialect as it sounds.',
    "The Genie vanishes – poof! – in a cloud of glitter.",
    "At Cauldron Snout look at the smaller dykes that cut across the Carboniferous limestone.",
    "The punk unit covers the 1977 case over Never Mind the Bollocks.",
])
def test_round_seven_innocent_uses_pass(text: str) -> None:
    assert not acted(judge(message(f"Year 9,\n\n{text}\n"), (PUPIL,))), text


@pytest.mark.parametrize("text", ["You poof!", "He's such a poof, honestly.", "She's a total dyke."])
def test_round_seven_insults_still_count(text: str) -> None:
    assert acted(judge(message(f"{text}\n"), (PARENT,))), text


@pytest.mark.parametrize("text", [
    "Forest school: we'll be tying the hazel brash into faggots to build a dead hedge.",
    "Weapon handling test: safety catch on, remove the magazine, cock the weapon with the cocking handle.",
    "Birdwatch: three blue tits and a pair of great tits on the feeder.",
    "Airport collections: N Chan, Fuk Yee, Hong Kong, CX219 08:40.",
])
def test_round_eight_innocent_uses_pass(text: str) -> None:
    assert not acted(judge(message(f"Hi,\n\n{text}\n"), (PARENT,))), text


@pytest.mark.parametrize("text", [
    "Did you see the new Spanish assistant's t1ts at the pub on Friday?",
    "Tell the supplier we'll jew them down on the renewal price.",
])
def test_round_eight_remarks_count(text: str) -> None:
    assert acted(judge(message(f"{text}\n"))), text


def test_a_threat_quoted_as_heard_in_a_dsl_record() -> None:
    body = 'At break she shouted at another girl, quoted exactly as I heard it: "I\'ll fucking kill you."\n'
    hits = judge(message(body))
    assert not acted(hits) and {h.kind for h in hits} == {"quoted"}


def test_round_nine_classes() -> None:
    assert acted(judge(message("what the f\U0001F986ck is going on with SIMS today?\n")))  # an emoji for a letter
    assert acted(judge(message("Mae'r adroddiadau yn ffycin hwyr eto.\n")))  # Welsh swearing
    names = "Surname,First name,Form\nWańkowicz,Jakub,8Y1\nDikshit,Ananya,10R\n"
    assert not acted(judge(_with_attachment("New starters attached.", "starters.csv", names)))


def test_an_initial_is_not_the_article_a() -> None:
    assert not acted(judge(message("New placements: Dr A. Dikshit, GP at Riverside Surgery.\n"), (PUPIL,)))
    assert acted(judge(message("He's a Dikshit.\n"), (PUPIL,)))


def test_a_colleague_with_a_poets_surname_is_no_literary_cue() -> None:
    body = 'I spoke to Mr Owen about it. "You lot are all bastards" is what he wrote on the board.\n'
    assert acted(judge(message(body), (PARENT,)))
    body = 'In Wilfred Owen\'s poem the soldiers are "bloody" and exhausted.\n'
    assert not acted(judge(message(body), (PUPIL,)))


# --------------------------------------------------------------------------------------------
# Round 11 classes: a referral to an outside organisation, graffiti introduced by a colon, a set
# text quoted again further on, age and gender insults with "old bag"

REFERRAL = ('Further to my call to the duty social worker: at 9.15 A told me that while hitting her '
            'he shouted, "You\'re a useless little bitch." She said this is "what he always says".\n')


def test_reported_words_in_a_referral_to_an_outside_organisation_pass() -> None:
    to_agency = judge(message(REFERRAL), ("duty.team@childrens-services.example.org", "dsl@example-school.org.uk"))
    assert [(h.kind, h.action) for h in to_agency] == [("quoted", "pass")]
    for recipients in ((PARENT,), (PUPIL,), ("someone@gmail.com",),
                       ("duty.team@childrens-services.example.org", PARENT)):
        assert {h.kind for h in acted(judge(message(REFERRAL), recipients))} == {"strong"}, recipients


def test_reported_speech_to_organisations_can_be_switched_off() -> None:
    strict = settings().model_copy(update={"reported_speech_to_organisations": False})
    address = "duty.team@childrens-services.example.org"
    envelope = Envelope(TEACHER, (Recipient(address, groups(address)),), groups(TEACHER))
    findings = ol.check(parse(message(REFERRAL), envelope, SCHOOL), strict)
    assert {f.kind for f in findings} == {"strong"}
    staff = Envelope(TEACHER, (Recipient(COLLEAGUE, groups(COLLEAGUE)),), groups(TEACHER))
    assert {f.kind for f in ol.check(parse(message(REFERRAL), staff, SCHOOL), strict)} == {"quoted"}


def test_a_school_can_name_its_own_public_services() -> None:
    """A local authority on a .co.uk domain is not a public service by default; the rule file can
    name it, and only its mailboxes then count."""
    address = "mash@leeds-la.co.uk"
    envelope = Envelope(TEACHER, (Recipient(address, groups(address)),), groups(TEACHER))
    assert {f.kind for f in ol.check(parse(message(REFERRAL), envelope, SCHOOL), settings())} == {"strong"}
    local = settings().model_copy(update={"public_service_domains": ["leeds-la.co.uk"]})
    assert {f.kind for f in ol.check(parse(message(REFERRAL), envelope, SCHOOL), local)} == {"quoted"}
    other = "someone@other-la.co.uk"
    elsewhere = Envelope(TEACHER, (Recipient(other, groups(other)),), groups(TEACHER))
    assert {f.kind for f in ol.check(parse(message(REFERRAL), elsewhere, SCHOOL), local)} == {"strong"}


@pytest.mark.parametrize(("value", "wrong"), [
    ("co.uk", "would count personal mailboxes"),
    ("gmail.com", "would count personal mailboxes"),
    ("uk.com", "would count personal mailboxes"),
    ("gb.net", "would count personal mailboxes"),
    ("com.au", "would count personal mailboxes"),
    ("wales", "would count personal mailboxes"),
    ("gov uk", "is not a mail domain"),
    ("-la.gov.uk", "is not a mail domain"),
])
def test_public_service_domains_refuse_what_is_not_one(value: str, wrong: str) -> None:
    with pytest.raises(ValidationError) as err:
        ol.Settings.model_validate({"lists": [{"words": ["twat"], "severity": "strong"}],
                                    "public_service_domains": ["gov.uk", value]},
                                   context={"base_dir": str(RULES)})
    assert wrong in str(err.value)
    assert "public_service_domains.1" in str(err.value)


GRAFFITI = ('There is new graffiti on the science block wall. Red spray paint: "MR BRENNAN IS A WANKER" '
            'and under it "9X ARE SLAGS". Could it be cleaned before Monday?\n')


def test_graffiti_quoted_after_a_colon_in_a_report_to_staff() -> None:
    assert [(h.kind, h.action) for h in judge(message(GRAFFITI))] == [("quoted", "pass")]
    assert {h.kind for h in acted(judge(message(GRAFFITI), (PARENT,)))} == {"slur", "strong"}
    own = 'The head said we all have to attend. My view: "this meeting is fucking pointless".\n'
    assert [h.kind for h in judge(message(own))] == ["strong"]


def test_a_set_text_quoted_again_further_on() -> None:
    lesson = ('For Thursday re-read Act 1 Scene 2 and annotate Edmund\'s opening soliloquy: how he takes '
              'the labels thrown at him and turns them into a manifesto:\n\n"Why bastard? Wherefore base?"\n\n'
              'We will look at the ending too, so write a paragraph on it tonight, with at least two quotations '
              'and your own view.\n\nAnd, of course, the ending: "Now, gods, stand up for bastards!"\n')
    assert [(h.kind, h.action) for h in judge(message(lesson), (PUPIL,))] == [("quoted", "pass")]
    own = lesson + "\nIf you forget your annotations again, you are all lazy bastards.\n"
    assert {h.kind for h in acted(judge(message(own), (PUPIL,)))} == {"strong"}


@pytest.mark.parametrize(("text", "kinds"), [
    ("Sixty-three and still can't use a spreadsheet. Menopausal old bag.", {"slur"}),
    ("Tell the silly old bag to check her own register.", {"slur"}),
    ("Bring an old bag for the wet PE kit, and an old bag of compost for the garden club.", set()),
    ("The old cow shed on the farm visit is out of bounds.", set()),
])
def test_age_and_gender_insults_with_old_bag(text: str, kinds: set[str]) -> None:
    assert {h.kind for h in acted(judge(message(text + "\n")))} == kinds, text


def test_a_quotations_sheet_with_citations() -> None:
    sheet = ("KEY QUOTATIONS\n\nJACK\n\"We're not savages.\" (Jack, ch.2) - irony\n\n"
             "\"Bollocks to the rules!\" (Jack, ch.5) - order rejected\n\n\"Sucks to your ass-mar!\" (p. 12)\n")
    assert [(h.kind, h.action) for h in judge(message(sheet), (PUPIL,))] == [("quoted", "pass")]
    own = "Learn them by Monday, or it's bollocks to your grade (ch.5 of my patience).\n"
    assert {h.kind for h in acted(judge(message(sheet + own), (PUPIL,)))} == {"strong"}


# --------------------------------------------------------------------------------------------
# Round 12 classes: a letter about a set text quoting its characters, allergens on a menu

KES = ("This half term Year 10 are reading A Kestrel for a Knave by Barry Hines.\n\n"
       "It is a brilliant book for our young people.\n\n"
       "There is strong language in places: Billy's brother Jud calls him a \"little bastard\" more than once, "
       "and \"bloody\" is on most pages.\n")


def test_a_letter_about_a_set_text_quoting_its_characters() -> None:
    assert [(h.kind, h.action) for h in judge(message(KES), (PARENT,))] == [("quoted", "pass")]
    own = KES + '\nTo be honest I told the class "this bloody book is shite" on Monday.\n'
    assert {h.kind for h in acted(judge(message(own), (PARENT,)))} == {"strong", "mild"}
    no_book = KES.replace("A Kestrel for a Knave by Barry Hines", "a novel")
    assert {h.kind for h in acted(judge(message(no_book), (PARENT,)))} == {"strong", "mild"}


def test_allergen_notes_on_a_menu() -> None:
    menu = "Next week's menu is below.\n\n" + "Monday\nPie\n\n" * 12 + "The faggots contain gluten and sulphites.\n"
    assert acted(judge(message(menu))) == []
    assert {h.kind for h in acted(judge(message("The faggots in 9X need sorting out.\n")))} == {"slur"}


def test_a_false_friends_list_written_with_means() -> None:
    club = ("In German Club we learned some false friends:\n\n- \"Gift\" means poison.\n"
            "- \"dick\" means thick or fat. \"Ein dickes Buch\" is a thick book.\n- \"Rock\" means skirt.\n"
            "- \"Kunst\" means art.\n")
    assert acted(judge(message(club), (PARENT,))) == []
    without_cue = club.replace("In German Club we learned some false friends", "Notes from today")
    assert {h.kind for h in acted(judge(message(without_cue), (PARENT,)))} == {"strong"}


# --------------------------------------------------------------------------------------------
# Review of rounds 11-13: the new exemptions stay narrow

@pytest.mark.parametrize(("body", "subject", "recipients"), [
    ('Tell your mates "fuck off and leave me alone".\n', "Macbeth homework", (PUPIL,)),
    ('You can tell your son from me he is "a lazy little shit".\n\nMrs K. Armitage\n', "Homework", (PARENT,)),
    ('We are reading Of Mice and Men. As I always say, "you are little shits".\n', "Revision", (PUPIL,)),
    ('We are reading Of Mice and Men. Mr Price said "you are little shits".\n', "Revision", (PUPIL,)),
    ("French exchange update:\n\n- An early flight means packed lunches.\n- Wet weather means coats.\n"
     "- Shit weather means wellies.\n", "Exchange", (PARENT,)),
])
def test_own_swearing_to_parents_and_pupils_is_not_exempted(body: str, subject: str,
                                                             recipients: tuple[str, ...]) -> None:
    assert {h.kind for h in acted(judge(message(body, subject=subject), recipients))} == {"strong"}, body


@pytest.mark.parametrize("body", [
    'Got your note. Meeting moved to 10:30 and honestly "fuck this".\n',
    'Thanks for your message. My view: "this is a fucking shambles".\n',
])
def test_a_colon_alone_does_not_make_a_report(body: str) -> None:
    assert [h.kind for h in judge(message(body))] == ["strong"], body


def test_reported_words_to_a_family_domain_are_the_senders() -> None:
    assert {h.kind for h in acted(judge(message(REFERRAL), ("dad@smithfamily.co.uk",)))} == {"strong"}
    assert [h.kind for h in judge(message(REFERRAL), ("pc.hall@westyorkshire.police.uk",))] == ["quoted"]



def test_a_word_list_whose_language_is_named_in_the_subject() -> None:
    words = ("Here are a few words you'll see all over the place:\n\n- Ausfahrt = motorway exit\n"
             "- Gift = poison\n- dick = fat or thick\n- Handy = mobile phone\n")
    assert acted(judge(message(words, subject="Exchange - words you'll see in Germany"), (PUPIL,))) == []
    assert {h.kind for h in acted(judge(message(words, subject="Words"), (PUPIL,)))} == {"strong"}


def test_a_second_quotation_continues_a_report_only_through_a_connector() -> None:
    chain = ('There is new graffiti on the science block. Red paint: "SMITH IS A WANKER", "9X ARE SLAGS" '
             'and under it "FUCK OFF".\n')
    assert [(h.kind, h.action) for h in judge(message(chain))] == [("quoted", "pass")]
    own = 'There is new graffiti on the science block. Red paint: "SMITH IS A WANKER" honestly "fuck this".\n'
    assert {h.kind for h in acted(judge(message(own)))} == {"strong"}


# --------------------------------------------------------------------------------------------
# Round 15 classes: a chat log copied into a report, a quotation introduced by the paragraph
# before it, dog breeding

CHAT = ("Below is my transcript of the group chat J.W. showed me.\n\n"
        "Mon 24 Feb, 21:14 - user \"kk_xo\": everyone ignore her shes a slag\n"
        "21:15 - user \"ellzz\": lol\n21:20 - m.a.y.a: stop being a retard she can hear u\n")


def test_a_chat_log_in_a_report_to_staff() -> None:
    assert [(h.kind, h.action) for h in judge(message(CHAT), ("dsl@example-school.org.uk",))] == [("quoted", "pass")]
    assert {h.kind for h in acted(judge(message(CHAT), (PARENT,)))} == {"slur"}
    one_line = "Honestly at 21:14 - me: what a slag she is\n"
    assert {h.kind for h in acted(judge(message(one_line)))} == {"slur"}


def test_a_quotation_whose_paragraph_is_introduced_by_the_one_before() -> None:
    body = ('She showed me the messages. In her words:\n\n"He says he will tell everyone I am a fucking liar."\n\n'
            "I have logged it.\n")
    assert [(h.kind, h.action) for h in judge(message(body), ("dsl@example-school.org.uk",))] == [("quoted", "pass")]
    own = 'I am fed up with this week.\n\n"What a fucking week."\n'
    assert {h.kind for h in acted(judge(message(own)))} == {"strong"}


@pytest.mark.parametrize(("text", "kinds"), [
    ("They breed Labradors and have a bitch due to whelp that week.", set()),
    ("The brood bitch is in season again.", set()),
    ("Honestly she is a bitch about the rota.", {"strong"}),
])
def test_dog_breeding_words(text: str, kinds: set[str]) -> None:
    assert {h.kind for h in acted(judge(message(text + "\n"), (PUPIL,)))} == kinds, text


# --------------------------------------------------------------------------------------------
# Round 16 classes: Latin in a classics lesson, the dice game


@pytest.mark.parametrize(("text", "kinds"), [
    ('Ennius later wrote "unus homo nobis cunctando restituit rem". Learn the vocab for Friday.', set()),
    ("Friday's rehearsal: the Crap game scene and Havana.", set()),
    ("Latin club is cancelled because the new guy is a homo, apparently.", {"slur"}),
    ("Honestly this rehearsal schedule is crap.", {"mild"}),
])
def test_latin_and_the_dice_game(text: str, kinds: set[str]) -> None:
    assert {h.kind for h in acted(judge(message(text + "\n"), (PUPIL,)))} == kinds, text


# --------------------------------------------------------------------------------------------
# Round 18 class: a disclosure recorded word for word, with the adult's own reply quoted after it

DISCLOSURE = ('J was very quiet. I asked if he was OK and he said, in these\nwords: "Dad was shouting last '
              'night that I\'m a fucking useless little shit\nand he threw the remote. Mum was crying." I said\n'
              '"thank you for telling me" and asked "what happened next?"\n')


def test_a_disclosure_with_my_reply_quoted_after_it() -> None:
    assert [(h.kind, h.action) for h in judge(message(DISCLOSURE))] == [("quoted", "pass")]


@pytest.mark.parametrize("body", [
    'Year 9 was awful. "Get out of my fucking classroom." I said "now."\n',
    'He kept on at me, so in the end: "Fuck off," I said "and stay off my case."\n',
    'He said he was sorry. "Piss off, you twat," I said, and walked off.\n',
])
def test_my_own_words_split_by_i_said_still_count(body: str) -> None:
    assert "strong" in {h.kind for h in acted(judge(message(body)))}, body


# --------------------------------------------------------------------------------------------
# Round 19 classes: a capital initial without its full stop, Swedish words that start with slut-


@pytest.mark.parametrize("body", [
    "Offers so far attached.\n",
])
def test_a_capital_initial_in_a_list_is_no_article(body: str) -> None:
    table = "Name,Form,Course,Offer\nA Wankhede,13TM,Medicine,Interview 9 Dec\nJ Okafor,13TM,Law,AAB\n"
    assert not acted(judge(_with_attachment(body, "offers.csv", table)))
    assert not acted(judge(message("Interview list:\nA Wankhede, 13TM (Medicine)\nA Dikshit, 13RB (Law)\n")))
    assert not acted(judge(message("Kind regards,\nA Dikshit\nHead of Year 9\n"), (PARENT,)))


@pytest.mark.parametrize("body", [
    "Honestly, he's A Dikshit.\n",
    "What a Dikshit.\n",
    "You're a Wankhede.\n",
    "Your son? A Nutter. He needs to calm down.\n",
    "Your son is, frankly, A Nutter.\n",
    "Your daughter? A Bell End.\n",
    "Dear Mrs Jones,\n\nA Nutter. That is what your son is.\n",
    "He is\nA Nutter and I will not have it.\n",
    "Your son is\u00a0A Nutter.\n",
    "Your son is (A Nutter).\n",
])
def test_an_article_before_a_name_word_still_counts(body: str) -> None:
    assert acted(judge(message(body), (PARENT,))), body


def test_swedish_words_that_start_with_slut_pass() -> None:
    body = ("Programme for the partner-school tournament:\nLördag kl. 09.30 Gruppspel\nKl. 15.00 Slutspel "
            "(the knock-out rounds)\nKl. 17.00 Slutsignal\nSlutsatsen: a great day. Slutbetyg come out in June.\n")
    assert not acted(judge(message(body), (PARENT,)))


@pytest.mark.parametrize("word", ["slut", "sluts", "slutty", "sluttish", "slutbag", "slutshaming", "slut-shaming",
                                  "slutbucket", "sluttery", "slutfest", "slutwalks", "sluttiness"])
def test_the_english_slut_words_still_count(word: str) -> None:
    assert {h.kind for h in acted(judge(message(f"Honestly, such {word} behaviour from her.\n")))} == {"slur"}, word


# --------------------------------------------------------------------------------------------
# Rounds 20 and 21 classes: words given as examples, a word weighed as a word, a child's words
# written down, a report running over a wrapped line, a dish named again, French "en retard"


@pytest.mark.parametrize("body", [
    'Level 1 - a slip, not aimed at anyone (e.g. "oh my God", "crap", "bloody hell" when a child drops '
    'their lunch): quiet reminder.\n',
    'Discriminatory words such as "gay" or "retard" used as insults are always logged.\n',
    'Question for us: does "bloody" count? My view is it is a C1 at most.\n',
])
def test_words_given_as_examples_are_mentioned_not_used(body: str) -> None:
    assert not acted(judge(message(body))), body


@pytest.mark.parametrize("body", [
    'The meeting was, e.g., total "bollocks" from start to end, honestly.\n',
    'Your son said "crap" and "bloody hell" in my lesson. What a "twat".\n',
])
def test_own_words_near_an_example_cue_still_count(body: str) -> None:
    assert acted(judge(message(body), (PARENT,))), body


def test_a_childs_words_written_down() -> None:
    body = ('I asked what he shouts and she said (her words, I wrote them down straight after): "He says '
            'I\'m a useless little bitch just like Mum."\n')
    assert [(h.kind, h.action) for h in judge(message(body))] == [("quoted", "pass")]
    own = 'I wrote "this is bollocks" on the form and sent it back.\n'
    assert {h.kind for h in acted(judge(message(own)))} == {"strong"}


def test_a_report_running_over_a_wrapped_line() -> None:
    body = ('What you might hear: at the moment it\'s mostly "fuck" and "shit", sometimes\nshouted, usually '
            'in clusters when he\'s anxious.\n')
    assert {(h.kind, h.action) for h in judge(message(body))} == {("quoted", "pass")}


def test_a_dish_named_again_further_on() -> None:
    body = ("Tuesday - Faggots, mash, mushy peas and onion gravy.\n\nWe're expecting the faggots to be a hard "
            "sell with Year 7, so staff, set an example!\n")
    assert not acted(judge(message(body), (PARENT,)))
    insult = "Tuesday - Faggots, mash and peas.\n\nAnd the boys in 9X? Bunch of faggots, the lot of them.\n"
    assert {h.kind for h in acted(judge(message(insult)))} == {"slur"}


def test_french_en_retard_is_late() -> None:
    body = "French:\n- en retard = late (they love this one, obviously, but it's useful).\n"
    assert not acted(judge(message(body), (PUPIL,)))
    assert acted(judge(message("Sorry I'm en retard, he's such a retard.\n"), (PUPIL,)))


# --------------------------------------------------------------------------------------------
# Rounds 22 and 23 classes: clinical adjectives, a language named as the heading of its list,
# Dutch "je kunt", food-fair dishes


@pytest.mark.parametrize("body", [
    "As you know, she has spastic diplegic cerebral palsy and is recovering well after surgery.\n",
    "False friends\n\nDutch\n- \"je kunt\" = you can\n- slim = clever\n- brutaal = cheeky\n\nSwedish\n"
    "- slut = end (\"slutstation\" = last stop)\n- kiss = pee\n- rolig = funny\n",
    "Food fair stalls: Ghana - waakye, kelewele, kenkey with shito; Jamaica - curry goat, cock soup, bammy.\n",
])
def test_clinical_terms_language_lists_and_dishes(body: str) -> None:
    assert not acted(judge(message(body), (PARENT,))), body


def test_a_slur_under_a_heading_that_is_not_a_language_still_counts() -> None:
    body = ("False friends\n\nStaff room\n- slut = what he called her\n- slim = clever\n- brutaal = cheeky\n"
            "- rolig = funny\n")
    assert acted(judge(message(body), (PARENT,)))


@pytest.mark.timeout(20)  # a hang guard, not a benchmark: the uncapped walk took 87 s here
def test_a_flood_of_quoted_words_is_no_list_of_examples() -> None:
    body = "Examples: e.g. " + ", ".join(['"fuck"'] * 8000) + ".\n"
    assert judge(message(body))


# --------------------------------------------------------------------------------------------
# Rounds 26-29 classes: words named in quotation marks in staff-only mail (tics, behaviour
# policy, a list of what pupils say); glosses in brackets; a law case read in a law lesson; a
# spelt-out word after "a"; a dog that is a bitch


@pytest.mark.parametrize("body", [
    'He also has vocal tics including "wanker", "twat" and "beep beep". He cannot control them.',
    'He also has involuntary swearing (coprolalia). When this happens it is usually "shit" or "fuck", '
    'sometimes "merda". Please do not sanction it.',
    'The recurring ones were "sket" and "slag" (almost always aimed at girls).',
    "1. Swearing in frustration, not aimed at anyone: a quiet word. We don't want to make a scene of every "
    "\"shit\".",
    'Students swearing in frustration ("fuck\'s sake" when the printer jams, that sort of thing) get a word.',
    'In Year 9 especially, "bellend" has become everyday banter between pupils.',
    'Anyone reading Under Milk Wood will notice that Llareggub is "bugger all" spelt backwards.',
    'The worst ones, copied exactly as he showed me:\n\n"nobody wants a faggot in the changing rooms"\n'
    '"kill yourself you batty boy"\n\nHe has screenshots.',
    '- Russian: "blyat" (like the f-word), "suka" (bitch)\n- Romanian: "dracu\'" (the devil - mild, like "damn")',
])
def test_words_named_in_quotation_marks_to_staff(body: str) -> None:
    hits = judge(message(f"Dear all,\n\n{body}\n\nPriya\n"), STAFF)
    assert hits and not acted(hits), body


@pytest.mark.parametrize("body", [
    'Honestly, Year 9 are all "retards" this week.',  # scare quotes: what they are, in the sender's words
    'What a "bellend" that supply teacher was.',
    'I called him a "twat" and walked off.',
    'Summary of the meeting: "fucking awful".',  # two words of the sender's, not a list
    'What a b e l l e n d.',
    'Tell Jim: "cunt" means "you", mate.',  # a bidding: the sender's words, said through someone
    'Hi all, just text him "fuck off" from me.',
])
def test_the_senders_own_words_to_staff_still_count(body: str) -> None:
    assert acted(judge(message(f"Hi,\n\n{body}\n"), STAFF)), body


@pytest.mark.parametrize("body", [
    'Please tell me if any pupil says "wanker" again.',
    'Could you tell me if you hear "twat" used in class?',
])
def test_a_request_to_report_words_is_no_bidding(body: str) -> None:
    hits = judge(message(f"Dear all,\n\n{body}\n\nPriya\n"), STAFF)
    assert hits and not acted(hits), body


def test_a_word_named_to_a_parent_is_still_the_senders() -> None:
    assert acted(judge(message('His vocal tics include "wanker" and "twat".\n'), (PARENT,)))


def test_a_set_text_passage_set_off_as_an_indented_block() -> None:
    lear = ("Please annotate Edmund's opening soliloquy. Here's the part we didn't get to:\n\n"
            "    Why bastard? Wherefore base?\n    When my dimensions are as well compact,\n    ...\n"
            "    Now, gods, stand up for bastards!\n\nThink about the repetition.\n")
    assert not acted(judge(message(lear), (PUPIL,)))
    assert acted(judge(message("Here's what I think of you lot:\n\n    you are all bastards\n"), (PUPIL,)))
    assert acted(judge(message("Edmund's soliloquy is lovely, you bastards. Read it:\n\n    Why base?\n"),
                       (PUPIL,)))


@pytest.mark.parametrize("text", [
    "The schvartze from the fruit firm didn't turn up again.",  # round 45: Yiddish slurs
    "Some shiksa from the agency answered the phone.",
    "Them lot are chi chi men.",
])
def test_yiddish_and_patois_slurs(text: str) -> None:
    assert acted(judge(message(f"Hi,\n\n{text}\n"), STAFF)), text


@pytest.mark.parametrize(("body", "to"), [
    # a second review (rounds 41-48 changes): the sender's own words that new exemptions let through
    ("We're reading Of Mice and Men this term. Honestly, my view of Liam's behaviour today:\n\n"
     "\"He is a fucking nightmare.\"", PARENT),
    ("Re the Macbeth essay, here's what I wrote on it:\n\n    What a load of bollocks.", PARENT),
    ("Liam's homework on the poem came in late again. My comment on it:\n\n    Frankly this is shit.", PARENT),
    ("Notes from the meeting about the Turkish family:\nMum - lovely\nDad - a total wanker\nKids - fine", COLLEAGUE),
    ("Subjects this term:\nGreek - good\nArabic - fine\nArabic teacher - a fucking paki", COLLEAGUE),
    ("Our new deputy, aptly named D-I-C-K, wants the data by Friday.", COLLEAGUE),
])
def test_second_review_loopholes_still_count(body: str, to: str) -> None:
    assert acted(judge(message(f"Hi,\n\n{body}\n"), (to,))), body


def test_the_food_named_again_in_the_singular() -> None:
    menu = "Monday - Herefordshire faggots, mash, peas and onion gravy.\n\n"
    assert judge(message(f"Morning Sue,\n\n{menu}Can you tell Rachel I need the Acorns numbers for the faggot\n"
                         "day by Friday?\n"), STAFF) == []
    assert acted(judge(message(f"Morning Sue,\n\n{menu}He is a faggot.\n"), STAFF))
    assert acted(judge(message(f"Morning Sue,\n\n{menu}Honestly, the new lads in 9X are faggots.\n"), STAFF))
    # said of someone in its own sentence, however near the menu's words
    assert acted(judge(message("Hi,\n\nFaggots and mash on Monday. The new lads in 9X are faggots.\n"), STAFF))
    assert judge(message("Hi,\n\nWednesday is faggots and mash.\n"), STAFF) == []


def test_a_word_fingerspelt_in_a_report_to_staff() -> None:
    body = "Two Year 8 boys were fingerspelling F-A-G at a Year 10 boy across the room.\n"
    hits = judge(message(f"Helen,\n\n{body}\nMegan\n"), STAFF)
    assert hits and not acted(hits)
    assert acted(judge(message(f"Dear Mrs Parent,\n\n{body}\n"), (PARENT,)))  # reported speech, to a parent
    assert acted(judge(message("Helen,\n\nI told him F-U-C-K off.\n"), STAFF))


def test_a_word_list_for_an_exchange_names_its_language() -> None:
    body = ("Here are a few words you'll see on the way.\n\nudgang / utgang - exit\ntog - train\nferje - ferry\n"
            "slut (Danish) - end. You'll see \"slutstation\" on the train screens.\n")
    assert not acted(judge(message(body), (PUPIL,)))


def test_a_passage_set_off_in_a_message_about_a_set_text() -> None:
    body = ("Notes on Edmund's soliloquy in King Lear 1.2. Read it aloud.\n\nThen the key lines:\n\n"
            "\"Why bastard? wherefore base?\nWhen my dimensions are as well compact\"\n\nBring your copies.\n")
    assert not acted(judge(message(body), (PUPIL,)))
    assert acted(judge(message("Notes for Thursday.\n\nThen the key lines:\n\n\"you are all bastards\"\n"),
                       (PUPIL,)))  # no work or author named in the text


@pytest.mark.parametrize("text", ["Shital and her sister are on the snack stall.",  # round 49
                                  "Free school meals / Cunto bilaash ah. Cuntada dugsigu waa xalaal."])
def test_a_gujarati_name_and_somali_food(text: str) -> None:
    assert judge(message(f"Hi,\n\n{text}\n"), STAFF) == []


def test_a_surname_that_is_also_a_slur_written_as_a_name() -> None:
    assert judge(message("Hi,\n\nMrs Schwartze sends her thanks for the flowers.\n"), STAFF) == []


@pytest.mark.parametrize("word", ["Slutkontroll", "slutkontrollprotokollet", "slutrapporten", "slutligt"])
def test_swedish_words_for_final(word: str) -> None:
    assert judge(message(f"Hej Marcia,\n\n{word} godkänd, see attached.\n"), STAFF) == []


def test_a_law_case_quoted_to_law_students() -> None:
    body = ("Please read the summary of Harvey v DPP [2011] EWHC 3992 (Admin) before the lesson. Fair warning "
            "that the case is about swearing, so the judgment quotes it. Mr Harvey was searched and said, "
            '"Fuck this, man, I ain\'t been smoking nothing".\n')
    assert not acted(judge(message(body), (PUPIL,)))
    assert acted(judge(message('The England v Wales match was "fucking brilliant".\n'), (PUPIL,)))


@pytest.mark.parametrize(("body", "held"), [
    ("For those who asked about the insurance form: yes, she's a bitch, she's spayed, and she's wormed.", False),
    ("Second place at the sheepdog trial is brilliant, especially with a young bitch only started on sheep "
     "in the spring.", False),
    ("Honestly she's a bitch, she never replies to anything.", True),
])
def test_a_bitch_that_is_a_dog(body: str, held: bool) -> None:
    assert bool(acted(judge(message(f"Hi,\n\n{body}\n"), STAFF))) == held, body


# --------------------------------------------------------------------------------------------
# Rounds 30-33 classes: a chat transcribed one message to a line after its time; a word spelt out
# after its own script and glossed


def test_a_chat_transcribed_with_times_to_the_dsl() -> None:
    body = ("I've uploaded the screenshots to CPOMS. Transcribed exactly, the messages aimed at J are:\n\n"
            '[21:04] "no one actually likes you, you fat cunt"\n'
            '[21:06] "go and cry to your mummy you fucking freak"\n[21:15] "kys"\n')
    hits = judge(message(body), STAFF)
    assert hits and not acted(hits)
    own = 'Notes from the meeting:\n\n[15:04] "this is fucking pointless"\n'
    assert acted(judge(message(own), STAFF))


@pytest.mark.parametrize(("body", "held"), [
    ("- fatha - a short \"a\" above the letter, e.g. \u0643\u064e\u062a\u064e\u0628\u064e kataba (he wrote)\n"
     "- kasra (\u0650 ) - a short \"i\" below the letter, e.g. \u0628\u0650\u0646\u0652\u062a bint (girl)", False),
    ("Eid Mubarak! \u0639\u064a\u062f bastard (joking) see you Monday", True),  # one such word is no lesson
    ("Honestly, that silly bint (girl) in the office lost the forms again.", True),
])
def test_a_word_transliterated_from_its_own_script(body: str, held: bool) -> None:
    assert bool(acted(judge(message(f"Year 10,\n\n{body}\n"), (PUPIL,)))) == held, body


# A second pair of eyes on the rounds 26-33 changes found these still had to count


@pytest.mark.parametrize(("body", "recipients"), [
    ('Can you ask the "twat" in IT to fix my laptop again?', STAFF),
    ('Tell that "cunt" in finance to sort my expenses out.', STAFF),
    ('Thanks for nothing, "wanker".', STAFF),
    ('Just a few words about the new timetable: "bollocks".', STAFF),
    ('In other words, "bollocks".', STAFF),
    ('Ofsted tomorrow. "Fuck".', STAFF),
    ('I can\'t stand those "niggers" on the bus.', STAFF),
    ('Year 11 are "cunts", "twats" and "wankers".', STAFF),
    ('Your son is being a right "pain" (a little shit) in my lessons and it has to stop.', (PARENT,)),
    ('Your son\'s "friends" (those Pakis from the Irish estate) are a bad influence.', (PARENT,)),
    ('Honestly your son is a "little shit" and I don\'t need that sort of thing in my room.', (PARENT,)),
    ('I trust the judgement of my colleagues. Your son\'s behaviour was "shit" and he knows it.', (PARENT,)),
    ("She's a total bitch, get her spayed.", STAFF),
    ("Your daughter is a bitch, she should be neutered.", (PARENT,)),
    ('My feelings exactly: "fuck this job".', STAFF),
    ('I\'ve shown them the new rota. "Fucking joke" it is.', STAFF),
    ('He wrote: "you\'re a twat"\n"Piss off you little shit" I replied, and I regret it.', STAFF),
])
def test_reviewed_loopholes_still_count(body: str, recipients: tuple[str, ...]) -> None:
    assert acted(judge(message(f"Hi,\n\n{body}\n"), recipients)), body


@pytest.mark.timeout(20)  # a hang guard, not a benchmark: a per-quotation look along the line took 26 s here
def test_a_long_line_of_glossed_quotations_is_read_in_linear_time() -> None:
    body = '"a" (shit) ' * 4000 + "\n"
    assert acted(judge(message(body), STAFF))


# Rounds 34-36 classes: a report that goes on in a clause of its own; "the dialogue" of a set
# text; a foreign word glossed with its language named just before


def test_a_report_that_goes_on_after_and_as_he_walked_away() -> None:
    body = ('Both witnesses confirm that AB said, word for word:\n\n"You\'re a fucking faggot, nobody wants you '
            'here."\n\nand, as he walked away:\n\n"Go and cry to your boyfriend, you gay little shit."\n')
    hits = judge(message(body), STAFF)
    assert hits and not acted(hits)
    own = body.replace("and, as he walked away:", "and then I said:")
    assert acted(judge(message(own), STAFF))


def test_words_in_the_dialogue_of_a_set_text() -> None:
    body = "'God damn' and 'son-of-a-bitch' come up a fair bit in the dialogue. Read them as written.\n"
    assert not acted(judge(message(body), STAFF))


@pytest.mark.parametrize(("body", "held"), [
    ("Fair warning that some Swedish words cause great hilarity. 'Slut' simply means 'end' or 'final'.", False),
    ("Fair warning about the exchange. 'Slut' simply means 'end' or 'final'.", True),  # no language named
])
def test_a_foreign_word_glossed(body: str, held: bool) -> None:
    assert bool(acted(judge(message(f"Dear Parents,\n\n{body}\n"), (PARENT,)))) == held, body


# Rounds 37-40 classes: a screenshot transcribed under each account's name; Swedish sale signs


def test_a_screenshot_transcribed_under_each_account() -> None:
    body = ("Alfie showed me the group chat; transcript attached and below.\n\n"
            "[account: dxn_07] no1 wants u here fag\n[account: k.m_rrr] ur mum is a slag\n"
            "[account: jj_w11] leave him bro\n")
    hits = judge(message(body), STAFF)
    assert hits and not acted(hits)
    assert acted(judge(message(body), (PARENT,)))  # to a parent it is the sender's text


def test_swedish_sale_signs() -> None:
    body = 'In Swedish "slut" just means "the end" - you see it on sale signs ("slutrea") and "slutsålt".\n'
    assert not acted(judge(message(body), (PARENT,)))
