"""The evaluation command: `python -m mailguard.eval tests/corpus` prints the README's table."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import PY, ROOT

from mailguard.eval import evaluate


def test_eval_prints_recall_and_false_positives_per_module() -> None:
    out = subprocess.run([PY, "-m", "mailguard.eval", "tests/corpus", "--config", "config.example.yaml"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300, check=True).stdout
    rows = {m.group(1): (int(m.group(2)), int(m.group(3)), float(m.group(4)), float(m.group(5)))
            for m in re.finditer(r"^\| (.+?) \| (\d+) \| (\d+) \| ([\d.]+)% \| ([\d.]+)% \|$", out, re.M)}
    for module in ("personal-address-to-parent", "obscene-language", "risky-attachment", "pupil-images"):
        positives, clean, recall, fp = rows[f"mailguard {module}"]
        assert positives + clean >= (60 if module in ("personal-address-to-parent", "obscene-language") else 40), \
            f"{module}: corpus too small"
        assert recall >= 95.0, f"{module}: recall {recall}%"
        assert fp <= 2.0, f"{module}: false positives {fp}%"
    assert any(name.startswith("better-profanity") for name in rows), out
    assert any(name.startswith("alt-profanity-check") for name in rows), out


# Blind rounds already measured and then used to fix classes of weakness (see tests/holdout/README.md):
# no longer blind, so they guard against regressions. The newest round is left out of this list
# until it has been measured once as it was written.
USED_ROUNDS = ["tests/holdout", "tests/holdout/round2", "tests/holdout/round3", "tests/holdout/round4",
               "tests/holdout/round5", "tests/holdout/round6", "tests/holdout/round7", "tests/holdout/round8",
               "tests/holdout/round9", "tests/holdout/round10", "tests/holdout/round11", "tests/holdout/round12",
               "tests/holdout/round13", "tests/holdout/round14",
               "tests/holdout/round15", "tests/holdout/round16", "tests/holdout/round17",
               "tests/holdout/round18", "tests/holdout/round19", "tests/holdout/round20",
               "tests/holdout/round21", "tests/holdout/round22", "tests/holdout/round23",
               "tests/holdout/round24", "tests/holdout/round25", "tests/holdout/round26",
               "tests/holdout/round27", "tests/holdout/round28", "tests/holdout/round29",
               "tests/holdout/round30", "tests/holdout/round31", "tests/holdout/round32",
               "tests/holdout/round33", "tests/holdout/round34", "tests/holdout/round35",
               "tests/holdout/round36", "tests/holdout/round37", "tests/holdout/round38",
               "tests/holdout/round39", "tests/holdout/round40", "tests/holdout/round41",
               "tests/holdout/round42", "tests/holdout/round43", "tests/holdout/round44",
               "tests/holdout/round45", "tests/holdout/round46", "tests/holdout/round47",
               "tests/holdout/round48", "tests/holdout/round49", "tests/holdout/round50",
               "tests/holdout/round51"]


@pytest.mark.parametrize("corpus", USED_ROUNDS)
def test_used_holdout_rounds_do_not_regress(corpus: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILGUARD_DNS", "off")  # unknown mail domains are not looked up
    scores = evaluate(ROOT / corpus, ROOT / "config.example.yaml", baselines=False)
    for module in ("personal-address-to-parent", "obscene-language"):
        score = scores[module]
        assert score.recall >= 0.95 and score.fp_rate <= 0.02, (
            f"{corpus} {module}: recall {score.recall:.1%}, false positives {score.fp_rate:.1%}; "
            f"missed {score.misses}, false alarms {score.false_alarms}")
