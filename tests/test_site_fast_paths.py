"""The fast paths of assemble and publish give what the general code gives.

Each optimisation of issue 16 in `assemble` and `publish` replaced a general computation by a
cheaper one; these tests hold the two equal on generated and real input, so a fast path that
diverges fails here rather than changing a page.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

from conftest import measured_pages, mixed_translations
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.assemble.article import LocalizedSegment
from l10n.assemble.html import xml_safe
from l10n.assemble.markdown_inline import escape_markdown
from l10n.assembly import parse_document
from l10n.locales import DEFAULT_TARGET_LOCALES, TargetLocale, parse_locale
from l10n.model import Document, InlineTag, Placeable


@cache
def parsed(page: Path) -> Document:
    """A saved page ingested and segmented once for all the tests here that read real pages
    (they share the samples of `measured_pages`; none changes a document)."""
    return parse_document(page)


_REFERENCE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!&~])")


def reference_escape(text: str) -> str:
    """CommonMark backslash escapes as a regex substitution (the code before str.translate)."""
    return _REFERENCE_SPECIAL.sub(r"\\\1", xml_safe(text).replace("\n", " "))


@given(st.text(alphabet=st.sampled_from(list("\\`*_[]<>#|!&~ \n\t\x0b\x85aé字{}()-+.1"))))
def test_escape_markdown_matches_the_regex_escape(text: str) -> None:
    assert escape_markdown(text) == reference_escape(text)


@given(st.text())
def test_escape_markdown_matches_on_any_text(text: str) -> None:
    assert escape_markdown(text) == reference_escape(text)


def test_cached_locale_properties_are_what_babel_says() -> None:
    for code in (*DEFAULT_TARGET_LOCALES, "en", "sr_Latn_RS", "he", "fa"):
        cached, fresh = parse_locale(code), TargetLocale(code)
        assert parse_locale(code) is cached  # one object per code
        loc = fresh.babel
        parts = [
            loc.language,
            *([loc.script] if loc.script and (loc.language == "zh" or "_" + loc.script in code) else []),
        ]
        assert cached.bcp47 == "-".join([*parts, *([loc.territory] if loc.territory else [])])
        assert cached.direction == ("rtl" if loc.character_order == "right-to-left" else "ltr")
        assert cached.display_name == (loc.get_display_name(loc) or code)


def test_values_rendered_once_per_locale_are_what_babel_renders() -> None:
    """`pieces.rendered_value` (a per-process cache) against `render_placeable` on every value of
    real pages (tests/data/realworld, SOURCES.md there) in every default locale, twice over so
    the second pass reads the cache; and values a narrower key would mix up: the same instant at
    two offsets (equal, but each prints its own), and one instant as a date and as a datetime
    (same value, different kind)."""
    import datetime as dt
    from pathlib import Path

    from l10n.assemble import pieces
    from l10n.model import Placeable
    from l10n.placeables.render import render_placeable

    noon = dt.datetime(2020, 1, 1, 12, 0, tzinfo=dt.UTC)
    tricky = [
        Placeable("datetime_1", "datetime", "", noon),
        Placeable("datetime_1", "datetime", "", noon.astimezone(dt.timezone(dt.timedelta(hours=1)))),
        Placeable("date_1", "date", "", noon),
    ]
    pages = list(measured_pages())[::7]
    values = [
        placeable
        for page in pages
        for block in parsed(page).blocks
        for segment in block.segments
        for placeable in segment.placeables
        if placeable.kind != "tag"
    ]
    assert len(values) > 100
    pieces._RENDERED.clear()
    locales = [parse_locale(code) for code in (*DEFAULT_TARGET_LOCALES, "en", "fa")]
    for _ in range(2):
        for locale in locales:
            for placeable in [*tricky, *values]:
                assert pieces.rendered_value(placeable, locale) == render_placeable(placeable, locale), placeable
    assert pieces.rendered_value(tricky[0], locales[0]) != pieces.rendered_value(tricky[1], locales[0])


_TAGS = st.builds(
    InlineTag,
    name=st.sampled_from(["em", "a", "span", "sup", "br", "img", "script", "div"]),
    closing=st.booleans(),
    void=st.booleans(),
)


@given(st.lists(st.one_of(st.text(alphabet="ab \x01<&"), _TAGS), max_size=12), st.sampled_from(["", "x"]))
def test_html_text_gathering_builds_the_tree_of_one_append_per_piece(pieces: list, waiting: str) -> None:
    """`html._pieces` (text runs gathered, appended once, the rest left to the caller) against a
    writer appending every piece as it comes, over any mix of stray, void, unknown and unclosed
    tags: the gathering relies on `balanced_pieces` closing every tag it opens."""
    from lxml import etree

    from l10n.assemble import html
    from l10n.assemble.article import LocalizedSegment
    from l10n.assemble.html_tree import Element, sub_element, to_lxml
    from l10n.assemble.inline import balanced_pieces

    segment = LocalizedSegment(tuple(pieces), "reviewed", "de")
    expected = Element("p")
    html._append_text(expected, waiting)
    stack = [expected]
    for piece in balanced_pieces(segment.pieces):
        if isinstance(piece, str):
            html._append_text(stack[-1], piece)
        elif piece.closing:
            stack.pop()
        else:
            element = sub_element(stack[-1], piece.name.lower())
            if not piece.void:
                stack.append(element)
    assert stack == [expected]
    alone, continued = Element("p"), Element("p")
    html._append_text(alone, waiting)
    html._pieces(alone, segment)
    pending = [waiting]
    html._pieces(continued, segment, pending=pending)
    html._flush(continued, pending)
    for built in (alone, continued):
        assert etree.tostring(to_lxml(built)) == etree.tostring(to_lxml(expected))


def test_a_memo_of_page_texts_stays_bounded_on_hostile_numbers() -> None:
    """A manifest (hostile input) may claim any percentage: the memo of completeness texts is
    emptied at its bound (`l10n.memo.remember`), and what it gives is still the text made fresh."""
    from l10n.publish import pages

    locale = parse_locale("de")
    pages._COMPLETENESS.clear()
    texts = [pages.completeness_text(percent, locale) for percent in range(-20, 10_030)]
    assert 0 < len(pages._COMPLETENESS) <= 10_000
    pages._COMPLETENESS.clear()
    assert [pages.completeness_text(percent, locale) for percent in (-20, 42, 10_029)] == [
        texts[0],
        texts[62],
        texts[-1],
    ]


_PLACEABLES = [
    Placeable("a_1", "tag", "<a>", InlineTag("a", (("href", "/x"),))),
    Placeable("a_1_end", "tag", "</a>", InlineTag("a", closing=True)),
    Placeable("number_1", "number", "3.5", Decimal("3.5")),
]


@given(st.text(alphabet=st.sampled_from(list("{}_a1bnumer x字"))), st.integers(0, 3))
def test_sentences_without_placeholders_split_as_the_general_loop_splits_them(text: str, count: int) -> None:
    """`pieces.split_tags`' shortcut (no placeable, or no brace) against the loop over
    placeholders it skips, on generated text and on every sentence and msgstr of real pages."""
    from l10n.assemble.pieces import _split_placeholders, split_tags

    placeables = _PLACEABLES[:count]
    for locale in (None, parse_locale("de")):
        assert split_tags(text, placeables, locale) == _split_placeholders(text, placeables, locale)


def test_real_sentences_split_as_the_general_loop_splits_them() -> None:
    from pathlib import Path

    from l10n.assemble.pieces import _split_placeholders, split_tags

    pages = list(measured_pages())[::12]
    segments = [segment for page in pages for block in parsed(page).blocks for segment in block.segments]
    assert sum(1 for segment in segments if not segment.placeables) > 100 and any(s.placeables for s in segments)
    for segment in segments:
        for text in (segment.text, segment.source, segment.text.replace("{", "{{"), ""):
            for locale in (None, parse_locale("ar")):
                expected = _split_placeholders(text, segment.placeables, locale)
                assert split_tags(text, segment.placeables, locale) == expected
                assert [type(piece) for piece in split_tags(text, segment.placeables, locale)] == [
                    type(piece) for piece in expected
                ]


_XML_TRICKY = list(
    "a字 \t\n\r\x0b\x0c\x00\x1f\x7f\x85\x9f\xa0\u2028\u202f\u200e\ufeff\ufffe\uffff\ud800\udfff\U0001f600"
)


@given(st.text(alphabet=st.sampled_from(_XML_TRICKY)))
def test_xml_safe_shortcut_for_printable_text_is_the_regex(text: str) -> None:
    """`xml_text.xml_safe` returns printable text unsearched: the same as the regex removal."""
    from l10n.xml_chars import _NOT_XML_CHARACTERS

    assert xml_safe(text) == _NOT_XML_CHARACTERS.sub("", text)


@given(st.text(st.characters(blacklist_categories=())))
def test_xml_safe_shortcut_on_any_text(text: str) -> None:
    from l10n.xml_chars import _NOT_XML_CHARACTERS

    assert xml_safe(text) == _NOT_XML_CHARACTERS.sub("", text)


def reference_lines(text: str) -> str:
    """`markdown_inline._lines` for a paragraph as it was before its one-line shortcut (white space as `_one_spaced` reads it)."""
    from l10n.assemble.markdown_inline import _LINE_START_MARKER, HARD_BREAK

    def line_start(line: str) -> str:
        return _LINE_START_MARKER.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line)

    # each run of ASCII white space one space, a no-break or ideographic space kept (session 51)
    lines = [re.sub(r"[ \t\n\r\f\v]+", " ", line).strip(" ") for line in text.split("\n")]
    return HARD_BREAK.join(line_start(line) for line in lines if line)


@given(st.text(alphabet=st.sampled_from(list(" \n\t-+=.)1a2#*\xa0\u3000"))))
def test_markdown_lines_shortcut_is_the_general_split(text: str) -> None:
    """A paragraph without a hard break, and a line without a list or heading marker, take
    shortcuts in `markdown_inline` (`_lines`, `escape_line_start`): the same text comes out."""
    from l10n.assemble.markdown_inline import _lines

    assert _lines(text, single_line=False) == reference_lines(text)


def test_source_pieces_shared_by_an_articles_editions_render_what_each_edition_splits() -> None:
    """`assemble.article.SourcePieces` (a source sentence split once for all of an article's
    editions, as `assembly` does: `EditionShares.pieces`) against each edition splitting its own, on real pages
    (tests/data/realworld, SOURCES.md there) in every default locale and the source's: some
    units translated, some held back by the gate, the rest untranslated; every format."""
    from pathlib import Path

    from l10n.assemble import assemble_article, render_article
    from l10n.assemble.article import EditionShares

    pages = list(measured_pages())[::12]
    assert len(pages) > 5
    locales = [parse_locale(code) for code in (*DEFAULT_TARGET_LOCALES, "en")]
    for page in pages:
        document = parsed(page)
        translations, held = mixed_translations(document)
        shared = EditionShares()
        for locale in locales:
            alone = assemble_article(document, translations, locale, domain="d", held=held)
            cached = assemble_article(document, translations, locale, domain="d", held=held, shared=shared)
            for fmt in ("html", "md", "txt"):
                assert render_article(cached, fmt) == render_article(alone, fmt), (page.name, locale.code, fmt)
        assert shared.pieces  # the shortcut was taken


_SLICE_TEXT = st.text(alphabet=st.sampled_from(list("ab <>&\"' \n\r\t\u00a0é字ي😀")), max_size=6)
_SLICE_TAGS = st.builds(
    InlineTag,
    name=st.sampled_from(["a", "a", "em", "span", "sup", "q", "small", "br", "code", "abbr", "bdi"]),
    attrs=st.sampled_from(
        [(), (("href", "https://x.org/a b?q=1&c=é"),), (("title", "a\"b'c<d>&"),), (("cite", "/x y"),)]
    ),
    closing=st.booleans(),
    void=st.booleans(),
)
_SLICE_SEGMENTS = st.lists(
    st.builds(
        lambda pieces, status, lang: LocalizedSegment(tuple(pieces), status, lang, " "),
        st.lists(st.one_of(_SLICE_TEXT, _SLICE_TAGS), max_size=6),
        st.sampled_from(["reviewed", "mt", "held", "untranslated"]),
        st.sampled_from(["de", "en", "ar"]),
    ),
    max_size=3,
)
_SLICE_ROLES = ["headline", "summary", "lead", "paragraph", "heading", "credit", "caption", "byline", "quote"]


@given(
    st.lists(st.tuples(st.sampled_from([*_SLICE_ROLES, "list_item"]), _SLICE_SEGMENTS), max_size=6),
    st.sampled_from(["de", "ar", "ja"]),
    _SLICE_TEXT,
)
@settings(deadline=None, max_examples=400)
def test_article_cut_out_of_the_page_is_what_parsing_it_gives(blocks: list, code: str, name: str) -> None:
    """`assemble.built.article_slice` (the `<article>` cut out of a `render_html` page) against
    lxml parsing the page and serialising the element (what publish did for every edition), on
    generated articles: links in links, carriage returns, quotes and `<` in attributes, URLs,
    empty sentences, right-to-left pages. Where the cut is taken, it is the parsed markup."""
    from l10n.assemble.article import LocalizedArticle, LocalizedBlock
    from l10n.assemble.built import article_slice, parsed_article_markup
    from l10n.assemble.html import render_html

    article = LocalizedArticle(
        parse_locale(code), "d", name, name, None, name, name, name, name,
        [LocalizedBlock(role, 1 if role in ("caption", "credit") else None, segments) for role, segments in blocks],
    )  # fmt: skip
    page = render_html(article)
    cut = article_slice(page)
    assert cut is None or cut == parsed_article_markup(page)


def test_article_cut_is_refused_where_parsing_rewrites_the_page() -> None:
    """The three rewrites the cut must leave to the parser (`article_slice`'s docstring): each
    changes the markup when parsed, and each makes the cut decline; real pages (tests/data/
    realworld, SOURCES.md there) in several locales are cut, and as parsed."""
    from pathlib import Path

    from l10n.assemble import assemble_article
    from l10n.assemble.article import LocalizedArticle, LocalizedBlock
    from l10n.assemble.built import article_slice, parsed_article_markup
    from l10n.assemble.html import render_html

    link, end = InlineTag("a", (("href", "https://x.org"),)), InlineTag("a", closing=True)
    for pieces in [(link, "a", link, "b", end, end), ("a\rb",)]:
        segment = LocalizedSegment(pieces, "reviewed", "de")
        page = render_html(
            LocalizedArticle(parse_locale("de"), "d", "", "", None, "", "", "", "", [LocalizedBlock("paragraph", None, [segment])])
        )  # fmt: skip
        naive = page[page.find("<article") : page.rfind("</article>") + len("</article>")]
        assert parsed_article_markup(page) != naive  # the parser rewrites it ...
        assert article_slice(page) is None  # ... so the cut is not taken
    empty_item = "<!DOCTYPE html>\n<html><body><article><ul><li></li></ul></article></body>\n</html>\n"
    assert parsed_article_markup(empty_item) == "<article><ul><li></ul></article>"
    assert article_slice(empty_item) is None
    pages = list(measured_pages())[::12]
    cut = 0
    for path in pages:
        document = parsed(path)
        for code in ("de", "ar", "zh_CN"):
            page = render_html(assemble_article(document, {}, parse_locale(code), domain="d"))
            sliced = article_slice(page)
            cut += sliced is not None
            assert sliced is None or sliced == parsed_article_markup(page), (path.name, code)
    assert cut >= len(pages) * 3 - 3  # taken on (nearly) every real page


def test_a_value_written_with_its_plus_sign_is_not_cached_as_the_same_value_without() -> None:
    """ "+30" and "30" hold the same value (leftovers51b: the plus sign is the copy's, `render_placeable` shows it):
    whichever a run renders first, `pieces.rendered_value` gives each its own form (the cache keyed by value alone
    gave "+30" as "30" in a fresh clone's CI, by the order its worker rendered real pages' values)."""
    from l10n.assemble import pieces
    from l10n.placeables.detect import find_placeables
    from l10n.placeables.render import render_placeable

    [signed] = find_placeables("Temperatures rose +30 in a week.")
    [plain] = find_placeables("Temperatures rose 30 in a week.")
    assert signed.value == plain.value and signed.original != plain.original
    for order in ((signed, plain), (plain, signed)):
        pieces._RENDERED.clear()
        for locale in (parse_locale("de"), parse_locale("fa")):
            rendered = [pieces.rendered_value(placeable, locale) for placeable in order]
            assert rendered == [render_placeable(placeable, locale) for placeable in order]
            assert rendered[0] != rendered[1]
