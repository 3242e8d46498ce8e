"""Training at the kiosk: the simulated customer takes the hand-off at a pace staff can watch
(the code stays on screen, then the steps move one after another), not in under a second; the
window's composition gives the training simulator that pace, the headless commands do not."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.config import Settings
from kiosk.simulator.orders import Pace
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.tracking import Outcome
from tests.gui.conftest import Kiosk
from tests.gui.flow import choose, start, to_methods

HANDOFF_S = 4.0  # real seconds (the training default is longer: this keeps the test short)
STEP_S = 1.0


@pytest.fixture
def simulator() -> Iterator[EmbeddedSimulator]:
    """The training simulator's default speed, with a watched pace."""
    with EmbeddedSimulator(speed=60.0, pace=Pace(HANDOFF_S, STEP_S)) as sim:
        yield sim


def test_an_authada_order_waits_at_the_code_then_its_steps_move(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    began = time.monotonic()
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67"})  # no SIM-WAIT: runs on its own
    screen = kiosk.window.handoff_qr
    seen: list[tuple[float, Stage, bool]] = []

    def record() -> bool:
        seen.append((time.monotonic() - began, kiosk.ctl.stage, screen.connected.isVisible()))
        return kiosk.ctl.stage is Stage.RESULT

    kiosk.wait(record, timeout=HANDOFF_S + 60)
    order = kiosk.ctl.order
    assert order is not None and order.outcome is Outcome.VERIFIED
    # The code stays up, nobody connected, for the hand-off's time (the start counts in it).
    at_code = [at for at, stage, connected in seen if stage is Stage.HANDOFF and not connected]
    assert at_code and max(at_code) >= HANDOFF_S - 1.5, seen
    # Then the provider's checks take their steps' time before the verified result: counted
    # from when the provider's identification was done (its clock, in real seconds since
    # `began`), not from when the kiosk's next poll saw it (late on a busy machine).
    clock = simulator.state.clock
    real_now, sim_now = time.monotonic() - began, clock.now()
    [sim_order] = simulator.state.orders.all()
    done = next(e.at for e in sim_order.history if e.status == "IDENTIFICATION_DONE")
    done_at = real_now - (sim_now - done) / clock.speed
    assert seen[-1][0] - done_at >= 2 * STEP_S - 0.5, (done_at, seen)


def test_the_window_paces_the_training_simulator_and_the_commands_do_not(tmp_path: Path) -> None:
    settings = Settings()
    training = settings.training.model_copy(update={"handoff_s": 7.0, "step_s": 2.0})
    settings = settings.model_copy(update={"training": training})
    for watched, pace in ((True, Pace(7.0, 2.0)), (False, Pace())):
        root = Composition(settings, data_folder=tmp_path, watched=watched)
        with root.for_settings(settings).backend() as backend:
            assert backend.simulator is not None
            assert backend.simulator.state.orders.pace == pace


def test_staff_see_the_training_controls_at_the_external_id(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "AUTHADA")
    hint = kiosk.window.data.fields["external_id"].hint
    assert hint.isVisible()
    for control in ("SIM-WAIT", "SIM-NEGATIVE", "SIM-ERROR", "SIM-NOTERMS", "SIM-EXPIRE"):
        assert control in hint.text()
