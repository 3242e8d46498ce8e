"""What the journal keeps while an order runs (encrypted, then erased), start intents, and the
verify call's inputs: the customer's own number, the order's jurisdiction/LOA, the DN."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import stat
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
import pytest

from kiosk.srs import (
    AuthenticationFailed,
    InvalidInput,
    Jurisdiction,
    ServiceUnavailable,
    SrsClient,
    Status,
)
from kiosk.tracking import (
    Journal,
    KeyringKey,
    Outcome,
    StaticKey,
    Tracker,
    created_nothing,
    interrupted,
)
from kiosk.tracking.keys import KEY_FILE

from .helpers import POLICY, Events, Requests, Sim, TrackerFactory, follow, start

MOBILE = "+41791160001"


def raw(journal_file: Path) -> bytes:
    return b"".join(p.read_bytes() for p in journal_file.parent.glob(journal_file.name + "*"))


async def test_mobile_and_target_url_are_encrypted_while_running_and_erased_when_done(
    tracker: Tracker, client: SrsClient, journal: Journal, journal_file: Path
) -> None:
    started = await start(client, "AUTHADA/eid", MOBILE)
    assert started.target_url is not None
    order = await tracker.register(started, mobile=MOBILE)
    assert order.target_url == started.target_url  # the memory view, decrypted
    # AUTHADA's tokens stay in the tracker's memory, never in the file
    assert started.mobile_token and order.mobile_token == started.mobile_token
    assert (await tracker.get(started.ref_id)).session_token == started.session_token  # type: ignore[union-attr]
    assert journal.mobile_of(started.ref_id) == MOBILE
    stored = raw(journal_file)
    for secret in (
        MOBILE,
        MOBILE[1:],
        started.target_url,
        started.target_url.split("/")[-1],
        started.mobile_token,
        started.session_token,
    ):
        assert secret.encode() not in stored, secret
    # Another installation's key cannot read them: as if never stored.
    with Journal(journal_file, keys=StaticKey(bytes([7]) * 32)) as foreign:
        assert foreign.mobile_of(started.ref_id) is None
        assert foreign.get(started.ref_id).target_url is None  # type: ignore[union-attr]

    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED and done.target_url is None
    with sqlite3.connect(journal_file) as conn:
        assert conn.execute("SELECT mobile_enc, target_url_enc FROM orders").fetchall() == [
            (None, None)
        ]
    conn.close()


async def test_verify_uses_the_kept_number_without_asking_the_status(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim, requests: Requests
) -> None:
    first = make_tracker()
    events = Events(first)
    started = await start(client, "IDENTITY.TM/video", MOBILE, last_name="Muster")
    await first.register(
        started,
        mobile=MOBILE,
        jurisdiction=Jurisdiction.ZERTES,
        loa=3,
        distinguished_name="cn=Max Muster, givenname=Max, surname=Muster",
    )
    await first.start()
    await events.wait(lambda e: e.order.status is Status.TERMINATED)
    await first.aclose()
    # The status call now fails; verify needs nothing from it.
    await sim.fault("/api/identifications", "error", method="GET", status=500, count=1000)
    polls_before = len(requests.matching("GET", "/api/identifications"))
    second = make_tracker()
    done = await follow(second, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
    assert len(requests.matching("GET", "/api/identifications")) == polls_before
    body = json.loads(requests.matching("POST", "/api/evidences/verify")[-1].body)
    # the order's own jurisdiction and LOA; the DN lived in the first tracker's memory only
    assert (body["jurisdiction"], str(body["assuranceLevel"])) == ("ZERTES", "3")
    assert "distinguishedName" not in body


async def test_verify_sends_the_distinguished_name_and_never_stores_it(
    tracker: Tracker, client: SrsClient, requests: Requests, journal_file: Path
) -> None:
    dn = "cn=Max Quastenberg, givenname=Max, surname=Quastenberg, c=CH"
    started = await start(client, "AUTHADA/eid", MOBILE)
    await tracker.register(started, mobile=MOBILE, distinguished_name=dn)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
    body = json.loads(requests.matching("POST", "/api/evidences/verify")[-1].body)
    assert body["distinguishedName"] == dn
    assert b"Quastenberg" not in raw(journal_file)


async def test_an_unknown_ra_error_is_asked_again_on_the_verify_schedule(
    tracker: Tracker, client: SrsClient, sim: Sim, requests: Requests
) -> None:
    await sim.fault("/api/evidences/verify", "error", status=418, count=2)
    started = await start(client, "AUTHADA/eid", MOBILE)
    await tracker.register(started, mobile=MOBILE)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED and done.verify_attempts == 3
    assert [s.status for s in requests.matching("POST", "/api/evidences/verify")] == [418, 418, 200]


async def test_an_unknown_ra_error_until_the_deadline_ends_in_the_ras_words(
    make_tracker: TrackerFactory, client: SrsClient, sim: Sim
) -> None:
    tracker = make_tracker(policy=replace(POLICY, verify_deadline_s=120))
    await sim.fault("/api/evidences/verify", "error", status=400, count=1000)
    started = await start(client, "AUTHADA/eid", MOBILE)
    await tracker.register(started, mobile=MOBILE)
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.NO_EVIDENCE
    assert done.reason is not None and "deadline" in done.reason
    assert "Simulated failure (HTTP 400)" in done.reason


async def test_a_late_target_url_is_kept_and_announced(tracker: Tracker, client: SrsClient) -> None:
    # A start answer with only the Ref-ID (status CREATED): the status answer brings the URL.
    answer = await start(
        client,
        "KLARNA/bankident",
        MOBILE,
        external_id="SIM-WAIT",
        first_name="Anna",
        last_name="Muster",
        dob=date(1985, 4, 12),
    )
    started = replace(answer, target_url=None, status=Status.CREATED)
    events = Events(tracker)
    order = await tracker.register(started, mobile=MOBILE)
    assert order.target_url is None and not order.is_done
    await tracker.start()
    arrived = await events.wait(lambda e: e.order.target_url is not None)
    assert arrived.order.target_url == answer.target_url
    assert (await tracker.get(started.ref_id)).target_url == answer.target_url  # type: ignore[union-attr]
    # Klarna's session has not started: nobody used the link yet.
    assert arrived.order.expires_at is None


async def test_start_intents(tracker: Tracker, client: SrsClient, journal: Journal) -> None:
    # register replaces the intent by the order in one transaction
    intent = await tracker.begin_start("AUTHADA", "eid", "EXT-1")
    assert [i.intent_id for i in journal.intents()] == [intent]
    assert await tracker.interrupted_starts() == []  # this process is still calling
    started = await start(client, "AUTHADA/eid", MOBILE, external_id="EXT-1")
    await tracker.register(started, intent_id=intent, mobile=MOBILE)
    assert journal.intents() == [] and journal.get(started.ref_id) is not None
    # abandon when the call certainly created nothing
    refused = await tracker.begin_start("AUTHADA", "eid", None)
    await tracker.abandon_start(refused)
    assert journal.intents() == []
    # a process that died while calling: interrupted at once
    dead = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    await dead.wait()
    lost = journal.add_intent(
        "KLARNA", "bankident", "EXT-LOST", time.time(), pid=dead.pid, host=tracker.holder.host
    )
    assert [(i.intent_id, i.external_id) for i in await tracker.interrupted_starts()] == [
        (lost, "EXT-LOST")
    ]
    # another host's call: interrupted once no start call could still be running
    far = journal.add_intent(
        "KLARNA", "bankident", None, time.time() - 3600, pid=1, host="elsewhere"
    )
    near = journal.add_intent("KLARNA", "bankident", None, time.time(), pid=1, host="elsewhere")
    ids = {i.intent_id for i in interrupted(journal.intents(), time.time(), own_pid=os.getpid())}
    assert far in ids and near not in ids


def test_what_a_failed_start_certainly_did_not_create() -> None:
    refused = ServiceUnavailable("down")
    refused.__cause__ = httpx.ConnectError("refused")
    timed_out = ServiceUnavailable("no answer")
    timed_out.__cause__ = httpx.ReadTimeout("slow")
    assert created_nothing(InvalidInput("bad"))
    assert created_nothing(AuthenticationFailed("no"))
    assert created_nothing(refused)
    assert created_nothing(ServiceUnavailable("busy", status_code=429))
    assert created_nothing(ServiceUnavailable("busy", status_code=503))
    assert not created_nothing(timed_out)  # the order may exist
    assert not created_nothing(ServiceUnavailable("oops", status_code=502))
    assert not created_nothing(RuntimeError("?"))


def test_key_file_when_no_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # This machine has no keyring backend (keyring's "fail" backend): the file fallback.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    config = tmp_path / "config"
    secret = KeyringKey(config_dir=config).secret()
    path = config / KEY_FILE
    assert path.is_file() and len(secret) == 32
    assert "journal key file" in caplog.text
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert KeyringKey(config_dir=config).secret() == secret  # the same key next time
    data = tmp_path / "data"
    with Journal(data / "journal.sqlite", keys=KeyringKey(config_dir=config)) as journal:
        key = journal.customer_key(MOBILE)
    with Journal(data / "journal.sqlite", keys=StaticKey(secret)) as again:
        assert again.customer_key(MOBILE) == key
    assert not list(data.glob(KEY_FILE))  # never beside the journal


async def test_an_order_without_a_kept_number_verifies_with_the_status_answers(
    tracker: Tracker, client: SrsClient, journal: Journal
) -> None:
    # As an order journaled by format 4 (which never kept the number) after the migration.
    started = await start(client, "IDENTITY.TM/video", MOBILE, last_name="Muster")
    await tracker.register(started)
    assert journal.mobile_of(started.ref_id) is None
    done = await follow(tracker, started.ref_id)
    assert done.outcome is Outcome.VERIFIED
