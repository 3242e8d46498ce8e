"""The fake ISP pages behind the target URLs."""

from __future__ import annotations

import io
import re
from urllib.parse import quote

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


def _decode_svg(svg: str) -> list[str]:
    """Render the page's SVG code (its path of dark modules) to pixels and decode it."""
    import zxingcpp
    from PIL import Image, ImageDraw

    box = re.search(r'viewBox="0 0 ([0-9.]+) ', svg)
    assert box is not None
    scale = 20.0
    side = int(float(box.group(1)) * scale)
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for x0, y0, x1, y1 in re.findall(r"M([0-9.]+),([0-9.]+)H([0-9.]+)V([0-9.]+)", svg):
        draw.rectangle(
            [float(x0) * scale, float(y0) * scale, float(x1) * scale - 1, float(y1) * scale - 1],
            fill=0,
        )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(buffer.getvalue())))]


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


def test_eid_target_url_is_a_page_with_a_qr_code_and_a_deep_link(api: Api) -> None:
    """Guide appendix 2: the user "is redirected to a webpage with a QR code/deep link"; both
    open the (simulated) app on the phone."""
    ref_id = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    url = api.target_url(ref_id)
    html = api.http.get(url).text
    assert {"app-qr", "open-app", "deep-link", "status"} <= _ids(html)
    app_url = f"{url}/app"
    path = app_url.split("//", 1)[1].split("/", 1)[1]
    assert f'href="/{path}"' in html  # the https fallback, on this origin
    deep_link = re.search(r'id="deep-link" href="([^"]+)"', html)
    assert deep_link is not None
    assert deep_link.group(1) == "authada://identify?tcTokenURL=" + quote(app_url, safe="")
    assert f'data-url="{app_url}"' in html and "<svg" in html  # the code, inline
    assert "Google Play" in html and "App Store" in html
    _assert_self_contained(html)


def test_pages_ask_the_number_only_of_an_order_without_one(api: Api) -> None:
    # The ISP collects it in its flow (SMS challenge, the app); the page's complete sends it.
    for issuer, method, body in (
        ("IDENTITY.TM", "video", {"lastName": "Muster"}),
        ("KLARNA", "bankident", KLARNA_PERSON),
        ("AUTHADA", "eid", {}),
    ):
        ref_id = api.start_ok(issuer, method, body)
        # AUTHADA: the number is asked in the (simulated) app the provider page opens.
        html = (
            api.http.get(f"{api.target_url(ref_id)}/app").text
            if issuer == "AUTHADA"
            else _page(api, ref_id).text
        )
        assert "mobile" in _ids(html), issuer
        assert "body.mobile = mobile.value" in html
    for issuer, method, body in (
        ("IDENTITY.TM", "video", {"mobile": "+41791230070"}),
        ("KLARNA", "bankident", {**KLARNA_PERSON, "mobile": "+41791230071"}),
    ):
        assert "mobile" not in _ids(_page(api, api.start_ok(issuer, method, body)).text)


def test_eid_code_on_the_provider_page_decodes_to_the_app(api: Api) -> None:
    ref_id = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    url = api.target_url(ref_id)
    html = api.http.get(url).text
    svg = re.search(r"<svg.*?</svg>", html, re.S)
    assert svg is not None
    assert _decode_svg(svg.group(0)) == [f"{url}/app"]


def test_eid_app_walks_card_pin_done(api: Api) -> None:
    ref_id = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    url = api.target_url(ref_id)
    page = api.http.get(f"{url}/app")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    html = page.text
    assert {
        "step-card",
        "scan-card",
        "step-pin",
        "pin",
        "pin-error",
        "complete",
        "step-done",
        "fail",
        "result",
    } <= _ids(html)
    assert "Scan your ID card" in html and "6-digit PIN" in html
    assert 'inputmode="numeric" maxlength="6"' in html
    assert "/^[0-9]{6}$/" in html  # the PIN step takes 6 digits only
    path = url.split("//", 1)[1].split("/", 1)[1]
    assert f'"/{path}/complete"' in html and f'"/{path}/fail"' in html
    _assert_self_contained(html)
    assert api.status(ref_id)["status"] in ("CREATED", "INITIALIZED")  # opening changes nothing
    # The app's last step posts the completion: the identification is done.
    assert api.http.post(f"{url}/complete", json={}).status_code == 200
    assert api.status(ref_id)["status"] == "IDENTIFICATION_DONE"
    ended = api.http.get(f"{url}/app")
    assert ended.status_code == 200  # not final yet: the back office follows


def test_eid_app_of_an_ended_order_says_so(api: Api) -> None:
    ref_id = api.start_ok("AUTHADA", "eid", {"externalId": "SIM-WAIT"})
    api.delete(f"/api/identifications/{ref_id}")
    response = api.http.get(f"{api.target_url(ref_id)}/app")
    assert response.status_code == 410 and 'id="gone"' in response.text


def test_only_eid_has_an_app_page(api: Api) -> None:
    ref_id = api.start_ok("IDENTITY.TM", "video", {})
    assert api.http.get(f"{api.target_url(ref_id)}/app").status_code == 404


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
