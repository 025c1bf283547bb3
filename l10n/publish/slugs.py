"""Page names: each article's editions named after its source headline when first published
and kept there after (`kept`), never two pages on one path — nor on two paths macOS or Windows
hold as one (`name_key`) — nor a page on its locale's index or on another article's redirect,
and the old address `<locale>/<domain>.html` kept as a redirect where nothing else took it.

`taken` maps the `name_key` of each path named so far to the article holding it."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Mapping, MutableMapping, Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from l10n.fsio_names import cut_with_digest
from l10n.project import windows_device
from l10n.publish.pages import HOME, headline_slug

if TYPE_CHECKING:
    from l10n.publish.manifest import PageRecord

_HOME_STEM = PurePosixPath(HOME).stem  # "index": a locale's index page, no article's name

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


def name_key(path: str) -> str:
    """The key under which a site path is taken: case-folded (Unicode `casefold`, NFC), as macOS
    (APFS, HFS+) and Windows (NTFS) compare names by default. `de/News.html` (the redirect at
    the old address of an article with id `News`, or the page of such an article's headline with
    no Latin letter) and another article's `de/news.html` were two files here and one file where
    `site/` was copied (redteam49). A site path is ASCII (a locale code, a slug or an id).

    >>> name_key("de/News.html") == name_key("de/news.html"), name_key("x/STRASSE") == name_key("x/straße")
    (True, True)
    """
    if path.isascii():
        return path.lower()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", path).casefold())


def taken_by(records: Iterable[PageRecord], files: Collection[str] = ()) -> dict[str, str]:
    """`taken` as the pages recorded by earlier runs leave it: each path's `name_key` → its
    article; and each article's redirect among the site's `files` (the manifest's: its old
    address `<locale>/<domain>.html` beside a page of another name), so a new headline's page
    does not take a published address (`de/news.html` of a headline "News" and the redirect
    `de/News.html` of an article `News`). Of two recorded paths macOS would hold as one
    (written before names were case-folded) the first recorded keeps the name; the other's
    article is named again (`unique_slug`)."""
    taken: dict[str, str] = {}
    for record in records:
        taken.setdefault(name_key(record.path), record.domain)
    for record in records:
        old_path = f"{record.locale}/{record.domain}.html"
        if old_path != record.path and old_path in files:
            taken.setdefault(name_key(old_path), record.domain)
    return taken


def kept_slugs(records: Iterable[PageRecord]) -> dict[str, str]:
    """article → the name its pages have on the site (its source page's, else the first
    recorded): what `name_pages` keeps, so a published address does not move."""
    kept: dict[str, str] = {}
    for record in records:
        slug = record.path.rpartition("/")[2].removesuffix(".html")  # strings: a `Path` each cost ~20 ms a site
        if record.is_source:
            kept[record.domain] = slug
        else:
            kept.setdefault(record.domain, slug)
    return kept


def redirect_may_take(old_path: str, domain: str, taken: Mapping[str, str]) -> bool:
    """An article's old address `<locale>/<domain>.html` becomes its redirect unless it is the
    locale's index or another article's page (a headline may slug to this article's domain) — in
    any letter case (`name_key`: `de/Index.html` is `de/index.html` on macOS)."""
    key = name_key(old_path)
    return key.rpartition("/")[2] != HOME and taken.get(key, domain) == domain


def unique_slug(
    headline: str, domain: str, codes: Sequence[str], taken: Mapping[str, str], kept: str | None = None
) -> str:
    """The name of an article's pages in the locales `codes`: `kept`, the name its pages were
    published under (`kept_slugs`), while it is free — a published address never moves, not
    for an edited headline nor for a change to the slug rule (session 49's "ß" → "ss"); else
    its headline's slug; a name another article already has gets the article's domain appended
    (again if that is taken too), so two articles never share a page — nor a page its locale's
    index (`<locale>/index.html`: a headline "Index", or an `index.md` with a headline in
    Chinese, was overwritten by it) nor another's redirect, nor a Windows device name
    (`project.windows_device`: a headline "Nul"), in any letter case (`name_key`). A name that
    would pass `PAGE_STEM_MAX` is cut (`_bounded`)."""

    def free(slug: str) -> bool:
        if name_key(slug) == _HOME_STEM or windows_device(slug):  # "nul.html" is a device on Windows (redteam49)
            return False
        return all(taken.get(name_key(f"{code}/{slug}.html"), domain) == domain for code in codes)

    if kept and len(kept) <= PAGE_STEM_MAX and free(kept):
        return kept
    slug = headline_slug(headline) or domain
    while not free(slug):  # "foo-c" may be another headline's slug too: append until free
        slug = _bounded(f"{slug}-{domain}")
    return slug


def name_pages(
    headline: str, domain: str, codes: Sequence[str], taken: MutableMapping[str, str], kept: str | None = None
) -> tuple[str, list[str]]:
    """An article's page name (`unique_slug`; `kept`: the name its pages have, `kept_slugs`) and
    the old addresses its redirects take, in the order of `codes` (`redirect_may_take`), each
    marked in `taken` as the article's: what depends on the articles before it. A publish
    decides it in article order, whoever renders."""
    slug = unique_slug(headline, domain, codes, taken, kept)
    for code in codes:
        taken[name_key(f"{code}/{slug}.html")] = domain
    redirects: list[str] = []
    if slug != domain:
        for code in codes:
            old_path = f"{code}/{domain}.html"
            if redirect_may_take(old_path, domain, taken):
                taken[name_key(old_path)] = domain
                redirects.append(old_path)
    return slug, redirects
