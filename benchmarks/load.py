"""Load test: mailguard against a plain aiosmtpd server that discards, in one run.

    .venv/bin/python benchmarks/load.py [--count N] [--concurrency C] [--per-connection M]
                                        [--sizes 5k,60k,1m] [--workers W] [--json FILE]

What it does, all on 127.0.0.1:
  1. starts benchmarks/discard_server.py (an aiosmtpd server that answers 250 and drops the mail);
  2. starts `mailguard serve` with a temporary config: the repository's rules/ and
     directory/parents.csv, the school identity of config.example.yaml, and the discard server
     as its upstream, so every mailguard figure includes the real relay hop;
  3. for each size, sends the same mix of school letters first to the discard server (the
     baseline) and then to mailguard: C client tasks, each sending M messages per connection;
  4. prints msgs/s, p50/p99 latency (MAIL to the final 250) and errors per target, the
     mailguard/baseline throughput ratio, and how many cores the mailguard processes kept busy.

Every reply other than 250 is an error; a run with errors says so at the end and exits 1.
Both servers are stopped with SIGTERM whatever happens (errors, Ctrl-C).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import functools
import io
import itertools
import json
import math
import os
import platform
import random
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formataddr
from pathlib import Path
from types import FrameType
from typing import Any

import aiosmtplib
import yaml

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent

SENDER = "t.smith@example-school.org.uk"
COLLEAGUE = "head@example-school.org.uk"
PARENT = "jane.parent@gmail.com"  # listed in directory/parents.csv: the personal-details rule applies
HELD_EVERY = 50  # one message in 50 (to a parent) gives a personal mobile number and is held

# Default messages per target: about 10 MB for 5k, 60 MB for 60k and 100 MB for 1m, sized so the
# default run (both targets, three sizes, 2 cores) takes well under 3 minutes, while each phase
# still lasts a few seconds and yields enough latencies for a p99 (>= 100 samples).
DEFAULT_COUNTS = {5_000: 2000, 60_000: 1000, 1_000_000: 100}

CLK_TCK = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------- messages


PARAGRAPHS = [
    "I am writing to let you know about the Year {year} trip to {place} on {day}. The coach will leave "
    "the school at 8:45 and we expect to be back by 15:30, in time for the end of the school day.",
    "The cost of the trip is £{price}, which covers the coach, entry and a guided workshop. Please pay "
    "through the school's online payment system by {deadline}. If the cost is a difficulty, please "
    "speak to the school office in confidence; no pupil will miss the trip for this reason.",
    "Pupils should wear school uniform and bring a packed lunch, a drink in a plastic bottle and a "
    "waterproof coat. Pupils who receive free school meals will be given a packed lunch by the kitchen.",
    "Please complete the attached consent form and return it to your child's form tutor. We cannot take "
    "any pupil whose form has not been returned, so please check bags this week.",
    "If your child has any medical needs we should know about, such as asthma or allergies, please add "
    "the details to the form and make sure inhalers or medication are packed and clearly labelled.",
    "The workshop links directly to this term's topic, {topic}, and pupils will use what they learn in "
    "their next assessment. Staff will take photographs for the school newsletter; please tell us on the "
    "form if you do not want your child to appear in them.",
    "Thank you, as always, for your support. {pupil} has been working hard this half term and I am sure "
    "the class will have a memorable day.",
    "Reminder: parents' evening for Year {year} is on {day2}. Appointments can be booked through the "
    "parent app from Monday. The library will be open until 17:00 on both evenings.",
    "The PE department asks that pupils bring their kit on Tuesdays and Thursdays. Lost property is kept "
    "by the main reception until the end of each half term and then donated to the uniform swap.",
    "Homework club runs every Wednesday after school in room B12, and pupils are welcome to drop in for "
    "help with maths, science or reading. There is no need to book.",
]
HELD_SENTENCE = ("If anything comes up on the day, text me on my mobile 07700 900555 and I will pick it up, "
                 "I have it with me all weekend.")
PLACES = ["the Science Museum", "Eden Project", "the Royal Armouries", "Jodrell Bank", "the Deep", "York Minster"]
TOPICS = ["forces and motion", "the Romans in Britain", "habitats", "the water cycle", "materials"]
PUPILS = ["Amelia", "Noah", "Olivia", "Leo", "Isla", "Oscar", "Ava", "Arthur"]
DAYS = ["Friday 12 June", "Tuesday 16 June", "Thursday 2 July", "Monday 6 July"]
MSGID = b"<BENCH-MESSAGE-ID>"
# 12 bytes inside every attachment, at an offset divisible by 3 so that their base64 form stands
# alone in the message: replaced for each message sent, so no attachment is ever sent twice
# (mailguard caches what it found in a picture by its digest; a benchmark must not hit that cache).
UNIQUE = b"BENCHUNIQ000"
UNIQUE_B64 = base64.b64encode(UNIQUE)


@dataclass(frozen=True)
class Sample:
    raw: bytes  # contains MSGID, replaced by a unique Message-ID for every message sent
    recipients: list[str]


def parse_size(text: str) -> int:
    text = text.strip().lower().removesuffix("b")
    scale = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def size_label(size: int) -> str:
    if size >= 1_000_000 and size % 1_000_000 == 0:
        return f"{size // 1_000_000}m"
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


@functools.cache
def _photo(n: int) -> bytes | None:
    """A real JPEG of about n bytes (sky and grass under noise: no faces, no EXIF), or None without Pillow.

    The shipped pupil-images rule decodes every picture: random bytes with a JPEG header would be
    "could not be inspected" and held, so the 1m letters carry a photo it can really look at."""
    try:
        from PIL import Image  # mailguard's own dependency (pupil-images); not one of this script's
    except ImportError:
        return None
    w, h = 1200, 900
    data = b""
    for _ in range(5):
        sky = Image.linear_gradient("L").resize((w, h // 2))
        sky = Image.merge("RGB", (sky.point(lambda v: 90 + v // 3), sky.point(lambda v: 140 + v // 4),
                                  Image.new("L", sky.size, 235)))
        grass = Image.linear_gradient("L").resize((w, h - h // 2))
        grass = Image.merge("RGB", (grass.point(lambda v: 40 + v // 5), grass.point(lambda v: 110 + v // 3),
                                    grass.point(lambda v: 30 + v // 6)))
        img = Image.new("RGB", (w, h))
        img.paste(sky, (0, 0))
        img.paste(grass, (0, h // 2))
        img = Image.blend(img, Image.effect_noise((w, h), 60).convert("RGB"), 0.3)
        out = io.BytesIO()
        img.save(out, "JPEG", quality=90)
        data = out.getvalue()
        if abs(len(data) - n) < n * 0.03:
            break
        scale = (n / len(data)) ** 0.5
        w, h = int(w * scale), int(h * scale)
    return data


def _attachment(kind: str, n: int, rng: random.Random) -> bytes:
    """A PDF-like file (the right structure around incompressible content) or a JPEG of about n bytes."""
    if kind == "jpeg" and n > 10_000 and (photo := _photo(round(n, -4))) is not None:
        return photo[:2] + b"\xff\xfe\x00\x0e" + UNIQUE + photo[2:]  # a COM segment right after SOI
    if kind == "pdf":
        head = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%id" + UNIQUE + b"\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + f"4 0 obj\n<< /Filter /FlateDecode /Length {n} >>\nstream\n".encode())
        tail = b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    else:
        head = b"\xff\xd8\xff\xfe\x00\x0e" + UNIQUE + b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
        tail = b"\xff\xd9"
    return head + rng.randbytes(max(0, n - len(head) - len(tail))) + tail


def _letter(rng: random.Random, recipients: list[str], paragraphs: int, held: bool,
            attachment: tuple[str, int] | None) -> bytes:
    fill = {"year": rng.choice([7, 8, 9, 10]), "place": rng.choice(PLACES), "day": rng.choice(DAYS),
            "day2": rng.choice(DAYS), "price": f"{rng.randint(8, 30)}.50", "deadline": rng.choice(DAYS),
            "topic": rng.choice(TOPICS), "pupil": rng.choice(PUPILS)}
    paras = [PARAGRAPHS[i % len(PARAGRAPHS)].format(**fill) for i in range(paragraphs)]
    if held:
        paras.insert(2, HELD_SENTENCE)
    greeting = "Dear Parent/Carer," if PARENT in recipients else "Hi all,"
    sign = ["Kind regards,", "Mr T Smith", "Year {year} Lead, Example School".format(**fill),
            "Example School, 1 School Lane, Leeds LS1 4AP. Tel: 01632 960000"]
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr(("Tom Smith", SENDER))
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = f"Year {fill['year']} trip to {fill['place']} on {fill['day']}"
    msg["Date"] = "Wed, 10 Jun 2026 09:15:00 +0100"
    msg["Message-ID"] = MSGID.decode()
    msg["MIME-Version"] = "1.0"
    msg.set_content("\n\n".join([greeting, *paras, "\n".join(sign)]) + "\n")
    html = "".join(f"<p>{p}</p>\n" for p in [greeting, *paras]) + "<p>" + "<br>\n".join(sign) + "</p>\n"
    msg.add_alternative(
        "<html><head><style>body{font-family:Arial,sans-serif;font-size:11pt}</style></head>\n"
        f"<body>\n<div class=\"letter\">\n{html}</div>\n</body></html>\n", subtype="html")
    if attachment is not None:
        kind, n = attachment
        data = _attachment(kind, n, rng)
        if kind == "pdf":
            msg.add_attachment(data, maintype="application", subtype="pdf", filename="trip-consent-form.pdf")
        else:
            msg.add_attachment(data, maintype="image", subtype="jpeg", filename="class-photo.jpg")
    return msg.as_bytes()


def make_samples(size: int, seed: int = 1, variants: int = 12) -> tuple[list[Sample], list[Sample]]:
    """Clean letters and held letters of about `size` bytes each: (clean, held)."""
    mixes = [[COLLEAGUE], [PARENT], [COLLEAGUE, PARENT]]
    kind = None if size < 20_000 else ("pdf" if size < 500_000 else "jpeg")
    clean: list[Sample] = []
    held: list[Sample] = []
    for v in range(variants + 2):
        recipients = mixes[v % 3] if v < variants else mixes[1 + v % 2]  # held ones always go to the parent
        is_held = v >= variants
        rng = random.Random(seed * 1000 + v)
        if kind is None:
            paragraphs = 1
            while True:
                raw = _letter(random.Random(seed * 1000 + v), recipients, paragraphs, is_held, None)
                if len(raw) >= size * 0.95 or paragraphs > 200:
                    break
                paragraphs += 1
        else:
            base = len(_letter(random.Random(0), recipients, 6, is_held, (kind, 0)))
            n = max(0, int((size - base) / 4 * 3 * 76 / 78))
            raw = _letter(rng, recipients, 6, is_held, (kind, n))
        (held if is_held else clean).append(Sample(raw, recipients))
    return clean, held


class MessageSource:
    """Message i of a phase: the same sequence for both targets, with a unique Message-ID."""

    def __init__(self, size: int, tag: str) -> None:
        self.clean, self.held = make_samples(size)
        self.tag = tag
        self.serial = itertools.count()

    def get(self, i: int) -> Sample:
        if i % HELD_EVERY == HELD_EVERY - 1:
            sample = self.held[i // HELD_EVERY % len(self.held)]
        else:
            sample = self.clean[i % len(self.clean)]
        n = next(self.serial)
        mid = f"<{self.tag}.{n}.{time.time_ns()}@bench.example-school.org.uk>".encode()
        raw = sample.raw.replace(MSGID, mid, 1).replace(UNIQUE_B64, base64.b64encode(b"%012d" % n), 1)
        return Sample(raw, sample.recipients)

    @property
    def average_size(self) -> int:
        sizes = [len(s.raw) for s in self.clean]
        return sum(sizes) // len(sizes)


# --------------------------------------------------------------------------- CPU sampling


def _stat(pid: int) -> tuple[int, int, int] | None:
    """(parent pid, start time, user+system ticks) of a process, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    fields = data[data.rindex(b")") + 2:].split()  # fields[0] is field 3 of proc(5): state
    return int(fields[1]), int(fields[19]), int(fields[11]) + int(fields[12])


def _tree(root: int) -> dict[tuple[int, int], int]:
    """CPU ticks of root and all its descendants, keyed by (pid, start time)."""
    stats: dict[int, tuple[int, int, int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (st := _stat(int(name))) is not None:
            stats[int(name)] = st
    wanted = {root}
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _, _) in stats.items():
            if ppid in wanted and pid not in wanted:
                wanted.add(pid)
                changed = True
    return {(pid, stats[pid][1]): stats[pid][2] for pid in wanted if pid in stats}


@dataclass
class CpuUsage:
    seconds: float  # wall time sampled
    main: float  # average cores busy: the root process
    children: float  # ... its descendants (mailguard's judging workers)
    processes: int

    @property
    def total(self) -> float:
        return self.main + self.children


class CpuSampler:
    """Samples the CPU time of a process tree from /proc in a thread, every `interval` seconds.

    Samples in between catch processes that exit before the end (a replaced worker pool)."""

    def __init__(self, root: int, children: bool = True, interval: float = 0.5) -> None:
        self.root = root
        self.children = children
        self.interval = interval
        self._first: dict[tuple[int, int], int] = {}
        self._last: dict[tuple[int, int], int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._t0 = 0.0

    def _ticks(self) -> dict[tuple[int, int], int]:
        if self.children:
            return _tree(self.root)
        st = _stat(self.root)
        return {(self.root, st[1]): st[2]} if st else {}

    def _sample(self) -> None:
        for key, ticks in self._ticks().items():
            self._first.setdefault(key, 0)  # a process born during the run counts from zero
            self._last[key] = ticks

    def start(self) -> None:
        self._first = self._ticks()
        self._last = dict(self._first)
        self._t0 = time.monotonic()
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def stop(self) -> CpuUsage:
        self._stop.set()
        self._thread.join()
        self._sample()
        wall = max(time.monotonic() - self._t0, 1e-9)
        main = sum(self._last[k] - self._first[k] for k in self._last if k[0] == self.root)
        rest = sum(self._last[k] - self._first[k] for k in self._last if k[0] != self.root)
        return CpuUsage(wall, main / CLK_TCK / wall, rest / CLK_TCK / wall, len(self._last))


class SystemSampler:
    """Cores busy on the whole machine (from /proc/stat), to see what else was running."""

    @staticmethod
    def _busy() -> int:
        with open("/proc/stat") as fh:
            values = [int(v) for v in fh.readline().split()[1:9]]
        return sum(values) - values[3] - values[4]  # all but idle and iowait

    def start(self) -> None:
        self._t0, self._b0 = time.monotonic(), self._busy()

    def stop(self) -> float:
        return (self._busy() - self._b0) / CLK_TCK / max(time.monotonic() - self._t0, 1e-9)


# --------------------------------------------------------------------------- the load


@dataclass
class Result:
    size: str
    target: str
    count: int
    message_bytes: int
    wall: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    held: int = 0
    timed_out: bool = False
    cpu: dict[str, CpuUsage] = field(default_factory=dict)
    others: float = 0.0  # cores busy with processes that are not part of the benchmark
    decisions: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.ok / self.wall if self.wall else 0.0

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile of the latencies, in milliseconds."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
        return ordered[rank - 1] * 1000

    def as_dict(self) -> dict[str, Any]:
        return {
            "size": self.size, "target": self.target, "count": self.count, "message_bytes": self.message_bytes,
            "ok": self.ok, "held": self.held, "errors": sum(self.errors.values()), "error_kinds": dict(self.errors),
            "timed_out": self.timed_out, "wall_s": round(self.wall, 3), "msgs_per_s": round(self.rate, 1),
            "p50_ms": round(self.percentile(50), 2), "p99_ms": round(self.percentile(99), 2),
            "cores_busy": {k: round(v.total, 2) for k, v in self.cpu.items()}, "others_cores": round(self.others, 2),
            "decisions": dict(self.decisions),
        }


def _describe(exc: BaseException) -> str:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        exc = exc.recipients[0]
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return f"{exc.code} {' '.join(exc.message.split())}"[:160]
    return f"{type(exc).__name__}: {exc}"[:160]


async def send_load(port: int, source: MessageSource, result: Result, concurrency: int, per_connection: int,
                    time_limit: float) -> None:
    """Send result.count messages; fill in latencies, errors and wall time."""
    next_index = 0

    def take() -> int | None:
        nonlocal next_index
        if next_index >= result.count:
            return None
        next_index += 1
        return next_index - 1

    async def client() -> None:
        while next_index < result.count:
            smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, local_hostname="bench.localhost",
                                   start_tls=False, timeout=120)
            try:
                await smtp.connect()
            except (aiosmtplib.SMTPException, OSError) as exc:
                if take() is not None:  # a message that could not be sent: count it, move on
                    result.errors[f"connect: {_describe(exc)}"] += 1
                await asyncio.sleep(0.1)
                continue
            try:
                for _ in range(per_connection):
                    i = take()
                    if i is None:
                        break
                    sample = source.get(i)
                    t0 = time.perf_counter()
                    try:
                        refused, reply = await smtp.sendmail(SENDER, sample.recipients, sample.raw)
                    except (aiosmtplib.SMTPException, OSError) as exc:
                        result.errors[_describe(exc)] += 1
                        if not smtp.is_connected:
                            break
                        continue
                    elapsed = time.perf_counter() - t0
                    if refused:
                        first = next(iter(refused.values()))
                        result.errors[f"{first.code} {' '.join(first.message.split())}"[:160]] += 1
                        continue
                    result.latencies.append(elapsed)
                    if "held for review" in reply:
                        result.held += 1
            finally:
                if smtp.is_connected:
                    try:
                        await smtp.quit()
                    except (aiosmtplib.SMTPException, OSError):
                        smtp.close()

    start = time.perf_counter()
    try:
        async with asyncio.timeout(time_limit):
            await asyncio.gather(*(client() for _ in range(concurrency)))
    except TimeoutError:
        result.timed_out = True
        unsent = result.count - next_index
        in_flight = next_index - len(result.latencies) - sum(result.errors.values())
        if unsent + in_flight:
            result.errors[f"not answered within the {time_limit:g} s time limit"] += unsent + in_flight
    result.wall = time.perf_counter() - start


# --------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"mailguard exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"mailguard is not listening on port {port} after {timeout:g} s")


def stop(proc: subprocess.Popen[bytes], name: str) -> None:
    """SIGTERM, wait, and SIGKILL only if it will not go; then end any of its children left over."""
    if proc.poll() is not None:
        return
    leftovers = [pid for pid, _ in _tree(proc.pid) if pid != proc.pid]
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        print(f"WARNING: {name} (pid {proc.pid}) ignored SIGTERM for 30 s; killing it", file=sys.stderr)
        proc.kill()
        proc.wait()
    for pid in leftovers:  # mailguard's workers, should it have died without stopping them
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)


def start_discard(stack: ExitStack) -> tuple[subprocess.Popen[bytes], int]:
    proc = subprocess.Popen([sys.executable, str(HERE / "discard_server.py")], stdout=subprocess.PIPE,
                            start_new_session=True)
    stack.callback(stop, proc, "discard server")
    assert proc.stdout is not None
    line = proc.stdout.readline().decode()
    if not line.startswith("PORT "):
        raise RuntimeError(f"the discard server did not start: {line!r}")
    return proc, int(line.split()[1])


def write_config(tmp: Path, upstream_port: int, workers: int) -> tuple[Path, int]:
    port = free_port()
    config = {
        "school": {
            "name": "Example School",
            "domains": ["example-school.org.uk"],
            "pupil_domains": ["pupils.example-school.org.uk"],
            "parents_file": str(ROOT / "directory" / "parents.csv"),
            "phone_numbers": ["01632 960000"],
            "postcodes": ["LS1 4AP"],
        },
        "rules_dir": str(ROOT / "rules"),
        "listen": f"127.0.0.1:{port}",
        "hostname": "mailguard.localhost",  # else the greeting name comes from a DNS lookup
        "clients": ["127.0.0.0/8"],
        "upstream": f"smtp://127.0.0.1:{upstream_port}?starttls=no",
        "quarantine": {"path": str(tmp / "quarantine"), "retention_days": 30},
        "decision_log": str(tmp / "decisions.jsonl"),
        "workers": workers,
        "on_error": "tempfail",
    }
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path, port


def start_mailguard(stack: ExitStack, config: Path, port: int) -> subprocess.Popen[bytes]:
    log = config.parent / "mailguard.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mailguard.cli", "serve", "--config", str(config)],
                                cwd=config.parent, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
    stack.callback(stop, proc, "mailguard")
    wait_port(port, proc, log)
    return proc


def read_decisions(path: Path, offset: int) -> tuple[Counter[str], int]:
    """Actions in the decision log after `offset` (errors counted as "error: ..."), and the new offset."""
    counts: Counter[str] = Counter()
    if not path.exists():
        return counts, offset
    with open(path, "rb") as fh:
        fh.seek(offset)
        data = fh.read()
    complete = data[: data.rfind(b"\n") + 1]
    for line in complete.splitlines():
        record = json.loads(line)
        counts[record.get("action", "?")] += 1
        if record.get("error"):
            counts[f"error: {record['error'][:100]}"] += 1
    return counts, offset + len(complete)


# --------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    model = ""
    with suppress(OSError), open("/proc/cpuinfo") as fh:
        model = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "")
    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                            capture_output=True, text=True, check=False).stdout.strip()
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": model, "python": platform.python_version(),
            "platform": platform.platform(), "mailguard_commit": commit}


def table(results: list[Result]) -> str:
    head = ["size", "target", "msgs", "msgs/s", "p50 ms", "p99 ms", "errors", "ratio", "mg cores"]
    rows = [head]
    baseline: dict[str, float] = {}
    for r in results:
        errors = str(sum(r.errors.values())) + (" (timeout)" if r.timed_out else "")
        ratio = cores = ""
        if r.target == "aiosmtpd-discard":
            baseline[r.size] = r.rate
        elif baseline.get(r.size):
            ratio = f"{r.rate / baseline[r.size]:.2f}"
        if r.target == "mailguard":
            cores = f"{r.cpu['mailguard'].total:.2f}"
        rows.append([f"{r.size} ({r.message_bytes / 1000:.0f} KB)", r.target, str(r.count), f"{r.rate:.1f}",
                     f"{r.percentile(50):.1f}", f"{r.percentile(99):.1f}", errors, ratio, cores])
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i < 2 else c.rjust(w)
                       for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def _interrupted(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # SIGTERM to the script: stop the servers as Ctrl-C does


async def benchmark(args: argparse.Namespace, discard_port: int, mailguard_port: int, mailguard_pid: int,
                    discard_pid: int, decision_log: Path) -> list[Result]:
    results: list[Result] = []
    offset = 0
    for size in args.sizes:
        label = size_label(size)
        count = args.count or DEFAULT_COUNTS.get(size) or max(100, min(2000, 60_000_000 // size))
        source = MessageSource(size, label)
        for target, port in (("aiosmtpd-discard", discard_port), ("mailguard", mailguard_port)):
            print(f"  {label}: {count} messages of ~{source.average_size / 1000:.0f} KB to {target} ...",
                  end="", flush=True)
            warmup = min(32, max(4, count // 10)) if args.warmup is None else args.warmup
            if warmup:
                warm = Result(label, target, warmup, source.average_size)
                await send_load(port, source, warm, args.concurrency, args.per_connection, args.time_limit)
                if warm.errors:
                    print(f" [warm-up errors: {dict(warm.errors)}]", end="")
            _, offset = read_decisions(decision_log, offset)  # skip the warm-up's decisions
            result = Result(label, target, count, source.average_size)
            samplers = {"mailguard": CpuSampler(mailguard_pid), "discard": CpuSampler(discard_pid),
                        "client": CpuSampler(os.getpid(), children=False)}  # its children are the servers
            system = SystemSampler()
            system.start()
            for sampler in samplers.values():
                sampler.start()
            await send_load(port, source, result, args.concurrency, args.per_connection, args.time_limit)
            result.cpu = {name: sampler.stop() for name, sampler in samplers.items()}
            result.others = max(0.0, system.stop() - sum(u.total for u in result.cpu.values()))
            if target == "mailguard":
                await asyncio.sleep(0.2)  # the log line is written just after the reply
                result.decisions, offset = read_decisions(decision_log, offset)
            errors = sum(result.errors.values())
            print(f" {result.rate:.0f} msgs/s{f', {errors} ERRORS' if errors else ''}", flush=True)
            results.append(result)
    return results


def report(args: argparse.Namespace, info: dict[str, Any], results: list[Result], mg_log: Path) -> bool:
    warmup = "a tenth of the count (4-32)" if args.warmup is None else str(args.warmup)
    print()
    print(f"command:  {shlex.join(sys.orig_argv)}")
    print(f"machine:  {info['nproc']} cores ({info['cpu'] or 'unknown CPU'}), Python {info['python']}, "
          f"{info['platform']}")
    print(f"settings: concurrency {args.concurrency}, {args.per_connection} messages per connection, "
          f"mailguard workers {args.workers or 'one per core'}, warm-up {warmup} messages per phase, "
          f"mailguard {info['mailguard_commit']}")
    print()
    print(table(results))
    print()
    print(f"cores busy, averaged over each phase ({info['nproc']} cores in all; the load client, the discard "
          "server and mailguard share them):")
    for r in results:
        mg, cl, dc = r.cpu["mailguard"], r.cpu["client"], r.cpu["discard"]
        if r.target == "mailguard":
            print(f"  {r.size:>4} mailguard: mailguard {mg.total:.2f} (main process {mg.main:.2f} + "
                  f"{mg.processes - 1} child processes {mg.children:.2f}), upstream discard server {dc.total:.2f}, "
                  f"load client {cl.total:.2f}, other processes {r.others:.2f}")
        else:
            print(f"  {r.size:>4} baseline:  discard server {dc.total:.2f}, load client {cl.total:.2f}, "
                  f"other processes {r.others:.2f}")
    noisy = max((r.others for r in results), default=0.0)
    if noisy > 0.15:
        print(f"WARNING: other processes kept up to {noisy:.2f} cores busy during a phase: the figures are "
              "disturbed; run again on a quiet machine")
    print()
    for r in results:
        if r.target == "mailguard":
            acts = ", ".join(f"{k} {v}" for k, v in sorted(r.decisions.items()))
            print(f"  {r.size:>4}: mailguard decision log: {acts or 'empty'}; "
                  f"client saw {r.held} held for review (1 in {HELD_EVERY} is meant to be)")
    failed = [r for r in results if r.errors]
    problems = [line for line in mg_log.read_text(errors="replace").splitlines()
                if "Traceback" in line or "ERROR" in line or "WARNING" in line]
    if problems:
        print(f"\nmailguard logged {len(problems)} warning/error lines (first 10):")
        for line in problems[:10]:
            print(f"    {line}")
    if failed:
        print("\n" + "!" * 78)
        print("!!! THIS RUN HAD ERRORS: the figures above are NOT valid")
        for r in failed:
            for kind, n in r.errors.most_common(5):
                print(f"!!!   {r.size} {r.target}: {n} x {kind}")
        print("!" * 78)
    return not failed


def main() -> int:
    parser = argparse.ArgumentParser(description="Throughput and latency of mailguard against a plain "
                                                 "aiosmtpd server that discards, on 127.0.0.1.")
    parser.add_argument("--count", type=int, default=0,
                        help="messages per size and target (default: 2000 for 5k, 1000 for 60k, 100 for 1m)")
    parser.add_argument("--concurrency", type=int, default=16, help="client connections at once (default 16)")
    parser.add_argument("--per-connection", type=int, default=10,
                        help="messages sent on each connection before QUIT (default 10)")
    parser.add_argument("--sizes", default="5k,60k,1m", type=lambda s: [parse_size(x) for x in s.split(",")],
                        help="message sizes, comma-separated (default 5k,60k,1m)")
    parser.add_argument("--workers", type=int, default=0, help="mailguard judging processes (default 0: one per core)")
    parser.add_argument("--warmup", type=int, default=None,
                        help="unmeasured messages before each phase (default: a tenth of the count, 4 to 32)")
    parser.add_argument("--time-limit", type=float, default=300,
                        help="seconds allowed for one phase; the rest counts as errors (default 300)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (config, logs)")
    args = parser.parse_args()
    if args.concurrency < 1 or args.per_connection < 1:
        parser.error("--concurrency and --per-connection must be at least 1")

    signal.signal(signal.SIGTERM, _interrupted)
    info = machine()
    tmp = Path(tempfile.mkdtemp(prefix="mailguard-bench-"))
    ok = False
    try:
        with ExitStack() as stack:
            discard, discard_port = start_discard(stack)
            config, mg_port = write_config(tmp, discard_port, args.workers)
            mailguard = start_mailguard(stack, config, mg_port)
            print(f"discard server on 127.0.0.1:{discard_port}, mailguard on 127.0.0.1:{mg_port} "
                  f"(temporary files in {tmp})")
            results = asyncio.run(benchmark(args, discard_port, mg_port, mailguard.pid, discard.pid,
                                            tmp / "decisions.jsonl"))
            if mailguard.poll() is not None:
                print(f"!!! mailguard exited during the run with status {mailguard.returncode}")
        # Both servers are stopped here; mailguard's log is complete.
        ok = report(args, info, results, tmp / "mailguard.log")
        if args.json:
            args.json.write_text(json.dumps({"command": sys.orig_argv, "machine": info,
                                             "settings": {k: v for k, v in vars(args).items() if k != "json"},
                                             "results": [r.as_dict() for r in results]}, indent=2, default=str))
            print(f"\nresults written to {args.json}")
    except KeyboardInterrupt:
        print("\ninterrupted: servers stopped", file=sys.stderr)
        return 130
    finally:
        if args.keep or not ok:
            print(f"temporary files kept in {tmp} (mailguard.log, decisions.jsonl, quarantine/)", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
