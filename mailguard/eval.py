"""Measure the policy modules on a labelled corpus: recall and false-positive rate.

    python -m mailguard.eval tests/corpus [--config config.example.yaml] [--verbose]

A corpus directory holds one sub-directory per module (named after it) with .eml files and a
`labels.csv` (`file,expected,sender,recipients,note`; expected is `flag` or `clean`). Each
message is judged by the same engine as `mailguard serve` (the config's own rule files, scopes
included) and counts as flagged when a rule using that module hit it with an action other than
pass. For obscene-language, the same messages' decoded text is also given to better-profanity
and alt-profanity-check, where installed, so the figures can be compared in the same run.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mailguard import config as config_mod
from mailguard import pipeline, wire
from mailguard.message import parse


@dataclass
class Score:
    name: str
    positives: int = 0
    negatives: int = 0
    true_pos: int = 0
    false_pos: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, case: str, expected: bool, flagged: bool) -> None:
        if expected:
            self.positives += 1
            self.true_pos += flagged
            if not flagged:
                self.misses.append(case)
        else:
            self.negatives += 1
            self.false_pos += flagged
            if flagged:
                self.false_alarms.append(case)

    @property
    def recall(self) -> float:
        return self.true_pos / self.positives if self.positives else 0.0

    @property
    def fp_rate(self) -> float:
        return self.false_pos / self.negatives if self.negatives else 0.0

    def row(self) -> str:
        return (f"| {self.name} | {self.positives} | {self.negatives} | {self.recall:.1%} | "
                f"{self.fp_rate:.1%} |")


@dataclass(frozen=True)
class Case:
    file: Path
    expected: bool
    sender: str
    recipients: list[str]


def read_cases(directory: Path) -> list[Case]:
    labels = directory / "labels.csv"
    cases = []
    with labels.open(newline="", encoding="utf-8") as fh:
        for number, row in enumerate(csv.DictReader(fh), 2):
            expected = (row.get("expected") or "").strip()
            if expected not in ("flag", "clean"):
                raise SystemExit(f"{labels}:{number}: expected must be flag or clean, not {expected!r}")
            path = directory / row["file"].strip()
            if not path.is_file():
                raise SystemExit(f"{labels}:{number}: no such file {path.name!r}")
            cases.append(Case(path, expected == "flag", row["sender"].strip(), row["recipients"].split()))
    return cases


def _text(raw: bytes) -> str:
    msg = parse(raw)
    return "\n".join([msg.subject, *(p.text for p in msg.text_parts)])


def _baselines() -> list[tuple[str, Callable[[str], bool]]]:
    found: list[tuple[str, Callable[[str], bool]]] = []
    try:
        from better_profanity import profanity

        profanity.load_censor_words()
        found.append(("better-profanity 0.7", lambda text: bool(profanity.contains_profanity(text))))
    except ImportError:
        print("(better-profanity is not installed: pip install -e '.[eval]')", file=sys.stderr)
    try:
        from profanity_check import predict

        found.append(("alt-profanity-check", lambda text: bool(predict([text])[0])))
    except ImportError:
        print("(alt-profanity-check is not installed: pip install -e '.[eval]')", file=sys.stderr)
    return found


def evaluate(corpus: Path, config_path: Path, verbose: bool = False, baselines: bool = True) -> dict[str, Score]:
    engine = pipeline.build(config_mod.load(config_path))
    modules_in_rules = {r.module for r in engine.rules.rules}
    scores: dict[str, Score] = {}
    for directory in sorted(p for p in corpus.iterdir() if (p / "labels.csv").is_file()):
        module = directory.name
        if module not in modules_in_rules:
            print(f"{directory}: no enabled rule uses module {module!r}; skipped", file=sys.stderr)
            continue
        cases = read_cases(directory)
        score = scores[module] = Score(f"mailguard {module}")
        others = [(Score(f"{name} ({module} cases)"), fn) for name, fn in _baselines()] \
            if module == "obscene-language" and baselines else []
        for case in cases:
            raw = wire.canonical(case.file.read_bytes())
            decision = engine.judge(raw, case.sender, case.recipients)
            flagged = any(h.module == module and h.action != "pass" for h in decision.hits)
            score.add(case.file.name, case.expected, flagged)
            if others:
                text = _text(raw)
                for other, fn in others:
                    other.add(case.file.name, case.expected, fn(text))
        for other, _ in others:
            scores[other.name] = other
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mailguard.eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="e.g. tests/corpus")
    parser.add_argument("--config", type=Path, default=Path("config.example.yaml"))
    parser.add_argument("--verbose", "-v", action="store_true", help="list the misses and false alarms")
    args = parser.parse_args(argv)
    scores = evaluate(args.corpus, args.config, args.verbose)
    print("| detector | positives | clean | recall | false positives |")
    print("|---|---|---|---|---|")
    for score in scores.values():
        print(score.row())
    if args.verbose:
        for score in scores.values():
            for case in score.misses:
                print(f"{score.name}: missed {case}")
            for case in score.false_alarms:
                print(f"{score.name}: false alarm {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
