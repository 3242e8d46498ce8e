"""The simulated identification methods: the facts of the guide's appendices, kept as data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

# The provider's mock issuer: takes any method's name, is never listed.
TEST_ISSUER = "test"


@dataclass(frozen=True)
class Timeline:
    """Simulated seconds from the start of an order to each step on the success path."""

    initialized_s: float
    done_s: float
    data_ready_s: float
    terminated_s: float
    terms_after_s: float  # T&C accepted (evidence verifiable) this long after TERMINATED


@dataclass(frozen=True)
class MethodSpec:
    issuer: str
    method: str
    method_type: str
    name: str
    jurisdictions: tuple[str, ...]
    loa: int
    offline: bool
    webflow: bool
    realtime: bool
    evidence_validity_years: int
    page_kind: str
    optional_fields: frozenset[str]
    mandatory_fields: frozenset[str]
    # Fields the provider explicitly refuses, with the reason shown to the caller.
    refused_fields: Mapping[str, str]
    timeline: Timeline
    session_s: float | None = None  # Klarna: the session (and target URL) lives 60 minutes
    page_load_limit: int | None = None  # Klarna: the target URL may be opened 5 times
    fail_status: str = "ERROR"  # what a failed ISP page gives
    negative_reason: str = "Identification negatively conducted"

    @property
    def accepted_fields(self) -> frozenset[str]:
        return self.optional_fields | self.mandatory_fields

    def listing(self) -> dict[str, object]:
        """The method as `GET /api/providers` lists it."""
        return {
            "issuer": self.issuer,
            "method": self.method,
            "methodType": self.method_type,
            "name": self.name,
            "jurisdictions": list(self.jurisdictions),
            "loa": self.loa,
            "offline": self.offline,
            "webflow": self.webflow,
            "realtime": self.realtime,
            "evidenceValidityYears": self.evidence_validity_years,
        }


_VIDEO_REFUSED = "not accepted by this method: Identity.tm takes no {what}"
_EID_REFUSED = "not accepted by this method: AUTHADA reads identity data from the ID card"

VIDEO = MethodSpec(
    issuer="IDENTITY.TM",
    method="video",
    method_type="Video",
    name="VIDEO IDENTITY.TM",
    jurisdictions=("EIDAS", "ZERTES"),
    loa=4,
    offline=False,
    webflow=True,
    realtime=True,
    evidence_validity_years=5,
    page_kind="video",
    optional_fields=frozenset(
        {"firstName", "lastName", "mobile", "dob", "placeOfBirth", "nationality"}
        | {"email", "country", "language", "externalId"}
    ),
    mandatory_fields=frozenset(),
    refused_fields={
        "postalAddress": _VIDEO_REFUSED.format(what="postal address"),
        "address": _VIDEO_REFUSED.format(what="postal address"),
        "street": _VIDEO_REFUSED.format(what="postal address"),
        "zip": _VIDEO_REFUSED.format(what="postal address"),
        "city": _VIDEO_REFUSED.format(what="postal address"),
        "artistName": _VIDEO_REFUSED.format(what="artist name"),
        "title": _VIDEO_REFUSED.format(what="title"),
        "documentNumber": _VIDEO_REFUSED.format(what="ID document serial number"),
        "issuingCountry": _VIDEO_REFUSED.format(what="issuing country"),
        "issuingCity": _VIDEO_REFUSED.format(what="issuing city"),
    },
    timeline=Timeline(
        initialized_s=2, done_s=8 * 60, data_ready_s=12 * 60, terminated_s=15 * 60, terms_after_s=60
    ),
    negative_reason="The identity data given does not match the ID document",
)

EID = MethodSpec(
    issuer="AUTHADA",
    method="eid",
    method_type="eID",
    name="eID AUTHADA",
    jurisdictions=("EIDAS",),
    loa=4,
    offline=False,
    webflow=False,
    realtime=True,
    evidence_validity_years=2,
    page_kind="eid",
    optional_fields=frozenset({"mobile", "email", "country", "language", "externalId"}),
    mandatory_fields=frozenset(),
    refused_fields={
        name: _EID_REFUSED
        for name in ("firstName", "lastName", "dob", "placeOfBirth", "nationality")
    },
    timeline=Timeline(
        initialized_s=2, done_s=40, data_ready_s=50, terminated_s=55, terms_after_s=5
    ),
    negative_reason="The ID card could not be verified",
)

BANKIDENT = MethodSpec(
    issuer="KLARNA",
    method="bankident",
    method_type="Bankident",
    name="BankIdent KLARNA",
    jurisdictions=("EIDAS",),
    loa=4,
    offline=False,
    webflow=True,
    realtime=True,
    evidence_validity_years=2,
    page_kind="bankident",
    optional_fields=frozenset(
        {"mobile", "placeOfBirth", "nationality", "email", "language", "country", "externalId"}
    ),
    mandatory_fields=frozenset({"firstName", "lastName", "dob"}),
    refused_fields={},
    timeline=Timeline(
        initialized_s=2, done_s=180, data_ready_s=210, terminated_s=240, terms_after_s=30
    ),
    session_s=60 * 60,
    page_load_limit=5,
    fail_status="IDENTIFICATION_NEGATIVELY_CONDUCTED",
    negative_reason="The bank account holder does not match the data given",
)

METHODS: tuple[MethodSpec, ...] = (VIDEO, EID, BANKIDENT)
ISSUERS: tuple[str, ...] = tuple(spec.issuer for spec in METHODS)


class UnknownMethodError(LookupError):
    """Raised with a message that says which issuers and methods exist."""


def find_method(issuer: str, method: str) -> tuple[str, MethodSpec]:
    """(issuer as answered, spec) for path segments compared without case.

    The `test` issuer serves any method with that method's rules, but nothing mandatory.
    """
    wanted_method = method.lower()
    if issuer.lower() == TEST_ISSUER:
        for spec in METHODS:
            if spec.method == wanted_method:
                return TEST_ISSUER, _as_mock(spec)
        raise UnknownMethodError(
            f"The mock issuer 'test' has no method '{method}'; use one of "
            + ", ".join(spec.method for spec in METHODS)
            + "."
        )
    for spec in METHODS:
        if spec.issuer == issuer.upper():
            if spec.method == wanted_method:
                return spec.issuer, spec
            raise UnknownMethodError(
                f"Issuer {spec.issuer} has no method '{method}'; it offers '{spec.method}'."
            )
    raise UnknownMethodError(
        f"Unknown issuer '{issuer}'; known issuers are " + ", ".join(ISSUERS) + " (and 'test')."
    )


def _as_mock(spec: MethodSpec) -> MethodSpec:
    return replace(
        spec,
        optional_fields=spec.accepted_fields,
        mandatory_fields=frozenset(),
    )
