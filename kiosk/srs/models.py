"""Typed values exchanged with the SRS: methods, filters, identity data, orders, evidences.

Plain frozen dataclasses and enums; the wire format (camelCase JSON) lives in ``wire.py``.
Reprs of anything holding personal data hide it, so an accidental ``log.debug("%r", x)`` is safe.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from urllib.parse import urlsplit

from .mobile import mask_msisdn


class _CaseInsensitiveEnum(StrEnum):
    """Looks members up by value or name regardless of case (the server ignores case too)."""

    @classmethod
    def _missing_(cls, value: object) -> _CaseInsensitiveEnum | None:
        if isinstance(value, str):
            folded = value.strip().casefold()
            for member in cls:
                if folded in (member.value.casefold(), member.name.casefold()):
                    return member
        return None


class Status(StrEnum):
    """Order states: the provider's, plus CANCELLED (after our cancel), EXPIRED (kiosk's own) and
    IN_PROGRESS (a status text the kiosk does not know: shown as given, polled normally)."""

    CREATED = "CREATED"
    INITIALIZED = "INITIALIZED"
    IDENTIFICATION_DONE = "IDENTIFICATION_DONE"
    DATA_READY = "DATA_READY"
    TERMINATED = "TERMINATED"
    ERROR = "ERROR"
    IDENTIFICATION_NEGATIVELY_CONDUCTED = "IDENTIFICATION_NEGATIVELY_CONDUCTED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"  # never on the wire: the kiosk gave up following the order
    IN_PROGRESS = "IN_PROGRESS"  # never final: a status this kiosk does not know (yet)

    @classmethod
    def from_wire(cls, text: str) -> Status:
        """The status for any spelling the guide uses (``INITIALIZED``, ``Initialized``,
        ``Identification done``, ``Negative Identification``, ``Canceled`` ...): case, spaces,
        hyphens and underscores are ignored. Text it does not know gives IN_PROGRESS, never an
        error (the guide adds statuses between versions). The final words a server may write
        instead of the guide's names (``failed``, ``REJECTED``, ``TIMEOUT``, ``EXPIRED``) read as
        the negative end they mean (see ``implied_reason``)."""
        folded = _fold(text)
        return _STATUS_SPELLINGS.get(folded) or _FINAL_WORDS.get(folded, cls.IN_PROGRESS)

    @staticmethod
    def implied_reason(text: str) -> str | None:
        """The status text itself where it is the provider's only word on why the order ended
        (``TIMEOUT``: the reason a status answer without one should carry), else None."""
        return text.strip() if _fold(text) in _FINAL_WORDS else None

    @property
    def is_final(self) -> bool:
        """No further status change will come (TERMINATED still needs the verify call)."""
        return self in _FINAL


_FINAL = frozenset(
    {
        Status.TERMINATED,
        Status.ERROR,
        Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
        Status.CANCELLED,
        Status.EXPIRED,
    }
)


def _fold(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text).casefold()


# Folded spellings (guide §4 table, appendices, the simulator's upper-case names) → status.
_STATUS_SPELLINGS: dict[str, Status] = {
    _fold(spelling): status
    for status, spellings in {
        Status.CREATED: ("CREATED",),
        Status.INITIALIZED: ("INITIALIZED", "Initialised"),
        Status.IDENTIFICATION_DONE: ("IDENTIFICATION_DONE",),
        Status.DATA_READY: ("DATA_READY",),
        Status.TERMINATED: ("TERMINATED",),
        Status.ERROR: ("ERROR",),
        Status.IDENTIFICATION_NEGATIVELY_CONDUCTED: (
            "IDENTIFICATION_NEGATIVELY_CONDUCTED",
            "Negative Identification",
            # the same, shortened: an enum's name may drop either word
            "NEGATIVE",
            "NEGATIVELY_CONDUCTED",
            "IDENTIFICATION_NEGATIVE",
        ),
        Status.CANCELLED: ("CANCELLED", "Canceled"),
    }.items()
    for spelling in spellings
}

# Final words the guide uses for an identification's end without naming them as statuses:
# appendix 1 "the SP will only get back a 'failed'" (data mismatch) and "rejected as fraud
# attempt"; appendix 3 "If the Timeout is reached … the Identification gets the Status Negative
# Identification" (so TIMEOUT and EXPIRED too). Each is the negative end, never "in progress".
_FINAL_WORDS: dict[str, Status] = {
    _fold(word): Status.IDENTIFICATION_NEGATIVELY_CONDUCTED
    for word in (
        "FAILED",
        "FAILURE",
        "IDENTIFICATION_FAILED",
        "REJECTED",
        "IDENTIFICATION_REJECTED",
        "TIMEOUT",
        "TIMED_OUT",
        "TIMEOUTED",
        "EXPIRED",
    )
}


class Jurisdiction(_CaseInsensitiveEnum):
    EIDAS = "EIDAS"  # EU
    ZERTES = "ZERTES"  # CH

    @classmethod
    def _missing_(cls, value: object) -> Jurisdiction | None:
        # Guide §5.1 names them "EU (eIDAS), CH (ZertES)": the region codes are the same thing.
        if isinstance(value, str):
            region = {"eu": cls.EIDAS, "ch": cls.ZERTES}.get(value.strip().casefold())
            if region is not None:
                return region
        found = super()._missing_(value)
        return found if isinstance(found, Jurisdiction) else None

    @property
    def region(self) -> str:
        """The other spelling the guide uses: ``EU`` or ``CH``."""
        return "EU" if self is Jurisdiction.EIDAS else "CH"


class MethodType(_CaseInsensitiveEnum):
    VIDEO = "Video"
    EID = "eID"
    BANKIDENT = "Bankident"


@dataclass(frozen=True)
class Method:
    """One identification method as listed by ``GET /api/providers``.

    Only issuer and method (or its type) are certain in a listing: the rest is None where the
    server left it out. ``method_type`` keeps a type this kiosk does not know as the raw string
    (the guide: "This list will be updated regularly"), so the method is listed, not dropped.
    """

    issuer: str  # e.g. "KLARNA"
    method: str  # the path segment for start, e.g. "bankident"
    method_type: MethodType | str
    name: str  # display name, e.g. "VIDEO IDENTITY.TM" (issuer/method when not given)
    jurisdictions: tuple[Jurisdiction, ...] = ()
    loa: int | None = None
    offline: bool | None = None
    webflow: bool | None = None
    realtime: bool | None = None
    evidence_validity_years: int | None = None

    @property
    def known_type(self) -> MethodType | None:
        """The method type if this kiosk knows it, else None."""
        return self.method_type if isinstance(self.method_type, MethodType) else None


@dataclass(frozen=True)
class MethodFilter:
    """Filters for listing methods; every one given narrows the list, None/empty means "any".

    ``loa`` keeps methods with an LOA of at least that value; booleans are equality filters;
    several issuers or jurisdictions mean "any of these"; method type ignores case.
    """

    issuer: tuple[str, ...] = ()
    jurisdiction: tuple[Jurisdiction | str, ...] = ()
    loa: int | None = None
    offline: bool | None = None
    method_type: MethodType | str | None = None
    webflow: bool | None = None
    realtime: bool | None = None


# Attributes of IdentityData that identify a person; hidden in reprs.
_HIDDEN = frozenset({"first_name", "last_name", "dob", "email", "place_of_birth"})


@dataclass(frozen=True, repr=False)
class IdentityData:
    """Initial data about the customer, sent with a start. All optional; a method's rules
    (see ``catalogue``) say which are mandatory or not accepted. Blank strings count as not given.
    """

    first_name: str | None = None
    last_name: str | None = None
    dob: date | None = None
    mobile: str | None = None
    email: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    language: str | None = None  # ISO 639-1
    external_id: str | None = None
    place_of_birth: str | None = None
    nationality: str | None = None  # ISO 3166-1 alpha-2
    validity: date | None = None  # the ID document's validity (Identity.tm), wire ``validity``

    def given(self) -> dict[str, str | date]:
        """The fields that carry a value, by attribute name."""
        out: dict[str, str | date] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            out[f.name] = value
        return out

    def __repr__(self) -> str:
        shown = []
        for name, value in self.given().items():
            if name in _HIDDEN:
                shown.append(f"{name}=<hidden>")
            elif name == "mobile":
                shown.append(f"mobile={mask_msisdn(str(value))!r}")
            else:
                shown.append(f"{name}={value!r}")
        return f"IdentityData({', '.join(shown)})"

    __str__ = __repr__


def _url_origin(url: str | None) -> str | None:
    # Target URLs carry a session capability in their path: show only where they point.
    if url is None:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/…"


@dataclass(frozen=True, repr=False)
class StartedIdentification:
    """The answer to a start: where to send the customer, and how to follow the order."""

    ref_id: str
    issuer: str  # as asked, where the answer does not say
    method: str
    status: Status = Status.CREATED
    # None: the answer carried only the Ref-ID; the URL comes later in a status answer
    # (guide §4: "Initialized — ... can now be started by the use of the target URL").
    target_url: str | None = None
    order_id: str | None = None  # Identity.tm's own reference (video)
    mobile_token: str | None = None  # AUTHADA (eID)
    session_token: str | None = None  # AUTHADA (eID)
    status_text: str = ""  # the status as the server wrote it ("" when it sent none)
    # Optional fields (IdentityData names) the server refused by name, so the start went
    # again without them: staff may want to know the customer's e-mail was not passed on.
    left_out: tuple[str, ...] = ()

    def __repr__(self) -> str:
        tokens = "<hidden>" if self.mobile_token or self.session_token else None
        return (
            f"StartedIdentification(ref_id={self.ref_id!r}, issuer={self.issuer!r}, "
            f"method={self.method!r}, status={self.status.value}, "
            f"status_text={self.status_text!r}, "
            f"target_url={_url_origin(self.target_url)!r}, order_id={self.order_id!r}, "
            f"tokens={tokens})"
        )

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class IdentificationStatus:
    """The answer to a status or cancel call. ``history`` is oldest first.

    Only the status is certain; ``status_text`` is the status as the server wrote it (what staff
    see while ``status`` is IN_PROGRESS)."""

    ref_id: str
    issuer: str | None
    method: str | None
    mobile: str | None
    status: Status
    reason: str | None = None
    order_id: str | None = None
    target_url: str | None = None
    history: tuple[tuple[Status, datetime], ...] = ()
    status_text: str = ""
    mobile_token: str | None = None
    session_token: str | None = None

    @property
    def is_final(self) -> bool:
        return self.status.is_final

    def reached_at(self, status: Status) -> datetime | None:
        """When the order first reached ``status``, if it did."""
        return next((at for s, at in self.history if s is status), None)

    def __repr__(self) -> str:
        return (
            f"IdentificationStatus(ref_id={self.ref_id!r}, issuer={self.issuer!r}, "
            f"method={self.method!r}, mobile={mask_msisdn(self.mobile)!r}, "
            f"status={self.status.value}, status_text={self.status_text!r}, "
            f"reason={self.reason!r}, order_id={self.order_id!r}, "
            f"target_url={_url_origin(self.target_url)!r}, "
            f"history={[s.value for s, _ in self.history]})"
        )

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class Evidence:
    """A successful RA verify: the customer can sign with this mobile number."""

    evidence_id: str
    msisdn: str
    jurisdiction: Jurisdiction
    assurance_level: int
    issuer: str | None = None
    method: str | None = None
    valid_until: datetime | None = None
    # When the evidence was made, where the answer says (the guide names only the evidence id).
    created_at: datetime | None = None

    def __repr__(self) -> str:
        return (
            f"Evidence(evidence_id={self.evidence_id!r}, msisdn={mask_msisdn(self.msisdn)!r}, "
            f"jurisdiction={self.jurisdiction.value}, assurance_level={self.assurance_level}, "
            f"issuer={self.issuer!r}, method={self.method!r}, valid_until={self.valid_until!r}, "
            f"created_at={self.created_at!r})"
        )

    __str__ = __repr__


def distinguished_name(first_name: str, last_name: str, country: str | None = None) -> str:
    """The X.500 name the RA verify call takes, as in Swisscom's sample:
    ``cn=Max Maximus, givenname=Max, surname=Maximus, c=RO`` (``c`` left out without a country).

    Commas, plus signs and the like inside a name are escaped (RFC 4514), so "Smith, Jr." stays
    one value."""
    first, last = " ".join(first_name.split()), " ".join(last_name.split())
    parts = [
        f"cn={_dn_value(f'{first} {last}'.strip())}",
        f"givenname={_dn_value(first)}",
        f"surname={_dn_value(last)}",
    ]
    if country and country.strip():
        parts.append(f"c={_dn_value(country.strip().upper())}")
    return ", ".join(parts)


def _dn_value(value: str) -> str:
    escaped = re.sub(r'([,+"\\<>;=])', r"\\\1", value)
    if escaped.startswith("#"):
        escaped = "\\" + escaped
    return escaped
