"""Customer data: a form generated from the method's rules, checked as staff type.

For the video identification the guide advises sending only the surname unless the service
provider needs a data match (appendix 1): the other identity fields appear only when staff tick
"Also send the other data for matching" (``CustomerSession.match_all_data``)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.flow import CustomerFlow
from kiosk.app.send_data import UNKNOWN_METHOD_DATA
from kiosk.i18n import fill
from kiosk.srs import FieldProblem, IdentityData, MethodSpec, MethodType, read_mobile
from kiosk.srs.validation import MAX_AGE_YEARS, MOBILE_HINT

from ..input_hints import hint_named_field
from ..texts import plural, problem_text
from ..widgets.common import (
    MAY_HIDE_FOR_KEYS,
    button,
    focus_first,
    label,
    restyle,
    set_button,
    set_label,
    tab_order,
)
from ..widgets.date_input import DateInput
from ..widgets.readable_scroll import readable
from .base import Screen

# (attribute, label, placeholder) in the order staff ask for them.
FIELDS = (
    ("first_name", str(QT_TRANSLATE_NOOP("Field", "First name(s)")), ""),
    ("last_name", str(QT_TRANSLATE_NOOP("Field", "Last name")), ""),
    ("dob", str(QT_TRANSLATE_NOOP("Field", "Date of birth")), "DD.MM.YYYY"),
    ("place_of_birth", str(QT_TRANSLATE_NOOP("Field", "Place of birth")), ""),
    ("nationality", str(QT_TRANSLATE_NOOP("Field", "Nationality")), "CH"),
    ("validity", str(QT_TRANSLATE_NOOP("Field", "ID document valid until")), "DD.MM.YYYY"),
    ("mobile", str(QT_TRANSLATE_NOOP("Field", "Mobile number")), "+41 79 123 45 67"),
    ("email", str(QT_TRANSLATE_NOOP("Field", "E-mail")), "name@example.ch"),
    ("country", str(QT_TRANSLATE_NOOP("Field", "Country of residence")), "CH"),
)
STAFF_FIELDS = (("external_id", str(QT_TRANSLATE_NOOP("Field", "External ID")), ""),)
STAFF_NAMES = frozenset(name for name, _, _ in STAFF_FIELDS)
REFUSED_NAMES = {
    "postal_address": str(QT_TRANSLATE_NOOP("Field", "postal address")),
    "artist_name": str(QT_TRANSLATE_NOOP("Field", "artist name")),
    "title": str(QT_TRANSLATE_NOOP("Field", "title")),
    "document_number": str(QT_TRANSLATE_NOOP("Field", "ID document number")),
    "issuing_country": str(QT_TRANSLATE_NOOP("Field", "issuing country")),
    "issuing_city": str(QT_TRANSLATE_NOOP("Field", "issuing city")),
    "first_name": str(QT_TRANSLATE_NOOP("Field", "names")),
    "dob": str(QT_TRANSLATE_NOOP("Field", "date of birth")),
    "place_of_birth": str(QT_TRANSLATE_NOOP("Field", "place of birth")),
    "nationality": str(QT_TRANSLATE_NOOP("Field", "nationality")),
}
PARTIAL_DATE = str(QT_TRANSLATE_NOOP("Problem", "%1 needs the day, the month and the year."))
# How many years ahead an ID document's validity may reach in the date input.
VALIDITY_YEARS = 20
_UPPER = ("nationality", "country")
_DATES = ("dob", "validity")
# Identity data the video identification only needs for a data match (guide, appendix 1: "we
# suggest submitting only the Surname"); shown when staff choose to send it.
MATCH_FIELDS = frozenset({"first_name", "dob", "place_of_birth", "nationality", "validity"})
# Attributes this version of IdentityData holds (a form field for another is left out).
_IDENTITY_FIELDS = frozenset(f.name for f in dataclasses.fields(IdentityData))


def surname_only_by_default(spec: MethodSpec | None) -> bool:
    """The guide's advice for the video identification (its one video method, identity.tm)."""
    return spec is not None and spec.method_type is MethodType.VIDEO


def field_text(text: str) -> str:
    return QCoreApplication.translate("Field", text)


_CAPTIONS = {name: caption for name, caption, _ in FIELDS + STAFF_FIELDS}


def field_caption(name: str) -> str:
    """The label of the field ``name`` in the interface language; unknown names as they are."""
    caption = _CAPTIONS.get(name)
    return field_text(caption) if caption is not None else name


def date_input(name: str, today: date | None = None) -> DateInput:
    """The date of birth within the accepted ages; an ID document's validity from today on."""
    year = (today or date.today()).year
    if name == "dob":
        return DateInput(year - MAX_AGE_YEARS, year)
    return DateInput(year, year + VALIDITY_YEARS)


class _Field:
    def __init__(self, name: str, caption: str, placeholder: str) -> None:
        self.name, self.caption = name, caption
        self.caption_label = label(wrap=False)
        self.caption_label.setMinimumHeight(48)
        self.edit: QLineEdit | DateInput
        if name in _DATES:
            self.edit = date_input(name)
        else:
            self.edit = QLineEdit()
            self.edit.setPlaceholderText(placeholder)
        hint_named_field(self.edit, name, personal=True)  # the on-screen keyboard's keys
        for stop in self.stops():
            # No menu on a right-click or long press: no Paste of what someone else copied.
            stop.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.caption_label.setBuddy(self.edit)
        self.problem = label("fieldError")
        self.hint = label("small")
        # The mobile number as it will be used (+41 79 123 45 67), read back to staff.
        self.reading = label("small")
        self.reading.setObjectName("mobileReading")
        self.problem.hide()
        self.hint.hide()
        self.reading.hide()

    def stops(self) -> tuple[QWidget, ...]:
        """Where Tab stops in this field (a date: day, month, year)."""
        return self.edit.parts if isinstance(self.edit, DateInput) else (self.edit,)

    def is_empty(self) -> bool:
        if isinstance(self.edit, DateInput):
            return self.edit.is_empty()
        return not self.edit.text().strip()


class DataScreen(Screen):
    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.fields: dict[str, _Field] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        self.title = label("title")
        self.intro = label("muted")
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        for heading in (self.title, self.intro):  # room for Back and Next above the keys
            heading.setProperty(MAY_HIDE_FOR_KEYS, True)
        self.scroller = readable(QScrollArea())
        self.scroller.setWidgetResizable(True)
        # Not a Tab stop itself: Tab goes to the fields and scrolls them into view.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroller, 1)
        # The count of problems beside Next, not on a line of its own: at 1024x768 with large
        # text the form's page has no line to spare above the on-screen keyboard.
        self.summary = label("error")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        self.back = button()
        self.back.clicked.connect(self.ctl.back)
        self.next = button("primary")
        self.next.clicked.connect(self.submit)
        row.addWidget(self.back)
        row.addStretch()
        row.addWidget(self.summary, 1)
        row.addWidget(self.next)
        layout.addLayout(row)
        self.form_host: QWidget | None = None
        # Hidden until _build moves them into the form (children of the screen meanwhile: a
        # label without a parent would be a window of its own when shown).
        self.refused = label("small", parent=self)
        self.refused.hide()
        self.staff_box: QGroupBox | None = None
        self.match_all: QCheckBox | None = None  # the video identification's data match choice
        self.match_hint = label("small", parent=self)
        self.match_hint.hide()
        self.identity_form: QFormLayout | None = None
        self.retranslate()

    def enter(self) -> None:
        customer = self.ctl.customer
        if customer is None:
            return
        if customer.identity is None or not self.fields:
            self._build()
        set_label(self.summary, "")
        self.retranslate()
        # The first empty field (the first one on a new form); back to a filled-in form (to
        # correct it): its first field.
        edits = [f.edit for f in self.fields.values()]
        focus_first(*(f.edit for f in self.fields.values() if f.is_empty()), *edits, self.next)

    def _build(self) -> None:
        # Staff who go back and pick another method keep what they typed where it still fits.
        kept = {name: f.edit.text() for name, f in self.fields.items() if f.edit.text()}
        self.wipe()
        customer = self.ctl.customer
        assert customer is not None
        spec = customer.spec
        accepted = spec.data.accepted if spec is not None else UNKNOWN_METHOD_DATA
        host = QWidget()
        outer = QVBoxLayout(host)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        self.identity_form = form
        for name, caption, placeholder in FIELDS:
            if name != "mobile" and name not in accepted:
                continue
            if name not in _IDENTITY_FIELDS:
                continue
            self._add(form, name, caption, placeholder)
        self.staff_box = QGroupBox()
        staff_form = QFormLayout(self.staff_box)
        self.match_all = None
        customer.match_all_data = False
        if surname_only_by_default(spec):
            self.match_all = QCheckBox()
            self.match_all.toggled.connect(self._match_all_toggled)
            staff_form.addRow(self.match_all)
            staff_form.addRow(self.match_hint)
        for name, caption, placeholder in STAFF_FIELDS:
            if name in accepted:
                self._add(staff_form, name, caption, placeholder)
        outer.addWidget(self.staff_box)
        outer.addWidget(self.refused)
        outer.addStretch()
        self.form_host = host
        self.scroller.setWidget(host)
        # Tab: the fields top to bottom (staff-only last), then Back and Next.
        tab_order(
            *(w for f in self.fields.values() if f.name not in STAFF_NAMES for w in f.stops()),
            *([self.match_all] if self.match_all is not None else []),
            *(w for f in self.fields.values() if f.name in STAFF_NAMES for w in f.stops()),
            self.back,
            self.next,
        )
        for name, text in kept.items():
            if name in self.fields:
                self.fields[name].edit.setText(text)
        # The branch's default External ID (guide §5.2: billing); staff may change it.
        default_id = self.ctl.settings.kiosk.external_id
        if "external_id" in self.fields and "external_id" not in kept and default_id:
            self.fields["external_id"].edit.setText(default_id)
        self._show_match_fields()
        if spec is not None:
            for name, why in spec.data.recommended:
                if name in self.fields:
                    set_label(self.fields[name].hint, QCoreApplication.translate("Hint", why))

    def _match_all_toggled(self, on: bool) -> None:
        if self.ctl.customer is not None:
            self.ctl.customer.match_all_data = on
        self.retranslate()

    def sends(self, name: str) -> bool:
        """Whether the field ``name`` is part of what is sent: a matching field only when staff
        chose the data match (for the video identification)."""
        return self.match_all is None or self.match_all.isChecked() or name not in MATCH_FIELDS

    def _show_match_fields(self) -> None:
        """The matching rows of a form with the data match choice: shown only when chosen."""
        if self.match_all is None or self.identity_form is None:
            return
        for name in MATCH_FIELDS & self.fields.keys():
            field = self.fields[name]
            shown = self.sends(name)
            self.identity_form.setRowVisible(field.caption_label, shown)
            if not shown:
                self._show(field, None)
            # Showing a row shows all its widgets: the empty hint and problem stay hidden.
            field.hint.setVisible(shown and bool(field.hint.text()))
            field.problem.setVisible(shown and bool(field.problem.text()))

    def _add(self, form: QFormLayout, name: str, caption: str, placeholder: str) -> None:
        field = _Field(name, caption, placeholder)
        field.edit.editingFinished.connect(lambda n=name: self._check_one(n))
        field.edit.returnPressed.connect(lambda n=name: self._return_pressed(n))
        # A problem shown goes as soon as it is put right, not only when the focus leaves.
        if isinstance(field.edit, DateInput):
            field.edit.changed.connect(lambda n=name: self._recheck(n))
        else:
            field.edit.textChanged.connect(lambda _text, n=name: self._recheck(n))
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(field.edit)
        if isinstance(field.edit, DateInput):
            column.addWidget(field.edit.notice)
        if name == "mobile":
            column.addWidget(field.reading)
        column.addWidget(field.hint)
        column.addWidget(field.problem)
        form.addRow(field.caption_label, column)
        self.fields[name] = field

    def _return_pressed(self, name: str) -> None:
        """Enter moves on to the next field, as in a paper form; in the last field it is Next
        (and the check puts the focus on the first field to correct)."""
        names = [n for n in self.fields if self.sends(n)]
        index = names.index(name) if name in names else len(names) - 1
        if index + 1 < len(names):
            self.fields[names[index + 1]].edit.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.next.click()

    # -- reading and checking ----------------------------------------------------------------

    def identity(self) -> tuple[IdentityData, list[FieldProblem]]:
        values: dict[str, object] = {}
        problems: list[FieldProblem] = []
        for name, field in self.fields.items():
            if field.is_empty() or not self.sends(name):
                continue
            if isinstance(field.edit, DateInput):
                parsed = field.edit.date()
                if parsed is None:
                    problems.append(FieldProblem(name, PARTIAL_DATE))
                    continue
                values[name] = parsed
                continue
            text = field.edit.text().strip()
            if name == "mobile":
                # As people write it, with the branch's region; the problem names what is wrong.
                reading = read_mobile(text, self.ctl.settings.kiosk.default_region or None)
                if reading.e164 is None:
                    problems.append(
                        FieldProblem(name, reading.problem or MOBILE_HINT, reading.args)
                    )
                    continue
                values[name] = reading.e164
            else:
                values[name] = text.upper() if name in _UPPER else text
        return IdentityData(**values), problems  # type: ignore[arg-type]

    def _problems(self) -> list[FieldProblem]:
        data, problems = self.identity()
        checked = {p.field for p in problems}
        return problems + [p for p in self.ctl.identity_problems(data) if p.field not in checked]

    def mobile_reading(self) -> str:
        """The mobile number typed, as it will be used ("" while it cannot be read)."""
        field = self.fields.get("mobile")
        if field is None or not isinstance(field.edit, QLineEdit):
            return ""
        region = self.ctl.settings.kiosk.default_region or None
        return read_mobile(field.edit.text(), region).display

    def _show_reading(self) -> None:
        field = self.fields.get("mobile")
        if field is None:
            return
        shown = self.mobile_reading()
        set_label(field.reading, fill(self.tr("Used as: %1"), shown) if shown else "")
        field.edit.setAccessibleDescription(
            field.reading.text() if not field.problem.text() else field.problem.text()
        )

    def _show(self, field: _Field, problem: FieldProblem | None) -> None:
        if problem is None:
            set_label(field.problem, "")
            field.edit.setProperty("invalid", False)
            field.edit.setAccessibleDescription("")
        else:
            text = problem_text(problem, field_text(field.caption))
            set_label(field.problem, text)
            field.edit.setProperty("invalid", True)
            field.edit.setAccessibleDescription(text)
        restyle(field.edit)

    def _check_one(self, name: str) -> None:
        field = self.fields.get(name)
        if field is None or self.ctl.customer is None:
            return
        if field.is_empty():
            self._show(field, None)  # "required" is said on Next, not while moving through
            return
        problem = next((p for p in self._problems() if p.field == name), None)
        self._show(field, problem)
        if name == "mobile":
            self._show_reading()

    def _recheck(self, name: str) -> None:
        """The field ``name`` changed: a problem shown at it is checked again (a date once it
        is complete or empty: "needs the day, the month and the year" holds meanwhile), and
        the count of fields to correct follows."""
        field = self.fields.get(name)
        if field is None or not field.problem.text():
            return
        edit = field.edit
        if isinstance(edit, DateInput) and edit.date() is None and not edit.is_empty():
            return
        self._check_one(name)
        if self.summary.text():
            self._say_count(sum(1 for f in self.fields.values() if f.problem.text()))

    def _say_count(self, count: int) -> None:
        set_label(
            self.summary,
            plural(self.tr("%n field(s) need correcting.", "", count), count) if count else "",
        )

    def submit(self) -> None:
        if self.ctl.customer is not None:
            self.ctl.customer.match_all_data = (
                self.match_all is not None and self.match_all.isChecked()
            )
        problems = self._problems()
        if not problems:
            data, _ = self.identity()
            problems = self.ctl.submit_identity(data)
        for name, field in self.fields.items():
            self._show(field, next((p for p in problems if p.field == name), None))
        self._show_reading()
        self._say_count(len(problems))
        if problems:
            first = next((self.fields[p.field] for p in problems if p.field in self.fields), None)
            if first is not None:
                first.edit.setFocus()

    def show_refused(self, problems: tuple[FieldProblem, ...]) -> None:
        """The SRS refused these fields at the start: shown at each, the first one focused."""
        problems = tuple(p for p in problems if p.field in self.fields)
        for problem in problems:
            self._show(self.fields[problem.field], problem)
        if problems:
            self._say_count(len(problems))
            self.fields[problems[0].field].edit.setFocus()

    def wipe(self) -> None:
        for field in self.fields.values():
            field.edit.clear()
        self.fields.clear()
        if self.form_host is not None:
            self.scroller.takeWidget()
            self.form_host.deleteLater()
            self.form_host = None
            self.staff_box = None
            self.match_all = None
            self.identity_form = None
            # Those in the form go with it; one never placed there stays (a screen's child).
            if self.match_hint.parent() is not self:
                self.match_hint = label("small", parent=self)
                self.match_hint.hide()
            if self.refused.parent() is not self:
                self.refused = label("small", parent=self)
                self.refused.hide()
        set_label(self.summary, "")

    # -- texts -------------------------------------------------------------------------------

    def _intro(self, spec: MethodSpec | None) -> str:
        """What the form asks for, as the method uses it: AUTHADA takes no identity data (the
        mobile number only), Klarna's must match the bank account (guide, appendix 3)."""
        details = {"first_name", "last_name", "dob", "place_of_birth", "nationality", "validity"}
        if spec is not None and not spec.data.accepted & details:
            return self.tr(
                "Enter your mobile number: the identification and your signatures later are "
                "bound to it. Fields marked * are required."
            )
        if spec is not None and spec.method_type is MethodType.BANKIDENT:
            return self.tr(
                "Enter the details exactly as your bank has them for your account. Fields "
                "marked * are required."
            )
        return self.tr(
            "Enter the details exactly as on the ID document. Fields marked * are required."
        )

    def retranslate(self) -> None:
        customer = self.ctl.customer
        name = customer.method_name if customer is not None else ""
        set_label(self.title, fill(self.tr("Customer details for %1"), name))
        spec = customer.spec if customer is not None else None
        set_label(self.intro, self._intro(spec))
        mandatory = (spec.data.mandatory if spec is not None else frozenset()) | {"mobile"}
        for fname, field in self.fields.items():
            caption = field_text(field.caption) + (" *" if fname in mandatory else "")
            set_label(field.caption_label, caption)
            field.edit.setAccessibleName(caption)
        if self.staff_box is not None:
            self.staff_box.setTitle(self.tr("Staff only"))
        if self.match_all is not None:
            self.match_all.setText(self.tr("Also send the other data for matching"))
            self.match_all.setAccessibleName(self.match_all.text())
            set_label(
                self.match_hint,
                self.tr(
                    "Without a data match the only identity detail sent is the last name: it must "
                    "match the ID document exactly (no typos, every accent), or the "
                    "identification is rejected."
                )
                if not self.match_all.isChecked()
                else self.tr(
                    "Every detail sent is checked against the ID document; the identification "
                    "fails if one does not match. Send only what you need matched."
                ),
            )
        default_id = self.ctl.settings.kiosk.external_id
        if "external_id" in self.fields:
            field = self.fields["external_id"]
            hints = [
                self.tr("This branch's default; change it for this order if needed.")
                if default_id
                else "",
                # The simulator's scenarios (README "Training mode"), for staff practising.
                self.tr(
                    "Training: SIM-WAIT waits for the provider page's buttons; SIM-NEGATIVE, "
                    "SIM-ERROR, SIM-NOTERMS and SIM-EXPIRE play other outcomes."
                )
                if self.ctl.terminal.training
                else "",
            ]
            set_label(field.hint, " ".join(hint for hint in hints if hint))
        self._show_match_fields()  # after the captions: setting a text shows its label
        refused = (
            [REFUSED_NAMES[n] for n in sorted(spec.data.not_accepted) if n in REFUSED_NAMES]
            if spec is not None
            else []
        )
        set_label(
            self.refused,
            fill(
                self.tr("Not accepted by this method: %1"),
                ", ".join(field_text(r) for r in dict.fromkeys(refused)),
            )
            if refused
            else "",
        )
        set_button(self.back, self.tr("Back"), self.tr("Back to the method choice"))
        set_button(self.next, self.tr("Next"), self.tr("Next: the customer's consent"))
