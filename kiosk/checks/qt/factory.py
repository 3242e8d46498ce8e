"""The readiness check with the Qt backends, for the app, the diagnosis screen and the CLI."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.checks.core import CheckPlan, HostPort, ReadinessCheck, make_plan
from kiosk.config import Settings
from kiosk.services import Backend


def qt_readiness_check(
    settings: Settings,
    backend: Backend,
    *,
    bandwidth_url: str | None = None,
    stun: str | None = None,
    hosts: Sequence[HostPort] | None = None,
) -> ReadinessCheck:
    """The check for these settings against ``backend`` (the simulator in training mode);
    the keyword arguments override the ``[checks]`` settings."""
    plan = make_plan(
        settings,
        backend.endpoints,
        training=backend.training,
        bandwidth_url=bandwidth_url,
        stun=stun,
        hosts=hosts,
    )
    return qt_check_for_plan(plan)


def qt_check_for_plan(plan: CheckPlan) -> ReadinessCheck:
    # QtMultimedia and QtWebEngine load when a check is made: after the kiosk's first paint.
    from .media_devices import QtMediaDevices
    from .webrtc_page import QtWebEngineProbe

    return ReadinessCheck(plan, QtMediaDevices(), QtWebEngineProbe())
