"""personal-address-to-parent: staff giving parents or pupils their personal contact details.

The policy: "Stay safe – don't give out personal details such as your address or phone number.
Never use your own personal communications device, such as a mobile phone, or personal email to
communicate with pupils or parents." This module finds, in what the *sender* wrote (quoted
replies are skipped, so a parent's own details in the message being answered never count):

- phone numbers in every common UK form (07700 900123, 07700-900-123, +44 (0)7700 900123,
  0044…, 0113 496 0000, (0161) 496 0000, split by HTML tags or &nbsp;), other than the school's
  own. Dates, times, prices, references, ISBNs and URLs are not phone numbers; helplines and
  freephone numbers are not personal; a number said to be someone else's ("your new number",
  "Ellie's dad's mobile") is not the sender's. A mobile counts unless it is plainly an
  organisation's ("the coach company on …"); a landline counts when the sender calls it their
  own or their home ("ring me at home on …"), since a landline nobody claims in a school letter
  is nearly always a venue's, a service's or the council's. A number the mail client wrapped over
  a line break ("07700" / "900246") is read whole; a date or a complete number at the end of a
  line and a time or another number at the start of the next are not joined. A number tied to a
  third party in its sentence or address block ("Headingley Vets … Contact: Ms R. Lee, Practice
  Manager, Tel: 07700 …") is not the sender's;
- e-mail addresses outside the school's domains that are not the recipients' own and are
  personal mailboxes (consumer webmail by name, or by the mail servers their domain uses), in
  the body, the subject or a text attachment, in Reply-To or From, or copied in (Cc/Bcc) when
  the address is the sender's own (same surname);
- home postal addresses: a UK postcode other than the school's, after a house number and street
  ("14 Acacia Avenue, Leeds LS6 3XY"), unless it is plainly an organisation's address: a business
  or organisation named with it (Vets, Ltd, Surgery, Centre, Council, Church, Club, Hall, Stadium,
  Museum, Practice ... but not in a street name such as Church Lane), or given as a third party's
  (a placement, a venue, "Contact: …" for someone else, the organisation's e-mail or website below
  it). The sender's own cues win over all of that: "my address", "pop round to mine", "I live at",
  or the sender's name just above it in their signature;
- invitations to private channels: "add me on WhatsApp", "my snapchat is …", "follow me on
  insta @…", wa.me / chat.whatsapp.com / t.me links. Talking *about* apps is not an invitation,
  nor is "follow us" from the school's own accounts.

Who it applies to (parents and pupils) is the rule's `when:`, not this module's business.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from pydantic import Field, PrivateAttr, field_validator, model_validator

from mailguard import quoting, webmail
from mailguard.findings import Evidence, Finding, mask_word, snippet_around
from mailguard.message import ParsedMessage
from mailguard.modules import ModuleSettings

NAME = "personal-address-to-parent"
DESCRIPTION = ("Finds staff giving out personal phone numbers, e-mail addresses, home addresses or "
               "private messaging accounts.")
KINDS = {
    "phone": "a personal phone number (not the school's)",
    "email": "a personal e-mail address (webmail, or a domain whose mail goes to a consumer provider)",
    "postal-address": "a home postal address (a postcode other than the school's, with a street)",
    "private-channel": "an invitation to a private channel (WhatsApp, Snapchat, Instagram, ...)",
}
ALL_KINDS = tuple(KINDS)


class DnsSettings(ModuleSettings):
    """How to look up the mail servers (MX) of domains that are not in the built-in webmail list."""

    nameservers: list[str] = []  # "127.0.0.1", "127.0.0.1:5353", "[::1]:53"; empty: the system's
    timeout: float = Field(1.0, gt=0, le=10)  # seconds per look-up
    cache_seconds: int = Field(86400, ge=0)
    retry_after: int = Field(60, ge=0)  # after DNS fails to answer, how long to stop asking
    max_lookups: int = Field(4, ge=0)  # new domains looked up per message, at most

    @field_validator("nameservers")
    @classmethod
    def _nameservers(cls, value: list[str]) -> list[str]:
        for item in value:
            webmail.parse_nameserver(item)
        return value


class Settings(ModuleSettings):
    look_for: list[str] = list(ALL_KINDS)  # phone, email, postal-address, private-channel
    ignore_quoted: bool = True  # only what the sender wrote, not the message they replied to
    attachments: bool = True  # also read text attachments (a vCard, a letter as .txt/.html)
    # Official contact details staff may give besides the school's own (config `school:`):
    allowed_phone_numbers: list[str] = []  # e.g. the school trip mobile
    allowed_addresses: list[str] = []  # e.g. the PTA's mailbox
    allowed_handles: list[str] = []  # the school's own social media accounts
    webmail_domains: list[str] = []  # more consumer domains to treat as personal
    organisation_domains: list[str] = []  # domains never to treat as personal (the trust, the council)
    dns: DnsSettings | None = DnsSettings()  # `dns: off` to use the built-in list only

    _classifier: webmail.MXClassifier = PrivateAttr()
    _allowed_numbers: frozenset[tuple[int, str]] = PrivateAttr(frozenset())

    @field_validator("look_for")
    @classmethod
    def _look_for(cls, value: list[str]) -> list[str]:
        for item in value:
            if item not in KINDS:
                raise ValueError(f"unknown kind {item!r}: use {', '.join(ALL_KINDS)}")
        return value

    @field_validator("dns", mode="before")
    @classmethod
    def _dns_off(cls, value: Any) -> Any:
        if value is False or value is None or (isinstance(value, str) and value.lower() in ("off", "no", "false")):
            return None
        if value is True:
            return {}
        return value

    @field_validator("allowed_phone_numbers")
    @classmethod
    def _numbers(cls, value: list[str]) -> list[str]:
        for item in value:
            if _phone_key(item) is None:
                raise ValueError(f"{item!r} is not a phone number")
        return value

    @field_validator("allowed_addresses", "allowed_handles", "webmail_domains", "organisation_domains")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return [v.strip().lower().lstrip("@") for v in value if v.strip()]

    @model_validator(mode="after")
    def _build(self) -> Settings:
        dns = self.dns
        self._classifier = webmail.MXClassifier(
            dns.nameservers if dns else (), dns.timeout if dns else 1.0, enabled=dns is not None,
            cache_seconds=dns.cache_seconds if dns else 0, retry_after=dns.retry_after if dns else 0)
        self._allowed_numbers = frozenset(k for k in map(_phone_key, self.allowed_phone_numbers) if k)
        return self

    @property
    def classifier(self) -> webmail.MXClassifier:
        """The cached MX classifier (tests point it at their own DNS server)."""
        return self._classifier

    @classifier.setter
    def classifier(self, value: webmail.MXClassifier) -> None:
        self._classifier = value


# ---------------------------------------------------------------------------------------------
# The message, as this module reads it


@dataclass
class _Hit:
    kind: str
    key: str  # what makes two hits the same detail (the number, the address, the postcode)
    match: str
    where: str
    masked: str
    text: str = ""
    start: int = 0
    end: int = 0


@dataclass
class _Context:
    message: ParsedMessage
    settings: Settings
    school_numbers: frozenset[tuple[int, str]]
    school_postcodes: frozenset[str]
    theirs: frozenset[str]  # the recipients' own addresses
    surnames: frozenset[str]  # the sender's names, to tell the sender's own personal address
    surname_re: re.Pattern[str]  # "Mr Smith's mobile"
    lookups_left: int
    name_re: re.Pattern[str] = re.compile(r"(?!)")  # any of the sender's names, given names too ("Tom")
    recipient_names: frozenset[str] = frozenset()  # the recipients' surnames, from To/Cc display names
    _kinds: dict[str, webmail.Kind] = field(default_factory=dict)

    def school_domain(self, domain: str) -> bool:
        dom = domain.lower()
        doms = self.message.school.domains + self.message.school.pupil_domains
        return any(dom == d.lower() or dom.endswith("." + d.lower()) for d in doms)

    def personal_domain(self, domain: str) -> bool:
        dom = webmail.normalise_domain(domain)
        if dom in self.settings.organisation_domains:
            return False
        if webmail.is_builtin_webmail(dom, self.settings.webmail_domains):
            return True
        if dom not in self._kinds:
            classifier = self.settings.classifier
            kind = classifier.cached(dom)
            if kind is None:
                if self.lookups_left <= 0:
                    return False
                self.lookups_left -= 1
                kind = classifier.classify(dom)
            self._kinds[dom] = kind
        return self._kinds[dom] == "webmail"


def _context(message: ParsedMessage, settings: Settings) -> _Context:
    school = message.school
    numbers = {k for k in map(_phone_key, school.phone_numbers) if k} | settings._allowed_numbers
    # A recipient's own number (from the MIS export) repeated back to them is not the sender's.
    numbers |= {k for r in message.envelope.recipients for k in map(_phone_key, r.phones) if k}
    theirs = {r.address.lower() for r in message.envelope.recipients}
    theirs |= {a.lower() for _, a in message.addresses("To")}
    surnames: set[str] = set()
    given: set[str] = set()
    # "Example School Office <office@…>": the school's own name is nobody's surname.
    not_names = _TITLES | {w for d in (*school.domains, *school.pupil_domains)
                           for w in re.split(r"[^a-z]+", d.lower()) if w}
    senders = [("", message.envelope.sender), *message.addresses("From", "Sender")]
    for display, address in senders:
        if "@" not in address:
            continue
        names = [w for w in re.split(r"[^a-z]+", display.lower()) if w and w not in not_names]
        if len(names) >= 1 and len(names[-1]) >= 3:
            surnames.add(names[-1])
        given.update(w for w in names[:-1] if len(w) >= 3)
        local = [w for w in re.split(r"[^a-z]+", address.partition("@")[0].lower()) if w]
        if local and len(local[-1]) >= 3 and local[-1] not in not_names:
            surnames.add(local[-1])
    return _Context(
        message=message, settings=settings, school_numbers=frozenset(numbers),
        school_postcodes=frozenset(_postcode_key(p) for p in school.postcodes),
        theirs=frozenset(theirs), surnames=frozenset(surnames),
        surname_re=_names_re(surnames), name_re=_names_re(surnames | given),
        lookups_left=settings.dns.max_lookups if settings.dns else 0,
        recipient_names=frozenset(_recipient_names(message, not_names) - surnames),
    )


def _recipient_names(message: ParsedMessage, not_names: frozenset[str]) -> set[str]:
    """Surnames of the people the message is to ("Maryam Farooq <19mfarooq@…>"): a personal
    address made of one of them (m.farooq2008@gmail.com) is that recipient's own."""
    names: set[str] = set()
    for display, _ in message.addresses("To", "Cc"):
        words = [w for w in re.split(r"[^a-z]+", display.lower()) if w and w not in not_names]
        if words and len(words[-1]) >= 4:
            names.add(words[-1])
    return names


def _names_re(names: set[str]) -> re.Pattern[str]:
    """The sender's names as words of the text, not inside an address or a web link
    (dawn.feltham@futurescareers.example.org names Mrs Feltham's organisation, not the sender)."""
    if not names:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w@./-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w@-]|\.\w)",
                      re.IGNORECASE)


_TITLES = frozenset({
    "mr", "mrs", "miss", "ms", "mx", "dr", "prof", "sir", "head", "teacher", "headteacher", "school", "office",
    "admin", "the", "of",
    # role mailboxes: newsletter@, exams@, attendance@ name a job, not a person
    "newsletter", "newsletters", "news", "info", "enquiries", "enquiry", "reception", "finance", "exams",
    "attendance", "absence", "absences", "noreply", "reply", "comms", "communications", "pta", "data", "support",
    "helpdesk", "payroll", "bursar", "careers", "sixthform", "senco", "send", "dsl", "safeguarding", "bookings",
    "trips", "events", "library", "transport", "catering", "site", "premises", "cover", "staff", "allstaff",
    "principal", "clerk", "governors", "marketing", "admissions", "website", "postmaster", "mail", "team",
    "department", "dept", "year", "nursery", "breakfast", "club", "accounts", "hr", "it", "ict",
})

# Characters that render as nothing; dashes and spaces of every width, as people paste them.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"})
_ENTITY_SPACE = re.compile(r"&(?:nbsp|#160|#xa0);", re.IGNORECASE)


def _normalise(text: str) -> str:
    """What a reader sees: NFKC (full-width digits, no-break spaces), no invisibles, plain dashes."""
    text = _ENTITY_SPACE.sub(" ", text)  # a plain-text part that carries HTML's &nbsp; literally
    text = unicodedata.normalize("NFKC", text)
    return _INVISIBLE.sub("", text).translate(_DASHES)


def _places(message: ParsedMessage, settings: Settings) -> list[tuple[str, str]]:
    places = [("subject", message.subject)]
    for part in message.text_parts:
        where = part.where
        if where.startswith("attachment:"):
            inner = where[len("attachment:"):]
            if inner in ("body", "body:html") or inner.startswith("attachment:"):
                continue  # a forwarded message (message/rfc822): someone else's words, like a quote
            if settings.attachments:
                places.append((where, part.text))
            continue
        places.append((where, part.own_text if settings.ignore_quoted else part.text))
    return [(w, _normalise(t)) for w, t in places if t and t.strip()]


# ---------------------------------------------------------------------------------------------
# Context around a match: the clause it sits in


_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
_PERSONAL_WORDS = re.compile(
    r"\b(?:my|me|mine|i|i'm|i've|i'll|i'd|personal|private)\b",
    re.IGNORECASE,
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

# The sender handing the detail over as their own, in the words right before it: "my (home)
# number is", "call me on", "I'm on", "I can be reached on", "me (home):". Only these make a
# landline personal: "when I rang the box office this morning: 0113 …" and "Meanwood Group
# Practice (0113 …) told me" mention the sender, but the number is the organisation's.
_CLAIM_BEFORE = re.compile(
    r"\b(?:my|mine|myself)\b"
    r"|\bme\b(?:[ \t]+[\w'-]+){0,3}?[ \t]*(?:on|at|via|using|through|is)?[ \t]*[:(\-–]?[ \t]*\(?[ \t]*\Z"
    r"|\bi(?:'m|'ll\s+be|\s+am|\s+will\s+be|\s+can\s+be\s+\w+|'m\s+\w+)(?:[ \t]+[\w'-]+){0,2}?[ \t]+"
    r"(?:on|at)[ \t]*[:(\-–]?[ \t]*\Z",
    re.IGNORECASE,
)
# …or right after it: "07700 900123 (my mobile)", "0113 496 0000 - that's me at home".
_CLAIM_AFTER = re.compile(
    r"\A[^\w\n]{0,4}(?:(?:is|it's|its|that's|that\s+is|which\s+is)\s+)?(?:my|mine|me|personal|private)\b",
    re.IGNORECASE,
)


def _claimed(before: str, after: str) -> bool:
    """Does the sender give the detail as theirs in the words just before or just after it?"""
    return bool(_CLAIM_BEFORE.search(before[-80:]) or _CLAIM_AFTER.search(after))

# Whose detail is it? "my mobile", "call me on", "Mr Smith's mobile" (the sender's) against
# "your new number", "Ellie's dad's mobile" (the recipient's or someone else's).
_THEIR_WORDS = re.compile(
    r"\b(?:your|yours|his|her|their|(?:dad|mum|mother|father|parent|carer|grandparent|gran|grandma|grandad|"
    r"nan|sister|brother|partner|husband|wife|child|son|daughter)'?s)"
    r"(?:\s+(?!(?:my|me|mine|i|i'm|our)\b)[\w'-]+){0,4}?\s+"  # "her draft to my email" is not hers
    r"(?:(?:mobile|phone|telephone|landline|home|work|contact|whatsapp)\s+)?"
    r"(?:number|no|mobile|phone|landline|e-?mail|address|details|snapchat|instagram|whatsapp)\b"
    r"|\b(?:call|ring|phone|text|contact|reach|message|e-?mail|ask\s+for)\s+(?:them|him|her)\b"
    # "Mrs Eirlys Parent (grandmother) – 07700 …": a relative of the pupil
    r"|\((?:mother|father|mum|dad|grandmother|grandfather|gran|grandma|grandad|nan|aunt|auntie|uncle|carer|"
    r"guardian|step-?(?:mum|dad|mother|father)|sister|brother|foster\s+carer)\)"
    # "… (the address on his record)", "the number 07700 … that messaged Ellie"
    r"|\bthe\s+address\s+(?:on|in)\s+(?:his|her|their|your|the)\s+(?:school\s+)?(?:record|records|file|system)\b"
    r"|\A[^\n]{0,10}?\b(?:that|which|who)\s+(?:has\s+|had\s+|have\s+|was\s+|were\s+|kept\s+)?(?:been\s+)?"
    r"(?:messag|text|call|ring|rang|contact|whats\s?app|phon|sent)\w*\s+(?!me\b|us\b)\w+"
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
    r"me\s+(?:at|on|via)|i(?:'m|\s+am)\s+on)\b[^\w\n]{0,4}(?:(?:is|instead|please|rather|directly|"
    r"which\s+is|it's|its|now|below|here)\b[^\w\n]{0,4}){0,2}\Z",
    re.IGNORECASE,
)


def _whose(before: str, after: str, ctx: _Context) -> str | None:
    """'mine' if the nearest owner word before the detail is the sender, 'theirs' if it is someone else."""
    if _OWN_CLAIM.search(before):
        return "mine"
    best: tuple[int, str] | None = None
    for pattern, owner in ((_PERSONAL_WORDS, "mine"), (_THEIR_WORDS, "theirs"), (ctx.surname_re, "mine")):
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0] or (m.end() == best[0] and owner == "mine"):
                best = (m.end(), owner)
    if best is not None:
        return best[1]
    if _CLAIM_AFTER.search(after):
        return "mine"
    if _THEIR_WORDS.search(after):
        return "theirs"
    return "mine" if _PERSONAL_WORDS.search(after) or ctx.surname_re.search(after) else None


def _org_nearer(before: str, after: str, ctx: _Context) -> bool:
    """Is an organisation word ("reception", "the coach company") nearer the detail than anything
    of the sender's (I, me, my)? After the detail, an organisation word counts when no word of the
    sender's comes before it ("07700 900555 (the coach driver)")."""
    org = [m.end() for m in _ORG_WORDS.finditer(before)]
    mine = [m.end() for m in _PERSONAL_WORDS.finditer(before)] + [m.end() for m in ctx.surname_re.finditer(before)]
    if org and max(org) > max(mine, default=-1):
        return True
    if mine:
        return False
    first_org = _ORG_WORDS.search(after)
    first_mine = _PERSONAL_WORDS.search(after) or ctx.surname_re.search(after)
    return first_org is not None and (first_mine is None or first_org.start() < first_mine.start())


def _clause_before(text: str, start: int, floor: int = 0, limit: int = 100, wrapped: bool = False) -> str:
    """The words leading up to a detail in its sentence or line; with `wrapped`, in its sentence
    across the line breaks a mail client put in it ("call my own" / "phone on 07700 …")."""
    lo = max(floor, start - limit)
    piece = text[lo:start]
    ends = [e for e in _CLAUSE_END.finditer(piece) if not (wrapped and _soft_wrap(text, lo + e.start()))]
    return piece[ends[-1].end():] if ends else piece


def _soft_wrap(text: str, newline: int) -> bool:
    """Is the line break at `newline` one the mail client made in a long sentence ("call my own" /
    "phone on 07700 …"), not the end of a line the writer ended (a label, a list, a signature)?"""
    if text[newline] != "\n":
        return False
    line = text[text.rfind("\n", 0, newline) + 1:newline].rstrip()
    nxt = text[newline + 1:newline + 2]
    return len(line) >= 50 and not line.endswith((".", "!", "?", ":", ";", ",")) and nxt.isalpha()


def _label_above(text: str, start: int, floor: int = 0) -> str:
    """The line above, when the detail starts its own line: a label in the table cell or signature
    line before it ("Me (home)" / "0113 496 0288")."""
    line_start = text.rfind("\n", floor, start)
    if line_start < 0 or text[line_start + 1:start].strip(" \t([-:"):
        return ""
    above_start = text.rfind("\n", floor, line_start)
    return text[max(above_start + 1, floor, line_start - 100):line_start]


def _clause_after(text: str, end: int, limit: int = 60) -> str:
    piece = text[end:end + limit]
    stop = _CLAUSE_END.search(piece)
    return piece[:stop.start()] if stop else piece


# ---------------------------------------------------------------------------------------------
# Third parties: an employer, a venue, a vet practice, a coach company, the council

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
_THIRD_PARTY_INTRO = re.compile(
    r"\b(?:placements?|work[\s-]+experience|employer|venue|host\s+organi[sz]ation|provider|organi[sz]ation|"
    r"company|firm|business|supplier|contractor|their\s+(?:address|office|reception|number|phone|details)|"
    r"its\s+(?:address|number)|the\s+address\s+(?:of|for)\s+the|based\s+at|located\s+at|held\s+at|"
    r"takes?\s+place\s+at|taking\s+place\s+at|lives\s+at|"

    r"(?:the|their|its)\s+(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])\s+(?:address|number|phone|details))(?!\w)",
    re.IGNORECASE,
)
# Someone else named as the contact: "Contact: Ms R. Lee, Practice Manager", "ask for Sarah".
# Where a trip or visit goes: said of an address only ("We meet at Home Farm, 3 Church Road ...").
_VENUE_INTRO = re.compile(
    r"\b(?:meet(?:ing)?\s+(?:us\s+|you\s+)?at|(?:trip|visit|outing)\s+to|visiting|(?:staying|going)\s+(?:at|to)|"
    r"(?:is|are|will\s+be|takes\s+place|taking\s+place)\s+(?:held\s+)?at\s+the|(?:screening|performance|concert|"
    r"match|fixture|show|event|exhibition|ceremony|presentation|disco|prom)\s+(?:is\s+|will\s+be\s+)?at)\b",
    re.IGNORECASE,
)
_CONTACT_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:contact(?:\s+name|\s+person)?|supervisor|manager|mentor|host|key\s+contact|"
    r"named\s+contact|site\s+contact|placement\s+(?:supervisor|contact|mentor))[ \t]*[:\-–]"
    r"|\b(?:ask\s+for|ask\s+to\s+speak\s+to|speak\s+to|contact\s+person\s+is)\s+(?=[A-Z])",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:(?:practice|office|site|store|shop|general|centre|operations|volunteer|placement|hr|bookings?|"
    r"events?|sales|kennel|yard|duty|branch|area|customer\s+services?|front\s+of\s+house|stable|"
    r"club|team|head)\s+(?:manager|supervisor|co-?ordinator|lead|officer|administrator|assistant)|"
    r"receptionist|proprietor|owner|managing\s+director|director|head\s+groom|head\s+chef|"
    r"veterinary\s+surgeon|vet|practice\s+nurse|foreman|forewoman|line\s+manager|warden|ranger|"
    r"instructor|curator|secretary|groundsman|chairman|chairwoman|chair)\b",
    re.IGNORECASE,
)
_TITLED_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?:[A-Z]\.?[ \t]*){0,2}(?P<name>[A-Z][a-z'’-]+)")
_FIRST_PERSON_CUE = re.compile(r"\b(?:i|me|my|mine|i'm|i've|i'll|i'd|myself)\b", re.IGNORECASE)
_ORG_LINE_AFTER = re.compile(
    r"^[ \t]*(?:(?:e-?mail|e)[ \t]*[:\-][ \t]*\S+@(?P<domain>[\w.-]+)|(?:web(?:site)?|w|www)[ \t]*[:.\-]"
    r"|www\.|https?://|(?:opening|open)\s+(?:hours|times))",
    re.IGNORECASE | re.MULTILINE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraph(text: str, start: int, end: int, back: int = 400, ahead: int = 300) -> tuple[int, int]:
    """Where the paragraph around [start, end) begins and ends, at most back/ahead characters away."""
    lo = max(0, start - back)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    nxt = _PARAGRAPH_BREAK.search(text, end, end + ahead)
    hi = nxt.start() if nxt else min(len(text), end + ahead)
    return lo, hi


# An organisation's proper name of several capitalised words ending in a word organisations use
# for themselves but people and streets do not: "Chapeltown Family Hub", "Leeds Young Carers
# Network", "Meanwood Valley Partnership", "Otley Town FC". Case-sensitive: "the project" is no name.
_ORG_PROPER = re.compile(
    r"(?<![\w'-])(?:(?:[A-Z][\w'’&.-]*|&|and|of|the|for)[ \t]+){1,5}"
    r"(?:Hub|Pantry|Project|Network|Partnership|Group|Academy|A?FC|Cubs|Brownies|Beavers|Rainbows|Guides|"
    r"Scouts|Collective|Alliance|Forum|Initiative|Mission|Food[ \t]?[Bb]ank|Foodbank|Carers|Befrienders|"
    r"Ministries|Co-?op(?:erative)?|Refuge|Shelter|Appeal|Fund|Advocacy|Outreach|Mind|Barnardo's|"
    r"Hire|Hires|Rentals?|Supplies|Outfitters|Costumes|Uniforms?|Schoolwear|Tuition|Lettings|Cars|Removals|"
    r"Action|Support|Aid|Welfare|Community|Services|Society|Association|Foundation|Trust|Charity|"
    r"Library|Surgery|Clinic|Centre|Center|Church|Mosque|Masjid|Temple|Gurdwara|Synagogue|Club)(?![\w'-])"
)
_THE_BEFORE = re.compile(r"\b(?:the|their|its)\s+(?:[\w'-]+\s+)?\Z", re.IGNORECASE)


def _org_names(text: str, ctx: _Context, school_counts: bool) -> list[re.Match[str]]:
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
    for m in _ORG_PROPER.finditer(text):
        if not ctx.name_re.search(m.group(0)) and not re.match(r"(?:and|of|the|for)\b", m.group(0)):
            out.append(m)
    return out


def _sender_named(text: str, lo: int, hi: int, ctx: _Context) -> bool:
    """Whether the sender's name is in text[lo:hi] as a person's, not inside a business name on its
    line (Tom Smith writing about "Smith & Sons Builders Ltd")."""
    for m in ctx.name_re.finditer(text, lo, hi):
        line_lo = text.rfind("\n", 0, m.start()) + 1
        line_hi = text.find("\n", m.end())
        line = text[max(line_lo, m.start() - 40):min(len(text) if line_hi < 0 else line_hi, m.end() + 40)]
        if not _org_names(line, ctx, school_counts=False):
            return True
    return False


_SENTENCE_STOP = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bNo)(?<!\b[A-Z])[.!?](?=\s)")


def _third_party(text: str, start: int, end: int, ctx: _Context) -> bool:
    """Is the detail at [start, end) a third party's? An organisation must be named or introduced in
    its paragraph (a placement, a venue, "Headingley Vets"), and something in the detail's own
    sentence or address block must tie it to them (the organisation's name, "Contact: Ms R. Lee",
    "Practice Manager", an organisation's e-mail or website just below), nearer to it than anything
    saying it is the sender's (their name above it, I, my)."""
    lo, hi = _paragraph(text, start, end)
    before, after = text[lo:start], text[end:hi]
    if _sender_named(text, lo, start, ctx):
        return False  # the sender's name above the detail: their signature
    line_end = after.find("\n")
    same_line = after if line_end < 0 else after[:line_end]
    after_org = bool(_org_names(same_line, ctx, school_counts=False) or _THIRD_PARTY_INTRO.search(same_line))
    for m in _ORG_LINE_AFTER.finditer(after[:200]):
        domain = m.group("domain")
        if domain is None or not (ctx.school_domain(domain) or webmail.is_builtin_webmail(
                webmail.normalise_domain(domain), ctx.settings.webmail_domains)):
            after_org = True
    if not (after_org or _org_names(before, ctx, school_counts=False) or _THIRD_PARTY_INTRO.search(before)):
        return False  # no organisation in sight: a named person alone may be a colleague
    stops = list(_SENTENCE_STOP.finditer(before))
    sentence = before[stops[-1].end():] if stops else before
    theirs = [m.end() for m in _org_names(sentence, ctx, school_counts=False)]
    theirs += [m.end() for m in _THIRD_PARTY_INTRO.finditer(sentence)]
    theirs += [m.end() for m in _CONTACT_LABEL.finditer(sentence)] + [m.end() for m in _ROLE.finditer(sentence)]
    theirs += [m.end() for m in _TITLED_PERSON.finditer(sentence) if not ctx.name_re.fullmatch(m.group("name"))]
    mine = [m.end() for m in _FIRST_PERSON_CUE.finditer(sentence)]
    if after_org and not mine:
        return True
    return bool(theirs) and max(theirs) > max(mine, default=-1)


# ---------------------------------------------------------------------------------------------
# Phone numbers


def _phone_key(text: str) -> tuple[int, str] | None:
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
MAX_CANDIDATES = 300  # phone-number candidates read per part: enough for any real letter
MAX_HITS = 20  # details of one kind reported per part: the reviewer needs a few, not all
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


def _first(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """At most MAX_CANDIDATES matches: a message stuffed with decoys must not stall the filter."""
    return itertools.islice(pattern.finditer(text), MAX_CANDIDATES)


def _blank(text: str) -> str:
    def digits(m: re.Match[str]) -> str:
        run = m.group(0)
        letters = sum(c in "OolI" for c in run)
        numerals = sum(c.isdigit() for c in run)
        return run.translate(_LOOKALIKE) if 0 < letters <= numerals and numerals + letters >= 10 else run

    text = _LOOKALIKE_RUN.sub(digits, text)
    return _NOT_PHONES.sub(lambda m: _BLANK * len(m.group(0)), text)


# A number the mail client wrapped onto the next line: "call me on 07700" / "900246".
_WRAP_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
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


def _phones(text: str, where: str, ctx: _Context) -> list[_Hit]:
    blanked = _join_wrapped(_blank(text))
    hits: list[_Hit] = []
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
            continue
        shown = " ".join(raw.split())
        hits.append(_Hit("phone", f"+{key[0]}{key[1]}", shown, where, _mask_phone(number), text, start, end))
    return hits + _spelled_phones(text, where, ctx)


def _senders_number(text: str, start: int, end: int, mobile: bool, floor: int, ctx: _Context) -> bool:
    """Is the phone number at [start, end) one the sender gives out as their own personal number?"""
    before, after = _clause_before(text, start, floor), _clause_after(text, end)
    label = _label_above(text, start, floor)
    whose = _whose(label + " " + before, after, ctx)
    if whose == "theirs" or _records_block(text, start, ctx) or _introduced_as_theirs(text, start, ctx):
        return False  # "your new number", "Ellie's dad's mobile", "the details we hold for you: …"
    sentence = _clause_before(text, start, floor, wrapped=True)
    if _official_phone(sentence, text[end:end + 200]):
        return False  # "the school trip phone will be with me: 07700 …"
    claimed = _claimed(label + " " + sentence, after) or (
        whose == "mine" and bool(_HOME_WORDS.search(f"{label} {before} {after}")
                                 or _OFF_HOURS.search(f"{label} {before} {after}")))
    if not mobile and not claimed and not (whose is None and _HOME_WORDS.search(f"{label} {before}")):
        return False  # a landline nobody calls their own: the venue's, the council's, the service's
    if not claimed and _EXAMPLE_NUMBERS.search(text):
        return False  # "use only the test numbers above": phone-shaped data in a lesson
    if not claimed and _org_nearer(before, after, ctx):
        return False  # "Centre reception: …", "the coach company on …", "… (0113 …) told me"
    # "Headingley Vets … Contact: Ms R. Lee, Practice Manager, 07700 …" is the practice's
    return claimed or not _third_party(text, start, end, ctx)


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
    r"(?:mobile|phone|number|line|handset|contact\s+number)\b"
    r"|\b(?:direct\s+(?:line|dial)|extension|ext\.?)\b",
    re.IGNORECASE,
)
_OFFICIAL_AFTER = re.compile(
    r"\A[^\n]{0,3}(?:[^.!?\n]{0,80}[.!?]\s+)?(?:this|it|that)(?:'s|\s+is|\s+will\s+be)\s+(?:a|the|our)\s+"
    r"(?:school|trip|work|department|official)\b",
    re.IGNORECASE,
)
_NOT_OFFICIAL = re.compile(r"\bmy\s+(?:own|personal|private|home)\b", re.IGNORECASE)


def _official_phone(before: str, after: str) -> bool:
    if _NOT_OFFICIAL.search(before[-60:]) or _NOT_OFFICIAL.search(after[:60]):
        return False
    tail = before[-80:]
    official = [m for m in _OFFICIAL_PHONE.finditer(tail)
                if not re.search(r"\b(?:your|his|her|their)\s+\Z", tail[:m.start()], re.IGNORECASE)]
    return bool(official or _OFFICIAL_AFTER.search(after))  # "your work phone" is the parent's


# Details read back to the person they belong to: "please check the details we hold for you",
# "we have updated our records as follows:" followed by their address and mobile.
_RECORDS_INTRO = re.compile(
    r"\b(?:(?:details|information|data|records?|contact\s+details)\s+(?:that\s+)?(?:we\s+(?:hold|have|keep)|"
    r"(?:we\s+)?(?:held|on\s+file|on\s+record|on\s+our\s+system))|"
    r"(?:updated|update|amended|changed|corrected)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:records?|details|contact\s+details|system|file)|our\s+records\s+(?:show|say|have)|"
    r"(?:check|confirm)\s+(?:that\s+)?(?:these|the|your|the\s+following)\s+(?:[\w-]+\s+)?(?:details|information)|"
    r"(?:what|the\s+details|the\s+information)\s+you\s+(?:gave|provided|put|entered|wrote|sent|told)|"
    r"(?:all|details|records?|everything)\s+(?:now\s+)?updated|we\s+now\s+have|we(?:'ve|\s+have)\s+now\s+got|"
    r"(?:we|i)\s+have\s+(?:you|your\s+details)\s+(?:down\s+)?as)\b",
    re.IGNORECASE,
)


# A contact block introduced as someone else's: "In case you need her:", "your guardian Mrs Linda
# Tan", "one of our approved host families, Mr and Mrs Ellison:".
_BLOCK_THEIRS = re.compile(
    r"\b(?:her|him|them|their|his|she|he|they)\b|\b(?:host\s+famil(?:y|ies)|homestay|guardians?|"
    r"placement|employer|provider|agency|company|venue|club|coach\s+firm|driver)\b",
    re.IGNORECASE,
)


def _introduced_as_theirs(text: str, start: int, ctx: _Context) -> bool:
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
    if not intro.rstrip().endswith(":") or re.search(r"\b(?:my|mine|me|myself)\b", intro, re.IGNORECASE) \
            or ctx.name_re.search(intro):
        return False
    others = [m for m in _TITLED_PERSON.finditer(intro) if not ctx.name_re.fullmatch(m.group("name"))]
    return bool(others or _BLOCK_THEIRS.search(intro))


def _records_block(text: str, start: int, ctx: _Context) -> bool:
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
    return not (_CLAIM_BEFORE.search(line) or ctx.surname_re.search(text, intro.end(), start))


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


def _spelled_phones(text: str, where: str, ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _first(_SPELLED, text):
        run = m.group(0)
        if len(re.findall(r"[a-z]+", run, re.IGNORECASE)) < 3:
            continue  # digits with a word or two: the digit matcher's business
        digits = _spelled_digits(run)
        if not (digits.startswith("0") and len(digits) in (10, 11)):
            continue
        key = _phone_key(digits)
        if key is None or key in ctx.school_numbers:
            continue
        number = phonenumbers.parse(digits, "GB")
        mobile = _is_personal_shape(number, key[1])
        if mobile is None or not _senders_number(text, m.start(), m.end(), mobile, 0, ctx):
            continue
        hits.append(_Hit("phone", f"+{key[0]}{key[1]}", " ".join(run.split()), where, _mask_phone(number), text,
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


# ---------------------------------------------------------------------------------------------
# E-mail addresses

_SEP_AT = r"(?:@|[ \t]{0,3}[(\[{][ \t]{0,3}at[ \t]{0,3}[)\]}][ \t]{0,3})"
_SEP_DOT = r"(?:\.|[ \t]{0,3}[(\[{][ \t]{0,3}dot[ \t]{0,3}[)\]}][ \t]{0,3}|[ \t]{1,3}dot[ \t]{1,3})"
_LOCAL = r"(?<![\w.+'-])(?P<local>[a-z0-9](?:[\w.+'-]{0,62}[\w])?)"
_EMAIL = re.compile(
    rf"{_LOCAL}{_SEP_AT}"
    rf"(?P<domain>[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?(?:{_SEP_DOT}[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?)+)"
    r"(?![\w-]|\.[a-z0-9])",
    re.IGNORECASE,
)
# "tom.smith at gmail dot com": only for the webmail domains, where "at" cannot mean anything else.
# A lookahead, so that "me at dave.okafor at gmail dot com" is tried from every word.
_EMAIL_WORDS = re.compile(
    rf"(?=(?P<all>{_LOCAL}[ \t]{{1,3}}at[ \t]{{1,3}}"
    rf"(?P<domain>[a-z0-9-]{{2,30}}(?:{_SEP_DOT}[a-z]{{2,10}}){{1,2}})(?![\w-]|\.[a-z0-9])))",
    re.IGNORECASE,
)
_DOT_WORD = re.compile(rf"{_SEP_DOT}", re.IGNORECASE)


def _emails(text: str, where: str, ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    written_out = [m for m in _first(_EMAIL_WORDS, text)
                   if webmail.is_builtin_webmail(_DOT_WORD.sub(".", m.group("domain")), ctx.settings.webmail_domains)]
    for m in [*_first(_EMAIL, text), *written_out]:
        domain = _DOT_WORD.sub(".", m.group("domain")).lower()
        if not re.search(r"\.[a-z]{2,}$", domain):
            continue
        address = f"{m.group('local').lower()}@{domain}"
        start, end = m.span("all") if "all" in m.groupdict() else m.span()
        if _email_allowed(address, domain, ctx):
            continue
        whose = _whose(_clause_before(text, start), _clause_after(text, end), ctx)
        if whose == "theirs" or _records_block(text, start, ctx) or _introduced_as_theirs(text, start, ctx):
            continue  # "your new address is …", "the details we hold for you: …", "In case you need her:"
        local = address.partition("@")[0]
        if any(n in local for n in ctx.recipient_names) and not any(n in local for n in ctx.surnames):
            continue  # Maryam Farooq's own m.farooq2008@gmail.com, written back to her
        personal = ctx.personal_domain(domain)
        if not personal and domain not in ctx.settings.organisation_domains:
            # a domain of its own ("tom@smithfamily.me.uk") is personal only when the sender says
            # so: "my email is …", "email me at …"; not "when I rang the box office: boxoffice@…"
            personal = whose == "mine" and _claimed(_clause_before(text, start), _clause_after(text, end))
        if personal and whose is None and not any(n in address.partition("@")[0] for n in ctx.surnames) \
                and _third_party(text, start, end, ctx):
            continue  # a small business's webmail under "Contact: Ms R. Lee, Riding School"
        if personal:
            shown = " ".join(text[start:end].split())
            hits.append(_Hit("email", address, shown, where, _mask_email(address), text, start, end))
    return hits + _named_provider_emails(text, where, ctx)


# "my gmail is tomsmith84": the provider named, the address left for the reader to complete.
_PROVIDER_NAMED = {"gmail": "gmail.com", "hotmail": "hotmail.com", "yahoo": "yahoo.com", "icloud": "icloud.com",
                   "outlook": "outlook.com", "btinternet": "btinternet.com", "aol": "aol.com"}
_MY_PROVIDER = re.compile(
    rf"\bmy\s+(?P<provider>{'|'.join(_PROVIDER_NAMED)})(?:\s+(?:address|account|email|e-mail))?\s*(?:is|:|-)\s*"
    r"(?P<local>[a-z0-9][\w.+-]{2,63})\b(?!@)",
    re.IGNORECASE,
)


def _named_provider_emails(text: str, where: str, ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _first(_MY_PROVIDER, text):
        address = f"{m.group('local').lower()}@{_PROVIDER_NAMED[m.group('provider').lower()]}"
        if m.group("local").lower() in ("the", "address", "account", "email") or address in ctx.theirs:
            continue
        hits.append(_Hit("email", address, " ".join(m.group(0).split()), where, _mask_email(address), text,
                         m.start(), m.end()))
    return hits


def _email_allowed(address: str, domain: str, ctx: _Context) -> bool:
    return (ctx.school_domain(domain) or address in ctx.theirs
            or address in ctx.settings.allowed_addresses)


def _mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{mask_word(local)}@{domain}"


def _header_addresses(ctx: _Context) -> list[_Hit]:
    """From/Sender/Reply-To that are personal mailboxes; the sender's own personal copy in Cc/Bcc."""
    message = ctx.message
    hits: list[_Hit] = []
    groups = {r.address.lower(): r.groups for r in message.envelope.recipients}

    def add(name: str, display: str, address: str) -> None:
        shown = f"{display} <{address}>" if display else address
        hits.append(_Hit("email", address, shown, f"header:{name}", _mask_email(address)))

    for name in ("From", "Sender", "Reply-To"):
        for display, address in message.addresses(name):
            address = address.lower()
            domain = address.rpartition("@")[2]
            if "@" not in address or _email_allowed(address, domain, ctx):
                continue
            if ctx.personal_domain(domain) or (name == "Reply-To" and _same_person(display, address, ctx)):
                add(name, display, address)
    seen: set[str] = set()
    header_rcpts = [("To", d, a) for d, a in message.addresses("To")]
    header_rcpts += [("Cc", d, a) for d, a in message.addresses("Cc")]
    header_rcpts += [("Bcc", d, a) for d, a in message.addresses("Bcc")]
    listed = {a.lower() for _, _, a in header_rcpts}
    header_rcpts += [("Bcc", "", r.address) for r in message.envelope.recipients if r.address.lower() not in listed]
    for name, display, address in header_rcpts:
        address = address.lower()
        domain = address.rpartition("@")[2]
        if address in seen or "@" not in address or ctx.school_domain(domain):
            continue
        seen.add(address)
        if groups.get(address, frozenset()) & {"parent", "pupil", "staff"}:
            continue
        if address in ctx.settings.allowed_addresses or not ctx.personal_domain(domain):
            continue
        if _same_person(display, address, ctx):
            add(name, display, address)
    return hits


def _same_person(display: str, address: str, ctx: _Context) -> bool:
    """Is this (personal) address the sender's own? Same surname in its name or mailbox name."""
    local = address.partition("@")[0].lower()
    words = set(re.split(r"[^a-z]+", display.lower()))
    if words & {"home", "personal", "private", "me"}:
        return True
    return any(s in local or s in words for s in ctx.surnames)


# ---------------------------------------------------------------------------------------------
# Home postal addresses

_POSTCODE = re.compile(
    r"\b(?P<out>[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]))"
    r"[ \t]?(?P<in>[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
_STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|cl|crescent|cres|way|grove|gardens|gdns|court|ct|"
    "place|pl|terrace|terr|mews|square|sq|hill|park|view|rise|walk|row|green|croft|fold|garth|wynd|vale|"
    "mount|parade|chase|meadows?|fields?|bank|side|gate|brow|heights|end|approach|boulevard|parkway|"
    "cottages?|farm|house|villas?"
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
    r"community|venue|reception|campsite|camp|youth)\b",
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


def _signed(text: str, start: int, floor: int, ctx: _Context) -> bool:
    """The sender's name just above the address or before it on its line: their own signature
    ("Tom Smith" / "12 Acacia Avenue" / ...), not an organisation's."""
    line_start = text.rfind("\n", floor, start) + 1
    if _sender_named(text, line_start, start, ctx):
        return True
    lines_start = line_start
    for _ in range(2):
        if lines_start <= floor + 1:
            break
        above = max(floor, text.rfind("\n", floor, lines_start - 1) + 1)
        if not text[above:lines_start].strip():
            break  # a blank line: another paragraph
        lines_start = above
    return _sender_named(text, lines_start, line_start, ctx)


_HOUSE_NAME = re.compile(r"(?:\b[A-Z][\w'-]*,?[ \t]+){1,4}\Z")


_STREET_TYPE_NEXT = re.compile(rf"[ \t]+(?:{_STREET_TYPES})\b", re.IGNORECASE)


_VENUE_NAME = re.compile(
    r"\b(?:Picture|Play|Opera|Meeting|Guild|Public|Coach|Boat|Pump|Custom|Court)\s*[Hh]ouse\b|"
    r"\b(?:Town|Village|Concert|Sports|Church|Scout|Guide|Parish|Memorial|Community|Music)\s+Hall\b",
)


def _org_proper_not_street(block: str, ctx: _Context) -> bool:
    """An organisation's proper name in the address block, read before street names are blanked
    ("Leeds North Food Bank, 12 Mill Street": "North Food Bank" also looks like a street named
    "… Bank"), unless it is the start of a street's name itself ("Community Centre Road")."""
    if _VENUE_NAME.search(block):
        return True  # "the Hyde Park Picture House, 73 Brudenell Road": Picture House is no street
    for m in _ORG_PROPER.finditer(block):
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


def _organisation_block(text: str, start: int, end: int, ctx: _Context) -> bool:
    """Is the address part of an organisation's contact details? Its paragraph (no blank line
    between) holds the organisation's web site or mailbox, or helpline-style words."""
    lo, hi = _paragraph(text, start, end, back=300, ahead=250)
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
_HOME_CLAIM = re.compile(
    r"\b(?:(?P<own>my\s+(?:home\s+)?(?:address\s+is|house|home|flat|place|letter\s?box|door|doorstep|porch|"
    r"cottage|bungalow)|i\s+live|we\s+live|round\s+to\s+mine|to\s+mine|to\s+my\s+house)|i'm|i\s+am)"
    r"(?:\s+(?:is|at|in|on|just|only|now|round\s+the\s+corner))*[ \t,:-]+(?:at|in|on|is)?[ \t:]*"
    r"(?P<address>(?:number[ \t]+)?\d{1,4}[a-z]?,?[ \t]+(?:(?:(?!" + _NOT_STREET_WORDS
    + r"\b)[A-Za-z][\w'-]{0,30}[ \t]+){0,3}(?:" + _STREET_TYPES + r")\b"
    r"|" + _WELSH_STREET + r"[ \t]+(?:(?:y|yr|'r)[ \t]+)?[A-Za-zâêîôûŵŷ][\w'-]{1,30})"
    r"|(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Cottage|House|Farm|Lodge|Barn|Bungalow|Farmhouse|Mill|Grange|Villa))",
    re.IGNORECASE,
)


def _claimed_homes(text: str, where: str, ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _first(_HOME_CLAIM, text):
        address = m.group("address")
        numbered = address[0].isdigit() or address.lower().startswith("number")
        if not numbered and not all(w[0].isupper() for w in address.split()):
            continue  # "i'm at the farm": a place named in lower case is no house name
        sentence = _clause_before(text, m.start()) + " " + _clause_after(text, m.end("address"), 120)
        if not m.group("own") and numbered and (
                _ADDRESS_ORG.search(sentence) or _VENUE_INTRO.search(sentence) or _THIRD_PARTY_INTRO.search(sentence)):
            continue  # "I'm at 3 Station Road with the museum group": where the trip is
        if _NEGATION.search(text[max(0, m.start() - 40):m.start()]) or _inside_quotation(text, m.start()):
            continue
        end = m.end("address")
        tail = re.match(r"(?:,[ \t]*[A-Z][\w'-]+){0,2}", text[end:end + 60])
        end += tail.end() if tail else 0
        shown = " ".join(text[m.start("address"):end].split())
        hits.append(_Hit("postal-address", shown.lower(), shown, where, "[address]", text, m.start("address"), end))
    return hits


def _postcode_key(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def _addresses(text: str, where: str, ctx: _Context) -> list[_Hit]:
    with_postcode = _addresses_with_postcode(text, where, ctx)
    covered = [(h.start, h.end) for h in with_postcode]
    return with_postcode + [h for h in _claimed_homes(text, where, ctx)
                            if not any(a <= h.start < b + 80 or h.start <= a < h.end for a, b in covered)]


def _addresses_with_postcode(text: str, where: str, ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    previous = 0
    for m in _first(_POSTCODE, text):
        code = _postcode_key(m.group(0))
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
        intro = _clause_before(text, start, floor) + " " + _clause_after(text, m.end())
        line_before = text[text.rfind("\n", 0, max(block_start - 1, 0)) + 1:start]
        if _whose(_clause_before(text, start, floor), "", ctx) == "theirs" or _records_block(text, start, ctx) \
                or _THEIR_WORDS.search(_clause_after(text, m.end(), 80)) \
                or _introduced_as_theirs(text, start, ctx):
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
            if _ADDRESS_ORG.search(block) or _org_names(block, ctx, school_counts=True) \
                    or _org_proper_not_street(raw_block, ctx) or _organisation_block(text, start, m.end(), ctx) \
                    or _THIRD_PARTY_INTRO.search(intro) or _VENUE_INTRO.search(intro) \
                    or _third_party(text, start, m.end(), ctx):
                continue
            if street is None and not _ADDRESS_PERSONAL.search(near):
                continue
        shown = " ".join(address_text.split())
        masked = f"[address] {m.group('out').upper()} ***"
        hits.append(_Hit("postal-address", code, shown, where, masked, text, start, m.end()))
    return hits


# ---------------------------------------------------------------------------------------------
# Private channels

_PLATFORM = (
    r"(?:whats\s?app|snap\s?chat|snap|insta(?:gram)?|facebook|fb|messenger|tik\s?tok|telegram|signal|"
    r"discord|twitter|kik|viber|we\s?chat|skype|facetime|imessage|threads|bereal|twitch|x)"
)
# Platforms whose name is not also an ordinary word ("my signal is bad", "my x is …").
_NAMED_PLATFORM = (
    r"(?:whats\s?app|snap\s?chat|snap|insta(?:gram)?|facebook|fb|messenger|tik\s?tok|telegram|discord|"
    r"twitter|kik|viber|we\s?chat|skype|bereal|twitch)"
)
_NEGATION = re.compile(r"\b(?:don'?t|do\s+not|never|not|no|won'?t|can'?t|cannot|shouldn'?t|mustn'?t)\b[^.!?\n]{0,25}\Z",
                       re.IGNORECASE)
_INVITE_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:wa\.me/\+?\d[\d]*|api\.whatsapp\.com/send\?phone=\+?\d+|"
    r"chat\.whatsapp\.com/[\w-]+|snapchat\.com/add/[\w.-]+|t\.me/[\w+-]+|telegram\.me/[\w+-]+|"
    r"m\.me/[\w.-]+|ig\.me/m/[\w.-]+|discord\.gg/[\w-]+|discord(?:app)?\.com/invite/[\w-]+)",
    re.IGNORECASE,
)
_INVITE = re.compile(
    rf"\b(?:(?:add|follow|find|message|msg|dm|pm|contact|text|ping|reach|call|chat\s+(?:to|with)|talk\s+to|"
    rf"get\s+(?:hold\s+of|in\s+touch\s+with)|hit|join)\s+me\s+(?:up\s+)?(?:on|at|via|over|through|in)\s+"
    rf"(?:my\s+)?{_PLATFORM}\b"
    rf"|\b(?:whats\s?app|snap(?:chat)?|insta(?:gram)?|dm|facetime|imessage|skype|telegram)\s+me\b"
    rf"|\b(?:drop|send|give|ping)\s+me\s+(?:a|an)\s+(?:whats\s?app|snap(?:chat)?|dm|pm|insta\s+message|"
    rf"message\s+on\s+{_PLATFORM})\b"
    rf"|\bi(?:'m|\s+am)\s+on\s+{_PLATFORM}\b"
    # "the easiest way to get hold of me over the camp is Facebook Messenger"
    rf"|\b(?:get\s+hold\s+of|reach|contact|find|message|get\s+in\s+touch\s+with)\s+me\b[^.!?\n]{{0,40}}?"
    rf"\b(?:is|via|on|through|over|using)\s+(?:my\s+)?(?:facebook\s+)?{_NAMED_PLATFORM}\b"
    rf"|\bmy\s+{_NAMED_PLATFORM}(?:\s+(?:handle|username|user\s*name|name|id|account|group|channel|server))?"
    rf"\s*(?:is|:|-|=)\s*@?[\w.]{{3,30}})",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w.@])@[a-z0-9_](?:[\w.]{1,28}[a-z0-9_])?\b", re.IGNORECASE)
_PLATFORM_WORD = re.compile(rf"\b{_PLATFORM}\b", re.IGNORECASE)
_NAMED_PLATFORM_WORD = re.compile(rf"\b{_NAMED_PLATFORM}\b", re.IGNORECASE)
# "Add me as a friend (I'm bsutty_dev)", "search for me on there", after the platform was named
# earlier in the paragraph ("I've set up a Discord server for us.").
_SEARCH_FOR = re.compile(r"\b(?:search|look)\s+(?:for|up)\s+(?P<name>(?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+)")
_ADD_ME = re.compile(
    r"\bsend\s+me\s+a\s+(?:friend|follow)\s+request\b|"
    r"\b(?:add|friend|follow|search\s+for|dm|pm)\s+(?:me|me\s+up)\b"
    r"(?:\s+(?:as\s+a\s+friend|on\s+there|there|on\s+it|up))?",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:my|me|mine|i'm|i\s+am|i've)\b", re.IGNORECASE)
_SCHOOL_VOICE = re.compile(r"\b(?:us|our|we|school|pta|class\s+page|official)\b", re.IGNORECASE)


def _inside_quotation(text: str, start: int) -> bool:
    """Is this a phrase in quotation marks ("add me on Snapchat") rather than the sender's words?"""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 300):start]
    if (line.count('"') + line.count("\u201c") + line.count("\u201d")) % 2 == 1:
        return True
    if line.count("\u2018") > line.count("\u2019"):
        return True
    return len(re.findall(r"(?<![\w])'", line)) > len(re.findall(r"'(?![\w])", line))


def _sentence(text: str, start: int, end: int) -> str:
    return _clause_before(text, start, 0, 150) + text[start:end] + _clause_after(text, end, 150)


def _channels(text: str, where: str, ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    allowed = ctx.settings.allowed_handles
    for m in _first(_INVITE_LINK, text):
        link = m.group(0)
        if any(a and a in link.lower() for a in allowed):
            continue
        masked = re.sub(r"(?<=/)([^/]+)$", lambda g: _mask_handle(g.group(1)), link)
        hits.append(_Hit("private-channel", link.lower(), link, where, masked, text, m.start(), m.end()))
    for m in _first(_INVITE, text):
        if _inside_quotation(text, m.start()) or _NEGATION.search(text[max(0, m.start() - 40):m.start()]):
            continue
        phrase = " ".join(m.group(0).split())
        named = re.search(r"(?:\bis|[:=-])\s*(@?[\w.]{3,30})$", phrase, re.IGNORECASE)
        if named and named.group(1).lstrip("@").lower() in allowed:
            continue
        masked = phrase[:named.start(1)] + _mask_handle(named.group(1)) if named else phrase
        hits.append(_Hit("private-channel", phrase.lower(), phrase, where, masked, text, m.start(), m.end()))
    hits.extend(_labelled_handles(text, where, ctx))
    hits.extend(_text_me_on_my_phone(text, where))
    # "search for Mike Hargreaves Ripon" on the platform named in the paragraph: the sender's profile
    for m in _first(_SEARCH_FOR, text):
        lo, hi = _paragraph(text, m.start(), m.end(), back=300, ahead=150)
        if not ctx.surname_re.search(m.group("name")):
            continue  # someone else's page ("search for Leeds Rhinos Foundation")
        if _NAMED_PLATFORM_WORD.search(text, lo, hi) and not any(h.start <= m.start() < h.end + 150 for h in hits):
            phrase = " ".join(m.group(0).split())
            hits.append(_Hit("private-channel", f"search:{phrase.lower()}", phrase, where, phrase, text,
                             m.start(), m.end()))
    for m in _first(_ADD_ME, text):
        lo, hi = _paragraph(text, m.start(), m.end(), back=300, ahead=150)
        platform = _NAMED_PLATFORM_WORD.search(text, lo, hi)
        if platform is None or _inside_quotation(text, m.start()) \
                or _NEGATION.search(text[max(0, m.start() - 40):m.start()]) \
                or _NEGATION.search(text[max(0, platform.start() - 40):platform.start()]) \
                or any(h.start <= m.start() < h.end + 80 for h in hits):
            continue
        if _SCHOOL_VOICE.search(text[max(lo, platform.start() - 40):platform.end() + 40]) and not re.search(
                r"\b(?:my|i'm|i\s+am|i've)\b", text[lo:hi], re.IGNORECASE):
            continue  # "follow us on Instagram", the school's account
        phrase = " ".join(text[min(m.start(), platform.start()):max(m.end(), platform.end())].split())
        if len(phrase) > 120:
            phrase = f"{' '.join(m.group(0).split())} … {platform.group(0)}"
        hits.append(_Hit("private-channel", f"add-me:{platform.group(0).lower()}", phrase, where, phrase, text,
                         m.start(), m.end()))
        break
    if not _PLATFORM_WORD.search(text):
        return hits
    for m in _first(_HANDLE, text):
        handle = m.group(0)
        if handle[1:].lower() in allowed:
            continue
        sentence = _sentence(text, m.start(), m.end())
        lo, _ = _paragraph(text, m.start(), m.end(), back=300, ahead=0)
        # the platform in this sentence, or named earlier in the paragraph ("I send a note each day
        # on Telegram … search for me on there: @aaron_w_teach")
        if not _FIRST_PERSON.search(sentence) or not (
                _PLATFORM_WORD.search(sentence) or _NAMED_PLATFORM_WORD.search(text, lo, m.start())):
            continue
        if _SCHOOL_VOICE.search(sentence) and not re.search(r"\b(?:my|me)\b", sentence, re.IGNORECASE):
            continue
        if _inside_quotation(text, m.start()) or _NEGATION.search(text[max(0, m.start() - 60):m.start()]):
            continue
        hits.append(_Hit("private-channel", handle.lower(), handle, where, "@" + _mask_handle(handle[1:]),
                         text, m.start(), m.end()))
    return hits


# "Just text me tonight, you've got my number from the trip": no number written, but the sender
# asks the parent or pupil to use the personal phone they already have the number of.
_TEXT_ME = re.compile(
    r"\b(?:(?:text|txt|ring|call|phone|bell|buzz|message|msg|whats\s?app)\s+me"
    r"|give\s+me\s+a\s+(?:ring|call|text|bell|buzz|shout|message|tinkle))\b", re.IGNORECASE)
_MY_PHONE = re.compile(
    r"\b(?:you(?:'ve|\s+have|\s+still\s+have)?\s+(?:still\s+|already\s+)?(?:got|have|kept)\s+my\s+"
    r"(?:personal\s+|own\s+|private\s+|mobile\s+|phone\s+)?(?:number|mobile|phone|no|digits)"
    r"|\bmy\s+(?:personal|own|private)\s+(?:mobile|phone|number|cell)"
    r"|\b(?:on|to)\s+my\s+(?:mobile|cell|iphone|phone)(?!\s+(?:at|in)\s+(?:school|work))"
    r"|\bmy\s+(?:mobile|number|phone)\s+(?:from|since)\s+(?:the|our|last))\b",
    re.IGNORECASE,
)


def _text_me_on_my_phone(text: str, where: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _first(_TEXT_ME, text):
        if _NEGATION.search(text[max(0, m.start() - 40):m.start()]) or _inside_quotation(text, m.start()):
            continue
        lo, hi = _paragraph(text, m.start(), m.end(), back=250, ahead=250)
        mine = next((p for p in _MY_PHONE.finditer(text, lo, hi)
                     if not _NEGATION.search(text[max(lo, p.start() - 40):p.start()])
                     and not re.search(r"\b(?:school|work|office)\b", p.group(0), re.IGNORECASE)), None)
        if mine is None:
            continue
        first, last = min(m.start(), mine.start()), max(m.end(), mine.end())
        phrase = " ".join(text[first:last].split())
        if len(phrase) > 160:
            phrase = f"{' '.join(m.group(0).split())} … {' '.join(mine.group(0).split())}"
        hits.append(_Hit("private-channel", "text-me", phrase, where, phrase, text, first, last))
        break
    return hits


# A line that is only "Insta: @mr_smith_art" or "Snapchat - tom_smith99", as in a signature.
_LABELLED_HANDLE = re.compile(
    rf"^[ \t]*(?P<platform>{_NAMED_PLATFORM})[ \t]*(?:name|handle|username)?[ \t]*[:-][ \t]*"
    r"(?P<handle>@?[a-z0-9_][\w.]{1,29})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _official_handle(handle: str, text: str, start: int, ctx: _Context) -> bool:
    """The school's own account: named after the school, or introduced as ours ("Follow us")."""
    name = handle.lstrip("@").lower()
    school_words = {w for d in ctx.message.school.domains
                    for w in re.split(r"[^a-z]+", d.lower().partition(".")[0]) if len(w) >= 4}
    if any(w in name for w in school_words | {"school", "academy", "pta", "official"}):
        return True
    return bool(re.search(r"\b(?:us|our|we)\b", text[max(0, start - 120):start], re.IGNORECASE))


def _labelled_handles(text: str, where: str, ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _first(_LABELLED_HANDLE, text):
        handle = m.group("handle")
        if handle.lstrip("@").lower() in ctx.settings.allowed_handles or _official_handle(handle, text, m.start(), ctx):
            continue
        shown = " ".join(m.group(0).split())
        masked = f"{m.group('platform')}: {_mask_handle(handle)}"
        hits.append(_Hit("private-channel", handle.lower(), shown, where, masked, text, m.start(), m.end()))
    return hits


def _mask_handle(handle: str) -> str:
    prefix = "@" if handle.startswith("@") else ""
    return prefix + mask_word(handle.lstrip("@"))


# ---------------------------------------------------------------------------------------------
# The check


_FINDERS = {"phone": _phones, "email": _emails, "postal-address": _addresses, "private-channel": _channels}
_REASONS = {
    "phone": "The message gives out a personal phone number ({first}).",
    "email": "The message gives out a personal e-mail address ({first}).",
    "postal-address": "The message gives out a home postal address ({first}).",
    "private-channel": "The message invites the recipient to a private channel ({first}).",
}


def check(message: ParsedMessage, settings: Settings) -> list[Finding]:
    ctx = _context(message, settings)
    hits: list[_Hit] = []
    for where, text in _places(message, settings):
        for kind in settings.look_for:
            hits.extend(_FINDERS[kind](text, where, ctx))
    for where, text in _own_quoted_sections(message, ctx):
        for kind in settings.look_for:
            hits.extend(_FINDERS[kind](text, where, ctx))
    if "phone" in settings.look_for:
        hits.extend(_number_below(message, ctx, {h.key for h in hits if h.kind == "phone"}))
    if "email" in settings.look_for:
        hits.extend(_header_addresses(ctx))
    if any(h.kind == "phone" for h in hits):
        hits = [h for h in hits if h.key != "text-me"]  # the number itself is the better evidence
    return _findings(hits)


# "Ring me on the number below": the sender points the reader at their own number in the earlier
# message of theirs quoted underneath ("On 12 May, Rachel Burrows wrote: … ring my mobile on …").
_REFERS_TO_NUMBER = re.compile(
    r"\b(?:ring|call|phone|text|contact|reach|whats\s?app|message|get\s+hold\s+of)\s+me\b[^.!?\n]{0,50}?"
    r"\b(?:on|at|via)\s+(?:the|my)\s+(?:same\s+)?(?:number|mobile|phone)\s+(?:below|above|"
    r"i\s+(?:gave|sent)(?:\s+you)?(?:\s+(?:before|earlier|last\s+time))?|from\s+(?:before|last\s+time|"
    r"my\s+last\s+(?:e-?mail|message)))",
    re.IGNORECASE,
)


_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")
_HEADER_LINE = re.compile(r"[ \t]*[*_]{0,2}(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To)[ \t]*:", re.IGNORECASE)


def _own_quoted_sections(message: ParsedMessage, ctx: _Context) -> list[tuple[str, str]]:
    """The sender's own earlier messages quoted or forwarded under a reply ("-----Original
    Message----- From: Paul Kendrick <p.kendrick@…>", "On 3 Mar, Hannah Clarke <h.clarke@…>
    wrote:"): resending them gives the details in them out again."""
    sender = message.envelope.sender.lower()
    if "@" not in sender:
        return []
    sections: list[tuple[str, str]] = []
    for part in message.text_parts:
        if part.where not in ("body", "body:html"):
            continue
        full = _normalise(part.text)
        pos = quoting.quote_start(full)
        while pos < len(full):
            first = full.find("\n", pos)
            second = full.find("\n", first + 1) if first >= 0 else -1
            body_start = second if second > pos else len(full)  # after the attribution and its next line
            nxt = max(body_start, quoting.quote_start(full[body_start:]) + body_start)
            if sender in full[pos:body_start].lower():
                lines = [_QUOTE_MARKS.sub("", line) for line in full[body_start:nxt].split("\n")]
                # the forwarded header's own lines (Sent:, To:, Subject:) are not what the sender wrote
                lines = [line for line in lines if not _HEADER_LINE.match(line)]
                sections.append((part.where, "\n".join(lines)))
            pos = nxt if nxt > pos else len(full)
    return sections


def _number_below(message: ParsedMessage, ctx: _Context, found: set[str]) -> list[_Hit]:
    hits: list[_Hit] = []
    for part in message.text_parts:
        if part.where not in ("body", "body:html") or not _REFERS_TO_NUMBER.search(_normalise(part.own_text)):
            continue
        full = _normalise(part.text)
        for hit in _phones(full, part.where, ctx):
            attribution = full[max(0, hit.start - 600):hit.start]
            if hit.key not in found and (ctx.surname_re.search(attribution) or message.envelope.sender.lower()
                                         in attribution.lower()):
                hits.append(hit)
    return hits


def _findings(hits: Iterable[_Hit]) -> list[Finding]:
    unique: dict[tuple[str, str], _Hit] = {}
    for hit in hits:
        unique.setdefault((hit.kind, hit.key), hit)
    chosen = list(unique.values())
    by_kind: dict[str, list[Evidence]] = {}
    for hit in chosen:
        by_kind.setdefault(hit.kind, []).append(Evidence(
            match=hit.match, where=hit.where, snippet=_snippet(hit, chosen), masked=hit.masked))
    return [
        Finding(reason=_REASONS[kind].format(first=evidence[0].masked), evidence=tuple(evidence), kind=kind,
                details={"count": len(evidence)})
        for kind, evidence in by_kind.items()
    ]


def _snippet(hit: _Hit, others: list[_Hit]) -> str:
    """Context for the reviewer, with every *other* personal detail in it already masked."""
    if not hit.text:
        return hit.match
    snippet = snippet_around(hit.text, hit.start, hit.end)
    for other in others:
        if other is not hit and other.text and other.match and other.match not in hit.match \
                and hit.match not in other.match:
            snippet = snippet.replace(other.match, other.masked)
    return snippet
