"""Which files ``collect --select GLOB`` takes.

Patterns match the original path, case-insensitively (Windows file systems ignore case):

* a pattern without ``/`` matches a name: ``*.jpg`` takes every file called ``*.jpg``
  anywhere, ``Documents`` takes everything inside any folder called Documents;
* a pattern with ``/`` matches from the root of the source (a leading ``/`` is optional):
  ``/Users/*/Documents/**`` or ``/Users/*/Documents`` take everything below each user's
  Documents; inside a volume system the path starts with the partition (``/p1/…``);
* ``*`` matches within one name, ``**`` (a whole component) any number of folders,
  ``?`` one character, ``[abc]``/``[!abc]`` one of (not of) the characters;
* a pattern that matches a folder takes everything below it, and a pattern that matches a
  file takes its NTFS alternate data streams with it.

Several ``--select`` options add up. Without any, every allocated regular file is taken
except the file system's own metadata (NTFS ``$MFT`` and friends).
"""

from __future__ import annotations

import re

from triage_app.errors import InputError

_NTFS_METADATA = re.compile(
    r"^(/p\d+)?/(\$(MFT|MFTMirr|LogFile|Volume|AttrDef|Bitmap|Boot|BadClus|Secure|UpCase|Quota)"
    r"|\$Extend/.*)$")


def _component(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2 if pattern[i + 1: i + 2] in ("!", "]") else i + 1)
            if end < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


class Selection:
    """Compiled ``--select`` patterns; :meth:`takes` answers for one original path."""

    def __init__(self, patterns: list[str] | tuple[str, ...] = ()) -> None:
        self.patterns = list(patterns)
        self._names: list[re.Pattern[str]] = []
        self._paths: list[re.Pattern[str]] = []
        for pattern in self.patterns:
            text = pattern.strip()
            if not text or text.strip("/") == "":
                raise InputError(f"selection {pattern!r}: give a name or a path pattern")
            if "/" not in text.strip("/"):
                self._names.append(re.compile(f"^{_component(text.strip('/'))}$", re.IGNORECASE))
                continue
            regex = ""
            for part in text.strip("/").split("/"):
                regex += "(?:/[^/]*)*" if part == "**" else "/" + _component(part)
            self._paths.append(re.compile(f"^{regex}$", re.IGNORECASE))

    @property
    def everything(self) -> bool:
        return not self.patterns

    def takes(self, path: str, stream: str | None = None) -> bool:
        if stream is not None and path.endswith(":" + stream):
            path = path[: -len(stream) - 1]
        if self.everything:
            return not is_fs_metadata(path)
        parts = [p for p in path.split("/") if p]
        if any(rx.match(name) for rx in self._names for name in parts):
            return True
        prefixes = ["/" + "/".join(parts[:i]) for i in range(1, len(parts) + 1)]
        return any(rx.match(prefix) for rx in self._paths for prefix in prefixes)


def is_fs_metadata(path: str) -> bool:
    """NTFS system files at the root (``/$MFT``, ``/$Extend/…``): not user content, and
    ``$BadClus:$Bad`` alone would copy a volume-sized sparse stream."""
    return bool(_NTFS_METADATA.match(path))
