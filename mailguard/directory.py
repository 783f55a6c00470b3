"""Who a recipient (or sender) is to the school: staff, pupil, parent or external.

Parents are listed in a CSV exported from the school's MIS (an `email` column, other columns
ignored); the file is re-read whenever it changes, so a nightly export takes effect without a
restart. An address may be in more than one group: a parent on a webmail address is both
`parent` and `external` (outside the school's domains); a teacher who is also a parent is both
`staff` and `parent`.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

GROUPS = ("staff", "pupil", "parent", "external")


class DirectoryError(Exception):
    pass


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().rstrip(".").lower()


def in_domains(address: str, domains: tuple[str, ...]) -> bool:
    """True for the domain itself and its subdomains."""
    dom = domain_of(address)
    return any(dom == d or dom.endswith("." + d) for d in domains)


def read_parents(path: Path) -> dict[str, tuple[str, ...]]:
    """Addresses from the `email` column (any case; several addresses in a cell split on ; or ,),
    each with the phone numbers on its row (columns named phone, mobile, telephone…), so that a
    teacher repeating a parent's own number back to them is not taken for giving out their own."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DirectoryError(f"{path}: cannot read parents file: {exc.strerror}") from None
    text = raw.decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower(): c for c in reader.fieldnames or []}
    column = next((columns[c] for c in ("email", "e-mail", "email address", "emailaddress") if c in columns), None)
    if column is None:
        raise DirectoryError(f"{path}:1: no 'email' column (columns: {', '.join(reader.fieldnames or []) or 'none'})")
    phone_columns = [c for key, c in columns.items() if any(w in key for w in ("phone", "mobile", "tel"))]
    found: dict[str, tuple[str, ...]] = {}
    for row in reader:
        phones = tuple(p for c in phone_columns for p in (row.get(c) or "").replace(";", ",").split(",") if p.strip())
        cell = (row.get(column) or "").replace(";", ",")
        for addr in cell.split(","):
            addr = addr.strip().strip("<>").lower()
            if "@" in addr:
                found[addr] = tuple(dict.fromkeys(found.get(addr, ()) + phones))
    return found


@dataclass
class Directory:
    domains: tuple[str, ...]
    pupil_domains: tuple[str, ...]
    parents_file: Path | None = None
    _parents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _stamp: tuple[float, int] | None = None
    _warned: set[str] = field(default_factory=set)

    def parents(self) -> dict[str, tuple[str, ...]]:
        """The current parent list, re-read if the file changed; the last good list if it broke."""
        if self.parents_file is None:
            return {}
        try:
            st = os.stat(self.parents_file)
            stamp = (st.st_mtime, st.st_size)
        except OSError as exc:
            self._warn(f"{self.parents_file}: {exc.strerror}; using the last list read")
            return self._parents
        if stamp != self._stamp:
            try:
                self._parents = read_parents(self.parents_file)
                self._stamp = stamp
            except DirectoryError as exc:
                self._warn(f"{exc}; using the last list read")
        return self._parents

    def _warn(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            log.warning(message)

    def phones(self, address: str) -> tuple[str, ...]:
        """The phone numbers the MIS lists for a parent's address."""
        return self.parents().get(address.strip().lower(), ())

    def groups(self, address: str) -> frozenset[str]:
        addr = address.strip().lower()
        found = set()
        if addr in self.parents():
            found.add("parent")
        if in_domains(addr, self.pupil_domains):
            found.add("pupil")
        elif in_domains(addr, self.domains):
            found.add("staff")
        else:
            found.add("external")  # outside the school's own domains, parents included
        return frozenset(found)
