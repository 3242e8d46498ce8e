"""`create_app`: the one ASGI app that plays the SRS API, the IDP, the RA service and the ISPs."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kiosk.simulator.auth import TokenEndpoint
from kiosk.simulator.bandwidth import BandwidthEndpoints
from kiosk.simulator.control import ControlEndpoints
from kiosk.simulator.dialects import Dialect
from kiosk.simulator.envelope import EnvelopeMiddleware
from kiosk.simulator.errors import (
    ApiError,
    api_error_handler,
    http_error_handler,
    json_response,
    server_error_handler,
)
from kiosk.simulator.evidence import EvidenceEndpoints
from kiosk.simulator.faults import FaultMiddleware
from kiosk.simulator.identifications import IdentificationEndpoints
from kiosk.simulator.pages import PageEndpoints
from kiosk.simulator.providers import ProviderEndpoints
from kiosk.simulator.slashes import TrailingSlashMiddleware
from kiosk.simulator.state import SimulatorState


async def _index(request: Request) -> Response:
    state: SimulatorState = request.app.state.simulator
    return json_response(
        {
            "service": "SRS simulator (training mode)",
            "idp": "/oauth/token",
            "api": ["/api/providers", "/api/identifications/{refId}"],
            "ras": "/api/evidences/verify",
            "control": "/_sim/orders, /_sim/clock, /_sim/faults, /_sim/tokens/expire, "
            "/_sim/dialects",
            "dialects": state.dialect.names,
        }
    )


def create_app(
    state: SimulatorState | None = None,
    speed: float = 60.0,
    dialects: Iterable[str] = (),
) -> Starlette:
    """The simulator app; pass a state to share it, else a fresh one runs at `speed` with
    `dialects` (ignored with a state: the state has its own)."""
    state = state or SimulatorState.create(speed, Dialect(dialects))
    routes: list[BaseRoute] = [Route("/", _index, methods=["GET"])]
    routes += TokenEndpoint(state.tokens, state.dialect).routes()
    routes += ProviderEndpoints(state).routes()
    routes += IdentificationEndpoints(state).routes()
    routes += EvidenceEndpoints(state).routes()
    routes += PageEndpoints(state).routes()
    routes += ControlEndpoints(state).routes()
    routes += BandwidthEndpoints().routes()
    app = Starlette(
        routes=routes,
        middleware=[
            *(
                [Middleware(TrailingSlashMiddleware)]
                if "trailing-slash-redirect" in state.dialect
                else []
            ),
            *([Middleware(EnvelopeMiddleware)] if "answers-enveloped" in state.dialect else []),
            Middleware(FaultMiddleware, book=state.faults),
        ],
        exception_handlers={
            ApiError: api_error_handler,
            HTTPException: http_error_handler,
            Exception: server_error_handler,
        },
    )
    app.state.simulator = state
    return app
