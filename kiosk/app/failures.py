"""How a failed step reads to the customer: one short sentence in their language and one
action (try again, correct the details, choose another method); no codes. The screens show it;
staff get the technical detail in their strip."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.srs import AuthenticationFailed, InvalidInput, NotFound, ServiceUnavailable


class Action(Enum):
    """The one thing the customer can do about a failure."""

    RETRY = "retry"  # try the same again
    CORRECT = "correct"  # go back to the details
    OTHER_METHOD = "other_method"  # go back to the method choice


@dataclass(frozen=True)
class CustomerError:
    sentence: str  # source text, context "CustomerError"
    action: Action

    def text(self) -> str:
        return QCoreApplication.translate("CustomerError", self.sentence)


_NOT_ANSWERING = QT_TRANSLATE_NOOP(
    "CustomerError",
    "The identification service is not answering right now: please try again in a moment.",
)
_ASK_STAFF = QT_TRANSLATE_NOOP(
    "CustomerError",
    "This terminal cannot start identifications right now: please ask the staff for help.",
)
# For the customer, by kind of error (the first match counts: subclasses first).
_CUSTOMER_KINDS: tuple[tuple[type[BaseException], CustomerError], ...] = (
    (AuthenticationFailed, CustomerError(_ASK_STAFF, Action.RETRY)),
    (
        NotFound,
        CustomerError(
            QT_TRANSLATE_NOOP(
                "CustomerError",
                "This identification method is not available right now: please choose another one.",
            ),
            Action.OTHER_METHOD,
        ),
    ),
    (
        InvalidInput,
        CustomerError(
            QT_TRANSLATE_NOOP(
                "CustomerError", "Some of your details were not accepted: please check them."
            ),
            Action.CORRECT,
        ),
    ),
    (ServiceUnavailable, CustomerError(_NOT_ANSWERING, Action.RETRY)),
    (TimeoutError, CustomerError(_NOT_ANSWERING, Action.RETRY)),
    (OSError, CustomerError(_ASK_STAFF, Action.RETRY)),
)
_CUSTOMER_UNEXPECTED = CustomerError(
    QT_TRANSLATE_NOOP("CustomerError", "Something went wrong on our side: please try again."),
    Action.RETRY,
)

# The pre-flight found this terminal cannot run the method (camera, microphone, network).
BLOCKED_HERE = CustomerError(
    QT_TRANSLATE_NOOP(
        "CustomerError",
        "This terminal cannot run this identification right now: please choose another method.",
    ),
    Action.OTHER_METHOD,
)


def customer_error(exc: BaseException) -> CustomerError:
    """What the customer reads about ``exc``: one short sentence, one action; no codes."""
    return next(
        (error for kind, error in _CUSTOMER_KINDS if isinstance(exc, kind)), _CUSTOMER_UNEXPECTED
    )
