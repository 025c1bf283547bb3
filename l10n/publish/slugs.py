"""Page names: each article's editions named after its source headline, never two pages on
one path (nor a page on its locale's index or on another article's redirect), and the old
address `<locale>/<domain>.html` kept as a redirect where nothing else took it."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence
from pathlib import Path

from l10n.fsio_names import cut_with_digest
from l10n.project import windows_device
from l10n.publish.pages import HOME, headline_slug

_HOME_STEM = Path(HOME).stem  # "index": a locale's index page, no article's name

PAGE_STEM_MAX = 200
"""The longest page name before `.html`, in bytes (a slug and a domain are ASCII): a file name
may be 255 bytes (NAME_MAX on ext4 and tmpfs), and a name taken again and again grew by a domain
(up to 128 characters) each time until the page could not be written."""


def _bounded(slug: str) -> str:
    """`slug` when it is at most `PAGE_STEM_MAX` long, else cut to that with a digest of the
    whole (`fsio_names.cut_with_digest`): the same long name always gives the same page name.

    >>> len(_bounded("x" * 300)), _bounded("x" * 300) == _bounded("x" * 300), _bounded("short")
    (200, True, 'short')
    """
    return slug if len(slug) <= PAGE_STEM_MAX else cut_with_digest(slug, PAGE_STEM_MAX, mark="-")


def redirect_may_take(old_path: str, domain: str, taken: Mapping[str, str]) -> bool:
    """An article's old address `<locale>/<domain>.html` becomes its redirect unless it is the
    locale's index or another article's page (a headline may slug to this article's domain)."""
    return Path(old_path).stem != _HOME_STEM and taken.get(old_path, domain) == domain


def unique_slug(headline: str, domain: str, codes: Sequence[str], taken: Mapping[str, str]) -> str:
    """The name of an article's pages in the locales `codes`: its headline's slug; a name another
    article already has gets the article's domain appended (again if that is taken too), so two
    articles never share a page — nor a page its locale's index (`<locale>/index.html`: a
    headline "Index", or an `index.md` with a headline in Chinese, was overwritten by it) nor
    another's redirect, nor a Windows device name (`project.windows_device`: a headline "Nul"). A
    name that would pass `PAGE_STEM_MAX` is cut (`_bounded`)."""
    slug = headline_slug(headline) or domain

    def free(slug: str) -> bool:
        if slug == _HOME_STEM or windows_device(slug):  # "nul.html" is a device on Windows (redteam49)
            return False
        return all(taken.get(f"{code}/{slug}.html", domain) == domain for code in codes)

    while not free(slug):  # "foo-c" may be another headline's slug too: append until free
        slug = _bounded(f"{slug}-{domain}")
    return slug


def name_pages(
    headline: str, domain: str, codes: Sequence[str], taken: MutableMapping[str, str]
) -> tuple[str, list[str]]:
    """An article's page name (`unique_slug`) and the old addresses its redirects take, in the
    order of `codes` (`redirect_may_take`), each marked in `taken` as the article's: what
    depends on the articles before it. A publish decides it in article order, whoever renders."""
    slug = unique_slug(headline, domain, codes, taken)
    for code in codes:
        taken[f"{code}/{slug}.html"] = domain
    redirects: list[str] = []
    if slug != domain:
        for code in codes:
            old_path = f"{code}/{domain}.html"
            if redirect_may_take(old_path, domain, taken):
                taken[old_path] = domain
                redirects.append(old_path)
    return slug, redirects
