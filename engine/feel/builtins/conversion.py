"""Conversion built-ins: `string`, `number`, `date`, `time`, `date and time`, `duration`, …"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from engine.feel import temporal as tm
from engine.feel.builtins.base import builtin, illegal
from engine.feel.values import Err, FeelFunction, to_string

_JAVA_BIG_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _date_of(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _date(value: Any) -> Any:
    if isinstance(value, str):
        if not tm.is_date(value):
            return Err(f"Failed to parse date from '{value}'")
        try:
            return tm.parse_date(value)
        except tm.TemporalParseError:
            return Err(f"Failed to parse date from '{value}'")
    if isinstance(value, dt.date):
        return _date_of(value)
    raise illegal()


def _date3(year: Any, month: Any, day: Any) -> Any:
    if not all(isinstance(part, Decimal) for part in (year, month, day)):
        raise illegal()
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return Err(f"Failed to parse date from: year={year}, month={month}, day={day}")


def _date_time(value: Any) -> Any:
    if not isinstance(value, str):
        raise illegal()
    try:
        if tm.is_date(value):
            return tm.parse_local_date_time(value + "T00:00")
        if tm.is_offset_date_time(value):
            return tm.parse_date_time(value)
        if tm.is_local_date_time(value):
            return tm.parse_local_date_time(value)
    except tm.TemporalParseError:
        return Err(f"Failed to parse date-time from '{value}'")
    return Err(f"Failed to parse date-time from '{value}'")


def _date_time2(date: Any, time: Any) -> Any:
    if not isinstance(date, dt.date):
        raise illegal()
    if isinstance(time, str) and isinstance(date, dt.datetime):
        try:
            zone = tm.zone_info(time)
        except tm.TemporalParseError:
            raise illegal() from None
        if date.tzinfo is None:
            return tm.in_zone(date, zone)
        return date.astimezone(zone)
    day = _date_of(date)
    if isinstance(time, dt.time):
        return dt.datetime.combine(day, time)
    if isinstance(time, tm.ZonedTime):
        return time.with_date(day)
    raise illegal()


def _time(value: Any) -> Any:
    if isinstance(value, str):
        try:
            if tm.is_offset_time(value):
                return tm.parse_zoned_time(value)
            return tm.parse_local_time(value)
        except tm.TemporalParseError:
            return Err(f"Failed to parse time from '{value}'")
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.time()
        return tm.ZonedTime(value.time(), tm.offset_seconds(value), tm.zone_id(value))
    if isinstance(value, dt.date):
        return tm.ZonedTime(dt.time(), 0, None)
    raise illegal()


def _local_time(hour: Decimal, minute: Decimal, second: Decimal, fraction: bool) -> dt.time:
    micros = int((second % 1) * 1_000_000) if fraction else 0
    return dt.time(int(hour), int(minute), int(second), micros)


def _time3(hour: Any, minute: Any, second: Any) -> Any:
    if not all(isinstance(part, Decimal) for part in (hour, minute, second)):
        raise illegal()
    try:
        return _local_time(hour, minute, second, fraction=True)
    except ValueError:
        return Err(
            f"Failed to parse local-time from: hour={hour}, minute={minute}, second={second}"
        )


def _time4(hour: Any, minute: Any, second: Any, offset: Any) -> Any:
    if not all(isinstance(part, Decimal) for part in (hour, minute, second)):
        raise illegal()
    try:
        if offset is None:
            return _local_time(hour, minute, second, fraction=False)
        if isinstance(offset, tm.DaysTimeDuration):
            if abs(offset.seconds) > 18 * 3600:
                raise ValueError("offset out of range")
            return tm.ZonedTime(_local_time(hour, minute, second, True), offset.seconds, None)
    except ValueError:
        return Err(f"Failed to parse time from: hour={hour}, minute={minute}, second={second}")
    raise illegal()


def _parse_number(text: str) -> Any:
    if _JAVA_BIG_DECIMAL.fullmatch(text) is None:
        return Err(f"Can't parse '{text}' as a number")
    return Decimal(text)


def _number(value: Any) -> Any:
    if not isinstance(value, str):
        raise illegal()
    return _parse_number(value)


def _number2(value: Any, grouping: Any) -> Any:
    if not isinstance(value, str) or not isinstance(grouping, str):
        raise illegal()
    if grouping not in (" ", ",", "."):
        return Err("illegal argument for grouping. Must be one of ' ', ',' or '.'")
    return _parse_number(value.replace(grouping, ""))


def _number3(value: Any, grouping: Any, decimal_separator: Any) -> Any:
    if not isinstance(value, str):
        raise illegal()
    groupings, decimals = (" ", ",", "."), (",", ".")
    if isinstance(grouping, str) and isinstance(decimal_separator, str):
        if (
            grouping in groupings
            and decimal_separator in decimals
            and grouping != decimal_separator
        ):
            return _parse_number(value.replace(grouping, "").replace(decimal_separator, "."))
        return Err(
            "illegal arguments for grouping or decimal. Must be one of ' ' (grouping only), "
            "',' or '.'"
        )
    if grouping is None and decimal_separator in decimals:
        return _parse_number(value.replace(decimal_separator, "."))
    if decimal_separator is None and grouping in groupings:
        return _parse_number(value.replace(grouping, ""))
    raise illegal()


def _string(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    return to_string(value)


def _duration(value: Any) -> Any:
    if not isinstance(value, str):
        raise illegal()
    try:
        if tm.is_years_months_duration(value):
            return tm.parse_years_months_duration(value)
        if tm.is_days_time_duration(value):
            return tm.parse_days_time_duration(value)
    except tm.TemporalParseError:
        return Err(f"Failed to parse duration from '{value}'")
    return Err(f"Failed to parse duration from '{value}'")


def _years_and_months(start: Any, end: Any) -> Any:
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise illegal()
    return tm.YearsMonthsDuration(tm.months_between(_date_of(start), _date_of(end)))


FUNCTIONS: dict[str, list[FeelFunction]] = {
    "date": [builtin("from", _date), builtin("year, month, day", _date3)],
    "date and time": [builtin("from", _date_time), builtin("date, time", _date_time2)],
    "time": [
        builtin("from", _time),
        builtin("hour, minute, second", _time3),
        builtin("hour, minute, second, offset", _time4),
    ],
    "number": [
        builtin("from", _number),
        builtin("from, grouping separator", _number2),
        builtin("from, grouping separator, decimal separator", _number3),
    ],
    "string": [builtin("from", _string)],
    "duration": [builtin("from", _duration)],
    "years and months duration": [builtin("from, to", _years_and_months)],
}
