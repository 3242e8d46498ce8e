"""The kiosk window on the live simulator: training banner, method list with its busy state,
keyboard-reachable controls that all carry accessible names, kiosk mode behind the PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from kiosk.app.stages import Stage
from tests.gui.conftest import Kiosk
from tests.gui.flow import choose, click, fill, submit_data, to_methods


def unnamed_controls(root: QWidget) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(root)
        and not w.accessibleName()
        # the line edit inside a spin box or combo box is named through its owner
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
    ]


def test_training_banner_and_methods(kiosk: Kiosk) -> None:
    banner = kiosk.window.banner
    assert banner.isVisible() and "Training mode" in banner.text()
    to_methods(kiosk)
    methods = kiosk.window.methods
    assert {c.method.issuer for c in methods.cards} == {"IDENTITY.TM", "AUTHADA", "KLARNA"}
    assert "3 methods match" in methods.state.text()
    video = next(c for c in methods.cards if c.method.issuer == "IDENTITY.TM")
    facts = dict(video.facts_text())
    assert facts["Evidence valid"] == "5 years" and facts["Typical duration"] == "10–20 min"
    assert facts["Jurisdictions"] == "EIDAS, ZERTES"


def test_presets_and_filters_narrow_the_list(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    methods = kiosk.window.methods
    click(kiosk, methods.preset_buttons["qes-ch"])
    kiosk.wait(lambda: [c.method.issuer for c in methods.cards] == ["IDENTITY.TM"])
    click(kiosk, methods.preset_buttons["all"])
    kiosk.wait(lambda: len(methods.cards) == 3)
    webflow = methods.filters["webflow"]
    webflow.setCurrentIndex(webflow.findText("No"))
    kiosk.wait(lambda: [c.method.issuer for c in methods.cards] == ["AUTHADA"])


def test_every_control_has_an_accessible_name(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert unnamed_controls(window.attract) == []
    to_methods(kiosk)
    assert unnamed_controls(window) == []
    choose(kiosk, "KLARNA")
    assert unnamed_controls(window.data) == []
    fill(
        kiosk, {"first_name": "A", "last_name": "B", "dob": "01.01.1970", "mobile": "+41791234567"}
    )
    submit_data(kiosk)
    assert unnamed_controls(window.consent) == []
    window.open_settings()
    assert unnamed_controls(window.settings) == []
    kiosk.terminal.pins.store.set_pin("482613")
    window.ask_pin("menu")
    assert unnamed_controls(window.pin_pad) == []


def test_disabled_methods_show_the_reason(kiosk: Kiosk) -> None:
    settings = kiosk.ctl.settings
    kiosk.terminal.settings = settings.model_copy(
        update={
            "kiosk": settings.kiosk.model_copy(update={"enabled_methods": ("KLARNA/bankident",)})
        }
    )
    to_methods(kiosk)
    video = next(c for c in kiosk.window.methods.cards if c.method.issuer == "IDENTITY.TM")
    assert not video.choose.isEnabled()
    assert "Switched off" in video.reason.text()
    assert kiosk.ctl.stage is Stage.SETUP
