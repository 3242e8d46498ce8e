"""Faults while tracking: Retry-After, token expiry, bad bodies, persisting 5xx, dropped
connections — retried with backoff, shown as a problem when they persist, and survived."""

from __future__ import annotations

import logging
from datetime import date
from functools import partial

import pytest

from kiosk.srs import SrsClient, Status
from kiosk.tracking import OrderChanged, Outcome, Tracker

from .helpers import Events, Requests, Sim, follow, start

STATUS_PATH = "/api/identifications"


def initialized(ref_id: str, event: OrderChanged) -> bool:
    return event.order.ref_id == ref_id and event.order.status is Status.INITIALIZED


async def test_retry_after_is_honoured(
    tracker: Tracker, client: SrsClient, sim: Sim, requests: Requests
) -> None:
    mobiles = ("+41791120001", "+41791120011")
    orders = [
        await start(client, "AUTHADA/eid", mobile, external_id="SIM-WAIT") for mobile in mobiles
    ]
    for started, mobile in zip(orders, mobiles, strict=True):
        await tracker.register(started, mobile=mobile)
    events = Events(tracker)
    await tracker.start()
    for ref in (o.ref_id for o in orders):
        await events.wait(partial(initialized, ref))
    await sim.fault(STATUS_PATH, "rate_limit", method="GET", retry_after=1)

    failed = await events.wait(lambda e: e.order.failures == 1)
    limited = next(s for s in requests.matching("GET", STATUS_PATH) if s.status == 429)
    action = failed.order.next_action
    assert action is not None and action.kind.value == "poll"
    assert action.due.timestamp() >= limited.answered + 1.0
    assert failed.order.last_error is not None and "busy" in failed.order.last_error
    assert failed.order.problem is None  # one 429 is routine, not a problem for staff

    for started in orders:
        await sim.complete_page(started.target_url)
    for started in orders:
        done = await follow(tracker, started.ref_id)
        assert done.outcome is Outcome.VERIFIED and done.failures == 0
    # Retry-After is the service's word to this client: no order called during the pause. A
    # request the other order had already sent before the 429 reached the tracker may land just
    # after it (sub-millisecond here), so the pause counts from when the tracker saw the 429.
    seen = failed.order.updated_at.timestamp()
    during = [s for s in requests.log if seen < s.at < limited.answered + 1.0]
    assert during == []
    assert any(s.at >= limited.answered + 1.0 for s in requests.log)


async def test_token_expiry_mid_tracking_is_invisible(
    tracker: Tracker, client: SrsClient, sim: Sim, requests: Requests
) -> None:
    started = await start(client, "IDENTITY.TM/video", "+41791120002", external_id="SIM-WAIT")
    await tracker.register(started, mobile="+41791120002")
    events = Events(tracker)
    await tracker.start()
    await events.wait(lambda e: e.order.status is Status.INITIALIZED)
    await sim.expire_tokens()
    await sim.complete_page(started.target_url)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
    assert client.token_fetches == 2
    assert any(s.status == 401 for s in requests.matching("GET", STATUS_PATH))
    assert all(e.order.failures == 0 for e in events.seen)


async def test_malformed_status_body_then_recovery(
    tracker: Tracker, client: SrsClient, sim: Sim
) -> None:
    started = await start(
        client,
        "KLARNA/bankident",
        "+41791120003",
        first_name="Anna",
        last_name="Muster",
        dob=date(1985, 4, 12),
        external_id="SIM-WAIT",
    )
    await tracker.register(started, mobile="+41791120003")
    events = Events(tracker)
    await tracker.start()
    await events.wait(lambda e: e.order.status is Status.INITIALIZED)
    await sim.fault(STATUS_PATH, "malformed", method="GET", count=2)
    failed = await events.wait(lambda e: e.order.failures == 2)
    assert failed.order.status is Status.INITIALIZED  # a bad body changes nothing
    assert failed.order.last_error
    await sim.complete_page(started.target_url)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED and done.failures == 0 and done.last_error is None


async def test_persisting_5xx_is_a_problem_until_the_service_returns(
    tracker: Tracker, client: SrsClient, sim: Sim, caplog: pytest.LogCaptureFixture
) -> None:
    started = await start(client, "IDENTITY.TM/video", "+41791120004", external_id="SIM-WAIT")
    await tracker.register(started, mobile="+41791120004")
    events = Events(tracker)
    await tracker.start()
    await events.wait(lambda e: e.order.status is Status.INITIALIZED)
    await sim.fault(STATUS_PATH, "error", status=503, count=10_000)

    problem = await events.wait(lambda e: e.order.problem is not None)
    assert "server error (HTTP 503)" in (problem.order.problem or "")
    assert problem.order.status is Status.INITIALIZED
    await events.wait(lambda e: e.order.failures >= 5)  # still trying, backing off
    stored = await tracker.get(started.ref_id)
    assert stored is not None and stored.problem is not None  # visible in the journal too

    await sim.clear_faults()
    recovered = await events.wait(
        lambda e: (
            e.previous is not None and e.previous.problem is not None and e.order.problem is None
        )
    )
    assert recovered.order.failures == 0
    await sim.complete_page(started.target_url)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
    assert "+41791120004" not in caplog.text


async def test_dropped_connections_and_delays_are_retried(
    tracker: Tracker, client: SrsClient, sim: Sim
) -> None:
    started = await start(client, "AUTHADA/eid", "+41791120005", external_id="SIM-WAIT")
    await tracker.register(started, mobile="+41791120005")
    events = Events(tracker)
    await tracker.start()
    await events.wait(lambda e: e.order.status is Status.INITIALIZED)
    await sim.fault(STATUS_PATH, "drop", count=2)
    await events.wait(lambda e: e.order.failures == 2)
    await sim.fault("/api/evidences", "error", status=502, count=2)
    await sim.complete_page(started.target_url)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED


async def test_logs_carry_no_mobile_number(
    tracker: Tracker, client: SrsClient, sim: Sim, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    started = await start(client, "AUTHADA/eid", "+41791120006", external_id="SIM-NOTERMS")
    await tracker.register(started, mobile="+41791120006")
    events = Events(tracker)
    await tracker.start()
    await events.wait(lambda e: e.order.verify_attempts >= 2)
    assert "+41791120006" not in caplog.text and "41791120006" not in caplog.text
    assert "+41 79 *** ** 06" in caplog.text  # the client's own log lines mask it
