"""The customer's "Cancel identification" asks first (review, s5 wording item 2): one tap never
stops the identification at the provider; "No, go on" (or Escape) keeps everything, "Yes,
cancel" cancels the order at the SRS."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.app.stages import Stage
from kiosk.srs import Status
from kiosk.tracking import Outcome
from tests.gui.conftest import Kiosk
from tests.gui.flow import click, start

AUTHADA_CUSTOMER = {"mobile": "+41791234567", "external_id": "SIM-WAIT"}


def srs_status(k: Kiosk) -> str:
    """The order's status as the simulator (the SRS) has it."""
    started = k.ctl.started
    assert started is not None
    orders = k.sim("GET", "/_sim/orders").json()["orders"]
    return str(next(o["status"] for o in orders if o["refId"] == started.ref_id))


def test_cancel_on_the_qr_hand_off_asks_first(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", AUTHADA_CUSTOMER)
    qr = kiosk.window.handoff_qr
    question = qr.confirm_cancel
    assert not question.isVisible()

    click(kiosk, qr.cancel)
    assert question.isVisible()
    assert question.title.text() == "Cancel this identification?"
    assert question.no.text() == "No, go on" and question.yes.text() == "Yes, cancel"
    assert QApplication.focusWidget() is question.no  # the safe answer first
    assert question.yes.height() >= 72 and question.no.height() >= 72  # large
    assert kiosk.ctl.stage is Stage.HANDOFF and srs_status(kiosk) != Status.CANCELLED.value

    click(kiosk, question.no)
    assert not question.isVisible() and kiosk.ctl.stage is Stage.HANDOFF
    order = kiosk.ctl.order
    assert order is not None and order.outcome is Outcome.PENDING

    click(kiosk, qr.cancel)  # Escape answers "No" too
    kiosk.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not question.isVisible() and kiosk.ctl.stage is Stage.HANDOFF

    click(kiosk, qr.cancel)
    click(kiosk, question.yes)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None and order.outcome is Outcome.CANCELLED
    assert srs_status(kiosk) == Status.CANCELLED.value


def test_cancel_on_the_status_screen_asks_first(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", AUTHADA_CUSTOMER)
    click(kiosk, kiosk.window.handoff_qr.progress)
    status = kiosk.window.status
    click(kiosk, status.cancel)
    assert status.confirm_cancel.isVisible()
    click(kiosk, status.confirm_cancel.no)
    assert kiosk.ctl.stage is Stage.TRACKING or kiosk.window.current is status
    order = kiosk.ctl.order
    assert order is not None and order.outcome is Outcome.PENDING
    click(kiosk, status.cancel)
    click(kiosk, status.confirm_cancel.yes)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    assert srs_status(kiosk) == Status.CANCELLED.value
