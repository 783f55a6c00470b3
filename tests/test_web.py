"""The review web UI, driven like a browser would (Starlette's TestClient) against a real store and relay.

Held messages are built the way an attacker would send them: scripts, event handlers, tracking
pixels, javascript: links and XSS payloads in the subject, body, evidence and file names.
"""

from __future__ import annotations

import csv
import email
import email.policy
import io
import re
import struct
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import PARENT, STAFF, free_port
from starlette.testclient import TestClient

from mailguard.config import parse_upstream
from mailguard.quarantine import web, web_auth, web_render
from mailguard.quarantine.context import ReviewContext
from mailguard.quarantine.store import QuarantineStore
from mailguard.quarantine.web import create_app
from mailguard.smtp.relay import MaildirRelay, Relay, make_relay

PASSWORD = "correct horse battery staple"
XSS = "<img src=x onerror=alert(1)>"
XSS_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"
TRACKER = "http://tracker.example/p.gif"
SECRET_LINE = "Meet me at 14 Acacia Avenue, holdme"


def _png(width: int, height: int) -> bytes:
    """A real PNG (grey RGB), made without Pillow."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG_IMAGE = _png(600, 400)


def decision(match: str = "holdme", where: str = "body", snippet: str = "", reason: str = "The message says holdme.",
             rule: str = "hold-word") -> dict[str, Any]:
    return {"action": "quarantine", "recipients": {PARENT: "quarantine"},
            "hits": [{"rule": rule, "module": "text-match", "action": "quarantine", "reason": reason,
                      "evidence": [{"match": match, "where": where, "snippet": snippet or f"… {match} …"}]}],
            "defects": []}


def plain_message(subject: str = "Trip", body: str = SECRET_LINE) -> bytes:
    return (f"From: {STAFF}\r\nTo: {PARENT}\r\nSubject: {subject}\r\nMessage-ID: <{time.time_ns()}@t>\r\n"
            f"Date: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\n{body}\r\n").encode()


def hostile_message() -> bytes:
    """HTML with script, handlers, a tracking pixel and a javascript: link; XSS in subject and file name."""
    html = (f'<html><head><script>alert("head")</script><style>body{{background:url({TRACKER})}}</style></head>'
            f'<body onload="alert(2)"><p style="color:red;background-image:url({TRACKER})">Hello holdme</p>'
            f'<img src="{TRACKER}" width=1 height=1><img src=x onerror="alert(3)">'
            f'<a href="javascript:alert(4)">click</a> <a href="https://phish.example/login">log in</a>'
            f'<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input></form>'
            f'<svg onload="alert(5)"></svg><img src="cid:pic1" alt="inline"></body></html>')
    return (
        f"From: {STAFF}\r\nTo: {PARENT}\r\nSubject: {XSS} <script>alert(9)</script>\r\n"
        f"Message-ID: <{time.time_ns()}@t>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="B1"\r\n\r\n'
        f'--B1\r\nContent-Type: multipart/alternative; boundary="B2"\r\n\r\n'
        f"--B2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello holdme {XSS}\r\n"
        f"--B2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--B2--\r\n"
        f'--B1\r\nContent-Type: application/pdf; name="{XSS}.pdf"\r\n'
        f'Content-Disposition: attachment; filename="{XSS}.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{_b64(PNG_IMAGE)}\r\n"
        f'--B1\r\nContent-Type: image/png\r\nContent-ID: <pic1>\r\nContent-Disposition: inline; filename="pic.png"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{_b64(PNG_IMAGE)}\r\n--B1--\r\n"
    ).encode()


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode()


@dataclass
class Env:
    store: QuarantineStore
    maildir: Path
    ctx: ReviewContext
    tmp: Path

    def hold(self, raw: bytes | None = None, subject: str = "Trip", sender: str = STAFF, **kw: Any) -> str:
        return self.store.hold(raw or plain_message(subject), sender=sender, recipients=[PARENT],
                               all_recipients=[PARENT, "head@example-school.org.uk"],
                               decision=kw.pop("decision", None) or decision(), subject=subject, **kw)

    def delivered(self) -> list[bytes]:
        return [p.read_bytes() for p in sorted((self.maildir / "new").iterdir())]

    def actions(self) -> list[str]:
        return [e.action for e in self.store.audit_log(limit=1000)]

    def client(self, relay: Relay | None = None, **kw: Any) -> TestClient:
        ctx = self.ctx if relay is None else ReviewContext(**{**self.ctx.__dict__, "relay": relay})
        return TestClient(create_app(ctx), follow_redirects=False, **kw)


@pytest.fixture(scope="module")
def users_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store with the users made once (argon2 is slow on purpose); each test copies it."""
    path = tmp_path_factory.mktemp("users") / "q"
    store = QuarantineStore(path)
    store.add_user("dsl", PASSWORD, "reviewer")
    store.add_user("deputy", PASSWORD, "reviewer")
    store.add_user("it", PASSWORD, "admin")
    return path


@pytest.fixture
def env(tmp_path: Path, users_store: Path) -> Env:
    import shutil

    shutil.copytree(users_store, tmp_path / "q")
    store = QuarantineStore(tmp_path / "q")
    relay = MaildirRelay(tmp_path / "md")
    ctx = ReviewContext(store=store, relay=relay, school_name="Example <School>", notice_from="postmaster@example-school.org.uk",
                        base_url="http://testserver", secret_key=b"s" * 32, secure_cookies=False, session_minutes=60)
    return Env(store, tmp_path / "md", ctx, tmp_path)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "object", "embed", "base"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")
            if name in ("src", "href", "action") and value and not value.startswith(("/", "#", "?")) and value != "data:,":
                self.found.append(f"{tag} {name}={value}")


def active_content(page: str) -> list[str]:
    """Elements that could run code or reach elsewhere, as a browser would parse the page."""
    parser = _Elements()
    parser.feed(page)
    return parser.found


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def login(client: TestClient, name: str = "dsl", password: str = PASSWORD) -> str:
    """Log in; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"csrf": token, "name": name, "password": password, "next": "/"})
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/").text)


@pytest.fixture
def dsl(env: Env) -> Iterator[tuple[TestClient, str]]:
    with env.client() as c:
        yield c, login(c)


# ---------------------------------------------------------------- logging in


def test_login_shows_who_and_logout_ends_the_session(env: Env) -> None:
    c = env.client()
    r = c.get("/")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2F"
    token = login(c, "dsl")
    page = c.get("/").text
    assert "Logged in as <strong>dsl</strong>" in page and "reviewer" in page
    assert 'href="/audit"' not in page  # reviewers do not get the audit log
    stolen = dict(c.cookies)
    r = c.post("/logout", data={"csrf": token})
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert c.get("/").status_code == 303
    # The cookie from before the logout is dead, also for a restarted server (read back from the audit log).
    for app in (c, env.client()):
        app.cookies.clear()
        app.cookies.update(stolen)
        assert app.get("/").headers["location"].startswith("/login")
    assert env.actions()[:2] == ["logout", "login"]


def test_wrong_password_is_refused_and_audited(env: Env) -> None:
    c = env.client()
    token = csrf_of(c.get("/login").text)
    r = c.post("/login", data={"csrf": token, "name": "dsl", "password": "wrong"})
    assert r.status_code == 401
    assert "name or password is not right" in r.text
    assert c.get("/").status_code == 303
    r = c.post("/login", data={"csrf": token, "name": "nobody", "password": PASSWORD})
    assert r.status_code == 401
    log = env.store.audit_log(action="login-failed")
    assert [e.user for e in log] == ["nobody", "dsl"]


def test_login_is_rate_limited_per_address_and_per_name(env: Env) -> None:
    c = env.client()
    token = csrf_of(c.get("/login").text)
    for _ in range(5):
        assert c.post("/login", data={"csrf": token, "name": "dsl", "password": "guess"}).status_code == 401
    # Now even the right password is refused, for that name and from that address, with a clear message.
    r = c.post("/login", data={"csrf": token, "name": "dsl", "password": PASSWORD})
    assert r.status_code == 429 and "Too many failed log-in attempts" in r.text and "wait" in r.text
    assert c.post("/login", data={"csrf": token, "name": "deputy", "password": PASSWORD}).status_code == 429
    assert c.get("/").status_code == 303
    # The same name from elsewhere is locked too; another name from elsewhere is not.
    app = c.app
    other = TestClient(app, follow_redirects=False, client=("192.0.2.9", 4000))
    token2 = csrf_of(other.get("/login").text)
    assert other.post("/login", data={"csrf": token2, "name": "dsl", "password": PASSWORD}).status_code == 429
    assert other.post("/login", data={"csrf": token2, "name": "deputy", "password": PASSWORD}).status_code == 303
    assert len(env.store.audit_log(action="login-failed")) == 8


def test_throttle_window_slides() -> None:
    t = web_auth.LoginThrottle(max_failures=2, window=100)
    t.fail(["k"], now=0)
    t.fail(["k"], now=10)
    assert t.wait_seconds(["k"], now=20) == 80
    assert t.wait_seconds(["k"], now=101) == 0


def test_session_cookie_is_signed_httponly_strict_secure_and_expires(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = ReviewContext(**{**env.ctx.__dict__, "secure_cookies": True, "session_minutes": 30})
    c = TestClient(create_app(ctx), base_url="https://testserver", follow_redirects=False)
    token = csrf_of(c.get("/login").text)
    r = c.post("/login", data={"csrf": token, "name": "dsl", "password": PASSWORD})
    cookie = r.headers["set-cookie"].lower()
    for flag in ("httponly", "samesite=strict", "secure", "max-age=1800", "path=/"):
        assert flag in cookie
    assert c.get("/").status_code == 200
    # A tampered cookie is no session at all.
    value = c.cookies["mailguard_session"]
    for forged in (("f" if value[0] != "f" else "e") + value[1:], value.rsplit(".", 1)[0] + ".AAAA"):
        c.cookies.clear()
        c.cookies.set("mailguard_session", forged)
        assert c.get("/").status_code == 303
    c.cookies.clear()
    c.cookies.set("mailguard_session", value)
    assert c.get("/").status_code == 200
    # 30 minutes after logging in the session is over, however busy it was.
    # (Only this module's clock moves: the cookie's own signature stays valid, so this is our check.)
    monkeypatch.setattr(web_auth, "time", SimpleNamespace(time=lambda: time.time() + 31 * 60))
    assert c.get("/").headers["location"].startswith("/login")


def test_login_without_a_cookie_says_what_is_wrong(env: Env) -> None:
    c = env.client()
    token = csrf_of(c.get("/login").text)
    c.cookies.clear()  # e.g. a Secure cookie on plain http: the browser never sends it back
    r = c.post("/login", data={"csrf": token, "name": "dsl", "password": PASSWORD})
    assert r.status_code == 403 and "did not keep the log-in cookie" in r.text
    assert "set-cookie" not in r.headers or "user" not in r.headers["set-cookie"]
    assert "login" not in env.actions()


def test_removed_user_is_out_at_once(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, _ = dsl
    assert c.get("/").status_code == 200
    env.store.remove_user("dsl")
    assert c.get("/").status_code == 303


def test_login_never_redirects_off_site(env: Env) -> None:
    c = env.client()
    token = csrf_of(c.get("/login?next=//evil.example/x").text)
    r = c.post("/login", data={"csrf": token, "name": "dsl", "password": PASSWORD, "next": "//evil.example/x"})
    assert r.headers["location"] == "/"
    item = env.hold()
    c2 = env.client()
    r = c2.get(f"/item/{item}")
    token = csrf_of(c2.get(r.headers["location"]).text)
    r = c2.post("/login", data={"csrf": token, "name": "dsl", "password": PASSWORD, "next": f"/item/{item}"})
    assert r.headers["location"] == f"/item/{item}"


# ---------------------------------------------------------------- access control


def test_nothing_is_reachable_without_logging_in(env: Env) -> None:
    item = env.hold(hostile_message())
    c = env.client()
    for path in ("/", "/?status=all", f"/item/{item}", f"/item/{item}/body", f"/item/{item}/download/0",
                 f"/item/{item}/download/eml", f"/item/{item}/thumbnail/1", "/audit", "/audit.csv", "/no-such-page"):
        r = c.get(path)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next="), path
        assert "holdme" not in r.text and item not in r.text
    for path in ("/bulk", f"/item/{item}/release", f"/item/{item}/reject", f"/item/{item}/delete",
                 f"/item/{item}/note", "/logout"):
        assert c.post(path, data={"id": item, "action": "release", "confirm": "yes"}).status_code == 401, path
    assert env.store.get(item).status == "held"  # type: ignore[union-attr]
    assert env.delivered() == []
    assert c.get("/static/style.css").status_code == 200
    assert c.get("/login").status_code == 200


def test_audit_log_is_for_admins_only(env: Env) -> None:
    reviewer = env.client()
    login(reviewer, "dsl")
    assert reviewer.get("/audit").status_code == 403
    assert reviewer.get("/audit.csv").status_code == 403
    admin = env.client()
    login(admin, "it")
    page = admin.get("/")
    assert "IT administrator" in page.text and 'href="/audit"' in page.text
    r = admin.get("/audit")
    assert r.status_code == 200 and "login" in r.text


# ---------------------------------------------------------------- CSRF


def test_posts_without_the_sessions_csrf_token_are_refused(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, token = dsl
    item = env.hold()
    other = env.client()
    foreign = login(other, "deputy")  # a valid token, but another session's
    for bad in ({}, {"csrf": ""}, {"csrf": "forged"}, {"csrf": foreign}):
        for path, data in ((f"/item/{item}/release", {}), (f"/item/{item}/reject", {"notify": "yes"}),
                           (f"/item/{item}/delete", {"confirm": "yes"}), (f"/item/{item}/note", {"note": "x"}),
                           ("/bulk", {"id": item, "action": "release"}), ("/logout", {})):
            r = c.post(path, data={**data, **bad})
            assert r.status_code == 403, (path, bad)
    got = env.store.get(item)
    assert got is not None and got.status == "held" and got.notes == ""
    assert env.delivered() == []
    assert c.get("/").status_code == 200  # still logged in: the forged logout did nothing
    assert c.post("/login", data={"name": "dsl", "password": PASSWORD}).status_code == 403
    assert token != foreign


# ---------------------------------------------------------------- what a page shows


def test_xss_payloads_are_escaped_on_every_page(env: Env) -> None:
    bad_decision = decision(match=XSS, where="subject", snippet=f"x {XSS} y", reason=f"Reason {XSS}", rule=XSS)
    item = env.hold(hostile_message(), subject=f"{XSS} <script>alert(9)</script>", sender=f"{XSS}@x.example",
                    decision=bad_decision)
    c = env.client()
    token = login(c, "it")
    c.post(f"/item/{item}/note", data={"csrf": token, "note": f"note {XSS}"})
    pages = [c.get("/"), c.get("/?status=all&text=" + XSS), c.get(f"/item/{item}"), c.get(f"/item/{item}?images=1"),
             c.get("/audit"), c.post("/bulk", data={"csrf": token, "id": item, "action": "delete"})]
    for r in pages:
        assert r.status_code == 200, r.url
        assert XSS not in r.text and "<script" not in r.text.lower(), r.url
        assert active_content(r.text) == [], r.url
    item_page = pages[2].text
    assert item_page.count(XSS_ESCAPED) >= 5  # subject, sender, rule, reason, evidence, file name, note
    assert "Example &lt;School&gt;" in item_page
    assert f"<mark>{XSS_ESCAPED}</mark>" in item_page


def test_message_page_highlights_the_evidence(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, _ = dsl
    body = "Dear Jane,\r\nPlease HoldMe <b>now</b> & call 01632\r\n 960001.\r\nthanks"
    d = decision()
    d["hits"].append({"rule": "personal-address-to-parent", "module": "personal-address-to-parent",
                      "action": "quarantine", "reason": "A personal phone number was given to a parent.",
                      "evidence": [{"match": "01632 960001", "where": "body", "snippet": "call 01632 960001."}]})
    item = env.hold(plain_message("Numbers", body), decision=d)
    page = c.get(f"/item/{item}").text
    assert "Please <mark>HoldMe</mark> &lt;b&gt;now&lt;/b&gt; &amp; call <mark>01632\n 960001</mark>." in page
    assert "A personal phone number was given to a parent." in page  # the plain-words reason
    assert "<td><mark>01632 960001</mark></td><td>body</td>" in page  # whole evidence, unmasked
    assert "hold-word" in page and "personal-address-to-parent" in page
    assert "view" in env.actions()


def test_a_record_with_odd_hits_still_shows(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, _ = dsl
    item = env.hold(decision={"hits": [{"rule": "odd", "action": "quarantine"}, {"evidence": [{"where": "body"}, None]}]})
    r = c.get(f"/item/{item}")
    assert r.status_code == 200 and "odd" in r.text


def test_highlight_escapes_every_piece() -> None:
    out, marks, found = web_render.highlight("a<b>holdme</b> & HOLDME", ["holdme", "zz"])
    assert str(out) == "a&lt;b&gt;<mark>holdme</mark>&lt;/b&gt; &amp; <mark>HOLDME</mark>"
    assert marks == 2 and found == {"holdme"}
    out, _, _ = web_render.highlight("x &amp; y", ["amp"])  # a match never cuts an entity in half
    assert str(out) == "x &amp;<mark>amp</mark>; y"


def test_html_body_is_sanitised_sandboxed_and_loads_nothing_remote(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, _ = dsl
    item = env.hold(hostile_message())
    page = c.get(f"/item/{item}")
    frame = re.search(r"<iframe[^>]*>", page.text)
    assert frame is not None
    assert 'sandbox=""' in frame.group(0) and "allow-" not in frame.group(0)
    assert f'src="/item/{item}/body"' in frame.group(0)
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "https://phish.example/login" in page.text  # listed as text for the reviewer, not a link
    assert 'href="https://phish.example' not in page.text

    body = c.get(f"/item/{item}/body")
    assert body.status_code == 200 and body.headers["content-type"].startswith("text/html")
    csp = body.headers["content-security-policy"]
    assert csp.startswith("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
    assert "frame-ancestors 'self'" in csp and body.headers["x-frame-options"] == "SAMEORIGIN"
    text = body.text.lower()
    for bad in ("<script", "onerror", "onload", "javascript:", "tracker.example", "evil.example", "phish.example",
                "<iframe", "<form", "<svg", "background-image", "url("):
        assert bad not in text, bad
    assert "hello <mark>" not in text and "hello holdme" in text
    assert "color:red" in text.replace(" ", "")  # harmless styles stay
    assert 'src="cid:' not in text and "data:image" not in text  # images only on request
    shown = c.get(f"/item/{item}/body?images=1").text
    assert "tracker.example" not in shown
    if web_render.thumbnails_available():
        assert 'src="data:image/png;base64,' in shown  # the inline (cid:) picture, embedded
    assert env.actions().count("view-body") == 2


def test_security_headers_on_every_response(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, _ = dsl
    item = env.hold(hostile_message())
    for path in ("/", f"/item/{item}", f"/item/{item}/body", f"/item/{item}/download/0", "/static/style.css",
                 "/audit", "/item/nope"):
        r = c.get(path)
        assert r.headers["referrer-policy"] == "no-referrer", path
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["cache-control"] == "no-store", path
        assert "default-src 'none'" in r.headers["content-security-policy"], path
    r = c.get("/")
    assert r.headers["content-security-policy"] == web_auth.PAGE_CSP
    assert "<script" not in r.text.lower()  # no JavaScript at all
    anonymous = env.client().get("/login")
    assert anonymous.headers["x-frame-options"] == "DENY"


def test_attachments_download_as_octet_stream_with_their_true_type_shown(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, _ = dsl
    item = env.hold(hostile_message())
    page = c.get(f"/item/{item}").text
    assert "image/png" in page and "application/pdf" in page and "differs from what the sender said" in page
    r = c.get(f"/item/{item}/download/0")
    assert r.status_code == 200 and r.content == PNG_IMAGE
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["x-content-type-options"] == "nosniff"
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment; ")
    assert "<" not in disposition and "\r" not in disposition and '"' not in disposition.split('"')[1]
    whole = c.get(f"/item/{item}/download/eml")
    assert whole.headers["content-type"] == "application/octet-stream" and whole.content == env.store.raw(item)
    assert c.get(f"/item/{item}/download/9").status_code == 404
    assert [e.detail for e in env.store.audit_log(action="download")] == [f"{item}.eml", f"{XSS}.pdf"]


def test_images_are_shown_only_on_request(env: Env, dsl: tuple[TestClient, str], monkeypatch: pytest.MonkeyPatch) -> None:
    c, _ = dsl
    item = env.hold(hostile_message())
    page = c.get(f"/item/{item}").text
    assert "/thumbnail/" not in page and "Show images" in page
    assert "thumbnail" not in env.actions()
    if web_render.thumbnails_available():
        page = c.get(f"/item/{item}?images=1").text
        assert f'src="/item/{item}/thumbnail/0"' in page and f'src="/item/{item}/thumbnail/1"' in page
        r = c.get(f"/item/{item}/thumbnail/1")
        assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content.startswith(b"\x89PNG")
        assert "thumbnail" in env.actions()
    monkeypatch.setattr(web_render, "thumbnails_available", lambda: False)
    assert "Thumbnails unavailable" in c.get(f"/item/{item}?images=1").text


def test_thumbnail_of_a_broken_image_is_a_404_not_a_crash() -> None:
    pytest.importorskip("PIL")
    assert web_render.thumbnail(b"\x89PNG\r\n\x1a\nbroken") is None
    png = web_render.thumbnail(PNG_IMAGE)
    assert png is not None and png.startswith(b"\x89PNG")
    from PIL import Image

    with Image.open(io.BytesIO(png)) as small:
        assert small.size == (320, 213)


# ---------------------------------------------------------------- actions


def test_release_delivers_then_marks_released(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, token = dsl
    item = env.hold()
    r = c.post(f"/item/{item}/release", data={"csrf": token})
    assert r.status_code == 303
    page = c.get(r.headers["location"]).text
    assert f"Released to {PARENT}." in page
    got = env.store.get(item)
    assert got is not None and got.status == "released" and got.reviewed_by == "dsl"
    [mail] = env.delivered()
    assert f"Delivered-To: {PARENT}".encode() in mail and SECRET_LINE.encode() in mail
    assert b"head@example-school.org.uk" not in mail.split(b"\n\n")[0].split(b"To:")[0]  # only the held copy
    assert "release" in env.actions()
    # Released already: a second click changes nothing.
    r = c.post(f"/item/{item}/release", data={"csrf": token})
    assert "is released, not held" in c.get(r.headers["location"]).text
    assert len(env.delivered()) == 1


def test_failed_release_leaves_the_message_held_and_says_why(env: Env) -> None:
    closed = make_relay(parse_upstream(f"smtp://127.0.0.1:{free_port()}?starttls=no"), 3.0)
    c = env.client(relay=closed)
    token = login(c)
    item = env.hold()
    r = c.post(f"/item/{item}/release", data={"csrf": token})
    assert r.headers["location"] == f"/item/{item}"
    page = c.get(r.headers["location"]).text
    assert "Not released" in page and "still held" in page
    assert env.store.get(item).status == "held"  # type: ignore[union-attr]
    assert "release-failed" in env.actions()


def test_reject_with_notice_tells_the_sender_without_the_content(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, token = dsl
    item = env.hold(subject="Private: Sam's address")
    quiet = env.hold()
    r = c.post(f"/item/{item}/reject", data={"csrf": token, "notify": "yes"})
    assert "The sender was told why." in c.get(r.headers["location"]).text
    [notice] = env.delivered()
    parsed = email.message_from_bytes(notice, policy=email.policy.default)
    assert parsed["To"] == STAFF and f"Delivered-To: {STAFF}".encode() in notice
    body = parsed.get_body().get_content()  # type: ignore[union-attr]
    assert "The message says holdme." in body and "hold-word" in body
    assert "Acacia" not in notice.decode() and "Sam's address" not in notice.decode()
    assert env.store.get(item).status == "rejected"  # type: ignore[union-attr]
    c.post(f"/item/{quiet}/reject", data={"csrf": token})
    assert len(env.delivered()) == 1 and env.store.get(quiet).status == "rejected"  # type: ignore[union-attr]


def test_delete_needs_confirmation_and_removes_the_content(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, token = dsl
    item = env.hold()
    r = c.post(f"/item/{item}/delete", data={"csrf": token})
    assert "Not deleted" in c.get(r.headers["location"]).text
    assert env.store.get(item).status == "held"  # type: ignore[union-attr]
    c.post(f"/item/{item}/delete", data={"csrf": token, "confirm": "yes"})
    assert env.store.get(item).status == "deleted"  # type: ignore[union-attr]
    page = c.get(f"/item/{item}").text
    assert "no longer stored" in page and "Acacia" not in page
    assert c.get(f"/item/{item}/body").status_code == 410
    assert c.get(f"/item/{item}/download/eml").status_code == 410


def test_notes_are_added_and_shown(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, token = dsl
    item = env.hold()
    c.post(f"/item/{item}/note", data={"csrf": token, "note": "Spoke to T. Smith <again>"})
    page = c.get(f"/item/{item}").text
    assert "dsl] Spoke to T. Smith &lt;again&gt;" in page
    r = c.post(f"/item/{item}/note", data={"csrf": token, "note": "   "})
    assert "The note is empty." in c.get(r.headers["location"]).text


def test_bulk_release_reject_and_delete(env: Env, dsl: tuple[TestClient, str]) -> None:
    c, token = dsl
    a, b, d, e, f = (env.hold(subject=f"m{i}") for i in range(5))
    r = c.post("/bulk", data={"csrf": token, "action": "release", "id": [a, b], "back": "/?status=held"})
    assert r.headers["location"] == "/?status=held"
    assert "Released: 2 of 2 selected." in c.get("/").text
    assert len(env.delivered()) == 2
    r = c.post("/bulk", data={"csrf": token, "action": "reject", "id": [d, a], "notify": "yes"})
    page = c.get("/").text
    assert "Rejected: 1 of 2 selected." in page and "is released, not held" in page
    assert len(env.delivered()) == 3  # one notice
    confirm = c.post("/bulk", data={"csrf": token, "action": "delete", "id": [e, f]})
    assert confirm.status_code == 200 and "Delete 2 messages?" in confirm.text
    assert env.store.get(e).status == "held"  # type: ignore[union-attr]
    c.post("/bulk", data={"csrf": token, "action": "delete", "id": [e, f], "confirm": "yes"})
    assert {env.store.get(i).status for i in (e, f)} == {"deleted"}  # type: ignore[union-attr]
    assert {env.store.get(i).status for i in (a, b)} == {"released"}  # type: ignore[union-attr]
    assert env.store.get(d).status == "rejected"  # type: ignore[union-attr]
    r = c.post("/bulk", data={"csrf": token, "action": "release"})
    assert "Nothing was selected" in c.get(r.headers["location"]).text


# ---------------------------------------------------------------- the queue


def test_queue_shows_held_newest_first_with_counts_filters_and_pages(env: Env, dsl: tuple[TestClient, str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    c, token = dsl
    old = env.hold(subject="First trip", decision=decision(rule="pupil-images"))
    mid = env.hold(subject="Second", sender="other@example-school.org.uk")
    new = env.hold(subject="Third trip")
    c.post(f"/item/{mid}/reject", data={"csrf": token})
    page = c.get("/").text
    assert "Messages waiting for a decision" in page
    assert page.index("Third trip") < page.index("First trip") and "Second" not in page
    assert re.search(r"Held <span class=\"count\">2</span>", page) and re.search(r"Rejected <span class=\"count\">1</span>", page)
    assert f'value="{new}"' in page and 'type="checkbox"' in page
    assert "Second" in c.get("/?status=rejected").text
    assert "Second" in c.get("/?status=all").text
    only = c.get("/?rule=pupil-images").text
    assert "First trip" in only and "Third trip" not in only
    assert "Second" in c.get("/?status=all&sender=other@").text and "Third" not in c.get("/?status=all&sender=other@").text
    assert "Third trip" in c.get("/?recipient=jane.parent").text
    assert "Third trip" in c.get("/?text=third").text and "First trip" not in c.get("/?text=third").text
    today = time.strftime("%Y-%m-%d")
    assert "Third trip" in c.get(f"/?since={today}&until={today}").text
    assert "No messages match." in c.get("/?since=2999-01-01").text
    assert "No messages match." in c.get("/?until=2000-01-01").text
    assert "Dates look like" in c.get("/?since=yesterday").text
    monkeypatch.setattr(web, "PAGE_SIZE", 1)
    first = c.get("/").text
    assert "Third trip" in first and "First trip" not in first and "page=2" in first
    second = c.get("/?status=held&page=2").text
    assert "First trip" in second and "Third trip" not in second and "Newer" in second
    assert old != new


# ---------------------------------------------------------------- the audit log


def test_every_action_is_audited_and_exported_as_csv(env: Env) -> None:
    c = env.client()
    token = csrf_of(c.get("/login").text)
    c.post("/login", data={"csrf": token, "name": "it", "password": "nope"})
    token = login(c, "it")
    a, b, d = env.hold(hostile_message()), env.hold(), env.hold()
    c.get(f"/item/{a}?images=1")
    c.get(f"/item/{a}/body")
    c.get(f"/item/{a}/download/0")
    c.get(f"/item/{a}/thumbnail/1")
    c.post(f"/item/{a}/note", data={"csrf": token, "note": "=HYPERLINK(\"http://x\")"})
    c.post(f"/item/{a}/release", data={"csrf": token})
    c.post(f"/item/{b}/reject", data={"csrf": token})
    c.post(f"/item/{d}/delete", data={"csrf": token, "confirm": "yes"})
    expected = {"login-failed", "login", "view", "view-body", "download", "note", "release", "reject", "delete"}
    if web_render.thumbnails_available():
        expected.add("thumbnail")
    assert expected <= set(env.actions())
    assert all(e.client == "testclient" for e in env.store.audit_log())
    page = c.get("/audit?action=release").text
    assert a in page and '<span class="tag">view-body</span>' not in page and '<span class="tag">release</span>' in page
    assert f"/item/{a}" in c.get(f"/audit?item_id={a}").text
    r = c.get("/audit.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"].startswith("attachment; filename=\"mailguard-audit-")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0] == ["seq", "time", "user", "action", "item_id", "detail", "client"]
    assert expected <= {row[3] for row in rows[1:]}
    note = next(row for row in rows if row[3] == "note")
    assert note[5].startswith("'=HYPERLINK")  # no formula runs when the export is opened in a spreadsheet
    only = list(csv.reader(io.StringIO(c.get("/audit.csv?action=release").content.decode("utf-8-sig"))))
    assert {row[3] for row in only[1:]} == {"release"}
    c.post("/logout", data={"csrf": token})
    assert env.actions()[0] == "logout"
