"""Tell the safeguarding lead that something is waiting, without spreading what it is.

An alert names the rule, the sender, the time and a link to the review page; it never contains
the message's subject or content (an alert mailbox is not access-controlled like the
quarantine). When many messages are held at once, the first one is announced straight away and
the rest are gathered into one digest per `min_interval_minutes`. An optional daily digest lists
what is still waiting.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from dataclasses import dataclass
from email.message import EmailMessage

from mailguard.config import AlertsConfig
from mailguard.quarantine.store import QuarantineStore
from mailguard.smtp.relay import Relay, Reply, deliver

log = logging.getLogger(__name__)

REVIEW_PATH = "/message/"


@dataclass(frozen=True)
class Held:
    item_id: str
    rules: tuple[str, ...]
    sender: str
    when: float


def _compose(sender: str, to: list[str], subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = email.utils.make_msgid(domain=sender.rpartition("@")[2] or None)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body)
    return msg.as_bytes()


def held_body(items: list[Held], base_url: str) -> str:
    lines = []
    for h in items:
        stamp = time.strftime("%d %b %Y %H:%M", time.localtime(h.when))
        lines.append(f"- {stamp}, from {h.sender or '(no sender)'}, rule {', '.join(h.rules)}\n"
                     f"  {base_url}{REVIEW_PATH}{h.item_id}")
    return (
        f"{len(items)} message(s) held for your review:\n\n" + "\n".join(lines)
        + "\n\nOpen the links to see why each was held and release or reject it. "
        "This e-mail does not contain the messages themselves.\n"
    )


class Alerter:
    def __init__(self, config: AlertsConfig, relay: Relay, store: QuarantineStore, sender: str,
                 base_url: str, school_name: str) -> None:
        self.config = config
        self.relay = relay
        self.store = store
        self.sender = sender
        self.base_url = base_url
        self.school_name = school_name
        self._pending: list[Held] = []
        self._last_sent = 0.0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._digest_task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())
        if self.config.daily_digest:
            self._digest_task = asyncio.create_task(self._daily())

    async def stop(self) -> None:
        for task in (self._task, self._digest_task):
            if task is not None:
                task.cancel()
        if self._pending:
            await self._flush()

    def held(self, item: Held) -> None:
        self._pending.append(item)
        self._wake.set()

    async def _run(self) -> None:
        interval = self.config.min_interval_minutes * 60
        while True:
            await self._wake.wait()
            self._wake.clear()
            wait = self._last_sent + interval - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)  # gather what else arrives into one digest
            await self._flush()

    async def _flush(self) -> None:
        items, self._pending = self._pending, []
        if not items:
            return
        subject = (f"[{self.school_name}] {len(items)} messages held for review" if len(items) > 1
                   else f"[{self.school_name}] A message is held for review")
        raw = _compose(self.sender, self.config.to, subject, held_body(items, self.base_url))
        reply = await deliver(self.relay, self.sender, self.config.to, raw)
        self._last_sent = time.monotonic()
        if reply.ok:
            await asyncio.to_thread(self.store.audit, "mailguard", "alert", None,
                                    f"{len(items)} held: {', '.join(h.item_id for h in items)}")
        else:
            log.error("could not send the alert to %s: %s", ", ".join(self.config.to), reply)
            if reply.transient:
                self._pending = items + self._pending  # try again with the next one
                self._wake.set()
                await asyncio.sleep(60)

    async def _daily(self) -> None:
        assert self.config.daily_digest is not None
        hh, mm = (int(x) for x in self.config.daily_digest.split(":"))
        while True:
            now = time.localtime()
            target = time.mktime((now.tm_year, now.tm_mon, now.tm_mday, hh, mm, 0, 0, 0, -1))
            if target <= time.time():
                target += 86400
            await asyncio.sleep(target - time.time())
            await self.send_daily_digest()

    async def send_daily_digest(self) -> Reply | None:
        items = await asyncio.to_thread(self.store.search, status="held", limit=500)
        if not items:
            return None
        held = [Held(i.id, tuple(i.rules), i.sender, i.created) for i in reversed(items)]
        raw = _compose(self.sender, self.config.to, f"[{self.school_name}] Daily digest: {len(held)} waiting",
                       held_body(held, self.base_url))
        return await deliver(self.relay, self.sender, self.config.to, raw)


def held_notice(sender_address: str, from_address: str, school_name: str, recipients: list[str],
                reasons: list[str]) -> bytes:
    """For rules with `notify_sender: true`: the sender learns the message waits for review, and why."""
    body = (
        f"Your message to {', '.join(recipients)} has been held for review under {school_name}'s policy "
        f"on electronic communications. It will be delivered if the designated safeguarding lead "
        f"releases it.\n\n" + "Why:\n" + "\n".join(f"- {r}" for r in reasons) + "\n"
    )
    return _compose(from_address, [sender_address], "Your message is held for review", body)
