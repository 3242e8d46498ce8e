"""The on-screen keyboard of a touch terminal, for every field (``[kiosk] on_screen_keyboard``):
keys made of widgets, over the bottom of the kiosk window (:mod:`kiosk.ui.keyboard_follower`
shows it and keeps the field above it).

Why not Qt Virtual Keyboard (in the PySide6 wheels): it loads its QML on Qt's type-loader
thread while the GUI thread waits; that thread calls ``QCoreApplication.translate`` (for
error texts it builds along the way), which enters the kiosk's translator, a Python
``QTranslator``, which needs the GIL that the waiting GUI thread holds whenever Python code
moved the focus (a screen focusing its first field): the kiosk hangs for good. Widgets load
nothing at the start and cannot hang that way.

The page of keys follows the field's input method hints (:mod:`kiosk.ui.input_hints`), the
letters the typist's language. Keys send real key events to the focused field, so a field
behaves as with a physical keyboard (a date part moves on after its digits, Enter goes to the
next field)."""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .input_hints import Pad, Page, page_for

log = logging.getLogger(__name__)
_H = Qt.InputMethodHint

QML_KEYBOARD = "qtvirtualkeyboard"


def avoid_qml_keyboard(environ: MutableMapping[str, str] | None = None) -> None:
    """Before the QApplication exists: never Qt Virtual Keyboard, even when the session's
    environment asks for it (it would hang the kiosk, see above). Another input method
    (ibus, compose) is kept."""
    env = os.environ if environ is None else environ
    if env.get("QT_IM_MODULE") == QML_KEYBOARD:
        log.warning(
            "QT_IM_MODULE=%s ignored: the kiosk has an on-screen keyboard of its own", QML_KEYBOARD
        )
        del env["QT_IM_MODULE"]


# The letters per language: Switzerland types QWERTZ in German, French and Italian alike,
# each language's accented letters on a row of their own; English QWERTY.
LETTER_ROWS: dict[str, tuple[str, ...]] = {
    "de": ("qwertzuiopü", "asdfghjklöä", "yxcvbnm", "éèàç"),
    "fr": ("qwertzuiop", "asdfghjkl", "yxcvbnm", "éèàçêâôëïü"),
    "it": ("qwertzuiop", "asdfghjkl", "yxcvbnm", "àèéìòù"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm", ""),
}


def letter_rows(language: str) -> tuple[str, ...]:
    """The letter rows for a language code (``de``, ``de_CH``, ``fr-CH`` ...; others:
    English)."""
    return LETTER_ROWS.get(language.replace("-", "_").split("_", 1)[0].lower(), LETTER_ROWS["en"])


def in_web_view(widget: QWidget) -> bool:
    """``widget`` is (inside) a web view: its page's text inputs take text."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent.inherits("QWebEngineView"):
            return True
        parent = parent.parentWidget()
    return False


def is_typing_field(widget: QWidget | None) -> bool:
    """A field the keyboard types into: a line edit or spin box that takes text input, or a
    web page's text input (the web view takes input methods while one has the focus)."""
    if widget is None or not widget.isEnabled():
        return False
    takes_input = widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return takes_input and not widget.isReadOnly()
    if not in_web_view(widget):
        return False
    # A page's password input: the web view turns input methods off (no system input method
    # may see it) but still says it holds hidden text.
    hints = int(widget.inputMethodQuery(Qt.InputMethodQuery.ImHints) or 0)
    return takes_input or bool(hints & _H.ImhHiddenText.value)


KEY_HEIGHT = 56  # px: a fingertip (the PIN pad's keys are larger still)
MAX_WIDTH = 1100  # px: wider, the keys would be far apart on a large screen


def _before_cursor(field: QWidget | None) -> str:
    """The character before the field's cursor ("" at the start), as its input method query
    says (a line edit or a web page's input alike)."""
    if field is None:
        return ""
    text = field.inputMethodQuery(Qt.InputMethodQuery.ImSurroundingText)
    position = field.inputMethodQuery(Qt.InputMethodQuery.ImCursorPosition)
    if not isinstance(text, str) or not isinstance(position, int) or position <= 0:
        return ""
    return text[position - 1 : position]


class OnScreenKeyboard(QWidget):
    """The keys; they never take the focus, the field keeps it and gets key events."""

    dismissed = Signal()  # the hide key: no keyboard until the next field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#onScreenKeyboard { background: #2b3138; }"
            "#onScreenKeyboard QPushButton { background: #4a525c; color: white; border: none;"
            " border-radius: 6px; font-size: 22px; min-width: 0px; padding: 0px; }"
            "#onScreenKeyboard QPushButton:pressed { background: #6b7580; }"
            "#onScreenKeyboard QPushButton:checked { background: #0b5cad; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.target: QWidget | None = None
        self.page = Page(Pad.LETTERS)
        self.language = "en"
        self.shift = False
        self.keys: dict[str, QPushButton] = {}  # by the text typed (lower case), and names
        self.outer = QHBoxLayout(self)
        self.outer.setContentsMargins(8, 8, 8, 8)
        self.body = QWidget(self)  # one page of keys; a new one for another page
        self.outer.addWidget(self.body)
        self.rows = QVBoxLayout(self.body)
        self._built: tuple[Page, str] | None = None

    # -- what is shown -------------------------------------------------------------------

    def serve(self, field: QWidget, language: str) -> None:
        """Type into ``field``, with the keys its hints ask for, in ``language``."""
        self.target = field
        # Asked, not read: a web page's input says what it is (tel, email ...) this way.
        page = page_for(
            Qt.InputMethodHint(int(field.inputMethodQuery(Qt.InputMethodQuery.ImHints) or 0))
        )
        if page.capitals == "auto" and in_web_view(field):
            page = replace(page, capitals="never")  # a user name, a password: as typed
        if self._built != (page, language):
            self.page, self.language = page, language
            self._build()
        self._auto_shift()

    def _build(self) -> None:
        self._clear()
        self.keys = {}
        self.shift = False
        if self.page.pad is Pad.LETTERS:
            self._letters()
        else:
            self._pad()
        self._built = (self.page, self.language)
        self.body.show()  # now: the keyboard's height is measured next
        self.retranslate()

    def _clear(self) -> None:
        self.outer.removeWidget(self.body)
        self.body.hide()
        self.body.deleteLater()  # with its keys
        self.body = QWidget(self)
        self.body.setMaximumWidth(MAX_WIDTH)
        self.outer.addWidget(self.body)
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)

    def _row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.rows.addLayout(row)
        return row

    def _key(
        self, row: QBoxLayout | QGridLayout, text: str, name: str = "", stretch: int = 1, *at: int
    ) -> QPushButton:
        key = QPushButton(text)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        # The row's width shared out by stretch, whatever the style's button minimum.
        key.setMinimumWidth(0)
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        key.setFixedHeight(KEY_HEIGHT)
        key.setAutoRepeat(name == "backspace")
        key.setAccessibleName(text)
        if isinstance(row, QGridLayout):
            row.addWidget(key, *at)
        else:
            row.addWidget(key, stretch)
        self.keys[name or text] = key
        if name in ("", "space"):
            key.clicked.connect(lambda _=False, t=text: self._type(t))
        return key

    def _letters(self) -> None:
        rows = letter_rows(self.language)
        digits = self._row()
        for ch in "1234567890":
            self._key(digits, ch)
        for i, letters in enumerate(rows[:3]):
            row = self._row()
            if i == 2:
                shift = self._key(row, "⇧", "shift", 3)
                shift.setCheckable(True)
                shift.clicked.connect(self._toggle_shift)
            for ch in letters:
                self._key(row, ch)
            if i == 2:
                self._backspace(row, 3)
        bottom = self._row()
        for ch in rows[3]:
            self._key(bottom, ch)
        for ch in self.page.extras:
            self._key(bottom, ch)
        if self.page.space:
            self._key(bottom, " ", "space", 6)
        self._enter(bottom, 3)
        self._hide_key(bottom, 2)

    def _pad(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(6)
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addLayout(grid, 3)
        holder.addStretch(1)
        self.rows.addLayout(holder)
        for i, ch in enumerate("123456789"):
            self._key(grid, ch, "", 1, i // 3, i % 3)
        phone = self.page.pad is Pad.PHONE
        # The date's separator moves on to the next part; a phone number's + and spaces.
        self._key(grid, "+" if phone else ".", "", 1, 3, 0)
        self._key(grid, "0", "", 1, 3, 1)
        if phone:
            self._key(grid, " ", "space", 1, 3, 2)
        self._backspace(grid, 1, 0, 3)
        self._enter(grid, 1, 1, 3)
        self._hide_key(grid, 1, 2, 3)

    def _backspace(self, row: QBoxLayout | QGridLayout, stretch: int, *at: int) -> None:
        key = self._key(row, "⌫", "backspace", stretch, *at)
        key.clicked.connect(lambda: self._send(Qt.Key.Key_Backspace))

    def _enter(self, row: QBoxLayout | QGridLayout, stretch: int, *at: int) -> None:
        key = self._key(row, "↵", "enter", stretch, *at)
        key.clicked.connect(lambda: self._send(Qt.Key.Key_Return))

    def _hide_key(self, row: QBoxLayout | QGridLayout, stretch: int, *at: int) -> None:
        key = self._key(row, "⌄", "hide", stretch, *at)
        key.clicked.connect(self.dismissed.emit)

    def retranslate(self) -> None:
        names = {
            "shift": self.tr("Capital letter"),
            "backspace": self.tr("Delete"),
            "space": self.tr("Space"),
            "enter": self.tr("Enter"),
            "hide": self.tr("Hide the keyboard"),
        }
        for name, text in names.items():
            key = self.keys.get(name)
            if key is not None:
                key.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- typing --------------------------------------------------------------------------

    def _toggle_shift(self) -> None:
        self._set_shift(not self.shift)

    def _set_shift(self, on: bool) -> None:
        self.shift = on
        shift = self.keys.get("shift")
        if shift is not None:
            shift.setChecked(on)
        for text, key in self.keys.items():
            if len(text) == 1 and text.isalpha():  # the labels; what is typed follows shift
                key.setText(text.upper() if on else text)
                key.setAccessibleName(key.text())

    def _auto_shift(self) -> None:
        """A capital to start a name or word (``auto``), always for a country code."""
        if self.page.pad is not Pad.LETTERS:
            return
        if self.page.capitals == "always":
            self._set_shift(True)
            return
        if self.page.capitals == "never":
            self._set_shift(False)
            return
        self._set_shift(_before_cursor(self.target) in ("", " ", "-"))

    def _type(self, text: str) -> None:
        text = text.upper() if self.shift else text
        key = (
            Qt.Key.Key_Space
            if text == " "
            else (Qt.Key(ord(text.upper())) if text.isascii() else Qt.Key.Key_unknown)
        )
        self._send(key, text)

    def _send(self, key: Qt.Key, text: str = "") -> None:
        target = self.target
        if target is None:
            return
        modifiers = Qt.KeyboardModifier.NoModifier
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        if self.target is target:
            self._auto_shift()
