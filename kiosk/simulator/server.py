"""Running the simulator: embedded on a background thread, or in the foreground for the CLI."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from kiosk.simulator.app import create_app
from kiosk.simulator.faults import TRANSPORT_SCOPE_KEY
from kiosk.simulator.orders import UNPACED, Pace
from kiosk.simulator.state import SimulatorState

_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 10.0


class _TransportInScope:
    """Puts the connection's transport into each request's scope (for the "drop" fault)."""

    def __init__(self, app: Any, protocol: H11Protocol) -> None:
        self._app = app
        self._protocol = protocol

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        scope[TRANSPORT_SCOPE_KEY] = self._protocol.transport
        await self._app(scope, receive, send)


class _SimulatorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with each connection's app wrapped by `_TransportInScope`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.app = _TransportInScope(self.app, self)


class _PromptServer(uvicorn.Server):
    """A uvicorn server that stops as soon as asked, instead of at its next 0.1 s poll.

    Tests start and stop one simulator per test, so the poll would add up.
    """

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._exit_requested: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._exit_requested = asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 10) % 864000  # on_tick refreshes the Date header every 10th
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._exit_requested.wait(), timeout=1.0)

    def request_exit(self) -> None:
        """Thread-safe: ask the server to shut down now."""
        self.should_exit = True
        loop, event = self._loop, self._exit_requested
        if loop is not None and event is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(event.set)


def _config(app: Any, **options: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        http=_SimulatorH11Protocol,
        ws="none",  # no websockets: also keeps their deprecation warnings out
        lifespan="off",
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=2,
        **options,
    )


class EmbeddedSimulator:
    """The simulator on loopback in a daemon thread with its own asyncio loop."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        speed: float = 60.0,
        *,
        phone_host: str = "",
        dialects: Iterable[str] = (),
        pace: Pace = UNPACED,
    ) -> None:
        """``phone_host``: an address of this machine that phones on the network can reach;
        the simulator listens there too, and the eID links (QR codes) point there.
        ``dialects``: names from ``kiosk.simulator.dialects.DIALECTS``. ``pace``: the
        simulated customer's in real seconds (training at the kiosk); none by default."""
        self._host = host
        self._port = port
        self._phone_host = phone_host
        self._state = SimulatorState.create(speed, dialects, pace)
        self._server: _PromptServer | None = None
        self._thread: threading.Thread | None = None
        self._sockets: list[socket.socket] = []  # loopback first, then the phones' address
        self._failure: BaseException | None = None

    @property
    def state(self) -> SimulatorState:
        return self._state

    @property
    def port(self) -> int:
        if not self._sockets:
            raise RuntimeError("the simulator is not running")
        return self._port

    @property
    def base_url(self) -> str:
        return _url(self._host, self.port)

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the simulator is already running")
        sock = _bound(self._host, self._port)
        self._port = sock.getsockname()[1]
        self._sockets = [sock]
        if self._phone_host and self._phone_host != self._host:
            try:
                self._sockets.append(_bound(self._phone_host, self._port))
            except OSError as exc:
                self.stop()
                raise OSError(
                    exc.errno,
                    f"the simulator cannot listen on {self._phone_host} "
                    f"port {self._port} for phones: {exc.strerror}",
                ) from exc
        if self._phone_host:
            self._state.phone_base = _url(self._phone_host, self._port)
        config = _config(
            create_app(self._state), log_level="warning", access_log=False, log_config=None
        )
        self._server = _PromptServer(config)
        self._thread = threading.Thread(target=self._run, name="srs-simulator", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the simulator did not start: {self._failure!r}")
            time.sleep(0.002)

    def _run(self) -> None:
        assert self._server is not None and self._sockets
        try:
            asyncio.run(self._server.serve(sockets=self._sockets))
        except BaseException as exc:  # reported by start(); a thread must not die noisily
            self._failure = exc

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.request_exit()
            thread.join(_STOP_TIMEOUT_S)
            if thread.is_alive():
                server.force_exit = True
                thread.join(_STOP_TIMEOUT_S)
        for sock in self._sockets:
            sock.close()
        self._sockets = []
        self._server = self._thread = None

    def __enter__(self) -> EmbeddedSimulator:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _bound(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets that say so, and
    # without it every keep-alive response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if sys.platform != "win32":  # on Windows this flag would let others steal the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def serve(
    host: str,
    port: int,
    speed: float,
    *,
    access_log: bool = False,
    dialects: Iterable[str] = (),
    pace: Pace = UNPACED,
) -> None:
    """Run in the foreground until Ctrl-C (for `srs-kiosk simulator`).

    The access log is off by default: it costs about two thirds of the throughput."""
    state = SimulatorState.create(speed, dialects, pace)
    uvicorn.Server(
        _config(create_app(state), host=host, port=port, log_level="info", access_log=access_log)
    ).run()
