"""A page laid out in columns (issue 14, session 33; l10n/ingest/page_layout.py): the story is the cell holding
the headline and the story's first paragraph, and the columns of links, headings and teaser items beside it,
above or below it are not the story, unless the story continues there; a data table stays the story's. Each
rule is asserted on a small page laid out so (it failed before the rule) with its near misses, and on the
real pages it was found on (holdout29's zdrowiewpodrozy and gwizdek24)."""

from __future__ import annotations

import lxml.html
from conftest import measured_pages
from page_support import HEADLINE, PARAGRAPHS, STORY, ingest, key, label_of, read, units

from l10n.ingest.page_layout import side_column_keys
from l10n.ingest.page_main import MainText

BRIEFS = (
    ("Flu season starts early", "Doctors in the north reported the first winter flu cases a month early.", "7 April"),
    ("Heat wave in the south", "Temperatures reached forty degrees in the south and people stayed inside.", "6 April"),
)
# a side column of news in brief: a heading, titles, blurbs and dates repeating their shape, no link but the last
NEWS = (
    "<h3>In brief</h3>"
    + "".join(
        f'<div class="h"><strong>{title}</strong></div><div class="info"><div>{blurb}</div><span>{day}</span></div>'
        for title, blurb, day in BRIEFS
    )
    + '<div><a href="/news">All news</a></div>'
)
TEASERS = (
    ("Before the trip", "The main rules of healthy travel: what every traveller should know before leaving."),
    ("On the road", "A few simple rules to follow on the road keep most travellers healthy and safe."),
)
# a side column of advice teasers: a heading, each teaser a linked title, a blurb and a "Read more" link
ADVICE = "<h3>Advice for travellers</h3>" + "".join(
    f'<div class="teaser"><a href="/a{n}"><strong>{title}</strong></a><div>{blurb}</div><a href="/a{n}">Read more</a></div>'
    for n, (title, blurb) in enumerate(TEASERS)
)
SIDE_TEXTS = [blurb for _, blurb, _ in BRIEFS] + [blurb for _, blurb in TEASERS]
DATA = (
    "<table><tr><th>Port</th><th>Ferries</th><th>Reopens</th></tr><tr><td>Northbay</td><td>4</td><td>Friday</td></tr>"
    "<tr><td>Southend</td><td>2</td><td>Monday</td></tr><tr><td>Westcliff</td><td>3</td><td>Tuesday</td></tr></table>"
)


def _all_kept(root: lxml.html.HtmlElement) -> MainText:
    """Every piece of text of the page as trafilatura's lines: the rule's question is the layout's alone."""
    return MainText.of([text for text in root.itertext() if text.strip()])


def _texts(body: str) -> list[str]:
    return [key(text) for text in units(ingest(body))]


def _holds(texts: list[str], text: str) -> bool:
    return any(key(text) in unit for unit in texts)


def test_the_columns_beside_the_story_cell_of_a_table_layout_are_not_the_story() -> None:
    """Three cells side by side: news in brief, the story, advice teasers; the extractor keeps the columns'
    blurbs with the story (each a sentence of its own), and they were units."""
    texts = _texts(f"<table><tr><td>{NEWS}</td><td>{HEADLINE}{STORY}</td><td>{ADVICE}</td></tr></table>")
    assert not [text for text in SIDE_TEXTS if _holds(texts, text)]
    assert all(_holds(texts, paragraph) for paragraph in PARAGRAPHS)


def test_a_data_table_beside_the_story_stays_the_storys() -> None:
    """The near miss: a grid of short cells in the story's column is the story's data (issue 14 wants it as a
    table), whether it sits among the story's paragraphs or beside the story's box; a data table is no column."""
    for story in (f"{HEADLINE}{STORY}{DATA}", f"<div>{HEADLINE}{STORY}</div>{DATA}"):
        page = ingest(f"<table><tr><td>{NEWS}</td><td>{story}</td><td>{ADVICE}</td></tr></table>")
        cells = [block.text for block in page.blocks if block.role == "cell"]
        assert cells == ["Port", "Ferries", "Reopens", "Northbay", "4", "Friday", "Southend", "2", "Monday"] + [
            "Westcliff",
            "3",
            "Tuesday",
        ]
        assert not [text for text in SIDE_TEXTS if _holds([key(block.text) for block in page.blocks], text)]


def test_a_sibling_the_story_continues_in_is_no_column() -> None:
    """The near miss: the story's next section in a cell of its own under the story's (a heading and paragraphs:
    not almost all links, headings and items), and a cell of a standfirst, stay; the columns go."""
    section = (
        "<h3>Repairs to the sea wall</h3><p>The sea wall will be repaired over the summer at a cost the council has "
        "yet to agree.</p><p>Engineers say the work will take four months once it starts in June.</p>"
    )
    root = lxml.html.fromstring(
        f"<html><body><table><tr><td>{NEWS}</td><td>{HEADLINE}{STORY}</td><td>{ADVICE}</td></tr>"
        f"<tr><td></td><td>{section}</td></tr></table></body></html>"
    )
    keys = side_column_keys(root, _all_kept(root), ["Harbour reopens after the storm"], "")
    assert all(key(text) in keys for text in SIDE_TEXTS)
    assert not {key("Engineers say the work will take four months once it starts in June.")} & keys
    assert not {key(paragraph) for paragraph in PARAGRAPHS} & keys
    # a sibling of one link (a "back to the top" cell) is no box of pieces either
    lone = lxml.html.fromstring(
        f'<html><body><table><tr><td><a href="#top">Top</a></td><td>{HEADLINE}{STORY}</td></tr></table></body></html>'
    )
    assert side_column_keys(lone, _all_kept(lone), ["Harbour reopens after the storm"], "") == frozenset()


def test_no_headline_no_story_cell() -> None:
    """Without an element saying a stated title the story's cell is unknown, and nothing is taken for a column
    (a page's columns are told only beside its story)."""
    root = lxml.html.fromstring(f"<html><body><table><tr><td>{NEWS}</td><td>{STORY}</td></tr></table></body></html>")
    assert side_column_keys(root, _all_kept(root), ["Harbour reopens after the storm"], "") == frozenset()


def _chrome_kept(name: str) -> list[str]:
    texts = [key(text) for text in units(read(name))]
    return [text for text in label_of(name)["chrome"] if any(key(text) in unit for unit in texts)]


def test_zdrowiewpodrozys_side_columns_and_gwizdek24s_live_box_are_no_units() -> None:
    """holdout29's zdrowiewpodrozy (a Joomla page: the story a table's cells in the middle column, news in brief,
    an encyclopaedia's slider and advice teasers in the columns beside it, the extractor keeping them all) and
    gwizdek24 (a right column after the story's: a live-report box, a results table, opinions)."""
    names = {page.stem for page in measured_pages()}
    assert {"zdrowiewpodrozy-pl-goraczka", "gwizdek24-pl-lato"} <= names
    assert _chrome_kept("zdrowiewpodrozy-pl-goraczka") == ["Środa, 10 kwiecień 2013 r."]  # the header's clock
    assert _chrome_kept("gwizdek24-pl-lato") == []
    for name in ("zdrowiewpodrozy-pl-goraczka", "gwizdek24-pl-lato"):
        label, texts = label_of(name), [key(text) for text in units(read(name))]
        passages = [label["body_start"], label["body_end"], *label["keep"]]
        assert all(any(key(passage) in unit for unit in texts) for passage in passages), name
