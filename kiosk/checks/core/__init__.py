"""The readiness check without Qt: probes, runner, per-method verdicts, report."""

from __future__ import annotations

from .addresses import Failure, HostPort
from .check import ReadinessCheck, Report
from .devices import CameraInfo, MediaDevices, MicrophoneInfo, Permission
from .model import Outcome, ProbeName, ProbeResult, Status, TargetResult
from .plan import CheckPlan, Thresholds, make_plan, parse_hosts
from .probes.bandwidth import Window
from .probes.tcp import TcpTarget
from .probes.webrtc import Candidate, WebEngine, WebRtcObservation
from .report import dumps, report_json, report_text
from .runner import Probe, run_probes
from .texts import CONTEXT, QT_TRANSLATE_NOOP, Text
from .verdicts import MethodVerdict, Requirement, probes_for, requirements, verdict, verdicts

__all__ = [
    "CONTEXT",
    "QT_TRANSLATE_NOOP",
    "CameraInfo",
    "Candidate",
    "CheckPlan",
    "Failure",
    "HostPort",
    "MediaDevices",
    "MethodVerdict",
    "MicrophoneInfo",
    "Outcome",
    "Permission",
    "Probe",
    "ProbeName",
    "ProbeResult",
    "ReadinessCheck",
    "Report",
    "Requirement",
    "Status",
    "TargetResult",
    "TcpTarget",
    "Text",
    "Thresholds",
    "WebEngine",
    "WebRtcObservation",
    "Window",
    "dumps",
    "make_plan",
    "parse_hosts",
    "probes_for",
    "report_json",
    "report_text",
    "requirements",
    "run_probes",
    "verdict",
    "verdicts",
]
