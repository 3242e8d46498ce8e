"""The journal and tracker through the command line: subprocesses, a real config file, a live
simulator as the production endpoint, and a ``kill -9`` in the middle."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator

SPEED = 600  # simulated seconds per real second; the tracker runs at 1 / SPEED
KLARNA = ["--first-name", "Anna", "--last-name", "Muster", "--dob", "1985-04-12"]


@pytest.fixture
def env(env: dict[str, str]) -> dict[str, str]:
    """The shared one, with the client secret the production-mode config needs."""
    return {**env, "SRS_KIOSK_CLIENT_SECRET": "misswaggerclientsecret"}


@pytest.fixture
def config(tmp_path: Path, simulator: EmbeddedSimulator) -> Path:
    base = simulator.base_url
    httpx.post(f"{base}/_sim/clock", json={"speed": SPEED}).raise_for_status()
    path = tmp_path / "prod.toml"
    path.write_text(
        f'[srs]\napi_url = "{base}"\ntoken_url = "{base}/oauth/token"\n'
        f'ras_url = "{base}"\nclient_id = "misswaggerclient"\n'
        f"[tracking]\ntime_scale = {1 / SPEED:.6f}\n",
        encoding="utf-8",
    )
    return path


def kiosk(
    env: dict[str, str], config: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(config), *args],
        env=env,
        text=True,
        capture_output=True,
        timeout=timeout,
        check=False,
    )


def journal(env: dict[str, str], config: Path) -> dict[str, dict[str, Any]]:
    result = kiosk(env, config, "orders", "--json")
    assert result.returncode == 0, result.stderr
    return {o["refId"]: o for o in json.loads(result.stdout)}


def sim_orders(simulator: EmbeddedSimulator) -> dict[str, dict[str, Any]]:
    answer = httpx.get(f"{simulator.base_url}/_sim/orders")
    answer.raise_for_status()
    return {o["refId"]: o for o in answer.json()["orders"]}


def read_until(stream: IO[str], status: str, errors: Path) -> list[dict[str, Any]]:
    lines = []
    while True:
        line = stream.readline()
        assert line, "the command ended early: " + errors.read_text(encoding="utf-8")
        lines.append(json.loads(line))
        if lines[-1].get("status") == status and len(lines) > 1:
            return lines


def complete(target_url: str) -> None:
    httpx.post(f"{target_url}/complete").raise_for_status()


def test_kill_9_mid_run_then_track_finishes_each_order_once(
    env: dict[str, str], config: Path, simulator: EmbeddedSimulator, tmp_path: Path
) -> None:
    runs = [
        ("AUTHADA/eid", "+41791150001", []),
        ("KLARNA/bankident", "+41791150002", KLARNA),
        ("IDENTITY.TM/video", "+41791150003", ["--last-name", "Muster"]),
    ]
    error_files = [
        (tmp_path / f"{mobile}.err").open("w", encoding="utf-8") for _, mobile, _ in runs
    ]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kiosk",
                "--config",
                str(config),
                "identify",
                target,
                "--mobile",
                mobile,
                "--external-id",
                "SIM-WAIT",
                *extra,
                "--wait",
                "--json",
            ],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=error_file,
        )
        for (target, mobile, extra), error_file in zip(runs, error_files, strict=True)
    ]
    started = []
    try:
        for proc, (_, mobile, _) in zip(procs, runs, strict=True):
            assert proc.stdout is not None
            # Mid-run: the order is INITIALIZED, the customer has not finished.
            lines = read_until(proc.stdout, "INITIALIZED", tmp_path / f"{mobile}.err")
            started.append(lines[0])
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        for proc in procs:
            proc.kill()
            proc.wait(10)
            assert proc.stdout is not None
            proc.stdout.close()
        for error_file in error_files:
            error_file.close()
    assert all(proc.returncode == -signal.SIGKILL for proc in procs)
    refs = {s["refId"] for s in started}

    before = journal(env, config)  # recorded before anything was printed
    assert set(before) == refs
    assert all(o["outcome"] == "pending" and o["nextAction"] for o in before.values())

    for s in started:  # the customers finish while no kiosk process runs
        complete(s["targetUrl"])
    result = kiosk(env, config, "track", "--until-final", "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    finals = [line for line in lines if "outcome" in line]
    assert sorted(f["refId"] for f in finals) == sorted(refs)  # each finished exactly once

    after = journal(env, config)
    on_sim = sim_orders(simulator)
    assert set(on_sim) == refs  # nothing was started twice
    for ref in refs:
        assert after[ref]["outcome"] == "verified", after[ref]
        assert after[ref]["evidenceId"] == on_sim[ref]["evidenceId"]
        assert after[ref]["nextAction"] is None
        assert [s["status"] for s in after[ref]["statuses"]][-1] == "TERMINATED"

    again = kiosk(env, config, "track", "--until-final")  # nothing left: returns at once
    assert again.returncode == 0 and "Following 0 orders" in again.stderr


def test_new_start_for_the_same_mobile_cancels_the_previous_order(
    env: dict[str, str], config: Path, simulator: EmbeddedSimulator
) -> None:
    first = kiosk(
        env,
        config,
        "identify",
        "IDENTITY.TM/video",
        "--mobile",
        "+41791150010",
        "--external-id",
        "SIM-WAIT",
        "--json",
    )
    assert first.returncode == 0, first.stderr
    second = kiosk(
        env,
        config,
        "identify",
        "KLARNA/bankident",
        *KLARNA,
        "--mobile",
        "0041 79 115 00 10",
        "--external-id",
        "SIM-WAIT",
        "--json",
    )
    assert second.returncode == 0, second.stderr
    first_ref = json.loads(first.stdout)["refId"]
    second_info = json.loads(second.stdout)

    on_sim = sim_orders(simulator)
    assert on_sim[first_ref]["status"] == "CANCELLED"
    listed = journal(env, config)
    assert listed[first_ref]["status"] == "CANCELLED"
    assert listed[first_ref]["outcome"] == "cancelled"
    assert listed[second_info["refId"]]["outcome"] == "pending"
    assert "customerKey" not in listed[first_ref]

    complete(second_info["targetUrl"])
    tracked = kiosk(env, config, "track", "--until-final")
    assert tracked.returncode == 0, tracked.stderr
    assert "Verified: evidence" in tracked.stdout
    table = kiosk(env, config, "orders")
    assert table.returncode == 0
    assert "KLARNA/bankident" in table.stdout and "verified" in table.stdout
    assert "cancelled" in table.stdout


def test_training_orders_go_to_their_own_journal(env: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "identify",
            "AUTHADA/eid",
            "--mobile",
            "+41791150020",
            "--wait",
            "--json",
        ],
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data"
    assert (data / "journal-training.sqlite").exists()
    assert not (data / "journal.sqlite").exists()


def test_cancel_is_final_in_the_journal_at_once(
    env: dict[str, str], config: Path, simulator: EmbeddedSimulator
) -> None:
    started = kiosk(
        env,
        config,
        "identify",
        "AUTHADA/eid",
        "--mobile",
        "+41791150030",
        "--external-id",
        "SIM-WAIT",
        "--json",
    )
    assert started.returncode == 0, started.stderr
    ref = json.loads(started.stdout)["refId"]
    assert ref in journal(env, config)
    # Nothing follows the order now (no tracker runs); the cancel still shows at once.
    cancelled = kiosk(env, config, "cancel", ref, "--json")
    assert cancelled.returncode == 0, cancelled.stderr
    assert json.loads(cancelled.stdout)["status"] == "CANCELLED"
    active = kiosk(env, config, "orders", "--active", "--json")
    assert active.returncode == 0, active.stderr
    assert ref not in {o["refId"] for o in json.loads(active.stdout)}
    listed = journal(env, config)[ref]
    assert (listed["status"], listed["outcome"], listed["nextAction"]) == (
        "CANCELLED",
        "cancelled",
        None,
    )


def test_kill_9_around_the_start_call_loses_no_order(
    env: dict[str, str], config: Path, simulator: EmbeddedSimulator
) -> None:
    """Killed before, during and after the start call: every order the SRS created is either
    journaled and followed to its end, or listed as an interrupted start to check."""
    base = simulator.base_url
    delay_s = 1.0
    # A process reaches the start call about a second after it is launched; the call then
    # waits delay_s at the SRS: these kills fall before, during and after it.
    offsets = [0.4, 0.8, 1.2, 1.5, 1.8, 2.1, 2.4, 2.8, 3.5, 6.0]
    httpx.post(
        f"{base}/_sim/faults",
        json={
            "path": "/api/providers/",
            "kind": "delay",
            "method": "POST",
            "delay_s": delay_s,
            "count": len(offsets),
        },
    ).raise_for_status()
    for i, offset in enumerate(offsets):  # one at a time: the offsets hold on a busy machine
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kiosk",
                "--config",
                str(config),
                "identify",
                "AUTHADA/eid",
                "--mobile",
                f"+4179115004{i}",
                "--external-id",
                f"KILL-{i}",
                "--wait",
                "--json",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(offset)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.kill()
            proc.wait(10)
    httpx.delete(f"{base}/_sim/faults").raise_for_status()
    time.sleep(delay_s + 0.5)  # starts still delayed at the SRS end now

    on_sim = sim_orders(simulator)
    assert on_sim, "no start reached the simulator: move the offsets"
    for order in on_sim.values():  # every customer finishes, seen or not
        if order.get("targetUrl"):
            httpx.post(f"{order['targetUrl']}/complete")  # may already be past it
    tracked = kiosk(env, config, "track", "--until-final", "--json", timeout=120)
    assert tracked.returncode == 0, tracked.stderr

    listed = kiosk(env, config, "orders", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    journaled = {e["refId"]: e for e in entries if e["refId"]}
    interrupted = {e["externalId"] for e in entries if e.get("problem") == "start_interrupted"}
    assert all(e["method"] and e["createdAt"] for e in entries if not e["refId"])
    for ref, order in on_sim.items():
        if ref in journaled:
            assert journaled[ref]["nextAction"] is None, journaled[ref]  # followed to the end
        else:
            assert order["externalId"] in interrupted, (order, entries)
    text = kiosk(env, config, "orders")
    if interrupted:
        assert "Check with support" in text.stdout


def dialect_config(tmp_path: Path, sim: EmbeddedSimulator) -> Path:
    base = sim.base_url
    config = tmp_path / "dialect.toml"
    config.write_text(
        f'[srs]\napi_url = "{base}"\ntoken_url = "{base}/oauth/token"\n'
        f'ras_url = "{base}"\nclient_id = "misswaggerclient"\n'
        f"[tracking]\ntime_scale = {1 / SPEED:.6f}\n",
        encoding="utf-8",
    )
    return config


def test_identify_sends_the_distinguished_name(env: dict[str, str], tmp_path: Path) -> None:
    """An RA that refuses a verify without distinguishedName: the names given to `identify`
    make one (kept in memory only)."""
    pytest.importorskip("kiosk.simulator.dialects")
    with EmbeddedSimulator(speed=SPEED, dialects=["verify-dn-required"]) as strict:
        result = kiosk(
            env,
            dialect_config(tmp_path, strict),
            "identify",
            "KLARNA/bankident",
            *KLARNA,
            "--mobile",
            "+41791150080",
            "--wait",
            "--json",
        )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["outcome"] == "verified"


def test_identify_waits_for_a_late_target_url(env: dict[str, str], tmp_path: Path) -> None:
    """An SRS whose start answer carries only the Ref-ID: `identify` prints the target URL
    once a status answer brings it, with the method's tokens."""
    pytest.importorskip("kiosk.simulator.dialects")
    with EmbeddedSimulator(speed=SPEED, dialects=["late-target-url"]) as late:
        config = dialect_config(tmp_path, late)
        result = kiosk(
            env,
            config,
            "identify",
            "AUTHADA/eid",
            "--mobile",
            "+41791150060",
            "--external-id",
            "SIM-WAIT",
            "--json",
        )
        assert result.returncode == 0, result.stderr
        printed = json.loads(result.stdout)
        on_sim = sim_orders(late)[printed["refId"]]
        assert printed["targetUrl"] == on_sim["targetUrl"] and "note" not in printed
        assert printed["mobileToken"] == on_sim["mobileToken"]
        complete(printed["targetUrl"])
        tracked = kiosk(env, config, "track", "--until-final")
        assert tracked.returncode == 0, tracked.stderr
        assert "Verified: evidence" in tracked.stdout


@pytest.mark.parametrize("table", ["start_intents", "orders"])
def test_a_journal_that_cannot_record_the_start_leaves_no_order_behind(
    env: dict[str, str], config: Path, simulator: EmbeddedSimulator, tmp_path: Path, table: str
) -> None:
    """The journal refuses the intent (nothing is started) or the order (it is cancelled)."""
    assert kiosk(env, config, "orders").returncode == 0  # the journal exists, format 5
    path = tmp_path / "data" / "journal.sqlite"
    with sqlite3.connect(path) as conn:  # a real SQLite failure, as from a full disk
        conn.execute(
            f"CREATE TRIGGER refuse BEFORE INSERT ON {table} "
            "BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
        )
    conn.close()
    result = kiosk(
        env,
        config,
        "identify",
        "AUTHADA/eid",
        "--mobile",
        "+41791150070",
        "--external-id",
        "SIM-WAIT",
        "--json",
    )
    assert result.returncode == 2, result.stderr
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    on_sim = sim_orders(simulator)
    if table == "start_intents":
        assert "nothing was started" in result.stderr and not on_sim
    else:
        assert "it was cancelled" in result.stderr
        assert [o["status"] for o in on_sim.values()] == ["CANCELLED"]
    listed = kiosk(env, config, "orders", "--json")
    assert json.loads(listed.stdout) == []  # nothing left to report either
