"""Issue #16 items 1-2: the composition root builds one session, the terminal's services and
the customer's flow on them (no controller answering for both); the window takes the pair,
its attract screen only the parts it uses."""

from __future__ import annotations

from pathlib import Path

import qasync
import shiboken6

from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.simulator.server import EmbeddedSimulator
from tests.gui.conftest import Kiosk, delete_now, kiosk_settings, run, training_backend


def test_the_root_builds_the_flow_on_the_terminal_and_closes_both(
    qloop: qasync.QEventLoop, simulator: EmbeddedSimulator, tmp_path: Path
) -> None:
    root = Composition(kiosk_settings(), config_path=tmp_path / "config.toml", data_folder=tmp_path)
    session = root.session(training_backend(simulator))
    flow, terminal = session.flow, session.terminal
    try:
        assert flow.terminal is terminal
        assert terminal.parent() is flow  # its translators and timers go with the flow
        run(qloop, terminal.start_tracking())
        flow.begin("en")
        assert flow.stage is Stage.SETUP and flow.idle_rules.timer.active
    finally:
        run(qloop, session.aclose())
    assert not flow.idle_rules.timer.active  # the flow's timers stopped with the services
    delete_now(flow)
    assert not shiboken6.isValid(terminal)


def test_the_window_gives_each_part_what_it_uses(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.ctl is kiosk.ctl and window.terminal is kiosk.terminal
    assert window.attract.flow is kiosk.ctl  # the start and the orders in the background
    assert window.attract.branch is kiosk.terminal  # the settings in use, and their changes
    window.attract.start.click()
    assert kiosk.ctl.stage is Stage.SETUP and window.current is window.methods
