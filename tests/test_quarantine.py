"""The quarantine store and the review actions: durability, audit, users, release over SMTP, alerts, retention."""

from __future__ import annotations

import json
import signal
import smtplib
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import yaml
from conftest import (
    COLLEAGUE,
    MAILGUARD,
    PARENT,
    PY,
    STAFF,
    Sink,
    free_port,
    message,
    start_mailguard,
    start_sink,
    write_config,
)

from mailguard.quarantine.store import MIGRATIONS, QuarantineStore, StoreError

DECISION = {"action": "quarantine", "recipients": {PARENT: "quarantine"},
            "hits": [{"rule": "hold-word", "module": "text-match", "action": "quarantine",
                      "reason": "Held because it says holdme.", "evidence": []}]}

WRITER = """
import sys, time
from pathlib import Path
from mailguard.quarantine.store import QuarantineStore
store = QuarantineStore(Path(sys.argv[1]))
i = 0
while True:
    body = (f"message {i} " + "x" * 200_000).encode()
    item = store.hold(body, sender="a@b.c", recipients=["p@q.r"], all_recipients=["p@q.r"], decision={"hits": []})
    print(item, i, flush=True)  # printed only after hold() returned: this is the 250
    i += 1
"""


def test_kill_9_during_writes_leaves_no_half_item_and_loses_none(tmp_path: Path) -> None:
    qdir = tmp_path / "q"
    acknowledged: dict[str, int] = {}
    for round_ in range(4):
        proc = subprocess.Popen([PY, "-c", WRITER, str(qdir)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for _ in range(3 + round_):  # let it write a few, then kill it mid-write
            line = proc.stdout.readline()
            item_id, number = line.split()
            acknowledged[item_id] = int(number)
        time.sleep(0.01 * round_)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for line in proc.stdout:
            if line.strip():
                item_id, number = line.split()
                acknowledged[item_id] = int(number)
    store = QuarantineStore(qdir)
    store.remove_orphans()  # what serve does at start
    rows = {i.id: i for i in store.search(status=None, limit=10_000)}
    for item_id in acknowledged:
        assert item_id in rows, f"{item_id} was acknowledged but is gone"
    for item_id in rows:
        raw = store.raw(item_id)  # every row has its whole file
        assert raw.startswith(b"message ") and len(raw) == len(raw.split(b" ")[0]) + len(raw.split(b" ")[1]) + 2 + 200_000
    files = {p.stem for p in (qdir / "messages").iterdir()}
    assert files == set(rows), "no file without a row, no row without a file"


def test_audit_log_is_append_only(tmp_path: Path) -> None:
    store = QuarantineStore(tmp_path)
    store.audit("dsl", "view", "x", "looked")
    db = sqlite3.connect(tmp_path / "index.sqlite3")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit SET user = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit")
    assert [e.user for e in store.audit_log()] == ["dsl"]


def test_schema_migrates_from_version_1(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "index.sqlite3")
    db.executescript(MIGRATIONS[0])
    db.execute("INSERT INTO items (id, created, sender, recipients, all_recipients, size, rules, decision) "
               "VALUES ('20260101-000000-aaaaaaaa', 1, 's@x', '[]', '[]', 1, '[]', '{}')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    (tmp_path / "messages").mkdir()
    store = QuarantineStore(tmp_path)
    [item] = store.search(status=None)
    assert item.id == "20260101-000000-aaaaaaaa" and item.reviewed_by == ""
    store.audit("x", "y")


def test_users(tmp_path: Path) -> None:
    store = QuarantineStore(tmp_path)
    store.add_user("dsl", "a long passphrase", "reviewer")
    assert store.verify_login("dsl", "a long passphrase") is not None
    assert store.verify_login("dsl", "wrong") is None
    assert store.verify_login("nobody", "a long passphrase") is None
    with pytest.raises(StoreError):
        store.add_user("dsl", "another passphrase", "reviewer")
    with pytest.raises(StoreError):
        store.add_user("x", "another passphrase", "superuser")
    raw = sqlite3.connect(tmp_path / "index.sqlite3").execute("SELECT password FROM users").fetchone()[0]
    assert raw.startswith("$argon2id$") and "passphrase" not in raw


def test_users_cli(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:md")
    run = [*MAILGUARD, "users"]
    out = subprocess.run([*run, "add", "dsl", "--role", "admin", "--config", str(cfg)], input="correct horse\n",
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    short = subprocess.run([*run, "add", "x", "--config", str(cfg)], input="short\n", capture_output=True, text=True)
    assert short.returncode == 1 and "10 characters" in short.stderr
    listed = subprocess.run([*run, "list", "--config", str(cfg)], capture_output=True, text=True).stdout
    assert "dsl  admin" in listed
    assert QuarantineStore(tmp_path / "quarantine").verify_login("dsl", "correct horse") is not None


def _held_item(tmp_path: Path) -> tuple[QuarantineStore, str, bytes]:
    store = QuarantineStore(tmp_path / "quarantine")
    raw = message(body="holdme: the secret content")
    item_id = store.hold(raw, sender=STAFF, recipients=[PARENT], all_recipients=[COLLEAGUE, PARENT],
                         decision=DECISION, subject="Hello")
    return store, item_id, raw


def test_release_over_smtp_and_only_once(tmp_path: Path, sink: Sink) -> None:
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}")
    store, item_id, raw = _held_item(tmp_path)
    out = subprocess.run([*MAILGUARD, "quarantine", "release", item_id, "--config", str(cfg)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    [(meta, got)] = sink.messages()
    assert got == raw and meta["rcpt_tos"] == [PARENT] and meta["mail_from"] == STAFF
    item = store.get(item_id)
    assert item is not None and item.status == "released" and item.reviewed_by.startswith("cli:")
    again = subprocess.run([*MAILGUARD, "quarantine", "release", item_id, "--config", str(cfg)],
                           capture_output=True, text=True)
    assert again.returncode == 1 and "is released" in again.stdout
    assert len(sink.messages()) == 1
    assert [e.action for e in store.audit_log(item_id=item_id)] == ["release"]


def test_failed_release_keeps_it_held(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{free_port()}")
    store, item_id, _ = _held_item(tmp_path)
    out = subprocess.run([*MAILGUARD, "quarantine", "release", item_id, "--config", str(cfg)],
                         capture_output=True, text=True)
    assert out.returncode == 1 and "still held" in out.stdout
    assert store.get(item_id).status == "held"  # type: ignore[union-attr]
    assert [e.action for e in store.audit_log(item_id=item_id)] == ["release-failed"]


def test_reject_with_notice_tells_the_sender_why_without_the_content(tmp_path: Path, sink: Sink) -> None:
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}")
    store, item_id, _ = _held_item(tmp_path)
    out = subprocess.run([*MAILGUARD, "quarantine", "reject", "--notify", item_id, "--config", str(cfg)],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "told why" in out.stdout, out.stdout
    [(meta, notice)] = sink.messages()
    assert meta["rcpt_tos"] == [STAFF]
    assert b"Held because it says holdme." in notice and b"secret content" not in notice
    assert store.get(item_id).status == "rejected"  # type: ignore[union-attr]


def test_delete_removes_the_message_but_keeps_the_record(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:md")
    store, item_id, _ = _held_item(tmp_path)
    subprocess.run([*MAILGUARD, "quarantine", "delete", item_id, "--config", str(cfg)], check=True, capture_output=True)
    assert store.get(item_id).status == "deleted"  # type: ignore[union-attr]
    with pytest.raises(StoreError):
        store.raw(item_id)


def test_retention_purges_files_and_rows(tmp_path: Path) -> None:
    store, old_id, _ = _held_item(tmp_path)
    _, new_id, _ = _held_item(tmp_path)
    purged = store.purge(30, now=time.time() + 31 * 86400)
    assert set(purged) == {old_id, new_id}
    assert store.search(status=None) == [] and list((tmp_path / "quarantine" / "messages").iterdir()) == []
    store2, keep_id, _ = _held_item(tmp_path)
    assert store2.purge(30) == [] and store2.get(keep_id) is not None


def test_cli_purge_is_audited(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:md")
    store, item_id, _ = _held_item(tmp_path)
    out = subprocess.run([*MAILGUARD, "quarantine", "purge", "--days", "0", "--config", str(cfg)],
                         capture_output=True, text=True, check=True)
    assert "purged 1" in out.stdout
    [entry] = store.audit_log(action="purge")
    assert item_id in entry.detail


def test_alerts_and_sender_notice(tmp_path: Path) -> None:
    sink = start_sink(tmp_path / "sink")
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}",
                       alerts={"to": ["dsl@example-school.org.uk"], "min_interval_minutes": 0.05},
                       web=None)
    rule = tmp_path / "rules" / "hold.yaml"
    data = yaml.safe_load(rule.read_text())
    data["notify_sender"] = True
    data["reason"] = "Held for the DSL to check."
    rule.write_text(yaml.safe_dump(data))
    cfgdata = yaml.safe_load(cfg.read_text())
    del cfgdata["web"]
    cfg.write_text(yaml.safe_dump(cfgdata))
    mg = start_mailguard(cfg)
    try:
        for i in range(3):
            with smtplib.SMTP("127.0.0.1", mg.port) as client:
                client.sendmail(STAFF, [PARENT], message(subject=f"Private subject {i}", body="holdme secret body"))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            alerts = [raw for meta, raw in sink.messages() if meta["rcpt_tos"] == ["dsl@example-school.org.uk"]]
            if sum(raw.count(b"/message/") for raw in alerts) >= 3:
                break
            time.sleep(0.2)
    finally:
        mg.stop()
        sink.kill()
    messages = sink.messages()
    alerts = [raw for meta, raw in messages if meta["rcpt_tos"] == ["dsl@example-school.org.uk"]]
    notices = [raw for meta, raw in messages if meta["rcpt_tos"] == [STAFF]]
    assert sum(raw.count(b"/message/") for raw in alerts) == 3, alerts
    assert 1 <= len(alerts) < 3, "later holds are gathered into a digest"
    for raw in alerts:
        assert b"Private subject" not in raw and b"secret body" not in raw and b"hold-word" in raw
    assert len(notices) == 3 and all(b"Held for the DSL to check." in n and b"secret body" not in n for n in notices)
    log = [json.loads(line) for line in (tmp_path / "decisions.jsonl").read_text().splitlines()]
    assert [e["action"] for e in log] == ["quarantine"] * 3


def test_quarantine_show_is_audited(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:md")
    store, item_id, _ = _held_item(tmp_path)
    out = subprocess.run([*MAILGUARD, "quarantine", "show", item_id, "--config", str(cfg)],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["id"] == item_id
    assert [e.action for e in store.audit_log(item_id=item_id)] == ["view"]
