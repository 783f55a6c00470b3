"""Turning a held message into something safe to show: highlighted text, sanitised HTML, thumbnails.

Everything here is blocking (parsing, libmagic, Pillow): the web handlers call it in a thread.
Nothing from the message reaches a page unescaped: text is escaped piece by piece and only the
<mark> tags around the evidence are ours; HTML goes through nh3 and is shown only in a sandboxed
frame whose own Content-Security-Policy lets nothing run and nothing remote load.
"""

from __future__ import annotations

import base64
import email
import email.message
import email.policy
import io
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

import nh3
from markupsafe import Markup, escape

from mailguard.message import Attachment, ParsedMessage, decode_payload_text, parse

MAX_SHOWN_CHARS = 300_000  # of one text part; the whole message can still be downloaded
THUMBNAIL_SIZE = (320, 320)
MAX_IMAGE_PIXELS = 40_000_000

# What a formatted e-mail may keep. No scripts, forms, frames or links that go anywhere; styles
# only from this list (no background images: they could be tracking pixels).
HTML_TAGS = set(nh3.ALLOWED_TAGS) - {"area", "map"} | {"font", "center"}
HTML_ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(attrs) - {"cite", "href"} for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": {"style", "title", "lang", "dir", "align", "valign", "bgcolor", "width", "height"},
    "font": {"color", "face", "size"},
    "td": {"colspan", "rowspan", "align", "valign", "bgcolor", "width", "height"},
    "th": {"colspan", "rowspan", "align", "valign", "bgcolor", "width", "height", "scope"},
    "table": {"border", "cellpadding", "cellspacing", "align", "bgcolor", "width"},
    "img": {"src", "alt", "width", "height"},
}
STYLE_PROPERTIES = {
    "color", "background-color", "font-weight", "font-style", "font-size", "font-family", "text-align",
    "text-decoration", "vertical-align", "line-height", "margin", "margin-top", "margin-bottom",
    "margin-left", "margin-right", "padding", "padding-top", "padding-bottom", "padding-left",
    "padding-right", "border", "border-collapse", "width", "height", "max-width", "display", "white-space",
}


@dataclass
class Shown:
    """One text part as the reviewer sees it."""

    where: str
    label: str
    html: Markup  # escaped text with <mark> around the evidence
    marks: int
    truncated: bool


@dataclass
class AttachmentView:
    index: int
    filename: str
    other_names: list[str]
    declared_type: str
    true_type: str
    size: int
    inline: bool

    @property
    def is_image(self) -> bool:
        return self.true_type.startswith("image/")

    @property
    def mismatch(self) -> bool:
        return self.declared_type.split(";")[0].strip().lower() != self.true_type


@dataclass
class MessageView:
    headers: list[tuple[str, str]]
    subject: Markup
    parts: list[Shown]
    attachments: list[AttachmentView]
    has_html: bool
    links: list[str]
    defects: list[str]
    unmatched: list[str] = field(default_factory=list)  # evidence not found verbatim in any text


# ---------------------------------------------------------------- evidence


def hits_of(decision: dict[str, Any]) -> list[dict[str, Any]]:
    """The decision's hits with every field the page shows present (holding rules first)."""
    hits = []
    for hit in decision.get("hits", []) or []:
        if not isinstance(hit, dict):
            continue
        evidence = [{k: str(ev.get(k, "") or "") for k in ("match", "where", "snippet")}
                    for ev in hit.get("evidence", []) or [] if isinstance(ev, dict)]
        hits.append({**{k: str(hit.get(k, "") or "") for k in ("rule", "module", "action", "reason")},
                     "evidence": evidence})
    return sorted(hits, key=lambda h: h["action"] != "quarantine")


def evidence_terms(decision: dict[str, Any]) -> list[str]:
    """The matched strings of every hit, longest first (so a longer match wins an overlap)."""
    terms: set[str] = set()
    for hit in decision.get("hits", []) or []:
        for ev in hit.get("evidence", []) or []:
            match = str(ev.get("match", "")).strip() if isinstance(ev, dict) else ""
            if len(match) >= 2:
                terms.add(match)
    return sorted(terms, key=lambda t: (-len(t), t))


def _pattern(term: str) -> re.Pattern[str]:
    # Whitespace in a match may be any run of whitespace in the text (line breaks, double spaces).
    return re.compile(r"\s+".join(re.escape(word) for word in term.split()), re.IGNORECASE)


def highlight(text: str, terms: Iterable[str]) -> tuple[Markup, int, set[str]]:
    """Escape the text and put <mark> around every occurrence of the terms.

    The spans are found in the plain text and every piece between them is escaped on its own, so
    no match can cut an entity or a tag in half and nothing from the message is ever markup.
    Returns the markup, the number of marks and the terms that were found.
    """
    spans: list[tuple[int, int]] = []
    found: set[str] = set()
    for term in terms:
        for m in _pattern(term).finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
                found.add(term)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    out: list[str] = []
    pos = 0
    for start, end in merged:
        out.append(str(escape(text[pos:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out)), len(merged), found


# ---------------------------------------------------------------- the message page


def _label(where: str) -> str:
    if where == "body":
        return "Message text"
    if where == "body:html":
        return "Text of the formatted (HTML) version"
    if where.startswith("attachment:"):
        return f"Text of {where[len('attachment:'):]}"
    return where


def message_view(raw: bytes, decision: dict[str, Any]) -> MessageView:
    parsed = parse(raw)
    terms = evidence_terms(decision)
    seen: set[str] = set()
    parts = []
    for part in parsed.text_parts:
        text = part.text.replace("\r\n", "\n").replace("\r", "\n")
        truncated = len(text) > MAX_SHOWN_CHARS
        if truncated:
            text = text[:MAX_SHOWN_CHARS]
        shown, marks, found = highlight(text, terms)
        seen |= found
        parts.append(Shown(part.where, _label(part.where), shown, marks, truncated))
    subject, _, found = highlight(parsed.subject, terms)
    seen |= found
    html_source = html_body(raw)
    return MessageView(
        headers=parsed.headers,
        subject=subject,
        parts=parts,
        attachments=[_attachment_view(i, a) for i, a in enumerate(parsed.attachments)],
        has_html=html_source is not None,
        links=links_in(html_source or "")[:200],
        defects=parsed.defects[:50],
        unmatched=[t for t in terms if t not in seen and not _in_names(t, parsed)],
    )


def _in_names(term: str, parsed: ParsedMessage) -> bool:
    low = term.lower()
    return any(low in name.lower() for a in parsed.attachments for name in a.filenames) or any(
        low in value.lower() for _, value in parsed.headers)


def _attachment_view(index: int, att: Attachment) -> AttachmentView:
    return AttachmentView(
        index=index,
        filename=att.filename or f"attachment-{index + 1}",
        other_names=list(att.filenames[1:]),
        declared_type=att.declared_type,
        true_type=att.true_type,
        size=att.size,
        inline=att.inline,
    )


def attachment(raw: bytes, index: int) -> Attachment | None:
    atts = parse(raw).attachments
    return atts[index] if 0 <= index < len(atts) else None


# ---------------------------------------------------------------- HTML


def html_body(raw: bytes) -> str | None:
    """The first text/html part that is the message body (not an attached .html file), decoded."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:
        return None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() != "text/html":
            continue
        if (part.get_content_disposition() or "").lower() == "attachment" or part.get_filename():
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        return decode_payload_text(data, part.get_content_charset(), [], "body:html")
    return None


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "background", "action") and value and value.strip() not in self.urls:
                self.urls.append(value.strip())


def links_in(markup: str) -> list[str]:
    """Every link and image address in the HTML, to list as plain text (none of them is followed)."""
    parser = _Links()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - HTMLParser is very tolerant
        pass
    return parser.urls


def sanitise_html(markup: str, images: dict[str, str] | None = None) -> str:
    """Safe HTML to show inside the sandboxed frame.

    Links lose their targets (the addresses are listed on the page instead); images lose their
    source unless `images` (content-id -> data: URL) was given, i.e. the reviewer asked to see
    them, and even then only embedded ones show: nothing is ever fetched from elsewhere.
    """

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "src":
            if images is None:
                return None
            value = value.strip()
            if value.lower().startswith("cid:"):
                return images.get(value[4:].strip("<>"))
            if value.lower().startswith("data:image/") and ";base64," in value[:60].lower():
                return value
            return None  # remote (tracking pixels) or anything else: nothing
        if attribute in ("href", "cite", "action", "background", "srcset"):
            return None
        return value

    return nh3.clean(
        markup,
        tags=HTML_TAGS,
        clean_content_tags={"script", "style", "title", "head", "template", "noscript", "object", "embed"},
        attributes=HTML_ATTRIBUTES,
        attribute_filter=keep,
        link_rel=None,
        url_schemes={"data", "cid"},
        filter_style_properties=STYLE_PROPERTIES,
        strip_comments=True,
    )


def body_document(raw: bytes, with_images: bool) -> str:
    """The whole document the frame shows: the sanitised HTML body, or a note that there is none."""
    markup = html_body(raw)
    if markup is None:
        content = "<p>This message has no formatted (HTML) version.</p>"
    else:
        content = sanitise_html(markup, inline_images(raw) if with_images else None)
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Message</title>"
            "<style>body{font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f23;background:#fff;"
            "margin:1rem;word-wrap:break-word}img{max-width:100%;height:auto}</style></head><body>"
            + content + "</body></html>")


def inline_images(raw: bytes) -> dict[str, str]:
    """content-id -> a data: URL of a small PNG thumbnail, for inline images (needs Pillow)."""
    out: dict[str, str] = {}
    for att in parse(raw).attachments:
        if att.content_id and att.true_type.startswith("image/"):
            png = thumbnail(att.data)
            if png is not None:
                out[att.content_id] = "data:image/png;base64," + base64.b64encode(png).decode()
    return out


# ---------------------------------------------------------------- images


def thumbnails_available() -> bool:
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        return False
    return True


def thumbnail(data: bytes) -> bytes | None:
    """A small PNG of an image, or None if Pillow is missing or the image cannot be read."""
    try:
        from PIL import Image
    except ImportError:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_IMAGE_PIXELS:
                    return None
                img.draft("RGB", THUMBNAIL_SIZE)  # JPEG: decode at a reduced size
                img.thumbnail(THUMBNAIL_SIZE)
                small = img.convert("RGBA" if img.mode in ("RGBA", "LA", "P") else "RGB")
                out = io.BytesIO()
                small.save(out, "PNG")
                return out.getvalue()
    except Exception:  # any broken, hostile or unsupported image: no thumbnail, never a crash
        return None


# ---------------------------------------------------------------- downloads


def content_disposition(filename: str) -> str:
    """An attachment disposition that no file name can break out of (RFC 6266 / 5987)."""
    fallback = "".join(c if c.isascii() and (c.isalnum() or c in "._- ") else "_" for c in filename).strip()
    fallback = fallback or "attachment"
    return f"attachment; filename=\"{fallback[:150]}\"; filename*=UTF-8''{quote(filename[:200], safe='')}"

