"""Upstream delivery: an SMTP relay (with connection reuse) or a maildir.

The proxy mirrors its client's transaction onto the upstream: MAIL and each RCPT are forwarded
as the client sends them, so a recipient the upstream refuses is refused to the client at RCPT,
with the upstream's own words, and is never covered by a 250. Everything that goes wrong talking
to the upstream becomes a 4xx Reply (the client keeps the message and retries); only the
upstream's own 5xx is passed on as a 5xx.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import aiosmtplib

from mailguard.config import Upstream

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reply:
    code: int
    message: str

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300

    @property
    def transient(self) -> bool:
        return 400 <= self.code < 500

    def __str__(self) -> str:
        lines = self.message.splitlines() or [""]
        return "\r\n".join(f"{self.code}{'-' if i < len(lines) - 1 else ' '}{line}" for i, line in enumerate(lines))


def tempfail(text: str) -> Reply:
    return Reply(451, f"4.4.1 {text}; please try again later")


def mirrored(code: int, message: str) -> Reply:
    """The upstream's reply, passed on. Anything that is not 2xx/4xx/5xx is treated as 451."""
    if code < 200 or code >= 600 or 300 <= code < 400:
        return tempfail(f"unexpected upstream reply {code} {message}")
    return Reply(code, message or "upstream reply")


class Transaction(Protocol):
    async def rcpt(self, address: str) -> Reply: ...
    async def data(self, raw: bytes) -> Reply: ...
    async def close(self) -> None: ...


class Relay(Protocol):
    async def begin(self, sender: str, options: Sequence[str]) -> tuple[Reply, Transaction | None]: ...
    async def aclose(self) -> None: ...


async def deliver(relay: Relay, sender: str, recipients: Sequence[str], raw: bytes,
                  options: Sequence[str] = ()) -> Reply:
    """One whole transaction: MAIL, every RCPT, DATA. The first refusal is the answer."""
    reply, txn = await relay.begin(sender, options)
    if txn is None:
        return reply if not reply.ok else tempfail("upstream refused the transaction")
    try:
        for rcpt in recipients:
            reply = await txn.rcpt(rcpt)
            if not reply.ok:
                return reply
        return await txn.data(raw)
    finally:
        await txn.close()


# ---------------------------------------------------------------- SMTP upstream


@dataclass
class _Conn:
    smtp: aiosmtplib.SMTP
    idle_since: float = field(default_factory=time.monotonic)


class SMTPRelay:
    """Delivers to an SMTP server, keeping a few idle connections for reuse.

    A connection goes back to the pool only after a transaction ended cleanly (DATA answered, or
    RSET accepted); a reused connection that turns out to be dead before MAIL is accepted is
    replaced once by a fresh one. Nothing is ever retried after DATA was sent: a retry there
    could deliver twice, and the client's own retry (after our 4xx) is the safe path.
    """

    MAX_IDLE = 8
    IDLE_SECONDS = 30.0

    def __init__(self, upstream: Upstream, timeout: float, local_hostname: str | None = None) -> None:
        self.upstream = upstream
        self.timeout = timeout
        self.local_hostname = local_hostname or socket.getfqdn()
        self._idle: list[_Conn] = []

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        if not self.upstream.verify_tls:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    async def _connect(self) -> aiosmtplib.SMTP:
        up = self.upstream
        smtp = aiosmtplib.SMTP(
            hostname=up.host, port=up.port, timeout=self.timeout, local_hostname=self.local_hostname,
            use_tls=up.kind == "smtps", start_tls=False, tls_context=self._tls_context(),
        )
        await smtp.connect()
        try:
            await smtp.ehlo()
            if up.starttls != "no" and smtp.supports_extension("starttls"):
                await smtp.starttls(tls_context=self._tls_context())
                await smtp.ehlo()
            elif up.starttls == "required":
                raise aiosmtplib.SMTPException("upstream does not offer STARTTLS, which is required")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _take_idle(self) -> aiosmtplib.SMTP | None:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()
            if conn.smtp.is_connected and now - conn.idle_since < self.IDLE_SECONDS:
                return conn.smtp
            conn.smtp.close()
        return None

    def release(self, smtp: aiosmtplib.SMTP) -> None:
        if smtp.is_connected and len(self._idle) < self.MAX_IDLE:
            self._idle.append(_Conn(smtp))
        else:
            smtp.close()

    async def begin(self, sender: str, options: Sequence[str]) -> tuple[Reply, Transaction | None]:
        for attempt in ("reuse", "fresh"):
            smtp = self._take_idle() if attempt == "reuse" else None
            reused = smtp is not None
            if smtp is None:
                if attempt == "reuse":
                    continue
                try:
                    smtp = await self._connect()
                except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
                    log.warning("upstream %s unavailable: %s", self.upstream.describe(), exc)
                    return tempfail(f"upstream {self.upstream.describe()} unavailable"), None
            try:
                reply = await smtp.mail(sender, options=_supported(smtp, options), encoding=_enc(sender))
            except aiosmtplib.SMTPSenderRefused as exc:
                await _reset_or_close(smtp, self)
                return mirrored(exc.code, exc.message), None
            except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
                smtp.close()
                if reused:
                    continue  # a stale pooled connection: try once on a fresh one
                log.warning("upstream %s failed at MAIL: %s", self.upstream.describe(), exc)
                return tempfail(f"upstream {self.upstream.describe()} failed"), None
            return Reply(reply.code, reply.message), _SMTPTransaction(self, smtp)
        return tempfail("upstream unavailable"), None  # pragma: no cover - loop always returns

    async def aclose(self) -> None:
        while self._idle:
            conn = self._idle.pop()
            try:
                await asyncio.wait_for(conn.smtp.quit(), 2)
            except (TimeoutError, aiosmtplib.SMTPException, OSError):
                conn.smtp.close()


def _enc(address: str) -> str:
    return "ascii" if address.isascii() else "utf-8"


def _supported(smtp: aiosmtplib.SMTP, options: Sequence[str]) -> list[str]:
    """Pass on the client's MAIL parameters that the upstream understands."""
    kept = []
    for opt in options:
        name = opt.split("=", 1)[0].upper()
        if (name == "BODY" and smtp.supports_extension("8bitmime")) or (
            name == "SMTPUTF8" and smtp.supports_extension("smtputf8")) or (
            name == "SIZE" and smtp.supports_extension("size")):
            kept.append(opt)
    return kept


async def _reset_or_close(smtp: aiosmtplib.SMTP, relay: SMTPRelay) -> None:
    try:
        await smtp.rset()
    except (TimeoutError, aiosmtplib.SMTPException, OSError):
        smtp.close()
        return
    relay.release(smtp)


class _SMTPTransaction:
    def __init__(self, relay: SMTPRelay, smtp: aiosmtplib.SMTP) -> None:
        self.relay = relay
        self.smtp: aiosmtplib.SMTP | None = smtp
        self.done = False

    async def rcpt(self, address: str) -> Reply:
        if self.smtp is None:
            return tempfail("upstream connection lost")
        try:
            reply = await self.smtp.rcpt(address, encoding=_enc(address))
        except aiosmtplib.SMTPRecipientRefused as exc:
            return mirrored(exc.code, exc.message)
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            log.warning("upstream failed at RCPT: %s", exc)
            self._drop()
            return tempfail("upstream connection lost")
        return Reply(reply.code, reply.message)

    async def data(self, raw: bytes) -> Reply:
        if self.smtp is None:
            return tempfail("upstream connection lost")
        try:
            reply = await self.smtp.data(raw)
        except aiosmtplib.SMTPDataError as exc:
            self.done = True
            return mirrored(exc.code, exc.message)
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            log.warning("upstream failed during DATA: %s", exc)
            self._drop()
            return Reply(451, "4.4.2 upstream connection lost during delivery; please try again later")
        self.done = True
        return Reply(reply.code, reply.message)

    def _drop(self) -> None:
        if self.smtp is not None:
            self.smtp.close()
            self.smtp = None

    async def close(self) -> None:
        """Return the connection to the pool (after RSET if the transaction was not finished)."""
        smtp, self.smtp = self.smtp, None
        if smtp is None:
            return
        if self.done:
            self.relay.release(smtp)
        else:
            await _reset_or_close(smtp, self.relay)


# ---------------------------------------------------------------- maildir upstream


class MaildirRelay:
    """Delivers into a maildir, durably (fsync of file and directory), for a first run or tests."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seq = 0
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True, mode=0o700)

    async def begin(self, sender: str, options: Sequence[str]) -> tuple[Reply, Transaction | None]:
        return Reply(250, "2.1.0 OK"), _MaildirTransaction(self, sender)

    def deliver(self, sender: str, recipients: list[str], raw: bytes) -> str:
        self._seq += 1
        name = f"{time.time():.6f}.M{self._seq}P{os.getpid()}.{socket.gethostname()}"
        head = f"Return-Path: <{sender}>\r\n".encode()
        head += b"".join(f"Delivered-To: {r}\r\n".encode() for r in recipients)
        body = (head + raw).replace(b"\r\n", b"\n")  # maildir files use the local line ending
        tmp = self.path / "tmp" / name
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, body)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(tmp, self.path / "new" / name)
        dfd = os.open(self.path / "new", os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
        return name

    async def aclose(self) -> None:
        return None


class _MaildirTransaction:
    def __init__(self, relay: MaildirRelay, sender: str) -> None:
        self.relay = relay
        self.sender = sender
        self.recipients: list[str] = []

    async def rcpt(self, address: str) -> Reply:
        self.recipients.append(address)
        return Reply(250, "2.1.5 OK")

    async def data(self, raw: bytes) -> Reply:
        try:
            name = await asyncio.to_thread(self.relay.deliver, self.sender, self.recipients, raw)
        except OSError as exc:
            log.error("maildir delivery failed: %s", exc)
            return Reply(451, "4.3.0 local delivery failed; please try again later")
        return Reply(250, f"2.0.0 delivered as {name}")

    async def close(self) -> None:
        return None


def make_relay(upstream: Upstream, timeout: float, local_hostname: str | None = None) -> Relay:
    if upstream.kind == "maildir":
        return MaildirRelay(Path(upstream.path))
    return SMTPRelay(upstream, timeout, local_hostname)
