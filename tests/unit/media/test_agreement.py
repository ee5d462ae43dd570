"""Our reader against exiftool over the shared corpus: key fields must agree or be explained."""

from __future__ import annotations

import pytest

from tests.unit.media.agreement import KEY_FIELDS, compare


@pytest.fixture(scope="module")
def agreement(pool):
    return compare(pool)


@pytest.mark.parametrize("field_name", KEY_FIELDS)
def test_key_field_agrees_with_exiftool_or_is_explained(agreement, field_name):
    stats = agreement.stats[field_name]
    assert stats.mismatches == []
    assert stats.agree + stats.explained == stats.reference
    assert stats.reference > 0


def test_every_exception_is_still_needed(agreement):
    assert agreement.unused_exceptions == []


def test_corpus_coverage_is_what_the_readme_promises(agreement):
    # 24 usable positions in the main set plus the metadata-extractor GPS photos.
    assert agreement.stats["gps_lat"].agree >= 45
    assert agreement.stats["make"].agree >= 130
    assert agreement.stats["serial"].agree >= 10
