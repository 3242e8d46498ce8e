"""One customer's path at the terminal (DESIGN §4): method chosen → data → consent with the
pre-flight → start → hand-off (its web policy and link uses) → status → result → wipe.

Every business step is here; screens show the state, forward the customer's intents to a
method, and show what comes back (an outcome, or a signal). The customer's data stays in
memory for one session only; orders are started here and followed by the terminal's tracking,
which outlives the session. The terminal's services (:class:`~kiosk.app.terminal.Terminal`)
are the flow's, not the screens'.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.checks.core import MethodVerdict
from kiosk.config import Settings
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.srs import (
    FieldProblem,
    HandOff,
    IdentityData,
    InvalidInput,
    Method,
    MethodFilter,
    SrsError,
    StartedIdentification,
    find_method_spec,
    identity_problems,
)
from kiosk.tracking import Outcome, TrackedOrder

from .consent import redirect_notice
from .customer import CustomerSession
from .failures import BLOCKED_HERE, CustomerError, customer_error
from .idle import IdleRules
from .language import LANGUAGES, LanguageSwitcher
from .order_start import JournalFailed, OrderStarter
from .readiness import Preflight, needs_preflight
from .stages import PAST_HANDOFF, Stage, allowed, handoff_reopenable, idle_rule
from .terminal import Terminal, method_key
from .web_policy import Refusal, WebPolicy, configured_origins, target_url_refusal

log = logging.getLogger(__name__)
T = TypeVar("T")

MOBILE_NEEDED = str(
    QT_TRANSLATE_NOOP(
        "Problem",
        "%1 is needed: your identification and your signatures later are linked to this number.",
    )
)
# Every probe has its own timeout (the camera's allows for a permission prompt); this only
# stops a check that went wrong from holding the customer.
PREFLIGHT_TIMEOUT_S = 120.0
# The SRS client bounds the start call itself (one deadline for its retries); after it come the
# journal (which may wait for a lock) and, when that fails, a cancel. This only stops a start
# that went wrong from holding the customer: cut short, its order is still recorded or
# cancelled.
START_TIMEOUT_S = 90.0
# One request from a screen (a cancel, a link use counted in the journal).
REQUEST_TIMEOUT_S = 30.0


class StartRefused(RuntimeError):  # noqa: N818 (reads as what it is)
    """A second start while one is under way (a double tap): refused, never a second order."""


class StartStep(StrEnum):
    """What the consent's start is doing now (the screen says so)."""

    PREFLIGHT = "preflight"  # checking the terminal for the method (camera, microphone)
    START = "start"  # asking the SRS for the identification link


class StartResult(StrEnum):
    STARTED = "started"  # the order runs; the stage is HANDOFF
    BLOCKED = "blocked"  # the pre-flight found the method cannot run here; nothing was sent
    FAILED = "failed"  # the SRS refused or did not answer; the data is kept, CONSENT again
    JOURNAL_FAILED = "journal_failed"  # the journal cannot record: no further start here
    BUSY = "busy"  # a start is already under way (a double tap): nothing more happened


@dataclass(frozen=True)
class StartOutcome:
    """What came of the customer's consent: the screen only shows it."""

    result: StartResult
    # What the customer reads and can do (BLOCKED, FAILED).
    failure: CustomerError | None = None
    error: BaseException | None = None  # the cause, for the staff strip (FAILED)
    refused: tuple[FieldProblem, ...] = ()  # the fields the SRS refused, for the data form
    journal: JournalFailed | None = None  # what the journal failure did (JOURNAL_FAILED)
    preflight: Preflight | None = None  # the probes' findings (BLOCKED)


@dataclass(frozen=True)
class TargetOpening:
    """Whether the web view loads the target URL now (``policy``) or says why not
    (``refusal``: the customer has to start over)."""

    ref_id: str
    policy: WebPolicy | None
    refusal: Refusal | None


async def _within(call: Coroutine[Any, Any, T], timeout_s: float) -> T:
    return await asyncio.wait_for(call, timeout_s)


class CustomerFlow(QObject):
    stageChanged = Signal(str)  # noqa: N815 (Qt signal names)
    wiped = Signal()
    orderChanged = Signal()  # noqa: N815 - the current order's watch changed
    backgroundChanged = Signal()  # noqa: N815 - orders followed without a session
    # An order that is not the current customer's reached its end (ref id): staff are told.
    backgroundFinished = Signal(str)  # noqa: N815
    # Technical detail for staff (the staff strip, in the staff language); "" clears it.
    staffDetail = Signal(str)  # noqa: N815
    startStep = Signal(str)  # noqa: N815 - a StartStep: what the consent's start does now

    def __init__(self, terminal: Terminal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.stage = Stage.IDLE
        self.customer: CustomerSession | None = None
        self.idle_rules = IdleRules(
            lambda: idle_rule(self.stage, self.order), lambda: self.settings.kiosk, self
        )
        self.idle_rules.wipeDue.connect(self.wipe)
        terminal.orderChanged.connect(self._order_changed)
        terminal.orderFinished.connect(self._order_finished)
        terminal.settingsChanged.connect(self._settings_changed)
        self._starting = False
        self._starter = OrderStarter(terminal.holder)
        self.preflight_timeout_s = PREFLIGHT_TIMEOUT_S
        self.start_timeout_s = START_TIMEOUT_S

    @property
    def settings(self) -> Settings:
        return self.terminal.settings

    @property
    def language(self) -> LanguageSwitcher:
        """The customer's language (the attract screen's choice, the session's)."""
        return self.terminal.language

    def _go(self, stage: Stage) -> None:
        if not allowed(self.stage, stage):
            raise RuntimeError(f"no way from {self.stage} to {stage}")
        self.stage = stage
        self.idle_rules.update()
        self.stageChanged.emit(stage.value)

    def _settings_changed(self) -> None:
        self.idle_rules.update(force=True)
        if self.stage is Stage.IDLE:
            self.language.switch(self.settings.kiosk.language)

    # -- method and data ---------------------------------------------------------------------

    def begin(self, language: str) -> None:
        """Attract → method choice, with the customer's language."""
        self.language.switch(language)
        self.customer = CustomerSession(language=language)
        self._go(Stage.SETUP)

    async def list_methods(self, filters: MethodFilter) -> list[Method]:
        """The methods for the staff's filter; the customer's session keeps the filter of the
        listing shown last (it sets the order's jurisdiction and LOA)."""
        customer = self.customer
        methods = await self.terminal.client.list_methods(filters)
        if customer is not None and customer is self.customer:
            customer.filters = filters
        return methods

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

    def other_method(self) -> None:
        """Back to the method choice (the details kept until another method is chosen)."""
        while self.stage in (Stage.DATA, Stage.CONSENT):
            self.back()

    def identity_problems(self, identity: IdentityData) -> list[FieldProblem]:
        customer = self.customer
        assert customer is not None
        spec = customer.spec
        problems = identity_problems(identity, spec.data if spec else None, customer.method_name)
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

    # -- consent and start -------------------------------------------------------------------

    def notice(self) -> str:
        customer = self.customer
        assert customer is not None
        return redirect_notice(
            customer.language, aml=self.settings.kiosk.aml_notice, provider=customer.method_name
        )

    def needs_preflight(self) -> bool:
        """Whether the chosen method's terminal requirements are checked before it starts."""
        spec = self.customer.spec if self.customer is not None else None
        return self.settings.checks.preflight and needs_preflight(spec)

    async def preflight(self) -> Preflight:
        """Check this terminal for the chosen method (stays in CONSENT; nothing is sent)."""
        customer = self.customer
        assert customer is not None and customer.spec is not None
        return await self.terminal.readiness.preflight(customer.spec)

    @property
    def starting(self) -> bool:
        """A start is under way (its button stays disabled; a second start is refused)."""
        return self._starting

    async def agree(self) -> StartOutcome:
        """The customer accepted the notice: the pre-flight where the method needs one, then
        the start, each within its timeout. Every failure comes back as an outcome: the SRS
        refused or did not answer (data kept, CONSENT again), the terminal cannot run the
        method, the journal cannot record the start. ``startStep`` tells what runs now."""
        if self._starting:
            return StartOutcome(StartResult.BUSY)
        self.staffDetail.emit("")
        try:
            if self.needs_preflight():
                self.startStep.emit(StartStep.PREFLIGHT.value)
                check = await _within(self.preflight(), self.preflight_timeout_s)
                if not check.ready:
                    return StartOutcome(StartResult.BLOCKED, BLOCKED_HERE, preflight=check)
            self.startStep.emit(StartStep.START.value)
            await _within(self.start(), self.start_timeout_s)
        except StartRefused:
            return StartOutcome(StartResult.BUSY)
        except JournalFailed as exc:
            return StartOutcome(StartResult.JOURNAL_FAILED, journal=exc)
        except (SrsError, TimeoutError) as exc:
            refused = exc.fields if isinstance(exc, InvalidInput) else ()
            return StartOutcome(StartResult.FAILED, customer_error(exc), exc, refused)
        return StartOutcome(StartResult.STARTED)

    async def start(self) -> StartedIdentification:
        """Order the identification (not retried: a repeat could create a second order) and
        hand off. The start intent is journalled before the call and the order in its place
        right after it (nothing slow in between), so no order the SRS created is lost in a
        crash. On failure the stage returns to CONSENT with the data kept; a journal that
        cannot record the start raises :class:`JournalFailed` (an order created meanwhile is
        cancelled at the SRS, best effort); a second start meanwhile :class:`StartRefused`."""
        customer = self.customer
        assert customer is not None and customer.method and customer.identity
        if self._starting:
            raise StartRefused("a start is already under way")
        self._starting = True
        self._go(Stage.STARTING)
        try:
            started = await self._starter.start(customer, customer.method, customer.identity)
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

    # -- the order and its hand-off ----------------------------------------------------------

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
        return self.terminal.holder.order(started.ref_id) if started is not None else None

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

    def target_refusal(self) -> Refusal | None:
        """Why the target URL must not be opened (again) now: used up, or its session over."""
        customer = self.customer
        return target_url_refusal(
            self.order, customer.spec if customer else None, datetime.now(UTC)
        )

    def blocked_here(self) -> MethodVerdict | None:
        """The last readiness check's verdict when it found this terminal cannot run the
        chosen method (the page may fail: its problem notice gives staff the advice)."""
        customer = self.customer
        if customer is None or customer.method is None:
            return None
        return self.terminal.blocked_here(customer.method)

    def web_policy(self) -> WebPolicy | None:
        """What the web view may load for this customer's target URL (None: no URL yet)."""
        customer, target = self.customer, self.target_url
        if customer is None or customer.method is None or target is None:
            return None
        key = method_key(customer.method)
        web = self.settings.web
        return WebPolicy.for_target(
            target,
            media=configured_origins(web.media_origins, key),
            pages=configured_origins(web.page_origins, key),
        )

    async def open_target(self) -> TargetOpening | None:
        """The web view is about to load the target URL: its policy, with this load counted
        in the journal (Klarna allows 5 within its session); or why it may not load again.
        None while there is no target URL. A use that cannot be counted (journal, timeout)
        is logged and the page loads all the same."""
        started, customer = self.started, self.customer
        policy = self.web_policy()
        if started is None or customer is None or customer.method is None or policy is None:
            return None
        refusal = self.target_refusal()
        if refusal is not None:
            log.info("order %s: target URL not opened again (%s)", started.ref_id, refusal)
            return TargetOpening(started.ref_id, None, refusal)
        try:
            await _within(self.record_target_url_use(), REQUEST_TIMEOUT_S)
        except (OSError, TimeoutError, SrsError) as exc:
            log.warning("order %s: target URL use not counted: %s", started.ref_id, exc)
        return TargetOpening(started.ref_id, policy, None)

    async def record_target_url_use(self) -> TrackedOrder | None:
        """Count one more load of the current order's target URL in the journal."""
        started = self.started
        if started is None:
            return None
        return await self.terminal.holder.tracking.record_target_url_use(started.ref_id)

    def show_progress(self) -> None:
        if self.stage is Stage.HANDOFF:
            self._go(Stage.TRACKING)

    def show_handoff(self) -> None:
        if self.stage is Stage.TRACKING:
            self._go(Stage.HANDOFF)

    def hold_idle(self, reason: str, held: bool) -> None:
        """No idle wipe while held (a call in the web view, staff in the settings)."""
        self.idle_rules.hold(reason, held)

    async def cancel_order(self) -> None:
        """Cancel the current order (within the request timeout: raises TimeoutError or
        SrsError, the order kept); the tracker's news moves the stage on."""
        order = self.order
        if order is None or order.is_done:
            return
        await _within(self.terminal.holder.tracking.cancel(order.ref_id), REQUEST_TIMEOUT_S)

    async def start_new(self) -> None:
        """The link is used up or its session over: cancel the order, then a new order for
        the same customer and method (raises as :meth:`cancel_order`)."""
        await self.cancel_order()
        if self.stage is Stage.RESULT:
            self.start_over()

    def start_over(self, *, to_details: bool = False) -> None:
        """A new order for the same customer and method (the old one is final); to the
        details first when the provider found they did not match the ID."""
        if self.customer is not None and self.stage is Stage.RESULT:
            self.customer.started = None
            self.staffDetail.emit("")  # the ended order's note is not the new attempt's
            self._go(Stage.CONSENT)
            if to_details:
                self.back()

    def _order_changed(self, ref_id: str) -> None:
        started = self.started
        if started is not None and started.ref_id == ref_id:
            order = self.order
            assert order is not None
            self._take_late_target(order)
            if order.outcome is not Outcome.PENDING and self.stage in (
                Stage.HANDOFF,
                Stage.TRACKING,
            ):
                self._go(Stage.RESULT)
            elif order.status in PAST_HANDOFF and self.stage is Stage.HANDOFF:
                self._go(Stage.TRACKING)
            self.idle_rules.update()  # e.g. the provider's checks: the customer may leave
            self.orderChanged.emit()
        self.backgroundChanged.emit()

    def _take_late_target(self, order: TrackedOrder) -> None:
        """The target URL (and the tokens) from the tracker once a status answer brought them,
        when the start answer had none."""
        customer = self.customer
        started = customer.started if customer is not None else None
        if customer is None or started is None or started.target_url:
            return
        url = order.target_url
        if not url:
            return
        customer.started = replace(
            started,
            target_url=url,
            order_id=started.order_id or order.order_id,
            mobile_token=started.mobile_token or order.mobile_token,
            session_token=started.session_token or order.session_token,
        )
        log.info("order %s: target URL received after the start", order.ref_id)

    def _order_finished(self, ref_id: str) -> None:
        started = self.started
        if started is None or started.ref_id != ref_id:
            self.backgroundFinished.emit(ref_id)

    def background_orders(self) -> list[TrackedOrder]:
        current = self.started.ref_id if self.started is not None else None
        return [
            o for t in self.terminal.holder.trackings() for o in t.active() if o.ref_id != current
        ]

    # -- wipe --------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget the customer (orders under way go on being followed) and return to IDLE."""
        if self.stage is not Stage.IDLE:
            started = self.started
            order = f" (order {started.ref_id})" if started is not None else ""
            log.info("session wiped on %s%s", self.stage.value, order)
        self.customer = None
        self.stage = Stage.IDLE
        self.idle_rules.reset()
        self.language.switch(self.settings.kiosk.language)
        self.wiped.emit()
        self.stageChanged.emit(Stage.IDLE.value)
        self.backgroundChanged.emit()

    # -- show the code again -----------------------------------------------------------------

    def reopenable(self, order: TrackedOrder) -> bool:
        """Whether staff may bring back the hand-off of ``order`` (see handoff_reopenable)."""
        current = self.terminal.holder.order(order.ref_id) or order
        return handoff_reopenable(current)

    def session_in_the_way(self, ref_id: str) -> bool:
        """Whether showing ``ref_id``'s code again would end another customer's session."""
        started = self.started
        return self.stage is not Stage.IDLE and (started is None or started.ref_id != ref_id)

    async def reopen_handoff(self, ref_id: str) -> None:
        """Staff bring back the hand-off (QR code or web page) of a pending order, with the
        target URL the journal keeps, in the language its customer chose. Another customer's
        session is wiped first (staff were told). Raises ValueError when the order is no
        longer pending at the hand-off."""
        started = self.started
        if started is not None and started.ref_id == ref_id:
            self.show_handoff()  # the current customer's order: back from the timeline
            return
        holder = self.terminal.holder
        order = holder.order(ref_id)
        if order is None or not handoff_reopenable(order):
            raise ValueError(f"order {ref_id} is not pending at the hand-off")
        try:
            mobile = await self.terminal.orders.mobile(ref_id)  # for the terms' SMS step
        except SrsError as exc:
            log.warning("order %s: mobile number not found (%s)", ref_id, exc)
            mobile = None
        order = holder.order(ref_id)  # again: it may have moved on meanwhile
        if order is None or not handoff_reopenable(order):
            raise ValueError(f"order {ref_id} is not pending at the hand-off")
        if self.stage is not Stage.IDLE:
            self.wipe()
        # In the language its customer chose (journalled; the branch's for an order started
        # elsewhere, e.g. the command line).
        chosen = order.customer_language
        language = chosen if chosen in LANGUAGES else self.settings.kiosk.language
        self.customer = CustomerSession.for_order(order, language, mobile)
        self.language.switch(language)
        log.info("order %s: hand-off shown again by staff", ref_id)
        self._go(Stage.HANDOFF)

    def shutdown(self) -> None:
        self.idle_rules.shutdown()


__all__ = [
    "CustomerFlow",
    "JournalFailed",
    "StartOutcome",
    "StartRefused",
    "StartResult",
    "StartStep",
    "TargetOpening",
]
