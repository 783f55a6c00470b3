"""The decision log: one JSON object per line for every message, whatever happened.

Fields follow DESIGN.md §5. Evidence is written masked (f**k, 07*******23): the log is read by
IT staff and shipped to log stores, so it must not spread personal data or repeat the abuse; the
whole evidence stays in the quarantine record, behind the review UI's access control.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailguard.decision import Decision


@dataclass
class Entry:
    """What the server knows about one message transaction, filled in as it goes."""

    id: str
    client: str
    sender: str
    recipients: list[str]
    size: int = 0
    message_id: str = ""
    started: float = field(default_factory=time.monotonic)
    decision: Decision | None = None
    action: str = "tempfail"
    upstream_reply: str = ""
    quarantine_id: str | None = None
    error: str | None = None

    def record(self) -> dict[str, Any]:
        d = self.decision
        return {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "id": self.id,
            "message_id": self.message_id,
            "client": self.client,
            "sender": self.sender,
            "recipients": self.recipients,
            "size": self.size,
            "action": self.action,
            "recipients_actions": dict(d.recipients) if d else {},
            "hits": d.log_hits() if d else [],
            "upstream_reply": self.upstream_reply,
            "quarantine_id": self.quarantine_id,
            "duration_ms": round((time.monotonic() - self.started) * 1000, 1),
            "error": self.error,
        }


class DecisionLog:
    """Appends lines with O_APPEND, one write() per line, so lines never interleave."""

    def __init__(self, target: str | Path) -> None:
        self._lock = threading.Lock()
        self._path = None if str(target) == "-" else Path(target)
        if self._path is None:
            self._fd = sys.stdout.fileno()
        else:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = self._open(self._path)

    @staticmethod
    def _open(path: Path) -> int:
        return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)

    def reopen(self) -> None:
        """After logrotate renamed the file (SIGHUP): continue in a new file of the same name."""
        if self._path is None:
            return
        new = self._open(self._path)
        with self._lock:
            old, self._fd = self._fd, new
        os.close(old)

    def write(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        with self._lock:
            os.write(self._fd, line)

    def close(self) -> None:
        if self._path is not None:
            os.close(self._fd)
