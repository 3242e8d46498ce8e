"""A journal the kiosk cannot use at start (damaged, emptied, locked by another program) gives
staff a clear screen that stays up, a line in the log and one on stderr, never a traceback and
no window at all; no order can be started meanwhile."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app.language import LanguageSwitcher
from kiosk.composition import Composition
from kiosk.config import DATA_DIR_ENV
from kiosk.config_glance import glance_settings
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.tracking import JournalError, journal_path
from kiosk.tracking.journal import Journal
from kiosk.ui.launch import (
    EXIT_BAD_SETTINGS,
    EXIT_CANNOT_START,
    journal_problem,
    serve,
    show_startup_problem,
    start,
)
from kiosk.ui.main_window import MainWindow
from kiosk.ui.startup_problem import StartupProblem
from tests.gui.conftest import delete_now, kiosk_settings, run, training_backend, wait_for

LOG = "/var/log/srs-kiosk/kiosk.log"


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    return tmp_path


def read_and_close(qloop: qasync.QEventLoop) -> list[str]:
    """The problem screen's texts, once it shows; then staff close it."""
    pages: list[StartupProblem] = []

    def shown() -> bool:
        pages[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, StartupProblem) and w.isVisible()
        ]
        return bool(pages)

    wait_for(qloop, shown)
    page = pages[0]
    texts = [page.title.text(), page.body.text(), page.advice.text()]
    page.close()
    return texts


def problem_at_start(qloop: qasync.QEventLoop, simulator: EmbeddedSimulator, folder: Path) -> str:
    settings = kiosk_settings()
    root = Composition(settings, config_path=folder / "config.toml", data_folder=folder)
    with pytest.raises(JournalError) as caught:
        root.session(training_backend(simulator))
    return journal_problem(caught.value, settings)


def shows(qloop: qasync.QEventLoop, problem: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ended = asyncio.ensure_future(show_startup_problem(app, problem, LOG, windowed=True))
    texts = read_and_close(qloop)
    assert run(qloop, ended) == EXIT_CANNOT_START
    err = capsys.readouterr().err
    assert err == f"srs-kiosk: the order journal cannot be used: {problem}\n"
    return texts


def test_a_damaged_journal_gives_staff_a_clear_screen(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    journal = journal_path(data_folder, training=True)
    journal.write_bytes(b"a copy that failed halfway " * 200)
    problem = problem_at_start(qloop, simulator, data_folder)
    title, body, advice = shows(qloop, problem, capsys)
    assert title == "The kiosk cannot start"
    assert body.startswith(
        f"The order journal cannot be used: {journal} is not a usable "
        "journal: file is not a database"
    )
    assert advice.endswith(f"Details in the log: {LOG}")
    assert "the kiosk cannot start: the order journal cannot be used" in caplog.text


def test_an_emptied_journal_is_reported_not_silently_replaced(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    journal = journal_path(data_folder, training=True)
    Journal(journal).close()
    journal.write_bytes(b"")
    problem = problem_at_start(qloop, simulator, data_folder)
    _, body, _ = shows(qloop, problem, capsys)
    assert f"{journal} is empty (0 bytes): the orders it held are lost" in body
    assert journal.stat().st_size == 0


def test_a_journal_locked_by_another_program_at_start(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Locked after it opened: the first write (resuming orders) waits for the lock, then
    gives up; the screen shows instead of the kiosk's window. (Locked before, opening fails
    as a damaged journal does.)"""
    journal = journal_path(data_folder, training=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    root = Composition(
        kiosk_settings(), config_path=data_folder / "config.toml", data_folder=data_folder
    )
    session = root.session(training_backend(simulator))
    other = sqlite3.connect(journal, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    window = MainWindow.for_session(session, kiosk_mode=False)
    try:
        ended = asyncio.ensure_future(serve(app, window, session, windowed=True, log_path=LOG))
        _, body, _ = read_and_close(qloop)
        assert run(qloop, ended) == EXIT_CANNOT_START
    finally:
        other.rollback()
        other.close()
    assert body == f"The order journal cannot be used: {journal}: database is locked"
    assert not shiboken6.isValid(window)  # the kiosk's window is gone, not left dead
    assert "Traceback" not in capsys.readouterr().err
    delete_now(session.flow)


def test_a_settings_file_with_mistakes_names_each_on_screen_and_in_the_log(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Review s8 #2: the window vanished (exit 2) with one mistake on stderr only. Every
    mistake, in plain words, on a screen that stays up, in the log and on stderr."""
    config = tmp_path / "a.toml"
    config.write_text(
        '[kiosk]\nlanguage = 5\nidle_timeout_s = "abc"\nlarge_txt = true\n'
        '[srs]\napi_url = "not a url"\n[branding]\nprimary_color = "red"\n',
        encoding="utf-8",
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = glance_settings(config)
    switcher = LanguageSwitcher(app)
    window = MainWindow(look.branding, look.language, switcher, training=True, kiosk_mode=False)
    ended = asyncio.ensure_future(
        start(
            app, window, switcher, look, config_path=config, loop=qloop, windowed=True, log_path=LOG
        )
    )
    title, body, advice = read_and_close(qloop)
    assert run(qloop, ended) == EXIT_BAD_SETTINGS
    assert not shiboken6.isValid(window)
    assert title == "The kiosk cannot start"
    mistakes = [
        "line 2, key 'kiosk.language': must be 'de', 'fr', 'it' or 'en' (got 5)",
        "line 3, key 'kiosk.idle_timeout_s': must be a whole number (got 'abc')",
        "line 4, key 'kiosk.large_txt': unknown setting",
        "line 6, key 'srs.api_url': must be a full web address",
        "line 8, key 'branding.primary_color': expected a colour such as #0b5cad, got 'red'",
    ]
    assert body.startswith(f"The settings cannot be used: {config}: 5 mistakes:\n- line 2")
    for text in (body, caplog.text, capsys.readouterr().err):
        assert str(config) in text and "5 mistakes" in text
        places = [text.find(f"- {mistake}") for mistake in mistakes]
        assert -1 not in places and places == sorted(places), text  # in the file's order
    assert "(got 'red')" not in body and "Input should" not in body
    assert advice.endswith(f"Details in the log: {LOG}")
    switcher.deleteLater()
