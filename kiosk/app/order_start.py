"""Starting one order so that no order the SRS creates is ever lost (DESIGN §4): the start
intent is journalled before the call and the order in its place right after it (nothing slow in
between); an order the journal cannot record is cancelled at the SRS again, best effort."""

from __future__ import annotations

import asyncio
import logging

from kiosk.srs import (
    IdentityData,
    Jurisdiction,
    Method,
    SrsError,
    StartedIdentification,
    distinguished_name,
    mask_msisdn,
)
from kiosk.tracking import created_nothing

from .backends import BackendHolder
from .customer import CustomerSession
from .order_tracking import JOURNAL_FAILURES
from .send_data import data_to_send

log = logging.getLogger(__name__)

# How long a start whose order the journal could not record waits for that order's cancel.
UNRECORDED_CANCEL_S = 10.0


class JournalFailed(Exception):  # noqa: N818 (reads as what it is)
    """The journal could not record a start (disk full, read-only, locked, damaged).

    ``ref_id`` is the order the SRS created anyway (None: the start was never sent);
    ``cancelled`` whether that order was cancelled at the SRS again."""

    def __init__(self, cause: BaseException, *, ref_id: str | None, cancelled: bool) -> None:
        super().__init__(str(cause) or type(cause).__name__)
        self.cause = cause
        self.ref_id = ref_id
        self.cancelled = cancelled


def _distinguished_name(identity: IdentityData) -> str | None:
    """The DN for the RA verify (Swisscom's sample) when the names are known; memory only."""
    if not (identity.first_name and identity.last_name):
        return None
    return distinguished_name(identity.first_name, identity.last_name, identity.country)


class OrderStarter:
    """Starts orders on the holder's current backend and journal."""

    def __init__(self, holder: BackendHolder) -> None:
        self._holder = holder

    async def start(
        self, customer: CustomerSession, method: Method, identity: IdentityData
    ) -> StartedIdentification:
        """Journal the intent, call the start (never retried), journal the order in the
        intent's place. Raises the client's errors (the intent abandoned when the SRS created
        nothing) or :class:`JournalFailed`."""
        tracking = self._holder.tracking
        jurisdiction, loa = customer.assurance()
        sent = data_to_send(customer.spec, identity, match_all=customer.match_all_data)
        try:
            intent = await tracking.begin_start(method.issuer, method.method, identity.external_id)
        except JOURNAL_FAILURES as exc:
            log.error("start not sent: the journal cannot record it (%s)", exc)
            raise JournalFailed(exc, ref_id=None, cancelled=False) from exc
        try:
            started = await self._holder.client.start(method.issuer, method.method, sent)
        except BaseException as exc:
            if created_nothing(exc):
                await self._abandon(intent)
            raise
        # Shielded: a screen that gives up waiting now must not stop the order being recorded
        # (or, failing that, cancelled).
        failure = await asyncio.shield(
            self._record(started, intent, identity, jurisdiction, loa, customer.language)
        )
        if failure is not None:
            raise failure
        log.info(
            "order %s started for %s (%s, LOA %d)",
            started.ref_id,
            mask_msisdn(identity.mobile),
            jurisdiction.value,
            loa,
        )
        return started

    async def _record(
        self,
        started: StartedIdentification,
        intent: str,
        identity: IdentityData,
        jurisdiction: Jurisdiction,
        loa: int,
        language: str,
    ) -> JournalFailed | None:
        """Journal the started order in place of its intent, before anyone sees the target
        URL (a second start for the same mobile number cancels the customer's previous pending
        order, guide appendix 1). When the journal fails: cancel the order, say what happened."""
        try:
            await self._holder.tracking.register(
                started,
                intent_id=intent,
                mobile=identity.mobile,
                jurisdiction=jurisdiction,
                loa=loa,
                distinguished_name=_distinguished_name(identity),
                customer_language=language,
            )
        except JOURNAL_FAILURES as exc:
            log.error(
                "order %s started but not journalled (%s); cancelling it", started.ref_id, exc
            )
            cancelled = await self._cancel_unrecorded(started.ref_id)
            failure = JournalFailed(exc, ref_id=started.ref_id, cancelled=cancelled)
            failure.__cause__ = exc
            return failure
        return None

    async def _abandon(self, intent: str) -> None:
        try:
            await self._holder.tracking.abandon_start(intent)
        except JOURNAL_FAILURES as exc:  # the intent stays: staff see an interrupted start
            log.warning("start intent %s not abandoned: %s", intent, exc)

    async def _cancel_unrecorded(self, ref_id: str) -> bool:
        """Cancel an order the journal could not record (nobody would follow it)."""
        try:
            await asyncio.wait_for(self._holder.client.cancel(ref_id), UNRECORDED_CANCEL_S)
        except (SrsError, TimeoutError) as exc:
            log.error(
                "order %s: not journalled and not cancelled (%s); staff must cancel it "
                "with support",
                ref_id,
                exc,
            )
            return False
        log.info("order %s: cancelled (it could not be journalled)", ref_id)
        return True
