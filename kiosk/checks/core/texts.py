"""Translatable texts for pure code, which cannot import Qt.

``QT_TRANSLATE_NOOP`` marks a source string for pyside6-lupdate (it recognises the name) and
returns it unchanged; the UI translates it later with ``QCoreApplication.translate(CONTEXT, ...)``.
Texts with values use ``%1``, ``%2`` placeholders, filled after translation (``Text.render``),
so translators see whole sentences. Decimal numbers among the values stay numbers (``Number``)
until then, written in the reader's format ("1,5" in German) by the formatter the UI passes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # for the probes to mark texts
from kiosk.i18n import fill

CONTEXT = "ReadinessCheck"


Translate = Callable[[str, str], str]
# A decimal number with at most so many significant digits, as "{value:.{digits}g}" would write
# it, in some language's format.
NumberFormat = Callable[[float, int], str]


def untranslated(context: str, text: str) -> str:
    return text


def plain_number(value: float, digits: int = 6) -> str:
    """A decimal number as the report file and the log write it: a point, ``digits``
    significant digits at most, no trailing zeros."""
    return f"{value:.{digits}g}"


@dataclass(frozen=True)
class Number:
    """A decimal number in a sentence, written when the sentence is rendered."""

    value: float
    digits: int = 6  # significant digits ("{:g}" writes 6); fewer for a rough figure
    about: bool = False  # a rough figure: "~0.37"

    def render(self, number: NumberFormat = plain_number) -> str:
        return ("~" if self.about else "") + number(float(self.value), self.digits)


@dataclass(frozen=True)
class Text:
    """A marked source string and the values for its ``%n`` placeholders."""

    template: str
    args: tuple[str | Number, ...] = ()

    def render(
        self, translate: Translate = untranslated, number: NumberFormat = plain_number
    ) -> str:
        """The sentence in the language of ``translate``, its decimal numbers written by
        ``number`` (the screens: in the staff language's format)."""
        values = (a if isinstance(a, str) else a.render(number) for a in self.args)
        return fill(translate(CONTEXT, self.template), *values)

    def __str__(self) -> str:
        return self.render()


def text(template: str, *args: object) -> Text:
    """``template`` with its values: a ``Number`` stays one, anything else becomes its text."""
    return Text(template, tuple(a if isinstance(a, Number) else str(a) for a in args))
