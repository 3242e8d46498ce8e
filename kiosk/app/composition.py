"""Builds the terminal's services and the customer's flow from settings and an open backend."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Settings, data_dir
from kiosk.services import Backend

from .backends import BackendHolder
from .controller import SessionController, build_session
from .settings_store import user_config_path


def build_controller(backend: Backend, settings: Settings, *, config_path: Path | None = None,
                     data_folder: Path | None = None) -> SessionController:
    """The customer's flow (``CustomerFlow``, still answering as the old controller) with the
    terminal's services as ``.terminal``; ``await controller.start_tracking()`` on the loop
    before use (resumes orders)."""
    folder = data_folder or data_dir()
    return build_session(BackendHolder(backend, folder), settings, data_folder=folder,
                         config_path=config_path or user_config_path())
