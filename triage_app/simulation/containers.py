"""Containers for synthetic evidence, made byte-identical from the same input.

ext4: an empty file system from ``mke2fs`` (fixed UUID, hash seed and ``E2FSPROGS_FAKE_TIME``),
filled by a ``debugfs`` script in sorted order with every time fixed. ``mke2fs -d`` would copy
a folder in the order the host file system lists it, and the ctimes the kernel gave the copies,
so two machines (or two kinds of temporary folder) would give two images.
FAT: ``mkfs.vfat --invariant`` with a fixed volume id, filled by ``mmd``/``mcopy -m`` with
``SOURCE_DATE_EPOCH`` (mtools dates new entries with it).
E01: ``ewfacquire`` of such an image under ``faketime`` (the acquisition and system dates, and
the time-based set identifier, come from the clock), with fixed case data.
BitLocker-like: a volume header the encryption detector knows (``-FVE-FS-``) over ciphertext-like
bytes; nothing inside can be read, which is the point of the exercise.
Each image carries its mark (:mod:`triage_app.simulation.marker`) in its first sector.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from triage_app.errors import InputError, StorageError
from triage_app.simulation.marker import MARKER_FILE, Mark, mark_bytes

EPOCH = 1777626000  # 2026-05-01T09:00:00Z: the time every synthetic file and volume is made
VOLUME_LABEL = "SIMULATION"
_FAT_MARK_AT = 0x5A  # FAT boot code (after the FAT32 BPB, so free on FAT12/16/32 alike)
_TOOL_TIMEOUT = 120


def _run(cmd: list[str], *, env: dict[str, str] | None = None) -> str:
    """Run a tool; its standard error (what it said) when it succeeded."""
    if shutil.which(cmd[0]) is None:
        raise StorageError(f"making synthetic evidence needs {cmd[0]}, which is not installed "
                           "(packaging/setup-debian.sh installs it)")
    try:
        done = subprocess.run(cmd, check=True, capture_output=True, timeout=_TOOL_TIMEOUT,
                              env={**os.environ, "LC_ALL": "C", **(env or {})})
    except subprocess.CalledProcessError as exc:
        said = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise StorageError(f"{cmd[0]} failed making synthetic evidence: "
                           f"{said[-1] if said else exc.returncode}") from None
    except subprocess.TimeoutExpired:
        raise StorageError(f"{cmd[0]} did not finish within {_TOOL_TIMEOUT} s") from None
    return done.stderr.decode("utf-8", "replace")


def _uuid(seed_text: str) -> str:
    h = hashlib.sha256(seed_text.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:32]}"


def _blank(target: Path, size: int) -> None:
    with open(target, "wb") as handle:
        handle.truncate(size)


def _write_at(target: Path, offset: int, data: bytes) -> None:
    with open(target, "r+b") as handle:
        handle.seek(offset)
        handle.write(data)


def _folders(files: dict[str, bytes]) -> list[str]:
    made: set[str] = set()
    for rel in files:
        parts = rel.split("/")[:-1]
        made.update("/".join(parts[:i]) for i in range(1, len(parts) + 1))
    return sorted(made, key=lambda f: (f.count("/"), f))


def _quoted(path: str) -> str:
    return '"' + path + '"'  # paths are checked to hold no quote (simulation.evidence)


def make_ext4(target: Path, files: dict[str, bytes], *, size: int, mark: Mark) -> None:
    identity = _uuid(f"{mark.build}/{mark.evidence}")
    env = {"E2FSPROGS_FAKE_TIME": str(EPOCH)}
    _blank(target, size)
    _run(["mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-L", VOLUME_LABEL, "-U", identity,
          "-E", f"hash_seed={identity}", str(target)], env=env)
    with tempfile.TemporaryDirectory(prefix="sim-ext4-") as work:
        script = [f"mkdir {_quoted(folder)}" for folder in _folders(files)]
        for number, (rel, data) in enumerate(sorted(files.items())):
            local = Path(work, f"{number}")
            local.write_bytes(data)
            script.append(f"write {local} {_quoted(rel)}")
        for rel in _folders(files) + sorted(files):
            script += [f"sif {_quoted(rel)} {field} {EPOCH}"
                       for field in ("atime", "mtime", "ctime", "crtime")]
        commands = Path(work, "commands")
        commands.write_text("\n".join(script) + "\n", encoding="utf-8")
        said = _run(["debugfs", "-w", "-f", str(commands), str(target)], env=env)
    # debugfs exits 0 whatever a command met; anything it says beyond its banner is a failure
    failures = [line for line in said.splitlines() if not line.startswith("debugfs ")]
    if failures:
        raise StorageError(f"debugfs failed making synthetic evidence: {failures[0]}")
    _write_at(target, 0, mark_bytes(mark))  # the boot block, which ext4 never uses


def make_fat(target: Path, files: dict[str, bytes], *, size: int, mark: Mark) -> None:
    volume_id = hashlib.sha256(f"{mark.build}/{mark.evidence}".encode()).hexdigest()[:8]
    env = {"MTOOLS_SKIP_CHECK": "1", "SOURCE_DATE_EPOCH": str(EPOCH), "TZ": "UTC"}
    _blank(target, size)
    _run(["mkfs.vfat", "--invariant", "-i", volume_id, "-n", VOLUME_LABEL, str(target)])
    for folder in _folders(files):
        _run(["mmd", "-i", str(target), f"::{folder}"], env=env)
    with tempfile.TemporaryDirectory(prefix="sim-fat-") as work:
        for number, (rel, data) in enumerate(sorted(files.items())):
            local = Path(work, f"{number}")
            local.write_bytes(data)
            os.utime(local, (EPOCH, EPOCH))
            _run(["mcopy", "-m", "-i", str(target), str(local), f"::{rel}"], env=env)
    marker = mark_bytes(mark)
    with open(target, "r+b") as handle:
        boot = handle.read(512)
        backups = [0]
        if boot[0x52:0x5A] == b"FAT32   ":
            backups.append(int.from_bytes(boot[0x32:0x34], "little") * 512)
        for at in backups:
            handle.seek(at + _FAT_MARK_AT)
            handle.write(marker)


def make_bitlocker(target: Path, *, size: int, mark: Mark) -> None:
    """A volume that reads as BitLocker-encrypted: header, then bytes like ciphertext."""
    header = bytearray(512)
    header[0:3] = b"\xeb\x58\x90"
    header[3:11] = b"-FVE-FS-"
    header[0x0B:0x0D] = (512).to_bytes(2, "little")  # bytes per sector
    header[0x0D] = 8  # sectors per cluster
    header[0x15] = 0xF8  # media descriptor: fixed disk
    header[0x28:0x30] = (size // 512).to_bytes(8, "little")
    header[0xA0:0xB0] = hashlib.sha256(mark.build.encode()).digest()[:16]  # volume GUID
    header[0x1FE:0x200] = b"\x55\xaa"
    body = hashlib.shake_256(f"bitlocker/{mark.build}/{mark.evidence}".encode()).digest(
        size - 512)
    marker = mark_bytes(mark)
    with open(target, "wb") as handle:
        handle.write(bytes(header))
        handle.write(marker + body[len(marker):])


def make_folder(target: Path, files: dict[str, bytes], *, mark: Mark) -> None:
    target.mkdir(parents=True)
    everything = {**files, MARKER_FILE: mark_bytes(mark)}
    for rel, data in sorted(everything.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        os.utime(path, (EPOCH, EPOCH))
    for folder in sorted(_folders(everything), key=lambda f: -f.count("/")) + [""]:
        os.utime(target / folder, (EPOCH, EPOCH))


def make_e01(target_stem: Path, image: Path, *, mark: Mark) -> Path:
    """``image`` acquired into ``target_stem``.E01, the same bytes on every run."""
    if shutil.which("faketime") is None:
        raise StorageError("making a reproducible E01 needs faketime (Debian package "
                           "faketime), which is not installed")
    stamp = datetime.fromtimestamp(EPOCH, UTC).strftime("%Y-%m-%d %H:%M:%S")
    _run(["faketime", "-f", stamp, "ewfacquire", "-u", "-q", "-t", str(target_stem),
          "-f", "encase6", "-c", "best", "-d", "sha1",
          "-C", "SIMULATION", "-D", "SIMULATION - synthetic training evidence, not evidence",
          "-E", mark.evidence, "-e", "Field Triage scenario builder",
          "-N", f"build {mark.build}", str(image)], env={"TZ": "UTC"})
    made = target_stem.with_suffix(".E01")
    if not made.is_file():
        raise StorageError(f"ewfacquire made no {made.name}")
    return made


def check_size(size_mib: object) -> int:
    if not isinstance(size_mib, int) or not 1 <= size_mib <= 256:
        raise InputError(f"an evidence image is 1 to 256 MiB, not {size_mib!r}")
    return size_mib * 1024 * 1024
