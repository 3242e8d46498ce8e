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
from datetime import UTC, date, datetime
from typing import TypeVar
from urllib.parse import unquote

import httpx
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
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
from .reader import Fields, fold, json_source, load_json, malformed

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
# ... in any case and spelling (ASP.NET writes "FirstName", others "first_name"), and as the
# guide names the data in prose ("Mobile number", "Date of birth", "Surname", "MSISDN"), which
# a server's own field names may follow where they are not the ones we send.
_PROSE_NAMES = {
    "mobileNumber": "mobile",
    "msisdn": "mobile",
    "phoneNumber": "mobile",
    "dateOfBirth": "dob",
    "birthDate": "dob",
    "surname": "last_name",
    "familyName": "last_name",
    "givenName": "first_name",
    "givenNames": "first_name",
    "emailAddress": "email",
}
_FROM_FOLDED = (
    {fold(wire): attr for wire, attr in _FROM_WIRE.items()}
    | {fold(attr): attr for attr in _FROM_WIRE.values()}
    | {fold(prose): attr for prose, attr in _PROSE_NAMES.items()}
)


def attribute_name(wire_field: str) -> str:
    return _FROM_WIRE.get(wire_field) or _FROM_FOLDED.get(fold(wire_field), wire_field)


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
    """RFC 6749 §5.1's names (the Postman sample's script reads ``access_token``); also in
    camelCase, as token services written in Java or JavaScript answer."""

    access_token: str = Field(
        min_length=1, validation_alias=AliasChoices("access_token", "accessToken")
    )
    # REQUIRED by RFC 6749, but the token works without it.
    token_type: str | None = Field(None, validation_alias=AliasChoices("token_type", "tokenType"))
    expires_in: float | None = Field(None, validation_alias=AliasChoices("expires_in", "expiresIn"))


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


# An error's machine-readable code and its text as servers name them: OAuth's and ours,
# Spring's ("error", "message"), RFC 7807 ("title", "detail"), and the enterprise style
# ({"errorCode": "...", "errorMessage": "..."}).
_ERROR_CODES = ("error", "code", "errorCode")
_ERROR_TEXTS = ("message", "detail", "title", "errorMessage", "description")


def error_body(response: httpx.Response) -> ErrorBody:
    try:
        data = json.loads(json_source(response))
    except (ValueError, UnicodeDecodeError):
        return ErrorBody()
    if not isinstance(data, dict):
        return ErrorBody()
    f = Fields(data)
    # Google's and others' {"error": {"code", "message", "details": [...]}}.
    inner = f.object("error") or Fields({})
    code = f.text(*_ERROR_CODES) or inner.text("status", *_ERROR_CODES, "type")
    said = f.text(*_ERROR_TEXTS) or inner.text(*_ERROR_TEXTS)
    if said is None and code is not None and " " in code:
        said = code  # {"error": "mobile number invalid"}: a sentence, not a code
    return ErrorBody(
        error=clean_text(code),
        message=clean_text(said),
        error_description=clean_text(f.text("error_description")),
        fields=tuple(_field_problems(f) + _field_problems(inner)),
    )


# Lists of field problems as servers name them: ours, Spring's, RFC 7807's "invalid-params",
# FastAPI's "detail" ({"loc": ["body", "firstName"], "msg": ...}), Google's "details" (whose
# BadRequest entry holds "fieldViolations": [{"field", "description"}]).
_PROBLEM_LISTS = (
    "fields",
    "errors",
    "violations",
    "invalidParams",
    "fieldErrors",
    "fieldViolations",
    "detail",
    "details",
)
_FIELD_NAMES = ("field", "name", "parameter", "param", "property", "propertyPath", "pointer")
_PROBLEM_TEXTS = ("problem", "message", "reason", "msg", "defaultMessage", "description")
_NOT_FIELDS = frozenset({"body", "query", "path", "header", "#", ""})


def _field_problems(f: Fields, depth: int = 0) -> list[tuple[str, str]]:
    """(wire field, problem) pairs: from lists of problem objects (also one level down, as in
    Google's ``details: [{"@type": "...BadRequest", "fieldViolations": [...]}]``), and from a
    map of field to message(s) (`{"errors": {"firstName": ["is required"]}}`)."""
    problems: list[tuple[str, str]] = []
    for name in _PROBLEM_LISTS:
        value = f.raw(name)
        if isinstance(value, dict):
            for key, said in value.items():
                text = said if isinstance(said, str) else None
                if isinstance(said, list):
                    text = next((s for s in said if isinstance(s, str)), None)
                problems.append((str(key), clean_text(text) or "is not valid"))
            continue
        if not isinstance(value, list):
            continue
        for entry in f.objects(name):
            field = _field_of(entry)
            if field:
                problems.append((field, clean_text(entry.text(*_PROBLEM_TEXTS)) or "is not valid"))
            elif depth == 0:  # an entry that holds the list: Google's BadRequest detail
                problems.extend(_field_problems(entry, depth + 1))
    return problems


def _field_of(entry: Fields) -> str | None:
    """The field an entry names: its last part (`/identity/firstName`, `identity.firstName`,
    FastAPI's `["body", "firstName"]`)."""
    named = entry.text(*_FIELD_NAMES)
    loc = entry.raw("loc")
    parts = [str(p) for p in loc] if isinstance(loc, list) else []
    if named:
        parts = named.replace("/", ".").split(".")
    parts = [p for p in parts if p.strip() not in _NOT_FIELDS]
    return parts[-1].strip() if parts else None


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
        return adapter.validate_json(json_source(response))
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


# Envelopes some services put every answer in ({"success": true, "data": {...}}).
_ENVELOPES = ("data", "result", "payload", "response", "body", "content", "identification")


def _object(response: httpx.Response, origin: str, *wanted: str) -> Fields:
    """The answer's object; inside an envelope when the answer has none of ``wanted`` at its
    top and the envelope has."""
    data = load_json(response, origin)
    if not isinstance(data, dict):
        raise malformed(response, origin, "the body has the wrong shape (not a JSON object)")
    return _unenveloped(Fields(data), wanted)


def _unenveloped(f: Fields, wanted: tuple[str, ...]) -> Fields:
    if f.raw(*wanted) is not None:
        return f
    inner = f.object(*_ENVELOPES)
    return inner if inner is not None and inner.raw(*wanted) is not None else f


# Wrappers some servers put around the method list.
_LIST_WRAPPERS = ("providers", "methods", "items", "data", "content", "results")
_FOLDED_WRAPPERS = frozenset(fold(name) for name in _LIST_WRAPPERS)
# The issuer; also as the guide names its role ("Identification Service Provider", "ISP").
_ISSUER = ("issuer", "provider", "issuerName", "providerName", "isp", "ispName")
_METHOD_KEYS = frozenset(fold(name) for name in ("method", "methodType"))
_FOLDED_ISSUER = frozenset(fold(name) for name in _ISSUER)
# An ISP's own name in a group of its methods (guide §2.3: "the list of the Identification
# Service Providers with the appropriate identification methods").
_GROUP_ISSUER = (*_ISSUER, "name")
_GROUP_OWN = frozenset(fold(name) for name in (*_GROUP_ISSUER, "type", "id"))


def _is_method_like(value: object, *, in_group: bool = False) -> bool:
    """A method (in an ISP's group, a bare ``type`` will do; elsewhere it takes an issuer too:
    an error list's ``{"type": ...}`` is no method), or an ISP's group of methods."""
    if not isinstance(value, dict):
        return False
    keys = {fold(str(key)) for key, v in value.items() if v is not None}
    if keys & _METHOD_KEYS or ("type" in keys and (in_group or keys & _FOLDED_ISSUER)):
        return True
    return any(_methods_in(value))


def _methods_in(group: dict[str, object]) -> list[list[object]]:
    """The lists of methods an ISP's group holds (``{"issuer": "X", "methods": [...]}``)."""
    return [
        v
        for v in group.values()
        if isinstance(v, list)
        and v
        and all(isinstance(e, dict) for e in v)
        and any(_is_method_like(e, in_group=True) for e in v)
    ]


def _one_method_list(data: dict[str, object]) -> list[object] | None:
    """An unknown wrapper's one list of methods (``{"identificationMethods": [...]}``, Spring's
    ``{"_embedded": {"anyName": [...]}, "_links": ...}``); None if there is none, or more."""
    found: list[list[object]] = []
    empty_named = False
    for key, value in data.items():
        inner = value.items() if isinstance(value, dict) else [(key, value)]
        for name, v in inner:
            if isinstance(v, list) and any(_is_method_like(e) for e in v):
                found.append(v)
            elif v == [] and any(w in fold(str(name)) for w in ("method", "provider")):
                empty_named = True  # {"identificationMethods": []}: none listed
    if len(found) == 1:
        return found[0]
    return [] if not found and empty_named else None


def _entries(response: httpx.Response, origin: str) -> list[object]:
    """The method list's entries, whatever it is wrapped in."""
    if response.status_code == 204 or not response.content.strip():
        return []  # nothing matched, said with no body at all
    data = _unwrapped(load_json(response, origin))
    if not isinstance(data, list):
        raise malformed(response, origin, "the body has the wrong shape (not a list of methods)")
    return data


def _unwrapped(data: object, depth: int = 0) -> object:
    if not isinstance(data, dict) or depth > 2:
        return data
    f = Fields(data)
    if f.text(*_ISSUER) is not None:
        return [data]  # a single method (or one ISP's group), not in a list
    wrapped = f.raw(*_LIST_WRAPPERS)
    if wrapped is not None:
        return _unwrapped(wrapped, depth + 1)  # also {"data": {"methods": [...]}}
    if any(fold(str(key)) in _FOLDED_WRAPPERS for key in data):
        return []  # "providers": null: no method
    return _one_method_list(data)


def _flattened(entries: list[object]) -> list[object]:
    """ISPs' groups of methods as single methods, each taking what it lacks (the issuer above
    all) from its group."""
    flat: list[object] = []
    for entry in entries:
        lists = _methods_in(entry) if isinstance(entry, dict) else []
        if not isinstance(entry, dict) or not lists or Fields(entry).text("method", "methodType"):
            flat.append(entry)
            continue
        issuer = Fields(entry).text(*_GROUP_ISSUER)
        # The group's name, type and id are the ISP's, not each method's.
        shared = {
            k: v
            for k, v in entry.items()
            if not any(v is methods for methods in lists) and fold(str(k)) not in _GROUP_OWN
        }
        if issuer is not None:
            shared["issuer"] = issuer
        for methods in lists:
            flat.extend(
                {**shared, **{k: v for k, v in m.items() if v is not None}}
                for m in methods
                if isinstance(m, dict)
            )
    return flat


def parse_methods(response: httpx.Response, origin: str) -> list[Method]:
    """Every listed method with an issuer and a method (or type); others are skipped, logged.
    A 204 or an empty body is no method."""
    methods = []
    for index, item in enumerate(_flattened(_entries(response, origin))):
        method = _method(Fields(item, f"{index}.")) if isinstance(item, dict) else None
        if method is None:
            log.warning("%s: skipping entry %d (no issuer, or no method or type)", origin, index)
        else:
            methods.append(method)
    return methods


def _method(f: Fields) -> Method | None:
    issuer = f.text(*_ISSUER)
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
# Guide §2.3 calls it "the personalized URL" too; "User redirect to Target URL" (§6.1).
_TARGET_URL = ("targetUrl", "personalizedUrl", "personalisedUrl", "url", "redirectUrl")
_STATUS = ("status", "state", "identificationStatus")
# HAL's links (Spring's default for a REST resource): {"_links": {"target": {"href": ...}}}.
_LINKED_TARGET = ("target", "targetUrl", "personalizedUrl", "redirect", "identification")


def _target_url(f: Fields) -> str | None:
    found = f.text(*_TARGET_URL)
    links = f.object("_links", "links")
    if found is None and links is not None:
        link = links.object(*_LINKED_TARGET)
        found = link.text("href") if link is not None else links.text(*_LINKED_TARGET)
    return found


# AUTHADA's tokens (appendix 2: "Tokens | Mobile Token/Session Token"), under a list's entries.
_TOKEN_KINDS = ("type", "kind", "name", "tokenType")
_TOKEN_VALUES = ("token", "value")


def _tokens(f: Fields) -> tuple[str | None, str | None]:
    """Flat (``mobileToken``, ``sessionToken``), under ``tokens`` as an object, or under
    ``tokens`` as a list: of strings in the guide's order (mobile, then session), or of
    objects that say which is which (``{"type": "mobile", "token": ...}``,
    ``{"mobileToken": ...}``)."""
    nested = f.object("tokens") or Fields({})
    listed = _listed_tokens(f)
    return (
        f.text("mobileToken") or nested.text("mobileToken", "mobile") or listed.get("mobile"),
        f.text("sessionToken") or nested.text("sessionToken", "session") or listed.get("session"),
    )


def _listed_tokens(f: Fields) -> dict[str, str]:
    value = f.raw("tokens")
    if not isinstance(value, list):
        return {}
    texts = [v.strip() for v in value if isinstance(v, str) and v.strip()]
    found = dict(zip(("mobile", "session"), texts, strict=False))
    for entry in f.objects("tokens"):
        kind, token = fold(entry.text(*_TOKEN_KINDS) or ""), entry.text(*_TOKEN_VALUES)
        for name in ("mobile", "session"):
            own = entry.text(f"{name}Token")  # [{"mobileToken": ...}, {"sessionToken": ...}]
            if own or (token and kind.startswith(name)):
                found.setdefault(name, own or token or "")
    return found


def _status(f: Fields) -> tuple[Status, str] | None:
    text = f.text(*_STATUS)
    if text is None:
        nested = f.object(*_STATUS)  # {"status": {"code": "TERMINATED"}}
        text = nested.text("code", "name", "value", "status") if nested else None
    return (Status.from_wire(text), text) if text is not None else None


def _created_ref(response: httpx.Response) -> str | None:
    """The Ref-ID a ``Location`` header names (``/api/identifications/R-1``), if it does."""
    location = response.headers.get("Location", "").strip()
    if not location or "identification" not in location.casefold():
        return None
    segment = httpx.URL(location).path.rstrip("/").rsplit("/", 1)[-1]
    return unquote(segment).strip() or None


def parse_started(
    response: httpx.Response, origin: str, *, issuer: str, method: str
) -> StartedIdentification:
    """A start answer: only the Ref-ID is needed; the rest defaults to what was asked. A REST
    reading answers 201 with the new identification's address in ``Location`` (its last
    segment is the Ref-ID, the body may be empty) and may call the Ref-ID just ``id``."""
    located = _created_ref(response)
    if located is not None and not response.content.strip():
        f = Fields({})
    else:
        f = _object(response, origin, *_REF_ID, "id")
    ref_id = f.text(*_REF_ID) or located or f.text("id")
    if ref_id is None:
        raise malformed(response, origin, "field 'refId' is missing")
    status, status_text = _status(f) or (Status.CREATED, "")
    mobile_token, session_token = _tokens(f)
    return StartedIdentification(
        ref_id=ref_id,
        issuer=f.text("issuer") or issuer,
        method=f.text("method") or method,
        status=status,
        target_url=_target_url(f),
        order_id=f.text("orderId"),
        mobile_token=mobile_token,
        session_token=session_token,
        status_text=status_text,
    )


# When a history entry's status was reached: the simple names, and those of a stored row.
_HISTORY_TIMES = (
    "at",
    "date",
    "timestamp",
    "time",
    "dateTime",
    "createdAt",
    "changedAt",
    "updatedAt",
    "occurredAt",
    "since",
)


def parse_status(response: httpx.Response, origin: str, *, ref_id: str) -> IdentificationStatus:
    """A status answer: only the status is needed; history entries that don't read are skipped."""
    f = _object(response, origin, *_STATUS)
    found = _status(f)
    if found is None:
        raise malformed(response, origin, "field 'status' is missing")
    status, status_text = found
    # A server's own final word ("TIMEOUT", "failed") is its reason when it gives no other.
    reason = clean_text(f.text("reason", "statusReason")) or Status.implied_reason(status_text)
    history = []
    for entry in f.objects("statuses", "history"):
        entry_status = entry.text("status", "state")
        at = entry.moment(*_HISTORY_TIMES)
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
        reason=reason,
        order_id=f.text("orderId"),
        target_url=_target_url(f),
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


# A verify answer's explicit verdict: yes/no fields, and words that mean "no" in verdict fields.
_VERDICT_FLAGS = (
    "verified",
    "valid",
    "isValid",
    "enabled",
    "signingEnabled",
    "success",
    "successful",
    "ok",
    "termsAccepted",
)
_VERDICT_WORDS = ("result", "status", "verdict", "outcome", "verification", "verificationResult")
_NO_WORDS = frozenset(
    fold(word)
    for word in (
        "NOK",
        "NOT_OK",
        "KO",
        "NO",
        "FALSE",
        "FAIL",
        "FAILED",
        "FAILURE",
        "ERROR",
        "REJECTED",
        "REFUSED",
        "DENIED",
        "DECLINED",
        "INVALID",
        "NOT_VALID",
        "NEGATIVE",
        "NOT_VERIFIED",
        "UNVERIFIED",
        "NOT_ENABLED",
        "PENDING",
        "NOT_ACCEPTED",
        "TERMS_NOT_ACCEPTED",
        "EXPIRED",
        "REVOKED",
    )
)


def _says_no(f: Fields) -> bool:
    """Whether the answer says no in so many words (an unknown word is no "no")."""
    if any(f.boolean(name) is False for name in _VERDICT_FLAGS):
        return True
    words = (f.text(name) for name in _VERDICT_WORDS)
    return any(word is not None and fold(word) in _NO_WORDS for word in words)


# What a verify answer holds, flat or nested (to find it inside an envelope).
_EVIDENCE_ID = ("evidenceId", "evidence")


def _one_evidence(data: object) -> object:
    """A verify answered with a list of the number's evidences (bare, or under ``evidences``
    or an envelope): the one it means, the latest by its time that does not say no (without
    times, the last listed: lists are kept in the order they grew); none: an empty answer."""
    listed = data if isinstance(data, list) else None
    if isinstance(data, dict) and Fields(data).raw(*_EVIDENCE_ID) is None:
        inner = Fields(data).raw("evidences", *_ENVELOPES)
        listed = inner if isinstance(inner, list) else None
    if listed is None:
        return data
    entries = [(e, Fields(e)) for e in listed if isinstance(e, dict)]
    usable = [(e, f) for e, f in entries if f.text("evidenceId") and not _says_no(f)]
    if not usable:  # a "no" still speaks for itself; nothing at all is "not yet"
        return entries[-1][0] if entries else {}
    oldest = datetime.min.replace(tzinfo=UTC)
    latest = max(
        enumerate(usable),
        key=lambda item: (item[1][1].moment(*EVIDENCE_TIME_NAMES) or oldest, item[0]),
    )
    return latest[1][0]


def parse_evidence(
    response: httpx.Response, origin: str, *, msisdn: str, jurisdiction: Jurisdiction, loa: int
) -> Evidence:
    """A verify answer. The evidence id counts: without one, there is no evidence yet; nor with
    one beside an explicit "no" (``verified: false``, ``result: "NOK"``...). Echoed fields that
    don't read (``EU`` for EIDAS, an odd LOA type) fall back to what we asked."""
    data = _one_evidence(load_json(response, origin) if response.content.strip() else {})
    f = _unenveloped(Fields(data) if isinstance(data, dict) else Fields({}), _EVIDENCE_ID)
    nested = f.object("evidence") or Fields({})
    evidence_id = f.text("evidenceId") or nested.text("evidenceId", "id")
    if evidence_id is None:
        raise EvidenceNotFound(
            f"{origin[0].upper()}{origin[1:]} holds no evidence yet.",
            status_code=response.status_code,
        )
    if _says_no(f) or _says_no(nested):
        # Glossary: the verify call asks "whether" the evidence enables the user for signing;
        # an explicit "no" beside an evidence id (T&C not accepted...) is no confirmation.
        said = clean_text(f.text("reason", "message", "detail", "description"))
        raise EvidenceNotFound(
            f"{origin[0].upper()}{origin[1:]} names evidence {evidence_id} but says it does not "
            f"enable signing (yet){': ' + said if said else ''}.",
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
