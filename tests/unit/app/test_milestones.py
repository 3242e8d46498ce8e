"""The customer's milestones (issue 14 item 3): which one an order is at, and the estimates
from the guide's timings, per method."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.app.milestones import (
    Estimate,
    Milestone,
    Progress,
    current_milestone,
    estimates,
    milestone_states,
)
from kiosk.srs import Jurisdiction, Status
from kiosk.srs.catalogue import BANKIDENT_KLARNA, EID_AUTHADA, VIDEO_IDENTITY_TM
from kiosk.tracking import ActionKind, HistoryEntry, NextAction, TrackedOrder

T0 = datetime(2026, 12, 4, 21, 0, tzinfo=UTC)


def order(*statuses: Status, done: bool = False, evidence: bool = False) -> TrackedOrder:
    history = tuple(HistoryEntry(s, T0 + timedelta(minutes=i)) for i, s in enumerate(statuses))
    return TrackedOrder(
        ref_id="R1",
        order_id="O1",
        issuer="IDENTITY.TM",
        method="video",
        jurisdiction=Jurisdiction.EIDAS,
        loa=4,
        status=statuses[-1],
        reason=None,
        history=history,
        next_action=None if done or evidence else NextAction(ActionKind.POLL, T0),
        created_at=T0,
        updated_at=history[-1].at,
        evidence_id="E1" if evidence else None,
    )


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((Status.CREATED,), Milestone.IDENTIFY),
        ((Status.CREATED, Status.INITIALIZED), Milestone.IDENTIFY),
        ((Status.CREATED, Status.IN_PROGRESS), Milestone.IDENTIFY),
        ((Status.CREATED, Status.IDENTIFICATION_DONE), Milestone.CHECKS),
        ((Status.CREATED, Status.DATA_READY), Milestone.CHECKS),
        ((Status.CREATED, Status.DATA_READY, Status.TERMINATED), Milestone.SMS),
        # A status the kiosk does not know after the checks began: still the checks.
        ((Status.CREATED, Status.DATA_READY, Status.IN_PROGRESS), Milestone.CHECKS),
    ],
)
def test_current_milestone(statuses: tuple[Status, ...], expected: Milestone) -> None:
    assert current_milestone(order(*statuses)) is expected


def test_states_while_the_terms_wait() -> None:
    states = milestone_states(order(Status.CREATED, Status.IDENTIFICATION_DONE, Status.TERMINATED))
    assert [s.progress for s in states] == [
        Progress.DONE,
        Progress.DONE,
        Progress.CURRENT,
        Progress.TODO,
    ]
    assert states[0].at == T0 + timedelta(minutes=1)  # identified: IDENTIFICATION_DONE
    assert states[1].at == T0 + timedelta(minutes=2)  # checked: TERMINATED


def test_states_verified_and_failed() -> None:
    verified = milestone_states(order(Status.CREATED, Status.TERMINATED, evidence=True))
    assert [s.progress for s in verified] == [Progress.DONE] * 4
    cancelled = milestone_states(order(Status.CREATED, Status.CANCELLED, done=True))
    assert [s.progress for s in cancelled] == [
        Progress.FAILED,
        Progress.TODO,
        Progress.TODO,
        Progress.TODO,
    ]
    no_evidence = milestone_states(order(Status.CREATED, Status.TERMINATED, done=True))
    assert [s.progress for s in no_evidence][2] is Progress.FAILED
    assert [s.progress for s in milestone_states(None)] == [Progress.TODO] * 4


def test_estimates_per_method_from_the_guide() -> None:
    # Video: 10–20 minutes with the back office: the call, then the checks (about 10 each).
    assert estimates(VIDEO_IDENTITY_TM) == {
        Milestone.IDENTIFY: Estimate(10),
        Milestone.CHECKS: Estimate(10),
    }
    # AUTHADA: verified from 60 s after the start.
    assert estimates(EID_AUTHADA) == {
        Milestone.IDENTIFY: Estimate(None),
        Milestone.CHECKS: Estimate(1),
    }
    # Klarna: verify 30 s–2 min after TERMINATED: the SMS step.
    assert estimates(BANKIDENT_KLARNA) == {
        Milestone.IDENTIFY: Estimate(None),
        Milestone.CHECKS: Estimate(None),
        Milestone.SMS: Estimate(2),
    }
    assert estimates(None)[Milestone.IDENTIFY] == Estimate(None)


def test_no_time_before_the_step_it_follows() -> None:
    """The provider's clock ahead of the kiosk's: the evidence (kiosk time) gets no time."""
    verified = order(Status.CREATED, Status.IDENTIFICATION_DONE, Status.TERMINATED, evidence=True)
    verified = replace(verified, updated_at=T0 - timedelta(minutes=5))
    times = [s.at for s in milestone_states(verified)]
    assert times[:2] == [T0 + timedelta(minutes=1), T0 + timedelta(minutes=2)]
    assert times[2:] == [None, None]
