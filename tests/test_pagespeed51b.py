"""Work repeated for nothing on the pages over twice trafilatura alone's instructions, cut with the same reading
(pagespeed51b, issue 14): `page_authors._maybe_author_named` walks the page to order its elements only when two of
its three attribute paths found some; `byline_teasers.teaser_credits` reads the class-named boxes from the page's
class values; `datelines.HeadingReads` reads the title shown of both kinds in one pass. Each fast path is held here to
the reading it replaces, written out plainly, on realworld pages and on pages made to part the two; the outputs of all
realworld pages are byte-identical (`bench/page_dump.py compare`).
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from conftest import measured_pages
from lxml.html import HtmlElement

from l10n.ingest import byline_teasers, datelines, ingest_file, page_authors
from l10n.ingest.byline_lines import label_length
from l10n.ingest.byline_shape import MAX_BY_LINE_WORDS
from l10n.ingest.fields import match_key, normalise_space, page_keys
from l10n.ingest.figure_credits import class_names
from l10n.ingest.metadata import PageMetadata, read_metadata, title_parts
from l10n.ingest.page_titles import comma_site_heads

REALWORLD = Path(__file__).parent / "data" / "realworld"
TARGETS = ("kulu-media-com-outage", "nashbryansk-ru-gripp", "isthmus-com-dreamers", "usatoday-com-epstein")
# the targeted pages and every ninth other page: each sort of layout, read in a minute on a loaded machine
SAMPLE = sorted({*TARGETS, *(path.stem for path in sorted(measured_pages())[::9])})


def _tree(stem: str) -> HtmlElement:
    return lxml.html.document_fromstring((REALWORLD / f"{stem}.html").read_bytes())


# --- the readings replaced, written out plainly --------------------------------------------------------------------


def _author_named_plainly(root: HtmlElement) -> list[HtmlElement]:
    """Every element whose class, `itemprop` or id, lower-cased, passes `_BYLINE_CLASS_WORD`'s gate, in page order."""
    gate = page_authors._BYLINE_CLASS_WORD
    return [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and any(gate.may_match((element.get(name) or "").lower()) for name in ("class", "itemprop", "id"))
    ]


def _teaser_credits_plainly(root: HtmlElement) -> frozenset[str]:
    """`teaser_credits` as it read before: one walk, each element asked both questions in turn."""
    headed = byline_teasers.heading_boxes(root)
    inside: set[str] = set()
    outside: set[str] = set()
    for element in root.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if (
            classes is not None
            and any(word in classes.lower() for word in byline_teasers.BYLINE_BOX_CLASSES)
            and class_names(element, byline_teasers.BYLINE_BOX_CLASSES)
            and byline_teasers.in_teaser(element, headed)
        ):
            inside.update(normalise_space(box.text_content()) for box in element.iter() if isinstance(box.tag, str))
        text = element.text
        if not isinstance(element.tag, str) or not text or not label_length(text.lstrip()):
            continue
        lines = {normalise_space(box.text_content()) for box in (element, element.getparent()) if box is not None}
        lines = {line for line in lines if len(line.split(maxsplit=MAX_BY_LINE_WORDS)) <= MAX_BY_LINE_WORDS}
        (inside if byline_teasers.in_teaser(element, headed) else outside).update(lines)
    return frozenset(inside - outside)


def _title_shown_plainly(root: HtmlElement, meta: PageMetadata, longest_part: bool) -> list[HtmlElement]:
    """`_title_shown` as it read before: the shown texts read and keyed for one `longest_part`."""
    shown = root.xpath("//body//text()[normalize-space()]")
    titles = datelines._story_titles(meta) | {match_key(title_parts(title)[0]) for title in meta.headlines}
    if any("," in title for title in meta.headlines):
        texts = [str(text) for text in shown]
        titles |= {match_key(head) for title in meta.headlines for head in comma_site_heads(title, texts)}
    if longest_part:
        titles |= {match_key(max(title_parts(title), key=len)) for title in meta.headlines}
    showing = [text.getparent() for text in shown if text.is_text and match_key(str(text)) in titles]
    return ([element for element in showing if not datelines._in_link(element)] or showing)[:1]


# --- the fast paths give what the plain readings give --------------------------------------------------------------


@pytest.mark.parametrize("stem", SAMPLE)
def test_the_fast_paths_read_realworld_pages_as_before(stem: str) -> None:
    root = _tree(stem)
    meta = read_metadata(root)
    with page_keys():
        assert page_authors._maybe_author_named(root) == _author_named_plainly(root)
        assert byline_teasers._byline_boxes(root) == [
            element
            for element in root.iter()
            if isinstance(element.tag, str)
            and any(word in (element.get("class") or "").lower() for word in byline_teasers.BYLINE_BOX_CLASSES)
        ]
        assert byline_teasers.teaser_credits(root) == _teaser_credits_plainly(root)
        both = datelines._titles_shown(root, meta, (False, True))
        assert both == {part: _title_shown_plainly(root, meta, part) for part in (False, True)}


# elements found by two or three paths out of the page's order: the id's and the itemprop's before the class's
MIXED = """<html><body>
<div id="byline-top"><span>Ann Lee</span></div>
<p itemprop="author">Bo Chen</p>
<div class="story"><span class="author-name">Cy Dee</span><a id="author-link" class="x">Di Eng</a></div>
<footer itemprop="AUTHOR" class="Byline">Ed Fox</footer>
</body></html>"""


def test_elements_of_two_paths_are_put_in_page_order() -> None:
    """The walk that orders the elements is skipped only when one path found them all: here each path finds its own,
    the id's first in the page, and they come back in the page's order."""
    root = lxml.html.document_fromstring(MIXED)
    found = page_authors._maybe_author_named(root)
    assert [element.text_content() for element in found] == ["Ann Lee", "Bo Chen", "Cy Dee", "Di Eng", "Ed Fox"]
    assert found == _author_named_plainly(root)


TEASERS = """<html><body>
<div class="cards">
 <div class="card"><h3><a href="/a/story-one">A first story about harbours</a></h3><span class="Byline">By Ann Lee</span></div>
 <div class="card"><h3><a href="/a/story-two">A second story about ferries</a></h3><p>By Bo Chen</p></div>
</div>
<h1>The story</h1><p class="AUTHOR-box">By Cy Dee</p><p>Text of the story, long enough to read.</p>
<!-- By a comment --><?pi By nobody?>
</body></html>"""


def test_teaser_credits_made_to_part_the_readings() -> None:
    """Upper-case class words, a label in an unclassed paragraph, a comment and a processing instruction (no
    elements): the cards' credits are teasers' (and their cards' lines, short enough for one), the story's own byline is
    not."""
    root = lxml.html.document_fromstring(TEASERS)
    cards = {"A first story about harboursBy Ann Lee", "A second story about ferriesBy Bo Chen"}  # a label's parent
    assert byline_teasers.teaser_credits(root) == _teaser_credits_plainly(root) == {"By Ann Lee", "By Bo Chen", *cards}


# --- the work no longer done ---------------------------------------------------------------------------------------


def test_one_path_of_author_names_needs_no_walk_to_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """kulu-media's 18 author-named elements all come from class values, in the page's order: no walk of its 744
    elements (before, and again of the pruned page's 484), the same writers read."""
    stem = "kulu-media-com-outage"
    before = ingest_file(REALWORLD / f"{stem}.html")
    walks: list[int] = []
    order = page_authors._in_document_order

    def counted(root: HtmlElement, elements: dict[HtmlElement, None]) -> list[HtmlElement]:
        walks.append(len(elements))
        return order(root, elements)

    monkeypatch.setattr(page_authors, "_in_document_order", counted)
    after = ingest_file(REALWORLD / f"{stem}.html")
    assert (after.author, after.blocks) == (before.author, before.blocks)
    assert walks == []


def test_teaser_credits_ask_no_element_its_class_by_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_may_name_byline_box` was called on each of kulu-media's 484 pruned elements a read; the class values are
    searched now, an element's object made for the 15 that name a byline box."""
    stem = "kulu-media-com-outage"
    before = ingest_file(REALWORLD / f"{stem}.html")
    calls: list[HtmlElement] = []
    may_name = byline_teasers._may_name_byline_box

    def counted(element: HtmlElement) -> bool:
        calls.append(element)
        return may_name(element)

    monkeypatch.setattr(byline_teasers, "_may_name_byline_box", counted)
    after = ingest_file(REALWORLD / f"{stem}.html")
    assert (after.author, after.blocks) == (before.author, before.blocks)
    assert calls == []


def test_a_titled_text_is_looked_for_twice_a_read_not_three_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """nashbryansk has no heading saying its title: its shown texts were read for one three times a read (the
    writers' check, the page's `HeadingReads`, and the copy's for `heading_texts`, `longest_part`); the page's reads
    give the copy both now. The writers' check reads a tree before `drop_link_cards`: still its own."""
    stem = "nashbryansk-ru-gripp"
    before = ingest_file(REALWORLD / f"{stem}.html")
    asked: list[int] = []
    titles = datelines._story_titles

    def counted(meta: PageMetadata) -> set[str]:
        asked.append(1)
        return titles(meta)

    monkeypatch.setattr(datelines, "_story_titles", counted)
    after = ingest_file(REALWORLD / f"{stem}.html")
    assert (after.published, after.blocks) == (before.published, before.blocks)
    # `_titled_headings` asks it once for each tree it reads (the writers' check and the page's), `_title_shown` once
    # a tree it reads
    assert len(asked) == 4
