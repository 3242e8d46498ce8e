"""The pseudo-locale's texts: ~40% longer, accented, placeholders and markers intact."""

from __future__ import annotations

from kiosk.app.language import pseudo


def test_pseudo_keeps_placeholders_and_markers() -> None:
    text = pseudo("%n field(s) need correcting: %1 <b>now</b>\nthen")
    assert "%n" in text and "(s)" in text and "%1" in text and "<b>" in text and "\n" in text
    assert "fîéld" in text and "ñõw" in text


def test_pseudo_is_about_40_percent_longer() -> None:
    source = "Identify yourself for your electronic signature"
    assert 1.35 <= len(pseudo(source)) / len(source) <= 1.5
    assert pseudo("") == ""


def test_the_padding_wraps_like_words() -> None:
    long = pseudo("Hold your ID card to the back of your phone and enter the card's PIN. " * 2)
    assert long.endswith("~]")
    assert max(len(word) for word in long.split() if set(word) <= {"~", "]"}) <= 9
