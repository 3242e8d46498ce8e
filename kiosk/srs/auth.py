"""OAuth2 client-credentials tokens for the SRS API: fetched once, shared, renewed before expiry.

The guide does not say where the credentials go: RFC 6749 §2.3.1 (HTTP Basic, which servers must
support), a form body, and Swisscom's Postman sample (query string) are all in use. Each is tried
in turn; the one that worked is remembered for this source (CONTRACT.md "Token placement").
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import quote_plus

import httpx

from .endpoints import ClientCredentials
from .errors import AuthenticationFailed, SrsError
from .transport import Sender, moved_to, unavailable_from
from .wire import error_body, parse_token

log = logging.getLogger(__name__)

SCOPE = "miss"
REFRESH_MARGIN_S = 60.0  # renew this long before expiry, so no call goes out with a dying token
DEFAULT_LIFETIME_S = 300.0  # when the server does not say (expires_in is only RECOMMENDED)
SERVICE = "The SRS login service"

_OAUTH_MESSAGES = {
    "invalid_client": "the client ID or secret was refused — check the configured credentials",
    "unauthorized_client": "this client is not allowed to use client credentials — ask Swisscom",
    "invalid_scope": f"this client may not use the scope '{SCOPE}' — ask Swisscom to enable it",
    "unsupported_grant_type": "the login service does not accept client credentials here — "
    "check the token URL",
    "invalid_request": "the login service refused the token request — check the token URL",
}


class _HideQuerySecret(logging.Filter):
    """httpx logs every request's full URL ("HTTP Request: POST <url>", at INFO): with the
    credentials in the query string that would put the secret in the log. Replaces the query of
    such URLs; every other record passes unchanged."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(_has_secret(a) for a in record.args):
            record.args = tuple(_without_secret(a) for a in record.args)
        return True


def _has_secret(value: object) -> bool:
    return isinstance(value, httpx.URL) and b"client_secret" in value.query


def _without_secret(value: object) -> object:
    if isinstance(value, httpx.URL) and b"client_secret" in value.query:
        return value.copy_with(query=b"credentials-hidden")
    return value


logging.getLogger("httpx").addFilter(_HideQuerySecret())


@dataclass(frozen=True, repr=False)
class _Token:
    value: str
    renew_at: float  # monotonic seconds


class Placement(StrEnum):
    """Where the client credentials go in the token request."""

    BASIC = "HTTP Basic authentication (RFC 6749 §2.3.1)"
    FORM = "form body parameters"
    QUERY = "query string parameters (as Swisscom's Postman sample)"
    JSON = "a JSON body (a service that reads no form)"


# Tried in this order: Basic is what RFC 6749 servers must support; the query string last, since
# it puts the secret in the server's access logs. A JSON body is no OAuth placement at all: it
# is tried only after the others, and only when none of them got the credentials read (no
# refusal named them wrong), as a hand-made token service may read nothing but JSON.
PLACEMENTS = (Placement.BASIC, Placement.FORM, Placement.QUERY, Placement.JSON)
# Refusals that say the credentials were read (and are wrong, or not allowed).
_CREDENTIALS_READ = frozenset({"invalid_client", "unauthorized_client"})


class TokenSource:
    """Hands out a valid bearer token; concurrent callers share a single fetch."""

    def __init__(
        self,
        sender: Sender,
        token_url: str,
        credentials: ClientCredentials,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sender = sender
        self._url = token_url
        self._credentials = credentials
        self._clock = clock
        self._token: _Token | None = None
        self._lock = asyncio.Lock()
        self.fetches = 0  # how many tokens were fetched (for diagnostics and tests)
        self._placement: Placement | None = None  # the one the server took last time
        # The guide names no scope (only the Postman sample sends 'miss'): dropped for good
        # once the server refuses it as invalid_scope and takes the request without.
        self._scope: str | None = SCOPE

    @property
    def placement(self) -> Placement | None:
        """Where the credentials went in the last accepted token request (None before one)."""
        return self._placement

    async def token(self) -> str:
        current = self._token
        if current is not None and self._clock() < current.renew_at:
            return current.value
        async with self._lock:
            # Someone else may have renewed it while we waited for the lock.
            current = self._token
            if current is None or self._clock() >= current.renew_at:
                current = await self._fetch()
                self._token = current
            return current.value

    def invalidate(self, value: str) -> None:
        """Drop ``value`` after the API refused it. A newer token (another caller already
        renewed) is kept, so a burst of 401s costs one fetch, not one each."""
        if self._token is not None and self._token.value == value:
            self._token = None

    async def _fetch(self) -> _Token:
        """A new token. The credentials go where the server takes them: each placement in turn
        (the one that worked last time first) until one is accepted; AuthenticationFailed only
        when every placement was refused. A 5xx, 429 or network failure is no refusal: it ends
        the fetch at once as ServiceUnavailable (from the sender)."""
        order = sorted(PLACEMENTS, key=lambda p: p is not self._placement)
        refusals: list[httpx.Response] = []
        for placement in order:
            if placement is Placement.JSON and any(
                error_body(r).error in _CREDENTIALS_READ for r in refusals
            ):
                continue  # the credentials were read elsewhere: JSON would tell nothing new
            response = await self._ask(placement, self._scope)
            if self._scope is not None and error_body(response).error == "invalid_scope":
                log.info("the SRS login service refused the scope '%s'; asking without", SCOPE)
                without = await self._ask(placement, None)
                if 200 <= without.status_code < 300:
                    log.info("the SRS login service takes token requests without a scope")
                    self._scope = None
                response = without
            if 200 <= response.status_code < 300:
                return self._accept(response, placement)
            if response.status_code >= 500 or response.status_code == 429:
                raise unavailable_from(response, SERVICE)
            if 300 <= response.status_code < 400:  # moved to another host: no refusal
                raise SrsError(
                    f"{SERVICE} answered that it moved ({moved_to(response)}); check the token "
                    "URL in the settings",
                    status_code=response.status_code,
                )
            log.info(
                "the SRS login service refused the credentials as %s: HTTP %d %s",
                placement.value,
                response.status_code,
                error_body(response).error or "",
            )
            refusals.append(response)
        raise self._error(_most_telling(refusals))

    async def _ask(self, placement: Placement, scope: str | None) -> httpx.Response:
        return await self._sender.send(
            "POST",
            self._url,
            service=SERVICE,
            idempotent=True,  # asking for a token twice only gives two tokens
            **_request(placement, self._credentials, scope),
        )

    def _accept(self, response: httpx.Response, placement: Placement) -> _Token:
        answer = parse_token(response, f"the answer of {SERVICE.lower()}")
        lifetime = float(answer.expires_in) if answer.expires_in else DEFAULT_LIFETIME_S
        # Short-lived tokens: renew at half their life instead of never using them.
        margin = min(REFRESH_MARGIN_S, lifetime / 2)
        self.fetches += 1
        if placement is not self._placement:
            log.info("the SRS login service takes the credentials as %s", placement.value)
            self._placement = placement
        log.info(
            "got an SRS token for client %s, valid %.0f s", self._credentials.client_id, lifetime
        )
        return _Token(answer.access_token, self._clock() + lifetime - margin)

    def _error(self, response: httpx.Response) -> SrsError:
        status = response.status_code
        body = error_body(response)
        code = body.error
        message = _OAUTH_MESSAGES.get(code or "") or (
            f"the login service refused the credentials (HTTP {status}) — "
            "check the client ID, secret and token URL"
        )
        log.error("SRS token request refused in every placement: HTTP %d %s", status, code or "")
        return AuthenticationFailed(message[0].upper() + message[1:], status_code=status, code=code)


def _request(
    placement: Placement, credentials: ClientCredentials, scope: str | None
) -> dict[str, Any]:
    grant = {"grant_type": "client_credentials"} | ({"scope": scope} if scope else {})
    secret = {"client_id": credentials.client_id, "client_secret": credentials.client_secret}
    headers = {"Accept": "application/json"}
    if placement is Placement.BASIC:
        # RFC 6749 §2.3.1: id and secret form-encoded, then "id:secret" in Base64.
        pair = f"{quote_plus(credentials.client_id)}:{quote_plus(credentials.client_secret)}"
        headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        return {"data": grant, "headers": headers}
    if placement is Placement.FORM:
        return {"data": grant | secret, "headers": headers}
    if placement is Placement.JSON:
        return {"json": grant | secret, "headers": headers}
    # As Swisscom's Postman sample: everything in the query string, an empty form body.
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return {"params": grant | secret, "headers": headers}


def _most_telling(refusals: list[httpx.Response]) -> httpx.Response:
    """The refusal that says most about the credentials: one naming them wrong, else the first
    with an OAuth error code, else the first."""
    for wanted in ("invalid_client", "unauthorized_client", "invalid_scope"):
        for response in refusals:
            if error_body(response).error == wanted:
                return response
    return next((r for r in refusals if error_body(r).error), refusals[0])
