"""Worst-case cost of judging hostile text: long runs of blanks or filler after the words the text
modules' patterns look for ("From:", "my house", "Host family:" ...), which is where a regex that
can read a run of characters in more than one way turns quadratic.

    MAILGUARD_DNS=off .venv/bin/python benchmarks/hostile_text.py [--size 40000] [--top 8]

Judges every seed x filler x shape (one long line, or ten lines) with the shipped rules and prints
the slowest. Each message is about twice --size characters. A pattern that grows linearly stays
well under a second at 80 KB; anything near the engine's judge_timeout (30 s) is a bug.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mailguard import config as config_mod
from mailguard import pipeline, wire

ROOT = Path(__file__).resolve().parent.parent
SENDER = "t.smith@example-school.org.uk"
PARENT = "jane.parent@gmail.com"
SEEDS = ["From:", "On Monday,", "my house", "I'm", "We're", "Host family: Mr and Mrs X", "BEGIN:VCARD\nFN:", "x:\n",
         '"', "Tel:", "Mobile:", "fingerspelling", "- ", "= ", "ring me at home", "Our number is", "the Oak", "07700",
         "07700 900456", "round to mine", "It's 7", "Dear", "(as you", "your mum,", "Mrs Smith's", "which is the", "(",
         "Home:", "number 3", "the lines:\n", "Dad -", "Tell Jim:", "is a", "faggots", "send me a", "I'm mr.",
         "friend request", "by the"]
FILLERS = [" ", "\t", "x ", ". ", "a-"]


def message(body: str) -> bytes:
    head = (f"From: {SENDER}\nTo: {PARENT}\nSubject: x\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n")
    return wire.canonical((head + body).encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=40000, help="filler characters per message (default 40000)")
    parser.add_argument("--top", type=int, default=8, help="how many of the slowest to print")
    args = parser.parse_args()
    engine = pipeline.build(config_mod.load(ROOT / "config.example.yaml"))
    timings = []
    for seed in SEEDS:
        for filler in FILLERS:
            repeat = max(1, args.size // len(filler))
            shapes = {"one line": seed + filler * repeat + "\nfuck 07700 900456",
                      "ten lines": (seed + filler * (repeat // 10) + "\n") * 10}
            for shape, body in shapes.items():
                start = time.perf_counter()
                engine.judge(message(body), SENDER, [PARENT])
                timings.append((time.perf_counter() - start, seed, filler, shape, len(body)))
    timings.sort(reverse=True)
    print(f"{len(timings)} messages; slowest:")
    for elapsed, seed, filler, shape, size in timings[:args.top]:
        print(f"  {elapsed:6.2f} s  seed {seed!r}, filler {filler!r}, {shape}, {size // 1024} KB")


if __name__ == "__main__":
    main()
