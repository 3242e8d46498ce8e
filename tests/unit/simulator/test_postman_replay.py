"""Replay the provider's own Postman samples against the simulator, byte for byte.

Each request is sent as the collection has it (method, enabled headers, query, raw body); only
scheme and host are swapped for the simulator's. Variables are carried between requests the way
the collection's test scripts carry them. http.client is used rather than httpx because h11
refuses to send the sample's `Bearer {{access_token}}  ` with its trailing spaces, which Postman
sends as they are.
"""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator

SAMPLES = (
    Path(__file__).resolve().parents[3].parent / "shared" / "reference" / "srs-postman-samples.json"
)
_VARIABLE = re.compile(r"\{\{(\w+)\}\}")


def _requests(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every request of the collection, in order, folders flattened."""
    for item in items:
        if "item" in item:
            yield from _requests(item["item"])
        else:
            yield item


def _substitute(text: str, variables: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name in variables, f"the replay has no value for {{{{{name}}}}} yet"
        return variables[name]

    return _VARIABLE.sub(value, text)


def _send(
    base_url: str, request: dict[str, Any], variables: dict[str, str]
) -> tuple[int, dict[str, str], Any]:
    original = urlsplit(_substitute(request["url"]["raw"], variables))
    target = original.path + (f"?{original.query}" if original.query else "")
    headers = {
        header["key"]: _substitute(header["value"], variables)
        for header in request.get("header", [])
        if not header.get("disabled", False)
    }
    raw = request.get("body", {}).get("raw")
    body = None if raw is None else _substitute(raw, variables).encode()
    sim = urlsplit(base_url)
    conn = http.client.HTTPConnection(sim.hostname or "", sim.port, timeout=10)
    try:
        conn.request(request["method"], target, body=body, headers=headers)
        response = conn.getresponse()
        payload = response.read()
        answer_headers = {key.lower(): value for key, value in response.getheaders()}
    finally:
        conn.close()
    return response.status, answer_headers, json.loads(payload) if payload else None


@pytest.fixture
def collection() -> dict[str, Any]:
    if not SAMPLES.is_file():
        pytest.skip(f"the provider's Postman samples are not at {SAMPLES}")
    data: dict[str, Any] = json.loads(SAMPLES.read_text(encoding="utf-8"))
    return data


def test_replay_the_providers_samples(
    collection: dict[str, Any], simulator: EmbeddedSimulator
) -> None:
    base = simulator.base_url
    variables: dict[str, str] = {}
    seen: list[str] = []

    for item in _requests(collection["item"]):
        name: str = item["name"]
        request = item["request"]
        seen.append(name)

        if name == "Verify Request":
            # The real order needs minutes and the customer's T&C; the control API stands in.
            forced = httpx.post(
                f"{base}/_sim/orders/{variables['refId']}/status", json={"status": "TERMINATED"}
            )
            assert forced.status_code == 200, forced.text

        status, headers, body = _send(base, request, variables)
        assert status == 200, f"{name}: HTTP {status} {body}"

        if name == "SRS: Get Token":
            assert body["token_type"] == "bearer"
            variables["access_token"] = body["access_token"]
        elif name == "SRS: List of Providers":
            # jurisdiction=EIDAS&loa=3&method=video: the LOA 4 video method serves LOA 3.
            assert [(m["issuer"], m["method"]) for m in body] == [("IDENTITY.TM", "video")]
            assert body[0]["loa"] >= 3 and "EIDAS" in body[0]["jurisdictions"]
        elif name == "SRS: Request Identification":
            assert headers["content-type"] == "application/vnd.sc.miss.provider.v1+json"
            assert body["refId"] and body["targetUrl"].startswith(f"{base}/isp/video/")
            assert (body["issuer"], body["method"]) == ("test", "video")
            variables["refId"] = body["refId"]
            variables["msisdn"] = json.loads(request["body"]["raw"])["mobile"]
        elif name == "SRS: Identification":
            assert body["refId"] == variables["refId"]
            assert body["mobile"] == variables["msisdn"]
            assert body["issuer"] == "test"
        elif name == "Verify Request":
            assert headers["content-type"] == "application/vnd.sc.ras.evidence.v1+json"
            assert body["evidenceId"]
            assert body["jurisdiction"] == "ZERTES"
            assert body["msisdn"] == variables["msisdn"]
            variables["evidenceid"] = body["evidenceId"]
        else:
            pytest.fail(f"the samples gained a request this replay does not know: {name}")

    assert seen == [
        "SRS: Get Token",
        "SRS: List of Providers",
        "SRS: Request Identification",
        "SRS: Identification",
        "Verify Request",
    ]
