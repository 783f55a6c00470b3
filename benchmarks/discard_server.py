"""A plain aiosmtpd server that accepts every message and throws it away: the benchmark's baseline.

    python benchmarks/discard_server.py [--port N]

Listens on 127.0.0.1 (port 0: any free port), prints `PORT <n>` once listening, and stops on
SIGTERM or SIGINT. It does nothing per message but what aiosmtpd itself does (parse the commands,
read DATA, answer 250), so it is as fast as an asyncio SMTP server in Python gets on one core.
The load script uses it twice: as the baseline target, and as mailguard's upstream.
"""

from __future__ import annotations

import argparse
import asyncio
import signal

from aiosmtpd.smtp import SMTP, Envelope, Session


class Discard:
    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return "250 2.0.0 OK: discarded"


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    handler = Discard()
    server = await loop.create_server(
        # An explicit hostname: aiosmtpd would otherwise ask the resolver for this machine's name.
        lambda: SMTP(handler, hostname="discard.localhost", ident="discard", enable_SMTPUTF8=True),
        host="127.0.0.1", port=port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    await stop.wait()
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    asyncio.run(serve(parser.parse_args().port))


if __name__ == "__main__":
    main()
