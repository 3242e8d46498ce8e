"""Switching the interface language at run time: installs the kiosk's compiled catalogue
(``translations/kiosk_<lang>.qm``, built by ``make translations``/``make setup``) and Qt's own
(``qtbase_<lang>.qm``: standard dialogs, context menus, shortcuts), then lets Qt send
LanguageChange to every widget."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from kiosk.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("de", "fr", "it", "en")
# The pseudo-locale: every text stretched ~40% with accents, to find clipped layouts and texts
# that bypass translation (``srs-kiosk screenshots --lang xx``). Never a customer language.
PSEUDO = "xx"

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsCNS", "àéîõüýÅÉÎÕÜÝçñšÇÑŠ")
# Kept as they are: placeholders, the "(s)" plural marker, markup, line breaks.
_KEEP = re.compile(r"(%(?:\d+|n)|\(s\)|<[^>]*>|&\w+;|\n)")


def pseudo(text: str) -> str:
    """``text`` accented and padded by ~40%, placeholders and markup intact."""
    if not text:
        return text
    parts = _KEEP.split(text)
    body = "".join(part if index % 2 else part.translate(_ACCENTED)
                   for index, part in enumerate(parts))
    return f"[{body} {'~' * max(1, round(len(text) * 0.4) - 3)}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo-locale text of the source."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def qt_translations_dir() -> str:
    """Where PySide6 keeps Qt's own catalogues (qtbase_de.qm, ...), in a checkout and a bundle."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class LanguageSwitcher(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self._loaded: str | None = None
        self.language = "en"
        # Screenshots in the pseudo-locale: every switch (customer or branch language) shows it.
        self.pseudo = False

    def switch(self, language: str) -> None:
        app = QCoreApplication.instance()
        if self.pseudo:
            language = PSEUDO
        if app is None or language == self._loaded:
            self.language = language
            return
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        self.language = language
        self._loaded = language
        QLocale.setDefault(QLocale(language))
        if language == PSEUDO:
            translator = PseudoTranslator(self)
            app.installTranslator(translator)
            self._translators.append(translator)
            QCoreApplication.postEvent(app, _language_change())
            return
        # Qt's catalogue first: translators installed later are asked first, so the kiosk's own
        # texts win where both have one.
        self._install(app, f"qtbase_{language}", [qt_translations_dir(), str(translations_dir())])
        if not self._install(app, f"kiosk_{language}", [str(translations_dir())]) \
                and language != "en":
            log.info("no compiled translation for %s; the interface stays English (run "
                     "'make translations')", language)
        # Sent by installTranslator too, but not when only the locale changed (or no catalogue).
        QCoreApplication.postEvent(app, _language_change())

    def _install(self, app: QCoreApplication, name: str, folders: list[str]) -> bool:
        for folder in folders:
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
                return True
        return False


def _language_change() -> QEvent:
    return QEvent(QEvent.Type.LanguageChange)
