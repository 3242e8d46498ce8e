"""Staff and customer read different languages at the same time: with one audience in the
pseudo-locale (every text "[Àççéñtéd ~~]") and the other in English, every text of every staff
surface (method choice, settings, dashboard, support card, diagnosis, PIN pad, staff menu, the
staff strip) is in the staff language and every text of every customer screen in the
customer's, in the states staff and customers see; the settings screen sets the staff language,
and the customer's choice on the attract screen never changes it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.app.language import PSEUDO, staff_texts
from kiosk.app.stages import Stage
from tests.gui.conftest import Kiosk
from tests.gui.flow import (
    accept_consent,
    cancel_identification,
    card,
    choose,
    click,
    fill,
    submit_data,
    to_methods,
)
from tests.gui.qt_noise import QT_MULTIMEDIA_HEADLESS
from tests.gui.test_readiness_kiosk import use_devices
from tests.gui.test_staff_dashboard import PIN, open_dashboard
from tests.gui.test_staff_pin import enter_pin
from tests.unit.checks.fakes import FakeDevices

pytestmark = pytest.mark.qt_log_ignore(*QT_MULTIMEDIA_HEADLESS)  # the diagnosis screen

MARK = "~]"  # how every pseudo-locale text ends (placeholders filled in before it stay inside)


def settle() -> None:
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or hear in ``root``'s visible widgets."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        found = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
            found += [
                str(model.data(model.index(r, c)) or "")
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
        yield from ((where, text) for text in found if text)


def in_pseudo(root: QWidget) -> list[str]:
    # The staff strip at the foot of a customer screen is the staff's (issue 14 item 3).
    return [
        f"{where}: {text!r}"
        for where, text in texts(root)
        if MARK in text and not where.endswith(" staffStrip")
    ]


def assert_english(root: QWidget, surface: str) -> None:
    assert in_pseudo(root) == [], f"{surface} shows the other audience's language"


def assert_pseudo(widget: QLabel | QAbstractButton, surface: str) -> None:
    assert widget.text().endswith(MARK), f"{surface} is not in its audience's language"


def test_staff_surfaces_stay_in_the_staff_language(kiosk: Kiosk) -> None:
    w, ctl = kiosk.window, kiosk.ctl
    use_devices(kiosk, FakeDevices((), ()))  # no camera: the video method greyed, with reasons
    w.start_readiness()
    kiosk.wait(lambda: kiosk.terminal.readiness.monitor.report is not None, timeout=60)
    to_methods(kiosk)  # the customer chose English ...
    ctl.language.switch(PSEUDO)  # ... then any language: the staff side must not follow
    settle()
    kiosk.wait(lambda: bool(w.methods.cards))
    assert card(kiosk, "IDENTITY.TM").reason.isVisible()
    assert_pseudo(w.attract.title, "the attract screen")
    assert_english(w.methods, "the method choice")
    assert_english(w.staff, "the staff button")
    w.methods.filters["loa"].setCurrentIndex(1)  # a filtered list, with its count
    kiosk.wait(lambda: w.methods.state.isVisible())
    assert_english(w.methods, "the filtered method choice")

    choose(kiosk, "AUTHADA")
    assert_pseudo(w.data.title, "the data form")
    fill(kiosk, {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    assert_pseudo(w.consent.title, "the consent notice")
    accept_consent(kiosk)
    kiosk.wait(lambda: ctl.stage is Stage.HANDOFF)

    # Staff open the PIN pad, then the menu, over the customer's hand-off screen.
    kiosk.terminal.pins.store.set_pin(PIN)
    click(kiosk, w.staff)
    assert_english(w.pin_pad, "the PIN pad")
    enter_pin(kiosk, "000001")  # a wrong PIN: the message is the staff's too
    kiosk.wait(lambda: w.pin_pad.message.isVisible())
    assert_english(w.pin_pad, "the PIN pad after a wrong PIN")
    enter_pin(kiosk, PIN)
    kiosk.wait(lambda: w.staff_menu.isVisible())
    assert_english(w.staff_menu, "the staff menu")
    click(kiosk, w.staff_menu.dashboard)
    dashboard = w.dashboard
    kiosk.wait(lambda: len(dashboard.model.orders) >= 1)
    dashboard.table.selectRow(0)
    assert_english(dashboard, "the order dashboard")
    click(kiosk, dashboard.support)
    kiosk.wait(lambda: w.support.msisdn is not None)
    assert_english(w.support, "the support card")
    click(kiosk, w.support.back)
    click(kiosk, dashboard.back)
    assert w.current is w.handoff_qr
    assert_pseudo(w.handoff_qr.title, "the hand-off")

    w.open_settings()
    assert_english(w.settings, "the settings")
    w.open_staff_screen(w.diagnosis)
    assert w.diagnosis.widget is not None
    assert w.diagnosis.widget.rows  # the start-up check's report, with advice
    assert_english(w.diagnosis, "the diagnosis with a report")


def test_customer_screens_stay_in_the_customer_language(kiosk: Kiosk) -> None:
    w, ctl = kiosk.window, kiosk.ctl
    ctl.language.switch_staff(PSEUDO)
    settle()
    assert_english(w.attract, "the attract screen")
    assert_pseudo(w.staff, "the staff button")
    to_methods(kiosk)
    assert_pseudo(w.methods.title, "the method choice")
    choose(kiosk, "AUTHADA")
    fill(kiosk, {"mobile": "+41 79", "external_id": "SIM-WAIT"})
    submit_data(kiosk)  # refused: the problem is the customer's language too
    assert_english(w.data, "the data form with a problem")
    fill(kiosk, {"mobile": "+41 79 123 45 67"})
    submit_data(kiosk)
    assert_english(w.consent, "the consent notice")
    accept_consent(kiosk)
    kiosk.wait(lambda: ctl.stage is Stage.HANDOFF)
    assert_english(w.handoff_qr, "the QR hand-off")
    ctl.show_progress()
    kiosk.wait(lambda: w.current is w.status)
    assert_english(w.status, "the status screen")
    cancel_identification(kiosk, w.status)
    kiosk.wait(lambda: ctl.stage is Stage.RESULT)
    assert_english(w.result, "the result")


def test_the_settings_choose_the_staff_language(kiosk: Kiosk) -> None:
    w, ctl = kiosk.window, kiosk.ctl
    open_dashboard(kiosk)
    click(kiosk, w.dashboard.back)
    w.open_settings()
    settings = w.settings
    assert settings.staff_language.currentData() == ""  # the branch's language by default
    settings.staff_language.setCurrentIndex(settings.staff_language.findData("de"))
    click(kiosk, settings.save)
    kiosk.wait(lambda: ctl.settings.kiosk.staff_language == "de")
    settle()
    assert settings.title.text() == "Einstellungen"
    assert w.attract.title.text() == "Identify yourself for your electronic signature"
    assert 'staff_language = "de"' in kiosk.terminal.config_path.read_text(encoding="utf-8")
    # A customer's choice changes the customer's screens only.
    w.settings.closed.emit()
    click(kiosk, w.attract.languages["fr"])
    settle()
    assert w.attract.title.text() == "Identifiez-vous pour votre signature électronique"
    assert settings.title.text() == "Einstellungen"


def test_the_training_banner_is_in_the_language_of_the_screen_under_it(kiosk: Kiosk) -> None:
    """The banner, the step line and the idle countdown above a screen speak its reader's
    language: the staff's over the method choice and the staff screens (review s6 item 9:
    they were the customer's over the method choice), the customer's over the data form."""
    w, ctl = kiosk.window, kiosk.ctl
    to_methods(kiosk)
    ctl.language.switch(PSEUDO)  # the customer's language
    settle()
    assert w.banner.text().startswith("Training mode"), "the banner over the method choice"
    assert w.steps.isVisible() and w.steps.text.text().startswith("Step 1 of 5")
    ctl.idle_rules.timer.countdown.emit(9)
    assert w.countdown.text().startswith("No activity"), "the countdown over the method choice"
    w.countdown.hide()
    choose(kiosk, "AUTHADA")
    assert w.current is w.data
    assert_pseudo(w.banner, "the banner over the data form")
    assert_pseudo(w.steps.text, "the step line over the data form")
    ctl.idle_rules.timer.countdown.emit(9)
    assert_pseudo(w.countdown, "the countdown over the data form")
    w.countdown.hide()
    click(kiosk, w.data.back)
    assert w.current is w.methods
    assert w.banner.text().startswith("Training mode"), "the banner back over the method choice"
    assert w.steps.text.text().startswith("Step 1 of 5")
    open_dashboard(kiosk)
    assert w.current is w.dashboard
    assert w.banner.text().startswith("Training mode"), "the banner over a staff screen"
    ctl.language.switch(PSEUDO)  # a language change meanwhile keeps it the staff's
    settle()
    assert w.banner.text().startswith("Training mode")
    click(kiosk, w.dashboard.back)
    assert w.current is w.methods
    assert w.banner.text().startswith("Training mode"), "the banner back over the methods"


def test_show_the_code_again_brings_the_customer_back_in_their_language(kiosk: Kiosk) -> None:
    """A French customer's order, its session ended (the branch's English again); staff in
    German show its code again: the customer's screens in French, the staff strip in German.
    Was: the hand-off in the branch's language."""
    w, ctl = kiosk.window, kiosk.ctl
    ctl.language.switch_staff("de")
    to_methods(kiosk, "fr")
    choose(kiosk, "AUTHADA")
    fill(kiosk, {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: ctl.stage is Stage.HANDOFF)
    started = ctl.started
    assert started is not None
    screen = w.handoff_qr
    kiosk.wait(lambda: started.ref_id in screen.strip.status.text())
    french, staff_line = screen.title.text(), screen.strip.status.text()
    ctl.wipe()
    assert ctl.language.language == "en"  # the branch's, for the next customer

    open_dashboard(kiosk)
    dashboard = w.dashboard
    kiosk.wait(lambda: any(o.ref_id == started.ref_id for o in dashboard.model.orders))
    dashboard.select(started.ref_id)
    click(kiosk, dashboard.show_code)
    kiosk.wait(lambda: w.current is screen)
    assert ctl.customer is not None and ctl.customer.language == "fr"
    assert screen.title.text() == french
    with staff_texts():
        for_staff = QCoreApplication.translate("StaffStrip", "For staff")
    assert for_staff != "For staff" and staff_line.startswith(for_staff)  # German
    kiosk.wait(lambda: started.ref_id in screen.strip.status.text())
    assert screen.strip.status.text().startswith(for_staff)
