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
letters the typist's language. Every letters page switches to the symbols (every printable ASCII
character: any password) and to the accented letters of names (a name exactly as on the ID
document, whatever language the customer reads). The keys grow with the text (larger text,
the customer's "Aa"). Keys send real key events to the focused field, so a field
behaves as with a physical keyboard (a date part moves on after its digits, Enter goes to the
next field)."""

from __future__ import annotations

import logging
from dataclasses import replace
from enum import Enum

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
from .style import text_scale

log = logging.getLogger(__name__)
_H = Qt.InputMethodHint

# The letters per language: Switzerland types QWERTZ in German, French and Italian alike,
# each language's accented letters on a row of their own; English QWERTY.
LETTER_ROWS: dict[str, tuple[str, ...]] = {
    "de": ("qwertzuiopü", "asdfghjklöä", "yxcvbnm", "éèàç"),
    "fr": ("qwertzuiop", "asdfghjkl", "yxcvbnm", "éèàçêâôëïü"),
    "it": ("qwertzuiop", "asdfghjkl", "yxcvbnm", "àèéìòù"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm", ""),
}


# The symbols page: every printable ASCII character that is no letter or digit (any password;
# the digits are on its top row), and the currency and other signs of a Swiss keyboard.
SYMBOL_ROWS = ("!@#$%^&*()=", "-_+[]{}\\|;:", "'\"`~<>,./?", "€£§°")
# The accents page: the accented letters of names in Switzerland, its neighbours and the
# countries many of its residents come from (Portugal, Spain, the Balkans, Turkey, Poland,
# Czechia, Hungary, Romania, Scandinavia), by their base letter.
ACCENT_ROWS = ("àáâäãåæąăçćčďđ", "èéêëęěğìíîïıłñńň", "òóôöõøœőřßśšşș", "ťțùúûüůűýÿźżž")


class Layer(Enum):
    """What a letters page shows: the language's letters, the symbols or the accents."""

    LETTERS = "letters"
    SYMBOLS = "symbols"
    ACCENTS = "accents"


# The keys that switch between them: their labels (the same in every language).
LAYER_LABELS = {Layer.LETTERS: "ABC", Layer.SYMBOLS: "#+=", Layer.ACCENTS: "àé"}


def capital(letter: str) -> str:
    """The capital ``letter`` types with shift: one character (``ß`` stays ``ß``, as on the
    documents; no name starts with it)."""
    upper = letter.upper()
    return upper if len(upper) == 1 else letter


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
FONT_PX = 22
SPACING, MARGIN, ROWS = 6, 8, 5  # the letters pages' five rows
# Stretches in half keys: a letter is 2, the keys around it wider.
LETTER, WIDE, SWITCH, SPACE, ENTER, HIDE = 2, 6, 3, 12, 6, 4

_STYLE = (
    "#onScreenKeyboard { background: #2b3138; }"
    "#onScreenKeyboard QPushButton { background: #4a525c; color: white; border: none;"
    " border-radius: 6px; font-size: %dpx; min-width: 0px; padding: 0px; }"
    "#onScreenKeyboard QPushButton:pressed { background: #6b7580; }"
    "#onScreenKeyboard QPushButton:checked { background: #0b5cad; }"
)


def key_height(scale: float, window_height: int) -> int:
    """A key's height for the text's ``scale``: larger with larger text, but the keyboard
    within half the window (never below a fingertip's ``KEY_HEIGHT``)."""
    wanted = round(KEY_HEIGHT * scale)
    if window_height <= 0:
        return wanted
    room = (window_height // 2 - 2 * MARGIN - (ROWS - 1) * SPACING) // ROWS
    return max(KEY_HEIGHT, min(wanted, room))


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
    restyled = Signal()  # shown while the text grew or shrank: its keys want building again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.scale = 1.0  # the text's scale the keys were styled for
        self.key_height = KEY_HEIGHT
        self.setStyleSheet(_STYLE % FONT_PX)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.target: QWidget | None = None
        self.page = Page(Pad.LETTERS)
        self.language = "en"
        self.layer = Layer.LETTERS
        self.shift = False
        self.keys: dict[str, QPushButton] = {}  # by the text typed (lower case), and names
        self.outer = QHBoxLayout(self)
        self.outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.body = QWidget(self)  # one page of keys; a new one for another page
        self.outer.addWidget(self.body)
        self.rows = QVBoxLayout(self.body)
        self._built: tuple[Page, str, Layer, int] | None = None

    # -- what is shown -------------------------------------------------------------------

    def serve(self, field: QWidget, language: str) -> None:
        """Type into ``field``, with the keys its hints ask for, in ``language``."""
        # Asked, not read: a web page's input says what it is (tel, email ...) this way.
        page = page_for(
            Qt.InputMethodHint(int(field.inputMethodQuery(Qt.InputMethodQuery.ImHints) or 0))
        )
        if page.capitals == "auto" and in_web_view(field):
            page = replace(page, capitals="never")  # a user name, a password: as typed
        if field is not self.target or page != self.page:
            self.layer = Layer.LETTERS  # another field starts with its letters
        self.target = field
        self.page, self.language = page, language
        self._restyle()
        if self._built != self._wanted():
            self._build()
        self._auto_shift()

    def _wanted(self) -> tuple[Page, str, Layer, int]:
        return (self.page, self.language, self.layer, self.key_height)

    def _restyle(self) -> None:
        """Keys and their font as large as the text is now (see ``key_height``)."""
        window = self.parentWidget()
        self.key_height = key_height(text_scale(), window.height() if window else 0)
        if text_scale() != self.scale:
            self.scale = text_scale()  # first: the style change below asks for it
            self.setStyleSheet(_STYLE % round(FONT_PX * self.scale))

    def show_layer(self, layer: Layer) -> None:
        """The letters, symbols or accents of the page shown (its switch keys)."""
        if self.page.pad is Pad.LETTERS and layer is not self.layer:
            self.layer = layer
            self._build()
            self._auto_shift()

    def _build(self) -> None:
        self._clear()
        self.keys = {}
        self.shift = False
        if self.page.pad is not Pad.LETTERS:
            self._pad()
        elif self.layer is Layer.SYMBOLS:
            self._symbols()
        elif self.layer is Layer.ACCENTS:
            self._accents()
        else:
            self._letters()
        self._built = self._wanted()
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
        self.rows.setSpacing(SPACING)

    def _row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.rows.addLayout(row)
        return row

    def _key(
        self,
        row: QBoxLayout | QGridLayout,
        text: str,
        name: str = "",
        stretch: int = LETTER,
        *at: int,
    ) -> QPushButton:
        key = QPushButton(text.replace("&", "&&"))  # a single & would mark a shortcut
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        # The row's width shared out by stretch, whatever the style's button minimum.
        key.setMinimumWidth(0)
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        key.setFixedHeight(self.key_height)
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
        self._keys(self._row(), "1234567890")
        self._keys(self._row(), rows[0])
        self._keys(self._row(), rows[1])
        self._shifted_row(rows[2])
        self._bottom(Layer.SYMBOLS, Layer.ACCENTS, rows[3] + self.page.extras)

    def _symbols(self) -> None:
        self._keys(self._row(), "1234567890")
        self._keys(self._row(), SYMBOL_ROWS[0])
        self._keys(self._row(), SYMBOL_ROWS[1])
        last = self._row()
        self._keys(last, SYMBOL_ROWS[2])
        self._backspace(last, WIDE)
        self._bottom(Layer.LETTERS, Layer.ACCENTS, SYMBOL_ROWS[3])

    def _accents(self) -> None:
        for letters in ACCENT_ROWS[:3]:
            self._keys(self._row(), letters)
        self._shifted_row(ACCENT_ROWS[3])
        self._bottom(Layer.SYMBOLS, Layer.LETTERS, self.page.extras)

    def _keys(self, row: QHBoxLayout, characters: str) -> None:
        for ch in characters:
            self._key(row, ch)

    def _shifted_row(self, letters: str) -> None:
        """Shift, ``letters``, backspace."""
        row = self._row()
        shift = self._key(row, "⇧", "shift", WIDE)
        shift.setCheckable(True)
        shift.clicked.connect(self._toggle_shift)
        self._keys(row, letters)
        self._backspace(row, WIDE)

    def _bottom(self, first: Layer, second: Layer, characters: str) -> None:
        """The switches to two other layers, ``characters``, space, enter, hide."""
        bottom = self._row()
        for layer in (first, second):
            key = self._key(bottom, LAYER_LABELS[layer], layer.value, SWITCH)
            key.clicked.connect(lambda _=False, to=layer: self.show_layer(to))
        self._keys(bottom, characters)
        if self.page.space:
            # Narrower beside many keys (French accents): a letter as wide as elsewhere.
            self._key(bottom, " ", "space", SPACE if len(characters) <= 6 else SPACE // 2)
        self._enter(bottom, ENTER)
        self._hide_key(bottom, HIDE)

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
        # The date's separator moves on to the next part (none for a PIN); a phone number's
        # + and spaces.
        if phone or self.page.extras:
            self._key(grid, "+" if phone else self.page.extras, "", 1, 3, 0)
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
            Layer.LETTERS.value: self.tr("Letters"),
            Layer.SYMBOLS.value: self.tr("Symbols"),
            Layer.ACCENTS.value: self.tr("Accented letters"),
        }
        for name, text in names.items():
            key = self.keys.get(name)
            if key is not None:
                key.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (
            event.type() == QEvent.Type.StyleChange
            and text_scale() != self.scale
            and self.isVisible()
        ):
            self.restyled.emit()  # the text's size changed under the keys
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
                key.setText(capital(text) if on else text)
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
        text = capital(text) if self.shift else text
        key = (
            Qt.Key.Key_Space
            if text == " "
            else (Qt.Key(ord(capital(text))) if text.isascii() else Qt.Key.Key_unknown)
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
