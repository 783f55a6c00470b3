"""What a reviewer can do to a held message: release, reject, delete, note. Each is audited.

Release goes through the same relay code as live mail, to the recipients whose copy was held,
and the item is marked released only once the upstream said 250: a release that fails leaves the
item held (and says why), so a click never loses a message.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from dataclasses import dataclass
from email.message import EmailMessage

from mailguard.quarantine.store import Item, QuarantineStore, StoreError
from mailguard.smtp.relay import Relay, deliver

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str  # plain words for the reviewer


async def release(store: QuarantineStore, relay: Relay, item_id: str, user: str, client: str = "") -> Outcome:
    try:
        item = await asyncio.to_thread(store.claim, item_id, "releasing", user)
        raw = await asyncio.to_thread(store.raw, item_id)
    except StoreError as exc:
        return Outcome(False, str(exc))
    reply = await deliver(relay, item.sender, item.recipients, raw)
    if reply.ok:
        await asyncio.to_thread(store.claim, item_id, "released", user, expect=("releasing",))
        await asyncio.to_thread(store.audit, user, "release", item_id, f"upstream: {reply}", client)
        return Outcome(True, f"Released to {', '.join(item.recipients)}.")
    await asyncio.to_thread(store.claim, item_id, "held", item.reviewed_by or user, expect=("releasing",))
    await asyncio.to_thread(store.audit, user, "release-failed", item_id, f"upstream: {reply}", client)
    return Outcome(False, f"Not released: the mail server answered {reply}. The message is still held.")


def rejection_notice(item: Item, from_address: str, school_name: str) -> bytes:
    """A notice to the sender: which rule and why, in plain words; the content is not repeated."""
    reasons = []
    for hit in item.decision.get("hits", []):
        if hit.get("action") == "quarantine":
            reasons.append(f"- {hit.get('reason', '')} (rule {hit.get('rule', '')})")
    msg = EmailMessage()
    msg["From"] = from_address
    msg["To"] = item.sender
    msg["Subject"] = "Your message was not sent"
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = email.utils.make_msgid(domain=from_address.rpartition("@")[2] or None)
    msg["Auto-Submitted"] = "auto-replied"
    sent = time.strftime("%d %B %Y at %H:%M", time.localtime(item.created))
    msg.set_content(
        f"Your message sent on {sent} to {', '.join(item.recipients)} was reviewed under "
        f"{school_name}'s policy on electronic communications and was not delivered.\n\n"
        + ("Why:\n" + "\n".join(reasons) + "\n\n" if reasons else "")
        + "If you think this is a mistake, please speak to the designated safeguarding lead.\n"
    )
    return msg.as_bytes()


async def reject(store: QuarantineStore, relay: Relay, item_id: str, user: str, *, notify_sender: bool,
                 notice_from: str, school_name: str, client: str = "") -> Outcome:
    try:
        item = await asyncio.to_thread(store.claim, item_id, "rejected", user)
    except StoreError as exc:
        return Outcome(False, str(exc))
    detail, message = "", "Rejected."
    if notify_sender and item.sender:
        reply = await deliver(relay, "", [item.sender], rejection_notice(item, notice_from, school_name))
        detail = f"notice to {item.sender}: {reply}"
        message += " The sender was told why." if reply.ok else f" The notice to the sender failed: {reply}."
    await asyncio.to_thread(store.audit, user, "reject", item_id, detail, client)
    return Outcome(True, message)


async def delete(store: QuarantineStore, item_id: str, user: str, client: str = "") -> Outcome:
    try:
        await asyncio.to_thread(store.claim, item_id, "deleted", user, expect=("held", "rejected", "released"))
        await asyncio.to_thread(store.delete_content, item_id)
    except StoreError as exc:
        return Outcome(False, str(exc))
    await asyncio.to_thread(store.audit, user, "delete", item_id, "", client)
    return Outcome(True, "Deleted: the message is gone; the record of it stays until the retention period ends.")


async def note(store: QuarantineStore, item_id: str, user: str, text: str, client: str = "") -> Outcome:
    text = " ".join(text.split())[:2000]
    if not text:
        return Outcome(False, "The note is empty.")
    try:
        await asyncio.to_thread(store.add_note, item_id, user, text)
    except StoreError as exc:
        return Outcome(False, str(exc))
    await asyncio.to_thread(store.audit, user, "note", item_id, text, client)
    return Outcome(True, "Note added.")
