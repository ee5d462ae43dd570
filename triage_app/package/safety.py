"""Checks a received bag before anything reads it in earnest: a hostile package must not make
us write outside the target, follow a link, open a device, recurse without end, or spend time
and memory on what a manifest merely claims.

Everything here is bounded by what is on disk: the tree is walked without recursion to a fixed
depth, tag files must be UTF-8 and under a size cap, and a manifest may not name more files than
the bag holds, so the stock validator that runs next does work in proportion to the payload.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MAX_TAG_FILE_BYTES = 256 * 1024 * 1024  # a manifest of a few million files, not more
MAX_ENTRIES = 5_000_000
MAX_DEPTH = 128  # folders below the bag; evidence paths are far shallower
MAX_PATH_CHARS = 8192  # beyond PATH_MAX on every system the lab uses


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # unsafe-path | link | special-file | too-large | structure | manifest | payload |
    #            unlisted | signature | custody | mode
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass(slots=True)
class BagTree:
    """What is on disk: every regular file, '/'-separated and relative to the bag."""

    files: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)

    @property
    def payload(self) -> int:
        return sum(1 for f in self.files if f.startswith("data/"))


def decode_manifest_path(raw: str) -> str:
    """RFC 8493 2.1.3: ``%0A``, ``%0D`` and ``%25`` in a manifest path stand for LF, CR, %."""
    if "%" not in raw:
        return raw
    return (raw.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r")
            .replace("%0d", "\r").replace("%25", "%"))


def unsafe_manifest_path(path: str) -> str | None:
    """Why a (decoded) path named in a manifest is unsafe, or None."""
    if not path or "\x00" in path:
        return "empty or NUL in path"
    if len(path) > MAX_PATH_CHARS or path.count("/") >= MAX_DEPTH:
        return "longer or deeper than any file system holds"
    if path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
        return "absolute path"
    if "\\" in path:
        return "backslash in path"
    if any(part in ("..", "") for part in PurePosixPath(path).parts) or ".." in path.split("/"):
        return "'..' in path"
    return None


def scan_tree(bag: Path) -> BagTree:
    """Links, devices, FIFOs and sockets anywhere in the bag; too deep or too many entries;
    oversized or non-UTF-8 tag files. Walked with a stack, never by recursion."""
    tree = BagTree()
    if bag.is_symlink():
        tree.problems.append(Problem("link", f"{bag.name} is itself a symbolic link"))
        return tree
    if not bag.is_dir():
        tree.problems.append(Problem("structure", f"{bag} is not a folder"))
        return tree
    count = 0
    stack: list[tuple[str, int]] = [("", 0)]
    while stack:
        rel_dir, depth = stack.pop()
        try:
            entries = list(os.scandir(bag / rel_dir if rel_dir else bag))
        except OSError as exc:
            tree.problems.append(Problem("structure", f"cannot list {rel_dir or '.'}: "
                                                      f"{exc.strerror or exc}"))
            continue
        for entry in entries:
            count += 1
            if count > MAX_ENTRIES:
                tree.problems.append(Problem("too-large", f"more than {MAX_ENTRIES} entries"))
                return tree
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as exc:
                tree.problems.append(Problem("structure", f"cannot read {rel!r}: "
                                                          f"{exc.strerror or exc}"))
                continue
            if stat.S_ISLNK(mode):
                tree.problems.append(Problem("link", f"{rel!r} is a symbolic link"))
            elif stat.S_ISDIR(mode):
                if depth + 1 > MAX_DEPTH:
                    tree.problems.append(Problem(
                        "too-large", f"folders nest more than {MAX_DEPTH} deep ({rel[:80]!r}...)"))
                    return tree
                stack.append((rel, depth + 1))
            elif stat.S_ISREG(mode):
                tree.files.add(rel)
            else:
                tree.problems.append(Problem("special-file", f"{rel!r} is a device, FIFO or "
                                                             "socket"))
    for name in sorted(f for f in tree.files if "/" not in f and f.endswith(".txt")):
        tree.problems += _tag_file_problems(bag / name, name)
    return tree


def _tag_file_problems(path: Path, name: str) -> list[Problem]:
    size = path.stat().st_size
    if size > MAX_TAG_FILE_BYTES:
        return [Problem("too-large", f"{name} is {size} bytes; refusing to read a manifest "
                                     "that large")]
    decoder = codecs.getincrementaldecoder("utf-8")()
    done = 0
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(block)
                done += len(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        return [Problem("structure", f"{name} is not UTF-8 text (near byte {done + exc.start}); "
                                     "BagIt tag files must be")]
    return []


def manifest_problems(bag: Path, tree: BagTree) -> list[Problem]:
    """Unsafe or malformed lines in every manifest, and a manifest naming more files than the
    bag holds (read line by line; nothing of it is kept)."""
    problems: list[Problem] = []
    tag_files = len(tree.files) - tree.payload
    for name in sorted(f for f in tree.files if "/" not in f and "manifest-" in f
                       and f.endswith(".txt")):
        limit = tag_files if name.startswith("tagmanifest-") else tree.payload
        entries = 0
        with open(bag / name, encoding="utf-8", errors="replace", newline="\n") as handle:
            for number, line in enumerate(handle, 1):
                parts = line.rstrip("\r\n").split(None, 1)
                if len(parts) != 2:
                    if line.strip():
                        problems.append(Problem("manifest", f"{name} line {number} is malformed"))
                    continue
                entries += 1
                if entries > limit:
                    problems.append(Problem("too-large", f"{name} names more files than the bag "
                                                         f"holds ({limit}); the rest is not read"))
                    break
                why = unsafe_manifest_path(decode_manifest_path(parts[1].strip()))
                if why:
                    shown = parts[1].strip()
                    shown = shown if len(shown) <= 120 else shown[:100] + "…"
                    problems.append(Problem("unsafe-path", f"{name} line {number} names "
                                                           f"{shown!r}: {why}"))
                if len(problems) > 100:
                    return problems
    return problems
