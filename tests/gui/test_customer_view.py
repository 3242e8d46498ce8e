"""The customer's "Aa" on the start screen: larger text and high contrast for them only (the
embedded page zoomed too), off again at the wipe; placeholder texts readable (>= 4.5:1)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.config import contrast_ratio
from kiosk.ui.style import LARGE_TEXT_SCALE, stylesheet
from tests.gui.conftest import Kiosk
from tests.gui.flow import click, to_methods


def _sheet() -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.styleSheet()


def test_aa_gives_this_customer_larger_text_and_high_contrast_until_the_wipe(
        kiosk: Kiosk) -> None:
    w = kiosk.window
    adapt = w.attract.adapt
    assert adapt.isVisible() and adapt.accessibleName() == "Larger text and high contrast"
    assert _sheet() == stylesheet()
    click(kiosk, adapt)
    assert adapt.isChecked()
    assert _sheet() == stylesheet(large_text=True, high_contrast=True)
    assert "#4a5563" not in _sheet()  # no muted grey text left
    to_methods(kiosk, "en")  # the session goes on in that look
    assert _sheet() == stylesheet(large_text=True, high_contrast=True)
    web = w.handoff_web.web  # the embedded page zooms with it
    web.load(f"{kiosk.sim_url}/api/providers")
    view = web.findChild(QWebEngineView)
    assert view is not None and view.page().zoomFactor() == LARGE_TEXT_SCALE
    kiosk.ctl.wipe()
    kiosk.wait(lambda: w.current is w.attract)
    assert not adapt.isChecked() and _sheet() == stylesheet()
    assert web.zoom == 1.0


def test_placeholder_texts_have_enough_contrast(kiosk: Kiosk) -> None:
    field = next(iter(kiosk.window.settings.edits.values()))
    assert isinstance(field, QLineEdit)
    field.ensurePolished()
    placeholder = field.palette().color(QPalette.ColorRole.PlaceholderText)
    assert placeholder.alpha() == 255
    assert contrast_ratio(placeholder.name(), "#ffffff") >= 4.5
