"""The report for IT: JSON (``srs-kiosk check --json``, "save report") and plain text.

JSON keeps exactly the documented keys and English advice (``detail`` and ``targets`` say
what was probed: the host names, each one's outcome); the text report can be rendered in
the UI's language by passing its translate function.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Callable
from typing import Any

from kiosk import __version__
from kiosk.i18n import fill

from .check import Report
from .model import ProbeResult, Status, Value
from .texts import QT_TRANSLATE_NOOP, Translate, plain_number, untranslated


def report_json(report: Report) -> dict[str, Any]:
    return {
        "probes": [
            {
                "name": r.name.value,
                "status": r.status.value,
                "value": r.value,
                "unit": r.unit,
                "threshold": r.threshold,
                "advice": r.advice.render() if r.advice else None,
                "duration_s": r.duration_s,
                "detail": r.detail,
                "targets": [
                    {"target": t.target, "status": t.status.value, "outcome": t.outcome}
                    for t in r.targets
                ],
            }
            for r in report.results
        ],
        "methods": [
            {
                "issuer": v.issuer,
                "method": v.method,
                "ready": v.ready,
                "blocking": [p.value for p in v.blocking],
            }
            for v in report.verdicts
        ],
    }


def dumps(report: Report) -> str:
    return json.dumps(report_json(report), ensure_ascii=False, indent=2)


# Words of the text report, marked for translation (context "ReadinessCheck").
STATUS_WORDS = {
    Status.PASS: QT_TRANSLATE_NOOP("ReadinessCheck", "PASS"),
    Status.WARN: QT_TRANSLATE_NOOP("ReadinessCheck", "WARN"),
    Status.FAIL: QT_TRANSLATE_NOOP("ReadinessCheck", "FAIL"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("ReadinessCheck", "SKIPPED"),
}
_TITLE = QT_TRANSLATE_NOOP("ReadinessCheck", "SRS Branch Kiosk: terminal readiness report")
_CREATED = QT_TRANSLATE_NOOP("ReadinessCheck", "Created")
_MODE = QT_TRANSLATE_NOOP("ReadinessCheck", "Mode")
_TRAINING = QT_TRANSLATE_NOOP("ReadinessCheck", "training (built-in simulator)")
_PRODUCTION = QT_TRANSLATE_NOOP("ReadinessCheck", "production")
_DURATION = QT_TRANSLATE_NOOP("ReadinessCheck", "Duration")
_METHODS = QT_TRANSLATE_NOOP("ReadinessCheck", "Identification methods")
_PROBES = QT_TRANSLATE_NOOP("ReadinessCheck", "Checks")
_READY = QT_TRANSLATE_NOOP("ReadinessCheck", "ready")
_NOT_READY = QT_TRANSLATE_NOOP("ReadinessCheck", "NOT READY")
_BLOCKED_BY = QT_TRANSLATE_NOOP("ReadinessCheck", "blocked by")
_WARNINGS = QT_TRANSLATE_NOOP("ReadinessCheck", "warnings")
_NEEDS = QT_TRANSLATE_NOOP("ReadinessCheck", "required")
_NO_METHODS = QT_TRANSLATE_NOOP("ReadinessCheck", "No identification method is enabled.")


# Measured values in words (symbols such as ms, MB/s, px are the same in every language).
_HOSTS_REACHABLE = QT_TRANSLATE_NOOP("ReadinessCheck", "%1 of %2 hosts reachable")
_UNIT_WORDS = {"devices": QT_TRANSLATE_NOOP("ReadinessCheck", "%1 devices")}
_VALUE_WORDS = {"none": QT_TRANSLATE_NOOP("ReadinessCheck", "none")}  # no proxy


def value_text(
    value: Value,
    unit: str,
    threshold: Value = None,
    translate: Translate = untranslated,
    number: Callable[[float], str] = plain_number,
) -> str:
    """A probe's measured value, in the language of ``translate``, its decimal numbers
    written by ``number`` (the screen: in the staff language's format, "389,74" in German)."""

    def t(source: str) -> str:
        return translate("ReadinessCheck", source)

    if value is None:
        return "—"
    if unit == "hosts" and threshold is not None:
        return fill(t(_HOSTS_REACHABLE), str(value), str(threshold))
    shown = number(value) if isinstance(value, float) else str(value)
    if unit in _UNIT_WORDS:
        return fill(t(_UNIT_WORDS[unit]), shown)
    if not unit and shown in _VALUE_WORDS:
        return t(_VALUE_WORDS[shown])
    return f"{shown} {unit}".strip()


def threshold_text(result: ProbeResult, number: Callable[[float], str] = plain_number) -> str:
    """The requirement as "≥ 0.5 MB/s", "≥ 640x480 px", "≥ TLSv1.2"; "" where the value says
    it already (hosts) or there is none. ``number`` writes decimal numbers (see value_text)."""
    if result.threshold is None or result.unit == "hosts":
        return ""
    if isinstance(result.threshold, int):  # a count: "≥ 1", whatever the unit's plural
        return f"≥ {result.threshold}"
    shown = number(result.threshold) if isinstance(result.threshold, float) else result.threshold
    return f"≥ {shown} {result.unit}".strip()


def report_text(report: Report, translate: Translate = untranslated) -> str:
    def t(source: str) -> str:
        return translate("ReadinessCheck", source)

    lines = [
        t(_TITLE),
        "",
        f"{t(_CREATED)}: {report.started_at.isoformat(timespec='seconds')}",
        f"{t(_MODE)}: {t(_TRAINING) if report.training else t(_PRODUCTION)}",
        f"{t(_DURATION)}: {report.duration_s:.1f} s",
        f"srs-kiosk {__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}",
        "",
        t(_METHODS),
    ]
    if not report.verdicts:
        lines.append(f"  {t(_NO_METHODS)}")
    for v in report.verdicts:
        line = f"  {v.key:<22} {t(_READY) if v.ready else t(_NOT_READY)}"
        if v.blocking:
            line += f"; {t(_BLOCKED_BY)}: {', '.join(v.blocking)}"
        if v.warnings:
            line += f"; {t(_WARNINGS)}: {', '.join(v.warnings)}"
        lines.append(line)
    lines += ["", t(_PROBES)]
    for r in report.results:
        measured = value_text(r.value, r.unit, r.threshold, translate)
        needed = threshold_text(r)
        head = f"  [{t(STATUS_WORDS[r.status]):<7}] {r.name.value:<11} {measured}"
        if needed:
            head += f"  ({t(_NEEDS)} {needed})"
        lines.append(f"{head}  {r.duration_s:.2f} s")
        if r.advice is not None:
            lines.append(f"             {r.advice.render(translate)}")
        for target in r.targets:
            lines.append(f"             - {target.target}: {target.outcome}")
        if r.detail and not r.targets:
            lines.append(f"             {r.detail}")
    return "\n".join(lines) + "\n"
