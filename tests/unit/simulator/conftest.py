"""Helpers for talking to the live simulator over real HTTP (sync httpx)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator

CLIENT_ID = "misswaggerclient"
CLIENT_SECRET = "misswaggerclientsecret"
PROVIDER_JSON = "application/vnd.sc.miss.provider.v1+json"
EVIDENCE_JSON = "application/vnd.sc.ras.evidence.v1+json"

KLARNA_PERSON = {"firstName": "Anna", "lastName": "Muster", "dob": "1985-04-12"}


def token_for(http: httpx.Client) -> str:
    response = http.post(
        "/oauth/token",
        params={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "client_credentials",
            "scope": "miss",
        },
    )
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    assert isinstance(token, str)
    return token


class Api:
    """A bearer-authenticated client plus the /_sim control calls the tests need."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.token = token_for(http)
        self.auth = {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, headers=self.auth, **kwargs)

    def delete(self, path: str) -> httpx.Response:
        return self.http.delete(path, headers=self.auth)

    def start(self, issuer: str, method: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return self.http.post(
            f"/api/providers/{issuer}/{method}",
            headers={**self.auth, "Accept": PROVIDER_JSON, "Content-Type": PROVIDER_JSON},
            json={} if body is None else body,
        )

    def start_ok(self, issuer: str, method: str, body: dict[str, Any] | None = None) -> str:
        response = self.start(issuer, method, body)
        assert response.status_code == 200, response.text
        ref_id = response.json()["refId"]
        assert isinstance(ref_id, str)
        return ref_id

    def status(self, ref_id: str) -> dict[str, Any]:
        response = self.get(f"/api/identifications/{ref_id}")
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def statuses(self, ref_id: str) -> list[str]:
        return [entry["status"] for entry in self.status(ref_id)["statuses"]]

    def freeze(self) -> None:
        """Stop real time from moving the simulated clock: tests then step it exactly."""
        self.clock(speed=0)

    def advance(self, seconds: float) -> None:
        self.clock(advance_s=seconds)

    def clock(self, **body: float) -> dict[str, Any]:
        response = self.http.post("/_sim/clock", json=body)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def force(self, ref_id: str, status: str, reason: str | None = None) -> httpx.Response:
        body: dict[str, Any] = {"status": status}
        if reason is not None:
            body["reason"] = reason
        return self.http.post(f"/_sim/orders/{ref_id}/status", json=body)

    def verify(self, body: dict[str, Any]) -> httpx.Response:
        return self.http.post("/api/evidences/verify", headers={"Accept": EVIDENCE_JSON}, json=body)

    def target_url(self, ref_id: str) -> str:
        url = self.status(ref_id)["targetUrl"]
        assert isinstance(url, str)
        return url

    def fault(self, path: str, kind: str, **extra: Any) -> None:
        response = self.http.post("/_sim/faults", json={"path": path, "kind": kind, **extra})
        assert response.status_code == 200, response.text


@pytest.fixture
def http(sim_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim_url, timeout=10.0) as client:
        yield client


@pytest.fixture
def api(http: httpx.Client) -> Api:
    return Api(http)


@pytest.fixture(scope="module")
def shared_sim() -> Iterator[EmbeddedSimulator]:
    """One simulator for a module whose tests only read (filters, validation)."""
    with EmbeddedSimulator(speed=60.0) as sim:
        yield sim


@pytest.fixture(scope="module")
def shared_api(shared_sim: EmbeddedSimulator) -> Iterator[Api]:
    with httpx.Client(base_url=shared_sim.base_url, timeout=10.0) as client:
        yield Api(client)


@pytest.fixture(scope="module")
def sim_base(shared_sim: EmbeddedSimulator) -> str:
    return shared_sim.base_url


def raw_exchange(base_url: str, request: bytes) -> bytes:
    """Send raw bytes and read until the server closes (for what httpx refuses to send)."""
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=10) as sock:
        sock.sendall(request)
        chunks: list[bytes] = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)
