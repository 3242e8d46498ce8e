"""One step of following an order: a poll, a verify or a cancel, and what it changes.

Each step makes at most two calls (a verify of an order whose mobile number the journal does not
hold first asks the status call for it) and writes at most one journal transaction (none for a
poll that changed nothing), so a crash between steps loses nothing: the next run repeats the
step, and every step is safe to repeat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TypeVar

from kiosk.srs import (
    AuthenticationFailed,
    Conflict,
    EvidenceNotFound,
    IdentificationStatus,
    MethodSpec,
    NotFound,
    ServiceUnavailable,
    SrsClient,
    SrsError,
    Status,
    find_method_spec,
)

from .evidence_owner import not_this_orders
from .journal import Journal
from .model import SERVICE_FORGOT, ActionKind, HistoryEntry, NextAction, TrackedOrder
from .offload import JournalThread
from .policy import Timing
from .privacy import scrub

log = logging.getLogger(__name__)

T = TypeVar("T")

# The kiosk's own EXPIRED, a last resort: the provider ends a session that runs out with its own
# negative status; only when that never comes (policy.session_grace_s after the session's end)
# does the kiosk stop following the order.
SESSION_OVER = "The method's session ended and the provider reported no end of the identification"
ABANDONED = "Not finished for too long; the kiosk cancelled it"
# Guide appendix 3: at the session's timeout the identification becomes negative, no reason
# given. A negative without a reason that comes once the session can have ended says so (the
# customer and staff read "start again", not "check your data").
SESSION_TIMED_OUT = "The method's session timed out (the provider's negative status, no reason)"


def _at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@dataclass
class OrderSecrets:
    """What must never reach the disk, per order, in the tracker's memory only."""

    distinguished_name: str | None = None  # sent with the verify call when known
    mobile_token: str | None = None  # AUTHADA's tokens, for the hand-off
    session_token: str | None = None


# Before the identification process starts: the provider's states up to the target URL's use.
_NOT_STARTED = frozenset({Status.CREATED, Status.INITIALIZED})
# A cancel answered so has no such call at the SRS (405: not for DELETE; 501: not built).
_NO_SUCH_CALL = frozenset({405, 501})


@dataclass
class Memo:
    """What a tracker keeps about an order in memory only (lost on restart, by design)."""

    mobile: str | None = None  # from the last status answer: verify's fallback only
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
    def __init__(
        self,
        client: SrsClient,
        journal: Journal,
        db: JournalThread,
        timing: Timing,
        clock: Callable[[], float],
        slots: asyncio.Semaphore,
        secrets: dict[str, OrderSecrets] | None = None,
        *,
        seen_times: bool = False,
    ) -> None:
        self._client = client
        self._seen_times = seen_times
        self._secrets = secrets if secrets is not None else {}
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

    async def _call(self, order: TrackedOrder, call: Awaitable[T]) -> T:
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
            if isinstance(call, Coroutine):
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
                return await self._finish(order, Status.EXPIRED, SERVICE_FORGOT)
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
        # The number the customer gave (kept encrypted while the order runs); the status
        # answer's number only where none was kept (an order from before journal format 5).
        mobile = await self._db.call(self._journal.mobile_of, order.ref_id)
        if not mobile:
            if memo.mobile is None:
                memo.mobile = (await self._call(order, self._client.status(order.ref_id))).mobile
            mobile = memo.mobile
        if not mobile:
            return await self._end_verify(
                order, "No mobile number was given, so there is no evidence to look up"
            )
        kept = self._secrets.get(order.ref_id)
        try:
            evidence = await self._call(
                order,
                self._client.verify(
                    mobile, order.jurisdiction, order.loa, kept.distinguished_name if kept else None
                ),
            )
        except (AuthenticationFailed, ServiceUnavailable):
            raise  # our credentials, or the service down: backoff (and Retry-After)
        except SrsError as exc:
            # "Not yet" (200 without evidence, or 404), and anything else the RA says that we
            # don't know: asked again on the verify schedule until the deadline, then the order
            # ends with the RA's words.
            if not isinstance(exc, EvidenceNotFound):
                log.warning(
                    "order %s: verify answered %s; asking again on the schedule",
                    order.ref_id,
                    scrub(exc.message),
                )
            return await self._verify_later(order, exc)
        # The answer is the number's evidence, maybe an earlier identification's (T&C accepted
        # long ago): it confirms this order only if it can be this order's.
        holder = await self._db.call(
            self._journal.evidence_holder, evidence.evidence_id, order.ref_id
        )
        foreign = not_this_orders(order, evidence, holder, real_clock=not self._seen_times)
        if foreign is not None:
            log.info("order %s: verify answered an earlier evidence: %s", order.ref_id, foreign)
            return await self._verify_later(
                order,
                EvidenceNotFound(
                    "The RA service answers only an earlier evidence of this mobile number "
                    f"({foreign}); this identification has none (T&C not accepted?)"
                ),
            )
        log.info("order %s: verified, evidence %s", order.ref_id, evidence.evidence_id)
        return await self._db.call(
            self._journal.record_verify,
            order.ref_id,
            next_action=None,
            at=self._clock(),
            evidence_id=evidence.evidence_id,
            valid_until=evidence.valid_until,
        )

    async def _verify_later(self, order: TrackedOrder, exc: SrsError) -> TrackedOrder:
        """No evidence of this order yet: ask again on the schedule, or end at the deadline."""
        now = self._clock()
        due = now + self._timing.verify_delay(order.verify_attempts + 1)
        if order.verify_until is not None and due > order.verify_until.timestamp():
            prefix = (
                "No evidence before the deadline"
                if isinstance(exc, EvidenceNotFound)
                else "The RA service did not give the evidence before the deadline"
            )
            return await self._end_verify(order, f"{prefix}: {scrub(exc.message)}")
        return await self._db.call(
            self._journal.record_verify,
            order.ref_id,
            next_action=NextAction(ActionKind.VERIFY, _at(due)),
            at=now,
        )

    async def _cancel(self, order: TrackedOrder) -> TrackedOrder:
        try:
            answer = await self._call(order, self._client.cancel(order.ref_id))
        except Conflict:
            log.info("order %s: cancel refused, the order has ended; checking how", order.ref_id)
            now = self._clock()
            return await self._db.call(
                self._journal.cancel_refused,
                order.ref_id,
                NextAction(ActionKind.POLL, _at(now)),
                now,
            )
        except NotFound:
            return await self._no_cancel_here(order, "HTTP 404")
        except SrsError as exc:
            if exc.status_code not in _NO_SUCH_CALL:
                raise
            return await self._no_cancel_here(order, f"HTTP {exc.status_code}")
        if not answer.status.is_final:
            raise SrsError(f"The SRS did not confirm the cancel (status {answer.status.value})")
        log.info("order %s: cancelled (%s)", order.ref_id, answer.status.value)
        return await self._apply(order, answer, Memo(), keep_reason=True)

    async def _no_cancel_here(self, order: TrackedOrder, answer: str) -> TrackedOrder:
        """The cancel call was not found (the guide leaves the cancel call to a Swagger document
        we do not have): an unknown order was cancelled as good as; an order the status call
        still knows stays followed as it is, and is not cancelled again."""
        try:
            await self._call(order, self._client.status(order.ref_id))
        except NotFound:
            return await self._finish(
                order, Status.CANCELLED, "The SRS does not know this order; nothing to cancel"
            )
        log.warning(
            "order %s: the SRS has no cancel call for it (%s); it stays open there until it ends",
            order.ref_id,
            answer,
        )
        now = self._clock()
        return await self._db.call(
            self._journal.cancel_refused, order.ref_id, NextAction(ActionKind.POLL, _at(now)), now
        )

    # -- recording ------------------------------------------------------------------------------

    async def _apply(
        self,
        order: TrackedOrder,
        answer: IdentificationStatus,
        memo: Memo,
        *,
        keep_reason: bool = False,
    ) -> TrackedOrder:
        """Record a status answer and decide the next action."""
        now = self._clock()
        timing = self._timing
        spec = spec_of(order)
        status, reason = answer.status, scrub(answer.reason)
        if (
            status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
            and reason is None
            and status is not order.status
            and self._session_over(order, answer, now)
        ):
            reason = SESSION_TIMED_OUT
        status_text = scrub(answer.status_text, limit=100) or ""
        if answer.mobile_token or answer.session_token:
            kept = self._secrets.setdefault(order.ref_id, OrderSecrets())
            kept.mobile_token = answer.mobile_token or kept.mobile_token
            kept.session_token = answer.session_token or kept.session_token
        # A target URL that came late (the start answer had only the Ref-ID), or a new one.
        new_url = (
            answer.target_url if answer.target_url not in (None, "", order.target_url) else None
        )
        if new_url is not None:
            log.info("order %s: the target URL arrived", order.ref_id)
        # The identification process has started once the status moves past INITIALIZED.
        process_started = order.identification_started_at is None and status not in _NOT_STARTED
        if keep_reason and reason is None:
            reason = order.reason  # e.g. why the kiosk cancelled an abandoned order
        cancel = False
        history = [
            HistoryEntry(s, _at(now) if self._seen_times else at, reason if s is status else None)
            for s, at in answer.history
        ]
        if not any(e.status is status for e in history):
            history.append(HistoryEntry(status, _at(now), reason))
        memo.saw(status, now)
        next_action: NextAction | None = None
        verify_until: datetime | None = None

        expires_at = order.expires_at.timestamp() if order.expires_at else None
        if process_started and expires_at is None:
            session_s = timing.session_s(spec)
            expires_at = None if session_s is None else now + session_s
        if status is Status.TERMINATED:
            if order.verify_until is None:
                first = timing.first_verify_at(
                    spec, created_at=order.created_at.timestamp(), terminated_seen_at=now
                )
                verify_until = _at(timing.verify_deadline(first))
            else:  # seen before (e.g. a poll after a refused cancel): keep the schedule
                first = now
            next_action = NextAction(ActionKind.VERIFY, _at(first))
        elif not status.is_final:
            if expires_at is not None and now >= expires_at + timing.session_grace():
                status, reason = Status.EXPIRED, SESSION_OVER
            elif now >= timing.follow_end(order.created_at.timestamp()):
                # Nobody finished it in all that time: cancel it rather than leave a dead order
                # at the provider (guide appendix 1).
                log.info("order %s: abandoned; cancelling it", order.ref_id)
                reason, cancel = ABANDONED, True
                next_action = NextAction(ActionKind.CANCEL, _at(now))
            else:
                next_action = NextAction(
                    ActionKind.POLL,
                    _at(
                        self._next_poll(
                            order,
                            memo,
                            now,
                            expires_at,
                            awaiting_url=(
                                new_url is None
                                and order.target_url is None
                                and status in _NOT_STARTED
                            ),
                        )
                    ),
                )
        if status is Status.EXPIRED:
            history.append(HistoryEntry(Status.EXPIRED, _at(now), reason))
        if status is not order.status:
            log.info("order %s: %s -> %s", order.ref_id, order.status.value, status.value)
        known = {e.status for e in order.history}
        quiet = (
            next_action is not None
            and next_action.kind is ActionKind.POLL
            and status is order.status
            and reason == order.reason
            and order.failures == 0
            and answer.order_id in (None, order.order_id)
            and new_url is None
            and not process_started
            and status_text == order.status_text
            and all(e.status in known for e in history)
        )
        if quiet:
            # Nothing visible changed: the next poll stays in memory, sparing the disk a write
            # per poll (a restart polls such an order at once, which is what it would do anyway).
            return replace(order, next_action=next_action)
        return await self._db.call(
            self._journal.record_status,
            order.ref_id,
            status,
            reason=reason,
            order_id=answer.order_id,
            history=history,
            next_action=next_action,
            at=now,
            verify_until=verify_until,
            cancel=cancel,
            status_text=status_text,
            target_url=new_url,
            process_started=process_started,
            session_s=timing.session_s(spec),
        )

    def _session_over(self, order: TrackedOrder, answer: IdentificationStatus, now: float) -> bool:
        """The method's session (Klarna: 60 minutes) can have run out: it starts after the
        order, so at least its length has passed since, on the kiosk's clock or by the
        provider's history (a little less, for the clocks)."""
        spec = spec_of(order)
        lifetime = spec.session_lifetime if spec else None
        if lifetime is None:
            return False
        session_s = self._timing.session_s(spec)
        assert session_s is not None
        if now - order.created_at.timestamp() >= 0.98 * session_s:
            return True
        created, ended = answer.reached_at(Status.CREATED), answer.reached_at(answer.status)
        return created is not None and ended is not None and ended - created >= 0.98 * lifetime

    def _next_poll(
        self,
        order: TrackedOrder,
        memo: Memo,
        now: float,
        expires_at: float | None,
        *,
        awaiting_url: bool,
    ) -> float:
        spec = spec_of(order)
        assert memo.status is not None
        due = now + self._timing.poll_delay(
            spec.method_type if spec else None,
            memo.status,
            in_status_s=now - memo.status_since,
            polls_in_status=memo.polls_in_status,
            awaiting_url=awaiting_url,
        )
        # One poll right at the session end and one at the end of the grace after it: the
        # provider's word on how it ended comes soon, and the kiosk's own verdict is on time.
        if expires_at is not None:
            for moment in (expires_at, expires_at + self._timing.session_grace()):
                if now < moment < due:
                    due = moment
                    break
        return due

    async def _end_verify(self, order: TrackedOrder, reason: str) -> TrackedOrder:
        log.info("order %s: ends without evidence: %s", order.ref_id, reason)
        return await self._db.call(
            self._journal.record_verify,
            order.ref_id,
            next_action=None,
            at=self._clock(),
            reason=reason,
        )

    async def _finish(self, order: TrackedOrder, status: Status, reason: str) -> TrackedOrder:
        log.info("order %s: ends %s: %s", order.ref_id, status.value, reason)
        return await self._db.call(
            self._journal.finish, order.ref_id, status, reason, self._clock()
        )

    async def _failed(self, order: TrackedOrder, exc: Exception) -> TrackedOrder:
        assert order.next_action is not None
        now = self._clock()
        kind = order.next_action.kind
        failures = order.failures + 1
        message = (
            scrub(exc.message if isinstance(exc, SrsError) else f"Unexpected {type(exc).__name__}")
            or ""
        )
        retry_after = exc.retry_after_s if isinstance(exc, ServiceUnavailable) else None
        delay = self._timing.error_delay(failures, retry_after)
        if (
            kind is ActionKind.VERIFY
            and order.verify_until is not None
            and now + delay > order.verify_until.timestamp()
        ):
            return await self._end_verify(order, f"No evidence before the deadline: {message}")
        log.warning(
            "order %s: %s failed (%d in a row): %s; retrying in %.2f s",
            order.ref_id,
            kind.value,
            failures,
            message,
            delay,
        )
        return await self._db.call(
            self._journal.record_failure,
            order.ref_id,
            message,
            NextAction(kind, _at(now + delay)),
            now,
        )
