"""The customer's journey after the start (issue 14 items 2-4), as the people at the counter
live it, against the live simulator:

- a customer busy at the hand-off (installing the app, reading the ID card) is never wiped by
  the short idle timer: after a long wait a big "Need more time?" asks first; Continue keeps
  everything, End (or no answer) wipes, and the order goes on being followed;
- staff bring a pending order's code back from the dashboard ("Show the code again");
- the idle countdown never covers the primary button (1280x800 and 1080x1920);
- the status screen speaks in milestones addressed to the customer; the provider's status and
  the IDs are in the staff strip only;
- after TERMINATED, until the evidence is confirmed: "Open the SMS sent to +41 79 *** ** 67 and
  accept the terms", with the advice to activate Mobile ID.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget

from kiosk.app.language import PseudoTranslator
from kiosk.app.stages import IdleRule, Stage
from kiosk.srs import mask_msisdn
from kiosk.tracking import Outcome
from tests.gui.conftest import Kiosk
from tests.gui.flow import (
    accept_consent,
    choose,
    click,
    fill,
    open_on_kiosk,
    start,
    submit_data,
    to_methods,
)
from tests.gui.test_staff_dashboard import open_dashboard

MOBILE = {"mobile": "+41 79 123 45 67"}
# SIM-WAIT: the order waits for the phone (complete_eid). Without it the simulated customer
# finishes an AUTHADA order within a second of the fast clock: on a busy machine before the
# test's own completion, which the simulator then refuses (409).
WAITING = {**MOBILE, "external_id": "SIM-WAIT"}


def sim_status(k: Kiosk, ref_id: str) -> str:
    orders = k.sim("GET", "/_sim/orders").json()["orders"]
    return str(next(o for o in orders if o["refId"] == ref_id)["status"])


def complete_eid(k: Kiosk) -> None:
    """The customer's phone finishes the AUTHADA flow."""
    started = k.ctl.started
    assert started is not None and started.target_url is not None
    k.sim("POST", f"/isp/eid/{started.target_url.rsplit('/', 1)[1]}/complete")


# -- item 2: no wipe while the customer is busy --------------------------------------------------


def test_a_busy_customer_is_asked_before_anything_is_wiped(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", WAITING)
    ctl, window = kiosk.ctl, kiosk.window
    started = ctl.started
    assert started is not None
    # At the hand-off: the long wait of [kiosk] handoff_timeout_s, no countdown to a wipe.
    assert ctl.idle_rules.rule is IdleRule.ASK
    assert ctl.idle_rules.timer.timeout_s == ctl.settings.kiosk.handoff_timeout_s == 900
    ctl.idle_rules.timer.set_timeout(1)  # the 15 minutes, shortened
    kiosk.wait(window.more_time.isVisible)
    prompt = window.more_time
    assert prompt.title.text() == "Need more time?"
    assert ctl.stage is Stage.HANDOFF and window.handoff_qr.qr.data == started.target_url
    assert not window.countdown.isVisible()
    assert prompt.go_on.hasFocus()  # Enter continues
    # Continue: nothing lost, the long wait starts again.
    click(kiosk, prompt.go_on)
    assert not prompt.isVisible() and ctl.stage is Stage.HANDOFF
    assert ctl.idle_rules.timer.timeout_s == 900 and ctl.idle_rules.timer.seconds_left() > 890
    assert window.handoff_qr.qr.data == started.target_url
    # Again, and this time End here: the session goes, the order is still followed.
    ctl.idle_rules.timer.set_timeout(1)
    kiosk.wait(prompt.isVisible)
    click(kiosk, prompt.end)
    assert ctl.stage is Stage.IDLE and not prompt.isVisible()
    assert window.handoff_qr.qr.data is None
    assert [o.ref_id for o in ctl.background_orders()] == [started.ref_id]
    assert sim_status(kiosk, started.ref_id) != "CANCELLED"


def test_no_answer_to_the_prompt_ends_the_session_with_a_countdown(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", WAITING)
    ctl, prompt = kiosk.ctl, kiosk.window.more_time
    ref_id = ctl.started.ref_id if ctl.started else ""
    ctl.idle_rules.ask_answer_s = 3
    ctl.idle_rules.timer.set_timeout(1)
    kiosk.wait(prompt.isVisible)
    kiosk.wait(lambda: "the session ends in" in prompt.countdown.text())
    assert not kiosk.window.countdown.isVisible()  # one countdown, in the prompt
    kiosk.wait(lambda: ctl.stage is Stage.IDLE)
    assert not prompt.isVisible() and kiosk.window.current is kiosk.window.attract
    assert [o.ref_id for o in ctl.background_orders()] == [ref_id]


def test_the_status_screen_waits_while_the_customer_has_something_to_do(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", WAITING)
    ctl = kiosk.ctl
    click(kiosk, kiosk.window.handoff_qr.progress)
    assert ctl.stage is Stage.TRACKING
    assert ctl.idle_rules.rule is IdleRule.ASK  # the identification is still theirs to do
    click(kiosk, kiosk.window.status.back)
    assert ctl.stage is Stage.HANDOFF and ctl.idle_rules.rule is IdleRule.ASK


def test_staff_show_a_pending_orders_code_again(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", WAITING)
    started = kiosk.ctl.started
    assert started is not None and started.target_url
    kiosk.ctl.wipe()  # the customer walked off to fetch their ID card
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == started.ref_id for o in screen.model.orders))
    assert screen.select(started.ref_id)
    assert screen.show_code.isEnabled() and screen.show_code.text() == "Show the code again"
    click(kiosk, screen.show_code)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    kiosk.wait(lambda: kiosk.window.current is kiosk.window.handoff_qr)
    assert kiosk.window.handoff_qr.qr.data == started.target_url  # the journal's target URL
    customer = kiosk.ctl.customer
    assert customer is not None and customer.identity is not None
    # For the SMS step: the number the customer gave, from the journal.
    assert mask_msisdn(customer.identity.mobile) == "+41 79 *** ** 67"
    assert kiosk.ctl.idle_rules.rule is IdleRule.ASK and kiosk.ctl.idle_rules.timer.active
    # It is the same order: it finishes as usual.
    complete_eid(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None and order.ref_id == started.ref_id and order.evidence_id


def test_staff_show_a_web_flow_page_again(kiosk: Kiosk) -> None:
    """Klarna: the bank page comes back in the web view (a new load, counted: 6 in all)."""
    start(
        kiosk,
        "KLARNA",
        {
            "first_name": "Erika",
            "last_name": "Mustermann",
            "dob": "12.08.1964",
            "mobile": "+4915123456789",
            "external_id": "SIM-WAIT",
        },
    )
    screen = kiosk.window.handoff_web
    started = kiosk.ctl.started
    assert started is not None and started.target_url
    open_on_kiosk(kiosk)  # staff's choice: the bank page on the kiosk, not the phone
    kiosk.wait(lambda: screen.web.url() == started.target_url)
    kiosk.ctl.wipe()
    assert screen.web.view is None
    open_dashboard(kiosk)
    dashboard = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == started.ref_id for o in dashboard.model.orders))
    dashboard.select(started.ref_id)
    click(kiosk, dashboard.show_code)
    kiosk.wait(lambda: kiosk.window.current is screen)
    assert screen.phone_qr.data == started.target_url  # the phone first, as at the start
    open_on_kiosk(kiosk)
    kiosk.wait(lambda: screen.web.url() == started.target_url)
    order = kiosk.ctl.order
    assert order is not None and order.target_url_uses == 2


def test_show_the_code_again_asks_before_ending_another_session(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", WAITING)
    first = kiosk.ctl.started
    assert first is not None
    kiosk.ctl.wipe()
    to_methods(kiosk)  # the next customer is choosing a method
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == first.ref_id for o in screen.model.orders))
    screen.select(first.ref_id)
    click(kiosk, screen.show_code)
    assert (
        screen.confirm_yes.isVisible()
        and "Another customer's session" in screen.confirm_text.text()
    )
    assert kiosk.ctl.stage is Stage.SETUP  # nothing before staff confirm
    click(kiosk, screen.confirm_yes)
    kiosk.wait(lambda: kiosk.window.current is kiosk.window.handoff_qr)
    started = kiosk.ctl.started
    assert started is not None and started.ref_id == first.ref_id


def test_no_code_again_for_an_order_past_the_hand_off(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", WAITING)
    complete_eid(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    ref_id = kiosk.ctl.started.ref_id if kiosk.ctl.started else ""
    click(kiosk, kiosk.window.result.finish)
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    screen.select(ref_id)
    assert not screen.show_code.isEnabled()


def _rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_countdown_clear_of_the_primary_button(k: Kiosk) -> None:
    k.ctl.idle_rules.timer.set_timeout(5)  # within the 15 s of the countdown at once
    k.wait(k.window.countdown.isVisible)
    QTest.qWait(50)  # the layout makes room for the strip
    strip = _rect_in(k.window, k.window.countdown)
    stack = _rect_in(k.window, k.window.stack)
    primaries = [
        b
        for b in k.window.current.findChildren(QPushButton)
        if b.property("role") == "primary" and b.isVisible()
    ]
    assert primaries, f"no primary button on {type(k.window.current).__name__}"
    for primary in primaries:
        where = _rect_in(k.window, primary)
        assert not strip.intersects(where), (type(k.window.current).__name__, primary.text())
        if not _scrolls(primary):  # a card's button in a list may scroll out of sight
            assert stack.contains(where)  # not pushed out of sight either
    k.ctl.idle_rules.timer.set_timeout(k.ctl.settings.kiosk.idle_timeout_s)
    k.wait(lambda: not k.window.countdown.isVisible())


def test_the_countdown_never_covers_the_primary_button(kiosk: Kiosk) -> None:
    for size in ((1280, 800), (1080, 1920)):
        kiosk.window.resize(*size)
        QTest.qWait(50)
        to_methods(kiosk)
        kiosk.window.methods.cards[0].choose.setFocus()
        assert_countdown_clear_of_the_primary_button(kiosk)  # the method list
        choose(kiosk, "AUTHADA")
        fill(kiosk, WAITING)
        assert_countdown_clear_of_the_primary_button(kiosk)  # the data form
        submit_data(kiosk)
        assert_countdown_clear_of_the_primary_button(kiosk)  # the consent
        accept_consent(kiosk)
        kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
        complete_eid(kiosk)
        kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
        assert_countdown_clear_of_the_primary_button(kiosk)  # the result
        click(kiosk, kiosk.window.result.finish)


# -- items 3 and 4: milestones in plain words, the last step announced ----------------------------


def customer_texts(status: QWidget) -> list[str]:
    """What the customer reads on the status screen (all but the staff strip)."""
    return [
        w.text()
        for w in status.findChildren(QLabel)
        if w.isVisible() and w.objectName() != "staffStrip"
    ]


def test_the_last_step_is_announced_until_the_evidence_is_confirmed(kiosk: Kiosk) -> None:
    # SIM-NOTERMS: the simulated customer finishes the app on their own (a completion of
    # ours could come after theirs) and never accepts the terms in the SMS.
    start(kiosk, "AUTHADA", {**MOBILE, "external_id": "SIM-NOTERMS"})
    ctl, status = kiosk.ctl, kiosk.window.status
    kiosk.wait(lambda: ctl.order is not None and ctl.order.status.value == "TERMINATED")
    assert ctl.stage is Stage.TRACKING and kiosk.window.current is status
    order = ctl.order
    assert order is not None and order.outcome is Outcome.PENDING
    assert status.title.text() == "One last step"
    assert status.last_step.text() == "Open the SMS sent to +41 79 *** ** 67 and accept the terms."
    assert "Mobile ID" in status.mobile_id.text() and status.mobile_id.isVisible()
    names = [row[1].text() for row in status.timeline._rows]
    assert names == ["Identify yourself", "The provider checks", "Confirm the SMS", "Ready to sign"]
    assert [row[0].text() for row in status.timeline._rows] == ["✓", "✓", "➜", "○"]
    # The provider's status and the IDs: in the staff strip only.
    assert "TERMINATED" in status.staff_strip.text() and order.ref_id in status.staff_strip.text()
    shown = " ".join(customer_texts(status))
    assert "TERMINATED" not in shown and order.ref_id not in shown and "123 45" not in shown
    assert not status.cancel.isVisible() and not status.back.isVisible()
    # The customer still has something to do: no short idle wipe.
    assert ctl.idle_rules.rule is IdleRule.ASK


def test_milestones_with_an_estimate_while_the_provider_checks(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", WAITING)
    ctl, status = kiosk.ctl, kiosk.window.status
    ref_id = ctl.started.ref_id if ctl.started else ""
    kiosk.sim("POST", f"/_sim/orders/{ref_id}/status", status="DATA_READY")
    kiosk.wait(lambda: ctl.stage is Stage.TRACKING)
    kiosk.wait(lambda: status.timeline._rows[1][0].text() == "➜")
    assert status.timeline._rows[1][2].text() == "now — about 1 minute"  # AUTHADA: 60 s
    assert "Nothing to do for you now" in status.next.text()
    assert ctl.idle_rules.rule is IdleRule.WIPE  # the customer may leave
    shown = " ".join(customer_texts(status))
    assert "DATA_READY" not in shown and "Data ready" not in shown and ref_id not in shown
    assert "DATA_READY" in status.staff_strip.text()


@contextmanager
def pseudo_everywhere() -> Iterator[None]:
    """Every text through Qt's translation comes out in the pseudo-locale (catalogue or not):
    a text that stays in English did not go through it."""
    app = QApplication.instance()
    assert app is not None
    translator = PseudoTranslator(None)
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def test_the_new_wording_goes_through_translation(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {**MOBILE, "external_id": "SIM-NOTERMS"})  # finished on its own
    ctl, status = kiosk.ctl, kiosk.window.status
    kiosk.wait(lambda: status.last_step.isVisible())
    with pseudo_everywhere():
        for widget in QApplication.allWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        ctl.idle_rules.ask_more_time()
        texts = [
            status.title.text(),
            status.last_step.text(),
            status.mobile_id.text(),
            status.next.text(),
            *[row[1].text() for row in status.timeline._rows],
            kiosk.window.more_time.title.text(),
            kiosk.window.more_time.text.text(),
            kiosk.window.more_time.go_on.text(),
            kiosk.window.more_time.end.text(),
        ]
        assert all(t.startswith("[") for t in texts), texts
        assert "+41 79 *** ** 67" in status.last_step.text()
        assert status.staff_strip.text().count("[") >= 3  # the staff strip too
