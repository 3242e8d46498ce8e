"""The whole check without Qt: every probe against the training simulator, the fake device
backend, no web engine; a pre-flight runs only what its method needs; nothing outlasts its
timeout."""

from __future__ import annotations

import socket
import time
from dataclasses import replace

from kiosk.checks.core import ProbeName, ReadinessCheck, Status, Window, make_plan
from kiosk.config import Settings
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import SrsEndpoints
from kiosk.srs.catalogue import EID_AUTHADA

from .fakes import FakeDevices


def training_check(
    simulator: EmbeddedSimulator, devices: FakeDevices, stun: str, **checks: object
) -> ReadinessCheck:
    url = simulator.base_url
    checks.setdefault("udp_high_peer", "")  # tests reach nothing but loopback
    settings = Settings.model_validate({"checks": checks})
    plan = make_plan(
        settings, SrsEndpoints(url, f"{url}/oauth/token", url), training=True, stun=stun
    )
    return ReadinessCheck(replace(plan, window=Window(warmup_s=0.2, measure_s=0.5)), devices)


async def test_full_check_in_training_mode(
    simulator: EmbeddedSimulator, devices: FakeDevices, stun_port: int
) -> None:
    heard: list[ProbeName] = []
    peer = f"127.0.0.1:{stun_port}"  # coturn: STUN on UDP and TCP
    report = await training_check(
        simulator, devices, peer, udp_high_peer=peer, non_tls_peer=peer
    ).run(lambda r: heard.append(r.name))
    assert sorted(heard) == sorted(ProbeName)
    statuses = {r.name: r.status for r in report.results}
    assert statuses == {
        ProbeName.CAMERA: Status.PASS,
        ProbeName.MICROPHONE: Status.PASS,
        ProbeName.DOWNLOAD: Status.PASS,
        ProbeName.UPLOAD: Status.PASS,
        ProbeName.TCP: Status.PASS,
        ProbeName.TLS: Status.SKIPPED,
        ProbeName.STUN: Status.PASS,
        # Training mode: the simulator plays the video provider, no video host to check.
        ProbeName.TLS_VIDEO: Status.SKIPPED,
        ProbeName.WEBSOCKET: Status.SKIPPED,
        ProbeName.NON_TLS_443: Status.PASS,
        ProbeName.UDP_HIGH: Status.PASS,
        ProbeName.WEBRTC: Status.SKIPPED,
        ProbeName.PROXY: Status.PASS,
    }
    webrtc = report.result(ProbeName.WEBRTC)
    assert webrtc is not None and "graphical application" in str(webrtc.advice)
    assert report.all_ready and report.training
    assert [v.key for v in report.verdicts] == [
        "IDENTITY.TM/video",
        "AUTHADA/eid",
        "KLARNA/bankident",
    ]


async def test_preflight_runs_only_what_the_method_needs(simulator: EmbeddedSimulator) -> None:
    heard: list[ProbeName] = []
    check = training_check(simulator, FakeDevices(), "")
    verdict = await check.preflight(EID_AUTHADA, lambda r: heard.append(r.name))
    assert sorted(heard) == [ProbeName.TCP, ProbeName.TLS]
    assert verdict.ready and verdict.key == "AUTHADA/eid"


async def test_a_silent_stun_server_ends_within_the_probe_s_timeout(
    simulator: EmbeddedSimulator, devices: FakeDevices
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:  # receives, never answers
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        check = training_check(simulator, devices, f"127.0.0.1:{port}", stun_timeout_s=1.5)
        started = time.perf_counter()
        report = await check.run(only=[ProbeName.STUN])
    assert time.perf_counter() - started < 2.0
    stun = report.result(ProbeName.STUN)
    assert stun is not None and stun.status is Status.FAIL
    assert stun.detail.endswith("timed out")  # the probe's own words, not the runner's
    assert "UDP" in str(stun.advice)
