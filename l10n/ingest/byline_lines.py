"""Byline lines printed apart from the names: the label alone ("By", "Article by"), how much of
a line its label takes, and a job title on its own line ("Tribune Staff Reporter"). `page.py`,
`page_authors.py` and `datelines.py` ask these of a page's lines; `byline.py` takes a byline
apart (these moved here from it, holdout10, to keep it under the house's module size). A menu's
entry that reads as a byline ("By Position FB Transfers", holdout11) is none (`is_menu_entry`);
a labelled byline line and another story's card credit (`labelled_text`, moved from `page_authors.py`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.byline import BYLINE_LABEL, MAX_ROLE_LINE_WORDS, ROLE_WORDS, WRITING_JOBS
from l10n.ingest.byline_shape import is_labelled_byline
from l10n.ingest.fields import normalise_space
from l10n.ingest.page_credits import LEAD_IN_TAGS

if TYPE_CHECKING:
    from l10n.model import Block

MENU_LINK_SHARE = 0.9  # of a list item's text its link covers before the item is a menu's entry


def label_length(text: str) -> int:
    """How many characters of `text` its byline label takes ("Un texte de " → 12), 0 for none."""
    found = BYLINE_LABEL.match(text)
    return found.end() if found else 0


def is_label_only(text: str) -> bool:
    """A byline's label printed apart from the name ("By", "Article by", "Author:").

    >>> is_label_only(" Article by "), is_label_only("By Ann Lee")
    (True, False)
    """
    text = normalise_space(text)
    return bool(text) and BYLINE_LABEL.sub("", text) == ""


def is_role_line(text: str) -> bool:
    """A byline's job title printed apart from the name ("Tribune Staff Reporter", "Staff
    Writer"): role words, at most one capitalised word before them (the paper's name), and a
    word that names a writing job.

    >>> is_role_line("Tribune Staff Reporter"), is_role_line("Staff Writer"), is_role_line("Health")
    (True, True, False)
    >>> is_role_line("Reporter Ann Lee"), is_role_line("The reporter said so.")
    (False, False)
    """
    if len(text.split(maxsplit=MAX_ROLE_LINE_WORDS + 1)) > MAX_ROLE_LINE_WORDS + 1:
        return False  # a paragraph is not spaced out whole (the dots stripped below end one word at most)
    words = normalise_space(text).rstrip(".").split()
    if not 1 < len(words) <= MAX_ROLE_LINE_WORDS:
        return False  # a paragraph's words are not read one by one (pagespeed17)
    roles = [word for word in words if word.lower() in ROLE_WORDS]
    others = [word for word in words if word.lower() not in ROLE_WORDS]
    return (
        1 < len(words) <= MAX_ROLE_LINE_WORDS
        and len(others) <= 1
        and all(word[:1].isupper() for word in words)
        and (not others or words[0] == others[0])
        and any(word.lower() in WRITING_JOBS for word in roles)
    )


def is_menu_entry(blocks: list[Block], index: int) -> bool:
    """A list item that is a link between list items that are links: a menu's entry, whatever it
    says ("By Position FB Transfers" between "Latest FB Transfers" and "Top BK Transfers",
    holdout11's 247sports); a byline set as a list item stands beside no such links.

    >>> from l10n.model import Block, InlineMarkup
    >>> item = lambda text: Block("list_item", text, markup=[InlineMarkup(0, len(text), "a")])
    >>> menu = [item("Top FB Transfers"), item("By Position FB Transfers"), item("Top BK Transfers")]
    >>> is_menu_entry(menu, 1), is_menu_entry([Block("list_item", "Sport"), menu[1]], 1)
    (True, False)
    """
    return all(
        0 <= at < len(blocks) and blocks[at].role == "list_item" and _linked_share(blocks[at]) >= MENU_LINK_SHARE
        for at in (index - 1, index, index + 1)
    )


def is_menu_title(blocks: list[Block], index: int) -> bool:
    """A heading over lines that are links: a menu's or a link box's title, whatever it says ("From The Print" over
    the paper's section links in a side module, holdout38's Business Recorder: "From" reads as a byline's label);
    a byline heading stands over the story's text.

    >>> from l10n.model import Block, InlineMarkup
    >>> link = lambda text: Block("cell", text, markup=[InlineMarkup(0, len(text), "a")])
    >>> box = [Block("heading", "From The Print"), link("Top Stories"), link("General News")]
    >>> is_menu_title(box, 0), is_menu_title([box[0], Block("paragraph", "The harbour reopened."), box[1]], 0)
    (True, False)
    """
    lines = blocks[index + 1 : index + 1 + MENU_TITLE_LINES]
    return (
        blocks[index].role == "heading"
        and len(lines) == MENU_TITLE_LINES
        and all(line.role != "heading" and _linked_share(line) >= MENU_LINK_SHARE for line in lines)
    )


MENU_TITLE_LINES = 2  # links under a heading that make it a menu's title


def _linked_share(block: Block) -> float:
    linked = sum(mark.end - mark.start for mark in block.markup if mark.tag == "a")
    return linked / max(len(block.text), 1)


def labelled_text(block: Block) -> str:
    """The block's emphasised lead-in when that is a labelled byline, else the block when it is one;
    not another story's card (`is_card_credit`)."""
    if is_card_credit(block):
        return ""
    lead = next((m for m in block.markup if m.start == 0 and m.tag in LEAD_IN_TAGS), None)
    if lead is not None and lead.end < len(block.text) and is_labelled_byline(block.text[: lead.end]):
        return block.text[: lead.end]
    return block.text if is_labelled_byline(block.text) else ""


def is_card_credit(block: Block) -> bool:
    """Two links of the block lead to the same page: a teaser's credit and headline, both linking
    to the story they announce ("<a>PAR JACQUES ATTALI</a> | <a>Deux Europe, deux Parlements</a>",
    holdout7's slate.fr); a byline links each writer to a page of their own."""
    texts: dict[str, set[str]] = {}
    for markup in block.markup:
        href, text = dict(markup.attrs).get("href"), block.text[markup.start : markup.end].strip()
        if markup.tag == "a" and href and text:  # an avatar's link to the writer's page holds no text
            texts.setdefault(href, set()).add(text)
    return any(len(shown) > 1 for shown in texts.values())


REPEATED_FIELDS = 3  # blocks opening with the same label before it is a field of a list's entries
_FIELD_LABEL = re.compile(r"^\W*(?P<label>[^\W\d][^:：\n]{0,30}?)\s*[:：]\s*(?P<value>\S[^\n]{0,60})")


def is_repeated_field(blocks: list[Block], index: int) -> bool:
    """The block opens with a label ("From:", "Hosted by:") that opens `REPEATED_FIELDS` blocks or more of
    the page, naming two things or more after it: a field of a list's entries, each of a directory's cards
    its own (misses34, holdout34's Podnews: "From: Tenderfoot TV and iHeartPodcasts", "From: The Boston
    Globe Spotlight Team", … under each podcast of a release's top ten), not the story's byline. A story's
    byline opens one block; a live blog's posts, each "By:" the same writer, name one.

    >>> from l10n.model import Block
    >>> cards = [Block("paragraph", f"From: {name}") for name in ("Tenderfoot TV", "Audible", "BBC Radio 5 Live")]
    >>> is_repeated_field(cards, 0), is_repeated_field([cards[0], Block("paragraph", "The story.")], 0)
    (True, False)
    """
    found = _FIELD_LABEL.match(blocks[index].text)
    if found is None:
        return False
    label = found["label"].casefold()
    values = [
        match["value"]
        for block in blocks
        if (match := _FIELD_LABEL.match(block.text)) is not None and match["label"].casefold() == label
    ]
    return len(values) >= REPEATED_FIELDS and len(set(values)) > 1
