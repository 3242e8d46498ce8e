"""AUTHADA eID through the widgets: QR of the deep link decoded from the screen, app-store QRs,
tokens, live status to the verified result."""

from __future__ import annotations

from kiosk.app.stages import Stage
from kiosk.srs import Status
from tests.gui.conftest import Kiosk
from tests.gui.flow import click, start
from tests.gui.web import decode


def test_authada_flow_qr_decodes_to_target_url(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    screen = kiosk.window.handoff_qr
    assert kiosk.window.current is screen
    started = kiosk.ctl.started
    assert started is not None
    orders = kiosk.sim("GET", "/_sim/orders").json()["orders"]
    issued = next(o for o in orders if o["refId"] == started.ref_id)["targetUrl"]
    assert decode(screen.qr) == [issued]
    assert screen.link.text() == issued
    assert decode(screen.store_qrs["android"]) == [
        "https://play.google.com/store/apps/details?id=de.authada.id"]
    assert decode(screen.store_qrs["ios"]) == ["https://apps.apple.com/us/app/authada/id1479685801"]
    assert started.mobile_token and started.mobile_token in screen.tokens.text()
    assert screen.qr.module_px() >= 4  # large enough to scan from a phone

    # The customer's phone completes the eID flow; the kiosk follows to the evidence.
    token = issued.rsplit("/", 1)[1]
    kiosk.sim("POST", f"/isp/eid/{token}/complete")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT, timeout=30)
    result = kiosk.window.result
    order = kiosk.ctl.order
    assert order is not None and order.evidence_id
    # The IDs for staff (the staff strip); the customer reads the number, masked.
    assert order.evidence_id in result.staff_strip.text()
    assert order.ref_id not in result.details.text()
    assert "+41 79 *** ** 67" in result.details.text()
    assert "123 45" not in result.details.text()  # masked
    assert [s for s, _ in [(e.status, e.at) for e in order.history]][-1] is Status.TERMINATED
    click(kiosk, result.finish)
    assert kiosk.ctl.stage is Stage.IDLE
    assert kiosk.window.handoff_qr.qr.data is None
