"""OAuth2 client credentials: the IDP's token endpoint and the API's bearer check."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import threading
import time
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kiosk.simulator.body import media_type, read_body
from kiosk.simulator.dialects import DEFAULT, Dialect
from kiosk.simulator.errors import ApiError, json_response

TOKEN_LIFETIME_S = 3600  # real seconds: token expiry is about the client, not the story

# Test-environment clients: the guide's spelling and the Postman sample's.
CLIENTS: dict[str, str] = {
    "misswaggerclient": "misswaggerclientsecret",
    "missswaggerclient": "missswaggerclientsecret",
}

FORM = "application/x-www-form-urlencoded"
_CREDENTIALS = ("client_id", "client_secret")
JSON = "application/json"
_PLACEMENTS = ("basic", "form", "query", "json")
_PLACEMENT_WORDS = {
    "basic": "HTTP Basic (Authorization: Basic base64(client_id:client_secret))",
    "form": f"an {FORM} body",
    "query": "the query string",
    "json": "a JSON body",
}


class TokenStore:
    """Opaque bearer tokens in memory, with their real expiry times."""

    def __init__(self, lifetime_s: float = TOKEN_LIFETIME_S) -> None:
        self._lock = threading.Lock()
        self._lifetime = lifetime_s
        self._live: dict[str, float] = {}
        self._expired: set[str] = set()  # remembered so the answer can say "expired"

    def issue(self) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._live[token] = time.monotonic() + self._lifetime
        return token

    def check(self, token: str) -> str | None:
        """None when valid, else why not ('expired' or 'unknown')."""
        with self._lock:
            deadline = self._live.get(token)
            if deadline is None:
                return "expired" if token in self._expired else "unknown"
            if time.monotonic() >= deadline:
                del self._live[token]
                self._expired.add(token)
                return "expired"
            return None

    def expire_all(self) -> int:
        with self._lock:
            count = len(self._live)
            self._expired.update(self._live)
            self._live.clear()
            return count


def _oauth_error(status: int, error: str, description: str, **headers: str) -> ApiError:
    return ApiError(status, error, description, headers=headers or None, oauth=True)


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "").strip()
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise _oauth_error(
            400, "invalid_request", "The Basic credentials are not base64 of 'client_id:secret'."
        ) from None
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        raise _oauth_error(
            400, "invalid_request", "The Basic credentials must be 'client_id:client_secret'."
        )
    return client_id, secret


def _only_placement(dialect: Dialect) -> str | None:
    return next((p for p in _PLACEMENTS if f"token-{p}-only" in dialect), None)


def _placed_params(
    only: str,
    basic: tuple[str, str] | None,
    query: dict[str, str],
    form: dict[str, str],
    sent_json: dict[str, str],
) -> dict[str, str]:
    """The parameters a server that reads the credentials from one place only sees.

    RFC 6749: an unsupported authentication method is 401 invalid_client (with
    WWW-Authenticate when the Authorization header was used); credentials in the request URI
    are refused (§2.3.1 "MUST NOT be included in the request URI") with 400 invalid_request.
    """
    expected = _PLACEMENT_WORDS[only]
    if only == "json":  # a hand-made service: it reads its JSON body and nothing else
        if not sent_json:
            raise _oauth_error(
                400,
                "invalid_request",
                f"Send client_id, client_secret and grant_type in {expected} ({JSON}).",
            )
        return dict(sent_json)
    if basic is not None and only != "basic":
        raise _oauth_error(
            401,
            "invalid_client",
            f"HTTP Basic client authentication is not supported here; send the credentials in "
            f"{expected}.",
            **{"WWW-Authenticate": 'Basic realm="srs"'},
        )
    if only == "basic":
        params = {**query, **form}
        if basic is None:
            raise _oauth_error(
                401,
                "invalid_client",
                f"Client authentication failed: this server takes the credentials only as "
                f"{expected}.",
                **{"WWW-Authenticate": 'Basic realm="srs"'},
            )
        params["client_id"], params["client_secret"] = basic
        return params
    if only == "form":
        if any(name in query for name in _CREDENTIALS):
            raise _oauth_error(
                400,
                "invalid_request",
                f"Client credentials must not be sent in the request URI; send them in {expected}.",
            )
        return dict(form)
    if any(name in form for name in _CREDENTIALS) and not any(n in query for n in _CREDENTIALS):
        raise _oauth_error(
            400, "invalid_request", f"client_id and client_secret are required in {expected}."
        )
    return dict(query)


class TokenEndpoint:
    def __init__(self, tokens: TokenStore, dialect: Dialect = DEFAULT) -> None:
        self._tokens = tokens
        self._only = _only_placement(dialect)
        self._minimal = "minimal-answers" in dialect
        self._no_scope = "token-no-scope" in dialect

    def routes(self) -> list[BaseRoute]:
        return [Route("/oauth/token", self.token, methods=["POST"])]

    async def token(self, request: Request) -> Response:
        raw = await read_body(request)
        query: dict[str, str] = dict(request.query_params)
        form: dict[str, str] = {}
        if raw and media_type(request) == FORM:
            form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        sent_json: dict[str, str] = {}
        if raw and media_type(request) == JSON and self._only == "json":
            try:
                decoded = json.loads(raw)
            except ValueError:
                decoded = None
            if isinstance(decoded, dict):
                sent_json = {str(k): str(v) for k, v in decoded.items()}
        basic = _basic_credentials(request) if self._only != "json" else None
        used_basic = basic is not None
        if self._only is not None:
            params = _placed_params(self._only, basic, query, form, sent_json)
        else:
            # The form body wins over the query string where both name a parameter.
            params = {**query, **form}
            if basic is not None:
                params["client_id"], params["client_secret"] = basic

        client_id = params.get("client_id", "")
        secret = params.get("client_secret", "")
        if not client_id or not secret:
            raise _oauth_error(
                400,
                "invalid_request",
                "client_id and client_secret are required: send them in the query string, an "
                f"{FORM} body or HTTP Basic.",
            )
        grant = params.get("grant_type", "")
        if not grant:
            raise _oauth_error(
                400, "invalid_request", "grant_type is required; use client_credentials."
            )
        if grant != "client_credentials":
            raise _oauth_error(
                400,
                "unsupported_grant_type",
                f"grant_type '{grant}' is not supported; use client_credentials.",
            )
        if CLIENTS.get(client_id) != secret:
            extra = {"WWW-Authenticate": 'Basic realm="srs"'} if used_basic else {}
            raise _oauth_error(
                401,
                "invalid_client",
                "Unknown client_id or wrong client_secret; check the credentials configured "
                "for this environment.",
                **extra,
            )
        scope = params.get("scope")
        if scope and self._no_scope:  # an RFC 6749 server that defines no scopes
            raise _oauth_error(
                400, "invalid_scope", f"Scope '{scope[:40]}' is not known here; send no scope."
            )
        if scope is not None and "miss" not in scope.split():
            raise _oauth_error(
                400, "invalid_scope", f"Scope '{scope}' is not available; request scope=miss."
            )
        answer: dict[str, object] = {"access_token": self._tokens.issue(), "token_type": "bearer"}
        if not self._minimal:  # RFC 6749 §5.1: expires_in RECOMMENDED, scope OPTIONAL
            answer.update({"expires_in": TOKEN_LIFETIME_S, "scope": "miss"})
        return json_response(answer, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


def require_bearer(request: Request, tokens: TokenStore) -> None:
    """Raise 401 unless the request carries a live bearer token (white space tolerated)."""
    header = request.headers.get("authorization", "").strip()
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ApiError(
            401,
            "unauthorized",
            "This endpoint needs 'Authorization: Bearer <token>'; get a token from /oauth/token.",
            headers={"WWW-Authenticate": 'Bearer realm="srs"'},
        )
    why = tokens.check(token)
    if why is not None:
        message = (
            "The access token has expired; request a new one from /oauth/token."
            if why == "expired"
            else "The access token is not known; request a new one from /oauth/token."
        )
        raise ApiError(
            401,
            "invalid_token",
            message,
            headers={"WWW-Authenticate": 'Bearer realm="srs", error="invalid_token"'},
        )
