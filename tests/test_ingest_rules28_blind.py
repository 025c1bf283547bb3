"""Rules of the page path added in session 28 for what holdout28's blind run missed (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that
must stay as it was, then on the real page it was found on. The story's result is asserted first
(it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, PARAGRAPHS, STORY, ingest, key, label_of, read, units
from test_ingest_page import page

from l10n.ingest.html import ingest_html

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
    from l10n.ingest.datelines import has_time_of_day

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


# --- a picture's caption and credit in one label box under it, on an XHTML page stating xml:lang ----------


def test_a_credit_in_the_label_box_under_a_picture_on_an_xhtml_page_is_its_credit() -> None:
    """Komsomolskaya Pravda's page states its language as XHTML does, `<html xmlns=… xml:lang="ru">`
    (no `lang`), and sets `<div class="img"><img …></div><div class="label"><div class="title">…</div>
    <div class="autor">Фото: Игорь УЛИТИН</div></div>`: with no language, "Фото:" was no credit's
    label, and the two lines in one box were no caption's lines; the credit was lost."""
    picture = '<div class="photo"><div class="img"><img src="/quay.jpg" alt="The quay."></div>'
    label = '<div class="label"><div class="title">The quay on Monday.</div><div class="autor">Фото: Игорь Улитин</div></div></div>'
    html = page(f"{HEADLINE}{picture}{label}{STORY}").replace("lang='en-GB'", "xml:lang='ru'")
    doc = ingest_html(html, source_path="page.html")
    assert [(block.role, block.text) for block in doc.blocks if "Улитин" in block.text] == [("credit", "Игорь Улитин")]
    import lxml.html

    from l10n.ingest.page_days import page_language
    from l10n.ingest.page_figures import _label_lines

    assert page_language(lxml.html.document_fromstring(html)) == "ru"
    # the near miss: a box with text of its own under the picture is no box of caption lines
    box = lxml.html.fragment_fromstring("<div><div>Gallery: <p>The quay.</p><p>Фото: Игорь Улитин</p></div></div>")
    assert _label_lines([box[0]]) == [box[0]]
    assert "игорьулитин" in [key(text) for text in units(read("ul-kp-ru-gripp"))]


# --- a `<title>` that runs the site's name on after the heading, with no separator -----------------------


def test_a_title_running_the_sites_name_on_after_the_heading_gives_the_heading() -> None:
    """ΑΠΕ-ΜΠΕ's `<title>` is its `<h1>` and then "Αθηναϊκό Πρακτορείο Ειδήσεων - Μακεδονικό Πρακτορείο
    Ειδήσεων", the agency's name, with nothing between: the whole title was the headline."""
    title = "<title>Harbour reopens after the storm Northern Harbour News Agency - Coastal Press Agency</title>"
    assert ingest(f"{HEADLINE}{STORY}", title).headline == "Harbour reopens after the storm"
    from l10n.ingest.page_headline import _is_title_before_site
    from l10n.model import Block

    # the near miss: a kicker heading that opens the title, the title's rest shown under it
    kicker = [Block("heading", "Storm over the north coast"), Block("headline", "Harbour reopens at last")]
    assert not _is_title_before_site(kicker[0].text, "Storm over the north coast Harbour reopens at last", kicker)
    assert read("amna-gr-epikourikes").headline == label_of("amna-gr-epikourikes")["headlines"][0]


# --- a masthead's day between bars, its commas set apart ---------------------------------------------------


def test_a_mastheads_day_between_bars_with_spaced_commas_is_a_timestamp() -> None:
    """The Telegraph, Calcutta prints its edition's day in a cell over the story as "| Monday , January
    16 , 2012 |": a space before each comma and bars around, so no line of the page was a stamp."""
    header = "<table><tr><td> | Monday , January 16 , 2012 | </td></tr></table>"
    day = ingest(f"{header}{HEADLINE}{STORY}").published
    assert day is not None and day.date() == dt.date(2012, 1, 16)
    from l10n.ingest.datelines import read_timestamp

    # the near miss: a sentence with a comma set apart is still no stamp
    assert read_timestamp("Ferries resume on Monday , January 16 , 2012 .") is None
    day = read("telegraphindia-com-polio").published
    assert day is not None and day.date() == dt.date(2012, 1, 16)


# --- "Published by <publisher> - <a>address</a> - on <day>" under the story -------------------------------


def test_a_publishers_line_under_the_story_gives_the_day() -> None:
    """Globes states its day only as "16 January 12 17:47" (a two-digit year) over the story and as
    "Published by Globes [online], Israel business news - <a>www.globes-online.com</a> - on January 16,
    2012" under it: "published … on" was read within one text node, and the link parts the line; no
    day was read. (A small page's line is read by htmldate's search already: the real page first.)"""
    day = read("globes-co-il-teva").published
    assert day is not None and day.date() == dt.date(2012, 1, 16)
    import lxml.html

    from l10n.ingest.datelines import _PUBLISHED_BY_ON, foot_day
    from l10n.ingest.metadata import PageMetadata

    foot = '<p><i>Published by Harbour News - <a href="http://harbour.example">harbour.example</a> - on May 3, 2019</i></p>'
    tree = lxml.html.fromstring(f"<div>{HEADLINE}{STORY}{foot}</div>")
    day = foot_day(tree, PageMetadata(headlines=["Harbour reopens after the storm"]))
    assert day is not None and day.date() == dt.date(2019, 5, 3)
    # the near miss: a publisher's name too long to be one is a sentence of the story
    assert _PUBLISHED_BY_ON.search("Published by Harbour News on May 3, 2019") is not None
    assert _PUBLISHED_BY_ON.search("Published by " + "the council " * 10 + "on May 3, 2019") is None


# --- a caption ending in its bracketed credit right under the picture, the story going on in its box ------


def test_a_line_under_a_picture_ending_in_a_bracketed_credit_is_its_caption() -> None:
    """Gazeta Wrocławska sets `<img …><p class="podpisZdjecia"><b>Ospa party – …?</b> (© fot. Archiwum
    Polska The Times)</p>` and then its byline and story in the same `<div>`: the box holds more than a
    picture's lines, so the caption was no figure's and went with the box's other lines."""
    caption = "Engineers on the quay on Monday. (© fot. Jan Kowalski)"
    body = f'{HEADLINE}<div><img src="/quay.jpg" alt="The quay"><p class="podpis">{caption}</p>{STORY}</div>'
    doc = ingest(body, lang="pl")
    assert [block.role for block in doc.blocks if block.text == caption] == ["caption"]
    import lxml.html

    from l10n.ingest.page_figures import _is_credited_caption

    # the near miss: a bracket that is no credit (no credit label before its colon) makes no caption
    box = lxml.html.fragment_fromstring('<div><img src="a.jpg"><p>Engineers on the quay. (Gdańsk: port)</p></div>')
    assert not _is_credited_caption(box[0], box[1], "pl")
    texts = "".join(key(text) for text in units(read("gazetawroclawska-pl-ospa")))
    assert all(key(keep) in texts for keep in label_of("gazetawroclawska-pl-ospa")["keep"][:2])
