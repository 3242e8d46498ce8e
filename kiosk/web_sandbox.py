"""What the web engine (QtWebEngine, Chromium) is started with, decided before Qt starts.

The sandbox: Chromium refuses to start it as root and then kills the process without a word,
so a person gets a sentence instead of a silent exit.

The switches: Chromium obeys switches from ``QTWEBENGINE_CHROMIUM_FLAGS`` (or, without it, the
application's command line after ``--webEngineArgs``). Some of them undo the kiosk's lock-down
(remote control, any certificate accepted, the camera for every page, ...): the kiosk refuses
to start with any of them, and shows no customer page if one is found later. The switches are
read as Qt and Chromium read them, and then some (see :func:`engine_words`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

FLAG = "QTWEBENGINE_DISABLE_SANDBOX"
CHROMIUM_FLAGS = "QTWEBENGINE_CHROMIUM_FLAGS"
REMOTE_DEBUGGING = "QTWEBENGINE_REMOTE_DEBUGGING"  # Qt's own way to open remote debugging

ROOT_MESSAGE = (
    "the kiosk is running as root, where the web engine's sandbox cannot run. Run it as a "
    f"normal user (recommended), or set {FLAG}=1 to accept running web pages unsandboxed."
)


def blocked_as_root() -> bool:
    """True when the web engine would die at start: root on Linux without the opt-out."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and os.environ.get(FLAG) != "1"
    )


def allow_for_own_pages() -> None:
    """For commands that load only pages we serve ourselves on loopback (the readiness probe,
    the screenshot run, the self-test): running them unsandboxed as root is an acceptable
    trade, unlike the kiosk itself, which shows the identification providers' pages."""
    if blocked_as_root():
        os.environ[FLAG] = "1"


# -- switches that undo the lock-down --------------------------------------------------------

_REMOTE = "another program could watch and control the customer's page"
_CERTIFICATES = "pages with false or broken certificates would be accepted"
_MEDIA = "every page would get the camera and microphone without asking"
_CAPTURE = "pages could capture the screen without asking"
_ORIGINS = "pages could read other sites' data"
_INSECURE = "plain, unencrypted HTTP would be treated as secure"
_FILES = "pages could read the terminal's files"
_DISK = "browser data would stay on disk from one customer to the next"
_SANDBOX = "web pages would run without the sandbox"
_HOSTS = "site names could lead to other servers"

# Switch names (as Chromium keys them: no leading dashes, no value) and why each is refused.
# Kept: --use-fake-device-for-media-stream (the tests' camera; it grants nothing by itself).
_REFUSED: dict[str, str] = {
    "remote-debugging-port": _REMOTE,
    "remote-debugging-pipe": _REMOTE,
    "remote-debugging-address": _REMOTE,
    "remote-debugging-socket-name": _REMOTE,
    "remote-allow-origins": _REMOTE,
    "auto-open-devtools-for-tabs": _REMOTE,
    "ignore-certificate-errors": _CERTIFICATES,
    "ignore-certificate-errors-spki-list": _CERTIFICATES,
    "ignore-urlfetcher-cert-requests": _CERTIFICATES,
    "allow-insecure-localhost": _CERTIFICATES,
    "use-fake-ui-for-media-stream": _MEDIA,
    "auto-accept-camera-and-microphone-capture": _MEDIA,
    "auto-select-desktop-capture-source": _CAPTURE,
    "auto-accept-this-tab-capture": _CAPTURE,
    "auto-select-tab-capture-source-by-title": _CAPTURE,
    "disable-web-security": _ORIGINS,
    "disable-site-isolation-trials": _ORIGINS,
    "allow-running-insecure-content": _INSECURE,
    "unsafely-treat-insecure-origin-as-secure": _INSECURE,
    "allow-file-access-from-files": _FILES,
    "user-data-dir": _DISK,
    "single-process": _SANDBOX,
    "renderer-cmd-prefix": _SANDBOX,
    "host-resolver-rules": _HOSTS,
    "host-rules": _HOSTS,
}
# Whole families, by the start of the name (new members appear with Chromium versions).
_REFUSED_FAMILIES: dict[str, str] = {
    "remote-debugging": _REMOTE,
    "ignore-certificate-errors": _CERTIFICATES,
}
# The sandbox switches: the same as the documented opt-out FLAG=1 (training as root), and
# accepted only together with it.
_SANDBOX_SWITCHES = frozenset(
    {
        "no-sandbox",
        "disable-setuid-sandbox",
        "disable-namespace-sandbox",
        "disable-seccomp-filter-sandbox",
        "disable-gpu-sandbox",
    }
)


class UnsafeSwitch(NamedTuple):
    """One refused switch: the word as given, where it was found, and why it is refused."""

    word: str
    source: str  # CHROMIUM_FLAGS, REMOTE_DEBUGGING, or "the command line"
    reason: str

    def describe(self) -> str:
        return f"{self.word} (in {self.source}): {self.reason}"


def qt_split(flags: str) -> list[str]:
    """``QTWEBENGINE_CHROMIUM_FLAGS`` cut into words as Qt WebEngine does: at spaces; a double
    quote opens or closes a quoted part (the quote itself dropped) whose spaces stay in the
    word, so ``"--a b"`` and ``--"a"`` are one word each. There are no escapes."""
    words: list[str] = []
    word, quoted, started = "", False, False
    for char in flags:
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                words.append(word)
            word, started = "", False
        else:
            word, started = word + char, True
    if word:
        words.append(word)
    return words


def engine_words(flags: str) -> list[str]:
    """Every word the engine could take as a switch: Qt's reading, and (to fail closed where
    readings differ) one that also cuts at tabs and line breaks and ignores every quote."""
    loose = flags.replace('"', " ").replace("'", " ").split()
    return [*qt_split(flags), *loose]


def switch_name(word: str) -> str | None:
    """The switch a word sets, as Chromium keys it (``--name=value``, ``-name``, and on
    Windows ``/name``): the name, lower-cased (Chromium keeps case on Linux, lowers it on
    Windows: either way refused). None for a word that is no switch."""
    if not word.startswith(("-", "/")):
        return None
    name = word.lstrip("-/").partition("=")[0].strip()
    return name.lower() if name.isascii() and name else None


def _reason(name: str, environ: Mapping[str, str]) -> str | None:
    if name in _SANDBOX_SWITCHES:
        return (
            None
            if environ.get(FLAG) == "1"
            else (
                f"{_SANDBOX} (set {FLAG}=1 instead, only where the documented root case needs it)"
            )
        )
    if name in _REFUSED:
        return _REFUSED[name]
    return next((why for start, why in _REFUSED_FAMILIES.items() if name.startswith(start)), None)


def _found(words: Iterable[str], source: str, environ: Mapping[str, str]) -> list[UnsafeSwitch]:
    found: list[UnsafeSwitch] = []
    for word in words:
        name = switch_name(word)
        why = _reason(name, environ) if name else None
        if why and all(f.word != word for f in found):
            found.append(UnsafeSwitch(word, source, why))
    return found


def unsafe_engine_switches(environ: Mapping[str, str], argv: Sequence[str]) -> list[UnsafeSwitch]:
    """The switches in the environment or on the command line that the web engine would obey
    and that undo the lock-down. Every word of the command line counts, whether or not Qt
    passes it on (it does only after ``--webEngineArgs``, and not when the variable is set)."""
    found = (
        [UnsafeSwitch(REMOTE_DEBUGGING, "the environment", _REMOTE)]
        if environ.get(REMOTE_DEBUGGING)
        else []
    )
    found += _found(engine_words(environ.get(CHROMIUM_FLAGS, "")), CHROMIUM_FLAGS, environ)
    found += _found(argv[1:], "the command line", environ)
    return found


def unsafe_message(switches: Sequence[UnsafeSwitch]) -> str:
    """For the command line: which switches, where, why, and what to do."""
    listed = "; ".join(s.describe() for s in switches)
    return (
        f"the web engine would start with settings that undo the kiosk's lock-down: "
        f"{listed}. Remove them and start the kiosk again."
    )
