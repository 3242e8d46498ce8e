"""``srs-kiosk --windowed`` with an order journal it cannot use: the window tells staff (it
stays up), the log and standard error say so in one line each, and no traceback anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from kiosk.logs import LOG_FILE

ROOT = Path(__file__).resolve().parents[2]


def test_a_damaged_journal_keeps_the_window_up_with_a_clear_message(
    env: dict[str, str], tmp_path: Path
) -> None:
    data, logs = tmp_path / "data", tmp_path / "logs"
    data.mkdir()
    journal = data / "journal-training.sqlite"
    journal.write_bytes(b"not a journal: a copy that failed halfway " * 100)
    env = {**env, "SRS_KIOSK_LOG_DIR": str(logs), "QT_QPA_PLATFORM": "offscreen"}
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # as `make demo` does for root
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = logs / LOG_FILE
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "the kiosk cannot start" in log.read_text()):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no start-up problem logged"
            time.sleep(0.1)
        time.sleep(1)
        assert proc.poll() is None  # the window stays up for staff to read
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    problem = f"{journal} is not a usable journal: file is not a database"
    assert f"srs-kiosk: the order journal cannot be used: {problem}\n" in err
    assert "Traceback" not in err
    text = log.read_text()
    assert (
        f"ERROR kiosk.ui.launch: the kiosk cannot start: the order journal cannot be used: "
        f"{problem}" in text
    )
    assert "Traceback" not in text
