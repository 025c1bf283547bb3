"""What a saved page marks as not its story's running text, by conventions of markup and
typography (`page.py` and `story_edges.py` call them; written for holdout5's misses):

- other posts beside the story, as microformats mark them: a blog engine sets every post it shows
  as an entry (hAtom `hentry`, microformats2 `h-entry`), the story's own holding the `<h1>`;
- a quotation's attribution on the line under it, typeset with a dash ("— David McKinley on
  Sunday, …"), which is part of what the story shows though an extractor drops it as a caption;
- a subheading inside the story, a heading right above a kept paragraph, and the readers'
  comments under it, each signed "Posted by: …, <date>" (holdout6);
- a sentence of the story set as a heading (`is_sentence_heading`, moved here from
  `story_edges.py`), its last one too (`closing_sentence_heading`, holdout12).

Measured on `tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.byline import is_capitalised
from l10n.ingest.datelines import has_time_of_day, read_timestamp
from l10n.ingest.fields import match_key
from l10n.ingest.furniture import (
    MAX_LABEL_WORDS,
    PROSE_WORDS,
    ends_as_sentence,
    is_dangling_label,
    is_site_talk,
    link_share,
)
from l10n.ingest.page_titles import strip_site_name
from l10n.ingest.shown_text import shown_text
from l10n.ingest.site_notes import is_ad_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.html import HtmlElement

    from l10n.model import Block

MAX_ATTRIBUTION_WORDS = 25
# A quotation's attribution on the line under it: a dash, then who said it ("— David McKinley on
# Sunday, October 13th, 2019 in an article in a local newspaper"), as a pull quote or a fact-check's
# claim is signed.
_ATTRIBUTION = re.compile(r"^\s*[—―–]\s*(?P<word>[^\W\d_]\S*)")
_CLOSING_QUOTE = re.compile(r"[\"”»’'][.!?]?\s*$")


# A class that styles an element as a heading (Bootstrap's `.h1`–`.h6`, "for when you want the
# font styling of a heading but cannot use the associated HTML element").
_HEADING_CLASS = re.compile(r"^h([2-6])$")
_HEADING_STAND_INS = frozenset({"span", "div", "p", "strong", "b"})
# the elements whose class may hold such a word: one cheap XPath in C (most pages name none); the
# class attributes tested, then their elements (`/..`): 2–3× faster than testing `@class` of every
# element (pagespeed21b)
_HEADING_CLASSED = "//@class[contains(., ' h') or starts-with(., 'h')]/.."


def headings_by_class(root: HtmlElement) -> None:
    """Read an element a heading class names (`<span class="half-and-half__title h5">`) as that
    heading, when it holds a short line of text and no link: a roundup's section titles
    (holdout13's positive.news), which read as a paragraph otherwise and are dropped with the
    lines trafilatura did not keep. A heading of a box is dropped with its box as before."""
    for element in root.xpath(_HEADING_CLASSED):
        level = next(
            (found.group(1) for word in element.get("class", "").split() if (found := _HEADING_CLASS.match(word))), ""
        )
        if (
            level
            and element.tag in _HEADING_STAND_INS
            and len(element) == 0
            and 0 < len((element.text or "").split()) <= MAX_SUBHEADING_WORDS
            and not any(ancestor.tag == "a" for ancestor in element.iterancestors())
        ):
            element.tag = f"h{level}"


_PLAYER_NAME = re.compile(r"(?:^|[^a-z])(?:video|player)(?:$|[^a-z])", re.IGNORECASE)


def drop_player_titles(root: HtmlElement) -> None:
    """Drop a heading whose box holds nothing else but a media player with no text of its own
    (holdout13's wp.pl: `<div><h2>Marszałek Sejmu dla Trzeciej Drogi? …</h2><div id="video-player-…">
    </div></div>` inside the story): the title of a video, which a saved page shows without it. A
    subheading with a video under it and the story's paragraphs in the same box stays."""
    for heading in list(root.iter("h2", "h3", "h4", "h5", "h6")):
        box = heading.getparent()
        if box is None or (box.text or "").strip() or len(box) < 2:
            continue
        others = [child for child in box if child is not heading and isinstance(child.tag, str)]
        if (
            others
            and all(not child.text_content().strip() and not (child.tail or "").strip() for child in others)
            and not (heading.tail or "").strip()
            and any(_PLAYER_NAME.search(f"{child.get('id', '')} {child.get('class', '')}") for child in others)
        ):
            heading.drop_tree()


# a label's end: a colon (also full-width) or the arrows of a "more" pointer ("速報>>", "Latest »")
_LABEL_END = re.compile(r"(?:[:：»›]|>>|＞＞)\s*$")
# what a reader reads no text in: a frame another page fills (a ticker), a jump menu of headlines
_WIDGET_PARTS = ".//iframe | .//select | self::iframe | self::select"
_WIDGET_TEXT = shown_text("option")  # a jump menu's choices are the widget's, no text of its own beside it


def drop_widget_labels(root: HtmlElement) -> None:
    """Drop a short label (`MAX_LABEL_WORDS`, ending in a colon or ">>") whose next element is a
    widget showing no text of its own: an `<iframe>` or a `<select>`, or a box of them (holdout27's
    NOWnews: `<strong>速報>></strong>` over a ticker's `<iframe>`, `<strong>生活最新：</strong>` over
    a `<form>` whose `<select>` jumps to the section's latest stories). A saved page shows the label
    alone, over nothing; it labels no text of the story. A label over text (a list, a paragraph) stays.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><b>Latest:</b><form><select><option>A</option></select></form><b>Where:</b><span>Town Hall</span></div>')
    >>> drop_widget_labels(box)
    >>> box.text_content()
    'AWhere:Town Hall'
    """
    # pagespeed36: the elements that are or hold a widget, read once; this pass only drops labels, so an element
    # holding none here holds none when its label is asked, and a page without any has no label to drop
    holders = {
        holder for part in root.getroottree().iter("iframe", "select") for holder in (part, *part.iterancestors())
    }
    if not holders:
        return
    for label in list(root.iter("strong", "b", "span", "label")):
        if (label.tail or "").strip():
            continue
        widget = label.getnext()
        while widget is not None and not isinstance(widget.tag, str):  # a comment between them
            widget = widget.getnext()
        if widget is None or widget not in holders:
            continue
        text = label.text_content()
        if not _LABEL_END.search(text) or len(text.split(maxsplit=MAX_LABEL_WORDS)) > MAX_LABEL_WORDS:
            continue
        if widget.xpath(_WIDGET_PARTS) and not "".join(_WIDGET_TEXT(widget)).strip():
            label.drop_tree()


def quote_attributions(blocks: list[Block], kept: list[int]) -> list[int]:
    """The line right under a kept quotation (a block ending with a closing quotation mark) that
    signs it: a dash and a capitalised name opening a short line (`_ATTRIBUTION`). The source of a
    claim or a pull quote is part of what the story shows; an extractor drops it as a caption.

    >>> from l10n.model import Block
    >>> claim = [Block("paragraph", '"Taxes fell by half."'), Block("paragraph", "— Ann Lee on Sunday in a speech")]
    >>> quote_attributions(claim, [0]), quote_attributions(claim[1:] + claim[:1], [1])
    ([1], [])
    """
    chosen = set(kept)
    return [
        index + 1
        for index in kept
        if index + 1 < len(blocks)
        and index + 1 not in chosen
        and _CLOSING_QUOTE.search(blocks[index].text)
        and blocks[index + 1].role in ("paragraph", "quote")
        and len(blocks[index + 1].text.split()) <= MAX_ATTRIBUTION_WORDS
        and (signed := _ATTRIBUTION.match(blocks[index + 1].text)) is not None
        and is_capitalised(signed["word"])
    ]


ENTRY_CLASSES = frozenset({"hentry", "h-entry"})  # hAtom's entry, microformats2's
# the elements whose class may name one: a C pass, in document order as root.iter() (pagespeed17)
_ENTRY_CLASSED = "descendant-or-self::*/@class[contains(., 'entry')]/.."  # class attributes tested (pagespeed21b)


def drop_other_entries(root: HtmlElement) -> None:
    """Remove the other posts a page lists beside its story, as microformats mark them: when
    several elements are entries (hAtom `hentry`, microformats2 `h-entry`: a blog engine marks
    every post it shows so) and exactly one of them holds the page's `<h1>`, that one is the
    story's, and every other entry outside it ("Você pode gostar..." and the posts under it, with
    their opening sentences) is another post's teaser. Nothing changes on a page with one entry,
    or none, or none holding the `<h1>`.

    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     "<div><article class='post hentry'><h1>Love</h1><p>Story.</p></article>"
    ...     "<article class='hentry'><p>Another post…</p></article></div>")
    >>> drop_other_entries(page); [p.text for p in page.iter("p")]
    ['Story.']
    """
    entries = [element for element in root.xpath(_ENTRY_CLASSED) if ENTRY_CLASSES & set(element.get("class").split())]
    story = [entry for entry in entries if next(entry.iter("h1"), None) is not None]
    if len(entries) < 2 or len(story) != 1:
        return
    for entry in entries:  # none holds the story: it would hold its h1 too, and be a second story
        if entry is not story[0] and story[0] not in entry.iterancestors():
            entry.drop_tree()  # an entry inside one dropped before goes with it, harmlessly dropped again


def drop_other_stories(root: HtmlElement, titles: list[str], site_name: str) -> None:
    """Remove the next stories a page runs under its own (a feed of "speed reads", each an
    `<article>` of the same class with its own linked heading): when exactly one of several such
    `<article>`s holds a heading (`<h1>`–`<h3>`) that says a stated title, that one is the story
    and the others are other stories (holdout10's theweek: each next story's first paragraph, kept
    by the extractor, was a unit). Articles of other classes (a related story's card) and a page
    whose title no such heading says are left as they are.

    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     "<div><article class='s'><h2>Golf</h2><p>Story.</p></article>"
    ...     "<article class='s'><h2><a href='/2'>Necklace</a></h2><p>Other.</p></article></div>")
    >>> drop_other_stories(page, ["Golf | The Week"], "The Week"); [p.text for p in page.iter("p")]
    ['Story.']
    """
    title_keys = {match_key(strip_site_name(title, site_name)) for title in titles} - {""}
    groups: dict[str, list[HtmlElement]] = {}
    for article in root.iter("article"):
        if article.get("class"):
            groups.setdefault(" ".join(article.get("class", "").split()), []).append(article)
    for articles in groups.values():
        story = [
            article
            for article in articles
            if any(match_key(heading.text_content()) in title_keys for heading in article.iter("h1", "h2", "h3"))
        ]
        if len(articles) < 2 or len(story) != 1:
            continue
        for article in articles:
            if (
                article is not story[0]
                and story[0] not in article.iterancestors()
                and article not in story[0].iterancestors()
            ):
                article.drop_tree()


MAX_SUBHEADING_WORDS = 12
STORY_TEXT_KEY = 40  # letters and digits of the kept paragraph a subheading stands over
_LETTER = re.compile(r"[^\W\d_]")


def subheadings(blocks: list[Block], kept: list[int], headline_key: str = "") -> list[int]:
    """A heading inside the story, right above a kept paragraph of its running text, with no link
    and not a label (`furniture.is_dangling_label`, an ad's) nor the site talking: the story's own
    subheading (itmedia's "最新のSSDモデルをテスト" over its next section), which an extractor
    drops with the boxes around it. A box's title stands over links or teasers, which were not
    kept; a heading above the story's first kept block is a dek or a kicker, and stays out, and so
    does the headline again (`headline_key`: holdout24's Ethnos, its `<h1>` under a kicker the
    extractor kept, over the standfirst, was read as a subheading).

    >>> from l10n.model import Block
    >>> text = "The harbour reopened on Monday after engineers cleared the debris."
    >>> story = [Block("paragraph", text), Block("heading", "Repairs"), Block("paragraph", text)]
    >>> subheadings(story, [0, 2]), subheadings(story, [2]), subheadings(story[:2] + [Block("paragraph", "Ok.")], [0, 2])
    ([1], [], [])
    """
    if not kept:
        return []
    chosen = set(kept)
    return [
        index
        for index in range(kept[0] + 1, kept[-1])
        if index not in chosen
        and index + 1 in chosen
        and blocks[index].role == "heading"
        and blocks[index + 1].role in ("paragraph", "list_item", "quote")
        and len(match_key(blocks[index + 1].text)) >= STORY_TEXT_KEY
        and len(blocks[index].text.split()) <= MAX_SUBHEADING_WORDS
        and link_share(blocks[index]) == 0
        and _LETTER.search(blocks[index].text) is not None  # "#11": a comment's number, no heading
        and not is_dangling_label(blocks[index].text)
        and not is_site_talk(blocks[index].text)
        and not is_ad_label(blocks[index].text)  # holdout17: cna's "Advertisement" over each ad between paragraphs
        and match_key(blocks[index].text) != headline_key
    ]


# A reader comment's signature: "Posted by: Florida CPA, 27 Sep 2011 | 15:22", "Submitted by Ann on
# 3 May 2020 at 10:12": who and when, as comment engines print them under each comment.
_COMMENT_SIGNATURE = re.compile(
    r"^\W*(?:posted|submitted|comment(?:ed)?|replied|reply)\s+by\s*:?\s+\S.{0,80}?(?:\d{1,2}:\d{2}|\b\d{4})\W*$",
    re.IGNORECASE,
)
MIN_SIGNATURES = 2
COMMENT_TITLE_REACH = 4  # blocks above a comment's signature in which its title stands


# misses48: a comment engine's header over each comment, a label, a colon and the commenter's name ("Комментарии
# нашего читателя: гость", "Комментарии нашего читателя: Андрей из города Барнаул": holdout48's Банкфакс), the
# comment's time under it ("11:02 17-January-2012"): the same label over two comments or more, each header with a
# stamp of its time of day among the blocks under it, is the thread, in any language.
_LABELLED_LINE = re.compile(r"^(?P<label>[^:：]{3,60}?)\s*[:：]\s*(?P<name>\S.{0,60})$")
MAX_HEADER_LABEL_WORDS = 5
MAX_COMMENTER_WORDS = 8
COMMENT_STAMP_REACH = 3  # blocks under a comment's header in which its time stands


def comment_headers(blocks: list[Block], kept: list[int]) -> list[int]:
    """The kept blocks that are a comment's header (see `_LABELLED_LINE`): their label the same on `MIN_SIGNATURES`
    lines or more, each with a line under it that is only a timestamp with its time of day; [] else. A story's
    fields ("Source: …", "Photo: …") carry no time under each, and a live blog's entries no one label before a name.

    >>> from l10n.model import Block
    >>> thread = [Block("paragraph", "The story."), Block("cell", "Reader's comment: Ann"), Block("cell", "I agree."),
    ...           Block("cell", "11:02 17-January-2012"), Block("cell", "Reader's comment: Bo"), Block("cell", "No."),
    ...           Block("cell", "11:30 17-January-2012")]
    >>> comment_headers(thread, list(range(7))), comment_headers(thread[:4], list(range(4)))
    ([1, 4], [])
    >>> comment_headers([thread[0], thread[1], thread[2], thread[4], thread[5]], list(range(5)))
    []
    """
    labels: dict[str, list[int]] = {}
    for index in kept:
        found = _LABELLED_LINE.match(blocks[index].text.strip())
        if found is None or len(found["label"].split()) > MAX_HEADER_LABEL_WORDS:
            continue
        if len(found["name"].split()) > MAX_COMMENTER_WORDS or ends_as_sentence(found["name"]):
            continue
        under = blocks[index + 1 : index + 1 + COMMENT_STAMP_REACH]
        if any(has_time_of_day(block.text) and read_timestamp(block.text) is not None for block in under):
            labels.setdefault(match_key(found["label"]), []).append(index)
    most = max(labels.values(), key=len, default=[])
    return most if len(most) >= MIN_SIGNATURES else []


def is_thread_signature(blocks: list[Block], index: int) -> bool:
    """The block is a reader comment's signature under the story (`_COMMENT_SIGNATURE`: "Submitted by Bo Chen on
    Sat, 01/14/2012 - 06:20", as `MIN_SIGNATURES` blocks of the page or more are), a paragraph of the story above it
    (a sentence of `STORY_TEXT_KEY` letters or more): no byline of the story, which Drupal prints the same way above
    it (misses50b: holdout50's French Tribune, "Submitted by Annabel Tautou on …").

    >>> from l10n.model import Block
    >>> story = Block("paragraph", "The harbour reopened on Monday after engineers cleared the debris.")
    >>> signed = [Block("paragraph", f"Submitted by {name} on Sat, 01/14/2012 - 06:20") for name in ("Bo", "Cy")]
    >>> is_thread_signature([story, *signed], 1), is_thread_signature([signed[0], story, signed[1]], 0)
    (True, False)
    """
    if not _COMMENT_SIGNATURE.match(blocks[index].text.strip()):
        return False
    if sum(1 for block in blocks if _COMMENT_SIGNATURE.match(block.text.strip())) < MIN_SIGNATURES:
        return False
    return any(
        block.role == "paragraph" and len(match_key(block.text)) >= STORY_TEXT_KEY and ends_as_sentence(block.text)
        for block in blocks[:index]
    )


def comment_thread_start(blocks: list[Block], kept: list[int]) -> int | None:
    """Where the readers' comments begin under the story, when they carry signatures
    (`_COMMENT_SIGNATURE`, two or more among the kept blocks): at the first comment's title (a
    heading at most `COMMENT_TITLE_REACH` blocks above its signature), else at the paragraph
    right above it. An extractor keeps such a thread as paragraphs; it is not the story.

    >>> from l10n.model import Block
    >>> thread = [Block("paragraph", "Story."), Block("heading", "Get real"), Block("paragraph", "I disagree."),
    ...           Block("paragraph", "Posted by: Ann, 27 Sep 2011 | 15:22"), Block("paragraph", "Me too."),
    ...           Block("paragraph", "Posted by: Bo, 28 Sep 2011 | 05:41")]
    >>> comment_thread_start(thread, list(range(6))), comment_thread_start(thread[:4], list(range(4)))
    (1, None)
    """
    signatures = [index for index in kept if _COMMENT_SIGNATURE.match(blocks[index].text.strip())]
    if len(signatures) < MIN_SIGNATURES:
        headed = comment_headers(blocks, kept)  # misses48: "Комментарии нашего читателя: гость" over each comment
        return headed[0] if headed and headed[0] > kept[0] else None
    first = signatures[0]
    title = next(
        (
            index
            for index in range(first - 1, max(kept[0], first - COMMENT_TITLE_REACH) - 1, -1)
            if blocks[index].role == "heading"
        ),
        None,
    )
    start = title if title is not None else first - 1
    return start if start > kept[0] else None


_ITEM_NUMBER = re.compile(r"^\s*(?P<number>\d{1,3})[.)]\s")


def numbered_items(blocks: list[Block], kept: list[int]) -> list[int]:
    """A numbered item of the story's own list that the extractor dropped between its neighbours:
    the kept blocks right around it open with the numbers before and after its own ("11. …",
    "12. <a>…</a>", "13. …": holdout10's flavorwire, an item set mostly as a link to the site's
    own page). A number out of sequence (a teaser's "5. Most read") stays out.

    >>> from l10n.model import Block
    >>> items = [Block("paragraph", f"{n}. Item {n}, a line of the list.") for n in (11, 12, 13)]
    >>> numbered_items(items, [0, 2]), numbered_items(items[:2] + [Block("paragraph", "14. Other.")], [0, 2])
    ([1], [])
    """
    chosen = set(kept)
    found = []
    for index in range(1, len(blocks) - 1):
        if index in chosen or index - 1 not in chosen or index + 1 not in chosen:
            continue
        matches = [_ITEM_NUMBER.match(blocks[at].text) for at in (index - 1, index, index + 1)]
        numbers = [int(match["number"]) for match in matches if match]
        if len(numbers) == 3 and numbers[0] + 1 == numbers[1] == numbers[2] - 1:
            found.append(index)
    return found


def is_sentence_heading(block: Block) -> bool:
    """A heading that is a sentence of the story: as long as prose, ending as a sentence ends, no
    link. A list-format CMS (BuzzFeed's) sets each item's lead sentence as an `<h2>` above its
    picture; an extractor that drops headings with pictures drops the story's first sentence. A
    real sub-heading ("A Change in Guidelines?") is short, and a teaser heading is a link.

    >>> from l10n.model import Block
    >>> long = "The mother of a woman who took pills bought online has described how her daughter died."
    >>> is_sentence_heading(Block("heading", long)), is_sentence_heading(Block("heading", "A Change in Guidelines?"))
    (True, False)
    """
    return (
        block.role == "heading"
        and len(block.text.split()) >= PROSE_WORDS
        and ends_as_sentence(block.text)
        and link_share(block) == 0
    )


def closing_sentence_heading(blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
    """The story's last sentence set as a heading right under its last kept paragraph
    (`is_sentence_heading`; holdout12's consettmagazine: "<h2>So for now, and most likely for the
    foreseeable future, I’ll be relying on Shanks’s pony!</h2>" closing a column), which an
    extractor drops as it drops headings with nothing under them. `allowed` (no furniture rule
    refuses it: "Sign up for our newsletter to get the best of the week in your inbox.") as for
    `story_runs.sentences_between`; a short heading after the story ("Consett News") is the next box's title.

    >>> from l10n.model import Block
    >>> last = "So for now, and most likely for the foreseeable future, I will be relying on my own two feet!"
    >>> story = [Block("paragraph", "The car failed its MOT."), Block("heading", last), Block("heading", "Consett News")]
    >>> closing_sentence_heading(story, [0], lambda block: True), closing_sentence_heading(story[:1] + story[2:], [0], bool)
    ([1], [])
    """
    after = kept[-1] + 1 if kept else len(blocks)
    if after < len(blocks) and blocks[after - 1].role == "paragraph":
        if is_sentence_heading(blocks[after]) or is_closing_sentence(blocks[after]):
            return [after] if allowed(blocks[after]) else []
    return []


CLOSING_WORDS = 5  # a heading this long ending in a full stop is a sentence, not a title
_FULL_STOP_END = re.compile(r"(?<![.…])\.[\"'”’»)]*\s*$")  # one full stop: no ellipsis


def is_closing_sentence(block: Block) -> bool:
    """A short sentence set as a heading: five words or more ending in a full stop, no link (holdout18's
    fortressofsolitude closes its story with "<h3>Deadpool 2 opens in theatres on May 18.</h3>", the
    release date as a film story's last line). A title does not end in a full stop, and a question or an
    exclamation under a story is often a box's title ("What is the best Marvel movie?", a poll's).

    >>> from l10n.model import Block
    >>> [is_closing_sentence(Block("heading", text)) for text in ("Deadpool 2 opens in theatres on May 18.",
    ...     "What is the best Marvel movie?", "More from the series...", "Related Posts.")]
    [True, False, False, False]
    """
    return (
        block.role == "heading"
        and len(block.text.split()) >= CLOSING_WORDS
        and bool(_FULL_STOP_END.search(block.text))
        and link_share(block) == 0
    )
