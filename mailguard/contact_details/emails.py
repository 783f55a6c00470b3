"""Personal e-mail addresses: in the text (also written out, "tom at gmail dot com"), and in the
headers (a personal From or Reply-To, the sender's own personal copy in Cc)."""

from __future__ import annotations

import re
from functools import lru_cache

from mailguard import webmail
from mailguard.contact_details.context import Context, Hit, capped
from mailguard.contact_details.third_party import belongs_to_third_party
from mailguard.contact_details.whose import (
    claimed_by_sender,
    clause_after,
    clause_before,
    introduced_as_theirs,
    owner_of,
    records_block,
)
from mailguard.findings import mask_word

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


def find_emails(text: str, where: str, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    written_out = [m for m in capped(_EMAIL_WORDS, text)
                   if webmail.is_builtin_webmail(_DOT_WORD.sub(".", m.group("domain")), ctx.settings.webmail_domains)]
    for m in [*capped(_EMAIL, text), *written_out]:
        domain = _DOT_WORD.sub(".", m.group("domain")).lower()
        if not re.search(r"\.[a-z]{2,}$", domain):
            continue
        address = f"{m.group('local').lower()}@{domain}"
        start, end = m.span("all") if "all" in m.groupdict() else m.span()
        if _email_allowed(address, domain, ctx):
            continue
        whose = owner_of(clause_before(text, start), clause_after(text, end), ctx)
        if whose == "theirs" or records_block(text, start, ctx) or introduced_as_theirs(text, start, ctx):
            continue  # "your new address is …", "the details we hold for you: …", "In case you need her:"
        local = address.partition("@")[0]
        if any(n in local for n in ctx.recipient_names) and not any(n in local for n in ctx.surnames):
            continue  # Maryam Farooq's own m.farooq2008@gmail.com, written back to her
        personal = ctx.personal_domain(domain) or family_domain(address, ctx)
        if not personal and domain not in ctx.settings.organisation_domains:
            # a domain of its own ("tom@smithfamily.me.uk") is personal only when the sender says
            # so: "my email is …", "email me at …"; not "when I rang the box office: boxoffice@…"
            before = clause_before(text, start)
            personal = (whose == "mine" and claimed_by_sender(before, clause_after(text, end))) or (
                whose is None and _HOME_LABEL.search(before) is not None
                and not belongs_to_third_party(text, start, end, ctx))  # "Home: tom@smithfamily.me.uk"
        if personal and whose is None and not any(n in address.partition("@")[0] for n in ctx.surnames) \
                and belongs_to_third_party(text, start, end, ctx):
            continue  # a small business's webmail under "Contact: Ms R. Lee, Riding School"
        if personal:
            shown = " ".join(text[start:end].split())
            hits.append(Hit("email", address, shown, where, _mask_email(address), text, start, end))
    return hits + _named_provider_emails(text, where, ctx)


# A signature line that labels an address as the sender's home one.
_HOME_LABEL = re.compile(r"(?:\A|\n)[ \t]*(?:home|personal|private)(?:[ \t]+e-?mail)?[ \t]*[:\-–][ \t]*\Z",
                         re.IGNORECASE)


# A family's or a person's own domain, named after the sender: eleanor@prycefamily.net,
# tom@smith.me.uk, home@thesmiths.co.uk. The surname alone is not enough (Mr Church writing from
# office@church.example.org; Ms Clark and schools@clarks.co.uk, Mr White and whitehouse.gov), so
# the domain says "family" or "the Smiths", or the mailbox is the sender's own given name.
_FAMILY_WORDS = r"family|fam|clan|household|home|tribe"


@lru_cache(maxsize=256)
def _family_patterns(surnames: frozenset[str], given_names: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """Compiled once per sender, not once per address: compiling is most of the cost."""
    names = "|".join(map(re.escape, sorted(surnames)))
    given = "|".join(map(re.escape, sorted(given_names))) or "(?!)"
    marked = re.compile(
        rf"(?:the|{_FAMILY_WORDS}|{given})?-?(?:{names})(?:s|es)?-?(?:{_FAMILY_WORDS})\d{{0,4}}"
        rf"|(?:the|{_FAMILY_WORDS})-?(?:{names})(?:s|es)?\d{{0,4}}")
    own_box = re.compile(rf"(?:{given})(?:[._-]?(?:{names}))?\d{{0,4}}")
    # rob@whitlocks.…, iain@ardvasar-campbells.… (a place, then the family)
    own_label = re.compile(rf"(?:{given}|[a-z0-9]+-)?-?(?:{names})(?:s|es)?\d{{0,4}}")
    return marked, own_box, own_label


def family_domain(address: str, ctx: Context) -> bool:
    local, _, domain = address.lower().partition("@")
    if not ctx.surnames or domain in ctx.settings.organisation_domains:
        return False
    marked, own_box, own_label = _family_patterns(ctx.surnames, ctx.given_names)
    labels = domain.split(".")[:-1]
    if any(marked.fullmatch(label) for label in labels):
        return True
    return own_box.fullmatch(local) is not None and any(own_label.fullmatch(label) for label in labels)


# "my gmail is tomsmith84": the provider named, the address left for the reader to complete.
_PROVIDER_NAMED = {"gmail": "gmail.com", "hotmail": "hotmail.com", "yahoo": "yahoo.com", "icloud": "icloud.com",
                   "outlook": "outlook.com", "btinternet": "btinternet.com", "aol": "aol.com"}
_MY_PROVIDER = re.compile(
    rf"\bmy\s+(?P<provider>{'|'.join(_PROVIDER_NAMED)})(?:\s+(?:address|account|email|e-mail))?\s*(?:is|:|-)\s*"
    r"(?P<local>[a-z0-9][\w.+-]{2,63})\b(?!@)",
    re.IGNORECASE,
)


def _named_provider_emails(text: str, where: str, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    for m in capped(_MY_PROVIDER, text):
        address = f"{m.group('local').lower()}@{_PROVIDER_NAMED[m.group('provider').lower()]}"
        if m.group("local").lower() in ("the", "address", "account", "email") or address in ctx.theirs:
            continue
        hits.append(Hit("email", address, " ".join(m.group(0).split()), where, _mask_email(address), text,
                         m.start(), m.end()))
    return hits


def _email_allowed(address: str, domain: str, ctx: Context) -> bool:
    return (ctx.school_domain(domain) or address in ctx.theirs
            or address in ctx.settings.allowed_addresses)


def _mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{mask_word(local)}@{domain}"


def header_addresses(ctx: Context) -> list[Hit]:
    """From/Sender/Reply-To that are personal mailboxes; the sender's own personal copy in Cc/Bcc."""
    message = ctx.message
    hits: list[Hit] = []
    groups = {r.address.lower(): r.groups for r in message.envelope.recipients}

    def add(name: str, display: str, address: str) -> None:
        shown = f"{display} <{address}>" if display else address
        hits.append(Hit("email", address, shown, f"header:{name}", _mask_email(address)))

    for name in ("From", "Sender", "Reply-To"):
        for display, address in message.addresses(name):
            address = address.lower()
            domain = address.rpartition("@")[2]
            if "@" not in address or _email_allowed(address, domain, ctx):
                continue
            if ctx.personal_domain(domain) or family_domain(address, ctx) \
                    or (name == "Reply-To" and _same_person(display, address, ctx)):
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
        if address in ctx.settings.allowed_addresses \
                or not (ctx.personal_domain(domain) or family_domain(address, ctx)):
            continue
        if _same_person(display, address, ctx):
            add(name, display, address)
    return hits


# The sender's own personal mailbox in the header of their own earlier message, forwarded or
# quoted under this one: "---------- Forwarded message --------- From: Owen Rudd
# <owen.rudd.runs@outlook.com>", "On Sat, Owen Rudd <owen.rudd.runs@outlook.com> wrote:".
_QUOTED_SENDER = re.compile(
    # each run of spaces read one way only (possessive, a name starting with no space): a line of
    # spaces after "From:" took seconds
    r"^[ \t>]*+(?:[*_]{0,2}From[*_]{0,2}[ \t]*+:[ \t]*+|On\b[^\n<]{0,80}?,[ \t]*+)"
    r"(?P<display>(?:[^<>\n@ \t][^<>\n@]{0,79}?)?)[ \t]*+<(?P<address>[^<>@\s]+@[^<>\s]+)>",
    re.IGNORECASE | re.MULTILINE,
)


def quoted_own_addresses(text: str, where: str, ctx: Context) -> list[Hit]:
    """Forwarding or quoting one's own message sent from a personal mailbox gives that mailbox out."""
    hits: list[Hit] = []
    for m in capped(_QUOTED_SENDER, text):
        display, address = m.group("display").strip().strip('"'), m.group("address").lower()
        domain = address.rpartition("@")[2]
        if _email_allowed(address, domain, ctx) or not display:
            continue
        if (ctx.personal_domain(domain) or family_domain(address, ctx)) and _same_person(display, address, ctx):
            hits.append(Hit("email", address, f"{display} <{address}>", where, _mask_email(address), text,
                            m.start("address"), m.end("address")))
    return hits


def _same_person(display: str, address: str, ctx: Context) -> bool:
    """Is this (personal) address the sender's own? Same surname in its name or mailbox name."""
    local = address.partition("@")[0].lower()
    words = set(re.split(r"[^a-z]+", display.lower()))
    if words & {"home", "personal", "private", "me"}:
        return True
    return any(s in local or s in words for s in ctx.surnames)
