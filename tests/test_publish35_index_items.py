"""`head_links.index_items` writes the bytes the root index's language loop wrote (session 35,
issue 16: cold publish within 2× of writing its bytes).

The reference is the loop itself, as `root_index.html.j2` had it (its lines, verbatim), rendered
with the site's own Jinja settings (`template_environment`: autoescape, trim/lstrip blocks),
over links with every branch taken (ready or not, a state or none, complete or not) and values a
hostile PO or article could put there; and the root index of real records, as before.
"""

from __future__ import annotations

import itertools

from conftest import HOSTILE_TEXTS
from markupsafe import Markup

from l10n.locales import parse_locale
from l10n.publish.head_links import index_items
from l10n.publish.indexes import root_index
from l10n.publish.manifest import PageRecord
from l10n.publish.pages import LanguageLink
from l10n.publish.site import template_environment

INDEX_LOOP = """<ul class="languages">
{% for version in article["versions"] %}
<li{% if not version.ready %} class="not-ready"{% endif %}><a href="{{ version.href }}" hreflang="{{ version.hreflang }}" lang="{{ version.hreflang }}" dir="{{ version.direction }}">{{ version.name }}</a>
{% if version.state %}<span class="state">{{ version.state }}</span>{% endif %}
<span class="completeness{% if version.percent_reviewed == 100 %} complete{% endif %}">{{ version.percent_reviewed }}% reviewed</span></li>
{% endfor %}
</ul>"""
INDEX_NOW = """<ul class="languages">
{# a comment, as in the template #}
{{ index_items(article["versions"]) }}</ul>"""


def _render(source: str, versions: list[LanguageLink]) -> str:
    return template_environment().from_string(source).render(article={"versions": versions})


def _links() -> list[LanguageLink]:
    links = []
    cases = itertools.product([True, False], HOSTILE_TEXTS, [0, 42, 100, None, True, 99.5])
    for index, (ready, text, percent) in enumerate(cases):
        links.append(
            LanguageLink(
                hreflang=text or "de",
                href=f"../{text}/{index}.html",
                name=text,
                direction="rtl" if index % 3 else "ltr",
                current=False,
                percent_reviewed=percent,  # type: ignore[arg-type]  (a hostile record's value too)
                ready=ready,
                state=text if not ready else "",
            )
        )
    return links


def test_index_items_are_the_loops_bytes() -> None:
    links = _links()
    for count in (0, 1, len(links)):
        assert _render(INDEX_NOW, links[:count]) == _render(INDEX_LOOP, links[:count])


def test_index_items_of_markup_values_are_the_loops_bytes() -> None:
    """A field that is `Markup` prints unescaped in the loop: never served a plain string's kept line."""
    plain = _links()[:6]
    marked = [
        LanguageLink(
            hreflang=link.hreflang,
            href=Markup(link.href),
            name=Markup(link.name),
            direction=link.direction,
            current=False,
            percent_reviewed=link.percent_reviewed,
            ready=link.ready,
            state=Markup(link.state),
        )
        for link in plain
    ]
    both = [*plain, *marked, *plain]
    assert _render(INDEX_NOW, both) == _render(INDEX_LOOP, both)


def test_the_root_index_of_real_records_is_the_loops() -> None:
    """The root page's whole text, made from page records of real locales (one below the
    readiness policy), against the template with the loop."""
    codes = ("en", "de", "ar", "zh_CN", "ja")
    records = [
        PageRecord(
            f"{code}/story-{n}.html",
            f"story-{n}",
            code,
            f"Story {n} “{code}”",
            "",
            100 if code == "en" else 10 * n,
            code != "ar",
            code == "en",
        )
        for n in range(3)
        for code in codes
    ]
    locales = [parse_locale(code) for code in codes[1:]]
    context = root_index(records, locales, base_url=None)
    env = template_environment()
    page = env.get_template("root_index.html.j2").render(**context)
    source = env.loader.get_source(env, "root_index.html.j2")[0]
    start = source.index('<ul class="languages">')
    end = source.index("</ul>", start) + len("</ul>")
    looped = env.from_string(source[:start] + INDEX_LOOP + source[end:]).render(**context)
    assert page == looped
    assert page.count('<li class="not-ready">') == 3 and page.count(" complete") == 3
