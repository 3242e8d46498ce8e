"""The two-language router: staff contexts and texts looked up inside ``staff_texts()`` come
from the staff catalogue, the rest from the customer's; unknown texts stay the English source
(the pseudo-locale stands in for a catalogue: it answers every text the English one knows)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from kiosk.app.language import PSEUDO, LanguageSwitcher, pseudo, staff_texts


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_staff_and_customer_texts_come_from_their_own_catalogues(qapp: QApplication) -> None:
    switcher = LanguageSwitcher()
    try:
        switcher.switch(PSEUDO)
        switcher.switch_staff("en")
        customer = "Identify yourself for your electronic signature"
        assert tr("AttractScreen", customer) == pseudo(customer)
        assert tr("DashboardScreen", "Orders on this terminal") == "Orders on this terminal"
        with staff_texts():  # a shared context, shown on a staff screen
            assert tr("Texts", "Created") == "Created"
        assert tr("Texts", "Created") == pseudo("Created")
        assert tr("Nowhere", "Not in any catalogue") == "Not in any catalogue"

        switcher.switch("en")
        switcher.switch_staff(PSEUDO)
        assert tr("AttractScreen", customer) == customer
        assert tr("DashboardScreen", "Orders on this terminal") == pseudo("Orders on this terminal")
    finally:
        switcher.switch("en")
        switcher.switch_staff("en")


def test_pyside_tr_on_a_staff_class_never_falls_through_to_the_customer(qapp: QApplication) -> None:
    """PySide's ``self.tr`` asks the class's base class names too when the first answer equals
    the source (an English staff catalogue): those must not reach the customer's catalogue."""

    class DashboardScreen(QObject):
        def title(self) -> str:
            return self.tr("Orders on this terminal")

    switcher = LanguageSwitcher()
    try:
        switcher.switch(PSEUDO)
        switcher.switch_staff("en")
        assert DashboardScreen().title() == "Orders on this terminal"
    finally:
        switcher.switch("en")
        switcher.switch_staff("en")
