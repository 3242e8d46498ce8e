"""One composition root (#16 item 3): the kiosk window, the command line and ``--self-test``
get their services from kiosk.composition, so the same settings give the same services. Each
entry point runs for real on the same settings file; the root says in the log what it built,
and what the three say must agree (the window's tracker used to differ from the command
line's: it let orders of an earlier training run show as connection problems)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from kiosk.logs import LOG_FILE
from tests.e2e.kiosk_window import ROOT, start_window

# Training, with tracking options of their own: any entry point that built its tracker or
# backend by itself would show the defaults.
SETTINGS = """
[tracking]
time_scale = 0.5
retention_days = 7

[training]
speed = 30
dialect = "cancel-204"
handoff_s = 12
"""
_BUILT = re.compile(r"kiosk\.composition: (services|tracker): (.*)$", re.MULTILINE)


def built(text: str) -> dict[str, set[str]]:
    """What the root built, by kind ("services", "tracker"): the descriptions it logged."""
    found: dict[str, set[str]] = {}
    for kind, what in _BUILT.findall(text):
        found.setdefault(kind, set()).add(what)
    return found


def cli(env: dict[str, str], settings: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "-v", "--config", str(settings), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_window_command_line_and_self_test_get_the_same_services(
    env: dict[str, str], tmp_path: Path
) -> None:
    start_window(env, tmp_path, SETTINGS)
    window = built((tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8"))
    settings = tmp_path / "kiosk.toml"  # written by start_window
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    track_log = cli(env, settings, "track", "--until-final")
    command_line = built(track_log)
    self_test = built(cli(env, settings, "--self-test"))

    assert len(window["services"]) == 1 and len(window["tracker"]) == 1
    assert command_line["services"] == window["services"] == self_test["services"]
    # The same tracker, but for the window's sessions in real time (people watch it).
    (watched,) = window["tracker"]
    assert "real_sessions=True" in watched
    assert command_line["tracker"] == {watched.replace("real_sessions=True", "real_sessions=False")}
    # The settings reached them (not each entry point's own defaults) ...
    (services,) = window["services"]
    assert "speed 30" in services and "cancel-204" in services and "retention 7 days" in services
    # ... and in training an order the simulator no longer knows ends, in the window too.
    (tracker,) = window["tracker"]
    assert "unknown_order_is_final=True" in tracker and "retention_days=7" in tracker

    # Only the window's simulated customer takes the hand-off at a pace people watch.
    pace = "kiosk.composition: training pace: hand-off 12 s, steps at least 3 s"
    assert pace in (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "training pace" not in track_log
