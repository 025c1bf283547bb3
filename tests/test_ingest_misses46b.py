"""Rules of the page path added in session 46 for holdout46's blind misses (issue 14; l10n/ingest/page_credits.py,
page_authors.py, …): each on a small page shaped like the convention, with the near miss that must stay as it was,
and on the real page it was found on (taken from `measured`, so a page still waiting for its blind run is never read
here). The story's result is asserted first (it failed before the rule); the rule's own function is imported inside
the test, after it."""

from __future__ import annotations

from page_support import CHINESE_PARAGRAPHS, ingest, label_of, measured

GUOJI = "chinabroadcast-cn-xianxue"
CXID = "cxid-info-futbol"
THEBOOT = "theboot-com-voice"


def _writer(story: list[str], lang: str = "zh-TW") -> str:
    body = "<h1>港口恢復運營</h1>" + "".join(f"<p>{text}</p>" for text in story)
    return ingest(body, "<title>港口恢復運營</title>", lang=lang).author


# --- writer: a closing bracket of newsroom roles and names ------------------------------------------------------------


def test_a_closing_bracket_of_roles_and_names_names_the_reporter() -> None:
    """國際線上 (holdout46) closes its story's last sentence with "(通訊員 宋黎勝 記者 黃淼君)": a press officer
    (通訊員), then the reporter (記者) and her name; no writer was given (its `<meta name=author>` is the site's
    address). A bracket of two newsroom roles or more, each before its names, closing the last sentence, names the
    reporters, the press officer left out as in a dateline's credit; a press officer alone names no writer, and the
    same bracket opening a sentence is no credit."""
    assert measured(GUOJI).author == "黃淼君"
    assert measured(GUOJI).author in label_of(GUOJI)["authors"]
    *story, last = CHINESE_PARAGRAPHS
    assert _writer([*story, last + "(通訊員 李華 記者 王小明)"]) == "王小明"
    assert _writer([*story, last + "（记者 王小明 实习生 李华）"]) == "王小明, 李华"
    assert _writer([*story, last + "(通訊員 李華)"]) == ""  # the press officer alone: no writer
    assert _writer([*story, "(通訊員 李華 記者 王小明)說，" + last]) == ""  # not closing the story

    from l10n.ingest.page_credits import closing_roles

    assert closing_roles("…提供人道救助。(通訊員 宋黎勝 記者 黃淼君)") == ["黃淼君"]
