"""``srs-kiosk check`` as IT runs it: ``python -m kiosk.checks`` in a subprocess (its own Qt
application, offscreen, with Chromium's fake camera), against the training simulator or with
no network at all (an empty network namespace)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.checks.command import add_check_parser
from kiosk.checks.core import HostPort

from .peers import free_tcp_port, free_udp_port
from .shaped_link import unavailable as netns_unavailable

ROOT = Path(__file__).resolve().parents[3]
PROBES = [
    "camera",
    "microphone",
    "download",
    "upload",
    "tcp",
    "tls",
    "tls_video",
    "websocket",
    "non_tls_443",
    "stun",
    "udp_high",
    "webrtc",
    "proxy",
]


def check(
    tmp_path: Path, config: str, *args: str, netns: str | None = None, timeout: float = 120
) -> tuple[int, str, float]:
    path = tmp_path / "config.toml"
    path.write_text(config, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--use-fake-device-for-media-stream",
        "SRS_KIOSK_CLIENT_SECRET": "not-used-by-the-check",
    }
    command = [sys.executable, "-W", "error", "-m", "kiosk.checks", "--config", str(path), *args]
    if netns:
        command = ["ip", "netns", "exec", netns, *command]
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout, check=False
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, time.perf_counter() - started


def by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in report["probes"]}


def test_arguments() -> None:
    parser = argparse.ArgumentParser()
    add_check_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        [
            "check",
            "--json",
            "--stun",
            "stun.example.test",
            "--hosts",
            "a.example.test:8443,b.example.test",
            "--bandwidth-url",
            "https://speed.example.test/bw/",
        ]
    )
    assert args.json and args.stun == "stun.example.test"
    assert args.hosts == (HostPort("a.example.test", 8443), HostPort("b.example.test", 443))
    assert args.bandwidth_url == "https://speed.example.test/bw"
    assert parser.parse_args(["check", "--bandwidth-url", ""]).bandwidth_url == ""  # off
    for bad in (["--stun", "x:99999"], ["--hosts", ","], ["--bandwidth-url", "ftp://x"]):
        with pytest.raises(SystemExit) as exited:
            parser.parse_args(["check", *bad])
        assert exited.value.code == 2


@pytest.mark.slow
def test_training_mode_json_and_exit_code(tmp_path: Path) -> None:
    closed_udp = free_udp_port()
    code, out, _ = check(
        tmp_path,
        '[kiosk]\nenabled_methods = ["AUTHADA/eid", '
        '"KLARNA/bankident"]\n'
        f'[checks]\nudp_high_peer = "127.0.0.1:{closed_udp}"\n',
        "--json",
        "--stun",
        f"127.0.0.1:{closed_udp}",
    )
    report = json.loads(out)
    assert [p["name"] for p in report["probes"]] == PROBES
    probes = by_name(report)
    assert probes["download"]["status"] == "pass" and probes["upload"]["status"] == "pass"
    assert probes["tcp"]["status"] == "pass"  # the simulator: the training "SRS connection"
    assert probes["tls"]["status"] == "skipped"
    assert probes["stun"]["status"] == "fail"
    assert probes["udp_high"]["status"] == "warn"  # recommended only
    assert f"127.0.0.1 on UDP port {closed_udp}" in probes["udp_high"]["advice"]
    assert probes["non_tls_443"]["status"] == "skipped"  # no peer configured
    assert probes["webrtc"]["value"] == "1280x720"  # Chromium's fake camera
    assert report["methods"] == [
        {"issuer": "AUTHADA", "method": "eid", "ready": True, "blocking": []},
        {"issuer": "KLARNA", "method": "bankident", "ready": True, "blocking": []},
    ]
    assert code == 0


@pytest.mark.slow
def test_unreachable_hosts_block_video_and_the_text_report_says_why(tmp_path: Path) -> None:
    closed = free_tcp_port()
    code, out, _ = check(
        tmp_path,
        '[kiosk]\nenabled_methods = ["IDENTITY.TM/video"]\n[checks]\nudp_high_peer = ""\n',
        "--stun",
        f"127.0.0.1:{free_udp_port()}",
        "--hosts",
        f"127.0.0.1:{closed},api.kiosk-readiness.invalid",
    )
    assert code == 1
    assert "IDENTITY.TM/video      NOT READY; blocked by: " in out
    assert "tcp" in out.split("blocked by:")[1].splitlines()[0]
    assert f"- 127.0.0.1:{closed}: refused" in out
    assert "- api.kiosk-readiness.invalid:443: DNS: name not found" in out


_NO_NETNS = netns_unavailable()


@pytest.mark.slow
@pytest.mark.skipif(_NO_NETNS is not None, reason=f"no network namespace: {_NO_NETNS}")
def test_no_network_at_all_fails_fast_with_advice(tmp_path: Path) -> None:
    namespace = f"cknonet{os.getpid()}"
    subprocess.run(["ip", "netns", "add", namespace], check=True)
    try:
        code, out, elapsed = check(
            tmp_path,
            """\
[srs]
api_url = "https://srs.example.test/api"
token_url = "https://idp.example.test/oauth/token"
ras_url = "https://srs.example.test/ras"
client_id = "branch-42"
[checks]
bandwidth_url = "https://speed.example.test/bw"
stun_server = "stun.example.test"
""",
            "--json",
            netns=namespace,
        )
    finally:
        subprocess.run(["ip", "netns", "del", namespace], check=False)
    report = json.loads(out)
    probes = by_name(report)
    for name in ("download", "upload", "tcp", "tls", "tls_video", "websocket", "stun", "udp_high"):
        assert probes[name]["status"] == ("warn" if name == "udp_high" else "fail"), name
        assert probes[name]["advice"], name
        assert probes[name]["duration_s"] < 2, probes[name]  # fails fast, no waiting
    assert not any(m["ready"] for m in report["methods"])
    assert code == 1
    assert elapsed < 30  # Qt and the web engine start in a few seconds; nothing hangs
