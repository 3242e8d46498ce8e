"""Klarna BankIdent and Identity.tm video through the widgets: data form with inline checks,
consent, BankIdent on the customer's phone by default (the kiosk's web view as staff's
choice), the ISP page in the embedded web view, the phone QR, live status, the result."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.staff_pin import PinStore
from kiosk.app.stages import Stage
from kiosk.srs import Status
from tests.gui.conftest import Kiosk
from tests.gui.flow import (
    KLARNA_CUSTOMER,
    STAFF_PIN,
    accept_consent,
    choose,
    click,
    fill,
    open_on_kiosk,
    start,
    submit_data,
    to_methods,
)
from tests.gui.web import decode, run_js, wait_page


def target_url(k: Kiosk) -> str:
    started = k.ctl.started
    assert started is not None
    orders = k.sim("GET", "/_sim/orders").json()["orders"]
    return str(next(o for o in orders if o["refId"] == started.ref_id)["targetUrl"])


def test_bankident_flow_with_form_checks(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    data = kiosk.window.data
    assert {"first_name", "last_name", "dob", "mobile", "external_id"} <= set(data.fields)
    # Wrong input gets specific messages and nothing moves on.
    fill(
        kiosk,
        {
            "first_name": "Erika",
            "last_name": "Muster1",
            "dob": "31.02.1990",
            "mobile": "044 123 45 67",
        },
    )
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.DATA
    assert "letters" in data.fields["last_name"].problem.text()
    # 31 February cannot be entered: the day is blanked, and the date is incomplete.
    assert "day, the month and the year" in data.fields["dob"].problem.text()
    assert "not a mobile number" in data.fields["mobile"].problem.text()
    tomorrow = date.today() + timedelta(days=1)
    if tomorrow.year == date.today().year:  # the year box goes up to this year
        fill(kiosk, {"dob": tomorrow.strftime("%d.%m.%Y")})
        submit_data(kiosk)
        assert "past" in data.fields["dob"].problem.text()
    fill(
        kiosk,
        {
            "last_name": "Mustermann",
            "dob": "12.08.1964",
            "mobile": "+4915112345678",
            "external_id": "SIM-WAIT",
        },
    )
    submit_data(kiosk)
    assert kiosk.ctl.stage is Stage.CONSENT
    assert "Swisscom Trust Services" in kiosk.window.consent.notice.text()
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = kiosk.window.handoff_web
    assert kiosk.window.current is screen
    url = target_url(kiosk)
    # The bank login happens on the customer's phone: one code, nothing loaded here.
    assert decode(kiosk.window) == [url]
    assert screen.web.view is None and not screen.web.isVisible()
    assert "your own phone" in screen.phone_first_hint.text()
    # A customer without a smartphone: staff open the page on the kiosk instead, with their
    # PIN (without it, nothing opens).
    assert "For staff" in screen.staff_caption.text()
    PinStore(kiosk.data_folder).set_pin(STAFF_PIN)
    click(kiosk, screen.on_kiosk)
    pad = kiosk.window.pin_pad
    assert pad.isVisible() and "open the page on this kiosk" in pad.hint.text()
    click(kiosk, pad.cancel_button)
    assert screen.web.view is None and screen.phone_box.isVisible()
    open_on_kiosk(kiosk)
    kiosk.wait(lambda: screen.web.url() == url)
    assert decode(screen.phone_qr) == [url] and not screen.on_kiosk.isVisible()
    wait_page(kiosk, "complete", bool)
    # The customer completes the bank flow in the web view.
    run_js(kiosk, "document.getElementById('complete').click(); true")
    kiosk.wait(lambda: kiosk.ctl.stage in (Stage.TRACKING, Stage.RESULT))
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None and order.evidence_id
    assert order.evidence_id in kiosk.window.result.staff_strip.text()  # for staff
    click(kiosk, kiosk.window.result.finish)
    assert kiosk.window.handoff_web.web.view is None


def test_bankident_on_the_phone_loads_nothing_on_the_kiosk(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    fill(
        kiosk,
        {
            "first_name": "Erika",
            "last_name": "Mustermann",
            "dob": "12.08.1964",
            "mobile": "+4915112345678",
            "external_id": "SIM-WAIT",
        },
    )
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = kiosk.window.handoff_web
    # The keyboard on its main action (review s8: on the Staff button, Space asked a PIN).
    kiosk.wait(lambda: QApplication.focusWidget() is screen.progress)
    url = target_url(kiosk)
    assert decode(screen.phone_first_qr) == [url]
    assert screen.phone_first_title.text() == "Continue on your phone"
    assert not screen.phone_qr.isVisible()  # exactly one code
    # The customer's phone opens the link and finishes the bank login there.
    token = url.rsplit("/", 1)[1]
    kiosk.sim("GET", f"/isp/bankident/{token}")
    kiosk.sim("POST", f"/isp/bankident/{token}/complete")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)
    order = kiosk.ctl.order
    assert order is not None and order.evidence_id and order.target_url_uses == 0
    assert screen.web.view is None  # the kiosk never loaded the bank page
    click(kiosk, kiosk.window.result.finish)
    assert screen.phone_first_qr.data is None and not screen.on_kiosk.isVisible()


def test_video_flow_grants_camera_to_the_isp_only(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose(kiosk, "IDENTITY.TM")
    data = kiosk.window.data
    assert "dob" in data.fields and "last_name" in data.fields
    assert "identity.tm mobile app" in data.fields["last_name"].hint.text()
    assert "postal address" in data.refused.text()
    fill(kiosk, {"last_name": "Muster", "mobile": "+41791234567", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = kiosk.window.handoff_web
    url = target_url(kiosk)
    assert decode(screen.phone_qr) == [url]
    # The fake camera reaches the page: the permission went to the ISP's origin.
    kiosk.wait(lambda: screen.web.media_granted)
    wait_page(kiosk, "resolution", lambda text: "×" in text)
    assert not kiosk.ctl.idle_rules.timer.active  # nobody touches the screen during a call: no wipe
    # Staff's PIN pad over the call: a screen reader finds nothing beside the page (no Cancel
    # to press behind the pad); the page stays where it was and the call goes on.
    page_box = _box(screen.web)
    PinStore(kiosk.data_folder).set_pin(STAFF_PIN)
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    pad = kiosk.window.pin_pad
    assert pad.isVisible()
    assert not showing(screen.cancel) and not showing(screen.phone_qr)
    assert showing(screen.web) and _box(screen.web) == page_box and screen.web.media_granted
    click(kiosk, pad.cancel_button)
    assert showing(screen.cancel) and _box(screen.web) == page_box
    # The provider's clock stands still while the test reads the checks' screen: at speed 60
    # they end 7 s after the call, before a busy machine gets to look.
    kiosk.sim("POST", "/_sim/clock", speed=0)
    run_js(kiosk, "document.getElementById('complete').click(); true")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.TRACKING)
    status = kiosk.window.status
    # The provider's checks, in the customer's words: about 10 of the guide's 10–20 minutes.
    assert status.timeline._rows[1][2].text() == "now — about 10 minutes"
    # The back-office check takes minutes: the simulator's clock jumps ahead.
    kiosk.sim("POST", "/_sim/clock", advance_s=900)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT, timeout=60)
    order = kiosk.ctl.order
    assert order is not None and order.status is Status.TERMINATED and order.evidence_id


def showing(widget: QWidget) -> bool:
    """What Qt tells a screen reader (AT-SPI's "showing")."""
    found = QAccessible.queryAccessibleInterface(widget)
    return found is not None and not found.state().invisible


def _box(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_portrait_bankident_keeps_the_code_and_its_buttons_together(kiosk: Kiosk) -> None:
    """On a portrait screen the phone's code and what to do next sit together, the panel a
    full-width bar under the code (as AUTHADA's buttons under its code), also once staff open
    the page here (the bar under the page, its small code beside the buttons). Was: the
    landscape column beside the code, its buttons ~1000 px below the code in a 270 px strip."""
    kiosk.window.resize(1080, 1920)
    start(kiosk, "KLARNA", KLARNA_CUSTOMER)
    screen = kiosk.window.handoff_web
    kiosk.wait(lambda: screen.phone_box.isVisible() and screen.phone_first_qr.data is not None)
    qr, progress, cancel = screen.phone_first_qr, screen.progress, screen.cancel
    kiosk.wait(lambda: _box(progress).top() > _box(qr).bottom())  # laid out under the code
    assert _box(progress).top() - _box(qr).bottom() < 400
    assert _box(cancel).bottom() < _box(qr).bottom() + 600
    assert progress.width() > 500 and cancel.width() > 500  # the bar's width, not a strip
    assert screen.on_kiosk.isVisible() and _box(screen.on_kiosk).bottom() <= 1920

    open_on_kiosk(kiosk)
    kiosk.wait(lambda: screen.web.isVisible() and screen.phone_qr.isVisible())
    # The page the screen's width and all the height the bar leaves.
    kiosk.wait(lambda: _box(screen.web).width() > 900 and _box(screen.panel).bottom() > 1850)
    web, code = _box(screen.web), _box(screen.phone_qr)
    assert code.top() >= web.bottom() and _box(progress).top() >= web.bottom()
    # The small code beside the buttons, in one bar.
    assert code.right() < _box(progress).left()
    assert code.top() < _box(progress).bottom() and _box(progress).top() < code.bottom()
    assert _box(cancel).bottom() <= 1920


def test_the_phones_code_never_covers_its_neighbours_on_a_short_screen(kiosk: Kiosk) -> None:
    """1024×768, large text, German: the panel beside the video call has less height than its
    code, caption, staff line and buttons ask for. The caption gives way; the code was painted
    over it (a reviewer's screenshot)."""
    window = kiosk.window
    window.resize(1024, 768)
    click(kiosk, window.attract.adapt)
    to_methods(kiosk, "de")
    choose(kiosk, "IDENTITY.TM")
    fill(kiosk, {"last_name": "Muster", "mobile": "+41791234567", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = window.handoff_web
    kiosk.wait(lambda: screen.phone_qr.isVisible() and screen.phone_qr.data is not None)

    def apart() -> bool:
        shown = [w for w in screen.panel.findChildren(QWidget) if w.isVisible()]
        code = _box(screen.phone_qr)
        near = [w for w in shown if w.parentWidget() is screen.panel and w is not screen.phone_qr]
        return all(not code.intersects(_box(w)) for w in near)

    kiosk.wait(apart)


@pytest.mark.parametrize("language", ["de", "fr", "it", "en"])
def test_the_staff_line_reads_whole_beside_a_video_call_on_a_short_screen(
    kiosk: Kiosk, language: str
) -> None:
    """1024×768, large text: staff read the Ref-ID and the Order ID from the line under the
    phone's code. Was: the Order ID cut off below the Ref-ID (a reviewer's screenshot)."""
    window = kiosk.window
    window.resize(1024, 768)
    kiosk.ctl.language.switch_staff(language)
    click(kiosk, window.attract.adapt)
    to_methods(kiosk, language)
    choose(kiosk, "IDENTITY.TM")
    fill(kiosk, {"last_name": "Muster", "mobile": "+41791234567", "external_id": "SIM-WAIT"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)
    screen = window.handoff_web
    order = kiosk.ctl.order
    assert order is not None and order.order_id
    line = screen.strip.status
    kiosk.wait(lambda: line.isVisible() and order.order_id in line.text())
    kiosk.wait(lambda: screen.phone_qr.isVisible() and screen.phone_qr.data is not None)

    def whole() -> bool:  # as tall as its text needs at its width, inside the panel
        inside = screen.panel.rect().contains(
            QRect(line.mapTo(screen.panel, QPoint()), line.size())
        )
        return inside and line.heightForWidth(line.width()) <= line.height()

    kiosk.wait(whole)
    assert window.size() == QSize(1024, 768)
