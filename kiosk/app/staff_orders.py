"""What the staff dashboard does with orders: list every order the terminal tracks (the
journals of the current and any replaced backend), cancel one, check one now, and fetch an
order's mobile number when a screen shows it (the journal's encrypted copy while the order runs,
else the SRS's status answer; the screen forgets it when it is left); tell which orders another
process follows, and re-read those from the journal; list the starts whose answer never arrived
(the SRS may hold an order nobody follows)."""

from __future__ import annotations

from kiosk.tracking import LeaseHolder, TrackedOrder

from .backends import BackendHolder
from .order_tracking import InterruptedStart, OrderTracking


class StaffOrders:
    def __init__(self, holder: BackendHolder) -> None:
        self._holder = holder
        self._owner: dict[str, OrderTracking] = {}  # ref id → the tracking that follows it

    async def all(self) -> list[TrackedOrder]:
        """Every order in the journals, newest first."""
        found: dict[str, TrackedOrder] = {}
        for tracking in self._holder.trackings():
            for order in await tracking.journal_orders():
                if order.ref_id not in found:
                    found[order.ref_id] = order
                    self._owner[order.ref_id] = tracking
        return sorted(found.values(), key=lambda o: o.created_at, reverse=True)

    def _tracking(self, ref_id: str) -> OrderTracking:
        return self._owner.get(ref_id) or self._holder.tracking

    async def cancel(self, ref_id: str) -> TrackedOrder:
        """Cancel at the SRS; a failed attempt is retried by the tracker and stays visible."""
        return await self._tracking(ref_id).cancel(ref_id)

    async def check_now(self, ref_id: str) -> TrackedOrder | None:
        """Ask the SRS about the order now rather than at its next time (the customer says
        they are done); None when another process follows it."""
        return await self._tracking(ref_id).check_now(ref_id)

    def followed_elsewhere(self, ref_id: str) -> LeaseHolder | None:
        """The other process that follows the order (as of the last sync), if any."""
        for tracking in self._holder.trackings():
            if (holder := tracking.followed_elsewhere(ref_id)) is not None:
                return holder
        return None

    async def sync_elsewhere(self) -> None:
        """Re-read the orders other processes follow from the journals (no SRS calls); the
        trackings signal those that changed."""
        for tracking in self._holder.trackings():
            await tracking.sync_elsewhere()

    async def interrupted_starts(self) -> list[InterruptedStart]:
        """Start calls whose answer never arrived, in every journal, oldest first."""
        found = [i for t in self._holder.trackings() for i in await t.interrupted_starts()]
        return sorted(found, key=lambda i: i.created_at)

    def current(self, ref_id: str) -> TrackedOrder | None:
        """The order as its tracking holds it now (None: no tracking follows it)."""
        return self._holder.order(ref_id)

    def held(self) -> list[TrackedOrder]:
        """The orders the trackings hold now (see OrderTracking.held), each once: as
        ``current()`` gives it."""
        found: dict[str, TrackedOrder] = {}
        for tracking in self._holder.trackings():
            for order in tracking.held():
                found.setdefault(order.ref_id, order)
        return list(found.values())

    async def mobile(self, ref_id: str) -> str | None:
        """The order's MSISDN (for the screen only; the screen does not keep it)."""
        return await self._tracking(ref_id).mobile(ref_id)
