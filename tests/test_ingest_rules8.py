"""Rules of the page path added in session 10 for holdout9's misses after its blind run
(l10n/ingest/page_main.py, datelines.py): each on a small input built around the pattern, with the
near miss that must stay as it was, so each can fail alone."""

from __future__ import annotations

import datetime as dt

from page_support import PARAGRAPHS, STORY, TITLE, ingest, texts_of

from l10n.ingest.byline import reduce_byline
from l10n.ingest.datelines import read_timestamp
from l10n.ingest.page_days import solar_hijri_day
from l10n.ingest.page_main import MainText
from l10n.model import Block, InlineMarkup


def br_block(lines: list[str]) -> Block:
    """One block of `<br>` lines, as the walker makes it from a `<div>` of text and `<br>`s."""
    text, markup = "", []
    for line in lines:
        if text:
            markup.append(InlineMarkup(len(text), len(text), "br", void=True))
        text += line
    return Block("paragraph", text, markup=markup)


# --- what is the story ---------------------------------------------------------------------------


def test_a_br_block_whose_first_line_only_is_not_extracted_keeps_its_lead_sentence() -> None:
    lead = "Harbour, 2 June - The port authority said on Monday that the harbour would reopen this week."
    main = MainText.of(list(PARAGRAPHS))
    assert main.kept_block(br_block([lead, *PARAGRAPHS]))


def test_a_br_block_under_a_label_or_with_few_lines_is_not_kept_for_its_other_lines() -> None:
    main = MainText.of(list(PARAGRAPHS))
    assert not main.kept_block(br_block(["Read more from our reporters", *PARAGRAPHS]))  # no sentence: a label
    lead = "The port authority said on Monday that the harbour would reopen later this week."
    assert not main.kept_block(br_block([lead, *PARAGRAPHS[:2]]))  # two lines below: too few to tell
    assert not main.kept_block(br_block([lead, PARAGRAPHS[0], "Share this story.", *PARAGRAPHS[1:]]))  # two unkept


def test_a_heading_hidden_behind_an_image_replacement_class_is_no_unit() -> None:
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    body = (
        "<h1>Harbour reopens after the storm</h1>" + story[:200] + "<h2 class='hide-text'>Share this news</h2>" + story
    )
    assert "Share this news" not in texts_of(body)


def test_a_heading_whose_class_only_starts_like_hide_text_stays() -> None:
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    body = "<h1>Harbour reopens after the storm</h1><p>" + PARAGRAPHS[0] + "</p>"
    body += "<h2 class='hide-text-on-print'>What the council will decide</h2>" + story
    assert "What the council will decide" in texts_of(body)


# --- what is the headline ------------------------------------------------------------------------


def test_a_button_link_inside_the_h1_is_not_part_of_the_headline() -> None:
    body = "<h1>Harbour reopens after the storm <a href='#' class='watch'>Add to ...</a></h1>" + STORY
    document = ingest(body, head=TITLE)
    assert document.headline == "Harbour reopens after the storm"
    assert all("Add to" not in block.text for block in document.blocks)


def test_a_heading_s_real_link_or_a_heading_that_is_only_a_button_stays_whole() -> None:
    body = "<h1>Harbour reopens after the <a href='/storms'>storm</a></h1>" + STORY
    assert ingest(body, head=TITLE).headline == "Harbour reopens after the storm"
    body = "<h1><a href='#'>Harbour reopens after the storm</a></h1>" + STORY
    assert ingest(body, head=TITLE).headline == "Harbour reopens after the storm"


def test_a_second_h1_with_a_kicker_run_into_the_og_title_beats_a_translated_first_h1() -> None:
    head = (
        "<title>Harbour reopens after the storm|Le port rouvre après la tempête</title>"
        "<meta property='og:title' content='Le port rouvre après la tempête'>"
    )
    body = "<ul><li><h1>Harbour reopens after the storm</h1></li></ul><h1><span>Brest / </span>Le port rouvre après la tempête</h1>"
    assert ingest(body + STORY, head=head).headline == "Le port rouvre après la tempête"


def test_a_heading_that_is_a_stated_title_still_wins_over_a_later_kicker_heading() -> None:
    head = "<title>Harbour reopens after the storm</title><meta property='og:title' content='Harbour reopens after the storm'>"
    body = "<h1>Harbour reopens after the storm</h1>" + STORY + "<h2>More: Harbour reopens after the storm</h2>"
    assert ingest(body, head=head).headline == "Harbour reopens after the storm"


# --- when ----------------------------------------------------------------------------------------


def test_a_persian_page_s_solar_hijri_timestamp_is_read_as_its_gregorian_day() -> None:
    stamp = read_timestamp("2 تير 1399 - 12:09:08 ب.ظ", language="fa")  # Arabic yeh, as typed; "PM"
    assert stamp is not None and stamp.day == dt.datetime(2020, 6, 22)
    stamp = read_timestamp("۲۰ اسفند ۱۴۰۲", language="fa")  # Persian digits; the year before a leap year
    assert stamp is not None and stamp.day == dt.datetime(2024, 3, 10)
    assert solar_hijri_day(1399, 12, 30) == dt.datetime(2021, 3, 20)  # 1399 is a leap year


def test_solar_hijri_months_are_read_only_on_persian_pages_and_as_real_days() -> None:
    assert read_timestamp("2 تیر 1399", language="ar") is None  # an Arabic page's months are others
    assert read_timestamp("بورس در 2 تیر 1399 بسته شد.", language="fa") is None  # a sentence, not a stamp
    assert solar_hijri_day(1398, 12, 30) is None and solar_hijri_day(1399, 7, 31) is None


# --- who -----------------------------------------------------------------------------------------


SITE = "Harbour Agency | Latest from the coast | HA"  # no "News": no outlet word to tell it by


def test_an_author_tag_that_is_the_site_s_whole_stated_name_names_no_writer() -> None:
    head = TITLE + f"<meta property='og:site_name' content='{SITE}'><meta property='article:author' content='{SITE}'>"
    document = ingest("<h1>Harbour reopens after the storm</h1>" + STORY, head=head)
    assert document.author == ""
    assert reduce_byline(SITE, site_name=SITE).names == []


def test_an_author_tag_that_only_shares_words_with_the_site_s_name_keeps_its_writer() -> None:
    head = (
        TITLE + f"<meta property='og:site_name' content='{SITE}'><meta property='article:author' content='Anna Baker'>"
    )
    assert ingest("<h1>Harbour reopens after the storm</h1>" + STORY, head=head).author == "Anna Baker"


def test_a_by_label_run_into_the_name_is_cut_from_it() -> None:
    assert reduce_byline("ByMalcolm Harris").names == ["Malcolm Harris"]


def test_a_name_that_starts_with_by_stays_whole() -> None:
    assert reduce_byline("Byron Harris").names == ["Byron Harris"]
    assert reduce_byline("Byeong-hun Kim").names == ["Byeong-hun Kim"]


def test_a_follow_button_under_the_author_box_names_no_writer() -> None:
    assert reduce_byline("Follow @David_A_Talbot").names == []
    assert reduce_byline("Follow on Twitter").names == []


def test_a_name_beside_a_handle_is_still_read() -> None:
    assert reduce_byline("By Anna Baker @annabaker").names[:1] == ["Anna Baker"]


def test_a_writer_s_bio_sentence_names_no_writer() -> None:
    bio = "Madison Weil joined the Channel 3 and Local 2 News Team in June 2018."
    assert reduce_byline(bio).names == []


def test_a_byline_with_a_role_after_the_name_is_no_bio() -> None:
    assert reduce_byline("By Anna Baker and Tom Lee, Staff writers").names == ["Anna Baker", "Tom Lee"]
