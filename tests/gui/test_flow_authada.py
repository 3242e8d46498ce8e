"""AUTHADA eID through the widgets, as the customer at the counter meets it: exactly one QR code
(the target URL, decoded from what the window shows), three illustrated steps, what is needed
and how long it takes, no URL and no tokens on screen; the store codes behind "Don't have the
app yet?"; "Your phone is connected" once the order moves; the live status to the verified
result; the tokens on the staff's support card."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.app.stages import Stage
from kiosk.app.web_policy import WebPolicy
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import Status
from kiosk.ui.web.session_view import SessionWebView
from tests.gui.conftest import PATIENCE_S, Kiosk, delete_now, pause
from tests.gui.flow import click, start
from tests.gui.web import decode

ANDROID = "https://play.google.com/store/apps/details?id=de.authada.id"
IOS = "https://apps.apple.com/us/app/authada/id1479685801"


@pytest.fixture
def simulator(request: pytest.FixtureRequest) -> Iterator[EmbeddedSimulator]:
    """The simulator playing the test's dialects (none: the default reading)."""
    dialects: tuple[str, ...] = getattr(request, "param", ())
    with EmbeddedSimulator(speed=60.0, dialects=dialects) as sim:
        yield sim


def shown_texts(k: Kiosk) -> str:
    """Every text the window shows the customer right now (not the staff's small print)."""
    staff = k.window.handoff_qr.strip.status  # the staff strip
    return "\n".join(
        w.text() for w in k.window.findChildren(QLabel) if w.isVisible() and w is not staff
    )


def issued(k: Kiosk, ref_id: str) -> str:
    orders = k.sim("GET", "/_sim/orders").json()["orders"]
    return str(next(o for o in orders if o["refId"] == ref_id)["targetUrl"])


def test_authada_hand_off_shows_one_code_and_no_link_or_token(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    screen = kiosk.window.handoff_qr
    assert kiosk.window.current is screen
    started = kiosk.ctl.started
    assert started is not None and started.mobile_token and started.session_token
    url = issued(kiosk, started.ref_id)
    # Exactly one code on the whole window: the target URL, for the phone's camera.
    assert decode(kiosk.window) == [url]
    assert screen.qr.module_px() >= 4  # large enough to scan from a phone
    texts = shown_texts(kiosk)
    assert "phone's camera" in texts
    for secret in (url, "http", started.mobile_token, started.session_token):
        assert secret not in texts
    # Three illustrated steps: NFC, the card on the back of the phone, the 6-digit PIN.
    assert [p.isVisible() for p in screen.pictograms] == [True, True, True]
    steps = [w.text() for w in screen.step_labels]
    assert "camera" in steps[0] and "back of your phone" in steps[1] and "NFC" in steps[1]
    assert "6-digit" in steps[2]
    assert "German ID card" in screen.needs.text() and "residence permit" in screen.needs.text()
    assert "few minutes" in screen.duration.text() and "download" in screen.duration.text()
    assert not screen.connected.isVisible()  # INITIALIZED says nothing about the phone yet
    # The tokens: for staff only, in their small print (and on the support card).
    strip = screen.strip.status
    kiosk.wait(lambda: started.mobile_token in strip.text())
    assert strip.isVisible() and strip.text().startswith("For staff")
    assert started.session_token in strip.text()

    # "Don't have the app yet?": the two store codes, the steps make room; and back.
    click(kiosk, screen.get_app)
    assert sorted(decode(kiosk.window)) == sorted([url, ANDROID, IOS])
    assert decode(screen.store_qrs["android"]) == [ANDROID]
    assert decode(screen.store_qrs["ios"]) == [IOS]
    assert not screen.steps_box.isVisible() and "free" in screen.stores_hint.text()
    click(kiosk, screen.get_app)
    assert decode(kiosk.window) == [url] and screen.steps_box.isVisible()

    # The customer's phone completes the eID flow; the kiosk follows to the evidence.
    token = url.rsplit("/", 1)[1]
    kiosk.sim("POST", f"/isp/eid/{token}/complete")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    result = kiosk.window.result
    order = kiosk.ctl.order
    assert order is not None and order.evidence_id
    # The IDs for staff (the staff strip); the customer reads the number, masked.
    assert order.evidence_id in result.staff_strip.text()
    assert order.ref_id not in result.details.text()
    assert "+41 79 *** ** 67" in result.details.text()
    assert "123 45" not in result.details.text()  # masked
    assert order.history[-1].status is Status.TERMINATED
    click(kiosk, result.finish)
    assert kiosk.ctl.stage is Stage.IDLE
    assert kiosk.window.handoff_qr.qr.data is None
    assert not screen.get_app.isChecked()


@pytest.mark.parametrize("simulator", [("unknown-status",)], indirect=True)
def test_the_screen_says_when_the_phone_has_connected(kiosk: Kiosk) -> None:
    """The provider reports progress (here a status of its own past INITIALIZED): the code
    gives way to "Your phone is connected"; it can be shown again."""
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    screen = kiosk.window.handoff_qr
    kiosk.wait(screen.connected.isVisible)
    assert kiosk.ctl.stage is Stage.HANDOFF
    assert screen.connected.text() == "Your phone is connected"
    assert "AUTHADA app" in screen.connected_hint.text()
    assert not screen.qr.isVisible() and decode(kiosk.window) == []
    click(kiosk, screen.show_code)
    started = kiosk.ctl.started
    assert started is not None
    assert decode(kiosk.window) == [issued(kiosk, started.ref_id)]
    assert not screen.connected.isVisible()


# The tokens as the start answer names them (flat), or as one list (appendix 2: "Tokens |
# Mobile Token/Session Token").
@pytest.mark.parametrize("simulator", [(), ("eid-tokens-list",)], indirect=True)
def test_the_tokens_are_on_the_support_card(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    started = kiosk.ctl.started
    assert started is not None and started.mobile_token and started.session_token
    order = kiosk.ctl.order
    assert order is not None
    support = kiosk.window.support
    support.show_order(order)
    kiosk.window.open_staff_screen(support)
    assert started.mobile_token in support.values["tokens"].text()
    assert started.session_token in support.values["tokens"].text()
    text = support.card_text()
    assert started.mobile_token in text and started.session_token in text
    card = support.card()
    assert card is not None
    assert card.to_json()["mobileToken"] == started.mobile_token


def test_training_phone_walks_the_guides_flow(kiosk: Kiosk) -> None:
    """The simulated provider page and app in a real browser engine, as a training phone
    sees them: the page's button opens the app, which reads the card (NFC), takes only a
    6-digit PIN, and completes the identification; the kiosk follows."""
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    started = kiosk.ctl.started
    assert started is not None
    url = issued(kiosk, started.ref_id)
    phone = SessionWebView()
    phone.resize(420, 800)
    phone.show()
    try:
        loads: list[bool] = []
        phone.loadFinished.connect(loads.append)
        phone.open(WebPolicy.for_target(url), "de")
        kiosk.wait(lambda: len(loads) == 1)
        assert run(kiosk, phone, "document.getElementById('app-qr').dataset.url") == f"{url}/app"
        run(kiosk, phone, "document.getElementById('open-app').click(); true")
        kiosk.wait(lambda: len(loads) == 2 and phone.url() == f"{url}/app")
        assert run(kiosk, phone, "document.getElementById('step-pin').hidden") is True
        run(kiosk, phone, "document.getElementById('scan-card').click(); true")
        assert run(kiosk, phone, "document.getElementById('step-pin').hidden") is False
        run(
            kiosk,
            phone,
            "document.getElementById('pin').value = '1234';"
            "document.getElementById('complete').click(); true",
        )
        assert "6 digits" in str(
            run(kiosk, phone, "document.getElementById('pin-error').textContent")
        )
        assert kiosk.ctl.stage is Stage.HANDOFF  # nothing sent
        run(
            kiosk,
            phone,
            "document.getElementById('pin').value = '123456';"
            "document.getElementById('complete').click(); true",
        )
        kiosk.wait(lambda: kiosk.ctl.stage in (Stage.TRACKING, Stage.RESULT))
        outcome = "document.getElementById('result').dataset.outcome || ''"
        deadline = time.monotonic() + PATIENCE_S
        while time.monotonic() < deadline:  # each poll runs the loop itself (never in a wait)
            if run(kiosk, phone, outcome) == "completed":
                break
            pause(kiosk.loop, 0.1)
        assert run(kiosk, phone, outcome) == "completed"
    finally:
        phone.wipe()
        phone.close()
        delete_now(phone)


def run(k: Kiosk, web: SessionWebView, script: str) -> object:
    view = web.view
    assert view is not None
    result: list[object] = []
    view.page().runJavaScript(script, 0, result.append)
    k.wait(lambda: bool(result))
    return result[0]
