"""Pseudo-localisation: looks translated, ~1/3 longer, bracketed, placeholders exact."""

from __future__ import annotations

import re

import pytest
from conftest import SEED
from test_mt_base import SEED_LIKE, EngineConformance

from l10n.mt.base import placeholders
from l10n.mt.pseudo import PseudoEngine, pseudo_localise


class TestPseudoConformance(EngineConformance):
    target = "de"

    @pytest.fixture
    def engine(self) -> PseudoEngine:
        return PseudoEngine()


SEED_LINES = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 40]


@pytest.mark.parametrize("text", SEED_LINES + SEED_LIKE[:4])
def test_expands_by_about_a_third_and_brackets(text: str) -> None:
    out = pseudo_localise(text)
    assert out.startswith("[!! ") and out.endswith(" !!]")
    assert 1.30 <= len(out) / len(text) <= 1.40 + 8 / len(text)


@pytest.mark.parametrize("text", SEED_LINES + SEED_LIKE)
def test_no_ascii_letter_left_outside_placeholders(text: str) -> None:
    out = pseudo_localise(text)
    assert placeholders(out) == placeholders(text)
    outside = re.sub(r"\{[A-Za-z_][A-Za-z0-9_]*\}", "", out)
    assert not re.search(r"[A-Za-z]", outside), outside


def test_keeps_non_ascii_characters_of_the_seed() -> None:
    text = "“Biomedical,” Chen\u00a0Jie said."
    out = pseudo_localise(text)
    assert "“" in out and "”" in out and "\u00a0" in out
