"""Pictures a saved page sets without `<figure>`: an image's box and, right after it, an element
whose class names it a caption (`<div class="image-caption">`, `<div class="media-caption">`,
`<aside class="caption-left">`), or a `<figcaption>` left outside the `<figure>` holding the
image. `page.py` keeps a figure's caption and credit where the story shows the figure; a caption
read as a plain line is dropped with the lines trafilatura did not keep, and the issue's "no body
paragraph lost" counts it (holdout9's sott and technologyreview, holdout10's simplyfound and
lsm-lv: captions trafilatura alone loses too). Each such pair is made the `<figure>` it shows
(`html.py` reads its alt text, caption and credit) before the walk.

A caption is a short text under its picture; an element classed "caption" that follows no
picture (a gallery's counter, a video's title line) or holds a paragraph's worth of text is left,
and so is a teaser's title under a picture that links to another page (edition.cnn.com's embedded
stories), where a caption's picture links to itself at a larger size if anywhere. A `<figure>` that
also holds the page's `<h1>` (The Conversation's "magazine" header: the headline over its lead
picture) gives the headline's box up, put before it, so the picture reads as the lead picture.

Session 18 (the last known caption losses): class words run together name a caption too
(`captionBox`, `imageCaption`), and a caption in a list item is read (a gallery set as a `<ul>` of
photos: dailyherald's); a caption written twice, in full and cut short, is read once; and the one
picture set right above the headline is the lead picture (`lead_picture_above`: lsm-lv's, The Globe
and Mail's), where several there are a strip of teasers (tmz's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from l10n.ingest.fields import CREDIT_LABELS_BY_LANGUAGE, is_credit_line, match_key, normalise_space
from l10n.ingest.figure_credits import (
    CREDIT_WORDS,
    LOOSE_CREDIT_WORDS,
    class_names,
    ends_in_slashed_label_credit,
    is_credit_named,
    is_credit_text,
)
from l10n.ingest.furniture import ALL_LINK_SHARE, MAX_LABEL_WORDS, is_site_talk, link_share
from l10n.ingest.html_blocks import has_block_below
from l10n.ingest.page_boxes import FIGURE_ROLES
from l10n.ingest.page_days import own_addresses
from l10n.ingest.shown_text import SHOWN_TEXT, UNSHOWN, shown_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.model import Block

MAX_CAPTION_WORDS = 60
_CAPTION_WORDS = frozenset({"caption", "captions", "cutline"})
# …and run together in lower case after the picture's word, with no hump or hyphen to part them
# (holdout28's Rednet: `<p class="imgcaption">` under each picture's `<p>`)
_PICTURE_WORDS = ("img", "image", "photo", "pic", "picture", "foto")
_RUN_TOGETHER_CAPTION_WORDS = frozenset(picture + word for picture in _PICTURE_WORDS for word in _CAPTION_WORDS)
MAX_CREDIT_WORDS = 12  # a credit names a photographer or an agency, not a sentence
MAX_CAPTION_LINES = 3  # lines under a picture, the credit last, before they are no picture's caption
# one XPath in C, on the class attributes, then their elements (pagespeed21b: 2–3× faster than
# testing `@class` of every element)
_CAPTION_CLASSED = "//@class[contains(., 'aption') or contains(., 'utline')]/.."
_CAPTION_TAGS = frozenset({"div", "p", "aside", "section", "span"})  # a box, not a link or a picture
_NOT_UNDER = frozenset({"figure", "figcaption", "p", "a", "h1", "h2", "h3", "h4", "h5", "h6"})  # read already
_SKIPPED_BOXES = frozenset({"aside"})
_IMAGE_ENDINGS = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".avif",
)  # the walker skips these (html.SKIPPED): a picture's box is read


def is_caption_named(element: HtmlElement) -> bool:
    """The element's class names a caption ("image-caption", "photo__captions", "caption-left",
    "captionBox"); "withoutCaption", "no-caption" name a picture's box that has none (express's),
    while another class's "no" ("wp-caption no-padding-mobile") says nothing of the caption.

    >>> import lxml.html
    >>> names = ("media-caption", "captioned-box", "imageCaption", "withoutCaption", "wp-caption no-padding", "imgcaption")
    >>> [is_caption_named(lxml.html.fragment_fromstring(f'<div class="{name}">x</div>')) for name in names]
    [True, False, True, False, True, True]
    """
    return class_names(element, _CAPTION_WORDS) or class_names(element, _RUN_TOGETHER_CAPTION_WORDS)


def figures_by_caption(root: HtmlElement, language: str = "") -> None:
    """Make each picture and the caption under it a `<figure>` (see the module docstring).

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><div><img src="a.jpg"></div><div class="media-caption">A harbour.</div><p>Text.</p></div>')
    >>> figures_by_caption(box)
    >>> lxml.html.tostring(box, encoding="unicode")
    '<div><figure><div><img src="a.jpg"></div><figcaption class="media-caption">A harbour.</figcaption></figure><p>Text.</p></div>'
    """
    numbers = story_numbers(root)
    for element in root.xpath(_CAPTION_CLASSED):
        if element.tag in _CAPTION_TAGS and _is_picture_and_caption_box(element):
            _box_as_figure(element, language, numbers)  # holdout31's Inquirer: WordPress's "wp-caption"
        elif (
            element.tag in _CAPTION_TAGS
            and is_caption_named(element)
            and not any(
                ancestor.tag in _NOT_UNDER or is_caption_named(ancestor) for ancestor in element.iterancestors()
            )
        ):
            _as_figure(_caption_box(element), language, numbers)
    for caption in _alt_captions(root):  # holdout27's nzherald, winnipegfreepress: the alt written again under it
        _as_figure(caption, language, numbers, repeats_alt=True)
    for caption in _marked_captions(root):  # misses39, holdout38's wenweipo: "■…" right under its picture
        _as_figure(caption, language, numbers)
    # the page's elements by tag in C, tested in Python: an XPath `//figure[…]` cost 3× as much (pagespeed32)
    page = root.getroottree().getroot()
    for caption in [
        caption for caption in page.iter("figcaption") if next(caption.iterancestors("figure"), None) is None
    ]:
        _as_figure(caption, language, numbers)  # holdout10's lsm-lv
        if caption.getparent() is not None and caption.getparent().tag != "figure" and _credits_picture_above(caption):
            _wrapped_in_figure(caption)  # holdout31's Hechinger Report: the credit of the picture behind the header
    for figure in [figure for figure in page.iter("figure") if next(figure.iter("figcaption"), None) is None]:
        _caption_in_figure(figure, language, numbers)
    for figure in [figure for figure in page.iter("figure") if next(figure.iter("h1"), None) is not None]:
        # theconversation: the headline set on its lead picture
        branch = next((child for child in figure if child.tag == "h1" or child.find(".//h1") is not None), None)
        if branch is not None:  # the headline's box goes before the picture, as it reads: headline, then figure
            figure.addprevious(_moved(branch))


def credited_pictures(root: HtmlElement, language: str = "") -> None:
    """Make each picture's box that holds nothing but the picture and, under it, a few short lines
    ending in its credit a `<figure>`: the lines before the credit are its caption (holdout21's
    isolezwe: `<div class="image-widget"><span><picture>…</picture></span><p>Adaze inkani…</p>
    <p>Image: DOCTOR NGCOBO</p></div>`, no class naming a caption). The credit is told by its label
    (`fields.is_credit_line`: "Image:", "Photo:") or its class (`is_credit_named`: pravda's
    "…_media_source" under its lead picture). Run before the boxes are pruned: a page builder's
    "widget" holding a figure alone is a photo's box and stays (`page_prune._is_kept_box`), where
    the same box with a picture and a line that credits nothing (an offer, a teaser) goes.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><span><img src="a.jpg"></span><p>A harbour.</p><p>Image: Ann Lee</p></div>')
    >>> credited_pictures(box)
    >>> lxml.html.tostring(box, encoding="unicode")
    '<div><figure><span><img src="a.jpg"></span><figcaption> A harbour. <small>Image: Ann Lee</small></figcaption></figure></div>'
    """
    numbers: frozenset[str] | None = None  # the story's number, read for the first linked picture
    for image in list(root.iter("img")):
        if next(image.iterancestors("figure", "figcaption", "footer"), None) is not None:
            continue  # a figure already, the page's footer
        link = next(image.iterancestors("a"), None)
        box = image
        parent = box.getparent()
        while parent is not None and not _has_text(parent):
            box, parent = parent, parent.getparent()
        if parent is None or parent.tag in ("body", "html") or (parent.text or "").strip():
            continue
        opens = _opens_with(parent, box)  # asked once (pagespeed45: each asks `_has_text` of the box's first children)
        above = None if opens else _credit_above(parent, box, language)
        if above is None and not opens:
            continue
        lines = _label_lines(list(box.itersiblings()))
        if above is not None:  # holdout31's junge Welt: the credit over the picture, one caption line under it
            if link is None and len(lines) == 1 and _caption_and_credit(box, lines, language, credited=False):
                _as_credited_figure(box, lines, _moved(above))
        elif link is None:
            if 0 < len(lines) <= MAX_CAPTION_LINES and _caption_and_credit(box, lines, language):
                _as_credited_figure(box, lines[:-1], lines[-1])
            elif lines and _is_credited_caption(box, lines[0], language):  # holdout28: the story under it too
                _as_credited_figure(box, lines[:1], None)
        elif (
            len(lines) == 1
            and (box is link or link in box.iterdescendants("a"))
            and not is_caption_named(lines[0])  # (a caption so named: `figures_by_caption`)
            and _caption_and_credit(box, lines, language, credited=False)
            and _has_address(link)
        ):
            numbers = story_numbers(root) if numbers is None else numbers
            if not is_page_link(link, numbers):
                line = lines[0].sourceline
                _as_credited_figure(box, lines, None).find("figcaption").sourceline = line  # its line, for the unit


def _is_bare_line(line: HtmlElement) -> bool:
    """A line of text alone, as a caption or a credit stands: a box (`_CAPTION_TAGS`) with no link, no picture
    and no block inside."""
    return (
        isinstance(line.tag, str)
        and line.tag in _CAPTION_TAGS
        and next(line.iter("a", "img"), None) is None
        and not has_block_below(line)
    )


def _credit_above(parent: HtmlElement, box: HtmlElement, language: str) -> HtmlElement | None:
    """The line the picture's box opens with, right above the picture, when it is the picture's credit by
    its label (`fields.is_credit_line`): holdout31's junge Welt, `<div><span class="…text-right">Foto: Deja
    Gaston</span><img …><div class="text-base/6">Kenianische Antiimperialisten …</div></div>`, the credit over
    the lead picture's right corner and the caption under it. A short line without links or boxes inside;
    a line above a picture that names no credit (a teaser's title, a kicker) is none.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><span>Foto: Ann Lee</span><img src="a.jpg"><div>Ein Hafen.</div></div>')
    >>> _credit_above(box, box[1], "de").text, _credit_above(box, box[2], "de")
    ('Foto: Ann Lee', None)
    """
    line = _shown_before(box, UNSHOWN)
    if line is None or not _is_bare_line(line) or not _opens_with(parent, line) or (line.tail or "").strip():
        return None
    text = " ".join(line.text_content().split())
    if (
        not 0 < len(text.split(maxsplit=MAX_CREDIT_WORDS)) <= MAX_CREDIT_WORDS
        or is_site_talk(text)
        or not is_credit_line(text, language)
    ):
        return None
    return line


MIN_LABEL_LINES = 2  # a caption and its credit: a box around one line is that line's (a caption's `<span>`)


def _is_credited_caption(box: HtmlElement, line: HtmlElement, language: str) -> bool:
    """The line right under the picture, its story going on under it in the same box, is its caption
    when it ends in the picture's credit in brackets (`fields.split_caption_credit`): holdout28's
    Gazeta Wrocławska, `<img …><p class="podpisZdjecia"><b>Ospa party – …?</b> (© fot. Archiwum
    Polska The Times)</p>` and then the byline and the story in the picture's `<div>`. A short line of
    text with no links, no pictures and no blocks inside, nothing between it and the picture; the
    credit's label one of English's or the page's language's (`fields.CREDIT_LABELS_BY_LANGUAGE`), a
    colon or a full stop after it ("fot.", Polish's abbreviation), or no label but the photographer and
    the agency parted by a slash (`_is_slashed_credit`: "(Pedro Vilela/Getty Images)", misses38). The
    credit stays in the caption, as the story wrote it.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><img src="a.jpg"><p>A harbour. (Photo: Ann Lee)</p><p>Text.</p></div>')
    >>> _is_credited_caption(box[0], box[1], "en"), _is_credited_caption(box[0], box[2], "en")
    (True, False)
    """
    if (box.tail or "").strip() or not _is_bare_line(line) or (line.tail or "").strip():
        return False
    if any(is_caption_named(part) or is_credit_named(part) for part in line.iter()):
        return False  # a caption or credit so named is read as one (`figures_by_caption`)
    text = " ".join(line.text_content().split())
    if not 0 < len(text.split(maxsplit=MAX_CAPTION_WORDS)) <= MAX_CAPTION_WORDS:
        return False
    shot = _SHOT_BY.search(text)
    if shot is not None and shot.start() > 0:
        return True
    if _is_slashed_credit(text) or ends_in_slashed_label_credit(text):  # misses39b: "示意图 制图/李铭"
        return True
    found = _BRACKETED_CREDIT.search(text)
    return found is not None and found.start() > 0 and found["label"].lower() in _label_words(language)


# a credit in brackets ending the line, its label abbreviated or followed by a colon ("(© fot. Ann Lee)",
# "(Photo: AP)"), a copyright sign before it or not
_BRACKETED_CREDIT = re.compile(r"[(（\[]\s*(?:©\s*)?(?P<label>[^\W\d_]+)\s*[.:：]\s*[^()（）\[\]]{1,80}[)）\]]$")
# …or a Chinese credit, the photographer's name and then "摄" (photographed), in brackets ("(通讯员林 宇 摄)",
# holdout29's hinews.cn; "（记者 王小明 摄）")
_SHOT_BY = re.compile(r"[(（]\s*[^()（）]{1,30}?\s*(?:摄|攝)(?:影)?\s*[)）]$")


# …or a credit with no label, the photographer and the agency parted by a slash, in brackets ending the line:
# "(Pedro Vilela/Getty Images)", "(AP Photo/Evan Vucci)" (holdout37's The Media Line, its lead picture's caption)
_SLASHED_CREDIT = re.compile(r"[(（\[](?P<by>[^()（）\[\]/]{1,40})/(?P<agency>[^()（）\[\]/]{1,40})[)）\]]$")
MAX_CREDIT_NAME_WORDS = 4  # a photographer's name or an agency's, each side of the slash


def _is_slashed_credit(text: str) -> bool:
    """The line ends in a credit in brackets naming two parties parted by a slash, each a name (a few words,
    each opening with a capital), after a caption's words: "… Belo Horizonte, Brazil. (Pedro Vilela/Getty
    Images)". A bracket of lower-case words ("(and/or)", "(km/h)") or of one word is no credit.

    >>> [_is_slashed_credit(text) for text in ("A harbour. (Ann Lee/Reuters)", "A harbour (km/h)", "(Ann Lee/Reuters)")]
    [True, False, False]
    """
    found = _SLASHED_CREDIT.search(text)
    if found is None or found.start() == 0:
        return False
    for part in (found["by"], found["agency"]):
        words = part.split()
        if not 0 < len(words) <= MAX_CREDIT_NAME_WORDS or not all(word[0].isupper() for word in words):
            return False
    return True


def _label_words(language: str) -> frozenset[str]:
    """The one-word credit labels of English and of `language` (`fields.CREDIT_LABELS_BY_LANGUAGE`)."""
    from l10n.locales import language_of  # (not at import: it brings Babel)

    primary = language_of(language) if language else ""
    return frozenset(
        label.strip(" =")
        for languages, labels in CREDIT_LABELS_BY_LANGUAGE.items()
        if languages == "en" or primary in languages.split()
        for label in labels
        if " " not in label.strip(" =")
    )


def _label_lines(lines: list[HtmlElement]) -> list[HtmlElement]:
    """The lines under a picture, read inside the one box holding them all when that box has no text
    of its own, only lines, two or more (holdout28's Komsomolskaya Pravda: `<div class="img"><img …></div><div
    class="label"><div class="title">…</div><div class="autor">Фото: Игорь УЛИТИН</div></div>`);
    else the lines as they are.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><div><p>A harbour.</p><p>Photo: Ann Lee</p></div></div>')
    >>> [line.text for line in _label_lines([box[0]])], _label_lines([box]) == [box]
    (['A harbour.', 'Photo: Ann Lee'], True)
    """
    if len(lines) != 1 or not isinstance(lines[0].tag, str) or lines[0].tag not in _CAPTION_TAGS:
        return lines
    label = lines[0]
    inner = list(label)
    if any(is_caption_named(box) or is_credit_named(box) for box in (label, *inner)):
        return lines  # a caption or credit so named is read as one, with its lines (`figures_by_caption`)
    if (
        (label.text or "").strip()
        or len(inner) < MIN_LABEL_LINES
        or any(
            not isinstance(line.tag, str) or line.tag not in _CAPTION_TAGS or (line.tail or "").strip()
            for line in inner
        )
    ):
        return lines
    return inner


def _has_address(link: HtmlElement) -> bool:
    """A link with an address (`href`), not a script's: a picture's link that may go to itself at a
    larger size or to the story's own photo page (`is_page_link` false), under which one short line,
    nothing else in their box, is its caption, its credit written into it if anywhere (holdout26's
    dziennikwschodni: `<div class="articlePicture"><a href="…?AID=/20120104/NEWS01/329576657&
    template=artpicture"><img …></a><p>Lubelscy strażacy szykują się do protestu (fot. Maciej
    Kaczanowski)</p></div>`, the story's number in the address). A link without an address (a
    script's button) or one around the line too (an icon and its label) makes no caption; a picture
    linking to another page is a teaser's; one not linked needs its credit under it
    (`_caption_and_credit`)."""
    href = (link.get("href") or "").strip()
    return bool(urlsplit(href).path) and not href.lower().startswith("javascript:")


def _opens_with(box: HtmlElement, child: HtmlElement) -> bool:
    """`child` is the box's first child a reader sees: a stylesheet, a script and an empty element before it
    show nothing (holdout29's hinews.cn: `<style>` and an empty `<div>` before the story's lead picture)."""
    for first in box:
        if not isinstance(first.tag, str) or first.tag in UNSHOWN:
            continue
        if _has_text(first) or next(first.iter("img"), None) is not None:
            return first is child
    return False


def _has_text(element: HtmlElement) -> bool:
    """Any text but spaces inside: the string libxml2 joins, not `itertext`, which makes a Python
    element for every element it passes (speed25b: newsru's 75 pictures in table cells, 4.3 → 0.7 ms)."""
    return bool(element.text_content().strip())


def _caption_and_credit(box: HtmlElement, lines: list[HtmlElement], language: str, *, credited: bool = True) -> bool:
    """Short lines of text (no links, no pictures, no blocks inside) right under the picture's box,
    nothing between them, the last one a credit (unless not `credited`: the last one a caption's
    words, not the site talking)."""
    if (box.tail or "").strip():
        return False
    words = 0
    for line in lines:
        if not _is_bare_line(line) or (line.tail or "").strip():
            return False
        words += len(line.text_content().split())
    credit = lines[-1]
    text = " ".join(credit.text_content().split())
    if not credited:
        return 0 < words <= MAX_CAPTION_WORDS and not is_site_talk(text)
    return (
        words <= MAX_CAPTION_WORDS
        and 0 < len(text.split(maxsplit=MAX_CREDIT_WORDS)) <= MAX_CREDIT_WORDS
        and (
            is_credit_line(text, language)
            or class_names(credit, CREDIT_WORDS if len(lines) > 1 else LOOSE_CREDIT_WORDS)
        )
        and not is_site_talk(text)  # the site's rights line under its logo
    )


def _as_credited_figure(box: HtmlElement, lines: list[HtmlElement], credit: HtmlElement | None) -> HtmlElement:
    """The picture's box made a `<figure>`, its caption's `lines` the `<figcaption>`, `credit` (if any) in it."""
    figure = box.makeelement("figure", {})
    box.addprevious(figure)
    figure.append(box)
    caption = box.makeelement("figcaption", {})
    figure.append(caption)
    for line in lines:  # the caption's lines are one caption, not paragraphs
        caption.append(line)
        line.text, line.tail = " " + (line.text or ""), " " + (line.tail or "")
        line.drop_tag()
    if credit is not None:
        _as_credit(caption, credit)
    return figure


def _as_credit(caption: HtmlElement, credit: HtmlElement) -> None:
    """The credit set in the caption as HTML sets one there: a `<small>`, which `html.py` reads as
    the figure's credit."""
    credit.tail = None
    caption.append(credit)
    credit.tag = "small"


def _credit_under(figure: HtmlElement, language: str) -> HtmlElement | None:
    """The line right under a caption made a figure that credits its picture: a short box without
    links whose label (`fields.is_credit_line`) or class (`is_credit_named`, or "author": pravda's
    `<div class="image-box__author">Источник: Фундация DEJURE</div>` under `image-box__caption`)
    says so; the picture's photographer named under its caption, not a line of the story."""
    line = figure.getnext()
    while line is not None and not isinstance(line.tag, str):  # a comment between them
        line = line.getnext()
    if line is None or not _is_bare_line(line) or (figure.tail or "").strip():
        return None
    text = " ".join(line.text_content().split())
    if not 0 < len(text.split(maxsplit=MAX_CREDIT_WORDS)) <= MAX_CREDIT_WORDS:
        return None
    named = is_credit_named(line) or class_names(line, frozenset({"author"}))
    return line if (named or is_credit_line(text, language)) and not is_site_talk(text) else None


def lead_picture_above(blocks: list[Block], headline_at: int) -> int:
    """Where the story's pictures start: at the headline, or at the one picture set right above it.
    A page may show its lead picture over the headline (lsm.lv's photo, The Globe and Mail's in the
    article's `<header>`); its caption is the story's as much as one under the headline. A run of
    several pictures there is a strip of teasers, each a picture with another story's title (tmz's),
    not a lead picture, nor is a picture with its alt text alone (a logo, a banner).

    >>> from l10n.model import Block
    >>> lead = [Block("paragraph", "Menu"), Block("caption", "A harbour.", figure=1), Block("headline", "Ferries resume")]
    >>> strip = [Block("caption", "Another story", figure=1), Block("caption", "A harbour.", figure=2), lead[2]]
    >>> lead_picture_above(lead, 2), lead_picture_above(strip, 2)
    (1, 2)

    Between the picture and the headline may stand the section's link, the headline's kicker
    (holdout21's dizindaba: the lead picture, then `<a>News</a>`, then the `<h1>`).
    """
    above = headline_at
    while above > 0 and headline_at - above < MAX_SECTION_LINKS and _is_section_link(blocks[above - 1]):
        above -= 1
    start = above
    figure = blocks[start - 1].figure if start > 0 else None
    while start > 0 and blocks[start - 1].role in FIGURE_ROLES and blocks[start - 1].figure == figure is not None:
        start -= 1
    if start > 0 and blocks[start - 1].role in FIGURE_ROLES:  # another picture above it: a strip of teasers
        return headline_at
    if not any(block.role in ("caption", "credit") for block in blocks[start:above]):
        return headline_at  # a picture with its alt text alone (a logo, a banner) is no lead picture
    if above < headline_at and _shown_again(blocks, start, above):
        return headline_at  # kxan's: the lead picture set again under the headline, for another screen
    return start


def _shown_again(blocks: list[Block], start: int, end: int) -> bool:
    """The captions of `blocks[start:end]` stand again further down: the same picture laid out twice."""
    captions = {block.text for block in blocks[start:end] if block.role == "caption"}
    return any(block.role == "caption" and block.text in captions for block in blocks[end:])


MAX_SECTION_LINKS = 2  # the section's link and its parent section's, over a headline


def _is_section_link(block: Block) -> bool:
    """A few words, all a link: the section a headline is filed under ("News", "Sport › Golf")."""
    return (
        block.role not in FIGURE_ROLES
        and len(block.text.split(maxsplit=MAX_LABEL_WORDS)) <= MAX_LABEL_WORDS
        and link_share(block) >= ALL_LINK_SHARE
    )


def _is_picture_and_caption_box(box: HtmlElement) -> bool:
    """A caption-named box around the picture and, under it, the caption's own caption-named line
    (WordPress's `<div class="wp-caption"><img …><p class="wp-caption-text">…</p></div>`, holdout31's
    Inquirer, its lead picture's caption lost): the box is the figure, not its caption. Its first shown
    child holds the picture; no box around it is read already (a `<figure>`, a caption)."""
    if not is_caption_named(box) or any(
        ancestor.tag in _NOT_UNDER or is_caption_named(ancestor) for ancestor in box.iterancestors()
    ):
        return False
    first = next((child for child in box if isinstance(child.tag, str) and child.tag not in _UNSHOWN), None)
    return (
        first is not None
        and not (box.text or "").strip()
        and _holds_picture(first)
        and not first.text_content().strip()
        and any(is_caption_named(line) for line in first.itersiblings() if isinstance(line.tag, str))
    )


def _credits_picture_above(caption: HtmlElement) -> bool:
    """A `<figcaption>` left outside its figure that only credits the picture of the box right before it,
    a box the picture cannot join as its figure (`_as_figure`: it holds the story's header too): holdout31's
    Hechinger Report sets its featured image behind the header, `<div class="featured-image-behind"><img …>
    <header>…<h1>…</header></div><figcaption><span class="image-credit">Credit: …</span></figcaption>`. All
    its words are a credit's, so named (`is_credit_named`); a caption's words (a teaser's title) are not."""
    picture = _shown_before(caption)
    if picture is None or not _holds_picture(picture) or next(caption.iter("a", "img"), None) is not None:
        return False
    words = caption.text_content().split()
    credited = sum(len(part.text_content().split()) for part in _outermost_credits(caption))
    return 0 < len(words) <= MAX_CREDIT_WORDS and credited == len(words)


def _outermost_credits(caption: HtmlElement) -> list[HtmlElement]:
    """The caption's credit-named boxes, not those inside another (Hechinger's "credit-label-wrapper" in
    its "image-credit")."""
    found = []
    for part in caption.iterdescendants():
        if isinstance(part.tag, str) and is_credit_named(part):
            outer = part.getparent()
            while outer is not None and outer is not caption and not is_credit_named(outer):
                outer = outer.getparent()
            if outer is caption:
                found.append(part)
    return found


def _wrapped_in_figure(caption: HtmlElement) -> None:
    """The caption made a `<figure>` of its own, where it stands."""
    figure = caption.makeelement("figure", {})
    caption.addprevious(figure)
    figure.tail, caption.tail = caption.tail, None
    figure.append(caption)


def _box_as_figure(box: HtmlElement, language: str, numbers: frozenset[str]) -> None:
    """The picture-and-caption box made the `<figure>` it is, its caption line the `<figcaption>` when
    that line reads as one (`_caption_in_figure`); else the box is left as it was."""
    tag = box.tag
    box.tag = "figure"
    _caption_in_figure(box, language, numbers)
    if box.find(".//figcaption") is None:
        box.tag = tag


def _caption_box(caption: HtmlElement) -> HtmlElement:
    """The box the caption opens, when it holds nothing else but the picture's credit (its class says so:
    `is_credit_named`): the caption under the picture is that box (holdout24's Berliner Zeitung: `<div
    class="article_image-container-text"><span class="…-caption">…</span><span class="…-source">Friso
    Gentsch/dpa</span></div>` under the picture's box); else the caption itself."""
    box = caption.getparent()
    if box is None or box.tag not in _CAPTION_TAGS or (box.text or "").strip():
        return caption
    parts = [part for part in box if isinstance(part.tag, str)]
    if parts[0] is not caption or len(parts) < 2 or not all(is_credit_named(part) for part in parts[1:]):
        return caption
    return box


def _alt_captions(root: HtmlElement) -> list[HtmlElement]:
    """Boxes right under a picture (an `<img>`, or the link or box holding it) whose words outside
    their links are the image's alt text, word for word: a caption the site writes twice, as the
    alt and under the picture, with no class naming it (holdout27: the New Zealand Herald's
    `<div class="caption"><h2>…</h2></div>` under a link holding an "Expand" button, the Winnipeg
    Free Press's `<div class="captioninfo">` after an "Enlarge Image" link). The links are buttons to
    the larger picture; a box linking elsewhere (a writer's card with an address, a menu) is none, nor
    is a label under an icon (`MAX_ICON_PIXELS`: a weather widget's), a thumbnail in a list's item (a
    teaser, a writer's card), a picture in a `<figure>` (read already) or without a source to show."""
    found: list[HtmlElement] = []
    for image in root.xpath(_SHOWN_PICTURES):
        alt = match_key(_without_named_tail(image.get("alt") or ""))
        if not alt or _is_icon(image):
            continue
        # a <picture>'s <source>s hold the <img> as lxml parses them (no end tag): start from the <picture>
        # (holdout30's kicker and Dainik Bhaskar, `<div><picture><source …><img alt="…"></picture>…</div>`)
        picture: HtmlElement | None = next(image.iterancestors("picture"), image)
        bare = _bare_alt_caption(picture, alt) if picture is not None else None
        if bare is not None:
            found.append(bare)
            continue
        for _ in range(_PICTURE_BOXES):  # the <img>, then the boxes holding it: the first box after one
            if picture is None:
                break
            caption = picture.getnext()
            while caption is not None and (not isinstance(caption.tag, str) or caption.tag in _UNSHOWN):
                caption = caption.getnext()  # a comment, or a style sheet set between them (holdout30's Crimson)
            if caption is not None and caption.tag in _ALT_CAPTION_TAGS:
                whole = _words_outside_links(caption) == alt
                credit = None if whole or _words_before_credit(caption) != alt else _last_shown_child(caption)
                # a credit may link to its photographer's page (holdout30's Crimson: "By <a href="/writer/…">")
                links = [link for link in caption.iter("a") if credit is None or not _nested(link, credit)]
                if (whole or credit is not None) and not any(_links_away(link) for link in links):
                    if credit is not None:  # the credit set after the caption is read as the credit it is
                        credit.set("class", f"{credit.get('class') or ''} credit".strip())
                    for sheet in caption.xpath(".//style | .//script | .//template"):
                        sheet.drop_tree()  # never shown: not a word of the caption (the Crimson's styles inside it)
                    found.append(caption)
                    break
            picture = picture.getparent()
    return found


# The marks the Chinese, Japanese and Korean press set before a picture's caption: "■" (Hong Kong's and Taiwan's
# papers), "▲" and "△" (Korea's and the mainland's: "▲ 사진 설명", "▲图为…")
_CAPTION_MARKS = ("■", "▲", "△")


def _marked_captions(root: HtmlElement) -> list[HtmlElement]:
    """Lines right after a picture (the `<img>` or the link holding it, its next shown sibling) that open with a
    caption mark (`_CAPTION_MARKS`) and are a caption's length (misses39, holdout38's Wen Wei Po: `<img
    align="left"><p class="p2"><font class="blue">■浸大委任…</font></p>` over the story's first `<p>` in one table
    cell, no class naming a caption, no alt). A marked line elsewhere (a section head "■関連サイト", a list's item) is
    no caption, nor is a line after a picture without the mark (the story's first paragraph)."""
    found: list[HtmlElement] = []
    for image in root.iter("img"):
        if next(image.iterancestors("figure", "li"), None) is not None:
            continue  # read already, a teaser's thumbnail
        parent = image.getparent()
        picture = parent if parent is not None and parent.tag == "a" and _opens_with(parent, image) else image
        caption = picture.getnext()
        while caption is not None and (not isinstance(caption.tag, str) or caption.tag in _UNSHOWN):
            caption = caption.getnext()
        if (
            caption is not None
            and caption.tag in _ALT_CAPTION_TAGS
            and not (picture.tail or "").strip()
            and caption.text_content().lstrip().startswith(_CAPTION_MARKS)
            and len(caption.text_content()) <= MAX_MARKED_CAPTION_CHARACTERS
        ):
            found.append(caption)
    return found


MAX_MARKED_CAPTION_CHARACTERS = 200  # a caption's sentence or two (counted in characters: CJK writes no spaces)


def _bare_alt_caption(picture: HtmlElement, alt: str) -> HtmlElement | None:
    """The alt written again as bare text right after the picture, in the picture's own box, no element
    around it (misses32, holdout29's medportal: `<div class="photo"><img alt="Вирусы бешенства под
    микроскопом. Фото …">Вирусы бешенства под микроскопом. Фото …<div class="clear"></div></div>` over the
    headline): that text, set in a `<div>` of its own, is the caption under the picture; None for any other
    text after a picture (a sentence a picture stands in, which says more than the alt), and for a label
    of a few words (`MAX_LABEL_WORDS`) after an icon or a button's image, its alt the label again ("Danke"
    after a thanks button, "Szukaj" after a search icon, "Deutsch" after a flag: evaldata's pages)."""
    tail = picture.tail or ""
    if len(tail.split(maxsplit=MAX_LABEL_WORDS)) <= MAX_LABEL_WORDS or match_key(tail) != alt:
        return None
    caption = picture.makeelement("div", {})
    caption.text, picture.tail = tail.strip(), None
    caption.tail = " "
    picture.addnext(caption)
    return caption


_PICTURE_BOXES = 2  # the <img> (or its <picture>) and its link or box: where a caption under it is looked for


def _without_named_tail(alt: str) -> str:
    """The alt text without the site's name set after a dash or a bar ("ASP संजय पांडे … - Dainik
    Bhaskar", holdout30: the site writes its name into the first picture's alt, not under it): a
    short capitalised run after the last separator, as sites sign an image."""
    head, _, tail = alt.rpartition(" - ") if " - " in alt else alt.rpartition(" | ")
    words = tail.split()
    if head and 0 < len(words) <= _SITE_NAME_WORDS and all(word[:1].isupper() for word in words):
        return head
    return alt


_SITE_NAME_WORDS = 3


# the elements a box's picture, caption or credit is never: `shown_text.UNSHOWN` but a `<noscript>`, which holds a
# lazy-loaded picture's fallback `<img>` (the picture a caption follows, a box's first child)
_UNSHOWN = UNSHOWN - {"noscript"}


def _shown_before(element: HtmlElement, hidden: frozenset[str] = _UNSHOWN) -> HtmlElement | None:
    """The sibling element before `element` a reader sees: comments and `hidden` elements
    (style sheets, scripts) between them skipped."""
    found = element.getprevious()
    while found is not None and (not isinstance(found.tag, str) or found.tag in hidden):
        found = found.getprevious()
    return found


def _words_before_credit(box: HtmlElement) -> str:
    """The box's words outside its links without its last child, when that child is a credit set
    apart after the caption's text (holdout30's kicker: `<p>Uwe Schubert möchte …<span>IMAGO/Nico
    Herbertz</span></p>` under the picture whose alt is the caption): "" otherwise."""
    last = _last_shown_child(box)
    if last is None or (last.tail or "").strip() or last.tag == "a":
        return ""
    credit = normalise_space(" ".join(SHOWN_TEXT(last)))
    if not 0 < len(credit.split(maxsplit=_CREDIT_WORDS)) <= _CREDIT_WORDS or not _reads_as_credit(credit):
        return ""
    return match_key(" ".join(text for text in _SHOWN_WORDS(box) if not _is_inside(text, last)))


def _reads_as_credit(text: str) -> bool:
    """A line that says it is a credit: an agency's path ("IMAGO/Nico Herbertz"), "©", a credit's label
    ("Photo:") or "By" before the photographer; a word alone under a name is a role ("Politikwissenschaftler"
    under a speaker's headshot on srf.ch), not the picture's credit."""
    return is_credit_text(text) and (
        "/" in text or "©" in text or bool(_CREDIT_START.match(text)) or is_credit_line(text)
    )


_CREDIT_START = re.compile(r"^(?:by|photo|foto|credit|bild)\b", re.IGNORECASE)


def _last_shown_child(box: HtmlElement) -> HtmlElement | None:
    children = [child for child in box if isinstance(child.tag, str) and child.tag not in _UNSHOWN]
    return children[-1] if children else None


_CREDIT_WORDS = 6


def _is_inside(text: object, element: HtmlElement) -> bool:
    parent = text.getparent()  # type: ignore[attr-defined]
    if getattr(text, "is_tail", False) and parent is element:
        return False  # the text after the element
    return parent is element or any(ancestor is element for ancestor in parent.iterancestors())


_ALT_CAPTION_TAGS = frozenset({"div", "p"})  # a line under the picture (a <span> beside it is a label)


# a picture shown in the story: a source to show, not in a <figure> (read already) nor in a list's item
# (a teaser's thumbnail, a writer's card: its headline or name is the alt again)
_SHOWN_PICTURES = "//img[@alt][(@src and @src != '') or @data-src][not(ancestor::figure or ancestor::li)]"


MAX_ICON_PIXELS = 48  # an image stated this small or smaller is an icon, its label its name (a weather widget's)


def _is_icon(image: HtmlElement) -> bool:
    sizes = [image.get(name, "").strip().removesuffix("px") for name in ("width", "height")]
    return any(size.isdigit() and int(size) <= MAX_ICON_PIXELS for size in sizes)


def _links_away(link: HtmlElement) -> bool:
    """A link to somewhere else than the picture: another page, an address to write to."""
    href = (link.get("href") or "").strip().lower()
    return href.startswith("mailto:") or is_page_link(link)


def _words_outside_links(box: HtmlElement) -> str:
    return match_key(" ".join(_SHOWN_WORDS(box)))


_SHOWN_WORDS = shown_text("a")  # the words a box shows outside its links: a credit's, a caption's, not a button's


def _as_figure(caption: HtmlElement, language: str, numbers: frozenset[str], *, repeats_alt: bool = False) -> None:
    """Join the caption to the picture right before it, when there is one (see `figures_by_caption`).
    A caption that `repeats_alt` (`_alt_captions`) takes a picture box holding a button's label ("Expand")
    and loses its links (buttons to the larger picture)."""
    picture = _shown_before(caption)  # a comment or a style sheet between them
    credit_above = picture if picture is not None and _is_credit_between(picture) else None
    if credit_above is not None:  # misses34: the picture, its credit, then the caption
        picture = _shown_before(credit_above)
    words = len(caption.text_content().split())
    labelled = (
        repeats_alt
        and picture is not None
        and len(picture.text_content().split(maxsplit=MAX_LABEL_WORDS)) <= MAX_LABEL_WORDS
    )
    if (
        picture is None
        or not 0 < words <= MAX_CAPTION_WORDS
        or not _holds_picture(picture)
        or (picture.text_content().strip() and not labelled and not _only_icon_labels(picture))  # a paragraph
        or (picture.tail or "").strip()  # with a picture is text
        or any(is_page_link(link, numbers) for link in picture.iter("a"))  # a teaser: its picture links to a story
    ):
        return
    for link in list(caption.iter("a")):  # ansa's "+CLICCA PER INGRANDIRE": a script's button, not the caption
        href = (link.get("href") or "").strip().lower()
        if (
            (repeats_alt and not any(map(is_credit_named, link.iterancestors())))
            or href == "#"
            or href.startswith("javascript:")
        ):
            link.drop_tree()  # a credit's link to its photographer's page keeps its name (holdout30's Crimson)
    _drop_shortened_copies(caption)
    for box in list(caption.iter("p", "div", "span")):  # the caption's lines are one caption, not paragraphs
        # (a credit's own box stays one, for the walker to read apart: holdout24, usatoday's `image-credit`)
        if box is not caption and not is_credit_named(box) and (box.tag != "span" or _wraps_credit(box)):
            box.text, box.tail = " " + (box.text or ""), " " + (box.tail or "")  # a line of its own: not run on
            box.drop_tag()
    if picture.tag == "figure" and picture.find(".//figcaption") is None:  # a <figcaption> left outside its figure
        figure = picture
        figure.append(_moved(caption))
        caption.tag = "figcaption"
    else:
        figure = caption.makeelement("figure", {})
        picture.addprevious(figure)
        figure.tail, picture.tail = picture.tail, None
        figure.append(picture)
        figure.append(_moved(caption))
        caption.tag = "figcaption"
        if picture.tag in _SKIPPED_BOXES:
            picture.tag = "div"
    credit = _moved(credit_above) if credit_above is not None else _credit_under(figure, language)
    if credit is not None:  # holdout21: the credit set apart under the caption
        _as_credit(caption, _moved(credit))


def _is_credit_between(line: HtmlElement) -> bool:
    """A short line classed as a credit (`is_credit_named`) set between a picture and its caption
    (misses34, holdout34's Las Vegas Sun: `<div id="leadPhoto"><img …><p class="credit"><a href="/staff/…">Adam
    Candee</a></p><p class="caption">A fan wears …</p></div>`): the picture's credit, which photo desks set
    over the caption as often as under it; the caption's picture is the one above the credit. A line
    holding a picture or a block of its own, or a credit's worth of words and more, is none.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><img src="a.jpg"><p class="credit">Ann Lee</p><p class="caption">A fan.</p></div>')
    >>> figures_by_caption(box)
    >>> lxml.html.tostring(box, encoding="unicode")
    '<div><figure><img src="a.jpg"><figcaption class="caption">A fan.<small class="credit">Ann Lee</small></figcaption></figure></div>'
    """
    if (
        line.tag not in _CAPTION_TAGS
        or not is_credit_named(line)
        or (line.tail or "").strip()
        or next(line.iter("img"), None) is not None
        or has_block_below(line)
    ):
        return False
    return 0 < len(line.text_content().split(maxsplit=MAX_CREDIT_WORDS)) <= MAX_CREDIT_WORDS


def _holds_picture(box: HtmlElement) -> bool:
    """An `<img>`, or a box holding one, or a lazy loader's element whose `data-src` is an image
    file and that the script turns into one (a web component: holdout23's Nettavisen, Amedia's
    `<brick-image-v3 data-src="…/My+project.jpeg">` in `<click-enlarge>`, its caption under it).

    >>> import lxml.html
    >>> [_holds_picture(lxml.html.fragment_fromstring(html)) for html in ('<div><img src="a.jpg"></div>',
    ...     '<div><brick-image data-src="/a.jpeg"></brick-image></div>', '<div><x-player data-src="/v.m3u8"></x-player></div>')]
    [True, True, False]
    """
    if box.tag == "img" or box.find(".//img") is not None:
        return True
    return any(urlsplit(source.strip()).path.lower().endswith(_IMAGE_ENDINGS) for source in box.xpath(".//@data-src"))


def _caption_in_figure(figure: HtmlElement, language: str, numbers: frozenset[str]) -> None:
    """A `<figure>` without `<figcaption>` whose box classed a caption holds a caption's words: that
    box is its `<figcaption>` (holdout22's srf: `<div class="media-caption"><span
    class="media-caption__description">Biden traf sich …</span><span class="media-caption__source">
    Keystone/…</span></div>`, of which only the credit was read); not a credit line in English or the
    page's `language` (`fields.is_credit_line`), as everywhere else in this module."""
    caption = next((box for box in figure.xpath("." + _CAPTION_CLASSED) if box.tag in _CAPTION_TAGS), None)
    if (
        caption is None
        or not is_caption_named(caption)
        or is_credit_named(caption)
        or _COUNTER_NAME.search(caption.get("class") or "")
    ):
        return  # review22a: "caption-credit", "caption-count" name a credit, a gallery's counter
    text = " ".join(caption.text_content().split())
    if (
        0 < len(text.split(maxsplit=MAX_CAPTION_WORDS)) <= MAX_CAPTION_WORDS
        and not is_credit_line(text, language)
        and not _COUNTER.fullmatch(text)
    ):
        if not any(is_page_link(link, numbers) for link in figure.iter("a")):  # a teaser: its picture links to a story
            caption.tag = "figcaption"


_COUNTER_NAME = re.compile(r"count|pager|index", re.IGNORECASE)
_COUNTER = re.compile(r"\d+\s*(?:/|of|von|de|di|из|sur)\s*\d+", re.IGNORECASE)  # a gallery's "1 of 12"


def _only_icon_labels(picture: HtmlElement) -> bool:
    """Every word in the picture's box stands beside an icon (`<svg>`), a few words at most: a play
    button's label over a video's still ("▶ Video", holdout22's lavanguardia), not a paragraph's text.

    >>> import lxml.html
    >>> cover = lxml.html.fragment_fromstring('<div><img src="a.jpg"><span><svg></svg> Video </span></div>')
    >>> told = lxml.html.fragment_fromstring('<div><img src="a.jpg"><span>Ferries wait on the quay.</span></div>')
    >>> _only_icon_labels(cover), _only_icon_labels(told)
    (True, False)
    """
    if len(picture.text_content().split(maxsplit=MAX_LABEL_WORDS)) > MAX_LABEL_WORDS:
        return False
    for text in picture.xpath(".//text()[normalize-space()]"):
        holder = text.getparent()
        if text.is_tail:
            holder = holder.getparent()
        if holder is None or holder.find(".//svg") is None:
            return False
    return True


def _wraps_credit(span: HtmlElement) -> bool:
    """A caption-classed `<span>` around the caption and its credit (dailyherald's "captionFull"
    holding `<span class="credit">`): unwrapped, the credit stands apart as the walker reads it.
    A span around the caption's words alone keeps its markup (the caption's msgid unchanged)."""
    return is_caption_named(span) and bool(span.xpath(_CREDIT_HELD))


_CREDIT_HELD = ".//*[contains(@class, 'credit')]"
MAX_CAPTION_COPIES = 4  # caption-named boxes inside a caption for it to be read as copies of one caption


def _drop_shortened_copies(caption: HtmlElement) -> None:
    """A caption written twice inside its box, in full and cut short for a "more" button (chron's
    "caption-full" and "caption-truncated", one hidden by the style sheet): the full one stays, so
    the reader does not get the caption twice. A few boxes at most (`MAX_CAPTION_COPIES`): the pairs
    are compared, and a caption of many boxes is no such copy (its cost stays linear)."""
    boxes = [box for box in caption.iterdescendants() if isinstance(box.tag, str) and is_caption_named(box)]
    if not 2 <= len(boxes) <= MAX_CAPTION_COPIES:
        return
    texts = [" ".join(box.text_content().split()).rstrip(".… ") for box in boxes]
    for at, (box, text) in enumerate(zip(boxes, texts, strict=True)):
        if text and any(
            other.startswith(text) and (len(other) > len(text) or later < at) and not _nested(box, boxes[later])
            for later, other in enumerate(texts)
            if later != at
        ):
            box.drop_tree()


def _nested(one: HtmlElement, other: HtmlElement) -> bool:
    return any(ancestor is other for ancestor in one.iterancestors()) or any(
        ancestor is one for ancestor in other.iterancestors()
    )


def is_page_link(link: HtmlElement, numbers: frozenset[str] = frozenset()) -> bool:
    """A link to another page (another story), not to the picture itself: not a placeholder `<a>`
    without `href` (HTML: "a placeholder for where a link might otherwise have been placed"; a
    script's zoom button, Público's `<a class="content-image image-zoomin">` around its picture),
    where an `<a>` whose script goes to a page (`data-url`, `data-href`, `data-link`,
    `data-permalink`, with no `href` or "#") links there (CBS Sports' reading list; review23a);
    not the image file at a larger size; and not this story's own photo page, whose address holds
    the story's number (`numbers`, `story_numbers`: Nikkan Gendai's
    `/articles/image/sports/367061/287149` from `/articles/view/sports/367061`, Chunichi's
    `/article_photo/list?article_id=1011185` from `/article/1011185`).

    >>> import lxml.html
    >>> links = [lxml.html.fragment_fromstring(f"<a {href}>x</a>") for href in ("", "href=/a/big.jpg",
    ...     "href=/photo/367061/2", "href=/view/367062", "data-url=/nfl/news/x/", "href=# data-url=/sport/y")]
    >>> [is_page_link(link, frozenset({"367061"})) for link in links]
    [False, False, False, True, True, True]
    """
    href = (link.get("href") or "").strip()
    if not urlsplit(href).path or href.lower().startswith("javascript:"):
        href = next((link.get(name) or "" for name in _SCRIPT_TARGETS if link.get(name)), "").strip()
    path = urlsplit(href).path.lower()
    return (
        bool(path)
        and not path.endswith(_IMAGE_ENDINGS)
        and not (numbers and not numbers.isdisjoint(_STORY_NUMBER.findall(href)))
    )


_SCRIPT_TARGETS = ("data-url", "data-href", "data-link", "data-permalink")
# a number of five digits or more, not a day written as one (20250131, La Nación's "nid31012025")
_STORY_NUMBER = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))"
    r"(?!(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d(?!\d))\d{5,}(?!\d)"
)


def story_numbers(root: HtmlElement) -> frozenset[str]:
    """The story's number: the last number of five digits or more in the address the page states
    for itself (`<link rel="canonical">`, `og:url`), a CMS's id of the story, which its photo pages
    carry too (see `is_page_link`). Only the last: a section's or site's number before it is shared
    by other stories (review23a); a day written as one number ("20250131", "31012025") is no story's
    id, a day's other stories carry it as well.

    >>> import lxml.html
    >>> page = lxml.html.document_fromstring('<html><head><link rel="canonical" href="https://x.jp/s/40123/article/1011185"></head></html>')
    >>> sorted(story_numbers(page))
    ['1011185']
    """
    return frozenset(found[-1] for address in own_addresses(root) if (found := _STORY_NUMBER.findall(address)))


def _moved(element: HtmlElement) -> HtmlElement:
    """The element, its tail (the text after it) left in place before it moves."""
    tail, element.tail = element.tail, None
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent = element.getparent()
            parent.text = (parent.text or "") + tail
    return element
