"""Post-processing for Chinese and Japanese MT output: full-width punctuation, no stray spaces.

Engines (and Apertium-style pipelines) often emit ASCII punctuation and spaces between ideographs.
Chinese typography (GB/T 15834-2011 标点符号用法) and Japanese (JIS X 4051) set sentence
punctuation full-width and put no space between CJK characters; Latin words and `{placeholders}`
keep the spaces the engine gave them (both styles, with and without spaces around Latin, are in
use; we do not invent one). A pure function, applied by the batch runner before writing a PO.
"""

from __future__ import annotations

import re

_CJK_LETTER = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3000-\u303f\uff01-\uff60“”「」‘’…"
_HAS_CJK = re.compile(f"[{_CJK_LETTER}]")
# What counts as "Chinese/Japanese on the left": a CJK letter or punctuation, or a placeholder's `}`.
_LEFT = f"[{_CJK_LETTER}{_CJK_PUNCT}}}]"
_SPACE = "[ \t\u00a0]"

_FULL_WIDTH = {",": "，", ".": "。", ":": "：", ";": "；", "?": "？", "!": "！"}
_JAPANESE = {",": "、"}
_QUOTES = {"zh": ("“", "”"), "ja": ("「", "」")}


def postprocess_cjk(text: str, *, language: str) -> str:
    """Full-width punctuation next to CJK text and no spaces between CJK characters (zh, ja).

    Other languages, and text without any CJK letter, come back unchanged.

    >>> postprocess_cjk("宝山 区 将 建设 生物医药 园区, 总投资 超过 {money_1} ({money_2}).", language="zh")
    '宝山区将建设生物医药园区，总投资超过 {money_1}（{money_2}）。'
    >>> postprocess_cjk('陈杰说: "生物医药 是 重点!" 他 在 Luodian 说.', language="zh")
    '陈杰说：“生物医药是重点！”他在 Luodian 说。'
    >>> postprocess_cjk("価格は 3.5 ドル です, 本当?", language="ja")
    '価格は 3.5 ドルです、本当？'
    >>> postprocess_cjk("It costs 3.5 dollars.", language="zh")
    'It costs 3.5 dollars.'
    >>> postprocess_cjk("宝山 区.", language="de")
    '宝山 区.'
    """
    if language not in _QUOTES or not _HAS_CJK.search(text):
        return text
    opening, closing = _QUOTES[language]
    text = re.sub(r'"([^"\n]*)"', lambda m: opening + m.group(1) + closing, text)
    text = re.sub(rf"(?<={_LEFT}){_SPACE}*(\.\.\.|…+)", "……", text)
    text = re.sub(rf"(?<={_LEFT}){_SPACE}*\(([^()]*)\)", r"（\1）", text)
    table = {**_FULL_WIDTH, **(_JAPANESE if language == "ja" else {})}
    text = re.sub(rf"(?<={_LEFT}){_SPACE}*([,.:;?!])(?![0-9A-Za-z])", lambda m: table[m.group(1)], text)
    # No space before or after full-width punctuation, nor between two CJK characters.
    text = re.sub(rf"{_SPACE}*([{_CJK_PUNCT}])(?!{_SPACE}*{{){_SPACE}*", r"\1", text)
    text = re.sub(rf"(?<=[{_CJK_LETTER}]){_SPACE}+(?=[{_CJK_LETTER}])", "", text)
    return re.sub(rf"{_SPACE}{{2,}}", " ", text).strip()
