"""The on-screen keyboard on a real X display (Xvfb, no window manager, xcb), tapped from
outside with xdotool as a finger would: a field that takes the focus brings it up, its keys
type into the field (letters in the customer's language, the dial pad, the date's digits, any
symbol of a password into a web page, any accented letter of a name), the field stays above it,
and with ``[kiosk] on_screen_keyboard = false`` there is none.

The kiosk runs as ``tests.gui.keyboard_app`` (the real window, flow, services and training
backend, taken to the data form), which reports what cannot be seen from outside (the focused
field, its text, where the keys are) as JSON lines."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import string
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.ui.keyboard import ACCENT_ROWS, SYMBOL_ROWS, Layer
from tests.gui.x11 import X_TOOLS, XServer, kill_group, kiosk_env, need_tools, session_bus, xvfb

KEYBOARD_BACKGROUND = QColor("#2b3138")
SIZE = (1280, 800)


@dataclass
class Harness:
    process: subprocess.Popen[bytes]
    server: XServer
    out: Path
    commands: IO[bytes]

    def state(self) -> dict[str, Any]:
        lines = self.out.read_text(encoding="utf-8").strip().splitlines()
        return json.loads(lines[-1]) if lines else {}

    def wait_for(
        self, probe: Callable[[dict[str, Any]], bool], what: str, timeout: float = 120
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"the kiosk ended while waiting for {what}")
            state = self.state()
            if state and probe(state):
                return state
            if time.monotonic() > deadline:
                raise TimeoutError(f"gave up waiting for {what}; last: {state}")
            time.sleep(0.1)

    def send(self, line: str) -> None:
        self.commands.write(f"{line}\n".encode())
        self.commands.flush()

    def tap(self, key: str) -> None:
        """A tap on the key that types ``key`` (or named so: space, enter, shift ...)."""
        x, y, w, h = self.state()["keys"][key]
        self.server.tool("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
        time.sleep(0.15)

    def type(self, text: str) -> None:
        for ch in text:
            self.tap("space" if ch == " " else ch)

    def type_anything(self, text: str) -> None:
        """Types ``text`` as a customer would: the symbols or accents page where the letters
        lack a character, shift for a capital the keyboard does not give by itself."""
        for ch in text:
            name = "space" if ch == " " else ch.lower()
            keys = self.state()["keys"]
            if name not in keys:
                layer = next(
                    layer
                    for layer in (Layer.SYMBOLS, Layer.ACCENTS, Layer.LETTERS)
                    if layer.value in keys and name in _LAYER_KEYS.get(layer, name)
                )
                self.tap(layer.value)
                self.wait_for(lambda s, n=name: n in s["keys"], f"the page with {name}")
            if ch.isalpha() and (ch != ch.lower()) != self.state()["shift"]:
                self.tap("shift")
                self.wait_for(lambda s, c=ch: s["shift"] == (c != c.lower()), "shift")
            self.tap(name)

    def click(self, rect: list[int]) -> None:
        """One tap in the middle of ``rect`` (a button, a field)."""
        x, y, w, h = rect
        self.server.tool("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1")

    def tap_page_input(self, name: str) -> None:
        """A tap in the page's input ``name`` until the page says it has the focus; first,
        where the keys cover it, the page scrolled up as a finger would (the wheel here).

        A customer whose tap did nothing taps again, and so does this: on a busy machine (a
        full CI run) Chromium once dropped the first tap on a page just shown, or the tap went
        where a report a moment old had placed the input."""
        for _ in range(3):
            x, y, w, h = self._page_input_above_keys(name)
            self.server.tool("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
            with contextlib.suppress(TimeoutError):
                self.wait_for(lambda s: s["page"]["focused"] == name, f"the page's {name}", 20)
                return
        raise AssertionError(f"three taps in the page's {name} gave it no focus")

    def _page_input_above_keys(self, name: str) -> list[int]:
        for _ in range(20):
            state = self.state()
            x, y, w, h = state["page"]["inputs"][name]
            keyboard = state["keyboard"]
            if keyboard is None or y + h <= keyboard[1]:
                return [x, y, w, h]
            self.server.tool(
                "xdotool", "mousemove", str(x + w // 2), str(keyboard[1] - 20), "click", "5"
            )
            # The page's answer comes a report or two later (later still on a busy machine):
            # read the next step from where the scroll put the input, not from a stale place.
            self.wait_for(
                lambda s, top=y: s["keyboard"] is None or s["page"]["inputs"][name][1] != top,
                f"the page scrolled to its {name}",
            )
        raise AssertionError(f"the page's {name} stays under the keyboard")


_LAYER_KEYS = {
    Layer.SYMBOLS: "1234567890" + "".join(SYMBOL_ROWS),
    Layer.ACCENTS: "".join(ACCENT_ROWS),
}


@contextlib.contextmanager
def kiosk(server: XServer, home: Path, *args: str) -> Iterator[Harness]:
    out = home / "keyboard.jsonl"
    log = home / "kiosk.log"
    with contextlib.ExitStack() as stack:
        bus = stack.enter_context(session_bus())
        with out.open("wb") as sink, log.open("wb") as errors:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.gui.keyboard_app", *args],
                env=kiosk_env(home, server.display, **bus),
                stdin=subprocess.PIPE,
                stdout=sink,
                stderr=errors,
                start_new_session=True,
                cwd=Path(__file__).parents[2],
            )
        assert process.stdin is not None
        try:
            yield Harness(process, server, out, process.stdin)
        finally:
            with contextlib.suppress(BrokenPipeError):
                process.stdin.close()
            kill_group(process, signal.SIGKILL)


def _above(shown: list[int], keyboard: list[int]) -> bool:
    """The whole field is shown, above the keyboard's top edge."""
    return shown[1] + shown[3] <= keyboard[1]


def _keyboard_painted(server: XServer, shot: Path) -> bool:
    image = QImage(str(server.screenshot(shot)))
    return image.pixelColor(4, image.height() - 4) == KEYBOARD_BACKGROUND


def test_typing_on_the_keyboard_fills_the_fields_it_keeps_in_view(tmp_path: Path) -> None:
    need_tools(*X_TOOLS)
    with xvfb(SIZE) as server, kiosk(server, tmp_path, "--language", "en") as app:
        # The data form puts the focus in its first field: the keyboard comes up with it.
        state = app.wait_for(
            lambda s: s["focus"] == "first_name" and bool(s["keys"]),
            "the keyboard for the first name",
        )
        assert state["window"] == [0, 0, *SIZE]
        keyboard = state["keyboard"]
        assert keyboard[1] + keyboard[3] == SIZE[1] and keyboard[2] == SIZE[0]
        assert _above(state["shown"], keyboard)
        assert "q" in state["keys"] and "z" in state["keys"]  # English: QWERTY
        assert _keyboard_painted(server, tmp_path / "letters.png")

        app.type("anna lena")  # a capital to start each name
        app.wait_for(lambda s: s["text"] == "Anna Lena", "the typed first names")
        app.tap("backspace")
        app.wait_for(lambda s: s["text"] == "Anna Len", "one letter deleted")

        # The e-mail field is below the keyboard's top when the form is not scrolled.
        app.send("focus email")
        state = app.wait_for(lambda s: s["focus"] == "email", "the e-mail field")
        assert "@" in state["keys"] and "space" not in state["keys"]
        state = app.wait_for(
            lambda s: _above(s["shown"], s["keyboard"]),
            "the e-mail field scrolled above the keyboard",
        )
        assert state["shown"] == state["field"]  # all of it
        app.type("anna@example.ch")
        app.wait_for(lambda s: s["text"] == "anna@example.ch", "the typed address")  # no capital

        # The mobile number: the dial pad.
        app.send("focus mobile")
        state = app.wait_for(lambda s: s["focus"] == "mobile" and "+" in s["keys"], "the pad")
        assert "q" not in state["keys"]
        app.type("+41 79")
        app.wait_for(lambda s: s["text"] == "+41 79", "the typed number")
        server.screenshot(tmp_path / "dial-pad.png")

        # The date of birth: digits; the separator moves on to the next part.
        app.send("focus dob")
        state = app.wait_for(lambda s: s["focus"] == "dob" and "." in s["keys"], "the digits")
        # Part by part, each once it has the focus: a part that takes the focus selects its
        # text a moment later, and taps a busy kiosk reads in one burst with the focus change
        # would be selected and replaced.
        for part, typed in (("day", "12."), ("month", "08."), ("year", "1964")):
            app.wait_for(lambda s, p=part: str(s["widget"]).endswith(p), f"the {part}")
            app.type(typed)
        state = app.wait_for(lambda s: s["text"] == "1964", "the year typed last")
        assert _above(state["shown"], state["keyboard"])

        # The hide key: the keyboard goes until the next field.
        app.tap("hide")
        app.wait_for(lambda s: s["keyboard"] is None, "the keyboard hidden")


def test_one_tap_on_next_while_the_keys_are_up(tmp_path: Path) -> None:
    """The tap on Next takes the focus from the field at the press; the keys stay until the
    finger is lifted (hiding them at the press moved Next from under the finger: the first tap
    was lost). One tap: the consent screen."""
    need_tools(*X_TOOLS)
    with xvfb(SIZE) as server, kiosk(server, tmp_path, "--language", "en") as app:
        app.wait_for(lambda s: s["focus"] == "first_name" and bool(s["keys"]), "the keyboard")
        app.send("fill")
        app.wait_for(lambda s: s["focus"] == "first_name" and s["text"] == "", "the form filled")
        app.type("erika")
        state = app.wait_for(lambda s: s["text"] == "Erika", "the typed first name")
        next_button, keyboard = state["buttons"]["next"], state["keyboard"]
        assert next_button[1] + next_button[3] <= keyboard[1]  # above the keys
        app.click(next_button)
        app.wait_for(lambda s: s["stage"] == "consent", "the consent screen after one tap")
        app.wait_for(lambda s: s["keyboard"] is None, "the keyboard gone after the tap")


def test_settings_save_at_the_first_tap_and_errors_go_when_fixed(tmp_path: Path) -> None:
    """Settings with the keys up: one tap on Save saves (or marks the fields); a field's error
    goes as soon as its value is corrected, before the next Save."""
    need_tools(*X_TOOLS)
    with xvfb(SIZE) as server, kiosk(server, tmp_path, "--language", "en") as app:
        app.wait_for(lambda s: s["focus"] == "first_name", "the data form")
        app.send("settings")
        # The settings open with no field focused (no keys over the screen until a tap).
        state = app.wait_for(lambda s: "api_url" in s["setting_fields"], "the settings")
        assert state["keyboard"] is None
        app.click(state["setting_fields"]["api_url"])
        state = app.wait_for(
            lambda s: s["setting"] == "api_url" and bool(s["keys"]), "the settings' keyboard"
        )
        app.type("x")  # one SRS field of four: all four are marked
        state = app.wait_for(lambda s: s["settings"]["api_url"] == "x", "the typed address")
        app.click(state["buttons"]["save"])
        state = app.wait_for(lambda s: "api_url" in s["problems"], "Save's problems at one tap")
        assert "token_url" in state["problems"]
        assert state["keyboard"] is None
        app.click(state["setting_fields"]["api_url"])
        app.wait_for(lambda s: s["setting"] == "api_url" and bool(s["keys"]), "the keys again")
        app.tap("backspace")  # empty again: training mode, no problem left
        state = app.wait_for(lambda s: not s["problems"], "the errors gone with the fix")
        app.click(state["buttons"]["save"])
        app.wait_for(lambda s: "config.toml" in s["message"], "saved at one tap")  # "Saved to …"


@pytest.mark.parametrize(
    "size", [(1024, 768), (1920, 1080), (1080, 1920)], ids=lambda size: f"{size[0]}x{size[1]}"
)
def test_every_field_stays_above_the_keyboard_at_every_screen_size(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    need_tools(*X_TOOLS)
    with xvfb(size) as server, kiosk(server, tmp_path) as app:
        state = app.wait_for(
            lambda s: s["focus"] == "first_name" and bool(s["keys"]), "the keyboard"
        )
        assert state["window"] == [0, 0, *size]
        keyboard = state["keyboard"]
        assert keyboard[1] + keyboard[3] == size[1]
        assert 5 * 56 <= keyboard[3] <= size[1] // 2  # five rows of keys; half the screen
        for name in (
            "last_name",
            "dob",
            "place_of_birth",
            "nationality",
            "mobile",
            "email",
            "country",
            "first_name",
        ):
            app.send(f"focus {name}")
            state = app.wait_for(
                lambda s, n=name: (
                    s["focus"] == n
                    and s["keyboard"] is not None
                    and s["shown"] == s["field"]
                    and _above(s["shown"], s["keyboard"])
                ),
                f"{name} shown above the keyboard",
            )
            assert state["keyboard"][3] >= 4 * 56, name  # the digits: four rows
        app.send("focus email")
        app.wait_for(
            lambda s: s["focus"] == "email" and _above(s["shown"], s["keyboard"]),
            "the e-mail field",
        )
        server.screenshot(tmp_path / "email.png")


def test_a_web_pages_inputs_get_the_keyboard(tmp_path: Path) -> None:
    """Klarna's bank login in the kiosk's web view (staff opened it here): a tap in the page's
    user name, then its password input (the web view turns input methods off for it) brings
    the keys, which type into the page; the view ends above the keys."""
    need_tools(*X_TOOLS)
    with xvfb(SIZE) as server, kiosk(server, tmp_path) as app:
        app.wait_for(lambda s: s["focus"] == "first_name", "the data form")
        app.send("web")
        app.wait_for(lambda s: "password" in s["page"]["inputs"], "the bank login")
        for name, typed in (("user", "eva"), ("password", "x7k")):
            app.tap_page_input(name)
            # The input's focus first (until then the keys may still be the last input's); its
            # place in the page comes a report later than the keys' (a script's answer).
            app.wait_for(
                lambda s, n=name: s["page"]["focused"] == n and bool(s["keys"]),
                f"the keyboard for {name}",
            )
            app.wait_for(
                lambda s, n=name: (
                    s["keyboard"] is not None
                    and s["page"]["inputs"][n][1] + s["page"]["inputs"][n][3] <= s["keyboard"][1]
                ),
                f"the page's {name} above the keyboard",
            )
            app.type(typed)
            app.wait_for(
                lambda s, n=name, t=typed: s["page"]["values"].get(n) == t,
                f"{typed} typed into the page's {name}",
            )
        server.screenshot(tmp_path / "web-page.png")


def test_a_password_with_every_symbol_into_a_web_page(tmp_path: Path) -> None:
    """The bank's password may hold any printable character: the symbols page types each
    into the page's password input (and the accents page a letter the language lacks)."""
    need_tools(*X_TOOLS)
    password = "Pa55" + string.punctuation + "€ë"
    with xvfb(SIZE) as server, kiosk(server, tmp_path, "--language", "en") as app:
        app.wait_for(lambda s: s["focus"] == "first_name", "the data form")
        app.send("web")
        app.wait_for(lambda s: "password" in s["page"]["inputs"], "the bank login")
        app.tap_page_input("user")
        app.wait_for(lambda s: bool(s["keys"]), "the keyboard")
        app.tap_page_input("password")
        app.wait_for(lambda s: s["page"]["focused"] == "password", "the password input")
        app.tap(Layer.SYMBOLS.value)
        app.wait_for(lambda s: "#" in s["keys"], "the symbols")
        server.screenshot(tmp_path / "symbols.png")
        app.type_anything(password)
        app.wait_for(
            lambda s: s["page"]["values"].get("password") == password, "the password typed"
        )


def test_an_accented_name_in_english(tmp_path: Path) -> None:
    """The customer reads English, the ID document says Zoë Núñez-Müller."""
    need_tools(*X_TOOLS)
    with xvfb(SIZE) as server, kiosk(server, tmp_path, "--language", "en") as app:
        state = app.wait_for(
            lambda s: s["focus"] == "first_name" and bool(s["keys"]), "the keyboard"
        )
        assert "y" in state["keys"] and "ë" not in state["keys"]  # English QWERTY
        app.type_anything("Zoë")
        app.wait_for(lambda s: s["text"] == "Zoë", "the first name")
        app.send("focus last_name")
        app.wait_for(lambda s: s["focus"] == "last_name" and "q" in s["keys"], "the letters")
        app.tap(Layer.ACCENTS.value)
        app.wait_for(lambda s: "ñ" in s["keys"], "the accents")
        server.screenshot(tmp_path / "accents.png")
        app.type_anything("Núñez-Müller")
        app.wait_for(lambda s: s["text"] == "Núñez-Müller", "the last name")


def test_the_keys_follow_the_customers_language(tmp_path: Path) -> None:
    need_tools(*X_TOOLS)
    with xvfb(SIZE) as server, kiosk(server, tmp_path, "--language", "de") as app:
        state = app.wait_for(lambda s: bool(s["keys"]), "the keyboard")
        assert {"z", "ü", "ö", "ä"} <= set(state["keys"])  # Swiss QWERTZ
        assert "ô" not in state["keys"]
        app.type("zürich")
        app.wait_for(lambda s: s["text"] == "Zürich", "the typed umlaut")
        app.send("language fr")
        app.send("focus last_name")
        state = app.wait_for(
            lambda s: s["focus"] == "last_name" and "ô" in s["keys"], "the French keys"
        )
        app.type("lefèvre-côté")
        app.wait_for(lambda s: s["text"] == "Lefèvre-Côté", "the typed accents")
        server.screenshot(tmp_path / "french.png")


def test_no_keyboard_when_the_setting_is_off(tmp_path: Path) -> None:
    need_tools(*X_TOOLS)
    with xvfb(SIZE) as server, kiosk(server, tmp_path, "--keyboard", "off") as app:
        app.wait_for(lambda s: s["focus"] == "first_name", "the data form")
        time.sleep(0.5)
        assert app.state()["keyboard"] is None
        assert not _keyboard_painted(server, tmp_path / "off.png")
        # Staff switch it on in the settings: the next field has it, no restart.
        app.send("keyboard on")
        app.send("focus last_name")
        app.wait_for(
            lambda s: s["focus"] == "last_name" and s["keyboard"] is not None,
            "the keyboard switched on",
        )


@pytest.fixture(autouse=True)
def _keep_screenshots(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[None]:
    """KIOSK_TEST_SHOTS=DIR keeps the screenshots for a look."""
    yield
    keep = os.environ.get("KIOSK_TEST_SHOTS")
    if keep:
        for png in tmp_path.glob("*.png"):
            shutil.copy(png, Path(keep) / f"{request.node.name}-{png.name}")
