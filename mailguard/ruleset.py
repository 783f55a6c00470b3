"""Rule files → a compiled, validated rule set.

Every `*.yaml` in the rules directory holds one rule, or a list of them under `rules:`. Each rule
is checked against the common rule schema and its module's own settings schema; *all* problems
in *all* files are reported together as `path:line: message`, and a rule set with any problem is
refused whole, so a typo never silently switches a rule off.
"""

from __future__ import annotations

import difflib
import fnmatch
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mailguard import modules, yamlfile
from mailguard.directory import GROUPS
from mailguard.yamlfile import Document, SourceError, SourceErrors

Action = Literal["pass", "tag", "quarantine", "bounce"]
ErrorAction = Literal["tempfail", "pass", "tag", "quarantine", "bounce"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WhenSchema(_Strict):
    recipients: list[str] = []  # groups (staff, pupil, parent, external) or address patterns
    senders: list[str] = []

    @field_validator("recipients", "senders")
    @classmethod
    def _scope(cls, value: list[str]) -> list[str]:
        for item in value:
            if "@" not in item and "*" not in item and item not in GROUPS:
                raise ValueError(
                    f"{item!r} is neither a group ({', '.join(GROUPS)}) nor an address pattern (*@example.org)"
                )
        return value


class TagSchema(_Strict):
    subject_prefix: str = ""


class RuleSchema(_Strict):
    rule: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    module: str
    description: str = ""
    enabled: bool = True
    when: WhenSchema = WhenSchema()
    action: Action
    actions: dict[str, Action] = {}  # a different action for some kinds of finding
    on_error: ErrorAction | None = None  # when the module fails on a message; default from config
    reason: str | None = None  # plain words for the sender / reviewer; default: the module's
    tag: TagSchema = TagSchema()
    notify_sender: bool = False  # quarantine: tell the sender their message is held, and why
    settings: dict[str, Any] = {}


@dataclass(frozen=True)
class Scope:
    """Who a rule applies to: any of these groups or address patterns; empty means everyone."""

    groups: frozenset[str] = frozenset()
    patterns: tuple[str, ...] = ()

    @classmethod
    def of(cls, items: Iterable[str]) -> Scope:
        items = list(items)
        return cls(frozenset(i for i in items if i in GROUPS), tuple(i.lower() for i in items if i not in GROUPS))

    @property
    def everyone(self) -> bool:
        return not self.groups and not self.patterns

    def matches(self, address: str, groups: frozenset[str]) -> bool:
        if self.everyone:
            return True
        if self.groups & groups:
            return True
        addr = address.lower()
        return any(fnmatch.fnmatchcase(addr, p) for p in self.patterns)


@dataclass(frozen=True)
class Rule:
    id: str
    module: str
    description: str
    recipients: Scope
    senders: Scope
    action: Action
    actions: dict[str, Action]
    on_error: ErrorAction
    reason: str | None
    subject_prefix: str
    settings: Any
    source: str  # path:line, for messages about the rule
    enabled: bool = True
    notify_sender: bool = False

    def action_for(self, kind: str) -> Action:
        return self.actions.get(kind, self.action)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    directory: str
    load_seconds: float

    def __len__(self) -> int:
        return len(self.rules)


def _rule_entries(doc: Document) -> list[tuple[yamlfile.Loc, Any]]:
    data = doc.data
    if data is None:
        return []
    if isinstance(data, dict) and set(data) == {"rules"}:
        if not isinstance(data["rules"], list):
            raise SourceErrors([doc.error(("rules",), "'rules' must be a list of rules")])
        return [(("rules", i), item) for i, item in enumerate(data["rules"])]
    return [((), data)]


def _compile(doc: Document, loc: yamlfile.Loc, entry: Any, rules_dir: Path, default_on_error: ErrorAction,
             errors: list[SourceError]) -> Rule | None:
    if not isinstance(entry, dict):
        errors.append(doc.error(loc, "a rule must be a mapping with rule, module, action and settings"))
        return None
    try:
        schema = RuleSchema.model_validate(entry)
    except ValidationError as exc:
        errors.extend(yamlfile.validation_errors(doc, exc, loc, model=RuleSchema))
        return None
    spec = modules.available().get(schema.module)
    if spec is None:
        known = sorted(modules.available())
        close = difflib.get_close_matches(schema.module, known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (available: {', '.join(known)})"
        errors.append(doc.error((*loc, "module"), f"unknown module {schema.module!r}{hint}"))
        return None
    for kind in schema.actions:
        if kind not in spec.kinds:
            errors.append(doc.error((*loc, "actions", kind),
                                    f"module {spec.name!r} reports no finding kind {kind!r} "
                                    f"(it reports: {', '.join(sorted(spec.kinds))})"))
    try:
        settings = spec.settings.model_validate(schema.settings, context={"base_dir": str(rules_dir)})
    except ValidationError as exc:
        errors.extend(yamlfile.validation_errors(doc, exc, (*loc, "settings"), model=spec.settings,
                                                 field_prefix=("settings",)))
        return None
    return Rule(
        id=schema.rule,
        module=spec.name,
        description=schema.description,
        recipients=Scope.of(schema.when.recipients),
        senders=Scope.of(schema.when.senders),
        action=schema.action,
        actions=dict(schema.actions),
        on_error=schema.on_error or default_on_error,
        reason=schema.reason,
        subject_prefix=schema.tag.subject_prefix,
        settings=settings,
        source=f"{doc.path}:{doc.line_of(loc)}",
        enabled=schema.enabled,
        notify_sender=schema.notify_sender,
    )


def load(rules_dir: Path, default_on_error: ErrorAction = "tempfail") -> RuleSet:
    """Load every rule file; raise SourceErrors listing every problem found in every file."""
    started = time.perf_counter()
    if not rules_dir.is_dir():
        raise SourceErrors([SourceError(str(rules_dir), 1, "rules directory not found")])
    files = sorted(p for p in rules_dir.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    errors: list[SourceError] = []
    rules: list[Rule] = []
    first_seen: dict[str, str] = {}
    for path in files:
        try:
            doc = yamlfile.load(path)
            entries = _rule_entries(doc)
        except SourceErrors as exc:
            errors.extend(exc.errors)
            continue
        for loc, entry in entries:
            rule = _compile(doc, loc, entry, rules_dir, default_on_error, errors)
            if rule is None:
                continue
            if rule.id in first_seen:
                message = f"duplicate rule id {rule.id!r} (first defined at {first_seen[rule.id]})"
                errors.append(doc.error((*loc, "rule"), message))
                continue
            first_seen[rule.id] = rule.source
            if rule.enabled:
                rules.append(rule)
    if errors:
        raise SourceErrors(errors)
    return RuleSet(tuple(rules), str(rules_dir), time.perf_counter() - started)
