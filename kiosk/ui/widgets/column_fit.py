"""Every column of a table in view, without scrolling sideways: the columns are as wide as
their contents, but a few chosen ones give up width when the whole is wider than the view
(1024 px screens, large text, long languages): their cells elide, their headings wrap onto more
lines (never narrower than their longest word); where even that is too wide, the cells of the
columns that may not elide wrap at their words (their rows grow)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

_WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
_PADDING = 18  # a heading's padding and frame, left and right together (kiosk.qss)
_V_PADDING = 14  # top and bottom together
_ANY_HEIGHT = 16_777_215  # QWIDGETSIZE_MAX
# Rows a content-sized column measures (besides the visible ones): a column sized to every row
# cost the dashboard a second at each change with 2000 orders in the journal.
ROWS_MEASURED = 100
_SAME_DIGIT = str.maketrans("0123456789", "0000000000")
_MEASURED_TEXTS = 20_000  # widths kept for texts seen before (a bound, not a goal)


@runtime_checkable
class ColumnTexts(Protocol):
    """A model that hands over a whole column's display texts at once (what ``data()`` shows
    in each row, in row order): far cheaper than a ``data()`` call per row with thousands."""

    def column_texts(self, column: int) -> Sequence[str]: ...


class OneLine(QStyledItemDelegate):
    """Cells on one line (elided where too narrow) in a table whose other cells wrap."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class ColumnFit(QObject):
    """Fits ``table``'s columns to its width; ``squeezable`` maps the columns that may give up
    width to their natural width (``None``: their contents' width). Of those, only the columns
    in ``elides`` (default: all) give up width below their cells' contents (the cells elide:
    their whole text must be at hand elsewhere, a tooltip, the support card); the others wrap
    their headings, and then their cells at their words (never narrower than the longest):
    a delegate of theirs must wrap its text as the table's own does (``WrapText``); ``keeps``
    maps eliding columns to the characters of their text they keep while wrapping headings
    makes the room (never at the cost of a wrapped cell). The other
    columns' cells stay on one line (their delegate set to :class:`OneLine` where they have
    none of their own)."""

    def __init__(
        self,
        table: QTableView,
        squeezable: dict[int, int | None],
        elides: frozenset[int] | None = None,
        keeps: dict[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        # Eliding columns → the characters of their text they keep before any heading stays
        # unwrapped (a problem's reason readable where "Since start" can take two lines).
        self.keeps = keeps or {}
        self.table = table
        self.squeezable = squeezable
        self.elides = frozenset(squeezable) if elides is None else elides
        self.wraps = frozenset(squeezable) - self.elides
        self._texts: dict[int, dict[str, int]] = {}
        # Columns whose texts changed since they were last measured (a clock's tick changes one
        # column: the others keep their measures).
        self._stale: set[int] = set(squeezable)
        self._natural: dict[int, int] = {}
        self._measured: dict[str, tuple[int, str]] = {}  # text → (width, shape), in this font
        self._rows_measured_for: tuple[frozenset[int], tuple[int, ...]] | None = None
        if self.wraps:
            table.setWordWrap(True)
            one_line = OneLine(table)
            for column in range(table.model().columnCount()):
                if column not in self.wraps and table.itemDelegateForColumn(column) is None:
                    table.setItemDelegateForColumn(column, one_line)
            # Every row as high as the highest wrapped cell (fit() measures one row per distinct
            # text: a Qt row sized to its contents measures every row at every change).
            rows = table.verticalHeader()
            self._one_line_row = rows.defaultSectionSize()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Content-sized columns measure the first rows and the visible ones, not thousands.
        for either in (table.horizontalHeader(), table.verticalHeader()):
            either.setResizeContentsPrecision(ROWS_MEASURED)
        header = table.horizontalHeader()
        header.setDefaultAlignment(_WRAP)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, not cut
        # Headings of a selected row's cells are not set in bold: measured as drawn.
        header.setHighlightSections(False)
        for column in squeezable:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)  # after the content-sized columns took their widths
        self._pending.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)
        # The content-sized columns take their widths later than the model's signals.
        header.sectionResized.connect(self._section_resized)
        model = table.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.headerDataChanged,  # a language switch: every text changes
        ):
            signal.connect(self.rescan)
        model.dataChanged.connect(self._data_changed)

    @property
    def pending(self) -> bool:
        """A fit is due once the event loop is back (what changed is not fitted yet)."""
        return self._pending.isActive()

    def refit(self, *_args: object) -> None:
        """Fit again once the event loop is back (coalesced)."""
        self._pending.start()

    def rescan(self, *_args: object) -> None:
        """Every cell may have changed: measure the texts anew, then fit."""
        self._stale |= set(self.squeezable)
        self.refit()

    def _data_changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        self._stale |= set(self.squeezable) & set(range(first.column(), last.column() + 1))
        self.refit()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.squeezable:
            self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._measured.clear()
            self.rescan()  # other widths: other widest rows
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit()
        return False

    def natural(self, column: int) -> int:
        width = self.squeezable[column]
        if width is not None:
            return width
        return max(self.heading(column), self._cells(column) or self._contents(column))

    def _contents(self, column: int) -> int:
        """A column's contents' width, as the table measures it (a hundred rows and more: kept
        until its texts change)."""
        known = self._natural.get(column)
        if known is None:
            known = self._natural[column] = self.table.sizeHintForColumn(column)
        return known

    def heading(self, column: int) -> int:
        return self.table.horizontalHeader().sectionSizeFromContents(column).width()

    def _distinct(self, column: int) -> dict[str, int]:
        """For a column that may not elide: a row for each shape of text in it (its widest
        row), measured once for all the rows that show the same (a method, a status).
        "12 min" wraps where "45 min" does: a column of times holds a few shapes (all digits
        as one), not a text for each row."""
        model, advance = self.table.model(), self.table.fontMetrics().horizontalAdvance
        if isinstance(model, ColumnTexts):
            texts: Sequence[str] = model.column_texts(column)
        else:
            texts = [
                str(model.data(model.index(row, column)) or "") for row in range(model.rowCount())
            ]
        if len(self._measured) > _MEASURED_TEXTS:
            self._measured.clear()
        measured = self._measured  # the same texts come back at every tick of a clock
        widest: dict[str, tuple[int, int]] = {}
        for row, text in enumerate(texts):
            known_text = measured.get(text)
            if known_text is None:
                known_text = measured[text] = (advance(text), text.translate(_SAME_DIGIT))
            width, shape = known_text
            known = widest.get(shape)
            if known is None or width > known[0]:
                widest[shape] = (width, row)
        return {shape: row for shape, (_, row) in widest.items()}

    def _cells(self, column: int) -> int:
        """The width a column that may not elide keeps: its widest cell on one line, every
        row's (0 for the others)."""
        texts = self._texts.get(column)
        if not texts:
            return 0
        model, grid = self.table.model(), int(self.table.showGrid())
        return grid + max(
            self.table.sizeHintForIndex(model.index(row, column)).width() for row in texts.values()
        )

    def _words(self, column: int) -> int:
        """The width a column that may not elide keeps, its cells wrapped: its longest word
        with the padding a cell has around its text."""
        table, model = self.table, self.table.model()
        metrics = table.fontMetrics()
        widest = 0
        for row in self._texts.get(column, {}).values():
            index = model.index(row, column)
            text = str(model.data(index) or "")
            padding = table.sizeHintForIndex(index).width() - metrics.horizontalAdvance(text)
            word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            widest = max(widest, word + padding)
        return widest

    def _fit_rows(self, texts_changed: bool) -> None:
        """Every row as high as the highest that holds a distinct wrapped text (measured again
        only when those texts or their columns' widths changed)."""
        if not self.wraps:
            return
        rows = {row for texts in self._texts.values() for row in texts.values()}
        header = self.table.horizontalHeader()
        measured_for = (frozenset(rows), tuple(header.sectionSize(c) for c in sorted(self.wraps)))
        if not texts_changed and measured_for == self._rows_measured_for:
            return  # e.g. the second fit after a content-sized column took its width
        self._rows_measured_for = measured_for
        height = max([self._one_line_row] + [self.table.sizeHintForRow(row) for row in rows])
        rows_header = self.table.verticalHeader()
        if rows_header.defaultSectionSize() != height:
            rows_header.setDefaultSectionSize(height)

    def _scroll_bar_to_come(self) -> int:
        """The width the vertical scroll bar takes when it appears: kept free while it is
        hidden, as rows wrapped by this fit may bring it (else the fit fitted a width the
        bar then narrows, and the last column hides until the next fit)."""
        bar = self.table.verticalScrollBar()
        if (
            bar.isVisible()
            or self.table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            return 0
        return bar.sizeHint().width()

    def heading_text(self, column: int) -> str:
        return str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")

    def longest_word(self, column: int) -> int:
        metrics = self.table.horizontalHeader().fontMetrics()
        words = self.heading_text(column).split() or [""]
        return max(metrics.horizontalAdvance(word) for word in words) + _PADDING

    def heading_height(self, column: int, width: int) -> int:
        """The height a heading needs wrapped into ``width``."""
        metrics = self.table.horizontalHeader().fontMetrics()
        box = metrics.boundingRect(
            QRect(0, 0, max(1, width - _PADDING), 10_000), _WRAP, self.heading_text(column)
        )
        return box.height() + _V_PADDING

    def fit(self) -> None:
        texts_changed = bool(self._stale & self.wraps)
        for column in self._stale:
            if column in self.wraps:
                self._texts[column] = self._distinct(column)
            self._natural.pop(column, None)
        self._stale.clear()
        self._fit_columns()
        self._fit_rows(texts_changed)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        others = sum(header.sectionSize(c) for c in shown if c not in self.squeezable)
        room = self.table.viewport().width() - others - self._scroll_bar_to_come()
        wanted = {c: self.natural(c) for c in self.squeezable if c in shown}
        # First with the eliding columns keeping their readable part (``keeps``), their
        # headings and the others' headings wrapped; where that does not fit without
        # wrapping cells, as if they kept nothing.
        for keeping in (True, False) if self.keeps else (False,):
            natural = self._squeezed(wanted, room, keeping)
            if sum(natural.values()) <= room:
                break
        for column, width in natural.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        one_line = header.sectionSizeFromContents(0).height()
        needed = max(
            [one_line]
            + [self.heading_height(c, w) for c, w in natural.items() if w < self.heading(c)]
        )
        if needed > one_line:
            header.setFixedHeight(needed)
        else:
            header.setMinimumHeight(0)
            header.setMaximumHeight(_ANY_HEIGHT)

    def _squeezed(self, wanted: dict[int, int], room: int, keeping: bool) -> dict[int, int]:
        """The squeezable columns' widths from their natural ``wanted`` ones, fitted to
        ``room`` where the floors allow; ``keeping``: the eliding columns keep their readable
        part and no cell wraps."""
        natural = dict(wanted)
        overflow = sum(natural.values()) - room
        # The widest give up width first (a common cap, short columns keep theirs): down to
        # their headings' widths, then (wrapping them) to their longest words; then the cells
        # that may not elide wrap, down to their longest words too.
        stages = (
            (self.heading, self._cells),
            (self.longest_word, self._cells),
            (self.longest_word, self._words),
        )
        for floor, cells in stages[:2] if keeping else stages:
            if overflow <= 0:
                break
            floors = {
                c: min(w, max(floor(c), cells(c), self._kept(c) if keeping else 0))
                for c, w in natural.items()
            }
            natural = _capped(natural, floors, room)
            overflow = sum(natural.values()) - room
        return natural

    def _kept(self, column: int) -> int:
        """The width an eliding column keeps while the others' headings can wrap instead."""
        return self.keeps.get(column, 0) * self.table.fontMetrics().averageCharWidth()


def _capped(widths: dict[int, int], floors: dict[int, int], room: int) -> dict[int, int]:
    """``widths`` with the widest cut to one common cap (none below its floor), the largest
    cap whose total fits ``room`` (the floors, if even they do not)."""

    def total(cap: int) -> int:
        return sum(min(w, max(floors[c], cap)) for c, w in widths.items())

    low, high = 0, max(widths.values(), default=0)
    while low < high:  # the largest cap with total(cap) <= room
        middle = (low + high + 1) // 2
        if total(middle) <= room:
            low = middle
        else:
            high = middle - 1
    return {c: min(w, max(floors[c], low)) for c, w in widths.items()}
