"""CJK post-processing on MT-like output the engines really produce."""

from __future__ import annotations

import pytest

from l10n.mt.base import placeholders
from l10n.mt.cjk import postprocess_cjk

CASES = [
    ("宝山 是 上海 的 一个 区.", "zh", "宝山是上海的一个区。"),
    ("宝山 is in 上海, costing {money_1} ({money_2}).", "zh", "宝山 is in 上海，costing {money_1}（{money_2}）。"),
    ("他说: 好的; 明天 见!", "zh", "他说：好的；明天见！"),
    ("他们 来自 北京 吗 ?", "zh", "他们来自北京吗？"),
    ("投资 增长 了 3.5 倍, 共 {number_1} 家 企业", "zh", "投资增长了 3.5 倍，共 {number_1} 家企业"),
    ("時刻 は 10:30 です.", "ja", "時刻は 10:30 です。"),
    ("宝山, 上海", "ja", "宝山、上海"),
    ("参见 {a_1}报告{a_1_end}.", "zh", "参见 {a_1}报告{a_1_end}。"),
    ("等等...", "zh", "等等……"),
]


@pytest.mark.parametrize(("raw", "language", "expected"), CASES)
def test_full_width_punctuation_and_no_spaces(raw: str, language: str, expected: str) -> None:
    assert postprocess_cjk(raw, language=language) == expected


@pytest.mark.parametrize(("raw", "language", "expected"), CASES)
def test_placeholders_untouched_and_idempotent(raw: str, language: str, expected: str) -> None:
    once = postprocess_cjk(raw, language=language)
    assert placeholders(once) == placeholders(raw)
    assert postprocess_cjk(once, language=language) == once


@pytest.mark.parametrize("language", ["ko", "de", "es"])
def test_other_languages_unchanged(language: str) -> None:
    text = "서울 은 크다. Der Park, 宝山 区."
    assert postprocess_cjk(text, language=language) == text


def test_latin_only_text_unchanged_in_chinese_catalog() -> None:
    text = "Shanghai Pharma, Baoji and DiaSorin (US$1.52 billion)."
    assert postprocess_cjk(text, language="zh") == text
