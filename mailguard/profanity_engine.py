"""Find listed words in text however they are disguised, in time linear in the length of the text.

The obscene-language module asks one question of each piece of text: which listed words does a
reader see in it? Senders who want a word past a filter disguise it; this engine undoes the
disguises, then matches whole words against every list at once.

1. Fold (textnorm.fold_map): case, full-width and other compatibility forms, zero-width and other
   invisible characters, accents, look-alike letters from other alphabets (Cyrillic а, Greek ο).
2. Split into chunks (runs of letters, digits and the symbols people put inside words) and read
   each chunk the ways a person would:
   - leetspeak: 4 @ -> a, 3 -> e, 0 -> o, 5 $ -> s, 7 + -> t, 1 ! | -> i or l, and v -> u;
   - letters spelt out with separators: f.u.c.k, f u c k, f-u-c-k, f*u*c*k (split into words where
     the gap changes: "f u c k  y o u" is two words), and a hyphen or dot inside a word (fu-ck);
   - masks: f*ck, f**king, sh#t, f@#k, sh-t, f_ck (looked up, endings taken off, in a table of
     every listed word with letters hidden, see `Lexicon`); never a leading mask, a lone trailing
     asterisk (a footnote) or a capitalised name-like one ("Pupil S*** (Y9)");
   - letters repeated: fuuuuck, shiiit (see below).
3. Match all the readings with one Aho-Corasick automaton over a stream of words separated by
   spaces, so a pattern " fuck " is a whole word, " fuck" a prefix and "fuck" anywhere. Repeated
   letters are handled by matching on the stream with every run of one letter squeezed to one,
   then checking that each run in the text is at least as long as in the listed word: "fuuuck"
   is "fuck", "bollocks" is "bollocks", but "as" is not "ass" and "Bobb" is not "boob".
4. Drop matches an allow-list entry covers ("bloody nose", "mishit"), and name-like entries written
   as names ("Dick Smith").

Every step is a single pass over the text, or work per chunk bounded by a constant (masked chunks
longer than MAX_MASKED_CHUNK are not looked up); the automaton's cost does not depend on how many
words are listed. `Stats` counts the work so tests can check that without timing anything.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Literal, NamedTuple

import ahocorasick

from mailguard.textnorm import fold, fold_map, original_span

Mode = Literal["word", "exact", "prefix", "suffix", "infix", "phrase"]
RANK = {"allow": 0, "mild": 1, "strong": 2, "slur": 3}
_ENDINGS = ("iest", "ing", "ers", "ier", "ies", "ied", "ish", "es", "ed", "in", "er", "rs", "s", "d", "y", "r")
_MASK_RANK = {"allow": 0, "mild": 1, "slur": 2, "strong": 3}  # what a masked word most likely hides

MAX_MASKED_CHUNK = 40  # longer chunks with masks in them are not real words
MAX_HIDDEN = 6  # at most this many letters hidden behind one mask run

_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
_WORD = re.compile(r"^[^\W\d_]+$")
_SPLIT_ENTRY = re.compile(r"[\s\-]+")


class WordListError(ValueError):
    """A word list line that cannot be read; the message starts with file:line."""


# --------------------------------------------------------------------------------------------
# Word list entries and the forms they stand for


@dataclass(frozen=True)
class Entry:
    text: str  # as written in the list
    source: str  # file:line, or "settings"
    severity: str  # mild | strong | slur | allow
    mode: Mode
    words: tuple[str, ...]  # canonical: folded, apostrophes removed
    name: bool = False  # also a personal name: not counted when written as one


def canonical_word(word: str) -> str:
    return fold(word).translate(_APOSTROPHES)


def parse_entry(line: str, source: str, severity: str) -> Entry | None:
    """One word-list line; None for blank and comment lines. Raises WordListError."""
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    body, name = text, False
    if body.endswith("[name]"):
        body, name = body[: -len("[name]")].strip(), True
    mode: Mode = "word"
    if body.startswith("="):
        mode, body = "exact", body[1:].strip()
    else:
        prefix, suffix = body.startswith("*"), body.endswith("*")
        body = body.strip("*").strip()
        if prefix and suffix:
            mode = "infix"
        elif prefix:
            mode = "suffix"
        elif suffix:
            mode = "prefix"
    words = tuple(canonical_word(w) for w in _SPLIT_ENTRY.split(body) if w)
    if not words:
        raise WordListError(f"{source}: {text!r} has no word in it")
    for word in words:
        if not _WORD.match(word):
            raise WordListError(
                f"{source}: {text!r}: {word!r} is not a word (letters only; write a disguised "
                "spelling such as 'sh1t' as the plain word, disguises are undone before matching)"
            )
    if len(words) > 1:
        if mode in ("prefix", "suffix", "infix"):
            raise WordListError(f"{source}: {text!r}: '*' works on single words, not on phrases")
        mode = "phrase"
    if mode == "infix" and len(words[0]) < 4:
        raise WordListError(f"{source}: {text!r}: '*word*' needs at least 4 letters, or it matches "
                            "inside too many innocent words")
    return Entry(text=text, source=source, severity=severity, mode=mode, words=words, name=name)


def parse_lines(lines: Iterable[str], source: str, severity: str) -> list[Entry]:
    entries: list[Entry] = []
    for number, line in enumerate(lines, 1):
        entry = parse_entry(line, f"{source}:{number}" if source != "settings" else source, severity)
        if entry is not None:
            entries.append(entry)
    return entries


_VOWELS = frozenset("aeiou")


def inflect(word: str) -> list[str]:
    """The word and its regular endings: -s, -es, -ed, -ing, -in, -er, -ers, -y, -ier, -iest, -ish.

    Doubling the last consonant (shitting, twatty) and dropping a final e (arsing) as English does;
    both the doubled and the single forms, since people misspell.
    """
    forms = {word}
    if word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    endings = ("ed", "ing", "in", "er", "ers", "y", "ier", "iest", "ish")
    if word.endswith("e"):
        forms.update(word + e for e in ("d", "r", "rs", "y"))
        forms.update(word[:-1] + e for e in ("ing", "in", "ish", "y", "ier", "iest"))
    elif word.endswith("y") and len(word) > 2:
        forms.update(word[:-1] + e for e in ("ies", "ied", "ier", "iest"))
        forms.add(word + "ing")
    else:
        stems = [word]
        if (len(word) >= 3 and word[-1] not in _VOWELS and word[-1] not in "wxy"
                and word[-2] in _VOWELS and word[-3] not in _VOWELS):
            stems.append(word + word[-1])
        for stem in stems:
            forms.update(stem + e for e in endings)
    return sorted(forms)


def entry_patterns(entry: Entry) -> list[str]:
    """The strings to find in the word stream (words separated by single spaces)."""
    if entry.mode == "phrase":
        return [" " + " ".join(entry.words) + " "]
    word = entry.words[0]
    if entry.mode == "exact":
        return [f" {word} "]
    if entry.mode == "word":
        return [f" {form} " for form in inflect(word)]
    if entry.mode == "prefix":
        return [f" {word}"]
    if entry.mode == "suffix":
        return [f"{form} " for form in inflect(word)]
    return [word]  # infix


# --------------------------------------------------------------------------------------------
# Squeezing repeated letters


def squeeze(text: str) -> tuple[str, tuple[int, ...]]:
    """'fuuuck' -> ('fuck', (1, 3, 1, 1)): each run of one character once, and the run lengths."""
    return _squeeze_cached(text) if len(text) <= 64 else _squeeze(text)


@lru_cache(maxsize=65536)
def _squeeze_cached(text: str) -> tuple[str, tuple[int, ...]]:
    return _squeeze(text)


def _squeeze(text: str) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    runs: list[int] = []
    for char in text:
        if out and out[-1] == char:
            runs[-1] += 1
        else:
            out.append(char)
            runs.append(1)
    return "".join(out), tuple(runs)


@dataclass(frozen=True)
class Pattern:
    raw: str
    runs: tuple[int, ...]
    entry: Entry


# --------------------------------------------------------------------------------------------
# Reading a chunk the ways a person would

_LEET = {"4": "a", "@": "a", "3": "e", "€": "e", "0": "o", "$": "s", "5": "s", "7": "t", "+": "t",
         "8": "b", "9": "g", "¢": "c"}
_LEET_I = str.maketrans({**_LEET, "1": "i", "!": "i", "|": "i", "¡": "i"})
_LEET_L = str.maketrans({**_LEET, "1": "l", "!": "l", "|": "l", "¡": "l"})
_MASKABLE = frozenset("*#^~?@$!|+¡")  # symbols that may stand for a hidden letter
_EDGE = "!?#^~|+*¡"  # stripped from the ends of a chunk for its plain reading
_TRIM = "!?.,;:'’ʼ`\"()[]{}<>"  # not part of the word when reporting what was written

# A chunk: letters, digits, and symbols people put inside words. Apostrophes join (don't).
_CHUNK = re.compile(r"(?:[^\W_]|[@$!|+*#^~?¡€¢'’ʼ])+")
_EMAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.+_'-")
_EMAIL_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+")
_GAP_CHARS = frozenset(" \t\r\n.-_·•/:,")
_MASK_STRIP = "".join(sorted(_MASKABLE))


class Masked(NamedTuple):
    """A reading with hidden letters: f**k -> Masked('f*k', (2,), 2, True)."""

    text: str  # letters, and one '*' for each run of mask characters
    stars: tuple[int, ...]  # how many mask characters in each run
    visible: int  # letters seen
    stars_only: bool  # every mask character an asterisk
    partial: bool = True  # may be the start or end of a longer word (bullsh*t, f*ckwit)


@dataclass(frozen=True)
class Readings:
    letters: tuple[str, ...]  # plain readings, letters only; the first is the main one
    masked: tuple[Masked, ...]  # readings with hidden letters


_NO_READINGS = Readings((), ())


def _with_u(words: list[str]) -> list[str]:
    out = list(dict.fromkeys(words))
    for word in list(out):
        if "v" in word:
            alt = word.replace("v", "u")
            if alt not in out:
                out.append(alt)
    return out


def _mask_reading(text: str, partial: bool = True) -> Masked | None:
    """f**k -> ('f*k', (2,), 2, True); None when it is not a plausible masked word."""
    text = text.lstrip(_MASK_STRIP)
    if not text:
        return None
    out: list[str] = []
    runs: list[int] = []
    visible = 0
    stars_only = True
    for char in text:
        if char in _MASKABLE:
            stars_only = stars_only and char == "*"
            if out and out[-1] == "*":
                runs[-1] += 1
            else:
                out.append("*")
                runs.append(1)
        else:
            char = _LEET.get(char, char)
            if not char.isalpha():
                return None
            out.append(char)
            visible += 1
    if not runs or len(runs) > 2:
        return None
    if out[-1] == "*" and runs[-1] < 2:  # "note*": a footnote, not a mask
        out.pop()
        runs.pop()
        if not runs:
            return None
    return Masked("".join(out), tuple(runs), visible, stars_only, partial)


_CONTRACTION = re.compile(r"['’ʼ`](?:s|re|ll|ve|d|m|t)$")


def _compute_readings(chunk: str) -> Readings:
    # who're is "who are", not "whore"; dick's is "dick"; o'clock is "oclock"
    core = _CONTRACTION.sub("", chunk).translate(_APOSTROPHES)
    if core.isalpha():
        return Readings(tuple(_with_u([core])), ())
    if not any(c.isalpha() for c in core):
        return _NO_READINGS
    stripped = core.strip(_EDGE)
    letters: list[str] = []
    masked: list[Masked] = []
    # f*u*c*k, f|u|c|k: single characters with the same symbol between them
    if (len(stripped) >= 5 and len(stripped) % 2 == 1 and len(set(stripped[1::2])) == 1
            and not stripped[1].isalnum()):
        inner = _compute_readings(stripped[::2])
        letters.extend(inner.letters)
        masked.extend(inner.masked)
    for table in (_LEET_I, _LEET_L):
        reading = stripped.translate(table)
        if reading.isalpha():
            letters.append(reading)
    if any(c in _MASKABLE for c in core):
        mask = _mask_reading(core.rstrip("!?¡"))
        if mask is not None:
            masked.append(mask)
    return Readings(tuple(_with_u(letters)), tuple(dict.fromkeys(masked)))


@lru_cache(maxsize=65536)
def _cached_readings(chunk: str) -> Readings:
    return _compute_readings(chunk)


def readings(chunk: str) -> Readings:
    return _cached_readings(chunk) if len(chunk) <= 64 else _compute_readings(chunk)


# --------------------------------------------------------------------------------------------
# The compiled lists


@dataclass(frozen=True)
class _MaskForm:
    entry: Entry
    form: str
    hidden: int  # letters hidden (for two single-letter masks: 1)
    at_end: bool


@dataclass
class Stats:
    """Work done by scans, for checking that it grows with the text and not with the lists."""

    chars: int = 0  # characters of text scanned
    stream: int = 0  # characters fed to the automaton
    matches: int = 0  # automaton matches checked
    mask_lookups: int = 0  # table look-ups for masked chunks

    @property
    def work(self) -> int:
        return self.stream + self.matches + self.mask_lookups


@dataclass(frozen=True)
class Hit:
    entry: Entry
    word: str  # what a reader sees, undisguised: "fucking", "son of a bitch" ("f***" if unclear)
    start: int  # span in the original text
    end: int
    written: str  # the text as written, whitespace squeezed: "f.u.c.k", "ｆｕｃｋ"

    @property
    def severity(self) -> str:
        return self.entry.severity


def _starts_a_cell_or_line(text: str, start: int) -> bool:
    """Whether only a table's cell mark (| or a tab) or a line break comes before `start`, and a
    line break there is no sentence running on (the line before ends in a letter, or a comma)."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if lead.strip():
        return lead.rstrip(" ").endswith(("|", "\t"))
    previous = text[max(0, line_start - 200):max(0, line_start - 1)].rstrip()
    if previous and previous[-1] == "," and _SIGN_OFF.search(previous):
        return True  # "Thanks,\nA Wankhede": a signature
    if any(mark in previous[previous.rfind("\n") + 1:] for mark in ("|", "\t")):
        return True  # the first cell of a table's row
    return not previous or not (previous[-1].isalpha() or previous[-1] == ",")


_SIGN_OFF = re.compile(r"(?:^|\n)[ \t]*(?:many\s+|best\s+|kind\s+|warm\s+)?(?:thanks|thank\s+you|regards|wishes|"
                       r"cheers|yours(?:\s+sincerely|\s+faithfully)?|sincerely|faithfully|love|best),\Z", re.IGNORECASE)


class Lexicon:
    """Every list compiled into one automaton (plus the table of masked spellings)."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entries)
        table: dict[str, list[Pattern]] = {}
        for entry in self.entries:
            for raw in entry_patterns(entry):
                key, runs = squeeze(raw)
                table.setdefault(key, []).append(Pattern(raw, runs, entry))
        self.pattern_count = sum(len(v) for v in table.values())
        self.automaton: Any = ahocorasick.Automaton()
        for key, patterns in table.items():
            self.automaton.add_word(key, (len(key), tuple(patterns)))
        self._empty = not table
        if not self._empty:
            self.automaton.make_automaton()
        # Masked spellings are looked up in a table of each listed word with letters hidden; the
        # endings (-ing, -ers ...) are taken off the masked word before looking, so the table holds
        # each word once, not every form of it.
        self.masks: dict[str, list[_MaskForm]] = {}
        for entry in self.entries:
            if entry.severity != "allow" and entry.mode != "phrase":
                self._add_masks(entry, entry.words[0])
                if entry.mode != "exact" and len(entry.words[0]) >= 3:
                    self._add_masks(entry, entry.words[0] + "ing", two_only=True)  # f*ck*ng
                    self._add_masks(entry, entry.words[0] + "er", two_only=True)  # wank*r

    def _add_masks(self, entry: Entry, form: str, two_only: bool = False) -> None:
        n = len(form)
        if n < 3:
            return
        for i in range(1, n):
            for j in range(i + 1, min(n, i + MAX_HIDDEN) + 1):
                if two_only and j - i > 1:  # forms with an ending: one letter hidden at a time
                    break
                visible = n - (j - i)
                if visible >= 2 or (visible == 1 and j == n and entry.mode != "exact"):
                    key = form[:i] + "*" + form[j:]
                    self.masks.setdefault(key, []).append(_MaskForm(entry, form, j - i, j == n))
        if n >= 5:
            for i in range(1, n - 2):
                for k in range(i + 2, n - 1):
                    key = form[:i] + "*" + form[i + 1:k] + "*" + form[k + 1:]
                    self.masks.setdefault(key, []).append(_MaskForm(entry, form, 1, False))

    # -- scanning ------------------------------------------------------------------------------

    def scan(self, text: str, stats: Stats | None = None) -> list[Hit]:
        """Every listed word a reader sees in text, in order, one hit per place."""
        if not text or self._empty:
            return []
        stats = stats if stats is not None else Stats()
        stats.chars += len(text)
        folded, origin = fold_map(text)
        emails = _email_spans(folded)
        work = folded
        if emails:  # read an address as its words: dick.smith@example -> dick smith example
            parts = list(folded)
            for start, end in emails:
                at = folded.find("@", start, end)
                parts[at] = " "
            work = "".join(parts)
        chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(work)]
        if not chunks:
            return []
        reads = [readings(work[s:e]) for s, e in chunks]
        stream = _Stream()
        # The main group: every chunk's main reading, in order, so phrases match across words.
        stream.add_group([(r.letters[0] if r.letters else "_", i, i, False) for i, r in enumerate(reads)])

        def main(i: int) -> str:
            if 0 <= i < len(reads) and reads[i].letters:
                return reads[i].letters[0]
            return "_"

        def add_variant(text: str, first: int, last: int) -> None:
            group = [(text, first, last, False)]
            if first > 0:
                group.insert(0, (main(first - 1), first - 1, first - 1, True))
            if last + 1 < len(reads):
                group.append((main(last + 1), last + 1, last + 1, True))
            stream.add_group(group)

        masked_units: list[tuple[Masked, int, int]] = []
        for i, r in enumerate(reads):
            for alt in r.letters[1:]:
                add_variant(alt, i, i)
            masked_units.extend((m, i, i) for m in r.masked)
        self._joins(work, chunks, reads, add_variant, masked_units)

        def allow_ok(entry: Entry, first: int, last: int) -> bool:
            # An allow entry marked [name] (Bell End, Bitchfield, Shittu) allows the words only
            # written as a place or a person is, and not after "a", "you", "total" ...
            if not entry.name:
                return True
            start, end = original_span(origin, chunks[first][0], chunks[last][1])
            if not _written_as_proper_name(text[start:end]):
                return False
            if first == 0 or main(first - 1) not in _INSULT_LEAD:
                return True
            # "Dr A. Dikshit": a capital initial with its full stop is no article "a"; nor is a
            # capital A that starts a cell of a table or a line that no sentence runs on into
            # ("| A Wankhede | 13TM |", "Interview list:\nA Wankhede, 13TM"), while "he's A
            # Dikshit", "Your son? A Nutter." and "he is\nA Nutter" are insults
            before_start, before_end = original_span(origin, chunks[first - 1][0], chunks[first - 1][1])
            written = text[before_start:before_end]
            if len(written) != 1 or not written.isupper():
                return False
            if text[before_end:before_end + 1] == ".":
                return True
            return written == "A" and _starts_a_cell_or_line(text, before_start)

        hits, touched = self._match(stream, stats, allow_ok)
        out: list[Hit] = []
        for entry, word, first, last in hits:
            hit = self._hit(text, folded, origin, chunks, entry, word, first, last)
            if entry.name and (_written_as_name(hit.written) or _inside(emails, chunks[first][0])):
                continue
            out.append(hit)
        hit_chunks = {i for _, _, first, last in hits for i in range(first, last + 1)} | touched
        for reading, first, last in masked_units:
            if any(i in hit_chunks for i in range(first, last + 1)):
                continue
            found = self._lookup_mask(reading, stats)
            if found is None:
                continue
            entry, word = found
            hit = self._hit(text, folded, origin, chunks, entry, word, first, last)
            if not word:  # f****** could be several words: say what was written
                hit = replace(hit, word=hit.written.lower())
            if reading.visible == 1 and hit.written[:1].isupper() \
                    and _masked_name(text, work, origin, chunks, first, last):
                continue  # "Pupil S***", "J**** B****", "S*** (Y9)": an anonymised name
            out.append(hit)
            hit_chunks.update(range(first, last + 1))
        return _dedupe(out)

    def _joins(self, work: str, chunks: list[tuple[int, int]], reads: list[Readings],
               add_variant: Any, masked_units: list[tuple[Masked, int, int]]) -> None:
        """Words spelt out letter by letter (f u c k), and words broken by a hyphen or dot (fu-ck)."""
        n = len(chunks)

        def emit(text: str, first: int, last: int) -> None:
            r = readings(text)
            for alt in r.letters:
                add_variant(alt, first, last)
            masked_units.extend((m, first, last) for m in r.masked)

        def single(i: int) -> bool:
            s, e = chunks[i]
            return e - s == 1 or (e - s <= 3 and len(work[s:e].translate(_APOSTROPHES)) == 1)

        def gap(i: int) -> str:  # between chunk i and i + 1
            return work[chunks[i][1]:chunks[i + 1][0]]

        def joinable(g: str) -> bool:
            return 0 < len(g) <= 3 and all(c in _GAP_CHARS for c in g) and "\n\n" not in g

        i = 0
        while i < n:
            if not single(i):
                i += 1
                continue
            j = i
            while j + 1 < n and single(j + 1) and joinable(gap(j)):
                j += 1
            if j - i + 1 >= 3 and sum(work[chunks[k][0]].isalpha() for k in range(i, j + 1)) >= 2:
                self._letter_run(work, chunks, i, j, gap, emit)
            i = j + 1
        def piece(k: int) -> str:
            return work[chunks[k][0]:chunks[k][1]]

        # Hyphens and underscores inside a word: joined (fu-ck, bell-end, arse-hole) and read as
        # masks (sh-t, f--king, b_ll_cks). Up to five pieces, every pair too (what-the-fuck).
        i = 0
        while i < n - 1:
            g = gap(i)
            j = i
            if g in ("-", "_", "--", "__", "---", "___"):
                while j + 1 < n and j - i < 4 and gap(j) == g:
                    j += 1
            if j > i:
                pieces = [piece(k) for k in range(i, j + 1)]
                if not all(single(k) for k in range(i, j + 1)) and all(any(c.isalpha() for c in p) for p in pieces):
                    if "-" in g:  # an underscore joins names in code (lines_hit), not words
                        emit("".join(pieces), i, j)
                        if j > i + 1:
                            for k in range(i, j):
                                emit(pieces[k - i] + pieces[k - i + 1], k, k + 1)
                    masked = _mask_reading(("*" * len(g)).join(pieces), partial=False)
                    if masked is not None:
                        masked_units.append((masked, i, j))
                i = j
            else:
                i += 1
        # sh.it, fu.ck, wan/ker: a dot or slash inside a short word (not finish.It, a typo)
        for i in range(n - 1):
            if gap(i) in (".", "/", "·") and not (single(i) and single(i + 1)):
                a, b = piece(i), piece(i + 1)
                if len(a) <= 3 and len(b) <= 3:
                    emit(a + b, i, i + 1)

    @staticmethod
    def _letter_run(work: str, chunks: list[tuple[int, int]], i: int, j: int, gap: Any, emit: Any) -> None:
        gaps = [gap(k) for k in range(i, j)]
        usual = Counter(gaps).most_common(1)[0][0]
        start = i
        words: list[tuple[int, int]] = []
        for k in range(i, j):
            if gaps[k - i] != usual:
                words.append((start, k))
                start = k + 1
        words.append((start, j))
        for a, b in words:
            if b - a + 1 < 2:
                continue
            letters = "".join(work[chunks[k][0]:chunks[k][1]] for k in range(a, b + 1))
            emit(letters, a, b)
            # "What a b e l l e n d": the article before a spelt-out word is a word of its own
            if b - a >= 3 and letters[0] in "aAiI":
                emit(letters[1:], a + 1, b)
            # f u c king: a spelt-out start finished by an ordinary chunk
            if a == i and a > 0 and gap(a - 1) == usual:
                emit(work[chunks[a - 1][0]:chunks[a - 1][1]] + letters, a - 1, b)
            if b == j and b + 1 < len(chunks) and gap(b) == usual:
                emit(letters + work[chunks[b + 1][0]:chunks[b + 1][1]], a, b + 1)

    def _match(self, stream: _Stream, stats: Stats,
               allow_ok: Any = None) -> tuple[list[tuple[Entry, str, int, int]], set[int]]:
        squeezed = "".join(stream.parts)
        runs = stream.runs
        stats.stream += len(squeezed)
        bad: list[tuple[Entry, int, int]] = []  # entry, first segment, last segment
        allowed: set[int] = set()
        for end, (length, patterns) in self.automaton.iter(squeezed):
            start = end - length + 1
            for pattern in patterns:
                stats.matches += 1
                if not _stretched(runs, start, pattern):
                    continue
                s0 = bisect.bisect_right(stream.seg_end, start)
                s1 = bisect.bisect_right(stream.seg_start, end) - 1
                if s0 > s1 or all(stream.seg_context[s] for s in range(s0, s1 + 1)):
                    continue
                if pattern.entry.severity == "allow":
                    if allow_ok is None or allow_ok(pattern.entry, min(stream.seg_first[s] for s in range(s0, s1 + 1)),
                                                    max(stream.seg_last[s] for s in range(s0, s1 + 1))):
                        allowed.update(range(s0, s1 + 1))
                else:
                    bad.append((pattern.entry, s0, s1))
        hits: list[tuple[Entry, str, int, int]] = []
        touched: set[int] = set()
        for entry, s0, s1 in bad:
            segs = range(s0, s1 + 1)
            first = min(stream.seg_first[s] for s in segs)
            last = max(stream.seg_last[s] for s in segs)
            if any(s in allowed for s in segs):
                touched.update(range(first, last + 1))
                continue
            hits.append((entry, " ".join(stream.seg_text[s] for s in segs), first, last))
        for s in allowed:
            touched.update(range(stream.seg_first[s], stream.seg_last[s] + 1))
        return hits, touched

    def _lookup_mask(self, reading: Masked, stats: Stats) -> tuple[Entry, str] | None:
        text, stars, visible, stars_only, partial = reading
        if len(text) > MAX_MASKED_CHUNK or visible < 1 or text[0] == "*" or (visible == 1 and not stars_only):
            return None
        found: list[tuple[_MaskForm, str, str]] = []  # candidate, text before it, text after it

        def look(key: str, before: str = "", after: str = "") -> None:
            if (before or after) and len(key) - key.count("*") < 3:
                return
            truncated = bool(before or after)
            for cand, word in self._mask_candidates(key, stats):
                if len(stars) == 2:
                    ok = stars == (1, 1) and not truncated
                elif visible == 1 and cand.at_end and word == cand.form:  # f*** or f****** (an ending too)
                    ok = cand.hidden <= stars[0] <= cand.hidden + 4
                elif cand.at_end or visible == 1:
                    ok = stars[0] == cand.hidden
                else:  # one asterisk for two letters is usual (f*king); one for three is not
                    ok = stars[0] == cand.hidden or (stars_only and abs(stars[0] - cand.hidden) <= 1
                                                     and visible >= max(3, cand.hidden))
                if before and cand.entry.mode not in ("suffix", "infix"):
                    ok = False  # only these entries may end a longer word
                if after and cand.entry.mode not in ("prefix", "infix"):
                    ok = False  # only these may start one
                if ok:
                    found.append((cand, before, word + after))

        look(text)
        if not found and partial and len(stars) == 1 and visible >= 4:
            head, _, tail = text.partition("*")
            for cut in range(max(1, len(head) - 8), len(head)):  # bullsh*t -> sh*t, motherf*cker -> f*cker
                look(head[cut:] + "*" + tail, before=head[:cut])
                if found:
                    break
            if not found:
                for keep in range(min(len(tail) - 1, 10), -1, -1):  # f*ckwit -> f*ck (for fuck*)
                    look(head + "*" + tail[:keep], after=tail[keep:])
                    if found:
                        break
        if not found:
            return None

        if visible == 1:  # "s***": a swear word, not a slur, whatever else it could hide
            found = [f for f in found if f[0].entry.severity != "slur"]
            if not found:
                return None

        def rank(item: tuple[_MaskForm, str, str]) -> tuple[int, bool, bool, int]:
            cand = item[0]
            exact_count = len(stars) == 2 or stars[0] == cand.hidden
            return _MASK_RANK[cand.entry.severity], exact_count, cand.entry.mode != "exact", -len(cand.form)

        best, before, after = max(found, key=rank)
        top = {c.form for c, _, _ in found if rank((c, "", "")) == rank((best, "", ""))}
        return best.entry, (before + after if len(top) == 1 else "")

    def _mask_candidates(self, key: str, stats: Stats) -> list[tuple[_MaskForm, str]]:
        """Listed words the masked key could be, each with the word it spells: the key as it is
        (f*ck), or with a regular ending taken off (f**king, sh*tty, ars*ng)."""
        stats.mask_lookups += 1
        out = [(cand, cand.form) for cand in self.masks.get(key, ())]
        for ending in _ENDINGS:
            if not key.endswith(ending) or "*" not in key[:-len(ending)]:
                continue
            base = key[:-len(ending)]
            tries = [(base, ending, False)]
            if len(base) >= 2 and base[-1] == base[-2] != "*":
                tries.append((base[:-1], base[-1] + ending, False))  # sh*tty -> sh*t
            if ending[0] in "aeiouy":
                tries.append((base + "e", ending, True))  # ars*ng -> ars(e)
            for stem, added, drop_e in tries:
                stats.mask_lookups += 1
                for cand in self.masks.get(stem, ()):
                    if cand.entry.mode != "exact":
                        out.append((cand, (cand.form[:-1] if drop_e else cand.form) + added))
        return out

    @staticmethod
    def _hit(text: str, folded: str, origin: list[int] | None, chunks: list[tuple[int, int]],
             entry: Entry, word: str, first: int, last: int) -> Hit:
        fs, fe = chunks[first][0], chunks[last][1]
        while fs < fe and folded[fs] in _TRIM:
            fs += 1
        while fe > fs and folded[fe - 1] in _TRIM:
            fe -= 1
        start, end = original_span(origin, fs, fe)
        return Hit(entry=entry, word=word, start=start, end=end, written=" ".join(text[start:end].split()))


class _Stream:
    """Words separated by single spaces, in groups separated by '|', squeezed as they are added."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.runs: list[int] = []
        self.pos = 0
        self.seg_start: list[int] = []
        self.seg_end: list[int] = []
        self.seg_first: list[int] = []
        self.seg_last: list[int] = []
        self.seg_context: list[bool] = []
        self.seg_text: list[str] = []

    def add_group(self, segments: list[tuple[str, int, int, bool]]) -> None:
        parts, runs = self.parts, self.runs
        seg_start, seg_end = self.seg_start, self.seg_end
        parts.append("| ")
        runs.extend((1, 1))
        pos = self.pos + 2
        for text, _, _, _ in segments:
            squeezed, counts = squeeze(text)
            seg_start.append(pos)
            pos += len(squeezed)
            seg_end.append(pos)
            pos += 1
            parts.append(squeezed)
            parts.append(" ")
            runs.extend(counts)
            runs.append(1)
        self.pos = pos
        self.seg_first.extend(seg[1] for seg in segments)
        self.seg_last.extend(seg[2] for seg in segments)
        self.seg_context.extend(seg[3] for seg in segments)
        self.seg_text.extend(seg[0] for seg in segments)


def _stretched(runs: list[int], start: int, pattern: Pattern) -> bool:
    """Whether the text at start is the pattern with letters repeated, as people stretch words.

    Each letter must occur at least as often as in the pattern; where it occurs more often, at
    least three times ("fuuuck", "shiiit"): a letter merely doubled is how other words are spelt
    (Shiite is not "shite", skeet is not "sket", Pollack is not "polack"). At an open end of a
    pattern (twat* in "twatting") the text's letter may go on for longer.
    """
    need = pattern.runs
    last = len(need) - 1
    open_start = pattern.raw[0] != " "
    open_end = pattern.raw[-1] != " "
    for k, n in enumerate(need):
        have = runs[start + k]
        if have == n or (have > n and ((k == 0 and open_start) or (k == last and open_end))):
            continue
        if have < n or have < 3:
            return False
    return True


_TITLES = frozenset({
    "pupil", "pupils", "child", "children", "student", "students", "mr", "mrs", "ms", "miss", "mx", "dr",
    "master", "young", "named", "and", "or", "sibling", "brother", "sister", "parent", "mum", "dad",
})


def _masked_name(text: str, work: str, origin: list[int] | None, chunks: list[tuple[int, int]],
                 first: int, last: int) -> bool:
    """A capitalised masked word standing where a name would: after Pupil, Mr, and; before a
    capitalised word or a bracket. ("F*** off" is not a name; "Pupil S*** (Y9)" is.)"""
    if first > 0 and work[chunks[first - 1][0]:chunks[first - 1][1]].lower() in _TITLES:
        return True
    if last + 1 >= len(chunks):
        return False
    start, end = original_span(origin, chunks[last][1], chunks[last + 1][1])
    following = text[start:end].lstrip()
    return following[:1] in ("(", "[", ",") or following[:1].isupper() or following[:1].isdigit()


# Words before a name that make it an insult instead: "a Bell End", "you Nutter", "total Bell End".
_INSULT_LEAD = frozenset({
    "a", "an", "you", "ya", "u", "ur", "youre", "such", "total", "absolute", "complete", "proper", "utter",
    "right", "massive", "fat", "stupid", "silly", "dirty", "bloody", "fucking", "useless",
})


def _written_as_proper_name(written: str) -> bool:
    """'Bell End', 'Great Cockup', 'Shittu', 'Titty Ho': every word starts with a capital letter and
    the words are not all in capitals (BELL END is shouted, not a signpost)."""
    words = [w for w in re.split(r"[\s\-]+", written) if w]
    letters = [c for c in written if c.isalpha()]
    return bool(words) and all(w[0].isupper() for w in words) and any(c.islower() for c in letters)


def _written_as_name(written: str) -> bool:
    """'Dick', 'Fanny': a capital then small letters, as names are written."""
    letters = [c for c in written if c.isalpha()]
    return bool(letters) and letters[0].isupper() and any(c.islower() for c in letters[1:])


def _email_spans(text: str) -> list[tuple[int, int]]:
    """Where the e-mail addresses are: found from each '@', looking a bounded way either side."""
    spans: list[tuple[int, int]] = []
    at = text.find("@")
    while at != -1:
        start = at
        while start > 0 and at - start < 64 and text[start - 1] in _EMAIL_LOCAL:
            start -= 1
        domain = _EMAIL_DOMAIN.match(text[at + 1:at + 256])
        if start < at and domain is not None and (not spans or spans[-1][1] <= start):
            spans.append((start, at + 1 + domain.end()))
        at = text.find("@", at + 1)
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos falls in one of the spans (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per place: where hits overlap keep the most severe, then the shortest."""
    hits.sort(key=lambda h: (h.start, -RANK[h.severity], h.end - h.start))
    out: list[Hit] = []
    for hit in hits:
        kept = out[-1] if out else None
        if kept is None or kept.end <= hit.start:
            out.append(hit)
        elif (RANK[hit.severity], kept.end - kept.start) > (RANK[kept.severity], hit.end - hit.start):
            out[-1] = hit  # more severe, or as severe and more precise
    return out


@dataclass
class LexiconCache:
    """Compiled lexicons by the content they were built from, so reloading rules is cheap."""

    size: int = 8
    _items: dict[tuple[Any, ...], Lexicon] = field(default_factory=dict)

    def get(self, key: tuple[Any, ...], build: Any) -> Lexicon:
        lexicon = self._items.get(key)
        if lexicon is None:
            lexicon = build()
            if len(self._items) >= self.size:
                self._items.pop(next(iter(self._items)))
            self._items[key] = lexicon
        return lexicon
