"""Pictures for the pupil-images rule: decode safely and small, read EXIF, find faces and nudity.

Decoding: Pillow, told the size it needs before it decodes (JPEG `draft()` lets libjpeg decode at
1/2, 1/4 or 1/8 scale: a 12-megapixel photo costs ~13 ms instead of ~150 ms), then `reduce()` and
`thumbnail()` down to the detector's input. Nothing is decoded whose header declares more than
`max_pixels`; Pillow's own decompression-bomb guard stays on as a second wall.

The detector: NudeNet 3.4's `320n.onnx`, a YOLOv8-nano network trained on 18 labels that include
FACE_FEMALE / FACE_MALE and exposed and covered body parts. It ships *inside* the `nudenet` wheel
(12 MB, AGPL-3.0), so nothing is fetched at run time, and one pass of one network answers both
questions the rule asks (faces and nudity). We take only its model file; NudeNet's own wrapper
needs OpenCV, so the same pre- and post-processing is done here with Pillow and numpy (pad at the
bottom/right, RGB 0..1, boxes with non-maximum suppression).

Why this one, measured on this machine (2 shared cores, one onnxruntime thread): one look at
320×256 takes ~18 ms, at 640×480 ~65 ms. On the corpus (tests/corpus/pupil-images, 38 messages
with faces, 31 without) it finds 38/38 with no false alarm, and the same on four fresh draws of
the corpus generator. dlib's HOG detector (dlib-bin 20) on the same pictures: 31/38 at 640 px
(~19 ms), 36/38 when upsampled once (~95 ms), no nudity. OpenCV 4's Haar cascade sees faces in
coins; OpenCV 5 and mediapipe 1.2 ship no face model. See benchmarks/images.py for the timings.

The ONNX session is created once per process, on first use, with one thread: the server already
runs one judging worker per core, so more threads would only fight each other.
"""

from __future__ import annotations

import importlib.util
import io
import threading
import warnings
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

LABELS = (
    "FEMALE_GENITALIA_COVERED", "FACE_FEMALE", "BUTTOCKS_EXPOSED", "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED", "MALE_BREAST_EXPOSED", "ANUS_EXPOSED", "FEET_EXPOSED", "BELLY_COVERED",
    "FEET_COVERED", "ARMPITS_COVERED", "ARMPITS_EXPOSED", "FACE_MALE", "BELLY_EXPOSED",
    "MALE_GENITALIA_EXPOSED", "ANUS_COVERED", "FEMALE_BREAST_COVERED", "BUTTOCKS_COVERED",
)
FACE_LABELS = frozenset({"FACE_FEMALE", "FACE_MALE"})
# What counts as nudity for a school: exposed genitals, female breasts, buttocks, anus. A bare
# chest at the swimming gala (MALE_BREAST_EXPOSED), bare feet, bellies and armpits do not.
NUDITY_LABELS = {
    "FEMALE_GENITALIA_EXPOSED": "exposed genitals",
    "MALE_GENITALIA_EXPOSED": "exposed genitals",
    "FEMALE_BREAST_EXPOSED": "exposed breasts",
    "BUTTOCKS_EXPOSED": "exposed buttocks",
    "ANUS_EXPOSED": "exposed anus",
}

PASS1 = 320  # the model's native input size (long side): faces down to ~1/10 of the picture's width
PASS2 = 640  # a second, finer look for small faces (class photos, a child at the back of a trip photo)
_RAW_MIN_SCORE = 0.05  # candidates kept from the network before any rule threshold


class ImageError(Exception):
    """The picture cannot be inspected: not decodable, too large, a format Pillow cannot read."""


# ---------------------------------------------------------------------------------------------
# Recognising and decoding pictures


def sniff(data: bytes) -> str | None:
    """The image format of these bytes if Pillow recognises them, without decoding pixels."""
    if len(data) < 8:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                fmt = im.format
    except Image.DecompressionBombError:
        return "bomb"  # an image, and a dangerous one: the caller reports it
    except Exception:  # Pillow raises all sorts for bytes that are not a picture
        return None
    return fmt or "unknown"


@dataclass(frozen=True)
class Exif:
    gps: tuple[float, float] | None  # decimal degrees, north and east positive
    make: str
    model: str

    @property
    def device(self) -> str:
        """"Apple iPhone 13", "Canon EOS 250D": the make is left out when the model repeats it."""
        make, model = self.make.strip(), self.model.strip()
        if make and model.lower().startswith(make.split()[0].lower()):
            return model
        return " ".join(p for p in (make, model) if p)


@dataclass
class Picture:
    """A decoded picture, already small, upright and RGB, plus what its EXIF says."""

    image: Image.Image  # long side <= the size asked for
    width: int  # the original size, as declared by the file
    height: int
    format: str
    exif: Exif
    frames: int
    blocky: bool = False  # a JPEG saved at very low quality (about 25 or less): 8×8 blocks everywhere


def open_picture(data: bytes, target: int, max_pixels: int) -> Picture:
    """Decode to a long side of about `target` (never upscaled). Raises ImageError."""
    try:
        with warnings.catch_warnings():
            # Our own limit (max_pixels) is checked below, before any pixel is decoded; Pillow's
            # warning is silenced so that limit can be set above Pillow's default, and Pillow's
            # DecompressionBombError (at twice its default) still stands behind it.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            width, height = im.size
            if width <= 0 or height <= 0:
                raise ImageError("the picture has no size")
            if width * height > max_pixels:
                raise ImageError(f"{width}×{height} pixels is more than the limit of {max_pixels:,}")
            exif = read_exif(im)
            frames = int(getattr(im, "n_frames", 1) or 1)
            fmt = im.format or "?"
            if fmt == "JPEG":
                im.draft("RGB", (target, target))  # libjpeg scales while decoding: the big saving
            im.load()
            small = _shrink(im, target)
            small = _upright(small, im)
            return Picture(_rgb(small), width, height, fmt, exif, frames, _blocky(im))
    except ImageError:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageError(f"refused as a decompression bomb ({exc})") from None
    except MemoryError:
        raise ImageError("not enough memory to decode it") from None
    except Exception as exc:  # Pillow raises many kinds for damaged files: each means "cannot inspect"
        raise ImageError(f"cannot be decoded ({type(exc).__name__}: {exc})") from None


def other_frames(data: bytes, target: int, max_pixels: int, count: int = 2) -> list[Image.Image]:
    """Up to `count` more frames of an animation or multi-page file (the middle and the last)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            if im.width * im.height > max_pixels:
                return []
            n = int(getattr(im, "n_frames", 1) or 1)
            picks = sorted({n // 2, n - 1} - {0})[:count]
            out = []
            for index in picks:
                im.seek(index)
                out.append(_rgb(_shrink(im, target)))
            return out
    except Exception as exc:
        raise ImageError(f"a later frame cannot be decoded ({type(exc).__name__}: {exc})") from None


def _blocky(im: Image.Image) -> bool:
    """A JPEG whose luminance quantisation is coarse: libjpeg's table averages ~58 at quality 50,
    ~115 at 25, ~290 at 10. Such pictures lose faces to block edges; a blurred look finds them."""
    tables = getattr(im, "quantization", None)
    if not isinstance(tables, dict) or not tables.get(0):
        return False
    luma = list(tables[0])
    return bool(sum(luma) / len(luma) >= 110)


def _shrink(im: Image.Image, target: int) -> Image.Image:
    long_side = max(im.size)
    if long_side <= target:
        return im.copy()
    factor = long_side // target
    if factor >= 2 and im.mode in ("RGB", "RGBA", "L", "LA", "CMYK", "I", "F"):
        im = im.reduce(factor)  # box-averaging by an integer factor: fast, and no aliasing
    if max(im.size) > target:
        im = im.copy()
        im.thumbnail((target, target), Image.Resampling.BILINEAR)
    return im


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(small: Image.Image, original: Image.Image) -> Image.Image:
    """Apply the EXIF orientation (phones store photos sideways and say so in EXIF)."""
    try:
        method = _TRANSPOSE.get(int(original.getexif().get(0x0112) or 1))
    except Exception:
        return small
    return small.transpose(method) if method is not None else small


def _rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    if im.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        arr = np.asarray(im, dtype=np.float32)
        lo, hi = float(arr.min()), float(arr.max())
        scaled = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(arr)
        return Image.fromarray(scaled.astype(np.uint8)).convert("RGB")
    return im.convert("RGB")


# ---------------------------------------------------------------------------------------------
# EXIF: where a photo was taken, and on what


def read_exif(im: Image.Image) -> Exif:
    try:
        exif = im.getexif()
    except Exception:
        return Exif(None, "", "")
    make = _text(exif.get(0x010F))
    model = _text(exif.get(0x0110))
    gps = None
    try:
        gps = _gps(exif.get_ifd(0x8825))
    except Exception:
        gps = None
    return Exif(gps, make, model)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return " ".join(str(value or "").replace("\x00", " ").split())


def _gps(ifd: dict[int, Any]) -> tuple[float, float] | None:
    if not ifd:
        return None
    lat, lon = _degrees(ifd.get(2)), _degrees(ifd.get(4))
    if lat is None or lon is None:
        return None
    if str(ifd.get(1, "N")).strip().upper().startswith("S"):
        lat = -lat
    if str(ifd.get(3, "E")).strip().upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None  # cameras without a fix write zeros: that is no location
    return lat, lon


def _degrees(value: Any) -> float | None:
    try:
        parts = [float(Fraction(str(v))) if not isinstance(v, int | float) else float(v) for v in value]
    except (TypeError, ValueError, ZeroDivisionError):
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if not parts or any(p != p for p in parts):  # NaN from a 0/0 rational
        return None
    while len(parts) < 3:
        parts.append(0.0)
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def format_gps(lat: float, lon: float) -> str:
    """53.80N 1.55W"""
    return f"{abs(lat):.2f}{'N' if lat >= 0 else 'S'} {abs(lon):.2f}{'E' if lon >= 0 else 'W'}"


# ---------------------------------------------------------------------------------------------
# The detector


@dataclass(frozen=True)
class Detection:
    label: str
    score: float
    box: tuple[float, float, float, float]  # x, y, w, h in the pixels of the picture given


_session: Any = None  # onnxruntime.InferenceSession (onnxruntime ships no type information)
_session_lock = threading.Lock()


def model_path() -> Path:
    """320n.onnx inside the installed nudenet package, found without importing nudenet (and OpenCV)."""
    spec = importlib.util.find_spec("nudenet")
    if spec is None or not spec.submodule_search_locations:
        raise ImageError("the nudenet package (which holds the face and nudity model) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "320n.onnx"
    if not path.is_file():
        raise ImageError(f"the face and nudity model is missing: {path}")
    return path


def session() -> Any:
    """The ONNX session, created once per process on first use."""
    global _session
    if _session is None:
        with _session_lock:
            if _session is None:
                ort: Any = importlib.import_module("onnxruntime")  # imported late: ~0.3 s, only where needed
                options = ort.SessionOptions()
                options.intra_op_num_threads = 1
                options.inter_op_num_threads = 1
                options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
                options.log_severity_level = 3
                _session = ort.InferenceSession(str(model_path()), options, providers=["CPUExecutionProvider"])
    return _session


def detect(im: Image.Image, size: int = PASS1) -> list[Detection]:
    """Run the network once on `im` scaled to a long side of `size`.

    The network takes any shape whose sides are multiples of 32, so a 4:3 photo is run at
    320×256 rather than padded to 320×320: a fifth less work for the same detail.
    """
    w, h = im.size
    scale = size / max(w, h)
    sw, sh = max(1, round(w * scale)), max(1, round(h * scale))
    scaled = im.resize((sw, sh), Image.Resampling.BILINEAR) if (sw, sh) != (w, h) else im
    canvas = Image.new("RGB", (max(32, (sw + 31) // 32 * 32), max(32, (sh + 31) // 32 * 32)))
    canvas.paste(scaled, (0, 0))
    tensor = np.asarray(canvas, dtype=np.float32).transpose(2, 0, 1)[np.newaxis] / np.float32(255.0)
    sess = session()
    output = sess.run(None, {sess.get_inputs()[0].name: tensor})[0]
    return _postprocess(np.asarray(output)[0].T, scale)


def _postprocess(rows: np.ndarray[Any, Any], scale: float) -> list[Detection]:
    scores = rows[:, 4:]
    classes = scores.argmax(axis=1)
    best = scores.max(axis=1)
    keep = best >= _RAW_MIN_SCORE
    rows, classes, best = rows[keep], classes[keep], best[keep]
    if not len(rows):
        return []
    cx, cy, bw, bh = (rows[:, i] / scale for i in range(4))
    boxes = np.stack([cx - bw / 2, cy - bh / 2, bw, bh], axis=1)
    found: list[Detection] = []
    # Faces of both labels are one class here (the model's guess of sex is not our business).
    groups = np.array(["FACE" if LABELS[c] in FACE_LABELS else LABELS[c] for c in classes])
    for group in np.unique(groups):
        idx = np.flatnonzero(groups == group)
        for i in _nms(boxes[idx], best[idx], 0.45):
            j = idx[i]
            found.append(Detection(LABELS[int(classes[j])], float(best[j]), tuple(map(float, boxes[j]))))  # type: ignore[arg-type]
    found.sort(key=lambda d: -d.score)
    return found


def _nms(boxes: np.ndarray[Any, Any], scores: np.ndarray[Any, Any], iou: float) -> list[int]:
    order = list(np.argsort(-scores))
    kept: list[int] = []
    x1, y1 = boxes[:, 0], boxes[:, 1]
    x2, y2 = x1 + boxes[:, 2], y1 + boxes[:, 3]
    area = np.maximum(boxes[:, 2], 0) * np.maximum(boxes[:, 3], 0)
    while order:
        i = order.pop(0)
        kept.append(int(i))
        if not order:
            break
        rest = np.array(order)
        w = np.maximum(0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]))
        h = np.maximum(0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]))
        inter = w * h
        overlap = inter / np.maximum(area[i] + area[rest] - inter, 1e-9)
        order = [int(r) for r, o in zip(rest, overlap, strict=True) if o <= iou]
    return kept


def skin_fraction(im: Image.Image, box: tuple[float, float, float, float]) -> float | None:
    """Share of skin-coloured pixels in a box (YCbCr rule); None when the picture has no colour.

    The network also "sees" bare buttocks in colour wheels and pie charts (score 0.8 on
    skimage's colorwheel); real bare skin is skin-coloured. The classic chroma box
    (77 <= Cb <= 127, 133 <= Cr <= 173) holds skin of every ethnicity under ordinary light; the
    faces in our test photos score 0.7-0.9 on it, the colour wheel 0.03.
    """
    x, y, w, h = box
    crop = im.crop((int(max(0, x)), int(max(0, y)), int(min(im.width, x + w)), int(min(im.height, y + h))))
    if crop.width < 2 or crop.height < 2:
        return None
    ycc = np.asarray(crop.convert("YCbCr"), dtype=np.int16)
    luma, cb, cr = ycc[..., 0], ycc[..., 1], ycc[..., 2]
    if float(np.abs(cb - 128).mean() + np.abs(cr - 128).mean()) < 6:
        return None  # a black-and-white picture: colour says nothing
    skin = (cb >= 77) & (cb <= 127) & (cr >= 133) & (cr <= 173) & (luma >= 40)
    return float(skin.mean())
