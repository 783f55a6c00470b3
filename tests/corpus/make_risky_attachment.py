"""Build the labelled corpus for the risky-attachment rule: tests/corpus/risky-attachment/.

    python tests/corpus/make_risky_attachment.py        # rewrites the .eml files and labels.csv

Everything is made here from first principles, byte for byte and the same on every run: Windows
programs with real PE headers, Linux ELF and macOS Mach-O headers, shortcuts, an MSI and Word and
Excel 97-2003 files with a real VBA project inside (an OLE compound file written by `cfb()` below,
which oletools reads as it reads one saved by Office), OOXML documents with and without macros,
disk images, archives of every kind, a zip encrypted with the classic ZipCrypto cipher, bombs, and
the clean attachments a school sends every day. Nothing harmful: the "programs" return at once, the
macro only shows a message box, and nothing here is ever run.

The builders are also imported by tests/test_archives.py and tests/test_risky_attachment.py.
"""

from __future__ import annotations

import base64
import bz2
import csv
import gzip
import io
import lzma
import struct
import tarfile
import urllib.parse
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent / "risky-attachment"
STAFF = "t.smith@example-school.org.uk"
RECIPIENTS = "jane.parent@gmail.com head@example-school.org.uk"
WHEN = (2026, 3, 2, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# Programs, shortcuts, disk images


def pe(*, gui: bool = True, dll: bool = False, x64: bool = False) -> bytes:
    """A minimal Windows PE file (one .text section that returns at once)."""
    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    stub = stub.ljust(0x80 - 64, b"\0")
    opt_size = 0xF0 if x64 else 0xE0
    chars = 0x0102 | (0x2000 if dll else 0) | (0x0020 if x64 else 0)
    coff = b"PE\0\0" + struct.pack("<HHIIIHH", 0x8664 if x64 else 0x14C, 1, 0x5F5E1000, 0, 0, opt_size, chars)
    opt = bytearray(opt_size)
    struct.pack_into("<HBB", opt, 0, 0x20B if x64 else 0x10B, 14, 0)
    struct.pack_into("<III", opt, 4, 0x200, 0, 0)
    struct.pack_into("<II", opt, 16, 0x1000, 0x1000)
    if x64:
        struct.pack_into("<Q", opt, 24, 0x140000000)
    else:
        struct.pack_into("<II", opt, 24, 0x2000, 0x400000)
    struct.pack_into("<II", opt, 32, 0x1000, 0x200)
    struct.pack_into("<HHHHHH", opt, 40, 6, 0, 0, 0, 6, 0)
    struct.pack_into("<IIII", opt, 52, 0, 0x2000, 0x200, 0)
    struct.pack_into("<HH", opt, 68, 2 if gui else 3, 0x8140)
    struct.pack_into("<I", opt, opt_size - 16 * 8 - 4, 16)
    section = struct.pack("<8sIIIIIIHHI", b".text", 0x10, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    headers = (bytes(dos) + stub + coff + bytes(opt) + section).ljust(0x200, b"\0")
    return headers + b"\x31\xc0\xc3".ljust(0x200, b"\0")  # xor eax, eax; ret


def elf() -> bytes:
    """A minimal x86-64 Linux ELF executable header with one program header."""
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    header = ident + struct.pack("<HHIQQQIHHHHHH", 2, 0x3E, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    phdr = struct.pack("<IIQQQQQQ", 1, 5, 0, 0x400000, 0x400000, 0x200, 0x200, 0x1000)
    return (header + phdr).ljust(0x200, b"\0")


def macho() -> bytes:
    """A minimal 64-bit macOS Mach-O executable header."""
    return struct.pack("<IiiIIIII", 0xFEEDFACF, 0x01000007, 3, 2, 0, 0, 0x85, 0).ljust(0x200, b"\0")


def lnk() -> bytes:
    """A Windows shell link (.lnk) header: size 0x4C and the ShellLink CLSID."""
    header = struct.pack("<I", 0x4C) + bytes.fromhex("0114020000000000c000000000000046")
    header += struct.pack("<II", 0x1 | 0x80, 0x20)
    return header.ljust(0x4C, b"\0") + b"\0\0" + bytes(64)


def iso() -> bytes:
    """An ISO 9660 image: a primary volume descriptor at sector 16 and a terminator."""
    data = bytearray(18 * 2048)
    data[16 * 2048:16 * 2048 + 7] = b"\x01CD001\x01"
    data[16 * 2048 + 40:16 * 2048 + 72] = b"PHOTOS".ljust(32)
    data[17 * 2048:17 * 2048 + 7] = b"\xffCD001\x01"
    return bytes(data)


def mbr_image() -> bytes:
    """A raw disk image (.img): an MBR with one FAT32 partition and the 55 AA boot signature."""
    data = bytearray(4096)
    data[446:462] = bytes([0x80, 1, 1, 0, 0x0C, 0xFE, 0xFF, 0xFF]) + struct.pack("<II", 63, 8000)
    data[510:512] = b"\x55\xaa"
    return bytes(data)


def vhd() -> bytes:
    """A fixed-size Virtual PC / Hyper-V disk (.vhd): data then the 512-byte "conectix" footer."""
    footer = bytearray(512)
    footer[0:8] = b"conectix"
    struct.pack_into(">II", footer, 8, 2, 0x00010000)
    struct.pack_into(">Q", footer, 16, 0xFFFFFFFFFFFFFFFF)
    footer[28:32] = b"win "
    struct.pack_into(">QQ", footer, 40, 4096, 4096)
    struct.pack_into(">I", footer, 60, 2)  # fixed disk
    return bytes(4096) + bytes(footer)


def cab() -> bytes:
    """A Microsoft Cabinet header (an archive format mailguard does not open)."""
    header = b"MSCF" + struct.pack("<IIIIIBBHHHHH", 0, 80, 0, 44, 0, 3, 1, 1, 1, 0, 0, 0)
    return header.ljust(80, b"\0")


# ---------------------------------------------------------------------------------------------
# OLE compound files (Word/Excel 97-2003, MSI) and VBA projects

NOSTREAM = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
FREESECT = 0xFFFFFFFF
CLSID_WORD = bytes.fromhex("0609020000000000c000000000000046")
CLSID_EXCEL = bytes.fromhex("2008020000000000c000000000000046")
CLSID_MSI = bytes.fromhex("84100c0000000000c000000000000046")


@dataclass
class _Node:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[_Node] = field(default_factory=list)
    sid: int = 0
    start: int = ENDOFCHAIN


def cfb(streams: dict[str, bytes], clsid: bytes = bytes(16)) -> bytes:
    """A version 3 OLE compound file holding the given streams ("Macros/VBA/dir": bytes)."""
    root = _Node("Root Entry", 5)
    for path, data in streams.items():
        node = root
        parts = path.split("/")
        for part in parts[:-1]:
            found = next((c for c in node.children if c.name == part), None)
            if found is None:
                found = _Node(part, 1)
                node.children.append(found)
            node = found
        node.children.append(_Node(parts[-1], 2, data))
    order: list[_Node] = []

    def number(node: _Node) -> None:
        node.sid = len(order)
        order.append(node)
        node.children.sort(key=lambda c: (len(c.name), c.name.upper()))
        for child in node.children:
            number(child)

    number(root)
    sectors: list[bytes] = []
    fat: list[int] = []

    def put(data: bytes) -> int:
        first = len(sectors)
        count = max(1, -(-len(data) // 512))
        for i in range(count):
            sectors.append(data[i * 512:(i + 1) * 512].ljust(512, b"\0"))
            fat.append(first + i + 1 if i + 1 < count else ENDOFCHAIN)
        return first

    mini = bytearray()
    minifat: list[int] = []
    for node in order:
        if node.kind != 2:
            continue
        if len(node.data) >= 4096:
            node.start = put(node.data)
        else:
            node.start = len(mini) // 64
            count = max(1, -(-len(node.data) // 64))
            for i in range(count):
                minifat.append(node.start + i + 1 if i + 1 < count else ENDOFCHAIN)
            mini += node.data.ljust(count * 64, b"\0")
    if mini:
        root.start = put(bytes(mini))
    minifat_start = put(b"".join(struct.pack("<I", x) for x in minifat)) if minifat else ENDOFCHAIN
    minifat_count = -(-len(minifat) * 4 // 512)

    def entry(node: _Node | None, right: int) -> bytes:
        if node is None:
            return bytes(64) + struct.pack("<HBBIII", 0, 0, 1, NOSTREAM, NOSTREAM, NOSTREAM) + bytes(36 + 8)
        name = node.name.encode("utf-16-le") + b"\0\0"
        child = node.children[0].sid if node.children else NOSTREAM
        size = len(mini) if node.kind == 5 else (len(node.data) if node.kind == 2 else 0)
        start = node.start if node.kind != 1 else 0
        return (name.ljust(64, b"\0") + struct.pack("<HBBIII", len(name), node.kind, 1, NOSTREAM, right, child)
                + (clsid if node.kind == 5 else bytes(16)) + bytes(4 + 16) + struct.pack("<IQ", start, size))

    rights: dict[int, int] = {}
    for node in order:
        for a, b in zip(node.children, node.children[1:], strict=False):
            rights[a.sid] = b.sid
    directory = b"".join(entry(n, rights.get(n.sid, NOSTREAM)) for n in order)
    directory = directory.ljust(-(-len(directory) // 512) * 512, b"\0")
    while len(directory) % 512:
        directory += entry(None, NOSTREAM)
    dir_start = put(directory)
    fat_count = 1
    while fat_count * 128 < len(sectors) + fat_count:
        fat_count += 1
    fat_start = len(sectors)
    fat += [FATSECT] * fat_count
    fat += [FREESECT] * (fat_count * 128 - len(fat))
    fat_bytes = b"".join(struct.pack("<I", x) for x in fat)
    for i in range(fat_count):
        sectors.append(fat_bytes[i * 512:(i + 1) * 512])
    difat = [fat_start + i for i in range(fat_count)] + [FREESECT] * (109 - fat_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, fat_count, dir_start, 0, 4096, minifat_start,
                                       minifat_count, ENDOFCHAIN, 0)
              + b"".join(struct.pack("<I", x) for x in difat))
    return header + b"".join(sectors)


def ovba_compress(data: bytes) -> bytes:
    """MS-OVBA compression, literals only (valid, if not small): one chunk of up to 3,600 bytes."""
    if len(data) > 3600:
        raise ValueError("keep VBA test sources under 3,600 bytes")
    body = b"".join(b"\x00" + data[i:i + 8] for i in range(0, len(data), 8))
    header = (len(body) + 2 - 3) | (0b011 << 12) | 0x8000
    return b"\x01" + struct.pack("<H", header) + body


def _rec(ident: int, data: bytes) -> bytes:
    return struct.pack("<HI", ident, len(data)) + data


def vba_storage(module: str, source: str, *, document_module: bool = True) -> dict[str, bytes]:
    """The streams of a VBA project (MS-OVBA): PROJECT, VBA/_VBA_PROJECT, VBA/dir and one module."""
    name = module.encode("ascii")
    dir_stream = b"".join([
        _rec(0x0001, struct.pack("<I", 1)),  # PROJECTSYSKIND: 32-bit Windows
        _rec(0x0002, struct.pack("<I", 0x409)),  # PROJECTLCID
        _rec(0x0014, struct.pack("<I", 0x409)),  # PROJECTLCIDINVOKE
        _rec(0x0003, struct.pack("<H", 1252)),  # PROJECTCODEPAGE
        _rec(0x0004, b"Project"),  # PROJECTNAME
        _rec(0x0005, b""), _rec(0x0040, b""),  # PROJECTDOCSTRING (+ Unicode)
        _rec(0x0006, b""), _rec(0x003D, b""),  # PROJECTHELPFILEPATH (+ second)
        _rec(0x0007, struct.pack("<I", 0)),  # PROJECTHELPCONTEXT
        _rec(0x0008, struct.pack("<I", 0)),  # PROJECTLIBFLAGS
        struct.pack("<HIIH", 0x0009, 4, 1, 0),  # PROJECTVERSION
        _rec(0x000C, b""), _rec(0x003C, b""),  # PROJECTCONSTANTS (+ Unicode)
        _rec(0x000F, struct.pack("<H", 1)),  # PROJECTMODULES: one
        _rec(0x0013, struct.pack("<H", 0xFFFF)),  # PROJECTCOOKIE
        _rec(0x0019, name),  # MODULENAME
        _rec(0x0047, module.encode("utf-16-le")),  # MODULENAMEUNICODE
        _rec(0x001A, name), _rec(0x0032, module.encode("utf-16-le")),  # MODULESTREAMNAME
        _rec(0x001C, b""), _rec(0x0048, b""),  # MODULEDOCSTRING
        _rec(0x0031, struct.pack("<I", 0)),  # MODULEOFFSET: the source starts the stream
        _rec(0x001E, struct.pack("<I", 0)),  # MODULEHELPCONTEXT
        _rec(0x002C, struct.pack("<H", 0xFFFF)),  # MODULECOOKIE
        _rec(0x0022 if document_module else 0x0021, b""),  # MODULETYPE
        _rec(0x002B, b""),  # module terminator
        _rec(0x0010, b""),  # dir terminator
    ])
    project = (f'ID="{{00000000-0000-0000-0000-000000000000}}"\r\nDocument={module}/&H00000000\r\n'
               'Name="Project"\r\nHelpContextID="0"\r\nVersionCompatible32="393222000"\r\n\r\n'
               '[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n')
    return {
        "PROJECT": project.encode("ascii"),
        "PROJECTwm": name + b"\0" + module.encode("utf-16-le") + b"\0\0\0\0",
        "VBA/_VBA_PROJECT": b"\xcc\x61\xff\xff\x00\x00\x00",
        "VBA/dir": ovba_compress(dir_stream),
        f"VBA/{module}": ovba_compress(source.replace("\n", "\r\n").encode("ascii")),
    }


WORD_MACRO = """Attribute VB_Name = "ThisDocument"
Attribute VB_Base = "1Normal.ThisDocument"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = True
Sub AutoOpen()
    MsgBox "mailguard test macro: it only shows this message"
End Sub
"""

EXCEL_MACRO = """Attribute VB_Name = "ThisWorkbook"
Attribute VB_Base = "0{00020819-0000-0000-C000-000000000046}"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = True
Private Sub Workbook_Open()
    MsgBox "mailguard test macro: it only shows this message"
End Sub
"""


def _word_stream(text: str) -> bytes:
    fib = bytearray(1472)
    struct.pack_into("<HHH", fib, 0, 0xA5EC, 0xC1, 0x409)
    return bytes(fib) + text.encode("cp1252").ljust(2048, b"\0")


def word97(text: str = "Minutes of the governors' meeting.", *, macro: bool = False) -> bytes:
    """A Word 97-2003 .doc: WordDocument and 1Table streams, with or without a VBA project."""
    streams = {"WordDocument": _word_stream(text), "1Table": bytes(512)}
    if macro:
        streams.update({f"Macros/{k}": v for k, v in vba_storage("ThisDocument", WORD_MACRO).items()})
    return cfb(streams, CLSID_WORD)


def _biff(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def excel97(*, macro: bool = False, xlm: bool = False) -> bytes:
    """An Excel 97-2003 .xls: a Workbook stream (BIFF8), with or without a VBA project, and with or
    without a hidden Excel 4.0 macro sheet (XLM, the other kind of Excel macro)."""
    def bof(kind: int) -> bytes:
        return _biff(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))

    eof = _biff(0x000A, b"")
    sheets = [("Sheet1", 0x00, 0x0010)] + ([("Macro1", 0x01, 0x0040)] if xlm else [])
    bound_len = sum(4 + 8 + len(name) for name, _, _ in sheets)
    offset = len(bof(0x0005)) + bound_len + len(eof)
    globals_, substreams = bof(0x0005), b""
    for name, sheet_type, bof_type in sheets:
        hidden = 1 if sheet_type == 0x01 else 0
        globals_ += _biff(0x0085, struct.pack("<IBBBB", offset + len(substreams), hidden, sheet_type, len(name), 0)
                          + name.encode("latin-1"))
        substreams += bof(bof_type) + eof
    streams = {"Workbook": (globals_ + eof + substreams).ljust(4096, b"\0")}
    if macro:
        streams.update({f"_VBA_PROJECT_CUR/{k}": v for k, v in vba_storage("ThisWorkbook", EXCEL_MACRO).items()})
    return cfb(streams, CLSID_EXCEL)


def vba_project_bin(module: str = "ThisDocument", source: str = WORD_MACRO) -> bytes:
    """vbaProject.bin as found inside .docm/.xlsm: the VBA project at the root of an OLE file."""
    return cfb(vba_storage(module, source))


def summary_information(title: str) -> bytes:
    """A SummaryInformation property set (MS-OLEPS) with a code page and a title."""
    text = title.encode("cp1252") + b"\0"
    props = [(1, struct.pack("<IH", 2, 1252).ljust(8, b"\0")),
             (2, (struct.pack("<II", 0x1E, len(text)) + text).ljust(-(-(8 + len(text)) // 4) * 4, b"\0"))]
    offset, table, body = 8 + 8 * len(props), b"", b""
    for pid, value in props:
        table += struct.pack("<II", pid, offset + len(body))
        body += value
    section = struct.pack("<II", offset + len(body), len(props)) + table + body
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    return struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + bytes(16) + struct.pack("<I", 1) + fmtid + struct.pack(
        "<I", 48) + section


def msi() -> bytes:
    """An (empty) Windows Installer database: an OLE file with the MSI class id and summary information."""
    return cfb({"\x05SummaryInformation": summary_information("Installation Database"),
                "\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4831": bytes(64)}, CLSID_MSI)


def encrypted_ooxml() -> bytes:
    """A password-protected .xlsx: an OLE file with EncryptionInfo and EncryptedPackage streams."""
    info = (b"\x04\x00\x04\x00\x40\x00\x00\x00" + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
            b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
            b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
            b"</encryption>")
    payload = struct.pack("<Q", 8192) + bytes((i * 131 + 7) % 256 for i in range(8192))
    return cfb({"EncryptionInfo": info, "EncryptedPackage": payload,
                "\x06DataSpaces/Version": b"\x3c\x00\x00\x00" + "Microsoft.Container.DataSpaces".encode("utf-16-le")
                + struct.pack("<HHHHHH", 1, 0, 1, 0, 1, 0)})


# ---------------------------------------------------------------------------------------------
# Archives


def zip_of(files: Iterable[tuple[str, bytes]], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=WHEN)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def tar_gz(files: Iterable[tuple[str, bytes]]) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 1772443800, 0o644
            tf.addfile(info, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), mtime=0)


def seven_zip(files: Iterable[tuple[str, bytes]], password: str | None = None) -> bytes:
    """A 7z archive; the same bytes on every run (py7zr's clock and random IV are fixed here)."""
    from unittest import mock

    import py7zr
    import py7zr.compressor
    from py7zr.helpers import ArchiveTimestamp

    fixed = ArchiveTimestamp.from_datetime(1772443800)
    buf = io.BytesIO()
    with mock.patch.object(ArchiveTimestamp, "from_now", staticmethod(lambda: fixed)), \
            mock.patch.object(py7zr.compressor, "get_random_bytes", lambda n: bytes(range(n))), \
            py7zr.SevenZipFile(buf, "w", password=password, header_encryption=False) as archive:
        for name, data in files:
            archive.writestr(data, name)
    return buf.getvalue()


def _rar_block(kind: int, flags: int, body: bytes) -> bytes:
    header = struct.pack("<BHH", kind, flags, 7 + len(body)) + body
    return struct.pack("<H", zlib.crc32(header) & 0xFFFF) + header


def rar4(files: Iterable[tuple[str, bytes]], *, method: int = 0x30, encrypted: bool = False) -> bytes:
    """A RAR 4 archive. Method 0x30 is "store"; any other is marked compressed (its data is not real)."""
    out = b"Rar!\x1a\x07\x00" + _rar_block(0x73, 0, bytes(6))
    for name, data in files:
        encoded = name.encode("ascii")
        body = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data), 0x5C624AC0, 20, method,
                           len(encoded), 0x20) + encoded
        out += _rar_block(0x74, 0x8000 | (0x4 if encrypted else 0), body) + data
    return out + _rar_block(0x7B, 0x4000, b"")


def _crc_byte(crc: int, byte: int) -> int:
    return ~zlib.crc32(bytes([byte]), ~crc & 0xFFFFFFFF) & 0xFFFFFFFF


def zipcrypto(files: Iterable[tuple[str, bytes]], password: bytes = b"school") -> bytes:
    """A zip encrypted with the traditional PKWARE cipher (what "Send to > Compressed folder" with a
    password, WinZip and 7-Zip's ZipCrypto write). zipfile itself can read it with the password."""
    files = list(files)
    local, central = bytearray(), bytearray()
    dostime, dosdate = (WHEN[3] << 11) | (WHEN[4] << 5), ((WHEN[0] - 1980) << 9) | (WHEN[1] << 5) | WHEN[2]
    for index, (name, data) in enumerate(files):
        crc = zlib.crc32(data)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = compressor.compress(data) + compressor.flush()
        keys = [0x12345678, 0x23456789, 0x34567890]

        def update(byte: int, keys: list[int] = keys) -> None:
            keys[0] = _crc_byte(keys[0], byte)
            keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            keys[2] = _crc_byte(keys[2], keys[1] >> 24)

        for byte in password:
            update(byte)
        plain = bytes((index * 37 + i * 11) & 0xFF for i in range(11)) + bytes([crc >> 24]) + packed
        cipher = bytearray()
        for byte in plain:
            temp = (keys[2] | 2) & 0xFFFF
            cipher.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            update(byte)
        encoded = name.encode("utf-8")
        fields = struct.pack("<HHHHHIIIHH", 20, 0x1, 8, dostime, dosdate, crc, len(cipher), len(data), len(encoded), 0)
        offset = len(local)
        local += b"PK\x03\x04" + fields + encoded + cipher
        central += (b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHII", 0, 0, 0, 0o644 << 16, offset)
                    + encoded)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(files), len(files), len(central), len(local), 0)
    return bytes(local + central + end)


def nested_zip(levels: int, payload: tuple[str, bytes]) -> bytes:
    data = zip_of([payload])
    for level in range(levels - 1, 0, -1):
        data = zip_of([(f"level{level + 1}.zip", data)])
    return data


def zip_bomb(copies: int = 4, megabytes: int = 12) -> bytes:
    """42.zip in small: a zip of zips, each holding a file of zeros 1,000 times smaller packed."""
    inner = zip_of([(f"data{i}.bin", bytes(megabytes << 20)) for i in range(2)])
    return zip_of([(f"part{i}.zip", inner) for i in range(copies)])


def bz2_bomb(gigabytes: int = 10) -> bytes:
    """A .bz2 that unpacks to `gigabytes` GB of zeros from a few tens of kilobytes (repeated bzip2 streams)."""
    stream = bz2.compress(bytes(10 << 20), 9)
    return stream * (gigabytes * 1024 // 10)


# ---------------------------------------------------------------------------------------------
# Ordinary school attachments


def pdf(text: str = "Year 7 trip to the Science Museum: consent letter") -> bytes:
    content = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def _content_types(overrides: dict[str, str], defaults: dict[str, str] | None = None) -> bytes:
    base = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml",
            **(defaults or {})}
    body = "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in base.items())
    body += "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items())
    return (_CT + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + body + "</Types>").encode()


def _rels(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items)
    return (_CT + f'<Relationships xmlns="{_RELS_NS}">' + body + "</Relationships>").encode()


def docx(text: str = "Dear parents, please find the trip details below.", *, macro: bool = False,
         macro_content_type: bool = True, image: bytes | None = None) -> bytes:
    main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro and macro_content_type
            else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    defaults = {"bin": "application/vnd.ms-office.vbaProject"} if macro else {}
    if image is not None:
        defaults["png"] = "image/png"
    files = [
        ("[Content_Types].xml", _content_types({"/word/document.xml": main}, defaults)),
        ("_rels/.rels", _rels([("rId1", _OFFICE_DOC, "word/document.xml")])),
        ("word/document.xml", (_CT + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                               f'main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>').encode()),
    ]
    doc_rels = []
    if image is not None:
        files.append(("word/media/image1.png", image))
        doc_rels.append(("rId5", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
                         "media/image1.png"))
    if macro:
        files.append(("word/vbaProject.bin", vba_project_bin()))
        doc_rels.append(("rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                         "vbaProject.bin"))
    if doc_rels:
        files.append(("word/_rels/document.xml.rels", _rels(doc_rels)))
    return zip_of(files)


def xlsx(rows: list[list[str]] | None = None, *, macro: bool = False) -> bytes:
    rows = rows or [["Name", "Mark"], ["Sam", "7"], ["Jo", "8"]]
    main = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
            else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    cells = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
                                   for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, 1))
    sheet_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = [
        ("[Content_Types].xml", _content_types({
            "/xl/workbook.xml": main,
            "/xl/worksheets/sheet1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        }, {"bin": "application/vnd.ms-office.vbaProject"} if macro else None)),
        ("_rels/.rels", _rels([("rId1", _OFFICE_DOC, "xl/workbook.xml")])),
        ("xl/workbook.xml", (_CT + f'<workbook xmlns="{sheet_ns}" xmlns:r="{rel_ns}"><sheets>'
                             '<sheet name="Marks" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()),
        ("xl/_rels/workbook.xml.rels", _rels(
            [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
              "worksheets/sheet1.xml")]
            + ([("rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")]
               if macro else []))),
        ("xl/worksheets/sheet1.xml", (_CT + f'<worksheet xmlns="{sheet_ns}"><sheetData>{cells}</sheetData>'
                                      "</worksheet>").encode()),
    ]
    if macro:
        files.append(("xl/vbaProject.bin", vba_project_bin("ThisWorkbook", EXCEL_MACRO)))
    return zip_of(files)


def pptx(*, macro: bool = False) -> bytes:
    main = ("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml" if macro
            else "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")
    files = [
        ("[Content_Types].xml", _content_types({"/ppt/presentation.xml": main})),
        ("_rels/.rels", _rels([("rId1", _OFFICE_DOC, "ppt/presentation.xml")])),
        ("ppt/presentation.xml", (_CT + '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/'
                                  '2006/main"/>').encode()),
    ]
    if macro:
        files.append(("ppt/vbaProject.bin", vba_project_bin("Module1", WORD_MACRO.replace("ThisDocument", "Module1"))))
    return zip_of(files)


def odt(text: str = "Sports day timetable") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("mimetype", date_time=WHEN)
        zf.writestr(info, "application/vnd.oasis.opendocument.text")
        for name, data in [
            ("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
                            '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
                            f'opendocument:xmlns:text:1.0"><office:body><office:text><text:p>{text}</text:p>'
                            "</office:text></office:body></office:document-content>"),
            ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                                      '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                                      'manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                                      'opendocument.text"/></manifest:manifest>'),
        ]:
            info = zipfile.ZipInfo(name, date_time=WHEN)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def jar() -> bytes:
    manifest = b"Manifest-Version: 1.0\r\nMain-Class: Hello\r\nCreated-By: 17 (mailguard tests)\r\n\r\n"
    klass = b"\xca\xfe\xba\xbe\x00\x00\x00\x3d" + bytes(64)
    return zip_of([("META-INF/MANIFEST.MF", manifest), ("Hello.class", klass)])


def png(width: int = 24, height: int = 16) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + bytes((x * 10 + y * 3) & 0xFF for x in range(width) for _ in range(3))
                    for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0o"
    "MCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAMABAD"
    "ASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKB"
    "kaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZ"
    "mqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQF"
    "BgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5"
    "OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX"
    "2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDzLSvCnT93+ldhpfhTp+7/AErutL0624+Suw0vTrbj5Kzxud1NTj4Y4iq+6f/Z")

ICS = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example School//Calendar//EN\r\nBEGIN:VEVENT\r\n"
       b"UID:parents-evening-2026@example-school.org.uk\r\nDTSTAMP:20260302T093000Z\r\n"
       b"DTSTART:20260318T160000Z\r\nDTEND:20260318T190000Z\r\nSUMMARY:Year 7 parents' evening\r\n"
       b"LOCATION:Main hall\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

VCF = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:School Office\r\nTEL;TYPE=WORK:01632 960000\r\nEND:VCARD\r\n"


def csv_marks(rows: int = 30) -> bytes:
    lines = ["Pupil,Maths,English,Science"]
    lines += [f"Pupil {i:03d},{(i * 7) % 40 + 50},{(i * 11) % 35 + 55},{(i * 13) % 30 + 60}" for i in range(rows)]
    return ("\r\n".join(lines) + "\r\n").encode()


# ---------------------------------------------------------------------------------------------
# Messages

CRLF = "\r\n"


@dataclass
class Part:
    """One attachment: its bytes and the MIME headers that name it (written exactly as given)."""

    data: bytes
    headers: list[str]
    text: bool = False  # send as quoted-printable-free 7bit text instead of base64


def attach(name: str, data: bytes, ctype: str = "application/octet-stream") -> Part:
    """An attachment named the way most mail programs do: name= and filename=, RFC 2231 if not ASCII."""
    if name.isascii():
        return Part(data, [f'Content-Type: {ctype}; name="{name}"',
                           f'Content-Disposition: attachment; filename="{name}"'])
    encoded = urllib.parse.quote(name, safe="")
    return Part(data, [f"Content-Type: {ctype}; name*=utf-8''{encoded}",
                       f"Content-Disposition: attachment; filename*=utf-8''{encoded}"])


def message(case: str, subject: str, body: str, parts: list[Part], html: str | None = None) -> bytes:
    boundary = f"=_mailguard_{case}"
    lines = [
        "From: Tom Smith <t.smith@example-school.org.uk>",
        "To: Jane Parent <jane.parent@gmail.com>",
        "Cc: Head Teacher <head@example-school.org.uk>",
        f"Subject: {subject}",
        "Date: Mon, 02 Mar 2026 09:30:00 +0000",
        f"Message-ID: <{case}@example-school.org.uk>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body,
    ]
    if html is not None:
        lines += [f"--{boundary}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
                  html]
    for part in parts:
        lines.append(f"--{boundary}")
        lines += part.headers
        if part.text:
            lines += ["Content-Transfer-Encoding: 7bit", "", part.data.decode("ascii")]
        else:
            encoded = base64.encodebytes(part.data).decode("ascii").replace("\n", CRLF).rstrip(CRLF)
            lines += ["Content-Transfer-Encoding: base64", "", encoded]
    lines += [f"--{boundary}--", ""]
    return CRLF.join(lines).encode("utf-8")


@dataclass
class Case:
    file: str
    expected: str  # flag | clean
    note: str
    build: Callable[[], bytes]


def cases() -> list[Case]:
    out: list[Case] = []

    def add(file: str, expected: str, note: str, subject: str, parts: Callable[[], list[Part]],
            body: str = "Please see the attached.\n\nTom Smith\nExample School") -> None:
        case_id = file.removesuffix(".eml")
        out.append(Case(file, expected, note, lambda: message(case_id, subject, body, parts())))

    # --- executables -----------------------------------------------------------------------------
    add("f01_setup_exe.eml", "flag", "executable: plain setup.exe (PE32)", "The installer",
        lambda: [attach("setup.exe", pe(), "application/x-msdownload")])
    add("f02_double_extension.eml", "flag", "executable: double extension report.pdf.exe, declared application/pdf",
        "Report", lambda: [attach("report.pdf.exe", pe(), "application/pdf")])
    add("f03_rlo_override.eml", "flag", "executable: right-to-left override, shows as 'invoiceexe.pdf' (RFC 2231)",
        "Invoice", lambda: [attach("invoice\u202efdp.exe", pe(), "application/pdf")])
    add("f04_pe_named_jpg.eml", "flag", "executable: a PE program named photo.jpg (true type)", "Photo",
        lambda: [attach("photo.jpg", pe(x64=True), "image/jpeg")])
    add("f05_pe_unnamed.eml", "flag", "executable: no file name at all, content is a PE", "Update",
        lambda: [Part(pe(), ["Content-Type: application/octet-stream", "Content-Disposition: attachment"])])
    add("f06_elf_no_extension.eml", "flag", "executable: Linux ELF program with no extension", "Tool",
        lambda: [attach("backup-tool", elf())])
    add("f07_macho.eml", "flag", "executable: macOS Mach-O program named Update", "Mac update",
        lambda: [attach("Update", macho())])
    add("f08_dll.eml", "flag", "executable: a DLL", "Helper", lambda: [attach("helper.dll", pe(dll=True))])
    add("f09_rfc2047_name.eml", "flag", "executable: RFC 2047 encoded-word file name (Zeugnis.exe)", "Zeugnis",
        lambda: [Part(pe(), ['Content-Type: application/octet-stream; name="=?utf-8?B?WmV1Z25pcy5leGU=?="',
                             'Content-Disposition: attachment; filename="=?utf-8?B?WmV1Z25pcy5leGU=?="'])])
    add("f10_rfc2231_continuations.eml", "flag",
        "executable: RFC 2231 continuations filename*0/*1/*2 = quarterly-report.pdf.exe", "Quarterly report",
        lambda: [Part(pe(), ["Content-Type: application/octet-stream",
                             'Content-Disposition: attachment; filename*0="quarterly-report";',
                             ' filename*1=".pdf"; filename*2=".exe"'])])
    add("f11_name_param_only.eml", "flag", "executable: only Content-Type name= gives the name", "Update",
        lambda: [Part(pe(), ['Content-Type: application/octet-stream; name="update.exe"'])])
    add("f12_trailing_dot_space.eml", "flag", "executable: 'setup.exe. ' (Windows drops trailing dots and spaces)",
        "Setup", lambda: [Part(b"not really a program, but named as one", [
            'Content-Type: application/octet-stream; name="setup.exe. "',
            'Content-Disposition: attachment; filename="setup.exe. "'])])
    add("f13_zip_with_exe.eml", "flag", "executable inside a zip", "Files",
        lambda: [attach("files.zip", zip_of([("readme.txt", b"Run the setup."), ("setup.exe", pe())]),
                        "application/zip")])
    add("f14_nested_zip_exe.eml", "flag", "executable two zips deep", "Photos",
        lambda: [attach("photos.zip", zip_of([("inner.zip", zip_of([("payload.exe", pe())]))]), "application/zip")])
    add("f15_zip_pe_named_jpg.eml", "flag", "executable named photo.jpg inside a zip (true type in archive)",
        "Photos", lambda: [attach("photos.zip", zip_of([("IMG_0001.jpg", JPEG), ("IMG_0002.jpg", pe())]))])
    add("f16_gz_exe.eml", "flag", "executable in a .gz", "Update",
        lambda: [attach("update.exe.gz", gzip.compress(pe(), mtime=0), "application/gzip")])
    add("f17_rar_stored_exe.eml", "flag", "executable stored in a RAR archive", "Files",
        lambda: [attach("files.rar", rar4([("setup.exe", pe())]), "application/vnd.rar")])
    add("f18_7z_elf.eml", "flag", "executable (ELF) inside a 7z archive", "Tools",
        lambda: [attach("tools.7z", seven_zip([("bin/backup", elf())]), "application/x-7z-compressed")])
    add("f19_scr_screensaver.eml", "flag", "screensaver .scr (a PE program)", "Screensaver",
        lambda: [attach("school-logo.scr", pe())])
    add("f20_nul_truncation.eml", "flag", "executable: 'setup.exe%00.pdf' name (RFC 2231 NUL)", "Setup",
        lambda: [Part(pe(), ["Content-Type: application/pdf",
                             "Content-Disposition: attachment; filename*=utf-8''setup.exe%00.pdf"])])
    # --- scripts ---------------------------------------------------------------------------------
    script = b'Set s = CreateObject("WScript.Shell")\r\ns.Popup "mailguard test"\r\n'
    add("f21_js.eml", "flag", "script: invoice.js", "Invoice",
        lambda: [attach("invoice.js", b"WScript.Echo('mailguard test');\r\n", "application/javascript")])
    add("f22_vbs_text_part.eml", "flag", "script: a .vbs sent as a text/plain part with a file name", "Script",
        lambda: [Part(script, ['Content-Type: text/plain; charset=us-ascii; name="tidy.vbs"',
                               'Content-Disposition: attachment; filename="tidy.vbs"'], text=True)])
    add("f23_ps1.eml", "flag", "script: PowerShell", "Install",
        lambda: [attach("install.ps1", b"Write-Host 'mailguard test'\r\n", "text/plain")])
    add("f24_bat.eml", "flag", "script: batch file", "Fix",
        lambda: [attach("fix-printer.bat", b"@echo off\r\necho mailguard test\r\n", "application/x-bat")])
    add("f25_cmd.eml", "flag", "script: .cmd", "Fix", lambda: [attach("run.cmd", b"@echo off\r\necho test\r\n")])
    add("f26_hta.eml", "flag", "script: HTML application", "Form",
        lambda: [attach("form.hta", b'<html><head><HTA:APPLICATION ID="t"></head><body>test</body></html>',
                        "application/hta")])
    add("f27_wsf.eml", "flag", "script: Windows Script File", "Job",
        lambda: [attach("job.wsf", b'<job><script language="JScript">WScript.Echo(1);</script></job>')])
    add("f28_sh_shebang_as_txt.eml", "flag", "script: a shell script (shebang) named notes.txt: true type",
        "Notes", lambda: [attach("notes.txt", b"#!/bin/sh\necho mailguard test\n", "text/plain")])
    add("f29_jar.eml", "flag", "script: Java archive", "Game", lambda: [attach("game.jar", jar())])
    add("f30_vbe_name_param_disagrees.eml", "flag",
        "script: filename= says notes.txt, name= says notes.vbe (every name source counts)", "Notes",
        lambda: [Part(script, ['Content-Type: text/plain; name="notes.vbe"',
                               'Content-Disposition: attachment; filename="notes.txt"'], text=True)])
    add("f31_tgz_script.eml", "flag", "script inside a .tar.gz", "Scripts",
        lambda: [attach("scripts.tar.gz", tar_gz([("scripts/cleanup.sh", b"#!/bin/sh\necho test\n")]))])
    add("f32_fullwidth_ext.eml", "flag", "script: full-width letters in the extension (.ｊｓ)", "Invoice",
        lambda: [attach("invoice.ｊｓ", b"WScript.Echo(1);\r\n")])
    # --- shortcuts and installers ------------------------------------------------------------------
    add("f33_lnk.eml", "flag", "shortcut: .lnk", "Shortcut", lambda: [attach("Documents.lnk", lnk())])
    add("f34_lnk_disguised.eml", "flag", "shortcut: .lnk content named homework.docx (true type)", "Homework",
        lambda: [attach("homework.docx", lnk(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    add("f35_msi.eml", "flag", "installer: .msi", "Installer", lambda: [attach("setup.msi", msi())])
    add("f36_msi_in_zip.eml", "flag", "installer inside a zip, renamed setup.dat (true type)", "Installer",
        lambda: [attach("install.zip", zip_of([("setup.dat", msi())]))])
    # --- disk images -----------------------------------------------------------------------------
    add("f37_iso.eml", "flag", "disk image: .iso", "Photos", lambda: [attach("photos.iso", iso())])
    add("f38_iso_named_pdf.eml", "flag", "disk image: ISO 9660 content named slides.pdf (true type)", "Slides",
        lambda: [attach("slides.pdf", iso(), "application/pdf")])
    add("f39_img.eml", "flag", "disk image: raw .img with an MBR", "Backup", lambda: [attach("backup.img", mbr_image())])
    add("f40_vhd.eml", "flag", "disk image: .vhd", "Disk", lambda: [attach("disk.vhd", vhd())])
    add("f60_img_named_dat.eml", "flag", "disk image: a raw MBR disk named backup.dat (true type)", "Backup",
        lambda: [attach("backup.dat", mbr_image())])
    add("f61_url_shortcut.eml", "flag", "shortcut: an Internet shortcut (.url) to a program on a file share",
        "Parents portal", lambda: [attach("Parents portal.url", b"[InternetShortcut]\r\nURL=file://192.0.2.10/"
                                                                 b"share/portal.exe\r\n")])
    add("f41_vhd_in_zip.eml", "flag", "disk image: VHD content named data.bin inside a zip", "Data",
        lambda: [attach("data.zip", zip_of([("data.bin", vhd())]))])
    add("f62_fake_docx_with_exe.eml", "flag", "executable hidden in a zip dressed as a Word file (homework.docx)",
        "Homework", lambda: [attach("homework.docx", zip_of([
            ("[Content_Types].xml", _content_types({"/word/document.xml": "application/vnd.openxmlformats-"
                                                    "officedocument.wordprocessingml.document.main+xml"})),
            ("word/document.xml", b"<w:document/>"), ("word/setup.exe", pe())]))])
    # --- macro documents -------------------------------------------------------------------------
    add("f42_docm.eml", "flag", "macro document: .docm with vbaProject.bin", "Letter",
        lambda: [attach("letter.docm", docx(macro=True))])
    add("f43_xlsm.eml", "flag", "macro document: .xlsm with vbaProject.bin", "Budget",
        lambda: [attach("budget.xlsm", xlsx(macro=True))])
    add("f44_pptm_name.eml", "flag", "macro document: .pptm (by name and VBA)", "Slides",
        lambda: [attach("assembly.pptm", pptx(macro=True))])
    add("f45_doc_vba.eml", "flag", "macro document: Word 97-2003 .doc carrying a VBA project (oletools)",
        "Minutes", lambda: [attach("minutes.doc", word97(macro=True), "application/msword")])
    add("f46_xls_vba.eml", "flag", "macro document: Excel 97-2003 .xls carrying a VBA project (oletools)",
        "Figures", lambda: [attach("figures.xls", excel97(macro=True), "application/vnd.ms-excel")])
    add("f47_docx_renamed_docm.eml", "flag", "macro document: a .docm renamed .docx (VBA found by content)",
        "Report", lambda: [attach("report.docx", docx(macro=True, macro_content_type=False))])
    add("f48_zip_doc_vba.eml", "flag", "macro document: .doc with VBA inside a zip", "Minutes",
        lambda: [attach("minutes.zip", zip_of([("minutes.doc", word97(macro=True))]))])
    add("f59_xls_xlm.eml", "flag", "macro document: .xls with a hidden Excel 4.0 (XLM) macro sheet", "Invoice",
        lambda: [attach("invoice.xls", excel97(xlm=True), "application/vnd.ms-excel")])
    # --- could not be inspected ------------------------------------------------------------------
    add("f49_zipcrypto.eml", "flag", "could not inspect: password-protected zip (ZipCrypto)", "Results",
        lambda: [attach("results.zip", zipcrypto([("results.pdf", pdf())]))])
    add("f50_zipcrypto_exe.eml", "flag", "password-protected zip holding setup.exe: name still judged",
        "Setup", lambda: [attach("setup.zip", zipcrypto([("setup.exe", pe())]))])
    add("f51_7z_encrypted.eml", "flag", "could not inspect: password-protected 7z", "Files",
        lambda: [attach("files.7z", seven_zip([("report.pdf", pdf())], password="school"))])
    add("f52_zip_bomb.eml", "flag", "could not inspect: a zip of zips of zeros (42.zip in small)", "Data",
        lambda: [attach("data.zip", zip_bomb())])
    add("f53_bz2_bomb.eml", "flag", "could not inspect: 10 GB of zeros in a few KB of bzip2", "Log",
        lambda: [attach("log.txt.bz2", bz2_bomb())])
    add("f54_corrupt_zip.eml", "flag", "could not inspect: a truncated zip", "Photos",
        lambda: [attach("photos.zip", zip_of([("a.jpg", JPEG), ("b.pdf", pdf())])[:-40], "application/zip")])
    add("f55_too_deep.eml", "flag", "could not inspect: zips nested six deep", "Deep",
        lambda: [attach("deep.zip", nested_zip(6, ("notes.txt", b"hello")))])
    add("f56_rar_compressed.eml", "flag", "could not inspect: compressed RAR content (needs unrar)", "Files",
        lambda: [attach("files.rar", rar4([("report.pdf", bytes(range(256)) * 4)], method=0x33))])
    add("f57_cab.eml", "flag", "could not inspect: a Microsoft Cabinet archive", "Update",
        lambda: [attach("update.cab", cab())])
    add("f58_fake_zip.eml", "flag", "could not inspect: named .zip but not an archive mailguard can read", "Work",
        lambda: [attach("work.zip", bytes((i * 97 + 13) & 0xFF for i in range(2048)), "application/zip")])

    # --- clean -----------------------------------------------------------------------------------
    add("c01_pdf.eml", "clean", "PDF letter", "Trip letter", lambda: [attach("trip-letter.pdf", pdf(),
                                                                             "application/pdf")])
    add("c02_docx.eml", "clean", "Word document", "Newsletter",
        lambda: [attach("newsletter.docx", docx(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    add("c03_xlsx.eml", "clean", "Excel workbook", "Marks",
        lambda: [attach("marks.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    add("c04_csv.eml", "clean", "CSV export", "Marks", lambda: [attach("marks.csv", csv_marks(), "text/csv")])
    add("c05_jpeg.eml", "clean", "JPEG photo", "Photo", lambda: [attach("IMG_2041.jpg", JPEG, "image/jpeg")])
    add("c06_png.eml", "clean", "PNG picture", "Chart", lambda: [attach("chart.png", png(), "image/png")])
    add("c07_zip_documents.eml", "clean", "zip of documents (PDF, DOCX, CSV, JPEG)", "Documents",
        lambda: [attach("documents.zip", zip_of([("letters/trip.pdf", pdf()), ("newsletter.docx", docx()),
                                                 ("marks.csv", csv_marks(200)), ("photos/IMG_1.jpg", JPEG)]),
                        "application/zip")])
    add("c08_exe_txt.eml", "clean", "text file named install.exe.txt (last extension is .txt)", "Notes",
        lambda: [attach("install.exe.txt", b"Ask IT to install the software for you.\r\n", "text/plain")])
    add("c09_ics.eml", "clean", "calendar invitation .ics", "Parents' evening",
        lambda: [attach("parents-evening.ics", ICS, "text/calendar")])
    add("c10_doc_no_macros.eml", "clean", "Word 97-2003 .doc without macros", "Minutes",
        lambda: [attach("minutes.doc", word97(), "application/msword")])
    add("c11_xls_no_macros.eml", "clean", "Excel 97-2003 .xls without macros", "Register",
        lambda: [attach("register.xls", excel97(), "application/vnd.ms-excel")])
    add("c12_pptx.eml", "clean", "PowerPoint .pptx", "Assembly", lambda: [attach("assembly.pptx", pptx())])
    add("c13_odt.eml", "clean", "OpenDocument text", "Sports day",
        lambda: [attach("sports-day.odt", odt(), "application/vnd.oasis.opendocument.text")])
    add("c14_tgz_documents.eml", "clean", "tar.gz of documents", "Archive",
        lambda: [attach("coursework.tar.gz", tar_gz([("coursework/essay.pdf", pdf()), ("coursework/data.csv",
                                                                                      csv_marks())]))])
    add("c15_7z_photos.eml", "clean", "7z of photos", "Photos",
        lambda: [attach("photos.7z", seven_zip([("IMG_1.jpg", JPEG), ("chart.png", png())]))])
    add("c16_encrypted_xlsx.eml", "clean",
        "password-protected .xlsx (normal for personal data; not held unless encrypted_documents is on)",
        "Data for the LA", lambda: [attach("pupil-data.xlsx", encrypted_ooxml())])
    add("c17_rtl_name.eml", "clean", "Arabic file name (right-to-left script, no override characters)", "Letter",
        lambda: [attach("رسالة.pdf", pdf(), "application/pdf")])
    add("c18_dots_in_name.eml", "clean", "many dots: 'Year 7. Trip. Letter.v2.pdf'", "Letter",
        lambda: [attach("Year 7. Trip. Letter.v2.pdf", pdf(), "application/pdf")])
    add("c19_exe_pdf.eml", "clean", "a real PDF named setup.exe.pdf (last extension .pdf, content PDF)", "Guide",
        lambda: [attach("setup.exe.pdf", pdf("How to install the reading app at home"), "application/pdf")])
    add("c20_vcf.eml", "clean", "contact card .vcf", "Contact", lambda: [attach("office.vcf", VCF, "text/vcard")])
    add("c21_docx_image.eml", "clean", "Word document with a picture", "Poster",
        lambda: [attach("poster.docx", docx("Summer fair", image=png()))])
    add("c22_html_attachment.eml", "clean", "HTML newsletter attachment", "Newsletter",
        lambda: [attach("newsletter.html", b"<html><body><h1>Newsletter</h1><p>Fair on Friday.</p></body></html>",
                        "text/html")])
    add("c23_inline_image.eml", "clean", "inline logo (cid) in an HTML message", "Logo",
        lambda: [Part(png(), ["Content-Type: image/png", "Content-ID: <logo@example-school>",
                              'Content-Disposition: inline; filename="logo.png"'])])
    add("c24_forwarded_eml.eml", "clean", "a forwarded message holding a PDF", "Fwd: trip",
        lambda: [Part(message("c24_inner", "Trip", "Details attached.", [attach("trip.pdf", pdf(),
                                                                                "application/pdf")]),
                      ["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="trip.eml"'],
                      text=True)])
    add("c25_python_lesson.eml", "clean", "computing lesson: a Python file (not a listed script type)", "Lesson",
        lambda: [attach("turtle_lesson.py", b"import turtle\nturtle.forward(100)\n", "text/x-python")])
    add("c26_empty_txt.eml", "clean", "an empty text file", "Empty", lambda: [attach("notes.txt", b"", "text/plain")])
    add("c27_xlsx_in_zip.eml", "clean", "zip holding spreadsheets and a Word file", "Reports",
        lambda: [attach("reports.zip", zip_of([("marks.xlsx", xlsx()), ("report.docx", docx()),
                                               ("register.xls", excel97())]))])
    add("c28_gz_csv.eml", "clean", "gzip-compressed CSV", "Export",
        lambda: [attach("export.csv.gz", gzip.compress(csv_marks(500), mtime=0), "application/gzip")])
    add("c29_rar_pdf.eml", "clean", "RAR archive holding a PDF (stored)", "Letter",
        lambda: [attach("letter.rar", rar4([("letter.pdf", pdf())]))])
    add("c30_no_attachment.eml", "clean", "plain message, no attachment", "Hello", lambda: [],
        body="Just a reminder that the trip leaves at 8.30 on Friday.\n\nTom")
    add("c31_xz_pdf.eml", "clean", "xz-compressed PDF", "Letter",
        lambda: [attach("letter.pdf.xz", lzma.compress(pdf()))])
    add("c32_zip_many_reports.eml", "clean", "zip of 300 Word reports (1,200 files counting their parts)",
        "End of year reports", lambda: [attach("reports.zip", zip_of(
            [(f"7{form}/report-{n:03d}.docx", docx(f"Report for pupil {n}")) for form in "ABC" for n in range(100)]))])
    add("c33_nested_documents.eml", "clean", "zip > zip > Word file with an embedded spreadsheet (4 levels)",
        "Coursework", lambda: [attach("year9.zip", zip_of([("term1.zip", zip_of([("essay.docx", zip_of([
            ("[Content_Types].xml", _content_types({})), ("word/document.xml", b"<w:document/>"),
            ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xlsx())]))]))]))])
    add("c34_svg.eml", "clean", "SVG drawing", "Logo",
        lambda: [attach("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                                    b'<rect width="10" height="10" fill="navy"/></svg>', "image/svg+xml")])
    add("c35_rfc2047_accented_name.eml", "clean", "RFC 2047 encoded name with accents (Café menu.txt)", "Menu",
        lambda: [Part(b"Soup of the day: tomato.\r\n", [
            'Content-Type: text/plain; charset=utf-8; name="=?utf-8?Q?Caf=C3=A9_menu.txt?="',
            'Content-Disposition: attachment; filename="=?utf-8?Q?Caf=C3=A9_menu.txt?="'], text=True)])
    return out


def write(directory: Path = OUT) -> list[Case]:
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.eml"):
        old.unlink()
    all_cases = cases()
    with (directory / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "expected", "sender", "recipients", "note"])
        for case in all_cases:
            (directory / case.file).write_bytes(case.build())
            writer.writerow([case.file, case.expected, STAFF, RECIPIENTS, case.note])
    return all_cases


if __name__ == "__main__":
    written = write()
    size = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"{len(written)} cases ({sum(c.expected == 'flag' for c in written)} flag) in {OUT}, {size / 1024:.0f} KB")
