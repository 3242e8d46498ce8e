"""``srs-kiosk screenshots`` drives the real UI in training mode and writes every screen.

Run in a child process, as the command runs: it owns its Qt application and loop from start to
exit (QtWebEngine cannot be restarted within one process once the app has quit).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageStat

from kiosk.ui.screenshots import SCREENS

SCRIPT = """
import sys
from pathlib import Path
from kiosk.config import Settings
from kiosk.ui.screenshots import run_screenshots
sys.exit(run_screenshots(Settings(), Path(sys.argv[1]), "de", (1024, 700)))
"""


def test_every_screen_is_written(tmp_path: Path) -> None:
    env = {**os.environ, "SRS_KIOSK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    for name in SCREENS:
        path = tmp_path / f"{name}.png"
        assert path.stat().st_size > 10_000, name
        with Image.open(path) as image:
            assert image.size == (1024, 700), name
            spread = ImageStat.Stat(image.convert("L")).stddev[0]
            assert spread > 10, f"{name} looks blank"
