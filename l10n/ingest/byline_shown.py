"""A writer the metadata states and the page never shows, where the page credits its story otherwise.

A CMS fills the author fields with whoever entered the story, a person the story's own credit does not
name (laprensafl's JSON-LD "Rocío García" over "Por: Agencia Reforma", folha's JSON-LD "Bruno (Henrique
Zecchin) Rodrigues" on a story signed "UOL"). A name that is nowhere in the text a reader sees (the
page's text outside `<script>` and `<style>`, compared as `byline_site.folded_key`s: case, spaces,
punctuation and diacritics do not matter) is not the writer when the page prints a byline of its own
(`_prints_byline`): the page's credit wins, and its bylines are read instead. Where the page prints no
byline the metadata's full name stays, shown or not (breakingnews.ie's, ozap's JSON-LD writer: the labels
take it). A one-word account is left to `page_authors`, which reads the page's bylines over it and keeps
it when they name no one in full ("BBNTEAM", test_ingest_rules2; "ASCII" over a one-word "Okamoto",
test_ingest_rules7; bukvy's "Vladislava" stays so). Initials alone ("RB", "R. B.": `is_initials`) that the page
never shows name no one a reader could know, byline or none: they go (misses32, holdout29's zdrowiewpodrozy, its
`<meta name="author" content="RB">`); shown on the page they stay ("By.KJ", "《KT》" are the labels' writers).
Read before pruning: an author box is furniture the pruning takes out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from l10n.ingest.byline import BYLINE_LABEL, reduce_byline
from l10n.ingest.byline_lines import label_length
from l10n.ingest.byline_shape import MAX_BY_LINE_WORDS, is_labelled_byline
from l10n.ingest.byline_site import folded_key
from l10n.ingest.byline_teasers import heading_boxes, in_teaser
from l10n.ingest.fields import normalise_space
from l10n.ingest.page_authors import BYLINE_CLASS_WORDS
from l10n.ingest.regex_gate import gated_compile
from l10n.ingest.shown_text import UNSHOWN, outside

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# `shown_text.UNSHOWN` but a `<noscript>`: its text (a tag manager's frame, a fallback picture, "Turn on JavaScript")
# prints no byline, and leaving it out would ask each piece of text's ancestors on the two pages in three holding one
_UNSEEN = UNSHOWN - {"noscript"}
# A byline's element by its class: `page_authors`' words, and "signature" (French, and as Portuguese and
# Spanish sites name it: folha's `<div class="c-signature"><strong>UOL</strong></div>`)
_BYLINE_CLASS = gated_compile("|".join((*BYLINE_CLASS_WORDS, "signature")))
# two capital letters, or two or three each with a full stop: a person's initials (three run together are as often an
# agency's or a desk's letters, "PTI", "LTO", which the organisation rules read)
_INITIALS = re.compile(r"[^\W\d_]{2}|(?:[^\W\d_]\.\s?){2,3}")


def is_initials(name: str) -> bool:
    """The name is a person's initials only ("RB", "R. B.", "J.K.L."), not a name or an agency's letters;
    capitals of a script that has them (Han letters have no case: "陈望" is a name).

    >>> [is_initials(name) for name in ("RB", "R. B.", "J.K.L.", "PTI", "Rb", "Bo", "陈望", "ÉB")]
    [True, True, True, False, False, False, False, True]
    """
    name = name.strip()
    return bool(_INITIALS.fullmatch(name)) and all(letter.isupper() for letter in name if letter.isalnum())


def shown_writers(root: HtmlElement, authors: list[str], site_name: str = "") -> list[str]:
    """The metadata's author values that name someone the page's visible text shows (see the module
    docstring); a value naming no one (an organisation, the site) stays for the later rules to read.

    >>> from lxml.html import fromstring
    >>> page = fromstring("<html><body><p>By Ann Lee</p><script>var e = 'Bo Chen';</script></body></html>")
    >>> shown_writers(page, ["Ann Lee", "Bo Chen"]), shown_writers(page, ["Reuters"])
    (['Ann Lee'], ['Reuters'])
    >>> unsigned = fromstring("<html><body><p>The pier reopened.</p></body></html>")
    >>> shown_writers(unsigned, ["Bo Chen"]), shown_writers(unsigned, ["Vladislava"])
    (['Bo Chen'], ['Vladislava'])
    """
    if not authors:
        return authors
    body = root.find("body")
    page = body if body is not None else root
    text: str | None = (
        None  # the page's shown text, folded only when a name is asked (pagespeed29: half the slow pages ask none)
    )
    raw: list[str] = []  # …and as shown, read once
    lowered: list[str] = []  # …and lower-cased

    def shown(name: str) -> bool:
        nonlocal text
        key = folded_key(name)
        if not key:
            return False
        if not raw:
            raw.append(_shown_text(page))
            lowered.append(raw[0].lower())
        if written_in(name, lowered[0]):
            return True  # as written, up to case: its key is in the page's, which is then not folded (pagespeed37)
        if text is None:
            text = folded_key(raw[0])
        return key in text

    def initials_shown(name: str) -> bool:  # as a word of their own, in capitals: "rb" is in "Herbata" folded
        if not shown(name):
            return False
        letters = r"\.?\s?".join(map(re.escape, re.findall(r"[^\W\d_]", name)))
        return re.search(rf"(?<!\w){letters}\.?(?!\w)", raw[0]) is not None

    printed: list[bool] = []  # whether the page prints a byline, read when a name is not shown

    def credited_otherwise() -> bool:
        if not printed:
            printed.append(_prints_byline(page))
        return printed[0]

    kept = []
    for value in authors:
        names = reduce_byline(value, site_name=site_name).names
        accounts = all(len(name.split()) == 1 for name in names)  # read against the page by `page_authors`
        if names and all(map(is_initials, names)) and not any(map(initials_shown, names)):
            continue  # initials the page never shows (see the module docstring)
        if not names or accounts or any(map(shown, names)) or not credited_otherwise():
            kept.append(value)
    return kept


def written_in(name: str, lowered: str) -> bool:
    """The name is in the text (`lowered`: lower-cased, `str.lower`) as written up to case, so its
    `folded_key` is in the text's: the fold is `match_key`'s lower case of the whole text, then each
    character on its own (non-word characters dropped, decomposed, marks dropped), and a part of the
    lower-cased text folds into a part of the folded text. Folding a page's whole text was most of
    `shown_writers`' cost (pagespeed37: motherjones' 54,000 characters, 6 ms, where lower-casing them
    takes 0.1 ms), and a writer the page shows is most often shown as the metadata writes them, or in
    capitals.

    >>> written_in("Ann Lee", "by ann lee, may 2"), written_in("Ann Lee", "by ann-lee"), written_in("ΑΣ", "ασα")
    (True, False, False)
    """
    return name.lower() in lowered


def _shown_text(page: HtmlElement) -> str:
    """The page's text outside `<script>`, `<style>` and `<template>` (`_UNSEEN`), in document order:
    `text_content()` without what a reader never sees. Folding the whole `text_content()` and then the
    scripts' text to subtract had cost nymag's page (850,000 of its 911,000 characters in scripts) a
    quarter of a second a read. A script's or style sheet's text is its own text node (the HTML parser
    reads them as raw text), so only a page with a `<template>` needs the ancestors asked."""
    if page.find(".//template") is None:
        return "".join(_TEXT_OUTSIDE_SCRIPTS(page))
    return "".join(_TEXT_OUTSIDE_UNSEEN(page))


_TEXT_OUTSIDE_SCRIPTS = etree.XPath(
    "descendant-or-self::text()[not(parent::script or parent::style)]", smart_strings=False
)
_TEXT_OUTSIDE_UNSEEN = etree.XPath(f"descendant-or-self::text()[{outside(_UNSEEN)}]", smart_strings=False)


# an agency's letters, three or more capitals ("BBC", "AFP", "PTI"): a credit's whole name, no person's
_AGENCY_LETTERS = re.compile(r"[A-Z]{3,6}")


def _credits(text: str) -> bool:
    """A labelled byline (`is_labelled_byline`), or a labelled line crediting an agency by its letters
    alone (misses53, holdout53's Myjoyonline: "From: BBC … Last Updated: December 15, 2011", the
    story the BBC's): the page's credit either way.

    >>> _credits("From: BBC Last Updated: December 15, 2011"), _credits("From: AFP"), _credits("From: Monday")
    (True, True, False)
    """
    if is_labelled_byline(text):
        return True
    label = BYLINE_LABEL.match(text)
    if label is None or len(text.split(maxsplit=MAX_BY_LINE_WORDS)) > MAX_BY_LINE_WORDS:
        return False
    first = text[label.end() :].split(maxsplit=1)[:1]  # a wire's letters ("AFP") reduce to no name: asked as written
    return bool(first and _AGENCY_LETTERS.fullmatch(first[0].rstrip(",.;|"))) and all(
        _AGENCY_LETTERS.fullmatch(name) for name in reduce_byline(text).names
    )


def _prints_byline(page: HtmlElement) -> bool:
    """The page prints a byline: an element classed as one holding a few words, or a labelled byline line
    ("Por: Agencia Reforma | 17 de Febrero 2020"), outside scripts and styles and not in another story's
    card (`byline_teasers.in_teaser`)."""
    headed: set[HtmlElement] | None = None
    for element in page.iter():
        if not isinstance(element.tag, str) or element.tag in _UNSEEN:
            continue
        names = f"{element.get('class', '')} {element.get('itemprop', '')}".lower()
        found = (
            _BYLINE_CLASS.may_match(names)
            and bool(_BYLINE_CLASS.search(names))
            and 0 < len(element.text_content().split(maxsplit=MAX_BY_LINE_WORDS)) <= MAX_BY_LINE_WORDS
        )
        text = element.text
        if not found and text and label_length(text.lstrip()):
            parent = element.getparent()  # the label in an element of its own, the name beside it
            boxes = (element, parent) if parent is not None and parent.tag != "body" else (element,)
            found = any(_credits(normalise_space(box.text_content())) for box in boxes)
        if found:
            headed = heading_boxes(page) if headed is None else headed
            if not in_teaser(element, headed):  # another story's card credits that story (paz.de's "Von …")
                return True
    return False
