"""`GET /api/providers` (the filtered method list) and `POST /api/providers/{issuer}/{method}`."""

from __future__ import annotations

import threading
from collections.abc import Callable

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kiosk.simulator.auth import require_bearer
from kiosk.simulator.body import parse_json_object, read_body, require_media_type
from kiosk.simulator.catalogue import MethodSpec, UnknownMethodError, find_method, methods_for
from kiosk.simulator.dialects import DEFAULT, Dialect
from kiosk.simulator.errors import (
    JSON,
    PROVIDER_JSON,
    ApiError,
    FieldProblem,
    invalid_fields,
    invalid_query,
    json_response,
    not_found,
)
from kiosk.simulator.state import SimulatorState
from kiosk.simulator.validation import JURISDICTIONS, check_start_body
from kiosk.simulator.wire import listing, method_list, start_answer

Filter = Callable[[MethodSpec], bool]
_BOOLEAN_FILTERS = ("offline", "webflow", "realtime")
# jurisdiction-eu-ch: the filter takes only the guide's §5.1 names.
_EU_CH = {"EU": "EIDAS", "CH": "ZERTES"}
# start-busy: the answers before each start gets through (status, then the next one).
_BUSY_ANSWERS = (429, 503)


# filters-strict-names: the guide's filter table, camel-cased, as an OpenAPI validator would
# hold it (unknown parameters refused) → the names the rest of this module reads.
_STRICT_NAMES = {
    "issuer": "issuer",
    "jurisdiction": "jurisdiction",
    "loa": "loa",
    "offline": "offline",
    "methodType": "method",
    "webFlow": "webflow",
    "realTimeMethod": "realtime",
}


def _strict_query(request: Request) -> QueryParams:
    unknown = sorted({key for key in request.query_params if key not in _STRICT_NAMES})
    if unknown:
        raise ApiError(
            400,
            "invalid_request",
            f"Unknown query parameter '{unknown[0]}'; the filters are "
            + ", ".join(_STRICT_NAMES)
            + ".",
            [FieldProblem(name, "is not a known query parameter") for name in unknown],
        )
    return QueryParams([(_STRICT_NAMES[k], v) for k, v in request.query_params.multi_items()])


def parse_filters(request: Request, dialect: Dialect = DEFAULT) -> list[Filter]:
    """One predicate per given filter; a method must pass all of them (values within one
    repeated parameter are alternatives). Empty values are ignored."""
    strict = "filters-strict-names" in dialect
    query = _strict_query(request) if strict else request.query_params
    literal = "filters-literal" in dialect
    filters: list[Filter] = []
    problems: list[FieldProblem] = []

    issuers = {value.upper() for value in query.getlist("issuer") if value.strip()}
    if issuers:
        filters.append(lambda spec: spec.issuer in issuers)

    raw_jurisdictions = [value.strip() for value in query.getlist("jurisdiction") if value.strip()]
    jurisdictions = {value.upper() for value in raw_jurisdictions}
    allowed = _EU_CH if "jurisdiction-eu-ch" in dialect else {j: j for j in JURISDICTIONS}
    bad = sorted(value for value in jurisdictions if value not in allowed)
    if literal and raw_jurisdictions:  # stored as EU/CH, compared as sent: no error, no match
        stored = {_EU_CH[value] for value in raw_jurisdictions if value in _EU_CH}
        filters.append(lambda spec: any(j in stored for j in spec.jurisdictions))
    elif bad:
        problems.append(
            FieldProblem("jurisdiction", f"must be {' or '.join(allowed)} (got {', '.join(bad)})")
        )
    elif jurisdictions:
        jurisdictions = {allowed[value] for value in jurisdictions}
        filters.append(lambda spec: any(j in jurisdictions for j in spec.jurisdictions))

    loa_text = _single(query.getlist("loa"))
    if loa_text:
        if loa_text in ("1", "2", "3", "4"):
            loa = int(loa_text)
            filters.append(lambda spec: spec.loa == loa if literal else spec.loa >= loa)
        else:
            problems.append(FieldProblem("loa", f"must be an integer from 1 to 4 (got {loa_text})"))

    for name in _BOOLEAN_FILTERS:
        text = _single(query.getlist(name))
        if not text:
            continue
        if text.lower() not in ("true", "false"):
            problems.append(FieldProblem(name, f"must be true or false (got {text})"))
            continue
        wanted = text.lower() == "true"
        if "filter-include-exclude" not in dialect:
            filters.append(_flag_is(name, wanted))
        elif not wanted:  # "false (exclude such methods)"; "true (include ...)" narrows nothing
            filters.append(_flag_is(name, False))

    method_types = {value.strip() for value in query.getlist("method") if value.strip()}
    if not literal:
        method_types = {value.lower() for value in method_types}
    if method_types:  # literal: as the Postman sample writes them ('video'), case-sensitive
        filters.append(lambda spec: spec.method_type.lower() in method_types)

    if problems:
        raise invalid_query(problems)
    return filters


def _flag_is(name: str, wanted: bool) -> Filter:
    return lambda spec: getattr(spec, name) is wanted


def _single(values: list[str]) -> str:
    """The last non-empty value of a single-valued parameter."""
    given = [value.strip() for value in values if value.strip()]
    return given[-1] if given else ""


class ProviderEndpoints:
    def __init__(self, state: SimulatorState) -> None:
        self._state = state
        self._lock = threading.Lock()
        self._busy_answered = 0  # start-busy: busy answers given since the last start

    def _busy(self) -> ApiError | None:
        """start-busy: the next busy answer owed before a start gets through, if any."""
        with self._lock:
            if self._busy_answered >= len(_BUSY_ANSWERS):
                self._busy_answered = 0
                return None
            status = _BUSY_ANSWERS[self._busy_answered]
            self._busy_answered += 1
        message = (
            "Too many requests; nothing was processed, retry after 1 s."
            if status == 429
            else "The service is busy; nothing was processed, retry after 1 s."
        )
        return ApiError(
            status,
            "rate_limited" if status == 429 else "service_unavailable",
            message,
            headers={"Retry-After": "1"},
        )

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/api/providers", self.list_methods, methods=["GET"]),
            Route("/api/providers/{issuer}/{method}", self.start, methods=["POST"]),
        ]

    async def list_methods(self, request: Request) -> Response:
        require_bearer(request, self._state.tokens)
        dialect = self._state.dialect
        filters = parse_filters(request, dialect)
        listed = [
            listing(spec, dialect)
            for spec in methods_for(dialect)
            if all(keep(spec) for keep in filters)
        ]
        body = method_list(listed, dialect)
        if body is None:
            return Response(status_code=204)
        return json_response(body, media_type=PROVIDER_JSON)

    async def start(self, request: Request) -> Response:
        require_bearer(request, self._state.tokens)
        dialect = self._state.dialect
        if "start-busy" in dialect and (busy := self._busy()) is not None:
            raise busy
        try:
            issuer, spec = find_method(
                request.path_params["issuer"], request.path_params["method"], dialect
            )
        except UnknownMethodError as exc:
            raise not_found(str(exc)) from None
        json_only = "start-json-only" in dialect
        require_media_type(request, (JSON,) if json_only else (PROVIDER_JSON, JSON))
        body = parse_json_object(await read_body(request))
        fields, problems = check_start_body(body, spec)
        if problems:
            raise invalid_fields(problems)

        base = str(request.base_url).rstrip("/")
        # The eID link is opened on the customer's phone; the other pages in the kiosk.
        phone = self._state.phone_base or base
        order = self._state.orders.create(
            issuer,
            spec,
            fields,
            lambda kind, token: f"{phone if kind == 'eid' else base}/isp/{kind}/{token}",
        )
        answer = start_answer(order, dialect)
        if "start-created-location" in dialect:
            # REST: 201 Created, the new resource's address, its own id named "id".
            answer = {("id" if k == "refId" else k): v for k, v in answer.items()}
            location = f"/api/identifications/{order.ref_id}"
            return json_response(
                answer, status=201, media_type=PROVIDER_JSON, headers={"Location": location}
            )
        return json_response(answer, media_type=PROVIDER_JSON)
