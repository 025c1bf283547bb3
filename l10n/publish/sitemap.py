"""`sitemap.xml` with language alternates (sitemaps.org 0.9 + `xhtml:link rel="alternate" hreflang`).

Search engines learn that the zh-Hans-CN page is the Chinese version of the English article from
either `<link rel="alternate" hreflang>` in each page or the same links in the sitemap; the
sitemap form (as documented by Google for multilingual sites) lists every version as a `<url>`
whose `xhtml:link` children name *all* versions, itself and `x-default` included. The protocol
wants absolute URLs, so the site's public base URL is needed here (pages themselves link relatively).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import urljoin

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
X_DEFAULT = "x-default"

AlternateGroup = Mapping[str, str]
"""One document in all its languages: hreflang (BCP 47 or `x-default`) → path relative to the site root."""


def build_sitemap(groups: Sequence[AlternateGroup], *, base_url: str) -> bytes:
    """Serialise a sitemap: one `<url>` per language version, each listing every alternate.

    >>> xml = build_sitemap([{"en": "en/a.html", "de": "de/a.html", "x-default": "en/a.html"}],
    ...                     base_url="https://news.example/")
    >>> xml.count(b"<url>"), xml.count(b"<xhtml:link")
    (2, 6)
    >>> b'hreflang="de" href="https://news.example/de/a.html"' in xml
    True

    lxml's tree and serialiser stay the rule (`_tree_sitemap`). A sitemap whose every tag and
    URL is plain (`_PLAIN_VALUE`: printable ASCII that neither text nor attributes escape) is
    written as text (`_plain_sitemap`) to the bytes that tree gives — proven against it over
    generated and hostile groups (`tests/test_publish33_sitemap_text.py`); anything else goes
    through lxml. A cold site's sitemap of ~11,000 `<url>`s took a tree of 132 elements an
    article, and `lxml.etree` imported (with `gzip`) for this file alone.
    """
    base = base_url if base_url.endswith("/") else base_url + "/"
    joined = _joiner(base)
    absolute = [{lang: joined(path) for lang, path in group.items()} for group in groups]
    text = _plain_sitemap(absolute)
    return text if text is not None else _tree_sitemap(absolute)


def _tree_sitemap(groups: Sequence[Mapping[str, str]]) -> bytes:
    """The sitemap of `groups` (absolute URLs already) as lxml builds and serialises it.

    A group's `xhtml:link`s are built once and copied into each of its `<url>`s (lxml's own
    copy, serialised as the tree always was: `tests/test_publish18_sitemap.py`); made per
    `<url>`, an article in eleven languages took 132 elements from Python."""
    from lxml import etree

    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS, "xhtml": XHTML_NS})
    url_tag, loc_tag, link_tag = f"{{{SITEMAP_NS}}}url", f"{{{SITEMAP_NS}}}loc", f"{{{XHTML_NS}}}link"
    for absolute in groups:
        # every version lists the same alternates: made once per group, copied for each `<url>`
        alternates = etree.Element(url_tag)
        for other_lang, other_url in absolute.items():
            etree.SubElement(alternates, link_tag, rel="alternate", hreflang=other_lang, href=other_url)
        for lang, url in absolute.items():
            if lang == X_DEFAULT:
                continue
            entry = copy.deepcopy(alternates)
            loc = etree.Element(loc_tag)
            loc.text = url
            entry.insert(0, loc)
            urlset.append(entry)
    return etree.tostring(urlset, xml_declaration=True, encoding="UTF-8", pretty_print=True)


_PLAIN_VALUE = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$()*+,;=%-]+")
"""A tag or URL lxml writes as it is, in text and in a double-quoted attribute alike: printable
ASCII without `&`, `<`, `>`, quotes or whitespace (each escaped or refused by the serialiser)."""
_HEAD = f"<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns=\"{SITEMAP_NS}\" xmlns:xhtml=\"{XHTML_NS}\">\n"


def _plain_sitemap(groups: Sequence[Mapping[str, str]]) -> bytes | None:
    """`_tree_sitemap(groups)` written as text, or None unless every tag and URL is plain
    (`_PLAIN_VALUE`) and there is a `<url>` (an empty `urlset` is serialised self-closed)."""
    plain = _PLAIN_VALUE.fullmatch
    pieces = [_HEAD]
    for absolute in groups:
        if not all(plain(lang) and plain(url) for lang, url in absolute.items()):
            return None
        links = "".join(
            f'    <xhtml:link rel="alternate" hreflang="{lang}" href="{url}"/>\n' for lang, url in absolute.items()
        )
        for lang, url in absolute.items():
            if lang != X_DEFAULT:
                pieces.append(f"  <url>\n    <loc>{url}</loc>\n{links}  </url>\n")
    if len(pieces) == 1:
        return None
    pieces.append("</urlset>\n")
    return "".join(pieces).encode("ascii")


_PLAIN_PATH = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9_.~-]*(?:/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)*")
"""A site path `urljoin` only appends to a plain base: no scheme, query, fragment, leading or
doubled slash, and no `.` or `..` segment (a segment starts with no dot)."""


def _joiner(base: str) -> Callable[[str], str]:
    """`urljoin(base, path)` for each of a sitemap's ~11,000 page paths: `base + path` for a
    plain path (`_PLAIN_PATH`) when `base` is one `urljoin` appends to (no query or fragment,
    no dot segment: tried once), else `urljoin` itself (~40 µs a call)."""
    probe = "a/b.html"
    if urljoin(base, probe) != base + probe or "?" in base or "#" in base:
        return lambda path: urljoin(base, path)
    return lambda path: base + path if _PLAIN_PATH.fullmatch(path) else urljoin(base, path)
