"""mailguard: an outgoing-mail content filter that enforces a school's communications policy."""

__version__ = "0.1.0"
