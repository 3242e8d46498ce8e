"""The data form as staff type (issue 14, item 8): mobile numbers as people write them, read
with the branch's region and shown back; a date of birth that cannot be impossible."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.app.stages import Stage
from kiosk.ui.widgets.date_input import DateInput
from tests.gui.conftest import Kiosk
from tests.gui.flow import KLARNA_CUSTOMER, choose, fill, submit_data, to_methods, type_date


def klarna_form(k: Kiosk) -> None:
    to_methods(k)
    choose(k, "KLARNA")


def leave(k: Kiosk, name: str) -> None:
    """Staff move on from the field (its check runs, as on Tab)."""
    k.window.data.fields[name].edit.editingFinished.emit()


def test_a_swiss_mobile_as_people_write_it_is_read_and_shown_back(kiosk: Kiosk) -> None:
    klarna_form(kiosk)
    data = kiosk.window.data
    mobile = data.fields["mobile"]
    for typed in ("079 123 45 67", "+41 (0)79 123 45 67", "0041 79 123 45 67", "+41 079-123.45.67"):
        fill(kiosk, {"mobile": typed})
        leave(kiosk, "mobile")
        assert mobile.reading.text() == "Used as: +41 79 123 45 67", typed
        assert mobile.problem.text() == "", typed
        assert mobile.edit.text() == typed  # what staff typed stays as typed
    fill(kiosk, {**KLARNA_CUSTOMER, "mobile": "+41 (0)79 123 45 67"})
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.CONSENT
    customer = kiosk.ctl.customer
    assert customer is not None and customer.identity is not None
    assert customer.identity.mobile == "+41791234567"  # never +410791234567


def test_a_number_that_cannot_be_read_gets_a_specific_message(kiosk: Kiosk) -> None:
    klarna_form(kiosk)
    mobile = kiosk.window.data.fields["mobile"]
    cases = {
        "079 123 45 6": "Mobile number has too few digits for a number with the country code +41.",
        "044 123 45 67": "not a mobile number",
        "+999 79 123 45 67": "country code that does not exist",
        "079 CALL ME": "must be a phone number",
    }
    for typed, words in cases.items():
        fill(kiosk, {"mobile": typed})
        leave(kiosk, "mobile")
        assert words in mobile.problem.text(), (typed, mobile.problem.text())
        assert mobile.reading.text() == ""
        assert mobile.edit.accessibleDescription() == mobile.problem.text()


def test_without_a_default_region_the_country_code_is_required(kiosk: Kiosk) -> None:
    settings = kiosk.ctl.settings
    kiosk.terminal.settings = settings.model_copy(
        update={"kiosk": settings.kiosk.model_copy(update={"default_region": ""})}
    )
    klarna_form(kiosk)
    mobile = kiosk.window.data.fields["mobile"]
    fill(kiosk, {"mobile": "079 123 45 67"})
    leave(kiosk, "mobile")
    assert "+ and the country code" in mobile.problem.text()
    fill(kiosk, {"mobile": "+41 79 123 45 67"})
    leave(kiosk, "mobile")
    assert mobile.reading.text() == "Used as: +41 79 123 45 67"


def test_a_german_region_reads_a_german_mobile(kiosk: Kiosk) -> None:
    settings = kiosk.ctl.settings
    kiosk.terminal.settings = settings.model_copy(
        update={"kiosk": settings.kiosk.model_copy(update={"default_region": "DE"})}
    )
    klarna_form(kiosk)
    fill(kiosk, {"mobile": "0151 2345 6789"})
    leave(kiosk, "mobile")
    assert kiosk.window.data.fields["mobile"].reading.text() == "Used as: +49 1512 3456789"


def dob(k: Kiosk) -> DateInput:
    edit = k.window.data.fields["dob"].edit
    assert isinstance(edit, DateInput)
    return edit


def test_the_date_of_birth_cannot_be_impossible(kiosk: Kiosk) -> None:
    klarna_form(kiosk)
    field = dob(kiosk)
    # The parts take only their ranges: no 32nd day, no 13th month, no year after this one.
    field.day.setFocus()
    kiosk.qtbot.keyClicks(field.day, "32")
    field.day.interpretText()
    assert field.day.value() in (field.day.blank(), 3)
    fill(kiosk, {"dob": "29.02.1990"})  # 1990 is no leap year
    assert field.date() is None and field.day.is_blank()
    assert "no day 29" in field.notice.text()
    fill(kiosk, {"dob": "29.02.1988"})
    assert field.date() == date(1988, 2, 29) and field.notice.text() == ""
    field.year.setValue(1989)  # the year changed under a 29 February: the day goes, said so
    assert field.date() is None and "no day 29" in field.notice.text()
    assert field.year.maximum() == date.today().year
    assert field.year.minimum() == date.today().year - 131  # the blank; 130 years back allowed
    field.clear()
    assert field.is_empty() and field.text() == ""


def test_an_incomplete_date_is_named_on_next(kiosk: Kiosk) -> None:
    klarna_form(kiosk)
    fill(kiosk, {**KLARNA_CUSTOMER, "dob": "12.08.1964"})
    dob(kiosk).month.setValue(0)
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.DATA
    problem = kiosk.window.data.fields["dob"].problem.text()
    assert problem == "Date of birth needs the day, the month and the year."


def test_typing_a_date_in_one_go_fills_day_month_and_year(kiosk: Kiosk) -> None:
    """Staff type 12.08.1964 (or 12081964) into the day box: each part moves on by itself."""
    klarna_form(kiosk)
    kiosk.window.activateWindow()
    kiosk.qtbot.waitActive(kiosk.window)
    field = dob(kiosk)
    for typed in ("12.08.1964", "12081964", "3.4.1975"):
        field.clear()
        field.day.setFocus(Qt.FocusReason.TabFocusReason)
        for ch in typed:
            target = QApplication.focusWidget()
            assert target is not None
            kiosk.qtbot.keyClick(target, ch)
        expected = {
            "12.08.1964": date(1964, 8, 12),
            "12081964": date(1964, 8, 12),
            "3.4.1975": date(1975, 4, 3),
        }[typed]
        assert field.date() == expected, typed


def test_digits_typed_before_the_part_selects_itself_are_kept(kiosk: Kiosk) -> None:
    """A part that takes the focus selects its text once the loop turns (so a click's digit
    replaces it): a digit typed in the same burst before that turn is kept, not replaced by
    the next one (a busy terminal, a fast typist: "1990" came out as "990")."""
    klarna_form(kiosk)
    kiosk.window.activateWindow()
    kiosk.qtbot.waitActive(kiosk.window)
    field = dob(kiosk)
    field.day.setFocus(Qt.FocusReason.TabFocusReason)
    for ch in "12081":  # day, month, the year's first digit: the year takes the focus
        target = QApplication.focusWidget()
        assert target is not None
        kiosk.qtbot.keyClick(target, ch)
    QApplication.processEvents()  # the loop turns: the year's zero timer runs now
    for ch in "990":
        target = QApplication.focusWidget()
        assert target is not None
        kiosk.qtbot.keyClick(target, ch)
    assert field.date() == date(1990, 8, 12)


def test_each_date_part_has_its_own_accessible_name(kiosk: Kiosk) -> None:
    klarna_form(kiosk)
    field = dob(kiosk)
    names = [part.accessibleName() for part in field.parts]
    assert names == ["Date of birth *: day", "Date of birth *: month", "Date of birth *: year"]
    caption = kiosk.window.data.fields["dob"].caption_label
    assert caption.buddy() is field
    # Each part shows its digits (a style sheet once left the text 1 px wide).
    assert all(part.lineEdit().width() >= 40 for part in field.parts)


def test_a_year_out_of_range_is_said_never_thrown_away(kiosk: Kiosk) -> None:
    """2030 typed as a birth year: the refused digit says the range; left so, the year is
    blanked (not put back to the old one) and the message stays until a year fits."""
    klarna_form(kiosk)
    field = dob(kiosk)
    this_year = date.today().year
    expected = f"The year must be between {this_year - 130} and {this_year}."
    fill(kiosk, {"dob": "12.08.1964"})
    field.year.setFocus()
    field.year.selectAll()
    kiosk.qtbot.keyClicks(field.year, str(this_year + 4))
    assert field.notice.isVisibleTo(field) and field.notice.text() == expected
    kiosk.window.data.fields["first_name"].edit.setFocus()  # leaving it so
    assert field.year.is_blank() and field.date() is None  # not 1964 again
    assert field.notice.text() == expected
    type_date(kiosk, field, "12.08.1964")
    assert field.date() == date(1964, 8, 12) and field.notice.text() == ""
    # Typed out but too early: said at once, blank when left.
    field.year.setFocus()
    field.year.selectAll()
    kiosk.qtbot.keyClicks(field.year, "1850")
    assert field.notice.text() == expected
    kiosk.window.data.fields["first_name"].edit.setFocus()
    assert field.year.is_blank() and field.notice.text() == expected


def test_a_day_or_month_out_of_range_is_said(kiosk: Kiosk) -> None:
    klarna_form(kiosk)
    field = dob(kiosk)
    field.day.setFocus()
    kiosk.qtbot.keyClicks(field.day, "32")
    assert field.notice.text() == "The day must be between 1 and 31."
    field.day.selectAll()
    kiosk.qtbot.keyClicks(field.day, "12")  # moves on to the month by itself
    assert field.notice.text() == "" and field.month.hasFocus()
    kiosk.qtbot.keyClicks(field.month, "13")
    assert field.notice.text() == "The month must be between 1 and 12."


def test_a_problem_goes_as_soon_as_it_is_put_right(kiosk: Kiosk) -> None:
    """After Next named them, each problem and the count go while staff type the fix, before
    the focus leaves the field."""
    klarna_form(kiosk)
    data = kiosk.window.data
    fill(kiosk, {**KLARNA_CUSTOMER, "last_name": ""})
    field = dob(kiosk)
    field.month.setValue(0)
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.DATA
    assert (
        data.fields["dob"].problem.text() == "Date of birth needs the day, the month and the year."
    )
    assert data.summary.text() == "2 fields need correcting."
    field.month.setFocus()
    kiosk.qtbot.keyClicks(field.month, "0")
    # Still partial (the month has one digit): the message holds meanwhile.
    assert data.fields["dob"].problem.text() != ""
    kiosk.qtbot.keyClicks(field.month, "8")
    assert field.date() == date(1964, 8, 12)
    assert data.fields["dob"].problem.text() == ""
    assert data.summary.text() == "1 field needs correcting."
    last = data.fields["last_name"].edit
    last.setFocus()
    kiosk.qtbot.keyClicks(last, "Mustermann")
    assert last.hasFocus() and data.fields["last_name"].problem.text() == ""
    assert not data.summary.isVisibleTo(data)
