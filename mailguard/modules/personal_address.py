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

import re
from collections.abc import Iterable
from typing import Any

from pydantic import Field, PrivateAttr, field_validator, model_validator

from mailguard import quoting, webmail
from mailguard.contact_details.channels import find_channels
from mailguard.contact_details.context import TITLES, Context, Hit, names_re, normalise
from mailguard.contact_details.emails import find_emails, header_addresses, quoted_own_addresses
from mailguard.contact_details.phones import find_phones, phone_key
from mailguard.contact_details.postal import find_addresses, postcode_key
from mailguard.findings import Evidence, Finding, snippet_around
from mailguard.message import ParsedMessage, TextPart
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
            if phone_key(item) is None:
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
        self._allowed_numbers = frozenset(k for k in map(phone_key, self.allowed_phone_numbers) if k)
        return self

    @property
    def classifier(self) -> webmail.MXClassifier:
        """The cached MX classifier (tests point it at their own DNS server)."""
        return self._classifier

    @classifier.setter
    def classifier(self, value: webmail.MXClassifier) -> None:
        self._classifier = value


def _context(message: ParsedMessage, settings: Settings) -> Context:
    school = message.school
    numbers = {k for k in map(phone_key, school.phone_numbers) if k} | settings._allowed_numbers
    # A recipient's own number (from the MIS export) repeated back to them is not the sender's.
    numbers |= {k for r in message.envelope.recipients for k in map(phone_key, r.phones) if k}
    theirs = {r.address.lower() for r in message.envelope.recipients}
    theirs |= {a.lower() for _, a in message.addresses("To")}
    surnames: set[str] = set()
    given: set[str] = set()
    # "Example School Office <office@…>": the school's own name is nobody's surname.
    not_names = TITLES | {w for d in (*school.domains, *school.pupil_domains)
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
    return Context(
        message=message, settings=settings, school_numbers=frozenset(numbers),
        school_postcodes=frozenset(postcode_key(p) for p in school.postcodes),
        theirs=frozenset(theirs), surnames=frozenset(surnames),
        surname_re=names_re(frozenset(surnames)), name_re=names_re(frozenset(surnames | given)),
        lookups_left=settings.dns.max_lookups if settings.dns else 0,
        recipient_names=frozenset(_recipient_names(message, not_names) - surnames),
        given_names=frozenset(given),
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
    return [(w, normalise(t)) for w, t in places if t and t.strip()]


_FINDERS = {"phone": find_phones, "email": find_emails, "postal-address": find_addresses,
            "private-channel": find_channels}
_REASONS = {
    "phone": "The message gives out a personal phone number ({first}).",
    "email": "The message gives out a personal e-mail address ({first}).",
    "postal-address": "The message gives out a home postal address ({first}).",
    "private-channel": "The message invites the recipient to a private channel ({first}).",
}


def check(message: ParsedMessage, settings: Settings) -> list[Finding]:
    ctx = _context(message, settings)
    # each body part's whole text (quoted replies included), normalised once for the three readers below
    bodies = [(part, normalise(part.text)) for part in message.text_parts if part.where in ("body", "body:html")]
    hits: list[Hit] = []
    for where, text in _places(message, settings):
        for kind in settings.look_for:
            hits.extend(_FINDERS[kind](text, where, ctx))
    for where, text in _own_quoted_sections(message, bodies):
        for kind in settings.look_for:
            hits.extend(_FINDERS[kind](text, where, ctx))
    if "phone" in settings.look_for:
        hits.extend(_number_below(message, bodies, ctx, {h.key for h in hits if h.kind == "phone"}))
    if "email" in settings.look_for:
        hits.extend(header_addresses(ctx))
        for part, full in bodies:
            hits.extend(quoted_own_addresses(full, part.where, ctx))
    hits = [h for h in hits if not (h.kind == "phone" and h.key in ctx.school_owned)]
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


def _own_quoted_sections(message: ParsedMessage, bodies: list[tuple[TextPart, str]]) -> list[tuple[str, str]]:
    """The sender's own earlier messages quoted or forwarded under a reply ("-----Original
    Message----- From: Paul Kendrick <p.kendrick@…>", "On 3 Mar, Hannah Clarke <h.clarke@…>
    wrote:"): resending them gives the details in them out again."""
    sender = message.envelope.sender.lower()
    if "@" not in sender:
        return []
    sections: list[tuple[str, str]] = []
    for part, full in bodies:
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


def _number_below(message: ParsedMessage, bodies: list[tuple[TextPart, str]], ctx: Context,
                  found: set[str]) -> list[Hit]:
    hits: list[Hit] = []
    for part, full in bodies:
        if not _REFERS_TO_NUMBER.search(normalise(part.own_text)):
            continue
        for hit in find_phones(full, part.where, ctx):
            attribution = full[max(0, hit.start - 600):hit.start]
            if hit.key not in found and (ctx.surname_re.search(attribution) or message.envelope.sender.lower()
                                         in attribution.lower()):
                hits.append(hit)
    return hits


def _findings(hits: Iterable[Hit]) -> list[Finding]:
    unique: dict[tuple[str, str], Hit] = {}
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


def _snippet(hit: Hit, others: list[Hit]) -> str:
    """Context for the reviewer, with every *other* personal detail in it already masked."""
    if not hit.text:
        return hit.match
    snippet = snippet_around(hit.text, hit.start, hit.end)
    for other in others:
        if other is not hit and other.text and other.match and other.match not in hit.match \
                and hit.match not in other.match:
            snippet = snippet.replace(other.match, other.masked)
    return snippet
