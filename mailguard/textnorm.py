"""Text normalisation for matching: what a reader sees, not how the sender encoded it.

People who want to slip a word past a filter use full-width letters, zero-width spaces, soft
hyphens and look-alike letters from other alphabets. Folding all of those away here, once, means
every module matches against the same canonical text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that render as nothing (or nearly nothing) but split words for a naive matcher.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)

# Look-alike letters from Cyrillic, Greek and other scripts, folded to the Latin letter a reader
# sees. Only letters that are visually near-identical in common fonts: folding more would merge
# real words of those languages with English ones.
_CONFUSABLES = {
    # Cyrillic lower case
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i",
    "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r",
    "ѕ": "s", "т": "t", "υ": "u", "ѵ": "v", "ԝ": "w", "х": "x", "у": "y", "ү": "y", "ɡ": "g",
    "ц": "u", "п": "n", "и": "u", "ь": "b", "з": "3",
    # Cyrillic upper case
    "А": "a", "В": "b", "С": "c", "Е": "e", "Ё": "e", "Н": "h", "І": "i", "Ї": "i", "Ј": "j",
    "К": "k", "М": "m", "О": "o", "Р": "p", "Ѕ": "s", "Т": "t", "Х": "x", "У": "y", "Ү": "y",
    "Ԛ": "q", "Ԝ": "w", "Ӏ": "l",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ϲ": "c",
    # Latin variants NFKC leaves alone
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ſ": "s", "ß": "ss",
    "ɑ": "a", "ɩ": "i", "ʋ": "u", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g",
    "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "ƒ": "f", "ꜰ": "f", "ʠ": "q", "ɋ": "q", "ɯ": "w",
    # Greek and Armenian letters that pass for Latin ones in most fonts
    "μ": "u", "ϐ": "b", "ϱ": "p", "ϒ": "y",
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "զ": "q", "ք": "p", "Ս": "u", "Օ": "o",
    # Cyrillic letters seen in obfuscated English
    "ѡ": "w", "ԍ": "g", "ԃ": "d", "ԋ": "h",
}


class _FoldTable(dict[int, str]):
    """The confusables table, plus every letter whose Unicode name says which Latin letter it is.

    NFKC already turns circled, full-width and mathematical letters into plain ones, but leaves
    others alone: squared and negative-squared letters (🅵), regional indicators (🇫), small
    capitals and hooked letters (ꜰ, ƒ). Their names say what they are; a missing entry is worked
    out once from the name and remembered.
    """

    def __missing__(self, key: int) -> str:
        value = _latin_by_name(chr(key)) if key > 0x7F else chr(key)
        self[key] = value
        return value


_LATIN_NAME = re.compile(
    r"^(?:(?:NEGATIVE |)(?:SQUARED |CIRCLED |PARENTHESIZED |)LATIN (?:CAPITAL|SMALL) LETTER"
    r"|REGIONAL INDICATOR SYMBOL LETTER|LATIN LETTER SMALL CAPITAL) ([A-Z])(?: WITH [A-Z ]+)?$"
)


def _latin_by_name(char: str) -> str:
    match = _LATIN_NAME.match(unicodedata.name(char, ""))
    return match.group(1).lower() if match else char


_CONFUSABLE_TABLE = _FoldTable({ord(k): v for k, v in _CONFUSABLES.items()})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def remove_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """Canonical lower-case Latin text: NFKC, invisibles removed, accents and look-alikes folded.

    The result may be shorter than the input (removed characters), so offsets into it do not
    map back to the original; modules that need original positions keep their own index.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = text.translate(_CONFUSABLE_TABLE)
    # Strip accents: decompose, drop combining marks (é -> e, ü -> u).
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold().translate(_CONFUSABLE_TABLE)


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """fold() of one character ('' for invisible and combining ones), remembered."""
    return fold(char)


def fold_map(text: str) -> tuple[str, list[int] | None]:
    """fold(), plus where each folded character came from in `text`.

    Returns (folded, origin) where folded[i] came from text[origin[i]]; origin is None when the
    two line up one to one (plain ASCII, the usual case). Folding character by character gives
    the same letters as fold() on the whole text, except that a letter and its separate combining
    accent fold apart rather than together, which gives the same unaccented letter anyway.
    """
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if char.isascii():
            out.append(char.lower())
            origin.append(i)
            continue
        folded = fold_char(char)
        if folded:
            out.append(folded)
            origin.extend([i] * len(folded))
    return "".join(out), origin


def original_span(origin: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span of the original text that folded[start:end] came from (see fold_map)."""
    if origin is None or end <= start:
        return start, end
    return origin[start], origin[end - 1] + 1
