"""The JSON wire format (CONTRACT.md): parsing answers into models, building request bodies.

Answers are checked with pydantic, so a missing or mistyped field names itself in the resulting
:class:`MalformedResponse`. Error messages name fields and expected types only, never the
received values (they may be personal data).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime
from typing import TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from .errors import FieldProblem, MalformedResponse
from .mobile import mask_msisdn, normalize_msisdn
from .models import (
    Evidence,
    IdentificationStatus,
    IdentityData,
    Jurisdiction,
    Method,
    MethodType,
    StartedIdentification,
    Status,
)

log = logging.getLogger(__name__)

_NUMBER_IN_TEXT = re.compile(r"(?<![\w+])\+[1-9][0-9]{6,14}(?![0-9])")

# IdentityData attribute → JSON field of a start body.
WIRE_NAMES = {
    "first_name": "firstName",
    "last_name": "lastName",
    "dob": "dob",
    "mobile": "mobile",
    "email": "email",
    "country": "country",
    "language": "language",
    "external_id": "externalId",
    "place_of_birth": "placeOfBirth",
    "nationality": "nationality",
}
# Server field names → ours, so server and client problems name fields alike.
_FROM_WIRE = {wire: attr for attr, wire in WIRE_NAMES.items()} | {"method": "method_type"}


def attribute_name(wire_field: str) -> str:
    return _FROM_WIRE.get(wire_field, wire_field)


def identity_body(data: IdentityData) -> dict[str, str]:
    body: dict[str, str] = {}
    for name, value in data.given().items():
        if isinstance(value, date):
            body[WIRE_NAMES[name]] = value.isoformat()[:10]
        elif name == "mobile":
            body[WIRE_NAMES[name]] = normalize_msisdn(value)
        else:
            body[WIRE_NAMES[name]] = value.strip()
    return body


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TokenAnswer(_Wire):
    access_token: str = Field(min_length=1)
    token_type: str = "bearer"
    expires_in: int | None = None


class _MethodWire(_Wire):
    issuer: str
    method: str
    method_type: str = Field(alias="methodType")
    name: str
    jurisdictions: list[str]
    loa: int
    offline: bool
    webflow: bool
    realtime: bool
    evidence_validity_years: int | None = Field(None, alias="evidenceValidityYears")


class _StartWire(_Wire):
    ref_id: str = Field(alias="refId", min_length=1)
    issuer: str
    method: str
    status: Status
    target_url: str = Field(alias="targetUrl", min_length=1)
    order_id: str | None = Field(None, alias="orderId")
    mobile_token: str | None = Field(None, alias="mobileToken")
    session_token: str | None = Field(None, alias="sessionToken")


class _StatusEntryWire(_Wire):
    status: Status
    at: datetime


class _StatusWire(_Wire):
    ref_id: str = Field(alias="refId", min_length=1)
    issuer: str
    method: str
    mobile: str | None = None
    status: Status
    reason: str | None = None
    order_id: str | None = Field(None, alias="orderId")
    target_url: str | None = Field(None, alias="targetUrl")
    statuses: list[_StatusEntryWire] = []


class _EvidenceWire(_Wire):
    # Only evidenceId is certain from the guide; the rest defaults to what we asked for.
    evidence_id: str = Field(alias="evidenceId", min_length=1)
    msisdn: str | None = None
    jurisdiction: Jurisdiction | None = None
    assurance_level: int | None = Field(None, alias="assuranceLevel")
    issuer: str | None = None
    method: str | None = None
    valid_until: datetime | None = Field(None, alias="validUntil")


class _FieldWire(BaseModel):
    field: str
    problem: str


class ErrorBody(BaseModel):
    """An error answer; every part optional, since proxies and crashes answer in any shape."""

    error: str | None = None
    message: str | None = None
    error_description: str | None = None
    fields: list[_FieldWire] = []

    @property
    def text(self) -> str | None:
        """The server's message, with phone numbers masked: it ends up in logs and on screens."""
        text = self.message or self.error_description
        return _NUMBER_IN_TEXT.sub(lambda m: mask_msisdn(m.group()), text) if text else None

    def problems(self) -> list[FieldProblem]:
        return [FieldProblem(attribute_name(f.field), f.problem) for f in self.fields]


def error_body(response: httpx.Response) -> ErrorBody:
    try:
        return ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return ErrorBody()


_M = TypeVar("_M")


def _describe(err: ErrorDetails) -> str:
    where = ".".join(str(part) for part in err["loc"])
    if err["type"] == "json_invalid":
        return "the body is not JSON"
    if not where:
        return f"the body has the wrong shape ({err['msg']})"
    if err["type"] == "missing":
        return f"field '{where}' is missing"
    return f"field '{where}' has the wrong type or value ({err['msg']})"


def _validate(adapter: TypeAdapter[_M], response: httpx.Response, origin: str) -> _M:
    try:
        return adapter.validate_json(response.content)
    except ValidationError as exc:
        problems = [_describe(e) for e in exc.errors(include_input=False, include_url=False)]
        shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
        log.error("malformed answer: %s: %s", origin, shown)
        raise MalformedResponse(
            f"{origin[0].upper()}{origin[1:]} was not as expected: {shown}",
            status_code=response.status_code,
        ) from None


def _utc(moment: datetime) -> datetime:
    # Naive times on the wire are taken as UTC (the contract writes "Z").
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_TOKEN = TypeAdapter(TokenAnswer)
_METHODS = TypeAdapter(list[_MethodWire])
_START = TypeAdapter(_StartWire)
_STATUS = TypeAdapter(_StatusWire)
_EVIDENCE = TypeAdapter(_EvidenceWire)


def parse_token(response: httpx.Response, origin: str) -> TokenAnswer:
    answer = _validate(_TOKEN, response, origin)
    if answer.token_type.casefold() != "bearer":
        raise MalformedResponse(f"{origin} has token_type {answer.token_type!r}, not 'bearer'")
    return answer


def parse_methods(response: httpx.Response, origin: str) -> list[Method]:
    methods: list[Method] = []
    for item in _validate(_METHODS, response, origin):
        try:
            method_type = MethodType(item.method_type)
        except ValueError:
            # A method newer than this kiosk: no catalogue entry, so no way to hand it off.
            log.warning(
                "skipping method %s/%s of unknown type %r",
                item.issuer,
                item.method,
                item.method_type,
            )
            continue
        jurisdictions = []
        for value in item.jurisdictions:
            try:
                jurisdictions.append(Jurisdiction(value))
            except ValueError:
                log.warning(
                    "method %s/%s: ignoring unknown jurisdiction %r",
                    item.issuer,
                    item.method,
                    value,
                )
        methods.append(
            Method(
                issuer=item.issuer,
                method=item.method,
                method_type=method_type,
                name=item.name,
                jurisdictions=tuple(jurisdictions),
                loa=item.loa,
                offline=item.offline,
                webflow=item.webflow,
                realtime=item.realtime,
                evidence_validity_years=item.evidence_validity_years,
            )
        )
    return methods


def parse_started(response: httpx.Response, origin: str) -> StartedIdentification:
    w = _validate(_START, response, origin)
    return StartedIdentification(
        ref_id=w.ref_id,
        issuer=w.issuer,
        method=w.method,
        status=w.status,
        target_url=w.target_url,
        order_id=w.order_id,
        mobile_token=w.mobile_token,
        session_token=w.session_token,
    )


def parse_status(response: httpx.Response, origin: str) -> IdentificationStatus:
    w = _validate(_STATUS, response, origin)
    history = sorted(((e.status, _utc(e.at)) for e in w.statuses), key=lambda entry: entry[1])
    return IdentificationStatus(
        ref_id=w.ref_id,
        issuer=w.issuer,
        method=w.method,
        mobile=w.mobile,
        status=w.status,
        reason=w.reason,
        order_id=w.order_id,
        target_url=w.target_url,
        history=tuple(history),
    )


def parse_evidence(
    response: httpx.Response, origin: str, *, msisdn: str, jurisdiction: Jurisdiction, loa: int
) -> Evidence:
    w = _validate(_EVIDENCE, response, origin)
    return Evidence(
        evidence_id=w.evidence_id,
        msisdn=w.msisdn or msisdn,
        jurisdiction=w.jurisdiction or jurisdiction,
        assurance_level=w.assurance_level if w.assurance_level is not None else loa,
        issuer=w.issuer,
        method=w.method,
        valid_until=_utc(w.valid_until) if w.valid_until else None,
    )
