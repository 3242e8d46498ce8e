"""Tolerant reading of JSON answers: every spelling of a field, nulls as absent, odd values skipped.

The guide is loose about field names (Swagger is the reference, and SRS versions differ), so
field names are matched after folding: case, ``_`` and ``-`` are ignored (``refId``, ``refID``,
``ref_id`` are one name). A value of the wrong type reads as absent, with a debug line naming the
field (never the value: it may be personal data); callers decide which absences are fatal.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from .errors import MalformedResponse
from .times import SWISS_GUESS

log = logging.getLogger(__name__)


def fold(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name).casefold()


def json_source(response: httpx.Response) -> bytes | str:
    """The body to read as JSON: its bytes when they are UTF-8 (JSON's encoding, RFC 8259),
    else decoded as its charset says, or as Windows-1252 (umlauts of a server writing Latin-1
    without saying so); a body that is no JSON then still fails to parse."""
    content = response.content
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        charset = response.charset_encoding or "cp1252"
        try:
            return content.decode(charset, errors="replace")
        except LookupError:  # a charset Python does not know
            return content.decode("cp1252", errors="replace")
    return content


def load_json(response: httpx.Response, origin: str) -> object:
    """The decoded body, or MalformedResponse saying it is not JSON."""
    try:
        return json.loads(json_source(response))
    except (ValueError, UnicodeDecodeError):
        log.error("malformed answer: %s: the body is not JSON", origin)
        raise MalformedResponse(
            f"{origin[0].upper()}{origin[1:]} was not as expected: the body is not JSON",
            status_code=response.status_code,
        ) from None


def malformed(response: httpx.Response, origin: str, problem: str) -> MalformedResponse:
    log.error("malformed answer: %s: %s", origin, problem)
    return MalformedResponse(
        f"{origin[0].upper()}{origin[1:]} was not as expected: {problem}",
        status_code=response.status_code,
    )


class Fields:
    """One JSON object, read by folded field names; the first non-null spelling wins."""

    def __init__(self, data: Mapping[str, object], where: str = "") -> None:
        self._where = where
        self._values: dict[str, object] = {}
        for key, value in data.items():
            if value is not None:
                self._values.setdefault(fold(str(key)), value)

    def raw(self, *names: str) -> object | None:
        for name in names:
            value = self._values.get(fold(name))
            if value is not None:
                return value
        return None

    def _odd(self, names: tuple[str, ...], wanted: str) -> None:
        log.debug("ignoring field %s%s: not %s", self._where, names[0], wanted)

    def text(self, *names: str) -> str | None:
        """A non-blank string (a number is taken as its text: some servers send ids as numbers)."""
        value = self.raw(*names)
        if isinstance(value, bool) or value is None:
            if value is not None:
                self._odd(names, "text")
            return None
        if isinstance(value, int | float):
            return str(value)
        if isinstance(value, str):
            return value.strip() or None
        self._odd(names, "text")
        return None

    def boolean(self, *names: str) -> bool | None:
        value = self.raw(*names)
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, str) and value.strip().casefold() in _BOOLEANS:
            return _BOOLEANS[value.strip().casefold()]
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        self._odd(names, "yes or no")
        return None

    def integer(self, *names: str) -> int | None:
        value = self.raw(*names)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and (number := _integer(value)) is not None:
            return number
        if isinstance(value, list):  # e.g. "loa": [3, 4]: the highest the method reaches
            numbers = [n for n in (_integer(v) for v in value) if n is not None]
            if numbers:
                return max(numbers)
        self._odd(names, "a whole number")
        return None

    def texts(self, *names: str) -> list[str]:
        """A list of strings; a single string counts as a list (commas separate)."""
        value = self.raw(*names)
        if value is None:
            return []
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        if isinstance(value, list):
            return [text for text in (_text_of(v) for v in value) if text]
        self._odd(names, "a list")
        return []

    def objects(self, *names: str) -> list[Fields]:
        """A list of objects; entries that are not objects are skipped."""
        value = self.raw(*names)
        if value is None:
            return []
        if not isinstance(value, list):
            self._odd(names, "a list")
            return []
        return [
            Fields(v, f"{self._where}{names[0]}[{i}].")
            for i, v in enumerate(value)
            if isinstance(v, Mapping)
        ]

    def object(self, *names: str) -> Fields | None:
        value = self.raw(*names)
        return Fields(value, f"{self._where}{names[0]}.") if isinstance(value, Mapping) else None

    def moment(self, *names: str) -> datetime | None:
        """A time: ISO 8601 (also with Java's ``[Europe/Zurich]``), the guide's own
        ``13.05.2020 10:00``, RFC 1123, Jackson's ``[2020, 5, 13, 10, 0]``, a date, or epoch
        seconds/milliseconds (a number or its digits). Without a zone: Swiss local time."""
        value = self.raw(*names)
        if value is None:
            return None
        moment = _moment(value)
        if moment is None:
            self._odd(names, "a time")
        return moment


# Also the one-letter flags of many databases ("Y"/"N", "T"/"F").
_BOOLEANS = {
    "true": True,
    "yes": True,
    "y": True,
    "t": True,
    "1": True,
    "false": False,
    "no": False,
    "n": False,
    "f": False,
    "0": False,
}


# What names an entry of a list of texts written as objects ([{"code": "EIDAS"}]).
_ENTRY_TEXT = ("code", "value", "name", "id", "key")


def _text_of(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        entry = Fields(value)
        return entry.text(*_ENTRY_TEXT)
    return None


# A level of assurance also as eIDAS-style text: "LOA4", "LoA 3", "loa-4".
_NUMBER_TEXT = re.compile(r"\s*(?:loa\s*[-_ ]?\s*)?([0-9]+)\s*", re.IGNORECASE)


def _integer(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and (digits := _NUMBER_TEXT.fullmatch(value)) is not None:
        return int(digits.group(1))
    return None


# The guide's own style: 13.05.2020 10:00 (day first; "/" too), seconds and fractions optional.
_DAY_FIRST = re.compile(
    r"(\d{1,2})[./](\d{1,2})[./](\d{4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?"
)
_ZONE_SUFFIX = re.compile(r"(.*?)\s*\[([^\]]+)\]")


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return SWISS_GUESS if name.strip() == "Europe/Zurich" else None


def _day_first(text: str) -> datetime | None:
    match = _DAY_FIRST.fullmatch(text)
    if match is None:
        return None
    day, month, year, hour, minute, second, fraction = match.groups()
    if hour is None:
        clock = time()
    else:
        micro = int((fraction or "0").ljust(6, "0"))
        try:
            clock = time(int(hour), int(minute), int(second or 0), micro)
        except ValueError:
            return None
    for d, m in ((int(day), int(month)), (int(month), int(day))):  # 05/13/2020 only if it must
        try:
            moment = datetime.combine(date(int(year), m, d), clock)
        except ValueError:
            continue
        return moment if hour is not None else moment.replace(tzinfo=UTC)  # a date: no zone
    return None


def _parts(value: list[object]) -> datetime | None:
    """Jackson's array form: [year, month, day, hour?, minute?, second?, nanoseconds?]."""
    numbers = [_integer(v) for v in value]
    if not 3 <= len(numbers) <= 7 or None in numbers:
        return None
    year, month, day, *clock = (n for n in numbers if n is not None)
    if len(clock) == 4:
        clock[3] //= 1000  # nanoseconds
    hour, minute, second, micro = [*clock, 0, 0, 0, 0][:4]
    try:
        moment = datetime(year, month, day, hour, minute, second, micro)
    except (ValueError, OverflowError):
        return None
    return moment.replace(tzinfo=SWISS_GUESS if clock else UTC)  # a date alone: no zone


def _text_moment(text: str) -> datetime | None:
    zone: tzinfo | None = None
    suffixed = _ZONE_SUFFIX.fullmatch(text)
    if suffixed is not None:  # Java's ZonedDateTime: 2020-05-13T10:00+02:00[Europe/Zurich]
        text, zone = suffixed.group(1), _zone(suffixed.group(2))
    try:  # a date alone is a whole day, not a time anywhere: midnight UTC
        return datetime.combine(date.fromisoformat(text), time(), UTC)
    except ValueError:
        pass
    moment: datetime | None
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        moment = _day_first(text) or _rfc_1123(text)
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone or SWISS_GUESS)


def _rfc_1123(text: str) -> datetime | None:
    """``Wed, 13 May 2020 08:00:00 GMT`` (HTTP dates, Java's RFC_1123_DATE_TIME)."""
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _moment(value: object) -> datetime | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{9,}\s*", value):
        value = int(value)  # epoch seconds or milliseconds, as text
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value  # milliseconds since 1973
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, list):
        return _parts(value)
    if not isinstance(value, str):
        return None
    return _text_moment(value.strip())
