"""The simulated identification methods: the facts of the guide's appendices, kept as data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from kiosk.simulator.dialects import DEFAULT, Dialect

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
    # Klarna: the session (and target URL) lives 60 minutes from the start of the
    # identification process (the first load of the target URL), not from the order.
    session_s: float | None = None
    # Klarna: loads of the target URL allowed in all: the initial use and 5 reuses (guide
    # appendix 3: "can be used again 5 Times").
    page_load_limit: int | None = None
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
_EID_REFUSED = "not accepted by this method: AUTHADA takes no initial data (guide appendix 2: N/A)"
# What AUTHADA took before the guide's "N/A" was read strictly (the authada-lenient dialect).
_EID_LENIENT_FIELDS = frozenset({"mobile", "email", "country", "language", "externalId"})

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
        {"firstName", "lastName", "mobile", "dob", "placeOfBirth", "nationality", "validity"}
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
    # The External ID is the SRS's own feature (guide §5.2), for every method.
    optional_fields=frozenset({"externalId"}),
    mandatory_fields=frozenset(),
    refused_fields={
        name: _EID_REFUSED
        for name in (
            "firstName",
            "lastName",
            "dob",
            "placeOfBirth",
            "nationality",
            "mobile",
            "email",
            "country",
            "language",
            "validity",
        )
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
    page_load_limit=6,
    fail_status="IDENTIFICATION_NEGATIVELY_CONDUCTED",
    negative_reason="The bank account holder does not match the data given",
)

# The unknown-method-type dialect's extra method: a type the guide's list does not have yet
# ("This list will be updated regularly"), offline (a branch visit) with a web page to book it.
BRANCH = MethodSpec(
    issuer="POSTIDENT",
    method="branch",
    method_type="Branch",
    name="POSTIDENT BRANCH",
    jurisdictions=("EIDAS", "ZERTES"),
    loa=4,
    offline=True,
    webflow=True,
    realtime=False,
    evidence_validity_years=5,
    page_kind="branch",
    optional_fields=VIDEO.optional_fields,
    mandatory_fields=frozenset(),
    refused_fields={},
    timeline=Timeline(
        initialized_s=2,
        done_s=10 * 60,
        data_ready_s=12 * 60,
        terminated_s=15 * 60,
        terms_after_s=60,
    ),
)

METHODS: tuple[MethodSpec, ...] = (VIDEO, EID, BANKIDENT)


def methods_for(dialect: Dialect) -> tuple[MethodSpec, ...]:
    """The methods this dialect offers, with its reading of what each accepts."""
    methods = [
        replace(
            spec,
            optional_fields=_EID_LENIENT_FIELDS,
            refused_fields={
                k: v for k, v in spec.refused_fields.items() if k not in _EID_LENIENT_FIELDS
            },
        )
        if spec is EID and "authada-lenient" in dialect
        else spec
        for spec in METHODS
    ]
    if "klarna-five-loads" in dialect:
        methods = [
            replace(spec, page_load_limit=5) if spec is BANKIDENT else spec for spec in methods
        ]
    if "unknown-method-type" in dialect:
        methods.append(BRANCH)
    return tuple(methods)


class UnknownMethodError(LookupError):
    """Raised with a message that says which issuers and methods exist."""


def find_method(issuer: str, method: str, dialect: Dialect = DEFAULT) -> tuple[str, MethodSpec]:
    """(issuer as answered, spec) for path segments compared without case.

    The `test` issuer serves any method with that method's rules, but nothing mandatory.
    """
    methods = methods_for(dialect)
    wanted_method = method.lower()
    if issuer.lower() == TEST_ISSUER:
        for spec in methods:
            if spec.method == wanted_method:
                return TEST_ISSUER, _as_mock(spec)
        raise UnknownMethodError(
            f"The mock issuer 'test' has no method '{method}'; use one of "
            + ", ".join(spec.method for spec in methods)
            + "."
        )
    for spec in methods:
        if spec.issuer == issuer.upper():
            if spec.method == wanted_method:
                return spec.issuer, spec
            raise UnknownMethodError(
                f"Issuer {spec.issuer} has no method '{method}'; it offers '{spec.method}'."
            )
    raise UnknownMethodError(
        f"Unknown issuer '{issuer}'; known issuers are "
        + ", ".join(spec.issuer for spec in methods)
        + " (and 'test')."
    )


def _as_mock(spec: MethodSpec) -> MethodSpec:
    return replace(
        spec,
        optional_fields=spec.accepted_fields,
        mandatory_fields=frozenset(),
    )
