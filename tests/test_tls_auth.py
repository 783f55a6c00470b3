"""STARTTLS and AUTH towards clients; STARTTLS, implicit TLS and connection reuse towards the upstream."""

from __future__ import annotations

import smtplib
import ssl
import subprocess
from pathlib import Path

import pytest
from conftest import COLLEAGUE, MAILGUARD, PARENT, STAFF, Sink, message, start_mailguard, start_sink, write_config


def _client_ctx(cert: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert))


def test_starttls_required_refuses_plain_mail(tmp_path: Path, sink: Sink, certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}",
                       tls={"cert": str(cert), "key": str(key), "required": True})
    mg = start_mailguard(cfg)
    try:
        with smtplib.SMTP("127.0.0.1", mg.port) as client:
            client.ehlo()
            assert client.has_extn("starttls")
            code, _ = client.mail(STAFF)
            assert code == 530
        with smtplib.SMTP("127.0.0.1", mg.port) as client:
            client.starttls(context=_client_ctx(cert))
            assert client.sendmail(STAFF, [COLLEAGUE], message()) == {}
    finally:
        mg.stop()
    assert len(sink.messages()) == 1


def test_auth_lets_a_user_outside_clients_relay(tmp_path: Path, sink: Sink, certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    line = subprocess.run([*MAILGUARD, "auth", "hash", "teacher"], input="correct horse battery\n",
                          capture_output=True, text=True, check=True).stdout.strip()
    assert line.startswith("teacher:scrypt$")
    (tmp_path / "users").write_text(line + "\n")
    cfg = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}", clients=["192.0.2.0/24"],
                       tls={"cert": str(cert), "key": str(key)}, auth={"users_file": "users"})
    mg = start_mailguard(cfg)
    try:
        with smtplib.SMTP("127.0.0.1", mg.port) as client:
            client.ehlo()
            assert not client.has_extn("auth"), "no AUTH before STARTTLS"
            client.starttls(context=_client_ctx(cert))
            client.ehlo()
            with pytest.raises(smtplib.SMTPAuthenticationError):
                client.login("teacher", "wrong password")
            client.mail(STAFF)
            assert client.rcpt(PARENT)[0] == 550  # not logged in, not in clients
            client.rset()
            client.login("teacher", "correct horse battery")
            assert client.sendmail(STAFF, [PARENT], message()) == {}
    finally:
        mg.stop()
    assert len(sink.messages()) == 1


def test_auth_without_tls_is_a_config_error(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:m", auth={"users_file": "users"})
    out = subprocess.run([*MAILGUARD, "rules", "check", "--config", str(cfg)], capture_output=True, text=True)
    assert out.returncode == 1 and "auth needs tls" in out.stdout


@pytest.mark.parametrize("mode", ["starttls", "implicit"])
def test_upstream_tls(tmp_path: Path, certificate: tuple[Path, Path], mode: str) -> None:
    cert, key = certificate
    extra = ["--tls", str(cert), str(key)] + (["--implicit-tls"] if mode == "implicit" else [])
    sink = start_sink(tmp_path / "sink", *extra)
    url = (f"smtp://127.0.0.1:{sink.port}?starttls=required&verify=no" if mode == "starttls"
           else f"smtps://127.0.0.1:{sink.port}?verify=no")
    mg = start_mailguard(write_config(tmp_path, url))
    try:
        with smtplib.SMTP("127.0.0.1", mg.port) as client:
            assert client.sendmail(STAFF, [COLLEAGUE], message()) == {}
    finally:
        mg.stop()
        sink.kill()
    [(meta, _)] = sink.messages()
    assert meta["tls"] is True


def test_starttls_required_upstream_without_it_defers(tmp_path: Path, sink: Sink) -> None:
    mg = start_mailguard(write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}?starttls=required"))
    try:
        with smtplib.SMTP("127.0.0.1", mg.port) as client:
            client.ehlo()
            client.mail(STAFF)
            code, _ = client.rcpt(COLLEAGUE)
            assert code == 451
    finally:
        mg.stop()
    assert sink.messages() == []


def test_upstream_connections_are_reused(mailguard: object, sink: Sink) -> None:
    from conftest import Mailguard

    assert isinstance(mailguard, Mailguard)
    for _ in range(3):
        with smtplib.SMTP("127.0.0.1", mailguard.port) as client:
            client.sendmail(STAFF, [COLLEAGUE], message())
    ports = {meta["peer_port"] for meta, _ in sink.messages()}
    assert len(sink.messages()) == 3 and len(ports) == 1
