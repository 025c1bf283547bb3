"""Titles and labels of boxes on a saved page whose content the extractor left out, and the
second line of a teaser card: `page.py` drops a kept block these name when what it heads is gone
("Entermedia 주요뉴스" over teaser links, "OSS×Cloud ACCESS RANKING" in a `<p>` over a ranking's
links, "State & District Details" over a data widget's labels); a news feed's item, and a menu's
items kept after the story (holdout19, `story_edges.story_cut` asks `menu_items`). Moved out of
`page.py` (holdout11) to keep it under the house's module size.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from l10n.ingest.fields import word_count
from l10n.ingest.furniture import (
    ALL_LINK_SHARE,
    MAX_LABEL_WORDS,
    PROSE_WORDS,
    ends_as_sentence,
    link_share,
    related_label_end,
)
from l10n.model import Block

MAX_LINK_SHARE = 0.5  # a block more than half link text is navigation, whatever trafilatura kept (prose aside)
FIGURE_ROLES = frozenset({"alt", "credit", "caption"})
LINE_ROLES = frozenset({"paragraph", "heading"})  # a line of links, or a linked headline (holdout15)


def is_teaser_subline(blocks: list[Block], index: int) -> bool:
    """A heading right under a heading that is one link: the teaser card's second line ("NFL odds,
    cheat sheet…" linked, then "SportsLine's computer model simulated…"); a story's subheading
    is followed by its paragraphs, not by another heading. Or a line of a news feed's item: the
    heading that is only its time and day over a linked headline, or the excerpt under that
    headline (holdout19's capital.gr: "11:31 05/02", "<a>Ν. Αναστασιάδης: Τερματίζω…</a>", "Το
    εκλογικό του δικαίωμα…", after the story); a live blog's time over its own entry is no link. Or the
    excerpt under a linked headline and its time, among other such teasers (`_is_dated_teaser`).

    >>> from l10n.model import Block, InlineMarkup
    >>> title = Block("heading", "Rates held at 5%", markup=[InlineMarkup(0, 16, "a")])
    >>> feed = [Block("heading", "11:31 05/02"), title, Block("paragraph", "The bank held rates on Monday.")]
    >>> live = [feed[0], Block("heading", "Rates held at 5%"), feed[2]]
    >>> [is_teaser_subline(feed, index) for index in range(3)], [is_teaser_subline(live, index) for index in range(3)]
    ([True, False, True], [False, False, False])
    """
    above = blocks[index - 1] if index else None
    if above is not None and blocks[index].role == "heading" and _is_linked_heading(above):
        return True
    if _is_dated_link_list(blocks[index]):
        return True  # misses46b: other stories' linked titles, each with its day, one to a line
    if _is_dated_teaser_item(blocks[index]) and any(
        0 <= at < len(blocks) and _is_dated_teaser_item(blocks[at]) for at in (index - 1, index + 1)
    ):
        return True  # misses39: a list of older stories, each a linked title over its source and day
    if index + 1 < len(blocks) and _is_clock_stamp(blocks[index]) and _is_linked_heading(blocks[index + 1]):
        return True  # the feed item's time over its linked headline
    if above is not None and index > 1 and _is_linked_heading(above) and _is_clock_stamp(blocks[index - 2]):
        return True
    return index > 1 and _is_dated_teaser(blocks, index - 2) and _is_dated_teaser(blocks, index - 2, others=True)


TEASER_PERIOD = 6  # blocks from one teaser's linked headline to the next's, at most (`_is_dated_teaser`)


def _is_dated_teaser(blocks: list[Block], at: int, *, others: bool = False) -> bool:
    """A linked headline at `at` over a short line of its time (`_is_time_line`): a teaser's head. With `others`,
    another such head within `TEASER_PERIOD` blocks before or after it: a column of teasers, where a story's own
    headline linked to its address over its day stands alone (misses45: Anime News Network's sidebar,
    "<a>Fairy Tail … Review</a>", "Dec 24, 17:00 manga", its hook, then the next)."""
    if not others:  # the heading's role and the time line first: the link share is the dearest (pagespeed)
        return (
            0 <= at
            and at + 1 < len(blocks)
            and blocks[at].role == "heading"
            and _is_time_line(blocks[at + 1])
            and _is_linked_heading(blocks[at])
        )
    return any(
        _is_dated_teaser(blocks, other)
        for other in range(at - TEASER_PERIOD, at + TEASER_PERIOD + 1)
        if other != at and 0 <= other < len(blocks)
    )


MAX_TIME_LINE_WORDS = 6
MAX_TIME_LINE_CHARS = 80  # longer, no line of six words (asked first: a paragraph is not split)


def _is_time_line(block: Block) -> bool:
    """A short line holding a time of day, no sentence: a teaser's "Dec 24, 17:00 manga" (its category after it)."""
    text = block.text.strip()
    if len(text) > MAX_TIME_LINE_CHARS:
        return False
    return (
        len(text.split(maxsplit=MAX_TIME_LINE_WORDS)) <= MAX_TIME_LINE_WORDS
        and bool(_TIME_OF_DAY.search(text))
        and not ends_as_sentence(text)
    )


_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")


def _is_dated_teaser_item(block: Block) -> bool:
    """A list's item whose first line is a link and whose next line gives a day with its year (a source's line):
    another story's title and where and when it ran (misses39, holdout38's utro.ru: `<li><a href="…/1006531.shtml">
    <b>IQ можно накачать</b></a><br><span>Yтро.ru, раздел Наука и техника, 24 октября 2011</span>` in its "Досье
    Yтра" list of older stories under the story); `is_teaser_subline` asks it of an item and its neighbours.

    >>> from l10n.model import InlineMarkup
    >>> text = "Ferries resume Harbour News, 24 October 2011"
    >>> _is_dated_teaser_item(Block("list_item", text, markup=[InlineMarkup(0, 14, "a"), InlineMarkup(14, 14, "br")]))
    True
    >>> _is_dated_teaser_item(Block("list_item", text, markup=[InlineMarkup(14, 14, "br")]))
    False
    """
    if block.role != "list_item":
        return False
    breaks = [mark.start for mark in block.markup if mark.tag == "br" and 0 < mark.start < len(block.text)]
    if not breaks:
        return False
    first = block.text[: breaks[0]].strip()
    linked = sum(mark.end - mark.start for mark in block.markup if mark.tag == "a" and mark.end <= breaks[0])
    rest = block.text[breaks[0] :]
    return (
        bool(first)
        and linked >= len(first)
        and not any(mark.tag == "a" and mark.start >= breaks[0] for mark in block.markup)
        and _DAY_WITH_YEAR.search(rest) is not None
    )


MIN_DATED_LINKS = 2
MAX_LINE_MARK = 2  # characters before a line's link: a bullet ("v" in a symbol font, "•", "·")
# a day with its year and maybe its time, alone after a line's link ("2012-01-06 21:59:02", "(24.10.2011)")
_DAY_AFTER_LINK = re.compile(
    r"\W*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\W*"
)


def _is_dated_link_list(block: Block) -> bool:
    """A block of two lines or more (`<br>`), each a link and its day after it, a bullet before it maybe: a list
    of other stories (misses46b: 國際線上's related-news cell under its story, holdout46, "v <a>浙江女大學生獻血後失明起訴血站
    獲賠15萬</a> 2012-01-06 21:59:02<br>v <a>北京獻血率達20.7‰ …</a> 2012-01-05 13:20:44<br>…"). A story's line
    with its day after a link ("<a>Ferries resume</a>, the port said on 24.10.2011") says more than the day.

    >>> from l10n.model import InlineMarkup
    >>> text = "v Ferries resume 2012-01-06 21:59 v Port reopens 2012-01-05 13:20"
    >>> marks = [InlineMarkup(2, 16, "a"), InlineMarkup(34, 34, "br"), InlineMarkup(36, 48, "a")]
    >>> _is_dated_link_list(Block("cell", text, markup=marks)), _is_dated_link_list(Block("cell", text, markup=marks[:2]))
    (True, False)
    """
    breaks = sorted({mark.start for mark in block.markup if mark.tag == "br" and 0 < mark.start < len(block.text)})
    if not breaks:
        return False
    lines = [(start, end) for start, end in zip([0, *breaks], [*breaks, len(block.text)], strict=True)]
    lines = [(start, end) for start, end in lines if block.text[start:end].strip()]
    links = [mark for mark in block.markup if mark.tag == "a"]
    for start, end in lines:
        inside = [mark for mark in links if start <= mark.start and mark.end <= end]
        if not inside:
            return False
        before = block.text[start : inside[0].start].strip()
        if len(before) > MAX_LINE_MARK or not _DAY_AFTER_LINK.fullmatch(block.text[inside[-1].end : end]):
            return False
    return len(lines) >= MIN_DATED_LINKS


# a day with its year in a source's line: "24 октября 2011", "24.10.2011", "2011-10-24", "October 24, 2011"
_DAY_WITH_YEAR = re.compile(
    r"\b\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\b|\b[^\W\d_]{3,}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b"
)


# A time of day with or without a short day before or after it, nothing else ("11:31 05/02", "05/02 11:31").
_CLOCK = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+)?\d{1,2}:\d{2}(?:\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?$"
)


def _is_clock_stamp(block: Block) -> bool:
    return block.role == "heading" and bool(_CLOCK.match(block.text.strip()))


def _is_linked_heading(block: Block) -> bool:
    return block.role == "heading" and link_share(block) >= ALL_LINK_SHARE


def heads_links(blocks: list[Block], index: int) -> bool:
    """A heading or a title (`is_box_title`) over a list of links ("Entermedia 주요뉴스" over three teasers), or a heading over lines that
    are links ("16" MacBook Pro Now Available" over three linked headlines), or over headings that are links (holdout15's
    "Latest News and Headlines from Reuters" over three linked `<h3>` headlines): the box's title."""
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    if below is not None and below.role in LINE_ROLES:  # holdout5: two or more lines that are links
        lines = blocks[index + 1 : index + 3]
        return blocks[index].role == "heading" and len(lines) == 2 and all(map(is_link_line, lines))
    return (
        (blocks[index].role == "heading" or is_box_title(blocks[index]) or is_bold_label(blocks[index]))
        and below is not None
        and below.role == "list_item"
        and link_share(below) > MAX_LINK_SHARE
    ) or _titles_link_list(blocks, index)


MAX_LIST_TITLE_WORDS = 10
MIN_LINKED_TITLE_WORDS = 3  # each item a linked headline of other stories, not a tag ("Cmd", "Windows")
MAX_LIST_TITLE_CHARS = 60  # "Best Gaming & Tech Deals This Week"; dahe's closing quote of 80 Han letters is no title


def _titles_link_list(blocks: list[Block], index: int) -> bool:
    """A paragraph of a few words, no sentence and no link, over list items each wholly one link of three words or more
    (other stories' headlines), two or more: the list's title, though longer than `is_box_title`'s (misses47:
    GameSpot's `<p>Best Gaming & Tech Deals This Week</p>` over its deals' links, holdout47); it goes where its list
    goes. A story's last line over its tags ("netsh interface tcp set global autotuninglevel=normal" over "Cmd",
    "Netzwerk", it-learner.de on trafilatura's evaluation pages) stays.

    >>> from l10n.model import InlineMarkup
    >>> item = Block("list_item", "PS5 bundles on sale", markup=[InlineMarkup(0, 19, "a")])
    >>> _titles_link_list([Block("paragraph", "Best Gaming & Tech Deals This Week"), item, item], 0)
    True
    >>> _titles_link_list([Block("paragraph", "The deals ran all week."), item, item], 0)
    False
    >>> tag = Block("list_item", "Netzwerk", markup=[InlineMarkup(0, 8, "a")])
    >>> _titles_link_list([Block("paragraph", "netsh interface tcp set global autotuninglevel=normal"), tag, tag], 0)
    False
    >>> said = "郭荣梅告诉记者，和民乐团一起前行的日子，虽然有些辛苦，“但看着孩子们变得阳光、温暖向上，那种满足感，是没有办法用语言来形容的”"
    >>> _titles_link_list([Block("paragraph", said), item, item], 0)
    False
    """
    block = blocks[index]
    items = blocks[index + 1 : index + 1 + MIN_RELATED_LINKS]
    return (
        block.role == "paragraph"
        and not block.markup
        and 0 < word_count(block.text, MAX_LIST_TITLE_WORDS) <= MAX_LIST_TITLE_WORDS
        and len(block.text) <= MAX_LIST_TITLE_CHARS  # a sentence of a script written without spaces is longer
        and not ends_as_sentence(block.text, cjk=True)
        and len(items) == MIN_RELATED_LINKS
        and all(
            item.role == "list_item"
            and link_share(item) >= ALL_LINK_SHARE
            and word_count(item.text, MIN_LINKED_TITLE_WORDS) >= MIN_LINKED_TITLE_WORDS
            for item in items
        )
    )


MIN_RELATED_LINKS = 2  # list items under a related-stories label, each wholly a link (`related_lists`)
MAX_RELATED_LABEL_CHARS = 40  # "Most Read Business Stories", "Ссылки по теме:": a longer text is no label


def related_lists(blocks: list[Block]) -> set[int]:
    """A related-stories label (`furniture.related_label_end`: "Read also", "Ссылки по теме:") and the list under it,
    each item wholly one link (`ALL_LINK_SHARE`), two items or more: links to the site's other stories, whatever the
    extractor kept and wherever the box stands (misses47: Vesti.kz's `div.news-attach`, "Ссылки по теме:" over three
    linked headlines between the story's day and its first paragraph, holdout47). An item with words beside its link
    ("<a>Report</a> (PDF, 2 MB), the council's figures") is the story's, and so is the list it ends.

    >>> from l10n.model import InlineMarkup
    >>> def item(text, linked=True):
    ...     return Block("list_item", text, markup=[InlineMarkup(0, len(text), "a")] if linked else [])
    >>> related_lists([Block("heading", "Ссылки по теме:"), item("Ученые обнаружили связь"), item("В США научились")])
    {0, 1, 2}
    >>> related_lists([Block("heading", "Read also"), item("Storm closes port"), item("Ferries resume", linked=False)])
    set()
    >>> related_lists([Block("heading", "Sources:"), item("Storm closes port"), item("Ferries resume")])
    set()
    """
    found: set[int] = set()
    for index, block in enumerate(blocks):
        label = block.text.strip()
        if block.role == "list_item" or not label or len(label) > MAX_RELATED_LABEL_CHARS:
            continue
        if related_label_end(label) != len(label):
            continue
        items = list(itertools.takewhile(lambda at: blocks[at].role == "list_item", range(index + 1, len(blocks))))
        if len(items) >= MIN_RELATED_LINKS and all(link_share(blocks[at]) >= ALL_LINK_SHARE for at in items):
            found.update([index, *items])
    return found


def is_box_title(block: Block) -> bool:
    """A paragraph that is a title, not a sentence (holdout11: "OSS×Cloud ACCESS RANKING" over a
    ranking's links, in a `<p>`): a few words, no link, no sentence end; set in a `<span>` of its own or
    not (misses48: 经济通's menu button `<span class="VersionNews">串流版</span>` over its menu's links).

    >>> from l10n.model import InlineMarkup
    >>> is_box_title(Block("paragraph", "串流版", markup=[InlineMarkup(0, 3, "span")]))
    True
    >>> is_box_title(Block("paragraph", "串流版", markup=[InlineMarkup(0, 3, "a")]))
    False
    """
    words = block.text.split()
    return (
        block.role == "paragraph"
        and 0 < len(words) <= MAX_LABEL_WORDS
        and len(block.text) <= MAX_BOX_TITLE_CHARS  # a sentence of a script written without spaces is longer
        and all(mark.tag == "span" for mark in block.markup)
        and not ends_as_sentence(block.text)
        and not block.text.rstrip().endswith(("。", "！", "？"))
    )


MAX_BOX_TITLE_CHARS = 30  # "OSS×Cloud ACCESS RANKING"
MAX_BOLD_LABEL_WORDS = 10


def is_bold_label(block: Block) -> bool:
    """A paragraph all in bold ending in a colon, a few words: the label of what follows, as a
    title (holdout18's gigaom: "**Related content from GigaOM Pro (sub req’d):**" over a list of
    links to its paid site). A sentence in bold ending in a colon leads into the story's own list,
    which stays, and the label with it.

    >>> from l10n.model import InlineMarkup
    >>> label = "Related content from GigaOM Pro (sub req’d):"
    >>> is_bold_label(Block("paragraph", label, markup=[InlineMarkup(0, len(label), "strong")]))
    True
    >>> is_bold_label(Block("paragraph", label)), is_bold_label(Block("paragraph", "Why:", markup=[InlineMarkup(0, 3, "b")]))
    (False, True)
    """
    text = block.text.strip()
    return (
        block.role == "paragraph"
        and text.endswith((":", "："))
        and 0 < len(text.split(maxsplit=MAX_BOLD_LABEL_WORDS)) <= MAX_BOLD_LABEL_WORDS
        and any(m.tag in ("strong", "b") and m.start == 0 and m.end >= len(text) - 1 for m in block.markup)
    )


DROPPED_BOX_BLOCKS = 3  # lines the extractor left out right under a heading before it heads a box, not the story
MAX_BOX_LABEL_WORDS = 3  # …each a label, not a sentence


def heads_dropped_box(blocks: list[Block], index: int, kept: set[int]) -> bool:
    """A heading inside the story right above short lines the extractor left out, three or more
    (a data widget's title over its table's labels: "State & District Details" over "State",
    "Cases", "Active"…): the box's title, which goes with its box; a story's subheading heads kept
    text (a picture aside), and a standfirst set as a heading stands above the story."""
    if blocks[index].role != "heading" or not any(i < index and blocks[i].role == "paragraph" for i in kept):
        return False
    following = (i for i in range(index + 1, len(blocks)) if blocks[i].role not in FIGURE_ROLES)
    run = list(itertools.islice(following, DROPPED_BOX_BLOCKS))
    return (
        len(run) == DROPPED_BOX_BLOCKS
        and not any(i in kept for i in run)
        and all(len(blocks[i].text.split()) <= MAX_BOX_LABEL_WORDS for i in run)
    )


def without_closing_headings(blocks: list[Block], kept: list[int]) -> list[int]:
    """`kept` without the headings it ends with (misses34): a heading heads what follows it, and under the
    story's last heading nothing is kept, so it is the title of a box the story's end left out (a press
    release's "Media Contact" over the contact's line, "This story is funded by readers like you" over a
    donation box, a list's title over the list). A heading that ends as a sentence is the story's own closing
    line set large (holdout12's "…relying on Shanks’s pony!", `closing_sentence_heading`), no box's title, and
    so is one right over another heading: it heads no box's lines, and may head a section of the story the
    extractor lost (a guide's "At a Glance" over its table, on trafilatura's evaluation pages). Only after a
    kept paragraph: a page kept as headings alone stays as it is.

    >>> blocks = [Block("paragraph", "The story."), Block("heading", "Media Contact"), Block("paragraph", "Ann Lee")]
    >>> without_closing_headings(blocks, [0, 1]), without_closing_headings(blocks, [0, 1, 2])
    ([0], [0, 1, 2])
    >>> without_closing_headings([blocks[0], Block("heading", "The ferries run again on Friday.")], [0, 1])
    [0, 1]
    >>> without_closing_headings([blocks[0], Block("heading", "At a Glance"), Block("heading", "Sources")], [0, 1])
    [0, 1]
    """
    end = len(kept)
    while end and _heads_left_out(blocks, kept[end - 1]):
        end -= 1
    if end == len(kept) or not any(blocks[index].role == "paragraph" for index in kept[:end]):
        return kept
    return kept[:end]


def _heads_left_out(blocks: list[Block], index: int) -> bool:
    """A heading, no sentence, over lines that are no heading (or over the page's end): a box's title."""
    block = blocks[index]
    if block.role != "heading" or ends_as_sentence(block.text):
        return False
    under = next((other for other in blocks[index + 1 :] if other.role not in FIGURE_ROLES), None)
    return under is None or under.role != "heading"


_SENTENCE_BREAK = re.compile(r"[.!?…。！？][\"'”’»)]*\s+")
_LABEL_END = (":", "|", "·", "•", "»", "›", "—", "–", "-")  # "Read more: <a>", "A | <a>B</a>": a label, a separator


def is_linked_prose(block: Block) -> bool:
    """Sentences with their links inside them, however much of the text the links hold: a lead
    that names each thing it links to in a clause of its own ("Monday’s best deals include <a>various
    MacBook models from $700</a>. You’ll also find <a>AirPods 2…</a> and <a>Black Friday pricing…</a>.
    All that and more is below…", holdout11's 9to5mac). Every link follows words of its sentence that
    are no label ("Read more:") or separator, the block ends as a sentence ends, and its own words
    outside the links are a sentence's worth (`PROSE_WORDS`); a menu, a list of teasers or a
    "See also: <a>…</a>" line has a link opening a sentence or a label before one.

    >>> from l10n.model import Block, InlineMarkup
    >>> text = "Today’s deals include cheap laptops. You will also find headphones and more below in this post."
    >>> spans = [(22, 35), (55, 65)]
    >>> is_linked_prose(Block("paragraph", text, markup=[InlineMarkup(start, end, "a") for start, end in spans]))
    True
    >>> text = "Read more: cheap laptops. You will also find headphones and more below in this post."
    >>> is_linked_prose(Block("paragraph", text, markup=[InlineMarkup(11, 24, "a")]))
    False
    """
    own = _text_around_links(block, _no_clause_before)
    return own is not None and len(" ".join(own).split()) >= PROSE_WORDS


MIN_CITING_WORDS = 3  # of a sentence's own words before the address it writes out ("The study is available at")


def cites_addresses(block: Block) -> bool:
    """A sentence that writes out the addresses it links to, each link's text its own address ("The study is
    available at <a href="http://www.cmaj.ca/…">http://www.cmaj.ca/…</a>.", holdout48's UBC release, its last
    paragraph): the address is the sentence's word, not a teaser's or a menu's title, however much of the text it
    holds. Every link follows words of its sentence (no label: "Source: <a>…</a>" is a field), `MIN_CITING_WORDS`
    of them or more, and the block ends as a sentence ends.

    >>> from l10n.model import Block, InlineMarkup
    >>> text = "The study is available at http://www.cmaj.ca/content/early/2012/x.pdf."
    >>> def cited(href, text=text): return cites_addresses(Block("paragraph", text, markup=[InlineMarkup(26, 69, "a", (("href", href),))]))
    >>> cited("http://www.cmaj.ca/content/early/2012/x.pdf"), cited("http://www.cmaj.ca/other")
    (True, False)
    >>> cited("http://www.cmaj.ca/content/early/2012/x.pdf", "Full study:                http://www.cmaj.ca/content/early/2012/x.pdf.")
    False
    """
    own = _text_around_links(block, _no_clause_before)
    if own is None or len(" ".join(own).split()) < MIN_CITING_WORDS:
        return False
    return all(
        _address_key(block.text[mark.start : mark.end]) == _address_key(dict(mark.attrs).get("href", ""))
        for mark in block.markup
        if mark.tag == "a"
    )


def _address_key(address: str) -> str:
    """An address without its scheme and a closing slash, the way a sentence writes it out."""
    return re.sub(r"^[a-z]+://", "", address.strip().lower()).rstrip("/")


def _text_around_links(block: Block, refused: Callable[[str], bool]) -> list[str] | None:
    """A paragraph's own text between its links, in order (the last piece after the last link); None
    where it is no paragraph, has no link, does not end as a sentence, or the text before a link is
    `refused`."""
    links = sorted((mark for mark in block.markup if mark.tag == "a"), key=lambda mark: mark.start)
    if block.role != "paragraph" or not links or not ends_as_sentence(block.text):
        return None
    at, own = 0, []
    for link in links:
        before = block.text[at : link.start]
        if refused(before):
            return None
        own.append(before)
        at = max(at, link.end)
    own.append(block.text[at:])
    return own


def _no_clause_before(before: str) -> bool:
    """The text before a link ends in no words of its sentence, or in a label or separator."""
    clause = _SENTENCE_BREAK.split(before)[-1].rstrip()
    return not any(char.isalnum() for char in clause) or clause.endswith(_LABEL_END)


def _label_before(before: str) -> bool:
    return before.rstrip().endswith(_LABEL_END)


_WORD = re.compile(r"[^\W\d_]+")
MIN_CLOSING_WORDS = 2  # of the text's own words after its last link: a sentence ends in them


def is_named_prose(block: Block) -> bool:
    """Sentences naming linked things where a link may open a sentence or stand in brackets, however
    much of the text the links hold: a story's paragraph linking each person and work it names to a
    page of its own ("<a>Shinnosuke Yakuwa</a> (<a>Eiga Doraemon…</a>, …) directed the film at …
    <a>Shizue Kaneko</a> (…) designed the characters.", misses45: Anime News Network's staff, 71 % link
    text). Its own words, outside the links, are a sentence's worth (`PROSE_WORDS`) in lower case, the
    glue of sentences (a list of names or headlines has none), it ends in words of its own
    (`MIN_CLOSING_WORDS`: a list of links ends in a link) and no label or separator stands before a
    link ("Related: <a>…</a>", "<a>A</a> | <a>B</a>").

    >>> from l10n.model import Block, InlineMarkup
    >>> text = "Ann Lee (Harbour Lights, The Ferry Crossing) directed the film and he also wrote it with Bo Chen (Storm "
    >>> text += "Warning). Cy Wu (Sea Wall, Traders Of The Coast) designed the characters."
    >>> names = ("Ann Lee", "Harbour Lights", "The Ferry Crossing", "Bo Chen", "Storm Warning", "Cy Wu", "Sea Wall")
    >>> names += ("Traders Of The Coast",)
    >>> spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    >>> is_named_prose(Block("paragraph", text, markup=[InlineMarkup(start, end, "a") for start, end in spans]))
    True
    >>> text = "Related: Harbour reopens after the storm, ferries to resume on Friday and traders count the cost."
    >>> is_named_prose(Block("paragraph", text, markup=[InlineMarkup(9, 40, "a"), InlineMarkup(42, 96, "a")]))
    False
    """
    own = _text_around_links(block, _label_before)
    if own is None:
        return False
    glue = [word for word in _WORD.findall(" ".join(own)) if word.islower()]
    return len(_WORD.findall(own[-1])) >= MIN_CLOSING_WORDS and len(glue) >= PROSE_WORDS


def is_link_line(block: Block) -> bool:
    return block.role in LINE_ROLES and link_share(block) >= ALL_LINK_SHARE


MIN_MENU_RUN = 3
MAX_MENU_ITEM_CHARS = 12


def menu_items(blocks: list[Block], story_end: int) -> set[int]:
    """Runs of `MIN_MENU_RUN` or more list items after the story's last paragraph (`story_end`),
    each one word of at most `MAX_MENU_ITEM_CHARS` not ending as a sentence: a menu, a box's tabs
    or a list of dates an extractor kept as lines (holdout19's NetEase: "娱乐", "体育", "财经"… under
    "推荐"). A list the story's last kept line introduces with a colon ("The finalists:") is the
    story's, and a list of names inside the story (motherjones' "Amazon", "Staples"…) is above its end.

    >>> from l10n.model import Block
    >>> tabs = [Block("paragraph", "The end of the story."), *(Block("list_item", t) for t in ("News", "Sport", "Money"))]
    >>> menu_items(tabs, 0), menu_items([Block("paragraph", "The three finalists:"), *tabs[1:]], 0)
    ({1, 2, 3}, set())
    """
    if story_end < 0 or blocks[story_end].text.rstrip().endswith((":", "：")):
        return set()
    found: set[int] = set()
    run: list[int] = []
    for index in range(story_end + 1, len(blocks) + 1):
        block = blocks[index] if index < len(blocks) else None
        if block is not None and block.role == "list_item" and _is_menu_word(block.text):
            run.append(index)
            continue
        if len(run) >= MIN_MENU_RUN and not blocks[run[0] - 1].text.rstrip().endswith((":", "：")):
            found.update(run)
        run = []
    return found


def _is_menu_word(text: str) -> bool:
    text = text.strip()
    return word_count(text, 1) == 1 and len(text) <= MAX_MENU_ITEM_CHARS and not ends_as_sentence(text)
