"""`head_links.index_rows` writes the bytes a locale index's article loop wrote (session 42,
issue 16: cold publish within 2× of writing its bytes).

The reference is the loop itself, as `locale_index.html.j2` had it (its lines, verbatim),
rendered with the site's own Jinja settings (`template_environment`: autoescape, trim/lstrip
blocks), over rows with every branch taken (ready or not, a date or none) and values a hostile
PO or article could put there; and the locale index of real records.
"""

from __future__ import annotations

import itertools

from conftest import HOSTILE_TEXTS
from markupsafe import Markup

from l10n.assemble.machine_time import is_machine_datetime
from l10n.locales import parse_locale
from l10n.publish.indexes import locale_index
from l10n.publish.manifest import PageRecord
from l10n.publish.site import template_environment

ROWS_LOOP = """<ul class="article-list">
{% for row in rows %}
<li{% if not row["ready"] %} class="not-ready"{% endif %}><a href="{{ row["href"] }}">{{ row["headline"] }}</a>
{% if row["published_text"] %}{% if row["published_datetime"] and dated(row["published_datetime"]) %}<time datetime="{{ row["published_datetime"] }}">\
{{ row["published_text"] }}</time>{% else %}<span class="date">{{ row["published_text"] }}</span>{% endif %}{% endif %}
<span class="state">{{ row["state"] }}</span>
<span class="completeness">{{ row["completeness"] }}</span></li>
{% endfor %}
</ul>"""
DATED = {"dated": is_machine_datetime}  # redteam48: a value no date string (a forged record's) writes no <time>
ROWS_NOW = """<ul class="article-list">
{# a comment, as in the template #}
{{ index_rows(rows) }}</ul>"""


def _render(source: str, rows: list[dict[str, object]]) -> str:
    return template_environment().from_string(source, globals=DATED).render(rows=rows)


def _rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for index, (ready, text, date, moment) in enumerate(
        itertools.product([True, False, 0, "x"], HOSTILE_TEXTS, ["", "3 May", "<b>"], ["", "2025-05-03", '"<b>'])
    ):
        rows.append(
            {
                "href": f"{text}-{index}.html",
                "headline": text or f"story {index}",
                "published_text": date,
                "published_datetime": moment,
                "ready": ready,
                "state": text,
                "completeness": f"{index} % {text}",
            }
        )
    return rows


def test_index_rows_are_the_loops_bytes() -> None:
    rows = _rows()
    for count in (0, 1, len(rows)):
        assert _render(ROWS_NOW, rows[:count]) == _render(ROWS_LOOP, rows[:count])


def test_index_rows_of_markup_and_other_values_are_the_loops_bytes() -> None:
    """A field that is `Markup` prints unescaped in the loop, a number as its text: never
    served a plain string's kept line."""
    plain = _rows()[:8]
    odd: list[dict[str, object]] = []
    for n, row in enumerate(plain):
        name = ("href", "headline", "published_text", "state", "completeness")[n % 5]
        odd.append({**row, name: Markup(str(row[name]) or "<i>x</i>")})
        odd.append({**row, name: n})
    both = [*plain, *odd, *plain]
    assert _render(ROWS_NOW, both) == _render(ROWS_LOOP, both)


def test_a_locale_index_of_real_records_is_the_loops() -> None:
    """A locale index's whole text, made from page records of real locales (one below the
    readiness policy, one without a date), against the template with the loop."""
    codes = ("en", "de", "ar", "ja")
    records = [
        PageRecord(
            f"{code}/story-{n}.html",
            f"story-{n}",
            code,
            f"Story {n} “{code}” & <more>",
            "" if n == 1 else f"{n} May 2025",
            100 if code == "en" else 10 * n,
            code != "ar" and n != 2,
            code == "en",
            "" if n == 2 else f"2025-05-0{n + 1}",  # n == 2: a record of before session 47
        )
        for n in range(3)
        for code in codes
    ]
    locales = [parse_locale(code) for code in codes]
    env = template_environment()
    source = env.loader.get_source(env, "locale_index.html.j2")[0]
    start = source.index('<ul class="article-list">')
    end = source.index("</ul>", start) + len("</ul>")
    looped = env.from_string(source[:start] + ROWS_LOOP + source[end:], globals=DATED)
    for locale in locales:
        context = locale_index(records, locale, locales, base_url=None)
        page = env.get_template("locale_index.html.j2").render(**context)
        assert page == looped.render(**context)
    assert (
        env.get_template("locale_index.html.j2")
        .render(**locale_index(records, locales[1], locales, base_url=None))
        .count('<li class="not-ready">')
        == 1
    )
