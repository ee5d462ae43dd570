from __future__ import annotations

import pytest

from triage_app.config import config_dir
from triage_app.core.settings import (
    SETTINGS_FILE,
    load_settings,
    recent_cases,
    remember_case,
    save_settings,
)
from triage_app.errors import InputError


def test_defaults_then_saved_values() -> None:
    assert load_settings() == {"theme": "standard", "large_targets": False, "language": "en"}
    save_settings({"theme": "high-contrast", "language": "de"})
    assert load_settings() == {"theme": "high-contrast", "large_targets": False, "language": "de"}


def test_bad_values_are_refused_and_a_damaged_file_gives_the_defaults() -> None:
    with pytest.raises(InputError, match="not a value"):
        save_settings({"language": "xx"})
    with pytest.raises(InputError, match="unknown setting"):
        save_settings({"colour": "red"})
    (config_dir() / SETTINGS_FILE).write_bytes(b'{"theme": 3, "language": "fr"')  # cut short
    assert load_settings()["theme"] == "standard"
    (config_dir() / SETTINGS_FILE).write_bytes(b'{"theme": 3, "language": "fr"}')
    assert load_settings() == {"theme": "standard", "large_targets": False, "language": "fr"}


def test_recent_cases_newest_first_without_repeats(tmp_path) -> None:
    for name in ("a", "b", "a"):
        remember_case(tmp_path / name)
    assert recent_cases() == [str(tmp_path / "a"), str(tmp_path / "b")]
