"""The Linux bundle's diet (issue #16 item 8): ICU's data cut to the kiosk's languages still
answers what Qt asks of it, and a built bundle (``make package``, dist/srs-kiosk) stays within
its size, takes from the system only the desktop's libraries and passes its self-test."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from PySide6 import QtCore

from kiosk.selftest import STEPS
from tests.gui.x11 import need_tools, xvfb

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "srs-kiosk"
QT = Path(QtCore.__file__).parent / "Qt"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")


def _packaging_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


icu_data = _packaging_module("icu_data")
bundle_check = _packaging_module("bundle_check")
smoke = _packaging_module("smoke_test")


def _run_python(script: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# -- ICU's data -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "qt", "chromium"),
    [
        ("icudt73l/de_CH.res", True, True),
        ("icudt73l/coll/fr.res", True, True),
        ("icudt73l/zone/it_CH.res", True, True),
        ("icudt73l/curr/en_150.res", False, True),  # Qt formats currencies itself
        ("icudt73l/coll/sv.res", False, False),
        ("icudt73l/zh_Hant_TW.res", False, False),
        ("icudt73l/root.res", True, True),
        ("icudt73l/coll/res_index.res", True, True),
        ("icudt73l/pool.res", True, True),
        ("icudt73l/coll/ucadata.icu", True, True),
        ("icudt73l/zoneinfo64.res", True, True),
        ("icudt73l/supplementalData.res", True, True),
        ("icudt73l/plurals.res", True, True),  # 7 letters: no language code
        ("icudt73l/brkitr/cjdict.dict", False, False),
        ("icudt73l/brkitr/line.brk", False, True),
        ("icudt73l/ibm-943_P15A-2003.cnv", False, True),
        ("icudt73l/cnvalias.icu", True, True),
        ("icudt73l/unames.icu", False, True),
    ],
)
def test_which_items_stay(name: str, qt: bool, chromium: bool) -> None:
    assert icu_data.wanted_item(name, unused=icu_data.QT_UNUSED) is qt
    assert icu_data.wanted_item(name, unused=icu_data.CHROMIUM_UNUSED) is chromium


def test_a_package_is_rewritten_as_read() -> None:
    blob = (QT / "resources" / "icudtl.dat").read_bytes()
    assert icu_data.write_package(icu_data.read_package(blob)) == blob


def test_chromium_data_keeps_the_four_languages(tmp_path: Path) -> None:
    data = tmp_path / "icudtl.dat"
    shutil.copyfile(QT / "resources" / "icudtl.dat", data)
    icu_data.trim_data_file(data)
    names = {name.partition("/")[2] for name, _ in icu_data.read_package(data.read_bytes()).items}
    assert {
        "de.res",
        "fr_CH.res",
        "it.res",
        "en_GB.res",
        "coll/de.res",
        "zone/fr.res",
        "brkitr/line.brk",
        "root.res",
    } <= names
    assert not {"ja.res", "coll/zh.res", "brkitr/cjdict.dict", "zone/ru.res"} & names
    assert data.stat().st_size < 4_000_000  # from 10.5 MB


_PROBE = """
    import functools
    from PySide6.QtCore import QCoreApplication, QCollator, QDateTime, QLocale, QTimeZone
    app = QCoreApplication([])
    words = ["Zebra", "Äpfel", "apfel", "Öl", "école", "Ecole", "zèbre", "ångström", "Ähre"]
    zurich = QTimeZone(b"Europe/Zurich")
    winter = QDateTime.fromString("2026-01-15T12:00:00Z", "yyyy-MM-ddTHH:mm:ssZ")
    for name in ("de_CH", "fr_CH", "it_CH", "en_GB", "sv_SE"):
        locale = QLocale(name)
        collator = QCollator(locale)
        print(name, sorted(words, key=functools.cmp_to_key(collator.compare)),
              locale.toUpper("straße i"), zurich.displayName(winter, QTimeZone.LongName, locale))
"""


def test_qt_reads_the_same_from_the_trimmed_library(tmp_path: Path) -> None:
    """Collation, case mapping and time-zone names of the four languages come out as with
    the wheel's full data; Swedish, whose collation is gone, sorts by the root rules."""
    library = tmp_path / "libicudata.so.73"
    shutil.copyfile(QT / "lib" / "libicudata.so.73", library)
    icu_data.trim_data_library(library)
    assert library.stat().st_size < 4_000_000  # from 32 MB
    full = _run_python(_PROBE).splitlines()
    trimmed = _run_python(_PROBE, env={**os.environ, "LD_PRELOAD": str(library)}).splitlines()
    assert trimmed[:4] == full[:4]
    assert "Mitteleuropäische Normalzeit" in trimmed[0]
    assert trimmed[4] != full[4]  # sv_SE: proof that the trimmed data was the one read


# -- what the system provides ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "from_system"),
    [
        ("libssl.so.3", True),
        ("libcrypto.so.3", True),
        ("libgssapi_krb5.so.2", True),
        ("libkrb5.so.3", True),
        ("libk5crypto.so.3", True),
        ("libcom_err.so.2", True),
        ("libQt6FFmpegStub-ssl.so.3", False),  # Qt's stubs, which load the system's OpenSSL
        ("libQt6FFmpegStub-crypto.so.3", False),
        ("libnss3.so", True),
        ("libsoftokn3.so", True),  # NSS loads it from its own folder
        ("libnspr4.so", True),
        ("libsqlite3.so.0", False),  # the journal's SQLite comes with Python
        ("libxkbfile.so.1", False),
    ],
)
def test_security_libraries_are_the_systems(name: str, from_system: bool) -> None:
    assert bool(bundle_check.DESKTOP_LIBRARIES.fullmatch(name)) is from_system


def _compile_library(source: Path, output: Path, *link: str) -> None:
    compiler = next(name for name in ("cc", "gcc", "clang") if shutil.which(name))
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", str(output), str(source), *link],
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(not icu_data.can_trim_data_library(), reason="needs a C compiler")
def test_ldd_names_a_system_library_this_machine_lacks(tmp_path: Path) -> None:
    """A bundled library that needs one the machine lacks (here: built, linked, then deleted)
    fails the check, with the library that needs it."""
    internal = tmp_path / "bundle" / "_internal"
    internal.mkdir(parents=True)
    (tmp_path / "gone.c").write_text("int gone(void) { return 1; }\n", encoding="utf-8")
    (tmp_path / "user.c").write_text(
        "int gone(void);\nint user(void) { return gone(); }\n", encoding="utf-8"
    )
    _compile_library(tmp_path / "gone.c", tmp_path / "libsrsgone.so")
    _compile_library(tmp_path / "user.c", internal / "libsrsuser.so", f"-L{tmp_path}", "-lsrsgone")
    assert bundle_check.unresolved_here(tmp_path / "bundle") == {
        "libsrsgone.so": ["_internal/libsrsuser.so"]
    }
    problems = bundle_check.problems(tmp_path / "bundle")
    assert (
        "needs libsrsgone.so from the system, which this machine lacks (needed by "
        "_internal/libsrsuser.so)" in problems
    )

    (tmp_path / "libsrsgone.so").rename(internal / "libsrsgone.so")  # bundled after all
    assert bundle_check.unresolved_here(tmp_path / "bundle") == {}


# -- the built bundle -------------------------------------------------------------------------


def _bundle_state() -> str | None:
    """Why the bundle cannot be tested (None: it can): absent, or older than the sources it
    was built from."""
    executable = BUNDLE / "srs-kiosk"
    if not executable.exists():
        return "no bundle: make package"
    built = executable.stat().st_mtime
    sources = [
        *(ROOT / "kiosk").rglob("*.py"),
        *(ROOT / "packaging").rglob("*.py"),
        *(ROOT / "packaging").rglob("*.spec"),
    ]
    if any(path.stat().st_mtime > built for path in sources):
        return "the bundle is older than kiosk/ or packaging/: make package"
    return None


needs_bundle = pytest.mark.skipif(_bundle_state() is not None, reason=str(_bundle_state()))


@needs_bundle
def test_bundle_size_and_system_libraries() -> None:
    assert bundle_check.problems(BUNDLE) == []
    assert bundle_check.size_bytes(BUNDLE) < bundle_check.SIZE_LIMIT_MB * bundle_check.MB


@needs_bundle
def test_bundle_takes_security_libraries_from_the_system_and_carries_no_wayland() -> None:
    files = [path.relative_to(BUNDLE).as_posix() for path in BUNDLE.rglob("*")]
    assert not [
        name
        for name in files
        if re.search(r"/lib(ssl|crypto|nss|nspr|softokn|freebl|\w*krb5)[^/]*$|wayland", name, re.I)
    ]
    assert (
        BUNDLE / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ).exists()


_TEST_ONLY = ("QT_QPA_PLATFORM", "QTWEBENGINE_DISABLE_SANDBOX", "QTWEBENGINE_CHROMIUM_FLAGS")


def _step_details(stdout: str) -> dict[str, str]:
    """Each passed step of a self-test's output, with its detail."""
    return {
        words[1]: line.split(" s  ", 1)[-1]
        for line in stdout.splitlines()
        if len(words := line.split()) > 2 and words[0] == "self-test:" and words[2] == "ok"
    }


@needs_bundle
@pytest.mark.slow
def test_bundle_self_test(env: dict[str, str]) -> None:
    """Every step passes from the bundle: it imports every kiosk module (none left out) and
    opens TLS through the system's OpenSSL in Python and in Qt."""
    done = subprocess.run(
        [str(BUNDLE / "srs-kiosk"), "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={k: v for k, v in env.items() if k not in _TEST_ONLY},
    )
    assert smoke.judge(done.returncode, done.stdout, done.stderr) == []
    steps = _step_details(done.stdout)
    assert list(steps) == list(STEPS)
    assert "frozen" in steps["qt"]
    assert steps["modules"].endswith("kiosk modules imported")
    assert "Python OpenSSL 3." in steps["tls"] and "Qt openssl: OpenSSL 3." in steps["tls"]


@needs_bundle
@pytest.mark.slow
def test_bundle_on_a_wayland_desktop_takes_x11(env: dict[str, str]) -> None:
    """On a Wayland session (XWayland provides DISPLAY) the bundle, which carries no Wayland
    plugin, runs on X11, and says nothing about Wayland on standard error. (Xvfb's software
    OpenGL has its own chatter there, which smoke_test's allow-list does not know.)"""
    need_tools("Xvfb")
    with xvfb((1280, 800)) as server:
        session = {k: v for k, v in env.items() if k not in _TEST_ONLY}
        session.update(
            {
                "DISPLAY": server.display,
                "WAYLAND_DISPLAY": "wayland-0",
                "XDG_SESSION_TYPE": "wayland",
            }
        )
        done = subprocess.run(
            [str(BUNDLE / "srs-kiosk"), "--self-test"],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
            env=session,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(_step_details(done.stdout)) == list(STEPS)
    assert "platform xcb" in _step_details(done.stdout)["qt"]
    assert "wayland" not in done.stderr.lower()
