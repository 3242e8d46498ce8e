"""A tiny local web server for the web view's lock-down tests: a page, a file download, a page
that offers to choose files, HTTPS with a self-signed certificate (made here with
``cryptography``), and a record of every request it saw."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

PAGE = b"<!doctype html><title>Test page</title><p id='hello'>hello</p>"
# Two big targets for a click: a file input, and a button asking for the file system access
# picker (the outcome lands in window.__picked).
FILES_PAGE = b"""<!doctype html><title>Files</title>
<input type=file id=file style="display:block;width:400px;height:120px">
<button id=pick style="display:block;width:400px;height:120px" onclick="
  window.__picked = 'asked';
  showOpenFilePicker().then(h => { window.__picked = 'got ' + h.length; },
                            e => { window.__picked = e.name; });">pick</button>"""


class _Handler(BaseHTTPRequestHandler):
    seen: list[str]  # every request's path, in order (set per server by ``serving``)

    def do_POST(self) -> None:  # a beacon, a form
        self.seen.append(self.path)
        self.send_response(204)
        self.end_headers()

    def do_GET(self) -> None:
        self.seen.append(self.path)
        if self.path.startswith("/redirect?to="):  # onwards, wherever the page says
            self.send_response(302)
            self.send_header("Location", self.path.partition("=")[2])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/files":
            body, kind, extra = FILES_PAGE, "text/html; charset=utf-8", {}
        elif self.path == "/file":
            body, kind = b"not for the kiosk", "application/octet-stream"
            extra = {"Content-Disposition": 'attachment; filename="statement.bin"'}
        elif self.path == "/language":  # what the browser asked for, as text
            body, kind = self.headers.get("Accept-Language", "").encode(), "text/plain"
            extra = {}
        else:
            body, kind, extra = PAGE, "text/html; charset=utf-8", {}
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no one vouches for, and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=7))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@contextmanager
def serving(
    tls_folder: Path | None = None, port: int = 0, seen: list[str] | None = None
) -> Iterator[str]:
    """Serve on a free loopback port; yields the base URL (HTTPS when ``tls_folder`` is given,
    with a fresh self-signed certificate written there). ``seen`` receives the path of every
    request (and of every connection attempt that made it to a request line)."""
    handler = type("_Recording", (_Handler,), {"seen": [] if seen is None else seen})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    scheme = "http"
    if tls_folder is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*self_signed(tls_folder))
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
