"""The RA service's `POST /api/evidences/verify`: is there a usable evidence for this number?"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kiosk.simulator.auth import require_bearer
from kiosk.simulator.body import parse_json_object, read_body, require_media_type
from kiosk.simulator.clock import SimClock
from kiosk.simulator.dialects import Dialect
from kiosk.simulator.errors import (
    EVIDENCE_JSON,
    JSON,
    ApiError,
    FieldProblem,
    invalid_fields,
    json_response,
)
from kiosk.simulator.orders import TERMINATED, Order
from kiosk.simulator.state import SimulatorState
from kiosk.simulator.validation import VerifyRequest, check_verify_body
from kiosk.simulator.wire import spell_issuer, spell_jurisdiction, spell_time

# verify-lowercase-404 / verify-eu-ch-404: the only spellings such a server stores.
_STORED_SPELLINGS = {
    "verify-lowercase-404": {"eidas": "EIDAS", "zertes": "ZERTES"},
    "verify-eu-ch-404": {"EU": "EIDAS", "CH": "ZERTES"},
}


def _not_found(message: str) -> ApiError:
    return ApiError(404, "evidence_not_found", message)


def _serves(order: Order, wanted: VerifyRequest) -> bool:
    spec = order.spec
    return wanted.jurisdiction in spec.jurisdictions and spec.loa >= wanted.assurance_level


def _valid_until(order: Order, clock: SimClock, dialect: Dialect) -> str:
    terminated = clock.wall(order.terminated_at or 0.0)
    years = order.spec.evidence_validity_years
    try:
        until = terminated.replace(year=terminated.year + years)
    except ValueError:  # 29 February
        until = terminated.replace(year=terminated.year + years, day=28)
    return spell_time(until, dialect)


def _accepts_json(request: Request) -> bool:
    """Whether the Accept header takes application/json (a missing header takes anything)."""
    accept = request.headers.get("accept")
    if accept is None:
        return True
    ranges = {part.split(";", 1)[0].strip().lower() for part in accept.split(",")}
    return bool(ranges & {JSON, "application/*", "*/*"})


def _check_typed(body: dict[str, object], dialect: Dialect) -> None:
    """An RA typed from the guide rather than Swisscom's sample: `verify-loa-integer` (Go's
    decoder: the LOA is a number, "4" is refused), `verify-msisdn-digits` (an MSISDN as ITU
    writes it: digits only, country code first)."""
    if "verify-loa-integer" in dialect and isinstance(body.get("assuranceLevel"), str):
        raise ApiError(
            400,
            "invalid_request",
            "json: cannot unmarshal string into Go struct field VerifyRequest.assuranceLevel "
            "of type int",
        )
    msisdn = body.get("msisdn")
    if "verify-msisdn-digits" in dialect and isinstance(msisdn, str) and not msisdn.isdigit():
        raise ApiError(
            400,
            "invalid_request",
            "The verify request is invalid (msisdn).",
            [FieldProblem("msisdn", "must be the MSISDN's digits, country code first, no '+'")],
        )


class EvidenceEndpoints:
    def __init__(self, state: SimulatorState) -> None:
        self._state = state

    def routes(self) -> list[BaseRoute]:
        return [Route("/api/evidences/verify", self.verify, methods=["POST"])]

    async def verify(self, request: Request) -> Response:
        dialect = self._state.dialect
        if "verify-needs-token" in dialect:
            require_bearer(request, self._state.tokens)
        require_media_type(request, (JSON, EVIDENCE_JSON))
        if "verify-json-only" in dialect and not _accepts_json(request):
            raise ApiError(
                406,
                "not_acceptable",
                f"This service produces {JSON} only; the request accepts "
                f"{request.headers.get('accept', 'nothing')[:80]}.",
            )
        body = parse_json_object(await read_body(request))
        _check_typed(body, dialect)
        for name, stored in _STORED_SPELLINGS.items():
            if name in dialect:  # looked up as sent: another spelling finds no evidence
                spelled = body.get("jurisdiction")
                if isinstance(spelled, str) and spelled not in stored:
                    raise _not_found(f"No evidence is stored for jurisdiction {spelled[:20]!r}.")
                if isinstance(spelled, str):
                    body = {**body, "jurisdiction": stored[spelled]}
        wanted, problems = check_verify_body(
            body,
            eu_ch="jurisdiction-eu-ch" in dialect,
            dn_required="verify-dn-required" in dialect,
        )
        if wanted is None:
            if "verify-dn-required" in dialect and any(
                p.field == "distinguishedName" for p in problems
            ):
                raise ApiError(
                    400,
                    "invalid_request",
                    "The verify request is invalid (distinguishedName is required).",
                    problems,
                )
            raise invalid_fields(problems)

        now = self._state.clock.now()
        # Maybe the number the customer gave in the ISP's flow of an order started without
        # one (SMS challenge, AUTHADA's app), which the SRS learns with the evidence
        # (TERMINATED), T&C accepted or not.
        self._state.orders.claim(
            wanted.msisdn, lambda o: o.status == TERMINATED and _serves(o, wanted)
        )
        orders = self._state.orders.for_msisdn(wanted.msisdn)
        ready = [order for order in orders if order.evidence_ready(now) and _serves(order, wanted)]
        ready.sort(key=lambda o: o.terminated_at or 0.0)
        if ready:
            ready[-1].evidence_given = True
        if "verify-evidence-list" in dialect:
            # Every evidence of the number that serves the request, oldest first; none: [].
            answers = [self._evidence(order, wanted) for order in ready]
            return json_response(answers, media_type=EVIDENCE_JSON)
        if ready:
            return json_response(self._evidence(ready[-1], wanted), media_type=EVIDENCE_JSON)
        why = self._why_not(orders, wanted, now)
        if "verify-verdict" in dialect:
            # Glossary: verify asks "whether" the evidence enables the user for signing: the
            # evidence of an identification whose T&C are open, with a "no".
            unaccepted = [o for o in orders if o.status == TERMINATED and _serves(o, wanted)]
            if unaccepted:
                order = max(unaccepted, key=lambda o: o.terminated_at or 0.0)
                return json_response(
                    {"evidenceId": order.evidence_id, "verified": False, "reason": why},
                    media_type=EVIDENCE_JSON,
                )
        if "verify-200-not-yet" in dialect:
            # No evidence is not an error for this reading: 200 without an evidence id.
            return json_response({"evidenceId": None} if orders else {}, media_type=EVIDENCE_JSON)
        if "verify-odd-error" in dialect:
            if any(o.status == TERMINATED and not o.evidence_ready(now) for o in orders):
                raise ApiError(400, "terms_not_accepted", why)
            raise ApiError(409, "not_ready", why)
        raise _not_found(why)

    def _evidence(self, order: Order, wanted: VerifyRequest) -> dict[str, object]:
        dialect = self._state.dialect
        verdict = {"verified": True} if "verify-verdict" in dialect else {}
        if "minimal-answers" in dialect:  # guide §6.2: "Evidence id — Verify call successful"
            return {"evidenceId": order.evidence_id, **verdict}
        return {
            **verdict,
            "evidenceId": order.evidence_id,
            "msisdn": wanted.msisdn,
            "jurisdiction": spell_jurisdiction(wanted.jurisdiction, dialect),
            "assuranceLevel": order.spec.loa,
            "issuer": spell_issuer(order.issuer, dialect),
            "method": order.spec.method,
            "validUntil": _valid_until(order, self._state.clock, dialect),
            # Not in the guide: when the evidence was made (see CONTRACT.md).
            "createdAt": spell_time(self._state.clock.wall(order.terminated_at or 0.0), dialect),
        }

    @staticmethod
    def _why_not(orders: list[Order], wanted: VerifyRequest, now: float) -> str:
        # The number itself stays out: error bodies end up in logs and on screens.
        number = "this mobile number"
        if not orders:
            return f"No identification is known for {number}; start one first."
        if any(order.evidence_ready(now) for order in orders):
            return (
                f"The evidence for {number} does not cover {wanted.jurisdiction} at LOA "
                f"{wanted.assurance_level}; identify the customer with a method that does."
            )
        if any(order.status == TERMINATED for order in orders):
            return (
                f"The identification of {number} is terminated, but the customer has not accepted "
                "the terms and conditions (SMS) yet; ask them to accept, then verify again."
            )
        latest = max(orders, key=lambda o: o.created_at)
        if latest.is_final:
            reason = f": {latest.reason}" if latest.reason else ""
            return (
                f"The latest identification of {number} ended {latest.status}{reason}; "
                "start a new identification."
            )
        return (
            f"No identification of {number} has reached TERMINATED yet (latest: "
            f"{latest.status}); verify again later."
        )
