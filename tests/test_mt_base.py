"""Masking, verification and the retry across mask styles; plus the engine conformance suite.

`EngineConformance` is subclassed by every engine's test module (pseudo, apertium, argos), the way
Translate Toolkit's storage tests share one unit test class.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l10n.errors import EngineError
from l10n.mt.base import (
    TOKEN_FORMAT,
    Engine,
    EngineResult,
    MaskStyle,
    PlaceholderError,
    mask,
    placeholders,
    translate_masked,
    unmask,
)

SEED_LIKE = [
    "Despite the COVID-19 pandemic, leading companies have signed agreements with a total investment of "
    "more than {money_1} ({money_2}) this year.",
    "The park has been launched in Luodian Town, which dates back to the Yuan Dynasty ({range_1}).",
    "“Biomedical will become a key pillar industry for Baoshan,” Chen Jie said on {weekday_1}.",
    "Read {a_1}the full report{a_1_end} from {date_1}.",
    "No placeholder here.",
]


class EngineConformance:
    """Behaviour every `Engine` must show. Subclasses provide `engine` (fixture) and `target`."""

    source = "en"
    target = "es"

    def test_is_an_engine(self, engine: Engine) -> None:
        assert isinstance(engine, Engine)
        assert engine.mask_styles, "at least one mask style"

    def test_supports_and_names_its_model(self, engine: Engine) -> None:
        assert engine.supports(self.source, self.target)
        model_id = engine.model_id(self.source, self.target)
        assert model_id and model_id == engine.model_id(self.source, self.target)

    def test_one_result_per_input_in_order(self, engine: Engine) -> None:
        texts = [f"Baoshan has {n} parks." for n in range(1, 30)]
        results = engine.translate_batch(texts, source=self.source, target=self.target)
        assert len(results) == len(texts)
        assert all(isinstance(r, EngineResult) and r.text for r in results)
        for n, result in enumerate(results, start=1):
            assert str(n) in result.text

    def test_empty_batch(self, engine: Engine) -> None:
        assert engine.translate_batch([], source=self.source, target=self.target) == []

    def test_placeholders_survive_masked_translation(self, engine: Engine) -> None:
        outcomes = translate_masked(engine, SEED_LIKE, source=self.source, target=self.target)
        assert [o.source for o in outcomes] == SEED_LIKE
        for outcome in outcomes:
            assert outcome.ok, outcome.problem
            assert sorted(placeholders(outcome.result.text)) == sorted(placeholders(outcome.source))

    def test_deterministic(self, engine: Engine) -> None:
        first = engine.translate_batch(SEED_LIKE, source=self.source, target=self.target)
        again = engine.translate_batch(SEED_LIKE, source=self.source, target=self.target)
        assert [r.text for r in first] == [r.text for r in again]


# --- masking -----------------------------------------------------------------------------------

NAMES = st.from_regex(r"[a-z]{1,8}_[1-9][0-9]?(_end)?", fullmatch=True)
PLAIN = st.text(alphabet=st.characters(blacklist_characters="{}⟦⟧<>", blacklist_categories=("Cs",)), max_size=20)


@given(st.lists(st.tuples(PLAIN, NAMES), max_size=6), PLAIN, st.sampled_from(["brace", "xml", "token"]))
def test_mask_then_unmask_round_trips(pieces: list[tuple[str, str]], tail: str, style: MaskStyle) -> None:
    text = "".join(f"{plain}{{{name}}}" for plain, name in pieces) + tail
    masked = mask(text, style)
    if style != "brace":
        assert "{" not in masked.text or not placeholders(masked.text)
    assert unmask(masked.text, masked) == text


def test_token_format_is_documented_form() -> None:
    masked = mask("more than {money_1} ({money_2})", "token")
    assert masked.text == "more than " + TOKEN_FORMAT.format(index=1) + " (" + TOKEN_FORMAT.format(index=2) + ")"


def test_repeated_placeholder_gets_one_mask_per_occurrence() -> None:
    masked = mask("{number_1} and again {number_1}", "token")
    assert masked.text == "⟦1⟧ and again ⟦2⟧"
    assert unmask("⟦2⟧ y otra vez ⟦1⟧", masked) == "{number_1} y otra vez {number_1}"
    with pytest.raises(PlaceholderError):
        unmask("⟦1⟧ y otra vez", masked)


def test_reordering_is_allowed_but_loss_duplication_and_invention_are_not() -> None:
    masked = mask("From {date_1} to {date_2}", "token")
    assert unmask("⟦2⟧ 至 ⟦1⟧", masked) == "{date_2} 至 {date_1}"
    for broken in ["只有 ⟦1⟧", "⟦1⟧ ⟦1⟧ ⟦2⟧", "⟦1⟧ ⟦2⟧ ⟦3⟧", "⟦1⟧ ⟦2", "⟦1⟧ {date_2}x {date_9}"]:
        with pytest.raises(PlaceholderError):
            unmask(broken, masked)


def test_xml_mask_accepts_the_form_apertium_writes_back() -> None:
    masked = mask("Cost {money_1} on {date_1}", "xml")
    assert masked.text == 'Cost <ph id="1"/> on <ph id="2"/>'
    assert unmask('Cuesta <ph id="1"></ph> en <ph id="2"/>', masked) == "Cuesta {money_1} en {date_1}"


def test_brace_mask_rejects_renamed_placeholders() -> None:
    masked = mask("Costs {money_1}", "brace")
    with pytest.raises(PlaceholderError, match="missing {money_1}"):
        unmask("Cuesta {dinero_1}", masked)


def test_text_already_containing_mask_characters_is_not_token_masked() -> None:
    with pytest.raises(PlaceholderError):
        mask("odd ⟦1⟧ text {x_1}", "token")


# --- translate_masked with small real engines (protocol implementations, not mocks) ----------


class DropsTokens:
    """Loses every `⟦N⟧` token but keeps braces: a neural model that mangles rare symbols."""

    name = "drops-tokens"
    mask_styles: tuple[MaskStyle, ...] = ("token", "brace")

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def supports(self, source: str, target: str) -> bool:
        return True

    def model_id(self, source: str, target: str) -> str:
        return "v1"

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list[EngineResult]:
        self.calls.append(list(texts))
        return [EngineResult(t.replace("⟦1⟧", "").lower()) for t in texts]


class AlwaysDrops(DropsTokens):
    name = "always-drops"

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list[EngineResult]:
        self.calls.append(list(texts))
        return [EngineResult(placeholder_free(t)) for t in texts]


def placeholder_free(text: str) -> str:
    for piece in ("⟦1⟧", "⟦2⟧", "{money_1}", "{money_2}", "{date_1}"):
        text = text.replace(piece, "")
    return text


def test_unit_retried_with_next_style_when_tokens_break() -> None:
    engine = DropsTokens()
    outcomes = translate_masked(engine, ["Costs {money_1}.", "Plain."], source="en", target="xx")
    assert [o.ok for o in outcomes] == [True, True]
    assert outcomes[0].style == "brace" and outcomes[0].result.text == "costs {money_1}."
    assert outcomes[1].style == "token"
    assert engine.calls == [["Costs ⟦1⟧.", "Plain."], ["Costs {money_1}."]]


def test_unit_left_untranslated_when_every_style_breaks() -> None:
    outcomes = translate_masked(AlwaysDrops(), ["Costs {money_1} on {date_1}."], source="en", target="xx")
    assert outcomes[0].result is None
    assert "brace" in outcomes[0].problem and "missing" in outcomes[0].problem


def test_engine_returning_wrong_count_is_an_engine_error() -> None:
    class Short(DropsTokens):
        def translate_batch(self, texts, *, source, target):
            return [EngineResult("x")]

    with pytest.raises(EngineError):
        translate_masked(Short(), ["a", "b"], source="en", target="xx")


@pytest.mark.parametrize("style", ["token", "xml"])
def test_an_address_mask_lost_or_repeated_is_a_broken_translation(style) -> None:
    """An address is masked like a placeholder; an output that drops or doubles its mask is
    refused (the URL would vanish or repeat), while placeholders alone still name what they miss."""
    masked = mask("See {a_1}github.com/GSA/data{a_1_end} now.", style)
    assert list(masked.mapping.values()) == ["{a_1}", "{a_1_end}", "github.com/GSA/data"]
    one, two, address = masked.mapping
    assert unmask(f"Mira {one}{address}{two} ya.", masked) == "Mira {a_1}github.com/GSA/data{a_1_end} ya."
    for broken in (f"Mira {one}{two} ya.", f"Mira {one}{address}{two} {address}."):
        with pytest.raises(PlaceholderError, match="addresses lost or repeated"):
            unmask(broken, masked)
