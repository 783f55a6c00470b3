"""The `mailguard` command (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mailguard import __version__, pipeline, yamlfile
from mailguard import config as config_mod

if TYPE_CHECKING:
    from mailguard.quarantine.store import QuarantineStore

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


def cmd_health(args: argparse.Namespace) -> int:
    """For container health checks: the SMTP listener answers its greeting and NOOP."""
    import smtplib

    config = config_mod.load(_config_path(args))
    host, port = config.listen_address
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    try:
        with smtplib.SMTP(host, port, timeout=args.timeout) as client:
            code, _ = client.noop()
    except (OSError, smtplib.SMTPException) as exc:
        print(f"unhealthy: {host}:{port}: {exc}", file=sys.stderr)
        return 1
    if code != 250:
        print(f"unhealthy: {host}:{port} answered NOOP with {code}", file=sys.stderr)
        return 1
    print(f"healthy: {host}:{port}")
    return 0


def cmd_config_show(args: argparse.Namespace) -> int:
    """The effective configuration: the file plus every default, secrets hidden."""
    import yaml

    config = config_mod.load(_config_path(args))
    data = config.model_dump(mode="json", exclude={"base_dir"})

    def hide(value: object, key: str = "") -> object:
        if isinstance(value, dict):
            return {k: hide(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [hide(v, key) for v in value]
        if any(word in key.lower() for word in ("password", "secret", "token")) and value:
            return "(hidden)"
        return value

    print(f"# effective configuration of {_config_path(args)} (relative paths are relative to {config.base_dir})")
    print(yaml.safe_dump(hide(data), sort_keys=False, allow_unicode=True), end="")
    return 0


def cmd_rules_check(args: argparse.Namespace) -> int:
    config, engine = _load(args)
    print(f"{_config_path(args)}: OK")
    for rule in engine.rules.rules:
        scope = ", ".join(sorted(rule.recipients.groups) + list(rule.recipients.patterns)) or "everyone"
        print(f"  {rule.source}: {rule.id} ({rule.module}) -> {rule.action} for {scope}")
    print(f"{len(engine.rules)} rules OK in {config.resolve(config.rules_dir)}")
    return 0


def _store(args: argparse.Namespace) -> QuarantineStore:
    from mailguard.quarantine.store import QuarantineStore

    config = config_mod.load(_config_path(args))
    return QuarantineStore(config.resolve(config.quarantine.path))


def _cli_user() -> str:
    """Who did it, for the audit log: the Unix user running the command."""
    import getpass

    return f"cli:{getpass.getuser()}"


def cmd_quarantine_list(args: argparse.Namespace) -> int:
    store = _store(args)
    items = store.search(status=None if args.status == "all" else args.status, rule=args.rule,
                         sender=args.sender, recipient=args.recipient, text=args.search, limit=args.limit)
    for item in items:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.created))
        print(f"{item.id}  {when}  {item.status:8}  {','.join(item.rules):30}  {item.sender} -> "
              f"{', '.join(item.recipients)}  {item.subject[:60]!r}")
    counts = ", ".join(f"{n} {s}" for s, n in store.counts().items() if n)
    print(f"{len(items)} shown; in the quarantine: {counts or 'nothing'}", file=sys.stderr)
    return 0


def cmd_quarantine_show(args: argparse.Namespace) -> int:
    store = _store(args)
    item = store.get(args.id)
    if item is None:
        print(f"mailguard: no quarantine item {args.id!r}", file=sys.stderr)
        return 1
    store.audit(_cli_user(), "view", item.id, "mailguard quarantine show")
    print(json.dumps({**item.__dict__}, ensure_ascii=False, indent=2))
    if args.raw:
        sys.stdout.flush()
        sys.stdout.buffer.write(store.raw(item.id))
    return 0


def _review(args: argparse.Namespace, action: str) -> int:
    import asyncio

    from mailguard.quarantine import review
    from mailguard.quarantine.context import review_context

    config = config_mod.load(_config_path(args))
    ctx = review_context(config)
    user = _cli_user()

    async def run() -> int:
        failed = 0
        for item_id in args.ids:
            if action == "release":
                outcome = await review.release(ctx.store, ctx.relay, item_id, user)
            elif action == "reject":
                outcome = await review.reject(ctx.store, ctx.relay, item_id, user, notify_sender=args.notify,
                                              notice_from=ctx.notice_from, school_name=ctx.school_name)
            else:
                outcome = await review.delete(ctx.store, item_id, user)
            print(f"{item_id}: {outcome.message}")
            failed += not outcome.ok
        await ctx.relay.aclose()
        return 1 if failed else 0

    return asyncio.run(run())


def cmd_quarantine_purge(args: argparse.Namespace) -> int:
    config = config_mod.load(_config_path(args))
    store = _store(args)
    days = args.days if args.days is not None else config.quarantine.retention_days
    purged = store.purge(days)
    if purged:
        store.audit(_cli_user(), "purge", None, f"retention {days} days: {len(purged)} items: {', '.join(purged)}")
    print(f"purged {len(purged)} item(s) older than {days} days")
    return 0


def _read_password() -> str | None:
    import getpass

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("mailguard: the passwords differ", file=sys.stderr)
            return None
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 10:
        print("mailguard: use at least 10 characters", file=sys.stderr)
        return None
    return password


def cmd_users(args: argparse.Namespace) -> int:
    from mailguard.quarantine.store import StoreError

    store = _store(args)
    try:
        if args.users_command == "list":
            for user in store.users():
                print(f"{user.name}  {user.role}  since {time.strftime('%Y-%m-%d', time.localtime(user.created))}")
            return 0
        if args.users_command == "remove":
            store.remove_user(args.name)
            store.audit(_cli_user(), "user-remove", None, args.name)
            print(f"removed {args.name}")
            return 0
        password = _read_password()
        if password is None:
            return 1
        if args.users_command == "add":
            store.add_user(args.name, password, args.role)
            store.audit(_cli_user(), "user-add", None, f"{args.name} ({args.role})")
            print(f"added {args.name} ({args.role})")
        else:
            store.set_password(args.name, password)
            store.audit(_cli_user(), "user-passwd", None, args.name)
            print(f"password changed for {args.name}")
    except StoreError as exc:
        print(f"mailguard: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_auth_hash(args: argparse.Namespace) -> int:
    from mailguard.smtp.auth import hash_password

    password = _read_password()
    if password is None:
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

    p = with_config(sub.add_parser("health", help="exit 0 if the SMTP listener answers (for health checks)"))
    p.add_argument("--timeout", type=float, default=5.0)
    p.set_defaults(func=cmd_health)

    c = sub.add_parser("config", help="the configuration").add_subparsers(dest="config_command", required=True)
    p = with_config(c.add_parser("show", help="print the effective configuration, defaults included"))
    p.set_defaults(func=cmd_config_show)

    rules = sub.add_parser("rules", help="the rule files").add_subparsers(dest="rules_command", required=True)
    p = with_config(rules.add_parser("check", help="validate the config and every rule file"))
    p.set_defaults(func=cmd_rules_check)

    q = sub.add_parser("quarantine", help="the review queue").add_subparsers(dest="q_command", required=True)
    p = with_config(q.add_parser("list", help="list quarantined messages (newest first)"))
    p.add_argument("--status", default="held", choices=["held", "released", "rejected", "deleted", "all"])
    p.add_argument("--rule")
    p.add_argument("--sender")
    p.add_argument("--recipient")
    p.add_argument("--search", help="text in subject, sender or recipients")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(func=cmd_quarantine_list)
    p = with_config(q.add_parser("show", help="show one quarantined message's record (audited)"))
    p.add_argument("id")
    p.add_argument("--raw", action="store_true", help="also print the message itself")
    p.set_defaults(func=cmd_quarantine_show)
    for name, text in (("release", "deliver held messages to their held recipients"),
                       ("reject", "reject held messages"), ("delete", "delete messages (the record stays)")):
        p = with_config(q.add_parser(name, help=text))
        p.add_argument("ids", nargs="+", metavar="ID")
        if name == "reject":
            p.add_argument("--notify", action="store_true", help="tell the sender why (the rule's reason)")
        p.set_defaults(func=lambda args, action=name: _review(args, action))
    p = with_config(q.add_parser("purge", help="remove items older than the retention period"))
    p.add_argument("--days", type=float, help="default: quarantine.retention_days")
    p.set_defaults(func=cmd_quarantine_purge)

    u = sub.add_parser("users", help="review web UI users").add_subparsers(dest="users_command", required=True)
    p = with_config(u.add_parser("add", help="add a user (password from the terminal or stdin)"))
    p.add_argument("name")
    p.add_argument("--role", choices=["reviewer", "admin"], default="reviewer")
    p.set_defaults(func=cmd_users)
    for name in ("passwd", "remove"):
        p = with_config(u.add_parser(name, help=f"{name} a user"))
        p.add_argument("name")
        p.set_defaults(func=cmd_users)
    p = with_config(u.add_parser("list", help="list users"))
    p.set_defaults(func=cmd_users)

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
