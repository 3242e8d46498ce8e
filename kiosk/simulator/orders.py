"""Orders in memory, and how their statuses move on the simulated clock.

Progression is lazy: each order keeps a plan of future steps (simulated times) and applies the
steps that are due whenever it is read, so no task per order runs in the background.

The simulated customer of a scenario that runs on its own opens the link as soon as the order is
INITIALIZED, unless a `Pace` gives people time to watch (training at the kiosk): then they take
`handoff_s` real seconds to pick the link up (scan the code), a real load of the link first hands
the order to whoever opened it (the page's buttons decide, as with SIM-WAIT), and the provider's
later steps are at least `step_s` real seconds apart.
"""

from __future__ import annotations

import enum
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.simulator.catalogue import MethodSpec
from kiosk.simulator.clock import SimClock
from kiosk.simulator.dialects import DEFAULT, Dialect

CREATED = "CREATED"
INITIALIZED = "INITIALIZED"
DONE = "IDENTIFICATION_DONE"
DATA_READY = "DATA_READY"
TERMINATED = "TERMINATED"
ERROR = "ERROR"
NEGATIVE = "IDENTIFICATION_NEGATIVELY_CONDUCTED"
CANCELLED = "CANCELLED"

STATUSES = (CREATED, INITIALIZED, DONE, DATA_READY, TERMINATED, ERROR, NEGATIVE, CANCELLED)
FINAL_STATUSES = frozenset({TERMINATED, ERROR, NEGATIVE, CANCELLED})

ERROR_REASON = "Poor video quality"

# The unknown-status dialect: a status no reading of the guide names, while the ISP works.
EXTRA_STATUS = {"video": "VIDEO_CALL_STARTED"}
EXTRA_STATUS_DEFAULT = "BACKOFFICE_CHECK"
EXTRA_STATUS_AFTER_S = 10.0  # simulated seconds after INITIALIZED (at most a third of the way)


def extra_status(spec: MethodSpec) -> str:
    return EXTRA_STATUS.get(spec.page_kind, EXTRA_STATUS_DEFAULT)


class Scenario(enum.Enum):
    """Chosen by the start body's externalId; anything else is SUCCESS."""

    SUCCESS = "SUCCESS"
    ERROR = "SIM-ERROR"
    NEGATIVE = "SIM-NEGATIVE"
    EXPIRE = "SIM-EXPIRE"
    NOTERMS = "SIM-NOTERMS"
    WAIT = "SIM-WAIT"

    @classmethod
    def from_external_id(cls, external_id: str | None) -> Scenario:
        for scenario in cls:
            if scenario.value == external_id and scenario is not cls.SUCCESS:
                return scenario
        return cls.SUCCESS


@dataclass(frozen=True)
class Pace:
    """Real seconds for people watching the hand-off (training); zero: the method's own clock
    at the simulator's speed (the tests' pace)."""

    handoff_s: float = 0.0  # until the simulated customer picks up the link
    step_s: float = 0.0  # at least between IDENTIFICATION_DONE, DATA_READY and TERMINATED

    def __post_init__(self) -> None:
        if self.handoff_s < 0 or self.step_s < 0:
            raise ValueError("a pace is never negative")

    @property
    def watched(self) -> bool:
        return self.handoff_s > 0


UNPACED = Pace()


@dataclass
class Step:
    at: float  # simulated seconds
    status: str | None  # None: the T&C acceptance (or the link's opening), no status of its own
    reason: str | None = None
    opens_link: bool = False  # the simulated customer opens the link (a session starts)


@dataclass
class StatusEntry:
    status: str
    at: float


@dataclass
class Order:
    ref_id: str
    issuer: str  # as answered: the spec's issuer, or "test"
    spec: MethodSpec
    fields: dict[str, str]
    scenario: Scenario
    created_at: float
    page_token: str
    target_url: str
    order_id: str | None = None
    mobile_token: str | None = None
    session_token: str | None = None
    history: list[StatusEntry] = field(default_factory=list)
    reason: str | None = None
    plan: list[Step] = field(default_factory=list)
    # Klarna: when the identification process started (first load of the target URL; for the
    # scenarios whose simulated customer acts alone, when the order became INITIALIZED).
    session_started_at: float | None = None
    # Simulated seconds per second of the guide's session: a person who opened the page in
    # watched training has the guide's 60 real minutes, not 60 of the fast clock's.
    session_scale: float = 1.0
    session_checked: bool = False
    # An order started without a number gets one in the ISP's flow (video: the call's SMS
    # challenge; Klarna: its SMS challenge; AUTHADA: the app): the ISP page's complete call may
    # carry it, else a verify claims the evidence (`OrderStore.claim`).
    bound_mobile: str | None = None
    terms_accepted_at: float | None = None
    terminated_at: float | None = None
    evidence_id: str | None = None
    evidence_given: bool = False  # a verify has answered with this order's evidence
    page_loads: int = 0

    @property
    def status(self) -> str:
        return self.history[-1].status

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def mobile(self) -> str | None:
        return self.fields.get("mobile") or self.bound_mobile

    @property
    def in_progress(self) -> bool:
        """INITIALIZED, or the unknown-status dialect's extra status that follows it."""
        return self.status in (INITIALIZED, extra_status(self.spec))

    @property
    def external_id(self) -> str | None:
        return self.fields.get("externalId")

    def session_end(self) -> float | None:
        if self.spec.session_s is None or self.session_started_at is None:
            return None
        return self.session_started_at + self.spec.session_s * self.session_scale

    def session_over(self, now: float) -> bool:
        end = self.session_end()
        return end is not None and now >= end

    def start_session(self, at: float) -> None:
        if self.session_started_at is None:
            self.session_started_at = at

    def evidence_ready(self, now: float) -> bool:
        return (
            self.status == TERMINATED
            and self.terms_accepted_at is not None
            and self.terms_accepted_at <= now
        )

    def in_play(self) -> bool:
        """Running, or its evidence ready and never given: a verify of its number is for it."""
        if not self.is_final:
            return True
        ready = self.status == TERMINATED and self.terms_accepted_at is not None
        return ready and not self.evidence_given

    # -- transitions ---------------------------------------------------------------------

    def record(self, status: str, at: float, reason: str | None = None) -> None:
        self.history.append(StatusEntry(status, at))
        self.reason = reason
        if status == TERMINATED:
            self.terminated_at = at
            self.evidence_id = self.evidence_id or str(uuid.uuid4())

    def advance(self, now: float) -> None:
        """Apply every planned step that is due; a Klarna session running out comes first."""
        for step in sorted(self.plan, key=lambda s: s.at):
            if step.at > now:
                break
            expiry = self._pending_expiry()
            if expiry is not None and expiry <= step.at:
                self._end_session(expiry)
                if not self.plan:
                    break  # the session ran out before this step could happen
            self.plan.remove(step)
            if step.opens_link:
                self.start_session(step.at)
            elif step.status is None:
                self.terms_accepted_at = step.at
            else:
                self.record(step.status, step.at, step.reason)
        expiry = self._pending_expiry()
        if expiry is not None and expiry <= now:
            self._end_session(expiry)

    def _pending_expiry(self) -> float | None:
        return None if self.session_checked else self.session_end()

    def _end_session(self, at: float) -> None:
        """Guide appendix 3: at the timeout without TERMINATED the status becomes Negative
        Identification; the guide names no reason code, so none is invented."""
        self.session_checked = True
        if not self.is_final:
            self.plan.clear()
            self.record(NEGATIVE, at)

    def plan_outcome(self, done_at: float, min_gap: float = 0.0) -> None:
        """Schedule the scenario's outcome with the identification done at `done_at`; the
        provider's steps after it at least `min_gap` (simulated seconds) apart."""
        timeline = self.spec.timeline
        if self.scenario is Scenario.ERROR:
            self.plan.append(Step(done_at, ERROR, ERROR_REASON))
            return
        if self.scenario is Scenario.NEGATIVE:
            self.plan.append(Step(done_at, NEGATIVE, self.spec.negative_reason))
            return
        data_ready_at = done_at + max(timeline.data_ready_s - timeline.done_s, min_gap)
        terminated_at = data_ready_at + max(timeline.terminated_s - timeline.data_ready_s, min_gap)
        self.plan += [
            Step(done_at, DONE),
            Step(data_ready_at, DATA_READY),
            Step(terminated_at, TERMINATED),
        ]
        if self.scenario is not Scenario.NOTERMS:
            self.plan.append(Step(terminated_at + timeline.terms_after_s, None))

    def waits_for_page(self) -> bool:
        return self.scenario in (Scenario.WAIT, Scenario.EXPIRE)

    def customer_pending(self) -> bool:
        """The simulated customer has yet to pick up the link."""
        return any(step.opens_link for step in self.plan)

    def hand_to_page(self) -> None:
        """Someone opened the link before the simulated customer: the page decides now (the
        provider's own steps before the ISP's flow stay)."""
        kept = (INITIALIZED, extra_status(self.spec))
        self.plan = [step for step in self.plan if step.status in kept and not step.opens_link]


class OrderConflictError(Exception):
    """The order is not in a state that allows the change; the message says why."""


class OrderGoneError(Exception):
    """The order's page can no longer be used (cancelled, session over, uses exhausted)."""


class OrderStore:
    """All orders, keyed by ref id; every access advances the order to the clock's now."""

    def __init__(self, clock: SimClock, dialect: Dialect = DEFAULT, pace: Pace = UNPACED) -> None:
        self._clock = clock
        self._dialect = dialect
        self._pace = pace
        self._lock = threading.RLock()
        self._orders: dict[str, Order] = {}
        self._by_page: dict[str, str] = {}

    def create(
        self,
        issuer: str,
        spec: MethodSpec,
        fields: dict[str, str],
        target_url_for: Callable[[str, str], str],
    ) -> Order:
        """`target_url_for(kind, token)` builds the ISP page URL on the caller's origin."""
        now = self._clock.now()
        token = secrets.token_urlsafe(18)
        order = Order(
            ref_id=str(uuid.uuid4()),
            issuer=issuer,
            spec=spec,
            fields=fields,
            scenario=Scenario.from_external_id(fields.get("externalId")),
            created_at=now,
            page_token=token,
            target_url=target_url_for(spec.page_kind, token),
        )
        if spec.page_kind == "video":
            order.order_id = "ITM-" + "".join(secrets.choice("0123456789") for _ in range(8))
        elif spec.page_kind == "eid":
            order.mobile_token = secrets.token_urlsafe(24)
            order.session_token = secrets.token_urlsafe(24)
        order.record(CREATED, now)
        if "klarna-session-from-order" in self._dialect:
            order.start_session(now)  # "after the identification process is started" = ordered
        initialized_at = now + spec.timeline.initialized_s
        order.plan.append(Step(initialized_at, INITIALIZED))
        # When the ISP's flow starts: the simulated customer opens the link (after the hand-off
        # a watched pace gives), else whenever someone opens the page.
        # (SIM-EXPIRE's opens it and lets its session run out; SIM-WAIT's never does).
        opens_at = initialized_at
        working_s = spec.timeline.done_s - spec.timeline.initialized_s
        if order.scenario is not Scenario.WAIT:
            opens_at += self._real(self._pace.handoff_s)
            order.plan.append(Step(opens_at, None, opens_link=True))
        if not order.waits_for_page():
            order.plan_outcome(opens_at + working_s, self._real(self._pace.step_s))
        if "unknown-status" in self._dialect:
            after = min(EXTRA_STATUS_AFTER_S, working_s / 3)
            order.plan.append(Step(opens_at + after, extra_status(spec)))
        with self._lock:
            self._orders[order.ref_id] = order
            self._by_page[token] = order.ref_id
        return order

    @property
    def pace(self) -> Pace:
        return self._pace

    def _real(self, seconds: float) -> float:
        """Real seconds as simulated ones, at the clock's speed now."""
        return seconds * self._clock.speed

    def _advanced(self, order: Order) -> Order:
        order.advance(self._clock.now())
        return order

    def get(self, ref_id: str) -> Order | None:
        with self._lock:
            order = self._orders.get(ref_id)
            return None if order is None else self._advanced(order)

    def by_page_token(self, token: str) -> Order | None:
        with self._lock:
            ref_id = self._by_page.get(token)
            return None if ref_id is None else self.get(ref_id)

    def all(self) -> list[Order]:
        with self._lock:
            return [self._advanced(order) for order in self._orders.values()]

    def cancel(self, order: Order) -> None:
        with self._lock:
            self._advanced(order)
            if order.status == CANCELLED:
                return  # a retried cancel is safe
            if order.is_final:
                raise OrderConflictError(
                    f"The identification is already {order.status}; only pending orders can be "
                    "cancelled."
                )
            order.plan.clear()
            order.record(CANCELLED, self._clock.now())

    def force(self, order: Order, status: str, reason: str | None) -> None:
        """Set any status now; automatic steps stop (the order stays where it was put)."""
        with self._lock:
            now = self._clock.now()
            order.advance(now)
            order.plan.clear()
            order.record(status, now, reason)
            if status == TERMINATED:
                order.terms_accepted_at = now

    def open_page(self, order: Order) -> None:
        """Count a load of the target URL; raise OrderGoneError when it may no longer be used."""
        with self._lock:
            now = self._clock.now()
            order.advance(now)
            order.page_loads += 1
            if self._pace.watched and order.session_started_at is None:
                order.session_scale = max(self._clock.speed, 1.0)
            order.start_session(now)
            if self._pace.watched and order.customer_pending():
                order.hand_to_page()
            if order.status == CANCELLED:
                raise OrderGoneError("This identification was cancelled; ask for a new link.")
            if order.session_over(now):
                raise OrderGoneError(
                    "The 60-minute session of this identification has ended; ask for a new link."
                )
            limit = order.spec.page_load_limit
            if limit is not None and order.page_loads > limit:
                raise OrderGoneError(
                    f"This link may be used {limit} times (the first use and {limit - 1} "
                    "reuses) within the 60-minute session, and it has been; ask for a new link."
                )

    def complete_page(self, order: Order, mobile: str | None = None) -> None:
        """The customer finished the ISP flow: identification done now, the rest follows.

        `mobile`: the number the customer gave in the ISP's flow, if any (kept only when the
        start gave none)."""
        with self._lock:
            now = self._ready_for_page(order)
            if mobile is not None and order.mobile is None:
                order.bound_mobile = mobile
            order.plan.clear()
            order.plan_outcome(now, self._real(self._pace.step_s))
            order.advance(now)

    def fail_page(self, order: Order, reason: str | None) -> None:
        with self._lock:
            now = self._ready_for_page(order)
            order.plan.clear()
            order.record(order.spec.fail_status, now, reason or "The identification was aborted")

    def _ready_for_page(self, order: Order) -> float:
        now = self._clock.now()
        order.advance(now)
        order.start_session(now)
        if order.status == CANCELLED or order.session_over(now):
            raise OrderGoneError(f"This identification has ended ({order.status}).")
        if order.status == CREATED:
            order.plan = [step for step in order.plan if step.status != INITIALIZED]
            order.record(INITIALIZED, now)
        if not order.in_progress:
            raise OrderConflictError(
                f"This identification is already {order.status}; the page can no longer change it."
            )
        return now

    def for_msisdn(self, msisdn: str) -> list[Order]:
        with self._lock:
            return [
                self._advanced(order) for order in self._orders.values() if order.mobile == msisdn
            ]

    def claim(self, msisdn: str, usable: Callable[[Order], bool]) -> Order | None:
        """Bind to `msisdn` the usable order without a number that its customer finished
        last, and return it (None: no such order).

        Any method: an order started without a number (AUTHADA takes none; Identity.tm gets
        only the surname by default; Klarna's is optional) gets it in the ISP's flow, which
        the simulator does not see unless the page's complete call carries it; the SRS learns
        it with the evidence. The customer verifies right after finishing, so the order they
        just finished is the latest to terminate. A number with an order of its own still in
        play (running, or its evidence never given) claims nothing; an order that terminated
        before the number's latest order started is not theirs. A number whose claimed order
        waits for the customer's T&C claims only an order started after that one ended (their
        new try): another customer's order that ended meanwhile is not theirs (many customers
        verifying at once took each other's orders). So a known number's new identification
        without a number is claimed, another customer's is not."""
        with self._lock:
            own = [o for o in self.all() if o.mobile == msisdn]
            if any(o.in_play() for o in own):
                return None
            since = max((o.created_at for o in own), default=None)
            waiting = max(
                (
                    o.terminated_at or 0.0
                    for o in own
                    if o.bound_mobile == msisdn and o.status == TERMINATED and not o.evidence_given
                ),
                default=None,
            )
            unbound = [
                order
                for order in self.all()
                if order.mobile is None
                and usable(order)
                and (since is None or (order.terminated_at or 0.0) > since)
                and (waiting is None or order.created_at > waiting)
            ]
            if not unbound:
                return None
            order = max(unbound, key=lambda o: o.terminated_at or 0.0)
            order.bound_mobile = msisdn
            return order
