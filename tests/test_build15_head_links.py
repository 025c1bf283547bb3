"""`publish.head_links` writes the bytes the Jinja loops of `base.html.j2` wrote (issue 16).

The reference is the loops themselves, rendered with the site's own Jinja settings
(`template_environment`: autoescape, trim/lstrip blocks), over links with every branch taken
(ready or not, current or not, a state or none) and values a hostile PO or article could put
there (markup, quotes, ampersands, right-to-left names).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import HOSTILE_TEXTS

from l10n.locales import parse_locale
from l10n.publish.head_links import alternate_links, switcher_items
from l10n.publish.pages import LanguageLink, language_links, page_head
from l10n.publish.site import template_environment

# the loops as base.html.j2 had them before `head_links` (its lines, verbatim)
SWITCHER_LOOP = """<ul>
{% for version in page["versions"] %}
<li{% if not version.ready %} class="not-ready"{% endif %}><a href="{{ version.href }}" hreflang="{{ version.hreflang }}" lang="{{ version.hreflang }}" dir="{{ version.direction }}"
{%- if version.current %} aria-current="page"{% endif %}>{{ version.name }}</a>
{%- if version.state %} <small class="state">{{ version.state }}</small>{% endif %}</li>
{% endfor %}
</ul>"""
ALTERNATES_LOOP = """<link rel="stylesheet" href="x.css">
{# a comment, as in the template #}
{% for alternate in page["alternates"] %}
<link rel="alternate" hreflang="{{ alternate["hreflang"] }}" href="{{ alternate["href"] }}">
{% endfor %}
</head>"""
SWITCHER_NOW = """<ul>
{{ switcher_items(page["versions"]) }}</ul>"""
ALTERNATES_NOW = """<link rel="stylesheet" href="x.css">
{# a comment, as in the template #}
{{ alternate_links(page["alternates"]) }}</head>"""


def _render(source: str, page: dict) -> str:
    return template_environment().from_string(source).render(page=page)


def _links() -> list[LanguageLink]:
    links = []
    for index, (ready, current, text) in enumerate(itertools.product([True, False], [True, False], HOSTILE_TEXTS)):
        links.append(
            LanguageLink(
                hreflang=text or "de",
                href=f"../{text}/{index}.html",
                name=text,
                direction="rtl" if index % 3 else "ltr",
                current=current,
                ready=ready,
                state=text if not ready else "",
            )
        )
    return links


def test_switcher_items_are_the_loops_bytes() -> None:
    links = _links()
    for count in (0, 1, len(links)):
        page = {"versions": links[:count]}
        assert _render(SWITCHER_NOW, page) == _render(SWITCHER_LOOP, page)


def test_switcher_items_of_real_locales_and_a_reader() -> None:
    """The links `language_links` makes for real locales, one not ready (its state in the
    reader's words), each page of the article current once."""
    locales = [parse_locale(code) for code in ("en", "ar", "zh_TW", "de", "ja")]
    for current in locales:
        entries = [(loc, f"{loc.code}/story.html", 50, loc.code != "de") for loc in locales]
        page = {"versions": language_links(entries, current=current, depth=1, reader=current)}
        assert _render(SWITCHER_NOW, page) == _render(SWITCHER_LOOP, page)


@pytest.mark.parametrize("indexable", [True, False])
def test_alternate_links_are_the_loops_bytes(indexable: bool) -> None:
    alternates = [(text or "x-default", f"{text}/page.html") for text in HOSTILE_TEXTS]
    for base_url in (None, "https://news.example.org/"):
        page = page_head(
            title="t",
            locale=parse_locale("ar"),
            depth=1,
            site_path="ar/page.html",
            base_url=base_url,
            alternates=alternates,
            indexable=indexable,
        )
        assert _render(ALTERNATES_NOW, page) == _render(ALTERNATES_LOOP, page)


def test_a_link_recurring_with_other_values_is_not_taken_from_another() -> None:
    """The markup kept for a link serves only that link: the same article's pages, another
    page current or another reader's state, each get their own."""
    links = _links()[:4]
    first = switcher_items(links)
    moved = [LanguageLink(**{**vars(link), "current": not link.current}) for link in links]
    assert switcher_items(moved) == _render(SWITCHER_LOOP, {"versions": moved})[len("<ul>\n") : -len("</ul>")]
    assert switcher_items(moved) != first
    assert alternate_links([{"hreflang": "de", "href": "a"}]) != alternate_links([{"hreflang": "de", "href": "b"}])


def test_a_symlink_in_a_folder_already_checked_is_refused(tmp_path) -> None:
    """`PublishReport.checked` walks a plain folder once per run; a file of that folder that is
    a symlink leading out of the site is still refused (its own `lstat`)."""
    from l10n.errors import ProjectError
    from l10n.publish.site import PublishReport

    site, outside = tmp_path / "site", tmp_path / "outside.html"
    (site / "de").mkdir(parents=True)
    outside.write_text("not the site's")
    report = PublishReport(out_dir=site, root=site.resolve())
    assert report.checked(site / "de" / "a.html") == site / "de" / "a.html"
    assert report.checked(site / "de" / "b.html") == site / "de" / "b.html"  # the folder as walked
    (site / "de" / "c.html").symlink_to(outside)
    with pytest.raises(ProjectError, match="outside the project root"):
        report.checked(site / "de" / "c.html")
    with pytest.raises(ProjectError, match="outside the project root"):
        report.checked(site / "de" / ".." / ".." / "outside.html")


def test_markup_and_plain_text_of_the_same_characters_each_render_as_the_loop() -> None:
    """A `Markup` value equals the plain string of its characters, so a cache keyed by equality
    would serve one for the other; each must render as the Jinja loop renders it (Markup as
    is, plain text escaped), whichever came first."""
    from markupsafe import Markup

    text = "<b>Deutsch</b> & more"
    for first, second in ((Markup(text), text), (text, Markup(text))):
        for value in (first, second):
            link = LanguageLink(hreflang="de", href=value, name=value, direction="ltr", current=False, state=value)
            page = {"versions": [link]}
            assert _render(SWITCHER_NOW, page) == _render(SWITCHER_LOOP, page)
            page = {"alternates": [{"hreflang": value, "href": value}]}
            assert _render(ALTERNATES_NOW, page) == _render(ALTERNATES_LOOP, page)
