"""Texts built from data: status names, expected waits, what to do after a failure.

English source strings, translated through the "Texts" context.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QCoreApplication

from kiosk.app.language import staff_texts
from kiosk.i18n import QT_TRANSLATE_NOOP, fill
from kiosk.srs import FieldProblem, Status


def translate(context: str, source: str, *args: str, staff: bool = False) -> str:
    """The kiosk's one way to a translated text outside a widget's ``self.tr``: ``source`` in
    the interface language (the staff's with ``staff``, else as the context says: see
    ``kiosk.app.language``), its ``%1``, ``%2``... filled with ``args`` in one pass."""
    if staff:
        with staff_texts():
            return fill(QCoreApplication.translate(context, source), *args)
    return fill(QCoreApplication.translate(context, source), *args)


def problem_text(problem: FieldProblem, field: str) -> str:
    """A field problem in the interface language, one sentence naming the field by its label
    ``field``: its template translated (context "Problem"), then the label and the args filled
    in. The server's own problems have no entry: the label, then the problem as it came."""
    return problem.sentence(translate("Problem", problem.problem), field)


def plural(translated: str, n: int) -> str:
    """A ``%n`` text already translated for ``n`` (call ``self.tr(text, "", n)`` with the source
    as a literal, which lupdate extracts as a plural message); without a catalogue (English, the
    source language) the "(s)" markers get the English plural. A ``%n`` Qt did not fill (a text
    looked up without ``n``, whose translations need no plural forms) gets ``n`` here."""
    return translated.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


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


class ReasonKind(Enum):
    """What a provider's reason says, as far as the kiosk can tell (the guide names the ERROR
    reasons only in words: "fraud suspicion, negative identification in general, or due to
    insufficient means (bad camera, microphone)"; each provider words them freely)."""

    FRAUD = "fraud"
    MEANS = "means"  # camera, microphone, light, connection
    DATA = "data"  # the details given did not match the ID document
    EXPIRED = "expired"
    DOCUMENT = "document"  # the ID document could not be checked
    STOPPED = "stopped"  # the customer (or the call) ended it early
    LOGIN = "login"  # the login at the bank (or in the app) did not work: try again
    UNSUPPORTED = "unsupported"  # the bank or device cannot be used: another method
    NEGATIVE = "negative"  # not identified, no more said


# Key words of the reason (lower case, "_" and "-" read as spaces) → kind; the first that
# matches counts ("does not match the ID document" is about the data, not the document).
_REASON_WORDS: tuple[tuple[tuple[str, ...], ReasonKind], ...] = (
    (("fraud",), ReasonKind.FRAUD),
    (
        (
            "mismatch",
            "not match",
            "does not correspond",
            "wrong data",
            "data differ",
            "incorrect data",
        ),
        ReasonKind.DATA,
    ),
    (("expired", "timeout", "time out", "timed out", "timedout"), ReasonKind.EXPIRED),
    # A failed login says nothing about the details given (Klarna: "The bank login failed").
    (
        (
            "login",
            "log in",
            "logon",
            "log on",
            "sign in",
            "signin",
            "authenticat",
            "credential",
            "password",
        ),
        ReasonKind.LOGIN,
    ),
    (("not supported", "unsupported", "no supported"), ReasonKind.UNSUPPORTED),
    (
        (
            "camera",
            "microphone",
            "audio",
            "video quality",
            "image quality",
            "picture",
            "light",
            "insufficient",
            "bad quality",
            "poor quality",
            "connection",
            "bandwidth",
        ),
        ReasonKind.MEANS,
    ),
    (("document", "id card", "passport", "not be verified", "residence card"), ReasonKind.DOCUMENT),
    (("cancel", "abort", "stopped by", "by user", "by the user"), ReasonKind.STOPPED),
    (("negative", "not identified", "rejected", "declined", "failed"), ReasonKind.NEGATIVE),
)

# One sentence for the customer per kind (context "Reason").
_REASON_SENTENCES = {
    ReasonKind.FRAUD: QT_TRANSLATE_NOOP(
        "Reason", "The provider could not accept this identification for security reasons."
    ),
    ReasonKind.MEANS: QT_TRANSLATE_NOOP(
        "Reason", "The picture or sound was not good enough to identify you."
    ),
    ReasonKind.DATA: QT_TRANSLATE_NOOP(
        "Reason", "The details given did not match your ID document."
    ),
    ReasonKind.EXPIRED: QT_TRANSLATE_NOOP("Reason", "The time for the identification ran out."),
    ReasonKind.DOCUMENT: QT_TRANSLATE_NOOP("Reason", "Your ID document could not be checked."),
    ReasonKind.STOPPED: QT_TRANSLATE_NOOP(
        "Reason", "The identification was stopped before it was finished."
    ),
    ReasonKind.LOGIN: QT_TRANSLATE_NOOP(
        "Reason", "The login at your bank or in the app did not work."
    ),
    ReasonKind.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Reason", "This identification method cannot be used with your bank or device."
    ),
    ReasonKind.NEGATIVE: QT_TRANSLATE_NOOP(
        "Reason", "The provider could not confirm your identity."
    ),
}


def reason_kind(status: Status, reason: str | None, *, camera: bool = True) -> ReasonKind | None:
    """The kind of the provider's ``reason``; without a known one, what the status says. Only
    a reason that says the details did not match asks to correct them: a negative status alone
    does not (Klarna ends a session that ran out, or a failed bank login, negatively too).
    ``camera``: the method uses the terminal's camera or microphone; without them a reason about
    picture or sound is not read as one (AUTHADA's eID app, a bank's login page)."""
    text = re.sub(r"[_\-]+", " ", (reason or "").casefold())
    for words, kind in _REASON_WORDS:
        if any(word in text for word in words):
            if kind is ReasonKind.MEANS and not camera:
                break
            return kind
    if status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED:
        return ReasonKind.NEGATIVE
    if status is Status.EXPIRED:
        return ReasonKind.EXPIRED
    return None


def reason_sentence(status: Status, reason: str | None, *, camera: bool = True) -> str:
    """The provider's reason for the customer, in their language ("" when nothing is known:
    the raw reason goes to staff only)."""
    kind = reason_kind(status, reason, camera=camera)
    return translate("Reason", _REASON_SENTENCES[kind]) if kind is not None else ""


def next_steps(status: Status, reason: str | None, *, camera: bool = True) -> str:
    """What staff and customer can do next: the advice fits what the reason says (and the
    method: ``camera`` as in reason_kind); a reason the kiosk cannot read gets advice that
    blames nobody."""
    kind = reason_kind(status, reason, camera=camera) if status is not Status.CANCELLED else None
    if kind is ReasonKind.FRAUD:
        return translate("Texts", "Please speak with the staff.")
    if kind is ReasonKind.EXPIRED or status is Status.EXPIRED:
        return translate(
            "Texts",
            "The session ran out before the identification was finished. Start a new "
            "identification: it issues a new link.",
        )
    if kind is ReasonKind.DATA:
        return translate(
            "Texts",
            "Check that every name and the date of birth match the ID document exactly "
            "(all first names, accents), then start again with the corrected details.",
        )
    if kind is ReasonKind.MEANS:
        return translate(
            "Texts",
            "The provider could not finish the identification. Check light, camera and "
            "microphone, then start a new identification. If it fails again, call "
            "support with the reference ID.",
        )
    if kind is ReasonKind.LOGIN:
        return translate(
            "Texts",
            "Start a new identification and log in again, or choose another identification method.",
        )
    if kind is ReasonKind.UNSUPPORTED:
        return translate("Texts", "Choose another identification method.")
    if kind is ReasonKind.DOCUMENT:
        return translate(
            "Texts",
            "Start a new identification with a valid ID document, or choose another "
            "identification method.",
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
    if status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED:
        # Not identified, no more said: the guide's advice on the data as one possibility only.
        return translate(
            "Texts",
            "Start a new identification, or choose another identification method. Where "
            "details were given, check that they match the ID document exactly.",
        )
    if status is Status.ERROR:
        # The reason is unknown, or says only that it stopped.
        return translate(
            "Texts",
            "Start a new identification, or choose another identification method. If it "
            "fails again, call support with the reference ID.",
        )
    return translate("Texts", "Start a new identification, or call support with the reference ID.")
