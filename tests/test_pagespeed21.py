"""What ingest no longer works out on a page, and why each answer stays the one it was (pagespeed21).

- `page_main.is_body_match`: whether one of trafilatura's body expressions picks an element is
  first asked of the element alone (a shallow copy under an empty parent); only an element that
  passes there is looked for on the whole page. The answer is the whole page's for every element
  of real pages and of a small page holding each way an expression picks or passes over an
  element: a second box of a picked class (the expressions take the first), a class an
  expression names in another case, an attribute name a copy cannot take.
- `urls.safe_url` scans a link for hidden characters once and reads its scheme once when it holds
  no "&" (nothing the browser decodes, strips or removes is left in it then), twice otherwise;
  its default scheme sets are not built again per call; `allowed_attributes` builds no allow-list
  per element. Every answer is the reading before (`reference_safe_url`: both readings checked
  in full, as the module's docstring states the rule) on hostile spellings — mixed-case
  schemes, character references for letters, colons and controls, escaped references, tabs and
  spaces inside a scheme, bidi and zero-width characters — and on every link of slow pages.
- `page_authors.author_elements` makes an element's object only for the elements whose class,
  `itemprop` or id holds one of the strings every author-class match holds (`_maybe_author_named`):
  every element the pattern matches is among them, in document order, on small pages (names in
  upper case, "İ", split across class and id) and on every element of real pages.
- `page_main.normalise_text` reads non-ASCII texts only and the three attributes where an
  element carries them: the tree is the element-by-element reading's (`reference_normalise`).
- `furniture.page_sites` reads each distinct address of a page's links once, and `_host` answers
  "" without `urlsplit` for an address without a colon (no scheme, so no http(s) host): the
  hosts are the reading before (`reference_host`) on generated addresses and on every link of
  real pages, and the sites the same on pages whose links repeat, are social, or have an empty
  organisation ("http://.x/").
- The walker emits no block for a run holding no word without finishing it
  (`InlineTextBuilder.is_empty`), and `story_edges._is_headline_and_excerpt` reads a link's
  address after the text's cheaper tests: the same blocks and teaser runs.
- `byline_lines.is_role_line` refuses a text of six words or more before spacing it out whole
  (a dots-only last word, which it strips, is one word at most): the answers of the reading before
  on generated lines of role words, dots and spaces.

The `reference_*` readings are the code before pagespeed21, kept here on purpose as oracles: they
pin the answers a speed change must not move. A later change of a rule itself (not of its speed)
edits its reference too, or drops the comparison and keeps the fixed cases.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_urls import obfuscated_urls
from trafilatura.xpaths import BODY_XPATH

from l10n.ingest import furniture
from l10n.ingest.byline import MAX_ROLE_LINE_WORDS, ROLE_WORDS, WRITING_JOBS
from l10n.ingest.byline_lines import is_role_line
from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html
from l10n.ingest.inline import InlineTextBuilder
from l10n.ingest.page_authors import _BYLINE_CLASS_WORD, _maybe_author_named, author_elements
from l10n.ingest.page_main import NORMALISED_ATTRIBUTES, _normalised, is_body_match, normalise_text
from l10n.ingest.story_edges import teaser_run
from l10n.model import Block, InlineMarkup
from l10n.urls import ALLOWED_SCHEMES, allowed_attributes, as_browser_reads, has_hidden_characters, safe_url

REALWORLD = Path(__file__).parent / "data" / "realworld"
SLOW_PAGES = ("thekenyatimes-com-kisumu.html", "usatoday-com-epstein.html", "economist-com-thinking.html")


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


def picked_on_the_page(root: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """Every element one of the body expressions picks on the page, as `_later_sections` asked before."""
    return {element for expression in BODY_XPATH for element in expression(root)}


# (page, the text of the paragraph whose box is asked, whether an expression picks that box)
CASES = (
    ("<div class='col-md-4'><p>a</p></div>", "a", False),  # no expression names its class
    ("<div class='text'><p>a</p></div><div class='text'><p>b</p></div>", "a", True),  # the first of a class
    ("<div class='text'><p>a</p></div><div class='text'><p>b</p></div>", "b", False),  # alone it would be
    ("<div class='FullText'><p>a</p></div>", "a", True),  # re:test(@class, 'fulltext', 'i')
    ("<section id='main-story'><p>a</p></section>", "a", True),  # starts-with(@id, 'main')
    ("<span class='text'><p>a</p></span>", "a", False),  # a tag no expression takes
    ("<div v-on:click='go' class='post'><p>a</p></div>", "a", True),  # a name lxml refuses to set: the page asked
    ("<div v-on:click='go' class='col'><p>a</p></div>", "a", False),
    ("<div><div itemprop='articleBody'><p>a</p></div><div itemprop='articleBody'><p>b</p></div></div>", "b", False),
    ("<div><div itemprop='articleBody'><p>a</p></div></div><div itemprop='articleBody'><p>b</p></div>", "b", True),
)


@pytest.mark.parametrize(("body", "text", "picked"), CASES)
def test_each_way_of_picking_an_element_is_answered_as_on_the_page(body: str, text: str, picked: bool) -> None:
    """The cases a shallow copy could get wrong: a box of a picked class after the first (the
    expressions take the first match), a class named in another case, a name a copy cannot take;
    `.//*[…][1]` takes the first match among each element's children."""
    root = parse_html(f"<html><body>{body}</body></html>", source_path="page.html")
    box = next(p for p in root.iter("p") if p.text == text).getparent()
    assert (box in picked_on_the_page(root)) is picked
    assert is_body_match(box) is picked


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_every_element_of_real_pages_is_answered_as_on_the_page(name: str) -> None:
    root = parsed(name)
    picked = picked_on_the_page(root)
    elements = [element for element in root.iter() if isinstance(element.tag, str)]
    assert picked and all(is_body_match(element) == (element in picked) for element in elements)


# --- safe_url: one scan, one reading when nothing is left to decode --------------------------------


def reference_safe_url(value: str, *, schemes: Iterable[str] = ALLOWED_SCHEMES, relative: bool = True) -> str | None:
    """The rule as the module's docstring states it, each reading checked in full (safe_url before
    pagespeed21): no hidden character, then read raw and read as the browser will, each a scheme
    allowed or a relative reference without a colon in its first segment. A frozen copy of
    base21's `safe_url` on purpose (review21): a change of the URL policy edits it too, or keeps
    only `HOSTILE` and `HONEST` with their fixed answers."""
    allowed = frozenset(scheme.lower() for scheme in schemes)
    value = value.strip(" \t\n\r\f")
    if not value or has_hidden_characters(value):
        return None
    for reading in (value, as_browser_reads(value)):
        if has_hidden_characters(reading):
            return None
        match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*):", reading)
        if match:
            if match.group(1).lower() not in allowed:
                return None
        elif not relative or ":" in re.split(r"[/?#]", reading, maxsplit=1)[0]:
            return None
    return value


HOSTILE = (
    "JaVaScRiPt:alert(1)",  # mixed case, nothing to decode: the one reading must still lower the scheme
    "javascript\u200b:x",  # zero-width after the scheme
    "\u202ejavascript:x",  # a bidi override first
    "java\u2060script:x",  # word joiner
    "\u00a0javascript:x",  # a no-break space is no C0 space: no scheme, a colon in the first segment
    "java script:x",  # a space inside the scheme
    "java\tscript:x",  # a tab inside, raw
    "java&#x09;script:x",  # a tab inside, as a reference
    "java&Tab;script:x",
    "&#x6A;avascript:x",  # a letter as a reference
    "&amp;#x6A;avascript:x",  # the reference escaped once more
    "&amp;amp;#x6A;avascript:x",  # and twice
    "javascript&colon;x",  # the colon as a reference
    "java&#x0B;script:x",  # a control as a reference
    "&#0;javascript:x",  # NUL as a reference
    " &#32;javascript:x",  # a space as a reference before it
    "a&#58;b",  # a colon by reference in a relative reference's first segment
    "DATA:text/html,x",
    "data&#x3A;text/html,x",
    "vbscript:x",
    "\x85javascript:x",  # a C1 control
)
HONEST = (
    "HTTPS://x.org/a",  # upper case: the scheme is compared in lower case
    "https://x.org/?a=1&amp;b=2",  # a reference in the query
    "https://x.org/?a=1&b=2",
    "mailto&#58;desk@x.org",  # its colon by reference: the browser reads mailto:
    "/a&#58;b",
    "../a.html",
    "#top",
    "  https://x.org/a  ",  # outer whitespace trimmed
    "https://例子.测试/路径",
)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_spellings_are_refused_as_before(value: str) -> None:
    assert reference_safe_url(value) is None
    assert safe_url(value) is None


@pytest.mark.parametrize("value", HONEST)
def test_honest_urls_are_kept_as_before(value: str) -> None:
    assert safe_url(value) == reference_safe_url(value) == value.strip()


def test_schemes_passed_in_are_compared_in_lower_case() -> None:
    for schemes in (["HTTPS"], ("Https",), frozenset({"https"}), (s for s in ["HTTPS"])):
        assert safe_url("https://x.org", schemes=schemes) == "https://x.org"
    assert safe_url("mailto:a@x.org", schemes=["HTTPS"]) is None
    assert safe_url("MAILTO:a@x.org") == "MAILTO:a@x.org"
    assert safe_url("a.html", relative=False) is None and safe_url("&#x2F;a.html", relative=False) is None


def test_an_elements_allow_list_is_its_own_in_any_case() -> None:
    assert allowed_attributes("IMG", [("SRC", "//evil.org/a.png"), ("ALT", "x")]) == (("alt", "x"),)
    assert allowed_attributes("A", [("HREF", "https://x.org"), ("src", "a.png")]) == (("href", "https://x.org"),)
    assert allowed_attributes("Time", [("datetime", "2020"), ("href", "https://x.org")]) == (("datetime", "2020"),)
    assert allowed_attributes("b", [("href", "https://x.org"), ("title", "t")]) == (("title", "t"),)


@settings(max_examples=400, deadline=None)
@given(obfuscated_urls() | st.text(alphabet="jJaAvVsScCrRiIpPtT:&#x3A;;0123456789/?. \t\u200b\u202e", max_size=24))
def test_generated_spellings_are_answered_as_before(value: str) -> None:
    assert safe_url(value) == reference_safe_url(value)
    assert safe_url(value, relative=False) == reference_safe_url(value, relative=False)


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_every_link_and_picture_of_real_pages_is_answered_as_before(name: str) -> None:
    root = parsed(name)
    values = [
        element.get(attribute) for element in root.iter() for attribute in ("href", "src") if element.get(attribute)
    ]
    assert len(values) >= 10
    assert all(safe_url(value) == reference_safe_url(value) for value in values)


# --- author_elements: objects only for the elements an author class may name ---------------------


def author_named(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Every element whose names the pattern matches, as author_elements read them before pagespeed21."""
    return [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and _BYLINE_CLASS_WORD.compiled.search(
            f"{element.get('class', '')} {element.get('itemprop', '')} {element.get('id', '')}".lower()
        )
    ]


NAMED = (
    "<div class='Article-AUTHOR'>Jane Doe</div>",  # upper case: the names are lowered before the search
    "<span id='BYLINE-1'>By Jane Doe</span>",
    "<span itemprop='author'>Jane Doe</span>",
    "<p class='x' id='la-firma'>Jane Doe</p>",
    "<p class='reporter'>Jane Doe</p>",
    "<p class='wrİter'>Jane Doe</p>",  # "İ" lowers to two characters: no "writer" (as before)
    "<p class='auth' id='or'>Jane Doe</p>",  # split across class and id: a space between, no "author"
    "<p class='firmament'>Jane Doe</p>",  # "firma" at a word's start (a match, as before)
    "<p class='afirma'>Jane Doe</p>",  # "firma" inside a word (no match; a candidate to test)
)


def test_every_element_an_author_class_names_is_read() -> None:
    root = parse_html(f"<html><body><div>{''.join(NAMED)}</div></body></html>", source_path="page.html")
    named = author_named(root)
    assert [element.get("class") or element.get("id") or element.get("itemprop") for element in named] == [
        "Article-AUTHOR", "BYLINE-1", "author", "x", "reporter", "firmament"
    ]  # fmt: skip
    maybe = _maybe_author_named(root)
    assert set(named) <= set(maybe) and maybe == sorted(maybe, key=list(root.iter()).index)
    assert author_elements(root) == ["Jane Doe"]


@pytest.mark.parametrize("name", (*SLOW_PAGES, "kulu-media-com-outage.html", "businessinsider-com-larrypage.html"))
def test_every_element_an_author_class_names_on_real_pages_is_read(name: str) -> None:
    root = parsed(name)
    maybe = _maybe_author_named(root)
    assert [element for element in maybe if element in set(author_named(root))] == author_named(root)
    order = {element: at for at, element in enumerate(root.iter())}
    assert [order[element] for element in maybe] == sorted(order[element] for element in maybe)


# --- normalise_text: non-ASCII texts only, attributes where they are ------------------------------


def reference_normalise(root: lxml.html.HtmlElement) -> None:
    """normalise_text before pagespeed21: every text, tail and attribute of every element."""
    for element in root.iter():
        for field in ("text", "tail"):
            value = getattr(element, field)
            normal = _normalised(value)
            if normal is not value:
                with contextlib.suppress(ValueError):
                    setattr(element, field, normal)
        if isinstance(element.tag, str):
            for attribute in NORMALISED_ATTRIBUTES:
                value = element.get(attribute)
                if value and (normal := _normalised(value)) is not value:
                    with contextlib.suppress(ValueError):
                        element.set(attribute, normal or "")


SOFT = "\u00ad"
DECOMPOSED = "Mu\u0308ller"


def test_the_page_is_normalised_as_element_by_element() -> None:
    page = (
        f"<html><head><meta property='og:title' content='Mit{SOFT}tel{SOFT}alter'><title>{DECOMPOSED}</title></head>"
        f"<body><!-- {DECOMPOSED} --><p title='{SOFT}'>Mit{SOFT}tel <b>{DECOMPOSED}</b> {DECOMPOSED}{SOFT}</p>"
        f"<img alt='{DECOMPOSED}' src='a.png'><p data-x='{SOFT}'>plain ASCII</p></body></html>"
    )
    root = parse_html(page, source_path="page.html")
    before = copy.deepcopy(root)
    reference_normalise(before)
    normalise_text(root)
    assert lxml.html.tostring(root) == lxml.html.tostring(before)
    assert root.find(".//img").get("alt") == "Müller" and root.find(".//p").get("title") == ""
    assert root.find(".//meta").get("content") == "Mittelalter" and SOFT in root.findall(".//p")[1].get("data-x")


@pytest.mark.parametrize("name", (*SLOW_PAGES, "taz-de-siemens.html", "pikabu-ru-matrix.html"))
def test_real_pages_are_normalised_as_element_by_element(name: str) -> None:
    root = parsed(name)
    before = copy.deepcopy(root)
    reference_normalise(before)
    normalise_text(root)
    assert lxml.html.tostring(root) == lxml.html.tostring(before)


# --- page_sites: each address read once, relative ones without urlsplit -------------------------


def reference_host(url: str) -> str:
    """furniture._host before pagespeed21."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    return (parts.hostname or "").lower() if parts.scheme in ("http", "https") else ""


def reference_sites(root: lxml.html.HtmlElement) -> frozenset[str]:
    """furniture.page_sites before pagespeed21: every link's host read, one by one."""
    counts: dict[str, int] = {}
    stated: set[str] = set()
    relative = 0
    for element in root.iter("a", "link", "meta"):
        if element.tag == "a":
            href = (element.get("href") or "").strip()
            relative += href.startswith("/") and not href.startswith("//")
            host = reference_host(href)
            if host and not furniture._SOCIAL_HOSTS.search(host):
                organisation = furniture._organisation(host)
                counts[organisation] = counts.get(organisation, 0) + 1
        elif "canonical" in (element.get("rel") or "").lower().split():
            stated.add(furniture._organisation(reference_host(element.get("href") or "")))
        elif (element.get("property") or element.get("name") or "").lower() == "og:url":
            stated.add(furniture._organisation(reference_host(element.get("content") or "")))
    top = max(counts, key=lambda site: counts[site]) if counts else ""
    limit = min(relative, furniture.SITE_LINKS - 1)
    most = {top} if top and (top in stated or not stated or counts[top] > limit) else set()
    return frozenset(site for site in most | stated if site)


ADDRESSES = (
    "/news/a", "//cdn.x.org/a", "https://www.bbc.co.uk/news", "HTTP://X.ORG", " https://x.org ", "?a=b", "#top",
    "mailto:a@x.org", "javascript:void(0)", "http://[x/", "//[x", "http\t://x.org", "x.org/a:b", "https:x.org",
    "\x01http://x.org", "http://.x/", "https://facebook.com/share", "https://m.facebook.com/x", "",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ADDRESSES) | st.text(alphabet="htps:/.[]x#?@ \t", max_size=16) | st.text(max_size=12))
def test_a_hosts_reading_is_the_one_before(url: str) -> None:
    assert furniture._host(url) == reference_host(url)


def links_page(*hrefs: str, canonical: str = "") -> lxml.html.HtmlElement:
    head = f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    links = "".join(f"<a href='{href}'>x</a>" for href in hrefs)
    return parse_html(f"<html><head>{head}</head><body><p>{links}</p></body></html>", source_path="page.html")


@pytest.mark.parametrize(
    ("hrefs", "canonical", "sites"),
    [
        (["https://x.org/a"] * 3 + ["https://y.org/"] * 2, "", {"x"}),  # the same address again and again
        (["http://.x/"] * 3 + ["https://y.org/"] * 2, "", set()),  # most links to an empty organisation
        (["https://facebook.com/s"] * 5 + ["https://y.org/"], "", {"y"}),  # social links count for none
        (["/a", "/b", "https://y.org/"], "https://x.org/a", {"x"}),  # relative links: the stated site
    ],
)
def test_a_pages_sites_are_read_as_before(hrefs: list[str], canonical: str, sites: set[str]) -> None:
    root = links_page(*hrefs, canonical=canonical)
    assert reference_sites(root) == sites
    assert furniture.page_sites(root) == sites


@pytest.mark.parametrize("name", (*SLOW_PAGES, "dailymail-co-uk-food.html", "moneycontrol-com-sensex.html"))
def test_real_pages_sites_and_hosts_are_read_as_before(name: str) -> None:
    root = parsed(name)
    assert furniture.page_sites(root) == reference_sites(root)
    hrefs = [element.get("href") or "" for element in root.iter("a", "link")]
    assert all(furniture._host(href) == reference_host(href) for href in hrefs)


# --- the walker's empty runs, the teaser run's order of tests --------------------------------------


def test_a_builder_is_empty_until_a_word_is_added() -> None:
    builder = InlineTextBuilder()
    assert builder.is_empty()
    builder.add_text("  \u00a0\n ")
    builder.void("br", (), separates_words=True)
    builder.open("em", ())
    builder.close()
    assert builder.is_empty() and builder.finish()[0] == ""
    builder.add_text(" Ferries resume ")
    assert not builder.is_empty() and builder.finish()[0] == "Ferries resume"


def card(title: str, rest: str, href: str) -> Block:
    link = InlineMarkup(0, len(title), "a", (("href", href),))
    return Block("paragraph", f"{title} {rest}", markup=[link])


TITLE_WORDS = "Historic church in Turkey at risk"
EXCERPT = "The church is in ruins."


@pytest.mark.parametrize(
    ("block", "in_run"),
    [
        (card(TITLE_WORDS, EXCERPT, "https://example.com/n/1"), True),
        (card(TITLE_WORDS, EXCERPT, "https://elsewhere.org/n/1"), False),  # another site's story
        (card(TITLE_WORDS, EXCERPT, "/n/1"), False),  # a relative address names no organisation
        (card("Church at risk", EXCERPT, "https://example.com/n/1"), False),  # a title too short
        (card(TITLE_WORDS + ".", EXCERPT, "https://example.com/n/1"), False),  # a sentence, no headline
        (card(TITLE_WORDS, "the church is in ruins.", "https://example.com/n/1"), False),  # no capital after it
        (card(TITLE_WORDS, "The church is in ruins", "https://example.com/n/1"), False),  # no sentence after it
    ],
)
def test_a_run_of_teaser_cards_is_found_as_before(block: Block, in_run: bool) -> None:
    assert teaser_run([block] * 3, frozenset({"example"})) == ({0, 1, 2} if in_run else set())


# --- is_role_line: a long text refused before it is spaced out -------------------------------------


def reference_is_role_line(text: str) -> bool:
    """byline_lines.is_role_line before pagespeed21."""
    words = " ".join(text.split()).rstrip(".").split()
    if not 1 < len(words) <= MAX_ROLE_LINE_WORDS:
        return False
    roles = [word for word in words if word.lower() in ROLE_WORDS]
    others = [word for word in words if word.lower() not in ROLE_WORDS]
    return (
        len(others) <= 1
        and all(word[:1].isupper() for word in words)
        and (not others or words[0] == others[0])
        and any(word.lower() in WRITING_JOBS for word in roles)
    )


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Staff", "Writer", "Reporter", "Tribune", "the", ".", "..", "x."]), max_size=7))
def test_a_role_line_is_read_as_before(words: list[str]) -> None:
    for separator in (" ", "\u00a0 ", "\n"):
        text = separator.join(words)
        assert is_role_line(text) == reference_is_role_line(text)
    assert is_role_line("Tribune Staff Reporter . . .") is False  # four words: the dots end one
    assert is_role_line("Tribune Staff Reporter .") is True and reference_is_role_line("Tribune Staff Reporter .")
