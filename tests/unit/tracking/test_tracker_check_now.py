"""Staff's "Check now": the order's next step at once instead of at its time."""

from __future__ import annotations

from dataclasses import replace

from kiosk.srs import SrsClient, Status
from kiosk.tracking import Outcome

from .helpers import POLICY, Requests, Sim, TrackerFactory, follow, start

MOBILE = "+41791160001"
HOUR = 3600.0
# Real time, and an hour between polls in every phase: only check_now can move the order on.
SLOW = replace(
    POLICY,
    in_flow_poll_s=HOUR,
    idle_poll_s=HOUR,
    back_office_poll_s=HOUR,
    back_office_max_poll_s=HOUR,
    awaiting_url_poll_s=HOUR,
)


async def test_check_now_polls_before_its_time(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim, requests: Requests
) -> None:
    tracker = make_tracker(policy=SLOW, time_scale=1.0)
    started = await start(client, "IDENTITY.TM/video", MOBILE, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    await tracker.start()
    await sim.force(started.ref_id, "TERMINATED")  # the customer is done; the next poll is far

    polls = len(requests.matching("GET", "/api/identifications/"))

    checked = await tracker.check_now(started.ref_id)

    assert checked is not None and checked.status is Status.TERMINATED
    done = await follow(tracker, started.ref_id)  # the verify follows at its own time
    assert done.outcome is Outcome.VERIFIED
    assert await tracker.check_now(started.ref_id) == done  # nothing left: as it is
    assert len(requests.matching("GET", "/api/identifications/")) == polls + 1  # that one only


async def test_check_now_leaves_an_order_another_process_follows(
    make_tracker: TrackerFactory, client: SrsClient
) -> None:
    window = make_tracker(policy=SLOW, time_scale=1.0)
    started = await start(client, "AUTHADA/eid", MOBILE, external_id="SIM-WAIT")
    await window.register(started, mobile=MOBILE)
    await window.start()
    other = make_tracker(policy=SLOW, time_scale=1.0)  # a CLI command beside the window
    assert await other.check_now(started.ref_id) is None
