"""Rule modules: one file each, found by name.

A module file declares:

    NAME = "text-match"                    # the `module:` a rule file names
    DESCRIPTION = "one sentence"
    class Settings(ModuleSettings): ...    # the rule's `settings:`; load-time work goes in validators
    def check(message: ParsedMessage, settings: Settings) -> list[Finding]: ...
    KINDS = {"match": "what it means"}     # optional: the kinds of finding it reports
    def prepare() -> None: ...             # optional: load models once per worker, before mail arrives

`check` is pure: no SMTP, no logging of decisions, no quarantine. It answers a question about the
message; the rule that runs it decides what to do with the answer.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationInfo

from mailguard.findings import Finding
from mailguard.message import ParsedMessage


class ModuleSettings(BaseModel):
    """Base for every module's settings: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)


def base_dir(info: ValidationInfo) -> Path:
    """The rules directory, for settings that name files (word lists) relative to it."""
    ctx = info.context or {}
    return Path(ctx.get("base_dir", "."))


@dataclass(frozen=True)
class ModuleSpec:
    name: str
    description: str
    settings: type[ModuleSettings]
    check: Callable[[ParsedMessage, Any], list[Finding]]
    kinds: dict[str, str]
    prepare: Callable[[], None] | None = None


@cache
def available() -> dict[str, ModuleSpec]:
    """Every module in this package, by NAME."""
    found: dict[str, ModuleSpec] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        name = getattr(mod, "NAME", None)
        if not name:
            continue
        found[name] = ModuleSpec(
            name=name,
            description=mod.DESCRIPTION,
            settings=mod.Settings,
            check=mod.check,
            kinds=dict(getattr(mod, "KINDS", {"match": "the module found what it looks for"})),
            prepare=getattr(mod, "prepare", None),
        )
    return found
