"""A disk that fails under the running kiosk (issue 17 item 11): ext4 turns the journal's file
system read-only (errors=remount-ro; a plain remount is refused while the journal is open).
The start is refused or its order cancelled, customer and staff are told, a second tap starts
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app.stages import Stage
from tests.gui.conftest import Kiosk
from tests.gui.flow import click
from tests.gui.test_flow_start import sim_orders, slow_start, to_consent, wait_intent_written
from tests.gui.test_journal_disk import assert_told_and_no_second_order
from tests.tmpfs import FailingDisk


@pytest.fixture
def tmp_path(failing_disk: FailingDisk) -> Path:
    """The kiosk fixture's data folder: on the disk that fails."""
    return failing_disk.path


def test_a_disk_failing_before_the_start_sends_nothing(
    kiosk: Kiosk, failing_disk: FailingDisk
) -> None:
    to_consent(kiosk)
    failing_disk.fail()
    click(kiosk, kiosk.window.consent.accept)
    assert_told_and_no_second_order(kiosk, "disk I/O error")
    assert all(o["status"] == "CANCELLED" for o in sim_orders(kiosk))


def test_a_disk_failing_during_the_start_cancels_the_order(
    kiosk: Kiosk, failing_disk: FailingDisk
) -> None:
    to_consent(kiosk)
    slow_start(kiosk, 2.0)
    click(kiosk, kiosk.window.consent.accept)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.STARTING)
    wait_intent_written(kiosk)
    failing_disk.fail()  # while the SRS makes the order
    assert_told_and_no_second_order(kiosk, "disk I/O error")
    [created] = sim_orders(kiosk)
    assert created["status"] == "CANCELLED"
    assert (
        f"Order {created['refId']} was created and has been cancelled again"
        in kiosk.window.staff_detail.text
    )
