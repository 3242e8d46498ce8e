"""Every method's path to an end: verified, failed, negative, no evidence, expired."""

from __future__ import annotations

import asyncio
import itertools
import statistics
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from kiosk.srs import SrsClient, Status
from kiosk.tracking import OrderChanged, Outcome, Tracker

from .helpers import POLICY, SCALE, Events, Requests, Sim, TrackerFactory, follow, start

KLARNA: dict[str, Any] = {"first_name": "Anna", "last_name": "Muster", "dob": date(1985, 4, 12)}


@pytest.mark.parametrize(
    ("target", "fields"),
    [
        ("AUTHADA/eid", {}),
        ("KLARNA/bankident", KLARNA),
        ("IDENTITY.TM/video", {"last_name": "Muster"}),
    ],
)
async def test_each_method_ends_verified(
    tracker: Tracker,
    client: SrsClient,
    sim: Sim,
    requests: Requests,
    target: str,
    fields: dict[str, Any],
) -> None:
    mobile = "+41791110001"
    started = await start(client, target, mobile, **fields)
    events: list[OrderChanged] = []
    tracker.subscribe(events.append)
    registered = await tracker.register(started, mobile=mobile)
    await tracker.start()

    done = await follow(tracker, started.ref_id)

    assert done.outcome is Outcome.VERIFIED and done.status is Status.TERMINATED
    assert done.evidence_id == (await sim.orders())[started.ref_id]["evidenceId"]
    assert done.evidence_valid_until is not None
    assert done.next_action is None and done.failures == 0
    statuses = [e.status for e in done.history]
    assert statuses[0] is Status.CREATED and statuses[-1] is Status.TERMINATED
    assert Status.INITIALIZED in statuses
    # Observers saw the order from its registration to its end, in order.
    assert events[0].previous is None and events[-1].order.evidence_id == done.evidence_id
    assert events[-1].finished
    # No verify call before the method's recommended time.
    verifies = requests.matching("POST", "/api/evidences/verify")
    assert verifies
    if target == "AUTHADA/eid":  # "verify from 60 s after start"
        assert verifies[0].at >= registered.created_at.timestamp() + 60 * SCALE * 0.99


async def test_klarna_verify_waits_30_s_after_terminated(
    tracker: Tracker, client: SrsClient, requests: Requests
) -> None:
    started = await start(client, "KLARNA/bankident", "+41791110002", **KLARNA)
    await tracker.register(started, mobile="+41791110002")
    events: list[OrderChanged] = []
    tracker.subscribe(events.append)
    await tracker.start()
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
    seen_terminated = next(e for e in events if e.order.status is Status.TERMINATED)
    action = seen_terminated.order.next_action
    assert action is not None and action.kind.value == "verify"
    first_verify = requests.matching("POST", "/api/evidences/verify")[0]
    assert first_verify.at >= seen_terminated.order.updated_at.timestamp() + 30 * SCALE * 0.99


async def test_video_backs_off_during_the_back_office(
    tracker: Tracker, client: SrsClient, requests: Requests
) -> None:
    started = await start(client, "IDENTITY.TM/video", "+41791110003", last_name="Muster")
    await tracker.register(started, mobile="+41791110003")
    events: list[OrderChanged] = []
    tracker.subscribe(events.append)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
    times = {e.order.status: e.order.updated_at.timestamp() for e in events if e.status_changed}
    polls = [s.at for s in requests.matching("GET", "/api/identifications")]
    in_flow = [t for t in polls if t < times[Status.IDENTIFICATION_DONE]]
    back_office = [
        t for t in polls if times[Status.IDENTIFICATION_DONE] <= t < times[Status.TERMINATED]
    ]
    gaps_flow = [b - a for a, b in itertools.pairwise(in_flow)]
    gaps_office = [b - a for a, b in itertools.pairwise(back_office)]
    # 5 s (floored) in the flow; from 30 s growing in the back office (times SCALE).
    assert statistics.median(gaps_flow) < 30 * SCALE * 0.85
    assert min(gaps_office) >= 30 * SCALE * 0.85
    assert max(gaps_office) > 45 * SCALE * 0.85


@pytest.mark.parametrize(
    ("scenario", "status", "reason"),
    [
        ("SIM-ERROR", Status.ERROR, "Poor video quality"),
        (
            "SIM-NEGATIVE",
            Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
            "The identity data given does not match the ID document",
        ),
    ],
)
async def test_error_and_negative_end_without_verify(
    tracker: Tracker,
    client: SrsClient,
    requests: Requests,
    scenario: str,
    status: Status,
    reason: str,
) -> None:
    started = await start(client, "IDENTITY.TM/video", "+41791110004", external_id=scenario)
    await tracker.register(started, mobile="+41791110004")
    done = await follow(tracker, started.ref_id)
    assert done.status is status and done.outcome is Outcome.FAILED
    assert done.reason == reason and done.evidence_id is None
    assert done.history[-1].reason == reason
    assert not requests.matching("POST", "/api/evidences/verify")


async def test_terms_never_accepted_ends_without_evidence(
    make_tracker: TrackerFactory, client: SrsClient
) -> None:
    # The verify deadline (24 h in production) shrunk to 10 simulated minutes.
    tracker = make_tracker(policy=replace(POLICY, verify_deadline_s=600))
    # Identity.tm: the SRS knows the mobile number (AUTHADA takes none) and can name it.
    started = await start(
        client, "IDENTITY.TM/video", "+41791110005", last_name="Muster", external_id="SIM-NOTERMS"
    )
    await tracker.register(started, mobile="+41791110005")
    done = await follow(tracker, started.ref_id)
    assert done.status is Status.TERMINATED and done.outcome is Outcome.NO_EVIDENCE
    assert done.verify_attempts >= 3
    assert done.reason is not None and "deadline" in done.reason
    assert "terms and conditions" in done.reason
    assert "+41791110005" not in done.reason  # the RA's message named it; the journal masks it


async def test_klarna_session_runs_out_at_the_provider(
    tracker: Tracker, client: SrsClient, sim: Sim
) -> None:
    started = await start(
        client, "KLARNA/bankident", "+41791110006", external_id="SIM-EXPIRE", **KLARNA
    )
    await tracker.register(started, mobile="+41791110006")
    changes: list[OrderChanged] = []
    tracker.subscribe(changes.append)
    await tracker.start()
    await asyncio.sleep(0.2)
    assert (await tracker.get(started.ref_id)).status is Status.INITIALIZED  # type: ignore[union-attr]
    await sim.advance(3601)
    done = await follow(tracker, started.ref_id)
    # The provider's negative status ends the order as it is: no reason code is required.
    assert done.status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
    assert done.outcome is Outcome.FAILED
    assert [e.status for e in done.history][-1] is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
    # It came at the session's end without a reason: it says so (review item 6), so the
    # customer reads "the session ran out", not "check your data".
    assert done.reason is not None and "session timed out" in done.reason


async def test_klarna_session_runs_out_on_the_kiosks_clock(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim
) -> None:
    # As in training: nobody advances the provider's clock; the session runs out on its own.
    tracker = make_tracker()
    started = await start(
        client, "KLARNA/bankident", "+41791110016", external_id="SIM-EXPIRE", **KLARNA
    )
    await tracker.register(started, mobile="+41791110016")
    done = await follow(tracker, started.ref_id, timeout_s=30)
    assert done.status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
    assert done.reason is not None and "session timed out" in done.reason


async def test_a_negative_before_the_session_could_end_keeps_no_reason(
    tracker: Tracker, client: SrsClient, sim: Sim
) -> None:
    started = await start(client, "KLARNA/bankident", "+41791110026", **KLARNA)
    await tracker.register(started, mobile="+41791110026")
    await sim.force(started.ref_id, "IDENTIFICATION_NEGATIVELY_CONDUCTED")
    done = await follow(tracker, started.ref_id)
    assert done.reason is None


async def test_klarna_session_counts_from_the_first_use_of_the_link(
    make_tracker: TrackerFactory, client: SrsClient
) -> None:
    # The tracker's clock runs 6 times faster than the simulator's, so its own limits arrive
    # while the provider still says INITIALIZED.
    tracker = make_tracker(time_scale=SCALE / 6)
    started = await start(
        client, "KLARNA/bankident", "+41791110007", external_id="SIM-WAIT", **KLARNA
    )
    order = await tracker.register(started, mobile="+41791110007")
    assert order.expires_at is None and order.identification_started_at is None
    await tracker.start()
    await asyncio.sleep(0.3)  # far beyond 60 minutes + 15 for the tracker: nothing started yet
    waiting = await tracker.get(started.ref_id)
    assert waiting is not None and not waiting.is_done and waiting.expires_at is None

    used = await tracker.record_target_url_use(started.ref_id)
    assert used.identification_started_at is not None and used.expires_at is not None
    assert used.expires_at == used.identification_started_at + timedelta(seconds=3600 * SCALE / 6)
    done = await follow(tracker, started.ref_id)
    # No word from the provider 15 minutes after the session's end: the kiosk's last resort.
    assert done.status is Status.EXPIRED
    assert done.reason is not None and "session ended" in done.reason
    assert done.updated_at >= used.expires_at + timedelta(seconds=900 * SCALE / 6)


async def test_unknown_order_is_a_problem_or_ends_in_training(
    make_tracker: TrackerFactory, client: SrsClient
) -> None:
    started = await start(client, "AUTHADA/eid", "+41791110008")
    ghost = replace(started, ref_id="00000000-0000-0000-0000-000000000000")
    production = make_tracker()
    await production.register(ghost, mobile="+41791110008")
    events = Events(production)
    await production.start([ghost.ref_id])
    problem = await events.wait(lambda e: e.order.problem is not None)
    assert "No identification has the ref id" in (problem.order.problem or "")
    await production.aclose()

    # What the window's tracker and the CLI's set in training mode (issue 16 item 3).
    training = make_tracker(unknown_order_is_final=True)
    done = await follow(training, ghost.ref_id)
    assert done.status is Status.EXPIRED and "no longer knows" in (done.reason or "")


async def test_restart_resumes_on_schedule(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim
) -> None:
    started = await start(
        client, "IDENTITY.TM/video", "+41791110009", last_name="Muster", external_id="SIM-WAIT"
    )
    first = make_tracker()
    await first.register(started, mobile="+41791110009")
    await first.start()
    await asyncio.sleep(0.2)
    await first.aclose()  # the kiosk stops; the order is INITIALIZED and waits for the customer
    await sim.complete_page(started.target_url)

    second = make_tracker()
    done = await follow(second, started.ref_id)
    assert done.outcome is Outcome.VERIFIED


async def test_target_url_uses_are_counted(tracker: Tracker, client: SrsClient) -> None:
    started = await start(client, "KLARNA/bankident", "+41791110010", **KLARNA)
    await tracker.register(started, mobile="+41791110010")
    seen: list[int] = []
    tracker.subscribe(lambda e: seen.append(e.order.target_url_uses))
    for _ in range(3):
        order = await tracker.record_target_url_use(started.ref_id)
    assert order.target_url_uses == 3 and seen == [1, 2, 3]


@pytest.mark.parametrize("seen_times", [True, False])
async def test_training_keeps_the_times_the_kiosk_saw(
    make_tracker: TrackerFactory, client: SrsClient, seen_times: bool
) -> None:
    # Review item 8: the training simulator's fast clock showed 06:26 while it was 02:30.
    began = datetime.now(UTC) - timedelta(seconds=1)
    tracker = make_tracker(seen_times=seen_times)
    started = await start(client, "AUTHADA/eid", "+41791110036")
    await tracker.register(started, mobile="+41791110036")
    done = await follow(tracker, started.ref_id)
    ended = datetime.now(UTC) + timedelta(seconds=1)
    times = [e.at for e in done.history]
    assert len(times) >= 4
    assert all(began <= at <= ended for at in times) is seen_times
    assert times == sorted(times)
