"""An article's versions made once for all its pages (`head_links.ArticleVersions`, issue 16).

Each page of an article lists the same versions; publish makes what they share once per article
and a page only picks its links. The reference is what every page made for itself before:
`pages.record_links` for the links and the Jinja loop `base.html.j2` had for the switcher (its
lines verbatim, rendered with the site's own settings), over the default locales, versions
below the readiness policy (their state in each reader's words) and values a hostile PO or
article could put in a path. The caches are asked in the order that would serve a stale answer
if a key were missing: another page current, another reader, another article at the same place.
"""

from __future__ import annotations

import pytest
from markupsafe import Markup

from l10n.locales import parse_locale
from l10n.publish.head_links import ArticleVersions, switcher_items
from l10n.publish.manifest import PageRecord
from l10n.publish.pages import page_head, record_links
from l10n.publish.site import template_environment

SWITCHER_LOOP = """{% for version in page["versions"] %}
<li{% if not version.ready %} class="not-ready"{% endif %}><a href="{{ version.href }}" hreflang="{{ version.hreflang }}" lang="{{ version.hreflang }}" dir="{{ version.direction }}"
{%- if version.current %} aria-current="page"{% endif %}>{{ version.name }}</a>
{%- if version.state %} <small class="state">{{ version.state }}</small>{% endif %}</li>
{% endfor %}"""

CODES = ["en", "de", "fr", "es", "pt", "ru", "ar", "zh_CN", "zh_TW", "ja", "ko", "fa", "sw"]
HOSTILE = ["plain", '<script>alert("x")</script>', "a & b", 'it\'s "quoted"', "العربية", "&amp; <b>"]


def _records(slug: str, not_ready: set[str]) -> list[PageRecord]:
    return [
        PageRecord(
            path=f"{code}/{slug}.html",
            domain="story",
            locale=code,
            headline="A headline",
            published_text="",
            percent_reviewed=100 if code not in not_ready else 40,
            ready=code not in not_ready,
            is_source=code == "en",
        )
        for code in CODES
    ]


def _loop(links) -> str:
    return template_environment().from_string(SWITCHER_LOOP).render(page={"versions": links})


@pytest.mark.parametrize("slug", ["biomedical-to-become-key-pillar", *HOSTILE])
def test_every_page_of_an_article_lists_what_it_made_for_itself(slug: str) -> None:
    records = _records(slug, not_ready={"de", "ar", "zh_TW", "sw"})
    shared = ArticleVersions(records)
    for record in records:  # each page current once, its own reader
        page = parse_locale(record.locale)
        own = record_links(records, current=page, depth=1, reader=page)
        links = shared.links(page, page)
        assert list(links) == own
        assert switcher_items(links) == switcher_items(own) == _loop(own)
    ready = [(parse_locale(r.locale).bcp47, r.path) for r in records if r.ready]
    assert shared.alternates == ready


def test_a_version_below_the_policy_says_so_in_each_readers_words() -> None:
    """The same article, the same page current, two readers: each gets its own word (a line
    kept without the state would give the first reader's to the second)."""
    records = _records("story", not_ready={"fr"})
    shared = ArticleVersions(records)
    page = parse_locale("de")
    for reader in ("de", "ar", "de", "ja"):
        own = record_links(records, current=page, depth=1, reader=parse_locale(reader))
        assert str(switcher_items(shared.links(page, parse_locale(reader)))) == _loop(own)


def test_another_article_at_the_same_places_gets_its_own_links() -> None:
    first, second = ArticleVersions(_records("first", set())), ArticleVersions(_records("second", set()))
    page = parse_locale("ja")
    assert "first.html" in switcher_items(first.links(page, page))
    assert "second.html" in switcher_items(second.links(page, page))
    assert "first.html" not in switcher_items(second.links(page, page))


def test_a_path_given_as_markup_is_escaped_as_the_loop_escapes_it() -> None:
    """A `Markup` value is printed unescaped by Jinja: such links are made page by page."""
    records = _records("story", not_ready={"de"})
    records[1] = PageRecord(**{**records[1].as_json(), "path": Markup("de/<b>.html")})
    page = parse_locale("fr")
    own = record_links(records, current=page, depth=1, reader=page)
    assert switcher_items(ArticleVersions(records).links(page, page)) == _loop(own)


def test_alternates_shared_by_pages_are_each_pages_own() -> None:
    """`page_head`'s alternates are made once per list, base URL and depth: a page of another
    site, or at another depth, with the same list gets its own URLs."""
    pairs = [("de", "de/a.html"), ("x-default", "en/a.html")]
    heads = [
        page_head(
            title="t", locale=parse_locale("de"), depth=depth, site_path="de/a.html", base_url=url, alternates=pairs
        )
        for url in (None, "https://news.example.org/", "https://other.example.org/l10n/")
        for depth in (1, 0)
    ]
    hrefs = [[item["href"] for item in head["alternates"]] for head in heads]
    assert hrefs == [
        ["../de/a.html", "../en/a.html"],
        ["de/a.html", "en/a.html"],
        ["https://news.example.org/de/a.html", "https://news.example.org/en/a.html"],
        ["https://news.example.org/de/a.html", "https://news.example.org/en/a.html"],
        ["https://other.example.org/l10n/de/a.html", "https://other.example.org/l10n/en/a.html"],
        ["https://other.example.org/l10n/de/a.html", "https://other.example.org/l10n/en/a.html"],
    ]
    assert page_head(
        title="t", locale=parse_locale("de"), depth=1, site_path="de/a.html", base_url=None, alternates=pairs[:1]
    )["alternates"] == [{"hreflang": "de", "href": "../de/a.html"}]


def test_a_page_changing_its_alternates_changes_no_other_pages() -> None:
    """The alternates are made once per list and shared: one page's list appended to, or an
    item changed, must not reach the next page with the same list (review18 P2)."""
    pairs = [("de", "de/a.html"), ("x-default", "en/a.html")]

    def head() -> dict:
        return page_head(
            title="t", locale=parse_locale("de"), depth=1, site_path="de/a.html", base_url=None, alternates=pairs
        )

    first = head()
    first["alternates"].append({"hreflang": "xx", "href": "stale"})
    with pytest.raises(TypeError):
        first["alternates"][0]["href"] = "stale"
    assert head()["alternates"] == [
        {"hreflang": "de", "href": "../de/a.html"},
        {"hreflang": "x-default", "href": "../en/a.html"},
    ]


def test_pages_do_not_import_the_links_module() -> None:
    """Layers point one way: `head_links` builds on `pages`, never the reverse (review18 P1)."""
    import ast
    import inspect

    import l10n.publish.pages as pages

    imported = {
        node.module for node in ast.walk(ast.parse(inspect.getsource(pages))) if isinstance(node, ast.ImportFrom)
    }
    assert "l10n.publish.head_links" not in imported
