"""The bytes of a message on the wire: canonical line endings, forged headers, tag headers.

"Bytes relayed are bytes scanned": the message is put into its canonical form (every line ending
CRLF) *before* it is scanned, and exactly those bytes are relayed. A bare CR or LF therefore can
never reach the upstream, where a different reading of line endings could end DATA early and let
a second, unscanned message through (SMTP smuggling).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailguard.decision import Hit

_LINE_ENDINGS = re.compile(rb"\r\n|\n|\r(?!\n)")
_HEADER_END = re.compile(rb"\r\n\r\n")
_OUR_HEADER = re.compile(rb"(?im)^X-MailGuard-[A-Za-z-]*:.*\r\n(?:[ \t].*\r\n)*")
_SUBJECT = re.compile(rb"(?im)^Subject:[ \t]?(.*\r\n(?:[ \t].*\r\n)*)")


class WireError(ValueError):
    """The message cannot be accepted as it is; str() is the reason for the client."""


def canonical(raw: bytes) -> bytes:
    """CRLF line endings throughout, ending in CRLF; NUL bytes refused (no BINARYMIME here)."""
    if b"\x00" in raw:
        raise WireError("message contains NUL bytes, which SMTP does not allow")
    raw = _LINE_ENDINGS.sub(b"\r\n", raw)
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw


def split_header(raw: bytes) -> tuple[bytes, bytes]:
    """(header block including its final CRLF, the rest starting at the blank line)."""
    match = _HEADER_END.search(raw)
    if match is None:
        return raw, b""
    return raw[: match.start() + 2], raw[match.start() + 2:]


def strip_forged(raw: bytes) -> bytes:
    """Remove X-MailGuard-* headers a client sent: only mailguard may say what mailguard decided."""
    head, rest = split_header(raw)
    if b"x-mailguard-" not in head.lower():
        return raw
    return _OUR_HEADER.sub(b"", head) + rest


def _header_value(text: str) -> bytes:
    """A header value on one line, ASCII only (non-ASCII as RFC 2047), at most ~900 bytes."""
    text = " ".join(text.split())
    if len(text) > 900:
        text = text[:897] + "..."
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        from email.header import Header

        return Header(text, "utf-8").encode(maxlinelen=10**6).encode("ascii")


def tagged(raw: bytes, hits: Iterable[Hit]) -> bytes:
    """X-MailGuard-* headers prepended and the rules' subject prefixes added; body byte-identical."""
    hits = [h for h in hits if h.action == "tag"]
    if not hits:
        return raw
    rules = ", ".join(dict.fromkeys(h.rule for h in hits))
    reasons = "; ".join(dict.fromkeys(h.reason for h in hits))
    added = (
        b"X-MailGuard-Action: tag\r\n"
        + b"X-MailGuard-Rules: " + _header_value(rules) + b"\r\n"
        + b"X-MailGuard-Reason: " + _header_value(reasons) + b"\r\n"
    )
    head, rest = split_header(raw)
    for prefix in dict.fromkeys(h.subject_prefix for h in hits if h.subject_prefix):
        head = _prefix_subject(head, _header_value(prefix))
    return added + head + rest


def _prefix_subject(head: bytes, prefix: bytes) -> bytes:
    match = _SUBJECT.search(head)
    if match is None:
        return head + b"Subject: " + prefix + b"\r\n"
    if match.group(1).lstrip().startswith(prefix):
        return head
    return head[: match.start(1)] + prefix + b" " + head[match.start(1):]
