"""True file types from content (libmagic), not from the name or the sender's claim."""

from __future__ import annotations

import threading

import magic

# libmagic decides from the first bytes; a bounded prefix keeps huge attachments cheap while
# leaving room for formats (Office, zip-based) whose signature is not at offset 0.
SNIFF_BYTES = 1 << 20

_local = threading.local()


def _magic() -> magic.Magic:
    # A libmagic handle is not safe to share between threads; one per thread is cheap.
    handle = getattr(_local, "handle", None)
    if handle is None:
        handle = magic.Magic(mime=True)
        _local.handle = handle
    return handle


def mime_type(data: bytes) -> str:
    if not data:
        return "application/x-empty"
    try:
        return str(_magic().from_buffer(data[:SNIFF_BYTES]))
    except magic.MagicException:
        return "application/octet-stream"
