"""The proxy over real SMTP: a client (smtplib) → mailguard (its own process) → a real upstream sink."""

from __future__ import annotations

import smtplib
import sqlite3
from pathlib import Path

import pytest
from conftest import (
    COLLEAGUE,
    PARENT,
    PUPIL,
    STAFF,
    Mailguard,
    Sink,
    message,
    start_mailguard,
    start_sink,
    write_config,
)


def send(mg: Mailguard, raw: bytes, rcpts: list[str], sender: str = STAFF) -> dict[str, tuple[int, bytes]]:
    with smtplib.SMTP("127.0.0.1", mg.port, timeout=30) as client:
        return client.sendmail(sender, rcpts, raw)


def test_pass_delivers_the_exact_bytes(mailguard: Mailguard, sink: Sink) -> None:
    raw = message(body="Homework is on the VLE.\r\n.leading dot line\r\nend")
    assert send(mailguard, raw, [PARENT, COLLEAGUE]) == {}
    [(meta, got)] = sink.messages()
    assert got == raw
    assert meta["rcpt_tos"] == [PARENT, COLLEAGUE] and meta["mail_from"] == STAFF
    [entry] = mailguard.decisions()
    assert entry["action"] == "pass" and entry["upstream_reply"].startswith("250")
    assert set(entry) >= {"ts", "id", "message_id", "client", "sender", "recipients", "size", "action",
                          "recipients_actions", "hits", "upstream_reply", "duration_ms", "error"}


def test_tag_adds_headers_and_prefix_and_keeps_body(mailguard: Mailguard, sink: Sink) -> None:
    body = "Please tagme when you read this.\r\n\r\nSecond paragraph =?utf-8?q?x?= stays."
    raw = message(subject="Trip", body=body)
    send(mailguard, raw, [PARENT])
    [(_, got)] = sink.messages()
    head, _, rest = got.partition(b"\r\n\r\n")
    assert rest == body.encode() + b"\r\n"  # body byte-identical
    assert b"X-MailGuard-Action: tag" in head and b"X-MailGuard-Rules: tag-word" in head
    assert b"Subject: [CHECKED] Trip" in head


def test_forged_mailguard_headers_are_removed(mailguard: Mailguard, sink: Sink) -> None:
    send(mailguard, message(extra="X-MailGuard-Action: pass\r\n"), [COLLEAGUE])
    [(_, got)] = sink.messages()
    assert b"X-MailGuard" not in got


def test_bounce_is_550_with_the_reason_and_nothing_relayed(mailguard: Mailguard, sink: Sink) -> None:
    with pytest.raises(smtplib.SMTPDataError) as err:
        send(mailguard, message(body="bounceme please"), [COLLEAGUE, PARENT])
    assert err.value.smtp_code == 550
    assert b"5.7.1" in err.value.smtp_error and b"bounceme are not allowed" in err.value.smtp_error
    assert b"bounce-word" in err.value.smtp_error
    assert sink.messages() == []
    [entry] = mailguard.decisions()
    assert entry["action"] == "bounce" and entry["hits"][0]["rule"] == "bounce-word"


def test_quarantine_holds_durably_and_relays_nothing(mailguard: Mailguard, sink: Sink) -> None:
    raw = message(body="holdme for review")
    assert send(mailguard, raw, [PARENT]) == {}
    assert sink.messages() == []
    qdir = mailguard.config.parent / "quarantine"
    [row] = sqlite3.connect(qdir / "index.sqlite3").execute("SELECT id, recipients, status FROM items").fetchall()
    assert row[2] == "held" and PARENT in row[1]
    assert (qdir / "messages" / f"{row[0]}.eml").read_bytes() == raw
    assert oct((qdir / "messages" / f"{row[0]}.eml").stat().st_mode & 0o777) == "0o600"
    [entry] = mailguard.decisions()
    assert entry["action"] == "quarantine" and entry["quarantine_id"] == row[0]


def test_recipients_split_colleague_gets_it_parent_is_held(mailguard: Mailguard, sink: Sink) -> None:
    assert send(mailguard, message(body="holdme: notes about a pupil"), [COLLEAGUE, PARENT, PUPIL]) == {}
    [(meta, _)] = sink.messages()
    assert meta["rcpt_tos"] == [COLLEAGUE]
    [entry] = mailguard.decisions()
    assert entry["recipients_actions"] == {COLLEAGUE: "pass", PARENT: "quarantine", PUPIL: "quarantine"}
    qdb = mailguard.config.parent / "quarantine" / "index.sqlite3"
    [(held,)] = sqlite3.connect(qdb).execute("SELECT recipients FROM items").fetchall()
    assert PARENT in held and PUPIL in held and COLLEAGUE not in held


def test_tag_and_pass_recipients_get_their_own_copies(tmp_path: Path, sink: Sink) -> None:
    import yaml

    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}")
    rule = tmp_path / "rules" / "tag.yaml"
    data = yaml.safe_load(rule.read_text())
    data["when"] = {"recipients": ["external"]}
    rule.write_text(yaml.safe_dump(data))
    mg = start_mailguard(cfg)
    try:
        send(mg, message(body="tagme"), [COLLEAGUE, PARENT])
    finally:
        mg.stop()
    copies = {tuple(meta["rcpt_tos"]): raw for meta, raw in sink.messages()}
    assert set(copies) == {(COLLEAGUE,), (PARENT,)}
    assert b"X-MailGuard-Action: tag" in copies[(PARENT,)]
    assert b"X-MailGuard" not in copies[(COLLEAGUE,)]


def test_upstream_refusing_a_recipient_is_mirrored_at_rcpt(tmp_path: Path) -> None:
    sink = start_sink(tmp_path / "sink", "--refuse", "nobody@example-school.org.uk")
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}"))
    try:
        refused = send(mg, message(), [COLLEAGUE, "nobody@example-school.org.uk"])
        assert refused == {"nobody@example-school.org.uk": (550, b"5.1.1 No such user here")}
        [(meta, _)] = sink.messages()
        assert meta["rcpt_tos"] == [COLLEAGUE]  # the refused one was never covered by a 250
    finally:
        mg.stop()
        sink.kill()


@pytest.mark.parametrize(("mode", "code"), [("tempfail", 451), ("reject", 554), ("drop", 451)])
def test_upstream_failures_reach_the_client(tmp_path: Path, mode: str, code: int) -> None:
    sink = start_sink(tmp_path / "sink", "--mode", mode)
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}"))
    try:
        with pytest.raises(smtplib.SMTPDataError) as err:
            send(mg, message(), [COLLEAGUE])
        assert err.value.smtp_code == code
        [entry] = mg.decisions()
        assert entry["action"] == ("tempfail" if code < 500 else "reject")
    finally:
        mg.stop()
        sink.kill()


def test_upstream_down_is_a_tempfail_and_no_quarantine_copy_is_kept(tmp_path: Path) -> None:
    from conftest import free_port

    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{free_port()}"))
    try:
        with smtplib.SMTP("127.0.0.1", mg.port) as client:
            client.ehlo()
            client.mail(STAFF)
            code, text = client.rcpt(COLLEAGUE)
            assert code == 451 and b"4.4.1" in text
            # Nothing was accepted, so DATA has no recipient to cover.
            code, _ = client.docmd("DATA")
            assert code == 503
    finally:
        mg.stop()


def test_held_copy_is_dropped_when_delivery_to_the_rest_fails(tmp_path: Path) -> None:
    sink = start_sink(tmp_path / "sink", "--mode", "tempfail")
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}"))
    try:
        with pytest.raises(smtplib.SMTPDataError) as err:
            send(mg, message(body="holdme"), [COLLEAGUE, PARENT])
        assert err.value.smtp_code == 451
        assert not list((tmp_path / "quarantine" / "messages").glob("*.eml"))
    finally:
        mg.stop()
        sink.kill()


def test_checks_that_overrun_their_budget_tempfail(tmp_path: Path, sink: Sink) -> None:
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}", limits={"judge_timeout": 1})
    mg = start_mailguard(cfg)
    try:
        with pytest.raises(smtplib.SMTPDataError) as err:
            send(mg, message(subject="x" * 40), [COLLEAGUE])  # catastrophic backtracking in slow.yaml
        assert err.value.smtp_code == 451
        # The server is still fine afterwards.
        assert send(mg, message(), [COLLEAGUE]) == {}
        assert len(sink.messages()) == 1
    finally:
        mg.stop()


def test_maildir_upstream(tmp_path: Path) -> None:
    mg = start_mailguard(write_config(tmp_path, "maildir:maildir"))
    try:
        raw = message()
        send(mg, raw, [COLLEAGUE])
    finally:
        mg.stop()
    [delivered] = list((tmp_path / "maildir" / "new").iterdir())
    text = delivered.read_bytes()
    assert text.startswith(f"Return-Path: <{STAFF}>\nDelivered-To: {COLLEAGUE}\n".encode())
    assert text.endswith(raw.replace(b"\r\n", b"\n"))


def test_client_outside_clients_is_refused_at_rcpt(tmp_path: Path, sink: Sink) -> None:
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}", clients=["127.0.0.2/32"]))
    try:
        with smtplib.SMTP("127.0.0.1", mg.port, source_address=("127.0.0.1", 0)) as client:
            client.ehlo()
            client.mail(STAFF)
            code, text = client.rcpt(PARENT)
            assert code == 550 and b"Relaying denied" in text
        with smtplib.SMTP("127.0.0.1", mg.port, source_address=("127.0.0.2", 0)) as client:
            assert client.sendmail(STAFF, [PARENT], message()) == {}
    finally:
        mg.stop()
    assert len(sink.messages()) == 1


def test_ehlo_advertises_the_extensions(mailguard: Mailguard) -> None:
    with smtplib.SMTP("127.0.0.1", mailguard.port) as client:
        client.ehlo()
        for ext in ("size", "8bitmime", "smtputf8", "pipelining"):
            assert client.has_extn(ext), ext


def test_smtputf8_and_8bit_bodies_pass_through(mailguard: Mailguard, sink: Sink) -> None:
    raw = "From: ü@example-school.org.uk\r\nTo: jöe@example-school.org.uk\r\nSubject: Größe\r\n\r\nCafé\r\n"
    with smtplib.SMTP("127.0.0.1", mailguard.port) as client:
        client.ehlo()
        assert client.sendmail("ü@example-school.org.uk", ["jöe@example-school.org.uk"], raw.encode(),
                               mail_options=["SMTPUTF8", "BODY=8BITMIME"]) == {}
    [(meta, got)] = sink.messages()
    assert got == raw.encode() and meta["rcpt_tos"] == ["jöe@example-school.org.uk"]


def test_oversized_message_is_refused(tmp_path: Path, sink: Sink) -> None:
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}",
                                      limits={"max_message_size": 20000}))
    try:
        with pytest.raises((smtplib.SMTPSenderRefused, smtplib.SMTPDataError)) as err:
            send(mg, message(body="x" * 100 + ("y" * 900 + "\r\n") * 30), [COLLEAGUE])
        assert str(err.value.smtp_code).startswith("5")
    finally:
        mg.stop()
    assert sink.messages() == []


@pytest.mark.parametrize("raw", [
    b"Content-Type: multipart/mixed; boundary=\"X\"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nholdme, no end",
    b"Content-Type: text/plain; charset=klingon\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n",
    b"Subject: =?utf-8?q?broken=ZZ?=\r\nContent-Type: application/octet-stream; name*0*=bad''%ZZ\r\n\r\nx",
    b"no headers at all, just text",
])
def test_malformed_mime_is_judged_and_delivered(mailguard: Mailguard, sink: Sink, raw: bytes) -> None:
    send(mailguard, raw, [COLLEAGUE])
    assert len(sink.messages()) == 1
    assert mailguard.proc.poll() is None


def test_upstream_that_never_answers_times_out_to_a_tempfail(tmp_path: Path) -> None:
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True).start()
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{listener.getsockname()[1]}",
                       limits={"upstream_timeout": 1, "judge_timeout": 5})
    mg = start_mailguard(cfg)
    try:
        with smtplib.SMTP("127.0.0.1", mg.port, timeout=30) as client:
            client.ehlo()
            client.mail(STAFF)
            code, text = client.rcpt(COLLEAGUE)
            assert code == 451 and b"4.4.1" in text
    finally:
        mg.stop()
        listener.close()


def test_large_message_is_relayed_intact(mailguard: Mailguard, sink: Sink) -> None:
    import base64
    import os

    blob = base64.encodebytes(os.urandom(3 * 1024 * 1024)).replace(b"\n", b"\r\n").decode()
    raw = message(body="See attached.\r\n" + blob)
    assert send(mailguard, raw, [COLLEAGUE]) == {}
    [(_, got)] = sink.messages()
    assert got == raw
