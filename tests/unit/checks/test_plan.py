"""The plan: what each probe checks against, from settings, endpoints and overrides."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from pydantic import ValidationError

from kiosk.checks.core import HostPort, ProbeName, TcpTarget, make_plan, parse_hosts
from kiosk.checks.core.probes.bandwidth import CLOUDFLARE, SpeedTest
from kiosk.checks.core.probes.websocket import WebSocketTarget
from kiosk.config import Settings
from kiosk.srs import SrsEndpoints

SIM = SrsEndpoints(
    "http://127.0.0.1:8480", "http://127.0.0.1:8480/oauth/token", "http://127.0.0.1:8480"
)
PROD = SrsEndpoints(
    "https://srs.example.test/api",
    "https://idp.example.test/oauth/token",
    "https://srs.example.test/ras",
)


def settings(**checks: object) -> Settings:
    return Settings.model_validate({"checks": checks})


def test_training_mode_points_at_the_simulator() -> None:
    plan = make_plan(settings(), SIM, training=True)
    assert plan.speed_test == SpeedTest.under("http://127.0.0.1:8480/_sim/bandwidth")
    assert plan.tcp_targets == (TcpTarget(HostPort("127.0.0.1", 8480), "srs"),)
    assert plan.tls_target is None  # plain HTTP: nothing to check
    assert plan.video_tls == () and plan.websockets == ()  # the simulator plays the provider
    assert plan.stun == HostPort("stun.cloudflare.com", 3478)
    assert plan.udp_high == HostPort("stun.l.google.com", 19302)
    assert plan.non_tls_peer is None  # no default peer: skipped, said so
    assert plan.training


def test_production_checks_the_srs_hosts_and_the_guide_s_video_hosts() -> None:
    plan = make_plan(settings(), PROD, training=False)
    assert plan.speed_test == CLOUDFLARE  # a speed test without configuration
    assert plan.tls_target == HostPort("srs.example.test", 443)
    srs = [str(t.address) for t in plan.tcp_targets if t.role == "srs"]
    assert srs == ["srs.example.test:443", "idp.example.test:443"]
    media = {str(t.address): t.required for t in plan.tcp_targets if t.role == "media"}
    assert media["api.opentok.com:443"] and media["ws.pusherapp.com:443"]
    assert media["ws.pusherapp.com:80"] is False  # the guide's fallback is WSS on 443
    assert not any("*" in name for name in media)  # a wildcard cannot be connected to
    # TLS 1.2 to each video host on 443; the port-80 fallback is plain WS, not TLS.
    assert [str(h) for h in plan.video_tls] == [
        "static.opentok.com:443",
        "enterprise.opentok.com:443",
        "api.opentok.com:443",
        "anvil.opentok.com:443",
        "ws.pusherapp.com:443",
    ]
    assert plan.video_wildcards == ("*.tokbox.com",)
    assert [(urlsplit(w.url).netloc, w.required) for w in plan.websockets] == [
        ("ws.pusherapp.com:443", True),
        ("ws.pusherapp.com:80", False),
    ]
    assert plan.websockets[0] == WebSocketTarget(
        "wss://ws.pusherapp.com:443/app/srs-kiosk-check?protocol=7"
    )


def test_video_hosts_are_a_configurable_list_and_the_speed_test_can_be_switched_off() -> None:
    configured = settings(
        video_hosts=["api.opentok.com", "media-1.tokbox.com"],
        bandwidth_url="",
        non_tls_peer="turn.bank.test",
        udp_high_peer="",
        websocket_fallback_url="",
    )
    plan = make_plan(configured, PROD, training=False)
    assert plan.speed_test is None
    assert [str(h) for h in plan.video_tls] == ["api.opentok.com:443", "media-1.tokbox.com:443"]
    assert plan.non_tls_peer == HostPort("turn.bank.test", 443)
    assert plan.udp_high is None
    assert [w.required for w in plan.websockets] == [True]
    # Switched off in training mode too, and from the command line.
    assert make_plan(configured, SIM, training=True).speed_test is None
    assert make_plan(settings(), PROD, training=False, bandwidth_url="").speed_test is None
    # A method without video hosts gets neither the configured hosts nor a WebSocket check.
    authada_only = Settings.model_validate(
        {"kiosk": {"enabled_methods": ["AUTHADA/eid"]}, "checks": {"video_hosts": ["a.tokbox.com"]}}
    )
    plain = make_plan(authada_only, PROD, training=False)
    assert plain.video_tls == () and plain.websockets == ()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("udp_high_peer", "stun.example.test:3"),  # not a high port
        ("udp_high_peer", "stun.example.test"),  # no port at all
        ("websocket_url", "https://ws.pusherapp.com"),
        ("video_hosts", ["*.tokbox.com"]),  # a wildcard cannot be connected to
        ("bandwidth_url", "ftp://speed.example.test"),
    ],
)
def test_bad_check_settings_are_refused_with_the_key(key: str, value: object) -> None:
    with pytest.raises(ValidationError, match=key):
        settings(**{key: value})


def test_only_enabled_methods_add_hosts_and_thresholds() -> None:
    authada_only = Settings.model_validate({"kiosk": {"enabled_methods": ["AUTHADA/eid"]}})
    plan = make_plan(authada_only, PROD, training=False)
    assert {t.role for t in plan.tcp_targets} == {"srs"}
    assert [s.method for s in plan.methods] == ["eid"]
    # No enabled method needs a camera: the probe still shows the catalogue's figure.
    assert plan.thresholds.camera == (640, 480)
    assert plan.thresholds.download_mbytes_s == 0.5


def test_settings_and_overrides() -> None:
    configured = settings(
        bandwidth_url="https://speed.example.test/bw/",
        stun_server="turn.bank.test:5349",
        hosts=["a.example.test:8443"],
        tcp_timeout_s=1.5,
    )
    plan = make_plan(configured, PROD, training=False)
    assert plan.speed_test == SpeedTest(
        "https://speed.example.test/bw/download", "https://speed.example.test/bw/upload"
    )
    assert plan.stun == HostPort("turn.bank.test", 5349)
    assert [str(t.address) for t in plan.tcp_targets if t.role == "media"] == [
        "a.example.test:8443"
    ]
    assert plan.timeout(ProbeName.TCP) == 1.5
    overridden = make_plan(
        configured,
        PROD,
        training=False,
        bandwidth_url="http://x.test/bw",
        stun="",
        hosts=parse_hosts("b.example.test,[::1]:80"),
    )
    assert overridden.speed_test == SpeedTest.under("http://x.test/bw")
    assert overridden.stun is None
    assert [str(t.address) for t in overridden.tcp_targets if t.role == "media"] == [
        "b.example.test:443",
        "[::1]:80",
    ]


@pytest.mark.parametrize("text", ["host:0", "host:70000", "[::1", ":443", "host:port"])
def test_malformed_hosts_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hosts(text)
