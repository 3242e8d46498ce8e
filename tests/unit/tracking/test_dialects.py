"""The tracker against other readings of the guide (the simulator's dialects): a late target
URL, statuses it does not know, no mobile in the status answer, odd verify answers, a 204
cancel. Skipped where the simulator has no dialects yet."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

pytest.importorskip("kiosk.simulator.dialects")

from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import SrsClient, Status
from kiosk.tracking import Outcome, Tracker

from .helpers import POLICY, SPEED, Events, Sim, TrackerFactory, follow, start

MOBILE = "+41791170001"


@pytest.fixture
def fast_sim(request: pytest.FixtureRequest) -> Iterator[EmbeddedSimulator]:
    """The simulator playing the dialects the test names (``indirect`` parameter)."""
    with EmbeddedSimulator(speed=SPEED, dialects=request.param) as sim:
        yield sim


def dialects(*names: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("fast_sim", [names], indirect=True)


@pytest.mark.parametrize(
    "fast_sim", [("late-target-url",), ("late-target-url", "eid-tokens-list")], indirect=True
)
@pytest.mark.parametrize("target", ["AUTHADA/eid", "IDENTITY.TM/video"])
async def test_a_late_target_url_arrives_with_the_tokens(
    tracker: Tracker, client: SrsClient, sim: Sim, target: str
) -> None:
    started = (
        await start(client, target, MOBILE, last_name="Muster")
        if target.startswith("IDENTITY")
        else await start(client, target, None)
    )
    assert started.target_url is None and started.status is Status.CREATED
    events = Events(tracker)
    order = await tracker.register(started, mobile=MOBILE)
    assert order.target_url is None
    await tracker.start()
    arrived = (await events.wait(lambda e: e.order.target_url is not None)).order
    if target == "AUTHADA/eid":  # the tokens came with it, kept in memory only
        assert arrived.mobile_token and arrived.session_token
    await sim.complete_page(arrived.target_url)  # type: ignore[arg-type]
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED


@dialects("unknown-status", "status-titlecase")
async def test_an_unknown_status_is_followed_normally_and_shown_as_given(
    tracker: Tracker, client: SrsClient
) -> None:
    started = await start(client, "IDENTITY.TM/video", MOBILE, last_name="Muster")
    events = Events(tracker)
    await tracker.register(started, mobile=MOBILE)
    await tracker.start()
    unknown = (await events.wait(lambda e: e.order.status is Status.IN_PROGRESS)).order
    assert unknown.status_text == "VIDEO_CALL_STARTED"
    assert unknown.shown_status == "VIDEO_CALL_STARTED"
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
    assert all(e.order.failures == 0 for e in events.seen)  # never a malformed answer


@dialects("no-mobile-in-status")
async def test_verify_uses_the_number_the_customer_gave(
    tracker: Tracker, client: SrsClient
) -> None:
    kept = await start(client, "AUTHADA/eid", None)
    await tracker.register(kept, mobile=MOBILE)
    unknown = await start(client, "AUTHADA/eid", None)
    await tracker.register(unknown)  # no number anywhere: nothing to look up
    assert (await follow(tracker, kept.ref_id)).outcome is Outcome.VERIFIED
    ended = await follow(tracker, unknown.ref_id)
    assert ended.outcome is Outcome.NO_EVIDENCE and "No mobile number" in (ended.reason or "")


@pytest.mark.parametrize(
    "fast_sim",
    [
        ("verify-odd-error",),
        ("verify-200-not-yet",),
        ("verify-dn-required",),
        ("verify-loa-integer", "verify-msisdn-digits", "errors-google"),
        ("verify-evidence-list", "answers-enveloped"),
    ],
    indirect=True,
)
async def test_odd_verify_answers_end_verified(tracker: Tracker, client: SrsClient) -> None:
    started = await start(client, "AUTHADA/eid", None)
    await tracker.register(
        started, mobile=MOBILE, distinguished_name="cn=Max Muster, givenname=Max, surname=Muster"
    )
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED


@dialects("cancel-204", "status-canceled")
async def test_a_204_cancel_ends_the_order(tracker: Tracker, client: SrsClient) -> None:
    started = await start(client, "AUTHADA/eid", None, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    order = await tracker.cancel(started.ref_id)
    assert order.status is Status.CANCELLED and order.is_done


KLARNA = {"first_name": "Anna", "last_name": "Muster", "dob": date(1985, 4, 12)}


@dialects("status-final-words")
@pytest.mark.parametrize(
    ("scenario", "reason"),
    [
        ("SIM-NEGATIVE", "The bank account holder does not match the data given"),
        ("SIM-EXPIRE", "TIMEOUT"),
    ],
)
async def test_the_guides_final_words_end_the_order(
    tracker: Tracker, client: SrsClient, sim: Sim, scenario: str, reason: str
) -> None:
    started = await start(client, "KLARNA/bankident", MOBILE, external_id=scenario, **KLARNA)
    await tracker.register(started, mobile=MOBILE)
    await tracker.start()
    await sim.advance(3601)
    done = await follow(tracker, started.ref_id)
    # Ended by the provider's word, not "in progress" until the kiosk gives up.
    assert done.status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
    assert (done.outcome, done.reason) == (Outcome.FAILED, reason)
    assert done.status_text in ("FAILED", "TIMEOUT")


@dialects("verify-verdict", "times-swiss")
async def test_a_verify_that_says_no_confirms_nothing(
    make_tracker: TrackerFactory, client: SrsClient
) -> None:
    # The verify deadline (24 h in production) shrunk to 10 simulated minutes.
    tracker = make_tracker(policy=replace(POLICY, verify_deadline_s=600))
    no_terms = await start(client, "AUTHADA/eid", None, external_id="SIM-NOTERMS")
    await tracker.register(no_terms, mobile=MOBILE)
    done = await follow(tracker, no_terms.ref_id)
    assert done.outcome is Outcome.NO_EVIDENCE and done.evidence_id is None
    assert done.reason is not None and "does not enable signing" in done.reason
    other = "+41791170002"
    accepted = await start(client, "AUTHADA/eid", None)
    await tracker.register(accepted, mobile=other)
    assert (await follow(tracker, accepted.ref_id)).outcome is Outcome.VERIFIED


@dialects("cancel-deletes")
async def test_cancelling_an_order_already_gone_ends_it(
    tracker: Tracker, client: SrsClient
) -> None:
    started = await start(client, "AUTHADA/eid", None, external_id="SIM-WAIT")
    await tracker.register(started, mobile=MOBILE)
    await client.cancel(started.ref_id)  # cancelled elsewhere (or our answer was lost): gone
    order = await tracker.cancel(started.ref_id)
    assert order.status is Status.CANCELLED and order.is_done
    assert order.failures == 0  # a 410 is no unexpected error retried for ever
