"""Two lines a saved page prints beside its story's heading that `datelines.py` and `page_authors.py` miss.

- A timestamp above the heading: most pages print the dateline under the headline, some over it
  with the section's name on the same line. Golem.de's "OSS / 13.04.2011 / 22:55" (topic, day,
  time) stands in a box above the Dachzeile and the `<h1>`; a generic date finder (htmldate, which
  `page.py` asks last) outvoted it with a day the story mentions ("Firefox 5 soll am 21. Juni 2011
  erscheinen."). `top_stamp_day`, for a page that states no day elsewhere.
- A byline under the heading against a metadata writer the page never shows: the metadata's
  writers come first, and an old CMS template may state one name on every page. ReadWriteWeb's
  `<meta name="author">` names its founder, Richard MacManus, on a story whose page prints "By
  <a href=".../author/chris-cameron.php">Chris Cameron</a> / August 18, 2010 4:55 PM" under the
  `<h1>` and Richard MacManus nowhere: the byline is the writer (`writers_shown`).

Both are read before pruning: the lines sit in share bars' and "comments" boxes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from l10n.ingest.byline import ORGANISATION_WORDS, WRITING_JOBS, looks_like_name, reduce_byline
from l10n.ingest.byline_lines import is_label_only
from l10n.ingest.datelines import (
    DATELINE_TEXTS,
    HeadingReads,
    has_time_of_day,
    page_language,
    read_timestamp,
    script_stamp,
    story_headings,
)
from l10n.ingest.fields import match_key, normalise_space

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from lxml.html import HtmlElement

    from l10n.ingest.metadata import PageMetadata

ABOVE_TEXTS = 20  # shown text nodes before the heading searched for its timestamp (a share bar's labels between)
# A section's name opening the line, parted from the time by a slash or a bar ("OSS / ", "Politik | ").
_SECTION = re.compile(r"^[^\W\d_][^\W\d_&.' -]{0,30}?\s+[/|·•]\s+")
# The source's name in quotes closing the line right after the time (holdout29's Radio Mayak: `27.11.2011 19:48
# "радио "Маяк" "`, as Russian pages credit the station or agency a story came from): a name, no digits in it.
_QUOTED_SOURCE = re.compile(r"(?<=\d:\d\d)\s+[\"«„“][^\d\"«»„“”]{1,40}(?:[\"«„“][^\d\"«»„“”]{1,40}[\"»“”]\s*)?[\"»“”]$")
MAX_NAME_WORDS = 4  # a writer's name in the byline's link
# Words of a name no person has: a desk, a picture agency, a link's label ("By Editorial Board", "Getty Images").
_NOT_PERSON = ORGANISATION_WORDS | WRITING_JOBS | frozenset("board desk team images photos pictures more read".split())


def _holder(text: object) -> HtmlElement:
    """The element holding a text node: its parent for a text, its parent's parent for a tail."""
    parent = text.getparent()  # type: ignore[attr-defined]
    return parent if text.is_text else parent.getparent()  # type: ignore[attr-defined]


def _shown(texts: Iterable[Any]) -> Iterator[Any]:
    """The text nodes not inside a script or a style, one by one."""
    return (text for text in texts if (holder := _holder(text)) is not None and holder.tag not in ("script", "style"))


def top_stamp_day(
    root: HtmlElement, meta: PageMetadata, today: dt.datetime | None = None, *, reads: HeadingReads | None = None
) -> dt.datetime | None:
    """The day of the nearest text above the story's heading (`datelines.story_headings`) that is a
    day and a time of day, a section's name before them or not (`is_top_stamp`); a link's text is
    a teaser's, and a day without its time may be the masthead's today.

    >>> from lxml.html import fromstring
    >>> from l10n.ingest.metadata import PageMetadata
    >>> page = '<div><b><a href="/oss">OSS</a> / 13.04.2011 / 22:55</b><h2>Mozilla</h2><h1>Firefox 5</h1></div>'
    >>> top_stamp_day(fromstring(page), PageMetadata(headlines=["Firefox 5"])).date()
    datetime.date(2011, 4, 13)

    `today`: the masthead's day, which the page was served on (`page_stamps.story_stamp_day`); a stamp
    without a year is then read too, in that year (`yearless_day`). `reads`: the headings read once for `root`
    (`datelines.HeadingReads`).
    """
    language = page_language(root)
    for heading in (reads or HeadingReads(root, meta)).headings():
        texts = heading.xpath(f"preceding::text()[normalize-space()][position() <= {ABOVE_TEXTS}]")
        for text in reversed(texts):  # the nearest first
            day = is_top_stamp(str(text), language)  # before the holder's reads: most texts are no stamp (speed25b)
            if day is None and today is not None:
                day = yearless_day(str(text), language, today)
            if day is None:
                continue
            holder = _holder(text)
            if holder is not None and holder.tag not in ("script", "style") and not holder.xpath("ancestor-or-self::a"):
                return day
    return None


def is_top_stamp(text: str, language: str = "") -> dt.datetime | None:
    """The day of a line that is a timestamp with a time of day, after a section's name or not;
    None for any other line (an update's stamp, a sentence, a day alone).

    >>> is_top_stamp("OSS / 13.04.2011 / 22:55", "de"), is_top_stamp("13.04.2011", "de")
    (datetime.datetime(2011, 4, 13, 0, 0), None)
    >>> is_top_stamp("Firefox 5 soll am 21. Juni 2011 um 10:00 erscheinen.", "de")

    The source's name in quotes after the time is no part of the stamp (`_QUOTED_SOURCE`); words outside
    the quotes are a sentence's.

    >>> is_top_stamp('27.11.2011 19:48 "радио "Маяк" "', "ru"), is_top_stamp('27.11.2011 19:48 в эфире "Маяка"', "ru")
    (datetime.datetime(2011, 11, 27, 0, 0), None)
    """
    line = " ".join(text.split())
    rest = line[section.end() :] if (section := _SECTION.match(line)) else line
    rest = rest[: source.start()] if (source := _QUOTED_SOURCE.search(rest)) else rest
    stamp = read_timestamp(rest, language=language) if has_time_of_day(rest) else None
    return stamp.day if stamp is not None and not stamp.updated else None


# misses42: a story's stamp as a paper prints it for a day of the current year, no year: the day's number, the
# month's name and the time ("15 января 15:31", holdout41's Тверская жизнь over its <h1>; "25 ноября, 06:30")
# (misses46: a word of one or two letters may join the day to the time, "25 ноября в 16:27", gorodlip.ru's "at")
_YEARLESS_STAMP = re.compile(
    r"(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,})\.?,?\s+(?:(?:[^\W\d_]{1,2}|\|)\s+)?(?P<time>\d{1,2}:\d{2})"
)


def yearless_day(text: str, language: str, today: dt.datetime) -> dt.datetime | None:
    """The day of a stamp without a year (see `_YEARLESS_STAMP`; the month's name read in `language`, or in the
    languages its script writes on a page stating none or another script's: `datelines.script_stamp`), in the year
    of `today`, the masthead's day the page was served on: a paper leaves the year out of the current year's days,
    and a story is not filed after the page showing it was served. None for any other text, and where that year
    would put the day after `today` (a story of December on a page served in January: last year's, or a masthead
    that prints the next day's edition; not sure, so not read).

    >>> today = dt.datetime(2012, 1, 17)
    >>> yearless_day("15 января 15:31", "ru", today), yearless_day("28 декабря 15:31", "ru", today)
    (datetime.datetime(2012, 1, 15, 0, 0), None)
    >>> yearless_day("15 января", "ru", today), yearless_day("15 raisins 15:31", "ru", today)
    (None, None)
    >>> yearless_day("15 января в 15:31", "", today), yearless_day("15 января в 2012 15:31", "ru", today)
    (datetime.datetime(2012, 1, 15, 0, 0), None)
    """
    found = _YEARLESS_STAMP.fullmatch(normalise_space(text))
    if found is None:
        return None
    dated = f"{found['day']} {found['month']} {today.year} {found['time']}"
    stamp = read_timestamp(dated, language=language) or script_stamp(dated, language)  # misses46: no language stated
    day = stamp.day if stamp is not None and not stamp.updated else None
    return day if day is not None and day <= today else None


def writers_shown(root: HtmlElement, meta: PageMetadata) -> list[str]:
    """The metadata's author values, or the byline under the heading (`byline_under_heading`) in
    their place when it names none of the metadata's writers and the page's text shows none of them."""
    byline = byline_under_heading(root, meta) if meta.authors else ""
    if not byline:
        return meta.authors
    shown = {match_key(name) for name in reduce_byline(byline, site_name=meta.site_name).names}
    stated = {
        match_key(name) for value in meta.authors for name in reduce_byline(value, site_name=meta.site_name).names
    }
    if not shown or not stated or shown & stated:
        return meta.authors
    body = root.find("body")
    text = match_key(body.text_content() if body is not None else "")
    return meta.authors if any(name in text for name in stated) else [byline]


def byline_under_heading(root: HtmlElement, meta: PageMetadata) -> str:
    """ "By Chris Cameron": the first text under the story's heading a byline's label alone ("By "),
    the next a person's name of capitalised words in a link to the writer's page (its path names
    the writer, or an author); "" when the heading is followed by anything else.

    >>> from lxml.html import fromstring
    >>> from l10n.ingest.metadata import PageMetadata
    >>> def under(byline):
    ...     page = f"<div><h1>Title</h1><div>By {byline} / May 3, 2010</div><p>By Friday, all …</p></div>"
    ...     return byline_under_heading(fromstring(page), PageMetadata(headlines=["Title"]))
    >>> under('<a href="/author/ann-lee">Ann Lee</a>'), under('<a href="/ann-lee/">Ann Lee</a>'), under("<b>Ann Lee</b>")
    ('By Ann Lee', 'By Ann Lee', '')
    >>> under('<a href="/author/board">Editorial Board</a>'), under('<a href="https://www.gettyimages.com/">Getty Images</a>')
    ('', '')
    """
    for heading in story_headings(root, meta):
        texts = heading.xpath(f"following::text()[normalize-space()][position() <= {DATELINE_TEXTS}]")
        shown = list(itertools.islice(_shown(texts), 2))  # the rest is not read (speed25b)
        if len(shown) < 2 or not is_label_only(str(shown[0])) or not shown[1].is_text:
            continue
        label, name, link = normalise_space(str(shown[0])), normalise_space(str(shown[1])), shown[1].getparent()
        path = urlsplit(link.get("href") or "").path.lower() if link.tag == "a" else ""
        if (
            1 < len(name.split(maxsplit=MAX_NAME_WORDS)) <= MAX_NAME_WORDS
            and looks_like_name(name)
            and not any(word.lower() in _NOT_PERSON for word in name.split())
            and ("author" in path or match_key(name) in match_key(path))
        ):
            return f"{label} {name}"
    return ""
