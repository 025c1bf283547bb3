"""Rules of the page path added in session 28 for what holdout28's blind run missed (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that
must stay as it was, then on the real page it was found on. The story's result is asserted first
(it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, STORY, ingest, read

# --- a masthead's today over the story's own stamp -------------------------------------------------------


def _served_later(story_stamp: str, masthead: str = "Wednesday, 10 April 2013") -> str:
    """A page saved long after its story: the site's header prints the day it was served, the story's
    stamp (a day and a time, its section after a comma) stands over the headline."""
    header = f'<div class="top"><p>{masthead}</p></div>'
    return f'{header}<div class="story"><div class="date">{story_stamp}</div>{HEADLINE}{STORY}</div>'


def test_a_mastheads_today_gives_way_to_the_stamp_over_the_heading() -> None:
    """UNIAN's saved page shows "среда, 10 апреля 2013" in its header (the day it was saved) and
    "08.12.2011 17:42 , ПОСЛЕДНИЕ НОВОСТИ" over its `<h1>`: the first stamp line above the story,
    the masthead's, was taken as the publication day."""
    day = ingest(_served_later("08.12.2011 17:42 , <strong>LATEST NEWS</strong>")).published
    assert day is not None and day.date() == dt.date(2011, 12, 8)
    from l10n.ingest.heading_lines import has_time_of_day

    assert has_time_of_day("08.12.2011 17:42") and not has_time_of_day("Wednesday, 10 April 2013")
    # the near misses: a heading's stamp later than the masthead's day is no story of that page, and a
    # first stamp with its time of day is the story's own
    day = ingest(_served_later("08.12.2014 17:42 , <strong>LATEST NEWS</strong>")).published
    assert day is not None and day.date() == dt.date(2013, 4, 10)
    day = ingest(
        _served_later("08.12.2011 17:42 , <strong>LATEST NEWS</strong>", masthead="10 April 2013 09:15")
    ).published
    assert day is not None and day.date() == dt.date(2013, 4, 10)
    day = read("unian-net-neirokhirurgi").published
    assert day is not None and day.date() == dt.date(2011, 12, 8)
