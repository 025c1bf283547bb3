"""A layout table's side column that an extractor keeps with the story (holdout28's Telegraph, Calcutta, a
2012 page laid out in tables, its left column read before the story): `page.py` drops what these name.

- the title of a menu set as a cell over cells that are each one link ("IN TODAY'S PAPER" over "Front Page",
  "Nation", "Calcutta"…): the links go as navigation, and a title whose links went goes with them
  (`menu_title_cells`), as `page_boxes.heads_links` drops a heading over a list of links; so does the title of
  a row whose next cell is a run of links (misses50, holdout49's 022china: its footer's "导航中国" beside "<a>中国政府网</a>
  | <a>中国网</a> | <a>人民网</a> …", 'China navigation' over the state sites' links);
- a weather box: its label naming the weather ("Calcutta Weather") and the short lines of readings under it
  ("Temperature Min : 10°C (-4) Max : 23.3°C (-3)", "Sunrise : 6:19 AM", "Today", "Mainly clear sky.
  Minimum temperature likely to be around 11°C."): the site's service, not the story (`weather_box`); or, its title a
  picture, a run of bare cells giving places' temperature ranges and forecasts (`_forecast_cells`).
"""

from __future__ import annotations

import re

from l10n.ingest.chrome_lines import is_link_run
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
        ) or (_is_title_cell(block) and _beside_links(block, below[:1])):
            titles.add(index)
    return titles


def _beside_links(title: Block, after: list[Block]) -> bool:
    """The next cell of the title's row (`after`, the block after it) is a run of links with nothing but separators
    between them (`chrome_lines.is_link_run`): the title's menu, set beside it.

    >>> from l10n.model import InlineMarkup, TableCell
    >>> title = Block("cell", "导航中国", cell=TableCell(table=3, row=0, column=0))
    >>> links = Block("cell", "中国政府网 | 中国网 | 人民网", markup=[InlineMarkup(0, 5, "a"), InlineMarkup(8, 11, "a"),
    ...               InlineMarkup(14, 17, "a")],
    ...               cell=TableCell(table=3, row=0, column=1))
    >>> _beside_links(title, [links]), _beside_links(title, [Block("cell", links.text, cell=links.cell)])
    (True, False)
    """
    beside = after[0].cell if after else None
    place = title.cell
    if beside is None or place is None:
        return False
    if (beside.table, beside.row) != (place.table, place.row) or beside.column <= place.column:
        return False
    return is_link_run(after[0])


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
# misses44: a weather box with no label in words (its title a picture), a place's forecast a few cells each: a
# temperature range ("13～17", the degree sign a picture too), the region and the forecast's words ("陰有雨", "多雲時晴",
# "Partly cloudy"), a cell each (holdout43's 人間衛視, nine regions in its side column)
_TEMPERATURE_RANGE = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s*[～~〜–-]\s*-?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CF]?|℃|℉)?")
_FORECAST = re.compile(
    r"[晴雲云陰阴雨雪霧雾霾陣阵雷多少時时轉转有短暫暂午後后局部偶大中小風风]*[晴雲云陰阴雨雪霧雾霾][晴雲云陰阴雨雪霧雾霾陣阵雷多少時时轉转有短暫暂午後后局部偶大中小風风]*"
    r"|(?:(?:mostly|partly|light|heavy|scattered|isolated|chance of)\s+)?"
    r"(?:sunny|cloudy|clear|overcast|rain|showers|drizzle|snow|sleet|fog|thunderstorms|storms)",
    re.IGNORECASE,
)
MAX_BOX_CELL_CHARS = 12  # a range, a region's name, a forecast: a few words or letters
MIN_FORECASTS = 3  # places forecast, each a range and a forecast: fewer may be a story's table


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
                or len(line.text.split(maxsplit=MAX_WEATHER_LINE_WORDS)) > MAX_WEATHER_LINE_WORDS
                or any(mark.tag == "a" for mark in line.markup)
            ):
                break
            run.append(below)
        if sum(bool(_READING.search(blocks[at].text)) for at in run) >= MIN_READINGS:
            boxed |= {index, *run}
    return boxed | _forecast_cells(blocks)


def _forecast_cells(blocks: list[Block]) -> set[int]:
    """The cells of a weather box set without a label in words (see `_TEMPERATURE_RANGE`): a run of short cells
    without a link or a header holding `MIN_FORECASTS` temperature ranges or more and as many forecasts. A table of
    forecasts a story shows heads its columns ("Region", "°C", "Forecast"); a box's cells are bare.

    >>> cells = [Block("cell", t) for t in ("13～17", "宜蘭地區", "陣雨", "18～22", "高屏地區", "多雲時晴", "12～18", "北部地區", "多雲")]
    >>> story = Block("paragraph", "The harbour reopened on Monday after engineers cleared the debris the storm had left.")
    >>> sorted(_forecast_cells([story, *cells])) == list(range(1, 10)), _forecast_cells([story, *cells[:6]])
    (True, set())
    >>> from l10n.model import TableCell
    >>> head = Block("cell", "天氣", cell=TableCell(table=1, row=0, column=2, header=True))
    >>> _forecast_cells([story, head, *cells])
    set()
    """
    boxed: set[int] = set()
    run: list[int] = []
    headed = False
    for at, block in enumerate([*blocks, Block("paragraph", "")]):  # a last block that ends any run
        if (
            block.role == "cell"
            and 0 < len(block.text.strip()) <= MAX_BOX_CELL_CHARS
            and not any(mark.tag == "a" for mark in block.markup)
        ):
            run.append(at)
            headed = headed or (block.cell is not None and block.cell.header)
            continue
        texts = [blocks[cell].text.strip() for cell in run]
        if (
            not headed
            and sum(bool(_TEMPERATURE_RANGE.fullmatch(text)) for text in texts) >= MIN_FORECASTS
            and sum(bool(_FORECAST.fullmatch(text)) for text in texts) >= MIN_FORECASTS
        ):
            boxed.update(run)
        run, headed = [], False
    return boxed
