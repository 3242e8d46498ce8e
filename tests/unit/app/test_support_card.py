"""The support card's process step and support team (guide §6.2), derived from an order's
status and outcome; its JSON and text hold identifiers, never names or birth dates."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.app.exports import export_folder, write_export
from kiosk.app.support_card import (
    SupportCard,
    Team,
    export_name,
    local_time,
    process_step,
)
from kiosk.srs import Jurisdiction, Status
from kiosk.tracking import (
    PROBLEM_AFTER_FAILURES,
    ActionKind,
    HistoryEntry,
    NextAction,
    TrackedOrder,
)

T0 = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def order(status: Status, *, done: bool = False, **changes: object) -> TrackedOrder:
    base = TrackedOrder(
        ref_id="ref-1",
        order_id="isp-7",
        issuer="IDENTITY.TM",
        method="video",
        jurisdiction=Jurisdiction.EIDAS,
        loa=4,
        status=status,
        reason=None,
        history=(HistoryEntry(Status.CREATED, T0), HistoryEntry(status, T0 + timedelta(minutes=3))),
        next_action=None if done else NextAction(ActionKind.POLL, T0 + timedelta(minutes=4)),
        created_at=T0,
        updated_at=T0 + timedelta(minutes=3),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "done", "step", "team"),
    [
        (Status.CREATED, False, 2, Team.SERVICE_PROVIDER),
        (Status.INITIALIZED, False, 3, Team.ISP),
        (Status.ERROR, True, 3, Team.ISP),
        (Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, True, 3, Team.ISP),
        (Status.IDENTIFICATION_DONE, False, 4, Team.SERVICE_PROVIDER),
        (Status.DATA_READY, False, 4, Team.SERVICE_PROVIDER),
        (Status.TERMINATED, False, 5, Team.SWISSCOM),
        (Status.TERMINATED, True, 5, Team.SWISSCOM),
        (Status.CANCELLED, True, 2, Team.SERVICE_PROVIDER),
    ],
)
def test_step_and_team_follow_the_status(status: Status, done: bool, step: int, team: Team) -> None:
    found = process_step(order(status, done=done))
    assert (found.number, found.team) == (step, team)


def test_a_persisting_fault_before_terminated_is_step_one() -> None:
    broken = order(
        Status.INITIALIZED, failures=PROBLEM_AFTER_FAILURES, last_error="The SRS did not answer."
    )
    assert process_step(broken).number == 1
    assert process_step(replace(broken, status=Status.TERMINATED)).number == 5


def test_export_holds_identifiers_msisdn_and_description() -> None:
    verified = order(Status.TERMINATED, done=True, evidence_id="ev-42")
    card = SupportCard(verified, "+41791234567", "No SMS for the terms", T0)
    data = json.loads(card.json_text())
    assert data["refId"] == "ref-1" and data["orderId"] == "isp-7"
    assert data["msisdn"] == "+41791234567" and data["evidenceId"] == "ev-42"
    assert data["processStep"] == 5 and data["supportTeam"] == "swisscom"
    text = card.text(lambda _context, source: source)
    for expected in (
        "Ref-ID: ref-1",
        "Order ID: isp-7",
        "MSISDN: +41791234567",
        "ev-42",
        "Swisscom Service Desk",
        "No SMS for the terms",
        "VIDEO",
    ):
        assert expected in text


def test_the_card_names_the_pro_nr_and_the_branch_contact() -> None:
    card = SupportCard(
        order(Status.TERMINATED, done=True),
        None,
        "",
        T0,
        pro_nr="PRO-4711",
        branch_contact="IT Zürich, +41 44 123 45 67",
    )
    data = json.loads(card.json_text())
    assert data["proNr"] == "PRO-4711" and data["branchContact"] == "IT Zürich, +41 44 123 45 67"
    text = card.text(lambda _context, source: source)
    assert "PRO-Nr: PRO-4711" in text and "Branch contact: IT Zürich, +41 44 123 45 67" in text


def test_without_settings_the_card_says_so() -> None:
    card = SupportCard(order(Status.CREATED), None)
    assert json.loads(card.json_text())["proNr"] is None
    assert "PRO-Nr: -" in card.text(lambda _context, source: source)


def test_times_are_local_to_the_second_with_the_utc_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Zurich")  # UTC+01:00 in winter, +02:00 in summer
    time.tzset()
    try:
        check_local_times()
    finally:
        monkeypatch.undo()
        time.tzset()


def check_local_times() -> None:
    at = datetime(2026, 12, 4, 22, 30, 5, 637400, tzinfo=UTC)
    assert local_time(at) == "04.12.2026 23:30:05 (UTC+01:00)"
    assert local_time(datetime(2026, 7, 1, 8, 0, tzinfo=UTC)) == "01.07.2026 10:00:00 (UTC+02:00)"
    card = SupportCard(replace(order(Status.CREATED), created_at=at), None)
    text = card.text(lambda _context, source: source)
    assert "Started: 04.12.2026 23:30:05 (UTC+01:00)" in text
    assert "637400" not in text and "T22:30" not in text
    # The JSON for a ticket: UTC, to the second.
    assert json.loads(card.json_text())["startedAt"] == "2026-12-04T22:30:05Z"


def test_an_export_is_named_by_ref_id_and_time_and_never_overwrites(tmp_path: Path) -> None:
    when = datetime(2026, 12, 5, 2, 36, 37, tzinfo=UTC)
    name = export_name("062338b2-fe22/../x y", when, "txt")
    local = when.astimezone()
    assert name == f"support-062338b2-fe22____x_y-{local:%Y%m%d-%H%M%S}.txt"  # no path in it
    folder = tmp_path / "new" / "cards"  # made on the way
    first = write_export(folder, name, "one")
    second = write_export(folder, name, "two")  # the same second: a name of its own
    assert first == folder / name and second.name == name.replace(".txt", "-2.txt")
    assert (first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")) == (
        "one",
        "two",
    )
    assert export_folder(folder) == folder
    assert export_folder(None).is_absolute()  # the user's documents folder


def test_an_export_where_no_folder_can_be_made_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(OSError):
        write_export(blocker / "cards", "support-x.txt", "card")
