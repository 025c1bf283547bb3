"""The sitemap's own stamp (`publish.reuse.SITEMAP_KEY`): it is made of each article's ready
pages alone (sitemaps.org alternate groups), so an edit that moves an article's completeness —
and with it every locale index and the root page — leaves it as it was, not rendered again;
and a change to the groups (a new article) still rewrites it, to the bytes a publish from
scratch gives.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from conftest import Calls, chain_project, run_main

import l10n.publish.site

LOCALES = "de,ja"
CHAIN = (["translate", "--engine", "pseudo"], ["qa"], ["assemble"], ["publish"])


def _chain(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    run_main(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")
    for argv in CHAIN:
        run_main(capsys, root, *argv)


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "project"
    chain_project(root, 5, ["de", "ja"])
    _chain(capsys, root)
    return root


def _from_scratch(capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "scratch-site"
    run_main(capsys, root, "publish", "--out", str(out))
    return (out / "sitemap.xml").read_bytes()


def test_an_edit_that_moves_completeness_leaves_the_sitemap_unrendered(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reviewer clears one machine translation's fuzzy flag: that page's "% reviewed" moves
    (every index shows it), which of its pages are ready does not."""
    po_path = sorted((built / "locales" / "de" / "LC_MESSAGES").glob("*.po"))[1]
    catalog = polib.pofile(str(po_path))
    entry = next(entry for entry in catalog if entry.fuzzy and entry.msgstr)
    entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    catalog.save()
    sitemap = (built / "site" / "sitemap.xml").read_bytes()
    indexes = Calls(monkeypatch, l10n.publish.site, "locale_index")
    sitemaps = Calls(monkeypatch, l10n.publish.site, "build_sitemap")
    for argv in (["qa"], ["assemble"], ["publish"]):
        run_main(capsys, built, *argv)
    assert indexes.count > 0  # the indexes show the article's completeness: made again
    assert sitemaps.count == 0
    assert (built / "site" / "sitemap.xml").read_bytes() == sitemap == _from_scratch(capsys, built, tmp_path)


def test_a_new_article_rewrites_the_sitemap(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = sorted((built / "seeds").glob("*.md"))
    new = seeds[0].with_name("article-new.md")
    new.write_text(seeds[0].read_text(encoding="utf-8").replace(" the ", " the new ", 1), encoding="utf-8")
    before = (built / "site" / "sitemap.xml").read_bytes()
    sitemaps = Calls(monkeypatch, l10n.publish.site, "build_sitemap")
    _chain(capsys, built)
    after = (built / "site" / "sitemap.xml").read_bytes()
    assert sitemaps.count == 1
    assert after != before
    assert after == _from_scratch(capsys, built, tmp_path)
