"""Errors for people (issue 14, item 7): the customer reads one short sentence in their language
and gets one action; the technical side (HTTP status, the SRS's error code, the provider's
reason) goes to the staff strip, in the staff language; known provider reasons are said in the
customer's words."""

from __future__ import annotations

import re

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app.stages import Stage
from kiosk.srs import (
    AuthenticationFailed,
    FieldProblem,
    InvalidInput,
    MalformedResponse,
    NotFound,
    ServiceUnavailable,
    Status,
)
from kiosk.tracking import SESSION_TIMED_OUT
from kiosk.ui.screens.base import (
    STAFF_START_FAILED,
    Action,
    customer_error,
    report_to_staff,
    staff_error_text,
    technical_detail,
)
from kiosk.ui.texts import ReasonKind, next_steps, reason_kind, reason_sentence
from tests.gui.conftest import Kiosk
from tests.gui.flow import KLARNA_CUSTOMER, choose, click, fill, start, submit_data, to_methods

TECHNICAL = re.compile(r"HTTP|SRS|\b[45]\d\d\b|_|Details:|Ref-?ID")


def to_klarna_consent(k: Kiosk) -> None:
    to_methods(k)
    choose(k, "KLARNA")
    fill(k, KLARNA_CUSTOMER)
    submit_data(k)
    assert k.ctl.stage is Stage.CONSENT


def refuse_start(k: Kiosk, status: int, count: int = 5) -> str:
    """The SRS answers the start with ``status``; the customer's error line."""
    k.sim(
        "POST",
        "/_sim/faults",
        path="/api/providers",
        kind="error",
        status=status,
        method="POST",
        count=count,
        retry_after=1,
    )
    consent = k.window.consent
    click(k, consent.accept)
    k.wait(consent.error.isVisible)
    k.sim("DELETE", "/_sim/faults")
    return consent.error.text()


def test_a_busy_service_one_sentence_for_the_customer_the_codes_for_staff(kiosk: Kiosk) -> None:
    to_klarna_consent(kiosk)
    text = refuse_start(kiosk, 503)
    assert text == (
        "The identification service is not answering right now: please try again in a moment."
    )
    assert not TECHNICAL.search(text)
    consent = kiosk.window.consent
    assert consent.accept.text() == "Try again" and consent.accept.isVisible()
    staff = kiosk.window.staff_detail
    assert staff.label.isVisible()
    assert staff.text.startswith("For staff: the start failed. The SRS answered with a server")
    assert "HTTP 503" in staff.text
    # Trying again works, and the strip's old news goes.
    click(kiosk, consent.accept)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    assert staff.text == "" and not staff.label.isVisible()


def test_details_the_srs_refused_lead_back_to_the_details(kiosk: Kiosk) -> None:
    to_klarna_consent(kiosk)
    text = refuse_start(kiosk, 422, count=1)
    assert text == "Some of your details were not accepted: please check them."
    consent = kiosk.window.consent
    assert consent.accept.text() == "Check my details"
    assert "HTTP 422" in kiosk.window.staff_detail.text
    click(kiosk, consent.accept)
    assert kiosk.ctl.stage is Stage.DATA
    assert kiosk.window.data.fields["last_name"].edit.text() == "Mustermann"  # kept


def test_a_method_the_srs_no_longer_knows_leads_back_to_the_choice(kiosk: Kiosk) -> None:
    to_klarna_consent(kiosk)
    text = refuse_start(kiosk, 404, count=1)
    assert text == (
        "This identification method is not available right now: please choose another one."
    )
    consent = kiosk.window.consent
    assert consent.accept.text() == "Choose another method"
    click(kiosk, consent.accept)
    assert kiosk.ctl.stage is Stage.SETUP


def test_the_wipe_clears_the_staff_strip(kiosk: Kiosk) -> None:
    to_klarna_consent(kiosk)
    refuse_start(kiosk, 503)
    assert kiosk.window.staff_detail.text
    kiosk.ctl.wipe()
    assert kiosk.window.staff_detail.text == ""


def end_with(k: Kiosk, status: str, reason: str) -> None:
    started = k.ctl.started
    assert started is not None
    k.sim("POST", f"/_sim/orders/{started.ref_id}/status", status=status, reason=reason)
    k.wait(lambda: k.ctl.stage is Stage.RESULT)


def test_a_provider_reason_in_the_customers_words(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    end_with(kiosk, "ERROR", "FRAUD_SUSPICION: document tampered")
    result = kiosk.window.result
    assert result.reason.text() == (
        "The provider could not accept this identification for security reasons."
    )
    shown = " ".join(w.text() for w in (result.headline, result.reason, result.advice))
    assert "FRAUD" not in shown and "staff" in result.advice.text()
    staff = kiosk.window.staff_detail.text
    assert "the provider's reason: FRAUD_SUSPICION: document tampered" in staff
    assert "ERROR" in staff


def test_no_camera_advice_for_a_method_without_the_terminals_camera(kiosk: Kiosk) -> None:
    # Review item 7: SIM-ERROR on AUTHADA (the eID app on the customer's phone) said to check
    # the terminal's light, camera and microphone.
    start(kiosk, "AUTHADA", {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    end_with(kiosk, "ERROR", "Poor video quality")
    result = kiosk.window.result
    shown = " ".join(w.text() for w in (result.reason, result.advice))
    assert "camera" not in shown and "picture" not in shown
    assert "Start a new identification" in result.advice.text()


def test_a_failed_bank_login_is_not_blamed_on_the_details(kiosk: Kiosk) -> None:
    """Klarna's page "Fail" (the simulator's bank login failed): the customer is asked to log
    in again or to choose another method, never to correct details that were right (review
    shot 99)."""
    to_klarna_consent(kiosk)
    accept = kiosk.window.consent.accept
    click(kiosk, accept)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    kiosk.wait(lambda: kiosk.ctl.target_url is not None)
    # What the provider's page sends when the customer's bank login fails.
    page = httpx.post(f"{kiosk.ctl.target_url}/fail", json={"reason": "The bank login failed"})
    page.raise_for_status()
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    result = kiosk.window.result
    assert result.reason.text() == "The login at your bank or in the app did not work."
    assert "log in again" in result.advice.text()
    assert "match" not in result.advice.text()
    assert result.again.text() == "Start a new identification"


def test_a_bank_the_method_cannot_serve_leads_to_another_method(kiosk: Kiosk) -> None:
    start(kiosk, "KLARNA", KLARNA_CUSTOMER)
    end_with(kiosk, "ERROR", "BANK_NOT_SUPPORTED")
    result = kiosk.window.result
    assert result.reason.text() == (
        "This identification method cannot be used with your bank or device."
    )
    assert result.advice.text() == "Choose another identification method."
    assert result.again.text() == "Choose another method"
    click(kiosk, result.again)
    assert kiosk.ctl.stage is Stage.SETUP


def test_details_that_did_not_match_are_corrected_then_started_again(kiosk: Kiosk) -> None:
    """IDENTIFICATION_NEGATIVELY_CONDUCTED (guide, appendix 1): the data did not match the ID;
    a new order with corrected data."""
    start(kiosk, "AUTHADA", {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    end_with(kiosk, "IDENTIFICATION_NEGATIVELY_CONDUCTED", "DATA_MISMATCH")
    result = kiosk.window.result
    assert result.reason.text() == "The details given did not match your ID document."
    assert result.again.text() == "Correct the details and start again"
    click(kiosk, result.again)
    assert kiosk.ctl.stage is Stage.DATA
    assert kiosk.window.data.fields["mobile"].edit.text() == "+41791234567"


@pytest.mark.parametrize(
    ("status", "reason", "kind"),
    [
        # The guide's ERROR reasons (§4), as a provider might word them.
        (Status.ERROR, "FRAUD_SUSPICION", ReasonKind.FRAUD),
        (Status.ERROR, "Suspicion of fraud", ReasonKind.FRAUD),
        (Status.ERROR, "negative identification", ReasonKind.NEGATIVE),
        (Status.ERROR, "insufficient means (bad camera, microphone)", ReasonKind.MEANS),
        (Status.ERROR, "MICROPHONE_NOT_WORKING", ReasonKind.MEANS),
        # A negative identification says why only in its reason: no reason, or only "not
        # identified", blames nobody (Klarna ends a session that ran out negatively too).
        (Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, None, ReasonKind.NEGATIVE),
        (
            Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
            "Identification negatively conducted",
            ReasonKind.NEGATIVE,
        ),
        (Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, "failed", ReasonKind.NEGATIVE),
        (Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, "DATA_MISMATCH", ReasonKind.DATA),
        # A failed login (Klarna's page "Fail") is not about the details given.
        (
            Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
            "The bank login failed",
            ReasonKind.LOGIN,
        ),
        (Status.ERROR, "AUTHENTICATION_FAILED", ReasonKind.LOGIN),
        (Status.ERROR, "BANK_NOT_SUPPORTED", ReasonKind.UNSUPPORTED),
        (Status.ERROR, "The identification was aborted", ReasonKind.STOPPED),
        (
            Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
            "The ID card could not be read",
            ReasonKind.DOCUMENT,
        ),
        (
            Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
            "The bank account holder does not match the data given",
            ReasonKind.DATA,
        ),
        (
            Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
            "The ID card could not be verified",
            ReasonKind.DOCUMENT,
        ),
        (Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, "SESSION_EXPIRED", ReasonKind.EXPIRED),
        # A final word of another reading, kept as the reason (Status.implied_reason).
        (Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, "TIMEDOUT", ReasonKind.EXPIRED),
        # The tracker's words for a negative without a reason at the session's end (item 6).
        (Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, SESSION_TIMED_OUT, ReasonKind.EXPIRED),
        (Status.ERROR, "USER_CANCELLED", ReasonKind.STOPPED),
        (Status.ERROR, None, None),
        (Status.ERROR, "E4711", None),  # unknown: nothing invented; staff see it
    ],
)
def test_known_provider_reasons(
    status: Status, reason: str | None, kind: ReasonKind | None
) -> None:
    assert reason_kind(status, reason) is kind
    sentence = reason_sentence(status, reason)
    assert bool(sentence) is (kind is not None)
    assert not TECHNICAL.search(sentence)
    # Only a data mismatch asks to correct the details; only poor means blame the camera.
    advice = next_steps(status, reason)
    assert ("corrected details" in advice) is (kind is ReasonKind.DATA)
    assert ("camera" in advice) is (kind is ReasonKind.MEANS)
    # A method without the terminal's camera never blames it.
    assert "camera" not in next_steps(status, reason, camera=False)
    assert reason_kind(status, reason, camera=False) is not ReasonKind.MEANS


@pytest.mark.parametrize(
    ("error", "action", "words"),
    [
        (ServiceUnavailable("busy", status_code=503), Action.RETRY, "not answering"),
        (TimeoutError(), Action.RETRY, "not answering"),  # an OSError, but no staff matter
        (MalformedResponse("half a body"), Action.RETRY, "went wrong"),
        (InvalidInput("refused", status_code=422), Action.CORRECT, "check them"),
        (NotFound("no such method", status_code=404), Action.OTHER_METHOD, "another one"),
        (AuthenticationFailed("invalid_client", status_code=401), Action.RETRY, "staff"),
        (OSError(28, "No space left on device"), Action.RETRY, "staff"),
        (RuntimeError("boom"), Action.RETRY, "went wrong"),
    ],
)
def test_every_kind_of_error_one_sentence_and_one_action(
    qapp: object, error: BaseException, action: Action, words: str
) -> None:
    told = customer_error(error)
    assert told.action is action
    text = told.text()
    assert words in text and text.count(".") == 1 and not TECHNICAL.search(text)


def test_the_technical_detail_names_status_code_and_message(qapp: object) -> None:
    error = ServiceUnavailable(
        "The SRS answered with a server error (HTTP 503); try again in a moment",
        status_code=503,
        code="service_unavailable",
        server_text="Upstream busy",
    )
    assert technical_detail(error) == "HTTP 503 · service_unavailable · Upstream busy"
    assert staff_error_text(error).endswith("(HTTP 503 · service_unavailable · Upstream busy)")


def test_fields_the_srs_refused_are_shown_at_their_place(kiosk: Kiosk) -> None:
    """A 422 naming fields (the consent screen passes them on with "Check my details"): back
    at the details, each refused field says why, the first one has the focus."""
    to_klarna_consent(kiosk)
    kiosk.ctl.back()
    kiosk.window.consent.refusedFields.emit(
        (FieldProblem("last_name", "does not match the bank account"),)
    )
    field = kiosk.window.data.fields["last_name"]
    assert field.problem.text() == "Last name does not match the bank account"
    assert kiosk.window.data.summary.text().startswith("1 field")
    assert field.edit.hasFocus() or QApplication.focusWidget() is None


def test_a_refusal_quoting_a_name_is_logged_without_it(
    kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    refused = InvalidInput(
        "Muster1 is not a name",
        [FieldProblem("last_name", "Muster1 has a digit")],
        status_code=422,
        code="invalid_fields",
    )
    with caplog.at_level("WARNING"):
        report_to_staff(kiosk.ctl, STAFF_START_FAILED, refused)
    assert "Muster1" not in caplog.text
    assert "422 · invalid_fields · last_name" in caplog.text
    assert "Muster1 has a digit" in kiosk.window.staff_detail.text  # staff see it, on screen


@pytest.mark.parametrize("status", ["ERROR", "CANCELLED"])
def test_after_the_end_no_step_is_promised(kiosk: Kiosk, status: str) -> None:
    # Review item 7: failed and cancelled outcomes still showed "The provider checks – a few
    # minutes" and "Confirm the SMS – about 2 min.".
    start(kiosk, "AUTHADA", {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    end_with(kiosk, status, "The identification was aborted")
    rows = kiosk.window.result.timeline._rows
    shown = [
        (mark.text(), name.text(), when.text())
        for mark, name, when in rows
        if name.isVisibleTo(kiosk.window)
    ]
    assert shown == [("✕", "Identify yourself", "stopped")]
    assert all(not when.isVisibleTo(kiosk.window) for _, _, when in rows[1:])


def test_start_again_leaves_the_old_note_and_back_lands_in_a_field(kiosk: Kiosk) -> None:
    # Review item 10: the new attempt showed the previous order's staff note, and after "Back"
    # to the form no field had the focus.
    start(kiosk, "AUTHADA", {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    end_with(kiosk, "ERROR", "The identification was aborted")
    assert "ended" in kiosk.window.staff_detail.text
    click(kiosk, kiosk.window.result.again)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.CONSENT)
    assert kiosk.window.staff_detail.text == ""
    click(kiosk, kiosk.window.consent.back)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.DATA)
    mobile = kiosk.window.data.fields["mobile"].edit
    kiosk.wait(lambda: QApplication.focusWidget() is mobile)


def test_a_failure_names_whom_to_call_when_the_branch_set_it(kiosk: Kiosk) -> None:
    """The advice says "call support with the reference ID": the staff line under it gives the
    branch's support contact ([support] contact) beside the Ref-ID (review s8: no number)."""
    contact = "Branch IT, +41 44 000 00 00"
    settings = kiosk.ctl.settings
    kiosk.terminal.settings = settings.model_copy(
        update={"support": settings.support.model_copy(update={"contact": contact})}
    )
    start(kiosk, "AUTHADA", {"mobile": "+41791234567", "external_id": "SIM-WAIT"})
    end_with(kiosk, "ERROR", "Poor video quality")
    result = kiosk.window.result
    assert "call support" in result.advice.text()
    strip = result.staff_strip.text()
    assert "Ref-ID: " in strip and strip.endswith(f"Support: {contact}")
    assert result.staff_strip.isVisible()
