"""The stylesheet's text colours against their backgrounds: at least 4.5:1 (WCAG 2.x, AA for
normal text), for every rule that sets a text colour or a background."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
QSS = ROOT / "resources" / "styles" / "kiosk.qss"
MINIMUM = 4.5
# Where a rule sets no background, its text may sit on the page or on a card.
PAGE, CARD = "#f4f5f7", "#ffffff"

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def rules() -> dict[str, dict[str, str]]:
    text = re.sub(r"/\*.*?\*/", "", QSS.read_text(encoding="utf-8"), flags=re.S)
    found: dict[str, dict[str, str]] = {}
    for selectors, body in RULE.findall(text):
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(declarations)
    return found


def colour(value: str | None) -> str | None:
    match = HEX.search(value or "")
    if match is None:
        return None
    digits = match.group(1)
    return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits).lower()


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ancestors(selector: str) -> list[str]:
    """The selector, then it without its last pseudo-state or property condition, and so on
    (``QPushButton[role="primary"]:disabled`` -> ``QPushButton[role="primary"]`` ->
    ``QPushButton`` -> ``QWidget``): where a state rule inherits what it does not set."""
    chain = [selector]
    while True:
        shorter = re.sub(r"(:{1,2}[\w-]+|\[[^\]]*\]|#[\w-]+)$", "", chain[-1])
        if shorter == chain[-1] or not shorter:
            break
        chain.append(shorter)
    if chain[-1] != "QWidget":
        chain.append("QWidget")
    return chain


def lookup(all_rules: dict[str, dict[str, str]], selector: str, *names: str) -> str | None:
    for candidate in ancestors(selector):
        for name in names:
            found = colour(all_rules.get(candidate, {}).get(name))
            if found is not None:
                return found
    return None


def pairs() -> list[tuple[str, str, str]]:
    all_rules = rules()
    found = []
    for selector, declarations in all_rules.items():
        if "::" in selector or " " in selector or ">" in selector:
            continue  # sub-controls and containers (drop-down arrows, scroll areas): no text
        if not ({"color", "background", "background-color"} & declarations.keys()):
            continue
        text = lookup(all_rules, selector, "color")
        assert text is not None, selector
        background = lookup(all_rules, selector, "background", "background-color")
        for behind in [background] if background else [PAGE, CARD]:
            found.append((selector, text, behind))
    return found


def test_the_stylesheet_has_text_colours_to_check() -> None:
    assert len(pairs()) > 20


def test_every_text_colour_meets_4_5_to_1() -> None:
    failing = [
        f"{selector}: {text} on {behind} is {contrast(text, behind):.2f}:1"
        for selector, text, behind in pairs()
        if contrast(text, behind) < MINIMUM
    ]
    assert failing == []


def test_the_contrast_formula() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48
