"""Opening evidence strictly read-only.

Every byte of evidence is reached through :func:`open_readonly`: ``O_RDONLY`` always, plus
``O_NOATIME`` where the kernel allows it, so that reading a file in a folder source does not
even move its access time. Nothing in the evidence layer opens a source any other way.
"""

from __future__ import annotations

import io
import os

_NOATIME = getattr(os, "O_NOATIME", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def open_readonly(path: str | os.PathLike[str], *, buffering: int = 0) -> io.RawIOBase:
    """Open ``path`` for reading only; never creates, truncates or writes."""
    flags = os.O_RDONLY | _BINARY
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
    return open(fd, "rb", buffering=buffering, closefd=True)
