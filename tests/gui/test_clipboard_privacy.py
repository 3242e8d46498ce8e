"""Nothing of one customer on the clipboard for the next: the wipe empties every clipboard
(the bank's page lets a customer copy; X11 keeps the text merely selected too), and the
customer's fields offer no menu (no Paste by right-click or long press)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMenu, QWidget

from tests.gui.conftest import Kiosk
from tests.gui.flow import choose, to_methods

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def _supported(mode: QClipboard.Mode) -> bool:
    clipboard = QGuiApplication.clipboard()
    return mode is QClipboard.Mode.Clipboard or clipboard.supportsSelection()


def test_the_wipe_empties_the_clipboard(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    clipboard = QGuiApplication.clipboard()
    modes = [m for m in _MODES if _supported(m)]
    for mode in modes:
        clipboard.setText("+41 79 123 45 67", mode)  # as the bank's page copies it
        assert clipboard.text(mode) == "+41 79 123 45 67"
    kiosk.ctl.wipe()
    assert kiosk.window.current is kiosk.window.attract
    for mode in modes:
        assert clipboard.text(mode) == "", mode


def _menus() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]


def test_customer_fields_offer_no_menu(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "IDENTITY.TM")  # names, dates, the mobile number: every kind of field
    fields = kiosk.window.data.fields
    assert {"first_name", "dob", "mobile"} <= fields.keys()
    for name, field in fields.items():
        for stop in field.stops():
            assert stop.contextMenuPolicy() is Qt.ContextMenuPolicy.NoContextMenu, name
            inner = stop.lineEdit() if isinstance(stop, QAbstractSpinBox) else stop
            for target in {stop, inner}:
                # A right-click's (or a long press's) menu request, as the platform sends it.
                event = QContextMenuEvent(
                    QContextMenuEvent.Reason.Mouse, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5))
                )
                QApplication.sendEvent(target, event)
                QApplication.processEvents()
                assert not _menus(), name
