"""A new site (its folder missing when the run begins and when an article is staged) stats
none of its pages: nothing can be there (`staging._stage`'s `absent`), where each page took an
`lstat` that failed. Its bytes are those of a publish into a site folder that exists (every
page stat'ed and staged as before), and a site that exists still has each page looked at: one
deleted by hand is written again, the others left untouched.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from conftest import chain_project, run_main

CHAIN = (["translate", "--engine", "pseudo"], ["qa"], ["assemble"])


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "project"
    chain_project(root, 4, ["de", "ja", "ar"])
    run_main(capsys, root, "extract", str(root / "seeds"), "--locales", "de,ja,ar", "-q")
    for argv in CHAIN:
        run_main(capsys, root, *argv)
    return root


def _tree(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _page_stats(monkeypatch: pytest.MonkeyPatch, site: Path) -> list[str]:
    """The `lstat`s of paths below `site` from now on (the real call still made)."""
    seen: list[str] = []
    real = os.lstat
    prefix = os.path.join(os.fspath(site), "")

    def counting(path, *args, **kwargs):
        if os.fspath(path).startswith(prefix):
            seen.append(os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", counting)
    return seen


def test_a_new_site_stats_none_of_its_pages_and_is_the_same_bytes(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "existing-site"
    existing.mkdir()  # a folder that exists: every page stat'ed and compared
    run_main(capsys, built, "publish", "--out", str(existing))
    site = built / "site"
    stats = _page_stats(monkeypatch, site)
    out = run_main(capsys, built, "publish")
    pages = [name for name in _tree(site) if name.endswith(".html") and "/" in name]
    assert len(pages) >= 4 * 4  # every article in the source language and three locales
    articles = [path for path in stats if path.endswith(".html") and not path.endswith("/index.html")]
    assert articles == []  # (the index pages are written after the swap, each checked as it is)
    assert "0 unchanged" in out
    assert _tree(site) == _tree(existing)


def test_an_existing_site_still_has_each_page_looked_at(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_main(capsys, built, "publish")
    site = built / "site"
    before = _tree(site)
    page = next(site / name for name in sorted(before) if name.startswith("de/") and name != "de/index.html")
    page.unlink()  # by hand
    touched = (built / "l10n.toml").read_text(encoding="utf-8") + "# moved\n"
    (built / "l10n.toml").write_text(touched, encoding="utf-8")  # every article's pages made again
    stats = _page_stats(monkeypatch, site)
    out = run_main(capsys, built, "publish")
    assert _tree(site) == before
    assert [path for path in stats if path.endswith(".html") and not path.endswith("/index.html")]  # looked at
    assert "1 written" in out, out
