"""The order tracker: follows every non-final order of the journal concurrently (no Qt).

One asyncio task per followed order sleeps until the order's next action is due (persisted in
the journal, so a restart resumes on schedule), runs it as one step, and repeats until nothing is
left to do. A semaphore bounds the calls in flight, so 500 orders cost 500 sleeping tasks and a
handful of connections. Observers get an ``OrderChanged`` for every visible change.

Two processes may share one journal (the kiosk window and a ``srs-kiosk track``): each order is
leased to one tracker (``Journal.claim``) before it polls, verifies or cancels it. A tracker renews
its leases every third of their length, leaves orders under another live lease alone, takes them
over once that lease lapses (the other process died) or is released (it closed), and releases
its own when it closes. A cancel requested by another process is only flagged in the journal;
the lease holder notices the flag when it next renews and does the cancel.

Typical use (the CLI's ``track``, the kiosk window)::

    async with Tracker(client, journal, time_scale=backend.time_scale) as tracker:
        tracker.subscribe(on_change)
        await tracker.start()             # resume every order that is not done
        intent = await tracker.begin_start(issuer, method, data.external_id)
        try:
            started = await client.start(issuer, method, data)
        except Exception as exc:
            if created_nothing(exc):
                await tracker.abandon_start(intent)
            raise                         # otherwise the intent stays: reported as interrupted
        await tracker.register(started, intent_id=intent, mobile=data.mobile,
                               jurisdiction=jurisdiction, loa=loa)

Give the tracker a client made with ``retry=TRACKER_CLIENT_RETRY`` (the composition root,
``kiosk.composition``, does): the tracker does its own retrying (with backoff, jitter and
Retry-After, persisted across restarts), so a client that also retries would only hide
failures and hold a slot while it waits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import time
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self

import httpx
import psutil

from kiosk.srs import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    Jurisdiction,
    NotFound,
    RetryPolicy,
    ServiceUnavailable,
    SrsClient,
    StartedIdentification,
    find_method_spec,
)

from .journal import Held, Journal, Lease, LeasedElsewhere, LeaseHolder, NewOrder
from .model import ActionKind, NextAction, OrderChanged, StartIntent, TrackedOrder
from .offload import JournalThread
from .policy import DEFAULT_POLICY, Timing, TrackingPolicy
from .privacy import scrub
from .steps import CallStats, Memo, OrderSecrets, Steps

log = logging.getLogger(__name__)

TRACKER_CLIENT_RETRY = RetryPolicy(attempts=1)
DEFAULT_MAX_IN_FLIGHT = 16
CANCEL_WAIT_S = 30.0  # how long cancel() waits for the attempt before returning the flag
PURGE_EVERY_S = 6 * 3600.0
DAY_S = 86400.0
# A start call takes seconds (a few bounded retries under load): an intent older than this
# whose answer never came is interrupted even when its process still runs (another host's).
START_CALL_MAX_S = 5 * 60.0

Callback = Callable[[OrderChanged], None]


class UnknownOrder(LookupError):  # noqa: N818 (reads as what it is)
    """The journal has no order with that ref id."""


@dataclass
class _Follower:
    task: asyncio.Task[None]
    wake: asyncio.Event
    memo: Memo = field(default_factory=Memo)
    cancel_waiters: list[asyncio.Future[TrackedOrder]] = field(default_factory=list)
    # Staff asked for the next step now (check_now): done before its time, then resolved.
    hurry_waiters: list[asyncio.Future[TrackedOrder]] = field(default_factory=list)
    order: TrackedOrder | None = None  # as the follower last saw it
    lost: bool = False  # another process holds the lease now: stop after the current step


def _visible(order: TrackedOrder) -> TrackedOrder:
    """The order without what changes on every quiet poll, for deciding whether to publish."""
    return replace(order, next_action=None, updated_at=order.created_at)


class Tracker:
    def __init__(
        self,
        client: SrsClient,
        journal: Journal,
        *,
        time_scale: float = 1.0,
        policy: TrackingPolicy = DEFAULT_POLICY,
        retention_days: int = 30,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        holder: LeaseHolder | None = None,
        unknown_order_is_final: bool | None = None,
        seen_times: bool = False,
        real_sessions: bool = False,
    ) -> None:
        """``unknown_order_is_final``: a 404 for an order ends it (training: the simulator
        forgets its orders when it stops) instead of counting as a problem; None keeps the
        policy's setting. ``real_sessions``: a method's session runs for its real length at
        any time scale (training watched at the window). ``seen_times``: the history keeps
        when the kiosk saw each status, not the provider's times (training: the simulator's
        clock runs fast)."""
        if unknown_order_is_final is not None:
            policy = replace(policy, unknown_order_is_final=unknown_order_is_final)
        self._journal = journal
        self._clock = clock
        self._timing = Timing(policy, time_scale, rng, real_sessions=real_sessions)
        self._db = JournalThread()
        # What must never reach the disk (the distinguished name, AUTHADA's tokens), per order.
        self._secrets: dict[str, OrderSecrets] = {}
        self._steps = Steps(
            client,
            journal,
            self._db,
            self._timing,
            clock,
            asyncio.Semaphore(max_in_flight),
            self._secrets,
            seen_times=seen_times,
        )
        self._retention_s = retention_days * DAY_S
        self._holder = holder or LeaseHolder.this_process()
        self._lease_s, self._renew_s = self._timing.lease()
        self._follow_all = False  # started without ref ids: also take over orders others drop
        self._subscribers: list[Callback] = []
        self._followers: dict[str, _Follower] = {}
        self._background: set[asyncio.Task[None]] = set()
        self._started = False
        self._closed = False
        self._idle = asyncio.Event()
        self._idle.set()

    # -- observers -------------------------------------------------------------------------------

    def subscribe(self, callback: Callback) -> Callable[[], None]:
        """Call ``callback`` (on the event loop) for every visible change; returns the function
        that unsubscribes. A callback that raises is logged and otherwise ignored."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _with_memory(self, order: TrackedOrder) -> TrackedOrder:
        """The order with what only this tracker's memory holds (AUTHADA's tokens)."""
        kept = self._secrets.get(order.ref_id)
        if kept is None or (kept.mobile_token is None and kept.session_token is None):
            return order
        return replace(order, mobile_token=kept.mobile_token, session_token=kept.session_token)

    def _publish(self, previous: TrackedOrder | None, order: TrackedOrder) -> None:
        order = self._with_memory(order)
        if order.is_done:
            self._secrets.pop(order.ref_id, None)
        if previous is not None and _visible(previous) == _visible(order):
            return
        event = OrderChanged(order, previous)
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:
                log.exception("an order observer failed")

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self, ref_ids: Iterable[str] | None = None) -> None:
        """Follow every order with something left to do, or only ``ref_ids`` (then orders
        registered later are followed too, but no others from the journal)."""
        if self._closed:
            raise RuntimeError("the tracker is closed")
        first = not self._started
        self._started = True
        if ref_ids is None:
            purged = await self._db.call(self._journal.purge, self._clock() - self._retention_s)
            if purged:
                log.info("purged %d finished orders older than the retention period", purged)
            self._follow_all = True
            if not any(t.get_name() == "tracker housekeeping" for t in self._background):
                self._spawn(self._housekeeping(), "tracker housekeeping")
        for ref_id in await self._claim(None if ref_ids is None else list(ref_ids)):
            self._follow(ref_id)
        if first:
            self._spawn(self._leases(), "tracker leases")
        log.info("tracker following %d orders", len(self._followers))

    async def aclose(self, *, release: bool = True) -> None:
        """Stop following (the journal keeps every schedule), wait for one-off calls and
        release this tracker's leases, so another process takes its orders over at once.
        ``release=False`` leaves the leases to lapse, as a killed process would (tests)."""
        if self._closed:
            return
        self._closed = True
        tasks = [f.task for f in self._followers.values()]
        for task in tasks:
            task.cancel()
        background = list(self._background)
        await asyncio.gather(*tasks, return_exceptions=True)
        # One-off cancels (register, cancel before start) finish: each is one bounded call.
        for task in background:
            if task.get_name() in ("tracker housekeeping", "tracker leases"):
                task.cancel()
        await asyncio.gather(*background, return_exceptions=True)
        if release:
            try:
                released = await self._db.call(self._journal.release, self._holder.owner)
            except Exception:  # a journal closed or locked: the leases lapse on their own
                log.exception("could not release the order leases")
            else:
                if released:
                    log.info("released the leases of %d orders", released)
        self._db.shutdown()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def following(self) -> int:
        return len(self._followers)

    @property
    def holder(self) -> LeaseHolder:
        """Who this tracker is in the journal's leases."""
        return self._holder

    @property
    def lease_timing(self) -> tuple[float, float]:
        """How long a lease lasts and how often this tracker renews its leases (seconds)."""
        return self._lease_s, self._renew_s

    async def followed_elsewhere(self) -> list[LeasedElsewhere]:
        """Active orders that other processes follow under live leases, per process."""
        return await self._db.call(
            self._journal.leased_elsewhere, self._holder.owner, self._clock()
        )

    async def leases_elsewhere(self) -> dict[str, Lease]:
        """The live leases other processes hold, per active order (this tracker neither follows
        those orders nor hears of their changes: re-read them from the journal)."""
        return await self._db.call(
            self._journal.leases_elsewhere, self._holder.owner, self._clock()
        )

    @property
    def stats(self) -> CallStats:
        """Calls made so far and how late they started (a health figure for dashboards)."""
        return self._steps.stats

    async def wait_idle(self) -> None:
        """Return when no order is followed any more (all done, or none to follow)."""
        await self._idle.wait()

    async def wait_done(self, ref_id: str) -> TrackedOrder:
        """Return the order once nothing is left to do for it (it must be followed)."""
        follower = self._followers.get(ref_id)
        if follower is not None:
            await asyncio.shield(follower.task)
        order = await self.get(ref_id)
        if order is None:
            raise UnknownOrder(ref_id)
        return order

    # -- reading ---------------------------------------------------------------------------------

    async def get(self, ref_id: str) -> TrackedOrder | None:
        order = await self._db.call(self._journal.get, ref_id)
        return None if order is None else self._with_memory(order)

    async def orders(self, *, active_only: bool = False) -> list[TrackedOrder]:
        return [
            self._with_memory(o)
            for o in await self._db.call(self._journal.orders, active_only=active_only)
        ]

    async def interrupted_starts(self) -> list[StartIntent]:
        """Start calls whose answer never arrived (see :func:`interrupted`)."""
        intents = await self._db.call(self._journal.intents)
        return interrupted(intents, self._clock(), own_pid=os.getpid())

    # -- commands --------------------------------------------------------------------------------

    async def begin_start(self, issuer: str, method: str, external_id: str | None) -> str:
        """Record (durably) that a start call is about to be made; returns the intent id to
        pass to :meth:`register`, or to :meth:`abandon_start` when the call surely created
        nothing. Also fetches the journal's key now, so nothing slow follows the call."""
        await self._db.call(self._journal.prepare_keys)
        return await self._db.call(
            self._journal.add_intent,
            issuer,
            method,
            external_id,
            self._clock(),
            pid=self._holder.pid,
            host=self._holder.host,
        )

    async def abandon_start(self, intent_id: str) -> None:
        """The start call certainly created no order (a 4xx, connection refused, 429/503):
        forget the intent. Use :func:`created_nothing` to decide."""
        await self._db.call(self._journal.drop_intent, intent_id)

    async def register(
        self,
        started: StartedIdentification,
        *,
        intent_id: str | None = None,
        mobile: str | None = None,
        jurisdiction: Jurisdiction | None = None,
        loa: int | None = None,
        distinguished_name: str | None = None,
        customer_language: str | None = None,
    ) -> TrackedOrder:
        """Record a started order, replacing its start intent in one transaction, right after
        the start answer (before anyone is shown its target URL), and follow it once the
        tracker runs. ``mobile`` is kept encrypted for the verify call until the order is done;
        ``jurisdiction``/``loa`` are the order's own for the verify call (default: the
        method's); ``distinguished_name`` is sent with the verify call and kept in memory only;
        ``customer_language``: the customer's screens' language (staff show the code again).
        The customer's previous pending orders are cancelled: a new target URL makes them dead
        weight at the provider (guide appendix 1)."""
        now = self._clock()
        spec = find_method_spec(started.issuer, started.method)
        first_poll = now + self._timing.poll_delay(
            spec.method_type if spec else None,
            started.status,
            in_status_s=0,
            polls_in_status=0,
            awaiting_url=started.target_url is None,
        )
        new = NewOrder(
            ref_id=started.ref_id,
            issuer=started.issuer,
            method=started.method,
            jurisdiction=jurisdiction or (spec.jurisdictions[0] if spec else Jurisdiction.EIDAS),
            loa=loa or (spec.loa if spec else 4),
            status=started.status,
            next_action=NextAction(ActionKind.POLL, _at(first_poll)),
            order_id=started.order_id,
            status_text=scrub(started.status_text, limit=100) or "",
            mobile=mobile or None,
            target_url=started.target_url,
            customer_language=customer_language,
        )
        if distinguished_name or started.mobile_token or started.session_token:
            self._secrets[started.ref_id] = OrderSecrets(
                distinguished_name=distinguished_name or None,
                mobile_token=started.mobile_token,
                session_token=started.session_token,
            )
        # Leased to this tracker in the same transaction: no other process can claim it first.
        lease = Lease(self._holder, _at(now + self._lease_s))
        order = await self._db.call(self._add, new, now, lease, intent_id)
        log.info("order %s registered (%s/%s)", order.ref_id, order.issuer, order.method)
        self._publish(None, order)
        customer_key = order.customer_key
        if self._started and not self._closed and await self._claim([order.ref_id]):
            self._follow(order.ref_id)
        if customer_key:
            previous = await self._db.call(
                self._journal.pending_for_customer, customer_key, exclude=order.ref_id
            )
            for old in previous:
                log.info("order %s: superseded by %s; cancelling it", old.ref_id, order.ref_id)
                await self._request_cancel(old.ref_id)
        return self._with_memory(order)

    async def cancel(self, ref_id: str) -> TrackedOrder:
        """Cancel a pending order (staff). Returns after the first attempt (or CANCEL_WAIT_S);
        a failed attempt stays flagged ``cancel_pending`` and is retried until it succeeds."""
        waiter = await self._request_cancel(ref_id)
        order = await (self.get(ref_id) if waiter is None else self._after_step(waiter, ref_id))
        assert order is not None
        return order

    async def _after_step(
        self, waiter: asyncio.Future[TrackedOrder], ref_id: str
    ) -> TrackedOrder | None:
        """The order once the step ``waiter`` stands for is done, or as it is after
        CANCEL_WAIT_S (the step goes on)."""
        try:
            return await asyncio.wait_for(asyncio.shield(waiter), CANCEL_WAIT_S)
        except TimeoutError:
            return await self.get(ref_id)

    async def check_now(self, ref_id: str) -> TrackedOrder | None:
        """The order's next step (its status or verify call) now rather than at its time: staff
        whose customer says they are done. Returns the order after that step (or after
        CANCEL_WAIT_S, as it is then); the schedule goes on from there. An order with nothing
        left to do is returned as it is; None when another process follows it."""
        order = await self.get(ref_id)
        if order is None:
            raise UnknownOrder(ref_id)
        if order.next_action is None:
            return order
        waiter = await self._step_now(order, lambda f: f.hurry_waiters, "check")
        if waiter is None:
            return None
        log.info("order %s: checked now at staff's request", ref_id)
        return await self._after_step(waiter, ref_id)

    async def record_target_url_use(self, ref_id: str) -> TrackedOrder:
        """Count one more load of the order's target URL (Klarna allows 6 in all: the first
        and 5 reuses). The first use starts the identification process, and with it the
        method's session (Klarna: 60 minutes)."""
        previous = await self.get(ref_id)
        if previous is None:
            raise UnknownOrder(ref_id)
        session_s = self._timing.session_s(find_method_spec(previous.issuer, previous.method))
        order = self._with_memory(
            await self._db.call(
                self._journal.count_target_url_use, ref_id, self._clock(), session_s=session_s
            )
        )
        self._publish(previous, order)
        follower = self._followers.get(ref_id)
        if follower is not None and order.expires_at != previous.expires_at:
            follower.wake.set()  # re-read: the next poll may now be due at the session end
        return order

    def _add(self, new: NewOrder, now: float, lease: Lease, intent_id: str | None) -> TrackedOrder:
        """On the journal thread: the customer key (an HMAC: microseconds) and the order."""
        if new.mobile:
            new = replace(new, customer_key=self._journal.customer_key(new.mobile))
        return self._journal.add(new, now, lease=lease, intent_id=intent_id)

    async def _request_cancel(self, ref_id: str) -> asyncio.Future[TrackedOrder] | None:
        """Flag the order and get the attempt going; the future resolves after the attempt.
        None when there is nothing to cancel (the order has ended)."""
        previous = await self.get(ref_id)
        if previous is None:
            raise UnknownOrder(ref_id)
        order = await self._db.call(self._journal.request_cancel, ref_id, self._clock())
        self._publish(previous, order)
        if not order.cancel_pending:
            return None
        waiter = await self._step_now(order, lambda f: f.cancel_waiters, "cancel")
        if waiter is None:
            # Another process follows it: its tracker sees the flag when it next renews its
            # leases and cancels the order then.
            log.info("order %s: followed by another process, which will cancel it", ref_id)
        return waiter

    async def _step_now(
        self,
        order: TrackedOrder,
        waiters: Callable[[_Follower], list[asyncio.Future[TrackedOrder]]],
        name: str,
    ) -> asyncio.Future[TrackedOrder] | None:
        """Get the order's next step done now by its follower (made if needed); where this
        tracker follows nothing (e.g. `identify` without --wait), one step here, and what is
        left is `track`'s. The future resolves after the step; None when another process
        follows the order."""
        ref_id = order.ref_id
        follower = self._followers.get(ref_id) if self._started else None
        if follower is None and not await self._claim([ref_id]):
            return None
        waiter: asyncio.Future[TrackedOrder] = asyncio.get_running_loop().create_future()
        if follower is None and self._started and not self._closed:
            follower = self._follow(ref_id)
        if follower is not None:
            waiters(follower).append(waiter)
            follower.wake.set()
        else:
            self._spawn(self._one_step(order, waiter), f"{name} {ref_id}")
        return waiter

    # -- leases ----------------------------------------------------------------------------------

    async def _claim(self, ref_ids: list[str] | None) -> list[str]:
        """Lease (or renew) the named orders, or every claimable one; those now held."""
        return [h.ref_id for h in await self._db.call(self._claim_sync, ref_ids)]

    def _claim_sync(self, ref_ids: list[str] | None) -> list[Held]:
        """On the journal thread: the claim, treating the leases of processes of this host
        that are gone (killed, crashed) as lapsed, so a restart takes over at once."""
        now = self._clock()
        gone = [
            e.holder.owner
            for e in self._journal.leased_elsewhere(self._holder.owner, now)
            if _process_gone(e.holder)
        ]
        if gone:
            log.info("taking over the orders of %d stopped processes", len(gone))
        return self._journal.claim(self._holder, ref_ids, now, now + self._lease_s, gone=gone)

    async def _leases(self) -> None:
        """Renew this tracker's leases, take over orders whose lease lapsed or was released,
        stop following orders another process took, and pass on cancels requested elsewhere."""
        while True:
            await asyncio.sleep(self._renew_s)
            try:
                await self._renew()
            except Exception:  # e.g. the journal stayed locked: retry at the next round
                log.exception("renewing the order leases failed")

    async def _renew(self) -> None:
        mine = list(self._followers)
        if not self._follow_all and not mine:
            return
        held = await self._db.call(self._claim_sync, None if self._follow_all else mine)
        now = self._clock()
        taken = 0
        for h in held:
            follower = self._followers.get(h.ref_id)
            if follower is None:
                if self._follow_all and not self._closed:
                    self._follow(h.ref_id)
                    taken += 1
            elif h.cancel_pending and not _cancelling(follower.order):
                follower.wake.set()  # flagged by another process: re-read the journal
        if taken:
            log.info("took over %d orders (another process stopped following them)", taken)
        held_ids = {h.ref_id for h in held}
        missing = [ref_id for ref_id in mine if ref_id not in held_ids]
        if missing:
            for ref_id in await self._db.call(
                self._journal.held_elsewhere, self._holder.owner, missing, now
            ):
                follower = self._followers.get(ref_id)
                if follower is not None:
                    log.warning(
                        "order %s: another process took it over (this one's lease "
                        "lapsed); no longer following it",
                        ref_id,
                    )
                    follower.lost = True
                    follower.wake.set()

    # -- following -------------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def _one_step(self, order: TrackedOrder, waiter: asyncio.Future[TrackedOrder]) -> None:
        try:
            new = await self._steps.run(order, Memo())
            self._publish(order, new)
            if not waiter.done():
                waiter.set_result(new)
        except BaseException as exc:
            if not waiter.done():
                waiter.set_exception(exc)
            raise

    def _follow(self, ref_id: str) -> _Follower:
        existing = self._followers.get(ref_id)
        if existing is not None and not existing.task.done():
            return existing
        wake = asyncio.Event()
        task = asyncio.get_running_loop().create_task(
            self._run(ref_id, wake), name=f"track {ref_id}"
        )
        follower = _Follower(task, wake)
        self._followers[ref_id] = follower
        self._idle.clear()
        task.add_done_callback(lambda _: self._forget(ref_id, follower))
        return follower

    def _forget(self, ref_id: str, follower: _Follower) -> None:
        if self._followers.get(ref_id) is follower:
            del self._followers[ref_id]
        if not self._followers:
            self._idle.set()

    async def _run(self, ref_id: str, wake: asyncio.Event) -> None:
        follower = self._followers[ref_id]
        order: TrackedOrder | None = None
        try:
            order = follower.order = await self.get(ref_id)
            while order is not None and (action := order.next_action) is not None:
                if follower.lost:
                    break
                if wake.is_set():  # someone changed the order (a cancel): re-read the journal
                    wake.clear()
                    order = follower.order = await self.get(ref_id)
                    continue
                delay = action.due.timestamp() - self._clock()
                if delay > 0 and not follower.hurry_waiters:
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(delay):
                            await wake.wait()
                    continue
                kind = action.kind
                new = await self._steps.run(order, follower.memo)
                self._publish(order, new)
                if kind is ActionKind.CANCEL:
                    _resolve(follower.cancel_waiters, new)
                _resolve(follower.hurry_waiters, new)
                order = follower.order = new
        finally:
            _resolve(follower.cancel_waiters, order)
            _resolve(follower.hurry_waiters, order)

    async def _housekeeping(self) -> None:
        """Purge old finished orders now and then (orders other processes add or drop are
        picked up by the lease renewals)."""
        while True:
            await asyncio.sleep(PURGE_EVERY_S)
            await self._db.call(self._journal.purge, self._clock() - self._retention_s)


def created_nothing(exc: BaseException) -> bool:
    """Whether a failed start call certainly created no order at the SRS: it was refused (a
    4xx: bad input, credentials, unknown method, conflict), never sent (connection refused,
    connect timeout), or refused for load (429/503: nothing was processed). A timeout while
    waiting for the answer, a dropped connection or another 5xx may have created one."""
    if isinstance(exc, InvalidInput | AuthenticationFailed | NotFound | Conflict):
        return True
    if isinstance(exc, ServiceUnavailable):
        if exc.status_code in (429, 503):
            return True
        cause = exc.__cause__
        return exc.status_code is None and isinstance(
            cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
        )
    status_code = getattr(exc, "status_code", None)
    return isinstance(status_code, int) and 400 <= status_code < 500


def interrupted(intents: list[StartIntent], now: float, *, own_pid: int) -> list[StartIntent]:
    """The intents whose start answer never arrived: their process has ended (on this host),
    or the call would have ended long ago. Intents of a live process that is still calling are
    not interrupted (yet)."""
    out = []
    for intent in intents:
        age = now - intent.created_at.timestamp()
        gone = (
            intent.host == socket.gethostname()
            and intent.pid != own_pid
            and (intent.pid <= 0 or not psutil.pid_exists(intent.pid))
        )
        if gone or age > START_CALL_MAX_S:
            out.append(intent)
    return out


def _resolve(waiters: list[asyncio.Future[TrackedOrder]], order: TrackedOrder | None) -> None:
    pending, waiters[:] = list(waiters), []
    for waiter in pending:
        if waiter.done():
            continue
        if order is None:
            waiter.set_exception(UnknownOrder("the order left the journal"))
        else:
            waiter.set_result(order)


def _process_gone(holder: LeaseHolder) -> bool:
    """Whether the lease holder's process has certainly ended: only knowable on this host. A
    reused pid reads as alive: the lease then lapses as for another host's process."""
    if holder.host != socket.gethostname() or holder.pid == os.getpid() or holder.pid <= 0:
        return False
    return not psutil.pid_exists(holder.pid)


def _cancelling(order: TrackedOrder | None) -> bool:
    return (
        order is not None
        and order.next_action is not None
        and order.next_action.kind is ActionKind.CANCEL
    )


def _at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)
