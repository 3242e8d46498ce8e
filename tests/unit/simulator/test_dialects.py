"""Each dialect's wire shape, over real HTTP against a simulator that plays it."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.simulator.app import create_app
from kiosk.simulator.dialects import DIALECTS, Dialect, UnknownDialectError
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.simulator.state import SimulatorState
from tests.unit.simulator.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    EVIDENCE_JSON,
    KLARNA_PERSON,
    Api,
)

MOBILE = "+41791234567"
DN = "cn=Anna Muster, givenname=Anna, surname=Muster, c=CH"

HttpFor = Callable[..., httpx.Client]
ApiFor = Callable[..., Api]


@pytest.fixture
def http_for() -> Iterator[HttpFor]:
    """`http_for("a", "b")`: a client of a fresh simulator playing those dialects."""
    opened: list[tuple[EmbeddedSimulator, httpx.Client]] = []

    def make(*dialects: str) -> httpx.Client:
        sim = EmbeddedSimulator(speed=60.0, dialects=dialects)
        sim.start()
        client = httpx.Client(base_url=sim.base_url, timeout=10.0)
        opened.append((sim, client))
        return client

    yield make
    for sim, client in opened:
        client.close()
        sim.stop()


@pytest.fixture
def api_for(http_for: HttpFor) -> ApiFor:
    """`api_for("a", "b")`: an Api on a fresh simulator playing those dialects (clock frozen)."""

    def make(*dialects: str) -> Api:
        api = Api(http_for(*dialects))
        api.freeze()
        return api

    return make


def _terminate(api: Api, ref_id: str) -> None:
    api.advance(2 * 3600)
    assert api.http.get("/_sim/orders").json()["orders"][-1]["status"] == "TERMINATED"
    assert ref_id


# -- the set object, the app's index, the control endpoint ---------------------------------


def test_dialect_names_are_checked() -> None:
    assert Dialect.parse(" late-target-url , cancel-204,") == {"late-target-url", "cancel-204"}
    assert Dialect("cancel-204") == {"cancel-204"}  # one name given as a plain string
    with pytest.raises(UnknownDialectError, match=r"'nope'.*valid dialects: status-titlecase"):
        Dialect(["cancel-204", "nope"])
    with pytest.raises(UnknownDialectError, match="same thing"):
        Dialect(["token-basic-only", "token-query-only"])
    with pytest.raises(UnknownDialectError):
        SimulatorState.create(60, ["bogus"])


def test_index_and_control_list_the_active_dialects(api_for: ApiFor) -> None:
    api = api_for("cancel-204", "late-target-url")
    assert api.http.get("/").json()["dialects"] == ["late-target-url", "cancel-204"]
    listed = api.http.get("/_sim/dialects").json()["dialects"]
    assert listed == {name: DIALECTS[name] for name in ("late-target-url", "cancel-204")}


def test_default_lists_no_dialect(api_for: ApiFor) -> None:
    api = api_for()
    assert api.http.get("/").json()["dialects"] == []
    assert api.http.get("/_sim/dialects").json() == {"dialects": {}}


async def test_create_app_takes_dialects() -> None:
    app = create_app(speed=60, dialects=["methods-wrapped"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
        assert (await client.get("/_sim/dialects")).json()["dialects"].keys() == {"methods-wrapped"}


# -- statuses --------------------------------------------------------------------------------


def _walk(
    api: Api,
    issuer: str = "KLARNA",
    method: str = "bankident",
    body: dict[str, Any] | None = None,
    step_s: float = 10,
) -> tuple[str, list[str]]:
    """Start, run to the end; (ref id, the statuses the status answers showed on the way)."""
    ref_id = api.start_ok(issuer, method, KLARNA_PERSON if body is None else body)
    seen: list[str] = []
    for _ in range(40):
        status = api.get(f"/api/identifications/{ref_id}").json()["status"]
        if not seen or seen[-1] != status:
            seen.append(status)
        api.advance(step_s)
    return ref_id, seen


def test_status_titlecase(api_for: ApiFor) -> None:
    api = api_for("status-titlecase")
    ref_id, seen = _walk(api)
    assert seen == ["Created", "Initialized", "Identification done", "Data ready", "Terminated"]
    assert [e["status"] for e in api.status(ref_id)["statuses"]] == seen
    negative = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-NEGATIVE"})
    error = api.start_ok("IDENTITY.TM", "video", {"externalId": "SIM-ERROR"})
    api.advance(3600)
    assert api.status(negative)["status"] == "Negative Identification"
    assert api.status(error)["status"] == "Error"
    pending = api.start_ok("IDENTITY.TM", "video", {})
    assert api.delete(f"/api/identifications/{pending}").json()["status"] == "Cancelled"
    # the control API keeps the canonical names
    assert {o["status"] for o in api.http.get("/_sim/orders").json()["orders"]} <= {
        "TERMINATED",
        "IDENTIFICATION_NEGATIVELY_CONDUCTED",
        "ERROR",
        "CANCELLED",
    }


def test_status_spaced_upper(api_for: ApiFor) -> None:
    api = api_for("status-spaced-upper")
    _, seen = _walk(api)
    assert seen == ["CREATED", "INITIALIZED", "IDENTIFICATION DONE", "DATA READY", "TERMINATED"]
    negative = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-NEGATIVE"})
    api.advance(3600)
    assert api.status(negative)["status"] == "NEGATIVE IDENTIFICATION"


def test_status_canceled(api_for: ApiFor) -> None:
    api = api_for("status-canceled")
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    assert api.delete(f"/api/identifications/{ref_id}").json()["status"] == "CANCELED"
    assert api.status(ref_id)["statuses"][-1]["status"] == "CANCELED"
    both = api_for("status-canceled", "status-titlecase")
    ref_id = both.start_ok("IDENTITY.TM", "video", {})
    assert both.delete(f"/api/identifications/{ref_id}").json()["status"] == "Canceled"


def test_unknown_status_between_initialized_and_done(api_for: ApiFor) -> None:
    api = api_for("unknown-status")
    ref_id, seen = _walk(api, "IDENTITY.TM", "video", {}, step_s=30)
    assert "VIDEO_CALL_STARTED" in seen
    assert api.statuses(ref_id) == [
        "CREATED",
        "INITIALIZED",
        "VIDEO_CALL_STARTED",
        "IDENTIFICATION_DONE",
        "DATA_READY",
        "TERMINATED",
    ]
    _, seen = _walk(api)
    assert "BACKOFFICE_CHECK" in seen
    # the ISP page still completes an order in the unknown status; cancel still works
    waiting = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-WAIT"})
    api.advance(60)
    assert api.status(waiting)["status"] == "BACKOFFICE_CHECK"
    done = api.http.post(f"{api.target_url(waiting)}/complete")
    assert done.status_code == 200, done.text
    assert api.status(waiting)["status"] == "IDENTIFICATION_DONE"
    other = api.start_ok("IDENTITY.TM", "video", {})
    api.advance(60)
    assert api.delete(f"/api/identifications/{other}").json()["status"] == "CANCELLED"


# -- start and status answers ------------------------------------------------------------------


def test_late_target_url(api_for: ApiFor) -> None:
    api = api_for("late-target-url")
    started = api.start("IDENTITY.TM", "video", {"lastName": "Muster"})
    assert started.status_code == 200
    ref_id = started.json()["refId"]
    assert started.json() == {"refId": ref_id, "status": "CREATED"}
    early = api.status(ref_id)
    assert early["status"] == "CREATED"
    assert "targetUrl" not in early and "orderId" not in early
    api.advance(2)
    later = api.status(ref_id)
    assert later["status"] == "INITIALIZED"
    assert later["targetUrl"].startswith("http://127.0.0.1:") and later["orderId"]
    assert api.http.get(later["targetUrl"]).status_code == 200
    eid = api.start("AUTHADA", "eid", {}).json()
    assert set(eid) == {"refId", "status"}
    api.advance(2)
    tokens = api.status(eid["refId"])
    assert tokens["mobileToken"] and tokens["sessionToken"] and tokens["targetUrl"]


def test_minimal_answers(api_for: ApiFor) -> None:
    api = api_for("minimal-answers")
    video = api.start("IDENTITY.TM", "video", {"mobile": MOBILE}).json()
    assert set(video) == {"refId", "targetUrl", "orderId"}
    eid = api.start("AUTHADA", "eid", {}).json()
    assert set(eid) == {"refId", "targetUrl", "mobileToken", "sessionToken"}
    klarna = api.start("KLARNA", "bankident", KLARNA_PERSON).json()
    assert set(klarna) == {"refId", "targetUrl"}
    assert api.status(video["refId"]) == {"status": "CREATED"}
    api.force(klarna["refId"], "ERROR", "Bank login failed")
    assert api.status(klarna["refId"]) == {"status": "ERROR", "reason": "Bank login failed"}
    assert api.delete(f"/api/identifications/{video['refId']}").json() == {"status": "CANCELLED"}
    listed = api.get("/api/providers").json()
    assert listed and all("evidenceValidityYears" not in m for m in listed)
    assert all({"issuer", "method", "methodType", "loa"} <= m.keys() for m in listed)
    token = api.http.post(
        "/oauth/token",
        params={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "client_credentials",
        },
    ).json()
    assert set(token) == {"access_token", "token_type"}
    klarna_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": MOBILE})
    _terminate(api, klarna_id)
    evidence = _verify(api)
    assert evidence.status_code == 200 and set(evidence.json()) == {"evidenceId"}


def test_minimal_answers_with_a_late_target_url(api_for: ApiFor) -> None:
    api = api_for("minimal-answers", "late-target-url")
    started = api.start("IDENTITY.TM", "video", {}).json()
    assert set(started) == {"refId"}
    assert api.status(started["refId"]) == {"status": "CREATED"}
    api.advance(2)
    assert set(api.status(started["refId"])) == {"status", "targetUrl", "orderId"}


def test_no_mobile_in_status(api_for: ApiFor) -> None:
    api = api_for("no-mobile-in-status")
    ref_id = api.start_ok("IDENTITY.TM", "video", {"mobile": MOBILE})
    assert "mobile" not in api.status(ref_id)
    assert "mobile" not in api.delete(f"/api/identifications/{ref_id}").json()


def test_alt_field_names(api_for: ApiFor) -> None:
    api = api_for("alt-field-names")
    started = api.start("IDENTITY.TM", "video", {"mobile": MOBILE})
    body = started.json()
    assert {"refID", "targetURL"} <= body.keys() and not {"refId", "targetUrl"} & body.keys()
    status = api.get(f"/api/identifications/{body['refID']}").json()
    assert status["refID"] == body["refID"] and status["targetURL"] == body["targetURL"]
    assert status["msisdn"] == MOBILE and "mobile" not in status


def test_method_type_lowercase(api_for: ApiFor) -> None:
    api = api_for("method-type-lowercase")
    assert {m["methodType"] for m in api.get("/api/providers").json()} == {
        "video",
        "eid",
        "bankident",
    }
    assert [m["issuer"] for m in api.get("/api/providers", params={"method": "Video"}).json()] == [
        "IDENTITY.TM"
    ]


def test_issuer_mixed_case(api_for: ApiFor) -> None:
    api = api_for("issuer-mixed-case")
    assert {m["issuer"] for m in api.get("/api/providers").json()} == {
        "Identity.tm",
        "Authada",
        "Klarna",
    }
    started = api.start("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": MOBILE}).json()
    assert started["issuer"] == "Klarna"
    assert api.status(started["refId"])["issuer"] == "Klarna"
    api.advance(2 * 3600)
    evidence = api.verify({"jurisdiction": "EIDAS", "msisdn": MOBILE, "assuranceLevel": 4})
    assert evidence.json()["issuer"] == "Klarna"


def test_start_busy(api_for: ApiFor) -> None:
    api = api_for("start-busy")
    first = api.start("IDENTITY.TM", "video", {})
    assert first.status_code == 429 and first.headers["Retry-After"] == "1"
    second = api.start("IDENTITY.TM", "video", {})
    assert second.status_code == 503 and second.headers["Retry-After"] == "1"
    assert api.http.get("/_sim/orders").json()["orders"] == []  # nothing was created
    third = api.start("IDENTITY.TM", "video", {})
    assert third.status_code == 200
    assert len(api.http.get("/_sim/orders").json()["orders"]) == 1
    assert api.start("IDENTITY.TM", "video", {}).status_code == 429  # the next start again


def test_cancel_204(api_for: ApiFor) -> None:
    api = api_for("cancel-204")
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    for _ in range(2):  # a retry too
        answer = api.delete(f"/api/identifications/{ref_id}")
        assert answer.status_code == 204 and answer.content == b""
    assert api.status(ref_id)["status"] == "CANCELLED"
    api.force(ref_id, "TERMINATED")
    assert api.delete(f"/api/identifications/{ref_id}").status_code == 409


def test_klarna_session_from_order(api_for: ApiFor) -> None:
    api = api_for("klarna-session-from-order")
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-WAIT"})
    api.advance(1800)
    assert api.http.get(api.target_url(ref_id)).status_code == 200  # no restart at the load
    api.advance(1800)
    assert api.status(ref_id)["status"] == "IDENTIFICATION_NEGATIVELY_CONDUCTED"
    assert api.http.get(api.target_url(ref_id)).status_code == 410


def test_klarna_five_loads(api_for: ApiFor) -> None:
    api = api_for("klarna-five-loads")
    ref_id = api.start_ok("KLARNA", "bankident", KLARNA_PERSON)
    url = api.target_url(ref_id)
    assert [api.http.get(url).status_code for _ in range(6)] == [200] * 5 + [410]


# -- the method list ---------------------------------------------------------------------------


def test_unknown_method_type_is_listed_and_startable(api_for: ApiFor) -> None:
    api = api_for("unknown-method-type")
    listed = {m["issuer"]: m for m in api.get("/api/providers").json()}
    branch = listed["POSTIDENT"]
    assert (branch["method"], branch["methodType"]) == ("branch", "Branch")
    assert branch["webflow"] is True and branch["offline"] is True
    assert [m["issuer"] for m in api.get("/api/providers", params={"method": "branch"}).json()] == [
        "POSTIDENT"
    ]
    started = api.start("POSTIDENT", "branch", {"lastName": "Muster", "mobile": MOBILE})
    assert started.status_code == 200, started.text
    page = api.http.get(started.json()["targetUrl"])
    assert page.status_code == 200 and 'id="complete"' in page.text
    api.advance(2 * 3600)
    assert api.status(started.json()["refId"])["status"] == "TERMINATED"
    default = api_for()
    assert default.start("POSTIDENT", "branch", {}).status_code == 404


def test_filter_include_exclude(api_for: ApiFor) -> None:
    api = api_for("filter-include-exclude")

    def issuers(**params: str) -> set[str]:
        return {m["issuer"] for m in api.get("/api/providers", params=params).json()}

    everything = {"IDENTITY.TM", "AUTHADA", "KLARNA"}
    assert issuers(webflow="true") == everything  # include such methods: no narrowing
    assert issuers(webflow="false") == {"AUTHADA"}  # exclude web-flow methods
    assert issuers(offline="true") == everything
    assert issuers(offline="false") == everything  # none is offline
    assert issuers(realtime="false") == set()


def test_filter_default_stays_equality(api_for: ApiFor) -> None:
    api = api_for()
    assert {m["issuer"] for m in api.get("/api/providers", params={"webflow": "true"}).json()} == {
        "IDENTITY.TM",
        "KLARNA",
    }


def test_methods_wrapped(api_for: ApiFor) -> None:
    api = api_for("methods-wrapped")
    body = api.get("/api/providers").json()
    assert set(body) == {"providers"} and len(body["providers"]) == 3


def test_methods_by_issuer(api_for: ApiFor) -> None:
    api = api_for("methods-by-issuer", "methods-wrapped")
    groups = api.get("/api/providers").json()["providers"]
    assert [g["issuer"] for g in groups] == ["IDENTITY.TM", "AUTHADA", "KLARNA"]
    assert all(set(g) == {"issuer", "methods"} for g in groups)
    assert [m["method"] for m in groups[2]["methods"]] == ["bankident"]
    assert "issuer" not in groups[2]["methods"][0]


def test_methods_embedded(api_for: ApiFor) -> None:
    api = api_for("methods-embedded")
    body = api.get("/api/providers").json()
    assert set(body) == {"_embedded", "_links"}
    assert len(body["_embedded"]["identificationMethods"]) == 3


def test_methods_empty_204(api_for: ApiFor) -> None:
    api = api_for("methods-empty-204")
    empty = api.get("/api/providers", params={"issuer": "NOBODY"})
    assert (empty.status_code, empty.content) == (204, b"")
    assert len(api.get("/api/providers").json()) == 3


def test_target_url_personalized(api_for: ApiFor) -> None:
    api = api_for("target-url-personalized")
    started = api.start("IDENTITY.TM", "video", {}).json()
    assert "personalizedUrl" in started and "targetUrl" not in started
    assert "personalizedUrl" in api.status(started["refId"])


def test_status_final_words(api_for: ApiFor) -> None:
    api = api_for("status-final-words")
    negative = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-NEGATIVE"})
    expired = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-EXPIRE"})
    api.advance(3 * 3600)
    assert api.status(negative)["status"] == "FAILED"
    assert api.status(expired)["status"] == "TIMEOUT"
    assert api.status(expired)["statuses"][-1]["status"] == "TIMEOUT"


def test_verify_verdict(api_for: ApiFor) -> None:
    api = api_for("verify-verdict")
    assert _verify(api).status_code == 404  # nothing terminated: no evidence id to say no to
    open_terms = api.start_ok(
        "IDENTITY.TM", "video", {"mobile": MOBILE, "externalId": "SIM-NOTERMS"}
    )
    _terminate(api, open_terms)
    said = _verify(api).json()
    assert said["verified"] is False and said["evidenceId"] and said["reason"]
    other = "+41797654321"
    api.start_ok("IDENTITY.TM", "video", {"mobile": other})
    api.advance(2 * 3600)
    accepted = api.verify({"jurisdiction": "EIDAS", "msisdn": other, "assuranceLevel": 4}).json()
    assert accepted["verified"] is True and accepted["evidenceId"] != said["evidenceId"]


def test_times_swiss(api_for: ApiFor) -> None:
    api = api_for("times-swiss")
    ref_id = api.start_ok("IDENTITY.TM", "video", {"mobile": MOBILE})
    _terminate(api, ref_id)
    written = [e["at"] for e in api.status(ref_id)["statuses"]]
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d", at) for at in written)
    evidence = _verify(api).json()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d", evidence["createdAt"])
    # the control API keeps ISO 8601 UTC
    assert api.http.get("/_sim/orders").json()["orders"][-1]["statuses"][0]["at"].endswith("Z")


def test_jurisdiction_eu_ch(api_for: ApiFor) -> None:
    api = api_for("jurisdiction-eu-ch")
    listed = {m["issuer"]: m["jurisdictions"] for m in api.get("/api/providers").json()}
    assert listed == {"IDENTITY.TM": ["EU", "CH"], "AUTHADA": ["EU"], "KLARNA": ["EU"]}
    ch = api.get("/api/providers", params={"jurisdiction": "CH"}).json()
    assert [m["issuer"] for m in ch] == ["IDENTITY.TM"]
    refused = api.get("/api/providers", params={"jurisdiction": "ZERTES"})
    assert refused.status_code == 400
    assert refused.json()["fields"][0]["field"] == "jurisdiction"
    ref_id = api.start_ok("IDENTITY.TM", "video", {"mobile": MOBILE})
    _terminate(api, ref_id)
    for asked, echoed in (("ZERTES", "CH"), ("eidas", "EU"), ("CH", "CH")):
        answer = api.verify({"jurisdiction": asked, "msisdn": MOBILE, "assuranceLevel": "4"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["jurisdiction"] == echoed


# -- the token endpoint ------------------------------------------------------------------------

_PARAMS = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "grant_type": "client_credentials",
    "scope": "miss",
}
_BASIC = {
    "Authorization": "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
}
_GRANT = {"grant_type": "client_credentials", "scope": "miss"}


def _by_query(http: httpx.Client) -> httpx.Response:
    return http.post("/oauth/token", params=_PARAMS)


def _by_form(http: httpx.Client) -> httpx.Response:
    return http.post("/oauth/token", data=_PARAMS)


def _by_basic(http: httpx.Client) -> httpx.Response:
    return http.post("/oauth/token", data=_GRANT, headers=_BASIC)


@pytest.mark.parametrize(
    ("dialect", "works", "refusals"),
    [
        ("token-basic-only", _by_basic, [(_by_query, 401), (_by_form, 401)]),
        ("token-form-only", _by_form, [(_by_query, 400), (_by_basic, 401)]),
        ("token-query-only", _by_query, [(_by_form, 400), (_by_basic, 401)]),
    ],
)
def test_token_placement(
    http_for: HttpFor,
    dialect: str,
    works: Callable[[httpx.Client], httpx.Response],
    refusals: list[tuple[Callable[[httpx.Client], httpx.Response], int]],
) -> None:
    http = http_for(dialect)
    answer = works(http)
    assert answer.status_code == 200, answer.text
    token = answer.json()["access_token"]
    assert (
        http.get("/api/providers", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    )
    for attempt, status in refusals:
        refused = attempt(http)
        assert refused.status_code == status, (attempt.__name__, refused.text)
        error = refused.json()["error"]
        assert error == ("invalid_client" if status == 401 else "invalid_request")
        assert refused.json()["error_description"]
        if status == 401:
            assert refused.headers["WWW-Authenticate"].startswith("Basic")


def test_token_default_takes_every_placement(http_for: HttpFor) -> None:
    http = http_for()
    assert [attempt(http).status_code for attempt in (_by_query, _by_form, _by_basic)] == [
        200,
        200,
        200,
    ]


# -- the verify call ---------------------------------------------------------------------------


def _verify(api: Api, **extra: Any) -> httpx.Response:
    return api.verify({"jurisdiction": "EIDAS", "msisdn": MOBILE, "assuranceLevel": 4, **extra})


def test_verify_dn_required(api_for: ApiFor) -> None:
    api = api_for("verify-dn-required")
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": MOBILE})
    _terminate(api, ref_id)
    refused = _verify(api)
    assert refused.status_code == 400
    assert [f["field"] for f in refused.json()["fields"]] == ["distinguishedName"]
    assert _verify(api, distinguishedName=DN).status_code == 200


def test_verify_200_not_yet(api_for: ApiFor) -> None:
    api = api_for("verify-200-not-yet")
    nothing = _verify(api)
    assert (nothing.status_code, nothing.json()) == (200, {})
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": MOBILE})
    pending = _verify(api)
    assert (pending.status_code, pending.json()) == (200, {"evidenceId": None})
    _terminate(api, ref_id)
    assert _verify(api).json()["evidenceId"]


def test_verify_odd_error(api_for: ApiFor) -> None:
    api = api_for("verify-odd-error")
    assert (_verify(api).status_code, _verify(api).json()["error"]) == (409, "not_ready")
    ref_id = api.start_ok(
        "KLARNA", "bankident", {**KLARNA_PERSON, "mobile": MOBILE, "externalId": "SIM-NOTERMS"}
    )
    api.advance(2 * 3600)
    assert api.status(ref_id)["status"] == "TERMINATED"
    no_terms = _verify(api)
    assert (no_terms.status_code, no_terms.json()["error"]) == (400, "terms_not_accepted")
    assert no_terms.headers["content-type"].startswith("application/json")


def test_verify_default_not_yet_is_404(api_for: ApiFor) -> None:
    assert _verify(api_for()).status_code == 404


# -- AUTHADA's initial data --------------------------------------------------------------------


def test_authada_lenient_takes_the_mobile(api_for: ApiFor) -> None:
    strict = api_for()
    refused = strict.start("AUTHADA", "eid", {"mobile": MOBILE})
    assert refused.status_code == 422
    assert "not accepted by this method" in refused.json()["fields"][0]["problem"]
    lenient = api_for("authada-lenient")
    ref_id = lenient.start_ok("AUTHADA", "eid", {"mobile": MOBILE, "externalId": "X-1"})
    assert lenient.status(ref_id)["mobile"] == MOBILE
    assert lenient.start("AUTHADA", "eid", {"firstName": "Anna"}).status_code == 422


def test_authada_number_from_the_app(api_for: ApiFor) -> None:
    api = api_for()
    ref_id = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    done = api.http.post(f"{api.target_url(ref_id)}/complete", json={"mobile": MOBILE})
    assert done.status_code == 200
    api.advance(3600)
    assert _verify(api).status_code == 200
    assert (
        api.http.post(f"{api.target_url(ref_id)}/complete", json={"mobile": "0791"}).status_code
        == 422
    )


def test_identity_tm_accepts_validity(api_for: ApiFor) -> None:
    api = api_for()
    assert api.start("IDENTITY.TM", "video", {"validity": "2031-05-31"}).status_code == 200
    past = api.start("IDENTITY.TM", "video", {"validity": "2001-05-31"})
    assert past.status_code == 422 and past.json()["fields"][0]["field"] == "validity"
    assert (
        api.start("KLARNA", "bankident", {**KLARNA_PERSON, "validity": "2031-05-31"}).status_code
        == 422
    )


def test_evidence_content_type_unchanged_by_dialects(api_for: ApiFor) -> None:
    api = api_for("jurisdiction-eu-ch", "issuer-mixed-case")
    ref_id = api.start_ok("IDENTITY.TM", "video", {"mobile": MOBILE})
    _terminate(api, ref_id)
    assert _verify(api).headers["content-type"] == EVIDENCE_JSON


def test_every_dialect_is_documented_under_its_ambiguity() -> None:
    # CONTRACT.md: each ambiguity names the dialects that play its other readings, and the
    # table at the end says what each one changes; neither may miss or invent one.
    contract = (Path(__file__).parents[3] / "kiosk" / "srs" / "CONTRACT.md").read_text("utf-8")
    under_ambiguities = contract[: contract.index("\n## The calls")]
    lines = [
        line for line in under_ambiguities.splitlines() if line.startswith("- Simulator dialect:")
    ]
    assert set(DIALECTS) <= set(re.findall(r"`([a-z0-9-]+)`", " ".join(lines)))
    first = {
        line.split("`")[1] for line in lines if not line.startswith("- Simulator dialect: none")
    }
    assert first <= set(DIALECTS)
    at_the_end = contract[contract.index("\n## Simulator dialects") :]
    table = set(re.findall(r"^\| `([a-z0-9-]+)` \|", at_the_end, re.MULTILINE))
    assert table == set(DIALECTS)


# -- the s7 fidelity readings ------------------------------------------------------------------


def test_filters_literal_match_as_stored_and_never_refuse(api_for: ApiFor) -> None:
    api = api_for("filters-literal")

    def issuers(**params: str) -> list[str]:
        answer = api.get("/api/providers", params=params)
        assert answer.status_code == 200, answer.text
        return sorted(m["issuer"] for m in answer.json())

    assert issuers(jurisdiction="ZERTES") == []
    assert issuers(jurisdiction="CH") == ["IDENTITY.TM"]
    assert issuers(loa="3") == []  # every method is LOA 4: equality finds none
    assert issuers(loa="4") == ["AUTHADA", "IDENTITY.TM", "KLARNA"]
    assert issuers(method="Video") == []
    assert issuers(method="video") == ["IDENTITY.TM"]


@pytest.mark.parametrize(
    ("dialect", "stored"), [("verify-lowercase-404", "eidas"), ("verify-eu-ch-404", "EU")]
)
def test_verify_finds_only_the_stored_spelling(api_for: ApiFor, dialect: str, stored: str) -> None:
    api = api_for(dialect)
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": MOBILE})
    _terminate(api, ref_id)
    for other in {"EIDAS", "EU", "eidas", "eu"} - {stored}:
        answer = api.verify({"jurisdiction": other, "msisdn": MOBILE, "assuranceLevel": "4"})
        assert (answer.status_code, answer.json()["error"]) == (404, "evidence_not_found")
    found = api.verify({"jurisdiction": stored, "msisdn": MOBILE, "assuranceLevel": "4"})
    assert found.status_code == 200 and found.json()["evidenceId"]


def test_verify_needs_token(api_for: ApiFor) -> None:
    api = api_for("verify-needs-token")
    assert _verify(api).status_code == 401
    with_token = api.http.post(
        "/api/evidences/verify",
        headers=api.auth,
        json={"jurisdiction": "EIDAS", "msisdn": MOBILE, "assuranceLevel": 4},
    )
    assert with_token.status_code == 404  # let in: no evidence yet


def test_trailing_slash_redirect(http_for: HttpFor) -> None:
    http = http_for("trailing-slash-redirect")
    moved = http.post("/oauth/token", params=_PARAMS)
    assert (moved.status_code, moved.headers["location"]) == (
        301,
        "/oauth/token/?" + moved.request.url.query.decode(),
    )
    token = http.post("/oauth/token/", params=_PARAMS)
    assert token.status_code == 200
    auth = {"Authorization": f"Bearer {token.json()['access_token']}"}
    assert http.get("/api/providers", headers=auth).status_code == 301
    assert len(http.get("/api/providers/", headers=auth).json()) == 3
    assert http.get("/").status_code == 200  # the index and the ISP pages stay where they are


def test_token_no_scope(http_for: HttpFor) -> None:
    http = http_for("token-no-scope")
    refused = http.post("/oauth/token", params=_PARAMS)
    assert (refused.status_code, refused.json()["error"]) == (400, "invalid_scope")
    without = http.post("/oauth/token", params={k: v for k, v in _PARAMS.items() if k != "scope"})
    assert without.status_code == 200 and without.json()["access_token"]


def test_start_json_only(api_for: ApiFor) -> None:
    api = api_for("start-json-only")
    body = {**KLARNA_PERSON, "mobile": MOBILE}
    vendor = api.start("KLARNA", "bankident", body)
    assert (vendor.status_code, vendor.json()["error"]) == (415, "unsupported_media_type")
    plain = api.http.post("/api/providers/KLARNA/bankident", headers=api.auth, json=body)
    assert plain.status_code == 200 and plain.json()["refId"]
