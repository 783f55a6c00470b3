"""text-match: words, phrases and regular expressions in the subject, body or named headers.

The generic module IT staff reuse for local rules ("never e-mail a pupil's UPN outside the
school", "no passwords by e-mail"). Words match whole, after folding case, accents, full-width
and look-alike letters; patterns are Python regular expressions on the decoded text.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import PrivateAttr, field_validator, model_validator

from mailguard.findings import Evidence, Finding, mask_word, snippet_around
from mailguard.message import ParsedMessage
from mailguard.modules import ModuleSettings
from mailguard.textnorm import fold

NAME = "text-match"
DESCRIPTION = "Finds listed words, phrases or regular expressions in the subject, body or headers."
KINDS = {"match": "a listed word or pattern was found"}

Where = Literal["subject", "body", "attachments"]


class Settings(ModuleSettings):
    words: list[str] = []
    patterns: list[str] = []
    where: list[str] = ["subject", "body"]  # subject, body, attachments (text ones), header:NAME
    case_sensitive: bool = False  # for patterns; words always ignore case
    ignore_quoted: bool = False  # only what the sender wrote, not the message they replied to
    min_matches: int = 1
    reason: str = "The message contains {match}."
    personal_data: bool = False  # mask matches in the decision log

    _words_re: re.Pattern[str] | None = PrivateAttr(None)
    _patterns: list[re.Pattern[str]] = PrivateAttr(default_factory=list)

    @field_validator("where")
    @classmethod
    def _where(cls, value: list[str]) -> list[str]:
        for item in value:
            if item not in ("subject", "body", "attachments") and not (
                item.startswith("header:") and len(item) > len("header:")
            ):
                raise ValueError(f"unknown place {item!r}: use subject, body, attachments or header:NAME")
        return value

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for i, pattern in enumerate(value):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {i + 1} {pattern!r} is not a valid regular expression: {exc}") from None
        return value

    @model_validator(mode="after")
    def _compile(self) -> Settings:
        if not self.words and not self.patterns:
            raise ValueError("give at least one of 'words' or 'patterns'")
        words = sorted({fold(w).strip() for w in self.words if w.strip()}, key=len, reverse=True)
        if words:
            alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
            self._words_re = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        flags = 0 if self.case_sensitive else re.IGNORECASE
        self._patterns = [re.compile(p, flags | re.MULTILINE) for p in self.patterns]
        return self


def _places(message: ParsedMessage, settings: Settings) -> list[tuple[str, str]]:
    places: list[tuple[str, str]] = []
    for where in settings.where:
        if where == "subject":
            places.append(("subject", message.subject))
        elif where.startswith("header:"):
            name = where[len("header:"):]
            places.extend((f"header:{name}", v) for v in message.header_all(name))
        else:
            for part in message.text_parts:
                is_attachment = part.where.startswith("attachment:")
                if is_attachment == (where == "attachments"):
                    places.append((part.where, part.own_text if settings.ignore_quoted else part.text))
    return places


def check(message: ParsedMessage, settings: Settings) -> list[Finding]:
    evidence: list[Evidence] = []
    for where, text in _places(message, settings):
        if not text:
            continue
        if settings._words_re is not None:
            folded = fold(text)
            for m in settings._words_re.finditer(folded):
                evidence.append(_evidence(m.group(0), where, folded, m.start(), m.end(), settings))
        for pattern in settings._patterns:
            for m in pattern.finditer(text):
                evidence.append(_evidence(m.group(0), where, text, m.start(), m.end(), settings))
    if len(evidence) < settings.min_matches:
        return []
    first = evidence[0].masked if settings.personal_data and evidence[0].masked else evidence[0].match
    return [Finding(reason=settings.reason.format(match=repr(first), count=len(evidence)), evidence=tuple(evidence))]


def _evidence(match: str, where: str, text: str, start: int, end: int, settings: Settings) -> Evidence:
    return Evidence(
        match=match,
        where=where,
        snippet=snippet_around(text, start, end),
        masked=mask_word(match) if settings.personal_data else None,
    )
