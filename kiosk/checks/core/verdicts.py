"""Per-method verdicts: which probes a method needs, read from the catalogue's
``MethodSpec.terminal`` (guide appendix 1), and whether this terminal's results allow it.

Every method needs the SRS connection (the ``srs`` part of ``tcp``, and ``tls`` at the method's
minimum version). A camera, a microphone and bandwidth figures in the requirements add those
probes; hosts to reach add the whole ``tcp`` probe; a web view adds the web engine (``webrtc``'s
``engine`` part), a web view with a camera the whole ``webrtc`` probe; UDP 3478 "recommended"
adds ``stun``, whose failure only warns. A required probe that fails blocks the method; a
warning does not. A skipped probe (nothing to check: training mode's TLS, no endpoint
configured) or one that did not run (a pre-flight's subset) counts neither way: its row in
the report says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kiosk.srs import MethodSpec
from kiosk.srs import find_method_spec as find_spec

from .model import ProbeName, ProbeResult, Status


@dataclass(frozen=True)
class Requirement:
    probe: ProbeName
    facet: str | None = None  # None: the whole probe
    recommended: bool = False  # a failure warns instead of blocking


def requirements(spec: MethodSpec) -> tuple[Requirement, ...]:
    needs = spec.terminal
    found = [
        Requirement(ProbeName.TCP, None if needs.tcp_443_hosts else "srs"),
        Requirement(ProbeName.TLS),
    ]
    if needs.camera_min_resolution is not None:
        found.append(Requirement(ProbeName.CAMERA))
    if needs.microphone:
        found.append(Requirement(ProbeName.MICROPHONE))
    if needs.min_download_mbytes_s is not None:
        found.append(Requirement(ProbeName.DOWNLOAD))
    if needs.min_upload_mbytes_s is not None:
        found.append(Requirement(ProbeName.UPLOAD))
    if needs.web_view:
        video_call = needs.camera_min_resolution is not None or needs.microphone
        found.append(Requirement(ProbeName.WEBRTC, None if video_call else "engine"))
    if needs.tcp_443_hosts:  # the video provider's: TLS 1.2 to each, WebSocket, non-TLS 443
        found += [
            Requirement(ProbeName.TLS_VIDEO),
            Requirement(ProbeName.WEBSOCKET),
            Requirement(ProbeName.NON_TLS_443),
        ]
    if needs.udp_3478_recommended:
        found.append(Requirement(ProbeName.STUN, recommended=True))
    if needs.udp_range_best is not None:
        found.append(Requirement(ProbeName.UDP_HIGH, recommended=True))
    return tuple(found)


def probes_for(specs: Iterable[MethodSpec]) -> tuple[ProbeName, ...]:
    """The probes these methods need, in report order."""
    needed = {r.probe for spec in specs for r in requirements(spec)}
    return tuple(p for p in ProbeName if p in needed)


@dataclass(frozen=True)
class MethodVerdict:
    issuer: str
    method: str
    ready: bool
    blocking: tuple[ProbeName, ...]  # required probes that failed
    warnings: tuple[ProbeName, ...]  # required ones that warned, recommended ones that failed

    @property
    def key(self) -> str:
        return f"{self.issuer}/{self.method}"


def verdict(spec: MethodSpec, results: Mapping[ProbeName, ProbeResult]) -> MethodVerdict:
    blocking: list[ProbeName] = []
    warnings: list[ProbeName] = []
    for need in requirements(spec):
        result = results.get(need.probe)
        status = result.facet(need.facet) if result is not None else Status.SKIPPED
        if status is Status.FAIL and not need.recommended:
            blocking.append(need.probe)
        elif status in (Status.WARN, Status.FAIL):
            warnings.append(need.probe)
    return MethodVerdict(
        spec.issuer, spec.method, not blocking, _unique(blocking), _unique(warnings)
    )


def verdicts(
    specs: Sequence[MethodSpec], results: Iterable[ProbeResult]
) -> tuple[MethodVerdict, ...]:
    by_name = {r.name: r for r in results}
    return tuple(verdict(spec, by_name) for spec in specs)


def enabled_specs(enabled: Iterable[str]) -> tuple[tuple[MethodSpec, ...], tuple[str, ...]]:
    """The catalogue specs for "ISSUER/method" strings, and the strings that match none."""
    specs: list[MethodSpec] = []
    unknown: list[str] = []
    for entry in enabled:
        issuer, _, method = entry.partition("/")
        spec = find_spec(issuer, method) if method else None
        if spec is None:
            unknown.append(entry)
        elif spec not in specs:
            specs.append(spec)
    return tuple(specs), tuple(unknown)


def _unique(names: list[ProbeName]) -> tuple[ProbeName, ...]:
    return tuple(dict.fromkeys(names))
