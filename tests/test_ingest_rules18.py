"""Rules of the page path added in session 18 for holdout18's misses after its blind run
(l10n/ingest/page_headline.py, heading_lines.py, page_marks.py, page_boxes.py):
each on the real page it was found on, with the near miss that must stay as it was, so each can
fail alone. The story's result is asserted first (it failed before the rule); the rule's own
function is imported inside the test, after it."""

from __future__ import annotations

from conftest import DATA
from page_support import kept, key, label_of, parsed_page, units_of

from l10n.ingest import ingest_file
from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html
from l10n.ingest.metadata import read_metadata

REALWORLD = DATA / "realworld"


def parsed(name: str):
    return parsed_page(REALWORLD / f"{name}.html")


# --- headline: a Dachzeile the <title> joins by a colon --------------------------------------------


def test_kicker_the_title_parts_by_a_colon_is_no_part_of_the_headline() -> None:
    """golem sets "<h2>Mozilla</h2><h1>Vorabversionen von Firefox 5 und 6 veröffentlicht</h1>" and
    states only the `<title>` "Mozilla: Vorabversionen … - Golem.de": the kicker and the heading
    were joined as "Mozilla Vorabversionen …", which the page shows nowhere."""
    label = label_of("golem-de-firefox")
    assert ingest_file(REALWORLD / "golem-de-firefox.html").headline == label["headlines"][0]
    # the near miss: tmz's kicker runs on into its title's words ("Lupita Nyong'o" + "'s $150K …"),
    # and the headline is still both headings
    headline = ingest_file(REALWORLD / "tmz-com-lupita.html").headline
    assert headline == "Lupita Nyong'o $150K Pearl Oscar Dress ... STOLEN!!!!"
    assert key(headline) in {key(title) for title in label_of("tmz-com-lupita")["headlines"]}


# --- date: a timestamp above the heading -----------------------------------------------------------


def test_timestamp_above_the_heading_dates_a_page_that_states_no_day() -> None:
    """golem prints "OSS / 13.04.2011 / 22:55" (topic, day, time) in a box above its heading and
    states no date: htmldate took "21. Juni 2011", a day the story mentions."""
    document = ingest_file(REALWORLD / "golem-de-firefox.html")
    assert document.published is not None and document.published.date().isoformat() == "2011-04-13"
    assert label_of("golem-de-firefox")["dates"] == ["2011-04-13"]
    from l10n.ingest.heading_lines import top_stamp_day

    root = parsed("golem-de-firefox")
    assert top_stamp_day(root, read_metadata(root)).date().isoformat() == "2011-04-13"
    # the near misses: a day without a time above the heading is the masthead's today
    # ("Lunes, 25 de Marzo de 2024" on a story of 2021; jis's and informationweek's too)
    for name in ("informecorrientes-com-yapeyu", "jis-gov-jm-investment", "informationweek-com-microsoft"):
        root = parsed(name)
        assert top_stamp_day(root, read_metadata(root)) is None, name
        published = ingest_file(REALWORLD / f"{name}.html").published
        assert published is not None and published.date().isoformat() in label_of(name)["dates"], name


# --- author: a template's writer the page never shows ----------------------------------------------


def test_metadata_writer_the_page_never_shows_gives_way_to_the_byline_under_the_heading() -> None:
    """readwriteweb's `<meta name="author">` names Richard MacManus (its founder, on every page of
    the template), whom the page shows nowhere; under the `<h1>` it prints "By <a>Chris Cameron</a>
    / August 18, 2010 4:55 PM"."""
    assert ingest_file(REALWORLD / "readwriteweb-com-pagely.html").author == "Chris Cameron"
    assert label_of("readwriteweb-com-pagely")["authors"] == ["Chris Cameron"]
    from l10n.ingest.heading_lines import writers_shown

    # the near miss: the same page showing the metadata's writer (an editor's note) keeps him
    path = REALWORLD / "readwriteweb-com-pagely.html"
    text = decode_article(path.read_bytes(), path=str(path), source_format="html")
    shown = text.replace("</body>", "<p>Edited by Richard MacManus</p></body>")
    root = parse_html(shown, source_path=str(path))
    assert writers_shown(root, read_metadata(root)) == ["Richard MacManus"]
    # nor does a byline that names no person in a link to a writer's page (a picture agency's credit)
    credit = text.replace(
        '<a href="http://www.readwriteweb.com/start/author/chris-cameron.php">Chris Cameron</a>',
        '<a href="https://www.gettyimages.com/">Getty Images</a>',
    )
    root = parse_html(credit, source_path=str(path))
    assert credit != text and writers_shown(root, read_metadata(root)) == ["Richard MacManus"]
    # and a real one: rutgers states "Todd", whom its byline "By Todd Bates" shows
    root = parsed("rutgers-edu-robot")
    assert writers_shown(root, read_metadata(root)) == ["Todd"]


# --- body: a short closing sentence set as a heading -----------------------------------------------


def test_short_closing_sentence_set_as_a_heading_is_the_story() -> None:
    """fortressofsolitude closes its story with "<h3>Deadpool 2 opens in theatres on May 18.</h3>":
    eight words, under the twelve of a sentence heading, dropped as a heading with nothing under it."""
    label = label_of("fortressofsolitude-co-za-deadpool")
    units = units_of(REALWORLD / "fortressofsolitude-co-za-deadpool.html")
    assert kept(units, label["body_end"]) and label["body_end"] == "Deadpool 2 opens in theatres on May 18."
    assert not any(kept(units, chrome) for chrome in label["chrome"])  # "What is the best Marvel movie?"
    # the near misses: a heading right under the story that ends without a full stop is the next box's
    # title ("Get More Stuff Like This in Your Inbox!", "Recevez les alertes de dernière heure du Devoir")
    for name, title in (
        ("practicalhorsemanmag-com-october", "Get More Stuff Like This in Your Inbox!"),
        ("ledevoir-com-trottinettes", "Recevez les alertes de dernière heure du Devoir"),
    ):
        assert not kept(units_of(REALWORLD / f"{name}.html"), title), name


# --- chrome: a bold label over links that are gone -------------------------------------------------


def test_bold_label_over_dropped_links_goes_with_them() -> None:
    """gigaom's "**Related content from GigaOM Pro (sub req’d):**" heads a list of links to its paid
    site, which is dropped: the label stayed alone (seven words, more than a dangling label's four)."""
    label = label_of("gigaom-com-macbook")
    units = units_of(REALWORLD / "gigaom-com-macbook.html")
    assert not kept(units, "Related content from GigaOM Pro (sub req’d):")
    assert all(kept(units, passage) for passage in [label["body_start"], label["body_end"], *label["keep"]])
    # the near miss: corkbeo's bold "The letter warned:" heads the story's own list, kept, and stays
    assert kept(units_of(REALWORLD / "corkbeo-ie-level.html"), "The letter warned:")
