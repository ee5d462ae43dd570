"""The self-test runs every bundled library on a shipped sample, and says what is missing."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys

import pytest

from triage_app.operations import selftest


def test_every_check_passes_on_a_set_up_machine():
    checks = selftest.run_self_test()
    assert [c.name for c in checks] == [name for name, _ in selftest.CHECKS]
    assert all(c.ok and not c.unavailable for c in checks), [c.to_dict() for c in checks]


def test_e01_imaging_without_ewfacquirestream_is_unavailable_not_a_failure(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    (check,) = [c for c in selftest.run_self_test() if c.name.startswith("E01 imaging")]
    assert check.ok and check.unavailable
    assert check.detail.startswith("E01 imaging unavailable: ewfacquirestream is not installed")


def test_a_sample_read_wrongly_fails_its_check_by_name(monkeypatch, tmp_path):
    samples = tmp_path / "resources"
    shutil.copytree(selftest.resource("selftest"), samples / "selftest")
    expected = json.loads((samples / "selftest" / "photos.json").read_text())
    expected["make"] = "Another Camera"
    (samples / "selftest" / "photos.json").write_text(json.dumps(expected))
    monkeypatch.setattr(selftest, "resource", lambda *parts: samples.joinpath(*parts))
    results = {c.name: c for c in selftest.run_self_test()}
    photos = results["photos (Pillow, pillow-heif, exifread)"]
    assert not photos.ok and "exifread did not read the camera" in photos.detail
    assert results["libmagic"].ok


def test_an_exception_in_a_check_is_a_failed_check_not_a_crash():
    def broken() -> str:
        raise OSError("libsomething.so.1: cannot open shared object file")

    (check,) = selftest.run_self_test(extra=(("broken library", broken),))[-1:]
    assert (check.name, check.ok) == ("broken library", False)
    assert "cannot open shared object file" in check.detail


def test_the_frozen_app_is_identified_by_the_hash_of_its_program(monkeypatch, tmp_path):
    program = tmp_path / "triage-app"
    program.write_bytes(b"\x7fELF frozen program with its Python code inside")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert selftest.code_digest() == hashlib.sha256(program.read_bytes()).hexdigest()
    assert "(frozen)" in selftest._app_identity()


@pytest.mark.parametrize("name", ["photo.jpg", "photo.heic", "qr.png", "selftest.E01"])
def test_the_samples_ship_with_the_app(name):
    assert selftest.resource("selftest", name).stat().st_size > 0
