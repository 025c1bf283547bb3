"""The blind Word and Markdown inputs (tests/data/blind, sources and licences in its SOURCES.md)
through the real chain — `l10n extract` → `translate --engine pseudo` → `qa` → `assemble` — against
independent readers (lxml over Word's `w:p`, markdown-it-py's paragraphs): the figures of
`bench/inputs.py` after the mends, each remaining miss named with its reason.

Blind first run (SOURCES.md): 1 file refused (a Word template), 8 reference paragraphs lost besides
it, 31 front-matter lines as units (TOML `+++`), 11 units of template syntax (Liquid), 48 units
translated and shown nowhere (image-only figures dropped; alt text of pictures no edition shows).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import bench_module

BLIND = Path(__file__).parent / "data" / "blind"
FILES = sorted(path for path in BLIND.rglob("*") if path.suffix in (".docx", ".md") and path.name != "SOURCES.md")

# Alt text of an image no edition shows, by design (DESIGN.md, "Word files" and "URLs"): a Word
# picture is not extracted; an image whose src the URL policy refuses (an .svg, which publish
# would copy into the site as a page that can run script; an absolute path, which depends on where
# the site is mounted) is dropped. Their alt units are still extracted: a translator's work no
# reader sees, left for the owners of assemble/publish to decide.
ALT_NOT_SHOWN = {
    "poi-bug57031.docx": 1,  # "Product-Limit Survival Curves" (twice, one unit): Word pictures
    "poi-stress009.docx": 1,  # a product photo's description: a Word picture
    "nodejs-diving-into-the-nodejs-website-redesign.md": 5,  # src "/static/images/…": absolute
    "nodejs-making-nodejs-downloads-reliable.md": 1,  # src "/static/images/…": absolute
    "rust-Rust-survey-2019.md": 28,  # 28 charts as .svg
    # rust-check-cfg.md: its cargo-check.svg alt "cargo-check" is the file's slug, no unit since session 14
    "k8s-en-2024-04-22-userns-beta.md": 1,  # a Hugo figure of "/images/…/image.svg": absolute, .svg
}
# Units with more than eight placeholders. Named so that a change shows; all but the first are
# prose dense with values or markup, which is what the placeholders are for:
CROWDED = {
    # its tax statement's amounts, typed as one paragraph broken by `w:br` (a column of figures):
    # since explore26 each line break is a `br`, so its nine lines are nine values and nine breaks
    "poi-IllustrativeCases.docx": 1,
    "poi-stress004.docx": 3,  # Persian footnotes citing hadith collections by volume and page
    "poi-stress010.docx": 3,  # Arabic UN report sentences listing figures (space-grouped: text)
    # (code spans are one placeholder each since inline code became a "code" placeable: the
    # sentences of code spans alone in nodejs-collab-summit, nodejs-domain-postmortem,
    # rust-check-cfg and rust-i128-layout-update left this list, two of rust-Rust-1.80.0's; its
    # last, "In 1.79, `rustc` stabilized…", left when a version opening a sentence became text)
    "nodejs-making-nodejs-downloads-reliable.md": 1,  # an arithmetic line of numbers
    "rust-Rust-2017-Survey-Results.md": 7,  # chart descriptions of percentages; bold themes
    "rust-all-hands-2026-retrospective.md": 4,  # links to six groups; note marks
    "rust-keyword-generics.md": 2,  # code spans and links
}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    inputs = bench_module("inputs")
    # Kubernetes' Japanese and Chinese posts state their language only by their folder (Hugo's
    # `content/ja/`): `extract` refuses them as they are (`l10n.ingest.scripts`), so with it stated
    languages = {"k8s-ja-2024-03-12-mid-cycle-1.30.md": "ja", "k8s-zh-cn-2019-04-26-latest-on-localization.md": "zh-CN"}
    files = inputs.with_stated_languages(FILES, languages, tmp_path_factory.mktemp("stated"))
    return {result.name: result for result in inputs.measure_together(files, tmp_path_factory.mktemp("blind"))}


@pytest.mark.slow
def test_corpus_is_what_sources_lists() -> None:
    sources = (BLIND / "SOURCES.md").read_text(encoding="utf-8")
    assert len(FILES) == 45 and sum(path.suffix == ".docx" for path in FILES) == 22  # 43 + two added after
    for path in FILES:
        assert path.name.split("-")[0] + "-" in sources


@pytest.mark.slow
def test_every_file_gives_units_and_no_reference_paragraph_is_lost(results) -> None:
    assert sorted(results) == sorted(path.name for path in FILES)
    assert {name: result.lost for name, result in results.items() if result.lost} == {}
    assert all(result.units > 0 for result in results.values())
    assert sum(result.reference for result in results.values()) > 7000


@pytest.mark.slow
def test_no_front_matter_or_template_syntax_becomes_a_unit(results) -> None:
    assert {name: result.front for name, result in results.items() if result.front} == {}
    assert {name: result.template for name, result in results.items() if result.template} == {}


@pytest.mark.slow
def test_every_translated_unit_is_shown_unless_qa_withheld_it_or_its_image_is_not_shown(results) -> None:
    assert {name: result.missing for name, result in results.items() if result.missing} == {}
    assert {name: len(r.unshown_alt) for name, r in results.items() if r.unshown_alt} == ALT_NOT_SHOWN
    for result in results.values():
        assert result.kept + result.withheld + len(result.unshown_alt) == result.translated > 0


@pytest.mark.slow
def test_qa_withholds_only_the_true_alarms(results) -> None:
    """51 units were withheld, 50 by `numbers` misreading versions ("ṽ0.12"); one holds a bidi
    control (U+202C) in poi-stress006's source: an error by design. Since session 11 QA's
    `addresses` check holds a unit whose web or email address changed; pseudo-translation keeps
    addresses as written (an accented one is another address), so the 103 units with an address
    in running text pass, and the one true alarm is all that is held."""
    assert {name: result.withheld for name, result in results.items() if result.withheld} == WITHHELD


WITHHELD = {"poi-stress006.docx": 1}  # the bidi control in its source


@pytest.mark.slow
def test_units_with_more_than_eight_placeholders_are_the_named_ones(results) -> None:
    assert {name: len(result.crowded) for name, result in results.items() if result.crowded} == CROWDED
