"""``tcp``: can this terminal open TCP connections to the hosts the methods need.

Each target is resolved first, so a DNS failure is told apart from a refused connection (the
host answered: nothing listens there, or a firewall rejects) and from a timeout (no answer: a
firewall drops the packets).
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass

from ..addresses import Failure, HostPort, classify
from ..model import Outcome, Status, TargetResult, worst
from ..texts import QT_TRANSLATE_NOOP, text

ADVICE = {
    Failure.DNS: QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "These names could not be looked up (DNS): %1. Check the network connection and the "
        "DNS server, or ask IT whether the names are blocked.",
    ),
    Failure.REFUSED: QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "These connections were refused: %1. A firewall rejects them, or nothing answers on "
        "that port: ask IT to allow outgoing connections to them.",
    ),
    Failure.TIMEOUT: QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "These hosts did not answer in time: %1. A firewall probably drops the traffic: ask "
        "IT to allow outgoing connections to them.",
    ),
    Failure.UNREACHABLE: QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "There is no route to these hosts: %1. Check that the terminal is connected to the "
        "network (cable or Wi-Fi).",
    ),
    Failure.OTHER: QT_TRANSLATE_NOOP(
        "ReadinessCheck", "These connections failed: %1. Send this report to IT."
    ),
}
NO_TARGETS = QT_TRANSLATE_NOOP("ReadinessCheck", "No hosts are configured to check.")
# Advice for the most basic problem first: it often explains the others.
_PRIORITY = (
    Failure.UNREACHABLE,
    Failure.DNS,
    Failure.TIMEOUT,
    Failure.REFUSED,
    Failure.TLS,
    Failure.OTHER,
)
_BY_ADDRESS = (
    Failure.REFUSED,
    Failure.TIMEOUT,
    Failure.TLS,
    Failure.OTHER,
    Failure.DNS,
    Failure.UNREACHABLE,
)


@dataclass(frozen=True)
class TcpTarget:
    address: HostPort
    role: str  # the facet it counts for: "srs" (the SRS connection) or "media"
    required: bool = True  # an optional target that fails only warns (e.g. a port-80 fallback)


@dataclass(frozen=True)
class _Attempt:
    target: TcpTarget
    failure: Failure | None
    outcome: str


async def connect(address: HostPort, budget_s: float) -> tuple[Failure | None, str]:
    """Open and close one TCP connection; (None, "connected in N ms") or the failure."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget_s
    started = time.perf_counter()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(address.host, address.port, type=socket.SOCK_STREAM), budget_s
        )
    except TimeoutError:
        return Failure.DNS, "DNS: no answer in time"
    except OSError as exc:
        return classify(exc)
    errors: list[BaseException] = []
    for index, (family, _, proto, _, sockaddr) in enumerate(infos):
        remaining = deadline - loop.time()
        if remaining <= 0:
            errors.append(TimeoutError())
            break
        # An address family that silently goes nowhere (IPv6 without a route out) must not
        # use up the time of the addresses after it.
        share = remaining / (len(infos) - index)
        try:
            transport, _ = await asyncio.wait_for(
                loop.create_connection(
                    asyncio.Protocol, str(sockaddr[0]), int(sockaddr[1]), family=family, proto=proto
                ),
                share,
            )
        except (OSError, TimeoutError) as exc:
            errors.append(exc)
            continue
        transport.abort()
        await asyncio.sleep(0)  # abort() closes the socket on the loop's next turn: let it
        return None, f"connected in {(time.perf_counter() - started) * 1000:.0f} ms"
    if not errors:
        return Failure.DNS, "DNS: no address"
    # When every address fails, the most telling answer wins: a refusal means the host was
    # reached, which says more than "no route" on another address family.
    failures = [classify(e) for e in errors]
    return min(failures, key=lambda f: _BY_ADDRESS.index(f[0]))


async def open_stream(
    address: HostPort, budget_s: float
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A TCP stream to ``address`` within ``budget_s``, trying its addresses as ``connect``
    does; raises the most telling socket error (or TimeoutError) when none opens."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget_s
    infos = await asyncio.wait_for(
        loop.getaddrinfo(address.host, address.port, type=socket.SOCK_STREAM), budget_s
    )
    errors: list[OSError | TimeoutError] = []
    for index, (family, _, proto, _, sockaddr) in enumerate(infos):
        remaining = deadline - loop.time()
        if remaining <= 0:
            break
        try:
            return await asyncio.wait_for(
                asyncio.open_connection(
                    str(sockaddr[0]), int(sockaddr[1]), family=family, proto=proto
                ),
                remaining / (len(infos) - index),
            )
        except (OSError, TimeoutError) as exc:
            errors.append(exc)
    if not errors:
        raise TimeoutError
    raise min(errors, key=lambda e: _BY_ADDRESS.index(classify(e)[0]))


async def probe_tcp(targets: Sequence[TcpTarget], budget_s: float) -> Outcome:
    """Connect to every target at once; facets per role, advice for the failures."""
    if not targets:
        return Outcome(Status.SKIPPED, 0, "hosts", 0, text(NO_TARGETS))

    async def attempt(target: TcpTarget) -> _Attempt:
        failure, outcome = await connect(target.address, budget_s)
        return _Attempt(target, failure, outcome)

    attempts = await asyncio.gather(*(attempt(t) for t in targets))
    results = tuple(
        TargetResult(str(a.target.address), _status(a), a.outcome, a.target.role) for a in attempts
    )
    facets = {
        role: worst([r.status for r in results if r.role == role])
        for role in dict.fromkeys(r.role for r in results)
    }
    reached = sum(1 for a in attempts if a.failure is None)
    failed = [a for a in attempts if a.failure is not None]
    advice = None
    if failed:
        kind = min((a.failure for a in failed if a.failure is not None), key=_PRIORITY.index)
        names = ", ".join(str(a.target.address) for a in failed if a.failure is kind)
        advice = text(ADVICE.get(kind, ADVICE[Failure.OTHER]), names)
    detail = "; ".join(f"{r.target} {r.outcome}" for r in results)
    return Outcome(
        worst(list(facets.values())),
        reached,
        "hosts",
        len(targets),
        advice,
        detail,
        facets,
        results,
    )


def _status(attempt: _Attempt) -> Status:
    if attempt.failure is None:
        return Status.PASS
    return Status.FAIL if attempt.target.required else Status.WARN
