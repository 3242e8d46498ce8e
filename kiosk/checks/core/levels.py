"""Microphone level from raw PCM, for the live meter (the Qt side reads the audio)."""

from __future__ import annotations

import array
import math
from enum import StrEnum


class SampleFormat(StrEnum):
    UINT8 = "uint8"
    INT16 = "int16"
    INT32 = "int32"
    FLOAT32 = "float32"


_CODES = {
    SampleFormat.UINT8: "B",
    SampleFormat.INT16: "h",
    SampleFormat.INT32: "i",
    SampleFormat.FLOAT32: "f",
}
_FULL_SCALE = {
    SampleFormat.UINT8: 128.0,
    SampleFormat.INT16: 32768.0,
    SampleFormat.INT32: 2147483648.0,
    SampleFormat.FLOAT32: 1.0,
}


def peak(data: bytes, sample_format: SampleFormat) -> float:
    """The highest absolute sample in ``data`` (native byte order, as Qt delivers it), from 0
    (silence) to 1 (full scale)."""
    code = _CODES[sample_format]
    size = {"B": 1, "h": 2, "i": 4, "f": 4}[code]
    usable = len(data) - len(data) % size
    if usable == 0:
        return 0.0
    samples = array.array(code, data[:usable])
    if sample_format is SampleFormat.UINT8:
        loudest = max(abs(s - 128) for s in samples)
    else:
        loudest = max(abs(s) for s in samples)
    return min(1.0, float(loudest) / _FULL_SCALE[sample_format])


def meter_fraction(level: float, floor_db: float = -60.0) -> float:
    """How full a meter should be for a peak ``level``: decibels, so speech fills about half
    and silence shows as empty, not as a flicker at the bottom."""
    if level <= 0:
        return 0.0
    db = 20 * math.log10(level)
    return max(0.0, min(1.0, (db - floor_db) / -floor_db))
