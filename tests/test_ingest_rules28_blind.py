"""Rules of the page path added in session 28 for what holdout28's blind run missed (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that
must stay as it was, then on the real page it was found on. The story's result is asserted first
(it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, PARAGRAPHS, STORY, ingest, key, label_of, read, units

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


# --- the story's first paragraph as its box's own text, `<p>` parting the rest --------------------------


def _separated(lead: str) -> str:
    """A story in HTML 3.2's manner: the first paragraph is the box's own text, each `<p>` a break;
    the box is styled, not named (a box named as stories are, "main_content", trafilatura reads whole)."""
    rest = "".join(f"<p>{text}" for text in PARAGRAPHS[1:])
    return f'{HEADLINE}<div style="font-size:14px">{lead}{rest}</div>'


def test_a_first_paragraph_written_before_the_ps_that_part_the_rest_is_kept() -> None:
    """Globes sets its story as `<div id="EN_main_Content">Hong Kong's Department of Health today
    ordered … <p>According to … <p>An investigation …`: trafilatura writes the `<p>` children and not
    the box's own text, and the story's opening paragraph was lost."""
    lead = "The harbour reopened on <a href='/harbour'>Monday</a> after engineers cleared the debris of the storm."
    texts = units(ingest(_separated(lead)))
    assert key("The harbour reopened on Monday after engineers cleared the debris of the storm.") in map(key, texts)
    import lxml.html

    from l10n.ingest.page_main import MainText
    from l10n.ingest.story_leads import leading_story_lines

    # the near miss: a line over the paragraphs that does not end as a sentence is no paragraph of the story
    kicker = "Reports from the quay and the town hall on the week the harbour stood closed to every ferry"
    main = MainText.of(list(PARAGRAPHS[1:]))
    assert leading_story_lines(lxml.html.fromstring(_separated(kicker)), main) == []
    assert leading_story_lines(lxml.html.fromstring(_separated(kicker + ".")), main) == [kicker + "."]
    assert not any(key(kicker) in key(text) for text in units(ingest(_separated(kicker))))
    doc = read("globes-co-il-teva")
    label = label_of("globes-co-il-teva")
    assert key(label["body_start"]) in "".join(key(text) for text in units(doc))


# --- a caption classed "imgcaption": the picture's word and "caption" run together ------------------------


def test_a_caption_classed_with_the_pictures_word_run_together_is_the_pictures() -> None:
    """Rednet sets `<p align=center><img …></p><p class=imgcaption>(… 图/潇湘晨报滚动新闻记者 华剑)</p>` over
    its story: "imgcaption" is one word to a class reader (no hump, no hyphen), so the caption was a
    paragraph above the story's first kept one, and went."""
    caption = "Engineers clear the debris from the quay on Monday morning."
    body = f'{HEADLINE}<p align="center"><img src="/quay.jpg"></p><p class="imgcaption">{caption}</p>{STORY}'
    doc = ingest(body)
    assert [block.role for block in doc.blocks if block.text == caption] == ["caption"]
    import lxml.html

    from l10n.ingest.page_figures import is_caption_named

    # the near miss: a class that runs another word into the picture's names no caption
    assert not is_caption_named(lxml.html.fragment_fromstring('<p class="imgholder">x</p>'))
    texts = [key(text) for text in units(read("rednet-cn-dudu"))]
    assert all(key(caption) in texts for caption in label_of("rednet-cn-dudu")["keep"][:2])
