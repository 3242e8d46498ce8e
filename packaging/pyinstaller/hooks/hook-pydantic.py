"""Replaces pyinstaller-hooks-contrib's pydantic hook: every pydantic submodule (pydantic
imports some by name), but for the V1 compatibility layer and the mypy plugin, which the spec
excludes (UNUSED_PYTHON_MODULES) and which the stock hook would list as hidden imports not
found, one warning each."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "pydantic", filter=lambda name: not name.startswith(("pydantic.v1", "pydantic.mypy")))
