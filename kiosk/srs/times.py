"""Swiss local time, what a time without a zone in an SRS answer is read as (CONTRACT.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo


def _last_sunday(year: int, month: int) -> datetime:
    last = datetime(year, month, 31 if month in (3, 10) else 30)
    return last - timedelta(days=(last.weekday() + 1) % 7)


class SwissTime(tzinfo):
    """Swiss local time, CET/CEST by the EU rules in force since 1996, without the tz database
    (a Windows kiosk has none). What a time without a zone is read as: the SRS is a Swiss
    service, and the guide writes its own times as Swiss local ones (``13.05.2020 10:00``)."""

    def _summer(self, dt: datetime | None) -> bool:
        if dt is None:
            return False
        wall = dt.replace(tzinfo=None)
        start = _last_sunday(wall.year, 3).replace(hour=2)
        end = _last_sunday(wall.year, 10).replace(hour=2 if dt.fold else 3)
        return start <= wall < end

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=2 if self._summer(dt) else 1)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1 if self._summer(dt) else 0)

    def tzname(self, dt: datetime | None) -> str:
        return "CEST" if self._summer(dt) else "CET"

    def fromutc(self, dt: datetime) -> datetime:
        utc = dt.replace(tzinfo=None)
        start = _last_sunday(utc.year, 3).replace(hour=1)
        end = _last_sunday(utc.year, 10).replace(hour=1)
        summer = start <= utc < end
        repeated = end <= utc < end + timedelta(hours=1)  # 02:00-03:00 the second time
        local = utc + timedelta(hours=2 if summer else 1)
        return local.replace(tzinfo=self, fold=1 if repeated else 0)


# Naive times; a time read so can be told apart (``latest_reading``) from one the server zoned.
SWISS_GUESS = SwissTime()


def latest_reading(moment: datetime) -> datetime:
    """The latest moment a time can mean: one without a zone is Swiss local time or, where the
    server writes UTC without saying so, up to two hours later."""
    if moment.tzinfo is SWISS_GUESS:
        return moment.replace(tzinfo=UTC)
    return moment
