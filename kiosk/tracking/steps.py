"""One step of following an order: a poll, a verify or a cancel, and what it changes.

Each step makes at most two calls (a verify after a restart first fetches the mobile number from
the status call) and writes at most one journal transaction (none for a poll that changed
nothing), so a crash between steps loses nothing: the next run repeats the step, and every step
is safe to repeat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from kiosk.srs import (
    Conflict,
    EvidenceNotFound,
    IdentificationStatus,
    InvalidInput,
    MethodSpec,
    NotFound,
    ServiceUnavailable,
    SrsClient,
    SrsError,
    Status,
    find_method_spec,
)

from .journal import Journal
from .model import ActionKind, HistoryEntry, NextAction, TrackedOrder
from .offload import JournalThread
from .policy import Timing
from .privacy import scrub

log = logging.getLogger(__name__)

T = TypeVar("T")

SESSION_EXPIRED = "SESSION_EXPIRED"  # the SRS's reason when Klarna's session ran out
SESSION_OVER = "The method's session ended before the identification was terminated"
ABANDONED = "Not finished for too long; the kiosk cancelled it"


def _at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@dataclass
class Memo:
    """What a tracker keeps about an order in memory only (lost on restart, by design)."""

    mobile: str | None = None  # from the last status answer; needed for the verify call
    status: Status | None = None
    status_since: float = 0.0
    polls_in_status: int = 0

    def saw(self, status: Status, now: float) -> None:
        if status is self.status:
            self.polls_in_status += 1
        else:
            self.status, self.status_since, self.polls_in_status = status, now, 0


@dataclass
class CallStats:
    """How punctual the calls are: when the tracker cannot keep up, calls start late."""

    calls: int = 0
    late_total_s: float = 0.0
    late_max_s: float = 0.0

    def count(self, late_s: float) -> None:
        late_s = max(late_s, 0.0)
        self.calls += 1
        self.late_total_s += late_s
        self.late_max_s = max(self.late_max_s, late_s)

    @property
    def late_mean_s(self) -> float:
        return self.late_total_s / self.calls if self.calls else 0.0


def spec_of(order: TrackedOrder) -> MethodSpec | None:
    return find_method_spec(order.issuer, order.method)


class Steps:
    def __init__(self, client: SrsClient, journal: Journal, db: JournalThread, timing: Timing,
                 clock: Callable[[], float], slots: asyncio.Semaphore) -> None:
        self._client = client
        self._journal = journal
        self._db = db
        self._timing = timing
        self._clock = clock
        # Bounds the calls in flight. Held for the call only, not while the journal writes:
        # a step waiting for the disk must not keep another order from the network.
        self._slots = slots
        # A Retry-After is the service's word to this client, not to one order: no order calls
        # before this time (epoch seconds).
        self._not_before = 0.0
        self.stats = CallStats()

    async def _call(self, order: TrackedOrder, call: Coroutine[Any, Any, T]) -> T:
        """One call to the service: after any Retry-After pause, within the in-flight bound."""
        try:
            pause = self._not_before - self._clock()
            if pause > 0:
                await asyncio.sleep(pause)
            async with self._slots:
                if order.next_action is not None:
                    self.stats.count(self._clock() - order.next_action.due.timestamp())
                return await call
        except ServiceUnavailable as exc:
            if exc.retry_after_s is not None:
                honoured = min(exc.retry_after_s, self._timing.policy.max_retry_after_s)
                self._not_before = max(self._not_before, self._clock() + honoured)
            raise
        finally:
            call.close()  # never awaited when the pause was cancelled: no warning, no leak

    async def run(self, order: TrackedOrder, memo: Memo) -> TrackedOrder:
        """Do the order's due action; failures are recorded, never raised."""
        assert order.next_action is not None
        kind = order.next_action.kind
        try:
            if kind is ActionKind.POLL:
                return await self._poll(order, memo)
            if kind is ActionKind.VERIFY:
                return await self._verify(order, memo)
            return await self._cancel(order)
        except NotFound as exc:
            if self._timing.policy.unknown_order_is_final:
                return await self._finish(order, Status.EXPIRED,
                                          "The service no longer knows this order")
            return await self._failed(order, exc)
        except SrsError as exc:
            return await self._failed(order, exc)
        except Exception as exc:  # a bug must not stop the order being followed
            log.exception("order %s: %s step failed unexpectedly", order.ref_id, kind.value)
            return await self._failed(order, exc)

    # -- the three actions ----------------------------------------------------------------------

    async def _poll(self, order: TrackedOrder, memo: Memo) -> TrackedOrder:
        answer = await self._call(order, self._client.status(order.ref_id))
        memo.mobile = answer.mobile
        return await self._apply(order, answer, memo)

    async def _verify(self, order: TrackedOrder, memo: Memo) -> TrackedOrder:
        if memo.mobile is None:  # after a restart: the journal never holds the number
            memo.mobile = (await self._call(order, self._client.status(order.ref_id))).mobile
        if not memo.mobile:
            return await self._end_verify(order, "No mobile number was given, so there is no "
                                                 "evidence to look up")
        try:
            evidence = await self._call(
                order, self._client.verify(memo.mobile, order.jurisdiction, order.loa))
        except EvidenceNotFound as exc:
            now = self._clock()
            due = now + self._timing.verify_delay(order.verify_attempts + 1)
            if order.verify_until is not None and due > order.verify_until.timestamp():
                return await self._end_verify(order, f"No evidence before the deadline: "
                                                     f"{scrub(exc.message)}")
            return await self._db.call(self._journal.record_verify, order.ref_id,
                                       next_action=NextAction(ActionKind.VERIFY, _at(due)),
                                       at=now)
        except InvalidInput as exc:  # our jurisdiction/LOA will not change: stop asking
            return await self._end_verify(order, f"The verify call was refused: "
                                                 f"{scrub(exc.message)}")
        log.info("order %s: verified, evidence %s", order.ref_id, evidence.evidence_id)
        return await self._db.call(
            self._journal.record_verify, order.ref_id, next_action=None, at=self._clock(),
            evidence_id=evidence.evidence_id, valid_until=evidence.valid_until)

    async def _cancel(self, order: TrackedOrder) -> TrackedOrder:
        try:
            answer = await self._call(order, self._client.cancel(order.ref_id))
        except Conflict:
            log.info("order %s: cancel refused, the order has ended; checking how",
                     order.ref_id)
            now = self._clock()
            return await self._db.call(self._journal.cancel_refused, order.ref_id,
                                       NextAction(ActionKind.POLL, _at(now)), now)
        except NotFound:
            return await self._finish(order, Status.CANCELLED,
                                      "The SRS does not know this order; nothing to cancel")
        if not answer.status.is_final:
            raise SrsError(f"The SRS did not confirm the cancel (status {answer.status.value})")
        log.info("order %s: cancelled (%s)", order.ref_id, answer.status.value)
        return await self._apply(order, answer, Memo(), keep_reason=True)

    # -- recording ------------------------------------------------------------------------------

    async def _apply(self, order: TrackedOrder, answer: IdentificationStatus, memo: Memo, *,
                     keep_reason: bool = False) -> TrackedOrder:
        """Record a status answer and decide the next action."""
        now = self._clock()
        timing = self._timing
        spec = spec_of(order)
        status, reason = answer.status, scrub(answer.reason)
        if keep_reason and reason is None:
            reason = order.reason  # e.g. why the kiosk cancelled an abandoned order
        cancel = False
        history = [HistoryEntry(s, at, reason if s is status else None)
                   for s, at in answer.history]
        if not any(e.status is status for e in history):
            history.append(HistoryEntry(status, _at(now), reason))
        memo.saw(status, now)
        next_action: NextAction | None = None
        verify_until: datetime | None = None

        session_ran_out = (status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
                           and answer.reason == SESSION_EXPIRED
                           and spec is not None and spec.session_lifetime is not None)
        if session_ran_out:
            status = Status.EXPIRED  # the session ran out: the kiosk's own, clearer status
        elif status is Status.TERMINATED:
            if order.verify_until is None:
                first = timing.first_verify_at(spec, created_at=order.created_at.timestamp(),
                                               terminated_seen_at=now)
                verify_until = _at(timing.verify_deadline(first))
            else:  # seen before (e.g. a poll after a refused cancel): keep the schedule
                first = now
            next_action = NextAction(ActionKind.VERIFY, _at(first))
        elif not status.is_final:
            if order.expires_at is not None and now >= order.expires_at.timestamp():
                status, reason = Status.EXPIRED, SESSION_OVER
            elif now >= timing.follow_end(order.created_at.timestamp()):
                # Nobody finished it in all that time: cancel it rather than leave a dead order
                # at the provider (guide appendix 1).
                log.info("order %s: abandoned; cancelling it", order.ref_id)
                reason, cancel = ABANDONED, True
                next_action = NextAction(ActionKind.CANCEL, _at(now))
            else:
                next_action = NextAction(ActionKind.POLL, _at(self._next_poll(order, memo, now)))
        if status is Status.EXPIRED:
            history.append(HistoryEntry(Status.EXPIRED, _at(now), reason))
        if status is not order.status:
            log.info("order %s: %s -> %s", order.ref_id, order.status.value, status.value)
        known = {e.status for e in order.history}
        quiet = (next_action is not None and next_action.kind is ActionKind.POLL
                 and status is order.status and reason == order.reason and order.failures == 0
                 and answer.order_id in (None, order.order_id)
                 and all(e.status in known for e in history))
        if quiet:
            # Nothing visible changed: the next poll stays in memory, sparing the disk a write
            # per poll (a restart polls such an order at once, which is what it would do anyway).
            return replace(order, next_action=next_action)
        return await self._db.call(
            self._journal.record_status, order.ref_id, status, reason=reason,
            order_id=answer.order_id, history=history, next_action=next_action, at=now,
            verify_until=verify_until, cancel=cancel)

    def _next_poll(self, order: TrackedOrder, memo: Memo, now: float) -> float:
        spec = spec_of(order)
        assert memo.status is not None
        due = now + self._timing.poll_delay(
            spec.method_type if spec else None, memo.status,
            in_status_s=now - memo.status_since, polls_in_status=memo.polls_in_status)
        # One poll exactly at the session end, to tell "terminated just in time" from "expired".
        if order.expires_at is not None and now < order.expires_at.timestamp() < due:
            due = order.expires_at.timestamp()
        return due

    async def _end_verify(self, order: TrackedOrder, reason: str) -> TrackedOrder:
        log.info("order %s: ends without evidence: %s", order.ref_id, reason)
        return await self._db.call(self._journal.record_verify, order.ref_id, next_action=None,
                                   at=self._clock(), reason=reason)

    async def _finish(self, order: TrackedOrder, status: Status, reason: str) -> TrackedOrder:
        log.info("order %s: ends %s: %s", order.ref_id, status.value, reason)
        return await self._db.call(self._journal.finish, order.ref_id, status, reason,
                                   self._clock())

    async def _failed(self, order: TrackedOrder, exc: Exception) -> TrackedOrder:
        assert order.next_action is not None
        now = self._clock()
        kind = order.next_action.kind
        failures = order.failures + 1
        message = scrub(exc.message if isinstance(exc, SrsError) else
                        f"Unexpected {type(exc).__name__}") or ""
        retry_after = exc.retry_after_s if isinstance(exc, ServiceUnavailable) else None
        delay = self._timing.error_delay(failures, retry_after)
        if (kind is ActionKind.VERIFY and order.verify_until is not None
                and now + delay > order.verify_until.timestamp()):
            return await self._end_verify(order, f"No evidence before the deadline: {message}")
        log.warning("order %s: %s failed (%d in a row): %s; retrying in %.2f s",
                    order.ref_id, kind.value, failures, message, delay)
        return await self._db.call(self._journal.record_failure, order.ref_id, message,
                                   NextAction(kind, _at(now + delay)), now)
