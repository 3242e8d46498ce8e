"""The on-screen keyboard of a touch terminal, for every field (``[kiosk] on_screen_keyboard``).

Why not Qt Virtual Keyboard (in the PySide6 wheels): it loads its QML on Qt's type-loader
thread while the GUI thread waits; that thread calls ``QCoreApplication.translate`` (for
error texts it builds along the way), which enters the kiosk's translator, a Python
``QTranslator``, which needs the GIL the waiting GUI thread holds whenever Python code moved
the focus (a screen focusing its first field): the kiosk hangs for good. So the keyboard is
made of widgets, inside the kiosk window (:class:`OnScreenKeyboard`): no QML, nothing loaded
at the start, and the window's layout makes room for it, so it never covers the field.

Each field says what it holds with Qt's input method hints (:func:`hint_field`): the keyboard
shows digits for a date part, a dial pad for a phone number, ``@`` for an e-mail address,
letters in the typist's language for names (the customer's, or staff's on a staff screen).
Keys send real key events to the focused field, so a field behaves as with a physical
keyboard (a date part moves on after its digits, Enter goes to the next field)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

QML_KEYBOARD = "qtvirtualkeyboard"


def avoid_qml_keyboard(environ: MutableMapping[str, str] | None = None) -> None:
    """Before the QApplication exists: never Qt Virtual Keyboard, even when the session's
    environment asks for it (it would hang the kiosk, see above). Another input method
    (ibus, compose) is kept."""
    env = os.environ if environ is None else environ
    if env.get("QT_IM_MODULE") == QML_KEYBOARD:
        log.warning("QT_IM_MODULE=%s ignored: the kiosk has an on-screen keyboard of its own",
                    QML_KEYBOARD)
        del env["QT_IM_MODULE"]


class FieldKind(Enum):
    """What a field holds, which decides the keys the keyboard offers."""

    TEXT = "text"  # free text
    NAME = "name"  # a person's or place's name: a capital after a space or hyphen
    CODE = "code"  # an identifier, path or colour (#0055aa): as typed, no capitals added
    COUNTRY = "country"  # a country code (CH): capitals
    DIGITS = "digits"  # a number, a date part, a PIN
    PHONE = "phone"  # a phone number: the dial pad (+, digits, spaces)
    EMAIL = "email"
    URL = "url"
    SECRET = "secret"  # a password or client secret: kept nowhere


_H = Qt.InputMethodHint
# No word prediction anywhere (names, numbers and codes are no dictionary words); Qt's names
# so that a system input method reads the same hints.
_PLAIN = _H.ImhNoPredictiveText
_LITERAL = _PLAIN | _H.ImhNoAutoUppercase
HINTS: dict[FieldKind, Qt.InputMethodHint] = {
    FieldKind.TEXT: _PLAIN,
    FieldKind.NAME: _PLAIN,
    FieldKind.CODE: _LITERAL,
    FieldKind.COUNTRY: _PLAIN | _H.ImhPreferUppercase,
    FieldKind.DIGITS: _LITERAL | _H.ImhDigitsOnly,
    FieldKind.PHONE: _LITERAL | _H.ImhDialableCharactersOnly,
    FieldKind.EMAIL: _LITERAL | _H.ImhEmailCharactersOnly,
    FieldKind.URL: _LITERAL | _H.ImhUrlCharactersOnly,
    FieldKind.SECRET: _LITERAL | _H.ImhSensitiveData | _H.ImhHiddenText,
}
# The fields of the data form and the settings screen, by name (others: free text).
FIELD_KINDS: dict[str, FieldKind] = {
    "first_name": FieldKind.NAME, "last_name": FieldKind.NAME,
    "place_of_birth": FieldKind.NAME, "dob": FieldKind.DIGITS, "validity": FieldKind.DIGITS,
    "nationality": FieldKind.COUNTRY, "country": FieldKind.COUNTRY,
    "mobile": FieldKind.PHONE, "email": FieldKind.EMAIL, "external_id": FieldKind.CODE,
    "api_url": FieldKind.URL, "token_url": FieldKind.URL, "ras_url": FieldKind.URL,
    "client_id": FieldKind.CODE, "client_secret": FieldKind.SECRET, "logo": FieldKind.CODE,
    "primary_color": FieldKind.CODE, "accent_color": FieldKind.CODE,
    "idle_timeout_s": FieldKind.DIGITS, "pro_nr": FieldKind.CODE,
}
# A new staff PIN on the settings screen: digits, kept nowhere.
_PIN_FIELDS = frozenset({"new_pin", "new_pin_again"})


def hint_field(widget: QWidget, kind: FieldKind, *, personal: bool = False) -> None:
    """Tell the keyboard what ``widget`` holds (a date input: each of its parts). ``personal``
    (the customer's data): also ``ImhSensitiveData`` (a system input method learns nothing)."""
    hints = HINTS[kind] | (_H.ImhSensitiveData if personal else _H.ImhNone)
    parts: tuple[QWidget, ...] = getattr(widget, "parts", (widget,))
    for part in parts:
        part.setInputMethodHints(hints)


def hint_named_field(widget: QWidget, name: str, *, personal: bool = False) -> None:
    """:func:`hint_field` for the field called ``name`` (see ``FIELD_KINDS``)."""
    if name in _PIN_FIELDS:
        widget.setInputMethodHints(HINTS[FieldKind.DIGITS] | HINTS[FieldKind.SECRET])
        return
    hint_field(widget, FIELD_KINDS.get(name, FieldKind.TEXT), personal=personal)


def no_keyboard(widget: QWidget) -> None:
    """A field with keys of its own beside it (the PIN pad): no on-screen keyboard. (Call it
    after ``setEchoMode``: a line edit sets the attribute again there.)"""
    widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)


class Pad(Enum):
    """The keyboard's pages."""

    LETTERS = "letters"
    DIGITS = "digits"
    PHONE = "phone"


@dataclass(frozen=True)
class Page:
    """What the keyboard shows for one field."""

    pad: Pad
    extras: str = ""  # keys beside the space bar (the e-mail's @)
    space: bool = True
    capitals: str = "auto"  # auto (a capital to start a word), never, always


def page_for(hints: Qt.InputMethodHint) -> Page:
    """The keyboard page for a field with ``hints``."""
    def has(flag: Qt.InputMethodHint) -> bool:
        return bool(hints & flag)

    if has(_H.ImhDigitsOnly) or has(_H.ImhFormattedNumbersOnly):
        return Page(Pad.DIGITS)
    if has(_H.ImhDialableCharactersOnly):
        return Page(Pad.PHONE)
    if has(_H.ImhPreferUppercase) or has(_H.ImhUppercaseOnly):
        capitals = "always"
    elif has(_H.ImhNoAutoUppercase):
        capitals = "never"
    else:
        capitals = "auto"
    if has(_H.ImhEmailCharactersOnly):
        return Page(Pad.LETTERS, "@.-_", space=False, capitals="never")
    if has(_H.ImhUrlCharactersOnly):
        return Page(Pad.LETTERS, ":/.-_", space=False, capitals="never")
    return Page(Pad.LETTERS, ",.-'", capitals=capitals)


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
    return LETTER_ROWS.get(language.replace("-", "_").split("_", 1)[0].lower(),
                           LETTER_ROWS["en"])


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
    return text[position - 1:position]


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
            "#onScreenKeyboard QPushButton:checked { background: #0b5cad; }")
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
        page = page_for(Qt.InputMethodHint(int(field.inputMethodQuery(
            Qt.InputMethodQuery.ImHints) or 0)))
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

    def _key(self, row: QBoxLayout | QGridLayout, text: str, name: str = "", stretch: int = 1,
             *at: int) -> QPushButton:
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
        names = {"shift": self.tr("Capital letter"), "backspace": self.tr("Delete"),
                 "space": self.tr("Space"), "enter": self.tr("Enter"),
                 "hide": self.tr("Hide the keyboard")}
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
        key = Qt.Key.Key_Space if text == " " else (
            Qt.Key(ord(text.upper())) if text.isascii() else Qt.Key.Key_unknown)
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


def _staff_facing(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if getattr(type(parent), "staff_facing", False):
            return True
        parent = parent.parentWidget()
    return False


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


# Room kept between the field and the keyboard (the field's problem line below it).
FIELD_MARGIN = 48


class KeyboardFollower(QObject):
    """Shows the keyboard over the bottom of ``window`` while one of its fields has the focus
    and ``enabled()`` (the setting, read at every focus change: switching it takes effect at
    once), in the language of whoever types there (``languages()``: the customer's and the
    staff's codes). The field's scroll area gets room below its content for the keyboard's
    height and scrolls the field above the keyboard. (Over the window, not in its layout: the
    screens' minimum heights plus the keyboard's would make the window taller than the
    screen.)"""

    def __init__(self, window: QWidget, languages: Callable[[], tuple[str, str]],
                 enabled: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.languages = languages
        self.enabled = enabled
        self.keyboard = OnScreenKeyboard(window)
        self.keyboard.hide()
        self.keyboard.dismissed.connect(self._hide_key)
        # The scrolled content given room at its bottom, with its own bottom margin.
        self._padded: tuple[QWidget, int] | None = None
        # A web view made shorter to end above the keys, with its own maximum height.
        self._shortened: tuple[QWidget, int] | None = None
        self._hidden_for: QWidget | None = None  # the field whose keyboard was put away
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        # A web page's input taking or leaving its focus moves no widget focus: the web view
        # updates the input method (the cursor's rectangle among it) instead.
        QGuiApplication.inputMethod().cursorRectangleChanged.connect(self._input_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize \
                and self.keyboard.isVisible():
            self._place()
            QTimer.singleShot(0, self, self._keep_in_view)
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._hidden_for = None
        self.follow(new)

    def _input_changed(self) -> None:
        field = QApplication.focusWidget()
        if field is None or not in_web_view(field) or field is self._hidden_for:
            return
        self.follow(field)  # another input of the page (other keys), or none: hidden

    def follow(self, field: QWidget | None = None) -> None:
        """Show the keyboard for ``field`` (the focused widget), or hide it."""
        field = QApplication.focusWidget() if field is None else field
        if (field is None or field.window() is not self.window or not is_typing_field(field)
                or not self.enabled()):
            self._dismiss()
            return
        customer, staff = self.languages()
        self.keyboard.serve(field, staff if _staff_facing(field) else customer)
        self._place()
        self.keyboard.show()
        self.keyboard.raise_()
        QTimer.singleShot(0, self, self._keep_in_view)

    def _hide_key(self) -> None:
        self._hidden_for = self.keyboard.target
        self._dismiss()

    def _dismiss(self) -> None:
        self.keyboard.target = None
        self.keyboard.hide()
        self._unpad()
        self._lengthen()

    def _lengthen(self) -> None:
        if self._shortened is not None:
            host, bottom = self._shortened
            self._shortened = None
            m = host.contentsMargins()
            host.setContentsMargins(m.left(), m.top(), m.right(), bottom)

    def _shorten(self, field: QWidget) -> None:
        """A web page cannot be scrolled from here: its view ends above the keys instead (the
        widget that holds it leaves the keyboard's height free at its bottom; the page lays
        itself out again, the customer scrolls it by touch)."""
        view: QWidget | None = field
        while view is not None and not view.inherits("QWebEngineView"):
            view = view.parentWidget()
        host = view.parentWidget() if view is not None else None
        if host is None:
            return
        if self._shortened is None or self._shortened[0] is not host:
            self._lengthen()
            self._shortened = (host, host.contentsMargins().bottom())
        bottom = host.mapTo(self.window, QPoint(0, host.height())).y()
        covered = max(0, bottom - self.keyboard.y())
        m = host.contentsMargins()
        host.setContentsMargins(m.left(), m.top(), m.right(), self._shortened[1] + covered)

    def _place(self) -> None:
        layout = self.keyboard.layout()
        if layout is not None:
            layout.activate()  # its height for the page just built
        width = self.window.width()
        height = self.keyboard.sizeHint().height()
        self.keyboard.setGeometry(0, self.window.height() - height, width, height)

    def _unpad(self) -> None:
        if self._padded is not None:
            content, bottom = self._padded
            self._padded = None
            m = content.contentsMargins()
            content.setContentsMargins(m.left(), m.top(), m.right(), bottom)

    def _keep_in_view(self) -> None:
        field = self.keyboard.target
        if field is None or not self.keyboard.isVisible():
            return
        area = _scroll_area_of(field)
        if area is None or area.widget() is None:
            if in_web_view(field):
                self._shorten(field)
            return
        viewport = area.viewport()
        top_of_keys = viewport.mapFrom(self.window, QPoint(0, self.keyboard.y())).y()
        covered = max(0, viewport.height() - top_of_keys)
        content = area.widget()
        assert content is not None
        if self._padded is None or self._padded[0] is not content:
            self._unpad()
            self._padded = (content, content.contentsMargins().bottom())
        m = content.contentsMargins()
        wanted = self._padded[1] + covered  # the last field can scroll above the keys
        if m.bottom() != wanted:
            content.setContentsMargins(m.left(), m.top(), m.right(), wanted)
            layout = content.layout()
            if layout is not None:
                layout.activate()
            QCoreApplication.sendPostedEvents(content, QEvent.Type.LayoutRequest.value)
        top = field.mapTo(viewport, QPoint(0, 0)).y()
        bottom = top + field.height()
        shown_bottom = viewport.height() - covered - FIELD_MARGIN
        bar = area.verticalScrollBar()
        if bottom > shown_bottom:
            bar.setValue(bar.value() + bottom - shown_bottom)
        elif top < 0:
            bar.setValue(bar.value() + top)


def follow_keyboard(window: QWidget, languages: Callable[[], tuple[str, str]],
                    enabled: Callable[[], bool]) -> KeyboardFollower:
    """The on-screen keyboard for ``window``'s fields (see :class:`KeyboardFollower`)."""
    return KeyboardFollower(window, languages, enabled)
