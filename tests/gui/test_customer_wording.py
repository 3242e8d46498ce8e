"""The customer's words (review, s5 wording items 3 and 4): the status screen's way out says
what it does, the AUTHADA texts say "phone", the idle prompt names its button as the button
says, and the readiness reason is a plural message (the verb agrees with the probes named)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.app.stages import Stage
from kiosk.checks.core import MethodVerdict, ProbeName
from kiosk.ui.readiness_reasons import ReadinessReasons
from tests.gui.conftest import Kiosk
from tests.gui.flow import KLARNA_CUSTOMER, choose, click, fill, start, submit_data, to_methods

AUTHADA_CUSTOMER = {"mobile": "+41791234567", "external_id": "SIM-WAIT"}


def sim_status(k: Kiosk, ref_id: str) -> str:
    orders = k.sim("GET", "/_sim/orders").json()["orders"]
    return str(next(o for o in orders if o["refId"] == ref_id)["status"])


def test_the_status_screen_says_what_ending_here_does(kiosk: Kiosk) -> None:
    """The customer's way out is worded for them, says beforehand that nothing is cancelled,
    and needs no staff: the order goes on being followed."""
    start(kiosk, "AUTHADA", AUTHADA_CUSTOMER)
    started = kiosk.ctl.started
    assert started is not None
    click(kiosk, kiosk.window.handoff_qr.progress)
    status = kiosk.window.status
    assert status.leave_button.text() == "End here: the identification goes on"
    assert status.leave_hint.isVisible()
    assert "not cancelled" in status.leave_hint.text()
    # AUTHADA runs on the phone only.
    assert status.next.text() == "Finish the identification on your phone."
    click(kiosk, status.leave_button)
    assert kiosk.ctl.stage is Stage.IDLE and not kiosk.window.pin_pad.isVisible()
    assert [o.ref_id for o in kiosk.ctl.background_orders()] == [started.ref_id]
    assert sim_status(kiosk, started.ref_id) != "CANCELLED"


def test_the_idle_prompt_names_the_button_it_has(kiosk: Kiosk) -> None:
    prompt = kiosk.window.more_time
    prompt.retranslate()
    assert prompt.end.text() == "End here"
    assert "or End here to close it" in prompt.text.text()


class _Numbers(QTranslator):
    """A catalogue with one form per number for the readiness reason (as German has)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "ReadinessReasons" and source.startswith("This terminal cannot run it"):
            return f"{'one' if n == 1 else 'many' if n > 1 else 'unknown'}: %1"
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def numbers(qapp: QApplication) -> Iterator[None]:
    translator = _Numbers()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_readiness_reason_agrees_with_the_number_of_probes(numbers: None) -> None:
    reasons = ReadinessReasons()

    def reason(*probes: ProbeName) -> str:
        return reasons.reason(MethodVerdict("IDENTITY.TM", "video", False, probes, ()))

    assert reason(ProbeName.CAMERA).startswith("one: ")
    assert reason(ProbeName.CAMERA, ProbeName.MICROPHONE).startswith("many: ")


@pytest.mark.parametrize(
    ("issuer", "words"),
    [
        ("AUTHADA", "Enter your mobile number"),  # takes no identity data
        ("KLARNA", "as your bank has them"),  # the data must match the bank account
        ("IDENTITY.TM", "exactly as on the ID document"),
    ],
)
def test_the_form_says_what_it_asks_for_per_method(kiosk: Kiosk, issuer: str, words: str) -> None:
    to_methods(kiosk)
    choose(kiosk, issuer)
    intro = kiosk.window.data.intro.text()
    assert words in intro
    assert ("ID document" in intro) is (issuer == "IDENTITY.TM")


def test_field_problems_are_whole_sentences_in_plain_words(kiosk: Kiosk) -> None:
    """Each problem is one sentence that places the field's label itself (%1), so translators
    can build it grammatically; the mobile and country texts say what to type."""
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    data = kiosk.window.data
    fill(kiosk, {k: v for k, v in KLARNA_CUSTOMER.items() if k != "mobile"})
    fill(kiosk, {"nationality": "CHE"})
    data.fields["nationality"].edit.editingFinished.emit()
    assert data.fields["nationality"].problem.text() == (
        "Nationality must be a two-letter country code, e.g. CH."
    )
    fill(kiosk, {"nationality": "ch"})  # lower case is fine: read as CH
    data.fields["nationality"].edit.editingFinished.emit()
    assert data.fields["nationality"].problem.text() == ""
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.DATA
    assert data.fields["mobile"].problem.text() == (
        "Mobile number is needed: your identification and your signatures later are linked "
        "to this number."
    )
