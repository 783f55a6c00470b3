"""The quarantine: held messages on disk, durably, with an SQLite index, an audit log and users.

A held message is only acknowledged (250) after `hold()` returned, and `hold()` returns only when
the message file is fsynced, renamed into place, its directory fsynced, and its index row
committed (SQLite WAL, synchronous=FULL). A crash at any point leaves either a complete item or
no row at all (an orphan file without a row is removed at the next start), never half an item.

The quarantine holds data about children: the directory is 0700 and every file 0600. Every
review action is written to an append-only audit table (SQLite triggers refuse UPDATE and
DELETE on it), so the record of who saw and did what cannot be edited through mailguard.
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
from functools import cache
from pathlib import Path
from typing import Any

STATUSES = ("held", "releasing", "released", "rejected", "deleted", "expired")
ROLES = ("reviewer", "admin")

# Each entry upgrades the schema by one version; never edit a released entry, add a new one.
MIGRATIONS: list[str] = [
    # 1: items
    """
    CREATE TABLE items (
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
    CREATE INDEX items_status_created ON items(status, created);
    """,
    # 2: review, audit, users
    """
    ALTER TABLE items ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN reviewed_at REAL;
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        ts REAL NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        item_id TEXT,
        detail TEXT NOT NULL DEFAULT '',
        client TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_ts ON audit(ts);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        password TEXT NOT NULL,        -- argon2id hash
        role TEXT NOT NULL,
        created REAL NOT NULL
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


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
    reviewed_by: str = ""
    reviewed_at: float | None = None


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: float
    user: str
    action: str
    item_id: str | None
    detail: str
    client: str


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created: float

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class StoreError(Exception):
    """A review action that cannot be done (wrong state, unknown item or user); str() says why."""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


class QuarantineStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.messages = path / "messages"
        self.messages.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
        os.chmod(self.messages, 0o700)
        self.db_path = path / "index.sqlite3"
        self._migrate()
        os.chmod(self.db_path, 0o600)

    def _migrate(self) -> None:
        with self._db() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.db_path}: made by a newer mailguard (schema {version}, "
                                 f"this one knows {SCHEMA_VERSION})")
            for number in range(version, SCHEMA_VERSION):
                db.execute("BEGIN IMMEDIATE")
                current = db.execute("PRAGMA user_version").fetchone()[0]
                if current > number:  # another process migrated meanwhile
                    db.execute("COMMIT")
                    continue
                for statement in _statements(MIGRATIONS[number]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")
                db.execute("COMMIT")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.row_factory = sqlite3.Row
            yield db
        finally:
            db.close()

    def _file(self, item_id: str) -> Path:
        if not item_id.replace("-", "").isalnum():
            raise StoreError(f"not a quarantine id: {item_id!r}")
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

    # ------------------------------------------------------------ holding

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
        rules = sorted({str(h.get("rule")) for h in decision.get("hits", [])
                        if isinstance(h, dict) and h.get("action") == "quarantine"})
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

    # ------------------------------------------------------------ reading

    def get(self, item_id: str) -> Item | None:
        with self._db() as db:
            row = db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
        return _item(row) if row else None

    def search(self, *, status: str | None = "held", rule: str | None = None, sender: str | None = None,
               recipient: str | None = None, since: float | None = None, until: float | None = None,
               text: str | None = None, limit: int = 200, offset: int = 0) -> list[Item]:
        """Items newest first, filtered; `text` looks in subject, sender and recipients."""
        where: list[str] = []
        args: list[Any] = []
        if status:
            where.append("status = ?")
            args.append(status)
        if rule:
            where.append("EXISTS (SELECT 1 FROM json_each(items.rules) WHERE value = ?)")
            args.append(rule)
        if sender:
            where.append("sender LIKE ? ESCAPE '\\'")
            args.append(f"%{_like(sender)}%")
        if recipient:
            where.append("recipients LIKE ? ESCAPE '\\'")
            args.append(f"%{_like(recipient)}%")
        if since is not None:
            where.append("created >= ?")
            args.append(since)
        if until is not None:
            where.append("created < ?")
            args.append(until)
        if text:
            where.append("(subject LIKE ? ESCAPE '\\' OR sender LIKE ? ESCAPE '\\' OR recipients LIKE ? ESCAPE '\\')")
            args.extend([f"%{_like(text)}%"] * 3)
        query = "SELECT * FROM items" + (" WHERE " + " AND ".join(where) if where else "")
        query += " ORDER BY created DESC LIMIT ? OFFSET ?"
        with self._db() as db:
            return [_item(row) for row in db.execute(query, (*args, limit, offset))]

    def counts(self) -> dict[str, int]:
        with self._db() as db:
            found = dict(db.execute("SELECT status, count(*) FROM items GROUP BY status").fetchall())
        return {status: int(found.get(status, 0)) for status in STATUSES}

    def count(self, status: str = "held") -> int:
        return self.counts().get(status, 0)

    def rules_seen(self) -> list[str]:
        with self._db() as db:
            return [r[0] for r in db.execute("SELECT DISTINCT value FROM items, json_each(items.rules) ORDER BY 1")]

    def raw(self, item_id: str) -> bytes:
        try:
            return self._file(item_id).read_bytes()
        except FileNotFoundError:
            raise StoreError(f"the message {item_id} is no longer stored") from None

    # ------------------------------------------------------------ reviewing

    def claim(self, item_id: str, to: str, user: str, *, expect: tuple[str, ...] = ("held",)) -> Item:
        """Move an item to a new status only if it is in an expected one (two reviewers, one click)."""
        with self._db() as db:
            cur = db.execute(
                f"UPDATE items SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ? "
                f"AND status IN ({','.join('?' * len(expect))})",
                (to, user, time.time(), item_id, *expect),
            )
            row = db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise StoreError(f"no quarantine item {item_id}")
        if cur.rowcount != 1:
            raise StoreError(f"item {item_id} is {row['status']}, not {' or '.join(expect)}")
        return _item(row)

    def set_status(self, item_id: str, status: str) -> None:
        with self._db() as db:
            db.execute("UPDATE items SET status = ? WHERE id = ?", (status, item_id))

    def add_note(self, item_id: str, user: str, text: str) -> None:
        stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime())
        with self._db() as db:
            cur = db.execute("UPDATE items SET notes = notes || ? WHERE id = ?",
                             (f"[{stamp} {user}] {text.strip()}\n", item_id))
        if cur.rowcount != 1:
            raise StoreError(f"no quarantine item {item_id}")

    def delete_content(self, item_id: str) -> None:
        """Remove the message itself; the row (who, when, why) stays for the audit trail until purged."""
        self._file(item_id).unlink(missing_ok=True)
        _fsync_dir(self.messages)

    def purge(self, older_than_days: float, now: float | None = None) -> list[str]:
        """Delete files and rows older than the retention period. Returns the ids purged."""
        cutoff = (now or time.time()) - older_than_days * 86400
        with self._db() as db:
            ids = [r[0] for r in db.execute(
                "SELECT id FROM items WHERE created < ? AND status != 'releasing'", (cutoff,))]
        for item_id in ids:
            self._file(item_id).unlink(missing_ok=True)
        if ids:
            _fsync_dir(self.messages)
            with self._db() as db:
                db.executemany("DELETE FROM items WHERE id = ?", [(i,) for i in ids])
        return ids

    # ------------------------------------------------------------ audit

    def audit(self, user: str, action: str, item_id: str | None = None, detail: str = "", client: str = "") -> None:
        with self._db() as db:
            db.execute("INSERT INTO audit (ts, user, action, item_id, detail, client) VALUES (?,?,?,?,?,?)",
                       (time.time(), user, action, item_id, detail, client))

    def audit_log(self, *, limit: int = 500, offset: int = 0, user: str | None = None,
                  action: str | None = None, item_id: str | None = None) -> list[AuditEntry]:
        where, args = [], []
        for column, value in (("user", user), ("action", action), ("item_id", item_id)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        query = "SELECT * FROM audit" + (" WHERE " + " AND ".join(where) if where else "")
        with self._db() as db:
            rows = db.execute(query + " ORDER BY seq DESC LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
        return [AuditEntry(r["seq"], r["ts"], r["user"], r["action"], r["item_id"], r["detail"], r["client"])
                for r in rows]

    # ------------------------------------------------------------ users

    def add_user(self, name: str, password: str, role: str) -> None:
        _check_user(name, role)
        try:
            with self._db() as db:
                db.execute("INSERT INTO users (name, password, role, created) VALUES (?,?,?,?)",
                           (name, _hasher().hash(password), role, time.time()))
        except sqlite3.IntegrityError:
            raise StoreError(f"user {name!r} exists already (use `mailguard users passwd`)") from None

    def set_password(self, name: str, password: str) -> None:
        with self._db() as db:
            cur = db.execute("UPDATE users SET password = ? WHERE name = ?", (_hasher().hash(password), name))
        if cur.rowcount != 1:
            raise StoreError(f"no user {name!r}")

    def remove_user(self, name: str) -> None:
        with self._db() as db:
            cur = db.execute("DELETE FROM users WHERE name = ?", (name,))
        if cur.rowcount != 1:
            raise StoreError(f"no user {name!r}")

    def user(self, name: str) -> User | None:
        with self._db() as db:
            r = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
        return User(r["name"], r["role"], r["created"]) if r else None

    def recover_interrupted_releases(self) -> list[str]:
        """Items left 'releasing' by a crash go back to 'held': the reviewer decides again.

        The upstream may or may not have taken the message before the crash; holding it again
        risks a duplicate on the second release, never a loss.
        """
        with self._db() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM items WHERE status = 'releasing'")]
            db.execute("UPDATE items SET status = 'held' WHERE status = 'releasing'")
        for item_id in ids:
            self.audit("mailguard", "release-interrupted", item_id,
                       "a release was interrupted (restart); the message is held again and may already "
                       "have been delivered")
        return ids

    def users(self) -> list[User]:
        with self._db() as db:
            return [User(r["name"], r["role"], r["created"]) for r in db.execute("SELECT * FROM users ORDER BY name")]

    def verify_login(self, name: str, password: str) -> User | None:
        """The user, if the password is right. Costs one argon2 verification either way."""
        from argon2.exceptions import InvalidHashError, VerificationError

        with self._db() as db:
            row = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
        hasher = _hasher()
        stored = row["password"] if row else _dummy_hash()
        try:
            hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if hasher.check_needs_rehash(stored):
            self.set_password(name, password)
        return User(row["name"], row["role"], row["created"])


@cache
def _dummy_hash() -> str:
    """Verifying against a throw-away hash when the user does not exist keeps the answer time the
    same, so a login form does not tell an attacker which user names exist."""
    return str(_hasher().hash(secrets.token_hex(16)))


def _check_user(name: str, role: str) -> None:
    if role not in ROLES:
        raise StoreError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not name or len(name) > 64 or not all(c.isalnum() or c in "._-@" for c in name):
        raise StoreError("a user name is 1-64 letters, digits or . _ - @")


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers contain ';' inside BEGIN … END)."""
    out, buf = [], ""
    for line in script.strip().splitlines():
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _item(row: sqlite3.Row) -> Item:
    return Item(
        id=row["id"], created=row["created"], status=row["status"], sender=row["sender"],
        recipients=json.loads(row["recipients"]), all_recipients=json.loads(row["all_recipients"]),
        subject=row["subject"], message_id=row["message_id"], client=row["client"], size=row["size"],
        rules=json.loads(row["rules"]), decision=json.loads(row["decision"]), notes=row["notes"],
        reviewed_by=row["reviewed_by"], reviewed_at=row["reviewed_at"],
    )
