"""Page names: each article's editions named after its source headline, never two pages on
one path (nor a page on its locale's index or on another article's redirect), and the old
address `<locale>/<domain>.html` kept as a redirect where nothing else took it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from l10n.publish.pages import HOME, ArticleEdition, headline_slug, page_path


def redirect_may_take(old_path: str, domain: str, taken: dict[str, str]) -> bool:
    """An article's old address `<locale>/<domain>.html` becomes its redirect unless it is the
    locale's index or another article's page (a headline may slug to this article's domain)."""
    return Path(old_path).stem != Path(HOME).stem and taken.get(old_path, domain) == domain


def with_unique_slugs(editions: Sequence[ArticleEdition], taken: dict[str, str]) -> list[ArticleEdition]:
    """Each edition named after the source headline; a name another article already has gets
    the article's domain appended (again if that is taken too), so two articles never share a
    page — nor a page its locale's index (`<locale>/index.html`: a headline "Index", or an
    `index.md` with a headline in Chinese, was overwritten by it) nor another's redirect."""
    source = editions[0]
    slug = headline_slug(source.article.headline) or source.domain

    def free(slug: str) -> bool:
        return slug != Path(HOME).stem and all(
            taken.get(page_path(e.locale, slug), source.domain) == source.domain for e in editions
        )

    while not free(slug):  # "foo-c" may be another headline's slug too: append until free
        slug = f"{slug}-{source.domain}"
    named = [dataclasses.replace(edition, slug=slug) for edition in editions]
    for edition in named:
        taken[edition.path] = edition.domain
    return named
