"""``srs-kiosk --windowed`` paints its attract screen before anything heavy is imported (#16
item 6): the real start, from process start, in production and in training mode. At the attract
screen's first paint the process writes down what it has imported and what the screen shows;
then, once the kiosk is fully up, staff quit it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.kiosk_window import ROOT, start_window

# Imported only after the first paint: the network stack, the simulator and its server, the web
# engine, the WebRTC probe, the SRS client, the journal and tracker, the validated settings, the
# readiness probes, the other screens, asyncio; the rotating log handler (the log file is
# appended to until then), the screen-reader guard of scroll areas (the attract screen has
# none) and the dataclasses module (~3 ms with the classes it makes).
HEAVY = (
    "httpx",
    "kiosk.simulator.server",
    "kiosk.simulator.app",
    "uvicorn",
    "starlette",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "aioice",
    "kiosk.srs.client",
    "kiosk.tracking.journal",
    "kiosk.tracking.tracker",
    "cryptography",
    "pydantic",
    "kiosk.config",
    "kiosk.checks.core",
    "kiosk.checks.qt",
    "kiosk.app.flow",
    "kiosk.app.terminal",
    "kiosk.app.session",
    "kiosk.composition",
    "kiosk.ui.screens.methods",
    "kiosk.ui.screens.handoff_web",
    "kiosk.ui.staff",
    "asyncio",
    "qasync",
    "logging.handlers",
    "kiosk.ui.widgets.readable_scroll",
    "dataclasses",
)

_PRODUCTION = """
[srs]
api_url = "https://127.0.0.1:9/api"
token_url = "https://127.0.0.1:9/oauth/token"
ras_url = "https://127.0.0.1:9/ras"
client_id = "first-paint"
"""
_BRANCH = """
[kiosk]
language = "fr"

[branding]
name = "Banque Exemple"
"""


@pytest.mark.parametrize("mode", ["production", "training"])
def test_nothing_heavy_is_imported_before_the_attract_screen_is_painted(
    env: dict[str, str], tmp_path: Path, mode: str
) -> None:
    # A machine's style override does not change the kiosk's (set before the first paint).
    painted, started = start_window(
        {**env, "QT_STYLE_OVERRIDE": "windows"},
        tmp_path,
        (_PRODUCTION if mode == "production" else "") + _BRANCH,
    )
    modules = set(painted["modules"])
    early = sorted(m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY))
    assert early == [], f"imported before the first paint: {early}"
    assert "kiosk.ui.screens.attract" in modules  # the watch saw the real first paint
    # What the first paint shows: the branch's language and branding, the "Aa" button, and in
    # training mode the banner.
    assert painted["checked"] == ["fr"]
    assert painted["brand"] == "Banque Exemple"
    assert painted["adapt"] == "Aa"
    assert painted["start"]
    assert bool(painted["banner"]) is (mode == "training")
    # And then the kiosk came up fully, its log file rotating, in the Fusion style.
    assert started == {"started": True, "rotating": ["RotatingFileHandler"], "style": "fusion"}


# The real window; the screen saying why it cannot start is read, then closed (as staff do).
_CLOSE_THE_PROBLEM = r"""
import sys
from PySide6.QtCore import QTimer
import kiosk.ui.launch as launch
from kiosk.ui.startup_problem import StartupProblem

shown = launch._show

def _show(window, *, windowed):
    shown(window, windowed=windowed)
    if isinstance(window, StartupProblem):
        def close():
            print("SCREEN: " + window.body.text(), file=sys.stderr)
            window.close()
        QTimer.singleShot(0, close)

launch._show = _show
from kiosk.cli import main
sys.exit(main(["--windowed", "--config", sys.argv[1]]))
"""


def test_a_settings_error_found_after_the_first_paint_is_said_as_before(
    env: dict[str, str], tmp_path: Path
) -> None:
    """The first look reads past a bad value; the validation right after the first paint
    refuses it: a screen (which stays up until closed), the log and stderr name file, line and
    key; exit code 2 (review s8 #2: the window vanished, nothing in the log)."""
    settings = tmp_path / "kiosk.toml"
    settings.write_text('[branding]\nprimary_color = "#ffff00"\n', encoding="utf-8")
    env = {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "SRS_KIOSK_DATA_DIR": str(tmp_path / "data"),
        "SRS_KIOSK_LOG_DIR": str(tmp_path / "logs"),
    }
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _CLOSE_THE_PROBLEM, str(settings)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    said = f"{settings}, line 2, key 'branding.primary_color'"
    assert f"srs-kiosk: configuration error: {said}" in done.stderr
    # The screen in the branch's language (German, the default: no valid settings to say else).
    assert f"SCREEN: Die Einstellungen sind nicht verwendbar: {said}" in done.stderr
    assert "too light" in done.stderr
    assert "Traceback" not in done.stderr
    log = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "logs").iterdir())
    assert f"the kiosk cannot start: configuration error: {said}" in log
