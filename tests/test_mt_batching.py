"""Batching changes no output: the tiny genuine argos model (`tools/make_tiny_model.py`, a real
CTranslate2 + SentencePiece model) on real news text, batched every way `translate` batches —
length-sorted, token-capped batches shared by two translator threads, `--batch-size` chunks,
beam search and greedy — gives exactly what one-sentence-at-a-time gives."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from argos_fixtures import en_zh_installed, packages_dir, tiny_packages, tiny_tool  # noqa: F401
from conftest import REPO, SEED

from l10n.locales import parse_locale
from l10n.mt.argos import ArgosEngine
from l10n.mt.base import translate_masked
from l10n.mt.batch import translate_project
from l10n.mt.registry import EngineSettings
from l10n.pipeline import extract_articles
from l10n.project import Project

pytestmark = pytest.mark.slow

REALWORLD = REPO / "tests" / "data" / "realworld"
PAGES = ("bbc-com-52241221.html", "cbsnews-com-carolina.html", "caymancompass-com-prison.html")


def real_sentences() -> list[str]:
    """Lines of the seed article and of real saved news pages (text between tags), long and short."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in PAGES:
        html = (REALWORLD / name).read_text(encoding="utf-8", errors="replace")
        paragraphs = re.findall(r"<p[^>]*>([^<]{20,400})</p>", html)
        lines += [" ".join(p.split()) for p in paragraphs[:8]]
    return list(dict.fromkeys(lines))


@pytest.mark.parametrize("beam_size", [4, 1])
def test_engine_batches_equal_one_sentence_at_a_time(en_zh_installed: Path, beam_size: int) -> None:
    texts = real_sentences()
    assert len(texts) > 30 and len({len(t) for t in texts}) > 20  # many inputs, lengths that vary
    batched = ArgosEngine(
        packages_dir=en_zh_installed, beam_size=beam_size, inter_threads=2, max_batch_tokens=64
    ).translate_batch(texts, source="en", target="zh")
    alone = ArgosEngine(packages_dir=en_zh_installed, beam_size=beam_size, inter_threads=1)
    singles = [alone.translate_batch([text], source="en", target="zh")[0] for text in texts]
    assert [r.text for r in batched] == [r.text for r in singles]
    assert [r.score for r in batched] == pytest.approx([r.score for r in singles], abs=1e-4)
    assert sum(r.text != t for r, t in zip(batched, texts)) > 5  # the glossary rewrote real sentences


def test_masked_batches_equal_one_at_a_time(en_zh_installed: Path) -> None:
    texts = [f"{text} ({{money_{n % 3 + 1}}})" for n, text in enumerate(real_sentences())]
    engine = ArgosEngine(packages_dir=en_zh_installed, inter_threads=2, max_batch_tokens=96)
    batched = translate_masked(engine, texts, source="en", target="zh")
    singles = [translate_masked(engine, [text], source="en", target="zh")[0] for text in texts]
    assert [(o.source, o.result and o.result.text, o.style, o.problem) for o in batched] == [
        (o.source, o.result and o.result.text, o.style, o.problem) for o in singles
    ]
    assert sum(o.ok for o in batched) > 0.8 * len(texts)  # (the tiny model cuts the longest inputs)


def catalogs(root: Path) -> dict[str, str]:
    """Every PO under locales/, without the header lines that carry the time of the run."""
    volatile = re.compile(r'^"(PO-Revision-Date|POT-Creation-Date): .*\n', re.MULTILINE)
    return {
        str(path.relative_to(root)): volatile.sub("", path.read_text(encoding="utf-8"))
        for path in sorted((root / "locales").rglob("*.po"))
    }


def test_translate_batch_size_changes_no_catalog_byte(tmp_path: Path, en_zh_installed: Path) -> None:
    """`translate --batch-size 1` and the default write the same catalogs from real articles."""
    written = {}
    for batch_size in (1, 256):
        root = tmp_path / f"batch-{batch_size}"
        root.mkdir()
        project = Project.open(root)
        project.seeds_dir.mkdir(parents=True)
        for name in PAGES[:2]:
            shutil.copy(REALWORLD / name, project.seeds_dir / name)
        locales = [parse_locale("zh_CN")]
        domains = [result.domain for result in extract_articles(project, [project.seeds_dir], locales=locales)]
        report = translate_project(
            project,
            locales=locales,
            domains=domains,
            engine_name="argos",
            batch_size=batch_size,
            settings=EngineSettings(packages_dir=en_zh_installed),
        )
        assert report.locales["zh_CN"].translated > 30 and report.failed == 0
        written[batch_size] = catalogs(root)
    assert len(written[1]) == 2
    assert written[1] == written[256]


@pytest.fixture
def capped_installed(packages_dir: Path, tiny_tool, tmp_path: Path) -> Path:
    """The tiny en→zh vocabulary with random weights: outputs that run to the decoding cap."""
    archive = tiny_tool.build_package(tmp_path / "random.argosmodel", from_code="en", to_code="zh", random_weights=True)
    shutil.unpack_archive(archive, packages_dir, format="zip")
    return packages_dir


@pytest.mark.parametrize("beam_size", [4, 1])
def test_capped_outputs_batched_by_decode_cost_equal_one_sentence_at_a_time(
    capped_installed: Path, beam_size: int
) -> None:
    """A model whose outputs run to the cap: batches cut by expected decoding cost (one batch per
    translator first, the rest re-cut from what it decoded) give what one sentence at a time gives."""
    texts = real_sentences()
    cap = 96
    engine = ArgosEngine(
        packages_dir=capped_installed,
        beam_size=beam_size,
        inter_threads=2,
        max_batch_tokens=256,
        max_decoding_length=cap,
    )
    batched = engine.translate_batch(texts, source="en", target="zh")
    [lengths] = engine._lengths.values()
    assert lengths.capped > 0.9 * len(texts)  # the capped kind: (nearly) every output ran to the cap
    assert lengths.expected(5, cap=cap) > 0.9 * cap  # ... and the engine learnt it from the first batch
    alone = ArgosEngine(packages_dir=capped_installed, beam_size=beam_size, inter_threads=1, max_decoding_length=cap)
    singles = [alone.translate_batch([text], source="en", target="zh")[0] for text in texts]
    assert [r.text for r in batched] == [r.text for r in singles]
    assert [r.score for r in batched] == pytest.approx([r.score for r in singles], abs=1e-4)
    again = engine.translate_batch(texts[::-1], source="en", target="zh")  # learnt: all batches at once
    assert [r.text for r in again] == [r.text for r in singles][::-1]
