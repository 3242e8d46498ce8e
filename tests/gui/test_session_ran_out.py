"""A Klarna session that ran out (SIM-EXPIRE), in the window: the customer reads that the
session ran out and that a new identification issues a new link; staff read it in the order
dashboard's problem column. The simulator's 60 minutes pass on its clock (its control
endpoint), not in real time."""

from __future__ import annotations

from kiosk.app.stages import Stage
from kiosk.srs import Status
from kiosk.tracking import SESSION_TIMED_OUT, Outcome
from kiosk.ui.staff.orders_model import Column
from tests.gui.conftest import Kiosk
from tests.gui.flow import KLARNA_CUSTOMER, click, start
from tests.gui.test_staff_dashboard import cell, open_dashboard

# Past Klarna's 60-minute session (guide appendix 3), on the simulator's clock.
PAST_THE_SESSION_S = 3600 + 300


def test_a_klarna_session_that_ran_out_says_so_to_customer_and_staff(kiosk: Kiosk) -> None:
    start(kiosk, "KLARNA", {**KLARNA_CUSTOMER, "external_id": "SIM-EXPIRE"})
    started = kiosk.ctl.started
    assert started is not None
    # The simulated customer opened the link and let the session run out: the provider's
    # negative status, with no reason (the guide names none).
    kiosk.sim("POST", "/_sim/clock", advance_s=PAST_THE_SESSION_S)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None
    assert order.status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
    assert order.outcome is Outcome.FAILED and order.reason == SESSION_TIMED_OUT
    result = kiosk.window.result
    assert kiosk.window.current is result
    assert result.reason.text() == "The time for the identification ran out."
    assert result.advice.text() == (
        "The session ran out before the identification was finished. Start a new "
        "identification: it issues a new link."
    )
    assert result.again.isVisible() and result.again.text() == "Start a new identification"
    # Staff: the dashboard's problem column, in words (not the kiosk's internal reason).
    click(kiosk, result.finish)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.IDLE)
    open_dashboard(kiosk)
    kiosk.wait(lambda: any(o.ref_id == started.ref_id for o in kiosk.window.dashboard.model.orders))
    assert cell(kiosk, started.ref_id, Column.PROBLEM) == (
        "The session ran out: start a new identification"
    )
