"""Helpers for the embedded web view in tests."""

from __future__ import annotations

import time
from collections.abc import Callable

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import PATIENCE_S, Kiosk, pause


def decode(widget: QWidget) -> list[str]:
    """Grab what the widget shows on screen and decode every QR code in it (zxing-cpp)."""
    image = widget.grab().toImage()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(buffer.data().data())))]


def run_js(k: Kiosk, script: str) -> object:
    """Run ``script`` in the hand-off page and return its result."""
    view = k.window.handoff_web.web.view
    assert view is not None
    result: list[object] = []
    view.page().runJavaScript(script, 0, result.append)
    k.wait(lambda: bool(result))
    return result[0]


def page_text(k: Kiosk, element_id: str) -> str:
    return str(run_js(k, f"(document.getElementById('{element_id}') || {{}}).textContent || ''"))


def wait_page(
    k: Kiosk, element_id: str, predicate: Callable[[str], bool], timeout: float = PATIENCE_S
) -> str:
    """Poll the page until ``predicate`` holds for the element's text (never nested in
    ``k.wait``: each poll runs the loop itself)."""
    deadline = time.monotonic() + timeout
    while True:
        text = page_text(k, element_id)
        if predicate(text):
            return text
        if time.monotonic() > deadline:
            raise AssertionError(f"#{element_id} shows {text!r}")
        pause(k.loop, 0.1)
