"""Plain text copied from a web page, one block a line (issue 14, session 35): a paragraph the page
broke into lines at its links is read as one paragraph (`text.joined_link_breaks`), a deck over
the dateline's paragraph is the story's summary, and a release's label in lower case above the
story is not read. Minimal cases in the shape of the blind rounds' pages (tests/data/blind4,
blind5), and those pages themselves."""

from __future__ import annotations

from pathlib import Path

from l10n.ingest import ingest_file
from l10n.ingest.text import ingest_text, joined_link_breaks
from l10n.model import Block

DATA = Path(__file__).parent / "data"
LONG = (
    "The office said the program, which started in 2019, has served more than four hundred families "
    "across the county since it began."
)  # a line longer than a hard wrap: the text is read a paragraph a line


def _page(*lines: str) -> list[tuple[str, str]]:
    """The page's headline, `lines` right under it, and a paragraph of a hard wrap's length."""
    document = ingest_text("\n".join(["Office Opens New Family Center", *lines, LONG]))
    return [(block.role, block.text) for block in document.blocks]


def _paragraphs(*lines: str) -> list[str]:
    """The paragraphs read from `lines` inside a story (under its first paragraph)."""
    paragraphs = [text for role, text in _page(LONG, *lines) if role == "paragraph"]
    assert paragraphs[0] == paragraphs[-1] == LONG
    return paragraphs[1:-1]


def test_a_paragraph_broken_at_its_links_is_one_paragraph() -> None:
    assert _paragraphs(
        "In honor of",
        "Asian American and Pacific Islander Heritage Month",
        ", which is observed in May, we are featuring stories of our staff.",
    )[0] == (
        "In honor of Asian American and Pacific Islander Heritage Month, which is observed in May, we are "
        "featuring stories of our staff."
    )


def test_link_texts_a_line_each_and_a_closing_stop_are_joined() -> None:
    paragraphs = _paragraphs(
        "The app is free and ready to download in the",
        "Apple",
        "and",
        "Android",
        "app stores under “Cultural Awareness Project.”",
        "More information on how to apply",
        "can be found here",
        ".",
    )
    assert paragraphs[:2] == [
        "The app is free and ready to download in the Apple and Android app stores under “Cultural Awareness Project.”",
        "More information on how to apply can be found here.",
    ]


def test_a_link_starting_inside_a_word_is_glued_to_it() -> None:
    assert _paragraphs(
        "The case was filed last May.",
        "Deputy District Attorney Ann Lee",
        "with the DA’s C",
        "onsumer Protection Unit",
        "prosecuted the case.",
    )[:2] == [
        "The case was filed last May.",
        "Deputy District Attorney Ann Lee with the DA’s Consumer Protection Unit prosecuted the case.",
    ]


def test_a_link_under_a_line_that_does_not_end_is_joined_back_to_it() -> None:
    assert _paragraphs(
        "The judgment was entered today.",
        "The San Diego County",
        "Department of Agriculture",
        "is the agency that inspected the stores.",
    )[:2] == [
        "The judgment was entered today.",
        "The San Diego County Department of Agriculture is the agency that inspected the stores.",
    ]


def test_a_quote_opened_on_a_line_of_its_own_and_a_superscript_are_joined() -> None:
    assert _paragraphs("“", "Heritage Month", "is a time to reflect on where I come from.")[0] == (
        "“Heritage Month is a time to reflect on where I come from."
    )
    assert _paragraphs("The ruling of the", "2", "nd", "District Court of Appeal stands.")[0] == (
        "The ruling of the 2nd District Court of Appeal stands."
    )


def test_a_list_of_names_broken_mid_word_is_not_joined() -> None:
    """blind3's defendants, a name and a birth date a line: the run ends as no sentence does."""
    lines = ("Defendants arrested are:", "Mandy Gonzale", "z DOB 4/27/1986", "Marvin Torres", "DOB 7/25/1982")
    assert _paragraphs(*lines)[:5] == list(lines)


def test_a_dateline_place_alone_stays_its_own_block() -> None:
    """blind3's Golden Eagle release: "Miami, Florida" over ", State Attorney … will receive …"."""
    paragraphs = _paragraphs("Miami, Florida", ", State Attorney Ann Lee will receive the award on May 2, 2025.")
    assert paragraphs[:2] == ["Miami, Florida", ", State Attorney Ann Lee will receive the award on May 2, 2025."]


def test_names_over_a_label_and_its_colon_are_not_joined() -> None:
    paragraphs = _paragraphs(
        "The press conference is today.", "WHO", ":", "Ann Lee", "Police Chief Bo Diaz", "WHAT", ":"
    )
    assert paragraphs[:5] == ["The press conference is today.", "WHO:", "Ann Lee", "Police Chief Bo Diaz", "WHAT:"]


def test_a_web_address_alone_is_not_joined_to_the_link_under_it() -> None:
    paragraphs = _paragraphs(
        "Photos can be downloaded here:", "https://example.org/p/1", "Click here", "for the release."
    )
    assert paragraphs[:3] == [
        "Photos can be downloaded here:",
        "https://example.org/p/1",
        "Click here for the release.",
    ]


def test_a_stray_opening_quote_after_a_full_stop_ends_the_paragraph() -> None:
    paragraphs = _paragraphs("“It is about the attorneys coming up after us. “", "A fun fact about you?")
    assert paragraphs[:2] == ["“It is about the attorneys coming up after us. “", "A fun fact about you?"]


def test_only_paragraph_lines_are_joined() -> None:
    blocks = [Block("heading", "Results of the"), Block("paragraph", "review came today.")]
    assert joined_link_breaks(blocks) == blocks


def test_a_deck_over_the_dateline_is_the_summary() -> None:
    page = _page(
        "Ann Lee faces 26 years to life in prison if convicted as charged",
        "TARZANA, Calif. – A 44-year-old woman was charged today with the fatal stabbing of a neighbor.",
    )
    assert page[:3] == [
        ("headline", "Office Opens New Family Center"),
        ("summary", "Ann Lee faces 26 years to life in prison if convicted as charged"),
        ("paragraph", "TARZANA, Calif. – A 44-year-old woman was charged today with the fatal stabbing of a neighbor."),
    ]


def test_a_first_sentence_or_a_line_over_no_dateline_is_no_deck() -> None:
    ended = _page(
        "Ann Lee faces 26 years to life in prison if convicted as charged.",
        "TARZANA, Calif. – A 44-year-old woman was charged today with the fatal stabbing of a neighbor.",
    )
    no_dateline = _page(
        "Ann Lee faces 26 years to life in prison if convicted as charged",
        "A 44-year-old woman was charged today with the fatal stabbing of a neighbor.",
    )
    assert (
        [role for role, _ in ended[:3]]
        == [role for role, _ in no_dateline[:3]]
        == ["headline", "paragraph", "paragraph"]
    )


def test_a_release_label_in_lower_case_above_the_story_is_not_read() -> None:
    page = _page("News", "for immediate release", "The office opened its new family center in Doral on Monday.")
    assert ("paragraph", "for immediate release") not in page
    assert ("paragraph", "The office opened its new family center in Doral on Monday.") in page


def test_the_blind_pages_read_their_decks_and_linked_paragraphs() -> None:
    """The pages the rules were mended on (blind4, blind5: sources and licences in their SOURCES.md)."""
    robbery = ingest_file(DATA / "blind4/txt/orange-da-man-sentenced-to-seven-years-in-prison-for-robbe.txt")
    assert [block.text for block in robbery.blocks if block.role == "summary"] == [
        "*Defendant was linked to the crime through DNA using OCDA’s DNA database"
    ]
    assert (
        "Ruiz approached the manager, Eric L., and falsely identifying himself as a Buena Park Police Department "
        "(BPPD) investigator and claimed" in [block.text for block in robbery.blocks][4]
    )
    app = ingest_file(DATA / "blind4/txt/sandiego-da-cultural-awareness-app-law-enforcement.txt")
    assert app.blocks[-1].text.startswith(
        "The CAP app is free and available and ready to download in the Apple and Android app stores under "
    )
    owen = ingest_file(DATA / "blind5/txt/sandiego-da-meet-deputy-da-mei-owen.txt")
    assert [block.text[:60] for block in owen.blocks[1:3]] == [
        "In honor of Asian American, Native Hawaiian, and Pacific Isl",
        "Meet Deputy District Attorney Mei Owen, who has been with th",
    ]


def test_a_title_bar_running_headline_and_deck_together_is_parted_by_their_lines() -> None:
    """blind5's AB 109 release: the title bar runs the headline and its deck together; the page
    says them again above the story, the headline over two lines, the deck after it."""
    headline = (
        "Hundreds of Violent Felons, Guns and Narcotics off County Streets as a Result of the County Attorney’s "
        "Crime Impact Task Force"
    )
    deck = "Ten Suspects Charged among Task Force Arrests over three years; the Office"
    document = ingest_text(
        "\n".join(
            [
                f"{headline} {deck} deputizes an investigator to work with the Violent Crime Task Force - County Attorney",
                "Home",
                "Press",
                f"{headline} {deck} deputizes an investigator to work with the Violent Crime Task Force",  # the page's heading: the title bar's story part
                "Hundreds of Violent Felons, Guns and Narcotics off County Streets",
                "as a Result of the County Attorney’s Crime Impact Task Force",
                deck,
                "deputizes an investigator to work with the Violent Crime Task Force",
                "SANTA ANA, Calif. –",
                LONG,
            ]
        )
    )
    assert document.headline == headline
    assert [(block.role, block.text) for block in document.blocks[:3]] == [
        ("headline", headline),
        ("summary", f"{deck} deputizes an investigator to work with the Violent Crime Task Force"),
        ("paragraph", f"SANTA ANA, Calif. – {LONG}"),
    ]


def test_a_headline_of_a_headlines_length_said_over_lines_in_title_case_is_not_parted() -> None:
    headline = "Hundreds of Violent Felons, Guns and Narcotics Taken off County Streets by the Task Force"
    document = ingest_text(
        "\n".join(
            [
                f"{headline} - County Attorney",
                "Home",
                headline,
                "Hundreds of Violent Felons, Guns and Narcotics",
                "Taken off County Streets by the Task Force",
                LONG,
            ]
        )
    )
    assert document.headline == headline
    assert not [block for block in document.blocks if block.role == "summary"]


def test_a_deck_over_a_dateline_alone_on_its_line_is_the_summary() -> None:
    page = _page(
        "Ann Lee faces 26 years to life in prison if convicted as charged",
        "SANTA ANA, Calif. –",
        "A 44-year-old woman was charged today with the fatal stabbing of a neighbor.",
    )
    assert page[1:3] == [
        ("summary", "Ann Lee faces 26 years to life in prison if convicted as charged"),
        (
            "paragraph",
            "SANTA ANA, Calif. – A 44-year-old woman was charged today with the fatal stabbing of a neighbor.",
        ),
    ]
