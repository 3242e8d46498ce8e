"""The staff's diagnosis screen: the readiness check, filling in as probes finish."""

from __future__ import annotations

from .widget import DiagnosisWidget

__all__ = ["DiagnosisWidget"]
