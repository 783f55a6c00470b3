"""Prometheus metrics: what IT staff put on a dashboard to know mailguard is healthy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prometheus_client import Counter, Gauge, Histogram

if TYPE_CHECKING:
    from mailguard.decisionlog import Entry
    from mailguard.smtp.relay import Reply

MESSAGES = Counter("mailguard_messages_total", "Messages by outcome", ["action"])
RULE_HITS = Counter("mailguard_rule_hits_total", "Rule hits by rule and action", ["rule", "action"])
PROCESSING = Histogram(
    "mailguard_processing_seconds", "Time from end of DATA to the reply",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
UPSTREAM_ERRORS = Counter("mailguard_upstream_errors_total", "Deliveries the upstream did not accept", ["kind"])
TEMPFAILS = Counter("mailguard_tempfails_total", "Messages answered with 4xx")
REFUSED_CLIENTS = Counter("mailguard_refused_relay_total", "RCPTs refused because the client may not relay")
QUARANTINE_HELD = Gauge("mailguard_quarantine_held", "Messages held in the quarantine")
RULESET_LOADS = Counter("mailguard_ruleset_loads_total", "Rule-set loads by result", ["result"])
RULESET_SECONDS = Gauge("mailguard_ruleset_load_seconds", "Time the last good rule-set load took")
RULESET_OK = Gauge("mailguard_ruleset_last_load_ok", "1 if the last rule-set load worked, 0 if it was refused")
RULES_ACTIVE = Gauge("mailguard_rules_active", "Rules in the rule set now serving")


def observe(entry: Entry, reply: Reply) -> None:
    import time

    MESSAGES.labels(entry.action).inc()
    PROCESSING.observe(time.monotonic() - entry.started)
    if reply.transient:
        TEMPFAILS.inc()
    if entry.decision is not None:
        for hit in entry.decision.hits:
            RULE_HITS.labels(hit.rule, hit.action).inc()
    if entry.upstream_reply and not entry.upstream_reply.startswith("2"):
        UPSTREAM_ERRORS.labels("temporary" if entry.upstream_reply.startswith("4") else "permanent").inc()
