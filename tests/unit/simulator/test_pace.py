"""The simulated customer at a pace people can watch (training at the kiosk): the hand-off takes
real seconds, a real load of the link hands the order to the page, the checks are spaced."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from kiosk.simulator.orders import Pace
from kiosk.simulator.server import EmbeddedSimulator
from tests.unit.simulator.conftest import KLARNA_PERSON, Api

HANDOFF_S = 25.0
STEP_S = 3.0


@pytest.fixture
def paced() -> Iterator[Api]:
    """Speed 1 while orders start (so a pace's real seconds are simulated ones); tests freeze
    the clock right after the start and step it."""
    with (
        EmbeddedSimulator(speed=1.0, pace=Pace(HANDOFF_S, STEP_S)) as sim,
        httpx.Client(base_url=sim.base_url, timeout=10.0) as http,
    ):
        yield Api(http)


def _start(api: Api, issuer: str, method: str, body: dict[str, str]) -> str:
    ref_id = api.start_ok(issuer, method, body)
    api.freeze()
    return ref_id


def test_the_simulated_customer_takes_the_handoff_time(paced: Api) -> None:
    ref_id = _start(paced, "AUTHADA", "eid", {})
    paced.advance(2)
    assert paced.statuses(ref_id) == ["CREATED", "INITIALIZED"]
    # AUTHADA is done 38 s after INITIALIZED once the customer has the link: not before.
    paced.advance(HANDOFF_S + 38 - 1)
    assert paced.statuses(ref_id) == ["CREATED", "INITIALIZED"]
    paced.advance(2)
    assert paced.statuses(ref_id)[-1] == "IDENTIFICATION_DONE"
    # The checks: at least STEP_S apart although AUTHADA's own clock has 10 s and 5 s.
    paced.advance(10)
    assert paced.statuses(ref_id)[-1] == "DATA_READY"
    paced.advance(STEP_S + 1)
    assert paced.statuses(ref_id)[-1] == "TERMINATED"


def test_a_real_load_of_the_link_hands_the_order_to_the_page(paced: Api) -> None:
    ref_id = _start(paced, "AUTHADA", "eid", {})
    paced.advance(3)
    target = paced.target_url(ref_id)
    page = paced.http.get(target)
    assert page.status_code == 200
    # The simulated customer stands down: whoever opened the link walks the page.
    paced.advance(HANDOFF_S + 600)
    assert paced.statuses(ref_id) == ["CREATED", "INITIALIZED"]
    done = paced.http.post(f"{target}/complete", json={})
    assert done.status_code == 200, done.text
    assert paced.statuses(ref_id)[-1] == "IDENTIFICATION_DONE"


def test_the_klarna_session_starts_when_the_simulated_customer_opens_the_link(
    paced: Api,
) -> None:
    ref_id = _start(paced, "KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-EXPIRE"})
    # 60 minutes from the link's opening (after the hand-off), not from INITIALIZED.
    paced.advance(2 + 60 * 60)
    assert paced.statuses(ref_id) == ["CREATED", "INITIALIZED"]
    paced.advance(HANDOFF_S + 1)
    assert paced.statuses(ref_id)[-1] == "IDENTIFICATION_NEGATIVELY_CONDUCTED"


def test_sim_wait_still_waits_for_the_page(paced: Api) -> None:
    ref_id = _start(paced, "AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    paced.advance(HANDOFF_S + 3600)
    assert paced.statuses(ref_id) == ["CREATED", "INITIALIZED"]


def test_a_person_on_the_page_has_the_guides_session_in_real_minutes() -> None:
    """Training at the window runs the provider's clock fast (an hour a minute); a trainee who
    opens the bank's page still has the guide's 60 minutes, not one."""
    with (
        EmbeddedSimulator(speed=60.0, pace=Pace(HANDOFF_S, STEP_S)) as sim,
        httpx.Client(base_url=sim.base_url, timeout=10.0) as http,
    ):
        api = Api(http)
        ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-WAIT"})
        assert api.http.get(api.target_url(ref_id)).status_code == 200
        api.freeze()
        api.advance(2 * 60 * 60)  # two hours of the fast clock: two minutes at the counter
        assert api.statuses(ref_id)[-1] == "INITIALIZED"
        api.advance(60 * 60 * 60)  # 60 real minutes
        assert api.statuses(ref_id)[-1] == "IDENTIFICATION_NEGATIVELY_CONDUCTED"


def test_unwatched_the_session_runs_on_the_simulators_clock(api: Api) -> None:
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-WAIT"})
    assert api.http.get(api.target_url(ref_id)).status_code == 200
    api.freeze()
    api.advance(60 * 60 + 1)
    assert api.statuses(ref_id)[-1] == "IDENTIFICATION_NEGATIVELY_CONDUCTED"
