"""Rules of the page path added for holdout3's misses (l10n/ingest/page.py, furniture.py,
metadata.py): each on a small page built around the pattern, with the near miss that must stay
as it was, so each can fail alone."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, texts_of

from l10n.ingest import page_prune
from l10n.ingest.metadata import read_metadata

FIRST_HALF, SECOND_HALF = (
    STORY.split("</p>", 2)[0] + "</p>" + STORY.split("</p>", 2)[1] + "</p>",
    STORY.split("</p>", 2)[2],
)


# --- the body ------------------------------------------------------------------------------------


def test_a_story_set_one_paragraph_per_card_is_the_story() -> None:
    cards = "".join(
        f'<div class="card collection-item"><div class="card-content">{p}</div></div>' for p in STORY.split("</p>") if p
    )
    texts = texts_of(f"<article>{HEADLINE}<div class='collection'>{cards}</div></article>")
    assert all(text in texts for text in PARAGRAPHS)
    # near miss: one small card of another story beside the article is still a teaser box
    teaser = '<div class="card"><p>Lighthouse keepers vote to strike over pay and hours this winter.</p></div>'
    texts = texts_of(f"<article>{HEADLINE}{STORY}</article>{teaser}")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("Lighthouse" in text for text in texts)


def test_a_hover_card_inside_a_paragraph_is_not_part_of_its_sentence() -> None:
    card = (
        '<span class="rollover"><a href="/people/ann-lee">Ann Lee</a><span class="block"><span>'
        '<img src="ann.jpg" alt=""><a href="/people/ann-lee">Ann Mary Lee</a>'
        '<a href="/news/1">Mayor opens the new bridge</a> <a href="/news/2">Mayor vetoes the budget</a>'
        '<a href="/people/ann-lee">MORE</a></span></span></span>'
    )
    opening = f"<p>Harbour Mayor {card} (Ind.) said the port would reopen on Monday after the storm passed.</p>"
    texts = texts_of(f"<article>{HEADLINE}{opening}{STORY}</article>")
    assert "Harbour Mayor Ann Lee (Ind.) said the port would reopen on Monday after the storm passed." in texts
    assert not any("vetoes" in text for text in texts)
    # near miss: links a sentence lists, with commas and words between them, stay its words
    listed = lxml.html.fragment_fromstring(
        '<span><a href="/a">Ann Lee</a>, <a href="/b">Bo Park</a> and <a href="/c">Cy Tan</a></span>'
    )
    assert not page_prune.is_link_card(listed)
    named = "<p>The mayor thanked <span><a href='/a'>Ann Lee</a>, <a href='/b'>Bo Park</a> and <a href='/c'>Cy Tan</a></span> for the repairs they led on the quay.</p>"
    texts = texts_of(f"<article>{HEADLINE}{named}{STORY}</article>")
    assert "The mayor thanked Ann Lee, Bo Park and Cy Tan for the repairs they led on the quay." in texts


def test_the_standfirst_the_summary_abridges_is_kept_above_the_story() -> None:
    standfirst = (
        "Ferries and fishing boats are back in the harbour of Port Ellen, and traders are counting what the "
        "week-long closure cost them."
    )
    summary = '<meta property="og:description" content="Ferries and fishing boats are back in the harbour, and traders count the cost.">'
    photo = '<div class="article__photo"><img src="harbour.jpg"></div>'
    body = f'<article>{HEADLINE}<div class="article__perex">{standfirst}</div>{photo}<div class="article__content">{STORY}</div></article>'
    assert standfirst in texts_of(body, head=TITLE + summary)
    # near miss: a line above the story sharing a few of the summary's words is not the standfirst
    from l10n.ingest.page import is_abridged_standfirst

    summary_text = "Ferries and fishing boats are back in the harbour, and traders count the cost."
    assert is_abridged_standfirst(standfirst, summary_text)
    assert not is_abridged_standfirst("Harbour news: ferries and boats are back, traders say", summary_text)


# --- the headline and date -----------------------------------------------------------------------


def test_a_heading_that_is_the_titles_first_part_is_the_headline() -> None:
    head = "<title>宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网</title>"
    doc = ingest(f"<article><h1>宇航员在太空中喝酒会怎么样？后果很严重</h1>{STORY}</article>", head=head)
    assert doc.headline == "宇航员在太空中喝酒会怎么样？后果很严重"
    # near miss: a heading that is only the title's first word (a section name) is not the headline
    head = "<title>Harbour: ferries resume on Friday after the storm closes the port for a week</title>"
    doc = ingest(f"<article><h2>Harbour</h2>{STORY}</article>", head=head)
    assert doc.headline == "Harbour: ferries resume on Friday after the storm closes the port for a week"


def test_the_pages_own_domain_name_is_cut_from_its_title() -> None:
    head = '<title>Harbour reopens after the storm - Portnews</title><link rel="canonical" href="https://www.portnews.co.uk/harbour">'
    assert ingest(f"<div>{STORY}</div>", head=head).headline == "Harbour reopens after the storm"
    # near miss: a last part naming something else stays
    head = '<title>Harbour reopens - Ferries resume</title><link rel="canonical" href="https://www.portnews.co.uk/harbour">'
    assert ingest(f"<div>{STORY}</div>", head=head).headline == "Harbour reopens - Ferries resume"


def test_a_cms_empty_date_is_no_date() -> None:
    def published(date: str) -> dt.datetime | None:
        ld = json.dumps({"@type": "NewsArticle", "datePublished": date})
        head = f'<script type="application/ld+json">{ld}</script><meta property="article:published_time" content="2019-11-19T19:07:00Z">'
        return read_metadata(lxml.html.document_fromstring(f"<html><head>{head}</head><body></body></html>")).published

    assert published("0001-01-01T00:00:00Z") == dt.datetime(2019, 11, 19, 19, 7, tzinfo=dt.UTC)
    assert published("1970-01-01T00:00:00Z") == dt.datetime(2019, 11, 19, 19, 7, tzinfo=dt.UTC)
    # near miss: a real day stated first wins, even an old one
    assert published("1969-07-21T02:56:00Z") == dt.datetime(1969, 7, 21, 2, 56, tzinfo=dt.UTC)


# --- page furniture inside the story -------------------------------------------------------------


def test_a_read_also_label_goes_with_the_teaser_it_labels() -> None:
    teaser = "<p>Leggi anche</p><h3><a href='/other-story'>Will the lighthouse reopen before the summer season starts?</a></h3>"
    texts = texts_of(f"<article>{HEADLINE}{FIRST_HALF}{teaser}{SECOND_HALF}</article>")
    assert not any("Leggi anche" in text or "lighthouse" in text for text in texts)
    lire = "<p>Lire : <a href='/autre'>Que sont les phares automatiques, ces tours qui guident les bateaux ?</a></p>"
    assert not any("phares" in text for text in texts_of(f"<article>{HEADLINE}{lire}{STORY}</article>"))
    # near miss: a sentence with a link of its own words stays, and so does a line that only starts like a label
    cited = (
        "<p>The port authority said in <a href='/report'>its report on the storm</a> that repairs will take a year.</p>"
    )
    own = "<p>Read the full report of the inquiry into the storm on the council's website.</p>"
    texts = texts_of(f"<article>{HEADLINE}{cited}{own}{STORY}</article>")
    assert "The port authority said in its report on the storm that repairs will take a year." in texts
    assert "Read the full report of the inquiry into the storm on the council's website." in texts


def test_reading_tools_reprint_notices_and_share_prompts_are_not_units() -> None:
    tools = "<ul><li>Order Reprints</li><li>Print Article</li></ul>"
    notice = (
        "<p>This copy is for your personal, non-commercial use only. To order presentation-ready copies for "
        "distribution to your colleagues, clients or customers visit www.example.com.</p>"
    )
    prompt = "<p>Like this story? Share it with a friend!</p>"
    texts = texts_of(f"<article>{HEADLINE}{notice}{tools}{STORY}{prompt}</article>")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any(word in text for text in texts for word in ("Reprints", "Print Article", "personal", "Share it"))
    # near miss: the story's sentences about printing and sharing stay
    story = (
        "<p>Print sales of the town's paper fell after the storm.</p>"
        "<p>Readers were asked to share the story with a friend, the editor said on Monday.</p>"
    )
    texts = texts_of(f"<article>{HEADLINE}{story}{STORY}</article>")
    assert "Print sales of the town's paper fell after the storm." in texts
    assert "Readers were asked to share the story with a friend, the editor said on Monday." in texts


def test_a_bold_kicker_and_a_headline_between_paragraphs_is_a_teaser() -> None:
    teaser = "<p><strong>Internal memo: </strong>Port guards falsified records of night patrols and ship counts</p>"
    texts = texts_of(f"<article>{HEADLINE}{FIRST_HALF}{teaser}{SECOND_HALF}</article>")
    assert not any("Internal memo" in text for text in texts)
    # near miss: a bold lead-in that ends as a sentence, a labelled box of lines, a one-word label
    update = "<p><strong>Update:</strong> The council said on Monday that the quay would stay shut.</p>"
    dates = "<p><strong>Ferry timetable from Friday:</strong><br>9 a.m. -- Port Ellen<br>11 a.m. -- Islay</p>"
    where = "<p><strong>Where:</strong> the town hall on Harbour Street</p>"
    texts = texts_of(f"<article>{HEADLINE}{update}{STORY}{dates}{where}</article>")
    assert "Update: The council said on Monday that the quay would stay shut." in texts
    assert any(text.startswith("Ferry timetable from Friday:") for text in texts)
    assert "Where: the town hall on Harbour Street" in texts


def test_a_teaser_cards_second_line_and_a_heading_over_links_are_not_units() -> None:
    card = "<h3><a href='/odds'>Ferry odds, timetables, picks</a></h3><h4>Our model simulated every crossing 10,000 times.</h4>"
    box = "<h4>Top stories</h4><ul><li><a href='/a'>Storm closes the school</a></li><li><a href='/b'>Bridge shut</a></li></ul>"
    texts = texts_of(f"<article>{HEADLINE}{FIRST_HALF}{card}{box}{SECOND_HALF}</article>")
    assert not any("simulated" in text or "Top stories" in text for text in texts)
    # near miss: a subheading under a heading that is not a link, and a subheading over paragraphs, stay
    sections = "<h2>The repairs</h2><h3>Who pays for the sea wall</h3>" + STORY
    texts = texts_of(f"<article>{HEADLINE}{STORY}{sections}</article>")
    assert "The repairs" in texts and "Who pays for the sea wall" in texts


# --- who wrote it --------------------------------------------------------------------------------


def test_co_writers_in_brackets_and_a_microdata_author_by_its_text_are_read() -> None:
    byline = (
        '<p class="signature">Par <span itemprop="author"><a href="/journaliste/ann-lee">Ann Lee</a> '
        "(avec Bo Park et Cy Tan)</span></p>"
    )
    assert ingest(f"<article>{HEADLINE}{byline}{STORY}</article>").author == "Ann Lee, Bo Park, Cy Tan"
    # near miss: a bracket that credits no co-writer is cut, as before
    byline = '<p class="signature">Par <span itemprop="author">Ann Lee (Port Ellen)</span></p>'
    assert ingest(f"<article>{HEADLINE}{byline}{STORY}</article>").author == "Ann Lee"


def test_a_text_label_before_the_writer_is_cut() -> None:
    byline = "<p>Текст: Лида Буслаева</p>"
    assert (
        ingest(
            f"<article>{HEADLINE}{byline}{STORY}</article>",
            head=TITLE + '<meta name="author" content="Текст: Лида Буслаева">',
        ).author
        == "Лида Буслаева"
    )
    # near miss: a sentence that opens with the word is not a byline
    from l10n.ingest.byline_shape import is_labelled_byline

    assert is_labelled_byline("Texto: Ana Pérez García") and not is_labelled_byline(
        "Texts were sent to every household."
    )


def test_a_run_of_teaser_cards_is_not_taken_for_a_story_in_cards() -> None:
    teasers = "".join(
        f'<div class="card"><h3><a href="/story-{n}">Other story number {n} about the islands</a></h3>'
        f"<p>A summary of another story, number {n}, about the ferries, the weather and the town council…</p></div>"
        for n in range(8)
    )
    texts = texts_of(f"<article>{HEADLINE}{STORY}</article><div>{teasers}</div>")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("Other story" in text or "A summary of another story" in text for text in texts)


def test_the_lead_picture_under_the_headline_stays_with_its_caption() -> None:
    lead = (
        '<div class="featured"><figure><img src="quay.jpg" alt="The quay at dawn">'
        "<figcaption>The quay at dawn on Monday.</figcaption></figure></div>"
    )
    late = '<figure><img src="ad.jpg" alt="Holiday offers"><figcaption>Holiday offers this winter</figcaption></figure>'
    doc = ingest(
        f"<article>{HEADLINE}<div class='tools'>Text size</div>{lead}<div class='body'>{STORY}</div></article>{late}"
    )
    roles = {block.text: block.role for block in doc.blocks}
    assert roles.get("The quay at dawn") == "alt" and roles.get("The quay at dawn on Monday.") == "caption"
    # near miss: a picture after the story's end is not the story's
    assert "Holiday offers" not in roles and "Holiday offers this winter" not in roles
    # and the headline said again above the story is no standfirst, even when the summary repeats it
    from l10n.ingest.page import is_abridged_standfirst

    assert is_abridged_standfirst(
        "Harbour reopens after the storm on the island of Islay", "Harbour reopens after the storm on Islay"
    )
    summary = TITLE + '<meta property="og:description" content="Harbour reopens after the storm">'
    again = "<p>Harbour reopens after the storm</p>"
    assert (
        texts_of(f"<article>{HEADLINE}{again}<div class='body'>{STORY}</div></article>", summary).count(
            "Harbour reopens after the storm"
        )
        == 1
    )


def test_screen_reader_only_text_is_not_glued_to_the_caption_it_labels() -> None:
    figure = (
        '<figure><img src="harbour.jpg" alt="The harbour at dawn"><figcaption>'
        '<span class="{hidden}">Media caption</span>Boats return to the harbour at dawn</figcaption></figure>'
    )
    texts = texts_of(f"<article>{HEADLINE}{FIRST_HALF}{figure.format(hidden='off-screen')}{SECOND_HALF}</article>")
    assert "Boats return to the harbour at dawn" in texts
    assert not any("Media caption" in text for text in texts)
    for framework in ("sr-only", "visually-hidden", "screen-reader-text"):
        texts = texts_of(f"<article>{HEADLINE}{FIRST_HALF}{figure.format(hidden=framework)}{SECOND_HALF}</article>")
        assert not any("Media caption" in text for text in texts), framework
    # near miss: a class that hides on small screens only is seen on others, and stays
    texts = texts_of(f"<article>{HEADLINE}{FIRST_HALF}{figure.format(hidden='hidden-xs')}{SECOND_HALF}</article>")
    assert any("Media caption" in text for text in texts)
