"""`GET` and `DELETE /api/identifications/{refId}`: an order's status, and cancelling it."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kiosk.simulator.auth import require_bearer
from kiosk.simulator.errors import PROVIDER_JSON, ApiError, conflict, json_response, not_found
from kiosk.simulator.orders import CANCELLED, Order, OrderConflictError
from kiosk.simulator.state import SimulatorState
from kiosk.simulator.wire import status_answer


class IdentificationEndpoints:
    def __init__(self, state: SimulatorState) -> None:
        self._state = state
        self._dialect = state.dialect

    def routes(self) -> list[BaseRoute]:
        # One route for both verbs, so a wrong verb's 405 lists them both.
        return [Route("/api/identifications/{ref_id}", self.dispatch, methods=["GET", "DELETE"])]

    async def dispatch(self, request: Request) -> Response:
        if request.method == "DELETE":
            return await self.cancel(request)
        return await self.status(request)

    def _order(self, request: Request) -> Order:
        require_bearer(request, self._state.tokens)
        ref_id = request.path_params["ref_id"]
        order = self._state.orders.get(ref_id)
        if order is not None and order.status == CANCELLED and "cancel-deletes" in self._dialect:
            # REST: what DELETE removed is gone, for a GET as for another DELETE.
            raise ApiError(410, "gone", f"The identification '{ref_id}' was cancelled (deleted).")
        if order is None:
            raise not_found(
                f"No identification has the ref id '{ref_id}'; check the id the start call "
                "returned."
            )
        return order

    async def status(self, request: Request) -> Response:
        order = self._order(request)
        return json_response(
            status_answer(order, self._state.clock, self._state.dialect), media_type=PROVIDER_JSON
        )

    async def cancel(self, request: Request) -> Response:
        order = self._order(request)
        try:
            self._state.orders.cancel(order)
        except OrderConflictError as exc:
            raise conflict(str(exc)) from None
        if "cancel-204" in self._state.dialect:
            return Response(status_code=204)
        return json_response(
            status_answer(order, self._state.clock, self._state.dialect), media_type=PROVIDER_JSON
        )
