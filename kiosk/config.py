"""Typed settings: defaults, TOML files, environment overrides (no Qt).

Where settings come from, later ones winning:
1. built-in defaults;
2. the machine-wide file (platformdirs' site config dir: provisioned by IT / MDM for a fleet);
3. the user's file (platformdirs' user config dir);
4. ``--config FILE`` or ``SRS_KIOSK_CONFIG`` — when given, it replaces 2 and 3;
5. environment variables ``SRS_KIOSK_API_URL``, ``..._TOKEN_URL``, ``..._RAS_URL``,
   ``..._CLIENT_ID``, ``..._TIME_SCALE``.

The client secret is never in a file: ``SRS_KIOSK_CLIENT_SECRET`` or the OS keyring.
With no ``[srs]`` settings at all the kiosk runs in training mode against the embedded simulator.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
)

from kiosk import config_files

# Re-exported: where settings come from is read without pydantic by the first paint too.
from kiosk.config_files import DATA_DIR_ENV as DATA_DIR_ENV
from kiosk.config_files import (
    ENV_OVERRIDES,
    existing_default_files,
    explicit_config,
)
from kiosk.config_files import SECRET_ENV as SECRET_ENV
from kiosk.config_files import data_dir as data_dir
from kiosk.config_files import default_config_paths as default_config_paths
from kiosk.config_files import take_secret_from_environment as take_secret_from_environment
from kiosk.simulator.dialects import Dialect, UnknownDialectError

KEYRING_SERVICE = "srs-kiosk"

# The provider's published test-environment client (guide §3); the simulator accepts it.
TRAINING_CLIENT_ID = "misswaggerclient"
TRAINING_CLIENT_SECRET = "misswaggerclientsecret"


Language = Literal["de", "fr", "it", "en"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def is_loopback_host(host: str | None) -> bool:
    """127.0.0.0/8, ::1 or localhost: a service on this computer (the simulator, tests)."""
    if not host:
        return False
    host = host.removeprefix("[").removesuffix("]").rstrip(".").casefold()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


HTTPS_RULE = (
    "must start with https:// (http:// only for a service on this computer: "
    "127.0.0.0/8, ::1 or localhost)"
)


def _https_unless_loopback(url: AnyHttpUrl) -> AnyHttpUrl:
    # The client secret, the tokens and customer data travel to these services: never in
    # clear over a network.
    if url.scheme != "https" and not is_loopback_host(url.host):
        raise ValueError(HTTPS_RULE)
    return url


ServiceUrl = Annotated[AnyHttpUrl, AfterValidator(_https_unless_loopback)]


class SrsSettings(_Section):
    api_url: ServiceUrl | None = None
    token_url: ServiceUrl | None = None
    ras_url: ServiceUrl | None = None
    client_id: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    timeout_s: Annotated[float, Field(gt=0, le=120)] = 15.0

    @property
    def configured(self) -> bool:
        return any(
            v is not None for v in (self.api_url, self.token_url, self.ras_url, self.client_id)
        )


class TrackingSettings(_Section):
    # Factor on every tracking delay: 1 in production; training mode uses 1 / simulator speed.
    time_scale: Annotated[float, Field(gt=0, le=10)] = 1.0
    retention_days: Annotated[int, Field(ge=1, le=3650)] = 30


def _ip_address(text: str) -> str:
    if text:
        try:
            ipaddress.ip_address(text)
        except ValueError:
            raise ValueError(
                f"must be an IP address of this terminal, e.g. 192.168.1.20 (got {text!r})"
            ) from None
    return text


def _dialect_names(text: str) -> str:
    """Comma-separated simulator dialects; the message lists the valid names."""
    try:
        return ",".join(Dialect.parse(text).names)
    except UnknownDialectError as exc:
        raise ValueError(str(exc)) from None


class TrainingSettings(_Section):
    speed: Annotated[float, Field(gt=0, le=100_000)] = 60.0
    # An address of this terminal that phones on the branch network reach: the simulator
    # listens there too and the eID QR codes point there (demos with a real phone).
    phone_host: Annotated[str, AfterValidator(_ip_address)] = ""
    port: Annotated[int, Field(ge=0, le=65535)] = 0  # 0: any free port
    # Readings of the provider's guide the training simulator plays, e.g. "late-target-url,
    # cancel-204" (kiosk/simulator/dialects.py); empty: the default reading.
    dialect: Annotated[str, AfterValidator(_dialect_names)] = ""
    # The kiosk window's simulated customer, in real seconds, so that staff see the hand-off:
    # it picks up the link (scans the code) this long after the start unless someone opens the
    # link first (then that page decides), and the provider's checks take at least step_s
    # each. 0: at once, on the methods' own clock (the headless commands always are).
    handoff_s: Annotated[float, Field(ge=0, le=600)] = 25.0
    step_s: Annotated[float, Field(ge=0, le=60)] = 3.0


def _one_line(text: str) -> str:
    if not text.isprintable():
        raise ValueError("may not contain line breaks, tabs or other control characters")
    return text


# Free text sent to the SRS or shown on the support card: one printable line.
OneLine = Annotated[str, Field(max_length=100), AfterValidator(_one_line)]


def _known_region(code: str) -> str:
    # Imported here: the numbering plans are not needed before the first number (start-up).
    import phonenumbers

    if code and code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(
            f"must be a two-letter country code in capitals, such as CH or DE, "
            f"that has phone numbers (got {code!r})"
        )
    return code


Region = Annotated[str, AfterValidator(_known_region)]


class KioskSettings(_Section):
    language: Language = "de"  # the branch's: each customer starts in it
    # The staff screens' language (settings, dashboard, support, diagnosis, method choice,
    # PIN pad); empty: the branch's language. Never changed by the customer's choice.
    staff_language: Language | Literal[""] = ""
    # Larger text on every screen (1.25×), for staff or customers who need it.
    large_text: bool = False
    # The kiosk's on-screen keyboard for every field (a touch terminal); false on a terminal
    # with a physical keyboard.
    on_screen_keyboard: bool = True
    idle_timeout_s: Annotated[int, Field(ge=15, le=3600)] = 120
    # Staff screens (settings, dashboard, support card, diagnosis, the staff menu) close after
    # this long without input: a passer-by finds none of them left open.
    staff_idle_s: Annotated[int, Field(ge=15, le=3600)] = 120
    # While the customer is busy away from the screen (the hand-off, the SMS to accept): no
    # wipe, but after this long without input a "Need more time?" prompt.
    handoff_timeout_s: Annotated[int, Field(ge=60, le=7200)] = 900
    aml_notice: bool = False
    enabled_methods: tuple[str, ...] = ("IDENTITY.TM/video", "AUTHADA/eid", "KLARNA/bankident")
    # A listed method this kiosk does not know (newer than it, guide §5.1: "This list will be
    # updated regularly") may be run when it has a web flow (in the web view); false: only
    # the methods in enabled_methods.
    unknown_methods: bool = True
    # The External ID (guide §5.2, e.g. for billing) each order gets unless staff change it.
    external_id: OneLine = ""
    # Where a mobile number written without a country code (079 123 45 67) belongs (ISO 3166-1,
    # capitals); "": staff must type + and the country code.
    default_region: Region = "CH"

    @property
    def staff_language_or_default(self) -> str:
        return self.staff_language or self.language


_HOST_PORT = r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$"


def _port_in_range(text: str) -> str:
    port = text.rpartition(":")[2] if not text.endswith("]") else ""
    if port.isdigit() and not 0 < int(port) <= 65535:
        raise ValueError(f"the port must be from 1 to 65535 (got {text!r})")
    return text


HostPort = Annotated[str, Field(pattern=_HOST_PORT), AfterValidator(_port_in_range)]
Timeout = Annotated[float, Field(gt=0, le=300)]


def _high_port(text: str) -> str:
    port = text.rpartition(":")[2] if not text.endswith("]") else ""
    if text and not (port.isdigit() and int(port) >= 1025):
        raise ValueError(
            f"needs a port from 1025 to 65535, as in stun.l.google.com:19302 (got {text!r})"
        )
    return text


def _websocket_url(text: str) -> str:
    if text and not text.startswith(("ws://", "wss://")):
        raise ValueError(f"must start with ws:// or wss:// (got {text!r})")
    return text


HostName = Annotated[str, Field(pattern=r"^[A-Za-z0-9.-]+$")]
WebSocketUrl = Annotated[str, AfterValidator(_websocket_url)]


class ChecksSettings(_Section):
    """The terminal readiness check (``srs-kiosk check``, the staff diagnosis screen).

    Unset values mean "derive it": in training mode the bandwidth endpoint is the simulator's,
    in production Cloudflare's public speed test; ``hosts`` and ``video_hosts`` default to the
    hosts the enabled methods need (integration guide, appendix 1). An empty string switches a
    probe off (``bandwidth_url``, ``stun_server``, ``udp_high_peer``, the WebSocket URLs).
    """

    # Base URL serving GET {url}/download?bytes=N and POST {url}/upload (as the simulator
    # does); "" turns the speed test off; unset: download_url/upload_url (production), the
    # simulator's (training).
    bandwidth_url: AnyHttpUrl | Literal[""] | None = None
    # The speed test when bandwidth_url is unset: GET download_url?bytes=N, POST upload_url.
    download_url: AnyHttpUrl = AnyHttpUrl("https://speed.cloudflare.com/__down")
    upload_url: AnyHttpUrl = AnyHttpUrl("https://speed.cloudflare.com/__up")
    # "host:port" (port 3478 when left out); "" turns the STUN probe off.
    stun_server: HostPort | Literal[""] = "stun.cloudflare.com:3478"
    # A STUN server on a high UDP port (the guide's "best experience", 1025-65535); "": off.
    udp_high_peer: Annotated[HostPort, AfterValidator(_high_port)] | Literal[""] = (
        "stun.l.google.com:19302"
    )
    # A STUN/TURN server listening on plain TCP (port 443 when left out): non-TLS traffic over
    # TCP 443 must pass (guide, appendix 1); "": not checked.
    non_tls_peer: HostPort | Literal[""] = ""
    # The WebSocket upgrades to try: WSS on 443 (required) and plain WS on 80 (warns).
    websocket_url: WebSocketUrl = "wss://ws.pusherapp.com:443/app/srs-kiosk-check?protocol=7"
    websocket_fallback_url: WebSocketUrl = "ws://ws.pusherapp.com:80/app/srs-kiosk-check?protocol=7"
    # The video provider's hosts (TCP 443 and TLS): unset, the ones the guide names. The guide
    # asks for *.tokbox.com without naming a host: list the concrete ones the provider gives.
    video_hosts: tuple[HostName, ...] | None = None
    # "host:port" entries replacing the guide's video hosts; the SRS host is always checked.
    hosts: tuple[HostPort, ...] = ()
    bandwidth_warmup_s: Annotated[float, Field(ge=0, le=30)] = 1.0
    bandwidth_measure_s: Annotated[float, Field(gt=0, le=60)] = 3.0
    camera_timeout_s: Timeout = 30.0  # macOS may ask the person for permission
    microphone_timeout_s: Timeout = 30.0
    download_timeout_s: Timeout = 15.0
    upload_timeout_s: Timeout = 15.0
    tcp_timeout_s: Timeout = 5.0
    tls_timeout_s: Timeout = 8.0
    tls_video_timeout_s: Timeout = 8.0
    websocket_timeout_s: Timeout = 8.0
    non_tls_timeout_s: Timeout = 5.0
    stun_timeout_s: Timeout = 4.0
    udp_high_timeout_s: Timeout = 4.0
    webrtc_timeout_s: Timeout = 30.0  # starting the web engine takes a few seconds
    proxy_timeout_s: Timeout = 3.0
    # Check the terminal (camera, microphone, network) before a video identification starts.
    preflight: bool = True


def _empty_is_none(value: object) -> object:
    return None if value == "" else value  # "" as the settings screen saves an empty field


def _expand_user(path: Path | None) -> Path | None:
    return path.expanduser() if path is not None else None


class SupportSettings(_Section):
    """What the support card names besides the order (guide §6.2)."""

    # The service provider's number for the Swisscom Service Desk.
    pro_nr: OneLine = ""
    # Whom the service desk calls back: this branch's support (name, phone, e-mail).
    contact: Annotated[str, Field(max_length=300), AfterValidator(_one_line)] = ""
    # Where "Export" writes the card (a name from the Ref-ID and the time); unset or "": the
    # user's documents folder. A fixed folder: staff never browse the file system.
    export_folder: Annotated[
        Path | None, BeforeValidator(_empty_is_none), AfterValidator(_expand_user)
    ] = None


class WebSettings(_Section):
    """The embedded web view's allowlists, per method (keys ``ISSUER/method``, values URLs or
    origins). The target URL's own origin is always allowed: these only add to it."""

    # Origins that get the camera and microphone (and may load), e.g. a video provider's
    # media host.
    media_origins: dict[str, tuple[AnyHttpUrl, ...]] = {}
    # Origins that may load without the camera, e.g. the banks a bank login passes through.
    page_origins: dict[str, tuple[AnyHttpUrl, ...]] = {}


# -- [branding] ---------------------------------------------------------------------------------

MIN_CONTRAST = 4.5  # WCAG 2.x AA for normal text
BRAND_TEXT = "#ffffff"  # the text the style draws on both brand colours


def _hex_channels(colour: str) -> tuple[int, int, int]:
    digits = colour.removeprefix("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(colour: str) -> float:
    def linear(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in _hex_channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast of two ``#rrggbb``/``#rgb`` colours (1 to 21)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _brand_colour(text: str | None) -> str | None:
    if not text:
        return None  # "" (as the settings screen saves an empty field): the kiosk's own
    if not re.fullmatch(r"#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})", text):
        raise ValueError(f"expected a colour such as #0b5cad, got {text!r}")
    ratio = contrast_ratio(text, BRAND_TEXT)
    if ratio < MIN_CONTRAST:
        raise ValueError(
            f"too light for the white text drawn on it: contrast {ratio:.1f}:1, "
            f"at least {MIN_CONTRAST}:1 needed (choose a darker colour)"
        )
    return "#" + "".join(f"{v:02x}" for v in _hex_channels(text))


def _logo(path: Path | None) -> Path | None:
    if path is None:
        return None
    if path.suffix.lower() not in (".svg", ".png"):
        raise ValueError(f"the logo must be an SVG or PNG file, got {str(path)!r}")
    if not path.is_file():
        raise ValueError(f"no such file: {str(path)!r}")
    kind = path.suffix.lower().removeprefix(".").upper()
    try:
        with path.open("rb") as file:
            start = file.read(_SVG_START_BYTES)
    except OSError as exc:
        raise ValueError(f"the file cannot be read ({exc.strerror}): {str(path)!r}") from None
    if not (start.startswith(_PNG_SIGNATURE) if kind == "PNG" else _svg_root(start)):
        article = "an" if kind == "SVG" else "a"
        raise ValueError(
            f"the content of {str(path)!r} is not {article} {kind} image "
            f"(only its name ends in {path.suffix})"
        )
    return path


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_START_BYTES = 64 * 1024  # what may come before the root: declaration, comments, doctype
# Before an SVG's root element: an XML declaration, processing instructions, comments, a
# doctype (with an internal subset), white space.
_SVG_PROLOG = re.compile(
    r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.DOTALL | re.IGNORECASE
)


def _svg_root(start: bytes) -> bool:
    """Whether the file's first element (after its prolog) is ``<svg``, as in every SVG."""
    text = start.decode("utf-8", errors="replace").removeprefix("\ufeff")
    prolog = _SVG_PROLOG.match(text)
    rest = text[prolog.end() :] if prolog else text
    return re.match(r"<(?:[A-Za-z_][\w.-]*:)?svg[\s/>]", rest) is not None


BrandColour = Annotated[str | None, AfterValidator(_brand_colour)]


class BrandingSettings(_Section):
    """``[branding]``: the bank's name and logo on the start screen, its colours on the kiosk's
    buttons. ``primary_color`` fills the main buttons, ``accent_color`` what is chosen (the
    language, a preset, a selected row); both carry white text, so each needs at least 4.5:1
    against white. Unset or "": the kiosk's own."""

    name: Annotated[str, Field(max_length=80, pattern=r"^[^\n\r]*$")] = ""
    logo: Annotated[Path | None, BeforeValidator(_empty_is_none), AfterValidator(_logo)] = (
        None  # SVG or PNG
    )
    primary_color: BrandColour = None
    accent_color: BrandColour = None


class Settings(_Section):
    srs: SrsSettings = SrsSettings()
    tracking: TrackingSettings = TrackingSettings()
    training: TrainingSettings = TrainingSettings()
    kiosk: KioskSettings = KioskSettings()
    checks: ChecksSettings = ChecksSettings()
    web: WebSettings = WebSettings()
    support: SupportSettings = SupportSettings()
    branding: BrandingSettings = BrandingSettings()

    @property
    def training_mode(self) -> bool:
        return not self.srs.configured

    @property
    def effective_time_scale(self) -> float:
        """Delays shrink with the simulator's clock in training mode."""
        if self.training_mode:
            return self.tracking.time_scale / self.training.speed
        return self.tracking.time_scale


Mistake = tuple[int | None, str | None, str]  # line, "table.key", what is wrong


def _where(path: Path | None, line: int | None, key: str | None) -> list[str]:
    where = [str(path)] if path else []
    if line:
        where.append(f"line {line}")
    if key:
        where.append(f"key '{key}'")
    return where


class ConfigError(Exception):
    """A config problem, phrased for the person who edits the file. ``mistakes``: every one
    found (IT corrects them all in one go); ``line``, ``key`` and ``detail``: the first's."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        line: int | None = None,
        key: str | None = None,
        more: Sequence[Mistake] = (),
    ) -> None:
        self.path, self.line, self.key, self.detail = path, line, key, message
        self.mistakes: tuple[Mistake, ...] = ((line, key, message), *more)
        if not more:
            where = _where(path, line, key)
            super().__init__(f"{', '.join(where)}: {message}" if where else message)
            return
        head = f"{path}: " if path else ""
        listed = "\n".join(
            f"- {', '.join(_where(None, at, name) or ['setting'])}: {text}"
            for at, name, text in self.mistakes
        )
        super().__init__(f"{head}{len(self.mistakes)} mistakes:\n{listed}")

    @classmethod
    def listing(cls, mistakes: Sequence[Mistake], path: Path | None = None) -> ConfigError:
        (line, key, message), *more = mistakes
        return cls(message, path=path, line=line, key=key, more=more)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    sources: tuple[Path, ...]  # files that were read, for `--help`-style diagnostics


def load_settings(
    config: Path | None = None, env: Mapping[str, str] | None = None
) -> LoadedSettings:
    """Read, merge and validate the settings; raise ConfigError naming file, line and key."""
    env = os.environ if env is None else env
    explicit = explicit_config(config, env)
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError("the configuration file does not exist", path=explicit)
        paths: tuple[Path, ...] = (explicit,)
    else:
        paths = existing_default_files()

    merged: dict[str, Any] = {}
    texts: dict[Path, str] = {}
    for path in paths:
        text, data = _read_toml(path)
        texts[path] = text
        _validate_file(path, text, data)
        for section, values in data.items():
            merged.setdefault(section, {}).update(values)

    for var, (section, key) in ENV_OVERRIDES.items():
        if env.get(var):
            merged.setdefault(section, {})[key] = env[var]
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:  # only env overrides can fail here: files were checked
        mistakes: list[Mistake] = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"][:2])
            var = next((v for v, sk in ENV_OVERRIDES.items() if ".".join(sk) == key), key)
            mistakes.append((None, None, f"{_plain(err)} (from the environment variable {var})"))
        raise ConfigError.listing(mistakes) from None
    _check_complete(settings.srs, paths[-1] if paths else None, texts)
    return LoadedSettings(settings, paths)


def _read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot be read: {exc}", path=path) from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line L, column C)"
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            f"not valid TOML: {message}", path=path, line=int(match.group(1)) if match else None
        ) from None


def _validate_file(path: Path, text: str, data: dict[str, Any]) -> None:
    try:
        Settings.model_validate(data)
    except ValidationError as exc:
        mistakes: dict[str, Mistake] = {}  # one per key (a union reports each of its members)
        for err in exc.errors():
            loc = [str(p) for p in err["loc"]]
            # pydantic adds the union member name ("url") to loc for optional URLs: keep
            # table.key
            loc = loc[:2] if len(loc) > 2 and not loc[2].isdigit() else loc
            key = ".".join(loc)
            if err["type"] == "extra_forbidden":
                message = "unknown setting" if len(loc) > 1 else "unknown section"
            else:
                message = _plain(err)
            mistakes.setdefault(key, (_line_of(text, loc), key, message))
        in_order = sorted(mistakes.values(), key=lambda m: m[0] or len(text))
        raise ConfigError.listing(in_order, path) from None


# pydantic's wording of a wrong type, in the words of someone editing the file
_PLAIN_TYPES = {
    "model_type": "must be a section of its own ([{table}]) with settings in it",
    "dict_type": "must be a table of settings",
    "url_parsing": "must be a full web address, such as https://srs.example.ch/api",
    "url_scheme": "must be a web address starting with https://",
    "path_type": "must be a file or folder path in quotes",
    "string_type": "must be text in quotes",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "tuple_type": 'must be a list, such as ["a", "b"]',
    "list_type": 'must be a list, such as ["a", "b"]',
}


def _plain(err: Mapping[str, Any]) -> str:
    got = err.get("input")
    plain = _PLAIN_TYPES.get(str(err["type"]))
    if plain is not None:
        message = plain.format(table=err["loc"][0] if err["loc"] else "")
    else:
        # pydantic prefixes our own validators' reasons with "Value error, "
        message = str(err["msg"]).removeprefix("Value error, ")
        message = re.sub(r"^Input should be\b", "must be", message)
    shown = repr(got) if isinstance(got, str | int | float | bool) else None
    # Our own reasons mostly name the value already: never say it twice.
    return f"{message} (got {shown})" if shown and shown not in message else message


def _line_of(text: str, loc: list[str]) -> int | None:
    """The line where table.key is set; tomllib gives no positions, so scan the text."""
    table, key = (loc[0], loc[1]) if len(loc) > 1 else (loc[0], None)
    current = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.fullmatch(r"\[\s*([^\]]+?)\s*\]\s*(#.*)?", line)
        if header:
            current = header.group(1)
            if key is None and current == table:
                return number
            continue
        if key is None and current == "" and re.match(rf"{re.escape(table)}\s*=", line):
            return number  # a section given a value (srs = "x")
        if key and current == table and re.match(rf"{re.escape(key)}\s*=", line):
            return number
        if key and current == "" and re.match(rf"{re.escape(table)}\.{re.escape(key)}\s*=", line):
            return number
    return None


def _check_complete(srs: SrsSettings, path: Path | None, texts: Mapping[Path, str]) -> None:
    """Half an [srs] section is a mistake, not training mode: name what is missing."""
    if not srs.configured:
        return
    missing = [
        k for k in ("api_url", "token_url", "ras_url", "client_id") if getattr(srs, k) is None
    ]
    if missing:
        line = _line_of(texts[path], ["srs"]) if path is not None and path in texts else None
        raise ConfigError(
            f"the [srs] section is incomplete: set {', '.join(missing)} "
            "(or remove the section to run in training mode)",
            path=path,
            line=line,
            key="srs",
        )


def client_secret(client_id: str, env: Mapping[str, str] | None = None) -> str | None:
    """The secret from the environment (CI) or the OS keyring; None if neither has it."""
    env = {**config_files.taken_from_environment(), **os.environ} if env is None else env
    if env.get(SECRET_ENV):
        return env[SECRET_ENV]
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, client_id)
    except KeyringError:
        return None


def store_client_secret(client_id: str, secret: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, client_id, secret)
