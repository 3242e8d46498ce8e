"""What the tracker knows about an order: identifiers and states, plus (in memory only, decrypted
from the journal) the order's target URL; never names or birth dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.srs import Jurisdiction, Status

# Consecutive failures before a fault counts as a problem staff should see: a single dropped
# connection is routine, three in a row (with backoff in between) are not.
PROBLEM_AFTER_FAILURES = 3
# The reason of an order the SRS answered 404 for (where that ends it: training, the simulator
# forgot its orders): it ends EXPIRED, but nobody chose that and the customer may still wait.
SERVICE_FORGOT = "The service no longer knows this order"


class ActionKind(StrEnum):
    POLL = "poll"  # ask the SRS for the status
    VERIFY = "verify"  # ask the RA service for the evidence
    CANCEL = "cancel"  # cancel the order at the SRS (staff, or a new start for the customer)


class Outcome(StrEnum):
    """Where an order stands, derived from its status, evidence and next action."""

    PENDING = "pending"  # still followed (includes TERMINATED waiting for the evidence)
    VERIFIED = "verified"
    NO_EVIDENCE = "no_evidence"  # TERMINATED, but the verify call never found the evidence
    FAILED = "failed"  # ERROR or IDENTIFICATION_NEGATIVELY_CONDUCTED
    CANCELLED = "cancelled"
    EXPIRED = "expired"


@dataclass(frozen=True)
class NextAction:
    kind: ActionKind
    due: datetime  # UTC


@dataclass(frozen=True)
class HistoryEntry:
    status: Status
    at: datetime  # the provider's time where it gave one, else when the kiosk saw it
    reason: str | None = None


@dataclass(frozen=True, repr=False)
class TrackedOrder:
    """One row of the journal, with its status history (oldest first)."""

    ref_id: str
    order_id: str | None
    issuer: str
    method: str
    jurisdiction: Jurisdiction  # for the verify call
    loa: int  # for the verify call
    status: Status
    reason: str | None
    history: tuple[HistoryEntry, ...]
    next_action: NextAction | None  # None: nothing left to do
    created_at: datetime
    updated_at: datetime
    target_url_uses: int = 0
    verify_attempts: int = 0
    verify_until: datetime | None = None
    # The method's session end (Klarna), once the identification process has started.
    expires_at: datetime | None = None
    evidence_id: str | None = None
    evidence_valid_until: datetime | None = None
    cancel_pending: bool = False
    customer_key: str | None = None  # a keyed one-way key of the mobile number
    last_error: str | None = None  # the last failure, already free of phone numbers
    failures: int = 0  # consecutive failures of the order's calls
    # The status exactly as the provider wrote it (what to show for IN_PROGRESS); "" if unknown.
    status_text: str = ""
    # Where the customer does the identification: from the start answer or, when that had none
    # (status CREATED), from a later status answer. Encrypted in the journal; None until known.
    target_url: str | None = None
    # When the identification process started (the first use of the target URL, or else the
    # first status past INITIALIZED): a method's session (Klarna: 60 min) counts from here.
    identification_started_at: datetime | None = None
    # The language the customer chose (None: started elsewhere, e.g. the command line).
    customer_language: str | None = None
    # AUTHADA's tokens: in the tracker's memory only (never in the journal).
    mobile_token: str | None = None
    session_token: str | None = None

    @property
    def shown_status(self) -> str:
        """The status as people should read it: the provider's own words for a status the
        kiosk does not know, else the kiosk's name for it."""
        if self.status is Status.IN_PROGRESS and self.status_text:
            return self.status_text
        return self.status.value

    @property
    def is_done(self) -> bool:
        return self.next_action is None

    @property
    def outcome(self) -> Outcome:
        if self.evidence_id:
            return Outcome.VERIFIED
        if not self.is_done:
            return Outcome.PENDING
        return _OUTCOMES.get(self.status, Outcome.FAILED)

    @property
    def problem(self) -> str | None:
        """The persisting fault to show staff, or None while calls succeed (or fail rarely)."""
        if self.failures >= PROBLEM_AFTER_FAILURES:
            return self.last_error
        return None

    @property
    def needs_attention(self) -> bool:
        """Staff should look at it: the identification failed or ended without evidence, the
        SRS no longer knows it, or its calls keep failing (a cancelled or expired order was
        someone's choice or time)."""
        return (
            self.outcome in (Outcome.FAILED, Outcome.NO_EVIDENCE)
            or (self.outcome is Outcome.EXPIRED and self.reason == SERVICE_FORGOT)
            or self.problem is not None
        )

    def reached_at(self, status: Status) -> datetime | None:
        return next((e.at for e in self.history if e.status is status), None)

    def __repr__(self) -> str:  # the customer key stays out of logs, even though it is hashed
        return (
            f"TrackedOrder(ref_id={self.ref_id!r}, {self.issuer}/{self.method}, "
            f"status={self.status.value}, outcome={self.outcome.value}, "
            f"next={self.next_action.kind.value if self.next_action else None}, "
            f"failures={self.failures}, cancel_pending={self.cancel_pending}, "
            f"target_url={'<hidden>' if self.target_url else None})"
        )

    __str__ = __repr__


_OUTCOMES = {
    Status.TERMINATED: Outcome.NO_EVIDENCE,
    Status.CANCELLED: Outcome.CANCELLED,
    Status.EXPIRED: Outcome.EXPIRED,
}


@dataclass(frozen=True)
class StartIntent:
    """A start call about to be made (journaled before it): if the answer never arrives (the
    process died, the connection dropped), the SRS may hold an order the journal does not know.
    Such an intent stays and is reported, so support can find the order by its external id."""

    intent_id: str
    issuer: str
    method: str
    external_id: str | None
    created_at: datetime
    pid: int = 0  # the process that made the call (0: unknown)
    host: str = ""


@dataclass(frozen=True)
class OrderChanged:
    """Sent to subscribers whenever an order's visible state changes (not on every quiet poll).

    ``previous`` is None for a newly registered order.
    """

    order: TrackedOrder
    previous: TrackedOrder | None

    @property
    def new_history(self) -> tuple[HistoryEntry, ...]:
        seen = len(self.previous.history) if self.previous else 0
        return self.order.history[seen:]

    @property
    def status_changed(self) -> bool:
        return self.previous is None or self.previous.status is not self.order.status

    @property
    def finished(self) -> bool:
        return self.order.is_done and (self.previous is None or not self.previous.is_done)
