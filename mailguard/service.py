"""`mailguard serve`: start the proxy and its parts, reload on SIGHUP, stop cleanly.

Start-up refuses a broken config or rule set (the errors are printed as `path:line: message`).
A reload that finds broken rules keeps the last good rule set serving and says so.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import ssl
from pathlib import Path

from mailguard import config as config_mod
from mailguard import metrics, pipeline, yamlfile
from mailguard.decisionlog import DecisionLog
from mailguard.quarantine.store import QuarantineStore
from mailguard.smtp.auth import UsersFile
from mailguard.smtp.relay import make_relay
from mailguard.smtp.server import Handler, MailGuardSMTP
from mailguard.workers import JudgePool

log = logging.getLogger("mailguard")


class Service:
    def __init__(self, config_path: Path, config: config_mod.Config, engine: pipeline.Engine) -> None:
        self.config_path = config_path
        self.config = config
        self.store = QuarantineStore(config.resolve(config.quarantine.path))
        self.decisions = DecisionLog(config.decision_log if config.decision_log == "-"
                                     else config.resolve(config.decision_log))
        self.relay = make_relay(config.upstream_target, config.limits.upstream_timeout, config.hostname)
        self.pool = JudgePool(engine, config.worker_count)
        self.handler = Handler(config, self.relay, self.pool, self.store, self.decisions)
        self.server: asyncio.base_events.Server | None = None
        self.stopping = asyncio.Event()
        self._tls_context: ssl.SSLContext | None = None
        self.users = UsersFile(config.resolve(config.auth.users_file)) if config.auth else None
        metrics.RULES_ACTIVE.set(len(engine.rules))
        metrics.RULESET_SECONDS.set(engine.rules.load_seconds)
        metrics.RULESET_LOADS.labels("ok").inc()

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
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stopping.set)
        loop.add_signal_handler(signal.SIGHUP, self.reload)
        log.info("mailguard listening on %s:%d, delivering to %s, %d rules, %d worker processes",
                 host, port, self.config.upstream_target.describe(), len(self.pool.engine.rules),
                 self.pool.workers)

    def reload(self) -> None:
        """Re-read the rules (and the parents list); keep the last good rules if they are broken."""
        try:
            config = config_mod.load(self.config_path)
            engine = pipeline.build(config)
        except yamlfile.SourceErrors as exc:
            metrics.RULESET_LOADS.labels("error").inc()
            log.error("reload failed; still serving the last good rule set:\n%s", exc)
            return
        self.pool.reload(engine)
        metrics.RULESET_LOADS.labels("ok").inc()
        metrics.RULES_ACTIVE.set(len(engine.rules))
        metrics.RULESET_SECONDS.set(engine.rules.load_seconds)
        log.info("reloaded: %d rules", len(engine.rules))

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
        await self.relay.aclose()
        self.pool.close()
        self.decisions.close()


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
