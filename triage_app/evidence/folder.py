"""A folder or mounted drive as an evidence source (files read through open_readonly)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from triage_app.core.jobs import CancelToken
from triage_app.core.readonly import list_readonly, open_readonly
from triage_app.core.records import Entry
from triage_app.evidence.ntfsattrs import NOT_ON_THIS_DISK, cloud_only_error


def _times(st: os.stat_result) -> dict[str, int]:
    times = {"mtime": int(st.st_mtime), "atime": int(st.st_atime), "ctime": int(st.st_ctime)}
    birth = getattr(st, "st_birthtime", None)
    if birth:
        times["crtime"] = int(birth)
    return times


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISLNK(mode):
        return "link"
    return "other"


def walk_folder(root: Path, cancel: CancelToken) -> Iterator[Entry]:
    """Every entry below ``root`` in sorted order, never following links."""
    stack = [(os.fspath(root), "")]
    while stack:
        folder, rel = stack.pop()
        try:
            names = sorted(list_readonly(folder))
        except OSError as exc:
            yield Entry(path=rel or "/", type="dir", size=0,
                        error=f"folder cannot be listed: {exc.strerror or exc}")
            continue
        subdirs = []
        for name in names:
            cancel.raise_if_cancelled()
            path, child = f"{rel}/{name}", os.path.join(folder, name)
            try:
                st = os.lstat(child)
            except OSError as exc:
                yield Entry(path=path, type="other", size=0, error=f"cannot stat: {exc.strerror or exc}")
                continue
            kind = _kind(st.st_mode)
            entry = Entry(path=path, type=kind, size=st.st_size if kind != "dir" else 0,
                          times=_times(st), inode=st.st_ino)
            if kind == "file" and getattr(st, "st_file_attributes", 0) & NOT_ON_THIS_DISK:
                # Windows would fetch it from the cloud on open: a download, and a change
                # to the evidence (the placeholder becomes a local file)
                entry.error = cloud_only_error("offline / recall-on-access file attributes")
            elif kind == "file":
                entry.opener = lambda p=child: open_readonly(p)
            yield entry
            if kind == "dir":
                subdirs.append((child, path))
        stack.extend(reversed(subdirs))
