"""Scroll areas a screen reader cannot crash the kiosk through (kiosk.ui.widgets.readable_scroll):
every one the kiosk builds answers with a bounds-checked accessible, and the accessible goes with
its widget however that is deleted. The crash itself and a real reader: tests/gui/test_atspi.py."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from kiosk.ui.widgets.readable_scroll import is_readable, readable
from tests.gui.conftest import Kiosk, delete_now

# Qt's accessibles for these check their bounds (item views: QAccessibleTable; text edits).
OWN_ACCESSIBLE = (QAbstractItemView, QPlainTextEdit, QTextEdit)


def test_every_scroll_area_of_the_kiosk_is_readable(kiosk: Kiosk) -> None:
    areas = [
        area
        for area in kiosk.window.findChildren(QAbstractScrollArea)
        if not isinstance(area, OWN_ACCESSIBLE)
    ]
    assert len(areas) >= 4  # methods, data form, settings, diagnosis, ...
    unreadable = [
        f"{type(area.parent()).__name__}/{area.objectName() or type(area).__name__}"
        for area in areas
        if not isinstance(area, QScrollArea) or not is_readable(area)
    ]
    assert not unreadable, f"scroll areas with Qt's unchecked accessible: {unreadable}"


# Qt's item view accessibles say so when asked past their cells: their bounds check speaking.
@pytest.mark.qt_log_ignore(r"QAccessible\w+::child: Invalid index")
def test_item_views_and_text_edits_keep_their_own_checked_accessible(kiosk: Kiosk) -> None:
    """The dashboard's table, the support card's text box, the combo boxes' lists: their own
    accessibles (a reader needs the table's cells, the text box's text) answer a reader
    asking past their children with nothing it could read, never with a stale pointer; the
    guard would hide their contents from the reader and is not given to them."""
    own = [
        area
        for area in kiosk.window.findChildren(QAbstractScrollArea)
        if isinstance(area, OWN_ACCESSIBLE) and not isinstance(area, QHeaderView)
    ]
    assert {type(area).__name__ for area in own} >= {"QTableView", "QPlainTextEdit", "QListView"}
    for area in own:
        answer = QAccessible.queryAccessibleInterface(area)
        assert not is_readable(area)  # Qt's own, with what it says about the contents
        count = answer.childCount()
        for past in (count, count + 5, 10**6):
            child = answer.child(past)
            assert child is None or not child.isValid(), (type(area).__name__, past)
    table = kiosk.window.dashboard.table
    assert QAccessible.queryAccessibleInterface(table).role() == QAccessible.Role.Table


def test_a_reader_asking_past_the_children_gets_nothing(qapp: object) -> None:
    host = QWidget()
    area = readable(QScrollArea(host))
    area.setWidget(QLabel("content"))
    answer = QAccessible.queryAccessibleInterface(area)
    count = answer.childCount()
    children = [answer.child(i) for i in range(count)]
    assert all(child is not None for child in children)
    assert area.viewport() in [child.object() for child in children]
    assert answer.child(count) is None
    assert answer.child(count + 5) is None
    delete_now(host)


def test_the_accessible_goes_with_its_scroll_area(qapp: object) -> None:
    """Deleted with its parent, on its own, from Python: Qt's cache deletes the interface once
    and nothing answers for the widget after it (a double delete would crash right here)."""
    for round_ in range(9):
        host = QWidget()
        area = readable(QScrollArea(host))
        area.setWidget(QLabel("content"))
        assert is_readable(area)
        ident = QAccessible.uniqueId(QAccessible.queryAccessibleInterface(area))
        if round_ % 3 == 0:
            delete_now(host)
        elif round_ % 3 == 1:
            delete_now(area)
            delete_now(host)
        else:
            del area
            del host
            gc.collect()
        assert QAccessible.accessibleInterface(ident) is None
