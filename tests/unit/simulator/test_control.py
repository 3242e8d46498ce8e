"""The /_sim control API: orders, forced statuses, the clock, token expiry."""

from __future__ import annotations

import httpx
import pytest

from tests.unit.simulator.conftest import Api


def test_orders_list(api: Api) -> None:
    assert api.http.get("/_sim/orders").json()["orders"] == []
    ref_id = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    listing = api.http.get("/_sim/orders").json()
    assert listing["speed"] == 60.0
    assert listing["now"].endswith("Z")
    (order,) = listing["orders"]
    assert order["refId"] == ref_id
    assert order["scenario"] == "SIM-WAIT"
    assert order["externalId"] == "SIM-WAIT"
    assert order["pageKind"] == "eid"
    assert order["mobileToken"] and order["sessionToken"]
    assert order["termsAccepted"] is False
    assert order["evidenceId"] is None


def test_orders_list_progresses_lazily_too(api: Api) -> None:
    api.start_ok("AUTHADA", "eid", {})
    api.advance(3600)
    (order,) = api.http.get("/_sim/orders").json()["orders"]
    assert order["status"] == "TERMINATED"
    assert order["termsAccepted"] is True
    assert order["evidenceId"]


@pytest.mark.parametrize(
    "status",
    [
        "CREATED",
        "INITIALIZED",
        "IDENTIFICATION_DONE",
        "DATA_READY",
        "TERMINATED",
        "ERROR",
        "IDENTIFICATION_NEGATIVELY_CONDUCTED",
        "CANCELLED",
    ],
)
def test_force_any_status(api: Api, status: str) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    response = api.force(ref_id, status.lower(), reason="forced by test")
    assert response.status_code == 200
    assert response.json()["status"] == status
    current = api.status(ref_id)
    assert (current["status"], current["reason"]) == (status, "forced by test")
    assert current["statuses"][-1]["status"] == status


def test_forced_status_stays_put(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    api.force(ref_id, "DATA_READY")
    api.advance(5 * 3600)
    assert api.status(ref_id)["status"] == "DATA_READY"


def test_forcing_terminated_makes_the_evidence_available_at_once(api: Api) -> None:
    mobile = "+41795550001"
    ref_id = api.start_ok("IDENTITY.TM", "video", {"mobile": mobile, "externalId": "SIM-NOTERMS"})
    api.force(ref_id, "TERMINATED")
    response = api.verify({"jurisdiction": "ZERTES", "msisdn": mobile, "assuranceLevel": "4"})
    assert response.status_code == 200
    assert response.json()["evidenceId"]


def test_force_validation(api: Api) -> None:
    ref_id = api.start_ok("test", "video")
    bad = api.force(ref_id, "EXPIRED")  # the kiosk's own status, never on the wire
    assert bad.status_code == 400
    assert bad.json()["fields"][0]["field"] == "status"
    no_body = api.http.post(f"/_sim/orders/{ref_id}/status")
    assert no_body.status_code == 400
    assert no_body.json()["error"] == "invalid_json"
    unknown = api.force("no-such-ref", "TERMINATED")
    assert unknown.status_code == 404
    odd = api.http.post(
        f"/_sim/orders/{ref_id}/status", json={"status": "ERROR", "reason": 5, "x": 1}
    )
    assert {p["field"] for p in odd.json()["fields"]} == {"reason", "x"}


def test_clock_read_advance_and_speed(api: Api) -> None:
    before = api.http.get("/_sim/clock").json()
    assert set(before) == {"speed", "elapsed_s", "now"}
    after = api.clock(advance_s=3600, speed=0)
    assert after["speed"] == 0
    assert after["elapsed_s"] >= before["elapsed_s"] + 3600
    frozen = api.http.get("/_sim/clock").json()
    assert frozen["elapsed_s"] == after["elapsed_s"]
    faster = api.clock(speed=120)
    assert faster["speed"] == 120
    assert faster["elapsed_s"] >= frozen["elapsed_s"]  # a new speed never turns time back


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"speed": -1}, "speed"),
        ({"speed": "fast"}, "speed"),
        ({"speed": 1e9}, "speed"),
        ({"advance_s": -5}, "advance_s"),
        ({"advance_s": True}, "advance_s"),
        ({"rewind": 1}, "rewind"),
    ],
)
def test_clock_validation(http: httpx.Client, body: dict[str, object], field: str) -> None:
    response = http.post("/_sim/clock", json=body)
    assert response.status_code == 400
    assert response.json()["fields"][0]["field"] == field


def test_expire_tokens_counts_them(http: httpx.Client) -> None:
    Api(http)
    Api(http)
    assert http.post("/_sim/tokens/expire").json() == {"expired": 2}
    assert http.post("/_sim/tokens/expire").json() == {"expired": 0}
