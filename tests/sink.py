"""A real upstream SMTP server for tests, run as its own process so tests can kill it.

    python tests/sink.py --dir DIR [--mode accept|tempfail|reject|drop] [--refuse ADDR]...

Prints `PORT <n>` once listening. Every accepted message is written to DIR (fsynced) *before*
the 250 goes back, as `<n>.eml` with `<n>.json` beside it (envelope), so a test can compare what
the client was told with what really arrived.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import ssl
import sys
from pathlib import Path

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, directory: Path, mode: str, refuse: set[str], delay: float) -> None:
        self.dir = directory
        self.mode = mode
        self.refuse = refuse
        self.delay = delay
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address.lower() in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.mode == "tempfail":
            return "451 4.3.0 Upstream is having a bad day"
        if self.mode == "reject":
            return "554 5.7.1 Upstream refuses this content"
        if self.mode == "drop":
            server.transport.abort()
            return None
        n = next(self.counter)
        raw = envelope.original_content
        for name, data in ((f"{n}.eml", raw),
                           (f"{n}.json", json.dumps({"mail_from": envelope.mail_from,
                                                     "rcpt_tos": envelope.rcpt_tos,
                                                     "mail_options": envelope.mail_options,
                                                     "peer_port": session.peer[1],
                                                     "tls": server.transport.get_extra_info("ssl_object") is not None}).encode())):
            tmp = self.dir / f".{name}"
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.rename(tmp, self.dir / name)
        return f"250 2.0.0 Ok: queued as SINK{n}"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--mode", default="accept", choices=["accept", "tempfail", "reject", "drop"])
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="offer STARTTLS with this certificate")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (smtps)")
    args = parser.parse_args()
    directory = Path(args.dir)
    directory.mkdir(parents=True, exist_ok=True)
    handler = Sink(directory, args.mode, {r.lower() for r in args.refuse}, args.delay)
    loop = asyncio.get_running_loop()
    ctx = None
    if args.tls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(*args.tls)

    def protocol() -> SMTP:
        return SMTP(handler, enable_SMTPUTF8=True, hostname="sink", tls_context=None if args.implicit_tls else ctx)

    server = await loop.create_server(protocol, "127.0.0.1", args.port, reuse_address=True,
                                      ssl=ctx if args.implicit_tls else None)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    server.close()


if __name__ == "__main__":
    import logging

    logging.getLogger("mail.log").setLevel(logging.ERROR)
    asyncio.run(main())
    sys.exit(0)
