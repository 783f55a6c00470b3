"""Organisations named with a detail: an employer, a venue, a vet practice, a coach company, the
council. Their numbers and addresses are given out for a reason and are not the sender's."""

from __future__ import annotations

import re

from mailguard import webmail
from mailguard.contact_details.context import Context
from mailguard.contact_details.whose import TITLED_PERSON, paragraph_around

# Kinds of business and organisation, as their names end or contain: "Headingley Vets",
# "Smith & Sons Builders Ltd", "Dalesway Coaches", "St Chad's Church Hall", "Leeds City Council".
_BUSINESS_WORDS = (
    r"vets?|veterinary|surgery|practice|garage|motors|autos|builders|construction|engineering|joinery|"
    r"plumbing|electrical|ltd|limited|plc|llp|cic|solicitors|accountants|estate\s+agents?|salon|barbers?|"
    r"hairdressers?|beauty|pharmacy|chemists?|dental|dentists?|opticians?|bakery|bakers|butchers?|florists?|"
    r"cafe|café|coffee|restaurant|bistro|takeaway|shop|stores?|supermarket|kennels|cattery|stables|"
    r"equestrian|nurseries|nursery|garden\s+centre|grooming|groomers|studios?|gym|fitness|leisure|centre|"
    r"center|hall|church|chapel|mosque|gurdwara|temple|synagogue|club|stadium|museum|gallery|library|"
    r"theatre|cinema|zoo|aquarium|council|hospital|clinic|medical|health|care\s+home|nursing\s+home|hotel|"
    r"hostel|inn|pub|tavern|coaches|travel|tours|taxis?|removals|printers|consultancy|consultants|"
    r"associates|partners|services|group|company|trust|foundation|charity|association|society|federation|"
    r"university|college|police|fire\s+station|station|airport|offices?|headquarters|hq|industrial\s+estate|"
    r"business\s+park|retail\s+park|works|factory|warehouse|depot|laborator(?:y|ies)|labs?|agency|bank|"
    r"building\s+society|post\s+office|newsagents?|brewery|arena|pool|baths|lido|campsite|scouts|guides|"
    r"brigade|rspca|rspb|pdsa|nhs|institute|farm\s+shop|park|trampoline|climbing|activity|outdoor|"
    r"adventure|sports|ground|venue|reception|estate|abbey|castle|cathedral|manor\s+house|field\s+centre|"
    r"youth\s+hostel|marina|golf|riding\s+school|farm"
)
_BUSINESS_NAME = re.compile(rf"(?<![\w-])(?:{_BUSINESS_WORDS})(?![\w-])|&\s*(?:sons?|co)\b", re.IGNORECASE)
_SCHOOL_NAME_WORDS = frozenset({"school", "academy", "office", "reception"})
# Saying the detail is a third party's: "your placement is at", "the venue", "their number".
THIRD_PARTY_INTRO = re.compile(
    r"\b(?:placements?|work[\s-]+experience|employer|venue|host\s+organi[sz]ation|provider|organi[sz]ation|"
    r"company|firm|business|supplier|contractor|their\s+(?:address|office|reception|number|phone|details)|"
    r"its\s+(?:address|number)|the\s+address\s+(?:of|for)\s+the|based\s+at|located\s+at|held\s+at|"
    r"takes?\s+place\s+at|taking\s+place\s+at|lives\s+at|"

    r"(?:the|their|its)\s+(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])\s+(?:address|number|phone|details))(?!\w)",
    re.IGNORECASE,
)
# Someone else named as the contact: "Contact: Ms R. Lee, Practice Manager", "ask for Sarah".
# Where a trip or visit goes: said of an address only ("We meet at Home Farm, 3 Church Road ...").
VENUE_INTRO = re.compile(
    r"\b(?:meet(?:ing)?\s+(?:us\s+|you\s+)?at|(?:trip|visit|outing)\s+to|visiting|(?:staying|going)\s+(?:at|to)|"
    r"(?:is|are|will\s+be|takes\s+place|taking\s+place)\s+(?:held\s+)?at\s+the|(?:screening|performance|concert|"
    r"match|fixture|show|event|exhibition|ceremony|presentation|disco|prom)\s+(?:is\s+|will\s+be\s+)?at)\b",
    re.IGNORECASE,
)
# Labels of a contact block that name the person to ask ("Bookings: Margaret Holt").
_PERSON_LABELS = (r"contact(?:\s+name|\s+person)?|key\s+contact|named\s+contact|bookings?|enquiries|secretary|"
                  r"organiser|organizer|co-?ordinator|host\s+famil(?:y|ies)|host\s+parents?")
_CONTACT_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:" + _PERSON_LABELS + r"|supervisor|manager|mentor|host|site\s+contact|"
    r"placement\s+(?:supervisor|contact|mentor))[ \t]*[:\-–]"
    r"|\b(?:ask\s+for|ask\s+to\s+speak\s+to|speak\s+to|contact\s+person\s+is)\s+(?=[A-Z])",
    re.IGNORECASE,
)
# A contact block's label and someone's name after it, on the lines above the detail: "Bookings:
# Margaret Holt, 0113 …" / "Email: wharfedalerda.bookings@gmail.com" (the sender's own name has
# already been ruled out by then).
_LABELLED_OTHER = re.compile(
    r"(?:^|\n)[ \t]*(?:" + _PERSON_LABELS + r")[ \t]*[:\-–][ \t]*"
    # "Margaret Holt", "Mrs Holt", "Mr and Mrs Kerrigan"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?(?:[ \t]+(?:and|&)[ \t]+(?:Mr|Mrs|Ms|Miss|Dr)\.?)?[ \t]+(?-i:[A-Z][a-z'’-]+)"
    r"|(?-i:[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+))",
    re.IGNORECASE,
)
# What may come before a detail on a line of a contact block: nothing, or a label and a name
# ("Email: ", "Bookings: Margaret Holt, ").
_LABEL_PREFIX = re.compile(r"[ \t]*(?:[\w .'/&()-]{1,30}[:\-–][ \t]*[\w .,'/&()-]{0,40}?)?[ \t]*")
_ROLE = re.compile(
    r"\b(?:(?:practice|office|site|store|shop|general|centre|operations|volunteer|placement|hr|bookings?|"
    r"events?|sales|kennel|yard|duty|branch|area|customer\s+services?|front\s+of\s+house|stable|"
    r"club|team|head)\s+(?:manager|supervisor|co-?ordinator|lead|officer|administrator|assistant)|"
    r"receptionist|proprietor|owner|managing\s+director|director|head\s+groom|head\s+chef|"
    r"veterinary\s+surgeon|vet|practice\s+nurse|foreman|forewoman|line\s+manager|warden|ranger|"
    r"instructor|curator|secretary|groundsman|chairman|chairwoman|chair)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_CUE = re.compile(r"\b(?:i|me|my|mine|i'm|i've|i'll|i'd|myself)\b", re.IGNORECASE)
_ORG_LINE_AFTER = re.compile(
    r"^[ \t]*(?:(?:e-?mail|e)[ \t]*[:\-][ \t]*\S+@(?P<domain>[\w.-]+)|(?:web(?:site)?|w|www)[ \t]*[:.\-]"
    r"|www\.|https?://|(?:opening|open)\s+(?:hours|times))",
    re.IGNORECASE | re.MULTILINE,
)


# An organisation's proper name of several capitalised words ending in a word organisations use
# for themselves but people and streets do not: "Chapeltown Family Hub", "Leeds Young Carers
# Network", "Meanwood Valley Partnership", "Otley Town FC". Case-sensitive: "the project" is no name.
ORG_PROPER = re.compile(
    r"(?<![\w'-])(?:(?:[A-Z][\w'’&.-]*|&|and|of|the|for)[ \t]+){1,5}"
    r"(?:Hub|Pantry|Project|Network|Partnership|Group|Academy|A?FC|Cubs|Brownies|Beavers|Rainbows|Guides|"
    r"Scouts|Collective|Alliance|Forum|Initiative|Mission|Food[ \t]?[Bb]ank|Foodbank|Carers|Befrienders|"
    r"Ministries|Co-?op(?:erative)?|Refuge|Shelter|Appeal|Fund|Advocacy|Outreach|Mind|Barnardo's|"
    r"Hire|Hires|Rentals?|Supplies|Outfitters|Costumes|Uniforms?|Schoolwear|Tuition|Lettings|Cars|Removals|"
    r"Action|Support|Aid|Welfare|Community|Services|Society|Association|Foundation|Trust|Charity|"
    r"Library|Surgery|Clinic|Centre|Center|Church|Mosque|Masjid|Temple|Gurdwara|Synagogue|Club)(?![\w'-])"
)
_THE_BEFORE = re.compile(r"\b(?:the|their|its)\s+(?:[\w'-]+\s+)?\Z", re.IGNORECASE)


def org_names(text: str, ctx: Context, school_counts: bool) -> list[re.Match[str]]:
    """Business names in text, written as names are (Vets, not vets) or introduced with "the"
    ("the vet practice", "the campsite"), the school's own left out unless school_counts."""
    out = []
    for m in _BUSINESS_NAME.finditer(text):
        word = m.group(0)
        if not (word[0].isupper() or word[0] == "&" or word.lower() in ("ltd", "plc", "llp", "cic")
                or _THE_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue
        if not school_counts and word.lower() in _SCHOOL_NAME_WORDS:
            continue
        out.append(m)
    for m in ORG_PROPER.finditer(text):
        if not ctx.name_re.search(m.group(0)) and not re.match(r"(?:and|of|the|for)\b", m.group(0)):
            out.append(m)
    return out


def sender_named(text: str, lo: int, hi: int, ctx: Context) -> bool:
    """Whether the sender's name is in text[lo:hi] as a person's, not inside a business name on its
    line (Tom Smith writing about "Smith & Sons Builders Ltd")."""
    for m in ctx.name_re.finditer(text, lo, hi):
        line_lo = text.rfind("\n", 0, m.start()) + 1
        line_hi = text.find("\n", m.end())
        line = text[max(line_lo, m.start() - 40):min(len(text) if line_hi < 0 else line_hi, m.end() + 40)]
        if not org_names(line, ctx, school_counts=False):
            return True
    return False


_SPEAKS_OF_DETAIL = re.compile(
    r"(?:(?:this|that|the|these|those)\s+(?:numbers?|lines?|phones?|mobiles?|address(?:es)?|e-?mails?|"
    r"accounts?|details)|it(?:'s|’s|\s+is|\s+was)|that(?:'s|’s|\s+is)|they(?:'re|’re|\s+are)?|their|its)\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bNo)(?<!\b[A-Z])[.!?](?=\s)")


def belongs_to_third_party(text: str, start: int, end: int, ctx: Context) -> bool:
    """Is the detail at [start, end) a third party's? An organisation must be named or introduced in
    its paragraph (a placement, a venue, "Headingley Vets"), and something in the detail's own
    sentence or address block must tie it to them (the organisation's name, "Contact: Ms R. Lee",
    "Practice Manager", an organisation's e-mail or website just below), nearer to it than anything
    saying it is the sender's (their name above it, I, my)."""
    lo, hi = paragraph_around(text, start, end)
    before, after = text[lo:start], text[end:hi]
    if sender_named(text, lo, start, ctx):
        return False  # the sender's name above the detail: their signature
    line_end = after.find("\n")
    same_line = after if line_end < 0 else after[:line_end]
    # the detail's own sentence, and the next only when it speaks of the detail ("… 07700 900001.
    # This number belongs to our messaging provider"): "dial 0044 7700 900851. WhatsApp works too
    # if the centre wifi is behaving" names the centre for its wifi, not as the number's owner
    next_sentence = re.search(r"[.!?]\s+(?=[A-Z])", same_line)
    if next_sentence and not _SPEAKS_OF_DETAIL.match(same_line, next_sentence.end()):
        same_line = same_line[:next_sentence.start()]
    after_org = bool(org_names(same_line, ctx, school_counts=False) or THIRD_PARTY_INTRO.search(same_line))
    for m in _ORG_LINE_AFTER.finditer(after[:200]):
        domain = m.group("domain")
        if domain is None or not (ctx.school_domain(domain) or webmail.is_builtin_webmail(
                webmail.normalise_domain(domain), ctx.settings.webmail_domains)):
            after_org = True
    # a contact block's "Bookings: Margaret Holt" speaks for the details on its own labelled lines
    # ("Email: …"), not for a sentence after it ("On the day, text 07700 …")
    line_start = text.rfind("\n", 0, start) + 1
    in_block = _LABEL_PREFIX.fullmatch(text, line_start, start) is not None
    if not (after_org or org_names(before, ctx, school_counts=False) or THIRD_PARTY_INTRO.search(before)
            or (in_block and _LABELLED_OTHER.search(before))):
        return False  # no organisation in sight: a named person alone may be a colleague
    stops = list(_SENTENCE_STOP.finditer(before))
    sentence = before[stops[-1].end():] if stops else before
    theirs = [m.end() for m in org_names(sentence, ctx, school_counts=False)]
    theirs += [m.end() for m in THIRD_PARTY_INTRO.finditer(sentence)]
    # a contact label on a line above counts only for a detail in the block's labelled lines
    sentence_lo = start - len(sentence)
    theirs += [m.end() for m in _CONTACT_LABEL.finditer(sentence)
               if in_block or sentence_lo + m.end() >= line_start]
    theirs += [m.end() for m in _ROLE.finditer(sentence)]
    if in_block:  # "Host family: Mr and Mrs Kerrigan, …\nAddress: …\nHome telephone: 0141 …"
        labelled = list(_LABELLED_OTHER.finditer(before))
        if labelled and not _FIRST_PERSON_CUE.search(before, labelled[-1].end()):
            return True
    theirs += [m.end() for m in TITLED_PERSON.finditer(sentence) if not ctx.name_re.fullmatch(m.group("name"))]
    mine = [m.end() for m in _FIRST_PERSON_CUE.finditer(sentence)]
    if after_org and not mine:
        return True
    return bool(theirs) and max(theirs) > max(mine, default=-1)
