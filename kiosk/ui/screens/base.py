"""What every screen shares: the model it shows (a customer screen: the flow), task slots
cancelled on leaving, retranslation, and how errors are told: to the customer one short
sentence in their language with one action (:func:`customer_error`); to staff what happened,
what to do and the technical detail (HTTP status, the SRS's error code, its message:
:func:`error_text`, :func:`staff_error_text`) on staff screens and in the staff strip
(``CustomerFlow.staffDetail``)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.app.failures import Action as Action
from kiosk.app.failures import CustomerError as CustomerError
from kiosk.app.failures import customer_error
from kiosk.app.flow import CustomerFlow
from kiosk.app.language import staff_texts
from kiosk.i18n import QT_TRANSLATE_NOOP, fill
from kiosk.srs import (
    AuthenticationFailed,
    Conflict,
    EvidenceNotFound,
    InvalidInput,
    MalformedResponse,
    NotFound,
    ServiceUnavailable,
    SrsError,
)
from kiosk.tracking import UnknownOrder

from ..texts import problem_text, translate
from ..widgets.common import disabled_while
from .page import Page

log = logging.getLogger(__name__)

REQUEST_TIMEOUT_S = 30.0


# What happened and what to do, by kind of error (the first match counts: subclasses first).
_ERROR_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (
        AuthenticationFailed,
        QT_TRANSLATE_NOOP(
            "SrsError",
            "The SRS refused the kiosk's access. Ask IT to check the client ID and "
            "secret in the settings.",
        ),
    ),
    (
        EvidenceNotFound,
        QT_TRANSLATE_NOOP(
            "SrsError",
            "The SRS has no confirmed evidence for this mobile number yet. Try again later.",
        ),
    ),
    (
        NotFound,
        QT_TRANSLATE_NOOP(
            "SrsError",
            "The SRS does not know this order or method. Check the reference ID, or "
            "start a new identification.",
        ),
    ),
    (
        InvalidInput,
        QT_TRANSLATE_NOOP("SrsError", "Some details were refused. Correct them and try again."),
    ),
    (
        Conflict,
        QT_TRANSLATE_NOOP(
            "SrsError", "The order's current state does not allow this. Refresh to see its status."
        ),
    ),
    (
        ServiceUnavailable,
        QT_TRANSLATE_NOOP(
            "SrsError",
            "The SRS cannot be reached right now. Check the network connection and "
            "try again in a moment.",
        ),
    ),
    (
        MalformedResponse,
        QT_TRANSLATE_NOOP(
            "SrsError",
            "The SRS sent an answer the kiosk does not understand. Try again; if it "
            "happens again, call support.",
        ),
    ),
    (
        UnknownOrder,
        QT_TRANSLATE_NOOP(
            "SrsError", "This order is no longer in the kiosk's journal. Refresh the list."
        ),
    ),
    (
        OSError,
        QT_TRANSLATE_NOOP("SrsError", "A file on this terminal could not be read or written."),
    ),
)
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "SrsError", "Something went wrong. Try again; if it happens again, call support."
)


# A service that answered, but with a server error or "too many requests" (not unreachable).
_SERVER_ERROR = QT_TRANSLATE_NOOP(
    "SrsError", "The SRS answered with a server error. Try again in a moment."
)
_BUSY = QT_TRANSLATE_NOOP("SrsError", "The SRS is busy. Try again in a moment.")


def _error_kind(exc: BaseException) -> str:
    """What happened and what to do, in the interface language (staff read it)."""
    if isinstance(exc, ServiceUnavailable) and exc.status_code is not None:
        text = _BUSY if exc.status_code == 429 else _SERVER_ERROR
    else:
        text = next((text for kind, text in _ERROR_KINDS if isinstance(exc, kind)), _UNEXPECTED)
    return translate("SrsError", text)


def _detail(exc: BaseException) -> str:
    """The original (often English, often the server's) text, for support."""
    if isinstance(exc, InvalidInput) and exc.fields:
        # The field problems instead of the message: ours are translatable templates.
        from .data_form import field_caption  # here: data_form builds on this module

        texts = (problem_text(p, field_caption(p.field)) for p in exc.fields)
        return " ".join(t if t.endswith(".") else f"{t}." for t in texts)
    if isinstance(exc, ServiceUnavailable):
        # Its message is the kiosk's own English: only what the server or network said.
        cause = exc.__cause__
        return exc.server_text or (f"{type(cause).__name__}: {cause}" if cause else "")
    if isinstance(exc, SrsError):
        return exc.message
    if isinstance(exc, UnknownOrder):
        return ""  # only the ref id, which the screen names already
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc) or type(exc).__name__


def technical_detail(exc: BaseException) -> str:
    """For staff and support: the HTTP status, the server's error code and its message (or
    the field problems), e.g. ``HTTP 503 · service_unavailable · The SRS is busy``."""
    parts: list[str] = []
    detail = _detail(exc)
    if isinstance(exc, SrsError):
        if exc.status_code is not None and f"HTTP {exc.status_code}" not in detail:
            parts.append(f"HTTP {exc.status_code}")
        if exc.code:
            parts.append(exc.code)
    elif isinstance(exc, TimeoutError):
        parts.append(QCoreApplication.translate("Screen", "The service did not answer in time."))
    if detail and detail not in parts:
        parts.append(detail)
    return " · ".join(parts)


def staff_error_text(exc: BaseException) -> str:
    """One line for the staff strip: what happened and what to do, then the technical detail
    (in the current texts: call inside ``staff_texts()``)."""
    kind = (
        QCoreApplication.translate("Screen", "The service did not answer in time.")
        if isinstance(exc, TimeoutError)
        else _error_kind(exc)
    )
    detail = technical_detail(exc)
    return f"{kind} ({detail})" if detail and detail != kind else kind


def error_text(exc: BaseException) -> str:
    """What went wrong, for the screen: a translated sentence per kind of error (what happened,
    what to do), then "Details: …" with the original text for support."""
    if isinstance(exc, TimeoutError):
        return QCoreApplication.translate("Screen", "The service did not answer in time.")
    text = _error_kind(exc)
    detail = _detail(exc)
    if detail:
        # On a line of its own: what to do stays in front, the technical part follows.
        text += "\n" + fill(QCoreApplication.translate("SrsError", "Details: %1"), detail)
    return text


async def cancel_order(
    controller: CustomerFlow,
    control: QPushButton,
    error: QLabel,
    cancel: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Cancel the current order from a screen: the one handler pattern (disable while the
    flow cancels, show the error; the order is kept on failure). ``cancel``: the flow's step
    that cancels (default: ``cancel_order``)."""
    error.clear()
    error.hide()  # an empty line takes its height from its neighbours
    with disabled_while(control):
        try:
            await (cancel or controller.cancel_order)()
        except (SrsError, TimeoutError) as exc:
            # The customer reads one sentence; staff get the detail in their strip.
            error.setText(
                fill(
                    QCoreApplication.translate("Screen", "Could not cancel: %1"),
                    customer_error(exc).text(),
                )
            )
            error.show()
            report_to_staff(controller, STAFF_CANCEL_FAILED, exc)


STAFF_START_FAILED = QT_TRANSLATE_NOOP("StaffDetail", "For staff: the start failed. %1")
STAFF_CANCEL_FAILED = QT_TRANSLATE_NOOP("StaffDetail", "For staff: the cancel failed. %1")


def report_to_staff(controller: CustomerFlow, what: str, exc: BaseException) -> None:
    """The technical detail of ``exc`` to the staff strip, in the staff language: ``what`` is a
    "StaffDetail" source text whose %1 takes :func:`staff_error_text`. Logged too (provider
    text comes cleaned and with numbers masked from kiosk.srs)."""
    with staff_texts():
        text = fill(QCoreApplication.translate("StaffDetail", what), staff_error_text(exc))
    # A refusal's message may quote what was typed (a name): the log gets the fields only.
    if isinstance(exc, InvalidInput):
        logged = " · ".join(
            str(part)
            for part in (exc.status_code, exc.code, ", ".join(p.field for p in exc.fields))
            if part
        )
    else:
        logged = technical_detail(exc)
        if isinstance(exc, ServiceUnavailable):  # the log keeps the kiosk's own English too
            logged = f"{exc.message} ({logged})" if logged else exc.message
    logged = logged or type(exc).__name__
    log.warning("%s", fill(what, logged))
    controller.staffDetail.emit(text)


class ScreenBase(Page):
    """A screen (see :class:`Page`) that words errors for its reader. A screen takes the model it
    shows: the customer's flow (:class:`Screen`), or the one terminal service a staff screen
    uses."""

    def describe_error(self, exc: BaseException) -> str:
        """For a staff screen ``error_text(exc)`` in the staff language; for a customer screen
        the customer's one sentence (the detail goes to staff: :func:`report_to_staff`)."""
        if self.staff_facing:
            with staff_texts():
                return error_text(exc)
        return customer_error(exc).text()


class Screen(ScreenBase):
    """A customer screen: shows the customer's flow (``ctl``) and forwards intents to it."""

    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = flow
