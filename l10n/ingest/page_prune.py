"""What is taken out of a saved page's tree before our walker reads it (`page.py` calls these).

Site furniture that a class, an id or a WAI-ARIA landmark role names (share bars, newsletter
sign-ups, widgets, disclosures, author bios, navigation), pop-ups and hidden text, teaser
cards, and the hover cards set inside a paragraph; but not the story's own boxes: a wrapper
holding half the article, a CMS's run of "card" boxes that together hold it, or a page
builder's box whose prose trafilatura kept. A class word that negates ("hasnt-bio", "no-ads")
names no box; the reader's "report a mistake" box (holdout10). The element tests (`is_hidden`,
`is_teaser_card`, `is_link_card`) moved here from `furniture.py`. Measured with `bench/pages.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key, normalise_space
from l10n.ingest.figure_credits import is_button_classed
from l10n.ingest.furniture import PROSE_WORDS, ends_as_sentence, organisation_of, page_sites, related_label_end
from l10n.ingest.page_figures import is_page_link, story_numbers
from l10n.ingest.page_main import PARAGRAPH_LETTERS
from l10n.ingest.page_threads import NAME_PARTS as _NAME_PARTS
from l10n.ingest.page_threads import comment_threads
from l10n.ingest.reader_boxes import holds_story
from l10n.ingest.shown_text import shown_amount

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from lxml.html import HtmlElement

STRUCTURAL_NAMES = frozenset({"widget", "card", "ad", "ads"})  # names of a page builder's boxes, not of what they hold
BOILERPLATE_NAMES = frozenset(
    "share sharing social newsletter newsletters subscribe subscription signup promo promotion advert advertisement "
    "ad ads sponsored outbrain taboola comments recirc trending popular breadcrumb breadcrumbs widget cta "
    "disclosure cookie consent paywall related card bio recommendation recommendations".split()
)
# holdout19: the reader's text-size control ("font_size", "set_font_size", "c-fontSizer__title", "fontsize-radio":
# thepaper's "字号" over 超大/大/标准/小); a class setting a size, after the name ("pmc-u-font-size-12",
# "text-size-lg") or before it (WordPress's "has-normal-font-size", "small-fontsize"), is the style of what it
# holds, and names no box.
_TEXT_SIZE_CONTROL = re.compile(
    r"(?:^|[-_])(?:font|text)[-_]?(?:size|sizer|resize)"
    r"(?:$|__|[-_](?!\d|(?:x*s|sm|md|x*l|lg|small|medium|large|big|normal|base|default)(?:$|[-_@])))"
)
_SIZE_BEFORE = re.compile(r"(?:^|[-_])(?:has|x*s|sm|md|x*l|lg|small|medium|large|big|normal|huge|regular|custom|\d+)$")
CONTROL_TEXT_KEY = 40  # letters of a text-size control's text at most: a label and its sizes ("字号超大大标准小")


def is_text_size_control(element: HtmlElement, names: str) -> bool:
    """A box the reader sets the text's size with (see `_TEXT_SIZE_CONTROL`): a class or id word
    naming it, no size word before it, and a control's few words, not a paragraph.

    >>> import lxml.html
    >>> control = lxml.html.fragment_fromstring('<div class="font_size"><span>字号</span><ul><li>大</li></ul></div>')
    >>> styled = lxml.html.fragment_fromstring('<p class="has-normal-font-size">Pro Veranstaltung zwölf.</p>')
    >>> is_text_size_control(control, "font_size"), is_text_size_control(styled, "has-normal-font-size")
    (True, False)
    """
    for word in names.split():
        found = _TEXT_SIZE_CONTROL.search(word)
        if found and not _SIZE_BEFORE.search(word[: found.start()]):
            return len(match_key(element.text_content())) <= CONTROL_TEXT_KEY
    return False


# WAI-ARIA landmarks that are the `<nav>`/`<aside>` the walker skips, written as roles on a `<div>`.
CHROME_LANDMARKS = frozenset({"navigation", "complementary", "search"})
MIN_CARD_LINKS = 3  # links run together inside a paragraph's <span> before it is a hover card


def drop_link_cards(root: HtmlElement) -> None:
    """Remove the hover cards set inside paragraphs (`is_link_card`), the innermost
    one where cards nest, so the paragraph reads as its sentence; the text after a card stays;
    and the links to other pages set inside a paragraph (`is_inline_teaser`, `is_home_link`)."""
    sites: frozenset[str] | None = None  # read only for a paragraph closing on a link to a site's home page
    for paragraph in root.iter("p"):
        cards = [span for span in paragraph.iter("span") if is_link_card(span)]
        inner = [card for card in cards if not any(other in cards for other in card.iterdescendants("span"))]
        for card in inner:
            card.drop_tree()
        for child in [child for child in paragraph if is_inline_teaser(child)]:
            child.drop_tree()
        last = paragraph[-1] if len(paragraph) else None
        if (
            last is not None
            and last.tag == "a"
            and not (last.tail or "").strip()
            and _HOME.match(last.get("href") or "")
        ):
            sites = page_sites(root) if sites is None else sites
            if is_home_link(last, sites):
                last.drop_tree()


INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "small"})
TEASER_LINK_SHARE = 0.8  # of the words after the label that its links hold
_CLOSED = re.compile(r"[.!?…。！？][\"'”’»)）」』]*\s*$")  # a sentence's end, in CJK full-width forms too
# An address of a site's home page: its root, a query at most ("//www.sohu.com/?strategyid=00001").
_HOME = re.compile(r"^\s*(?:https?:)?//[^/?#\s]+/?(?:\?[^#]*)?\s*$", re.IGNORECASE)


def is_inline_teaser(element: HtmlElement) -> bool:
    """A related story's title set inside a paragraph, under its label, as one inline element
    (holdout12's lepoint: "…religion ».<br><span class="Capsule"><span>À LIRE AUSSI</span>
    <strong><a>Antisémitisme : retour au Moyen Âge</a></strong></span>Son domicile…"): the label
    (`furniture.related_label_end`) and then links. Words after the label that are no link ("<strong>Lire
    aussi</strong> le rapport…" would be one element only as the label) are the sentence's.

    >>> import lxml.html
    >>> teaser = lxml.html.fragment_fromstring("<span><span>À LIRE AUSSI</span> <strong><a href=/x>Retour au Moyen Âge</a></strong></span>")
    >>> words = lxml.html.fragment_fromstring("<span>Read more about <a href=/x>the report</a> on page two of the budget.</span>")
    >>> is_inline_teaser(teaser), is_inline_teaser(words)
    (True, False)
    """
    if element.tag not in INLINE_TAGS or not related_label_end(next(element.itertext(), "").strip()):
        return False  # the label is the element's first text: most inline elements are let go on it
    text = " ".join(element.text_content().split())
    start = related_label_end(text)
    rest = match_key(text[start:])
    linked = match_key(" ".join(link.text_content() for link in element.iter("a")))
    return bool(start and rest) and len(linked) >= TEASER_LINK_SHARE * len(rest)


def is_home_link(link: HtmlElement, sites: frozenset[str]) -> bool:
    """A link to the site's home page closing a paragraph after its last sentence, nothing after
    it (holdout12's sohu: "…也前往送别。<a href="//www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a>",
    "back to Sohu, see more"): the site's way out of the story, not a word of it; a sentence
    naming the site ("… on <a href="https://www.sohu.com/">Sohu</a>.") ends after its link.

    >>> import lxml.html
    >>> closing = lxml.html.fragment_fromstring("<p>They went to pay respects.<a href='//www.sohu.com/?s=1'>Back to Sohu</a></p>")
    >>> naming = lxml.html.fragment_fromstring("<p>It was said on <a href='https://www.sohu.com/'>Sohu</a>.</p>")
    >>> is_home_link(closing[-1], frozenset({"sohu"})), is_home_link(naming[-1], frozenset({"sohu"}))
    (True, False)
    """
    href = (link.get("href") or "").strip()
    host = organisation_of(href if "://" in href else "https:" + href)
    parent = link.getparent()
    before = (parent.text_content() if parent is not None else "")[: -len(link.text_content()) or None]
    return host in sites and not (link.tail or "").strip() and bool(_CLOSED.search(before))


def drop_heading_buttons(root: HtmlElement) -> None:
    """Remove the buttons set inside a heading, links that lead nowhere (`href="#"`, a script's
    `javascript:`) beside the heading's own words (holdout9's globeandmail: "Add to ..." to a
    watchlist in the `<h1>`): the heading reads as the headline. A heading that is only such a
    link keeps it (a script-driven tab's title is still its text); its tail text stays."""
    for heading in root.iter("h1", "h2"):
        buttons = [link for link in heading.iter("a") if _leads_nowhere(link.get("href"))]
        own = match_key(heading.text_content()) != match_key("".join(link.text_content() for link in buttons))
        for link in buttons if own else []:
            link.drop_tree()


def _leads_nowhere(href: str | None) -> bool:
    return href is not None and (href.strip() == "#" or href.strip().lower().startswith("javascript:"))


def prune_boilerplate(
    root: HtmlElement,
    *,
    main_length: int,
    kept: Callable[[str], bool],
    claim: str = "",
    story_start: str = "",
    headlines: Sequence[str] = (),
) -> None:
    """Remove boxes a class or id names as site furniture (share bars, newsletter sign-ups,
    widgets, disclosures, author bios…) or a WAI-ARIA landmark role marks as navigation,
    complementary or search, unless the box holds half the article's text (a wrapper) or is one
    of a run of sibling boxes of that class whose text trafilatura kept and that together hold it
    (a CMS that sets each paragraph in a "card": the article cut into pieces; `kept` says whether
    trafilatura kept a text; a list of teaser cards is not kept), or is a page builder's box whose
    kept prose holds most of its text (`_is_kept_box`), or shows the `claim` a fact-check states
    (schema.org ClaimReview `claimReviewed`: its "Claim" card is what the article checks,
    `story_edges.claim_box` reads it; holdout6); and pop-ups, hidden elements, teaser cards and readers'
    comment threads (`page_threads.comment_threads`; `story_start`: the story's first line, `story_line`),
    whatever their size (`is_hidden`, `is_teaser_card`, `_is_story_teaser` below). A page builder's box
    holding the headline (`headlines`: those the metadata states) leaves its headline and lead picture (`_header_parts`).
    An element with no class, id, role or `hidden` and no `<figure>` is passed over: a test added to the
    loop reads one of these first, or goes above that pass (pagespeed15)."""
    half = max(main_length, 1)
    claim_key = match_key(claim)
    headline_keys = frozenset(match_key(headline) for headline in headlines) - {""}
    drop_error_report_boxes(root)
    drop_dated_link_lists(root)
    drop_signup_boxes(root, story_start, headlines)
    drop_button_banners(root, story_start)
    threads = comment_threads(root, kept, story_start)
    numbers = story_numbers(root)
    collections: dict[tuple[HtmlElement, str], int] = {}
    words_of: dict[str, tuple[str, bool]] = {}  # a class-and-id string's words, read once a page (pagespeed20)
    classes: dict[str, tuple[bool, bool]] = {}  # a class string's hidden and teaser words, likewise
    # A class and id that name no furniture, no text-size control, no hidden text and no teaser leave the
    # element to the tests below only by its role, `hidden`, tag or thread: with none of those it is passed
    # over as an unnamed one is, read once a class-and-id pair (pagespeed29: 3 in 4 of tovima's elements
    # are classed, each went through every test).
    inert: dict[tuple[str | None, str | None], bool] = {(None, None): True}
    inside: set[HtmlElement] = set()  # the elements inside one box of such a run, whose parts bear its name
    stack: list[HtmlElement] = list(root)  # popped last child first, as before (pagespeed29: no pairs made)
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str):
            continue
        attributes = element.attrib  # most elements hold few attributes, many none (pagespeed29)
        if attributes:
            class_, id_ = attributes.get("class"), attributes.get("id")
            role, hidden = attributes.get("role"), attributes.get("hidden")
        else:
            class_ = id_ = role = hidden = None
        if role is None and hidden is None and tag != "figure":  # most elements: a class or id at most
            pair = (class_, id_)
            if pair not in inert:
                inert[pair] = _names_nothing(class_, id_, words_of, classes)
            if inert[pair] and element not in threads:
                stack.extend(element)  # every test below reads a mark (or the tag) first
                if inside and element in inside:
                    inside.update(element)
                continue
        in_piece = element in inside  # inside one box of such a run, whose parts bear its name
        both = f"{class_ or ''} {id_ or ''}"
        if both not in words_of:
            words_of[both] = _furniture_names(both)
        names, named_by_words = words_of[both]
        named = not in_piece and (
            named_by_words or ("size" in names and is_text_size_control(element, names))  # holdout19: thepaper's "字号"
        )
        furniture = tag not in ("body", "article", "main") and (
            named or (role or "").strip().lower() in CHROME_LANDMARKS
        )
        small = furniture and len(" ".join(element.text_content().split())) * 2 < half  # holdout17: not the indents
        piece = small and named and _collection_length(element, collections, kept) * 2 >= half
        piece = piece or (small and named and _is_kept_box(element, names, kept))
        piece = piece or (small and bool(claim_key) and claim_key in match_key(element.text_content()))
        if class_ is not None and class_ not in classes:
            classes[class_] = _class_marks(class_)
        hidden_class, teaser_class = classes[class_] if class_ is not None else (False, False)
        teaser = (
            teaser_class and _is_story_teaser(element) and len(element.text_content()) * 2 < half
        )  # not the story's
        thread = element in threads  # holdout11: readers' comments, however long
        marked_hidden = (hidden is not None or role is not None or hidden_class) and _is_hidden(
            hidden, role, hidden_class
        )
        dropped = thread or (marked_hidden and next(element.iter("h1"), None) is None)
        if dropped or (tag == "figure" and is_teaser_card(element, numbers)) or teaser:  # pagespeed28: the tag first
            element.drop_tree()  # its descendants go with it: no need to look at them
        elif small and not piece:
            for part in _header_parts(element, names, headline_keys):  # holdout22's nrk: its lead video
                part.tail = None  # (the box's text after it goes with the box)
                element.addprevious(part)
                stack.append(part)  # judged as any box is
                if in_piece:
                    inside.add(part)
            element.drop_tree()
        else:
            stack.extend(element)
            if in_piece or piece:
                inside.update(element)


def _names_nothing(
    class_: str | None, id_: str | None, words_of: dict[str, tuple[str, bool]], classes: dict[str, tuple[bool, bool]]
) -> bool:
    """The class and id name no furniture, no text-size control (no "size"), no hidden text and no
    teaser: `prune_boilerplate` judges the element by them as by none (the caches are its own)."""
    both = f"{class_ or ''} {id_ or ''}"
    if both not in words_of:
        words_of[both] = _furniture_names(both)
    names, named_by_words = words_of[both]
    if class_ is not None and class_ not in classes:
        classes[class_] = _class_marks(class_)
    hidden_class, teaser_class = classes[class_] if class_ is not None else (False, False)
    return not named_by_words and "size" not in names and not hidden_class and not teaser_class


def _class_marks(class_: str) -> tuple[bool, bool]:
    """Whether the class names hidden text (`_names_hidden`) and a teaser (`_TEASER_NAME`)."""
    return _names_hidden(class_), _TEASER_NAME.search(class_) is not None


def _header_parts(element: HtmlElement, names: str, headlines: frozenset[str]) -> list[HtmlElement]:
    """The headline's `<h1>` and the `<figure>`s of a box named only by a page builder's structural
    word ("widget", "card": `STRUCTURAL_NAMES`) that holds an `<h1>` saying a headline the page's
    metadata states: the story's header, whose figure is the lead picture, read as such under the
    headline (holdout22's nrk: `<div class="… container-widget">` around the `<header>` and the lead
    video's `<figure>`, its caption pruned with the box). The box goes as before, its dates and
    breadcrumb with it (snopes's header "card", test_ingest_rules17); these stay in its place. None
    for a box named for what it is (breadcrumb, related, share), or whose `<h1>` is another story's
    title (a strip of teasers)."""
    if not headlines or names == " ":
        return []
    words = BOILERPLATE_NAMES & set(_NAME_PARTS.split(names))
    if not words or not words <= STRUCTURAL_NAMES:
        return []
    heads = [heading for heading in element.iter("h1") if match_key(heading.text_content()) in headlines]
    if not heads:
        return []
    return [
        part
        for part in element.xpath(".//h1 | .//figure")
        if (part in heads or part.tag == "figure") and next(part.iterancestors("figure"), None) is None
    ]


def _furniture_names(names: str) -> tuple[str, bool]:
    """The class and id words of `names` ("{class} {id}") lower-cased, negated flags gone, and
    whether a word of them names furniture (`BOILERPLATE_NAMES`, or starts "cookie")."""
    names = names.lower()
    if names == " ":  # most elements are named neither way: no words to split
        return names, False
    names = without_negated_names(names)  # holdout4: "hasnt-bio" flags a byline box without a bio
    parts = set(_NAME_PARTS.split(names))  # holdout10: "cookiemsg" as "cookie" (a word holding it, looked for then)
    cookie = "cookie" in names and any(p.startswith("cookie") for p in parts)
    return names, bool(names.strip()) and bool(BOILERPLATE_NAMES & parts or cookie)


# "Kļūda rakstā? Iezīmējiet tekstu un spiediet Ctrl+Enter…", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter":
# the site's box asking readers to report a typo, in the languages whose sites carry it.
# misses50b: Chinese sites write the keys quoted and joined by a word, each in its own red `<font>` (holdout50's 东北网:
# '同时按下"CTRL"与"ENTER"键', "press CTRL and ENTER together"), and the mistake "错误" (出错, 纠错 hold "错" too).
_CTRL_ENTER = re.compile(r"\bCtrl[\s\"'“”「」]*(?:\+|与|和|及|加)[\s\"'“”「」]*Enter\b", re.IGNORECASE)
_ERROR_WORD = re.compile(
    r"kļūd|klaid|ошибк|помилк|памылк|\berror|\bmistake|\btypo|fehler|\bviga|błąd|chyb|错|錯", re.IGNORECASE
)
REPORT_BOX_CHARS = 400
_CTRL_WORDS = ("Ctrl", "CTRL", "ctrl")
_CTRL_TEXT = "//text()[contains(., 'Ctrl') or contains(., 'CTRL') or contains(., 'ctrl')]"  # no translate(): 5× cheaper


_KEY_MARKS = frozenset(
    {"font", "strong", "b", "em", "i", "span", "kbd"}
)  # a key's name set apart inside the instruction


# A day alone, its time at most, as a list of a section's latest stories stamps each item ("28.11", "23.11.2011 14:39");
# not a time alone, as a live blog stamps its entries
_ITEM_STAMP = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?(?:\s+\d{1,2}:\d{2})?\s*$")
MIN_DATED_ITEMS = 3
MAX_ITEM_WORDS = 20  # an item: a story's title or its one-sentence summary
MAX_ITEM_CHARS = 160  # …in a script that spaces no words too


def drop_dated_link_lists(root: HtmlElement) -> None:
    """Remove the `<p>` items of a box listing a section's stories, each item a stamp of its day alone in the element
    before it and a link to the story (misses50b: holdout50's PRM.RU, `<div id="indiv"><h1>В разделе</h1>
    <span>28.11</span><p>В Пермском крае закончили <a href=…>вакцинацию населения</a>.</p><span>25.11</span>…`, each
    item a sentence with its link, two kept as the story's paragraphs): `MIN_DATED_ITEMS` or more such items among a
    box's children. A story's paragraphs follow no stamp each, and one dated update is no list.

    >>> import lxml.html
    >>> items = "".join(f"<span>2{n}.11</span><p>Item <a href='/s/{n}'>story {n}</a>.</p>" for n in range(3))
    >>> page = lxml.html.fromstring(f"<div><div><h1>In this section</h1>{items}</div><p>The story.</p></div>")
    >>> drop_dated_link_lists(page); [p.text_content() for p in page.iter("p")]
    ['The story.']
    """
    boxes = dict.fromkeys(parent for paragraph in root.iter("p") if (parent := paragraph.getparent()) is not None)
    for box in boxes:
        items = []
        for paragraph in box.iterchildren("p"):
            stamp = paragraph.getprevious()
            if (
                stamp is not None
                and not len(stamp)
                and _ITEM_STAMP.match(stamp.text_content())
                and paragraph.find(".//a[@href]") is not None
                and len(text := paragraph.text_content()) <= MAX_ITEM_CHARS
                and len(text.split(maxsplit=MAX_ITEM_WORDS)) <= MAX_ITEM_WORDS
            ):
                items.append((stamp, paragraph))
        if len(items) >= MIN_DATED_ITEMS:
            for stamp, paragraph in items:
                stamp.drop_tree()
                paragraph.drop_tree()


def drop_error_report_boxes(root: HtmlElement) -> None:
    """Remove the box asking readers to select a mistake and press Ctrl+Enter (holdout10's lsm.lv):
    the largest element around such an instruction that stays short (`REPORT_BOX_CHARS`) and holds
    no other paragraph, naming an error, with its label ("Kļūda rakstā?"). A story's sentence about
    the keys, beside the story's other paragraphs, in a long box of its own or with no word for a
    mistake, stays.

    Each ancestor's text is measured once (`lengths`, less what a dropped box took): a box of n
    instructions reads its text once, not n times (a 460 KB box of "Ctrl+Enter"s took 3 s)."""
    page_text = root.text_content()  # one C pass: the XPath below tests every text node three times
    if not any(word in page_text for word in _CTRL_WORDS) or not _CTRL_ENTER.search(page_text):
        return  # none in any case (its letters fold from ASCII only): in no element's text (pagespeed17: "ctrlKey")
    lengths: dict[HtmlElement, int] = {}
    found = dict.fromkeys(text.getparent() for text in root.xpath(_CTRL_TEXT))
    for element in found:
        while (  # misses50b: '"<font>CTRL</font>"与"<font>ENTER</font>"', the instruction in the marks' parent
            element is not None and element.tag in _KEY_MARKS and not _CTRL_ENTER.search(element.text_content())
        ):
            element = element.getparent()
        if element is None or not _CTRL_ENTER.search(element.text_content()):
            continue
        box = element
        while _is_report_part(box.getparent(), box, lengths):
            box = box.getparent()
        text = _shown_text(box)  # a long element that says the keys itself is the story's, not a box
        if box.getparent() is not None and len(text) <= REPORT_BOX_CHARS and _ERROR_WORD.search(text):
            for ancestor in box.iterancestors():  # drop_tree keeps the box's tail: its text alone goes
                if ancestor in lengths:
                    lengths[ancestor] -= len(text)
            box.drop_tree()


# misses37: a box built around an e-mail field (a newsletter sign-up, a comment or log-in form): its heading and pitch
# ("Your inbox, upgraded.", LeadDev's; Patch's "Find out what's happening in Murrieta with free, real-time updates
# from Patch.") are the site's, whatever the box's classes say (LeadDev's are a page builder's, Patch's a hashed
# "styles_SubscribeForm__0dj5n"). 113 of the 631 realworld pages hold one.
_EMAIL_FIELDS = "//input[translate(@type, 'EMAIL', 'email') = 'email']"
_PASSWORD_FIELDS = "//input[translate(@type, 'PASSWORD', 'password') = 'password']"
MAX_SIGNUP_WORDS = 40  # the box's shown words: a heading, a pitch, the field's label and button, a privacy line
MAX_COMMENT_FORM_WORDS = 100  # …a comment form's: its heading, a log-in prompt, the fields' labels, the site's rules
# misses43: and a text box's content, the reader's field, not the box's words (1tv.ru's box to embed the story in a
# blog: a read-only `<textarea>` of the embed's HTML under "Выделите любой фрагмент … или скопируйте готовый код:")
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "option", "textarea"})


def drop_signup_boxes(root: HtmlElement, story_start: str = "", headlines: Sequence[str] = ()) -> None:
    """Remove the largest element around each e-mail field or choice list (`<select>`: misses47, GameSpot's age gate
    over its video, "Please enter your date of birth to view this video", three lists and "By clicking 'enter', you
    agree to …", holdout47) that shows at most `MAX_SIGNUP_WORDS` words: the
    field's box and its heading and pitch; and around each text box (`<textarea>`) that shows at most
    `MAX_COMMENT_FORM_WORDS`: a comment form's prompts, labels and rules (misses39, holdout38's fedpress: "Если вы
    являетесь экспертом … войдите на сайт", "У нас Вы можете публиковать свои новости!" around the fields of a form
    set in a `<div>`, no `<form>`). Not a box holding the page's `<h1>`, a `<time>`, an `<article>` or the story's
    first line (`story_start`; `reader_boxes.holds_story`): a short story around a form, or a header whose byline and
    day sit beside a sign-up field, stays. The page's `<h1>` is the one saying a headline the metadata states (`headlines`) where one does,
    else any: a page titling each of its sections with an `<h1>`, as HTML5's outline has it, titles its comment
    section so too (misses41, holdout39's Apple Daily: "新聞討論" over the form, under the section's instruction)."""
    start_key = match_key(story_start)
    heads = story_heads(root, headlines)
    fields = [(field, MAX_SIGNUP_WORDS) for field in root.xpath(_EMAIL_FIELDS)]
    fields += [(field, MAX_COMMENT_FORM_WORDS) for field in root.iter("textarea")]
    fields += [(field, MAX_SIGNUP_WORDS) for field in root.iter("select")]  # misses47: an age gate's day, month, year
    # misses50b: a log-in form's password field (holdout50's PRM.RU: "Авторизация", "Для входа в систему введите,
    # пожалуйста, логин и пароль. …" over its fields, under the story)
    fields += [(field, MAX_SIGNUP_WORDS) for field in root.xpath(_PASSWORD_FIELDS)]
    for field, most in fields:
        if root not in field.iterancestors():
            continue  # inside a box dropped already
        box = field
        while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
            if _shown_words(parent, most) > most:
                break
            box = parent
        if box is not field and not holds_story(box, start_key, heads):
            box.drop_tree()


def story_heads(root: HtmlElement, headlines: Sequence[str]) -> list[HtmlElement]:
    """The page's `<h1>`s saying a headline the metadata states (`headlines`), else all of them (`drop_signup_boxes`)."""
    headline_keys = {match_key(headline) for headline in headlines} - {""}
    every_head = list(root.iter("h1"))
    return [head for head in every_head if _says_headline(match_key(head.text_content()), headline_keys)] or every_head


def _says_headline(heading: str, headlines: set[str]) -> bool:
    """The heading's key is a headline's, or a part of one (a `<title>` running the section and the site's name on
    after it, "長時間用平板電腦 易眼過勞 | 家庭 | 蘋果日報"), or holds one (a kicker before it)."""
    return bool(heading) and any(heading in headline or headline in heading for headline in headlines)


_CLASSED_LINKS = "//a[@href][@class]"  # those whose class names a button are `figure_credits.is_button_classed`
MAX_BANNER_WORDS = 25  # a banner's shown words: a title, a day and place, the button's label
MIN_BANNER_PICTURE_WIDTH = 300  # a banner's picture spans the column; an avatar, an icon, a logo is smaller


def drop_button_banners(root: HtmlElement, story_start: str = "") -> None:
    """Remove a banner set in the story's flow: the largest element around a link styled as a button (its class
    words "button", "btn") that shows at most `MAX_BANNER_WORDS` words, holds a wide picture (`width` at least
    `MIN_BANNER_PICTURE_WIDTH`) and links nowhere but where its button does (misses38: LeadDev's conference banner,
    a page builder's group of the event's picture, "London • June 2 & 3, 2026", "LDX3 London agenda is live! 🎉"
    and "<a class='wp-block-button__link'>See lineup</a>"). Not a button linking to a picture (a lead picture's
    "enlarge"), nor a box with a caption (a picture's own, with a gallery's button under it), the page's `<h1>`,
    a `<time>`, an `<article>` or the story's first line."""
    start_key = match_key(story_start)
    # each box climbed through counted once: the buttons of a menu or a card list climb the same boxes (pagespeed45:
    # smithsonianmag's 479 counts were of 122 boxes, a quarter of its read); a drop changes its boxes' counts
    shown: dict[HtmlElement, int] = {}
    for link in root.xpath(_CLASSED_LINKS):
        if not is_button_classed(link) or root not in link.iterancestors():
            continue
        if not is_page_link(link):
            continue  # a picture's own control: "Vergrößern" (enlarge) linking to the picture at its full size
        box = link
        while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
            if (words := shown.get(parent)) is None:
                words = shown[parent] = _shown_words(parent, MAX_BANNER_WORDS)
            if words > MAX_BANNER_WORDS:
                break
            box = parent
        if box is link or not any(_is_wide(image) for image in box.iter("img")):
            continue
        if {(other.get("href") or "").strip() for other in box.iter("a")} != {(link.get("href") or "").strip()}:
            continue  # another link: a teaser's title, a credit's, a gallery's pictures
        if holds_story(box, start_key) or box.xpath(
            "self::h1 | .//h1 | .//figcaption | .//*[contains(@class, 'aption')]"
        ):
            continue
        box.drop_tree()
        shown.clear()


MIN_PICTURE_TEASERS = 3  # linked pictures in one box: a grid of other stories, not a story's picture or two
MAX_TEASER_CAPTION = 40  # characters a teaser's caption holds at most (a title of a few words)
MIN_HEADLINE_KEY = 8  # letters of a text that may be the headline: a shorter one ("明星") is a word of many


def teaser_grid_keys(root: HtmlElement, story_start: str = "", headlines: Sequence[str] = ()) -> frozenset[str]:
    """The `match_key`s of the titles a grid of picture teasers shows outside its links, for `page._article_blocks` to
    keep no block saying one, as it keeps none of a side column's (`page_layout.side_column_keys`; the grid stays in
    the tree, for the rules reading the page's day and story around it). A grid: the largest box holding `MIN_PICTURE_TEASERS` or more pictures that each
    link to another page (`page_figures.is_page_link`: not the picture at a larger size, not the story's own photo
    page), whose shown text is no more than their short titles (`MAX_TEASER_CAPTION` characters each on average,
    none ending as a sentence) — a magazine's grid of other stories under the story (misses51b, holdout50's 东北网:
    "明星写真", ten pictures each in a little table with a caption cell under it, "女星与干爹的荒唐事", kept as ten
    units after its table was read). A story's gallery links its pictures to the larger files, and its captions say
    sentences; a box holding a paragraph's text is no grid, nor one holding the story's first line, its `<h1>`
    (`story_heads`), a `<time>` or an `<article>` (`reader_boxes.holds_story`: phpspot's page, its story one line
    with no full stop among its menus' pictures), nor the page's `<body>`.

    >>> import lxml.html
    >>> item = "<td><table><tr><td><a href='/s/{0}.html'><img src='/p/{0}.jpg'></a></td></tr><tr><td>Star {0}</td></tr></table></td>"
    >>> grid = "<table><tr>" + "".join(item.format(n) for n in range(4)) + "</tr></table>"
    >>> page = lxml.html.fromstring(f"<div><p>The story.</p>{grid}</div>")
    >>> sorted(teaser_grid_keys(page))
    ['star0', 'star1', 'star2', 'star3']
    >>> gallery = "".join(f"<p><a href='/p/{n}.jpg'><img src='/p/{n}s.jpg'></a>Star {n}</p>" for n in range(4))
    >>> page = lxml.html.fromstring(f"<div><p>The story.</p>{gallery}</div>")
    >>> teaser_grid_keys(page)
    frozenset()
    """
    pictured = [link for link in root.iter("a") if link.find(".//img") is not None]
    if len(pictured) < MIN_PICTURE_TEASERS:  # most pages: fewer linked pictures in all
        return frozenset()
    numbers = story_numbers(root)  # the story's own photo pages are no teasers
    links = [link for link in pictured if is_page_link(link, numbers)]  # each link asked once
    if len(links) < MIN_PICTURE_TEASERS:  # no box can hold enough of them
        return frozenset()
    held: dict[HtmlElement, int] = {}
    for link in links:
        for box in link.iterancestors():
            held[box] = held.get(box, 0) + 1
    grids: dict[HtmlElement, None] = {}
    start_key, heads = match_key(story_start), story_heads(root, headlines)
    headline_keys = {match_key(headline) for headline in headlines} - {""}
    asked: dict[HtmlElement, bool] = {}  # each box read once, whichever of its pictures asks (pagespeed)
    for link in links:
        grid = None
        for box in link.iterancestors():  # the largest box of teasers: a grid's rows, then the grid and its title
            if held[box] < MIN_PICTURE_TEASERS:
                continue
            if box not in asked:
                asked[box] = (
                    box.tag not in ("body", "html")
                    and _holds_titles_only(box, held[box], headline_keys)
                    and not holds_story(box, start_key, heads)
                )
            if not asked[box]:
                break
            grid = box
        if grid is not None:
            grids[grid] = None
    return frozenset(key for grid in grids for text in _unlinked_texts(grid) if (key := match_key(text)))


_LINK_OR_CODE = frozenset({"a", "script", "style"})


def _unlinked_texts(box: HtmlElement) -> Iterator[str]:
    """The box's text nodes outside links, scripts and style sheets, in no set order (an XPath asking each text node's
    ancestors was most of the rule's time on a page of a hundred linked pictures, pagespeed)."""
    if box.text:
        yield box.text
    stack = list(box)
    while stack:
        element = stack.pop()
        if element.tail:
            yield element.tail
        if isinstance(element.tag, str) and element.tag not in _LINK_OR_CODE:
            if element.text:
                yield element.text
            stack.extend(element)


_LETTER = re.compile(r"[^\W_]")


def _holds_titles_only(box: HtmlElement, pictures: int, headline_keys: set[str]) -> bool:
    """The box's shown text outside links (a linked title is a teaser too) is short titles: each at most
    `MAX_TEASER_CAPTION` characters, two a picture at most (its title and a label), none a sentence, none the story's
    headline (`_says_headline`: phpspot's, its heading no `<h1>`)."""
    count = 0
    for raw in _unlinked_texts(box):  # the first text that is no title ends the reading
        if not _LETTER.search(raw):
            continue  # a bullet or bar between links is no title
        text = normalise_space(raw)
        count += 1
        if (
            count > 2 * pictures
            or len(text) > MAX_TEASER_CAPTION
            or ends_as_sentence(text, cjk=True)
            or (len(key := match_key(text)) >= MIN_HEADLINE_KEY and _says_headline(key, headline_keys))
        ):
            return False
    return True


def _is_wide(image: HtmlElement) -> bool:
    width = (image.get("width") or "").strip()
    return width.isdigit() and int(width) >= MIN_BANNER_PICTURE_WIDTH


def _shown_words(element: HtmlElement, limit: int) -> int:
    """The words of the element's text outside scripts, styles and the like, counted up to `limit` + 1."""
    return shown_amount(element, limit, _UNSHOWN, _word_count)


def _word_count(text: str) -> int:
    return len(text.split())


def _shown_text(element: HtmlElement) -> str:
    """The element's text but its scripts' and style sheets' (misses50b: 东北网's report box holds the script that
    reads the keys, 400 characters, longer than the box's words)."""
    if next(element.iter("script", "style"), None) is None:
        return element.text_content()
    return "".join(element.xpath(".//text()[not(ancestor::script or ancestor::style)]"))


def _is_report_part(parent: HtmlElement | None, box: HtmlElement, lengths: dict[HtmlElement, int]) -> bool:
    """The parent still belongs to the report box: short, and no paragraph of its outside the box
    but the box's own words (a label, the instruction again for small screens)."""
    if parent is None or parent.tag in ("body", "html"):
        return False
    if parent not in lengths:
        lengths[parent] = len(_shown_text(parent))
    if lengths[parent] > REPORT_BOX_CHARS:
        return False
    inside = set(box.iter("p"))
    others = [p for p in parent.iter("p") if p is not parent and p not in inside]
    return all(_ERROR_WORD.search(p.text_content()) for p in others)


_TEASER_NAME = re.compile(r"(?<![a-z])teaser(?![a-z])", re.IGNORECASE)


def _is_story_teaser(element: HtmlElement) -> bool:
    """A box its class calls a teaser that heads its text with a linked heading: another story's
    card (Drupal's "node-teaser" view mode: its title as a link, its summary, its time, "Leer
    más"; a sidebar of them on holdout7's diariodelsur). A story's own "teaser" (its standfirst,
    as some CMSs name it: nature.com, sudinfo) links nowhere, and stays."""
    if _TEASER_NAME.search(element.get("class") or "") is None:
        return False
    return any(heading.find(".//a[@href]") is not None for heading in element.iter("h2", "h3", "h4", "h5"))


def _is_kept_box(element: HtmlElement, names: str, kept: Callable[[str], bool]) -> bool:
    """A box named only by a page builder's structural word ("widget", "card", an ad slot's "ads")
    whose prose trafilatura kept holds most of its text, at least a paragraph's worth
    (`PARAGRAPH_LETTERS`): the story set in the builder's boxes (a test report's sections marked
    "Section--Ads", a travel guide's "card" per sight, a "widget statement"; holdout17: a box that is
    only a photo no link holds, trinidadexpress's "asset-photo card"). A box those words name is otherwise a teaser or an offer; one
    named share, newsletter, related, disclosure… is furniture whatever it holds, unless it names
    the story's body too (holdout10's theweek: "sr-body-share-wrapper", story and share bar)."""
    parts = set(_NAME_PARTS.split(names))  # its class and id words, negated flags gone
    words = BOILERPLATE_NAMES & parts
    if not words or not (words <= STRUCTURAL_NAMES or "body" in parts):
        return False
    pictured = element.tag == "figure" or element.find(".//figure") is not None  # holdout22's nrk: "image widget"
    if words <= STRUCTURAL_NAMES and pictured and not element.xpath(".//a//img"):
        return not "".join(element.xpath(".//text()[not(ancestor::figure)]")).strip()  # holdout17: a photo's box
    if words <= STRUCTURAL_NAMES and element.tag in SUBHEADING_TAGS:
        return heads_kept_prose(element, kept)
    prose = [text for part in element.iter("p") if _is_prose_text(text := part.text_content()) and kept(text)]
    held = sum(len(text) for text in prose)
    return held >= PARAGRAPH_LETTERS and held * 2 >= len(element.text_content().strip())


SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def heads_kept_prose(heading: HtmlElement, kept: Callable[[str], bool]) -> bool:
    """A paragraph beside the heading, before the next heading, is prose trafilatura kept:
    the story's subheading set in a page builder's box (holdout22's haberturk: `<h2 class="widget-title">
    İZMİR BORNOVA'DA YANGIN</h2>`, a picture's box, then the section's paragraphs). A sidebar box's
    title ("Recent posts") heads a list of links, or its own box's text, none of it the story's.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring("<div><h2>FIRE</h2><div></div><p>" + "Crews fought the fire. " * 12 + "</p></div>")
    >>> heads_kept_prose(box[0], lambda text: True), heads_kept_prose(box[0], lambda text: False)
    (True, False)
    """
    for sibling in heading.itersiblings():
        if sibling.tag in SUBHEADING_TAGS or sibling.tag == "h1":
            return False
        if sibling.tag == "p" and _is_prose_text(text := sibling.text_content()) and kept(text):
            return True
    return False


def _is_prose_text(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and ends_as_sentence(text)


def _collection_length(
    element: HtmlElement, seen: dict[tuple[HtmlElement, str], int], kept: Callable[[str], bool]
) -> int:
    """The text length of the element and its siblings (of any tag) with the same furniture class words,
    counting those whose text trafilatura kept."""
    parent = element.getparent()
    words = _furniture_words(element)
    if parent is None or not words:
        return 0
    if (parent, words) not in seen:  # any tag: bloomberg's <p>s and <h3>s "paywall" are one story in pieces (holdout8)
        run = [sibling for sibling in parent if _furniture_words(sibling) == words]
        seen[(parent, words)] = sum(len(text) for sibling in run if kept(text := sibling.text_content()))
    return seen[(parent, words)]


def _furniture_words(element: HtmlElement) -> str:
    return " ".join(sorted(BOILERPLATE_NAMES & set(_NAME_PARTS.split((element.get("class") or "").lower()))))


# A class token that says the element LACKS a thing ("hasnt-bio", "has-no-comments", "no-ads",
# "not-sponsored"): a state flag, which names no furniture box.
_NEGATED_NAME = re.compile(r"(?<![\w-])(?:hasnt|hasn-t|has-no|isnt|is-not|no|not|non|without)[-_][\w-]+")


def without_negated_names(names: str) -> str:
    """Class and id words with the negated flags taken out (see `_NEGATED_NAME`).

    >>> without_negated_names("pb-sig-line hasnt-headshot hasnt-bio is-not-column").split()
    ['pb-sig-line']
    >>> without_negated_names("author-bio no_caption")
    'author-bio  '

    """
    return _NEGATED_NAME.sub(" ", names)


VISUALLY_HIDDEN = frozenset(
    {
        "sr-only",  # Bootstrap 3–4
        "visually-hidden",  # Bootstrap 5, Drupal
        "visuallyhidden",  # HTML5 Boilerplate
        "element-invisible",  # Drupal 7
        "screen-reader-text",  # WordPress
        "govuk-visually-hidden",  # GOV.UK Design System
        "off-screen",  # BBC News
        "text-hide",  # Bootstrap 3's image replacement: the text moved out of view behind a picture
        "hide-text",  # the same, as sites name it (holdout9's afpbb: "このニュースをシェア" over its share bar)
    }
)
"""Class names of the common CSS frameworks' screen-reader-only text (clipped to one pixel):
labels for assistive technology ("Media caption", "Skip to content", "opens in a new window")
that no sighted reader of the page sees, and that would otherwise be glued to the visible text
beside them ("Media captionDrone footage shows…")."""


def is_hidden(element: HtmlElement) -> bool:
    """An element the reader does not see when the page opens: the HTML `hidden` attribute, a
    WAI-ARIA `dialog`/`alertdialog` (a pop-up) or screen-reader-only text (`VISUALLY_HIDDEN`) —
    unless it holds the page's heading."""
    hidden = _is_hidden(element.get("hidden"), element.get("role"), _names_hidden(element.get("class") or ""))
    return hidden and next(element.iter("h1"), None) is None


_STYLE_HIDDEN = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I
)


def is_style_hidden(element: HtmlElement) -> bool:
    """The element or a box around it hidden by its inline style (`display: none`, `visibility: hidden`): text
    no reader sees when the page opens, such as the fields a Chinese portal writes for Baidu's crawler
    (misses34, holdout34's chinanews: `<div id="BaiduSpider" style="display:none">…<span id="author_baidu">作者：
    陈海峰</span><span id="editor_baidu">责任编辑：陈海峰</span></div>`, the editor's name in the author's field).
    Asked of a byline's element only: a script may show a hidden box of the story later (`drop_hidden_items`).

    >>> import lxml.html
    >>> page = lxml.html.fragment_fromstring('<div><div style="DISPLAY: none"><span>a</span></div><span style="color:red">b</span></div>')
    >>> is_style_hidden(page[0][0]), is_style_hidden(page[1])
    (True, False)
    """
    return any(
        _STYLE_HIDDEN.search(box.get("style") or "") for box in (element, *element.iterancestors()) if box.get("style")
    )


def _is_hidden(hidden: str | None, role: str | None, hidden_class: bool) -> bool:
    """`is_hidden` without its heading's test, on the element's `hidden` and `role` attributes and
    whether its class names screen-reader-only text (`_names_hidden`)."""
    return hidden is not None or (role or "").lower() in ("dialog", "alertdialog") or hidden_class


def _names_hidden(class_: str) -> bool:
    """holdout22: a helper class set "offscreen" after a library's prefix is screen-reader text too
    (srf's "h-offscreen": "Legende:" before each caption; Amazon's "a-offscreen")."""
    words = class_.lower().split()
    return not VISUALLY_HIDDEN.isdisjoint(words) or any(word.endswith("-offscreen") for word in words)


def is_teaser_card(element: HtmlElement, numbers: frozenset[str] = frozenset()) -> bool:
    """A `<figure>` whose caption sits inside a link to another page: the whole card links to
    another story (a teaser dressed as a figure, seen between paragraphs on Süddeutsche.de); a
    photo's caption is not a link. A link to the picture itself is none (`page_figures.is_page_link`:
    holdout23's Público sets its photo in a script's zoom `<a>` without `href`, Nikkan Gendai in a
    link to the story's own photo page)."""
    if element.tag != "figure":
        return False
    inside_link = any(is_page_link(link, numbers) for link in element.iterancestors("a"))
    return any(
        inside_link or any(is_page_link(link, numbers) for link in caption.iterancestors("a"))
        for caption in element.iter("figcaption")
    )


def is_link_card(element: HtmlElement) -> bool:
    """A `<span>` set inside a paragraph that is only links run together, with nothing but spaces
    between them: a hover card (a person's other stories, shown when the pointer rests on the
    name; The Hill sets one after each politician's name), not words of the sentence, which joins
    the things it lists with commas and words ("<a>Ann</a>, <a>Bo</a> and <a>Cy</a>").

    >>> import lxml.html
    >>> card = lxml.html.fragment_fromstring("<span><a href=/a>Ann Lee</a> <a href=/b>Story</a> <a href=/c>MORE</a></span>")
    >>> listed = lxml.html.fragment_fromstring("<span><a href=/a>Ann</a>, <a href=/b>Bo</a> and <a href=/c>Cy</a></span>")
    >>> is_link_card(card), is_link_card(listed)
    (True, False)
    """
    links = list(element.iter("a"))
    if element.tag != "span" or len(links) < MIN_CARD_LINKS:
        return False
    between = element.text_content()
    for link in links:
        between = between.replace(link.text_content(), "", 1)
    return not between.strip()
