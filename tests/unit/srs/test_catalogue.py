"""The method catalogue holds the guide's appendix facts as data."""

from __future__ import annotations

from datetime import timedelta

from kiosk.srs import METHODS, HandOff, Jurisdiction, MethodType, VerifyAnchor, find_method_spec
from kiosk.srs.catalogue import BANKIDENT_KLARNA, EID_AUTHADA, VIDEO_IDENTITY_TM


def test_three_methods_with_filter_facts() -> None:
    facts = {
        (m.issuer, m.method): (
            m.method_type,
            m.jurisdictions,
            m.loa,
            m.offline,
            m.webflow,
            m.realtime,
            m.evidence_validity_years,
        )
        for m in METHODS
    }
    assert facts == {
        ("IDENTITY.TM", "video"): (
            MethodType.VIDEO,
            (Jurisdiction.EIDAS, Jurisdiction.ZERTES),
            4,
            False,
            True,
            True,
            5,
        ),
        ("AUTHADA", "eid"): (MethodType.EID, (Jurisdiction.EIDAS,), 4, False, False, True, 2),
        ("KLARNA", "bankident"): (
            MethodType.BANKIDENT,
            (Jurisdiction.EIDAS,),
            4,
            False,
            True,
            True,
            2,
        ),
    }


def test_data_rules() -> None:
    assert BANKIDENT_KLARNA.data.mandatory == {"first_name", "last_name", "dob"}
    assert "mobile" in BANKIDENT_KLARNA.data.optional
    assert EID_AUTHADA.data.mandatory == frozenset()
    # "Initial information: N/A": only the SRS's own External ID (guide §5.2) goes out; the
    # mobile number is asked for the verify call and kept by the kiosk.
    assert EID_AUTHADA.data.accepted == {"external_id"}
    assert EID_AUTHADA.data.local == {"mobile"}
    assert {"first_name", "last_name", "dob", "email"} <= EID_AUTHADA.data.not_accepted
    assert VIDEO_IDENTITY_TM.data.mandatory == frozenset()
    assert "postal_address" in VIDEO_IDENTITY_TM.data.not_accepted
    assert dict(VIDEO_IDENTITY_TM.data.recommended).keys() == {"last_name"}
    assert "validity" in VIDEO_IDENTITY_TM.data.optional
    # Every method lets the kiosk ask the mobile number: the registration hangs on it.
    assert all("mobile" in m.data.accepted | m.data.local for m in METHODS)


def test_hand_off_and_timing() -> None:
    assert EID_AUTHADA.hand_off is HandOff.QR_DEEPLINK
    assert VIDEO_IDENTITY_TM.hand_off is BANKIDENT_KLARNA.hand_off is HandOff.WEB_VIEW
    assert EID_AUTHADA.verify.anchor is VerifyAnchor.AFTER_START
    assert EID_AUTHADA.verify.delay == timedelta(seconds=60)
    assert BANKIDENT_KLARNA.verify.anchor is VerifyAnchor.AFTER_TERMINATED
    assert BANKIDENT_KLARNA.verify.delay == timedelta(seconds=30)
    assert BANKIDENT_KLARNA.verify.window_end == timedelta(minutes=2)
    assert VIDEO_IDENTITY_TM.verify.anchor is VerifyAnchor.AFTER_TERMINATED
    assert VIDEO_IDENTITY_TM.typical_duration == (timedelta(minutes=10), timedelta(minutes=20))
    assert BANKIDENT_KLARNA.session_lifetime == timedelta(minutes=60)
    assert BANKIDENT_KLARNA.target_url_max_uses == 6  # the first load and "5 times" again
    links = dict(EID_AUTHADA.app_links)
    assert links["android"] == "https://play.google.com/store/apps/details?id=de.authada.id"
    assert links["ios"] == "https://apps.apple.com/us/app/authada/id1479685801"


def test_video_terminal_requirements() -> None:
    need = VIDEO_IDENTITY_TM.terminal
    assert need.camera_min_resolution == (640, 480)
    assert need.microphone
    assert need.web_view
    assert need.min_upload_mbytes_s == need.min_download_mbytes_s == 0.5
    assert {
        "api.opentok.com",
        "static.opentok.com",
        "enterprise.opentok.com",
        "anvil.opentok.com",
        "ws.pusherapp.com",
    } <= set(need.tcp_443_hosts)
    assert need.tcp_443_wildcards == ("*.tokbox.com",)
    assert need.udp_3478_recommended
    assert need.udp_range_best == (1025, 65535)
    assert need.min_tls == "1.2"
    assert EID_AUTHADA.terminal.qr_screen
    assert not EID_AUTHADA.terminal.camera_min_resolution


def test_find_ignores_case_and_knows_the_mock_issuer() -> None:
    assert find_method_spec("klarna", "BANKIDENT") is BANKIDENT_KLARNA
    assert find_method_spec("KLARNA", "video") is None
    assert find_method_spec("nobody", "video") is None
    mock = find_method_spec("test", "bankident")
    assert mock is not None
    assert mock.issuer == "test"
    assert mock.data.mandatory == frozenset()
    assert mock.data.accepted == BANKIDENT_KLARNA.data.accepted
    assert find_method_spec("test", "carrier-pigeon") is None


def test_each_method_says_what_the_customer_needs() -> None:
    assert any("eID function" in need for need in EID_AUTHADA.needs)
    assert any("NFC" in need for need in EID_AUTHADA.needs)
    assert any("PIN" in need for need in EID_AUTHADA.needs)
    assert any("3500 banks" in need for need in BANKIDENT_KLARNA.needs)
    assert any("SMS" in need for need in BANKIDENT_KLARNA.needs)
    assert any("camera" in need for need in VIDEO_IDENTITY_TM.needs)
    assert any("German or English" in need for need in VIDEO_IDENTITY_TM.needs)
