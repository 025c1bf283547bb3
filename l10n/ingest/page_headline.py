"""The headline of a saved web page: the heading the page shows that matches a title it states.

A page states its title in several places (JSON-LD `headline`, `og:title`, `<title>`), most with
the site's name or a section run on ("… | CNN Politics", "… _探索者 _光明网"), and shows it as a
heading, often worded apart. The visible heading wins when it matches a stated title, is a
kicker run into one, or is a stated title's first part; else the best stated title, with the
site's name cut (`metadata.strip_site_name`, by the stated site name and the page's own domains).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key
from l10n.ingest.metadata import strip_site_name
from l10n.model import Block

if TYPE_CHECKING:
    from l10n.ingest.metadata import PageMetadata

_TITLE_PART_START = re.compile(r"\s*[|\-–—:·•»_/]")  # where a title's next part (section, site) starts


def page_headline(meta: PageMetadata, blocks: list[Block], sites: frozenset[str]) -> Block:
    """The heading that matches a stated title (the visible one), else the best stated title.
    A title's site part is cut by the stated site name and by the page's own domain names
    ("… - Entermedia" on entermedia.co.kr, which states no site name)."""
    titles = [_without_site(title, meta.site_name, sites) for title in meta.headlines]
    titles = [title for title in dict.fromkeys(titles) if title]
    keys = {match_key(title) for title in titles}
    for block in blocks:
        if block.role in ("headline", "heading") and match_key(block.text) in keys:
            return Block(role="headline", text=block.text, line=block.line, markup=block.markup)
    for block in blocks:  # a kicker run into the heading: "Open Progress" + "Why collaborative thinking…"
        found = next(
            (t for t in titles if block.role == "headline" and match_key(block.text).endswith(match_key(t))), ""
        )
        if found:
            return Block(role="headline", text=found, line=block.line)
    for block in blocks:  # the heading is the title's first part: "宇航员…后果很严重 _探索者 _光明网"
        if block.role in ("headline", "heading") and any(_is_title_head(block.text, t) for t in meta.headlines):
            return Block(role="headline", text=block.text, line=block.line, markup=block.markup)
    for block in blocks:
        if block.role in ("headline", "heading") and titles and _similar(block.text, titles[0]):
            return Block(role="headline", text=block.text, line=block.line, markup=block.markup)
    if titles:
        return Block(role="headline", text=titles[0], line=0)
    first = next((block for block in blocks if block.role == "headline"), None)
    return Block(role="headline", text=first.text if first else "", line=first.line if first else 0)


def _without_site(title: str, site_name: str, sites: frozenset[str]) -> str:
    title = strip_site_name(title, site_name)
    for site in sorted(sites):
        title = strip_site_name(title, site)
    return title


def _is_title_head(text: str, title: str) -> bool:
    """The text is the title's first part, up to a separator ("…", "… _Section _Site"), and most of it."""
    text, title = " ".join(text.split()), " ".join(title.split())
    rest = title[len(text) :]
    return bool(text) and title.startswith(text) and len(text) * 2 > len(title) and bool(_TITLE_PART_START.match(rest))


def _similar(text: str, title: str) -> bool:
    """Most of the title's words are in the heading (a page's h1 often rewords its og:title)."""
    words, title_words = set(key_words(text)), key_words(title)
    return bool(title_words) and sum(word in words for word in title_words) >= 0.6 * len(title_words)


def key_words(text: str) -> list[str]:
    """The words of three or more letters, lower-cased: what two wordings of a title share."""
    return [word for word in re.split(r"\W+", text.lower()) if len(word) > 2]
