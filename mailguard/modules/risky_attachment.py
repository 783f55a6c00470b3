"""risky-attachment: programs, scripts, shortcuts, installers, disk images and macro documents.

Each attachment is judged by what it really is (libmagic reads the content) and by every name it
was given (filename, filename*, RFC 2231 continuations, name=, RFC 2047), the way Windows would
read that name: invisible and right-to-left override characters removed, trailing dots and spaces
dropped, anything after a NUL ignored, full-width letters folded. Archives are opened in memory,
recursively and within limits (mailguard/archives.py), and every file inside is judged the same
way. Word, Excel and PowerPoint files are searched for VBA and Excel 4 macros with oletools.

Whatever could not be looked into (a password-protected or damaged archive, a decompression bomb,
anything over a limit) is a finding of its own, "could-not-inspect", never a silent pass.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
import warnings
from dataclasses import dataclass, field
from typing import Any

import magic
from pydantic import Field, PrivateAttr, field_validator, model_validator

from mailguard import archives, filetype
from mailguard.findings import Evidence, Finding
from mailguard.message import ParsedMessage
from mailguard.modules import ModuleSettings

NAME = "risky-attachment"
DESCRIPTION = ("Finds programs, scripts, shortcuts, installers, disk images and macro documents, by true type and "
               "by every name, also inside archives.")
KINDS = {
    "executable": "a program: Windows (.exe, .dll, PE), Linux (ELF) or macOS (Mach-O), by name or content",
    "script": "a script that runs when opened: .js, .vbs, .ps1, .bat, .cmd, .hta, .wsf, .sh, .jar ...",
    "shortcut-installer": "a shortcut or installer: .lnk, .url, .scr, .msi, .msix, .appx ...",
    "disk-image": "a disk image: .iso, .img, .vhd, .vhdx, .dmg ...",
    "macro-document": "a Word, Excel or PowerPoint file with macros (.docm, .xlsm, ... or VBA found inside)",
    "could-not-inspect": "an attachment that could not be checked: password-protected, damaged, a "
                         "decompression bomb, or over an archive limit",
}
CATEGORIES = ("executable", "script", "shortcut-installer", "disk-image", "macro-document")

POLICY = ('The staff policy: "Don\'t open an email attachment unless you have confidence in its origin", and do '
          'not "use the email system to transmit any documents or software without checking copyright or licence '
          'agreement".')
POLICY_ATTACHMENT = '"Don\'t open an email attachment unless you have confidence in its origin"'

DEFAULTS: dict[str, dict[str, Any]] = {
    "executable": {
        "extensions": ["exe", "com", "dll", "cpl", "pif", "ocx", "sys", "drv", "efi", "xll", "dylib", "so", "elf",
                       "run"],
        "types": ["application/vnd.microsoft.portable-executable", "application/x-dosexec",
                  "application/x-msdownload", "application/x-ms-dos-executable", "application/x-msdos-program",
                  "application/x-executable", "application/x-pie-executable", "application/x-sharedlib",
                  "application/x-mach-binary", "application/x-elf"],
        "descriptions": ["PE32", "PE32+", "MS-DOS executable", "ELF", "Mach-O"],
        "reason": "{name} is a program ({detail}). " + POLICY,
    },
    "script": {
        "extensions": ["js", "jse", "vbs", "vbe", "vb", "vba", "wsf", "wsh", "wsc", "ws", "sct", "hta", "ps1",
                       "psm1", "psd1", "ps1xml", "psc1", "msh", "msh1", "mshxml", "bat", "cmd", "sh", "bash", "zsh",
                       "csh", "ksh", "command", "jar", "jnlp", "reg", "scpt", "applescript", "workflow"],
        "types": ["text/x-shellscript", "application/x-shellscript", "application/x-sh", "text/x-msdos-batch",
                  "application/x-bat", "application/java-archive", "application/x-java-archive",
                  "application/x-java-jnlp-file", "application/hta", "application/x-ms-wsf"],
        "descriptions": ["shell script", "DOS batch file", "Java archive"],
        "reason": "{name} is a script, which runs code when opened ({detail}). " + POLICY,
    },
    "shortcut-installer": {
        "extensions": ["lnk", "url", "scf", "scr", "msi", "msp", "mst", "msix", "msixbundle", "appx", "appxbundle",
                       "appinstaller", "application", "appref-ms", "gadget", "inf", "settingcontent-ms",
                       "library-ms", "searchconnector-ms", "desktop", "webloc", "apk", "pkg", "mpkg", "deb", "rpm",
                       "xbap", "vsto"],
        "types": ["application/x-ms-shortcut", "application/x-mswinurl", "application/x-msi",
                  "application/x-ms-installer", "application/vnd.ms-msi", "application/vnd.android.package-archive",
                  "application/vnd.debian.binary-package", "application/x-debian-package", "application/x-rpm"],
        "descriptions": ["MS Windows shortcut", "MS Windows 95 Internet shortcut", "MSI Installer"],
        "reason": "{name} is a shortcut or an installer ({detail}). " + POLICY,
    },
    "disk-image": {
        "extensions": ["iso", "img", "vhd", "vhdx", "vmdk", "vdi", "dmg", "udf", "toast", "qcow", "qcow2", "wim",
                       "nrg"],
        "types": ["application/x-iso9660-image", "application/x-cd-image", "application/x-virtualbox-vhd",
                  "application/x-virtualbox-vhdx", "application/x-vhd", "application/x-apple-diskimage",
                  "application/x-qemu-disk", "application/x-vmdk", "application/x-virtualbox-vmdk",
                  "application/x-virtualbox-vdi", "application/x-raw-disk-image", "application/x-ms-wim"],
        "descriptions": ["ISO 9660", "UDF filesystem", "Microsoft Disk Image", "QEMU QCOW", "VMware4 disk image",
                         "VirtualBox Disk Image", "Windows imaging", "VHD disk image", "VHDX disk image",
                         "Apple disk image", "MBR disk image"],
        "reason": "{name} is a disk image ({detail}), a way to slip programs past e-mail filters. " + POLICY,
    },
    "macro-document": {
        "extensions": ["docm", "dotm", "xlsm", "xltm", "xlam", "xla", "pptm", "potm", "ppsm", "ppam", "sldm"],
        "types": ["application/vnd.ms-word.document.macroenabled.12",
                  "application/vnd.ms-word.template.macroenabled.12",
                  "application/vnd.ms-excel.sheet.macroenabled.12",
                  "application/vnd.ms-excel.template.macroenabled.12",
                  "application/vnd.ms-excel.addin.macroenabled.12",
                  "application/vnd.ms-powerpoint.presentation.macroenabled.12",
                  "application/vnd.ms-powerpoint.template.macroenabled.12",
                  "application/vnd.ms-powerpoint.slideshow.macroenabled.12",
                  "application/vnd.ms-powerpoint.addin.macroenabled.12"],
        "descriptions": [],
        "reason": ("{name} is an Office document with macros ({detail}). Macros are code, and "
                   + POLICY_ATTACHMENT + ": it is held for IT to check the macros are the school's own."),
    },
}
NOT_INSPECTED_REASON = ("{name} could not be checked ({detail}). " + POLICY_ATTACHMENT + ": the message is held "
                        "until someone has looked at it.")

# Names whose last extension is one of these make an earlier risky-looking extension worth noting:
# "report.pdf.exe" is a trick, "setup.exe.pdf" is a PDF.
DOCUMENT_EXTENSIONS = frozenset((
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv", "jpg", "jpeg",
    "png", "gif", "bmp", "tif", "tiff", "heic", "mp3", "mp4", "mov", "wav", "zip", "rar", "7z", "htm", "html",
    "ics", "vcf", "eml", "msg"))
ARCHIVE_EXTENSIONS = frozenset(("zip", "rar", "7z", "tar", "gz", "tgz", "bz2", "tbz2", "xz", "txz", "cab", "arj",
                                "lzh", "lha", "ace", "zst"))
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# MIME types that say little about a file: its libmagic description is read too ("DOS/MBR boot
# sector", "VMware4 disk image", "MSI Installer"), and mailguard's own disk-image signatures.
GENERIC_TYPES = frozenset(("application/octet-stream", "text/plain", "application/x-ole-storage", "application/cdfv2",
                           "application/vnd.ms-office", "application/x-empty", "inode/x-empty", "application/data"))
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
MAX_EVIDENCE = 20


class Category(ModuleSettings):
    """What makes a file belong to a category: any one of these is enough."""

    extensions: list[str]  # the last extension of any of its names, without the dot
    types: list[str]  # its true MIME type, read from the content by libmagic (or the type the sender declared)
    descriptions: list[str]  # words at the start of a word in libmagic's description ("PE32", "ELF")
    reason: str  # plain words; {name} is the file, {detail} why it was caught, {count} how many

    @field_validator("extensions")
    @classmethod
    def _extensions(cls, value: list[str]) -> list[str]:
        out = []
        for item in value:
            ext = unicodedata.normalize("NFKC", item).strip().lstrip(".").casefold()
            if not ext or "/" in ext or "\\" in ext:
                raise ValueError(f"{item!r} is not a file extension (write it without the dot, e.g. exe)")
            out.append(ext)
        return out

    @field_validator("types")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        for item in value:
            if item.count("/") != 1 or " " in item.strip():
                raise ValueError(f"{item!r} is not a MIME type (e.g. application/x-msdownload)")
        return [item.strip().lower() for item in value]

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return _check_template(value)


class MacroCategory(Category):
    look_inside: bool = True  # search Word/Excel/PowerPoint files for VBA and Excel 4 macros (oletools)


class NotInspected(ModuleSettings):
    encrypted_documents: bool = False  # also hold password-protected Word/Excel/PowerPoint files
    reason: str = NOT_INSPECTED_REASON

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return _check_template(value)


class ArchiveSettings(ModuleSettings):
    """Limits for opening archives. Word, Excel, PowerPoint and OpenDocument files are zip archives
    of about 15 parts each and are opened too (to find hidden macros and programs), so the file
    and depth limits are higher than archives.Limits' generic defaults: a zip of 100 Word reports
    with embedded charts is 1,500 files three levels deep."""

    open: bool = True  # look inside zip, tar, gz, bz2, xz, 7z and rar files
    max_depth: int = Field(4, ge=1, le=20)
    max_entries: int = Field(10000, ge=1)
    max_total_bytes: int = Field(100 * 1024 * 1024, ge=1)
    max_ratio: float = Field(100.0, gt=1)
    ratio_grace_bytes: int = Field(1024 * 1024, ge=0)

    def limits(self) -> archives.Limits:
        return archives.Limits(self.max_depth, self.max_entries, self.max_total_bytes, self.max_ratio,
                               self.ratio_grace_bytes)


class Settings(ModuleSettings):
    executable: Category = Field(default_factory=lambda: Category.model_validate(DEFAULTS["executable"]))
    script: Category = Field(default_factory=lambda: Category.model_validate(DEFAULTS["script"]))
    shortcut_installer: Category = Field(alias="shortcut-installer", default_factory=lambda: Category.model_validate(
        DEFAULTS["shortcut-installer"]))
    disk_image: Category = Field(alias="disk-image", default_factory=lambda: Category.model_validate(
        DEFAULTS["disk-image"]))
    macro_document: MacroCategory = Field(alias="macro-document", default_factory=lambda: MacroCategory.model_validate(
        DEFAULTS["macro-document"]))
    could_not_inspect: NotInspected = Field(alias="could-not-inspect", default_factory=NotInspected)
    archives: ArchiveSettings = Field(default_factory=ArchiveSettings)
    declared_types: bool = True  # also judge the MIME type the sender's mail program declared

    _by_extension: dict[str, list[str]] = PrivateAttr(default_factory=dict)
    _by_type: dict[str, list[str]] = PrivateAttr(default_factory=dict)
    _descriptions: list[tuple[re.Pattern[str], str]] = PrivateAttr(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _merge_defaults(cls, data: Any) -> Any:
        """A category written in the rule file keeps the built-in value of every key it leaves out."""
        if not isinstance(data, dict):
            return data
        merged = dict(data)
        for key, defaults in DEFAULTS.items():
            if isinstance(merged.get(key), dict):
                merged[key] = {**defaults, **merged[key]}
        return merged

    @model_validator(mode="after")
    def _compile(self) -> Settings:
        for kind in CATEGORIES:
            category = self.category(kind)
            for ext in category.extensions:
                self._by_extension.setdefault(ext, []).append(kind)
            for mime in category.types:
                self._by_type.setdefault(mime, []).append(kind)
            for words in category.descriptions:
                self._descriptions.append((re.compile(r"(?<!\w)" + re.escape(words), re.IGNORECASE), kind))
        return self

    def category(self, kind: str) -> Category:
        return {
            "executable": self.executable, "script": self.script, "shortcut-installer": self.shortcut_installer,
            "disk-image": self.disk_image, "macro-document": self.macro_document,
        }[kind]


def _check_template(value: str) -> str:
    try:
        value.format_map(_Blanks())
    except (ValueError, IndexError, AttributeError) as exc:
        raise ValueError(f"the reason is not a valid template ({exc}); use {{name}}, {{detail}}, {{count}}, "
                         "and write a literal brace as {{ or }}") from None
    return value


class _Blanks(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# ---------------------------------------------------------------------------------------------
# Names


@dataclass(frozen=True)
class NameReading:
    extension: str  # the last extension Windows would use, folded ("exe"), or ""
    notes: tuple[str, ...]  # the tricks seen in the name, in plain words


def shown(text: str) -> str:
    """A name as it can be shown safely: invisible and direction-changing characters as \\uXXXX."""
    out = []
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return "".join(out)


def read_name(name: str) -> list[NameReading]:
    """Every way a program could read this name, with the last extension of each."""
    name = _decode_words(name)
    readings = [name]
    notes: list[str] = []
    cut = re.search(r"[\x00-\x1f\x7f]", name)
    if cut is not None:
        readings.append(name[:cut.start()])
        notes.append("a hidden control character in the name")
    out = []
    for reading in readings:
        own = list(notes)
        if any(c in BIDI_CONTROLS for c in reading):
            own.append("right-to-left override characters disguise the real extension")
        text = "".join(c for c in reading if unicodedata.category(c) not in ("Cf", "Cc"))
        folded = unicodedata.normalize("NFKC", text)
        base = re.split(r"[\\/]", folded)[-1]
        stream = re.sub(r":+\$data$", "", base, flags=re.IGNORECASE)  # NTFS: "setup.exe::$DATA" is setup.exe
        if stream != base:
            own.append("an NTFS stream suffix hides the real extension")
        trimmed = stream.rstrip(" .\t")
        if trimmed != stream and trimmed:
            own.append("trailing dots or spaces hide the real extension")
        if "." not in trimmed:
            out.append(NameReading("", tuple(own)))
            continue
        parts = trimmed.split(".")
        ext = parts[-1].strip().casefold()
        raw_ext = re.split(r"[\\/]", text)[-1].rstrip(" .\t").rsplit(".", 1)[-1].strip().casefold()
        if raw_ext != ext:
            own.append("look-alike (full-width) letters in the extension")
        before = parts[-2].strip().casefold() if len(parts) > 2 else ""
        if before in DOCUMENT_EXTENSIONS:
            own.append(f"double extension .{before}.{ext}")
        if re.search(r"\s{4,}\.[^.]*$", trimmed):
            own.append("spaces push the real extension out of sight")
        out.append(NameReading(ext, tuple(own)))
    return out


def _decode_words(name: str) -> str:
    """RFC 2047 encoded-words the message parser left alone because they were malformed."""
    if "=?" not in name or "?=" not in name:
        return name

    def one(m: re.Match[str]) -> str:
        charset, encoding, text = m.group(1), m.group(2).upper(), m.group(3)
        try:
            if encoding == "B":
                import base64

                raw = base64.b64decode(text + "=" * (-len(text) % 4))
            else:
                import quopri

                raw = quopri.decodestring(text.replace("_", " ").encode("ascii", "replace"), header=True)
            return raw.decode(charset, errors="replace")
        except (LookupError, ValueError):
            return m.group(0)

    return re.sub(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", one, name)


# ---------------------------------------------------------------------------------------------
# Content

_local = threading.local()


def describe(data: bytes) -> str:
    """libmagic's description of the content, plus mailguard's own disk-image signatures."""
    if not data:
        return "empty"
    handle = getattr(_local, "describe", None)
    if handle is None:
        handle = magic.Magic()
        _local.describe = handle
    try:
        text = str(handle.from_buffer(data[:filetype.SNIFF_BYTES]))
    except magic.MagicException:
        text = "data"
    extra = _disk_signature(data)
    return f"{text}; {extra}" if extra else text


def _disk_signature(data: bytes) -> str:
    """Disk images libmagic reads only from their start, while the format puts its mark at the end."""
    tail = data[-512:]
    if tail[:8] == b"conectix" or data[-511:-503] == b"conectix" or data[:8] == b"conectix":
        return "VHD disk image (Virtual PC / Hyper-V)"
    if data[:8] == b"vhdxfile":
        return "VHDX disk image (Hyper-V)"
    if len(data) >= 512 and tail[:4] == b"koly":
        return "Apple disk image (DMG)"
    if _is_mbr_disk(data):
        return "MBR disk image (raw .img)"
    return ""


def _is_mbr_disk(data: bytes) -> bool:
    """A raw disk image: the 55 AA boot signature plus a plausible partition table or FAT/NTFS boot
    record. (libmagic's "DOS/MBR boot sector" needs only the two signature bytes, which any
    binary file has by chance once in 65,536.)"""
    if len(data) < 1024 or data[510:512] != b"\x55\xaa":
        return False
    entries = [data[446 + 16 * i:462 + 16 * i] for i in range(4)]
    if all(e[0] in (0x00, 0x80) for e in entries):
        used = [e for e in entries if e[4] != 0]
        if used and all(int.from_bytes(e[8:12], "little") > 0 and int.from_bytes(e[12:16], "little") > 0
                        for e in used):
            return True
    sector_size = int.from_bytes(data[11:13], "little")
    return (data[0] in (0xEB, 0xE9) and sector_size in (512, 1024, 2048, 4096)
            and (data[3:11] in (b"NTFS    ", b"EXFAT   ") or data[54:59] in (b"FAT12", b"FAT16")
                 or data[82:87] == b"FAT32"))


def _macros(data: bytes, display: str) -> tuple[str, bool]:
    """("what oletools found", encrypted?) for an OLE file; ("", False) when there are no macros."""
    with warnings.catch_warnings():  # oletools uses pyparsing names that pyparsing 3 deprecates
        warnings.simplefilter("ignore")
        from oletools import crypto, olevba  # type: ignore[import-untyped]

    try:
        parser = olevba.VBA_Parser(display, data=data)
    except Exception:
        return "", False
    try:
        found = ""
        if parser.detect_vba_macros():
            modules = []
            try:
                for _, stream, _, _ in parser.extract_macros():
                    modules.append(str(stream).rsplit("/", 1)[-1])
            except Exception:
                pass
            names = ", ".join(dict.fromkeys(modules)) if modules else ""
            found = f"VBA macros{f' ({names})' if names else ''} found by oletools"
        elif not parser.no_xlm and parser.detect_xlm_macros():
            found = "Excel 4 (XLM) macros found by oletools"
        encrypted = False
        if parser.ole_file is not None:
            try:
                encrypted = bool(crypto.is_encrypted(parser.ole_file))
            except Exception:
                encrypted = False
        return found, encrypted
    except Exception:
        return "", False
    finally:
        with contextlib.suppress(Exception):
            parser.close()


# ---------------------------------------------------------------------------------------------
# The check


@dataclass
class _Item:
    where: str  # path for evidence: "photos.zip/setup.exe"
    names: tuple[str, ...]
    data: bytes | None  # None: only the name is known (e.g. an encrypted member)
    declared: str = ""
    true_type: str = ""
    attachment: int = 0  # which attachment it belongs to: two attachments may have the same name

    @property
    def key(self) -> tuple[int, str]:
        return self.attachment, self.where


ASPECTS = ("name", "description", "type", "declared", "other")


@dataclass
class _Report:
    settings: Settings
    found: dict[str, dict[tuple[int, str], tuple[Evidence, dict[str, list[str]]]]] = field(default_factory=dict)

    def add(self, kind: str, item: _Item, why: str, aspect: str = "other") -> None:
        per_kind = self.found.setdefault(kind, {})
        if item.key not in per_kind:
            name = shown(item.names[0]) if item.names else "(no name)"
            per_kind[item.key] = (Evidence(match=name, where=f"attachment:{shown(item.where)}"), {})
        reasons = per_kind[item.key][1].setdefault(aspect, [])
        if why not in reasons:
            reasons.append(why)

    @staticmethod
    def _detail(reasons: dict[str, list[str]]) -> str:
        if "description" in reasons:
            reasons = {k: v for k, v in reasons.items() if k != "type"}  # the description says more
        return "; ".join(why for aspect in ASPECTS for why in reasons.get(aspect, ()))

    def findings(self) -> list[Finding]:
        out = []
        for kind in (*CATEGORIES, "could-not-inspect"):
            entries = [(e, self._detail(r)) for e, r in self.found.get(kind, {}).values()]
            if not entries:
                continue
            evidence = tuple(Evidence(e.match, e.where, detail) for e, detail in entries[:MAX_EVIDENCE])
            first, first_detail = entries[0]
            template = (self.settings.could_not_inspect.reason if kind == "could-not-inspect"
                        else self.settings.category(kind).reason)
            # Short enough that a bounce (one SMTP reply line of at most 400 characters) keeps the policy.
            name = _middle(first.where.removeprefix("attachment:"), 60)
            reason = template.format_map(_Blanks(name=name, detail=_clip(first_detail, 70), count=str(len(entries))))
            if len(entries) > 1:
                reason += f" ({len(entries) - 1} more: see the evidence.)"
            details = {"files": [e.where.removeprefix("attachment:") for e, _ in entries]}
            out.append(Finding(reason=reason, evidence=evidence, kind=kind, details=details))
        return out


def check(message: ParsedMessage, settings: Settings) -> list[Finding]:
    report = _Report(settings)
    limits = settings.archives.limits()
    for index, attachment in enumerate(message.attachments):
        label = attachment.filename or "(no name)"
        item = _Item(label, attachment.filenames, attachment.data, attachment.declared_type.lower(),
                     attachment.true_type.lower(), index)
        _judge(report, item)
        if not settings.archives.open:
            continue
        if archives.is_archive(attachment.filename, attachment.data):
            members, problems = archives.walk(label, attachment.data, limits)
            for member in members:
                if member.name.casefold() == "vbaproject.bin" and member.parent and member.data[:8] == OLE_MAGIC:
                    # The macros of a .docm/.xlsm/.pptm (or of one renamed .docx): report the document.
                    document = _Item(member.parent, (archives.basename(member.parent),), member.data, attachment=index)
                    _judge_macros(report, document, f"in {member.path.removeprefix(member.parent + '/')}")
                    continue
                _judge(report, _Item(member.path, (member.name, *member.aliases), member.data,
                                     true_type=member.true_type.lower(), attachment=index))
            for problem in problems:
                report.add("could-not-inspect", _Item(problem.path, (problem.name or problem.path,), None,
                                                      attachment=index), problem.detail)
                if problem.name:  # an encrypted or unreadable member is still judged by its name
                    _judge(report, _Item(problem.path, (problem.name,), None, attachment=index))
        elif _named_like_archive(attachment.filenames) and item.true_type in ("application/octet-stream", ""):
            report.add("could-not-inspect", item, "named like an archive, but not one mailguard can read")
    return report.findings()


def _named_like_archive(names: tuple[str, ...]) -> bool:
    return any(r.extension in ARCHIVE_EXTENSIONS for n in names for r in read_name(n))


def _judge(report: _Report, item: _Item) -> None:
    settings = report.settings
    for name in item.names:
        for reading in read_name(name):
            for kind in settings._by_extension.get(reading.extension, ()):
                for why in (f"named .{reading.extension}", *reading.notes):
                    report.add(kind, item, why, "name")
    if item.data is None:
        return
    true_type = item.true_type or filetype.mime_type(item.data).lower()
    for kind in settings._by_type.get(true_type, ()):
        report.add(kind, item, f"content: {true_type}", "type")
    if settings.declared_types and item.declared:
        for kind in settings._by_type.get(item.declared, ()):
            report.add(kind, item, f"sent as {item.declared}", "declared")
    # libmagic's description is read when the MIME type says little, or to describe what was caught
    # (a specific, harmless type such as text/xml or image/png gains nothing from it, and it is slow).
    if true_type in GENERIC_TYPES or any(item.key in report.found.get(k, {}) for k in CATEGORIES):
        description = describe(item.data)
        for pattern, kind in settings._descriptions:
            match = pattern.search(description)
            if match:
                report.add(kind, item, f"content: {_short(description, match)}", "description")
    if item.data[:8] == OLE_MAGIC:
        _judge_macros(report, item)


def _judge_macros(report: _Report, item: _Item, where: str = "") -> None:
    settings = report.settings
    if item.data is None or not (settings.macro_document.look_inside or settings.could_not_inspect.encrypted_documents):
        return
    found, encrypted = _macros(item.data, item.where)
    if found and settings.macro_document.look_inside:
        report.add("macro-document", item, f"{found} {where}".strip(), "other")
    if encrypted and settings.could_not_inspect.encrypted_documents:
        report.add("could-not-inspect", item, "a password-protected Office document", "other")


def _middle(text: str, limit: int) -> str:
    """A long name shortened in the middle, keeping its start and its extension."""
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return text[:keep] + "…" + text[-(limit - 1 - keep):]


def _clip(detail: str, limit: int) -> str:
    """As many of the "; "-separated reasons as fit."""
    if len(detail) <= limit:
        return detail
    out = ""
    for part in detail.split("; "):
        candidate = f"{out}; {part}" if out else part
        if len(candidate) > limit:
            break
        out = candidate
    return out or detail[: limit - 1] + "…"


def _short(description: str, match: re.Match[str]) -> str:
    """The first part of libmagic's description, and the words that matched if they come later."""
    first = re.split(r",|; ", description, maxsplit=1)[0].strip()
    if match.start() >= len(first):
        end = re.search(r",|; |$", description[match.start():])
        words = description[match.start():match.start() + (end.start() if end else 0)]
        first = f"{first} … {words}" if first != "data" else words
    return first if len(first) <= 90 else first[:89] + "…"
