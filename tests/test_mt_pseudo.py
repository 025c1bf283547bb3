"""Pseudo-localisation: looks translated, ~1/3 longer, bracketed, placeholders exact."""

from __future__ import annotations

import re
from pathlib import Path

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


def _address_lines() -> list[str]:
    """Prose lines holding an address, from real posts nobody here wrote (tests/data/blind/md)."""
    from l10n.urls import addresses

    lines = []
    for post in sorted((Path(__file__).parent / "data" / "blind" / "md").glob("nodejs-*.md")):
        for line in post.read_text(encoding="utf-8").splitlines():
            if addresses(line) and not line.lstrip().startswith(("[", "!", "<", "|", "```", "    ")):
                lines.append(line)
    return lines


def test_addresses_in_real_prose_are_kept_as_written_and_pass_qa() -> None:
    """An accented address is another address (QA's `addresses` error): pseudo keeps each as written
    and accents the words around it."""
    from l10n.locales import TargetLocale
    from l10n.qa.addresses import addresses_kept
    from l10n.qa.registry import CheckedUnit
    from l10n.urls import addresses

    lines = _address_lines()
    assert len(lines) >= 10
    for line in lines:
        out = pseudo_localise(line)
        assert addresses(out) == addresses(line), line
        unit = CheckedUnit(msgid=line, msgstr=out, locale=TargetLocale("de"))
        assert addresses_kept(unit) is None, line
        words = re.sub(r"\S*[./@]\S*", "", line)
        if re.search(r"\b[a-z]{4,}\b", words):
            assert out != line
