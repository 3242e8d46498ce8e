"""Simulator faults during start and status are shown, and recovered from without losing the
customer's data or the order."""

from __future__ import annotations

from kiosk.app.stages import Stage
from tests.gui.conftest import Kiosk
from tests.gui.flow import click, fail_the_start, start


def test_start_failure_is_shown_and_retry_keeps_the_data(kiosk: Kiosk) -> None:
    consent = kiosk.window.consent
    assert "not answering right now" in fail_the_start(kiosk)
    assert kiosk.ctl.stage is Stage.CONSENT
    assert kiosk.ctl.customer is not None and kiosk.ctl.customer.identity is not None
    assert kiosk.ctl.customer.identity.last_name == "Mustermann"
    assert consent.accept.text() == "Try again"
    click(kiosk, consent.accept)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    assert kiosk.ctl.started is not None


def test_status_failures_are_shown_and_tracking_recovers(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    started = kiosk.ctl.started
    assert started is not None
    kiosk.sim(
        "POST", "/_sim/faults", path="/api/identifications", kind="error", status=503, count=8
    )
    strip = kiosk.window.handoff_qr.strip
    kiosk.wait(lambda: strip.problem.isVisible())
    assert "connection to the identification service is interrupted" in strip.problem.text()
    assert "nothing is lost" in strip.problem.text()
    assert "503" not in strip.problem.text()  # no technical text for the customer
    click(kiosk, kiosk.window.handoff_qr.progress)
    status = kiosk.window.status
    kiosk.wait(lambda: not status.problem.isVisible())  # the faults ran out
    token = started.target_url.rsplit("/", 1)[1]
    kiosk.sim("POST", f"/isp/eid/{token}/complete")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None and order.ref_id == started.ref_id and order.evidence_id


def test_method_list_failure_offers_retry(kiosk: Kiosk) -> None:
    kiosk.sim("POST", "/_sim/faults", path="/api/providers", kind="error", status=503, count=20)
    click(kiosk, kiosk.window.attract.start)
    methods = kiosk.window.methods
    kiosk.wait(lambda: methods.retry.isVisible())
    assert "could not be loaded" in methods.state.text() and not methods.cards
    kiosk.sim("DELETE", "/_sim/faults")
    click(kiosk, methods.retry)
    kiosk.wait(lambda: len(methods.cards) == 3)
