"""How answers look on the wire under the active dialects (the orders themselves stay canonical).

Every handler builds the default answer and passes it through here, so one dialect's reading
stays in one place and the control API (`/_sim/...`) keeps the canonical names.
"""

from __future__ import annotations

from kiosk.simulator.catalogue import MethodSpec
from kiosk.simulator.clock import SimClock
from kiosk.simulator.dialects import Dialect
from kiosk.simulator.orders import (
    CANCELLED,
    CREATED,
    DATA_READY,
    DONE,
    ERROR,
    INITIALIZED,
    NEGATIVE,
    TERMINATED,
    Order,
)

# Guide §4's table, and appendix 3's "Negative Identification".
_TITLECASE = {
    CREATED: "Created",
    INITIALIZED: "Initialized",
    DONE: "Identification done",
    DATA_READY: "Data ready",
    TERMINATED: "Terminated",
    ERROR: "Error",
    NEGATIVE: "Negative Identification",
    CANCELLED: "Cancelled",
}
_SPACED_UPPER = {
    DONE: "IDENTIFICATION DONE",
    DATA_READY: "DATA READY",
    NEGATIVE: "NEGATIVE IDENTIFICATION",
}
# The guide's prose names (§1, appendix headings) instead of the filter tables' capitals.
_MIXED_CASE_ISSUERS = {"IDENTITY.TM": "Identity.tm", "AUTHADA": "Authada", "KLARNA": "Klarna"}
_EU_CH = {"EIDAS": "EU", "ZERTES": "CH"}
_ALT_NAMES = {"refId": "refID", "targetUrl": "targetURL", "mobile": "msisdn"}
_NEGATIVE_STATUSES = (ERROR, NEGATIVE)


def spell_status(status: str, dialect: Dialect) -> str:
    if status == CANCELLED and "status-canceled" in dialect:
        return "Canceled" if "status-titlecase" in dialect else "CANCELED"
    if "status-titlecase" in dialect:
        return _TITLECASE.get(status, status)
    if "status-spaced-upper" in dialect:
        return _SPACED_UPPER.get(status, status)
    return status


def spell_issuer(issuer: str, dialect: Dialect) -> str:
    if "issuer-mixed-case" in dialect:
        return _MIXED_CASE_ISSUERS.get(issuer, issuer)
    return issuer


def spell_jurisdiction(jurisdiction: str, dialect: Dialect) -> str:
    if "jurisdiction-eu-ch" in dialect or "filters-literal" in dialect:
        return _EU_CH.get(jurisdiction, jurisdiction)
    return jurisdiction


def _renamed(body: dict[str, object], dialect: Dialect) -> dict[str, object]:
    if "alt-field-names" not in dialect:
        return body
    return {_ALT_NAMES.get(key, key): value for key, value in body.items()}


def _method_data(order: Order) -> dict[str, object]:
    """What the method adds to an answer: Identity.tm's order id, AUTHADA's tokens."""
    data: dict[str, object] = {}
    if order.order_id is not None:
        data["orderId"] = order.order_id
    if order.mobile_token is not None:
        data["mobileToken"] = order.mobile_token
        data["sessionToken"] = order.session_token
    return data


def canonical_status(order: Order, clock: SimClock) -> dict[str, object]:
    """The order as the default status call answers it (also the control API's view)."""
    return {
        "refId": order.ref_id,
        "issuer": order.issuer,
        "method": order.spec.method,
        "mobile": order.mobile,
        "status": order.status,
        "reason": order.reason,
        "orderId": order.order_id,
        "targetUrl": order.target_url,
        "statuses": [{"status": e.status, "at": clock.iso(e.at)} for e in order.history],
    }


def status_answer(order: Order, clock: SimClock, dialect: Dialect) -> dict[str, object]:
    """`GET /api/identifications/{refId}` (and the cancel's answer)."""
    late = "late-target-url" in dialect
    url_known = order.status != CREATED or not late
    if "minimal-answers" in dialect:
        body: dict[str, object] = {"status": order.status}
        if order.status in _NEGATIVE_STATUSES and order.reason:
            body["reason"] = order.reason
        if late and url_known:  # the guide's only other place for the URL
            body["targetUrl"] = order.target_url
            body.update(_method_data(order))
    else:
        body = canonical_status(order, clock)
        body["issuer"] = spell_issuer(order.issuer, dialect)
        body["statuses"] = [
            {"status": spell_status(e.status, dialect), "at": clock.iso(e.at)}
            for e in order.history
        ]
        if late:
            del body["targetUrl"], body["orderId"]
            if url_known:
                body["targetUrl"] = order.target_url
                body.update(_method_data(order))
    body["status"] = spell_status(order.status, dialect)
    if "no-mobile-in-status" in dialect:
        body.pop("mobile", None)
    return _renamed(body, dialect)


def start_answer(order: Order, dialect: Dialect) -> dict[str, object]:
    """`POST /api/providers/{issuer}/{method}`."""
    minimal = "minimal-answers" in dialect
    body: dict[str, object] = {"refId": order.ref_id}
    if "late-target-url" in dialect:
        # Guide §4: the target URL is usable once Initialized; the start only knows CREATED.
        if not minimal:
            body["status"] = spell_status(order.status, dialect)
        return _renamed(body, dialect)
    if not minimal:
        body["issuer"] = spell_issuer(order.issuer, dialect)
        body["method"] = order.spec.method
        body["status"] = spell_status(order.status, dialect)
    body["targetUrl"] = order.target_url
    body.update(_method_data(order))
    return _renamed(body, dialect)


def listing(spec: MethodSpec, dialect: Dialect) -> dict[str, object]:
    """One entry of `GET /api/providers`."""
    entry = spec.listing()
    entry["issuer"] = spell_issuer(spec.issuer, dialect)
    entry["jurisdictions"] = [spell_jurisdiction(j, dialect) for j in spec.jurisdictions]
    if "method-type-lowercase" in dialect:
        entry["methodType"] = spec.method_type.lower()
    if "minimal-answers" in dialect:
        del entry["evidenceValidityYears"]
    return entry
