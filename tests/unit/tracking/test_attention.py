"""Which orders the dashboard's "Needs attention" shows: those staff should look at."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kiosk.srs import Jurisdiction, Status
from kiosk.tracking import SERVICE_FORGOT, TrackedOrder
from kiosk.tracking.model import PROBLEM_AFTER_FAILURES, ActionKind, NextAction

AT = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
POLL = NextAction(ActionKind.POLL, AT)

RUNNING = TrackedOrder(
    ref_id="r1",
    order_id=None,
    issuer="KLARNA",
    method="bankident",
    jurisdiction=Jurisdiction.EIDAS,
    loa=3,
    status=Status.IN_PROGRESS,
    reason=None,
    history=(),
    next_action=POLL,
    created_at=AT,
    updated_at=AT,
)


@pytest.mark.parametrize(
    ("order", "attention"),
    [
        (RUNNING, False),
        (replace(RUNNING, failures=PROBLEM_AFTER_FAILURES - 1, last_error="timeout"), False),
        (replace(RUNNING, failures=PROBLEM_AFTER_FAILURES, last_error="timeout"), True),
        (replace(RUNNING, status=Status.ERROR, next_action=None), True),  # failed
        (replace(RUNNING, status=Status.TERMINATED, next_action=None), True),  # no evidence
        (replace(RUNNING, status=Status.TERMINATED, next_action=None, evidence_id="e"), False),
        (replace(RUNNING, status=Status.CANCELLED, next_action=None), False),  # staff's choice
        (replace(RUNNING, status=Status.EXPIRED, next_action=None), False),  # the time ran out
        # The SRS answered 404 (training: the simulator forgot it): worth chasing.
        (replace(RUNNING, status=Status.EXPIRED, next_action=None, reason=SERVICE_FORGOT), True),
    ],
)
def test_needs_attention(order: TrackedOrder, attention: bool) -> None:
    assert order.needs_attention is attention
