"""The interface language live: the attract screen switches without a restart, with the
compiled catalogues (built by ``make setup``; compiled here into tmp if missing); every
interactive widget of every screen carries an accessible name."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import presets
from kiosk.app.language import LANGUAGES
from kiosk.resources import translations_dir
from tests.gui.conftest import Kiosk
from tests.gui.flow import to_methods
from tests.gui.test_main_window import unnamed_controls

TITLES = {
    "de": "Identifizieren Sie sich für Ihre elektronische Signatur",
    "fr": "Identifiez-vous pour votre signature électronique",
    "it": "Si identifichi per la Sua firma elettronica",
    "en": "Identify yourself for your electronic signature",
}


@pytest.fixture(autouse=True)
def compiled(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The set-up-built .qm files; where they are missing, compiled into tmp."""
    folder = translations_dir()
    if all((folder / f"kiosk_{lang}.qm").exists() for lang in LANGUAGES):
        yield
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("no compiled catalogues and no pyside6-lrelease")
    out = tmp_path_factory.mktemp("qm")
    for lang in LANGUAGES:
        shutil.copy(folder / f"kiosk_{lang}.ts", out)
        subprocess.run([str(lrelease), "-silent", str(out / f"kiosk_{lang}.ts")], check=True)
    monkeypatch.setattr("kiosk.app.language.translations_dir", lambda: out)
    yield


def settle() -> None:
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def test_switching_the_language_changes_the_visible_texts(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    for language in ("de", "fr", "it", "en", "de"):
        kiosk.qtbot.mouseClick(attract.languages[language], Qt.MouseButton.LeftButton)
        title = TITLES[language]
        kiosk.wait(lambda: attract.title.text() == title)  # noqa: B023
        assert kiosk.ctl.language.language == language
    assert attract.start.text() == "Identifikation starten"
    # Qt's own texts follow (qtbase_de.qm from PySide6's translations folder).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    kiosk.ctl.language.switch("en")
    settle()
    assert attract.title.text() == TITLES["en"]


def test_a_screen_reader_chooses_the_language_and_a_preset_by_their_toggle_action(
    kiosk: Kiosk,
) -> None:
    """A screen reader checks a language (or a preset) through the button's "toggle" action,
    with no click (review s8: the button showed as chosen, the texts stayed German)."""
    attract = kiosk.window.attract

    def toggle(button: QWidget) -> None:
        actions = QAccessible.queryAccessibleInterface(button).actionInterface()
        assert QAccessibleActionInterface.toggleAction() in actions.actionNames()
        actions.doAction(QAccessibleActionInterface.toggleAction())

    toggle(attract.languages["de"])
    kiosk.wait(lambda: kiosk.ctl.language.language == "de")
    kiosk.wait(lambda: attract.title.text() == TITLES["de"])
    toggle(attract.languages["en"])
    kiosk.wait(lambda: kiosk.ctl.language.language == "en")

    to_methods(kiosk)
    methods = kiosk.window.methods
    key = next(k for k in methods.preset_buttons if k != "all")
    chosen = presets.preset(key)
    assert chosen is not None
    toggle(methods.preset_buttons[key])
    kiosk.wait(lambda: methods.current_filter() == chosen.filters)
    assert methods.preset_buttons[key].isChecked()


def test_every_screen_names_its_interactive_widgets(kiosk: Kiosk) -> None:
    stack = kiosk.window.stack
    problems: dict[str, list[str]] = {}
    for index in range(stack.count()):
        screen = stack.widget(index)
        assert isinstance(screen, QWidget)
        stack.setCurrentWidget(screen)
        settle()
        unnamed = unnamed_controls(screen)
        if unnamed:
            problems[type(screen).__name__] = unnamed
    assert stack.count() >= 8
    assert problems == {}


def test_the_pseudo_locale_stretches_every_text(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    kiosk.ctl.language.pseudo = True
    try:
        attract.languages["en"].click()  # any switch shows the pseudo-locale
        kiosk.wait(lambda: attract.title.text().startswith("["))
        title = attract.title.text()
        assert len(title) >= 1.35 * len(TITLES["en"]) and "Îdéñ" in title
        assert QCoreApplication.translate("Words", "required %1") == "[réqüîréd %1 ~]"
    finally:
        kiosk.ctl.language.pseudo = False
        kiosk.ctl.language.switch("en")
        settle()
    assert attract.title.text() == TITLES["en"]
