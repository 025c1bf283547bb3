"""`assemble.html_tree` writes what lxml's HTML serialiser writes for the same tree.

The HTML writer builds its pages as `html_tree.Element`s and serialises them itself (a cold
`assemble` built 30,000 lxml trees only to serialise them); these tests rebuild the same tree in
lxml (`to_lxml`) and hold the two serialisations equal — on every edition of real pages, on
generated trees of every element the writer can emit, and on every character — so a libxml2
that escapes or breaks lines differently fails here instead of changing a page.
"""

from __future__ import annotations

from pathlib import Path

from conftest import measured_pages, mixed_translations
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from l10n.assemble.html import DOCTYPE, html_root, render_html
from l10n.assemble.html_tree import BLOCKS, VOID, Element, NotPlain, sub_element, to_html, to_lxml
from l10n.assemble.inline import PHRASING_TAGS
from l10n.locales import DEFAULT_TARGET_LOCALES, parse_locale

WRITER_TAGS = sorted(
    PHRASING_TAGS
    | BLOCKS
    | VOID
    | {"article", "header", "footer", "figure", "figcaption", "time", "span", "bdi", "small", "img"}
)


def lxml_serialised(root: Element) -> str:
    return lxml_html.tostring(to_lxml(root), doctype=DOCTYPE, encoding="unicode", pretty_print=True)


def test_every_edition_of_real_pages_serialises_as_lxml_does() -> None:
    """Real pages (tests/data/realworld, SOURCES.md there) in every default locale, the source's
    and two right-to-left ones; some units translated (reviewed and MT), some held back, the rest
    untranslated: links, figures, tables, lists, code, notes. `render_html` is lxml's page too
    where the fast serialiser declines (a link lxml would percent-escape)."""
    from l10n.assemble import assemble_article
    from l10n.assembly import parse_document

    pages = list(measured_pages())[::4]
    assert len(pages) > 80
    locales = [parse_locale(code) for code in (*DEFAULT_TARGET_LOCALES, "en", "he", "fa")]
    compared = declined = 0
    for page in pages:
        document = parse_document(page)
        translations, held = mixed_translations(document)
        for locale in locales:
            article = assemble_article(document, translations, locale, domain="d", held=held)
            expected = lxml_serialised(html_root(article, plain=True))
            try:  # the paragraphs serialised while building (`Element.inner`), the rest by `to_html`
                assert to_html(html_root(article), DOCTYPE) == expected, (page.name, locale.code)
                compared += 1
            except NotPlain:
                declined += 1
            assert render_html(article) == expected, (page.name, locale.code)
    assert compared > 20 * declined  # the fast path is the common one


_TEXT = st.one_of(
    st.none(), st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\r\t\u00a0é字ي😀;#%")), min_size=1, max_size=4)
)
_ATTRIBUTES = st.dictionaries(
    st.sampled_from(["lang", "dir", "class", "title", "alt", "href", "src", "datetime", "data-status", "name"]),
    st.text(alphabet=st.sampled_from(list("ab <>&'\n\r\t=/?:%é")), max_size=5),
    max_size=3,
)


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> Element:
    element = Element(draw(st.sampled_from(WRITER_TAGS)), draw(_ATTRIBUTES))
    element.text = draw(_TEXT)
    if depth < 3:
        for child in draw(st.lists(trees(depth + 1), max_size=4)):
            child.tail = draw(_TEXT)
            element.children.append(child)
    return element


@given(trees())
@settings(deadline=None, max_examples=600)
def test_generated_trees_serialise_as_lxml_does(root: Element) -> None:
    """Any nesting of the elements the writer emits (blocks, `p`/`pre`, void and unknown ones,
    empty `li`), text and tails present or not, attribute values with what libxml2 escapes."""
    try:
        got = to_html(root, DOCTYPE)
    except NotPlain:
        return
    assert got == lxml_serialised(root)


def test_every_character_is_escaped_as_lxml_escapes_it() -> None:
    """Every XML character of the BMP and a sample above it, in text and in attribute values
    (plain and URI ones), in chunks of 2,000 per element."""
    characters = [
        chr(code)
        for code in [0x9, 0xA, 0xD, *range(0x20, 0xD800), *range(0xE000, 0xFFFE), *range(0x10000, 0x110000, 97)]
    ]
    for start in range(0, len(characters), 2000):
        chunk = "".join(characters[start : start + 2000])
        for tag in ("p", "title", "span", "pre", "code", "td"):
            root = Element("html")
            sub_element(root, tag, title=chunk.replace('"', "")).text = chunk
            sub_element(root, "a", href="https://x.org/?q=1&b=2#c").tail = chunk
            assert to_html(root, DOCTYPE) == lxml_serialised(root), hex(ord(chunk[0]))


def test_values_lxml_would_escape_its_own_way_are_left_to_it() -> None:
    """A URI attribute with a space or a non-ASCII character (libxml2 percent-escapes it) and any
    value with a `"` (libxml2 picks the quotes): `to_html` declines, `render_html` hands the
    same tree to lxml."""
    for tag, name, value in [
        ("a", "href", "https://x.org/a b"),
        ("img", "src", "/é.png"),
        ("a", "name", "x y"),
        ("span", "title", 'say "hi"'),
    ]:
        root = Element("html")
        sub_element(root, tag, {name: value})
        try:
            to_html(root, DOCTYPE)
        except NotPlain:
            continue
        raise AssertionError(f"{tag} {name}={value!r} was not declined")
