"""tcp, tls, stun and proxy against real local peers; DNS failures through the `.invalid` TLD
(RFC 2606: never resolves)."""

from __future__ import annotations

import ssl
import time

import pytest

from kiosk.checks.core import HostPort, Status, TcpTarget
from kiosk.checks.core.probes.proxy import probe_proxy, without_credentials
from kiosk.checks.core.probes.stun import probe_stun
from kiosk.checks.core.probes.tcp import probe_tcp
from kiosk.checks.core.probes.tls import probe_tls

from .peers import (
    LocalCA,
    free_tcp_port,
    free_udp_port,
    https_server,
    server_context,
    silent_listener,
)

NOWHERE = "kiosk-readiness.invalid"


async def test_tcp_tells_reachable_refused_dns_and_timeout_apart(sim_url: str) -> None:
    sim = HostPort.parse(sim_url.removeprefix("http://"), 80)
    closed = HostPort("127.0.0.1", free_tcp_port())
    with silent_listener() as silent:
        started = time.perf_counter()
        outcome = await probe_tcp(
            [
                TcpTarget(sim, "srs"),
                TcpTarget(closed, "media"),
                TcpTarget(HostPort(NOWHERE, 443), "media"),
                TcpTarget(HostPort("127.0.0.1", silent), "media"),
            ],
            budget_s=1.5,
        )
        elapsed = time.perf_counter() - started
    outcomes = {t.target: t.outcome for t in outcome.targets}
    assert outcomes[str(sim)].startswith("connected in")
    assert outcomes[str(closed)] == "refused"
    assert outcomes[f"{NOWHERE}:443"] == "DNS: name not found"
    assert outcomes[f"127.0.0.1:{silent}"] == "timed out"
    assert elapsed < 2.5  # every target within the budget, all at once
    assert outcome.status is Status.FAIL
    assert (outcome.value, outcome.threshold, outcome.unit) == (1, 4, "hosts")
    # The SRS connection works, so a method that only needs it is not affected.
    assert outcome.facets == {"srs": Status.PASS, "media": Status.FAIL}
    # Advice for the most basic problem first: the name that does not resolve.
    assert outcome.advice is not None and NOWHERE in str(outcome.advice)
    assert "DNS" in str(outcome.advice)


async def test_tcp_optional_target_only_warns(sim_url: str) -> None:
    sim = HostPort.parse(sim_url.removeprefix("http://"), 80)
    closed = HostPort("127.0.0.1", free_tcp_port())
    outcome = await probe_tcp(
        [TcpTarget(sim, "srs"), TcpTarget(closed, "media", required=False)], budget_s=2
    )
    assert outcome.status is Status.WARN
    assert outcome.facets == {"srs": Status.PASS, "media": Status.WARN}
    assert "refused" in str(outcome.advice)


async def test_tls_1_2_server_passes(test_ca: LocalCA) -> None:
    context = server_context(test_ca, ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_2)
    async with https_server(context) as port:
        outcome = await probe_tls(HostPort("localhost", port), "1.2", 5, cafile=test_ca.ca_file)
    assert outcome.status is Status.PASS
    assert outcome.value == "TLSv1.2"
    assert outcome.threshold == "TLSv1.2"
    assert outcome.advice is None


async def test_tls_1_3_server_passes(test_ca: LocalCA) -> None:
    context = server_context(test_ca, ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3)
    async with https_server(context) as port:
        outcome = await probe_tls(HostPort("localhost", port), "1.2", 5, cafile=test_ca.ca_file)
    assert (outcome.status, outcome.value) == (Status.PASS, "TLSv1.3")


async def test_tls_1_0_1_1_only_server_fails_with_its_version(test_ca: LocalCA) -> None:
    if not hasattr(ssl.TLSVersion, "TLSv1_1"):
        pytest.skip("this Python's ssl module has no TLS 1.1")
    context = server_context(test_ca, ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1)
    async with https_server(context) as port:
        outcome = await probe_tls(HostPort("localhost", port), "1.2", 5, cafile=test_ca.ca_file)
    if outcome.value is None and "protocol" in outcome.detail.casefold():
        pytest.skip(f"this OpenSSL build cannot speak TLS 1.0/1.1 at all: {outcome.detail}")
    assert outcome.status is Status.FAIL
    assert outcome.value == "TLSv1.1"
    assert outcome.advice is not None and "TLSv1.1" in str(outcome.advice)
    assert "1.2" in str(outcome.advice)


async def test_tls_untrusted_certificate_fails(test_ca: LocalCA) -> None:
    context = server_context(test_ca, ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3)
    async with https_server(context) as port:
        outcome = await probe_tls(HostPort("localhost", port), "1.2", 5)  # no test CA
    assert outcome.status is Status.FAIL
    assert "certificate not trusted" in outcome.detail
    assert "date and time" in str(outcome.advice)


async def test_tls_unreachable_and_unknown_hosts_fail_fast() -> None:
    started = time.perf_counter()
    refused = await probe_tls(HostPort("127.0.0.1", free_tcp_port()), "1.2", 5)
    unknown = await probe_tls(HostPort(NOWHERE, 443), "1.2", 5)
    assert time.perf_counter() - started < 2
    assert refused.status is Status.FAIL and "refused" in refused.detail
    assert unknown.status is Status.FAIL and "DNS" in unknown.detail


async def test_tls_in_training_mode_is_skipped_with_a_reason() -> None:
    outcome = await probe_tls(None, "1.2", 5)
    assert outcome.status is Status.SKIPPED
    assert "plain HTTP" in str(outcome.advice)


async def test_stun_against_coturn_reports_rtt_and_mapped_address(stun_port: int) -> None:
    outcome = await probe_stun(HostPort("127.0.0.1", stun_port), 3)
    assert outcome.status is Status.PASS
    assert outcome.unit == "ms"
    assert isinstance(outcome.value, float) and 0 <= outcome.value < 1000
    # Over loopback the server sees us as 127.0.0.1 and some port of ours.
    assert "mapped address 127.0.0.1:" in outcome.detail


async def test_stun_closed_port_fails_fast_as_refused() -> None:
    started = time.perf_counter()
    outcome = await probe_stun(HostPort("127.0.0.1", free_udp_port()), 3)
    # The ICMP error ends it, no retransmissions until the 3-s budget (a busy machine: slower).
    assert time.perf_counter() - started < 2
    assert outcome.status is Status.FAIL
    assert "refused" in outcome.detail
    assert "UDP" in str(outcome.advice)


async def test_stun_unknown_name_and_not_configured() -> None:
    unknown = await probe_stun(HostPort(NOWHERE, 3478), 3)
    assert unknown.status is Status.FAIL and "DNS" in unknown.detail
    assert NOWHERE in str(unknown.advice)
    off = await probe_stun(None, 3)
    assert off.status is Status.SKIPPED and "stun_server" in str(off.advice)


async def test_proxy_none() -> None:
    outcome = await probe_proxy("https://srs.example.test/api", proxies=lambda: {})
    assert (outcome.status, outcome.value) == (Status.PASS, "none")


async def test_proxy_in_use_warns_without_credentials() -> None:
    outcome = await probe_proxy(
        "https://srs.example.test/api",
        proxies=lambda: {"https": "http://branch:s3cret@proxy.bank.test:3128/"},
        bypass=lambda host: False,
    )
    assert outcome.status is Status.WARN
    assert outcome.value == "http://proxy.bank.test:3128"
    assert "s3cret" not in str(outcome.advice) and "s3cret" not in outcome.detail


async def test_proxy_bypassed_host_is_direct() -> None:
    outcome = await probe_proxy(
        "http://127.0.0.1:8480",
        proxies=lambda: {"all": "proxy:8080"},
        bypass=lambda host: host == "127.0.0.1",
    )
    assert outcome.value == "none"


def test_without_credentials_keeps_scheme_host_port() -> None:
    assert without_credentials("socks5://u:p@[2001:db8::2]:1080") == "socks5://[2001:db8::2]:1080"
    assert without_credentials("proxy.bank.test:3128") == "http://proxy.bank.test:3128"
