"""The idle rule across every stage (issue 14 item 2): a wipe where the customer is at the
screen, never a wipe without the "Need more time?" prompt while they are busy elsewhere (the
hand-off, the SMS to accept), nothing on the attract screen or during the start call."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kiosk.app.stages import IdleRule, Stage, handoff_reopenable, idle_rule, waits_on_customer
from kiosk.srs import Jurisdiction, Status
from kiosk.tracking import ActionKind, HistoryEntry, NextAction, TrackedOrder

NOW = datetime(2026, 12, 4, 21, 0, tzinfo=UTC)


def order(
    status: Status,
    *,
    done: bool = False,
    evidence: bool = False,
    url: str | None = "https://isp.example/t/1",
) -> TrackedOrder:
    kind = ActionKind.VERIFY if status is Status.TERMINATED else ActionKind.POLL
    return TrackedOrder(
        ref_id="R1",
        order_id=None,
        issuer="AUTHADA",
        method="eid",
        jurisdiction=Jurisdiction.EIDAS,
        loa=4,
        status=status,
        reason=None,
        history=(HistoryEntry(Status.CREATED, NOW), HistoryEntry(status, NOW)),
        next_action=None if done or evidence else NextAction(kind, NOW),
        created_at=NOW,
        updated_at=NOW,
        evidence_id="E1" if evidence else None,
        target_url=url,
    )


PENDING_AT_HANDOFF = order(Status.INITIALIZED)
CHECKING = order(Status.DATA_READY)
TERMS_TO_ACCEPT = order(Status.TERMINATED)
VERIFIED = order(Status.TERMINATED, evidence=True)
CANCELLED = order(Status.CANCELLED, done=True)

# Every stage, with every kind of order it can show: the rule expected.
CASES = [
    (Stage.IDLE, None, IdleRule.NONE),
    (Stage.IDLE, PENDING_AT_HANDOFF, IdleRule.NONE),  # a background order: attract screen
    (Stage.SETUP, None, IdleRule.WIPE),
    (Stage.DATA, None, IdleRule.WIPE),
    (Stage.CONSENT, None, IdleRule.WIPE),
    (Stage.STARTING, None, IdleRule.NONE),  # the start call is under way
    (Stage.HANDOFF, None, IdleRule.ASK),  # the start answer is there, the tracker's copy not yet
    (Stage.HANDOFF, PENDING_AT_HANDOFF, IdleRule.ASK),
    (Stage.HANDOFF, order(Status.CREATED, url=None), IdleRule.ASK),  # preparing the link
    (Stage.HANDOFF, order(Status.IN_PROGRESS), IdleRule.ASK),  # a status the kiosk does not know
    (Stage.TRACKING, PENDING_AT_HANDOFF, IdleRule.ASK),  # back from the hand-off, still to do
    (Stage.TRACKING, order(Status.IDENTIFICATION_DONE), IdleRule.WIPE),  # the provider's turn
    (Stage.TRACKING, CHECKING, IdleRule.WIPE),
    (Stage.TRACKING, TERMS_TO_ACCEPT, IdleRule.ASK),  # the SMS with the terms
    (Stage.TRACKING, VERIFIED, IdleRule.WIPE),
    (Stage.RESULT, VERIFIED, IdleRule.WIPE),
    (Stage.RESULT, CANCELLED, IdleRule.WIPE),
    (Stage.RESULT, order(Status.TERMINATED, done=True), IdleRule.WIPE),  # no evidence: final
]


def test_every_stage_has_a_case() -> None:
    assert {stage for stage, _, _ in CASES} == set(Stage)


@pytest.mark.parametrize(
    ("stage", "current", "rule"),
    CASES,
    ids=[f"{s.value}-{o.status.value if o else 'none'}-{r.value}" for s, o, r in CASES],
)
def test_idle_rule(stage: Stage, current: TrackedOrder | None, rule: IdleRule) -> None:
    assert idle_rule(stage, current) is rule


def test_the_customer_is_waited_on_only_while_they_have_something_to_do() -> None:
    assert waits_on_customer(PENDING_AT_HANDOFF)
    assert waits_on_customer(TERMS_TO_ACCEPT)
    assert not waits_on_customer(CHECKING)
    # A status the kiosk does not know after the checks began: still the provider's turn.
    assert not waits_on_customer(replace(CHECKING, status=Status.IN_PROGRESS))
    assert not waits_on_customer(VERIFIED)
    assert not waits_on_customer(CANCELLED)


def test_a_code_is_shown_again_only_while_the_order_waits_for_its_customer() -> None:
    assert handoff_reopenable(PENDING_AT_HANDOFF)
    assert handoff_reopenable(order(Status.IN_PROGRESS))
    assert not handoff_reopenable(order(Status.INITIALIZED, url=None))  # no link to show
    assert not handoff_reopenable(CHECKING)  # nothing left to do at the hand-off
    assert not handoff_reopenable(TERMS_TO_ACCEPT)
    assert not handoff_reopenable(CANCELLED)
    assert not handoff_reopenable(replace(PENDING_AT_HANDOFF, cancel_pending=True))
