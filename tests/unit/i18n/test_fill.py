"""One function fills the placeholders of translated texts (kiosk.i18n.fill); nothing else in
the kiosk does it by hand."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.i18n import fill

KIOSK = Path(__file__).resolve().parents[3] / "kiosk"


def test_placeholders_are_filled_in_one_pass() -> None:
    # An argument holding a placeholder of its own stays as it came (a Ref-ID, a server text).
    filled = fill("Could not cancel %1: %2", "ref-%2", "timeout")
    assert filled == "Could not cancel ref-%2: timeout"
    # A translation may put the arguments in another order.
    assert fill("%2 – %1", "first", "second") == "second – first"


def test_ten_and_more_arguments_are_not_read_as_the_first() -> None:
    args = [f"a{i}" for i in range(1, 12)]
    assert fill("%1 %10 %11", *args) == "a1 a10 a11"


def test_a_placeholder_without_its_argument_stays() -> None:
    assert fill("%1 of %3", "x") == "x of %3"
    assert fill("%0 and 100%", "x") == "%0 and 100%"
    assert fill("100%") == "100%"


def test_no_text_is_filled_by_hand() -> None:
    # Over the whole file: the formatter wraps a long call, its "%1" then on the next line.
    by_hand = re.compile(r"""\.replace\(\s*["']%\d""")
    offenders = [
        f"{path.relative_to(KIOSK.parent)}:{text.count(chr(10), 0, found.start()) + 1}"
        for path in sorted(KIOSK.rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for found in by_hand.finditer(text)
    ]
    assert offenders == [], "use kiosk.i18n.fill for %1 placeholders: " + ", ".join(offenders)
