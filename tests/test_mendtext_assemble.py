"""An article with no headline gets no empty heading in its editions (mendtext; files9's note).

newspaper's extracted stories (probe9) and Word test files have no headline: every edition
opened with an empty `<h1></h1>` (HTML) or a bare `# ` line (Markdown); the plain-text edition
already left the empty line out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from l10n.assemble import assemble_article, render_html, render_markdown, render_plain_text
from l10n.assemble.article import LocalizedArticle
from l10n.extract import extract_units
from l10n.ingest import ingest_file
from l10n.locales import TargetLocale
from l10n.model import Translation
from l10n.segment import segment_document

PROBE = DATA / "probe9"


def _article(path: Path) -> LocalizedArticle:
    document = segment_document(ingest_file(path))
    units = extract_units(document, reference_path=path.name)
    catalog = {unit.key: Translation(unit.msgid) for unit in units}
    return assemble_article(document, catalog, TargetLocale("de"), domain=path.stem)


@pytest.mark.parametrize("name", ["np-cnn.txt", "np-reuters.com5.txt", "np-coolhunting.com1.txt"])
def test_an_article_without_a_headline_has_no_empty_heading(name: str) -> None:
    article = _article(PROBE / name)
    assert not article.headline
    root = lxml_html.document_fromstring(render_html(article))
    assert not root.findall(".//h1")
    tokens = MarkdownIt("commonmark").parse(render_markdown(article))
    assert not [token for token in tokens if token.type == "heading_open"]
    first = ingest_file(PROBE / name).blocks[0].text
    for edition in (render_markdown(article), render_plain_text(article)):  # opens with the story (or its byline)
        assert first[:20] in edition.split("\n\n")[0]


def test_an_article_with_a_headline_keeps_it() -> None:
    article = _article(PROBE / "np-gulflive.com2.txt")
    root = lxml_html.document_fromstring(render_html(article))
    assert [h1.text_content() for h1 in root.findall(".//h1")] == [article.headline]
    assert render_markdown(article).startswith(f"# {article.headline}\n")
