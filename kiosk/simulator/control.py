"""`/_sim/...`: the control API tests and trainers use (no auth; never faulted)."""

from __future__ import annotations

import math

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kiosk.simulator.body import parse_json_object, read_body
from kiosk.simulator.errors import ApiError, FieldProblem, json_response, not_found
from kiosk.simulator.faults import FAULT_KINDS, FaultRule
from kiosk.simulator.orders import STATUSES, Order
from kiosk.simulator.state import SimulatorState
from kiosk.simulator.wire import canonical_status

MAX_SPEED = 100_000.0
MAX_DELAY_S = 300.0
_HTTP_VERBS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _invalid(problems: list[FieldProblem]) -> ApiError:
    names = ", ".join(problem.field for problem in problems)
    return ApiError(400, "invalid_request", f"Invalid control request ({names}).", problems)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _whole(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


class ControlEndpoints:
    def __init__(self, state: SimulatorState) -> None:
        self._state = state

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/_sim/orders", self.orders, methods=["GET"]),
            Route("/_sim/orders/{ref_id}/status", self.force_status, methods=["POST"]),
            Route("/_sim/clock", self.clock, methods=["GET", "POST"]),
            Route("/_sim/faults", self.faults, methods=["GET", "POST", "DELETE"]),
            Route("/_sim/tokens/expire", self.expire_tokens, methods=["POST"]),
            Route("/_sim/dialects", self.dialects, methods=["GET"]),
        ]

    async def dialects(self, request: Request) -> Response:
        return json_response({"dialects": self._state.dialect.describe()})

    def _order_json(self, order: Order) -> dict[str, object]:
        clock = self._state.clock
        body = canonical_status(order, clock)
        body.update(
            {
                "externalId": order.external_id,
                "scenario": order.scenario.value,
                "pageKind": order.spec.page_kind,
                "pageLoads": order.page_loads,
                "sessionStartedAt": None
                if order.session_started_at is None
                else clock.iso(order.session_started_at),
                "mobileToken": order.mobile_token,
                "sessionToken": order.session_token,
                "termsAccepted": order.evidence_ready(clock.now()),
                "evidenceId": order.evidence_id,
            }
        )
        return body

    async def orders(self, request: Request) -> Response:
        clock = self._state.clock
        return json_response(
            {
                "now": clock.iso(clock.now()),
                "speed": clock.speed,
                "orders": [self._order_json(order) for order in self._state.orders.all()],
            }
        )

    async def force_status(self, request: Request) -> Response:
        ref_id = request.path_params["ref_id"]
        order = self._state.orders.get(ref_id)
        if order is None:
            raise not_found(f"No order has the ref id '{ref_id}'.")
        body = parse_json_object(await read_body(request))
        status = body.get("status")
        reason = body.get("reason")
        problems: list[FieldProblem] = []
        if not isinstance(status, str) or status.upper() not in STATUSES:
            problems.append(FieldProblem("status", "must be one of " + ", ".join(STATUSES)))
        if reason is not None and not isinstance(reason, str):
            problems.append(FieldProblem("reason", "must be a string"))
        unknown = sorted(set(body) - {"status", "reason"})
        problems += [FieldProblem(name, "unknown field") for name in unknown]
        if problems or not isinstance(status, str):
            raise _invalid(problems)
        self._state.orders.force(order, status.upper(), reason if isinstance(reason, str) else None)
        return json_response(self._order_json(order))

    def _clock_json(self) -> dict[str, object]:
        clock = self._state.clock
        now = clock.now()
        return {"speed": clock.speed, "elapsed_s": now, "now": clock.iso(now)}

    async def clock(self, request: Request) -> Response:
        if request.method == "POST":
            body = parse_json_object(await read_body(request), empty_is_object=True)
            problems: list[FieldProblem] = []
            speed = _number(body["speed"]) if "speed" in body else None
            if "speed" in body and (speed is None or not 0 <= speed <= MAX_SPEED):
                problems.append(
                    FieldProblem("speed", f"must be a number from 0 (frozen) to {MAX_SPEED:g}")
                )
            advance = _number(body["advance_s"]) if "advance_s" in body else None
            if "advance_s" in body and (advance is None or advance < 0):
                problems.append(FieldProblem("advance_s", "must be a number of seconds ≥ 0"))
            problems += [
                FieldProblem(name, "unknown field")
                for name in sorted(set(body) - {"speed", "advance_s"})
            ]
            if problems:
                raise _invalid(problems)
            if speed is not None:
                self._state.clock.set_speed(speed)
            if advance is not None:
                self._state.clock.advance(advance)
        return json_response(self._clock_json())

    async def faults(self, request: Request) -> Response:
        book = self._state.faults
        if request.method == "DELETE":
            return json_response({"cleared": book.clear(), "faults": []})
        if request.method == "POST":
            rule = _parse_rule(parse_json_object(await read_body(request)))
            book.add(rule)
            return json_response({"fault": rule.as_json(), "faults": _rules_json(book.rules())})
        return json_response({"faults": _rules_json(book.rules())})

    async def expire_tokens(self, request: Request) -> Response:
        return json_response({"expired": self._state.tokens.expire_all()})


def _rules_json(rules: list[FaultRule]) -> list[dict[str, object]]:
    return [rule.as_json() for rule in rules]


def _parse_rule(body: dict[str, object]) -> FaultRule:
    problems: list[FieldProblem] = []
    rule = FaultRule(path="/", kind="error")

    path = body.get("path")
    if isinstance(path, str) and path.startswith("/"):
        rule.path = path
    else:
        problems.append(FieldProblem("path", "must be a path prefix starting with '/'"))

    kind = body.get("kind")
    if isinstance(kind, str) and kind in FAULT_KINDS:
        rule.kind = kind
    else:
        problems.append(FieldProblem("kind", "must be one of " + ", ".join(FAULT_KINDS)))

    method = body.get("method")
    if method is not None:
        if isinstance(method, str) and method.upper() in _HTTP_VERBS:
            rule.method = method.upper()
        else:
            problems.append(FieldProblem("method", "must be an HTTP verb such as GET or POST"))

    if "status" in body:
        status = _whole(body["status"])
        if status is None or not 400 <= status <= 599:
            problems.append(FieldProblem("status", "must be an HTTP error status from 400 to 599"))
        else:
            rule.status = status
    if "count" in body:
        count = _whole(body["count"])
        if count is None or count < 1:
            problems.append(FieldProblem("count", "must be a whole number ≥ 1"))
        else:
            rule.count = count
    if "delay_s" in body:
        delay = _number(body["delay_s"])
        if delay is None or not 0 <= delay <= MAX_DELAY_S:
            problems.append(FieldProblem("delay_s", f"must be 0 to {MAX_DELAY_S:g} seconds"))
        else:
            rule.delay_s = delay
    if "retry_after" in body:
        retry_after = _whole(body["retry_after"])
        if retry_after is None or retry_after < 0:
            problems.append(FieldProblem("retry_after", "must be a whole number of seconds ≥ 0"))
        else:
            rule.retry_after = retry_after

    known = {"path", "kind", "method", "status", "count", "delay_s", "retry_after"}
    problems += [FieldProblem(name, "unknown field") for name in sorted(set(body) - known)]
    if problems:
        raise _invalid(problems)
    return rule
