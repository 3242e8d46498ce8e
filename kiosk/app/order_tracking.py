"""The UI's one door to order tracking: the tracker (SQLite journal, background following,
verify, cancel) behind a Qt object that signals each change on the GUI thread's loop.

Orders live here, not in the customer's session: the idle wipe drops the session, never an
order, and a restart resumes every unfinished one from the journal.

Another process on the same journal (a command-line ``srs-kiosk track``, a second window) may
follow some orders under its lease: this tracker leaves them alone and hears nothing of their
changes, so :meth:`OrderTracking.sync_elsewhere` re-reads them from the journal (the dashboard
calls it every few seconds while it shows) and notices when this tracker takes one over.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from kiosk.srs import Jurisdiction, SrsClient, StartedIdentification
from kiosk.tracking import (
    Journal,
    JournalError,
    LeaseHolder,
    OrderChanged,
    Outcome,
    TrackedOrder,
    Tracker,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InterruptedStart:
    """A start call whose answer never arrived (kiosk.tracking's StartIntent, as staff see it)."""

    issuer: str
    method: str
    external_id: str | None
    created_at: datetime


# A journal write that failed: a full disk, a read-only file, a lock held too long, damage.
JOURNAL_FAILURES: tuple[type[BaseException], ...] = (sqlite3.Error, JournalError, OSError)


class OrderTracking(QObject):
    changed = Signal(str)  # the ref id of an order whose visible state changed
    finished = Signal(str)  # the ref id of an order that just reached its end

    def __init__(
        self, tracker: Tracker, client: SrsClient, journal: Journal, parent: QObject | None = None
    ) -> None:
        """``tracker`` follows the orders of ``journal`` through ``client`` (its own: closed
        here); all three built by the composition root (kiosk.composition)."""
        super().__init__(parent)
        self._client = client
        self._journal = journal
        self._tracker = tracker
        self._orders: dict[str, TrackedOrder] = {}
        self._elsewhere: dict[str, LeaseHolder] = {}  # ref id → the process following it
        self._closed = False
        self._unsubscribe = self._tracker.subscribe(self._on_change)

    async def start(self) -> None:
        """Resume every unfinished order of the journal."""
        await self._tracker.start()
        for order in await self._tracker.orders(active_only=True):
            self._orders[order.ref_id] = order
        await self.sync_elsewhere()

    async def begin_start(self, issuer: str, method: str, external_id: str | None) -> str:
        """Record durably that a start is about to be sent (the intent's id); raises one of
        JOURNAL_FAILURES when the journal cannot record it (then nothing must be sent)."""
        return await self._tracker.begin_start(issuer, method, external_id)

    async def register(
        self,
        started: StartedIdentification,
        *,
        intent_id: str,
        mobile: str | None,
        jurisdiction: Jurisdiction,
        loa: int,
        distinguished_name: str | None = None,
        customer_language: str | None = None,
    ) -> TrackedOrder:
        """Journal and follow a started order in place of its start intent (before its target
        URL is shown), with the jurisdiction and LOA it is verified with and the customer's
        language (staff may show its code again). Raises one of
        JOURNAL_FAILURES when the journal cannot record it."""
        order = await self._tracker.register(
            started,
            intent_id=intent_id,
            mobile=mobile,
            jurisdiction=jurisdiction,
            loa=loa,
            distinguished_name=distinguished_name,
            customer_language=customer_language,
        )
        self._orders[order.ref_id] = order
        return order

    async def interrupted_starts(self) -> list[InterruptedStart]:
        """Start calls of this journal whose answer never arrived (a crash, a lost connection):
        the SRS may hold an order nobody follows; staff check with support."""
        return [
            InterruptedStart(i.issuer, i.method, i.external_id, i.created_at)
            for i in await self._tracker.interrupted_starts()
        ]

    async def abandon_start(self, intent_id: str) -> None:
        """Forget a start intent whose call surely created nothing."""
        if intent_id:
            await self._tracker.abandon_start(intent_id)

    async def cancel(self, ref_id: str) -> TrackedOrder:
        """Cancel at the SRS. An order another process follows is only flagged in the journal
        (``cancel_pending``): that process cancels it at its next lease renewal (then
        :meth:`followed_elsewhere` names it)."""
        order = await self._tracker.cancel(ref_id)
        self._store(order)
        if order.cancel_pending:
            await self.sync_elsewhere()
        return order

    async def check_now(self, ref_id: str) -> TrackedOrder | None:
        """The order's next status or verify call now (see Tracker.check_now); None when
        another process follows it."""
        order = await self._tracker.check_now(ref_id)
        if order is not None:
            self._store(order)
        return order

    def followed_elsewhere(self, ref_id: str) -> LeaseHolder | None:
        """The other process that follows the order, as of the last :meth:`sync_elsewhere`."""
        return self._elsewhere.get(ref_id)

    async def sync_elsewhere(self) -> None:
        """Re-read from the journal the orders other processes follow (and those followed
        elsewhere until now: this tracker may have taken them over, or they ended); signal
        ``changed`` for each whose state or follower changed. No SRS calls."""
        if self._closed:
            return
        leases = await self._tracker.leases_elsewhere()
        holders = {ref_id: lease.holder for ref_id, lease in leases.items()}
        fresh: list[TrackedOrder] = []
        for ref_id in sorted(set(self._elsewhere) | set(holders)):
            order = await self._tracker.get(ref_id)
            if order is not None:
                fresh.append(order)
        # Nothing is changed before every read is done (a cancelled sync changes nothing).
        previous, self._elsewhere = self._elsewhere, holders
        for order in fresh:
            known = self._orders.get(order.ref_id)
            if known is not None and known.updated_at > order.updated_at:
                order = known  # this tracker published a newer state meanwhile
            if order != known or previous.get(order.ref_id) != holders.get(order.ref_id):
                self._store(order)
                if order.is_done and known is not None and not known.is_done:
                    self.finished.emit(order.ref_id)  # it ended in the other process

    async def record_target_url_use(self, ref_id: str) -> TrackedOrder:
        """One more load of the order's target URL (Klarna allows 5 within its session)."""
        order = await self._tracker.record_target_url_use(ref_id)
        self._store(order)
        return order

    @property
    def client(self) -> SrsClient:
        return self._client

    async def journal_orders(self) -> list[TrackedOrder]:
        """Every order of the journal, final ones too (until the retention purges them)."""
        return await self._tracker.orders()

    async def mobile(self, ref_id: str) -> str | None:
        """The order's mobile number: the one the customer gave (the journal keeps it encrypted
        while the order runs), else the one the SRS's status answer holds (a method that takes
        no number at the start, like AUTHADA, has none there)."""
        number = await asyncio.to_thread(self._journal.mobile_of, ref_id)
        if number:
            return number
        return (await self._client.status(ref_id)).mobile

    def order(self, ref_id: str | None) -> TrackedOrder | None:
        return self._orders.get(ref_id) if ref_id else None

    def held(self) -> list[TrackedOrder]:
        """The orders this tracking holds: those it follows and those that changed since it
        started (their state now)."""
        return list(self._orders.values())

    def active(self) -> list[TrackedOrder]:
        return [o for o in self._orders.values() if o.outcome is Outcome.PENDING]

    def _on_change(self, event: OrderChanged) -> None:
        self._store(event.order)
        if event.finished:
            self.finished.emit(event.order.ref_id)

    def _store(self, order: TrackedOrder) -> None:
        self._orders[order.ref_id] = order
        if order.outcome is not Outcome.PENDING:
            reason = f" ({order.reason})" if order.reason else ""  # the provider's words
            log.info("order %s: %s%s", order.ref_id, order.outcome.value, reason)
        self.changed.emit(order.ref_id)

    async def aclose(self) -> None:
        self._closed = True
        self._unsubscribe()
        await self._tracker.aclose()
        await self._client.aclose()
        self._journal.close()
