"""Fixtures for the readiness check: real local peers, and a fake camera/microphone backend
(the only fake: no camera exists where the tests run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fakes import HD_CAMERA, HEADSET, FakeDevices
from .peers import LocalCA, make_ca


@pytest.fixture
def test_ca(tmp_path: Path) -> LocalCA:
    return make_ca(tmp_path)


@pytest.fixture
def devices() -> FakeDevices:
    return FakeDevices((HD_CAMERA,), (HEADSET,))
