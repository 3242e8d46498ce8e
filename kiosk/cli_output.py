"""How the command line prints SRS objects: JSON for scripts, aligned text for people."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kiosk.srs import Evidence, IdentificationStatus, Method, StartedIdentification, Status


def method_json(m: Method) -> dict[str, Any]:
    return {
        "issuer": m.issuer,
        "method": m.method,
        "methodType": str(m.method_type),
        "name": m.name,
        "jurisdictions": [j.value for j in m.jurisdictions],
        "loa": m.loa,
        "offline": m.offline,
        "webflow": m.webflow,
        "realtime": m.realtime,
        "evidenceValidityYears": m.evidence_validity_years,
    }


def print_methods(methods: Sequence[Method], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps([method_json(m) for m in methods], ensure_ascii=False, indent=2))
        return
    if not methods:
        print("No method matches these filters.")
        return
    rows = [("ISSUER/METHOD", "TYPE", "JURISDICTIONS", "LOA", "WEBFLOW", "REALTIME", "OFFLINE")]
    rows += [
        (
            f"{m.issuer}/{m.method}",
            str(m.method_type),
            ",".join(j.value for j in m.jurisdictions),
            _or_dash(m.loa),
            _yn(m.webflow),
            _yn(m.realtime),
            _yn(m.offline),
        )
        for m in methods
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _yn(value: bool | None) -> str:
    return "-" if value is None else "yes" if value else "no"  # "-": the listing did not say


def _or_dash(value: int | None) -> str:
    return "-" if value is None else str(value)


def started_json(s: StartedIdentification) -> dict[str, Any]:
    out: dict[str, Any] = {
        "refId": s.ref_id,
        "issuer": s.issuer,
        "method": s.method,
        "status": s.status.value,
        "targetUrl": s.target_url,
    }
    for key, value in (
        ("orderId", s.order_id),
        ("mobileToken", s.mobile_token),
        ("sessionToken", s.session_token),
    ):
        if value:
            out[key] = value
    return out


def print_started(s: StartedIdentification) -> None:
    print(f"Ref-ID:     {s.ref_id}")
    print(f"Target URL: {s.target_url or '- (not given yet)'}")
    if s.order_id:
        print(f"Order ID:   {s.order_id}")
    if s.mobile_token:
        print(f"Tokens:     mobile {s.mobile_token}, session {s.session_token}")
    print(f"Status:     {s.status.value}")


def status_json(st: IdentificationStatus, *, compact: bool = False) -> dict[str, Any]:
    at = st.reached_at(st.status)
    out: dict[str, Any] = {
        "refId": st.ref_id,
        "status": st.status.value,
        "at": at.isoformat() if at else None,
    }
    if st.status_text:
        out["statusText"] = st.status_text  # as the server wrote it
    if st.reason:
        out["reason"] = st.reason
    if compact:
        return out
    out.update(
        {
            "issuer": st.issuer,
            "method": st.method,
            "mobile": st.mobile,
            "orderId": st.order_id,
            "targetUrl": st.target_url,
            "statuses": [{"status": s.value, "at": t.isoformat()} for s, t in st.history],
        }
    )
    return out


def _shown(st: IdentificationStatus) -> str:
    """A status the kiosk does not know in the server's own words."""
    if st.status is Status.IN_PROGRESS and st.status_text:
        return st.status_text
    return st.status.value


def print_status(st: IdentificationStatus, *, compact: bool = False) -> None:
    at = st.reached_at(st.status)
    when = at.strftime("%Y-%m-%d %H:%M:%S %Z").strip() if at else "-"
    reason = f" ({st.reason})" if st.reason else ""
    if compact:
        print(f"{when}  {_shown(st)}{reason}", flush=True)
        return
    print(f"Ref-ID:   {st.ref_id}")
    print(f"Method:   {st.issuer}/{st.method}")
    if st.order_id:
        print(f"Order ID: {st.order_id}")
    print(f"MSISDN:   {st.mobile or '-'}")
    print(f"Status:   {_shown(st)}{reason}")
    for status, t in st.history:
        print(f"  {t.strftime('%Y-%m-%d %H:%M:%S')}  {status.value}")


def evidence_json(e: Evidence) -> dict[str, Any]:
    return {
        "evidenceId": e.evidence_id,
        "msisdn": e.msisdn,
        "jurisdiction": e.jurisdiction.value,
        "assuranceLevel": e.assurance_level,
        "issuer": e.issuer,
        "method": e.method,
        "validUntil": e.valid_until.isoformat() if e.valid_until else None,
    }


def print_evidence(e: Evidence) -> None:
    print(
        f"Verified: evidence {e.evidence_id} ({e.jurisdiction.value}, LOA {e.assurance_level}"
        + (f", valid until {e.valid_until:%Y-%m-%d}" if e.valid_until else "")
        + ")"
    )
