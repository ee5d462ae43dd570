"""Checks a received bag before anything reads it in earnest: a hostile package must not make
us write outside the target, follow a link, open a device or read a gigabyte manifest."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

MAX_TAG_FILE_BYTES = 256 * 1024 * 1024  # a manifest of a few million files, not more
MAX_ENTRIES = 5_000_000


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # unsafe-path | link | special-file | too-large | structure | manifest | payload |
    #            signature | custody | mode
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


def unsafe_manifest_path(raw: str) -> str | None:
    """Why a path named in a manifest is unsafe, or None."""
    path = unquote(raw) if "%" in raw else raw
    if not path or "\x00" in path:
        return "empty or NUL in path"
    if path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
        return "absolute path"
    if "\\" in path:
        return "backslash in path"
    if any(part in ("..", "") for part in PurePosixPath(path).parts) or ".." in path.split("/"):
        return "'..' in path"
    return None


def scan_tree(bag: Path) -> list[Problem]:
    """Links, devices, FIFOs and sockets anywhere in the bag; oversized tag files."""
    problems: list[Problem] = []
    if bag.is_symlink():
        return [Problem("link", f"{bag.name} is itself a symbolic link")]
    if not bag.is_dir():
        return [Problem("structure", f"{bag} is not a folder")]
    count = 0
    for folder, dirs, files in os.walk(bag, followlinks=False):
        for name in dirs + files:
            count += 1
            if count > MAX_ENTRIES:
                return problems + [Problem("too-large", f"more than {MAX_ENTRIES} entries")]
            path = Path(folder) / name
            rel = path.relative_to(bag).as_posix()
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                problems.append(Problem("link", f"{rel} is a symbolic link"))
            elif not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                problems.append(Problem("special-file", f"{rel} is a device, FIFO or socket"))
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
    for path in bag.iterdir():
        if path.is_file() and not path.is_symlink() and path.name.endswith(".txt") \
                and path.stat().st_size > MAX_TAG_FILE_BYTES:
            problems.append(Problem("too-large", f"{path.name} is {path.stat().st_size} bytes; "
                                                 "refusing to read a manifest that large"))
    return problems


def manifest_problems(bag: Path) -> list[Problem]:
    """Unsafe paths named in any manifest or tag manifest (read line by line, capped)."""
    problems: list[Problem] = []
    for manifest in sorted(bag.glob("*manifest-*.txt")):
        if manifest.is_symlink() or manifest.stat().st_size > MAX_TAG_FILE_BYTES:
            continue  # reported by scan_tree
        with open(manifest, "r", encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                parts = line.rstrip("\r\n").split(None, 1)
                if len(parts) != 2:
                    if line.strip():
                        problems.append(Problem("manifest", f"{manifest.name} line {number} is malformed"))
                    continue
                why = unsafe_manifest_path(parts[1].strip())
                if why:
                    problems.append(Problem("unsafe-path", f"{manifest.name} line {number} names "
                                                           f"{parts[1].strip()!r}: {why}"))
    return problems
