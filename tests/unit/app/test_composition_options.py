"""The composition root's tracker options for each way the kiosk runs: headless commands keep
the training clock's pace for everything; the window (people watching) keeps a method's
session in real time."""

from __future__ import annotations

from pathlib import Path

from kiosk.composition import Composition
from kiosk.config import Settings


def test_only_the_watched_training_window_runs_sessions_in_real_time(tmp_path: Path) -> None:
    for watched in (False, True):
        root = Composition(Settings(), data_folder=tmp_path, watched=watched)
        with root.backend() as backend:
            options = root.tracker_options(backend)
        assert options.real_sessions is watched
        assert options.time_scale < 1  # the training clock stays fast either way
