"""Writing a raw image, whole (``name.raw``) or split (``name.001``, ``name.002`` …).

Each segment is written under a temporary name, fsync'd, read back (SHA-256 against what was
written) and only then renamed; the read-back of all segments in order also feeds one hasher,
whose MD5/SHA-1/SHA-256 the job compares with the hashes taken while reading the source.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from triage_app.core.jobs import CancelToken
from triage_app.engine.hashing import ParallelHasher, chunks
from triage_app.errors import IntegrityError, StorageError
from triage_app.preserve.copy import create_exclusive, remove_quietly, sync_and_close, temp_name, write_all
from triage_app.storage.drives import storage_error
from triage_app.storage.durable import fsync_dir


class RawImageWriter:
    format = "raw"

    def __init__(self, folder: Path, name: str, split: int | None, cancel: CancelToken,
                 on_verify_bytes: Callable[[int], None] | None = None) -> None:
        self.folder, self.name, self.split = folder, name, split
        self.files: list[Path] = []
        self._cancel = cancel
        self._on_verify = on_verify_bytes
        self._fd: int | None = None
        self._tmp: Path | None = None
        self._written = 0
        self._segment_sha256 = hashlib.sha256()
        self._readback = ParallelHasher()

    def _final(self, index: int) -> Path:
        return self.folder / (f"{self.name}.raw" if self.split is None
                              else f"{self.name}.{index + 1:03d}")

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            fd = self._fd if self._fd is not None else self._open_segment()
            room = len(view) if self.split is None else self.split - self._written
            part = view[:room]
            write_all(fd, part, self._final(len(self.files)).name)
            self._segment_sha256.update(part)
            self._written += len(part)
            view = view[len(part):]
            if self.split is not None and self._written == self.split:
                self._close_segment()

    def _open_segment(self) -> int:
        final = self._final(len(self.files))
        if os.path.lexists(final):
            raise FileExistsError(final)  # the job picked a free name
        self._tmp = temp_name(final)
        self._fd = create_exclusive(self._tmp)
        self._written = 0
        self._segment_sha256 = hashlib.sha256()
        return self._fd

    def _close_segment(self) -> None:
        final = self._final(len(self.files))
        fd, tmp, self._fd = self._fd, self._tmp, None
        if fd is None or tmp is None:
            raise StorageError(f"{final.name}: no segment is open to close")
        sync_and_close(fd, final.name)
        check = hashlib.sha256()
        try:
            with open(tmp, "rb", buffering=0) as handle:
                for chunk in chunks(handle):
                    self._cancel.raise_if_cancelled()
                    self._readback.update(chunk)
                    check.update(chunk)
                    if self._on_verify is not None:
                        self._on_verify(len(chunk))
        except OSError as exc:
            raise storage_error(exc, f"{final.name} (reading it back to verify)") from exc
        if check.hexdigest() != self._segment_sha256.hexdigest():
            raise IntegrityError(f"verification failed: segment {final.name} reads back with "
                                 f"SHA-256 {check.hexdigest()} but "
                                 f"{self._segment_sha256.hexdigest()} was written; check the "
                                 "case drive")
        try:
            os.rename(tmp, final)
        except OSError as exc:
            raise storage_error(exc, final.name) from exc
        self._tmp = None
        self.files.append(final)
        fsync_dir(self.folder, strict=False)

    def finish(self) -> tuple[list[Path], dict[str, str]]:
        """Close the last segment; returns the files and the hashes of their read-back."""
        if self._fd is not None:
            self._close_segment()
        return self.files, self._readback.hexdigests()

    def close(self) -> None:
        """Nothing left open once :meth:`finish` returned (the E01 writer has a log to close)."""

    def abort(self) -> None:
        """Remove every segment of this unfinished image (an incomplete image is no image)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        if self._tmp is not None:
            remove_quietly(self._tmp)
        for path in self.files:
            remove_quietly(path)
