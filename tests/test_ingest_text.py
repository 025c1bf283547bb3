"""Plain-text ingest: the seed layout, a second article in that layout, and an unknown layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l10n.errors import IngestError
from l10n.ingest import ingest_file
from l10n.ingest.text import ingest_text

ARTICLES = Path(__file__).parent / "data" / "articles"
UTC_PLUS_8 = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def seed(seed_path: Path):
    return ingest_file(seed_path)


def test_seed_roles_in_reading_order(seed) -> None:
    roles = [block.role for block in seed.blocks]
    assert roles[:6] == ["headline", "byline", "summary", "credit", "caption", "lead"]
    assert roles[6:12] == ["paragraph"] * 6
    assert roles[12:14] == ["credit", "caption"]
    assert roles[14:] == ["paragraph"] * 7 + ["credit", "caption"]
    assert all(block.segments == [] for block in seed.blocks)


def test_seed_metadata(seed, seed_path: Path) -> None:
    assert seed.source_path == str(seed_path)
    assert seed.source_format == "txt"
    assert seed.headline == "Biomedical to become key pillar industry for Baoshan"
    assert seed.author == "Yang Jian"
    assert seed.section == "News / Metro"
    assert seed.published == dt.datetime(2020, 11, 28, 18, 59, tzinfo=UTC_PLUS_8)
    assert seed.published.utcoffset() == dt.timedelta(hours=8)
    assert (seed.source, seed.editor) == ("SHINE", "Cai Wenjun")


def test_seed_footer_and_counter_are_not_text(seed) -> None:
    texts = [block.text for block in seed.blocks]
    assert not any("Source:" in text or "Editor:" in text for text in texts)
    assert not any("UTC+8" in text for text in texts)
    assert texts[-1].startswith("Company officials and experts share")


def test_seed_figures_pair_each_credit_with_its_caption(seed) -> None:
    figures = [(block.figure, block.role, block.text[:24]) for block in seed.blocks if block.figure]
    assert figures == [
        (1, "credit", "Ti Gong"),
        (1, "caption", "Companies sign agreement"),
        (2, "credit", "Ti Gong"),
        (2, "caption", "Leading experts are appo"),
        (3, "credit", "Ti Gong"),
        (3, "caption", "Company officials and ex"),
    ]


def test_seed_summary_and_lead_keep_their_own_wording(seed) -> None:
    (summary,) = seed.blocks_with_role("summary")
    (lead,) = seed.blocks_with_role("lead")
    assert "more than 700-old ancient town" in summary.text
    assert "more than 700-year-old ancient town" in lead.text


def test_seed_spaces_normalised_and_curly_quotes_kept(seed) -> None:
    for block in seed.blocks:
        assert "\u00a0" not in block.text and "  " not in block.text
        assert block.text == block.text.strip()
    quote = next(block for block in seed.blocks if block.text.startswith("\u201cBiomedical"))
    assert "Shanghai\u2019s plan" in quote.text and quote.text.endswith("on Saturday.")
    faded = next(block for block in seed.blocks if "gradually faded" in block.text)
    assert "gradually faded in the face" in faded.text  # "faded\u00a0 in" became one space


def test_seed_block_lines_point_into_the_file(seed, seed_path: Path) -> None:
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    assert [(block.role, block.line) for block in seed.blocks[:6]] == [
        ("headline", 3),
        ("byline", 5),
        ("summary", 7),
        ("credit", 8),
        ("caption", 10),
        ("lead", 12),
    ]
    for block in seed.blocks:
        assert " ".join(lines[block.line - 1].split()) == block.text


def test_weather_alert_in_seed_layout() -> None:
    doc = ingest_file(ARTICLES / "weather_alert.txt")
    assert doc.headline == "Typhoon In-Fa brings gales and heavy rain to Shanghai"
    assert doc.author == "Li Qian"
    assert doc.published == dt.datetime(2021, 7, 25, 10, 42, tzinfo=UTC_PLUS_8)
    assert (doc.source, doc.editor, doc.section) == ("SHINE", "Zhou Shengjie", "News / Metro")
    assert [block.role for block in doc.blocks[:6]] == ["headline", "byline", "summary", "credit", "caption", "lead"]
    assert "at 10:30 a.m. on Sunday" in doc.blocks_with_role("lead")[0].text
    credits = doc.blocks_with_role("credit")
    assert [(credit.text, credit.figure, credit.line) for credit in credits] == [
        ("Imaginechina", 1, 8),
        ("Jiang Xiaowei / SHINE", 2, 22),
    ]
    captions = doc.blocks_with_role("caption")
    assert [(caption.figure, caption.line) for caption in captions] == [(1, 10), (2, 24)]
    assert captions[1].text == "A worker clears fallen branches on Huaihai Road in Huangpu District."


def test_weather_alert_short_lines_that_are_not_credits_stay_paragraphs() -> None:
    doc = ingest_file(ARTICLES / "weather_alert.txt")
    by_text = {block.text: block for block in doc.blocks}
    assert by_text["Stay indoors."].role == "paragraph"
    assert by_text["Flood prevention teams"].role == "paragraph"
    quote = next(block for block in doc.blocks if "Dr. Zhang Ruiqing" in block.text)
    assert quote.role == "paragraph" and quote.text.startswith("\u201cIn-Fa is moving slowly")
    assert not any(block.text == "12" or block.text.endswith(" 12") for block in doc.blocks)


def test_unknown_layout_becomes_paragraphs_with_hard_wraps_joined() -> None:
    doc = ingest_file(ARTICLES / "reader_letter.txt")
    assert [(block.role, block.line) for block in doc.blocks] == [
        ("paragraph", 1),
        ("paragraph", 3),
        ("paragraph", 7),
        ("paragraph", 10),
        ("paragraph", 12),
    ]
    assert doc.blocks[1].text.endswith("now end in dry mud.")
    assert doc.blocks[4].text == "With thanks, A long-time reader"
    assert (doc.headline, doc.author, doc.published) == ("", "", None)


def test_timestamp_with_negative_offset_and_no_date_line() -> None:
    doc = ingest_text("Storm closes schools\nMaria Lopez\n07:05 UTC-5, 2023-01-09\nSchools shut.\n\nMore.")
    assert doc.published == dt.datetime(2023, 1, 9, 7, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert [block.role for block in doc.blocks] == ["headline", "byline", "summary", "lead"]


@pytest.mark.parametrize("text", ["", "   \n\u00a0\n\t\n", "Source: SHINE   Editor: Cai Wenjun\n"])
def test_article_without_text_is_an_error_naming_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        ingest_file(path)
    assert str(caught.value).startswith(f"{path}:1: ")
    assert caught.value.path == str(path)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings_read_like_lf(tmp_path: Path, newline: str) -> None:
    original = ARTICLES / "weather_alert.txt"
    converted = tmp_path / "weather_alert.txt"
    converted.write_bytes(original.read_bytes().replace(b"\n", newline.encode("ascii")))
    expected = ingest_file(original)
    actual = ingest_file(converted)
    assert [(b.role, b.text, b.line, b.figure) for b in actual.blocks] == [
        (b.role, b.text, b.line, b.figure) for b in expected.blocks
    ]
    assert actual.published == expected.published


def test_footer_right_under_the_last_paragraph_is_not_part_of_it() -> None:
    doc = ingest_text("First paragraph,\nwrapped here.\nSource: Xinhua   Editor: Wang Qingchu\n")
    assert [(block.role, block.text) for block in doc.blocks] == [("paragraph", "First paragraph, wrapped here.")]
    assert (doc.source, doc.editor) == ("Xinhua", "Wang Qingchu")


@pytest.mark.parametrize(
    ("line", "source", "editor"),
    [
        ("SOURCE: Xinhua", "Xinhua", ""),
        ("editor:\u00a0Li Qian", "", "Li Qian"),
        ("Source: AP   Editor: Wu", "AP", "Wu"),
    ],
)
def test_footer_labels_in_any_case_are_recognised(line: str, source: str, editor: str) -> None:
    doc = ingest_text(f"Headline\n\nA paragraph with a source: an official.\n\n{line}\n")
    assert (doc.source or "", doc.editor or "") == (source, editor)
    assert [b.text for b in doc.blocks][-1] == "A paragraph with a source: an official."


def test_wire_copy_headline_and_byline() -> None:
    doc = ingest_text(
        "Storm closes ports along the coast\n\nBy Ann Lee and Bo Chen, Reuters Staff\n\n"
        "LONDON (Reuters) - Ports closed on Monday as the storm\nreached the coast.\n\nShipping resumed later.\n"
    )
    assert [(b.role, b.text, b.line) for b in doc.blocks] == [
        ("headline", "Storm closes ports along the coast", 1),
        ("byline", "Ann Lee, Bo Chen", 3),
        ("paragraph", "LONDON (Reuters) - Ports closed on Monday as the storm reached the coast.", 5),
        ("paragraph", "Shipping resumed later.", 8),
    ]
    assert (doc.headline, doc.author) == ("Storm closes ports along the coast", "Ann Lee, Bo Chen")


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday to discuss the budget.\n\nIt agreed.\n",  # a sentence: a lead, not a headline
        "Storm closes ports\nalong the coast today\n\nIt agreed.\n",  # two lines: a paragraph
        "Only one short line\n",  # nothing follows
    ],
)
def test_first_line_is_a_headline_only_when_short_and_alone(text: str) -> None:
    assert "headline" not in [block.role for block in ingest_text(text).blocks]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_paragraph_of_only_a_closing_quote_joins_the_paragraph_it_closes(tmp_path, suffix) -> None:
    # Real Wikinews copy (bench/data/wikinews, CC BY 2.5) with the quotation's closing mark on a
    # line of its own, as a copy-paste from a CMS leaves it: no block (unit, edition paragraph)
    # may be a lone quote, and no character is dropped.

    quoted = (
        'Bolton gave a different account of events, also speaking via Twitter: "I offered to resign last '
        "night and President Trump said, 'Let's talk about it tomorrow.'"
    )
    after = "Trump named Charles Kupperman as acting national security advisor."
    head = "# Trump ousts Bolton\n\n" if suffix == ".md" else "Trump ousts Bolton\n\n"
    path = tmp_path / f"bolton{suffix}"
    path.write_text(f'{head}{quoted}\n\n"\n\n{after}\n\n”.\n', encoding="utf-8")
    texts = [block.text for block in ingest_file(path).blocks]
    assert texts[-2:] == [quoted + '"', after + "”."]
