"""The support card (integration guide §6.2): what the service desk needs about one order —
which of the guide's five process steps it is in, which support team to contact for that step,
its identifiers, MSISDN, evidence id, times and the staff's problem description — as text and
JSON for a ticket.

The MSISDN comes from a live status call and lives only in the card shown on screen (and in a
file staff export on purpose); the journal never holds it. No names, no birth dates: the
kiosk does not keep them past the customer's session.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.srs import Status, find_method_spec
from kiosk.tracking import Outcome, TrackedOrder

CONTEXT = "SupportCard"
Translate = Callable[[str, str], str]


class Team(StrEnum):
    SWISSCOM = "swisscom"
    SERVICE_PROVIDER = "service_provider"
    ISP = "isp"  # the identification service provider, through the Swisscom Service Desk


@dataclass(frozen=True)
class Step:
    number: int
    title: str  # marked source text (context SupportCard)
    team: Team
    contact: str  # marked source text: whom to contact and what to give them


STEPS = {
    1: Step(
        1,
        QT_TRANSLATE_NOOP(
            "SupportCard", "Authentication to SRS and requests (target URL, Ref-ID, Order ID)"
        ),
        Team.SWISSCOM,
        QT_TRANSLATE_NOOP(
            "SupportCard",
            "Swisscom Service Desk with PRO-Nr (Ref-ID, Order "
            "ID, method used, problem description, time)",
        ),
    ),
    2: Step(
        2,
        QT_TRANSLATE_NOOP(
            "SupportCard", "Leading the customer to the identification (target URL, identity data)"
        ),
        Team.SERVICE_PROVIDER,
        QT_TRANSLATE_NOOP("SupportCard", "Service Provider Support (this branch's IT)"),
    ),
    3: Step(
        3,
        QT_TRANSLATE_NOOP(
            "SupportCard", "The identification itself at the identification provider"
        ),
        Team.ISP,
        QT_TRANSLATE_NOOP(
            "SupportCard",
            "Identification Service Provider via the Swisscom "
            "Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem "
            "description, time)",
        ),
    ),
    4: Step(
        4,
        QT_TRANSLATE_NOOP(
            "SupportCard",
            "Following the order until the identification is successful (status checking)",
        ),
        Team.SERVICE_PROVIDER,
        QT_TRANSLATE_NOOP("SupportCard", "Service Provider Support (this branch's IT)"),
    ),
    5: Step(
        5,
        QT_TRANSLATE_NOOP(
            "SupportCard",
            "Evidence at the RA service, SMS for the terms and conditions, declaration of will",
        ),
        Team.SWISSCOM,
        QT_TRANSLATE_NOOP(
            "SupportCard",
            "Swisscom Service Desk with PRO-Nr (Ref-ID, "
            "identification method used, MSISDN, evidence ID, problem "
            "description, contact)",
        ),
    ),
}

_AT_ISP = frozenset({Status.INITIALIZED, Status.ERROR, Status.IDENTIFICATION_NEGATIVELY_CONDUCTED})
_BACK_OFFICE = frozenset({Status.IDENTIFICATION_DONE, Status.DATA_READY})


def process_step(order: TrackedOrder) -> Step:
    """The guide's step the order is in (or ended in), from its status and outcome.

    A persisting fault talking to the SRS points at step 1 before the status reached
    TERMINATED (from then on the calls that fail are the RA service's: step 5).
    """
    status = order.status
    if status is Status.TERMINATED or order.outcome in (Outcome.VERIFIED, Outcome.NO_EVIDENCE):
        return STEPS[5]
    if order.problem:
        return STEPS[1]
    if status in _AT_ISP:
        return STEPS[3]
    if status in _BACK_OFFICE:
        return STEPS[4]
    if status is Status.EXPIRED and order.reached_at(Status.INITIALIZED) is not None:
        return STEPS[3]
    return STEPS[2]  # CREATED (not yet at the provider), CANCELLED, EXPIRED before starting


def _iso(value: datetime | None) -> str | None:
    """For the JSON export: UTC to the second (a ticket needs no microseconds)."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def local_time(value: datetime | None) -> str:
    """For people: this computer's local time to the second with its UTC offset, as support
    desks compare it with their logs, e.g. ``04.12.2026 23:30:05 (UTC+01:00)``."""
    if value is None:
        return "-"
    local = value.astimezone()
    offset = local.strftime("%z") or "+0000"
    return f"{local:%d.%m.%Y %H:%M:%S} (UTC{offset[:3]}:{offset[3:5]})"


def export_name(ref_id: str, when: datetime, suffix: str) -> str:
    """The exported card's file name from the Ref-ID and the local time to the second, e.g.
    ``support-062338b2-…-20261205-023637.txt`` (a Ref-ID's odd characters as ``_``)."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", ref_id)[:80] or "order"
    return f"support-{safe}-{when.astimezone():%Y%m%d-%H%M%S}.{suffix}"


@dataclass(frozen=True)
class SupportCard:
    order: TrackedOrder
    msisdn: str | None  # from the live status call; None while unknown
    description: str = ""
    created: datetime | None = None  # when the card was made
    pro_nr: str = ""  # the service provider's number at the Swisscom Service Desk (settings)
    branch_contact: str = ""  # whom support calls back: this branch's contact (settings)
    no_msisdn: bool = False  # the SRS answered without a number (e.g. AUTHADA's orders)

    @property
    def step(self) -> Step:
        return process_step(self.order)

    @property
    def method_name(self) -> str:
        spec = find_method_spec(self.order.issuer, self.order.method)
        return spec.name if spec else f"{self.order.issuer}/{self.order.method}"

    def to_json(self) -> dict[str, Any]:
        o, step = self.order, self.step
        return {
            "processStep": step.number,
            "processStepTitle": step.title,
            "supportTeam": step.team.value,
            "contact": step.contact,
            "proNr": self.pro_nr or None,
            "branchContact": self.branch_contact or None,
            "refId": o.ref_id,
            "orderId": o.order_id,
            "issuer": o.issuer,
            "method": o.method,
            "methodName": self.method_name,
            "jurisdiction": o.jurisdiction.value,
            "loa": o.loa,
            "msisdn": self.msisdn,
            "status": o.status.value,
            "reason": o.reason,
            "outcome": o.outcome.value,
            "mobileToken": o.mobile_token,
            "sessionToken": o.session_token,
            "evidenceId": o.evidence_id,
            "evidenceValidUntil": _iso(o.evidence_valid_until),
            "startedAt": _iso(o.created_at),
            "updatedAt": _iso(o.updated_at),
            "cardCreatedAt": _iso(self.created),
            "problem": o.problem,
            "cancelPending": o.cancel_pending,
            "problemDescription": self.description,
            "statuses": [
                {"status": e.status.value, "at": _iso(e.at), "reason": e.reason} for e in o.history
            ],
        }

    def json_text(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"

    def text(self, translate: Translate) -> str:
        """The card for a ticket or an e-mail, in the screen's language."""

        def tr(source: str) -> str:
            return translate(CONTEXT, source)

        # Literal calls, so that lupdate finds the labels (it reads no f-strings).
        label = {
            "SRS support card": translate("SupportCard", "SRS support card"),
            "Process step": translate("SupportCard", "Process step"),
            "Contact": translate("SupportCard", "Contact"),
            "Method": translate("SupportCard", "Method"),
            "Branch contact": translate("SupportCard", "Branch contact"),
            "Evidence ID": translate("SupportCard", "Evidence ID"),
            "Tokens": translate("SupportCard", "Mobile token / session token"),
            "Status": translate("SupportCard", "Status"),
            "Started": translate("SupportCard", "Started"),
            "Last change": translate("SupportCard", "Last change"),
            "Connection problem": translate("SupportCard", "Connection problem"),
            "Status history": translate("SupportCard", "Status history"),
            "Problem description": translate("SupportCard", "Problem description"),
            "No number": translate("SupportCard", "none (the SRS gave no number)"),
        }

        o, step = self.order, self.step
        none = "-"
        lines = [
            label["SRS support card"],
            f"{label['Process step']}: {step.number} — {tr(step.title)}",
            f"{label['Contact']}: {tr(step.contact)}",
            f"PRO-Nr: {self.pro_nr or none}",
            f"{label['Branch contact']}: {self.branch_contact or none}",
            "",
            f"Ref-ID: {o.ref_id}",
            f"Order ID: {o.order_id or none}",
            f"{label['Method']}: {self.method_name} ({o.issuer}/{o.method}, "
            f"{o.jurisdiction.value}, LOA {o.loa})",
            f"MSISDN: {self.msisdn or (label['No number'] if self.no_msisdn else none)}",
            f"{label['Tokens']}: {o.mobile_token or none} / {o.session_token or none}",
            f"{label['Evidence ID']}: {o.evidence_id or none}",
            f"{label['Status']}: {o.status.value}" + (f" ({o.reason})" if o.reason else ""),
            f"{label['Started']}: {local_time(o.created_at)}",
            f"{label['Last change']}: {local_time(o.updated_at)}",
        ]
        if o.problem:
            lines.append(f"{label['Connection problem']}: {o.problem}")
        lines += ["", label["Status history"] + ":"]
        lines += [
            f"  {local_time(e.at)}  {e.status.value}" + (f" ({e.reason})" if e.reason else "")
            for e in o.history
        ]
        lines += ["", label["Problem description"] + ":", self.description or none]
        return "\n".join(lines) + "\n"
