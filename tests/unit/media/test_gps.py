from __future__ import annotations

from triage_app.media.gps import check_against_clock, read_gps

NORTH_54 = [(54, 1), (59, 1), (2280, 100)]
WEST_1 = [(1, 1), (54, 1), (5100, 100)]


def test_signed_position_from_refs():
    reading = read_gps({1: "N", 2: NORTH_54, 3: "W", 4: WEST_1, 5: [1], 6: [(3983, 1000)]})
    assert reading.position is not None
    assert round(reading.position.lat, 6) == 54.989667
    assert round(reading.position.lon, 6) == -1.914167
    assert reading.position.alt == -3.983  # AltitudeRef 1: below sea level
    assert reading.warnings == []


def test_all_zero_block_is_no_position():
    zeros = [(0, 1), (0, 1), (0, 1)]
    reading = read_gps({1: "N", 2: zeros, 3: "E", 4: zeros, 5: [0], 6: [(0, 1)]})
    assert reading.position is None
    assert any("zeros" in w for w in reading.warnings)


def test_zero_position_with_a_real_altitude_is_not_called_a_block_of_zeros():
    zeros = [(0, 1), (0, 1), (0, 1)]
    reading = read_gps({1: "N", 2: zeros, 3: "E", 4: zeros, 5: [0], 6: [(2505, 10)]})
    assert reading.position is None
    assert reading.warnings == ["GPS latitude and longitude are both 0 with an altitude of 250.5 m: "
                                "receivers write 0, 0 without a fix, so no position is given "
                                "(check the device)"]


def test_zero_over_zero_rationals_are_no_position():
    undefined = [(0, 0), (0, 0), (0, 0)]
    reading = read_gps({1: "", 2: undefined, 3: "", 4: undefined, 6: [(0, 0)]})
    assert reading.position is None


def test_malformed_rational_is_no_position_with_warning():
    reading = read_gps({1: "N", 2: [(54, 0), (1, 1), (1, 1)], 3: "E", 4: WEST_1})
    assert reading.position is None
    assert any("malformed" in w for w in reading.warnings)


def test_unknown_hemisphere_is_no_position():
    reading = read_gps({1: "N", 2: NORTH_54, 3: "?", 4: WEST_1})
    assert reading.position is None
    assert any("hemisphere unknown" in w for w in reading.warnings)


def test_out_of_range_and_lonely_latitude_are_no_position():
    assert read_gps({1: "N", 2: [(95, 1)], 3: "E", 4: WEST_1}).position is None
    lonely = read_gps({1: "N", 2: NORTH_54})
    assert lonely.position is None and lonely.warnings


def test_equator_is_a_position():
    reading = read_gps({1: "S", 2: [(0, 1), (22, 1), (1678, 100)], 3: "E", 4: [(36, 1)]})
    assert reading.position is not None and reading.position.lat < 0


def test_gps_time_and_direction():
    reading = read_gps({1: "N", 2: NORTH_54, 3: "W", 4: WEST_1, 7: [(14, 1), (27, 1), (724, 100)],
                        29: "2008:10:23", 16: "M", 17: [(93, 1)]})
    assert reading.time == "2008-10-23T14:27:07.24Z"
    assert (reading.direction, reading.direction_ref) == (93.0, "M")


def test_clock_contradiction_is_flagged():
    assert check_against_clock("2020-01-01T12:00:00Z", "2020-01-01T17:30:00+05:30") is None
    assert check_against_clock("2020-01-01T12:00:00Z", "2020-01-03T12:00:00+00:00")
    assert check_against_clock("2020-01-01T12:00:00Z", "2020-01-01T20:00:00") is None  # zone?
