"""Dates and times as Dutch users type and read them: "09-03-2025", "9:30".

`parse_date` accepts day, month and year separated by "-", "/", "." or a space ("9-3-2025",
"09/03/2025", "9.3.25"); a two-digit year is in this century. A day and month alone ("9-3")
take the year given as `today`. `parse_time` accepts "9:30", "09.30", "930", "0930" and "9".
An empty text gives None ("no date"). Anything else raises ValueError with a short English
message; the UI shows its own translated text.
"""

import datetime as dt
import re

_DATE = re.compile(r"(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?")
_TIME = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?")


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """Read a date written day first.

    Args:
        text: what the user typed, for example "09-03-2025".
        today: supplies the year when the user leaves it out; defaults to today.

    Returns:
        The date, or None for an empty text.

    Raises:
        ValueError: not a date, or a day that does not exist.
    """
    body = text.strip()
    if not body:
        return None
    found = _DATE.fullmatch(body)
    if found is None:
        raise ValueError("write the date as dd-mm-yyyy")
    day, month, year_text = found.groups()
    if year_text is None:
        year = (today or dt.date.today()).year
    else:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        return dt.date(year, int(month), int(day))
    except ValueError as error:
        raise ValueError("no such day") from error


def format_date(value: dt.date | None) -> str:
    """Write a date as "09-03-2025"; no date gives an empty text."""
    return "" if value is None else f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def parse_time(text: str) -> dt.time | None:
    """Read a time of day on the 24-hour clock, to the minute.

    Returns:
        The time, or None for an empty text.

    Raises:
        ValueError: not a time of day.
    """
    body = text.strip()
    if not body:
        return None
    found = _TIME.fullmatch(body)
    if found is None:
        raise ValueError("write the time as hh:mm")
    hours, minutes = int(found[1]), int(found[2] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError("no such time")
    return dt.time(hours, minutes)


def format_time(value: dt.time | None) -> str:
    """Write a time as "09:30"; no time gives an empty text."""
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def format_moment(moment: dt.datetime) -> str:
    """Write a moment in local time to the second, "01-03-2025 10:00:40".

    Seconds, because two colleagues' changes often fall in the same minute and whoever reads
    them must still see which came first.
    """
    return moment.astimezone().strftime("%d-%m-%Y %H:%M:%S")
