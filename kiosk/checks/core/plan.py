"""What to check and against what: settings, the backend's endpoints and command-line overrides
resolved into one plan.

Training mode points every network probe at the built-in simulator: its bandwidth endpoints,
TCP to its port (the "SRS connection"); TLS, the video hosts' TLS and the WebSocket are skipped,
because the simulator speaks plain HTTP on loopback and plays the video provider itself. The
STUN servers and the non-TLS peer are the configured ones in both modes (what passes UDP and
port 443 is a property of the branch network, not of the SRS). In production the speed test is
the configured one, else Cloudflare's public one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit

from kiosk.config import Settings
from kiosk.srs import METHODS, MethodSpec, SrsEndpoints

from .addresses import HostPort
from .model import ProbeName
from .probes.bandwidth import SpeedTest, Window
from .probes.tcp import TcpTarget
from .probes.websocket import WebSocketTarget
from .verdicts import enabled_specs

STUN_PORT = 3478
NON_TLS_PORT = 443
SIMULATOR_BANDWIDTH_PATH = "/_sim/bandwidth"
# The guide names plain ws:// on port 80 for Pusher and says WSS on 443 works where port 80 is
# blocked: port 80 is checked, but its failure only warns.
PORT_80_FALLBACK_HOSTS = ("ws.pusherapp.com",)


@dataclass(frozen=True)
class Thresholds:
    camera: tuple[int, int]
    download_mbytes_s: float
    upload_mbytes_s: float
    tls: str  # "1.2"

    @classmethod
    def of(cls, specs: Sequence[MethodSpec]) -> Thresholds:
        """The strictest requirement among ``specs``; where none of them has one, the whole
        catalogue's (the probe still runs and shows what a method would need)."""

        def strictest(values: list[float], fallback: list[float]) -> float:
            return max(values or fallback or [0.0])

        terms = [s.terminal for s in specs]
        every = [s.terminal for s in METHODS]
        cameras = [t.camera_min_resolution for t in terms if t.camera_min_resolution]
        cameras = cameras or [t.camera_min_resolution for t in every if t.camera_min_resolution]
        camera = max(cameras, key=lambda r: r[0] * r[1], default=(640, 480))
        down = strictest(
            [t.min_download_mbytes_s for t in terms if t.min_download_mbytes_s],
            [t.min_download_mbytes_s for t in every if t.min_download_mbytes_s],
        )
        up = strictest(
            [t.min_upload_mbytes_s for t in terms if t.min_upload_mbytes_s],
            [t.min_upload_mbytes_s for t in every if t.min_upload_mbytes_s],
        )
        tls = max((t.min_tls for t in terms or every), key=_version, default="1.2")
        return cls(camera, down, up, tls)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdigit())


@dataclass(frozen=True)
class CheckPlan:
    methods: tuple[MethodSpec, ...]  # the enabled methods: the verdicts are about them
    unknown_methods: tuple[str, ...]  # enabled entries the catalogue does not know
    training: bool
    thresholds: Thresholds
    speed_test: SpeedTest | None  # None: switched off
    stun: HostPort | None
    tcp_targets: tuple[TcpTarget, ...]
    tls_target: HostPort | None  # None: nothing to check (training mode)
    proxy_url: str  # the URL whose proxy the proxy probe reports
    video_tls: tuple[HostPort, ...] = ()  # the video hosts' TLS ports (tls_video)
    video_wildcards: tuple[str, ...] = ()  # the guide's patterns they stand for (*.tokbox.com)
    websockets: tuple[WebSocketTarget, ...] = ()
    non_tls_peer: HostPort | None = None  # STUN over plain TCP 443 (non_tls_443)
    udp_high: HostPort | None = None  # STUN on a high UDP port (udp_high)
    window: Window = field(default_factory=Window)
    timeouts: Mapping[ProbeName, float] = field(default_factory=lambda: MappingProxyType({}))
    tls_cafile: Path | None = None  # an extra trust anchor (tests, a private CA)

    def timeout(self, probe: ProbeName) -> float:
        return self.timeouts.get(probe, 10.0)


def _address(url: str) -> HostPort:
    parts = urlsplit(url)
    default = 443 if parts.scheme == "https" else 80
    return HostPort(parts.hostname or "", parts.port or default)


def parse_hosts(text: str) -> tuple[HostPort, ...]:
    """``--hosts`` "host:port,host:port" (port 443 when left out); ValueError when malformed."""
    return tuple(HostPort.parse(item, 443) for item in text.split(",") if item.strip())


def make_plan(
    settings: Settings,
    endpoints: SrsEndpoints,
    *,
    training: bool,
    bandwidth_url: str | None = None,
    stun: str | None = None,
    hosts: Sequence[HostPort] | None = None,
) -> CheckPlan:
    """The plan for these settings and endpoints; the keyword arguments override the
    ``[checks]`` settings (the command line's ``--bandwidth-url``, ``--stun``, ``--hosts``)."""
    checks = settings.checks
    methods, unknown = enabled_specs(settings.kiosk.enabled_methods)
    api = endpoints.api_url
    if bandwidth_url is None and checks.bandwidth_url is not None:
        bandwidth_url = str(checks.bandwidth_url)
    if bandwidth_url is not None:
        speed_test = SpeedTest.under(bandwidth_url) if bandwidth_url else None
    elif training:
        speed_test = SpeedTest.under(api.rstrip("/") + SIMULATOR_BANDWIDTH_PATH)
    else:
        speed_test = SpeedTest(str(checks.download_url), str(checks.upload_url))
    stun_text = checks.stun_server if stun is None else stun
    stun_server = HostPort.parse(stun_text, STUN_PORT) if stun_text else None

    srs = tuple(dict.fromkeys(_address(u) for u in (api, endpoints.token_url, endpoints.ras_url)))
    targets = [TcpTarget(a, "srs") for a in srs]
    if hosts is None and checks.hosts:
        hosts = tuple(HostPort.parse(h, 443) for h in checks.hosts)
    if hosts is not None:
        targets += [TcpTarget(a, "media") for a in hosts if a not in srs]
    elif not training:  # the training simulator plays the video method itself
        for name in _video_hosts(methods, checks.video_hosts):
            targets.append(TcpTarget(HostPort(name, 443), "media"))
            if name in PORT_80_FALLBACK_HOSTS:
                targets.append(TcpTarget(HostPort(name, 80), "media", required=False))
    video = [s for s in methods if s.terminal.tcp_443_hosts]
    websockets = (
        ()
        if training or not video
        else tuple(
            WebSocketTarget(url, required)
            for url, required in (
                (checks.websocket_url, True),
                (checks.websocket_fallback_url, False),
            )
            if url
        )
    )

    timeouts = {
        ProbeName.CAMERA: checks.camera_timeout_s,
        ProbeName.MICROPHONE: checks.microphone_timeout_s,
        ProbeName.DOWNLOAD: checks.download_timeout_s,
        ProbeName.UPLOAD: checks.upload_timeout_s,
        ProbeName.TCP: checks.tcp_timeout_s,
        ProbeName.TLS: checks.tls_timeout_s,
        ProbeName.TLS_VIDEO: checks.tls_video_timeout_s,
        ProbeName.WEBSOCKET: checks.websocket_timeout_s,
        ProbeName.NON_TLS_443: checks.non_tls_timeout_s,
        ProbeName.STUN: checks.stun_timeout_s,
        ProbeName.UDP_HIGH: checks.udp_high_timeout_s,
        ProbeName.WEBRTC: checks.webrtc_timeout_s,
        ProbeName.PROXY: checks.proxy_timeout_s,
    }
    return CheckPlan(
        methods=methods,
        unknown_methods=unknown,
        training=training,
        thresholds=Thresholds.of(methods),
        speed_test=speed_test,
        stun=stun_server,
        tcp_targets=tuple(targets),
        tls_target=None
        if training
        else _address(api)
        if api.startswith("https")
        else HostPort(_address(api).host, 443),
        proxy_url=api,
        video_tls=tuple(t.address for t in targets if t.role == "media" and t.required),
        video_wildcards=tuple(
            dict.fromkeys(w for s in video for w in s.terminal.tcp_443_wildcards)
        ),
        websockets=websockets,
        non_tls_peer=(
            HostPort.parse(checks.non_tls_peer, NON_TLS_PORT) if checks.non_tls_peer else None
        ),
        udp_high=HostPort.parse(checks.udp_high_peer, STUN_PORT) if checks.udp_high_peer else None,
        window=Window(warmup_s=checks.bandwidth_warmup_s, measure_s=checks.bandwidth_measure_s),
        timeouts=MappingProxyType(timeouts),
    )


def _video_hosts(methods: Sequence[MethodSpec], configured: Sequence[str] | None) -> list[str]:
    """The video hosts to reach on TCP 443: the configured names (for a method that needs
    any), else the ones the guide names; a wildcard (*.tokbox.com) cannot be connected to."""
    named = list(dict.fromkeys(h for s in methods for h in s.terminal.tcp_443_hosts))
    if configured is None or not named:
        return named
    return list(dict.fromkeys(configured))
