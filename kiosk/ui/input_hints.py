"""What each field holds, told to the on-screen keyboard (and any system input method) with
Qt's input method hints, and the keyboard page those hints call for: digits for a date part,
a dial pad for a phone number, ``@`` for an e-mail address, letters for names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


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
    "first_name": FieldKind.NAME,
    "last_name": FieldKind.NAME,
    "place_of_birth": FieldKind.NAME,
    "dob": FieldKind.DIGITS,
    "validity": FieldKind.DIGITS,
    "nationality": FieldKind.COUNTRY,
    "country": FieldKind.COUNTRY,
    "mobile": FieldKind.PHONE,
    "email": FieldKind.EMAIL,
    "external_id": FieldKind.CODE,
    "api_url": FieldKind.URL,
    "token_url": FieldKind.URL,
    "ras_url": FieldKind.URL,
    "client_id": FieldKind.CODE,
    "client_secret": FieldKind.SECRET,
    "logo": FieldKind.CODE,
    "primary_color": FieldKind.CODE,
    "accent_color": FieldKind.CODE,
    "idle_timeout_s": FieldKind.DIGITS,
    "staff_idle_s": FieldKind.DIGITS,
    "pro_nr": FieldKind.CODE,
}
# The staff PIN fields of the settings screen: digits, kept nowhere.
_PIN_FIELDS = frozenset({"current_pin", "new_pin", "new_pin_again"})


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
    extras: str = ""  # keys beside the space bar (the e-mail's @); the digit pad's "."
    space: bool = True
    capitals: str = "auto"  # auto (a capital to start a word), never, always


def page_for(hints: Qt.InputMethodHint) -> Page:
    """The keyboard page for a field with ``hints``."""

    def has(flag: Qt.InputMethodHint) -> bool:
        return bool(hints & flag)

    if has(_H.ImhDigitsOnly) or has(_H.ImhFormattedNumbersOnly):
        # The "." moves on to a date's next part; a PIN (hidden digits) is digits only.
        return Page(Pad.DIGITS, "" if has(_H.ImhHiddenText) else ".")
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
