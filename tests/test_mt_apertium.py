"""Apertium for real (Debian apertium + apertium-eng-spa / -eng-cat): placeholders survive."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import SEED
from test_mt_base import EngineConformance

from l10n.errors import EngineUnavailable
from l10n.mt.apertium import ApertiumEngine, from_html, iso_639_3, to_html
from l10n.mt.base import placeholders, translate_masked

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Debian package apertium not installed")


@pytest.fixture
def engine() -> ApertiumEngine:
    return ApertiumEngine()


class TestApertiumConformance(EngineConformance):
    target = "es"


class TestApertiumCatalanConformance(EngineConformance):
    target = "ca"


def test_spanish_translation_with_placeholders(engine: ApertiumEngine) -> None:
    [outcome] = translate_masked(
        engine, ["It costs more than {money_1} ({money_2}) this year."], source="en", target="es"
    )
    assert outcome.ok, outcome.problem
    assert outcome.result.text == "Cuesta más de {money_1} ({money_2}) este año."


def test_web_addresses_come_back_as_written(engine: ApertiumEngine) -> None:
    """18F's "How we built analytics.usa.gov" lists `[github.com/GSA/analytics.usa.gov](…) - The
    dashboard itself.`: Apertium gave "github.com/gsa/…", QA's `addresses` held the unit back.
    Addresses are masked like placeholders, so each comes back letter for letter."""
    texts = [
        "{a_1}github.com/GSA/analytics.usa.gov{a_1_end} - The dashboard itself.",
        "{a_1}https://github.com/GSA/data/raw/master/dotgov-domains/current-full.csv{a_1_end}",
        "Email vote@NYCHA.nyc.gov or see https://www.apnews.com/Brexit, then https://www.apnews.com/Brexit again.",
    ]
    outcomes = translate_masked(engine, texts, source="en", target="es")
    assert all(outcome.ok for outcome in outcomes), [outcome.problem for outcome in outcomes]
    assert outcomes[0].result.text.startswith("{a_1}github.com/GSA/analytics.usa.gov{a_1_end} - ")
    assert outcomes[1].result.text == texts[1]
    assert outcomes[2].result.text.count("https://www.apnews.com/Brexit") == 2
    assert "vote@NYCHA.nyc.gov" in outcomes[2].result.text


def test_tag_pairs_keep_their_words_inside(engine: ApertiumEngine) -> None:
    [outcome] = translate_masked(engine, ["Click {a_1}here{a_1_end} to read."], source="en", target="es")
    assert outcome.result.text == "Clic {a_1}aquí{a_1_end} para leer."


def test_whole_seed_in_one_batch_keeps_count_order_and_markup_characters(engine: ApertiumEngine) -> None:
    lines = [l.strip() for l in SEED.read_text(encoding="utf-8").splitlines() if l.strip()]
    lines += ["Shanghai & Baoshan <b>bold</b> {number_1} > 5"]
    outcomes = translate_masked(engine, lines, source="en", target="es")
    assert len(outcomes) == len(lines)
    assert all(o.ok for o in outcomes)
    assert "parque" in outcomes[lines.index(next(l for l in lines if l.startswith("Leading experts")))].result.text
    last = outcomes[-1].result.text
    assert "&" in last and "<b>" in last and "{number_1}" in last and "&amp;" not in last


def test_unknown_word_marks_are_dropped_and_said_so(engine: ApertiumEngine) -> None:
    [result] = engine.translate_batch(["Zzyzx frobnicates the park."], source="en", target="es")
    assert "*" not in result.text and "parque" in result.text
    assert engine.model_id("en", "es").endswith("no-unknown-marks")


def test_model_id_names_pair_and_debian_version(engine: ApertiumEngine) -> None:
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "apertium-eng-spa"], capture_output=True, text=True, check=True
    ).stdout
    assert engine.model_id("en", "es") == f"eng-spa/{version}/no-unknown-marks"


def test_a_mode_files_version_is_its_owners_as_dpkg_search_finds_it() -> None:
    """The probe of the pair's own packages (`--show`, then `--listfiles` as proof) gives what
    `dpkg-query --search` then `--show` give, for every file in the modes folder: plain pairs,
    regional variants and the README (those two through the search); none for a file no
    package owns."""
    from pathlib import Path

    from l10n.mt.apertium import (
        MODES_DIR,
        _pair_package_version,
        _searched_package_version,
        listed_package_version,
        package_version,
    )

    files = sorted(MODES_DIR.iterdir())
    assert any(_pair_package_version(path) for path in files)  # the usual way for a plain pair
    assert any(listed_package_version(path) for path in files)  # read from dpkg's files
    for path in files:
        searched = _searched_package_version(path)
        assert searched and package_version(path) == searched, path
        assert _pair_package_version(path) in (None, searched), path
        assert listed_package_version(path) in (None, searched), path
        assert listed_package_version(path) == _pair_package_version(path), path  # the same pairs answered
    stray = Path("/nonexistent/eng-spa.mode")
    assert listed_package_version(stray) is None
    assert _pair_package_version(stray) is None and package_version(stray) == "unknown-version"


def test_the_version_probe_starts_no_process_for_a_plain_pair(tmp_path, monkeypatch, engine: ApertiumEngine) -> None:
    """`dpkg-query --search` read every installed package's file list (~60 ms of CPU) on each
    `translate` that did work; then the pair's own packages were asked (`--show`, then
    `--listfiles`: two processes, ~20 ms); now dpkg's own files say, once a process, and a
    regional variant (not a plain pair) is still found by the search."""
    import os

    from l10n.mt.apertium import MODES_DIR, package_version

    log = tmp_path / "calls.log"
    shim = tmp_path / "dpkg-query"
    shim.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$1" >> {log}\nexec {shutil.which("dpkg-query")} "$@"\n', encoding="utf-8"
    )
    shim.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    package_version.cache_clear()
    first = engine.model_id("en", "es")
    assert engine.model_id("en", "es") == first and engine.model_id("es", "en").startswith("spa-eng/")
    calls = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    assert calls == [], calls  # en→es, then es→en: from dpkg's files
    assert package_version(MODES_DIR / "spa-eng_US.mode") == engine.model_id("es", "en").split("/")[1]
    assert log.read_text(encoding="utf-8").splitlines() == ["-S", "-W"]  # a variant: searched, as before
    package_version.cache_clear()


def test_missing_pair_names_the_install_command(engine: ApertiumEngine) -> None:
    assert not engine.supports("en", "ja")
    with pytest.raises(EngineUnavailable, match="apt-get install apertium-eng-jpn"):
        engine.translate_batch(["Hello."], source="en", target="ja")


def test_language_codes_map_to_iso_639_3() -> None:
    assert [iso_639_3(c) for c in ("en", "es", "ca", "zh", "eng")] == ["eng", "spa", "cat", "zho", "eng"]


def test_every_two_letter_code_maps_as_the_whole_table_says_without_parsing_it(monkeypatch) -> None:
    """Debian's table is 875 KB of JSON: each code is found by its entry's text and that entry
    parsed alone (~9 ms of CPU a `translate` saved), with the same answer as the whole table for
    every code it has; a code it lacks is still looked for in the whole table, and kept."""
    import json

    from l10n.mt import apertium

    table = json.loads(apertium.ISO_639_3_JSON.read_text(encoding="utf-8"))["639-3"]
    expected: dict[str, str] = {}
    for entry in table:
        if "alpha_2" in entry:
            expected.setdefault(entry["alpha_2"], entry["alpha_3"])
    assert len(expected) > 150  # the real table
    parsed: list[int] = []
    monkeypatch.setattr(
        apertium.json, "loads", lambda text, _loads=json.loads: parsed.append(len(text)) or _loads(text)
    )
    iso_639_3.cache_clear()
    try:
        assert {code: iso_639_3(code) for code in expected} == expected
        assert max(parsed) < 1000, max(parsed)  # entries, never the table
        assert iso_639_3("qq") == "qq" and max(parsed) > 800_000  # no entry: the whole table said so
    finally:
        iso_639_3.cache_clear()


def test_html_framing_round_trips_without_apertium() -> None:
    texts = ['a < b & "c"', 'x <ph id="1"/> y', "⟦1⟧"]
    assert from_html(to_html(texts)) == texts
    assert placeholders(from_html(to_html(["{a_1}"]))[0]) == ["{a_1}"]


def test_a_dropped_possessive_leaves_no_double_space() -> None:
    engine = ApertiumEngine()
    if not engine.supports("en", "es"):
        pytest.skip("apertium-eng-spa is not installed (scripts/setup.sh installs it)")
    [result] = engine.translate_batch(
        ["They offered suggestions for Baoshan’s new biomedical park."], source="en", target="es"
    )
    assert "  " not in result.text and "Baoshan" in result.text
