"""The client against readings of the guide found in the s8 fidelity review
(review-shots/s8/FIDELITY.md): the simulator in a dialect over real HTTP on loopback, or a tiny
starlette SRS of the test's own. Requests are recorded, nothing of ours is mocked."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.srs import (
    AuthenticationFailed,
    EvidenceNotFound,
    IdentityData,
    InvalidInput,
    Jurisdiction,
    MethodFilter,
    MethodType,
    NotFound,
    SrsClient,
)

from .conftest import CREDENTIALS, FAST_RETRY, Case, CaseFor, endpoints_for
from .other_srs import OtherSrs, Reading
from .test_client_calls import KLARNA_CUSTOMER

KLARNA_MOBILE = "+41775383140"
NOBODY = "+41790000001"


# -- 1a: AUTHADA's tokens as a list ----------------------------------------------------------------


async def test_eid_tokens_sent_as_a_list_are_read(case_for: CaseFor) -> None:
    case = await case_for("eid-tokens-list")
    started = await case.client.start("AUTHADA", "eid", IdentityData())
    (order,) = await case.sim.orders()
    assert (started.mobile_token, started.session_token) == (
        order["mobileToken"],
        order["sessionToken"],
    )


async def test_eid_tokens_that_come_late_as_a_list_are_read(case_for: CaseFor) -> None:
    case = await case_for("eid-tokens-list", "late-target-url")
    started = await case.client.start("AUTHADA", "eid", IdentityData())
    assert started.mobile_token is None
    await case.sim.force(started.ref_id, "INITIALIZED")
    status = await case.client.status(started.ref_id)
    (order,) = await case.sim.orders()
    assert (status.mobile_token, status.session_token) == (
        order["mobileToken"],
        order["sessionToken"],
    )


@pytest.mark.parametrize(
    "tokens",
    [
        [{"type": "SESSION", "token": "s"}, {"type": "MOBILE", "token": "m"}],
        [{"name": "Mobile Token", "value": "m"}, {"name": "Session Token", "value": "s"}],
        [{"mobileToken": "m"}, {"sessionToken": "s"}],
    ],
)
async def test_eid_tokens_as_a_list_of_named_entries(
    other: Callable[[Reading], tuple[OtherSrs, SrsClient]], tokens: list[dict[str, str]]
) -> None:
    _, srs = other(Reading(start_answer={"refId": "R-1", "tokens": tokens}))
    started = await srs.start("AUTHADA", "eid", IdentityData())
    assert (started.mobile_token, started.session_token) == ("m", "s")


# -- 1b: Google-style error bodies -----------------------------------------------------------------


async def test_google_style_field_violations_are_read(case_for: CaseFor) -> None:
    case = await case_for("errors-google")
    # The server judges (validate=False): a birth date in the future.
    bad = IdentityData(first_name="Anna", last_name="Muster", dob=date(2999, 1, 30))
    with pytest.raises(InvalidInput) as refused:
        await case.client.start("KLARNA", "bankident", bad, validate=False)
    assert [p.field for p in refused.value.fields] == ["dob"]
    assert refused.value.code == "INVALID_ARGUMENT"
    assert refused.value.status_code == 400


def _google_refusal(field: str) -> dict[str, Any]:
    return {
        "error": {
            "code": 400,
            "status": "INVALID_ARGUMENT",
            "message": "Request contains an invalid argument.",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [{"field": field, "description": "not accepted here"}],
                }
            ],
        }
    }


@pytest.mark.parametrize("named", ["mobile", "mobileNumber", "identity.mobile_number", "MSISDN"])
async def test_an_optional_field_a_google_style_refusal_names_is_left_out(
    other: Callable[[Reading], tuple[OtherSrs, SrsClient]], named: str
) -> None:
    server, srs = other(Reading(start_refusals=[(400, _google_refusal(named))]))
    started = await srs.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert started.left_out == ("mobile",)
    first, second = (
        json.loads(body) for _, _, body in server.requests("/api/providers/KLARNA/bankident")
    )
    assert "mobile" in first and "mobile" not in second


# -- 1c: a verify refused without a text: test_fidelity_dialects.py, with the token's case


# -- the verify body typed as the guide reads (LOA a number, the MSISDN digits) --------------------


async def _klarna_evidence(case: Case) -> str:
    """A Klarna order of KLARNA_MOBILE, terminated with its evidence ready: its Ref-ID."""
    started = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    await case.sim.force(started.ref_id, "TERMINATED")
    case.recorder.requests.clear()
    return started.ref_id


def _verify_bodies(case: Case) -> list[dict[str, Any]]:
    return [json.loads(r.content) for r in case.sent("POST", "/api/evidences/verify")]


async def test_verify_sends_the_loa_as_a_number_once_the_string_is_refused(
    case_for: CaseFor,
) -> None:
    case = await case_for("verify-loa-integer")
    await _klarna_evidence(case)
    assert (await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)).evidence_id
    assert [b["assuranceLevel"] for b in _verify_bodies(case)] == ["4", 4]

    case.recorder.requests.clear()  # learnt: one call, the LOA as a number
    with pytest.raises(EvidenceNotFound):
        await case.client.verify(NOBODY, Jurisdiction.EIDAS, 3)
    assert [b["assuranceLevel"] for b in _verify_bodies(case)] == [3]


async def test_verify_sends_the_msisdn_as_digits_once_the_plus_is_refused(
    case_for: CaseFor,
) -> None:
    case = await case_for("verify-msisdn-digits")
    with pytest.raises(EvidenceNotFound):  # nothing yet: not kept on a 404 alone
        await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    await _klarna_evidence(case)
    assert (await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)).evidence_id
    assert [b["msisdn"] for b in _verify_bodies(case)] == ["+41775383140", "41775383140"]

    case.recorder.requests.clear()  # learnt: one call, digits
    assert (await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)).evidence_id
    assert [b["msisdn"] for b in _verify_bodies(case)] == ["41775383140"]


async def test_a_plain_verify_keeps_the_samples_types(case_for: CaseFor) -> None:
    case = await case_for()
    await _klarna_evidence(case)
    assert (await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)).evidence_id
    (body,) = _verify_bodies(case)
    assert (body["assuranceLevel"], body["msisdn"]) == ("4", "+41775383140")


# -- error bodies as a code and a text -------------------------------------------------------------


async def test_an_error_code_and_message_are_read(case_for: CaseFor) -> None:
    case = await case_for("errors-code-message")
    bad = IdentityData(first_name="Anna", last_name="Muster", dob=date(2999, 1, 30))
    with pytest.raises(InvalidInput) as refused:
        await case.client.start("KLARNA", "bankident", bad, validate=False)
    assert refused.value.code == "INVALID_FIELDS"
    assert "field problem (dob)" in refused.value.message  # the server's own words


async def test_an_error_that_is_a_sentence_is_the_message(
    other: Callable[[Reading], tuple[OtherSrs, SrsClient]],
) -> None:
    refusal = {"error": "externalId is already in use"}
    _, srs = other(Reading(start_refusals=[(400, refusal)]))
    with pytest.raises(InvalidInput) as refused:
        await srs.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert refused.value.message == "externalId is already in use"


# -- answers inside an envelope --------------------------------------------------------------------


async def test_answers_inside_an_envelope_are_read(case_for: CaseFor) -> None:
    case = await case_for("answers-enveloped")
    assert {m.issuer for m in await case.client.list_methods()} == {
        "IDENTITY.TM",
        "AUTHADA",
        "KLARNA",
    }
    started = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert started.ref_id and started.target_url
    await case.sim.force(started.ref_id, "TERMINATED")
    status = await case.client.status(started.ref_id)
    assert status.status.value == "TERMINATED" and status.history
    evidence = await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    (order,) = [o for o in await case.sim.orders() if o["refId"] == started.ref_id]
    assert evidence.evidence_id == order["evidenceId"] and evidence.created_at is not None

    second = await case.client.start("IDENTITY.TM", "video", IdentityData(last_name="Muster"))
    cancelled = await case.client.cancel(second.ref_id)
    assert cancelled.status.value == "CANCELLED" and cancelled.history  # read, not assumed
    raw = await case.sim.http.get("/_sim/orders")  # the control API keeps its own shape
    assert "success" not in raw.json()


# -- the method list's own words ------------------------------------------------------------------


@pytest.mark.parametrize("dialects", [("issuer-as-isp",), ("issuer-as-isp", "methods-by-issuer")])
async def test_methods_whose_issuer_is_named_isp_are_listed(
    case_for: CaseFor, dialects: tuple[str, ...]
) -> None:
    case = await case_for(*dialects)
    methods = await case.client.list_methods()
    assert {(m.issuer, m.method) for m in methods} == {
        ("IDENTITY.TM", "video"),
        ("AUTHADA", "eid"),
        ("KLARNA", "bankident"),
    }
    assert {m.issuer for m in await case.client.list_methods(MethodFilter(issuer=("klarna",)))} == {
        "KLARNA"
    }


async def test_yes_no_flags_as_one_letter_are_read(case_for: CaseFor) -> None:
    case = await case_for("flags-y-n")
    flags = {m.issuer: (m.offline, m.webflow, m.realtime) for m in await case.client.list_methods()}
    assert flags == {
        "IDENTITY.TM": (False, True, True),
        "AUTHADA": (False, False, True),
        "KLARNA": (False, True, True),
    }


# -- a verify answered with the number's evidences -------------------------------------------------


async def test_a_list_of_evidences_gives_the_latest(case_for: CaseFor) -> None:
    case = await case_for("verify-evidence-list")
    with pytest.raises(EvidenceNotFound):  # [] while there is none
        await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    first_ref = await _klarna_evidence(case)
    first = await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    await case.sim.http.post("/_sim/clock", json={"advance_s": 600})
    second_ref = await _klarna_evidence(case)  # the same customer identified again, later
    second = await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)
    assert len(case.sent("POST", "/api/evidences/verify")) == 1
    asked = {"jurisdiction": "EIDAS", "msisdn": KLARNA_MOBILE, "assuranceLevel": "4"}
    listed = (await case.sim.http.post("/api/evidences/verify", json=asked)).json()
    assert len(listed) == 2  # both evidences were in the answer: the client took the latest
    evidence = {o["refId"]: o["evidenceId"] for o in await case.sim.orders()}
    assert (first.evidence_id, second.evidence_id) == (evidence[first_ref], evidence[second_ref])
    assert first.evidence_id != second.evidence_id and second.created_at is not None


async def test_a_list_of_evidences_without_times_gives_the_last(
    other: Callable[[Reading], tuple[OtherSrs, SrsClient]],
) -> None:
    answer = {"evidences": [{"evidenceId": "E-1"}, {"evidenceId": "E-2"}]}
    _, srs = other(Reading(verify_answer=(200, answer)))
    assert (await srs.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)).evidence_id == "E-2"


# -- filters a server names otherwise and refuses -------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (MethodFilter(webflow=True), {"IDENTITY.TM", "KLARNA"}),  # the "web-only" preset
        (MethodFilter(method_type=MethodType.VIDEO), {"IDENTITY.TM"}),  # the "video" preset
        (MethodFilter(jurisdiction=("ZERTES",), realtime=True), {"IDENTITY.TM"}),
    ],
)
async def test_a_refused_filter_is_applied_here(
    case_for: CaseFor, filters: MethodFilter, expected: set[str]
) -> None:
    case = await case_for("filters-strict-names")
    assert {m.issuer for m in await case.client.list_methods(filters)} == expected
    refused, whole = case.sent("GET", "/api/providers")
    assert refused.url.params and not whole.url.params


async def test_filters_the_server_knows_cost_one_call(case_for: CaseFor) -> None:
    case = await case_for("filters-strict-names")
    methods = await case.client.list_methods(MethodFilter(jurisdiction=("ZERTES",), loa=4))
    assert {m.issuer for m in methods} == {"IDENTITY.TM"}
    assert len(case.sent("GET", "/api/providers")) == 1


# -- a token service that reads only JSON ----------------------------------------------------------


async def test_a_token_service_that_reads_only_json_is_found_and_remembered(
    case_for: CaseFor,
) -> None:
    case = await case_for("token-json-only")
    assert await case.client.list_methods()
    *others, sent_json = case.recorder.token_requests
    assert len(others) == 3 and sent_json.headers["Content-Type"] == "application/json"
    assert json.loads(sent_json.content)["grant_type"] == "client_credentials"

    await case.sim.expire_tokens()  # remembered: the next token straight as JSON
    case.recorder.requests.clear()
    assert await case.client.list_methods()
    (renewed,) = case.recorder.token_requests
    assert renewed.headers["Content-Type"] == "application/json"


async def test_wrong_credentials_are_not_tried_as_json(case_for: CaseFor) -> None:
    case = await case_for()
    case.client._tokens._credentials = type(CREDENTIALS)(CREDENTIALS.client_id, "wrong")
    with pytest.raises(AuthenticationFailed) as refused:
        await case.client.list_methods()
    assert refused.value.code == "invalid_client"
    types = [r.headers.get("Content-Type", "") for r in case.recorder.token_requests]
    assert len(types) == 3 and "application/json" not in types


# -- a start answered as a REST resource -----------------------------------------------------------


async def test_a_start_answered_201_with_the_ref_id_as_id(case_for: CaseFor) -> None:
    case = await case_for("start-created-location")
    started = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    (order,) = await case.sim.orders()
    assert started.ref_id == order["refId"] and started.target_url
    assert (await case.client.status(started.ref_id)).ref_id == order["refId"]


async def test_a_start_answered_201_with_only_a_location() -> None:
    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "T", "token_type": "bearer"})

    async def start(request: Request) -> Response:
        return Response(status_code=201, headers={"Location": "/api/identifications/R%2017"})

    app = Starlette(
        routes=[
            Route("/oauth/token", token, methods=["POST"]),
            Route("/api/providers/{issuer}/{method}", start, methods=["POST"]),
        ]
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        srs = SrsClient(endpoints_for("http://srs.test"), CREDENTIALS, http=http, retry=FAST_RETRY)
        started = await srs.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    assert (started.ref_id, started.target_url) == ("R 17", None)  # the URL comes later


# -- status history as stored rows -----------------------------------------------------------------


async def test_history_times_named_as_stored_rows_are_read(case_for: CaseFor) -> None:
    case = await case_for("history-created-at")
    started = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    await case.sim.force(started.ref_id, "TERMINATED")
    status = await case.client.status(started.ref_id)
    assert status.history and status.history[0][0].value == "CREATED"
    assert status.reached_at(status.status) is not None


# -- a cancelled order that is gone ----------------------------------------------------------------


async def test_a_cancelled_order_that_is_gone_is_not_found(case_for: CaseFor) -> None:
    case = await case_for("cancel-deletes")
    started = await case.client.start("IDENTITY.TM", "video", IdentityData(last_name="Muster"))
    assert (await case.client.cancel(started.ref_id)).status.value == "CANCELLED"
    for again in (case.client.status, case.client.cancel):  # a lost answer's retry, a look-up
        with pytest.raises(NotFound) as gone:
            await again(started.ref_id)
        assert gone.value.status_code == 410


# -- the negative end in one word ------------------------------------------------------------------


@pytest.mark.parametrize(
    "dialects", [("status-negative-short",), ("status-negative-short", "status-titlecase")]
)
async def test_a_negative_end_in_one_word_is_final(
    case_for: CaseFor, dialects: tuple[str, ...]
) -> None:
    case = await case_for(*dialects)
    started = await case.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
    await case.sim.force(started.ref_id, "IDENTIFICATION_NEGATIVELY_CONDUCTED", "no match")
    status = await case.client.status(started.ref_id)
    assert status.status.value == "IDENTIFICATION_NEGATIVELY_CONDUCTED" and status.is_final
    assert status.status_text.upper() == "NEGATIVE" and status.reason == "no match"


@pytest.mark.parametrize("word", ["IDENTIFICATION_FAILED", "Identification rejected"])
async def test_identification_failed_is_a_final_word(
    other: Callable[[Reading], tuple[OtherSrs, SrsClient]], word: str
) -> None:
    _, srs = other(Reading(status_answer={"status": word}))
    status = await srs.status("R-1")
    assert status.status.value == "IDENTIFICATION_NEGATIVELY_CONDUCTED"
    assert status.reason == word


# -- a verify that produces only application/json --------------------------------------------------


async def test_a_verify_refusing_the_samples_accept_is_asked_for_json(case_for: CaseFor) -> None:
    case = await case_for("verify-json-only")
    await _klarna_evidence(case)
    assert (await case.client.verify(KLARNA_MOBILE, Jurisdiction.EIDAS, 4)).evidence_id
    vendor, plain = case.sent("POST", "/api/evidences/verify")
    assert vendor.headers["Accept"] == "application/vnd.sc.ras.evidence.v1+json"
    assert plain.headers["Accept"] == "application/json"

    case.recorder.requests.clear()  # remembered: one call, asking for JSON
    with pytest.raises(EvidenceNotFound):
        await case.client.verify(NOBODY, Jurisdiction.EIDAS, 4)
    (only,) = case.sent("POST", "/api/evidences/verify")
    assert only.headers["Accept"] == "application/json"
