"""Evidence sources: what the officer points the app at, opened strictly read-only.

:func:`open_source` decides from the path and the content: a folder (or mounted drive), a
raw/dd image (single or split), an EWF image, or a block device. Images and devices go through
TSK for volume systems and file systems; encrypted and unsupported volumes are reported in
:attr:`Source.volumes` and never listed as if they were plain content.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triage_app.core.jobs import CancelToken
from triage_app.core.readonly import open_readonly
from triage_app.core.records import ContentReader, Entry, VolumeReport
from triage_app.errors import InputError, SourceError
from triage_app.evidence.allocation import ext_allocated_bytes, mounted_allocated_bytes
from triage_app.evidence.folder import walk_folder
from triage_app.evidence.media import Media, is_block_device, open_media

if TYPE_CHECKING:  # loaded only when an image is listed
    from triage_app.evidence import tsk


class Source:
    kind: str = ""
    # open_source(location) in another process gives a source that lists the same entries
    # and opens them through content_opener (worker processes of a large scan use it)
    reopens_by_location: bool = False

    def __init__(self, location: Path) -> None:
        self.location = location

    @property
    def media(self) -> Media | None:
        return None

    @property
    def volumes(self) -> list[VolumeReport]:
        """What was found where: file systems, encrypted or unsupported volumes."""
        return []

    @property
    def volume_system(self) -> str | None:
        return None

    def describe(self) -> dict[str, Any]:
        info: dict[str, Any] = {"kind": self.kind, "location": str(self.location)}
        if self.media is not None:
            info.update(self.media.describe())
        if self.volume_system:
            info["volume_system"] = self.volume_system
        if self.volumes:
            info["volumes"] = [v.to_dict() for v in self.volumes]
        return info

    def entries(self, cancel: CancelToken) -> Iterator[Entry]:
        raise NotImplementedError

    def holds(self, path: Path) -> bool:
        """True when ``path`` lies on this evidence, where the app must never write."""
        return False

    def allocated_bytes(self) -> int | None:
        """What the file systems say is in use (an estimate of what a scan reads), or None."""
        return None

    def content_opener(self) -> Callable[[Entry], ContentReader]:
        """A function that opens an entry's content, for use in the calling thread only.

        Each thread that reads content in parallel asks for its own: file-system handles are
        not shared between threads.
        """
        return _own_opener

    @property
    def listable(self) -> bool:
        """True when at least one part of the source can be listed."""
        return True

    def close(self) -> None:
        pass

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FolderSource(Source):
    kind = "folder"
    reopens_by_location = True

    def holds(self, path: Path) -> bool:
        root, target = self.location.resolve(), Path(path).resolve()
        return target == root or root in target.parents

    def entries(self, cancel: CancelToken) -> Iterator[Entry]:
        return walk_folder(self.location, cancel)

    def allocated_bytes(self) -> int | None:
        return mounted_allocated_bytes(self.location)

    def content_opener(self) -> Callable[[Entry], ContentReader]:
        """Files opened read-only by their path below the folder."""
        root = os.fspath(self.location)
        return lambda entry: open_readonly(root + entry.path)


class ImageSource(Source):
    """A disk image or device: media, then volume system, then file systems."""

    reopens_by_location = True

    def __init__(self, location: Path, media: Media) -> None:
        super().__init__(location)
        self._media = media
        self.kind = "device" if media.container == "device" else "image"
        self._filesystems: list[tuple[str, tsk.Volume]] = []  # (path prefix, file system)
        self._volumes: list[VolumeReport] = []
        self._volume_system: str | None = None
        self._image: tsk.TskImage | None = None

    @property
    def media(self) -> Media:
        return self._media

    @property
    def volumes(self) -> list[VolumeReport]:
        self.open_filesystems()
        return self._volumes

    @property
    def volume_system(self) -> str | None:
        self.open_filesystems()
        return self._volume_system

    def open_filesystems(self) -> None:
        """Find the volume system and file systems (done lazily: hashing needs none of it)."""
        if self._image is not None:
            return
        from triage_app.evidence import tsk

        self._image = tsk.TskImage(self._media)
        self._volume_system, parts = tsk.partitions(self._image, self._media)
        for part in parts:
            volume, report = tsk.open_filesystem(self._image, self._media, part)
            self._volumes.append(report)
            if volume is not None:
                self._filesystems.append((f"/{part.label}" if part.label else "", volume))

    @property
    def listable(self) -> bool:
        self.open_filesystems()
        return bool(self._filesystems)

    def holds(self, path: Path) -> bool:
        if self.kind != "device":
            return False
        target = Path(path).resolve()
        while not target.exists() and target != target.parent:
            target = target.parent  # a case folder not made yet: look at where it would be
        try:  # a folder on a file system mounted from this very device
            return os.stat(target).st_dev == os.stat(self.location).st_rdev
        except OSError:
            return False

    def allocated_bytes(self) -> int | None:
        """The sum over the listed file systems, when each says (ext2/3/4 do)."""
        self.open_filesystems()
        sizes = [ext_allocated_bytes(self._media.read_at, volume.offset)
                 for _, volume in self._filesystems]
        if not sizes or any(size is None for size in sizes):
            return None
        return sum(size for size in sizes if size is not None)

    def content_opener(self) -> Callable[[Entry], ContentReader]:
        """Files opened by address through this thread's own TSK image and file systems."""
        from triage_app.evidence import tsk

        self.open_filesystems()
        image = tsk.TskImage(self._media)
        volumes = [(prefix, tsk.reopen(image, volume)) for prefix, volume in self._filesystems]

        def open_content(entry: Entry) -> ContentReader:
            for prefix, volume in volumes:
                if not prefix or entry.path.startswith(prefix + "/"):
                    return tsk.open_content(volume, entry)
            raise OSError(f"{entry.path} lies on no file system of this source")

        return open_content

    def entries(self, cancel: CancelToken) -> Iterator[Entry]:
        from triage_app.evidence import tsk

        self.open_filesystems()
        for prefix, volume in self._filesystems:
            yield from tsk.walk_filesystem(volume, prefix, cancel)

    def close(self) -> None:
        self._filesystems = []
        self._image = None
        self._media.close()


def _own_opener(entry: Entry) -> ContentReader:
    if entry.opener is None:
        raise SourceError(f"{entry.path} has no content to read")
    return entry.opener()


def open_source(location: str | os.PathLike[str]) -> Source:
    """Open what the officer named, read-only. Raises InputError/SourceError with a plain reason."""
    text = os.fspath(location)
    path = Path(text)
    if is_block_device(text):
        return ImageSource(path, open_media(path))
    if not os.path.lexists(text):
        raise InputError(f"{text}: no such file, folder or device")
    if path.is_symlink():
        raise InputError(f"{text} is a symbolic link; give the real path of the evidence")
    if path.is_dir():
        if not os.access(text, os.R_OK | os.X_OK):
            raise SourceError(f"{text}: permission denied (the folder cannot be read)")
        return FolderSource(path)
    if not path.is_file():
        raise InputError(f"{text} is not a file, folder or block device")
    if path.stat().st_size == 0:
        raise SourceError(f"{text} is empty (0 bytes): not a disk image")
    return ImageSource(path, open_media(path))
