"""No screen clips its texts, hides a table's columns, covers a QR code or pushes a button out
of the window: at the kiosk's reference size (1280x800), 1920x1080, 1024x768 and portrait
1080x1920, in every language and the pseudo-locale (texts ~40% longer), with and without the
staff setting "larger text". The QSS scaling behind that setting."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.app.language import PSEUDO
from kiosk.app.stages import Stage
from kiosk.cli import build_parser
from kiosk.srs import METHODS, IdentityData, Status
from kiosk.ui.screens.page import Page
from kiosk.ui.staff.orders_model import Column, OrdersModel
from kiosk.ui.style import LARGE_TEXT_SCALE, scale_stylesheet, stylesheet
from kiosk.ui.widgets.column_fit import ColumnFit, OneLine
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.qr_code import QrCodeWidget
from tests.gui.conftest import Kiosk, run
from tests.gui.flow import KLARNA_CUSTOMER, choose, click, fill, start, submit_data, to_methods
from tests.gui.qt_noise import QT_MULTIMEDIA_HEADLESS
from tests.gui.test_readiness_kiosk import use_devices
from tests.unit.checks.fakes import FakeDevices

REFERENCE = QSize(1280, 800)
OTHER_SIZES = (QSize(1920, 1080), QSize(1024, 768), QSize(1080, 1920))


# -- the check -----------------------------------------------------------------------------------


def _where(widget: QWidget) -> str:
    """The screen or overlay a widget is on, for the failure message."""
    node: QWidget | None = widget
    while node is not None:
        if isinstance(node, Page | Overlay | QMainWindow):
            return type(node).__name__
        node = node.parentWidget()
    return "?"


def _text(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return text if len(text) <= 60 else f"{text[:57]}..."


def _cut_by(widget: QWidget, root: QWidget) -> QWidget | None:
    """The first ancestor (up to ``root``, not past a scroll area's viewport: scrolling shows
    the rest) whose rectangle does not hold the whole widget."""
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node.parentWidget(), QScrollArea):  # the viewport: scrolled content
            return None
        box = QRect(widget.mapTo(node, QPoint(0, 0)), widget.size())
        if not node.rect().adjusted(-1, -1, 1, 1).contains(box):
            return node
        if node is root:
            return None
        node = node.parentWidget()
    return None


def _squeezed(label: QLabel) -> str | None:
    """A wrapped text given so little width that it reads a word or two a line."""
    words = len(label.text().split())
    lines = label.heightForWidth(label.width()) // max(1, label.fontMetrics().lineSpacing())
    if words >= 6 and lines * 2 > words:
        return f"{words} words on {lines} lines: {label.width()} px is too narrow to read"
    return None


def _clip(widget: QWidget) -> str | None:
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text():
            return None  # a picture (QR code), or hidden content
        if not widget.wordWrap():
            need = widget.sizeHint().width()
            return f"needs {need} px of width, has {size.width()}" if need > size.width() else None
        need_w = widget.minimumSizeHint().width()
        if need_w > size.width():  # one word longer than the line
            return f"needs {need_w} px of width (a long word), has {size.width()}"
        if (squeezed := _squeezed(widget)) is not None:
            return squeezed
        need_h = widget.heightForWidth(size.width())
        return (
            f"needs {need_h} px of height, has {size.height()}" if need_h > size.height() else None
        )
    if isinstance(widget, QCheckBox) and widget.hasHeightForWidth():  # its text wraps
        need_w, need_h = widget.minimumSizeHint().width(), widget.heightForWidth(size.width())
        if need_w > size.width() + 2:
            return f"needs {need_w} px of width (a long word), has {size.width()}"
        return (
            f"needs {need_h} px of height, has {size.height()}" if need_h > size.height() else None
        )
    if isinstance(widget, QPushButton | QCheckBox) and widget.text():
        # 2 px of slack: the focus frame is 1 px wider each side than the plain one (the
        # padding holds it), and Qt does not lay out again when the focus moves.
        need = widget.sizeHint().width()
        return f"needs {need} px of width, has {size.width()}" if need > size.width() + 2 else None
    return None


def _qr_problems(qr: QrCodeWidget, root: QWidget) -> list[str]:
    """A shown code fits its widget with its whole quiet zone, and no visible text or button
    lies over it (quiet zone included)."""
    square = qr.code_rect()
    if square.isEmpty():
        return []
    problems = []
    if qr.module_px() < 2 or not qr.rect().contains(square):
        problems.append(f"{qr.module_px()} px modules in a {qr.width()}x{qr.height()} widget")
    on_root = QRect(qr.mapTo(root, square.topLeft()), square.size())
    for other in root.findChildren(QWidget):
        if (
            other is qr
            or not other.isVisible()
            or other.isAncestorOf(qr)
            or not isinstance(other, QLabel | QAbstractButton)
            or not _text(other)
        ):
            continue
        box = QRect(other.mapTo(root, QPoint(0, 0)), other.size())
        if box.intersects(on_root):
            problems.append(f"{type(other).__name__} {_text(other)!r} lies over the code")
    return problems


def _clipped_headings(header: QHeaderView) -> list[tuple[str, str]]:
    """Headings of a table narrower than their text: those that wrap (word-wrap alignment)
    must fit wrapped, with their longest word on a line; others whole (not those of columns
    staff size themselves, which elide on purpose)."""
    model = header.model()
    metrics = header.fontMetrics()
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation())) if model else "?"
        need, has = header.sectionSizeFromContents(section).width(), header.sectionSize(section)
        if need <= has:
            continue
        if wraps:
            word = max(metrics.horizontalAdvance(w) for w in text.split() or [""])
            lines = metrics.boundingRect(
                QRect(0, 0, has - 12, 10_000), int(Qt.TextFlag.TextWordWrap), text
            ).height()
            if word > has - 12 or lines > header.height():
                found.append(
                    (
                        text,
                        f"needs {word} px for its longest word and {lines} px of "
                        f"height wrapped, has {has}x{header.height()}",
                    )
                )
        elif header.sectionResizeMode(section) is not QHeaderView.ResizeMode.Interactive:
            found.append((text, f"needs {need} px of width, has {has}"))
    return found


ORDERS_MAY_ELIDE = frozenset({Column.REF_ID, Column.PROBLEM})


def _wrapped_cut(table: QTableView, row: int, column: int) -> str | None:
    """Why a cell narrower than its text, in a column whose cells wrap, does not show it whole
    wrapped (a word wider than the column, a row lower than the lines); None: it does."""
    index = table.model().index(row, column)
    text = str(table.model().data(index) or "")
    metrics = table.fontMetrics()
    one_line = table.sizeHintForIndex(index)
    padding = one_line.width() - metrics.horizontalAdvance(text)
    has = table.columnWidth(column)
    word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0) + padding
    if word > has:
        return f"cell {text!r} cut: a word needs {word} px, has {has}"
    box = QRect(0, 0, has - padding, 10_000)
    lines = metrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height()
    need = lines + one_line.height() - metrics.height()
    if need > table.rowHeight(row) + 1:
        return f"cell {text!r} cut: needs {need} px of height wrapped, has {table.rowHeight(row)}"
    return None


def _elided_cells(table: QTableView) -> list[str]:
    """Cells whose text is cut (elided) in a column that may not elide: in the order table
    only the Ref-ID and problem (the tooltip and the support card have them whole), never
    the method, the status or the next action (they may wrap, whole, where the table wraps
    them)."""
    model = table.model()
    # The dashboard's table shows its orders through the search and filter proxy.
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    may_elide = ORDERS_MAY_ELIDE if isinstance(source, OrdersModel) else frozenset()
    found = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column) or column in may_elide:
            continue
        wraps = table.wordWrap() and not isinstance(table.itemDelegateForColumn(column), OneLine)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            need, has = table.sizeHintForIndex(index).width(), table.columnWidth(column)
            if need <= has:
                continue
            if wraps:
                cut = _wrapped_cut(table, row, column)
                if cut is not None:
                    found.append(cut)
                continue
            text = str(model.data(index) or "")
            found.append(f"cell {text!r} elided: needs {need} px, has {has}")
    return found


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit its widget or is cut off by a
    parent, described as ``Screen: Class 'text': why``; content inside a scroll area may
    extend below its viewport (it scrolls), never beside it when it cannot scroll sideways."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():  # hidden itself, or on a page of the stack not shown
            continue
        if isinstance(widget, QScrollArea):
            content = widget.widget()
            if (
                content is not None
                and content.isVisible()
                and content.width() > widget.viewport().width()
                and not widget.horizontalScrollBar().isVisible()
            ):
                found.append(
                    f"{_where(widget)}: {type(widget).__name__} content "
                    f"{content.width()} px wide in a {widget.viewport().width()} px "
                    "viewport that does not scroll sideways"
                )
            elif content is not None and widget.horizontalScrollBar().isVisible():
                found.append(
                    f"{_where(widget)}: {type(widget).__name__} content "
                    f"{content.width()} px wide in a {widget.viewport().width()} px "
                    "viewport: staff must scroll sideways to read it"
                )
            continue
        if isinstance(widget, QHeaderView):
            found += [
                f"{_where(widget)}: heading {heading!r} of a table: {problem}"
                for heading, problem in _clipped_headings(widget)
            ]
            continue
        if isinstance(widget, QTableView):
            found += [f"{_where(widget)}: {problem}" for problem in _elided_cells(widget)]
        if (
            isinstance(widget, QTableView)
            and widget.horizontalHeader().length() > widget.viewport().width() + 1
        ):
            found.append(
                f"{_where(widget)}: table columns {widget.horizontalHeader().length()} "
                f"px wide in a {widget.viewport().width()} px table: the last ones "
                f"hidden ({_columns(widget)})"
            )
            continue
        if isinstance(widget, QrCodeWidget):
            found += [
                f"{_where(widget)}: QR code: {problem}" for problem in _qr_problems(widget, root)
            ]
            continue
        if not isinstance(widget, QLabel | QPushButton | QCheckBox) or not _text(widget):
            continue
        problem = _clip(widget)
        if problem is None:
            parent = _cut_by(widget, root)
            if parent is not None:
                problem = f"cut off by its {type(parent).__name__} {parent.objectName()!r}"
        if problem is not None:
            found.append(f"{_where(widget)}: {type(widget).__name__} {_text(widget)!r}: {problem}")
    return found


def _columns(table: QTableView) -> str:
    """Each shown column's heading, width and widest cell text (what made a table too wide)."""
    header, model = table.horizontalHeader(), table.model()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]

    def widest(column: int) -> str:
        texts = [str(model.data(model.index(r, column)) or "") for r in range(model.rowCount())]
        return max(texts, key=table.fontMetrics().horizontalAdvance, default="")

    return "; ".join(
        f"{model.headerData(c, Qt.Orientation.Horizontal)!r} {header.sectionSize(c)} px"
        f" {widest(c)!r}"
        for c in shown
    )


def _wait_for_mobiles(k: Kiosk) -> None:
    """Until the dashboard shows every order's masked mobile number, fetched from the SRS as
    the rows show: the widest column once they are in, and a number arriving during a check
    widened its column a moment before the others gave up the width (CI, s9)."""
    model = k.window.dashboard.model
    k.wait(lambda: all(model.cell_text(o, Column.MOBILE) != "…" for o in model.orders))


def _settle() -> None:
    """Let posted layout requests, polish and language-change events run, and the tables fit
    their columns to what came meanwhile."""
    for _ in range(3):
        QTest.qWait(20)
        QApplication.processEvents()
    fits = [f for w in QApplication.topLevelWidgets() for f in w.findChildren(ColumnFit)]
    for _ in range(50):
        if not any(fit.pending for fit in fits):
            break
        QTest.qWait(20)


def _too_large(window: QMainWindow, size: QSize) -> list[str]:
    """What makes the window grow: the innermost shown widgets (on any page of the stack, not
    inside a scroll area) whose minimum size is near ``size`` or over it."""
    limit = QSize(size.width() - 120, size.height() - 160)

    def large(widget: QWidget) -> bool:
        need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        return need.width() > limit.width() or need.height() > limit.height()

    def innermost(widget: QWidget) -> list[QWidget]:
        kids = (
            []
            if isinstance(widget, QScrollArea)
            else [
                child
                for child in widget.children()
                if isinstance(child, QWidget)
                and not child.isWindow()
                and not child.isHidden()
                and large(child)
            ]
        )
        return [inner for kid in kids for inner in innermost(kid)] or [widget]

    stack = window.findChild(QStackedWidget)
    pages = [stack.widget(i) for i in range(stack.count())] if stack is not None else []
    found = []
    for page in pages:
        if large(page):
            for widget in innermost(page):
                need = widget.minimumSizeHint()
                found.append(
                    f"{_where(widget)}: {type(widget).__name__} "
                    f"{_text(widget) or widget.objectName()!r} needs at least "
                    f"{need.width()}x{need.height()}"
                )
    return found


def check_layout(k: Kiosk, state: str, size: QSize = REFERENCE) -> list[str]:
    _settle()
    window = k.window
    found: list[str] = []
    hint = window.minimumSizeHint()
    if hint.width() > size.width() or hint.height() > size.height():
        found.append(
            f"{state}: the window needs at least {hint.width()}x{hint.height()} px"
            f" ({'; '.join(_too_large(window, size))})"
        )
    if window.size() != size:
        found.append(f"{state}: the window grew to {window.width()}x{window.height()} px")
    return found + [f"{state}: {problem}" for problem in clipped_texts(window)]


def test_clipped_texts_names_what_does_not_fit(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 200)
    short = QLabel("Fits", root)
    short.adjustSize()
    long = QLabel("A label far too long for the narrow width it was given", root)
    long.setGeometry(0, 40, 120, 30)
    wrapped = QLabel("A wrapped label with more lines than its height holds " * 3, root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 80, 200, 20)
    narrow = QPushButton("A button with a long text", root)
    narrow.setGeometry(0, 120, 60, 30)
    root.show()
    qtbot.waitExposed(root)
    found = clipped_texts(root)
    assert len(found) == 3, found
    assert "'A label far too long" in found[0] and "of width" in found[0]
    assert "'A wrapped label" in found[1] and "of height" in found[1]
    assert "QPushButton 'A button" in found[2]


# -- every screen, every size and language, with and without large text --------------------------

# How the simulator ends an order in each final status (EXPIRED is the kiosk's own: the SRS no
# longer knows the order, which the training backend takes as final), and the method of each:
# the longest names with the longest statuses.
_ENDINGS: dict[Status, tuple[str, dict[str, str]]] = {
    Status.TERMINATED: ("KLARNA", {"status": "TERMINATED"}),
    Status.ERROR: ("IDENTITY.TM", {"status": "ERROR", "reason": "Document not accepted"}),
    Status.IDENTIFICATION_NEGATIVELY_CONDUCTED: (
        "IDENTITY.TM",
        {"status": "IDENTIFICATION_NEGATIVELY_CONDUCTED"},
    ),
    Status.CANCELLED: ("KLARNA", {"status": "CANCELLED"}),
    Status.EXPIRED: ("AUTHADA", {}),
}
_DATA = {
    "KLARNA": {"first_name": "Erika", "last_name": "Mustermann", "dob": date(1964, 8, 12)},
    "IDENTITY.TM": {"last_name": "Muster"},
    "AUTHADA": {},
}


def orders_in_every_final_status(k: Kiosk) -> None:
    """An order of this terminal in each final status, as its tracker follows them there (the
    dashboard's longest method and status names beside each other)."""
    tracking, client = k.terminal.holder.tracking, k.terminal.client

    async def start(number: int, issuer: str) -> str:
        spec = next(s for s in METHODS if s.issuer == issuer)
        mobile = f"+4179123{number:04d}"
        intent = await tracking.begin_start(issuer, spec.method, "SIM-WAIT")
        data = IdentityData(mobile=mobile, external_id="SIM-WAIT", **_DATA[issuer])  # type: ignore[arg-type]
        started = await client.start(issuer, spec.method, data)
        await tracking.register(
            started,
            intent_id=intent,
            mobile=mobile,
            jurisdiction=spec.jurisdictions[0],
            loa=spec.loa,
        )
        return started.ref_id

    ends = {
        run(k.loop, start(n, issuer)): status
        for n, (status, (issuer, _)) in enumerate(_ENDINGS.items())
    }
    for ref_id, status in ends.items():
        if status is Status.EXPIRED:
            k.sim(
                "POST",
                "/_sim/faults",
                path=f"/api/identifications/{ref_id}",
                kind="error",
                status=404,
            )
        else:
            k.sim("POST", f"/_sim/orders/{ref_id}/status", **_ENDINGS[status][1])

    def ended() -> bool:
        orders = {o.ref_id: o for o in run(k.loop, k.terminal.orders.all())}
        return all(orders[r].status is s for r, s in ends.items())

    k.wait(ended, timeout=60)
    k.sim("DELETE", "/_sim/faults")


def _large_text(k: Kiosk) -> None:
    """The staff setting on, as staff save it (the style follows live)."""
    settings = k.ctl.settings
    run(
        k.loop,
        k.terminal.apply_settings(
            settings.model_copy(
                update={"kiosk": settings.kiosk.model_copy(update={"large_text": True})}
            )
        ),
    )
    assert QApplication.instance().styleSheet() == stylesheet(large_text=True)  # type: ignore[union-attr]


def _case(size: QSize, language: str, large: bool) -> object:
    return pytest.param(
        size,
        language,
        large,
        id=f"{size.width()}x{size.height()}-{language}{'-large' if large else ''}",
    )


CASES = [
    _case(size, language, large)
    for size in (REFERENCE, *OTHER_SIZES)
    for language in ("de", "fr", "it", "en", PSEUDO)
    for large in (True, False)
]


@pytest.mark.qt_log_ignore(*QT_MULTIMEDIA_HEADLESS)  # the diagnosis screen's media panel
@pytest.mark.parametrize(("size", "language", "large"), CASES)
def test_no_screen_clips(kiosk: Kiosk, size: QSize, language: str, large: bool) -> None:
    k, w = kiosk, kiosk.window
    started = time.monotonic()
    w.resize(size)
    k.ctl.language.pseudo = language == PSEUDO
    if large:
        _large_text(k)

    def layout_problems(k: Kiosk, state: str) -> list[str]:
        return check_layout(k, state, size)

    customer = "en" if language == PSEUDO else language
    found: list[str] = []
    click(k, w.attract.languages[customer])
    found += layout_problems(k, "attract")

    to_methods(k, customer)
    found += layout_problems(k, "methods")
    choose(k, "KLARNA")
    submit_data(k)  # empty: every field shows its problem
    assert any(field.problem.isVisible() for field in w.data.fields.values())
    found += layout_problems(k, "data form with problems")
    click(k, w.data.back)
    k.wait(lambda: bool(w.methods.cards) and all(c.choose.isVisible() for c in w.methods.cards))
    choose(k, "IDENTITY.TM")  # the surname-only form and its data match choice
    assert w.data.match_all is not None
    found += layout_problems(k, "data form (video, surname only)")
    w.data.match_all.setChecked(True)
    found += layout_problems(k, "data form (video, data match)")
    click(k, w.data.back)
    k.wait(lambda: bool(w.methods.cards) and all(c.choose.isVisible() for c in w.methods.cards))
    choose(k, "AUTHADA")
    fill(k, {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    submit_data(k)
    assert k.ctl.stage is Stage.CONSENT
    found += layout_problems(k, "consent")
    click(k, w.consent.accept)
    k.wait(lambda: k.ctl.stage is Stage.HANDOFF)
    found += layout_problems(k, "hand-off (QR)")
    k.ctl.show_progress()
    k.wait(lambda: w.current is w.status)
    found += layout_problems(k, "status")
    click(k, w.status.cancel)
    found += layout_problems(k, "cancel question")
    click(k, w.status.confirm_cancel.yes)
    k.wait(lambda: k.ctl.stage is Stage.RESULT)
    found += layout_problems(k, "result (cancelled)")
    w.stack.setCurrentWidget(w.handoff_web)  # its frame only: no page loads here
    found += layout_problems(k, "hand-off (web view frame)")
    w.stack.setCurrentWidget(w.result)
    click(k, w.result.finish)

    w.ask_pin("menu")
    found += layout_problems(k, "PIN pad")
    w.pin_pad.cancel()
    w.staff_menu.open_menu(kiosk_mode=True)
    found += layout_problems(k, "staff menu")
    w.staff_menu.hide()
    orders_in_every_final_status(k)
    w.open_staff_screen(w.dashboard)
    k.wait(lambda: len(w.dashboard.model.orders) >= 1 + len(_ENDINGS))
    w.dashboard.table.selectRow(0)
    _wait_for_mobiles(k)
    found += layout_problems(k, "dashboard")
    w.dashboard.select(w.dashboard.model.orders[0].ref_id)
    click(k, w.dashboard.support)
    k.wait(lambda: w.current is w.support)
    found += layout_problems(k, "support card")
    click(k, w.support.back)
    click(k, w.dashboard.back)
    w.open_staff_screen(w.diagnosis)
    found += layout_problems(k, "diagnosis")
    click(k, w.diagnosis.back)
    w.open_settings()
    found += layout_problems(k, "settings")

    assert not found, (
        f"{language} at {size.width()}x{size.height()}: layout problems\n" + "\n".join(found)
    )
    assert time.monotonic() - started < 30


# -- the scaling ---------------------------------------------------------------------------------


def test_screenshots_take_large_text_from_the_command_line() -> None:
    args = build_parser().parse_args(["screenshots", "--out", "shots", "--large-text"])
    assert args.large_text
    assert not build_parser().parse_args(["screenshots", "--out", "shots"]).large_text


def test_large_text_scales_font_sizes_and_heights_from_the_one_qss() -> None:
    qss = (
        "QWidget { font-size: 15pt; }\nQPushButton { min-height: 56px; min-width: 120px; "
        "padding: 6px 24px; font-size:12pt }"
    )
    scaled = scale_stylesheet(qss, 1.25)
    assert "font-size: 19pt" in scaled and "font-size:15pt" in scaled
    assert "min-height: 70px" in scaled
    assert "min-width: 120px" in scaled and "padding: 6px 24px" in scaled  # widths stay
    normal, large = stylesheet(), stylesheet(large_text=True)
    assert normal != large and normal.count("font-size") == large.count("font-size")
    assert "font-size: 15pt" in normal and f"font-size: {round(15 * LARGE_TEXT_SCALE)}pt" in large
    assert scale_stylesheet(normal, LARGE_TEXT_SCALE) == large


# -- the staff screens with their longest contents -------------------------------------------

STAFF_CASES = [
    _case(QSize(1024, 768), language, large)
    for language, large in (("fr", False), ("fr", True), (PSEUDO, False), (PSEUDO, True))
]


@pytest.mark.qt_log_ignore(*QT_MULTIMEDIA_HEADLESS)  # the diagnosis screen's media panel
@pytest.mark.parametrize(("size", "language", "large"), STAFF_CASES)
def test_staff_screens_with_every_method_fit(
    kiosk: Kiosk, size: QSize, language: str, large: bool, tmp_path: Path
) -> None:
    """The dashboard with an order of every method (the longest names), the diagnosis with a
    report whose verdicts name what blocks the video method, saved to a long folder: nothing
    elided, squeezed to a word a line, or to be scrolled sideways."""
    k, w = kiosk, kiosk.window
    settings = k.ctl.settings
    folder = tmp_path / ("the-branch-kiosk-s-readiness-reports-" * 3) / "for-the-it-department"
    support = settings.support.model_copy(update={"export_folder": folder})
    k.terminal.settings = settings.model_copy(update={"support": support})
    w.resize(size)
    # SIM-WAIT each: the rows stay as started however long the checks take (the fast clock
    # would otherwise end the video order part-way on a busy machine, other texts each run).
    for issuer, values in (
        (
            "IDENTITY.TM",
            {"last_name": "Muster", "mobile": "+41791234567", "external_id": "SIM-WAIT"},
        ),
        ("KLARNA", KLARNA_CUSTOMER),
        ("AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"}),
    ):
        start(k, issuer, values)
        k.ctl.wipe()
    use_devices(k, FakeDevices((), ()))  # no camera, no microphone: video blocked, with reasons
    w.start_readiness()
    k.wait(lambda: k.terminal.readiness.monitor.report is not None, timeout=60)
    k.ctl.language.pseudo = language == PSEUDO
    k.ctl.language.switch_staff("en" if language == PSEUDO else language)
    if large:
        _large_text(k)
    found: list[str] = []
    w.open_staff_screen(w.dashboard)
    model = w.dashboard.model
    k.wait(lambda: len(model.orders) >= 3)
    _wait_for_mobiles(k)
    found += check_layout(k, "dashboard", size)
    click(k, w.dashboard.back)
    w.open_staff_screen(w.diagnosis)
    assert w.diagnosis.widget is not None and w.diagnosis.widget.verdicts.rows
    click(k, w.diagnosis.widget.save_json)  # the line under the summary names the long path
    assert str(folder) in w.diagnosis.widget.save_state.text()
    found += check_layout(k, "diagnosis", size)
    blocker = tmp_path / "a-file"  # the long folder behind a file: it cannot be made
    blocker.write_text("", encoding="utf-8")
    now = k.terminal.settings  # large text on
    support = now.support.model_copy(update={"export_folder": blocker / folder.name})
    k.terminal.settings = now.model_copy(update={"support": support})
    click(k, w.diagnosis.widget.save_json)
    assert w.diagnosis.widget.save_state.property("role") == "error"
    found += check_layout(k, "diagnosis (not saved)", size)
    assert not found, f"{language} at 1024x768: layout problems\n" + "\n".join(found)


def test_the_window_keeps_its_size_after_a_phone_first_hand_off(kiosk: Kiosk) -> None:
    """Klarna's hand-off (the phone's code in the page's place), then the next customer: the
    screen puts the page's place back, never beside the phone's code (both together are wider
    than 1024 px with large text in a long language, and the window grew for good)."""
    k, w = kiosk, kiosk.window
    size = QSize(1024, 768)
    w.resize(size)
    k.ctl.language.pseudo = True
    _large_text(k)
    start(k, "KLARNA", KLARNA_CUSTOMER)
    assert w.current is w.handoff_web and w.handoff_web.phone_box.isVisible()
    k.ctl.wipe()
    k.wait(lambda: w.current is w.attract)
    assert check_layout(k, "after the hand-off", size) == []


@pytest.mark.parametrize("size", [REFERENCE, QSize(1080, 1920), QSize(1024, 768)])
def test_the_support_card_never_squeezes_a_ref_id(kiosk: Kiosk, size: QSize) -> None:
    """A Ref-ID is one unbreakable word. In portrait with large text and a long language the
    card's values beside their captions got 515 px where a Ref-ID of wide letters needs 520
    (CI, s9: it depended on the random Ref-ID's letters). Where the widest Ref-ID does not fit
    beside the captions, every value goes under its caption."""
    k, w = kiosk, kiosk.window
    w.resize(size)
    k.ctl.language.pseudo = True
    _large_text(k)
    orders_in_every_final_status(k)
    w.open_staff_screen(w.dashboard)
    k.wait(lambda: len(w.dashboard.model.orders) >= 1)
    w.dashboard.select(w.dashboard.model.orders[0].ref_id)
    click(k, w.dashboard.support)
    k.wait(lambda: w.current is w.support)
    widest = "-".join("W" * n for n in (8, 4, 4, 4, 12))  # wider than any hex digit
    w.support.values["ref_id"].setText(widest)
    w.support._fit_rows()  # as the card does when it sets its texts
    assert check_layout(k, "support card (a wide Ref-ID)", size) == []
