"""The session lifecycle (DESIGN §4) as a small state machine."""

from __future__ import annotations

from enum import StrEnum


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
    Stage.IDLE: frozenset({Stage.SETUP}),
    Stage.SETUP: frozenset({Stage.DATA}),
    Stage.DATA: frozenset({Stage.SETUP, Stage.CONSENT}),
    Stage.CONSENT: frozenset({Stage.DATA, Stage.STARTING}),
    Stage.STARTING: frozenset({Stage.CONSENT, Stage.HANDOFF}),
    Stage.HANDOFF: frozenset({Stage.TRACKING, Stage.RESULT}),
    Stage.TRACKING: frozenset({Stage.HANDOFF, Stage.RESULT}),
    Stage.RESULT: frozenset({Stage.CONSENT}),
}

# Stages on which the idle timer may wipe the session.
IDLE_WIPE_STAGES = frozenset(
    {Stage.SETUP, Stage.DATA, Stage.CONSENT, Stage.HANDOFF, Stage.TRACKING, Stage.RESULT})


def allowed(current: Stage, target: Stage) -> bool:
    return target is Stage.IDLE or target in TRANSITIONS[current]
