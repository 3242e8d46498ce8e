"""The committed Qt Linguist catalogues (translations/kiosk_<lang>.ts): complete, placeholders
intact, and current with the source (lupdate over the tracked files changes nothing)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from kiosk.app.language import LANGUAGES

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "translations"
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
# Plural forms Qt expects per language (German, French, Italian, English: singular, plural).
NUMERUS_FORMS = {"de": 2, "fr": 2, "it": 2, "en": 2}

Message = tuple[str, str, bool]  # context, source, numerus


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"kiosk_{language}.ts"


def messages(path: Path) -> dict[Message, list[ET.Element]]:
    found: dict[Message, list[ET.Element]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.get("numerus") == "yes")
            found.setdefault(key, []).append(message)
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished_and_none_obsolete(language: str) -> None:
    problems = []
    for (context, source, _), found in messages(ts_path(language)).items():
        for message in found:
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind is not None:  # "unfinished", "obsolete", "vanished"
                problems.append(f"{context}: {source!r} is {kind}")
            elif not any(translations(message)):
                problems.append(f"{context}: {source!r} has no translation")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_every_form(language: str) -> None:
    problems = []
    for (context, source, numerus), found in messages(ts_path(language)).items():
        if numerus:
            forms = translations(found[0])
            if len(forms) != NUMERUS_FORMS[language] or not all(forms):
                problems.append(f"{context}: {source!r} has forms {forms!r}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    problems = []
    for (context, source, numerus), found in messages(ts_path(language)).items():
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in translations(found[0]):
            got = Counter(PLACEHOLDER.findall(text))
            # A singular form may spell the number out ("1 Jahr"), never invent placeholders.
            if got != wanted and not (numerus and got == wanted - Counter({"%n": 1})):
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert problems == []


def tracked_sources() -> list[str]:
    if shutil.which("git") and (ROOT / ".git").exists():
        listed = subprocess.run(
            ["git", "ls-files", "kiosk/*.py"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout.split()
        if listed:
            return listed
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))


def lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    return tool


def test_lupdate_over_the_source_changes_nothing(tmp_path: Path) -> None:
    """Fails when a new or changed text was not extracted (run ``make translations``)."""
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / ts_path(language).name
        shutil.copy(ts_path(language), copy)
        copies.append(str(copy))
    subprocess.run(
        [
            str(lupdate()),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            *tracked_sources(),
            "-ts",
            *copies,
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for language in LANGUAGES:
        before = messages(ts_path(language))
        after = messages(tmp_path / ts_path(language).name)
        assert sorted(after) == sorted(before), "run 'make translations'"
        for key, found in after.items():
            assert [translations(m) for m in found] == [translations(m) for m in before[key]]
            assert all(
                m.find("translation").get("type") is None  # type: ignore[union-attr]
                for m in found
            ), f"{language}: {key} is unfinished after lupdate"
