"""Hash-set imports in their real formats, and lookups that name the set and version."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from triage_app.errors import InputError
from triage_app.hashsets.library import HashSetLibrary

DATA = b"known content"
MD5, SHA1, SHA256 = (hashlib.new(a, DATA).hexdigest() for a in ("md5", "sha1", "sha256"))
HASHES = {"md5": MD5, "sha1": SHA1, "sha256": SHA256}


def _nsrl_rds_v3(path: Path) -> Path:
    """A tiny database with the NSRL RDS v3 schema (upper-case hex, as NIST ships it)."""
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE VERSION (version VARCHAR UNIQUE NOT NULL, build_set VARCHAR NOT NULL,
            build_date TIMESTAMP NOT NULL, release_date TIMESTAMP NOT NULL,
            description VARCHAR NOT NULL);
        CREATE TABLE FILE (sha256 VARCHAR NOT NULL, sha1 VARCHAR NOT NULL, md5 VARCHAR NOT NULL,
            crc32 VARCHAR NOT NULL, file_name VARCHAR NOT NULL, file_size INTEGER NOT NULL,
            package_id INTEGER NOT NULL,
            CONSTRAINT PK_FILE PRIMARY KEY (sha256, sha1, md5, crc32, file_name, file_size, package_id));
    """)
    db.execute("INSERT INTO VERSION VALUES ('2026.09.1', 'RDS_2026.09.1_modern_minimal',"
               " '2026-09-01', '2026-09-15', 'Modern minimal')")
    db.execute("INSERT INTO FILE VALUES (?,?,?,?,?,?,?)",
               (SHA256.upper(), SHA1.upper(), MD5.upper(), "00000000", "notepad.exe", len(DATA), 1))
    db.commit()
    db.close()
    return path


def test_nsrl_is_queried_in_place_with_its_version(tmp_path: Path) -> None:
    library = HashSetLibrary()
    added = library.import_file(_nsrl_rds_v3(tmp_path / "RDS_modern_minimal.db"))
    assert (added.format, added.kind, added.count) == ("nsrl", "known", 1)
    assert added.version == "2026.09.1 (Modern minimal)"
    [match] = library.lookup(HASHES)
    assert (match.set_name, match.kind, match.algorithm) == ("NSRL RDS", "known", "sha256")
    assert library.lookup({"md5": MD5})[0].algorithm == "md5"
    assert library.lookup({"sha256": "0" * 64}) == []


@pytest.mark.parametrize("context", [
    {"odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Media"},
    {"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media"},
])
def test_vics_json_is_notable_with_category(tmp_path: Path, context: dict) -> None:
    vics = tmp_path / "export.json"
    vics.write_text(json.dumps({**context, "value": [
        {"MediaID": 1, "Category": 1, "MD5": MD5.upper(), "SHA1": SHA1.upper(), "MediaSize": 13},
        {"MediaID": 2, "Category": 0, "MD5": "ab" * 16}]}))
    library = HashSetLibrary()
    added = library.import_file(vics, name="ProjectVIC")
    assert added.format == "vics" and added.kind == "notable" and added.version.startswith("VICS ")
    matches = library.lookup(HASHES)
    assert len(matches) == 1 and matches[0].category == "1" and matches[0].kind == "notable"


@pytest.mark.parametrize("text", [
    f"{MD5}\n{'1' * 40}\n",
    f"{SHA256}  ./some/file.bin\n",
    f"name,SHA1,size\nfile.bin,{SHA1},13\n",
    f"%%%% HASHDEEP-1.0\n%%%% size,md5,sha256,filename\n## Invoked from: /x\n13,{MD5},{SHA256},/x/f\n",
])
def test_plain_lists(tmp_path: Path, text: str) -> None:
    path = tmp_path / "list.txt"
    path.write_text(text)
    library = HashSetLibrary()
    added = library.import_file(path, kind="notable", version="v1")
    assert added.count >= 1
    assert library.lookup(HASHES)[0].set_version == "v1"


def test_list_without_hashes_or_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("nothing here\n")
    with pytest.raises(InputError, match="known"):
        HashSetLibrary().import_file(path)
    with pytest.raises(InputError, match="no hashes"):
        HashSetLibrary().import_file(path, kind="known")
    assert HashSetLibrary().sets() == []


def _corrupt_nsrl(path: Path) -> Path:
    """A real NSRL-schema database with enough rows to span many pages, then its second half
    overwritten: the first rows still read, a full scan or a high hash does not."""
    _nsrl_rds_v3(path)
    db = sqlite3.connect(path)
    db.executemany("INSERT INTO FILE VALUES (?,?,?,?,?,?,?)",
                   ((hashlib.sha256(str(i).encode()).hexdigest().upper(), "A" * 40, "B" * 32,
                     "0", f"file{i}.dll", i, 1) for i in range(3000)))
    db.commit()
    db.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle:] = b"\xa5" * (len(data) - middle)
    path.write_bytes(bytes(data))
    return path


def test_a_corrupt_nsrl_database_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="RDS_corrupt.db is damaged"):
        HashSetLibrary().import_file(_corrupt_nsrl(tmp_path / "RDS_corrupt.db"))


def test_an_nsrl_database_damaged_after_import_fails_lookups_in_words(tmp_path: Path) -> None:
    path = tmp_path / "RDS.db"
    library = HashSetLibrary()
    library.import_file(_nsrl_rds_v3(path))
    _corrupt_nsrl(tmp_path / "damaged.db").replace(path)
    with pytest.raises(InputError, match="RDS.db is damaged"):
        library.lookup({"sha256": "f" * 64})


@pytest.mark.parametrize("document, message", [
    (f'{{"@odata.context": 12, "value": [{{"MD5": "{MD5}", "Category": {{"a": 1}}}}]}}', None),
    ('{"odata.metadata": "x", "value": ' + "[" * 48_000, "nested too deeply"),
    ('{{"odata.metadata": "x", "value": [{{"MD5": "{}", "MediaID": {}}}]}}'.format(MD5, "9" * 5000),
     "a number of 5000 digits"),
])
def test_malformed_vics_is_read_or_refused_in_one_sentence(tmp_path, document, message):
    path = tmp_path / "vics.json"
    path.write_text(document)
    if message is None:  # a number where text belongs: no version, the hashes still count
        added = HashSetLibrary().import_file(path)
        assert added.count == 1 and HashSetLibrary().lookup(HASHES)[0].category is None
        return
    with pytest.raises(InputError, match=message):
        HashSetLibrary().import_file(path)


def test_a_list_with_an_overlong_field_is_refused_and_nothing_is_kept(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(f'md5,name\n{MD5},"{"x" * 200_000}"\n')
    with pytest.raises(InputError, match="list.csv is not a readable hash list"):
        HashSetLibrary().import_file(path, kind="known")
    assert HashSetLibrary().sets() == []


def test_a_damaged_library_is_a_storage_error(app_home):
    from triage_app.config import hashsets_dir
    from triage_app.errors import StorageError

    (hashsets_dir() / "library.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(StorageError, match="move it aside"):
        HashSetLibrary()


def test_an_nsrl_database_whose_schema_is_not_utf8_is_refused(tmp_path: Path) -> None:
    # Found by the fuzz suite: sqlite3's error message quotes the damaged schema, and
    # decoding that message fails with UnicodeDecodeError instead of a DatabaseError.
    path = _nsrl_rds_v3(tmp_path / "RDS.db")
    db = sqlite3.connect(path)
    db.execute("PRAGMA writable_schema=ON")
    db.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'FILE'",
               (b"CREATE TABLE FILE (sha256, sha1, md5) \x80\xff",))
    db.commit()
    db.close()
    with pytest.raises(InputError, match="RDS.db is not an NSRL RDS v3 database"):
        HashSetLibrary().import_file(path)


def test_a_library_damaged_inside_fails_lookups_in_one_sentence(tmp_path: Path) -> None:
    from triage_app.errors import StorageError

    listing = tmp_path / "list.txt"
    listing.write_text(f"{MD5}\n")
    library = HashSetLibrary()
    library.import_file(listing, kind="known")
    library._db.execute("UPDATE hashes SET category = CAST(X'C3' AS TEXT)")
    library._db.commit()
    with pytest.raises(StorageError, match="library.sqlite cannot be used"):
        library.lookup(HASHES)


def test_a_stored_nsrl_path_with_a_nul_fails_lookups_in_one_sentence(tmp_path: Path) -> None:
    library = HashSetLibrary()  # found by the fuzz suite: a damaged library.sqlite
    library.import_file(_nsrl_rds_v3(tmp_path / "RDS.db"))
    library._db.execute("UPDATE sets SET external_db = ?", ("RDS\x00.db",))
    library._db.commit()
    with pytest.raises(InputError, match="is not an NSRL RDS v3 database"):
        HashSetLibrary().lookup(HASHES)
