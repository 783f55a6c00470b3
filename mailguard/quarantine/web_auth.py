"""Who is looking at the quarantine: sessions, log-in throttling, CSRF tokens.

The session lives in a signed cookie (Starlette's SessionMiddleware: itsdangerous, HttpOnly,
SameSite=Strict, Secure unless turned off), so reviewers stay logged in across a restart. On top
of that:

- a session is valid for `session_minutes` from the log-in, however busy it is;
- every request looks the user up in the store, so a removed user is out at once and a changed
  role counts at once (the role in the cookie is never trusted);
- a logged-out session id is refused until it would have expired anyway; the ids are taken from
  the audit log at start, so a copied cookie does not come back to life after a restart;
- each session has its own CSRF token, checked on every POST;
- log-in failures are counted per client address and per user name: after MAX_FAILURES within
  WINDOW seconds that address (or name) must wait until the oldest failure is WINDOW old.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import HTTPConnection, Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mailguard.quarantine.store import QuarantineStore, User

MAX_FAILURES = 5
WINDOW = 15 * 60.0
PUBLIC_PATHS = ("/login", "/static/")
SESSION_PREFIX = "session "


def session_ref(sid: str) -> str:
    """What the audit log keeps of a session id: enough to refuse it after logout, not the id itself."""
    return hashlib.sha256(sid.encode()).hexdigest()[:24]


def client_of(conn: HTTPConnection) -> str:
    return conn.client.host if conn.client else ""


# ---------------------------------------------------------------- headers

PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
BODY_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'; "
            "base-uri 'none'; form-action 'none'")


class SecurityHeaders:
    """Headers every response gets; a response that set its own CSP (the message body) keeps it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                names = {k.lower() for k, _ in headers}
                own_csp = b"content-security-policy" in names
                extra = {
                    b"content-security-policy": PAGE_CSP.encode(),
                    b"x-frame-options": b"SAMEORIGIN" if own_csp else b"DENY",
                    b"referrer-policy": b"no-referrer",
                    b"x-content-type-options": b"nosniff",
                    b"cache-control": b"no-store",
                    b"cross-origin-opener-policy": b"same-origin",
                    b"cross-origin-resource-policy": b"same-origin",
                    b"permissions-policy": b"camera=(), microphone=(), geolocation=(), interest-cohort=()",
                }
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# ---------------------------------------------------------------- throttling


class LoginThrottle:
    """Failed log-ins per key (``ip:…``, ``user:…``) in a sliding window, in memory."""

    MAX_KEYS = 10_000

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW) -> None:
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def wait_seconds(self, keys: list[str], now: float | None = None) -> float:
        """How long these keys must still wait (0: they may try)."""
        now = time.time() if now is None else now
        wait = 0.0
        for key in keys:
            times = self._recent(key, now)
            if len(times) >= self.max_failures:
                wait = max(wait, times[-self.max_failures] + self.window - now)
        return wait

    def fail(self, keys: list[str], now: float | None = None) -> None:
        now = time.time() if now is None else now
        if len(self._failures) > self.MAX_KEYS:  # forget the stale ones, then the oldest
            for key in list(self._failures):
                self._recent(key, now)
            while len(self._failures) > self.MAX_KEYS:
                del self._failures[next(iter(self._failures))]
        for key in keys:
            self._failures.setdefault(key, deque(maxlen=self.max_failures * 4)).append(now)

    def forget(self, key: str) -> None:
        self._failures.pop(key, None)


# ---------------------------------------------------------------- sessions


@dataclass
class Sessions:
    """What the server remembers about sessions: which were logged out, and who exists."""

    store: QuarantineStore
    minutes: int

    def __post_init__(self) -> None:
        self.revoked: dict[str, float] = {}  # session_ref -> when that session would have expired anyway
        self._loaded = False
        self._lock = asyncio.Lock()
        self.verifying = asyncio.Semaphore(2)  # argon2 is slow and memory-hungry on purpose

    @property
    def lifetime(self) -> float:
        return self.minutes * 60.0

    async def load(self) -> None:
        """Read the logouts still within a session's lifetime from the audit log (once)."""
        if self._loaded:
            return
        async with self._lock:
            if self._loaded:
                return
            cutoff = time.time() - self.lifetime
            offset = 0
            while True:
                entries = await run_in_threadpool(self.store.audit_log, limit=500, offset=offset, action="logout")
                for entry in entries:
                    if entry.ts >= cutoff and entry.detail.startswith(SESSION_PREFIX):
                        self.revoked[entry.detail[len(SESSION_PREFIX):]] = entry.ts + self.lifetime
                if len(entries) < 500 or entries[-1].ts < cutoff:
                    break
                offset += 500
            self._loaded = True

    def revoke(self, sid: str) -> str:
        """Refuse this session from now on; returns its reference for the audit log."""
        now = time.time()
        self.revoked = {s: t for s, t in self.revoked.items() if t > now}
        ref = session_ref(sid)
        self.revoked[ref] = now + self.lifetime
        return ref

    async def user(self, session: dict[str, Any]) -> User | None:
        """The logged-in user of this session, or None (clearing a stale session)."""
        name, sid, since = session.get("user"), session.get("sid"), session.get("since")
        if not (isinstance(name, str) and isinstance(sid, str) and isinstance(since, (int, float))):
            return None
        await self.load()
        now = time.time()
        if now - since > self.lifetime or since > now + 60 or self.revoked.get(session_ref(sid), 0) > now:
            session.clear()
            return None
        found = await run_in_threadpool(self.store.user, name)
        if found is None:
            session.clear()
        return found

    def start(self, session: dict[str, Any], user: User) -> None:
        """A fresh session (new id and CSRF token) for a user who just logged in."""
        session.clear()
        session.update(user=user.name, sid=secrets.token_urlsafe(18), since=time.time(),
                       csrf=secrets.token_urlsafe(32))


# ---------------------------------------------------------------- CSRF


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def checked_form(request: Request) -> FormData:
    """The POSTed form, if it carries this session's CSRF token; otherwise 403."""
    form = await request.form(max_files=0, max_fields=2000)
    sent = form.get("csrf")
    expected = request.session.get("csrf")
    if not (isinstance(sent, str) and isinstance(expected, str) and hmac.compare_digest(sent, expected)):
        raise HTTPException(403, "The form was out of date or did not come from this site. "
                                 "Go back, reload the page and try again.")
    return form


# ---------------------------------------------------------------- the gate


class RequireLogin:
    """ASGI middleware (inside the session middleware): nothing but /login and /static/ without a user.

    A GET without a session is sent to /login (and back afterwards); anything else gets 401.
    The user found is put in scope["user"] for the handlers.
    """

    def __init__(self, app: ASGIApp, sessions: Sessions) -> None:
        self.app = app
        self.sessions = sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        conn = HTTPConnection(scope)
        user = await self.sessions.user(conn.session)
        scope["user"] = user
        if user is None and not any(path == p or (p.endswith("/") and path.startswith(p)) for p in PUBLIC_PATHS):
            response: Response
            if scope["method"] in ("GET", "HEAD"):
                target = path + (f"?{conn.url.query}" if conn.url.query else "")
                response = RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
            else:
                response = PlainTextResponse("Log in first.", status_code=401)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def current_user(request: Request) -> User:
    user = request.scope.get("user")
    if not isinstance(user, User):  # RequireLogin lets no such request through
        raise HTTPException(401, "Log in first.")
    return user


def require_admin(request: Request) -> User:
    user = current_user(request)
    if not user.is_admin:
        raise HTTPException(403, "Only IT administrators can see this page.")
    return user


def safe_next(target: str | None) -> str:
    """Only a path on this site: never //elsewhere or a full URL (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    if any(ord(c) < 32 for c in target):
        return "/"
    return target
