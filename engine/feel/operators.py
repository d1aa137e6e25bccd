"""FEEL's `+ - * /` over numbers, strings and temporal values; null where FEEL-Scala fails.

Scala's quirks are kept on purpose: a duration times a number uses the number's integer part,
and a duration divided by a duration is whole (Java long division).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from engine.feel import temporal as tm
from engine.feel.java_strings import concatenate
from engine.feel.values import DECIMAL128

_DTD = tm.DaysTimeDuration
_YMD = tm.YearsMonthsDuration


def _int_value(number: Decimal) -> int:
    """BigDecimal.intValue: the integer part, wrapped to 32 bits."""
    whole = int(number)
    return ((whole + 2**31) % 2**32) - 2**31


def _local_date_time(value: Any) -> bool:
    return isinstance(value, dt.datetime) and value.tzinfo is None


def _zoned_date_time(value: Any) -> bool:
    return isinstance(value, dt.datetime) and value.tzinfo is not None


def _date(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _plus_duration(point: Any, duration: Any) -> Any:
    """A date, time or date-time moved by a duration, or None if FEEL has no such sum."""
    if isinstance(duration, _DTD):
        if isinstance(point, dt.datetime):
            return tm.add_duration_to_date_time(point, duration)
        if _date(point):
            moved = dt.datetime.combine(point, dt.time()) + duration.to_timedelta()
            return moved.date()
        if isinstance(point, dt.time):
            return tm.add_to_time(point, duration)
        if isinstance(point, tm.ZonedTime):
            return point.plus(duration)
    if isinstance(duration, _YMD):
        if isinstance(point, dt.datetime):
            return tm.add_months_to_date_time(point, duration.months)
        if _date(point):
            return tm.add_months(point, duration.months)
    return None


def add(x: Any, y: Any) -> Any:
    if isinstance(x, Decimal) and isinstance(y, Decimal):
        return DECIMAL128.add(x, y)
    if isinstance(x, str) and isinstance(y, str):
        return concatenate(x, y)
    if isinstance(x, _YMD) and isinstance(y, _YMD):
        return _YMD(x.months + y.months)
    if isinstance(x, _DTD) and isinstance(y, _DTD):
        return _DTD(x.nanos + y.nanos)
    if isinstance(y, _DTD | _YMD) and not isinstance(x, _DTD | _YMD):
        return _plus_duration(x, y)
    if isinstance(x, _DTD | _YMD) and not isinstance(y, _DTD | _YMD):
        if isinstance(x, _YMD) and isinstance(y, dt.time | tm.ZonedTime):
            return None
        return _plus_duration(y, x)
    return None


def _negate(duration: Any) -> Any:
    if isinstance(duration, _DTD):
        return _DTD(-duration.nanos)
    return _YMD(-duration.months)


def subtract(x: Any, y: Any) -> Any:
    if isinstance(x, Decimal) and isinstance(y, Decimal):
        return DECIMAL128.subtract(x, y)
    if isinstance(x, _YMD) and isinstance(y, _YMD):
        return _YMD(x.months - y.months)
    if isinstance(x, _DTD) and isinstance(y, _DTD):
        return _DTD(x.nanos - y.nanos)
    if isinstance(y, _DTD | _YMD) and not isinstance(x, _DTD | _YMD):
        if isinstance(y, _YMD) and isinstance(x, dt.time | tm.ZonedTime):
            return None
        return _plus_duration(x, _negate(y))
    return _difference(x, y)


def _difference(x: Any, y: Any) -> Any:
    """The duration between two points of one kind (time with offset: always positive)."""
    if _date(x) and _date(y):
        return _DTD((x - y).days * 86400 * tm.NANOS_PER_SECOND)
    if _local_date_time(x) and _local_date_time(y):
        return _DTD.of_timedelta(x - y)
    if _zoned_date_time(x) and _zoned_date_time(y):
        return _DTD.of_timedelta(x - y)
    if isinstance(x, dt.time) and isinstance(y, dt.time):
        day = dt.date(2000, 1, 1)
        return _DTD.of_timedelta(dt.datetime.combine(day, x) - dt.datetime.combine(day, y))
    if isinstance(x, tm.ZonedTime) and isinstance(y, tm.ZonedTime):
        return _DTD(abs(x.utc_nanos - y.utc_nanos))
    return None


def multiply(x: Any, y: Any) -> Any:
    if isinstance(x, Decimal) and isinstance(y, Decimal):
        return DECIMAL128.multiply(x, y)
    if isinstance(x, Decimal) and isinstance(y, _YMD | _DTD):
        x, y = y, x
    if isinstance(x, _YMD) and isinstance(y, Decimal):
        return _YMD(x.months * _int_value(y))
    if isinstance(x, _DTD) and isinstance(y, Decimal):
        return _DTD(x.nanos * _int_value(y))
    return None


def divide(x: Any, y: Any) -> Any:
    if isinstance(x, Decimal) and isinstance(y, Decimal):
        return None if y == 0 else DECIMAL128.divide(x, y)
    if isinstance(x, _YMD) and isinstance(y, Decimal) and y != 0:
        return _YMD(_int_value(DECIMAL128.divide(Decimal(x.months), y)))
    if isinstance(x, _YMD) and isinstance(y, _YMD) and y.months != 0:
        return Decimal(tm.java_div(x.months, y.months))
    if isinstance(x, _DTD) and isinstance(y, _DTD) and y.nanos != 0:
        if y.millis == 0:
            return None
        return Decimal(tm.java_div(x.millis, y.millis))
    if isinstance(x, _DTD) and isinstance(y, Decimal) and y != 0:
        millis = _int_value(DECIMAL128.divide(Decimal(x.millis), y))
        return _DTD(millis * 1_000_000)
    return None
