"""Token caching and renewal, retries with backoff and Retry-After, and a start never repeated."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from datetime import date

import httpx
import pytest

from kiosk.srs import (
    AuthenticationFailed,
    IdentityData,
    RetryPolicy,
    ServiceUnavailable,
    SrsClient,
    SrsEndpoints,
)
from kiosk.srs.transport import START_ATTEMPTS

from .conftest import CREDENTIALS, FAST_RETRY, Recorder, Sim, endpoints_for


async def test_one_token_for_many_calls(client: SrsClient, recorder: Recorder) -> None:
    started = await client.start("IDENTITY.TM", "video", IdentityData())
    for _ in range(5):
        await client.status(started.ref_id)
    await client.list_methods()
    assert len(recorder.token_requests) == 1
    assert client.token_fetches == 1


async def test_concurrent_callers_share_one_token_fetch(
    client: SrsClient, recorder: Recorder
) -> None:
    await asyncio.gather(*(client.list_methods() for _ in range(10)))
    assert len(recorder.token_requests) == 1


async def test_token_request_uses_http_basic_first(client: SrsClient, recorder: Recorder) -> None:
    """Formerly a form body with the secret; now RFC 6749 §2.3.1 first (the simulator takes it)."""
    await client.list_methods()
    [request] = recorder.token_requests
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["Authorization"].startswith("Basic ")
    assert not request.url.query  # the secret is not in the URL (URLs end up in logs)
    assert b"scope=miss" in request.content
    assert b"grant_type=client_credentials" in request.content
    assert b"secret" not in request.content


async def test_expired_token_is_renewed_once(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    await client.list_methods()
    await sim.expire_tokens()
    assert len(await client.list_methods()) == 3
    assert len(recorder.token_requests) == 2
    refused, repeated = recorder.matching("GET", "/api/providers")[1:]
    assert refused.headers["Authorization"] != repeated.headers["Authorization"]


async def test_burst_after_expiry_fetches_one_new_token(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    await client.list_methods()
    await sim.expire_tokens()
    await asyncio.gather(*(client.list_methods() for _ in range(5)))
    assert len(recorder.token_requests) == 2


async def test_start_is_repeated_once_after_a_refused_token(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    """A 401 means the server did nothing, so repeating even a start is safe."""
    await client.list_methods()
    await sim.expire_tokens()
    started = await client.start("IDENTITY.TM", "video", IdentityData())
    assert len(recorder.matching("POST", "/api/providers/")) == 2
    assert [o["refId"] for o in await sim.orders()] == [started.ref_id]


async def test_token_refused_twice_is_an_authentication_failure(
    sim_url: str, sim: Sim, recorder: Recorder
) -> None:
    async def expire_before_each_api_call(request: httpx.Request) -> None:
        if request.url.path.startswith("/api/providers"):
            await sim.expire_tokens()

    hooks = {"request": [recorder, expire_before_each_api_call]}
    async with (
        httpx.AsyncClient(event_hooks=hooks) as http,
        SrsClient(endpoints_for(sim_url), CREDENTIALS, http=http, retry=FAST_RETRY) as srs,
    ):
        with pytest.raises(AuthenticationFailed) as caught:
            await srs.list_methods()
    assert caught.value.status_code == 401
    assert len(recorder.token_requests) == 2
    assert len(recorder.matching("GET", "/api/providers")) == 2


async def test_5xx_is_retried_then_succeeds(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    started = await client.start("IDENTITY.TM", "video", IdentityData())
    await sim.fault("/api/identifications", "error", status=503, count=2)
    await client.status(started.ref_id)
    assert len(recorder.matching("GET", "/api/identifications")) == 3


async def test_5xx_gives_up_after_the_policy_attempts(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    await sim.fault("/api/identifications", "error", status=502, count=10)
    with pytest.raises(ServiceUnavailable) as caught:
        await client.status("whatever")
    assert caught.value.status_code == 502
    assert len(recorder.matching("GET", "/api/identifications")) == FAST_RETRY.attempts


async def test_dropped_connection_is_retried(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    await sim.fault("/api/providers", "drop", count=1)
    assert len(await client.list_methods()) == 3
    assert len(recorder.matching("GET", "/api/providers")) == 2


async def test_read_timeout_is_retried(
    endpoints: SrsEndpoints, http: httpx.AsyncClient, sim: Sim, recorder: Recorder
) -> None:
    async with SrsClient(endpoints, CREDENTIALS, http=http, retry=FAST_RETRY, timeout_s=0.3) as srs:
        await sim.fault("/api/providers", "delay", delay_s=1.0, count=1)
        assert len(await srs.list_methods()) == 3
    assert len(recorder.matching("GET", "/api/providers")) == 2


async def test_timeouts_until_the_end(
    endpoints: SrsEndpoints, http: httpx.AsyncClient, sim: Sim
) -> None:
    policy = RetryPolicy(attempts=2, base_delay_s=0.01, jitter_s=0.0)
    async with SrsClient(endpoints, CREDENTIALS, http=http, retry=policy, timeout_s=0.2) as srs:
        await srs.list_methods()  # token first, so only the API call times out
        await sim.fault("/api/providers", "delay", delay_s=0.6, count=2)
        # The second attempt runs into the call's deadline (2 x 0.2 s) before its own timeout.
        with pytest.raises(ServiceUnavailable, match=r"did not answer within 0\.4 s"):
            await srs.list_methods()


async def test_retry_after_is_honoured(client: SrsClient, sim: Sim, recorder: Recorder) -> None:
    await client.list_methods()
    await sim.fault("/api/providers", "rate_limit", retry_after=1, count=1)
    began = time.monotonic()
    assert len(await client.list_methods()) == 3
    waited = time.monotonic() - began
    assert waited >= 0.95  # the backoff alone would be ~0.02 s
    assert len(recorder.matching("GET", "/api/providers")) == 3


async def test_retry_after_is_capped_and_reported(
    endpoints: SrsEndpoints, http: httpx.AsyncClient, sim: Sim
) -> None:
    policy = RetryPolicy(attempts=2, base_delay_s=0.01, jitter_s=0.0, max_retry_after_s=0.05)
    async with SrsClient(endpoints, CREDENTIALS, http=http, retry=policy) as srs:
        await sim.fault("/api/providers", "rate_limit", retry_after=7, count=5)
        began = time.monotonic()
        with pytest.raises(ServiceUnavailable) as caught:
            await srs.list_methods()
        assert time.monotonic() - began < 3.0  # not the 7 s asked (a busy machine is slower)
    assert caught.value.status_code == 429
    assert caught.value.retry_after_s == 7.0  # uncapped, for the tracker's schedule
    assert "7 s" in caught.value.message


async def test_start_under_load_is_tried_three_times(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    """Formerly never repeated after a 503. A 503 (like a 429) says nothing was processed, so
    the start goes again, at most START_ATTEMPTS times in all."""
    await sim.fault("/api/providers/", "error", status=503, count=5)
    with pytest.raises(ServiceUnavailable) as caught:
        await client.start("IDENTITY.TM", "video", IdentityData())
    assert caught.value.status_code == 503
    assert len(recorder.matching("POST", "/api/providers/")) == START_ATTEMPTS
    assert await sim.orders() == []


async def test_start_after_a_429_waits_and_succeeds_once(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    await client.list_methods()
    await sim.fault("/api/providers/", "rate_limit", retry_after=1, count=1)
    began = time.monotonic()
    started = await client.start("IDENTITY.TM", "video", IdentityData())
    assert time.monotonic() - began >= 0.95
    assert len(recorder.matching("POST", "/api/providers/")) == 2
    assert [o["refId"] for o in await sim.orders()] == [started.ref_id]


async def test_start_is_not_repeated_after_a_500(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    """A 500 may come after the order was made: never repeated."""
    await sim.fault("/api/providers/", "error", status=500, count=5)
    with pytest.raises(ServiceUnavailable) as caught:
        await client.start("IDENTITY.TM", "video", IdentityData())
    assert caught.value.status_code == 500
    assert len(recorder.matching("POST", "/api/providers/")) == 1


async def test_start_is_not_repeated_after_a_drop(
    client: SrsClient, sim: Sim, recorder: Recorder
) -> None:
    await sim.fault("/api/providers/", "drop", count=5)
    with pytest.raises(ServiceUnavailable, match="closed the connection"):
        await client.start("IDENTITY.TM", "video", IdentityData())
    assert len(recorder.matching("POST", "/api/providers/")) == 1


async def test_start_is_not_repeated_after_a_timeout(
    endpoints: SrsEndpoints, http: httpx.AsyncClient, sim: Sim, recorder: Recorder
) -> None:
    async with SrsClient(endpoints, CREDENTIALS, http=http, retry=FAST_RETRY, timeout_s=0.3) as srs:
        await srs.list_methods()
        await sim.fault("/api/providers/", "delay", delay_s=1.0, count=5)
        with pytest.raises(ServiceUnavailable):
            await srs.start("IDENTITY.TM", "video", IdentityData())
    assert len(recorder.matching("POST", "/api/providers/")) == 1


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


async def test_start_is_retried_when_it_never_left(
    sim_url: str, http: httpx.AsyncClient, recorder: Recorder
) -> None:
    """A refused connection proves the request was not sent, so even a start may retry."""
    down = _closed_port_url()
    endpoints = SrsEndpoints(api_url=down, token_url=sim_url + "/oauth/token", ras_url=sim_url)
    async with SrsClient(endpoints, CREDENTIALS, http=http, retry=FAST_RETRY) as srs:
        with pytest.raises(ServiceUnavailable, match="could not be reached"):
            await srs.start("IDENTITY.TM", "video", IdentityData())
    assert len(recorder.matching("POST", "/api/providers/")) == FAST_RETRY.attempts


async def test_unreachable_service(http: httpx.AsyncClient, recorder: Recorder) -> None:
    async with SrsClient(
        endpoints_for(_closed_port_url()), CREDENTIALS, http=http, retry=FAST_RETRY
    ) as srs:
        with pytest.raises(ServiceUnavailable, match="could not be reached"):
            await srs.list_methods()
    assert len(recorder.token_requests) == FAST_RETRY.attempts


async def test_logs_hold_no_personal_data_or_secrets(
    client: SrsClient, sim: Sim, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    customer = IdentityData(
        first_name="Hieronymus",
        last_name="Zwingli",
        dob=date(1979, 1, 30),
        mobile="+41775383140",
        place_of_birth="Appenzell",
    )
    started = await client.start("KLARNA", "bankident", customer)
    await sim.fault("/api/identifications", "error", count=1)
    await client.status(started.ref_id)
    await sim.force(started.ref_id, "TERMINATED")
    await client.verify("+41775383140", "EIDAS", 4, "cn=Hieronymus Zwingli")
    await client.start("IDENTITY.TM", "video", IdentityData(mobile="+41775383140"))

    token = recorder.matching("GET", "/api/identifications")[0].headers["Authorization"][7:]
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "+41 77 *** ** 40" in text  # the mobile appears, masked
    for secret in (
        "Hieronymus",
        "Zwingli",
        "1979",
        "Appenzell",
        "+41775383140",
        "41775383140",
        "misswaggerclientsecret",
        token,
        started.target_url,
    ):
        assert secret not in text
