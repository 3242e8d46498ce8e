"""The window's flow under other readings of the guide (simulator dialects, issue 12 §3): a start
answer with only the Ref-ID (the link comes later with the status), a status the kiosk does not
know, other status spellings, minimal answers, no number in the status answer, a 204 cancel, a
200 "not yet" verify, token parameters only in the query, include/exclude filters, EU/CH
jurisdictions, and a method of a type the kiosk does not know."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from kiosk.app.stages import Stage
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import Jurisdiction, Status
from kiosk.tracking import Outcome
from tests.gui.conftest import Kiosk, run
from tests.gui.flow import (
    KLARNA_CUSTOMER,
    accept_consent,
    cancel_identification,
    card,
    choose,
    click,
    fill,
    open_on_kiosk,
    start,
    submit_data,
    to_methods,
)
from tests.gui.web import decode, run_js, wait_page

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
    kiosk.wait(lambda: screen.qr.data is not None)
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
    kiosk.wait(lambda: kiosk.ctl.target_url is not None)
    url = issued_url(kiosk, started.ref_id)
    assert url is not None
    assert decode(screen.phone_first_qr) == [url]  # BankIdent: on the phone by default
    open_on_kiosk(kiosk)
    kiosk.wait(lambda: screen.web.url() == url)
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
    kiosk.wait(lambda: (o := kiosk.ctl.order) is not None and o.status.value == "IN_PROGRESS")
    order = kiosk.ctl.order
    assert order is not None
    shown = getattr(order, "status_text", "")
    # As the provider wrote it, for staff; the customer is still at "Identify yourself".
    assert shown and shown in status.staff_strip.text()
    assert status.problem.text() == "" and status.error.text() == ""
    assert kiosk.ctl.stage is Stage.TRACKING
    assert [row[0].text() for row in status.timeline._rows] == ["➜", "○", "○", "○"]
    url = issued_url(kiosk, started.ref_id)
    assert url is not None
    kiosk.sim("POST", f"/isp/eid/{url.rsplit('/', 1)[1]}/complete")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT, timeout=60)
    final = kiosk.ctl.order
    assert final is not None and final.evidence_id


# -- to the evidence under one reading each ------------------------------------------------------

AUTHADA_CUSTOMER = {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"}


def complete_on_the_isp_page(k: Kiosk) -> None:
    """The customer finishes the ISP's flow (the page's own complete call)."""
    started = k.ctl.started
    assert started is not None
    k.wait(lambda: issued_url(k, started.ref_id) is not None)
    url = issued_url(k, started.ref_id)
    assert url is not None
    k.sim("POST", f"{urlsplit(url).path}/complete")


def to_the_evidence(k: Kiosk) -> None:
    complete_on_the_isp_page(k)
    k.wait(lambda: k.ctl.stage is Stage.RESULT, timeout=60)
    order = k.ctl.order
    assert order is not None and order.outcome is Outcome.VERIFIED, order
    assert order.evidence_id and order.evidence_id in k.window.result.staff_strip.text()


@pytest.mark.parametrize(
    "simulator",
    [
        ("status-titlecase",),
        ("minimal-answers",),
        ("verify-200-not-yet",),
        ("token-query-only",),
    ],
    indirect=True,
)
def test_an_eid_identification_reaches_its_evidence(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    start(kiosk, "AUTHADA", AUTHADA_CUSTOMER)
    assert kiosk.window.current is kiosk.window.handoff_qr
    kiosk.wait(lambda: kiosk.window.handoff_qr.qr.data is not None)
    to_the_evidence(kiosk)
    order = kiosk.ctl.order
    assert order is not None
    seen = [entry.status for entry in order.history]
    assert seen[0] is Status.CREATED and seen[-1] is Status.TERMINATED
    if "minimal-answers" not in simulator.state.dialect:  # no history there: polled ones only
        assert Status.IDENTIFICATION_DONE in seen and Status.DATA_READY in seen


@pytest.mark.parametrize("simulator", [("no-mobile-in-status",)], indirect=True)
def test_verify_uses_the_number_the_customer_gave(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    # The status answer never names the number: the kiosk verifies with the one it kept.
    start(kiosk, "KLARNA", KLARNA_CUSTOMER)
    assert kiosk.window.current is kiosk.window.handoff_web
    to_the_evidence(kiosk)
    [order] = simulator.state.orders.all()
    assert order.fields["mobile"] == KLARNA_CUSTOMER["mobile"]


@pytest.mark.parametrize("simulator", [("cancel-204",)], indirect=True)
def test_staff_cancel_answered_204_ends_the_order(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    start(kiosk, "AUTHADA", AUTHADA_CUSTOMER)
    started = kiosk.ctl.started
    assert started is not None
    click(kiosk, kiosk.window.handoff_qr.progress)
    status = kiosk.window.status
    cancel_identification(kiosk, status)
    kiosk.wait(lambda: not status._cancel.busy)
    order = kiosk.ctl.order
    assert order is not None and order.outcome is Outcome.CANCELLED and order.is_done
    assert kiosk.ctl.stage is Stage.RESULT
    assert status.error.text() == ""
    [sim_order] = simulator.state.orders.all()
    assert sim_order.status == "CANCELLED"


def _filter(k: Kiosk, name: str, value: object) -> list[str]:
    """Staff set one filter on the method screen: the issuers of the cards they then see."""
    combo = k.window.methods.filters[name]
    before = list(k.window.methods.cards)
    combo.setCurrentIndex(combo.findData(value))
    k.wait(
        lambda: (
            k.window.methods.cards != before
            and all(c.choose.isVisible() for c in k.window.methods.cards)
        )
    )
    return sorted(c.method.issuer for c in k.window.methods.cards)


@pytest.mark.parametrize("simulator", [("filter-include-exclude",)], indirect=True)
def test_staff_see_the_filtered_set_when_the_server_reads_include_exclude(kiosk: Kiosk) -> None:
    # The server reads "true" as "include such methods as well" (no narrowing): the kiosk
    # narrows itself, so staff see the same set as under the equality reading.
    to_methods(kiosk)
    assert _filter(kiosk, "webflow", True) == ["IDENTITY.TM", "KLARNA"]
    assert _filter(kiosk, "webflow", False) == ["AUTHADA"]
    assert "1 method matches" in kiosk.window.methods.state.text()


@pytest.mark.parametrize("simulator", [("jurisdiction-eu-ch",)], indirect=True)
def test_a_zertes_preset_orders_and_verifies_with_ch(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    # The server takes only EU/CH in the filter: the kiosk repeats it with CH; the order is
    # verified for ZertES at LOA 4, echoed as "CH". Identity.tm gets the surname only.
    to_methods(kiosk)
    methods = kiosk.window.methods
    before = list(methods.cards)
    click(kiosk, methods.preset_buttons["qes-ch"])
    kiosk.wait(
        lambda: (
            methods.cards != before
            and bool(methods.cards)
            and all(c.choose.isVisible() for c in methods.cards)
        )
    )
    assert [c.method.issuer for c in methods.cards] == ["IDENTITY.TM"]
    assert methods.state.property("role") is None
    choose(kiosk, "IDENTITY.TM")
    fill(kiosk, {"last_name": "Muster", "mobile": "+41791234567", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    [sim_order] = simulator.state.orders.all()
    assert "mobile" not in sim_order.fields  # the number stayed local
    # The ISP asks it for its SMS challenge in the call, in the web view.
    screen = kiosk.window.handoff_web
    url = issued_url(kiosk, sim_order.ref_id)
    kiosk.wait(lambda: screen.web.url() == url)
    wait_page(kiosk, "complete", bool)
    run_js(
        kiosk,
        "document.getElementById('mobile').value = '+41 79 123 45 67';"
        "document.getElementById('complete').click(); true",
    )
    wait_page(kiosk, "result", lambda text: "Status" in text)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT, timeout=60)
    order = kiosk.ctl.order
    assert order is not None and order.outcome is Outcome.VERIFIED and order.evidence_id
    assert (order.jurisdiction, order.loa) == (Jurisdiction.ZERTES, 4)
    assert sim_order.mobile == "+41791234567"  # the SRS knows it from the ISP, not the start


@pytest.mark.parametrize("simulator", [("unknown-method-type",)], indirect=True)
def test_a_web_flow_method_the_kiosk_does_not_know_runs_in_the_web_view(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    to_methods(kiosk)
    postident = card(kiosk, "POSTIDENT")
    assert postident.unavailable is None  # listed, and newer than this kiosk: may be run
    assert "does not know" in postident.needs_text()
    choose(kiosk, "POSTIDENT")
    data = kiosk.window.data
    # The number (kept for verify), the names (optional), the External ID: nothing else.
    assert set(data.fields) == {"mobile", "first_name", "last_name", "external_id"}
    fill(kiosk, {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = kiosk.window.handoff_web
    assert kiosk.window.current is screen
    started = kiosk.ctl.started
    assert started is not None and (started.issuer, started.method) == ("POSTIDENT", "branch")
    url = issued_url(kiosk, started.ref_id)
    assert url is not None
    kiosk.wait(lambda: screen.web.url() == url)
    assert any(o.ref_id == started.ref_id for o in kiosk.terminal.holder.tracking.active())
    to_the_evidence(kiosk)


@pytest.mark.parametrize("simulator", [("unknown-method-type",)], indirect=True)
def test_staff_may_keep_to_the_methods_they_enabled(kiosk: Kiosk) -> None:
    settings = kiosk.ctl.settings
    run(
        kiosk.loop,
        kiosk.terminal.apply_settings(
            settings.model_copy(
                update={"kiosk": settings.kiosk.model_copy(update={"unknown_methods": False})}
            )
        ),
    )
    to_methods(kiosk)
    assert card(kiosk, "POSTIDENT").unavailable == "Switched off in this branch's settings."
    assert card(kiosk, "KLARNA").unavailable is None
