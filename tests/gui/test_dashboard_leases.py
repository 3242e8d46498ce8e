"""The staff dashboard and orders another process follows (a command-line `srs-kiosk track` on the
same journal): a second tracker in this test process, with its own journal connection and client,
holds an order's lease; the dashboard says so in "Next action", follows the order's status from
the journal, leaves a cancel to that process (and tells staff), and shows the order as its own
once the other tracker closes and the window's tracker takes it over; an order that ends there
raises the staff strip's note here (the window re-reads such orders in the background)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from kiosk.srs import IdentityData, SrsClient, Status
from kiosk.tracking import (
    TRACKER_CLIENT_RETRY,
    Journal,
    OrderChanged,
    Outcome,
    Tracker,
    journal_path,
)
from kiosk.ui.staff.orders_model import Column
from tests.gui.conftest import Kiosk, run
from tests.gui.flow import click
from tests.gui.test_staff_dashboard import cell, open_dashboard, row_of, sim_order

ELSEWHERE = f"followed by another process (pid {os.getpid()} on {socket.gethostname()})"


@dataclass
class OtherProcess:
    """A tracker as `srs-kiosk track` would run it: own client, own journal connection."""

    client: SrsClient
    journal: Journal
    tracker: Tracker
    events: list[OrderChanged] = field(default_factory=list)
    closed: bool = False

    async def start_order(self, mobile: str) -> str:
        started = await self.client.start(
            "AUTHADA", "eid", IdentityData(mobile=mobile, external_id="SIM-WAIT")
        )
        await self.tracker.register(started)
        return started.ref_id

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            await self.tracker.aclose()  # releases its leases: the window takes over at once
            await self.client.aclose()
            self.journal.close()


@pytest.fixture
def other(kiosk: Kiosk) -> Iterator[OtherProcess]:
    backend = kiosk.terminal.holder.backend
    client = SrsClient(
        backend.endpoints,
        backend.credentials,
        timeout_s=backend.timeout_s,
        retry=TRACKER_CLIENT_RETRY,
    )
    # The journal the window's tracker uses (see kiosk/app/order_tracking.py).
    journal = Journal(journal_path(kiosk.data_folder, training=backend.training))
    tracker = Tracker(client, journal, time_scale=backend.time_scale)
    process = OtherProcess(client, journal, tracker)
    tracker.subscribe(process.events.append)
    run(kiosk.loop, tracker.start([]))  # follows only what it registers, like `identify --wait`
    yield process
    run(kiosk.loop, process.close())


def status_of(k: Kiosk, ref_id: str) -> Status:
    return k.window.dashboard.model.orders[row_of(k, ref_id)].status


def dashboard_with_an_order_elsewhere(k: Kiosk, other: OtherProcess, mobile: str) -> str:
    """The other process starts an order; staff open the dashboard, which says so."""
    ref_id = run(k.loop, other.start_order(mobile))
    open_dashboard(k)
    k.wait(lambda: any(o.ref_id == ref_id for o in k.window.dashboard.model.orders))
    assert cell(k, ref_id, Column.NEXT) == ELSEWHERE
    return ref_id


def test_an_order_followed_elsewhere_shows_so_follows_its_status_and_is_taken_over(
    kiosk: Kiosk, other: OtherProcess
) -> None:
    ref_id = dashboard_with_an_order_elsewhere(kiosk, other, "+41791160101")
    screen = kiosk.window.dashboard
    assert kiosk.terminal.orders.followed_elsewhere(ref_id) == other.tracker.holder

    # The other process sees a status change; the dashboard reads it from the journal.
    kiosk.sim("POST", f"/_sim/orders/{ref_id}/status", status="INITIALIZED")
    kiosk.wait(lambda: status_of(kiosk, ref_id) is Status.INITIALIZED)
    assert any(e.order.status is Status.INITIALIZED for e in other.events)
    assert cell(kiosk, ref_id, Column.NEXT) == ELSEWHERE

    # It stops cleanly: the window's tracker takes the order over, the row is a normal one.
    run(kiosk.loop, other.close())
    kiosk.wait(lambda: "another process" not in cell(kiosk, ref_id, Column.NEXT))
    assert kiosk.terminal.orders.followed_elsewhere(ref_id) is None
    with Journal(journal_path(kiosk.data_folder, training=True)) as journal:
        lease = journal.lease_of(ref_id)
    assert lease is not None and lease.holder != other.tracker.holder
    # ... and follows it itself from now on.
    kiosk.sim("POST", f"/_sim/orders/{ref_id}/status", status="ERROR", reason="Test")
    kiosk.wait(lambda: screen.model.orders[row_of(kiosk, ref_id)].outcome is Outcome.FAILED)
    assert "failed" in cell(kiosk, ref_id, Column.NEXT)


def test_cancelling_an_order_followed_elsewhere_leaves_it_to_that_process(
    kiosk: Kiosk, other: OtherProcess
) -> None:
    ref_id = dashboard_with_an_order_elsewhere(kiosk, other, "+41791160102")
    screen = kiosk.window.dashboard
    assert screen.select(ref_id)
    click(kiosk, screen.cancel_button)
    click(kiosk, screen.confirm_yes)
    # Staff learn that the other process does the cancel (the window only flags it).
    kiosk.wait(lambda: "another process" in screen.state.text())
    assert ref_id in screen.state.text() and f"pid {os.getpid()}" in screen.state.text()
    assert not screen.error.text()
    # The lease holder cancels it at its next renewal; the row follows from the journal.
    kiosk.wait(lambda: sim_order(kiosk, ref_id)["status"] == "CANCELLED")
    kiosk.wait(lambda: any(e.order.outcome is Outcome.CANCELLED for e in other.events))
    kiosk.wait(lambda: screen.model.orders[row_of(kiosk, ref_id)].outcome is Outcome.CANCELLED)
    assert "cancelled" in cell(kiosk, ref_id, Column.NEXT)
    assert kiosk.terminal.orders.followed_elsewhere(ref_id) is None


def test_an_order_that_ends_in_the_other_process_raises_the_staff_note(
    kiosk: Kiosk, other: OtherProcess
) -> None:
    kiosk.terminal.elsewhere.timer.setInterval(200)  # the window's background re-read (15 s)
    ref_id = run(kiosk.loop, other.start_order("+41791160103"))
    notice = kiosk.window.notice.button
    kiosk.wait(lambda: kiosk.terminal.orders.followed_elsewhere(ref_id) is not None)
    assert not notice.isVisible() and kiosk.window.current is kiosk.window.attract
    kiosk.sim("POST", f"/_sim/orders/{ref_id}/status", status="ERROR", reason="Test")
    kiosk.wait(lambda: any(e.order.outcome is Outcome.FAILED for e in other.events))
    kiosk.wait(notice.isVisible, timeout=10)  # read from the journal, not from the SRS
    assert ref_id in notice.accessibleName()
    assert kiosk.window.current is kiosk.window.attract
