"""Injected faults: each kind, counts, path and verb matching, and what is never faulted."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.unit.simulator.conftest import Api


def test_error_fault_defaults_to_one_503(api: Api) -> None:
    api.fault("/api/providers", "error")
    failed = api.get("/api/providers")
    assert failed.status_code == 503
    body = failed.json()
    assert body["error"] == "service_unavailable"
    assert "retried" in body["message"]
    assert api.get("/api/providers").status_code == 200


def test_error_fault_with_status_and_count(api: Api) -> None:
    api.fault("/api", "error", status=500, count=2)
    assert api.get("/api/providers").status_code == 500
    assert api.get("/api/providers").json()["error"] == "server_error"
    assert api.get("/api/providers").status_code == 200


def test_fault_matches_path_prefix_and_verb(api: Api) -> None:
    ref_id = api.start_ok("test", "video")
    api.fault("/api/identifications", "error", method="delete")
    assert api.get(f"/api/identifications/{ref_id}").status_code == 200  # GET is not matched
    assert api.get("/api/providers").status_code == 200  # another path
    assert api.delete(f"/api/identifications/{ref_id}").status_code == 503
    assert api.delete(f"/api/identifications/{ref_id}").status_code == 200


def test_rate_limit_fault(api: Api) -> None:
    api.fault("/api/providers", "rate_limit", retry_after=7)
    response = api.get("/api/providers")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["error"] == "rate_limited"


def test_delay_fault_answers_normally_after_the_delay(api: Api) -> None:
    # A second's delay: the next answer, undelayed, comes well within it on a busy machine.
    api.fault("/api/providers", "delay", delay_s=1.0)
    started = time.perf_counter()
    response = api.get("/api/providers")
    assert time.perf_counter() - started >= 1.0
    assert response.status_code == 200
    started = time.perf_counter()
    api.get("/api/providers")
    assert time.perf_counter() - started < 1.0


def test_delay_fault_can_outlast_a_client_timeout(api: Api, sim_url: str) -> None:
    api.fault("/api/providers", "delay", delay_s=0.3)
    with (
        httpx.Client(base_url=sim_url, timeout=0.05) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        impatient.get("/api/providers", headers=api.auth)


def test_drop_fault_closes_the_connection_without_an_answer(api: Api) -> None:
    api.fault("/api/identifications", "drop")
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/api/identifications/whatever")
    assert api.get("/api/identifications/whatever").status_code == 404


def test_drop_fault_on_a_post_with_a_body(api: Api) -> None:
    api.fault("/api/providers/test", "drop", method="POST")
    # Aborting with an unread request body may reach the client as a reset (ReadError) rather
    # than a clean close: both are a dropped connection with no answer.
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.start("test", "video", {"lastName": "Muster"})
    assert api.start("test", "video", {"lastName": "Muster"}).status_code == 200


def test_malformed_fault_is_200_with_a_body_that_is_not_json(api: Api) -> None:
    api.fault("/api/providers", "malformed")
    response = api.get("/api/providers")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    with pytest.raises(ValueError):
        response.json()


def test_faults_reach_every_route(api: Api) -> None:
    api.fault("/oauth/token", "error", status=502)
    assert api.http.post("/oauth/token").status_code == 502
    api.fault("/api/evidences/verify", "error")
    assert api.verify({}).status_code == 503
    api.fault("/isp/", "error")
    assert api.http.get("/isp/video/x").status_code == 503
    api.fault("/_sim/bandwidth", "error")
    assert api.http.get("/_sim/bandwidth/download?bytes=1").status_code == 503


def test_control_endpoints_are_never_faulted(api: Api) -> None:
    api.fault("/", "error", count=100)
    assert api.http.get("/_sim/orders").status_code == 200
    assert api.http.post("/_sim/clock", json={}).status_code == 200
    assert api.http.get("/_sim/faults").status_code == 200
    assert api.get("/api/providers").status_code == 503


def test_list_and_clear_faults(api: Api) -> None:
    api.fault("/api", "error", count=3)
    api.fault("/oauth", "delay", delay_s=0.1, method="POST")
    listed = api.http.get("/_sim/faults").json()["faults"]
    assert [(rule["path"], rule["kind"], rule["count"]) for rule in listed] == [
        ("/api", "error", 3),
        ("/oauth", "delay", 1),
    ]
    assert listed[1]["method"] == "POST"
    api.get("/api/providers")
    assert api.http.get("/_sim/faults").json()["faults"][0]["count"] == 2
    cleared = api.http.delete("/_sim/faults")
    assert cleared.json() == {"cleared": 2, "faults": []}
    assert api.get("/api/providers").status_code == 200


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ({"kind": "error"}, "path"),
        ({"path": "api", "kind": "error"}, "path"),
        ({"path": "/api"}, "kind"),
        ({"path": "/api", "kind": "explode"}, "kind"),
        ({"path": "/api", "kind": "error", "status": 200}, "status"),
        ({"path": "/api", "kind": "error", "status": "503"}, "status"),
        ({"path": "/api", "kind": "error", "count": 0}, "count"),
        ({"path": "/api", "kind": "delay", "delay_s": -1}, "delay_s"),
        ({"path": "/api", "kind": "rate_limit", "retry_after": 1.5}, "retry_after"),
        ({"path": "/api", "kind": "error", "method": "FETCH"}, "method"),
        ({"path": "/api", "kind": "error", "when": "now"}, "when"),
    ],
)
def test_invalid_fault_rules_are_400(
    http: httpx.Client, rule: dict[str, object], field: str
) -> None:
    response = http.post("/_sim/faults", json=rule)
    assert response.status_code == 400
    assert field in {problem["field"] for problem in response.json()["fields"]}
    assert http.get("/_sim/faults").json()["faults"] == []
