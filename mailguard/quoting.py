"""Separate what the sender wrote from what they quoted.

A reply to a parent usually carries the parent's own message underneath, with the parent's own
phone number and address in it. Flagging those would punish staff for pressing "Reply", so modules
that look for details the *sender* gives out read only the sender's own text.

What counts as quoted, in every style the common mail clients use:

- lines starting with ">" (plain-text quoting, also nested "> >" and inline answers between them);
- everything from an attribution line down: "On Tue, 3 Mar 2026 at 09:12, Jane <jane@…> wrote:"
  (Gmail, Apple Mail, Thunderbird; often wrapped over two or three lines), "Jane Parent wrote:"
  followed by quoted lines, and the same in a few other languages;
- everything from an Outlook header block down: "From: … / Sent: … / To: … / Subject: …" on
  separate lines or squashed onto one, with or without bold stars, and "[mailto:…]";
- everything below "-----Original Message-----", a row of underscores (Outlook's divider),
  "---------- Forwarded message ---------", "Begin forwarded message:" and Android's
  "-------- Original message --------".

HTML parts arrive here already turned into text, with the attribution lines still in them.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.MULTILINE

# "On <date>, <name> <address> wrote:" — one to three lines, as mail clients wrap it.
_ON_WROTE = re.compile(
    r"^[ \t]*(?:On|Le|Am|El|Il|Op|Den|Em)\b[^\n]{0,200}(?:\n[^\n]{0,200}){0,2}?"
    r"(?:\bwrote|a\s+écrit|schrieb|escribió|ha\s+scritto|schreef|skrev|escreveu)[ \t]*:[ \t]*$",
    _FLAGS,
)
# "Jane Parent <jane@…> wrote:" on its own line, directly followed by quoted (">") lines.
_NAME_WROTE = re.compile(r"^[^\n>]{1,200}\bwrote[ \t]*:[ \t]*\n(?:[ \t]*\n)*[ \t]*>", _FLAGS)
# Outlook's reply header, one field a line: From, then Sent/Date, then To/Subject.
_FIELD = r"[ \t]*(?:[*_]{1,2}[ \t]*)?"  # one way to read each run of spaces: two [ \t]* were quadratic
_OUTLOOK = re.compile(
    rf"^{_FIELD}(?:From|Von|De|Van|Fra)[ \t]*:[*_]{{0,2}}[^\n]*\n(?:[^\n]*\n){{0,3}}?"
    rf"{_FIELD}(?:Sent|Date|Gesendet|Envoyé|Verzonden|Datum|Enviado)[ \t]*:[*_]{{0,2}}[^\n]*\n(?:[^\n]*\n){{0,3}}?"
    rf"{_FIELD}(?:To|Subject|Cc|An|À|Aan|Betreff|Objet|Onderwerp|Para|Asunto)[ \t]*:",
    _FLAGS,
)
# The same squashed onto one line (Outlook mobile, some webmail): "From: … Sent: … To: …".
_OUTLOOK_ONE_LINE = re.compile(
    r"^[ \t]*[*_]{0,2}From[ \t]*:[^\n]{1,300}?\b(?:Sent|Date)[ \t]*:[^\n]{1,200}?\b(?:To|Subject)[ \t]*:",
    _FLAGS,
)
_SEPARATORS = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*Original[ \t]+Message[ \t]*-{2,}|_{10,}|-{5,}[ \t]*Forwarded[ \t]+message[ \t]*-{0,}|"
    r"Begin[ \t]+forwarded[ \t]+message[ \t]*:|-{2,}[ \t]*Message[ \t]+d'origine[ \t]*-{2,}|"
    r"-{2,}[ \t]*Urspr[üu]ngliche[ \t]+Nachricht[ \t]*-{2,})[ \t]*$",
    _FLAGS,
)
_QUOTE_PATTERNS = (_ON_WROTE, _NAME_WROTE, _OUTLOOK, _OUTLOOK_ONE_LINE, _SEPARATORS)


def quote_start(text: str) -> int:
    """Where the quoted message (reply header and below) starts, or len(text) if it does not."""
    cut = len(text)
    for pattern in _QUOTE_PATTERNS:
        match = pattern.search(text, 0, cut)
        if match and match.start() < cut:
            cut = match.start()
    return cut


def own_text(text: str) -> str:
    """The part of a plain-text body the sender wrote: quoted lines and reply blocks removed."""
    text = text.replace("\r\n", "\n")
    kept = [line for line in text[:quote_start(text)].split("\n") if not line.lstrip().startswith(">")]
    return "\n".join(kept)
