"""Session 48 (cjkbreak48): a line break between two Chinese or Japanese characters is no space, as a browser
shows it (CSS Text 3's segment break transformation: `l10n.ingest.inline.joins_at_break`); a style sheet whose
`<style>` is written self-closing is no unit (`l10n.ingest.html_parse`). Each on the real page it was found on
(taken from `measured`) and on small pages with the near misses that keep their space."""

from __future__ import annotations

import pytest
from page_support import CHINESE_STORY, ingest, measured

ETNET = "etnet-com-cn-dianmei"
TTV = "ttv-com-tw-liugan"
CHINESE_HEAD = "<title>港口恢复作业</title>"


def _story_text(sentence: str, lang: str = "zh-CN") -> list[str]:
    """The blocks of a Chinese story whose first paragraph is `sentence` (raw HTML)."""
    return [
        block.text
        for block in ingest(f"<h1>港口恢复作业</h1><p>{sentence}</p>{CHINESE_STORY}", CHINESE_HEAD, lang=lang).blocks
    ]


def test_a_line_broken_between_two_han_characters_reads_as_one_sentence() -> None:
    """经济通 (holdout48) wraps its story at a fixed width with `<br/>` wherever the line ends, mid-word
    ("但<br/>受各种不利因素"); each break came out as a space inside the sentence ("但 受"), which a translator and
    the memory saw as two words. A browser puts no space there: Chinese and Japanese write no space between
    words, and a newline between two wide characters is removed (the `<br>` only ends the line)."""
    texts = [block.text for block in measured(ETNET).blocks]
    assert any("保持基本平衡，但受各种不利因素影响" in text for text in texts)
    assert any("２０１２年跨省区煤炭运力配置" in text for text in texts)
    assert not any("但 受" in text or "跨省 区" in text for text in texts)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("煤炭供需将保持基本平衡，但\n受各种不利因素影响。", "煤炭供需将保持基本平衡，但受各种不利因素影响。"),
        ("煤炭供需将保持基本平衡，但 \n\t 受各种不利因素影响。", "煤炭供需将保持基本平衡，但受各种不利因素影响。"),
        ("煤炭供需将保持基本平衡，但<b>\n受各种</b>不利因素影响。", "煤炭供需将保持基本平衡，但受各种不利因素影响。"),
        ("煤炭供需将保持基本平衡，但<br>受各种不利因素影响。", "煤炭供需将保持基本平衡，但受各种不利因素影响。"),
        ("港口の作業は\n再開された。", "港口の作業は再開された。"),
        ("煤炭供需将保持基本平衡，但\nOPEC不利因素影响。", "煤炭供需将保持基本平衡，但 OPEC不利因素影响。"),
        ("煤炭供需将保持基本平衡，但 受各种不利因素影响。", "煤炭供需将保持基本平衡，但 受各种不利因素影响。"),
        ("煤炭供需将保持基本平衡，但&nbsp;\n受各种不利因素影响。", "煤炭供需将保持基本平衡，但 受各种不利因素影响。"),
        ("煤炭供需将保持基本平衡，“但”\n“受”各种不利因素影响。", "煤炭供需将保持基本平衡，“但” “受”各种不利因素影响。"),
    ],
)
def test_a_newline_between_wide_characters_is_removed_and_any_other_is_a_space(sentence: str, shown: str) -> None:
    """Removed only when both neighbours are East Asian Wide, Fullwidth or Halfwidth: Latin after Han, a visible
    space (NBSP) or an Ambiguous-width quote beside the break keep their one space, as a plain space does."""
    assert shown in _story_text(sentence)


def test_korean_and_latin_lines_keep_their_space() -> None:
    """Korean writes spaces between words: a newline between two Hangul syllables is a space, as between Latin
    words."""
    korean = "항구는 폭풍이 지나간 뒤\n다시 문을 열었고 선박들이 돌아왔다. 주민들은 화요일 아침 부두에 모였다."
    korean_story = "".join(f"<p>{korean}</p>" for _ in range(4))
    texts = [
        block.text
        for block in ingest(f"<h1>항구 재개</h1>{korean_story}", "<title>항구 재개</title>", lang="ko").blocks
    ]
    assert any("지나간 뒤 다시 문을" in text for text in texts)

    from l10n.ingest.inline import collapse_space, joins_at_break

    assert collapse_space("The harbour\nreopened") == "The harbour reopened"
    assert collapse_space("지나간 뒤\n다시") == "지나간 뒤 다시"
    assert collapse_space("但\n受") == "但受"
    assert not joins_at_break("뒤", "다") and joins_at_break("但", "受")


def test_a_self_closed_style_element_s_sheet_is_no_unit() -> None:
    """台視 (TTV, holdout48) writes `<style type="text/css" />` in its body, the sheet after it and `</style>`
    29 lines later. A browser ignores the "/" on a raw-text element and reads the sheet as style; libxml2 closed
    the element at once and the sheet ("body { MARGIN: 0 0 0 0; } #NewsTopText { …") became a unit to translate.
    A self-closed element with no end tag of its own stays closed (XHTML's reading)."""
    texts = [block.text for block in measured(TTV).blocks]
    assert not any("MARGIN" in text or "{" in text for text in texts)
    assert any(text.startswith("今天陽光終於露臉了") for text in texts)

    sheet = "<style type='text/css' />\nbody { margin: 0 0 0 0; }\n</style>"
    page = [
        block.text
        for block in ingest(f"{sheet}<h1>港口恢复作业</h1>{CHINESE_STORY}", CHINESE_HEAD, lang="zh-CN").blocks
    ]
    assert not any("margin" in text for text in page)
    closed = "<script src='a.js' /><h1>港口恢复作业</h1>"  # no `</script>` after it: the story stays
    assert len([block.text for block in ingest(f"{closed}{CHINESE_STORY}", CHINESE_HEAD, lang="zh-CN").blocks]) > 3


def test_a_break_after_a_chinese_sentence_ends_that_sentence_s_unit() -> None:
    """With no space after the `<br>` that closes a Chinese sentence, the break sat where the next sentence starts
    and opened its unit ("{br_1}何が困るかといえば…", note100yen; "{br_1}{br_2}根據健保局…", bcc); it ends the unit of
    the sentence it closes, as it does where a space follows it (`segment._point_range`)."""
    import copy

    from l10n.extract import extract_units

    document = ingest(
        f"<h1>港口恢复作业</h1><p>港口今天恢复作业。<br>码头秩序井然。</p>{CHINESE_STORY}", CHINESE_HEAD, lang="zh-CN"
    )
    msgids = [unit.msgid for unit in extract_units(copy.deepcopy(document), reference_path="page.html")]
    assert "港口今天恢复作业。{br_1}" in msgids
    assert "码头秩序井然。" in msgids
