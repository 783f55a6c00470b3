"""Findings → one action per recipient → the Decision for a message.

The chain: every enabled rule whose sender scope matches runs its module once; each finding gets
the rule's action (or its per-kind action) for the recipients in the rule's recipient scope; each
recipient takes the strongest action that reached it (bounce > quarantine > tag > pass).
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from typing import Any

from mailguard import modules
from mailguard.findings import Evidence
from mailguard.message import ParsedMessage
from mailguard.ruleset import Rule, RuleSet

log = logging.getLogger(__name__)

RANK = {"pass": 0, "tag": 1, "quarantine": 2, "bounce": 3}


@dataclass(frozen=True)
class Hit:
    rule: str
    module: str
    action: str
    reason: str
    evidence: tuple[Evidence, ...]
    kind: str
    recipients: tuple[str, ...]  # who this hit's action applies to
    subject_prefix: str = ""
    notify_sender: bool = False

    def as_dict(self, *, masked: bool) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "module": self.module,
            "action": self.action,
            "reason": self.reason,
            "evidence": [e.as_dict(masked=masked) for e in self.evidence],
        }


@dataclass(frozen=True)
class Decision:
    action: str  # the strongest recipient action: what happened to the message as a whole
    recipients: dict[str, str]
    hits: tuple[Hit, ...] = ()
    tempfail: str | None = None  # set when the message cannot be judged now: answer 4xx
    defects: tuple[str, ...] = ()
    errors: tuple[str, ...] = field(default=())  # rule failures handled by their on_error action

    def hits_for(self, recipient: str) -> list[Hit]:
        return [h for h in self.hits if recipient in h.recipients and h.action != "pass"]

    def recipients_with(self, action: str) -> list[str]:
        return [r for r, a in self.recipients.items() if a == action]

    def bounce_reason(self) -> str:
        reasons = [h for h in self.hits if h.action == "bounce"]
        return "; ".join(dict.fromkeys(f"{h.reason} (rule {h.rule})" for h in reasons))

    def log_hits(self) -> list[dict[str, Any]]:
        """Hits for the decision log: every masked match is masked in every snippet, not just its own."""
        pairs = sorted({(e.match, e.masked) for h in self.hits for e in h.evidence if e.masked and e.match},
                       key=lambda p: -len(p[0]))
        out = [h.as_dict(masked=True) for h in self.hits]
        for hit in out:
            for ev in hit["evidence"]:
                for match, masked in pairs:
                    ev["snippet"] = ev["snippet"].replace(match, masked)
        return out

    def as_check_json(self) -> dict[str, Any]:
        """The `mailguard check --json` object (DESIGN.md §4)."""
        return {
            "action": self.action if self.tempfail is None else "tempfail",
            "recipients": dict(self.recipients),
            "hits": [h.as_dict(masked=False) for h in self.hits],
        }


def _run(rule: Rule, message: ParsedMessage) -> tuple[list[Any], str | None]:
    spec = modules.available()[rule.module]
    try:
        return spec.check(message, rule.settings), None
    except Exception as exc:
        log.error("rule %s (%s) failed: %s\n%s", rule.id, rule.source, exc, traceback.format_exc())
        return [], f"{type(exc).__name__}: {exc}"


def evaluate(ruleset: RuleSet, message: ParsedMessage) -> Decision:
    env = message.envelope
    recipients = {r.address: "pass" for r in env.recipients}
    hits: list[Hit] = []
    errors: list[str] = []
    for rule in ruleset.rules:
        if not rule.senders.matches(env.sender, env.sender_groups):
            continue
        in_scope = tuple(r.address for r in env.recipients if rule.recipients.matches(r.address, r.groups))
        if not in_scope:
            continue
        findings, error = _run(rule, message)
        if error is not None:
            errors.append(f"rule {rule.id}: {error}")
            if rule.on_error == "tempfail":
                return Decision("pass", recipients, tuple(hits), tempfail=f"rule {rule.id} failed: {error}",
                                defects=tuple(message.defects), errors=tuple(errors))
            hits.append(Hit(rule.id, rule.module, rule.on_error,
                            f"The rule could not check this message ({error}).", (), "error", in_scope))
            continue
        for finding in findings:
            action = rule.action_for(finding.kind)
            reason = rule.reason or finding.reason
            hits.append(Hit(rule.id, rule.module, action, reason, finding.evidence, finding.kind, in_scope,
                            rule.subject_prefix, rule.notify_sender))
    for hit in hits:
        for addr in hit.recipients:
            if RANK[hit.action] > RANK[recipients[addr]]:
                recipients[addr] = hit.action
    overall = max(recipients.values(), key=RANK.__getitem__, default="pass")
    return Decision(overall, recipients, tuple(hits), defects=tuple(message.defects), errors=tuple(errors))
