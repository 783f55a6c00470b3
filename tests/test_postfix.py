"""mailguard behind a real Postfix, both ways the docs describe (docs/postfix.md):

(a) after the queue: client → Postfix (queue) → content_filter → mailguard → Postfix re-injection port → sink;
(b) before the queue: client → Postfix smtpd → smtpd_proxy_filter → mailguard → Postfix re-injection port → sink.

Each runs a private Postfix instance (tests/postfix.py) configured with the exact lines of
tests/postfix_snippets/, the same lines docs/postfix.md shows; the final sink is tests/sink.py
(Postfix's relayhost, so it catches every address, bounces to the sender included).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import smtplib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from conftest import (
    COLLEAGUE,
    PARENT,
    ROOT,
    STAFF,
    Mailguard,
    Sink,
    free_port,
    message,
    start_mailguard,
    start_sink,
    write_config,
)
from postfix import MODES, Mode, PostfixInstance, QueueEntry, mode_snippets, unavailable

HOSTNAME = "mail.example-school.org.uk"  # Postfix's myhostname, and mailguard's greeting, as on one server
REASON = "Messages that say bounceme are not allowed."
T = TypeVar("T")


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 30.0) -> T:
    """Poll `probe` until it returns something (not None/empty); fail with `what` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        found = probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def sink_messages(sink: Sink) -> list[tuple[dict[str, Any], bytes]]:
    """What a running sink has stored so far: like Sink.messages(), but safe to poll while the sink
    writes (Sink.messages() trips over the sink's `.N.json` temporary files)."""
    out = []
    for meta in sorted(sink.dir.glob("[0-9]*.json"), key=lambda p: int(p.stem)):
        out.append((json.loads(meta.read_text()), (sink.dir / f"{meta.stem}.eml").read_bytes()))
    return out


def message_id(raw: bytes) -> str:
    found = re.search(rb"^Message-ID: (<[^>]+>)", raw, re.M | re.I)
    assert found is not None
    return found.group(1).decode()


def flat(raw: bytes) -> str:
    """Text with all whitespace runs (line folding included) as one space, to find a phrase."""
    return " ".join(raw.decode("utf-8", "replace").split())


@dataclass
class Reply:
    code: int
    text: str

    @property
    def queue_id(self) -> str:
        found = re.search(r"queued as ([0-9A-Za-z]+)", self.text)
        assert found is not None, self.text
        return found.group(1)


def send(port: int, raw: bytes, rcpts: list[str], sender: str = STAFF) -> Reply:
    """One SMTP transaction; the reply that decided it (a refused RCPT, or the end of DATA)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.ehlo("client.example-school.org.uk")
        code, text = client.mail(sender, ["BODY=8BITMIME"])
        assert code == 250, (code, text)
        for rcpt in rcpts:
            code, text = client.rcpt(rcpt)
            if code >= 400:
                return Reply(code, text.decode())
        try:
            code, text = client.data(raw)
        except smtplib.SMTPDataError as exc:
            error = exc.smtp_error
            return Reply(exc.smtp_code, error.decode() if isinstance(error, bytes) else error)
        return Reply(code, text.decode())


@dataclass
class Stack:
    """Postfix, mailguard between its two ports, and the sink behind it all."""

    mode: Mode
    tmp: Path
    mailguard_port: int
    sink: Sink
    postfix: PostfixInstance
    mailguard: Mailguard | None = None
    sinks: list[Sink] = field(default_factory=list)

    @property
    def reinject(self) -> str:
        return f"smtp://127.0.0.1:{self.postfix.reinject_port}?starttls=no"

    def start_mailguard(self, upstream: str | None = None) -> None:
        if self.mailguard is not None:
            self.mailguard.stop()
        cfg = write_config(self.tmp, upstream or self.reinject, listen=f"127.0.0.1:{self.mailguard_port}",
                           hostname=HOSTNAME)
        self.mailguard = start_mailguard(cfg)

    def stop_mailguard(self) -> None:
        if self.mailguard is not None:
            self.mailguard.stop()
            self.mailguard = None

    def restart_sink(self) -> None:
        """A new sink on the same port (and a directory of its own: it numbers its files from 1 again)."""
        self.sink = start_sink(self.tmp / f"sink{len(self.sinks)}", port=self.sink.port)
        self.sinks.append(self.sink)

    def send(self, raw: bytes, rcpts: list[str], sender: str = STAFF) -> Reply:
        return send(self.postfix.client_port, raw, rcpts, sender)

    def arrived(self, mid: str) -> list[tuple[dict[str, Any], bytes]]:
        """What reached the sink that is, or returns, the message with this Message-ID."""
        return [(meta, raw) for s in self.sinks for meta, raw in sink_messages(s) if mid.encode() in raw]

    def wait_arrival(self, mid: str) -> tuple[dict[str, Any], bytes]:
        [one] = wait_for(f"{mid} at the sink", lambda: self.arrived(mid))
        return one

    def deferred(self, queue_id: str, reason: str = "") -> QueueEntry | None:
        """The message with this queue id if Postfix keeps it as deferred, with `reason` in its delay reason."""
        return next((e for e in self.postfix.deferred()
                     if e.queue_id == queue_id and all(reason in r.delay_reason for r in e.recipients)), None)

    def decision(self, mid: str) -> dict[str, Any]:
        """mailguard's decision log entry for the message (polled: only whole lines are read)."""
        log = self.tmp / "decisions.jsonl"

        def probe() -> dict[str, Any] | None:
            text = log.read_text() if log.exists() else ""
            lines = text.splitlines()[: text.count("\n")]
            return next((d for d in map(json.loads, lines) if d["message_id"] == mid), None)

        return wait_for(f"the decision on {mid}", probe)

    def held(self, mid: str) -> list[tuple[str, str, str]]:
        db = self.tmp / "quarantine" / "index.sqlite3"
        with contextlib.closing(sqlite3.connect(db)) as conn:
            return conn.execute("SELECT id, status, recipients FROM items WHERE message_id = ?", (mid,)).fetchall()

    def close(self) -> None:
        try:
            self.postfix.stop()
        finally:
            self.stop_mailguard()
            for s in self.sinks:
                s.proc.kill()
                s.proc.wait()


@pytest.fixture(scope="module")
def postfix_usable() -> None:
    why = unavailable()
    if why is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set, so the Postfix tests must run, but {why}")
    pytest.skip(why)


@contextlib.contextmanager
def running_stack(mode: Mode, tmp: Path) -> Iterator[Stack]:
    sink = start_sink(tmp / "sink")
    mg_port = free_port()
    stack = Stack(mode, tmp, mg_port, sink,
                  PostfixInstance(mode, mailguard_port=mg_port, sink_port=sink.port, hostname=HOSTNAME),
                  sinks=[sink])
    try:
        stack.postfix.start()
        stack.start_mailguard()
        yield stack
    finally:
        stack.close()


@pytest.fixture(scope="module")
def after_queue(postfix_usable: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with running_stack("after-queue", tmp_path_factory.mktemp("after-queue")) as stack:
        yield stack


@pytest.fixture(scope="module")
def before_queue(postfix_usable: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with running_stack("before-queue", tmp_path_factory.mktemp("before-queue")) as stack:
        yield stack


@pytest.fixture(params=MODES)
def stack(request: pytest.FixtureRequest) -> Stack:
    value: Stack = request.getfixturevalue(request.param.replace("-", "_"))
    return value


# ---------------------------------------------------------------- both modes


def test_pass_arrives_through_the_reinjection_port_intact(stack: Stack) -> None:
    body = "Dear Mr Head,\r\nthe trip to York is on Friday. Café at noon, naïve plan.\r\n.a line with a dot\r\nT"
    raw = message(subject="Trip", body=body, to=COLLEAGUE)
    reply = stack.send(raw, [COLLEAGUE])
    assert reply.code == 250
    meta, got = stack.wait_arrival(message_id(raw))
    assert got.endswith(raw)  # Postfix only adds its Received: lines above the message
    assert meta["mail_from"] == STAFF and meta["rcpt_tos"] == [COLLEAGUE]
    decision = stack.decision(message_id(raw))
    assert decision["action"] == "pass"
    # mailguard handed it to Postfix's re-injection listener, and that copy is the one the sink got.
    reinjected = Reply(250, decision["upstream_reply"]).queue_id
    stack.postfix.wait_log(rf"{reinjected}: to=<{re.escape(COLLEAGUE)}>, relay=127\.0\.0\.1\[127\.0\.0\.1\]"
                           rf":{stack.sink.port}, .*status=sent")


def test_tag_arrives_with_the_header_and_subject_prefix(stack: Stack) -> None:
    raw = message(subject="Minutes", body="Please tagme when you read this.", to=COLLEAGUE)
    assert stack.send(raw, [COLLEAGUE]).code == 250
    _, got = stack.wait_arrival(message_id(raw))
    head, _, rest = got.partition(b"\r\n\r\n")
    assert b"\r\nX-MailGuard-Action: tag\r\n" in head and b"X-MailGuard-Rules: tag-word" in head
    assert b"\r\nSubject: [CHECKED] Minutes\r\n" in head
    assert rest == b"Please tagme when you read this.\r\n"


def test_final_sink_down_mail_waits_in_the_postfix_queue_then_arrives(stack: Stack) -> None:
    """mailguard has handed the mail back to Postfix; the next hop is down: Postfix keeps it, no bounce."""
    stack.sink.kill()
    raw = message(subject="Sink down", body="Nothing to check here.", to=COLLEAGUE)
    mid = message_id(raw)
    assert stack.send(raw, [COLLEAGUE]).code == 250
    decision = stack.decision(mid)
    assert decision["action"] == "pass"
    qid = Reply(250, decision["upstream_reply"]).queue_id  # the copy mailguard re-injected
    refused = f"connect to 127.0.0.1[127.0.0.1]:{stack.sink.port}: Connection refused"
    wait_for("the filtered copy deferred in the Postfix queue", lambda: stack.deferred(qid, refused))
    stack.restart_sink()
    stack.postfix.flush()
    meta, got = stack.wait_arrival(mid)
    assert got.endswith(raw) and meta["rcpt_tos"] == [COLLEAGUE]
    stack.postfix.wait_log(rf"{qid}: removed")
    assert len(stack.arrived(mid)) == 1  # once, and no bounce to the sender
    assert "status=bounced" not in _lines(stack.postfix.maillog(), qid)


# ---------------------------------------------------------------- (a) after the queue: content_filter


def test_after_queue_quarantine_is_sent_to_mailguard_and_held(after_queue: Stack) -> None:
    raw = message(subject="Reading", body="holdme: my number is below.", to=PARENT)
    mid = message_id(raw)
    reply = after_queue.send(raw, [PARENT])
    assert reply.code == 250  # queued by Postfix
    qid = reply.queue_id
    log = after_queue.postfix.wait_log(rf"{qid}: to=<{re.escape(PARENT)}>, relay=127\.0\.0\.1\[127\.0\.0\.1\]"
                                       rf":{after_queue.mailguard_port}, .*status=(\w+) \((.*)\)")
    assert log.group(1) == "sent" and "held for review by the school" in log.group(2)
    after_queue.postfix.wait_log(rf"{qid}: removed")
    [(item_id, status, recipients)] = after_queue.held(mid)
    assert status == "held" and PARENT in recipients and item_id in log.group(2)
    assert after_queue.arrived(mid) == []
    assert after_queue.postfix.maillog().count(f"message-id={mid}") == 1  # never re-injected


def test_after_queue_bounce_returns_mailguards_reason_to_the_sender(after_queue: Stack) -> None:
    raw = message(subject="Password", body="bounceme: the password is below.", to=COLLEAGUE)
    mid = message_id(raw)
    reply = after_queue.send(raw, [COLLEAGUE])
    assert reply.code == 250  # Postfix queued it; mailguard refuses it after the queue
    qid = reply.queue_id
    log = after_queue.postfix.wait_log(rf"{qid}: to=<{re.escape(COLLEAGUE)}>, .*status=(\w+) \((.*)\)")
    assert log.group(1) == "bounced" and f"550 5.7.1 Not sent: {REASON}" in log.group(2)
    meta, dsn = after_queue.wait_arrival(mid)  # the non-delivery report quotes the original
    assert meta["mail_from"] in ("", "<>") and meta["rcpt_tos"] == [STAFF]
    assert b"Subject: Undelivered Mail Returned to Sender" in dsn
    assert f"550 5.7.1 Not sent: {REASON}" in flat(dsn) and "Status: 5.7.1" in flat(dsn)
    assert [m for m, _ in after_queue.arrived(mid) if m["rcpt_tos"] == [COLLEAGUE]] == []
    assert after_queue.decision(mid)["action"] == "bounce"


def test_after_queue_mailguard_or_its_upstream_down_defers_in_postfix(after_queue: Stack) -> None:
    """Postfix keeps the mail (deferred, mailguard's 4xx in mailq), bounces nothing, delivers once all is up."""
    stack = after_queue
    stack.stop_mailguard()
    raw = message(subject="Upstream down", body="Just a note about Friday.", to=COLLEAGUE)
    mid = message_id(raw)
    qid = stack.send(raw, [COLLEAGUE]).queue_id
    wait_for("deferred: mailguard not listening", lambda: stack.deferred(
        qid, f"connect to 127.0.0.1[127.0.0.1]:{stack.mailguard_port}: Connection refused"))

    stack.start_mailguard(upstream=f"smtp://127.0.0.1:{free_port()}?starttls=no")  # nothing listens there
    stack.postfix.flush()
    entry = wait_for("deferred with mailguard's 4xx", lambda: stack.deferred(qid, "said: 451"))
    assert re.search(r"said: 451 4\.4\.1 upstream smtp://127\.0\.0\.1:\d+ unavailable; please try again later "
                     r"\(in reply to RCPT TO command\)", entry.recipients[0].delay_reason)
    log = stack.postfix.maillog()
    assert re.search(rf"{qid}: to=<{re.escape(COLLEAGUE)}>, .*status=deferred \(host 127\.0\.0\.1\[127\.0\.0\.1\] "
                     rf"said: 451 4\.4\.1", log)
    assert f"{qid}: to=<{COLLEAGUE}>" in log and "status=bounced" not in _lines(log, qid)

    stack.start_mailguard()  # upstream back: Postfix's re-injection port
    stack.postfix.flush()
    meta, got = stack.wait_arrival(mid)
    assert got.endswith(raw) and meta["rcpt_tos"] == [COLLEAGUE]
    stack.postfix.wait_log(rf"{qid}: removed")
    assert len(stack.arrived(mid)) == 1  # once, and no bounce to the sender
    assert "status=bounced" not in _lines(stack.postfix.maillog(), qid)


def test_after_queue_rollback_releases_mail_waiting_for_mailguard(postfix_usable: None, tmp_path: Path) -> None:
    """docs/postfix.md, "Rolling back": mail queued for a mailguard that is gone gets delivered unfiltered."""
    sink = start_sink(tmp_path / "sink")
    postfix = PostfixInstance("after-queue", mailguard_port=free_port(), sink_port=sink.port, hostname=HOSTNAME)
    try:
        postfix.start()
        raw = message(subject="Stuck", body="Waiting for a filter that is not there.", to=COLLEAGUE)
        qid = send(postfix.client_port, raw, [COLLEAGUE]).queue_id
        wait_for("deferred: mailguard not listening", lambda: [
            e for e in postfix.deferred() if e.queue_id == qid and "Connection refused" in e.recipients[0].delay_reason])
        postconf_x, reload, requeue = ROLLBACK
        postfix.postconf(*postconf_x)
        postfix.postfix(*reload)
        assert "Requeued: 1 message" in postfix.postsuper(*requeue)
        postfix.kick_pickup()
        [(meta, got)] = wait_for("the message at the sink", lambda: sink_messages(sink))
        assert got.endswith(raw) and meta["rcpt_tos"] == [COLLEAGUE] and b"X-MailGuard" not in got
        wait_for("an empty queue", lambda: postfix.mailq() == [] or None)
    finally:
        postfix.stop()
        sink.kill()


# The rollback commands docs/postfix.md gives (without the -c of the private instance).
ROLLBACK = (("-X", "content_filter"), ("reload",), ("-r", "ALL"))


def _lines(log: str, queue_id: str) -> str:
    return "\n".join(line for line in log.splitlines() if f" {queue_id}: " in line)


# ---------------------------------------------------------------- (b) before the queue: smtpd_proxy_filter


def test_before_queue_quarantine_the_client_gets_250_and_nothing_is_queued(before_queue: Stack) -> None:
    raw = message(subject="Reading", body="holdme: my number is below.", to=PARENT)
    mid = message_id(raw)
    reply = before_queue.send(raw, [PARENT])
    assert reply.code == 250 and "held for review by the school" in reply.text
    [(item_id, status, recipients)] = before_queue.held(mid)
    assert status == "held" and PARENT in recipients and item_id in reply.text
    before_queue.postfix.wait_log(r"proxy-accept: END-OF-MESSAGE: 250 2\.0\.0 OK: held for review")  # Postfix writes its log a moment after the reply
    assert f"message-id={mid}" not in before_queue.postfix.maillog()  # no queue file was ever written
    assert before_queue.arrived(mid) == []


def test_before_queue_bounce_is_a_550_to_the_client_and_nothing_is_queued(before_queue: Stack) -> None:
    raw = message(subject="Password", body="bounceme: the password is below.", to=COLLEAGUE)
    mid = message_id(raw)
    reply = before_queue.send(raw, [COLLEAGUE])
    assert reply.code == 550 and reply.text.startswith(f"5.7.1 Not sent: {REASON}")
    before_queue.postfix.wait_log(r"proxy-reject: END-OF-MESSAGE: 550 5\.7\.1 Not sent")  # Postfix writes its log a moment after the reply
    assert f"message-id={mid}" not in before_queue.postfix.maillog()  # no queue file was ever written
    assert before_queue.arrived(mid) == []
    assert before_queue.decision(mid)["action"] == "bounce"


def test_before_queue_mailguard_or_its_upstream_down_is_a_4xx_and_the_retry_delivers(before_queue: Stack) -> None:
    stack = before_queue
    raw = message(subject="Upstream down", body="Just a note about Friday.", to=COLLEAGUE)
    mid = message_id(raw)

    stack.stop_mailguard()
    reply = stack.send(raw, [COLLEAGUE])
    assert 400 <= reply.code < 500, reply  # Postfix cannot reach the filter: the client keeps the mail

    stack.start_mailguard(upstream=f"smtp://127.0.0.1:{free_port()}?starttls=no")  # nothing listens there
    reply = stack.send(raw, [COLLEAGUE])
    assert reply.code == 451 and reply.text.startswith("4.4.1 upstream smtp://127.0.0.1:"), reply
    assert f"message-id={mid}" not in stack.postfix.maillog() and stack.arrived(mid) == []  # nothing queued

    stack.start_mailguard()  # upstream back: the client's retry goes through
    reply = stack.send(raw, [COLLEAGUE])
    assert reply.code == 250, reply
    meta, got = stack.wait_arrival(mid)
    assert got.endswith(raw) and meta["rcpt_tos"] == [COLLEAGUE]
    assert len(stack.arrived(mid)) == 1


# ---------------------------------------------------------------- the documented lines are the tested lines


def _fenced(markdown: str) -> list[str]:
    return re.findall(r"^```[a-z]*\n(.*?)^```", markdown, re.S | re.M)


@pytest.mark.parametrize("mode", MODES)
def test_docs_show_exactly_the_lines_the_test_uses(mode: Mode) -> None:
    docs = _fenced((ROOT / "docs" / "postfix.md").read_text())
    for name, text in mode_snippets(mode).items():
        if text:
            assert text in docs, f"docs/postfix.md does not show tests/postfix_snippets/{mode}.{name} as tested"


def test_readme_postfix_lines_are_the_tested_ones() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Putting it behind Postfix", 1)[-1].split("\n## ", 1)[0]
    tested = {text for mode in MODES for text in mode_snippets(mode).values() if text}
    for block in _fenced(section):
        assert block in tested, f"README shows Postfix lines that tests/test_postfix.py does not use:\n{block}"
