"""Sizes and durations as an officer reads them: never a non-empty size shown as zero, never
a raw count of seconds."""

from __future__ import annotations

import pytest

from triage_app.core.units import about_duration, human_size, plural


@pytest.mark.parametrize("size, text", [
    (0, "0 B"), (1, "1 B"), (1023, "1023 B"), (1024, "1.0 KiB"), (1536, "1.5 KiB"),
    (5 * 1024 ** 2, "5.0 MiB"), (3 * 1024 ** 3 + 1, "3.0 GiB"), (2 * 1024 ** 4, "2.0 TiB"),
])
def test_sizes_in_binary_units(size: int, text: str) -> None:
    assert human_size(size) == text


@pytest.mark.parametrize("size", [1, 17, 900, 4000, 70_000, 2 ** 31, 2 ** 41])
def test_a_non_empty_size_never_reads_as_zero(size: int) -> None:
    number = human_size(size).split()[0]
    assert float(number) > 0


@pytest.mark.parametrize("seconds, text", [
    (5, "less than a minute"), (59.9, "less than a minute"), (60, "about 1 min"),
    (170, "about 3 min"), (57974, "about 16.1 h"), (119 * 60, "about 119 min"),
])
def test_durations_are_words_not_seconds(seconds: float, text: str) -> None:
    assert about_duration(seconds) == text


def test_plural() -> None:
    assert plural(1, "file") == "1 file"
    assert plural(3, "file") == "3 files"
    assert plural(2, "entry", "entries") == "2 entries"
