"""A numbered list stays numbered: read from HTML `<ol>`, Markdown `1.` and Word numbered
paragraphs, written back as `<ol start>`, `N.` and "N. " (files14; probe9's note).

Every edition printed bullets where the source numbered the steps. Inputs are real files:
Let's Encrypt's post (probe9), Node.js's and GiveWell's pages, pandoc's and Tika's Word test
files (sources in each folder's SOURCES.md).
"""

from __future__ import annotations

import dataclasses
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
from l10n.memory.document_codec import decode_document, encode_document
from l10n.model import Document, Translation
from l10n.segment import segment_document

LETS_ENCRYPT = DATA / "probe9" / "le-en-2025-06-26-expiration-notification-service-has-ended.md"
NODE = DATA / "blind" / "md" / "nodejs-making-nodejs-downloads-reliable.md"
GIVEWELL = DATA / "realworld" / "givewell-org-beta.html"
PANDOC_LISTS = DATA / "docx" / "pandoc-lists.docx"
TIKA_VARIOUS = DATA / "docx" / "tika-testWORD_various.docx"


def _document(path: Path) -> Document:
    return segment_document(ingest_file(path))


def _article(document: Document, locale: str = "de") -> LocalizedArticle:
    units = extract_units(document, reference_path="a")
    catalog = {unit.key: Translation(unit.msgid) for unit in units}
    return assemble_article(document, catalog, TargetLocale(locale), domain="a")


def _items(path: Path) -> list[tuple[int | None, str]]:
    return [(block.number, block.text) for block in ingest_file(path).blocks if block.role == "list_item"]


def _markdown_lists(markdown: str) -> list[tuple[str, int | None, int]]:
    """Each list CommonMark reads in `markdown`: its kind, start and number of items."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    lists: list[tuple[str, int | None, int]] = []
    for index, token in enumerate(tokens):
        if token.type in ("ordered_list_open", "bullet_list_open"):
            closing = token.type.replace("open", "close")
            end = next(
                i for i in range(index, len(tokens)) if tokens[i].type == closing and tokens[i].level == token.level
            )
            count = sum(1 for t in tokens[index:end] if t.type == "list_item_open" and t.level == token.level + 1)
            start = int(str(token.attrs.get("start", 1))) if token.type.startswith("ordered") else None
            lists.append((token.type.split("_")[0], start, count))
    return lists


def test_markdown_numbered_steps_are_numbered_in_every_edition() -> None:
    items = _items(LETS_ENCRYPT)
    assert [number for number, _ in items] == [1, 2, 3, 4]
    article = _article(_document(LETS_ENCRYPT))
    page = lxml_html.document_fromstring(render_html(article))
    lists = page.findall(".//article//ol")
    assert len(lists) == 1 and lists[0].get("start") is None and len(lists[0].findall("li")) == 4
    assert not page.findall(".//article//ul")
    assert _markdown_lists(render_markdown(article)) == [("ordered", 1, 4)]
    text = render_plain_text(article)
    for number, item in items:
        assert f"{number}. {item[:30]}" in text


def test_numbered_lists_apart_stay_apart() -> None:
    """Node.js's post: four numbered lists with prose between them, each from 1."""
    node = _article(_document(NODE))
    assert [kind_start for kind_start in _markdown_lists(render_markdown(node)) if kind_start[0] == "ordered"] == [
        ("ordered", 1, 2),
        ("ordered", 1, 3),
        ("ordered", 1, 4),
        ("ordered", 1, 4),
    ]
    word = _article(_document(PANDOC_LISTS))  # its list 1–2 with a nested a–b under "two": see NESTED
    page = lxml_html.document_fromstring(render_html(word))
    assert [(ol.get("start"), len(ol.findall("li"))) for ol in page.findall(".//article//ol")] == [(None, 2)]


def test_word_numbering_definitions_decide_numbers_and_bullets() -> None:
    """A decimal (or letter) numFmt numbers its paragraphs; a bullet or "none" does not."""
    assert _items(TIKA_VARIOUS) == [
        (None, "Bullet 1"),
        (None, "Bullet 2"),
        (None, "Bullet 3"),
        (1, "Number bullet 1"),
        (2, "Number bullet 2"),
        (3, "Number bullet 3"),
    ]
    numbers = [number for number, _ in _items(PANDOC_LISTS)]
    assert numbers[:2] == [1, 2] and set(numbers[2:]) == {None}  # "a", "b": level 1, nested (lists.NESTED)
    article = _article(_document(TIKA_VARIOUS))
    page = lxml_html.document_fromstring(render_html(article))
    assert [len(ul.findall("li")) for ul in page.findall(".//article//ul")] == [3]
    assert [len(ol.findall("li")) for ol in page.findall(".//article//ol")] == [3]
    text = render_plain_text(article)
    assert "\n• Bullet 1\n• Bullet 2\n• Bullet 3\n" in text
    assert "\n1. Number bullet 1\n2. Number bullet 2\n3. Number bullet 3\n" in text


def test_an_html_ordered_list_is_numbered_and_a_bulleted_one_is_not() -> None:
    items = _items(GIVEWELL)
    numbered = [(number, text) for number, text in items if number is not None]
    assert [number for number, _ in numbered] == [1, 2]
    assert all(text.startswith("if Evidence Action Beta incubates") for _, text in numbered)
    assert any(number is None and text.startswith("Few programs may be") for number, text in items)
    page = lxml_html.document_fromstring(render_html(_article(_document(GIVEWELL))))
    ordered = [ol for ol in page.findall(".//article//ol")]
    assert len(ordered) == 1 and ordered[0].findall("li")[0].text_content().strip().startswith("if Evidence")


@pytest.mark.parametrize("path", [LETS_ENCRYPT, GIVEWELL, PANDOC_LISTS])
def test_the_number_is_no_part_of_any_unit(path: Path) -> None:
    """The marker is structure: the catalog is the one of the same article read without numbers."""
    document = _document(path)
    plain = dataclasses.replace(document, blocks=[dataclasses.replace(b, number=None) for b in document.blocks])
    assert [u.msgid for u in extract_units(document, reference_path="a")] == [
        u.msgid for u in extract_units(plain, reference_path="a")
    ]
    assert not any(block.text[:1].isdigit() for block in document.blocks if block.number is not None)


def test_a_cached_document_keeps_its_list_numbers() -> None:
    document = _document(PANDOC_LISTS)
    data = encode_document(document)
    assert data is not None
    decoded = decode_document(data, source_path=document.source_path)
    assert decoded == document
    assert [b.number for b in decoded.blocks if b.role == "list_item"][:4] == [1, 2, None, None]
    giving = _document(GIVEWELL)
    data = encode_document(giving)
    assert data is not None and decode_document(data, source_path=giving.source_path) == giving


def test_plain_text_numbers_in_the_locale_digits() -> None:
    """The text edition writes every number in the locale's CLDR numbering system (Persian:
    arabext), its list markers too; HTML's and Markdown's markers are the syntax's ASCII digits."""
    article = _article(_document(LETS_ENCRYPT), "fa")
    assert "۱. " in render_plain_text(article) and "۴. " in render_plain_text(article)
    assert _markdown_lists(render_markdown(article)) == [("ordered", 1, 4)]


def test_word_list_number_style_numbers_its_paragraphs() -> None:
    """Word's own "List Number" style carries its list (`w:numPr` in the style, python-docx's
    template being Word's): steps typed in that style were bullets; "List Bullet" stays bulleted.
    The steps are the Let's Encrypt post's."""
    import io

    from docx import Document as WordDocument

    from l10n.ingest.docx import ingest_docx

    steps = [text for number, text in _items(LETS_ENCRYPT)]
    word = WordDocument()
    word.add_paragraph("Ending Support for Expiration Notification Emails", style="Title")
    word.add_paragraph("We are ending the service for four reasons:")
    for step in steps:
        word.add_paragraph(step, style="List Number")
    word.add_paragraph("Alternatives exist.", style="List Bullet")
    out = io.BytesIO()
    word.save(out)
    items = [(b.number, b.text) for b in ingest_docx(out.getvalue()).blocks if b.role == "list_item"]
    assert items == [(1, steps[0]), (2, steps[1]), (3, steps[2]), (4, steps[3]), (None, "Alternatives exist.")]


def test_a_markdown_list_written_with_1_on_every_item_counts_on() -> None:
    """The Rust blog's i128 post numbers both items "1.": CommonMark shows 1 and 2 (§5.3, only
    the first item's number counts), and so must every edition — two items, not one item of two
    paragraphs."""
    path = DATA / "blind" / "md" / "rust-i128-layout-update.md"
    items = [(number, text) for number, text in _items(path) if number is not None]
    assert [number for number, _ in items] == [1, 2]
    page = lxml_html.document_fromstring(render_html(_article(_document(path))))
    assert [len(ol.findall("li")) for ol in page.findall(".//article//ol")] == [2]


RECIPE = (  # review14's repro (F1): steps with sub-steps, as recipes and how-tos write them
    "<h1>Bread</h1><p>How to bake it.</p>"
    "<ol><li>Mix the flour and water.<ol><li>Use warm water.</li><li>Add salt last.</li></ol></li>"
    "<li>Knead the dough for ten minutes.</li><li>Bake it for forty minutes.</li></ol>"
)


def _html_article(html: str) -> LocalizedArticle:
    from l10n.ingest.html import ingest_html

    return _article(segment_document(ingest_html(html)))


def test_nested_steps_never_take_the_steps_numbers() -> None:
    """A sub-list restarts at 1: read flat, "Add salt last." was shown as step 2 and the real
    step 2 became its paragraph. Nested items are bulleted; the steps keep 1, 2, 3."""
    article = _html_article(RECIPE)
    text = render_plain_text(article)
    assert "1. Mix the flour and water.\n• Use warm water.\n• Add salt last.\n" in text.replace("\n\n", "\n")
    assert "2. Knead the dough for ten minutes.\n3. Bake it for forty minutes." in text
    page = lxml_html.document_fromstring(render_html(article))
    steps = [li.text_content().strip() for ol in page.findall(".//article//ol") for li in ol.findall("li")]
    assert steps == ["Mix the flour and water.", "Knead the dough for ten minutes.", "Bake it for forty minutes."]
    assert [ol.get("start") for ol in page.findall(".//article//ol")] == [None, "2"]
    markdown = render_markdown(article)
    assert "2. Knead" in markdown and "1. Add salt" not in markdown and "2. Add salt" not in markdown


def test_two_adjacent_one_item_lists_are_two_items() -> None:
    """review14 (F1): `<ol><li>A</li></ol><ol><li>B</li></ol>`: B was read as A's paragraph."""
    steps = [text for _, text in _items(LETS_ENCRYPT)][:2]
    article = _html_article(f"<h1>Two lists</h1><p>Intro.</p><ol><li>{steps[0]}</li></ol><ol><li>{steps[1]}</li></ol>")
    page = lxml_html.document_fromstring(render_html(article))
    assert [len(ol.findall("li")) for ol in page.findall(".//article//ol")] == [1, 1]
    assert _markdown_lists(render_markdown(article)) == [("ordered", 1, 1), ("ordered", 1, 1)]


def test_a_countdown_is_one_list_shown_counting_down() -> None:
    """review14 (F2): `<ol reversed>` (a "top 3") was three lists of one item."""
    steps = [text for _, text in _items(LETS_ENCRYPT)][:3]
    items = "".join(f"<li>{step}</li>" for step in steps)
    article = _html_article(f"<h1>Top three</h1><p>Intro.</p><ol reversed>{items}</ol>")
    page = lxml_html.document_fromstring(render_html(article))
    lists = page.findall(".//article//ol")
    assert len(lists) == 1 and lists[0].get("reversed") is not None and lists[0].get("start") == "3"
    assert [start for _, start, _ in _markdown_lists(render_markdown(article))] == [3, 2, 1]
    assert f"3. {steps[0]}\n2. {steps[1]}\n1. {steps[2]}" in render_plain_text(article)


def test_an_item_of_two_paragraphs_is_one_item() -> None:
    """A `<li>` holding two `<p>`: one item, its number once, its paragraphs in it."""
    steps = [text for _, text in _items(LETS_ENCRYPT)][:2]
    html = f"<h1>T</h1><p>Intro.</p><ol><li><p>{steps[0]}</p><p>{steps[1]}</p></li><li>Last.</li></ol>"
    article = _html_article(html)
    page = lxml_html.document_fromstring(render_html(article))
    (ordered,) = page.findall(".//article//ol")
    assert [len(li.findall("p")) for li in ordered.findall("li")] == [2, 0]
    assert _markdown_lists(render_markdown(article)) == [("ordered", 1, 2)]


def test_an_item_going_on_after_its_code_block_is_not_numbered_again() -> None:
    """A code block in an item splits the list (DESIGN.md); the item's next paragraph is a
    paragraph, not the item's number printed a second time."""
    from l10n.ingest.markdown import ingest_markdown

    steps = [text for _, text in _items(LETS_ENCRYPT)][:2]
    source = f"# Steps\n\nIntro.\n\n1. {steps[0]}\n\n   ```\n   certbot renew\n   ```\n\n   {steps[1]}\n2. Last step.\n"
    article = _article(segment_document(ingest_markdown(source)))
    text = render_plain_text(article)
    assert text.count("1. ") == 1 and f"\n\n{steps[1]}\n\n2. Last step." in text
    page = lxml_html.document_fromstring(render_html(article))
    assert [(ol.get("start"), len(ol.findall("li"))) for ol in page.findall(".//article//ol")] == [(None, 1), ("2", 1)]


def test_a_step_going_on_after_its_sub_steps_leaves_the_next_steps_numbered() -> None:
    """review14 F1b: "Then rest the dough" (step 1's text after its sub-list) joined the
    sub-list's last bullet, and steps 2 and 3 were bullets of that list in the HTML edition."""
    html = RECIPE.replace("Add salt last.</li></ol>", "Add salt last.</li></ol>Then rest the dough for an hour.")
    article = _html_article(html)
    page = lxml_html.document_fromstring(render_html(article))
    assert [(ol.get("start"), len(ol.findall("li"))) for ol in page.findall(".//article//ol")] == [(None, 1), ("2", 2)]
    assert [li.text_content().strip() for li in page.findall(".//article//ul/li")] == [
        "Use warm water.",
        "Add salt last.",
    ]
    assert "Then rest the dough for an hour." in [p.text_content().strip() for p in page.findall(".//article/p")]
    text = render_plain_text(article)
    assert "2. Knead the dough for ten minutes.\n3. Bake it for forty minutes." in text
    assert _markdown_lists(render_markdown(article))[-1] == ("ordered", 2, 2)
