"""The customer's "Aa" on the start screen: larger text and high contrast for them only (the
embedded page zoomed too), off again at the wipe; the staff setting "larger text" zooms the
embedded page as well (measured in the page by the real web engine); placeholder texts
readable (>= 4.5:1)."""

from __future__ import annotations

import time

from PySide6.QtGui import QPalette
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from kiosk.config import contrast_ratio
from kiosk.ui.style import LARGE_TEXT_SCALE, set_customer_view, stylesheet
from tests.gui.conftest import PATIENCE_S, Kiosk, pause, run
from tests.gui.flow import choose, click, to_methods
from tests.gui.test_layout_fit import _large_text
from tests.gui.web import run_js


def _sheet() -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.styleSheet()


def test_aa_gives_this_customer_larger_text_and_high_contrast_until_the_wipe(kiosk: Kiosk) -> None:
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


def _page_scale(k: Kiosk, expected: float) -> float:
    """The page's own device pixel ratio (Chromium's zoom times the screen's, 1 here) once it
    is ``expected`` or after a minute; polled (``run_js`` runs the loop itself)."""
    deadline = time.monotonic() + PATIENCE_S
    while True:
        ratio = float(str(run_js(k, "window.devicePixelRatio")))
        if abs(ratio - expected) < 0.01 or time.monotonic() > deadline:
            return ratio
        pause(k.loop, 0.1)


def test_the_staff_setting_larger_text_zooms_the_embedded_page(kiosk: Kiosk) -> None:
    web = kiosk.window.handoff_web.web
    kiosk.window.stack.setCurrentWidget(kiosk.window.handoff_web)  # the page laid out
    with kiosk.qtbot.waitSignal(web.loadFinished, timeout=60_000):
        web.load(f"{kiosk.sim_url}/api/providers")
    assert _page_scale(kiosk, 1.0) == 1.0
    width = float(str(run_js(kiosk, "window.innerWidth")))  # CSS pixels: fewer when zoomed
    _large_text(kiosk)  # staff save the setting: the style follows live, and the page
    assert _page_scale(kiosk, LARGE_TEXT_SCALE) == LARGE_TEXT_SCALE
    assert float(str(run_js(kiosk, "window.innerWidth"))) < width / 1.2
    # A page opened afterwards starts zoomed.
    with kiosk.qtbot.waitSignal(web.loadFinished, timeout=60_000):
        web.load(f"{kiosk.sim_url}/api/providers")
    assert _page_scale(kiosk, LARGE_TEXT_SCALE) == LARGE_TEXT_SCALE
    settings = kiosk.ctl.settings
    run(
        kiosk.loop,
        kiosk.terminal.apply_settings(
            settings.model_copy(
                update={"kiosk": settings.kiosk.model_copy(update={"large_text": False})}
            )
        ),
    )
    assert _page_scale(kiosk, 1.0) == 1.0


def _placeholder_contrasts(window: QWidget) -> dict[str, float]:
    """Every text field with a placeholder (customer's and staff's): the contrast of its
    placeholder colour (opaque: Qt's default is the text at half opacity) on its own
    background."""
    found = {}
    for field in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        if not field.placeholderText():
            continue
        field.ensurePolished()
        palette = field.palette()
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        base = palette.color(QPalette.ColorRole.Base)
        assert text.alpha() == 255 and base.alpha() == 255, field.placeholderText()
        found[field.placeholderText()] = contrast_ratio(text.name(), base.name())
    return found


def test_placeholder_texts_have_enough_contrast_also_in_high_contrast(kiosk: Kiosk) -> None:
    w = kiosk.window
    to_methods(kiosk, "en")
    choose(kiosk, "KLARNA")  # the data form's fields, with their examples
    normal = _placeholder_contrasts(w)
    assert len(normal) >= 8 and "name, phone, e-mail" in normal  # the settings' too
    # The support card's description (a QPlainTextEdit) too.
    assert any(f.placeholderText() in normal for f in w.findChildren(QPlainTextEdit))
    assert min(normal.values()) >= 4.5, normal
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_customer_view(app, True)  # the customer's "Aa": high contrast
    try:
        assert "#4a5563" not in _sheet()
        high = _placeholder_contrasts(w)
        assert high.keys() == normal.keys() and min(high.values()) >= 4.5, high
        assert min(high.values()) > min(normal.values())  # the ink, not the muted grey
    finally:
        set_customer_view(app, False)
