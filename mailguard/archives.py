"""Open archives in memory, recursively, within limits: what is inside, and what could not be read.

`walk(name, data)` lists every file in an archive (zip, tar, gzip/bzip2/xz, 7z, rar) and in the
archives inside it, with each file's bytes. Everything happens in memory: a name taken from an
archive is only ever a string for evidence ("photos.zip/../../setup.exe"), never a path on disk.

Whatever cannot be read is reported as a Problem rather than skipped in silence: a password, a
decompression bomb, nesting deeper than allowed, too many files, too many bytes, a damaged
archive, or a format mailguard cannot unpack. Members are read in chunks, so a bomb (42.zip, or a
single member of 10 GB of zeros) is stopped the moment it crosses a limit, without being held in
memory. Sizes an archive declares are checked before anything is unpacked, and the real sizes
again while unpacking, because declared sizes can lie.

Zip-based documents (docx, xlsx, pptx, odt, jar, epub) are zip archives here too: their parts are
members, so a macro project or a program hidden inside a "document" is seen.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from mailguard import filetype
from mailguard.findings import human_size

CHUNK = 64 * 1024

# Formats walk() can open, and formats it recognises but cannot open (reported as "unsupported").
OPENABLE = ("zip", "tar", "gzip", "bzip2", "xz", "7z", "rar")

_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"PK\x03\x04", "zip"),
    (0, b"PK\x05\x06", "zip"),  # an empty zip
    (0, b"PK\x07\x08", "zip"),  # spanned-archive marker before the first entry
    (0, b"\x1f\x8b", "gzip"),
    (0, b"\xfd7zXZ\x00", "xz"),
    (0, b"7z\xbc\xaf\x27\x1c", "7z"),
    (0, b"Rar!\x1a\x07", "rar"),
    (257, b"ustar", "tar"),
    (0, b"MSCF\x00\x00\x00\x00", "cab"),
    (0, b"\x60\xea", "arj"),
    (7, b"**ACE**", "ace"),
    (0, b"\x28\xb5\x2f\xfd", "zstd"),
    (0, b"\x04\x22\x4d\x18", "lz4"),
    (0, b"LZIP", "lzip"),
    (0, b"\x1f\x9d", "compress"),
    (0, b"070701", "cpio"),
    (0, b"070702", "cpio"),
    (0, b"070707", "cpio"),
    (0, b"\xc7\x71", "cpio"),
    (0, b"!<arch>\n", "ar"),
    (0, b"xar!", "xar"),
    (0, b"StuffIt", "stuffit"),
    (0, b"SIT!", "stuffit"),
)

# What libmagic calls the archive formats the signatures above may miss (old tar, lzma, lha...).
_MIME_FORMATS = {
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/x-tar": "tar",
    "application/x-gtar": "tar",
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/x-bzip2": "bzip2",
    "application/x-xz": "xz",
    "application/x-lzma": "xz",
    "application/x-7z-compressed": "7z",
    "application/vnd.rar": "rar",
    "application/x-rar": "rar",
    "application/x-rar-compressed": "rar",
    "application/vnd.ms-cab-compressed": "cab",
    "application/x-arj": "arj",
    "application/x-lha": "lha",
    "application/x-lzh-compressed": "lha",
    "application/x-lzh": "lha",
    "application/x-ace-compressed": "ace",
    "application/zstd": "zstd",
    "application/x-zstd": "zstd",
    "application/x-lz4": "lz4",
    "application/x-lzip": "lzip",
    "application/x-compress": "compress",
    "application/x-cpio": "cpio",
    "application/x-archive": "ar",
    "application/x-xar": "xar",
    "application/x-stuffit": "stuffit",
    "application/x-stuffitx": "stuffit",
    "application/x-arc": "arc",
    "application/x-zoo": "zoo",
}


@dataclass(frozen=True)
class Limits:
    max_depth: int = 3  # archives inside archives: the archive given to walk() is level 1
    max_entries: int = 1000  # members in total, all levels (folders and links count too)
    max_total_bytes: int = 100 * 1024 * 1024  # uncompressed bytes of every member, all levels
    max_ratio: float = 100.0  # uncompressed/compressed, per member and overall
    ratio_grace_bytes: int = 1024 * 1024  # the ratio is only judged past this many bytes: a small
    # file of spaces or a blank bitmap compresses 500:1 and is no bomb


@dataclass(frozen=True)
class Member:
    path: str  # "outer.zip/inner.tar.gz/photo.jpg" — for evidence only, never used as a filesystem path
    name: str  # the member's own file name (the last part of its name in the archive)
    data: bytes
    aliases: tuple[str, ...] = ()  # other names the archive gives it (a zip's Unicode path field)
    parent: str = ""  # the path of the archive that holds it ("outer.zip/inner.tar.gz")
    true_type: str = ""  # the MIME type libmagic reads from data (read once here, reused by callers)


@dataclass(frozen=True)
class Problem:
    path: str
    kind: str  # "encrypted" | "bomb" | "too-deep" | "too-many" | "too-big" | "corrupt" | "unsupported"
    detail: str  # plain words for the reviewer
    name: str = ""  # the member's own file name, when the problem is one member (it can still be judged by name)


PROBLEM_KINDS = ("encrypted", "bomb", "too-deep", "too-many", "too-big", "corrupt", "unsupported")


def archive_format(name: str, data: bytes, mime: str | None = None) -> str | None:
    """The archive format of the content ("zip", "tar", "gzip", ..., or an unsupported one such as "cab").

    Decided by content. The name is only a tie-breaker for an old-style tar, which has no signature
    and is accepted only if tarfile can read a valid header from it.
    """
    if not data:
        return None
    for offset, magic, fmt in _SIGNATURES:
        if data[offset:offset + len(magic)] == magic:
            if fmt == "gzip" and data[2:3] != b"\x08":
                continue
            return fmt
    if data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] in (b"1AY&SY", b"\x17\x72\x45\x38\x50\x90"):
        return "bzip2"
    if data[2:5] == b"-lh" or data[2:5] == b"-lz":
        return "lha"
    by_type = _MIME_FORMATS.get(mime if mime is not None else filetype.mime_type(data))
    if by_type is not None:
        return by_type
    if _zip_after_prefix(data):
        return "zip"  # a self-extracting program, or junk put in front of a zip to hide it
    if name.lower().endswith(".tar") and _looks_like_tar(data):
        return "tar"
    return None


def is_archive(name: str, data: bytes) -> bool:
    """True when the content is an archive that walk() opens, or one it reports as "unsupported"."""
    return archive_format(name, data) is not None


def walk(name: str, data: bytes, limits: Limits = Limits()) -> tuple[list[Member], list[Problem]]:
    """Every member of the archive, recursively, and every problem met. Never raises on bad input.

    Members that are archives themselves are returned as members too, followed by their contents.
    Content that is not an archive gives ([], []).
    """
    walker = _Walker(limits, len(data))
    fmt = archive_format(name, data)
    if fmt is not None:
        try:
            walker.open(name or "attachment", name, data, fmt, 1)
        except _Stop:
            pass
        except Exception as exc:  # a library bug on hostile input must not lose the message
            walker.problems.append(Problem(name, "corrupt", f"the archive could not be read ({_exc(exc)})"))
    return walker.members, walker.problems


# ---------------------------------------------------------------------------------------------


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


class _Stop(Exception):
    """A limit for the whole walk was crossed: stop reading anything more."""


class _Skip(Exception):
    """This member (or archive) cannot be read; its Problem is already recorded."""


@dataclass
class _Walker:
    limits: Limits
    top_size: int
    members: list[Member] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    entries: int = 0
    total: int = 0

    # -- bookkeeping -----------------------------------------------------------------------

    def problem(self, path: str, kind: str, detail: str, name: str = "") -> None:
        self.problems.append(Problem(path, kind, detail, name))

    def count_entry(self, path: str) -> None:
        self.entries += 1
        if self.entries > self.limits.max_entries:
            self.problem(path, "too-many", f"more than {self.limits.max_entries} files in the archive "
                                           "(counting the archives inside it); the rest were not read")
            raise _Stop

    def budget(self) -> int:
        return self.limits.max_total_bytes - self.total

    def _ratio_exceeded(self, produced: int, compressed: int) -> bool:
        lim = self.limits
        return produced > lim.ratio_grace_bytes and produced > lim.max_ratio * max(compressed, 1)

    def check_declared(self, path: str, name: str, size: int, compressed: int) -> None:
        """Refuse a member from the sizes its archive declares, before unpacking anything."""
        if size > self.budget():
            self.problem(path, "bomb" if self._ratio_exceeded(size, compressed) else "too-big",
                         f"it would unpack to {human_size(size)}, over the limit of "
                         f"{human_size(self.limits.max_total_bytes)} for the whole attachment", name)
            raise _Skip
        if self._ratio_exceeded(size, compressed):
            self.problem(path, "bomb", f"it would unpack {human_size(compressed)} into {human_size(size)} (more than "
                                       f"{self.limits.max_ratio:g} times larger): a decompression bomb", name)
            raise _Skip

    def read(self, stream: _Readable, path: str, name: str, compressed: int) -> bytes:
        """Read a member in chunks, stopping as soon as a byte or ratio limit is crossed.

        The bytes are charged to the total only by add(), so that a tar unpacked from a .tar.gz is
        not counted twice (once whole, once member by member).
        """
        lim = self.limits
        buf = bytearray()
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                return bytes(buf)
            buf += chunk
            total = self.total + len(buf)
            if self._ratio_exceeded(len(buf), compressed):
                self.problem(path, "bomb", f"{human_size(compressed)} unpacks into more than {human_size(len(buf))} "
                                           f"(over {lim.max_ratio:g} times larger): a decompression bomb", name)
                raise _Skip
            if self._ratio_exceeded(total, self.top_size):
                self.problem(path, "bomb", f"the attachment unpacks into more than {lim.max_ratio:g} times its "
                                           "own size: a decompression bomb", name)
                raise _Stop
            if total > lim.max_total_bytes:
                self.problem(path, "too-big", f"the attachment unpacks into more than "
                                              f"{human_size(lim.max_total_bytes)}; the rest was not read", name)
                raise _Stop

    def add(self, parent: str, path: str, name: str, data: bytes, aliases: tuple[str, ...], depth: int) -> None:
        self.total += len(data)
        mime = filetype.mime_type(data)
        self.members.append(Member(path, name, data, aliases, parent, mime))
        fmt = archive_format(name, data, mime)
        if fmt is None:
            return
        if depth >= self.limits.max_depth:
            self.problem(path, "too-deep", f"an archive inside {depth} levels of archives (the limit is "
                                           f"{self.limits.max_depth}); it was not opened", name)
            return
        self.open(path, name, data, fmt, depth + 1)

    # -- formats ---------------------------------------------------------------------------

    def open(self, path: str, name: str, data: bytes, fmt: str, depth: int) -> None:
        opener = {
            "zip": self._zip, "tar": self._tar, "gzip": self._stream, "bzip2": self._stream,
            "xz": self._stream, "7z": self._7z, "rar": self._rar,
        }.get(fmt)
        if opener is None:
            self.problem(path, "unsupported", f"a {fmt} archive, which mailguard cannot open", name)
            return
        try:
            opener(path, name, data, fmt, depth)
        except _Skip:
            pass
        except _Stop:
            raise
        except Exception as exc:  # a library bug on hostile input: this archive is unreadable, the rest is not
            self.problem(path, "corrupt", f"the archive could not be read ({_exc(exc)})", name)

    def _zip(self, path: str, name: str, data: bytes, fmt: str, depth: int) -> None:
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            infos = zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, KeyError,
                UnicodeDecodeError, NotImplementedError, RuntimeError) as exc:
            self.problem(path, "corrupt", f"a damaged zip archive ({_exc(exc)})", name)
            return
        declared = sum(max(i.file_size, 0) for i in infos if not i.is_dir())
        if self._ratio_exceeded(declared, len(data)):
            self.problem(path, "bomb", f"its files would unpack {human_size(len(data))} into {human_size(declared)} "
                                       f"(more than {self.limits.max_ratio:g} times larger): a decompression bomb",
                         name)
            return
        for info in infos:
            inner = f"{path}/{info.filename}"
            self.count_entry(inner)
            if info.is_dir():
                continue
            own, aliases = _names(info.filename, _zip_unicode_names(info))
            if info.flag_bits & 0x1:
                self.problem(inner, "encrypted", "protected by a password, so its content could not be read", own)
                continue
            try:
                self.check_declared(inner, own, info.file_size, info.compress_size)
                with zf.open(info) as fh:
                    content = self.read(fh, inner, own, info.compress_size)
            except _Skip:
                continue
            except NotImplementedError as exc:
                self.problem(inner, "unsupported", f"compressed in a way mailguard cannot unpack ({_exc(exc)})", own)
                continue
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, KeyError,
                    lzma.LZMAError) as exc:
                self.problem(inner, "corrupt", f"damaged ({_exc(exc)})", own)
                continue
            self.add(path, inner, own, content, aliases, depth)

    def _tar(self, path: str, name: str, data: bytes, fmt: str, depth: int) -> None:
        try:
            tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:")  # noqa: SIM115 - in memory, nothing to close
        except (tarfile.TarError, ValueError, OSError, EOFError) as exc:
            self.problem(path, "corrupt", f"a damaged tar archive ({_exc(exc)})", name)
            return
        try:
            for info in _tar_members(tf):
                inner = f"{path}/{info.name}"
                self.count_entry(inner)
                if not info.isreg():
                    continue  # folders, links, devices: nothing to read
                own, aliases = _names(info.name, ())
                sparse: Any = getattr(info, "sparse", None)  # [(offset, size), ...] for a GNU sparse file
                stored = sum(int(size) for _, size in sparse) if sparse else info.size
                try:
                    self.check_declared(inner, own, info.size, stored)
                    fh = tf.extractfile(info)
                    if fh is None:
                        continue
                    content = self.read(fh, inner, own, stored)
                except _Skip:
                    continue
                except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
                    self.problem(inner, "corrupt", f"damaged ({_exc(exc)})", own)
                    continue
                self.add(path, inner, own, content, aliases, depth)
        except (tarfile.TarError, OSError, EOFError, ValueError, UnicodeDecodeError) as exc:
            self.problem(path, "corrupt", f"a damaged tar archive ({_exc(exc)})", name)

    def _stream(self, path: str, name: str, data: bytes, fmt: str, depth: int) -> None:
        """gzip, bzip2, xz/lzma: one compressed file, often a tar."""
        stream: _Readable
        if fmt == "gzip":
            stream = gzip.GzipFile(fileobj=io.BytesIO(data))
        elif fmt == "bzip2":
            stream = bz2.BZ2File(io.BytesIO(data))
        else:
            stream = lzma.LZMAFile(io.BytesIO(data))  # noqa: SIM115 - in memory, nothing to close
        try:
            content = self.read(stream, path, name, len(data))
        except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as exc:
            self.problem(path, "corrupt", f"damaged {fmt} data ({_exc(exc)})", name)
            return
        if _looks_like_tar(content):
            self._tar(path, name, content, "tar", depth)
            return
        inner_name = (_gzip_name(data) if fmt == "gzip" else "") or _strip_suffix(name, fmt)
        inner = f"{path}/{inner_name}"
        self.count_entry(inner)
        own, aliases = _names(inner_name, ())
        self.add(path, inner, own, content, aliases, depth)

    def _7z(self, path: str, name: str, data: bytes, fmt: str, depth: int) -> None:
        try:
            import py7zr
            from py7zr.exceptions import PasswordRequired
        except ImportError:  # pragma: no cover - py7zr is a dependency
            self.problem(path, "unsupported", "a 7z archive, and the py7zr library is not installed", name)
            return
        try:
            archive = py7zr.SevenZipFile(io.BytesIO(data), mode="r", max_extract_size=max(self.budget(), 0))
        except PasswordRequired:
            self.problem(path, "encrypted", "a 7z archive whose list of files is protected by a password", name)
            return
        except Exception as exc:
            self.problem(path, "corrupt", f"a damaged 7z archive ({_exc(exc)})", name)
            return
        with archive:
            files = [f for f in archive.files]
            for f in files:
                self.count_entry(f"{path}/{f.filename}")
            regular = [f for f in files if not (f.is_directory or f.is_symlink or f.is_junction or f.is_socket)]
            if archive.needs_password():
                for f in regular:
                    own, _ = _names(f.filename, ())
                    self.problem(f"{path}/{f.filename}", "encrypted",
                                 "protected by a password, so its content could not be read", own)
                return
            declared = sum(int(f.uncompressed or 0) for f in regular)
            if self._ratio_exceeded(declared, len(data)):
                self.problem(path, "bomb",
                             f"its files would unpack {human_size(len(data))} into {human_size(declared)} "
                             f"(more than {self.limits.max_ratio:g} times larger): a decompression bomb", name)
                return
            if declared > self.budget():
                self.problem(path, "too-big",
                             f"its files would unpack to {human_size(declared)}, over the limit of "
                             f"{human_size(self.limits.max_total_bytes)} for the whole attachment", name)
                return
            skipped = {f.filename for f in files} - {f.filename for f in regular}
            captured: list[tuple[str, bytearray]] = []
            try:
                archive.extractall(factory=_seven_zip_factory(self, path, captured))
            except (_Stop, _Skip):
                raise
            except Exception as exc:
                self.problem(path, "corrupt", f"a damaged 7z archive ({_exc(exc)})", name)
                return
            for inner_name, buf in captured:
                if inner_name in skipped:
                    continue  # links: their "content" is the name of what they point to
                own, aliases = _names(inner_name, ())
                self.add(path, f"{path}/{inner_name}", own, bytes(buf), aliases, depth)

    def _rar(self, path: str, name: str, data: bytes, fmt: str, depth: int) -> None:
        try:
            import rarfile  # type: ignore[import-untyped]
        except ImportError:  # pragma: no cover - rarfile is a dependency
            self.problem(path, "unsupported", "a RAR archive, and the rarfile library is not installed", name)
            return
        try:
            rf = rarfile.RarFile(io.BytesIO(data))
            infos = rf.infolist()
        except rarfile.PasswordRequired:
            self.problem(path, "encrypted", "a RAR archive whose list of files is protected by a password", name)
            return
        except (rarfile.Error, OSError, EOFError, ValueError, IndexError, KeyError, UnicodeDecodeError) as exc:
            self.problem(path, "corrupt", f"a damaged RAR archive ({_exc(exc)})", name)
            return
        if rf.needs_password() and not infos:
            self.problem(path, "encrypted", "a RAR archive protected by a password", name)
            return
        for info in infos:
            inner = f"{path}/{info.filename}"
            self.count_entry(inner)
            if info.is_dir() or info.is_symlink() or info.file_redir:
                continue
            own, aliases = _names(info.filename, ())
            if info.needs_password():
                self.problem(inner, "encrypted", "protected by a password, so its content could not be read", own)
                continue
            if info.compress_type != rarfile.RAR_M0:
                # Unpacking compressed RAR data needs the external unrar program, which would have to be
                # given a copy of the archive on disk: the name is still judged, the content is not.
                self.problem(inner, "unsupported", "compressed RAR content, which mailguard cannot unpack", own)
                continue
            try:
                self.check_declared(inner, own, info.file_size, info.compress_size)
                with rf.open(info) as fh:
                    content = self.read(fh, inner, own, info.compress_size)
            except _Skip:
                continue
            except (rarfile.Error, OSError, EOFError, ValueError) as exc:
                self.problem(inner, "corrupt", f"damaged ({_exc(exc)})", own)
                continue
            self.add(path, inner, own, content, aliases, depth)


def _seven_zip_factory(walker: _Walker, path: str, captured: list[tuple[str, bytearray]]) -> Any:
    """A py7zr writer factory that keeps each member in memory and enforces the byte limit as it grows."""
    import py7zr.io

    produced = [0]

    class Sink(py7zr.io.Py7zIO):
        def __init__(self, filename: str) -> None:
            self.filename = filename
            self.buf = bytearray()
            captured.append((filename, self.buf))

        def write(self, s: bytes | bytearray) -> int:
            self.buf.extend(s)
            produced[0] += len(s)
            if produced[0] + walker.total > walker.limits.max_total_bytes:
                walker.problem(f"{path}/{self.filename}", "too-big", "the attachment unpacks into more than "
                               f"{human_size(walker.limits.max_total_bytes)}; the rest was not read",
                               _names(self.filename, ())[0])
                raise _Stop
            return len(s)

        def read(self, size: int | None = None) -> bytes:
            return bytes(self.buf if size is None else self.buf[:size])

        def seek(self, offset: int, whence: int = 0) -> int:
            return 0

        def flush(self) -> None:
            return None

        def size(self) -> int:
            return len(self.buf)

    class Factory(py7zr.io.WriterFactory):
        def create(self, filename: str) -> py7zr.io.Py7zIO:
            return Sink(filename)

    return Factory()


# ---------------------------------------------------------------------------------------------


def _tar_members(tf: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    while True:
        info = tf.next()
        if info is None:
            return
        yield info


def _looks_like_tar(data: bytes) -> bool:
    if data[257:262] == b"ustar":
        return True
    if len(data) < 512:
        return False
    try:
        tarfile.TarInfo.frombuf(data[:512], "utf-8", "surrogateescape")
    except (tarfile.HeaderError, ValueError):
        return False
    return True


def _zip_after_prefix(data: bytes) -> bool:
    """A zip whose directory is at the end of the data but which does not start like one."""
    if b"PK\x05\x06" not in data[-(65536 + 22):]:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return len(zf.infolist()) > 0
    except Exception:
        return False


def _zip_unicode_names(info: zipfile.ZipInfo) -> tuple[str, ...]:
    """Names from the Info-ZIP Unicode Path extra field (0x7075), which archivers show instead."""
    names: list[str] = []
    extra = info.extra
    i = 0
    while i + 4 <= len(extra):
        tag = int.from_bytes(extra[i:i + 2], "little")
        size = int.from_bytes(extra[i + 2:i + 4], "little")
        body = extra[i + 4:i + 4 + size]
        if tag == 0x7075 and len(body) > 5 and body[0] == 1:
            names.append(body[5:].decode("utf-8", errors="replace"))
        i += 4 + size
    return tuple(names)


def _names(inner: str, others: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A member's own file name (the last part of its path in the archive) and its other names."""
    own = _basename(inner)
    aliases = tuple(dict.fromkeys(n for n in (_basename(o) for o in others) if n and n != own))
    return own, aliases


def basename(inner: str) -> str:
    """The last part of a path inside an archive ("a/b\\c.exe" -> "c.exe")."""
    return _basename(inner)


def _basename(inner: str) -> str:
    parts = [p for p in inner.replace("\\", "/").split("/") if p]
    return parts[-1] if parts else inner


def _gzip_name(data: bytes) -> str:
    """The original file name stored in a gzip header (FNAME), if any."""
    if len(data) < 10 or not data[3] & 0x08:
        return ""
    pos = 10
    if data[3] & 0x04:  # FEXTRA
        if len(data) < 12:
            return ""
        pos += 2 + int.from_bytes(data[10:12], "little")
    end = data.find(b"\x00", pos, pos + 1024)
    if end < 0:
        return ""
    return _basename(data[pos:end].decode("latin-1"))


def _strip_suffix(name: str, fmt: str) -> str:
    base = _basename(name) or "attachment"
    lower = base.lower()
    for suffix, replacement in ((".tgz", ".tar"), (".tbz2", ".tar"), (".tbz", ".tar"), (".txz", ".tar"),
                                (".gz", ""), (".gzip", ""), (".z", ""), (".bz2", ""), (".bz", ""),
                                (".xz", ""), (".lzma", "")):
        if lower.endswith(suffix) and len(base) > len(suffix):
            return base[: -len(suffix)] + replacement
    return f"{base} (unpacked)"



def _exc(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
