"""Lines of a page's template that an extractor keeps with the story (holdout26's 2011–2013 pages, laid out
in tables that trafilatura kept whole): the label of a box of other stories under the story, which ends it
(`starts_others_box`); a run of links with nothing but separators between them, a tag cloud or a menu set
in one line (`is_link_run`); a reader's text-size control in brackets closing a line (`without_size_control`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from l10n.folding import without_accents
from l10n.ingest.fields import marks_before, word_count
from l10n.ingest.regex_gate import gated_compile
from l10n.model import Block

# The label of a box of other stories, which a site sets under the story and never inside it: the most read
# or most popular, the news of its partners, the writer's other articles ("Most popular", "ΔΗΜΟΦΙΛΕΣΤΕΡΑ",
# "САМЫЕ ПОПУЛЯРНЫЕ НОВОСТИ НАШИХ ПАРТНЕРОВ", "Άλλα άρθρα του ιδίου συγγραφέα", "More from this author"), or
# only more of the site's news ("More news", "Περισσότερες Ειδήσεις").
# Matched on the folded text (`_folded`: case and accents gone, as capitals drop Greek accents).
_OTHERS_BOX = re.compile(
    r"most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news|today|this week))?"
    r"|(?:other|more) (?:articles|stories|posts) (?:by|from) (?:the same|this) (?:author|writer)"
    r"|more (?:by|from) (?:this|the) (?:author|writer)|(?:news|stories) from our partners"
    r"|meistgelesen(?:e)?|les plus lus|lo mas leido|mas leidas?|mais lidas?|najczesciej czytane|najpopularniejsze"
    r"|δημοφιλεστερα|πιο δημοφιλη|τα πιο (?:διαβασμενα|δημοφιλη)"
    r"|αλλα αρθρα (?:του|της) (?:ιδιου|ιδιας) (?:συγγραφεα|συντακτη|αρθρογραφου)"
    r"|самые (?:популярные|читаемые)(?: новости| материалы| статьи)?(?: наших партнеров)?"
    r"|новости (?:наших )?партнеров|другие (?:статьи|материалы|новости) автора"
    # misses52b: the section's other news under the story ("Другие новости в рубрике «Здоровье»", 4geo, holdout52)
    r"|другие (?:новости|статьи|материалы|публикации) (?:в |из )?(?:рубрик[еи]|раздел[ае]|по теме)(?: \S+){0,4}"
    # holdout28: "Περισσότερες Ειδήσεις" (more news) over ΑΠΕ-ΜΠΕ's other stories' summaries under its story
    r"|more (?:news|stories)|περισσοτερε[σς] ειδησει[σς]|αλλε[σς] ειδησει[σς]"  # folded: "ς" is "σ"
    # misses42: the site's top stories of the day ("Главные новости" over 1tv.ru's cards, holdout41; "Top stories")
    r"|top (?:news|stories|headlines)|главные (?:новости|события|темы)(?: дня)?"
    # misses46b: "更多新聞" (more news) heading 國際線上's related stories under its story, holdout46
    r"|更多(?:新闻|新聞|文章|报道|報導|资讯|資訊)",
)
MAX_OTHERS_LABEL_WORDS = 8
_END_SIGNS = re.compile(r"^\W+|\W+$")  # compiled once: `re.sub` given the string looks it up in re's cache each call


def _folded(text: str) -> str:
    """The text in lower case without accents or punctuation at its ends ("Άλλα άρθρα…" → "αλλα αρθρα…").
    A text ASCII once case-folded has no accent to take off (NFD leaves ASCII as it is): not decomposed
    character by character (pagespeed28: dailymail's 1,089 table cells, all asked by `story_cut`); its
    pattern compiled once (pagespeed41: 7.1 → 2.9 µs a short cell)."""
    letters = without_accents(text.casefold())
    return " ".join(_END_SIGNS.sub("", letters).split())


def starts_others_box(block: Block) -> bool:
    """A short line that is only the label of a box of other stories (see `_OTHERS_BOX`), not a link:
    where it stands under most of the story's text, the story has ended (`story_edges.story_cut`).

    >>> starts_others_box(Block("cell", "ΔΗΜΟΦΙΛΕΣΤΕΡΑ")), starts_others_box(Block("heading", "Άλλα άρθρα του ιδίου συγγραφέα"))
    (True, True)
    >>> starts_others_box(Block("heading", "Περισσότερες Ειδήσεις")), starts_others_box(Block("heading", "Главные новости"))
    (True, True)
    >>> starts_others_box(Block("cell", "更多新聞")), starts_others_box(Block("paragraph", "更多新聞報導請見下期。"))
    (True, False)
    >>> starts_others_box(Block("paragraph", "Most popular among voters was the harbour plan."))
    False
    """
    if word_count(block.text, MAX_OTHERS_LABEL_WORDS) > MAX_OTHERS_LABEL_WORDS:
        return False
    if any(mark.tag == "a" for mark in block.markup):
        return False
    return bool(_OTHERS_BOX.fullmatch(_folded(block.text)))


MIN_RUN_LINKS = 3  # links in a line before it is a run of them (a tag cloud, a menu), not a sentence's two links


def is_link_run(block: Block) -> bool:
    """Three or more links and nothing between them but spaces and separators ("<a>九二共識</a> 、
    <a>居住正義</a> 、 …", PTS's tag cloud; "<a>Home</a> | <a>News</a> | <a>Sport</a>"): a list of links
    set as one line, which has no words of its own. Its link share (`furniture.link_share`, counted in
    characters) stays under a half where the links are words of two Han letters and each separator
    takes three characters; a sentence always has words outside its links.

    >>> from l10n.model import InlineMarkup as M
    >>> tags = Block("cell", "宇昌案 、 九二共識 、 無薪假", markup=[M(0, 3, "a"), M(6, 10, "a"), M(13, 16, "a")])
    >>> said = Block("paragraph", "宇昌案 和 九二共識 、 無薪假", markup=tags.markup)
    >>> is_link_run(tags), is_link_run(said)
    (True, False)
    """
    links = [mark for mark in block.markup if mark.tag == "a" and mark.end > mark.start]
    if len(links) < MIN_RUN_LINKS:
        return False
    inside = bytearray(len(block.text))
    for mark in links:
        inside[mark.start : mark.end] = b"\x01" * (mark.end - mark.start)
    return not any(char.isalnum() for char, linked in zip(block.text, inside, strict=True) if not linked)


# misses47: a list's button to show its hidden items, its count after it maybe ("+ Show More Best Gaming & Tech Deals
# This Week Links (3)", GameSpot's deals box, holdout47; "Load more", "View all (12)"): the page's control, not a line
_SHOW_MORE = re.compile(r"^\W*(?:show|load|view|see) (?:more|all)\b[^.!?]*?(?:\(\d+\))?\s*$", re.IGNORECASE)
MAX_SHOW_MORE_WORDS = 12


def is_show_more_control(block: Block) -> bool:
    """A short line that is a list's "show more" button (see `_SHOW_MORE`); a sentence ("See more of the harbour on
    Friday.") ends as one, and a line of more words is the story's.

    >>> is_show_more_control(Block("list_item", "+ Show More Best Gaming & Tech Deals This Week Links (3)"))
    True
    >>> is_show_more_control(Block("paragraph", "See more of the harbour on Friday.")), is_show_more_control(Block("heading", "Showmore"))
    (False, False)
    """
    return word_count(block.text, MAX_SHOW_MORE_WORDS) <= MAX_SHOW_MORE_WORDS and bool(_SHOW_MORE.match(block.text))


# A reader's text-size control closing a line, its label and the sizes to pick, in brackets or not
# ("【字号：大 中 小】", Shenzhen News, whose size links run a script and carry no class that names them, so
# `page_prune.is_text_size_control` cannot see them; "[Font size: A A A]", "文字サイズ 小 中 大"), or the sizes
# alone in the brackets after the label (holdout28's Rednet: "字体: 【大 中 小】").
# Searched in every kept block: gated (`regex_gate`) on its labels' words ("font", "text", "字号"…), as a search
# that tries every label at every character took 35 µs a paragraph (pagespeed28: 7 ms of motherjones's 85).
_SIZE_CONTROL = gated_compile(
    r"[【\[(（]?\s*(?:字号|字號|字体大小|字體大小|字体|字體|文字サイズ|文字の大きさ|글자\s*크기|글씨\s*크기"
    r"|font\s*size|text\s*size|schriftgröße|taille du texte|tamaño (?:de (?:la )?)?(?:letra|texto|fuente))"
    r"\s*[:：]?\s*[【\[(（]?\s*(?:(?:超大|特大|较大|大|中|小|标准|標準|默认|預設|큰|보통|작은|A\+{0,2}|A-|[+\-−]|[SML])\s*){2,}[】\])）]?\s*$",
    re.IGNORECASE,
)


def without_size_control(block: Block) -> Block:
    """The block without the text-size control closing it (see `_SIZE_CONTROL`); what stood before it stays
    ("http://www.sznews.com 2011-12-14 18:10 来源： 深圳新闻网"), and a block that was only the control
    comes back empty. A story's own words about a size ("字号：小") name one size, not a choice of them.

    >>> without_size_control(Block("paragraph", "2011-12-14 18:10 来源： 深圳新闻网 【字号：大 中 小】")).text
    '2011-12-14 18:10 来源： 深圳新闻网'
    >>> without_size_control(Block("paragraph", "2012/1/17 17:23:10 红网 字体: 【大 中 小】")).text
    '2012/1/17 17:23:10 红网'
    >>> without_size_control(Block("paragraph", "报纸改版后，标题字号：大")).text
    '报纸改版后，标题字号：大'
    """
    found = _SIZE_CONTROL.search(block.text)
    if found is None:
        return block
    end = len(block.text[: found.start()].rstrip())
    return replace(block, text=block.text[:end], markup=marks_before(block.markup, end))


# A breadcrumb trail set as a line of the page's header (holdout28's Rednet: "位置提示：<a>红网首页</a> > <a>新闻频道</a>
# > 正文", "location: home > news channel > body text"), as WAI-ARIA's breadcrumb pattern sets one: steps parted
# by an arrow, each but the last a link to a section above the page, the last the page itself (here "正文", the
# story), maybe a label with a colon before the first. A trail ending in the headline is `page._is_trail`'s.
_TRAIL_ARROW = re.compile(r"\s*[>›»→]\s*")
_TRAIL_LABEL = re.compile(r"^[^:：>›»→]{1,12}[:：]\s*")
MIN_TRAIL_STEPS = 3
MIN_NAMED_TRAIL_STEPS = 2  # under a label naming the trail (`_TRAIL_LABEL_TEXT`)
MAX_STEP_WORDS = 4


def is_breadcrumb_line(block: Block) -> bool:
    """A trail of links to the page's sections, the page's own step last (see `_TRAIL_ARROW`). An arrow in
    a sentence ("Revenue > costs") parts no links, and a line of links without arrows is `is_link_run`'s.

    >>> from l10n.model import InlineMarkup
    >>> trail = Block("paragraph", "位置提示：红网首页 > 新闻频道 > 正文", markup=[InlineMarkup(5, 9, "a"), InlineMarkup(12, 16, "a")])
    >>> is_breadcrumb_line(trail), is_breadcrumb_line(Block("paragraph", trail.text))
    (True, False)
    """
    steps = _trail_steps(block)
    return bool(steps) and all(word_count(step, MAX_STEP_WORDS) <= MAX_STEP_WORDS for step in steps)


def trail_page_step(block: Block) -> str:
    """The page's own step closing a breadcrumb trail (`is_breadcrumb_line`), of any length: on a story's page
    its headline, where the site's template sets no heading (holdout29's bcc.com.tw: "<a>首頁</a> <img> <a>新聞總覽
    </a> <img> 春節就醫急診無休 門診初五恢復常態", its arrows pictures); '' for a line that is no trail.

    >>> from l10n.model import InlineMarkup as M
    >>> trail = Block("paragraph", "首頁 新聞總覽 春節就醫急診無休", markup=[M(0, 2, "a"), M(2, 2, "img"), M(3, 7, "a"), M(7, 7, "img")])
    >>> trail_page_step(trail), trail_page_step(Block("paragraph", trail.text, markup=trail.markup[:2]))
    ('春節就醫急診無休', '')
    """
    steps = _trail_steps(block)
    return steps[-1] if steps else ""


def _trail_steps(block: Block) -> list[str]:
    """The steps of a breadcrumb trail, each but the last a link (see `_TRAIL_ARROW`), parted by an arrow or
    by a picture of one set between two steps (an `<img>` outside the links); [] for a line that is no trail."""
    links = [(mark.start, mark.end) for mark in block.markup if mark.tag == "a"]
    if not links:  # every step but the last is a link (pagespeed36: most blocks hold none; no search for arrows)
        return []
    text = block.text
    label = _TRAIL_LABEL.match(text)
    start = label.end() if label else 0
    # a label that names the trail ("您当前的位置 ：", "You are here:") vouches for two steps (misses37: jxnews)
    least = MIN_NAMED_TRAIL_STEPS if label and _TRAIL_LABEL_TEXT.match(without_accents(label.group().lower())) else 0
    cuts = [arrow.span() for arrow in _TRAIL_ARROW.finditer(text, start)]
    cuts += [
        (mark.start, mark.start)
        for mark in block.markup
        if mark.tag == "img" and mark.start > start and not any(a < mark.start < b for a, b in links)
    ]
    cuts.sort()
    if len(cuts) + 1 < (least or MIN_TRAIL_STEPS) or any(end > after for (_, end), (after, _) in zip(cuts, cuts[1:])):
        return []
    ends = [start, *(at for cut in cuts for at in cut), len(text)]
    spans = [(ends[i], ends[i + 1]) for i in range(0, len(ends), 2)]
    steps = [text[begin:end].strip() for begin, end in spans]
    if not all(steps):
        return []
    for begin, end in spans[:-1]:
        begin, end = begin + len(text[begin:end]) - len(text[begin:end].lstrip()), len(text[:end].rstrip())
        if not any(a <= begin and end <= b for a, b in links):
            return []
    return steps


# A page's skip link, the first link of its template for keyboard and screen-reader users (WCAG 2.4.1, "bypass
# blocks"): "Skip to main content", "Skip to content", "Skip navigation", "Zum Inhalt springen", "Aller au contenu".
# Copied as text it is a line of its own, wherever it stands, often right above the headline with no blank line.
_SKIP_LINK = re.compile(
    r"\W*(?:skip\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|navigation|nav|menu|search|footer|article)"
    r"|zum\s+(?:haupt)?inhalt(?:\s+springen|\s+wechseln)?|direkt\s+zum\s+(?:haupt)?inhalt"
    r"|(?:aller|passer)\s+au\s+contenu(?:\s+principal)?|saltar\s+(?:al|a)\s+contenido(?:\s+principal)?"
    r"|ir\s+(?:al|para\s+o)\s+conte[uú]do(?:\s+principal)?|vai\s+al\s+contenuto(?:\s+principale)?)\W*",
    re.IGNORECASE,
)


def is_skip_link(text: str) -> bool:
    """A line that is only a page's skip link (see `_SKIP_LINK`); a sentence about skipping is longer.

    >>> is_skip_link("Skip to main content"), is_skip_link("Skip to content"), is_skip_link("Skip to the end, she said.")
    (True, True, False)
    """
    return len(text) < MAX_SKIP_CHARACTERS and bool(_SKIP_LINK.fullmatch(text))  # most lines fail at their first letter


MAX_SKIP_CHARACTERS = 40

# A breadcrumb trail copied as text (no links left to tell them): its label ("You are here:", "Sie sind hier:",
# "Vous êtes ici :"), maybe with the trail after it, or a trail from the site's home ("Home / Press", "Home › News",
# "Home 1 / News 2 /", where a list's numbers were copied with the steps).
# Chinese sites write it "您当前的位置：", "您的当前位置：", "当前位置：", "您现在的位置：" (your current position).
_TRAIL_LABEL_TEXT = re.compile(
    r"(?:you are here|you're here|sie sind hier|vous etes ici|usted esta aqui|esta aqui|voce esta aqui|sei qui"
    r"|您?的?(?:当前|现在|所在)的?位置)\s*[:：]"
)
_TRAIL_SEPARATOR = re.compile(r"\s*[/›>»|]\s*")
_HOME = frozenset({"home", "homepage", "startseite", "accueil", "inicio", "início", "home page"})


def is_breadcrumb_text(text: str) -> bool:
    """A line of plain text that is a breadcrumb trail (see `_TRAIL_LABEL_TEXT`): the label, with short steps
    after it or none, or steps parted by a slash or an arrow starting at the site's home, each a few words.

    >>> [is_breadcrumb_text(t) for t in ("You are here:", "You are here: Home 1 / News 2 /", "Home / Press")]
    [True, True, True]
    >>> [is_breadcrumb_text(t) for t in ("Home / work balance is hard", "Politics / Economy", "Home")]
    [False, False, False]
    """
    line = text.strip().lower()
    label = _TRAIL_LABEL_TEXT.match(without_accents(line))
    rest = line[label.end() :] if label else line
    steps = [step.strip() for step in _TRAIL_SEPARATOR.split(rest)]
    if steps and not steps[-1]:
        steps.pop()  # "News 2 /": the trail's last separator before the page's own step, not copied
    if any(word_count(step, MAX_TRAIL_STEP_WORDS) > MAX_TRAIL_STEP_WORDS or not step for step in steps):
        return False
    if label:
        return True
    home = re.sub(r"\s*\d+$", "", steps[0]) if steps else ""
    return len(steps) >= MIN_TRAIL_TEXT_STEPS and home in _HOME


MAX_TRAIL_STEP_WORDS = 3
MIN_TRAIL_TEXT_STEPS = 2

# A press office's contact box copied a field a line: a field's label alone ("Phone:", "Media Contact:"), a phone
# number or an e-mail address after a short label or none ("Office: 714-347-8408", "(213) 257-2000",
# "media@example.org"), a case's number ("Case # 11NF0045", "Case No. 2024-CF-113").
_FIELD_LABEL = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}\s*:"
_PHONE = r"\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{2,4}\)?){2,4}(?:\s*(?:ext\.?|x)\s*\d{1,5})?"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Its postal address, a part a line as the US Postal Service writes it: "211 West Temple Street", "Suite 1200",
# "Los Angeles, CA 90012".
_STREET = (
    r"\d{1,6}(?:\s+[A-Z0-9][\w.'’-]*){1,4}\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way"
    r"|place|pl|court|ct|plaza|square|sq|parkway|pkwy|highway|hwy|terrace|circle)\.?"
)
_UNIT = r"(?:suite|ste|floor|fl|room|rm|unit|building|bldg)\.?\s+#?[\w-]{1,6}"
_CITY_STATE_ZIP = r"[A-Z][\w.'’ -]{1,30},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?"
_CONTACT_LINE = re.compile(
    rf"(?:{_FIELD_LABEL})|(?:{_FIELD_LABEL}\s*)?(?:{_PHONE}|{_EMAIL})"
    r"|(?:case|file|docket|reference|ref)\.?\s*(?:#|no\.?|number)\s*:?\s*[A-Z0-9][\w./-]*"
    rf"|{_STREET}|{_UNIT}|(?-i:{_CITY_STATE_ZIP})",
    re.IGNORECASE,
)
MAX_CONTACT_CHARACTERS = 60


def is_contact_line(text: str) -> bool:
    """A line of a press office's contact box, or a case's number (see `_CONTACT_LINE`): a page's field, though it
    holds digits and a colon; a sentence with a phone number in it has more words.

    >>> [is_contact_line(t) for t in ("Office: 714-347-8408", "(213) 257-2000", "Email:", "Case # 11NF0045")]
    [True, True, True, True]
    >>> [is_contact_line(t) for t in ("Call 714-347-8408 for tickets.", "WHO: Ann Lee", "Circumstances of the Case")]
    [False, False, False]
    >>> [is_contact_line(t) for t in ("211 West Temple Street", "Suite 1200", "Los Angeles, CA 90012", "2026 World Cup")]
    [True, True, True, False]
    """
    line = text.strip()
    return len(line) <= MAX_CONTACT_CHARACTERS and bool(_CONTACT_LINE.fullmatch(line))


# A share button copied as a line of its own: the Click To Tweet box's "[TWEET THIS]", "Click to Tweet", "Share
# this", "Tweet this" — the page's, wherever it stands (a sentence quoting it has more words).
_SHARE_BUTTON = re.compile(r"\[?\s*(?:click to tweet|(?:tweet|share|pin) (?:this|it)(?: on \w+)?)\s*[\]:]?\s*")


def is_share_button(text: str) -> bool:
    """A line that is only a share button's label (see `_SHARE_BUTTON`).

    >>> is_share_button("[TWEET THIS]"), is_share_button("Click to Tweet"), is_share_button("Share this with a friend.")
    (True, True, False)
    """
    return len(text) <= MAX_SKIP_CHARACTERS and bool(_SHARE_BUTTON.fullmatch(text.strip().lower()))


# misses48: a switch to the site's other languages, a label or none, then two links or more each a language's name or
# its first letters ("Язык: <a>рус</a> <a>укр</a>" in holdout48's Городской Дозор's footer; "<a>EN</a> | <a>DE</a>"):
# the names in English, in the page's language and in the languages the links' script writes (`datelines.
# SCRIPT_LANGUAGES`: a template's `lang="en"` over Russian links), from CLDR through Babel, a link's text one word of
# at most `MAX_LANGUAGE_LINK` characters.
MAX_LANGUAGE_LINK = 12
MAX_SWITCH_LABEL_WORDS = 2
MIN_NAME_START = 3
_SWITCH_MARKS = " \t\n[]()|/·•,:"


def is_language_switch(block: Block, language: str = "") -> bool:
    """A line that is only a switch to the site's languages (see `MAX_LANGUAGE_LINK`): two links or more, each a
    language's name or the start of one, nothing else but a label of a word or two and separators.

    >>> from l10n.model import InlineMarkup
    >>> line = Block("paragraph", "Язык: рус укр", markup=[InlineMarkup(6, 9, "a"), InlineMarkup(10, 13, "a")])
    >>> is_language_switch(line, "ru"), is_language_switch(Block("paragraph", "EN | DE", markup=[InlineMarkup(0, 2, "a"), InlineMarkup(5, 7, "a")]))
    (True, True)
    >>> is_language_switch(Block("paragraph", "Теги: порт паром", markup=line.markup), "ru"), is_language_switch(Block("paragraph", "Язык: рус укр"), "ru")
    (False, False)
    """
    links = [mark for mark in block.markup if mark.tag == "a"]
    if len(links) < 2 or word_count(block.text, MAX_SWITCH_LABEL_WORDS + len(links)) > MAX_SWITCH_LABEL_WORDS + len(
        links
    ):
        return False
    covered: set[int] = set()
    from l10n.ingest.datelines import SCRIPT_LANGUAGES  # its importer: read when a line has the switch's shape

    link_text = "".join(block.text[mark.start : mark.end] for mark in links)
    written = next((languages for letters, languages in SCRIPT_LANGUAGES if letters.search(link_text)), ())
    names = _language_names(tuple(sorted({"en", language.split("-")[0].split("_")[0].lower(), *written} - {""})))
    for mark in links:
        covered.update(range(mark.start, mark.end))
        text = block.text[mark.start : mark.end].strip(_SWITCH_MARKS).lower()
        if not 1 < len(text) <= MAX_LANGUAGE_LINK or " " in text:
            return False
        if text not in names and (len(text) < MIN_NAME_START or not any(name.startswith(text) for name in names)):
            return False  # a code or a name whole, or a name's first letters, three or more ("рус", "укр")
    own = "".join(letter for at, letter in enumerate(block.text) if at not in covered)
    label = own.strip(_SWITCH_MARKS).split()
    return len(label) <= MAX_SWITCH_LABEL_WORDS and (not label or own.rstrip(" |/·•").endswith(":"))


@functools.cache
def _language_names(languages: tuple[str, ...]) -> frozenset[str]:
    """The languages' names and codes in each of `languages` (Babel's CLDR), lower-cased."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set()
    for tag in languages:
        try:
            shown = Locale.parse(tag).languages
        except (UnknownLocaleError, ValueError):
            continue
        names.update(name.lower() for name in shown.values())
        names.update(code.lower() for code in map(str, shown) if code.isalpha())
    return frozenset(names)
