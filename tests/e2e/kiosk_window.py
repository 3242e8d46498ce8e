"""The real ``srs-kiosk --windowed`` in a subprocess, watched: at the attract screen's first
paint it writes down what it has imported and what the screen shows; once the kiosk is fully
up, staff quit it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

# The real `srs-kiosk --windowed`, with a watch on the attract screen's first paint.
_DRIVER = r"""
import json, sys
from PySide6.QtCore import SIGNAL, QEvent, QObject, QTimer
import kiosk.ui.launch as launch

out = open(sys.argv[1], "w", encoding="utf-8")
shown = launch._show

def _show(window, *, windowed):
    attract = getattr(window, "attract", None)
    if attract is not None:
        def quit_when_up():
            if window.receivers(SIGNAL("quitRequested()")) > 0:
                import logging, logging.handlers
                from PySide6.QtWidgets import QApplication
                handlers = logging.getLogger().handlers
                rotating = [type(h).__name__ for h in handlers
                            if isinstance(h, logging.handlers.RotatingFileHandler)]
                app = QApplication.instance()
                app.setStyleSheet("")  # quitting: the style under the kiosk's QSS
                json.dump({"started": True, "rotating": rotating, "style": app.style().name()},
                          out)
                out.write("\n")
                out.close()
                window.quit_kiosk()
            else:
                QTimer.singleShot(20, quit_when_up)

        class Painted(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                    self.seen = True
                    json.dump({"modules": sorted(sys.modules), "banner": window.banner.text(),
                               "start": attract.start.text(), "adapt": attract.adapt.text(),
                               "brand": attract.brand_name.text(),
                               "checked": [c for c, b in attract.languages.items()
                                           if b.isChecked()]}, out)
                    out.write("\n")
                    out.flush()
                    QTimer.singleShot(0, quit_when_up)
                return False

        window._test_painted = Painted()
        attract.installEventFilter(window._test_painted)
    shown(window, windowed=windowed)

launch._show = _show
from kiosk.cli import main
sys.exit(main(["--windowed", "--config", sys.argv[2]]))
"""


def start_window(env: dict[str, str], tmp_path: Path, config: str) -> list[dict[str, Any]]:
    """Start and quit the window with the settings ``config`` (data in ``tmp_path / "data"``,
    its log in ``tmp_path / "logs"``); what it wrote down: at the first paint, then once up."""
    settings, record = tmp_path / "kiosk.toml", tmp_path / "painted.jsonl"
    settings.write_text(config, encoding="utf-8")
    env = {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "SRS_KIOSK_CLIENT_SECRET": "s3cret",
        "SRS_KIOSK_DATA_DIR": str(tmp_path / "data"),
        "SRS_KIOSK_LOG_DIR": str(tmp_path / "logs"),
    }
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(record), str(settings)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
