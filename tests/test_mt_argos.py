"""The argos engine with a real (tiny) CTranslate2 + SentencePiece model: glossary, copy, masks, pivot."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from argos_fixtures import TOOL, en_zh_installed, packages_dir, tiny_packages, tiny_tool  # noqa: F401
from hypothesis import given
from hypothesis import strategies as st
from test_mt_base import EngineConformance

from l10n.errors import EngineUnavailable
from l10n.mt.argos import ArgosEngine
from l10n.mt.base import Engine, translate_masked
from l10n.mt.decode_cost import balanced_batches

GLOSSARY_ZH = {
    "Baoshan": "宝山",
    "Shanghai": "上海",
    "Luodian": "罗店",
    "Yangtze": "长江",
    "China": "中国",
    "Biomedical": "生物医药",
}


@pytest.fixture
def engine(en_zh_installed) -> ArgosEngine:
    return ArgosEngine(packages_dir=en_zh_installed)


@pytest.fixture
def pivot_engine(packages_dir, tiny_packages) -> ArgosEngine:
    """en→zh only through German: en→de and de→zh installed."""
    for pair in (("en", "de"), ("de", "zh")):
        shutil.unpack_archive(tiny_packages[pair], packages_dir, format="zip")
    return ArgosEngine(packages_dir=packages_dir)


class TestArgosConformance(EngineConformance):
    target = "zh"


class TestArgosPivotConformance(EngineConformance):
    target = "zh"

    @pytest.fixture
    def engine(self, pivot_engine) -> ArgosEngine:
        return pivot_engine


def expected_zh(text: str) -> str:
    """What the tiny en→zh model must output: glossary words at word starts (after a space) replaced."""
    pattern = re.compile(r"(?:(?<=^)|(?<= ))(" + "|".join(GLOSSARY_ZH) + r")(?![A-Za-z0-9])")
    return pattern.sub(lambda match: GLOSSARY_ZH[match.group(1)], text)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_tiny_model_is_byte_deterministic_and_small(tmp_path, tiny_packages):
    again = tmp_path / "again.argosmodel"
    subprocess.run(
        [sys.executable, str(TOOL), "--from", "en", "--to", "zh", "--out", str(again)],
        check=True,
        capture_output=True,
    )
    assert sha256(again) == sha256(tiny_packages[("en", "zh")])
    with zipfile.ZipFile(again) as archive:
        sizes = {Path(info.filename).name: info.file_size for info in archive.infolist()}
    assert sizes["sentencepiece.model"] < 1_000_000
    assert {"metadata.json", "model.bin", "config.json"} <= set(sizes)


def test_other_pairs_give_other_models(tiny_packages):
    assert sha256(tiny_packages[("en", "zh")]) != sha256(tiny_packages[("en", "de")])


def test_engine_substitutes_the_glossary_and_copies_the_rest(en_zh_installed):
    engine = ArgosEngine(packages_dir=en_zh_installed)
    [result] = engine.translate_batch(["Baoshan is in Shanghai."], source="en", target="zh")
    assert result.text == "宝山 is in 上海."
    assert result.score is not None and -0.01 < result.score <= 0.0


def test_engine_satisfies_the_protocol_and_names_its_model(en_zh_installed):
    engine = ArgosEngine(packages_dir=en_zh_installed)
    assert isinstance(engine, Engine)
    assert engine.supports("en", "zh") and not engine.supports("zh", "en")
    assert engine.model_id("en", "zh") == "argos:translate-en_zh-1_0@1.0"


def test_seed_article_lines_keep_every_character(en_zh_installed, seed_path):
    """No-break spaces, curly quotes, digits and punctuation of a real article survive unchanged."""
    lines = [line for line in seed_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert any("\u00a0" in line for line in lines) and any("“" in line for line in lines)
    results = ArgosEngine(packages_dir=en_zh_installed).translate_batch(lines, source="en", target="zh")
    assert [r.text for r in results] == [expected_zh(line) for line in lines]
    assert any("宝山" in r.text for r in results)


def test_placeholder_tokens_survive_through_base_masking(en_zh_installed):
    texts = [
        "Baoshan invested {money_1} ({money_2}) in {date_1}.",
        "The park in Luodian covers {quantity_1}, {percent_1} more than in {range_1}.",
        "No placeholder here.",
    ]
    outcomes = translate_masked(ArgosEngine(packages_dir=en_zh_installed), texts, source="en", target="zh")
    assert [o.style for o in outcomes] == ["token", "token", "token"]
    assert [o.result.text for o in outcomes] == [
        "宝山 invested {money_1} ({money_2}) in {date_1}.",
        "The park in 罗店 covers {quantity_1}, {percent_1} more than in {range_1}.",
        "No placeholder here.",
    ]


def test_a_batch_of_500_returns_500_results_in_order(en_zh_installed):
    texts = [f"Unit {n}: Shanghai plans {n * 7} parks by {2020 + n % 9}." for n in range(500)]
    texts[17] = ""  # a blank unit passes through untouched
    results = ArgosEngine(packages_dir=en_zh_installed, beam_size=1).translate_batch(texts, source="en", target="zh")
    assert len(results) == 500
    assert [r.text for r in results] == [expected_zh(t) for t in texts]


def test_missing_pair_error_names_the_install_command(en_zh_installed):
    engine = ArgosEngine(packages_dir=en_zh_installed)
    with pytest.raises(EngineUnavailable) as caught:
        engine.translate_batch(["Hello"], source="en", target="ja")
    assert "l10n models install en ja" in str(caught.value)
    assert "install-file" in str(caught.value)


def test_pivot_chains_two_models_through_the_middle_language(pivot_engine):
    assert pivot_engine.supports("en", "zh")
    assert pivot_engine.model_id("en", "zh") == "argos:translate-en_de-1_0@1.0+translate-de_zh-1_0@1.0"
    [result] = pivot_engine.translate_batch(["Baoshan is in Shanghai and the town."], source="en", target="zh")
    assert result.text == "宝山 ist in 上海 und the Stadt."  # en→de glossary, then de→zh glossary


def test_direct_model_wins_over_a_pivot(packages_dir, tiny_packages):
    for pair in (("en", "de"), ("de", "zh"), ("en", "zh")):
        shutil.unpack_archive(tiny_packages[pair], packages_dir, format="zip")
    engine = ArgosEngine(packages_dir=packages_dir)
    assert engine.model_id("en", "zh") == "argos:translate-en_zh-1_0@1.0"
    assert engine.translate_batch(["Baoshan is here."], source="en", target="zh")[0].text == "宝山 is here."


def test_target_prefix_is_sent_and_stripped(packages_dir, tiny_packages):
    """Packages may declare a `target_prefix` (multilingual models): forced first, never in the text.

    The copy model's decoder step t reads source position t, so a forced prefix shifts the copy by
    one piece: the first source word is dropped — proof the prefix was sent — and the prefix itself
    does not appear at the start.
    """
    import json

    shutil.unpack_archive(tiny_packages[("en", "zh")], packages_dir, format="zip")
    metadata_path = packages_dir / "translate-en_zh-1_0" / "metadata.json"
    metadata = json.loads(metadata_path.read_text())
    metadata["target_prefix"] = "▁上海"
    metadata_path.write_text(json.dumps(metadata))
    [result] = ArgosEngine(packages_dir=packages_dir).translate_batch(
        ["Baoshan is in Shanghai."], source="en", target="zh"
    )
    assert result.text == "is in 上海."


def test_mixed_lengths_in_many_small_batches_come_back_in_order(en_zh_installed, seed_path):
    lines = [line.strip() for line in seed_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [line[: 5 + (n * 37) % 200] for n, line in enumerate(lines * 3)]
    engine = ArgosEngine(packages_dir=en_zh_installed, beam_size=1, inter_threads=2, max_batch_tokens=64)
    results = engine.translate_batch(texts, source="en", target="zh")
    assert [r.text for r in results] == [expected_zh(t) for t in texts]


@given(
    lengths=st.lists(st.integers(min_value=0, max_value=300), max_size=300),
    max_tokens=st.integers(min_value=1, max_value=4096),
    workers=st.integers(min_value=1, max_value=4),
)
def test_balanced_batches_cover_every_input_once_in_length_order(lengths, max_tokens, workers):
    batches = balanced_batches(lengths, max_tokens=max_tokens, workers=workers)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    assert all(batches)
    rounds = -(-sum(max(1, n) for n in lengths) // max_tokens)
    assert len(batches) <= min(len(lengths), -(-rounds // workers) * workers)
    # Sorted by length, longest batch first: no batch mixes in an input longer than the previous one's.
    flat = [lengths[i] for batch in batches for i in batch]
    assert flat == sorted(flat, reverse=True)


def test_balanced_batches_give_equal_inputs_to_every_worker():
    batches = balanced_batches([30] * 256, max_tokens=1024, workers=2)
    assert len(batches) % 2 == 0
    assert {len(batch) for batch in batches} == {256 // len(batches)}


@given(
    lengths=st.lists(st.integers(min_value=0, max_value=300), max_size=200),
    cap=st.integers(min_value=1, max_value=256),
    ratio=st.floats(min_value=0.0, max_value=4.0),
    workers=st.integers(min_value=1, max_value=4),
)
def test_decode_cost_batches_cover_every_input_once_within_both_budgets(lengths, cap, ratio, workers):
    steps = [min(cap, int(ratio * n) + 1) for n in lengths]  # non-decreasing in length, as learnt ones are
    batches = balanced_batches(lengths, max_tokens=1024, workers=workers, steps=steps, budget=2048)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    assert all(batches)
    weight = sum(max(max(1, n) * 2048, s * 1024) for n, s in zip(lengths, steps))
    rounds = -(-weight // (1024 * 2048))
    assert len(batches) <= min(len(lengths), -(-rounds // workers) * workers)
    flat = [lengths[i] for batch in batches for i in batch]
    assert flat == sorted(flat, reverse=True)


def test_outputs_that_run_to_the_cap_get_equal_batches_whatever_their_input_length():
    lengths = [8 + n % 30 for n in range(120)]  # 2,700 tokens: by tokens alone, 4 batches
    by_tokens = [len(b) for b in balanced_batches(lengths, max_tokens=1024, workers=2)]
    assert len(by_tokens) == 4 and by_tokens == sorted(by_tokens) and by_tokens[-1] > 40
    batches = balanced_batches(lengths, max_tokens=1024, workers=2, steps=[128] * 120)
    assert [len(b) for b in batches] == [15] * 8  # 120 × 128 steps / 2,048 per batch
