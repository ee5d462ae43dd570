"""Whole-or-nothing writes of the app's own small files (profiles, settings) on the floor.

Case data goes through :mod:`triage_app.storage` (durable writes, drive limits); these files
are the officer's own and sit below it, so they keep this small atomic write.
"""

from __future__ import annotations

import os
from pathlib import Path

from triage_app.errors import StorageError


def write_small_file(path: Path, data: bytes, mode: int = 0o644) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb", opener=lambda p, flags: os.open(p, flags, mode)) as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
