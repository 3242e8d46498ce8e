"""Where the customer is on their way, and about how long is left (issue 15 item 7): five steps
— the method, the details, the consent, the identification, done — numbered for the step
indicator above the customer screens.

The time left adds up the expected time of the current step and the ones after it: the form and
the consent by the kiosk's own figures; the identification by its milestones' estimates
(:func:`kiosk.app.milestones.estimates`, the guide's timings), a milestone the guide gives no
time for counting as "a few minutes". The figure is for the whole step (it does not count down
while the step lasts): an estimate for a calm "about", never a promise.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.srs import MethodSpec
from kiosk.tracking import Outcome, TrackedOrder

from .milestones import MILESTONES, Estimate, Milestone, current_milestone, estimates
from .stages import Stage


class Step(StrEnum):
    METHOD = "method"
    DETAILS = "details"
    CONSENT = "consent"
    IDENTIFICATION = "identification"
    DONE = "done"


STEPS = (Step.METHOD, Step.DETAILS, Step.CONSENT, Step.IDENTIFICATION, Step.DONE)

# The kiosk's own figures where the guide gives none (minutes): filling in the form, reading
# the notice, and a milestone of the identification the guide does not time ("a few minutes").
DETAILS_MINUTES = 2
CONSENT_MINUTES = 1
FEW_MINUTES = 3

_STEP_OF_STAGE = {
    Stage.SETUP: Step.METHOD,
    Stage.DATA: Step.DETAILS,
    Stage.CONSENT: Step.CONSENT,
    Stage.STARTING: Step.CONSENT,
    Stage.HANDOFF: Step.IDENTIFICATION,
    Stage.TRACKING: Step.IDENTIFICATION,
    Stage.RESULT: Step.DONE,
}


@dataclass(frozen=True)
class StepPosition:
    step: Step
    minutes_left: int | None  # None: not known yet (no method chosen)

    @property
    def number(self) -> int:
        """1 for the first step."""
        return STEPS.index(self.step) + 1

    @property
    def total(self) -> int:
        return len(STEPS)


def step_of(stage: Stage) -> Step | None:
    """The step a stage belongs to (None: the start screen, before the customer's way)."""
    return _STEP_OF_STAGE.get(stage)


def identification_minutes(spec: MethodSpec | None, order: TrackedOrder | None) -> int:
    """The milestones still ahead of ``order`` (all of them before the start), current one
    included; 0 once the order is final."""
    if order is not None and order.outcome is not Outcome.PENDING:
        return 0
    now = current_milestone(order) if order is not None else Milestone.IDENTIFY
    guess = estimates(spec)
    ahead = MILESTONES[MILESTONES.index(now) :]
    return sum(
        guess.get(m, Estimate(None)).minutes or FEW_MINUTES
        for m in ahead
        if m is not Milestone.READY
    )


def step_position(
    stage: Stage, spec: MethodSpec | None, order: TrackedOrder | None
) -> StepPosition | None:
    """Where the customer is at ``stage`` with the chosen method's ``spec`` (None: one the
    catalogue does not describe) and the current ``order`` (None: not started)."""
    step = step_of(stage)
    if step is None:
        return None
    if step is Step.METHOD:
        return StepPosition(step, None)
    minutes = identification_minutes(spec, order) if step is not Step.DONE else 0
    if step is Step.DETAILS:
        minutes += DETAILS_MINUTES + CONSENT_MINUTES
    elif step is Step.CONSENT:
        minutes += CONSENT_MINUTES
    return StepPosition(step, minutes)
