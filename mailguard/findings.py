"""What a rule module reports: findings and their evidence.

Modules answer one question about a message ("does it contain X?") and return findings; what is
*done* about them (tag, hold, bounce) is decided elsewhere, from the rule that ran the module.
Evidence carries both the whole match (for the quarantine record the safeguarding lead reviews)
and a masked form (for the decision log, which must not spread personal data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """One thing that matched, where it was, and a little context around it."""

    match: str
    where: str  # "subject", "body", "body:html", "header:Reply-To", "attachment:report.pdf.exe", ...
    snippet: str = ""
    masked: str | None = None  # set by modules whose matches are personal data or offensive

    def as_dict(self, *, masked: bool) -> dict[str, str]:
        if masked and self.masked is not None:
            snippet = mask_in(self.snippet, self.match, self.masked)
            return {"match": self.masked, "where": self.where, "snippet": snippet}
        return {"match": self.match, "where": self.where, "snippet": self.snippet}


@dataclass(frozen=True)
class Finding:
    """A module's answer: a plain-words reason plus the evidence behind it.

    `kind` lets one module report different things (e.g. "executable" vs "could-not-inspect") so
    that a rule can choose a different action per kind.
    """

    reason: str
    evidence: tuple[Evidence, ...] = ()
    kind: str = "match"
    details: dict[str, Any] = field(default_factory=dict)


def mask_word(word: str) -> str:
    """f**k, 07*******89: keep the first and last characters so a reader can tell what it was."""
    if len(word) <= 2:
        return "*" * len(word)
    if len(word) <= 4:
        return word[0] + "*" * (len(word) - 2) + word[-1]
    keep = 2 if len(word) >= 8 else 1
    return word[:keep] + "*" * (len(word) - 2 * keep) + word[-keep:]


def mask_in(text: str, match: str, masked: str) -> str:
    """Replace every occurrence of the match inside a snippet with its masked form."""
    if not match or not text:
        return text
    return text.replace(match, masked)


def snippet_around(text: str, start: int, end: int, width: int = 40) -> str:
    """A short single-line excerpt around text[start:end], for reviewers and logs."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    piece = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


def human_size(size: int) -> str:
    """1536 -> '1.5 KB': sizes in reasons and on review pages."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover
