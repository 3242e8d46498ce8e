"""Switching the interface language at run time: installs the compiled catalogue (if there is
one; English is the source) and lets Qt send LanguageChange to every widget."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

from kiosk.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("de", "fr", "it", "en")


class LanguageSwitcher(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self.language = "en"

    def switch(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None or (language == self.language and self._translator is not None):
            self.language = language
            return
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language != "en":
            translator = QTranslator(self)
            if translator.load(f"kiosk_{language}", str(translations_dir())):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.info("no compiled translation for %s yet; the interface stays English",
                         language)
        # Sent by installTranslator too, but not when only the locale changed (or no catalogue).
        QCoreApplication.postEvent(app, _language_change())


def _language_change() -> QEvent:
    return QEvent(QEvent.Type.LanguageChange)
