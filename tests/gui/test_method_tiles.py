"""The method choice as a decision aid (issue 14, item 5): a tile per method saying what the
customer needs and how long it takes; the presets first; the seven filters behind "More
filters" (collapsed by default, the number set shown on the button)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAccessible

from kiosk.srs import MethodType
from tests.gui.conftest import Kiosk
from tests.gui.flow import card, click, to_methods


def top(widget: object) -> int:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def test_a_tile_per_method_reads_at_a_glance(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    expected = {
        "IDENTITY.TM": (MethodType.VIDEO, "About 10–20 minutes", "camera and microphone"),
        "AUTHADA": (MethodType.EID, "A few minutes", "6-digit PIN"),
        "KLARNA": (MethodType.BANKIDENT, "A few minutes (at most 60 min)", "online banking"),
    }
    for issuer, (kind, duration, need) in expected.items():
        tile = card(kiosk, issuer)
        assert tile.pictogram.isVisible() and tile.pictogram.kind is kind
        assert tile.name.isVisible() and tile.name.text() == tile.method.name
        assert tile.duration.isVisible() and tile.duration.text() == duration
        assert tile.needs.isVisible() and need in tile.needs.text()
        assert tile.summary.text().startswith(issuer + " · ")
        # Read in that order: the name and duration, then the needs, then the facts.
        assert top(tile.name) < top(tile.duration) < top(tile.needs) < top(tile.summary)
        assert top(tile.summary) < top(tile.choose)
        # Every fact of the listing still reaches a screen reader.
        assert "Real time: yes" in tile.choose.accessibleDescription()


def test_tiles_sit_side_by_side_where_the_width_allows(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    tops = {top(tile) for tile in kiosk.window.methods.cards}
    assert len(tops) == 1  # 1280 px: one row of three
    kiosk.window.resize(800, 1100)
    kiosk.wait(lambda: len({top(t) for t in kiosk.window.methods.cards}) == 2)  # 2 + 1


def test_presets_first_and_the_filters_behind_more_filters(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    methods = kiosk.window.methods
    presets = list(methods.preset_buttons.values())
    assert all(top(p) < top(methods.more) for p in presets)
    assert not methods.filter_panel.isVisible()
    assert not any(f.isVisible() for f in methods.filters.values())
    assert methods.more.accessibleName() == "More filters"
    # A preset sets two filters: the collapsed button says so.
    click(kiosk, methods.preset_buttons["qes-ch"])
    kiosk.wait(lambda: [c.method.issuer for c in methods.cards] == ["IDENTITY.TM"])
    assert methods.more.accessibleName() == "More filters (2 set)"
    click(kiosk, methods.more)
    assert methods.filter_panel.isVisible() and all(f.isVisible() for f in methods.filters.values())
    # The filters keep their names (the screen reader's "Filter: Issuer", ...).
    assert [f.accessibleName() for f in methods.filters.values()] == [
        "Filter: Issuer",
        "Filter: Jurisdiction",
        "Filter: Level of assurance",
        "Filter: Method type",
        "Filter: Offline",
        "Filter: Web flow",
        "Filter: Real time",
    ]
    assert all(top(methods.more) < top(f) < top(methods.cards[0]) for f in methods.filters.values())
    webflow = methods.filters["webflow"]
    click(kiosk, methods.preset_buttons["all"])
    kiosk.wait(lambda: len(methods.cards) == 3)
    webflow.setCurrentIndex(webflow.findText("No"))
    kiosk.wait(lambda: [c.method.issuer for c in methods.cards] == ["AUTHADA"])
    assert methods.more.accessibleName() == "More filters (1 set)"
    # The next customer starts from the presets again.
    kiosk.ctl.wipe()
    assert not methods.more.isChecked() and not methods.filter_panel.isVisibleTo(methods)
    assert methods.more.accessibleName() == "More filters"


def _chosen_presets(kiosk: Kiosk) -> list[str]:
    """The presets shown as chosen, as a screen reader learns it (the checked state)."""
    chosen = []
    for key, preset in kiosk.window.methods.preset_buttons.items():
        state = QAccessible.queryAccessibleInterface(preset).state()
        assert state.checkable and state.checked == preset.isChecked()
        if preset.isChecked():
            chosen.append(key)
    return chosen


def test_the_chosen_preset_shows_and_the_next_customer_starts_at_the_top(kiosk: Kiosk) -> None:
    """The preset in use is shown as chosen ("All methods" until another is tapped; none where
    staff set other filters); at the wipe the choice and the scrolling start over. Was: no
    preset ever looked chosen, and the next customer's method screen kept the previous one's
    scroll position, the presets out of view."""
    kiosk.window.resize(1024, 768)
    to_methods(kiosk)
    methods = kiosk.window.methods
    assert _chosen_presets(kiosk) == ["all"]
    click(kiosk, methods.preset_buttons["qes-ch"])
    kiosk.wait(lambda: [c.method.issuer for c in methods.cards] == ["IDENTITY.TM"])
    assert _chosen_presets(kiosk) == ["qes-ch"]
    click(kiosk, methods.more)
    offline = methods.filters["offline"]
    offline.setCurrentIndex(offline.findText("No"))
    assert _chosen_presets(kiosk) == []  # other filters than a preset's
    offline.setCurrentIndex(offline.findText("Any"))
    assert _chosen_presets(kiosk) == ["qes-ch"]  # the preset's own again
    kiosk.ctl.wipe()
    assert _chosen_presets(kiosk) == ["all"]  # the next customer's choice starts over
    # The previous customer scrolled to the last tiles.
    to_methods(kiosk)
    scroll = methods.scroller.verticalScrollBar()
    kiosk.wait(lambda: scroll.maximum() > 0)
    scroll.setValue(scroll.maximum())
    click(kiosk, methods.cancel)  # the wipe
    kiosk.wait(lambda: kiosk.window.current is kiosk.window.attract)
    assert scroll.value() == 0  # at the wipe, not only once the next list has loaded
    to_methods(kiosk)
    assert _chosen_presets(kiosk) == ["all"]
    assert scroll.value() == 0
    assert top(methods.preset_buttons["all"]) < top(methods.cards[0])


def test_the_next_customer_gets_no_tiles_of_the_last_one(kiosk: Kiosk) -> None:
    """At the wipe the tiles go (they carried the last customer's language, and a tile pressed
    while the next list loaded was replaced under the finger: the press did nothing); the next
    visit shows "Loading" until its own list is in."""
    to_methods(kiosk, "fr")
    methods = kiosk.window.methods
    assert {c.customer_language for c in methods.cards} == {"fr"}
    click(kiosk, methods.cancel)  # the wipe
    kiosk.wait(lambda: kiosk.window.current is kiosk.window.attract)
    assert methods.cards == []
    assert not methods.state.text()  # not the last list's "3 methods match"
    click(kiosk, kiosk.window.attract.languages["de"])
    click(kiosk, kiosk.window.attract.start)
    assert methods.cards == [] and methods.busy.isVisible()
    assert methods.state.text()  # loading, said at once
    kiosk.wait(lambda: bool(methods.cards))
    assert {c.customer_language for c in methods.cards} == {"de"}
