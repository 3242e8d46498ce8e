"""Texts built from data: status names, expected waits, what to do after a failure.

English source strings, translated through the "Texts" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.srs import FieldProblem, Status
from kiosk.srs.errors import fill_placeholders


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def problem_text(problem: FieldProblem) -> str:
    """A field problem in the interface language: its template translated (context "Problem"),
    then its args filled in. The server's own problems have no entry and stay as they came."""
    return fill_placeholders(translate("Problem", problem.problem), problem.args)


def plural(translated: str, n: int) -> str:
    """A ``%n`` text already translated for ``n`` (call ``self.tr(text, "", n)`` with the source
    as a literal, which lupdate extracts as a plural message); without a catalogue (English, the
    source language) the "(s)" markers get the English plural."""
    return translated.replace("(s)", "" if n == 1 else "s")


def status_name(status: Status) -> str:
    names = {
        Status.CREATED: translate("Texts", "Created"),
        Status.INITIALIZED: translate("Texts", "Initialized"),
        Status.IDENTIFICATION_DONE: translate("Texts", "Identification done"),
        Status.DATA_READY: translate("Texts", "Data ready"),
        Status.TERMINATED: translate("Texts", "Terminated"),
        Status.ERROR: translate("Texts", "Error"),
        Status.IDENTIFICATION_NEGATIVELY_CONDUCTED: translate("Texts", "Not identified"),
        Status.CANCELLED: translate("Texts", "Cancelled"),
        Status.EXPIRED: translate("Texts", "Expired"),
    }
    # A status the kiosk does not know (Status.IN_PROGRESS): the order goes on.
    return names.get(status) or translate("Texts", "In progress")


def failure_title(status: Status) -> str:
    if status is Status.CANCELLED:
        return translate("Texts", "The identification was cancelled")
    if status is Status.TERMINATED:
        return translate("Texts", "Identified, but not confirmed yet")
    return translate("Texts", "The identification did not succeed")


def next_steps(status: Status, reason: str | None) -> str:
    """What staff and customer can do next."""
    if reason == "SESSION_EXPIRED" or status is Status.EXPIRED:
        return translate(
            "Texts",
            "The session ran out before the identification was finished. Start a new "
            "identification: it issues a new link.",
        )
    if status is Status.ERROR:
        return translate(
            "Texts",
            "The provider could not finish the identification. Check light, camera and "
            "microphone, then start a new identification. If it fails again, call "
            "support with the reference ID.",
        )
    if status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED:
        return translate(
            "Texts",
            "The provider could not confirm the identity. Check that every name and the "
            "date of birth match the ID document exactly (all first names, accents), "
            "then start a new identification.",
        )
    if status is Status.CANCELLED:
        return translate(
            "Texts",
            "Nothing more happens with this order. Start a new identification if the "
            "customer wishes.",
        )
    if status is Status.TERMINATED:
        return translate(
            "Texts",
            "The customer has to accept the terms and conditions in the SMS sent to "
            "their mobile. The kiosk stops checking now; staff can check again later "
            "with the reference ID.",
        )
    return translate("Texts", "Start a new identification, or call support with the reference ID.")
