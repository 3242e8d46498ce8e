"""Keeping personal data out of the journal and the logs.

The journal must recognise a returning customer (to cancel their previous pending order, guide
appendix 1) without storing who they are. The key is a salted scrypt hash of the mobile number:
the salt is random per installation, and scrypt makes trying every phone number of a country
against a stolen journal cost years of CPU instead of minutes.
"""

from __future__ import annotations

import hashlib
import re

from kiosk.srs import mask_msisdn, normalize_msisdn

# scrypt cost: ~16 MiB and a few tens of milliseconds per key, paid once per started order.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_KEY_BYTES = 16

# What looks like a phone number inside a server's text: "+" and 7+ digits (separators allowed),
# or 9+ digits in a row (numbers sent without "+"). Dates and short ids stay readable.
_PHONE_LIKE = re.compile(r"\+\d(?:[\s\-./()]?\d){6,}|(?<![\w.-])\d{9,}(?![\w.-])")


def customer_key(mobile: str, salt: bytes) -> str:
    """The key for ``mobile`` in this installation; equal numbers in any notation match."""
    number = normalize_msisdn(mobile).encode("ascii", "replace")
    digest = hashlib.scrypt(
        number, salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=_KEY_BYTES,
        maxmem=64 * 1024 * 1024,
    )
    return digest.hex()


def scrub(text: str | None, limit: int = 300) -> str | None:
    """``text`` with every phone number masked, cut to ``limit`` characters; for texts that come
    from a server (error messages, ISP reasons) before they are logged or stored."""
    if text is None:
        return None
    masked = _PHONE_LIKE.sub(lambda m: mask_msisdn(m.group(0)), text)
    return masked if len(masked) <= limit else masked[: limit - 1] + "…"
