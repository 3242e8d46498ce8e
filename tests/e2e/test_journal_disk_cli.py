"""`srs-kiosk identify` with its journal on a full disk or a read-only file system (issue 17
item 11), for real: SRS_KIOSK_DATA_DIR on a small tmpfs (tests.tmpfs). A clear message, exit
code 2, and no order left running at the SRS that no journal knows."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator
from tests.e2e.test_tracking_cli import config, env, kiosk, sim_orders  # noqa: F401 (fixtures)
from tests.tmpfs import Tmpfs

IDENTIFY = (
    "identify",
    "AUTHADA/eid",
    "--mobile",
    "+41791150070",
    "--external-id",
    "SIM-WAIT",
    "--json",
)


@pytest.fixture
def on_tmpfs(env: dict[str, str], config: Path, tmpfs: Tmpfs) -> dict[str, str]:  # noqa: F811
    """The environment with the data folder on the tmpfs, its journal made (format 5)."""
    moved = {**env, "SRS_KIOSK_DATA_DIR": str(tmpfs.path)}
    made = kiosk(moved, config, "orders")
    assert made.returncode == 0, made.stderr
    assert (tmpfs.path / "journal.sqlite").exists()
    return moved


def assert_refused_cleanly(
    result: subprocess.CompletedProcess[str], simulator: EmbeddedSimulator, words: str
) -> None:
    assert result.returncode == 2, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
    assert "configuration error" not in result.stderr  # a disk problem, not a setting
    on_sim = sim_orders(simulator)
    # Never sent (the journal could not be opened or take the intent), or its order cancelled.
    if on_sim:
        assert "it was cancelled" in result.stderr
        assert [o["status"] for o in on_sim.values()] == ["CANCELLED"]
    assert '"refId"' not in result.stdout


def test_identify_on_a_full_disk_starts_nothing_left_running(
    on_tmpfs: dict[str, str],
    config: Path,  # noqa: F811 - the fixture
    tmpfs: Tmpfs,
    simulator: EmbeddedSimulator,
) -> None:
    filler = tmpfs.fill()
    result = kiosk(on_tmpfs, config, *IDENTIFY)
    assert_refused_cleanly(result, simulator, "no space left")
    filler.unlink()  # room again: the journal has nothing to report
    listed = kiosk(on_tmpfs, config, "orders", "--json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "[]"


def test_identify_on_a_read_only_journal_starts_nothing(
    on_tmpfs: dict[str, str],
    config: Path,  # noqa: F811 - the fixture
    tmpfs: Tmpfs,
    simulator: EmbeddedSimulator,
) -> None:
    tmpfs.read_only()
    result = kiosk(on_tmpfs, config, *IDENTIFY)
    assert_refused_cleanly(result, simulator, "read-only")
    assert sim_orders(simulator) == {}  # refused before anything was sent


def intents(path: Path) -> int:
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(reader.execute("SELECT count(*) FROM start_intents").fetchone()[0])
    except sqlite3.OperationalError:  # not there yet
        return 0
    finally:
        reader.close()


def test_a_disk_full_during_the_start_call_cancels_the_order(
    on_tmpfs: dict[str, str],
    config: Path,  # noqa: F811 - the fixture
    tmpfs: Tmpfs,
    simulator: EmbeddedSimulator,
) -> None:
    """The journal took the intent; the disk fills while the SRS makes the order: the order
    cannot be recorded, so it is cancelled at the SRS, and the command says so."""
    httpx.post(
        f"{simulator.base_url}/_sim/faults",
        json={
            "path": "/api/providers",
            "kind": "delay",
            "delay_s": 3.0,
            "method": "POST",
            "count": 1,
        },
    ).raise_for_status()
    running = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--config", str(config), *IDENTIFY],
        env=on_tmpfs,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60  # a fresh interpreter's start on a busy machine
        while intents(tmpfs.path / "journal.sqlite") == 0:
            assert running.poll() is None and time.monotonic() < deadline, "no intent written"
            time.sleep(0.02)
        tmpfs.fill()  # during the start call
        out, err = running.communicate(timeout=60)
    finally:
        if running.poll() is None:
            running.kill()
            running.communicate()
    result = subprocess.CompletedProcess(running.args, running.returncode, out, err)
    assert_refused_cleanly(result, simulator, "disk is full")
    assert "it was cancelled" in err
    assert [o["status"] for o in sim_orders(simulator).values()] == ["CANCELLED"]
