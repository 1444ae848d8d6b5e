import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlinkoop.domain.dates import format_date, format_moment, format_time, parse_date, parse_time

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09-03-2025", dt.date(2025, 3, 9)),
        ("9-3-2025", dt.date(2025, 3, 9)),
        ("9/3/2025", dt.date(2025, 3, 9)),
        ("9.3.25", dt.date(2025, 3, 9)),
        (" 9 3 2025 ", dt.date(2025, 3, 9)),
        ("9-3", dt.date(2025, 3, 9)),
        ("29-02-2024", dt.date(2024, 2, 29)),
    ],
)
def test_dates_are_read_day_first(text: str, expected: dt.date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["", "  "])
def test_empty_means_no_date(text: str) -> None:
    assert parse_date(text) is None
    assert parse_time(text) is None


@pytest.mark.parametrize("text", ["morgen", "2025-03-09", "31-02-2025", "9-13-2025", "9-3-202"])
def test_junk_dates_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", dt.time(9, 30)),
        ("09.30", dt.time(9, 30)),
        ("930", dt.time(9, 30)),
        ("0930", dt.time(9, 30)),
        ("9", dt.time(9)),
        ("23:59", dt.time(23, 59)),
    ],
)
def test_times_are_read(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "9:60", "half tien", "9:3", "12345"])
def test_junk_times_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


def test_nothing_formats_as_empty() -> None:
    assert format_date(None) == "" and format_time(None) == ""


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_dates_round_trip(value: dt.date) -> None:
    assert parse_date(format_date(value)) == value


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_times_round_trip(value: dt.time) -> None:
    assert parse_time(format_time(value)) == value


def test_a_moment_is_local_time_to_the_second() -> None:
    moment = dt.datetime(2025, 3, 1, 9, 0, 40, tzinfo=dt.UTC)
    local = moment.astimezone()
    assert format_moment(moment) == f"{local:%d-%m-%Y} {local:%H:%M}:40"
