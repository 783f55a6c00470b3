"""The message as the contact-detail finders read it: who sent it, to whom, what the school's own
details are, and what a finder reports (a Hit)."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mailguard import webmail
from mailguard.message import ParsedMessage

if TYPE_CHECKING:
    from mailguard.modules.personal_address import Settings


@dataclass
class Hit:
    kind: str
    key: str  # what makes two hits the same detail (the number, the address, the postcode)
    match: str
    where: str
    masked: str
    text: str = ""
    start: int = 0
    end: int = 0


@dataclass
class Context:
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
    given_names: frozenset[str] = frozenset()  # the sender's given names ("tom" of Tom Smith)
    # numbers the message itself calls the school's ("07700 900100, a school phone in the attendance
    # office"): the school's wherever else they appear in it, a contact card's TEL line too
    school_owned: set[str] = field(default_factory=set)
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


@functools.lru_cache(maxsize=4096)
def names_re(names: frozenset[str]) -> re.Pattern[str]:
    """The sender's names as words of the text, not inside an address or a web link
    (dawn.feltham@futurescareers.example.org names Mrs Feltham's organisation, not the sender).
    Cached: a school's staff send thousands of messages under a few hundred names."""
    if not names:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w@./-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w@-]|\.\w)",
                      re.IGNORECASE)


TITLES = frozenset({
    "mr", "mrs", "miss", "ms", "mx", "dr", "prof", "sir", "head", "teacher", "headteacher", "school", "office",
    "admin", "the", "of",
    # role mailboxes: newsletter@, exams@, attendance@ name a job, not a person
    "newsletter", "newsletters", "news", "info", "enquiries", "enquiry", "reception", "finance", "exams",
    "attendance", "absence", "absences", "noreply", "reply", "comms", "communications", "pta", "data", "support",
    "helpdesk", "payroll", "bursar", "careers", "sixthform", "senco", "send", "dsl", "safeguarding", "bookings",
    "trips", "events", "library", "transport", "catering", "site", "premises", "cover", "staff", "allstaff",
    "principal", "clerk", "governors", "marketing", "admissions", "website", "postmaster", "mail", "team",
    "department", "dept", "year", "nursery", "breakfast", "club", "accounts", "hr", "it", "ict",
    # (not words that are also surnames: House, English, Nurse, Art, Music, General)
    "hostel", "boarding", "registrar", "registry", "licensing", "placements", "pastoral", "wellbeing",
    "medical", "matron", "health", "sports", "science", "maths", "languages", "humanities", "inclusion",
    "welfare", "family", "parents", "community", "lettings", "estates", "facilities", "operations",
    "headsoffice", "headspa", "secretary", "contact", "hello", "studentservices", "students", "services",
})

# Characters that render as nothing; dashes and spaces of every width, as people paste them.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"})
_ENTITY_SPACE = re.compile(r"&(?:nbsp|#160|#xa0);", re.IGNORECASE)
# "I’m", "don’t", "you’ve": mail clients and phones turn apostrophes curly; every pattern here is
# written with the straight one. Only between letters, so a closing quotation mark stays what it is.
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ](?=[^\W\d_])")


def normalise(text: str) -> str:
    """What a reader sees: NFKC (full-width digits, no-break spaces), no invisibles, plain dashes,
    straight apostrophes."""
    text = _ENTITY_SPACE.sub(" ", text)  # a plain-text part that carries HTML's &nbsp; literally
    text = unicodedata.normalize("NFKC", text)
    return _CURLY_APOSTROPHE.sub("'", _INVISIBLE.sub("", text).translate(_DASHES))


MAX_CANDIDATES = 300  # phone-number candidates read per part: enough for any real letter
MAX_HITS = 20  # details of one kind reported per part: the reviewer needs a few, not all


def capped(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """At most MAX_CANDIDATES matches: a message stuffed with decoys must not stall the filter."""
    return itertools.islice(pattern.finditer(text), MAX_CANDIDATES)
