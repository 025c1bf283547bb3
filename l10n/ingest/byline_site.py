"""The site's own name, spelt another way, as a page's writer: no one wrote the story by that name.

A CMS puts the site's account in the author fields and byline boxes ("Ukrinform" on ukrinform.ru,
whose `og:site_name` is "Укринформ"; "LinkNaija" on linknaija.com, whose `og:site_name` is the
platform's "Blogger"; "Graiul Maramureşului", with a cedilla, where `og:site_name` spells it with a
comma below and runs its tagline on: "Graiul Maramureșului - Cotidian independent…"). `byline.py`
drops a name equal to `og:site_name` as written; here a name is the site's when it is, up to case,
spaces, punctuation and diacritics, one of the names the page gives itself: `og:site_name` and its
parts between title separators, the name its titles end with, and — for a
one-word name, as a site's account is written ("LinkNaija") — its own address's domain
(`<link rel="canonical">`, `og:url`, read through a web archive's copy); a name of more words that opens
with one of these is the site's desk ("REDIFF CRICKET" on rediff.com, holdout33). A person's full name is
two words or more, so a blog's owner named by its domain ("janedoe.com", "Jane Doe") stays. The
publisher `<meta>` tags are no site name here: a page may state its writer there (energias-renovables'
"Antonio Barrero F.").
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from l10n.folding import without_marks
from l10n.ingest.fields import match_key
from l10n.ingest.furniture import organisation_of
from l10n.ingest.page_titles import title_parts, titles_site_name

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.ingest.metadata import PageMetadata
    from l10n.model import Block

MIN_LABELLED_SITE_WORDS = 2  # a word before a site name of this many words or more: a label ("De …")
_ADDRESSES = ".//link[contains(@rel, 'canonical')]/@href | .//meta[@property='og:url']/@content"
# A web archive's copy ("https://web.archive.org/web/20220301020549/http://www.graiul.ro/…"): the site's
# own address follows the archive's and its timestamp.
_ARCHIVED = re.compile(r"^https?://[^/]+/web/[^/]*/(?P<address>https?://.*)$", re.IGNORECASE)


def folded_key(text: str) -> str:
    """`match_key` with diacritics taken off (Unicode NFKD, combining marks dropped): "ş" (cedilla) and
    "ș" (comma below) are both "s", "Página12" is "pagina12".

    >>> folded_key("Graiul Maramureşului") == folded_key("Graiul Maramureșului"), folded_key("Página12")
    (True, 'pagina12')
    """
    key = match_key(text)
    if key.isascii():
        return key
    return without_marks(unicodedata.normalize("NFKD", key))  # pagespeed29: not a pass per character


def site_keys(meta: PageMetadata, root: HtmlElement) -> tuple[frozenset[str], frozenset[str]]:
    """The `folded_key`s of the names the page gives itself (its stated names), and of its own
    address's domains (for one-word names: `names_the_site`)."""
    names = [meta.site_name, *title_parts(meta.site_name), titles_site_name([*meta.headlines, meta.title])]
    stated = frozenset(key for name in names if (key := folded_key(name)))
    domains = set()
    head = root.find("head")  # where a page states its address; the whole page when it has no <head>
    for address in (head if head is not None else root).xpath(_ADDRESSES):
        archived = _ARCHIVED.match(address.strip())
        domains.add(organisation_of(archived["address"] if archived else address))
    return stated, frozenset(folded_key(domain) for domain in domains if domain)


def names_the_site(name: str, keys: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The name is one the site gives itself (`site_keys`), spelt another way.

    >>> keys = (frozenset({"graiulmaramuresului"}), frozenset({"linknaija"}))
    >>> names_the_site("Graiul Maramureşului", keys), names_the_site("LinkNaija", keys)
    (True, True)
    >>> names_the_site("De Graiul Maramureşului", keys), names_the_site("Link Naija", keys)
    (True, False)
    >>> names_the_site("Ann Lee", keys), names_the_site("Ann Linknaija", keys)
    (False, False)
    >>> names_the_site("LinkNaija Sports", keys), names_the_site("Graiul Maramureşului Redacţia", keys)
    (True, True)
    """
    stated, domains = keys
    words = name.split()
    key = folded_key(name)
    if not key:
        return False
    if key in stated or (len(words) == 1 and key in domains):
        return True
    # holdout33's Rediff: "REDIFF CRICKET" (its meta author and byline link), the site's name or domain opening a
    # credit and a section after it: the site's desk, as "HT Correspondent" is the paper's (`byline._is_outlet`)
    if any(folded_key(" ".join(words[:end])) in stated | domains for end in range(1, len(words))):
        return True
    # a label in a language `byline.BYLINE_LABEL` lacks before a site name of two words or more (Romanian
    # "De Graiul Maramureşului", a theme's "by" element and the account's link): no one's first name
    return len(words) > MIN_LABELLED_SITE_WORDS and folded_key(" ".join(words[1:])) in stated


# A listing page's address: a section, category or tag of the site, named by a path segment in the corpus's
# languages ("/category/el-mundo/", "/seccion/", "/rubrique/", "/ressort/", "/tag/").
_LISTING = re.compile(
    r"/(?:categor(?:y|ies|ia|ias|ie|ies)|kategori[ea]n?|sections?|secci[oó]n(?:es)?|rubri(?:que|ca|c|ek)s?|ressorts?"
    r"|tags?|topics?|temas?|themen|thema)/",
    re.IGNORECASE,
)


MIN_SECTION_RUN = 2  # sections a name is made of before it is the site's sections, not one tag's person


def section_keys(root: HtmlElement, section: str = "") -> frozenset[str]:
    """The `folded_key`s of the texts of the page's links to its listing pages (`_LISTING`), and of its
    stated section (`article:section`): the names of the site's sections."""
    keys = {folded_key(section)} if section else set()
    for link in root.iter("a"):
        if _LISTING.search(link.get("href") or ""):
            keys.add(folded_key(link.text_content()))
    keys.discard("")
    return frozenset(keys)


def names_sections(name: str, keys: frozenset[str]) -> bool:
    """The name's words are two or more of the site's sections run together (`section_keys`): a byline
    line that opens with its section links ("<a>El Mundo</a> <a>Política</a> | octubre 7, 2020 | …",
    noticierodigital), read as a writer "El Mundo Política". One section alone may be a person the site
    tags its stories with, the writer too (a columnist's topic page: dailycaller's "Ann Coulter").

    >>> keys = frozenset({"elmundo", "politica", "anncoulter"})
    >>> names_sections("El Mundo Política", keys), names_sections("Ann Coulter", keys), names_sections("Ann Lee", keys)
    (True, False, False)
    """
    words = [folded_key(word) for word in name.split()]
    runs = {0: 0}  # words a run of sections reaches: the most sections it is made of
    for end in range(1, len(words) + 1):
        counts = [runs[start] + 1 for start in list(runs) if "".join(words[start:end]) in keys]
        if counts:
            runs[end] = max(counts)
    return runs.get(len(words), 0) >= MIN_SECTION_RUN


MIN_TOPIC_LINKS = 2  # links to listing pages a row of links holds before it is the story's topics
_ROW_MARKS = re.compile(r"[\s|/·•,;]*")  # what parts the links of a row: spaces, bars, slashes, dots, commas


def is_topic_row(block: Block) -> bool:
    """A line that is only links, two or more of them and most to the site's listing pages (`_LISTING`), with
    nothing but bars, slashes, dots or commas between them: the story's topics and tags, which a CMS sets inside
    its byline box (misses50, holdout49's Otago Daily Times: `<div class="byline">By <a>Eileen Goodwin</a> on Tue,
    17 Jan 2012<div class="node-terms"><a href="/news/dunedin">News: Dunedin</a> | <a href="/news/tags/dunedin-
    hospital">Dunedin Hospital</a> | <a href="/news/tags/sdhb">SDHB</a></div></div>`, read as two more writers).
    A byline's own words outside its links ("By", a date) or its links to the writers' pages keep it one.

    >>> from l10n.model import Block, InlineMarkup
    >>> def row(text, **links):  # each link's text and its address
    ...     spans = [InlineMarkup(text.index(t), text.index(t) + len(t), "a", (("href", h),)) for t, h in links.items()]
    ...     return Block("byline", text, markup=spans)
    >>> is_topic_row(row("Dunedin | Dunedin Hospital | SDHB", Dunedin="/news/dunedin", SDHB="/news/tags/sdhb",
    ...                  **{"Dunedin Hospital": "/news/tags/dunedin-hospital"}))
    True
    >>> is_topic_row(row("Ann Lee | Bo Chen", **{"Ann Lee": "/author/ann-lee", "Bo Chen": "/author/bo-chen"}))
    False
    >>> is_topic_row(row("By Ann Lee | Politics | Health", Politics="/tag/politics", Health="/topics/health"))
    False
    """
    links = [span for span in block.markup if span.tag == "a"]
    if len(links) < MIN_TOPIC_LINKS:
        return False
    listed = sum(bool(_LISTING.search(dict(span.attrs).get("href", ""))) for span in links)
    if listed < MIN_TOPIC_LINKS or 2 * listed <= len(links):
        return False
    at = 0
    for span in sorted(links, key=lambda span: span.start):
        if span.start < at or not _ROW_MARKS.fullmatch(block.text, at, span.start):
            return False
        at = span.end
    return bool(_ROW_MARKS.fullmatch(block.text, at))
