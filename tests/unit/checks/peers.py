"""Real local peers for the probes: a coturn STUN server, HTTPS servers with a test CA, a TCP
listener that never accepts (so connections to it time out)."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import shutil
import socket
import ssl
import subprocess
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

COTURN = "turnserver"  # Debian package coturn; `make test` installs it


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def free_tcp_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def coturn_missing() -> str | None:
    if shutil.which(COTURN) is None:
        return (
            f"'{COTURN}' is not installed (Debian package coturn; `make test` installs it "
            "through `make syslibs`)"
        )
    return None


@contextmanager
def coturn(log_dir: Path) -> Iterator[int]:
    """A STUN-only coturn on 127.0.0.1; yields its UDP port once it answers. A start that does
    not answer (rare: one run in about fifty on a busy machine) is retried once on a new port;
    the second failure's message carries the end of coturn's log."""
    for attempt in (1, 2):
        port = free_udp_port()
        log_file = log_dir / f"coturn-{attempt}.log"
        proc = subprocess.Popen(
            [
                COTURN,
                "-n",
                "--stun-only",
                "--listening-ip",
                "127.0.0.1",
                "--listening-port",
                str(port),
                "--no-cli",
                "--no-tls",
                "--no-dtls",
                "--no-software-attribute",
                "--db",
                str(log_dir / f"turndb-{attempt}"),  # not the machine's shared one
                "--log-file",
                str(log_file),
                "--simple-log",
                "--no-stdout-log",
                "--pidfile",
                str(log_dir / f"coturn-{attempt}.pid"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            try:
                _wait_for_stun(port, proc)
            except RuntimeError as exc:
                if attempt == 2:
                    tail = (
                        log_file.read_text(errors="replace")[-1500:]
                        if log_file.exists()
                        else "(no log)"
                    )
                    raise RuntimeError(f"{exc}; coturn's log ends:\n{tail}") from None
                continue
            yield port
            return
        finally:
            _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@pytest.fixture
def stun_port(tmp_path: Path) -> Iterator[int]:
    """A real STUN server (coturn, STUN only) on 127.0.0.1; skipped where coturn is missing."""
    reason = coturn_missing()
    if reason:
        pytest.skip(reason)
    with coturn(tmp_path) as port:
        yield port


def _wait_for_stun(port: int, proc: subprocess.Popen[bytes]) -> None:
    # A minimal binding request (RFC 5389 header, no attributes): any answer means ready.
    request = bytes.fromhex("0001 0000 2112a442") + b"readiness123"
    deadline = time.monotonic() + 10
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.2)
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"coturn exited with {proc.returncode}")
            s.sendto(request, ("127.0.0.1", port))
            try:
                s.recvfrom(2048)
                return
            except (TimeoutError, ConnectionRefusedError):
                continue
    raise RuntimeError("coturn did not answer within 10 s")


@dataclass(frozen=True)
class LocalCA:
    ca_file: Path
    cert_file: Path  # for "localhost" and 127.0.0.1, signed by the CA
    key_file: Path


def make_ca(directory: Path) -> LocalCA:
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "readiness test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = (
        directory / "ca.pem",
        directory / "server.pem",
        directory / "server.key",
    )
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return LocalCA(ca_file, cert_file, key_file)


def server_context(ca: LocalCA, minimum: ssl.TLSVersion, maximum: ssl.TLSVersion) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(ca.cert_file, ca.key_file)
    with warnings.catch_warnings():  # TLS 1.0/1.1 are deprecated: that is the point here
        warnings.simplefilter("ignore", DeprecationWarning)
        context.minimum_version = minimum
        context.maximum_version = maximum
    if maximum < ssl.TLSVersion.TLSv1_2:
        # OpenSSL 3 refuses TLS 1.0/1.1 at security level 1 and up.
        context.set_ciphers("DEFAULT:@SECLEVEL=0")
    return context


@asynccontextmanager
async def https_server(context: ssl.SSLContext) -> AsyncIterator[int]:
    """An HTTPS (well: TLS) server on 127.0.0.1 in this loop; yields its port."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.read(1)
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        server.close()
        await server.wait_closed()


@contextmanager
def silent_listener() -> Iterator[int]:
    """A TCP port whose accept queue is full: further connection attempts get no answer
    (their SYNs are dropped), as behind a firewall that drops packets."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = int(server.getsockname()[1])
    fillers: list[socket.socket] = []
    try:
        for _ in range(4):  # Linux keeps backlog + 1 connections queued
            filler = socket.socket()
            filler.setblocking(False)
            with suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.1)
        yield port
    finally:
        for filler in fillers:
            filler.close()
        server.close()


# An HTTP/1.1 peer that answers what a test makes it say: (request line, body length, reader)
# to the raw answer, its pieces one after another (a slow peer), or None to say nothing at all
# (the connection stays open).
Answer = Callable[[str, int, asyncio.StreamReader], Awaitable[bytes | AsyncIterator[bytes] | None]]


@asynccontextmanager
async def http_peer(answer: Answer) -> AsyncIterator[str]:
    """A one-request-per-connection HTTP server on 127.0.0.1; yields its base URL."""
    closing = asyncio.Event()
    writers: set[asyncio.StreamWriter] = set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.add(writer)
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            request_line, *lines = head.split("\r\n")
            length = next(
                (
                    int(line.partition(":")[2])
                    for line in lines
                    if line.lower().startswith("content-length:")
                ),
                0,
            )
            reply = await answer(request_line, length, reader)
            if reply is None:
                await closing.wait()
            elif isinstance(reply, bytes):
                writer.write(reply)
                await writer.drain()
            else:
                async for piece in reply:
                    writer.write(piece)
                    await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()
            writers.discard(writer)

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        closing.set()
        server.close()
        for writer in list(writers):
            writer.close()
        await server.wait_closed()


def http_answer(status: str, body: bytes, content_type: str = "text/html") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body


@asynccontextmanager
async def tls_only_gate(hold: bool = False) -> AsyncIterator[int]:
    """A port behind an "SSL-only" firewall: a connection whose first byte is not a TLS
    handshake record (0x16) is reset (or, with ``hold``, left hanging without an answer);
    yields the port."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            first = await reader.read(1)
            if first != b"\x16" and hold:
                await reader.read()  # says nothing until the client gives up
        except ConnectionError:
            pass
        finally:
            writer.transport.abort()  # a reset, as such firewalls send

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        server.close()
        await server.wait_closed()
