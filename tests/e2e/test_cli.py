"""The command line, run as a person would: subprocesses, real config files, a live simulator."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.simulator.server import EmbeddedSimulator


def run(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        env=env,
        text=True,
        capture_output=True,
        timeout=timeout,
        check=False,
    )


def production_config(tmp_path: Path, base_url: str) -> Path:
    path = tmp_path / "prod.toml"
    path.write_text(
        f'[srs]\napi_url = "{base_url}"\ntoken_url = "{base_url}/oauth/token"\n'
        f'ras_url = "{base_url}"\nclient_id = "misswaggerclient"\n'
        "[tracking]\ntime_scale = 0.0167\n",
        encoding="utf-8",
    )
    return path


def test_methods_json_in_training_mode(env: dict[str, str]) -> None:
    result = run(env, "methods", "--json")
    assert result.returncode == 0, result.stderr
    methods = json.loads(result.stdout)
    assert {(m["issuer"], m["method"]) for m in methods} == {
        ("IDENTITY.TM", "video"),
        ("AUTHADA", "eid"),
        ("KLARNA", "bankident"),
    }
    for m in methods:
        assert {
            "issuer",
            "method",
            "methodType",
            "jurisdictions",
            "loa",
            "offline",
            "webflow",
            "realtime",
        } <= m.keys()


def test_methods_filters(env: dict[str, str]) -> None:
    result = run(
        env, "methods", "--json", "--jurisdiction", "zertes", "--loa", "3", "--method-type", "VIDEO"
    )
    assert result.returncode == 0, result.stderr
    assert [m["issuer"] for m in json.loads(result.stdout)] == ["IDENTITY.TM"]
    result = run(env, "methods", "--json", "--webflow", "false")
    assert [m["issuer"] for m in json.loads(result.stdout)] == ["AUTHADA"]
    result = run(env, "methods", "--issuer", "KLARNA", "--issuer", "AUTHADA")
    assert result.returncode == 0
    assert "KLARNA/bankident" in result.stdout and "AUTHADA/eid" in result.stdout
    assert "IDENTITY.TM" not in result.stdout
    assert "Training mode" in result.stderr


def test_bad_filter_value_is_a_usage_error(env: dict[str, str]) -> None:
    result = run(env, "methods", "--loa", "7")
    assert result.returncode == 2
    assert "level of assurance from 1 to 4" in result.stderr
    result = run(env, "methods", "--webflow", "maybe")
    assert result.returncode == 2 and "true or false" in result.stderr


def test_identify_with_wait_follows_to_evidence(env: dict[str, str]) -> None:
    result = run(env, "identify", "AUTHADA/eid", "--mobile", "+41791234567", "--wait", "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    ref_id = lines[0]["refId"]
    assert lines[0]["targetUrl"].startswith("http://127.0.0.1:")
    assert lines[0]["mobileToken"] and lines[0]["sessionToken"]
    seen = [line["status"] for line in lines[1:-1]]
    assert seen[-1] == "TERMINATED"
    assert seen.index("INITIALIZED") < seen.index("TERMINATED")
    assert lines[-1]["refId"] == ref_id
    assert lines[-1]["status"] == "TERMINATED"
    assert lines[-1]["evidenceId"]


def test_identify_negative_result_exits_6(env: dict[str, str]) -> None:
    result = run(
        env,
        "identify",
        "KLARNA/bankident",
        "--first-name",
        "Anna",
        "--last-name",
        "Muster",
        "--dob",
        "1985-04-12",
        "--external-id",
        "SIM-NEGATIVE",
        "--wait",
    )
    assert result.returncode == 6, result.stderr
    assert "IDENTIFICATION_NEGATIVELY_CONDUCTED" in result.stdout


def test_identify_missing_mandatory_fields_names_them(env: dict[str, str]) -> None:
    result = run(env, "identify", "KLARNA/bankident", "--first-name", "Anna")
    assert result.returncode == 2
    assert "--last-name" in result.stderr and "--dob" in result.stderr
    assert "--first-name" not in result.stderr


def test_identify_bad_mobile_and_dates(env: dict[str, str]) -> None:
    result = run(env, "identify", "IDENTITY.TM/video", "--mobile", "0791234567")
    assert result.returncode == 2 and "--mobile" in result.stderr
    result = run(env, "identify", "IDENTITY.TM/video", "--dob", "1985-02-30")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
    result = run(env, "identify", "IDENTITY.TM/video", "--dob", "2999-01-01")
    assert result.returncode == 2 and "--dob" in result.stderr


def test_identify_bad_target(env: dict[str, str]) -> None:
    result = run(env, "identify", "KLARNA")
    assert result.returncode == 2 and "ISSUER/METHOD" in result.stderr
    result = run(env, "identify", "NOBODY/video")
    assert result.returncode == 5


def test_status_of_unknown_ref_id(env: dict[str, str]) -> None:
    result = run(env, "status", "does-not-exist")
    assert result.returncode == 5
    assert "does-not-exist" in result.stderr or "not found" in result.stderr.lower()


def test_production_config_across_commands(
    env: dict[str, str], tmp_path: Path, simulator: EmbeddedSimulator
) -> None:
    env = {**env, "SRS_KIOSK_CLIENT_SECRET": "misswaggerclientsecret"}
    config = str(production_config(tmp_path, simulator.base_url))
    started = run(
        env,
        "--config",
        config,
        "identify",
        "IDENTITY.TM/video",
        "--last-name",
        "Muster",
        "--mobile",
        "+41791234567",
        "--json",
    )
    assert started.returncode == 0, started.stderr
    assert "Training mode" not in started.stderr
    info = json.loads(started.stdout)
    assert info["orderId"]
    status = run(env, "--config", config, "status", info["refId"], "--json")
    assert status.returncode == 0, status.stderr
    body = json.loads(status.stdout)
    assert body["refId"] == info["refId"] and body["mobile"] == "+41791234567"
    cancel = run(env, "--config", config, "cancel", info["refId"])
    assert cancel.returncode == 0, cancel.stderr
    assert "CANCELLED" in cancel.stdout
    # the order is cancelled: the verify call finds nothing
    verify = run(
        env,
        "--config",
        config,
        "verify",
        "--msisdn",
        "+41791234567",
        "--jurisdiction",
        "ZERTES",
        "--loa",
        "4",
    )
    assert verify.returncode == 5


def test_wrong_secret_exits_4(
    env: dict[str, str], tmp_path: Path, simulator: EmbeddedSimulator
) -> None:
    env = {**env, "SRS_KIOSK_CLIENT_SECRET": "wrong"}
    result = run(env, "--config", str(production_config(tmp_path, simulator.base_url)), "methods")
    assert result.returncode == 4
    assert "authentication failed" in result.stderr


def test_missing_secret_is_a_config_error(env: dict[str, str], tmp_path: Path) -> None:
    result = run(
        env, "--config", str(production_config(tmp_path, "https://srs.example.test")), "methods"
    )
    assert result.returncode == 2
    assert "no client secret" in result.stderr and "SRS_KIOSK_CLIENT_SECRET" in result.stderr


def test_service_down_exits_3(env: dict[str, str], tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**env, "SRS_KIOSK_CLIENT_SECRET": "x"}
    result = run(
        env, "--config", str(production_config(tmp_path, f"http://127.0.0.1:{port}")), "methods"
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stderr


def test_malformed_config_names_file_line_key(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[kiosk]\nidle_timeout_s = 'soon'\n", encoding="utf-8")
    result = run(env, "--config", str(path), "methods")
    assert result.returncode == 2
    assert str(path) in result.stderr and "line 2" in result.stderr
    assert "kiosk.idle_timeout_s" in result.stderr and "Traceback" not in result.stderr


def test_simulator_command_serves(env: dict[str, str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "simulator", "--port", str(port), "--speed", "120"],
        env=env,
        text=True,
        stderr=subprocess.PIPE,
    )
    try:
        import httpx

        deadline = time.monotonic() + 60  # a fresh interpreter's start on a busy machine
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                answer = httpx.post(
                    f"http://127.0.0.1:{port}/oauth/token",
                    params={
                        "client_id": "misswaggerclient",
                        "client_secret": "misswaggerclientsecret",
                        "grant_type": "client_credentials",
                        "scope": "miss",
                    },
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the simulator did not start"
                time.sleep(0.1)
        assert answer.status_code == 200 and answer.json()["access_token"]
    finally:
        proc.terminate()
        proc.wait(10)
        assert proc.stderr is not None
        proc.stderr.close()


def test_orders_reads_the_journal_without_credentials(env: dict[str, str], tmp_path: Path) -> None:
    # support lists the journal on a terminal whose secret they do not have
    config = str(production_config(tmp_path, "https://srs.example.test"))
    result = run(env, "--config", config, "orders", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or sys.platform != "linux",
    reason="only root on Linux meets Chromium's sandbox refusal",
)
def test_kiosk_as_root_without_sandbox_opt_out_says_why(env: dict[str, str]) -> None:
    env = {k: v for k, v in env.items() if k != "QTWEBENGINE_DISABLE_SANDBOX"}
    result = run(env, "--windowed")
    assert result.returncode == 2
    assert "running as root" in result.stderr and "QTWEBENGINE_DISABLE_SANDBOX=1" in result.stderr


def test_identify_uses_the_branch_default_external_id(
    env: dict[str, str], tmp_path: Path, simulator: EmbeddedSimulator
) -> None:
    # [kiosk] external_id (billing) goes with every order unless --external-id overrides it,
    # as the window's data form prefills it.
    env = {**env, "SRS_KIOSK_CLIENT_SECRET": "misswaggerclientsecret"}
    config = production_config(tmp_path, simulator.base_url)
    config.write_text(
        config.read_text(encoding="utf-8") + '[kiosk]\nexternal_id = "BRANCH-ZH-7"\n',
        encoding="utf-8",
    )
    default = run(
        env,
        "--config",
        str(config),
        "identify",
        "IDENTITY.TM/video",
        "--last-name",
        "Muster",
        "--mobile",
        "+41791234567",
        "--json",
    )
    assert default.returncode == 0, default.stderr
    given = run(
        env,
        "--config",
        str(config),
        "identify",
        "IDENTITY.TM/video",
        "--last-name",
        "Muster",
        "--mobile",
        "+41791234568",
        "--external-id",
        "SIM-WAIT",
        "--json",
    )
    assert given.returncode == 0, given.stderr
    by_ref = {order.ref_id: order.external_id for order in simulator.state.orders.all()}
    assert by_ref[json.loads(default.stdout)["refId"]] == "BRANCH-ZH-7"
    assert by_ref[json.loads(given.stdout)["refId"]] == "SIM-WAIT"
