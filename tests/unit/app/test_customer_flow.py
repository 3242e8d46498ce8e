"""The customer's path without a widget: ``CustomerFlow`` on the terminal's real services, the
simulator over loopback, the journal in real SQLite. The whole path from the method choice to
the wipe, and what goes wrong on it: a pre-flight that blocks, fields the SRS refuses, an SRS
that is down or slow, a full journal, a double tap, a link that comes late, a link used up, a
wipe while the start runs."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.app.failures import Action
from kiosk.app.flow import CustomerFlow, StartRefused, StartResult, StartStep
from kiosk.app.stages import IdleRule, Stage
from kiosk.app.web_policy import Refusal
from kiosk.checks.core import ReadinessCheck, Window, make_plan
from kiosk.composition import Composition
from kiosk.config import TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET, Settings
from kiosk.services import Backend
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import (
    ClientCredentials,
    IdentityData,
    InvalidInput,
    Method,
    MethodFilter,
    ServiceUnavailable,
    SrsEndpoints,
)
from kiosk.tracking import Outcome
from tests.tmpfs import Tmpfs
from tests.unit.checks.fakes import FakeDevices

KLARNA = IdentityData(
    first_name="Erika",
    last_name="Mustermann",
    dob=date(1964, 8, 12),
    mobile="+4915123456789",
    external_id="SIM-WAIT",
)
VIDEO = IdentityData(last_name="Muster", mobile="+41791234567", external_id="SIM-WAIT")


@pytest.fixture(scope="module")
def qt_core() -> Iterator[QCoreApplication]:
    """Qt's core (signals, QObjects); no widgets, no window. One made here goes at the end,
    so that later tests can have a QApplication (pytest-qt)."""
    app = QCoreApplication.instance()
    if app is not None:
        yield app
        return
    app = QCoreApplication([])
    yield app
    gc.collect()
    app.shutdown()


@pytest.fixture
def simulator(request: pytest.FixtureRequest) -> Iterator[EmbeddedSimulator]:
    """A fresh simulator per test, playing the dialects a test asks for (indirect)."""
    dialects: tuple[str, ...] = getattr(request, "param", ())
    with EmbeddedSimulator(speed=60.0, dialects=dialects) as sim:
        yield sim


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path


def settings(*, preflight: bool = False) -> Settings:
    base = Settings()
    return base.model_copy(
        update={
            "checks": base.checks.model_copy(update={"preflight": preflight}),
            "kiosk": base.kiosk.model_copy(update={"language": "en"}),
        }
    )


@pytest.fixture
async def flow(
    qt_core: QCoreApplication, simulator: EmbeddedSimulator, data_folder: Path
) -> AsyncIterator[CustomerFlow]:
    async with running(simulator, data_folder) as flow:
        yield flow


@asynccontextmanager
async def running(simulator: EmbeddedSimulator, data_folder: Path) -> AsyncIterator[CustomerFlow]:
    """The kiosk's flow over its data folder (the journal), as one run of the app."""
    url = simulator.base_url
    backend = Backend(
        SrsEndpoints(url, f"{url}/oauth/token", url),
        ClientCredentials(TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET),
        time_scale=1 / 60,
        timeout_s=10.0,
        simulator=simulator,
    )
    root = Composition(settings(), data_folder=data_folder, config_path=data_folder / "config.toml")
    session = root.session(backend)
    flow, terminal = session.flow, session.terminal
    await terminal.start_tracking()
    yield flow
    await session.aclose()
    # Deleted here and now: the language's translators leave the application with them.
    for obj in (flow, terminal):
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def sim(flow: CustomerFlow, verb: str, url_path: str, **body: object) -> httpx.Response:
    """A control call to the simulator (faults, orders, status changes)."""
    url = flow.terminal.holder.backend.endpoints.api_url
    answer = httpx.request(verb, f"{url}{url_path}", json=body or None)
    answer.raise_for_status()
    return answer


def sim_orders(flow: CustomerFlow) -> list[dict[str, object]]:
    orders: list[dict[str, object]] = sim(flow, "GET", "/_sim/orders").json()["orders"]
    return orders


async def until(condition: Callable[[], bool], within_s: float = 20.0) -> None:
    """Let the loop run (the tracker, the start) until ``condition`` holds."""
    for _ in range(round(within_s / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise TimeoutError(f"condition not met within {within_s} s")


async def method(flow: CustomerFlow, issuer: str) -> Method:
    listed = await flow.list_methods(MethodFilter())
    return next(m for m in listed if m.issuer == issuer)


async def to_consent(
    flow: CustomerFlow, issuer: str = "KLARNA", identity: IdentityData = KLARNA
) -> None:
    flow.begin("en")
    flow.choose(await method(flow, issuer))
    assert flow.submit_identity(identity) == []
    assert flow.stage is Stage.CONSENT


def kept_identity(flow: CustomerFlow) -> IdentityData | None:
    """The details the session keeps (the customer's language added, as the method takes it)."""
    customer = flow.customer
    if customer is None or customer.identity is None:
        return None
    return replace(customer.identity, language=None)


def slow_start(flow: CustomerFlow, seconds: float) -> None:
    sim(
        flow,
        "POST",
        "/_sim/faults",
        path="/api/providers",
        kind="delay",
        delay_s=seconds,
        method="POST",
        count=1,
    )


async def test_the_whole_path_from_the_method_to_the_wipe(flow: CustomerFlow) -> None:
    stages: list[str] = []
    flow.stageChanged.connect(stages.append)
    steps: list[str] = []
    flow.startStep.connect(steps.append)
    await to_consent(flow)
    assert "Klarna" in flow.notice() or "KLARNA" in flow.notice()
    assert not flow.needs_preflight()  # no camera or microphone for a bank login
    outcome = await flow.agree()
    assert outcome.result is StartResult.STARTED and outcome.failure is None
    assert steps == [StartStep.START]
    assert flow.stage is Stage.HANDOFF and flow.idle_rules.rule is IdleRule.ASK
    started = flow.started
    assert started is not None and flow.target_url
    # The hand-off: the web view's policy for the target URL, the load counted in the journal.
    opening = await flow.open_target()
    assert opening is not None and opening.policy is not None and opening.refusal is None
    assert opening.policy.may_load(flow.target_url)
    assert not opening.policy.may_load("https://elsewhere.example/")
    order = flow.order
    assert order is not None and order.target_url_uses == 1
    flow.show_progress()
    assert flow.stage is Stage.TRACKING
    sim(flow, "POST", f"/_sim/orders/{started.ref_id}/status", status="TERMINATED")
    await until(lambda: flow.stage is Stage.RESULT, within_s=30)
    order = flow.order
    assert order is not None and order.outcome is Outcome.VERIFIED and order.evidence_id
    wiped: list[bool] = []
    flow.wiped.connect(lambda: wiped.append(True))
    flow.wipe()
    assert wiped and flow.stage is Stage.IDLE and flow.customer is None
    assert flow.started is None and flow.order is None
    assert stages == [
        "setup",
        "data",
        "consent",
        "starting",
        "handoff",
        "tracking",
        "result",
        "idle",
    ]


async def test_the_log_says_why_an_order_failed_and_which_session_was_wiped(
    flow: CustomerFlow, caplog: pytest.LogCaptureFixture
) -> None:
    """Support reads the provider's reason and the order of a wiped session in the log
    (review s8: "order …: failed", "session wiped on result")."""
    await to_consent(flow)
    assert (await flow.agree()).result is StartResult.STARTED
    started = flow.started
    assert started is not None
    flow.show_progress()
    sim(
        flow,
        "POST",
        f"/_sim/orders/{started.ref_id}/status",
        status="IDENTIFICATION_NEGATIVELY_CONDUCTED",
        reason="The ID card could not be verified",
    )
    with caplog.at_level(logging.INFO):
        await until(lambda: flow.stage is Stage.RESULT, within_s=30)
        flow.wipe()
    text = caplog.text
    assert f"order {started.ref_id}: failed (The ID card could not be verified)" in text
    assert f"session wiped on result (order {started.ref_id})" in text


async def test_the_code_shown_again_after_a_restart_is_in_the_customers_language(
    qt_core: QCoreApplication, simulator: EmbeddedSimulator, data_folder: Path
) -> None:
    """A French customer's order, the kiosk restarted: staff show its code again and the
    customer's screens are French (the journal keeps the language), not the branch's."""
    async with running(simulator, data_folder) as flow:
        flow.begin("fr")
        flow.choose(await method(flow, "KLARNA"))
        assert flow.submit_identity(KLARNA) == []
        outcome = await flow.agree()
        assert outcome.result is StartResult.STARTED
        started = flow.started
        assert started is not None
    async with running(simulator, data_folder) as flow:
        assert flow.language.language == "en"  # the branch's
        await until(lambda: flow.terminal.holder.order(started.ref_id) is not None)
        await flow.reopen_handoff(started.ref_id)
        assert flow.stage is Stage.HANDOFF and flow.started is not None
        assert flow.started.ref_id == started.ref_id
        assert flow.customer is not None and flow.customer.language == "fr"
        assert flow.language.language == "fr"


async def test_the_pre_flight_blocks_a_video_call_without_a_camera(flow: CustomerFlow) -> None:
    terminal = flow.terminal
    terminal.settings = settings(preflight=True)
    url = terminal.holder.backend.endpoints.api_url
    no_udp = Settings.model_validate({"checks": {"udp_high_peer": ""}})
    plan = make_plan(no_udp, SrsEndpoints(url, f"{url}/oauth/token", url), training=True, stun="")
    plan = replace(plan, window=Window(warmup_s=0.2, measure_s=0.5))
    terminal.readiness.make_check = lambda: ReadinessCheck(plan, FakeDevices((), ()), None)
    await to_consent(flow, "IDENTITY.TM", VIDEO)
    assert flow.needs_preflight()
    outcome = await flow.agree()
    assert outcome.result is StartResult.BLOCKED
    assert outcome.failure is not None and outcome.failure.action is Action.OTHER_METHOD
    assert outcome.preflight is not None and outcome.preflight.blocking()
    assert flow.stage is Stage.CONSENT and flow.started is None
    assert sim_orders(flow) == []  # nothing was sent
    flow.other_method()
    assert flow.stage is Stage.SETUP


async def test_fields_the_srs_refuses_lead_back_to_the_details(flow: CustomerFlow) -> None:
    await to_consent(flow)
    sim(
        flow,
        "POST",
        "/_sim/faults",
        path="/api/providers",
        kind="error",
        status=422,
        method="POST",
        count=1,
    )
    outcome = await flow.agree()
    assert outcome.result is StartResult.FAILED
    assert isinstance(outcome.error, InvalidInput)
    assert outcome.failure is not None and outcome.failure.action is Action.CORRECT
    assert outcome.refused == outcome.error.fields
    assert flow.stage is Stage.CONSENT and kept_identity(flow) == KLARNA
    flow.back()  # the customer checks the details: they are still there
    assert flow.stage is Stage.DATA and kept_identity(flow) == KLARNA


async def test_an_srs_that_is_down_leaves_the_data_for_another_try(flow: CustomerFlow) -> None:
    await to_consent(flow)
    sim(
        flow,
        "POST",
        "/_sim/faults",
        path="/api/providers",
        kind="error",
        status=503,
        method="POST",
        count=5,
        retry_after=1,
    )
    outcome = await flow.agree()
    assert outcome.result is StartResult.FAILED
    assert isinstance(outcome.error, ServiceUnavailable)
    assert outcome.failure is not None and outcome.failure.action is Action.RETRY
    assert flow.stage is Stage.CONSENT and flow.started is None
    assert sim_orders(flow) == []
    sim(flow, "DELETE", "/_sim/faults")
    again = await flow.agree()  # "Try again"
    assert again.result is StartResult.STARTED and flow.stage is Stage.HANDOFF


async def test_a_start_that_takes_too_long_is_given_up(flow: CustomerFlow) -> None:
    await to_consent(flow)
    flow.start_timeout_s = 0.5
    slow_start(flow, 2.0)
    outcome = await flow.agree()
    assert outcome.result is StartResult.FAILED and isinstance(outcome.error, TimeoutError)
    assert outcome.failure is not None and outcome.failure.action is Action.RETRY
    assert flow.stage is Stage.CONSENT and not flow.starting
    assert kept_identity(flow) == KLARNA
    assert sim_orders(flow) == []  # the kiosk hung up before the SRS made one


async def test_a_second_tap_starts_nothing(flow: CustomerFlow) -> None:
    await to_consent(flow)
    slow_start(flow, 1.5)
    first = asyncio.ensure_future(flow.agree())
    await until(lambda: flow.starting)
    assert flow.stage is Stage.STARTING
    second = await flow.agree()
    assert second.result is StartResult.BUSY
    with pytest.raises(StartRefused):
        await flow.start()
    assert (await first).result is StartResult.STARTED
    assert len(sim_orders(flow)) == 1


async def test_a_wipe_during_the_start_keeps_following_the_order(flow: CustomerFlow) -> None:
    await to_consent(flow)
    slow_start(flow, 1.5)
    start = asyncio.ensure_future(flow.agree())
    await until(lambda: flow.starting)
    flow.wipe()  # the customer walked away (or staff wiped)
    assert flow.stage is Stage.IDLE and flow.customer is None
    outcome = await start
    assert outcome.result is StartResult.STARTED
    assert flow.stage is Stage.IDLE and flow.customer is None  # no hand-off for nobody
    [created] = sim_orders(flow)
    assert [o.ref_id for o in flow.background_orders()] == [created["refId"]]


@pytest.mark.parametrize("simulator", [("late-target-url",)], indirect=True)
async def test_a_link_that_comes_late_is_opened_once_it_is_there(flow: CustomerFlow) -> None:
    await to_consent(flow)
    outcome = await flow.agree()
    assert outcome.result is StartResult.STARTED and flow.stage is Stage.HANDOFF
    if flow.target_url is None:  # the start answered only the Ref-ID
        assert await flow.open_target() is None  # nothing to load, nothing counted
        order = flow.order
        assert order is not None and order.target_url_uses == 0
    await until(lambda: flow.target_url is not None, within_s=30)
    opening = await flow.open_target()
    assert opening is not None and opening.policy is not None
    assert opening.policy.target_url == flow.target_url


async def test_a_used_up_link_is_not_opened_again(flow: CustomerFlow) -> None:
    await to_consent(flow)
    await flow.agree()
    customer = flow.customer
    assert customer is not None and customer.spec is not None
    limit = customer.spec.target_url_max_uses
    assert limit is not None  # Klarna: 6 loads in all
    for _ in range(limit):
        opening = await flow.open_target()
        assert opening is not None and opening.policy is not None
    refused = await flow.open_target()
    assert refused is not None and refused.policy is None
    assert refused.refusal is Refusal.USED_UP
    order = flow.order
    assert order is not None and order.target_url_uses == limit  # the refusal counts nothing
    # The customer starts over: the spent order is cancelled, a new one asked for.
    await flow.start_new()
    await until(lambda: flow.stage is Stage.CONSENT)
    assert flow.started is None
    again = await flow.agree()
    assert again.result is StartResult.STARTED
    assert len(sim_orders(flow)) == 2


class TestAFullJournal:
    @pytest.fixture
    def data_folder(self, tmpfs: Tmpfs) -> Path:
        return tmpfs.path

    async def test_the_start_is_not_sent_and_a_second_tap_starts_nothing(
        self, flow: CustomerFlow, tmpfs: Tmpfs
    ) -> None:
        await to_consent(flow)
        tmpfs.fill()
        outcome = await flow.agree()
        assert outcome.result is StartResult.JOURNAL_FAILED
        failure = outcome.journal
        assert failure is not None and "disk is full" in str(failure)
        # Never sent, or (a write that still fit the WAL) its order cancelled at once.
        assert failure.ref_id is None or failure.cancelled
        assert all(o["status"] == "CANCELLED" for o in sim_orders(flow))
        assert flow.stage is Stage.CONSENT and flow.started is None
        before = len(sim_orders(flow))
        assert (await flow.agree()).result is StartResult.JOURNAL_FAILED
        assert len(sim_orders(flow)) == before


async def test_the_idle_rule_follows_the_stage_and_the_order(flow: CustomerFlow) -> None:
    rules = flow.idle_rules
    asked: list[bool] = []
    rules.moreTimeAsked.connect(asked.append)
    assert rules.rule is IdleRule.NONE and not rules.timer.active  # the attract screen
    await to_consent(flow)
    assert rules.rule is IdleRule.WIPE and rules.timer.active
    assert rules.timer.timeout_s == flow.settings.kiosk.idle_timeout_s
    rules.ask_more_time()  # only where the customer is busy elsewhere: not here
    assert not rules.asking and asked == []
    await flow.agree()
    assert rules.rule is IdleRule.ASK  # the customer is at the provider's
    assert rules.timer.timeout_s == flow.settings.kiosk.handoff_timeout_s
    flow.hold_idle("media", True)  # a video call: nobody touches the screen
    assert rules.rule is IdleRule.NONE and not rules.timer.active
    flow.hold_idle("media", False)
    rules.ask_more_time()
    assert rules.asking and asked == [True] and rules.timer.timeout_s == rules.ask_answer_s
    rules.more_time()  # "Continue"
    assert not rules.asking and rules.timer.timeout_s == flow.settings.kiosk.handoff_timeout_s
    flow.hold_idle("media", True)
    rules.ask_more_time()
    flow.wipe()  # the call's hold and the prompt go with the customer
    assert rules.rule is IdleRule.NONE and not rules.asking and not rules.timer.active
    flow.begin("en")
    assert rules.rule is IdleRule.WIPE
