"""The update bundle: a ZIP file holding ``manifest.json`` (what is in it, each file's size and
SHA-256), ``manifest.sig`` (an Ed25519 signature of the manifest's exact bytes, with the
signing key's fingerprint) and the files under ``payload/``. See docs/updates.md.

Reading a bundle trusts nothing in it until the signature over the manifest verifies against a
trusted key, and every payload file then matches the manifest; anything else is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TypedDict

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from triage_app import __version__
from triage_app.custody.keys import key_fingerprint
from triage_app.errors import InputError, IntegrityError, StorageError

FORMAT = "field-triage-update/1"
MANIFEST, SIGNATURE, PAYLOAD = "manifest.json", "manifest.sig", "payload/"
# What an update may carry, by top folder of the update folder.
CONTENT_KINDS = ("hashsets", "watchlists", "workflow", "scenarios")
MAX_FILE_BYTES = 4 << 30  # an NSRL set is large; anything beyond this is not an update
MAX_MANIFEST_BYTES = 16 << 20  # read into memory before the signature is checked
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")
_DESCRIPTION = "update.json"


class UpdateRefused(IntegrityError):
    """A bundle that must not be installed; the message is the one-line reason."""


class ManifestFile(TypedDict):
    path: str  # relative to payload/
    size: int
    sha256: str


@dataclass(slots=True, frozen=True)
class Manifest:
    name: str
    version: str
    created: str
    files: tuple[ManifestFile, ...]
    raw: bytes  # the exact signed bytes

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)

    @property
    def contents(self) -> list[str]:
        return sorted({f["path"].split("/", 1)[0] for f in self.files})


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """An Ed25519 private key in PEM (PKCS#8, as ``openssl genpkey -algorithm ed25519`` writes)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the signing key {path.name}: {exc.strerror or exc}") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise InputError(f"the signing key {path.name} is protected by a passphrase; export it "
                         "without one on the agency's signing machine") from None
    except (ValueError, UnsupportedAlgorithm):
        raise InputError(f"{path.name} is not a PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"{path.name} is not an Ed25519 key (updates are signed with Ed25519)")
    return key


def load_public_key(data: bytes, name: str) -> Ed25519PublicKey:
    """An Ed25519 public key in PEM (SubjectPublicKeyInfo, ``openssl pkey -pubout``)."""
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        raise InputError(f"{name} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(f"{name} is not an Ed25519 public key")
    return key


def _payload_files(folder: Path) -> list[tuple[str, Path]]:
    files = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel == _DESCRIPTION or path.is_dir() and not path.is_symlink():
            continue
        if path.is_symlink() or not path.is_file():
            raise InputError(f"{rel} in the update folder is a link or a special file; "
                             "an update holds plain files only")
        if rel.split("/", 1)[0] not in CONTENT_KINDS or "/" not in rel:
            raise InputError(f"{rel}: an update holds files under {', '.join(CONTENT_KINDS)}/ "
                             "only")
        files.append((rel, path))
    if not files:
        raise InputError(f"the update folder {folder.name} holds no files under "
                         f"{', '.join(CONTENT_KINDS)}/")
    return files


def _description(folder: Path) -> tuple[str, str]:
    try:
        about = json.loads((folder / _DESCRIPTION).read_text(encoding="utf-8"))
        name, version = str(about["name"]), str(about["version"])
    except FileNotFoundError:
        raise InputError(f"the update folder needs {_DESCRIPTION} naming the update and its "
                         'version, e.g. {"name": "agency-hashsets", "version": "2026.12.1"}'
                         ) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{_DESCRIPTION} cannot be read ({exc})") from None
    if not _NAME.match(name):
        raise InputError(f"update name {name!r}: use lower-case letters, digits, '.', '_', '-'")
    if not _VERSION.match(version):
        raise InputError(f"update version {version!r}: use numbers separated by dots (2026.12.1)")
    return name, version


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def make_bundle(folder: Path, key: Ed25519PrivateKey, out: Path) -> Manifest:
    """Writes the signed bundle of ``folder`` to ``out`` (refuses to overwrite)."""
    name, version = _description(folder)
    files = _payload_files(folder)
    entries = [{"path": rel, "size": path.stat().st_size, "sha256": _sha256(path)}
               for rel, path in files]
    created = datetime.now(UTC).isoformat(timespec="seconds")
    raw = json.dumps({"format": FORMAT, "name": name, "version": version, "created": created,
                      "tool": f"field-triage {__version__}", "files": entries},
                     indent=1, sort_keys=True).encode("utf-8") + b"\n"
    public = key.public_key()
    signature = json.dumps({"algorithm": "Ed25519", "key": key_fingerprint(public),
                            "public_key": public.public_bytes(
                                serialization.Encoding.PEM,
                                serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii"),
                            "signature": base64.b64encode(key.sign(raw)).decode("ascii")},
                           indent=1).encode("utf-8") + b"\n"
    try:
        with zipfile.ZipFile(out, "x", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, raw)
            archive.writestr(SIGNATURE, signature)
            for rel, path in files:
                archive.write(path, PAYLOAD + rel)
    except FileExistsError:
        raise InputError(f"{out} exists already; choose a new name for the bundle") from None
    except OSError as exc:
        raise InputError(f"cannot write the bundle {out}: {exc.strerror or exc}") from None
    return _manifest(raw)


def _manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT:
            raise UpdateRefused(f"not a Field Triage update bundle ({data.get('format')!r})")
        files = tuple(ManifestFile(path=str(f["path"]), size=int(f["size"]),
                                   sha256=str(f["sha256"])) for f in data["files"])
        manifest = Manifest(str(data["name"]), str(data["version"]), str(data["created"]),
                            files, raw)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UpdateRefused("the bundle's manifest cannot be read") from None
    if not (_NAME.match(manifest.name) and _VERSION.match(manifest.version)):
        raise UpdateRefused("the bundle's manifest names an invalid update or version")
    for entry in files:
        _check_path(entry["path"])
    if len({entry["path"].casefold() for entry in files}) != len(files):
        raise UpdateRefused("the bundle's manifest names a file twice")
    return manifest


def _check_path(rel: str) -> None:
    path = PurePosixPath(rel)
    if (path.is_absolute() or ".." in path.parts or "\\" in rel or ":" in rel
            or len(path.parts) < 2 or path.parts[0] not in CONTENT_KINDS):
        raise UpdateRefused(f"the bundle names an unsafe or unknown path: {rel!r}")


def open_bundle(path: Path, trusted: Callable[[str], Ed25519PublicKey | None]
                ) -> tuple[zipfile.ZipFile, Manifest, str]:
    """The open archive, its verified manifest and the signer's fingerprint.

    ``trusted`` maps a key fingerprint to the trusted public key, or None. Refuses (with
    :class:`UpdateRefused`) an unsigned, wrongly keyed or tampered bundle; the payload is
    checked against the manifest when it is extracted (:func:`extract`).
    """
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise InputError(f"{path} does not exist") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise UpdateRefused(f"{path.name} is not an update bundle ({exc})") from None
    try:
        names = set(archive.namelist())
        if MANIFEST not in names:
            raise UpdateRefused(f"{path.name} is not an update bundle (no {MANIFEST})")
        if SIGNATURE not in names:
            raise UpdateRefused(f"{path.name} is unsigned (no {SIGNATURE}); only signed "
                                "updates are installed")
        for name in (MANIFEST, SIGNATURE):
            if archive.getinfo(name).file_size > MAX_MANIFEST_BYTES:
                raise UpdateRefused(f"{path.name} is not an update bundle ({name} is "
                                    f"{archive.getinfo(name).file_size} bytes)")
        raw = archive.read(MANIFEST)
        try:
            sig = json.loads(archive.read(SIGNATURE))
            fingerprint = str(sig["key"])
            signature = base64.b64decode(sig["signature"], validate=True)
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise UpdateRefused(f"{path.name} has an unreadable signature") from None
        key = trusted(fingerprint)
        if key is None:
            raise UpdateRefused(f"{path.name} is signed by a key this app does not trust "
                                f"(SHA-256 {fingerprint[:16]}…); an L3 officer or a "
                                "supervisor can add the agency's key")
        try:
            key.verify(signature, raw)
        except InvalidSignature:
            raise UpdateRefused(f"{path.name} has been altered: its signature does not match "
                                "its manifest") from None
        manifest = _manifest(raw)
        expected = {PAYLOAD + f["path"] for f in manifest.files}
        extra = sorted(names - expected - {MANIFEST, SIGNATURE})
        missing = sorted(expected - names)
        if extra or missing:
            raise UpdateRefused(f"{path.name} has been altered: "
                                + (f"{extra[0]} is not in the signed manifest" if extra
                                   else f"{missing[0]} is missing"))
        return archive, manifest, fingerprint
    except BaseException:
        archive.close()
        raise


def extract(archive: zipfile.ZipFile, manifest: Manifest, target: Path) -> None:
    """Writes each payload file under ``target``, checking its size and SHA-256 as it goes."""
    for entry in manifest.files:
        destination = target.joinpath(*PurePosixPath(entry["path"]).parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        try:
            with archive.open(PAYLOAD + entry["path"]) as source, open(destination, "xb") as out:
                for block in iter(lambda: source.read(1 << 20), b""):
                    size += len(block)
                    if size > min(entry["size"], MAX_FILE_BYTES):
                        break
                    digest.update(block)
                    out.write(block)
        except (zipfile.BadZipFile, zlib.error, EOFError):  # a damaged or edited entry
            size = -1
        except OSError as exc:
            raise StorageError(f"cannot install {entry['path']}: {exc.strerror or exc}") from exc
        if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
            raise UpdateRefused(f"the bundle has been altered: {entry['path']} does not match "
                                "the signed manifest")
