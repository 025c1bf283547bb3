"""The headline of a saved web page: the heading the page shows that matches a title it states.

A page states its title in several places (JSON-LD `headline`, `og:title`, `<title>`), most with
the site's name or a section run on ("… | CNN Politics", "… _探索者 _光明网"), and shows it as a
heading, often worded apart. The visible heading wins when it matches a stated title, is a
kicker run into one, or is a stated title's first part; else the best stated title, with the
site's name cut (`page_titles.strip_site_name`, by the stated site name, the page's own domains and the
name two stated titles end with).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from l10n.ingest.chrome_lines import trail_page_step
from l10n.ingest.datelines import read_timestamp
from l10n.ingest.fields import marks_before, match_key, normalise_space
from l10n.ingest.furniture import first_line
from l10n.ingest.page_titles import (
    comma_site_heads,
    strip_site_name,
    title_parts,
    titles_site_name,
    without_keyword_list,
)
from l10n.model import Block

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.ingest.metadata import PageMetadata

# where a title's next part (section, site) starts; full-width forms as CJK titles set them
_TITLE_PART_START = re.compile(r"\s*[|\-–—:·•»«_/｜－：（(]")


def page_headline(
    meta: PageMetadata,
    blocks: list[Block],
    sites: frozenset[str],
    *,
    language: str = "",
    root: HtmlElement | None = None,
) -> Block:
    """The heading that matches a stated title (the visible one), else the best stated title;
    without a page number run on (`without_page_number`, holdout6). `language`: the page's, for the
    month names of a day run on after the title (`_without_run_ons`); `root`: the page's tree, where a title's
    first part may be shown outside the blocks (`title_head_in_page`)."""
    headline = _page_headline(meta, blocks, sites, language, root)
    text = without_page_number(headline.text)
    if text != headline.text:
        headline.text = text
        headline.markup = marks_before(headline.markup, len(text))
    return headline


# A page number run on a title: "（1/2 ページ）", "(Page 2 of 3)", "(2/3)", "– Seite 2", "- Page 2".
_PAGE_NUMBER = re.compile(
    r"\s*(?:[（(]\s*(?:\d+\s*/\s*\d+\s*(?:ページ|页|頁|pages?)?|(?:page|seite|página|pagina|strona|страница)\s*\d+"
    r"(?:\s*(?:of|von|de|di|z|из)\s*\d+)?)\s*[）)]|\s[-–|]\s*(?:page|seite|página|pagina|strona|страница)\s*\d+)\s*$",
    re.IGNORECASE,
)


def without_page_number(title: str) -> str:
    """The title without the page number a paginated story runs on it ("…いくぜNUC（1/2 ページ）"):
    the story's headline names the story, not the page of it shown.

    >>> without_page_number("Intel NUCで最新SSDを比較してみた（1/2 ページ）"), without_page_number("Vote (Page 2 of 3)")
    ('Intel NUCで最新SSDを比較してみた', 'Vote')
    >>> without_page_number("Top 10 films of 2019 (2/3 in our poll)"), without_page_number("Catch-22")
    ('Top 10 films of 2019 (2/3 in our poll)', 'Catch-22')
    """
    stripped = _PAGE_NUMBER.sub("", title)
    return stripped if stripped.strip() else title


def _as_headline(block: Block) -> Block:
    """`block` (a heading or line the page shows) as the page's headline: its text, line and inline markup."""
    return Block(role="headline", text=block.text, line=block.line, markup=block.markup)


TRAIL_PARTS = 4  # the site, a section, a subsection, the story ("Radio New Zealand : News : Regional : …")
MIN_TRAIL_TITLE_WORDS = 4
MIN_TRAIL_TITLE_CJK = 8  # Han, kana or Hangul letters: a title of four words or more, in a script no spaces part
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_title_long(part: str) -> bool:
    """A trail's part long enough to be the story's title: `MIN_TRAIL_TITLE_WORDS` words, or `MIN_TRAIL_TITLE_CJK`
    Chinese, Japanese or Korean letters (misses45: 舜网's "十年一遇最美月全食明晚登场 天空将上演“红月亮” - 服务快递 - 济南新闻
    山东新闻_舜网新闻中心", two "words").

    >>> is_title_long("十年一遇最美月全食明晚登场 天空将上演“红月亮”"), is_title_long("济南新闻 山东新闻"), is_title_long("Regional")
    (True, True, False)
    """
    return len(part.split()) >= MIN_TRAIL_TITLE_WORDS or len(_CJK_LETTER.findall(part)) >= MIN_TRAIL_TITLE_CJK


def _page_headline(
    meta: PageMetadata, blocks: list[Block], sites: frozenset[str], language: str, root: HtmlElement | None
) -> Block:
    """See `page_headline`. A title's site part is cut by the stated site name and by the page's
    own domain names ("… - Entermedia" on entermedia.co.kr, which states no site name); a stated
    title that is only the site's name ("News.az", set as the logo's `<h1>` too) is no headline."""
    joined = _kicker_and_title(meta.headlines, blocks)  # holdout13: aerokurier's Dachzeile in JSON-LD `headline`
    if joined is not None:
        return joined
    titles = [_without_site(title, meta.site_name, sites) for title in meta.headlines]
    site_keys = {match_key(meta.site_name), *sites} - {""}
    named = [title for title in titles if title and match_key(title) not in site_keys and _bare(title) not in site_keys]
    titles = [title for title in dict.fromkeys(named or titles) if title]
    keys = {match_key(title) for title in titles}
    shared = titles_site_name(meta.headlines)  # holdout12: "… - Preußische Allgemeine Zeitung" on paz.de
    keys |= {match_key(strip_site_name(title, shared)) for title in meta.headlines} if shared else set()
    # holdout29: a title set as a trail, "Radio New Zealand : News : Regional : Shellfish toxin warning for Bay of
    # Plenty": its longest part, of four words or more, among four parts or more, is the story's title; the site and
    # sections around it are names of a few words, the site's either end (misses37: "News Releases - Newsroom - Murray
    # & Cantwell Applaud … School District - United States Senator Patty Murray", the site's name also its logo <h1>)
    trails = [_longest(parts) for title in meta.headlines if len(parts := title_parts(title)) >= TRAIL_PARTS]
    keys |= {match_key(part) for part in trails if is_title_long(part)}
    spaced = [normalise_space(title) for title in meta.headlines]  # once a page, not once a heading (`_heads_title`)
    spaced += _without_run_ons(spaced, language)  # misses39: a keyword list or a day run on after the story's title
    for block in blocks:  # holdout10: a heading's first `<br>` line states the title ("…の成否<br>編集委員　中沢克二")
        head = first_line(block).strip()
        if block.role in ("headline", "heading") and (match_key(head) in keys or _heads_title(head, spaced)):
            return (
                without_kicker(block, keys)
                or without_other_kicker(block, titles)  # holdout22's srf: og:title words the kicker apart
                or Block(role="headline", text=head, line=block.line)
            )
    for block in blocks:
        if block.role in ("headline", "heading") and match_key(block.text) in keys:
            return without_kicker(block, keys) or without_other_kicker(block, titles) or _as_headline(block)
    # a kicker run into the heading: "Open Progress" + "Why collaborative thinking…"; the page's
    # second <h1> too, under another language's (holdout9's divyabhaskar: "વડોદરા / " + og:title)
    for block in blocks:
        found = next(
            (
                t
                for t in titles
                if block.role in ("headline", "heading") and match_key(block.text).endswith(match_key(t))
            ),
            "",
        )
        if found:
            return Block(role="headline", text=found, line=block.line)
    for block in blocks:  # the heading is the title's first part: "宇航员…后果很严重 _探索者 _光明网"
        if block.role in ("headline", "heading") and _heads_title(block.text, spaced):
            return _as_headline(block)
    for block in blocks:  # misses47: or its last part, "千龙网--千龙财富--洋化妆品关税下调逆市涨价 洋奶粉按兵不动"
        if block.role in ("headline", "heading") and any(_ends_title(block.text, title) for title in spaced):
            return _as_headline(block)
    for block in blocks:  # holdout28's ΑΠΕ-ΜΠΕ: the heading, then the site's name with no separator
        if block.role in ("headline", "heading") and any(
            _is_title_before_site(block.text, t, blocks) for t in meta.headlines
        ):
            return _as_headline(block)
    decked = _heading_over_deck(blocks, keys)  # misses36: nmg's `<h1>headline<div>subtitle</div></h1>`
    if decked is not None:
        return decked
    split = _split_headline(blocks, titles)  # holdout4: a kicker heading set apart above the heading
    if split is not None:
        return split
    for block in blocks:
        if (
            block.role in ("headline", "heading")
            and titles
            and _similar(block.text, titles[0])
            and not _is_cut_title(block.text, titles[0])  # misses37: a teaser's title cut with "..."
        ):
            return _as_headline(block)
    # holdout4: the title shown without a heading element; misses42: its first part once the site's cut too
    # misses50b: or the title's head before a comma and the site's name or slogan the page shows (Orissa Diary's)
    texts = [block.text for block in blocks]
    heads = {match_key(head) for title in spaced if "," in title for head in comma_site_heads(title, texts)}
    shown = _title_as_text(blocks, list(dict.fromkeys([*spaced, *map(normalise_space, titles)])), keys | heads)
    if shown is not None:
        return shown
    if any(_is_site_only(title, meta.site_name, site_keys) for title in meta.headlines):
        lead_title = _title_over_lead(blocks)  # holdout26: the page states the site's name as its title
        if lead_title is not None:
            return lead_title
    trail_title = _trail_title_shown(blocks)  # holdout29's bcc.com.tw: no heading, the site's name as its title
    if trail_title is not None:
        return trail_title
    reworded = _reworded_heading(blocks, meta.headlines)  # misses36: Field Mag's <h1> over its og:title
    if reworded is not None:
        return reworded
    # misses44: a template's title naming the site and section only ("人間衛視-人間新聞"), the <h1> saying the lead
    told = _headline_over_lead(blocks, titles)
    if told is not None:
        return told
    shown = _h1_over_versions(blocks, titles)  # misses45: weather.com's JSON-LD headline of an earlier version
    if shown is not None:
        return shown
    head = title_head_in_page(root, meta.headlines) if root is not None and titles else ""
    if head:  # misses51b: Саратов-Times's title a link in <strong class=title>, no block of it
        return Block(role="headline", text=head, line=0)
    if titles:
        return Block(role="headline", text=titles[0], line=0)
    first = next((block for block in blocks if block.role == "headline"), None)
    return Block(role="headline", text=first.text if first else "", line=first.line if first else 0)


def title_head_in_page(root: HtmlElement, titles: list[str]) -> str:
    """A stated title's first part, of a title's length (`is_title_long`), before the parts a CMS runs on after it
    (`title_parts`: rubrics, keywords, the site), that an element of the page's body shows as its whole text: the
    story's title as the page shows it, where no block holds it (misses51b, holdout51's Саратов-Times: "Солдат-срочник
    скончался под Энгельсом из-за осложнений ОРВИ | Самара, …, Алексей Корякин | Город Саратов-Times - Мобильная
    версия", the story's title a link to the story in a `<strong class="title">` over it, which trafilatura leaves
    out). Asked only where no heading or line matches a title: the part the page shows, not the title whole with
    its keywords and the site's name, as readability keeps the part of a title its page shows as a heading.

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<html><body><strong><a href='/s/1'>Harbour reopens after the storm</a></strong>"
    ...     "<p>Ships sailed.</p></body></html>")
    >>> title_head_in_page(page, ["Harbour reopens after the storm | Ports, storms | Daily News"])
    'Harbour reopens after the storm'
    >>> title_head_in_page(page, ["Daily News | Harbour | Ports"]), title_head_in_page(page, ["Harbour reopens after the storm"])
    ('', '')
    """
    heads: dict[str, str] = {}
    for title in titles:
        parts = title_parts(normalise_space(title))
        if len(parts) > 1 and is_title_long(parts[0].strip()):
            heads.setdefault(match_key(parts[0]), parts[0].strip())
    body = root.find("body") if root.tag == "html" else root
    if not heads or body is None:
        return ""
    page_key = match_key(body.text_content())
    heads = {key: head for key, head in heads.items() if key and key in page_key}
    for element in body.iter() if heads else ():
        if isinstance(element.tag, str) and element.tag not in _NOT_SHOWN:
            head = heads.get(match_key(element.text_content()))
            if head:
                return head
    return ""


_NOT_SHOWN = frozenset({"script", "style", "noscript", "template", "title"})


_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*$")


def _is_cut_title(text: str, title: str) -> bool:
    """The text is the title cut short with an ellipsis, as a list of teasers sets a story's title to fit its box
    (Khaleej Times' "More from" list: "AI investments in UAE to touch Dh33 billion in..." under the story whose
    og:title ends "… in 2017"): the headline is the whole title, not a teaser's cut of it.

    >>> _is_cut_title("Ferries to resume on...", "Ferries to resume on Friday"), _is_cut_title("Wait...", "Wait... what?")
    (True, False)
    """
    cut = _ELLIPSIS.search(text)
    if cut is None or normalise_space(title).startswith(normalise_space(text)):
        return False  # no ellipsis, or the title's own ("Wait... what?")
    head, whole = match_key(text[: cut.start()]), match_key(title)
    return bool(head) and whole.startswith(head) and len(whole) > len(head)


# a day run on after the story's title with a comma, before the next part or the end ("…, 4 января 2012-17:33 — Site")
_RUN_ON_DAY = re.compile(r",\s+(?P<day>[^,|–—]{6,40}?)(?=\s+[|\-–—]\s+|$)")


def _without_run_ons(spaced_titles: list[str], language: str) -> list[str]:
    """The stated titles (spaced) that run on what is neither the story's title nor a site's name, without it: a list of
    keywords between the title and the site's names (`without_keyword_list`: enorth's `<title>治公款消费
    莫患“茅台焦虑症”-茅台酒,公款消费,…,人民-北方网-新闻中心</title>` over its `<div id="Title">`), a day and time after a
    comma (fedpress's "Россияне определили элиту общества, 4 января 2012-17:33 — ФедералПресс" over its `<h1>`). The
    heading is then the title's first part though it is less than half the title (`_is_spaced_title_head`).

    >>> _without_run_ons(["Ferries resume, 4 January 2012 — Daily", "Ferries resume, says port — Daily"], "en")
    ['Ferries resume — Daily']
    """
    found = []
    for title in spaced_titles:
        if "," not in title and "，" not in title and "、" not in title:
            continue
        cut = without_keyword_list(title)
        day = _RUN_ON_DAY.search(cut)
        if day is not None and (stamp := read_timestamp(day["day"], language=language)) and stamp.day is not None:
            cut = cut[: day.start()] + cut[day.end() :]
        if cut != title:
            found.append(cut)
    return found


def _longest(parts: list[str]) -> str:
    """The part of most words (the first of those), as `_page_headline` reads a title set as a trail.

    >>> _longest(["Radio New Zealand ", " News ", " Regional ", " Shellfish toxin warning for Bay of Plenty"])
    ' Shellfish toxin warning for Bay of Plenty'
    >>> _longest(["News Releases", "Newsroom", "Murray & Cantwell Applaud Key Provision", "Senator Patty Murray"])
    'Murray & Cantwell Applaud Key Provision'
    """
    return max(parts, key=lambda part: len(part.split()))


def without_kicker(block: Block, keys: set[str]) -> Block | None:
    """The heading without the kicker an inline element of its own opens it with, when the rest is a
    stated title (holdout20's tageblatt: `<h1><span>Nationale Demo</span>Der 9. Juli naht: …</h1>`,
    its JSON-LD `headline` the rest, its `og:title` both; the kicker, shown on a line of its own by
    the style sheet, was glued to the title, "Nationale DemoDer 9. Juli…"); None for any other.

    >>> from l10n.model import InlineMarkup
    >>> heading = Block("headline", "Nationale DemoDer 9. Juli naht", markup=[InlineMarkup(0, 14, "span")])
    >>> without_kicker(heading, {"der9julinaht"}).text, without_kicker(heading, {"nationaledemoder9julinaht"})
    ('Der 9. Juli naht', None)
    """
    for mark in block.markup:
        if mark.start != 0 or mark.tag in ("a", "br") or not 0 < mark.end < len(block.text):
            continue
        rest = _LEADING_SEPARATORS.sub("", block.text[mark.end :])  # tagesspiegel: `<span>: </span>` between
        if rest and match_key(rest) in keys:
            cut = len(block.text) - len(rest)
            markup = [replace(m, start=m.start - cut, end=m.end - cut) for m in block.markup if m.start >= cut]
            return Block(role="headline", text=rest, line=block.line, markup=markup)
    return None


def without_other_kicker(block: Block, titles: list[str]) -> Block | None:
    """The heading without its kicker element (`without_kicker`) when a stated title says the rest
    after a kicker of its own and a colon (holdout22's srf: `<h1><span>Eskalation im Nahen
    Osten</span><span>«Die israelische Zurückhaltung …»</span></h1>` for og:title "Iranischer
    Angriff auf Israel: «Die israelische Zurückhaltung …»", the topic worded twice); a title that
    states the heading's own kicker ("Nationale Demo: Der 9. Juli …" over `<strong>Nationale
    Demo:</strong> Der 9. Juli …`) keeps it, the headline whole.

    >>> from l10n.model import InlineMarkup
    >>> heading = Block("headline", "Unrest in the east «Calm holds»", markup=[InlineMarkup(0, 18, "span")])
    >>> without_other_kicker(heading, ["Border attack: «Calm holds»"]).text
    '«Calm holds»'
    >>> without_other_kicker(heading, ["Unrest in the east: «Calm holds»"]), without_other_kicker(heading, ["Calm"])
    (None, None)
    """
    heading = match_key(block.text)
    parts = [
        (match_key(title[: found.start()]), match_key(title[found.end() :]))
        for title in titles
        if (found := _KICKER_COLON.search(title))
    ]
    own = {rest for kicker, rest in parts if kicker and heading.startswith(kicker) and rest}
    if own:  # review22a: a title states the heading's own kicker (mz-web's og:title), another words it apart
        return without_kicker(block, own) if _titled_without_kicker(titles, own) else None
    rests = {rest for _, rest in parts if rest}
    return without_kicker(block, rests) if rests else None


def _titled_without_kicker(titles: list[str], rests: set[str]) -> bool:
    """Another stated title opens with the first part of what follows the heading's kicker, no kicker before it:
    the site titles its story without the kicker, which the heading sets apart on a line of its own (misses32,
    holdout30's rp-online: `<h2><span data-cy="kicker"><em>Technologie im Klassenzimmer</em></span> <span>Künstliche
    Intelligenz in der Schule – „Sie werden …“</span></h2>`, og:title "Technologie im Klassenzimmer: Künstliche
    Intelligenz in der Schule – „Sie werden …“", its `<title>` and JSON-LD "Künstliche Intelligenz in der Schule -
    Kinder werden …"). Its first part counts from `MIN_HEAD_WORDS` words: a title's opening word or two may
    be any kicker's.

    >>> _titled_without_kicker(["Tech: Schools try AI tools – a test", "Schools try AI tools - pupils like it"], {"schoolstryaitoolsatest"})
    True
    >>> _titled_without_kicker(["Tech: Schools try AI tools – a test", "Tech: Schools try AI tools – a test | Site"], {"schoolstryaitoolsatest"})
    False
    """
    for title in titles:
        if _KICKER_COLON.search(title):
            continue
        head = title_parts(title)[0]
        key = match_key(head)
        if len(head.split()) >= MIN_HEAD_WORDS and any(rest.startswith(key) for rest in rests):
            return True
    return False


# what parts a kicker from its title, left opening the rest when the kicker's element is cut (review20)
_LEADING_SEPARATORS = re.compile(r"^[\s:：|｜/·•–—\-]+")


def is_kicked(block: Block, headline_key: str) -> bool:
    """The heading is a kicker's element and the headline (`without_kicker`)."""
    return block.role in ("headline", "heading") and without_kicker(block, {headline_key}) is not None


def _bare(title: str) -> str:
    """The title's key without a top-level domain ("News.az" → "news")."""
    return match_key(re.sub(r"\.[a-z]{2,6}$", "", title.strip(), flags=re.IGNORECASE))


def _without_site(title: str, site_name: str, sites: frozenset[str]) -> str:
    title = strip_site_name(title, site_name)
    for site in sorted(sites):
        title = strip_site_name(title, site)
    return title


def _heads_title(text: str, spaced_titles: list[str]) -> bool:
    """The text is one of the titles' first part (`_is_spaced_title_head`), the titles spaced already
    (`normalise_space`) and the text spaced once: a page may state tens of titles (digg: 54, a JSON-LD
    list of stories) and show tens of headings, each asked of each (pagespeed28: spacing each title
    again for each heading was 4 of digg's 76 ms)."""
    spaced = normalise_space(text)
    return any(_is_spaced_title_head(spaced, title) for title in spaced_titles)


def _is_spaced_title_head(text: str, title: str) -> bool:
    """The text is the title's first part, up to a separator ("…", "… _Section _Site"), and most of
    it; both spaced (`normalise_space`)."""
    rest = title[len(text) :]
    return bool(text) and title.startswith(text) and len(text) * 2 > len(title) and bool(_TITLE_PART_START.match(rest))


def _ends_title(text: str, title: str) -> bool:
    """The text is the title's last part, after a separator, and most of it (as `_is_spaced_title_head` reads its
    first part): the site's and its section's names before the story's title (千龙网's `<title>千龙网--千龙财富--洋化妆品
    关税下调逆市涨价 洋奶粉按兵不动</title>` over its second `<h1>`, holdout47); the title spaced (`normalise_space`).

    >>> _ends_title("洋化妆品关税下调逆市涨价 洋奶粉按兵不动", "千龙网--千龙财富--洋化妆品关税下调逆市涨价 洋奶粉按兵不动")
    True
    >>> _ends_title("Storm", "Harbour Daily - Storm"), _ends_title("Ferries resume on Friday", "Daily - Ferries resume on Friday")
    (False, True)
    >>> _ends_title("Ferries resume on Friday", "Port says Ferries resume on Friday")
    False
    """
    spaced = normalise_space(text)
    parts = title_parts(title)
    return bool(spaced) and len(parts) > 1 and normalise_space(parts[-1]) == spaced and len(spaced) * 2 > len(title)


MIN_HEAD_WORDS = 4  # a heading this long opening the title is its story's title, not a kicker


def _is_title_before_site(text: str, title: str, blocks: list[Block]) -> bool:
    """The text opens the title and the rest, parted by a space alone and capitalised, is no text the
    page shows: the site's name run on after the story's title without a separator (holdout28's
    ΑΠΕ-ΜΠΕ: `<title>Μέσα Ιανουαρίου η τροπολογία … Αθηναϊκό Πρακτορείο Ειδήσεων - Μακεδονικό
    Πρακτορείο Ειδήσεων</title>` over its `<h1>Μέσα Ιανουαρίου η τροπολογία …</h1>`). A kicker
    heading opening the title has the title's rest shown as the heading under it.

    >>> from l10n.model import Block
    >>> page = [Block("headline", "Ferries to resume on Friday"), Block("paragraph", "The harbour reopened.")]
    >>> _is_title_before_site("Ferries to resume on Friday", "Ferries to resume on Friday Harbour Daily News", page)
    True
    >>> _is_title_before_site("Ferries to resume on Friday", "Ferries to resume on Friday after the storm", page)
    False
    """
    text, title = " ".join(text.split()), " ".join(title.split())
    rest = title[len(text) :]
    if len(text.split()) < MIN_HEAD_WORDS or not title.startswith(text) or not rest.startswith(" "):
        return False
    rest = rest.strip()
    rest_key = match_key(rest)
    if not rest_key or (rest[0].lower() != rest[0].upper() and not rest[0].isupper()):
        return False  # a title going on in lower case ("… after the storm") is one title
    return not any(rest_key in match_key(block.text) for block in blocks)


# where a title's first part (the site's name) ends, the story's title after it
_TITLE_PART_END = re.compile(r"[|\-–—:·•»_/｜－：]\s*$")


def _is_title_tail(text: str, title: str) -> bool:
    """The text is the title's last part, after a separator, and most of it: the site's name opens
    the title ("ΡΙΖΟΣΠΑΣΤΗΣ : Νέα μείωση 5,3% το 2011", holdout27's Rizospastis, whose `<div>`
    shows the rest), the mirror of `_is_spaced_title_head`.

    >>> _is_title_tail("Νέα μείωση 5,3% το 2011", "ΡΙΖΟΣΠΑΣΤΗΣ : Νέα μείωση 5,3% το 2011")
    True
    >>> _is_title_tail("το 2011", "ΡΙΖΟΣΠΑΣΤΗΣ : Νέα μείωση 5,3% το 2011"), _is_title_tail("Rain", "Spain")
    (False, False)
    """
    return _is_spaced_title_tail(normalise_space(text), normalise_space(title))


def _is_spaced_title_tail(text: str, title: str) -> bool:
    head = title[: len(title) - len(text)]
    return bool(text) and title.endswith(text) and len(text) * 2 > len(title) and bool(_TITLE_PART_END.search(head))


def _similar(text: str, title: str) -> bool:
    """Most of the title's words are in the heading (a page's h1 often rewords its og:title)."""
    words, title_words = set(key_words(text)), key_words(title)
    return bool(title_words) and sum(word in words for word in title_words) >= 0.6 * len(title_words)


def key_words(text: str) -> list[str]:
    """The words of three or more letters, lower-cased: what two wordings of a title share."""
    return [word for word in re.split(r"\W+", text.lower()) if len(word) > 2]


def _heading_over_deck(blocks: list[Block], keys: set[str]) -> Block | None:
    """The heading whose text and the block under it, run together, are a stated title: the heading
    and its subtitle (a deck), which the page's `<title>` joins ("内蒙古延续部分到期税收优惠政策助企纾困预计4年为纳税人减负180亿元"
    for `<h1>内蒙古延续部分到期税收优惠政策助企纾困<div>预计4年为纳税人减负180亿元</div></h1>`, China's government
    portals' way; "Ferries resume: Harbour reopens after the storm" over its `<h1>` and `<h2>`). The headline is
    the heading; the deck is no part of it.

    >>> page = [Block("headline", "Ferries resume"), Block("heading", "Harbour reopens after the storm")]
    >>> _heading_over_deck(page, {"ferriesresumeharbourreopensafterthestorm"}).text
    'Ferries resume'
    >>> _heading_over_deck(page, {"ferriesresume"}) is None, _heading_over_deck(page[1:], {"harbourreopensafterthestorm"})
    (True, None)
    """
    for block, below in zip(blocks, blocks[1:]):
        if block.role not in ("headline", "heading") or below.role not in ("paragraph", "heading"):
            continue
        head, deck = match_key(block.text), match_key(below.text)
        if head and deck and head + deck in keys:
            return _as_headline(block)
    return None


MIN_REWORDED_WORDS = 4  # key words of a heading that words the story's title apart: a section's label has fewer
REWORDED_SHARE = 0.5  # of those words a stated title says too


def _reworded_heading(blocks: list[Block], titles: list[str]) -> Block | None:
    """The page's `<h1>` (a "headline" block) when most of its words, four or more, are a stated
    title's: the story's headline as shown, worded apart from the titles a CMS states for sharing and
    search (holdout36's Field Mag: `<h1>Samaya Is on a Mission to Reclaim Mountaineering's Soul With UL
    Gear</h1>`, og:title "This New Ultralight Brand Is Set on Saving Mountaineering's Soul", `<title>`
    "Samaya Makes Ultralight Gear to Save Mountaineering's Soul | Field Mag"). A section's label as the
    `<h1>` ("Policy and funding", physicsworld's) or a site's name says too few of the title's words.

    >>> page = [Block("headline", "Samaya Is on a Mission to Reclaim Its Soul With UL Gear")]
    >>> _reworded_heading(page, ["Samaya Makes Ultralight Gear to Save Its Soul"]).text
    'Samaya Is on a Mission to Reclaim Its Soul With UL Gear'
    >>> _reworded_heading([Block("headline", "Policy and funding")], ["Defence diversification agency"]) is None
    True
    """
    title_words = [set(key_words(title)) for title in titles]
    for block in blocks:
        if block.role != "headline":
            continue
        words = key_words(block.text)
        if len(words) >= MIN_REWORDED_WORDS and any(
            sum(word in said for word in words) >= REWORDED_SHARE * len(words) for said in title_words
        ):
            return _as_headline(block)
    return None


MIN_SHARED_VERSION_WORDS = 2  # key words the `<h1>` shares with the stated titles: the same story's, not a section's


def _h1_over_versions(blocks: list[Block], titles: list[str]) -> Block | None:
    """The page's `<h1>` (the first "headline" block), when no heading matched a stated title and the stated titles
    are two or more different ones: the story was headlined again and the titles stated for sharing and search are
    of its versions, the `<h1>` the one shown (misses45, holdout44's weather.com: JSON-LD "Strong China Earthquake
    Kills More Than 120", `<title>` and og:title "China Earthquake Kills Over 130; Deadliest In 9 Years", the `<h1>`
    "China's Earthquake Survivors Endure Frigid Temperatures And Mourn The Dead"; in the corpus, of the pages whose
    `<h1>` no stated title matched, the labels named the `<h1>` on three of four, the fourth a section's label under
    one stated title). The `<h1>` has `MIN_REWORDED_WORDS` key words or more, `MIN_SHARED_VERSION_WORDS` of them
    the titles'; where the titles agree the title stands (physicsworld's `<h1>` "Policy and funding").

    >>> page = [Block("headline", "Survivors of the harbour storm mourn the dead")]
    >>> _h1_over_versions(page, ["Harbour storm kills 120", "Harbour storm kills 130, deadliest in years"]).text
    'Survivors of the harbour storm mourn the dead'
    >>> _h1_over_versions(page, ["Harbour storm kills 120"]) is None
    True
    """
    if len({match_key(title) for title in titles}) < 2:
        return None
    said = {word for title in titles for word in key_words(title)}
    first = next((block for block in blocks if block.role == "headline"), None)
    if first is None:
        return None
    words = key_words(first.text)
    if len(words) < MIN_REWORDED_WORDS or len(said.intersection(words)) < MIN_SHARED_VERSION_WORDS:
        return None
    return _as_headline(first)


def _split_headline(blocks: list[Block], titles: list[str]) -> Block | None:
    """A stated title shown as two headings, a kicker and the rest (`<h2>Lupita Nyong'o</h2>
    <h4>$150K Pearl Oscar Dress ... STOLEN!!!!</h4>` for "Lupita Nyong'o's $150K Pearl Oscar
    Dress -- STOLEN!!!"): the title starts with the first heading's words and the second heading
    says most of the rest; the headline is both, in the page's order and wording."""
    if not titles:
        return None
    title_key = match_key(titles[0])
    for above, block in zip(blocks, blocks[1:]):
        if above.role not in ("headline", "heading") or block.role not in ("headline", "heading"):
            continue
        kicker = match_key(above.text)
        if (
            kicker
            and title_key.startswith(kicker)
            and len(kicker) * 2 < len(title_key)
            and _similar(block.text, titles[0])
        ):
            if is_kicker_part(above.text, titles[0]):  # holdout18: golem's Dachzeile "Mozilla" over its <h1>
                return _as_headline(block)
            return Block(role="headline", text=f"{above.text} {block.text}", line=above.line)
    return None


def is_kicker_part(kicker: str, title: str) -> bool:
    """The title states the kicker as a part of its own, a colon after it ("Mozilla: Vorabversionen
    von Firefox 5 und 6 veröffentlicht" over `<h2>Mozilla</h2><h1>Vorabversionen …</h1>`): a
    Dachzeile, the topic German and other papers set over the headline, which the `<title>` joins
    by a colon; the headline is the heading under it. A kicker that runs on into the title's words
    ("Lupita Nyong'o" + "'s $150K Pearl Oscar Dress") is the headline's first words.

    >>> is_kicker_part("Mozilla", "Mozilla: Vorabversionen von Firefox 5"), is_kicker_part("Lupita Nyong'o", "Lupita Nyong'o's $150K Dress")
    (True, False)
    """
    kicker, title = " ".join(kicker.split()), " ".join(title.split())
    return bool(kicker) and title.startswith(kicker) and bool(_KICKER_COLON.match(title, len(kicker)))


_KICKER_COLON = re.compile(r"\s*[:：]\s")


def _title_as_text(blocks: list[Block], spaced_titles: list[str], keys: set[str]) -> Block | None:
    """A block that is not a heading element but shows the stated title, whole or up to the
    separator before its section and site ("海外留学生看两会：出国前后关注点大不同" set in a `<div>` for
    the `<title>` "…_教育频道_中国青年网"; or from the one after a site's name that opens it,
    `_is_title_tail`), or in a table's cell (holdout10's business-standard: a page laid
    out as a table, its `<h1>` inside a `<td>`): the page's visible headline. A link is a teaser, not it.
    The block's first `<br>` line may say it, the day under it (misses42, holdout41's VOCM: `<td
    class="NewsHeader">Flu Vaccine Still Available <br/><span>Tuesday , January 17 2012</span>…`), as a
    heading's may (holdout10): the headline is that line. `spaced_titles`: the stated titles, spaced
    (`normalise_space`)."""
    for block in blocks:
        if block.role not in ("paragraph", "cell") or any(markup.tag == "a" for markup in block.markup):
            continue
        if match_key(block.text) in keys:
            return _as_headline(block)
        spaced = normalise_space(block.text)
        if any(_is_spaced_title_head(spaced, title) or _is_spaced_title_tail(spaced, title) for title in spaced_titles):
            return _as_headline(block)
        head = normalise_space(first_line(block))
        if head and (
            match_key(head) in keys
            or any(_is_spaced_title_head(head, title) or _is_spaced_title_tail(head, title) for title in spaced_titles)
        ):
            return Block(role="headline", text=head, line=block.line)
    return None


def _is_site_only(title: str, site_name: str, site_keys: set[str]) -> bool:
    """The stated title is the site's name, its domain or both and nothing of a story ("Η ΚΑΘΗΜΕΡΙΝΗ,
    kathimerini.com.cy"; og:title "公視新聞網" that og:site_name says too): a template's title, the
    same on every page, so the page's other stated titles may be the template's too.

    >>> _is_site_only("Η ΚΑΘΗΜΕΡΙΝΗ, kathimerini.com.cy", "Η ΚΑΘΗΜΕΡΙΝΗ", {"kathimerini"})
    True
    >>> _is_site_only("Rivers dies, kathimerini.com.cy", "Η ΚΑΘΗΜΕΡΙΝΗ", {"kathimerini"}), _is_site_only("", "", set())
    (False, False)
    """
    rest = re.sub(re.escape(site_name), " ", title, flags=re.IGNORECASE) if site_name.strip() else title
    parts = [part for part in re.split(r"[\s,|·•–—/]+", rest) if match_key(part)]
    return bool(match_key(title)) and all(
        (domain := _DOMAIN.fullmatch(part)) is not None and match_key(domain.group(1)) in site_keys for part in parts
    )


_DOMAIN = re.compile(r"(?:www\.)?([^.\s]+)(?:\.[a-z]{2,6})+", re.IGNORECASE)

# blocks above the story's first paragraph where its title stands (a date, a standfirst, a byline between)
LEAD_REACH = 4
LEAD_LENGTH = 100  # characters of a story's first paragraph, longer than any title over it
LEAD_SHARE = 0.6  # of a title's letter pairs its story's first line says too
TITLE_PAIRS = 8  # letter pairs a title has at least: a word as short as "Loading" shares most of its few by chance


def _title_over_lead(blocks: list[Block]) -> Block | None:
    """The line a reader takes for the story's title when the page states none: among the few short,
    link-free blocks right above the story's first paragraph, the one that says most of what the
    paragraph's first line says (at least `LEAD_SHARE` of its letter pairs; holdout26's kathimerini.com.cy:
    a date, the title, a standfirst and "Newsroom Κ/ ΑΜΠΕ" in table cells over the lead; pts.org.tw: a
    "Loading" cell and the title). A line that shares less with the lead (a standfirst, a byline, a date)
    is none, and so is a word too short to tell (`TITLE_PAIRS`); no such line, None."""
    lead = next(
        (at for at, block in enumerate(blocks) if block.role == "paragraph" and len(block.text) >= LEAD_LENGTH), None
    )
    if lead is None:
        return None
    said = set(_letter_pairs(first_line(blocks[lead]) or blocks[lead].text))
    best, best_share = None, LEAD_SHARE
    for block in blocks[max(0, lead - LEAD_REACH) : lead]:
        pairs = _letter_pairs(block.text)
        if (
            block.role not in ("paragraph", "cell", "heading")
            or len(block.text) >= LEAD_LENGTH
            or any(mark.tag == "a" for mark in block.markup)
            or len(pairs) < TITLE_PAIRS
        ):
            continue
        share = sum(pair in said for pair in pairs) / len(pairs)
        if share >= best_share:
            best, best_share = block, share
    return None if best is None else _as_headline(best)


def _headline_over_lead(blocks: list[Block], titles: list[str]) -> Block | None:
    """The page's `<h1>` right above the story's first paragraph (a few blocks between: a day, a byline) when it
    says much of what the paragraph's first line says (`LEAD_SHARE` of its letter pairs) and no stated title says
    any of it: a template's title naming the site and a section, the same on every page of the section (holdout43's
    人間衛視: `<title>人間衛視-人間新聞</title>` over `<h1>網購超商年菜 注意保存方式</h1>`, its lead "…超商預購以及網購年菜…應注意
    保存、運送方式…"). A story's title shares some of its lead's letter pairs (English words share many by chance);
    a section's label as the `<h1>` says too little of the lead.

    >>> lead = Block("paragraph", "The harbour reopened on Monday after engineers cleared the debris that the storm had left on its quays.")
    >>> _headline_over_lead([Block("headline", "Harbour reopened"), lead], ["新聞首頁"]).text
    'Harbour reopened'
    >>> _headline_over_lead([Block("headline", "Harbour reopened"), lead], ["Harbour Times"]) is None
    True
    >>> _headline_over_lead([Block("headline", "Policy and funding"), lead], ["新聞首頁"]) is None
    True
    """
    lead = next(
        (at for at, block in enumerate(blocks) if block.role == "paragraph" and len(block.text) >= LEAD_LENGTH), None
    )
    if lead is None or not titles:
        return None
    said = set(_letter_pairs(first_line(blocks[lead]) or blocks[lead].text))
    if any(pair in said for title in titles for pair in _letter_pairs(title)):
        return None
    for block in blocks[max(0, lead - LEAD_REACH) : lead]:
        pairs = _letter_pairs(block.text)
        if block.role == "headline" and len(pairs) >= TITLE_PAIRS:
            share = sum(pair in said for pair in pairs) / len(pairs)
            return _as_headline(block) if share >= LEAD_SHARE else None
    return None


TRAIL_REACH = 2  # blocks from a breadcrumb trail to its last step said again (a picture's empty cell between)


def _trail_title_shown(blocks: list[Block]) -> Block | None:
    """The line of its own right under a breadcrumb trail that says the trail's last step again, unlinked: the
    story's title, where no heading and no stated title gives it (holdout29's bcc.com.tw, a 2012 page laid out
    in tables: "首頁 > 新聞總覽 > 春節就醫急診無休 門診初五恢復常態", its arrows pictures, then the title in a cell of its
    own over the story, and the site's name its `<title>`). The trail's step alone is a trail's, not a title
    set for the reader ("正文", "body text", holdout28's Rednet), and a step too short to tell (`TITLE_PAIRS`) is none.

    >>> from l10n.model import InlineMarkup as M
    >>> trail = Block("paragraph", "Home > News > Ferries to resume", markup=[M(0, 4, "a"), M(7, 11, "a")])
    >>> _trail_title_shown([trail, Block("cell", "Ferries to resume")]).text
    'Ferries to resume'
    >>> _trail_title_shown([trail, Block("cell", "Ferries to resume on Friday")]) is None
    True
    """
    for at, block in enumerate(blocks):
        step = match_key(trail_page_step(block))
        if len(step) <= TITLE_PAIRS:
            continue
        for shown in blocks[at + 1 : at + 1 + TRAIL_REACH]:
            if (
                shown.role in ("paragraph", "cell", "heading")
                and match_key(shown.text) == step
                and not any(mark.tag == "a" for mark in shown.markup)
            ):
                return _as_headline(shown)
    return None


def _letter_pairs(text: str) -> list[str]:
    """The text's pairs of adjacent letters and digits, lower-cased: what a title and the lead it
    heads share in any script (Greek inflects "Πέθανε"/"πέθανε" alike; Chinese writes no spaces)."""
    key = match_key(text)
    return [key[at : at + 2] for at in range(len(key) - 1)]


KICKER_REACH = 3  # blocks from the kicker to the title it stands over (a hidden " : " between)


def _kicker_and_title(stated: list[str], blocks: list[Block]) -> Block | None:
    """A stated title that is two other stated titles joined by a colon, a kicker and the title
    (og:title "EU-Experte vertritt die Business Aviation: Krahmer wird neuer EBAA-Generalsekretär"
    beside JSON-LD `headline` the kicker and `title` the rest), both shown in that order a few
    blocks apart: the headline is the whole, not its kicker alone (German papers set the
    Dachzeile above the headline and state each apart)."""
    keys = {match_key(title) for title in stated}
    for title in stated:
        for kicker in stated:
            if not kicker or not title.startswith(kicker):
                continue
            rest = re.match(r"\s*:\s+(\S.*)$", title[len(kicker) :])
            if rest is None or match_key(rest.group(1)) not in keys:
                continue
            shown = [match_key(block.text) for block in blocks]
            above = [at for at, key in enumerate(shown) if key == match_key(kicker)]
            if any(match_key(rest.group(1)) in shown[at + 1 : at + 1 + KICKER_REACH] for at in above):
                return Block(role="headline", text=title, line=blocks[above[0]].line)
    return None


def headline_at(blocks: list[Block], headline_key: str) -> int | None:
    """Where the headline stands among the blocks: the first block that says it, or the first of a few
    that say it together and no more (a kicker, a hidden " : ", the title: holdout13's aerokurier), or the
    heading it was cut from, a kicker's element opening it (holdout20); an empty key names none."""
    if not headline_key:
        return None
    for index, block in enumerate(blocks):  # keys read as far as needed: the headline is near the top
        key = match_key(block.text)
        if key == headline_key or (key.endswith(headline_key) and is_kicked(block, headline_key)):
            return index  # the headline, or the heading it was cut from (`without_kicker`)
        if key and headline_key.startswith(key) and len(key) < len(headline_key):
            under = (match_key(other.text) for other in blocks[index + 1 : index + 1 + KICKER_REACH])
            if headline_key in itertools.accumulate(under, initial=key):  # said exactly, not run on (review14 P1)
                return index
    return None
