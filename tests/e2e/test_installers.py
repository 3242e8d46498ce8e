"""The installer sources, checked here although they run on Windows and macOS: the NSIS script
compiles (Debian's makensis) against a stand-in payload, the plists parse and say what macOS
needs, the DMG script signs inside out (macOS tools replaced by recording stubs), the release
workflow parses and refers to files that exist, and the icons match their generator."""

from __future__ import annotations

import importlib.util
import json
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from PIL import Image

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "packaging" / "windows" / "srs-kiosk.nsi"
MACOS = ROOT / "packaging" / "macos"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ICONS = ROOT / "resources" / "icons"


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: make test installs it (Debian package in TEST_DEBS)"
    return path


def file_version(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version)][:4]
    a, b, c, d = numbers + [0] * (4 - len(numbers))
    return a, b, c, d


# -- Windows: the NSIS script ----------------------------------------------------------------


@pytest.fixture
def payload(tmp_path: Path) -> Path:
    """A stand-in for the PyInstaller bundle: the same layout, tiny files."""
    folder = tmp_path / "srs-kiosk"
    (folder / "_internal" / "resources").mkdir(parents=True)
    for name in ("srs-kiosk.exe", "srs-kiosk-cli.exe"):
        (folder / name).write_bytes(b"MZ stand-in")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    (folder / "_internal" / "resources" / "kiosk.qss").write_text("QWidget {}")
    return folder


def makensis(*defines: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": path} if path else None
    return subprocess.run(
        [tool("makensis"), "-V4", "-WX", *defines, str(NSI)],
        text=True,
        capture_output=True,
        timeout=120,
        check=False,
        env=env,
    )


def defines(payload: Path, out: Path) -> list[str]:
    numbers = ".".join(map(str, file_version(__version__)))
    return [
        f"-DVERSION={__version__}",
        f"-DFILE_VERSION={numbers}",
        f"-DSOURCE_DIR={payload}",
        f"-DOUT_FILE={out}",
        f"-DICON={ICONS / 'srs-kiosk.ico'}",
    ]


def fixed_file_info(exe: bytes) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """File and product version from the executable's VS_FIXEDFILEINFO."""
    at = exe.index(struct.pack("<I", 0xFEEF04BD))
    _sig, _struct, fms, fls, pms, pls = struct.unpack_from("<6I", exe, at)
    return (
        (fms >> 16, fms & 0xFFFF, fls >> 16, fls & 0xFFFF),
        (pms >> 16, pms & 0xFFFF, pls >> 16, pls & 0xFFFF),
    )


def test_nsis_script_compiles_with_version_info(payload: Path, tmp_path: Path) -> None:
    out = tmp_path / f"srs-kiosk-{__version__}-windows-x64-setup.exe"
    result = makensis(*defines(payload, out))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    for name in ("srs-kiosk.exe", "srs-kiosk-cli.exe", "base_library.zip", "kiosk.qss"):
        assert f'File: "{name}"' in result.stdout  # the payload went in
    for section in ("SecMain", "SecMenu", "SecAuto", "UnSecMain", "UnSecData"):
        assert f"->({section})" in result.stdout
    exe = out.read_bytes()
    assert exe[:2] == b"MZ"
    assert fixed_file_info(exe) == (file_version(__version__), file_version(__version__))
    for text in ("ProductVersion", __version__, "SRS Kiosk"):
        assert text.encode("utf-16-le") in exe


def test_nsis_script_refuses_to_build_without_a_version(payload: Path, tmp_path: Path) -> None:
    result = makensis(f"-DSOURCE_DIR={payload}", f"-DOUT_FILE={tmp_path / 'x-setup.exe'}")
    assert result.returncode != 0
    assert "Pass the version" in result.stdout + result.stderr


def test_nsis_signing_signs_the_installer_and_its_uninstaller(
    payload: Path, tmp_path: Path
) -> None:
    """With /DSIGN makensis hands both executables to sign.ps1 (a recording stand-in for
    PowerShell here); without it nothing is signed."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls.txt"
    fake = bin_dir / "powershell"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{calls}"\n')
    fake.chmod(0o755)
    out = tmp_path / "signed-setup.exe"
    path = f"{bin_dir}:{os.environ['PATH']}"
    result = makensis(*defines(payload, out), "-DSIGN", path=path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    lines = calls.read_text().splitlines()
    assert len(lines) == 2  # the uninstaller (while compiling), then the installer
    assert all("-File" in line and "sign.ps1" in line for line in lines)
    assert lines[-1].endswith(str(out))
    calls.unlink()
    assert makensis(*defines(payload, out), path=path).returncode == 0
    assert not calls.exists()


# -- macOS: plists and the DMG script --------------------------------------------------------


def load_plist(name: str) -> dict[str, Any]:
    data = plistlib.loads((MACOS / name).read_bytes())
    assert isinstance(data, dict)
    return data


def test_info_plist_has_the_usage_descriptions() -> None:
    info = load_plist("Info.plist")
    for key in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription"):
        assert isinstance(info[key], str) and len(info[key]) > 20
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == "@VERSION@"
    assert info["CFBundlePackageType"] == "APPL"
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    assert info["NSHighResolutionCapable"] is True


def test_entitlements_for_the_hardened_runtime() -> None:
    app = load_plist("app.entitlements")
    helper = load_plist("webengine-helper.entitlements")
    for key in (
        "com.apple.security.device.camera",
        "com.apple.security.device.audio-input",
        "com.apple.security.cs.allow-jit",
        "com.apple.security.cs.allow-unsigned-executable-memory",
        "com.apple.security.cs.disable-library-validation",
    ):
        assert app[key] is True
    for key in (
        "com.apple.security.cs.allow-jit",
        "com.apple.security.cs.allow-unsigned-executable-memory",
    ):
        assert helper[key] is True
    for plist in (app, helper):
        assert all(value is True for value in plist.values())
        assert "com.apple.security.app-sandbox" not in plist
        assert "com.apple.security.get-task-allow" not in plist  # notarization refuses it


MACHO = bytes.fromhex("cffaedfe") + b"\0" * 60
STUB = """#!{python}
import json, os, pathlib, shutil, sys
name = pathlib.Path(sys.argv[0]).name
args = sys.argv[1:]
with open(os.environ["STUB_LOG"], "a") as log:
    log.write(json.dumps([name, *args]) + "\\n")
if name == "xcrun" and args[:2] == ["notarytool", "submit"]:
    print(json.dumps({{"id": "req-1", "status": os.environ.get("FAKE_NOTARY", "Accepted")}}))
elif name == "hdiutil":
    pathlib.Path(args[-1]).write_bytes(b"dmg")
elif name == "ditto" and args[0] == "-c":
    pathlib.Path(args[-1]).write_bytes(b"zip")
elif name == "ditto":
    shutil.copytree(args[0], args[1], symlinks=True)
"""


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    """An .app with the PyInstaller/Qt layout: executables, a framework with the WebEngine
    helper inside, libraries, data files and a symlink."""
    app = tmp_path / "dist" / "SRS Kiosk.app"
    contents = app / "Contents"
    framework = contents / "Frameworks/PySide6/Qt/lib/QtWebEngineCore.framework"
    helper = framework / "Versions/A/Helpers/QtWebEngineProcess.app"
    binaries = [
        contents / "MacOS/srs-kiosk",
        contents / "Frameworks/libpython3.11.dylib",
        contents / "Frameworks/PySide6/QtCore.abi3.so",
        framework / "Versions/A/QtWebEngineCore",
        helper / "Contents/MacOS/QtWebEngineProcess",
    ]
    data = [
        contents / "Info.plist",
        framework / "Versions/A/Resources/qtwebengine_resources.pak",
        contents / "Resources/resources/styles/kiosk.qss",
    ]
    for path in binaries + data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(MACHO if path in binaries else b"data")
    (framework / "Versions/Current").symlink_to("A")
    return app


def build_dmg(
    tmp_path: Path, app: Path, **env: str
) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    stubs = tmp_path / "stubs"
    stubs.mkdir(exist_ok=True)
    for name in ("codesign", "xcrun", "hdiutil", "ditto", "spctl"):
        stub = stubs / name
        stub.write_text(STUB.format(python=sys.executable))
        stub.chmod(0o755)
    log = tmp_path / "calls.jsonl"
    log.unlink(missing_ok=True)
    full_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("SIGN_", "NOTARY_", "KEYCHAIN"))
    }
    full_env.update(PATH=f"{stubs}:{os.environ['PATH']}", STUB_LOG=str(log), **env)
    result = subprocess.run(
        ["bash", str(MACOS / "build_dmg.sh"), str(app), str(tmp_path / "dist" / "kiosk.dmg")],
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
        env=full_env,
    )
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return result, calls


def signed(calls: list[list[str]]) -> list[str]:
    return [c[-1] for c in calls if c[0] == "codesign" and "--sign" in c]


def test_dmg_script_signs_inside_out_ad_hoc(tmp_path: Path, fake_app: Path) -> None:
    result, calls = build_dmg(tmp_path, fake_app)
    assert result.returncode == 0, result.stdout + result.stderr
    order = [
        Path(p).relative_to(fake_app).as_posix() if p != str(fake_app) else "APP"
        for p in signed(calls)
    ]
    framework = "Contents/Frameworks/PySide6/Qt/lib/QtWebEngineCore.framework"
    helper = f"{framework}/Versions/A/Helpers/QtWebEngineProcess.app"
    assert order[-1] == "APP"
    assert set(order) == {
        "APP",
        helper,
        framework,
        f"{helper}/Contents/MacOS/QtWebEngineProcess",
        f"{framework}/Versions/A/QtWebEngineCore",
        "Contents/MacOS/srs-kiosk",
        "Contents/Frameworks/libpython3.11.dylib",
        "Contents/Frameworks/PySide6/QtCore.abi3.so",
    }  # no data files
    assert order.index(f"{helper}/Contents/MacOS/QtWebEngineProcess") < order.index(helper)
    assert order.index(helper) < order.index(framework)
    assert order.index(f"{framework}/Versions/A/QtWebEngineCore") < order.index(framework)
    by_target = {c[-1]: c for c in calls if c[0] == "codesign" and "--sign" in c}
    assert by_target[str(fake_app)][by_target[str(fake_app)].index("--entitlements") + 1] == str(
        MACOS / "app.entitlements"
    )
    helper_call = by_target[str(fake_app / helper)]
    assert helper_call[helper_call.index("--entitlements") + 1] == str(
        MACOS / "webengine-helper.entitlements"
    )
    assert "--entitlements" not in by_target[str(fake_app / framework)]
    for call in by_target.values():
        assert call[call.index("--sign") + 1] == "-"
        assert "runtime" in call and "--timestamp=none" in call
    assert not [c for c in calls if c[0] == "xcrun"]  # no identity: not notarized
    hdiutil = next(c for c in calls if c[0] == "hdiutil")
    assert hdiutil[hdiutil.index("-volname") + 1] == "SRS Kiosk"
    assert (tmp_path / "dist" / "kiosk.dmg").exists()
    assert "a test build" in result.stdout


def test_dmg_script_notarizes_and_staples_app_and_dmg(tmp_path: Path, fake_app: Path) -> None:
    identity = "Developer ID Application: Test (TEAM123456)"
    result, calls = build_dmg(
        tmp_path,
        fake_app,
        SIGN_IDENTITY=identity,
        NOTARY_KEY="/tmp/key.p8",
        NOTARY_KEY_ID="KEY",
        NOTARY_ISSUER="ISS",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    dmg = str(tmp_path / "dist" / "kiosk.dmg")
    xcrun = [c[1:] for c in calls if c[0] == "xcrun"]
    submits = [c for c in xcrun if c[:2] == ["notarytool", "submit"]]
    assert [Path(c[2]).name for c in submits] == ["app.zip", "kiosk.dmg"]
    assert all(c[c.index("--key-id") + 1] == "KEY" and "--wait" in c for c in submits)
    assert ["stapler", "staple", str(fake_app)] in xcrun
    assert ["stapler", "staple", dmg] in xcrun
    assert signed(calls)[-1] == dmg  # the DMG is signed after it is made
    for call in (c for c in calls if c[0] == "codesign" and "--sign" in c):
        assert call[call.index("--sign") + 1] == identity and "--timestamp" in call


def test_dmg_script_fails_when_notarization_is_refused(tmp_path: Path, fake_app: Path) -> None:
    result, calls = build_dmg(
        tmp_path,
        fake_app,
        SIGN_IDENTITY="Developer ID Application: T",
        NOTARY_PROFILE="ci",
        FAKE_NOTARY="Invalid",
    )
    assert result.returncode != 0
    assert "notarization of" in result.stderr and "Invalid" in result.stderr
    assert ["xcrun", "notarytool", "log", "req-1", "--keychain-profile", "ci"] in calls
    assert not [c for c in calls if c[0] == "hdiutil"]


def test_dmg_script_passes_shellcheck() -> None:
    result = subprocess.run(
        [tool("shellcheck"), str(MACOS / "build_dmg.sh")],
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout


# -- the release workflow ------------------------------------------------------------------------


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def test_workflow_builds_and_smoke_tests_on_three_systems() -> None:
    data = workflow()
    assert data.get("on", data.get(True))  # YAML 1.1 reads the key `on` as True
    jobs = data["jobs"]
    runners = {job["runs-on"] for job in jobs.values()}
    assert {"windows-latest", "macos-14"} <= runners
    assert any(r.startswith("ubuntu") for r in runners)
    for name, job in jobs.items():
        text = json.dumps(steps(job))
        assert "--self-test" in text or "package-test" in text, name
        uploads = [
            s for s in steps(job) if str(s.get("uses", "")).startswith("actions/upload-artifact@")
        ]
        assert uploads and uploads[0]["with"]["if-no-files-found"] == "error", name


def test_workflow_signs_only_with_secrets() -> None:
    jobs = workflow()["jobs"]
    for name in ("windows", "macos"):
        job = jobs[name]
        assert "secrets." in job["env"]["HAS_CERT"]
        for step in steps(job):
            text = json.dumps(step)
            uses_cert = "CERT_BASE64" in text or "sign.ps1" in text or "P8_BASE64" in text
            if uses_cert:
                assert "HAS_CERT == 'true'" in step.get("if", ""), step.get("name")
    installer = next(s for s in steps(jobs["windows"]) if s.get("name") == "Build the installer")
    assert "if ($env:HAS_CERT -eq 'true') { $arguments += \"/DSIGN\" }" in installer["run"]


def test_workflow_refers_to_files_that_exist() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    paths = set(re.findall(r"(packaging[/\\][\w./\\-]+\.(?:py|spec|nsi|ps1|sh))", text))
    assert len(paths) >= 5
    for path in paths:
        assert (ROOT / path.replace("\\", "/")).is_file(), path


# -- the icon --------------------------------------------------------------------------------


def test_icons_match_their_generator(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    assert (ICONS / "srs-kiosk.svg").read_text(encoding="utf-8") == make_icons.svg()
    with Image.open(ICONS / "srs-kiosk.png") as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
    with Image.open(ICONS / "srs-kiosk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "srs-kiosk.icns") as icns:
        assert icns.size[0] >= 512
