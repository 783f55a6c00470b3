"""A private, throw-away Postfix instance for the end-to-end tests in tests/test_postfix.py.

Not a test file: a helper. It builds a complete Postfix instance in a temporary directory (its own
config, queue and data directories, log file), on loopback high ports chosen free at run time, and
never touches the system's instance in /etc/postfix or port 25.

The mailguard-specific lines are not written here: they are read from tests/postfix_snippets/
(`after-queue.main.cf`, `after-queue.master.cf`, `before-queue.master.cf`), the very files that
docs/postfix.md shows, with the documented ports (10025 mailguard, 10026 re-injection, the
`submission` service) replaced by the ones chosen for the test. The rest of the instance comes
from `instance.main.cf` and `instance.master.cf` there.

Postfix must run as root (`postfix start` refuses otherwise); `unavailable()` says why it cannot.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from conftest import free_port

SNIPPETS = Path(__file__).resolve().parent / "postfix_snippets"
SBIN = Path("/usr/sbin")
Mode = Literal["after-queue", "before-queue"]
MODES: tuple[Mode, ...] = ("after-queue", "before-queue")

# The ports and service name the documented snippets use, and what the test puts in their place.
DOC_MAILGUARD = "10025"
DOC_REINJECT = "10026"
DOC_CLIENT_SERVICE = "submission"


def postfix_binary() -> str | None:
    return shutil.which("postfix") or (str(SBIN / "postfix") if (SBIN / "postfix").exists() else None)


def unavailable() -> str | None:
    """Why a private Postfix instance cannot run here, or None when it can."""
    if postfix_binary() is None:
        return "Debian's postfix is not installed (scripts/install-postfix installs it)"
    if os.geteuid() != 0:
        return "a private Postfix instance must be started as root"
    return None


def snippet(name: str) -> str:
    """One of the documented configuration snippets, exactly as docs/postfix.md shows it."""
    return (SNIPPETS / name).read_text()


def mode_snippets(mode: Mode) -> dict[str, str]:
    """The documented main.cf and master.cf lines of one mode ("" where the mode needs none)."""
    main = SNIPPETS / f"{mode}.main.cf"
    return {"main.cf": main.read_text() if main.exists() else "", "master.cf": snippet(f"{mode}.master.cf")}


def localise(text: str, *, mailguard_port: int, reinject_port: int, client_port: int) -> str:
    """The documented lines with the test's ports in place of 10025, 10026 and `submission`."""
    text = re.sub(rf"(?<=127\.0\.0\.1\]:){DOC_MAILGUARD}\b|(?<=127\.0\.0\.1:){DOC_MAILGUARD}\b",
                  str(mailguard_port), text)
    text = re.sub(rf"(?<=127\.0\.0\.1:){DOC_REINJECT}\b", str(reinject_port), text)
    return re.sub(rf"^{DOC_CLIENT_SERVICE}(?=\s)", f"127.0.0.1:{client_port}", text, flags=re.M)


@dataclass(frozen=True)
class QueuedRecipient:
    address: str
    delay_reason: str


@dataclass(frozen=True)
class QueueEntry:
    queue_id: str
    queue_name: str  # active, deferred, hold, incoming, maildrop
    sender: str
    recipients: tuple[QueuedRecipient, ...]


class PostfixError(RuntimeError):
    pass


class PostfixInstance:
    """A private Postfix instance in a temporary directory; `stop()` removes it again."""

    def __init__(self, mode: Mode, *, mailguard_port: int, sink_port: int, hostname: str = "postfix-test.invalid",
                 client_port: int = 0, reinject_port: int = 0) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.mailguard_port = mailguard_port
        self.sink_port = sink_port
        self.hostname = hostname
        self.client_port = client_port or free_port()
        self.reinject_port = reinject_port or free_port()
        # Outside pytest's 0700 tmp_path: the postfix user must reach the queue and data directories.
        self.base = Path(tempfile.mkdtemp(prefix="mailguard-postfix-"))
        self.base.chmod(0o755)
        self.config_dir = self.base / "etc"
        self.queue_dir = self.base / "queue"
        self.data_dir = self.base / "data"
        self.maillog_path = self.base / "maillog"
        self.started = False

    # ---- configuration

    def main_cf(self) -> str:
        base = (snippet("instance.main.cf").replace("@BASE@", str(self.base)).replace("@HOSTNAME@", self.hostname)
                .replace("@SINK_PORT@", str(self.sink_port)))
        return base + "\n# ---- mailguard (" + self.mode + ")\n" + self._localise(mode_snippets(self.mode)["main.cf"])

    def master_cf(self) -> str:
        text = snippet("instance.master.cf")
        if self.mode == "after-queue":
            # Where clients send mail, as the `smtp inet` line of a real master.cf.
            text += f"127.0.0.1:{self.client_port} inet  n       -       n       -       -       smtpd\n"
        return text + "# ---- mailguard (" + self.mode + ")\n" + self._localise(mode_snippets(self.mode)["master.cf"])

    def _localise(self, text: str) -> str:
        return localise(text, mailguard_port=self.mailguard_port, reinject_port=self.reinject_port,
                        client_port=self.client_port)

    def write_config(self) -> None:
        for d in (self.config_dir, self.queue_dir, self.data_dir):
            d.mkdir(parents=True, exist_ok=True)
        for d in (self.base, self.config_dir, self.queue_dir):
            d.chmod(0o755)
        shutil.chown(self.data_dir, user="postfix")
        self.data_dir.chmod(0o700)
        (self.config_dir / "main.cf").write_text(self.main_cf())
        (self.config_dir / "master.cf").write_text(self.master_cf())

    # ---- commands

    def _run(self, *argv: str, check: bool = True, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "MAIL_CONFIG": str(self.config_dir)})
        if check and proc.returncode != 0:
            raise PostfixError(f"{' '.join(argv)} exited with {proc.returncode}: {proc.stdout}{proc.stderr}"
                               f"\n--- maillog:\n{self.maillog()[-4000:]}")
        return proc

    def postfix(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self._run(postfix_binary() or "postfix", "-c", str(self.config_dir), *args, check=check)

    def start(self) -> None:
        self.write_config()
        self.postfix("start")  # runs `postfix check` itself, and creates the queue directories
        self.started = True
        deadline = time.monotonic() + 20
        for port in (self.client_port, self.reinject_port):
            while not _listening(port):
                if time.monotonic() > deadline:
                    raise PostfixError(f"Postfix is not listening on {port}\n--- maillog:\n{self.maillog()[-4000:]}")
                time.sleep(0.05)

    def running(self) -> bool:
        return self.postfix("status", check=False).returncode == 0

    def stop(self) -> None:
        """Stop the instance (if it runs) and remove its directory; safe to call more than once."""
        try:
            if self.started and self.running():
                self.postfix("stop", check=False)
                deadline = time.monotonic() + 15
                while self.running() and time.monotonic() < deadline:
                    time.sleep(0.1)
                if self.running():
                    self.postfix("abort", check=False)
        finally:
            self.started = False
            shutil.rmtree(self.base, ignore_errors=True)

    def mailq(self) -> list[QueueEntry]:
        """What is in the queue (`postqueue -j`: one JSON object per message)."""
        out = self._run(str(SBIN / "postqueue"), "-c", str(self.config_dir), "-j").stdout
        entries = []
        for line in out.splitlines():
            item = json.loads(line)
            entries.append(QueueEntry(
                queue_id=item["queue_id"], queue_name=item["queue_name"], sender=item.get("sender", ""),
                recipients=tuple(QueuedRecipient(r["address"], r.get("delay_reason", ""))
                                 for r in item.get("recipients", []))))
        return entries

    def deferred(self) -> list[QueueEntry]:
        return [e for e in self.mailq() if e.queue_name == "deferred"]

    def flush(self) -> None:
        """Attempt to deliver all queued mail now (`postqueue -f`)."""
        self._run(str(SBIN / "postqueue"), "-c", str(self.config_dir), "-f")

    def postconf(self, *args: str) -> str:
        return self._run(str(SBIN / "postconf"), "-c", str(self.config_dir), *args).stdout

    def postsuper(self, *args: str) -> str:
        return self._run(str(SBIN / "postsuper"), "-c", str(self.config_dir), *args).stderr

    def kick_pickup(self) -> None:
        """Wake the pickup service now rather than at its next 60-second wake-up."""
        self._run(str(SBIN / "postkick"), "-c", str(self.config_dir), "public", "pickup", "W")

    def maillog(self) -> str:
        try:
            return self.maillog_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def wait_log(self, pattern: str, timeout: float = 20.0, after: int = 0) -> re.Match[str]:
        """The first match of `pattern` in the maillog (from offset `after`), waiting for it up to `timeout`."""
        rx = re.compile(pattern, re.M)
        deadline = time.monotonic() + timeout
        while True:
            found = rx.search(self.maillog(), after)
            if found:
                return found
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {pattern!r} in the Postfix log:\n{self.maillog()[after:][-4000:]}")
            time.sleep(0.1)


def _listening(port: int) -> bool:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
