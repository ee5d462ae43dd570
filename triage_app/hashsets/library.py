"""The hash-set library: known-file lists the officer's agency supplies.

Formats: NSRL RDS v3 (SQLite; queried in place, read-only, because it is tens of GB), Project
VIC VICS JSON (1.x ``odata.metadata`` and 2.0 ``@odata.context``), and plain lists (one hash a
line, ``md5sum``/``sha256sum`` output, CSV with a hash column, hashdeep files). Every set has a
name, a version and a kind: ``known`` (known good, can be hidden), ``notable`` (flagged, never
rendered below L3) or ``other``. Every match says which set and version it came from.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from triage_app.config import hashsets_dir
from triage_app.core.json_input import read_json
from triage_app.errors import InputError, StorageError

KINDS = ("known", "notable", "other")
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_FIRST_TOKEN = re.compile(r"[\s,;]+")
_ALGORITHM_BY_LENGTH = {32: "md5", 40: "sha1", 64: "sha256"}
# Project VIC categories: 1 child abuse material, 2 exploitive / age difficult, 3 CGI/animation.
VICS_NOTABLE_CATEGORIES = frozenset({1, 2, 3})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sets (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, kind TEXT NOT NULL,
    format TEXT NOT NULL, source TEXT NOT NULL, source_sha256 TEXT, imported_at TEXT NOT NULL,
    count INTEGER NOT NULL, external_db TEXT
);
CREATE TABLE IF NOT EXISTS hashes (
    algorithm TEXT NOT NULL, value TEXT NOT NULL, set_id INTEGER NOT NULL, category TEXT,
    PRIMARY KEY (algorithm, value, set_id)
) WITHOUT ROWID;
"""


@dataclass(frozen=True, slots=True)
class HashSet:
    id: int
    name: str
    version: str
    kind: str
    format: str
    source: str
    source_sha256: str | None
    imported_at: str
    count: int
    external_db: str | None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class Match:
    set_name: str
    set_version: str
    kind: str
    algorithm: str
    category: str | None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def _normalise(value: str) -> tuple[str, str] | None:
    value = value.strip().lower()
    algorithm = _ALGORITHM_BY_LENGTH.get(len(value))
    if algorithm and _HEX.match(value):
        return algorithm, value
    return None


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


LIBRARY_FILE = "library.sqlite"
# A damaged database fails with a DatabaseError, or with a decoding error on a damaged text.
_DB_ERRORS = (sqlite3.Error, UnicodeDecodeError)


def _unusable_library(folder: Path, exc: Exception) -> StorageError:
    return StorageError(f"the hash-set library {folder / LIBRARY_FILE} cannot be used ({exc}): "
                        "if it is damaged, move it aside and import the sets again")


def _guarded(method):
    """The library's own database failing is a StorageError (the sets it holds are lost)."""
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except _DB_ERRORS as exc:
            raise _unusable_library(self.folder, exc) from None
    return guarded


class HashSetLibrary:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or hashsets_dir()
        try:
            self._db = sqlite3.connect(self.folder / LIBRARY_FILE)
            self._db.executescript(_SCHEMA)
        except _DB_ERRORS as exc:
            raise _unusable_library(self.folder, exc) from None
        self._external: dict[int, sqlite3.Connection] = {}
        self._sets: dict[int, HashSet] | None = None

    def close(self) -> None:
        for conn in self._external.values():
            conn.close()
        self._db.close()

    def __enter__(self) -> HashSetLibrary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_guarded
    def sets(self) -> list[HashSet]:
        if self._sets is None:
            rows = self._db.execute("SELECT id, name, version, kind, format, source, source_sha256,"
                                    " imported_at, count, external_db FROM sets ORDER BY id")
            self._sets = {row[0]: HashSet(*row) for row in rows}
        return list(self._sets.values())

    @_guarded
    def remove(self, set_id: int) -> None:
        self._sets = None
        with self._db:
            if not self._db.execute("DELETE FROM sets WHERE id = ?", (set_id,)).rowcount:
                raise InputError(f"there is no hash set with id {set_id}")
            self._db.execute("DELETE FROM hashes WHERE set_id = ?", (set_id,))

    # --- import ----------------------------------------------------------------------------
    @_guarded
    def import_file(self, path: Path, *, name: str | None = None, version: str | None = None,
                    kind: str | None = None, fmt: str = "auto") -> HashSet:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        try:
            return self._import(path, name, version, kind, fmt)
        except OSError as exc:
            raise InputError(f"cannot read {path.name}: {exc.strerror or exc}") from None

    def _import(self, path: Path, name: str | None, version: str | None, kind: str | None,
                fmt: str) -> HashSet:
        fmt = detect_format(path) if fmt == "auto" else fmt
        if fmt == "nsrl":
            return self._register_nsrl(path, name, version, kind or "known")
        rows: Iterable[tuple[str, str, str | None]]
        if fmt == "vics":
            rows, found_version = read_vics(path)
            default_kind = "notable"
        elif fmt == "list":
            rows, found_version = read_plain_list(path), None
            default_kind = None
        else:
            raise InputError(f"unknown hash-set format {fmt!r} (use nsrl, vics or list)")
        kind = kind or default_kind
        if kind not in KINDS:
            raise InputError("say whether the set is known (good), notable or other")
        return self._store(path, fmt, name or path.stem, version or found_version or
                           datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat(),
                           kind, rows)

    def _store(self, path: Path, fmt: str, name: str, version: str, kind: str,
               rows: Iterable[tuple[str, str, str | None]]) -> HashSet:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._sets = None
        with self._db:
            cur = self._db.execute(
                "INSERT INTO sets (name, version, kind, format, source, source_sha256, imported_at,"
                " count, external_db) VALUES (?,?,?,?,?,?,?,0,NULL)",
                (name, version, kind, fmt, str(path), _file_sha256(path), now))
            set_id = cur.lastrowid
            try:  # rows may be read lazily from the file: its errors surface here
                self._db.executemany(
                    "INSERT OR IGNORE INTO hashes VALUES (?,?,?,?)",
                    ((alg, value, set_id, category) for alg, value, category in rows))
            except csv.Error as exc:
                raise InputError(f"{path.name} is not a readable hash list: {exc}") from None
            count = self._db.execute("SELECT count(*) FROM hashes WHERE set_id = ?",
                                     (set_id,)).fetchone()[0]
            if count == 0:
                raise InputError(f"{path.name}: no hashes found in it")
            self._db.execute("UPDATE sets SET count = ? WHERE id = ?", (count, set_id))
        return next(s for s in self.sets() if s.id == set_id)

    def _register_nsrl(self, path: Path, name: str | None, version: str | None,
                       kind: str) -> HashSet:
        conn = _open_nsrl(path)
        try:
            found_version = _nsrl_version(conn)
            count = conn.execute("SELECT count(*) FROM FILE").fetchone()[0]
        except _DB_ERRORS as exc:
            raise _damaged_nsrl(path, exc) from None
        finally:
            conn.close()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._sets = None
        with self._db:
            cur = self._db.execute(
                "INSERT INTO sets (name, version, kind, format, source, source_sha256, imported_at,"
                " count, external_db) VALUES (?,?,?,?,?,NULL,?,?,?)",
                (name or "NSRL RDS", version or found_version, kind, "nsrl", str(path), now, count,
                 str(path.resolve())))
        return next(s for s in self.sets() if s.id == cur.lastrowid)

    # --- lookup ----------------------------------------------------------------------------
    @_guarded
    def lookup(self, hashes: dict[str, str]) -> list[Match]:
        matches: list[Match] = []
        sets = {s.id: s for s in self.sets()}
        for algorithm in ("sha256", "sha1", "md5"):
            value = hashes.get(algorithm)
            if not value:
                continue
            for set_id, category in self._db.execute(
                    "SELECT set_id, category FROM hashes WHERE algorithm = ? AND value = ?",
                    (algorithm, value.lower())):
                s = sets.get(set_id)
                if s is not None and not any(m.set_name == s.name and m.set_version == s.version
                                             for m in matches):
                    matches.append(Match(s.name, s.version, s.kind, algorithm, category))
        for s in sets.values():
            if s.external_db and not any(m.set_name == s.name for m in matches):
                hit = self._nsrl_hit(s, s.external_db, hashes)
                if hit:
                    matches.append(Match(s.name, s.version, s.kind, hit, None))
        return matches

    def _nsrl_hit(self, s: HashSet, external_db: str, hashes: dict[str, str]) -> str | None:
        conn = self._external.get(s.id)
        if conn is None:
            conn = self._external[s.id] = _open_nsrl(Path(external_db))
        for algorithm in ("sha256", "sha1", "md5"):
            value = hashes.get(algorithm)
            try:
                found = value and conn.execute(f"SELECT 1 FROM FILE WHERE {algorithm} = ? LIMIT 1",
                                               (value.upper(),)).fetchone()
            except _DB_ERRORS as exc:
                raise _damaged_nsrl(external_db, exc) from None
            if found:
                return algorithm
        return None


def _open_nsrl(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        conn.execute("SELECT sha256, sha1, md5 FROM FILE LIMIT 1").fetchall()
    except (*_DB_ERRORS, ValueError) as exc:  # ValueError: a NUL in a damaged stored path
        raise InputError(f"{path.name} is not an NSRL RDS v3 database ({exc})") from None
    return conn


def _damaged_nsrl(path: Path | str, exc: Exception) -> InputError:
    return InputError(f"the NSRL database {Path(path).name} is damaged ({exc}); lookups in it "
                      "fail until it is replaced with an intact copy")


def _nsrl_version(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT version, description FROM VERSION LIMIT 1").fetchone()
    except _DB_ERRORS:
        row = None
    return f"{row[0]} ({row[1]})" if row and row[1] else (row[0] if row else "unknown")


def detect_format(path: Path) -> str:
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if head.startswith(b"SQLite format 3\x00"):
        return "nsrl"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{") and b"odata" in head:
        return "vics"
    return "list"


def read_vics(path: Path) -> tuple[list[tuple[str, str, str | None]], str | None]:
    try:
        document = read_json(path.read_bytes(), path.name)
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    media = document.get("value") if isinstance(document, dict) else None
    if not isinstance(media, list):
        raise InputError(f"{path.name}: no 'value' list of media (not a VICS export)")
    context = document.get("@odata.context") or document.get("odata.metadata")
    match = re.search(r"DataModels/([\d.]+)", context) if isinstance(context, str) else None
    rows = []
    for item in media:
        if not isinstance(item, dict):
            continue
        category = item.get("Category")
        for key in ("MD5", "SHA1", "SHA256"):
            value = item.get(key)
            parsed = _normalise(value) if isinstance(value, str) else None
            if parsed:
                rows.append((*parsed, str(category) if isinstance(category, (int, str))
                             else None))
    version = f"VICS {match.group(1)}" if match else None
    return rows, version


def read_plain_list(path: Path) -> Iterator[tuple[str, str, str | None]]:
    """One hash a line, md5sum/sha256sum output, CSV with a hash column, or hashdeep."""
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
        first = handle.readline()
        handle.seek(0)
        if first.startswith("%%%% HASHDEEP"):
            yield from _read_hashdeep(handle)
            return
        header = [c.strip().lower() for c in next(csv.reader([first]), [])]
        columns = [i for i, c in enumerate(header) if c in ("md5", "sha1", "sha-1", "sha256",
                                                              "sha-256", "hash")]
        if columns and len(header) > 1:
            reader = csv.reader(handle)
            next(reader)
            for row in reader:
                for i in columns:
                    if i < len(row) and (parsed := _normalise(row[i])):
                        yield (*parsed, None)
            return
        for line in handle:
            token = _FIRST_TOKEN.split(line.strip(), 1)[0]
            if parsed := _normalise(token.lstrip("\\")):
                yield (*parsed, None)


def _read_hashdeep(handle: io.TextIOBase) -> Iterator[tuple[str, str, str | None]]:
    fields: list[str] = []
    for line in handle:
        if line.startswith("%%%% size,"):
            fields = line[5:].strip().split(",")
            continue
        if line.startswith(("%%%%", "#")) or not line.strip() or not fields:
            continue
        values = line.rstrip("\r\n").split(",", len(fields) - 1)
        for name, value in zip(fields, values, strict=False):
            if name in ("md5", "sha1", "sha256") and (parsed := _normalise(value)):
                yield (*parsed, None)
