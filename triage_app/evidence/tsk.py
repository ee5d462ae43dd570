"""Volume systems and file systems through The Sleuth Kit (pytsk3), over our read-only media."""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from typing import Any

import pytsk3

from triage_app.core.jobs import CancelToken
from triage_app.core.records import Entry, VolumeReport
from triage_app.errors import SourceError
from triage_app.evidence.damage import DamagedReads
from triage_app.evidence.detect import recognise
from triage_app.evidence.fatdirs import FatEntries
from triage_app.evidence.fstimes import ExtInodes, FileTimes
from triage_app.evidence.isonames import rock_ridge_names
from triage_app.evidence.media import Media
from triage_app.evidence.ntfsattrs import NtfsAttributes, cloud_only_error, read_ntfs_attributes

log = logging.getLogger(__name__)

_MAX_DEPTH = 256
# pytsk3 raises IOError/OSError for TSK errors and RuntimeError when our read callback failed.
_TSK_ERRORS = (IOError, OSError, RuntimeError)
_DIR_TYPES = {pytsk3.TSK_FS_META_TYPE_DIR, pytsk3.TSK_FS_META_TYPE_VIRT_DIR}
_NAME_DIR_TYPES = {pytsk3.TSK_FS_NAME_TYPE_DIR, pytsk3.TSK_FS_NAME_TYPE_VIRT_DIR}
_TIME_FIELDS = ("crtime", "mtime", "atime", "ctime")


class TskImage(pytsk3.Img_Info):
    """Hands TSK the bytes of our :class:`Media`, so TSK never opens the evidence itself."""

    def __init__(self, media: Media) -> None:
        self._media = media
        self.damage = DamagedReads(media.read_at)
        super().__init__(url="", type=pytsk3.TSK_IMG_TYPE_EXTERNAL)

    def read(self, offset: int, size: int) -> bytes:
        return self.damage.read(offset, size)

    def get_size(self) -> int:
        return self._media.size

    def close(self) -> None:  # the Media is closed by its owner
        pass


class Volume:
    """An opened file system and where it lies on the image: to place its blocks on the media,
    and to read what TSK gets wrong from the on-disk records themselves (full times of ext
    inodes, FAT short names and labels, ISO 9660 Rock Ridge names)."""

    __slots__ = ("fs", "offset", "damage", "fs_type", "ext_inodes", "fat_entries", "iso_names")

    def __init__(self, fs, offset: int, length: int, damage: DamagedReads) -> None:
        self.fs, self.offset, self.damage = fs, offset, damage
        self.fs_type = _fs_type_name(fs.info.ftype)
        self.iso_names = rock_ridge_names(damage.read, offset, length) if self.fs_type == "ISO9660" else {}
        self.ext_inodes: ExtInodes | None = (
            _records(ExtInodes, damage, offset) if self.fs_type.startswith("EXT") else None)
        self.fat_entries: FatEntries | None = (
            _records(FatEntries, damage, offset) if self.fs_type.startswith("FAT") else None)

    def name(self, name_info) -> str:
        """The entry's name; FAT short names with non-ASCII letters decoded from the OEM code
        page (TSK shows each such letter as ``^``)."""
        name = name_info.name.decode("utf-8", "replace")
        if self.fat_entries is not None and "^" in name and int(name_info.meta_addr) > 2:
            try:
                return self.fat_entries.short_name(int(name_info.meta_addr), name) or name
            except (ValueError, struct.error, IndexError):
                pass
        return name

    def reopened(self, fs, damage: DamagedReads) -> Volume:
        """This file system as ``fs`` opened it again (for another thread), sharing the
        records read for listing."""
        twin = object.__new__(Volume)
        for slot in self.__slots__:
            setattr(twin, slot, getattr(self, slot))
        twin.fs, twin.damage = fs, damage
        return twin

    def is_fat_volume_label(self, inode: int) -> bool:
        try:
            return self.fat_entries is not None and inode > 2 and self.fat_entries.is_volume_label(inode)
        except (ValueError, struct.error, IndexError):
            return False


def _records(kind, damage: DamagedReads, offset: int):
    """The reader of a file system's own records, or None (TSK's view alone) when its first
    sectors do not parse."""
    try:
        return kind(damage.read, offset)
    except (ValueError, struct.error) as exc:
        log.info("%s not readable (%s): TSK's view alone", kind.__name__, exc)
        return None


class TskReader:
    """Sequential reads of one data stream (default or a named NTFS $DATA attribute).

    A read that covers an unreadable sector of the media fails with the offsets, in the file and
    on the media, instead of returning the zeros TSK was given for it."""

    def __init__(self, volume: Volume, fs_file, size: int,
                 attr: tuple[int, int] | None = None) -> None:
        self._volume = volume
        self._file = fs_file
        self._size = size
        self._attr = attr
        self._offset = 0
        self._runs: list[tuple[int, int, int]] | None = None

    def read(self, size: int) -> bytes:
        size = min(size, self._size - self._offset)
        if size <= 0:
            return b""
        try:
            if self._attr is None:
                data = self._file.read_random(self._offset, size)
            else:
                data = self._file.read_random(self._offset, size, *self._attr)
        except _TSK_ERRORS as exc:
            raise OSError(f"read error at offset {self._offset}: {_tsk_message(exc)}") from exc
        if not data:
            raise OSError(f"short read at offset {self._offset} of {self._size} bytes "
                          "(unreadable or sparse data)")
        if self._volume.damage.any:
            self._refuse_damaged(self._offset, self._offset + len(data))
        self._offset += len(data)
        return data

    def _refuse_damaged(self, start: int, end: int) -> None:
        if self._runs is None:
            self._runs = _data_runs(self._file, self._attr, self._volume)
        bad = _first_damage(self._runs, self._volume.damage, start, end)
        if bad is not None:
            raise OSError(f"unreadable sector at offset {bad[0]} of the media "
                          f"(byte {bad[1]} of this file)")

    def close(self) -> None:
        self._file = None


def _first_damage(runs: list[tuple[int, int, int]], damage: DamagedReads, start: int,
                  end: int) -> tuple[int, int] | None:
    """(offset on the media, offset in the stream) of the first unreadable sector under bytes
    [start, end) of a stream stored in ``runs``."""
    for file_start, media_start, length in runs:
        low, high = max(start, file_start), min(end, file_start + length)
        if low >= high:
            continue
        shift = media_start - file_start
        bad = damage.first_bad(low + shift, high + shift)
        if bad is not None:
            return bad, max(bad - shift, low)
    return None


def _data_runs(fs_file, attr: tuple[int, int] | None, volume: Volume) -> list[tuple[int, int, int]]:
    """(offset in the file, offset on the media, length) of each stored run of the stream."""
    block = int(volume.fs.info.block_size)
    runs = []
    try:
        for attribute in fs_file:
            info = attribute.info
            key = (int(info.type), int(info.id))
            if (key != attr) if attr is not None else not _is_default_data(info):
                continue
            for run in attribute:
                no_data = pytsk3.TSK_FS_ATTR_RUN_FLAG_SPARSE | pytsk3.TSK_FS_ATTR_RUN_FLAG_FILLER
                if int(run.flags) & int(no_data):
                    continue
                runs.append((int(run.offset) * block, volume.offset + int(run.addr) * block,
                             int(run.len) * block))
            break
    except _TSK_ERRORS:
        pass
    return runs


def _is_default_data(info) -> bool:
    if info.type == pytsk3.TSK_FS_ATTR_TYPE_NTFS_DATA:
        return not info.name
    return info.type in (pytsk3.TSK_FS_ATTR_TYPE_DEFAULT, pytsk3.TSK_FS_ATTR_TYPE_HFS_DATA)


def _fs_type_name(ftype: int) -> str:
    for name in dir(pytsk3):
        if (name.startswith("TSK_FS_TYPE_") and getattr(pytsk3, name) == ftype
                and not name.endswith(("_DETECT", "_ENUM"))):
            return name[len("TSK_FS_TYPE_"):]
    return str(ftype)


def _tsk_message(exc: BaseException) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return "; ".join(lines[:2]) if lines else type(exc).__name__


class Partition:
    """Where to look for a file system: the whole media or one partition of a volume system."""

    __slots__ = ("label", "offset", "length", "description")

    def __init__(self, label: str, offset: int, length: int | None, description: str) -> None:
        self.label, self.offset, self.length, self.description = label, offset, length, description


def partitions(image: TskImage, media: Media) -> tuple[str | None, list[Partition]]:
    """The volume system type and its allocated partitions (labelled p1, p2 … as dfVFS does),
    or (None, [whole media]) when there is no volume system."""
    try:
        volumes = pytsk3.Volume_Info(image)
    except _TSK_ERRORS:
        return None, [Partition("", 0, media.size, "whole media")]
    block = volumes.info.block_size
    found: list[Partition] = []
    for part in volumes:
        if part.flags != pytsk3.TSK_VS_PART_FLAG_ALLOC:
            continue
        desc = part.desc.decode("utf-8", "replace") if isinstance(part.desc, bytes) else str(part.desc)
        found.append(Partition(f"p{len(found) + 1}", int(part.start) * block, int(part.len) * block, desc))
    vs_type = {pytsk3.TSK_VS_TYPE_DOS: "MBR", pytsk3.TSK_VS_TYPE_GPT: "GPT",
               pytsk3.TSK_VS_TYPE_MAC: "APM", pytsk3.TSK_VS_TYPE_BSD: "BSD",
               pytsk3.TSK_VS_TYPE_SUN: "SUN"}.get(volumes.info.vstype, str(volumes.info.vstype))
    return vs_type, found


def open_filesystem(image: TskImage, media: Media, part: Partition):
    """Return (Volume or None, VolumeReport). Encrypted/unsupported volumes are reported, not opened."""
    special = recognise(media.read_at, part.offset)
    if special is not None:
        return None, VolumeReport(part.label, part.offset, part.length, special.description,
                                  special.status, message=special.advice)
    try:
        fs = pytsk3.FS_Info(image, offset=part.offset)
    except _TSK_ERRORS as exc:
        return None, VolumeReport(part.label, part.offset, part.length, part.description,
                                  "no-filesystem",
                                  message=f"no file system recognised ({_tsk_message(exc)})")
    volume = Volume(fs, part.offset, part.length or media.size - part.offset, image.damage)
    return volume, VolumeReport(part.label, part.offset, part.length, part.description, "ok",
                                fs_type=volume.fs_type)


def reopen(image: TskImage, volume: Volume) -> Volume:
    """A listed file system opened again through ``image``: TSK handles are not shared
    between threads, so each thread that reads files opens its own."""
    try:
        fs = pytsk3.FS_Info(image, offset=volume.offset)
    except _TSK_ERRORS as exc:
        raise SourceError(f"the file system at offset {volume.offset} cannot be opened again: "
                          f"{_tsk_message(exc)}") from exc
    return volume.reopened(fs, image.damage)


def open_content(volume: Volume, entry: Entry) -> TskReader:
    """A reader of a listed file's content, opened by its metadata address."""
    try:
        fs_file = volume.fs.open_meta(inode=entry.inode)
    except _TSK_ERRORS as exc:
        raise OSError(f"the file's metadata cannot be read: {_tsk_message(exc)}") from exc
    if entry.stream is None:
        return TskReader(volume, fs_file, entry.size)
    for attr in fs_file:
        info = attr.info
        if (info.type == pytsk3.TSK_FS_ATTR_TYPE_NTFS_DATA and info.name
                and info.name.decode("utf-8", "replace") == entry.stream):
            return TskReader(volume, fs_file, entry.size, (int(info.type), int(info.id)))
    raise OSError(f"the stream {entry.stream} is no longer found")


def walk_filesystem(volume: Volume, prefix: str, cancel: CancelToken) -> Iterator[Entry]:
    """Every entry, allocated and deleted, depth first; NTFS named $DATA streams as entries."""
    fs = volume.fs
    is_ntfs = volume.fs_type.startswith("NTFS")
    seen_dirs = {int(fs.info.root_inum)}
    try:
        root = fs.open_dir(path="/")
    except _TSK_ERRORS as exc:
        raise SourceError(f"the root folder cannot be read: {_tsk_message(exc)}") from exc
    # (folder, its path as shown, its path as TSK names it, depth)
    stack: list[tuple[Any, str, str, int]] = [(root, prefix, "", 0)]  # pytsk3 Directory
    while stack:
        directory, parent, tsk_parent, depth = stack.pop()
        subdirs = []
        try:
            children = list(directory)
        except _TSK_ERRORS as exc:
            yield Entry(path=parent or "/", type="dir", size=0,
                        error=f"folder cannot be listed: {_tsk_message(exc)}")
            continue
        for fs_file in children:
            cancel.raise_if_cancelled()
            name = volume.name(fs_file.info.name)
            if name in (".", ".."):
                continue
            tsk_path = f"{tsk_parent}/{name}"
            real_name = volume.iso_names.get(tsk_path)
            path = f"{parent}/{real_name or name}"
            entry, fs_file = _entry(volume, fs_file, path)
            if real_name:
                entry.alias = name
            if entry.type == "dir" and depth < _MAX_DEPTH and entry.inode not in seen_dirs:
                seen_dirs.add(entry.inode)
                try:  # opened (and so read) before the folder is reported, to report damage
                    subdirs.append((fs_file.as_directory(), path, tsk_path, depth + 1))
                    entry.error = entry.error or _damaged_folder(volume, fs_file)
                except _TSK_ERRORS as exc:
                    if not entry.deleted:
                        log.info("cannot open folder %s: %s", path, _tsk_message(exc))
            yield entry
            if is_ntfs and fs_file.info.meta is not None and entry.type in ("file", "dir"):
                yield from _named_streams(volume, fs_file, path, entry)
        stack.extend(reversed(subdirs))


def _damaged_folder(volume: Volume, fs_file) -> str | None:
    """Why a folder's listing may be short: an unreadable sector where its entries are kept."""
    if not volume.damage.any:
        return None
    bad = _first_damage(_data_runs(fs_file, None, volume), volume.damage, 0, 1 << 62)
    if bad is None:
        return None
    return (f"folder partly unreadable: sector at offset {bad[0]} of the media holds part of "
            "its list of names; what could be read is listed")


def _entry(volume: Volume, fs_file, path: str):
    fs = volume.fs
    name_info = fs_file.info.name
    meta = fs_file.info.meta
    inode = int(name_info.meta_addr)
    if meta is None and inode > 0:
        try:  # e.g. children of $OrphanFiles: load the metadata directly
            fs_file = fs.open_meta(inode=inode)
            meta = fs_file.info.meta
        except _TSK_ERRORS:
            meta = None
    deleted = bool(int(name_info.flags) & int(pytsk3.TSK_FS_NAME_FLAG_UNALLOC))
    if meta is None:
        kind = "dir" if name_info.type in _NAME_DIR_TYPES else (
            "file" if name_info.type == pytsk3.TSK_FS_NAME_TYPE_REG else "other")
        return Entry(path=path, type=kind, size=0, deleted=deleted, inode=inode or None,
                     error="no metadata left for this name (content not recoverable)"
                     if deleted else None), fs_file
    deleted = deleted or bool(int(meta.flags) & int(pytsk3.TSK_FS_META_FLAG_UNALLOC))
    if meta.type == pytsk3.TSK_FS_META_TYPE_REG and not (
            int(meta.size) == 0 and volume.is_fat_volume_label(inode)):
        kind = "file"  # a label entry WITH data is kept: data hidden behind a label (DFTT 9)
    elif meta.type in _DIR_TYPES:
        kind = "dir"
    elif meta.type == pytsk3.TSK_FS_META_TYPE_LNK:
        kind = "link"
    else:
        kind = "other"  # devices, sockets, FIFOs, TSK virtual files ($MBR, $FAT1 …), a FAT label
    size = int(meta.size)
    ntfs = _ntfs_attributes(volume, fs_file, inode)
    times = ntfs.times if ntfs is not None else _times(volume, meta, inode)
    entry = Entry(path=path, type=kind, size=size, deleted=deleted, times=times.times, inode=inode,
                  times_out_of_range=tuple(times.out_of_range))
    if kind == "file" and ntfs is not None and ntfs.cloud_only:
        entry.error = cloud_only_error(f"reparse tag 0x{ntfs.reparse_tag:08X}")
    elif kind == "file":
        handle = fs_file
        entry.opener = lambda: TskReader(volume, handle, size)
    return entry, fs_file


def _ntfs_attributes(volume: Volume, fs_file, inode: int) -> NtfsAttributes | None:
    """An NTFS entry's own attributes (empty when damaged); None off NTFS."""
    if not volume.fs_type.startswith("NTFS"):
        return None
    try:
        return read_ntfs_attributes(fs_file)
    except (struct.error, *_TSK_ERRORS) as exc:
        log.info("attributes of MFT entry %s not readable in full: %s", inode, exc)
        return NtfsAttributes()  # TSK's 32-bit times may be wrong: no date beats a wrong one


def _times(volume: Volume, meta, inode: int) -> FileTimes:
    """Full times from the ext inode; TSK's own for other file systems and for TSK's virtual
    entries, which have no inode."""
    if volume.ext_inodes is not None and 0 < inode <= volume.ext_inodes.count:
        try:
            return volume.ext_inodes.times(inode)
        except (struct.error, *_TSK_ERRORS) as exc:
            log.info("times of inode %s not readable in full: %s", inode, exc)
            return FileTimes()  # TSK's 32-bit times may be wrong: no date beats a wrong one
    return FileTimes({field: int(getattr(meta, field)) for field in _TIME_FIELDS
                      if getattr(meta, field, 0)})


def _named_streams(volume: Volume, fs_file, path: str, parent: Entry) -> Iterator[Entry]:
    try:
        attributes = list(fs_file)
    except _TSK_ERRORS:
        return
    for attr in attributes:
        info = attr.info
        if info.type != pytsk3.TSK_FS_ATTR_TYPE_NTFS_DATA or not info.name:
            continue
        stream = info.name.decode("utf-8", "replace")
        size = int(info.size)
        attr_key = (int(info.type), int(info.id))
        entry = Entry(path=f"{path}:{stream}", type="file", size=size, deleted=parent.deleted,
                      times=dict(parent.times), times_out_of_range=parent.times_out_of_range,
                      inode=parent.inode, stream=stream)
        if not _holds_no_data(attr):
            entry.opener = lambda a=attr_key, s=size: TskReader(volume, fs_file, s, a)
        yield entry


def _holds_no_data(attr) -> bool:
    """True for a non-resident stream with no stored run: all of it sparse, nothing on disk to
    read (``$BadClus:$Bad``, as big as the volume, on every NTFS volume without bad clusters)."""
    if not int(attr.info.flags) & int(pytsk3.TSK_FS_ATTR_NONRES) or not int(attr.info.size):
        return False
    sparse = int(pytsk3.TSK_FS_ATTR_RUN_FLAG_SPARSE)
    try:
        return all(int(run.flags) & sparse for run in attr)
    except _TSK_ERRORS:
        return False
