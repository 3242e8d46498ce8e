"""``srs-kiosk screenshots`` drives the real UI in training mode and writes every screen.

Run in a child process, as the command runs: it owns its Qt application and loop from start to
exit (QtWebEngine cannot be restarted within one process once the app has quit).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from kiosk.ui.screenshots import SCREENS


# The kiosk's screen sizes: the reference, full HD, the smallest, and portrait.
@pytest.mark.parametrize(
    "size",
    [(1280, 800), (1920, 1080), (1024, 768), (1080, 1920)],
    ids=lambda size: f"{size[0]}x{size[1]}",
)
def test_every_screen_is_written(tmp_path: Path, size: tuple[int, int]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SRS_KIOSK_")}
    env.update(
        {
            "SRS_KIOSK_DATA_DIR": str(tmp_path / "data"),
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
            "XDG_CONFIG_DIRS": str(tmp_path / "site"),
        }
    )
    shots = tmp_path / "shots"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "screenshots",
            "--lang",
            "de",
            "--size",
            f"{size[0]}x{size[1]}",
            "--out",
            str(shots),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for name in SCREENS:
        path = shots / f"{name}.png"
        assert path.stat().st_size > 10_000, name
        with Image.open(path) as image:
            assert image.size == size, name
            spread = ImageStat.Stat(image.convert("L")).stddev[0]
            assert spread > 10, f"{name} looks blank"
