"""Backoff arithmetic and Retry-After parsing."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from kiosk.srs import RetryPolicy
from kiosk.srs.retry import parse_retry_after


def test_exponential_backoff_is_capped() -> None:
    policy = RetryPolicy(attempts=6, base_delay_s=1.0, max_delay_s=5.0, jitter_s=0.0)
    assert [policy.backoff_s(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_jitter_adds_up_to_its_bound() -> None:
    policy = RetryPolicy(base_delay_s=1.0, jitter_s=0.5)
    rng = random.Random(7)
    waits = [policy.backoff_s(1, rng) for _ in range(200)]
    assert all(1.0 <= w <= 1.5 for w in waits)
    assert len(set(waits)) > 100


def test_retry_after_replaces_backoff_but_is_capped() -> None:
    policy = RetryPolicy(base_delay_s=1.0, jitter_s=0.0, max_retry_after_s=10.0)
    assert policy.wait_s(1, 3.0) == 3.0
    assert policy.wait_s(1, 120.0) == 10.0
    assert policy.wait_s(2, None) == 2.0


def test_policy_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError, match="negative"):
        RetryPolicy(base_delay_s=-1)


NOW = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        (" 120 ", 120.0),
        ("0.5", 0.5),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),  # in the past: go now
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, now=NOW) == seconds
