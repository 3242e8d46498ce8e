"""How answers look on the wire under the active dialects (the orders themselves stay canonical).

Every handler builds the default answer and passes it through here, so one dialect's reading
stays in one place and the control API (`/_sim/...`) keeps the canonical names.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


def _swiss_zone() -> tzinfo:
    try:
        return ZoneInfo("Europe/Zurich")
    except ZoneInfoNotFoundError:  # no tz database (Windows without tzdata): winter time
        return timezone(timedelta(hours=1))


def spell_time(moment: datetime, dialect: Dialect) -> str:
    """A time as the answers write it: ISO 8601 UTC with a `Z`; `times-swiss`: the guide's own
    `13.05.2020 10:00:00` in Swiss local time, without a zone."""
    if "times-swiss" in dialect:
        return moment.astimezone(_swiss_zone()).strftime("%d.%m.%Y %H:%M:%S")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def spell_status(status: str, dialect: Dialect, reason: str | None = None) -> str:
    """`reason`: the order's, where `status` is its current one (a negative end without one
    is a session that timed out)."""
    if status == NEGATIVE and "status-final-words" in dialect:
        return "FAILED" if reason else "TIMEOUT"
    if status == NEGATIVE and "status-negative-short" in dialect:
        return "Negative" if "status-titlecase" in dialect else "NEGATIVE"
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
    names = dict(_ALT_NAMES) if "alt-field-names" in dialect else {}
    if "target-url-personalized" in dialect:
        names["targetUrl"] = "personalizedUrl"  # guide §2.3: "the personalized URL"
    return {names.get(key, key): value for key, value in body.items()}


def _method_data(order: Order, dialect: Dialect) -> dict[str, object]:
    """What the method adds to an answer: Identity.tm's order id, AUTHADA's tokens."""
    data: dict[str, object] = {}
    if order.order_id is not None:
        data["orderId"] = order.order_id
    if order.mobile_token is not None and "eid-tokens-list" in dialect:
        # Appendix 2: "Tokens | Mobile Token/Session Token", as one list in that order.
        data["tokens"] = [order.mobile_token, order.session_token]
    elif order.mobile_token is not None:
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
            body.update(_method_data(order, dialect))
    else:
        body = canonical_status(order, clock)
        body["issuer"] = spell_issuer(order.issuer, dialect)
        # history-created-at: each entry a stored row, its time the row's "createdAt".
        at = "createdAt" if "history-created-at" in dialect else "at"
        body["statuses"] = [
            {
                "status": spell_status(e.status, dialect, order.reason),
                at: spell_time(clock.wall(e.at), dialect),
            }
            for e in order.history
        ]
        if late:
            del body["targetUrl"], body["orderId"]
            if url_known:
                body["targetUrl"] = order.target_url
                body.update(_method_data(order, dialect))
    body["status"] = spell_status(order.status, dialect, order.reason)
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
    body.update(_method_data(order, dialect))
    return _renamed(body, dialect)


def method_list(entries: list[dict[str, object]], dialect: Dialect) -> object:
    """The body of `GET /api/providers`, shaped as the dialect reads "a list" (None: no body)."""
    if not entries and "methods-empty-204" in dialect:
        return None
    if "methods-by-issuer" in dialect:
        # Guide §2.3: "the list of the Identification Service Providers with the appropriate
        # identification methods".
        groups: dict[object, list[dict[str, object]]] = {}
        for entry in entries:
            issuer = entry["issuer"]
            groups.setdefault(issuer, []).append({k: v for k, v in entry.items() if k != "issuer"})
        key = "isp" if "issuer-as-isp" in dialect else "issuer"
        entries = [{key: issuer, "methods": methods} for issuer, methods in groups.items()]
    elif "issuer-as-isp" in dialect:
        # §2.3 "the list of the Identification Service Providers": the issuer named as an ISP.
        entries = [{("isp" if k == "issuer" else k): v for k, v in e.items()} for e in entries]
    if "methods-wrapped" in dialect:
        return {"providers": entries}
    if "methods-embedded" in dialect:
        return {
            "_embedded": {"identificationMethods": entries},
            "_links": {"self": {"href": "/api/providers"}},
        }
    return entries


def listing(spec: MethodSpec, dialect: Dialect) -> dict[str, object]:
    """One entry of `GET /api/providers`."""
    entry = spec.listing()
    entry["issuer"] = spell_issuer(spec.issuer, dialect)
    entry["jurisdictions"] = [spell_jurisdiction(j, dialect) for j in spec.jurisdictions]
    if "method-type-lowercase" in dialect:
        entry["methodType"] = spec.method_type.lower()
    if "minimal-answers" in dialect:
        del entry["evidenceValidityYears"]
    if "flags-y-n" in dialect:  # a yes/no column as many databases and COBOL-era systems keep it
        for name in ("offline", "webflow", "realtime"):
            entry[name] = "Y" if entry[name] else "N"
    return entry
