"""``udp_high``: a STUN Binding request over UDP to a server on a high port (1025-65535).

The guide's "best experience" asks for outgoing UDP to ports 1025-65535, where media servers
listen; a firewall that opens only UDP 3478 passes ``stun`` but fails here. Only a
recommendation: a failure warns.
"""

from __future__ import annotations

from ..addresses import Failure, HostPort, classify
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text
from .stun import binding

NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No STUN server on a high UDP port is configured ([checks] udp_high_peer), so UDP ports "
    "1025–65535 were not checked.",
)
NO_ANSWER = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No answer over UDP port %1 from the STUN server %2 (%3). Video calls work without it, "
    "with lower quality: for the best experience, ask IT to allow outgoing UDP to ports "
    "1025–65535 (the guide's recommendation), at least to %2 on UDP port %1.",
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The STUN server name %1 could not be looked up (%2). Check the network connection and the "
    "[checks] udp_high_peer setting.",
)


async def probe_udp_high(server: HostPort | None, budget_s: float) -> Outcome:
    from aioice import stun as aioice_stun  # when the probe runs: not before the first paint

    if server is None:
        return Outcome(Status.SKIPPED, None, "ms", None, text(NOT_CONFIGURED))
    try:
        rtt, mapped = await binding(server, budget_s)
    except (OSError, TimeoutError, aioice_stun.TransactionError) as exc:
        if isinstance(exc, aioice_stun.TransactionError):
            kind, reason = Failure.OTHER, str(exc)
        elif isinstance(exc, TimeoutError):
            kind, reason = Failure.TIMEOUT, "timed out"
        else:
            kind, reason = classify(exc)
        advice = (
            text(NOT_FOUND, server.host, reason)
            if kind is Failure.DNS
            else text(NO_ANSWER, server.port, server.host, reason)
        )
        return Outcome(Status.WARN, None, "ms", None, advice, f"UDP {server}: {reason}")
    host = f"[{mapped[0]}]" if ":" in mapped[0] else mapped[0]
    return Outcome(
        Status.PASS,
        round(rtt * 1000, 1),
        "ms",
        None,
        None,
        f"UDP {server}: mapped address {host}:{mapped[1]}",
    )
