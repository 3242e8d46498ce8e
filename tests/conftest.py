"""Shared fixtures: a live simulator on loopback (real HTTP, real sockets)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.simulator.server import EmbeddedSimulator

# Fixtures shared by the unit and GUI tests of the readiness check (stun_port: a real coturn).
pytest_plugins = ["tests.unit.checks.peers"]


@pytest.fixture
def simulator() -> Iterator[EmbeddedSimulator]:
    """A fresh simulator per test (own orders, tokens, faults), at speed 60."""
    with EmbeddedSimulator(speed=60.0) as sim:
        yield sim


@pytest.fixture
def sim_url(simulator: EmbeddedSimulator) -> str:
    return simulator.base_url
