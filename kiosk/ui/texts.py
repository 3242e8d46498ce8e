"""Texts built from data: status names, expected waits, what to do after a failure.

English source strings, translated through the "Texts" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.srs import MethodSpec, Status, VerifyAnchor


def tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def plural(context: str, text: str, n: int) -> str:
    """``text`` with ``%n`` translated for ``n``; without a catalogue (English, the source
    language) the "(s)" markers get the English plural."""
    translated = QCoreApplication.translate(context, text, None, n)
    return translated.replace("(s)", "" if n == 1 else "s")


def status_name(status: Status) -> str:
    names = {
        Status.CREATED: tr("Created"),
        Status.INITIALIZED: tr("Initialized"),
        Status.IDENTIFICATION_DONE: tr("Identification done"),
        Status.DATA_READY: tr("Data ready"),
        Status.TERMINATED: tr("Terminated"),
        Status.ERROR: tr("Error"),
        Status.IDENTIFICATION_NEGATIVELY_CONDUCTED: tr("Not identified"),
        Status.CANCELLED: tr("Cancelled"),
        Status.EXPIRED: tr("Expired"),
    }
    return names[status]


def _minutes(seconds: float) -> str:
    return str(round(seconds / 60))


def expected_wait(spec: MethodSpec | None) -> str:
    """The expected wait for the method, from the guide's timings."""
    if spec is None:
        return tr("The provider sets the pace; this screen follows every change.")
    parts: list[str] = []
    if spec.typical_duration is not None:
        low, high = spec.typical_duration
        parts.append(tr("Usually %1–%2 minutes, including the provider's back-office check.")
                     .replace("%1", _minutes(low.total_seconds()))
                     .replace("%2", _minutes(high.total_seconds())))
    if spec.session_lifetime is not None:
        parts.append(tr("The session lasts %1 minutes.")
                     .replace("%1", _minutes(spec.session_lifetime.total_seconds())))
    if spec.target_url_max_uses is not None:
        parts.append(tr("The link can be opened %1 times.")
                     .replace("%1", str(spec.target_url_max_uses)))
    delay = spec.verify.delay.total_seconds()
    if spec.verify.anchor is VerifyAnchor.AFTER_START:
        parts.append(tr("Usually a few minutes (longer if the app must be installed first); "
                        "the result is checked from %1 seconds after the start.")
                     .replace("%1", str(round(delay))))
    elif spec.verify.window_end is not None:
        parts.append(tr("The result is confirmed %1 seconds to %2 minutes after the "
                        "identification ends.")
                     .replace("%1", str(round(delay)))
                     .replace("%2", _minutes(spec.verify.window_end.total_seconds())))
    if spec.typical_duration is not None:
        parts.append(tr("The customer may leave: the kiosk keeps following the "
                        "identification."))
    return " ".join(parts)


def failure_title(status: Status) -> str:
    if status is Status.CANCELLED:
        return tr("The identification was cancelled")
    if status is Status.TERMINATED:
        return tr("Identified, but not confirmed yet")
    return tr("The identification did not succeed")


def next_steps(status: Status, reason: str | None) -> str:
    """What staff and customer can do next."""
    if reason == "SESSION_EXPIRED" or status is Status.EXPIRED:
        return tr("The session ran out before the identification was finished. Start a new "
                  "identification: it issues a new link.")
    if status is Status.ERROR:
        return tr("The provider could not finish the identification. Check light, camera and "
                  "microphone, then start a new identification. If it fails again, call "
                  "support with the reference ID.")
    if status is Status.IDENTIFICATION_NEGATIVELY_CONDUCTED:
        return tr("The provider could not confirm the identity. Check that every name and the "
                  "date of birth match the ID document exactly (all first names, accents), "
                  "then start a new identification.")
    if status is Status.CANCELLED:
        return tr("Nothing more happens with this order. Start a new identification if the "
                  "customer wishes.")
    if status is Status.TERMINATED:
        return tr("The customer has to accept the terms and conditions in the SMS sent to "
                  "their mobile. The kiosk stops checking now; staff can check again later "
                  "with the reference ID.")
    return tr("Start a new identification, or call support with the reference ID.")
