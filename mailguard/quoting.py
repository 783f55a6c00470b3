"""Separate what the sender wrote from what they quoted.

A reply to a parent usually carries the parent's own message underneath, with the parent's own
phone number and address in it. Flagging those would punish staff for pressing "Reply", so modules
that look for details the *sender* gives out read only the sender's own text.
"""

from __future__ import annotations

import re

# "On Tue, 3 Mar 2026 at 09:12, Jane Parent <jane@example.com> wrote:" (Gmail, Apple Mail,
# Thunderbird), possibly wrapped over two lines.
_ON_WROTE = re.compile(r"^\s*On\b.{0,300}?\bwrote:\s*$", re.IGNORECASE | re.MULTILINE | re.DOTALL)
# Outlook: a "From:" line followed within a few lines by "Sent:"/"Date:" and "To:"/"Subject:".
_OUTLOOK = re.compile(
    r"^\s*(?:\*\s*)?From:\s*.+\n(?:.*\n){0,3}?\s*(?:\*\s*)?(?:Sent|Date):\s*.+\n(?:.*\n){0,3}?"
    r"\s*(?:\*\s*)?(?:To|Subject):",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATORS = re.compile(
    r"^\s*(?:-{2,}\s*Original Message\s*-{2,}|_{10,}|-{5,}\s*Forwarded message\s*-{5,}|"
    r"Begin forwarded message:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def own_text(text: str) -> str:
    """The part of a plain-text body the sender wrote: quoted lines and reply blocks removed."""
    cut = len(text)
    for pattern in (_ON_WROTE, _OUTLOOK, _SEPARATORS):
        match = pattern.search(text)
        if match and match.start() < cut:
            cut = match.start()
    kept = [line for line in text[:cut].splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(kept)
