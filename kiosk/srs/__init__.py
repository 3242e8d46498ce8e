"""The typed SRS client: models, the method catalogue, input checks, errors, OAuth2, HTTP client.

Pure Python (no Qt), independent of the simulator; see CONTRACT.md for the wire contract.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .catalogue import (
    METHODS,
    DataRules,
    HandOff,
    MethodSpec,
    TerminalRequirements,
    VerifyAnchor,
    VerifyTiming,
)
from .catalogue import find as find_method_spec
from .endpoints import ClientCredentials, SrsEndpoints
from .errors import (
    AuthenticationFailed,
    Conflict,
    EvidenceNotFound,
    FieldProblem,
    InvalidInput,
    MalformedResponse,
    NotFound,
    ServiceUnavailable,
    SrsError,
)
from .mobile import (
    MobileReading,
    format_mobile,
    is_e164,
    mask_msisdn,
    normalize_msisdn,
    read_mobile,
)
from .models import (
    Evidence,
    IdentificationStatus,
    IdentityData,
    Jurisdiction,
    Method,
    MethodFilter,
    MethodType,
    StartedIdentification,
    Status,
    distinguished_name,
)
from .provider_text import clean_text
from .retry import RetryPolicy
from .times import latest_reading
from .validation import identity_problems, validate_identity

if TYPE_CHECKING:
    from .client import SrsClient


def __getattr__(name: str) -> Any:
    # The client (httpx, TLS) is imported on first use: the kiosk's first paint needs the
    # models and texts of this package, never a connection.
    if name == "SrsClient":
        from .client import SrsClient

        return SrsClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "METHODS",
    "AuthenticationFailed",
    "ClientCredentials",
    "Conflict",
    "DataRules",
    "Evidence",
    "EvidenceNotFound",
    "FieldProblem",
    "HandOff",
    "IdentificationStatus",
    "IdentityData",
    "InvalidInput",
    "Jurisdiction",
    "MalformedResponse",
    "Method",
    "MethodFilter",
    "MethodSpec",
    "MethodType",
    "MobileReading",
    "NotFound",
    "RetryPolicy",
    "ServiceUnavailable",
    "SrsClient",
    "SrsEndpoints",
    "SrsError",
    "StartedIdentification",
    "Status",
    "TerminalRequirements",
    "VerifyAnchor",
    "VerifyTiming",
    "clean_text",
    "distinguished_name",
    "find_method_spec",
    "format_mobile",
    "identity_problems",
    "is_e164",
    "latest_reading",
    "mask_msisdn",
    "normalize_msisdn",
    "read_mobile",
    "validate_identity",
]
