"""BPE Argos packages (`bpe.model`, Moses tokenisation) through the same engine path as SentencePiece.

The package is genuine and built offline (`tools/make_tiny_model.py --tokenizer bpe`): BPE codes
learned by subword-nmt from Moses-tokenised text, a real CTranslate2 model that copies its input
and substitutes en→de glossary names (Shanghai→Schanghai, Yangtze→Jangtse, Biomedical→Biomedizin). What comes out is checked
against sacremoses and Argos's own `BPETokenizer`, not against our code.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from argos_fixtures import packages_dir, tiny_bpe_package, tiny_tool  # noqa: F401
from conftest import SEED

from l10n.cli import main
from l10n.errors import EngineError
from l10n.mt import model_install, models
from l10n.mt.argos import ArgosEngine, loaded_models
from l10n.mt.base import translate_masked
from l10n.mt.tokenizers import BPETokenizer

SEED_LINES = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 30]
GLOSSARY = {"Shanghai": "Schanghai", "Yangtze": "Jangtse", "Biomedical": "Biomedizin"}


@pytest.fixture
def bpe_installed(packages_dir, tiny_bpe_package) -> models.ArgosPackage:
    return model_install.install_file(tiny_bpe_package, packages_dir=packages_dir)


def moses_copy(text: str) -> str:
    """What a copying model gives through Moses alone: tokenise (en), substitute words, detokenise (de)."""
    from sacremoses import MosesDetokenizer, MosesPunctNormalizer, MosesTokenizer

    tokens = MosesTokenizer("en").tokenize(MosesPunctNormalizer("en").normalize(text))
    return MosesDetokenizer("de").detokenize([GLOSSARY.get(token, token) for token in tokens])


def test_the_package_is_laid_out_as_argos_reads_it(tiny_bpe_package, bpe_installed):
    names = zipfile.ZipFile(tiny_bpe_package).namelist()
    assert "translate-en_de-1_0/bpe.model" in names and not any(n.endswith("sentencepiece.model") for n in names)
    codes = (bpe_installed.path / "bpe.model").read_text(encoding="utf-8").splitlines()
    assert codes[0] == "#version: 0.2" and len(codes) > 300
    assert all(len(line.split(" ")) == 2 for line in codes[1:])
    assert bpe_installed.tokenizer_kind == "bpe" and bpe_installed.describe == "en→de  1.0  bpe"


def test_seed_sentences_translate_like_moses_with_the_glossary(bpe_installed, packages_dir):
    engine = ArgosEngine(packages_dir=packages_dir)
    results = engine.translate_batch(SEED_LINES, source="en", target="de")
    assert [r.text for r in results] == [moses_copy(line) for line in SEED_LINES]
    joined = " ".join(r.text for r in results)
    assert "Schanghai" in joined and "Jangtse" in joined and "Biomedizin" in joined
    assert not re.search(r"\b(Shanghai|Yangtze|Biomedical)\b", joined)


def test_segmentation_and_detokenisation_agree_with_argostranslate(bpe_installed):
    from argostranslate.tokenizer import BPETokenizer as ArgosBPETokenizer

    theirs = ArgosBPETokenizer(bpe_installed.tokenizer_file, "en", "de")
    ours = BPETokenizer(bpe_installed.tokenizer_file, source="en", target="de")
    encoded = ours.encode(SEED_LINES)
    assert encoded == [theirs.encode(line) for line in SEED_LINES]
    assert any("@@" in token for tokens in encoded for token in tokens)  # words really were split
    assert [ours.decode(tokens) for tokens in encoded] == [theirs.decode(tokens) for tokens in encoded]


def test_placeholders_survive_the_moses_and_bpe_round_trip(bpe_installed, packages_dir):
    engine = ArgosEngine(packages_dir=packages_dir)
    texts = [
        "The {number_1}-year-old town is in {a_1}north{a_1_end} Shanghai, and it is growing.",
        "Investment reached {money_1} ({money_2}) this year, officials said on {date_1}.",
    ]
    outcomes = translate_masked(engine, texts, source="en", target="de")
    assert [o.problem for o in outcomes] == ["", ""]
    # a mask is one Moses token (as `⟦1⟧`), so it keeps its place and its spacing
    assert (
        outcomes[0].result.text
        == "The {number_1}-year-old town is in {a_1}north{a_1_end} Schanghai, and it is growing."
    )


def test_translate_command_fills_a_catalog_with_a_bpe_model(bpe_installed, packages_dir, project_root, capsys):
    assert main(["extract", str(project_root / "seeds"), "--root", str(project_root), "--locales", "de"]) == 0
    code = main(
        [
            "translate",
            "--root",
            str(project_root),
            "--locales",
            "de",
            "--engine",
            "argos",
            "--packages-dir",
            str(packages_dir),
        ]
    )
    assert code == 0, capsys.readouterr().err
    po = next((project_root / "locales" / "de" / "LC_MESSAGES").glob("*.po")).read_text(encoding="utf-8")
    assert "# mt: argos argos:translate-en_de-1_0@1.0" in po
    assert "Schanghai" in po
    assert str(bpe_installed.path.resolve()) not in loaded_models()  # the locale is done: model released


def test_a_malformed_codes_file_is_a_one_line_error_not_an_exit(bpe_installed, packages_dir):
    codes = bpe_installed.path / "bpe.model"
    lines = codes.read_text(encoding="utf-8").splitlines()
    codes.write_text("\n".join([*lines[:5], "abc", *lines[5:]]) + "\n", encoding="utf-8")
    with pytest.raises(EngineError, match=r"bpe\.model:6: a BPE merge is two symbols"):
        ArgosEngine(packages_dir=packages_dir).translate_batch(["The town."], source="en", target="de")
    codes.write_text("#version: 0.9\na b\n", encoding="utf-8")
    with pytest.raises(EngineError, match=r"bpe\.model:1: BPE codes version '0\.9'"):
        BPETokenizer(codes, source="en", target="de")


def test_the_bpe_package_is_byte_deterministic(tmp_path, tiny_tool, tiny_bpe_package):
    again = tiny_tool.build_package(tmp_path / "again.argosmodel", from_code="en", to_code="de", tokenizer="bpe")
    assert again.read_bytes() == Path(tiny_bpe_package).read_bytes()
