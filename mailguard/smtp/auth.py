"""SMTP AUTH for clients outside the allowed networks (staff laptops, a remote site).

Users live in a file of `name:scrypt$...` lines (made with `mailguard auth hash`), re-read when it
changes. AUTH is offered only after STARTTLS, so passwords never cross the wire in clear.

scrypt is slow on purpose, and aiosmtpd calls the authenticator synchronously on the event loop;
a verified (user, password) pair is therefore remembered as a keyed digest for a few minutes, so
a client that logs in for every message costs one scrypt, not one per message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
import time
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import AuthResult, LoginPassword

log = logging.getLogger(__name__)

_N, _R, _P = 2**14, 8, 1
CACHE_SECONDS = 300


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(expected), maxmem=2**26)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


class UsersFile:
    """The SMTP users, re-read when the file changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._users: dict[str, str] = {}
        self._stamp: tuple[float, int] | None = None
        self._key = secrets.token_bytes(32)
        self._verified: dict[bytes, float] = {}
        self.users()  # fail early (at start-up) if the file is unreadable

    def users(self) -> dict[str, str]:
        st = os.stat(self.path)
        stamp = (st.st_mtime, st.st_size)
        if stamp != self._stamp:
            users = {}
            for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                name, sep, hashed = line.partition(":")
                if not sep or not hashed.startswith("scrypt$"):
                    log.error("%s:%d: expected name:scrypt$... (make one with `mailguard auth hash`)",
                              self.path, number)
                    continue
                users[name.strip().lower()] = hashed.strip()
            self._users, self._stamp = users, stamp
            self._verified.clear()
        return self._users

    def check(self, login: str, password: str) -> bool:
        try:
            stored = self.users().get(login.lower())
        except OSError as exc:
            log.error("%s: %s", self.path, exc.strerror)
            return False
        if stored is None:
            return False
        token = hmac.new(self._key, f"{login.lower()}\0{password}\0{stored}".encode(), "sha256").digest()
        now = time.monotonic()
        if self._verified.get(token, 0) > now:
            return True
        if verify_password(password, stored):
            self._verified[token] = now + CACHE_SECONDS
            return True
        return False

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        ok = self.check(login, auth_data.password.decode("utf-8", "replace"))
        if not ok:
            log.warning("failed SMTP login for %r from %s", login, session.peer)
        return AuthResult(success=ok, handled=False, auth_data=login if ok else None)
