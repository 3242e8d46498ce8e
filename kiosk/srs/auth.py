"""OAuth2 client-credentials tokens for the SRS API: fetched once, shared, renewed before expiry."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from .endpoints import ClientCredentials
from .errors import AuthenticationFailed, SrsError
from .transport import Sender, unavailable_from
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


@dataclass(frozen=True, repr=False)
class _Token:
    value: str
    renew_at: float  # monotonic seconds


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
        response = await self._sender.send(
            "POST",
            self._url,
            service=SERVICE,
            idempotent=True,  # asking for a token twice only gives two tokens
            data={
                "client_id": self._credentials.client_id,
                "client_secret": self._credentials.client_secret,
                "grant_type": "client_credentials",
                "scope": SCOPE,
            },
            headers={"Accept": "application/json"},
        )
        if response.status_code == 200:
            answer = parse_token(response, f"the answer of {SERVICE.lower()}")
            lifetime = float(answer.expires_in) if answer.expires_in else DEFAULT_LIFETIME_S
            # Short-lived tokens: renew at half their life instead of never using them.
            margin = min(REFRESH_MARGIN_S, lifetime / 2)
            self.fetches += 1
            log.info(
                "got an SRS token for client %s, valid %.0f s",
                self._credentials.client_id,
                lifetime,
            )
            return _Token(answer.access_token, self._clock() + lifetime - margin)
        raise self._error(response)

    def _error(self, response: httpx.Response) -> SrsError:
        status = response.status_code
        if status >= 500 or status == 429:
            return unavailable_from(response, SERVICE)
        body = error_body(response)
        code = body.error
        message = _OAUTH_MESSAGES.get(code or "") or (
            f"the login service refused the credentials (HTTP {status}) — "
            "check the client ID, secret and token URL"
        )
        log.error("SRS token request refused: HTTP %d %s", status, code or "")
        return AuthenticationFailed(message[0].upper() + message[1:], status_code=status, code=code)
