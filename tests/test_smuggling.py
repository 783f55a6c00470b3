"""SMTP smuggling: end-of-data look-alikes must never reach the upstream as bare line endings.

aiosmtpd only ends DATA on <CRLF>.<CRLF>, but an upstream that also accepts <LF>.<LF> (or similar)
would read a second, unscanned message out of the bytes we relay. mailguard puts every line ending
into CRLF form before scanning, so what it relays is what it scanned, and the look-alike arrives
as a harmless, dot-stuffed line of the one message.
"""

from __future__ import annotations

import re
import socket

import pytest
from conftest import COLLEAGUE, STAFF, Mailguard, Sink

SMUGGLERS = [b"\n.\n", b"\r.\r\n", b"\n.\r\n", b"\r\n.\n", b"\r\n.\r", b"\r.\r", b"\r.\n", b"\n.\r"]


def _talk(port: int, payload: bytes) -> list[bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        f = sock.makefile("rb")
        replies = [f.readline()]

        def cmd(line: bytes) -> bytes:
            sock.sendall(line)
            reply = f.readline()
            while reply[3:4] == b"-":
                reply = f.readline()
            replies.append(reply)
            return reply

        cmd(b"EHLO client.example\r\n")
        cmd(f"MAIL FROM:<{STAFF}>\r\n".encode())
        cmd(f"RCPT TO:<{COLLEAGUE}>\r\n".encode())
        cmd(b"DATA\r\n")
        cmd(payload + b"\r\n.\r\n")
        cmd(b"QUIT\r\n")
        return replies


@pytest.mark.parametrize("eod", SMUGGLERS, ids=[repr(s) for s in SMUGGLERS])
def test_end_of_data_lookalikes_do_not_reach_upstream(mailguard: Mailguard, sink: Sink, eod: bytes) -> None:
    smuggled = (b"MAIL FROM:<evil@attacker.example>\r\nRCPT TO:<victim@example-school.org.uk>\r\n"
                b"DATA\r\nSubject: smuggled\r\n\r\nunscanned")
    payload = b"From: " + STAFF.encode() + b"\r\nSubject: innocent\r\n\r\nhello" + eod + smuggled
    replies = _talk(mailguard.port, payload)
    assert replies[5].startswith(b"250"), replies
    [(meta, got)] = sink.messages()  # one message, not two
    assert meta["mail_from"] == STAFF
    assert re.search(rb"\r(?!\n)|(?<!\r)\n", got) is None, got  # no bare CR or LF
    assert b"MAIL FROM:<evil@attacker.example>" in got  # the "second message" is just text of the first


def test_nul_bytes_are_refused(mailguard: Mailguard, sink: Sink) -> None:
    replies = _talk(mailguard.port, b"Subject: x\r\n\r\nnul\x00here")
    assert replies[5].startswith(b"554 5.6.0"), replies
    assert sink.messages() == []


def test_pipelined_commands_are_answered_in_order(mailguard: Mailguard, sink: Sink) -> None:
    with socket.create_connection(("127.0.0.1", mailguard.port), timeout=20) as sock:
        f = sock.makefile("rb")
        f.readline()
        sock.sendall(b"EHLO c\r\n")
        while f.readline()[3:4] == b"-":
            pass
        sock.sendall(f"MAIL FROM:<{STAFF}>\r\nRCPT TO:<{COLLEAGUE}>\r\nDATA\r\n".encode())
        assert [f.readline()[:3] for _ in range(3)] == [b"250", b"250", b"354"]
        sock.sendall(b"Subject: piped\r\n\r\nbody\r\n.\r\nQUIT\r\n")
        assert f.readline().startswith(b"250")
        assert f.readline().startswith(b"221")
    assert len(sink.messages()) == 1


@pytest.mark.parametrize("eod", SMUGGLERS, ids=[repr(s) for s in SMUGGLERS])
def test_what_is_held_is_what_was_scanned(mailguard: Mailguard, sink: Sink, eod: bytes) -> None:
    """The quarantined copy (released later through the relay) has canonical line endings too."""
    from conftest import PARENT

    payload = b"Subject: innocent\r\n\r\nholdme" + eod + b"MAIL FROM:<evil@attacker.example>"
    with socket.create_connection(("127.0.0.1", mailguard.port), timeout=20) as sock:
        f = sock.makefile("rb")
        f.readline()
        sock.sendall(b"EHLO c\r\n")
        while f.readline()[3:4] == b"-":
            pass
        sock.sendall(f"MAIL FROM:<{STAFF}>\r\nRCPT TO:<{PARENT}>\r\nDATA\r\n".encode())
        [f.readline() for _ in range(3)]
        sock.sendall(payload + b"\r\n.\r\n")
        assert f.readline().startswith(b"250 2.0.0 OK: held")
    [held] = list((mailguard.config.parent / "quarantine" / "messages").glob("*.eml"))
    got = held.read_bytes()
    assert re.search(rb"\r(?!\n)|(?<!\r)\n", got) is None, got
    assert sink.messages() == []


@pytest.mark.parametrize("eod", SMUGGLERS, ids=[repr(s) for s in SMUGGLERS])
def test_canonical_form_has_only_crlf(eod: bytes) -> None:
    from mailguard.wire import canonical

    out = canonical(b"a" + eod + b"b")
    assert re.search(rb"\r(?!\n)|(?<!\r)\n", out) is None
    assert out.startswith(b"a\r\n") and out.endswith(b"b\r\n")
