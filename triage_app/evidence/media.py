"""Disk images and devices as random-access, read-only byte streams ("media").

A raw/dd image (one file or split ``.000/.001…``), an EWF image (``.E01``, split ``.E02…``)
decoded by libewf, or a block device. Every segment file is opened with
:func:`~triage_app.core.readonly.open_readonly`; libewf is handed those file objects, so no
library ever gets a path it could open for writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import threading
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

from triage_app.core.readonly import open_readonly
from triage_app.errors import SourceError

EWF_SIGNATURES = (b"EVF\x09\x0d\x0a\xff\x00", b"EVF2\x0d\x0a\x81\x00")
LOGICAL_EWF_SIGNATURES = (b"LVF\x09\x0d\x0a\xff\x00", b"LEF2\x0d\x0a\x81\x00")
_SPLIT_RAW = re.compile(r"^(?P<stem>.+)\.(?P<num>\d{3,})$")
_WINDOWS_DEVICE = re.compile(r"^\\\\\.\\(PhysicalDrive\d+|[A-Za-z]:)$", re.IGNORECASE)


class Media(ABC):
    """The decoded bytes of an image or device. Reads are serialised: one reader at a time."""

    container: str = ""

    def __init__(self, segments: list[Path]) -> None:
        self.segments = segments
        self._lock = threading.Lock()

    @property
    @abstractmethod
    def size(self) -> int: ...

    @abstractmethod
    def _read_at(self, offset: int, size: int) -> bytes: ...

    def read_at(self, offset: int, size: int) -> bytes:
        if offset >= self.size or size <= 0:
            return b""
        size = min(size, self.size - offset)
        with self._lock:
            try:
                return self._read_at(offset, size)
            except OSError as exc:
                raise SourceError(f"read error at offset {offset} of {self.segments[0].name}: "
                                  f"{exc.strerror or exc}") from exc

    def stored_hashes(self) -> dict[str, str]:
        """Hashes recorded inside the container at acquisition (EWF only)."""
        return {}

    def acquisition_info(self) -> dict[str, str]:
        return {}

    def describe(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "container": self.container,
            "media_size": self.size,
            "segments": [str(p) for p in self.segments],
        }
        if stored := self.stored_hashes():
            info["stored_hashes"] = stored
        if acquisition := self.acquisition_info():
            info["acquisition"] = acquisition
        return info

    def reader(self) -> MediaReader:
        return MediaReader(self)

    @abstractmethod
    def close(self) -> None: ...


class MediaReader:
    """Sequential reads over the whole media (for hashing and imaging)."""

    def __init__(self, media: Media) -> None:
        self._media = media
        self._offset = 0

    def read(self, size: int) -> bytes:
        data = self._media.read_at(self._offset, size)
        self._offset += len(data)
        return data

    def close(self) -> None:
        pass


class RawMedia(Media):
    """A raw image, one file or several segments read as one, or a block device."""

    def __init__(self, segments: list[Path], container: str = "raw") -> None:
        super().__init__(segments)
        self.container = container
        self._files = []
        try:
            for path in segments:
                self._files.append(open_readonly(path))
            self._sizes = [_stream_size(f) for f in self._files]
        except OSError as exc:
            self.close()
            raise SourceError(_os_message(exc, path)) from exc
        self._size = sum(self._sizes)

    @property
    def size(self) -> int:
        return self._size

    def _read_at(self, offset: int, size: int) -> bytes:
        out = bytearray()
        base = 0
        for handle, seg_size in zip(self._files, self._sizes, strict=False):
            if size <= 0:
                break
            if offset < base + seg_size:
                handle.seek(offset - base)
                chunk = _read_full(handle, min(size, base + seg_size - offset))
                out += chunk
                offset += len(chunk)
                size -= len(chunk)
                if len(chunk) == 0:
                    break
            base += seg_size
        return bytes(out)

    def close(self) -> None:
        for handle in self._files:
            handle.close()
        self._files = []


class EwfMedia(Media):
    """An Expert Witness (E01/Ex01) image decoded through libewf-python (pyewf)."""

    container = "ewf"

    def __init__(self, first_segment: Path) -> None:
        import pyewf

        try:
            names = pyewf.glob(str(first_segment))
        except (OSError, RuntimeError) as exc:
            raise SourceError(f"{first_segment.name}: cannot find the EWF segment files: {exc}") from exc
        super().__init__([Path(n) for n in names])
        self._files = []
        self._handle = pyewf.handle()
        try:
            self._files = [open_readonly(p) for p in self.segments]
            self._handle.open_file_objects(self._files)
            self._size = int(self._handle.get_media_size())
        except OSError as exc:
            self.close()
            raise SourceError(f"{first_segment.name} is not a readable EWF (E01) image: "
                              f"{_first_line(exc)}") from exc

    @property
    def size(self) -> int:
        return self._size

    def _read_at(self, offset: int, size: int) -> bytes:
        try:
            return self._handle.read_buffer_at_offset(size, offset)
        except OSError as exc:
            raise OSError(f"EWF chunk cannot be decoded ({_first_line(exc)})") from exc

    def stored_hashes(self) -> dict[str, str]:
        try:
            values = self._handle.get_hash_values() or {}
        except OSError:
            return {}
        return {k.lower().replace("-", ""): v.lower() for k, v in values.items() if v}

    def acquisition_info(self) -> dict[str, str]:
        try:
            return {k: str(v) for k, v in (self._handle.get_header_values() or {}).items()}
        except OSError:
            return {}

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        for handle in self._files:
            handle.close()
        self._files = []


def is_block_device(path: str) -> bool:
    if _WINDOWS_DEVICE.match(path):
        return True
    try:
        return stat.S_ISBLK(os.stat(path).st_mode)
    except OSError:
        return False


def split_raw_segments(path: Path) -> list[Path]:
    """``image.001`` → ``[image.001, image.002, …]`` (``.000`` starts work the same way)."""
    match = _SPLIT_RAW.match(path.name)
    if not match:
        return [path]
    width, start = len(match["num"]), int(match["num"])
    if start > 1:
        raise SourceError(f"{path.name} is a later segment of a split image; give the first "
                          f"segment ({match['stem']}.{'0' * width} or .{1:0{width}d})")
    segments = []
    number = start
    while True:
        candidate = path.with_name(f"{match['stem']}.{number:0{width}d}")
        if not candidate.exists():
            break
        segments.append(candidate)
        number += 1
    return segments


def is_split_start(path: str | Path) -> bool:
    """True for the first segment of a split raw image that has at least a second segment."""
    if not os.fspath(path)[-1:].isdigit():  # most names: no regex (a folder of many files)
        return False
    match = _SPLIT_RAW.match(os.path.basename(path))
    if not match or int(match["num"]) > 1:
        return False
    width = len(match["num"])
    return Path(path).with_name(f"{match['stem']}.{int(match['num']) + 1:0{width}d}").exists()


def sniff(path: Path, size: int = 8) -> bytes:
    try:
        with open_readonly(path) as handle:
            return handle.read(size)
    except OSError as exc:
        raise SourceError(_os_message(exc, path)) from exc


NOT_EWF = "named like an EWF image but has no EWF signature"


def named_like_ewf(path: str | Path) -> bool:
    return os.path.splitext(path)[1].lower() in (".e01", ".ex01", ".s01")


def open_media(path: Path) -> Media:
    """Open an image file or device as media, choosing the container from its content."""
    text = str(path)
    if is_block_device(text):
        return RawMedia([path], container="device")
    head = sniff(path)
    if head.startswith(LOGICAL_EWF_SIGNATURES):
        raise SourceError(f"{path.name} is a logical evidence file (L01/Lx01); open it in a "
                          "forensic suite, Field Triage reads physical images")
    if head.startswith(EWF_SIGNATURES):
        media = EwfMedia(path)
        try:
            media.read_at(0, 512)
        except SourceError as exc:
            media.close()
            raise SourceError(f"{path.name}: the E01 image is truncated or corrupt; its first "
                              f"sector cannot be decoded ({exc})") from exc
        return media
    if named_like_ewf(path):
        raise SourceError(f"{path.name} is {NOT_EWF} (corrupt, truncated or not an E01 at all)")
    segments = split_raw_segments(path)
    return RawMedia(segments, container="split-raw" if len(segments) > 1 else "raw")


def _stream_size(handle) -> int:
    size = handle.seek(0, os.SEEK_END)
    handle.seek(0)
    if size == 0 and sys.platform.startswith("linux"):
        # Some block devices report 0 through seek; ask the kernel.
        import fcntl
        import struct

        try:
            buf = fcntl.ioctl(handle.fileno(), 0x80081272, b"\0" * 8)  # BLKGETSIZE64
            size = struct.unpack("Q", buf)[0]
        except OSError:
            pass
    return size


def _read_full(handle, size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = handle.read(size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _os_message(exc: OSError, path: Path) -> str:
    reason = exc.strerror or str(exc)
    return f"cannot open {path}: {reason}"
