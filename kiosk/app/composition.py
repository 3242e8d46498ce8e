"""Builds the terminal's services and the customer's flow from settings and an open backend
(called by the composition root, kiosk.composition, which also provides the services they are
built on)."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Settings
from kiosk.services import Backend

from .backends import BackendHolder, TrackingServices
from .controller import SessionController, build_session
from .language import LanguageSwitcher
from .settings_store import user_config_path


def build_controller(
    backend: Backend,
    settings: Settings,
    *,
    services: TrackingServices,
    data_folder: Path,
    config_path: Path | None = None,
    language: LanguageSwitcher | None = None,
) -> SessionController:
    """The customer's flow (``CustomerFlow``, still answering as the old controller) with the
    terminal's services as ``.terminal``; ``await controller.start_tracking()`` on the loop
    before use (resumes orders). ``language``: the switcher the window already shows in (None:
    the terminal's own)."""
    return build_session(
        BackendHolder(backend, services),
        settings,
        data_folder=data_folder,
        config_path=config_path or user_config_path(),
        language=language,
    )
