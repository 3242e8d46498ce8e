"""Starting an order from the window: the order's own jurisdiction and LOA from the staff's
filter, one order per tap, a journal that cannot record the start (issue 17 items 10, 11), a
cancel shown at once, and orders of an earlier training run that end."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest

from kiosk.app.flow import StartRefused
from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import IdentityData, Jurisdiction, MethodFilter
from kiosk.tracking import Journal, Outcome, TrackedOrder, journal_path
from tests.gui.conftest import Kiosk, delete_now, kiosk_settings, run, training_backend
from tests.gui.flow import (
    KLARNA_CUSTOMER,
    accept_consent,
    cancel_identification,
    choose,
    click,
    fail_the_start,
    fill,
    submit_data,
    to_methods,
)
from tests.gui.test_staff_dashboard import open_dashboard

VIDEO_CUSTOMER = {"last_name": "Muster", "mobile": "+41791234567", "external_id": "SIM-WAIT"}


def sim_orders(k: Kiosk) -> list[dict[str, object]]:
    orders: list[dict[str, object]] = k.sim("GET", "/_sim/orders").json()["orders"]
    return orders


def journal_order(k: Kiosk, ref_id: str) -> TrackedOrder | None:
    """The order as the journal file has it (every order, final ones too)."""
    return next((o for o in run(k.loop, k.terminal.orders.all()) if o.ref_id == ref_id), None)


def wait_listing(k: Kiosk, jurisdiction: Jurisdiction) -> None:
    """Until the cards show the listing for a filter on ``jurisdiction``."""
    k.wait(
        lambda: (
            k.ctl.customer is not None
            and k.ctl.customer.filters.jurisdiction == (jurisdiction,)
            and not k.window.methods._load.busy
            and bool(k.window.methods.cards)
        )
    )


def test_a_zertes_preset_orders_and_verifies_with_zertes(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    click(kiosk, kiosk.window.methods.preset_buttons["qes-ch"])
    wait_listing(kiosk, Jurisdiction.ZERTES)
    choose(kiosk, "IDENTITY.TM")
    fill(kiosk, VIDEO_CUSTOMER)
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    started = kiosk.ctl.started
    assert started is not None
    kept = journal_order(kiosk, started.ref_id)
    assert kept is not None and (kept.jurisdiction, kept.loa) == (Jurisdiction.ZERTES, 4)
    # The provider finishes; the RA verify asks for ZertES at LOA 4 and finds the evidence.
    kiosk.sim("POST", f"/_sim/orders/{started.ref_id}/status", status="TERMINATED")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None and order.evidence_id and order.jurisdiction is Jurisdiction.ZERTES


def test_an_loa_filter_sets_the_orders_loa(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    methods = kiosk.window.methods
    jurisdiction, loa = methods.filters["jurisdiction"], methods.filters["loa"]
    jurisdiction.setCurrentIndex(jurisdiction.findData(Jurisdiction.EIDAS))
    loa.setCurrentIndex(loa.findData(3))
    wait_listing(kiosk, Jurisdiction.EIDAS)
    kiosk.wait(
        lambda: (
            kiosk.ctl.customer is not None
            and kiosk.ctl.customer.filters.loa == 3
            and not methods._load.busy
        )
    )
    choose(kiosk, "KLARNA")
    fill(kiosk, KLARNA_CUSTOMER)
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    started = kiosk.ctl.started
    assert started is not None
    kept = journal_order(kiosk, started.ref_id)
    assert kept is not None and (kept.jurisdiction, kept.loa) == (Jurisdiction.EIDAS, 3)


def to_consent(k: Kiosk) -> None:
    to_methods(k)
    choose(k, "KLARNA")
    fill(k, KLARNA_CUSTOMER)
    submit_data(k)
    assert k.ctl.stage is Stage.CONSENT


def slow_start(k: Kiosk, seconds: float) -> None:
    """The SRS takes ``seconds`` before it handles the next start."""
    k.sim(
        "POST",
        "/_sim/faults",
        path="/api/providers",
        kind="delay",
        delay_s=seconds,
        method="POST",
        count=1,
    )


def test_a_second_tap_never_starts_a_second_order(kiosk: Kiosk) -> None:
    to_consent(kiosk)
    slow_start(kiosk, 1.5)
    consent = kiosk.window.consent
    click(kiosk, consent.accept)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.STARTING)
    assert not consent.accept.isEnabled() and kiosk.ctl.starting
    consent.agree()  # a tap that got through anyway
    with pytest.raises(StartRefused):
        run(kiosk.loop, kiosk.ctl.start())
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    assert len(sim_orders(kiosk)) == 1


@contextmanager
def journal_locked(k: Kiosk) -> Iterator[None]:
    """Another process holds the journal's write lock (as a stuck `srs-kiosk track` would):
    every write of the window's tracker fails once SQLite's busy timeout has passed."""
    other = sqlite3.connect(journal_path(k.data_folder, training=True), isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def start_intents(k: Kiosk) -> int | None:
    """How many start intents the journal file holds; None where it keeps none (before v5)."""
    path = journal_path(k.data_folder, training=True)
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if not reader.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'start_intents'"
        ).fetchone():
            return None
        return int(reader.execute("SELECT count(*) FROM start_intents").fetchone()[0])
    finally:
        reader.close()


def test_a_start_refused_for_load_leaves_nothing_behind(kiosk: Kiosk) -> None:
    """429/503 mean nothing was processed (guide): no order, and the intent is dropped."""
    assert "not answering right now" in fail_the_start(kiosk)
    assert sim_orders(kiosk) == []
    assert start_intents(kiosk) in (0, None)


def test_a_start_whose_answer_never_came_stays_for_staff_to_check(kiosk: Kiosk) -> None:
    """A timeout may have created an order: the journal keeps the intent (listed as an
    interrupted start), never forgets it."""
    to_consent(kiosk)
    slow_start(kiosk, 12.0)  # longer than the client's timeout (10 s): the answer is lost
    click(kiosk, kiosk.window.consent.accept)
    kiosk.wait(lambda: bool(kiosk.window.consent.error.text()))
    assert "not answering right now" in kiosk.window.consent.error.text()
    assert "For staff: the start failed" in kiosk.window.staff_detail.text
    # (This simulator drops a request whose client hung up; a real SRS may have made it.)
    intents = start_intents(kiosk)
    if intents is None:
        pytest.skip("this journal keeps no start intents yet (tracking: journal v5)")
    assert intents == 1


def test_starts_whose_answer_never_came_are_listed_for_staff(kiosk: Kiosk) -> None:
    """A `srs-kiosk identify` killed during its start call left an intent in the journal: the
    dashboard lists it with its External ID, for staff to check with support."""
    journal = Journal(journal_path(kiosk.data_folder, training=True))
    try:
        if not hasattr(journal, "add_intent"):
            pytest.skip("this journal keeps no start intents yet (tracking: journal v5)")
        gone = subprocess.Popen(["true"])
        gone.wait()  # the process that made the call has ended
        journal.add_intent(
            "KLARNA",
            "bankident",
            "BRANCH-LOST-7",
            time.time(),
            pid=gone.pid,
            host=socket.gethostname(),
        )
    finally:
        journal.close()
    open_dashboard(kiosk)
    note = kiosk.window.dashboard.interrupted
    kiosk.wait(note.isVisible)
    assert "got no answer from the SRS" in note.text() and "Check with support" in note.text()
    assert "KLARNA/bankident, External ID BRANCH-LOST-7" in note.text()


def wait_intent_written(k: Kiosk) -> None:
    """Until the start intent is in the journal (where the journal keeps intents), so a lock
    taken now hits the write after the start call."""
    path = journal_path(k.data_folder, training=True)
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has_intents = reader.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'start_intents'"
        ).fetchone()
        if has_intents:
            k.wait(lambda: reader.execute("SELECT count(*) FROM start_intents").fetchone()[0] > 0)
    finally:
        reader.close()


def assert_journal_failure_shown(k: Kiosk) -> str:
    consent = k.window.consent
    k.wait(lambda: bool(consent.error.text()))
    text = consent.error.text()
    assert "cannot record identifications" in text  # the customer's part only
    assert "journal" not in text
    staff = k.window.staff_detail.text  # the staff's part: in the staff strip
    assert staff.startswith("For staff: the order journal could not be written")
    assert k.window.staff_detail.label.isVisible()
    assert "Traceback" not in text + staff
    assert k.ctl.stage is Stage.CONSENT and k.ctl.started is None
    assert not consent.accept.isEnabled() and not consent.accept.isVisible()  # no second tap
    consent.agree()
    assert not consent._start.busy
    return staff


def test_a_journal_failing_after_the_start_cancels_the_order_and_says_so(kiosk: Kiosk) -> None:
    to_consent(kiosk)
    slow_start(kiosk, 2.0)
    click(kiosk, kiosk.window.consent.accept)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.STARTING)
    wait_intent_written(kiosk)
    with journal_locked(kiosk):
        text = assert_journal_failure_shown(kiosk)
    [created] = sim_orders(kiosk)
    ref_id = str(created["refId"])
    assert f"Order {ref_id} was created and has been cancelled again" in text
    assert created["status"] == "CANCELLED"  # nothing left running unfollowed at the SRS
    assert journal_order(kiosk, ref_id) is None
    assert len(sim_orders(kiosk)) == 1


def test_a_journal_that_cannot_be_written_leaves_no_live_order(kiosk: Kiosk) -> None:
    to_consent(kiosk)
    with journal_locked(kiosk):
        click(kiosk, kiosk.window.consent.accept)
        assert_journal_failure_shown(kiosk)
    # Either the start was never sent (the intent could not be written) or its order was
    # cancelled at once: nothing runs at the SRS that the kiosk does not follow.
    assert all(o["status"] == "CANCELLED" for o in sim_orders(kiosk))


def test_a_cancelled_order_is_final_at_once(kiosk: Kiosk) -> None:
    to_consent(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    started = kiosk.ctl.started
    assert started is not None
    click(kiosk, kiosk.window.handoff_web.progress)
    status = kiosk.window.status
    cancel_identification(kiosk, status)
    kiosk.wait(lambda: not status._cancel.busy)
    # Right after the SRS confirmed: the window, its journal and the stage agree.
    order = kiosk.ctl.order
    assert order is not None and order.outcome is Outcome.CANCELLED
    kept = journal_order(kiosk, started.ref_id)
    assert kept is not None and kept.is_done and kept.outcome is Outcome.CANCELLED
    assert kiosk.ctl.stage is Stage.RESULT
    assert started.ref_id not in {o.ref_id for o in kiosk.ctl.background_orders()}


def test_a_cancel_from_the_dashboard_shows_the_order_final_at_once(kiosk: Kiosk) -> None:
    to_consent(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    started = kiosk.ctl.started
    assert started is not None
    kiosk.ctl.wipe()  # the customer left; the order goes on in the background
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == started.ref_id for o in screen.model.orders))
    assert screen.select(started.ref_id)
    click(kiosk, screen.cancel_button)
    click(kiosk, screen.confirm_yes)
    kiosk.wait(lambda: not screen._cancel.busy)
    # The moment the cancel returned: the row, the window's active orders and the journal.
    row = next(o for o in screen.model.orders if o.ref_id == started.ref_id)
    assert row.outcome is Outcome.CANCELLED and row.is_done
    assert started.ref_id not in {o.ref_id for o in kiosk.terminal.holder.tracking.active()}
    kept = journal_order(kiosk, started.ref_id)
    assert kept is not None and kept.outcome is Outcome.CANCELLED


def test_orders_of_an_earlier_training_run_end(kiosk: Kiosk) -> None:
    """Issue 16 item 3: an order the training simulator no longer knows (it was started on an
    earlier run) ends in the window, as in the CLI, instead of showing connection trouble."""
    with EmbeddedSimulator(speed=60.0) as earlier:
        root = Composition(
            kiosk_settings(),
            config_path=kiosk.data_folder / "earlier.toml",
            data_folder=kiosk.data_folder,
        )
        session = root.session(training_backend(earlier))
        ctl = session.flow
        try:
            run(kiosk.loop, session.terminal.start_tracking())
            ctl.begin("en")
            listed = run(kiosk.loop, ctl.list_methods(MethodFilter()))
            ctl.choose(next(m for m in listed if m.issuer == "KLARNA"))
            assert not ctl.submit_identity(
                IdentityData(
                    first_name="Erika",
                    last_name="Mustermann",
                    dob=date(1964, 8, 12),
                    mobile="+4915123456789",
                    external_id="SIM-WAIT",
                )
            )
            started = run(kiosk.loop, ctl.start())
        finally:
            run(kiosk.loop, session.aclose())  # releases its lease: the window takes the order over
            delete_now(ctl)
    kiosk.wait(
        lambda: (o := kiosk.terminal.holder.order(started.ref_id)) is not None and o.is_done,
        timeout=60,
    )
    order = kiosk.terminal.holder.order(started.ref_id)
    assert order is not None and order.outcome is Outcome.EXPIRED and order.problem is None
