"""Pages the page-path rule tests read: the small page built around each pattern
(test_ingest_rules3…10: a four-paragraph story of a harbour reopening, its headline and title,
ingested as `page.html`), and the real saved pages of tests/data/realworld, as saved or with one
string changed (test_ingest_rules12, 13)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import DATA, measured_pages
from lxml.html import HtmlElement
from test_ingest_page import page

from l10n.ingest import ingest_file
from l10n.ingest.decode import decode_article
from l10n.ingest.html import ingest_html
from l10n.ingest.html_parse import parse_html
from l10n.model import Document

PARAGRAPHS = (
    "The harbour reopened on Monday after engineers cleared the debris left by the storm last week.",
    "Ferries to the islands will resume on Friday, the port authority said in a statement on its website.",
    "Traders said the closure had cost the town about two million pounds in lost business over the week.",
    "The council will meet on Thursday to decide how the repairs to the sea wall are to be paid for.",
)
STORY = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
# the same story in Chinese (test_ingest_misses35, 36)
CHINESE_PARAGRAPHS = (
    "今年以来，港口航运业务逐步恢复，进出港船舶数量明显增加，码头作业秩序井然。",
    "据统计，上半年全市港口货物吞吐量同比增长百分之八，集装箱吞吐量创历史新高。",
    "专家表示，下一步应继续完善基础设施，提升服务水平，推动航运业高质量发展。",
    "港口管理部门表示，将继续优化通关流程，为企业提供更加便利的服务。",
)
CHINESE_STORY = "".join(f"<p>{text}</p>" for text in CHINESE_PARAGRAPHS)
HEADLINE = "<h1>Harbour reopens after the storm</h1>"
TITLE = "<title>Harbour reopens after the storm</title>"


def ingest(body: str, head: str = TITLE, *, name: str = "page.html", lang: str = "en-GB") -> Document:
    """`body` and `head` as a saved page (`test_ingest_page.page`, its `<html lang>` set to `lang`)."""
    return ingest_html(page(body, head=head).replace("lang='en-GB'", f"lang='{lang}'"), source_path=name)


def texts_of(body: str, head: str = TITLE, *, lang: str = "en-GB") -> list[str]:
    return [block.text for block in ingest(body, head, lang=lang).blocks]


REALWORLD = DATA / "realworld"


def read(name: str) -> Document:
    return ingest_file(REALWORLD / f"{name}.html")


def changed(tmp_path: Path, name: str, old: str, new: str) -> Document:
    """The real page with one string replaced (it must occur once)."""
    text = (REALWORLD / f"{name}.html").read_bytes().decode("utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / f"{name}.html"
    path.write_bytes(text.replace(old, new).encode("utf-8"))
    return ingest_file(path)


def key(text: str) -> str:
    """A string as the rule tests compare it: lower case, word characters only."""
    return re.sub(r"\W+", "", text.lower())


def label_of(name: str) -> dict:
    return json.loads((REALWORLD / f"{name}.json").read_text("utf-8"))


def units_of(path: Path) -> list[str]:
    """The keys of the blocks the page's ingest gives (test_ingest_rules15…19)."""
    return [key(block.text) for block in ingest_file(path).blocks]


def kept(units: list[str], text: str) -> bool:
    return any(key(text) in unit for unit in units)


def units(doc: Document) -> list[str]:
    return [block.text for block in doc.blocks]


def block_roles(document: Document) -> dict[str, str]:
    """Each block's role by its text."""
    return {block.text: block.role for block in document.blocks}


def parsed_page(path: Path) -> HtmlElement:
    """A saved page's tree as ingest reads it: its bytes decoded (`decode_article`), then parsed (`parse_html`)."""
    text = decode_article(path.read_bytes(), path=str(path), source_format="html")
    return parse_html(text, source_path=str(path))


def measured(name: str) -> Document:
    """The measured real page `name`, ingested (a page still waiting for its blind run is never read)."""
    page = next(path for path in measured_pages() if path.stem == name)
    return ingest_file(page)


def chrome_kept(name: str, document: Document) -> list[str]:
    """The label's chrome strings a unit of the page holds (as tests/test_ingest_page.py scores them)."""
    texts = [key(block.text) for block in document.blocks]
    return [text for text in label_of(name)["chrome"] if any(key(text) in unit for unit in texts)]
