"""No test writes the user's real configuration: the journal key file (the fallback without a
keyring) and the settings file land in the session's tmp dir, in this process and in the
subprocesses tests start. (tests/conftest.py also fails the run if the real key file appears.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.config import default_config_paths
from kiosk.tracking.keys import KEY_FILE, KeyringKey
from tests.conftest import REAL_KEY_FILE


def test_the_user_config_dir_is_the_sessions_tmp_dir(isolated_user_config: Path) -> None:
    assert default_config_paths()[-1].is_relative_to(isolated_user_config)
    assert not any(
        path.is_relative_to(REAL_KEY_FILE.parent.parent) for path in default_config_paths()
    )


def test_the_journal_key_file_lands_in_the_tmp_dir(isolated_user_config: Path) -> None:
    existed = REAL_KEY_FILE.exists()
    secret = KeyringKey().secret()  # no keyring backend in tests: the file fallback
    key_file = isolated_user_config / "srs-kiosk" / KEY_FILE
    assert key_file.is_file() and KeyringKey().secret() == secret
    assert REAL_KEY_FILE.exists() == existed


def test_subprocesses_inherit_the_isolation(isolated_user_config: Path) -> None:
    code = (
        "from kiosk.tracking.keys import KeyringKey; import platformdirs; "
        "KeyringKey().secret(); print(platformdirs.user_config_dir('srs-kiosk'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=True,
        timeout=60,
    )
    assert Path(result.stdout.strip()).is_relative_to(isolated_user_config)
