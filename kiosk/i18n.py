"""The marker lupdate knows, for texts translated later, where they are shown.

Qt-free so the pure layers (``srs``, ``checks.core``, ...) can mark their texts; PySide6's own
``QT_TRANSLATE_NOOP`` returns ``object`` to type checkers, this one ``str``."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``source`` for the catalogue under ``context``; returns it unchanged."""
    return source
