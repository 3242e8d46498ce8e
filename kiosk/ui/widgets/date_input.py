"""A date as three spin boxes (day, month, year) that cannot hold a date that does not exist.

Each part takes only its range (the day at most the days of the month shown; the year within
the field's years), typed or stepped with the arrow keys (not the mouse wheel: that scrolls the
page); blank until set. A digit that does not fit, or a part left out of its range, says the
range (the part left blank, never put back to what it was). Typing moves on by
itself: after the part's digits, or at a separator (``12.08.1964`` typed into the day lands in
all three). A month or year that no longer fits the day typed before (31, then February) blanks
the day and says so: a date is never changed behind the typist's back. Each part has its own
accessible name ("Date of birth: day")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from kiosk.i18n import fill

from .common import label, set_label, wheel_scrolls_page

_SEPARATORS = frozenset(".-/ ")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class DatePart(QSpinBox):
    """One part: blank at its minimum (shown as the part's format, e.g. "DD")."""

    full = Signal()  # the part is typed out (or a separator was typed): the next one's turn
    out_of_range = Signal()  # typed beyond its range (a digit refused, or left so): say the range
    returnPressed = Signal()  # noqa: N815 (as QLineEdit's)

    def __init__(self, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = digits
        # No arrow buttons (too small to touch); the arrow keys still step. The wheel scrolls
        # the page, even over the focused part: a birth date changed on the way past fails the
        # identification.
        wheel_scrolls_page(self, focused_steps=False)
        # (Zero-width buttons: NoButtons under a style sheet leaves the text 1 px wide.)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows)
        self.setStyleSheet(
            "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
        )
        self.setMinimumWidth(digits * 22 + 40)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setKeyboardTracking(True)

    def blank(self) -> int:
        return self.minimum()

    def is_blank(self) -> bool:
        return self.value() == self.minimum()

    def textFromValue(self, value: int) -> str:
        return str(value).zfill(self.digits if self.digits == 2 else 1)

    def fits(self, typed: str) -> bool:
        """Whether ``typed`` (the part's text) is a value of its range, the blank excluded."""
        return typed.isdigit() and self.minimum() < int(typed) <= self.maximum()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing replaces the part (also after a mouse click, not only after Tab): selected
        # once the click is done, unless digits typed in the same burst came first (a fast
        # typist, a busy terminal: selecting then would have the next digit replace them).
        before = self.lineEdit().text()
        QTimer.singleShot(0, self, lambda: self._select_untouched(before))

    def _select_untouched(self, before: str) -> None:
        if self.hasFocus() and self.lineEdit().text() == before:
            self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        typed = self.lineEdit().text().strip()
        if typed.isdigit() and not self.fits(typed):
            # Qt would put the old value back without a word: blank it and say the range.
            self.setValue(self.blank())
            super().focusOutEvent(event)
            self.out_of_range.emit()
            return
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        shown = self.lineEdit().text().strip()
        typed_any = bool(shown) and shown != self.specialValueText()
        if text and text in _SEPARATORS:
            if typed_any:
                self.interpretText()
                self.full.emit()
            return
        if text.isdigit() and not typed_any:
            self.lineEdit().selectAll()  # the first digit replaces the blank's "DD"
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.returnPressed.emit()
            return
        before = self.lineEdit().text()
        replacing = self.lineEdit().hasSelectedText()
        super().keyPressEvent(event)
        if text.isdigit():
            typed = self.lineEdit().text()
            if typed == before and not replacing:
                self.out_of_range.emit()  # the digit was refused: it would leave the range
                return
            digits = sum(ch.isdigit() for ch in typed)
            value = int(typed) if typed.isdigit() else 0
            # Typed out: all its digits, or (day, month) no further digit could still fit: a 4
            # in the day.
            if digits >= self.digits or (
                self.digits == 2 and value and value * 10 > self.maximum()
            ):
                if not self.fits(typed):
                    self.out_of_range.emit()  # stays for correcting, blanked if left so
                    return
                self.interpretText()
                self.full.emit()


class DateInput(QWidget):
    """Day, month and year. ``date()`` is the date or None (also while only some parts are
    set: ``is_empty()`` tells the two apart); ``text()``/``setText()`` in ``DD.MM.YYYY`` (or
    ISO) for callers that speak text."""

    editingFinished = Signal()  # noqa: N815 - focus left the last part, or Enter
    changed = Signal()  # a part's value changed (typed, stepped, blanked)
    returnPressed = Signal()  # noqa: N815

    def __init__(self, first_year: int, last_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day, self.month, self.year = DatePart(2), DatePart(2), DatePart(4)
        self.day.setRange(0, 31)
        self.month.setRange(0, 12)
        self.year.setRange(first_year - 1, last_year)
        self.notice = label("small")  # why the day was blanked
        self.notice.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.parts = (self.day, self.month, self.year)
        for i, part in enumerate(self.parts):
            if i:
                row.addWidget(QLabel("."))
            row.addWidget(part)
            part.returnPressed.connect(self.returnPressed)
            part.valueChanged.connect(self._value_changed)
            part.editingFinished.connect(self._part_finished)
            part.out_of_range.connect(lambda p=part: self._out_of_range(p))
        row.addStretch()
        self.day.full.connect(lambda: self._advance(self.month))
        self.month.full.connect(lambda: self._advance(self.year))
        self.year.full.connect(self._year_full)
        self._caption = ""
        self._notice_for: DatePart | None = None  # the part whose range the notice says
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.day)
        self.retranslate()

    # -- value -------------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        if any(part.is_blank() for part in self.parts):
            return None
        return dt.date(self.year.value(), self.month.value(), self.day.value())

    def is_empty(self) -> bool:
        return all(part.is_blank() for part in self.parts)

    def set_date(self, value: dt.date | None) -> None:
        for part in self.parts:
            part.setValue(part.blank())
        if value is not None:
            self.year.setValue(value.year)
            self.month.setValue(value.month)
            self.day.setValue(value.day)

    def text(self) -> str:
        value = self.date()
        return value.strftime("%d.%m.%Y") if value is not None else ""

    def setText(self, text: str) -> None:
        """``DD.MM.YYYY`` or ISO; anything else (or a date outside the years) leaves it blank."""
        text = text.strip()
        try:
            if m := _DMY.fullmatch(text):
                parsed: dt.date | None = dt.date(int(m[3]), int(m[2]), int(m[1]))
            else:
                parsed = dt.date.fromisoformat(text) if text else None
        except ValueError:
            parsed = None
        if parsed is not None and not (self.year.minimum() < parsed.year <= self.year.maximum()):
            parsed = None
        self.set_date(parsed)

    def clear(self) -> None:
        self.set_date(None)
        self._say("")

    # -- keeping the day possible ------------------------------------------------------------

    def _days(self) -> int:
        month = self.month.value()
        if self.month.is_blank():
            return 31
        year = self.year.value() if not self.year.is_blank() else 2000  # 29 February may be
        return calendar.monthrange(year, month)[1]

    def _value_changed(self) -> None:
        days = self._days()
        if self.day.value() > days:
            # Never moved to another day silently: blank it and say why.
            bad = self.day.value()
            self.day.blockSignals(True)
            self.day.setValue(self.day.blank())
            self.day.blockSignals(False)
            self._say(
                fill(
                    translate(
                        "DateInput", "There is no day %1 in that month: enter the day again."
                    ),
                    str(bad),
                ),
                self.day,
            )
        elif self._notice_for is None or not self._notice_for.is_blank():
            self._say("")  # the part the notice was about has a value now
        self.day.setMaximum(days)
        self.changed.emit()

    def _out_of_range(self, part: DatePart) -> None:
        low, high = str(part.minimum() + 1), str(part.maximum())
        if part is self.year:
            text = fill(translate("DateInput", "The year must be between %1 and %2."), low, high)
        elif part is self.month:
            text = translate("DateInput", "The month must be between 1 and 12.")
        else:
            text = fill(translate("DateInput", "The day must be between 1 and %1."), high)
        self._say(text, part)

    def _say(self, text: str, part: DatePart | None = None) -> None:
        self._notice_for = part if text else None
        set_label(self.notice, text)

    def _advance(self, part: DatePart) -> None:
        part.setFocus(Qt.FocusReason.TabFocusReason)

    def _year_full(self) -> None:
        self.editingFinished.emit()

    def _part_finished(self) -> None:
        # Only when the focus leaves the whole date (not from day to month).
        QTimer.singleShot(0, self, self._maybe_finished)

    def _maybe_finished(self) -> None:
        if not any(part.hasFocus() for part in self.parts):
            self.editingFinished.emit()

    # -- texts -------------------------------------------------------------------------------

    def set_caption(self, caption: str) -> None:
        self._caption = caption
        self.retranslate()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.set_caption(name)

    def setAccessibleDescription(self, text: str) -> None:
        super().setAccessibleDescription(text)
        for part in self.parts:
            part.setAccessibleDescription(text)

    def retranslate(self) -> None:
        names = (
            (self.day, translate("DateInput", "day"), translate("DateInput", "DD")),
            (self.month, translate("DateInput", "month"), translate("DateInput", "MM")),
            (self.year, translate("DateInput", "year"), translate("DateInput", "YYYY")),
        )
        for part, name, blank in names:
            part.setSpecialValueText(blank)
            part.setAccessibleName(f"{self._caption}: {name}" if self._caption else name)
