"""The fake ISP pages behind the target URLs."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.unit.simulator.conftest import KLARNA_PERSON, Api


@pytest.fixture
def api(shared_api: Api) -> Api:
    """These tests use their own orders and numbers, so one simulator serves the module."""
    return shared_api


@pytest.fixture
def http(shared_api: Api) -> httpx.Client:
    """One simulator serves the module; nothing here depends on fresh state."""
    return shared_api.http


def _page(api: Api, ref_id: str) -> httpx.Response:
    return api.http.get(api.target_url(ref_id))


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


def _assert_self_contained(html: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html


def test_video_page(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    response = _page(api, ref_id)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["cache-control"] == "no-store"
    html = response.text
    assert {"camera", "resolution", "complete", "fail", "result", "error"} <= _ids(html)
    assert "getUserMedia({video: {width: 640, height: 480}, audio: true})" in html
    assert "<video" in html and 'id="camera"' in html
    assert "Finish call" in html
    assert api.status(ref_id)["orderId"] in html
    _assert_self_contained(html)


def test_bankident_page(api: Api) -> None:
    ref_id = api.start_ok("KLARNA", "bankident", KLARNA_PERSON)
    html = _page(api, ref_id).text
    assert {"bank", "user", "password", "complete", "fail", "result", "uses"} <= _ids(html)
    assert 'type="password"' in html
    assert "1 of 6" in html
    _assert_self_contained(html)


def test_eid_phone_page(api: Api) -> None:
    ref_id = api.start_ok("AUTHADA", "eid", {})
    html = _page(api, ref_id).text
    assert "Scan your ID card" in html
    assert {"complete", "fail", "result"} <= _ids(html)
    _assert_self_contained(html)


def test_pages_ask_the_number_only_of_an_order_without_one(api: Api) -> None:
    # The ISP collects it in its flow (SMS challenge, the app); the page's complete sends it.
    for issuer, method, body in (("IDENTITY.TM", "video", {"lastName": "Muster"}),
                                 ("KLARNA", "bankident", KLARNA_PERSON),
                                 ("AUTHADA", "eid", {})):
        html = _page(api, api.start_ok(issuer, method, body)).text
        assert "mobile" in _ids(html), issuer
        assert "body.mobile = mobile.value" in html
    for issuer, method, body in (("IDENTITY.TM", "video", {"mobile": "+41791230070"}),
                                 ("KLARNA", "bankident", {**KLARNA_PERSON,
                                                          "mobile": "+41791230071"})):
        assert "mobile" not in _ids(_page(api, api.start_ok(issuer, method, body)).text)


def test_page_buttons_post_to_their_own_endpoints(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    url = api.target_url(ref_id)
    path = url.split("//", 1)[1].split("/", 1)[1]
    html = api.http.get(url).text
    assert f'"/{path}/complete"' in html
    assert f'"/{path}/fail"' in html


def test_klarna_link_serves_six_loads_then_410(api: Api) -> None:
    # Guide appendix 3: "the target URL can be used again 5 Times": the first use + 5 reuses.
    ref_id = api.start_ok("KLARNA", "bankident", KLARNA_PERSON)
    for use in range(1, 7):
        response = _page(api, ref_id)
        assert response.status_code == 200
        assert f"{use} of 6" in response.text
    seventh = _page(api, ref_id)
    assert seventh.status_code == 410
    assert seventh.headers["content-type"].startswith("text/html")
    assert "6 times (the first use and 5 reuses)" in seventh.text
    assert "60-minute" in seventh.text
    assert 'id="gone"' in seventh.text


def test_video_link_may_be_reused(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    for _ in range(8):
        assert _page(api, ref_id).status_code == 200


def test_expired_klarna_page_is_410(api: Api) -> None:
    ref_id = api.start_ok("KLARNA", "bankident", {**KLARNA_PERSON, "externalId": "SIM-EXPIRE"})
    api.advance(3603)  # the simulated customer started at INITIALIZED (2 s)
    response = _page(api, ref_id)
    assert response.status_code == 410
    assert "60-minute session" in response.text


def test_cancelled_order_page_is_410(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    api.delete(f"/api/identifications/{ref_id}")
    response = _page(api, ref_id)
    assert response.status_code == 410
    assert "cancelled" in response.text


@pytest.mark.parametrize("kind", ["video", "bankident", "eid", "fax"])
def test_unknown_token_is_a_404_page(http: httpx.Client, kind: str) -> None:
    response = http.get(f"/isp/{kind}/no-such-token")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert 'id="not-found"' in response.text


def test_token_under_the_wrong_kind_is_404(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    wrong = api.target_url(ref_id).replace("/isp/video/", "/isp/eid/")
    assert api.http.get(wrong).status_code == 404
