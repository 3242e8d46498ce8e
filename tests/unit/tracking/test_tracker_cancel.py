"""Cancelling: by staff, on a new start for the same customer, retried until it is done."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kiosk.srs import SrsClient, Status
from kiosk.tracking import Outcome, Tracker, UnknownOrder

from .helpers import POLICY, Events, Sim, TrackerFactory, follow, start

MOBILE = "+41791130001"


async def test_staff_cancel(tracker: Tracker, client: SrsClient, sim: Sim) -> None:
    started = await start(client, "IDENTITY.TM/video", MOBILE, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    events = Events(tracker)
    await tracker.start()
    await events.wait(lambda e: e.order.status is Status.INITIALIZED)

    order = await tracker.cancel(started.ref_id)

    assert order.status is Status.CANCELLED and order.outcome is Outcome.CANCELLED
    assert not order.cancel_pending and order.next_action is None
    assert (await sim.orders())[started.ref_id]["status"] == "CANCELLED"
    assert (await follow(tracker, started.ref_id)).status is Status.CANCELLED
    assert tracker.following == 0


async def test_new_start_cancels_the_customers_previous_pending_order(
    tracker: Tracker, client: SrsClient, sim: Sim
) -> None:
    await tracker.start()
    first = await start(client, "IDENTITY.TM/video", MOBILE, external_id="SIM-WAIT")
    other = await start(client, "IDENTITY.TM/video", "+41791130002", external_id="SIM-WAIT")
    await tracker.register(first, mobile=MOBILE)
    await tracker.register(other, mobile="+41791130002")
    events = Events(tracker)

    second = await start(
        client,
        "KLARNA/bankident",
        MOBILE,
        external_id="SIM-WAIT",
        first_name="Anna",
        last_name="Muster",
        dob=date(1985, 4, 12),
    )
    await tracker.register(second, mobile="0041 79 113 00 01")  # any notation, same customer

    cancelled = await events.wait(
        lambda e: e.order.ref_id == first.ref_id and e.order.status is Status.CANCELLED
    )
    assert cancelled.order.outcome is Outcome.CANCELLED
    on_sim = await sim.orders()
    assert on_sim[first.ref_id]["status"] == "CANCELLED"
    assert on_sim[second.ref_id]["status"] != "CANCELLED"
    assert on_sim[other.ref_id]["status"] != "CANCELLED"  # another customer's order stays


async def test_cancel_without_a_running_tracker_is_done_at_once(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim
) -> None:
    # `srs-kiosk identify` without --wait: nothing follows the orders, the cancel still happens.
    tracker = make_tracker()
    first = await start(client, "AUTHADA/eid", MOBILE, external_id="SIM-WAIT")
    await tracker.register(first, mobile=MOBILE)
    second = await start(client, "AUTHADA/eid", MOBILE, external_id="SIM-WAIT")
    await tracker.register(second, mobile=MOBILE)
    await tracker.aclose()  # waits for the one-off cancel
    assert (await sim.orders())[first.ref_id]["status"] == "CANCELLED"


async def test_failed_cancel_stays_pending_and_is_retried(
    tracker: Tracker, client: SrsClient, sim: Sim
) -> None:
    started = await start(client, "IDENTITY.TM/video", MOBILE, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    events = Events(tracker)
    await tracker.start()
    await events.wait(lambda e: e.order.status is Status.INITIALIZED)
    await sim.fault("/api/identifications", "error", method="DELETE", status=503, count=4)

    order = await tracker.cancel(started.ref_id)

    assert order.cancel_pending and order.status is Status.INITIALIZED
    assert order.failures == 1 and order.next_action is not None
    assert order.next_action.kind.value == "cancel"
    listed = {o.ref_id: o for o in await tracker.orders(active_only=True)}
    assert listed[started.ref_id].cancel_pending  # visible until done
    done = await follow(tracker, started.ref_id)
    assert done.status is Status.CANCELLED and not done.cancel_pending
    assert any(e.order.problem for e in events.seen)  # four failures in a row were shown


async def test_cancel_of_an_order_that_just_ended_follows_it_to_its_end(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim
) -> None:
    tracker = make_tracker()
    started = await start(client, "AUTHADA/eid", MOBILE, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    await sim.force(started.ref_id, "TERMINATED")  # the customer finished a moment ago

    order = await tracker.cancel(started.ref_id)  # the SRS answers 409

    assert not order.cancel_pending and order.next_action is not None
    assert order.next_action.kind.value == "poll"
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED


async def test_cancel_of_a_finished_or_unknown_order(tracker: Tracker, client: SrsClient) -> None:
    started = await start(client, "AUTHADA/eid", MOBILE, external_id="SIM-ERROR")
    await tracker.register(started, mobile=MOBILE)
    done = await follow(tracker, started.ref_id)
    assert done.status is Status.ERROR
    again = await tracker.cancel(started.ref_id)
    assert again.status is Status.ERROR and not again.cancel_pending
    with pytest.raises(UnknownOrder):
        await tracker.cancel("no-such-ref")


async def test_an_abandoned_order_is_cancelled_at_the_provider(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim
) -> None:
    # Nobody finishes it: after max_follow_s (a week in production) the kiosk cancels it.
    tracker = make_tracker(policy=replace(POLICY, max_follow_s=300))
    started = await start(client, "IDENTITY.TM/video", MOBILE, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    done = await follow(tracker, started.ref_id)
    assert done.status is Status.CANCELLED and done.outcome is Outcome.CANCELLED
    assert done.reason is not None and "too long" in done.reason
    assert (await sim.orders())[started.ref_id]["status"] == "CANCELLED"


@pytest.mark.parametrize("answer", [404, 405, 501])
async def test_an_srs_without_our_cancel_call_leaves_the_order_followed(
    tracker: Tracker, client: SrsClient, sim: Sim, answer: int
) -> None:
    """The guide names no cancel call ("according to the Swagger documentation"): where ours
    is not found, the order is not taken as cancelled while the SRS still runs it, nor is the
    cancel retried for ever; the order is followed to its real end."""
    started = await start(client, "IDENTITY.TM/video", MOBILE, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    await tracker.start()
    path = f"/api/identifications/{started.ref_id}"
    await sim.fault(path, "error", method="DELETE", status=answer, count=1)

    order = await tracker.cancel(started.ref_id)

    assert order.outcome is Outcome.PENDING and order.status is not Status.CANCELLED
    assert not order.cancel_pending and order.next_action is not None
    assert (await sim.orders())[started.ref_id]["status"] != "CANCELLED"
    await sim.force(started.ref_id, "TERMINATED")  # and its real end is seen
    assert (await follow(tracker, started.ref_id)).outcome is Outcome.VERIFIED
