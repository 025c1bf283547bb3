"""Lines of the story that the extractor dropped between two of its kept paragraphs
(`sentences_between`), or right after one of them when it names linked things in sentences
(`named_sentences_after`), or above its first (`linked_note_above`), or a paragraph it kept that a
dropped bold line over it took out (`under_dropped_leads`); `page.py` calls them. Moved here in
session 19 from `page_marks.py` and `story_edges.py`, when holdout19's rules made those too long.
Measured on `tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from l10n.ingest.fields import cut_to
from l10n.ingest.furniture import ALL_LINK_SHARE, ends_as_sentence, is_prose, link_share
from l10n.ingest.page_boxes import MAX_LINK_SHARE, is_named_prose
from l10n.ingest.page_main import keyed_lines
from l10n.ingest.page_marks import MAX_SUBHEADING_WORDS
from l10n.ingest.story_edges import is_site_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from l10n.ingest.page_main import MainText
    from l10n.model import Block


def sentences_between(blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
    """Paragraphs of the story the extractor dropped between two of its kept paragraphs: each
    ending as a sentence ends with no link (a sentence with a link or two in it too, `is_prose`,
    when more than one stand there), or a bold line over the next (a subheading set in `<b>`);
    `allowed` (no furniture rule refuses it), right between two kept paragraphs, at most
    `MAX_RUN_BETWEEN` of them (holdout11: thespacereview's "“Oh my,” Lucas responded with a sigh.",
    vg247's one-line paragraph; holdout13: wildundhund's closing paragraphs set in `<div>`s between
    two `<p>`s; trafilatura drops a short line as it drops a box); or the items of a list that the
    paragraph above them introduces, ending in a colon (holdout19's capital.gr: "Ο αγωγός θα
    καθιστά εφικτή:", the pipeline will make possible:, then two items each a sentence). A label, a
    link or the site talking between them keeps the whole run out.

    >>> from l10n.model import Block
    >>> blocks = [Block("paragraph", t) for t in ("One told the panel so.", "“Oh my,” he said.", "Advertisement", "Two.")]
    >>> sentences_between(blocks, [0, 3], lambda block: True), sentences_between(blocks[:2] + blocks[3:], [0, 2], bool)
    ([], [1])
    >>> listed = [Block("paragraph", "It will make possible:"), Block("list_item", "Safer shipping."), Block("paragraph", "Two.")]
    >>> sentences_between(listed, [0, 2], bool), sentences_between([Block("paragraph", "One.")] + listed[1:], [0, 2], bool)
    ([1], [])
    """
    chosen = set(kept)
    found: list[int] = []
    for first in sorted(chosen):
        end = next((at for at in range(first + 1, len(blocks)) if at in chosen), None)
        if end is None or not 1 <= end - first - 1 <= MAX_RUN_BETWEEN:
            continue
        run = range(first + 1, end)
        if _runs_between(blocks, first, run, end) and all(
            _is_story_line(blocks, at, several=len(run) > 1, last=end - 1) and allowed(blocks[at]) for at in run
        ):
            found += run
    return found


MAX_RUN_BETWEEN = 4


def _is_story_line(blocks: list[Block], index: int, *, several: bool, last: int) -> bool:
    block = blocks[index]
    if ends_as_sentence(block.text):
        return not any(mark.tag == "a" for mark in block.markup) or (several and is_prose(block))
    bold = [mark for mark in block.markup if mark.tag in ("b", "strong")]
    return (  # a subheading in bold over the next line of the run
        several
        and index < last
        and len(block.text.split(maxsplit=MAX_SUBHEADING_WORDS)) <= MAX_SUBHEADING_WORDS
        and any(mark.start == 0 and mark.end >= len(block.text.rstrip()) for mark in bold)
        and link_share(block) == 0
    )


def _runs_between(blocks: list[Block], first: int, run: range, end: int) -> bool:
    """Paragraphs between paragraphs, or list items under a paragraph ending in a colon."""
    if blocks[first].role != "paragraph" or blocks[end].role != "paragraph":
        return False
    roles = {blocks[at].role for at in run}
    return roles == {"paragraph"} or (roles == {"list_item"} and blocks[first].text.rstrip().endswith((":", "：")))


def named_sentences_after(blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
    """A paragraph right after one of the story's kept paragraphs that names linked people and works in
    sentences (`page_boxes.is_named_prose`), more than `MAX_LINK_SHARE` of it link text: trafilatura
    drops it for its links (misses45: Anime News Network's closing paragraph of the film's staff, each
    name and film linked to its encyclopedia page, 71 % link text). A paragraph dropped with fewer links
    was dropped for some other reason (jewishbusinessnews' appeal for gifts, one link in bold lines).
    `allowed` reads it with its links as plain text (no furniture rule but the links' share refuses it).
    A paragraph of links to other stories ends in a link or has a label before them, and stays out.

    >>> from l10n.model import Block, InlineMarkup
    >>> names = ("Ann Lee of the Harbour Lights Company", "Bo Chen of the Storm Warning Company")
    >>> text = f"{names[0]} directed the film and {names[1]} wrote it with them over one long summer."
    >>> links = [InlineMarkup(text.index(name), text.index(name) + len(name), "a") for name in names]
    >>> staff = Block("paragraph", text, markup=links)
    >>> story = Block("paragraph", "The harbour reopened on Monday.")
    >>> named_sentences_after([story, staff], [0], bool), named_sentences_after([Block("heading", "Ferries"), staff], [0], bool)
    ([1], [])
    """
    chosen = set(kept)
    found: list[int] = []
    for index in sorted(chosen):
        after = index + 1
        if blocks[index].role != "paragraph" or after >= len(blocks) or after in chosen:
            continue
        block = blocks[after]
        if link_share(block) <= MAX_LINK_SHARE:  # a paragraph dropped for some other reason than its links
            continue
        if is_named_prose(block) and allowed(replace(block, markup=[m for m in block.markup if m.tag != "a"])):
            found.append(after)
    return found


MAX_NOTE_WORDS = 25


def linked_note_above(blocks: list[Block], story_top: int) -> list[int]:
    """The heading right above the story's first kept block when it is one linked sentence ending
    with a full stop ("*<a>Bu yazının Türkçe’sini buradan okuyabilirsiniz</a>.*": read this in
    Turkish here): the writer's note heading the story, a pointer to its other version, which an
    extractor drops as a link. A teaser's heading names another story and ends without a full
    stop ("Tsai says Beijing must face…", "What next for the ferries?"); "More Videos ..." ends
    in an ellipsis. A story is better read with a pointer to itself than without a line of it.

    >>> from l10n.model import Block, InlineMarkup
    >>> note = Block("heading", "Read this story in Turkish here.", markup=[InlineMarkup(0, 31, "a")])
    >>> teaser = Block("heading", "Ferries to resume on Friday", markup=[InlineMarkup(0, 27, "a")])
    >>> story = Block("paragraph", "The harbour reopened on Monday.")
    >>> linked_note_above([note, story], 1), linked_note_above([teaser, story], 1)
    ([0], [])
    """
    index = story_top - 1
    if index < 0 or story_top >= len(blocks):
        return []
    block = blocks[index]
    text = block.text.rstrip()
    is_note = (
        block.role == "heading"
        and link_share(block) >= ALL_LINK_SHARE
        and text.endswith(".")
        and not text.endswith("..")
        and len(text.split(maxsplit=MAX_NOTE_WORDS)) <= MAX_NOTE_WORDS
        and not is_site_line(block)
    )
    return [index] if is_note else []


def under_dropped_leads(
    main: MainText, blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]
) -> list[int]:
    """Paragraphs between the story's first and last kept blocks whose lines trafilatura kept under
    a bold first line it left out (`without_dropped_lead`), each cut to its second line on in
    `blocks`: the site's label over the paragraph (aeb's ign: `<strong>Use code "50OFF699"</strong>
    <br><br>` over a deal's paragraph, the bold line dropped by trafilatura after the picture's box,
    and the kept paragraph with it). Only when the first line alone is bold (a box in bold
    throughout is a box: jewishbusinessnews's appeal for gifts) and `allowed` (no furniture rule)
    lets the whole block through, and the cut one."""
    found: list[int] = []
    chosen = set(kept)
    for index in range(kept[0] + 1, kept[-1]) if kept else ():
        block = blocks[index]
        if index in chosen or block.role != "paragraph" or not _bold_lead(block):
            continue
        rest = without_dropped_lead(main, block)
        if rest is not block and allowed(block) and allowed(rest):
            blocks[index] = rest
            found.append(index)
    return found


def without_dropped_lead(main: MainText, block: Block) -> Block:
    """The block from its second line on when trafilatura kept every line after a `<br>` but not
    the first, nor the block (`MainText.kept_block`); else the block itself.

    >>> from l10n.ingest.page_main import MainText
    >>> from l10n.model import Block, InlineMarkup
    >>> main = MainText.of(["The price fell to its lowest this year on Monday."])
    >>> deal = Block("paragraph", "Use code X The price fell to its lowest this year on Monday.", markup=[InlineMarkup(10, 10, "br", void=True)])
    >>> without_dropped_lead(main, deal).text
    'The price fell to its lowest this year on Monday.'
    """
    keyed = keyed_lines(block)
    if len(keyed) < 2 or main.kept_block(block):  # a first line and one under it
        return block
    if not all(main.kept(block.text[start:end]) for start, end in keyed[1:]):
        return block
    rest = replace(block, markup=list(block.markup))
    cut_to(rest, _stripped(block.text, keyed[1])[0], len(block.text))
    return rest


def _bold_lead(block: Block) -> bool:
    """The block's first `<br>` line is bold (`<strong>`, `<b>`) and the line under it is not."""
    keyed = keyed_lines(block)
    if len(keyed) < 2:  # a first line and one under it
        return False
    lead, line = _stripped(block.text, keyed[0]), _stripped(block.text, keyed[1])
    bold = [(m.start, m.end) for m in block.markup if m.tag in ("strong", "b")]
    return any(start <= lead[0] and end >= lead[1] for start, end in bold) and not any(
        start <= line[0] and end >= line[1] for start, end in bold
    )


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without the white space at its ends."""
    start, end = span
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
