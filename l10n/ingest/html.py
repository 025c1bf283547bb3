"""HTML articles: structure from the HTML Living Standard's elements, inline markup kept as offsets.

Block roles follow the elements' meaning: `<h1>` headline, `<h2>`–`<h6>` heading (its rank kept, `Block.level`),
`<p>` paragraph, `<blockquote>` quote, `<li>` list item, `<figure>`/`<figcaption>` credit + caption. Text
directly inside a container (`<div>text</div>`) becomes a paragraph, as CSS renders it in an anonymous block
box. Page chrome (`script`, `style`, `nav`, `aside`, `footer`, forms…) is skipped; a footer's "Source: … Editor:
…" line still fills `Document.source`/`editor`. Metadata: Open Graph / `article:*`, `<meta name="author">`,
`rel="author"` links, `.byline`, `<time datetime>` (ISO 8601). A data `<table>` becomes one "cell" block per
cell (`tables.py`); a whole page saved from a news site is handed to `page.py`, which keeps only the article.

Parsing is hardened (`html_parse.py`): lxml's HTML parser with network access off, comments and
processing instructions dropped, no huge-tree mode; an internal DTD subset (`<!DOCTYPE x
[<!ENTITY …>]>`) is blanked before parsing, so entity tricks are neither expanded nor shown as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from l10n.errors import IngestError
from l10n.ingest.byline import narrow_to_name
from l10n.ingest.fields import (
    cut_glued_credit,
    drop_byline_label,
    is_no_alternative,
    is_unset_value,
    normalise_space,
    parse_footer,
    parse_published,
    source_language,
    without_credit_label,
)
from l10n.ingest.figure_credits import class_names, figure_credits, is_credit_text, joined_credit, without_separator
from l10n.ingest.furniture import ends_as_sentence
from l10n.ingest.html_blocks import BLOCK_LEVEL, holds_blocks
from l10n.ingest.html_parse import author_link_holders, parse_html
from l10n.ingest.inline import InlineTextBuilder
from l10n.ingest.lists import ListNumbers
from l10n.ingest.metadata import source_variant_of, stated_locale_tags
from l10n.ingest.page import ingest_page, looks_like_full_page
from l10n.ingest.page_controls import has_xml_controls
from l10n.ingest.page_figures import MAX_CAPTION_WORDS, is_page_link
from l10n.ingest.scripts import settled_language
from l10n.ingest.tables import cells, is_data_table
from l10n.model import Block, BlockRole, Document
from l10n.urls import allowed_attributes

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SKIPPED = frozenset(
    "script style noscript template nav aside button select textarea iframe "
    "svg math canvas video audio dialog head title meta link".split()
)
INLINE_KEPT = frozenset(
    "a abbr b bdi bdo cite code del dfn em i ins kbd mark q s samp small span strong sub sup time u var".split()
)
INHERITED_ROLES = frozenset({"quote", "list_item", "byline"})  # a <p> inside <blockquote> is a quote
HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
SUMMARY_CLASSES = frozenset("summary standfirst dek deck subtitle subhead".split())
BYLINE_CLASSES = frozenset("byline author article-author".split())
STILLS = ("img", "picture", "svg", "canvas")  # a figure showing one is a picture's (a pull quote's shows none)
PLAYERS = ("video", "audio", "iframe", "object", "embed")  # …unless it is a player's: its line is the clip's title
PLAYER_WORDS = frozenset({"video", "player"})  # a player's box, its poster image (abendblatt's "video-kaltura__…")
# read by `visit` inside a caption too (nu.nl: the headline set over its picture)
_OWN_READING = SKIPPED | {"figure", "table", "footer", "hr", "h1"}
DEFAULT_SOURCE_LOCALE = "en"  # the project's SOURCE_LOCALE: an article that does not say


def ingest_html(text: str, *, source_path: str = "<string>") -> Document:
    """Parse an HTML article into a `Document` whose blocks carry inline markup offsets.

    >>> doc = ingest_html('<h1>Rates <em>rise</em></h1><p class="byline">By Ann Lee</p><p>Hi.</p>')
    >>> [(b.role, b.text) for b in doc.blocks], doc.author
    ([('headline', 'Rates rise'), ('byline', 'Ann Lee'), ('paragraph', 'Hi.')], 'Ann Lee')
    >>> doc.blocks[0].markup
    [InlineMarkup(start=6, end=10, tag='em', attrs=(), void=False)]
    """
    root = parse_html(text, source_path=source_path)
    stated = stated_locales(root)
    locale = stated[0] if stated else DEFAULT_SOURCE_LOCALE
    if looks_like_full_page(root):
        document = ingest_page(root, source_path=source_path, controls=has_xml_controls(text))
    else:
        document = Document(blocks=[], source_path=source_path, source_format="html")
        body = _article_root(root)
        walk_blocks(body, document, language=locale)
        _fill_metadata(root, body, document)
    # of the languages the page states, the one its letters agree with (`<html lang="en">` over Han
    # text with `Content-Language: zh-TW`: ttv), said in a warning (`scripts.settled_language`)
    document.source_locale = settled_language(document, stated) or locale
    document.language_stated = bool(stated)
    variant = source_variant_of(root)  # metadata.py; a territory of the language read, not of one set aside
    document.source_variant = variant if variant.split("_")[0] == document.source_locale.split("_")[0] else ""
    if not document.blocks:
        raise IngestError("HTML article has no text blocks", path=source_path, line=1)
    return document


def walk_blocks(element: HtmlElement, document: Document, *, language: str = "") -> None:
    """Append the blocks of `element` (and its descendants) to `document.blocks`; `language`, the
    page's, tells the credit labels of its captions (`fields.split_caption_credit`)."""
    walker = _BlockWalker(
        document=document,
        author_holders=author_link_holders(element),
        language=language,
        headlined=bool(document.blocks_with_role("headline")),
    )
    walker.visit(element, _tag(element), role=None)


def _article_root(root: HtmlElement) -> HtmlElement:
    found = next((e for e in (root.find(".//article"), root.find(".//main"), root.find("body")) if e is not None), None)
    return found if found is not None else root


@dataclass
class _BlockWalker:
    """Walks block-level elements in document order, emitting one `Block` per run of inline text."""

    document: Document
    figures: int = 0
    tables: int = 0
    # Elements already used as figure credits. Held (not their id()s): lxml proxies are
    # recreated on access, and only a live proxy keeps its identity.
    excluded: list[HtmlElement] = field(default_factory=list)
    excluded_ids: set[int] = field(default_factory=set)  # theirs, while `excluded` holds them
    numbers: ListNumbers = field(default_factory=ListNumbers)  # of the `<ol>` items being read
    author_holders: set[HtmlElement] = field(default_factory=set)  # html_parse.author_link_holders
    pictured: int | None = None  # the number of the figure being read when it shows a picture
    language: str = ""  # the page's: a caption's credit label in it ("Foto: …") is read as English's are
    headlined: bool = False  # a headline block emitted: a later `<h1>` is a heading (not one scan of the blocks each)
    # `urls.allowed_attributes` of the inline elements read, by (tag, attributes): a page repeats its
    # links and classes (dailymail's 2,225 inline elements have 978 sets), and the answer is the same
    attributes: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def visit(self, element: HtmlElement, tag: str | None, *, role: BlockRole | None) -> None:
        """Read `element` (whose `_tag` is `tag`, read once by the caller) as a block of `role`."""
        if tag is None or tag in SKIPPED or self._is_excluded(element):
            return
        if tag == "footer":
            self._read_footer(element)
        elif tag == "figure":
            self._figure(element)
        elif tag == "table" and is_data_table(element):
            self._table(element)
        elif tag == "hr":
            return
        elif tag in ("ol", "li"):
            with self.numbers.reading(element, tag):
                self._content(element, role=self._role(element, tag, inherited=role))
        else:
            self._content(element, role=self._role(element, tag, inherited=role))

    def _role(self, element: HtmlElement, tag: str, *, inherited: BlockRole | None) -> BlockRole:
        classes = element.get("class", "").lower().split()  # a list: most elements' answer is no set's
        if not BYLINE_CLASSES.isdisjoint(classes) or (element in self.author_holders and _is_leaf_block(element)):
            return "byline"
        if tag == "h1":
            return "heading" if self.headlined else "headline"
        if tag in HEADINGS:
            return "heading"
        if tag == "blockquote":
            return "quote"
        if tag == "li":
            return "list_item"
        if tag == "figcaption":
            return "caption"
        if inherited is not None:
            return inherited
        if not SUMMARY_CLASSES.isdisjoint(classes):
            return "summary"
        return "lead" if "lead" in classes else "paragraph"

    def _content(self, element: HtmlElement, *, role: BlockRole, figure: int | None = None) -> None:
        """Emit the element's inline runs as blocks of `role`; visit its block-level children."""
        run = self._run(element.sourceline or 0)
        run.add_text(element.text)
        level = _heading_level(element) if role == "heading" else 0  # the tag read for a heading only
        for child in element:
            child_tag = _tag(child)  # once per child: each reader below is given it
            if role == "caption" and figure == self.pictured and self._is_caption_part(child, child_tag):
                # a <p>, a <div> inside a <figcaption>: words of the figure's one caption
                run.add_inline(child, child_tag)
            elif child_tag in BLOCK_LEVEL or _holds_blocks(child, child_tag):
                inherited = role if role in INHERITED_ROLES else None
                if run.is_untouched():  # most gaps between blocks are white space: nothing to emit, the run reads on
                    self.visit(child, child_tag, role=inherited)
                    run.line = child.sourceline or run.line
                else:
                    self._emit(run, role=role, figure=figure, level=level)
                    self.visit(child, child_tag, role=inherited)
                    run = self._run(child.sourceline or run.line)
            elif not self._is_excluded(child):
                run.add_inline(child, child_tag)
            run.add_text(child.tail)
        self._emit(run, role=role, figure=figure, level=level)

    def _run(self, line: int) -> _Run:
        return _Run(line=line, excluded_ids=self.excluded_ids, attributes=self.attributes)

    def _emit(self, run: _Run, *, role: BlockRole, figure: int | None, level: int = 0) -> None:
        if run.builder.is_empty():  # most runs between blocks hold no word: nothing to finish
            return
        text, markup = run.builder.finish()
        if not text or run.is_only_time(text):
            return
        footer = parse_footer(text)
        if footer is not None and role not in ("headline", "caption", "credit"):
            self.document.source = footer.source or self.document.source
            self.document.editor = footer.editor or self.document.editor
            return
        number, continued = self.numbers.item_block() if role == "list_item" else (None, False)
        block = Block(
            role, text, run.line, markup=markup, figure=figure, number=number, continued=continued, level=level
        )
        self.document.blocks.append(block)
        self.headlined = self.headlined or role == "headline"

    def _figure(self, element: HtmlElement) -> None:
        caption = element.find(".//figcaption")
        credits = figure_credits(element, caption, self.language)
        credit_text = joined_credit([normalise_space(found.text_content()).strip() for found in credits])
        if not is_credit_text(credit_text):
            credits, credit_text = [], ""
        credit_text = without_credit_label(credit_text, self.language)  # "Foto: EBAA": the edition labels it
        before = len(self.document.blocks)
        number = self.figures + 1
        if credit_text:
            self.document.blocks.append(
                Block(role="credit", text=credit_text, line=credits[0].sourceline or 0, figure=number)
            )
        if caption is not None:
            self.excluded.extend(credits)
            self.excluded_ids.update(id(found) for found in credits)
            self.pictured = number if _reads_as_one_caption(element, caption) else None
            self._content(caption, role="caption", figure=number)
            self.pictured = None
            if not credit_text:
                self._split_glued_credit(self.document.blocks[before:], number)
            else:  # the separator that stood before the credit cut out ("… Libertadores - <span>credit</span>")
                without_separator(self.document.blocks[before:])
        if len(self.document.blocks) > before:
            self.figures = number
            image = element.find(".//img")
            if image is not None:
                self.document.extra[f"figure.{number}.src"] = image.get("src", "")
                alt = normalise_space(image.get("alt", ""))
                none = is_no_alternative(alt, image.get("src", ""))  # its file's name, "fig": no alternative (F30)
                self.document.extra[f"figure.{number}.alt"] = "" if none else image.get("alt", "")
                if alt and not none:  # the picture comes first in the figure, so does its unit
                    self.document.blocks.insert(
                        before, Block(role="alt", text=alt, line=image.sourceline or 0, figure=number)
                    )

    def _split_glued_credit(self, blocks: list[Block], number: int) -> None:
        """A credit written at the end of the caption ("…phenomenon.Credit: Ou Dongqu/Xinhua")
        becomes the figure's credit block (`fields.cut_glued_credit`)."""
        captions = [block for block in blocks if block.role == "caption"]
        if not captions:
            return
        last = captions[-1]
        credit = cut_glued_credit(last, self.language)
        if credit:
            self.document.blocks.append(Block(role="credit", text=credit, line=last.line, figure=number))

    def _table(self, element: HtmlElement) -> None:
        """A data table (`tables.py`): its caption as a heading, then one "cell" block per cell."""
        caption = element.find("caption")
        if caption is not None:
            self._content(caption, role="heading")
        self.tables += 1
        for place, cell in cells(element, number=self.tables):
            run = _Run(line=cell.sourceline or 0, attributes=self.attributes)
            run.add_text(cell.text)
            for child in cell:
                run.add_inline(child, _tag(child))
                run.add_text(child.tail)
            text, markup = run.builder.finish()
            if text:
                self.document.blocks.append(Block(role="cell", text=text, line=run.line, markup=markup, cell=place))

    def _is_caption_part(self, element: HtmlElement, tag: str | None) -> bool:
        """A block inside the `<figcaption>` of a figure that shows a picture (`<p>`, `<div>`, a
        heading) is read as part of the figure's one caption (a figure holds one caption,
        `assemble/layout.py`), once and in order; a credit child is excluded already
        (`figure_credits`), and a table, a figure or chrome keeps its reading. A figure showing
        no still picture (`_shows_a_still`) is a layout box (a pull quote, story paragraphs) or a
        player's: its blocks are read as before, but a player's caption that is a sentence
        (`_reads_as_one_caption`)."""
        return tag is not None and tag not in _OWN_READING and not self._is_excluded(element)

    def _is_excluded(self, element: HtmlElement) -> bool:
        return id(element) in self.excluded_ids

    def _read_footer(self, element: HtmlElement) -> None:
        for found in element.iter():
            if _tag(found) in BLOCK_LEVEL and not any(_tag(child) in BLOCK_LEVEL for child in found):
                footer = parse_footer(found.text_content())
                if footer is not None:
                    self.document.source = footer.source or self.document.source
                    self.document.editor = footer.editor or self.document.editor


@dataclass
class _Run:
    """One run of inline content (text and inline elements) between block-level elements."""

    line: int
    builder: InlineTextBuilder = field(default_factory=InlineTextBuilder)
    elements: int = 0
    time_text: str | None = None
    excluded_ids: set[int] = field(default_factory=set)  # a figure's credit set inside its caption's words
    attributes: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[tuple[str, str], ...]] = field(
        default_factory=dict
    )  # the walker's (`_BlockWalker.attributes`)

    def is_only_time(self, text: str) -> bool:
        """A run that is just a `<time>` element is a dateline: metadata, not prose to translate."""
        return self.elements == 1 and self.time_text == text

    def is_untouched(self) -> bool:
        """Nothing read into the run but white space (which adds nothing before a word): it is as new."""
        return not self.elements and self.builder.is_empty()

    def add_text(self, text: str | None) -> None:
        if text:
            self.builder.add_text(text)

    def add_inline(self, element: HtmlElement, tag: str | None) -> None:
        """Read an inline element whose `_tag` is `tag`."""
        if tag is None or tag in SKIPPED:
            return
        self.elements += 1
        if tag == "time":
            self.time_text = normalise_space(element.text_content())
        self._inline(element, tag)

    def _inline(self, element: HtmlElement, tag: str | None) -> None:
        if tag is None or tag in SKIPPED or (self.excluded_ids and id(element) in self.excluded_ids):
            return
        if tag in ("br", "img", "wbr"):
            if tag != "wbr":
                self.builder.void(tag, self._allowed_attributes(element, tag), separates_words=tag == "br")
            return
        kept = tag in INLINE_KEPT
        if kept:
            self.builder.open(tag, self._allowed_attributes(element, tag))
        elif tag in BLOCK_LEVEL:
            self.builder.add_text(" ")  # a block inside an inline (broken HTML) still ends a word
        self.add_text(element.text)
        for child in element:
            self._inline(child, _tag(child))
            self.add_text(child.tail)
        if kept:
            self.builder.close()
        elif tag in BLOCK_LEVEL:
            self.builder.add_text(" ")

    def _allowed_attributes(self, element: HtmlElement, tag: str) -> tuple[tuple[str, str], ...]:
        """`urls.allowed_attributes`, each (tag, attributes) asked once in a walk."""
        key = (tag, tuple(element.attrib.items()))
        found = self.attributes.get(key)
        if found is None:
            found = self.attributes[key] = allowed_attributes(tag, key[1])
        return found


def _fill_metadata(root: HtmlElement, body: HtmlElement, document: Document) -> None:
    meta = _meta_values(root)
    headlines = document.blocks_with_role("headline")
    if headlines:
        document.headline = headlines[0].text
    else:
        title, line = meta.get("og:title") or _title(root)
        if title:
            document.headline = title
            document.blocks.insert(0, Block(role="headline", text=title, line=line))
    bylines = document.blocks_with_role("byline")
    author_link = root.find(".//a[@rel='author']")
    for block in bylines:
        drop_byline_label(block)
        document.author_role = document.author_role or narrow_to_name(block)
    if bylines:
        document.author = bylines[0].text
    elif meta.get("author"):
        document.author = meta["author"][0]
    elif author_link is not None:
        document.author = normalise_space(author_link.text_content())
    time_element = body.find(".//time[@datetime]")
    for candidate in (meta.get("article:published_time"), meta.get("date")):
        if candidate and parse_published(candidate[0]):
            document.published = parse_published(candidate[0])
            break
    else:
        if time_element is not None:
            document.published = parse_published(time_element.get("datetime", ""))
    if meta.get("article:section"):
        document.section = meta["article:section"][0]


def source_locale_of(root: HtmlElement) -> str:
    """The article's language as stated (`stated_locale_of`), else DEFAULT_SOURCE_LOCALE."""
    return stated_locale_of(root) or DEFAULT_SOURCE_LOCALE


def stated_locale_of(root: HtmlElement) -> str:
    """The article's language from `<html lang>` (or `xml:lang`, or `<meta http-equiv=
    "content-language">`, else the page's metadata: `metadata.stated_locale_tags`), reduced by `fields.source_language` (the one rule for a tag's
    source-locale form, shared with front matter and Word). Missing, malformed or unknown tags
    give "": the article states none.

    >>> import lxml.html
    >>> [stated_locale_of(lxml.html.document_fromstring(f"<html{a}><p>x</p></html>"))
    ...  for a in (' lang="en-GB"', ' lang="de"', ' lang="zh-Hant-TW"', ' lang="zh-TW"', ' lang="x-klingon"', "")]
    ['en', 'de', 'zh_Hant', 'zh_Hant', '', '']
    """
    return next(iter(stated_locales(root)), "")


def stated_locales(root: HtmlElement) -> list[str]:
    """Every language the page states, in `stated_locale_of`'s order, each once: the first is
    the page's, the others what `scripts.settled_language` may read it in when its letters
    contradict the first.

    >>> import lxml.html
    >>> stated_locales(lxml.html.document_fromstring('<html lang="en"><head><meta http-equiv="Content-Language" '
    ...     'content="zh-tw"><meta property="og:locale" content="en_US"></head><p>x</p></html>'))
    ['en', 'zh_Hant']
    """
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"), root.get("xml:lang")]
    candidates += [
        meta.get("content")
        for meta in root.iter("meta")
        if (meta.get("http-equiv") or "").lower() == "content-language"
    ]
    # then the page's metadata (og:locale "ar_AR", inLanguage): pages that state it only there (issue 14)
    candidates += stated_locale_tags(root)
    languages = (source_language((tag or "").split(",")[0]) for tag in candidates)
    return list(dict.fromkeys(language for language in languages if language))


def _meta_values(root: HtmlElement) -> dict[str, tuple[str, int]]:
    """`<meta property|name=… content=…>` as {key: (content, line)}; the first one of a key wins."""
    values: dict[str, tuple[str, int]] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = normalise_space(meta.get("content") or "")
        if key and content and key not in values and not is_unset_value(content):
            values[key] = (content, meta.sourceline or 0)
    return values


def _title(root: HtmlElement) -> tuple[str, int]:
    title = root.find(".//title")
    if title is None:
        return "", 0
    return normalise_space(title.text_content()), title.sourceline or 0


def _tag(element: object) -> str | None:
    tag = getattr(element, "tag", None)
    return tag.lower() if isinstance(tag, str) else None


def _heading_level(element: HtmlElement) -> int:
    """The rank of an `<h1>`–`<h6>` (`Block.level`); 0 for another element read as a heading."""
    tag = _tag(element) or ""
    return int(tag[1]) if tag == "h1" or tag in HEADINGS else 0


def _holds_blocks(element: HtmlElement, tag: str | None) -> bool:
    """An inline element broken around the blocks it holds (`html_blocks.holds_blocks`); a link to
    another page around blocks (a teaser card) stays one run: `page.py` drops blocks mostly link
    text. A link to no page (`page_figures.is_page_link`: holdout23's Público, a script's zoom
    `<a>` without `href` around the story's photo) is broken around them like any inline element.
    `tag` is the element's `_tag`; the link's address is read only for a link holding blocks (most
    hold none)."""
    return (
        tag is not None
        and tag not in BLOCK_LEVEL
        and holds_blocks(element)
        and (tag != "a" or not is_page_link(element))
    )


def _is_caption_sized(caption: HtmlElement) -> bool:
    """A figcaption no longer than a caption (`page_figures.MAX_CAPTION_WORDS`): story paragraphs set
    in a picture's `<figcaption>` (review21b) keep their reading as paragraphs."""
    return len(caption.text_content().split(maxsplit=MAX_CAPTION_WORDS)) <= MAX_CAPTION_WORDS


def _reads_as_one_caption(figure: HtmlElement, caption: HtmlElement) -> bool:
    """The blocks of the figure's `<figcaption>` are its one caption: a picture's (`_shows_a_still`),
    or a player's whose caption ends as a sentence ends (holdout22's nrk: "FORTVILET: Her tror Lene
    Retzius at finaleplassen glipper." under its lead video, a `<p>` in the `<figcaption>`), which
    tells what the footage shows; a clip's title under its player ends as a headline does, without a
    stop, and keeps its reading as a line (holdout4's abendblatt: "Corona-Lockerungen: Das ist ab
    Mittwoch wieder erlaubt", labelled chrome). Either no longer than a caption (`_is_caption_sized`)."""
    if not _is_caption_sized(caption):
        return False
    if _shows_a_still(figure):
        return True
    return _is_players(figure) and ends_as_sentence(caption.text_content().strip())


def _is_players(figure: HtmlElement) -> bool:
    """A player's figure: a player element, or a part classed as a player's box (`PLAYER_WORDS`)."""
    return next(figure.iter(*PLAYERS), None) is not None or any(
        class_names(part, PLAYER_WORDS) for part in figure.iter() if isinstance(part.tag, str)
    )


def _shows_a_still(figure: HtmlElement) -> bool:
    """A figure showing a picture, not a player: a video's figure repeats the clip's title under
    it (holdout4's abendblatt: "Corona-Lockerungen: …", labelled chrome), read as before."""
    return next(figure.iter(*STILLS), None) is not None and not _is_players(figure)


def _is_leaf_block(element: HtmlElement) -> bool:
    return not any(_tag(found) in BLOCK_LEVEL for found in element.iterdescendants())


def _is_inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())
