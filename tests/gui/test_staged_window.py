"""The window in two steps (#16 item 6): the attract screen is up before the session's
services; what is tapped meanwhile is not lost. The language and "Aa" work at once, Start and
Staff are carried out once the services are attached."""

from __future__ import annotations

from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app.language import LanguageSwitcher
from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import apply_style, customer_view
from tests.gui.conftest import delete_now, kiosk_settings, run, training_backend, wait_for


def test_taps_before_the_services_are_there_are_carried_out_after(
    qtbot: QtBot, qloop: qasync.QEventLoop, simulator: EmbeddedSimulator, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)
    settings = kiosk_settings()
    switcher = LanguageSwitcher()
    switcher.switch(settings.kiosk.language)
    window = MainWindow(
        settings.branding, settings.kiosk.language, switcher, training=True, kiosk_mode=False
    )
    switcher.setParent(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    attract = window.attract
    assert window.banner.text()  # training is known from the first look at the settings
    session = None
    try:
        attract.languages["fr"].click()
        assert switcher.language == "fr"
        attract.adapt.click()
        assert customer_view()
        attract.start.click()
        assert not attract.start.isEnabled()  # taken (and no second one)
        window.staff.click()
        assert not window.attached

        root = Composition(settings, config_path=tmp_path / "config.toml", data_folder=tmp_path)
        session = root.session(training_backend(simulator), language=switcher)
        ctl = session.flow
        run(qloop, session.terminal.start_tracking())
        window.attach(session)

        assert ctl.stage is Stage.SETUP and window.current is window.methods
        assert ctl.customer is not None and ctl.customer.language == "fr"
        assert attract.start.isEnabled()
        assert window.pin_pad.isVisible()  # the Staff tap asks for the PIN now
        wait_for(qloop, lambda: bool(window.methods.cards))
    finally:
        attract.adapt.setChecked(False)
        if session is not None:
            run(qloop, session.aclose())
        window.allow_close()
        window.close()
        app.setStyleSheet("")
        delete_now(window, *([session.flow] if session is not None else []))
