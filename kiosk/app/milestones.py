"""The customer's view of an order: four milestones in plain words (issue 14 item 3) instead of
the provider's statuses, each with its state and, where the guide gives one, a time estimate.

1. Identify yourself — 2. The provider checks — 3. Confirm the SMS (the terms) — 4. Ready to sign.

The provider's statuses map onto them: CREATED/INITIALIZED (or a status the kiosk does not know)
is the customer's own identification; IDENTIFICATION_DONE and DATA_READY the provider's checks;
TERMINATED without evidence the SMS with the terms to accept (the verify call fails until then,
guide appendix 1); the evidence found: ready to sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk.srs import MethodSpec, Status, VerifyAnchor
from kiosk.tracking import Outcome, TrackedOrder


class Milestone(StrEnum):
    IDENTIFY = "identify"
    CHECKS = "checks"
    SMS = "sms"
    READY = "ready"


MILESTONES = (Milestone.IDENTIFY, Milestone.CHECKS, Milestone.SMS, Milestone.READY)


class Progress(StrEnum):
    DONE = "done"
    CURRENT = "current"
    TODO = "todo"
    FAILED = "failed"  # the order ended here (error, negative, cancelled, expired, no evidence)


@dataclass(frozen=True)
class Estimate:
    """How long a milestone usually takes: about ``minutes``, or "a few minutes" (None)."""

    minutes: int | None


@dataclass(frozen=True)
class MilestoneState:
    milestone: Milestone
    progress: Progress
    at: datetime | None = None  # when it was done (or failed)


_CHECKS = frozenset({Status.IDENTIFICATION_DONE, Status.DATA_READY})


def current_milestone(order: TrackedOrder) -> Milestone:
    """Where the order stands (for a failed order: where it ended)."""
    if order.evidence_id:
        return Milestone.READY
    if order.status is Status.TERMINATED or order.reached_at(Status.TERMINATED):
        return Milestone.SMS
    if order.status in _CHECKS or any(order.reached_at(s) for s in _CHECKS):
        return Milestone.CHECKS
    return Milestone.IDENTIFY


def _done_at(order: TrackedOrder, milestone: Milestone) -> datetime | None:
    if milestone is Milestone.IDENTIFY:
        return (
            order.reached_at(Status.IDENTIFICATION_DONE)
            or order.reached_at(Status.DATA_READY)
            or order.reached_at(Status.TERMINATED)
        )
    if milestone is Milestone.CHECKS:
        return order.reached_at(Status.TERMINATED)
    return order.updated_at  # the evidence: the last change


def milestone_states(order: TrackedOrder | None) -> list[MilestoneState]:
    """Each milestone's state for ``order`` (None: all to do)."""
    if order is None:
        return [MilestoneState(m, Progress.TODO) for m in MILESTONES]
    now = current_milestone(order)
    index = MILESTONES.index(now)
    ended_badly = order.outcome not in (Outcome.PENDING, Outcome.VERIFIED)
    states: list[MilestoneState] = []
    last: datetime | None = None
    for i, milestone in enumerate(MILESTONES):
        if i < index or order.outcome is Outcome.VERIFIED:
            at = _done_at(order, milestone)
            # The provider's clock (history) and the kiosk's (the evidence) may disagree: no
            # time rather than one before the step it follows.
            if at is not None and last is not None and at < last:
                at = None
            last = at or last
            states.append(MilestoneState(milestone, Progress.DONE, at))
        elif i == index:
            progress = Progress.FAILED if ended_badly else Progress.CURRENT
            states.append(
                MilestoneState(milestone, progress, order.updated_at if ended_badly else None)
            )
        else:
            states.append(MilestoneState(milestone, Progress.TODO))
    return states


def _minutes(value: timedelta) -> int:
    return max(1, round(value.total_seconds() / 60))


def estimates(spec: MethodSpec | None) -> dict[Milestone, Estimate]:
    """Per milestone, from the catalogue: the video's 10–20 minutes are the call and the back
    office (about the lower figure each); AUTHADA is verified from 60 s after the start (the
    checks: about a minute); Klarna's verify window after TERMINATED (30 s–2 min) is the time
    the SMS step usually takes. Where the guide says nothing: "a few minutes"."""
    if spec is None:
        return {Milestone.IDENTIFY: Estimate(None), Milestone.CHECKS: Estimate(None)}
    found = {Milestone.IDENTIFY: Estimate(None), Milestone.CHECKS: Estimate(None)}
    if spec.typical_duration is not None:
        low, high = spec.typical_duration
        found[Milestone.IDENTIFY] = Estimate(_minutes(low))
        found[Milestone.CHECKS] = Estimate(_minutes(high - low))
    elif spec.verify.anchor is VerifyAnchor.AFTER_START:
        found[Milestone.CHECKS] = Estimate(_minutes(spec.verify.delay))
    if spec.verify.window_end is not None:
        found[Milestone.SMS] = Estimate(_minutes(spec.verify.window_end))
    return found
