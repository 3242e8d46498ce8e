"""``srs-kiosk screenshots`` on a real X server (xcb), as a build machine or a reviewer runs it:
there Qt deletes the window's native window before the clean-up, which used to end the run
with "Internal C++ object (QWindow) already deleted" and exit code 1, the services open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.gui.x11 import kiosk_env, need_tools, xvfb


def test_screenshots_on_x_exit_0(tmp_path: Path) -> None:
    need_tools("Xvfb")
    with xvfb((1024, 768)) as server:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "screenshots",
                "--lang",
                "de",
                "--size",
                "1024x768",
                "--out",
                str(tmp_path / "shots"),
            ],
            env=kiosk_env(tmp_path, server.display),
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "already deleted" not in done.stderr
    assert "shutdown:" not in done.stderr  # no clean-up step failed
    assert (tmp_path / "shots" / "attract.png").stat().st_size > 10_000
