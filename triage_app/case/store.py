"""The case store: one SQLite file per case folder (WAL), the embedded default.

It holds sources, scans, files with their hashes, and findings; and what was preserved:
exhibits, logically collected files, images and scene photos (see the section "preserved
evidence" below for the columns the package exporter reads). One process writes a case at a
time (see :class:`~triage_app.case.case.Case`); within it, the job that scans owns the writes.
Rows are committed in batches, so a crash loses at most the last uncommitted batch, which a
resumed scan redoes.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triage_app.core.records import Entry, Finding, VolumeReport
from triage_app.errors import InputError, StorageError

SCHEMA_VERSION = 1
DB_NAME = "case.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL,
    kind TEXT NOT NULL,
    exhibit TEXT,
    identity TEXT NOT NULL,
    added_at TEXT NOT NULL,
    media_md5 TEXT, media_sha1 TEXT, media_sha256 TEXT
);
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,  -- running | finished | cancelled | interrupted | unlistable | failed
    options TEXT NOT NULL DEFAULT '{}',
    summary TEXT
);
CREATE TABLE IF NOT EXISTS volumes (
    scan_id INTEGER NOT NULL REFERENCES scans(id),
    label TEXT, offset INTEGER, length INTEGER, description TEXT,
    status TEXT, fs_type TEXT, message TEXT
);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    scan_id INTEGER NOT NULL REFERENCES scans(id),
    path TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    inode INTEGER,
    stream TEXT,
    md5 TEXT, sha1 TEXT, sha256 TEXT,
    mime TEXT, description TEXT,
    times TEXT NOT NULL DEFAULT '{}',
    error TEXT,
    UNIQUE (scan_id, path)
);
CREATE INDEX IF NOT EXISTS files_sha256 ON files(sha256);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    file_id INTEGER REFERENCES files(id),
    scan_id INTEGER NOT NULL REFERENCES scans(id),
    analyzer TEXT NOT NULL, analyzer_version TEXT NOT NULL,
    kind TEXT NOT NULL, summary TEXT NOT NULL, method TEXT NOT NULL,
    confidence TEXT NOT NULL, offset INTEGER, detail TEXT NOT NULL,
    sensitive INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',   -- new | confirmed | dismissed (the officer decides)
    decided_by TEXT, decided_at TEXT,
    count INTEGER NOT NULL DEFAULT 1,     -- occurrences of the artefact in the file
    offsets TEXT NOT NULL DEFAULT '[]',   -- JSON list: the first 16 of them
    urgent INTEGER NOT NULL DEFAULT 0     -- a key, seed or wallet file: anyone can move funds
);
CREATE INDEX IF NOT EXISTS findings_file ON findings(file_id);
-- Preserved evidence. Stored paths are relative to the case folder, '/'-separated.
CREATE TABLE IF NOT EXISTS exhibits (
    ref TEXT PRIMARY KEY,          -- as the officer wrote it, e.g. ABC/1, ABC/1-A
    dir TEXT UNIQUE NOT NULL,      -- evidence/<dir>/ (core.exhibits.exhibit_dir(ref))
    description TEXT,
    parent_ref TEXT,               -- set for derived exhibits (ABC/1-A taken from ABC/1)
    source_id INTEGER REFERENCES sources(id),
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS collected (
    id INTEGER PRIMARY KEY,
    exhibit TEXT NOT NULL REFERENCES exhibits(ref),
    source_id INTEGER REFERENCES sources(id),
    original_path TEXT NOT NULL,   -- as listed from the source root; ADS as /dir/file:stream
    stored_path TEXT NOT NULL,     -- evidence/<dir>/logical/...
    size INTEGER NOT NULL,
    md5 TEXT, sha1 TEXT, sha256 TEXT,
    times TEXT NOT NULL DEFAULT '{}',  -- JSON {crtime, mtime, atime, ctime}: Unix epochs
    deleted INTEGER NOT NULL DEFAULT 0,
    collected_at TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS collected_exhibit ON collected(exhibit);
CREATE TABLE IF NOT EXISTS images (
    id INTEGER PRIMARY KEY,
    exhibit TEXT NOT NULL REFERENCES exhibits(ref),
    source_location TEXT NOT NULL,
    source_kind TEXT,
    format TEXT NOT NULL,          -- raw | e01
    files TEXT NOT NULL DEFAULT '[]',        -- JSON list of stored paths, in segment order
    media_size INTEGER,
    md5 TEXT, sha1 TEXT, sha256 TEXT,        -- of the media, hashed on read
    bad_sectors TEXT NOT NULL DEFAULT '[]',  -- JSON list of [offset, length], zero-filled
    status TEXT NOT NULL,          -- running | finished | failed | cancelled
    started_at TEXT NOT NULL,
    finished_at TEXT,
    verified INTEGER NOT NULL DEFAULT 0,
    tool TEXT
);
-- The custody ledger as this store saw it signed (see core.case): a ledger cut back below a
-- row here, or stripped of its signature, is tampering.
CREATE TABLE IF NOT EXISTS custody_checkpoints (
    seq INTEGER PRIMARY KEY,
    head TEXT NOT NULL,            -- SHA-256 of ledger line seq
    ledger_bytes INTEGER NOT NULL, -- the ledger's size just after that line
    key TEXT NOT NULL,
    officer TEXT NOT NULL,
    signed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS scene_photos (
    id INTEGER PRIMARY KEY,
    stored_path TEXT NOT NULL,     -- scene/<file>
    original_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL, md5 TEXT, sha1 TEXT,
    added_at TEXT NOT NULL,
    note TEXT
);
"""

_ADDED_FINDING_COLUMNS = (("count", "INTEGER NOT NULL DEFAULT 1"),
                          ("offsets", "TEXT NOT NULL DEFAULT '[]'"),
                          ("urgent", "INTEGER NOT NULL DEFAULT 0"))


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _inserted_id(cur: sqlite3.Cursor) -> int:
    if cur.lastrowid is None:  # sqlite3 sets it after every INSERT
        raise StorageError("the case store did not number a new row")
    return cur.lastrowid


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _Connection(sqlite3.Connection):
    """Every SQLite error on the case drive is the one plain-word StorageError."""

    def execute(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().execute(*args)
        except sqlite3.Error as exc:
            raise drive_failed(exc) from exc

    def executescript(self, script: str) -> sqlite3.Cursor:
        try:
            return super().executescript(script)
        except sqlite3.Error as exc:
            raise drive_failed(exc) from exc

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            raise drive_failed(exc) from exc


def drive_failed(exc: sqlite3.Error) -> StorageError:
    return StorageError(f"the case drive failed: the case database cannot be read or written "
                        f"({exc}); is the disk full or the drive gone?")


class CaseStore:
    """``synchronous=FULL``: a commit is on the drive (WAL fsync'd) before it returns, so the
    ledger never says a step finished that a power cut or pulled drive can take back."""

    def __init__(self, case_dir: Path, *, read_only: bool = False) -> None:
        self.path = case_dir / DB_NAME
        try:
            if read_only:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, check_same_thread=False,
                                           factory=_Connection)
            else:
                self._db = sqlite3.connect(self.path, check_same_thread=False,
                                           factory=_Connection)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
                self._db.executescript(_SCHEMA)
                self._add_missing_columns()
                self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                                 (str(SCHEMA_VERSION),))
                self._db.commit()
        except sqlite3.Error as exc:  # from connect; the rest is converted by _Connection
            raise StorageError(f"the case drive failed: the case database {self.path} cannot "
                               f"be opened ({exc})") from exc
        self._db.row_factory = sqlite3.Row
        self.read_only = read_only

    def _add_missing_columns(self) -> None:
        """Cases made before findings counted their occurrences get the new columns."""
        have = {row[1] for row in self._db.execute("PRAGMA table_info(findings)")}
        for column, declaration in _ADDED_FINDING_COLUMNS:
            if column not in have:
                self._db.execute(f"ALTER TABLE findings ADD COLUMN {column} {declaration}")

    def close(self) -> None:
        # A gone drive; every commit was already durable (synchronous=FULL).
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def commit(self) -> None:
        self._db.commit()

    def _execute(self, sql: str, params: tuple | list = (), *,
                 many: bool = False) -> sqlite3.Cursor:
        return (self._db.executemany if many else self._db.execute)(sql, params)

    # --- meta ------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        self.commit()

    # --- sources and scans -----------------------------------------------------------------
    def add_source(self, location: str, kind: str, identity: dict[str, Any],
                   exhibit: str | None = None) -> int:
        cur = self._execute(
            "INSERT INTO sources (location, kind, exhibit, identity, added_at) VALUES (?,?,?,?,?)",
            (location, kind, exhibit, _dumps(identity), utc_now()))
        self.commit()
        return _inserted_id(cur)

    def find_source(self, location: str) -> sqlite3.Row | None:
        return self._db.execute("SELECT * FROM sources WHERE location = ? ORDER BY id DESC LIMIT 1",
                                (location,)).fetchone()

    def set_media_hashes(self, source_id: int, hashes: dict[str, str]) -> None:
        self._execute("UPDATE sources SET media_md5=?, media_sha1=?, media_sha256=? WHERE id=?",
                      (hashes.get("md5"), hashes.get("sha1"), hashes.get("sha256"), source_id))
        self.commit()

    def sources(self) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM sources ORDER BY id").fetchall()

    def start_scan(self, source_id: int, options: dict[str, Any]) -> int:
        cur = self._execute(
            "INSERT INTO scans (source_id, started_at, status, options) VALUES (?,?,?,?)",
            (source_id, utc_now(), "running", _dumps(options)))
        self.commit()
        return _inserted_id(cur)

    def unfinished_scan(self, source_id: int) -> sqlite3.Row | None:
        """The last scan of this source if it did not finish (to resume it)."""
        row = self._db.execute("SELECT * FROM scans WHERE source_id = ? ORDER BY id DESC LIMIT 1",
                               (source_id,)).fetchone()
        if row is not None and row["status"] in ("running", "interrupted", "cancelled"):
            return row
        return None

    def mark_stale_images_interrupted(self) -> list[int]:
        """Images left 'running' by a process that died (the partial files were never named)."""
        ids = [r[0] for r in self._db.execute("SELECT id FROM images WHERE status = 'running'")]
        if ids:
            self._execute("UPDATE images SET status = 'interrupted', finished_at = ? WHERE "
                          "status = 'running'", (utc_now(),))
            self.commit()
        return ids

    def mark_stale_scans_interrupted(self) -> list[int]:
        """Scans left 'running' by a process that died; called when the case is opened."""
        ids = [r[0] for r in self._db.execute("SELECT id FROM scans WHERE status = 'running'")]
        if ids:
            self._execute("UPDATE scans SET status = 'interrupted' WHERE status = 'running'")
            self.commit()
        return ids

    def resume_scan(self, scan_id: int) -> None:
        self._execute("UPDATE scans SET status = 'running', finished_at = NULL WHERE id = ?",
                      (scan_id,))
        self.commit()

    def finish_scan(self, scan_id: int, status: str, summary: dict[str, Any]) -> None:
        self._execute("UPDATE scans SET status=?, finished_at=?, summary=? WHERE id=?",
                      (status, utc_now(), _dumps(summary), scan_id))
        self.commit()

    def scans(self) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM scans ORDER BY id").fetchall()

    def set_volumes(self, scan_id: int, volumes: list[VolumeReport]) -> None:
        self._execute("DELETE FROM volumes WHERE scan_id = ?", (scan_id,))
        for v in volumes:
            self._execute("INSERT INTO volumes VALUES (?,?,?,?,?,?,?,?)",
                          (scan_id, v.label, v.offset, v.length, v.description, v.status,
                           v.fs_type, v.message))
        self.commit()

    # --- files and findings ----------------------------------------------------------------
    def done_paths(self, scan_id: int) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT path FROM files WHERE scan_id = ?", (scan_id,))}

    def add_file(self, scan_id: int, entry: Entry, hashes: dict[str, str] | None,
                 mime: str | None, description: str | None, error: str | None,
                 findings: list[Finding]) -> int:
        hashes = hashes or {}
        cur = self._execute(
            "INSERT OR REPLACE INTO files (scan_id, path, type, size, deleted, inode, stream, md5,"
            " sha1, sha256, mime, description, times, error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (scan_id, entry.path, entry.type, entry.size, int(entry.deleted), entry.inode,
             entry.stream, hashes.get("md5"), hashes.get("sha1"), hashes.get("sha256"), mime,
             description, _dumps(entry.times), error))
        file_id = _inserted_id(cur)
        if findings:
            self._execute(
                "INSERT INTO findings (file_id, scan_id, analyzer, analyzer_version, kind,"
                " summary, method, confidence, offset, detail, sensitive, count, offsets, urgent)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(file_id, scan_id, f.analyzer, f.analyzer_version, f.kind, f.summary,
                  f.method, f.confidence, f.offset, _dumps(f.detail), int(f.sensitive),
                  f.count, _dumps(f.offsets), int(f.urgent)) for f in findings], many=True)
        return file_id

    def files(self, scan_id: int | None = None) -> Iterator[sqlite3.Row]:
        if scan_id is None:
            return iter(self._db.execute("SELECT * FROM files ORDER BY id"))
        return iter(self._db.execute("SELECT * FROM files WHERE scan_id = ? ORDER BY id", (scan_id,)))

    def findings(self, scan_id: int | None = None) -> list[sqlite3.Row]:
        """Findings with the path of their file and their exhibit: urgent ones first, then as
        they were found."""
        sql = ("SELECT findings.*, files.path AS path, sources.exhibit AS exhibit FROM findings"
               " LEFT JOIN files ON files.id = findings.file_id"
               " LEFT JOIN scans ON scans.id = findings.scan_id"
               " LEFT JOIN sources ON sources.id = scans.source_id")
        order = " ORDER BY findings.urgent DESC, findings.id"
        if scan_id is None:
            return self._db.execute(sql + order).fetchall()
        return self._db.execute(sql + " WHERE findings.scan_id = ?" + order,
                                (scan_id,)).fetchall()

    def scanned_files(self) -> Iterator[sqlite3.Row]:
        """Every file of every scan with the location of its source (for package listings)."""
        return iter(self._db.execute(
            "SELECT files.*, sources.location AS source FROM files JOIN scans ON scans.id ="
            " files.scan_id JOIN sources ON sources.id = scans.source_id ORDER BY files.id"))

    def decide_finding(self, finding_id: int, status: str, officer_id: str) -> None:
        if status not in ("confirmed", "dismissed"):
            raise ValueError(status)
        self._execute("UPDATE findings SET status=?, decided_by=?, decided_at=? WHERE id=?",
                      (status, officer_id, utc_now(), finding_id))
        self.commit()

    # --- preserved evidence ----------------------------------------------------------------
    # Rows come back as sqlite3.Row (columns as in the schema above); JSON columns are text:
    # collected.times, images.files, images.bad_sectors.

    def add_exhibit(self, ref: str, dir: str, *, description: str | None = None,
                    parent_ref: str | None = None, source_id: int | None = None) -> sqlite3.Row:
        """Register an exhibit once and return its row (an existing ``ref`` is returned as is).

        Two references that map to the same folder (``ABC/1`` and ``ABC_1``) cannot both be
        stored: InputError.
        """
        row = self.exhibit(ref)
        if row is not None:
            return row
        clash = self._db.execute("SELECT ref FROM exhibits WHERE dir = ?", (dir,)).fetchone()
        if clash is not None:
            raise InputError(f"exhibit {ref!r} would share the folder evidence/{dir} with exhibit "
                             f"{clash[0]!r}; choose a reference that differs in letters or digits")
        self._execute("INSERT INTO exhibits (ref, dir, description, parent_ref, source_id,"
                      " created_at) VALUES (?,?,?,?,?,?)",
                      (ref, dir, description, parent_ref, source_id, utc_now()))
        self.commit()
        created = self.exhibit(ref)
        if created is None:  # just inserted and committed: only a broken store loses it
            raise StorageError(f"the case store lost exhibit {ref!r} as it was written")
        return created

    def exhibit(self, ref: str) -> sqlite3.Row | None:
        return self._db.execute("SELECT * FROM exhibits WHERE ref = ?", (ref,)).fetchone()

    def exhibits(self) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM exhibits ORDER BY created_at, ref").fetchall()

    def exhibit_locations(self, ref: str) -> list[str]:
        """The source locations ``ref`` names: scanned under it, or collected or imaged into it."""
        return [r[0] for r in self._db.execute(
            "SELECT location FROM sources WHERE exhibit = ? UNION SELECT s.location FROM exhibits"
            " x JOIN sources s ON s.id = x.source_id WHERE x.ref = ?", (ref, ref))]

    def add_collected(self, exhibit: str, source_id: int | None, original_path: str,
                      stored_path: str, size: int, hashes: dict[str, str],
                      times: dict[str, int], *, deleted: bool = False,
                      verified: bool = True) -> int:
        """One collected file (committed at once: the copy on disk is already fsync'd)."""
        cur = self._execute(
            "INSERT INTO collected (exhibit, source_id, original_path, stored_path, size, md5,"
            " sha1, sha256, times, deleted, collected_at, verified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (exhibit, source_id, original_path, stored_path, size, hashes.get("md5"),
             hashes.get("sha1"), hashes.get("sha256"), _dumps(times), int(deleted), utc_now(),
             int(verified)))
        self.commit()
        return _inserted_id(cur)

    def collected(self, exhibit: str | None = None) -> list[sqlite3.Row]:
        if exhibit is None:
            return self._db.execute("SELECT * FROM collected ORDER BY id").fetchall()
        return self._db.execute("SELECT * FROM collected WHERE exhibit = ? ORDER BY id",
                                (exhibit,)).fetchall()

    def add_image(self, exhibit: str, source_location: str, source_kind: str | None,
                  format: str, *, media_size: int | None = None, tool: str | None = None,
                  status: str = "running") -> int:
        """Start an image row (status running); :meth:`update_image` completes it."""
        cur = self._execute(
            "INSERT INTO images (exhibit, source_location, source_kind, format, media_size,"
            " status, started_at, tool) VALUES (?,?,?,?,?,?,?,?)",
            (exhibit, source_location, source_kind, format, media_size, status, utc_now(), tool))
        self.commit()
        return _inserted_id(cur)

    def update_image(self, image_id: int, *, status: str, files: list[str] | None = None,
                     hashes: dict[str, str] | None = None,
                     bad_sectors: list[list[int]] | None = None, verified: bool = False,
                     tool: str | None = None) -> None:
        """Record how an image ended (finished_at is set now)."""
        hashes = hashes or {}
        self._execute(
            "UPDATE images SET status=?, files=?, md5=?, sha1=?, sha256=?, bad_sectors=?,"
            " verified=?, finished_at=?, tool=COALESCE(?, tool) WHERE id=?",
            (status, _dumps(files or []), hashes.get("md5"), hashes.get("sha1"),
             hashes.get("sha256"), _dumps(bad_sectors or []), int(verified), utc_now(), tool,
             image_id))
        self.commit()

    def images(self, exhibit: str | None = None) -> list[sqlite3.Row]:
        if exhibit is None:
            return self._db.execute("SELECT * FROM images ORDER BY id").fetchall()
        return self._db.execute("SELECT * FROM images WHERE exhibit = ? ORDER BY id",
                                (exhibit,)).fetchall()

    def add_scene_photo(self, stored_path: str, original_name: str, size: int,
                        hashes: dict[str, str], note: str | None = None) -> int:
        cur = self._execute(
            "INSERT INTO scene_photos (stored_path, original_name, size, sha256, md5, sha1,"
            " added_at, note) VALUES (?,?,?,?,?,?,?,?)",
            (stored_path, original_name, size, hashes["sha256"], hashes.get("md5"),
             hashes.get("sha1"), utc_now(), note))
        self.commit()
        return _inserted_id(cur)

    # --- custody binding -------------------------------------------------------------------
    def add_checkpoint(self, seq: int, head: str, ledger_bytes: int, key: str, officer: str,
                       signed_at: str) -> None:
        self._execute("INSERT OR REPLACE INTO custody_checkpoints VALUES (?,?,?,?,?,?)",
                      (seq, head, ledger_bytes, key, officer, signed_at))
        self.commit()

    def checkpoints(self) -> list[sqlite3.Row]:
        """Signed checkpoints this store saw ([] for a store of an older release, read-only)."""
        if self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                            "'custody_checkpoints'").fetchone() is None:
            return []
        return self._db.execute("SELECT * FROM custody_checkpoints ORDER BY seq").fetchall()

    def scene_photos(self) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM scene_photos ORDER BY id").fetchall()
