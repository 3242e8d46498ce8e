"""A bank's branding: ``[branding]`` name, logo (SVG/PNG) and colours, set in the file or on
the settings screen; colours too light for the white text drawn on them are refused, naming
the key; the style and the start screen show the rest."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.config import BrandingSettings, ConfigError, contrast_ratio, load_settings
from kiosk.ui.style import ACCENT, PRIMARY, stylesheet
from tests.gui.conftest import Kiosk
from tests.gui.flow import click
from tests.gui.test_settings_screen import open_settings

LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50">'
    '<rect width="200" height="50" fill="#004b87"/>'
    '<circle cx="25" cy="25" r="18" fill="#ffffff"/></svg>'
)


def logo(tmp_path: Path) -> Path:
    path = tmp_path / "bank.svg"
    path.write_text(LOGO_SVG, encoding="utf-8")
    return path


def test_a_colour_too_light_for_white_text_is_refused_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[branding]\nname = "Musterbank"\nprimary_color = "#f5a623"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError) as refused:
        load_settings(config, env={})
    assert refused.value.key == "branding.primary_color" and refused.value.line == 3
    assert "4.5:1" in str(refused.value) and "too light" in str(refused.value)
    config.write_text('[branding]\naccent_color = "blue"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"branding\.accent_color.*#0b5cad"):
        load_settings(config, env={})
    config.write_text('[branding]\nlogo = "/nowhere/logo.svg"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"branding\.logo.*no such file"):
        load_settings(config, env={})
    assert contrast_ratio("#ffffff", "#000") == pytest.approx(21)


def test_the_style_takes_the_bank_colours(tmp_path: Path) -> None:
    branding = BrandingSettings(
        name="Musterbank", logo=logo(tmp_path), primary_color="#004B87", accent_color="#6d2077"
    )
    qss = stylesheet(branding=branding)
    assert PRIMARY not in qss and ACCENT not in qss
    assert "background: #004b87" in qss and "background: #6d2077" in qss
    assert stylesheet(branding=BrandingSettings()) == stylesheet()
    assert "#004b87" in stylesheet(large_text=True, branding=branding)


def test_branding_from_the_settings_screen_reaches_style_and_start_screen(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    open_settings(kiosk)
    s = kiosk.window.settings
    s.edits["brand_name"].setText("Musterbank")
    s.edits["logo"].setText(str(tmp_path / "missing.png"))
    s.edits["primary_color"].setText("#ffd700")  # gold: white text unreadable on it
    s.edits["accent_color"].setText("#6d2077")
    click(kiosk, s.save)
    kiosk.wait(lambda: "Nothing was saved" in s.message.text())
    assert "darker colour" in s.problems["primary_color"].text()
    assert "SVG or PNG" in s.problems["logo"].text()
    assert not s.problems["accent_color"].text()
    assert not kiosk.terminal.config_path.exists()

    s.edits["logo"].setText(str(logo(tmp_path)))
    s.edits["primary_color"].setText("#004b87")
    click(kiosk, s.save)
    kiosk.wait(lambda: "apply now" in s.message.text())
    saved = tomllib.loads(kiosk.terminal.config_path.read_text(encoding="utf-8"))
    assert saved["branding"] == {
        "name": "Musterbank",
        "logo": str(tmp_path / "bank.svg"),
        "primary_color": "#004b87",
        "accent_color": "#6d2077",
    }
    app = QApplication.instance()
    assert isinstance(app, QApplication) and "#004b87" in app.styleSheet()
    click(kiosk, s.close_button)
    attract = kiosk.window.attract
    kiosk.wait(lambda: kiosk.window.current is attract)
    assert attract.brand_name.isVisible() and attract.brand_name.text() == "Musterbank"
    assert attract.logo.isVisible() and not attract.logo.pixmap().isNull()
    assert attract.logo.pixmap().width() > attract.logo.pixmap().height()  # proportions kept

    # Emptied again: the kiosk's own look.
    open_settings(kiosk)
    for name in ("brand_name", "logo", "primary_color", "accent_color"):
        s.edits[name].clear()
    click(kiosk, s.save)
    kiosk.wait(lambda: "apply now" in s.message.text())
    assert kiosk.ctl.settings.branding == BrandingSettings()
    assert load_settings(kiosk.terminal.config_path, env={}).settings.branding == BrandingSettings()
    assert not attract.brand_name.isVisibleTo(attract) and not attract.logo.isVisibleTo(attract)


def test_the_settings_screen_previews_the_branding_as_typed(kiosk: Kiosk, tmp_path: Path) -> None:
    """Staff see the bank's look before saving: the logo and name, a main button in the button
    colour, a chosen item in the highlight colour; what the kiosk would refuse is shown as its
    own and said so, nothing applied until Save."""
    open_settings(kiosk)
    s = kiosk.window.settings
    preview = s.branding_preview
    assert preview.isVisible() and not preview.note.isVisible()

    def colour_of(sample: QLabel) -> str:
        picture = sample.grab().toImage()  # the padding's colour, beside the text
        return picture.pixelColor(4, picture.height() // 2).name()

    assert colour_of(preview.button_sample) == PRIMARY
    assert colour_of(preview.chosen_sample) == ACCENT
    s.edits["primary_color"].setText("#ffd700")  # gold: white text unreadable on it
    s.edits["accent_color"].setText("#6d2077")
    s.edits["logo"].setText(str(tmp_path / "missing.svg"))
    s.edits["brand_name"].setText("Musterbank")
    kiosk.wait(lambda: preview.name.text() == "Musterbank")
    assert colour_of(preview.button_sample) == PRIMARY  # refused: the kiosk's own
    assert colour_of(preview.chosen_sample) == "#6d2077"
    assert not preview.logo.isVisible()
    assert preview.note.isVisible()
    assert "the button colour" in preview.note.text() and "the logo" in preview.note.text()
    assert "highlight" not in preview.note.text()

    s.edits["primary_color"].setText("#004b87")
    s.edits["logo"].setText(str(logo(tmp_path)))
    kiosk.wait(lambda: preview.logo.isVisible())
    assert colour_of(preview.button_sample) == "#004b87"
    assert preview.logo_path == tmp_path / "bank.svg"
    assert not preview.note.isVisible()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and "#004b87" not in app.styleSheet()  # not saved


def test_screenshots_show_the_branding(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[branding]\nname = "Musterbank"\nlogo = "{logo(tmp_path)}"\n'
        'primary_color = "#004b87"\naccent_color = "#6d2077"\n',
        encoding="utf-8",
    )
    script = (
        "import sys; from pathlib import Path; from kiosk.config import load_settings; "
        "from kiosk.ui.screenshots import run_screenshots; "
        "s = load_settings(Path(sys.argv[1]), env={}).settings; "
        "sys.exit(run_screenshots(s, Path(sys.argv[2]), 'en', (1280, 800), "
        "only=('attract',)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(config), str(tmp_path / "shots")],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    from PySide6.QtGui import QColor, QImage

    shot = QImage(str(tmp_path / "shots" / "attract.png"))
    colours = {
        shot.pixelColor(x, y).name()
        for x in range(0, shot.width(), 4)
        for y in range(0, shot.height(), 4)
    }
    assert "#004b87" in colours  # the start button (and the logo)
    assert "#6d2077" in colours  # the chosen language
    assert QColor("#0b5cad").name() not in colours


def test_a_logo_whose_content_is_not_its_kind_is_refused_naming_the_key(tmp_path: Path) -> None:
    """Review s8 #12: a .png/.svg that is no such picture passed, the start screen had none."""
    config = tmp_path / "kiosk.toml"
    fake_png, fake_svg = tmp_path / "logo.png", tmp_path / "logo.svg"
    fake_png.write_bytes(b"GIF89a not a png")
    fake_svg.write_text("<html><body>a web page</body></html>", encoding="utf-8")
    for fake, kind in ((fake_png, "a PNG"), (fake_svg, "an SVG")):
        config.write_text(f'[branding]\nlogo = "{fake}"\n', encoding="utf-8")
        with pytest.raises(ConfigError) as refused:
            load_settings(config, env={})
        assert (refused.value.key, refused.value.line) == ("branding.logo", 2)
        assert f"is not {kind} image" in str(refused.value)
    # An SVG's root may follow a declaration, comments and a doctype; a PNG its signature.
    fake_svg.write_text(
        '\ufeff<?xml version="1.0"?>\n<!-- drawn by hand -->\n'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd" [<!ENTITY a "b">]>\n'
        + LOGO_SVG,
        encoding="utf-8",
    )
    fake_png.write_bytes(b"\x89PNG\r\n\x1a\n")
    for real in (fake_svg, fake_png):
        assert BrandingSettings(logo=real).logo == real


def test_the_preview_says_why_a_logo_is_refused(kiosk: Kiosk, tmp_path: Path) -> None:
    """Review s8 #12: the preview said "not usable", Save said "saved"; both now refuse it,
    saying why."""
    open_settings(kiosk)
    s = kiosk.window.settings
    preview = s.branding_preview
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", encoding="utf-8")
    s.edits["logo"].setText(str(fake))
    kiosk.wait(lambda: preview.note.isVisible())
    assert "the logo: This file is not a picture" in preview.note.text()
    s.edits["logo"].setText(str(tmp_path / "missing.svg"))
    kiosk.wait(lambda: "existing SVG or PNG file" in preview.note.text())
    s.edits["logo"].setText(str(fake))
    kiosk.wait(lambda: "not a picture" in preview.note.text())
    click(kiosk, s.save)
    kiosk.wait(lambda: s.problems["logo"].isVisible())
    assert "This file is not a picture" in s.problems["logo"].text()
    assert kiosk.terminal.settings.branding.logo is None


def test_an_unreadable_logo_is_logged_in_english(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Review s8 #12: Qt's errorString() came in the customer's language (French)."""
    from PySide6.QtCore import QSize

    from kiosk.ui.branding import logo_pixmap

    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", encoding="utf-8")
    assert logo_pixmap(fake, QSize(100, 40)).isNull()
    assert f"the logo {fake} cannot be read: UnsupportedFormatError" in caplog.text
