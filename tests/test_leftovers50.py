"""Session 50's publishing leftovers, through the real CLI (`workflow.py`), each on a project of
its own.

- Page names differing only in letter case (`publish.slugs`): an article whose id holds capitals
  (`News`) has its old address `de/News.html` as a redirect, and an article without a Latin
  letter in its headline is named after its id (`de/Shanghai.html`); another article's headline
  "News" or "Shanghai" slugged to `de/news.html` / `de/shanghai.html`: two files here, one on
  macOS and Windows, where `site/` is copied. Names are now taken case-folded.
- A published page keeps its address (`slugs.name_pages`'s `kept`): slugs were recomputed at each
  publish, so an edited headline, or a change to the slug rule (session 49's "ß" → "ss"), moved
  the page to a new file with nothing at the old address (a stale copy until `--prune` deleted
  it) — while the sitemap, the indexes and the other languages' `hreflang` links moved to the new one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from conftest import run_l10n

CONFIG = '[l10n]\nlocales = ["de", "fr"]\nengine = "pseudo"\n'
BASE = "http://127.0.0.1:8000/"  # `site.DEFAULT_BASE_URL`: the sitemap's addresses without `base_url`
CHAIN = (("extract", "seeds"), ("update",), ("translate",), ("publish",))


def _article(headline: str, n: int = 0) -> str:
    return (
        f"---\ntitle: {headline}\ndate: 2026-03-02T09:15:00+08:00\n---\n\n"
        f"The library reopened on Monday after {n + 2} years.\n\nVisitors can borrow {n + 12} books at a time.\n"
    )


def _project(root: Path, articles: dict[str, str]) -> Path:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "l10n.toml").write_text(CONFIG, encoding="utf-8")
    for n, (name, headline) in enumerate(articles.items()):
        (root / "seeds" / name).write_text(_article(headline, n), encoding="utf-8")
    return root


def _chain(root: Path, *publish: str) -> None:
    for command in CHAIN:
        run_l10n(root, *command, *(publish if command[0] == "publish" else ()))


def _pages(root: Path, locale: str = "de") -> list[str]:
    return sorted(path.name for path in (root / "site" / locale).iterdir())


def _folded(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).casefold())


def _one_name_each_on_macos(root: Path) -> None:
    for folder in [root / "site", *(path for path in (root / "site").rglob("*") if path.is_dir())]:
        names = [path.name for path in folder.iterdir()]
        assert len({_folded(name) for name in names}) == len(names), sorted(names)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_page_names_differing_only_in_case_are_one_name(tmp_path: Path, jobs: str) -> None:
    root = _project(
        tmp_path,
        {
            "News.md": "Riverside library reopens",  # its old address de/News.html: a redirect
            "Shanghai.md": "上海图书馆重新开放",  # no Latin letter: its page is de/Shanghai.html
            "zz-news.md": "News",
            "zz-shanghai.md": "Shanghai",
        },
    )
    _chain(root, "--jobs", jobs)
    _one_name_each_on_macos(root)
    assert _pages(root) == [
        "News.html",
        "Shanghai.html",
        "index.html",
        "news-zz-news.html",  # the domain appended, as for any name taken
        "riverside-library-reopens.html",
        "shanghai-zz-shanghai.html",
        "zz-news.html",  # the two articles' old addresses, redirects
        "zz-shanghai.html",
    ]


def test_a_page_published_before_keeps_its_name_when_a_twin_in_case_comes(tmp_path: Path) -> None:
    """The lower-case twin comes first in article order, after the capitals' pages were published."""
    root = _project(tmp_path, {"News.md": "Riverside library reopens", "Shanghai.md": "上海图书馆重新开放"})
    _chain(root)
    before = _pages(root)
    assert before == ["News.html", "Shanghai.html", "index.html", "riverside-library-reopens.html"]
    (root / "seeds" / "0-news.md").write_text(_article("News", 5), encoding="utf-8")
    (root / "seeds" / "0-shanghai.md").write_text(_article("Shanghai", 6), encoding="utf-8")
    _chain(root)
    _one_name_each_on_macos(root)
    assert (
        _pages(root)
        == [
            "0-news.html",  # the new articles' old addresses (redirects)
            "0-shanghai.html",
            *before[:3],
            "news-0-news.html",
            before[3],
            "shanghai-0-shanghai.html",
        ]
    )


def _links(root: Path) -> set[str]:
    """Every page the site links to (`href`, the sitemap's `<loc>`), site-relative."""
    site = (root / "site").resolve()
    found: set[str] = set()
    for path in site.rglob("*"):
        if path.suffix in (".html", ".xml"):
            for link in re.findall(r'(?:href="|<loc>)([^"<#]+)', path.read_text(encoding="utf-8")):
                target = site / link.removeprefix(BASE) if link.startswith(BASE) else (path.parent / link).resolve()
                if target.suffix == ".html":
                    found.add(target.relative_to(site).as_posix())
    return found


def _assert_live_at(root: Path, slug: str, gone: str) -> None:
    """Every language's page at `slug`, none at `gone`, and every link pointing at a live page."""
    for locale in ("en", "de", "fr"):
        assert f"{slug}.html" in _pages(root, locale)
        assert f"{gone}.html" not in _pages(root, locale)
    links = _links(root)
    assert {f"{locale}/{slug}.html" for locale in ("en", "de", "fr")} <= links
    assert all((root / "site" / link).is_file() for link in links), sorted(links)
    sitemap = (root / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert f"/de/{slug}.html" in sitemap and gone not in sitemap


@pytest.mark.parametrize("options", [(), ("--prune",), ("--jobs", "2")])
def test_an_edited_headline_leaves_the_page_at_its_address(tmp_path: Path, options: tuple[str, ...]) -> None:
    root = _project(tmp_path, {"news.md": "Riverside library reopens"})
    _chain(root)
    source = root / "seeds" / "news.md"
    source.write_text(source.read_text(encoding="utf-8").replace("reopens", "reopens its doors"), encoding="utf-8")
    _chain(root, *options)
    _assert_live_at(root, "riverside-library-reopens", gone="riverside-library-reopens-its-doors")
    page = (root / "site" / "en" / "riverside-library-reopens.html").read_text(encoding="utf-8")
    assert "<h1>Riverside library reopens its doors</h1>" in page  # the page itself is the edited one
    assert "news.html" in _pages(root)  # the old address by id still redirects


def test_a_page_named_by_an_older_slug_rule_keeps_its_address(tmp_path: Path) -> None:
    """A site as session 48 left it: "ß" was dropped from slugs ("strae-schliet"), now it is "ss".
    Made from this version's site by giving its pages the older names, as that version wrote them
    (the files renamed, the manifest's records and file list with them)."""
    root = _project(tmp_path, {"news.md": "Straße schließt"})
    _chain(root)
    new, old = "strasse-schliesst", "strae-schliet"
    for path in sorted((root / "site").rglob(f"{new}.html")):
        path.rename(path.with_name(f"{old}.html"))
    manifest = root / ".site.l10n-manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(new, old), encoding="utf-8")
    assert json.loads(manifest.read_text(encoding="utf-8"))["pages"][0]["path"].endswith(f"/{old}.html")
    run_l10n(root, "publish")
    _assert_live_at(root, old, gone=new)
    run_l10n(root, "publish", "--prune")
    _assert_live_at(root, old, gone=new)


def test_number_symbols_are_taken_by_name() -> None:
    """`NumberSymbols.style`: (group, decimal, proven) by name, not a slice `[:3]` that would take
    `scales` the day a field came before it; an article whose numbers prove nothing keeps its
    language's symbols, unproven."""
    from l10n.placeables.variety import article_number_symbols, scale_words

    symbols = article_number_symbols("es", "Costó 81.000 euros.")._replace(scales=scale_words("es"))
    assert symbols.style == (".", ",", False)
    assert article_number_symbols("es", "Costó $150,000, un 3.2 por ciento más.").style == (",", ".", True)


def test_a_forged_share_reviewed_is_read_from_the_page(tmp_path: Path) -> None:
    """redteam49 left it: a record's `percent_reviewed` within 0–100 was shown as the manifest
    said, on the indexes and in the other pages' switchers, for a page not built again. A
    manifest that is not the bytes publish last wrote has it checked against the page's own
    line ("0 % examiné"), as its `ready` is."""
    root = _project(tmp_path, {"news.md": "Riverside library reopens"})
    _chain(root)
    site = {path: path.read_bytes() for path in sorted((root / "site").rglob("*")) if path.is_file()}
    manifest = root / ".site.l10n-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    (record,) = [page for page in data["pages"] if page["locale"] == "fr"]
    assert record["percent_reviewed"] == 0
    record["percent_reviewed"] = 100
    manifest.write_text(json.dumps(data), encoding="utf-8")
    run_l10n(root, "publish", "--locales", "de")
    assert {path: path.read_bytes() for path in site} == site  # fr still "0 %" on every index
    (record,) = [page for page in json.loads(manifest.read_text(encoding="utf-8"))["pages"] if page["locale"] == "fr"]
    assert record["percent_reviewed"] == 0


def test_of_two_recorded_names_alike_in_case_the_first_keeps_it() -> None:
    """A site published before names were case-folded may hold `en/News.html` (the page of an
    article `News` whose headline has no Latin letter) and `en/news.html` (another's headline
    "News"): the first recorded keeps its name, the other is named again, its redirect with it."""
    from l10n.publish.manifest import PageRecord
    from l10n.publish.slugs import kept_slugs, name_pages, taken_by

    records = [
        PageRecord("en/News.html", "News", "en", "上海", "", 100, True, True),
        PageRecord("en/news.html", "zz", "en", "News", "", 100, True, True),
    ]
    taken, kept = taken_by(records, {"en/News.html", "en/news.html", "en/zz.html"}), kept_slugs(records)
    assert kept == {"News": "News", "zz": "news"}
    assert name_pages("上海", "News", ["en"], taken, kept["News"]) == ("News", [])
    assert name_pages("News", "zz", ["en"], taken, kept["zz"]) == ("news-zz", ["en/zz.html"])
