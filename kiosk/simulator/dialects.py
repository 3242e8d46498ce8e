"""Dialects: each one switch that plays another plausible reading of one ambiguity in the guide.

The default (no dialect) is the reading in `kiosk/srs/CONTRACT.md`. The end-to-end tests run the
kiosk against every dialect so that it works whichever reading the real service follows; each
dialect is implemented from the guide's words (see "Simulator dialects" in CONTRACT.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

DIALECTS: Mapping[str, str] = {
    "status-titlecase": "statuses as the guide's table writes them: 'Identification done', "
    "'Data ready', 'Negative Identification', 'Cancelled' ...",
    "status-spaced-upper": "statuses in capitals with spaces: 'IDENTIFICATION DONE', "
    "'DATA READY', 'NEGATIVE IDENTIFICATION'",
    "status-canceled": "a cancelled order's status in American spelling: 'CANCELED'",
    "status-final-words": "a negative end written as the guide's words: 'FAILED' (appendix 1), "
    "'TIMEOUT' when the session ran out (appendix 3)",
    "status-negative-short": "a negative end is just 'NEGATIVE' (the guide's two names, "
    "IDENTIFICATION_NEGATIVELY_CONDUCTED and Negative Identification, shortened)",
    "late-target-url": "the start answers only the Ref-ID at CREATED; the target URL and the "
    "method's tokens come in the status answer once INITIALIZED",
    "minimal-answers": "every answer carries only what the guide names (no issuer/method echo, "
    "no status history, no evidence validity in the list, only the "
    "evidence id from verify, only access_token and token_type)",
    "no-mobile-in-status": "the status answer never carries the mobile number",
    "unknown-status": "an extra status the kiosk cannot know between INITIALIZED and "
    "IDENTIFICATION_DONE (VIDEO_CALL_STARTED, BACKOFFICE_CHECK)",
    "unknown-method-type": "the list has an extra method of an unknown type "
    "(POSTIDENT/branch, type 'Branch') that can be started",
    "method-type-lowercase": "method types in lower case as appendix 1's second column writes "
    "'video': 'video', 'eid', 'bankident'",
    "issuer-mixed-case": "issuers as the guide's prose writes them: 'Identity.tm', 'Authada', "
    "'Klarna'",
    "filter-include-exclude": "yes/no filters as the guide's text reads: true includes such "
    "methods (no narrowing), false excludes them",
    "filters-strict-names": "the list's filters are named as the guide's table, camel-cased "
    "(issuer, jurisdiction, loa, offline, methodType, webFlow, realTimeMethod), and any other "
    "query parameter is refused (400 naming it)",
    "methods-wrapped": 'the method list comes as {"providers": [...]}',
    "methods-by-issuer": "the method list is grouped by ISP: "
    '[{"issuer": "KLARNA", "methods": [{"method": "bankident", ...}]}, ...]',
    "issuer-as-isp": "the method list names each method's issuer 'isp' (guide §2.3: the list "
    "of the Identification Service Providers)",
    "flags-y-n": "the method list's yes/no attributes (offline, webflow, realtime) are 'Y' or 'N'",
    "methods-embedded": "the method list comes as Spring HAL: "
    '{"_embedded": {"identificationMethods": [...]}, "_links": {...}}',
    "methods-empty-204": "a method list with nothing in it is 204 with no body",
    "jurisdiction-eu-ch": "jurisdictions named EU and CH (guide §5.1): in the list, the filter "
    "(EIDAS/ZERTES refused) and the verify answer",
    "token-basic-only": "the token endpoint takes the client credentials only as HTTP Basic",
    "token-form-only": "the token endpoint takes the parameters only in a form body",
    "token-query-only": "the token endpoint takes the parameters only in the query string",
    "token-json-only": "the token endpoint reads the parameters only from a JSON body "
    "(a hand-made service; Basic, form and query string → 400 invalid_request)",
    "start-busy": "each start answers 429 (Retry-After: 1), then 503 (Retry-After: 1), and "
    "only the third attempt creates the order",
    "start-created-location": "the start answers 201 Created with Location: "
    "/api/identifications/{refId}, the Ref-ID named 'id' in the body",
    "klarna-session-from-order": "Klarna's 60-minute session counts from the start call "
    "(order creation), not from the first load of the link",
    "klarna-five-loads": "Klarna's link may be loaded 5 times in all (the 6th gets 410), "
    "not the first use and 5 reuses",
    "cancel-204": "a cancel answers 204 with no body",
    "cancel-deletes": "a cancelled order is gone: its status, and another cancel, answer 410 Gone",
    "verify-dn-required": "the verify call refuses (400) a body without distinguishedName",
    "verify-200-not-yet": "while there is no evidence, verify answers 200 without an evidence id",
    "verify-odd-error": "while there is no evidence, verify answers errors the kiosk cannot "
    "know (409 not_ready, 400 terms_not_accepted)",
    "verify-verdict": "verify answers 200 with a verdict: the evidence id and verified true, or "
    "(T&C not accepted) the evidence id and verified false",
    "eid-tokens-list": "AUTHADA's tokens come as one list, mobile then session: "
    '"tokens": ["<mobile token>", "<session token>"]',
    "errors-google": "error answers in Google's API style: "
    '{"error": {"code", "status", "message", "details": [{"@type": "...BadRequest", '
    '"fieldViolations": [{"field", "description"}]}]}}',
    "errors-code-message": "error answers as a code and a text: "
    '{"errorCode": "INVALID_FIELDS", "errorMessage": "..."} (fields named in the text only)',
    "answers-enveloped": "every successful answer of the API and the RA service comes as "
    '{"success": true, "data": <the answer>}',
    "alt-field-names": "answers name the fields refID, targetURL and msisdn",
    "target-url-personalized": "the target URL is named personalizedUrl (guide §2.3: "
    "'the personalized URL')",
    "history-created-at": "each status history entry gives its time as 'createdAt' (a stored "
    "row's creation time) instead of 'at'",
    "times-swiss": "times as the guide writes dates ('13.05.2020 10:00:00'): Swiss local time, "
    "no zone",
    "authada-lenient": "AUTHADA takes mobile, e-mail, country and language (read 'N/A' as "
    "'none needed' instead of 'none accepted')",
    "filters-literal": "the list filters compare as stored and never refuse: jurisdiction only "
    "EU/CH (EIDAS/ZERTES match nothing), LOA as equality, method type case-sensitive ('video')",
    "verify-lowercase-404": "verify stores jurisdictions as the Postman sample spells them "
    "('eidas', 'zertes'); any other spelling has no evidence (404)",
    "verify-eu-ch-404": "verify stores jurisdictions as EU/CH (guide §5.1); any other spelling "
    "has no evidence (404)",
    "verify-loa-integer": "verify takes assuranceLevel only as a number (4); the sample's "
    'string "4" is refused (400, as Go\'s JSON decoder words it)',
    "verify-msisdn-digits": "verify takes msisdn only as the MSISDN's digits (41791234567); "
    "with '+' it is refused (400 naming msisdn)",
    "verify-evidence-list": "verify answers the list of the number's evidences that serve the "
    "request, oldest first ([] while there is none)",
    "verify-json-only": "verify produces only application/json: the sample's Accept "
    "(application/vnd.sc.ras.evidence.v1+json) → 406",
    "verify-needs-token": "the RA verify wants the SRS bearer token (one server for everything)",
    "trailing-slash-redirect": "the API and token paths live under a trailing slash; the path "
    "without it answers 301 there, for every method",
    "token-no-scope": "the token endpoint knows no scope 'miss' and refuses any scope "
    "(invalid_scope)",
    "start-json-only": "the start takes only application/json (415 for the vendor type)",
}

# Readings of the same ambiguity that cannot hold at once.
EXCLUSIVE: tuple[frozenset[str], ...] = (
    frozenset({"status-titlecase", "status-spaced-upper"}),
    frozenset({"status-final-words", "status-negative-short"}),
    frozenset({"token-basic-only", "token-form-only", "token-query-only", "token-json-only"}),
    frozenset({"verify-200-not-yet", "verify-odd-error", "verify-verdict", "verify-evidence-list"}),
    frozenset({"methods-wrapped", "methods-embedded"}),
    frozenset({"alt-field-names", "target-url-personalized"}),
    frozenset({"verify-lowercase-404", "verify-eu-ch-404"}),
    frozenset({"errors-google", "errors-code-message"}),
)


class UnknownDialectError(ValueError):
    """A dialect name that does not exist, or two that exclude each other; says which."""


class Dialect(frozenset[str]):
    """The active dialects (names from `DIALECTS`); empty: the default reading."""

    def __new__(cls, names: Iterable[str] = ()) -> Dialect:
        if isinstance(names, str):
            names = names.split(",")
        wanted = [name.strip() for name in names if name.strip()]
        unknown = [name for name in wanted if name not in DIALECTS]
        if unknown:
            raise UnknownDialectError(
                f"unknown dialect {', '.join(repr(n) for n in unknown)}; valid dialects: "
                + ", ".join(DIALECTS)
            )
        for group in EXCLUSIVE:
            clash = sorted(group.intersection(wanted))
            if len(clash) > 1:
                raise UnknownDialectError(
                    f"dialects {' and '.join(clash)} are readings of the same thing; pick one"
                )
        return super().__new__(cls, wanted)

    @classmethod
    def parse(cls, text: str) -> Dialect:
        """From a comma-separated list, e.g. ``"late-target-url,cancel-204"``."""
        return cls(text.split(","))

    @property
    def names(self) -> list[str]:
        """The active names in `DIALECTS` order (stable for display)."""
        return [name for name in DIALECTS if name in self]

    def describe(self) -> dict[str, str]:
        return {name: DIALECTS[name] for name in self.names}

    def __repr__(self) -> str:
        return f"Dialect({self.names!r})"


DEFAULT = Dialect()  # no dialect: the reading in CONTRACT.md
