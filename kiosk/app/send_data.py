"""Which of the customer's data goes to the SRS with a start (guide appendices, "Initial
Information"): never more than the method accepts, and less where the guide says so.

The mobile number is not part of this decision's consequences for verify: the kiosk keeps the
number the customer gave for the order's life (``Tracker.register(mobile=...)``) whether or not
it is sent.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.srs import IdentityData, MethodSpec

# SRS-level bookkeeping the Service Provider may give with any method (guide §5.2, billing):
# not identity data the provider matches.
SRS_LEVEL = frozenset({"external_id"})

# What the kiosk asks for a method its catalogue does not know (a web flow, run in the web
# view): the mobile number (kept for verify), the names (optional, for the verify's
# distinguishedName), and the SRS-level fields.
UNKNOWN_METHOD_DATA = frozenset({"mobile", "first_name", "last_name"}) | SRS_LEVEL

# Methods whose guide entry says "Initial Information: N/A": they get only the SRS-level fields.
_NO_INITIAL_DATA = frozenset({("authada", "eid")})

# What the guide suggests sending when no data match is needed (Identity.tm: "only the Surname
# ... and none of the other attributes", the mobile number among them); staff may choose to send
# all (``match_all``). The mobile stays local for verify: the ISP collects the number in its own
# flow (the video call's SMS challenge), and the kiosk keeps the one the customer gave.
_SUGGESTED = {("identity.tm", "video"): frozenset({"last_name"})}


def data_to_send(
    spec: MethodSpec | None, identity: IdentityData, *, match_all: bool
) -> IdentityData:
    """The part of ``identity`` to send with the start of ``spec``'s method. A method the
    catalogue does not know gets everything given (the server judges it)."""
    if spec is None:
        return identity
    given = identity.given()
    if spec.key in _NO_INITIAL_DATA:
        wanted = SRS_LEVEL
    elif spec.key in _SUGGESTED and not match_all:
        wanted = _SUGGESTED[spec.key] | SRS_LEVEL
    else:
        wanted = spec.data.accepted
    dropped = {name: None for name in given if name not in wanted & spec.data.accepted}
    return replace(identity, **dropped)
