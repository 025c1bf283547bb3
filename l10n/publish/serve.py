"""Local preview of the published site: the standard library's `http.server`, bound to 127.0.0.1.

Only the loopback interface is used so a preview never exposes unreviewed translations to the
network. The same server runs the browser tests (`serving(...)` starts it in a thread on a free
port), so what the tests load is exactly what an editor previews.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from l10n.errors import ProjectError
from l10n.urls import CONTENT_SECURITY_POLICY

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8000


class _SiteRequestHandler(SimpleHTTPRequestHandler):
    """Serves files with UTF-8 text types; logs only when asked (tests stay quiet)."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".xml": "application/xml; charset=utf-8",
    }
    verbose = False

    def send_head(self):  # stdlib signature
        """404 for dot-files (the publisher's manifest and lock are bookkeeping, not pages) and
        for any path through a symlink: publish never makes one, so one is someone else's.
        421 for a request named for another host (`_named_for_us`)."""
        if not self._named_for_us():
            self.send_error(421, "Misdirected Request", f"this preview answers to {LOOPBACK} and localhost only")
            return None
        parts = Path(self.translate_path(self.path)).parts[len(Path(self.directory).parts) :]
        if any(part.startswith(".") for part in parts) or _through_symlink(Path(self.directory), parts):
            self.send_error(404, "File not found")
            return None
        return super().send_head()

    def _named_for_us(self) -> bool:
        """The request's `Host` is this server (127.0.0.1 or localhost, at its port): a page of
        another site whose name an attacker points at 127.0.0.1 (DNS rebinding) is served
        from the same socket, but its requests name that site, and the preview's unreviewed
        pages must not be readable by its scripts. A request without `Host` (HTTP/1.0, which a
        browser never sends) passes; two `Host` headers do not."""
        hosts = self.headers.get_all("Host") or []
        if not hosts:
            return True
        if len(hosts) > 1:
            return False
        name, colon, port = hosts[0].strip().lower().rpartition(":")
        if not colon or not port.isdigit():
            name, port = hosts[0].strip().lower(), ""
        bound = self.server.server_address
        return name in (LOOPBACK, "localhost") and port in ("", str(bound[1] if isinstance(bound, tuple) else ""))

    def list_directory(self, path):  # stdlib signature
        """No listings: a folder without `index.html` is not a page (None: nothing to send)."""
        self.send_error(404, "File not found")

    def end_headers(self) -> None:
        """Every response carries the site's Content-Security-Policy and forbids MIME sniffing."""
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002  (stdlib name)
        if self.verbose:
            super().log_message(format, *args)


def make_server(site_dir: Path, *, port: int = DEFAULT_PORT, verbose: bool = False) -> ThreadingHTTPServer:
    """A threading HTTP server for `site_dir` on 127.0.0.1:`port` (0 picks a free port)."""
    site_dir = Path(site_dir)
    if site_dir.is_symlink():  # as for any path below it: publish never makes one
        raise ProjectError("the site folder is a symlink; refusing to serve through it", path=site_dir)
    if not (site_dir / "index.html").is_file():
        raise ProjectError("no published site here: run `l10n publish` first", path=site_dir)
    handler_class = type("SiteHandler", (_SiteRequestHandler,), {"verbose": verbose})
    handler = functools.partial(handler_class, directory=str(site_dir))
    try:
        return ThreadingHTTPServer((LOOPBACK, port), handler)
    except OSError as error:  # port in use, or below 1024 without the right
        raise ProjectError(f"cannot listen on {LOOPBACK}:{port}: {error.strerror}; choose another --port") from None


def _through_symlink(site_dir: Path, parts: tuple[str, ...]) -> bool:
    """True when a component of `site_dir/parts` (below `site_dir`) is a symlink."""
    current = site_dir
    for part in parts:
        current = current / part
        if current.is_symlink():
            return True
    return False


def base_url(server: ThreadingHTTPServer) -> str:
    """`http://127.0.0.1:<port>/` for a server made by `make_server`."""
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/"


@contextlib.contextmanager
def serving(site_dir: Path, *, port: int = 0) -> Iterator[str]:
    """Serve `site_dir` in a background thread for the duration of the block; yields the base URL."""
    server = make_server(site_dir, port=port)
    thread = threading.Thread(target=server.serve_forever, name="l10n-site-server", daemon=True)
    thread.start()
    try:
        yield base_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
