"""Checking what staff entered on the settings screen, field by field, before anything is kept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import AnyHttpUrl, ValidationError

from kiosk.config import BrandingSettings, Settings, SrsSettings
from kiosk.i18n import QT_TRANSLATE_NOOP

from .staff_pin import RESET_COMMAND, SET_COMMAND, Verdict, pin_problem


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
    on_screen_keyboard: bool | None = None  # None: as it was
    new_pin: str = ""
    new_pin_again: str = ""
    external_id: str = ""  # the branch's default
    pro_nr: str = ""
    contact: str = ""
    brand_name: str = ""  # [branding]: empty fields keep the kiosk's own look
    logo: str = ""
    primary_color: str = ""
    accent_color: str = ""
    staff_idle_s: int | None = None  # None: as it was
    current_pin: str = ""  # needed to change the PIN (checked by the screen, not here)


def check_settings(base: Settings, form: SettingsInput) -> tuple[Settings | None, dict[str, str]]:
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
        if not form.current_pin:
            problems["current_pin"] = QT_TRANSLATE_NOOP(
                "SettingsProblem", "Enter the current PIN to change it."
            )
        if (problem := pin_problem(form.new_pin)) is not None:
            problems["new_pin"] = problem
        elif form.new_pin != form.new_pin_again:
            problems["new_pin_again"] = QT_TRANSLATE_NOOP("SettingsProblem", "The two PINs differ.")
    data = base.model_dump()
    data["srs"] = {**{k: None for k in endpoint_fields}, "timeout_s": base.srs.timeout_s, **srs}
    # Settings the form does not show (handoff_timeout_s, default_region ...) stay as they were.
    data["kiosk"] = {
        **data["kiosk"],
        "language": form.language,
        "idle_timeout_s": form.idle_timeout_s,
        "staff_idle_s": (
            base.kiosk.staff_idle_s if form.staff_idle_s is None else form.staff_idle_s
        ),
        "aml_notice": form.aml_notice,
        "enabled_methods": form.enabled_methods,
        "staff_language": form.staff_language,
        "large_text": form.large_text,
        "external_id": form.external_id.strip(),
        "on_screen_keyboard": (
            base.kiosk.on_screen_keyboard
            if form.on_screen_keyboard is None
            else form.on_screen_keyboard
        ),
        "unknown_methods": base.kiosk.unknown_methods,
    }  # not on the screen: kept
    data["support"] = {
        **data["support"],
        "pro_nr": form.pro_nr.strip(),
        "contact": form.contact.strip(),
    }
    data["branding"] = {
        "name": form.brand_name.strip(),
        "logo": form.logo.strip() or None,
        "primary_color": form.primary_color.strip() or None,
        "accent_color": form.accent_color.strip() or None,
    }
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = [str(p) for p in err["loc"]]
            field = loc[1] if len(loc) > 1 else loc[0]
            if loc[:2] == ["branding", "name"]:
                field = "brand_name"
            problems.setdefault(field, _plain(field, err["msg"], err["type"]))
        return None, problems
    if not form.client_secret and (changed := secret_must_follow(base.srs, settings.srs)):
        problems["client_secret"] = changed
    return (None if problems else settings), problems


def branding_problem(field: str, text: str) -> str | None:
    """Why the kiosk would refuse ``text`` for the ``[branding]`` key ``field`` (as Save says
    it, an English source text), or None: the settings screen's preview says it as typed."""
    try:
        BrandingSettings.model_validate({field: text.strip()})
    except ValidationError as exc:
        err = exc.errors()[0]
        return _plain(field, err["msg"], err["type"])
    return None


def current_pin_problem(verdict: Verdict) -> tuple[str, str] | None:
    """Why the current PIN given to change it was refused: an English source text and what
    fills its %1 ("" for the seconds to wait, which the screen knows), or None if accepted."""
    if verdict is Verdict.ACCEPTED:
        return None
    # The PIN pad's own words (context "PinPad"): staff read the same there.
    if verdict is Verdict.LOCKED:
        return QT_TRANSLATE_NOOP("PinPad", "Wrong PIN. Try again in %1 s."), ""
    if verdict is Verdict.NO_PIN:
        return QT_TRANSLATE_NOOP("PinPad", "No staff PIN set — ask IT to run %1."), SET_COMMAND
    if verdict is Verdict.DAMAGED:
        return (
            QT_TRANSLATE_NOOP("PinPad", "The staff PIN file is damaged — IT can reset it with %1."),
            RESET_COMMAND,
        )
    if verdict is Verdict.TOO_SHORT:
        return (
            QT_TRANSLATE_NOOP(
                "PinPad", "Staff PINs now have at least 6 digits. Ask IT to set a new one with %1."
            ),
            SET_COMMAND,
        )
    return QT_TRANSLATE_NOOP("PinPad", "Wrong PIN."), ""


def _origin(url: AnyHttpUrl | None) -> tuple[str, str | None, int | None] | None:
    return None if url is None else (url.scheme, url.host, url.port)


def secret_must_follow(before: SrsSettings, after: SrsSettings) -> str | None:
    """Why the client secret must be entered again (English source text) or None.

    The secret kept in the keyring was given for the token address it was saved with: it is
    never sent to another token address, nor are its tokens and the customers' data sent to
    another SRS API or RA host, unless staff enter it again for the new ones. Coming from
    training mode counts as a change: the keyring may hold a secret from an earlier setup."""
    if not after.configured:
        return None
    if not before.configured:  # the first set-up (from training mode): no "again"
        return QT_TRANSLATE_NOOP(
            "SettingsProblem", "Enter the client secret given with the client ID."
        )
    if str(before.token_url) != str(after.token_url):
        return QT_TRANSLATE_NOOP(
            "SettingsProblem", "The token address changed: enter the client secret again."
        )
    if _origin(before.api_url) != _origin(after.api_url):
        return QT_TRANSLATE_NOOP(
            "SettingsProblem",
            "The host of the SRS API address changed: enter the client secret again.",
        )
    if _origin(before.ras_url) != _origin(after.ras_url):
        return QT_TRANSLATE_NOOP(
            "SettingsProblem",
            "The host of the RA service address changed: enter the client secret again.",
        )
    return None


def _plain(field: str, message: str, kind: str) -> str:
    if field.endswith("_url"):
        if kind == "value_error":  # a web address, but plain http:// to another computer
            return QT_TRANSLATE_NOOP(
                "SettingsProblem",
                "Use https://. Plain http:// is only for a service on this computer "
                "(127.0.0.1, ::1, localhost), for training and tests.",
            )
        return QT_TRANSLATE_NOOP(
            "SettingsProblem",
            "Enter a full web address starting with https:// (or http:// for a service on "
            "this computer).",
        )
    if field in ("idle_timeout_s", "staff_idle_s"):
        return QT_TRANSLATE_NOOP("SettingsProblem", "Choose between 15 and 3600 seconds.")
    if field in ("external_id", "pro_nr"):
        return QT_TRANSLATE_NOOP("SettingsProblem", "Use at most 100 characters, on one line.")
    if field in ("primary_color", "accent_color"):
        if "too light" in message:
            return QT_TRANSLATE_NOOP(
                "SettingsProblem",
                "Too light for the white text on it: choose a darker colour (a contrast of at "
                "least 4.5:1).",
            )
        return QT_TRANSLATE_NOOP("SettingsProblem", "Write the colour as #rrggbb, e.g. #0b5cad.")
    if field == "logo":
        if "is not a" in message:  # a .png/.svg whose content is not such a picture
            return QT_TRANSLATE_NOOP(
                "SettingsProblem",
                "This file is not a picture, only its name ends in .svg or .png: export the "
                "logo again as SVG or PNG.",
            )
        return QT_TRANSLATE_NOOP(
            "SettingsProblem", "Give the full path of an existing SVG or PNG file."
        )
    if field == "brand_name":
        return QT_TRANSLATE_NOOP("SettingsProblem", "Use at most 80 characters, on one line.")
    if field == "contact":
        return QT_TRANSLATE_NOOP("SettingsProblem", "Use at most 300 characters, on one line.")
    return message
