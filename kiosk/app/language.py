"""Two interface languages at once, switched at run time: the customer's (chosen on the attract
screen, back to the branch's default after each session) and the staff's (a setting).

Qt asks every installed translator for each text, whoever shows it; so one translator routes:
texts of staff-only contexts (the settings, dashboard, diagnosis, method choice, PIN pad, ...),
and any text looked up inside ``staff_texts()``, come from the staff catalogues, everything else
from the customer's. Each side has the kiosk's compiled catalogue
(``translations/kiosk_<lang>.qm``, built by ``make translations``/``make setup``) and Qt's own
(``qtbase_<lang>.qm``: standard dialogs, context menus, shortcuts). A switch sends
LanguageChange to every widget, which retranslates.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from kiosk.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("de", "fr", "it", "en")
# The pseudo-locale: every text stretched ~40% with accents, to find clipped layouts and texts
# that bypass translation (``srs-kiosk screenshots --lang xx``). Never a customer language.
PSEUDO = "xx"

# Translation contexts (class names for ``self.tr``) whose texts only staff read. Texts of shared
# contexts (status names, field problems, errors, ...) shown on a staff screen are looked up
# inside ``staff_texts()``.
STAFF_CONTEXTS = frozenset(
    {
        "SettingsScreen",
        "SettingsProblem",
        "Preset",
        "StaffMenu",
        "PinPad",
        "OrderNotice",
        "StaffScreen",
        "DashboardScreen",
        "OrdersModel",
        "SupportScreen",
        "SupportCard",
        "DiagnosisScreen",
        "DiagnosisWidget",
        "VerdictList",
        "Words",
        "CameraPreview",
        "MediaPanel",
        "MicrophoneMeter",
        "MethodsScreen",
        "MethodCard",
        "ReadinessReasons",
        "StaffDetail",
        "ExportProblem",
        "BrandingPreview",
    }
)

P = ParamSpec("P")
R = TypeVar("R")
_staff_depth = 0
_staff_locale = "en"  # the staff language's numbers (QLocale's default is the customer's)


def staff_locale() -> QLocale:
    """How staff screens write numbers: "0,7 s" in German, "0.7 s" in English."""
    return QLocale(_staff_locale)


@contextmanager
def staff_texts() -> Iterator[None]:
    """Texts looked up meanwhile are in the staff language (synchronous code only: never
    around an ``await``, where other code would run in it)."""
    global _staff_depth
    _staff_depth += 1
    try:
        yield
    finally:
        _staff_depth -= 1


def for_staff(method: Callable[P, R]) -> Callable[P, R]:
    """Runs ``method`` (a synchronous one) inside ``staff_texts()``."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with staff_texts():
            return method(*args, **kwargs)

    return wrapper


_ACCENTED = str.maketrans("aeiouyAEIOUYcnsCNS", "àéîõüýÅÉÎÕÜÝçñšÇÑŠ")
# The contexts PySide's ``self.tr`` also tries for a Python class: its Qt base classes' names.
_BASE_CONTEXT = re.compile(r"Q[A-Z]\w*$|Object$|object$")
# Kept as they are: placeholders, the "(s)" plural marker, markup, line breaks.
_KEEP = re.compile(r"(%(?:\d+|n)|\(s\)|<[^>]*>|&\w+;|\n)")


def pseudo(text: str) -> str:
    """``text`` accented and padded by ~40%, placeholders and markup intact."""
    if not text:
        return text
    parts = _KEEP.split(text)
    body = "".join(
        part if index % 2 else part.translate(_ACCENTED) for index, part in enumerate(parts)
    )
    # The padding in words of up to 8, so it wraps as a real language's words would.
    pad = "~" * max(1, round(len(text) * 0.4) - 3)
    return f"[{body} {' '.join(pad[i : i + 8] for i in range(0, len(pad), 8))}]"


class PseudoTranslator(QTranslator):
    """Answers with the pseudo-locale text of each source the kiosk's catalogue has (the
    English one lists them all); without it, of every source outside Qt's own contexts."""

    def __init__(self, known: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known = known

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # PySide's ``self.tr`` also asks the base classes' names (Screen, QWidget, ...) when
        # the class's own catalogue has the text unchanged (English): answer as a real
        # catalogue would, only for the contexts that have the text.
        if self._known is not None:
            known = self._known.translate(context, source, disambiguation, n)
        else:
            known = None if _BASE_CONTEXT.match(context) else source
        return pseudo(source) if known else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def qt_translations_dir() -> str:
    """Where PySide6 keeps Qt's own catalogues (qtbase_de.qm, ...), in a checkout and a bundle."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class RoutingTranslator(QTranslator):
    """The one translator Qt sees: asks the staff or the customer catalogues (see module doc)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.customer: list[QTranslator] = []
        self.staff: list[QTranslator] = []

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        staff = _staff_depth > 0 or context in STAFF_CONTEXTS
        for catalogue in self.staff if staff else self.customer:
            text = catalogue.translate(context, source, disambiguation, n)
            if text:
                return text
        # None, not "": Qt takes an empty string for a translation, None for none (and then
        # shows the English source).
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class LanguageSwitcher(QObject):
    """The customer's language (``switch``) and the staff's (``switch_staff``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._router = RoutingTranslator(self)
        self._installed = False
        self._catalogues: dict[str, list[QTranslator]] = {}
        self.language = "en"
        self.staff_language = "en"
        self._loaded: tuple[str | None, str | None] = (None, None)
        # Screenshots in the pseudo-locale: every switch (either audience) shows it.
        self.pseudo = False

    def switch(self, language: str) -> None:
        """The customer's language: every customer screen follows."""
        self.language = language
        self._apply()

    def switch_staff(self, language: str) -> None:
        """The staff's language: staff screens follow; customer screens do not change."""
        self.staff_language = language
        self._apply()

    def _apply(self) -> None:
        app = QCoreApplication.instance()
        wanted = (PSEUDO, PSEUDO) if self.pseudo else (self.language, self.staff_language)
        if app is None or wanted == self._loaded:
            return
        self._loaded = wanted
        QLocale.setDefault(QLocale(wanted[0]))  # numbers and dates: the customer's
        global _staff_locale
        _staff_locale = wanted[1]
        self._router.customer = self._catalogue(wanted[0])
        self._router.staff = self._catalogue(wanted[1])
        if not self._installed:
            app.installTranslator(self._router)
            self._installed = True
        # installTranslator sends LanguageChange only the first time: every switch sends it.
        QCoreApplication.postEvent(app, _language_change())

    def _catalogue(self, language: str) -> list[QTranslator]:
        """The kiosk's catalogue then Qt's for ``language``, loaded once."""
        if language in self._catalogues:
            return self._catalogues[language]
        found: list[QTranslator] = []
        if language == PSEUDO:
            english = self._load("kiosk_en", [str(translations_dir())])
            found.append(PseudoTranslator(english[0] if english else None, self))
        else:
            found += self._load(f"kiosk_{language}", [str(translations_dir())])
            if not found and language != "en":
                log.info(
                    "no compiled translation for %s; the interface stays English (run "
                    "'make translations')",
                    language,
                )
            found += self._load(
                f"qtbase_{language}", [qt_translations_dir(), str(translations_dir())]
            )
        self._catalogues[language] = found
        return found

    def _load(self, name: str, folders: list[str]) -> list[QTranslator]:
        for folder in folders:
            translator = QTranslator(self)
            if translator.load(name, folder):
                return [translator]
        return []


def _language_change() -> QEvent:
    return QEvent(QEvent.Type.LanguageChange)
