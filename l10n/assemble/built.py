"""What `assemble` records of each edition it builds, so `publish` can take the edition from
`build/` instead of gating, assembling and rendering it again (`l10n.publish.built`).

A site page frames the edition's `<article>` (in `build/<locale>/<domain>.html`, written by
`render_html`) with a few facts the HTML holds only as markup: the plain headline, the
dateline's text, the summary for the meta description, the page language, and the counts and
held units that decide the notices and completeness. They are recorded beside the edition's
stamp (stage `assemble`: `[counts, held, facts]`), made from the same `LocalizedArticle` the
file was rendered from. The stamps file is hostile input like every file under `locales/`:
`read_facts` accepts exactly the written shape and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from l10n.assemble.article import LocalizedArticle

FACT_FIELDS = ("headline", "published_text", "summary_text", "source_lang", "lang")
FORMATS = frozenset({"html", "md", "txt"})
SOURCE_EDITION_STAGE = "assemble source edition"  # per article: `source_edition_record`


def edition_facts(article: LocalizedArticle, formats: Sequence[str]) -> dict[str, Any]:
    """The facts a site page needs of `article` besides its markup, and the formats it was
    written in (its stamp's fingerprint covers those files)."""
    return {
        "formats": list(formats),
        "headline": article.headline,
        "published_text": article.published_text,
        "summary_text": article.summary_text,
        "source_lang": article.source_lang,
        "lang": article.lang,
    }


def article_markup(page: str) -> str:
    """The `<article>` element of a page `render_html` wrote, serialised: the one way a site
    page takes an edition's markup (`publish.pages.article_fragment`)."""
    from lxml import html as lxml_html

    element = lxml_html.document_fromstring(page).find(".//article")
    return lxml_html.tostring(element, encoding="unicode", with_tail=False)


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
