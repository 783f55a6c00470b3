"""How long the pupil-images rule takes per photo, by size: median and p90 per megapixel band.

    .venv/bin/python benchmarks/images.py [--repeat N] [--bands 1,3,6,12] [--json FILE]

For each band it makes JPEG photos of that many megapixels (quality 88, with a little sensor-like
noise so they compress like camera photos, 0.3-0.5 MB per megapixel) from the pictures PyPI
packages ship (see tests/corpus/make_pupil_images.py): photos of people (the four portraits and
a tiled group) and photos without people (cat, coffee, rocket, motorcycle, temple, flower, Hubble,
retina). Each photo is then judged the way the rule judges one picture in a message (decode with
JPEG draft, EXIF, the detector: one look at 320 px, and for pictures without a face a second at
640 px), `--repeat` times, in this one process and on one core (onnxruntime with one thread).
The result cache is bypassed. The model is loaded before timing starts (once per worker process
in production).

Prints one row per band and kind (people / no people / all) with the median and p90 in
milliseconds per photo, and the command line that produced them. The machine's load average is
printed too: on a shared machine the figures are only as good as the cores are free.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailguard import imaging  # noqa: E402
from mailguard.modules import pupil_images  # noqa: E402

PEOPLE = ["astronaut", "camera", "grace_hopper", "luispedro", "group"]
THINGS = ["chelsea", "coffee", "rocket", "motorcycle", "china", "flower", "hubble", "retina"]


def _corpus_maker() -> Any:
    spec = importlib.util.spec_from_file_location("make_pupil_images", ROOT / "tests/corpus/make_pupil_images.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sources() -> dict[str, tuple[str, Image.Image]]:
    corpus = _corpus_maker()
    maker = corpus.Maker(1)
    out: dict[str, tuple[str, Image.Image]] = {}
    for name in PEOPLE[:-1]:
        out[name] = ("people", corpus.person(name))
    out["group"] = ("people", maker.grid([corpus.person(n) for n in PEOPLE[:-1]] * 2, 4, 400))
    for name in THINGS:
        out[name] = ("no people", corpus.thing(name))
    return out


def photo(im: Image.Image, megapixels: float, seed: int) -> bytes:
    """A camera-like JPEG of about this many megapixels (4:3 or the source's shape)."""
    ratio = im.width / im.height
    height = int((megapixels * 1e6 / ratio) ** 0.5)
    width = int(height * ratio)
    big = im.convert("RGB").resize((width, height), Image.Resampling.BILINEAR)
    noise = np.random.default_rng(seed).normal(0, 3.0, (height, width, 3))
    arr = np.clip(np.asarray(big, dtype=np.float32) + noise, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=88)
    return buf.getvalue()


def time_one(data: bytes, settings: pupil_images.Settings) -> tuple[float, int]:
    started = time.perf_counter()
    seen = pupil_images._detect(data, settings, time.monotonic() + 60)
    return (time.perf_counter() - started) * 1000, seen.faces


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timings per photo (default 5)")
    parser.add_argument("--bands", default="1,3,6,12", help="megapixels of the photos, comma-separated")
    parser.add_argument("--second-look", choices=["on", "off"], default="off",
                        help="the rule's second_look setting (default off, as shipped in rules/pupil-images.yaml)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    settings = pupil_images.Settings(second_look=args.second_look == "on")
    imaging.session()  # load the model before timing
    bands = [float(b) for b in args.bands.split(",")]
    srcs = sources()
    rows = []
    print(f"pupil-images benchmark: {platform.processor() or platform.machine()}, {os.cpu_count()} cores visible, "
          f"python {platform.python_version()}, one onnxruntime thread, second look {args.second_look}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'megapixels':>10} {'kind':>10} {'photos':>6} {'median ms':>10} {'p90 ms':>8}  faces found")
    for band in bands:
        timings: dict[str, list[float]] = {"people": [], "no people": []}
        found: dict[str, int] = {"people": 0, "no people": 0}
        sizes = []
        for i, (_name, (kind, im)) in enumerate(srcs.items()):
            data = photo(im, band, i)
            sizes.append(len(data))
            time_one(data, settings)  # warm the file into the caches; not counted
            for _ in range(args.repeat):
                ms, faces = time_one(data, settings)
                timings[kind].append(ms)
            found[kind] += faces > 0
        everything = timings["people"] + timings["no people"]
        for kind, values in (*timings.items(), ("all", everything)):
            med, p90 = statistics.median(values), float(np.percentile(values, 90))
            photos = len(values) // args.repeat
            note = f"{found[kind]}/{photos} photos" if kind in found else f"{sum(sizes) / len(sizes) / 1e6:.1f} MB avg"
            print(f"{band:>10g} {kind:>10} {photos:>6} {med:>10.1f} {p90:>8.1f}  {note}")
            rows.append({"megapixels": band, "kind": kind, "photos": photos, "median_ms": round(med, 1),
                         "p90_ms": round(p90, 1)})
    command = " ".join(shlex.quote(a) for a in [".venv/bin/python", "benchmarks/images.py", *sys.argv[1:]])
    print(f"command: {command}")
    if args.json:
        args.json.write_text(json.dumps({"command": command, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
