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
