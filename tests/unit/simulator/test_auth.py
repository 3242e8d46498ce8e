"""The IDP's token endpoint and the API's bearer check."""

from __future__ import annotations

import base64
import json
from http.client import HTTPConnection
from urllib.parse import urlsplit

import httpx
import pytest

from kiosk.simulator.auth import TokenStore
from tests.unit.simulator.conftest import CLIENT_ID, CLIENT_SECRET, Api


@pytest.fixture
def http(shared_api: Api) -> httpx.Client:
    """One simulator serves the module; each test still gets its own token through `api`."""
    return shared_api.http


GOOD = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "grant_type": "client_credentials",
    "scope": "miss",
}


def _basic(client_id: str, secret: str) -> dict[str, str]:
    encoded = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {encoded}"}


def _assert_token(response: httpx.Response) -> None:
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope"}
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == "miss"
    assert len(body["access_token"]) >= 20
    assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    ("client_id", "secret"),
    [
        ("misswaggerclient", "misswaggerclientsecret"),
        ("missswaggerclient", "missswaggerclientsecret"),
    ],
)
def test_token_from_query_string_both_spellings(
    http: httpx.Client, client_id: str, secret: str
) -> None:
    params = {**GOOD, "client_id": client_id, "client_secret": secret}
    _assert_token(http.post("/oauth/token", params=params))


def test_token_from_form_body(http: httpx.Client) -> None:
    _assert_token(http.post("/oauth/token", data=GOOD))


def test_token_from_basic_auth(http: httpx.Client) -> None:
    response = http.post(
        "/oauth/token",
        headers=_basic(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
    )
    _assert_token(response)


def test_scope_may_be_omitted_or_contain_more(http: httpx.Client) -> None:
    without = {k: v for k, v in GOOD.items() if k != "scope"}
    _assert_token(http.post("/oauth/token", data=without))
    _assert_token(http.post("/oauth/token", data={**GOOD, "scope": "openid miss"}))


def test_tokens_are_distinct(http: httpx.Client) -> None:
    first = http.post("/oauth/token", data=GOOD).json()["access_token"]
    second = http.post("/oauth/token", data=GOOD).json()["access_token"]
    assert first != second


@pytest.mark.parametrize(
    ("params", "status", "error"),
    [
        (
            {"client_secret": CLIENT_SECRET, "grant_type": "client_credentials"},
            400,
            "invalid_request",
        ),
        ({"client_id": CLIENT_ID, "grant_type": "client_credentials"}, 400, "invalid_request"),
        ({"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, 400, "invalid_request"),
        ({**GOOD, "grant_type": "password"}, 400, "unsupported_grant_type"),
        ({**GOOD, "scope": "openid"}, 400, "invalid_scope"),
        ({**GOOD, "client_secret": "wrong"}, 401, "invalid_client"),
        ({**GOOD, "client_id": "nobody"}, 401, "invalid_client"),
        ({}, 400, "invalid_request"),
    ],
)
def test_token_errors_follow_rfc6749(
    http: httpx.Client, params: dict[str, str], status: int, error: str
) -> None:
    response = http.post("/oauth/token", data=params)
    assert response.status_code == status
    body = response.json()
    assert body["error"] == error
    assert isinstance(body["error_description"], str) and body["error_description"]


def test_wrong_basic_credentials_answer_401_with_challenge(http: httpx.Client) -> None:
    response = http.post(
        "/oauth/token",
        headers=_basic(CLIENT_ID, "nope"),
        data={"grant_type": "client_credentials"},
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert response.headers["www-authenticate"].startswith("Basic")


def test_garbled_basic_header_is_invalid_request(http: httpx.Client) -> None:
    response = http.post(
        "/oauth/token",
        headers={"Authorization": "Basic !!!not-base64"},
        data={"grant_type": "client_credentials"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_token_endpoint_only_takes_post(http: httpx.Client) -> None:
    response = http.get("/oauth/token", params=GOOD)
    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"
    assert "POST" in response.headers["allow"]


PROTECTED = [
    ("GET", "/api/providers"),
    ("POST", "/api/providers/KLARNA/bankident"),
    ("GET", "/api/identifications/00000000-0000-0000-0000-000000000000"),
    ("DELETE", "/api/identifications/00000000-0000-0000-0000-000000000000"),
]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_missing_bearer_is_unauthorized(http: httpx.Client, method: str, path: str) -> None:
    response = http.request(method, path, json={})
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert "Bearer" in response.json()["message"]
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", ["Basic abc", "Token abc", "Bearer"])
def test_other_schemes_or_empty_bearer_are_unauthorized(http: httpx.Client, header: str) -> None:
    response = http.get("/api/providers", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_unknown_bearer_is_invalid_token(http: httpx.Client, method: str, path: str) -> None:
    response = http.request(method, path, headers={"Authorization": "Bearer made-up"}, json={})
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_token"
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_expired_tokens_are_refused_and_a_new_one_works(api: Api) -> None:
    assert api.get("/api/providers").status_code == 200
    expired = api.http.post("/_sim/tokens/expire")
    assert expired.json()["expired"] >= 1
    response = api.get("/api/providers")
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_token"
    assert "expired" in response.json()["message"]
    fresh = Api(api.http)
    assert fresh.get("/api/providers").status_code == 200


def test_bearer_scheme_is_case_insensitive(api: Api) -> None:
    response = api.http.get("/api/providers", headers={"Authorization": f"bearer {api.token}"})
    assert response.status_code == 200


def test_bearer_with_surrounding_white_space_is_accepted(sim_base: str, api: Api) -> None:
    # httpx (h11) refuses to send trailing spaces; http.client sends the value verbatim,
    # as Postman does with the sample's "Bearer {{access_token}}  ".
    parts = urlsplit(sim_base)
    conn = HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        conn.request("GET", "/api/providers", headers={"Authorization": f" Bearer {api.token}  "})
        response = conn.getresponse()
        assert response.status == 200
        assert len(json.loads(response.read())) == 3
    finally:
        conn.close()


def test_verify_needs_no_bearer(http: httpx.Client) -> None:
    body = {"jurisdiction": "EIDAS", "msisdn": "+41790000001", "assuranceLevel": 4}
    response = http.post("/api/evidences/verify", json=body)
    assert response.status_code == 404  # nothing known for the number, but no 401


def test_token_store_expires_tokens_after_their_lifetime() -> None:
    store = TokenStore(lifetime_s=0.0)
    token = store.issue()
    assert store.check(token) == "expired"
    assert store.check("never-issued") == "unknown"
    live = TokenStore()
    assert live.check(live.issue()) is None
