"""Statuses moving on the simulated clock, the ISP page's complete/fail, and the scenarios."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import pytest

from tests.unit.simulator.conftest import KLARNA_PERSON, Api

SUCCESS = ["CREATED", "INITIALIZED", "IDENTIFICATION_DONE", "DATA_READY", "TERMINATED"]

# (issuer, method, body, done_s, data_ready_s, terminated_s, evidence_s) from the start.
TIMELINES = [
    ("IDENTITY.TM", "video", {"mobile": "+41791110001"}, 480, 720, 900, 960),
    ("AUTHADA", "eid", {}, 40, 50, 55, 60),  # no initial data: the number comes with verify
    ("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": "+41791110003"}, 180, 210, 240, 270),
    ("test", "eid", {}, 40, 50, 55, 60),
    ("test", "bankident", {"mobile": "+41791110005"}, 180, 210, 240, 270),
]


def _at(entry: dict[str, Any]) -> datetime:
    text = entry["at"]
    assert text.endswith("Z")
    return datetime.fromisoformat(text)


def _offsets(status: dict[str, Any]) -> dict[str, float]:
    entries = status["statuses"]
    start = _at(entries[0])
    return {e["status"]: (_at(e) - start).total_seconds() for e in entries}


def _verify(api: Api, mobile: str, jurisdiction: str = "EIDAS") -> int:
    body = {"jurisdiction": jurisdiction, "msisdn": mobile, "assuranceLevel": "4"}
    return api.verify(body).status_code


@pytest.mark.parametrize(
    ("issuer", "method", "body", "done", "ready", "terminated", "evidence"), TIMELINES
)
def test_success_timeline(
    api: Api,
    issuer: str,
    method: str,
    body: dict[str, str],
    done: int,
    ready: int,
    terminated: int,
    evidence: int,
) -> None:
    api.freeze()
    ref_id = api.start_ok(issuer, method, body)
    assert api.statuses(ref_id) == ["CREATED"]
    api.advance(2)
    assert api.statuses(ref_id) == SUCCESS[:2]
    api.advance(done - 2 - 1)
    assert api.status(ref_id)["status"] == "INITIALIZED"
    api.advance(1)
    assert api.status(ref_id)["status"] == "IDENTIFICATION_DONE"
    api.advance(ready - done)
    assert api.status(ref_id)["status"] == "DATA_READY"
    api.advance(terminated - ready)
    status = api.status(ref_id)
    assert status["status"] == "TERMINATED"
    assert status["reason"] is None
    assert status["mobile"] == body.get("mobile")
    mobile = body.get("mobile", "+4915100000004")
    assert _offsets(status) == {
        "CREATED": 0,
        "INITIALIZED": 2,
        "IDENTIFICATION_DONE": done,
        "DATA_READY": ready,
        "TERMINATED": terminated,
    }
    # T&C are accepted a while after TERMINATED: only then does verify succeed.
    assert _verify(api, mobile) == 404
    api.advance(evidence - terminated)
    assert _verify(api, mobile) == 200


def test_one_big_jump_records_every_step_at_its_own_time(api: Api) -> None:
    api.freeze()
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    api.advance(3 * 3600)
    status = api.status(ref_id)
    assert [e["status"] for e in status["statuses"]] == SUCCESS
    assert _offsets(status)["TERMINATED"] == 900
    assert status["orderId"].startswith("ITM-")
    assert status["mobile"] is None


def test_status_body_shape(api: Api) -> None:
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": "+41790000000"})
    response = api.get(f"/api/identifications/{ref_id}")
    assert response.headers["content-type"] == "application/vnd.sc.miss.provider.v1+json"
    body = response.json()
    assert set(body) == {
        "refId",
        "issuer",
        "method",
        "mobile",
        "status",
        "reason",
        "orderId",
        "targetUrl",
        "statuses",
    }
    assert (body["issuer"], body["method"], body["orderId"]) == ("KLARNA", "bankident", None)
    assert body["refId"] == ref_id


def test_real_time_moves_the_clock_at_the_configured_speed(api: Api) -> None:
    api.clock(speed=3600)  # one simulated hour per real second
    ref_id = api.start_ok("AUTHADA", "eid", {})
    time.sleep(0.1)  # 360 simulated seconds
    assert api.status(ref_id)["status"] == "TERMINATED"


def test_unknown_ref_id_is_404(api: Api) -> None:
    response = api.get("/api/identifications/not-a-ref")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert "not-a-ref" in response.json()["message"]


# -- the ISP page's buttons --------------------------------------------------------------


def _post(api: Api, ref_id: str, action: str, body: dict[str, Any] | None = None) -> Any:
    return api.http.post(f"{api.target_url(ref_id)}/{action}", json=body)


@pytest.mark.parametrize(
    ("issuer", "method", "body", "ready_gap", "terminated_gap"),
    [
        ("IDENTITY.TM", "video", {"externalId": "SIM-WAIT"}, 240, 420),
        ("AUTHADA", "eid", {"externalId": "SIM-WAIT"}, 10, 15),
        ("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-WAIT"}, 30, 60),
    ],
)
def test_completing_the_page_moves_a_waiting_order_on(
    api: Api, issuer: str, method: str, body: dict[str, str], ready_gap: int, terminated_gap: int
) -> None:
    api.freeze()
    ref_id = api.start_ok(issuer, method, body)
    api.advance(20 * 60)
    assert api.status(ref_id)["status"] == "INITIALIZED"  # SIM-WAIT: nothing happens by itself
    answer = _post(api, ref_id, "complete")
    assert answer.status_code == 200
    assert answer.json() == {"outcome": "completed", "status": "IDENTIFICATION_DONE"}
    api.advance(ready_gap)
    assert api.status(ref_id)["status"] == "DATA_READY"
    api.advance(terminated_gap - ready_gap)
    offsets = _offsets(api.status(ref_id))
    assert offsets["TERMINATED"] - offsets["IDENTIFICATION_DONE"] == terminated_gap
    assert offsets["IDENTIFICATION_DONE"] == 20 * 60


def test_completing_early_skips_the_wait(api: Api) -> None:
    api.freeze()
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    api.advance(60)
    _post(api, ref_id, "complete")
    api.advance(7 * 60)
    assert api.status(ref_id)["status"] == "TERMINATED"  # 60 + 420 s, not 900 s


def test_completing_a_just_created_order_initializes_it_first(api: Api) -> None:
    api.freeze()
    ref_id = api.start_ok("AUTHADA", "eid", {})
    assert _post(api, ref_id, "complete").status_code == 200
    assert api.statuses(ref_id) == ["CREATED", "INITIALIZED", "IDENTIFICATION_DONE"]


@pytest.mark.parametrize(
    ("issuer", "method", "body", "final"),
    [
        ("IDENTITY.TM", "video", {}, "ERROR"),
        ("AUTHADA", "eid", {}, "ERROR"),
        ("KLARNA", "bankident", KLARNA_PERSON, "IDENTIFICATION_NEGATIVELY_CONDUCTED"),
    ],
)
def test_failing_the_page(
    api: Api, issuer: str, method: str, body: dict[str, str], final: str
) -> None:
    ref_id = api.start_ok(issuer, method, body)
    answer = _post(api, ref_id, "fail", {"reason": "Customer left"})
    assert answer.status_code == 200
    assert answer.json() == {"outcome": "failed", "status": final, "reason": "Customer left"}
    status = api.status(ref_id)
    assert (status["status"], status["reason"]) == (final, "Customer left")
    api.advance(5 * 3600)
    assert api.status(ref_id)["status"] == final


def test_failing_without_a_body_gives_a_default_reason(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    assert api.http.post(f"{api.target_url(ref_id)}/fail").status_code == 200
    assert api.status(ref_id)["reason"]


def test_fail_reason_must_be_a_short_string(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    answer = _post(api, ref_id, "fail", {"reason": 42})
    assert answer.status_code == 422
    assert answer.json()["fields"][0]["field"] == "reason"
    assert api.status(ref_id)["status"] in ("CREATED", "INITIALIZED")


def test_page_actions_on_a_finished_order_conflict(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    assert _post(api, ref_id, "complete").status_code == 200
    again = _post(api, ref_id, "complete")
    assert again.status_code == 409
    assert again.json()["error"] == "conflict"
    assert _post(api, ref_id, "fail").status_code == 409


def test_page_actions_on_a_cancelled_order_are_gone(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    api.delete(f"/api/identifications/{ref_id}")
    answer = _post(api, ref_id, "complete")
    assert answer.status_code == 410
    assert answer.json()["error"] == "gone"


def test_page_actions_with_an_unknown_token_are_404(api: Api, sim_url: str) -> None:
    answer = api.http.post(f"{sim_url}/isp/video/nope/complete")
    assert answer.status_code == 404
    assert answer.json()["error"] == "not_found"


# -- scenarios by externalId -------------------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "method", "body", "done"),
    [
        ("IDENTITY.TM", "video", {}, 480),
        ("AUTHADA", "eid", {}, 40),
        ("KLARNA", "bankident", KLARNA_PERSON, 180),
    ],
)
def test_sim_error(api: Api, issuer: str, method: str, body: dict[str, str], done: int) -> None:
    api.freeze()
    ref_id = api.start_ok(issuer, method, {**body, "externalId": "SIM-ERROR"})
    api.advance(done - 1)
    assert api.status(ref_id)["status"] == "INITIALIZED"
    api.advance(1)
    status = api.status(ref_id)
    assert (status["status"], status["reason"]) == ("ERROR", "Poor video quality")
    assert _offsets(status)["ERROR"] == done


@pytest.mark.parametrize(
    ("issuer", "method", "body"),
    [("IDENTITY.TM", "video", {}), ("AUTHADA", "eid", {}), ("KLARNA", "bankident", KLARNA_PERSON)],
)
def test_sim_negative(api: Api, issuer: str, method: str, body: dict[str, str]) -> None:
    ref_id = api.start_ok(issuer, method, {**body, "externalId": "SIM-NEGATIVE"})
    api.advance(3600)
    status = api.status(ref_id)
    assert status["status"] == "IDENTIFICATION_NEGATIVELY_CONDUCTED"
    assert status["reason"]


def test_sim_expire_klarna_session_runs_out_after_60_minutes(api: Api) -> None:
    # The simulated customer starts the process when the order is INITIALIZED (2 s).
    api.freeze()
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-EXPIRE"})
    api.advance(3601)
    assert api.status(ref_id)["status"] == "INITIALIZED"
    api.advance(1)
    status = api.status(ref_id)
    # Guide appendix 3: "the Identification gets the Status Negative Identification"; it names
    # no reason code, so the simulator invents none.
    assert (status["status"], status["reason"]) == ("IDENTIFICATION_NEGATIVELY_CONDUCTED", None)
    assert _offsets(status)["IDENTIFICATION_NEGATIVELY_CONDUCTED"] == 3602


def test_klarna_session_counts_from_the_first_page_load(api: Api) -> None:
    api.freeze()
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-WAIT"})
    api.advance(2 * 3600)  # nobody opened the link: no session runs yet
    assert api.status(ref_id)["status"] == "INITIALIZED"
    assert api.http.get(api.target_url(ref_id)).status_code == 200  # the process starts now
    api.advance(3599)
    assert api.status(ref_id)["status"] == "INITIALIZED"
    assert api.http.get(api.target_url(ref_id)).status_code == 200  # a reuse: no restart
    api.advance(1)
    status = api.status(ref_id)
    assert status["status"] == "IDENTIFICATION_NEGATIVELY_CONDUCTED"
    assert _offsets(status)["IDENTIFICATION_NEGATIVELY_CONDUCTED"] == 3 * 3600
    assert api.http.get(api.target_url(ref_id)).status_code == 410


def test_klarna_not_terminated_within_the_session_expires_midway(api: Api) -> None:
    api.freeze()
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-WAIT"})
    assert api.http.get(api.target_url(ref_id)).status_code == 200  # the session starts
    api.advance(59 * 60)
    _post(api, ref_id, "complete")  # DONE at 59', DATA_READY at 59.5', would terminate at 60'
    api.advance(10 * 60)
    status = api.status(ref_id)
    assert [e["status"] for e in status["statuses"]] == [
        "CREATED",
        "INITIALIZED",
        "IDENTIFICATION_DONE",
        "DATA_READY",
        "IDENTIFICATION_NEGATIVELY_CONDUCTED",
    ]
    assert status["reason"] is None
    assert _offsets(status)["IDENTIFICATION_NEGATIVELY_CONDUCTED"] == 3600


def test_a_terminated_klarna_order_does_not_expire(api: Api) -> None:
    ref_id = api.start_ok("KLARNA", "bankident", KLARNA_PERSON)
    api.advance(5 * 3600)
    assert api.status(ref_id)["status"] == "TERMINATED"


def test_sim_expire_on_other_methods_just_waits(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {"externalId": "SIM-EXPIRE"})
    api.advance(5 * 3600)
    assert api.status(ref_id)["status"] == "INITIALIZED"


def test_sim_noterms_terminates_but_never_verifies(api: Api) -> None:
    mobile = "+41791110009"
    ref_id = api.start_ok("IDENTITY.TM", "video", {"mobile": mobile, "externalId": "SIM-NOTERMS"})
    api.advance(3600)
    assert api.status(ref_id)["status"] == "TERMINATED"
    response = api.verify({"jurisdiction": "EIDAS", "msisdn": mobile, "assuranceLevel": 4})
    assert response.status_code == 404
    assert response.json()["error"] == "evidence_not_found"
    assert "terms and conditions" in response.json()["message"]


def test_sim_wait_holds_until_the_page_fails(api: Api) -> None:
    ref_id = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    api.advance(24 * 3600)
    assert api.status(ref_id)["status"] == "INITIALIZED"
    _post(api, ref_id, "fail", {"reason": "PIN blocked"})
    assert api.status(ref_id)["reason"] == "PIN blocked"


def test_scenario_outcome_applies_when_the_page_completes(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {"externalId": "SIM-ERROR"})
    assert _post(api, ref_id, "complete").json()["status"] == "ERROR"
