"""Checking what staff entered on the settings screen, field by field, before anything is kept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from kiosk.config import Settings
from kiosk.i18n import QT_TRANSLATE_NOOP

from .staff_pin import pin_problem


@dataclass(frozen=True)
class SettingsInput:
    api_url: str
    token_url: str
    ras_url: str
    client_id: str
    client_secret: str  # empty: keep the one in the keyring
    enabled_methods: tuple[str, ...]
    idle_timeout_s: int
    language: str
    aml_notice: bool
    staff_language: str = ""
    large_text: bool = False
    new_pin: str = ""
    new_pin_again: str = ""
    external_id: str = ""  # the branch's default
    pro_nr: str = ""
    contact: str = ""


def check_settings(base: Settings, form: SettingsInput
                   ) -> tuple[Settings | None, dict[str, str]]:
    """The new settings, or the problems by form field name (English source texts)."""
    problems: dict[str, str] = {}
    srs: dict[str, Any] = {}
    endpoint_fields = ("api_url", "token_url", "ras_url", "client_id")
    given = {name: getattr(form, name).strip() for name in endpoint_fields}
    if any(given.values()):
        for name, value in given.items():
            if not value:
                problems[name] = QT_TRANSLATE_NOOP(
                    "SettingsProblem", "Fill in all four SRS fields, or none for training mode."
                )
            else:
                srs[name] = value
    if not form.enabled_methods:
        problems["enabled_methods"] = QT_TRANSLATE_NOOP(
            "SettingsProblem", "Enable at least one method."
        )
    if form.new_pin or form.new_pin_again:
        if (problem := pin_problem(form.new_pin)) is not None:
            problems["new_pin"] = problem
        elif form.new_pin != form.new_pin_again:
            problems["new_pin_again"] = QT_TRANSLATE_NOOP("SettingsProblem", "The two PINs differ.")
    data = base.model_dump()
    data["srs"] = {**{k: None for k in endpoint_fields}, "timeout_s": base.srs.timeout_s, **srs}
    data["kiosk"] = {"language": form.language, "idle_timeout_s": form.idle_timeout_s,
                     "aml_notice": form.aml_notice, "enabled_methods": form.enabled_methods,
                     "staff_language": form.staff_language, "large_text": form.large_text,
                     "external_id": form.external_id.strip()}
    data["support"] = {"pro_nr": form.pro_nr.strip(), "contact": form.contact.strip()}
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = [str(p) for p in err["loc"]]
            field = loc[1] if len(loc) > 1 else loc[0]
            problems.setdefault(field, _plain(field, err["msg"]))
        return None, problems
    return (None if problems else settings), problems


def _plain(field: str, message: str) -> str:
    if field.endswith("_url"):
        return QT_TRANSLATE_NOOP(
            "SettingsProblem",
            "Enter a full web address starting with https:// (or http:// for testing).",
        )
    if field == "idle_timeout_s":
        return QT_TRANSLATE_NOOP("SettingsProblem", "Choose between 15 and 3600 seconds.")
    if field in ("external_id", "pro_nr"):
        return QT_TRANSLATE_NOOP("SettingsProblem", "Use at most 100 characters, on one line.")
    if field == "contact":
        return QT_TRANSLATE_NOOP("SettingsProblem", "Use at most 300 characters, on one line.")
    return message
