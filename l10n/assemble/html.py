"""The localised article as a semantic HTML5 page, built as an element tree (never string-pasted).

Text goes into the tree as text, so the serialiser escapes `<script>` from a msgstr or the source like
any other character. `<html lang dir>` come from the locale (BCP 47, CLDR character order);
a sentence that fell back to English is wrapped in `<span lang="en">` (WCAG 2.1 SC 3.1.2
"Language of Parts"), with `dir="ltr"` on right-to-left pages; a machine or fuzzy translation
in `<span data-status="mt|fuzzy">` (HTML §3.2.6.6 custom data attributes) so a review view
can highlight it; a sentence the publish gate held back is `data-status="held"`. On a
right-to-left page every value rendered into a translated sentence is a `<bdi>` (HTML
§4.5.24, UAX #9 isolates), so "10 مليار CN¥" or "US$15.2" keep their order inside Arabic text.
A figure shows its image (`figures.py` decides which `src` is safe); a figure without one is
caption and credit only.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import cast

from l10n.assemble.article import (
    LocalizedArticle,
    LocalizedBlock,
    LocalizedSegment,
    all_clean,
    code_language,
    kept_body,
    shared_rendering,
    text_only,
)
from l10n.assemble.bidi import block_language, isolates_values, latin_runs
from l10n.assemble.figures import FigureImage
from l10n.assemble.html_tree import (
    BLOCKS,
    Element,
    NotPlain,
    element_markup,
    escaped_text,
    inline_element,
    sub_element,
    to_html,
    to_lxml,
)
from l10n.assemble.inline import balanced_pieces, safe_attributes
from l10n.assemble.labels import LabelKey, label_parts
from l10n.assemble.layout import BlockGroup, article_groups, byline_blocks, headline_block, shared_body
from l10n.assemble.pieces import Code, Value
from l10n.assemble.tables import COVERED, grid, header_row_count, is_header
from l10n.assemble.xml_text import placed_text, xml_safe  # xml_safe re-exported: the writers' rule for a page's text
from l10n.locales import language_of
from l10n.model import BlockRole, InlineTag
from l10n.urls import CONTENT_SECURITY_POLICY

DOCTYPE = "<!DOCTYPE html>"
BLOCK_ELEMENTS = {"quote": "blockquote"}  # a heading is h2–h6 by its level
BLOCK_CLASSES = {"summary": "summary", "lead": "lead", "note": "note"}
MARKED_STATUSES = frozenset({"mt", "fuzzy", "held"})  # MT/fuzzy: not yet confirmed; held: gated out


def render_html(article: LocalizedArticle, *, groups: Sequence[BlockGroup] | None = None) -> str:
    """A complete, escaped HTML5 document for `article`: `html_root`'s tree as lxml writes it
    (`html_tree.to_html`; lxml itself for a value that module leaves to it). `groups`: the
    article's `body_groups`, when the caller made them for every format (`render_formats`).
    The page's frame — everything but the title's text and the `<article>` — is written once
    per language and direction (`_frame`), and only the `<article>` is built as a tree: the
    same bytes as `to_html` of the whole tree."""
    try:
        before, between, after = _frame(article.lang, article.locale.direction)
        title = escaped_text(placed_text(article.title))  # `_append_text`'s, as `to_html` writes it
        return before + title + between + element_markup(_article_element(article, groups)) + after
    except NotPlain:  # a value libxml2 would escape its own way: let it write the page
        from lxml import html as lxml_html

        root = html_root(article, groups=groups, plain=True)
        return lxml_html.tostring(to_lxml(root), doctype=DOCTYPE, encoding="unicode", pretty_print=True)


def html_root(article: LocalizedArticle, *, groups: Sequence[BlockGroup] | None = None, plain: bool = False) -> Element:
    """The page as an element tree (`html_tree.Element`, lxml's model). A paragraph of sentences
    of text alone holds them serialised (`Element.inner`, `_sentences_markup`) unless `plain`:
    every element then is one of the tree, as lxml needs it (`html_tree.to_lxml`)."""
    root, title, body = _frame_tree(article.lang, article.locale.direction)
    _append_text(title, placed_text(article.title))
    body.children.append(_article_element(article, groups, plain=plain))
    return root


def _frame_tree(lang: str, direction: str) -> tuple[Element, Element, Element]:
    """The page's `<html>` without the title's text and the `<body>`'s `<article>`: the root, its
    `<title>` and its `<body>`."""
    root = Element("html", lang=lang, dir=direction)
    head = sub_element(root, "head")
    sub_element(head, "meta", charset="utf-8")
    sub_element(head, "meta", {"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY})
    title = sub_element(head, "title")
    return root, title, sub_element(root, "body")


_TITLE_SLOT, _ARTICLE_SLOT = "\x00", "\x01"  # (never in an escaped text or attribute: `xml_safe` drops both)


@functools.lru_cache(maxsize=64)
def _frame(lang: str, direction: str) -> tuple[str, str, str]:
    """`to_html` of `_frame_tree(lang, direction)` cut where the title's text and the
    `<article>` go (a page of every edition in one language is this frame around those two;
    `NotPlain` as `to_html`'s): the frame written by the serialiser itself, once per
    language and direction instead of per edition. The title's text is the `<title>`'s only
    node and the `<article>` the `<body>`'s only child, so `to_html` writes each as it is
    (`element_markup` for the `<article>`), with no line break of its own around it."""
    root, title, body = _frame_tree(lang, direction)
    title.text = _TITLE_SLOT
    sub_element(body, "article").outer = _ARTICLE_SLOT
    before, rest = to_html(root, DOCTYPE).split(_TITLE_SLOT)
    between, after = rest.split(_ARTICLE_SLOT)
    return before, between, after


def _article_element(
    article: LocalizedArticle, groups: Sequence[BlockGroup] | None = None, *, plain: bool = False
) -> Element:
    """The page's `<article>`: header, body, footer."""
    main = Element("article")
    _header(main, article, plain=plain)
    groups = article_groups(article) if groups is None else groups
    shared = None if plain else shared_body(groups)
    if shared is None or any(_block_tag(block) not in BLOCKS for block in shared):
        for group in groups:
            _group(main, group, article, plain=plain)
    else:  # the body every such edition of the article shows, made once (`kept_body`): one node of
        # `main` holding its blocks' elements with the line break `main` writes between block
        # elements (after the last one it writes its own, as it did after the last block)
        body_node = sub_element(main, _block_tag(shared[-1]))
        body_node.outer = kept_body(
            shared, "html body", article.locale, lambda: "\n".join([_shared_outer(block, article) for block in shared])
        )
    _footer(main, article)
    return main


def _header(parent: Element, article: LocalizedArticle, *, plain: bool = False) -> None:
    header = sub_element(parent, "header")
    if article.section:  # no translation unit: the source's words, marked as its language
        section = sub_element(header, "p", {"class": "section"})
        if article.source_lang != article.locale.bcp47:
            section.set("lang", article.source_lang)
            if article.locale.direction == "rtl":
                section.set("dir", "ltr")
        _append_text(section, article.section)
    headline = headline_block(article)
    if headline is not None and headline.shown is not None and not plain:  # shared: written once (`shared_rendering`)
        sub_element(header, "h1").outer = cast(
            str,
            shared_rendering(headline, "html h1", article.locale, lambda: element_markup(_heading(headline, article))),
        )
    elif headline is not None:
        _segments(sub_element(header, "h1"), headline.segments, article)
    elif article.headline:  # no headline (plain-text stories): no empty heading
        _append_text(sub_element(header, "h1"), article.headline)
    bylines = byline_blocks(article)
    for block in bylines:
        _labelled(header, "byline", "byline", article, segments=block.segments)
    if not bylines and article.author:
        _labelled(header, "byline", "byline", article, name=article.author)
    if article.published is not None:
        dateline = sub_element(header, "p", {"class": "dateline"})
        moment = sub_element(dateline, "time", datetime=article.published_datetime)
        _append_text(moment, article.published_text)


def _heading(headline: LocalizedBlock, article: LocalizedArticle) -> Element:
    """The headline's `h1` (not yet in its parent)."""
    element = Element("h1")
    _segments(element, headline.segments, article)
    return element


def _group(parent: Element, group: BlockGroup, article: LocalizedArticle, *, plain: bool = False) -> None:
    if group.kind == "figure":
        figure = sub_element(parent, "figure")
        _image(figure, article.figures.get(group.figure) if group.figure is not None else None, article)
        if not group.with_role("caption") and not group.with_role("credit"):
            return  # only an image: no empty <figcaption>
        caption = sub_element(figure, "figcaption")
        for block in group.with_role("caption"):
            _segments(caption, block.segments, article)
        for block in group.with_role("credit"):
            _append_text(caption, " ")
            _labelled(caption, "photo", "credit", article, segments=block.segments, element="small")
    elif group.kind == "list":
        _list(parent, group, article)
    elif group.kind == "table":
        _table(parent, group, article)
    else:
        _block(parent, group.blocks[0], article, plain=plain)


def _list(parent: Element, group: BlockGroup, article: LocalizedArticle) -> None:
    """`<ul>`, or `<ol>` with the `start` of its first item's number (HTML §4.4.5; the marker's
    digits are the browser's decimal ones); an item of several paragraphs holds a `<p>` each."""
    items = sub_element(parent, "ul" if group.start is None else "ol")
    if group.counts_down:
        items.set("reversed", "reversed")
    if group.start not in (None, 1) or group.counts_down:
        items.set("start", str(group.start))
    for _, blocks in group.items():
        item = sub_element(items, "li")
        for block in blocks:
            _segments(item if len(blocks) == 1 else sub_element(item, "p"), block.segments, article)


def _table(parent: Element, group: BlockGroup, article: LocalizedArticle) -> None:
    """`<table>`: a first row of header cells in `<thead>`, the rest in `<tbody>`; `<th>` marks
    every header cell (HTML §4.9 tabular data); a cell of several paragraphs holds a `<p>` each;
    a merged cell keeps its `colspan`/`rowspan` and the places it covers get no cell (`tables.py`)."""
    table = grid(group)
    heads = header_row_count(table)
    element = sub_element(parent, "table")
    for index, row in enumerate(table):
        section_tag = "thead" if index < heads else "tbody"
        if not element.children or element.children[-1].tag != section_tag:
            sub_element(element, section_tag)
        tr = sub_element(element.children[-1], "tr")
        for cell in row:
            if cell == COVERED:
                continue  # the merged cell above or before spans over this place
            holder = sub_element(tr, "th" if is_header(cell) else "td")
            place = cell[0].cell if cell else None
            if place is not None and place.columns > 1:
                holder.set("colspan", str(place.columns))
            if place is not None and place.rows > 1:
                holder.set("rowspan", str(place.rows))
            if cell is not None and len(cell) == 1:
                _segments(holder, cell[0].segments, article)
            elif cell is not None:
                for paragraph in cell:
                    _segments(sub_element(holder, "p"), paragraph.segments, article)


def _image(figure: Element, image: FigureImage | None, article: LocalizedArticle) -> None:
    """`<img src alt>` of a figure; alt text still in the source language is marked as such."""
    if image is None:
        return
    element = sub_element(figure, "img", src=xml_safe(image.src), alt=xml_safe(image.alt))
    alt_lang = image.alt_lang or article.source_lang
    if image.alt and alt_lang != article.locale.bcp47:
        element.set("lang", alt_lang)


def _block(parent: Element, block: LocalizedBlock, article: LocalizedArticle, *, plain: bool = False) -> None:
    if block.role == "code":
        _code(parent, block, article)
        return
    if block.shown is not None and not plain:  # shared by editions (`EditionShares`): the element written once
        sub_element(parent, _block_tag(block)).outer = _shared_outer(block, article)
        return
    if not plain and (markup := _block_markup(block, article)) is not None:
        sub_element(parent, _block_tag(block)).outer = markup
        return
    parent.children.append(_block_element(block, article, plain=plain))


def _block_markup(block: LocalizedBlock, article: LocalizedArticle) -> str | None:
    """`element_markup(_block_element(block, article))` of a block whose sentences go into a `p`
    as `_sentences_markup` writes them (most paragraphs), without building the element: its
    start and end tags come from `_block_tags`, made once per kind of block; None for others."""
    tag = _block_tag(block)
    if tag != "p" and tag != "blockquote":
        return None
    locale = article.locale
    block_lang = block_language(block.segments, locale)
    inner = _sentences_markup(block.segments, article, context_lang=block_lang)
    if inner is None:
        return None
    lang = None if block_lang == locale.bcp47 else block_lang
    opening, closing = _block_tags(block.role, block.level, lang, locale.direction == "rtl")
    return opening + inner + closing


_INNER_SLOT = "\x00"  # (never in an escaped text or attribute: `xml_safe` drops it)


@functools.lru_cache(maxsize=256)
def _block_tags(role: BlockRole, level: int, lang: str | None, rtl: bool) -> tuple[str, str]:
    """What `element_markup` writes before and after the serialised sentences (`Element.inner`)
    of `_block_shell`'s element for such a block: the serialiser's own bytes, cut around a slot,
    made once per role, language and direction instead of per block (`NotPlain` as there)."""
    outer, element = _block_shell(role, level, lang, rtl)
    element.inner = _INNER_SLOT
    opening, closing = element_markup(outer).split(_INNER_SLOT)
    return opening, closing


def _shared_outer(block: LocalizedBlock, article: LocalizedArticle) -> str:
    """A block shared by editions as `to_html` writes its element, kept on it (`shared_rendering`)."""
    return cast(
        str,
        shared_rendering(block, "html element", article.locale, lambda: element_markup(_block_element(block, article))),
    )


def _block_tag(block: LocalizedBlock) -> str:
    return f"h{block.level}" if block.role == "heading" else BLOCK_ELEMENTS.get(block.role, "p")


def _block_element(block: LocalizedBlock, article: LocalizedArticle, *, plain: bool = False) -> Element:
    """A paragraph-like block's element (not yet in its parent)."""
    block_lang = block_language(block.segments, article.locale)
    lang = None if block_lang == article.locale.bcp47 else block_lang
    outer, element = _block_shell(block.role, block.level, lang, article.locale.direction == "rtl")
    if not plain and element.tag == "p":
        element.inner = _sentences_markup(block.segments, article, context_lang=block_lang)
        if element.inner is not None:
            return outer
    _segments(element, block.segments, article, context_lang=block_lang)
    return outer


def _block_shell(role: BlockRole, level: int, lang: str | None, rtl: bool) -> tuple[Element, Element]:
    """A paragraph-like block's element without its sentences, and the element inside it that
    takes them (a quote's `p`): its class by role, and `lang` (None: the edition's own) with
    `dir="ltr"` on a right-to-left page."""
    tag = f"h{level}" if role == "heading" else BLOCK_ELEMENTS.get(role, "p")  # `_block_tag`'s
    element = outer = Element(tag)
    if role in BLOCK_CLASSES:
        element.set("class", BLOCK_CLASSES[role])
    if tag == "blockquote":
        element = sub_element(element, "p")
    if lang is not None:
        element.set("lang", lang)
        if rtl:
            element.set("dir", "ltr")
    return outer, element


def _sentences_markup(
    segments: Sequence[LocalizedSegment], article: LocalizedArticle, *, context_lang: str
) -> str | None:
    """What `_segments` puts into a `p`, serialised as `html_tree.to_html` writes it, for
    sentences of text alone (most: `text_only`) that nothing isolates; None for others. The
    same text runs, `xml_safe` on each whole run (none when every sentence is clean), and spans with their attributes in the same
    order, written straight into a string: building and walking an `Element` per sentence was
    most of the HTML writer (`tests/test_assemble_html_tree.py` compares every page with lxml's
    serialisation of the plain tree)."""
    locale = article.locale
    rtl = locale.direction == "rtl"
    if any((rtl and segment.lang == locale.bcp47) or not text_only(segment.pieces) for segment in segments):
        return None  # `isolates_values`, or tags to balance: `_segments` builds them
    safe = _unchanged if all_clean(segments) else xml_safe
    out: list[str] = []
    pending: list[str] = []  # as `_segments`' text waiting to go after the last child
    for segment in segments:
        pending.append(segment.separator)
        marked = segment.status in MARKED_STATUSES
        pieces: tuple[str, ...] = segment.pieces  # type: ignore[assignment]  # `text_only`, above
        if segment.lang == context_lang and not marked:
            pending.extend(pieces)
            continue
        out.append(escaped_text(safe("".join(pending))))
        pending.clear()
        out.append(
            _span_opening(segment.status if marked else "", None if segment.lang == context_lang else segment.lang, rtl)
        )
        out.append(escaped_text(safe("".join(pieces))))
        out.append("</span>")
    out.append(escaped_text(safe("".join(pending))))
    return "".join(out)


@functools.lru_cache(maxsize=256)
def _span_opening(status: str, lang: str | None, rtl: bool) -> str:
    """`<span …>` of a sentence `_sentences_markup` marks: `inline_element`'s opening tag (its
    `NotPlain` too) for its status, its language (None: the context's) and, with a
    language, the page's direction, made once per kind of sentence rather than per sentence
    (~23,000 spans a cold `assemble` at 200 × 10)."""
    attributes: dict[str, str] = {}  # in `_segments`' order: status, language, direction
    if status:
        attributes["data-status"] = status
    if lang is not None:
        attributes["lang"] = lang
        if rtl:
            attributes["dir"] = "ltr"
    return inline_element("span", attributes, "").removesuffix("></span>") + ">"


def _unchanged(text: str) -> str:
    """`xml_safe` of a join of clean sentences (`LocalizedSegment.xml_clean`): the text itself."""
    return text


def _code(parent: Element, block: LocalizedBlock, article: LocalizedArticle) -> None:
    """A code block as CommonMark renders one, `<pre><code class="language-…">`, its text as
    written; `translate="no"` (HTML §3.2.6.5) keeps a browser's translator off it, and code
    reads left to right on a right-to-left page."""
    pre = sub_element(parent, "pre", translate="no")
    if article.locale.direction == "rtl":
        pre.set("dir", "ltr")
    code = sub_element(pre, "code")
    if language := code_language(block):
        code.set("class", f"language-{language}")
    _append_text(code, block.text)


def _footer(parent: Element, article: LocalizedArticle) -> None:
    if not (article.source or article.editor):
        return
    footer = sub_element(parent, "footer")
    if article.source:
        _labelled(footer, "source", "source", article, name=article.source)
    if article.editor:
        _labelled(footer, "editor", "editor", article, name=article.editor)


def _labelled(
    parent: Element,
    key: LabelKey,
    css_class: str,
    article: LocalizedArticle,
    *,
    segments: Iterable[LocalizedSegment] = (),
    name: str = "",
    element: str = "p",
) -> None:
    """A localized label around a name: `<p class="byline">Von <span>…</span></p>`."""
    before, after = label_parts(key, article.locale)
    holder = sub_element(parent, element, {"class": css_class})
    _append_text(holder, before)
    _segments(holder, segments, article)
    _append_text(holder, name + after)


def _segments(
    parent: Element, segments: Iterable[LocalizedSegment], article: LocalizedArticle, *, context_lang: str | None = None
) -> None:
    """Append sentences to `parent`, wrapping any not in the surrounding language (`context_lang`,
    default the page's) in `<span lang>` and any unreviewed machine or fuzzy translation in
    `<span data-status>` (the site's CSS shows those only in review mode; readers see plain text)."""
    page_lang = context_lang or article.locale.bcp47
    pending: list[str] = []  # text for after `parent`'s last child, appended in one go (`_flush`)
    for segment in segments:
        pending.append(segment.separator)
        marked = segment.status in MARKED_STATUSES
        isolate = isolates_values(segment, article.locale)
        source_words = None if segment.lang == article.source_lang else article.source_lang
        if segment.lang == page_lang and not marked:
            _pieces(parent, segment, isolate=isolate, pending=pending, source_words=source_words)
            continue
        _flush(parent, pending)
        target = sub_element(parent, "span")
        if marked:
            target.set("data-status", segment.status)
        if segment.lang != page_lang:
            target.set("lang", segment.lang)
            if article.locale.direction == "rtl":
                target.set("dir", "ltr")
        _pieces(target, segment, isolate=isolate, source_words=source_words)
    _flush(parent, pending)


def _pieces(
    container: Element,
    segment: LocalizedSegment,
    *,
    isolate: bool = False,
    pending: list[str] | None = None,
    source_words: str | None = None,
) -> None:
    """A sentence's pieces into `container`. Text runs are gathered and appended once per run
    of text (`_flush`; lxml's `.text`/`.tail` cost a copy per access): the same tree as one
    `_append_text` per piece. `pending`: text already waiting to go into `container`, which
    the caller appends (the next sentence may continue it). A sentence of text alone (most)
    is gathered whole: `balanced_pieces` would pass its runs as they are. `source_words`: the
    source's language when the sentence is shown in another (translated): a tag's `lang` naming
    it marked the source's words, not the translation's, and is left off (`<span lang="de-DE">`
    of a page's editor round a sentence read the French edition's words as German)."""
    text = pending if pending is not None else []
    if not isolate and not any(type(piece) is InlineTag for piece in segment.pieces):
        text.extend(cast("tuple[str, ...]", segment.pieces))
        if pending is None:
            _flush(container, text)
        return
    stack = [container]
    for piece in balanced_pieces(segment.pieces):
        if isinstance(piece, str) and not isolate:
            text.append(piece)
            continue
        _flush(stack[-1], text)
        if isolate and isinstance(piece, Value):
            _with_latin_isolated(sub_element(stack[-1], "bdi"), piece)
        elif isolate and type(piece) is Code:  # inline code as written, one left-to-right unit
            _append_text(sub_element(stack[-1], "bdi", dir="ltr"), piece)
        elif isinstance(piece, str):  # only when isolating: other text was gathered above
            _with_latin_isolated(stack[-1], piece)
        elif piece.closing:
            stack.pop()
        else:
            attributes = {name: xml_safe(value) for name, value in safe_attributes(piece)}
            if source_words and attributes.get("lang") and language_of(attributes["lang"]) == language_of(source_words):
                del attributes["lang"]
            element = sub_element(stack[-1], piece.name.lower(), attributes)
            if not piece.void:
                stack.append(element)
    if pending is None:  # `balanced_pieces` closed every tag: what is left goes after the last child
        _flush(container, text)


def _flush(element: Element, pending: list[str]) -> None:
    """Append the gathered text runs to `element` (`_append_text` of their concatenation:
    `xml_safe` drops single characters, so joining first changes nothing) and empty the list."""
    if pending:
        _append_text(element, "".join(pending))
        pending.clear()


def _with_latin_isolated(parent: Element, text: str) -> None:
    """Right-to-left text with each Latin run in its own `<bdi dir="ltr">`.

    Without it the bidi algorithm (UAX #9, rules W6/N1) joins Latin names separated by neutral
    punctuation into one left-to-right run ("Shanghai Pharma، Baoji" read in the wrong order),
    and draws the "$" of a CLDR Arabic currency symbol before its letters ("$US" for "US$").
    A run is Latin words with the spaces between them, plus any symbol glued to its end."""
    for run, latin in latin_runs(text):
        _append_text(sub_element(parent, "bdi", dir="ltr") if latin else parent, run)


def _append_text(element: Element, text: str) -> None:
    """Add text after the element's last child (its tail) or into the element itself."""
    text = xml_safe(text)
    if not text:
        return
    if element.children:
        last = element.children[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text
