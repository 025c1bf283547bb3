"""A unit longer than the model's position limit never stops `translate` (helper reader8's probe:
one unit of a real Rust blog post stopped the whole run). The model is a real tiny Argos package
(`tools/make_tiny_model.py`) with a short position limit; the article is a real one
(tests/data/probe8/SOURCES.md). The units over the limit are left untranslated, each named on one
warning line and recorded for QA; every other unit is translated; the command exits 0."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sentencepiece
from argos_fixtures import tiny_tool  # noqa: F401

from l10n.catalog.po import read_translations
from l10n.cli import main
from l10n.errors import EngineError
from l10n.mt.argos import ArgosEngine
from l10n.mt.base import translate_masked

ARTICLE = Path(__file__).parent / "data" / "probe8" / "rust-five-years-of-rust.md"
POSITIONS = 160  # source pieces + </s> must fit; several paragraphs of the article do not


@pytest.fixture
def project(tmp_path: Path, tiny_tool, monkeypatch) -> Path:  # noqa: F811
    packages = tmp_path / "argos-packages"
    packages.mkdir()
    archive = tiny_tool.build_package(tmp_path / "short.argosmodel", from_code="en", to_code="zh", positions=POSITIONS)
    shutil.unpack_archive(archive, packages, format="zip")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(ARTICLE, root / "seeds" / ARTICLE.name)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["zh_CN"]\n')
    assert main(["extract", str(root / "seeds"), "--locales", "zh_CN", "-q", "--root", str(root)]) == 0
    return root


def test_units_over_the_position_limit_are_left_out_and_named_the_rest_translated(project: Path, capsys) -> None:
    po = next((project / "locales" / "zh_CN" / "LC_MESSAGES").glob("*.po"))
    model = next((project.parent / "argos-packages").glob("*/sentencepiece.model"))
    pieces = sentencepiece.SentencePieceProcessor(model_file=str(model))
    units = read_translations(po)
    plain = [key for key in units if "{" not in key[1]]  # masks shorten placeholders: sizes of plain text only
    size = {key: len(pieces.encode(key[1])) for key in plain}
    too_long = {key for key in plain if size[key] >= POSITIONS}
    short = {key for key in plain if size[key] < POSITIONS - 1}
    assert 0 < len(too_long) < len(units) // 4  # the probe needs both kinds

    capsys.readouterr()
    status = main(["translate", "--engine", "argos", "--locales", "zh_CN", "--root", str(project)])
    err = capsys.readouterr().err

    assert status == 0
    after = read_translations(po)
    left = {key for key, unit in after.items() if not unit.msgstr}
    assert too_long <= left  # a unit the model cannot take is never written
    assert not left & short  # one refused unit costs no other unit its translation
    log = json.loads((project / "locales" / ".mt-failures.json").read_text(encoding="utf-8"))["failures"]
    assert {(f["msgctxt"], f["msgid"]) for f in log} == left
    assert all("refused it" in f["problem"] and "position" in f["problem"] for f in log)
    named = [line for line in err.splitlines() if line.startswith("  zh_CN rust-five-years-of-rust: ")]
    assert len(named) == min(10, len(left))  # one line per unit left out, naming article and unit
    assert all("refused" in line for line in named)


def test_an_engine_that_refuses_every_text_alone_stops_the_run(tmp_path: Path, tiny_tool) -> None:  # noqa: F811
    """A model with 4 positions refuses every sentence: that is a broken engine, not one long unit."""
    packages = tmp_path / "argos-packages"
    archive = tiny_tool.build_package(tmp_path / "tiny.argosmodel", from_code="en", to_code="zh", positions=4)
    shutil.unpack_archive(archive, packages, format="zip")
    engine = ArgosEngine(packages_dir=packages)
    with pytest.raises(EngineError, match="position"):
        translate_masked(engine, ["Shanghai is a big city.", "Baoshan is in Shanghai."], source="en", target="zh")


def test_in_one_batch_only_the_text_over_the_limit_is_refused(tmp_path: Path, tiny_tool) -> None:  # noqa: F811
    packages = tmp_path / "argos-packages"
    archive = tiny_tool.build_package(tmp_path / "tiny.argosmodel", from_code="en", to_code="zh", positions=POSITIONS)
    shutil.unpack_archive(archive, packages, format="zip")
    engine = ArgosEngine(packages_dir=packages)
    texts = ["Shanghai is a big city.", " ".join(["Baoshan is in Shanghai."] * 60), "Baoshan is {b_1}near{b_1_end}."]
    outcomes = translate_masked(engine, texts, source="en", target="zh")
    assert [outcome.ok for outcome in outcomes] == [True, False, True]
    assert "上海" in outcomes[0].result.text and "{b_1}" in outcomes[2].result.text
    assert outcomes[1].problem.startswith("argos refused it: ") and "position" in outcomes[1].problem
