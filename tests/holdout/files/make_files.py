#!/usr/bin/env python3
"""Generate the blind hold-out corpora for mailguard's attachment checks.

    risky-attachment/   20 flag + 20 clean
    pupil-images/       20 flag + 20 clean

Deterministic: fixed dates, Message-IDs, MIME boundaries, zip/tar/gzip timestamps and
seeded randomness, so re-running gives byte-identical .eml files (7z output is made
deterministic by fixing file times; see make_7z).

Written blind (2026-11-25) without looking at mailguard's detectors or existing corpora.
Not for tuning. Run:  python make_files.py   (writes next to this file)
"""
import base64
import csv
import datetime
import gzip
import io
import os
import random
import struct
import sys
import tarfile
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

import matplotlib
matplotlib.use("Agg")
import matplotlib.cbook as cbook  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import skimage.data as skd  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = "example-school.org.uk"
STAFF = {
    "ts": ("Tom Smith", f"t.smith@{DOMAIN}"),
    "ak": ("Aisha Khan", f"a.khan@{DOMAIN}"),
    "rp": ("Ravi Patel", f"r.patel@{DOMAIN}"),
    "jo": ("Joy Okafor", f"j.okafor@{DOMAIN}"),
    "mw": ("Mark Wilson", f"m.wilson@{DOMAIN}"),
    "lb": ("Lucy Brown", f"l.brown@{DOMAIN}"),
}
PARENT = "jane.parent@gmail.com"
PARENT2 = "d.hughes72@outlook.com"
HOME = "tom.smith.home@gmail.com"
HOME_AK = "aisha.k.personal@hotmail.co.uk"
VENDOR = "support@edtech-vendor.co.uk"
COLLEAGUE = f"k.jones@{DOMAIN}"
COLLEAGUE2 = f"p.evans@{DOMAIN}"
ZDT = (2026, 11, 20, 9, 30, 0)


# --------------------------------------------------------------------------- mail
class Corpus:
    def __init__(self, name):
        self.name = name
        self.dir = os.path.join(HERE, name)
        os.makedirs(self.dir, exist_ok=True)
        for f in os.listdir(self.dir):
            if f.endswith(".eml") or f == "labels.csv":  # regenerate from scratch
                os.remove(os.path.join(self.dir, f))
        self.rows = []
        self.n = 0

    def add(self, fname, expected, who, rcpts, subject, body, attachments=(), html=None,
            inline=(), note=""):
        """attachments: (filename, bytes, 'maintype/subtype'); inline: (cid, bytes, ctype)."""
        self.n += 1
        name, addr = STAFF[who]
        m = EmailMessage()
        m["From"] = f"{name} <{addr}>"
        m["To"] = ", ".join(rcpts)
        m["Subject"] = subject
        m["Date"] = format_datetime(datetime.datetime(
            2026, 11, 1 + (self.n % 24), 8 + self.n % 9, (self.n * 7) % 60,
            tzinfo=datetime.timezone.utc))
        m["Message-ID"] = f"<holdout-{self.name}-{self.n:03d}@{DOMAIN}>"
        m["MIME-Version"] = "1.0"
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
            if inline:
                htmlpart = m.get_payload()[1]
                for cid, data, ctype in inline:
                    mt, st = ctype.split("/")
                    htmlpart.add_related(data, maintype=mt, subtype=st, cid=f"<{cid}>",
                                         disposition="inline")
        for fn, data, ctype in attachments:
            if ctype == "message/rfc822":
                m.add_attachment(data, filename=fn)  # data is an EmailMessage
                continue
            mt, st = ctype.split("/")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        for i, part in enumerate(m.walk()):
            if part.is_multipart():
                part.set_boundary(f"==holdout_{self.name}_{self.n:03d}_{i}==")
        fname = f"{self.n:02d}_{fname}.eml"
        with open(os.path.join(self.dir, fname), "wb") as fh:
            fh.write(m.as_bytes())
        self.rows.append((fname, expected, addr, " ".join(rcpts), note))

    def close(self):
        with open(os.path.join(self.dir, "labels.csv"), "w", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["file", "expected", "sender", "recipients", "note"])
            w.writerows(self.rows)


# --------------------------------------------------------------------------- containers
def zinfo(name, stored=False):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    return zi


def make_zip(entries):
    """entries: list of (name, bytes) or (name, bytes, stored)."""
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for e in entries:
            z.writestr(zinfo(e[0], len(e) > 2 and e[2]), e[1])
    return b.getvalue()


def make_targz(entries):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, data, mode in entries:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1795075200
            ti.mode = mode
            ti.uname = ti.gname = "tsmith"
            t.addfile(ti, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as g:
        g.write(raw.getvalue())
    return out.getvalue()


def make_7z(entries):
    import py7zr
    tmp = os.path.join(HERE, ".tmp7z")
    os.makedirs(tmp, exist_ok=True)
    paths = []
    for name, data in entries:
        p = os.path.join(tmp, name)
        with open(p, "wb") as fh:
            fh.write(data)
        os.utime(p, (1795075200, 1795075200))
        paths.append((p, name))
    b = io.BytesIO()
    with py7zr.SevenZipFile(b, "w") as z:
        for p, name in paths:
            z.write(p, arcname=name)
    for p, _ in paths:
        os.remove(p)
    os.rmdir(tmp)
    return b.getvalue()


def zipcrypto_zip(name, data, password):
    """A zip whose one entry is encrypted with traditional PKWARE ZipCrypto (flag bit 0)."""
    crc_table = [0] * 256
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        crc_table[i] = c

    def crc32b(crc, b):
        return crc_table[(crc ^ b) & 0xFF] ^ (crc >> 8)

    k = [0x12345678, 0x23456789, 0x34567890]

    def update(c):
        k[0] = crc32b(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = crc32b(k[2], k[1] >> 24)

    def enc(b):
        t = (k[2] | 2) & 0xFFFF
        out = b ^ (((t * (t ^ 1)) >> 8) & 0xFF)
        update(b)
        return out

    for ch in password:
        update(ch)
    crc = zlib.crc32(data) & 0xFFFFFFFF
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    comp = co.compress(data) + co.flush()
    rnd = random.Random(7)
    header = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
    encd = bytes(enc(b) for b in header + comp)
    dostime = (ZDT[3] << 11) | (ZDT[4] << 5) | (ZDT[5] // 2)
    dosdate = ((ZDT[0] - 1980) << 9) | (ZDT[1] << 5) | ZDT[2]
    fn = name.encode()
    lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc,
                     len(encd), len(data), len(fn), 0) + fn
    cd = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate, crc,
                     len(encd), len(data), len(fn), 0, 0, 0, 0, 0o644 << 16, 0) + fn
    body = lh + encd
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(cd), len(body), 0)
    return body + cd + eocd


def zip_bomb():
    """A zip holding one 200 MB file of zeros (compresses to ~200 KB)."""
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        zi = zinfo("attendance_export_full.csv")
        with z.open(zi, "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(200):
                f.write(chunk)
    return b.getvalue()


# --------------------------------------------------------------------------- binaries
def make_pe(size=4096, dll=False):
    dos = bytearray(0x80)
    dos[0:2] = b"MZ"
    struct.pack_into("<HHHHHHHHHH", dos, 2, 0x90, 3, 0, 4, 0, 0xFFFF, 0, 0xB8, 0, 0)
    struct.pack_into("<H", dos, 0x18, 0x40)
    struct.pack_into("<I", dos, 0x3C, 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    dos[0x40:0x40 + len(stub)] = stub
    chars = 0x0022 | (0x2000 if dll else 0)
    coff = b"PE\0\0" + struct.pack("<HHIIIHH", 0x8664, 1, 0x6560A000, 0, 0, 0xF0, chars)
    opt = bytearray(0xF0)
    struct.pack_into("<HBBIIIII", opt, 0, 0x20B, 14, 36, 0x200, 0, 0, 0x1000, 0x1000)
    struct.pack_into("<QII", opt, 24, 0x140000000, 0x1000, 0x200)
    struct.pack_into("<HHHHHH", opt, 40, 6, 0, 0, 0, 6, 0)
    struct.pack_into("<IIII", opt, 56, 0x2000, 0x400, 0, 3)  # SizeOfImage, Headers, cksum, subsystem=console
    struct.pack_into("<H", opt, 70, 0x8160)
    struct.pack_into("<QQQQII", opt, 72, 0x100000, 0x1000, 0x100000, 0x1000, 0, 16)
    sect = b".text\0\0\0" + struct.pack("<IIIIIIHHI", 0x200, 0x1000, 0x200, 0x400, 0, 0, 0, 0,
                                        0x60000020)
    hdr = bytes(dos) + coff + bytes(opt) + sect
    hdr = hdr.ljust(0x400, b"\0")
    code = (b"\x48\x83\xec\x28\x33\xc9\xff\x15\x00\x00\x00\x00\xcc" * 40).ljust(0x200, b"\xcc")
    out = hdr + code
    return out.ljust(size, b"\0")


def elf_bytes():
    with open("/bin/ls", "rb") as fh:
        return fh.read(65536)


def make_cfb(streams, root_clsid=b"\0" * 16):
    """Minimal OLE2 / Compound File Binary (v3, 512-byte sectors). Streams padded to >= 4096
    bytes so they live in regular sectors (no mini-stream needed)."""
    SECT = 512
    streams = [(n, d.ljust(4096, b"\0")) for n, d in streams]
    nsect = [(len(d) + SECT - 1) // SECT for _, d in streams]
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0 = FAT, sector 1 = directory
    starts = []
    for n in nsect:
        s = len(fat)
        starts.append(s)
        fat += list(range(s + 1, s + n)) + [0xFFFFFFFE]
    assert len(fat) <= 128
    fat += [0xFFFFFFFF] * (128 - len(fat))
    hdr = bytearray(SECT)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x3E, 3, 0xFFFE, 9, 6)
    # numDirSect(0 in v3), numFAT, firstDir, txn, miniCutoff, firstMiniFAT, numMiniFAT, firstDIFAT, numDIFAT
    struct.pack_into("<IIIIIIIII", hdr, 40, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into("<I", hdr, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<I", hdr, 76 + 4 * i, 0xFFFFFFFF)

    def dirent(name, typ, left, right, child, start, size, clsid=b"\0" * 16):
        e = bytearray(128)
        nm = name.encode("utf-16-le") + b"\0\0"
        e[0:len(nm)] = nm
        struct.pack_into("<HBB", e, 64, len(nm), typ, 1)
        struct.pack_into("<III", e, 68, left, right, child)
        e[80:96] = clsid
        struct.pack_into("<II", e, 116, start, size)
        return bytes(e)

    NOS = 0xFFFFFFFF
    ents = [dirent("Root Entry", 5, NOS, NOS, 1 if streams else NOS, 0xFFFFFFFE, 0, root_clsid)]
    # chain siblings as a degenerate right-leaning tree (valid red-black enough for readers)
    for i, (n, d) in enumerate(streams):
        right = i + 2 if i + 1 < len(streams) else NOS
        ents.append(dirent(n, 2, NOS, right, NOS, starts[i], len(d)))
    while len(ents) % 4:
        ents.append(dirent("", 0, NOS, NOS, NOS, 0, 0))
    assert len(ents) == 4, "directory must fit one sector in this tiny writer"
    out = bytes(hdr) + struct.pack("<128I", *fat) + b"".join(ents)
    for _, d in streams:
        out += d.ljust(((len(d) + SECT - 1) // SECT) * SECT, b"\0")
    return out


def make_msi():
    clsid = bytes.fromhex("8410 0C00 0000 0000 C000 000000000046".replace(" ", ""))
    summary = b"\xfe\xff\x00\x00\x0a\x00\x02\x00" + b"\0" * 4 + bytes.fromhex(
        "E0859FF2F94F6810AB9108002B27B3D9") + b"Installer, MSI, Database"
    return make_cfb([("\x05SummaryInformation", summary),
                     ("\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4824", b"MSI string pool " * 40)],
                    root_clsid=clsid)


def make_vba_bin():
    vba = (b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n"
           b"  MsgBox \"Enable editing to see the marks\"\r\nEnd Sub\r\n")
    return make_cfb([("PROJECT", b"ID=\"{00000000-0000-0000-0000-000000000000}\"\r\n"
                                 b"Document=ThisDocument/&H00000000\r\nName=\"Project\"\r\n"),
                     ("dir", b"\x01" + vba)])


def make_lnk():
    clsid = bytes.fromhex("0114020000000000C000000000000046")
    flags = 0x08 | 0x20 | 0x80 | 0x04  # HasRelativePath|HasArguments|IsUnicode|HasName
    ft = 0x01DD5A1B2C3D4E50
    hdr = struct.pack("<I16sIIQQQIIIHHII", 0x4C, clsid, flags, 0x20, ft, ft, ft, 0, 0, 7, 0,
                      0, 0, 0)
    assert len(hdr) == 76

    def sd(s):
        return struct.pack("<H", len(s)) + s.encode("utf-16-le")
    body = (sd("Year 9 timetable") + sd("..\\..\\..\\Windows\\System32\\cmd.exe") +
            sd("/c start \"\" \"https://timetable.example.invalid/y9\""))
    return hdr + body + b"\0\0\0\0"


def make_iso():
    iso = bytearray(0x8000 + 2048 * 4)
    pvd = bytearray(2048)
    pvd[0] = 1
    pvd[1:6] = b"CD001"
    pvd[6] = 1
    pvd[8:40] = b"WIN32".ljust(32)
    pvd[40:72] = b"TIMETABLE_2026".ljust(32)
    struct.pack_into("<I", pvd, 80, 20)
    struct.pack_into(">I", pvd, 84, 20)
    struct.pack_into("<H", pvd, 120, 1)
    struct.pack_into(">H", pvd, 122, 1)
    struct.pack_into("<H", pvd, 128, 2048)
    struct.pack_into(">H", pvd, 130, 2048)
    pvd[881] = 1
    iso[0x8000:0x8800] = pvd
    term = bytearray(2048)
    term[0] = 255
    term[1:6] = b"CD001"
    term[6] = 1
    iso[0x8800:0x9000] = term
    iso[0x9800:0x9800 + 76] = make_lnk()[:76]
    return bytes(iso)


def make_jar():
    cls = bytes.fromhex("CAFEBABE00000034") + b"\x00\x10" + b"\x07\x00\x02\x01\x00\x06Grades" * 8
    return make_zip([("META-INF/MANIFEST.MF",
                      b"Manifest-Version: 1.0\r\nMain-Class: Grades\r\nCreated-By: 17 (Oracle)\r\n\r\n"),
                     ("Grades.class", cls)])


# --------------------------------------------------------------------------- documents
def make_pdf(lines, title="Document"):
    text = "BT /F1 12 Tf 72 760 Td 14 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for ln in lines) + " ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("latin-1") + b"\nendstream",
        b"<< /Title (" + title.encode("latin-1") + b") /Producer (Example School) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_docx(paras, image=None, macro=False):
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = (CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="jpeg" ContentType="image/jpeg"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
    rels = (CT_HEAD + f'<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" '
            f'Type="{OD}/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>" for p in paras)
    drels = []
    if image is not None:
        w, h = image[1]
        cx, cy = 4000000, int(4000000 * h / w)
        body += (
            '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="%d" cy="%d"/><wp:docPr id="1" name="Picture 1"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:nvPicPr><pic:cNvPr id="0" name="image1.jpeg"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
            '</a:graphic></wp:inline></w:drawing></w:r></w:p>' % (cx, cy, cx, cy))
        drels.append(f'<Relationship Id="rIdImg1" Type="{OD}/image" Target="media/image1.jpeg"/>')
    if macro:
        drels.append('<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
                     'relationships/vbaProject" Target="vbaProject.bin"/>')
    doc = (CT_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           f'xmlns:r="{OD}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    entries = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
               ("word/document.xml", doc.encode())]
    if drels:
        entries.append(("word/_rels/document.xml.rels",
                        (CT_HEAD + f'<Relationships xmlns="{RELS_NS}">' + "".join(drels)
                         + "</Relationships>").encode()))
    if image is not None:
        entries.append(("word/media/image1.jpeg", image[0]))
    if macro:
        entries.append(("word/vbaProject.bin", make_vba_bin()))
    return make_zip(entries)


def make_xlsx(rows, macro=False):
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = (CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = (CT_HEAD + f'<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" '
            f'Type="{OD}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = (CT_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          f'xmlns:r="{OD}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wrels = [f'<Relationship Id="rId1" Type="{OD}/worksheet" Target="worksheets/sheet1.xml"/>']
    if macro:
        wrels.append('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/'
                     'relationships/vbaProject" Target="vbaProject.bin"/>')
    cells = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(v, (int, float)):
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
        cells.append(f'<row r="{r}">{"".join(cs)}</row>')
    sheet = (CT_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(cells)}</sheetData></worksheet>')
    entries = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
               ("xl/workbook.xml", wb.encode()),
               ("xl/_rels/workbook.xml.rels", (CT_HEAD + f'<Relationships xmlns="{RELS_NS}">'
                                               + "".join(wrels) + "</Relationships>").encode()),
               ("xl/worksheets/sheet1.xml", sheet.encode())]
    if macro:
        entries.append(("xl/vbaProject.bin", make_vba_bin()))
    return make_zip(entries)


def make_odt(paras):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:text>'
               + "".join(f"<text:p>{p}</text:p>" for p in paras)
               + "</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return make_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                     ("content.xml", content.encode()),
                     ("META-INF/manifest.xml", manifest.encode())])


# --------------------------------------------------------------------------- images
def to_bytes(im, fmt="JPEG", **kw):
    b = io.BytesIO()
    if fmt == "JPEG" and im.mode not in ("RGB", "L"):
        im = im.convert("RGB")
    im.save(b, fmt, **kw)
    return b.getvalue()


def fig_png(kind, seed=0):
    rng = np.random.default_rng(seed)
    fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
    if kind == "bar":
        ax.bar(["7A", "7B", "7C", "7D", "7E"], rng.integers(70, 99, 5), color="#2a6f97")
        ax.set_ylabel("Attendance %")
        ax.set_title("Year 7 attendance by form, autumn term")
    elif kind == "line":
        wk = np.arange(1, 13)
        ax.plot(wk, 60 + np.cumsum(rng.normal(1, 2, 12)), marker="o", label="Reading age")
        ax.plot(wk, 55 + np.cumsum(rng.normal(1.2, 2, 12)), marker="s", label="Spelling")
        ax.legend()
        ax.set_xlabel("Week")
        ax.set_title("Intervention group progress (anonymised)")
    else:
        ax.pie([42, 31, 17, 10], labels=["Walk", "Bus", "Car", "Cycle"], autopct="%d%%")
        ax.set_title("How pupils travel to school (survey)")
    b = io.BytesIO()
    fig.savefig(b, format="png", metadata={"Software": None})
    plt.close(fig)
    return b.getvalue()


def letterhead():
    im = Image.new("RGB", (1240, 300), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1240, 24], fill="#1d3557")
    d.ellipse([40, 60, 200, 220], outline="#1d3557", width=8, fill="#a8dadc")
    d.polygon([(120, 85), (165, 175), (75, 175)], fill="#e63946")
    try:
        f1 = ImageFont.load_default(size=54)
        f2 = ImageFont.load_default(size=26)
    except TypeError:
        f1 = f2 = ImageFont.load_default()
    d.text((240, 80), "Example School", fill="#1d3557", font=f1)
    d.text((240, 160), "1 School Lane, Leeds LS1 4AP  ·  01632 960000", fill="#457b9d", font=f2)
    d.text((240, 200), "office@example-school.org.uk", fill="#457b9d", font=f2)
    d.rectangle([0, 276, 1240, 300], fill="#e63946")
    return im


def crest(size=256):
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    s = size
    d.polygon([(s * .1, s * .08), (s * .9, s * .08), (s * .9, s * .5), (s * .5, s * .95),
               (s * .1, s * .5)], fill="#1d3557", outline="#f1c40f")
    d.line([(s * .5, s * .08), (s * .5, s * .9)], fill="#f1c40f", width=max(2, s // 40))
    d.line([(s * .1, s * .35), (s * .9, s * .35)], fill="#f1c40f", width=max(2, s // 40))
    d.rectangle([s * .2, s * .15, s * .4, s * .3], fill="#ffffff")  # open book
    d.ellipse([s * .6, s * .14, s * .78, s * .31], fill="#e63946")
    return im


def gps_exif(im, lat, lon, make="Apple", model="iPhone 13"):
    from PIL.ExifTags import IFD

    def dms(x):
        x = abs(x)
        d = int(x)
        m = int((x - d) * 60)
        s = round(((x - d) * 60 - m) * 60, 2)
        return (float(d), float(m), float(s))
    ex = Image.Exif()
    ex[0x010F] = make
    ex[0x0110] = model
    ex[0x0132] = "2026:11:18 10:42:13"
    g = ex.get_ifd(IFD.GPSInfo)
    g[1] = "N" if lat >= 0 else "S"
    g[2] = dms(lat)
    g[3] = "E" if lon >= 0 else "W"
    g[4] = dms(lon)
    g[5] = 0
    g[6] = 54.0
    return to_bytes(im, "JPEG", quality=88, exif=ex)


def plain_exif(im):
    ex = Image.Exif()
    ex[0x010F] = "Canon"
    ex[0x0110] = "Canon EOS 250D"
    ex[0x0132] = "2026:11:02 14:05:00"
    return to_bytes(im, "JPEG", quality=88, exif=ex)


def load_faces():
    import mahotas.demos
    mp = os.path.join(os.path.dirname(mahotas.demos.__file__), "data", "luispedro.jpg")
    with cbook.get_sample_data("grace_hopper.jpg") as fh:
        grace = Image.open(fh).convert("RGB")
        grace.load()
    return {
        "astronaut": (Image.fromarray(skd.astronaut()), (100, 0, 360, 300)),
        "camera": (Image.fromarray(skd.camera()).convert("RGB"), (110, 40, 340, 260)),
        "grace": (grace, (120, 0, 420, 380)),
        "luis": (Image.open(mp).convert("RGB"), (0, 0, 300, 377)),
    }


def canvas(face_im, box, x_frac, y_frac, w_frac, bg=(236, 236, 228)):
    c = Image.new("RGB", (1600, 1200), bg)
    head = face_im.crop(box)
    w = int(1600 * w_frac)
    h = int(head.height * w / head.width)
    head = head.resize((w, h), Image.LANCZOS)
    x = int((1600 - w) * x_frac)
    y = int(max(0, 1200 - h) * y_frac)
    c.paste(head, (x, y))
    return c


# --------------------------------------------------------------------------- corpus 1
def risky():
    C = Corpus("risky-attachment")
    pe = make_pe()
    A = "application/octet-stream"
    pdf = make_pdf(["Example School", "Year 9 Options Evening", "Thursday 3 December, 6pm",
                    "Please bring this letter with you."], "Options evening")

    # ---- flag
    C.add("pe_exe", "flag", "ts", [HOME], "tool for home",
          "Copying this over so I can install it on the laptop at home tonight.\n\nTom",
          [("TimetableTool_setup.exe", pe, "application/x-msdownload")],
          note="minimal PE32+ .exe")
    C.add("elf_noext", "flag", "mw", [HOME.replace("tom.smith", "mark.wilson")], "backup helper",
          "The sync helper from the server, for the NAS at home.",
          [("sync_helper", elf_bytes(), A)], note="ELF binary (first 64KB of /bin/ls), no extension")
    C.add("js_vbs", "flag", "rp", [VENDOR], "scripts we use for login",
          "Hi, here are the two logon scripts you asked about.\n\nRavi Patel, IT",
          [("logon.js", b"var sh = new ActiveXObject('WScript.Shell');\r\nsh.Run('net use S: \\\\\\\\srv01\\\\shared', 0);\r\n", "application/javascript"),
           ("printers.vbs", b"Set net = CreateObject(\"WScript.Network\")\r\nnet.AddWindowsPrinterConnection \"\\\\srv01\\Staffroom\"\r\n", "text/vbscript")],
          note=".js + .vbs scripts")
    C.add("hta_wsf", "flag", "rp", [PARENT], "parent portal helper",
          "Dear Mrs Parent, please open the attached helper to reset the portal login.",
          [("PortalReset.hta", b"<html><head><HTA:APPLICATION ID=\"p\"/><script language=\"VBScript\">\r\nSub Window_OnLoad: MsgBox \"Portal reset\": End Sub\r\n</script></head><body></body></html>\r\n", "application/hta"),
           ("PortalReset.wsf", b"<job id=\"reset\"><script language=\"JScript\">WScript.Echo('reset');</script></job>\r\n", A)],
          note=".hta + .wsf")
    C.add("ps1_bat_cmd", "flag", "rp", [HOME.replace("tom.smith", "ravi.patel")], "work scripts",
          "Scripts to finish off at home.",
          [("Export-Users.ps1", b"Get-ADUser -Filter * -Properties mail | Select Name,mail | Export-Csv users.csv -NoTypeInformation\r\n", A),
           ("map_drives.bat", b"@echo off\r\nnet use H: \\\\srv01\\home\\%USERNAME%\r\n", "application/x-bat"),
           ("cleanup.cmd", b"@echo off\r\ndel /q %TEMP%\\*.*\r\n", A)],
          note=".ps1 + .bat + .cmd")
    C.add("sh", "flag", "mw", [VENDOR], "install script",
          "Here's the install script for the Raspberry Pis in the computing room.",
          [("setup_pis.sh", b"#!/bin/bash\nset -e\nsudo apt-get update\nsudo apt-get install -y python3-gpiozero\n", "application/x-sh")],
          note=".sh shell script")
    C.add("jar", "flag", "jo", [HOME.replace("tom.smith", "joy.okafor")], "marking app",
          "The java marking app, to use at home.",
          [("GradeCalc.jar", make_jar(), "application/java-archive")],
          note=".jar (zip with META-INF/MANIFEST.MF)")
    C.add("lnk", "flag", "ak", [PARENT2], "Year 9 timetable",
          "Dear Mr Hughes, please find the timetable shortcut attached.",
          [("Year9_Timetable.lnk", make_lnk(), A)], note="Windows shortcut .lnk")
    C.add("msi", "flag", "rp", [HOME.replace("tom.smith", "ravi.patel")], "installer",
          "The MSI for the SMART board software.",
          [("SMARTNotebook_24.msi", make_msi(), "application/x-msi")],
          note="OLE compound file named .msi")
    C.add("iso", "flag", "ak", [PARENT], "disc image",
          "Please mount the attached image to see the timetable.",
          [("Timetable_2026.iso", make_iso(), "application/x-iso9660-image")],
          note="ISO9660-like image, CD001 at 0x8001")
    C.add("double_ext", "flag", "ts", [PARENT], "Report",
          "Dear Jane, please find Sam's report attached.\n\nTom Smith",
          [("report.pdf.exe", pe, A)], note="double extension report.pdf.exe")
    C.add("rtlo", "flag", "ts", [PARENT2], "Invoice for trip",
          "Please find the invoice attached.",
          [("invoice\u202efdp.exe", pe, "application/pdf")],
          note="RTL override: invoice<U+202E>fdp.exe displays as invoiceexe.pdf")
    C.add("exe_as_pdf", "flag", "ts", [HOME], "scan",
          "Scan from the office copier.",
          [("scan_0412.pdf", pe, "application/pdf")], note="PE executable renamed .pdf")
    C.add("exe_in_zip", "flag", "lb", [PARENT], "screensaver for the kids",
          "Hi Jane, the screensaver Year 3 made, as promised.",
          [("Rainbow_Screensaver.zip", make_zip([("Rainbow_Screensaver.scr", pe),
                                                  ("readme.txt", b"Double-click to install.\r\n")]),
            "application/zip")], note="PE .scr inside a zip")
    inner = make_zip([("tools/ReportBuilder.exe", pe), ("tools/config.ini", b"[db]\r\nhost=srv01\r\n")])
    C.add("exe_in_zip_in_zip", "flag", "mw", [VENDOR], "reporting bundle",
          "Bundle attached as requested.",
          [("bundle.zip", make_zip([("ReportBuilder_tools.zip", inner), ("notes.txt", b"see inside\r\n")]),
            "application/zip")], note="PE inside a zip inside a zip")
    C.add("exe_in_targz", "flag", "mw", [HOME.replace("tom.smith", "mark.wilson")], "tools",
          "Tools archive.",
          [("tools.tar.gz", make_targz([("tools/install.exe", pe, 0o755),
                                       ("tools/README", b"run install.exe\n", 0o644)]),
            "application/gzip")], note="PE inside .tar.gz")
    C.add("exe_in_7z", "flag", "rp", [VENDOR], "driver package",
          "7z of the driver package.",
          [("drivers.7z", make_7z([("PrinterDriver.exe", pe), ("readme.txt", b"driver v2\r\n")]),
            "application/x-7z-compressed")], note="PE inside .7z")
    C.add("macro_docm_xlsm", "flag", "jo", [PARENT], "Homework sheets",
          "Dear parents, enable editing and content to see the marks.",
          [("Homework_Y8.docm", make_docx(["Year 8 homework"], macro=True),
            "application/vnd.ms-word.document.macroEnabled.12"),
           ("Marks_Y8.xlsm", make_xlsx([["Name", "Mark"], ["Pupil A", 12]], macro=True),
            "application/vnd.ms-excel.sheet.macroEnabled.12")],
          note=".docm and .xlsm with vbaProject.bin")
    C.add("encrypted_zip", "flag", "ak", [HOME_AK], "payroll",
          "Password is the usual one.",
          [("payroll_nov.zip", zipcrypto_zip("payroll_nov.pdf", pdf, b"Sch00l2026"), "application/zip")],
          note="password-protected (ZipCrypto) zip; contents unscannable")
    C.add("zip_bomb", "flag", "mw", [VENDOR], "full attendance export",
          "The full export you asked for.",
          [("attendance_export.zip", zip_bomb(), "application/zip")],
          note="zip bomb: 200 MB of zeros in one entry")

    # ---- clean
    C.add("pdf", "clean", "ts", [PARENT], "Options evening",
          "Dear Jane, the letter about options evening is attached.\n\nTom Smith",
          [("Options_Evening_Letter.pdf", pdf, "application/pdf")], note="minimal PDF 1.4")
    C.add("docx", "clean", "jo", [PARENT2], "Reading list",
          "Dear Mr Hughes, the Year 8 reading list is attached.",
          [("Reading_List_Y8.docx", make_docx(["Year 8 reading list", "1. Holes - Louis Sachar",
                                                "2. Wonder - R J Palacio"]),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
          note="DOCX, no macros")
    C.add("xlsx", "clean", "mw", [VENDOR], "licence counts",
          "Licence counts attached.",
          [("licences.xlsx", make_xlsx([["Product", "Seats"], ["Office", 420], ["Maths app", 180]]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")], note="XLSX, no macros")
    C.add("csv", "clean", "lb", [PARENT], "Club timetable",
          "Club timetable attached as a spreadsheet file.",
          [("clubs.csv", b"Day,Club,Room,Time\r\nMonday,Chess,B12,15:30\r\nTuesday,Choir,Hall,15:30\r\n", "text/csv")],
          note="CSV")
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example School//EN\r\nBEGIN:VEVENT\r\n"
           "UID:parents-evening-2026@example-school.org.uk\r\nDTSTAMP:20261120T090000Z\r\n"
           "DTSTART:20261203T170000Z\r\nDTEND:20261203T193000Z\r\nSUMMARY:Parents' evening\r\n"
           "LOCATION:Main hall\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    C.add("ics", "clean", "ak", [PARENT, PARENT2], "Parents' evening",
          "Calendar invite attached.", [("parents_evening.ics", ics, "text/calendar")], note="ICS")
    C.add("jpeg_coffee", "clean", "ts", [HOME], "coffee",
          "The new staffroom coffee machine in action!",
          [("coffee.jpg", to_bytes(Image.fromarray(skd.coffee()), quality=85), "image/jpeg")],
          note="JPEG of an object")
    C.add("png_chart", "clean", "ak", [VENDOR], "usage chart",
          "Chart of travel survey results.",
          [("travel_survey.png", fig_png("pie", 1), "image/png")], note="matplotlib PNG chart")
    pdf2 = make_pdf(["Trip itinerary", "Depart 08:00, return 17:30"], "Itinerary")
    C.add("zip_pdfs_csv", "clean", "lb", [PARENT], "Trip documents",
          "All the trip documents in one zip.",
          [("trip_documents.zip", make_zip([("letter.pdf", pdf), ("itinerary.pdf", pdf2),
                                            ("kit_list.csv", b"Item,Qty\r\nWater bottle,1\r\nCoat,1\r\n")]),
            "application/zip")], note="zip of two PDFs and a CSV")
    C.add("notes_exe_txt", "clean", "rp", [VENDOR], "install notes",
          "Notes on the exe install problems.",
          [("notes.exe.txt", b"The installer fails on step 3 with error 1603.\r\nTried: reboot, run as admin.\r\n", "text/plain")],
          note=".txt named notes.exe.txt (final extension is txt)")
    C.add("txt", "clean", "ts", [PARENT], "Spelling list",
          "This week's spellings attached.",
          [("spellings_week12.txt", b"necessary\r\nseparate\r\nrhythm\r\nconscience\r\n", "text/plain")],
          note="plain text attachment")
    C.add("odt", "clean", "jo", [PARENT2], "Club letter",
          "Letter attached (OpenDocument).",
          [("club_letter.odt", make_odt(["Drama club starts on Tuesday.", "Pick-up is at 16:30."]),
            "application/vnd.oasis.opendocument.text")], note="ODT, mimetype first")
    C.add("exeter_pdf", "clean", "lb", [PARENT], "Exeter trip",
          "Consent form for the Exeter trip.",
          [("Exeter_trip_consent.pdf", make_pdf(["Exeter trip consent form"], "Exeter"), "application/pdf")],
          note="PDF whose name contains 'exe'")
    vcf = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:School Office\r\nTEL:01632 960000\r\nEMAIL:office@example-school.org.uk\r\nEND:VCARD\r\n"
    C.add("vcf", "clean", "ak", [PARENT], "Office contact",
          "Our contact card.", [("school_office.vcf", vcf, "text/vcard")], note="vCard")
    gif = to_bytes(crest(128), "GIF")
    C.add("gif", "clean", "mw", [VENDOR], "logo",
          "The crest for the app splash screen.", [("crest.gif", gif, "image/gif")], note="GIF drawing")
    rtf = rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0\fs24 Sports day is on Friday 12 June.\par}"
    C.add("rtf", "clean", "lb", [PARENT2], "Sports day",
          "Sports day letter attached.", [("sports_day.rtf", rtf, "application/rtf")], note="RTF, no objects")
    C.add("targz_csv", "clean", "mw", [VENDOR], "data export",
          "Anonymised usage export.",
          [("usage_export.tar.gz", make_targz([("export/logins.csv", b"week,logins\n1,340\n2,362\n", 0o644),
                                              ("export/README.txt", b"Anonymised counts only.\n", 0o644)]),
            "application/gzip")], note="tar.gz of CSV/txt")
    C.add("sevenz_pdf", "clean", "jo", [PARENT], "Revision pack",
          "Revision pack attached (7z).",
          [("revision_pack.7z", make_7z([("revision.pdf", make_pdf(["Revision guide"], "Revision")),
                                         ("checklist.txt", b"1. Fractions\r\n2. Ratios\r\n")]),
            "application/x-7z-compressed")], note="7z of PDF + txt")
    C.add("docx_chart", "clean", "ak", [PARENT2], "Newsletter",
          "Newsletter attached.",
          [("Newsletter_Nov.docx", make_docx(["November newsletter"],
                                              image=(to_bytes(Image.open(io.BytesIO(fig_png("bar", 2)))),
                                                     (600, 400))),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
          note="DOCX with an embedded chart image, no macros")
    fwd = EmailMessage()
    fwd["From"] = "Trips Company <bookings@coach-hire.example.com>"
    fwd["To"] = f"l.brown@{DOMAIN}"
    fwd["Subject"] = "Booking confirmed"
    fwd["Date"] = "Tue, 10 Nov 2026 10:00:00 +0000"
    fwd["Message-ID"] = "<booking-4711@coach-hire.example.com>"
    fwd.set_content("Your coach is booked for 12 June, 08:00 pick-up.")
    C.add("forwarded_eml", "clean", "lb", [PARENT], "Fwd: Booking confirmed",
          "Forwarding the coach booking confirmation.",
          [("Booking confirmed.eml", fwd, "message/rfc822")],
          note="forwarded message attachment (text only)")
    nested = make_zip([("term1.csv", b"name,score\nA,1\n"), ("term2.csv", b"name,score\nA,2\n")])
    C.add("zip_in_zip_csv", "clean", "mw", [VENDOR], "archive",
          "Archived score exports (anonymised).",
          [("scores_archive.zip", make_zip([("2025/scores.zip", nested), ("README.txt", b"anonymised\n")]),
            "application/zip")], note="nested zip of CSVs only")
    C.close()
    return C


# --------------------------------------------------------------------------- corpus 2
def pupil():
    C = Corpus("pupil-images")
    F = load_faces()
    ast, ast_box = F["astronaut"]
    cam, cam_box = F["camera"]
    gr, gr_box = F["grace"]
    lu, lu_box = F["luis"]
    J = "image/jpeg"
    P = "image/png"
    HOME_J = "joy.okafor.home@gmail.com"

    # ---- flag
    three_q = ast.crop((60, 0, 420, 480))
    C.add("crop_34", "flag", "ts", [PARENT], "Sam at science week",
          "Dear Jane, a lovely photo of Sam from science week!",
          [("IMG_2041.jpg", to_bytes(three_q, quality=90), J)], note="astronaut 3/4 crop")
    C.add("rot5", "flag", "mw", [HOME.replace("tom.smith", "mark.wilson")], "photos from the field",
          "Photography club photo, to edit at home.",
          [("club_01.jpg", to_bytes(cam.rotate(5, resample=Image.BICUBIC, expand=True,
                                               fillcolor=(255, 255, 255)), quality=88), J)],
          note="camera() rotated 5 degrees")
    C.add("mirror", "flag", "jo", [PARENT2], "Assembly photo",
          "Photo from assembly attached.",
          [("assembly.png", to_bytes(ImageOps.mirror(gr), "PNG"), P)], note="grace_hopper mirrored PNG")
    C.add("bright", "flag", "ak", [HOME_AK], "photo",
          "Saving this to my personal account.",
          [("portrait.jpg", to_bytes(ImageEnhance.Brightness(lu).enhance(1.25), quality=90), J)],
          note="luispedro +25% brightness")
    C.add("dark_q35", "flag", "ts", [HOME], "pics",
          "Pics from today.",
          [("DSC0099.jpg", to_bytes(ImageEnhance.Brightness(ast).enhance(0.75), quality=35), J)],
          note="astronaut -25% brightness, JPEG q35")
    C.add("q35", "flag", "lb", [PARENT], "Photo",
          "Here is the photo you asked for.",
          [("photo.jpg", to_bytes(gr, quality=35), J)], note="grace_hopper JPEG quality 35")
    C.add("grey", "flag", "jo", [PARENT], "Class photo",
          "Black and white version for the yearbook.",
          [("yearbook_bw.jpg", to_bytes(ImageOps.grayscale(ast), quality=85), J)],
          note="astronaut greyscale")
    C.add("canvas_tl", "flag", "mw", [PARENT2], "Sports day",
          "Sports day photo attached.",
          [("sportsday_03.jpg", to_bytes(canvas(lu, lu_box, 0.05, 0.05, 0.30), quality=85), J)],
          note="1600x1200 canvas, luispedro top-left, 30% width")
    C.add("canvas_br", "flag", "ts", [HOME], "photo",
          "Photo for the slideshow.",
          [("slide_07.jpg", to_bytes(canvas(gr, gr_box, 0.95, 0.9, 0.35, bg=(40, 60, 90)), quality=85), J)],
          note="1600x1200 canvas, grace_hopper bottom-right, 35% width")
    C.add("canvas_mid", "flag", "ak", [PARENT], "Award winner",
          "Congratulations - photo of the award attached.",
          [("award.png", to_bytes(canvas(cam, cam_box, 0.5, 0.4, 0.6, bg=(250, 250, 250)), "PNG"), P)],
          note="1600x1200 canvas, camera() head centre, 60% width")
    tiles = [ast.crop(ast_box), cam.crop(cam_box), gr.crop(gr_box), lu.crop(lu_box),
             ImageOps.mirror(ast.crop(ast_box)), ImageOps.grayscale(gr.crop(gr_box)).convert("RGB")]
    sheet = Image.new("RGB", (3 * 300, 2 * 340), "white")
    for i, t in enumerate(tiles):
        t = ImageOps.fit(t, (280, 320))
        sheet.paste(t, ((i % 3) * 300 + 10, (i // 3) * 340 + 10))
    C.add("contact_sheet", "flag", "jo", [PARENT2], "Form photos",
          "Contact sheet of the form photos.",
          [("form_contact_sheet.jpg", to_bytes(sheet, quality=85), J)], note="2x3 contact sheet")
    C.add("cid_inline", "flag", "lb", [PARENT], "Our star of the week",
          "Our star of the week! (see HTML version)",
          html='<html><body><p>Our star of the week!</p><img src="cid:star@school" width="300"></body></html>',
          inline=[("star@school", to_bytes(gr.resize((384, 450)), quality=85), J)],
          note="grace_hopper inline cid: image")
    lu_uri = base64.b64encode(to_bytes(ImageOps.mirror(lu), quality=80)).decode()
    C.add("data_uri", "flag", "ts", [PARENT2], "Photo from the trip",
          "Photo from the trip (HTML).",
          html=f'<html><body><p>Great day out!</p><img alt="trip" src="data:image/jpeg;base64,{lu_uri}"></body></html>',
          note="luispedro mirrored as data: URI in HTML body")
    C.add("zip_photos", "flag", "ak", [HOME_AK], "photos zip",
          "All the photos zipped.",
          [("photos.zip", make_zip([("photos/IMG_0001.jpg", to_bytes(ast, quality=85)),
                                    ("photos/IMG_0002.jpg", to_bytes(cam, quality=85))]),
            "application/zip")], note="two portraits inside a zip")
    C.add("docx_photo", "flag", "jo", [PARENT], "Certificate",
          "Certificate with photo attached.",
          [("certificate.docx", make_docx(["Certificate of achievement"],
                                          image=(to_bytes(ast.crop(ast_box), quality=85), ast_box[2:])),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
          note="astronaut head in word/media/image1.jpeg")
    C.add("mixed_rcpts", "flag", "mw", [COLLEAGUE, PARENT], "Club photo",
          "Small copy of the club photo.",
          html='<html><body><img src="cid:club@school"></body></html>',
          inline=[("club@school", to_bytes(ast.crop((60, 0, 420, 360)).resize((320, 320)), quality=80), J)],
          note="astronaut crop 320px inline; one internal + one external recipient")
    C.add("webp_rot_mirror", "flag", "lb", [HOME.replace("tom.smith", "lucy.brown")], "photo",
          "For the scrapbook.",
          [("scrapbook.webp", to_bytes(ImageOps.mirror(lu).rotate(-5, resample=Image.BICUBIC,
                                                                  fillcolor=(0, 0, 0)), "WEBP", quality=80),
            "image/webp")], note="luispedro mirrored + rotated -5, WebP")
    C.add("gps_coffee", "flag", "ts", [HOME], "coffee",
          "Photo from this morning.",
          [("IMG_3301.jpg", gps_exif(Image.fromarray(skd.coffee()), 53.7997, -1.5492), J)],
          note="object photo with EXIF GPS")
    C.add("gps_rocket", "flag", "rp", [PARENT], "Rocket club",
          "The rocket club launch!",
          [("IMG_3302.jpg", gps_exif(Image.fromarray(skd.rocket()), 53.8008, -1.5491), J)],
          note="object photo with EXIF GPS")
    C.add("gps_cat", "flag", "ak", [PARENT2], "class pet",
          "The class cat says hello.",
          [("IMG_3303.jpg", gps_exif(Image.fromarray(skd.chelsea()), 53.8021, -1.5507,
                                     "samsung", "SM-A536B"), J)],
          note="cat photo with EXIF GPS")

    # ---- clean
    C.add("coffee", "clean", "ts", [PARENT], "Coffee morning",
          "Coffee morning on Friday!",
          [("coffee.jpg", to_bytes(Image.fromarray(skd.coffee()), quality=85), J)], note="coffee()")
    C.add("rocket", "clean", "rp", [PARENT2], "Rocket",
          "Picture of a rocket for the space topic.",
          [("rocket.jpg", to_bytes(Image.fromarray(skd.rocket()), quality=85), J)], note="rocket()")
    C.add("cat", "clean", "ak", [PARENT], "Cat",
          "Picture of a cat for the animal topic.",
          [("cat.jpg", to_bytes(Image.fromarray(skd.chelsea()), quality=85), J)], note="chelsea() cat")
    C.add("coins", "clean", "mw", [VENDOR], "coins",
          "Sample image for the counting app.",
          [("coins.png", to_bytes(Image.fromarray(skd.coins()), "PNG"), P)], note="coins()")
    C.add("page", "clean", "jo", [PARENT], "worksheet scan",
          "Scan of the worksheet.",
          [("worksheet_scan.png", to_bytes(Image.fromarray(skd.page()), "PNG"), P)], note="page() scanned text")
    C.add("text", "clean", "lb", [PARENT2], "handwriting sample",
          "Handwriting sample image.",
          [("text.png", to_bytes(Image.fromarray(skd.text()), "PNG"), P)], note="text()")
    C.add("crest", "clean", "ak", [VENDOR], "school crest",
          "Crest for the website.",
          [("crest.png", to_bytes(crest(512), "PNG"), P)], note="logo-like drawing")
    C.add("bar_chart", "clean", "mw", [PARENT], "Attendance",
          "Attendance chart for the newsletter.",
          [("attendance.png", fig_png("bar", 3), P)], note="matplotlib bar chart")
    C.add("line_chart", "clean", "jo", [HOME_J], "progress chart",
          "Chart for my report (no names).",
          [("progress.png", fig_png("line", 4), P)], note="matplotlib line chart, anonymised")
    C.add("hubble", "clean", "rp", [PARENT], "Space topic",
          "The Hubble Deep Field for the space topic.",
          [("hubble_deep_field.jpg", to_bytes(Image.fromarray(skd.hubble_deep_field()), quality=80), J)],
          note="hubble_deep_field()")
    C.add("coffee_crop", "clean", "ts", [HOME], "mug",
          "Close-up of the mug.",
          [("mug.jpg", to_bytes(Image.fromarray(skd.coffee()).crop((120, 40, 480, 360)), quality=85), J)],
          note="cropped coffee()")
    C.add("rocket_crop_rot", "clean", "rp", [PARENT2], "launch pad",
          "Close-up of the launch pad.",
          [("pad.jpg", to_bytes(Image.fromarray(skd.rocket()).crop((200, 100, 520, 420)).rotate(5), quality=60), J)],
          note="cropped rocket(), rotated 5, q60")
    C.add("letterhead", "clean", "ak", [VENDOR], "letterhead",
          "Letterhead image for the template.",
          [("letterhead.png", to_bytes(letterhead(), "PNG"), P)], note="Pillow letterhead")
    C.add("internal_portrait", "clean", "ts", [COLLEAGUE], "photo for the display board",
          "Kate, here's the photo for the display board.",
          [("display_photo.jpg", to_bytes(ast, quality=90), J)],
          note="portrait sent only to a colleague inside the school")
    C.add("internal_sheet", "clean", "jo", [COLLEAGUE, COLLEAGUE2], "Form photos for SIMS",
          "Contact sheet for the MIS photo upload.",
          html='<html><body><p>Contact sheet:</p><img src="cid:sheet@school"></body></html>',
          inline=[("sheet@school", to_bytes(sheet, quality=80), J)],
          note="contact sheet of faces to two colleagues, inline cid")
    C.add("skimage_logo", "clean", "mw", [VENDOR], "logo",
          "Logo sample.",
          [("logo.png", to_bytes(Image.fromarray(skd.logo()), "PNG"), P)], note="skimage logo()")
    C.add("moon", "clean", "rp", [PARENT], "Moon",
          "Moon photo for homework.",
          [("moon.jpg", to_bytes(Image.fromarray(skd.moon()), quality=85), J)], note="moon()")
    C.add("exif_no_gps", "clean", "ts", [PARENT2], "Coffee",
          "Photo from the coffee morning (no people).",
          [("IMG_4410.jpg", plain_exif(Image.fromarray(skd.coffee())), J)],
          note="EXIF Make/Model/Date but no GPS")
    C.add("html_chart_cid", "clean", "ak", [PARENT, PARENT2], "Newsletter",
          "Newsletter (HTML version has the chart).",
          html='<html><body><h1>November newsletter</h1><img src="cid:chart@school"></body></html>',
          inline=[("chart@school", fig_png("pie", 5), P)], note="chart inline cid in HTML")
    crest_uri = base64.b64encode(to_bytes(crest(96), "PNG")).decode()
    C.add("html_sig_data_uri", "clean", "lb", [PARENT], "Reminder",
          "Reminder: PE kit on Tuesdays.",
          html=f'<html><body><p>Reminder: PE kit on Tuesdays.</p><p>Lucy Brown<br>'
               f'<img alt="crest" src="data:image/png;base64,{crest_uri}"></p></body></html>',
          note="crest as data: URI in HTML signature")
    C.close()
    return C


def main():
    cs = [risky(), pupil()]
    for c in cs:
        fl = sum(r[1] == "flag" for r in c.rows)
        print(f"{c.name}: {len(c.rows)} messages, {fl} flag, {len(c.rows) - fl} clean")


if __name__ == "__main__":
    sys.exit(main())
