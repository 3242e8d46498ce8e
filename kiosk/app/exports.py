"""Files staff export on purpose (the support card, the readiness report): written into one
configured folder, never over an existing file, with no file dialog (staff never browse the
file system from the kiosk)."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def export_folder(configured: Path | None) -> Path:
    """Where staff's exports go: ``[support] export_folder``, else the user's documents."""
    return configured if configured is not None else Path(platformdirs.user_documents_dir())


def write_export(folder: Path, name: str, content: str) -> Path:
    """``content`` as a new file ``name`` in ``folder`` (made if missing; an existing file is
    never overwritten: a second export in the same second gets ``-2``...). Raises OSError."""
    folder.mkdir(parents=True, exist_ok=True)
    stem, dot, suffix = name.rpartition(".")
    for n in range(1, 100):
        path = folder / (name if n == 1 else f"{stem}-{n}{dot}{suffix}")
        try:
            with path.open("x", encoding="utf-8") as out:
                out.write(content)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{folder / name} and 98 more names exist")
