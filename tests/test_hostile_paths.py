"""Hostile filesystem states: symlinks out of the root for publish, the TM and the MT cache;
`serve` facing symlinks and folders; a full disk; a port in use. One path rule
(`project.path_inside`) and one-line errors, with nothing written outside and nothing lost.
"""

from __future__ import annotations

import http.client
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from test_paths import layout, refused, snapshot  # noqa: F401  (a fixture and helpers shared with test_paths)

from l10n.cli import main
from l10n.publish.serve import serving

L10N = (
    [sys.executable, "-m", "l10n.cli"]
    if not (Path(sys.executable).parent / "l10n").exists()
    else [str(Path(sys.executable).parent / "l10n")]
)


@pytest.mark.parametrize("linked", ["site", "site/de", "site/en"])
def test_publish_never_writes_through_a_symlink_out_of_the_root(linked: str, layout, capsys) -> None:  # noqa: F811
    root, outside = layout
    (outside / "www").mkdir()
    (root / linked).parent.mkdir(parents=True, exist_ok=True)
    (root / linked).symlink_to(outside / "www", target_is_directory=True)
    before = snapshot(outside)
    refused(["publish", "--root", str(root), "--locales", "de"], capsys, pattern="outside the project root")
    assert snapshot(outside) == before
    assert not any((outside / "www").iterdir())


def test_publish_through_a_symlink_inside_the_root_still_works(layout, capsys) -> None:  # noqa: F811
    root, _ = layout
    (root / "public").mkdir()
    (root / "site").symlink_to(root / "public", target_is_directory=True)
    assert main(["publish", "--root", str(root), "--locales", "de"]) == 0, capsys.readouterr().err
    assert (root / "public" / "de" / "article.html").is_file()


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("tm.sqlite3", ["tm", "stats"]),
        ("tm.sqlite3-wal", ["tm", "stats"]),
        (".tm.sqlite3.lock", ["tm", "stats"]),
        (".mt-cache.sqlite3", ["translate", "--locales", "de", "--engine", "pseudo"]),
        (".mt-cache.sqlite3-shm", ["translate", "--locales", "de", "--engine", "pseudo"]),
        (".mt-failures.json", ["qa", "--locales", "de"]),
    ],
)
def test_tm_and_mt_cache_refuse_symlinks_out_of_the_root(name: str, command: list[str], layout, capsys) -> None:  # noqa: F811
    root, outside = layout
    (outside / "db").write_bytes(b"")
    (root / "locales" / name).symlink_to(outside / "db")
    before = snapshot(outside)
    refused([*command, "--root", str(root)], capsys, pattern="outside the project root")
    assert snapshot(outside) == before


# --- serve ----------------------------------------------------------------------------------


def get(base: str, path: str) -> tuple[int, dict[str, str], bytes]:
    host, port = base.removeprefix("http://").rstrip("/").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.fixture
def site(layout, capsys) -> Path:  # noqa: F811
    root, outside = layout
    assert main(["publish", "--root", str(root), "--locales", "de"]) == 0
    capsys.readouterr()
    (root / "site" / "de" / "passwd.html").symlink_to(outside / "etc" / "passwd")
    (root / "site" / "etc").symlink_to(outside / "etc", target_is_directory=True)
    (root / "site" / "images").mkdir()
    (root / "site" / "images" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root / "site"


def article_page(site: Path, locale: str) -> str:
    from l10n.publish.manifest import read_page_records

    return next(record.path for record in read_page_records(site) if record.locale == locale)


def test_serve_refuses_symlinks_and_listings_and_sends_the_policy(site: Path) -> None:
    with serving(site) as base:
        status, headers, body = get(base, "/" + article_page(site, "de"))
        assert status == 200 and b"<article>" in body
        assert "script-src 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        for path in (
            "/de/passwd.html",
            "/etc/passwd",
            "/etc/",
            "/images/",
            "/images",
            "/de/../etc/passwd",
            "/%2e%2e/outside/etc/passwd",
        ):
            status, headers, body = get(base, path)
            assert status in (301, 404), (path, status)
            assert b"root:x" not in body and b"a.png" not in body, path
            assert "script-src 'none'" in headers.get("Content-Security-Policy", ""), path
        assert get(base, "/images/a.png")[0] == 200


def test_serve_on_a_port_in_use_is_one_line(site: Path, capsys) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status = main(["serve", "--root", str(site.parent), "--port", str(port)])
    err = capsys.readouterr().err
    assert status == 2 and len(err.strip().splitlines()) == 1, err
    assert f"cannot listen on 127.0.0.1:{port}" in err and "Traceback" not in err


# --- a full disk --------------------------------------------------------------------------------


FULL = r"cannot write: File too large|disk I/O error"  # ours (fsio) or SQLite's words for the stamps, TM, cache


def _limit_file_size(kilobytes: int):
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (kilobytes * 1024, kilobytes * 1024))

    return limit


@pytest.mark.parametrize(
    ("command", "written", "why"),
    [
        (["update", "--locales", "de,fr"], r"article\.po|\.sqlite3", FULL),
        (["translate", "--locales", "de", "--engine", "pseudo"], r"\.sqlite3", FULL),
        (["assemble", "--locales", "de"], r"article\.html|\.sqlite3", FULL),
        (["publish", "--locales", "de"], r"\.html|\.sqlite3", FULL),
    ],
)
def test_a_write_that_fails_for_space_is_one_line_and_loses_nothing(
    command: list[str], written: str, why: str, layout
) -> None:  # noqa: F811
    """RLIMIT_FSIZE makes the kernel refuse writes past a size (EFBIG; Python ignores SIGXFSZ),
    which is what a full disk or quota looks like to the writer: a write that really fails."""
    # a copy: this process still maps the layout's SQLite `-shm` files, which the limited child
    # may cut short (it cannot write past the limit), and that would be SIGBUS here at exit
    root = shutil.copytree(layout[0], layout[0].parent / "copy")
    before = snapshot(root)
    done = subprocess.run(
        [*L10N, command[0], "--root", str(root), *command[1:]],
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size(1),
        env={**os.environ, "COLUMNS": "200"},
    )
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, done.stderr
    assert lines[-1].startswith("error: ") and re.search(why, lines[-1]) and re.search(written, lines[-1]), done.stderr
    assert "Traceback" not in done.stderr
    after = snapshot(root)
    work = [name for name in before if ".sqlite3" not in name]  # SQLite's own files may change (derived state)
    assert {name: before[name] for name in work} == {name: after.get(name) for name in work}  # nothing lost or torn
    assert not [name for name in after if name.endswith(".tmp")]
