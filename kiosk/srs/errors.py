"""What can go wrong when talking to the SRS, as a small hierarchy callers can catch.

Every error carries a ``message`` a person can act on (in English, often the server's own text):
the CLI prints it; the UI shows a translated sentence per kind of error with the message as its
technical detail. Nothing here ever holds a customer's name, birth date, full mobile number, the
client secret or a token.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.i18n import fill


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field (IdentityData attribute names, e.g. ``first_name``).

    ``problem`` is the source text, translated by the UI (context "Problem"): a whole sentence
    whose ``%1`` is the field's name, so that every language can build it grammatically; ``args``
    fill ``%2``, ``%3``.. (after translation). A problem without ``%1`` (the server's own, as
    it came) is read after the field's name."""

    field: str
    problem: str
    args: tuple[str, ...] = ()

    @property
    def names_field(self) -> bool:
        """Whether ``problem`` is a sentence that names the field itself (as ``%1``)."""
        return "%1" in self.problem

    def sentence(self, template: str, field: str) -> str:
        """``template`` (``problem`` or its translation) made whole with the field's name
        ``field`` and the args."""
        if self.names_field:
            return fill(template, field, *self.args)
        return f"{field} {fill(template, *self.args)}"

    @property
    def text(self) -> str:
        """The problem in English with the field's attribute name (CLI, logs, ``str``)."""
        return self.sentence(self.problem, self.field)

    def __str__(self) -> str:
        return self.text if self.names_field else f"{self.field}: {fill(self.problem, *self.args)}"


class SrsError(Exception):
    """Base of every error raised by ``kiosk.srs``."""

    def __init__(
        self, message: str, *, status_code: int | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code  # HTTP status, where an answer came back
        self.code = code  # the server's machine-readable ``error`` value, where given


class AuthenticationFailed(SrsError):  # noqa: N818 (names fixed by the API)
    """The identity provider refused the credentials, or the SRS refused the token twice."""


class NotFound(SrsError):  # noqa: N818 (names fixed by the API)
    """Unknown issuer/method or reference ID."""


class EvidenceNotFound(NotFound):
    """The RA service has no usable evidence (yet) for that mobile number."""


class InvalidInput(SrsError):  # noqa: N818 (names fixed by the API)
    """Input was refused (by our own checks before sending, or by the server)."""

    def __init__(
        self,
        message: str,
        fields: tuple[FieldProblem, ...] | list[FieldProblem] = (),
        *,
        status_code: int | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, code=code)
        self.fields: tuple[FieldProblem, ...] = tuple(fields)

    def problem_for(self, field: str) -> str | None:
        """The first problem reported for ``field`` (English, args filled in), or None."""
        return next((p.text for p in self.fields if p.field == field), None)

    def __str__(self) -> str:
        if not self.fields:
            return self.message
        return f"{self.message} ({'; '.join(str(p) for p in self.fields)})"


class Conflict(SrsError):  # noqa: N818 (names fixed by the API)
    """The request clashes with the order's state (e.g. cancelling a terminated order)."""


class ServiceUnavailable(SrsError):  # noqa: N818 (names fixed by the API)
    """The service could not be reached or kept failing (connect errors, timeouts, 5xx, 429)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        retry_after_s: float | None = None,
        server_text: str = "",
    ) -> None:
        super().__init__(message, status_code=status_code, code=code)
        # The server's last Retry-After (uncapped), so a scheduler can wait that long.
        self.retry_after_s = retry_after_s
        # The server's own words, where its answer carried any (``message`` is the kiosk's).
        self.server_text = server_text


class MalformedResponse(SrsError):  # noqa: N818 (names fixed by the API)
    """The server answered, but not with what the contract promises."""
