"""The step indicator's model (issue 15 item 7): which of the five steps a stage is, and about
how long is left, per method, from the guide's timings and the kiosk's own figures."""

from __future__ import annotations

import pytest

from kiosk.app.journey_steps import (
    CONSENT_MINUTES,
    DETAILS_MINUTES,
    FEW_MINUTES,
    Step,
    StepPosition,
    identification_minutes,
    step_position,
)
from kiosk.app.stages import Stage
from kiosk.srs import Status
from kiosk.srs.catalogue import BANKIDENT_KLARNA, EID_AUTHADA, VIDEO_IDENTITY_TM
from tests.unit.app.test_milestones import order


@pytest.mark.parametrize(
    ("stage", "step", "number"),
    [
        (Stage.SETUP, Step.METHOD, 1),
        (Stage.DATA, Step.DETAILS, 2),
        (Stage.CONSENT, Step.CONSENT, 3),
        (Stage.STARTING, Step.CONSENT, 3),
        (Stage.HANDOFF, Step.IDENTIFICATION, 4),
        (Stage.TRACKING, Step.IDENTIFICATION, 4),
        (Stage.RESULT, Step.DONE, 5),
    ],
)
def test_each_stage_is_one_of_five_steps(stage: Stage, step: Step, number: int) -> None:
    position = step_position(stage, VIDEO_IDENTITY_TM, None)
    assert position is not None
    assert (position.step, position.number, position.total) == (step, number, 5)


def test_no_step_on_the_start_screen_and_no_time_before_a_method() -> None:
    assert step_position(Stage.IDLE, None, None) is None
    assert step_position(Stage.SETUP, None, None) == StepPosition(Step.METHOD, None)


def test_the_video_takes_its_stated_time_plus_the_sms() -> None:
    # The guide's 10-20 minutes for the call and the back office; the SMS is not timed.
    assert identification_minutes(VIDEO_IDENTITY_TM, None) == 20 + FEW_MINUTES
    details = step_position(Stage.DATA, VIDEO_IDENTITY_TM, None)
    consent = step_position(Stage.CONSENT, VIDEO_IDENTITY_TM, None)
    assert details is not None and consent is not None
    assert details.minutes_left == 20 + FEW_MINUTES + DETAILS_MINUTES + CONSENT_MINUTES
    assert consent.minutes_left == 20 + FEW_MINUTES + CONSENT_MINUTES


def test_the_time_left_shrinks_with_each_milestone() -> None:
    video = [
        identification_minutes(VIDEO_IDENTITY_TM, order(*statuses))
        for statuses in (
            (Status.CREATED,),
            (Status.CREATED, Status.DATA_READY),
            (Status.CREATED, Status.DATA_READY, Status.TERMINATED),
        )
    ]
    assert video == [20 + FEW_MINUTES, 10 + FEW_MINUTES, FEW_MINUTES]
    # Klarna: the verify window after TERMINATED (up to 2 minutes) is the SMS step's time.
    klarna = order(Status.CREATED, Status.TERMINATED)
    assert identification_minutes(BANKIDENT_KLARNA, klarna) == 2
    # AUTHADA: verified about a minute after the start (the checks).
    assert identification_minutes(EID_AUTHADA, None) == FEW_MINUTES + 1 + FEW_MINUTES


def test_nothing_left_once_the_order_is_final() -> None:
    assert (
        identification_minutes(
            VIDEO_IDENTITY_TM, order(Status.CREATED, Status.TERMINATED, evidence=True)
        )
        == 0
    )
    assert (
        identification_minutes(
            VIDEO_IDENTITY_TM, order(Status.CREATED, Status.CANCELLED, done=True)
        )
        == 0
    )
    done = step_position(Stage.RESULT, VIDEO_IDENTITY_TM, None)
    assert done == StepPosition(Step.DONE, 0)


def test_a_method_the_catalogue_does_not_describe_gets_a_few_minutes_a_milestone() -> None:
    assert identification_minutes(None, None) == 3 * FEW_MINUTES
