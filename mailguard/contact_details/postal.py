"""Home postal addresses: a postcode with a house number and street, or a home given as the
sender's own without a postcode; not an organisation's or a venue's address."""

from __future__ import annotations

import itertools
import re

from mailguard import webmail
from mailguard.contact_details.context import MAX_CANDIDATES, Context, Hit, capped
from mailguard.contact_details.third_party import (
    ORG_PROPER,
    THIRD_PARTY_INTRO,
    VENUE_INTRO,
    belongs_to_third_party,
    org_names,
    sender_named,
)
from mailguard.contact_details.whose import (
    NEGATION,
    THEIR_WORDS,
    clause_after,
    clause_before,
    inside_quotation,
    introduced_as_theirs,
    owner_of,
    paragraph_around,
    records_block,
)

_POSTCODE = re.compile(
    r"\b(?P<out>[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]))"
    r"[ \t]?(?P<in>[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
_STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|cl|crescent|cres|way|grove|gardens|gdns|court|ct|"
    "place|pl|terrace|terr|mews|square|sq|hill|park|view|rise|walk|row|green|croft|fold|garth|wynd|vale|"
    "mount|parade|chase|meadows?|fields?|bank|side|gate|brow|heights|end|approach|boulevard|parkway|"
    "cottages?|farm|house|villas?|drove|droveway|dene|loke|wharf|quay|causeway|embankment"
)
# Words that are never part of a street's name: "between 10 and 12 from my house: 7 Mill Lane"
# names the street 7 Mill Lane, not "12 from my house".
_NOT_STREET_WORDS = (
    r"(?:from|to|at|on|in|into|and|or|the|a|an|for|of|by|with|is|are|was|my|our|your|his|her|their|me|"
    r"us|you|i|we|it|this|that|pm|am|until|till|between|after|before|about|around|near)"
)
# Welsh street names put the kind of street first: Heol y Bryn, Stryd y Castell, Ffordd Las.
_WELSH_STREET = r"(?:heol|stryd|ffordd|lôn|lon|rhodfa|cilgant|teras|clos|maes|llwyn|bryn|pant|cwrt)"
_STREET = re.compile(
    rf"(?:\b(?:flat|apartment|apt)\s+\d+[a-z]?,?\s+)?\b\d{{1,4}}[a-z]?,?\s+"
    rf"(?:(?:(?!{_NOT_STREET_WORDS}\b)[a-z][\w'-]{{0,30}}\s+){{0,3}}(?:{_STREET_TYPES})\b\.?"
    rf"|{_WELSH_STREET}\s+(?:(?:y|yr|'r)\s+)?[a-zâêîôûŵŷ][\w'-]{{1,30}}(?:\s+[a-z][\w'-]{{1,30}})?)",
    re.IGNORECASE,
)
_STREET_NO_NUMBER = re.compile(rf"(?<![\w'-])[a-z][\w'-]{{0,30}}\s+(?:{_STREET_TYPES})\b", re.IGNORECASE)
_ADDRESS_ORG = re.compile(
    r"\b(?:centre|center|school|academy|hotel|hostel|museum|university|college|council|ltd|limited|plc|"
    r"station|stadium|theatre|library|hospital|surgery|clinic|church|offices?|trust|club|arena|leisure|"
    r"cinema|zoo|nhs|services|headquarters|hq|industrial|estate|business|retail|unit|lido|pool|baths|"
    r"airport|gallery|castle|abbey|cathedral|activity|outdoor|adventure|sports|ground|village\s+hall|"
    r"community|venue|reception|campsite|camp|youth|camhs|practice|pharmacy|dental|dentist|dentists|"
    r"optician|opticians|medical|health)\b",
    re.IGNORECASE,
)
# The sender saying the address is theirs: "my address is", "pop round to mine", "I live at".
_ADDRESS_MINE = re.compile(
    r"\b(?:my\s+(?:home\s+|postal\s+|house\s+)?(?:address|house|home|flat|place|door|cottage|bungalow|"
    r"letter\s?box|doorstep|porch|front\s+door|back\s+door|gate|drive|garage|street|road)|"
    r"i'm\s+(?:only\s+|just\s+)?(?:round\s+the\s+corner|down\s+the\s+road|up\s+the\s+road|nearby)|"
    r"mine|i\s+live|we\s+live|i'm\s+at|i\s+am\s+at|we're\s+at|we\s+are\s+at|where\s+i\s+live|"
    r"our\s+(?:house|home|address|flat|place|door)|(?:at|from|to)\s+home(?!\s+(?-i:[A-Z]))|home\s+address|"
    r"to\s+me|me\s+at|pop\s+round|come\s+round|(?:i|we)(?:'ve|\s+have)\s+moved\s+to)\b",
    re.IGNORECASE)
# Weaker signs, which an organisation named with the address outweighs.
_ADDRESS_PERSONAL = re.compile(
    r"\b(?:my|house|home|flat|personal|private|address\s+below)\b",
    re.IGNORECASE)


# Street names, blanked before looking for an organisation's name: Church Lane, Station Road
# and Hall Lane name a street, not a church, a station or a hall.
_STREET_NAMES = re.compile(
    rf"(?<![\w'-])[a-z][\w'-]{{0,30}}(?:[ \t]+[a-z][\w'-]{{0,30}})?[ \t]+(?:{_STREET_TYPES})\b", re.IGNORECASE)


def _signed(text: str, start: int, floor: int, ctx: Context) -> bool:
    """The sender's name just above the address or before it on its line: their own signature
    ("Tom Smith" / "12 Acacia Avenue" / ...), not an organisation's."""
    line_start = text.rfind("\n", floor, start) + 1
    if sender_named(text, line_start, start, ctx):
        return True
    lines_start = line_start
    for _ in range(2):
        if lines_start <= floor + 1:
            break
        above = max(floor, text.rfind("\n", floor, lines_start - 1) + 1)
        if not text[above:lines_start].strip():
            break  # a blank line: another paragraph
        lines_start = above
    return sender_named(text, lines_start, line_start, ctx)


_HOUSE_NAME = re.compile(r"(?:\b[A-Z][\w'-]*,?[ \t]+){1,4}\Z")


_STREET_TYPE_NEXT = re.compile(rf"[ \t]+(?:{_STREET_TYPES})\b", re.IGNORECASE)


_VENUE_NAME = re.compile(
    r"\b(?:Picture|Play|Opera|Meeting|Guild|Public|Coach|Boat|Pump|Custom|Court|Retreat|Conference|Diocesan|"
    r"Pastoral|Field\s+Studies|Activity|Outdoor\s+Education)\s*[Hh]ouse\b|"
    r"\b(?:Town|Village|Concert|Sports|Church|Scout|Guide|Parish|Memorial|Community|Music)\s+Hall\b|"
    r"\b(?:Magistrates['’]?|Crown|County|Family|Youth|Coroner['’]?s|Law|Combined)\s+Courts?\b",
)


def _org_proper_not_street(block: str, ctx: Context) -> bool:
    """An organisation's proper name in the address block, read before street names are blanked
    ("Leeds North Food Bank, 12 Mill Street": "North Food Bank" also looks like a street named
    "… Bank"), unless it is the start of a street's name itself ("Community Centre Road")."""
    if _VENUE_NAME.search(block):
        return True  # "the Hyde Park Picture House, 73 Brudenell Road": Picture House is no street
    for m in ORG_PROPER.finditer(block):
        if _STREET_TYPE_NEXT.match(block, m.end()) or ctx.name_re.search(m.group(0)):
            continue
        if not re.match(r"(?:and|of|the|for)\b", m.group(0)):
            return True
    return False


# What only an organisation's contact block has: its own web site or (non-webmail) mailbox, a
# helpline, opening hours, a charity number. "Northside Counselling / hello@northside… / Free
# helpline: … / Drop-in: 40 Market Street, Manchester M1 1PT".
_ORG_BLOCK_WORDS = re.compile(
    r"\b(?:helpline|freephone|free\s+phone|opening\s+(?:hours|times)|open\s+(?:daily|mon|tue|wed|thu|fri|sat|"
    r"sun|\d)|drop[\s-]in|registered\s+charity|charity\s+(?:no|number)|company\s+(?:no|number)|"
    r"counsell?ing|support\s+service|helpdesk|enquiries|appointments?|walk[\s-]in)\b",
    re.IGNORECASE,
)
_ORG_WEB = re.compile(r"(?:https?://|www\.)(?P<domain>[\w.-]+)|[\w.+'-]+@(?P<mailbox>[\w-]+(?:\.[\w-]+)+)")


def _contact_lines(text: str, start: int, end: int, reach: int = 3) -> str:
    """The short lines around an address, across blank lines: an HTML letter gives each line of
    a contact block a paragraph of its own ("Curtain Call Costume Hire" / "22 Threadneedle Walk …"
    / "0113 … / hire@curtaincall…"). Stops at prose (a long line)."""
    lines: list[str] = []
    for step in (-1, 1):
        pos, taken = (start, 0) if step < 0 else (end, 0)
        while taken < reach:
            if step < 0:
                cut = text.rfind("\n", 0, pos)
                if cut < 0:
                    break
                prev = text.rfind("\n", 0, cut)
                line, pos = text[prev + 1:cut], cut
            else:
                cut = text.find("\n", pos)
                if cut < 0:
                    break
                nxt = text.find("\n", cut + 1)
                line, pos = text[cut + 1:nxt if nxt >= 0 else len(text)], cut + 1
            if not line.strip():
                continue
            if len(line) > 100:
                break
            lines.append(line)
            taken += 1
    return "\n".join(lines)


def _organisation_block(text: str, start: int, end: int, ctx: Context) -> bool:
    """Is the address part of an organisation's contact details? Its paragraph (no blank line
    between) holds the organisation's web site or mailbox, or helpline-style words."""
    lo, hi = paragraph_around(text, start, end, back=300, ahead=250)
    block = text[lo:start] + " " + text[end:hi] + " " + _contact_lines(text, start, end)
    if _ORG_BLOCK_WORDS.search(block):
        return True
    for m in _ORG_WEB.finditer(block):
        domain = (m.group("domain") or m.group("mailbox") or "").lower().rstrip(".")
        if domain and not ctx.school_domain(domain.removeprefix("www.")) and not webmail.is_builtin_webmail(
                webmail.normalise_domain(domain), ctx.settings.webmail_domains):
            return True
    return False


# A home address without a postcode, given as the sender's own: "pop it through my letterbox at
# 6 Mill Garth", "I'm at Keeper's Cottage, at the top of the drive", "I live at 14 Acacia Avenue".
# The parts of the sender's home they name as theirs: "my house", "my letterbox", "my porch".
_HOME_PARTS = r"house|home|flat|place|letter\s?box|door|doorstep|porch|cottage|bungalow"
_HOME_ADDRESS = (
    r"(?P<address>(?:number[ \t]+)?\d{1,4}[a-z]?,?(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:(?!" + _NOT_STREET_WORDS
    + r"\b)[A-Za-z][\w'-]{0,30}[ \t]+){0,3}(?:" + _STREET_TYPES + r")\b"
    r"|" + _WELSH_STREET + r"[ \t]+(?:(?:y|yr|'r)[ \t]+)?[A-Za-zâêîôûŵŷ][\w'-]{1,30})"
    r"|(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Cottage|House|Farm|Lodge|Barn|Bungalow|Farmhouse|Mill|Grange|Villa)"
    # a Welsh street without a house number: "Lôn yr Eglwys, Tal-y-Llechen"
    r"|" + _WELSH_STREET + r"[ \t]+(?:(?:y|yr|'r)[ \t]+)?[A-Za-zâêîôûŵŷ][\w'-]{1,30})"
)
_OWN_HOME = (rf"my\s+(?:home\s+)?(?:address\s+is|{_HOME_PARTS})|i\s+live|we\s+live|"
             r"round\s+to\s+mine|to\s+mine|to\s+my\s+house|(?:at|from|round)\s+mine")
_HOME_CLAIM = re.compile(
    rf"\b(?:(?P<own>{_OWN_HOME})|i'm|i\s+am|we're|we\s+are)"
    r"(?:\s+(?:is|at|in|on|just|only|now|round\s+the\s+corner))*[ \t,:-]++(?:(?:at|in|on|is)[ \t:]++)?"
    + _HOME_ADDRESS,
    re.IGNORECASE,
)
# The claim and the address a clause apart, joined by a colon or a dash: "drop them round to mine
# over the weekend instead of the school office: 27 Larchfield Terrace", "come round to mine and
# collect it – 9 Harbour View".
_HOME_CLAIM_COLON = re.compile(
    rf"\b(?P<own>{_OWN_HOME})(?P<gap>[^.!?\n:;]{{0,80}}?)(?::|[ \t][–—-])[ \t]*(?:\n[ \t]*)?" + _HOME_ADDRESS,
    re.IGNORECASE,
)
# The claim in one sentence and the address opening the next: "you're welcome to swing by and
# collect it from mine. It's 3 Chapel Row in Mungrisdale".
# After such a claim, a number and a proper name is enough: "It's 7 Lower Ollach, Braes".
_NAMED_PLACE_ADDRESS = _HOME_ADDRESS[:-1] + (
    r"|(?:number[ \t]+)?\d{1,4}[a-z]?,?[ \t]+(?!o['’]?clock\b|[ap]\.?m\b|(?:mins?|minutes|hours?|miles?)\b)"
    r"(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}))")
_HOME_CLAIM_NEXT = re.compile(
    r"\b(?P<own>(?:to|from|at|round)\s+mine|my\s+(?:house|home|place|cottage|flat))"
    # "come to mine at 10.30. It's number 3 …", a sentence the mail client wrapped
    r"(?P<gap>(?:[^.!?\n:;]|(?<=\d)[.:](?=\d)|\n(?![ \t]*\n)){0,60})[.!][ \t]+"
    r"(?:it's|it\s+is|i'm\s+at|we're\s+at|the\s+address\s+is)[ \t]+" + _NAMED_PLACE_ADDRESS,
    re.IGNORECASE,
)
# The sender living near the recipient, then the address: "I'm only round the corner from you on
# the patch, 27 Gunner Road, the one with the trampoline".
_HOME_NEARBY = re.compile(
    r"\b(?P<own>(?:i'm|i\s+am|we're|we\s+are|i\s+live|we\s+live)\s+(?:(?:just|only|literally|really)\s+)*"
    r"(?:round\s+the\s+corner|around\s+the\s+corner|up\s+the\s+road|down\s+the\s+road|across\s+the\s+road|"
    r"over\s+the\s+road|next\s+door|a\s+few\s+doors\s+(?:up|down|along|away)|"
    r"(?:a\s+)?(?:few|couple\s+of|two|three)\s+(?:streets|roads|doors)\s+(?:away|along|up|down)))"
    r"(?P<gap>[^.!?\n:;]{0,50}?)(?:[,:]|[ \t][–—-])[ \t]*(?:\n[ \t]*)?(?:at[ \t]+)?" + _HOME_ADDRESS,
    re.IGNORECASE,
)
# A second place named between the claim and the colon is the one the address belongs to: "bring
# them to mine or to the Scout hut: 12 Mill Lane", "Congratulations to my house (the school's
# house system) … the prize meal is at Nando's: 14 High Street", "please drop the bags at the PTA
# shed: 12 Mill Lane". A place set aside ("instead of the school office") is not one.
_OTHER_DESTINATION = re.compile(
    r"\b(?:(?:or|and|then)\s+(?:to|at|drop|take|bring)|at(?!\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|o'clock)?\b|"
    r"(?:the\s+)?(?:weekends?|night|lunch(?:time)?|break(?:time)?|half[\s-]term|christmas|easter|end|start|"
    r"some\s+point|any\s*time)\b))|to|into|in\s+the|outside|near|opposite|behind|via)\b",
    # "at 10.30", "at the weekend" are times, not places
    re.IGNORECASE)
_SET_ASIDE = re.compile(r"\b(?:instead\s+of|rather\s+than|not)\b[^,]*", re.IGNORECASE)


_MY_HOME = re.compile(
    rf"\bmy\s+(?:(?:front\s+|back\s+)?door|{_HOME_PARTS})\b|\b(?:to|at|from|round)\s+mine\b",
    re.IGNORECASE)


# The claim pointing at an address written elsewhere in the message: "pop round to mine on
# Thursday to pick it up – address above", "you can drop it at my house (address below)".
_HOME_POINTER = re.compile(
    rf"\b(?P<own>{_OWN_HOME}|my\s+(?:house|home|place))\b[^.!?\n]{{0,80}}?"
    r"\b(?:the\s+|my\s+)?(?:address|details)\s+(?:is\s+|are\s+)?(?P<dir>above|below)\b",
    re.IGNORECASE,
)
_ADDRESS_ALONE = re.compile(r"(?<![\w'-])" + _HOME_ADDRESS, re.IGNORECASE)
_POINTER_REACH = 800
# Welsh street names have a lower-case article: Lôn yr Eglwys, Stryd y Castell.
_ARTICLES = frozenset({"y", "yr", "'r"})


def _pointed_addresses(text: str) -> list[tuple[int, bool, re.Match[str]]]:
    """(claim start, claimed, address) for each "address above/below": the nearest address-shaped
    words in that direction."""
    out = []
    for p in capped(_HOME_POINTER, text):
        if p.group("dir").lower() == "above":
            found = list(itertools.islice(_ADDRESS_ALONE.finditer(
                text, max(0, p.start() - _POINTER_REACH), p.start()), MAX_CANDIDATES))
            if found:
                out.append((p.start(), True, found[-1]))
        else:
            after = _ADDRESS_ALONE.search(text, p.end(), p.end() + _POINTER_REACH)
            if after:
                out.append((p.start(), True, after))
    return out


def _claimed_homes(text: str, where: str, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    # (where the claim starts, whether it names the home as the sender's, the address match)
    claims = [(m.start(), bool(m.group("own")), m) for m in capped(_HOME_CLAIM, text)]
    for m in [*capped(_HOME_CLAIM_COLON, text), *capped(_HOME_CLAIM_NEXT, text), *capped(_HOME_NEARBY, text)]:
        gap = _SET_ASIDE.sub(" ", m.group("gap"))
        if _OTHER_DESTINATION.search(gap) or _ADDRESS_ORG.search(gap) or VENUE_INTRO.search(gap) \
                or THIRD_PARTY_INTRO.search(gap):
            continue
        claims.append((m.start(), True, m))
    claims += _pointed_addresses(text)
    seen: set[int] = set()
    for claim_start, claimed, m in claims:
        if m.start("address") in seen:
            continue
        seen.add(m.start("address"))
        address = m.group("address")
        numbered = address[0].isdigit() or address.lower().startswith("number")
        if not numbered and not all(w[0].isupper() for w in address.split() if w.lower() not in _ARTICLES):
            continue  # "i'm at the farm": a place named in lower case is no house name
        before = clause_before(text, claim_start)
        # a landmark that shows the way is not where the address belongs ("… by the sweet centre")
        sentence = before + " " + _LANDMARK.sub(" ", clause_after(text, m.end("address"), 120))
        # "drop it through my door over the weekend – I'm at 27 Brackenwood Close": the sentence
        # already says the address is the sender's home
        own = claimed or _MY_HOME.search(before)
        if not own and numbered and (
                _ADDRESS_ORG.search(sentence) or VENUE_INTRO.search(sentence) or THIRD_PARTY_INTRO.search(sentence)):
            continue  # "I'm at 3 Station Road with the museum group": where the trip is
        if NEGATION.search(text[max(0, claim_start - 40):claim_start]) or inside_quotation(text, claim_start):
            continue
        end = m.end("address")
        tail = re.match(r"(?:,[ \t]*[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?){0,2}", text[end:end + 60])
        end += tail.end() if tail else 0
        shown = " ".join(text[m.start("address"):end].split())
        hits.append(Hit("postal-address", shown.lower(), shown, where, "[address]", text, m.start("address"), end))
    return hits


_LANDMARK_WORD = (r"(?:by|near|opposite|next\s+to|behind|past|beside|round\s+the\s+corner\s+from|just\s+off|"
                  r"across\s+from)")
_LANDMARK = re.compile(
    rf"\b{_LANDMARK_WORD}\s+(?:the\s+)?[\w'’-]+(?:\s+(?!{_LANDMARK_WORD}\b)[\w'’-]+){{0,2}}", re.IGNORECASE)


# Where the taxi or the minibus collects a child: the family's home, or a stop on the route.
_PICKUP_INTRO = re.compile(
    r"\b(?:collection|collected|pick[\s-]?up(?:\s+point)?|picked\s+up|drop[\s-]?off(?:\s+point)?|dropped\s+off)"
    r"[ \t]*(?::[ \t]*)?(?:\d{1,2}(?:[.:]\d{2})?[ \t]*(?:am|pm)?[ \t]+)?(?:from|at)?[ \t]*\Z",
    re.IGNORECASE)


def postcode_key(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def find_addresses(text: str, where: str, ctx: Context) -> list[Hit]:
    with_postcode = _addresses_with_postcode(text, where, ctx)
    covered = [(h.start, h.end) for h in with_postcode]
    return with_postcode + [h for h in _claimed_homes(text, where, ctx)
                            if not any(a <= h.start < b + 80 or h.start <= a < h.end for a, b in covered)]


def _addresses_with_postcode(text: str, where: str, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    previous = 0
    for m in capped(_POSTCODE, text):
        code = postcode_key(m.group(0))
        floor, previous = previous, m.end()
        if code in ctx.school_postcodes:
            continue
        lines_start = text.rfind("\n", floor, m.start())
        for _ in range(4):  # the postcode and up to four lines above it
            if lines_start <= floor:
                break
            lines_start = text.rfind("\n", floor, lines_start)
        block_start = max(floor, lines_start + 1, m.start() - 200)
        block = text[block_start:m.start()]
        street = _STREET.search(block)
        named = street or _STREET_NO_NUMBER.search(block)
        if named is None:
            continue
        if street is None and not m.group("out")[0].isupper():
            continue  # a lower-case "ls6 3xy" counts only after a house number and street
        start = block_start + named.start()
        house_name = _HOUSE_NAME.search(text, max(text.rfind("\n", 0, start) + 1, start - 60), start)
        if house_name:  # "The Willows, 3 Mill Lane": the whole address is the detail, and is masked
            start = house_name.start()
        address_text = text[start:m.end()]
        intro = clause_before(text, start, floor) + " " + clause_after(text, m.end())
        line_before = text[text.rfind("\n", 0, max(block_start - 1, 0)) + 1:start]
        if _PICKUP_INTRO.search(text, max(floor, start - 60), start) and not _ADDRESS_MINE.search(intro) \
                and not _MY_HOME.search(intro):
            continue  # "Collection: 8.15am from 3 Kittiwake Court": where a child is picked up
        if owner_of(clause_before(text, start, floor), "", ctx) == "theirs" or records_block(text, start, ctx) \
                or THEIR_WORDS.search(clause_after(text, m.end(), 80)) \
                or introduced_as_theirs(text, start, ctx):
            continue  # "we have your address as …", "the details we hold for you: Address: …"
        near = f"{intro} {line_before[-60:]}"
        if not _ADDRESS_MINE.search(near) and not _signed(text, start, floor, ctx):
            # An organisation's address (its name in the block, not just in a street name such as
            # Church Lane), or one given as a third party's: a placement, a venue, "Contact: …".
            # the organisation's name is on the address's own line, just before it ("Leeds North
            # Food Bank, 12 Mill Street …"), or on the lines above an address that starts a line;
            # not anywhere in a long paragraph ("… than coming into school you can drop it …")
            line_start = text.rfind("\n", 0, start) + 1
            starts_line = re.fullmatch(r"[ \t]*(?:[\w ]{1,25}:)?[ \t]*", text[line_start:start]) is not None
            words_before = re.search(r"(?:[^\s]+\s+){0,6}\Z", text[max(block_start, line_start, start - 80):start])
            org_from = block_start if starts_line or words_before is None else start - len(words_before.group(0))
            raw_block = text[org_from:m.end()]
            block = _STREET_NAMES.sub(lambda s: " " * len(s.group(0)), raw_block)
            if _ADDRESS_ORG.search(block) or org_names(block, ctx, school_counts=True) \
                    or _org_proper_not_street(raw_block, ctx) or _organisation_block(text, start, m.end(), ctx) \
                    or THIRD_PARTY_INTRO.search(intro) or VENUE_INTRO.search(intro) \
                    or belongs_to_third_party(text, start, m.end(), ctx):
                continue
            if street is None and not _ADDRESS_PERSONAL.search(near):
                continue
        shown = " ".join(address_text.split())
        masked = f"[address] {m.group('out').upper()} ***"
        hits.append(Hit("postal-address", code, shown, where, masked, text, start, m.end()))
    return hits
