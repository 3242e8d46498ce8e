"""EmbeddedSimulator's life cycle, and the simulator's independence from Qt and kiosk.srs."""

from __future__ import annotations

import socket
import subprocess
import sys

import httpx
import pytest

from kiosk.simulator.app import create_app
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.simulator.state import SimulatorState
from tests.unit.simulator.conftest import Api


def test_start_picks_a_free_port_and_stop_releases_it() -> None:
    sim = EmbeddedSimulator(speed=10.0)
    sim.start()
    try:
        assert sim.base_url.startswith("http://127.0.0.1:")
        port = int(sim.base_url.rsplit(":", 1)[1])
        assert port > 0
        assert httpx.get(sim.base_url + "/_sim/clock").json()["speed"] == 10.0
        assert isinstance(sim.state, SimulatorState)
    finally:
        sim.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/_sim/clock", timeout=2)
    sim.stop()  # a second stop is harmless


def test_explicit_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with EmbeddedSimulator(port=port) as sim:
        assert sim.base_url == f"http://127.0.0.1:{port}"
        assert httpx.get(sim.base_url + "/").status_code == 200


def test_busy_port_fails_loudly() -> None:
    with EmbeddedSimulator() as first:
        port = int(first.base_url.rsplit(":", 1)[1])
        with pytest.raises(OSError):
            EmbeddedSimulator(port=port).start()


def test_start_twice_is_refused() -> None:
    with EmbeddedSimulator() as sim, pytest.raises(RuntimeError):
        sim.start()


def test_base_url_needs_a_running_simulator() -> None:
    with pytest.raises(RuntimeError):
        _ = EmbeddedSimulator().base_url


def test_state_is_the_live_one(sim_url: str, simulator: EmbeddedSimulator) -> None:
    simulator.state.clock.advance(100)
    assert httpx.get(sim_url + "/_sim/clock").json()["elapsed_s"] >= 100


def test_target_urls_follow_the_requests_origin(simulator: EmbeddedSimulator) -> None:
    # "localhost" and "127.0.0.1" name the same server; the target URL keeps the caller's.
    port = int(simulator.base_url.rsplit(":", 1)[1])
    with httpx.Client(base_url=f"http://localhost:{port}") as http:
        api = Api(http)
        url = api.start("test", "video").json()["targetUrl"]
    assert url.startswith(f"http://localhost:{port}/isp/video/")


def test_create_app_gives_a_starlette_app_with_its_state() -> None:
    state = SimulatorState.create(5.0)
    app = create_app(state)
    assert app.state.simulator is state


def test_simulator_imports_no_qt_and_nothing_from_the_client() -> None:
    code = (
        "import sys, kiosk.simulator.server\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync')"
        " or m == 'kiosk.srs' or m.startswith('kiosk.srs.')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="127.0.0.2 is a loopback address on Linux only")
def test_phones_reach_the_eid_page_on_the_phone_host() -> None:
    """Training on the branch network: the simulator also listens on ``phone_host`` and the
    eID link (the QR code) points there; the kiosk's own pages stay on loopback."""
    with (
        EmbeddedSimulator(phone_host="127.0.0.2") as sim,
        httpx.Client(base_url=sim.base_url) as http,
    ):
        api = Api(http)
        eid = api.start("AUTHADA", "eid", {}).json()["targetUrl"]
        video = api.start("IDENTITY.TM", "video", {"lastName": "Muster"}).json()["targetUrl"]
        assert eid.startswith(f"http://127.0.0.2:{sim.port}/isp/eid/")
        assert video.startswith(f"{sim.base_url}/isp/video/")
        page = httpx.get(eid)  # the page, fetched the way a phone does
        assert page.status_code == 200
        # Its code opens the simulated app on the phone host too, and the app is there.
        assert f'data-url="{eid}/app"' in page.text
        assert httpx.get(f"{eid}/app").status_code == 200


def test_a_phone_host_not_on_this_machine_is_refused_plainly() -> None:
    sim = EmbeddedSimulator(phone_host="192.0.2.1")  # TEST-NET-1: never a local address
    with pytest.raises(OSError, match=r"cannot listen on 192\.0\.2\.1 port .* for phones"):
        sim.start()
    sim.stop()
