"""Driving the kiosk through its screens with clicks and typing, as staff and customer do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.app.staff_pin import PinState, PinStore
from kiosk.app.stages import Stage
from kiosk.ui.screens.handoff import HandoffScreen
from kiosk.ui.screens.status import StatusScreen
from kiosk.ui.widgets.date_input import DateInput
from kiosk.ui.widgets.method_card import MethodCard
from tests.gui.conftest import Kiosk


def click(k: Kiosk, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.accessibleName()
    k.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cancel_identification(k: Kiosk, screen: HandoffScreen | StatusScreen) -> None:
    """The customer's "Cancel identification", then "Yes, cancel" to the question it asks."""
    click(k, screen.cancel)
    assert screen.confirm_cancel.isVisible()
    click(k, screen.confirm_cancel.yes)


def to_methods(k: Kiosk, language: str = "en") -> None:
    attract = k.window.attract
    click(k, attract.languages[language])
    click(k, attract.start)
    assert k.ctl.stage is Stage.SETUP
    k.wait(
        lambda: (
            bool(k.window.methods.cards)
            and all(c.choose.isVisible() for c in k.window.methods.cards)
        )
    )


def card(k: Kiosk, issuer: str) -> MethodCard:
    return next(c for c in k.window.methods.cards if c.method.issuer == issuer)


def choose(k: Kiosk, issuer: str) -> None:
    click(k, card(k, issuer).choose)
    assert k.ctl.stage is Stage.DATA


def fill(k: Kiosk, values: dict[str, str]) -> None:
    """Type each value into its field; a date ("12.08.1964") part by part into its day, month
    and year boxes."""
    fields = k.window.data.fields
    for name, text in values.items():
        edit = fields[name].edit
        edit.clear()
        if isinstance(edit, DateInput):
            type_date(k, edit, text)
        else:
            k.qtbot.keyClicks(edit, text)


def type_date(k: Kiosk, edit: DateInput, text: str) -> None:
    for part, digits in zip(edit.parts, text.split("."), strict=True):
        part.setFocus()
        part.selectAll()
        k.qtbot.keyClicks(part, digits)
        part.interpretText()


def submit_data(k: Kiosk) -> None:
    click(k, k.window.data.next)


def accept_consent(k: Kiosk) -> None:
    assert k.ctl.stage is Stage.CONSENT
    click(k, k.window.consent.accept)


def start(k: Kiosk, issuer: str, values: dict[str, str]) -> None:
    """From the attract screen to the hand-off."""
    to_methods(k)
    choose(k, issuer)
    fill(k, values)
    submit_data(k)
    accept_consent(k)
    k.wait(lambda: k.ctl.stage is Stage.HANDOFF)


KLARNA_CUSTOMER = {
    "first_name": "Erika",
    "last_name": "Mustermann",
    "dob": "12.08.1964",
    "mobile": "+4915123456789",
    "external_id": "SIM-WAIT",
}


def fail_the_start(k: Kiosk, language: str = "en") -> str:
    """A Klarna identification whose start the SRS refuses (503, for every attempt the client
    makes: nothing was processed, so it may retry a few times): the consent screen's error
    text. The faults are cleared afterwards."""
    to_methods(k, language)
    choose(k, "KLARNA")
    fill(k, KLARNA_CUSTOMER)
    submit_data(k)
    k.sim(
        "POST",
        "/_sim/faults",
        path="/api/providers",
        kind="error",
        status=503,
        method="POST",
        count=5,
        retry_after=1,
    )
    consent = k.window.consent
    click(k, consent.accept)
    k.wait(consent.error.isVisible)
    k.sim("DELETE", "/_sim/faults")
    return consent.error.text()


STAFF_PIN = "482613"


def enter_staff_pin(k: Kiosk, pin: str = STAFF_PIN) -> None:
    """Type ``pin`` on the pad's own keys (IT provisions it first: PinStore), as staff do."""
    pad = k.window.pin_pad
    k.wait(pad.isVisible)
    for digit in pin:
        click(k, next(b for b in pad.keys if b.text() == digit))
    click(k, pad.ok)
    k.wait(lambda: not pad.busy)


def open_on_kiosk(k: Kiosk) -> None:
    """Staff's choice for a phone-first hand-off (BankIdent): the page on the kiosk, behind
    the staff PIN (provisioned here as IT does)."""
    store = PinStore(k.data_folder)
    if store.status().state is not PinState.SET:
        store.set_pin(STAFF_PIN)
    click(k, k.window.handoff_web.on_kiosk)
    enter_staff_pin(k)
