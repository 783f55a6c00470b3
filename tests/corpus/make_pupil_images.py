"""Generate the labelled corpus for the pupil-images rule, reproducibly, from pictures PyPI ships.

    .venv/bin/python tests/corpus/make_pupil_images.py                 # the committed corpus
    .venv/bin/python tests/corpus/make_pupil_images.py --seed 7 --out /tmp/unseen   # a fresh draw

Photos of people: scikit-image's astronaut (Eileen Collins) and camera (a man behind a camera),
matplotlib's portrait of Grace Hopper, mahotas' portrait of its author (luispedro), and the 100
small face crops of scikit-image's lfw_subset (Labeled Faces in the Wild), tiled into class-photo
sheets. Pictures without people: scikit-image's cat, coffee, rocket, coins, tissue slide, scanned
page, text, logo, Hubble deep field, retina, clock, moon, motorcycle, bricks; scikit-learn's
temple and flower; mahotas' cell nuclei; matplotlib's logo; lfw_subset's 100 *non*-face crops;
and charts drawn here with Pillow.

Every case is listed below with its label, decided by what the picture shows (a face is there or
not), never by running the detector. Crops always keep the face, whose box in each source was
marked by hand (FACE_BOXES). The random generator (seeded) only chooses crop windows, sizes,
JPEG qualities and chart data, so `--seed` draws a new set of the same kinds for checking the
rule on messages it has never seen.

Needs (test-only): scikit-image, scikit-learn, matplotlib, mahotas, Pillow.
"""

from __future__ import annotations

import argparse
import base64
import csv
import importlib
import importlib.resources
import io
import random
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageOps

HERE = Path(__file__).resolve().parent
SENDER = "t.smith@example-school.org.uk"
PARENT = "jane.parent@gmail.com"

# Where the face is in each portrait, as fractions of width and height (left, top, right, bottom),
# marked by eye on the source pictures.
FACE_BOXES = {
    "astronaut": (0.31, 0.06, 0.59, 0.35),
    "camera": (0.31, 0.14, 0.50, 0.33),
    "grace_hopper": (0.31, 0.13, 0.74, 0.57),
    "luispedro": (0.12, 0.06, 0.90, 0.93),
}


# ---------------------------------------------------------------------------------------------
# Source pictures


def _pkg_image(package: str, path: str) -> Image.Image:
    with importlib.resources.files(package).joinpath(path).open("rb") as fh:
        im = Image.open(fh)
        im.load()
    return im.convert("RGB")


def _sk(name: str) -> Image.Image:
    arr = getattr(_skimage_data(), name)()
    if isinstance(arr, tuple):
        arr = arr[0]
    if arr.dtype == bool:
        arr = arr.astype(np.uint8) * 255
    return Image.fromarray(arr).convert("RGB")


def _skimage_data() -> Any:
    return importlib.import_module("skimage.data")


def person(name: str) -> Image.Image:
    if name == "grace_hopper":
        return _pkg_image("matplotlib", "mpl-data/sample_data/grace_hopper.jpg")
    if name == "luispedro":
        return _pkg_image("mahotas", "demos/data/luispedro.jpg")
    return _sk(name)


def thing(name: str) -> Image.Image:
    if name in ("china", "flower"):
        datasets: Any = importlib.import_module("sklearn.datasets")
        return Image.fromarray(datasets.load_sample_image(f"{name}.jpg"))
    if name == "nuclear":
        return _pkg_image("mahotas", "demos/data/nuclear.png")
    if name == "mpl_logo":
        return _pkg_image("matplotlib", "mpl-data/sample_data/logo2.png")
    if name == "motorcycle":
        return _sk("stereo_motorcycle")
    if name == "tissue":
        return _sk("immunohistochemistry")
    if name == "hubble":
        return _sk("hubble_deep_field")
    return _sk(name)


def lfw(faces: bool) -> list[Image.Image]:
    """scikit-image's lfw_subset: 100 face crops, then 100 crops with no face (25×25, grey)."""
    arr = _skimage_data().lfw_subset()
    part = arr[:100] if faces else arr[100:]
    return [Image.fromarray((a * 255).astype(np.uint8)).convert("RGB") for a in part]


# ---------------------------------------------------------------------------------------------
# Transformations


class Maker:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def crop_keeping_face(self, name: str, im: Image.Image) -> Image.Image:
        left, top, right, bottom = FACE_BOXES[name]
        w, h = im.size
        x0 = self.rnd.uniform(0, left) * w
        y0 = self.rnd.uniform(0, top) * h
        x1 = self.rnd.uniform(right, 1) * w
        y1 = self.rnd.uniform(bottom, 1) * h
        return im.crop((int(x0), int(y0), int(x1), int(y1)))

    def crop_anywhere(self, im: Image.Image, share: tuple[float, float] = (0.5, 0.9)) -> Image.Image:
        w, h = im.size
        f = self.rnd.uniform(*share)
        cw, ch = int(w * f), int(h * f)
        x, y = self.rnd.randint(0, w - cw), self.rnd.randint(0, h - ch)
        return im.crop((x, y, x + cw, y + ch))

    def phone_size(self, im: Image.Image, lo: int = 1200, hi: int = 2000) -> Image.Image:
        """Scaled up to the long side of a phone photo (the sources are small)."""
        long_side = self.rnd.randint(lo, hi)
        scale = long_side / max(im.size)
        return im.resize((round(im.width * scale), round(im.height * scale)), Image.Resampling.BICUBIC)

    def scale(self, im: Image.Image, lo: int, hi: int) -> Image.Image:
        long_side = self.rnd.randint(lo, hi)
        scale = long_side / max(im.size)
        return im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))),
                         Image.Resampling.LANCZOS)

    def grid(self, tiles: list[Image.Image], cols: int, cell: int, gap: int = 8) -> Image.Image:
        """A sheet of pictures, as schools send a class's photos."""
        rows = (len(tiles) + cols - 1) // cols
        sheet = Image.new("RGB", (cols * (cell + gap) + gap, rows * (cell + gap) + gap), (245, 245, 245))
        for i, tile in enumerate(tiles):
            t = ImageOps.contain(tile, (cell, cell), Image.Resampling.BICUBIC)
            x = gap + (i % cols) * (cell + gap) + (cell - t.width) // 2
            y = gap + (i // cols) * (cell + gap) + (cell - t.height) // 2
            sheet.paste(t, (x, y))
        return sheet

    # charts, drawn the way a spreadsheet would
    def _colour(self) -> tuple[int, int, int]:
        return (self.rnd.randint(0, 255), self.rnd.randint(0, 255), self.rnd.randint(0, 255))

    def pie(self) -> Image.Image:
        im = Image.new("RGB", (900, 600), "white")
        d = ImageDraw.Draw(im)
        values = [self.rnd.randint(5, 40) for _ in range(self.rnd.randint(3, 7))]
        start = 0.0
        for i, v in enumerate(values):
            end = start + 360 * v / sum(values)
            colour = self._colour()
            d.pieslice((60, 60, 540, 540), start, end, fill=colour, outline="white", width=3)
            d.rectangle((620, 100 + 40 * i, 650, 130 + 40 * i), fill=colour)
            d.text((665, 108 + 40 * i), f"Year {7 + i}: {v}%", fill="black")
            start = end
        d.text((60, 20), "Attendance by year group, autumn term", fill="black")
        return im

    def bars(self) -> Image.Image:
        im = Image.new("RGB", (1000, 640), "white")
        d = ImageDraw.Draw(im)
        d.line((70, 580, 960, 580), fill="black", width=2)
        d.line((70, 580, 70, 40), fill="black", width=2)
        n = self.rnd.randint(4, 12)
        width = 860 // n
        colour = self._colour()
        for i in range(n):
            h = self.rnd.randint(30, 500)
            d.rectangle((80 + i * width, 580 - h, 80 + i * width + width - 12, 580), fill=colour)
            d.text((80 + i * width, 590), f"W{i + 1}", fill="black")
        d.text((80, 15), "Reading minutes per week", fill="black")
        return im

    def lines(self) -> Image.Image:
        im = Image.new("RGB", (1000, 640), "white")
        d = ImageDraw.Draw(im)
        for y in range(60, 600, 60):
            d.line((60, y, 960, y), fill=(225, 225, 225))
        for _ in range(self.rnd.randint(1, 4)):
            y = self.rnd.randint(150, 500)
            points = []
            for x in range(60, 961, 45):
                y = min(590, max(50, y + self.rnd.randint(-70, 70)))
                points.append((x, y))
            d.line(points, fill=self._colour(), width=4)
        d.text((60, 20), "Maths assessment scores", fill="black")
        return im


# ---------------------------------------------------------------------------------------------
# Encoding pictures


def exif(make: str = "", model: str = "", gps: tuple[float, float] | None = None,
         orientation: int | None = None) -> Image.Exif:
    ex = Image.Exif()
    if make:
        ex[0x010F] = make
    if model:
        ex[0x0110] = model
    if orientation:
        ex[0x0112] = orientation
    if gps is not None:
        lat, lon = gps
        ex[0x8825] = {1: "N" if lat >= 0 else "S", 2: _dms(abs(lat)), 3: "E" if lon >= 0 else "W", 4: _dms(abs(lon))}
    return ex


def _dms(value: float) -> tuple[float, float, float]:
    d = int(value)
    m = int((value - d) * 60)
    return (float(d), float(m), round((value - d - m / 60) * 3600, 2))


def encode(im: Image.Image, fmt: str = "JPEG", quality: int = 82, ex: Image.Exif | None = None) -> bytes:
    buf = io.BytesIO()
    kwargs: dict[str, object] = {}
    if ex is not None:
        kwargs["exif"] = ex
    if fmt == "JPEG":
        im.convert("RGB").save(buf, "JPEG", quality=quality, **kwargs)
    elif fmt == "WEBP":
        im.save(buf, "WEBP", quality=quality, **kwargs)
    elif fmt == "GIF":
        im.convert("P", palette=Image.Palette.ADAPTIVE, colors=256).save(buf, "GIF")
    else:
        im.save(buf, fmt, **kwargs)
    return buf.getvalue()


def sideways(im: Image.Image) -> tuple[Image.Image, Image.Exif]:
    """Stored as a phone's sensor saw it, with the EXIF orientation that says how to turn it."""
    return im.transpose(Image.Transpose.ROTATE_90), exif("Apple", "iPhone 12", orientation=6)


def zip_of(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(zipfile.ZipInfo(name, (2025, 6, 2, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def office(kind: str, media: dict[str, bytes], text: str) -> bytes:
    """A small Word (docx) or PowerPoint (pptx) package with pictures under word/ or ppt/media/."""
    root = "word" if kind == "docx" else "ppt"
    main = "document.xml" if kind == "docx" else "presentation.xml"
    ctype = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" if kind == "docx"
             else "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="png" ContentType="image/png"/>'
            f'<Override PartName="/{root}/{main}" ContentType="{ctype}"/></Types>').encode(),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/officeDocument" Target="{root}/{main}"/></Relationships>').encode(),
        f"{root}/{main}": (
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'
        ).encode(),
    }
    for name, data in media.items():
        files[f"{root}/media/{name}"] = data
    return zip_of(files)


def pdf_of(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    when = time.gmtime(1748854800)  # fixed dates, so the file is reproducible
    im.convert("RGB").save(buf, "PDF", resolution=150, creationDate=when, modDate=when)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Messages


def message(subject: str, text: str, *, html: str | None = None,
            attachments: list[tuple[str, bytes, str]] | None = None,
            inline: list[tuple[str, bytes, str]] | None = None, n: int = 0) -> bytes:
    """attachments: (filename, data, declared MIME type); inline: (content id, data, MIME type)."""
    msg = EmailMessage()
    msg["From"] = f"Tom Smith <{SENDER}>"
    msg["To"] = PARENT
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2025, 6, 2, 9, 0, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<pupil-images-{n}@example-school.org.uk>"
    msg.set_content(text)
    if html is not None or inline:
        msg.add_alternative(html or f"<p>{text}</p>", subtype="html")
        related = msg.get_body(("html",))
        assert related is not None
        for cid, data, ctype in inline or []:
            maintype, subtype = ctype.split("/")
            related.add_related(data, maintype=maintype, subtype=subtype, cid=f"<{cid}>",
                                disposition="inline")
    for filename, data, ctype in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"==pupil-images-{n}-{i}==")  # fixed, so the files are reproducible
    return msg.as_bytes()


def img_tag(data: bytes, ctype: str = "image/jpeg") -> str:
    return f'<img alt="" width="400" src="data:{ctype};base64,{base64.b64encode(data).decode()}">'


Case = tuple[str, str, str, Callable[[Maker, int], bytes]]


def cases() -> list[Case]:
    out: list[Case] = []

    def case(file: str, expected: str, note: str) -> Callable[[Callable[[Maker, int], bytes]], None]:
        def register(build: Callable[[Maker, int], bytes]) -> None:
            out.append((file, expected, note, build))
        return register

    people = list(FACE_BOXES)

    # --- photos of people: one per source and way of sending -----------------------------------
    for name in people:
        @case(f"f_{name}_phone_photo.eml", "flag", f"{name}: a phone-sized JPEG attachment")
        def _(m: Maker, n: int, name: str = name) -> bytes:
            im = m.phone_size(person(name))
            return message("Photos from today", "Here is the photo from today.", n=n,
                           attachments=[("IMG_2041.jpg", encode(im, quality=80), "image/jpeg")])

        @case(f"f_{name}_crop.eml", "flag", f"{name}: a crop around the face, resized")
        def _(m: Maker, n: int, name: str = name) -> bytes:
            im = m.scale(m.crop_keeping_face(name, person(name)), 300, 1200)
            return message("Cropped photo", "I cropped it for the newsletter.", n=n,
                           attachments=[("crop.jpg", encode(im, quality=85), "image/jpeg")])

        @case(f"f_{name}_grey_lowq.eml", "flag", f"{name}: black and white, JPEG quality 10-20")
        def _(m: Maker, n: int, name: str = name) -> bytes:
            im = m.scale(person(name), 400, 900).convert("L")
            return message("Old photo", "Scanned from the archive.", n=n,
                           attachments=[("scan.jpg", encode(im, quality=m.rnd.randint(10, 20)), "image/jpeg")])

        @case(f"f_{name}_inline_cid.eml", "flag", f"{name}: inline cid: picture in an HTML message")
        def _(m: Maker, n: int, name: str = name) -> bytes:
            im = m.scale(person(name), 220, 400)
            return message("Well done!", "Star of the week!", n=n,
                           html='<p>Star of the week!</p><img src="cid:image001@example">',
                           inline=[("image001@example", encode(im, "PNG"), "image/png")])

    @case("f_astronaut_data_uri.eml", "flag", "astronaut in an HTML data: URI")
    def _(m: Maker, n: int) -> bytes:
        im = m.scale(person("astronaut"), 300, 600)
        return message("Space week", "Space week!", n=n, html=f"<p>Space week!</p>{img_tag(encode(im))}")

    @case("f_grace_data_uri_png.eml", "flag", "grace_hopper as a PNG data: URI next to a logo data: URI")
    def _(m: Maker, n: int) -> bytes:
        im = m.scale(person("grace_hopper"), 200, 380)
        logo = m.scale(thing("logo"), 100, 160)
        return message("Visitor", "Our visitor today.", n=n,
                       html=f"{img_tag(encode(logo, 'PNG'), 'image/png')}<p>Our visitor</p>"
                            f"{img_tag(encode(im, 'PNG'), 'image/png')}")

    @case("f_camera_gps.eml", "flag", "camera: phone photo with GPS and an iPhone in EXIF")
    def _(m: Maker, n: int) -> bytes:
        im = m.phone_size(person("camera"))
        gps = (53.80 + m.rnd.uniform(-0.05, 0.05), -1.55 + m.rnd.uniform(-0.05, 0.05))
        return message("Trip", "From the trip.", n=n, attachments=[
            ("IMG_3001.jpg", encode(im, ex=exif("Apple", "iPhone 13", gps)), "image/jpeg")])

    @case("f_luispedro_gps_webp.eml", "flag", "luispedro: WebP with GPS")
    def _(m: Maker, n: int) -> bytes:
        im = m.scale(person("luispedro"), 400, 800)
        return message("Photo", "Photo attached.", n=n, attachments=[
            ("photo.webp", encode(im, "WEBP", ex=exif("samsung", "SM-G991B", (51.5, -0.12))), "image/webp")])

    @case("f_grace_sideways_exif.eml", "flag", "grace_hopper stored sideways with EXIF orientation 6")
    def _(m: Maker, n: int) -> bytes:
        im, ex = sideways(m.phone_size(person("grace_hopper"), 1000, 1600))
        return message("Photo", "Photo attached.", n=n, attachments=[("IMG_0001.JPG", encode(im, ex=ex), "image/jpeg")])

    @case("f_astronaut_mirrored_gif.eml", "flag", "astronaut mirrored, as a GIF")
    def _(m: Maker, n: int) -> bytes:
        im = ImageOps.mirror(m.scale(person("astronaut"), 300, 500))
        return message("Photo", "Photo attached.", n=n, attachments=[("photo.gif", encode(im, "GIF"), "image/gif")])

    @case("f_camera_bmp_misnamed.eml", "flag", "camera as a BMP named notes.txt, declared text/plain")
    def _(m: Maker, n: int) -> bytes:
        im = m.scale(person("camera"), 220, 320)
        return message("Notes", "My notes.", n=n, attachments=[("notes.txt", encode(im, "BMP"), "text/plain")])

    @case("f_luispedro_tiff_octet.eml", "flag", "luispedro as TIFF declared application/octet-stream")
    def _(m: Maker, n: int) -> bytes:
        im = m.scale(person("luispedro"), 220, 320)
        return message("File", "File attached.", n=n,
                       attachments=[("file.bin", encode(im, "TIFF"), "application/octet-stream")])

    @case("f_astronaut_png_alpha.eml", "flag", "astronaut as a PNG with a transparent border")
    def _(m: Maker, n: int) -> bytes:
        im = m.scale(person("astronaut"), 250, 400).convert("RGBA")
        canvas = Image.new("RGBA", (im.width + 80, im.height + 80), (0, 0, 0, 0))
        canvas.paste(im, (40, 40))
        return message("Photo", "Photo attached.", n=n, attachments=[("cutout.png", encode(canvas, "PNG"), "image/png")])

    # --- in containers -----------------------------------------------------------------------
    @case("f_zip_trip_photos.eml", "flag", "zip: a coffee photo and a grace_hopper crop")
    def _(m: Maker, n: int) -> bytes:
        files = {"trip/img1.jpg": encode(m.scale(thing("coffee"), 600, 1000)),
                 "trip/img2.jpg": encode(m.scale(m.crop_keeping_face("grace_hopper", person("grace_hopper")), 400, 900))}
        return message("Trip photos", "All the photos.", n=n, attachments=[("photos.zip", zip_of(files), "application/zip")])

    @case("f_zip_in_zip.eml", "flag", "zip inside a zip holding the camera photo")
    def _(m: Maker, n: int) -> bytes:
        inner = zip_of({"day2/cam.png": encode(m.scale(person("camera"), 300, 600), "PNG")})
        return message("Photos", "Photos.", n=n, attachments=[("all.zip", zip_of({"inner.zip": inner}), "application/zip")])

    @case("f_docx_with_photo.eml", "flag", "Word document with the astronaut under word/media")
    def _(m: Maker, n: int) -> bytes:
        doc = office("docx", {"image1.jpeg": encode(m.scale(person("astronaut"), 400, 800))}, "Newsletter")
        return message("Newsletter draft", "Draft attached.", n=n, attachments=[
            ("newsletter.docx", doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

    @case("f_pptx_with_photo.eml", "flag", "PowerPoint with the luispedro portrait under ppt/media")
    def _(m: Maker, n: int) -> bytes:
        doc = office("pptx", {"image2.png": encode(m.scale(person("luispedro"), 250, 450), "PNG")}, "Assembly")
        return message("Assembly slides", "Slides attached.", n=n, attachments=[
            ("assembly.pptx", doc, "application/vnd.openxmlformats-officedocument.presentationml.presentation")])

    # --- groups ------------------------------------------------------------------------------
    @case("f_group_2x2.eml", "flag", "the four portraits tiled 2×2")
    def _(m: Maker, n: int) -> bytes:
        sheet = m.grid([m.crop_keeping_face(p, person(p)) for p in people], 2, m.rnd.randint(300, 600))
        return message("Our team", "Our team.", n=n, attachments=[("team.jpg", encode(sheet), "image/jpeg")])

    @case("f_group_3x3.eml", "flag", "portraits and crops tiled 3×3")
    def _(m: Maker, n: int) -> bytes:
        tiles = [m.crop_keeping_face(p, person(p)) for p in people * 3][:9]
        m.rnd.shuffle(tiles)
        sheet = m.grid(tiles, 3, m.rnd.randint(250, 450))
        return message("Class photos", "Class photos.", n=n, attachments=[("class.jpg", encode(sheet), "image/jpeg")])

    for i, (cols, rows, cell) in enumerate([(4, 3, 110), (5, 4, 100), (6, 5, 90), (8, 4, 120)]):
        @case(f"f_lfw_sheet_{cols}x{rows}.eml", "flag", f"lfw_subset faces: a {cols}×{rows} photo sheet")
        def _(m: Maker, n: int, cols: int = cols, rows: int = rows, cell: int = cell, i: int = i) -> bytes:
            faces = lfw(True)
            m.rnd.shuffle(faces)
            sheet = m.grid(faces[: cols * rows], cols, cell + m.rnd.randint(-10, 10))
            return message("Year 4 photos", "Photo sheet.", n=n,
                           attachments=[(f"sheet{i}.jpg", encode(sheet, quality=88), "image/jpeg")])

    @case("f_one_face_among_things.eml", "flag", "three attachments: chart, cat, and one small portrait")
    def _(m: Maker, n: int) -> bytes:
        return message("Odds and ends", "Various.", n=n, attachments=[
            ("chart.png", encode(m.bars(), "PNG"), "image/png"),
            ("cat.jpg", encode(m.scale(thing("chelsea"), 400, 900)), "image/jpeg"),
            ("me.jpg", encode(m.scale(person("luispedro"), 160, 260)), "image/jpeg")])

    @case("f_astronaut_thumbnail.eml", "flag", "astronaut as a 150-220 px thumbnail")
    def _(m: Maker, n: int) -> bytes:
        return message("Thumb", "Thumbnail.", n=n,
                       attachments=[("thumb.jpg", encode(m.scale(person("astronaut"), 150, 220)), "image/jpeg")])

    @case("f_grace_in_newsletter_html.eml", "flag", "grace_hopper crop inline in a newsletter with a chart")
    def _(m: Maker, n: int) -> bytes:
        face = m.scale(m.crop_keeping_face("grace_hopper", person("grace_hopper")), 250, 450)
        return message("Newsletter", "Newsletter.", n=n,
                       html='<h1>News</h1><img src="cid:chart1"><p>Our visitor:</p><img src="cid:visitor">',
                       inline=[("chart1", encode(m.lines(), "PNG"), "image/png"),
                               ("visitor", encode(face), "image/jpeg")])

    # --- no people -----------------------------------------------------------------------------
    things = ["chelsea", "coffee", "rocket", "coins", "tissue", "page", "text", "logo", "hubble", "retina",
              "clock", "moon", "motorcycle", "brick", "china", "flower", "nuclear", "mpl_logo"]
    for name in things:
        @case(f"c_{name}.eml", "clean", f"{name}: no people")
        def _(m: Maker, n: int, name: str = name) -> bytes:
            im = thing(name)
            style = m.rnd.choice(["phone", "small", "grey"])
            if style == "phone":
                data = encode(m.phone_size(im, 1000, 1400), quality=75)
            elif style == "small":
                data = encode(m.scale(im, 300, 550), "PNG")
            else:
                data = encode(m.scale(im, 400, 900).convert("L"), quality=m.rnd.randint(15, 40))
            ext = "png" if data[:4] == b"\x89PNG" else "jpg"
            return message(f"{name} picture", "Picture attached.", n=n,
                           attachments=[(f"{name}.{ext}", data, f"image/{'png' if ext == 'png' else 'jpeg'}")])

    @case("c_cat_with_gps.eml", "clean", "cat photo from an iPhone with GPS: no people, so no finding")
    def _(m: Maker, n: int) -> bytes:
        im = m.phone_size(thing("chelsea"), 1000, 1500)
        return message("Cat", "Our class cat.", n=n, attachments=[
            ("IMG_4410.jpg", encode(im, ex=exif("Apple", "iPhone 15", (53.79, -1.54))), "image/jpeg")])

    for kind in ("pie", "bars", "lines"):
        @case(f"c_chart_{kind}.eml", "clean", f"a {kind} chart drawn with Pillow")
        def _(m: Maker, n: int, kind: str = kind) -> bytes:
            im = getattr(m, kind)()
            return message("Data", "Chart attached.", n=n, attachments=[(f"{kind}.png", encode(im, "PNG"), "image/png")])

    @case("c_chart_pie_jpeg_inline.eml", "clean", "a pie chart inline as JPEG")
    def _(m: Maker, n: int) -> bytes:
        return message("Data", "Chart.", n=n, html='<img src="cid:pie">',
                       inline=[("pie", encode(m.pie(), quality=70), "image/jpeg")])

    @case("c_pdf_chart.eml", "clean", "a PDF of a bar chart")
    def _(m: Maker, n: int) -> bytes:
        return message("Report", "Report attached.", n=n, attachments=[("report.pdf", pdf_of(m.bars()), "application/pdf")])

    @case("c_pdf_scan.eml", "clean", "a PDF of a scanned page")
    def _(m: Maker, n: int) -> bytes:
        return message("Letter", "Scanned letter.", n=n,
                       attachments=[("letter.pdf", pdf_of(m.scale(thing("page"), 800, 1200)), "application/pdf")])

    @case("c_lfw_nonface_sheet.eml", "clean", "lfw_subset's non-face crops as a 6×4 sheet")
    def _(m: Maker, n: int) -> bytes:
        crops = lfw(False)
        m.rnd.shuffle(crops)
        sheet = m.grid(crops[:24], 6, 100)
        return message("Textures", "Texture sheet.", n=n, attachments=[("textures.jpg", encode(sheet), "image/jpeg")])

    @case("c_zip_of_things.eml", "clean", "zip with coins, rocket and a chart")
    def _(m: Maker, n: int) -> bytes:
        files = {"a/coins.png": encode(m.scale(thing("coins"), 250, 450), "PNG"),
                 "a/rocket.jpg": encode(m.scale(thing("rocket"), 500, 900)),
                 "b/chart.png": encode(m.pie(), "PNG")}
        return message("Files", "Files.", n=n, attachments=[("files.zip", zip_of(files), "application/zip")])

    @case("c_docx_with_chart.eml", "clean", "Word document with a chart under word/media")
    def _(m: Maker, n: int) -> bytes:
        doc = office("docx", {"image1.png": encode(m.bars(), "PNG")}, "Results")
        return message("Results", "Attached.", n=n, attachments=[
            ("results.docx", doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

    @case("c_html_logo_data_uri.eml", "clean", "HTML signature with the logo as a data: URI")
    def _(m: Maker, n: int) -> bytes:
        logo = m.scale(thing("logo"), 80, 200)
        return message("Hello", "Hello.", n=n, html=f"<p>Hello</p><p>--<br>Example School</p>{img_tag(encode(logo, 'PNG'), 'image/png')}")

    @case("c_text_only.eml", "clean", "no pictures at all")
    def _(m: Maker, n: int) -> bytes:
        return message("Reminder", "Reminder: PE kit on Thursday.", n=n)

    @case("c_csv_attachment.eml", "clean", "a CSV of marks")
    def _(m: Maker, n: int) -> bytes:
        rows = "\n".join(f"pupil{i},{m.rnd.randint(40, 100)}" for i in range(30))
        return message("Marks", "Marks.", n=n, attachments=[("marks.csv", rows.encode(), "text/csv")])

    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE / "pupil-images")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.eml"):
        old.unlink()
    rows = []
    for n, (file, expected, note, build) in enumerate(cases()):
        maker = Maker(args.seed * 1000 + n)
        (args.out / file).write_bytes(build(maker, n))
        rows.append({"file": file, "expected": expected, "sender": SENDER, "recipients": PARENT, "note": note})
    with (args.out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["file", "expected", "sender", "recipients", "note"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    flags = sum(r["expected"] == "flag" for r in rows)
    print(f"{len(rows)} messages ({flags} flag, {len(rows) - flags} clean), {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
