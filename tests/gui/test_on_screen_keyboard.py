"""The on-screen keyboard (offscreen): the keys each field asks for through its input method
hints, the PIN pad without it, the typist's language, every symbol and accented letter from
every letters page, keys as large as the text, the field kept above it, the setting switched
live and saved. (The real X display, tapped from outside: the _xvfb tests.)"""

from __future__ import annotations

import string

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app.settings_form import SettingsInput, check_settings
from kiosk.config import Settings
from kiosk.ui.input_hints import FieldKind, Pad, hint_field, page_for
from kiosk.ui.input_method import avoid_qml_keyboard
from kiosk.ui.keyboard import (
    ACCENT_ROWS,
    FONT_PX,
    KEY_HEIGHT,
    SYMBOL_ROWS,
    Layer,
    OnScreenKeyboard,
    is_typing_field,
    key_height,
    letter_rows,
)
from kiosk.ui.keyboard_follower import KeyboardFollower, follow_keyboard
from kiosk.ui.style import LARGE_TEXT_SCALE
from kiosk.ui.widgets.date_input import DateInput
from tests.gui.conftest import Kiosk, run
from tests.gui.flow import choose, click, to_methods
from tests.gui.test_layout_fit import _large_text
from tests.gui.test_settings_screen import PIN, open_settings

_H = Qt.InputMethodHint


@pytest.fixture
def keyboard(kiosk: Kiosk) -> KeyboardFollower:
    """The keyboard as ``kiosk.ui.launch`` sets it up, following the terminal's setting."""
    follower = follow_keyboard(
        kiosk.window,
        lambda: (kiosk.ctl.language.language, kiosk.ctl.language.staff_language),
        lambda: kiosk.ctl.settings.kiosk.on_screen_keyboard,
    )
    return follower  # a child of the window: gone with it, and so its connections


def _parts(edit: QWidget) -> tuple[QWidget, ...]:
    return edit.parts if isinstance(edit, DateInput) else (edit,)


def test_each_customer_field_asks_for_its_keys(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    fields = kiosk.window.data.fields
    expected = {
        "first_name": Pad.LETTERS,
        "last_name": Pad.LETTERS,
        "dob": Pad.DIGITS,
        "mobile": Pad.PHONE,
        "email": Pad.LETTERS,
    }
    assert set(expected) <= set(fields)
    for name, field in fields.items():
        for part in _parts(field.edit):
            hints = part.inputMethodHints()
            # The customer's data: no input method may keep it, none predicts words.
            assert hints & _H.ImhSensitiveData and hints & _H.ImhNoPredictiveText, name
            if name in expected:
                assert page_for(hints).pad is expected[name], name
    email = page_for(fields["email"].edit.inputMethodHints())
    assert "@" in email.extras and not email.space and email.capitals == "never"
    assert page_for(fields["first_name"].edit.inputMethodHints()).capitals == "auto"
    if "nationality" in fields:
        assert page_for(fields["nationality"].edit.inputMethodHints()).capitals == "always"


def test_each_settings_field_asks_for_its_keys(kiosk: Kiosk) -> None:
    s = kiosk.window.settings
    assert s.edits["api_url"].inputMethodHints() & _H.ImhUrlCharactersOnly
    secret = s.edits["client_secret"].inputMethodHints()
    assert secret & _H.ImhSensitiveData and secret & _H.ImhHiddenText
    for pin in ("current_pin", "new_pin", "new_pin_again"):
        hints = s.edits[pin].inputMethodHints()
        assert page_for(hints).pad is Pad.DIGITS and hints & _H.ImhSensitiveData
        assert page_for(hints).extras == ""  # digits only: no "." as a date has
    assert page_for(s.idle.inputMethodHints()).pad is Pad.DIGITS
    assert page_for(s.edits["primary_color"].inputMethodHints()).capitals == "never"


def test_settings_open_without_the_keyboard_and_pins_get_digits_only(
    kiosk: Kiosk, keyboard: KeyboardFollower
) -> None:
    open_settings(kiosk)
    s, keys = kiosk.window.settings, keyboard.keyboard
    # No field focused: the keyboard comes with a tap in one, not over most of the screen.
    assert not is_typing_field(QApplication.focusWidget())
    assert not keys.isVisible()
    kiosk.qtbot.mouseClick(s.edits["new_pin"], Qt.MouseButton.LeftButton)
    kiosk.wait(lambda: keys.isVisible() and keys.page.pad is Pad.DIGITS)
    assert "." not in keys.keys and set("0123456789") <= set(keys.keys)
    for digit in "593721":
        _tap(kiosk, keyboard, digit)
    assert s.edits["new_pin"].text() == "593721"


def test_the_pin_pad_has_its_own_keys_and_no_keyboard(
    kiosk: Kiosk, keyboard: KeyboardFollower
) -> None:
    kiosk.terminal.pins.store.set_pin(PIN)
    click(kiosk, kiosk.window.staff)
    entry = kiosk.window.pin_pad.entry
    kiosk.wait(lambda: entry.hasFocus())
    assert not is_typing_field(entry)
    assert not keyboard.keyboard.isVisible()


def _tap(kiosk: Kiosk, keyboard: KeyboardFollower, key: str) -> None:
    kiosk.qtbot.mouseClick(keyboard.keyboard.keys[key], Qt.MouseButton.LeftButton)


SYMBOLS = "1234567890" + "".join(SYMBOL_ROWS)
ACCENTS = "".join(ACCENT_ROWS)


def _type_text(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Types ``text`` as a customer would: the symbols or accents page where the letters page
    lacks a character, shift for a capital the keyboard does not give by itself."""
    for ch in text:
        name = "space" if ch == " " else ch.lower()
        if name not in keyboard.keys:
            layer = next(
                layer
                for layer in (Layer.SYMBOLS, Layer.ACCENTS, Layer.LETTERS)
                if layer.value in keyboard.keys
                and (name in {Layer.SYMBOLS: SYMBOLS, Layer.ACCENTS: ACCENTS}.get(layer, name))
            )
            qtbot.mouseClick(keyboard.keys[layer.value], Qt.MouseButton.LeftButton)
        if ch.isalpha() and (ch != ch.lower()) != keyboard.shift:
            qtbot.mouseClick(keyboard.keys["shift"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(keyboard.keys[name], Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("language", ["de", "fr", "it", "en"])
def test_every_letters_page_has_every_symbol_and_accent(qtbot: QtBot, language: str) -> None:
    """A password needs any printable ASCII character, a name any accented letter of the
    region's names: both one tap away from each letters page, in every language."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    edit, other = QLineEdit(window), QLineEdit(window)
    follower = follow_keyboard(window, lambda: (language, "en"), lambda: True)
    keyboard = follower.keyboard
    window.show()
    qtbot.waitExposed(window)
    for kind in (FieldKind.NAME, FieldKind.TEXT, FieldKind.EMAIL, FieldKind.URL, FieldKind.CODE):
        hint_field(edit, kind)
        edit.setFocus()
        follower.follow(edit)
        assert keyboard.isVisible() and keyboard.target is edit
        assert keyboard.layer is Layer.LETTERS, kind
        assert set(letter_rows(language)[0]) <= set(keyboard.keys), kind
        qtbot.mouseClick(keyboard.keys[Layer.SYMBOLS.value], Qt.MouseButton.LeftButton)
        assert set(string.punctuation) | set(string.digits) | {"€"} <= set(keyboard.keys), kind
        qtbot.mouseClick(keyboard.keys[Layer.ACCENTS.value], Qt.MouseButton.LeftButton)
        assert set("äöüßéèêëàâáçñóòôíìîïúùûÿåøæœčšžćđ") <= set(keyboard.keys), kind
        qtbot.mouseClick(keyboard.keys[Layer.LETTERS.value], Qt.MouseButton.LeftButton)
        assert set(letter_rows(language)[1]) <= set(keyboard.keys), kind
        # Each page as tall as the others: the field stays where it was kept.
        assert {key.height() for key in keyboard.keys.values()} == {KEY_HEIGHT}, kind
    # The next field starts with its letters again.
    qtbot.mouseClick(keyboard.keys[Layer.SYMBOLS.value], Qt.MouseButton.LeftButton)
    other.setFocus()
    qtbot.waitUntil(lambda: keyboard.target is other)
    assert keyboard.layer is Layer.LETTERS and "q" in keyboard.keys


def test_a_password_with_every_symbol_into_the_settings_secret(
    kiosk: Kiosk, keyboard: KeyboardFollower
) -> None:
    open_settings(kiosk)
    secret = kiosk.window.settings.edits["client_secret"]
    secret.clear()
    secret.setFocus()
    kiosk.wait(lambda: keyboard.keyboard.isVisible())
    password = "Pa55" + string.punctuation + "€x"
    _type_text(kiosk.qtbot, keyboard.keyboard, password)
    assert secret.text() == password


def test_an_accented_name_in_english(kiosk: Kiosk, keyboard: KeyboardFollower) -> None:
    """The customer reads English, the ID document says Zoë Núñez-Müller, born in Genève."""
    to_methods(kiosk, "en")
    choose(kiosk, "KLARNA")
    fields = kiosk.window.data.fields
    keys = keyboard.keyboard
    kiosk.wait(lambda: keys.isVisible() and keys.target is fields["first_name"].edit)
    assert "ë" not in keys.keys and "y" in keys.keys  # English QWERTY
    typed = {"first_name": "Zoë Françoise", "last_name": "Núñez-Müller Strauß"}
    if "place_of_birth" in fields:
        typed["place_of_birth"] = "Genève"
    for name, text in typed.items():
        edit = fields[name].edit
        assert isinstance(edit, QLineEdit)
        edit.setFocus()
        kiosk.wait(lambda e=edit: keys.target is e)  # type: ignore[misc]
        _type_text(kiosk.qtbot, keys, text)
        assert edit.text() == text, name


def test_the_keys_grow_with_the_customers_larger_text(
    kiosk: Kiosk, keyboard: KeyboardFollower
) -> None:
    click(kiosk, kiosk.window.attract.adapt)  # the customer's "Aa"
    to_methods(kiosk, "en")
    choose(kiosk, "KLARNA")
    keys = keyboard.keyboard
    kiosk.wait(lambda: keys.isVisible())
    large = round(KEY_HEIGHT * LARGE_TEXT_SCALE)
    assert {key.height() for key in keys.keys.values()} == {large}
    assert keys.keys["q"].font().pixelSize() == round(FONT_PX * LARGE_TEXT_SCALE)
    assert keys.geometry().bottom() == kiosk.window.height() - 1
    assert keys.height() <= kiosk.window.height() // 2
    kiosk.ctl.wipe()  # the next customer: normal keys again
    kiosk.wait(lambda: kiosk.window.current is kiosk.window.attract)
    to_methods(kiosk, "en")
    choose(kiosk, "KLARNA")
    kiosk.wait(lambda: keys.isVisible())
    assert {key.height() for key in keys.keys.values()} == {KEY_HEIGHT}
    assert keys.keys["q"].font().pixelSize() == FONT_PX


def test_the_keys_follow_the_staff_setting_larger_text_live(
    kiosk: Kiosk, keyboard: KeyboardFollower
) -> None:
    to_methods(kiosk, "en")
    choose(kiosk, "KLARNA")
    keys = keyboard.keyboard
    kiosk.wait(lambda: keys.isVisible())
    field = keys.target
    assert field is not None and keys.keys["q"].height() == KEY_HEIGHT
    try:
        _large_text(kiosk)  # saved by staff while the keyboard is up
        large = round(KEY_HEIGHT * LARGE_TEXT_SCALE)
        kiosk.wait(lambda: keys.keys["q"].height() == large)
        kiosk.wait(lambda: keys.geometry().bottom() == kiosk.window.height() - 1)
        kiosk.wait(lambda: _shown_above(field, keyboard))
    finally:
        settings = kiosk.ctl.settings
        run(
            kiosk.loop,
            kiosk.terminal.apply_settings(
                settings.model_copy(
                    update={"kiosk": settings.kiosk.model_copy(update={"large_text": False})}
                )
            ),
        )


def test_the_keyboard_types_into_the_focused_field_and_keeps_it_in_view(
    kiosk: Kiosk, keyboard: KeyboardFollower
) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    fields = kiosk.window.data.fields
    keys = keyboard.keyboard
    kiosk.wait(lambda: keys.isVisible())  # the form focuses its first field
    assert keys.geometry().bottom() == kiosk.window.height() - 1
    assert keys.width() == kiosk.window.width()
    for key in keys.keys.values():
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus  # the field keeps the focus
    first = fields["first_name"].edit
    assert isinstance(first, QLineEdit)
    for ch in "eva":
        _tap(kiosk, keyboard, ch)
    assert first.text() == "Eva"
    _tap(kiosk, keyboard, "backspace")
    assert first.text() == "Ev"
    # Enter moves on as with a physical keyboard.
    _tap(kiosk, keyboard, "enter")
    assert fields["last_name"].edit.hasFocus()

    for name in ("email", "country", "mobile"):
        if name not in fields:
            continue
        edit = fields[name].edit
        edit.setFocus()
        kiosk.wait(lambda e=edit: _shown_above(e, keyboard))  # type: ignore[misc]
    mobile = fields["mobile"].edit
    assert isinstance(mobile, QLineEdit) and keys.page.pad is Pad.PHONE
    mobile.clear()
    for ch in "+41 79":
        _tap(kiosk, keyboard, "space" if ch == " " else ch)
    assert mobile.text() == "+41 79"

    dob = fields["dob"].edit
    assert isinstance(dob, DateInput)
    dob.parts[0].setFocus()
    kiosk.wait(lambda: keys.page.pad is Pad.DIGITS)
    for ch in "12.08.1964":
        _tap(kiosk, keyboard, ch)
    assert [part.value() for part in dob.parts] == [12, 8, 1964]

    # The hide key; a tap in the field, or the next field, brings the keyboard back.
    _tap(kiosk, keyboard, "hide")
    assert not keys.isVisible()
    kiosk.qtbot.mouseClick(dob.parts[2], Qt.MouseButton.LeftButton)
    kiosk.wait(lambda: keys.isVisible())
    _tap(kiosk, keyboard, "hide")
    first.setFocus()
    kiosk.wait(lambda: keys.isVisible())


def _shown_above(edit: QWidget, keyboard: KeyboardFollower) -> bool:
    """All of ``edit`` is on screen in its scroll area, above the keyboard's top edge."""
    shown = edit.visibleRegion().boundingRect()
    top = edit.mapTo(keyboard.window, QPoint(0, 0)).y()
    return (
        keyboard.keyboard.isVisible()
        and shown.height() == edit.height()
        and top + edit.height() <= keyboard.keyboard.y()
    )


def test_a_form_built_again_under_the_keyboard(kiosk: Kiosk, keyboard: KeyboardFollower) -> None:
    """Back to the methods and another one: the form the keyboard made room in is gone, the
    new one's first field gets the keyboard."""
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    email = kiosk.window.data.fields["email"].edit
    email.setFocus()
    kiosk.wait(lambda: _shown_above(email, keyboard))
    click(kiosk, kiosk.window.data.back)
    kiosk.wait(lambda: not keyboard.keyboard.isVisible())
    kiosk.wait(lambda: bool(kiosk.window.methods.cards))
    choose(kiosk, "IDENTITY.TM")
    kiosk.wait(lambda: keyboard.keyboard.isVisible())
    field = QApplication.focusWidget()
    assert field is not None and field is keyboard.keyboard.target
    kiosk.wait(lambda: _shown_above(field, keyboard))


def test_the_keys_are_in_the_typists_language(kiosk: Kiosk, keyboard: KeyboardFollower) -> None:
    to_methods(kiosk, "fr")
    choose(kiosk, "KLARNA")
    kiosk.wait(lambda: keyboard.keyboard.isVisible())
    assert "ô" in keyboard.keyboard.keys and "z" in keyboard.keyboard.keys  # Swiss QWERTZ
    # Staff on their settings screen type in their own language (English here).
    kiosk.ctl.wipe()
    open_settings(kiosk)
    kiosk.window.settings.edits["client_id"].setFocus()
    kiosk.wait(lambda: keyboard.keyboard.isVisible())
    assert "y" in keyboard.keyboard.keys and "ô" not in keyboard.keyboard.keys


def test_switched_off_in_the_settings_no_keyboard_at_the_next_field(
    kiosk: Kiosk, keyboard: KeyboardFollower
) -> None:
    settings = kiosk.ctl.settings
    kiosk.terminal.settings = settings.model_copy(
        update={"kiosk": settings.kiosk.model_copy(update={"on_screen_keyboard": False})}
    )
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    kiosk.window.data.fields["last_name"].edit.setFocus()
    assert not keyboard.keyboard.isVisible()


def test_the_setting_is_saved_from_the_settings_screen() -> None:
    base = Settings()
    assert base.kiosk.on_screen_keyboard  # touch terminals
    form = SettingsInput(
        api_url="",
        token_url="",
        ras_url="",
        client_id="",
        client_secret="",
        enabled_methods=("KLARNA/bankident",),
        idle_timeout_s=120,
        language="de",
        aml_notice=False,
        on_screen_keyboard=False,
    )
    saved, problems = check_settings(base, form)
    assert problems == {} and saved is not None and not saved.kiosk.on_screen_keyboard
    # A form without the field keeps what the file says.
    kept, _ = check_settings(
        saved,
        SettingsInput(
            api_url="",
            token_url="",
            ras_url="",
            client_id="",
            client_secret="",
            enabled_methods=("KLARNA/bankident",),
            idle_timeout_s=120,
            language="de",
            aml_notice=False,
        ),
    )
    assert kept is not None and not kept.kiosk.on_screen_keyboard


def test_hints_choose_the_page() -> None:
    assert page_for(_H.ImhDigitsOnly).pad is Pad.DIGITS
    assert page_for(_H.ImhFormattedNumbersOnly).pad is Pad.DIGITS
    assert page_for(_H.ImhDialableCharactersOnly).pad is Pad.PHONE
    url = page_for(_H.ImhUrlCharactersOnly)
    assert url.pad is Pad.LETTERS and ":" in url.extras and "/" in url.extras
    assert page_for(_H.ImhNone).capitals == "auto"
    assert page_for(_H.ImhNoAutoUppercase).capitals == "never"
    assert page_for(_H.ImhUppercaseOnly).capitals == "always"


def test_letters_per_language() -> None:
    assert letter_rows("de_CH")[0].startswith("qwertz") and "ü" in letter_rows("de")[0]
    assert letter_rows("fr-CH")[0].startswith("qwertz") and "ç" in letter_rows("fr")[3]
    assert "ì" in letter_rows("it")[3]
    assert letter_rows("en")[0].startswith("qwerty")
    assert letter_rows("xx") == letter_rows("en")  # the pseudo-locale, any other


def test_larger_keys_stay_within_half_the_window() -> None:
    assert key_height(1.0, 800) == KEY_HEIGHT
    assert key_height(LARGE_TEXT_SCALE, 800) == round(KEY_HEIGHT * LARGE_TEXT_SCALE)
    # 1024x768: five rows, their spacing and the margins in 384 px.
    assert 5 * key_height(LARGE_TEXT_SCALE, 768) + 4 * 6 + 2 * 8 <= 768 // 2
    assert key_height(LARGE_TEXT_SCALE, 400) == KEY_HEIGHT  # never below a fingertip


def test_qt_virtual_keyboard_is_never_asked_for() -> None:
    env = {"QT_IM_MODULE": "qtvirtualkeyboard"}
    avoid_qml_keyboard(env)
    assert "QT_IM_MODULE" not in env
    env = {"QT_IM_MODULE": "ibus"}
    avoid_qml_keyboard(env)
    assert env == {"QT_IM_MODULE": "ibus"}
