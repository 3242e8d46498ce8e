"""The identification methods of the integration guide's appendices, kept as data.

Everything method-specific the kiosk needs (what data to ask for, how to hand over, when to verify,
what the terminal must offer) is read from here, so a new method is one more entry, not new ifs.
Field names in the data rules are ``IdentityData`` attribute names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum

from kiosk.i18n import QT_TRANSLATE_NOOP

from .models import Jurisdiction, MethodType


class HandOff(StrEnum):
    QR_DEEPLINK = "qr_deeplink"  # the customer's phone opens an app via QR code / deep link
    WEB_VIEW = "web_view"  # the target URL runs in the kiosk's web view (or on the phone)


class VerifyAnchor(StrEnum):
    AFTER_START = "after_start"
    AFTER_TERMINATED = "after_terminated"


@dataclass(frozen=True)
class VerifyTiming:
    """When the guide recommends the first verify call: ``delay`` after ``anchor``.

    ``window_end`` (same anchor) is the end of the recommended window where the guide gives one.
    """

    anchor: VerifyAnchor
    delay: timedelta
    window_end: timedelta | None = None


@dataclass(frozen=True)
class DataRules:
    """Which initial identity data a method takes. Fields in neither set are refused.

    ``not_accepted`` lists what the guide explicitly names as refused (for help texts; some of it,
    like a postal address, has no ``IdentityData`` field at all). ``recommended`` maps optional
    fields to the reason the guide gives for sending them anyway.
    """

    mandatory: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()
    not_accepted: frozenset[str] = frozenset()
    recommended: tuple[tuple[str, str], ...] = ()
    # Asked by the kiosk for its own use though the method takes it not: checked for format,
    # never sent (AUTHADA's mobile number, kept for the verify call).
    local: frozenset[str] = frozenset()

    @property
    def accepted(self) -> frozenset[str]:
        return self.mandatory | self.optional


@dataclass(frozen=True)
class TerminalRequirements:
    """What the terminal must offer for a method (guide appendix 1 "System Requirement")."""

    camera_min_resolution: tuple[int, int] | None = None  # (width, height) px
    microphone: bool = False
    min_upload_mbytes_s: float | None = None  # the guide's "MB/s"
    min_download_mbytes_s: float | None = None
    tcp_443_hosts: tuple[str, ...] = ()  # must be reachable, also for non-web traffic
    tcp_443_wildcards: tuple[str, ...] = ()  # domains given only as a pattern
    udp_3478_recommended: bool = False  # STUN/TURN: "better experience"
    udp_range_best: tuple[int, int] | None = None  # "best experience"
    min_tls: str = "1.2"
    web_view: bool = False  # the flow runs in the kiosk's embedded browser
    qr_screen: bool = False  # the kiosk shows a QR code for the customer's phone


@dataclass(frozen=True)
class MethodSpec:
    """Everything the guide says about one method."""

    issuer: str
    method: str  # path segment for start
    method_type: MethodType
    name: str
    jurisdictions: tuple[Jurisdiction, ...]
    loa: int
    offline: bool
    webflow: bool
    realtime: bool
    evidence_validity_years: int
    data: DataRules
    hand_off: HandOff
    verify: VerifyTiming
    typical_duration: tuple[timedelta, timedelta] | None = None  # (from, to), where the guide says
    # The session dies after this without TERMINATED, counted from the start of the
    # identification process (the first load of the target URL), not from order creation.
    session_lifetime: timedelta | None = None
    target_url_max_uses: int | None = None  # loads of the target URL in all (first one included)
    app_links: tuple[tuple[str, str], ...] = ()  # (store, URL)
    call_languages: tuple[str, ...] = ()  # ISO 639-1, for methods with a human agent
    terminal: TerminalRequirements = field(default_factory=TerminalRequirements)
    # What the customer needs to bring or have (marked source texts, context MethodNeeds).
    needs: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.issuer.casefold(), self.method.casefold())


_CONTACT = frozenset({"mobile", "email", "country", "language", "external_id"})

VIDEO_IDENTITY_TM = MethodSpec(
    issuer="IDENTITY.TM",
    method="video",
    method_type=MethodType.VIDEO,
    name="VIDEO IDENTITY.TM",
    jurisdictions=(Jurisdiction.EIDAS, Jurisdiction.ZERTES),
    loa=4,
    offline=False,
    webflow=True,
    realtime=True,
    evidence_validity_years=5,
    data=DataRules(
        optional=_CONTACT
        | {"first_name", "last_name", "dob", "place_of_birth", "nationality", "validity"},
        not_accepted=frozenset(
            {
                "postal_address",
                "artist_name",
                "title",
                "document_number",
                "issuing_country",
                "issuing_city",
            }
        ),
        recommended=(
            (
                "last_name",
                QT_TRANSLATE_NOOP(
                    "Hint", "needed to use the identity.tm mobile app; must match the ID exactly"
                ),
            ),
        ),
    ),
    hand_off=HandOff.WEB_VIEW,
    # The guide: wait the 10–20 min of the call and back-office check, i.e. until TERMINATED.
    verify=VerifyTiming(VerifyAnchor.AFTER_TERMINATED, timedelta(0)),
    typical_duration=(timedelta(minutes=10), timedelta(minutes=20)),
    call_languages=("de", "en"),
    terminal=TerminalRequirements(
        camera_min_resolution=(640, 480),
        microphone=True,
        min_upload_mbytes_s=0.5,
        min_download_mbytes_s=0.5,
        tcp_443_hosts=(
            "static.opentok.com",
            "enterprise.opentok.com",
            "api.opentok.com",
            "anvil.opentok.com",
            "ws.pusherapp.com",
        ),
        tcp_443_wildcards=("*.tokbox.com",),
        udp_3478_recommended=True,
        udp_range_best=(1025, 65535),
        min_tls="1.2",
        web_view=True,
    ),
    needs=(
        QT_TRANSLATE_NOOP("MethodNeeds", "the terminal's camera and microphone"),
        QT_TRANSLATE_NOOP("MethodNeeds", "a valid ID document"),
        QT_TRANSLATE_NOOP("MethodNeeds", "10–20 minutes"),
        QT_TRANSLATE_NOOP("MethodNeeds", "a call in German or English"),
    ),
)

EID_AUTHADA = MethodSpec(
    issuer="AUTHADA",
    method="eid",
    method_type=MethodType.EID,
    name="eID AUTHADA",
    jurisdictions=(Jurisdiction.EIDAS,),
    loa=4,
    offline=False,
    webflow=False,
    realtime=True,
    evidence_validity_years=2,
    # "Initial information: N/A": nothing but the External ID, an SRS feature (guide §5.2). The
    # kiosk still asks the mobile number: it keeps it for the verify call.
    data=DataRules(
        optional=frozenset({"external_id"}),
        not_accepted=frozenset(
            {
                "first_name",
                "last_name",
                "dob",
                "place_of_birth",
                "nationality",
                "email",
                "country",
                "language",
                "validity",
            }
        ),
        local=frozenset({"mobile"}),
    ),
    hand_off=HandOff.QR_DEEPLINK,
    verify=VerifyTiming(VerifyAnchor.AFTER_START, timedelta(seconds=60)),
    app_links=(
        ("android", "https://play.google.com/store/apps/details?id=de.authada.id"),
        ("ios", "https://apps.apple.com/us/app/authada/id1479685801"),
    ),
    terminal=TerminalRequirements(min_tls="1.2", qr_screen=True),
    needs=(
        QT_TRANSLATE_NOOP("MethodNeeds", "a German ID card with eID function, or a residence card"),
        QT_TRANSLATE_NOOP("MethodNeeds", "a smartphone with NFC"),
        QT_TRANSLATE_NOOP("MethodNeeds", "the AUTHADA app (free)"),
        QT_TRANSLATE_NOOP("MethodNeeds", "the 6-digit PIN of the ID card"),
    ),
)

BANKIDENT_KLARNA = MethodSpec(
    issuer="KLARNA",
    method="bankident",
    method_type=MethodType.BANKIDENT,
    name="BankIdent KLARNA",
    jurisdictions=(Jurisdiction.EIDAS,),
    loa=4,
    offline=False,
    webflow=True,
    realtime=True,
    evidence_validity_years=2,
    data=DataRules(
        mandatory=frozenset({"first_name", "last_name", "dob"}),
        optional=_CONTACT | {"place_of_birth", "nationality"},
    ),
    hand_off=HandOff.WEB_VIEW,
    verify=VerifyTiming(
        VerifyAnchor.AFTER_TERMINATED, timedelta(seconds=30), window_end=timedelta(minutes=2)
    ),
    # "After the Identification process is started, a Session is active for 60 Minutes": counted
    # from the start of the identification (the first load of the target URL), not from the order.
    session_lifetime=timedelta(minutes=60),
    # "The target URL can be used again 5 Times": the first load plus 5 more, 6 loads in all.
    target_url_max_uses=6,
    terminal=TerminalRequirements(min_tls="1.2", web_view=True),
    needs=(
        QT_TRANSLATE_NOOP("MethodNeeds", "online banking at a supported bank (about 3500 banks)"),
        QT_TRANSLATE_NOOP("MethodNeeds", "a mobile phone for an SMS code"),
    ),
)

METHODS: tuple[MethodSpec, ...] = (VIDEO_IDENTITY_TM, EID_AUTHADA, BANKIDENT_KLARNA)

# The test environment's mock provider: plays any method, nothing mandatory.
TEST_ISSUER = "test"

_BY_KEY = {spec.key: spec for spec in METHODS}


def find(issuer: str, method: str) -> MethodSpec | None:
    """The spec for ``issuer``/``method`` (any case); the mock issuer ``test`` maps to the
    method's spec with every mandatory field made optional. None for an unknown method."""
    method_key = method.strip().casefold()
    if issuer.strip().casefold() == TEST_ISSUER:
        real = next((s for s in METHODS if s.method.casefold() == method_key), None)
        if real is None:
            return None
        rules = replace(real.data, mandatory=frozenset(), optional=real.data.accepted)
        return replace(real, issuer=TEST_ISSUER, data=rules)
    return _BY_KEY.get((issuer.strip().casefold(), method_key))
