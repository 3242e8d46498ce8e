"""The JSON wire format (CONTRACT.md): parsing answers into models, building request bodies.

A tolerant reader (``reader.Fields``): an answer must carry only what the kiosk uses (a start:
the Ref-ID; a status: the status; a verify: the evidence id); every other field is optional, read
in every spelling the guide and its samples use, and unknown fields and nulls are ignored. The
token answer is checked with pydantic. Error messages name fields, never the received values
(they may be personal data); provider texts are cleaned (``provider_text``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from .errors import EvidenceNotFound, FieldProblem, MalformedResponse
from .mobile import normalize_msisdn
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
from .provider_text import clean_text
from .reader import Fields, fold, load_json, malformed

log = logging.getLogger(__name__)

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
    "validity": "validity",
}
# Server field names → ours, so server and client problems name fields alike.
_FROM_WIRE = {wire: attr for attr, wire in WIRE_NAMES.items()} | {"method": "method_type"}


def attribute_name(wire_field: str) -> str:
    return _FROM_WIRE.get(wire_field, wire_field)


def identity_body(
    data: IdentityData,
    accepted: frozenset[str] | None = None,
    *,
    leave_out: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """The start body: the fields ``data`` carries that the method accepts (all without
    ``accepted``), minus ``leave_out``."""
    body: dict[str, str] = {}
    for name, value in data.given().items():
        if (accepted is not None and name not in accepted) or name in leave_out:
            continue
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
    token_type: str | None = None  # REQUIRED by RFC 6749, but the token works without it
    expires_in: float | None = None


@dataclass(frozen=True)
class ErrorBody:
    """An error answer; every part optional, since proxies and crashes answer in any shape.
    Texts are cleaned (control characters, escape sequences, phone numbers): they end up in
    logs, on terminals and on screens."""

    error: str | None = None
    message: str | None = None
    error_description: str | None = None
    fields: tuple[tuple[str, str], ...] = ()  # (wire field, problem)

    @property
    def text(self) -> str | None:
        """The server's message."""
        return self.message or self.error_description

    def problems(self) -> list[FieldProblem]:
        return [FieldProblem(attribute_name(name), problem) for name, problem in self.fields]


def error_body(response: httpx.Response) -> ErrorBody:
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return ErrorBody()
    if not isinstance(data, dict):
        return ErrorBody()
    f = Fields(data)
    problems = []
    for entry in f.objects("fields", "errors", "violations"):
        name = entry.text("field", "name", "parameter", "property")
        if name:
            problems.append((name, clean_text(entry.text("problem", "message")) or "is not valid"))
    return ErrorBody(
        error=clean_text(f.text("error", "code")),
        message=clean_text(f.text("message", "detail", "title")),
        error_description=clean_text(f.text("error_description")),
        fields=tuple(problems),
    )


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


_TOKEN = TypeAdapter(TokenAnswer)


def parse_token(response: httpx.Response, origin: str) -> TokenAnswer:
    answer = _validate(_TOKEN, response, origin)
    if answer.token_type is not None and answer.token_type.casefold() != "bearer":
        # Some servers write "JWT" or "access_token" here; the token still goes out as Bearer.
        log.warning("%s has token_type %r; using it as a bearer token", origin, answer.token_type)
    return answer


def _object(response: httpx.Response, origin: str) -> Fields:
    data = load_json(response, origin)
    if not isinstance(data, dict):
        raise malformed(response, origin, "the body has the wrong shape (not a JSON object)")
    return Fields(data)


# Wrappers some servers put around the method list.
_LIST_WRAPPERS = ("providers", "methods", "items", "data", "content", "results")
_FOLDED_WRAPPERS = frozenset(fold(name) for name in _LIST_WRAPPERS)


def parse_methods(response: httpx.Response, origin: str) -> list[Method]:
    """Every listed method with an issuer and a method (or type); others are skipped, logged."""
    data = load_json(response, origin)
    if isinstance(data, dict):
        f = Fields(data)
        if f.raw(*_LIST_WRAPPERS) is not None:
            data = f.raw(*_LIST_WRAPPERS)
        elif f.text("issuer") is not None:
            data = [data]  # a single method, not in a list
        elif any(fold(str(key)) in _FOLDED_WRAPPERS for key in data):
            data = []  # "providers": null: no method
    if not isinstance(data, list):
        raise malformed(response, origin, "the body has the wrong shape (not a list of methods)")
    methods = []
    for index, item in enumerate(data):
        method = _method(Fields(item, f"{index}.")) if isinstance(item, dict) else None
        if method is None:
            log.warning("%s: skipping entry %d (no issuer, or no method or type)", origin, index)
        else:
            methods.append(method)
    return methods


def _method(f: Fields) -> Method | None:
    issuer = f.text("issuer", "provider", "issuerName")
    segment = f.text("method")
    raw_type = f.text("methodType", "type")
    if issuer is None or (segment is None and raw_type is None):
        return None
    if segment is None:
        # The sample starts "test/video": the type, lower-cased, is the path segment.
        segment = (raw_type or "").casefold()
    method_type: MethodType | str
    try:
        method_type = MethodType(raw_type or segment)
    except ValueError:
        method_type = raw_type or segment
        log.info("listing method %s/%s of a type this kiosk does not know", issuer, segment)
    jurisdictions = []
    for value in f.texts("jurisdictions", "jurisdiction"):
        try:
            jurisdiction = Jurisdiction(value)
        except ValueError:
            log.debug("method %s/%s: skipping unknown jurisdiction %r", issuer, segment, value)
            continue
        if jurisdiction not in jurisdictions:
            jurisdictions.append(jurisdiction)
    return Method(
        issuer=issuer,
        method=segment,
        method_type=method_type,
        name=clean_text(f.text("name", "displayName", "methodName")) or f"{issuer} {segment}",
        jurisdictions=tuple(jurisdictions),
        loa=f.integer("loa", "levelOfAssurance", "assuranceLevel"),
        offline=f.boolean("offline"),
        webflow=f.boolean("webflow"),
        realtime=f.boolean("realtime", "realTimeMethod"),
        evidence_validity_years=f.integer("evidenceValidityYears", "evidenceValidity"),
    )


_REF_ID = ("refId", "referenceId", "reference")
_TARGET_URL = ("targetUrl", "url")
_STATUS = ("status", "state", "identificationStatus")


def _tokens(f: Fields) -> tuple[str | None, str | None]:
    nested = f.object("tokens") or Fields({})
    return (
        f.text("mobileToken") or nested.text("mobileToken", "mobile"),
        f.text("sessionToken") or nested.text("sessionToken", "session"),
    )


def _status(f: Fields) -> tuple[Status, str] | None:
    text = f.text(*_STATUS)
    if text is None:
        nested = f.object(*_STATUS)  # {"status": {"code": "TERMINATED"}}
        text = nested.text("code", "name", "value", "status") if nested else None
    return (Status.from_wire(text), text) if text is not None else None


def parse_started(
    response: httpx.Response, origin: str, *, issuer: str, method: str
) -> StartedIdentification:
    """A start answer: only the Ref-ID is needed; the rest defaults to what was asked."""
    f = _object(response, origin)
    ref_id = f.text(*_REF_ID)
    if ref_id is None:
        raise malformed(response, origin, "field 'refId' is missing")
    status, status_text = _status(f) or (Status.CREATED, "")
    mobile_token, session_token = _tokens(f)
    return StartedIdentification(
        ref_id=ref_id,
        issuer=f.text("issuer") or issuer,
        method=f.text("method") or method,
        status=status,
        target_url=f.text(*_TARGET_URL),
        order_id=f.text("orderId"),
        mobile_token=mobile_token,
        session_token=session_token,
        status_text=status_text,
    )


def parse_status(response: httpx.Response, origin: str, *, ref_id: str) -> IdentificationStatus:
    """A status answer: only the status is needed; history entries that don't read are skipped."""
    f = _object(response, origin)
    found = _status(f)
    if found is None:
        raise malformed(response, origin, "field 'status' is missing")
    status, status_text = found
    history = []
    for entry in f.objects("statuses", "history"):
        entry_status = entry.text("status", "state")
        at = entry.moment("at", "date", "timestamp", "time")
        if entry_status is None or at is None:
            log.debug("%s: skipping a history entry without status or time", origin)
            continue
        history.append((Status.from_wire(entry_status), at))
    history.sort(key=lambda entry: entry[1])
    mobile_token, session_token = _tokens(f)
    return IdentificationStatus(
        ref_id=f.text(*_REF_ID) or ref_id,
        issuer=f.text("issuer"),
        method=f.text("method"),
        mobile=f.text("mobile", "msisdn"),
        status=status,
        reason=clean_text(f.text("reason", "statusReason")),
        order_id=f.text("orderId"),
        target_url=f.text(*_TARGET_URL),
        history=tuple(history),
        status_text=status_text,
        mobile_token=mobile_token,
        session_token=session_token,
    )


def cancelled_without_body(ref_id: str) -> IdentificationStatus:
    """What a 2xx cancel with an empty body (e.g. 204) means."""
    return IdentificationStatus(
        ref_id=ref_id,
        issuer=None,
        method=None,
        mobile=None,
        status=Status.CANCELLED,
        status_text="",
    )


# When the evidence was made: the guide names no such field (§6.2 lists only the evidence id), so
# every plausible name is read; none at all is the guide's own reading.
EVIDENCE_TIME_NAMES = (
    "createdAt",
    "created",
    "creationDate",
    "createdOn",
    "issuedAt",
    "issued",
    "issueDate",
    "identifiedAt",
    "identificationDate",
    "evidenceDate",
    "validFrom",
    "timestamp",
    "date",
    "time",
)


def parse_evidence(
    response: httpx.Response, origin: str, *, msisdn: str, jurisdiction: Jurisdiction, loa: int
) -> Evidence:
    """A verify answer. Only the evidence id counts: without one, there is no evidence yet.
    Echoed fields that don't read (``EU`` for EIDAS, an odd LOA type) fall back to what we asked."""
    data = load_json(response, origin) if response.content.strip() else {}
    f = Fields(data) if isinstance(data, dict) else Fields({})
    nested = f.object("evidence") or Fields({})
    evidence_id = f.text("evidenceId", "evidence_id") or nested.text("evidenceId", "id")
    if evidence_id is None:
        raise EvidenceNotFound(
            f"{origin[0].upper()}{origin[1:]} holds no evidence yet.",
            status_code=response.status_code,
        )
    try:
        echoed = Jurisdiction(f.text("jurisdiction") or jurisdiction.value)
    except ValueError:
        echoed = jurisdiction
    return Evidence(
        evidence_id=evidence_id,
        msisdn=msisdn,  # the number asked about; an echo in another format changes nothing
        jurisdiction=echoed,
        assurance_level=f.integer("assuranceLevel", "loa") or loa,
        issuer=f.text("issuer"),
        method=f.text("method"),
        valid_until=f.moment("validUntil", "expiresAt", "validTo"),
        created_at=f.moment(*EVIDENCE_TIME_NAMES) or nested.moment(*EVIDENCE_TIME_NAMES),
    )
