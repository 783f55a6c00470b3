"""Running as a service: hot reload (file change and SIGHUP) that keeps the last good rules, /metrics."""

from __future__ import annotations

import signal
import smtplib
import subprocess
import time
import urllib.request
from pathlib import Path

from conftest import MAILGUARD, PARENT, STAFF, Mailguard, Sink, free_port, message, start_mailguard, write_config


def _send(mg: Mailguard, body: str) -> int:
    try:
        with smtplib.SMTP("127.0.0.1", mg.port, timeout=30) as client:
            client.sendmail(STAFF, [PARENT], message(body=body))
        return 250
    except smtplib.SMTPDataError as exc:
        return exc.smtp_code
    except (smtplib.SMTPServerDisconnected, ConnectionError):
        # seen once in CI, right after SIGHUP: the connection reset before the greeting (no 250 was
        # given, so nothing was lost; a client retries). Not yet explained: see the session notes.
        return -1


def _metrics(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as resp:
        return resp.read().decode()


def _wait_for(predicate, what: str, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_rule_file_change_reloads_and_a_broken_one_keeps_the_last_good_set(tmp_path: Path, sink: Sink) -> None:
    mport = free_port()
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}", metrics={"listen": f"127.0.0.1:{mport}"})
    mg = start_mailguard(cfg)
    try:
        assert _send(mg, "newword") == 250
        assert "mailguard_ruleset_last_load_ok 1.0" in _metrics(mport)
        # A broken edit: the server says so, keeps serving with the old rules, and the metrics show it.
        rule = tmp_path / "rules" / "new.yaml"
        rule.write_text("rule: new-word\nmodule: text-match\naction: bounse\nsettings: {words: [newword]}\n")
        _wait_for(lambda: "mailguard_ruleset_last_load_ok 0.0" in _metrics(mport), "the failed reload in /metrics")
        assert 'mailguard_ruleset_loads_total{result="error"}' in _metrics(mport)
        assert _send(mg, "newword") == 250
        assert _send(mg, "bounceme") == 550  # the old rules are still there
        # Fixed: the new rule takes effect without a restart.
        rule.write_text("rule: new-word\nmodule: text-match\naction: bounce\nsettings: {words: [newword]}\n")
        _wait_for(lambda: "mailguard_ruleset_last_load_ok 1.0" in _metrics(mport), "the good reload")
        assert _send(mg, "newword") == 550
    finally:
        out = mg.stop()
    assert "new.yaml:3: action: input should be 'pass', 'tag', 'quarantine' or 'bounce', not 'bounse'" in out


def test_sighup_reloads(tmp_path: Path, sink: Sink) -> None:
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}"))
    try:
        (tmp_path / "rules" / "bounce.yaml").unlink()
        mg.proc.send_signal(signal.SIGHUP)
        _wait_for(lambda: _send(mg, "bounceme") == 250, "the bounce rule to be gone")
    finally:
        out = mg.stop()
    assert "reloaded" in out


def test_metrics_count_messages_and_hits(tmp_path: Path, sink: Sink) -> None:
    mport = free_port()
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}",
                                      metrics={"listen": f"127.0.0.1:{mport}"}))
    try:
        _send(mg, "tagme")
        _send(mg, "holdme")
        _send(mg, "bounceme")
        text = _metrics(mport)
    finally:
        mg.stop()
    for line in ('mailguard_messages_total{action="tag"} 1.0', 'mailguard_messages_total{action="quarantine"} 1.0',
                 'mailguard_messages_total{action="bounce"} 1.0', 'mailguard_rule_hits_total{action="tag",rule="tag-word"} 1.0',
                 "mailguard_quarantine_held 1.0", "mailguard_rules_active 4.0"):
        assert line in text, line
    assert "mailguard_processing_seconds_bucket" in text and "mailguard_upstream_errors_total" in text


def test_version_and_config_show(tmp_path: Path) -> None:
    out = subprocess.run([*MAILGUARD, "--version"], capture_output=True, text=True, check=True).stdout
    assert out.startswith("mailguard ")
    cfg = write_config(tmp_path, "smtp://127.0.0.1:25", auth={"users_file": "users"},
                       tls={"cert": "c.pem", "key": "k.pem"})
    shown = subprocess.run([*MAILGUARD, "config", "show", "--config", str(cfg)], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "upstream: smtp://127.0.0.1:25" in shown.stdout and "judge_timeout: 5.0" in shown.stdout
    assert "max_recipients: 500" in shown.stdout  # a default the file did not set


def test_sighup_reopens_the_decision_log_after_rotation(tmp_path: Path, sink: Sink) -> None:
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}"))
    try:
        assert _send(mg, "first") == 250
        log = tmp_path / "decisions.jsonl"
        log.rename(tmp_path / "decisions.jsonl.1")  # what logrotate does, then it sends SIGHUP
        mg.proc.send_signal(signal.SIGHUP)
        _wait_for(log.exists, "a new decision log")
        assert _send(mg, "second") == 250
    finally:
        mg.stop()
    assert len((tmp_path / "decisions.jsonl.1").read_text().splitlines()) == 1
    assert len(log.read_text().splitlines()) == 1
