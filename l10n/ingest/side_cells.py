"""A layout table's side column that an extractor keeps with the story (holdout28's Telegraph, Calcutta, a
2012 page laid out in tables, its left column read before the story): `page.py` drops what these name.

- the title of a menu set as a cell over cells that are each one link ("IN TODAY'S PAPER" over "Front Page",
  "Nation", "Calcutta"…): the links go as navigation, and a title whose links went goes with them
  (`menu_title_cells`), as `page_boxes.heads_links` drops a heading over a list of links;
- a weather box: its label naming the weather ("Calcutta Weather") and the short lines of readings under it
  ("Temperature Min : 10°C (-4) Max : 23.3°C (-3)", "Sunrise : 6:19 AM", "Today", "Mainly clear sky.
  Minimum temperature likely to be around 11°C."): the site's service, not the story (`weather_box`).
"""

from __future__ import annotations

import re

from l10n.ingest.furniture import ALL_LINK_SHARE, ends_as_sentence, link_share
from l10n.model import Block

MAX_TITLE_WORDS = 5
MIN_MENU_CELLS = 2


def _is_title_cell(block: Block) -> bool:
    """A cell of a few words, no link, not a sentence: a box's title."""
    if block.role != "cell":  # most blocks: no cell's words split (pagespeed34)
        return False
    words = block.text.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and not any(mark.tag == "a" for mark in block.markup)
        and not ends_as_sentence(block.text)
    )


def menu_title_cells(blocks: list[Block]) -> set[int]:
    """The cells that title a menu of link cells right under them (see the module docstring).

    >>> from l10n.model import InlineMarkup
    >>> def link(text): return Block("cell", text, markup=[InlineMarkup(0, len(text), "a")])
    >>> menu = [Block("cell", "IN TODAY'S PAPER"), link("Front Page"), link("Nation"), Block("paragraph", "Story.")]
    >>> sorted(menu_title_cells(menu)), sorted(menu_title_cells([menu[0], link("Front Page"), menu[3]]))
    ([0], [])
    """
    titles = set()
    for index, block in enumerate(blocks):
        below = blocks[index + 1 : index + 1 + MIN_MENU_CELLS]
        if (
            _is_title_cell(block)
            and len(below) == MIN_MENU_CELLS
            and all(cell.role == "cell" and link_share(cell) >= ALL_LINK_SHARE for cell in below)
        ):
            titles.add(index)
    return titles


# The label of a weather box: the word for weather or the forecast, maybe a place before it ("Calcutta Weather",
# "Weather", "Погода", "Καιρός", "Pogoda", "天气", "天氣"), a line of its own.
_WEATHER_LABEL = re.compile(
    r"^(?:[^\W\d_][\w'’.-]*\s+){0,2}(?:weather|forecast|погода|καιρ[όο]ς|pogoda|wetter|météo|el tiempo|天气|天氣)"
    r"(?:\s+(?:today|now|forecast))?\s*$",
    re.IGNORECASE,
)
# A reading of the weather: a temperature, a humidity, the sun's rise and set.
_READING = re.compile(
    r"-?\d+(?:[.,]\d+)?\s*°\s*[CF]?|\b(?:humidity|sunrise|sunset|влажность|восход|закат|υγρασία)\b", re.IGNORECASE
)
MAX_WEATHER_LINE_WORDS = 15
MAX_WEATHER_LINES = 10
MIN_READINGS = 2


def weather_box(blocks: list[Block]) -> set[int]:
    """The weather box's label and its lines (see the module docstring): the short lines without a link
    under the label, when two or more of them give a reading; a story's sentence about the weather is
    longer, or stands under no such label.

    >>> box = [Block("cell", "Calcutta Weather"), Block("cell", "Temperature Min : 10°C (-4) Max : 23.3°C (-3)"),
    ...        Block("cell", "Sunrise : 6:19 AM"), Block("paragraph", "The story went on for many more words than a line of readings has, as stories do.")]
    >>> sorted(weather_box(box)), sorted(weather_box([box[0], box[3]]))
    ([0, 1, 2], [])
    """
    boxed: set[int] = set()
    for index, block in enumerate(blocks):
        if block.role not in ("cell", "paragraph", "heading") or not _WEATHER_LABEL.match(block.text.strip()):
            continue
        run = []
        for below in range(index + 1, min(len(blocks), index + 1 + MAX_WEATHER_LINES)):
            line = blocks[below]
            if (
                line.role not in ("cell", "paragraph")
                or len(line.text.split()) > MAX_WEATHER_LINE_WORDS
                or any(mark.tag == "a" for mark in line.markup)
            ):
                break
            run.append(below)
        if sum(bool(_READING.search(blocks[at].text)) for at in run) >= MIN_READINGS:
            boxed |= {index, *run}
    return boxed
