"""Installing a verified bundle, and the record of what is installed.

Each update is installed into ``<data folder>/updates/<name>/`` (the previous version of the
same update is replaced whole, never mixed) and listed in ``<data folder>/installed-updates.json``
with its version, signer and manifest hash, so a case ledger and the start-of-shift screen
can name the versions in use.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from triage_app.config import data_dir
from triage_app.errors import IntegrityError
from triage_app.storage.durable import fsync_dir, replace_file
from triage_app.updates import bundle
from triage_app.updates.trust import trusted_key

VERSIONS_FILE = "installed-updates.json"


@dataclass(slots=True, frozen=True)
class InstalledUpdate:
    name: str
    version: str
    created: str
    installed_at: str
    signer: str  # SHA-256 fingerprint of the agency key that signed it
    manifest_sha256: str
    contents: tuple[str, ...]  # hashsets, watchlists, workflow, scenarios
    files: int


def updates_dir() -> Path:
    path = data_dir() / "updates"
    path.mkdir(exist_ok=True)
    return path


def installed_updates() -> dict[str, InstalledUpdate]:
    """What is installed, by update name (empty when nothing is)."""
    path = data_dir() / VERSIONS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise IntegrityError(f"the record of installed updates ({path.name}) cannot be read "
                             f"({exc}); it was left as it is") from None
    return {name: InstalledUpdate(**{**item, "contents": tuple(item["contents"])})
            for name, item in data.items()}


def _write_versions(installed: dict[str, InstalledUpdate]) -> None:
    text = json.dumps({name: asdict(item) for name, item in sorted(installed.items())}, indent=1)
    replace_file(data_dir() / VERSIONS_FILE, text.encode("utf-8") + b"\n")


def apply_bundle(path: Path) -> InstalledUpdate:
    """Verifies the bundle at ``path`` and installs it; :class:`bundle.UpdateRefused` says why
    not (unsigned, untrusted key, altered, not newer than what is installed)."""
    archive, manifest, signer = bundle.open_bundle(path, trusted_key)
    target = updates_dir() / manifest.name
    retired = target.with_name(f".{manifest.name}.old")
    if retired.exists() and not target.exists():  # a power cut in the middle of the last swap
        os.replace(retired, target)
    with archive:
        installed = installed_updates()
        current = installed.get(manifest.name)
        if current and bundle.version_key(current.version) >= manifest.version_key:
            same = current.version == manifest.version
            raise bundle.UpdateRefused(
                f"{manifest.name} {manifest.version} is "
                + ("already installed" if same else f"older than the installed {current.version}"))
        staging = Path(tempfile.mkdtemp(prefix=f".{manifest.name}-", dir=updates_dir()))
        try:
            bundle.extract(archive, manifest, staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        os.replace(target, retired)
    os.replace(staging, target)
    fsync_dir(target.parent, strict=False)
    record = InstalledUpdate(
        name=manifest.name, version=manifest.version, created=manifest.created,
        installed_at=datetime.now(UTC).isoformat(timespec="seconds"), signer=signer,
        manifest_sha256=hashlib.sha256(manifest.raw).hexdigest(),
        contents=tuple(manifest.contents), files=len(manifest.files))
    _write_versions({**installed, manifest.name: record})
    shutil.rmtree(retired, ignore_errors=True)
    return record
