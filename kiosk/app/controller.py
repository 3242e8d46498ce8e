"""The session controller: the lifecycle of one customer at the terminal (DESIGN §4).

Screens call it and follow ``stageChanged``; it holds the customer's data in memory for one
session only, starts orders, hands them to an :class:`OrderWatch`, and wipes.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from kiosk.config import Settings, store_client_secret
from kiosk.srs import (
    FieldProblem,
    HandOff,
    IdentityData,
    Jurisdiction,
    Method,
    MethodFilter,
    SrsClient,
    SrsError,
    StartedIdentification,
    distinguished_name,
    find_method_spec,
    identity_problems,
    mask_msisdn,
)
from kiosk.tracking import Outcome, TrackedOrder, created_nothing

from . import presets
from .backends import BackendHolder
from .consent import redirect_notice
from .customer import CustomerSession
from .elsewhere_watch import ElsewhereWatch
from .idle import WARN_S, IdleTimer
from .language import LanguageSwitcher
from .order_tracking import JOURNAL_FAILURES
from .readiness import Preflight, TerminalReadiness, app_check_factory, needs_preflight
from .send_data import data_to_send
from .settings_store import save_settings
from .staff_orders import StaffOrders
from .staff_pin import PinGuard, PinStore
from .stages import PAST_HANDOFF, IdleRule, Stage, allowed, handoff_reopenable, idle_rule

log = logging.getLogger(__name__)

MOBILE_NEEDED = str(QT_TRANSLATE_NOOP("Problem",
                                      "is needed: the evidence is bound to the mobile number"))
# Statuses after which the customer has nothing left to do at the hand-off.
_PAST_HANDOFF = PAST_HANDOFF
# How long the "Need more time?" prompt waits for an answer before the session is wiped (the
# customer has gone; the order goes on being followed and staff can show its code again).
ASK_ANSWER_S = 60
# How long a start whose order the journal could not record waits for that order's cancel.
UNRECORDED_CANCEL_S = 10.0


class StartRefused(RuntimeError):  # noqa: N818 (reads as what it is)
    """A second start while one is under way (a double tap): refused, never a second order."""


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


def method_key(method: Method) -> str:
    """As in ``[kiosk] enabled_methods``: ``ISSUER/method``."""
    return f"{method.issuer}/{method.method}"


class SessionController(QObject):
    stageChanged = Signal(str)  # noqa: N815 (Qt signal names)
    wiped = Signal()
    orderChanged = Signal()  # noqa: N815 - the current order's watch changed
    settingsChanged = Signal()  # noqa: N815
    backgroundChanged = Signal()  # noqa: N815 - orders followed without a session
    # An order that is not the current customer's reached its end (ref id): staff are told.
    backgroundFinished = Signal(str)  # noqa: N815
    # The "Need more time?" prompt is to be shown (True) or is over (False).
    moreTimeAsked = Signal(bool)  # noqa: N815
    # Technical detail for staff (the staff strip, in the staff language); "" clears it.
    staffDetail = Signal(str)  # noqa: N815

    def __init__(self, holder: BackendHolder, settings: Settings, *, data_folder: Path,
                 config_path: Path, language: LanguageSwitcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.holder = holder
        self.settings = settings
        self.config_path = config_path
        self.data_folder = data_folder
        self.stage = Stage.IDLE
        self.customer: CustomerSession | None = None
        self.pins = PinGuard(PinStore(data_folder))
        holder.tracking.changed.connect(self._order_changed)
        holder.tracking.finished.connect(self._order_finished)
        self.orders = StaffOrders(holder)
        self.elsewhere = ElsewhereWatch(self.orders, self)
        self.idle = IdleTimer(settings.kiosk.idle_timeout_s, parent=self)
        self.idle.expired.connect(self._idle_expired)
        # The window's (it showed the attract screen before this existed), else its own.
        self.language = language or LanguageSwitcher(self)
        self.language.switch_staff(settings.kiosk.staff_language_or_default)
        self.enabled_presets = presets.load_enabled(data_folder)
        # Readiness verdicts by method key (ISSUER/method): a reason it cannot run here.
        self.verdicts: dict[str, str] = {}
        self.readiness = TerminalReadiness(
            app_check_factory(lambda: self.settings, lambda: self.holder.backend), self)
        self._idle_holds: set[str] = set()
        self._idle_rule = IdleRule.NONE
        self.asking_more_time = False
        self.ask_answer_s: float = ASK_ANSWER_S
        self._starting = False

    # -- plumbing ----------------------------------------------------------------------------

    @property
    def client(self) -> SrsClient:
        return self.holder.client

    @property
    def training(self) -> bool:
        return self.holder.backend.training

    def _go(self, stage: Stage) -> None:
        if not allowed(self.stage, stage):
            raise RuntimeError(f"no way from {self.stage} to {stage}")
        self.stage = stage
        self._update_idle()
        self.stageChanged.emit(stage.value)

    @property
    def idle_rule(self) -> IdleRule:
        """What no input leads to now (see ``stages.idle_rule``; nothing while held)."""
        return self._idle_rule

    def _update_idle(self, *, force: bool = False) -> None:
        """Apply the idle rule of the stage and order; the timer runs on unless the rule
        changed (an order's news is no activity)."""
        rule = IdleRule.NONE if self._idle_holds else idle_rule(self.stage, self.order)
        if rule is not self._idle_rule or force:
            self._idle_rule = rule
            self._set_asking(False)
            if rule is IdleRule.ASK:
                self.idle.set_timeout(self.settings.kiosk.handoff_timeout_s, 0)
            else:  # stopped (NONE) it keeps the short timeout too, the one usually next
                self.idle.set_timeout(self.settings.kiosk.idle_timeout_s, WARN_S)
        if rule is IdleRule.NONE:
            if self.idle.active:
                self.idle.stop()
        elif not self.idle.active:
            self.idle.start()

    def _set_asking(self, asking: bool) -> None:
        if asking != self.asking_more_time:
            self.asking_more_time = asking
            self.moreTimeAsked.emit(asking)

    def ask_more_time(self) -> None:
        """The "Need more time?" prompt; no answer within ``ask_answer_s``: the wipe."""
        if self._idle_rule is not IdleRule.ASK:
            return
        self._set_asking(True)
        self.idle.set_timeout(self.ask_answer_s, self.ask_answer_s)
        if not self.idle.active:
            self.idle.start()

    def more_time(self) -> None:
        """The customer chose Continue: the prompt goes, the long wait starts again."""
        if not self.asking_more_time:
            return
        self._set_asking(False)
        self.idle.set_timeout(self.settings.kiosk.handoff_timeout_s, 0)
        if not self.idle.active and self._idle_rule is IdleRule.ASK:
            self.idle.start()

    def hold_idle(self, reason: str, held: bool) -> None:
        """No idle wipe while held: a call runs in the web view (nobody touches the screen),
        or staff are in the settings."""
        if held:
            self._idle_holds.add(reason)
        else:
            self._idle_holds.discard(reason)
        self._update_idle()

    # -- the lifecycle -----------------------------------------------------------------------

    def begin(self, language: str) -> None:
        """Attract → method choice, with the customer's language."""
        self.language.switch(language)
        self.customer = CustomerSession(language=language)
        self._go(Stage.SETUP)

    async def list_methods(self, filters: MethodFilter) -> list[Method]:
        """The methods for the staff's filter; the customer's session keeps the filter of the
        listing shown last (it sets the order's jurisdiction and LOA)."""
        customer = self.customer
        methods = await self.client.list_methods(filters)
        if customer is not None and customer is self.customer:
            customer.filters = filters
        return methods

    def unavailable_reason(self, method: Method) -> str | None:
        """English source text, or None when the method can be chosen here."""
        kiosk = self.settings.kiosk
        newer = (kiosk.unknown_methods and bool(method.webflow)
                 and find_method_spec(method.issuer, method.method) is None)
        if not newer and method_key(method).casefold() not in {
                k.casefold() for k in kiosk.enabled_methods}:
            return "Switched off in this branch's settings."
        return self.verdicts.get(method_key(method))

    def choose(self, method: Method) -> None:
        assert self.customer is not None
        self.customer.method = method
        self.customer.identity = None
        self.customer.spec = find_method_spec(method.issuer, method.method)
        self._go(Stage.DATA)

    def back(self) -> None:
        previous = {Stage.DATA: Stage.SETUP, Stage.CONSENT: Stage.DATA}.get(self.stage)
        if previous is not None:
            self._go(previous)

    def identity_problems(self, identity: IdentityData) -> list[FieldProblem]:
        customer = self.customer
        assert customer is not None
        spec = customer.spec
        problems = identity_problems(identity, spec.data if spec else None,
                                     customer.method_name)
        if not identity.mobile or not identity.mobile.strip():
            problems.insert(0, FieldProblem("mobile", MOBILE_NEEDED))
        return problems

    def submit_identity(self, identity: IdentityData) -> list[FieldProblem]:
        """Keep the data and go on to the consent, or return what needs correcting."""
        assert self.customer is not None
        spec = self.customer.spec
        if spec is not None and "language" in spec.data.accepted and not identity.language:
            identity = replace(identity, language=self.customer.language)
        problems = self.identity_problems(identity)
        if problems:
            return problems
        self.customer.identity = identity
        self._go(Stage.CONSENT)
        return []

    def notice(self) -> str:
        customer = self.customer
        assert customer is not None
        return redirect_notice(customer.language, aml=self.settings.kiosk.aml_notice,
                               provider=customer.method_name)

    def needs_preflight(self) -> bool:
        """Whether the chosen method's terminal requirements are checked before it starts."""
        spec = self.customer.spec if self.customer is not None else None
        return self.settings.checks.preflight and needs_preflight(spec)

    async def preflight(self) -> Preflight:
        """Check this terminal for the chosen method (stays in CONSENT; nothing is sent)."""
        customer = self.customer
        assert customer is not None and customer.spec is not None
        return await self.readiness.preflight(customer.spec)

    @property
    def starting(self) -> bool:
        """A start is under way (its button stays disabled; a second start is refused)."""
        return self._starting

    async def start(self) -> StartedIdentification:
        """The customer accepted: order the identification (not retried: a repeat could create
        a second order) and hand off. The start intent is journalled before the call and the
        order in its place right after it (nothing slow in between), so no order the SRS
        created is lost in a crash. On failure the stage returns to CONSENT with the data kept;
        a journal that cannot record the start raises :class:`JournalFailed` (an order created
        meanwhile is cancelled at the SRS, best effort)."""
        customer = self.customer
        assert customer is not None and customer.method and customer.identity
        if self._starting:
            raise StartRefused("a start is already under way")
        self._starting = True
        self._go(Stage.STARTING)
        try:
            started = await self._start_order(customer, customer.method, customer.identity)
        except BaseException:
            if self.stage is Stage.STARTING:
                self._go(Stage.CONSENT)
            raise
        finally:
            self._starting = False
        if self.customer is customer:
            customer.started = started
            self._go(Stage.HANDOFF)
        return started

    async def _start_order(self, customer: CustomerSession, method: Method,
                           identity: IdentityData) -> StartedIdentification:
        tracking = self.holder.tracking
        jurisdiction, loa = customer.assurance()
        sent = data_to_send(customer.spec, identity, match_all=customer.match_all_data)
        try:
            intent = await tracking.begin_start(method.issuer, method.method,
                                                identity.external_id)
        except JOURNAL_FAILURES as exc:
            log.error("start not sent: the journal cannot record it (%s)", exc)
            raise JournalFailed(exc, ref_id=None, cancelled=False) from exc
        try:
            started = await self.client.start(method.issuer, method.method, sent)
        except BaseException as exc:
            if created_nothing(exc):
                await self._abandon(intent)
            raise
        # Shielded: a screen that gives up waiting now must not stop the order being recorded
        # (or, failing that, cancelled).
        failure = await asyncio.shield(self._record(started, intent, identity, jurisdiction, loa))
        if failure is not None:
            raise failure
        log.info("order %s started for %s (%s, LOA %d)", started.ref_id,
                 mask_msisdn(identity.mobile), jurisdiction.value, loa)
        return started

    async def _record(self, started: StartedIdentification, intent: str,
                      identity: IdentityData, jurisdiction: Jurisdiction, loa: int
                      ) -> JournalFailed | None:
        """Journal the started order in place of its intent, before anyone sees the target
        URL (a second start for the same mobile number cancels the customer's previous pending
        order, guide appendix 1). When the journal fails: cancel the order, say what happened."""
        try:
            await self.holder.tracking.register(
                started, intent_id=intent, mobile=identity.mobile, jurisdiction=jurisdiction,
                loa=loa, distinguished_name=_distinguished_name(identity))
        except JOURNAL_FAILURES as exc:
            log.error("order %s started but not journalled (%s); cancelling it",
                      started.ref_id, exc)
            cancelled = await self._cancel_unrecorded(started.ref_id)
            failure = JournalFailed(exc, ref_id=started.ref_id, cancelled=cancelled)
            failure.__cause__ = exc
            return failure
        return None

    async def _abandon(self, intent: str) -> None:
        try:
            await self.holder.tracking.abandon_start(intent)
        except JOURNAL_FAILURES as exc:  # the intent stays: staff see an interrupted start
            log.warning("start intent %s not abandoned: %s", intent, exc)

    async def _cancel_unrecorded(self, ref_id: str) -> bool:
        """Cancel an order the journal could not record (nobody would follow it)."""
        try:
            await asyncio.wait_for(self.client.cancel(ref_id), UNRECORDED_CANCEL_S)
        except (SrsError, TimeoutError) as exc:
            log.error("order %s: not journalled and not cancelled (%s); staff must cancel it "
                      "with support", ref_id, exc)
            return False
        log.info("order %s: cancelled (it could not be journalled)", ref_id)
        return True

    @property
    def started(self) -> StartedIdentification | None:
        return self.customer.started if self.customer is not None else None

    @property
    def target_url(self) -> str | None:
        """Where to send the customer; None while the SRS has not given it yet (a start answer
        may carry only the Ref-ID: the tracker reads the URL from a later status answer)."""
        started = self.started
        return (started.target_url or None) if started is not None else None

    @property
    def order(self) -> TrackedOrder | None:
        """The current customer's order as the tracker sees it."""
        started = self.started
        return self.holder.order(started.ref_id) if started is not None else None

    @property
    def hand_off(self) -> HandOff | None:
        """How the target URL reaches the customer; a method without a catalogue entry runs
        in the web view when it has a web flow (nothing else is known about it)."""
        customer = self.customer
        if customer is None:
            return None
        if customer.spec is not None:
            return customer.spec.hand_off
        method = customer.method
        return HandOff.WEB_VIEW if method is not None and method.webflow else None

    def show_progress(self) -> None:
        if self.stage is Stage.HANDOFF:
            self._go(Stage.TRACKING)

    def show_handoff(self) -> None:
        if self.stage is Stage.TRACKING:
            self._go(Stage.HANDOFF)

    async def cancel_order(self) -> None:
        order = self.order
        if order is None or order.is_done:
            return
        await self.holder.tracking.cancel(order.ref_id)

    async def record_target_url_use(self) -> TrackedOrder | None:
        """Count one more load of the current order's target URL in the journal (Klarna allows
        5 within its session); the web view asks before each load."""
        started = self.started
        if started is None:
            return None
        return await self.holder.tracking.record_target_url_use(started.ref_id)

    def start_over(self) -> None:
        """A new order for the same customer and method (the old one is final)."""
        if self.customer is not None and self.stage is Stage.RESULT:
            self.customer.started = None
            self._go(Stage.CONSENT)

    def _order_changed(self, ref_id: str) -> None:
        started = self.started
        if started is not None and started.ref_id == ref_id:
            order = self.order
            assert order is not None
            self._take_late_target(order)
            if order.outcome is not Outcome.PENDING and self.stage in (Stage.HANDOFF,
                                                                        Stage.TRACKING):
                self._go(Stage.RESULT)
            elif order.status in _PAST_HANDOFF and self.stage is Stage.HANDOFF:
                self._go(Stage.TRACKING)
            self._update_idle()  # e.g. the provider's checks: the customer may leave
            self.orderChanged.emit()
        self.backgroundChanged.emit()

    def _take_late_target(self, order: TrackedOrder) -> None:
        """The target URL (and the tokens) from the tracker once a status answer brought them,
        when the start answer had none."""
        customer = self.customer
        started = customer.started if customer is not None else None
        if customer is None or started is None or started.target_url:
            return
        # TrackedOrder.target_url and the tokens come with the journal's v5 (tracking).
        url = order.target_url
        if not url:
            return
        customer.started = replace(
            started, target_url=url, order_id=started.order_id or order.order_id,
            mobile_token=started.mobile_token or order.mobile_token,
            session_token=started.session_token or order.session_token)
        log.info("order %s: target URL received after the start", order.ref_id)

    def _order_finished(self, ref_id: str) -> None:
        started = self.started
        if started is None or started.ref_id != ref_id:
            self.backgroundFinished.emit(ref_id)

    def background_orders(self) -> list[TrackedOrder]:
        current = self.started.ref_id if self.started is not None else None
        return [o for t in self.holder.trackings() for o in t.active() if o.ref_id != current]

    # -- wipe --------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget the customer (orders under way go on being followed) and return to IDLE."""
        self.customer = None
        self._idle_holds.discard("media")
        self.stage = Stage.IDLE
        self._set_asking(False)
        self._update_idle()
        self.language.switch(self.settings.kiosk.language)
        self.wiped.emit()
        self.stageChanged.emit(Stage.IDLE.value)
        self.backgroundChanged.emit()

    def _idle_expired(self) -> None:
        if self._idle_holds:
            return
        rule = self._idle_rule
        if rule is IdleRule.WIPE or (rule is IdleRule.ASK and self.asking_more_time):
            log.info("idle timeout on %s: wiping the session", self.stage.value)
            self.wipe()
        elif rule is IdleRule.ASK:
            log.info("idle on %s for a long time: asking whether the customer needs more "
                     "time", self.stage.value)
            self.ask_more_time()

    # -- show the code again -----------------------------------------------------------------

    def reopenable(self, order: TrackedOrder) -> bool:
        """Whether staff may bring back the hand-off of ``order`` (see handoff_reopenable)."""
        current = self.holder.order(order.ref_id) or order
        return handoff_reopenable(current)

    def session_in_the_way(self, ref_id: str) -> bool:
        """Whether showing ``ref_id``'s code again would end another customer's session."""
        started = self.started
        return self.stage is not Stage.IDLE and (started is None or started.ref_id != ref_id)

    async def reopen_handoff(self, ref_id: str) -> None:
        """Staff bring back the hand-off (QR code or web page) of a pending order, with the
        target URL the journal keeps. Another customer's session is wiped first (staff were
        told). Raises ValueError when the order is no longer pending at the hand-off."""
        started = self.started
        if started is not None and started.ref_id == ref_id:
            self.show_handoff()  # the current customer's order: back from the timeline
            return
        order = self.holder.order(ref_id)
        if order is None or not handoff_reopenable(order):
            raise ValueError(f"order {ref_id} is not pending at the hand-off")
        try:
            mobile = await self.orders.mobile(ref_id)  # for the "accept the terms" step
        except SrsError as exc:
            log.warning("order %s: mobile number not found (%s)", ref_id, exc)
            mobile = None
        order = self.holder.order(ref_id)  # again: it may have moved on meanwhile
        if order is None or not handoff_reopenable(order):
            raise ValueError(f"order {ref_id} is not pending at the hand-off")
        if self.stage is not Stage.IDLE:
            self.wipe()
        spec = find_method_spec(order.issuer, order.method)
        method = Method(
            issuer=order.issuer, method=order.method,
            method_type=spec.method_type if spec is not None else order.method,
            name=spec.name if spec is not None else f"{order.issuer}/{order.method}",
            jurisdictions=(order.jurisdiction,), loa=order.loa)
        self.customer = CustomerSession(
            language=self.settings.kiosk.language, method=method, spec=spec,
            identity=IdentityData(mobile=mobile) if mobile else None,
            started=StartedIdentification(
                ref_id=order.ref_id, issuer=order.issuer, method=order.method,
                status=order.status, target_url=order.target_url, order_id=order.order_id,
                mobile_token=order.mobile_token, session_token=order.session_token,
                status_text=order.status_text))
        log.info("order %s: hand-off shown again by staff", ref_id)
        self._go(Stage.HANDOFF)

    # -- settings ----------------------------------------------------------------------------

    async def start_tracking(self) -> None:
        """Resume the journal's unfinished orders; call once the loop runs."""
        await self.holder.start()
        self.elsewhere.start()

    async def apply_settings(self, settings: Settings, *, secret: str = "", new_pin: str = "",
                             enabled_presets: tuple[str, ...] | None = None) -> None:
        """Keep and use new settings at once. Raises ConfigError/OSError/KeyringError with
        nothing changed where it can (the secret and the backend come first)."""
        if secret and settings.srs.client_id:
            store_client_secret(settings.srs.client_id, secret)
        if settings.srs != self.settings.srs or secret:
            await self.holder.replace(settings)
            self.holder.tracking.changed.connect(self._order_changed)
            self.holder.tracking.finished.connect(self._order_finished)
        save_settings(settings, self.config_path)
        if enabled_presets is not None:
            presets.save_enabled(self.data_folder, enabled_presets)
            self.enabled_presets = enabled_presets
        if new_pin:
            await self.pins.set_pin(new_pin)  # scrypt, in a worker thread
        self.settings = settings
        self._update_idle(force=True)
        self.language.switch_staff(settings.kiosk.staff_language_or_default)
        if self.stage is Stage.IDLE:
            self.language.switch(settings.kiosk.language)
        self.settingsChanged.emit()

    async def aclose(self) -> None:
        self.elsewhere.shutdown()
        self.idle.shutdown()
        self.readiness.shutdown()
        await self.holder.aclose()
