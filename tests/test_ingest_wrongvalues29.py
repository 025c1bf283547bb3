"""Wrong values holdout29's blind run left (issue 14, session 29): each rule on a small page written around
the mechanism, with the near miss that must stay as it was, and on the real page it was found on. The real
page's result is asserted first (it failed before the rule)."""

from __future__ import annotations

from page_support import STORY, ingest, read

# --- BCC (bcc.com.tw): the headline as a breadcrumb's last step, said again in a cell of its own -------------

# A 2012 page laid out in tables: no heading element, the site's name as its <title>, a breadcrumb whose arrows
# are pictures, then the story's title in a cell of its own over the story.
_TRAIL = "<div><a href='/'>Home</a> <img src='/arr.gif'> <a href='/news/'>News</a> <img src='/arr.gif'> {step}</div>"
_SITE_TITLE = "<title>Harbour Broadcasting Online</title>"


def _trail_page(step: str, shown: str) -> str:
    return f"{_TRAIL.format(step=step)}<table><tr><td>{shown}</td></tr></table>{STORY}"


def test_the_line_saying_the_breadcrumbs_last_step_again_is_the_headline() -> None:
    """BCC's headline read as its <title>, the site's name ('中國廣播公司全球資訊網'); the page shows
    "首頁 > 新聞總覽 > 春節就醫急診無休 門診初五恢復常態" (arrows as pictures) and the title again in a cell."""
    assert read("bcc-com-tw-chunjie").headline == "春節就醫急診無休 門診初五恢復常態"
    title = "Ferries to resume on Friday"
    assert ingest(_trail_page(title, title), _SITE_TITLE).headline == title
    # the near misses: a trail ending in a word for the page's place, no title ("Story"), said again, and a
    # cell that says more than the trail's last step keep the stated title
    assert ingest(_trail_page("Story", "Story"), _SITE_TITLE).headline == "Harbour Broadcasting Online"
    assert ingest(_trail_page(title, f"{title} after the storm"), _SITE_TITLE).headline == "Harbour Broadcasting Online"
    # and a page whose title is shown as a heading keeps that heading
    heading = "<h1>Harbour Broadcasting Online</h1>"
    assert ingest(heading + _trail_page(title, title), _SITE_TITLE).headline == "Harbour Broadcasting Online"


# --- Radio Mayak (radiomayak.ru): the stamp above the heading, the source's name in quotes after the time ----

_MAYAK_TITLE = "<title>Радио Гавань / Паромы возобновят рейсы в пятницу</title>"
_MAYAK_HEADING = "<h2>Паромы возобновят рейсы в пятницу</h2>"
# the site's next programme under the story, a later day in an element classed "date" (htmldate's first pass
# reads it), under an <h1> of its own (Radio Mayak's "Скоро на Маяке")
_MAYAK_NEXT = '<div><h1>Скоро в эфире</h1><div class="date">28.11.2011 19:05 "Ночное шоу"</div></div>'


def test_a_stamp_with_its_source_in_quotes_after_the_time_gives_the_day() -> None:
    """Radio Mayak prints `27.11.2011 19:48 "радио "Маяк" "` over its <h2>, the station it came from in quotes
    after the time; the stamp went unread, and htmldate's day, a day late (the next programme's), was taken."""
    day = read("radiomayak-ru-medvedeva").published
    assert day is not None and day.date().isoformat() == "2011-11-27"
    stamp = '<div>27.11.2011 19:48 "радио "Гавань" "</div>'
    day = ingest(f"{stamp}{_MAYAK_HEADING}{STORY}{_MAYAK_NEXT}", _MAYAK_TITLE, lang="ru").published
    assert day is not None and day.date().isoformat() == "2011-11-27"
    # the near miss: words outside the quotes after the time make a sentence, no stamp; the day stays htmldate's
    said = '<div>27.11.2011 19:48 в эфире "Гавани"</div>'
    day = ingest(f"{said}{_MAYAK_HEADING}{STORY}{_MAYAK_NEXT}", _MAYAK_TITLE, lang="ru").published
    assert day is not None and day.date().isoformat() == "2011-11-28"
    from l10n.ingest.heading_lines import is_top_stamp

    assert is_top_stamp('27.11.2011 19:48 в эфире "Маяка"', "ru") is None
