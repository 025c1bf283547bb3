"""What credits a figure's picture: the class words that name a credit, and the credit the walker
(`html.py`) reads from a figure (holdout21: Die Presse's `figure__credits`, BBC's
`story-image-copyright`, Euronews's credit set in pieces and whole again). `page_figures.py` reads the
same class words to tell a picture's credit line under it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from l10n.ingest.fields import is_credit_line, marks_before, normalise_space

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.model import Block

# holdout21: a picture's credit by its class ("figure__credits", pravda's "post_article_header_media_source")
CREDIT_WORDS = frozenset({"credit", "credits", "source", "copyright", "photographer"})
# …and outside a `<figure>`: a "copyright" box alone under a picture is as often the site's logo over its
# rights line (nikkei's footer: "l-copyright_logo", "l-copyright_text") as a picture's credit; under a
# caption it is the credit (businesstimes' "field-name-field-caption", then "…-field-copyright")
LOOSE_CREDIT_WORDS = CREDIT_WORDS - {"copyright"}
# …and inside a `<figcaption>`, the picture's author (issue 14: aargauerzeitung's
# "image-description__author", si.com's "tml-image--attribution", kommersant's "doc_media__src")
IN_CAPTION_CREDIT_WORDS = CREDIT_WORDS | {"author", "attribution", "src"}
# …but not in a writer's box set as a figure (avatar, name, bio: review21b), whose "author-name" is the writer
_AUTHOR_WORDS = frozenset({"author"})
_CLASS_PARTS = re.compile(r"[\s_-]+")
# A class naming what a box has or lacks, not what it is: "withoutCaption", "no-caption" (a picture's box
# without one); "hasCaption" (holdout24: Labrador's story header `articleHeader hasCaption`, around the
# headline, the lead picture and the caption's own box). Not "with": gothamist's "image-with-caption-credit-link"
# is the credit.
_STATE_WORDS = frozenset({"no", "without", "has"})
CLASS_ANSWERS = 2048  # class attributes and word sets whose `class_names` answer is kept (`_classes_name`)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "captionBox": a class name's words run together


def is_credit_named(element: HtmlElement) -> bool:
    """The element's class names a picture's credit ("photo-credit", diepresse's "figure__credits",
    "media_source", "imageCopyright"); "no-credit" names a box that has none.

    >>> import lxml.html
    >>> names = ("figure__credits", "post_article_header_media_source", "no-credit", "credited-story")
    >>> [is_credit_named(lxml.html.fragment_fromstring(f'<span class="{name}">x</span>')) for name in names]
    [True, True, False, False]
    """
    return class_names(element, CREDIT_WORDS)


def is_credit_text(text: str) -> bool:
    """A credit names someone: a label alone (heise's empty "(Bild: )") or a stop (a "." left in
    a credit's box) is none.

    >>> [is_credit_text(text) for text in ("(Bild: Audi)", "Getty Images/Juanmonino", "(Bild: )", ".", "")]
    [True, True, False, False, False]
    """
    return any(char.isalnum() for char in _CREDIT_LABEL_AT_START.sub("", text))


_CREDIT_LABEL_AT_START = re.compile(r"^\W*\w+\s*:")  # "(Bild:", "Photo:", "Credit:"


def ends_in_slashed_label_credit(text: str) -> bool:
    """The line ends in a Chinese picture credit set after the caption, unbracketed: a credit's label
    ("制图", a graphic's maker; "摄影", "图"), a slash or a colon, and the name (holdout39's jmnews: "“雪鹰”号失事
    示意图 制图/李铭" under the graphic). The caption's words before it hold no such label: a line of labels
    alone ("文/张三 图/李四") is the story's byline, not a caption.

    >>> [ends_in_slashed_label_credit(text) for text in ("“雪鹰”号失事示意图 制图/李铭", "制图/李铭", "文/张三 图/李四")]
    [True, False, False]
    """
    found = _LABEL_CREDIT_AT_END.search(text)
    if found is None:
        return False
    before = text[: found.start()]
    return bool(before.strip()) and not _LABEL_SEPARATOR.search(before)


# a credit's label (a graphic's maker, a photographer, a picture), a slash or a colon, a name of a few characters
_LABEL_CREDIT_AT_END = re.compile(r"\s(?:制图|製圖|绘图|繪圖|摄影|攝影|图|圖)\s*[/／:：]\s*[^\s/／:：()（）]{1,12}$")
_LABEL_SEPARATOR = re.compile(r"[/／:：]")


def class_names(element: HtmlElement, wanted: frozenset[str]) -> bool:
    """A word of one of the element's class names is `wanted` ("figure__credits", "captionBox" read as
    words), and no word of that name says the element has or lacks one (`_STATE_WORDS`: "no-caption",
    "withoutCaption", "hasCaption")."""
    return _classes_name(element.get("class") or "", wanted)


@functools.lru_cache(maxsize=CLASS_ANSWERS)
def _classes_name(classes: str, wanted: frozenset[str]) -> bool:
    """`class_names` of a class attribute: a function of the string and the words alone, kept. A page asks
    it of each caption's every ancestor, and a page's outer boxes carry the same long class lists (one of
    trafilatura's evaluation pages: 35 caption-classed boxes under boxes of 140 class names, each name
    split into words at each ask, 50 ms of the page's 99; pagespeed35)."""
    for name in classes.split():
        words = class_words(name)
        if wanted.intersection(words) and not _STATE_WORDS.intersection(words):
            return True
    return False


def is_writers_box(figure: HtmlElement) -> bool:
    """A `<figure>` that is the writer's box (avatar, name, bio: review21b), by its class or an
    ancestor's naming an author: its "author-name" is the story's writer, where in a picture's figure
    an author-classed box is the photographer's (`page_authors.author_elements` reads it as no writer)."""
    return any(class_names(box, _AUTHOR_WORDS) for box in (figure, *figure.iterancestors()))


def class_words(name: str) -> list[str]:
    """The words of one class name, lower-cased ("figure__credits", "captionBox" → "caption", "box")."""
    return [word for word in _CLASS_PARTS.split(_CAMEL_HUMP.sub(" ", name).lower()) if word]


BUTTON_WORDS = frozenset({"btn", "button"})


def is_button_classed(element: HtmlElement) -> bool:
    """A word of one of the element's class names (`class_words`) names a button: "wp-block-button__link",
    "btn-primary", sn.at's camel-cased "followAuthorBtn"."""
    classes = element.get("class") or ""
    lowered = classes.lower()
    if "btn" not in lowered and "button" not in lowered:
        return False  # each class word is a piece of the lower-cased names: none can be one
    return any(BUTTON_WORDS.intersection(class_words(name)) for name in classes.split())


def figure_credits(figure: HtmlElement, caption: HtmlElement | None, language: str = "") -> list[HtmlElement]:
    """The elements of a figure that credit its picture: a class naming a credit (`is_credit_named`:
    "credit", "photo-credit"; holdout21: diepresse's "figure__credits", BBC's "story-image-copyright"), or
    `<small>`/`<cite>` or a class naming its author in the caption (`IN_CAPTION_CREDIT_WORDS`); the outermost where they nest (telegraph's "e-caption__credit"
    around its "…credit-description" label). The caption itself, or a box around it, so named
    (washingtontimes' `<figcaption class="source">`, curved's `<small class="copyright">` around it)
    is the caption, not its credit. A `<figcaption>` after the figure's first is its credit too (HTML
    gives a figure one: holdout24's Sermitsiaq, a Labrador site, sets the caption and the photographer
    as two, `itemprop="caption"` and `itemprop="author"`; the walker read the first alone)."""
    in_caption = IN_CAPTION_CREDIT_WORDS
    if is_writers_box(figure):
        in_caption = in_caption - _AUTHOR_WORDS  # a writer's box: its author is the story's, not the picture's
    later_captions = _later_captions(figure)
    found = [
        part
        for part in figure.iter()
        if is_credit_named(part)
        or any(part is later for later in later_captions)
        or _labelled_credit_beside(part, caption, language)
        or (
            caption is not None
            and (_tag_of(part) in ("small", "cite") or class_names(part, in_caption))
            and _is_inside(part, caption)
        )
    ]
    if caption is not None:
        found = [part for part in found if part is not caption and not _is_inside(caption, part)]
    return [part for part in found if not any(_is_inside(part, other) for other in found)]


def _labelled_credit_beside(part: HtmlElement, caption: HtmlElement | None, language: str) -> bool:
    """A line of the figure outside its caption that is a credit by its label alone, in the page's language
    (holdout30's Seznam Zprávy: `<span data-dot="…image-caption"><span>Foto: Renata Matějková, Seznam Zprávy
    </span></span>` beside the picture, the `<figcaption>` under it saying who is shown): no class names it,
    the label does (`fields.is_credit_line`). Not a box holding the picture (its text would be the line's)."""
    if _tag_of(part) not in _CREDIT_LINE_TAGS or (caption is not None and _is_inside(part, caption)):
        return False
    if part.find(".//img") is not None or part.find(".//picture") is not None:
        return False
    if any(_tag_of(child) in _BLOCK_TAGS for child in part.iter() if child is not part):
        return False  # a box of lines (the credit's and the caption's): its credit line is read, not the box
    text = normalise_space(part.text_content())
    return (
        len(text.split(maxsplit=_CREDIT_LINE_WORDS)) <= _CREDIT_LINE_WORDS
        and bool(_CREDIT_LABEL_AT_START.match(text))  # the label says so: "Foto:", "Photo:"
        and is_credit_line(text, language)
    )


_CREDIT_LINE_TAGS = frozenset({"span", "div", "p", "small"})
_BLOCK_TAGS = frozenset({"div", "p", "figcaption", "ul", "ol", "li", "table", "section"})
_CREDIT_LINE_WORDS = 12


def _later_captions(figure: HtmlElement) -> list[HtmlElement]:
    """The figure's own `<figcaption>`s after its first, a box holding others left out (a caption's box made
    the figure's `<figcaption>` around them: `page_figures.figures_by_caption`); not those of the figures
    inside it (restofworld's gallery: a `<figure>` of figures, each with its caption)."""
    captions = [
        caption
        for caption in figure.iter("figcaption")
        if caption.find(".//figcaption") is None and next(caption.iterancestors("figure"), None) is figure
    ]
    return captions[1:]


_SEPARATOR_AT_END = re.compile(r"\s+[-–—|]$")


def without_separator(blocks: list[Block]) -> None:
    """The figure's last caption block without a dash or bar closing it, where its credit stood."""
    captions = [block for block in blocks if block.role == "caption"]
    found = _SEPARATOR_AT_END.search(captions[-1].text) if captions else None
    if found:
        last, end = captions[-1], found.start()
        last.text = last.text[:end]
        last.markup = marks_before(last.markup, end)


def joined_credit(texts: list[str]) -> str:
    """A figure's credit texts as one, each said once: a page may set the credit in pieces and
    whole again (euronews: "Tous droits réservés", "Captures d'écran…", then both in one box).

    >>> joined_credit(["Tous droits réservés", "Captures d'écran", "Tous droits réservés Captures d'écran"])
    "Tous droits réservés Captures d'écran"
    """
    joined = ""
    for text in texts:
        if text not in joined:
            joined = text if joined in text else f"{joined} {text}"
    return joined


def _tag_of(element: object) -> str | None:
    tag = getattr(element, "tag", None)
    return tag.lower() if isinstance(tag, str) else None


def _is_inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())
