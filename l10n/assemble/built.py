"""What `assemble` records of each edition it builds, so `publish` can take the edition from
`build/` instead of gating, assembling and rendering it again (`l10n.publish.built`).

A site page frames the edition's `<article>` (in `build/<locale>/<domain>.html`, written by
`render_html`) with a few facts the HTML holds only as markup: the plain headline, the
dateline's text and its `<time datetime>` value, the summary for the meta description, the page
language, and the counts and held units that decide the notices and completeness. They are
recorded beside the edition's stamp (stage `assemble`: `[counts, held, facts]`), made from the
same `LocalizedArticle` the file was rendered from. The stamps file is hostile input like every file under `locales/`:
`read_facts` accepts exactly the written shape and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from l10n.assemble.readiness import html_article_start

if TYPE_CHECKING:  # `publish` reads these records without the model (`publish.built`)
    from l10n.assemble.article import LocalizedArticle

FACT_FIELDS = ("headline", "published_text", "published_datetime", "summary_text", "source_lang", "lang")
FORMATS = frozenset({"html", "md", "txt"})
SOURCE_EDITION_STAGE = "assemble source edition"  # per article: `source_edition_record`


def edition_facts(article: LocalizedArticle, formats: Sequence[str]) -> dict[str, Any]:
    """The facts a site page needs of `article` besides its markup, and the formats it was
    written in (its stamp's fingerprint covers those files)."""
    return {
        "formats": list(formats),
        "headline": article.headline,
        "published_text": article.published_text,
        "published_datetime": article.published_datetime,  # the indexes' `<time datetime>`
        "summary_text": article.summary_text,
        "source_lang": article.source_lang,
        "lang": article.lang,
    }


def article_markup(page: str) -> str:
    """The `<article>` element of a page `render_html` wrote, serialised: the one way a site
    page takes an edition's markup (`publish.pages.article_fragment`). Cut out of the page
    where that is what parsing it gives (`article_slice`), else parsed."""
    sliced = article_slice(page)
    return sliced if sliced is not None else parsed_article_markup(page)


def parsed_article_markup(page: str) -> str:
    """The `<article>` element as lxml (libxml2's HTML parser and serialiser) gives it back."""
    from lxml import html as lxml_html

    element = lxml_html.document_fromstring(page).find(".//article")
    return lxml_html.tostring(element, encoding="unicode", with_tail=False)


_PAGE_END = "</article></body>\n</html>\n"  # how `render_html`'s pages end
_ANCHOR_TAG = re.compile(r"<a[ >]|</a>")


def article_slice(page: str) -> str | None:
    """The `<article>` element of a `render_html` page as written, or None where that may not
    be what `parsed_article_markup` gives. Parsing the page to serialise one element again was
    ~9 % of a cold `publish` (0.8 CPU s for 10,000 editions against 0.06 s to cut them out).

    The serialiser escapes `<` in text and attribute values, so the page's first `<body><article`
    (or the `<article` after the readiness notice of an unfinished edition:
    `readiness.html_article_start`) and its last `</article>` are the element's tags. Parsed again, what it wrote comes back the
    same, except (found by trying every phrasing tag nested in every container, every character
    up to U+3000 in text and URL attributes, whitespace and empty text in every container:
    `tests/test_site_fast_paths.py`) a link inside a link (the parser closes the outer one), a
    carriage return (written `&#13;`, given back raw) and an empty `<li></li>` (given back
    without its end tag): a page holding any of these, or not shaped as `render_html` writes,
    gets None and is parsed."""
    start = page.find("<body><article")
    start = start + len("<body>") if start >= 0 else html_article_start(page)  # (an unfinished edition's notice)
    if start < 0 or not page.endswith(_PAGE_END):
        return None
    markup = page[start : len(page) - len(_PAGE_END) + len("</article>")]
    if "&#13;" in markup or "<li></li>" in markup:
        return None
    opened = False
    for match in _ANCHOR_TAG.finditer(markup):  # `balanced_pieces` closes every tag it opens
        closing = match.group() == "</a>"
        if opened == closing:
            opened = not opened
        else:
            return None  # a link opened inside a link (or a stray end tag)
    return markup


def source_edition_record(article: LocalizedArticle) -> dict[str, Any]:
    """What a site page needs of the source-language edition (which `assemble` writes no file
    for): its locale, counts, facts and `<article>` markup. Made for no article with a relative
    image (the site points it to another path, `publish.media`): `assembly._source_page`
    decides that before assembling the edition."""
    from l10n.assemble.html import render_html

    facts = edition_facts(article, ["html"])
    return {
        "locale": article.locale.code,
        "edition": [dict(article.counts), dict(article.held), facts],
        "markup": article_markup(render_html(article)),
    }


def read_source_record(payload: Any) -> tuple[str, tuple[dict[str, int], dict[str, int], dict[str, Any]], str] | None:
    """(locale code, `read_facts` of it, markup) of a recorded source edition, or None for
    anything that is not exactly what `source_edition_record` makes."""
    if not (isinstance(payload, dict) and set(payload) == {"locale", "edition", "markup"}):
        return None
    locale, edition, markup = payload["locale"], read_facts(payload["edition"]), payload["markup"]
    if not (isinstance(locale, str) and edition is not None and isinstance(markup, str)):
        return None
    return locale, edition, markup


def read_facts(payload: Any) -> tuple[dict[str, int], dict[str, int], dict[str, Any]] | None:
    """(counts, held, facts) of an edition's recorded payload, or None for anything that is not
    exactly what `assemble` records (a record of an older shape, a damaged or foreign file).

    >>> read_facts([{"mt": 2}, {}, {"formats": ["html"], **dict.fromkeys(FACT_FIELDS, "x")}])[0]
    {'mt': 2}
    >>> read_facts([{"mt": "2"}, {}, {}]) is None, read_facts([{}, {}]) is None
    (True, True)
    """
    if not (isinstance(payload, list) and len(payload) == 3):
        return None
    counts, held, facts = payload
    if not (_counts(counts) and _counts(held) and isinstance(facts, dict)):
        return None
    formats = facts.get("formats")
    if not (isinstance(formats, list) and formats and all(isinstance(f, str) and f in FORMATS for f in formats)):
        return None
    if not all(isinstance(facts.get(name), str) for name in FACT_FIELDS):
        return None
    return counts, held, facts


def _counts(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(key, str) and type(count) is int and count >= 0 for key, count in value.items()
    )
