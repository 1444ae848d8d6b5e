"""Column types that store domain values exactly as text or integers, and check what they read.

A file may come from anyone, so every value read back is checked: a stored value that does not
fit its column raises `StoredValueError` (the workbook reports it as INVALID_VALUE), never a
wrong Python type that would fail later in a widget. `process_result_value` is the one
definition of a readable value; each type's `readable_sql` is a fast path for the safe-open
check (`values.py`) that holds only for values `process_result_value` reads too.
"""

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from sqlalchemy import Dialect, Integer, Text
from sqlalchemy.types import TypeDecorator

from nlinkoop.domain.common import utc_text
from nlinkoop.store.errors import StoredValueError

E = TypeVar("E", bound=StrEnum)

_UTC_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_TEXT = re.compile(r"\d{2}:\d{2}(:\d{2}(\.\d{6})?)?")
_DECIMAL_TEXT = re.compile(r"-?\d+(\.\d+)?(E[+-]?\d+)?")


@runtime_checkable
class ReadChecked(Protocol):
    """What every column type here offers the safe-open check of stored values."""

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        """The stored value as the domain's type; raises `StoredValueError` if it is not one."""

    def readable_sql(self, column: str) -> str:
        """SQL true only for stored values of `column` that `process_result_value` reads."""


def shown(value: object) -> str:
    """A stored value as a message shows it: its repr, cut to 40 characters."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _bad(value: object, what: str) -> StoredValueError:
    return StoredValueError(f"{shown(value)} is not {what}")


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# SQL for dates and times written exactly as these types write them, in ranges every calendar
# has: month 01-12, a day that month always has (29 February is left to the type), hour 00-23,
# from year 1 (as Python's dates). Plain text comparisons: SQLite's own date functions accept
# 2026-02-30 and 24:00:00, and what they accept differs between SQLite versions.
_SQL_DAY = (
    "(substr({c}, 6, 2) BETWEEN '01' AND '12' AND substr({c}, 9, 2) BETWEEN '01' AND"
    " CASE substr({c}, 6, 2) WHEN '02' THEN '28' WHEN '04' THEN '30' WHEN '06' THEN '30'"
    " WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END AND {c} >= '0001')"
)
_SQL_DATE = (
    "(typeof({c}) = 'text' AND {c} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND "
    + _SQL_DAY
    + ")"
)
_SQL_TIME = "(typeof({c}) = 'text' AND {c} GLOB '[0-2][0-9]:[0-5][0-9]:[0-5][0-9]' AND {c} < '24')"
_SQL_UTC = (
    "(typeof({c}) = 'text' AND {c} GLOB"
    " '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z'"
    " AND substr({c}, 12, 2) < '24' AND " + _SQL_DAY + ")"
)


class StrText(TypeDecorator[str]):
    """Text, read back only as text (a blob or a number in a text column is refused)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or isinstance(value, str):
            return value
        raise _bad(value, "text")

    def readable_sql(self, column: str) -> str:
        """SQL true only for stored values of `column` that this type reads."""
        return f"typeof({column}) IN ('text', 'null')"


class IntNumber(TypeDecorator[int]):
    """A whole number (SQLite INTEGER)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: int | None, dialect: Dialect) -> int | None:
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> int | None:
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise _bad(value, "a whole number")

    def readable_sql(self, column: str) -> str:
        """SQL true only for stored values of `column` that this type reads."""
        return f"typeof({column}) IN ('integer', 'null')"


class Flag(TypeDecorator[bool]):
    """A yes/no value, stored as 0 or 1."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: bool | None, dialect: Dialect) -> int | None:
        return None if value is None else int(bool(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> bool | None:
        if value is None:
            return None
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise _bad(value, "0 or 1")

    def readable_sql(self, column: str) -> str:
        """SQL true only for stored values of `column` that this type reads."""
        return f"({column} IS NULL OR (typeof({column}) = 'integer' AND {column} IN (0, 1)))"


class DecimalText(TypeDecorator[Decimal]):
    """An exact amount stored as its decimal text ("1250.50"); never a binary float."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValueError(f"not a finite Decimal: {value!r}")
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
            try:
                return Decimal(value)
            except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
                pass
        raise _bad(value, "an amount")

    def readable_sql(self, column: str) -> str:
        """SQL true for plain amounts (`1250.50`); a sign or an exponent is left to the type."""
        return (
            f"({column} IS NULL OR (typeof({column}) = 'text' AND {column} <> ''"
            f" AND trim({column}, '0123456789') IN ('', '.')"
            f" AND {column} NOT GLOB '.*' AND {column} NOT GLOB '*.'))"
        )


class DateText(TypeDecorator[dt.date]):
    """A calendar date as ISO text, `2026-11-27`."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dt.date | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ValueError(f"not a date: {value!r}")
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, str) and _DATE_TEXT.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise _bad(value, "a date")

    def readable_sql(self, column: str) -> str:
        """SQL true only for stored values of `column` that this type reads."""
        return f"({column} IS NULL OR {_SQL_DATE.format(c=column)})"


class TimeText(TypeDecorator[dt.time]):
    """A time of day without a zone as ISO text, `09:30:00`."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dt.time | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, dt.time) or value.tzinfo is not None:
            raise ValueError(f"not a time of day without a zone: {value!r}")
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.time | None:
        if value is None:
            return None
        if isinstance(value, str) and _TIME_TEXT.fullmatch(value):
            try:
                return dt.time.fromisoformat(value)
            except ValueError:
                pass
        raise _bad(value, "a time of day")

    def readable_sql(self, column: str) -> str:
        """SQL true for `09:30:00` as this type writes it; other forms are left to the type."""
        return f"({column} IS NULL OR {_SQL_TIME.format(c=column)})"


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in UTC with millisecond precision, as ISO text ending in Z."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str) and _UTC_TEXT.fullmatch(value):
            try:
                return dt.datetime.fromisoformat(value[:-1]).replace(tzinfo=dt.UTC)
            except ValueError:
                pass
        raise _bad(value, "a UTC time")

    def readable_sql(self, column: str) -> str:
        """SQL true only for stored values of `column` that this type reads."""
        return f"({column} IS NULL OR {_SQL_UTC.format(c=column)})"


class EnumText(TypeDecorator[E], Generic[E]):
    """A domain enum stored as its string value (`"must_have"`), not its Python name."""

    impl = Text
    cache_ok = True

    def __init__(self, enum: type[E]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: E | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        try:
            return self.enum(value)
        except ValueError:
            raise _bad(value, f"one of the {self.enum.__name__} values") from None

    def readable_sql(self, column: str) -> str:
        """SQL true only for stored values of `column` that this type reads."""
        members = ", ".join(_sql_text(member.value) for member in self.enum)
        return f"({column} IS NULL OR (typeof({column}) = 'text' AND {column} IN ({members})))"
