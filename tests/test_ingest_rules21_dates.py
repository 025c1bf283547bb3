"""Rules of the page path added in session 21 for the dates left on the measured pages (issue 14,
dates21: l10n/ingest/page_days.py, datelines.py): each on a small page written from the mechanism,
not copied from the page it was found on, with the near miss that must stay as it was. The story's
result is asserted first (it failed before the rule); the rule's own function is imported inside
the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import STORY, TITLE, ingest

LOGO = "<header><h1><a href='/'>Harbour Daily</a></h1><nav><a href='/news'>News</a></nav></header>"
STORY_HEADING = "<h3>Harbour reopens after the storm</h3>"


def test_a_slashed_day_under_the_story_heading_is_read_in_the_order_of_the_page_language() -> None:
    """A Spanish paper prints its story's title as an `<h3>` (its `<h1>` is the logo) and under it
    "writer | place | 08/01/2014": Spanish writes the day first (CLDR's short date pattern "d/M/yy"),
    so that is 8 January. No dateline was looked for under a heading but the `<h1>`, and a slashed
    day that reads either way round was never read (the `es` page's day came from htmldate's search,
    which reads it day first; the Filipino page's, month first, it reads wrong)."""
    for lang, day in (("es", "08/01/2014"), ("fil", "01/08/2014")):  # Filipino writes the month first ("M/d/yy")
        header = f"<p class='autor'><strong>Ana López</strong> | Palma | {day}</p>"
        story = ingest("<body>" + LOGO + "<article>" + STORY_HEADING + header + STORY + "</article>", TITLE, lang=lang)
        assert story.published == dt.datetime(2014, 1, 8), lang
    import lxml.html

    from l10n.ingest.datelines import dateline_day
    from l10n.ingest.metadata import PageMetadata
    from l10n.ingest.page_days import day_first, read_day

    header = "<p class='autor'><strong>Ana López</strong> | Palma | 08/01/2014</p>"
    root = lxml.html.document_fromstring(
        "<html lang='es'><body>" + LOGO + STORY_HEADING + header + STORY + "</body></html>"
    )
    assert dateline_day(root, PageMetadata(headlines=["Harbour reopens after the storm"])) == dt.datetime(2014, 1, 8)
    # the near miss: a short line in the story that is a slashed day stays the story's, and the stated day stands
    stated = TITLE + "<meta property='article:published_time' content='2014-03-09T10:00:00+01:00'>"
    inside = STORY.replace("</p>", "</p><p>03/04/2013</p>", 1)
    story = ingest("<body>" + LOGO + "<article>" + STORY_HEADING + inside + "</article>", stated, lang="es")
    assert story.published is not None and story.published.date() == dt.date(2014, 3, 9)
    assert "03/04/2013" in [block.text for block in story.blocks]

    assert read_day("08/01/2014", language="fr") == dt.datetime(2014, 1, 8)
    # the near misses: a bare `en` does not say US (month first) or not; a year-first language has no such form
    assert read_day("08/01/2014", language="en") is None
    assert read_day("08/01/2014", language="ja") is None
    assert day_first("ko") is None
    # …and a day only one reading makes is read whatever the language (informationweek's "5/24/2016")
    assert read_day("5/24/2016", language="es") == dt.datetime(2016, 5, 24)


def test_a_lower_heading_is_the_story_heading_only_when_it_is_the_stated_title() -> None:
    """The `<h3>` is looked under first because it is the stated title and the `<h1>` is not (a
    blog's name, the post's day may still stand under it); an `<h3>` of another story's teaser is not
    looked under, and a `<h1>` showing the title stays the one heading."""
    import lxml.html

    from l10n.ingest.datelines import story_headings
    from l10n.ingest.metadata import PageMetadata

    meta = PageMetadata(headlines=["Harbour reopens after the storm"])
    page = lxml.html.fromstring("<div>" + LOGO + STORY_HEADING + "<h3>Ferries resume</h3></div>")
    assert [heading.tag for heading in story_headings(page, meta)] == ["h3", "h1"]  # the logo's after it
    teaser = lxml.html.fromstring("<div>" + LOGO + "<h3>Ferries resume</h3></div>")
    assert [heading.tag for heading in story_headings(teaser, meta)] == ["h1"]
    titled = lxml.html.fromstring("<div><h1>Harbour reopens after the storm</h1>" + STORY_HEADING + "</div>")
    assert [heading.tag for heading in story_headings(titled, meta)] == ["h1"]


def test_the_day_a_post_foot_says_it_was_posted_on_dates_a_page_that_states_none_else() -> None:
    """A Chinese blog on WordPress prints under the post "This entry was posted on 八月 26, 2016,
    2:43 下午 and is filed under …": an English date's order with the Chinese month names
    ("八月", the eighth month). No rule looked that far under the heading, and no day was read with
    a month in Chinese numerals; a date finder took a teaser's day."""
    foot = "<p class='postmetadata'>This entry was posted on 八月 26, 2016, 2:43 下午 and is filed under <a href='/c'>Life</a>.</p>"
    body = "<body><h1>Harbour reopens after the storm</h1>" + STORY + foot + "</body>"
    assert ingest(body, TITLE, lang="zh-CN").published == dt.datetime(2016, 8, 26)
    import lxml.html

    from l10n.ingest.datelines import foot_day
    from l10n.ingest.metadata import PageMetadata
    from l10n.ingest.page_days import read_day

    # the near miss: a comment's day ("viewer on …") says nothing of the post's; a comment that says
    # "Posted on <day>" is not told apart (the first such text after the heading is read, as a date
    # finder would take it too)
    comment = "<ol class='comments'><li><b>viewer</b> on 八月 29, 2016 - 3:57 下午</li></ol>"
    page = lxml.html.fromstring("<div><h1>Harbour reopens after the storm</h1>" + STORY + comment + "</div>")
    assert foot_day(page, PageMetadata(headlines=["Harbour reopens after the storm"])) is None
    assert read_day("十一月 3, 2015") == dt.datetime(2015, 11, 3)
    assert read_day("二十月 3, 2015") is None  # no month
