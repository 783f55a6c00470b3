"""What the review side (web UI, CLI, alerts) needs to act on the quarantine."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from mailguard.config import Config
from mailguard.quarantine.store import QuarantineStore
from mailguard.smtp.relay import Relay, make_relay


@dataclass
class ReviewContext:
    store: QuarantineStore
    relay: Relay  # the same relay code as live mail: a released message goes where passing mail goes
    school_name: str
    notice_from: str  # From: of notices to senders and alerts to the DSL
    base_url: str  # for links in alerts, e.g. https://mailguard.example-school.org.uk
    secret_key: bytes  # signs session cookies; kept in the quarantine directory, 0600
    secure_cookies: bool = True
    session_minutes: int = 480
    retention_days: int = 30


def secret_key(directory: Path) -> bytes:
    """A key that survives restarts (so reviewers stay logged in), made on first use."""
    path = directory / "web-secret"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
    finally:
        os.close(fd)
    return key


def review_context(config: Config, store: QuarantineStore | None = None, relay: Relay | None = None) -> ReviewContext:
    store = store or QuarantineStore(config.resolve(config.quarantine.path))
    web = config.web
    host, port = (web.listen.rsplit(":", 1) if web else ("127.0.0.1", "8025"))
    return ReviewContext(
        store=store,
        relay=relay or make_relay(config.upstream_target, config.limits.upstream_timeout, config.hostname),
        school_name=config.school.name,
        notice_from=config.notice_sender,
        base_url=(web.base_url if web and web.base_url else f"http://{host}:{port}").rstrip("/"),
        secret_key=secret_key(store.path),
        secure_cookies=web.secure_cookies if web else True,
        session_minutes=web.session_minutes if web else 480,
        retention_days=config.quarantine.retention_days,
    )
