"""The staff strip: the order's provider status and identifiers in one small line, in the staff
language, at the foot of the customer's screens (the customer reads the milestones instead)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.app.language import staff_texts
from kiosk.i18n import fill
from kiosk.tracking import TrackedOrder


def staff_strip_text(order: TrackedOrder | None) -> str:
    """E.g. "For staff · SRS status: DATA_READY · Ref-ID: … · Order ID: …"; the status as the
    provider wrote it (an unknown one too)."""
    if order is None:
        return ""
    with staff_texts():
        parts = [
            QCoreApplication.translate("StaffStrip", "For staff"),
            fill(QCoreApplication.translate("StaffStrip", "SRS status: %1"), order.shown_status),
            fill(QCoreApplication.translate("StaffStrip", "Ref-ID: %1"), order.ref_id),
        ]
        if order.order_id:
            parts.append(
                fill(QCoreApplication.translate("StaffStrip", "Order ID: %1"), order.order_id)
            )
        if order.mobile_token or order.session_token:  # AUTHADA's, for support
            parts.append(
                fill(
                    QCoreApplication.translate("StaffStrip", "Mobile token: %1"),
                    order.mobile_token or "–",
                )
            )
            parts.append(
                fill(
                    QCoreApplication.translate("StaffStrip", "Session token: %1"),
                    order.session_token or "–",
                )
            )
        if order.evidence_id:
            parts.append(
                fill(QCoreApplication.translate("StaffStrip", "Evidence ID: %1"), order.evidence_id)
            )
    return " · ".join(parts)
