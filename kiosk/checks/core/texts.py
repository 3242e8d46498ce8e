"""Translatable texts for pure code, which cannot import Qt.

``QT_TRANSLATE_NOOP`` marks a source string for pyside6-lupdate (it recognises the name) and
returns it unchanged; the UI translates it later with ``QCoreApplication.translate(CONTEXT, ...)``.
Texts with values use ``%1``, ``%2`` placeholders, filled after translation (``Text.render``),
so translators see whole sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # for the probes to mark texts

CONTEXT = "ReadinessCheck"


Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Text:
    """A marked source string and the values for its ``%n`` placeholders."""

    template: str
    args: tuple[str, ...] = ()

    def render(self, translate: Translate = untranslated) -> str:
        text = translate(CONTEXT, self.template)
        # Highest number first, so %1 does not eat the start of %10.
        for number in range(len(self.args), 0, -1):
            text = text.replace(f"%{number}", self.args[number - 1])
        return text

    def __str__(self) -> str:
        return self.render()


def text(template: str, *args: object) -> Text:
    return Text(template, tuple(str(a) for a in args))
