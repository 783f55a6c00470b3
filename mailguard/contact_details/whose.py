"""Whose detail is it? The words around a phone number, address or handle: the sender's own ("my
mobile", "call me on"), the recipient's ("your new number"), or details read back to their owner
("the details we hold for you"). Shared by every finder."""

from __future__ import annotations

import re

from mailguard.contact_details.context import Context

_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
PERSONAL_WORDS = re.compile(
    r"\b(?:my|me|mine|i|i'm|i've|i'll|i'd|personal|private)\b",
    re.IGNORECASE,
)

# "Give us a text on …", "gie us a bell on …": "us" for "me", as people say it in much of Britain.
_GIVE_US = (r"(?:give|gie|gies|gis|giz|drop|send|flick|ping)\s+us\s+a\s+(?:quick\s+|wee\s+)?"
            r"(?:text|call|ring|bell|message|shout|buzz|whatsapp)(?:\s+(?:on|at))?")

# The sender handing the detail over as their own, in the words right before it: "my (home)
# number is", "call me on", "I'm on", "I can be reached on", "me (home):". Only these make a
# landline personal: "when I rang the box office this morning: 0113 …" and "Meanwood Group
# Practice (0113 …) told me" mention the sender, but the number is the organisation's.
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or a line the mail client wrapped ("ring me at home\non …")
_CLAIM_BEFORE = re.compile(
    r"\b(?:my|mine|myself)\b"
    rf"|\bme\b(?:{_GAP}[\w'-]+){{0,3}}?{_GAP}?(?:on|at|via|using|through|is)?[ \t]*[:(\-–]?[ \t]*\(?[ \t]*\Z"
    rf"|\bi(?:'m|'ll\s+be|\s+am|\s+will\s+be|\s+can\s+be\s+\w+|'m\s+\w+)(?:{_GAP}[\w'-]+){{0,2}}?{_GAP}"
    r"(?:on|at)[ \t]*[:(\-–]?[ \t]*\Z",
    re.IGNORECASE,
)
# A mobile after "give us a text on" is the sender's; an office says it of its landline too ("give
# us a ring on 0113 …"), so it claims no landline.
GIVE_US_BEFORE = re.compile(r"\b" + _GIVE_US + r"[ \t]*[:(\-–]?[ \t]*\Z", re.IGNORECASE)
# …or right after it: "07700 900123 (my mobile)", "0113 496 0000 - that's me at home".
_CLAIM_AFTER = re.compile(
    r"\A[^\w\n]{0,4}(?:(?:is|it's|its|that's|that\s+is|which\s+is)\s+)?(?:my|mine|me|personal|private)\b",
    re.IGNORECASE,
)


def claimed_by_sender(before: str, after: str) -> bool:
    """Does the sender give the detail as theirs in the words just before or just after it?"""
    return bool(_CLAIM_BEFORE.search(before[-80:]) or _CLAIM_AFTER.search(after))

# Whose detail is it? "my mobile", "call me on", "Mr Smith's mobile" (the sender's) against
# "your new number", "Ellie's dad's mobile" (the recipient's or someone else's).
THEIR_WORDS = re.compile(
    r"\b(?:your|yours|his|her|their|(?:dad|mum|mother|father|parent|carer|grandparent|gran|grandma|grandad|"
    r"nan|sister|brother|partner|husband|wife|child|son|daughter)'?s)"
    r"(?:\s+(?!(?:my|me|mine|i|i'm|our)\b)[\w'-]+){0,4}?\s+"  # "her draft to my email" is not hers
    r"(?:(?:mobile|phone|telephone|landline|home|work|contact|whatsapp)\s+)?"
    r"(?:number|no|mobile|phone|landline|direct\s+line|line|e-?mail|address|details|snapchat|instagram|whatsapp|gmail|hotmail|"
    r"yahoo|icloud|outlook|account)\b"
    r"|\b(?:call|ring|phone|text|contact|reach|message|e-?mail|ask\s+for)\s+(?:them|him|her)\b"
    # "Entry forms need to go to her by 17 April: …"
    r"|\b(?:go|goes|send|sent|return|returned|post|posted|hand|handed)(?:\s+in)?(?:\s+(?:straight|direct|directly))?"
    r"\s+to\s+(?:them|him|her)\b"
    # a contact sheet read back to a pupil: "Your mum (Mrs Quinn): 07700 …", "Your dad: 0151 …"
    r"|\byour\s+(?:mum|dad|mother|father|parents?|carer|step-?(?:mum|dad|mother|father)|gran|grandma|grandad|"
    r"nan|nana|grandmother|grandfather|guardian|brother|sister|aunt|auntie|uncle)(?:[ \t]*\([^()\n]{0,40}\))?"
    r"(?:[ \t]*[:\-–]|,[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[A-Z][\w'’-]+[ \t]*[:,\-–])[ \t]*\Z"
    # ... or "your mum, Mrs Malik, 07700 …"
    # "The house has its own landline": the thing's (not "its a new number", meaning "it's")
    r"|\bits\s+own\s+(?:text|sms)\s+line\b"  # "the Base has its own text line:"
    r"|\bits\s+(?:own\s+)?(?:main\s+|office\s+)?(?:landline|number|phone(?:\s+number)?|telephone|line|"
    r"address|e-?mail)\b"
    # "Mrs Eirlys Parent (grandmother) – 07700 …": a relative of the pupil
    r"|\((?:mother|father|mum|dad|grandmother|grandfather|gran|grandma|grandad|nan|aunt|auntie|uncle|carer|"
    r"guardian|step-?(?:mum|dad|mother|father)|sister|brother|foster\s+carer)\)"
    # "… (the address on his record)", "the number 07700 … that messaged Ellie"
    r"|\bthe\s+address\s+(?:on|in)\s+(?:his|her|their|your|the)\s+(?:school\s+)?(?:record|records|file|system)\b"
    r"|\A[^\n]{0,10}?\b(?:that|which|who)\s+(?:has\s+|had\s+|have\s+|was\s+|were\s+|kept\s+)?(?:been\s+)?"
    r"(?:messag|text|call|ring|rang|contact|whats\s?app|phon|sent)\w*\s+(?!me\b|us\b)\w+"
    # "you sent this from jack.lfc9@gmail.com", "you e-mailed me from …": the address they wrote from
    r"|\byou(?:'ve|\s+have)?\s+(?:sent|e-?mailed|written|wrote|replied|messaged|emailed)(?:\s+(?:this|it|that|me|us|"
    r"them|your\s+\w+))?\s+(?:from|using|via|on)\s+\Z"
    # read back as given: "07700 900518 (as you gave it)"
    r"|\(\s*as\s+(?:you|they|he|she)\s+(?:gave|supplied|provided|sent|wrote|listed|entered|registered|spelt|"
    r"spelled)\s+(?:it|them|us|me)\s*\)"
    # "…, the personal address you registered with", "the number you gave us"
    r"|\b(?:address|number|e-?mail|mobile|account|details)\s+(?:that\s+|which\s+)?(?:you|they|he|she)\s+"
    r"(?:have\s+|had\s+|originally\s+|already\s+)?(?:registered|gave|give|provided|supplied|used|use|entered|"
    r"put|listed|signed|set|added|chose|updated|sent)\b",
    re.IGNORECASE,
)


# The sender explicitly claiming the detail just before it: "my personal email: …", "my own number",
# "mine is …", "reach me at …", "I'm on …". Attached to the detail, it beats any "her"/"his"/"their"
# elsewhere in the sentence ("ask Ella to send her draft to my personal email instead: …").
_OWN_CLAIM = re.compile(
    r"\b(?:my\s+(?:own\s+|personal\s+|private\s+|home\s+)?(?:e-?mail(?:\s+address)?|address|number|"
    r"mobile(?:\s+number)?|phone(?:\s+number)?|cell|landline|gmail|hotmail|inbox)|my\s+own|mine|"
    r"me\s+(?:at|on|via)|i(?:'m|\s+am)\s+on|" + _GIVE_US + r")\b[^\w\n]{0,4}(?:(?:is|instead|please|rather|directly|"
    r"which\s+is|it's|its|now|below|here)\b[^\w\n]{0,4}){0,2}\Z",
    re.IGNORECASE,
)


# The family's own home, where staff visit, said before its address: "we will come and see you and
# Kai at home on Friday at 10.00, at 5 Gull Row …" (after the detail it says nothing of whose it is:
# "drop them at mine: 5 Gull Row …, or I can visit you at home").
_HOME_VISIT = re.compile(
    r"\b(?:visit|visiting|see|call\s+on|meet)\s+you(?:\s+and\s+(?-i:[A-Z])\w+)?\s+at\s+(?:your\s+)?home\b",
    re.IGNORECASE)
# The sender's claim straight after the detail outweighs whose it was introduced as: "pass this on
# to your dad: 07700 900123 is my personal mobile", "Better than her line: 07700 900123, my own."
_CLAIM_RIGHT_AFTER = re.compile(
    r"\A[^\w\n]{0,3}(?:(?:is|it's|that's|that\s+is|which\s+is)\s+(?:my|mine)\b|\(\s*(?:my|mine|me)\b|(?:my|mine)\s+own\b)",
    re.IGNORECASE)


_TITLED_POSSESSIVE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?P<name>[A-Z][\w'-]+)['’]s[ \t]+(?:(?:own|mobile|home|work|personal)[ \t]+)?"
    r"(?:number|mobile|phone|landline|line|e-?mail|address)\b")


def owner_of(before: str, after: str, ctx: Context) -> str | None:
    """'mine' if the nearest owner word before the detail is the sender, 'theirs' if it is someone else."""
    if _OWN_CLAIM.search(before) or _CLAIM_RIGHT_AFTER.search(after):
        return "mine"
    best: tuple[int, str] | None = None
    for pattern, owner in ((PERSONAL_WORDS, "mine"), (THEIR_WORDS, "theirs"), (_HOME_VISIT, "theirs"),
                           (ctx.surname_re, "mine")):
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0] or (m.end() == best[0] and owner == "mine"):
                best = (m.end(), owner)
    # "Mrs MacIver's mobile is …": someone's by name, the sender's only when it is the sender's name
    for m in _TITLED_POSSESSIVE.finditer(before):
        if best is None or m.end() >= best[0]:
            # "Mr Smith's mobile … if you need me" is the sender's, whatever the name
            mine = ctx.name_re.search(m.group("name")) or PERSONAL_WORDS.search(after)
            best = (m.end(), "mine" if mine else "theirs")
    if best is not None:
        return best[1]
    if _CLAIM_AFTER.search(after):
        return "mine"
    if THEIR_WORDS.search(after):
        return "theirs"
    return "mine" if PERSONAL_WORDS.search(after) or ctx.surname_re.search(after) else None


def clause_before(text: str, start: int, floor: int = 0, limit: int = 100, wrapped: bool = False) -> str:
    """The words leading up to a detail in its sentence or line; with `wrapped`, in its sentence
    across the line breaks a mail client put in it ("call my own" / "phone on 07700 …")."""
    lo = max(floor, start - limit)
    piece = text[lo:start]
    ends = [e for e in _CLAUSE_END.finditer(piece) if not (wrapped and _soft_wrap(text, lo + e.start()))]
    if ends:
        return piece[ends[-1].end():]
    if lo > floor:  # cut by the limit: not inside a word ("ho|me" must not leave "me")
        while lo < start and text[lo - 1].isalnum() and text[lo].isalnum():
            lo += 1
    return text[lo:start]


def _soft_wrap(text: str, newline: int) -> bool:
    """Is the line break at `newline` one the mail client made in a long sentence ("call my own" /
    "phone on 07700 …"), not the end of a line the writer ended (a label, a list, a signature)?"""
    if text[newline] != "\n":
        return False
    line = text[text.rfind("\n", 0, newline) + 1:newline].rstrip()
    nxt = text[newline + 1:newline + 2]
    return len(line) >= 50 and not line.endswith((".", "!", "?", ":", ";", ",")) and (
        nxt.isalpha() or _TIME_OR_ORDINAL.match(text, newline + 1) is not None)  # "open till" / "10pm on …"


_TIME_OR_ORDINAL = re.compile(r"\d{1,2}(?:[.:]\d\d)?[ \t]?(?:am|pm)\b|\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)


def label_above(text: str, start: int, floor: int = 0) -> str:
    """The line above, when the detail starts its own line: a label in the table cell or signature
    line before it ("Me (home)" / "0113 496 0288")."""
    line_start = text.rfind("\n", floor, start)
    if line_start < 0 or text[line_start + 1:start].strip(" \t([-:"):
        return ""
    above_start = text.rfind("\n", floor, line_start)
    above = text[max(above_start + 1, floor, line_start - 100):line_start]
    if not above.strip() and above_start > floor:
        # a detail set off as its own paragraph: "… has its own text line:" / "" / "07700 900250"
        intro_start = text.rfind("\n", floor, above_start)
        intro = text[max(intro_start + 1, floor, above_start - 100):above_start]
        return intro if intro.rstrip().endswith(":") else ""
    return above


def clause_after(text: str, end: int, limit: int = 60) -> str:
    piece = text[end:end + limit]
    stop = _CLAUSE_END.search(piece)
    if stop:
        return piece[:stop.start()]
    hi = end + len(piece)  # cut by the limit: not inside a word ("the school i|s" must not leave "i")
    while hi > end and hi < len(text) and text[hi - 1].isalnum() and text[hi].isalnum():
        hi -= 1
    return text[end:hi]
TITLED_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]*){0,2}(?P<name>[A-Z][a-z'’-]+)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_around(text: str, start: int, end: int, back: int = 400, ahead: int = 300) -> tuple[int, int]:
    """Where the paragraph around [start, end) begins and ends, at most back/ahead characters away."""
    lo = max(0, start - back)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    nxt = _PARAGRAPH_BREAK.search(text, end, end + ahead)
    hi = nxt.start() if nxt else min(len(text), end + ahead)
    return lo, hi


# Details read back to the person they belong to: "please check the details we hold for you",
# "we have updated our records as follows:" followed by their address and mobile.
_RECORDS_INTRO = re.compile(
    r"\b(?:(?:details|information|data|records?|contact\s+details|address|(?:phone\s+|mobile\s+)?number|"
    r"e-?mail(?:\s+address)?)\s+(?:that\s+)?(?:we\s+(?:hold|have(?!\s+(?:just\s+|recently\s+|now\s+)?moved)|keep)|"
    r"(?:we\s+)?(?:held|on\s+file|on\s+record|on\s+our\s+system))|"
    r"(?:updated|update|amended|changed|corrected)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:records?|details|contact\s+details|system|file)|our\s+records\s+(?:show|say|have)|"
    r"(?:check|confirm)\s+(?:that\s+)?(?:these|the|your|the\s+following)\s+(?:[\w-]+\s+)?"
    r"(?:details|information|address|number)|"
    r"(?:what|the\s+details|the\s+information)\s+you\s+(?:gave|provided|put|entered|wrote|sent|told)|"
    r"(?:all|details|records?|everything)\s+(?:now\s+)?updated|we\s+now\s+have|we(?:'ve|\s+have)\s+now\s+got|"
    r"(?:we|i)\s+have\s+(?:you|your\s+details)\s+(?:down\s+)?as|"
    # "We have the address as Flat 3, …", "we've got your number as …"
    r"(?:we|i)(?:'ve|\s+have)(?:\s+got)?\s+(?:the|your)\s+(?:home\s+)?(?:address|number|mobile|e-?mail)\s+"
    r"(?:down\s+)?as)\b"
    # "For Destiny we currently hold:" and the list of contacts below it
    # "I've got:" above the numbers a trip leader reads back to check
    r"|\b(?:we|i)(?:\s+(?:currently|still))?(?:\s+hold|\s+have|'ve\s+got|\s+have\s+got)"
    r"(?:\s+(?:these|the\s+following)(?:\s+[\w-]+){0,2})?\s*:",
    re.IGNORECASE,
)


# A contact block introduced as someone else's: "In case you need her:", "your guardian Mrs Linda
# Tan", "one of our approved host families, Mr and Mrs Ellison:".
_BLOCK_THEIRS = re.compile(
    r"\b(?:her|him|them|their|his|she|he|they)\b|\b(?:host\s+famil(?:y|ies)|homestay|guardians?|"
    r"placement|employer|provider|agency|company|venue|club|coach\s+firm|driver)\b|"
    # the recipient's own home: "we will visit you at home to talk about …:"
    + _HOME_VISIT.pattern + r"|\bhome\s+visit\b",
    re.IGNORECASE,
)


def introduced_as_theirs(text: str, start: int, ctx: Context) -> bool:
    """Is the detail in a block of short lines ("Mobile: …" / "Email: …") whose introduction (the
    line ending in ":" above the block) names someone else and not the sender? The block may have
    blank lines in it: an HTML letter makes each line a paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    if len(text[line_start:start]) > 30:
        return False  # the detail is in running text, not in a contact block
    pos, intro, lines = line_start, "", 0
    for _ in range(24):
        if pos <= 0 or lines >= 8:
            break
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above:pos - 1]
        pos = above
        if not line.strip():
            continue
        lines += 1
        if line.rstrip().endswith(":") or len(line) > 80:
            intro = line
            break
        if ctx.name_re.search(line):
            return False  # the sender's own name in the block: their signature
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", intro)[-1]  # the sentence that ends in the colon
    # "I'm only up the road from you both:" is the sender's own home, whatever "them" said before
    if not intro.rstrip().endswith(":") or re.search(r"\b(?:my|mine|me|myself|i'm|i\s+am|i\s+live|we\s+live)\b",
                                                     last, re.IGNORECASE) \
            or ctx.name_re.search(intro):
        return False
    others = [m for m in TITLED_PERSON.finditer(intro) if not ctx.name_re.fullmatch(m.group("name"))]
    return bool(others or _BLOCK_THEIRS.search(intro))


def records_block(text: str, start: int, ctx: Context) -> bool:
    """Is the detail in a block of details the school holds about the recipient, read back to them
    (the intro up to one blank line above, and no claim of the sender's on the detail's line)?"""
    lo = max(0, start - 600)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, lo, start))
    if len(breaks) >= 8:
        lo = breaks[-8].end()  # the intro, then the blocks (an HTML letter makes each line a paragraph)
    intro = _RECORDS_INTRO.search(text, lo, start)
    if intro is None:
        return False
    line = text[text.rfind("\n", 0, start) + 1:start]
    detail = _DETAIL_RUN.match(text, start)
    after = text[detail.end():detail.end() + 40] if detail else ""  # "I've got: 07700 900123 (my mobile)"
    return not (_CLAIM_BEFORE.search(line) or ctx.surname_re.search(text, intro.end(), start)
                or _CLAIM_RIGHT_AFTER.search(after))


# The detail itself, to find what is said straight after it: a number's digit groups, or a word.
_DETAIL_RUN = re.compile(r"\+?(?:\d[\d.-]*[ \t]?)+|[^\s(]+")
# A "no" that governs what follows it in its clause; not "don't hesitate to …", "don't be shy", and
# not across a comma ("If you can't get in, drop it round to mine").
NEGATION = re.compile(
    r"\b(?:don'?t|do\s+not|never|not|no|won'?t|can'?t|cannot|shouldn'?t|mustn'?t)\b"
    r"(?!\s+(?:hesitate|be\s+shy|be\s+afraid|be\s+a\s+stranger|worry|forget|wait)\b)[^.!?\n,;]{0,25}\Z",
    re.IGNORECASE)


def inside_quotation(text: str, start: int) -> bool:
    """Is this a phrase in quotation marks ("add me on Snapchat") rather than the sender's words?"""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 300):start]
    if (line.count('"') + line.count("\u201c") + line.count("\u201d")) % 2 == 1:
        return True
    if line.count("\u2018") > line.count("\u2019"):
        return True
    return len(re.findall(r"(?<![\w])'", line)) > len(re.findall(r"'(?![\w])", line))


def sentence_around(text: str, start: int, end: int) -> str:
    return clause_before(text, start, 0, 150) + text[start:end] + clause_after(text, end, 150)
