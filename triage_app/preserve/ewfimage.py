"""Writing an E01 image with Debian's ``ewfacquirestream`` (package ``ewf-tools``).

The libewf-python wheel reads EWF but cannot write it, so the job pipes the media bytes it
reads (and hashes, and zero-fills where sectors are bad) into ``ewfacquirestream``: one read
of the evidence feeds both our hashes and the E01. ``ewfacquire`` itself would read the source
a second time, would image the *file* bytes of an E01 or split raw source rather than its
media, and would apply its own bad-sector policy. The written E01 is then decoded with libewf
and its media hash compared with ours, and the MD5/SHA-1 stored inside it too.

EWF stores whole 512-byte sectors only: a media whose size is not a multiple of 512 would lose
its last bytes (measured: ewfacquire and ewfacquirestream 20140813 both truncate, and
``ewfverify`` then fails), so such a media is refused for E01.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from triage_app.core.jobs import CancelToken
from triage_app.engine.hashing import hash_reader
from triage_app.errors import InputError, IntegrityError, SourceError, StorageError
from triage_app.evidence.media import EwfMedia
from triage_app.preserve.copy import remove_quietly
from triage_app.storage.drives import storage_error
from triage_app.storage.durable import fsync_dir, temp_name

TOOL = "ewfacquirestream"
EWF_SECTOR = 512


def find_tool() -> str:
    """The path of ewfacquirestream, or InputError saying E01 cannot be written here."""
    path = shutil.which(TOOL)
    if path is None:
        raise InputError("E01 cannot be written on this machine: ewfacquirestream (Debian package "
                         "ewf-tools) is not installed. Nothing was written and no raw image was "
                         "made in its place; install ewf-tools or make a raw image")
    return path


def tool_version(path: str) -> str:
    try:
        out = subprocess.run([path, "-V"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return TOOL
    first = next((ln.strip() for ln in out.splitlines() if ln.strip()), TOOL)
    return f"{first} (libewf, ewf-tools)"


def check_media_size(size: int) -> None:
    if size % EWF_SECTOR:
        raise InputError(f"the media is {size} bytes, not a whole number of 512-byte sectors; "
                         f"E01 stores whole sectors only and would drop the last "
                         f"{size % EWF_SECTOR} bytes. Make a raw image of this source")


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii")


class EwfImageWriter:
    format = "e01"

    def __init__(self, folder: Path, name: str, segment_size: int | None, cancel: CancelToken,
                 *, tool: str, case_number: str, evidence_number: str, examiner: str,
                 description: str, notes: str, media_type: str = "fixed",
                 on_verify_bytes: Callable[[int], None] | None = None) -> None:
        self.folder, self.name = folder, name
        self.files: list[Path] = []
        self._cancel = cancel
        self._on_verify = on_verify_bytes
        self._stem = temp_name(folder / "image")  # its segments are temp names too
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - the tool writes it until close()
        cmd = [tool, "-t", str(self._stem), "-f", "encase6", "-c", "fast", "-d", "sha1",
               "-C", _ascii(case_number), "-E", _ascii(evidence_number),
               "-e", _ascii(examiner), "-D", _ascii(description), "-N", _ascii(notes),
               "-m", media_type, "-M", "physical", "-q"]
        if segment_size:
            cmd += ["-S", str(segment_size)]
        try:
            self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=self._log,
                                          stderr=subprocess.STDOUT)
        except OSError as exc:
            self._log.close()
            raise StorageError(f"{TOOL} cannot be started: {exc.strerror or exc}") from exc
        if self._proc.stdin is None:  # Popen gives a pipe for stdin=PIPE; never None
            raise StorageError(f"{TOOL} was started without a pipe to write the image to")
        self._stdin = self._proc.stdin

    def write(self, data: bytes) -> None:
        try:
            self._stdin.write(data)
        except (BrokenPipeError, OSError) as exc:
            self._proc.wait()
            raise self._tool_failed() from exc

    def _tool_output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def _tool_failed(self) -> StorageError:
        try:
            os.stat(self.folder)
        except OSError as exc:  # the tool failed because the case drive did
            return storage_error(exc, "the E01 image")
        lines = [ln.strip() for ln in self._tool_output().splitlines() if ln.strip()]
        detail = "; ".join(ln for ln in lines if "unable" in ln.lower() or "error" in ln.lower()
                           or "space" in ln.lower())[-400:] or (lines[-1] if lines else "")
        full = any("no space" in ln.lower() for ln in lines)
        if full:
            return StorageError(f"the case drive is full (writing the E01 image); {TOOL}: {detail}")
        return StorageError(f"{TOOL} could not write the E01 image (exit "
                            f"{self._proc.returncode}): {detail}")

    def _segments(self) -> list[Path]:
        return sorted(self.folder.glob(self._stem.name + ".[Ee]*"))

    def finish(self) -> tuple[list[Path], dict[str, str]]:
        """Let the tool finish, name the segments, decode them: (files, decoded media hashes)."""
        with contextlib.suppress(OSError):
            self._stdin.close()
        if self._proc.wait() != 0:
            raise self._tool_failed()
        written = self._segments()
        if not written:
            raise StorageError(f"{TOOL} reported success but wrote no segment file")
        for path in written:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        finals = [self.folder / f"{self.name}{p.suffix}" for p in written]
        for final in finals:
            if os.path.lexists(final):
                raise FileExistsError(final)
        for path, final in zip(written, finals, strict=False):
            os.rename(path, final)
            self.files.append(final)
        fsync_dir(self.folder, strict=False)
        hashes, stored = self._decode()
        return self.files, {**hashes, **{f"stored_{k}": v for k, v in stored.items()}}

    def _decode(self) -> tuple[dict[str, str], dict[str, str]]:
        try:
            media = EwfMedia(self.files[0])
        except SourceError as exc:
            raise IntegrityError(f"the written E01 cannot be decoded: {exc}") from exc
        try:
            hashes, _ = hash_reader(media.reader(), on_bytes=self._on_verify, cancel=self._cancel)
            return hashes, media.stored_hashes()
        except SourceError as exc:
            raise IntegrityError(f"the written E01 cannot be decoded: {exc}") from exc
        finally:
            media.close()

    def abort(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        with contextlib.suppress(OSError):
            self._stdin.close()
        self._proc.wait()
        self._log.close()
        try:
            leftovers = self._segments()
        except OSError:
            leftovers = []  # the case drive is gone: the next open removes them (temp names)
        for path in leftovers + self.files:
            remove_quietly(path)

    def close(self) -> None:
        self._log.close()
