"""The session lifecycle (DESIGN §4) as a small state machine, and the idle rule per stage."""

from __future__ import annotations

from enum import StrEnum

from kiosk.srs import Status
from kiosk.tracking import Outcome, TrackedOrder

from .milestones import Milestone, current_milestone


class Stage(StrEnum):
    IDLE = "idle"  # attract screen, language choice
    SETUP = "setup"  # staff filter and pick a method
    DATA = "data"  # the customer's initial data, per the method's rules
    CONSENT = "consent"  # the redirect notice; the customer accepts
    STARTING = "starting"  # the start call is under way
    HANDOFF = "handoff"  # QR / web view / continue on the phone
    TRACKING = "tracking"  # live timeline
    RESULT = "result"  # verified with evidence id, or the reason and what to do next


# Where each stage may go next; every stage may also be wiped back to IDLE.
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    # HANDOFF: staff show a pending order's code again from the dashboard.
    Stage.IDLE: frozenset({Stage.SETUP, Stage.HANDOFF}),
    Stage.SETUP: frozenset({Stage.DATA}),
    Stage.DATA: frozenset({Stage.SETUP, Stage.CONSENT}),
    Stage.CONSENT: frozenset({Stage.DATA, Stage.STARTING}),
    Stage.STARTING: frozenset({Stage.CONSENT, Stage.HANDOFF}),
    Stage.HANDOFF: frozenset({Stage.TRACKING, Stage.RESULT}),
    Stage.TRACKING: frozenset({Stage.HANDOFF, Stage.RESULT}),
    Stage.RESULT: frozenset({Stage.CONSENT}),
}

# Stages on which the idle timer may end the session (by a wipe or, while the customer is busy,
# after the "Need more time?" prompt).
IDLE_WIPE_STAGES = frozenset(
    {Stage.SETUP, Stage.DATA, Stage.CONSENT, Stage.HANDOFF, Stage.TRACKING, Stage.RESULT}
)

# Statuses after which the customer has nothing left to do at the hand-off.
PAST_HANDOFF = frozenset({Status.IDENTIFICATION_DONE, Status.DATA_READY, Status.TERMINATED})


class IdleRule(StrEnum):
    """What no input on the screen leads to."""

    NONE = "none"  # nothing: the attract screen, a start call under way
    WIPE = "wipe"  # after ``[kiosk] idle_timeout_s`` (a countdown first): wipe
    # The customer is busy away from the screen (an app to install, the ID card to read, the SMS
    # to accept): after ``[kiosk] handoff_timeout_s`` the "Need more time?" prompt, never a wipe
    # without it.
    ASK = "ask"


def waits_on_customer(order: TrackedOrder | None) -> bool:
    """Whether the customer still has something to do for a pending order: identify (before
    the provider's checks), or accept the terms in the SMS (TERMINATED, not verified yet)."""
    if order is None:
        return True  # the start answer is there, the tracker's copy not yet: the hand-off
    if order.outcome is not Outcome.PENDING:
        return False
    return current_milestone(order) is not Milestone.CHECKS


def idle_rule(stage: Stage, order: TrackedOrder | None) -> IdleRule:
    """The idle rule of ``stage`` with the current order ``order`` (None: none, or not known
    to the tracker yet)."""
    if stage not in IDLE_WIPE_STAGES:
        return IdleRule.NONE
    if stage is Stage.HANDOFF:
        return IdleRule.ASK  # an order pending at the hand-off (a final one moves to RESULT)
    if stage is Stage.TRACKING and waits_on_customer(order):
        return IdleRule.ASK
    return IdleRule.WIPE


def handoff_reopenable(order: TrackedOrder) -> bool:
    """Whether staff may show an order's code (target URL) again: it is pending, its target
    URL is known, and the customer still has the identification itself to do."""
    return (
        order.outcome is Outcome.PENDING
        and not order.cancel_pending
        and bool(order.target_url)
        and order.status not in PAST_HANDOFF
    )


def allowed(current: Stage, target: Stage) -> bool:
    return target is Stage.IDLE or target in TRANSITIONS[current]
