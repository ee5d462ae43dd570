"""Legal authority: dates parse or are refused in one line; validity windows hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from triage_app.errors import InputError
from triage_app.workflow.legal import LegalAuthority, parse_when


def _authority(**changes):
    now = datetime.now(UTC)
    fields = dict(type="warrant", ref="W-1", issuer="Court", scope="all devices",
                  valid_from=now - timedelta(hours=1), valid_until=now + timedelta(days=1))
    return LegalAuthority(**{**fields, **changes})


def test_dates_and_times_parse_and_a_date_alone_covers_the_whole_day() -> None:
    end = parse_when("2026-12-01", end_of_day=True)
    assert end.tzinfo is not None and (end.hour, end.minute) == (23, 59)
    assert parse_when("2026-12-01T14:30").hour == 14
    with pytest.raises(InputError, match="bad date"):
        parse_when("1st December")


def test_validity_window() -> None:
    now = datetime.now(UTC)
    assert _authority().refusal(now) is None
    assert "expired" in _authority(valid_until=now - timedelta(minutes=1),
                                   valid_from=None).refusal(now)
    assert "valid only from" in _authority(valid_from=now + timedelta(hours=1)).refusal(now)


@pytest.mark.parametrize("changes, words", [
    ({"type": "hunch"}, "unknown authority type"),
    ({"ref": " "}, "ref is empty"),
    ({"valid_from": datetime(2026, 12, 2, tzinfo=UTC),
      "valid_until": datetime(2026, 12, 1, tzinfo=UTC)}, "ends"),
])
def test_bad_authorities_are_refused(changes, words) -> None:
    with pytest.raises(InputError, match=words):
        _authority(**changes)


def test_round_trip_and_amendment() -> None:
    authority = _authority()
    assert LegalAuthority.from_dict(authority.to_dict()) == authority
    assert authority.amended(scope="laptops only").scope == "laptops only"
