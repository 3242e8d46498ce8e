"""Every new text of the method tiles, the data form, and errors for people (issue 14, items 5,
7, 8) goes through translation in its context: shown in the pseudo-locale's rendering (the
catalogue entries come when the catalogues are regenerated)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.app.language import pseudo
from kiosk.srs import Status
from kiosk.ui.texts import reason_sentence
from kiosk.ui.widgets.date_input import DateInput
from tests.gui.conftest import Kiosk
from tests.gui.flow import card, choose, fail_the_start, fill, to_methods
from tests.gui.test_i18n import compiled  # noqa: F401 - autouse: the compiled catalogues
from tests.gui.test_texts_translated import _Catalogue, catalogue, install  # noqa: F401

CONTEXTS = frozenset(
    {
        "MethodsScreen",
        "MethodCard",
        "DataScreen",
        "DateInput",
        "Problem",
        "CustomerError",
        "StaffDetail",
        "Reason",
        "ConsentScreen",
        "Field",
    }
)


def test_the_new_texts_in_the_pseudo_locale(kiosk: Kiosk, catalogue: list[_Catalogue]) -> None:  # noqa: F811
    install(catalogue, _Catalogue({}, CONTEXTS))
    to_methods(kiosk)
    methods = kiosk.window.methods
    assert methods.more.accessibleName() == pseudo("More filters")
    video = card(kiosk, "IDENTITY.TM")
    assert video.duration.text() == pseudo("About %1–%2 minutes").replace("%1", "10").replace(
        "%2", "20"
    )
    choose(kiosk, "KLARNA")
    data = kiosk.window.data
    dob = data.fields["dob"].edit
    assert isinstance(dob, DateInput)
    assert dob.day.accessibleName().endswith(": " + pseudo("day"))
    assert dob.year.specialValueText() == pseudo("YYYY")
    fill(kiosk, {"mobile": "079 123 45 67"})
    data.fields["mobile"].edit.editingFinished.emit()
    assert data.fields["mobile"].reading.text() == pseudo("Used as: %1").replace(
        "%1", "+41 79 123 45 67"
    )
    fill(kiosk, {"mobile": "044 123 45 67"})
    data.fields["mobile"].edit.editingFinished.emit()
    # One sentence, the field's label placed by the translation (%1).
    assert data.fields["mobile"].problem.text() == pseudo(
        "%1 is not a mobile number (a landline or service number): the SMS needs a mobile."
    ).replace("%1", pseudo("Mobile number"))
    assert reason_sentence(Status.ERROR, "FRAUD_SUSPICION") == pseudo(
        "The provider could not accept this identification for security reasons."
    )
    kiosk.ctl.wipe()
    QApplication.processEvents()
    text = fail_the_start(kiosk)
    assert text == pseudo(
        "The identification service is not answering right now: please try again in a moment."
    )
    before = pseudo("For staff: the start failed. %1").split("%1")[0]
    assert kiosk.window.staff_detail.text.startswith(before)
