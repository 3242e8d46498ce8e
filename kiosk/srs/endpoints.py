"""Where the SRS lives and who we are to it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SrsEndpoints:
    """Base URLs of the three services (they are separate hosts in production).

    ``api_url`` is the SRS API base (``/api/...`` is appended), ``token_url`` the full URL of the
    OAuth2 token endpoint (``.../oauth/token``), ``ras_url`` the RA service base (for verify).
    """

    api_url: str
    token_url: str
    ras_url: str

    def api(self, path: str) -> str:
        return self.api_url.rstrip("/") + path

    def ras(self, path: str) -> str:
        return self.ras_url.rstrip("/") + path


@dataclass(frozen=True, repr=False)
class ClientCredentials:
    """OAuth2 client credentials. The secret never appears in a repr, a log or an error."""

    client_id: str
    client_secret: str

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret=<hidden>)"

    __str__ = __repr__
