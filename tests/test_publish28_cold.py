"""Cold publish's per-page and per-edition work made once where it depends on less (session 28,
issue 16: publish within 2× of writing its bytes).

- `publish.built`: an edition's PO and article stats are the ones the command's whole-run
  look-up took (`StatsSeen`), not taken again per edition; an edited PO is still seen.
- `publish.pages`: what a page's head and notices take of its locale alone, made once per
  locale; `frames`: a plain text escaped once while it recurs, a `Markup` never mixed with it.
- `head_links.ArticleVersions`: a page copies its article's lines and makes its own alone.
- `staging._named`: an edition renamed without `dataclasses.replace`, field for field the same.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import run_main
from markupsafe import Markup
from test_publish_built import edit_shown_unit_after_publish, published_without_build, shown_unit, translated, tree

import l10n.fingerprint
from l10n.catalog.po import load_catalog
from l10n.locales import parse_locale
from l10n.publish.frames import FramedTemplates
from l10n.publish.head_links import ArticleVersions, switcher_items
from l10n.publish.manifest import PageRecord
from l10n.publish.pages import ArticleEdition, page_head, record_links
from l10n.publish.readiness import readiness_text
from l10n.publish.site import template_environment
from l10n.publish.staging import _named
from l10n.publish.ui_text import ui_text

__all__ = ["translated"]  # the fixture, imported for the tests below


def test_a_cold_publish_takes_each_po_stat_from_the_look_up(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site removed with publish's stamps (as `bench/site_write.py` makes it cold): the
    whole-run record no longer holds, its look-up stats every watched file, and no PO is stat'ed
    again to take its edition from build/ (it was one `racy_stat` per edition); the site is the
    one a publish without build/ writes."""
    run_main(capsys, translated, "assemble", "--format", "html")
    run_main(capsys, translated, "publish")
    shutil.rmtree(translated / "site")
    (translated / ".site.l10n-manifest.json").unlink()
    with sqlite3.connect(translated / "locales" / ".stamps.sqlite3") as db:
        db.execute("DELETE FROM stamp WHERE stage LIKE 'publish %'")
    time.sleep(0.05)  # every file settled (one touched in the tick of its stat is no look-up's to vouch for)
    stated: list[str] = []
    real = l10n.fingerprint.racy_stat

    def racy_stat(path: str, **kwargs: bool) -> tuple[os.stat_result, bool]:
        stated.append(os.fspath(path))
        return real(path, **kwargs)

    monkeypatch.setattr(l10n.fingerprint, "racy_stat", racy_stat)
    run_main(capsys, translated, "publish")
    monkeypatch.undo()
    assert [path for path in stated if path.endswith(".po")] == []
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_po_edited_before_publish_is_assembled_with_the_look_ups_stats(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The look-up's stat of a PO edited after assemble and publish is the edited one: its
    edition's record no longer holds, and the page is assembled anew (not the build file's old
    msgstr)."""
    msgstr = edit_shown_unit_after_publish(translated, capsys, "Edited after assemble, twenty-eight")
    time.sleep(0.05)  # settled: the look-up's stat of it stands for it
    run_main(capsys, translated, "publish")
    pages = [data.decode("utf-8") for name, data in tree(translated / "site").items() if name.startswith("de/")]
    assert not any(msgstr in page for page in pages)  # the build edition's text
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_plain_text_and_markup_alike_are_printed_each_as_jinja_prints_it() -> None:
    """The same characters as `str` (escaped) and as `Markup` (printed as it is) in one slot, in
    both orders: the escape kept for the text never serves the markup, nor the other way."""
    frames = FramedTemplates(template_environment())
    reference = template_environment().get_template("redirect.html.j2")
    for first, second in [("<b>x & y</b>", Markup("<b>x & y</b>")), (Markup("<i>z</i>"), "<i>z</i>")]:
        for title in (first, second, first):
            context = {"lang": "de", "dir": "ltr", "title": title, "href": "a.html", "canonical": "a.html"}
            assert frames.render("redirect.html.j2", context) == reference.render(**context)


@pytest.mark.parametrize("code", ["de", "ar", "zh_TW", "sw"])
@pytest.mark.parametrize("depth", [0, 1])
def test_a_pages_head_words_are_its_own_locales(code: str, depth: int) -> None:
    """Asked after another locale and depth (a missing key would serve theirs)."""
    page_head(title="t", locale=parse_locale("fr"), depth=1 - depth, site_path="x", base_url=None, alternates=[])
    locale = parse_locale(code)
    page = page_head(title="t", locale=locale, depth=depth, site_path="x", base_url=None, alternates=[])
    assert (page["lang"], page["dir"], page["switcher_label"]) == (
        locale.bcp47,
        locale.direction,
        ui_text(locale, "languages"),
    )
    assert [page["css_href"], page["icon_href"], page["home_href"]] == [
        "../" * depth + name for name in ("site.css", "favicon.svg", "index.html")
    ]


def test_an_article_pages_notices_name_its_own_source_language() -> None:
    """Two editions in one locale from sources in two languages: each readiness notice names its
    own source's language (the words are made once per locale and source language)."""
    from l10n.publish.pages import _body_words

    de = parse_locale("de")
    for source_lang in ("en", "fr", "en"):
        notice, machine, review = _body_words(de, source_lang)
        assert notice == readiness_text(de, "notice", source_lang=source_lang)
        assert (machine, review) == (ui_text(de, "notice"), ui_text(de, "review"))
    assert _body_words(de, "en")[0] != _body_words(de, "fr")[0]


def _records(ready: set[str] | None) -> list[PageRecord]:
    codes = ["en", "de", "ar", "zh_CN", "ja"]
    return [
        PageRecord(
            path=f"{code}/story.html",
            domain="story",
            locale=code,
            headline="A headline",
            published_text="",
            percent_reviewed=100,
            ready=ready is None or code in ready,
            is_source=code == "en",
        )
        for code in codes
    ]


@pytest.mark.parametrize("ready", [None, {"en", "de", "ja"}])
def test_each_page_of_an_article_all_ready_or_not_lists_its_own_links(ready: set[str] | None) -> None:
    """Every version current once, and a page in a language the article has no page in (none
    current): the switcher lines of `record_links` for that page and reader."""
    records = _records(ready)
    shared = ArticleVersions(records)
    for code in [*(r.locale for r in records), "fr", "de"]:
        page = parse_locale(code)
        links = shared.links(page, page)
        assert switcher_items(links) == switcher_items(record_links(records, current=page, depth=1, reader=page))


def test_an_edition_renamed_is_what_replace_gives() -> None:
    """`_named` gives what `dataclasses.replace` gives, for an `ArticleEdition` with every field
    set; a field added to it must be added there (this test lists them)."""
    assert [f.name for f in dataclasses.fields(ArticleEdition)] == [
        "article",
        "is_source",
        "source_dir",
        "slug",
        "ready",
    ]
    edition = ArticleEdition(object(), is_source=True, source_dir=Path("/x"), slug="old", ready=False)
    assert _named(edition, "new") == dataclasses.replace(edition, slug="new")

    @dataclasses.dataclass(frozen=True)
    class Other(ArticleEdition):
        extra: int = 7

    other = Other(object(), extra=3)
    assert _named(other, "new") == dataclasses.replace(other, slug="new")
