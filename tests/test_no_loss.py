"""No mail is ever lost: kill the upstream in the middle of a load and account for every message.

Every message must end one of two ways: the client got a 250 *and* the message is at the upstream
(or in the quarantine), or the client got a 4xx/5xx (and will retry or report). A 250 for a message
that is nowhere is the one outcome that must never happen.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import aiosmtplib
from conftest import COLLEAGUE, PARENT, STAFF, message, start_mailguard, start_sink, write_config

TOTAL = 240
CONCURRENCY = 12


async def _send_all(port: int, on_progress: asyncio.Queue[int]) -> dict[str, str]:
    outcome: dict[str, str] = {}
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(TOTAL):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            i = queue.get_nowait()
            token = f"token-{i:04d}"
            # Every fifth message is held for the parent, to cover the quarantine path as well.
            body = f"{token} holdme" if i % 5 == 0 else token
            rcpts = [COLLEAGUE, PARENT] if i % 5 == 0 else [COLLEAGUE]
            try:
                errors, reply = await aiosmtplib.send(message(body=body), sender=STAFF, recipients=rcpts,
                                                      hostname="127.0.0.1", port=port, timeout=30)
                # A recipient refused at RCPT (4xx while the upstream was down) is the client's to
                # retry; the others were accepted and are owed.
                if not reply.startswith("2"):
                    outcome[token] = f"odd reply {reply}"
                else:
                    outcome[token] = "250" if not errors else "partial:" + ",".join(sorted(errors))
            except aiosmtplib.SMTPResponseException as exc:
                outcome[token] = str(exc.code)
            except (aiosmtplib.SMTPException, OSError) as exc:
                outcome[token] = f"error {exc}"
            on_progress.put_nowait(i)

    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return outcome


def test_killing_the_upstream_mid_load_loses_nothing(tmp_path: Path) -> None:
    first = start_sink(tmp_path / "sink1", "--delay", "0.02")
    port = first.port
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{port}", workers=2))
    second = None
    try:
        async def scenario() -> dict[str, str]:
            nonlocal second
            progress: asyncio.Queue[int] = asyncio.Queue()
            task = asyncio.create_task(_send_all(mg.port, progress))
            done = 0
            while done < TOTAL // 3:
                await progress.get()
                done += 1
            first.kill()  # SIGKILL, with transactions in flight
            await asyncio.sleep(0.5)
            while done < TOTAL // 2:
                await progress.get()
                done += 1
            second = start_sink(tmp_path / "sink2", "--delay", "0.02", port=port)
            return await task

        started = time.monotonic()
        outcome = asyncio.run(asyncio.wait_for(scenario(), 100))
        assert time.monotonic() - started < 100
    finally:
        mg.stop()
        if second is not None:
            second.kill()

    arrived: set[str] = set()
    for sink_dir in (tmp_path / "sink1", tmp_path / "sink2"):
        for eml in sink_dir.glob("*.eml"):
            arrived.update(t for t in eml.read_text().split() if t.startswith("token-"))
    held: set[str] = set()
    qdir = tmp_path / "quarantine"
    for (item_id,) in sqlite3.connect(qdir / "index.sqlite3").execute("SELECT id FROM items"):
        held.update(t for t in (qdir / "messages" / f"{item_id}.eml").read_text().split() if t.startswith("token-"))

    assert len(outcome) == TOTAL, "every message got an answer"
    accepted = {t for t, o in outcome.items() if o == "250"}
    partial = {t: o for t, o in outcome.items() if o.startswith("partial:")}
    failed = {t: o for t, o in outcome.items() if o != "250" and t not in partial}
    assert failed, "the upstream was killed: some messages must have been deferred"
    unexpected = {t: o for t, o in failed.items() if not (o.startswith("4") or o.startswith("error"))}
    assert unexpected == {}, unexpected
    assert accepted, "the upstream came back: later messages must have been accepted"
    lost = sorted((accepted | set(partial)) - arrived - held)
    assert lost == [], f"250 given but the message is nowhere: {lost}"
    for token, refused in partial.items():
        if PARENT not in refused:
            assert token in held, f"{token}: the parent was accepted, so the hold is owed"
        if COLLEAGUE not in refused:
            assert token in arrived, f"{token}: the colleague was accepted, so delivery is owed"
    for token in accepted:
        i = int(token.split("-")[1])
        if i % 5 == 0:
            assert token in held and token in arrived, f"{token}: colleague copy and parent hold both owed"
