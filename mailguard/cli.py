"""The `mailguard` command (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from mailguard import __version__, pipeline, yamlfile
from mailguard import config as config_mod

DEFAULT_CONFIG = "/etc/mailguard/config.yaml"


def _config_path(args: argparse.Namespace) -> Path:
    if args.config:
        return Path(args.config)
    local = Path("config.yaml")
    return local if local.exists() else Path(DEFAULT_CONFIG)


def _load(args: argparse.Namespace) -> tuple[config_mod.Config, pipeline.Engine]:
    config = config_mod.load(_config_path(args))
    return config, pipeline.build(config)


def cmd_serve(args: argparse.Namespace) -> int:
    from mailguard.service import serve

    return serve(_config_path(args))


def cmd_check(args: argparse.Namespace) -> int:
    _, engine = _load(args)
    if args.file == "-":
        raw = sys.stdin.buffer.read()
    else:
        try:
            raw = Path(args.file).read_bytes()
        except OSError as exc:
            print(f"mailguard: {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
    from mailguard import wire

    try:
        raw = wire.strip_forged(wire.canonical(raw))
    except wire.WireError as exc:
        print(f"mailguard: {args.file}: {exc}", file=sys.stderr)
        return 2
    recipients = args.recipient or _header_recipients(raw)
    sender = args.sender if args.sender is not None else _header_sender(raw)
    if not recipients:
        print("mailguard: no recipients: give --recipient ADDR (or a message with To/Cc headers)", file=sys.stderr)
        return 2
    decision = engine.judge(raw, sender, recipients)
    if args.json:
        print(json.dumps(decision.as_check_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"action: {decision.action if decision.tempfail is None else 'tempfail'}")
    if decision.tempfail:
        print(f"  {decision.tempfail}")
    for rcpt, action in decision.recipients.items():
        print(f"  {rcpt}: {action}")
    for hit in decision.hits:
        print(f"rule {hit.rule} ({hit.module}) -> {hit.action}: {hit.reason}")
        for ev in hit.evidence:
            print(f"    {ev.where}: {ev.match!r}" + (f"  in: {ev.snippet}" if ev.snippet else ""))
    for defect in decision.defects:
        print(f"defect: {defect}")
    return 0


def _header_recipients(raw: bytes) -> list[str]:
    from mailguard.message import parse

    msg = parse(raw)
    return [a for _, a in msg.addresses("To", "Cc", "Bcc")]


def _header_sender(raw: bytes) -> str:
    from mailguard.message import parse

    found = parse(raw).addresses("From")
    return found[0][1] if found else ""


def cmd_rules_check(args: argparse.Namespace) -> int:
    config, engine = _load(args)
    print(f"{_config_path(args)}: OK")
    for rule in engine.rules.rules:
        scope = ", ".join(sorted(rule.recipients.groups) + list(rule.recipients.patterns)) or "everyone"
        print(f"  {rule.source}: {rule.id} ({rule.module}) -> {rule.action} for {scope}")
    print(f"{len(engine.rules)} rules OK in {config.resolve(config.rules_dir)}")
    return 0


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from mailguard.quarantine.store import QuarantineStore

    config = config_mod.load(_config_path(args))
    return QuarantineStore(config.resolve(config.quarantine.path))


def cmd_quarantine_list(args: argparse.Namespace) -> int:
    store = _store(args)
    items = store.search(status=None if args.status == "all" else args.status)
    for item in items:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.created))
        print(f"{item.id}  {when}  {item.status:8}  {','.join(item.rules):30}  {item.sender} -> "
              f"{', '.join(item.recipients)}  {item.subject[:60]!r}")
    print(f"{len(items)} item(s)", file=sys.stderr)
    return 0


def cmd_quarantine_show(args: argparse.Namespace) -> int:
    store = _store(args)
    item = store.get(args.id)
    if item is None:
        print(f"mailguard: no quarantine item {args.id!r}", file=sys.stderr)
        return 1
    print(json.dumps({**item.__dict__}, ensure_ascii=False, indent=2))
    return 0


def cmd_auth_hash(args: argparse.Namespace) -> int:
    import getpass

    from mailguard.smtp.auth import hash_password

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("mailguard: the passwords differ", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 10:
        print("mailguard: use at least 10 characters", file=sys.stderr)
        return 1
    print(f"{args.user}:{hash_password(password)}" if args.user else hash_password(password))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailguard", description=__doc__)
    parser.add_argument("--version", action="version", version=f"mailguard {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", "-c", help=f"config file (default: ./config.yaml, else {DEFAULT_CONFIG})")
        return p

    p = with_config(sub.add_parser("serve", help="run the SMTP proxy"))
    p.set_defaults(func=cmd_serve)

    p = with_config(sub.add_parser("check", help="judge one message offline, exactly as serve would"))
    p.add_argument("--json", action="store_true", help="print the decision as one JSON object")
    p.add_argument("--sender", help="envelope sender (default: the From header)")
    p.add_argument("--recipient", action="append", help="envelope recipient (repeat; default: To/Cc)")
    p.add_argument("file", help="the message (.eml), or - for standard input")
    p.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="the rule files").add_subparsers(dest="rules_command", required=True)
    p = with_config(rules.add_parser("check", help="validate the config and every rule file"))
    p.set_defaults(func=cmd_rules_check)

    q = sub.add_parser("quarantine", help="the review queue").add_subparsers(dest="q_command", required=True)
    p = with_config(q.add_parser("list", help="list quarantined messages"))
    p.add_argument("--status", default="held", choices=["held", "released", "rejected", "expired", "all"])
    p.set_defaults(func=cmd_quarantine_list)
    p = with_config(q.add_parser("show", help="show one quarantined message's record"))
    p.add_argument("id")
    p.set_defaults(func=cmd_quarantine_show)
    a = sub.add_parser("auth", help="SMTP AUTH users").add_subparsers(dest="a_command", required=True)
    p = a.add_parser("hash", help="print a users_file line for a password read from the terminal or stdin")
    p.add_argument("user", nargs="?", help="the login name to put before the hash")
    p.set_defaults(func=cmd_auth_hash)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except yamlfile.SourceErrors as exc:
        print(exc)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
