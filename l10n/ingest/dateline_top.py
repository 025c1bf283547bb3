"""The timestamp a saved page prints above its story's heading, for a page that states no day elsewhere.

Most pages print the dateline under the headline (`datelines.py`); some print it over it, with the
section's name on the same line: golem.de's "OSS / 13.04.2011 / 22:55" (the topic, the day, the
time) stands in a box above the Dachzeile and the `<h1>`. A generic date finder (htmldate, which
`page.py` asks last) outvotes it with a day the story mentions ("Firefox 5 soll am 21. Juni 2011
erscheinen."). Read before pruning: the line sits in a share bar's box.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from l10n.ingest.datelines import page_language, read_timestamp, story_headings

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.ingest.metadata import PageMetadata

ABOVE_TEXTS = 20  # shown text nodes before the heading searched for its timestamp (a share bar's labels between)
# A section's name opening the line, parted from the time by a slash or a bar ("OSS / ", "Politik | ").
_SECTION = re.compile(r"^[^\W\d_][^\W\d_&.' -]{0,30}?\s+[/|·•]\s+")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")


def top_stamp_day(root: HtmlElement, meta: PageMetadata) -> dt.datetime | None:
    """The day of the nearest text above the story's heading (`datelines.story_headings`) that is a
    day and a time of day, a section's name before them or not (`is_top_stamp`); a link's text is
    a teaser's, and a day without its time may be the masthead's today."""
    language = page_language(root)
    for heading in story_headings(root, meta):
        texts = heading.xpath(f"preceding::text()[normalize-space()][position() <= {ABOVE_TEXTS}]")
        for text in reversed(texts):  # the nearest first
            parent = text.getparent()
            if parent.tag in ("script", "style") or parent.xpath("ancestor-or-self::a"):
                continue
            day = is_top_stamp(str(text), language)
            if day is not None:
                return day
    return None


def is_top_stamp(text: str, language: str = "") -> dt.datetime | None:
    """The day of a line that is a timestamp with a time of day, after a section's name or not;
    None for any other line (an update's stamp, a sentence, a day alone).

    >>> is_top_stamp("OSS / 13.04.2011 / 22:55", "de"), is_top_stamp("13.04.2011", "de")
    (datetime.datetime(2011, 4, 13, 0, 0), None)
    >>> is_top_stamp("Firefox 5 soll am 21. Juni 2011 um 10:00 erscheinen.", "de")
    """
    line = " ".join(text.split())
    rest = line[section.end() :] if (section := _SECTION.match(line)) else line
    stamp = read_timestamp(rest, language=language) if _TIME_OF_DAY.search(rest) else None
    return stamp.day if stamp is not None and not stamp.updated else None
