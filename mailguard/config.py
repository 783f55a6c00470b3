"""The configuration file: its schema, defaults, and `path:line: message` errors.

Keys follow DESIGN.md §3, a contract with users. Relative paths resolve against the directory of
the config file, so a config works the same from whatever directory mailguard is started.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import parse_qs, urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from mailguard import yamlfile


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _hostport(value: str, default_port: int) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep:
        return value, default_port
    host = host.strip("[]")
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"{value!r} is not host:port")
    return host or "127.0.0.1", int(port)


class SchoolConfig(_Strict):
    name: str = "the school"
    domains: list[str] = []
    pupil_domains: list[str] = []
    parents_file: str | None = None
    phone_numbers: list[str] = []
    postcodes: list[str] = []

    @field_validator("domains", "pupil_domains")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [d.strip().lower().lstrip("@") for d in v]


class TLSConfig(_Strict):
    cert: str
    key: str
    required: bool = False  # refuse MAIL before STARTTLS


class AuthConfig(_Strict):
    users_file: str  # lines of name:scrypt$... made with `mailguard auth hash`


class QuarantineConfig(_Strict):
    path: str = "var/quarantine"
    retention_days: int = Field(30, ge=1)


class ListenConfig(_Strict):
    listen: str

    @field_validator("listen")
    @classmethod
    def _check(cls, v: str) -> str:
        _hostport(v, 0)
        return v


class WebConfig(ListenConfig):
    # The address reviewers type (behind a TLS reverse proxy in production); used in alert links.
    base_url: str = ""
    # Session cookies are marked Secure (sent over HTTPS only; browsers also accept them on
    # http://localhost). Turn off only for a test set-up on plain HTTP that is not localhost.
    secure_cookies: bool = True
    session_minutes: int = Field(480, ge=5, le=7 * 24 * 60)
    # Addresses of the HTTPS reverse proxy in front of the UI: their X-Forwarded-For is believed,
    # so the login rate limit and the audit log see each reviewer's own address.
    trusted_proxies: list[str] = []


class AlertsConfig(_Strict):
    to: list[str]  # the designated safeguarding lead and deputies
    sender: str = ""  # From: of alerts and notices; default postmaster@<first school domain>
    min_interval_minutes: float = Field(15, ge=0)  # at most one alert mail per interval; the rest in a digest
    daily_digest: str | None = None  # "08:00": a summary of what is waiting, every morning

    @field_validator("daily_digest")
    @classmethod
    def _hhmm(cls, v: str | None) -> str | None:
        if v is not None:
            hh, sep, mm = v.partition(":")
            if not (sep and hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
                raise ValueError(f"{v!r} is not a time of day like 08:00")
        return v


class LimitsConfig(_Strict):
    max_message_size: int = Field(50 * 1024 * 1024, ge=1024)  # advertised in SIZE; bigger is refused
    max_recipients: int = Field(500, ge=1)
    # Together these stay under Postfix's smtpd_proxy_timeout (100 s) used in front of mailguard,
    # so a before-queue Postfix never gives up on a message mailguard then delivers (a duplicate).
    judge_timeout: float = Field(30.0, gt=0)  # seconds for all rules on one message, then 451
    upstream_timeout: float = Field(30.0, gt=0)  # seconds per upstream SMTP command
    client_timeout: float = Field(300.0, gt=0)  # idle client connections are closed after this


class Upstream(BaseModel):
    """Where accepted mail goes: an SMTP relay, or a maildir for a first run with nothing else."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["smtp", "smtps", "maildir"]
    host: str = ""
    port: int = 0
    starttls: Literal["no", "optional", "required"] = "no"
    verify_tls: bool = True
    path: str = ""

    def describe(self) -> str:
        if self.kind == "maildir":
            return f"maildir:{self.path}"
        return f"{self.kind}://{self.host}:{self.port}"


def parse_upstream(value: str) -> Upstream:
    if value.startswith("maildir:"):
        path = value[len("maildir:"):]
        if not path:
            raise ValueError("maildir: needs a directory, e.g. maildir:var/maildir")
        return Upstream(kind="maildir", path=path)
    parts = urlsplit(value)
    if parts.scheme not in ("smtp", "smtps"):
        raise ValueError(f"{value!r}: expected smtp://host:port, smtps://host:port or maildir:PATH")
    if not parts.hostname:
        raise ValueError(f"{value!r}: no host")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    unknown = set(query) - {"starttls", "verify"}
    if unknown:
        raise ValueError(f"{value!r}: unknown option {sorted(unknown)[0]!r} (expected starttls, verify)")
    starttls = query.get("starttls", "optional" if parts.scheme == "smtp" else "no")
    if starttls not in ("no", "optional", "required"):
        raise ValueError(f"{value!r}: starttls must be no, optional or required")
    if parts.scheme == "smtps":
        starttls = "no"
    return Upstream(
        kind=parts.scheme,
        host=parts.hostname,
        port=parts.port or (465 if parts.scheme == "smtps" else 25),
        starttls=starttls,
        verify_tls=query.get("verify", "yes") not in ("no", "false", "0"),
    )


class Config(_Strict):
    school: SchoolConfig = SchoolConfig()
    rules_dir: str = "rules/"
    listen: str = "127.0.0.1:10025"
    hostname: str | None = None  # the name in the greeting; the machine's name when unset
    clients: list[str] = ["127.0.0.0/8", "::1/128"]
    upstream: str = "maildir:var/maildir"
    quarantine: QuarantineConfig = QuarantineConfig()
    decision_log: str = "var/decisions.jsonl"
    web: WebConfig | None = None
    alerts: AlertsConfig | None = None
    metrics: ListenConfig | None = None
    tls: TLSConfig | None = None
    auth: AuthConfig | None = None  # SMTP AUTH (after STARTTLS) for clients outside `clients`
    limits: LimitsConfig = LimitsConfig()
    workers: Annotated[int, Field(ge=0, le=64)] = 0  # processes for rule checks; 0 = one per core
    on_error: Literal["tempfail", "pass", "tag", "quarantine", "bounce"] = "tempfail"

    # Set after loading: where the file was, so relative paths can be resolved.
    base_dir: str = Field(".", exclude=True)

    @field_validator("listen")
    @classmethod
    def _listen(cls, v: str) -> str:
        _hostport(v, 25)
        return v

    @field_validator("clients")
    @classmethod
    def _clients(cls, v: list[str]) -> list[str]:
        for net in v:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise ValueError(f"{net!r} is not a network (e.g. 192.0.2.0/24 or 127.0.0.1)") from None
        return v

    @field_validator("upstream")
    @classmethod
    def _upstream(cls, v: str) -> str:
        parse_upstream(v)
        return v

    @model_validator(mode="after")
    def _auth_needs_tls(self) -> Config:
        if self.auth is not None and self.tls is None:
            raise ValueError("auth needs tls: passwords are only accepted after STARTTLS")
        return self

    def resolve(self, path: str) -> Path:
        p = Path(os.path.expanduser(path))
        return p if p.is_absolute() else Path(self.base_dir) / p

    @property
    def listen_address(self) -> tuple[str, int]:
        return _hostport(self.listen, 25)

    @property
    def upstream_target(self) -> Upstream:
        up = parse_upstream(self.upstream)
        if up.kind == "maildir":
            return up.model_copy(update={"path": str(self.resolve(up.path))})
        return up

    @property
    def client_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(n, strict=False) for n in self.clients]

    @property
    def notice_sender(self) -> str:
        if self.alerts and self.alerts.sender:
            return self.alerts.sender
        return f"postmaster@{self.school.domains[0]}" if self.school.domains else "postmaster@localhost"

    @property
    def worker_count(self) -> int:
        return self.workers or (os.cpu_count() or 1)


def load(path: str | Path) -> Config:
    """Load and validate a config file; raise yamlfile.SourceErrors with `path:line:` messages."""
    path = Path(path)
    doc = yamlfile.load(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise yamlfile.SourceErrors([doc.error((), "the config must be a mapping of keys to values")])
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise yamlfile.SourceErrors(yamlfile.validation_errors(doc, exc, model=Config)) from None
    return config.model_copy(update={"base_dir": str(path.resolve().parent)})
