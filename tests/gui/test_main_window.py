"""The kiosk window against the live simulator, on the real Qt loop."""

from __future__ import annotations

from dataclasses import replace

import httpx
import qasync
from kiosk.simulator.server import EmbeddedSimulator
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import Settings
from kiosk.services import open_backend
from kiosk.srs import SrsEndpoints
from kiosk.ui.main_window import MainWindow
from tests.gui.conftest import wait_for


def test_training_window_lists_methods(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    with open_backend(Settings()) as backend:
        assert backend.training
        window = MainWindow(backend)
        qtbot.addWidget(window)
        window.show()
        window.load_methods()
        wait_for(qloop, lambda: window.methods.count() == 3)
        texts = [window.methods.item(i).text() for i in range(3)]
        assert any("VIDEO IDENTITY.TM" in t for t in texts)
        assert "3 method" in window.state.text()
        assert window.findChild(type(window.state), "trainingBanner") is not None


def test_failure_is_shown_and_retry_recovers(qtbot: QtBot, qloop: qasync.QEventLoop,
                                             simulator: EmbeddedSimulator) -> None:
    with open_backend(Settings()) as backend:
        # point the training backend's endpoints at the fixture's simulator to inject faults
        url = simulator.base_url
        backend = replace(backend, endpoints=SrsEndpoints(url, f"{url}/oauth/token", url))
        httpx.post(f"{url}/_sim/faults", json={"path": "/api/providers", "kind": "error",
                                               "status": 503, "count": 20}).raise_for_status()
        window = MainWindow(backend)
        qtbot.addWidget(window)
        window.show()
        window.load_methods()
        wait_for(qloop, lambda: window.retry.isVisible(), timeout=30)
        assert "could not be loaded" in window.state.text()
        assert window.methods.count() == 0
        httpx.delete(f"{url}/_sim/faults").raise_for_status()
        qtbot.mouseClick(window.retry, Qt.MouseButton.LeftButton)
        wait_for(qloop, lambda: window.methods.count() == 3)
        assert not window.retry.isVisible()
