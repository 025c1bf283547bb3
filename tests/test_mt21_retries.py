"""A run's mask-style retries pooled (session 21, issue 16's cold `translate auto`).

`GroupRun` sends every batch with the engine's first mask style, then the texts whose masks
broke, of all batches together, with the next style: Apertium paid one pipeline run (~0.25 CPU s
of dictionaries loading) per batch that had any such text (28 of 76 runs at 300 chain articles),
now one per `batch_size` of them. The first pass is the batches as they were, so what passed
there is the same text; a text no style carries fails with the problem it had.

The texts are real news sentences whose `⟦N⟧` tokens real Apertium (`apertium-eng-spa`) breaks
("a ⟦1⟧-year-old man": the number is glued into a multiword and moved), beside ones it keeps.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from test_mt_base import AlwaysDrops, DropsTokens

from l10n.memory.cache import MTCache
from l10n.mt.apertium import ApertiumEngine
from l10n.mt.base import EngineResult, translate_masked
from l10n.mt.executors import run_local
from l10n.mt.group import GroupRun
from l10n.mt.progress import Progress
from l10n.mt.terms import TermProtector

BROKEN_BY_TOKENS = [
    "The {number_1}-year-old killer had kept a bracelet of the victim's.",
    "A {number_1}-year-old man was arrested by Thames Valley Police on suspicion of murder.",
    "The man was a {number_1}-year-old contract worker from Cambridgeshire, England.",
]
KEPT = [
    "It costs more than {money_1} ({money_2}) this year.",
    "The company paid {money_1} to the workers on {date_1}.",
    "The storm moved north on Tuesday.",
]


class CountingApertium(ApertiumEngine):
    """Real Apertium, its batches (one pipeline run each) recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list[EngineResult]:
        self.calls.append(list(texts))
        return super().translate_batch(texts, source=source, target=target)


def _group_run(engine, cache: MTCache, target: str = "es") -> GroupRun:
    return GroupRun(
        engine, cache, model_id=engine.model_id("en", target), source="en", target=target,
        meter=Progress(enabled=False),
    )  # fmt: skip


def _translate(run: GroupRun, texts: list[str], batch_size: int) -> tuple[dict[str, str], dict[str, str]]:
    """(translation, problem) by source text."""
    protector = TermProtector({})
    items = [protector.protect(text) for text in texts]
    results = run.translate(items, batch_size=batch_size, executor=run_local)
    found = {item.source: results[item.key].text for item in items if item.key in results}
    problems = {item.source: run.problems[item.key] for item in items if item.key in run.problems}
    return found, problems


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Debian package apertium not installed")
def test_apertium_retries_of_every_batch_take_one_pipeline_run(tmp_path: Path) -> None:
    texts = [text for pair in zip(BROKEN_BY_TOKENS, KEPT) for text in pair]  # each batch of three has one or two
    alone = [translate_masked(ApertiumEngine(), texts[i : i + 3], source="en", target="es") for i in (0, 3)]
    first_pass = {o.source: o.result.text for batch in alone for o in batch if o.style == "token"}
    assert set(first_pass) == set(KEPT), "the sentences chosen no longer break (or keep) Apertium's tokens"
    engine = CountingApertium()
    with MTCache(tmp_path / "cache.sqlite3") as cache:
        found, problems = _translate(_group_run(engine, cache), texts, batch_size=3)
    assert not problems
    assert len(engine.calls) == 3  # two batches, then one retry for the three (batch by batch: four)
    assert sorted(engine.calls[-1]) == sorted(t.replace("{number_1}", '<ph id="1"/>') for t in BROKEN_BY_TOKENS)
    assert {text: found[text] for text in KEPT} == first_pass
    assert all("{number_1}" in found[text] for text in BROKEN_BY_TOKENS)


def test_a_text_no_style_carries_fails_as_it_did_batch_by_batch(tmp_path: Path) -> None:
    texts = ["Costs {money_1}.", "Plain.", "Paid {money_1} on {date_1}.", "Also plain."]
    expected = {
        o.source: o.problem for o in translate_masked(AlwaysDrops(), texts, source="en", target="xx") if not o.ok
    }
    engine = AlwaysDrops()
    with MTCache(tmp_path / "cache.sqlite3") as cache:
        found, problems = _translate(_group_run(engine, cache, "xx"), texts, batch_size=2)
    assert problems == expected and set(problems) == {texts[0], texts[2]}
    assert set(found) == {"Plain.", "Also plain."}
    assert [len(call) for call in engine.calls] == [2, 2, 2]  # two batches, one retry with braces


def test_pooled_retry_gives_what_each_batch_gave(tmp_path: Path) -> None:
    texts = ["Costs {money_1}.", "Plain.", "Paid {money_1}.", "Also plain.", "Cheap."]
    alone = {o.source: o.result.text for o in translate_masked(DropsTokens(), texts, source="en", target="xx")}
    engine = DropsTokens()
    with MTCache(tmp_path / "cache.sqlite3") as cache:
        found, problems = _translate(_group_run(engine, cache, "xx"), texts, batch_size=2)
    assert not problems and found == alone
    assert engine.calls[-1] == ["Costs {money_1}.", "Paid {money_1}."] and len(engine.calls) == 4
