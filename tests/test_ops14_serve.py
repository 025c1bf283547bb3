"""`l10n serve` answers only requests named for it: a page of another site whose host name an
attacker points at 127.0.0.1 (DNS rebinding) reaches the same socket, but names that site in
`Host`, and must not read the preview's unreviewed pages (421 Misdirected Request)."""

from __future__ import annotations

import http.client
from pathlib import Path
from urllib.parse import urlsplit

from conftest import REPO

from l10n.publish.serve import serving

PAGE = (REPO / "tests" / "data" / "articles" / "market_report.html").read_bytes()


def get(base: str, *, host: str | None) -> tuple[int, bytes]:
    where = urlsplit(base)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=10)
    try:
        connection.putrequest("GET", "/index.html", skip_host=True)
        if host is not None:
            connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_a_request_for_another_host_is_refused(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_bytes(PAGE)
    with serving(tmp_path) as base:
        port = urlsplit(base).port
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST", None):
            status, body = get(base, host=host)
            assert (status, body) == (200, PAGE), host
        for host in (
            f"attacker.example:{port}",
            "attacker.example",
            f"127.0.0.1:{port + 1}",
            f"127.0.0.1.nip.io:{port}",
        ):
            status, body = get(base, host=host)
            assert status == 421 and PAGE not in body, host
