"""Settings for branch IT (behind the staff PIN): SRS endpoints and client, the client secret
(OS keyring), enabled methods and presets, idle timeout, default language, the AML notice, and
the staff PIN. Checked field by field, saved to the settings file, effective at once."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import presets
from kiosk.app.settings_form import SettingsInput, check_settings, current_pin_problem
from kiosk.app.staff_pin import Verdict
from kiosk.app.tasks import within
from kiosk.app.terminal import Terminal
from kiosk.i18n import fill
from kiosk.srs import METHODS

from ..input_hints import hint_named_field
from ..widgets.branding_preview import BrandingPreview
from ..widgets.common import (
    button,
    disabled_while,
    label,
    restyle,
    set_button,
    set_label,
    wheel_scrolls_page,
)
from ..widgets.readable_scroll import readable
from ..widgets.wrap_check import WrapCheckBox
from .attract import ENDONYMS
from .base import REQUEST_TIMEOUT_S, ScreenBase

log = logging.getLogger(__name__)

# The staff PIN's fields: never shown again, cleared after each save and on closing.
_PIN_FIELDS = ("current_pin", "new_pin", "new_pin_again")
_SECRET_FIELDS = ("client_secret", *_PIN_FIELDS)


def _method_key(issuer: str, method: str) -> str:
    return f"{issuer}/{method}"


def _problem_text(text: str) -> str:
    """A form problem in the current language; the PIN rules are the PIN pad's texts."""
    translated = QCoreApplication.translate("SettingsProblem", text)
    return translated if translated != text else QCoreApplication.translate("PinPad", text)


class SettingsScreen(ScreenBase):
    staff_facing = True
    closed = Signal()

    def __init__(self, terminal: Terminal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self._save = self.slot("save")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        self.title = label("title")
        layout.addWidget(self.title)
        scroll = readable(QScrollArea())
        scroll.setWidgetResizable(True)
        # Not a Tab stop itself: Tab goes to the fields and scrolls them into view.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        host = QWidget()
        body = QVBoxLayout(host)
        scroll.setWidget(host)
        layout.addWidget(scroll, 1)

        self.srs_box = QGroupBox()
        srs = QFormLayout(self.srs_box)
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        for name in ("api_url", "token_url", "ras_url", "client_id", "client_secret"):
            self._row(srs, name, QLineEdit())
        self.edits["client_secret"].setEchoMode(QLineEdit.EchoMode.Password)
        self.srs_hint = label("small")
        srs.addRow(self.srs_hint)
        body.addWidget(self.srs_box)

        self.methods_box = QGroupBox()
        methods = QVBoxLayout(self.methods_box)
        self.method_checks: dict[str, WrapCheckBox] = {}
        for spec in METHODS:
            check = WrapCheckBox(spec.name)
            methods.addWidget(check)
            self.method_checks[_method_key(spec.issuer, spec.method)] = check
        self.problems["enabled_methods"] = label("fieldError")
        self.problems["enabled_methods"].hide()
        methods.addWidget(self.problems["enabled_methods"])
        self.preset_caption = label("muted")
        methods.addWidget(self.preset_caption)
        self.preset_checks: dict[str, WrapCheckBox] = {}
        for p in presets.PRESETS:
            check = WrapCheckBox()
            methods.addWidget(check)
            self.preset_checks[p.key] = check
        body.addWidget(self.methods_box)

        self.kiosk_box = QGroupBox()
        kiosk = QFormLayout(self.kiosk_box)
        self.idle = wheel_scrolls_page(QSpinBox())
        self.idle.setRange(15, 3600)
        self.idle.setSingleStep(15)
        self._row(kiosk, "idle_timeout_s", self.idle)
        self.staff_idle = wheel_scrolls_page(QSpinBox())
        self.staff_idle.setRange(15, 3600)
        self.staff_idle.setSingleStep(15)
        self._row(kiosk, "staff_idle_s", self.staff_idle)
        self.language = wheel_scrolls_page(QComboBox())
        for code, name in ENDONYMS.items():
            self.language.addItem(name, code)
        self._row(kiosk, "language", self.language)
        self.staff_language = wheel_scrolls_page(QComboBox())
        self.staff_language.addItem("", "")  # the branch's language (text set on retranslate)
        for code, name in ENDONYMS.items():
            self.staff_language.addItem(name, code)
        self._row(kiosk, "staff_language", self.staff_language)
        self.aml = WrapCheckBox()
        kiosk.addRow(self.aml)
        self.large_text = WrapCheckBox()
        kiosk.addRow(self.large_text)
        self.keyboard = WrapCheckBox()  # [kiosk] on_screen_keyboard
        kiosk.addRow(self.keyboard)
        body.addWidget(self.kiosk_box)

        # The support card's PRO-Nr and contact, and the default External ID (guide §5.2, §6.2).
        self.support_box = QGroupBox()
        support = QFormLayout(self.support_box)
        for name in ("pro_nr", "contact", "external_id"):
            self._row(support, name, QLineEdit())
        self.edits["external_id"].setMaxLength(100)
        self.edits["pro_nr"].setMaxLength(100)
        self.edits["contact"].setMaxLength(300)
        body.addWidget(self.support_box)

        # The bank's name, logo and colours (the start screen, the buttons).
        self.branding_box = QGroupBox()
        branding = QFormLayout(self.branding_box)
        for name in ("brand_name", "logo", "primary_color", "accent_color"):
            self._row(branding, name, QLineEdit())
        self.edits["brand_name"].setMaxLength(80)
        e = self.edits
        self.branding_preview = BrandingPreview(
            e["brand_name"], e["logo"], e["primary_color"], e["accent_color"]
        )
        self.preview_caption = label(wrap=False)
        branding.addRow(self.preview_caption, self.branding_preview)
        body.addWidget(self.branding_box)

        self.pin_box = QGroupBox()
        pin = QFormLayout(self.pin_box)
        for name in _PIN_FIELDS:
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self._row(pin, name, edit)
        body.addWidget(self.pin_box)
        body.addStretch()
        # A field marked at Save is checked again as it changes: its problem goes once fixed.
        for edit in self.edits.values():
            edit.textChanged.connect(self._recheck)
        for check in self.method_checks.values():
            check.toggled.connect(self._recheck)

        self.message = label()
        layout.addWidget(self.message)
        # Close with unsaved edits (or after a failed save) asks first.
        self.discard_text = label()
        self.discard_yes = button("danger")
        self.discard_yes.clicked.connect(self._discard)
        self.keep_editing = button()
        self.keep_editing.clicked.connect(self._hide_discard)
        discard = QHBoxLayout()
        discard.addWidget(self.discard_text, 1)
        discard.addWidget(self.keep_editing)
        discard.addWidget(self.discard_yes)
        layout.addLayout(discard)
        self._hide_discard()
        self._kept: tuple[SettingsInput, tuple[str, ...]] | None = None
        row = QHBoxLayout()
        self.close_button = button()
        self.close_button.clicked.connect(self._close)
        self.save = button("primary")
        self.save.clicked.connect(self.submit)
        row.addWidget(self.close_button)
        row.addStretch()
        row.addWidget(self.save)
        layout.addLayout(row)
        self.retranslate()

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        # The field under its caption where both do not fit side by side (1024 px, long
        # languages, large text): never a form wider than the screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if isinstance(widget, QComboBox):  # as narrow as a row needs, its items' widths aside
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(12)
        caption = label(wrap=False)
        caption.setBuddy(widget)  # the field's name for screen readers (a label relation)
        hint_named_field(widget, name)  # the on-screen keyboard's keys
        problem = label("fieldError")
        problem.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        form.addRow(caption, column)
        self.captions[name], self.problems[name] = caption, problem
        if isinstance(widget, QLineEdit):
            self.edits[name] = widget

    def enter(self) -> None:
        s = self.terminal.settings
        values = {
            "api_url": s.srs.api_url,
            "token_url": s.srs.token_url,
            "ras_url": s.srs.ras_url,
            "client_id": s.srs.client_id,
            "pro_nr": s.support.pro_nr,
            "contact": s.support.contact,
            "external_id": s.kiosk.external_id,
            "brand_name": s.branding.name,
            "logo": s.branding.logo,
            "primary_color": s.branding.primary_color,
            "accent_color": s.branding.accent_color,
        }
        for name, value in values.items():
            self.edits[name].setText(str(value) if value is not None else "")
        for name in _SECRET_FIELDS:
            self.edits[name].clear()
        enabled = {k.casefold() for k in s.kiosk.enabled_methods}
        for key, check in self.method_checks.items():
            check.setChecked(key.casefold() in enabled)
        for key, check in self.preset_checks.items():
            check.setChecked(key in self.terminal.enabled_presets)
        self.idle.setValue(s.kiosk.idle_timeout_s)
        self.staff_idle.setValue(s.kiosk.staff_idle_s)
        self.language.setCurrentIndex(max(0, self.language.findData(s.kiosk.language)))
        self.staff_language.setCurrentIndex(
            max(0, self.staff_language.findData(s.kiosk.staff_language))
        )
        self.aml.setChecked(s.kiosk.aml_notice)
        self.large_text.setChecked(s.kiosk.large_text)
        self.keyboard.setChecked(s.kiosk.on_screen_keyboard)
        self._show_problems({})
        set_label(self.message, "")
        self._hide_discard()
        self._kept = self._entered()
        self._show_secret_placeholder()
        # No field focused: the on-screen keyboard would cover most of the screen before staff
        # chose what to change. Tab goes on to the first field.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _entered(self) -> tuple[SettingsInput, tuple[str, ...]]:
        """What the form holds now, to tell unsaved edits."""
        chosen = tuple(k for k, c in self.preset_checks.items() if c.isChecked())
        return self.form(), chosen

    def _show_secret_placeholder(self) -> None:
        # Only a running SRS backend has a secret (from the keyring, or the environment).
        if self.terminal.secret_in_use:
            text = self.tr("stored in the OS keyring; leave empty to keep it")
        else:
            text = self.tr("none stored yet: enter the one given with the client ID")
        self.edits["client_secret"].setPlaceholderText(text)

    def form(self) -> SettingsInput:
        return SettingsInput(
            api_url=self.edits["api_url"].text(),
            token_url=self.edits["token_url"].text(),
            ras_url=self.edits["ras_url"].text(),
            client_id=self.edits["client_id"].text(),
            client_secret=self.edits["client_secret"].text(),
            enabled_methods=tuple(k for k, c in self.method_checks.items() if c.isChecked()),
            idle_timeout_s=self.idle.value(),
            staff_idle_s=self.staff_idle.value(),
            current_pin=self.edits["current_pin"].text(),
            language=str(self.language.currentData()),
            aml_notice=self.aml.isChecked(),
            new_pin=self.edits["new_pin"].text(),
            staff_language=str(self.staff_language.currentData()),
            large_text=self.large_text.isChecked(),
            on_screen_keyboard=self.keyboard.isChecked(),
            new_pin_again=self.edits["new_pin_again"].text(),
            external_id=self.edits["external_id"].text(),
            pro_nr=self.edits["pro_nr"].text(),
            contact=self.edits["contact"].text(),
            brand_name=self.edits["brand_name"].text(),
            logo=self.edits["logo"].text(),
            primary_color=self.edits["primary_color"].text(),
            accent_color=self.edits["accent_color"].text(),
        )

    def _show_problems(self, problems: dict[str, str], only: list[str] | None = None) -> None:
        for name, widget in self.problems.items():
            if only is not None and name not in only:
                continue
            text = problems.get(name)
            set_label(widget, _problem_text(text) if text else "")
            edit = self.edits.get(name)
            if edit is not None:
                edit.setProperty("invalid", text is not None)
                edit.setAccessibleDescription(widget.text())
                restyle(edit)

    def _recheck(self) -> None:
        """The problems shown, checked again with what the form holds now (none new: a field
        being typed is not marked before Save)."""
        shown = [name for name, problem in self.problems.items() if problem.text()]
        if shown:
            _, problems = check_settings(self.terminal.settings, self.form())
            self._show_problems({n: problems[n] for n in shown if n in problems}, only=shown)

    def submit(self) -> None:
        if not self._save.busy:
            self._save.start(self._submit(self.form()))

    async def _submit(self, form: SettingsInput) -> None:
        settings, problems = check_settings(self.terminal.settings, form)
        self._show_problems(problems)
        if settings is None:
            self.message.setProperty("role", "error")
            set_label(self.message, self.tr("Nothing was saved: correct the marked fields."))
            restyle(self.message)
            return
        chosen = tuple(k for k, c in self.preset_checks.items() if c.isChecked())
        with disabled_while(self.save):
            if form.new_pin and not await self._current_pin_accepted(form.current_pin):
                return
            try:
                await within(
                    self.terminal.apply_settings(
                        settings,
                        secret=form.client_secret,
                        new_pin=form.new_pin,
                        enabled_presets=chosen,
                    ),
                    REQUEST_TIMEOUT_S,
                )
            except Exception as exc:  # keyring, file system, backend: every failure is shown
                self.message.setProperty("role", "error")
                set_label(
                    self.message,
                    fill(self.tr("Could not save the settings: %1"), self.describe_error(exc)),
                )
                restyle(self.message)
                return
        for name in _SECRET_FIELDS:
            self.edits[name].clear()
        self._kept = self._entered()
        self._show_secret_placeholder()
        self.message.setProperty("role", "success")
        path = str(self.terminal.config_path)
        if form.new_pin:
            saved = fill(
                self.tr("Staff PIN changed. Saved to %1. The new settings apply now."), path
            )
        else:
            saved = fill(self.tr("Saved to %1. The new settings apply now."), path)
        set_label(self.message, saved)
        restyle(self.message)

    async def _current_pin_accepted(self, pin: str) -> bool:
        """The current PIN, checked as the PIN pad does (a wrong one counts towards the
        lockout); refused: said under its field, nothing saved."""
        edit = self.edits["current_pin"]
        pins = self.terminal.pins
        verdict = await pins.check(pin)
        if verdict is Verdict.WRONG and pins.wait_s() > 0:
            verdict = Verdict.LOCKED  # that one locked: say for how long, as the PIN pad does
        problem = current_pin_problem(verdict)
        edit.clear()
        if problem is None:
            return True
        # Audit: it counts towards the lockout as a wrong PIN at the PIN pad does.
        log.warning("settings screen: the current staff PIN was refused (%s)", verdict.name)
        text, arg = problem
        self._show_problems({"current_pin": text})
        wait = pins.wait_s()
        set_label(
            self.problems["current_pin"],
            fill(_problem_text(text), arg or str(math.ceil(wait))),
        )
        edit.setAccessibleDescription(self.problems["current_pin"].text())
        self.message.setProperty("role", "error")
        set_label(self.message, self.tr("Nothing was saved: correct the marked fields."))
        restyle(self.message)
        return False

    def _close(self) -> None:
        if self._entered() != self._kept and not self._save.busy:
            for widget in (self.discard_text, self.discard_yes, self.keep_editing):
                widget.show()
            self.keep_editing.setFocus()
            return
        self._discard()

    def _hide_discard(self) -> None:
        for widget in (self.discard_text, self.discard_yes, self.keep_editing):
            widget.hide()

    @property
    def saving(self) -> bool:
        return self._save.busy

    def drop_edits(self) -> bool:
        """Forget what was typed and not saved (the staff idle time closes the screen, nobody
        is there to ask); whether there was any."""
        dropped = self._entered() != self._kept
        self._hide_discard()
        for name in _SECRET_FIELDS:
            self.edits[name].clear()
        return dropped

    def _discard(self) -> None:
        self._hide_discard()
        for name in _SECRET_FIELDS:
            self.edits[name].clear()
        self.closed.emit()

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Settings"))
        self.srs_box.setTitle(self.tr("Smart Registration Service"))
        self.methods_box.setTitle(self.tr("Methods and presets"))
        self.kiosk_box.setTitle(self.tr("Kiosk"))
        self.pin_box.setTitle(self.tr("Change the staff PIN"))
        self.support_box.setTitle(self.tr("Support and billing"))
        self.branding_box.setTitle(self.tr("Bank branding"))
        set_label(self.preview_caption, self.tr("Preview"))
        captions = {
            "api_url": self.tr("SRS API address"),
            "token_url": self.tr("Token address"),
            "ras_url": self.tr("RA service address"),
            "client_id": self.tr("Client ID"),
            "client_secret": self.tr("Client secret"),
            "idle_timeout_s": self.tr("Idle timeout (seconds)"),
            "staff_idle_s": self.tr("Staff screens close after (seconds)"),
            "current_pin": self.tr("Current PIN"),
            "language": self.tr("Default customer language"),
            "staff_language": self.tr("Staff language"),
            "new_pin": self.tr("New PIN"),
            "new_pin_again": self.tr("New PIN again"),
            "pro_nr": self.tr("PRO-Nr"),
            "contact": self.tr("Branch support contact"),
            "external_id": self.tr("Default External ID"),
            "brand_name": self.tr("Bank name"),
            "logo": self.tr("Logo file (SVG or PNG)"),
            "primary_color": self.tr("Button colour"),
            "accent_color": self.tr("Highlight colour"),
        }
        for name, caption in captions.items():
            set_label(self.captions[name], caption)
        for name, edit in self.edits.items():
            edit.setAccessibleName(captions[name])
        self.idle.setAccessibleName(captions["idle_timeout_s"])
        self.staff_idle.setAccessibleName(captions["staff_idle_s"])
        self.staff_idle.setAccessibleDescription(
            self.tr(
                "Without a touch for this long, a staff screen closes; unsaved changes are lost."
            )
        )
        self.language.setAccessibleName(captions["language"])
        self.staff_language.setAccessibleName(captions["staff_language"])
        self.staff_language.setAccessibleDescription(
            self.tr(
                "The language of the staff screens; customers choose their own on the start screen."
            )
        )
        self.staff_language.setItemText(0, self.tr("Same as the default language"))
        self._show_secret_placeholder()
        self.edits["pro_nr"].setPlaceholderText(
            self.tr("your number for the Swisscom Service Desk")
        )
        self.edits["contact"].setPlaceholderText(self.tr("name, phone, e-mail"))
        self.edits["external_id"].setPlaceholderText(
            self.tr("for billing; staff can change it per order")
        )
        for name in ("primary_color", "accent_color"):
            self.edits[name].setPlaceholderText(
                self.tr("#rrggbb, dark enough for white text; empty: the kiosk's own")
            )
        set_label(
            self.srs_hint,
            self.tr("Leave all SRS fields empty for training mode (the built-in simulator)."),
        )
        for check in self.method_checks.values():
            check.setAccessibleName(fill(self.tr("Enable %1"), check.text()))
        set_label(self.preset_caption, self.tr("Presets offered on the method choice:"))
        for key, check in self.preset_checks.items():
            chosen = presets.preset(key)
            assert chosen is not None
            text = QCoreApplication.translate("Preset", chosen.title)
            check.setText(text)
            check.setAccessibleName(fill(self.tr("Offer preset %1"), text))
        self.aml.setText(self.tr("Use the notice for the additional AML contract"))
        self.aml.setAccessibleName(self.aml.text())
        self.large_text.setText(self.tr("Larger text on every screen"))
        self.large_text.setAccessibleName(self.large_text.text())
        self.keyboard.setText(self.tr("On-screen keyboard for every field"))
        self.keyboard.setAccessibleName(self.keyboard.text())
        set_button(self.close_button, self.tr("Close"), self.tr("Close the settings"))
        set_label(self.discard_text, self.tr("Discard your changes?"))
        set_button(self.discard_yes, self.tr("Discard"), self.tr("Close without saving"))
        set_button(self.keep_editing, self.tr("Keep editing"))
        set_button(self.save, self.tr("Save"), self.tr("Save the settings"))
