"""The command line against every reading of the guide the simulator plays (its dialects).

One `srs-kiosk simulator --dialect ...` process per case, a production config pointing at it,
then what a person does: list the methods, identify and wait for the evidence, look at the
status, cancel a second order, verify. The assertions are about what the person sees.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.simulator.dialects import DIALECTS

SPEED = 600  # Klarna's 4.5 simulated minutes to the evidence take under half a second
MOBILE = "+41791234567"
OTHER_MOBILE = "+41797654321"
DN = "cn=Anna Muster, givenname=Anna, surname=Muster, c=CH"
KLARNA = ["--first-name", "Anna", "--last-name", "Muster", "--dob", "1985-04-12"]

# Every dialect alone, and a few that a real service could well combine.
CASES: list[tuple[str, ...]] = (
    [()]
    + [(name,) for name in DIALECTS]
    + [
        ("late-target-url", "minimal-answers"),
        ("status-titlecase", "unknown-status", "no-mobile-in-status"),
        ("alt-field-names", "methods-wrapped", "jurisdiction-eu-ch", "issuer-mixed-case"),
        ("start-busy", "cancel-204", "verify-200-not-yet", "token-basic-only"),
        (
            "methods-by-issuer",
            "methods-embedded",
            "methods-empty-204",
            "target-url-personalized",
            "status-final-words",
            "verify-verdict",
            "times-swiss",
        ),
        (
            "minimal-answers",
            "status-spaced-upper",
            "verify-odd-error",
            "token-form-only",
            "unknown-method-type",
            "filter-include-exclude",
        ),
        (
            "filters-literal",
            "verify-lowercase-404",
            "verify-needs-token",
            "trailing-slash-redirect",
            "token-no-scope",
            "token-query-only",
            "start-json-only",
        ),
        (
            "eid-tokens-list",
            "errors-google",
            "answers-enveloped",
            "issuer-as-isp",
            "flags-y-n",
            "filters-strict-names",
            "token-json-only",
            "start-created-location",
            "verify-loa-integer",
            "verify-msisdn-digits",
            "verify-evidence-list",
            "history-created-at",
            "cancel-deletes",
            "verify-json-only",
        ),
    ]
)

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def dialect_sim(request: pytest.FixtureRequest, env: dict[str, str]) -> Iterator[str]:
    """A simulator process playing the case's dialects; yields its base URL."""
    dialects: tuple[str, ...] = request.param
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk",
            "simulator",
            "--port",
            str(port),
            "--speed",
            str(SPEED),
            *(["--dialect", ",".join(dialects)] if dialects else []),
        ],
        env=env,
        text=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a fresh interpreter's start on a busy machine
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                index = httpx.get(f"{base}/", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the simulator did not start"
                time.sleep(0.05)
        assert index.json()["dialects"] == [name for name in DIALECTS if name in dialects]
        yield base
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stderr is not None:
            proc.stderr.close()


def _config(tmp_path: Path, base: str) -> str:
    path = tmp_path / "dialect.toml"
    path.write_text(
        f'[srs]\napi_url = "{base}"\ntoken_url = "{base}/oauth/token"\n'
        f'ras_url = "{base}"\nclient_id = "misswaggerclient"\n'
        f"[tracking]\ntime_scale = {1 / SPEED:.6f}\n",
        encoding="utf-8",
    )
    return str(path)


class Cli:
    def __init__(self, env: dict[str, str], config: str) -> None:
        self.env = {**env, "SRS_KIOSK_CLIENT_SECRET": "misswaggerclientsecret"}
        self.config = config

    def run(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        """At this speed every command ends within seconds; a client that keeps retrying an
        answer it cannot read fails here instead of holding up the suite."""
        return subprocess.run(
            [sys.executable, "-m", "kiosk", "--config", self.config, *args],
            env=self.env,
            text=True,
            capture_output=True,
            timeout=timeout,
            check=False,
        )

    def json_lines(self, *args: str) -> list[dict[str, Any]]:
        result = self.run(*args, "--json")
        assert result.returncode == 0, f"{args[0]}: exit {result.returncode}\n{result.stderr}"
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize(
    "dialect_sim", CASES, ids=[",".join(c) or "default" for c in CASES], indirect=True
)
def test_the_kiosk_works_under_the_dialect(
    dialect_sim: str, env: dict[str, str], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    dialects = set(request.node.callspec.params["dialect_sim"])
    cli = Cli(env, _config(tmp_path, dialect_sim))

    # The method list: every method, the one of an unknown type too.
    listed = cli.run("methods", "--json")
    assert listed.returncode == 0, listed.stderr
    methods = json.loads(listed.stdout)
    by_issuer = {m["issuer"].upper(): m for m in methods}
    expected = {"IDENTITY.TM", "AUTHADA", "KLARNA"}
    if "unknown-method-type" in dialects:
        expected.add("POSTIDENT")
    assert set(by_issuer) == expected
    if "unknown-method-type" in dialects:
        assert by_issuer["POSTIDENT"]["methodType"].lower() == "branch"

    # Filtered as staff would: methods for a ZertES signature; methods with a web flow.
    def issuers(*filters: str) -> set[str]:
        result = cli.run("methods", "--json", *filters)
        assert result.returncode == 0, result.stderr
        return {m["issuer"].upper() for m in json.loads(result.stdout)}

    branch = {"POSTIDENT"} if "unknown-method-type" in dialects else set()
    assert issuers("--jurisdiction", "ZERTES") == {"IDENTITY.TM"} | branch
    assert issuers("--webflow", "true") == {"IDENTITY.TM", "KLARNA"} | branch

    # Identify with Klarna and follow it to the evidence.
    lines = cli.json_lines("identify", "KLARNA/bankident", *KLARNA, "--mobile", MOBILE, "--wait")
    ref_id = lines[0]["refId"]
    final = lines[-1]
    assert final["refId"] == ref_id
    assert final["status"] == "TERMINATED" and final["evidenceId"], lines

    # Its status, as support would look it up.
    (status,) = cli.json_lines("status", ref_id)
    assert status["refId"] == ref_id and status["status"] == "TERMINATED"

    # A second order, verified too early, then cancelled.
    # (SIM-WAIT: it stays in progress until the ISP page is used, whatever the speed.)
    (second, *_) = cli.json_lines(
        "identify",
        "IDENTITY.TM/video",
        "--last-name",
        "Muster",
        "--mobile",
        OTHER_MOBILE,
        "--external-id",
        "SIM-WAIT",
    )
    # Its customer has no evidence yet: "not found" (exit 5), whatever the RA's way of saying it.
    not_yet = cli.run(
        "verify",
        "--msisdn",
        OTHER_MOBILE,
        "--jurisdiction",
        "EIDAS",
        "--loa",
        "4",
        "--distinguished-name",
        DN,
        "--json",
    )
    assert (not_yet.returncode, not_yet.stdout) == (5, ""), not_yet.stderr
    assert "Traceback" not in not_yet.stderr
    (cancelled,) = cli.json_lines("cancel", second["refId"])
    assert cancelled["status"] == "CANCELLED"
    if "cancel-deletes" in dialects:  # gone (410): "not found", never an unexpected error
        gone = cli.run("status", second["refId"], "--json")
        assert gone.returncode == 5 and "Traceback" not in gone.stderr, gone.stderr
    else:
        (after,) = cli.json_lines("status", second["refId"])
        assert after["status"] == "CANCELLED"

    # The RA verify for the first customer finds the same evidence.
    (verified,) = cli.json_lines(
        "verify",
        "--msisdn",
        MOBILE,
        "--jurisdiction",
        "EIDAS",
        "--loa",
        "4",
        "--distinguished-name",
        DN,
    )
    assert verified["evidenceId"] == final["evidenceId"]

    # The journal shows the cancelled order final at once: nothing left pending.
    orders = cli.run("orders", "--active", "--json")
    assert orders.returncode == 0, orders.stderr
    assert second["refId"] not in {order["refId"] for order in json.loads(orders.stdout)}


def test_unknown_dialect_is_a_usage_error(env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "simulator", "--dialect", "cancel-204,chatty"],
        env=env,
        text=True,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "'chatty'" in result.stderr
    assert all(name in result.stderr for name in DIALECTS)  # the valid ones are listed
