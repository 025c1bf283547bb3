"""Units from the seed article: counts, merged credits, contexts, placeholders and comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.extract import extract_units
from l10n.ingest import ingest_file
from l10n.model import Block, Document, Reference
from l10n.msgctxt import context_for_role
from l10n.segment import segment_document

REFERENCE = "seeds/000_3e65442673b9006b.txt"


@pytest.fixture(scope="module")
def seed_units():
    seed = next((Path(__file__).resolve().parent.parent / "seeds").glob("000_*.txt"))
    return extract_units(segment_document(ingest_file(seed)), reference_path=REFERENCE)


def _unit_containing(units, fragment: str):
    (unit,) = [unit for unit in units if fragment in unit.msgid]
    return unit


def test_seed_yields_25_units_in_order_of_appearance(seed_units) -> None:
    assert len(seed_units) == 25
    assert seed_units[0].msgid == "Biomedical to become key pillar industry for Baoshan"
    assert seed_units[-1].msgid.startswith("Company officials and experts share")


def test_the_three_ti_gong_credits_are_one_unit_with_three_references(seed_units) -> None:
    credits = [unit for unit in seed_units if unit.msgid == "Ti Gong"]
    assert len(credits) == 1
    assert credits[0].msgctxt == "credit"
    assert credits[0].references == [Reference(REFERENCE, 8), Reference(REFERENCE, 26), Reference(REFERENCE, 44)]


def test_summary_and_lead_stay_two_units_and_are_not_corrected(seed_units) -> None:
    summary = _unit_containing(seed_units, "{number_1}-old ancient")
    lead = _unit_containing(seed_units, "{number_1}-year-old ancient")
    assert summary is not lead
    assert summary.comments == lead.comments == ["number_1: 700 = 700"]


def test_contexts_only_for_roles_that_change_translation(seed_units) -> None:
    contexts = {unit.msgctxt for unit in seed_units}
    assert contexts == {None, "headline", "byline", "credit", "caption"}
    assert _unit_containing(seed_units, "Yang Jian").msgctxt == "byline"


def test_money_sentence_has_two_placeholders_and_their_comments(seed_units) -> None:
    unit = _unit_containing(seed_units, "{money_1} ({money_2}) this year")
    assert unit.msgctxt is None
    assert unit.comments == [
        "money_1: 10 billion yuan = CNY 10000000000",
        "money_2: US$1.52 billion = USD 1520000000",
    ]
    assert [p.name for p in unit.placeables] == ["money_1", "money_2"]


def test_every_expected_seed_value_is_a_placeable(seed_units) -> None:
    comments = [comment for unit in seed_units for comment in unit.comments]
    assert comments == [
        "number_1: 700 = 700",
        "number_1: 700 = 700",
        "range_1: 1279-1368 = years 1279–1368",
        "money_1: 10 billion yuan = CNY 10000000000",
        "money_2: US$1.52 billion = USD 1520000000",
        "weekday_1: Saturday = ISO weekday 6",
        "ordinal_1: 6th = ordinal 6",
        "number_1: 200 = 200",
        "number_1: 100 = 100",
        "money_1: 30 billion yuan = CNY 30000000000",
        "money_1: 5 billion yuan = CNY 5000000000",
        "quantity_1: 530,000 square meters = 530000 area-square-meter",
        "quantity_1: 130,000 square meters = 130000 area-square-meter",
        "number_1: 30 = 30",
    ]


def test_conference_name_keeps_its_year_as_text(seed_units) -> None:
    caption = _unit_containing(seed_units, "Company officials and experts")
    assert caption.msgid.endswith("Biomedical Industry Innovation 2020.")
    assert caption.placeables == []


def test_unit_ids_are_unique(seed_units) -> None:
    assert len({unit.id for unit in seed_units}) == len(seed_units)


def test_same_text_in_different_contexts_stays_two_units() -> None:
    doc = Document(blocks=[Block("heading", "Outlook", line=1), Block("paragraph", "Outlook", line=2)])
    units = extract_units(doc, reference_path="a.md")
    assert [(unit.msgctxt, unit.msgid) for unit in units] == [("heading", "Outlook"), (None, "Outlook")]


def test_merged_units_list_each_distinct_original_value() -> None:
    doc = Document(
        blocks=[
            Block("paragraph", "It cost $5 million.", line=3),
            Block("paragraph", "It cost €7 million.", line=9),
            Block("paragraph", "It cost $5 million.", line=12),
        ]
    )
    (unit,) = extract_units(doc, reference_path="b.txt")
    assert unit.msgid == "It cost {money_1}."
    assert unit.comments == ["money_1: $5 million = USD 5000000", "money_1: €7 million = EUR 7000000"]
    assert [str(ref) for ref in unit.references] == ["b.txt:3", "b.txt:9", "b.txt:12"]


def test_a_sentence_repeated_in_one_block_gets_one_reference() -> None:
    doc = Document(blocks=[Block("paragraph", "Stay safe. Stay safe.", line=4)])
    (unit,) = extract_units(doc, reference_path="c.txt")
    assert unit.references == [Reference("c.txt", 4)]


def test_unsegmented_document_is_segmented_without_being_changed() -> None:
    doc = Document(blocks=[Block("paragraph", "One. Two.", line=1)])
    assert [unit.msgid for unit in extract_units(doc, reference_path="d.txt")] == ["One.", "Two."]
    assert doc.blocks[0].segments == []


@pytest.mark.parametrize(
    ("role", "context"),
    [
        ("headline", "headline"),
        ("caption", "caption"),
        ("credit", "credit"),
        ("byline", "byline"),
        ("heading", "heading"),
        ("paragraph", None),
        ("lead", None),
        ("summary", None),
        ("quote", None),
        ("list_item", None),
    ],
)
def test_context_for_role(role: str, context: str | None) -> None:
    assert context_for_role(role) == context


def test_unsegmented_documents_date_month_days_from_the_publication_date() -> None:
    import datetime as dt

    from l10n.model import Block, Document

    published = dt.datetime(2020, 11, 28, 18, 59, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    text = "The vote is on Dec. 14, officials said."
    with_date = Document(blocks=[Block("paragraph", text, line=3)], published=published)
    without = Document(blocks=[Block("paragraph", text, line=3)])
    [dated] = extract_units(with_date, reference_path="a.txt")
    [plain] = extract_units(without, reference_path="a.txt")
    assert dated.msgid == "The vote is on {date_1}, officials said." and "2020" in dated.comments[0]
    assert plain.msgid == text and plain.comments == []


def test_image_alt_text_is_a_unit_of_its_own_with_a_note_for_translators() -> None:
    from l10n.ingest.markdown import ingest_markdown

    doc = segment_document(ingest_markdown("# Title\n\n![Crowds outside the stadium](a.jpg)\n\n*Fans gather.*\n"))
    (alt,) = [unit for unit in extract_units(doc, reference_path="a.md") if unit.msgctxt == "alt"]
    assert alt.msgid == "Crowds outside the stadium"
    assert any("screen readers" in line for line in alt.comments)


def test_a_sentence_repeated_through_a_long_article_costs_linear_comparisons(tmp_path: Path, monkeypatch) -> None:
    """Issue: one sentence repeated through a 4 MB article took 30 s (a list scan per reference).

    Counted, not timed: reference comparisons stay in proportion to the occurrences."""
    sentence = "The park will attract over 100 companies with industrial scale exceeding 30 billion yuan by 2025."
    article = tmp_path / "repeated.txt"
    article.write_text(" date 2020-11-28 News / Metro\n\nHeadline\n\n" + f"{sentence}\n\n" * 3000, encoding="utf-8")
    document = segment_document(ingest_file(article))
    comparisons = 0
    original = Reference.__eq__

    def counted(self, other):  # noqa: ANN001, ANN202
        nonlocal comparisons
        comparisons += 1
        return original(self, other)

    monkeypatch.setattr(Reference, "__eq__", counted)
    (_, unit) = extract_units(document, reference_path="repeated.txt")
    assert len(unit.references) == 3000 and len(set(unit.references)) == 3000
    assert comparisons <= 2 * 3000  # a list scan per occurrence makes ~4.5 million


def test_an_article_over_the_size_limit_is_refused_with_its_name(tmp_path: Path) -> None:
    import subprocess
    import sys

    from l10n.limits import MAX_ARTICLE_BYTES

    article = tmp_path / "seeds" / "huge.txt"
    article.parent.mkdir()
    with article.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no disk used
    workflow = Path(__file__).resolve().parent.parent / "workflow.py"
    done = subprocess.run(
        [sys.executable, str(workflow), "extract", str(article), "--root", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(article) in lines[0] and "64 MiB limit" in lines[0], done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "locales" / "huge.pot").exists()
