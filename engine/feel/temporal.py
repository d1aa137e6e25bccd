"""FEEL's temporal values: parsing, formatting and arithmetic as FEEL-Scala 1.21 does them.

Dates, local times and local date-times are the `datetime` types; a zoned date-time is an
aware `datetime` (a `ZoneInfo` tzinfo means a zone id, a fixed `timezone` an offset). Time
with an offset, and both duration kinds, are the small classes below. Precision is the
microsecond (Java keeps nanoseconds).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

NANOS_PER_SECOND = 1_000_000_000


def java_div(a: int, b: int) -> int:
    """Integer division truncating toward zero, as Java's `/` on longs."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def java_rem(a: int, b: int) -> int:
    """Remainder with the dividend's sign, as Java's `%` on longs."""
    return a - b * java_div(a, b)


@dataclass(frozen=True)
class YearsMonthsDuration:
    """A normalized `java.time.Period` without days: only the total of months matters."""

    months: int

    @property
    def years_part(self) -> int:
        return java_div(self.months, 12)

    @property
    def months_part(self) -> int:
        return java_rem(self.months, 12)

    def __str__(self) -> str:
        years, months = self.years_part, self.months_part
        if years == 0 and months == 0:
            return "P0Y"
        sign = ""
        if years <= 0 and months <= 0:
            sign, years, months = "-", -years, -months
        return sign + "P" + (f"{years}Y" if years else "") + (f"{months}M" if months else "")


@dataclass(frozen=True)
class DaysTimeDuration:
    """A `java.time.Duration`, kept as a count of nanoseconds."""

    nanos: int

    @property
    def seconds(self) -> int:
        """Java's `getSeconds`: the floor of the seconds."""
        return self.nanos // NANOS_PER_SECOND

    @property
    def days(self) -> int:
        return java_div(self.seconds, 86400)

    @property
    def hours(self) -> int:
        return java_rem(java_div(self.seconds, 3600), 24)

    @property
    def minutes(self) -> int:
        return java_rem(java_div(self.seconds, 60), 60)

    @property
    def seconds_part(self) -> int:
        return java_rem(self.seconds, 60)

    @property
    def millis(self) -> int:
        return self.seconds * 1000 + (self.nanos - self.seconds * NANOS_PER_SECOND) // 1_000_000

    def to_timedelta(self) -> dt.timedelta:
        return dt.timedelta(microseconds=self.nanos // 1000)

    @classmethod
    def of_timedelta(cls, delta: dt.timedelta) -> DaysTimeDuration:
        micros = (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds
        return cls(micros * 1000)

    def __str__(self) -> str:
        day, hour, minute, second = self.days, self.hours, self.minutes, self.seconds_part
        if day == 0 and hour == 0 and minute == 0 and second == 0:
            return "P0D"
        sign = ""
        if day <= 0 and hour <= 0 and minute <= 0 and second <= 0:
            sign, day, hour, minute, second = "-", -day, -hour, -minute, -second
        text = "P" + (f"{day}D" if day else "")
        if hour or minute or second:
            text += "T" + (f"{hour}H" if hour else "") + (f"{minute}M" if minute else "")
            text += f"{second}S" if second else ""
        return sign + text


@dataclass(frozen=True)
class ZonedTime:
    """A time of day with an offset and, optionally, the zone id it came from."""

    time: dt.time
    offset_seconds: int
    zone: str | None = None

    @property
    def utc_nanos(self) -> int:
        local = (self.time.hour * 3600 + self.time.minute * 60 + self.time.second) * 10**9
        return local + self.time.microsecond * 1000 - self.offset_seconds * NANOS_PER_SECOND

    def plus(self, duration: DaysTimeDuration) -> ZonedTime:
        return ZonedTime(add_to_time(self.time, duration), self.offset_seconds, self.zone)

    def with_date(self, date: dt.date) -> dt.datetime:
        local = dt.datetime.combine(date, self.time)
        if self.zone is not None:
            return in_zone(local, ZoneInfo(self.zone))
        return local.replace(tzinfo=dt.timezone(dt.timedelta(seconds=self.offset_seconds)))

    def __str__(self) -> str:
        text = format_local_time(self.time)
        if self.zone is not None:
            return f"{text}@{self.zone}"
        return text + format_offset(self.offset_seconds)


def add_to_time(time: dt.time, duration: DaysTimeDuration) -> dt.time:
    """LocalTime.plus(Duration): wraps around midnight."""
    base = dt.datetime.combine(dt.date(2000, 1, 1), time)
    return (base + duration.to_timedelta()).time()


def _fraction(micros: int) -> str:
    return "." + f"{micros:06d}".rstrip("0") if micros else ""


def format_local_time(time: dt.time) -> str:
    """FEEL-Scala's time format: seconds always, fraction only when not zero."""
    return f"{time.hour:02d}:{time.minute:02d}:{time.second:02d}" + _fraction(time.microsecond)


def format_java_local_time(time: dt.time) -> str:
    """java.time.LocalTime.toString (what Zeebe stores for a local time): seconds only if set."""
    text = f"{time.hour:02d}:{time.minute:02d}"
    if time.second or time.microsecond:
        text += f":{time.second:02d}"
    if time.microsecond:
        micros = f"{time.microsecond:06d}"
        text += "." + (micros[:3] if micros.endswith("000") else micros)
    return text


def format_offset(offset_seconds: int) -> str:
    if offset_seconds == 0:
        return "Z"
    sign = "+" if offset_seconds > 0 else "-"
    hours, rest = divmod(abs(offset_seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")


def format_date(date: dt.date) -> str:
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def format_local_date_time(value: dt.datetime) -> str:
    return format_date(value.date()) + "T" + format_local_time(value.time())


def in_zone(local: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """ZonedDateTime.of: a wall time in a DST gap moves later by the gap (02:30 → 03:30)."""
    placed = local.replace(tzinfo=zone)
    if isinstance(zone, ZoneInfo):
        return placed.astimezone(dt.UTC).astimezone(zone)
    return placed


def zone_id(value: dt.datetime) -> str | None:
    """The zone id of a zoned date-time, or None when it only has an offset."""
    return value.tzinfo.key if isinstance(value.tzinfo, ZoneInfo) else None


def offset_seconds(value: dt.datetime) -> int:
    offset = value.utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def format_date_time(value: dt.datetime) -> str:
    """FEEL-Scala's date-time format: the zone id replaces the offset when there is one."""
    zone = zone_id(value)
    local = format_local_date_time(value.replace(tzinfo=None))
    return f"{local}@{zone}" if zone else local + format_offset(offset_seconds(value))


def format_iso_offset_date_time(value: dt.datetime) -> str:
    """Java's ISO_OFFSET_DATE_TIME, the form Zeebe stores a zoned date-time in."""
    return format_local_date_time(value.replace(tzinfo=None)) + format_offset(offset_seconds(value))


def format_iso_zoned_date_time(value: dt.datetime) -> str:
    """Java's ISO_ZONED_DATE_TIME (`to json`): the offset, then a region zone id in brackets."""
    text = format_iso_offset_date_time(value)
    zone = zone_id(value)
    return f"{text}[{zone}]" if zone else text


def format_iso_offset_time(value: ZonedTime) -> str:
    """Java's ISO_OFFSET_TIME: seconds always, the offset even when the time has a zone id."""
    return format_local_time(value.time) + format_offset(value.offset_seconds)


def format_java_duration(duration: DaysTimeDuration) -> str:
    """java.time.Duration.toString: hours at most (`PT51H`), each part signed (`PT-1H-0.5S`)."""
    seconds, nanos = divmod(duration.nanos, NANOS_PER_SECOND)
    if seconds == 0 and nanos == 0:
        return "PT0S"
    effective = seconds + 1 if seconds < 0 and nanos > 0 else seconds
    hours = java_div(effective, 3600)
    minutes = java_div(java_rem(effective, 3600), 60)
    secs = java_rem(effective, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if secs == 0 and nanos == 0:
        return text
    text += "-0" if seconds < 0 < nanos and secs == 0 else str(secs)
    if nanos > 0:
        fraction = 2 * NANOS_PER_SECOND - nanos if seconds < 0 else NANOS_PER_SECOND + nanos
        text += "." + str(fraction)[1:].rstrip("0")
    return text + "S"


def format_java_period(duration: YearsMonthsDuration) -> str:
    """java.time.Period.toString of a normalized period: `P1Y2M`, `P-1Y-2M`, `P0D` for zero."""
    years, months = duration.years_part, duration.months_part
    if years == 0 and months == 0:
        return "P0D"
    return "P" + (f"{years}Y" if years else "") + (f"{months}M" if months else "")


_DATE = r"-?([1-9]\d{0,4})?\d{4}-[01][0-9]-[0-3]\d"
_DATE_RE = re.compile(_DATE)
_OFFSET_TIME_RE = re.compile(r"T?\d{2}:\d{2}:\d{2}(\.\d{1,9})?([+-]\d{2}:\d{2}|Z|@.*)")
_OFFSET_DATE_TIME_RE = re.compile(
    _DATE + r"T[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?(\.\d{1,9})?([+-][01][0-9]:[0-5][0-9]|Z|@.*)"
)
_LOCAL_DATE_TIME_RE = re.compile(_DATE + r"T[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?(\.\d{1,9})?")
_YEARS_MONTHS_RE = re.compile(r"-?P-?(\d+Y)?-?(\d+M)?")
_DAYS_TIME_RE = re.compile(r"-?P(-?(\d+D)?(T-?(\d+H)?-?(\d+M)?-?(\d+(.\d*)?S)?)?)")

_STRICT_DATE = re.compile(r"(\d{4,9})-(\d{2})-(\d{2})")
_TIME_PART = re.compile(r"(\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d{1,9}))?")
_PERIOD = re.compile(
    r"([-+]?)P(?:([-+]?\d+)Y)?(?:([-+]?\d+)M)?(?:([-+]?\d+)W)?(?:([-+]?\d+)D)?", re.I
)
_DURATION = re.compile(
    r"([-+]?)P(?:([-+]?\d+)D)?(?:T(?:([-+]?\d+)H)?(?:([-+]?\d+)M)?"
    r"(?:([-+]?)(\d+)(?:[.,](\d{0,9}))?S)?)?",
    re.I,
)


class TemporalParseError(ValueError):
    """A string is not a valid temporal value of the kind asked for."""


def _parse_date_part(text: str) -> dt.date:
    match = _STRICT_DATE.fullmatch(text)
    if not match:
        raise TemporalParseError(f"'{text}' is not a date")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as error:
        raise TemporalParseError(f"'{text}' is not a date: {error}") from None


def _parse_time_part(text: str) -> dt.time:
    match = _TIME_PART.fullmatch(text)
    if not match:
        raise TemporalParseError(f"'{text}' is not a time")
    micros = int((match[4] or "").ljust(6, "0")[:6]) if match[4] else 0
    try:
        return dt.time(int(match[1]), int(match[2]), int(match[3] or 0), micros)
    except ValueError as error:
        raise TemporalParseError(f"'{text}' is not a time: {error}") from None


def _split_zone(text: str) -> tuple[str, int | None, str | None]:
    """Split `10:00:00+01:00` / `...@Europe/Berlin` into the local part, offset and zone."""
    at = text.find("@")
    zone = None
    if at >= 0:
        text, zone = text[:at], text[at + 1 :]
    offset: int | None = None
    if text.endswith("Z"):
        text, offset = text[:-1], 0
    else:
        match = re.search(r"([+-])(\d{2}):(\d{2})(?::(\d{2}))?$", text)
        if match:
            sign = 1 if match[1] == "+" else -1
            offset = sign * (int(match[2]) * 3600 + int(match[3]) * 60 + int(match[4] or 0))
            text = text[: match.start()]
    return text, offset, zone


def _zone_info(zone: str) -> dt.tzinfo:
    if re.fullmatch(r"[+-]\d{2}:\d{2}|Z", zone):
        return dt.timezone(dt.timedelta(seconds=_split_zone("x" + zone)[1] or 0))
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise TemporalParseError(f"unknown time zone '{zone}'") from None


def zone_info(zone: str) -> dt.tzinfo:
    """ZoneId.of: a region id, `Z` or a fixed offset."""
    return _zone_info(zone)


def is_date(text: str) -> bool:
    return _DATE_RE.fullmatch(text) is not None


def is_offset_time(text: str) -> bool:
    return _OFFSET_TIME_RE.fullmatch(text) is not None


def is_offset_date_time(text: str) -> bool:
    return _OFFSET_DATE_TIME_RE.fullmatch(text) is not None


def is_local_date_time(text: str) -> bool:
    return _LOCAL_DATE_TIME_RE.fullmatch(text) is not None


def is_years_months_duration(text: str) -> bool:
    return _YEARS_MONTHS_RE.fullmatch(text) is not None


def is_days_time_duration(text: str) -> bool:
    return _DAYS_TIME_RE.fullmatch(text) is not None


def parse_date(text: str) -> dt.date:
    return _parse_date_part(text)


def parse_local_time(text: str) -> dt.time:
    return _parse_time_part(text[1:] if text.startswith("T") else text)


def parse_zoned_time(text: str) -> ZonedTime:
    local, offset, zone = _split_zone(text[1:] if text.startswith("T") else text)
    time = _parse_time_part(local)
    if zone is not None:
        tz = _zone_info(zone)
        if offset is None:
            standard = dt.datetime.now(tz).utcoffset() or dt.timedelta()
            dst = dt.datetime.now(tz).dst() or dt.timedelta()
            offset = int((standard - dst).total_seconds())
        return ZonedTime(time, offset, zone if isinstance(tz, ZoneInfo) else None)
    if offset is None:
        raise TemporalParseError(f"'{text}' has no offset")
    return ZonedTime(time, offset, None)


def parse_local_date_time(text: str) -> dt.datetime:
    date_part, sep, time_part = text.partition("T")
    if not sep:
        raise TemporalParseError(f"'{text}' is not a date-time")
    return dt.datetime.combine(_parse_date_part(date_part), _parse_time_part(time_part))


def parse_date_time(text: str) -> dt.datetime:
    local, offset, zone = _split_zone(text)
    naive = parse_local_date_time(local)
    if zone is not None:
        tz = _zone_info(zone)
        return in_zone(naive, tz)
    if offset is None:
        raise TemporalParseError(f"'{text}' has no offset or zone")
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(seconds=offset)))


def parse_years_months_duration(text: str) -> YearsMonthsDuration:
    match = _PERIOD.fullmatch(text)
    if not match or not any(match.group(i) for i in (2, 3, 4, 5)):
        raise TemporalParseError(f"'{text}' is not a years-months duration")
    sign = -1 if match[1] == "-" else 1
    months = int(match[2] or 0) * 12 + int(match[3] or 0)
    return YearsMonthsDuration(sign * months)


def parse_days_time_duration(text: str) -> DaysTimeDuration:
    match = _DURATION.fullmatch(text)
    if not match or text.upper().endswith("T") or not any(match.group(i) for i in (2, 3, 4, 6)):
        raise TemporalParseError(f"'{text}' is not a days-time duration")
    seconds = int(match[2] or 0) * 86400 + int(match[3] or 0) * 3600 + int(match[4] or 0) * 60
    second_sign = -1 if match[5] == "-" else 1
    fraction = int((match[7] or "").ljust(9, "0")) if match[7] else 0
    nanos = seconds * NANOS_PER_SECOND + second_sign * (
        int(match[6] or 0) * NANOS_PER_SECOND + fraction
    )
    return DaysTimeDuration(-nanos if match[1] == "-" else nanos)


def add_months(value: dt.date, months: int) -> dt.date:
    """Period.plus on a date: move the month, clamping the day to the month's last day."""
    total = value.year * 12 + (value.month - 1) + months
    year, month = divmod(total, 12)
    last = last_day_of_month(dt.date(year, month + 1, 1)).day
    return value.replace(year=year, month=month + 1, day=min(value.day, last))


def add_months_to_date_time(value: dt.datetime, months: int) -> dt.datetime:
    moved = add_months(value.date(), months)
    shifted = value.replace(year=moved.year, month=moved.month, day=moved.day)
    return shifted if value.tzinfo is None else in_zone(shifted.replace(tzinfo=None), value.tzinfo)


def add_duration_to_date_time(value: dt.datetime, duration: DaysTimeDuration) -> dt.datetime:
    """ZonedDateTime.plus(Duration) works on the instant; a local date-time on the wall clock."""
    if value.tzinfo is None:
        return value + duration.to_timedelta()
    tz = value.tzinfo
    utc = value.astimezone(dt.UTC) + duration.to_timedelta()
    return utc.astimezone(tz)


def last_day_of_month(value: dt.date) -> dt.date:
    first_next = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def months_between(start: dt.date, end: dt.date) -> int:
    """Period.between(start, end).withDays(0).toTotalMonths()."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and end.day < start.day:
        months -= 1
    elif months < 0 and end.day > start.day:
        months += 1
    return months
