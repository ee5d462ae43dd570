"""The imaging job: a device, partition or image's media into ``evidence/<exhibit>/image/``.

One read of the media feeds the MD5/SHA-1/SHA-256 hashers and the writer (raw or E01); the
written image is then read back in full and must hash the same (verify after write). Bad
sectors are zero-filled and listed. A failed or cancelled image is removed: an incomplete
image would be mistaken for a whole one.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from triage_app import __version__
from triage_app.case.case import Case
from triage_app.case.exhibits import DEFAULT_PREFIX, default_ref, register_exhibit
from triage_app.core.jobs import CancelToken, Progress, ProgressCallback, Throttle, no_progress
from triage_app.engine.hashing import ALGORITHMS, ParallelHasher
from triage_app.errors import Cancelled, InputError, IntegrityError, TriageError
from triage_app.evidence.source import Source
from triage_app.preserve import ewfimage
from triage_app.preserve.mediaread import BadSectors, read_media
from triage_app.preserve.rawimage import RawImageWriter
from triage_app.storage.drives import FAT_MAX_FILE, FAT_SPLIT, filesystem_type, is_fat, storage_error

FORMATS = ("raw", "e01")
MAX_LISTED_REGIONS = 1000  # bad regions named in custody (all are counted and stored)


@dataclass(slots=True)
class ImageResult:
    image_id: int
    exhibit: str
    source: str
    source_kind: str
    format: str
    media_size: int
    status: str = "failed"  # finished | failed | cancelled
    files: list[str] = field(default_factory=list)  # relative to the case folder
    hashes: dict[str, str] = field(default_factory=dict)
    bad_sectors: list[list[int]] = field(default_factory=list)
    bad_sector_count: int = 0
    verified: bool = False
    split: int | None = None
    split_reason: str | None = None
    tool: str = ""
    message: str | None = None
    elapsed: float = 0.0

    def to_record(self) -> dict[str, Any]:
        return {"record": "image", **asdict(self)}


def plan_split(fmt: str, split: int | None, media_size: int, fs_type: str | None
               ) -> tuple[int | None, str | None]:
    """The segment size to use and why; refuses what the case drive cannot hold."""
    if is_fat(fs_type):
        if split is not None and split > FAT_MAX_FILE:
            raise InputError(f"the case folder is on a FAT drive ({fs_type}), which cannot hold "
                             "files of 4 GiB or more; split it into segments of 4000M or less, or use an "
                             "exFAT/NTFS drive")
        if split is None and fmt == "raw" and media_size > FAT_MAX_FILE:
            return FAT_SPLIT, (f"the case folder is on a FAT drive ({fs_type}): split "
                               "automatically at 4095 MiB, as FAT cannot hold files of 4 GiB")
    return split, None


def make_image(case: Case, source: Source, *, fmt: str = "raw", split: int | None = None,
               exhibit: str | None = None, progress: ProgressCallback = no_progress,
               cancel: CancelToken | None = None) -> ImageResult:
    cancel = cancel or CancelToken()
    location = str(source.location)
    media = source.media
    if media is None:
        raise InputError(f"{location} is a folder: images are made of devices, partitions and "
                         "image files; use 'collect' for a folder")
    if fmt not in FORMATS:
        raise InputError(f"image format {fmt!r}: choose raw or e01")
    tool_path = None
    if fmt == "e01":
        tool_path = ewfimage.find_tool()
        ewfimage.check_media_size(media.size)
    split, split_reason = plan_split(fmt, split, media.size, filesystem_type(case.path))
    tool = (ewfimage.tool_version(tool_path) if tool_path
            else f"Field Triage {__version__} (raw writer)")

    ref = exhibit or default_ref(case, location)
    source_id, _ = case.attach_source(source, exhibit=ref)
    row = register_exhibit(case, ref, source_id=source_id, description=f"imaged from {location}")
    folder = case.path / "evidence" / row["dir"] / "image"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, f"the image folder {folder}") from exc
    name = _free_name(folder, row["dir"])
    image_id = case.store.add_image(ref, location, source.kind, fmt, media_size=media.size,
                                    tool=tool)
    result = ImageResult(image_id=image_id, exhibit=ref, source=location,
                         source_kind=source.kind, format=fmt, media_size=media.size,
                         split=split, split_reason=split_reason, tool=tool)
    case.record("image.started", exhibit=ref,
                inputs=[{"source": location, "kind": source.kind, "media_size": media.size}],
                details={"image_id": image_id, "format": fmt, "split": split,
                         "split_reason": split_reason, "tool": tool,
                         "folder": folder.relative_to(case.path).as_posix(),
                         "default_exhibit": ref.startswith(DEFAULT_PREFIX) and not exhibit})
    # Every byte is read twice: from the source, then back from the case drive.
    state = Progress(phase="imaging", files_total=1, bytes_total=2 * media.size)
    report = Throttle(progress)

    def on_bytes(count: int) -> None:
        state.bytes_done += count
        report(state)

    bad = BadSectors()
    writer: RawImageWriter | ewfimage.EwfImageWriter | None = None
    started = time.monotonic()
    try:
        if fmt == "raw":
            writer = RawImageWriter(folder, name, split, cancel, on_verify_bytes=on_bytes)
        else:
            writer = ewfimage.EwfImageWriter(
                folder, name, split, cancel, tool=tool_path or ewfimage.find_tool(),
                case_number=case.ref,
                evidence_number=ref, examiner=case.officer.id,
                description=f"{ref} imaged from {location}",
                notes=f"written by Field Triage {__version__} through {ewfimage.TOOL}; "
                      "hashed on read by Field Triage",
                media_type="removable" if _removable(location) else "fixed",
                on_verify_bytes=on_bytes)
        hasher = ParallelHasher()
        for data in read_media(media, bad, cancel, on_bytes=on_bytes):
            hasher.update(data)
            writer.write(data)
        result.hashes = hasher.hexdigests()
        state.phase = "verifying"
        report(state, force=True)
        files, readback = writer.finish()
        result.files = [p.relative_to(case.path).as_posix() for p in files]
        _compare(result.hashes, readback, fmt)
        result.verified = True
        result.status = "finished"
    except Cancelled:
        result.status = "cancelled"
        raise
    except TriageError as exc:
        result.message = str(exc)
        raise
    except OSError as exc:
        error = storage_error(exc, "the image")
        result.message = str(error)
        raise error from exc
    finally:
        result.bad_sectors = [list(r) for r in bad.regions]
        result.bad_sector_count = bad.sectors
        result.elapsed = round(time.monotonic() - started, 3)
        if result.status != "finished" and writer is not None:
            writer.abort()
            result.files = []
        elif writer is not None:
            writer.close()
        _record_end(case, result)
    return result


def _compare(read: dict[str, str], readback: dict[str, str], fmt: str) -> None:
    for algorithm in ALGORITHMS:
        if readback.get(algorithm) != read[algorithm]:
            raise IntegrityError(
                f"verification failed: the written {fmt} image reads back with "
                f"{algorithm.upper()} {readback.get(algorithm)} but {read[algorithm]} was read "
                "from the source; the image was removed — check the case drive")
    for algorithm in ("md5", "sha1"):
        stored = readback.get(f"stored_{algorithm}")
        if fmt == "e01" and stored != read[algorithm]:
            raise IntegrityError(f"verification failed: the E01 stores {algorithm.upper()} "
                                 f"{stored} but {read[algorithm]} was read from the source")


def _record_end(case: Case, result: ImageResult) -> None:
    case.store.update_image(result.image_id, status=result.status, files=result.files,
                            hashes=result.hashes, bad_sectors=result.bad_sectors,
                            verified=result.verified)
    details = {k: v for k, v in asdict(result).items()
               if k not in ("files", "hashes", "bad_sectors", "exhibit", "message")}
    details["bad_sectors"] = result.bad_sectors[:MAX_LISTED_REGIONS]
    if result.status != "finished":
        details["partial_image_removed"] = True
    case.record(f"image.{result.status}", exhibit=result.exhibit,
                inputs=[{"source": result.source, "media_size": result.media_size,
                         **{k: v for k, v in result.hashes.items()}}],
                outputs=[{"path": f} for f in result.files], reason=result.message,
                details=details)
    case.checkpoint(f"image {result.exhibit} {result.status}")


def _free_name(folder: Path, name: str) -> str:
    """``name`` unless an image of that name is already there (then name-2, name-3 …)."""
    candidate, number = name, 1
    while any(p.name.casefold().startswith(candidate.casefold() + ".")
              for p in folder.iterdir()):
        number += 1
        candidate = f"{name}-{number}"
    return candidate


def _removable(location: str) -> bool:
    """A Linux block device that says it is removable (USB sticks, card readers)."""
    device = os.path.basename(os.path.realpath(location))
    for candidate in (device, device.rstrip("0123456789")):
        try:
            return Path(f"/sys/class/block/{candidate}/removable").read_text().strip() == "1"
        except OSError:
            continue
    return False
