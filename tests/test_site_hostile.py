"""Hostile states around assemble, publish and serve: a template whose `X-L10n-Source` header
names a file outside the project, and a site folder that is itself a symlink.

A crafted (or carelessly merged) template must not make `assemble`, `publish` or `update` read
an arbitrary file and print it into catalogs, editions or the site: assemble and publish refuse
it with one line naming the template, update does not re-extract from there (an article
extracted from outside the project on purpose is extracted again by naming it to `extract`).
A symlinked site folder is neither written through nor served. Nothing outside changes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_paths import layout, refused, snapshot  # noqa: F401  (a fixture and helpers shared with test_paths)

from l10n.cli import main
from l10n.errors import ProjectError
from l10n.publish.serve import make_server

SECRET = "Zanzibar-7741"


def outside_article(outside: Path) -> Path:
    """An article-shaped file outside the project: were it read, its words would reach the output."""
    path = outside / "private" / "notes.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Private notes\n\nThe vault code is {SECRET}, said nobody.\n", encoding="utf-8")
    return path


def point_template_at(root: Path, recorded: str) -> None:
    pot = root / "locales" / "article.pot"
    text = pot.read_text(encoding="utf-8")
    assert '"X-L10n-Source: seeds/article.txt\\n"' in text
    crafted = f'"X-L10n-Source: {recorded.replace(chr(92), chr(92) * 2)}\\n"'
    pot.write_text(text.replace('"X-L10n-Source: seeds/article.txt\\n"', crafted), encoding="utf-8")


def everything_under(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def recorded_paths(root: Path, outside: Path) -> dict[str, str]:
    notes = outside_article(outside)
    os.symlink(notes, root / "seeds" / "notes.txt")
    return {
        "absolute": str(notes),
        "dot-dot": os.path.relpath(notes, root),
        "symlink out": "seeds/notes.txt",
    }


@pytest.mark.parametrize("kind", ["absolute", "dot-dot", "symlink out"])
@pytest.mark.parametrize(
    "command",
    [
        ["assemble", "--locales", "de"],
        ["publish", "--locales", "de"],
    ],
)
def test_a_template_naming_a_file_outside_is_refused(kind: str, command: list[str], layout, capsys) -> None:  # noqa: F811
    root, outside = layout
    point_template_at(root, recorded_paths(root, outside)[kind])
    before = snapshot(outside)
    refused([*command, "--root", str(root)], capsys, pattern="article.pot")
    assert snapshot(outside) == before
    for folder in ("build", "site", "locales"):
        assert SECRET not in everything_under(root / folder), folder


def test_update_does_not_extract_a_file_outside(layout, capsys) -> None:  # noqa: F811
    root, outside = layout
    notes = outside_article(outside)
    point_template_at(root, str(notes))
    os.utime(notes, ns=(notes.stat().st_mtime_ns + 10**10,) * 2)  # newer than its template: "changed"
    before = (root / "locales" / "article.pot").read_bytes()
    assert main(["update", "--root", str(root), "--locales", "de"]) == 0, capsys.readouterr().err
    assert SECRET not in everything_under(root / "locales")
    assert (root / "locales" / "article.pot").read_bytes() == before  # not re-extracted from there


def test_a_template_naming_an_article_inside_still_works(layout, capsys) -> None:  # noqa: F811
    root, _ = layout
    (root / "articles").mkdir()
    (root / "seeds" / "article.txt").rename(root / "articles" / "moved.txt")
    point_template_at(root, str(root / "articles" / "moved.txt"))
    assert main(["assemble", "--root", str(root), "--locales", "de"]) == 0, capsys.readouterr().err
    assert "Biomedical" in (root / "build" / "de" / "article.html").read_text(encoding="utf-8")


def test_publish_never_writes_through_a_symlinked_out_folder(layout, capsys) -> None:  # noqa: F811
    root, outside = layout
    (outside / "www").mkdir()
    (root / "public").symlink_to(outside / "www", target_is_directory=True)
    before = snapshot(outside)
    args = ["publish", "--root", str(root), "--locales", "de", "--out", str(root / "public")]
    refused(args, capsys, pattern="symlink")
    assert snapshot(outside) == before
    assert not any((outside / "www").iterdir())


def test_serve_refuses_a_symlinked_site_folder(layout, capsys) -> None:  # noqa: F811
    root, outside = layout
    (outside / "www").mkdir()
    (outside / "www" / "index.html").write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    (root / "site").symlink_to(outside / "www", target_is_directory=True)
    server = None
    try:
        with pytest.raises(ProjectError, match="symlink"):
            server = make_server(root / "site", port=0)
    finally:
        if server is not None:
            server.server_close()
