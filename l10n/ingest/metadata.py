"""What a web page says about its article: headline, dates, authors, site, language, body text.

Read in this order, the first value found winning, because that is how reliable each source
is on real news pages: schema.org JSON-LD (`NewsArticle` and its kin: `headline`,
`datePublished`, `dateModified`, `author`, `articleBody`, `inLanguage`, `publisher`), then
Open Graph / `article:*` (the Open Graph protocol), then Dublin Core (`dc.*`, `dcterms.*`),
then the other `<meta name>` conventions newsrooms use (`author`, `byl`, `parsely-*`,
`sailthru.*`), then microdata `itemprop` attributes, then the first `<time datetime>`.

Nothing here fetches, resolves or evaluates anything: JSON-LD is parsed as JSON (bounded in
size), never expanded against a remote `@context`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from l10n.ingest.fields import is_unset_value, match_key, normalise_space, parse_published, regional_locale
from l10n.ingest.page_days import local_day, local_day_pattern, page_language, read_day
from l10n.ingest.page_titles import strip_site_name as strip_site_name  # re-exported: the title rules' old home
from l10n.ingest.page_titles import title_parts as title_parts
from l10n.ingest.page_titles import titles_site_name

if TYPE_CHECKING:
    from lxml.html import HtmlElement

ARTICLE_TYPES = frozenset(
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle "
    "ReviewNewsArticle BlogPosting LiveBlogPosting Report ScholarlyArticle TechArticle SocialMediaPosting".split()
    + ["ClaimReview"]  # a fact-check: its headline and dates are the article's; its claim is read apart
)
MAX_JSON_LD_CHARS = 2_000_000  # one script; a page's own JSON-LD is a few kB, its articleBody tens
MAX_JSON_DEPTH = 12
MAX_AUTHOR_WORDS = 15  # an `itemprop="author"` element's text is its value up to this (a bio box is not)
PLACEHOLDER_YEARS = 1000  # a stated year below this is a CMS's empty date (DateTime.MinValue), not a day
# holdout17: JSON-LD wrapped in an XHTML CDATA section ("<![CDATA[ {…} ]]>", or commented out as
# "//<![CDATA[ … //]]>"), as XHTML-era templates and re-serialised pages write scripts: HTML reads
# the markers as the script's text, and JSON does not parse them.
_CDATA = re.compile(r"(?:/\*|//)?\s*<!\[CDATA\[(?:\s*\*/)?")  # the opening marker, read on the text's head only
CDATA_HEAD = 64  # characters of a script in which its CDATA marker opens
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "sailthru.title", "parsely-title", "title")
DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "date",
    "pubdate",
    "publish-date",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "og:published_time",
    "published_time",
)
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "dcterms.modified", "datemodified", "last-modified")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author")
RIGHTS_KEYS = ("copyright", "dc.rights", "dcterms.rights", "rights")
RESOURCE_PREFIXES = ("http:", "https:", "@")  # an author key holding an address or a handle names no one
PUBLISHER_KEYS = (*RIGHTS_KEYS, "publisher", "dc.publisher", "dcterms.publisher")
# "sitename": China's government portals' standard `<meta name="SiteName">` (with "ArticleTitle", "PubDate",
# "ContentSource"), and some papers' (The Independent, The Scotsman)
SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site", "sitename")
LOCALE_KEYS = ("og:locale", "dc.language", "dcterms.language", "language", "content-language")


@dataclass
class PageMetadata:
    """Values as the page states them (spaces normalised, nothing else changed)."""

    headlines: list[str] = field(default_factory=list)  # candidates, most reliable first
    title: str = ""  # the <title>, site suffix and all
    site_name: str = ""
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    authors: list[str] = field(default_factory=list)
    section: str = ""
    locale_tag: str = ""  # BCP 47 / POSIX tag as written ("en-GB", "en_US")
    article_body: str = ""
    description: str = ""  # the standfirst, as the page summarises itself
    claim: str = ""  # a fact-check's claim (schema.org ClaimReview `claimReviewed`), shown above its story
    claimants: list[str] = field(default_factory=list)  # who made the claim (`itemReviewed.author`): not writers
    # who the `<meta>` tags say publishes the page or holds its rights (`PUBLISHER_KEYS`): a company, which a
    # page may state as its author too (holdout24's Ethnos: "Pegasus Interactive", the site's builder)
    publishers: list[str] = field(default_factory=list)
    # the writers' own descriptions (schema.org `author` Persons' `description`): the bio an author box under the
    # story shows (misses39b, holdout39's CNX Software: "Jean-Luc started CNX Software in 2010 as …")
    writer_bios: list[str] = field(default_factory=list)


def read_metadata(root: HtmlElement) -> PageMetadata:
    """Collect the page's metadata (see the module docstring for the order of sources)."""
    found = PageMetadata()
    for article in _json_ld_articles(root):
        _from_json_ld(article, found)
    meta = _meta_values(root)
    found.headlines += [meta[key] for key in TITLE_KEYS if meta.get(key)]
    found.site_name = found.site_name or next((meta[key] for key in SITE_KEYS if meta.get(key)), "")
    found.published = found.published or _first_date(meta.get(key) for key in DATE_KEYS)
    found.modified = found.modified or _first_date(meta.get(key) for key in MODIFIED_KEYS)
    title = root.find(".//title")
    found.title = normalise_space(unescape_once(title.text_content())) if title is not None else ""
    stated = [meta[key] for key in AUTHOR_KEYS if meta.get(key) and not meta[key].lower().startswith(RESOURCE_PREFIXES)]
    if stated and not found.authors:
        found.authors = stated[:1]
        # holdout11: "Condé Nast" as "author", its writer here; holdout12: the site's name as its titles end with it
        article_author = meta.get("article:author", "") or meta.get("og:article:author", "")
        publisher = _holds_rights(stated[0], meta) or stated[0] == titles_site_name([*found.headlines, found.title])
        named = article_author and not article_author.lower().startswith(RESOURCE_PREFIXES)
        if publisher and named and not _holds_rights(article_author, meta):
            found.authors = [article_author]
    if found.authors == [meta.get("generator")]:  # holdout4: the site's maker, stated as its generator too
        found.authors = []
    found.authors = [author for author in found.authors if not names_software(author, meta.get("generator", ""))]
    found.publishers = [meta[key] for key in PUBLISHER_KEYS if meta.get(key)]
    found.section = one_section(found.section, meta.get("article:section", ""))
    found.description = found.description or meta.get("og:description", "") or meta.get("description", "")
    found.locale_tag = next((meta[key] for key in LOCALE_KEYS if meta.get(key)), "")
    _from_microdata(root, found)
    if title is not None:
        found.headlines.append(found.title)
    found.site_name = found.site_name or linked_site_name(root, found.headlines)  # misses43: holdout42's Тирас
    if found.published is None:
        lists: dict[HtmlElement, Counter[tuple[str, str]]] = {}  # each parent's items counted once: linear in the page
        found.published = _first_date(
            element.get("datetime")
            for element in root.iter("time")
            if element.get("datetime") and not _in_dated_list(element, lists)
        )
    return found


def one_section(stated: str, tagged: str) -> str:
    """The article's section from JSON-LD's `articleSection` (`stated`, a list's items joined by commas) and the
    `article:section` tag (`tagged`) (leftovers49; the tag had overwritten JSON-LD's value, with "" where the page
    has none). JSON-LD's comes first, as every value here (the module docstring): the article's own object, where
    the tag is often the site's channel or a path (leparisien's "/meteo/" beside "meteo", corriere's headline beside
    "Esteri"); the tag fills in what JSON-LD leaves unstated. A list (WordPress's categories and tags, "Business,
    PRESS RELEASE, gis, keith mitchell", a JSON array, or "Mundo,América" in the tag) names one section: the item
    the tag names (nowgrenada's "Business", therealdeal's "Commercial Real Estate"), else the first, the primary
    category a theme shows.

    >>> one_section("", "Politics"), one_section("UK Politics", "News"), one_section("Business Aviation,", "")
    ('Politics', 'UK Politics', 'Business Aviation')
    >>> one_section("Brooklyn,Government,Multimedia", "Multimedia"), one_section("", "Mundo,América")
    ('Multimedia', 'Mundo')
    """
    parts = [part for part in (normalise_space(item) for item in (stated or tagged).split(",")) if part]
    if not parts:
        return ""
    return tagged if len(parts) > 1 and tagged in parts else parts[0]


def _listed(value: object) -> list[object]:
    """A JSON-LD value as the list of its items (a single value is a list of one)."""
    return value[:20] if isinstance(value, list) else [value]


# `<link>`s whose `title` names the site: its feeds' ("Site » Feed", WordPress's; "CA-News RSS feeds") and its
# OpenSearch description's (the site's search engine, by its name: OpenSearch 1.1, "Autodiscovery")
_NAMING_LINKS = ("application/rss+xml", "application/atom+xml", "application/opensearchdescription+xml")


def linked_site_name(root: HtmlElement, titles: list[str]) -> str:
    """The site's name as a title states it after (or before) a separator and a `<link>` of the page's head names
    it (`_NAMING_LINKS`: a feed's title, whole or up to its first separator, or the site search's), for a page
    stating no site name (misses43, holdout42's Тирас: `<title>Президент … соболезнования &raquo; Приднестровье
    информационное агентство ИА "Тирас"</title>`, its feed and search links titled with the agency's name alone,
    its domain tiras.ru in Latin letters the name does not spell). "" when no title part is so named: a feed
    titled with a section's or a story's name names no part, and a title with no separator has none.

    >>> import lxml.html
    >>> page = lxml.html.document_fromstring(
    ...     '<html><head><link rel="alternate" type="application/rss+xml" title="Harbour Times &raquo; Feed">'
    ...     "</head><body><p>Text</p></body></html>")
    >>> linked_site_name(page, ["Ferries resume - Harbour Times"]), linked_site_name(page, ["Harbour Times"])
    ('Harbour Times', '')
    """
    parts = {match_key(part): part for title in titles for part in title_parts(title)[1:]}
    parts |= {match_key(part): part for title in titles if len(found := title_parts(title)) > 1 for part in found[:1]}
    parts.pop("", None)
    if not parts:
        return ""
    head = root.find("head")
    for link in head.iter("link") if head is not None else ():
        if (link.get("type") or "").strip().lower() in _NAMING_LINKS and (
            named := normalise_space(link.get("title") or "")
        ):
            part = parts.get(match_key(named)) or parts.get(match_key(title_parts(named)[0]))
            if part:
                return normalise_space(part)
    return ""


DATED_ITEMS = 3  # items of the same make, each with a `<time>`, that make a list of dated items


def _in_dated_list(time: HtmlElement, lists: dict[HtmlElement, Counter[tuple[str, str]]]) -> bool:
    """The `<time>` stamps an item of a list of dated items (a news ticker beside the story, a
    comment thread, other stories): one of the three elements above it is an item whose parent
    holds three or more items of its tag and class with a `<time>` each (holdout10's france24:
    "Live news" items, the page's first `<time>`, a day after the story). The story's own
    `<time>` under its heading is no such item, however many lists its page holds elsewhere. Each
    parent's children are counted once, by tag and class (`lists`): a comment thread of n dated
    comments costs n, not n², and so do n stamps each of its own class."""
    item = time
    for _ in range(3):
        parent = item.getparent()
        if parent is None:
            return False
        counts = lists.get(parent)
        if counts is None:
            counts = lists[parent] = Counter(
                (str(child.tag), child.get("class") or "")
                for child in parent
                if next(child.iter("time"), None) is not None
            )
        if counts[(str(item.tag), item.get("class") or "")] >= DATED_ITEMS:
            return True
        item = parent
    return False


_FIRST_WORD = re.compile(r"[^\W\d_]+")
MIN_SOFTWARE_NAME = 4  # letters of a generator's name read as one ("Covax"); "pv" of "pv magazine 1.0" is none


def names_software(author: str, generator: str) -> bool:
    """The author value names the software the page states as its generator: one of its words is the
    generator's first word, the product's name (misses52, holdout52's Профи-ньюс: "Max Covax" as the meta
    author of every page, generator "Covax CMS 1.01", its footer "Developed on Covax/CMS"). A writer's name
    is no CMS's; the CMS's author field is filled with its own default.

    >>> names_software("Max Covax", "Covax CMS 1.01"), names_software("Ann Lee", "WordPress 6.4")
    (True, False)
    >>> names_software("Ann Lee", ""), names_software("pv magazine staff", "pv magazine 1.0")
    (False, False)
    """
    name = _FIRST_WORD.search(generator)
    if name is None or len(name.group()) < MIN_SOFTWARE_NAME:
        return False
    product = name.group().casefold()
    return any(word.casefold() == product for word in _FIRST_WORD.findall(author))


def _holds_rights(value: str, meta: dict[str, str]) -> bool:
    """The page's rights notice (`<meta name="copyright">`, Dublin Core's `dc.rights`) names `value`:
    the publisher stated as the author (holdout11's New Yorker: "Condé Nast", beside its writer's
    `article:author`, which is then read). Without an `article:author` naming another, it stays
    the author: a blog's "© 2019 Jane Doe" is its writer's own, and a site's name as its author
    is the byline rules' to set aside.

    >>> _holds_rights("Condé Nast", {"copyright": "Copyright (c) Condé Nast 2022"}), _holds_rights("Ann Lee", {})
    (True, False)
    """
    rights = match_key(" ".join(meta.get(key, "") for key in RIGHTS_KEYS))
    return bool(rights) and bool(match_key(value)) and match_key(value) in rights


def _from_json_ld(article: dict[str, Any], found: PageMetadata) -> None:
    headline = _text(article.get("headline")) or _text(article.get("name"))
    if headline:
        found.headlines.append(headline)
    found.published = found.published or _first_date([_text(article.get("datePublished"))])
    found.modified = found.modified or _first_date([_text(article.get("dateModified"))])
    if not found.authors:
        found.authors = [name for name in _names(article.get("author")) if name]
    found.writer_bios += [bio for bio in _bios(article.get("author")) if bio not in found.writer_bios]
    if not found.article_body:
        found.article_body = _text(article.get("articleBody"), keep_lines=True)
    found.locale_tag = found.locale_tag or _text(article.get("inLanguage"))
    publisher = article.get("publisher")
    if isinstance(publisher, dict) and not found.site_name:
        found.site_name = _text(publisher.get("name"))
    found.section = found.section or ", ".join(filter(None, map(_text, _listed(article.get("articleSection")))))
    found.description = found.description or _text(article.get("description"))
    _claim_from_json_ld(article, found)


def _claim_from_json_ld(article: dict[str, Any], found: PageMetadata) -> None:
    """A ClaimReview's claim and its claimants: the claimant's name printed beside the claim is
    not the fact-check's writer."""
    found.claim = found.claim or _text(article.get("claimReviewed"))
    reviewed = article.get("itemReviewed")
    if isinstance(reviewed, dict):
        found.claimants += [name for name in _names(reviewed.get("author"), organisations=True) if name]


def _names(value: object, *, organisations: bool = False) -> Iterator[str]:
    """Person names from a schema.org `author` (a string, a Person, or a list of either);
    organisations are skipped unless asked for: an article's are its publisher, not a byline,
    but a claim's author may well be a ministry, and its name printed beside the claim is not a
    writer either.

    >>> list(_names([{"@type": "Organization", "name": "Ministry of Defence"}, {"@type": "Person", "name": "Ann Lee"}]))
    ['Ann Lee']
    >>> list(_names({"@type": "Organization", "name": "Ministry of Defence"}, organisations=True))
    ['Ministry of Defence']
    """
    if isinstance(value, list):
        for item in value[:20]:
            yield from _names(item, organisations=organisations)
    elif isinstance(value, str):
        if not value.lower().startswith(("http:", "https:")):
            yield normalise_space(value)
    elif isinstance(value, dict) and (organisations or "Organization" not in str(value.get("@type", ""))):
        yield _text(value.get("name"))


def _bios(value: object) -> Iterator[str]:
    """The `description` of each Person a schema.org `author` names (a Person or a list of them).

    >>> list(_bios([{"@type": "Person", "name": "Ann Lee", "description": "Ann Lee writes on ports."}, "Bo Ek"]))
    ['Ann Lee writes on ports.']
    """
    for item in value[:20] if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "Person" in str(item.get("@type", "")):
            bio = _text(item.get("description"))
            if bio:
                yield bio


def _json_ld_articles(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if len(text) > MAX_JSON_LD_CHARS:
            continue
        text = without_cdata(text)
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        yield from _articles_in(data, depth=0)


def without_cdata(text: str) -> str:
    """A script's text without the CDATA section's markers around it (see `_CDATA`), found by
    string search, so its cost is linear in the script (reviewer, session 17: a lazy pattern over
    the whole text was quadratic); the text as it is when they do not close it.

    >>> without_cdata("<![CDATA[ {} ]]>"), without_cdata("//<![CDATA[\\n{}\\n//]]>"), without_cdata("/*<![CDATA[*/{}/*]]>*/")
    ('{}', '{}', '{}')
    >>> without_cdata('{"a": "<![CDATA["}'), without_cdata("<![CDATA[ {} ]]> trailing")
    ('{"a": "<![CDATA["}', '<![CDATA[ {} ]]> trailing')
    """
    stripped = text.strip()
    opening = _CDATA.match(stripped[:CDATA_HEAD])
    end = stripped.rfind("]]>")
    if opening is None or end < opening.end() or stripped[end + 3 :].strip() not in ("", "*/"):
        return text
    body = stripped[opening.end() : end].rstrip()
    return body.removesuffix("//").removesuffix("/*").strip()


def _articles_in(data: object, *, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_JSON_DEPTH:
        return
    if isinstance(data, list):
        for item in data[:200]:
            yield from _articles_in(item, depth=depth + 1)
    elif isinstance(data, dict):
        types = data.get("@type", "")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(kind, str) and kind in ARTICLE_TYPES for kind in types):
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data:
                yield from _articles_in(data[key], depth=depth + 1)


def _text(value: object, *, keep_lines: bool = False) -> str:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if not isinstance(value, str):
        return ""
    value = unescape_once(value)  # JSON-LD strings often carry HTML entities ("&#8217;")
    if is_unset_value(value):
        return ""  # a template's "null" printed as a string: no value stated (readcheck48)
    if keep_lines:
        return "\n".join(normalise_space(line) for line in value.splitlines() if line.strip())
    return normalise_space(value)


# a character reference: named ("&amp;", "&quot;"), decimal ("&#39;") or hexadecimal ("&#x2019;"), closed by ";"
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_once(text: str) -> str:
    """A metadata text with the character references it still holds after parsing read once: a CMS that
    escapes a value twice (misses36, holdout36's Field Mag: `content="…Mountaineering&amp;#39;s Soul"`, parsed
    to "Mountaineering&#39;s") shows a reader the reference as text; JSON-LD strings, not HTML, carry them
    escaped once ("&#8217;"). A text without one (the "&" of "AT&T", "Q&A") is returned as it is.

    >>> unescape_once("Saving Mountaineering&#39;s Soul"), unescape_once("Q&A: AT&T &amp; Verizon"), unescape_once("a&b")
    ("Saving Mountaineering's Soul", 'Q&A: AT&T & Verizon', 'a&b')
    """
    if "&" not in text:
        return text
    import html

    return _REFERENCE.sub(lambda reference: html.unescape(reference.group()), text)


def source_variant_of(root: HtmlElement) -> str:
    """The regional locale (`fields.regional_locale`) from `<html lang>`, else `og:locale`, else
    `<meta http-equiv="content-language">`, for `Document.source_variant`; "" when none says."""
    tags = [root.get("lang") or "", root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""]
    tags += [
        meta.get("content") or ""
        for meta in root.iter("meta")
        if (meta.get("property") or meta.get("http-equiv") or "").lower() in ("og:locale", "content-language")
    ]
    return next((variant for variant in map(regional_locale, tags) if variant), "")


def stated_locale_tags(root: HtmlElement) -> list[str]:
    """The language tags the page's metadata states (`LOCALE_KEYS`: og:locale, Dublin Core,
    `<meta name="language">`; then JSON-LD's `inLanguage`), as written: how a page without
    `<html lang>` may still state its language (`html.stated_locale_of`)."""
    meta = _meta_values(root)
    tags = [meta[key] for key in LOCALE_KEYS if meta.get(key)]
    tags += [_text(article.get("inLanguage")) for article in _json_ld_articles(root)]
    return [tag for tag in tags if tag]


def _meta_values(root: HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or ""
        key = key.strip().lower()
        # a `value` attribute where `content` belongs: pages re-serialised by a scraper (holdout6's Postlight fixtures)
        content = normalise_space(unescape_once(meta.get("content") or meta.get("value") or ""))
        if is_unset_value(content):
            continue  # a template's "null": no value stated (readcheck48)
        if key and content and key not in values:
            values[key] = content
        elif key == "author" and content and "://" not in values[key] + content and content not in values[key]:
            values[key] += ", " + content  # holdout12: a <meta name="author"> per writer, as HTML defines the name
    return values


def _from_microdata(root: HtmlElement, found: PageMetadata) -> None:
    """schema.org microdata: `itemprop` on elements (`content`/`datetime` attribute or text)."""
    articles: list[HtmlElement] | None = None
    for element in root.xpath(_PROPERTIES):
        prop = (element.get("itemprop") or "").strip().lower()
        if prop == "author" and not found.authors:
            articles = _article_items(root) if articles is None else articles
            if articles and _item_of(element) not in articles:
                continue  # writers28: the Telegraph's cards of other stories, each a Person, under no item
        if prop == "headline":
            headline = normalise_space(unescape_once(element.get("content") or element.text_content()))
            if headline:
                found.headlines.append(headline)
        elif prop in ("datepublished", "datemodified"):
            day = _first_date([element.get("content"), element.get("datetime")])
            if element.get("content") is None and element.get("datetime") is None:
                day = _shown_day(element, root)  # holdout17: framablog's "2 Déc 2017", the element's text
            if prop == "datepublished":
                found.published = found.published or day
            else:
                found.modified = found.modified or day
        elif prop == "author" and not found.authors and "Organization" not in (element.get("itemtype") or ""):
            # holdout7: an author typed https://schema.org/Organization is the paper, as in JSON-LD (`_names`)
            names = element.findall(".//*[@itemprop='name']")  # holdout6: one Person, a name per writer
            values = [normalise_space(name.get("content") or name.text_content()) for name in names]
            value = element.get("content") or "" if not names else ""
            if (
                not names
                and not value
                and len(element.text_content().split(maxsplit=MAX_AUTHOR_WORDS)) <= MAX_AUTHOR_WORDS
            ):
                value = element.text_content()  # microdata: a property's value is the element's text
            found.authors = [value for value in [*values, normalise_space(value)] if value]


# schema.org's Article and its kinds (NewsArticle, BlogPosting, LiveBlogPosting, Report, OpinionNewsArticle…)
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report)/?$")


def _article_items(root: HtmlElement) -> list[HtmlElement]:
    """The page's microdata items typed as an article (`_ARTICLE_TYPE`)."""
    return [item for item in root.xpath(_ITEMS) if _ARTICLE_TYPE.search(item.get("itemtype"))]


def _item_of(element: HtmlElement) -> HtmlElement | None:
    """The item a property belongs to (microdata: the nearest element around it with `itemscope`): when a
    page types its story as an article, an `itemprop="author"` of no article's item (a card of another
    story beside it, a Person under no item) states no writer of the story."""
    return next((parent for parent in element.iterancestors() if parent.get("itemscope") is not None), None)


# The elements holding an attribute, found from the attributes (`//@name/..`): libxml2 tests the few such
# attributes, where `//*[@name]` makes a step through every element (pagespeed28: 0.2 and 0.1 ms a page of ~0.5;
# the same elements in document order, each once, as the parent of an attribute is always an element).
_PROPERTIES = "//@itemprop/.."
_ITEMS = "//@itemscope/parent::*[@itemtype]"
_HIDDEN_ITEM = "//@itemscope/parent::*[contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')]"


def drop_hidden_items(root: HtmlElement) -> None:
    """Remove the microdata items (`itemscope`) a page hides with its inline style, metadata `read_metadata` read
    (aeb19: businessinsider's NewsArticle); one with 2 `<p>`s of text is the story, shown by a script."""
    for element in root.xpath(_HIDDEN_ITEM):
        if element.getparent() is not None and sum(bool(p.text_content().strip()) for p in element.iter("p")) < 2:
            element.drop_tree()


MAX_DAY_CHARS = 40  # an element's text that is a day ("2 Déc 2017"), not a line that mentions one


def _shown_day(element: HtmlElement, root: HtmlElement) -> dt.datetime | None:
    """The day a microdata date element shows as its text, its value in microdata when it has no
    `content` or `datetime` attribute: read as a page writes days, with a month name of the
    page's language too (`page_days`; framablog's `<div itemprop="datePublished">2 Déc 2017</div>`)."""
    text = normalise_space(element.text_content())
    if not text or len(text) > MAX_DAY_CHARS:
        return None
    local = local_day_pattern(page_language(root))
    found = next((local_day(m, local[1]) for m in local[0].finditer(text)), None) if local else None
    return read_day(text) or found


def _first_date(values: Any) -> dt.datetime | None:
    """The first value that is a date, a CMS's empty date aside (`is_placeholder_date`)."""
    for value in values:
        if value:
            parsed = parse_page_date(value)
            if parsed is not None and not is_placeholder_date(parsed):
                return parsed
    return None


def is_placeholder_date(day: dt.datetime) -> bool:
    """A date a CMS writes for "no date": .NET's `DateTime.MinValue` (0001-01-01, USA Today's
    JSON-LD `dateModified`/`datePublished`) or the Unix epoch (1970-01-01T00:00), the zero of
    the two clocks most CMSs keep; no news page was published on either.

    >>> is_placeholder_date(dt.datetime(1, 1, 1)), is_placeholder_date(dt.datetime(1970, 1, 1)), is_placeholder_date(dt.datetime(1969, 7, 21))
    (True, True, False)
    """
    epoch = (day.year, day.month, day.day, day.hour, day.minute) == (1970, 1, 1, 0, 0)
    return day.year < PLACEHOLDER_YEARS or epoch


def parse_page_date(text: str) -> dt.datetime | None:
    """ISO 8601 as pages write it: with a `Z`, a `+0000` offset, a space for the `T`, or a bare date.

    >>> parse_page_date("2020-02-24T12:57:13+0000").isoformat()
    '2020-02-24T12:57:13+00:00'
    >>> parse_page_date("2020-01-10 09:00:04").isoformat(), parse_page_date("January 16, 2020")
    ('2020-01-10T09:00:04', None)
    """
    text = normalise_space(text)
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    return parse_published(text.replace("Z", "+00:00") if text.endswith("Z") else text)
