"""Run an installed or frozen kiosk's ``--self-test`` and judge it (standard library only).

    python packaging/smoke_test.py [--timeout S] -- dist/srs-kiosk/srs-kiosk --self-test

Passes when the command exits 0, prints its "passed" line, and writes nothing on standard error
but the known-harmless lines of ``HARMLESS_STDERR``. Used by ``make package-test``, by the
release workflow on Linux, Windows and macOS, and by tests/e2e/test_selftest.py (from source).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Sequence

# The one allow-list of standard-error lines that are harmless on a build machine or CI runner
# (no display, no GPU, no sound server, no D-Bus, root in a container). Anything else on
# standard error fails the smoke test: a missing Qt plugin, a QtWebEngine resource not found,
# a Python warning or traceback. Each entry is a regular expression matched against the whole
# line (stripped), with why the line is harmless.
HARMLESS_STDERR: tuple[tuple[str, str], ...] = (
    # QtMultimedia looks for optional system libraries (PipeWire, VA-API hardware decoding)
    # and carries on without them; it then names the FFmpeg it uses.
    (r"qt\.multimedia\.symbolsresolver: Couldn't (load|resolve) [\w.-]+(\(in plugin\))? "
     r"(library|symbols)", "optional media libraries absent"),
    (r"qt\.multimedia\.ffmpeg: Using Qt multimedia with FFmpeg version .*", "information"),
    (r"PulseAudioService: pa_context_connect\(\) failed", "no sound server (container, CI)"),
    # Chromium's sandbox is off when the self-test runs as root (containers); it says so.
    (r"Sandboxing disabled by user\.", "root in a container: see kiosk.selftest"),
    # No GPU, no OpenGL or Vulkan offscreen: QtWebEngine falls back to software compositing.
    (r"QRhiGles2: Failed to create (temporary )?context", "no OpenGL offscreen"),
    (r"Failed to create RHI for backend: OpenGL", "no OpenGL offscreen"),
    (r"This plugin does not support createPlatformVulkanInstance", "offscreen: no Vulkan"),
    (r"QVulkanInstance: Failed to initialize Vulkan", "no Vulkan"),
    (r"GBM is not supported with the current configuration.*Fallback to software rendering\.",
     "no GPU buffer manager: software rendering"),
    (r"GPUInfo not initialized on GpuInfoUpdate", "Chromium without a GPU process"),
    # Software compositing: a frame asked for after its buffer went (a page closing, a view
    # resized) is dropped; the next frame is drawn anew.
    (r"\[[\d:/.]+:ERROR:[^\]]*shared_image_manager\.cc:\d+\] SharedImageManager::"
     r"ProduceMemory: Trying to Produce a Memory representation from a non-existent mailbox\.",
     "software compositing: a dropped frame"),
    # Chromium wants the system D-Bus (power, accessibility, notifications); containers have none.
    (r"\[[\d:/.]+:ERROR:[^\]]*dbus/(bus|object_proxy)\.cc:\d+\] Failed to (connect to the bus|"
     r"call method).*", "no D-Bus in a container"),
    # Qt switches a non-UTF-8 "C" locale (CI with no LANG) to C.UTF-8 and explains it in four
    # lines; the kiosk's texts do not depend on the process locale.
    (r'Detected locale "C" with character encoding ".*", which is not UTF-8\.', "no LANG"),
    (r'Qt depends on a UTF-8 locale, and has switched to "C\.UTF-8" instead\.', "no LANG"),
    (r"If this causes problems, reconfigure your locale\. See the locale\(1\) manual",
     "no LANG"),
    (r"for more information\.", "no LANG (the fourth line)"),
)

_HARMLESS = [re.compile(pattern) for pattern, _why in HARMLESS_STDERR]
PASSED = re.compile(r"^self-test: passed, \d+ steps in [\d.]+ s$", re.M)


def unexpected_stderr(stderr: str) -> list[str]:
    """The lines of ``stderr`` that no allow-list entry explains."""
    return [line for line in (raw.strip() for raw in stderr.splitlines())
            if line and not any(p.fullmatch(line) for p in _HARMLESS)]


def judge(returncode: int, stdout: str, stderr: str) -> list[str]:
    """What is wrong with a self-test run (empty: it passed)."""
    problems = []
    if returncode != 0:
        problems.append(f"exit code {returncode}")
    if not PASSED.search(stdout):
        problems.append("no 'self-test: passed' line on standard output")
    problems += [f"unexpected on stderr: {line}" for line in unexpected_stderr(stderr)]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="seconds before the run counts as hung (default 300)")
    parser.add_argument("command", nargs="+", help="the program and its arguments")
    args = parser.parse_args(argv)
    began = time.monotonic()
    try:
        done = subprocess.run(args.command, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=args.timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        print(f"smoke test: FAILED: no exit within {args.timeout:g} s", file=sys.stderr)
        out = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else ""
        print(out, file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"smoke test: FAILED: cannot run {args.command[0]}: {exc}", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - began
    print(done.stdout, end="")
    if done.stderr:
        print("--- standard error ---\n" + done.stderr, end="", file=sys.stderr)
    problems = judge(done.returncode, done.stdout, done.stderr)
    for problem in problems:
        print(f"smoke test: {problem}", file=sys.stderr)
    verdict = "FAILED" if problems else "passed"
    print(f"smoke test: {verdict} ({elapsed:.1f} s wall, {' '.join(args.command)})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
