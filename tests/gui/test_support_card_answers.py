"""The support card with what the SRS answers (review s8 items 4 and 5): an order whose status
answer carries no number said "(asking the SRS…)" for ever (and Copy/Export "MSISDN: -"), and
the provider's reason was only in Copy/Export, not on the card on screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.simulator.server import EmbeddedSimulator
from kiosk.tracking import Outcome
from tests.gui.conftest import Kiosk
from tests.gui.flow import click
from tests.gui.test_staff_dashboard import open_dashboard, row_of, start_order


@pytest.fixture
def simulator() -> Iterator[EmbeddedSimulator]:
    """A service whose status answer never names the number (as for AUTHADA's orders)."""
    with EmbeddedSimulator(speed=60.0, dialects=("no-mobile-in-status",)) as sim:
        yield sim


def test_the_card_says_the_srs_gave_no_number_and_shows_the_reason(kiosk: Kiosk) -> None:
    ref_id = start_order(kiosk, "AUTHADA", external_id="SIM-NEGATIVE")
    kiosk.ctl.wipe()
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    kiosk.wait(lambda: screen.model.orders[row_of(kiosk, ref_id)].outcome is Outcome.FAILED)
    assert screen.select(ref_id)
    click(kiosk, screen.support)
    card = kiosk.window.support
    assert kiosk.window.current is card
    no_number = "none (the SRS gave no number)"
    kiosk.wait(lambda: card.values["msisdn"].text() == no_number)
    assert f"MSISDN: {no_number}" in card.card_text()
    assert card.captions["reason"].text() == "Reason"
    assert card.values["reason"].text() == "The ID card could not be verified"
