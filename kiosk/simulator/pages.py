"""The fake ISP pages behind the target URLs, and the complete/fail calls their buttons make."""

from __future__ import annotations

from urllib.parse import quote

import qrcode
import qrcode.image.svg
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from kiosk.simulator import page_html
from kiosk.simulator.body import parse_json_object, read_body
from kiosk.simulator.errors import (
    ApiError,
    FieldProblem,
    conflict,
    invalid_fields,
    json_response,
    not_found,
)
from kiosk.simulator.orders import Order, OrderConflictError, OrderGoneError
from kiosk.simulator.state import SimulatorState
from kiosk.simulator.validation import FIELD_RULES

_mobile_problem = FIELD_RULES["mobile"]

# The pages use the camera and post back to their own origin; nothing else.
_PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self' blob:"
    ),
    "Permissions-Policy": "camera=(self), microphone=(self)",
}


def _html(content: str, status: int = 200) -> Response:
    return HTMLResponse(content, status_code=status, headers=_PAGE_HEADERS)


def _not_found_page() -> Response:
    return _html(
        page_html.message_page(
            "Identification not found",
            "not-found",
            "This identification link is not known. Check the link, or ask the branch "
            "staff for a new one.",
        ),
        404,
    )


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, border=4)
    text = image.to_string(encoding="unicode")
    return text if isinstance(text, str) else text.decode()


def _eid_provider_page(request: Request, order: Order) -> str:
    """The guide's "webpage with a QR code/deep link": both open the (simulated) app on the
    phone; the deep link in the real app's style, the code and the button as https (a phone's
    camera and browser can open them in training)."""
    path = request.url.path.rstrip("/") + "/app"
    app_url = str(request.url.replace(path=path, query="", fragment=""))
    deep_link = f"authada://identify?tcTokenURL={quote(app_url, safe='')}"
    return page_html.eid_provider_page(path, app_url, deep_link, _qr_svg(app_url), order.status)


class PageEndpoints:
    def __init__(self, state: SimulatorState) -> None:
        self._state = state

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/isp/{kind}/{token}", self.page, methods=["GET"]),
            Route("/isp/{kind}/{token}/app", self.app_page, methods=["GET"]),
            Route("/isp/{kind}/{token}/complete", self.complete, methods=["POST"]),
            Route("/isp/{kind}/{token}/fail", self.fail, methods=["POST"]),
        ]

    def _find(self, request: Request) -> Order | None:
        kind = request.path_params["kind"]
        order = self._state.orders.by_page_token(request.path_params["token"])
        if order is None or order.spec.page_kind != kind:
            return None
        return order

    async def page(self, request: Request) -> Response:
        order = self._find(request)
        if order is None:
            return _not_found_page()
        try:
            self._state.orders.open_page(order)
        except OrderGoneError as exc:
            return _html(page_html.message_page("Link no longer valid", "gone", str(exc)), 410)

        base = request.url.path.rstrip("/")
        actions = {"complete": f"{base}/complete", "fail": f"{base}/fail"}
        kind = order.spec.page_kind
        ask_mobile = order.mobile is None  # the ISP collects the number in its own flow
        if kind in ("video", "branch"):  # branch: the unknown method type's booking page
            content = page_html.video_page(
                actions, order.order_id or "", order.status, ask_mobile=ask_mobile
            )
        elif kind == "bankident":
            content = page_html.bankident_page(
                actions,
                order.page_loads,
                order.spec.page_load_limit or 0,
                order.status,
                ask_mobile=ask_mobile,
            )
        else:
            content = _eid_provider_page(request, order)
        return _html(content)

    async def app_page(self, request: Request) -> Response:
        """The simulated AUTHADA app (eID only): what the provider page's code and deep link
        open on the customer's phone. Not a load of the target URL."""
        order = self._find(request)
        if order is None or order.spec.page_kind != "eid":
            return _not_found_page()
        if order.is_final:
            return _html(
                page_html.message_page(
                    "Identification ended",
                    "gone",
                    f"This identification has ended ({order.status}); ask the branch staff for a "
                    "new one.",
                ),
                410,
            )
        base = request.url.path.rstrip("/").removesuffix("/app")
        actions = {"complete": f"{base}/complete", "fail": f"{base}/fail"}
        return _html(page_html.eid_app_page(actions, order.status, ask_mobile=order.mobile is None))

    def _order_for_action(self, request: Request) -> Order:
        order = self._find(request)
        if order is None:
            raise not_found("This identification link is not known.")
        return order

    async def complete(self, request: Request) -> Response:
        order = self._order_for_action(request)
        body = parse_json_object(await read_body(request), empty_is_object=True)
        mobile = body.get("mobile")  # the number the ISP collected (SMS challenge, app)
        if mobile is not None and (not isinstance(mobile, str) or _mobile_problem(mobile)):
            raise invalid_fields(
                [FieldProblem("mobile", _mobile_problem(str(mobile)) or "must be a string")]
            )
        try:
            self._state.orders.complete_page(order, mobile if isinstance(mobile, str) else None)
        except OrderGoneError as exc:
            raise ApiError(410, "gone", str(exc)) from None
        except OrderConflictError as exc:
            raise conflict(str(exc)) from None
        return json_response({"outcome": "completed", "status": order.status})

    async def fail(self, request: Request) -> Response:
        order = self._order_for_action(request)
        body = parse_json_object(await read_body(request), empty_is_object=True)
        reason = body.get("reason")
        if reason is not None and (not isinstance(reason, str) or not 1 <= len(reason) <= 200):
            raise invalid_fields(
                [FieldProblem("reason", "must be a string of 1 to 200 characters")]
            )
        try:
            self._state.orders.fail_page(order, reason)
        except OrderGoneError as exc:
            raise ApiError(410, "gone", str(exc)) from None
        except OrderConflictError as exc:
            raise conflict(str(exc)) from None
        return json_response({"outcome": "failed", "status": order.status, "reason": order.reason})
