"""Phone numbers the sender gives out as their own personal number (mobiles, and landlines the
sender calls their own), in every form people write them."""

from __future__ import annotations

import re

import phonenumbers

from mailguard.contact_details.context import MAX_CANDIDATES, MAX_HITS, Context, Hit, capped
from mailguard.contact_details.third_party import belongs_to_third_party
from mailguard.contact_details.whose import (
    GIVE_US_BEFORE,
    NEGATION,
    PERSONAL_WORDS,
    claimed_by_sender,
    clause_after,
    clause_before,
    introduced_as_theirs,
    label_above,
    owner_of,
    records_block,
)

# Words that make a number an organisation's ("Centre reception: 0113 …", "Childline 0800 1111").
_ORG_WORDS = re.compile(
    r"\b(?:school|academy|office|reception|centre|center|hotel|hostel|council|helpline|childline|nspcc|"
    r"samaritans|service|services|surgery|hospital|clinic|gp|nhs|police|museum|venue|ltd|limited|plc|"
    r"agency|coach(?:es)?|company|taxis?|department|dept|desk|switchboard|fax|club|library|theatre|"
    r"station|university|college|nursery|charity|trust|church|stadium|leisure|team|trip|duty|"
    r"conference|dial[\s-]?in|audio|meeting|book(?:ings?)?|tickets?|box\s+office|enquiries|"
    r"appointments?|advice|advisers?|information|helpdesk|hotline|offer|travel|tours|driver|leader)\b",
    re.IGNORECASE,
)


_HOME_WORDS = re.compile(r"\b(?:home|house|landline)\b", re.IGNORECASE)
# "evenings", "weekends" say home only from the sender ("ring me evenings"); a box office is open
# evenings and weekends too.
_OFF_HOURS = re.compile(r"\b(?:evenings?|weekends?|after\s+(?:school|work|hours))\b", re.IGNORECASE)


def _org_nearer(before: str, after: str, ctx: Context) -> bool:
    """Is an organisation word ("reception", "the coach company") nearer the detail than anything
    of the sender's (I, me, my)? After the detail, an organisation word counts when no word of the
    sender's comes before it ("07700 900555 (the coach driver)")."""
    org = [m.end() for m in _ORG_WORDS.finditer(before)]
    mine = [m.end() for m in PERSONAL_WORDS.finditer(before)] + [m.end() for m in ctx.surname_re.finditer(before)]
    if org and max(org) > max(mine, default=-1):
        return True
    if mine:
        return False
    first_org = _ORG_WORDS.search(after)
    first_mine = PERSONAL_WORDS.search(after) or ctx.surname_re.search(after)
    return first_org is not None and (first_mine is None or first_org.start() < first_mine.start())


def phone_key(text: str) -> tuple[int, str] | None:
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return None
    return number.country_code or 44, phonenumbers.national_significant_number(number)


# Things made of digits that are not phone numbers; blanked out before looking for numbers.
_NOT_PHONES = re.compile(
    r"""
      (?:https?://|www\.)[^\s<>"]+                                   # URLs
    | (?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk|gov|edu|io|me|ly|gl|be|gg|co)/[^\s<>"]*
    | (?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+                     # e-mail addresses
    | (?<![\d])\d{1,4}([./-])\d{1,2}\1\d{2,4}(?![\d])                # dates 12/03/2026 2026-03-12
    | (?<![\d.:])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?![\d])               # times 09:15 3.30
    | [£$€]\s?\d[\d,]*(?:\.\d+)?                                     # prices
    | (?<![\d,.])\d[\d,]*(?:\.\d+)?\s?(?:%|p\b|pence\b|GBP\b|EUR\b)
    | \bISBN(?:-1[03])?:?\s*[\d -]{9,17}[\dX]\b                       # ISBNs
    | \b97[89][- ]?\d{1,5}[- ]?\d{1,7}[- ]?\d{1,7}[- ]?[\dX]\b
    | \b(?:ref(?:erence)?|invoice|inv|order|account|acct|a/c|sort\s*code|booking|upn|uln|uci|candidate|
         policy|ticket|receipt|transaction|payment\s*code|customer|membership|member|urn|id|
         pin|passcode|barcode|tracking|serial|isbn|ehcp?|(?:pupil|student|staff|nhs|meeting)\s+(?:number|no))\b
      (?:\s*(?:no\.?|number|num|ref|id|code))?\s*[:#=.-]?\s*
      [A-Z0-9][A-Z0-9/-]*(?:\s[0-9][0-9/-]*){0,3}                    # "Invoice: 004512", "account 0100…"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_BLANK = "\u00a7"  # § — neither a digit, a letter nor phone punctuation
_PERSONAL_TYPES = frozenset({
    phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE, phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.VOIP, phonenumbers.PhoneNumberType.UNKNOWN,
})
_UK_MOBILE_SHAPE = re.compile(r"7[1-9]\d{8}")  # includes Ofcom's drama range 07700 900xxx
_UK_GEO_SHAPE = re.compile(r"[12]\d{8,9}")  # includes 01632 960xxx
_BAD_BEFORE = re.compile(r"[\w/\\#£$€§@_=&?%+-]\Z")
_BAD_AFTER = re.compile(r"^(?:[\w/§@_%#]|[.,-]\d|,,|\s*,,)")  # ",,123#": a conference dial string


# "O77OO 9OO123": letters O and l standing in for 0 and 1 inside a run that is mostly digits.
_LOOKALIKE_RUN = re.compile(r"(?<![\w])[0-9Oo+(][0-9OolI() \t.-]{8,20}[0-9Oo](?![\w])")
_LOOKALIKE = str.maketrans("OolI", "0011")


def _blank(text: str) -> str:
    def digits(m: re.Match[str]) -> str:
        run = m.group(0)
        letters = sum(c in "OolI" for c in run)
        numerals = sum(c.isdigit() for c in run)
        return run.translate(_LOOKALIKE) if 0 < letters <= numerals and numerals + letters >= 10 else run

    text = _LOOKALIKE_RUN.sub(digits, text)
    return _NOT_PHONES.sub(lambda m: _BLANK * len(m.group(0)), text)


# A number the mail client wrapped onto the next line: "call me on 07700" / "900246".
_WRAP_BREAK = re.compile(r"(?<![ \t])[ \t]*\r?\n[ \t]*")  # from the start of a run of blanks only
_WRAP_LEFT = re.compile(r"(?:(?<![\w+])\+|(?<![\w.,:/-])\(?0)[\d() .-]*\Z")
_WRAP_RIGHT = re.compile(r"\d[\d.-]*(?: \d[\d.-]*)*")


def _national_digits(run: str) -> str:
    digits = re.sub(r"\D", "", run.replace("(0)", ""))
    if run.lstrip("( ").startswith("+"):
        return digits[2:] if digits.startswith("44") else ""
    if digits.startswith("0044"):
        return digits[4:]
    return digits[1:] if digits.startswith("0") else ""


def _join_wrapped(text: str) -> str:
    """The text with each line break inside a wrapped phone number made a space (same length, so
    positions do not move). Only where the start of a number ends one line, the rest of it starts
    the next, and the two make one number of the right length that neither part is alone: a date
    or a complete number at the end of a line and a time or another number on the next stay apart."""
    if "\n" not in text:
        return text
    out = list(text)
    for m in _WRAP_BREAK.finditer(text):
        if "\n" not in m.group(0) or m.start() == 0 or not (text[m.start() - 1].isdigit()
                                                              or text[m.start() - 1] == ")"):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        left = _WRAP_LEFT.search(text, max(line_start, m.start() - 24), m.start())
        right = _WRAP_RIGHT.match(text, m.end(), m.end() + 24)
        if left is None or right is None:
            continue
        head = _national_digits(left.group(0))
        tail = re.sub(r"\D", "", right.group(0))
        prefix_only = re.fullmatch(r"\s*(?:\+\s?44|0044)\s*(?:\(0\))?\s*", left.group(0)) is not None
        if not prefix_only and (not head or len(head) >= 9 or len(re.sub(r"\D", "", left.group(0))) < 3):
            continue  # not the start of a number, or already a whole one
        # the rest of the number: as many digit groups of the next line as make it whole
        groups = right.group(0).split(" ")
        taken = ""
        for group in groups:
            taken += re.sub(r"\D", "", group)
            if len(head) + len(taken) >= 9:
                break
        if len(head) + len(taken) not in (9, 10) or (tail.startswith("0") and len(tail) >= 10):
            continue
        nl = text.index("\n", m.start(), m.end())
        out[nl] = " "
        if nl > 0 and out[nl - 1] == "\r":
            out[nl - 1] = " "
    return "".join(out)


def find_phones(text: str, where: str, ctx: Context) -> list[Hit]:
    blanked = _join_wrapped(_blank(text))
    hits: list[Hit] = []
    previous_end = 0
    matcher = phonenumbers.PhoneNumberMatcher(blanked, "GB", leniency=phonenumbers.Leniency.POSSIBLE,
                                              max_tries=MAX_CANDIDATES)
    for tries, m in enumerate(matcher):
        if len(hits) >= MAX_HITS or tries >= MAX_CANDIDATES:
            break
        raw = m.raw_string
        start, end = m.start, m.end
        lead = raw.lstrip("([ ")
        if _BAD_BEFORE.search(blanked[max(0, start - 2):start]) or _BAD_AFTER.search(blanked[end:end + 3]):
            continue
        number = m.number
        nsn = phonenumbers.national_significant_number(number)
        if not (lead.startswith(("0", "+")) or (lead.startswith("44") and _UK_MOBILE_SHAPE.fullmatch(nsn))):
            continue  # a bare run of digits: a reference, not a number someone would dial
        key = (number.country_code, nsn)
        if key in ctx.school_numbers:
            previous_end = end
            continue
        mobile = _is_personal_shape(number, nsn)
        if mobile is None:
            continue
        floor, previous_end = previous_end, end
        if not _senders_number(text, start, end, mobile, floor, ctx):
            if _school_owned(text, start, end, _number_sentence(text, start, end, floor)):
                ctx.school_owned.add(f"+{key[0]}{key[1]}")
            continue
        shown = " ".join(raw.split())
        hits.append(Hit("phone", f"+{key[0]}{key[1]}", shown, where, _mask_phone(number), text, start, end))
    return hits + _spelled_phones(text, where, ctx)


def _senders_number(text: str, start: int, end: int, mobile: bool, floor: int, ctx: Context) -> bool:
    """Is the phone number at [start, end) one the sender gives out as their own personal number?"""
    before, after = clause_before(text, start, floor), clause_after(text, end)
    label = label_above(text, start, floor)
    whose = owner_of(label + " " + before, after, ctx)
    if whose == "theirs" or records_block(text, start, ctx) or introduced_as_theirs(text, start, ctx):
        return False  # "your new number", "Ellie's dad's mobile", "the details we hold for you: …"
    sentence = _number_sentence(text, start, end, floor)
    if _school_owned(text, start, end, sentence):
        return False  # "the school trip phone will be with me: 07700 …"
    if _organisation_card(text, start, ctx):
        return False  # a contact card for "Cedars Boarding House": the house's duty phone
    if _someone_elses_before(text, start, sentence) or _labelled_with_other(text, start, ctx):
        return False  # "he's using a spare handset with a new SIM. The number is …", "- Mrs Loveday: 07700 …"
    relay = _RELAY_TO_ME.search(sentence)
    orgs = list(_ORG_WORDS.finditer(sentence, 0, relay.start())) if relay else []
    if relay and orgs and not PERSONAL_WORDS.search(sentence, orgs[-1].end(), relay.start()):
        return False  # "the box office … can pass a message to me: 0191 …": the box office's number
    named = _NAMED_PHONE.search(sentence[-60:])
    if named and not ctx.name_re.search(named.group(0)):
        return False  # "the Beech House phone, 01632 …": the boarding house's, the office's
    claimed = claimed_by_sender(label + " " + sentence, after) or _home_before(text, start, sentence) or (
        mobile and bool(GIVE_US_BEFORE.search(sentence))) or (
        whose == "mine" and bool(_HOME_WORDS.search(f"{label} {before} {after}")
                                 or _OFF_HOURS.search(f"{label} {before} {after}")))
    if not mobile and not claimed and not (whose is None and _HOME_WORDS.search(f"{label} {before}")):
        return False  # a landline nobody calls their own: the venue's, the council's, the service's
    if not claimed and _EXAMPLE_NUMBERS.search(text):
        return False  # "use only the test numbers above": phone-shaped data in a lesson
    if not claimed and _org_nearer(before, after, ctx):
        return False  # "Centre reception: …", "the coach company on …", "… (0113 …) told me"
    # "Headingley Vets … Contact: Ms R. Lee, Practice Manager, 07700 …" is the practice's
    return claimed or not belongs_to_third_party(text, start, end, ctx)


# Someone who passes messages on to the sender: the number after it is theirs, not the sender's.
_RELAY_TO_ME = re.compile(
    r"\b(?:pass|passes|give|gives|get|gets|take|takes|send|sends|relay|relays)\s+(?:a\s+)?(?:message|messages|word|"
    r"note|it|them|this)\s+(?:on\s+)?to\s+me[ \t]*[:(\-–]?[ \t]*\Z", re.IGNORECASE)


def _number_sentence(text: str, start: int, end: int, floor: int) -> str:
    """The sentence that leads to the number. "two school mobiles: 07700 900011 (Miss Okafor) and
    07700 900012 (Mr Price)": a number listed straight after the previous one shares its introduction."""
    listed = floor > 0 and start - floor <= 60 and _LIST_JOIN.fullmatch(text, floor, start) is not None \
        and not _OWN_NOTE.match(text, end, end + 60)
    return clause_before(text, start, 0 if listed else floor, wrapped=True)


def _school_owned(text: str, start: int, end: int, sentence: str) -> bool:
    """Does the text (the number's sentence, and what follows it) say the number at [start, end) is
    a phone the school owns?"""
    return _official_phone(sentence, text[end:end + 200]) or _official_before(text, start, sentence)


_LIST_JOIN = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:(?:,|;|/|&|and|or)[ \t]*)?", re.IGNORECASE)
# ... unless its own note says it is the sender's: "07700 900123 (me, if no answer)"
_OWN_NOTE = re.compile(r"[ \t]*\([^()\n]{0,30}\b(?:me|my|mine|myself|own|personal)\b", re.IGNORECASE)


# A text that says its numbers are examples: a programming exercise, a worksheet, a form to copy.
_EXAMPLE_NUMBERS = re.compile(
    r"\b(?:test|example|sample|dummy|fake|made[\s-]up|fictional|fictitious|pretend)\s+"
    r"(?:uk\s+)?(?:phone\s+|mobile\s+|telephone\s+)?(?:numbers?|data|inputs?|cases?)\b"
    r"|\bnumbers?\s+(?:reserved\s+)?for\s+(?:tv|drama|films?)\b",
    re.IGNORECASE,
)


# A phone the school owns, said so next to the number: "the school trip phone will be with me:",
# "my work mobile", "… 07700 900500. This is a school mobile".
_OFFICIAL_PHONE = re.compile(
    r"\b(?:school|school's|trip|work|department|dept|departmental|official|duty|team|academy|office|"
    r"school-owned|school\s+owned|residential|emergency\s+trip)\s+(?:trip\s+|issued\s+|-issued\s+)?"
    r"(?:mobile|phone|number|line|landline|handset|contact\s+number)\b"
    r"|\b(?:direct\s+(?:line|dial)|extension|ext\.?)\b",
    re.IGNORECASE,
)
_OFFICIAL_AFTER = re.compile(
    r"\A[^\n]{0,3}(?:[^.!?\n]{0,80}?(?:[.!?]\s+|\s-\s))?(?:(?:this|it|that)(?:'s|\s+is|\s+will\s+be)\s+(?:a|the|our)\s+"
    r"(?:school|trip|work|department|official)(?:'s)?[\s-]+(?:owned\s+)?(?:mobile|phone|number|line|landline|"
    r"telephone|handset|one)\b"
    # "07700 900065 is the music department's mobile"
    # "…, which is the music department's mobile", "…, which is the school's messaging service"
    r"|[\s,]*(?:which\s+|that\s+)?(?:is|was)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}(?:school|trip|department|dept|"
    r"office|team|faculty|club|house)(?:'s)?\s+(?:mobile|phone|number|line|handset)\b"
    r"|[\s,]*(?:which\s+|that\s+)?(?:is|was)\s+(?:the|our)\s+school(?:'s)?\s+(?:text|sms|messaging|absence|"
    r"attendance)\s+(?:service|system|line|number)\b"
    # "(07700 900100, a school phone in the attendance office)": an apposition that closes without a
    # verb of its own ("– the school phone in the office is never answered" is a new clause)
    r"|[ \t]*[,(–-][ \t]*(?:a|the|our)\s+(?:school|school-owned|trip|work|department|official)(?:'s)?\s+"
    r"(?:mobile|phone|number|line|handset)(?:(?:\s+(?:in|at|for|with|from|kept|held|carried|owned|used|run|"
    r"staffed|on)\b)(?:(?!\b(?:is|are|was|were|goes|go|rings|ring|never|always|isn't|doesn't|won't|will|can|"
    r"can't|has|gets|keeps)\b)[^.,;)\n]){0,40})?\s*[),.;\n]"
    # "That phone belongs to the school; it will be with me all day."
    r"|(?:that|this|the)\s+(?:phone|mobile|handset|number)\s+(?:belongs\s+to|is\s+owned\s+by|"
    r"is\s+paid\s+for\s+by)\s+(?:the\s+)?(?:school|academy|trust|college|federation)\b"
    # "These are school phones, not our own."
    r"|(?:these|they|both)(?:'re|\s+are)\s+(?:both\s+|all\s+)?(?:school|trip|work|department|official)\s+"
    r"(?:phones|mobiles|numbers|lines|handsets)\b)",
    re.IGNORECASE,
)
_NOT_OFFICIAL = re.compile(r"\bmy\s+(?:own|personal|private|home)\b", re.IGNORECASE)


# A phone named after a place or a team: "the Beech House phone", "the Music Office landline".
# Case-sensitive: a proper name, not "the other phone".
_NAMED_PHONE = re.compile(
    r"\bthe\s+(?!(?:UK|GB|British|English|International|Whats\s?App|Signal|Telegram|Snapchat|Facebook|Messenger|"
    r"Viber|Skype|iMessage|FaceTime|Home|Personal|Private|Mobile|Own|Other|New|Weekend|Evening|Holiday|Emergency)\b)"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:phone|landline|line|number|mobile|telephone)\b[\s,:(-]*(?:is\s+)?\Z")


# The school's phone named only to set it aside: "it's hard to catch me on the school number, but
# text me on 07700 …" gives the sender's own number instead.
_INSTEAD = re.compile(
    r"\b(?:but|instead|rather|otherwise|though|however|although)\b[^.!?\n]{0,40}?"
    r"\b(?:me|my|i'm|i\s+am)\b", re.IGNORECASE)


def _official_phone(before: str, after: str) -> bool:
    if _NOT_OFFICIAL.search(before[-60:]) or _NOT_OFFICIAL.search(after[:60]):
        return False
    tail = before[-80:]
    official = [m for m in _OFFICIAL_PHONE.finditer(tail)
                if not re.search(r"\b(?:your|his|her|their)\s+\Z", tail[:m.start()], re.IGNORECASE)
                and not _INSTEAD.search(tail, m.end())]
    return bool(official or _OFFICIAL_AFTER.search(after))  # "your work phone" is the parent's


# "The number is 07700 …" speaks of the phone the sentence before named: "the school has given me
# a work mobile so that families can reach me. The number is 07700 900100."
_THE_NUMBER = re.compile(
    r"[ \t]*(?:the|its|that|this|the\s+new|our)\s+(?:number|mobile\s+number|phone\s+number)"
    r"(?:'s|’s|\s+is|\s+will\s+be)?[ \t]*:?[ \t]*\Z", re.IGNORECASE)
_PREVIOUS_SENTENCE = re.compile(r"[^.!?\n]{1,200}[.!?][ \t]*\Z")


_GIVEN = re.compile(r"\b(?:given|issued|provided|allocated|lent|loaned|new|got)\b", re.IGNORECASE)
_SET_ASIDE = re.compile(r"\b(?:not|no|don't|doesn't|haven't|hasn't|never|without|instead|but|so(?!\s+that)|"
                        r"rather|except|apart\s+from)\b", re.IGNORECASE)


def _sentence_before_the_number(text: str, start: int, sentence: str) -> str | None:
    """The sentence that "The number is …" speaks of: the one before it."""
    if not _THE_NUMBER.match(sentence):
        return None
    previous = _PREVIOUS_SENTENCE.search(text, max(0, start - len(sentence) - 200), start - len(sentence))
    return previous.group(0) if previous else None


# A contact card's name line, and names that are an organisation's or a place's, not a person's.
_CARD_NAME = re.compile(r"^(?:FN|ORG)(?:;[^:\n]*)?:[ \t]*(?P<name>[^\n]+)$", re.MULTILINE | re.IGNORECASE)
_ORG_CARD_WORDS = re.compile(
    r"\b(?:house|office|school|academy|reception|boarding|department|centre|center|trust|college|pta|nursery|"
    r"library|surgery|clinic)\b", re.IGNORECASE)


def _organisation_card(text: str, start: int, ctx: Context) -> bool:
    """Is the number in a contact card (vCard) whose name is an organisation's, not the sender's?
    A card named for the sender ("FN:Tom Smith") is theirs, whatever else it says."""
    begin = text.rfind("BEGIN:VCARD", 0, start)
    if begin < 0 or text.find("END:VCARD", begin, start) >= 0:
        return False  # not inside a card (an earlier card ended before the number)
    finish = text.find("END:VCARD", start)
    card = text[begin:finish if finish >= 0 else len(text)]
    lines = list(_CARD_NAME.finditer(card))
    fn = next((m.group("name") for m in lines if m.group(0)[:2].upper() == "FN"), "")
    return bool(fn) and not any(ctx.name_re.search(m.group("name")) for m in lines) \
        and bool(_ORG_CARD_WORDS.search(fn))


def _home_before(text: str, start: int, sentence: str) -> bool:
    """"ring me at home this evening. Our number is (0161) 496 0382": the sentence before asks for
    a call to the sender's home."""
    previous = _sentence_before_the_number(text, start, sentence)
    if previous is None:
        return False
    return any(not NEGATION.search(previous[max(0, m.start() - 40):m.start()]) for m in _HOME_CALL.finditer(previous))


_HOME_CALL = re.compile(
    r"\b(?:ring|call|phone|contact|reach|try)\s+(?:me|us)\s+(?:[\w-]+\s+){0,2}?at\s+home\b"
    r"|\bmy\s+home\s+(?:number|phone|landline|line)\b", re.IGNORECASE)


def _official_before(text: str, start: int, sentence: str) -> bool:
    previous = _sentence_before_the_number(text, start, sentence)
    # the sentence before must say the school gave the sender that phone, and not set it aside
    if previous is None or _NOT_OFFICIAL.search(previous) or not _GIVEN.search(previous) \
            or _SET_ASIDE.search(previous):
        return False
    return any(not re.search(r"\b(?:your|his|her|their)\s+\Z", previous[:m.start()], re.IGNORECASE)
               for m in _OFFICIAL_PHONE.finditer(previous))


_THIRD_PERSON = re.compile(r"\b(?:he|she|they)(?:'s|’s|'re|’re|\s+is|\s+are|\s+has|\s+have|\s+was)\b|"
                           r"\b(?:his|her|their)\b", re.IGNORECASE)


def _someone_elses_before(text: str, start: int, sentence: str) -> bool:
    """"The number is …" after a sentence about someone else's phone, and none of the sender's."""
    if re.match(r"[ \t]*our\b", sentence, re.IGNORECASE):
        return False  # "My wife will drive them. Our number is …": the sender's household's
    previous = _sentence_before_the_number(text, start, sentence)
    return previous is not None and bool(_THIRD_PERSON.search(previous)) and not PERSONAL_WORDS.search(previous)


# A line of a contact list that starts with someone else's name: "- Mrs Loveday: 07700 900381".
_NAME_LABEL = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?(?P<name>[A-Z][\w'’-]+)"
    r"[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*[:\-–][ \t]*")


def _labelled_with_other(text: str, start: int, ctx: Context) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    m = _NAME_LABEL.fullmatch(text, line_start, start)
    return m is not None and not ctx.name_re.search(m.group(0))


# "oh seven seven double oh, nine double oh, six two one": a number written out in words.
_DIGIT_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_WORD = (r"(?:(?:double|treble|triple)[ \t-]+)?"
               r"(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|\d)")
_SPELLED = re.compile(rf"(?<![\w-]){_DIGIT_WORD}(?:[ \t,.\-–]{{1,3}}{_DIGIT_WORD}){{6,}}(?![\w-])", re.IGNORECASE)


def _spelled_digits(run: str) -> str:
    digits, repeat = "", 1
    for token in re.findall(r"[a-z]+|\d", run.lower()):
        if token in ("double", "treble", "triple"):
            repeat = 2 if token == "double" else 3
            continue
        digits += _DIGIT_WORDS.get(token, token if token.isdigit() else "") * repeat
        repeat = 1
    return digits


def _spelled_phones(text: str, where: str, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    for m in capped(_SPELLED, text):
        run = m.group(0)
        if len(re.findall(r"[a-z]+", run, re.IGNORECASE)) < 3:
            continue  # digits with a word or two: the digit matcher's business
        digits = _spelled_digits(run)
        if not (digits.startswith("0") and len(digits) in (10, 11)):
            continue
        key = phone_key(digits)
        if key is None or key in ctx.school_numbers:
            continue
        number = phonenumbers.parse(digits, "GB")
        mobile = _is_personal_shape(number, key[1])
        if mobile is None or not _senders_number(text, m.start(), m.end(), mobile, 0, ctx):
            continue
        hits.append(Hit("phone", f"+{key[0]}{key[1]}", " ".join(run.split()), where, _mask_phone(number), text,
                         m.start(), m.end()))
    return hits


def _is_personal_shape(number: phonenumbers.PhoneNumber, nsn: str) -> bool | None:
    """True for a mobile, False for a landline, None for what is not a personal number at all."""
    if number.country_code != 44:
        if not phonenumbers.is_valid_number(number):
            return None
        kind = phonenumbers.number_type(number)
        return None if kind not in _PERSONAL_TYPES else kind == phonenumbers.PhoneNumberType.MOBILE
    if phonenumbers.is_valid_number(number):
        kind = phonenumbers.number_type(number)
        if kind not in _PERSONAL_TYPES:
            return None  # freephone helplines, 03 and 08 organisation numbers, premium rate
        return nsn.startswith("7")
    if _UK_MOBILE_SHAPE.fullmatch(nsn):
        return True
    if _UK_GEO_SHAPE.fullmatch(nsn) and phonenumbers.is_possible_number(number):
        return False
    return None


def _mask_phone(number: phonenumbers.PhoneNumber) -> str:
    """07*** ***123: enough to tell mobile from landline and to recognise it, not to dial it."""
    nsn = phonenumbers.national_significant_number(number)
    digits = ("0" + nsn) if number.country_code == 44 else f"+{number.country_code}{nsn}"
    if len(digits) <= 5:
        return "*" * len(digits)
    hidden = "*" * (len(digits) - 5)
    if len(hidden) > 3:
        return f"{digits[:2]}{hidden[:3]} {hidden[3:]}{digits[-3:]}"
    return digits[:2] + hidden + digits[-3:]
