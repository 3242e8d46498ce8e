"""Another SRS: a small starlette app that reads the guide differently from our simulator.

Each knob of :class:`Reading` is one ambiguity of the guide (CONTRACT.md names them); the tests
run the real client against it in-process (``httpx.ASGITransport``). It shares no code with the
client or the simulator and records what it received.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote_plus

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.srs import ClientCredentials, RetryPolicy, SrsClient, SrsEndpoints

CLIENT_ID = "other:client"  # a colon and a space, so Basic must form-encode them
CLIENT_SECRET = "top secret+1"
CREDENTIALS = ClientCredentials(CLIENT_ID, CLIENT_SECRET)
BASE = "http://other-srs.test"
FAST = RetryPolicy(attempts=3, base_delay_s=0.01, max_delay_s=0.02, jitter_s=0.0)

ANY = ("basic", "form", "query")


@dataclass
class Reading:
    """How this SRS reads the guide. Answers are JSON values sent as they are."""

    token_placements: tuple[str, ...] = ANY  # where it takes the client credentials
    token_status: int | None = None  # e.g. 503: the login service is down
    token_answer: Any = field(
        default_factory=lambda: {"access_token": "T", "token_type": "bearer", "expires_in": 600}
    )
    providers: Any = None  # the method list answer (None: METHODS as a bare array; bytes as is)
    providers_status: int = 200
    providers_type: str | None = None  # the content type of a bytes answer
    nothing_found_is_404: bool = False  # a filtered list that matches nothing answers 404
    # "equality": offline=true lists only offline methods; "include": true lists them as well,
    # false leaves them out; "ignore": filters have no effect.
    flags: str = "equality"
    # "region": refuses EIDAS/ZERTES with 400 naming the field, takes EU/CH; "region-value":
    # the same, naming only the value (Spring's enum error)
    jurisdiction_spelling: str = "any"
    start_answer: Any = field(default_factory=lambda: {"refId": "R-1"})
    start_refusals: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    status_answer: Any = field(default_factory=lambda: {"status": "Initialized"})
    cancel_answer: tuple[int, Any] = (204, None)
    verify_answer: tuple[int, Any] = (200, {"evidenceId": "E-1"})


METHODS: list[dict[str, Any]] = [
    {
        "issuer": "IDENTITY.TM",
        "method": "video",
        "methodType": "Video",
        "name": "VIDEO",
        "jurisdictions": ["EIDAS", "ZERTES"],
        "loa": 4,
        "offline": False,
        "webflow": True,
        "realtime": True,
    },
    {
        "issuer": "AUTHADA",
        "method": "eid",
        "methodType": "eID",
        "name": "eID",
        "jurisdictions": ["EIDAS"],
        "loa": 4,
        "offline": False,
        "webflow": False,
        "realtime": True,
    },
    {
        "issuer": "POST",
        "method": "counter",
        "methodType": "Counter",
        "name": "At the counter",
        "jurisdictions": ["ZERTES"],
        "loa": 3,
        "offline": True,
        "webflow": False,
        "realtime": False,
    },
]


class OtherSrs:
    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.seen: list[tuple[str, str, dict[str, list[str]], dict[str, str], bytes]] = []
        self.app = Starlette(
            routes=[
                Route("/oauth/token", self.token, methods=["POST"]),
                Route("/api/providers", self.providers, methods=["GET"]),
                Route("/api/providers/{issuer}/{method}", self.start, methods=["POST"]),
                Route("/api/identifications/{ref}", self.status, methods=["GET"]),
                Route("/api/identifications/{ref}", self.cancel, methods=["DELETE"]),
                Route("/api/evidences/verify", self.verify, methods=["POST"]),
            ]
        )

    def client(self, **kwargs: Any) -> SrsClient:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app))
        endpoints = SrsEndpoints(BASE, BASE + "/oauth/token", BASE)
        srs = SrsClient(endpoints, CREDENTIALS, http=http, retry=FAST, **kwargs)
        self._http = http
        return srs

    async def aclose(self) -> None:
        await self._http.aclose()

    def requests(self, path: str) -> list[tuple[dict[str, list[str]], dict[str, str], bytes]]:
        return [(q, h, b) for _, p, q, h, b in self.seen if p == path]

    async def _record(self, request: Request) -> bytes:
        body = await request.body()
        query = parse_qs(request.url.query, keep_blank_values=True)
        headers = {k.lower(): v for k, v in request.headers.items()}
        self.seen.append((request.method, request.url.path, query, headers, body))
        return body

    async def token(self, request: Request) -> Response:
        body = await self._record(request)
        if self.reading.token_status is not None:
            return JSONResponse({"error": "down"}, self.reading.token_status)
        found: dict[str, str | None] = {}
        auth = request.headers.get("authorization", "")
        if "basic" in self.reading.token_placements and auth.startswith("Basic "):
            pair = base64.b64decode(auth[6:]).decode()
            cid, _, secret = pair.partition(":")
            found = {"id": unquote_plus(cid), "secret": unquote_plus(secret)}
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        query = {k: v[0] for k, v in parse_qs(request.url.query).items()}
        for name, source in (("form", form), ("query", query)):
            if name in self.reading.token_placements and "client_id" in source:
                found = {"id": source["client_id"], "secret": source.get("client_secret")}
        if not found:
            return JSONResponse({"error": "invalid_request"}, 400)
        if found != {"id": CLIENT_ID, "secret": CLIENT_SECRET}:
            return JSONResponse({"error": "invalid_client"}, 401)
        return JSONResponse(self.reading.token_answer)

    async def providers(self, request: Request) -> Response:
        await self._record(request)
        if isinstance(self.reading.providers, bytes):
            return Response(
                self.reading.providers,
                self.reading.providers_status,
                media_type=self.reading.providers_type,
            )
        if self.reading.providers is not None:
            return JSONResponse(self.reading.providers)
        query = parse_qs(request.url.query)
        wanted = {j.upper() for j in query.get("jurisdiction", [])}
        appendix = {"EIDAS", "ZERTES"}
        if self.reading.jurisdiction_spelling == "region" and wanted & appendix:
            return JSONResponse(
                {"error": "invalid_request", "message": "jurisdiction must be EU or CH"}, 400
            )
        if self.reading.jurisdiction_spelling == "region-value" and wanted & appendix:
            return JSONResponse(_enum_refusal(sorted(wanted & appendix)[0]), 400)
        regions = {"EU": "EIDAS", "CH": "ZERTES"}
        wanted = {regions.get(j, j) for j in wanted}
        listed = [m for m in METHODS if not wanted or wanted & set(m["jurisdictions"])]
        for flag in ("offline", "webflow", "realtime"):
            if flag in query and self.reading.flags != "ignore":
                value = query[flag][0] == "true"
                if self.reading.flags == "equality" or not value:
                    listed = [m for m in listed if m[flag] is value]
        if not listed and self.reading.nothing_found_is_404:
            return JSONResponse({"error": "not_found", "message": "No provider found"}, 404)
        return JSONResponse(listed)

    async def start(self, request: Request) -> Response:
        await self._record(request)
        if self.reading.start_refusals:
            status, body = self.reading.start_refusals.pop(0)
            return JSONResponse(body, status)
        return JSONResponse(self.reading.start_answer)

    async def status(self, request: Request) -> Response:
        await self._record(request)
        return JSONResponse(self.reading.status_answer)

    async def cancel(self, request: Request) -> Response:
        await self._record(request)
        status, body = self.reading.cancel_answer
        if body is None:
            return Response(status_code=status)
        return JSONResponse(body, status)

    async def verify(self, request: Request) -> Response:
        sent = json.loads(await self._record(request))
        value = sent["jurisdiction"]
        if self.reading.jurisdiction_spelling == "region-value" and value not in ("EU", "CH"):
            return JSONResponse(_enum_refusal(value), 400)
        if self.reading.jurisdiction_spelling == "region" and value not in ("EU", "CH"):
            return JSONResponse(
                {
                    "error": "invalid_request",
                    "fields": [{"field": "jurisdiction", "problem": "must be EU or CH"}],
                },
                422,
            )
        status, body = self.reading.verify_answer
        if isinstance(body, bytes):
            return Response(body, status)
        return JSONResponse(body, status)


def _enum_refusal(value: str) -> dict[str, Any]:
    """Spring's answer to a value its enum lacks: the value named, the field not."""
    return {
        "status": 400,
        "error": "Bad Request",
        "message": f'JSON parse error: Cannot deserialize value "{value}": not one of [EU, CH]',
    }


def sent_json(body: bytes) -> Any:
    return json.loads(body)
