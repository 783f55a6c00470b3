"""The inbound side: an aiosmtpd handler that turns a Decision into an SMTP reply.

This is the only place that knows SMTP reply codes. The promise it keeps: a 250 goes back only
after the upstream accepted the message for every recipient it was meant for, or the quarantine
holds it on disk. Anything else (upstream down, a rule failing, a timeout) is a 4xx, and the
client keeps the message and retries.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import secrets
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from mailguard import metrics, wire
from mailguard.config import Config
from mailguard.decision import Decision
from mailguard.decisionlog import DecisionLog, Entry
from mailguard.quarantine.store import QuarantineStore
from mailguard.smtp.relay import Relay, Reply, Transaction, tempfail
from mailguard.workers import JudgePool, JudgeTimeout

log = logging.getLogger(__name__)


def _plain(text: str, limit: int = 400) -> str:
    """An SMTP reply text: ASCII, one line, bounded."""
    text = unicodedata.normalize("NFKD", " ".join(text.split()))
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.encode("ascii", "ignore").decode()
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass
class _SessionState:
    """What mailguard keeps per client connection, beside aiosmtpd's own Session."""

    txn: Transaction | None = None
    entry_ids: list[str] = field(default_factory=list)

    async def abort(self) -> None:
        txn, self.txn = self.txn, None
        if txn is not None:
            try:
                await txn.close()
            except Exception as exc:
                log.debug("closing upstream transaction: %s", exc)


def _state(session: Session) -> _SessionState:
    state = getattr(session, "mailguard", None)
    if state is None:
        state = _SessionState()
        setattr(session, "mailguard", state)  # noqa: B010 - aiosmtpd's Session has no slot for us
    return state


_closing: set[asyncio.Task[None]] = set()


class MailGuardSMTP(SMTP):
    """aiosmtpd's SMTP with a hook for the end of a connection, to release upstream resources."""

    def _release(self) -> None:
        session = getattr(self, "session", None)
        if session is not None and getattr(session, "mailguard", None) is not None:
            task = asyncio.ensure_future(session.mailguard.abort())
            _closing.add(task)
            task.add_done_callback(_closing.discard)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._release()  # after STARTTLS aiosmtpd starts a new session: close the old one's upstream
        super().connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self._release()
        super().connection_lost(exc)


class Handler:
    def __init__(self, config: Config, relay: Relay, pool: JudgePool, store: QuarantineStore,
                 decisions: DecisionLog, on_held: Callable[[str, Entry], None] | None = None) -> None:
        self.on_held = on_held  # told of every hold the client was answered 250 for
        self.config = config
        self.relay = relay
        self.pool = pool
        self.store = store
        self.decisions = decisions
        self.networks = config.client_networks

    # ---- who may send

    def _client_allowed(self, session: Session) -> bool:
        if getattr(session, "authenticated", False):
            return True
        peer = session.peer
        host = peer[0] if isinstance(peer, tuple) else str(peer)
        try:
            ip = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip in net for net in self.networks)

    @staticmethod
    def _client(session: Session) -> str:
        peer = session.peer
        return str(peer[0]) if isinstance(peer, tuple) else str(peer)

    # ---- SMTP hooks

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope, hostname: str,
                          responses: list[str]) -> list[str]:
        session.host_name = hostname
        await _state(session).abort()
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_RSET(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        await _state(session).abort()
        return "250 OK"

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        await _state(session).abort()
        return "221 Bye"

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          mail_options: list[str]) -> str:
        await _state(session).abort()
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        if not self._client_allowed(session):
            log.warning("refused relaying for %s to %s", self._client(session), address)
            metrics.REFUSED_CLIENTS.inc()
            return f"550 5.7.1 Relaying denied: {self._client(session)} may not send mail through this server"
        if len(envelope.rcpt_tos) >= self.config.limits.max_recipients:
            return "452 4.5.3 Too many recipients"
        state = _state(session)
        if state.txn is None:
            reply, txn = await self.relay.begin(envelope.mail_from or "", envelope.mail_options)
            if txn is None:
                if reply.transient:
                    metrics.UPSTREAM_ERRORS.labels("unavailable").inc()
                    metrics.TEMPFAILS.inc()
                return str(reply)
            state.txn = txn
        reply = await state.txn.rcpt(address)
        if reply.ok:
            envelope.rcpt_tos.append(address)
        return str(reply)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        state = _state(session)
        entry = Entry(id=secrets.token_hex(6), client=self._client(session), sender=envelope.mail_from or "",
                      recipients=list(envelope.rcpt_tos), size=len(envelope.original_content or b""))
        try:
            reply = await self._data(state, envelope, entry)
        except Exception as exc:
            log.exception("message %s: unexpected error", entry.id)
            entry.error = f"{type(exc).__name__}: {exc}"
            reply = Reply(451, "4.3.0 mailguard could not process this message; please try again later")
        finally:
            await state.abort()
        if not reply.ok and entry.action not in ("bounce",):
            entry.action = "tempfail" if reply.transient else "reject"
        metrics.observe(entry, reply)
        if reply.ok and entry.quarantine_id and self.on_held is not None:
            self.on_held(entry.quarantine_id, entry)
        self.decisions.write({**entry.record(), "reply": str(reply)})
        return str(reply)

    async def _data(self, state: _SessionState, envelope: Envelope, entry: Entry) -> Reply:
        original = envelope.original_content or b""
        try:
            if len(original) > _INLINE_BYTES:
                raw = await asyncio.to_thread(_prepare, original)  # keep big copies off the loop
            else:
                raw = _prepare(original)
        except wire.WireError as exc:
            entry.error = str(exc)
            return Reply(554, f"5.6.0 {exc}")
        entry.size = len(raw)
        recipients = list(envelope.rcpt_tos)
        try:
            decision = await self.pool.judge(raw, entry.sender, recipients, entry.client,
                                             self.config.limits.judge_timeout)
        except JudgeTimeout as exc:
            entry.error = str(exc)
            return Reply(451, f"4.7.0 {exc}; please try again later")
        entry.decision = decision
        entry.message_id = _message_id(raw)
        if decision.tempfail is not None:
            entry.error = decision.tempfail
            return Reply(451, "4.7.0 a policy check failed on this message; please try again later")
        if decision.action == "bounce":
            entry.action = "bounce"
            return Reply(550, "5.7.1 " + _plain(f"Not sent: {decision.bounce_reason()}"))

        held = decision.recipients_with("quarantine")
        item_id = None
        if held:
            item_id = await asyncio.to_thread(
                self.store.hold, raw, sender=entry.sender, recipients=held, all_recipients=recipients,
                decision=_record(decision), subject=_subject(raw), message_id=entry.message_id,
                client=entry.client)
            entry.quarantine_id = item_id
        try:
            upstream = await self._deliver(state, envelope, raw, decision, recipients)
        except Exception:
            if item_id is not None:  # the client gets a 4xx and sends again: keep no second copy
                await asyncio.to_thread(self.store.discard, item_id)
            raise
        reply = upstream or Reply(250, "2.0.0 OK")  # None: every recipient is held, nothing sent upstream
        entry.upstream_reply = str(upstream) if upstream else ""
        if not reply.ok:
            if item_id is not None:
                # The client gets no 250 and will send again: do not keep a second copy.
                await asyncio.to_thread(self.store.discard, item_id)
                entry.quarantine_id = None
            return reply
        entry.action = decision.action
        delivered = len(recipients) - len(held)
        if item_id is None:
            return reply
        if delivered == 0:
            return Reply(250, f"2.0.0 OK: held for review by the school (quarantine id {item_id})")
        return Reply(250, f"2.0.0 OK: delivered to {delivered}, held for review for {len(held)} "
                          f"(quarantine id {item_id})")

    async def _deliver(self, state: _SessionState, envelope: Envelope, raw: bytes, decision: Decision,
                       recipients: list[str]) -> Reply | None:
        """Deliver to every recipient not held, each group with the bytes its tags call for.

        Returns the upstream's (last) reply, or None when there was nobody to deliver to."""
        groups: dict[tuple[str, ...], list[str]] = {}
        for rcpt in recipients:
            if decision.recipients[rcpt] in ("pass", "tag"):
                key = tuple(sorted({h.rule for h in decision.hits_for(rcpt) if h.action == "tag"}))
                groups.setdefault(key, []).append(rcpt)
        last: Reply | None = None
        for index, rcpts in enumerate(groups.values()):
            body = wire.tagged(raw, decision.hits_for(rcpts[0]))
            if index == 0 and rcpts == recipients and state.txn is not None:
                # The transaction mirrored at RCPT time covers exactly these recipients.
                txn, state.txn = state.txn, None
                last = await txn.data(body)
                await txn.close()
            else:
                await state.abort()
                last = await self._send(envelope, body, rcpts)
            if not last.ok:
                if index > 0:
                    # Some recipients already have it: a 4xx makes the client resend to all (a
                    # duplicate), which beats a 250 that would silently lose the rest.
                    return tempfail("delivery failed part-way")
                return last
        return last

    async def _send(self, envelope: Envelope, raw: bytes, recipients: Sequence[str]) -> Reply:
        """A fresh upstream transaction for some of the recipients (split or tagged delivery).

        Unlike relay.deliver, a recipient refused here is a tempfail: the upstream accepted it
        a moment ago at RCPT, so whatever changed is worth a retry, not a bounce."""
        reply, txn = await self.relay.begin(envelope.mail_from or "", envelope.mail_options)
        if txn is None:
            return reply if not reply.ok else tempfail("upstream refused the transaction")
        try:
            for rcpt in recipients:
                reply = await txn.rcpt(rcpt)
                if not reply.ok:
                    return tempfail(f"upstream refused {rcpt} on delivery ({reply.code})")
            return await txn.data(raw)
        finally:
            await txn.close()


_INLINE_BYTES = 256 * 1024


def _prepare(original: bytes) -> bytes:
    """The canonical bytes that are scanned and relayed (see wire.py)."""
    return wire.strip_forged(wire.canonical(original))


def _message_id(raw: bytes) -> str:
    head, _ = wire.split_header(raw)
    for line in head.split(b"\r\n"):
        if line[:11].lower() == b"message-id:":
            return line[11:].strip().decode("utf-8", "replace")[:300]
    return ""


def _subject(raw: bytes) -> str:
    from mailguard.message import decode_header_value

    head, _ = wire.split_header(raw)
    lines = head.decode("utf-8", "replace").split("\r\n")
    for i, line in enumerate(lines):
        if line.lower().startswith("subject:"):
            value = line[8:]
            for cont in lines[i + 1:]:
                if cont[:1] not in (" ", "\t"):
                    break
                value += cont
            return decode_header_value(value.strip())[:500]
    return ""


def _record(decision: Decision) -> dict[str, Any]:
    """The decision as the quarantine keeps it: whole evidence, for the reviewer."""
    return {
        "action": decision.action,
        "recipients": dict(decision.recipients),
        "hits": [h.as_dict(masked=False) for h in decision.hits],
        "defects": list(decision.defects),
    }
