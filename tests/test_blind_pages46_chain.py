"""The saved web pages of the latest blind split (holdout45 of tests/data/realworld, 10 pages: six
English of 2023–2024, two Chinese and two Russian of 2011–2012; no rule of assemble, publish, QA or
MT was written around them) through the whole chain as a newsroom runs it, each output read by a
reader that is not ours (`chain_support.BlindChain`'s tests), and what these pages brought that
the earlier rounds did not: Russian articles in the Arabic (right-to-left) edition, a year-less
and an offset day, and the site's sitemap read against the sitemaps.org schema.
"""

from __future__ import annotations

import tomllib

import pytest
from chain_support import BlindChain, blind_pages
from conftest import REALWORLD

from l10n.assemble.bidi import latin_runs
from l10n.placeables.detect import find_placeables
from l10n.publish.pages import headline_slug

SPLITS = ("holdout45",)
PAGES = blind_pages(SPLITS)

# What the operator states for the four pages `extract` refuses for stating no language: the two
# Cyrillic pages are Russian (no letter only Ukrainian has, though ura.dn.ua is a Ukrainian
# site), the two Han pages Simplified Chinese (OpenCC's t2s changes none of their Han letters).
ARTICLE_LANGUAGES = {
    "gorodlip-ru-spid.html": "ru",
    "ura-dn-ua-vich.html": "ru",
    "ce-cn-chongqingpijiu.html": "zh_CN",
    "shangdu-com-gongzidan.html": "zh_CN",
}


def test_the_pages_are_the_blind_split() -> None:
    splits = tomllib.loads((REALWORLD / "splits.toml").read_text(encoding="utf-8"))
    assert set(SPLITS) <= set(splits["splits"]) and not set(SPLITS) & set(splits["unmeasured"])
    assert len(PAGES) == 10 and all(page.is_file() for page in PAGES)
    assert set(ARTICLE_LANGUAGES) <= {page.name for page in PAGES}


# --- mends of what the run found (fast) ----------------------------------------------------------------

# Stock codes, post codes and story numbers in brackets right after a name: ce.cn's five breweries
# ("重庆啤酒(600132，收盘价72.95元)": three of them were "600.132" in the German and Portuguese
# editions and "600,132" in the Japanese and Chinese ones; the two with a leading zero were left
# as written), and the same shape on other sites of the corpus.
CODES = [
    ("于是各方人士落荒而逃，纷纷挂跌停板甩卖重庆啤酒(600132，收盘价72.95元)。", "600132"),
    ("同时他将与新一网（08008.HK）合作。", "08008"),
    ("À vendre à Mions (69780) : grand appartement exposé sud.", "69780"),
    ("Nadal keeps Spain alive against Russia in Davis Cup Finals (4782678)", "4782678"),
]


@pytest.mark.parametrize(("sentence", "code"), CODES, ids=[code for _, code in CODES])
def test_a_code_in_brackets_after_a_name_is_written_as_it_stands(sentence: str, code: str) -> None:
    assert code in sentence and [p.original for p in find_placeables(sentence) if code in p.original] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The crowd (45000) cheered the team.",  # after a common word: a count
        "Attendance was 45,000 (up from 30000).",  # not first in its brackets
        "Tickets sold (120000, a record) ran out.",  # after a verb
        "The Finals (45000 fans) were sold out.",  # a count noun follows
    ],
)
def test_a_number_in_brackets_that_is_no_code_is_still_a_value(sentence: str) -> None:
    assert [p.kind for p in find_placeables(sentence)] != []


def test_a_headline_with_digits_but_no_latin_letter_names_its_page_by_the_domain() -> None:
    """shangdu.com's headline "…普通员工年薪30万/图" named its pages `30.html` in every edition: a
    number out of its sentence ("30" of "300,000 a year"), where a headline with nothing Latin
    gives the article's domain (DESIGN.md's rule for slugs)."""
    assert headline_slug("深圳最牛工资单属实 深圳最牛工资单普通员工年薪30万/图") == ""
    assert headline_slug("В 2012 году") == ""  # (NFKD keeps no letter of Cyrillic)
    assert headline_slug("Top 10 of 2023") == "top-10-of-2023"


# A translator's Arabic for ura.dn.ua's first sentence keeps the city's Russian name and the Latin
# "HIV": "HIV" was isolated left to right and "(Мариуполь)" was not; a name with a letter outside
# ASCII was cut in two isolates, which an RTL paragraph lays out right to left: "Zürich" read
# "richZü", "São Paulo" "o PauloSã".
LEFT_TO_RIGHT_RUNS = [
    ("حُكم على طبيبة في ماريوبول (Мариуполь) بالسجن", ["Мариуполь"]),
    ("نقلت فيروس HIV، حسب وكالة «ТСН».", ["HIV", "ТСН"]),
    ("مدينة Zürich الجميلة", ["Zürich"]),
    ("نادي São Paulo FC، و Nestlé", ["São Paulo FC", "Nestlé"]),
    ("اسم Ελλάδα هنا و US$ فقط", ["Ελλάδα", "US$"]),
]


@pytest.mark.parametrize(("text", "runs"), LEFT_TO_RIGHT_RUNS, ids=[runs[0] for _, runs in LEFT_TO_RIGHT_RUNS])
def test_each_left_to_right_word_run_in_an_arabic_sentence_is_one_isolate(text: str, runs: list[str]) -> None:
    pieces = list(latin_runs(text))
    assert "".join(piece for piece, _ in pieces) == text
    assert [piece for piece, isolated in pieces if isolated] == runs


class TestBlindPages46Chain(BlindChain):
    SPLITS = SPLITS
    ARTICLE_LANGUAGES = ARTICLE_LANGUAGES
    KNOWN_READ_AS_ENGLISH: set[str] = set()
    EDITED = "sportingnews-com-fsu"
    OTHER_EDIT = ("Explaining next steps", "Explaining the next steps")
    MIN_SHOWN_SENTENCES = 3000
    MIN_DATELINES = 80
    MIN_VALUES = 350
