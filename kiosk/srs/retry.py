"""How often and how long to retry a failed request (exponential backoff, jitter, Retry-After)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class RetryPolicy:
    """Retries for idempotent calls.

    ``attempts`` counts the first try; the n-th retry waits ``base_delay_s * 2**(n-1)``, capped at
    ``max_delay_s``, plus up to ``jitter_s`` at random (so kiosks of a fleet don't retry in step).
    A server's ``Retry-After`` replaces that wait, capped at ``max_retry_after_s``.
    """

    attempts: int = 4
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    jitter_s: float = 0.5
    max_retry_after_s: float = 30.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if min(self.base_delay_s, self.max_delay_s, self.jitter_s, self.max_retry_after_s) < 0:
            raise ValueError("delays must not be negative")

    def backoff_s(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Wait before retry ``retry_number`` (1 for the first retry), without Retry-After."""
        exponential = self.base_delay_s * 2.0 ** max(retry_number - 1, 0)
        jitter = (rng or random).uniform(0, self.jitter_s) if self.jitter_s else 0.0
        return min(exponential, self.max_delay_s) + jitter

    def wait_s(self, retry_number: int, retry_after_s: float | None) -> float:
        """Wait before retry ``retry_number``, honouring the server's Retry-After when given."""
        if retry_after_s is not None:
            return min(max(retry_after_s, 0.0), self.max_retry_after_s)
        return self.backoff_s(retry_number)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date. None if absent or
    unreadable (then the caller backs off on its own)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if re.fullmatch(r"[0-9]+(\.[0-9]+)?", text):  # RFC 9110 says integer; be lenient
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" dates: RFC 7231 dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)
