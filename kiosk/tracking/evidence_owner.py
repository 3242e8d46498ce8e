"""Whether a verify answer's evidence can be this order's.

The RA verify call asks by mobile number (guide §2.2, [3]) and answers that number's evidence,
which may be an earlier identification of the same person: its T&C accepted, still valid for
years. An order is confirmed only by an evidence that can be its own (CONTRACT.md, "Whose
evidence a verify answer is").
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.srs import Evidence, latest_reading

from .model import TrackedOrder

# The RA's clock and the kiosk's (the order's start is the kiosk's) may differ this much; an
# evidence is made minutes after the order's start at the earliest (the identification itself),
# so the margin costs nothing.
CLOCK_SKEW = timedelta(minutes=5)


def _made(evidence: Evidence) -> datetime | None:
    """The latest moment the evidence's time can mean: a bare date (read as midnight) is the
    whole day; a time without a zone may be UTC as well as Swiss (never refuse a fresh one)."""
    if evidence.created_at is None:
        return None
    at = latest_reading(evidence.created_at)
    if (at.hour, at.minute, at.second, at.microsecond) == (0, 0, 0, 0):
        return at + timedelta(days=1)
    return at


def not_this_orders(
    order: TrackedOrder, evidence: Evidence, holder: str | None, *, real_clock: bool = True
) -> str | None:
    """Why the evidence cannot belong to ``order`` (None: it can). ``holder``: another order
    of the journal the evidence is already attached to. ``real_clock``: the service's times
    are real ones (not the training simulator's fast clock), comparable with the kiosk's."""
    if holder is not None:
        return f"the evidence {evidence.evidence_id} is another order's ({holder})"
    made = _made(evidence) if real_clock else None
    if made is not None and evidence.created_at and made < order.created_at - CLOCK_SKEW:
        return (
            f"the evidence {evidence.evidence_id} was made on "
            f"{evidence.created_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC, before this order started"
        )
    return None
