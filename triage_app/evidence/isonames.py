"""The names an ISO 9660 disc really gives its files: Rock Ridge, then Joliet, then 8.3.

TSK lists a disc by its Joliet tree when there is one, else by the plain ISO 9660 tree, and
never reads Rock Ridge: ``Long Name With Spaces and ünïcödé.txt`` is listed as ``LONG_NAM.TXT``
and ``semi;colon.txt`` as ``semi_colon.txt`` (Joliet cannot hold ``;``). pycdlib, a maintained
ISO library, reads the Rock Ridge names here; the name TSK shows is kept as the entry's alias.

The tree TSK shows (Joliet or ISO) is matched to the Rock Ridge tree folder by folder: a file by
where its data lies (and its size), a folder by its name or as the only one left. Anything that
does not match one to one keeps TSK's name.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Callable
from typing import BinaryIO, cast

import pycdlib
from pycdlib.dr import DirectoryRecord
from pycdlib.pycdlibexception import PyCdlibException

log = logging.getLogger(__name__)


class _MediaFile(io.RawIOBase):
    """The bytes of one volume of the media, as the read-only file pycdlib asks for."""

    def __init__(self, read_at: Callable[[int, int], bytes], offset: int, size: int) -> None:
        super().__init__()
        self._read_at, self._offset, self._size, self._position = read_at, offset, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, position: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        self._position = base + position
        return self._position

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer) -> int:
        size = max(0, min(len(buffer), self._size - self._position))
        data = self._read_at(self._offset + self._position, size) if size else b""
        buffer[:len(data)] = data
        self._position += len(data)
        return len(data)


def rock_ridge_names(read_at: Callable[[int, int], bytes], offset: int,
                     size: int) -> dict[str, str]:
    """``{path as TSK lists it: Rock Ridge name}`` for every entry whose names differ; empty
    for a disc without Rock Ridge or one pycdlib cannot read."""
    iso = pycdlib.PyCdlib()
    try:
        # pycdlib reads any seekable binary file object, though it annotates BinaryIO
        iso.open_fp(cast(BinaryIO, _MediaFile(read_at, offset, size)))
        if not iso.has_rock_ridge():
            return {}
        shown_key = "joliet_path" if iso.has_joliet() else "iso_path"
        names: dict[str, str] = {}
        _match(iso, shown_key, "/", "/", "", names)
        return names
    except (PyCdlibException, OSError, ValueError, UnicodeError) as exc:
        log.info("ISO 9660 names beyond TSK's not read: %s", exc)
        return {}
    finally:
        with contextlib.suppress(PyCdlibException):
            iso.close()


def _children(iso, key: str, path: str) -> list:
    return [c for c in iso.list_children(**{key: path}) if not (c.is_dot() or c.is_dotdot())]


def _shown_name(record, joliet: bool) -> str:
    """The name as TSK lists it: without the ``;1`` version or the dot of an empty extension."""
    raw = record.file_identifier()
    name = raw.decode("utf-16-be", "replace") if joliet else raw.decode("ascii", "replace")
    name = name.split(";", 1)[0] if not joliet or name.endswith(";1") else name
    return name if joliet else name.rstrip(".")


def _rr_name(record) -> str:
    return record.rock_ridge.name().decode("utf-8", "replace") if record.rock_ridge else ""


def _match(iso, shown_key: str, shown_path: str, rr_path: str, tsk_parent: str,
           names: dict[str, str]) -> None:
    """Pair the children of one folder TSK shows with those of the Rock Ridge folder."""
    joliet = shown_key == "joliet_path"
    shown = _children(iso, shown_key, shown_path)
    pairs = [(r, r) for r in shown] if not joliet else _joliet_pairs(
        shown, _children(iso, "rr_path", rr_path))
    for record, partner in pairs:
        name, real = _shown_name(record, joliet), _rr_name(partner)
        if not real:
            continue
        tsk_path = f"{tsk_parent}/{name}"
        if real != name:
            names[tsk_path] = real
        if record.is_dir():
            raw = record.file_identifier().decode("utf-16-be" if joliet else "ascii")
            _match(iso, shown_key, f"{shown_path.rstrip('/')}/{raw}",
                   f"{rr_path.rstrip('/')}/{real}", tsk_path, names)


def _joliet_pairs(joliet: list[DirectoryRecord],
                  rock_ridge: list[DirectoryRecord]) -> list[tuple[DirectoryRecord, DirectoryRecord]]:
    """Joliet records with their Rock Ridge twins: files by data location and size, folders
    by name or as the only one left on each side; no pair where that is not one to one."""
    files: dict[tuple[int, int], list] = {}
    for record in rock_ridge:
        if not record.is_dir():
            files.setdefault((record.extent_location(), record.get_data_length()), []).append(record)
    folders = [r for r in rock_ridge if r.is_dir()]
    pairs, lone = [], []
    for record in joliet:
        if record.is_dir():
            named = [f for f in folders if _rr_name(f) == _shown_name(record, True)]
            if len(named) == 1:
                folders.remove(named[0])
                pairs.append((record, named[0]))
            else:
                lone.append(record)
            continue
        twins = files.get((record.extent_location(), record.get_data_length()), [])
        if len(twins) == 1:
            pairs.append((record, twins[0]))
    if len(lone) == 1 and len(folders) == 1:
        pairs.append((lone[0], folders[0]))
    return pairs
