"""The fence: crafted files end within the time limit with a warning; workers are reused."""

from __future__ import annotations

import time

import pytest

from triage_app.media.fence import Limits, PhotoParserPool

CRAFTED = ["canon_makernote_count_0x3C000000.jpg", "gps_mut13_exifoffset_indexerror.jpg",
           "nikon_mut01_thumb_indexerror.jpg", "png_mut00_chunkname_unicodeerror.png"]


@pytest.mark.parametrize("name", CRAFTED)
def test_crafted_file_ends_within_the_limit_with_a_warning(corpora, pool, name):
    started = time.monotonic()
    meta = pool.parse(corpora / "exif" / "crafted" / name, name)
    elapsed = time.monotonic() - started
    assert elapsed < pool.limits.seconds + 2
    assert any(w.startswith("malformed metadata") for w in meta.warnings)


def test_hanging_makernote_keeps_what_was_read_before_it(corpora, pool):
    meta = pool.parse(corpora / "exif" / "crafted" / "canon_makernote_count_0x3C000000.jpg")
    assert (meta.make, meta.model) == ("Canon", "Canon EOS DIGITAL REBEL")
    assert meta.datetime_original == "2003-12-04T06:46:52"
    assert any("stopped after" in w for w in meta.warnings)


def test_pool_recovers_after_a_kill_and_reuses_workers(corpora, pool):
    images = corpora / "exif" / "images" / "exif-py" / "jpg" / "gps"
    jobs = [(p.name, p, p.name) for p in sorted(images.glob("*.jpg"))]
    dict(pool.parse_many(jobs))  # tops the pool up again after earlier kills
    before = pool.started
    results = dict(pool.parse_many(jobs * 3))
    assert len(results) == len(jobs)
    assert all(m.gps is not None for m in results.values())
    assert pool.started == before  # no new worker for 27 ordinary files


def test_size_cap_parses_the_head_and_says_so(corpora):
    path = corpora / "exif" / "images" / "exiftool-t" / "GPS.jpg"
    with PhotoParserPool(workers=1, limits=Limits(seconds=3, max_bytes=1500)) as small:
        meta = small.parse(path.read_bytes(), "GPS.jpg")
    assert any("size cap" in w for w in meta.warnings)


def test_missing_file_is_a_warning(pool, tmp_path):
    meta = pool.parse(tmp_path / "gone.jpg", "gone.jpg")
    assert meta.warnings and "cannot read" in meta.warnings[0]


def test_read_many_gives_upright_previews_and_keeps_going_past_a_hang(corpora):
    crafted = corpora / "exif" / "crafted" / "canon_makernote_count_0x3C000000.jpg"
    images = sorted((corpora / "exif" / "images" / "exif-py" / "jpg" / "gps").glob("*.jpg"))
    jobs = [(p.name, p, p.name) for p in images[:3]] + [("hang", crafted, crafted.name)]
    jobs += [(p.name, p, p.name) for p in images[3:6]]
    with PhotoParserPool(workers=1, limits=Limits(seconds=2)) as small:
        results = dict(small.read_many(jobs, preview_px=96))
    assert len(results) == 7
    hang = results.pop("hang")
    assert hang.meta.make == "Canon" and hang.preview  # kept from before the MakerNote pass
    assert any("MakerNote parsing stopped" in w for w in hang.meta.warnings)
    assert all(r.preview and r.meta.gps for r in results.values())


def test_closing_read_many_early_stops_the_busy_workers(corpora):
    images = sorted((corpora / "exif" / "images" / "metadata-extractor" / "jpg").glob("*.jpg"))
    with PhotoParserPool(workers=2, limits=Limits(seconds=3)) as small:
        stream = small.read_many([(p.name, p, p.name) for p in images], preview_px=64)
        next(stream)
        busy = [w for w in small._idle]  # none idle yet: the others are mid-job
        stream.close()
        assert busy == [] or all(w.process.is_alive() for w in busy)
        started = small.started
        # The pool still works afterwards, with fresh workers where busy ones were stopped.
        assert len(dict(small.parse_many([(p.name, p, p.name) for p in images[:4]]))) == 4
        assert small.started >= started


@pytest.mark.parametrize("seconds", [float("nan"), float("inf"), 0.0, -5.0, 1e7])
def test_a_time_limit_that_is_no_limit_is_refused(seconds):
    from triage_app.errors import InputError

    with pytest.raises(InputError, match="time limit per photo"):
        Limits(seconds=seconds)
