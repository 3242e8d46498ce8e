"""The window's flow under other readings of the guide (simulator dialects): a start answer with
only the Ref-ID (the link comes later with the status), and a status the kiosk does not know."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.app.stages import Stage
from kiosk.simulator.server import EmbeddedSimulator
from tests.gui.conftest import Kiosk
from tests.gui.flow import (
    KLARNA_CUSTOMER,
    accept_consent,
    choose,
    click,
    fill,
    open_on_kiosk,
    start,
    submit_data,
    to_methods,
)
from tests.gui.web import decode

LATE_TARGET_URL = pytest.mark.parametrize("simulator", [("late-target-url",)], indirect=True)
UNKNOWN_STATUS = pytest.mark.parametrize("simulator", [("unknown-status",)], indirect=True)


@pytest.fixture
def simulator(request: pytest.FixtureRequest) -> Iterator[EmbeddedSimulator]:
    """The simulator playing the test's dialects."""
    dialects: tuple[str, ...] = request.param
    with EmbeddedSimulator(speed=60.0, dialects=dialects) as sim:
        yield sim


def issued_url(k: Kiosk, ref_id: str) -> str | None:
    orders = k.sim("GET", "/_sim/orders").json()["orders"]
    url = next(o for o in orders if o["refId"] == ref_id).get("targetUrl")
    return str(url) if url else None


def freeze(k: Kiosk) -> None:
    """The simulated provider stands still: the order stays CREATED, without a link."""
    k.sim("POST", "/_sim/clock", speed=0)


def thaw(k: Kiosk) -> None:
    k.sim("POST", "/_sim/clock", speed=60)


@LATE_TARGET_URL
def test_qr_hand_off_waits_calmly_for_a_late_link(kiosk: Kiosk) -> None:
    freeze(kiosk)
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    screen = kiosk.window.handoff_qr
    assert kiosk.window.current is screen
    started = kiosk.ctl.started
    assert started is not None and started.target_url is None
    # "Preparing your identification link…": no QR code at all (never an empty one), no link.
    assert screen.preparing.isVisible() and "Preparing" in screen.preparing.text()
    assert screen.qr.data is None and not screen.qr.isVisible()
    assert not screen.qr_caption.isVisible()  # nothing to scan yet
    assert screen.error.text() == ""
    thaw(kiosk)
    kiosk.wait(lambda: screen.qr.data is not None, timeout=30)
    url = issued_url(kiosk, started.ref_id)
    assert url and decode(screen.qr) == [url]
    assert screen.qr_caption.isVisible() and decode(kiosk.window) == [url]
    assert not screen.preparing.isVisible()
    assert kiosk.ctl.started is not None and kiosk.ctl.started.target_url == url


@LATE_TARGET_URL
def test_web_hand_off_loads_the_link_only_once_it_is_there(kiosk: Kiosk) -> None:
    freeze(kiosk)
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    fill(kiosk, KLARNA_CUSTOMER)
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = kiosk.window.handoff_web
    assert kiosk.window.current is screen
    assert screen.preparing.isVisible()
    assert screen.web.view is None  # nothing loaded: no about:blank as the target
    assert screen.phone_qr.data is None and not screen.phone_qr.isVisible()
    assert screen.phone_first_qr.data is None and not screen.phone_box.isVisible()
    assert not screen.on_kiosk.isVisible()  # nothing to open yet
    thaw(kiosk)
    started = kiosk.ctl.started
    assert started is not None
    kiosk.wait(lambda: kiosk.ctl.target_url is not None, timeout=30)
    url = issued_url(kiosk, started.ref_id)
    assert url is not None
    assert decode(screen.phone_first_qr) == [url]  # BankIdent: on the phone by default
    open_on_kiosk(kiosk)
    kiosk.wait(lambda: screen.web.url() == url, timeout=20)
    assert decode(screen.phone_qr) == [url]
    assert not screen.preparing.isVisible()


@UNKNOWN_STATUS
def test_a_status_the_kiosk_does_not_know_shows_as_in_progress(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    started = kiosk.ctl.started
    assert started is not None
    click(kiosk, kiosk.window.handoff_qr.progress)
    status = kiosk.window.status
    # The provider reports a status of its own while the customer works in the app.
    kiosk.wait(lambda: (o := kiosk.ctl.order) is not None
               and o.status.value == "IN_PROGRESS", timeout=30)
    order = kiosk.ctl.order
    assert order is not None
    shown = getattr(order, "status_text", "")
    assert shown and shown in status.provider_status.text()
    assert "In progress" in status.provider_status.text()
    assert status.problem.text() == "" and status.error.text() == ""
    assert kiosk.ctl.stage is Stage.TRACKING
    assert not status.timeline._rows[-1][1].isVisible()  # no failure row
    url = issued_url(kiosk, started.ref_id)
    assert url is not None
    kiosk.sim("POST", f"/isp/eid/{url.rsplit('/', 1)[1]}/complete")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT, timeout=60)
    final = kiosk.ctl.order
    assert final is not None and final.evidence_id
