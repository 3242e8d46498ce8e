"""The guide's advice where staff and customer see it (issue 12 §2), against the live simulator:
each method's card says what the customer needs, and a method the kiosk does not know still gets
one; staff learn that video calls are in German or English only; the customer reads the Mobile
ID tip and hears of the SMS for the terms before the hand-off; the video identification sends
only the surname unless staff choose a data match; orders carry the branch's default External
ID; the support card names the PRO-Nr and the branch's contact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from kiosk.app.stages import Stage
from kiosk.config import Settings
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import Jurisdiction, Method
from tests.gui.conftest import Kiosk, run
from tests.gui.flow import (
    accept_consent,
    card,
    choose,
    click,
    fill,
    submit_data,
    to_methods,
)
from tests.gui.test_keyboard import activate, check_keyboard, focused, press, tab_to
from tests.gui.test_staff_dashboard import open_dashboard, start_order


def _tick(k: Kiosk, box: QCheckBox) -> None:
    """Staff scroll the form to the box and click it (on its box: the row is wider than the
    box and its text)."""
    k.window.data.scroller.ensureWidgetVisible(box)
    assert box.isVisible() and box.isEnabled()
    k.qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))


def _configure(
    k: Kiosk, *, kiosk: dict[str, object] | None = None, support: dict[str, object] | None = None
) -> Settings:
    """Settings as staff save them (effective at once)."""
    s = k.ctl.settings
    changed = s.model_copy(
        update={
            "kiosk": s.kiosk.model_copy(update=kiosk or {}),
            "support": s.support.model_copy(update=support or {}),
        }
    )
    run(k.loop, k.terminal.apply_settings(changed))
    return changed


def test_staff_see_what_each_method_needs_before_choosing(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    cards = kiosk.window.methods.cards
    assert all(c.needs.isVisible() for c in cards)
    needs = {c.method.issuer: c.needs.text() for c in cards}
    for expected in (
        "German ID card with eID function",
        "residence card",
        "smartphone with NFC",
        "AUTHADA app (free)",
        "6-digit PIN",
    ):
        assert expected in needs["AUTHADA"]
    for expected in ("online banking at a supported bank (about 3500 banks)", "SMS code"):
        assert expected in needs["KLARNA"]
    for expected in (
        "camera and microphone",
        "valid ID document",
        "10–20 minutes",
        "German or English",
    ):
        assert expected in needs["IDENTITY.TM"]
    # An English-speaking customer: no warning about the call languages.
    assert not any(c.note.isVisible() for c in cards)


@pytest.mark.parametrize(("language", "name"), [("fr", "French"), ("it", "Italian")])
def test_staff_learn_video_calls_are_in_german_or_english_only(
    kiosk: Kiosk, language: str, name: str
) -> None:
    to_methods(kiosk, language)  # the customer's language; the staff's stays English
    video = card(kiosk, "IDENTITY.TM")
    assert video.note.isVisible()
    assert video.note.text() == f"Video calls in German or English only: the customer chose {name}."
    assert video.choose.isEnabled()  # a note, not a block: the customer may speak either
    assert not card(kiosk, "KLARNA").note.isVisible()
    assert not card(kiosk, "AUTHADA").note.isVisible()


def test_a_german_speaking_customer_gets_no_call_language_note(kiosk: Kiosk) -> None:
    to_methods(kiosk, "de")
    assert not card(kiosk, "IDENTITY.TM").note.isVisible()


def test_a_method_the_kiosk_does_not_know_still_gets_a_card(kiosk: Kiosk) -> None:
    # A listing with types the guide's list does not have yet ("updated regularly"), as the
    # client passes them on: the type as the raw text.
    web = Method(
        "NEWCO", "selfie", "Selfie", "SELFIE NEWCO", (Jurisdiction.EIDAS,), 3, False, True, True
    )  # type: ignore[arg-type]
    app_only = Method(
        "NEWCO", "wallet", "Wallet", "WALLET NEWCO", (Jurisdiction.EIDAS,), 4, False, False, True
    )  # type: ignore[arg-type]
    _configure(
        kiosk, kiosk={"enabled_methods": ("NEWCO/selfie", "NEWCO/wallet", "KLARNA/bankident")}
    )
    to_methods(kiosk)
    methods = kiosk.window.methods
    methods.show_cards([web, app_only])
    selfie, wallet = methods.cards
    facts = dict(selfie.facts_text())
    assert selfie.name.text() == "SELFIE NEWCO" and facts["Type"] == "Selfie"
    assert selfie.needs.text() == (
        "A method this kiosk does not know (type Selfie): it runs in the kiosk's web view."
    )
    assert selfie.choose.isEnabled() and not selfie.reason.isVisible()
    # Without a web flow nothing here can hand it off: staff see why, and cannot choose it.
    assert dict(wallet.facts_text())["Type"] == "Wallet"
    assert not wallet.choose.isEnabled()
    assert (
        wallet.reason.isVisible()
        and "cannot be handed off at this terminal" in wallet.reason.text()
    )
    click(kiosk, selfie.choose)
    assert kiosk.ctl.stage is Stage.DATA and kiosk.ctl.customer is not None
    assert kiosk.ctl.customer.method == web


def test_the_customer_reads_the_mobile_id_tip_and_the_terms_sms_before_the_hand_off(
    kiosk: Kiosk,
) -> None:
    to_methods(kiosk)
    choose(kiosk, "AUTHADA")
    fill(kiosk, {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    consent = kiosk.window.consent
    assert kiosk.ctl.stage is Stage.CONSENT
    assert consent.mobile_id.isVisible() and consent.terms_sms.isVisible()
    assert "activate Mobile ID" in consent.mobile_id.text()
    assert "before you start" in consent.mobile_id.text()
    assert consent.terms_sms.text() == (
        "After the identification you get an SMS from Swisscom: accept the terms to finish."
    )


def test_video_sends_only_the_surname_unless_staff_choose_a_data_match(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    to_methods(kiosk)
    choose(kiosk, "IDENTITY.TM")
    data, customer = kiosk.window.data, kiosk.ctl.customer
    assert customer is not None
    box = data.match_all
    assert box is not None and box.isVisible() and not box.isChecked()
    assert box.text() == "Also send the other data for matching"
    assert "must match the ID document exactly" in data.match_hint.text()
    matching = ("first_name", "dob", "place_of_birth", "nationality")
    assert data.fields["last_name"].edit.isVisible()
    assert not any(data.fields[name].edit.isVisible() for name in matching)
    assert not customer.match_all_data

    _tick(kiosk, box)  # staff want the data matched
    assert customer.match_all_data
    assert all(data.fields[name].edit.isVisible() for name in matching)
    # Rows shown, not their empty hint and problem lines.
    assert not any(
        data.fields[name].problem.isVisible() or data.fields[name].hint.isVisible()
        for name in matching
    )
    fill(kiosk, {"first_name": "Max", "dob": "01.02.1980"})
    _tick(kiosk, box)  # ... and change their mind: the typed details are not sent
    assert not customer.match_all_data
    assert not data.fields["dob"].edit.isVisible()

    fill(kiosk, {"last_name": "Muster", "mobile": "+41791234567", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    assert customer.identity is not None
    assert customer.identity.last_name == "Muster"
    assert customer.identity.first_name is None and customer.identity.dob is None
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    [order] = simulator.state.orders.all()
    assert order.fields.get("lastName") == "Muster"
    # Appendix 1's "none of the other attributes": the number too (kept locally for verify).
    assert not {"firstName", "dob", "mobile"} & set(order.fields)


def test_with_a_data_match_the_video_form_sends_the_other_details(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "IDENTITY.TM")
    data = kiosk.window.data
    assert data.match_all is not None
    _tick(kiosk, data.match_all)
    assert "checked against the ID document" in data.match_hint.text()
    fill(
        kiosk,
        {"first_name": "Max", "last_name": "Muster", "dob": "01.02.1980", "mobile": "+41791234567"},
    )
    submit_data(kiosk)
    customer = kiosk.ctl.customer
    assert customer is not None and customer.match_all_data
    assert customer.identity is not None and customer.identity.first_name == "Max"
    assert customer.identity.dob is not None and customer.identity.dob.year == 1980


def test_other_methods_have_no_data_match_choice(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    assert kiosk.window.data.match_all is None
    assert kiosk.window.data.fields["first_name"].edit.isVisible()
    customer_fields = [f for n, f in kiosk.window.data.fields.items() if n != "external_id"]
    assert not any(f.problem.isVisible() or f.hint.isVisible() for f in customer_fields)


def test_orders_carry_the_branch_default_external_id_unless_staff_change_it(
    kiosk: Kiosk, simulator: EmbeddedSimulator
) -> None:
    _configure(kiosk, kiosk={"external_id": "BRANCH-ZH-7"})
    to_methods(kiosk)
    choose(kiosk, "AUTHADA")
    external = kiosk.window.data.fields["external_id"]
    assert external.edit.text() == "BRANCH-ZH-7"
    assert external.hint.isVisible() and "default" in external.hint.text()
    fill(kiosk, {"mobile": "+41 79 123 45 67"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    assert [o.external_id for o in simulator.state.orders.all()] == ["BRANCH-ZH-7"]
    kiosk.ctl.wipe()  # the customer left; the order goes on in the background

    # The next customer: staff override it for this order; the checks are today's.
    to_methods(kiosk)
    choose(kiosk, "AUTHADA")
    external = kiosk.window.data.fields["external_id"]
    assert external.edit.text() == "BRANCH-ZH-7"
    fill(kiosk, {"mobile": "+41 79 123 45 67", "external_id": "x" * 101})
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.DATA and "at most 100" in external.problem.text()
    fill(kiosk, {"external_id": "SIM-WAIT"})
    submit_data(kiosk)
    customer = kiosk.ctl.customer
    assert customer is not None and customer.identity is not None
    assert customer.identity.external_id == "SIM-WAIT"


def test_the_support_card_names_the_pro_nr_and_the_branch_contact(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"  # made at the first export
    _configure(
        kiosk,
        support={
            "pro_nr": "PRO-4711",
            "contact": "IT Zürich, +41 44 123 45 67",
            "export_folder": folder,
        },
    )
    ref_id = start_order(kiosk)
    kiosk.ctl.wipe()  # the customer left; the order goes on in the background
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    screen.select(ref_id)
    click(kiosk, screen.support)
    support = kiosk.window.support
    assert support.values["pro_nr"].text() == "PRO-4711"
    assert support.values["branch_contact"].text() == "IT Zürich, +41 44 123 45 67"
    for name in ("ref_id", "method", "started"):
        assert support.values[name].text() not in ("", "-")
    click(kiosk, support.export_text)
    click(kiosk, support.export_json)
    (text_path,) = folder.glob("support-*.txt")
    (json_path,) = folder.glob("support-*.json")
    assert text_path.name.startswith(f"support-{ref_id}-")
    assert support.state.text() == f"Saved as {json_path}."
    text = text_path.read_text(encoding="utf-8")
    assert "PRO-Nr: PRO-4711" in text and "Branch contact: IT Zürich" in text
    assert ref_id in text
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["proNr"] == "PRO-4711" and data["branchContact"].startswith("IT Zürich")
    # A folder the kiosk cannot make (under a file): said, with the folder, nothing else lost.
    blocked = text_path / "cards"
    _configure(kiosk, support={"export_folder": blocked})
    click(kiosk, support.export_text)
    assert str(blocked) in support.error.text() and "could not be saved" in support.error.text()
    assert support.error.isVisible() and len(list(folder.iterdir())) == 2


def test_the_support_card_says_where_to_set_a_missing_pro_nr(kiosk: Kiosk) -> None:
    ref_id = start_order(kiosk)
    kiosk.ctl.wipe()  # the customer left; the order goes on in the background
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    screen.select(ref_id)
    click(kiosk, screen.support)
    assert "Settings" in kiosk.window.support.values["pro_nr"].text()


def test_the_data_match_choice_works_by_keyboard(kiosk: Kiosk) -> None:
    activate(kiosk)
    to_methods(kiosk)
    choose(kiosk, "IDENTITY.TM")
    data = kiosk.window.data
    box = data.match_all
    assert box is not None
    fields = [f.edit for f in data.fields.values() if f.edit.isVisible()]
    stops = check_keyboard(kiosk, data, expected=[*fields, box, data.back, data.next])
    assert stops.index(box) < stops.index(data.fields["external_id"].edit)
    tab_to(kiosk, box)
    press(kiosk, Qt.Key.Key_Space)
    assert box.isChecked() and kiosk.ctl.customer is not None
    assert kiosk.ctl.customer.match_all_data
    assert data.fields["dob"].edit.isVisible()
    # Enter in the last name goes on to the next field shown: the date of birth now.
    data.fields["last_name"].edit.setFocus()
    press(kiosk)
    dob = data.fields["dob"]
    assert focused() is dob.stops()[0]  # the date's day box
