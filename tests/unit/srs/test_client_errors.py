"""Each error class, provoked through the live simulator (and our own checks before sending)."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from kiosk.srs import (
    AuthenticationFailed,
    ClientCredentials,
    IdentityData,
    InvalidInput,
    Jurisdiction,
    MalformedResponse,
    MethodType,
    NotFound,
    SrsClient,
    SrsEndpoints,
    Status,
)

from .conftest import CREDENTIALS, FAST_RETRY, Recorder, Sim


async def test_bad_credentials(endpoints: SrsEndpoints, http: httpx.AsyncClient) -> None:
    wrong = ClientCredentials("misswaggerclient", "not-the-secret")
    async with SrsClient(endpoints, wrong, http=http, retry=FAST_RETRY) as srs:
        with pytest.raises(AuthenticationFailed) as caught:
            await srs.list_methods()
    error = caught.value
    assert "client ID or secret was refused" in error.message
    assert error.code == "invalid_client"
    assert error.status_code == 401
    assert "not-the-secret" not in str(error)


async def test_unknown_client_id(endpoints: SrsEndpoints, http: httpx.AsyncClient) -> None:
    async with SrsClient(
        endpoints, ClientCredentials("nobody", "x"), http=http, retry=FAST_RETRY
    ) as srs:
        with pytest.raises(AuthenticationFailed):
            await srs.status("anything")


async def test_unknown_ref_id(client: SrsClient) -> None:
    with pytest.raises(NotFound) as caught:
        await client.status("no-such-ref")
    assert caught.value.status_code == 404
    with pytest.raises(NotFound):
        await client.cancel("no-such-ref")


async def test_unknown_method(client: SrsClient) -> None:
    with pytest.raises(NotFound):
        await client.start("NOBODY", "video", IdentityData())


async def test_invalid_input_is_caught_before_sending(
    client: SrsClient, recorder: Recorder
) -> None:
    bad = IdentityData(first_name="Peter", dob=date(2999, 1, 1), mobile="0791234567")
    with pytest.raises(InvalidInput) as caught:
        await client.start("KLARNA", "bankident", bad)
    assert {p.field for p in caught.value.fields} == {"last_name", "dob", "mobile"}
    assert recorder.requests == []  # not even a token was fetched


async def test_servers_own_checks_name_each_field(client: SrsClient) -> None:
    """With our checks off, the server's 422 comes back with the same field names."""
    bad = IdentityData(first_name="P3ter", mobile="0791234567", country="ch")
    with pytest.raises(InvalidInput) as caught:
        await client.start("KLARNA", "bankident", bad, validate=False)
    error = caught.value
    assert error.status_code == 422
    fields = {p.field for p in error.fields}
    assert fields == {"first_name", "mobile", "country", "last_name", "dob"}
    assert all(p.problem for p in error.fields)


async def test_server_refuses_data_a_method_does_not_take(client: SrsClient) -> None:
    with pytest.raises(InvalidInput) as caught:
        await client.start("AUTHADA", "eid", IdentityData(last_name="Muster"), validate=False)
    assert [p.field for p in caught.value.fields] == ["last_name"]


async def test_verify_input_checked_before_sending(client: SrsClient, recorder: Recorder) -> None:
    with pytest.raises(InvalidInput) as caught:
        await client.verify("079 123 45 67", "MARS", 5)
    assert [p.field for p in caught.value.fields] == ["msisdn", "jurisdiction", "loa"]
    assert recorder.requests == []


async def test_malformed_body(client: SrsClient, sim: Sim) -> None:
    started = await client.start("IDENTITY.TM", "video", IdentityData())
    await sim.fault("/api/identifications", "malformed")
    with pytest.raises(MalformedResponse, match="not JSON"):
        await client.status(started.ref_id)


async def test_wrong_shape_names_the_missing_field(sim_url: str, http: httpx.AsyncClient) -> None:
    """A token URL pointing at the wrong endpoint: JSON, but not a token."""
    endpoints = SrsEndpoints(sim_url, sim_url + "/_sim/bandwidth/upload", sim_url)
    async with SrsClient(endpoints, CREDENTIALS, http=http, retry=FAST_RETRY) as srs:
        with pytest.raises(MalformedResponse, match="'access_token' is missing"):
            await srs.list_methods()


def _response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b'{"refId": "r", "issuer": "KLARNA", "method": "bankident"}', "'status' is missing"),
        (b'{"refId": "r", "status": null}', "'status' is missing"),
        (b"[]", "wrong shape"),
        (b"<html>502 Bad Gateway</html>", "not JSON"),
    ],
)
def test_status_parser_names_what_is_wrong(body: bytes, words: str) -> None:
    """Only the status is required of a status answer (the kiosk knows the ref id it asked)."""
    from kiosk.srs.wire import parse_status

    with pytest.raises(MalformedResponse, match=words):
        parse_status(_response(body), "the SRS status of r", ref_id="r")


def test_status_parser_takes_what_it_can() -> None:
    """Formerly refused: an unknown status text and a history entry with an unreadable time.
    Now the status is IN_PROGRESS, shown as given, and the bad entry is skipped."""
    from kiosk.srs.wire import parse_status

    body = (
        b'{"refId": "r", "issuer": "K", "method": "b", "status": "DONE?", "mobile": null,'
        b' "statuses": [{"status": "CREATED", "at": "yesterday"},'
        b' {"status": "Initialized", "date": "2026-11-28T10:00:00Z"}, 7, null]}'
    )
    status = parse_status(_response(body), "the SRS status of r", ref_id="r")
    assert status.status is Status.IN_PROGRESS
    assert status.status_text == "DONE?"
    assert not status.is_final
    assert [s for s, _ in status.history] == [Status.INITIALIZED]


def test_method_list_keeps_a_method_with_one_bad_attribute() -> None:
    """Formerly a MalformedResponse naming '0.loa'; now the LOA reads as unknown (None)."""
    from kiosk.srs.wire import parse_methods

    body = (
        b'[{"issuer": "KLARNA", "method": "bankident", "methodType": "Bankident", "name": "x",'
        b' "jurisdictions": ["EIDAS"], "loa": "four", "offline": false, "webflow": true,'
        b' "realtime": true}]'
    )
    [method] = parse_methods(_response(body), "the SRS method list")
    assert method.loa is None
    assert method.known_type is MethodType.BANKIDENT
    assert method.webflow is True


def test_method_of_unknown_type_is_listed() -> None:
    """Formerly skipped; the guide says the type list "will be updated regularly"."""
    from kiosk.srs.wire import parse_methods

    body = (
        b'[{"issuer": "POST", "method": "counter", "methodType": "Offline", "name": "x",'
        b' "jurisdictions": ["ZERTES", "MARS"], "loa": 3, "offline": true, "webflow": false,'
        b' "realtime": false}]'
    )
    [method] = parse_methods(_response(body), "the SRS method list")
    assert method.method_type == "Offline"
    assert method.known_type is None
    assert method.jurisdictions == (Jurisdiction.ZERTES,)
