"""The guide's video network requirements (appendix 1), each against a real local peer:
TLS 1.2 with every video host (``tls_video``), a WebSocket upgrade (``websocket``), a non-TLS
exchange on a TCP port (``non_tls_443``: coturn's STUN over TCP, and an "SSL-only" gate that
cuts it), STUN on a high UDP port (``udp_high``: coturn over UDP). Nothing but loopback."""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from websockets.asyncio.server import ServerConnection, serve

from kiosk.checks.core import HostPort, ProbeName, ReadinessCheck, Status, make_plan, report_json
from kiosk.checks.core.probes.non_tls import probe_non_tls
from kiosk.checks.core.probes.tls_video import probe_tls_video
from kiosk.checks.core.probes.udp_high import probe_udp_high
from kiosk.checks.core.probes.websocket import WebSocketTarget, probe_websocket
from kiosk.config import Settings
from kiosk.srs import SrsEndpoints

from .peers import (
    LocalCA,
    free_tcp_port,
    free_udp_port,
    http_answer,
    http_peer,
    https_server,
    server_context,
    silent_listener,
    tls_only_gate,
)

TLS = ssl.TLSVersion


# tls_video


async def test_tls_video_passes_when_every_host_agrees_tls_1_2(test_ca: LocalCA) -> None:
    modern = server_context(test_ca, TLS.TLSv1_2, TLS.TLSv1_2)
    newest = server_context(test_ca, TLS.TLSv1_2, TLS.TLSv1_3)
    async with https_server(modern) as one, https_server(newest) as two:
        hosts = [HostPort("localhost", one), HostPort("127.0.0.1", two)]
        outcome = await probe_tls_video(
            hosts, "1.2", 5, cafile=test_ca.ca_file, wildcards=("*.tokbox.com",)
        )
    assert outcome.status is Status.PASS and outcome.advice is None
    assert outcome.value == "TLSv1.2"  # the weakest agreed
    assert [t.outcome.split(",")[0] for t in outcome.targets] == ["TLSv1.2", "TLSv1.3"]
    # The report says which names were probed, and that none stood for the wildcard.
    assert f"probed: localhost:{one}, 127.0.0.1:{two}" in outcome.detail
    assert "for *.tokbox.com: no name given ([checks] video_hosts)" in outcome.detail


async def test_tls_video_names_the_host_that_only_speaks_tls_1_1(test_ca: LocalCA) -> None:
    old = server_context(test_ca, TLS.TLSv1_1, TLS.TLSv1_1)
    modern = server_context(test_ca, TLS.TLSv1_2, TLS.TLSv1_3)
    async with https_server(old) as legacy, https_server(modern) as fine:
        outcome = await probe_tls_video(
            [HostPort("localhost", fine), HostPort("localhost", legacy)],
            "1.2",
            5,
            cafile=test_ca.ca_file,
        )
    assert outcome.status is Status.FAIL
    assert outcome.value == "TLSv1.1"
    advice = str(outcome.advice)
    assert f"localhost:{legacy}" in advice and f"localhost:{fine}" not in advice
    assert "TLS 1.2 or newer" in advice and "TCP to each of them on the port shown" in advice
    statuses = {t.target: t.status for t in outcome.targets}
    assert statuses == {f"localhost:{fine}": Status.PASS, f"localhost:{legacy}": Status.FAIL}


async def test_tls_video_unreachable_and_silent_hosts_fail_within_the_budget(
    test_ca: LocalCA,
) -> None:
    closed = HostPort("127.0.0.1", free_tcp_port())
    with silent_listener() as port:
        silent = HostPort("127.0.0.1", port)
        started = time.perf_counter()
        outcome = await probe_tls_video([closed, silent], "1.2", 1.0, cafile=test_ca.ca_file)
        assert time.perf_counter() - started < 1.8
    assert outcome.status is Status.FAIL and outcome.value is None
    assert {t.target: t.outcome for t in outcome.targets} == {
        str(closed): "refused",
        str(silent): "timed out",
    }
    assert str(closed) in str(outcome.advice) and str(silent) in str(outcome.advice)


async def test_tls_video_host_that_speaks_something_else_fails(test_ca: LocalCA) -> None:
    async def banner(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"SSH-2.0-OpenSSH_9.6\r\n")  # not TLS, whatever the port says
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(banner, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        outcome = await probe_tls_video(
            [HostPort("127.0.0.1", port)], "1.2", 3, cafile=test_ca.ca_file
        )
    assert outcome.status is Status.FAIL and outcome.value is None
    assert f"127.0.0.1:{port}" in str(outcome.advice)
    assert "TLS 1.2 or newer could not be agreed" in str(outcome.advice)


async def test_tls_video_without_hosts_is_skipped() -> None:
    outcome = await probe_tls_video([], "1.2", 1)
    assert outcome.status is Status.SKIPPED and "training mode" in str(outcome.advice)


# websocket


async def _echo(connection: ServerConnection) -> None:
    async for message in connection:
        await connection.send(message)


@asynccontextmanager
async def websocket_server(context: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    async with serve(_echo, "127.0.0.1", 0, ssl=context) as server:
        yield int(next(iter(server.sockets)).getsockname()[1])


async def test_websocket_upgrades_over_wss_and_ws(test_ca: LocalCA) -> None:
    context = server_context(test_ca, TLS.TLSv1_2, TLS.TLSv1_3)
    async with websocket_server(context) as secure, websocket_server() as plain:
        outcome = await probe_websocket(
            [
                WebSocketTarget(f"wss://localhost:{secure}/app/key?protocol=7"),
                WebSocketTarget(f"ws://127.0.0.1:{plain}/app/key?protocol=7", required=False),
            ],
            5,
            cafile=test_ca.ca_file,
        )
    assert outcome.status is Status.PASS, outcome
    assert (outcome.value, outcome.threshold) == (2, 2)
    assert all(t.outcome.startswith("upgraded in") for t in outcome.targets)


async def test_a_blocked_plain_ws_fallback_only_warns_naming_host_and_port(
    test_ca: LocalCA,
) -> None:
    context = server_context(test_ca, TLS.TLSv1_2, TLS.TLSv1_3)
    closed = free_tcp_port()
    async with websocket_server(context) as secure:
        outcome = await probe_websocket(
            [
                WebSocketTarget(f"wss://localhost:{secure}/"),
                WebSocketTarget(f"ws://127.0.0.1:{closed}/", required=False),
            ],
            5,
            cafile=test_ca.ca_file,
        )
    assert outcome.status is Status.WARN
    advice = str(outcome.advice)
    assert f"TCP port {closed} to 127.0.0.1" in advice and "WS, plain WebSocket" in advice
    assert "still work over WSS" in advice


async def test_an_http_answer_instead_of_an_upgrade_fails() -> None:
    # A proxy that serves HTTP but does not pass the upgrade: a 200 page, not 101.
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> bytes:
        return http_answer("200 OK", b"<html>proxy says hello</html>")

    async with http_peer(answer) as base:
        url = base.replace("http://", "ws://") + "/app/key"
        outcome = await probe_websocket([WebSocketTarget(url)], 5)
    assert outcome.status is Status.FAIL
    assert outcome.targets[0].outcome == "HTTP 200 OK instead of 101"
    advice = str(outcome.advice)
    assert url in advice and "WebSocket upgrades" in advice and "TCP port" in advice


async def test_a_lying_upgrade_fails() -> None:
    # 101 with a made-up Sec-WebSocket-Accept: not a WebSocket server, whatever it says.
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> bytes:
        return (
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Accept: bm90IHRoZSByaWdodCBrZXk=\r\n\r\n"
        )

    async with http_peer(answer) as base:
        outcome = await probe_websocket([WebSocketTarget(base.replace("http", "ws"))], 5)
    assert outcome.status is Status.FAIL
    assert "no WebSocket upgrade" in outcome.targets[0].outcome


async def test_websocket_refused_silent_and_unknown_fail_within_the_budget() -> None:
    closed = free_tcp_port()
    with silent_listener() as silent:
        started = time.perf_counter()
        outcome = await probe_websocket(
            [
                WebSocketTarget(f"wss://127.0.0.1:{closed}/"),
                WebSocketTarget(f"wss://127.0.0.1:{silent}/"),
                WebSocketTarget("wss://ws.kiosk-readiness.invalid/"),
            ],
            1.0,
        )
        assert time.perf_counter() - started < 1.8
    outcomes = [t.outcome for t in outcome.targets]
    assert outcomes == ["refused", "timed out", "DNS: name not found"]
    assert outcome.status is Status.FAIL and outcome.value == 0


# non_tls_443


async def test_stun_over_tcp_to_coturn_passes(stun_port: int) -> None:
    outcome = await probe_non_tls(HostPort("127.0.0.1", stun_port), 3)
    assert outcome.status is Status.PASS, outcome
    assert isinstance(outcome.value, float) and outcome.unit == "ms"
    assert "STUN over TCP answered, mapped address 127.0.0.1:" in outcome.detail


async def test_an_ssl_only_firewall_that_cuts_non_tls_bytes_fails_with_advice_for_it() -> None:
    async with tls_only_gate() as port:
        outcome = await probe_non_tls(HostPort("127.0.0.1", port), 3)
    assert outcome.status is Status.FAIL
    advice = str(outcome.advice)
    assert f"127.0.0.1 on TCP port {port} opened, but was" in advice
    assert "only TLS (HTTPS)" in advice
    assert f"allow all outgoing TCP traffic to port {port}" in advice


async def test_a_gate_that_holds_non_tls_bytes_fails_within_the_budget() -> None:
    async with tls_only_gate(hold=True) as port:
        started = time.perf_counter()
        outcome = await probe_non_tls(HostPort("127.0.0.1", port), 1.0)
        assert time.perf_counter() - started < 1.5
    assert outcome.status is Status.FAIL
    assert "gave no answer" in str(outcome.advice)


async def test_a_peer_that_answers_something_else_is_no_pass() -> None:
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> bytes:
        return http_answer("400 Bad Request", b"plain HTTP request sent to HTTPS port")

    async with http_peer(answer) as base:
        port = int(base.rpartition(":")[2])
        # http_peer waits for a blank line: a STUN request has none, so it answers nothing.
        outcome = await probe_non_tls(HostPort("127.0.0.1", port), 1.0)
    assert outcome.status is Status.FAIL


async def test_non_tls_unreachable_peer_and_no_peer() -> None:
    closed = free_tcp_port()
    outcome = await probe_non_tls(HostPort("127.0.0.1", closed), 2)
    assert outcome.status is Status.FAIL
    assert f"127.0.0.1:{closed} could not be reached (refused)" in str(outcome.advice)
    assert f"TCP port {closed} to 127.0.0.1" in str(outcome.advice)
    skipped = await probe_non_tls(None, 2)
    assert skipped.status is Status.SKIPPED and "non_tls_peer" in str(skipped.advice)


# udp_high


async def test_stun_on_a_high_udp_port_passes(stun_port: int) -> None:
    assert stun_port >= 1025
    outcome = await probe_udp_high(HostPort("127.0.0.1", stun_port), 3)
    assert outcome.status is Status.PASS, outcome
    assert f"UDP 127.0.0.1:{stun_port}: mapped address 127.0.0.1:" in outcome.detail


async def test_udp_high_blocked_or_silent_only_warns_within_the_budget() -> None:
    closed = free_udp_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        started = time.perf_counter()
        quiet, refused = await asyncio.gather(
            probe_udp_high(HostPort("127.0.0.1", port), 1.0),
            probe_udp_high(HostPort("127.0.0.1", closed), 1.0),
        )
        assert time.perf_counter() - started < 1.5
    assert quiet.status is Status.WARN and refused.status is Status.WARN
    assert quiet.detail.endswith("timed out")
    assert f"at least to 127.0.0.1 on UDP port {closed}" in str(refused.advice)
    assert "1025–65535" in str(refused.advice)


# the whole check: the plan's targets, the verdict, the JSON report


async def test_production_check_blocks_video_on_the_guide_s_network_requirements(
    test_ca: LocalCA,
) -> None:
    old = server_context(test_ca, TLS.TLSv1_1, TLS.TLSv1_1)
    modern = server_context(test_ca, TLS.TLSv1_2, TLS.TLSv1_3)
    srs = f"https://127.0.0.1:{free_tcp_port()}"  # loopback only, nothing reaches out
    async with (
        https_server(old) as legacy,
        websocket_server(modern) as wss,
        tls_only_gate() as gate,
    ):
        settings = Settings.model_validate(
            {
                "checks": {
                    "hosts": [f"localhost:{legacy}"],
                    "websocket_url": f"wss://localhost:{wss}/app/k",
                    "websocket_fallback_url": "",
                    "non_tls_peer": f"127.0.0.1:{gate}",
                    "udp_high_peer": "",
                    "stun_server": "",
                    "bandwidth_url": "",
                }
            }
        )
        plan = make_plan(settings, SrsEndpoints(srs, f"{srs}/token", srs), training=False)
        check = ReadinessCheck(replace(plan, tls_cafile=test_ca.ca_file))
        report = await check.run(
            only=[
                ProbeName.TLS_VIDEO,
                ProbeName.WEBSOCKET,
                ProbeName.NON_TLS_443,
                ProbeName.UDP_HIGH,
            ]
        )
    video = report.verdict_for("IDENTITY.TM", "video")
    assert video is not None and not video.ready
    assert video.blocking == (ProbeName.TLS_VIDEO, ProbeName.NON_TLS_443)
    probes = {p["name"]: p for p in report_json(report)["probes"]}
    assert probes["websocket"]["status"] == "pass"
    assert probes["udp_high"]["status"] == "skipped"
    [probed] = probes["tls_video"]["targets"]  # the report names what was probed
    assert (probed["target"], probed["status"]) == (f"localhost:{legacy}", "fail")
    assert probed["outcome"].startswith("TLSv1.1")
    assert "for *.tokbox.com: no name given" in probes["tls_video"]["detail"]
    assert f"TCP port {gate}" in probes["non_tls_443"]["advice"]
    # Methods without video hosts do not need any of it.
    authada = report.verdict_for("AUTHADA", "eid")
    assert authada is not None and authada.ready
