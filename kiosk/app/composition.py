"""Builds the session controller from settings and an open backend (called by the composition
root, kiosk.composition, which also provides the services it is built on)."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Settings
from kiosk.services import Backend

from .backends import BackendHolder, TrackingServices
from .controller import SessionController
from .language import LanguageSwitcher
from .settings_store import user_config_path


def build_controller(backend: Backend, settings: Settings, *, services: TrackingServices,
                     data_folder: Path, config_path: Path | None = None,
                     language: LanguageSwitcher | None = None) -> SessionController:
    """The controller; ``await controller.start_tracking()`` on the loop before use (resumes
    orders). ``language``: the switcher the window already shows in (None: its own)."""
    return SessionController(BackendHolder(backend, services), settings, data_folder=data_folder,
                             config_path=config_path or user_config_path(), language=language)
