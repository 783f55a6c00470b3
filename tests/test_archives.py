"""mailguard.archives: every format, nesting, every limit, bombs, passwords, damage, hostile names.

Archives are built here byte for byte (the builders live in tests/corpus/make_risky_attachment.py);
nothing is mocked: zipfile, tarfile, gzip, bz2, lzma, py7zr and rarfile do the reading.
"""

from __future__ import annotations

import bz2
import gzip
import importlib.util
import io
import lzma
import os
import struct
import sys
import tarfile
import tracemalloc
import zipfile
import zlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from mailguard.archives import Limits, Member, Problem, archive_format, is_archive, walk


def _load_builders() -> ModuleType:
    if "make_risky_attachment" in sys.modules:
        return sys.modules["make_risky_attachment"]
    path = Path(__file__).parent / "corpus" / "make_risky_attachment.py"
    spec = importlib.util.spec_from_file_location("make_risky_attachment", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_risky_attachment"] = module
    spec.loader.exec_module(module)
    return module


g = _load_builders()
PE = g.pe()


def paths(members: list[Member]) -> list[str]:
    return [m.path for m in members]


def kinds(problems: list[Problem]) -> list[str]:
    return [p.kind for p in problems]


def tar_of(files: list[tuple[str, bytes]], mode: str = "w") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:  # type: ignore[call-overload]
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


# --- formats ------------------------------------------------------------------------------------


def test_zip_members_with_paths_names_and_parent() -> None:
    data = g.zip_of([("docs/letter.pdf", b"%PDF-1.4 letter"), ("setup.exe", PE), ("docs/", b"")])
    members, problems = walk("files.zip", data)
    assert problems == []
    assert paths(members) == ["files.zip/docs/letter.pdf", "files.zip/setup.exe"]
    assert [m.name for m in members] == ["letter.pdf", "setup.exe"]
    assert members[1].data == PE and members[1].parent == "files.zip"
    assert members[1].true_type == "application/vnd.microsoft.portable-executable"


@pytest.mark.parametrize("mode, name", [("w", "a.tar"), ("w:gz", "a.tar.gz"), ("w:gz", "a.tgz"),
                                        ("w:bz2", "a.tar.bz2"), ("w:xz", "a.tar.xz")])
def test_tar_and_compressed_tar_are_one_level(mode: str, name: str) -> None:
    data = tar_of([("dir/run.sh", b"#!/bin/sh\necho hi\n"), ("photo.jpg", g.JPEG)], mode)
    members, problems = walk(name, data)
    assert problems == []
    assert paths(members) == [f"{name}/dir/run.sh", f"{name}/photo.jpg"]
    assert members[1].data == g.JPEG


def test_tar_skips_links_devices_and_folders() -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name, kind in [("dir", tarfile.DIRTYPE), ("link", tarfile.SYMTYPE), ("hard", tarfile.LNKTYPE),
                           ("dev", tarfile.CHRTYPE), ("fifo", tarfile.FIFOTYPE)]:
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "/etc/passwd" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else ""
            tf.addfile(info)
        info = tarfile.TarInfo("real.txt")
        info.size = 5
        tf.addfile(info, io.BytesIO(b"hello"))
    members, problems = walk("a.tar", buf.getvalue())
    assert problems == [] and paths(members) == ["a.tar/real.txt"]


def test_plain_compressed_files_give_one_member() -> None:
    named = io.BytesIO()
    with gzip.GzipFile(filename="report.pdf.exe", mode="wb", fileobj=named, mtime=0) as fh:
        fh.write(PE)
    cases = [
        ("x.gz", named.getvalue(), "x.gz/report.pdf.exe"),  # the name stored in the gzip header wins
        ("update.exe.gz", gzip.compress(PE, mtime=0), "update.exe.gz/update.exe"),
        ("update.exe.bz2", bz2.compress(PE), "update.exe.bz2/update.exe"),
        ("update.exe.xz", lzma.compress(PE), "update.exe.xz/update.exe"),
        ("update.exe.lzma", lzma.compress(PE, format=lzma.FORMAT_ALONE), "update.exe.lzma/update.exe"),
    ]
    for name, data, expected in cases:
        members, problems = walk(name, data)
        assert (paths(members), problems) == ([expected], []), name
        assert members[0].data == PE


def test_seven_zip_members() -> None:
    data = g.seven_zip([("bin/backup", g.elf()), ("notes.txt", b"hello")])
    members, problems = walk("tools.7z", data)
    assert problems == []
    assert sorted(paths(members)) == ["tools.7z/bin/backup", "tools.7z/notes.txt"]
    assert {m.name: m.data for m in members}["backup"] == g.elf()


def test_rar_stored_member_is_read_and_compressed_one_is_unsupported_but_named() -> None:
    members, problems = walk("files.rar", g.rar4([("setup.exe", PE)]))
    assert (paths(members), problems) == (["files.rar/setup.exe"], [])
    assert members[0].data == PE
    members, problems = walk("files.rar", g.rar4([("report.exe", b"x" * 300)], method=0x33))
    assert members == []
    assert [(p.kind, p.name) for p in problems] == [("unsupported", "report.exe")]


def test_unsupported_archive_formats_are_reported() -> None:
    members, problems = walk("update.cab", g.cab())
    assert members == [] and kinds(problems) == ["unsupported"]
    assert "cab" in problems[0].detail


def test_not_an_archive_gives_nothing() -> None:
    assert walk("photo.jpg", g.JPEG) == ([], [])
    assert walk("empty.zip", b"") == ([], [])


def test_archives_are_recognised_by_content_not_by_name() -> None:
    zipped = g.zip_of([("a.txt", b"a")])
    assert is_archive("holiday.jpg", zipped)  # a zip whatever its name
    assert not is_archive("photos.zip", g.JPEG)  # a JPEG whatever its name
    assert archive_format("x", gzip.compress(b"x")) == "gzip"
    assert archive_format("x", bz2.compress(b"x")) == "bzip2"
    assert archive_format("x", lzma.compress(b"x")) == "xz"
    assert archive_format("x", g.seven_zip([("a", b"b")])) == "7z"
    assert archive_format("x", g.rar4([("a", b"b")])) == "rar"
    assert archive_format("x", tar_of([("a", b"b")])) == "tar"
    assert archive_format("x", b"junk in front " * 10 + zipped) == "zip"  # 7-Zip would still open it
    assert is_archive("report.docx", g.docx())  # Office files are zips: their parts are members


def test_zip_unicode_path_field_is_an_alias() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("invoice.pdf")
        unicode_name = b"invoice.exe"
        body = b"\x01" + struct.pack("<I", zlib.crc32(b"invoice.pdf")) + unicode_name
        info.extra = struct.pack("<HH", 0x7075, len(body)) + body
        zf.writestr(info, PE)
    members, _ = walk("a.zip", buf.getvalue())
    assert members[0].name == "invoice.pdf" and members[0].aliases == ("invoice.exe",)


# --- nesting and limits ---------------------------------------------------------------------------


def test_nested_archives_are_members_and_are_opened() -> None:
    inner_tgz = tar_of([("photo.jpg", g.JPEG)], "w:gz")
    data = g.zip_of([("inner.tar.gz", inner_tgz), ("deeper.zip", g.zip_of([("x.7z", g.seven_zip([("a.vbs", b"x")]))]))])
    members, problems = walk("outer.zip", data)
    assert problems == []
    assert paths(members) == [
        "outer.zip/inner.tar.gz", "outer.zip/inner.tar.gz/photo.jpg",
        "outer.zip/deeper.zip", "outer.zip/deeper.zip/x.7z", "outer.zip/deeper.zip/x.7z/a.vbs",
    ]
    assert members[1].parent == "outer.zip/inner.tar.gz"


def test_max_depth() -> None:
    data = g.nested_zip(4, ("secret.exe", PE))  # outer > level2 > level3 > level4 > secret.exe
    members, problems = walk("outer.zip", data, Limits(max_depth=4))
    assert problems == [] and members[-1].name == "secret.exe"
    members, problems = walk("outer.zip", data, Limits(max_depth=3))
    assert [(p.kind, p.path) for p in problems] == [("too-deep", "outer.zip/level2.zip/level3.zip/level4.zip")]
    assert members[-1].name == "level4.zip"  # returned, not opened
    assert "secret.exe" not in [m.name for m in members]


def test_max_entries_counts_every_level_and_stops() -> None:
    inner = g.zip_of([(f"in{i}.txt", b"x") for i in range(6)])
    data = g.zip_of([("inner.zip", inner), *[(f"out{i}.txt", b"y") for i in range(6)]])
    assert kinds(walk("a.zip", data, Limits(max_entries=13))[1]) == []
    members, problems = walk("a.zip", data, Limits(max_entries=10))
    assert kinds(problems) == ["too-many"]
    assert len(members) == 10  # inner.zip, its six files, then three more up to the limit


def test_max_total_bytes_from_declared_size_and_while_reading() -> None:
    big = os.urandom(300_000)
    data = g.zip_of([("a.bin", big), ("b.bin", big)], method=zipfile.ZIP_STORED)
    members, problems = walk("a.zip", data, Limits(max_total_bytes=400_000))
    assert paths(members) == ["a.zip/a.bin"]
    assert [(p.kind, p.name) for p in problems] == [("too-big", "b.bin")]
    # A .gz declares no size: it is stopped while reading.
    members, problems = walk("big.gz", gzip.compress(big * 2, mtime=0), Limits(max_total_bytes=400_000))
    assert members == [] and kinds(problems) == ["too-big"]


def test_ratio_limit_per_member_with_a_grace_for_small_files() -> None:
    spaces = b" " * 200_000  # compresses 500:1 and is no bomb: under the grace
    assert walk("a.zip", g.zip_of([("blank.txt", spaces)]), Limits(ratio_grace_bytes=1 << 20))[1] == []
    members, problems = walk("a.zip", g.zip_of([("blank.txt", spaces)]), Limits(ratio_grace_bytes=10_000))
    assert members == [] and kinds(problems) == ["bomb"]
    # Stopped while reading too, when the member is the only thing the ratio can be judged on:
    members, problems = walk("blank.txt.gz", gzip.compress(spaces), Limits(ratio_grace_bytes=10_000))
    assert members == [] and kinds(problems) == ["bomb"]


def test_a_real_nested_zip_bomb_is_stopped() -> None:
    """42.zip in small: zips of zips of zeros, each layer 1,000 times smaller than what it holds."""
    inner = g.zip_of([(f"{i}.bin", bytes(8 << 20)) for i in range(4)])  # 32 MB in about 32 KB
    middle = g.zip_of([(f"{i}.zip", inner) for i in range(8)])
    bomb = g.zip_of([(f"{i}.zip", middle) for i in range(8)])  # 2 GB of zeros
    assert len(bomb) < 200_000
    members, problems = walk("42.zip", bomb)
    assert problems and set(kinds(problems)) == {"bomb"}
    assert sum(len(m.data) for m in members) < 10 << 20


def _deflate_zeros(megabytes: int) -> bytes:
    """A raw deflate stream of `megabytes` MB of zeros, built without ever holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * megabytes + b"\x03\x00"  # then an empty final block


def _zip_with_one_member(name: str, packed: bytes, declared_size: int) -> bytes:
    fields = struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0x21, 0, len(packed), declared_size, len(name), 0)
    local = b"PK\x03\x04" + fields + name.encode() + packed
    central = b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHII", 0, 0, 0, 0, 0) + name.encode()
    return local + central + b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local), 0)


def test_a_10_gb_member_is_detected_without_allocating_it() -> None:
    packed = _deflate_zeros(10 * 1024)  # 10 GB of zeros in about 10 MB
    declared = _zip_with_one_member("zeros.bin", packed, 0xFFFFFFFF)  # a zip declares 4 GB (its maximum)
    # A .gz declares nothing: it can only be stopped while it is read. Ratio checks off, so that
    # the byte limit is what stops it.
    undeclared = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + packed
    bz2_bomb = g.bz2_bomb(10)
    tracemalloc.start()
    try:
        _, problems_zip = walk("zeros.zip", declared)
        _, problems_gz = walk("zeros.gz", undeclared, Limits(max_total_bytes=20 << 20, max_ratio=1e12))
        _, problems_bz2 = walk("zeros.bz2", bz2_bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert kinds(problems_zip) == ["bomb"]
    assert kinds(problems_gz) == ["too-big"]
    assert kinds(problems_bz2) == ["bomb"]
    assert peak < 40 << 20, f"peak {peak >> 20} MB"  # the 20 MB read before the limit, not 10 GB


def test_overall_ratio_catches_declared_sizes_that_add_up_to_a_bomb() -> None:
    # Many members, each under the per-member check, that together unpack to far more than the archive.
    data = g.zip_of([(f"{i}.txt", bytes(900_000)) for i in range(40)])
    members, problems = walk("a.zip", data)
    assert members == [] and kinds(problems) == ["bomb"]


# --- passwords, damage, hostile names -------------------------------------------------------------


def test_zipcrypto_zip_is_encrypted_and_its_names_are_kept() -> None:
    data = g.zipcrypto([("results.pdf", g.pdf()), ("setup.exe", PE)], password=b"school")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # a real ZipCrypto archive: the password opens it
        assert zf.read("setup.exe", pwd=b"school") == PE
    members, problems = walk("results.zip", data)
    assert members == []
    assert [(p.kind, p.name, p.path) for p in problems] == [
        ("encrypted", "results.pdf", "results.zip/results.pdf"), ("encrypted", "setup.exe", "results.zip/setup.exe")]


def test_encryption_flag_alone_is_enough() -> None:
    data = bytearray(g.zip_of([("a.txt", b"hello")], method=zipfile.ZIP_STORED))
    data[6] |= 0x1  # local header flag bits
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # central directory flag bits
    assert kinds(walk("a.zip", bytes(data))[1]) == ["encrypted"]


def test_aes_zip_is_encrypted() -> None:
    pyzipper = pytest.importorskip("pyzipper")
    buf = io.BytesIO()
    with pyzipper.AESZipFile(buf, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(b"school")
        zf.writestr("marks.xlsx", b"secret")
    assert [(p.kind, p.name) for p in walk("a.zip", buf.getvalue())[1]] == [("encrypted", "marks.xlsx")]


def test_encrypted_7z_and_rar() -> None:
    members, problems = walk("a.7z", g.seven_zip([("report.pdf", b"%PDF")], password="school"))
    assert members == [] and [(p.kind, p.name) for p in problems] == [("encrypted", "report.pdf")]
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", password="school", header_encryption=True) as archive:
        archive.writestr(b"x", "hidden.exe")
    assert kinds(walk("b.7z", buf.getvalue())[1]) == ["encrypted"]
    assert [(p.kind, p.name) for p in walk("c.rar", g.rar4([("a.exe", PE)], encrypted=True))[1]] == [
        ("encrypted", "a.exe")]


def test_zip_slip_names_are_only_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    hostile = [("../../etc/passwd", b"root::0:0"), ("/etc/cron.d/evil", b"* * * * * x"),
               ("C:\\Windows\\System32\\evil.dll", PE), ("..\\..\\startup.bat", b"@echo off")]
    for name, data in [("a.zip", g.zip_of(hostile)), ("a.tar", tar_of(hostile)),
                       ("a.rar", g.rar4([(n, d) for n, d in hostile]))]:
        members, problems = walk(name, data)
        assert problems == [], name
        assert [m.name for m in members] == ["passwd", "evil", "evil.dll", "startup.bat"]
        assert members[0].path == f"{name}/../../etc/passwd"
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_written_to_disk_for_any_format(sealed: None) -> None:
    files = [("../x.exe", PE), ("photo.jpg", g.JPEG)]
    archives = [g.zip_of(files), tar_of(files, "w:gz"), tar_of(files, "w:bz2"), gzip.compress(PE),
                g.seven_zip([("x.exe", PE), ("d/photo.jpg", g.JPEG)]), g.rar4([("x.exe", PE)]),
                g.rar4([("x.exe", PE)], method=0x33), g.zipcrypto(files)]
    for data in archives:
        members, problems = walk("a", data)
        assert members or problems


def test_damaged_archives_never_raise() -> None:
    samples = {
        "zip": g.zip_of([("a.txt", b"hello " * 100), ("b.exe", PE)]),
        "tgz": tar_of([("a.txt", b"hello " * 100)], "w:gz"),
        "bz2": bz2.compress(b"hello " * 100),
        "xz": lzma.compress(b"hello " * 100),
        "7z": g.seven_zip([("a.txt", b"hello " * 100)]),
        "rar": g.rar4([("a.txt", b"hello " * 100)]),
    }
    for label, data in samples.items():
        variants = [data[:cut] for cut in range(4, len(data), max(1, len(data) // 12))]
        for pos in range(0, len(data), max(1, len(data) // 16)):
            flipped = bytearray(data)
            flipped[pos] ^= 0xFF
            variants.append(bytes(flipped))
        for variant in variants:
            _, problems = walk(f"a.{label}", variant)  # must not raise
            for problem in problems:
                assert problem.kind in ("corrupt", "unsupported", "encrypted", "bomb", "too-big"), (label, problem)


def test_a_library_failing_on_one_archive_does_not_lose_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    import py7zr

    def broken(*args: Any, **kwargs: Any) -> None:
        raise TypeError("unexpected input")

    monkeypatch.setattr(py7zr.SevenZipFile, "extractall", broken)
    data = g.zip_of([("a.7z", g.seven_zip([("x.exe", PE)])), ("setup.exe", PE)])
    members, problems = walk("outer.zip", data)
    assert paths(members) == ["outer.zip/a.7z", "outer.zip/setup.exe"]
    assert [(p.kind, p.path) for p in problems] == [("corrupt", "outer.zip/a.7z")]


def test_damaged_archives_are_reported_as_corrupt() -> None:
    zipped = g.zip_of([("a.pdf", g.pdf()), ("b.jpg", g.JPEG)])
    assert kinds(walk("a.zip", zipped[:-30])[1]) == ["corrupt"]
    assert kinds(walk("a.gz", gzip.compress(b"hello" * 1000)[:40])[1]) == ["corrupt"]
    assert kinds(walk("a.7z", g.seven_zip([("a", b"b" * 100)])[:40])[1]) == ["corrupt"]
    bad_crc = bytearray(g.zip_of([("a.txt", b"hello world")], method=zipfile.ZIP_STORED))
    bad_crc[bad_crc.index(b"hello")] = ord("j")
    members, problems = walk("a.zip", bytes(bad_crc))
    assert members == [] and [(p.kind, p.name) for p in problems] == [("corrupt", "a.txt")]
