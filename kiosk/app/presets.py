"""Filter presets for the method choice, and which of them this branch shows.

The settings file has no ``[kiosk] presets`` key yet, so the branch's choice is kept in the data
directory (``presets.json``); the lead may move it into ``[kiosk]`` later.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.srs import Jurisdiction, MethodFilter, MethodType

from .atomic_write import write_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preset:
    key: str
    title: str  # English source; translate with QCoreApplication.translate("Preset", title)
    filters: MethodFilter


PRESETS: tuple[Preset, ...] = (
    Preset(
        "qes-eu",
        str(QT_TRANSLATE_NOOP("Preset", "Qualified signature, EU (eIDAS, LOA 4)")),
        MethodFilter(jurisdiction=(Jurisdiction.EIDAS,), loa=4),
    ),
    Preset(
        "qes-ch",
        str(QT_TRANSLATE_NOOP("Preset", "Qualified signature, CH (ZertES)")),
        MethodFilter(jurisdiction=(Jurisdiction.ZERTES,), loa=4),
    ),
    Preset(
        "aes-eu",
        str(QT_TRANSLATE_NOOP("Preset", "Advanced signature, EU (eIDAS, LOA 3)")),
        MethodFilter(jurisdiction=(Jurisdiction.EIDAS,), loa=3),
    ),
    Preset(
        "web-only",
        str(QT_TRANSLATE_NOOP("Preset", "In the browser, no app")),
        MethodFilter(webflow=True),
    ),
    Preset(
        "video",
        str(QT_TRANSLATE_NOOP("Preset", "Video call")),
        MethodFilter(method_type=MethodType.VIDEO),
    ),
)

DEFAULT_ENABLED = ("qes-eu", "qes-ch")
_FILE = "presets.json"


def preset(key: str) -> Preset | None:
    return next((p for p in PRESETS if p.key == key), None)


def load_enabled(folder: Path) -> tuple[str, ...]:
    path = folder / _FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return DEFAULT_ENABLED
    except (OSError, ValueError) as exc:
        log.warning("presets file %s unreadable (%s); using the defaults", path, exc)
        return DEFAULT_ENABLED
    keys = data.get("enabled") if isinstance(data, dict) else None
    if not isinstance(keys, list):
        return DEFAULT_ENABLED
    return tuple(k for k in keys if isinstance(k, str) and preset(k) is not None)


def save_enabled(folder: Path, keys: tuple[str, ...]) -> None:
    write_atomic(folder / _FILE, json.dumps({"enabled": list(keys)}))
