"""The marker lupdate knows, for texts translated later, where they are shown, and the one
function that fills a translated text's ``%1``, ``%2``... placeholders.

Qt-free so the pure layers (``srs``, ``checks.core``, ...) can mark their texts; PySide6's own
``QT_TRANSLATE_NOOP`` returns ``object`` to type checkers, this one ``str``."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``source`` for the catalogue under ``context``; returns it unchanged."""
    return source


def fill(template: str, *args: str) -> str:
    """``template`` with Qt-style ``%1``, ``%2``... replaced by ``args`` in one pass: an argument
    that itself contains ``%2`` is left alone (chained ``str.replace`` calls would fill it), and
    ``%10`` is the tenth argument, not ``%1`` and a zero. A placeholder without an argument (or
    ``%0``) stays as it is."""
    if not args:
        return template

    def one(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return args[index] if 0 <= index < len(args) else match[0]

    return _PLACEHOLDER.sub(one, template)
