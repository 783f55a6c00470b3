"""`mailguard serve`: start the proxy and its parts, reload on SIGHUP, stop cleanly.

Start-up refuses a broken config or rule set (the errors are printed as `path:line: message`).
A reload that finds broken rules keeps the last good rule set serving and says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import uvicorn

from mailguard import config as config_mod
from mailguard import metrics, pipeline, yamlfile
from mailguard.decisionlog import DecisionLog, Entry
from mailguard.quarantine.alerts import Alerter, Held, held_notice
from mailguard.quarantine.context import ReviewContext, review_context
from mailguard.quarantine.store import QuarantineStore
from mailguard.smtp.auth import UsersFile
from mailguard.smtp.relay import deliver, make_relay
from mailguard.smtp.server import Handler, MailGuardSMTP
from mailguard.workers import JudgePool

log = logging.getLogger("mailguard")

RULES_POLL_SECONDS = 2.0


class Service:
    def __init__(self, config_path: Path, config: config_mod.Config, engine: pipeline.Engine) -> None:
        self.config_path = config_path
        self.config = config
        self.store = QuarantineStore(config.resolve(config.quarantine.path))
        self.decisions = DecisionLog(config.decision_log if config.decision_log == "-"
                                     else config.resolve(config.decision_log))
        self.relay = make_relay(config.upstream_target, config.limits.upstream_timeout, config.hostname)
        self.pool = JudgePool(engine, config.worker_count)
        self.handler = Handler(config, self.relay, self.pool, self.store, self.decisions, on_held=self._held)
        self.alerter: Alerter | None = None
        self.web: _QuietServer | None = None
        self._background: set[asyncio.Task[Any]] = set()
        self._reload_lock = asyncio.Lock()
        self.server: asyncio.base_events.Server | None = None
        self.stopping = asyncio.Event()
        self._tls_context: ssl.SSLContext | None = None
        self.users = UsersFile(config.resolve(config.auth.users_file)) if config.auth else None
        metrics.RULES_ACTIVE.set(len(engine.rules))
        metrics.RULESET_SECONDS.set(engine.rules.load_seconds)
        metrics.RULESET_LOADS.labels("ok").inc()
        metrics.RULESET_OK.set(1)

    def _tls(self) -> ssl.SSLContext | None:
        tls = self.config.tls
        if tls is None:
            return None
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.config.resolve(tls.cert), self.config.resolve(tls.key))
        return ctx

    def _protocol(self) -> MailGuardSMTP:
        limits = self.config.limits
        tls = self._tls_context
        return MailGuardSMTP(
            self.handler,
            data_size_limit=limits.max_message_size,
            enable_SMTPUTF8=True,
            hostname=self.config.hostname,
            ident="mailguard",
            tls_context=tls,
            require_starttls=bool(self.config.tls and self.config.tls.required),
            timeout=limits.client_timeout,
            auth_require_tls=True,
            authenticator=self.users,
        )

    async def start(self) -> None:
        self.store.remove_orphans()
        for item_id in self.store.recover_interrupted_releases():
            log.warning("quarantine item %s was being released when mailguard stopped; it is held again", item_id)
        self._tls_context = self._tls()
        await self.pool.warm_up()
        host, port = self.config.listen_address
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(self._protocol, host=host, port=port, reuse_address=True)
        if self.config.metrics is not None:
            from prometheus_client import start_http_server

            mhost, mport = config_mod._hostport(self.config.metrics.listen, 9425)
            start_http_server(mport, addr=mhost)
        metrics.QUARANTINE_HELD.set(self.store.count("held"))
        ctx = review_context(self.config, self.store, self.relay)
        if self.config.alerts is not None:
            self.alerter = Alerter(self.config.alerts, self.relay, self.store, ctx.notice_from, ctx.base_url,
                                   ctx.school_name)
            self.alerter.start()
        if self.config.web is not None:
            await self._start_web(ctx)
        self._spawn(self._retention())
        self._spawn(self._watch_rules())
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stopping.set)
        loop.add_signal_handler(signal.SIGHUP, self._on_sighup)
        log.info("mailguard listening on %s:%d, delivering to %s, %d rules, %d worker processes",
                 host, port, self.config.upstream_target.describe(), len(self.pool.engine.rules),
                 self.pool.workers)

    async def _start_web(self, ctx: ReviewContext) -> None:
        from mailguard.quarantine.web import create_app

        assert self.config.web is not None
        host, port = config_mod._hostport(self.config.web.listen, 8025)
        proxies = self.config.web.trusted_proxies
        server = _QuietServer(uvicorn.Config(create_app(ctx), host=host, port=port, log_level="warning",
                                             lifespan="off", server_header=False, proxy_headers=bool(proxies),
                                             forwarded_allow_ips=",".join(proxies) or None))
        self.web = server
        self._spawn(server.serve())
        while not server.started:
            if server.should_exit:
                raise OSError(f"the review web UI could not listen on {host}:{port}")
            await asyncio.sleep(0.05)
        log.info("review web UI on http://%s:%d", host, port)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _held(self, item_id: str, entry: Entry) -> None:
        """A message was held and its sender told 250: alert the DSL, and the sender if a rule says so."""
        metrics.QUARANTINE_HELD.inc()
        decision = entry.decision
        hits = [h for h in decision.hits if h.action == "quarantine"] if decision else []
        if self.alerter is not None:
            self.alerter.held(Held(item_id, tuple(dict.fromkeys(h.rule for h in hits)), entry.sender, time.time()))
        reasons = list(dict.fromkeys(h.reason for h in hits if h.notify_sender))
        if reasons and entry.sender and decision is not None:
            held_for = decision.recipients_with("quarantine")
            raw = held_notice(entry.sender, self.config.notice_sender, self.config.school.name, held_for, reasons)
            self._spawn(deliver(self.relay, "", [entry.sender], raw))

    async def _retention(self) -> None:
        """Purge what is older than the retention period: at start, then every hour."""
        days = self.config.quarantine.retention_days
        while True:
            try:
                purged = await asyncio.to_thread(self.store.purge, days)
                if purged:
                    await asyncio.to_thread(self.store.audit, "mailguard", "purge", None,
                                            f"retention {days} days: {len(purged)} items: {', '.join(purged)}")
                    log.info("retention: purged %d items older than %d days", len(purged), days)
                    metrics.QUARANTINE_HELD.set(await asyncio.to_thread(self.store.count, "held"))
            except Exception:
                log.exception("retention purge failed")
            await asyncio.sleep(3600)

    def _signature(self) -> tuple[tuple[str, int, int], ...]:
        """What the rule set is made of on disk: every file under rules_dir, and the config file."""
        files = [self.config_path, *sorted(p for p in self.config.resolve(self.config.rules_dir).rglob("*")
                                           if p.is_file())]
        sig = []
        for path in files:
            try:
                st = path.stat()
            except OSError:
                continue
            sig.append((str(path), st.st_mtime_ns, st.st_size))
        return tuple(sig)

    async def _watch_rules(self) -> None:
        """Reload when a rule file (or the config) changes, as if IT staff had sent SIGHUP."""
        last = await asyncio.to_thread(self._signature)
        while True:
            await asyncio.sleep(RULES_POLL_SECONDS)
            current = await asyncio.to_thread(self._signature)
            if current != last:
                last = current
                await self.reload("rule files changed")

    def _on_sighup(self) -> None:
        self.decisions.reopen()  # logrotate's postrotate sends SIGHUP too
        self._spawn(self.reload("SIGHUP"))

    async def reload(self, why: str) -> bool:
        """Re-read config and rules; keep the last good rule set serving if anything is broken."""
        async with self._reload_lock:
            def load() -> tuple[config_mod.Config, pipeline.Engine]:
                config = config_mod.load(self.config_path)
                return config, pipeline.build(config)

            try:
                config, engine = await asyncio.to_thread(load)
            except yamlfile.SourceErrors as exc:
                metrics.RULESET_LOADS.labels("error").inc()
                metrics.RULESET_OK.set(0)
                log.error("reload (%s) failed; still serving the last good rule set:\n%s", why, exc)
                return False
            for key in ("listen", "upstream", "clients", "tls", "auth", "quarantine", "web", "workers"):
                if getattr(config, key) != getattr(self.config, key):
                    log.warning("reload: %r changed; that takes effect after a restart", key)
            self.pool.reload(engine)
            await self.pool.warm_up()
            metrics.RULESET_LOADS.labels("ok").inc()
            metrics.RULESET_OK.set(1)
            metrics.RULES_ACTIVE.set(len(engine.rules))
            metrics.RULESET_SECONDS.set(engine.rules.load_seconds)
            log.info("reloaded (%s): %d rules", why, len(engine.rules))
            return True

    async def run(self) -> None:
        await self.start()
        await self.stopping.wait()
        log.info("stopping: no new connections; finishing messages in progress")
        assert self.server is not None
        self.server.close()
        try:
            await asyncio.wait_for(self.server.wait_closed(), 30)
        except TimeoutError:
            log.warning("some sessions did not finish within 30 s")
        if self.web is not None:
            self.web.should_exit = True
        if self.alerter is not None:
            await self.alerter.stop()
        for task in list(self._background):
            task.cancel()
        await self.relay.aclose()
        self.pool.close()
        self.decisions.close()


class _QuietServer(uvicorn.Server):
    """uvicorn's Server without its own signal handling: mailguard's service owns SIGTERM/SIGHUP."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def serve(config_path: Path) -> int:
    try:
        config = config_mod.load(config_path)
        engine = pipeline.build(config)
    except yamlfile.SourceErrors as exc:
        print(exc, flush=True)
        print("mailguard: not started: fix the errors above", flush=True)
        return 1
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's per-command chatter

    async def main() -> None:
        service = Service(config_path, config, engine)
        await service.run()

    try:
        asyncio.run(main())
    except OSError as exc:
        log.error("cannot start: %s", exc)
        return 1
    return 0
