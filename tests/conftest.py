"""Fixtures that start real servers on loopback: an upstream sink and mailguard itself.

Both run as separate processes, exactly as in production, so tests can kill them mid-transaction.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

# Tests never ask a real DNS resolver (only the tests' own loopback servers): see webmail.py.
os.environ["MAILGUARD_DNS"] = "off"

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
PY = sys.executable
MAILGUARD = [PY, "-m", "mailguard.cli"]

# Rules for the proxy tests: one trigger word per action, so each test says what it expects.
TEST_RULES = {
    "tag.yaml": {
        "rule": "tag-word", "module": "text-match", "action": "tag",
        "description": "tag messages that say tagme", "tag": {"subject_prefix": "[CHECKED]"},
        "settings": {"words": ["tagme"], "reason": "The message says {match}."},
    },
    "hold.yaml": {
        "rule": "hold-word", "module": "text-match", "action": "quarantine",
        "when": {"recipients": ["parent", "pupil"]},
        "settings": {"words": ["holdme"]},
    },
    "bounce.yaml": {
        "rule": "bounce-word", "module": "text-match", "action": "bounce",
        "reason": "Messages that say bounceme are not allowed.",
        "settings": {"words": ["bounceme"]},
    },
    "slow.yaml": {
        "rule": "slow-pattern", "module": "text-match", "action": "tag",
        "settings": {"patterns": ["(x+x+)+y"], "where": ["subject"]},
    },
}

STAFF = "t.smith@example-school.org.uk"
COLLEAGUE = "head@example-school.org.uk"
PARENT = "jane.parent@gmail.com"
PUPIL = "sam@pupils.example-school.org.uk"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[Any] | None = None, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            out = proc.stdout.read() if proc.stdout else ""
            raise RuntimeError(f"process exited with {proc.returncode}: {out}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {port}")


@dataclass
class Sink:
    dir: Path
    port: int
    proc: subprocess.Popen[str]

    def messages(self) -> list[tuple[dict[str, Any], bytes]]:
        out = []
        done = [p for p in self.dir.glob("*.json") if not p.name.startswith(".")]  # .N.json: being written
        for meta in sorted(done, key=lambda p: int(p.stem)):
            out.append((json.loads(meta.read_text()), (self.dir / f"{meta.stem}.eml").read_bytes()))
        return out

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


def start_sink(directory: Path, *args: str, port: int = 0) -> Sink:
    directory.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([PY, str(TESTS / "sink.py"), "--dir", str(directory), "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"sink did not start: {line}{proc.stdout.read()}")
    return Sink(directory, int(line.split()[1]), proc)


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[Sink]:
    s = start_sink(tmp_path / "sink")
    yield s
    s.proc.kill()
    s.proc.wait()


def write_config(tmp_path: Path, upstream: str, **overrides: Any) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    for name, rule in TEST_RULES.items():
        (rules / name).write_text(yaml.safe_dump(rule))
    (tmp_path / "parents.csv").write_text(f"name,email\nJane,{PARENT}\n")
    config: dict[str, Any] = {
        "school": {"domains": ["example-school.org.uk"], "pupil_domains": ["pupils.example-school.org.uk"],
                   "parents_file": "parents.csv", "phone_numbers": ["01632 960000"], "postcodes": ["LS1 4AP"]},
        "rules_dir": "rules",
        "listen": f"127.0.0.1:{free_port()}",
        "clients": ["127.0.0.0/8"],
        "upstream": upstream,
        "quarantine": {"path": "quarantine"},
        "decision_log": "decisions.jsonl",
        "workers": 1,
        "limits": {"judge_timeout": 5, "upstream_timeout": 5},
    }
    for key, value in overrides.items():
        config[key] = value
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


@dataclass
class Mailguard:
    config: Path
    port: int
    proc: subprocess.Popen[str]
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.config.parent / "decisions.jsonl"

    def decisions(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        return self.proc.stdout.read() if self.proc.stdout else ""


def start_mailguard(config: Path) -> Mailguard:
    port = int(yaml.safe_load(config.read_text())["listen"].rsplit(":", 1)[1])
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([*MAILGUARD, "serve", "--config", str(config)], cwd=config.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    wait_port(port, proc)
    return Mailguard(config, port, proc)


@pytest.fixture
def mailguard(tmp_path: Path, sink: Sink) -> Iterator[Mailguard]:
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}?starttls=no"))
    yield mg
    mg.stop()


def message(subject: str = "Hello", body: str = "Just a note.", sender: str = STAFF,
            to: str = PARENT, extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{time.time_ns()}@test>\r\n"
        f"Date: Wed, 25 Nov 2026 10:00:00 +0000\r\n{extra}\r\n{body}\r\n"
    ).encode()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost, made fresh for the test run."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                    x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    d = tmp_path_factory.mktemp("tls")
    (d / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (d / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    return d / "cert.pem", d / "key.pem"


@pytest.fixture
def sealed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if the code under test writes a file, makes a temporary file or connects out:
    for checks that promise to work in memory only (archives, rule modules)."""
    import builtins
    import io
    import tempfile

    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+"):
            raise AssertionError(f"wrote to disk: {file!r} ({mode})")
        return real_open(file, mode, *args, **kwargs)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("made a temporary file or a network connection")

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(os, "symlink", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield
