"""Credits a newsroom sets inside the story's text rather than in a byline (`page_authors.py`
reads them when nothing else names the writers): a wire story's closing credit ("(Reporting by
Will Dunham; Editing by Tom Brown)": the reporters, holdout5), and the bracketed credit opening a
Chinese, Korean or Japanese story ("〔記者巫其倫／台北報導〕", "[부산=스포츠조선 선수민 기자]",
holdout5; "【ロンドン＝岡田浩幸】", holdout6). Measured on `tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.byline import looks_like_name, reduce_byline
from l10n.ingest.fields import match_key, normalise_space

if TYPE_CHECKING:
    from l10n.model import Block

CREDIT_PARAGRAPHS = 3  # last paragraphs searched for a closing credit

# A wire story's closing credit (Reuters' style): "(Reporting by Will Dunham; Editing by Tom Brown)",
# "(Reporting by A, B, C, with reporting by D and E, editing by F.)". The first credit names the
# reporters; contributors "with"/"additional" reporting, editors and compilers are not the writers.
_WIRE_CREDIT = re.compile(
    r"^\(?\s*(?:reporting|reported|reporting and writing|writing|written)\s+by\s+(?P<names>[^;()]+?)\s*"
    r"(?:[;,]\s*(?:with|additional|further|editing|edited|writing|compiled|graphics)\b[^()]*)?[.\s]*\)?\s*$",
    re.IGNORECASE,
)
MAX_CREDIT_WORDS = 40
# A Chinese, Korean or Japanese story's opening credit, in brackets before its first sentence:
# reporter, place and "reports" ("〔記者巫其倫／台北報導〕", "（记者 王小明／北京报道）"), place, outlet,
# name and "reporter" ("[부산=스포츠조선 선수민 기자]"), or place and name ("【ロンドン＝岡田浩幸】",
# holdout6; a wire agency there, "【北京＝共同】", is none).
_LEAD_CREDIT = re.compile(
    r"^\s*[〔\[（(【]\s*(?:(?:記者|记者)\s*(?P<han>[\u4e00-\u9fff·]{2,4}(?:[、,，][\u4e00-\u9fff·]{2,4})*)\s*[／/]\s*"
    r"[\u4e00-\u9fff]{1,8}(?:報導|报道|電|电)"
    r"|[^\]】=]{0,20}=\s*[^\]】]*?\s(?P<hangul>[\uac00-\ud7a3]{2,4})\s*(?:기자|특파원|통신원)"
    r"|[^\]】＝=]{1,12}[＝=]\s*(?!(?:共同|時事|ロイター|新華社|聯合|連合|AFP|AP)\b)(?P<kanji>[\u4e00-\u9fff\u3040-\u30ff]{2,6}))"
    r"\s*[〕\]）)】]"
)
LEAD_CREDIT_PARAGRAPHS = 4  # a dateline and a caption may stand above it (ltn)
LEAD_TEXT_KEY = 20  # letters and digits of a paragraph counted there (yomiuri's memo box "メモ入力" is not one)
_SENTENCE_CLOSE = (".", "!", "?", "。", "！", "？")


def _is_text(text: str) -> bool:
    """A paragraph of the story's text: a sentence's length, or a sentence however short ("第1段。");
    a box's short lines ("メモ入力", "完了しました") are neither."""
    return len(match_key(text)) >= LEAD_TEXT_KEY or text.rstrip().endswith(_SENTENCE_CLOSE)


def wire_credit(blocks: list[Block], kept: list[int]) -> list[str]:
    """The reporters a wire story's closing credit names (see `_WIRE_CREDIT`), in the last
    paragraphs the extractor kept or on a line under them: a story that another site carries is
    bylined with the agency only, and the credit is where the agency names its reporters."""
    if not kept:
        return []
    for block in blocks[kept[-min(CREDIT_PARAGRAPHS, len(kept))] : kept[-1] + 1 + CREDIT_PARAGRAPHS]:
        text = normalise_space(block.text)
        credit = text[text.rfind("(") :] if text.endswith(")") else text
        if len(credit.split()) > MAX_CREDIT_WORDS:
            continue  # counted before the pattern runs: its lazy names make a long paragraph quadratic
        found = _WIRE_CREDIT.search(credit)
        if found is None:
            continue
        names = reduce_byline(found["names"]).names
        if names and all(len(name.split()) > 1 and looks_like_name(name) for name in names):
            return names
    return []


def lead_credit(blocks: list[Block], kept: list[int]) -> list[str]:
    """The reporter a Chinese or Korean story names in the bracketed credit opening its first
    paragraph (see `_LEAD_CREDIT`): the newsroom's byline, set in the text as a dateline is."""
    texts = [index for index in kept if _is_text(blocks[index].text)]  # not a box's short lines
    for block in (blocks[index] for index in texts[:LEAD_CREDIT_PARAGRAPHS]):
        found = _LEAD_CREDIT.match(block.text)
        if found:
            if found["han"]:
                return re.split(r"[、,，]", found["han"])
            return [found["hangul"] or found["kanji"]]
    return []
