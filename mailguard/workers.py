"""Judging off the event loop, on every core.

Parsing MIME and running rules is CPU work; done on the event loop it would stall every other
SMTP session. The server therefore judges in a pool of worker processes (one per core by default)
that each hold a copy of the engine, and waits for the answer with a time budget. A message whose
judging overruns the budget gets a 4xx (the client retries later); the stuck worker pool is
replaced so that one pathological message cannot wedge the server.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mailguard.decision import Decision
from mailguard.pipeline import Engine

log = logging.getLogger(__name__)

_engine: Engine | None = None


def _init(engine: Engine) -> None:
    global _engine
    _engine = engine
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s worker: %(message)s")
    from mailguard import modules

    used = {rule.module for rule in engine.rules.rules}
    for name in sorted(used):
        prepare = modules.available()[name].prepare
        if prepare is not None:
            try:
                prepare()  # e.g. load an ONNX model now, not on the first message's time budget
            except Exception:
                logging.getLogger(__name__).exception("preparing module %s failed", name)


def _engine_loaded() -> bool:
    return _engine is not None


def _judge(raw: bytes, sender: str, recipients: list[str], client: str) -> Decision:
    assert _engine is not None, "worker started without an engine"
    return _engine.judge(raw, sender, recipients, client)


class JudgeTimeout(Exception):
    pass


class JudgePool:
    def __init__(self, engine: Engine, workers: int) -> None:
        self.engine = engine
        self.workers = max(1, workers)
        self._warming: dict[int, asyncio.Future[list[bool]]] = {}
        self._pool = self._start(engine)

    def _start(self, engine: Engine) -> ProcessPoolExecutor:
        # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init, initargs=(engine,))

    async def warm_up(self) -> None:
        """Start every worker now, so the first messages do not wait for processes to spawn."""
        await self._ready(self._pool)

    async def _ready(self, pool: ProcessPoolExecutor) -> None:
        """Wait until the pool's processes run and hold the engine. A new pool (after a reload or a
        replacement) spawns processes that import every module; that start-up is not the message's
        fault, so it is waited for before the message's time budget starts."""
        if id(pool) not in self._warming:
            loop = asyncio.get_running_loop()
            started = asyncio.gather(*(loop.run_in_executor(pool, _engine_loaded) for _ in range(self.workers * 2)))
            self._warming = {id(pool): started}  # only the current pool matters
        await asyncio.shield(self._warming[id(pool)])

    async def judge(self, raw: bytes, sender: str, recipients: list[str], client: str, timeout: float) -> Decision:
        pool = self._pool
        try:
            await asyncio.wait_for(self._ready(pool), 120)
        except (BrokenProcessPool, TimeoutError):
            self._replace(pool)
            raise JudgeTimeout("the checks could not start") from None
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(pool, _judge, raw, sender, recipients, client)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            log.error("judging took longer than %.0f s; restarting the worker pool", timeout)
            self._replace(pool)
            raise JudgeTimeout(f"the checks took longer than {timeout:g} s") from None
        except BrokenProcessPool:
            log.error("a worker process died; restarting the worker pool")
            self._replace(pool)
            raise

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        if self._pool is not broken:
            return  # another session already replaced it
        self._pool = self._start(self.engine)
        _kill(broken)

    def reload(self, engine: Engine) -> None:
        """Judge new messages with a new engine; messages in flight finish on the old one."""
        old = self._pool
        self.engine = engine
        self._pool = self._start(engine)
        old.shutdown(wait=False)

    def close(self) -> None:
        _kill(self._pool)


def _kill(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor cannot cancel a running call; terminating its processes is the only way
    # to stop a check that never ends. Their futures fail with BrokenProcessPool.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
