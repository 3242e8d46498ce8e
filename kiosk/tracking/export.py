"""Tracked orders as JSON (scripts, support) and as short text lines (people)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.srs import Status

from .model import HistoryEntry, StartIntent, TrackedOrder

START_INTERRUPTED = "start_interrupted"
# What support reads about a start whose answer never arrived.
CHECK_WITH_SUPPORT = (
    "the start call's answer never arrived: the SRS may hold this order. "
    "Check with support (external id {external_id}, {issuer}/{method}, "
    "started {at})"
)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def order_json(order: TrackedOrder) -> dict[str, Any]:
    """Everything the journal knows about an order (identifiers and states only)."""
    action = order.next_action
    return {
        "refId": order.ref_id,
        "orderId": order.order_id,
        "issuer": order.issuer,
        "method": order.method,
        "jurisdiction": order.jurisdiction.value,
        "loa": order.loa,
        "status": order.status.value,
        "statusText": order.status_text or None,
        "reason": order.reason,
        "outcome": order.outcome.value,
        "evidenceId": order.evidence_id,
        "evidenceValidUntil": _iso(order.evidence_valid_until),
        "createdAt": _iso(order.created_at),
        "updatedAt": _iso(order.updated_at),
        "nextAction": (
            {"kind": action.kind.value, "due": _iso(action.due)} if action is not None else None
        ),
        "verifyAttempts": order.verify_attempts,
        "verifyUntil": _iso(order.verify_until),
        "expiresAt": _iso(order.expires_at),
        "targetUrlUses": order.target_url_uses,
        "cancelPending": order.cancel_pending,
        "lastError": order.last_error,
        "failures": order.failures,
        "problem": order.problem,
        "identificationStartedAt": _iso(order.identification_started_at),
        "statuses": [
            {"status": e.status.value, "at": _iso(e.at), "reason": e.reason} for e in order.history
        ],
    }


def intent_json(intent: StartIntent) -> dict[str, Any]:
    """A start whose answer never arrived: no Ref-ID, so support looks for it by external id."""
    return {
        "refId": None,
        "externalId": intent.external_id,
        "issuer": intent.issuer,
        "method": intent.method,
        "createdAt": _iso(intent.created_at),
        "problem": START_INTERRUPTED,
    }


def intent_lines(intents: list[StartIntent]) -> list[str]:
    return [
        "Interrupted start: "
        + CHECK_WITH_SUPPORT.format(
            external_id=i.external_id or "none",
            issuer=i.issuer,
            method=i.method,
            at=f"{i.created_at:%Y-%m-%d %H:%M:%S %Z}",
        )
        for i in intents
    ]


def _entry_text(order: TrackedOrder | None, entry: HistoryEntry) -> str | None:
    """The provider's words for an entry the kiosk does not know, if it is the current one."""
    if (
        order is not None
        and entry.status is order.status
        and order.status_text
        and entry.status is Status.IN_PROGRESS
    ):
        return order.status_text
    return None


def history_json(order: TrackedOrder, entry: HistoryEntry) -> dict[str, Any]:
    """One status change, as ``identify --wait --json`` prints it."""
    out: dict[str, Any] = {
        "refId": order.ref_id,
        "status": entry.status.value,
        "at": entry.at.isoformat(),
    }
    text = _entry_text(order, entry)
    if text:
        out["statusText"] = text
    if entry.reason:
        out["reason"] = entry.reason
    return out


def history_line(entry: HistoryEntry, order: TrackedOrder | None = None) -> str:
    reason = f" ({entry.reason})" if entry.reason else ""
    shown = _entry_text(order, entry) or entry.status.value
    return f"{entry.at:%Y-%m-%d %H:%M:%S %Z}  {shown}{reason}"


def result_json(order: TrackedOrder) -> dict[str, Any]:
    """The last line of ``identify --wait --json``."""
    out: dict[str, Any] = {
        "refId": order.ref_id,
        "status": order.status.value,
        "outcome": order.outcome.value,
    }
    if order.reason:
        out["reason"] = order.reason
    if order.evidence_id:
        out["evidenceId"] = order.evidence_id
    return out


def result_line(order: TrackedOrder) -> str:
    if order.evidence_id:
        until = (
            f", valid until {order.evidence_valid_until:%Y-%m-%d}"
            if order.evidence_valid_until
            else ""
        )
        return (
            f"Verified: evidence {order.evidence_id} ({order.jurisdiction.value}, "
            f"LOA {order.loa}{until})"
        )
    reason = f": {order.reason}" if order.reason else ""
    return f"Ended as {order.status.value} without an evidence{reason}"


def table_lines(orders: list[TrackedOrder]) -> list[str]:
    """The journal as an aligned table."""
    if not orders:
        return ["No orders in the journal."]
    rows = [("REF-ID", "METHOD", "STATUS", "OUTCOME", "UPDATED", "NEXT", "NOTE")]
    for o in orders:
        action = o.next_action
        note = o.problem or ("cancel pending" if o.cancel_pending else "") or (o.reason or "")
        rows.append(
            (
                o.ref_id,
                f"{o.issuer}/{o.method}",
                o.shown_status,
                o.outcome.value,
                f"{o.updated_at:%Y-%m-%d %H:%M:%S}",
                f"{action.kind.value} {action.due:%H:%M:%S}" if action else "-",
                note,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
