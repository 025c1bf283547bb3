"""What trafilatura kept of a saved page, and how our tree is made comparable with it.

`page.py` keeps a block of our own walker when trafilatura (Barbaresi 2021) kept the same words.
For the comparison to hold, both must read the same text: trafilatura writes its lines in
Unicode NFC and without soft hyphens, so the page's text is normalised the same way first
(`normalise_text`); trafilatura reads the fallback content of `<noscript>`, which our walker
skips as a browser running scripts would, so a `<noscript>` holding text trafilatura kept (a
blog whose article is a script template with a `<noscript>` copy) is opened (`open_noscript`).
An `<aside>` or `<nav>` the story sits in (a misnested page) is read as a box (`open_landmarks`).
A block that is several lines (`<br>`) or a table cell is compared line by line or cell by cell,
as trafilatura writes them (`MainText.kept_block`). When none of our blocks is left, trafilatura's
lines themselves are the story (`plain_main_text`).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from l10n.ingest.fields import key_head, match_key
from l10n.ingest.furniture import ends_as_sentence, is_dangling_label, is_site_talk
from l10n.model import Block

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from lxml import etree
    from lxml.html import HtmlElement
    from trafilatura.settings import Extractor

CLOUDFLARE_EMAIL = "/cdn-cgi/l/email-protection"  # the link Cloudflare puts where it hides an address
_CLOUDFLARE_LINKS = f"descendant-or-self::a[contains(@class, '__cf_email__') or contains(@href, '{CLOUDFLARE_EMAIL}')]"
LONG_KEY = 40  # a block this long (letters and digits) may sit inside a longer extracted line
HEAD_GATE_CHARS = 512  # a text longer than this is first looked for by its first half's key (`kept`)
LEAD_FOLLOWERS = 3  # lines kept under a `<br>` block's unkept first line for it to count as the lead
PARAGRAPH_LETTERS = 200  # a paragraph's worth of text: what a box or trafilatura's lines must hold to be a story
SOFT_HYPHEN = "\u00ad"
NORMALISED_ATTRIBUTES = ("content", "alt", "title")  # metadata and figure text compared with headings and lines
_NORMALISED_VALUES = "|".join(f"descendant-or-self::*/@{name}" for name in NORMALISED_ATTRIBUTES)
TWIN_KEPT = 2  # kept paragraphs an element must hold for its twins to count as the story (see twin_story_lines)
TWIN_TEXT = ("p", "h2", "h3", "h4", "blockquote")
SECTION_HEADINGS = frozenset(TWIN_TEXT[1:4])  # a heading between two of the story's sections (`_later_sections`)
_CELL_SEPARATOR = re.compile(r"\s*\|\s*")
NFC_PIECE = 8192  # characters: a longer text is normalised piece by piece (`_nfc`)
_ASCII = re.compile(r"[\x00-\x7f]")


def normalise_text(root: HtmlElement) -> None:
    """The page's text in NFC and without soft hyphens (U+00AD), in place.

    A soft hyphen is a hyphenation hint (Unicode: shown only where a line breaks), not a letter:
    left in, it splits a word for the translator, the segmenter, the TM and MT ("Mit­tel­al­ter").
    NFC (W3C Character Model: Normalization) makes "ü" one code point whether the page spelled it
    so or as "u" + U+0308, as trafilatura's own output is.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<p>Mit\u00adtel\u00adal\u00adter geprU\u0308ft</p>")
    >>> normalise_text(root); root.text == "Mittelalter geprÜft"
    True
    """
    for element in root.iter():
        text, tail = element.text, element.tail
        if text and not text.isascii() and (normal := _normalised(text)) is not text:
            with contextlib.suppress(ValueError):  # lxml refuses to set a control character,
                element.text = normal  # which ingest refuses with its line if it is kept
        if tail and not tail.isascii() and (normal := _normalised(tail)) is not tail:
            with contextlib.suppress(ValueError):
                element.tail = normal
    for value in root.xpath(_NORMALISED_VALUES):  # only the elements that carry one (pagespeed21)
        if not value.isascii() and (normal := _normalised(value)) is not value:
            with contextlib.suppress(ValueError):
                value.getparent().set(value.attrname, normal or "")


def _normalised(text: str | None) -> str | None:
    """`text` itself when nothing changes (the common case: ASCII)."""
    if not text or text.isascii():
        return text
    changed = _nfc(text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text)
    return text if changed == text else changed


def _nfc(text: str, piece: int = NFC_PIECE) -> str:
    """`unicodedata.normalize("NFC", text)`, a long text read in pieces of about `piece`
    characters, each but the first starting at an ASCII character. The same string: every ASCII
    character is a starter (combining class 0) that no canonical composition takes as its second
    character (none of Unicode's canonical decompositions has one there), so NFC neither reorders
    nor composes across it (UAX #15). CPython composes a whole string once its quick check meets
    one character it cannot settle (a combining mark): nymag's 830 kB script, whose table of
    combining marks sits in one fifth of it, took 30-45 ms a read; now the pieces holding them
    do (pagespeed19)."""
    if len(text) <= piece:
        return unicodedata.normalize("NFC", text)
    pieces = []
    start = 0
    while start < len(text):
        cut = _ASCII.search(text, start + piece) if start + piece < len(text) else None
        end = cut.start() if cut else len(text)
        pieces.append(unicodedata.normalize("NFC", text[start:end]))
        start = end
    return "".join(pieces)


def main_text_lines(root: HtmlElement) -> list[str]:
    """The article's text lines as trafilatura extracts them (on a copy: it edits the tree).
    A paragraph holding an address that Cloudflare's "Email Address Obfuscation" replaced by a
    link ("[email protected]") is dropped whole by trafilatura; on the copy the link gives way to
    its text (16 of the realworld pages carry such links). trafilatura reads a copy of the tree it
    is given (`bare_extraction` copies an `HtmlElement` before anything else), so a page without
    such links goes as it is: no copy of ours besides (pagespeed18). A result of table rows alone,
    where the page's text is not in tables, is asked again without tables (`_tables_displaced_prose`);
    one without the story's box trafilatura discarded for a word in its class, again without that class
    (`_discarded_story`)."""
    tree = root
    if root.xpath(_CLOUDFLARE_LINKS):
        tree = copy.deepcopy(root)
        for link in tree.xpath(_CLOUDFLARE_LINKS):  # Cloudflare's e-mail obfuscation: trafilatura drops the paragraph
            link.drop_tag()
    shared: dict[object, Any] = {}  # what trafilatura reads of `tree` whatever its options (`_page_readings`)
    lines = _extracted_lines(tree, tables=True, shared=shared)
    if _tables_displaced_prose(tree, lines):  # holdout26's tovima: the story's table kept, its prose not
        prose = _extracted_lines(tree, tables=False, shared=shared)
        if sum(len(line) for line in prose) > sum(len(line) for line in lines):
            read = set(prose)  # and the first reading's lines (its tables) after them
            return prose + [line for line in lines if line not in read]
        return lines
    story = _discarded_story(tree, lines)
    if story is not None:  # holdout27's interfax: the story's box discarded for a word in its class
        bare = copy.deepcopy(tree)
        box = bare.getroottree().xpath(tree.getroottree().getpath(story))[0]
        for name in ("class", "id"):
            box.attrib.pop(name, None)
        prose = _extracted_lines(bare, tables=False, shared={})  # another tree: nothing of the first reading's
        if sum(len(line) for line in prose) >= PARAGRAPH_LETTERS:  # more prose than the first reading's
            return prose
    return lines


def _extracted_lines(tree: HtmlElement, *, tables: bool, shared: dict[object, Any] | None = None) -> list[str]:
    """trafilatura's lines of `tree`; `shared`: what its other readings of the same tree read (`_page_readings`)."""
    import trafilatura

    with _page_readings({} if shared is None else shared):
        result = trafilatura.bare_extraction(tree, options=extraction_options(tables=tables))
    text = getattr(result, "text", None) or ""
    return [line for line in text.split("\n") if line.strip()]


@contextlib.contextmanager
def _page_readings(shared: dict[object, Any]) -> Iterator[None]:
    """trafilatura 2.3.1's two readings of the whole page that its options do not change, each made once for
    the readings of one tree (`shared`, kept by `main_text_lines`): readability's summary (`try_readability`,
    asked by `compare_extraction` of a copy of the tree as pruned before its options are read, and again by the
    recall retry of the same tree) and the page's plain text (`html2txt`, the measure of its recall escalation).
    Both read the tree after `trafilatura_sequence`'s first two prunes, which read no option of ours but
    `comments` (off in both of `main_text_lines`' readings), and neither edits it, so the second reading
    without tables and a reading's recall retry asked the same of the same tree (pagespeed49: readability
    made up to four times a page, taiwannews and primamedia, the page's text twice). Readability's summary
    goes out as a copy each time: trafilatura may take it as the body and prune it. Nothing is swapped on
    a trafilatura other than 2.3.1, whose internals were read (ingest reads one page at a time in a process:
    no thread shares the modules meanwhile)."""
    import trafilatura
    from trafilatura import core, external

    if trafilatura.__version__ != "2.3.1":
        yield
        return
    summary, page_text = external.try_readability, core.html2txt

    def shared_summary(htmlinput: HtmlElement) -> HtmlElement:
        if "summary" not in shared:
            shared["summary"] = summary(htmlinput)
        return copy.deepcopy(shared["summary"])

    def shared_text(content: HtmlElement, clean: bool = True) -> str:
        if ("text", clean) not in shared:
            shared["text", clean] = page_text(content, clean)
        return shared["text", clean]

    external.try_readability, core.html2txt = shared_summary, shared_text
    try:
        yield
    finally:
        external.try_readability, core.html2txt = summary, page_text


@functools.cache
def extraction_options(*, tables: bool) -> Extractor:
    """The options `trafilatura.bare_extraction` makes of `include_comments=False, include_tables=tables,
    with_metadata=False` (Python output), made once a process: it reads eight numbers from its
    configuration each time (0.4 M instructions a call; pagespeed42). trafilatura changes none of them
    (its recall retry works on a copy)."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", comments=False, tables=tables, with_metadata=False)


# What `_text_outside_tables` does not read: a table's text, and the text a reader does not see as the page's.
_NOT_OUTSIDE = frozenset({"table", "script", "style", "noscript"})


def _is_table_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def _holds_prose(lines: list[str]) -> bool:
    """trafilatura's lines hold a paragraph's worth (`PARAGRAPH_LETTERS`) of text besides table rows."""
    return sum(len(line) for line in lines if not _is_table_row(line)) >= PARAGRAPH_LETTERS


def _tables_displaced_prose(root: HtmlElement, lines: list[str]) -> bool:
    """trafilatura's lines are table rows and less than a paragraph (`PARAGRAPH_LETTERS`) of
    anything else, on a page showing more text outside its tables than trafilatura kept in all: the
    tables displaced the story's prose. trafilatura 2.3 reads a story set as `<br>` lines in a `<div>` (no `<p>`) beside a
    table as the table alone: its main pass counts the prose, then drops it, and the result, long
    enough, goes to none of its fallbacks (holdout26's tovima: a story of 5,500 characters read as its
    1,300-character table). Asked without tables, it keeps the prose (`main_text_lines`). A page laid
    out in tables (informecorrientes, sundaytimes.lk: the story in a cell, a few characters outside
    every table) is read as it was. Of 548 pages, 8 are read as table rows alone (only theirs is the
    text outside tables counted), and 1, tovima, is asked again."""
    if not any(_is_table_row(line) for line in lines):
        return False
    if _holds_prose(lines):
        return False
    total = sum(len(line) for line in lines)
    return _text_outside_tables(root, total) > total or not _rows_hold_paragraph(lines)


def _rows_hold_paragraph(lines: list[str]) -> bool:
    """A cell of trafilatura's table rows holds a paragraph's worth (`PARAGRAPH_LETTERS`): a story laid out in a
    table's cell is read as such a row. Rows of menus, teasers and a notice, none that long, are no story's
    (misses50b: holdout50's 东北网, its story's `<p>`s in a cell trafilatura left out, its rows the header's menus and
    the error-report notice; asked without tables, it keeps the story).

    >>> _rows_hold_paragraph(["| Home | News | Sport |", "| Report an error: select it and press Ctrl+Enter. |"])
    False
    """
    return any(len(cell.strip()) >= PARAGRAPH_LETTERS for line in lines for cell in line.split("|"))


def _text_outside_tables(root: HtmlElement, limit: float) -> int:
    """The length of the page's body text outside tables, scripts, style sheets and `<noscript>`s
    (each text stripped: the text nodes of `//body//text()[not(ancestor::table or …)]`), read no
    further than where it passes `limit`. A sum in any order is the sum: the body's elements are read
    from a stack, a skipped element's tail (the text after it) counted and its subtree not entered.
    (The XPath tested every text node's ancestors and made an object of each before the first was
    counted: 10 ms on tovima, whose menus pass its table's 1,300 characters within a few elements;
    pagespeed28.)"""
    outside = 0
    for body in root.getroottree().getroot().iter("body"):
        if next(body.iterancestors("body"), None) is not None:
            continue  # inside a body already read
        stack = [body]
        while stack:
            element = stack.pop()
            if element.text:
                outside += len(element.text.strip())
            for child in element:
                if child.tail:
                    outside += len(child.tail.strip())
                if isinstance(child.tag, str) and child.tag not in _NOT_OUTSIDE:
                    stack.append(child)
            if outside > limit:
                return outside
    return outside


def _discarded_story(root: HtmlElement, lines: list[str]) -> HtmlElement | None:
    """The page's story box, when trafilatura discarded it whole: its lines hold under a paragraph
    (`PARAGRAPH_LETTERS`) besides table rows, and the element whose `<p>` children hold the most
    text on the page (at least a paragraph's worth, none of it kept) is one trafilatura's discard
    expressions pick. Those read a boilerplate word anywhere in a class or id: Interfax's story box
    is classed "txtmain _reachbanner_" (a reach counter's marker, "banner" inside a longer word), and
    its page, laid out in tables, was read as its menus' rows alone (holdout27). `main_text_lines`
    asks again with the box's class and id taken off, without tables (the page's layout). Of 558
    pages, 10 keep under a paragraph besides table rows, 8 of them show a box of a paragraph, 2 kept
    none of it, and 1, interfax, had it picked by a discard expression: only it is asked again. The first reading, the layout's rows that stood
    in for the story (Interfax's menus and related headlines), is not kept."""
    if _holds_prose(lines):
        return None
    held: dict[HtmlElement, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            held[parent] = held.get(parent, 0) + len(paragraph.text_content().strip())
    if not held:
        return None
    box = max(held, key=held.__getitem__)
    if held[box] < PARAGRAPH_LETTERS:
        return None
    kept = match_key(" ".join(lines))
    if any(key and key in kept for key in (match_key(p.text_content()) for p in box.iterchildren("p"))):
        return None
    try:
        from trafilatura.xpaths import OVERALL_DISCARD_XPATH
    except ImportError:  # trafilatura 2.3's internals: another release reads the page its own way, once
        return None
    return box if any(box in expression(root) for expression in OVERALL_DISCARD_XPATH) else None


@dataclass(frozen=True)
class MainText:
    """trafilatura's lines of the article (`match_key`s), to ask whether it kept a text."""

    lines: frozenset[str]
    everything: str
    cells: frozenset[str]

    @classmethod
    def of(cls, main_text: list[str]) -> MainText:
        keys = [match_key(line) for line in main_text]
        cells = {
            match_key(cell)
            for line in main_text
            if line.lstrip().startswith("|")
            for cell in _CELL_SEPARATOR.split(line.strip().strip("|"))
        }
        return cls(lines=frozenset(keys), everything="".join(keys), cells=frozenset(cells - {""}))

    def extended(self, more: list[str]) -> MainText:
        """`MainText.of` the lines read before and `more` after them, keying only `more`
        (pagespeed21b: the page's lines were keyed twice, for the twins and then with them)."""
        added = MainText.of(more)
        return MainText(
            lines=self.lines | added.lines,
            everything=self.everything + added.everything,
            cells=self.cells | added.cells,
        )

    def kept(self, text: str) -> bool:
        """As one of its lines, or inside one when the text is long."""
        if len(text) > HEAD_GATE_CHARS:  # a long text whose head trafilatura does not show is not kept
            head = key_head(text, HEAD_GATE_CHARS // 2)
            if head is not None and head not in self.everything:
                return False
        key = match_key(text)
        return bool(key) and (key in self.lines or (len(key) >= LONG_KEY and key in self.everything))

    def kept_block(self, block: Block) -> bool:
        """The block's text kept; or, for a table cell, kept as a cell of a row trafilatura wrote
        ("| gsoc-2018 | 0.091 GB/s |"); or, for a block of lines (`<br>`: "Pullover: H&M<br>
        Flauschjacke: Bershka"), every line of it kept, as trafilatura writes each on its own; its
        first line may be missing from them when it is a long sentence and three lines or more
        follow (holdout9's aryanews: a story written as one `<div>` of `<br>` lines, its lead the
        tail of the photo's box, which trafilatura does not read)."""
        if self.kept(block.text):
            return True
        if block.role == "cell":
            return match_key(block.text) in self.cells
        keyed = keyed_lines(block)
        while len(keyed) > LEAD_FOLLOWERS and is_link_row(block, *keyed[-1]):
            keyed = keyed[:-1]  # misses53: a closing row of links ("Назад | Обсудить в блоге редактора") is the site's
        if len(keyed) > 1 and all(self.kept(block.text[start:end]) for start, end in keyed[1:]):
            lead = block.text[slice(*keyed[0])].strip()
            return self.kept(lead) or (len(keyed) > LEAD_FOLLOWERS and _is_lead_sentence(lead))
        return False

    def joined_after(self, blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
        """Blocks of text right after a kept block that trafilatura wrote in the same line, run on
        after its text: the block and the one above, keyed together, make a long key (`LONG_KEY`)
        inside one of its lines. trafilatura writes the text of a list item as one line, and a site
        laid out in lists sets the whole story in one (holdout19's guancha: `<li class="left
        left-main">`); a short closing paragraph there ("记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。",
        25 letters) is no long key of its own. Only a sentence (`ends_as_sentence`: not a credit,
        "Foto: Divulgação", nor a label, "Partner news", run on there) that `allowed` lets through
        (no furniture rule refuses it), a paragraph, list item or quotation; a short line
        trafilatura did not write right after the kept one stays out.

        >>> main = MainText.of(["The harbour reopened on Monday morning. No one was hurt.", "Share this"])
        >>> texts = ("The harbour reopened on Monday morning.", "No one was hurt.", "Share this")
        >>> blocks = [Block("paragraph", text) for text in texts]
        >>> main.joined_after(blocks, [0], lambda block: True), main.joined_after(blocks[:1] + blocks[2:], [0], bool)
        ([1], [])
        """
        found: list[int] = []
        chosen = set(kept)
        for index in kept:
            previous, at = match_key(blocks[index].text), index + 1
            while at < len(blocks) and at not in chosen and blocks[at].role in JOINED_ROLES:
                pair = previous + match_key(blocks[at].text)
                if len(pair) < LONG_KEY or pair == previous or pair not in self.everything:
                    break
                text = blocks[at].text
                if not (ends_as_sentence(text) or _CJK_CLOSE.search(text)) or not any(
                    pair in line for line in self.lines
                ):
                    break
                if not allowed(blocks[at]):
                    break
                found.append(at)
                previous, at = match_key(blocks[at].text), at + 1
        return found

    def joined_between(self, blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
        """Blocks between two kept blocks that trafilatura wrote in the same line as both, between
        their texts: the kept block above, the run and the kept block under it, keyed together, sit
        inside one of its lines. trafilatura writes a table cell as one line, and a site laid out in
        tables sets the whole story in one cell (misses37: jxnews' `<td><font id="Zoom"><p>…`); a
        section head there (`<p><strong>伦敦奥运会目标：再夺金牌</strong></p>`, 11 letters) is no long key
        of its own, and no sentence (`joined_after` asks for one). Only a paragraph, heading, list item
        or quotation that `allowed` lets through (no furniture rule refuses it), at most
        `MAX_JOINED_RUN` of them; a line trafilatura wrote elsewhere stays out.

        >>> main = MainText.of(["The harbour reopened on Monday. Repairs The council will pay for the wall."])
        >>> texts = ("The harbour reopened on Monday.", "Repairs", "The council will pay for the wall.")
        >>> blocks = [Block("paragraph", text) for text in texts]
        >>> main.joined_between(blocks, [0, 2], lambda block: True), main.joined_between(blocks, [0, 2], lambda b: False)
        ([1], [])
        """
        found: list[int] = []
        ordered = sorted(kept)
        for first, end in zip(ordered, ordered[1:]):
            run = range(first + 1, end)
            if not 1 <= len(run) <= MAX_JOINED_RUN or any(blocks[at].role not in BETWEEN_ROLES for at in run):
                continue
            keys = [match_key(blocks[at].text) for at in (first, *run, end)]
            if not all(keys):
                continue
            joined = "".join(keys)
            if joined not in self.everything or not any(joined in line for line in self.lines):
                continue
            if all(allowed(blocks[at]) for at in run):
                found += run
        return found


JOINED_ROLES = frozenset({"paragraph", "list_item", "quote"})
BETWEEN_ROLES = JOINED_ROLES | {"heading"}
MAX_JOINED_RUN = 3  # blocks between two kept ones in the same extracted line (`joined_between`)
# A sentence's end in full-width forms (`ends_as_sentence`'s are Latin).
_CJK_CLOSE = re.compile(r"[。！？][」』”’)）]*\s*$")


def twin_story_lines(root: HtmlElement, main_text: list[str] | MainText) -> list[str]:
    """The story's text in the twins of the element holding the paragraphs trafilatura kept: a CMS
    that builds a story from components (an intro, body sections, a newsletter box between them)
    gives each text component the same markup, and trafilatura may keep one of them (holdout10's
    virginia.edu: intro and first section lost, trafilatura alone loses them too; measure's wired,
    half its story in a second chunk). A twin is an element of the same make (`_is_twin`) inside
    the same `<article>` with a paragraph among its children; its paragraphs and subheadings (a
    caption's too) count as kept. The rest of the article (a related story, a sign-up box, the
    photo's box above the headline, a standfirst's box: other markup, or no paragraph of its own)
    is left to trafilatura's choice. With no `<article>` around the holder, its later sections are
    the story (`_later_sections`)."""
    main = main_text if isinstance(main_text, MainText) else MainText.of(main_text)
    holders: dict[HtmlElement, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None and parent.get("class") and main.kept(paragraph.text_content()):
            holders[parent] = holders.get(parent, 0) + 1
    if not holders:
        return []
    holder = max(holders, key=holders.__getitem__)
    if holders[holder] < TWIN_KEPT:
        return []
    story = next(holder.iterancestors("article"), None)
    if story is None:
        return _later_sections(holder)
    return [
        part.text_content()
        for twin in story.iter(holder.tag)
        if _is_twin(twin, holder) and twin.find("p") is not None
        for part in twin.iter(*TWIN_TEXT)
    ]


def _later_sections(holder: HtmlElement) -> list[str]:
    """The story's sections after the holder when no `<article>` bounds it: trafilatura reads the
    first element one of its body expressions matches (`div[@class='text']`, `…'entry-content'`)
    and nothing after it, so a page that sets each section in its own such box (holdout8's
    ipa.go.jp: `<div class="text">` sections under `<h3>` headings, no `<article>`) lost all but
    the first. The holder's following siblings of its tag and class that hold a paragraph are the
    story, with the headings between them (their paragraphs, headings, quotes and list items count
    as kept); the run ends at a sibling of other markup, or at a box of that class without a
    paragraph (a contact box: it and the heading over it stay trafilatura's choice). Only when
    the holder is itself what one of trafilatura's body expressions matches (`trafilatura.xpaths.BODY_XPATH`):
    the mechanism is trafilatura stopping at its first match, not any run of same-class boxes
    (review20: Bootstrap `col-md-4` columns after a story became units)."""
    if not is_body_match(holder):
        return []
    sections: list[HtmlElement] = []
    headings: list[HtmlElement] = []
    for sibling in holder.itersiblings():
        if not isinstance(sibling.tag, str):
            continue  # a comment between the sections
        if (
            sibling.tag == holder.tag
            and sibling.get("class") == holder.get("class")
            and sibling.find(".//p") is not None
        ):
            sections += [*headings, sibling]
            headings = []
        elif sibling.tag in SECTION_HEADINGS:
            headings.append(sibling)
        else:
            break
    return [part.text_content() for section in sections for part in section.iter(*TWIN_TEXT, "li")]


def is_body_match(element: HtmlElement) -> bool:
    """Whether one of trafilatura's body expressions (`trafilatura.xpaths.BODY_XPATH`) picks
    `element` on its page. Each expression picks by the element's own tag and attributes (class,
    id, itemprop, role) and by which of those matches comes first; so it is first asked of the
    element alone, a shallow copy under an empty parent, and only an element that passes there is
    looked for on the whole page. Evaluated on the whole page, the expressions' `re:test`s call
    back into Python for each element (pagespeed21: the largest pass of ours on thekenyatimes;
    figures in docs/DESIGN.md), for holders that are mostly plain `<div>`s no expression names.
    Only the expressions that pick the copy are asked of the page, and one that picks the first
    child of each parent only of the copies of the element's siblings before it (pagespeed22). An
    element whose tag or attribute names a copy cannot take (lxml's HTML parser keeps
    "v-on:click") is looked for on the page directly."""
    from lxml import etree
    from trafilatura.xpaths import BODY_XPATH

    root = element.getroottree().getroot()
    try:
        parent = etree.Element("page")
        alone = etree.SubElement(parent, element.tag, dict(element.attrib))
    except ValueError:
        return any(element in expression(root) for expression in BODY_XPATH)
    for expression in BODY_XPATH:  # only those that pick it alone can pick it on the page (pagespeed22)
        if alone not in expression(parent):
            continue
        first = _first_among_siblings(expression, element, alone) if _picks_first_child(expression, alone) else None
        if (element in expression(root)) if first is None else first:
            return True
    return False


def _picks_first_child(expression: etree.XPath, alone: HtmlElement) -> bool:
    """Whether `expression` picks, of the elements it names, the first child of each parent
    (`.//*[…][1]`, trafilatura's first body expression), told by what it picks of three copies of
    `alone`: the first inside a box, the two after that box (an expression taking the page's first
    match picks the first copy alone, one taking every match all three)."""
    from lxml import etree

    probe = etree.Element("page")
    box = etree.SubElement(probe, "page")
    copies = [etree.SubElement(parent, alone.tag, dict(alone.attrib)) for parent in (box, probe, probe)]
    return expression(probe) == copies[:2]


def _first_among_siblings(expression: etree.XPath, element: HtmlElement, alone: HtmlElement) -> bool | None:
    """What `expression` (one that picks the first child of each parent it names, `_picks_first_child`)
    says of `element` on its page, read from copies of its element siblings before it: which of its
    parent's children it names comes first is all it asks (pagespeed22: over the page,
    businessinsider's, taz's and motherjones' holders took 1–1.5 ms). None when a sibling's tag or
    attribute is one a copy cannot take."""
    from lxml import etree

    siblings = etree.Element("page")
    try:
        for sibling in reversed(list(element.itersiblings(preceding=True))):
            if isinstance(sibling.tag, str):  # a comment is none of the page's elements (`*`)
                etree.SubElement(siblings, sibling.tag, dict(sibling.attrib))
    except ValueError:
        return None
    last = etree.SubElement(siblings, alone.tag, dict(alone.attrib))
    return last in expression(siblings)


def _is_twin(element: HtmlElement, holder: HtmlElement) -> bool:
    """Another element of the holder's make: its tag and class, and its parent's, the same; neither
    inside the other (a bio box nested in the story's generic "left relative" `<div>` is not)."""
    parent, holder_parent = element.getparent(), holder.getparent()
    return (
        element is not holder
        and element.get("class") == holder.get("class")
        and parent is not None
        and holder_parent is not None
        and (parent.tag, parent.get("class")) == (holder_parent.tag, holder_parent.get("class"))
        and not any(ancestor is holder for ancestor in element.iterancestors())
        and not any(ancestor is element for ancestor in holder.iterancestors())
    )


def open_noscript(root: HtmlElement, main: MainText) -> None:
    """Unwrap each `<noscript>` that holds a paragraph trafilatura kept: the page's article is its
    fallback copy for readers without scripts (a blog rendering its post from a `<script
    type="text/template">`). A `<noscript>` with a tracking pixel or "Please enable JavaScript",
    which trafilatura does not keep as the article, stays skipped."""
    for element in list(root.iter("noscript")):
        if any(main.kept(part.text_content()) for part in element.iter("p", "li", "h2", "h3", "blockquote")):
            element.drop_tag()


STORY_SHARE = 0.5  # of trafilatura's text a landmark's kept paragraphs hold when it holds the story
LANDMARKS = ("aside", "nav")  # the boxes the walker skips as the site's (html.SKIPPED)


def open_landmarks(root: HtmlElement, main: MainText, main_length: int) -> None:
    """Read as a `<div>` an `<aside>` or `<nav>` whose paragraphs trafilatura kept hold half its
        text or more: a box the parser nested the story in, not the site's (holdout15's entrepreneur:
        a `<div>` left open in the byline's `<aside>`, which HTML5 closes at `</aside>` and libxml2
        does not, so the story's `<section>` sits inside the aside); its class and id, which name what the
    aside was for, go. A sidebar's teaser paragraph that
        trafilatura kept holds a small part of its text; the box stays skipped."""
    for element in list(root.iter(*LANDMARKS)):
        if len(element.text_content()) < STORY_SHARE * main_length:
            continue  # cheap: a box shorter than half the story cannot hold half of it
        kept = sum(len(part.text_content()) for part in element.iter("p") if main.kept(part.text_content()))
        if kept >= STORY_SHARE * main_length:  # its class names what the aside was for ("byline"), not the story
            element.tag = "div"
            for name in ("class", "id", "role"):
                element.attrib.pop(name, None)


def plain_main_text(main_text: list[str], root: HtmlElement, *, skipped: list[str]) -> list[Block]:
    """trafilatura's lines as paragraphs, when none of our blocks kept the story: its text sits
    where our walker does not read (an `<aside>` around the whole article, a script, ruby
    annotations), or every block fell to a rule (a post that is a list of links). Plain text, its
    markup lost, but the story is not refused while an extractor found it. A line that is a
    link's whole text (a menu, which trafilatura returns for a page with nothing else), the site
    talking, a label, and the `skipped` texts (the headline, the byline) are left out as for
    blocks; what is left must be at least a paragraph's worth (`PARAGRAPH_LETTERS`)."""
    keys = {"", *(match_key(text) for text in skipped), *(match_key(link.text_content()) for link in root.iter("a"))}
    lines = [
        line.strip()
        for line in main_text
        if match_key(line) not in keys and not is_site_talk(line) and not is_dangling_label(line)
    ]
    if sum(len(line) for line in lines) < PARAGRAPH_LETTERS:
        return []
    return [Block(role="paragraph", text=line, line=0) for line in lines]


def keyed_lines(block: Block) -> list[tuple[int, int]]:
    """Where the block's lines between `<br>`s start and end, those with letters or digits; none for
    a block of one line (its key not asked: pagespeed18)."""
    breaks = [m.start for m in block.markup if m.tag == "br"]
    if not breaks:
        return []
    spans = zip([0, *breaks], [*breaks, len(block.text)], strict=True)
    return [(start, end) for start, end in spans if match_key(block.text[start:end])]


_ROW_GLUE = re.compile(r"[\W_]*")  # what may part a row's links: marks and spaces, no word


def is_link_row(block: Block, start: int, end: int) -> bool:
    """The block's text from `start` to `end` (a line of it) is two links or more and nothing between them but marks
    ("<a>Назад</a> | <a>Обсудить в блоге редактора</a>", misses53, holdout53's Вести ПК under its story): a row of
    the site's links, not a line of the story; one link alone (a venue's address closing its listing) is none.

    >>> from l10n.model import InlineMarkup
    >>> row = Block("paragraph", "Done. Back | Discuss", markup=[InlineMarkup(6, 10, "a"), InlineMarkup(13, 20, "a")])
    >>> is_link_row(row, 5, 20), is_link_row(row, 0, 20), is_link_row(Block("p", "x.com", [InlineMarkup(0, 5, "a")]), 0, 5)
    (True, False, False)
    """
    links = sorted((mark.start, mark.end) for mark in block.markup if mark.tag == "a" and start <= mark.start < end)
    if len(links) < 2:  # noqa: PLR2004
        return False
    at = start
    for link_start, link_end in links:
        if not _ROW_GLUE.fullmatch(block.text[at:link_start]):
            return False
        at = max(at, link_end)
    return bool(_ROW_GLUE.fullmatch(block.text[at:end]))


def _is_lead_sentence(line: str) -> bool:
    """A line long enough to be a story's lead (`LONG_KEY` letters) ending as a sentence ends, in
    the scripts the pages use (". ! ?", Arabic "؟", CJK "。", Devanagari "।"): not a label, a
    link's title or a date over the lines below it."""
    return len(match_key(line)) >= LONG_KEY and line.rstrip().endswith((".", "!", "?", "؟", "。", "！", "？", "।"))
