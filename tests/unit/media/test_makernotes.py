"""The cheap MakerNote look-up decides whether exifread's costly MakerNote pass runs."""

from __future__ import annotations

import io

from PIL import Image

from triage_app.media import makernotes
from triage_app.media.reader import read_photo


def _open(path):
    return Image.open(io.BytesIO(path.read_bytes()))


def test_canon_and_nikon_notes_with_a_serial_tag_say_maybe(corpora):
    t = corpora / "exif" / "images" / "exiftool-t"
    assert makernotes.may_hold_serial(_open(t / "Canon.jpg"), "Canon")
    assert makernotes.may_hold_serial(_open(t / "NikonD2Hs.jpg"), "NIKON CORPORATION")
    # ... and the full pass then finds it, as before.
    assert read_photo((t / "Canon.jpg").read_bytes()).serial == "560018150"
    assert read_photo((t / "NikonD2Hs.jpg").read_bytes()).serial == "3001006"


def test_a_note_that_lists_no_serial_skips_the_pass(corpora, monkeypatch):
    path = corpora / "exif" / "images" / "exif-py" / "jpg" / "Canon_DIGITAL_IXUS_400.jpg"
    assert not makernotes.may_hold_serial(_open(path), "Canon")
    called = []
    monkeypatch.setattr("triage_app.media.reader._makernote_serial",
                        lambda data, meta: called.append(meta))
    assert read_photo(path.read_bytes()).serial is None and called == []


def test_anything_unusual_is_left_to_the_full_pass():
    assert makernotes.may_hold_serial(None, "Canon")
    assert makernotes._lists_any(b"\x00", 0, "<", {12})  # too short to read
    assert makernotes._lists_any(b"\xff\xff" + b"\x00" * 20, 0, "<", {12})  # absurd count
    entry = (12).to_bytes(2, "little") + b"\x00" * 10
    assert makernotes._lists_any((1).to_bytes(2, "little") + entry, 0, "<", {12})
    other = (13).to_bytes(2, "little") + b"\x00" * 10
    assert not makernotes._lists_any((1).to_bytes(2, "little") + other, 0, "<", {12})
