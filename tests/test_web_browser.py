"""End to end in a real browser: a DSL logs in, finds the held message, sees why, releases it.

A real `mailguard serve` (SMTP proxy and review web UI in one process), a real upstream sink,
Debian's headless Chromium driven by the `playwright` package (never `playwright install`).
Along the way it saves the screenshots the README shows (docs/screenshots/).
"""

from __future__ import annotations

import os
import smtplib
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import (
    MAILGUARD,
    PARENT,
    ROOT,
    STAFF,
    Mailguard,
    Sink,
    free_port,
    start_mailguard,
    start_sink,
    wait_port,
    write_config,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "screenshots"
PASSWORD = "a long reviewer passphrase"

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
    reason=f"{CHROMIUM} is missing (install it with scripts/install-browser); CI always runs this test",
)


def mail(subject: str, body: str, html: str = "") -> bytes:
    head = (f"From: Tom Smith <{STAFF}>\r\nTo: Jane Parent <{PARENT}>\r\nSubject: {subject}\r\n"
            f"Message-ID: <{time.time_ns()}@example-school.org.uk>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n"
            "MIME-Version: 1.0\r\n")
    if not html:
        return (head + f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    return (head + 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
            f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
            f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n").encode()


def wait_for(check: Any, what: str, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Mailguard, Sink, int]]:
    sink = start_sink(tmp_path / "sink")
    web_port = free_port()
    config = write_config(tmp_path, f"smtp://127.0.0.1:{sink.port}?starttls=no",
                          web={"listen": f"127.0.0.1:{web_port}", "secure_cookies": True})
    settings = yaml.safe_load(config.read_text())
    settings["school"]["name"] = "Example Primary School"
    config.write_text(yaml.safe_dump(settings))
    added = subprocess.run([*MAILGUARD, "users", "add", "dsl", "--role", "reviewer", "--config", str(config)],
                           input=PASSWORD + "\n", capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert added.returncode == 0, added.stderr
    mg = start_mailguard(config)
    try:
        wait_port(web_port, mg.proc)
        yield mg, sink, web_port
    finally:
        mg.stop()
        sink.proc.kill()
        sink.proc.wait()


def test_dsl_reviews_and_releases_a_held_message_in_chromium(served: tuple[Mailguard, Sink, int]) -> None:
    from playwright.sync_api import sync_playwright

    mg, sink, port = served
    with smtplib.SMTP("127.0.0.1", mg.port, timeout=30) as smtp:
        smtp.sendmail(STAFF, [PARENT], mail(
            "Newsletter", "Hello, holdme: the autumn newsletter.",
            '<p>Hello, <b>holdme</b>: the autumn newsletter.</p><img src="http://tracker.example/p.gif">'
            '<script>document.title="pwned"</script>'))
        smtp.sendmail(STAFF, [PARENT], mail(
            "Sam's reading this week", "Dear Jane,\nSam read really well today. Please holdme on to the\n"
            "reading record over half term.\n\nBest wishes,\nTom Smith\nYear 4"))
    assert sink.messages() == []  # both held, nothing delivered yet
    base = f"http://localhost:{port}"  # localhost: Chromium keeps Secure cookies on plain http only there
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            console: list[str] = []
            page.on("console", lambda m: console.append(m.text))

            page.goto(base + "/")
            assert page.url.startswith(base + "/login")
            page.get_by_label("User name").fill("dsl")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()
            page.wait_for_url(base + "/")
            assert page.get_by_role("heading", name="Messages waiting for a decision").is_visible()
            assert "Logged in as dsl" in page.locator(".who").inner_text()
            assert page.locator("table.queue tbody tr").count() == 2
            page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)

            # The formatted message: shown in the sandbox, the tracking pixel never requested, no script ran.
            page.get_by_role("link", name="Newsletter").click()
            frame = page.frame_locator("iframe.body-frame")
            assert "autumn newsletter" in frame.locator("body").inner_text()
            assert page.title() != "pwned"
            page.go_back()

            page.get_by_role("link", name="Sam's reading this week").click()
            page.wait_for_selector("h1.subject")
            marks = page.locator(".text mark")
            assert marks.count() == 1 and marks.first.inner_text() == "holdme"
            assert "<mark>holdme</mark>" in page.locator(".text").first.inner_html()
            assert page.get_by_text("hold-word").first.is_visible()
            page.screenshot(path=str(SCREENSHOTS / "message.png"), full_page=True)

            page.get_by_role("button", name="Release").click()
            page.wait_for_selector(".flash.ok")
            assert f"Released to {PARENT}." in page.locator(".flash.ok").inner_text()
            assert page.locator("table.queue tbody tr").count() == 1

            page.get_by_role("button", name="Log out").click()
            page.wait_for_url(base + "/login")
            outside = [u for u in requests if not u.startswith(base + "/")]
            assert outside == [], outside
            assert not any("pwned" in line or "Content Security Policy" in line for line in console), console
        finally:
            browser.close()

    [(meta, raw)] = wait_for(sink.messages, "the released message at the sink")
    assert meta["rcpt_tos"] == [PARENT] and meta["mail_from"] == STAFF
    assert b"Please holdme on to the" in raw and b"Sam's reading this week" in raw
    for shot in ("queue.png", "message.png"):
        assert (SCREENSHOTS / shot).read_bytes().startswith(b"\x89PNG")
