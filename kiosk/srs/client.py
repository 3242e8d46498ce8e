"""``SrsClient``: the typed async client of the SRS API and the RA verify call."""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from enum import Enum
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar
from urllib.parse import quote

import httpx

from . import catalogue
from .auth import TokenSource
from .catalogue import MethodSpec
from .endpoints import ClientCredentials, SrsEndpoints
from .errors import (
    AuthenticationFailed,
    Conflict,
    EvidenceNotFound,
    InvalidInput,
    MalformedResponse,
    NotFound,
    SrsError,
)
from .mobile import mask_msisdn, normalize_msisdn
from .models import (
    Evidence,
    IdentificationStatus,
    IdentityData,
    Jurisdiction,
    Method,
    MethodFilter,
    StartedIdentification,
)
from .retry import RetryPolicy
from .transport import MAX_ANSWER_BYTES, Sender, moved_to, unavailable_from
from .validation import validate_filter, validate_identity, validate_verify
from .wire import (
    WIRE_NAMES,
    attribute_name,
    cancelled_without_body,
    error_body,
    identity_body,
    parse_evidence,
    parse_methods,
    parse_started,
    parse_status,
)

log = logging.getLogger(__name__)

PROVIDER_TYPE = "application/vnd.sc.miss.provider.v1+json"
EVIDENCE_TYPE = "application/vnd.sc.ras.evidence.v1+json"
SRS = "The SRS"
RAS = "The RA service"


class _Spelling(Enum):
    """How a service writes the jurisdictions: each spelling the guide or the samples use."""

    APPENDIX = "EIDAS/ZERTES (the appendices)"
    REGION = "EU/CH (guide §5.1)"
    POSTMAN = "eidas/zertes (Swisscom's Postman sample)"

    def spell(self, jurisdiction: Jurisdiction) -> str:
        spelled = {
            _Spelling.APPENDIX: jurisdiction.value,
            _Spelling.REGION: jurisdiction.region,
            _Spelling.POSTMAN: jurisdiction.value.lower(),
        }
        return spelled[self]


def _segment(value: str) -> str:
    return quote(value.strip(), safe="")


def _filter_params(filters: MethodFilter, *, regions: bool) -> list[tuple[str, str]]:
    """The query: jurisdictions as the appendices spell them (EIDAS/ZERTES), or as guide §5.1
    does (EU/CH) with ``regions``."""
    params: list[tuple[str, str]] = [("issuer", i.strip()) for i in filters.issuer]
    for value in filters.jurisdiction:
        jurisdiction = Jurisdiction(value)
        params.append(("jurisdiction", jurisdiction.region if regions else jurisdiction.value))
    if filters.loa is not None:
        params.append(("loa", str(filters.loa)))
    for name, flag in (
        ("offline", filters.offline),
        ("webflow", filters.webflow),
        ("realtime", filters.realtime),
    ):
        if flag is not None:
            params.append((name, "true" if flag else "false"))
    if filters.method_type is not None:
        params.append(("method", str(filters.method_type).strip()))
    return params


def _passes(method: Method, filters: MethodFilter) -> bool:
    """Whether ``method`` passes ``filters`` by its own attributes; an attribute the listing
    left out passes (the server filtered on it already). Yes/no filters are equality: whether
    the server read ``true`` as "include such methods too" or as "only such methods", staff see
    only such methods."""
    if filters.issuer and method.issuer.casefold() not in {
        i.strip().casefold() for i in filters.issuer
    }:
        return False
    wanted = {Jurisdiction(j) for j in filters.jurisdiction}
    if wanted and method.jurisdictions and not wanted.intersection(method.jurisdictions):
        return False
    if filters.loa is not None and method.loa is not None and method.loa < filters.loa:
        return False
    for flag, own in (
        (filters.offline, method.offline),
        (filters.webflow, method.webflow),
        (filters.realtime, method.realtime),
    ):
        if flag is not None and own is not None and own is not flag:
            return False
    if filters.method_type is not None:
        return str(method.method_type).casefold() == str(filters.method_type).strip().casefold()
    return True


def _names_field(error: InvalidInput, wire_name: str) -> bool:
    """Whether a refusal is about ``wire_name``: in its field list, or named in its message."""
    if error.fields:  # a field list says exactly what was wrong: the message only explains
        attribute = attribute_name(wire_name)
        return any(p.field in (wire_name, attribute) for p in error.fields)
    words = f"{error.code or ''} {error.message}".casefold()
    return re.search(rf"\b{re.escape(wire_name.casefold())}\b", words) is not None


def _about_jurisdiction(error: InvalidInput, sent: Iterable[str]) -> bool:
    """Whether a refusal is about the jurisdiction: it names the field, or (with no field list)
    the value sent ("Cannot deserialize value 'ZERTES'", "EIDAS is not one of [EU, CH]")."""
    if _names_field(error, "jurisdiction"):
        return True
    if error.fields:
        return False
    words = f"{error.code or ''} {error.message}".casefold()
    return any(re.search(rf"\b{re.escape(v.casefold())}\b", words) for v in sent)


def _refusal(service: str, status: int) -> str:
    """What a 401/403 without a text of its own tells staff."""
    if service == RAS:
        # Asked without and then with the SRS token (see _ras_call): a 403 may be our access
        # as well as a verify the RA does not offer to this client (e.g. not enabled for its
        # signing service); nothing in the answer tells them apart.
        return (
            f"The RA service refused the verify call (HTTP {status}), also with the SRS token: "
            "either this client may not use the RA service, or the RA service is not enabled "
            "for this signing service (jurisdiction, level of assurance) — ask Swisscom to "
            "check both"
        )
    if status == 401:
        return (
            f"{service} refused our access even with a fresh token — check that the client is "
            "allowed to use this service"
        )
    return (
        f"{service} refused this call (HTTP {status}) — check with Swisscom that the client "
        "is allowed to use it"
    )


def _optional_fields_named(
    refused: InvalidInput, body: dict[str, str], spec: MethodSpec | None
) -> frozenset[str]:
    """Wire names of the sent fields a start refusal names, when all of them are optional for
    the method (so the start may go again without them); empty otherwise. The External ID is
    never left out: it is what the branch bills by (guide §5.2)."""
    if refused.status_code not in (400, 422) or spec is None:
        return frozenset()
    named = frozenset(w for w in body if _names_field(refused, w))
    optional = {WIRE_NAMES[a] for a in spec.data.optional - spec.data.mandatory - {"external_id"}}
    return named if named and named <= optional else frozenset()


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _one_deadline(
    call: Callable[Concatenate[SrsClient, _P], Awaitable[_R]],
) -> Callable[Concatenate[SrsClient, _P], Awaitable[_R]]:
    """Everything ``call`` sends (token fetch, retries, a second try) shares one deadline."""

    @functools.wraps(call)
    async def bounded(self: SrsClient, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._sender.call():
            return await call(self, *args, **kwargs)

    return bounded


class SrsClient:
    """Talks to the SRS (methods, start, status, cancel) and the RA service (verify).

    One instance per endpoint set; share it. Pass ``http`` to use your own ``httpx.AsyncClient``
    (it is then yours to close); otherwise the client makes one and :meth:`aclose` closes it.
    ``timeout_s`` bounds each network wait, ``deadline_s`` (default twice that) each public
    call with everything it sends (token fetch, retries, a second try); answers over
    ``max_answer_bytes`` are not read.
    """

    def __init__(
        self,
        endpoints: SrsEndpoints,
        credentials: ClientCredentials,
        *,
        http: httpx.AsyncClient | None = None,
        timeout_s: float = 15.0,
        retry: RetryPolicy | None = None,
        deadline_s: float | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self._endpoints = endpoints
        self._owns_http = http is None
        self._http = http
        self._timeout_s = timeout_s
        self._closed = False
        self._sender = Sender(
            http if http is not None else self._own_http,
            timeout_s,
            retry or RetryPolicy(),
            deadline_s=deadline_s,
            max_answer_bytes=max_answer_bytes,
        )
        self._tokens = TokenSource(self._sender, endpoints.token_url, credentials)
        # Jurisdictions as EU/CH instead of EIDAS/ZERTES, per service: learnt from a refusal
        # naming the jurisdiction, kept for this client's life.
        self._srs_regions = False
        # The RA's reading, learnt from its answers (see _verify_any_spelling, CONTRACT.md):
        # the jurisdiction spelling it answered, whether it wants the SRS token.
        self._ras_spelling: _Spelling | None = None
        self._ras_token = False
        # How the RA types the verify body, learnt from a refusal naming the field: the LOA
        # as a number instead of Swisscom's string "4"; the MSISDN as digits without "+".
        self._ras_loa_number = False
        self._ras_msisdn_digits = False
        # The verify answer asked as application/json once the sample's type was refused (406).
        self._ras_plain_json = False
        # The start as application/json once the vendor type was refused (415/406).
        self._start_plain_json = False

    @property
    def endpoints(self) -> SrsEndpoints:
        return self._endpoints

    @property
    def token_fetches(self) -> int:
        """How many tokens this client has fetched so far."""
        return self._tokens.fetches

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def _own_http(self) -> httpx.AsyncClient:
        """Made on the first request: its TLS set-up (loading the CA bundle) and httpcore's
        import cost ~70 ms for two clients, which the kiosk's first paint need not wait for."""
        if self._http is None:
            if self._closed:
                raise RuntimeError("the SRS client is closed")
            self._http = httpx.AsyncClient(timeout=self._timeout_s)
        return self._http

    async def aclose(self) -> None:
        self._closed = True
        if self._owns_http and self._http is not None:
            await self._http.aclose()

    # -- the calls -----------------------------------------------------------------------------

    @_one_deadline
    async def list_methods(self, filters: MethodFilter | None = None) -> list[Method]:
        """The methods that pass ``filters`` (all of them without)."""
        filters = filters or MethodFilter()
        validate_filter(filters)
        try:
            listed = await self._list(filters)
        except NotFound:
            if not _filter_params(filters, regions=self._srs_regions):
                raise
            # "Nothing matches" as a 404 (a REST reading of an empty search): ask for all, which
            # is the address error if it is one.
            log.info("the filtered method list is 404; asking for all methods to filter here")
            listed = await self._list(MethodFilter())
        except InvalidInput as refused:
            params = _filter_params(filters, regions=self._srs_regions)
            if not params:
                raise
            sent = [v for k, v in params if k == "jurisdiction"]
            other_spelling: list[Method] | None = None
            if sent and _about_jurisdiction(refused, sent):
                # Guide §5.1 spells them "EU (eIDAS), CH (ZertES)", the appendices
                # EIDAS/ZERTES: this server reads the other spelling. Kept once it works.
                self._srs_regions = not self._srs_regions
                log.info("the SRS refused the jurisdiction filter; trying the other spelling")
                try:
                    other_spelling = await self._list(filters)
                except InvalidInput:
                    self._srs_regions = not self._srs_regions
            if other_spelling is not None:
                listed = other_spelling
            else:
                # Our filters were checked before sending: a server that refuses one names or
                # types it otherwise (the guide's table names "Webflow", "Real Time Method",
                # "Method Type"; Postman only issuer, jurisdiction, loa, method). Every filter
                # is applied here too, so ask for all.
                log.info("the SRS refused the method filters; asking for all to filter here")
                listed = await self._list(MethodFilter())
        if not listed and _filter_params(filters, regions=self._srs_regions):
            # A server that reads a filter otherwise (EU/CH only, LOA as equality, the type's
            # case) answers an empty list, not an error: ask for all and narrow here.
            log.info("the filtered method list is empty; asking for all methods to filter here")
            listed = await self._list(MethodFilter())
        methods = [m for m in listed if _passes(m, filters)]
        log.debug(
            "listed %d identification methods (%d after filtering here)", len(listed), len(methods)
        )
        return methods

    async def _list(self, filters: MethodFilter) -> list[Method]:
        response = await self._api(
            "GET",
            "/api/providers",
            idempotent=True,
            params=_filter_params(filters, regions=self._srs_regions),
        )
        self._check(response, SRS, not_found="The SRS does not know the method list address.")
        return parse_methods(response, "the SRS method list")

    @_one_deadline
    async def start(
        self, issuer: str, method: str, data: IdentityData, *, validate: bool = True
    ) -> StartedIdentification:
        """Order an identification. ``data`` is checked against the method's rules first (pass
        ``validate=False`` only to let the server judge, e.g. for a method newer than the
        catalogue's rules); fields the kiosk keeps for itself (``DataRules.local``) are never
        sent. Repeated only where nothing can have been processed: a connection never made,
        429/503 (after Retry-After), a 401 (fresh token), and once without optional fields the
        server refused by name (400/422; see ``StartedIdentification.left_out``)."""
        spec = catalogue.find(issuer, method)
        if validate:
            validate_identity(data, spec)
        local_only = spec.data.local - spec.data.accepted if spec else frozenset()
        body = identity_body(data, leave_out=local_only)
        try:
            started = await self._start(issuer, method, body)
        except InvalidInput as refused:
            droppable = _optional_fields_named(refused, body, spec)
            if not droppable:
                raise
            log.warning(
                "the SRS refused optional field(s) %s for %s/%s; starting once more without",
                ", ".join(sorted(droppable)),
                issuer,
                method,
            )
            started = await self._start(
                issuer, method, {k: v for k, v in body.items() if k not in droppable}
            )
            left_out = tuple(sorted(attribute_name(w) for w in droppable))
            started = dataclasses.replace(started, left_out=left_out)
        log.info(
            "started %s/%s: ref %s, order %s, status %s, target URL %s, mobile %s",
            started.issuer,
            started.method,
            started.ref_id,
            started.order_id or "-",
            started.status_text or started.status.value,
            "given" if started.target_url else "not yet",
            mask_msisdn(data.mobile),
        )
        return started

    async def _start(self, issuer: str, method: str, body: dict[str, str]) -> StartedIdentification:
        path = f"/api/providers/{_segment(issuer)}/{_segment(method)}"
        media = "application/json" if self._start_plain_json else PROVIDER_TYPE
        response = await self._api(
            "POST",
            path,
            idempotent=False,
            json=body,
            headers={"Accept": media, "Content-Type": media},
        )
        if response.status_code in (406, 415) and media == PROVIDER_TYPE:
            # The vendor type of Swisscom's sample refused (nothing was processed): once more
            # as plain JSON, kept once it is taken.
            log.info("the SRS refused %s (HTTP %d); starting as JSON", media, response.status_code)
            plain = "application/json"
            response = await self._api(
                "POST",
                path,
                idempotent=False,
                json=body,
                headers={"Accept": plain, "Content-Type": plain},
            )
            self._start_plain_json = 200 <= response.status_code < 300
        self._check(response, SRS, not_found=f"The SRS offers no method {issuer}/{method}.")
        return parse_started(
            response,
            f"the SRS answer to starting {issuer}/{method}",
            issuer=issuer,
            method=method,
        )

    @_one_deadline
    async def status(self, ref_id: str) -> IdentificationStatus:
        """The order's current status and history."""
        response = await self._api(
            "GET", f"/api/identifications/{_segment(ref_id)}", idempotent=True
        )
        self._check(response, SRS, not_found=f"The SRS knows no identification {ref_id}.")
        result = parse_status(response, f"the SRS status of {ref_id}", ref_id=ref_id)
        log.debug("status of %s: %s", ref_id, result.status_text or result.status.value)
        return result

    @_one_deadline
    async def cancel(self, ref_id: str) -> IdentificationStatus:
        """Cancel a pending order. Cancelling a cancelled order is fine (so this is retried);
        any other final status raises Conflict. Any 2xx is success: an empty body (204) or one
        without a status means CANCELLED."""
        response = await self._api(
            "DELETE", f"/api/identifications/{_segment(ref_id)}", idempotent=True
        )
        self._check(response, SRS, not_found=f"The SRS knows no identification {ref_id}.")
        try:
            result = parse_status(response, f"the SRS answer to cancelling {ref_id}", ref_id=ref_id)
        except MalformedResponse:
            result = cancelled_without_body(ref_id)
        log.info("cancelled %s: now %s", ref_id, result.status.value)
        return result

    @_one_deadline
    async def verify(
        self,
        msisdn: str,
        jurisdiction: Jurisdiction | str,
        loa: int,
        distinguished_name: str | None = None,
    ) -> Evidence:
        """Ask the RA service whether ``msisdn`` may sign in ``jurisdiction`` at ``loa``.
        Raises EvidenceNotFound while the evidence is not there (yet)."""
        number = normalize_msisdn(msisdn)
        validate_verify(number, jurisdiction, loa)
        wanted = Jurisdiction(jurisdiction)
        masked = mask_msisdn(number)
        try:
            evidence = await self._verify_any_spelling(number, wanted, loa, distinguished_name)
        except EvidenceNotFound:
            log.info("verify %s %s LOA %d: no evidence yet", masked, wanted.value, loa)
            raise
        log.info(
            "verify %s %s LOA %d: evidence %s", masked, wanted.value, loa, evidence.evidence_id
        )
        return evidence

    async def _verify_any_spelling(
        self, number: str, wanted: Jurisdiction, loa: int, distinguished_name: str | None
    ) -> Evidence:
        """The verify in the jurisdiction spelling the RA reads. Until one spelling has given an
        answer other than "no evidence" (404) or a refusal naming the jurisdiction, each call
        tries them all (a server that stores another spelling just finds nothing); from then on
        that one, and the others again only when it is refused by name."""
        not_yet: EvidenceNotFound | None = None
        refused: InvalidInput | None = None
        for spelling in sorted(_Spelling, key=lambda s: s is not self._ras_spelling):
            try:
                evidence = await self._verify_typed(
                    number, wanted, loa, distinguished_name, spelling
                )
            except EvidenceNotFound as answer:
                if spelling is self._ras_spelling:
                    raise
                if answer.status_code not in (
                    404,
                    410,
                ):  # 200 without an evidence id: it reads this one
                    self._learn_spelling(spelling)
                    raise
                not_yet = not_yet or answer
                continue
            except InvalidInput as answer:
                if not _about_jurisdiction(answer, [spelling.spell(wanted)]):
                    raise
                if spelling is self._ras_spelling:
                    self._ras_spelling = None
                log.info("the RA service refused the jurisdiction as %s", spelling.value)
                refused = answer
                continue
            self._learn_spelling(spelling)
            return evidence
        if not_yet is not None:
            raise not_yet
        assert refused is not None
        raise refused

    async def _verify_typed(
        self,
        number: str,
        wanted: Jurisdiction,
        loa: int,
        distinguished_name: str | None,
        spelling: _Spelling,
    ) -> Evidence:
        """The verify with the body typed as the RA reads it. Swisscom's sample sends the LOA
        as a string and the number with "+"; an RA typed from the guide (LOA 4, an MSISDN) may
        refuse either by name (400/422: nothing was looked up): then once more the other way,
        kept for the client's life once it is taken (the number without "+" only once it
        finds something: a 404 may just mean no such number is stored)."""
        flipped: list[str] = []
        while True:
            try:
                return await self._verify(number, wanted, loa, distinguished_name, spelling)
            except EvidenceNotFound as answer:
                if "msisdn" in flipped and answer.status_code in (404, 410):
                    # Looked up, but maybe only as a number it never stores: the digits are
                    # kept only once they find (or answer 200 for) something.
                    self._flip_ras_type("msisdn")
                raise
            except InvalidInput as refused:
                field = next(
                    (
                        f
                        for f in ("assuranceLevel", "msisdn")
                        if f not in flipped and _names_field(refused, f)
                    ),
                    None,
                )
                if field is None or refused.status_code not in (400, 422):
                    for name in flipped:  # the other way was refused too: back as before
                        self._flip_ras_type(name)
                    raise
                flipped.append(field)
                self._flip_ras_type(field)
                log.info("the RA service refused %s as sent; sending it the other way", field)

    def _flip_ras_type(self, field: str) -> None:
        if field == "assuranceLevel":
            self._ras_loa_number = not self._ras_loa_number
        else:
            self._ras_msisdn_digits = not self._ras_msisdn_digits

    def _learn_spelling(self, spelling: _Spelling) -> None:
        if spelling is not self._ras_spelling:
            log.info("the RA service reads jurisdictions as %s", spelling.value)
            self._ras_spelling = spelling

    async def _verify(
        self,
        number: str,
        wanted: Jurisdiction,
        loa: int,
        distinguished_name: str | None,
        spelling: _Spelling,
    ) -> Evidence:
        body: dict[str, str | int] = {
            "jurisdiction": spelling.spell(wanted),
            # E.164 with "+", as the sample's start body writes the mobile; or as learnt
            "msisdn": number.lstrip("+") if self._ras_msisdn_digits else number,
            # a string, as in Swisscom's sample; or as learnt
            "assuranceLevel": loa if self._ras_loa_number else str(loa),
        }
        if distinguished_name:
            body["distinguishedName"] = distinguished_name
        response = await self._ras_call(body)
        if response.status_code == 406 and not self._ras_plain_json:
            # The sample's Accept (its vendor type) refused: nothing was looked up. Once more
            # asking for plain JSON, kept once it is taken.
            log.info("the RA service refused %s (HTTP 406); asking for JSON", EVIDENCE_TYPE)
            self._ras_plain_json = True
            response = await self._ras_call(body)
            self._ras_plain_json = response.status_code != 406
        self._check(
            response,
            RAS,
            not_found=f"The RA service has no evidence for {mask_msisdn(number)} yet.",
            evidence=True,
        )
        return parse_evidence(
            response,
            "the RA service's verify answer",
            msisdn=number,
            jurisdiction=wanted,
            loa=loa,
        )

    async def _ras_call(self, body: dict[str, str | int]) -> httpx.Response:
        """The verify request. Without a token at first (Swisscom's sample sends none, and the
        SRS token should not go to another host unasked); on a 401/403 once more with the SRS
        token (guide §2.2 has the verify call go "to the Smart Registration Service"), which
        is then always sent."""
        url = self._endpoints.ras("/api/evidences/verify")
        accept = "application/json" if self._ras_plain_json else EVIDENCE_TYPE
        headers = {"Accept": accept, "Content-Type": "application/json"}
        if not self._ras_token:
            response = await self._sender.send(
                "POST",
                url,
                service=RAS,
                idempotent=True,  # a lookup: asking twice changes nothing
                json=body,
                headers=headers,
            )
            if response.status_code not in (401, 403):
                return response
            log.info("the RA service refused a verify without a token; sending the SRS token")
        response = await self._authorized(
            "POST", url, service=RAS, idempotent=True, json=body, headers=headers
        )
        if not self._ras_token and response.status_code not in (401, 403):
            log.info("the RA service takes the SRS token; sending it from now on")
            self._ras_token = True
        return response

    # -- plumbing ------------------------------------------------------------------------------

    async def _api(
        self,
        method: str,
        path: str,
        *,
        idempotent: bool,
        params: Any = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """An SRS API call with the bearer token."""
        return await self._authorized(
            method,
            self._endpoints.api(path),
            service=SRS,
            idempotent=idempotent,
            params=params,
            json=json,
            headers=headers,
        )

    async def _authorized(
        self,
        method: str,
        url: str,
        *,
        service: str,
        idempotent: bool,
        params: Any = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """A call with the SRS bearer token; on a 401 once more with a fresh token (a 401
        means the server did nothing, so even a start may be repeated)."""
        for attempt in (1, 2):
            token = await self._tokens.token()
            response = await self._sender.send(
                method,
                url,
                service=service,
                idempotent=idempotent,
                params=params,
                json=json,
                headers={**(headers or {}), "Authorization": f"Bearer {token}"},
            )
            if response.status_code != 401 or attempt == 2:
                return response
            log.info("%s refused the token for %s; renewing it once", service, method)
            self._tokens.invalidate(token)
        raise AssertionError("unreachable")

    @staticmethod
    def _check(
        response: httpx.Response, service: str, *, not_found: str, evidence: bool = False
    ) -> None:
        """Raise the matching SrsError unless ``response`` is a success."""
        status = response.status_code
        if 200 <= status < 300:
            return
        if status == 429 or status >= 500:
            raise unavailable_from(response, service)
        body = error_body(response)
        text, code = body.text, body.error
        # 404/409 are routine (verify polls until the evidence is there): not warnings. Nor is
        # a verify's 400/422: the verify tries the spellings and types an RA may read until one
        # answers (each refusal on the way is expected), and the tracker warns of the one that
        # stands, with its text.
        routine = status in (404, 409, 410) or (evidence and status in (400, 422))
        level = logging.INFO if routine else logging.WARNING
        log.log(level, "%s answered HTTP %d %s", service, status, code or "")
        if status in (401, 403):
            raise AuthenticationFailed(
                text or _refusal(service, status), status_code=status, code=code
            )
        if 300 <= status < 400:  # one not followed: a POST moved to another host
            raise SrsError(
                f"{service} answered that it moved ({moved_to(response)}); check the address "
                "in the settings",
                status_code=status,
                code=code,
            )
        if status in (404, 410):  # 410 Gone: what a REST server's DELETE removed
            cls = EvidenceNotFound if evidence else NotFound
            raise cls(text or not_found, status_code=status, code=code)
        if status in (400, 413, 415, 422):
            raise InvalidInput(
                text or f"{service} refused the request as invalid.",
                body.problems(),
                status_code=status,
                code=code,
            )
        if status == 409:
            raise Conflict(
                text or f"{service} refused: the order's state does not allow this.",
                status_code=status,
                code=code,
            )
        raise SrsError(
            text or f"{service} answered with an unexpected HTTP {status}.",
            status_code=status,
            code=code,
        )
