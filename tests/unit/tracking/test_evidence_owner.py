"""The verify call is by number: an earlier identification's evidence never confirms a new
order (review item 5: SIM-NOTERMS with a number identified before showed "confirmed")."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kiosk.srs import Evidence, Jurisdiction, SrsClient, Status
from kiosk.srs.reader import Fields
from kiosk.tracking import HistoryEntry, Outcome, TrackedOrder
from kiosk.tracking.evidence_owner import not_this_orders

from .helpers import POLICY, Sim, TrackerFactory, follow, start

MOBILE = "+41791110077"
# The verify deadline (24 h in production) shrunk to 10 simulated minutes.
SHORT_DEADLINE = replace(POLICY, verify_deadline_s=600)


@pytest.mark.parametrize("target", ["AUTHADA/eid", "IDENTITY.TM/video"])
async def test_an_earlier_evidence_of_the_number_is_not_the_new_orders(
    make_tracker: TrackerFactory, client: SrsClient, target: str
) -> None:
    tracker = make_tracker(policy=SHORT_DEADLINE)
    fields = {"last_name": "Muster"} if target.startswith("IDENTITY") else {}
    first = await start(client, target, None, **fields)
    await tracker.register(first, mobile=MOBILE)
    verified = await follow(tracker, first.ref_id)
    assert verified.outcome is Outcome.VERIFIED

    again = await start(client, target, None, external_id="SIM-NOTERMS", **fields)
    await tracker.register(again, mobile=MOBILE)
    done = await follow(tracker, again.ref_id)
    assert done.status is Status.TERMINATED and done.outcome is Outcome.NO_EVIDENCE
    assert done.evidence_id is None
    assert done.reason is not None and verified.evidence_id in done.reason
    assert first.ref_id in done.reason  # whose evidence it is


async def test_the_answer_says_when_the_evidence_was_made(client: SrsClient, sim: Sim) -> None:
    await start(client, "AUTHADA/eid", None)
    await sim.advance(3600)
    evidence = await client.verify(MOBILE, Jurisdiction.EIDAS, 4)
    assert evidence.created_at is not None and evidence.valid_until is not None
    assert evidence.created_at < evidence.valid_until


def _order(created: datetime) -> TrackedOrder:
    return TrackedOrder(
        ref_id="r1",
        order_id=None,
        issuer="AUTHADA",
        method="eid",
        jurisdiction=Jurisdiction.EIDAS,
        loa=4,
        status=Status.TERMINATED,
        reason=None,
        history=(HistoryEntry(Status.CREATED, created),),
        next_action=None,
        created_at=created,
        updated_at=created,
    )


@pytest.mark.parametrize(
    ("made", "foreign"),
    [
        (None, False),  # the guide's answer: no time, nothing to tell
        (datetime(2026, 12, 5, 9, 0, tzinfo=UTC), True),  # an hour before the order
        (datetime(2026, 12, 5, 9, 58, tzinfo=UTC), False),  # within the clocks' skew
        (datetime(2026, 12, 5, 10, 20, tzinfo=UTC), False),  # made by this identification
        (datetime(2026, 12, 5, tzinfo=UTC), False),  # a bare date: the whole day
        (datetime(2026, 12, 4, tzinfo=UTC), True),  # the day before
    ],
)
def test_an_evidence_made_before_the_order_started_is_not_its(
    made: datetime | None, foreign: bool
) -> None:
    order = _order(datetime(2026, 12, 5, 10, 0, tzinfo=UTC))
    evidence = Evidence("e1", MOBILE, Jurisdiction.EIDAS, 4, created_at=made)
    assert (not_this_orders(order, evidence, None) is not None) is foreign
    assert not_this_orders(order, evidence, "r0") is not None  # attached to another order
    # The training simulator's clock is no real one: its times tell nothing.
    assert not_this_orders(order, evidence, None, real_clock=False) is None


def test_a_time_without_a_zone_is_read_as_late_as_it_can_mean() -> None:
    # "10:05" from a server writing UTC without a zone: read as Swiss time it would be 09:05 UTC,
    # before the order (10:00 UTC); a fresh evidence must never be refused for that.
    order = _order(datetime(2026, 12, 5, 10, 0, tzinfo=UTC))
    fresh = Evidence("e1", MOBILE, Jurisdiction.EIDAS, 4, created_at=_zoneless("05.12.2026 10:05"))
    assert fresh.created_at is not None and fresh.created_at.utcoffset() is not None
    assert not_this_orders(order, fresh, None) is None
    # An evidence from the morning stays an earlier one under either reading.
    old = Evidence("e0", MOBILE, Jurisdiction.EIDAS, 4, created_at=_zoneless("05.12.2026 08:00"))
    why = not_this_orders(order, old, None)
    assert why is not None and "2026-12-05 07:00 UTC" in why  # shown in UTC, as it says


def _zoneless(text: str) -> datetime:
    moment = Fields({"at": text}).moment("at")
    assert moment is not None
    return moment


async def test_a_new_identification_of_a_known_number_is_confirmed(
    make_tracker: TrackerFactory, client: SrsClient
) -> None:
    tracker = make_tracker()
    first = await start(client, "AUTHADA/eid", None)
    await tracker.register(first, mobile=MOBILE)
    one = await follow(tracker, first.ref_id)
    second = await start(client, "AUTHADA/eid", None)
    await tracker.register(second, mobile=MOBILE)
    two = await follow(tracker, second.ref_id)
    assert one.outcome is two.outcome is Outcome.VERIFIED
    assert two.evidence_id != one.evidence_id
