"""Session 35's shared reads (pagespeed35; speed only), each held to the reading it replaces.

- `figure_credits.class_names` keeps its answer per class attribute and word set (`_classes_name`): the same
  answer as the loop before (copied here) for every element of every measured page and each word set asked;
- `page_authors.MetaLines` reads a page's meta-line bylines once for the shown and the hidden ask: each ask,
  in either order and again, answers as `meta_line_byline` read before (copied here);
- `page_authors.author_elements` given the page's `author_named` answers as it does reading them itself.
"""

from __future__ import annotations

import lxml.html
import pytest
from conftest import measured_pages
from page_support import parsed_page

from l10n.ingest import figure_credits, html, page_authors, page_figures
from l10n.ingest.byline_shape import is_labelled_byline
from l10n.ingest.fields import normalise_space
from l10n.ingest.page_prune import is_style_hidden

PAGES = sorted(measured_pages())
WORD_SETS = (
    figure_credits.CREDIT_WORDS,
    figure_credits.LOOSE_CREDIT_WORDS,
    figure_credits.IN_CAPTION_CREDIT_WORDS,
    figure_credits._AUTHOR_WORDS,
    page_figures._CAPTION_WORDS,
    page_figures._RUN_TOGETHER_CAPTION_WORDS,
    html.PLAYER_WORDS,
)


def class_names_before(element, wanted: frozenset[str]) -> bool:
    """`class_names` as it read before pagespeed35."""
    for name in (element.get("class") or "").split():
        words = figure_credits.class_words(name)
        if wanted.intersection(words) and not figure_credits._STATE_WORDS.intersection(words):
            return True
    return False


def meta_line_byline_before(root, *, hidden: bool = False) -> list[str]:
    """`meta_line_byline` as it read before pagespeed35."""
    lines = [e for e in root.iter("small", "span", "p", "li", "div") if len(e) <= page_authors.MAX_META_LINE_CHILDREN]
    texts = page_authors.short_texts(lines, page_authors.MAX_META_LINE_WORDS)
    read: set[str] = set()
    for element in lines:
        if (shown := texts.get(element, "")) in read:
            continue
        read.add(shown)
        if not (text := normalise_space(shown)):
            continue
        parts, first = page_authors._META_LINE_SEPARATOR.split(text), 1
        if len(parts) == 1 and (":" in text or "：" in text):
            parts = page_authors._CJK_FIELD.split(text)
            first = 0 if page_authors._CJK_LABEL.match(text) else 1  # misses42's rule: a first field read too
        found = next((part for part in parts[first:] if is_labelled_byline(part)), None) if len(parts) > 1 else None
        if found and is_style_hidden(element) == hidden:
            return [found]
    return []


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_class_names_as_before_on_every_measured_page(page) -> None:
    root = parsed_page(page)
    for element in root.iter():
        if isinstance(element.tag, str) and element.get("class"):
            for wanted in WORD_SETS:
                assert figure_credits.class_names(element, wanted) == class_names_before(element, wanted), (
                    page.stem,
                    element.get("class"),
                    sorted(wanted),
                )


def test_class_names_reads_state_words_and_humps_as_before() -> None:
    for classes in ("no-caption", "withoutCaption", "hasCaption", "captionBox", "wp-caption no-padding", "x  y", ""):
        element = lxml.html.fragment_fromstring(f'<div class="{classes}">x</div>')
        for wanted in WORD_SETS:
            assert figure_credits.class_names(element, wanted) == class_names_before(element, wanted), classes


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_meta_lines_and_author_elements_as_before_on_every_measured_page(page) -> None:
    root = parsed_page(page)
    shown, hidden = meta_line_byline_before(root), meta_line_byline_before(root, hidden=True)
    lines = page_authors.MetaLines(root)
    assert lines.first(hidden=False) == shown
    assert lines.first(hidden=True) == hidden
    assert lines.first(hidden=False) == shown  # asked again: from what was read
    hidden_first = page_authors.MetaLines(root)
    assert hidden_first.first(hidden=True) == hidden
    assert hidden_first.first(hidden=False) == shown
    assert page_authors.meta_line_byline(root) == shown
    named = page_authors.author_named(root)
    for state in (False, True):
        assert page_authors.author_elements(root, hidden=state, named=named) == page_authors.author_elements(
            root, hidden=state
        )


def test_a_hidden_meta_line_before_a_shown_one() -> None:
    root = lxml.html.fromstring(
        "<html><body><div style='display:none'><span>05/10/2018 - Por: Ana Lima - Saúde</span></div>"
        "<p>Hoje - Publicado por: Clarissa Borba - Categoria: Saúde</p></body></html>"
    )
    lines = page_authors.MetaLines(root)
    assert lines.first(hidden=False) == meta_line_byline_before(root) == ["Publicado por: Clarissa Borba"]
    assert lines.first(hidden=True) == meta_line_byline_before(root, hidden=True) == ["Por: Ana Lima"]
