"""The settings screen's picture of the bank's branding as it would look: the logo and name as
the start screen shows them, a main button in the button colour and a chosen item in the
highlight colour, redrawn shortly after staff stop typing. A value the kiosk would refuse (a
colour too light for white text, a logo it cannot read) is shown as the kiosk's own, and said
so with the reason Save gives under its field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from kiosk.app.settings_form import branding_problem
from kiosk.i18n import QT_TRANSLATE_NOOP, fill

from ..branding import LogoLabel, logo_pixmap
from ..style import ACCENT, PRIMARY
from .common import label, set_label

# The logo's box in the preview (the start screen's own is larger).
_LOGO_BOX = QSize(220, 56)
# Redrawn once typing pauses: a logo is read from disk, not at every key.
_SETTLE_MS = 300


# A logo file of the right kind whose picture the kiosk still cannot draw (damaged inside).
_UNREADABLE = QT_TRANSLATE_NOOP("SettingsProblem", "The kiosk cannot read this picture.")


def _sample_style(colour: str) -> str:
    return (
        f"background: {colour}; color: #ffffff; border-radius: 8px; padding: 10px 18px;"
        " font-weight: 600;"
    )


class BrandingPreview(QFrame):
    def __init__(
        self, name: QLineEdit, logo: QLineEdit, primary: QLineEdit, accent: QLineEdit
    ) -> None:
        super().__init__()
        self.setObjectName("panel")
        self._edits = {"name": name, "logo": logo, "primary_color": primary, "accent_color": accent}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self.redraw)
        for edit in self._edits.values():
            edit.textChanged.connect(self._settle.start)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.logo = LogoLabel()
        self.logo.setMaximumSize(_LOGO_BOX)
        top.addWidget(self.logo)
        self.name = label("subtitle")
        top.addWidget(self.name, 1)
        column.addLayout(top)
        samples = QHBoxLayout()
        self.button_sample = QLabel()
        self.chosen_sample = QLabel()
        samples.addWidget(self.button_sample)
        samples.addWidget(self.chosen_sample)
        samples.addStretch(1)
        column.addLayout(samples)
        self.note = label("muted")
        column.addWidget(self.note)
        # What is drawn: the colours and the logo file (None: the kiosk's own, or none).
        self.primary, self.accent = PRIMARY, ACCENT
        self.logo_path: Path | None = None
        # The keys shown as the kiosk's own, each with why (an English source text).
        self._refused: dict[str, str] = {}
        self.retranslate()
        self.redraw()

    def redraw(self) -> None:
        self._settle.stop()
        texts = {key: edit.text().strip() for key, edit in self._edits.items()}
        refused = {
            key: problem
            for key in ("logo", "primary_color", "accent_color")
            if texts[key] and (problem := branding_problem(key, texts[key])) is not None
        }
        self.primary = texts["primary_color"] if "primary_color" not in refused else ""
        self.accent = texts["accent_color"] if "accent_color" not in refused else ""
        self.primary, self.accent = self.primary or PRIMARY, self.accent or ACCENT
        self.button_sample.setStyleSheet(_sample_style(self.primary))
        self.chosen_sample.setStyleSheet(_sample_style(self.accent))
        path = Path(texts["logo"]) if texts["logo"] and "logo" not in refused else None
        picture = logo_pixmap(path, _LOGO_BOX, self.devicePixelRatioF()) if path else None
        if picture is not None and picture.isNull():
            refused["logo"] = _UNREADABLE  # a file of the right kind the kiosk cannot read
            picture = None
        self.logo_path = path if picture is not None else None
        if picture is not None:
            self.logo.setPixmap(picture)
        else:
            self.logo.clear()
        self.logo.setVisible(picture is not None)
        set_label(self.name, texts["name"])
        self._refused = refused
        self._say_refused()

    def _say_refused(self) -> None:
        what = {
            "logo": self.tr("the logo"),
            "primary_color": self.tr("the button colour"),
            "accent_color": self.tr("the highlight colour"),
        }
        names = ", ".join(what[key] for key in self._refused)
        reasons = [
            fill(self.tr("%1: %2"), what[key], QCoreApplication.translate("SettingsProblem", why))
            for key, why in self._refused.items()
        ]
        refused = fill(self.tr("Not usable as typed, shown as the kiosk's own: %1."), names)
        set_label(self.note, "\n".join([refused, *reasons]) if names else "")

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Preview of the branding"))
        sample = self.tr("Start identification")
        set_label(self.button_sample, sample, fill(self.tr("A main button: %1"), sample))
        chosen = self.tr("Chosen")
        set_label(self.chosen_sample, chosen, fill(self.tr("A chosen item: %1"), chosen))
        self._say_refused()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
