"""Bandwidth endpoints, and the JSON shape of errors Starlette itself would answer."""

from __future__ import annotations

import pytest

from tests.unit.simulator.conftest import Api, raw_exchange


@pytest.mark.parametrize("size", [0, 1, 65536, 1_000_003])
def test_download_streams_exactly_n_bytes(shared_api: Api, size: int) -> None:
    response = shared_api.http.get("/_sim/bandwidth/download", params={"bytes": size})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-length"] == str(size)
    assert len(response.content) == size


def test_download_arrives_in_chunks(shared_api: Api) -> None:
    with shared_api.http.stream(
        "GET", "/_sim/bandwidth/download", params={"bytes": 1_000_000}
    ) as response:
        sizes = [len(chunk) for chunk in response.iter_raw()]
    assert sum(sizes) == 1_000_000
    assert len(sizes) > 1


@pytest.mark.parametrize("value", [None, "", "-1", "1e6", "lots", "100000001"])
def test_download_size_is_checked(shared_api: Api, value: str | None) -> None:
    params = {} if value is None else {"bytes": value}
    response = shared_api.http.get("/_sim/bandwidth/download", params=params)
    assert response.status_code == 400
    assert response.json()["fields"][0]["field"] == "bytes"


def test_download_at_the_cap_is_allowed(shared_api: Api) -> None:
    with shared_api.http.stream(
        "GET", "/_sim/bandwidth/download", params={"bytes": 100_000_000}
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-length"] == "100000000"


def test_upload_counts_bytes_and_time(shared_api: Api) -> None:
    response = shared_api.http.post("/_sim/bandwidth/upload", content=b"x" * 2_000_000)
    assert response.status_code == 200
    body = response.json()
    assert body["bytes"] == 2_000_000
    assert isinstance(body["seconds"], float) and body["seconds"] >= 0


def test_upload_of_nothing(shared_api: Api) -> None:
    assert shared_api.http.post("/_sim/bandwidth/upload").json()["bytes"] == 0


def test_upload_over_the_cap_is_413(sim_base: str) -> None:
    request = (
        b"POST /_sim/bandwidth/upload HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Content-Length: 200000000\r\n\r\n"
    )
    answer = raw_exchange(sim_base, request)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b'"payload_too_large"' in answer


def test_chunked_body_is_counted_while_reading(sim_base: str) -> None:
    # No Content-Length to check up front: the count while reading decides.
    chunk = b"x" * 70_000
    request = (
        b"POST /api/evidences/verify HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + f"{len(chunk):x}\r\n".encode()
        + chunk
        + b"\r\n0\r\n\r\n"
    )
    answer = raw_exchange(sim_base, request)
    assert answer.startswith(b"HTTP/1.1 413 ")


def test_non_numeric_content_length_is_400(sim_base: str) -> None:
    request = (
        b"POST /api/evidences/verify HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Content-Type: application/json\r\nContent-Length: lots\r\n\r\n{}"
    )
    answer = raw_exchange(sim_base, request)
    assert answer.startswith(b"HTTP/1.1 400 ")


def test_unknown_path_is_a_json_404(shared_api: Api) -> None:
    response = shared_api.http.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["error"] == "not_found"
    assert "/api/nothing-here" in body["message"]


def test_wrong_verb_is_a_json_405(shared_api: Api) -> None:
    response = shared_api.http.put("/api/identifications/x")
    assert response.status_code == 405
    body = response.json()
    assert body["error"] == "method_not_allowed"
    assert "GET" in body["message"] and "DELETE" in body["message"]
    assert "GET" in response.headers["allow"]


def test_index_lists_the_services(shared_api: Api) -> None:
    assert shared_api.http.get("/").json()["idp"] == "/oauth/token"


def test_errors_on_bad_json_everywhere_share_the_shape(shared_api: Api) -> None:
    for path in ("/_sim/faults", "/_sim/clock", "/api/evidences/verify"):
        response = shared_api.http.post(
            path, headers={"Content-Type": "application/json"}, content=b"[1, 2"
        )
        assert response.status_code == 400, path
        assert set(response.json()) == {"error", "message"}
