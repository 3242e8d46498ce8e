"""When to poll, verify and retry: the timing rules as data plus small pure functions.

All figures are real-world seconds; every one is multiplied by the time scale (1 in production,
1/speed against the training simulator), except a server's Retry-After, which is the server's
own instruction and is honoured as given.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta

from kiosk.srs import MethodSpec, MethodType, Status, VerifyAnchor

_BACK_OFFICE = frozenset({Status.IDENTIFICATION_DONE, Status.DATA_READY})


@dataclass(frozen=True)
class TrackingPolicy:
    # While the customer is in the flow: poll often, so the screen follows them.
    in_flow_poll_s: float = 5.0
    # A start answer without a target URL (CREATED): the customer waits at the kiosk for the
    # link, so ask for it often until it comes.
    awaiting_url_poll_s: float = 1.0
    # A customer who has not moved on for this long has probably walked away: poll less.
    idle_after_s: float = 10 * 60.0
    idle_poll_s: float = 30.0
    # A human back-office check (video): nothing to see for minutes; back off gently.
    back_office_poll_s: float = 30.0
    back_office_max_poll_s: float = 120.0
    back_office_growth: float = 1.5
    slow_back_office: frozenset[MethodType] = field(
        default_factory=lambda: frozenset({MethodType.VIDEO})
    )
    # ± this fraction at random on every delay, so 500 orders never poll in step.
    jitter: float = 0.1
    # Failures (5xx, timeouts, bad bodies): exponential backoff between these bounds.
    error_base_s: float = 5.0
    error_max_s: float = 5 * 60.0
    max_retry_after_s: float = 15 * 60.0  # a Retry-After beyond this is taken as this
    # Verify: the first retries every 30 s (Klarna's window is 30 s–2 min), then doubling.
    verify_retry_s: float = 30.0
    verify_quick_attempts: int = 4
    verify_max_retry_s: float = 15 * 60.0
    # The customer may still have to accept the T&C by SMS: keep trying this long.
    verify_deadline_s: float = 24 * 3600.0
    # Methods the catalogue does not know: verify this long after TERMINATED.
    default_verify_delay_s: float = 30.0
    # A method's session (Klarna: 60 min from the start of the identification process) ends
    # with the provider's own negative status. Only if that has not come this long after the
    # session's end does the kiosk end the order itself (EXPIRED), as a last resort.
    session_grace_s: float = 15 * 60.0
    # No final status after this long: the customer is not coming back; cancel the order.
    max_follow_s: float = 7 * 24 * 3600.0
    # Never schedule sooner than this (real seconds), however small the scale.
    min_delay_s: float = 0.05
    # Leases (one process follows an order, see Journal.claim): a lease lasts lease_s and is
    # renewed every lease_renew_s, so two renewals can fail or be late before it lapses; a
    # crashed process's orders are taken over within lease_s + lease_renew_s. Never shorter
    # than min_lease_s (real seconds) however small the scale: a lease that a stalled event loop
    # or a busy disk lets lapse would have two processes following the order.
    lease_s: float = 60.0
    lease_renew_s: float = 20.0
    min_lease_s: float = 3.0
    # The training simulator forgets its orders on restart: a 404 then ends the order instead
    # of being a problem forever.
    unknown_order_is_final: bool = False


DEFAULT_POLICY = TrackingPolicy()


class Timing:
    """The policy at one time scale, with its own random source for jitter."""

    def __init__(
        self,
        policy: TrackingPolicy,
        scale: float,
        rng: random.Random | None = None,
        *,
        real_sessions: bool = False,
    ) -> None:
        """``real_sessions``: a method's session lasts its real length whatever the scale
        (training at the window: a trainee on the bank's page keeps the guide's 60 minutes
        while the rest of the provider's clock runs fast)."""
        if scale <= 0:
            raise ValueError("the time scale must be positive")
        self.policy = policy
        self.scale = scale
        self.real_sessions = real_sessions
        self._rng = rng or random.Random()

    def scaled(self, seconds: float) -> float:
        return seconds * self.scale

    def _jittered(self, seconds: float) -> float:
        j = self.policy.jitter
        factor = self._rng.uniform(1 - j, 1 + j) if j else 1.0
        return max(self.policy.min_delay_s, seconds * self.scale * factor)

    def poll_delay(
        self,
        method_type: MethodType | None,
        status: Status,
        *,
        in_status_s: float,
        polls_in_status: int,
        awaiting_url: bool = False,
    ) -> float:
        """Seconds until the next status poll. ``in_status_s`` (real seconds) and
        ``polls_in_status`` say how long the order has shown ``status`` to this tracker;
        ``awaiting_url``: the customer waits for the target URL. A status the kiosk does not
        know (IN_PROGRESS) is polled like any other customer-side one."""
        p = self.policy
        if awaiting_url and in_status_s < self.scaled(p.idle_after_s):
            base = p.awaiting_url_poll_s
        elif status in _BACK_OFFICE and method_type in p.slow_back_office:
            base = min(
                p.back_office_max_poll_s,
                p.back_office_poll_s * p.back_office_growth**polls_in_status,
            )
        elif in_status_s >= self.scaled(p.idle_after_s):
            base = p.idle_poll_s
        else:
            base = p.in_flow_poll_s
        return self._jittered(base)

    def error_delay(self, failures: int, retry_after_s: float | None) -> float:
        """Seconds until retrying after the ``failures``-th failure in a row; never sooner than
        the server's Retry-After."""
        p = self.policy
        backoff = self._jittered(min(p.error_max_s, p.error_base_s * 2.0 ** max(failures - 1, 0)))
        if retry_after_s is None:
            return backoff
        honoured = min(max(retry_after_s, 0.0), p.max_retry_after_s)
        # Jitter only upwards here: earlier than Retry-After would break the server's rule.
        spread = self._rng.uniform(0, p.jitter * honoured) if p.jitter else 0.0
        return max(backoff, honoured + spread)

    def verify_delay(self, attempts: int) -> float:
        """Seconds until the next verify after ``attempts`` unsuccessful ones."""
        p = self.policy
        if attempts < p.verify_quick_attempts:
            return self._jittered(p.verify_retry_s)
        doubled = p.verify_retry_s * 2.0 ** (attempts - p.verify_quick_attempts + 1)
        return self._jittered(min(p.verify_max_retry_s, doubled))

    def first_verify_at(
        self, spec: MethodSpec | None, *, created_at: float, terminated_seen_at: float
    ) -> float:
        """When the first verify call is due (epoch seconds), per the method's recommendation.
        Never before TERMINATED was seen: an earlier evidence of the same mobile number (an old
        identification) would otherwise be taken for this order's."""
        if spec is None:
            return terminated_seen_at + self.scaled(self.policy.default_verify_delay_s)
        after_start = spec.verify.anchor is VerifyAnchor.AFTER_START
        anchor = created_at if after_start else terminated_seen_at
        return max(terminated_seen_at, anchor + self.scaled(spec.verify.delay.total_seconds()))

    def verify_deadline(self, first_verify_at: float) -> float:
        return first_verify_at + self.scaled(self.policy.verify_deadline_s)

    def lease(self) -> tuple[float, float]:
        """How long a lease lasts and how often it is renewed (real seconds, no jitter: the
        renewals of one tracker are one transaction for all its orders)."""
        p = self.policy
        lease = max(self.scaled(p.lease_s), p.min_lease_s)
        return lease, lease * min(p.lease_renew_s / p.lease_s, 1.0)

    def session_s(self, spec: MethodSpec | None) -> float | None:
        """How long the method's session lasts from the start of the identification process
        (Klarna: 60 minutes), if it has one."""
        lifetime: timedelta | None = spec.session_lifetime if spec else None
        if lifetime is None:
            return None
        seconds = lifetime.total_seconds()
        return seconds if self.real_sessions else self.scaled(seconds)

    def session_grace(self) -> float:
        return self.scaled(self.policy.session_grace_s)

    def follow_end(self, created_at: float) -> float:
        return created_at + self.scaled(self.policy.max_follow_s)
