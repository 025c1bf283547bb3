"""Bylines a story's header prints without a label, read when the metadata names no writer
(`page_authors.author_names`; holdout20):

- the writer's name and the story's day on one line under the headline, parted by a bar
  ("Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025", Anadolu Ajansı's header): a name
  beside the day the story went out is who wrote it (`dated_name_line`); the place filed from
  may stand between them ("Patricio Candia | Palma de Mallorca | 08/01/2014", rules21), and lines
  may part them instead of bars ("Max Blumenthal<br><a>The Grayzone</a><br>Thu, 14 May 2020", sott);
  when the page's `<h1>` is its logo, the line is looked for under the story's heading too;
- the writer's name on the first line of an author box, what the writer does or where from on
  the next (mbl.is's `<div class="reporter-line"><p>Atli Steinn Guðmundsson</p><p>skrifar frá
  Porsgrunn</p>`, "writes from Porsgrunn"): the box's whole text is no name, its first line is
  (`first_name_line`);
- the writer's name on the first line of an author box, the story's day on the lines under it
  (holdout28's Gazeta Wrocławska: `<div class="autor"><p><b>Natalia Wellmann</b></p><p>2011-12-30
  10:17:03, aktualizacja: 2011-12-30 10:17:03</p></div>`): too many words together for a name, the
  first line is one (`name_over_day`);
- the writer's name alone in bold, the story's first line, right above its first paragraph
  (holdout22's lestimes: `<p><strong>Mohloai Mpesi</strong></p><p>IN the heart of Lesotho…`, the
  page's author box naming only the site's account): `opening_name`;
- a Chinese newsroom's bracketed credit alone on a line under the headline, the name and the place
  reported from, with or without "記者" (holdout24's China Times: `<li>【王己由／台北報導】</li>` beside the
  day and the paper's name), as `page_credits.lead_credit` reads it opening the first paragraph:
  `header_credit`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from l10n.ingest.byline import looks_like_name, reduce_byline
from l10n.ingest.datelines import has_time_of_day, read_timestamp
from l10n.ingest.fields import normalise_space
from l10n.ingest.page_days import read_day, writes_day
from l10n.ingest.story_edges import is_site_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.model import Block

HEADER_BLOCKS = 4  # blocks under the headline the line may stand in (a standfirst, a caption above it)
MAX_HEADER_NAME_WORDS = 4
DAY_SLACK = 1  # days between the line's day and the story's: a timestamp in UTC may be the next day


def _is_name(text: str) -> bool:
    return 1 < len(text.split(maxsplit=MAX_HEADER_NAME_WORDS)) <= MAX_HEADER_NAME_WORDS and looks_like_name(text)


# The credit: brackets around the reporters (two to four Han letters each, "記者" before them or not), a
# slash, the place and "reported" or "cabled" ("【王己由／台北報導】", "（記者王小明、李華／北京报道）").
_HEADER_CREDIT = re.compile(
    r"\s*[〔\[（(【]\s*(?:記者|记者)?\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[、,，][\u4e00-\u9fff·]{2,4})*)\s*[／/]\s*"
    r"[\u4e00-\u9fff]{1,8}(?:報導|报道|電|电)\s*[〕\]）)】]\s*"
)
# …an outlet or a desk where the name stands ("【中央社／台北報導】", "【本報訊／台北報導】") names no one.
_OUTLET_END = re.compile(r"(?:社|網|网|報|报|訊|讯|台)$")


def header_credit(blocks: list[Block]) -> list[str]:
    """A bracketed credit alone on a line under the headline (see the module docstring), as a list of
    one line for `byline.reduce_byline` to read the reporters of; [] for none.

    >>> from l10n.model import Block
    >>> head = Block("headline", "健檢未查出癌 診所及醫師判賠521萬")
    >>> header_credit([head, Block("list_item", "【王己由／台北報導】")]), header_credit([head, Block("list_item", "【中央社／台北報導】")])
    (['【王己由／台北報導】'], [])
    """
    start = next((at for at, block in enumerate(blocks) if block.role == "headline"), None)
    for block in blocks[start + 1 : start + 1 + HEADER_BLOCKS] if start is not None else []:
        found = _HEADER_CREDIT.fullmatch(block.text)
        if found:
            names = re.split(r"[、,，]", found["names"])
            return [] if any(_OUTLET_END.search(name) for name in names) else [block.text]
    return []


def dated_name_line(blocks: list[Block], published: dt.datetime | None) -> list[str]:
    """The name of a line under the headline that is a name and a day, parted by a bar, either way
    round (see the module docstring); a day not the story's (another story's teaser) names no one,
    nor does a link (a section's, "World Politics | 05.04.2025").

    >>> from l10n.model import Block
    >>> story = [Block("headline", "Şarj istasyonu sayısı arttı"), Block("paragraph", "Sehernur Karsu | 05.04.2025")]
    >>> dated_name_line(story, dt.datetime(2025, 4, 5)), dated_name_line(story, dt.datetime(2024, 4, 5))
    (['Sehernur Karsu'], [])
    >>> dated_name_line([story[0], Block("paragraph", "Ekonomi | Enerji | 05.04.2025")], None)
    []
    >>> from l10n.model import InlineMarkup
    >>> dated_name_line([story[0], Block("paragraph", "World Politics | 05.04.2025", markup=[InlineMarkup(0, 14, "a")])], None)
    []
    """
    headlines = [at for at, block in enumerate(blocks) if block.role == "headline"]
    # rules21: else under a heading, when the page's <h1> is the site's logo (ultimahora's story title is an <h3>)
    headings = [at for at, block in enumerate(blocks) if block.role == "heading"] if published else []
    for start in [*headlines[:1], *headings]:
        found = _dated_name_under(blocks, start, published)
        if found:
            return found
    return []


def _dated_name_under(blocks: list[Block], start: int, published: dt.datetime | None) -> list[str]:
    header = blocks[start + 1 : start + 1 + HEADER_BLOCKS]
    for block, after in zip(header, header[1:], strict=False):
        under = _name_under_stamp(block, after, published)  # misses48: "28.11.2011 16:08", then "Павел Козаченко"
        if under:
            return [under]
    for block in header:
        parts = [normalise_space(part) for part in block.text.split("|")]
        if 1 < len(parts) <= MAX_HEADER_PARTS and not any(mark.tag == "a" for mark in block.markup):
            ends = [(parts[0], parts[-1])] if len(parts) > 2 else [(parts[0], parts[1]), (parts[1], parts[0])]
        else:  # rules21: or lines, the name first and not a link ("Max Blumenthal<br><a>The Grayzone</a><br>Thu, 14 May…"),
            # the last a timestamp alone: "Ort Saarbrücken<br>Datum 28.01.2022" (bsi.de, bench/evaldata.py) are fields
            lines = _lines(block)
            stamped = 1 < len(lines) <= MAX_HEADER_PARTS and read_timestamp(lines[-1]) is not None
            ends = [(lines[0], lines[-1])] if stamped else []
        for name, rest in ends:  # rules21: "Patricio Candia | Palma de Mallorca | 08/01/2014", the place between
            day = read_day(rest) or _slashed_day(rest, published)
            if _is_name(name) and day is not None and read_day(name) is None:
                if published is None or abs((day.date() - published.date()).days) <= DAY_SLACK:
                    return [name]
        set_apart = _stamped_name(block, published)  # holdout28: "16 January 12 17:47, <span>Inbal Omer</span>"
        if set_apart:
            return [set_apart]
    return []


def _name_under_stamp(stamp: Block, line: Block, published: dt.datetime | None) -> str:
    """The name alone on the line right under a line that is only the story's timestamp, its time of day with it
    (holdout48's Городской Дозор: `<div class="data">28.11.2011 16:08</div><div class="data">Павел Козаченко</div>`
    over the lead): the header's day and writer, each on a line of its own; "" else. A link (a section's, a tag's),
    a stamp without its time or of another day (another story's), a line that is no name, a picture's text or a
    line in a script without capitals (no name is told from a label there) names no one.

    >>> from l10n.model import Block, InlineMarkup
    >>> stamp, name = Block("paragraph", "28.11.2011 16:08"), Block("paragraph", "Павел Козаченко")
    >>> _name_under_stamp(stamp, name, dt.datetime(2011, 11, 28)), _name_under_stamp(stamp, name, dt.datetime(2011, 12, 2))
    ('Павел Козаченко', '')
    >>> _name_under_stamp(Block("paragraph", "28.11.2011"), name, None), _name_under_stamp(stamp, Block("paragraph", "Новости дня"), None)
    ('', '')
    >>> _name_under_stamp(stamp, Block("paragraph", "Павел Козаченко", markup=[InlineMarkup(0, 15, "a")]), None)
    ''
    """
    text = normalise_space(line.text)
    if line.role != "paragraph" or any(mark.tag == "a" for mark in line.markup) or not _is_name(text):
        return ""  # the whole-corpus dump: a picture's alt under the day names who is pictured (rediff's "Ravindra Jadeja")
    if not all(word[:1].isupper() for word in text.split()) or read_day(text):
        return (
            ""  # a caseless script's words all read as capitalised: lbcgroup's view count "مشاهدات عالية" (high views)
        )
    found = read_timestamp(stamp.text)
    if found is None or found.day is None or not has_time_of_day(stamp.text):
        return ""
    if published is not None and abs((found.day.date() - published.date()).days) > DAY_SLACK:
        return ""
    return text


# holdout28: the time the story went out, a comma, and the writer's name in an element of its own ("16 January
# 12 17:47, <span style="font-weight:700">Inbal Omer</span>", Globes's header line): a stamp with its time of
# day (`has_time_of_day`), the name set apart after it.
_NAME_MARKS = frozenset({"b", "strong", "span", "em"})


def _stamped_name(block: Block, published: dt.datetime | None = None) -> str:
    """The name after a timestamp and a comma or a bar on a header line, in an inline element of its own (see
    `_NAME_MARKS`); "" else. A place run on after the stamp ("17:47, Tel Aviv") has no element of its own.

    >>> from l10n.model import Block, InlineMarkup
    >>> line = "16 January 12 17:47, Inbal Omer"
    >>> _stamped_name(Block("paragraph", line, markup=[InlineMarkup(21, 31, "span")])), _stamped_name(Block("paragraph", line))
    ('Inbal Omer', '')

    The stamp may leave out the year, as a paper prints the day of a story of the current year (misses39, holdout38's
    utro.ru: `<p class="date">25 ноября, 06:30 | <b>Елена ТКАЧЕНКО</b></p>` under the `<h2>` headline, a page stating
    no language to read the month's name in): the day's number, a word and the time of day, that number the story's.

    >>> line = "25 ноября, 06:30 | Елена ТКАЧЕНКО"
    >>> _stamped_name(Block("paragraph", line, markup=[InlineMarkup(19, 33, "b")]), dt.datetime(2011, 11, 25))
    'Елена ТКАЧЕНКО'
    >>> _stamped_name(Block("paragraph", line, markup=[InlineMarkup(19, 33, "b")]), dt.datetime(2011, 11, 24))
    ''
    """
    parted = around_last_comma_or_bar(block.text)
    if parted is None:
        return ""
    stamp, rest = parted
    name = rest.strip()
    start = len(block.text) - len(rest.lstrip())
    own = any(
        mark.tag in _NAME_MARKS
        and len(stamp) < mark.start <= start
        and len(block.text[mark.start : mark.end].strip()) == len(name)
        for mark in block.markup
    )
    if not (own and has_time_of_day(stamp) and (read_timestamp(stamp) is not None or _yearless(stamp, published))):
        return ""
    return name if _is_name(name) and read_day(name) is None else ""


def around_last_comma_or_bar(text: str) -> tuple[str, str] | None:
    """The text before its last comma or bar and the text after it, the spaces beside it left out; None for neither
    mark. (cost39: `str.rfind`, where a pattern's search, `\\s*[,|]\\s*(?=[^,|]*$)`, tried each of a long paragraph's
    characters in turn: 1.6–3 % of a page under many headings.)

    >>> around_last_comma_or_bar("16 January 12 17:47 ,  Inbal Omer"), around_last_comma_or_bar("Inbal Omer")
    (('16 January 12 17:47', 'Inbal Omer'), None)
    """
    last = max(text.rfind(","), text.rfind("|"))
    return None if last < 0 else (text[:last].rstrip(), text[last + 1 :].lstrip())


# a day of the current year as a header prints it: the day's number, the month's word, the time ("25 ноября, 06:30")
_YEARLESS_STAMP = re.compile(r"(?P<day>\d{1,2})\.?\s+[^\W\d_]{3,}\.?,?\s+\d{1,2}:\d{2}")


def _yearless(stamp: str, published: dt.datetime | None) -> bool:
    found = _YEARLESS_STAMP.fullmatch(normalise_space(stamp))
    return found is not None and published is not None and int(found["day"]) == published.day


def linked_name_line(blocks: list[Block], published: dt.datetime | None) -> list[str]:
    """The line under the headline from a link to a writer's page (an address naming "author") on, when the
    story's day follows the link: the writer's name as the site links it, with the day the story went out
    (misses39, holdout38's 21cbh: `21世纪网 <a href="http://author.21cbh.com/heyi">何漪</a> 2011-12-15 23:46:41`),
    read as a dated name (`byline_cjk.cjk_byline_names`, `byline.reduce_byline`); [] for none.

    >>> from l10n.model import Block, InlineMarkup
    >>> author = InlineMarkup(5, 7, "a", attrs=(("href", "http://author.example.com/heyi"),))
    >>> head, line = Block("headline", "分析师独董首案"), Block("paragraph", "21世纪网 何漪 2011-12-15 23:46:41", markup=[author])
    >>> linked_name_line([head, line], dt.datetime(2011, 12, 15)), linked_name_line([head, line], dt.datetime(2011, 12, 20))
    (['何漪 2011-12-15 23:46:41'], [])
    """
    start = next((at for at, block in enumerate(blocks) if block.role == "headline"), None)
    if start is None or published is None:
        return []
    for block in blocks[start + 1 : start + 1 + HEADER_BLOCKS]:
        for mark in block.markup:
            if mark.tag != "a" or "author" not in (dict(mark.attrs).get("href") or "").lower():
                continue
            if writes_day(block.text[mark.end : mark.end + LINKED_DAY_REACH], published.date()):
                return [normalise_space(block.text[mark.start :])]
    return []


LINKED_DAY_REACH = 40  # characters after the writer's link in which the story's day stands


def _lines(block: Block) -> list[str]:
    """The block's lines parted by its line breaks, the first none when a link runs into it (a section's name)."""
    breaks = sorted({mark.start for mark in block.markup if mark.tag == "br" and 0 < mark.start < len(block.text)})
    if not breaks or any(mark.tag == "a" and mark.start < breaks[0] for mark in block.markup):
        return []
    ends = [0, *breaks, len(block.text)]
    return [line for a, b in zip(ends, ends[1:]) if (line := normalise_space(block.text[a:b]))]


MAX_HEADER_PARTS = 3  # the name, the place filed from, the day


def _slashed_day(text: str, published: dt.datetime | None) -> dt.datetime | None:
    """A slashed day that reads either way round ("08/01/2014": 8 January or 1 August) taken in the
    reading within `DAY_SLACK` of the story's stated day: that day settles which one the line means
    (rules21; `page_days.read_day` skips such days, as nothing else settles them).

    >>> _slashed_day("08/01/2014", dt.datetime(2014, 1, 9)), _slashed_day("08/01/2014", dt.datetime(2014, 3, 9))
    (datetime.datetime(2014, 1, 8, 0, 0), None)
    """
    found = _SLASHED.fullmatch(text)
    if found is None or published is None:
        return None
    first, second, year = (int(part) for part in found.groups())
    for month, day in ((first, second), (second, first)):
        try:
            reading = dt.datetime(year, month, day)
        except ValueError:
            continue
        if abs((reading.date() - published.date()).days) <= DAY_SLACK:
            return reading
    return None


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def first_name_line(element: HtmlElement, text: str) -> str:
    """The first line of an author box set in elements of its own, when the box's whole `text`
    names no one and that line is a name with more lines after it (see the module docstring); ""
    else: a box whose text is a byline ("By Ann Lee, Staff writer") is read whole.

    >>> from lxml.html import fromstring
    >>> box = fromstring("<div><p>Atli Steinn Guðmundsson</p><p>skrifar frá Porsgrunn</p></div>")
    >>> first_name_line(box, " ".join(box.itertext())), first_name_line(box, "By Ann Lee")
    ('Atli Steinn Guðmundsson', '')
    """
    if reduce_byline(text).names:
        return ""
    lines = [
        line for child in element if isinstance(child.tag, str) and (line := normalise_space(child.text_content()))
    ]
    return lines[0] if len(lines) > 1 and _is_name(lines[0]) else ""


def name_over_day(element: HtmlElement) -> str:
    """The name on the first line of an author box whose other lines each state a day (see the module
    docstring); "" else: a box's second line saying what the writer does is `first_name_line`'s.

    >>> from lxml.html import fromstring
    >>> box = fromstring("<div><p><b>Natalia Wellmann</b></p><p>2011-12-30 10:17:03, aktualizacja: 2011-12-30</p></div>")
    >>> name_over_day(box), name_over_day(fromstring("<div><p>Natalia Wellmann</p><p>Wrocław</p></div>"))
    ('Natalia Wellmann', '')
    """
    lined = [
        (child, line)
        for child in element
        if isinstance(child.tag, str) and (line := normalise_space(child.text_content()))
    ]
    lines = [line for _, line in lined]
    if len(lines) > 1 and _is_name(lines[0]) and all(read_day(line) is not None for line in lines[1:]):
        # a name set as a link's text is the link rules' to judge (a tag's page, "Ports Weekly", is no writer's:
        # test_ingest_rules9); Gazeta Wrocławska's link is its logo beside the name
        linked = any(normalise_space(link.text_content()) for link in lined[0][0].iter("a"))
        return "" if linked else lines[0]
    return ""


EMPHASIS_TAGS = frozenset({"strong", "b"})
_DESK_WORDS = frozenset({"report", "reports", "desk", "team", "bureau", "staff"})  # "F.P. Report": the paper's desk
# a box's label over the story, not a name (review22a): "Key Points", "Editor's Note", "Live Updates", "Fast Facts"
_LABEL_WORDS = frozenset(
    "note notes update updates points facts highlights summary takeaways background analysis opinion editorial "
    "live breaking exclusive watch read listen".split()
)


def opening_name(blocks: list[Block], kept: list[int], *, site_account: bool) -> list[str]:
    """The name the story opens with as a line of its own set whole in bold, right above the first
    paragraph the extractor kept (`kept`: their indices; see the module docstring), on a page whose
    metadata names the site itself as the writer (`site_account`: the account it posts under). Not
    a line in capitals (a dateline's place), nor a name the story says again (who it is about, a
    speaker), nor an outlet or a desk; a bold name further down is a subheading or a speaker's.

    >>> from l10n.model import Block, InlineMarkup
    >>> story = [Block("paragraph", "Ann Lee", markup=[InlineMarkup(0, 7, "strong")]), Block("paragraph", "The port opened.")]
    >>> opening_name(story, [1], site_account=True), opening_name([Block("paragraph", "Ann Lee"), story[1]], [1], site_account=True)
    (['Ann Lee'], [])
    >>> opening_name(story, [1], site_account=False), opening_name(story + [Block("paragraph", "Lee said so.")], [1, 2], site_account=True)
    ([], [])
    """
    first = next((index for index in kept if index > 0 and not _is_name(blocks[index].text)), None)
    if not site_account or first is None:
        return []
    line = blocks[first - 1]
    text = line.text.strip()
    bold: set[int] = set()
    for mark in line.markup:
        if mark.tag in EMPHASIS_TAGS:
            bold.update(range(mark.start, mark.end))
    whole = all(at in bold for at, letter in enumerate(line.text) if not letter.isspace())
    if line.role != "paragraph" or not whole or not _is_name(text) or text.isupper() or ":" in text:
        return []
    if is_site_line(line):  # holdout33: Hürriyet's "Haberin Devamı" (the story goes on) in bold over its advert
        return []
    words = set(re.findall(r"\w+", text.lower()))
    if reduce_byline(text).names != [text] or (_DESK_WORDS | _LABEL_WORDS) & words:
        return []  # "Yonhap News Agency" is an outlet, "F.P. Report" a desk
    story = {word for block in blocks[first:] for word in re.findall(r"\w+", block.text.lower())}
    return [] if words & story else [text]
