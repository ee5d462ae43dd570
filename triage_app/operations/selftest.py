"""The app's own check before it is trusted at a scene: libraries, resources, a known image.

It opens a small E01 shipped in resources/selftest through libewf and TSK, lists it, and
compares hashes with the expected values written when the image was made.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from triage_app import __version__
from triage_app.config import resource, resources_root
from triage_app.core.jobs import CancelToken
from triage_app.engine.hashing import hash_reader

_JPEG_HEAD = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")


@dataclass(slots=True)
class Check:
    name: str
    ok: bool
    detail: str

    def to_dict(self) -> dict:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


def _check_libmagic() -> str:
    import magic

    from triage_app.analyzers.filetype import libmagic_version

    mime = magic.Magic(mime=True).from_buffer(_JPEG_HEAD)
    if mime != "image/jpeg":
        raise RuntimeError(f"a JPEG header was identified as {mime}")
    return f"libmagic {libmagic_version()}, python-magic"


def _check_image_stack() -> str:
    import pytsk3
    import pyewf

    from triage_app.evidence.source import open_source

    expected = json.loads(resource("selftest", "expected.json").read_text())
    with open_source(resource("selftest", "selftest.E01")) as source:
        media = source.media
        hashes, _ = hash_reader(media.reader())
        if hashes["md5"] != expected["media_md5"] or media.stored_hashes().get("md5") != expected["media_md5"]:
            raise RuntimeError("the self-test E01 decodes to the wrong media hash")
        entries = {e.path: e for e in source.entries(CancelToken())}
        target = entries.get(expected["file"])
        if target is None:
            raise RuntimeError(f"TSK did not list {expected['file']} in the self-test image")
        file_hashes, _ = hash_reader(target.opener())
        if file_hashes["sha256"] != expected["file_sha256"]:
            raise RuntimeError(f"{expected['file']} read back with the wrong hash")
    return f"libewf {pyewf.get_version()}, TSK {pytsk3.TSK_VERSION_STR}: E01 decoded, listed and hashed"


def _check_resources() -> str:
    root = resources_root()
    needed = [root / "selftest" / "selftest.E01", root / "selftest" / "expected.json"]
    missing = [str(p.relative_to(root)) for p in needed if not p.exists()]
    if missing:
        raise RuntimeError(f"missing resources: {', '.join(missing)}")
    return f"resources at {root}"


def _check_gui_toolkit() -> str:
    if importlib.util.find_spec("PySide6") is None:
        raise RuntimeError("PySide6 is not installed (the command line still works)")
    return "PySide6 present"


def _app_identity() -> str:
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return (f"Field Triage {__version__}, code sha256 {digest.hexdigest()[:16]}…, "
            f"Python {platform.python_version()} on {sys.platform}")


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("app", _app_identity),
    ("libmagic", _check_libmagic),
    ("disk images (libewf + TSK)", _check_image_stack),
    ("resources", _check_resources),
    ("GUI toolkit", _check_gui_toolkit),
)


def run_self_test() -> list[Check]:
    results = []
    for name, check in CHECKS:
        try:
            results.append(Check(name, True, check()))
        except Exception as exc:  # noqa: BLE001 - every failure is a finding of the self-test
            results.append(Check(name, False, f"{type(exc).__name__}: {exc}"))
    return results
