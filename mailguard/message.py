"""Parse a message once into what every rule module reads.

Every module gets the same ParsedMessage: decoded headers, the decoded text of every text part
(HTML turned into text), every attachment with every name it was given and its true type. Parsing
never raises: whatever is malformed is recorded in `defects`, which rules can see, and whatever
can still be read is read.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.message
import email.policy
import email.utils
import html
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

from mailguard import filetype, quoting, textnorm

MAX_PARTS = 2000  # a MIME tree with more parts than this is not a real e-mail
MAX_DEPTH = 30


@dataclass(frozen=True)
class School:
    """The school's own identity: what is *not* a personal detail when staff give it out."""

    domains: tuple[str, ...] = ()
    pupil_domains: tuple[str, ...] = ()
    phone_numbers: tuple[str, ...] = ()
    postcodes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recipient:
    address: str
    groups: frozenset[str]  # some of: staff, pupil, parent, external
    phones: tuple[str, ...] = ()  # the recipient's own numbers, from the MIS export (parents)


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[Recipient, ...]
    sender_groups: frozenset[str] = frozenset()
    client: str = ""


@dataclass
class TextPart:
    """Decoded text of one part. `where` names it for evidence: body, body:html, attachment:x.txt."""

    where: str
    text: str
    content_type: str
    html: str = ""  # for text/html parts, the decoded markup (data: URIs, comments) the text lost

    @cached_property
    def folded(self) -> str:
        return textnorm.fold(self.text)

    @cached_property
    def own_text(self) -> str:
        """The text with quoted replies removed (see quoting.py)."""
        return quoting.own_text(self.text)


@dataclass
class Attachment:
    """A non-text part, or any part with a filename. `filenames` holds every name it was given."""

    filenames: tuple[str, ...]
    declared_type: str
    data: bytes
    inline: bool
    content_id: str | None = None

    @property
    def filename(self) -> str:
        return self.filenames[0] if self.filenames else ""

    @property
    def size(self) -> int:
        return len(self.data)

    @cached_property
    def true_type(self) -> str:
        """The MIME type libmagic reads from the content, whatever the sender claimed."""
        return filetype.mime_type(self.data)


@dataclass
class ParsedMessage:
    raw: bytes
    headers: list[tuple[str, str]]
    text_parts: list[TextPart]
    attachments: list[Attachment]
    defects: list[str]
    envelope: Envelope = field(default_factory=lambda: Envelope("", ()))
    school: School = field(default_factory=School)

    def header(self, name: str) -> str:
        """The first header of that name (decoded), or ''."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return ""

    def header_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [value for key, value in self.headers if key.lower() == lname]

    @property
    def subject(self) -> str:
        return self.header("Subject")

    @property
    def message_id(self) -> str:
        return self.header("Message-ID").strip()

    def addresses(self, *names: str) -> list[tuple[str, str]]:
        """(display name, address) pairs from the named address headers."""
        values = [v for n in names for v in self.header_all(n)]
        return [(n, a) for n, a in email.utils.getaddresses(values) if a]


def decode_header_value(value: str) -> str:
    """RFC 2047 encoded-words decoded, tolerating the broken ones real mailers send."""
    if "=?" not in value:
        return " ".join(value.split()) if "\n" in value else value
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except (email.errors.HeaderParseError, LookupError, UnicodeError, ValueError):
        return value


def _header_text(value: object) -> str:
    """A header as text. compat32 hands raw 8-bit headers (SMTPUTF8 mail) over as Header objects
    holding surrogate-escaped bytes; those are UTF-8 (or, failing that, Windows-1252) text."""
    if isinstance(value, email.header.Header):
        raw = b"".join(
            chunk.encode("ascii", "surrogateescape") if isinstance(chunk, str) else chunk
            for chunk, _ in getattr(value, "_chunks", ())  # the undecoded pieces; str(value) loses them
        )
        try:
            return decode_header_value(raw.decode("utf-8"))
        except UnicodeDecodeError:
            return decode_header_value(raw.decode("cp1252", "replace"))
    return decode_header_value(str(value))


# CR CR LF is one line end converted twice (a CRLF file sent through a client that added another
# CR), not a blank line.
_LINE_END = re.compile(r"\r+\n|\r")


def decode_payload_text(payload: bytes, charset: str | None, defects: list[str], where: str) -> str:
    """The text, with line ends as a reader sees them: the wire's CRLF (and old Macs' CR) as one
    LF, so that a blank line is two LFs to every module, whatever the sending client wrote."""
    return _LINE_END.sub("\n", _decode(payload, charset, defects, where))


def _decode(payload: bytes, charset: str | None, defects: list[str], where: str) -> str:
    charset = (charset or "us-ascii").strip().strip('"').lower()
    try:
        return payload.decode(charset)
    except LookupError:
        defects.append(f"{where}: unknown charset {charset!r}")
    except UnicodeDecodeError:
        defects.append(f"{where}: text is not valid {charset}")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


# Calendar invitations (.ics) and contact cards (.vcf) are text a person reads in their calendar
# or address book, whatever type the sending program gave them (application/ics, or
# application/octet-stream with a name such as contact.vcf).
_CARD_TYPES = frozenset({"text/calendar", "text/vcard", "text/x-vcard", "text/directory", "text/x-vcalendar",
                         "application/ics", "application/vcard", "application/x-vcard", "application/calendar",
                         "application/x-ical", "application/x-vcalendar"})
_CARD_NAMES = (".ics", ".ical", ".ifb", ".vcs", ".vcf", ".vcard")
_TEXT_NAMES = (*_CARD_NAMES, ".txt", ".csv")
_CARD_FOLD = re.compile(r"\n[ \t]")
_CARD_ESCAPE = re.compile(r"\\([\\,;:nN])")


def _text_shaped(ctype: str, names: Sequence[str], data: bytes) -> bool:
    """An application/* part that is text to its reader: a card type, or octet-stream with a text
    name; never when the bytes are not text (a NUL in the first 4 KB)."""
    named = any(n.lower().endswith(_TEXT_NAMES) for n in names)
    if ctype not in _CARD_TYPES and not (ctype == "application/octet-stream" and named):
        return False
    return b"\x00" not in data[:4096]


def card_text(text: str) -> str:
    """A calendar or contact card as its reader sees it: folded lines joined (RFC 5545 3.1, RFC
    6350 3.2: a line end and one blank continue the line) and escapes undone ("Ghyll House\\,
    Scar Lane" is "Ghyll House, Scar Lane"; "\\n" is a new line)."""
    text = _CARD_FOLD.sub("", text)
    return _CARD_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _is_card(ctype: str, names: Sequence[str]) -> bool:
    return ctype in _CARD_TYPES or any(n.lower().endswith(_CARD_NAMES) for n in names)


_Q_OPEN, _Q_CLOSE = "\x0e", "\x0f"  # quote markers, private to html_to_text


class _HTMLText(HTMLParser):
    """HTML to the text a reader sees: tags inside a word do not split it; blocks break lines.

    Two things a reader sees that the markup alone hides are kept: a <blockquote> (a quoted reply)
    becomes "> " lines, as in a plain-text reply, so modules can tell quoted text from the
    sender's own; and the address behind a mailto:/tel: link is written after the link text.
    """

    BLOCK = frozenset({
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    })
    HIDDEN = frozenset({"script", "style", "head", "title", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden_depth = 0
        self.urls: list[str] = []
        self._link: tuple[str, int] | None = None  # (mailto:/tel: target, where its text starts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        elif tag in self.BLOCK:
            self.out.append("\n" + (_Q_OPEN if tag == "blockquote" else ""))
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.urls.append(value)
                if tag == "a" and name == "href" and value.lower().startswith(("mailto:", "tel:")):
                    target = value.split(":", 1)[1].split("?", 1)[0].strip()
                    self._link = (urllib.parse.unquote(target), len(self.out))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in self.BLOCK:
            self.out.append((_Q_CLOSE if tag == "blockquote" else "") + "\n")
        elif tag == "a" and self._link is not None:
            target, start = self._link
            self._link = None
            shown = "".join(self.out[start:])
            if target and target.replace(" ", "") not in shown.replace(" ", ""):
                self.out.append(f" ({target})")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.out.append(data)


def _quote_lines(text: str) -> str:
    lines, depth = [], 0
    for line in text.split("\n"):
        inside = depth + line.count(_Q_OPEN)
        clean = line.replace(_Q_OPEN, "").replace(_Q_CLOSE, "")
        if clean.strip():
            lines.append("> " * inside + clean if inside else clean)
        elif clean == line:
            lines.append(clean)  # a real blank line, not one that only held quote markers
        depth = max(0, inside - line.count(_Q_CLOSE))
    return "\n".join(lines)


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - HTMLParser is very tolerant
        return html.unescape(re.sub(r"<[^>]*>", "", markup))
    text = "".join(parser.out).replace("\xa0", " ")
    text = re.sub(r"[ \t]*\n[ \t\n]*", "\n", text).strip()
    return _quote_lines(text) if _Q_OPEN in text else text


def part_filenames(part: email.message.Message) -> tuple[str, ...]:
    """Every name a part was given: filename / filename* (RFC 2231, continuations) and name=."""
    names: list[str] = []
    for param, header in (("filename", "content-disposition"), ("name", "content-type")):
        value = part.get_param(param, header=header)
        if value is None or value == "":
            continue
        text = email.utils.collapse_rfc2231_value(value)
        text = decode_header_value(text).strip()
        if text and text not in names:
            names.append(text)
    return tuple(names)


def parse(raw: bytes, envelope: Envelope | None = None, school: School | None = None) -> ParsedMessage:
    """Parse raw message bytes. Never raises: damage is reported in `defects`."""
    defects: list[str] = []
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:
        defects.append(f"message could not be parsed: {exc}")
        text = raw.decode("utf-8", errors="replace")
        body = TextPart("body", text, "text/plain")
        return ParsedMessage(raw, [], [body], [], defects, envelope or Envelope("", ()), school or School())

    headers = [(str(k), _header_text(v)) for k, v in msg.items()]
    text_parts: list[TextPart] = []
    attachments: list[Attachment] = []
    _walk(msg, 0, text_parts, attachments, defects, [0], "")
    for defect in msg.defects:
        defects.append(f"headers: {type(defect).__name__}")
    return ParsedMessage(raw, headers, text_parts, attachments, defects,
                         envelope or Envelope("", ()), school or School())


def _walk(part: email.message.Message, depth: int, texts: list[TextPart], atts: list[Attachment],
          defects: list[str], count: list[int], prefix: str) -> None:
    """Collect text parts and attachments. Parts of a forwarded message (message/rfc822) are named
    `forwarded:body`, `forwarded:attachment:x.pdf`…: someone else's words, not the sender's."""
    count[0] += 1
    if count[0] == MAX_PARTS + 1:
        defects.append(f"more than {MAX_PARTS} MIME parts; the rest were not read")
    if count[0] > MAX_PARTS:
        return
    if depth > MAX_DEPTH:
        defects.append(f"MIME parts nested deeper than {MAX_DEPTH}; the rest were not read")
        return
    if depth > 0:
        for defect in part.defects:
            defects.append(f"part {count[0]}: {type(defect).__name__}")
    if part.is_multipart():
        inner = "forwarded:" if part.get_content_type() == "message/rfc822" else prefix
        payload = part.get_payload()
        for sub in payload if isinstance(payload, list) else []:
            if isinstance(sub, email.message.Message):
                _walk(sub, depth + 1, texts, atts, defects, count, inner)
        return

    ctype = part.get_content_type()
    names = part_filenames(part)
    disposition = (part.get_content_disposition() or "").lower()
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"part {count[0]}: undecodable content: {exc}")
        data = None
    if not isinstance(data, bytes):
        data = b""
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64" and data == b"" and str(part.get_payload()).strip():
        defects.append(f"part {count[0]}: broken base64")

    is_text = part.get_content_maintype() == "text" or ctype == "message/rfc822" or _text_shaped(ctype, names, data)
    if ctype == "message/rfc822" and not part.is_multipart():
        # A forwarded message that the parser kept as bytes: read it as its own message.
        forwarded = parse(data)
        texts.extend(TextPart(f"forwarded:{p.where}", p.text, p.content_type, p.html) for p in forwarded.text_parts)
        atts.extend(forwarded.attachments)
        defects.extend(f"forwarded message: {d}" for d in forwarded.defects)
        return
    if is_text:
        where = prefix + (f"attachment:{names[0]}" if names else ("body:html" if ctype == "text/html" else "body"))
        text = decode_payload_text(data, part.get_content_charset(), defects, where)
        if _is_card(ctype, names):
            text = card_text(text)
        markup = text if ctype == "text/html" else ""
        if markup:
            text = html_to_text(markup)
        texts.append(TextPart(where, text, ctype, markup))
        if not names and disposition != "attachment":
            return
    content_id = part.get("Content-ID")
    atts.append(Attachment(
        filenames=names,
        declared_type=ctype,
        data=data,
        inline=disposition == "inline" or (disposition == "" and content_id is not None),
        content_id=str(content_id).strip().strip("<>") if content_id else None,
    ))
