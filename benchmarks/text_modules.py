"""In-process cost of judging one message with the shipped rules, over every text-module message
in the corpora (tests/**/obscene-language and personal-address-to-parent, blind rounds included).

    MAILGUARD_DNS=off .venv/bin/python benchmarks/text_modules.py [--rounds 3]

Prints the number of messages, the median, p99 and max time of `Engine.judge` (parse + all rules,
no SMTP, no worker process). Timings vary by about 15% between runs on a shared machine: compare
medians of several runs, not one.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path

from mailguard import config as config_mod
from mailguard import pipeline, wire

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("obscene-language", "personal-address-to-parent")


def cases() -> list[tuple[bytes, str, list[str]]]:
    found = []
    for labels in sorted((ROOT / "tests").glob("**/labels.csv")):
        if labels.parent.name not in MODULES:
            continue
        with labels.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                raw = wire.canonical((labels.parent / row["file"]).read_bytes())
                found.append((raw, row["sender"], row["recipients"].split()))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="times each message is judged (default 3)")
    args = parser.parse_args()
    engine = pipeline.build(config_mod.load(ROOT / "config.example.yaml"))
    messages = cases()
    for raw, sender, recipients in messages[:20]:  # warm caches and compiled patterns
        engine.judge(raw, sender, recipients)
    times = []
    for _ in range(args.rounds):
        for raw, sender, recipients in messages:
            start = time.perf_counter()
            engine.judge(raw, sender, recipients)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{len(messages)} messages x {args.rounds}: median {statistics.median(times):.2f} ms, "
          f"p99 {times[int(len(times) * 0.99)]:.2f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
