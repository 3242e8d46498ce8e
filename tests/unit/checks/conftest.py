"""Fixtures for the readiness check: real local peers, and a fake camera/microphone backend
(the only fake: no camera exists where the tests run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .fakes import HD_CAMERA, HEADSET, FakeDevices
from .peers import LocalCA, coturn, coturn_missing, make_ca


@pytest.fixture
def stun_port(tmp_path: Path) -> Iterator[int]:
    """A real STUN server (coturn, STUN only) on 127.0.0.1."""
    reason = coturn_missing()
    if reason:
        pytest.skip(reason)
    with coturn(tmp_path) as port:
        yield port


@pytest.fixture
def test_ca(tmp_path: Path) -> LocalCA:
    return make_ca(tmp_path)


@pytest.fixture
def devices() -> FakeDevices:
    return FakeDevices((HD_CAMERA,), (HEADSET,))
