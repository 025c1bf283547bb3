"""Who wrote a saved page's story: the names its metadata states, else where the page prints them.

The metadata comes first (`metadata.py`: JSON-LD `author`, `article:author`, `dc.creator`…).
When it names no person — nothing, the site itself, or only a one-word CMS account ("BBNTEAM",
the login the post was entered under) — the page's own byline is read, in the forms newsrooms
print it, most explicit first:

- a byline block (`class="byline"`), a "By …" line, or a byline under another label or language
  ("Von A, B und C, NDR", "Written by: Julie Mollins", "Por Ana Pérez"), alone or as the
  emphasised lead-in of the first paragraph ("**By Aaron Humes**: The Americas cannot …");
- a label printed apart from the name: a leaf element holding only "By" whose next sibling holds
  the name (`<span>By</span><span><a>Alex Bozarjian</a></span>`, glued as "ByAlex Bozarjian");
- the line holding the first `rel="author"` link (HTML link type "author"), or a short element
  whose class or `itemprop` names an author;
- the writer's name on a line of its own directly above the writer's e-mail address, whose
  local part spells the name ("PETER CHRISTOPHER" / "peter.christopher@guardian.co.tt");
- a sign-off closing the story, as wire and broadcast copy ends: a dash and a name ("– David
  Dunkley"), or a name and the outlet ("Max Lee, KBS World Radio News.");
- a wire story's closing credit ("(Reporting by Will Dunham; Editing by Tom Brown)": the
  reporters), or the bracketed credit opening a Chinese or Korean story ("〔記者巫其倫／台北報導〕").

Organisations and the site itself are never names (`byline.reduce_byline`), nor is a
fact-check's claimant (`without_claimants`). When the page's
byline names everyone the metadata names and more, the page wins: metadata often carries the
first writer only.
"""

from __future__ import annotations

import copy
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from lxml import etree

from l10n.ingest.byline import NAME_PARTICLES, ORGANISATION_WORDS, is_picture_label, looks_like_name, reduce_byline
from l10n.ingest.byline_cjk import cjk_byline_names, is_korean_byline, names_korean_job, shown_meta_name
from l10n.ingest.byline_header import (
    dated_name_line,
    first_name_line,
    header_credit,
    linked_name_line,
    name_over_day,
    opening_name,
)
from l10n.ingest.byline_lines import (
    is_label_only,
    is_menu_entry,
    is_menu_title,
    is_repeated_field,
    label_length,
    labelled_text,
)
from l10n.ingest.byline_shape import MAX_BY_LINE_WORDS, is_labelled_byline, is_page_by_line
from l10n.ingest.byline_site import is_topic_row, names_sections, names_the_site, section_keys, site_keys
from l10n.ingest.byline_teasers import heading_boxes, in_teaser, teaser_credits
from l10n.ingest.datelines import story_bylines
from l10n.ingest.fields import match_key, normalise_space
from l10n.ingest.figure_credits import class_words, is_button_classed, is_writers_box
from l10n.ingest.furniture import ends_as_sentence, first_line
from l10n.ingest.page_credits import (
    CREDIT_PARAGRAPHS,
    LEAD_IN_TAGS,
    SENTENCE_BREAK,
    closing_credit,
    closing_name,
    closing_tagline,
    lead_credit,
    slashed_credit,
    wire_credit,
)
from l10n.ingest.page_marks import is_thread_signature
from l10n.ingest.page_prune import is_style_hidden
from l10n.ingest.regex_gate import gated_compile
from l10n.ingest.story_edges import is_view_count

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from collections.abc import Set as AbstractSet

    from lxml.html import HtmlElement

    from l10n.ingest.metadata import PageMetadata
    from l10n.model import Block, Document

MAX_NAME_ELEMENT_WORDS = 6
# Words of a class, itemprop or id that name a byline's element: English, and the Spanish, Italian,
# Portuguese "firma" (elmundo's `<p class="firma">`, holdout6; not in holdout17's "confirmation"), and
# "reporter" as a word (holdout20's mbl: "reporter-line"; not "btnreporterror", a button to report an error),
# and "autor", the word of Polish, Czech, Spanish, Portuguese, German and Russian in Latin letters, as a word
# (holdout28: Gazeta Wrocławska's `<div class="autor">`, Komsomolskaya Pravda's "state-autor"; not
# "autoresize" or "autorefresh").
BYLINE_CLASS_WORDS = (
    "author",
    "byline",
    "(?<![a-z])firma",
    "writer",
    "(?<![a-z])reporters?(?![a-z])",
    "(?<![a-z])autor(?:e?s|a|in|en)?(?![a-z])",
)
_BYLINE_CLASS_WORD = gated_compile("|".join(BYLINE_CLASS_WORDS))  # one search an element, not four
BUTTON_CLASS = re.compile(
    r"(?<![a-z])(?:btn|button)(?![a-z])"
)  # holdout17: habr's "become-author-btn", a link to sign up
_CJK_LETTERS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3·]+")
_NAME_BRACKETS = " 《》〈〉【】「」"  # a sign-off set in CJK brackets: "《KT》" (holdout7)
MAX_SIGN_OFF_NAME_WORDS = 4
_SOFT_HYPHEN = "\u00ad"
_EMAIL = re.compile(r"^[\w.+\-\u00ad]+@[\w\-\u00ad]+(?:\.[\w\-\u00ad]+)+$")
_LINK_LABEL = re.compile(r"\b(?:all|more|see|view|read|articles|posts|stories|profile|archive)\b", re.IGNORECASE)
_META_LINE_SEPARATOR = re.compile(r"\s+[-–|·•]\s+")
_CJK_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,4}\s*[:：])")  # before a Chinese field's label and its colon
_CJK_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[:：]")  # …and a line opening with one (misses42)
MAX_META_LINE_WORDS = 30
MAX_META_LINE_CHILDREN = 12
# The last sentence of the story: a dash and a name, or a name, a comma and the outlet.
_SIGN_OFF = re.compile(r"(?P<dash>[-–—]\s*)?(?P<name>[^\W\d_][^,.!?]*?)(?:,\s*(?P<outlet>[^,]+?))?\.?")


def rel_author_line(root: HtmlElement) -> list[str]:
    """The text of the block holding the page's first `rel="author"` link (HTML link type
    "author"), when it is short enough to be a byline; else the link's own text when that is a
    name (holdout7: slate.fr's author box, the link above the writer's biography). Read before
    furniture boxes are pruned."""
    from l10n.ingest.html import BLOCK_LEVEL

    headed = heading_boxes(root)
    for link in root.iter("a"):
        if "author" not in (link.get("rel") or "").lower().split() or in_teaser(link, headed):
            continue  # writers28: the Telegraph's cards beside the story, each with its writer's link
        block = next((parent for parent in link.iterancestors() if parent.tag in BLOCK_LEVEL), link)
        text = normalise_space(block.text_content())
        if 0 < len(text.split(maxsplit=MAX_BY_LINE_WORDS)) <= MAX_BY_LINE_WORDS:
            return [text]
        name = normalise_space(link.text_content())
        return (
            [name]
            if 1 < len(name.split(maxsplit=MAX_SIGN_OFF_NAME_WORDS)) <= MAX_SIGN_OFF_NAME_WORDS
            and looks_like_name(name)
            else []
        )
    return []


MAILTO_HEADER_REACH = 3  # elements up from the link to the story's header box, which holds the page's <h1>


def mailto_name(root: HtmlElement) -> list[str]:
    """The name of a link to write to its person (`mailto:`) in the story's header, the name its address spells
    ("<a href="mailto:richard.young@thecomet.net">Richard Young</a>", misses52b: holdout52's The Comet, its line under
    the `<h1>` with the day and no label): a reporter's address beside the headline is the writer's. Only where an
    element a few levels up (`MAILTO_HEADER_REACH`) holds the page's `<h1>`: a masthead's or footer's contact link
    ("Editor: <a href="mailto:…">…</a>") stands away from the story's heading, and a link whose text is not the
    address's name ("Contact us", "news@…") names no one.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><h1>Care home criticised</h1><p><a href="mailto:richard.young@x.net ">'
    ...     'Richard Young </a> Tuesday</p></div>')
    >>> mailto_name(page)
    ['Richard Young']
    >>> mailto_name(lxml.html.fromstring('<div><h1>Care home</h1><p><a href="mailto:news@x.net">Richard Young</a></p></div>'))
    []
    """
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href[:7].lower() == "mailto:" or "@" not in href:
            continue
        name = normalise_space(link.text_content())
        if not (
            1 < len(name.split(maxsplit=MAX_SIGN_OFF_NAME_WORDS)) <= MAX_SIGN_OFF_NAME_WORDS
            and match_key(href[7:].split("@")[0]) == match_key(name)
            and looks_like_name(name)
        ):
            continue
        box = link
        for _ in range(MAILTO_HEADER_REACH):
            box = box.getparent() if box.getparent() is not None else box
            if next(box.iter("h1"), None) is not None:
                return [name]
    return []


def split_label_line(root: HtmlElement) -> list[str]:
    """ "By Alex Bozarjian" from `<span>By</span><span><a>Alex Bozarjian</a></span>`: a leaf
    element holding only a byline label, and the short text of its next sibling. Read before
    furniture boxes are pruned, like `rel_author_line`; not a teaser's (`byline_teasers.in_teaser`)."""
    headed: set[HtmlElement] | None = None
    for element in root.iter("span", "div", "p", "strong", "b", "em", "small", "dt"):
        if len(element):
            continue  # no leaf: its text is not read (writers32b)
        text = element.text or ""
        if not text.strip() or len(text) > 20 or not is_label_only(text) or is_picture_label(text):
            continue
        headed = heading_boxes(root) if headed is None else headed
        if in_teaser(element, headed):
            continue  # writers28: pagina12's "<span>Por </span><a>El Planeta Urbano</a>" under other stories
        sibling = _label_holder(element).getnext()
        name = normalise_space(sibling.text_content()) if sibling is not None else ""
        if 0 < len(name.split(maxsplit=MAX_NAME_ELEMENT_WORDS)) <= MAX_NAME_ELEMENT_WORDS:
            return [f"{normalise_space(text)} {name}"]
    return []


MAX_LABEL_WRAPPERS = 3  # rutgers: `<div class="f--field"><p class="label"><strong>By</strong></p></div>`


def _label_holder(label: HtmlElement) -> HtmlElement:
    """The label's element, or the outermost of the wrappers (up to `MAX_LABEL_WRAPPERS`) that hold only it
    and have no next sibling inside: a CMS's field set around the label, the name in the next field
    (rutgers' `<div><p><strong>By</strong></p></div><div><p class="full-name">Todd Bates</p></div>`)."""
    holder = label
    for _ in range(MAX_LABEL_WRAPPERS):
        parent = holder.getparent()
        if holder.getnext() is not None or parent is None or len(parent) != 1:
            break
        if normalise_space(parent.text_content()) != normalise_space(label.text or ""):
            break
        holder = parent
    return holder


def early_bylines(root: HtmlElement, meta: PageMetadata) -> tuple[list[str], list[str], list[str]]:
    """The lines `author_names` reads of the page before pruning (`early`): `split_label_line`,
    `rel_author_line`, `author_elements`; none when the metadata names the writers (they are not
    read then). `author_elements` is not read when either line already names a writer in full:
    `author_names` returns that line's names before it would ask for it (pagespeed23)."""
    if not reads_page_bylines(meta, meta_writers(meta)):
        return [], [], []
    split, rel = split_label_line(root), rel_author_line(root)
    if any(_in_full(reduced_bylines(line, meta.site_name)[0]) for line in (split, rel)):
        return split, rel, []
    return split, rel, author_elements(root)


def _settles(shown: list[str], stated: list[str]) -> bool:
    """The names a source of the page shows are the writers: any when the metadata states none,
    else only when one is a full name (not another one-word account)."""
    return bool(shown) and (not stated or _in_full(shown))


def _in_full(names: list[str]) -> bool:
    return any(_is_full_name(name) for name in names)


def author_names(
    meta: PageMetadata,
    document: Document,
    root: HtmlElement,
    early: tuple[list[str], list[str], list[str]],
    extracted: Callable[[str], bool],
) -> list[str]:
    """The story's writers (see the module docstring). `early` holds the lines read before
    pruning (`split_label_line`, `rel_author_line`); `extracted` tells the text the extractor kept
    (`page_main.MainText.kept`), so a sign-off is only read at the end of the story."""
    blocks = document.blocks

    site: list[tuple[tuple[frozenset[str], frozenset[str]], frozenset[str]]] = []  # read when a name is first found
    # the lines each source shows, reduced once: several sources often show the same byline (writers32b: kulu-media's
    # "By Kulu Media News Desk", the site's desk, no writer, from five)
    reductions: dict[tuple[str, ...], tuple[list[str], str]] = {}

    def reduced(sources: list[str]) -> list[str]:
        key = tuple(sources)
        if key not in reductions:
            reductions[key] = reduced_bylines(sources, meta.site_name)
        names, role = reductions[key]
        document.author_role = document.author_role or role
        if names and not site:
            site.append((site_keys(meta, root), section_keys(root, meta.section)))
        return [  # writers28: "Ukrinform" on ukrinform.ru, "El Mundo Política" (two section links)
            name for name in names if not names_the_site(name, site[0][0]) and not names_sections(name, site[0][1])
        ]

    stated = reduced(meta.authors) or shown_meta_name(meta.authors, root, meta.site_name)  # holdout11: "島津健吾"
    if reads_page_bylines(meta, stated):
        split, rel, unpruned = early
        # the page's author-named elements and meta lines, read once for the shown names and the hidden (pagespeed35)
        named = functools.cache(lambda: author_named(root))
        meta_lines = MetaLines(root)
        sources: tuple[Callable[[], list[str]], ...] = (  # most explicit first, each read only when needed
            lambda: story_bylines(  # holdout15: not a teaser's, dated elsewhere; misses50: nor the story's topics
                [block for block in blocks if not is_topic_row(block)], document.published
            ),
            lambda: next(
                (  # a picture's credit ("By Frank S. Zhou" under a photo, holdout30's Crimson) names no writer
                    [text]
                    for at, b in enumerate(blocks)
                    if b.role not in ("credit", "caption")
                    and (text := labelled_text(b))
                    and not is_menu_entry(blocks, at)
                    and not is_menu_title(blocks, at)  # misses39: "From The Print" over the paper's section links
                    and not is_repeated_field(blocks, at)  # misses34: each listed podcast's "From: …"
                    and not is_thread_signature(blocks, at)  # misses50b: "Submitted by …" under each reader comment
                ),
                [],
            ),
            lambda: next(([text] for text in map(emphasised_after_label, blocks) if text), []),  # holdout4
            lambda: split,
            lambda: rel,
            lambda: author_elements(root, named=named()),
            lambda: _name_above_address(blocks),
            lambda: meta_lines.first(hidden=False),  # holdout4: "05/10/2018 - Publicado por: Clarissa Borba - …"
            lambda: dated_name_line(blocks, document.published),  # holdout20: "Sehernur Karsu | 05.04.2025"
            lambda: linked_name_line(blocks, document.published),  # misses39: "21世纪网 <a …/heyi>何漪</a> 2011-12-15"
            lambda: header_credit(blocks),  # holdout24: "【王己由／台北報導】" under the headline
            lambda: korean_byline_line(root),  # holdout6: "<span>이용민 기자 | </span>"
            lambda: heading_byline(blocks),  # holdout10: "…の成否<br>編集委員　中沢克二" in the <h1>
            lambda: mailto_name(root),  # misses52b: "<a href="mailto:richard.young@…">Richard Young</a>" under the <h1>
            lambda: unpruned,  # holdout6: qdaily's author line inside its "author-share" box
        )
        teasers: list[frozenset[str]] = []  # read once, when a source first shows a line

        def not_teasers(lines: list[str]) -> list[str]:
            if lines and not teasers:
                teasers.append(teaser_credits(root))
            return [line for line in lines if normalise_space(line) not in teasers[0]] if lines else lines

        for source in sources:
            shown = reduced(not_teasers(source()))  # writers28: lexpress's "Par Sylvain Fort" under a teaser
            if _settles(shown, stated):
                return shown
        kept = [index for index, block in enumerate(blocks) if block.role == "paragraph" and extracted(block.text)]
        signed = (
            _sign_off(blocks, kept)
            or closing_credit(blocks, kept)  # holdout4: "（编译/林靖东）"
            or closing_tagline(blocks, kept)  # holdout4: "*Andrés Malamud es politólogo…*"
            or wire_credit(blocks, kept)  # holdout5: "(Reporting by Will Dunham; Editing by Tom Brown)"
            or lead_credit(blocks, kept)  # holdout5: "〔記者巫其倫／台北報導〕"
            or slashed_credit(blocks)  # misses41: "報導╱林明佳、張佩玉", "本版文/记者李莎莎黎史翔…"
            or closing_name(blocks, kept)  # holdout6: "（羅森）"
            or opening_name(
                blocks, kept, site_account=_names_the_site(meta)
            )  # holdout22: "<p><strong>Mohloai Mpesi</strong></p>"
        )
        if signed:
            return signed
        # misses34: the fields a Chinese portal hides for Baidu's crawler ("作者：余聪" on caixin, "作者：陈海峰" on
        # chinanews, its editor's name there) name the writer last, when nothing the page shows names one and the
        # metadata names none either (they stand in for it; not a hidden comment form's "Move Comment", evaldata)
        hidden = (
            []
            if stated
            else reduced(author_elements(root, hidden=True, named=named()) or meta_lines.first(hidden=True))
        )
        if hidden:
            return hidden
    for group in _byline_groups(blocks):  # "By Jessica Holly, Gail Levy, 7 News WSVN"
        shown = [name for text in group for name in reduce_byline(text, site_name=meta.site_name).names]
        extra = [name for name in dict.fromkeys(shown) if name not in stated]
        if stated and set(stated) <= set(shown) and extra and all(map(looks_like_name, extra)):
            return list(dict.fromkeys(shown))
    return stated


def _names_the_site(meta: PageMetadata) -> bool:
    """The metadata's writer is the site itself (lestimes' "Lesotho Times"): the account a post went
    out under, not who wrote it."""
    site = match_key(meta.site_name)
    return bool(site) and bool(meta.authors) and all(match_key(author) == site for author in meta.authors)


def reads_page_bylines(meta: PageMetadata, stated: list[str]) -> bool:
    """Whether the writers are looked for in what the page shows (`reads_shown_bylines`), or the names
    the metadata states are all the company it states as the page's publisher or rights holder
    (holdout24's Ethnos: `author` "e-go.gr , Pegasus Interactive", `copyright` "Pegasus Interactive",
    the site's builder, where the story is signed "ΔΗΜΗΤΡΗΣ ΚΑΡΑΓΙΩΡΓΟΣ"). That company stays the
    writer when the page shows no other (a blog's own "© Jane Doe": `author_names` falls back to
    `stated`)."""
    if reads_shown_bylines(stated):
        return True
    publishers = [match_key(publisher) for publisher in meta.publishers]
    return all(any(match_key(name) in publisher for publisher in publishers) for name in stated)


def reads_shown_bylines(stated: list[str]) -> bool:
    """Whether the writers are looked for in what the page shows: the metadata states none, or only
    one-word names ("BBNTEAM": an account, not a byline). `early_bylines` asks it (through
    `reads_page_bylines`) with `meta_writers` before pruning, to read the lines it keeps for
    `author_names` (`early`) only then."""
    return not stated or all(len(name.split()) == 1 for name in stated)


def meta_writers(meta: PageMetadata) -> list[str]:
    """The names the metadata's author fields reduce to, as `author_names` first reads them."""
    return reduced_bylines(meta.authors, meta.site_name)[0]


def reduced_bylines(sources: list[str], site_name: str) -> tuple[list[str], str]:
    """The names the bylines reduce to, each once, in order, and the first job title among them."""
    names: list[str] = []
    role = ""
    for source in sources:
        byline = reduce_byline(source.replace(_SOFT_HYPHEN, ""), site_name=site_name)
        names += [name for name in byline.names if name not in names]
        role = role or byline.role
    return names, role


def _is_full_name(name: str) -> bool:
    """More than a one-word account ("BBNTEAM"): two words or more, or a name in Han, kana or
    Hangul, scripts that part no names by spaces ("オカモト" is a whole name; holdout7)."""
    return len(name.split()) > 1 or bool(_CJK_LETTERS.fullmatch(name))


def is_writer_address(text: str, name_keys: AbstractSet[str]) -> bool:
    """A line that is only the e-mail address of one of the writers ("peter.christopher@…")."""
    text = text.strip()
    return bool(_EMAIL.match(text)) and match_key(text.split("@")[0]) in name_keys


def _name_above_address(blocks: list[Block]) -> list[str]:
    for block, following in zip(blocks, blocks[1:]):
        if "@" not in following.text:
            continue  # no address under it (`is_writer_address`): the line is not spaced out (pagespeed23)
        name = normalise_space(block.text.replace(_SOFT_HYPHEN, ""))
        words = name.split()
        if 1 < len(words) <= MAX_SIGN_OFF_NAME_WORDS and looks_like_name(name):
            if is_writer_address(following.text.replace(_SOFT_HYPHEN, ""), {match_key(name)}):
                return [name]
    return []


def _sign_off(blocks: list[Block], kept: list[int]) -> list[str]:
    """The name a story signs off with (see the module docstring): in the last sentence of the last paragraph the
    extractor kept (`kept`: their indices); or a dash and the name opening a block of lines among the last ones."""
    while len(kept) > 1 and is_view_count(blocks[kept[-1]].text):
        kept = kept[:-1]  # misses46b: the page's "Просмотров: 28" under the signature
    if not kept:
        return []
    if len(kept) > 1 and (signature := _signature(blocks[kept[-1]])) and ends_as_sentence(blocks[kept[-2]].text):
        return [signature]  # holdout24: "ΔΗΜΗΤΡΗΣ ΚΑΡΑΓΙΩΡΓΟΣ", Ethnos' writer
    signed = _signed_name(_SIGN_OFF.fullmatch(SENTENCE_BREAK.split(normalise_space(blocks[kept[-1]].text))[-1]))
    if signed:  # else holdout15's "— Scott Brinker<br>MarTech Program Chair" above the site's prompt:
        return signed
    lines = (first_line(block) for block in blocks[kept[-min(CREDIT_PARAGRAPHS, len(kept))] : kept[-1]])
    dashed = next(
        (name for line in lines if (name := _signed_name(_SIGN_OFF.fullmatch(line.strip()), dashed=True))), []
    )
    return dashed or _signature_over_rule(blocks)


def _signature_over_rule(blocks: list[Block]) -> list[str]:
    """A signature (`_signature`, a paragraph) under a paragraph of the story (`MIN_SIGNED_PARAGRAPH` characters,
    ending as a sentence) and over a rule, a line of one mark drawn (`_RULE_LINE`: "____…", "* * *"), as a paper's
    page prints the end of a story above the next (misses52b: holdout52's Приазовский рабочий, "<b>Александр
    БОНДАРЕНКО</b>" and a line of underscores; the extractor keeps the issue's other stories and the subscribers'
    draw after it, and leaves the signature out, so no signature closes the kept lines). Interfax's box title "НОВОСТИ
    В СЕТИ" between two lines of "." is none."""
    for at in range(1, len(blocks) - 1):
        if blocks[at].role == "paragraph" and _RULE_LINE.fullmatch(blocks[at + 1].text):
            above = blocks[at - 1]
            if above.role == "paragraph" and len(above.text) >= MIN_SIGNED_PARAGRAPH and ends_as_sentence(above.text):
                if signature := _signature(blocks[at]):
                    return [signature]
    return []


# a line drawn with one mark, three times or more ("______", "* * *", "———"), spaces between maybe
_RULE_LINE = re.compile(r"\s*([_\-–—=*~•])(?:\s*\1){2,}\s*")
MIN_SIGNED_PARAGRAPH = 100  # characters of the paragraph over a signature: a story's, not a box's line ("…раздела" ".")


# misses47: the initials after the writer's name in a signature, an editor's ("Севда Шахмедова, Л.А.", holdout47's
# 1NEWS.AZ): a comma, then one to three capital letters each with its dot
_SIGNED_INITIALS = re.compile(r",\s*(?:[^\W\d_]\.\s*){1,3}$")


def _signature(block: Block) -> str:
    """The name the story's last paragraph is, alone, as a printed paper signs its story under the last line
    ("ΔΗΜΗΤΡΗΣ ΚΑΡΑΓΙΩΡΓΟΣ", holdout24's Ethnos): two to four words set in capitals, no link, no outlet's word
    ("ASSOCIATED PRESS"); "" for none. A name in title case there may be a tag or a caption's, and stays none unless
    the whole of it is set in italics (`_is_emphasised`, misses46b), or in bold with an editor's initials after it
    (`_SIGNED_INITIALS`, misses47: 1NEWS.AZ's `<p><strong>Севда Шахмедова, Л.А.</strong></p>`; the initials are
    not the name). `_sign_off` reads it under a paragraph that ends as a sentence (phpspot's sidebar label "SITE
    PROFILE" follows a line of links), past a view count under it ("Просмотров: 28"). A name set as papers of the
    former Soviet Union and France sign, the given names in title case and the surname in capitals ("Александр
    БОНДАРЕНКО", misses52b: holdout52's Приазовский рабочий, `<b>` under the story), may be in bold too
    (`_capital_surname`): a bold heading in title case is a section's.

    >>> from l10n.model import Block, InlineMarkup
    >>> [_signature(Block("paragraph", text)) for text in ("ΔΗΜΗΤΡΗΣ ΚΑΡΑΓΙΩΡΓΟΣ", "Dimitris Karagiorgos", "ASSOCIATED PRESS")]
    ['ΔΗΜΗΤΡΗΣ ΚΑΡΑΓΙΩΡΓΟΣ', '', '']
    >>> _signature(Block("paragraph", "Анна Лытко", markup=[InlineMarkup(0, 10, "em")]))
    'Анна Лытко'
    >>> _signature(Block("paragraph", "Анна Лытко", markup=[InlineMarkup(0, 4, "em")]))
    ''
    >>> bold = [InlineMarkup(0, 21, "strong")]
    >>> _signature(Block("paragraph", "Севда Шахмедова, Л.А.", markup=bold)), _signature(Block("paragraph", "Севда Шахмедова, Л.А."))
    ('Севда Шахмедова', '')
    >>> _signature(Block("paragraph", "Севда Шахмедова", markup=[InlineMarkup(0, 15, "strong")]))
    ''
    >>> _signature(Block("paragraph", "Александр БОНДАРЕНКО", markup=[InlineMarkup(0, 20, "b")]))
    'Александр БОНДАРЕНКО'
    >>> _signature(Block("paragraph", "Александр БОНДАРЕНКО")), _signature(Block("paragraph", "Новости ДНЕПРА"))
    ('', '')
    """
    text = normalise_space(block.text)
    initials = _SIGNED_INITIALS.search(text)
    initials = initials if initials is not None and initials.group().isupper() else None
    name = text[: initials.start()] if initials is not None else text
    words = name.split()
    shown_apart = name.isupper() or _is_emphasised(block, bold=initials is not None or _capital_surname(words))
    signed = (
        1 < len(words) <= MAX_SIGN_OFF_NAME_WORDS
        and shown_apart
        and looks_like_name(name)
        and not ORGANISATION_WORDS.intersection(word.lower() for word in words)
        and not any(mark.tag == "a" for mark in block.markup)
    )
    return name if signed else ""


def _capital_surname(words: list[str]) -> bool:
    """The name's last word in capitals, of two letters or more, each word before it a capital and small letters
    ("Александр БОНДАРЕНКО", "Jean DUPONT"): a signature's form, which a tag's or a caption's words do not take."""
    last = words[-1] if words else ""
    return (
        len(words) > 1
        and len(last) > 1
        and last.isupper()
        and last.isalpha()
        and all(word[0].isupper() and word[1:].islower() for word in words[:-1])
    )


def _is_emphasised(block: Block, *, bold: bool = False) -> bool:
    """The whole block set in italics or emphasis (or, `bold`, in bold or strong type): a paper's sign-off set apart
    from the story's text (misses46b: Cxid.info's `<p><em>Анна Лытко</em></p>` under its last paragraph, holdout46),
    where a tag or a caption's name is set as the text around it."""
    text = block.text.strip()
    start = len(block.text) - len(block.text.lstrip())
    tags = ("em", "i", "strong", "b") if bold else ("em", "i")
    return bool(text) and any(
        mark.tag in tags and mark.start <= start and mark.end >= start + len(text) for mark in block.markup
    )


def _signed_name(found: re.Match[str] | None, *, dashed: bool = False) -> list[str]:
    if found is None or (dashed and not found["dash"]):
        return []
    name, outlet = found["name"].strip(), found["outlet"] or ""
    words = name.split()
    if not 1 < len(words) <= MAX_SIGN_OFF_NAME_WORDS or not looks_like_name(name):
        return []
    if found["dash"] and not outlet:
        return [name]  # "– David Dunkley"
    outlet_words = set(re.split(r"\W+", outlet.lower()))
    return [name] if not found["dash"] and outlet_words & ORGANISATION_WORDS else []


def _byline_groups(blocks: list[Block]) -> list[list[str]]:
    """Runs of adjacent byline blocks (a byline printed as "By", a name, "and", a name), and
    each "By …" line alone."""
    groups: list[list[str]] = []
    previous = False
    for block in blocks:
        if block.role == "byline":
            if not previous:
                groups.append([])
            groups[-1].append(block.text)
        elif is_page_by_line(block.text):
            groups.append([block.text])
        previous = block.role == "byline"
    return groups


# Where an author-classed element names someone else: a comment and its form ("comment-author",
# "comment-form-author": "Name *"), any form, a box of related stories ("entry__related"); not any
# `<aside>`: a theme may set the whole main column in one (mk.ru).
_ELSEWHERE = (
    "ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment') or contains(@class, 'related')]"
    "|ancestor::form"
)
_IS_ELSEWHERE = etree.XPath(_ELSEWHERE)  # compiled once, not at each candidate's call (writers32b)
# Nor a poll's: its author's line beside the form of its choices, both in a small box (misses38: podrobnosti's
# "Автор: <a>Vadim</a>" over the poll's radio buttons, in one `<div>` with the question and the form). The element's
# box or that box's parent holds a choice to tick and shows few words; an article holding a poll somewhere is no poll.
_BOXES_WITH_CHOICES = etree.XPath(
    "ancestor::*[position() <= 2][descendant::input[translate(@type, 'RADIO', 'radio') = 'radio']]"
)
MAX_POLL_WORDS = 80  # a poll's question, its author, a few choices and its buttons
_IN_LIST_OR_LINK = etree.XPath("ancestor::li|ancestor::a")
# each name's values in document order, one path a name: one path for the three (a union) had libxml2 merge the
# three node-sets, each node checked against every node already in (pagespeed37: 2,708 values on tovima, 22 → 13 M
# instructions a call, callgrind)
_NAMED_BY = tuple(etree.XPath(f"descendant-or-self::*/@{name}") for name in ("class", "itemprop", "id"))
TEASER_WRITERS = 3  # elements of one author class inside list items or links: the writers of a list's stories


def author_named(root: HtmlElement) -> tuple[list[HtmlElement], set[HtmlElement]]:
    """The elements whose class, `itemprop` or id names an author (no button, no control), in document order,
    and the boxes around the page's `<h1>`s when there are any (`heading_boxes`): what `author_elements` reads."""
    candidates = []
    for element in _maybe_author_named(root):
        names = f"{element.get('class', '')} {element.get('itemprop', '')} {element.get('id', '')}".lower()
        if (
            _BYLINE_CLASS_WORD.search(names)
            and not BUTTON_CLASS.search(names)
            and element.get("role") != "button"
            and not _is_control(element)  # writers27: sn.at's `<button class="followAuthorBtn">Folgen</button>`
        ):
            candidates.append(element)
    return candidates, (heading_boxes(root) if candidates else set())


def author_elements(
    root: HtmlElement,
    *,
    hidden: bool = False,
    named: tuple[list[HtmlElement], set[HtmlElement]] | None = None,
) -> list[str]:
    """The text of the first short element whose class, `itemprop` or id names an author; not
    one of a list's teasers (holdout7: mk.ru's "preview__author" in each linked list item, the
    same class three or more times), while a meta list's one `<li class="author">` is read. Not one
    its inline style hides (`page_prune.is_style_hidden`), or only those when `hidden` (misses34). `named`: the
    page's `author_named` read already (`author_names` asks twice of one tree: the shown names, then the hidden)."""
    candidates, headed = named if named is not None else author_named(root)
    classes = Counter(element.get("class", "") for element in candidates)
    for element in candidates:
        if classes[element.get("class", "")] >= TEASER_WRITERS and _IN_LIST_OR_LINK(element):
            continue
        if in_teaser(element, headed):
            continue  # writers28: a card's writer beside the story (`byline_teasers`)
        if _IS_ELSEWHERE(element) or _beside_poll(element):
            continue  # a comment's or a form's author field, a related story's writer (read before pruning), a poll's
        if _in_picture(element):
            continue  # a picture's photographer ("<figcaption>… <span class='author'>"), not the story's writer
        if is_style_hidden(element) != hidden:
            continue  # misses34: chinanews' "作者：陈海峰" in the fields a hidden box writes for a crawler
        text = _shown_name_text(element, most=MAX_NAME_ELEMENT_WORDS).strip(_NAME_BRACKETS)  # holdout8: "Twitter" links
        # a label alone ("Article by") is skipped: the name is in the next element
        if 0 < len(text.split(maxsplit=MAX_NAME_ELEMENT_WORDS)) <= MAX_NAME_ELEMENT_WORDS and not is_label_only(
            text
        ):  # holdout5: "marcos lópez"
            return [as_printed_name(first_name_line(element, text) or text)]  # holdout20: mbl's name, then a line
        linked = _author_link_text(element)  # holdout10: the name's link to the writer's page, a date beside it
        if linked:
            return [as_printed_name(linked)]
        # not each answer's (Q&A pages)
        box_named = _box_name(element) if classes[element.get("class", "")] == 1 else ""
        if box_named:  # dailycaller's "author-box": avatar, name, title, links, bio
            return [as_printed_name(box_named)]
        dated = name_over_day(element)  # holdout28: Gazeta Wrocławska's name over its day's line
        if dated:
            return [as_printed_name(dated)]
    return []


def _beside_poll(element: HtmlElement) -> bool:
    """The element sits in a poll's small box (`_BOXES_WITH_CHOICES`, `MAX_POLL_WORDS`)."""
    return any(
        len(box.text_content().split(maxsplit=MAX_POLL_WORDS)) <= MAX_POLL_WORDS for box in _BOXES_WITH_CHOICES(element)
    )


def _is_control(element: HtmlElement) -> bool:
    """A button, by its tag or by a class word of its camel-cased class (sn.at's "followAuthorBtn"
    on a `<button>` "Folgen" and on a link "Themen bearbeiten": follow the author, edit the topics
    followed), that `BUTTON_CLASS` does not see as a word: a control beside the byline, no name."""
    return element.tag == "button" or is_button_classed(element) or _is_account_box(element)


# misses49: the last part of a link's address that names the reader's account (sign up, log in)
_ACCOUNT_ADDRESS = re.compile(
    r"/(?:register|registration|signup|sign-up|login|log-in|signin|sign-in|logon|logout|enter|auth|account)/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def _is_account_box(element: HtmlElement) -> bool:
    """An element whose links, one or more, all go to the reader's account pages (`_ACCOUNT_ADDRESS`): a login
    box that a theme classes as an author's ("autor" for its log-in module, holdout49's Вечерний Краснотурьинск:
    "Регистрация Вход", register and enter, given as the writer), no name. A name linked to the writer's page stays."""
    links = [link.get("href") or "" for link in element.iter("a")]
    return bool(links) and all(_ACCOUNT_ADDRESS.search(link) for link in links)


def _shown_name_text(element: HtmlElement, most: int | None = None) -> str:
    """The element's words but those of a part classed as its "by" label (`_is_by_label`): a theme
    that sets the label in an element of its own (tagDiv's `<div class="td-author-by">Nga</div>`,
    Albanian "by", before the name's link) names the label so, in any language, and the label is
    no part of the name ("Nga Gazeta Telegraf" was read as the writer "Nga", the site cut off).

    With `most`, "" for an element with no label whose words, stripped of brackets, are surely more
    than `most`: its `text_content()` (the same texts, not parted by spaces: never more words) has
    more. Not joined then (pagespeed33: inexhibit's `<body class="… single-author …">`, WordPress's
    class of a one-writer blog, joined in both of `author_elements`' walks, for nothing)."""
    if not any(_is_by_label(part) for part in element.iterdescendants() if _may_say_by(part)):
        if most is not None and _more_words(element.text_content().strip(_NAME_BRACKETS), most):
            return ""
        return " ".join(element.itertext())
    shown = copy.deepcopy(element)  # a byline's few elements; the page keeps its label
    for label in [part for part in shown.iterdescendants() if _is_by_label(part)]:
        label.drop_tree()  # its tail (the words after it) stays
    return " ".join(shown.itertext())


MAX_BY_LABEL_WORDS = 2  # "By", "Nga", "Written by": a label, not a name with it


def _may_say_by(element: HtmlElement) -> bool:
    """Whether `_is_by_label` can hold: its class, lower-cased, holds "by" (a class word "by" is there;
    writers32b: the class words of each part of every author-classed element were read)."""
    return "by" in (element.get("class") or "").lower()


def _is_by_label(element: HtmlElement) -> bool:
    """An element whose last class word is "by" ("td-author-by", "author-by") holding a word or two."""
    return (
        isinstance(element.tag, str)
        and any(class_words(name)[-1:] == ["by"] for name in (element.get("class") or "").split())
        and 0 < len(element.text_content().split(maxsplit=MAX_BY_LABEL_WORDS)) <= MAX_BY_LABEL_WORDS
    )


MAX_WRITERS_BOX_WORDS = 60  # avatar, name, job title, links, a short bio: no story's container


def _more_words(text: str, most: int) -> bool:
    return len(text.split(maxsplit=most)) > most


def _box_name(box: HtmlElement) -> str:
    """The name in a writer's box (an author-classed element holding more than a name: avatar, job
    title, links, bio; one on the page, not one of several, each answer's on a Q&A page): the text
    of its first element whose class or `itemprop` is "name"
    (dailycaller's `<div class="name">Ann Coulter</div>`, "author-name", "authorName",
    schema.org's `itemprop="name"`), when it reads as a person's name; "" for none."""
    if _more_words(box.text_content(), MAX_WRITERS_BOX_WORDS) or _more_words(
        " ".join(box.itertext()), MAX_WRITERS_BOX_WORDS
    ):  # `text_content()` first: never more words than the joined texts, and not joined (pagespeed33)
        return ""  # a theme's `<article class="post author-ann">`: the whole story, its share bar's names
    for part in box.iterdescendants():
        if not isinstance(part.tag, str) or not (_is_name_classed(part) or _is_authors_itemprop_name(part, box)):
            continue
        text = normalise_space(" ".join(part.itertext()))
        if 1 < len(text.split(maxsplit=MAX_SIGN_OFF_NAME_WORDS)) <= MAX_SIGN_OFF_NAME_WORDS and looks_like_name(text):
            return text
    return ""


def _is_name_classed(element: HtmlElement) -> bool:
    """A class that is "name", or a writer's word and then "name" ("author-name", "authorName",
    "author__name"): the writer's name; Drupal's "field-name-body" names a field, a share bar's
    "network-name" or a tag box's "tag-name" something else.

    >>> import lxml.html
    >>> names = ("name", "author__name", "authorName", "field-name-body", "network-name", "tag-name")
    >>> [_is_name_classed(lxml.html.fragment_fromstring(f'<div class="{c}">x</div>')) for c in names]
    [True, True, True, False, False, False]
    """
    for name in (element.get("class") or "").split():
        words = class_words(name)
        if words == ["name"] or (words[-1:] == ["name"] and _WRITER_WORDS.intersection(words)):
            return True
    return False


_WRITER_WORDS = frozenset({"author", "writer", "byline", "reporter"})


def _is_authors_itemprop_name(element: HtmlElement, box: HtmlElement) -> bool:
    """schema.org's `itemprop="name"` of the `itemprop="author"` the box is or holds it in."""
    if element.get("itemprop") != "name":
        return False
    for parent in element.iterancestors():
        if parent.get("itemprop") == "author":
            return True
        if parent is box:
            return False
    return False


def _in_picture(element: HtmlElement) -> bool:
    """Inside a picture's `<figure>` (or a `<figcaption>` set without one) beside a caption of its own
    ("Crowds at dawn. <span class='author'>Ann Lee</span>"): its photographer. A figure that is the
    writer's box (`figure_credits.is_writers_box`), or whose words are the element's alone (a
    columnist's headshot captioned with the name: review22a), names the writer."""
    figure = next(element.iterancestors("figure", "figcaption"), None)
    if figure is not None and figure.tag == "figcaption":
        figure = next(figure.iterancestors("figure"), figure)
    if figure is None or is_writers_box(figure):
        return False
    return match_key(figure.text_content()) != match_key(element.text_content())


def _maybe_author_named(root: HtmlElement) -> list[HtmlElement]:
    """The elements whose class, `itemprop` or id holds one of the strings every match of
    `_BYLINE_CLASS_WORD` holds ("author", "byline"…, `regex_gate`), in document order: the others'
    three names, joined by spaces, cannot match it (none of those strings holds a space, and
    lower-casing the names joined is lower-casing each). Read from the page's attribute values, an
    element's object made only for those: on pikabu 4,312 named elements, 3 such names
    (pagespeed21)."""
    named: dict[HtmlElement, None] = {}
    paths = 0  # the paths that added an element not named already
    for path in _NAMED_BY:
        values = path(root)
        # one gate scan of the values joined (a NUL, which no parsed value holds, between them; lower-casing is
        # each character's: a value's own lower case is its part of the whole's), not a call a value (pagespeed33)
        joined = _NUL.join(values)
        parts = (
            _BYLINE_CLASS_WORD.may_match_parts(joined.lower(), _NUL) if joined.count(_NUL) == len(values) - 1 else None
        )
        before = len(named)
        if parts is None:
            named.update((value.getparent(), None) for value in values if _BYLINE_CLASS_WORD.may_match(value.lower()))
        else:
            named.update((values[part].getparent(), None) for part in parts)
        paths += len(named) > before
    # pagespeed51b: one path's elements come in the order of the page (each path's values do, an element's own
    # attribute once); only elements of two paths are put in order by a walk of the page
    return list(named) if paths < 2 else _in_document_order(root, named)


def _in_document_order(root: HtmlElement, elements: dict[HtmlElement, None]) -> list[HtmlElement]:
    """The elements (held, so each is the proxy `iter` gives) in the order of the page, read up to the last."""
    if len(elements) < 2:
        return list(elements)
    left, ordered = set(elements), []
    for element in root.iter():
        if element in left:
            ordered.append(element)
            left.discard(element)
            if not left:
                break
    return ordered


_NUL = "\0"


def _author_link_text(element: HtmlElement) -> str:
    """The text of the element's link to a writer's page (an address naming "author": "/author/…",
    "?author=joewee"), when it reads as a person's name: short, capitalised, not the link's label
    ("See All Articles", "Subscribe to"), no outlet's word ("AFP/The Local"); "" for none."""
    for link in element.iter("a"):
        if "author" not in (link.get("href") or "").lower():
            continue  # no writer's page: its text is not read (pagespeed33)
        text = " ".join(link.itertext()).strip(_NAME_BRACKETS)
        if (
            0 < len(text.split(maxsplit=MAX_NAME_ELEMENT_WORDS)) <= MAX_NAME_ELEMENT_WORDS
            and not _LINK_LABEL.search(text)
            and looks_like_name(text)
            and not ORGANISATION_WORDS & set(re.split(r"\W+", text.lower()))
        ):
            return text
    return ""


def as_printed_name(text: str) -> str:
    """A name stored all in lower case, capitalised word by word as the page's style sheet
    prints it (CSS `text-transform: capitalize`: the CMS keeps "marcos lópez", the reader sees
    "Marcos López"); the particles of names stay lower case; any other text is as it is.

    >>> as_printed_name(" marcos lópez "), as_printed_name("ana de la cruz"), as_printed_name("Ann Lee")
    ('Marcos López', 'Ana de la Cruz', 'Ann Lee')

    A line with digits is a name and more (habr's "programmerguru 24 янв в 17:00": a handle, then the
    day): left as it is, so a handle printed in lower case is not made a name.

    >>> as_printed_name("programmerguru 24 янв в 17:00")
    'programmerguru 24 янв в 17:00'
    """
    words = text.split()
    if not text.islower() or len(words) < 2 or any(char.isdigit() for char in text):
        return text
    return " ".join(word if word in NAME_PARTICLES else word[:1].upper() + word[1:] for word in words)


def emphasised_after_label(block: Block) -> str:
    """The name set in bold or as a link right after a byline label, when more follows it ("Un
    texte de **Frédéric Zalac** d'*Enquête*": the programme after the name is not part of it)."""
    start = label_length(block.text)
    if not start or len(block.text.split(maxsplit=MAX_BY_LINE_WORDS)) > MAX_BY_LINE_WORDS:
        return ""
    for markup in block.markup:
        if markup.start == start and markup.tag in (*LEAD_IN_TAGS, "a"):
            name = normalise_space(block.text[markup.start : markup.end])
            if 1 < len(name.split(maxsplit=MAX_SIGN_OFF_NAME_WORDS)) <= MAX_SIGN_OFF_NAME_WORDS and looks_like_name(
                name
            ):
                return f"{block.text[:start]}{name}"
    return ""


MAX_KOREAN_LINE_CHARS = 40
_IN_FIGURE = etree.XPath("ancestor::figure|ancestor::figcaption")


def korean_byline_line(root: HtmlElement) -> list[str]:
    """An element whose whole text is a Korean byline ("이용민 기자 |", `byline_cjk.is_korean_byline`),
    outside figures (a photographer's "잠실=최문영 기자" is a caption's credit)."""
    if not names_korean_job(root.text_content()):  # the page's text read once, not each box's again
        return []
    for element in root.iter("span", "p", "div", "li", "em", "strong", "b"):
        text = element.text_content()
        if 0 < len(text.strip()) <= MAX_KOREAN_LINE_CHARS and is_korean_byline(text):
            if not _IN_FIGURE(element):
                return [normalise_space(text).strip(" |·-")]
    return []


def meta_line_byline(root: HtmlElement, *, hidden: bool = False) -> list[str]:
    """A labelled byline that is one part of a short line of story facts joined by dashes or bars
    ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde"), as small CMSs print it; not in a
    box its inline style hides, or only there when `hidden` (misses34)."""
    return MetaLines(root).first(hidden=hidden)


class MetaLines:
    """The page's meta-line bylines (`meta_line_byline`), each with whether a style hides its box, read in
    document order as far as a question needs and kept: `author_names` asks for a shown one, then, naming no
    one else, for a hidden one, of the same tree; the second ask read the page's lines again (one of
    trafilatura's evaluation pages: 3,668 short texts twice; pagespeed35)."""

    def __init__(self, root: HtmlElement) -> None:
        self._unread = _meta_line_bylines(root)
        self._read: list[tuple[str, bool]] = []

    def first(self, *, hidden: bool) -> list[str]:
        found = next((byline for byline, styled in self._read if styled == hidden), None)
        if found is not None:
            return [found]
        for byline, element in self._unread:
            self._read.append((byline, is_style_hidden(element)))
            if self._read[-1][1] == hidden:
                return [byline]
        return []


def _meta_line_bylines(root: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """Each labelled byline a short line of facts holds, and its line's element, in document order; a line
    whose text a line before said is not read again."""
    lines = [e for e in root.iter("small", "span", "p", "li", "div") if len(e) <= MAX_META_LINE_CHILDREN]  # not boxes
    texts = short_texts(lines, MAX_META_LINE_WORDS)
    read: set[str] = set()  # a line's answer is its text's: one nested in another of the same text is not read again
    for element in lines:
        if (shown := texts.get(element, "")) in read:
            continue
        read.add(shown)
        if not (text := normalise_space(shown)):
            continue
        parts = _META_LINE_SEPARATOR.split(text)
        first = 1  # a line opening with the byline is read whole (`byline_lines.labelled_text`)
        if len(parts) == 1 and (":" in text or "：" in text):  # holdout29: CJK fields parted by spaces
            parts = _CJK_FIELD.split(text)  # ("时间：… 来源： 南海网 作者：陈望"), each label before its colon
            # misses42: the writer's field first ("作者： 半月谈记者谭飞王艳明闫鹃 稿源： …", 每日甘肃), a field's label
            # and colon opening the line (not a story's paragraph whose sentence holds a colon further on)
            first = 0 if _CJK_LABEL.match(text) else 1
        found = next((part for part in parts[first:] if is_labelled_byline(part)), None) if len(parts) > 1 else None
        if found:  # misses34: a crawler's hidden fields ("作者：陈海峰") are asked for apart (`MetaLines.first`)
            yield found, element


def short_texts(elements: list[HtmlElement], most: int) -> dict[HtmlElement, str]:
    """The `text_content()` of each of `elements` (in document order) that holds at most `most`
    words. They are read from the last, the innermost first: an element around one of more words is
    not read, as its text holds that one's and has at least as many words (where the two meet, a word
    of the inner text run on with the outer text's is a word of that text too). A page's nested boxes
    each hold most of its text: read from the outermost, each was read whole (pagespeed23: 6 ms of
    mexiconewsdaily's 80)."""
    texts: dict[HtmlElement, str] = {}
    longer: set[HtmlElement] = set()  # elements around one holding more than `most` words
    for element in reversed(elements):
        if element in longer:
            continue
        text = element.text_content()
        if len(text.split(maxsplit=most)) <= most:
            texts[element] = text
            continue
        for outer in element.iterancestors():
            if outer in longer:
                break  # and so is each around it
            longer.add(outer)
    return texts


def without_claimants(names: list[str], meta: PageMetadata) -> list[str]:
    """The names but those of a fact-check's claimants (schema.org ClaimReview's
    `itemReviewed.author`, printed beside the claim in an author-classed box): the claim's
    author is the one checked, not the one writing.

    >>> from l10n.ingest.metadata import PageMetadata
    >>> without_claimants(["The Russian", "Ann Lee"], PageMetadata(claimants=["The Russian and Syrian ministries"]))
    ['Ann Lee']
    """
    if not meta.claimants:
        return names
    claimed = {match_key(name) for claimant in meta.claimants for name in [claimant, *reduce_byline(claimant).names]}
    return [name for name in names if match_key(name) not in claimed]


def heading_byline(blocks: list[Block]) -> list[str]:
    """A byline set in the headline's own element on the line after it (`<br>`): a labelled
    byline ("By Ann Lee") or a Chinese or Japanese one ("編集委員　中沢克二", holdout10's nikkei); a
    headline's second line that is words of its own (a deck, a kicker) names no one."""
    for block in blocks:
        if block.role != "headline":
            continue
        breaks = [markup.start for markup in block.markup if markup.tag == "br" and markup.start > 0]
        lines = [block.text[start:end].strip() for start, end in zip(breaks, [*breaks[1:], len(block.text)])]
        return [line for line in lines if is_labelled_byline(line) or cjk_byline_names(line)][:1]
    return []
