"""The JSON report keeps exactly the documented keys; the text report reads well and can be
translated; advice texts are marked for translation and filled after it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from kiosk.checks.core import (
    Outcome,
    ProbeName,
    ProbeResult,
    Report,
    Status,
    TargetResult,
    Text,
    dumps,
    report_text,
    verdicts,
)
from kiosk.checks.core.levels import SampleFormat, meter_fraction, peak
from kiosk.checks.core.report import value_text
from kiosk.checks.core.texts import QT_TRANSLATE_NOOP, Number, text
from kiosk.srs.catalogue import EID_AUTHADA, VIDEO_IDENTITY_TM

ADVICE = QT_TRANSLATE_NOOP("ReadinessCheck", "Only %1 of %2 hosts answered.")


def sample_report() -> Report:
    results = (
        ProbeResult.of(
            ProbeName.CAMERA,
            Outcome(Status.FAIL, None, "px", "640x480", Text("No camera found.")),
            0.01,
        ),
        ProbeResult.of(ProbeName.DOWNLOAD, Outcome(Status.PASS, 3.912, "MB/s", 0.5), 4.2),
        ProbeResult.of(
            ProbeName.TCP,
            Outcome(
                Status.PASS,
                1,
                "hosts",
                1,
                None,
                "",
                {"srs": Status.PASS},
                (TargetResult("srs.example.test:443", Status.PASS, "connected in 12 ms", "srs"),),
            ),
            0.05,
        ),
    )
    return Report(
        results,
        verdicts([VIDEO_IDENTITY_TM, EID_AUTHADA], results),
        datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
        6.5,
        training=False,
    )


def test_json_has_exactly_the_documented_shape() -> None:
    data = json.loads(dumps(sample_report()))
    assert list(data) == ["probes", "methods"]
    assert [set(p) for p in data["probes"]] == [
        {
            "name",
            "status",
            "value",
            "unit",
            "threshold",
            "advice",
            "duration_s",
            "detail",
            "targets",
        }
    ] * 3
    assert data["probes"][0] == {
        "name": "camera",
        "status": "fail",
        "value": None,
        "unit": "px",
        "threshold": "640x480",
        "advice": "No camera found.",
        "duration_s": 0.01,
        "detail": "",
        "targets": [],
    }
    assert data["methods"] == [
        {"issuer": "IDENTITY.TM", "method": "video", "ready": False, "blocking": ["camera"]},
        {"issuer": "AUTHADA", "method": "eid", "ready": True, "blocking": []},
    ]


def test_text_report_lists_methods_then_checks() -> None:
    text = report_text(sample_report())
    assert "IDENTITY.TM/video" in text and "NOT READY; blocked by: camera" in text
    assert "AUTHADA/eid            ready" in text
    assert "[FAIL   ] camera" in text and "No camera found." in text
    assert "3.912 MB/s  (required ≥ 0.5 MB/s)" in text
    assert "- srs.example.test:443: connected in 12 ms" in text
    assert "Mode: production" in text


def test_text_report_is_translated_through_the_given_function() -> None:
    german = {"NOT READY": "NICHT BEREIT", "No camera found.": "Keine Kamera gefunden."}
    text = report_text(sample_report(), lambda context, source: german.get(source, source))
    assert "NICHT BEREIT" in text and "Keine Kamera gefunden." in text


def test_placeholders_are_filled_after_translation() -> None:
    advice = Text(ADVICE, ("1", "6"))
    assert str(advice) == "Only 1 of 6 hosts answered."
    german = advice.render(lambda context, source: "Nur %1 von %2 Hosts haben geantwortet.")
    assert german == "Nur 1 von 6 Hosts haben geantwortet."


def test_numbers_in_advice_are_written_by_the_given_format() -> None:
    slow = QT_TRANSLATE_NOOP("ReadinessCheck", "%1 MB/s, about %2 MB/s, at least %3 MB/s.")
    advice = text(slow, Number(1.5), Number(0.3712, digits=2, about=True), Number(2))
    assert str(advice) == "1.5 MB/s, about ~0.37 MB/s, at least 2 MB/s."  # the report, the log
    german = advice.render(number=lambda value, digits: f"{value:.{digits}g}".replace(".", ","))
    assert german == "1,5 MB/s, about ~0,37 MB/s, at least 2 MB/s."
    # The JSON report keeps the point, whatever the screen's language.
    result = ProbeResult(ProbeName.DOWNLOAD, Status.FAIL, 1.5, "MB/s", 2.0, advice, 0.5)
    report = Report((result,), (), datetime(2026, 12, 5, tzinfo=UTC), 0.5, training=True)
    assert json.loads(dumps(report))["probes"][0]["advice"] == str(advice)


def test_microphone_peak_and_meter() -> None:
    import array

    loud = array.array("h", [0, 1000, -16384, 200]).tobytes()
    assert peak(loud, SampleFormat.INT16) == 0.5
    assert peak(array.array("f", [0.1, -0.25]).tobytes(), SampleFormat.FLOAT32) == 0.25
    assert peak(bytes([128, 128, 192]), SampleFormat.UINT8) == 0.5
    assert peak(b"\x01", SampleFormat.INT16) == 0.0  # half a sample: nothing yet
    assert meter_fraction(0.0) == 0.0
    assert meter_fraction(1.0) == 1.0
    assert abs(meter_fraction(0.001) - 0.0) < 1e-9  # -60 dB: the floor
    assert abs(meter_fraction(0.0316) - 0.5) < 0.01  # -30 dB: half way


FRENCH = {
    "%1 devices": "%1 appareils",
    "%1 of %2 hosts reachable": "%1 hôtes joignables sur %2",
    "none": "aucun",
}


def test_measured_values_are_words_of_the_staff_language() -> None:
    """The diagnosis screen shows "0 devices" and "1 of 1 hosts reachable" in its language;
    symbols (ms, MB/s, px) stay as they are."""

    def french(context: str, source: str) -> str:
        assert context == "ReadinessCheck"
        return FRENCH.get(source, source)

    assert value_text(0, "devices", 1, french) == "0 appareils"
    assert value_text(1, "hosts", 1, french) == "1 hôtes joignables sur 1"
    assert value_text("none", "", None, french) == "aucun"
    assert value_text(3.5, "MB/s", 0.5, french) == "3.5 MB/s"
    assert value_text(0, "devices", 1) == "0 devices"  # untranslated: the English source
