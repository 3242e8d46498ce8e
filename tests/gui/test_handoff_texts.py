"""Every text the customer reads on the hand-off screens goes through Qt's translation (the
AUTHADA code with its steps, the store codes, "Your phone is connected"; BankIdent's "continue
on your phone" and staff's choice): answered here in the pseudo-locale by a translator for
the screens' contexts, as the catalogues will once the coordinator adds the texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.app.language import pseudo
from kiosk.app.stages import Stage
from kiosk.ui.screens.handoff_qr import STORES
from tests.gui.conftest import Kiosk
from tests.gui.flow import (
    KLARNA_CUSTOMER,
    accept_consent,
    choose,
    click,
    fill,
    start,
    submit_data,
    to_methods,
)

CONTEXTS = frozenset({"HandoffQrScreen", "HandoffWebScreen"})


class _PseudoScreens(QTranslator):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return pseudo(source) if context in CONTEXTS else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def pseudo_screens(qapp: QApplication) -> Iterator[None]:
    translator = _PseudoScreens()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def untranslated(screen: QWidget, *, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """The visible texts of ``screen`` that are not in the pseudo-locale (brand names and
    the order strip, which has its own context, left out)."""
    found = []
    for widget in [*screen.findChildren(QLabel), *screen.findChildren(QPushButton)]:
        text = widget.text()
        if not widget.isVisible() or not text or widget in skip or text in STORES.values():
            continue
        if "~" not in text:
            found.append(text)
    return found


def test_the_authada_hand_off_reads_in_the_customers_language(
    kiosk: Kiosk, pseudo_screens: None
) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    screen = kiosk.window.handoff_qr
    screen.retranslate()
    skip = (screen.strip.status, screen.strip.problem)
    assert untranslated(screen, skip=skip) == []
    click(kiosk, screen.get_app)
    assert untranslated(screen, skip=skip) == []
    assert screen.get_app.text() == pseudo("Back to the steps")
    assert screen.stores_hint.text().startswith("[")


def test_the_bankident_hand_off_reads_in_the_customers_language(
    kiosk: Kiosk, pseudo_screens: None
) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    fill(kiosk, KLARNA_CUSTOMER)
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = kiosk.window.handoff_web
    kiosk.wait(lambda: screen.phone_first_qr.data is not None)
    screen.retranslate()
    skip = (screen.strip.status, screen.strip.problem)
    assert untranslated(screen, skip=skip) == []
    assert screen.on_kiosk.text() == pseudo("Open on this kiosk")
