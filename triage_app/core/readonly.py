"""Opening evidence strictly read-only.

Every byte of evidence is reached through :func:`open_readonly`, and every folder of evidence
is listed through :func:`list_readonly`: ``O_RDONLY`` always, plus ``O_NOATIME`` where the
kernel allows it, so that reading a file or listing a folder of a folder source, or a photo,
does not even move its access time. Nothing opens evidence any other way.
"""

from __future__ import annotations

import os
from typing import BinaryIO

_NOATIME = getattr(os, "O_NOATIME", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def open_readonly(path: str | os.PathLike[str], *, buffering: int = 0) -> BinaryIO:
    """Open ``path`` for reading only; never creates, truncates or writes."""
    return open(_open_fd(path, os.O_RDONLY | _BINARY), "rb", buffering=buffering, closefd=True)


def list_readonly(path: str | os.PathLike[str]) -> list[str]:
    """The names in the folder ``path``, listed without moving the folder's access time."""
    if os.scandir not in os.supports_fd:  # Windows: no folder handles to list through
        return os.listdir(path)
    fd = _open_fd(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        return os.listdir(fd)
    finally:
        os.close(fd)


def _open_fd(path: str | os.PathLike[str], flags: int) -> int:
    try:
        fd = os.open(path, flags | _NOATIME)
    except PermissionError:
        # O_NOATIME needs ownership of the file (or CAP_FOWNER); plain read-only is still safe.
        fd = os.open(path, flags)
    except OSError as exc:
        if _NOATIME and exc.errno == 22:  # EINVAL: file system without O_NOATIME support
            fd = os.open(path, flags)
        else:
            raise
    return fd
