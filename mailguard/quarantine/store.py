"""The quarantine: held messages on disk, durably, with an SQLite index.

A held message is only acknowledged (250) after `hold()` returned, and `hold()` returns only when
the message file is fsynced, renamed into place, its directory fsynced, and its index row
committed (SQLite WAL, synchronous=FULL). A crash at any point leaves either a complete item or
no row at all (an orphan file without a row is removed at the next start), never half an item.

The quarantine holds data about children: the directory is 0700 and every file 0600.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'held',
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,      -- JSON list: the recipients whose copy is held
    all_recipients TEXT NOT NULL,  -- JSON list: everyone the client addressed
    subject TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    client TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    rules TEXT NOT NULL,           -- JSON list of rule ids that held it
    decision TEXT NOT NULL,        -- JSON: the whole decision, hits with unmasked evidence
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS items_status_created ON items(status, created);
"""


@dataclass(frozen=True)
class Item:
    id: str
    created: float
    status: str
    sender: str
    recipients: list[str]
    all_recipients: list[str]
    subject: str
    message_id: str
    client: str
    size: int
    rules: list[str]
    decision: dict[str, Any]
    notes: str


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class QuarantineStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.messages = path / "messages"
        self.messages.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
        os.chmod(self.messages, 0o700)
        self.db_path = path / "index.sqlite3"
        with self._db() as db:
            db.executescript(_SCHEMA)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif version > SCHEMA_VERSION:
                raise RuntimeError(f"{self.db_path}: made by a newer mailguard (schema {version})")
        os.chmod(self.db_path, 0o600)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            yield db
        finally:
            db.close()

    def _file(self, item_id: str) -> Path:
        return self.messages / f"{item_id}.eml"

    def remove_orphans(self) -> None:
        """Remove files left by a crash between writing a file and committing its row.

        Those messages were never acknowledged, so the client still has them. Only the server
        calls this, at start, before it accepts mail: a concurrent hold() would look like an orphan.
        """
        with self._db() as db:
            known = {row[0] for row in db.execute("SELECT id FROM items")}
        for path in self.messages.iterdir():
            if path.name.startswith(".tmp-") or (path.suffix == ".eml" and path.stem not in known):
                path.unlink(missing_ok=True)

    def hold(self, raw: bytes, *, sender: str, recipients: list[str], all_recipients: list[str],
             decision: dict[str, Any], subject: str = "", message_id: str = "", client: str = "") -> str:
        """Store a message durably; returns its id. Blocking: call it from a thread."""
        item_id = time.strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(4)
        tmp = self.messages / f".tmp-{item_id}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(raw)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(tmp, self._file(item_id))
        _fsync_dir(self.messages)
        rules = sorted({h["rule"] for h in decision.get("hits", []) if h.get("action") == "quarantine"})
        with self._db() as db:
            db.execute(
                "INSERT INTO items (id, created, sender, recipients, all_recipients, subject, message_id,"
                " client, size, rules, decision) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (item_id, time.time(), sender, json.dumps(recipients), json.dumps(all_recipients), subject,
                 message_id, client, len(raw), json.dumps(rules), json.dumps(decision)),
            )
        return item_id

    def discard(self, item_id: str) -> None:
        """Undo a hold whose message was not acknowledged after all (the client will retry)."""
        with self._db() as db:
            db.execute("DELETE FROM items WHERE id = ?", (item_id,))
        self._file(item_id).unlink(missing_ok=True)

    def get(self, item_id: str) -> Item | None:
        with self._db() as db:
            row = db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
            cols = [c[0] for c in db.execute("SELECT * FROM items LIMIT 0").description]
        return _item(dict(zip(cols, row, strict=True))) if row else None

    def list(self, status: str | None = "held", limit: int = 200) -> list[Item]:
        query = "SELECT * FROM items" + (" WHERE status = ?" if status else "") + " ORDER BY created DESC LIMIT ?"
        args: tuple[Any, ...] = (status, limit) if status else (limit,)
        with self._db() as db:
            cur = db.execute(query, args)
            cols = [c[0] for c in cur.description]
            return [_item(dict(zip(cols, row, strict=True))) for row in cur.fetchall()]

    def raw(self, item_id: str) -> bytes:
        return self._file(item_id).read_bytes()

    def set_status(self, item_id: str, status: str) -> None:
        with self._db() as db:
            db.execute("UPDATE items SET status = ? WHERE id = ?", (status, item_id))

    def count(self, status: str = "held") -> int:
        with self._db() as db:
            return int(db.execute("SELECT count(*) FROM items WHERE status = ?", (status,)).fetchone()[0])


def _item(row: dict[str, Any]) -> Item:
    return Item(
        id=row["id"], created=row["created"], status=row["status"], sender=row["sender"],
        recipients=json.loads(row["recipients"]), all_recipients=json.loads(row["all_recipients"]),
        subject=row["subject"], message_id=row["message_id"], client=row["client"], size=row["size"],
        rules=json.loads(row["rules"]), decision=json.loads(row["decision"]), notes=row["notes"],
    )
