"""The company that built a site, stated as its pages' writer: no writer of the story.

Older sites (holdout26's Kathimerini Cyprus, 2011) state their web agency in `<meta name="author">`
on every page ("BDigital Web Solutions") and credit it in the footer ("Design & Development by
BDigital"); the story's writers are elsewhere, or nowhere. The footer's credit is what tells the
maker from a writer: a name the page credits with building it is not a byline. (A maker stated as
the page's generator, holdout4, is `metadata.read_metadata`'s; one stated as its rights holder,
holdout24's Ethnos, is `page_authors.reads_page_bylines`'.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A site's credit to its maker: what was made (design, development, hosting, the site) and "by" the
# maker's first word ("Design & Development by BDigital", "Website designed by Acme Media", "Powered by
# Webstudio", "Site by Pixel"), opening a text of its own, as a footer sets it; a story's sentence
# ("The bridge was designed by …") does not open so, and the name is only read against the metadata's author.
# Asked of every text of the page, most of them the layout's runs of spaces: `\W*+` takes the run once (a word
# opens every credit, so no shorter run can lead to one), where `\W*` tried each shorter run again against every
# word (pagespeed28: usnews's 3,500 texts took 38 ms, dailymail's and eldiario's over 20).
_MAKER_CREDIT = re.compile(
    r"^\W*+(?:(?:web\s*)?design(?:ed)?|develop(?:ed|ment)|built|created|hosted|hosting|powered|programming|site|website)"
    r"(?:\s*(?:&|and|\+|/|,)\s*(?:(?:web\s*)?design|develop(?:ed|ment)|hosting|programming))?\s+by\s*:?\s+"
    r"(?P<maker>[^\W_][\w.-]*)",
    re.IGNORECASE,
)
MIN_MAKER_KEY = 4  # letters of a maker's name read as one ("Acme"); "by A" names no company
MAX_CREDIT_CHARS = 200  # a credit is a footer's line, not a paragraph


def without_site_makers(root: HtmlElement, authors: list[str]) -> list[str]:
    """The metadata's author values but those naming the company the page credits with making it
    (see `_MAKER_CREDIT`): the author's name starts with the credited name, or the credit with it
    ("BDigital Web Solutions" credited as "Design & Development by BDigital").

    >>> from lxml.html import fromstring
    >>> page = fromstring("<div><p>The pier reopened.</p><p>Design &amp; Development by BDigital</p></div>")
    >>> without_site_makers(page, ["BDigital Web Solutions"]), without_site_makers(page, ["Ann Lee"])
    ([], ['Ann Lee'])
    """
    if not authors:
        return authors
    makers = {
        key
        for text in root.xpath(".//text()", smart_strings=False)  # `itertext()`'s texts, a list made in C (pagespeed32)
        if len(text) <= MAX_CREDIT_CHARS
        and not text.isspace()  # most of a page's texts, the layout's; no credit (pagespeed29: half the time)
        and (found := _MAKER_CREDIT.match(text))
        and len(key := match_key(found["maker"])) >= MIN_MAKER_KEY
    }
    makers |= _stated_makers(root)
    return [author for author in authors if not (key := match_key(author)) or not _made_by(author, key, makers)]


# The `<meta>` tags a web agency signs a site with ("designer", "web_author": news.az's
# "https://mrsadiq.info", "MrSadiq.info"), read as its name or its address's host.
MAKER_META = ("designer", "web_author", "web-author")  # not "generator": software ("Hugo 0.111" is no "Hugo")
_SCHEME = re.compile(r"^(?:https?:)?//|^www\.|/.*$", re.IGNORECASE)
_AUTHOR_FIELD = re.compile(r"\s*[|,;]\s*")


def _stated_makers(root: HtmlElement) -> set[str]:
    head = root.find("head")
    values = (head if head is not None else root).xpath(
        "|".join(
            f".//meta[translate(@name, 'DESIGNRWBAUTHO_-', 'designrwbautho_-')='{name}']/@content"
            for name in MAKER_META
        )
    )
    return {key for value in values if len(key := _address_key(value)) >= MIN_MAKER_KEY}


def _address_key(text: str) -> str:
    """The `match_key` of a name or of an address's host, without its scheme, "www." and path."""
    text = text.strip()
    while (bare := _SCHEME.sub("", text)) != text:
        text = bare
    return match_key(text)


def _made_by(author: str, key: str, makers: set[str]) -> bool:
    """The author value is a maker's: its name starts so (`_same`), or one of its fields is the maker's
    address ("www.mrsadiq.info | Sadiq Məmmədov": the agency's site and its owner, news.az's meta author)."""
    if any(_same(key, maker) for maker in makers):
        return True
    return any(_address_key(field) in makers for field in _AUTHOR_FIELD.split(author) if "." in field)


def _same(author: str, maker: str) -> bool:
    """One name starts with the other: the credit's first word, the stated company's full name."""
    return author.startswith(maker) or maker.startswith(author)
