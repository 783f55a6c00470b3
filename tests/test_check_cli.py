"""`mailguard check --json` (DESIGN.md §4) for every action, through the same code as serve."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import COLLEAGUE, MAILGUARD, PARENT, PUPIL, STAFF, message, write_config

from mailguard import modules
from mailguard.decision import evaluate
from mailguard.message import Envelope, Recipient, parse
from mailguard.ruleset import load


def check(cfg: Path, raw: bytes, *args: str) -> tuple[int, Any]:
    result = subprocess.run([*MAILGUARD, "check", "--config", str(cfg), "--json", *args, "-"], input=raw,
                            capture_output=True, timeout=60)
    return result.returncode, json.loads(result.stdout) if result.returncode == 0 else result.stderr.decode()


@pytest.mark.parametrize(("body", "action", "rule"), [
    ("nothing to see", "pass", None),
    ("please tagme", "tag", "tag-word"),
    ("holdme", "quarantine", "hold-word"),
    ("bounceme", "bounce", "bounce-word"),
])
def test_check_json_for_each_action(tmp_path: Path, body: str, action: str, rule: str | None) -> None:
    cfg = write_config(tmp_path, "maildir:maildir")
    code, out = check(cfg, message(body=body), "--sender", STAFF, "--recipient", PARENT)
    assert code == 0
    assert set(out) == {"action", "recipients", "hits"}
    assert out["action"] == action
    assert out["recipients"] == {PARENT: action}
    if rule is None:
        assert out["hits"] == []
    else:
        [hit] = out["hits"]
        assert set(hit) == {"rule", "module", "action", "reason", "evidence"}
        assert hit["rule"] == rule and hit["module"] == "text-match" and hit["action"] == action
        assert hit["evidence"][0]["where"] == "body" and hit["evidence"][0]["match"] in body


def test_check_per_recipient_and_header_defaults(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:maildir")
    code, out = check(cfg, message(body="holdme", to=f"{COLLEAGUE}, {PARENT}", extra=f"Cc: {PUPIL}\r\n"))
    assert code == 0
    assert out["recipients"] == {COLLEAGUE: "pass", PARENT: "quarantine", PUPIL: "quarantine"}
    assert out["action"] == "quarantine"


def test_check_reports_unreadable_file(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:maildir")
    result = subprocess.run([*MAILGUARD, "check", "--config", str(cfg), str(tmp_path / "missing.eml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "missing.eml" in result.stderr and "Traceback" not in result.stderr


def test_a_crashing_rule_uses_its_on_error_action(tmp_path: Path) -> None:
    """A module that raises: tempfail by default (the client retries), or the rule's on_error."""
    spec = modules.available()["text-match"]

    def boom(message: object, settings: object) -> list[Any]:
        raise RuntimeError("module bug")

    modules.available()["test-crash"] = modules.ModuleSpec("test-crash", "raises", spec.settings, boom, {"match": ""})
    try:
        (tmp_path / "a.yaml").write_text("rule: crashy\nmodule: test-crash\naction: tag\nsettings: {words: [x]}\n")
        env = Envelope(STAFF, (Recipient(PARENT, frozenset({"parent", "external"})),))
        decision = evaluate(load(tmp_path), parse(message(), env))
        assert decision.tempfail is not None and "module bug" in decision.tempfail
        (tmp_path / "a.yaml").write_text("rule: crashy\nmodule: test-crash\naction: tag\non_error: quarantine\n"
                                         "settings: {words: [x]}\n")
        decision = evaluate(load(tmp_path), parse(message(), env))
        assert decision.tempfail is None and decision.recipients == {PARENT: "quarantine"}
        assert "could not check" in decision.hits[0].reason
    finally:
        del modules.available()["test-crash"]


def test_sender_scope(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("rule: s\nmodule: text-match\naction: tag\nwhen: {senders: [pupil, '*@office.example-school.org.uk']}\n"
                                     "settings: {words: [x]}\n")
    rules = load(tmp_path)

    def judge(sender: str, groups: set[str]) -> str:
        env = Envelope(sender, (Recipient(PARENT, frozenset({"parent"})),), sender_groups=frozenset(groups))
        return evaluate(rules, parse(message(body="x"), env)).action

    assert judge(PUPIL, {"pupil"}) == "tag"
    assert judge("clerk@office.example-school.org.uk", {"staff"}) == "tag"
    assert judge(STAFF, {"staff"}) == "pass"
