"""The saved web pages of the latest blind split (holdout45 of tests/data/realworld, 10 pages: six
English of 2023–2024, two Chinese and two Russian of 2011–2012; no rule of assemble, publish, QA or
MT was written around them) through the whole chain as a newsroom runs it, each output read by a
reader that is not ours (`chain_support.BlindChain`'s tests), and what these pages brought that
the earlier rounds did not: Russian articles in the Arabic (right-to-left) edition, a year-less
and an offset day, and the site's sitemap read against the sitemaps.org schema.
"""

from __future__ import annotations

import tomllib

from chain_support import BlindChain, blind_pages
from conftest import REALWORLD

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


class TestBlindPages46Chain(BlindChain):
    SPLITS = SPLITS
    ARTICLE_LANGUAGES = ARTICLE_LANGUAGES
    KNOWN_READ_AS_ENGLISH: set[str] = set()
    EDITED = "sportingnews-com-fsu"
    OTHER_EDIT = ("Explaining next steps", "Explaining the next steps")
    MIN_SHOWN_SENTENCES = 3000
    MIN_DATELINES = 80
    MIN_VALUES = 350
