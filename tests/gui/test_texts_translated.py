"""Field problems and SRS errors reach the screen translated: their templates are looked up in
the catalogue (contexts "Problem" and "SrsError") and the values filled in afterwards.

The texts new to the catalogue are answered here by a translator installed on top of the
kiosk's (German as the catalogue will have it, or the pseudo-locale's rendering), so the tests
prove the lookup without waiting for ``make translations``; the rest comes from the compiled
catalogues (the ``compiled`` fixture of test_i18n)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.app.language import pseudo
from kiosk.srs import FieldProblem, InvalidInput, NotFound, ServiceUnavailable
from kiosk.tracking import UnknownOrder
from kiosk.ui.screens.base import error_text
from kiosk.ui.texts import problem_text
from tests.gui.conftest import Kiosk
from tests.gui.flow import choose, fail_the_start, fill, submit_data, to_methods
from tests.gui.test_i18n import compiled  # noqa: F401 - autouse: the compiled catalogues

KLARNA = "BankIdent KLARNA"
UNREACHABLE = (
    "The SRS cannot be reached right now. Check the network connection and try again in a moment."
)
NOT_ANSWERING = (
    "The identification service is not answering right now: please try again in a moment."
)
GERMAN = {
    ("Problem", "%1 is required for %2."): "%1 ist für %2 erforderlich.",
    ("CustomerError", NOT_ANSWERING): "Der Identifikationsdienst antwortet gerade nicht: "
    "bitte versuchen Sie es gleich nochmals.",
    ("SrsError", UNREACHABLE): "Der SRS-Dienst ist im Moment nicht erreichbar. Prüfen Sie "
    "die Netzwerkverbindung und versuchen Sie es gleich nochmals.",
    ("SrsError", "Details: %1"): "Details: %1",
}
PSEUDO_CONTEXTS = frozenset({"Problem", "SrsError", "CustomerError"})


class _Catalogue(QTranslator):
    """Answers the listed texts (or, with ``pseudo_contexts``, every text of those contexts in
    the pseudo-locale); None for the rest, which the kiosk's own translator then answers."""

    def __init__(
        self,
        texts: dict[tuple[str, str], str],
        pseudo_contexts: frozenset[str] = frozenset(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.texts, self.pseudo_contexts = texts, pseudo_contexts
        self.asked: list[tuple[str, str]] = []

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context in PSEUDO_CONTEXTS:
            self.asked.append((context, source))
        if context in self.pseudo_contexts:
            return pseudo(source)
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def catalogue(qapp: QApplication) -> Iterator[list[_Catalogue]]:
    """Install with ``install(...)``; removed after the test."""
    installed: list[_Catalogue] = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def install(installed: list[_Catalogue], translator: _Catalogue) -> _Catalogue:
    QCoreApplication.installTranslator(translator)  # searched before the kiosk's router
    installed.append(translator)
    QApplication.processEvents()
    return translator


def field_caption(name: str) -> str:
    return QCoreApplication.translate("Field", name)


def show_required_problem(kiosk: Kiosk, language: str) -> str:
    to_methods(kiosk, language)
    choose(kiosk, "KLARNA")
    fill(kiosk, {"mobile": "+4915123456789"})  # names and birth date left out
    submit_data(kiosk)
    problem = kiosk.window.data.fields["first_name"].problem
    kiosk.wait(problem.isVisible)
    return problem.text()


def show_unreachable_service(kiosk: Kiosk, language: str) -> str:
    """The start of an identification fails (the consent screen, in the customer's language)."""
    return fail_the_start(kiosk, language)


def test_a_required_field_problem_in_german(kiosk: Kiosk, catalogue: list[_Catalogue]) -> None:
    german = install(catalogue, _Catalogue(GERMAN))
    text = show_required_problem(kiosk, "de")
    # The caption from the compiled catalogue, the problem's template translated, then filled.
    assert text == f"{field_caption('First name(s)')} ist für {KLARNA} erforderlich."
    assert text.startswith("Vorname(n) ")
    assert ("Problem", "%1 is required for %2.") in german.asked


def test_a_required_field_problem_in_the_pseudo_locale(
    kiosk: Kiosk, catalogue: list[_Catalogue]
) -> None:
    kiosk.ctl.language.pseudo = True
    try:
        install(catalogue, _Catalogue({}, PSEUDO_CONTEXTS))
        text = show_required_problem(kiosk, "en")
    finally:
        kiosk.ctl.language.pseudo = False
    template = pseudo("%1 is required for %2.")
    assert template.startswith("[") and template.endswith("~]")
    # The caption and the brand name are filled in after translation: the brand intact, not
    # accented; the caption pseudo-translated itself.
    head, tail = template.split("%1")
    assert text.startswith(head) and text.endswith(tail.replace("%2", KLARNA))
    assert KLARNA in text


def test_an_unreachable_service_in_german(kiosk: Kiosk, catalogue: list[_Catalogue]) -> None:
    """The customer reads one sentence in their language, no codes; staff get the detail."""
    install(catalogue, _Catalogue(GERMAN))
    text = show_unreachable_service(kiosk, "de")
    assert text == GERMAN[("CustomerError", NOT_ANSWERING)]
    staff = kiosk.window.staff_detail.text
    assert staff.startswith("For staff: the start failed. ")  # the staff language (en)
    assert "HTTP 503" in staff


STAFF_GERMAN = {
    ("StaffDetail", "For staff: the start failed. %1"): "Für das Personal: Der Start ist "
    "fehlgeschlagen. %1",
    ("SrsError", "The SRS answered with a server error. Try again in a moment."): "Der SRS "
    "hat mit einem Serverfehler geantwortet. Versuchen Sie es gleich nochmals.",
}


def test_a_server_error_for_german_staff_has_no_english_but_the_servers(
    kiosk: Kiosk, catalogue: list[_Catalogue]
) -> None:
    """The staff line words the kind of error in the staff language; the detail is only what
    the server said (its code and text), not the kiosk's own English sentence."""
    install(catalogue, _Catalogue(STAFF_GERMAN))
    kiosk.ctl.language.switch_staff("de")
    fail_the_start(kiosk, "de")
    staff = kiosk.window.staff_detail.text
    assert staff.startswith(
        "Für das Personal: Der Start ist fehlgeschlagen. Der SRS hat mit einem Serverfehler "
        "geantwortet. Versuchen Sie es gleich nochmals. ("
    ), staff
    assert "try again in a moment" not in staff  # was: (The SRS answered ...; try again ...)
    assert "Simulated failure (HTTP 503)" in staff  # the simulator's own text, kept


def test_an_unreachable_service_in_the_pseudo_locale(
    kiosk: Kiosk, catalogue: list[_Catalogue]
) -> None:
    kiosk.ctl.language.pseudo = True
    try:
        install(catalogue, _Catalogue({}, PSEUDO_CONTEXTS))
        text = show_unreachable_service(kiosk, "en")
    finally:
        kiosk.ctl.language.pseudo = False
    assert text == pseudo(NOT_ANSWERING)
    assert "HTTP 503" in kiosk.window.staff_detail.text


# -- the shape of error_text, without the kiosk ----------------------------------------------


def test_an_srs_error_reads_as_what_happened_then_details(qapp: QApplication) -> None:
    # The kiosk's own English message is not repeated; what the network said is the detail.
    unreachable = ServiceUnavailable("the SRS could not be reached")
    unreachable.__cause__ = ConnectionRefusedError("connection refused")
    text = error_text(unreachable)
    assert text == f"{UNREACHABLE}\nDetails: ConnectionRefusedError: connection refused"
    assert error_text(NotFound("No order with ref id X.")).endswith(
        "\nDetails: No order with ref id X."
    )


def test_own_field_problems_are_the_details_not_the_english_message(
    qapp: QApplication, catalogue: list[_Catalogue]
) -> None:
    error = InvalidInput(
        "Some of the customer's details need correcting.",
        [FieldProblem("first_name", "%1 is required for %2.", (KLARNA,))],
    )
    assert error_text(error) == (
        "Some details were refused. Correct them and try again.\n"
        f"Details: First name(s) is required for {KLARNA}."
    )
    install(catalogue, _Catalogue({}, PSEUDO_CONTEXTS))
    text = error_text(error)
    assert "Some of the customer's" not in text
    assert pseudo("%1 is required for %2.").split("%2")[1] in text
    assert KLARNA in text


def test_problem_text_translates_then_fills(
    qapp: QApplication, catalogue: list[_Catalogue]
) -> None:
    problem = FieldProblem("dob", "%1 cannot be more than %2 years ago; check the year.", ("130",))
    assert (
        problem_text(problem, "Date of birth")
        == "Date of birth cannot be more than 130 years ago; check the year."
    )
    install(
        catalogue,
        _Catalogue({("Problem", problem.problem): "%1 darf nicht mehr als %2 Jahre zurückliegen."}),
    )
    assert (
        problem_text(problem, "Geburtsdatum")
        == "Geburtsdatum darf nicht mehr als 130 Jahre zurückliegen."
    )


def test_an_order_missing_from_the_journal_names_no_ref_id_twice(qapp: QApplication) -> None:
    assert error_text(UnknownOrder("R-1")) == (
        "This order is no longer in the kiosk's journal. Refresh the list."
    )
    assert error_text(TimeoutError()) == "The service did not answer in time."
