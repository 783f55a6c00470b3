"""The evaluation command: `python -m mailguard.eval tests/corpus` prints the README's table."""

from __future__ import annotations

import re
import subprocess

from conftest import PY, ROOT


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
