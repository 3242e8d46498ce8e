"""Follow one order to a final status and run the verify call at the recommended time (no Qt).

The single-order path used by ``srs-kiosk identify --wait``; the background tracker for many
orders builds on the same timing rules.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from kiosk.srs import (
    EvidenceNotFound,
    IdentificationStatus,
    Jurisdiction,
    ServiceUnavailable,
    SrsClient,
    Status,
)
from kiosk.srs.catalogue import MethodSpec, VerifyAnchor
from kiosk.srs.models import Evidence

log = logging.getLogger(__name__)

# Real-time poll interval while the customer is in the flow; multiplied by time_scale.
POLL_INTERVAL_S = 5.0
# Never poll faster than this, whatever the scale: the service is not ours to hammer.
MIN_POLL_S = 0.1
# How long the verify call is retried after its recommended start (the customer may still have
# to accept the T&C by SMS).
VERIFY_DEADLINE_S = 30 * 60.0
VERIFY_RETRY_S = 30.0


@dataclass(frozen=True)
class Outcome:
    status: IdentificationStatus
    evidence: Evidence | None


StatusCallback = Callable[[IdentificationStatus], Awaitable[None] | None]


async def follow(client: SrsClient, ref_id: str, spec: MethodSpec | None, *,
                 time_scale: float, jurisdiction: Jurisdiction | None = None,
                 loa: int | None = None, msisdn: str | None = None,
                 on_status: StatusCallback | None = None) -> Outcome:
    """Poll until a final status, report each change, then verify a TERMINATED order."""
    started = time.monotonic()
    last: Status | None = None
    interval = max(MIN_POLL_S, POLL_INTERVAL_S * time_scale)
    while True:
        try:
            current = await client.status(ref_id)
        except ServiceUnavailable as exc:
            log.warning("status of %s unavailable, retrying: %s", ref_id, exc.message)
            await asyncio.sleep(max(interval, exc.retry_after_s or 0))
            continue
        if current.status is not last:
            last = current.status
            if on_status is not None:
                result = on_status(current)
                if result is not None:
                    await result
        if current.is_final:
            break
        await asyncio.sleep(interval)

    if current.status is not Status.TERMINATED or spec is None:
        return Outcome(current, None)
    number = msisdn or current.mobile
    if not number:
        return Outcome(current, None)
    delay = spec.verify.delay.total_seconds()
    if spec.verify.anchor is VerifyAnchor.AFTER_START:
        delay -= time.monotonic() - started
    await asyncio.sleep(max(0.0, delay * time_scale))
    evidence = await verify_until(client, number, jurisdiction or spec.jurisdictions[0],
                                  loa or spec.loa, time_scale=time_scale)
    return Outcome(current, evidence)


async def verify_until(client: SrsClient, msisdn: str, jurisdiction: Jurisdiction, loa: int,
                       *, time_scale: float) -> Evidence | None:
    """Retry the verify call until the evidence appears or the (scaled) deadline passes."""
    deadline = time.monotonic() + VERIFY_DEADLINE_S * time_scale
    retry = max(MIN_POLL_S, VERIFY_RETRY_S * time_scale)
    while True:
        try:
            return await client.verify(msisdn, jurisdiction, loa)
        except (EvidenceNotFound, ServiceUnavailable) as exc:
            if time.monotonic() + retry > deadline:
                log.info("no evidence before the deadline: %s", exc.message)
                return None
        await asyncio.sleep(retry)
