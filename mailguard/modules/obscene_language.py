"""obscene-language: swear words and slurs, however they are disguised.

The policy (section 7): staff must not "use obscene language or swear words" nor send comments
"which could cause offence or harassment on the grounds of gender, race, disability, age, religion
or sexual orientation". This module reads the subject, every text part and every attachment that
holds text (txt, csv, html, docx, odt), undoes the usual disguises (see profanity_engine) and
reports each listed word it finds, by severity:

- `mild`: mild swearing (bloody, crap, piss off);
- `strong`: strong swearing and sexual vulgarity (fuck, cunt, twat, wanker, bollocks);
- `slur`: words that insult people for their race, religion, sex, sexual orientation, disability
  or age;
- `quoted`: any of those, but only in text the sender quoted or forwarded (a parent's message
  they replied to, an abusive e-mail forwarded to the head): recorded, normally not acted on.

In mail to staff only (or to staff and public services: a referral to children's social
care; never a parent, a pupil or any other address), words in quotation marks that a speech verb
attributes to someone else ('one of them called her "a slag"', "she said 'you're a ...'") are
`quoted` too: incident reports and referrals must record a child's words verbatim. The sender's
own speech ('I told him to "..."') is not.

Not counted: allow-list entries (an entry marked [name] only when written as a name: Bell End,
Mrs Nutter), a capitalised listed word that begins a street or place name ("Sluts Lane"), and
`allow_near` words in their innocent context (faggots next to gravy, mash or the lunch menu).

Evidence names the word (whole for the quarantine record, masked f**k for the decision log),
where it was (subject, body, attachment:NAME) and a snippet around it.
"""

from __future__ import annotations

import bisect
import csv
import html
import io
import itertools
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, PrivateAttr, ValidationInfo, model_validator

from mailguard import webmail
from mailguard.findings import Evidence, Finding, mask_word
from mailguard.message import (
    Attachment,
    ParsedMessage,
    decode_header_value,
    decode_payload_text,
    html_to_text,
)
from mailguard.modules import ModuleSettings, base_dir
from mailguard.profanity_engine import (
    Entry,
    Hit,
    Lexicon,
    LexiconCache,
    WordListError,
    canonical_word,
    parse_lines,
)

NAME = "obscene-language"
DESCRIPTION = "Finds swear words and slurs in the subject, body and text attachments, however disguised."
KINDS = {
    "mild": "mild swearing (bloody, crap, piss off)",
    "strong": "strong swearing or sexual vulgarity",
    "slur": "a slur on someone's race, religion, sex, sexual orientation, disability or age",
    "quoted": "a listed word only in text the sender quoted, forwarded or (to staff or public services) "
              "reported as someone else's words, not in their own",
}

Severity = Literal["mild", "strong", "slur"]
SEVERITY_WORDS = {
    "mild": "mild swearing",
    "strong": "strong swearing",
    "slur": "a slur",
}

MAX_LIST_BYTES = 2_000_000
TEXT_EXTENSIONS = (".txt", ".csv", ".tsv", ".htm", ".html", ".md", ".text", ".log", ".ics", ".vcf")
HTML_EXTENSIONS = (".htm", ".html")
_RAW_SUBJECT = re.compile(rb"(?im)^subject:[ \t]*((?:.*)(?:\r?\n[ \t].*)*)")
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|fw|fwd|aw|sv|antw|vs)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Settings


@lru_cache(maxsize=64)
def _read_list(path: str, stamp: tuple[int, int], severity: str, display: str) -> tuple[Entry, ...]:
    data = Path(path).read_bytes()[:MAX_LIST_BYTES]
    text = data.decode("utf-8-sig", errors="replace")
    return tuple(parse_lines(text.splitlines(), display, severity))


def _load_file(name: str, severity: str, info: ValidationInfo) -> tuple[Entry, ...]:
    """A word list named relative to the rules directory; errors name the file (and line)."""
    path = Path(name)
    if not path.is_absolute():
        path = base_dir(info) / path
    try:
        st = path.stat()
    except OSError:
        raise ValueError(f"word list {name!r} not found (looked for {path})") from None
    if not path.is_file():
        raise ValueError(f"word list {name!r} is not a file ({path})")
    try:
        return _read_list(str(path), (st.st_mtime_ns, st.st_size), severity, name)
    except OSError as exc:
        raise ValueError(f"word list {name!r} cannot be read: {exc.strerror}") from None
    except WordListError as exc:
        raise ValueError(f"word list {exc}") from None


def _allow_file(value: str, info: ValidationInfo) -> str:
    _load_file(value, "allow", info)  # check it now, so a mistake points at this line
    return value


# Where referrals go: councils, the police, the NHS, other schools, charities. A mailbox at any
# other domain may be a family's own (smithfamily.co.uk), so it counts as a person's. The rule
# file can replace the list, e.g. to add a local authority on a .co.uk domain.
PUBLIC_SERVICE_DOMAINS = ("gov.uk", "police.uk", "nhs.uk", "nhs.net", "sch.uk", "ac.uk", "mod.uk", "cjsm.net",
                          "org.uk", "org", "gov")
# Top-level domains only public bodies hold (.gov) or that the defaults name on purpose (.org:
# charities such as the NSPCC); any other bare ending (.wales, .scot, .uk) anyone can register under.
_PUBLIC_TLDS = frozenset({"gov", "org", "edu", "mil", "int"})
# Second levels open to anyone: uk.com, gb.net, com.au, co.nz.
_OPEN_SECOND_LEVEL = frozenset({"co", "com", "net", "me", "ltd", "plc", "uk", "gb", "eu", "us", "biz", "info"})
# Endings that families' and people's own domains share: never a public service on their own.
_TOO_WIDE = frozenset({"com", "net", "uk", "co.uk", "me.uk", "ltd.uk", "plc.uk", "io", "co", "me", "info", "biz",
                       "eu", "online", "email", "family", "name"})
_DOMAIN_ENDING = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*")


def _domain_ending(value: str) -> str:
    domain = value.strip().strip(".").lower().lstrip("@")
    if not _DOMAIN_ENDING.fullmatch(domain):
        raise ValueError(f"{value!r} is not a mail domain or the end of one (gov.uk, leeds-la.co.uk)")
    labels = domain.split(".")
    too_wide = domain in _TOO_WIDE or (len(labels) == 1 and domain not in _PUBLIC_TLDS) \
        or (len(labels) == 2 and labels[0] in _OPEN_SECOND_LEVEL)
    if too_wide or webmail.is_builtin_webmail(domain):
        raise ValueError(f"{value!r} would count personal mailboxes as a public service; "
                         "name the organisation's own domain instead (leeds-la.co.uk, gov.wales)")
    return domain


class WordList(ModuleSettings):
    """One list: a file of entries and/or entries written inline, and how bad they are."""

    file: str | None = None
    words: list[str] = []
    severity: Severity

    _entries: tuple[Entry, ...] = PrivateAttr(default=())

    @model_validator(mode="after")
    def _load(self, info: ValidationInfo) -> WordList:
        if self.file is None and not self.words:
            raise ValueError("give a word list 'file', or 'words' written here, or both")
        entries: list[Entry] = []
        if self.file is not None:
            entries.extend(_load_file(self.file, self.severity, info))
        try:
            entries.extend(parse_lines(self.words, "settings", self.severity))
        except WordListError as exc:
            raise ValueError(f"words: {exc}".replace("settings: ", "")) from None
        self._entries = tuple(entries)
        return self


# Words before a listed word that make it an insult whatever is near it ("you faggot").
DEFAULT_NOT_AFTER = ("you", "ya", "u", "ur", "youre", "such", "total", "absolute", "complete", "proper",
                     "utter", "right", "massive", "stupid", "dirty", "filthy", "fucking", "bloody", "little",
                     "bunch of", "load of", "them", "those", "these", "like", "im", "hes", "shes", "theyre",
                     "called", "call")


def _canonical_list(value: list[str]) -> list[str]:
    out = []
    for item in value:
        words = [canonical_word(w) for w in item.split()]
        if not words or not all(w.isalpha() for w in words):
            raise ValueError(f"{item!r} is not a word (letters only)")
        out.append(" ".join(words))
    return out


class NearAllow(ModuleSettings):
    """A listed word that has an innocent meaning in a context shown by the words around it:
    faggots (the dish) next to gravy, onions, mash or the lunch menu. The word is not counted when
    one of `near` is within `within` words of it in the same paragraph, unless the word straight
    before it is one of `not_after` ("you faggot", "bunch of faggots", "such a ..."). A word of
    `decisive` within four words after it settles it even after such a lead-in: "yes, she's a
    bitch, she's spayed"."""

    words: Annotated[list[str], AfterValidator(_canonical_list)] = Field(min_length=1)
    near: Annotated[list[str], AfterValidator(_canonical_list)] = Field(min_length=1)
    within: int = Field(10, ge=1, le=50)
    not_after: Annotated[list[str], AfterValidator(_canonical_list)] = list(DEFAULT_NOT_AFTER)
    decisive: Annotated[list[str], AfterValidator(_canonical_list)] = []


class Settings(ModuleSettings):
    lists: list[WordList] = Field(min_length=1)
    allow: list[Annotated[str, AfterValidator(_allow_file)]] = []  # files of allowed words/phrases
    allow_words: list[str] = []  # allowed words/phrases written here
    allow_near: list[NearAllow] = []  # words allowed in a context (faggots with gravy)
    where: list[Literal["subject", "body", "attachments"]] = ["subject", "body", "attachments"]
    quoted: Literal["separate", "ignore", "include"] = "separate"
    reported_speech: bool = True  # in mail to staff, words someone else said count as quoted
    reported_speech_to_organisations: bool = True  # ... and in mail to staff and public services
    public_service_domains: list[Annotated[str, AfterValidator(_domain_ending)]] = list(PUBLIC_SERVICE_DOMAINS)
    max_evidence: int = Field(20, ge=1, le=1000)
    max_attachment_bytes: int = Field(20_000_000, ge=1)

    _lexicon: Lexicon | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _compile(self, info: ValidationInfo) -> Settings:
        entries: list[Entry] = []
        for wordlist in self.lists:
            entries.extend(wordlist._entries)
        for name in self.allow:
            entries.extend(_load_file(name, "allow", info))
        try:
            entries.extend(parse_lines(self.allow_words, "settings", "allow"))
        except WordListError as exc:
            raise ValueError(f"allow_words: {exc}".replace("settings: ", "")) from None
        key = tuple(entries)
        self._lexicon = _LEXICONS.get(key, lambda: Lexicon(key))
        return self

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:  # pragma: no cover - set by the validator
            raise RuntimeError("settings were not validated")
        return self._lexicon


_LEXICONS = LexiconCache()


# --------------------------------------------------------------------------------------------
# What to read


@dataclass(frozen=True)
class Place:
    where: str  # subject, body, body:html, attachment:NAME
    text: str
    quoted: bool = False  # text the sender quoted or forwarded


def _is_reply(message: ParsedMessage) -> bool:
    return bool(message.header("In-Reply-To") or message.header("References")
                or _REPLY_SUBJECT.match(message.subject))


def _split_quoted(text: str, own: str) -> str:
    """The lines of text that are not in own (own_text keeps some lines, in order)."""
    own_lines = own.splitlines()
    k = 0
    quoted: list[str] = []
    for line in text.splitlines():
        if k < len(own_lines) and line == own_lines[k]:
            k += 1
        else:
            quoted.append(line)
    return "\n".join(quoted)


def _subject(message: ParsedMessage) -> str:
    """The subject; read again from the raw header when it was sent as raw UTF-8 (SMTPUTF8)."""
    subject = message.subject
    if "\ufffd" not in subject:
        return subject
    head = message.raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    match = _RAW_SUBJECT.search(head)
    if match is None:
        return subject
    raw = re.sub(rb"\r?\n[ \t]+", b" ", match.group(1)).decode("utf-8", errors="replace").strip()
    return decode_header_value(raw)


def _html_comments(message: ParsedMessage, name: str) -> list[str]:
    """Comments in an HTML attachment: invisible in a browser, but part of the file sent."""
    for att in message.attachments:
        if att.filename == name:
            markup = decode_payload_text(att.data, "utf-8", [], "attachment")
            comments: list[str] = []
            start = markup.find("<!--")
            while start != -1:
                end = markup.find("-->", start + 4)
                if end == -1:
                    break
                comments.append(html_to_text(markup[start + 4:end]))
                start = markup.find("<!--", end + 3)
            return comments
    return []


def _forwarded(where: str) -> bool:
    """Text parts of a forwarded message (message/rfc822), as message.py names them."""
    return where.startswith("forwarded:")


def places(message: ParsedMessage, settings: Settings) -> list[Place]:
    out: list[Place] = []
    if "subject" in settings.where and message.subject:
        out.append(Place("subject", _subject(message)))
    reply = _is_reply(message)
    text_names: set[str] = set()
    for part in message.text_parts:
        is_attachment = part.where.startswith("attachment:")
        if is_attachment and not _forwarded(part.where):
            name = part.where[len("attachment:"):]
            text_names.add(name)
            if "attachments" in settings.where:
                out.append(Place(part.where, _cells(name, part.text)))
                if part.content_type == "text/html":
                    out.extend(Place(part.where, c) for c in _html_comments(message, name))
            continue
        if "body" not in settings.where:
            continue
        if _forwarded(part.where):
            out.append(Place(part.where, part.text, quoted=True))
        elif reply and settings.quoted != "include":
            own = part.own_text
            out.append(Place(part.where, own))
            out.append(Place(part.where, _split_quoted(part.text, own), quoted=True))
        else:
            out.append(Place(part.where, part.text))
    if "attachments" in settings.where:
        for att in message.attachments:
            if att.filename in text_names or att.declared_type.startswith("text/"):
                continue
            text = attachment_text(att, settings.max_attachment_bytes)
            if text:
                out.append(Place(f"attachment:{att.filename or att.declared_type}", _cells(att.filename, text)))
    if settings.quoted == "ignore":
        out = [p for p in out if not p.quoted]
    return [Place(p.where, _EMOJI_IN_WORD.sub("*", p.text), p.quoted) for p in out if not _binary(p.text)]


# "f🦆ck": a picture standing for a letter inside a word is a mask like "*" (same length, so the
# evidence still points at the right place).
_EMOJI_IN_WORD = re.compile(r"(?<=[^\W\d_])[\U0001F000-\U0001FAFF\u2600-\u27BF](?=[^\W\d_])")


def _cells(name: str, text: str) -> str:
    """A spreadsheet (.csv, .tsv) as its cells, " | " between them and a row a line: the quotation
    marks that only wrap a field ("thick as pigshit, no chance") go, the ones inside a cell
    ('Called another pupil ""batty boy""' is 'Called another pupil "batty boy"') stay, so quotes
    mean what they mean in prose."""
    lower = name.lower()
    if not lower.endswith((".csv", ".tsv")):
        return text
    delimiter = "\t" if lower.endswith(".tsv") else (";" if text.count(";") > text.count(",") else ",")
    try:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return "\n".join(" | ".join(cell.strip() for cell in row) for row in rows)
    except csv.Error:
        return text  # not a well-formed spreadsheet: read it as it is


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _binary(text: str) -> bool:
    """Bytes that are not text (an image sent as text/plain): what a reader never sees as words."""
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) > len(sample) // 20


# --------------------------------------------------------------------------------------------
# Text from attachments that are not text/*: Word and OpenDocument files, mislabelled text

DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "application/vnd.ms-word.document.macroenabled.12")
ODT_TYPES = ("application/vnd.oasis.opendocument.text",)
_DOCX_PARTS = re.compile(r"^word/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$")
# Word XML: text runs, and the tags that end a paragraph or stand for space.
_DOCX_XML = re.compile(r"<w:t(?:\s[^<>]*)?>([^<]*)</w:t>|<w:(?:p|br|cr|tab)[\s/>]|<w:delText[^<>]*>[^<]*<")
_ODT_XML = re.compile(r"<text:(?:p|h|line-break|tab|s)[\s/>]|<[^<>]*>|([^<]+)")


def attachment_text(att: Attachment, limit: int) -> str:
    """The text in an attachment this module can read, or ''."""
    lower = [n.lower() for n in att.filenames]
    declared, data = att.declared_type, att.data
    kind = ""
    if any(n.endswith((".docx", ".docm", ".dotx")) for n in lower) or declared in DOCX_TYPES:
        kind = "docx"
    elif any(n.endswith(".odt") for n in lower) or declared in ODT_TYPES:
        kind = "odt"
    elif any(n.endswith(TEXT_EXTENSIONS) for n in lower):
        kind = "text"
    else:
        sniffed = att.true_type
        if sniffed in DOCX_TYPES:
            kind = "docx"
        elif sniffed in ODT_TYPES:
            kind = "odt"
        elif sniffed.startswith("text/"):
            kind = "text"
    if kind == "docx":
        return _zip_text(data, limit, _DOCX_PARTS, _docx_xml_text)
    if kind == "odt":
        return _zip_text(data, limit, re.compile(r"^(?:content|styles)\.xml$"), _odt_xml_text)
    if kind == "text":
        text = decode_payload_text(data[:limit], "utf-8", [], "attachment")
        head = text.lstrip()[:15].lower()
        if any(n.endswith(HTML_EXTENSIONS) for n in lower) or head.startswith(("<!doctype", "<html")):
            text = html_to_text(text)
        return text
    return ""


def _zip_text(data: bytes, limit: int, members: re.Pattern[str], convert: Callable[[str], str]) -> str:
    """Text of the matching XML members of a zip, reading at most `limit` bytes in all."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return ""
    pieces: list[str] = []
    budget = limit
    with archive:
        for info in archive.infolist():
            if budget <= 0 or not members.match(info.filename):
                continue
            try:
                with archive.open(info) as member:
                    raw = member.read(budget)  # never more than the budget, whatever it claims
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError, ValueError):
                continue
            budget -= len(raw)
            pieces.append(convert(raw.decode("utf-8", errors="replace")))
    return "\n".join(p for p in pieces if p)


def _docx_xml_text(xml: str) -> str:
    out: list[str] = []
    for match in _DOCX_XML.finditer(xml):
        if match.group(1) is not None:
            out.append(html.unescape(match.group(1)))
        elif match.group(0).startswith("<w:tab"):
            out.append("\t")
        elif not match.group(0).startswith("<w:delText"):
            out.append("\n")
    return "".join(out).strip()


def _odt_xml_text(xml: str) -> str:
    out: list[str] = []
    for match in _ODT_XML.finditer(xml):
        if match.group(1) is not None:
            out.append(html.unescape(match.group(1)))
        elif match.group(0).startswith(("<text:p", "<text:h", "<text:line-break")):
            out.append("\n")
        elif match.group(0).startswith(("<text:tab", "<text:s")):
            out.append(" ")
    return "".join(out).strip()


# --------------------------------------------------------------------------------------------
# The check


def check(message: ParsedMessage, settings: Settings) -> list[Finding]:
    found: dict[str, list[Evidence]] = {}
    counts: dict[str, int] = {}
    severities: dict[str, set[str]] = {}
    seen: set[tuple[str, str, str]] = set()
    reports_allowed = settings.reported_speech and settings.quoted != "include" and _professional_only(
        message, settings.public_service_domains if settings.reported_speech_to_organisations else ())
    read = places(message, settings)
    pronouncing = any(_PRONOUNCE_CUE.search(p.text) for p in read)  # "a pronunciation guide attached"
    languages = any(_GLOSS_CUE.search(p.text) for p in read if p.where == "subject")  # "Words for Germany"
    about_a_book = any(_BOOK_NAMED.search(p.text) for p in read if p.where != "subject")  # "our class reader, Kes"
    for place in read:
        hits = settings.lexicon.scan(place.text)
        if hits:
            hits = [h for h in hits if not _place_name(place.text, h)]
            if settings.allow_near:
                hits = _without_allowed_near(place.text, hits, settings.allow_near)
        reported = _merged(_reported_spans(place.text, hits) + _transcript_spans(place.text)
                           + _spelled_spans(place.text)) \
            if reports_allowed and hits else []
        literary = _literary_spans(place.text, hits, about_a_book) if hits else []
        mentioned = _mention_spans(place.text, hits, reported, literary, staff_only=reports_allowed)
        glossary = _merged(_glossary_spans(place.text, hits, languages) + _glossed_quotes(place.text, hits)
                           + _transliterations(place.text, hits)) if hits else []
        spoken = _pronunciation_spans(place.text) if hits and pronouncing else []
        for i, hit in enumerate(hits):
            quoted = place.quoted or _within(reported, hit.start, hit.end) or (
                hit.severity in ("mild", "strong") and _within(literary, hit.start, hit.end)) \
                or _within(glossary, hit.start, hit.end) or _within(mentioned, hit.start, hit.end) \
                or _within(spoken, hit.start, hit.end)
            if quoted and settings.quoted == "ignore":
                continue
            kind = "quoted" if quoted else hit.severity
            # the same word in the plain and HTML versions of one body is one piece of evidence
            key = (kind, hit.word, place.where.removesuffix(":html"))
            counts[kind] = counts.get(kind, 0) + 1
            severities.setdefault(kind, set()).add(hit.severity)
            if key in seen:
                continue
            seen.add(key)
            evidence = found.setdefault(kind, [])
            if len(evidence) < settings.max_evidence:
                evidence.append(_evidence(place, hits, i))
    findings: list[Finding] = []
    for kind in ("slur", "strong", "mild", "quoted"):
        if kind not in found:
            continue
        evidence = found[kind]
        words = list(dict.fromkeys(e.masked or "" for e in evidence))
        findings.append(Finding(
            reason=_reason(kind, words, severities[kind], evidence),
            evidence=tuple(evidence),
            kind=kind,
            details={"count": counts[kind], "words": words, "severities": sorted(severities[kind])},
        ))
    return findings


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


# The second word of a street or place name: "Sluts Lane", "Twatling Road", "Bitchet Green".
_PLACE_TYPES = frozenset({
    "lane", "road", "street", "avenue", "close", "green", "hill", "hills", "end", "bottom", "bridge", "farm",
    "wood", "woods", "common", "way", "drive", "crescent", "place", "row", "court", "gardens", "grove",
    "park", "mews", "terrace", "walk", "rise", "fold", "croft", "moor", "fell", "crags", "cross", "hall",
    "cottage", "cottages", "mill", "brook", "beck", "gill", "dale", "field", "fields", "heath", "marsh",
    "wharf", "quay", "square", "yard", "hollow", "copse", "knoll", "manor", "grange", "lodge", "village",
    "town", "castle", "abbey", "priory", "barton", "parva", "magna", "tor", "pike", "point", "bay", "island",
})
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_LEAD_WORD = re.compile(r"([^\W\d_]+)[^\w\n]{0,3}\Z")
_INSULT_LEAD = frozenset({"a", "an", "you", "ya", "u", "ur", "such", "total", "absolute", "complete", "proper",
                          "utter", "right", "massive", "stupid", "dirty", "fucking", "bloody", "what"})


def _place_name(text: str, hit: Hit) -> bool:
    """A listed word written as the first part of a place or street name: a capital letter, a
    single word, then a capitalised Lane, Road, Green, End ... ("Sluts Lane", "Twatling Road"),
    and not after an insult lead-in ("you Twat Hill" is not an address)."""
    written = hit.written
    if " " in written or not written[:1].isupper() or not written[1:].islower() or not written.isalpha():
        return False
    following = _NEXT_WORD.match(text, hit.end)
    if following is None or following.group(1).lower() not in _PLACE_TYPES:
        return False
    lead = _LEAD_WORD.search(text, max(0, hit.start - 30), hit.start)
    return lead is None or lead.group(1).lower() not in _INSULT_LEAD


def _without_allowed_near(text: str, hits: list[Hit], rules: list[NearAllow]) -> list[Hit]:
    """The hits no allow_near rule lets go. A word the text has already shown in its innocent
    sense keeps it further on ("Faggots, mash and peas … we're expecting the faggots to be a hard
    sell with Year 7"), unless an insult lead-in comes straight before it there."""
    allowed = [h for h in hits if _allowed_near(text, h, rules)]
    if not allowed:
        return hits
    shown = {_stem(h.word) for h in allowed}  # "Herefordshire faggots … the faggot day"
    let_go = {id(h) for h in allowed}
    return [h for h in hits if id(h) not in let_go
            and not (_stem(h.word) in shown and _allowed_near(text, h, rules, anywhere=True))]


# Away from its context words, a word said of someone: "they are …", "all …", "like …".
_SAID_OF_SOMEONE = frozenset({"is", "are", "was", "were", "be", "being", "been", "am", "all", "like", "as", "them",
                              "those", "these", "bunch", "lot", "load", "pack", "proper", "right", "real"})
_WISHED = frozenset({"be", "get", "got", "getting", "should", "needs", "need", "ought", "must", "wants", "want",
                     "deserves", "go"})


def _allowed_near(text: str, hit: Hit, rules: list[NearAllow], anywhere: bool = False) -> bool:
    """Whether an allow_near rule lets this hit go: the word written plainly, a context word
    close by in the same paragraph, and no insult lead-in straight before it."""
    if not any(hit.word in rule.words for rule in rules):
        return False  # most hits: no rule for this word, nothing around it to read
    if canonical_word(hit.written) != hit.word:
        return False  # f@ggots: a disguised word was meant as the slur
    lo = max(0, hit.start - 300)
    breaks = list(_PARAGRAPH.finditer(text, lo, hit.start))
    if breaks:
        lo = breaks[-1].end()
    after_break = _PARAGRAPH.search(text, hit.end, hit.end + 300)
    hi = after_break.start() if after_break else min(len(text), hit.end + 300)
    reach = max(max((r.within for r in rules if hit.word in r.words), default=0), 2)
    before = [canonical_word(w) for w in _WORDS.findall(text[lo:hit.start])[-reach:]]
    after = [canonical_word(m.group(0)) for m in itertools.islice(_WORDS.finditer(text, hit.end, hi), reach)]
    for rule in rules:
        if hit.word not in rule.words:
            continue
        around = set(before[-rule.within:]) | set(after[:rule.within])
        pairs = {" ".join(p) for seq in (before[-rule.within:], after[:rule.within]) for p in itertools.pairwise(seq)}
        lead = before[-1] if before else ""
        lead2 = " ".join(before[-2:])
        # a decisive word says which sense it is only straight after it: "she's a bitch, she's spayed"
        next_words = after[:4]
        # "she's spayed", not "get her spayed" or "she should be neutered" (said of a person)
        next_words = next_words[:next((i for i, w in enumerate(next_words) if w in _WISHED), len(next_words))]
        settled = set(next_words) | {" ".join(p) for p in itertools.pairwise(next_words)}
        if (lead in rule.not_after or lead2 in rule.not_after) and not any(w in settled for w in rule.decisive):
            if anywhere:
                return False  # "Faggots and mash … He is a faggot": any rule's insult lead-in is enough
            continue
        if lead in _SAID_OF_SOMEONE:
            if anywhere:
                return False  # "Faggots and mash on Monday. … the lot of them are faggots."
            # "Wednesday is faggots and mash", not "Faggots and mash on Monday. The new lads are faggots."
            around, pairs = _in_sentence(text, hit, rule.within)
        if not anywhere and any(w in around or w in pairs for w in rule.near):
            return True
    return anywhere


_SENTENCE_BOUND = re.compile(r"[.!?;]\s|\n[ \t]*\n")


def _in_sentence(text: str, hit: Hit, within: int) -> tuple[set[str], set[str]]:
    """The words (and pairs of words) within reach of the hit in its own sentence."""
    lo = max(0, hit.start - 300)
    stops = list(_SENTENCE_BOUND.finditer(text, lo, hit.start))
    lo = stops[-1].end() if stops else lo
    stop = _SENTENCE_BOUND.search(text, hit.end, hit.end + 300)
    hi = stop.start() if stop else min(len(text), hit.end + 300)
    before = [canonical_word(w) for w in _WORDS.findall(text[lo:hit.start])][-within:]
    after = [canonical_word(w) for w in _WORDS.findall(text[hit.end:hi])][:within]
    return set(before) | set(after), {" ".join(p) for seq in (before, after) for p in itertools.pairwise(seq)}


def _professional_only(message: ParsedMessage, organisations: Sequence[str]) -> bool:
    """Mail only to staff, or to staff and public services (mail domains ending in one of
    `organisations`): a safeguarding referral to children's social care or the police has to give
    a child's account word for word.
    Never when a recipient is a parent, a pupil, or any other address (a personal mailbox)."""
    recipients = message.envelope.recipients
    if not recipients:
        return False
    for r in recipients:
        if not r.groups or r.groups & {"parent", "pupil"}:
            return False
        if "external" in r.groups:
            domain = r.address.rpartition("@")[2].lower().rstrip(".")
            if not organisations or webmail.is_builtin_webmail(domain) \
                    or not any(domain == s or domain.endswith("." + s) for s in organisations):
                return False
    return True


# Words in quotation marks attributed to someone: 'he called her a "slag"', "shouted 'fuck off'",
# "she said 'you're a fat cow'". A quotation may run on over a line break (mail wraps long lines)
# but not over a blank line, and is at most MAX_QUOTE characters; inside single quotes an
# apostrophe between letters (you're) is not the closing quote.
MAX_QUOTE = 300
MAX_REPORTED = 1000  # quotations around listed words looked at per text: a flood is not read as reports
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Every quotation in text, each pair of marks found by one look-up (bisect), not by trying
    every opening mark against the rest of the text."""
    blanks = [m.start() for m in _BLANK_LINE.finditer(text)]

    def ok(open_at: int, close_at: int) -> bool:
        if not 1 < close_at - open_at <= MAX_QUOTE + 1:
            return False
        k = bisect.bisect_left(blanks, open_at)
        return k >= len(blanks) or blanks[k] >= close_at

    spans: list[tuple[int, int]] = []
    # straight double quotes: taken in pairs, starting again after a blank line or a long gap
    pending = -1
    for m in re.finditer('"', text):
        pos = m.start()
        if pending >= 0 and ok(pending, pos):
            spans.append((pending, pos + 1))
            pending = -1
        else:
            pending = pos
    # curly and single quotes, and guillemets: each opening mark with the next closing one
    for opening, closing in (("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»")):
        opens = [i for i, c in enumerate(text) if c == opening and _opens(text, i)] if opening in text else []
        if not opens:
            continue
        closes = [i for i, c in enumerate(text) if c == closing and _closes(text, i)]
        last_close = -1
        for o in opens:
            if o < last_close:
                continue  # inside the previous quotation
            k = bisect.bisect_right(closes, o)
            if k < len(closes) and ok(o, closes[k]):
                spans.append((o, closes[k] + 1))
                last_close = closes[k]
    return _merged(spans)


# Verse or prose set off as a block: indented lines after a line that ends in a colon ("Here's the
# part we didn't get to:\n\n    Why bastard? Wherefore base?\n    …"), as a teacher pastes a passage.
_BLOCK_QUOTE = re.compile(r":[ \t]*\n(?:[ \t]*\n)?((?:(?:[ \t]{2,}|\t)[^\s][^\n]*(?:\n|\Z)){1,40})")
MAX_BLOCK_QUOTE = 2000


def _block_quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _BLOCK_QUOTE.finditer(text)
            if m.end(1) - m.start(1) <= MAX_BLOCK_QUOTE and _introduces_passage(text, m.start())]


# The line that introduces a passage names it as one ("Here's the part we didn't get to:", "Then
# the key lines:"), never as the sender's own view ("My comment on it:", "what I wrote:").
_PASSAGE_WORDS = re.compile(
    r"\b(?:lines?|passage|extract|part|quotations?|quotes?|speech|soliloquy|monologue|verse|verses|stanza|"
    r"scene|chorus|opening|ending|poem|prologue|epilogue|sonnet|dialogue|text)\b", re.IGNORECASE)
_OWN_VIEW = re.compile(
    r"\b(?:my|our)\s+(?:own\s+)?(?:views?|comments?|opinions?|thoughts|feedback|verdict|take|reply|response|"
    r"answer|message|notes?)\b|\b(?:i|we)(?:'ve|\s+have)?\s+(?:think|thought|wrote|written|feel|felt|reckon|said|say|"
    r"put)\b|\bwhat\s+(?:i|we)\b", re.IGNORECASE)


def _introduces_passage(text: str, colon: int) -> bool:
    line = text[text.rfind("\n", 0, colon) + 1:colon]
    return bool(_PASSAGE_WORDS.search(line)) and not _OWN_VIEW.search(line)


def _opens(text: str, i: int) -> bool:
    """A mark that can open a quotation: a single quote not inside a word (don't, o'clock)."""
    if text[i] != "'":
        return True
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'_")


def _closes(text: str, i: int) -> bool:
    """A mark that can close a quotation: not an apostrophe between letters (you're, you’re)."""
    if text[i] not in "'’":
        return True
    after = text[i + 1] if i + 1 < len(text) else ""
    return not (after.isalnum() or after == "_")


# Verbs and nouns that say the words in quotation marks were someone else's: said, called,
# shouted, wrote, texted, posted ... "used the word", "the language used was".
_SPEECH_VERBS = (
    r"say|says|said|saying|call|calls|called|calling|shout|shouts|shouted|shouting|yell|yells|yelled|yelling|"
    r"scream|screams|screamed|screaming|tell|tells|told|telling|reply|replies|replied|replying|write|writes|"
    r"wrote|written|writing|swore|swearing|sworn|mutter|mutters|muttered|muttering|mumbled|mumbling|"
    r"whisper|whispers|whispered|whispering|mouthed|respond|responded|retorted|answered|stated|"
    r"alleged|allegedly|alleges|claimed|claims|reported|reports|disclosed|heard|overheard|chant|chanted|"
    r"chanting|sang|sung|singing|commented|asked|text|texts|texted|texting|post|posts|posted|posting|"
    r"message|messages|messaged|messaging|tweeted|snapchatted|repeated|repeating|use|used|using|uses|"
    r"went|goes|hissed|snapped|sneered|jeered|taunted|taunting|mocked|mocking|insulted|abused|bellowed|"
    r"cried|exclaimed|blurted|added|continued|referred|labelled|nicknamed|named|accused|scrawled|"
    r"graffitied|typed|read|reads|sent|sending|captioned|commenting|described|describing|describes|"
    r"referring|refers|labelling|branded|branding|dubbed|shouting|saying|fingerspell|fingerspells|fingerspelled|"
    r"fingerspelt|fingerspelling"
)
# A transcript line: 'J.B. (9X) to A.K.: "..."', 'Pupil: "..."', 'Parent on the phone: "..."'.
_SPEAKER_LABEL = re.compile(
    r"(?:(?:\b[A-Z]\.\s?[A-Z]\.?|\b(?:[Pp]upil|[Ss]tudent|[Cc]hild|[Bb]oy|[Gg]irl|[Hh]e|[Ss]he|[Tt]hey|[Pp]arent|"
    r"[Mm]um|[Dd]ad|[Cc]arer|[Vv]ictim|[Ww]itness|[Pp]erpetrator)(?:\s+[A-Z0-9]\w{0,3})?)(?:\s*\([^()\n]{1,20}\))?"
    r"|\b[A-Z][a-z]+\s*\([^()\n]{1,20}\))"  # a first name only with its class: "Jordan (Y9)"
    r"(?:\s+(?:to|on\s+the\s+phone|in\s+the\s+message)(?:\s+[^:\n]{1,30})?)?"
    r"\s*[:\-–]\s*\Z"
)
_CLAUSE_END = re.compile(r"[.!?]|\n[ \t]*\n")
_REPORTING = re.compile(
    rf"\b(?:{_SPEECH_VERBS}|hear|hears|hearing|(?<!few\s)(?<!other\s)(?<!kind\s)(?<!quick\s)words?|language|phrase|slur|insult|remark|comment|comments|verbatim|exact|"
    r"quote|quoted|quoting|account|statement|disclosure|graffiti|note|caption|name|names|"
    r"name[\s-]calling|screenshots?|(?:copied|transcribed|typed\s+out|written\s+out)\s+(?:exactly|word\s+for\s+word|"
    r"verbatim)|exactly\s+as\s+(?:he|she|they|it\s+was|written|sent|typed|shown|posted)|show(?:ed|n)\s+me)\b",
    re.IGNORECASE,
)
# The sender's own speech ("I said 'f*** it'", "I told him to 'piss off'") is not reported speech;
# "I was called a '...'" and "I heard him say '...'" are: what counts is who does the nearest verb.
_SPEECH = re.compile(rf"\b(?:{_SPEECH_VERBS})\b", re.IGNORECASE)
_FIRST_PERSON_SUBJECT = re.compile(
    r"\b(?:i|we)(?:['’](?:ve|d))?(?:\s+(?:just|then|also|literally|actually|even|only|simply|have|had|did|"
    r"probably|may|might|must|quietly|accidentally|then|once))*\s+\Z",
    re.IGNORECASE,
)


# Verbs of hearing and recording: "I heard", "I overheard", "I noted" take someone else's words.
_HEARING = frozenset({"heard", "overheard", "read", "reads", "reported", "reports", "noted", "recorded",
                      "quoted"})


def _own_speech(before: str) -> bool:
    """Whether the nearest speech verb before a quotation has I or we as its subject (and is not
    a verb of hearing: 'quoted exactly as I heard it: "…"' reports the pupil's words)."""
    verbs = list(_SPEECH.finditer(before))
    if not verbs or verbs[-1].group(0).lower() in _HEARING:
        return False
    if _WRITTEN_DOWN.match(before, verbs[-1].end()):
        return False  # "(her words, I wrote them down straight after)": recorded, not said
    if verbs[-1].group(0).lower() in _IMPERATIVE and _BIDDING.search(before, 0, verbs[-1].start()) \
            and not _ASKING_ABOUT.search(before, verbs[-1].end()):
        return True  # 'Tell Jim: "…"', 'just text her "…"': the sender's words, said through someone
    return bool(_FIRST_PERSON_SUBJECT.search(before, 0, verbs[-1].start()))


# Speech verbs as a bidding at the start of a clause ('Tell Jim: "…"', 'Hi all, say "…" to them').
_IMPERATIVE = frozenset({"tell", "say", "text", "message", "write", "call", "reply", "send", "post", "ask"})
_BIDDING = re.compile(
    r"(?:\A|[\n,;:(]|\b(?:and|so|then)\b)\s*(?:(?:please|pls|just|go\s+and|can\s+you|could\s+you|you\s+can|"
    r"feel\s+free\s+to|do|then)\s+)*\Z", re.IGNORECASE)
# ... but not a request to report others' words: 'tell me if you hear "…"'.
_ASKING_ABOUT = re.compile(r"\b(?:if|whether|when|whenever|hear|hears|heard|see|sees|spot|notice|anyone|any)\b",
                           re.IGNORECASE)


# Writing someone's words down is recording them: "I wrote it down", "I typed them up".
_WRITTEN_DOWN = re.compile(r"(?:\s+(?:it|them|this|that|everything|what\s+\w+\s+said))?\s+(?:down|up)\b",
                           re.IGNORECASE)


# 'Tell that "cunt" in finance …', 'can someone ask the "twat" in IT': the quotation is the person
# the message is about, named by the sender, not words someone said.
_PERSON_NAMED_BEFORE = re.compile(
    r"\b(?:tell|ask|get|send|remind|let|warn|thank)\s+(?:that|the|this|those|these|our|your)\s*\Z", re.IGNORECASE)


_OWN_SPEECH_AFTER = re.compile(
    r"^\W{0,3}(?:i|we)\s+(?:said|shouted|yelled|replied|told|wrote|texted|answered|snapped|muttered)\b"
    r"|^\W{0,3}(?:said|shouted|replied|wrote)\s+i\b",
    re.IGNORECASE,
)


# A quotation mark opening straight after "I said": the sender's own words are the next quotation.
_OPENS_QUOTE = re.compile(r"\s{0,3}[,:]?\s{0,3}[\"“‘']")


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])|\n[ \t]*\n")
# Writing someone else left, named in the sentence before a quotation that a colon introduces:
# 'There's new graffiti in the boys' toilets. Black marker on the door: "…" and under it "…"'.
_WRITTEN_BY_OTHERS = re.compile(
    r"\b(?:graffiti|graffitied|scrawled|scratched|carved|etched|sprayed|daubed|screenshot|screenshots|"
    r"caption|captioned|written\s+on)\b",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(r":[ \t]*\Z")
# Between a reported quotation and the next one in the same sentence: ', ', 'and underneath it',
# 'then'; never the sender's own words ('and I said').
_NEXT_QUOTE = re.compile(
    r"[ \t]*(?:,|;|,?[ \t]*\b(?:and|then|or)\b)(?:[ \t]+(?!(?:i|we|my|me)\b)[\w'’-]+){0,4}[ \t,:]*"
    # the next message of a list of them, one to a line, maybe after its time: '\n[21:06] "…"'
    r"|[ \t]*\r?\n[ \t]*(?:[-•*][ \t]*)?(?:\[[^\]\n]{1,20}\][ \t]*|\d{1,2}[:.]\d{2}(?:[ \t]*[-–:])?[ \t]*)?",
    re.IGNORECASE)
# The report going on in a clause of its own: '"…"\n\nand, as he walked away:\n\n"…"', '"…" Then,
# later: "…"'. Never with the sender in it ("and I said:").
_GOES_ON = re.compile(
    r"[\s,;]*(?:and|then|also|later|and\s+then|and\s+later)\b(?![^.!?\n\"“”]{0,50}\b(?:i|we|me|my)\b)"
    r"[^.!?\n\"“”]{0,50}:\s*", re.IGNORECASE)
# What may start a line of a list before its quotation: a bullet, a number, a time ("[21:04] ").
_LINE_PREFIX = re.compile(
    r"[ \t]*(?:[-•*][ \t]*|\d{1,2}[.)][ \t]*)?(?:\[[^\]\n]{1,20}\]|\(?\d{1,2}[:.]\d{2}\)?(?:[ \t]*[-–:])?)?[ \t]*")


# A chat log copied into a report: "21:15 – user "kk_xo": everyone ignore her", "Mon 24 Feb, 21:14
# – Jay: …". Lines that start with a time and name who wrote them; two or more of them.
_CHAT_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]{2,8},?[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2,8},?[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?"
    r"[ \t]*[-–—]?[ \t]*[^\s:][^\n:]{0,39}:[ \t]+\S[^\n]*$"
    # "[account: dxn_07] no1 wants u here": a screenshot's lines, each under the account that wrote it
    r"|^[ \t]*\[[^\]\n]{0,20}[:_@\d][^\]\n]{0,20}\][ \t]*[^\s\[][^\n]*$",
    re.MULTILINE,
)


# A word spelt out letter by letter straight after someone's verb of speech, as a report gives
# fingerspelling or letters written on a desk: "were fingerspelling F-A-G at a Year 10 boy".
_SPELLED_REPORT = re.compile(
    r"\b(?:fingerspell|fingerspells|fingerspelled|fingerspelt|fingerspelling|signed|signing|mouthed|wrote|written|"
    r"typed|texted|messaged|posted|scrawled|said|shouted|yelled|chanted|whispered)\s+(?:out\s+)?"
    r"(?P<word>[A-Za-z](?:[-.][A-Za-z]){2,})\b", re.IGNORECASE)


def _spelled_spans(text: str) -> list[tuple[int, int]]:
    return [m.span("word") for m in itertools.islice(_SPELLED_REPORT.finditer(text), MAX_REPORTED)
            if not _own_speech(text[max(0, m.start() - 150):m.end("word") - len(m.group("word"))])]


def _transcript_spans(text: str) -> list[tuple[int, int]]:
    lines = [m.span() for m in _CHAT_LINE.finditer(text)]
    return lines if len(lines) >= 2 else []


def _reported_spans(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Spans of words in quotation marks, around a listed word, that the text says someone else
    said or wrote."""
    spans: list[tuple[int, int]] = []
    looked = 0
    for q_start, q_end in _quote_spans(text):
        k = _first_hit(hits, q_start)
        if k >= len(hits) or hits[k].start >= q_end:
            continue  # no listed word inside: nothing to decide
        looked += 1
        if looked > MAX_REPORTED:
            break
        if spans and q_start - spans[-1][1] <= 80 and (
                (q_start - spans[-1][1] <= 40 and _NEXT_QUOTE.fullmatch(text, spans[-1][1], q_start))
                or _GOES_ON.fullmatch(text, spans[-1][1], q_start)) \
                and not _OWN_SPEECH_AFTER.search(_CLAUSE_END.split(text[q_end:q_end + 40], maxsplit=1)[0]):
            spans.append((q_start, q_end))  # '"…" and underneath it "…"': the same report goes on
            continue
        sentences = _SENTENCE_END.split(text[max(0, q_start - 300):q_start])
        before = sentences[-1][-150:]
        if _LINE_PREFIX.fullmatch(before) and len(sentences) > 1 and _INTRODUCED.search(sentences[-2]):
            before = sentences[-2][-150:]  # 'In her words:' and the quotation as its own paragraph
        after = text[q_end:q_end + 40]
        after_clause = _CLAUSE_END.split(after, maxsplit=1)[0]  # a wrapped line goes on
        own_after = _OWN_SPEECH_AFTER.search(after_clause)
        if own_after and text[q_end - 2] == "." and _OPENS_QUOTE.match(text, q_end + own_after.end()):
            # '"… Mum was crying." I said "thank you for telling me"': the quotation ended its
            # sentence, and "I said" belongs to the next one ('"Fuck off," I said "and stay off"'
            # is one quotation of mine, split)
            own_after = None
            after_clause = ""  # so "I said" is no reporting verb for this one: only what comes before is
        if _own_speech(before) or own_after or _PERSON_NAMED_BEFORE.search(before):
            continue  # the sender quoting themselves; 'tell that "…" in finance': someone called it
        if _REPORTING.search(before) or _REPORTING.search(after_clause) or _SPEAKER_LABEL.search(before) \
                or (_INTRODUCED.search(before) and len(sentences) > 1 and _WRITTEN_BY_OTHERS.search(sentences[-2])):
            spans.append((q_start, q_end))
    return spans


# A quotation from a set text in a lesson: Edmund's "Now, gods, stand up for bastards!" in King
# Lear. Words of mild or strong swearing (never slurs) inside quotation marks count as quoted when
# the same sentence or the one before names a work, an author or a place in the text.
_AUTHORS = (
    r"Shakespeare(?:'s|’s)?|Chaucer|Dickens|Bront[eë]|Austen|Orwell|Steinbeck|Golding|"
    r"Marlowe|Milton|Wordsworth|Keats|Byron|Sassoon|Larkin|Heaney|Twain|Salinger|"
    # GCSE and A-level set texts and anthology poets; authors whose surname is common in any staff
    # room (Owen, Hughes, Lee, Williams ...) only by their full names, so that 'Mr Owen said "…"'
    # is no literary cue
    r"Carol\s+Ann\s+Duffy|Armitage|Agard|Grace\s+Nichols|Zephaniah|Tennyson|Browning|Rossetti|"
    r"Thomas\s+Hardy|William\s+Blake|Shelley|Wilfred\s+Owen|Plath|Ted\s+Hughes|Priestley|"
    r"Robert\s+Louis\s+Stevenson|Ishiguro|Atwood|Toni\s+Morrison|Angelou|Alice\s+Walker|Jackie\s+Kay|"
    r"Dharker|Satyamurti|Copus|Robert\s+Burns|Donne|Marvell|Manley\s+Hopkins|T\.\s?S\.\s+Eliot|Auden|"
    r"Kipling|Oscar\s+Wilde|Orton|Pinter|Beckett|Stoppard|Alan\s+Bennett|Arthur\s+Miller|"
    r"Tennessee\s+Williams|Scott\s+Fitzgerald|Hemingway|Harper\s+Lee|Morpurgo|Jonathan\s+Swift|"
    r"Alexander\s+Pope"
)
_LITERARY_CUE = re.compile(
    rf"\b(?:(?:in|from)\s+(?:[A-Z][\w'’]*\s+){{0,3}}(?:King\s+Lear|Macbeth|Hamlet|Othello|Romeo|Tempest)|"
    rf"{_AUTHORS}|"
    r"Act\s+(?:\d+|[IVX]+)|Scene\s+(?:\d+|[ivxIVX]+)|line\s+\d+|lines\s+\d+|stanza|verse|"
    r"(?:the|this|that)\s+(?:(?:whole|opening|final|first|last|same|next)\s+)?"
    r"(?:poem|novel|play|novella|sonnet|extract|passage|soliloquy|chapter|monologue|anthology|dialogue)|"
    r"soliloquy|sonnet|playwright|poet|novelist|the\s+author|the\s+narrator|protagonist|"
    r"oxymoron|enjambment|caesura|metaphor|simile|imagery|alliteration|plosives?|sibilance|"
    r"dramatic\s+monologue|key\s+quotations?|set\s+text|anthology|"
    r"[A-Z][a-z]+(?:'s|’s)\s+(?:soliloquy|speech|line|lines|words|monologue|insult|outburst)|"
    # a law case read in a law lesson: "Harvey v DPP [2011] EWHC 3992", "R v Rogers", "the judgment"
    r"\bR\s+v\.?\s+[A-Z]|\bv\.?\s+(?:DPP|CPS)\b|\[(?:1[89]|20)\d\d\]\s+(?:EWHC|EWCA|UKSC|UKHL|AC|QB|KB|WLR|"
    r"All\s+ER|Crim\s+LR|Cr\s+App\s+R)\b)",
)
# A set text or its author named in the quotation's own sentence or just after it ("(Macbeth to a
# servant, Macbeth 5.3)", 'Jud calls Billy a "…", Hines writes'): not from a sentence before,
# where "We read Macbeth today." says nothing about the next quotation.
_SET_TEXTS = (
    r"King\s+Lear|Macbeth|Hamlet|Othello|Romeo\s+and\s+Juliet|The\s+Tempest|Twelfth\s+Night|"
    r"Much\s+Ado|Merchant\s+of\s+Venice|Julius\s+Caesar|"
    r"An\s+Inspector\s+Calls|Blood\s+Brothers|Lord\s+of\s+the\s+Flies|Of\s+Mice\s+and\s+Men|Kes|"
    r"A\s+Christmas\s+Carol|Jekyll|Frankenstein|Animal\s+Farm|Never\s+Let\s+Me\s+Go|Curious\s+Incident|"
    r"Journey's\s+End|Pigeon\s+English|Noughts\s+(?:and|&)\s+Crosses|Catcher\s+in\s+the\s+Rye|"
    r"Great\s+Expectations|Jane\s+Eyre|Wuthering\s+Heights|Oliver\s+Twist|Canterbury\s+Tales|"
    r"Educating\s+Rita|Willy\s+Russell|Shelagh\s+Delaney"
)
_TITLE_CUE = re.compile(
    rf"\b(?:{_SET_TEXTS}|Merry\s+Wives|Midsummer\s+Night|Mockingbird|Miller's\s+Tale|Trainspotting|"
    r"The\s+Color\s+Purple|The\s+Bloody\s+Chamber|Hines)\b"
)
# A citation just after the quotation, as on a quotations sheet: "(Jack, ch.5)", "(p. 34)", "(l. 12)".
_CITATION = re.compile(
    r"[\s,.!?]*\((?:[^()\n]{1,30},\s*)?(?:ch|chap|chapter|p|pp|page|l|ll)\.?\s*\d+[^()\n]{0,12}\)")
# A message about a set text: its title, or its author by full name, named in the text (not just
# in the subject, and not a surname alone: "Mrs K. Armitage" signing a letter names no poet).
_BOOK_NAMED = re.compile(
    rf"\b(?:{_SET_TEXTS}|Kestrel\s+for\s+a\s+Knave|To\s+Kill\s+a\s+Mockingbird|A\s+Taste\s+of\s+Honey|"
    r"Shakespeare|Barry\s+Hines|"
    r"Charles\s+Dickens|William\s+Golding|George\s+Orwell|John\s+Steinbeck|J\.\s?B\.\s+Priestley|"
    r"Harper\s+Lee|Mary\s+Shelley|Robert\s+Louis\s+Stevenson|Kazuo\s+Ishiguro|Malorie\s+Blackman|"
    r"Jane\s+Austen|(?:Charlotte|Emily)\s+Bront[eë])\b")
# The speaker of a quotation in a letter about a book: a character by name ("Billy's brother Jud
# calls him", "Curley's wife says"), not the sender, a colleague ("Mr Price said") or nobody
# ("Tell your mates …").
_CHARACTER = re.compile(
    r"(?<![\w.])(?!(?:I|We|You|He|She|They|It|The|This|That|These|And|But|So|As|Then|When|If|Please|Tell|Just)\b)"
    r"[A-Z][a-z]+(?:['’]s(?:\s+[a-z]+){1,2})?(?:\s+(?:then|also|just|always|often|even|later|again|still))?\s+\Z")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Prof)\.?\s+\Z")
_LITERARY_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])|\n[ \t]*\n")


def _literary_spans(text: str, hits: list[Hit], book: bool = False) -> list[tuple[int, int]]:
    """Quotations around a listed word that the sentence, or the one before, attributes to a
    literary work, author or character ("in King Lear", "Shakespeare", "Act 1 Scene 2"); and, once
    one quotation of a word is the set text's, the text's other quotations of that word ("And, of
    course, the ending: 'Now, gods, stand up for bastards!'"), where the cue is further back.
    In a message about a set text (`book`: its title or author named in its text), a quotation that
    a character says by name in its sentence ('Jud calls him a "…"') is the book's too."""
    spans: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    looked = 0
    for q_start, q_end in sorted(_quote_spans(text) + _block_quotes(text)):
        k = _first_hit(hits, q_start)
        if k >= len(hits) or hits[k].start >= q_end:
            continue
        looked += 1
        if looked > MAX_REPORTED:
            break
        others.append((q_start, q_end))
        before = text[max(0, q_start - 400):q_start]
        parts = _LITERARY_SENTENCES.split(before)
        context = " ".join(parts[-3:])  # this sentence and the two before it
        after = " ".join(re.split(r"(?<=[.!?])\s", text[q_end:q_end + 300], maxsplit=2)[:2])
        if _LITERARY_CUE.search(context) or _LITERARY_CUE.search(after) \
                or _TITLE_CUE.search(re.split(r"(?<=[.!?])\s+|\n[ \t]*\n", before)[-1]) \
                or _TITLE_CUE.search(after) or _CITATION.match(text, q_end, q_end + 60) \
                or (book and (_a_character_says(re.split(r"[.!?]\s+|\n[ \t]*\n", before)[-1])
                              or _set_off(text, q_start, q_end))):
            spans.append((q_start, q_end))
            others.pop()
    quoted = {_stem(h.word) for h in hits if h.severity in ("mild", "strong") and _within(spans, h.start, h.end)}
    for q_start, q_end in others if quoted else []:
        inside = _hits_between(hits, q_start, q_end)
        if all(h.severity in ("mild", "strong") and _stem(h.word) in quoted for h in inside):
            spans.append((q_start, q_end))
    return sorted(spans)


# A quotation set off as its own paragraph after a line that introduces it ("Then the key lines:"),
# as a teacher lays out a passage of the set text.
_INTRO_LINE = re.compile(r":[ \t]*\n(?:[ \t]*\n)?[ \t]*\Z")
_ENDS_LINE = re.compile(r"[ \t.,;!?)]*(?:\n|\Z)")


def _set_off(text: str, q_start: int, q_end: int) -> bool:
    intro = _INTRO_LINE.search(text, max(0, q_start - 20), q_start)
    return intro is not None and bool(_ENDS_LINE.match(text, q_end)) and _introduces_passage(text, intro.start())


def _a_character_says(before: str) -> bool:
    """Whether the quotation's own sentence gives it a speaker who is not the sender ("Billy's
    older brother Jud calls him a"), by a speech verb that is the last verb before it. Verbs of
    reading and hearing do not count: "We read Macbeth today" says nothing of who speaks."""
    verbs = [v for v in _SPEECH.finditer(before) if v.group(0).lower() not in _HEARING]
    if not verbs:
        return False
    speaker = _CHARACTER.search(before, max(0, verbs[-1].start() - 60), verbs[-1].start())
    return speaker is not None and not _TITLE_BEFORE.search(before, max(0, speaker.start() - 8), speaker.start())


def _stem(word: str) -> str:
    """The word without a plural ending: "bastards" quotes the same word as "bastard"."""
    word = word.lower()
    for ending in ("es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def _mention_spans(text: str, hits: list[Hit], reported: list[tuple[int, int]],
                   literary: list[tuple[int, int]], staff_only: bool = False) -> list[tuple[int, int]]:
    """Quotations that only name a word the text already quotes from someone else: after Kent's
    "Thou whoreson zed!" (King Lear), 'if you'd rather leave "whoreson" out' mentions the word, it
    does not use it. Only a word that is quoted as someone else's elsewhere in the same text.
    In mail only to staff, a quoted word, or a list of them, in a text about language is named too
    (see `_named_not_said`)."""
    if not hits:
        return []
    theirs = {h.word for h in hits if _within(reported, h.start, h.end)
              or (h.severity in ("mild", "strong") and _within(literary, h.start, h.end))}
    spans: list[tuple[int, int]] = []
    quotes = _quote_spans(text)
    looked = 0
    for k, (q_start, q_end) in enumerate(quotes):
        inside = _hits_between(hits, q_start, q_end)
        if not inside or any(h.end > q_end for h in inside) or len(_WORDS.findall(text[q_start:q_end])) > 3:
            continue
        looked += 1
        if looked > MAX_REPORTED:
            break  # a flood of quoted words is not a text that names a few
        if all(h.word in theirs for h in inside) or _talks_about_the_word(text, q_start, q_end) \
                or _one_of_the_examples(text, quotes, k) or (staff_only and _named_not_said(text, quotes, k, inside)):
            spans.append((q_start, q_end))
    return spans


# Scare quotes: the sender's own word set in quotation marks as what something is ('the new policy
# is "fucking ridiculous"', 'they're all "retards"', 'what a "bellend"').
_PREDICATE_BEFORE = re.compile(
    r"\b(?:a|an|such|so|total|absolute|complete|proper|right|utter|real|bunch\s+of|load\s+of|lot\s+of|"
    r"pack\s+of|are|is|was|were|be|being|been|all|just|look|looks|looked|seem|seems|seemed|feel|feels|"
    r"felt|sound|sounds|sounded|bloody|fucking|little|big|pure|absolutely|totally|completely|"
    r"utterly|really|very|well)\s*\Z|['’](?:s|re)\s*\Z",
    re.IGNORECASE,
)


def _named_not_said(text: str, quotes: list[tuple[int, int]], k: int, inside: list[Hit]) -> bool:
    """A short quotation in mail only to staff that names a word rather than using it, in a text
    about language: one word ('we don't want to make a scene of every "shit"'), or a list of short
    quoted words ('vocal tics including "wanker", "twat" and "beep beep"'), where the sentence (or,
    for swearing, the one before) speaks of words, swearing, tics, insults or incidents. Never
    scare quotes ('Year 11 are "cunts", "twats" and "wankers"', 'the policy is "fucking ridiculous"'),
    never the sender's own speech ('I called him a "twat"', '"Twat," I said'), never a slur without
    such words in its own sentence."""
    q_start, q_end = quotes[k]
    pieces = _SENTENCE_END.split(text[max(0, q_start - 300):q_start])
    sentence = pieces[-1][-150:]
    after = _CLAUSE_END.split(text[q_end:q_end + 40], maxsplit=1)[0]
    if _own_speech(sentence) or _OWN_SPEECH_AFTER.search(after):
        return False
    rest = _SENTENCE_END.split(text[q_end:q_end + 200], maxsplit=1)[0]
    topic = _LANGUAGE_TOPIC.search(sentence) or _LANGUAGE_TOPIC.search(rest)
    if not topic:
        slur = any(h.severity == "slur" for h in inside)
        if slur or len(pieces) < 2 or not _LANGUAGE_TOPIC.search(pieces[-2][-300:]):
            return False
    first, last = k, k  # the list around it, a short one: a flood is no list (and must cost little)
    while first > 0 and k - first < MAX_EXAMPLES and _listed(text, quotes, first - 1, first):
        first -= 1
    while last + 1 < len(quotes) and last - k < MAX_EXAMPLES and _listed(text, quotes, last, last + 1):
        last += 1
    if first == last and len(_WORDS.findall(text[q_start:q_end])) != 1:
        return False  # two words of the sender's ('Summary: "fucking awful"', 'honestly "fuck this"')
    lead = quotes[first][0]
    return not (_PREDICATE_BEFORE.search(text, max(0, lead - 30), lead)
                and not _WORD_SUBJECT.search(text, max(0, lead - 40), lead))


def _listed(text: str, quotes: list[tuple[int, int]], i: int, j: int) -> bool:
    """Quotations i and j (= i + 1) are items of one list: short, joined by commas, "and" or "or"."""
    gap = quotes[j][0] - quotes[i][1]
    return 0 <= gap <= 12 and _short_quote(text, quotes[i]) and _short_quote(text, quotes[j]) \
        and _LIST_SEPARATOR.fullmatch(text, quotes[i][1], quotes[j][0]) is not None


# What a text about language says: the words, swearing, tics, insults pupils use, incidents logged.
_LANGUAGE_TOPIC = re.compile(
    # "words", not "a few words about Ofsted:", "kind words", "in other words"
    r"\b(?:(?<!few\s)(?<!kind\s)(?<!last\s)(?<!quick\s)(?<!other\s)(?<!of\s)(?<!my\s)words|language|"
    r"swear(?:s|ing|words?)?|curs(?:e|es|ing)|tics?|coprolalia|insults?|slurs?|terms?|"
    r"banter|phrases?|vocabulary|expletives?|profanit(?:y|ies)|name[\s-]calling|logged|incidents?|recurring|"
    r"(?:homophobic|racist|sexist|disablist|prejudice-based|prejudiced|offensive|abusive)\s+\w+)\b",
    re.IGNORECASE,
)
# "The recurring ones were …": the subject is the words themselves, not a person being named.
_WORD_SUBJECT = re.compile(
    r"\b(?:ones|words?|terms?|insults?|slurs?|examples?|tics?|phrases?|favourites?|culprits?)\s+"
    r"(?:are|were|is|was|include|included|including)\s*\Z",
    re.IGNORECASE,
)


def _short_quote(text: str, span: tuple[int, int]) -> bool:
    return 0 < len(_WORDS.findall(text[span[0]:span[1]])) <= 3


# Words given as examples: 'a slip (e.g. "oh my God", "crap", "bloody hell")', 'words such as
# "gay" or "retard"': the first quotation straight after "e.g.", "such as", "for example", and the
# ones listed after it, each short and separated only by commas, "and" or "or".
_EXAMPLES_CUE = re.compile(
    r"(?:\be\.\s?g\.?|\bi\.\s?e\.?|\bfor\s+(?:example|instance)|\bsuch\s+as|\bexamples?(?:\s+words)?\s*(?:like|:))"
    r"[\s:,]*\Z",
    re.IGNORECASE)
# '("fuck's sake" when the printer jams, that sort of thing)': an example, named after it.
_EXAMPLES_AFTER = re.compile(
    r"\A[^.!?\n()\"“”]{0,45}?,\s*(?:that|this)\s+(?:sort|kind|type)\s+of\s+thing\b|\A[\s,]*(?:etc\b|and\s+so\s+on\b|"
    r"and\s+the\s+like\b|or\s+similar\b)",
    re.IGNORECASE)
MAX_EXAMPLES = 12
_LIST_SEPARATOR = re.compile(r"[\s,;/]*(?:\b(?:and|or)\b)?[\s,;/]*", re.IGNORECASE)
# '"Bloody": does it count?', 'does "bloody" count?': a word weighed as a word.
_COUNTS_AFTER = re.compile(r"\A[\s,:]*(?:(?:still|really|even)\s+)?(?:counts?|counted)\b", re.IGNORECASE)


def _one_of_the_examples(text: str, quotes: list[tuple[int, int]], k: int) -> bool:
    q_start, q_end = quotes[k]
    if _COUNTS_AFTER.search(text[q_end:q_end + 30]):
        return True
    if _EXAMPLES_AFTER.search(text[q_end:q_end + 60]) and not _PREDICATE_BEFORE.search(text, max(0, q_start - 30),
                                                                                       q_start):
        return True
    for _ in range(MAX_EXAMPLES):  # a list of examples is short; a flood is no list
        if _EXAMPLES_CUE.search(text, max(0, q_start - 30), q_start):
            return True
        if k == 0:
            return False
        k -= 1
        previous_end = quotes[k][1]
        if q_start - previous_end > 12 or not _LIST_SEPARATOR.fullmatch(text, previous_end, q_start) \
                or len(_WORDS.findall(text[quotes[k][0]:previous_end])) > 3:
            return False
        q_start = quotes[k][0]
    return False


# A word in quotation marks that the sentence talks about as a word: 'the word "spastic"',
# '"Spastic" was then the ordinary medical word', 'the insult "…" is never acceptable'.
_WORD_NOUN = r"(?:words?|terms?|names?|labels?|insults?|slurs?|expressions?|phrases?|n-word|f-word|c-word)"
_ABOUT_WORD_BEFORE = re.compile(
    rf"\b(?:the|this|that|these|those|a|an|such|words?\s+like|terms?\s+like)\s+(?:[\w-]+\s+){{0,2}}"
    rf"{_WORD_NOUN}\s*(?:of|like|such\s+as|as|:|,)?\s*\Z",
    re.IGNORECASE,
)
_ABOUT_WORD_AFTER = re.compile(
    # 'Llareggub is "bugger all" spelt backwards'
    r"\A[\s,]*(?:spelt|spelled|written|read|said)\s+(?:backwards|back\s+to\s+front|in\s+reverse)\b|"
    rf"\A[\s,]*(?:\([^)]{{0,40}}\)\s*)?(?:is|was|were|are|has|had|became|becomes|means|meant|used\s+to\s+be|"
    rf"comes\s+from|came\s+from|as\s+an?)\b(?:[^.!?\n]|\n(?![ \t]*\n)){{0,60}}"
    rf"\b(?:{_WORD_NOUN}|meaning|means|insult|offensive)\b",
    re.IGNORECASE,
)


def _talks_about_the_word(text: str, q_start: int, q_end: int) -> bool:
    if _ABOUT_WORD_BEFORE.search(text, max(0, q_start - 60), q_start) \
            or _ABOUT_WORD_AFTER.search(text[q_end:q_end + 120]):
        return True
    # "Fair warning that some Swedish words cause great hilarity. 'Slut' simply means 'end'": a
    # foreign word glossed, with its language named in the sentence or the one before
    if not _MEANS_AFTER.match(text, q_end):
        return False
    pieces = _SENTENCE_END.split(text[max(0, q_start - 300):q_start])
    return any(_LANGUAGE.search(p) for p in pieces[-2:])


_MEANS_AFTER = re.compile(
    r"[\s,]*(?:(?:simply|just|actually|really|only|literally)\s+)?(?:means|meant|translates\s+as)\s+[\"“‘']",
    re.IGNORECASE)


# A vocabulary list or glossary in a lesson: 'dick – fat / thick' (German false friends),
# '"ers" = arse, backside' (Chaucer), '"dick" means thick'. Lines of "word = meaning" (or "word
# means meaning"), several of them, in a text that says it is about words in another language or
# period.
_GLOSS_LINE = re.compile(
    r"^[ \t]*(?:[-•*·][ \t]*)?(?:[\"“‘']?[^\W\d_][^\n=–—:\"”’]{0,30}?[\"”’']?[ \t]+(?:=|–|—|-|:)"
    # "word means …" only for a word in quotation marks or a single word ("Wet weather means …"
    # is a sentence, not a glossary line)
    r"|(?:[\"“‘'][^\W\d_][^\n\"”’]{0,30}[\"”’']|[^\W\d_][\w'-]{0,30})[ \t]+(?:means|meaning|translates\s+as))"
    r"[ \t]+\S[^\n]*$",
    re.MULTILINE,
)
# Languages a word can be glossed from (a lesson's, an exchange visit's, a family's).
_LANGUAGES = (
    r"(?:French|German|Spanish|Italian|Latin|Greek|Welsh|Gaelic|Irish|Polish|Urdu|Punjabi|Hindi|Bengali|"
    r"Arabic|Turkish|Dutch|Portuguese|Swedish|Danish|Norwegian|Finnish|Icelandic|Russian|Czech|Romanian|"
    r"Hungarian|Japanese|Chinese|Mandarin|Cantonese|Vietnamese|Thai|Korean|Swahili|Somali|Yoruba|Igbo|"
    r"Middle\s+English|Old\s+English|Old\s+Norse|Scots|dialect)"
)
_GLOSS_CUE = re.compile(
    r"\b(?:glossary|vocab|vocabulary|false\s+friends|falsche\s+freunde|faux\s+amis|translat\w*|"
    rf"definitions?|word\s+list|key\s+words|Chaucer|Shakespeare|archaic|etymology|{_LANGUAGES}|"
    # the language named by its country ("a few words you'll see in Germany"), or an exchange visit
    r"Germany|France|Spain|Italy|Austria|Switzerland|Poland|Netherlands|Holland|Portugal|Wales|Denmark|Norway|"
    r"Sweden|Finland|Iceland|(?:language\s+|school\s+)?exchange\s+(?:trip|visit|partners?|students?|pupils?|"
    r"families))\b",
    re.IGNORECASE,
)


_LANGUAGE = re.compile(rf"\b{_LANGUAGES}\b", re.IGNORECASE)


def _glossary_spans(text: str, hits: list[Hit], cue: bool = False) -> list[tuple[int, int]]:
    """Lines of a vocabulary list or glossary. Swearing glossed there counts as quoted; a slur only
    where its own line names the language it is a word of ("slut (Swedish) = end, finish"). The
    language may be named in the text or elsewhere in the message (`cue`: its subject)."""
    lines = [m.span() for m in _GLOSS_LINE.finditer(text)]
    if len(lines) < 3 or not (cue or _GLOSS_CUE.search(text)):
        return []
    spans = []
    for lo, hi in lines:
        # the word glossed is the head of its line ("dick - fat, thick"); what the line says after the
        # separator is the gloss ("merde = shit"), unless the head is a person ("Dad - a total wanker")
        sep = _GLOSS_SEP.search(text, lo, hi)
        if sep is not None and _PERSON_HEAD.search(text, lo, sep.start()):
            hi = sep.start()
        inside = _hits_between(hits, lo, hi)
        if all(h.severity in ("mild", "strong") for h in inside) or _LANGUAGE.search(text, lo, hi) \
                or _language_heading(text, lo):
            spans.append((lo, hi))
    return spans


_GLOSS_SEP = re.compile(r"[ \t]+(?:=|–|—|-|:)[ \t]+|[ \t]+(?:means|meaning|translates\s+as)[ \t]+", re.IGNORECASE)
_PERSON_HEAD = re.compile(
    r"(?i:\b(?:mum|dad|mother|father|parents?|carers?|kids|children|child|son|daughter|boys?|girls?|he|she|"
    r"they|him|her|them|teachers?|staff|head|deputy|caretaker|governors?|year\s+\d+|class|pupils?|students?|"
    r"mr|mrs|ms|miss|dr|sir)\b)|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")


# A word in quotation marks glossed in brackets straight after: '"suka" (bitch)', '"dracu'" (the
# devil - mild, like "damn")'. The gloss translates the word before it; it says nothing itself.
_GLOSS_AFTER_QUOTE = re.compile(r"[\"”’'][ \t]*\(([^()\n]{1,60})\)")


def _glossed_quotes(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Swearing (never a slur) glossed in brackets of a few words after a quoted word, on a line that
    names the word's language ('Russian: … "suka" (bitch)')."""
    spans = []
    named: dict[int, bool] = {}  # line start -> whether the line names a language (looked up once)
    for lo, hi in _quote_spans(text):
        if _hits_between(hits, lo, hi) or len(_WORDS.findall(text[lo:hi])) > 2:
            continue  # the quoted word is itself listed, or no single word to gloss
        m = _GLOSS_AFTER_QUOTE.match(text, hi - 1)
        inside = _hits_between(hits, m.start(1), m.end(1)) if m else []
        if not m or not inside or any(h.severity == "slur" for h in inside) or len(_WORDS.findall(m.group(1))) > 4:
            continue
        line_lo = text.rfind("\n", 0, lo) + 1
        if line_lo not in named:
            line_hi = text.find("\n", line_lo)
            named[line_lo] = _LANGUAGE.search(text, line_lo, len(text) if line_hi < 0 else line_hi) is not None
        if named[line_lo]:
            spans.append((m.start(1), m.end(1)))
    return spans


# A word written in its own script, then spelt out in Latin letters and glossed: "بِنْت bint
# (girl)" in an Arabic lesson, "बहन bahan (sister)". Scripts no English word can be disguised in
# (Cyrillic and Greek look-alikes are read as Latin letters by the engine, so they do not count).
_SCRIPTS = (r"\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
            r"\ufb1d-\ufdff\ufe70-\ufeff")  # Hebrew, Arabic, Indic, Thai, Hangul, kana, CJK
_OTHER_SCRIPT_WORD = re.compile(
    rf"[{_SCRIPTS}][{_SCRIPTS}\u064b-\u065f\u0670\u200c\u200d]*[ \t]*[:=–-]?[ \t]*\Z")
_GLOSS_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)|[=–-][ \t]*[^\W\d_])")


_TRANSLITERATED = re.compile(
    rf"[{_SCRIPTS}][^\s\w]*[ \t]*[:=–-]?[ \t]*[A-Za-z][\w'-]{{0,20}}[ \t]*\([^()\n]{{1,40}}\)")


def _transliterations(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Only in a vocabulary list: at least two words written in their script, spelt out and glossed
    ("كَتَبَ kataba (he wrote)", "بِنْت bint (girl)"); one such word is no lesson."""
    candidates = [(h.start, h.end) for h in hits
                  if _OTHER_SCRIPT_WORD.search(text, max(0, h.start - 40), h.start) and _GLOSS_AFTER.match(text, h.end)]
    if not candidates or len(list(itertools.islice(_TRANSLITERATED.finditer(text), 2))) < 2:
        return []
    return candidates


# A heading line that is only a language's name: "Swedish", "Dutch:", "**German**".
_LANGUAGE_HEADING = re.compile(rf"[ \t*_#]*(?:{_LANGUAGE.pattern})[ \t*_#:]*", re.IGNORECASE)


def _language_heading(text: str, lo: int) -> bool:
    """Whether the glossary line is under a heading naming its language, with only glossary lines
    between: "Swedish\n- slut = end (slutstation = last stop)"."""
    pos = lo
    for _ in range(12):
        if pos <= 0:
            return False
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above:pos - 1]
        if _LANGUAGE_HEADING.fullmatch(line):
            return True
        if not line.strip() or not _GLOSS_LINE.fullmatch(line):
            return False
        pos = above
    return False


# A pronunciation guide: "a-NUN-ya DEEK-shit" (stressed syllables in capitals) is how to say a
# name, not a word anyone is called. Only in a text that says it is about pronouncing names.
_RESPELLING = re.compile(r"(?<![\w-])[A-Za-z]{1,8}(?:-[A-Za-z]{1,8})+(?![\w-])")
_PRONOUNCE_CUE = re.compile(r"\b(?:prono?unc\w*|say\s+it|said\s+as|rhymes?\s+with|phonetic\w*)\b", re.IGNORECASE)


def _pronunciation_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _RESPELLING.finditer(text):
        syllables = m.group(0).split("-")
        stressed = [x for x in syllables if len(x) >= 2 and x.isupper()]
        if stressed and len(stressed) < len(syllables) and all(len(x) >= 2 for x in syllables):
            spans.append(m.span())
    return spans


def _hits_between(hits: list[Hit], lo: int, hi: int) -> list[Hit]:
    """The hits starting in [lo, hi), found by bisection: a text full of listed words must not
    make every quotation or glossary line walk all the hits after it."""
    out = []
    i = _first_hit(hits, lo)
    while i < len(hits) and hits[i].start < hi:
        out.append(hits[i])
        i += 1
    return out


def _first_hit(hits: list[Hit], pos: int) -> int:
    """Index of the first hit starting at or after pos (hits are in order)."""
    lo, hi = 0, len(hits)
    while lo < hi:
        mid = (lo + hi) // 2
        if hits[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted and overlapping ones joined, as `_within` needs them."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def _reason(kind: str, words: list[str], severities: set[str], evidence: list[Evidence]) -> str:
    shown = ", ".join(words[:5]) + (" …" if len(words) > 5 else "")
    wheres = list(dict.fromkeys(e.where.split(":", 1)[0] if e.where.startswith("body") else e.where
                                for e in evidence))
    places_text = ", ".join(wheres[:3])
    if kind == "quoted":
        what = " and ".join(SEVERITY_WORDS[s] for s in ("slur", "strong", "mild") if s in severities)
        return f"Text the sender quoted or forwarded contains {what} ({shown}), not in their own words."
    return f"The message contains {SEVERITY_WORDS[kind]} ({shown}) in the {places_text}."


def _evidence(place: Place, hits: list[Hit], i: int) -> Evidence:
    hit = hits[i]
    text = place.text
    # the snippet stops short of the next and previous hits, so masking this word masks the snippet
    lo = max(hit.start - 40, hits[i - 1].end if i > 0 else 0)
    hi = min(hit.end + 40, hits[i + 1].start if i + 1 < len(hits) else len(text))
    before = " ".join(text[lo:hit.start].split())
    after = " ".join(text[hit.end:hi].split())
    if before and text[hit.start - 1].isspace():
        before += " "
    if after and text[hit.end].isspace():
        after = " " + after
    snippet = ("…" if lo > 0 else "") + before + hit.written + after + ("…" if hi < len(text) else "")
    return Evidence(match=hit.written, where=place.where, snippet=snippet, masked=mask_word(hit.word))
