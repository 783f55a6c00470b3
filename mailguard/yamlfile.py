"""Read YAML files people edit by hand, and report their mistakes as `path:line: message`.

IT staff edit config and rule files; a typo must point at the line, say what is wrong and, where
it can, what was probably meant, exactly like a compiler. Never a traceback.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic
import yaml

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class SourceError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class SourceErrors(Exception):
    """One or more user mistakes in files; str() is one `path:line: message` per line."""

    def __init__(self, errors: list[SourceError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass
class Document:
    """A parsed YAML document plus the line (1-based) of every key and list item in it."""

    path: str
    data: Any
    lines: dict[Loc, int]

    def line_of(self, loc: Loc) -> int:
        """The line of the deepest known location on the path (a missing key: its parent)."""
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def error(self, loc: Loc, message: str) -> SourceError:
        return SourceError(self.path, self.line_of(loc), message)


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys: YAML silently keeps the last, users never mean it."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key]})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _record_lines(node: yaml.Node, loc: Loc, lines: dict[Loc, int]) -> None:
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            lines[(*loc, key)] = key_node.start_mark.line + 1
            _record_lines(value_node, (*loc, key), lines)
            lines[(*loc, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*loc, index)] = item.start_mark.line + 1
            _record_lines(item, (*loc, index), lines)


def load(path: Path, display: str | None = None) -> Document:
    """Read one YAML file; raise SourceErrors with the line for unreadable or invalid YAML."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceErrors([SourceError(name, 1, "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise SourceErrors([SourceError(name, 1, f"not UTF-8 text ({exc.reason})")]) from None
    except OSError as exc:
        raise SourceErrors([SourceError(name, 1, f"cannot read: {exc.strerror}")]) from None
    return loads(text, name)


def loads(text: str, name: str) -> Document:
    try:
        node = yaml.compose(text, Loader=_LineLoader)
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise SourceErrors([SourceError(name, line, f"invalid YAML: {problem}")]) from None
    except yaml.YAMLError as exc:
        raise SourceErrors([SourceError(name, 1, f"invalid YAML: {exc}")]) from None
    lines: dict[Loc, int] = {}
    if node is not None:
        _record_lines(node, (), lines)
    return Document(name, data, lines)


def _describe(err: Any, loc: Loc, model: type[pydantic.BaseModel] | None, field_prefix: Loc) -> str:
    kind = err["type"]
    field = ".".join(str(p) for p in (*field_prefix, *loc)) or "document"
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        hint = ""
        allowed = _allowed_keys(model, loc[:-1]) if model else []
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close:
            hint = f" (did you mean {close[0]!r}?)"
        elif allowed:
            hint = f" (expected one of: {', '.join(sorted(allowed))})"
        return f"unknown key {key!r}{hint}"
    if kind == "missing":
        return f"missing required key {str(loc[-1])!r}" if loc else "missing required key"
    message = str(err["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    value = err.get("input")
    if isinstance(value, bool) and kind in ("string_type", "literal_error"):
        return (f"{field}: {message[0].lower() + message[1:]}, not {value!r} "
                f"(YAML reads yes/no/on/off as true/false: put the value in quotes)")
    if kind in ("literal_error", "enum") or "Input should be" in message:
        return f"{field}: {message[0].lower() + message[1:]}, not {value!r}"
    return f"{field}: {message}"


def _allowed_keys(model: type[pydantic.BaseModel], loc: Loc) -> list[str]:
    """Walk the model along loc to the sub-model whose keys are expected there."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, pydantic.BaseModel)):
            return []
        field = current.model_fields.get(str(part))
        if field is None:
            return []
        current = _submodel(field.annotation)
    if isinstance(current, type) and issubclass(current, pydantic.BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _submodel(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _submodel(arg)
        if found is not None:
            return found
    return None


def validation_errors(doc: Document, exc: pydantic.ValidationError, prefix: Loc = (),
                      model: type[pydantic.BaseModel] | None = None, field_prefix: Loc = ()) -> list[SourceError]:
    """Turn a pydantic error into `path:line: message` errors, one per problem.

    `prefix` locates the validated value in the document (for the line); `field_prefix` is how
    the message names its keys (e.g. `settings.` for a module's settings inside a rule).
    """
    out: list[SourceError] = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
        out.append(doc.error((*prefix, *loc), _describe(err, loc, model, field_prefix)))
    return out
