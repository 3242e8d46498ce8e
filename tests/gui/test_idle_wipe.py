"""The idle wipe: a visible countdown, then no customer data left in any widget; an
identification under way goes on being followed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.app.stages import Stage
from kiosk.srs import Status
from tests.gui.conftest import Kiosk
from tests.gui.flow import accept_consent, choose, fill, start, submit_data, to_methods

CUSTOMER = {
    "first_name": "Erika",
    "last_name": "Mustermann",
    "dob": "12.08.1964",
    "mobile": "+49 151 2345 6789",
    "email": "erika@example.de",
    "place_of_birth": "Wuppertal",
}
TRACES = (
    "Erika",
    "Mustermann",
    "12.08.1964",
    "1964",
    "2345 6789",
    "+4915123456789",
    "erika@example.de",
    "Wuppertal",
)


def texts(root: QWidget) -> list[str]:
    """Every text any widget under ``root`` holds (shown or not)."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit | QLabel | QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            found.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        found += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
    return found


def test_idle_wipe_clears_every_widget(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    fill(kiosk, CUSTOMER)
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.CONSENT
    assert any("Mustermann" in t for t in texts(kiosk.window))
    countdowns: list[int] = []
    kiosk.ctl.idle_rules.timer.countdown.connect(countdowns.append)
    kiosk.ctl.idle_rules.timer.set_timeout(3)
    kiosk.wait(lambda: kiosk.window.countdown.isVisible())
    assert "session ends in" in kiosk.window.countdown.text()
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.IDLE)
    assert [n for n in countdowns if n > 0][:1] == [3]
    assert not kiosk.window.countdown.isVisible()
    assert kiosk.window.current is kiosk.window.attract
    leftovers = [t for t in texts(kiosk.window) if any(x in t for x in TRACES)]
    assert leftovers == []
    assert kiosk.ctl.customer is None and not kiosk.window.data.fields


def test_activity_resets_the_countdown(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    kiosk.ctl.idle_rules.timer.set_timeout(10)
    kiosk.wait(lambda: kiosk.window.countdown.isVisible())
    kiosk.window.methods.filters["issuer"].setFocus()
    # Through the window, as real input arrives (QTest's widget overload bypasses it).
    QTest.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_Down)
    kiosk.wait(lambda: not kiosk.window.countdown.isVisible())
    assert kiosk.ctl.idle_rules.timer.seconds_left() > 9
    assert kiosk.ctl.stage is Stage.SETUP


def test_idle_wipe_never_cancels_an_identification(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    started = kiosk.ctl.started
    assert started is not None and kiosk.window.handoff_qr.qr.data == started.target_url
    # At the hand-off the customer is asked first ("Need more time?"); no answer: the wipe.
    kiosk.ctl.idle_rules.ask_answer_s = 1
    kiosk.ctl.idle_rules.timer.set_timeout(1)
    kiosk.wait(kiosk.window.more_time.isVisible)
    assert kiosk.ctl.stage is Stage.HANDOFF
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.IDLE)
    assert kiosk.window.handoff_qr.qr.data is None
    assert not any(started.target_url in t for t in texts(kiosk.window))
    # The order is still followed, and the attract screen says so.
    assert [o.ref_id for o in kiosk.ctl.background_orders()] == [started.ref_id]
    assert "1 identification still followed" in kiosk.window.attract.background.text()
    orders = kiosk.sim("GET", "/_sim/orders").json()["orders"]
    assert next(o for o in orders if o["refId"] == started.ref_id)["status"] != "CANCELLED"
    token = started.target_url.rsplit("/", 1)[1]
    kiosk.sim("POST", f"/isp/eid/{token}/complete")
    kiosk.wait(lambda: not kiosk.ctl.background_orders())
    order = kiosk.terminal.holder.order(started.ref_id)
    assert order is not None and order.status is Status.TERMINATED and order.evidence_id
    assert kiosk.window.attract.background.text() == ""


def test_no_wipe_while_starting_or_on_the_attract_screen(kiosk: Kiosk) -> None:
    assert not kiosk.ctl.idle_rules.timer.active
    to_methods(kiosk, "de")
    assert kiosk.ctl.idle_rules.timer.active
    choose(kiosk, "AUTHADA")
    # SIM-WAIT: at the hand-off until the test ends (on its own the order is done in a second).
    fill(kiosk, {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    # the customer's language
    assert "Mit dem Start der Identifikation" in kiosk.window.consent.notice.text()
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
