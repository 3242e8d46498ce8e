"""Draw the application icon: one geometry, written as SVG and rendered with Pillow to the PNG,
ICO (Windows) and ICNS (macOS) files under ``resources/icons/``.

The outputs are committed (small), so a build needs no drawing tools; run this again after a
change to the geometry: ``.venv/bin/python packaging/make_icons.py``.

The picture: a blue rounded square with a QR code's three finder patterns and a few modules
(the hand-off to the customer's phone), and a green check mark (the confirmed identification).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024
TOP, BOTTOM = "#0a2a6b", "#1f6fd1"  # background gradient
LIGHT, GREEN = "#ffffff", "#2fbf71"
PLATE = (64, 64, 960, 960, 200)  # x0, y0, x1, y1, corner radius
FINDERS = ((232, 232), (572, 232), (232, 572))  # top-left corners, 220 units wide
MODULES = ((482, 232), (482, 382), (232, 482), (382, 482), (482, 482))  # 60 units wide
BADGE = (712, 712, 170)  # centre x, y, radius
CHECK = ((630, 715), (690, 775), (800, 650))
CHECK_WIDTH = 56
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "srs-kiosk"


def _rect(x: float, y: float, side: float, radius: float, fill: str) -> str:
    return (f'<rect x="{x:g}" y="{y:g}" width="{side:g}" height="{side:g}" rx="{radius:g}" '
            f'fill="{fill}"/>')


def svg() -> str:
    x0, y0, x1, y1, r = PLATE
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
        f'width="{SIZE}" height="{SIZE}">',
        '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{TOP}"/><stop offset="1" stop-color="{BOTTOM}"/>'
        "</linearGradient></defs>",
        f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" '
        'fill="url(#bg)"/>',
    ]
    for x, y in FINDERS:
        parts += [_rect(x, y, 220, 36, LIGHT), _rect(x + 35, y + 35, 150, 22, TOP),
                  _rect(x + 65, y + 65, 90, 14, LIGHT)]
    parts += [_rect(x, y, 60, 10, LIGHT) for x, y in MODULES]
    cx, cy, radius = BADGE
    points = " ".join(f"{x},{y}" for x, y in CHECK)
    parts += [f'<circle cx="{cx}" cy="{cy}" r="{radius}" fill="{GREEN}"/>',
              f'<polyline points="{points}" fill="none" stroke="{LIGHT}" '
              f'stroke-width="{CHECK_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>',
              "</svg>"]
    return "\n".join(parts) + "\n"


def _hex(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def render(scale: int = 2) -> Image.Image:
    """The icon at ``SIZE`` px, drawn at ``scale`` times that and scaled down (smooth edges)."""
    s = SIZE * scale

    def u(v: float) -> int:
        return round(v * scale)

    top, bottom = _hex(TOP), _hex(BOTTOM)
    gradient = Image.new("RGBA", (1, s))
    for y in range(s):
        t = y / (s - 1)
        gradient.putpixel((0, y), (*(round(a + (b - a) * t) for a, b in zip(top, bottom,
                                                                           strict=True)), 255))
    gradient = gradient.resize((s, s))
    mask = Image.new("L", (s, s), 0)
    x0, y0, x1, y1, r = PLATE
    ImageDraw.Draw(mask).rounded_rectangle((u(x0), u(y0), u(x1), u(y1)), radius=u(r), fill=255)
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    image.paste(gradient, (0, 0), mask)
    draw = ImageDraw.Draw(image)

    def square(x: float, y: float, side: float, radius: float, fill: str) -> None:
        draw.rounded_rectangle((u(x), u(y), u(x + side), u(y + side)), radius=u(radius),
                               fill=fill)

    for x, y in FINDERS:
        square(x, y, 220, 36, LIGHT)
        square(x + 35, y + 35, 150, 22, TOP)
        square(x + 65, y + 65, 90, 14, LIGHT)
    for x, y in MODULES:
        square(x, y, 60, 10, LIGHT)
    cx, cy, radius = BADGE
    draw.ellipse((u(cx - radius), u(cy - radius), u(cx + radius), u(cy + radius)), fill=GREEN)
    draw.line([(u(x), u(y)) for x, y in CHECK], fill=LIGHT, width=u(CHECK_WIDTH), joint="curve")
    half = CHECK_WIDTH / 2
    for x, y in (CHECK[0], CHECK[-1]):  # round caps
        draw.ellipse((u(x - half), u(y - half), u(x + half), u(y + half)), fill=LIGHT)
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    big = render()
    paths = [folder / f"{NAME}.svg", folder / f"{NAME}.png", folder / f"{NAME}.ico",
             folder / f"{NAME}.icns"]
    paths[0].write_text(svg(), encoding="utf-8")
    big.resize((256, 256), Image.Resampling.LANCZOS).save(paths[1], optimize=True)
    big.save(paths[2], sizes=[(n, n) for n in ICO_SIZES])
    big.save(paths[3])  # Pillow writes the ICNS sizes it can make from 1024 px
    return paths


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "icons"
    for path in write_all(out):
        print(f"{path} ({path.stat().st_size} bytes)")
