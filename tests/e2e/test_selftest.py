"""``srs-kiosk --self-test`` from source, as the frozen bundle runs it: a subprocess, judged by
the same rules as ``make package-test`` (packaging/smoke_test.py and its stderr allow-list)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.selftest import STEPS, prepare_environment

ROOT = Path(__file__).resolve().parents[2]


def _smoke_test_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "smoke_test", ROOT / "packaging" / "smoke_test.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


smoke = _smoke_test_module()


def step_lines(stdout: str) -> list[str]:
    return [
        line.split()[1]
        for line in stdout.splitlines()
        if line.startswith("self-test: ") and line.split()[2:3] == ["ok"]
    ]


def test_self_test_passes_from_source(env: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--self-test"],
        env=env,
        text=True,
        capture_output=True,
        timeout=180,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert step_lines(result.stdout) == list(STEPS)
    assert smoke.judge(result.returncode, result.stdout, result.stderr) == []
    lines = result.stdout.splitlines()
    assert "3: IDENTITY.TM/video, AUTHADA/eid, KLARNA/bankident" in lines[3]
    assert "match qrcode's matrix" in lines[5]
    assert "'BankIdent' loaded in the session view" in lines[7]
    data = tmp_path / "data"
    assert not data.exists() or not any(data.iterdir())  # no journal written


def run_patched(
    env: dict[str, str], patch: str, timeout_s: float
) -> subprocess.CompletedProcess[str]:
    """``run_self_test`` with a part of it replaced by ``patch`` (Python, ``st`` is the module)."""
    script = textwrap.dedent("""
        import sys, time
        import kiosk.selftest as st
        from kiosk.config import Settings
        {patch}
        sys.exit(st.run_self_test(Settings(), timeout_s={timeout}))
    """).format(patch=textwrap.dedent(patch), timeout=timeout_s)
    return subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def test_a_failing_step_is_named(env: dict[str, str]) -> None:
    result = run_patched(
        env,
        """
        def broken():
            raise RuntimeError("no backend here")
        st._check_multimedia = broken
    """,
        60,
    )
    assert result.returncode == 1
    assert step_lines(result.stdout) == list(STEPS[: STEPS.index("multimedia")])
    assert "self-test: FAILED multimedia: RuntimeError: no backend here" in result.stdout
    assert "self-test failed in step multimedia" in result.stderr


def test_a_hung_loop_is_ended_by_the_watchdog(env: dict[str, str]) -> None:
    # The watchdog fires 15.5 s into the run: the steps before the hang (Qt and its web
    # engine loaded, the simulator, a start; half a second here) are long past it even on a
    # loaded machine with cold caches, where 3 s could end the run in an earlier step.
    result = run_patched(
        env,
        """
        st._WATCHDOG_GRACE_S = 0.5
        st._check_qr = lambda data: time.sleep(100)  # blocks the event loop itself
    """,
        15,
    )
    assert result.returncode == 1
    assert "FAILED in step qr: the self-test hung" in result.stdout
    assert "qr" not in step_lines(result.stdout)


def test_the_overall_time_limit_fails_the_next_step(env: dict[str, str]) -> None:
    result = run_patched(
        env,
        """
        def slow():
            time.sleep(5)
            return "slow"
        st._check_multimedia = slow
    """,
        4,
    )
    assert result.returncode == 1
    assert "the self-test ran out of time (4 s)" in result.stdout
    assert "web" not in step_lines(result.stdout)


@pytest.fixture
def bare_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QTWEBENGINE_DISABLE_SANDBOX"):
        monkeypatch.setenv(name, "")  # records the original (present or not) for the undo
        monkeypatch.delenv(name)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "geteuid", lambda: 1000, raising=False)
    return monkeypatch


def test_environment_without_a_display(bare_env: pytest.MonkeyPatch) -> None:
    assert prepare_environment() == ["no display: offscreen"]
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ
    bare_env.setenv("QT_QPA_PLATFORM", "xcb")
    assert prepare_environment() == []
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"


def test_environment_as_root_turns_the_web_sandbox_off(bare_env: pytest.MonkeyPatch) -> None:
    bare_env.setattr(os, "geteuid", lambda: 0, raising=False)
    bare_env.setenv("DISPLAY", ":0")
    assert prepare_environment() == ["root: web sandbox off"]
    assert os.environ["QTWEBENGINE_DISABLE_SANDBOX"] == "1"
    assert "QT_QPA_PLATFORM" not in os.environ


def test_smoke_judge_allows_only_known_stderr_lines() -> None:
    passed = "self-test: qt ok 0.1 s\nself-test: passed, 9 steps in 1.20 s\n"
    harmless = (
        "qt.multimedia.symbolsresolver: Couldn't load va(in plugin) library\n"
        "PulseAudioService: pa_context_connect() failed\n"
        "[12:34:1128/041818.020566:ERROR:../../../qtwebengine/src/3rdparty/chromium/dbus/"
        "bus.cc:408] Failed to connect to the bus: Failed to connect to socket\n\n"
    )
    assert smoke.judge(0, passed, harmless) == []
    problems = smoke.judge(0, passed, harmless + "qt.webengine: resources not found\n")
    assert problems == ["unexpected on stderr: qt.webengine: resources not found"]
    assert smoke.judge(1, "self-test: FAILED web: x\n", "") == [
        "exit code 1",
        "no 'self-test: passed' line on standard output",
    ]
