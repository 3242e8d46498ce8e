"""Per-method requirements come from the catalogue; verdicts from the probe results."""

from __future__ import annotations

from kiosk.checks.core import (
    Outcome,
    ProbeName,
    ProbeResult,
    Requirement,
    Status,
    probes_for,
    requirements,
    verdicts,
)
from kiosk.checks.core.verdicts import MethodVerdict, enabled_specs
from kiosk.srs import MethodSpec
from kiosk.srs.catalogue import BANKIDENT_KLARNA, EID_AUTHADA, VIDEO_IDENTITY_TM, find

P = ProbeName
ALL = (VIDEO_IDENTITY_TM, EID_AUTHADA, BANKIDENT_KLARNA)


def result(name: ProbeName, status: Status, **facets: Status) -> ProbeResult:
    return ProbeResult.of(name, Outcome(status, facets=facets), 0.1)


def all_pass(**override: ProbeResult) -> list[ProbeResult]:
    results = {name: result(name, Status.PASS) for name in ProbeName}
    results.update({ProbeName(k): v for k, v in override.items()})
    return list(results.values())


def test_video_needs_devices_bandwidth_network_and_webrtc() -> None:
    assert requirements(VIDEO_IDENTITY_TM) == (
        Requirement(P.TCP),
        Requirement(P.TLS),
        Requirement(P.CAMERA),
        Requirement(P.MICROPHONE),
        Requirement(P.DOWNLOAD),
        Requirement(P.UPLOAD),
        Requirement(P.WEBRTC),
        Requirement(P.TLS_VIDEO),
        Requirement(P.WEBSOCKET),
        Requirement(P.NON_TLS_443),
        Requirement(P.STUN, recommended=True),
        Requirement(P.UDP_HIGH, recommended=True),
    )


def test_a_blocked_wss_blocks_video_a_blocked_plain_ws_or_high_udp_only_warns() -> None:
    def judged(spec: MethodSpec, **statuses: Status) -> MethodVerdict:
        return verdicts([spec], all_pass(**{k: result(P(k), v) for k, v in statuses.items()}))[0]

    warned = judged(VIDEO_IDENTITY_TM, websocket=Status.WARN, udp_high=Status.FAIL)
    assert warned.ready and set(warned.warnings) == {P.WEBSOCKET, P.UDP_HIGH}
    for probe in ("websocket", "tls_video", "non_tls_443"):
        blocked = judged(VIDEO_IDENTITY_TM, **{probe: Status.FAIL})
        assert not blocked.ready and blocked.blocking == (P(probe),), probe
    # Other methods do not need the video provider's network.
    assert judged(EID_AUTHADA, tls_video=Status.FAIL, non_tls_443=Status.FAIL).ready


def test_bankident_needs_the_srs_connection_and_the_web_engine() -> None:
    assert requirements(BANKIDENT_KLARNA) == (
        Requirement(P.TCP, "srs"),
        Requirement(P.TLS),
        Requirement(P.WEBRTC, "engine"),
    )


def test_authada_needs_the_srs_connection_only() -> None:
    assert requirements(EID_AUTHADA) == (Requirement(P.TCP, "srs"), Requirement(P.TLS))


def test_the_test_issuer_has_the_real_method_s_requirements() -> None:
    mock = find("test", "video")
    assert mock is not None and requirements(mock) == requirements(VIDEO_IDENTITY_TM)


def test_probes_for_a_preflight() -> None:
    assert probes_for([EID_AUTHADA]) == (P.TCP, P.TLS)
    assert P.PROXY not in probes_for(ALL)


def test_everything_passing_makes_every_method_ready() -> None:
    found = verdicts(ALL, all_pass())
    assert [(v.key, v.ready, v.blocking, v.warnings) for v in found] == [
        ("IDENTITY.TM/video", True, (), ()),
        ("AUTHADA/eid", True, (), ()),
        ("KLARNA/bankident", True, (), ()),
    ]


def test_no_camera_blocks_only_video() -> None:
    found = verdicts(ALL, all_pass(camera=result(P.CAMERA, Status.FAIL)))
    assert [(v.ready, v.blocking) for v in found] == [(False, (P.CAMERA,)), (True, ()), (True, ())]


def test_udp_blocked_only_warns() -> None:
    webrtc = result(P.WEBRTC, Status.WARN, engine=Status.PASS, media=Status.PASS, udp=Status.WARN)
    video = verdicts(
        [VIDEO_IDENTITY_TM], all_pass(stun=result(P.STUN, Status.FAIL), webrtc=webrtc)
    )[0]
    assert video.ready and video.blocking == ()
    assert video.warnings == (P.WEBRTC, P.STUN)


def test_unreachable_video_hosts_do_not_block_the_other_methods() -> None:
    tcp = result(P.TCP, Status.FAIL, srs=Status.PASS, media=Status.FAIL)
    found = verdicts(ALL, all_pass(tcp=tcp))
    assert [(v.ready, v.blocking) for v in found] == [(False, (P.TCP,)), (True, ()), (True, ())]


def test_unreachable_srs_blocks_everything() -> None:
    tcp = result(P.TCP, Status.FAIL, srs=Status.FAIL, media=Status.PASS)
    assert not any(v.ready for v in verdicts(ALL, all_pass(tcp=tcp)))


def test_bankident_needs_the_engine_but_not_the_camera() -> None:
    no_media = result(P.WEBRTC, Status.FAIL, engine=Status.PASS, media=Status.FAIL, udp=Status.PASS)
    assert verdicts([BANKIDENT_KLARNA], all_pass(webrtc=no_media))[0].ready
    broken = result(P.WEBRTC, Status.FAIL)  # timed out: no facets, the whole probe counts
    assert verdicts([BANKIDENT_KLARNA], all_pass(webrtc=broken))[0].blocking == (P.WEBRTC,)


def test_skipped_and_missing_probes_do_not_count() -> None:
    only_network = [result(P.TCP, Status.PASS, srs=Status.PASS), result(P.TLS, Status.SKIPPED)]
    video, authada = verdicts([VIDEO_IDENTITY_TM, EID_AUTHADA], only_network)
    assert video.ready and video.warnings == ()
    assert authada.ready


def test_enabled_specs_from_settings_strings() -> None:
    specs, unknown = enabled_specs(
        ["IDENTITY.TM/video", "authada/EID", "nobody/nothing", "KLARNA", "AUTHADA/eid"]
    )
    assert specs == (VIDEO_IDENTITY_TM, EID_AUTHADA)
    assert unknown == ("nobody/nothing", "KLARNA")
