"""Text written by the provider (reasons, messages, error descriptions), made safe to show.

Such text ends up on a terminal (the CLI), in logs and on screens, so terminal control characters
(C0, DEL, C1), escape sequences (colours, cursor moves, window titles) and bidirectional
overrides are removed, and phone numbers are masked.
"""

from __future__ import annotations

import re

from .mobile import mask_msisdn

# ESC sequences: CSI (ESC [ ... final byte), OSC/DCS/PM/APC/SOS strings (up to BEL or ESC \),
# and two-byte escapes. The 8-bit C1 forms (\x9b CSI, \x9d OSC ...) are covered the same way.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \u00a0]{2,}")
_NUMBER_IN_TEXT = re.compile(r"(?<![\w+])\+[1-9][0-9]{6,14}(?![0-9])")


def clean_text(text: str | None) -> str | None:
    """``text`` without control characters or escape sequences (line breaks and tabs become a
    space), phone numbers masked; None when nothing readable is left."""
    if text is None:
        return None
    cleaned = _ESCAPES.sub("", text)
    cleaned = _CONTROLS.sub(lambda m: " " if m.group() in "\t\n\r\x0b\x0c" else "", cleaned)
    cleaned = _SPACES.sub(" ", cleaned).strip()
    cleaned = _NUMBER_IN_TEXT.sub(lambda m: mask_msisdn(m.group()), cleaned)
    return cleaned or None
