"""The staff's order dashboard and support card against the live simulator: an order started
through the flow appears with its masked mobile number; staff cancel it (after confirming) and
the simulator has it CANCELLED; an order that ends while the attract screen shows raises a note
in the staff strip; the support card shows the full MSISDN and exports text and JSON with the
identifiers and the right support team, and no name or birth date."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.app.stages import Stage
from kiosk.srs import mask_msisdn
from kiosk.tracking import Outcome
from kiosk.ui.staff.orders_model import Column
from tests.gui.conftest import Kiosk
from tests.gui.flow import click, start
from tests.gui.test_diagnosis import SCREENSHOT_ENV
from tests.gui.test_staff_pin import enter_pin

MOBILE = "+41791234567"
PIN = "482613"


def sim_order(k: Kiosk, ref_id: str) -> dict[str, object]:
    orders = k.sim("GET", "/_sim/orders").json()["orders"]
    found: dict[str, object] = next(o for o in orders if o["refId"] == ref_id)
    return found


def start_order(k: Kiosk, issuer: str = "AUTHADA", **values: str) -> str:
    start(k, issuer, {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT", **values})
    started = k.ctl.started
    assert started is not None
    return started.ref_id


def open_dashboard(k: Kiosk) -> None:
    k.terminal.pins.store.set_pin(PIN)
    click(k, k.window.staff)
    enter_pin(k, PIN)
    k.wait(lambda: k.window.staff_menu.isVisible())
    click(k, k.window.staff_menu.dashboard)
    assert k.window.current is k.window.dashboard


def row_of(k: Kiosk, ref_id: str) -> int:
    return next(i for i, o in enumerate(k.window.dashboard.model.orders) if o.ref_id == ref_id)


def cell(k: Kiosk, ref_id: str, column: Column) -> str:
    model = k.window.dashboard.model
    return str(model.data(model.index(row_of(k, ref_id), column)))


def test_dashboard_lists_the_order_with_a_masked_mobile(kiosk: Kiosk) -> None:
    ref_id = start_order(kiosk)
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    assert "AUTHADA" in cell(kiosk, ref_id, Column.METHOD)
    assert cell(kiosk, ref_id, Column.STATUS)
    assert "min" in cell(kiosk, ref_id, Column.SINCE)
    assert cell(kiosk, ref_id, Column.NEXT)
    # The number is fetched from the SRS when the row is shown, and shown masked only.
    kiosk.wait(lambda: cell(kiosk, ref_id, Column.MOBILE) == mask_msisdn(MOBILE))
    texts = [cell(kiosk, ref_id, c) for c in Column]
    assert not any("123 45" in t or MOBILE in t for t in texts)
    assert screen.table.accessibleName() and screen.cancel_button.accessibleName()
    # Leaving the screen forgets the numbers.
    click(kiosk, screen.back)
    assert kiosk.window.current is not screen
    assert not screen.model._mobiles


def test_cancel_from_the_dashboard_reaches_the_simulator(kiosk: Kiosk) -> None:
    ref_id = start_order(kiosk)
    kiosk.ctl.wipe()  # the customer left; the order goes on in the background
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    assert screen.select(ref_id)
    click(kiosk, screen.cancel_button)
    assert screen.confirm_yes.isVisible() and ref_id in screen.confirm_text.text()
    assert sim_order(kiosk, ref_id)["status"] != "CANCELLED"  # nothing before confirming
    click(kiosk, screen.confirm_yes)
    kiosk.wait(lambda: sim_order(kiosk, ref_id)["status"] == "CANCELLED")
    kiosk.wait(lambda: screen.model.orders[row_of(kiosk, ref_id)].outcome is Outcome.CANCELLED)
    assert "cancelled" in cell(kiosk, ref_id, Column.NEXT)


def test_note_in_the_staff_strip_when_an_order_ends_meanwhile(kiosk: Kiosk) -> None:
    ref_id = start_order(kiosk)
    kiosk.ctl.wipe()
    assert kiosk.window.current is kiosk.window.attract
    notice = kiosk.window.notice.button
    assert not notice.isVisible()
    kiosk.sim("POST", f"/_sim/orders/{ref_id}/status", status="ERROR", reason="Test")
    kiosk.wait(lambda: notice.isVisible())
    assert ref_id[:8] in notice.text() and ref_id in notice.accessibleName()
    assert kiosk.window.current is kiosk.window.attract  # the customer's screen stays
    assert notice.parentWidget() is not kiosk.window.attract
    if target := os.environ.get(SCREENSHOT_ENV):
        kiosk.window.grab().save(str(Path(target) / "order-notice.png"))
    kiosk.terminal.pins.store.set_pin(PIN)
    click(kiosk, notice)
    enter_pin(kiosk, PIN)
    kiosk.wait(lambda: kiosk.window.current is kiosk.window.dashboard)
    assert not notice.isVisible()


def test_support_card_exports_text_and_json(kiosk: Kiosk, tmp_path: Path) -> None:
    ref_id = start_order(
        kiosk, "KLARNA", first_name="Erika", last_name="Mustermann", dob="12.08.1964"
    )
    started = kiosk.ctl.started
    assert started is not None
    token = started.target_url.rstrip("/").rsplit("/", 1)[1]
    kiosk.sim("POST", f"/isp/bankident/{token}/complete")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None and order.evidence_id
    click(kiosk, kiosk.window.result.finish)
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    screen.select(ref_id)
    click(kiosk, screen.support)
    card = kiosk.window.support
    assert kiosk.window.current is card
    kiosk.wait(lambda: card.values["msisdn"].text() == MOBILE)  # in full, for support
    assert card.values["evidence"].text() == order.evidence_id
    assert card.values["step"].text().startswith("5")
    assert "Swisscom Service Desk" in card.values["contact"].text()
    kiosk.qtbot.keyClicks(card.description, "Customer got no SMS for the terms")
    assert card.description.accessibleName()

    text_path, json_path = tmp_path / "card.txt", tmp_path / "card.json"
    assert card.export(text_path) and card.export(json_path)
    text = text_path.read_text(encoding="utf-8")
    for expected in (
        ref_id,
        MOBILE,
        order.evidence_id,
        "Swisscom Service Desk",
        "Customer got no SMS",
    ):
        assert expected in text
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["refId"] == ref_id and data["msisdn"] == MOBILE
    assert data["evidenceId"] == order.evidence_id
    assert data["processStep"] == 5 and data["supportTeam"] == "swisscom"
    assert data["problemDescription"] == "Customer got no SMS for the terms"
    for content in (text, json_path.read_text(encoding="utf-8")):
        assert "Erika" not in content and "Mustermann" not in content
        assert "1964" not in content and "birth" not in content.lower()
    click(kiosk, card.copy)
    assert ref_id in QApplication.clipboard().text()
    # Back goes to the dashboard; the number is gone from the card.
    click(kiosk, card.back)
    assert kiosk.window.current is screen
    assert card.msisdn is None
