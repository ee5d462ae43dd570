"""Stored names for any original path, exhibit folders, and the --select glob semantics."""

from __future__ import annotations

import pytest

from triage_app.case.exhibits import exhibit_dir
from triage_app.errors import InputError
from triage_app.preserve.names import numbered, safe_component, stored_components
from triage_app.preserve.select import Selection


@pytest.mark.parametrize("ref, folder", [("ABC/1", "ABC_1"), ("ABC/1-A", "ABC_1-A"),
                                         ("Kent 23/0042 #7", "Kent_23_0042__7"),
                                         ("x.y_z-1", "x.y_z-1"), ("Ünï/2", "_n__2")])
def test_exhibit_dir(ref: str, folder: str) -> None:
    assert exhibit_dir(ref) == folder


@pytest.mark.parametrize("ref", ["", "  ", ".", ".."])
def test_exhibit_dir_refuses_unusable_references(ref: str) -> None:
    with pytest.raises(InputError):
        exhibit_dir(ref)


def test_ads_mapping_and_plain_paths() -> None:
    assert stored_components("/dir/file.txt") == ["dir", "file.txt"]
    assert stored_components("/dir/file:Zone.Identifier", "Zone.Identifier") == [
        "dir", "file__ADS__Zone.Identifier"]
    assert stored_components("/p2/Users/bob", None) == ["p2", "Users", "bob"]


@pytest.mark.parametrize("name, safe", [
    ('a<b>c:"d"|e?f*g', "a_b_c__d__e_f_g"), ("back\\slash", "back_slash"),
    ("tab\there", "tab_here"), ("trailing. ", "trailing._"), ("dot.", "dot_"),
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("COM1.log", "_COM1.log"),
    ("bad\udcffbyte", "bad_byte"), ("tsk\ufffdname", "tsk_name"), ("..", "__"),
    ("ordinary name (1).jpg", "ordinary name (1).jpg"), ("ünïcødé.txt", "ünïcødé.txt"),
])
def test_safe_component(name: str, safe: str) -> None:
    assert safe_component(name) == safe


def test_long_names_are_shortened_to_255_bytes_keeping_extension_and_identity() -> None:
    long_a, long_b = "é" * 200 + "a.jpeg", "é" * 200 + "b.jpeg"
    a, b = safe_component(long_a), safe_component(long_b)
    assert len(a.encode()) <= 255 and a.endswith(".jpeg") and a.startswith("é" * 50)
    assert a != b and safe_component(long_a) == a


def test_numbered() -> None:
    assert numbered("photo.jpg", 2) == "photo__2.jpg"
    assert numbered("README", 3) == "README__3"
    assert numbered(".hidden", 2) == ".hidden__2"


PATHS = ["/Users/bob/Documents/a.docx", "/Users/bob/Documents/sub/b.JPG",
         "/Users/amy/Documents/c.txt", "/Users/amy/Pictures/d.jpg", "/Windows/x.dll",
         "/e.jpg", "/p1/Users/bob/Documents/f.txt", "/$MFT", "/$Extend/$Quota",
         "/$Recycle.Bin/S-1-5/$R1.jpg"]


def _taken(*patterns: str) -> list[str]:
    selection = Selection(list(patterns))
    return [p for p in PATHS if selection.takes(p)]


def test_default_takes_everything_but_ntfs_metadata() -> None:
    assert _taken() == [p for p in PATHS if p not in ("/$MFT", "/$Extend/$Quota")]


def test_name_patterns_match_anywhere_case_insensitively() -> None:
    assert _taken("*.jpg") == ["/Users/bob/Documents/sub/b.JPG", "/Users/amy/Pictures/d.jpg",
                               "/e.jpg", "/$Recycle.Bin/S-1-5/$R1.jpg"]
    assert _taken("Pictures") == ["/Users/amy/Pictures/d.jpg"]


def test_path_patterns_are_anchored_and_folders_take_their_content() -> None:
    documents = ["/Users/bob/Documents/a.docx", "/Users/bob/Documents/sub/b.JPG",
                 "/Users/amy/Documents/c.txt"]
    assert _taken("/Users/*/Documents/**") == documents
    assert _taken("/Users/*/Documents") == documents
    assert _taken("Users/*/Documents") == documents  # the leading slash is optional
    assert _taken("/Users/*/Documents/*") == ["/Users/bob/Documents/a.docx",
                                              "/Users/bob/Documents/sub/b.JPG",  # folder sub
                                              "/Users/amy/Documents/c.txt"]
    assert _taken("/**/Documents/*.txt") == ["/Users/amy/Documents/c.txt",
                                              "/p1/Users/bob/Documents/f.txt"]
    assert _taken("/p1/**") == ["/p1/Users/bob/Documents/f.txt"]
    assert _taken("/Users/[ab]?y/**") == ["/Users/amy/Documents/c.txt", "/Users/amy/Pictures/d.jpg"]
    assert _taken("/Users/[!a]*/Documents/*.docx") == ["/Users/bob/Documents/a.docx"]


def test_patterns_add_up_and_streams_follow_their_file() -> None:
    assert _taken("*.dll", "/e.jpg") == ["/Windows/x.dll", "/e.jpg"]
    selection = Selection(["*.dll"])
    assert selection.takes("/Windows/x.dll:Zone.Identifier", "Zone.Identifier")
    assert not selection.takes("/Windows/x.txt:x.dll", "x.dll")


@pytest.mark.parametrize("pattern", ["", "/", "//"])
def test_empty_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(InputError):
        Selection([pattern])
