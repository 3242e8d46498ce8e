"""What the kiosk knows about the customer at the terminal: in memory, for one session only."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.srs import (
    IdentityData,
    Jurisdiction,
    Method,
    MethodFilter,
    MethodSpec,
    StartedIdentification,
    find_method_spec,
)
from kiosk.tracking import TrackedOrder

# What the tracker assumed for every order before orders carried their own (guide §5.1).
_DEFAULT_JURISDICTION = Jurisdiction.EIDAS
_DEFAULT_LOA = 4


@dataclass
class CustomerSession:
    language: str
    method: Method | None = None
    spec: MethodSpec | None = None
    identity: IdentityData | None = None
    # The current order's start answer (target URL, tokens); the order itself is tracked
    # outside the session and outlives it.
    started: StartedIdentification | None = None
    match_all_data: bool = False
    # ^ staff chose to send every datum the method accepts (a data match), not only what the
    # guide suggests (Identity.tm: the surname); see send_data.
    # The staff's filter (or preset) of the listing the method was chosen from: it says which
    # jurisdiction and LOA the order is verified with.
    filters: MethodFilter = field(default_factory=MethodFilter)

    @classmethod
    def for_order(cls, order: TrackedOrder, language: str, mobile: str | None) -> CustomerSession:
        """A session around an order the journal keeps (staff show its code again): its
        method, start answer and target URL; of the customer only the mobile number (for the
        step that accepts the terms), if known."""
        spec = find_method_spec(order.issuer, order.method)
        method = Method(
            issuer=order.issuer,
            method=order.method,
            method_type=spec.method_type if spec is not None else order.method,
            name=spec.name if spec is not None else f"{order.issuer}/{order.method}",
            jurisdictions=(order.jurisdiction,),
            loa=order.loa,
        )
        return cls(
            language=language,
            method=method,
            spec=spec,
            identity=IdentityData(mobile=mobile) if mobile else None,
            started=StartedIdentification(
                ref_id=order.ref_id,
                issuer=order.issuer,
                method=order.method,
                status=order.status,
                target_url=order.target_url,
                order_id=order.order_id,
                mobile_token=order.mobile_token,
                session_token=order.session_token,
                status_text=order.status_text,
            ),
        )

    @property
    def method_name(self) -> str:
        return self.method.name if self.method is not None else ""

    def assurance(self) -> tuple[Jurisdiction, int]:
        """The jurisdiction and LOA to verify the order with (see :func:`order_assurance`)."""
        return order_assurance(self.method, self.spec, self.filters)


def order_assurance(
    method: Method | None, spec: MethodSpec | None, filters: MethodFilter
) -> tuple[Jurisdiction, int]:
    """The staff's choice where they made one: a single jurisdiction chosen (that the method
    offers) and an LOA filter; otherwise the method's first jurisdiction and its LOA, as the
    listing gives them, else as the guide's catalogue does."""
    offered = _jurisdictions(method.jurisdictions if method is not None else ()) or _jurisdictions(
        spec.jurisdictions if spec is not None else ()
    )
    chosen = _jurisdictions(filters.jurisdiction)
    if len(chosen) == 1 and (not offered or chosen[0] in offered):
        jurisdiction = chosen[0]
    else:
        jurisdiction = offered[0] if offered else _DEFAULT_JURISDICTION
    own_loa = method.loa if method is not None and method.loa else None
    if own_loa is None and spec is not None:
        own_loa = spec.loa
    loa = filters.loa or own_loa or _DEFAULT_LOA
    return jurisdiction, loa


def _jurisdictions(
    values: tuple[Jurisdiction | str, ...] | tuple[Jurisdiction, ...],
) -> tuple[Jurisdiction, ...]:
    """The values the kiosk knows as jurisdictions (a spelling it does not know is skipped)."""
    known: list[Jurisdiction] = []
    for value in values:
        try:
            known.append(value if isinstance(value, Jurisdiction) else Jurisdiction(value))
        except ValueError:
            continue
    return tuple(known)
