"""``SrsClient``: the typed async client of the SRS API and the RA verify call."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import httpx

from . import catalogue
from .auth import TokenSource
from .endpoints import ClientCredentials, SrsEndpoints
from .errors import (
    AuthenticationFailed,
    Conflict,
    EvidenceNotFound,
    InvalidInput,
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
from .transport import Sender, unavailable_from
from .validation import validate_filter, validate_identity, validate_verify
from .wire import (
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


def _segment(value: str) -> str:
    return quote(value.strip(), safe="")


def _filter_params(filters: MethodFilter) -> list[tuple[str, str]]:
    params: list[tuple[str, str]] = [("issuer", i.strip()) for i in filters.issuer]
    params += [("jurisdiction", Jurisdiction(j).value) for j in filters.jurisdiction]
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


class SrsClient:
    """Talks to the SRS (methods, start, status, cancel) and the RA service (verify).

    One instance per endpoint set; share it. Pass ``http`` to use your own ``httpx.AsyncClient``
    (it is then yours to close); otherwise the client makes one and :meth:`aclose` closes it.
    """

    def __init__(
        self,
        endpoints: SrsEndpoints,
        credentials: ClientCredentials,
        *,
        http: httpx.AsyncClient | None = None,
        timeout_s: float = 15.0,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._endpoints = endpoints
        self._owns_http = http is None
        self._http = http if http is not None else httpx.AsyncClient(timeout=timeout_s)
        self._sender = Sender(self._http, timeout_s, retry or RetryPolicy())
        self._tokens = TokenSource(self._sender, endpoints.token_url, credentials)

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

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    # -- the calls -----------------------------------------------------------------------------

    async def list_methods(self, filters: MethodFilter | None = None) -> list[Method]:
        """The methods that pass ``filters`` (all of them without)."""
        filters = filters or MethodFilter()
        validate_filter(filters)
        response = await self._api(
            "GET", "/api/providers", idempotent=True, params=_filter_params(filters)
        )
        self._check(response, SRS, not_found="The SRS does not know the method list address.")
        methods = parse_methods(response, "the SRS method list")
        log.debug("listed %d identification methods", len(methods))
        return methods

    async def start(
        self, issuer: str, method: str, data: IdentityData, *, validate: bool = True
    ) -> StartedIdentification:
        """Order an identification. ``data`` is checked against the method's rules first (pass
        ``validate=False`` only to let the server judge, e.g. for a method newer than the
        catalogue's rules). Never retried once the request may have reached the server."""
        spec = catalogue.find(issuer, method)
        if validate:
            validate_identity(data, spec)
        response = await self._api(
            "POST",
            f"/api/providers/{_segment(issuer)}/{_segment(method)}",
            idempotent=False,
            json=identity_body(data),
            headers={"Accept": PROVIDER_TYPE, "Content-Type": PROVIDER_TYPE},
        )
        self._check(response, SRS, not_found=f"The SRS offers no method {issuer}/{method}.")
        started = parse_started(response, f"the SRS answer to starting {issuer}/{method}")
        log.info(
            "started %s/%s: ref %s, order %s, status %s, mobile %s",
            started.issuer,
            started.method,
            started.ref_id,
            started.order_id or "-",
            started.status.value,
            mask_msisdn(data.mobile),
        )
        return started

    async def status(self, ref_id: str) -> IdentificationStatus:
        """The order's current status and history."""
        response = await self._api(
            "GET", f"/api/identifications/{_segment(ref_id)}", idempotent=True
        )
        self._check(response, SRS, not_found=f"The SRS knows no identification {ref_id}.")
        result = parse_status(response, f"the SRS status of {ref_id}")
        log.debug("status of %s: %s", ref_id, result.status.value)
        return result

    async def cancel(self, ref_id: str) -> IdentificationStatus:
        """Cancel a pending order. Cancelling a cancelled order is fine (so this is retried);
        any other final status raises Conflict."""
        response = await self._api(
            "DELETE", f"/api/identifications/{_segment(ref_id)}", idempotent=True
        )
        self._check(response, SRS, not_found=f"The SRS knows no identification {ref_id}.")
        result = parse_status(response, f"the SRS answer to cancelling {ref_id}")
        log.info("cancelled %s: now %s", ref_id, result.status.value)
        return result

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
        body: dict[str, str] = {
            "jurisdiction": wanted.value,
            "msisdn": number,
            "assuranceLevel": str(loa),  # a string, as in Swisscom's sample
        }
        if distinguished_name:
            body["distinguishedName"] = distinguished_name
        # No bearer token: the RA service needs none, and the SRS token must not go to
        # another host.
        response = await self._sender.send(
            "POST",
            self._endpoints.ras("/api/evidences/verify"),
            service=RAS,
            idempotent=True,  # a lookup: asking twice changes nothing
            json=body,
            headers={"Accept": EVIDENCE_TYPE, "Content-Type": "application/json"},
        )
        masked = mask_msisdn(number)
        try:
            self._check(
                response,
                RAS,
                not_found=f"The RA service has no evidence for {masked} yet.",
                evidence=True,
            )
        except EvidenceNotFound:
            log.info("verify %s %s LOA %d: no evidence yet", masked, wanted.value, loa)
            raise
        evidence = parse_evidence(
            response, "the RA service's verify answer", msisdn=number, jurisdiction=wanted, loa=loa
        )
        log.info(
            "verify %s %s LOA %d: evidence %s", masked, wanted.value, loa, evidence.evidence_id
        )
        return evidence

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
        """An SRS API call with the bearer token; on a 401 once more with a fresh token (a 401
        means the server did nothing, so even a start may be repeated)."""
        for attempt in (1, 2):
            token = await self._tokens.token()
            response = await self._sender.send(
                method,
                self._endpoints.api(path),
                service=SRS,
                idempotent=idempotent,
                params=params,
                json=json,
                headers={**(headers or {}), "Authorization": f"Bearer {token}"},
            )
            if response.status_code != 401 or attempt == 2:
                return response
            log.info("the SRS refused the token for %s %s; renewing it once", method, path)
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
        # 404/409 are routine (verify polls until the evidence is there): not warnings.
        level = logging.INFO if status in (404, 409) else logging.WARNING
        log.log(level, "%s answered HTTP %d %s", service, status, code or "")
        if status in (401, 403):
            raise AuthenticationFailed(
                text
                or f"{service} refused our access even with a fresh token — "
                "check that the client is allowed to use this service",
                status_code=status,
                code=code,
            )
        if status == 404:
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
