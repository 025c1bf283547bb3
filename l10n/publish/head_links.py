"""The hreflang `<link>`s and the language switcher's items of `base.html.j2`, as markup.

Every page of an article lists the same versions: ten languages' links, escaped anew on each
of its eleven pages by a Jinja loop, were ~40 % of the escaping a cold publish did (1.08
million `markupsafe.escape` calls for 22,000 pages). Here each link is escaped once and its
markup reused while it recurs (the switcher item of a version differs between an article's
pages only in `aria-current` and the reader's words for its state; the hreflang list of an
article's indexable pages not at all). The bytes are the loop's: `tests/test_build15_head_links.py`
renders both, hostile values included, with the site's own Jinja settings.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

from l10n.publish.pages import LanguageLink


def switcher_items(versions: Sequence[LanguageLink]) -> Markup:
    """The switcher's `<li>` lines (each ending in a newline), as the loop they replace wrote them:

    `<li[ class="not-ready"]><a href hreflang lang dir[ aria-current="page"]>name</a>[ <small
    class="state">state</small>]</li>`."""
    return Markup("".join([_kept_item(v) if _plain(v) else _switcher_item(v) for v in versions]))


def _plain(version: LanguageLink) -> bool:
    """Every printed field a plain `str`: only then is a link's markup kept by equality (a
    `Markup` equals the plain text of its characters, but Jinja prints it unescaped)."""
    kind = type(version.href)
    return kind is str is type(version.hreflang) is type(version.direction) is type(version.name) is type(version.state)


def _switcher_item(version: LanguageLink) -> str:
    hreflang = escape(version.hreflang)
    return "".join(
        [
            "<li" if version.ready else '<li class="not-ready"',
            f'><a href="{escape(version.href)}" hreflang="{hreflang}" lang="{hreflang}" dir="{escape(version.direction)}"',
            ' aria-current="page">' if version.current else ">",
            f"{escape(version.name)}</a>",
            f' <small class="state">{escape(version.state)}</small>' if version.state else "",
            "</li>\n",
        ]
    )


def _kept_item(version: LanguageLink) -> str:
    """`_switcher_item` of a link whose fields are plain strings (`_plain`), from pieces escaped
    once: a version's opening tags recur on every page of its article, its name on every page
    of the site, a state word on every page in the reader's language. Kept whole, a link below
    the readiness policy differed on each of its article's pages (the reader's word for its
    state), so half of a cold site's items were escaped anew (5 escapes each)."""
    return "".join(
        [
            _kept_opening(version.ready, version.href, version.hreflang, version.direction),
            ' aria-current="page">' if version.current else ">",
            _kept_text(version.name),
            "</a>",
            f' <small class="state">{_kept_text(version.state)}</small>' if version.state else "",
            "</li>\n",
        ]
    )


@functools.lru_cache(maxsize=4096)
def _kept_opening(ready: bool, href: str, hreflang: str, direction: str) -> str:
    escaped = escape(hreflang)
    return "".join(
        [
            "<li" if ready else '<li class="not-ready"',
            f'><a href="{escape(href)}" hreflang="{escaped}" lang="{escaped}" dir="{escape(direction)}"',
        ]
    )


@functools.lru_cache(maxsize=4096)
def _kept_text(text: str) -> str:
    return str(escape(text))


def alternate_links(alternates: Sequence[Mapping[str, str]]) -> Markup:
    """`<link rel="alternate" hreflang href>` lines (each ending in a newline) for `page_head`'s
    alternates; the same list on an article's pages is escaped once."""
    pairs = tuple((item["hreflang"], item["href"]) for item in alternates)
    plain = all([str is type(lang) is type(href) for lang, href in pairs])  # as `_plain`
    return Markup(_kept_lines(pairs) if plain else _alternate_lines(pairs))


def _alternate_lines(pairs: tuple[tuple[str, str], ...]) -> str:
    return "".join(f'<link rel="alternate" hreflang="{escape(lang)}" href="{escape(href)}">\n' for lang, href in pairs)


_kept_lines = functools.lru_cache(maxsize=256)(_alternate_lines)
