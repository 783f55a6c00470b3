"""pupil-images: photos of people, where and on what they were taken, and nudity, in every picture.

The policy: "Never use a personal electronic equipment to take images of pupils", photographs
of children are not to leave the school's control, and nothing obscene is sent. This module
looks at every picture in a message — attachments, inline (cid:) pictures, data: URIs inside
HTML (and inside SVG), pictures inside zip files and inside Word/PowerPoint/Excel/OpenDocument
files — recognised by their content, never by their name, in any format Pillow reads. It reports:

  face               a picture with one or more human faces in it
  gps                EXIF GPS coordinates on a photo of people: where a child was (or lives)
  personal-device    a photo of people whose EXIF camera is not one of the school's devices
  nudity             exposed genitals, breasts, buttocks: obscene material
  could-not-inspect  a picture that could not be checked (damaged, too big, unknown format, the
                     time budget ran out): never silently passed

All the pixel work (imaging.py) is bounded: at most `max_images` pictures, none over
`max_pixels` or `max_image_bytes` (checked on the header, before decoding), and a clock checked
before every picture and before every second look; whatever is left when `budget_seconds` runs
out is reported as could-not-inspect, by name.
The whole judging of a message already runs in a worker process (workers.py) with an overall
timeout, so this never blocks the SMTP event loop; the budget here makes a long message end in
a finding ("could not be inspected") instead of a 451 the sender's client retries for days.
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import hashlib
import html
import io
import re
import time
import urllib.parse
import zipfile
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from PIL import Image, ImageFilter
from pydantic import Field

from mailguard import imaging
from mailguard.findings import Evidence, Finding
from mailguard.message import Attachment, ParsedMessage
from mailguard.modules import ModuleSettings

NAME = "pupil-images"
DESCRIPTION = "Finds photos of people, their GPS location and camera, and nudity, in every picture in a message."
KINDS = {
    "face": "a picture shows one or more people's faces",
    "gps": "a photo of people carries GPS coordinates (where it was taken)",
    "personal-device": "a photo of people was taken on a camera or phone that is not one of the school's",
    "nudity": "a picture shows nudity",
    "could-not-inspect": "a picture could not be checked (damaged, too large, unreadable, or out of time)",
}

Kind = Literal["face", "gps", "personal-device", "nudity"]

_OFFICE_MEDIA = ("word/media/", "ppt/media/", "xl/media/", "Pictures/", "media/")
# data:[<type>][;param=value...][;base64],<data> — in HTML attributes, CSS url(...) and SVG.
_DATA_URI = re.compile(rb"data:[\w.+/-]*((?:;[\w.+-]+(?:=[^;,\"'\s)]*)?)*),", re.IGNORECASE)
_BASE64_BODY = re.compile(rb"(?:[A-Za-z0-9+/=]|\s|%[0-9A-Fa-f]{2}|&#?\w{1,8};)+")
_URL_BODY = re.compile(rb"[^\"'\s<>)]+")


class Settings(ModuleSettings):
    # What to report (could-not-inspect is always reported: a picture that was not checked is
    # never a pass; give it `pass` under the rule's `actions:` to ignore it knowingly).
    look_for: list[Kind] = ["face", "gps", "personal-device", "nudity"]
    # How sure the detector must be (0-1) that it sees a face. Faces in the test photos score
    # 0.4-0.9; pictures without people stay below 0.3 (a cat's face: 0.1-0.26).
    face_min_score: float = Field(0.35, gt=0, le=1)
    # Nudity: how sure, and what share of the detected area must be skin-coloured (colour
    # pictures only). Both guard against the network's "nudity" in pie charts and colour wheels.
    # Black-and-white pictures have no colour to check: there nudity counts only if the detector
    # also sees another part of a body (a face, a belly, feet...) with `nudity_min_score`; the
    # grey colour wheel's "buttocks" (0.79) come alone.
    nudity_min_score: float = Field(0.5, gt=0, le=1)
    nudity_min_skin: float = Field(0.2, ge=0, le=1)
    # A second, finer look (640 pixels across instead of 320) at every picture in which the first
    # found no face, to find small faces (class photo sheets, a child at the back of a trip photo).
    # It costs ~3 times the first look, paid only by pictures without people. `false`: one look.
    second_look: bool = True
    # GPS is reported on photos of people; `true` reports it on every picture.
    gps_on_any_photo: bool = False
    # The school's own cameras and tablets, as EXIF names them ("Canon EOS 250D", "iPad*",
    # "Apple iPad (9th generation)"); * and ? are wildcards, case is ignored. A photo of people
    # whose EXIF names another camera is reported as personal-device. Empty: not checked.
    # Photos without a camera name in EXIF (most pictures that were edited, pasted or
    # screenshotted) are not reported: nothing says where they came from.
    school_devices: list[str] = []
    # Limits for one message.
    budget_seconds: float = Field(10.0, gt=0)
    max_images: int = Field(50, ge=1)
    max_pixels: int = Field(60_000_000, ge=1)
    max_image_bytes: int = Field(40_000_000, ge=1)
    max_archive_bytes: int = Field(200_000_000, ge=1)


@dataclass(frozen=True)
class _Source:
    where: str
    data: bytes


@dataclass
class _Seen:
    """What one picture holds (cached per process by content and settings)."""

    size: str = ""
    faces: int = 0
    face_score: float = 0.0
    nudity: list[tuple[str, float]] = field(default_factory=list)
    exif: imaging.Exif = field(default_factory=lambda: imaging.Exif(None, "", ""))
    error: str | None = None
    thorough: bool = True  # False when a second look was wanted but not taken (settings or time)


@dataclass
class _Report:
    faces: list[Evidence] = field(default_factory=list)
    gps: list[Evidence] = field(default_factory=list)
    devices: list[Evidence] = field(default_factory=list)
    nudity: list[Evidence] = field(default_factory=list)
    skipped: list[Evidence] = field(default_factory=list)
    face_count: int = 0


# The same picture is often in a message twice (inline and attached), and two rules run this
# module on the same message (faces for outside recipients, nudity for everyone): remember the
# last pictures' results in this process rather than detecting twice.
_CACHE: OrderedDict[tuple[object, ...], _Seen] = OrderedDict()
_CACHE_SIZE = 256


def prepare() -> None:
    """Load the detector once per worker process, before the first picture arrives."""
    imaging.session()


def check(message: ParsedMessage, settings: Settings) -> list[Finding]:
    deadline = time.monotonic() + settings.budget_seconds
    report = _Report()
    seen_hashes: set[str] = set()
    count = 0
    out_of_time = False
    for source in _sources(message, settings, report):
        digest = hashlib.sha256(source.data).hexdigest()
        if digest in seen_hashes:
            continue
        seen_hashes.add(digest)
        if out_of_time or time.monotonic() > deadline:
            out_of_time = True
            report.skipped.append(Evidence("not inspected: the time budget ran out", source.where))
            continue
        count += 1
        if count > settings.max_images:
            report.skipped.append(Evidence(f"not inspected: more than {settings.max_images} pictures", source.where))
            continue
        seen = _look(source, digest, settings, deadline)
        _record(seen, source.where, settings, report)
    return _findings(report)


# ---------------------------------------------------------------------------------------------
# Finding every picture


def _sources(message: ParsedMessage, settings: Settings, report: _Report) -> Iterator[_Source]:
    for n, att in enumerate(message.attachments, 1):
        where = _where(att, n)
        yield from _from_blob(where, att.data, settings, report, att.true_type)
    yield from _html_data_uris(message, settings, report)


def _where(att: Attachment, n: int) -> str:
    if att.inline and att.content_id:
        return f"inline:cid:{att.content_id}"
    return f"attachment:{att.filename or f'part-{n}'}"


def _from_blob(where: str, data: bytes, settings: Settings, report: _Report, magic_type: str = "",
               depth: int = 0) -> Iterator[_Source]:
    """The pictures in one attachment: itself, or what is inside it (archive, Office file, SVG, HTML)."""
    if not data:
        return
    if not magic_type:
        from mailguard import filetype

        magic_type = filetype.mime_type(data)
    fmt = imaging.sniff(data)
    if fmt is not None and (fmt != "TGA" or magic_type.startswith("image/")):
        yield _Source(where, data)
        return
    if magic_type.startswith("image/") and magic_type != "image/svg+xml":
        # A picture by its content (HEIC from an iPhone, camera RAW, a damaged JPEG) that Pillow
        # cannot open: reported, never passed silently.
        report.skipped.append(Evidence(f"not inspected: a {magic_type} picture that cannot be read", where))
        return
    if magic_type in ("image/svg+xml", "text/html", "application/xhtml+xml") or (
            magic_type.startswith("text/") and b"data:" in data[:1_000_000] and b"base64" in data):
        yield from _data_uris(data, where + "#", settings, report)
        return
    if depth < 3 and _is_zip(data):
        yield from _zip_members(where, data, settings, report, depth)


def _is_zip(data: bytes) -> bool:
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def _zip_members(where: str, data: bytes, settings: Settings, report: _Report, depth: int) -> Iterator[_Source]:
    """Pictures inside zip, docx, pptx, xlsx, odt: read through archives.py, Office files directly."""
    is_office = False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            is_office = "[Content_Types].xml" in names or "mimetype" in names
            if is_office:
                yield from _office_media(where, zf, settings, report)
                return
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        pass
    yield from _archive_members(where, data, settings, report, depth)


def _office_media(where: str, zf: zipfile.ZipFile, settings: Settings, report: _Report) -> Iterator[_Source]:
    total = 0
    for info in zf.infolist():
        if info.is_dir() or not info.filename.startswith(_OFFICE_MEDIA):
            continue
        member_where = f"{where}/{info.filename}"
        if info.file_size > settings.max_image_bytes or total + info.file_size > settings.max_archive_bytes:
            report.skipped.append(Evidence("not inspected: too large", member_where))
            continue
        total += info.file_size
        try:
            blob = zf.read(info)
        except Exception as exc:
            report.skipped.append(Evidence(f"not inspected: cannot be read ({type(exc).__name__})", member_where))
            continue
        yield from _from_blob(member_where, blob, settings, report, depth=3)


def _archive_members(where: str, data: bytes, settings: Settings, report: _Report,
                     depth: int) -> Iterator[_Source]:
    """Pictures in zip, tar, 7z... (archives.walk opens archives inside archives and Office files too)."""
    from mailguard import archives

    name = where.rpartition("/")[2].removeprefix("attachment:") or "archive"
    if not archives.is_archive(name, data):
        return
    members, problems = archives.walk(name, data, archives.Limits(max_total_bytes=settings.max_archive_bytes))
    for problem in problems:
        # A password, a bomb, a format that cannot be opened: whatever is inside was not seen.
        report.skipped.append(Evidence(f"not inspected: {problem.detail}", f"{where}/{_inner(problem.path, name)}"))
    for member in members:
        if len(member.data) > settings.max_image_bytes:
            if imaging.sniff(member.data[:1 << 20]) is not None:  # a huge picture; a video is not reported
                report.skipped.append(Evidence("not inspected: too large", f"{where}/{_inner(member.path, name)}"))
            continue
        # depth=3: archives inside were walked already, their members are in this list
        yield from _from_blob(f"{where}/{_inner(member.path, name)}", member.data, settings, report, depth=3)


def _inner(path: str, archive_name: str) -> str:
    """A member's path inside the attachment, without the attachment's own name in front."""
    return path.removeprefix(archive_name).lstrip("/")


def _html_data_uris(message: ParsedMessage, settings: Settings, report: _Report) -> Iterator[_Source]:
    """data: URIs in the message's HTML bodies (an attached .html file is read with the attachments)."""
    counter = [0]
    for part in message.text_parts:
        if part.html and "attachment:" not in part.where:
            yield from _data_uris(part.html.encode("utf-8", "surrogateescape"), "html:data-uri#", settings, report,
                                  counter)


def _data_uris(text: bytes, prefix: str, settings: Settings, report: _Report,
               counter: list[int] | None = None) -> Iterator[_Source]:
    counter = counter if counter is not None else [0]
    limit = settings.max_image_bytes * 4 // 3 + 4
    for match in _DATA_URI.finditer(text):
        is_base64 = b";base64" in match.group(1).lower()
        body_match = (_BASE64_BODY if is_base64 else _URL_BODY).match(text, match.end())
        if body_match is None:
            continue
        counter[0] += 1
        where = f"{prefix}{counter[0]}"
        body = body_match.group(0)
        if len(body) > limit:
            report.skipped.append(Evidence("not inspected: too large", where))
            continue
        if b"&" in body:  # &#43; and friends inside an HTML attribute
            body = html.unescape(body.decode("ascii", "replace")).encode("ascii", "replace")
        try:
            blob = urllib.parse.unquote_to_bytes(body)
            if is_base64:
                blob = re.sub(rb"[^A-Za-z0-9+/]", b"", blob)
                blob = base64.b64decode(blob + b"=" * (-len(blob) % 4))
        except (binascii.Error, ValueError):
            report.skipped.append(Evidence("not inspected: damaged data: URI", where))
            continue
        yield from _from_blob(where, blob, settings, report, depth=3)


# ---------------------------------------------------------------------------------------------
# Looking at one picture


def _look(source: _Source, digest: str, settings: Settings, deadline: float) -> _Seen:
    key = (digest, settings.face_min_score, settings.nudity_min_score, settings.nudity_min_skin, settings.max_pixels)
    cached = _CACHE.get(key)
    if cached is not None and (cached.thorough or not settings.second_look):
        _CACHE.move_to_end(key)
        return cached
    seen = _detect(source.data, settings, deadline)
    if seen.error is None or "time budget" not in seen.error:
        _CACHE[key] = seen
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return seen


@dataclass(frozen=True)
class _Look:
    image: Image.Image
    found: list[imaging.Detection]
    fine: bool = False  # the second, 640-pixel look

    def faces(self, settings: Settings) -> list[imaging.Detection]:
        limit = _SECOND_LOOK_MAX_FACE * max(self.image.size) if self.fine else float("inf")
        return [d for d in self.found if d.label in imaging.FACE_LABELS and d.score >= settings.face_min_score
                and max(d.box[2:]) <= limit]


def _detect(data: bytes, settings: Settings, deadline: float) -> _Seen:
    if len(data) > settings.max_image_bytes:
        return _Seen(error=f"not inspected: {len(data):,} bytes is over the limit of {settings.max_image_bytes:,}")
    try:
        pic = imaging.open_picture(data, imaging.PASS1, settings.max_pixels)
    except imaging.ImageError as exc:
        return _Seen(error=f"not inspected: {exc}")
    seen = _Seen(size=f"{pic.width}×{pic.height} {pic.format}", exif=pic.exif)
    try:
        looks = [_Look(pic.image, imaging.detect(pic.image, imaging.PASS1))]
        if pic.blocky and not looks[0].faces(settings):
            # A JPEG saved at very low quality: its 8×8 blocks hide faces from the network; a
            # slightly blurred copy (the blocks smoothed away) is looked at once more (~18 ms).
            soft = pic.image.filter(ImageFilter.GaussianBlur(1.0))
            looks.append(_Look(soft, imaging.detect(soft, imaging.PASS1)))
        if pic.frames > 1 and not looks[0].faces(settings):
            # An animation or a multi-page TIFF: the first frame may be a title; look at two more.
            looks += [_Look(frame, imaging.detect(frame, imaging.PASS1))
                      for frame in imaging.other_frames(data, imaging.PASS1, settings.max_pixels)]
        if _needs_second_look(looks, pic, settings):
            if not settings.second_look:
                seen.thorough = False
            elif time.monotonic() > deadline:
                seen.error = "not inspected closely: the time budget ran out"
                seen.thorough = False
            else:
                big = imaging.open_picture(data, imaging.PASS2, settings.max_pixels).image
                looks.append(_Look(big, imaging.detect(big, min(imaging.PASS2, max(big.size))), fine=True))
    except imaging.ImageError as exc:
        return _Seen(error=f"not inspected: {exc}")
    for look in looks:
        faces = look.faces(settings)
        seen.faces = max(seen.faces, len(faces))
        seen.face_score = max([seen.face_score, *(d.score for d in faces)])
        seen.nudity += _nudity(look, settings)
    return seen


def _nudity(look: _Look, settings: Settings) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []
    for d in look.found:
        if d.label not in imaging.NUDITY_LABELS or d.score < settings.nudity_min_score:
            continue
        skin = imaging.skin_fraction(look.image, d.box)
        if skin is None:  # no colour: another part of a body must be there too
            others = {e.label for e in look.found if e.label != d.label and e.score >= settings.nudity_min_score}
            if not others:
                continue
        elif skin < settings.nudity_min_skin:
            continue
        found.append((d.label, d.score))
    return found


# The second look is for small faces; the first sees faces over 1/5 of the picture (64+ pixels at
# 320) very well. A *large* "face" that only the 640-pixel look reports is the network reading
# texture at a scale it was not trained on (scikit-image's cat scored 0.57 at 640 and 0.10 at 320);
# faces the second look finds in class photo sheets are ~1/10 of the picture.
_SECOND_LOOK_MAX_FACE = 0.2


def _needs_second_look(looks: list[_Look], pic: imaging.Picture, settings: Settings) -> bool:
    if max(pic.width, pic.height) < imaging.PASS1 * 3 // 2:
        return False  # a small picture: the first look already saw it at full size
    return not any(look.faces(settings) for look in looks)


def _record(seen: _Seen, where: str, settings: Settings, report: _Report) -> None:
    if seen.error is not None:
        report.skipped.append(Evidence(seen.error, where, seen.size))
        if not seen.size:
            return
    if seen.nudity and "nudity" in settings.look_for:
        labels = sorted({imaging.NUDITY_LABELS[label] for label, _ in seen.nudity})
        score = max(s for _, s in seen.nudity)
        report.nudity.append(Evidence(f"{', '.join(labels)} ({score:.0%} sure)", where, seen.size, "nudity"))
    people = seen.faces > 0
    if people and "face" in settings.look_for:
        report.face_count += seen.faces
        what = "1 face" if seen.faces == 1 else f"{seen.faces} faces"
        report.faces.append(Evidence(what, where, f"{seen.size}, the surest {seen.face_score:.0%}"))
    gps = seen.exif.gps
    if gps is not None and "gps" in settings.look_for and (people or settings.gps_on_any_photo):
        report.gps.append(Evidence(f"GPS {imaging.format_gps(*gps)}", where, seen.size, "GPS present"))
    device = seen.exif.device
    if (people and device and settings.school_devices and "personal-device" in settings.look_for
            and not _school_device(seen.exif, settings.school_devices)):
        report.devices.append(Evidence(device, where, seen.size))


def _school_device(exif: imaging.Exif, patterns: list[str]) -> bool:
    names = {n.lower() for n in (exif.device, exif.model.strip(), f"{exif.make} {exif.model}".strip()) if n}
    return any(fnmatch.fnmatchcase(n, p.lower().strip()) for p in patterns for n in names)


def _findings(report: _Report) -> list[Finding]:
    findings: list[Finding] = []
    if report.nudity:
        findings.append(Finding(
            "A picture in this message seems to show nudity; the policy forbids sending obscene material.",
            tuple(report.nudity), "nudity", {"images": len(report.nudity)}))
    if report.faces:
        n = len(report.faces)
        pictures = "a picture" if n == 1 else f"{n} pictures"
        findings.append(Finding(
            f"The message has {pictures} of people ({report.face_count} "
            f"{'face' if report.face_count == 1 else 'faces'}). Photos of pupils must not leave the school "
            "without consent.", tuple(report.faces), "face", {"images": n, "faces": report.face_count}))
    if report.gps:
        findings.append(Finding(
            "A photo of people carries GPS coordinates that show where it was taken; remove the location "
            "before sending.", tuple(report.gps), "gps", {"images": len(report.gps)}))
    if report.devices:
        findings.append(Finding(
            "A photo of people was taken on a camera or phone that is not one of the school's; the policy "
            "says never to use personal equipment to take pictures of pupils.",
            tuple(report.devices), "personal-device", {"images": len(report.devices)}))
    if report.skipped:
        findings.append(Finding(
            f"{len(report.skipped)} picture(s) in this message could not be inspected, so they were not "
            "checked for photos of pupils or nudity.", tuple(report.skipped), "could-not-inspect",
            {"images": len(report.skipped)}))
    return findings
