"""The kiosk's look: one QSS file under resources/; the staff setting "larger text" scales its
font sizes (and the heights of the controls that hold text) from that same file; a bank's
``[branding]`` colours replace the file's primary and accent colours."""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.resources import resource_path


class BrandColours(Protocol):
    """The bank's colours: ``[branding]`` (kiosk.config.BrandingSettings), or the first paint's
    unvalidated look at it (kiosk.config_glance.BrandingGlance)."""

    @property
    def primary_color(self) -> str | None: ...

    @property
    def accent_color(self) -> str | None: ...


LARGE_TEXT_SCALE = 1.25
# What grows with the text: font sizes, and the minimum heights of controls that hold one
# line of text (buttons, fields); widths and paddings stay, layouts wrap instead.
_SCALED = re.compile(r"\b(font-size|min-height)(\s*:\s*)(\d+(?:\.\d+)?)(pt|px)\b")


# The QSS's own colours that [branding] replaces (see the palette in kiosk.qss).
PRIMARY, PRIMARY_HOVER, ACCENT = "#0b5cad", "#094d91", "#1f4e79"


# High contrast (a customer's "Aa"): muted texts and light borders become ink, the page white.
HIGH_CONTRAST = {
    "#4a5563": "#1b1f24",
    "#8a93a0": "#1b1f24",
    "#c9ced6": "#1b1f24",
    "#f4f5f7": "#ffffff",
    "#5a6370": "#1b1f24",
}


def stylesheet(
    *, large_text: bool = False, branding: BrandColours | None = None, high_contrast: bool = False
) -> str:
    """The kiosk's style sheet, its text sizes scaled by ``LARGE_TEXT_SCALE`` if
    ``large_text``, in the bank's colours if ``branding`` has them, with stronger contrast
    if ``high_contrast``."""
    text = resource_path("styles", "kiosk.qss").read_text(encoding="utf-8")
    if branding is not None:
        text = brand_stylesheet(text, branding)
    if high_contrast:
        text = _replace_colours(text, HIGH_CONTRAST)
    return scale_stylesheet(text, LARGE_TEXT_SCALE) if large_text else text


def _replace_colours(qss: str, colours: dict[str, str]) -> str:
    pattern = re.compile("|".join(re.escape(c) for c in colours), re.IGNORECASE)
    return pattern.sub(lambda m: colours[m.group(0).lower()], qss)


def _mix(colour: str, other: str, share: float) -> str:
    """``colour`` moved ``share`` of the way to ``other``."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def brand_stylesheet(qss: str, branding: BrandColours) -> str:
    """``qss`` with the primary colour (and its hover shade, derived as the file's is) and
    the accent colour replaced by the bank's (validated for contrast)."""
    colours: dict[str, str] = {}
    if branding.primary_color:
        primary = branding.primary_color
        colours |= {
            PRIMARY: primary,
            PRIMARY_HOVER: _mix(primary, "#000000", 0.16),
        }
    if branding.accent_color:
        colours[ACCENT] = branding.accent_color
    return _replace_colours(qss, colours) if colours else qss


def scale_stylesheet(qss: str, factor: float) -> str:
    """``qss`` with every ``font-size`` and ``min-height`` multiplied by ``factor`` (rounded
    to whole points/pixels)."""

    def scaled(match: re.Match[str]) -> str:
        prop, sep, number, unit = match.groups()
        return f"{prop}{sep}{round(float(number) * factor)}{unit}"

    return _SCALED.sub(scaled, qss)


class _Look:
    """What the style was last applied with: the staff settings, and whether the customer at
    the kiosk asked for larger text and high contrast (their "Aa", until the wipe)."""

    large_text = False
    branding: BrandColours | None = None
    customer_view = False
    fusion = False  # the application's style is STYLE


STYLE = "Fusion"  # the same look on every platform; QSS builds on it


_look = _Look()


def apply_style(
    app: QApplication, *, large_text: bool = False, branding: BrandColours | None = None
) -> None:
    """The staff settings' look (plus the customer's view while they have it on)."""
    _look.large_text, _look.branding = large_text, branding
    _apply(app)


def set_customer_view(app: QApplication, on: bool) -> None:
    """Larger text and high contrast for this customer only (off again at the wipe)."""
    if on != _look.customer_view:
        _look.customer_view = on
        _apply(app)


def customer_view() -> bool:
    return _look.customer_view


def text_scale() -> float:
    """How much larger than normal the style's texts are now: the staff setting "larger
    text" or the customer's "Aa" (the embedded page zooms by as much)."""
    return LARGE_TEXT_SCALE if _look.large_text or _look.customer_view else 1.0


FONT_FAMILY = "Inter"  # resources/fonts (SIL Open Font License 1.1)


def load_font(app: QApplication) -> bool:
    """The bundled font as the application's: the same text widths on Windows, macOS and
    Linux, whatever fonts the system has (the layouts are checked with it). False, keeping
    the system's, if it cannot be loaded."""
    if QFontDatabase.hasFamily(FONT_FAMILY) and app.font().family() == FONT_FAMILY:
        return True
    loaded = False
    for path in sorted(resource_path("fonts").glob("*.otf")):
        loaded |= QFontDatabase.addApplicationFont(str(path)) >= 0
    if not loaded:
        return False
    font = QFont(FONT_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return True


def style_arguments() -> list[str]:
    """For a new QApplication's command line: STYLE from the start. ``setStyle`` returns the
    style it made, which builds Python's QStyle class (~5 ms of its enums) before the first
    paint; set so, Qt makes the style without Python seeing it."""
    _look.fusion = True
    return ["-style", STYLE]


def _apply(app: QApplication) -> None:
    load_font(app)
    if not _look.fusion:
        app.setStyle(STYLE)
        _look.fusion = True
    app.setStyleSheet(
        stylesheet(
            large_text=_look.large_text or _look.customer_view,
            branding=_look.branding,
            high_contrast=_look.customer_view,
        )
    )
