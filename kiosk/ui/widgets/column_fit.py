"""Every column of a table in view, without scrolling sideways: the columns are as wide as
their contents, but a few chosen ones give up width when the whole is wider than the view
(1024 px screens, large text, long languages): their cells elide, their headings wrap onto more
lines (never narrower than their longest word); where even that is too wide, the cells of the
columns that may not elide wrap at their words (their rows grow)."""

from __future__ import annotations

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
# Up to this many rows Qt sizes each row to its contents (exact, at once as columns change; a
# screenful); past it that cost ~1 ms a row at every change, so fit() measures each distinct
# combination of wrapped texts once.
ROWS_SIZED_BY_QT = 30
_SAME_DIGIT = str.maketrans("0123456789", "0000000000")


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
    a delegate of theirs must wrap its text as the table's own does (``WrapText``). The other
    columns' cells stay on one line (their delegate set to :class:`OneLine` where they have
    none of their own)."""

    def __init__(
        self,
        table: QTableView,
        squeezable: dict[int, int | None],
        elides: frozenset[int] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.squeezable = squeezable
        self.elides = frozenset(squeezable) if elides is None else elides
        self.wraps = frozenset(squeezable) - self.elides
        self._texts: dict[int, dict[str, int]] = {}
        self._row_shapes: list[tuple[str, ...]] = []
        self._combinations: dict[tuple[str, ...], int] = {}
        if self.wraps:
            table.setWordWrap(True)
            one_line = OneLine(table)
            for column in range(table.model().columnCount()):
                if column not in self.wraps and table.itemDelegateForColumn(column) is None:
                    table.setItemDelegateForColumn(column, one_line)
            # A row as high as its wrapped cells, never lower than a row of one line.
            rows = table.verticalHeader()
            self._one_line_row = rows.defaultSectionSize()
            rows.setMinimumSectionSize(self._one_line_row)
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
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.refit)

    def refit(self, *_args: object) -> None:
        """Fit again once the event loop is back (coalesced)."""
        self._pending.start()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.squeezable:
            self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
        ):
            self.refit()
        return False

    def natural(self, column: int) -> int:
        width = self.squeezable[column]
        if width is not None:
            return width
        return max(
            self.heading(column), self._cells(column) or self.table.sizeHintForColumn(column)
        )

    def heading(self, column: int) -> int:
        return self.table.horizontalHeader().sectionSizeFromContents(column).width()

    def _distinct(self) -> dict[int, dict[str, int]]:
        """For each column that may not elide: a row for each shape of text in it (its
        widest row), measured once for all the rows that show the same (a method, a status).
        "12 min" wraps where "45 min" does: a column of times holds a few shapes (all digits
        as one), not a text for each row. Also each row's shapes (``_row_shapes``) and, for
        each combination of them, the row that stands for it (``_combinations``)."""
        model, advance = self.table.model(), self.table.fontMetrics().horizontalAdvance
        columns = sorted(self.wraps)
        widest: dict[int, dict[str, tuple[int, int]]] = {c: {} for c in columns}
        combinations: dict[tuple[str, ...], tuple[int, int]] = {}
        self._row_shapes = []
        for row in range(model.rowCount()):
            shapes, total = [], 0
            for column in columns:
                text = str(model.data(model.index(row, column)) or "")
                shape, width = text.translate(_SAME_DIGIT), advance(text)
                if shape not in widest[column] or width > widest[column][shape][0]:
                    widest[column][shape] = (width, row)
                shapes.append(shape)
                total += width
            key = tuple(shapes)
            if key not in combinations or total > combinations[key][0]:
                combinations[key] = (total, row)
            self._row_shapes.append(key)
        self._combinations = {key: row for key, (_, row) in combinations.items()}
        return {c: {s: row for s, (_, row) in shapes.items()} for c, shapes in widest.items()}

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

    def _fit_rows(self) -> None:
        """Each row as high as its wrapped cells need: up to ROWS_SIZED_BY_QT rows, Qt sizes
        each to its contents (at once, as the columns change); past that, where Qt would
        measure every row at every change, each combination of shapes is measured once."""
        if not self.wraps:
            return
        header = self.table.verticalHeader()
        if len(self._row_shapes) <= ROWS_SIZED_BY_QT:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        heights = {
            key: max(self._one_line_row, self.table.sizeHintForRow(row))
            for key, row in self._combinations.items()
        }
        for row, key in enumerate(self._row_shapes):
            if header.sectionSize(row) != heights[key]:
                header.resizeSection(row, heights[key])

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
        self._texts = self._distinct()
        self._fit_columns()
        self._fit_rows()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        others = sum(header.sectionSize(c) for c in shown if c not in self.squeezable)
        room = self.table.viewport().width() - others - self._scroll_bar_to_come()
        natural = {c: self.natural(c) for c in self.squeezable if c in shown}
        overflow = sum(natural.values()) - room
        # The widest give up width first (a common cap, short columns keep theirs): down to
        # their headings' widths, then (wrapping them) to their longest words; then the cells
        # that may not elide wrap, down to their longest words too.
        for floor, cells in (
            (self.heading, self._cells),
            (self.longest_word, self._cells),
            (self.longest_word, self._words),
        ):
            if overflow <= 0:
                break
            floors = {c: min(w, max(floor(c), cells(c))) for c, w in natural.items()}
            natural = _capped(natural, floors, room)
            overflow = sum(natural.values()) - room
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
