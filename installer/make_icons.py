"""Export the app icon's SVG source to the PNG, ICO and ICNS files the window and installers use.

Run `make icons` (or `python installer/make_icons.py`) after changing
`resources/icons/nlinkoop.svg`, and commit what it writes next to it:

- `nlinkoop.png` (256 px, the window icon) and `nlinkoop-<size>.png` for 16 ... 256 px;
- `nlinkoop.ico` for Windows: 16-64 px as 32-bit bitmaps, 256 px as PNG (what Microsoft
  recommends; bitmaps are what every reader, NSIS's included, understands at the small sizes);
- `nlinkoop.icns` for macOS: PNGs from 16 to 1024 px (the Retina sizes too).

Qt draws the SVG (QtSvg is in PySide6-Essentials). ICO and ICNS are simple containers of these
images, so they are written here directly rather than through Pillow: no extra dependency, and
no version pin to fight reportlab's (which already pulls in a newer Pillow).
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "nlinkoop.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICO_PNG_FROM = 256  # this size and larger go into the .ico as PNG
# ICNS element types holding a PNG, and their size in pixels (the @2x ones are the Retina sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at `size` x `size` pixels, with straight (not premultiplied) alpha."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_icon_bytes(image: QImage) -> bytes:
    """An ICO entry as a bitmap: header, BGRA rows bottom-up, then the 1-bit AND mask."""
    size = image.width()
    upside_down = image.flipped(Qt.Orientation.Vertical)
    # Format_ARGB32 is stored as B, G, R, A bytes on little-endian machines: the order BMP wants.
    pixels = b"".join(bytes(upside_down.constScanLine(row))[: size * 4] for row in range(size))
    if sys.byteorder != "little":
        raise RuntimeError("ICO bitmaps are written for little-endian machines only")
    mask_stride = ((size + 31) // 32) * 4
    mask = bytearray()
    for row in range(size):
        line = bytearray(mask_stride)
        for x in range(size):
            if pixels[(row * size + x) * 4 + 3] == 0:  # fully transparent: masked out
                line[x // 8] |= 0x80 >> (x % 8)
        mask += line
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, 2 * size, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + bytes(mask)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = images[size]
        entries.append((size, png_bytes(image) if size >= ICO_PNG_FROM else bmp_icon_bytes(image)))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _size, data in entries)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    pngs = {size: png_bytes(images[size]) for size in {s for _t, s in ICNS_TYPES}}
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # alive while drawing
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = set(PNG_SIZES) | set(ICO_SIZES) | {s for _t, s in ICNS_TYPES}
    images = {size: render(renderer, size) for size in sorted(sizes)}
    written = []
    for size in PNG_SIZES:
        written.append(ICONS / f"nlinkoop-{size}.png")
        written[-1].write_bytes(png_bytes(images[size]))
    (ICONS / "nlinkoop.png").write_bytes(png_bytes(images[256]))
    (ICONS / "nlinkoop.ico").write_bytes(ico_bytes(images))
    (ICONS / "nlinkoop.icns").write_bytes(icns_bytes(images))
    written += [ICONS / name for name in ("nlinkoop.png", "nlinkoop.ico", "nlinkoop.icns")]
    for path in written:
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size:>7,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
