"""What a probe reports: status, measured value against a threshold, advice for a person."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from .texts import Text


class Status(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


class ProbeName(StrEnum):
    """The probes, in report order (the JSON names)."""

    CAMERA = "camera"
    MICROPHONE = "microphone"
    DOWNLOAD = "download"
    UPLOAD = "upload"
    TCP = "tcp"
    TLS = "tls"
    TLS_VIDEO = "tls_video"
    WEBSOCKET = "websocket"
    NON_TLS_443 = "non_tls_443"
    STUN = "stun"
    UDP_HIGH = "udp_high"
    WEBRTC = "webrtc"
    PROXY = "proxy"


Value = float | int | str | None

_NO_FACETS: Mapping[str, Status] = MappingProxyType({})


@dataclass(frozen=True)
class TargetResult:
    """One host a probe talked to (``tcp``): its own outcome, for the report's details."""

    target: str  # "host:port"
    status: Status
    outcome: str  # "connected in 12 ms", "refused", "DNS: name not found", ...
    role: str = ""  # which facet of the probe it counts for ("srs", "media")


@dataclass(frozen=True)
class Outcome:
    """What a probe finds; the runner adds the name and the duration."""

    status: Status
    value: Value = None
    unit: str = ""
    threshold: Value = None
    advice: Text | None = None
    detail: str = ""  # technical detail for IT (English; the text report and the screen)
    # Parts of the result a method can require alone, e.g. tcp {"srs": pass, "media": fail}.
    facets: Mapping[str, Status] = field(default_factory=lambda: _NO_FACETS)
    targets: tuple[TargetResult, ...] = ()


@dataclass(frozen=True)
class ProbeResult:
    name: ProbeName
    status: Status
    value: Value
    unit: str
    threshold: Value
    advice: Text | None
    duration_s: float
    detail: str = ""
    facets: Mapping[str, Status] = field(default_factory=lambda: _NO_FACETS)
    targets: tuple[TargetResult, ...] = ()

    @classmethod
    def of(cls, name: ProbeName, outcome: Outcome, duration_s: float) -> ProbeResult:
        return cls(
            name,
            outcome.status,
            outcome.value,
            outcome.unit,
            outcome.threshold,
            outcome.advice,
            round(duration_s, 3),
            outcome.detail,
            MappingProxyType(dict(outcome.facets)),
            outcome.targets,
        )

    def facet(self, name: str | None) -> Status:
        """The status of one facet; the whole probe's for ``None`` or when the probe could not
        tell its facets apart (it timed out or crashed); skipped when it did not check it."""
        if name is None or not self.facets:
            return self.status
        return self.facets.get(name, Status.SKIPPED)


def worst(statuses: list[Status] | tuple[Status, ...]) -> Status:
    """fail > warn > pass; all skipped (or none) is skipped."""
    for status in (Status.FAIL, Status.WARN, Status.PASS):
        if status in statuses:
            return status
    return Status.SKIPPED
