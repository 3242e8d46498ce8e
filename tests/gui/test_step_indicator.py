"""The step indicator with time left (issue 15 item 7): on the screens of the customer's way
(method, details, consent, hand-off, status), not on the start screen, the result or staff
screens; one line that is also the accessible name; the time left shrinking as the order moves
on; translated, and fitting a small screen with large text in a long language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QApplication

from kiosk.app.journey_steps import Step, StepPosition
from kiosk.app.stages import Stage
from kiosk.ui.widgets.step_indicator import StepIndicator, position_text
from tests.gui.conftest import Kiosk
from tests.gui.flow import (
    accept_consent,
    cancel_identification,
    choose,
    click,
    fill,
    submit_data,
    to_methods,
)
from tests.gui.test_journey_progress import MOBILE, pseudo_everywhere
from tests.gui.test_layout_fit import _large_text, check_layout


def _line(steps: StepIndicator) -> str:
    assert steps.isVisible()
    assert steps.text.accessibleName() == steps.text.text()
    return steps.text.text()


def _bars(steps: StepIndicator) -> list[str]:
    return [str(bar.property("state")) for bar in steps.bars]


def test_the_customer_sees_the_step_and_about_how_long_is_left(kiosk: Kiosk) -> None:
    k, w = kiosk, kiosk.window
    steps = w.steps
    assert not steps.isVisible()  # the start screen
    to_methods(k)
    assert _line(steps) == "Step 1 of 5: choosing the method"  # no method, no time yet
    assert _bars(steps) == ["current", "todo", "todo", "todo", "todo"]
    choose(k, "AUTHADA")  # a few minutes with the app, about 1 for the checks, the SMS
    assert _line(steps) == "Step 2 of 5: your details, about 10 minutes left"
    assert _bars(steps) == ["done", "current", "todo", "todo", "todo"]
    fill(k, {**MOBILE, "external_id": "SIM-WAIT"})
    submit_data(k)
    assert _line(steps) == "Step 3 of 5: your consent, about 8 minutes left"
    accept_consent(k)
    k.wait(lambda: k.ctl.stage is Stage.HANDOFF)
    assert _line(steps) == "Step 4 of 5: your identification, about 7 minutes left"
    assert _bars(steps) == ["done", "done", "done", "current", "todo"]

    ref_id = k.ctl.started.ref_id if k.ctl.started else ""
    k.sim("POST", f"/_sim/orders/{ref_id}/status", status="DATA_READY")
    k.wait(lambda: k.ctl.stage is Stage.TRACKING)
    k.wait(lambda: "about 4 minutes left" in steps.text.text())  # the checks and the SMS
    assert w.current is w.status and steps.isVisible()

    w.open_staff_screen(w.dashboard)  # staff screens: not the customer's way
    assert not steps.isVisible()
    click(k, w.dashboard.back)
    assert w.current is w.status and steps.isVisible()
    cancel_identification(k, w.status)
    k.wait(lambda: k.ctl.stage is Stage.RESULT)
    assert not steps.isVisible()  # the result says how it ended
    click(k, w.result.finish)
    k.wait(lambda: w.current is w.attract)
    assert not steps.isVisible()


def _pseudo_texts() -> None:
    for widget in QApplication.allWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_the_line_is_translated_and_fits_a_small_screen(kiosk: Kiosk) -> None:
    """At 1024x768 with large text, every text in the pseudo-locale (~40% longer, the line
    wrapping): the screens with the indicator still fit, their buttons in reach."""
    k, w = kiosk, kiosk.window
    size = QSize(1024, 768)
    w.resize(size)
    _large_text(k)
    to_methods(k)
    choose(k, "AUTHADA")
    with pseudo_everywhere():
        _pseudo_texts()
        line = _line(w.steps)
        assert line.startswith("[") and "10" in line, line
        found = check_layout(k, "data form", size)
        fill(k, {**MOBILE, "external_id": "SIM-WAIT"})
        submit_data(k)
        _pseudo_texts()
        found += check_layout(k, "consent", size)
        accept_consent(k)
        k.wait(lambda: k.ctl.stage is Stage.HANDOFF)
        _pseudo_texts()
        found += check_layout(k, "hand-off", size)
        k.ctl.show_progress()
        k.wait(lambda: w.current is w.status)
        _pseudo_texts()
        assert _line(w.steps).startswith("[")
        found += check_layout(k, "status", size)
        assert not found, "\n".join(found)


def test_the_line_for_one_minute_and_for_nothing_left(qapp: QApplication) -> None:
    assert (
        position_text(StepPosition(Step.DETAILS, 1))
        == "Step 2 of 5: your details, about 1 minute left"
    )
    # The order is final, the result not shown yet.
    assert (
        position_text(StepPosition(Step.IDENTIFICATION, 0))
        == "Step 4 of 5: your identification, almost done"
    )
    assert position_text(StepPosition(Step.DONE, 0)) == "Step 5 of 5: done"


def test_the_time_left_reads_in_the_customers_language(kiosk: Kiosk) -> None:
    """Through the compiled German catalogue: the whole line is German, the minutes included
    (a plural lookup of a plain message once left it English: "about 10 minutes left")."""
    k, w = kiosk, kiosk.window
    to_methods(k, "de")
    choose(k, "AUTHADA")
    assert _line(w.steps) == "Schritt 2 von 5: Ihre Angaben, noch etwa 10 Min."
