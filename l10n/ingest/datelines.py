"""The day a saved page states for its story when its metadata states none (`metadata.py`).

Two places a page prints it that a generic date finder (htmldate, which `page.py` asks last)
misses or outvotes with the dates of teasers around the story:

- the title: a CMS that appends the site's name may append the day as one more part
  ("Uncork the mystery of Germany's Frühburgunder | DW | 10.06.2013"); `strip_site_name` already
  cuts that part off the headline, and here it is read;
- the summary: a CMS may open the page's description with the day as a part of its own
  ("22/11/2011 - Καλπάζει το AIDS στην Ελλάδα - …", holdout24's Ethnos, whose header prints the
  day the page was saved, "Τρίτη, 9/4/2013", where htmldate looks first): `summary_day`;
- the dateline printed under the story's heading, with a label saying what the day is
  ("Written: 2023-11-07 15:03:30 / Updated: …", "Published: 26 September 2020",
  "Veröffentlicht am 28.04.2020"): the first day labelled as publication within the first
  text after the page's `<h1>` (an "Updated" day alone is not the publication day), else a
  wire dateline opening one of the page's first paragraphs ("Feb. 23, 2015 -- …");
- a timestamp line with at most a short label, before or after the time as the page's language
  sets it ("UPDATED: Tue., Nov. 19, 2019", "입력 2020.08.27 20:27", "2019年04月21日 12時00分更新");
  one labelled only as an update dates a page that states no other day (`updated_day`, holdout7);
- the post's foot, for a page that states no day elsewhere: "This entry was posted on 八月 26,
  2016 …" (`foot_day`, dates21).

When the `<h1>` is the site's logo, an `<h2>`…`<h6>` showing a stated title is looked under first
(`story_headings`, dates21: ultimahora's `<h3>`).

Days are read as `page_days.py` reads them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from l10n.ingest.byline import SOURCE_LABEL, reduce_byline
from l10n.ingest.byline_lines import label_length
from l10n.ingest.byline_shape import is_by_line
from l10n.ingest.chrome_lines import without_size_control
from l10n.ingest.fields import match_key, normalise_space
from l10n.ingest.metadata import strip_site_name, title_parts
from l10n.ingest.page_days import (
    DAY,
    SOLAR_HIJRI_NAMES,
    day_first,
    day_of,
    local_day,
    local_day_pattern,
    may_hold_day,
    page_language,
    popular_months,
    read_day,
    relative_stamp,
    writes_day,
)
from l10n.ingest.page_main import keyed_lines
from l10n.ingest.page_titles import comma_site_heads
from l10n.ingest.regex_gate import gated_compile

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterator

    from lxml.html import HtmlElement

    from l10n.ingest.metadata import PageMetadata
    from l10n.model import Block

# What a dateline calls the publication day, and its update, in the languages of the corpus (holdout26:
# To Vima's "ΔΗΜΟΣΙΕΥΣΗ:", capitals that drop the accent).
_PUBLISHED = re.compile(
    r"\b(?:published|posted|written|created|date|veröffentlicht|erschienen|publicado|publicada|publié|publiée"
    r"|pubblicato|pubblicata|gepubliceerd|δημοσ[ιί]ευση|δημοσιε[υύ]θηκε"
    r"|dodano)\b",  # holdout26's Dziennik Wschodni: Polish "added", "Dodano: 4 stycznia 2012, 10:18"
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"\b(?:updated?|modified|aktualisiert|actualizado|actualizada|mis à jour|modifié|aggiornato)\b", re.IGNORECASE
)
LABEL_REACH = 30  # characters before a day in which its label stands ("Published: 22:00 GMT, 26 …")
DATELINE_TEXTS = 30  # text nodes after the `<h1>` searched for the dateline
DATELINE_CHARS = 400


def title_day(meta: PageMetadata, root: HtmlElement) -> dt.datetime | None:
    """The day a stated title carries as a part of its own ("… | DW | 10.06.2013"), or closing it after a comma
    (`comma_title_day`)."""
    for title in meta.headlines:
        for part in title_parts(title)[1:]:
            found = DAY.fullmatch(part.strip())
            day = day_of(found) if found else None
            if day is not None:
                return day
    return next((day for title in meta.headlines if (day := comma_title_day(title, root)) is not None), None)


def comma_title_day(title: str, root: HtmlElement) -> dt.datetime | None:
    """The day that closes a title after a comma, its month a name of the page's language or of the languages its
    script writes (`SCRIPT_LANGUAGES`, as `script_stamp`), or English: the site's name and the story's day run on
    after the story's title (misses52, holdout52's Амур.инфо: "… отделение / ИА "Амур.инфо", 17 января 2012", the
    page's only day but "вчера, 17:17"; holdout39's Day.Az "…: Медицина, 27 ноября 2011"). A day inside the title
    ("Ferries resume on April 26, 2022") has no comma before it and none after.

    >>> import lxml.html
    >>> page = lxml.html.document_fromstring('<html lang="en"><p>x</p></html>')
    >>> comma_title_day('Открылось отделение / ИА "Амур.инфо", 17 января 2012', page)
    datetime.datetime(2012, 1, 17, 0, 0)
    >>> comma_title_day("Nairobi: Aufstand, junge Welt, 18.05.2026", page), comma_title_day("Ferries resume April 26, 2022", page)
    (datetime.datetime(2026, 5, 18, 0, 0), None)
    """
    if not may_hold_day(title):
        return None
    comma = max(title.rfind(","), title.rfind("，"))
    tail = title[comma + 1 :].strip(" .") if comma > 0 else ""
    if not tail:
        return None
    language = page_language(root)
    found = DAY.fullmatch(tail)
    if found is not None:
        return day_of(found, day_first=day_first(language))
    script = next((languages for letters, languages in SCRIPT_LANGUAGES if letters.search(tail)), ())
    for other in (language, *script) if language else script:
        local = local_day_pattern(other)
        if local is not None and (named := local[0].fullmatch(tail)) is not None:
            return local_day(named, local[1])
    return None


def summary_day(meta: PageMetadata, root: HtmlElement) -> dt.datetime | None:
    """The day the page's summary opens with as a part of its own ("22/11/2011 - Καλπάζει …"), read
    in the order of the page's language (a slashed day that reads either way round is none without
    it); a day inside the summary's first sentence ("22/11/2011 was the day …") is the story's text.

    >>> import lxml.html
    >>> from l10n.ingest.metadata import PageMetadata
    >>> page = lxml.html.document_fromstring('<html lang="el"><p>x</p></html>')
    >>> summary_day(PageMetadata(description="22/11/2011 - Καλπάζει το AIDS - Στους χρήστες"), page)
    datetime.datetime(2011, 11, 22, 0, 0)
    >>> summary_day(PageMetadata(description="On 22/11/2011 the ministry said - and more"), page) is None
    True
    """
    parts = title_parts(meta.description)
    found = DAY.fullmatch(parts[0].strip()) if len(parts) > 1 else None
    return day_of(found, day_first=day_first(page_language(root))) if found else None


def dateline_day(root: HtmlElement, meta: PageMetadata, *, reads: HeadingReads | None = None) -> dt.datetime | None:
    """The publication day labelled on the dateline under the story's `<h1>` (the heading that
    matches a stated title, not the site's name, else every `<h1>` in order); else the day of a
    byline there, else of a timestamp standing alone there ("13 Oct 2020 18:29", holdout6). `reads`: the
    headings and their texts read once for `root` (`HeadingReads`)."""
    language = page_language(root)
    local, order = local_day_pattern(language), day_first(language)
    bylined: dt.datetime | None = None  # holdout5: the day on a byline under the heading, if none is labelled
    stamped: dt.datetime | None = None  # holdout6: else a timestamp alone there
    for shown in (reads or HeadingReads(root, meta)).under():
        line = normalise_space(" ".join(shown))[:DATELINE_CHARS]
        found = [(m.start(), day_of(m, day_first=order)) for m in DAY.finditer(line)] if may_hold_day(line) else []
        if local is not None:
            found += [(m.start(), local_day(m, local[1])) for m in local[0].finditer(line)]
        found.sort(key=lambda pair: pair[0])
        for start, day in found:
            label = line[max(0, start - LABEL_REACH) : start]
            last_label = max(_PUBLISHED.finditer(label), key=lambda m: m.start(), default=None)
            last_update = max(_UPDATED.finditer(label), key=lambda m: m.start(), default=None)
            if day is not None and last_label and (last_update is None or last_update.start() < last_label.start()):
                return day
        bylined = bylined or byline_day(line, [day for _, day in found])
        stamped = stamped or _stamp_day(shown[:STAMP_TEXTS], language)
    return (
        bylined or stamped or lead_dateline_day(root)
    )  # holdout4: else a wire dateline opening a paragraph ("Feb. 23, 2015 --")


def _under_heading(heading: HtmlElement) -> list[str]:
    """The texts shown under one of the story's headings (`story_headings`), blank ones skipped: a layout's
    empty text nodes between boxes say nothing (holdout7: InfoQ's day is the 33rd text node, the 9th shown)."""
    texts = heading.xpath(f"following::text()[normalize-space()][position() <= {DATELINE_TEXTS}]")
    return [str(text) for text in texts if not (text.is_text and text.getparent().tag in ("script", "style"))]


class HeadingReads:
    """The story's headings of one tree (`story_headings`) and the texts shown under each (`_under_heading`),
    each read once, when first asked. The date readers ask them in turn of one tree: `dateline_day` of the
    page; when it finds no day, `page.py` copies the page before pruning, and `updated_day`, `top_stamp_day`
    (twice when a masthead's today stands first: `page_stamps`), `foot_day` and `heading_texts` ask them of the
    copy, which `on_copy` answers from these reads (pagespeed44: each read them again, up to six times a page on
    the pages that state no day elsewhere, those htmldate dates, half the evaluation sample's pages over 2×)."""

    def __init__(self, root: HtmlElement, meta: PageMetadata) -> None:
        self.root, self.meta = root, meta
        self._titled: list[HtmlElement] | None = None  # `_titled_headings`, read on the first ask
        self._shown: dict[bool, list[HtmlElement]] = {}  # `_title_shown` by `longest_part`, when none is titled
        self._under: list[list[str]] = []  # `_under_heading` of the first headings, in order

    def headings(self, *, longest_part: bool = False) -> list[HtmlElement]:
        """`story_headings(root, meta, longest_part=longest_part)`."""
        if self._titled is None:
            self._titled = _titled_headings(self.root, self.meta)
        if self._titled:
            return self._titled
        if longest_part not in self._shown:  # both at once: `on_copy` hands the copy the one not asked yet
            self._shown.update(_titles_shown(self.root, self.meta, (False, True)))
        return self._shown[longest_part]

    def under(self) -> Iterator[list[str]]:
        """The texts shown under each heading (`_under_heading`), heading by heading: a reader that stops at the
        first reads no further."""
        for index, heading in enumerate(self.headings()):
            if index == len(self._under):
                self._under.append(_under_heading(heading))
            yield self._under[index]

    def on_copy(self, copy: HtmlElement) -> HeadingReads:
        """These reads for `copy`, a deep copy of `root` made since, the tree unchanged between: each heading
        read is the element at the same place in the copy, each text under one the same text."""
        reads = HeadingReads(copy, self.meta)
        if self._titled is not None:
            reads._titled = [_counterpart(heading, self.root, copy) for heading in self._titled]
        reads._shown = {
            part: [_counterpart(found, self.root, copy) for found in shown] for part, shown in self._shown.items()
        }
        reads._under = list(self._under)
        return reads


def _counterpart(element: HtmlElement, root: HtmlElement, copy: HtmlElement) -> HtmlElement:
    """The element at `element`'s place under `root` in `copy`, a deep copy of `root`: the same child of the
    same child … of the copy (a deep copy keeps every node, comments too, in order)."""
    steps = []
    while element is not root:
        parent = element.getparent()
        steps.append(parent.index(element))
        element = parent
    for step in reversed(steps):
        copy = copy[step]
    return copy


def heading_texts(root: HtmlElement, meta: PageMetadata, *, reads: HeadingReads | None = None) -> list[str]:
    """The texts shown in, before and after each of the story's headings (`story_headings`), `STAMP_TEXTS`
    either side: where a page prints its story's day (a dateline under the heading, or over it:
    comwrap's "publiziert am 25. September 2018"), and not the day a page's header prints for its
    reader, the day it was saved, further up (holdout26's Fergana: "9 Апрель 2013", 25 texts up). `reads`: the
    headings read once for `root` (`HeadingReads`)."""
    shown = f"text()[normalize-space()][position() <= {STAMP_TEXTS}]"
    return [
        str(text)
        for heading in (reads or HeadingReads(root, meta)).headings(longest_part=True)
        for text in heading.xpath(f"preceding::{shown} | descendant::{shown} | following::{shown}")
        if not (text.is_text and text.getparent().tag in ("script", "style"))
    ]


def story_headings(root: HtmlElement, meta: PageMetadata, *, longest_part: bool = False) -> list[HtmlElement]:
    """The story's `<h1>`s: the one matching a stated title, not the site's name; else every one in
    order, after the first heading of a lower rank that matches it (dates21: ultimahora's story title
    is an `<h3>`, its `<h1>` the logo; a blog's `<h1>` is its name and may have the post's day under
    it, above the post's `<h2>` title: nesselsetzer on bench/evaldata.py). `longest_part`: where no heading
    says a title, the element showing a title's longest part counts too, for a title that opens with the site's
    name (`heading_texts` only, which checks a day found elsewhere: misses43, holdout42's CA-NEWS; a day read
    under such a heading itself took Rizospastis's related stories' day)."""
    return _titled_headings(root, meta) or _title_shown(root, meta, longest_part=longest_part)


def _story_titles(meta: PageMetadata) -> set[str]:
    titles = {match_key(strip_site_name(title, meta.site_name)) for title in meta.headlines}
    return titles - {match_key(meta.site_name)}  # holdout6: "News.az", the logo's <h1>, is no story's heading


def _titled_headings(root: HtmlElement, meta: PageMetadata) -> list[HtmlElement]:
    """`story_headings` by the page's headings: the `<h1>`s saying a title, else a lower heading saying one
    and the `<h1>`s after it, else every `<h1>`; none on a page without an `<h1>` or a titled lower heading."""
    headings = [h1 for h1 in root.iter("h1") if match_key(h1.text_content())]
    titles = _story_titles(meta)
    lower = (
        []
        if not headings or any(match_key(h1.text_content()) in titles for h1 in headings)
        else _lower_headings(root, titles | {match_key(title_parts(title)[0]) for title in meta.headlines})  # misses50b
    )
    return [h1 for h1 in headings if match_key(h1.text_content()) in titles] or lower + headings


def _title_shown(root: HtmlElement, meta: PageMetadata, *, longest_part: bool) -> list[HtmlElement]:
    """`story_headings` where no heading says a title: the element showing one (holdout14: a layout without
    `<h1>`, the title in a `<div class="titulo">`), as a list (none or one)."""
    return _titles_shown(root, meta, (longest_part,))[longest_part]


def _titles_shown(root: HtmlElement, meta: PageMetadata, parts: tuple[bool, ...]) -> dict[bool, list[HtmlElement]]:
    """`_title_shown` for each `longest_part` of `parts`, the page's shown texts read and keyed once (pagespeed51b:
    `HeadingReads` asks both of one tree, the page's then its copy's, each read nashbryansk's 133 texts)."""
    shown = root.xpath("//body//text()[normalize-space()]")
    titles = _story_titles(meta)
    titles |= {match_key(title_parts(title)[0]) for title in meta.headlines}  # "… - InformeCorrientes.com - …"
    if any("," in title for title in meta.headlines):  # misses50b: "…, Orissa Current News", the site's slogan shown
        texts = [str(text) for text in shown]
        titles |= {match_key(head) for title in meta.headlines for head in comma_site_heads(title, texts)}
    keyed = [(text, match_key(str(text))) for text in shown if text.is_text]
    found = {}
    for longest_part in parts:
        wanted = titles
        if longest_part:  # misses43: the site's name first ("CA-NEWS : В Ташкенте пройдёт акция, …", holdout42's)
            wanted = titles | {match_key(max(title_parts(title), key=len)) for title in meta.headlines}
        showing = [text.getparent() for text, key in keyed if key in wanted]
        # misses35: a link is a menu's pointer to the story (an e-paper's list of the page's titles over it, dahe's)
        found[longest_part] = ([element for element in showing if not _in_link(element)] or showing)[:1]
    return found


def _in_link(element: HtmlElement) -> bool:
    return element.tag == "a" or any(outer.tag == "a" for outer in element.iterancestors())


def _lower_headings(root: HtmlElement, titles: set[str]) -> list[HtmlElement]:
    """The first `<h2>`…`<h6>` whose text is a stated title, as a list (none or one)."""
    # a union of five paths, not `//body//*[self::h2 or …]` testing every element (speed25b: 1.4 → 0.3 ms on ethnos)
    lower = root.xpath("//body//h2 | //body//h3 | //body//h4 | //body//h5 | //body//h6")
    return [heading for heading in lower if match_key(heading.text_content()) in titles][:1]


def updated_day(root: HtmlElement, meta: PageMetadata, *, reads: HeadingReads | None = None) -> dt.datetime | None:
    """The day of a timestamp under the story's heading labelled as an update ("2019年04月21日
    12時00分更新", holdout7), for a page that states no other day: the story went out that day
    or before, and it is nearer its publication than the days a date finder picks from the
    rest of the page (a copyright line's year, teasers)."""
    language = page_language(root)
    for shown in (reads or HeadingReads(root, meta)).under():
        for text in shown[:STAMP_TEXTS]:
            stamp = read_timestamp(text, language=language)
            if stamp is not None and stamp.day is not None:
                return stamp.day
    return None


# A post's metadata line after the story: "This entry was posted on <day>" (the sentence WordPress's
# classic themes print under a post), "Published on <day>", a weekday before the day or not.
MAX_PUBLISHER_CHARS = 100  # a publisher's name and address between "published by" and "on <day>"
# Gated (`regex_gate`: searched only in a text holding "osted" or "ublished"): `foot_day` asks them of every text
# after the story's heading (pagespeed42).
_POSTED_ON = gated_compile(rf"\b(?:posted|published)\s+on\s+(?:[^\W\d_]+,?\s+)?(?P<day>{DAY.pattern})", re.IGNORECASE)
# …or by its publisher, then on the day, the publisher's name and address between (holdout28's Globes: "Published
# by Globes [online], Israel business news - <a>www.globes-online.com</a> - on January 16, 2012" under the story)
_PUBLISHED_BY = gated_compile(r"\b(?:posted|published)\s+by\b", re.IGNORECASE)
_PUBLISHED_BY_ON = re.compile(
    rf"\b(?:posted|published)\s+by\s+.{{1,{MAX_PUBLISHER_CHARS}}}?\s+on\s+(?P<day>{DAY.pattern})", re.IGNORECASE
)


def foot_day(root: HtmlElement, meta: PageMetadata, *, reads: HeadingReads | None = None) -> dt.datetime | None:
    """The day of the first text after the story's heading that says the post was posted (or
    published) on it, for a page that states no day elsewhere (dates21: geekonomics10000's "This
    entry was posted on 八月 26, 2016, 2:43 下午 and is filed under …" at the post's foot, below
    the dateline's reach): the story's own line, where a date finder takes a teaser's day. A
    comment saying "Posted on <day>" before any such line is not told apart (htmldate would take
    a comment's day as well).

    >>> from lxml.html import fromstring
    >>> from l10n.ingest.metadata import PageMetadata
    >>> page = '<div><h1>Harbour</h1><p>Text.</p><p>This entry was posted on May 3, 2019 at 9:00</p></div>'
    >>> foot_day(fromstring(page), PageMetadata(headlines=["Harbour"])), foot_day(fromstring(page.replace("posted on", "on")), PageMetadata())
    (datetime.datetime(2019, 5, 3, 0, 0), None)
    """
    headings = (reads or HeadingReads(root, meta)).headings()
    page = root.getroottree().getroot()  # every text node's text, parted by spaces: one search says none says it
    if len(headings) > 1 and not _POSTED_ON.search(normalise_space(" ".join(page.itertext()))):
        return None  # speed25b: ethnos' 40 <h1>s, each read to the page's end (24 ms; this 3 ms)
    for heading in headings:
        for text in heading.xpath("following::text()[normalize-space()]"):
            if text.is_text and text.getparent().tag in ("script", "style"):
                continue
            line = normalise_space(str(text))
            found = _POSTED_ON.search(line)
            if found is None and _PUBLISHED_BY.search(line):  # the publisher's line, its address a link inside
                holder = text.getparent() if text.is_text else text.getparent().getparent()
                found = _PUBLISHED_BY_ON.search(normalise_space(holder.text_content())) if holder is not None else None
            day = read_day(found["day"]) if found else None
            if day is not None:
                return day
    return None


STAMP_TEXTS = 12  # text nodes after the `<h1>` in which a timestamp standing alone is its dateline


# A timestamp in figures, the day and the time of day, with the agency's name and the place after it, a few words
# and no sentence ("17.01.2012 18:16 ПЛН, Псков": holdout50's ПЛН, under its headline): the story's dateline.
_CREDITED_STAMP = re.compile(
    r"^\s*(?P<stamp>\d{1,2}[./-]\d{1,2}[./-]\d{4},?\s+\d{1,2}:\d{2})\s+(?P<credit>[^\W\d_][^\d.!?:;]{0,40})$"
)
MAX_STAMP_CREDIT_WORDS = 3


def _stamp_day(texts: list[str], language: str) -> dt.datetime | None:
    """The day of the first text that is a timestamp on its own, or whose last field parted by bars
    is one (dates21: " | Palma de Mallorca | 08/01/2014" after the writer's name, a place and the
    day as fields of the header's line), not labelled as an update."""
    for text in texts:
        fields = [field for field in text.split("|") if field.strip()]
        credited = _CREDITED_STAMP.match(text)  # misses50b: "17.01.2012 18:16 ПЛН, Псков", ПЛН's under its <h2>
        credited = credited if credited and len(credited["credit"].split()) <= MAX_STAMP_CREDIT_WORDS else None
        stamp = (
            (
                read_timestamp(text, language=language)
                or read_timestamp(fields[-1], language=language)
                or (read_timestamp(credited["stamp"], language=language) if credited else None)
            )
            if fields
            else None
        )
        if stamp is not None and stamp.day is not None and not stamp.updated:
            return stamp.day
    return None


BYLINE_DAY_REACH = 120  # characters of a byline line in which its day stands


def byline_day(line: str, days: list[dt.datetime | None]) -> dt.datetime | None:
    """The day of a byline that opens the text under the story's heading ("By Matthew Digby, Minh
    Do on Monday, November 18th, 2019 at 11:08 a.m."): the writer and the day the story went out
    with their name, as a newsroom prints them; the first day on that line, within its reach.

    >>> line = "By Ann Lee on Monday, November 18th, 2019 at 11:08 a.m. Share"
    >>> byline_day(line, [read_day(line)]), byline_day("Related: Nov. 3, 2019", [read_day("Nov. 3, 2019")])
    (datetime.datetime(2019, 11, 18, 0, 0), None)
    """
    first = next((day for day in days if day is not None), None)
    if first is None:  # no day on the line: none to find within its reach
        return None
    found = DAY.search(line[:BYLINE_DAY_REACH])
    if found is None or not label_length(line) or day_of(found) != first:
        return None
    return first


def dated_elsewhere(byline: str, published: dt.datetime | None) -> bool:
    """A byline dated another day than the story (holdout15's jewishbusinessnews: "Michael Ordman
    November 15, 2015" under another story's title in its "You May Also Like" box, the story of
    2016-01-20): a teaser's writer. An update's day ("Updated June 3") or none is the story's byline,
    and so is a day next to the story's: a metadata timestamp in UTC may be the byline's next day.

    >>> story = dt.datetime(2016, 1, 20)
    >>> dated_elsewhere("Michael OrdmanNovember 15, 2015", story), dated_elsewhere("By Ann Lee, Jan. 20, 2016", story)
    (True, False)
    """
    if published is None or _UPDATED.search(byline):
        return False
    day = read_day(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", byline))  # a name glued to the month ("OrdmanNovember")
    return day is not None and abs((day.date() - published.date()).days) > 1


def story_bylines(blocks: list[Block], published: dt.datetime | None) -> list[str]:
    """The texts of the byline blocks but those dated another day than the story (`dated_elsewhere`); of a
    block of `<br>` lines that names no one as a whole, its lines that open with a byline's label (misses53,
    holdout53's IOL: "January 12 2012 at 10:37am<br/>By YOLANDE DU PREEZ", the day read first takes the rest
    with it).

    >>> from l10n.model import Block, InlineMarkup
    >>> text = "January 12 2012 at 10:37am By ANN LEE"
    >>> story_bylines([Block("byline", text, markup=[InlineMarkup(26, 26, "br", void=True)])], None)
    ['By ANN LEE']
    >>> story_bylines([Block("byline", text)], None)
    ['January 12 2012 at 10:37am By ANN LEE']
    """
    texts = []
    for block in blocks:
        if block.role != "byline" or dated_elsewhere(block.text, published):
            continue
        lines = [block.text[start:end].strip() for start, end in keyed_lines(block)]  # its `<br>` lines
        labelled = [line for line in lines if label_length(line)] if len(lines) > 1 else []
        if labelled and not reduce_byline(block.text).names:
            texts.extend(labelled)
        else:
            texts.append(block.text)
    return texts


# A wire-style dateline opening the story's first paragraph: an optional place in capitals, the
# day, and a dash ("Feb. 23, 2015 -- Life-threatening…", "WASHINGTON, March 3, 2021 — The…").
# misses39: or a release's, the day in brackets after the place ("WASHINGTON (January 24, 2017) — Mindfulness …")
_LEAD_DATELINE = re.compile(
    rf"^\s*(?:(?-i:[A-Z][A-Z .'’-]+)(?:,\s*|\s*(?P<open>\()))?(?P<day>{DAY.pattern})(?(open)\))\s*(?:--|[-–—])\s+\S",
    re.IGNORECASE,
)
LEAD_PARAGRAPHS = 40  # paragraphs from the top of the page searched for one opening with a dateline
# compiled once (misses39: `release_day` asks it of every page stating its time, not only of those stating none)
_OUTSIDE_STORY = etree.XPath("ancestor::aside|ancestor::nav|ancestor::footer")


def has_dash(text: str) -> bool:
    """The text holds a dash `_LEAD_DATELINE` reads after a dateline's day ("-", "–", "—"): without one, no dateline."""
    return "-" in text or "–" in text or "—" in text


def lead_dateline_day(root: HtmlElement) -> dt.datetime | None:
    """The day of the first paragraph that opens with a dated dateline (AP and most wire styles:
    "Feb. 23, 2015 --"), among the page's first paragraphs. A date inside a sentence ("On Feb.
    23, 2015, the court…") is no dateline: it does not open the paragraph with a dash after it."""
    for count, paragraph in enumerate(root.iter("p")):
        if count >= LEAD_PARAGRAPHS:
            break
        text = paragraph.text_content()
        if not has_dash(text):
            continue  # cost39: no dateline (`_LEAD_DATELINE` needs a dash; `normalise_space` changes only spaces)
        found = _LEAD_DATELINE.match(normalise_space(text)[:DATELINE_CHARS])
        if found and _OUTSIDE_STORY(paragraph):
            continue  # another story's teaser in a sidebar, a menu or the footer dates nothing here
        if found:
            day = read_day(found["day"])
            if day is not None:
                return day
    return None


# misses53: a day and time in digits alone, the year in two ("06.01.12 08:49", day first as dotted days are written)
# or four: what `heading_stamp_day` reads in an <h1>'s last element
_HEADING_STAMP = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}|\d{4}),?\s+\d{1,2}:\d{2}")


def heading_stamp_day(root: HtmlElement) -> dt.datetime | None:
    """The day an <h1> states in its last element after the title, a day and time in digits alone
    (misses53, holdout53's NR2.ru: `<h1>… с углем&nbsp;<span> 06.01.12&nbsp;08:49</span></h1>`, where the
    header's "Ср., 10.04.2013 10:29 (Мск)", the day the page was saved, was read instead), taken out of
    the heading so the headline is the title alone; a two-digit year is this century's.

    >>> from lxml.html import fromstring
    >>> page = fromstring("<div><h1>Coal wagon derails <span>06.01.12 08:49</span></h1><p>x</p></div>")
    >>> heading_stamp_day(page), page.findtext("h1")
    (datetime.datetime(2012, 1, 6, 0, 0), 'Coal wagon derails ')
    >>> heading_stamp_day(fromstring("<div><h1>Coal wagon derails <span>06.01.12</span></h1></div>")) is None
    True
    >>> heading_stamp_day(fromstring("<div><h1><span>06.01.12 08:49</span></h1></div>")) is None
    True
    """
    for heading in root.iter("h1"):
        last = next((child for child in reversed(heading) if isinstance(child.tag, str)), None)
        if last is None or (last.tail or "").strip() or len(last):
            continue
        found = _HEADING_STAMP.fullmatch(normalise_space(last.text_content()))
        title = normalise_space(heading.text_content())[: -len(normalise_space(last.text_content()))]
        if found is None or not any(letter.isalpha() for letter in title):
            continue
        year = int(found["y"]) + (2000 if len(found["y"]) == 2 else 0)  # noqa: PLR2004
        try:
            day = dt.datetime(year, int(found["m"]), int(found["d"]))  # noqa: DTZ001
        except ValueError:
            continue
        last.drop_tree()
        return day
    return None


def release_day(root: HtmlElement, published: dt.datetime | None) -> dt.datetime | None:
    """The stated day, or the next day when the story's dateline gives that one: a release embargoed to the day its
    dateline states, posted on the evening before (misses39, holdout36's Georgetown: `article:published_time`
    2017-01-23T21:08:14+00:00 over "WASHINGTON (January 24, 2017) — Mindfulness meditation …"); a dateline of any
    other day leaves the stated day (a story written before it went out).

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<div><p>WASHINGTON (January 24, 2017) — Ferries resume.</p></div>")
    >>> release_day(page, dt.datetime(2017, 1, 23, 21, 8)), release_day(page, dt.datetime(2017, 1, 20))
    (datetime.datetime(2017, 1, 24, 0, 0), datetime.datetime(2017, 1, 20, 0, 0))
    """
    if published is None:
        return None
    day = lead_dateline_day(root)
    return day if day is not None and (day.date() - published.date()).days == 1 else published


# A timestamp's label: what the day is, in the corpus's languages ("Posted:", "UPDATED:", "입력"
# input, "기사입력" article input, "수정" revised, "更新", "发布时间", "Stand:", "Mis à jour le").
_STAMP_LABEL = re.compile(
    r"^\W*(?:(?:last|latest|first|zuletzt|dernière|τελευταία|τελευταια)\s+|最終|最后|最後)?(?P<label>"  # holdout8: "最終更新日：…"
    r"posted|published|updated?|modified|created|written|date|stand|veröffentlicht|aktualisiert|erstellt"
    r"|publicado|publicada|actualizado|actualizada|actualización|atualizado|atualização|publié|publiée|mis à jour"
    r"|modifié|pubblicato|pubblicata|aggiornato|aggiornamento|gepubliceerd|bijgewerkt|opdateret|oppdatert"
    r"|uppdaterad|publiceret|publisert|publicerad|기사입력|최종수정|입력|수정|등록|업데이트|发布时间|發布時間|发布|發布"
    r"|更新日|更新时间|更新時間|更新|发表|發表|公開日|公開|配信日|配信|投稿日|日期|erschienen|opublikowano|aktualizacja"
    r"|zaktualizowano|publikováno|aktualizováno|publikované|aktualizované|опубликовано|обновлено|güncelleme"
    r"|güncellendi|yayınlanma|yayınlandı|diperbarui|diterbitkan|dipublikasikan|تاريخ النشر|نشر في|آخر تحديث|تحديث"
    # holdout26: Kathimerini's "Τελευταία ενημέρωση: 09:30" (last update), "Ημερομηνία: 27.12.2011 | 22:55" (date)
    r"|ενημ[εέ]ρωση|ημερομην[ιί]α|δημοσ[ιί]ευση|δημοσιε[υύ]θηκε)"
    r"(?![^\W\d_])(?:\s+(?:on|am|le|el|em|il|at|den|w|dne|в|tarihi))?\s*[:：]?\s*",
    re.IGNORECASE,
)
# What an update (not the publication) is called among those labels.
_STAMP_UPDATE = re.compile(
    r"updated?|modified|stand|aktualisiert|actualizad[oa]|actualización|atualiza\w+|mis à jour|modifié|aggiorna\w+"
    r"|bijgewerkt|opdateret|oppdatert|uppdaterad|최종수정|수정|업데이트|更新\w*|aktualizacja|zaktualizowano|aktualizováno"
    r"|aktualizované|обновлено|güncelle\w+|diperbarui|آخر تحديث|تحديث|ενημ[εέ]ρωση",
    re.IGNORECASE,
)
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
_MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
# A line made of nothing but the parts of a date and a time: numbers (with ordinal and CJK unit
# suffixes), day and month names (English, and the page's language as CLDR spells them), a.m./p.m.,
# a zone ("CST", "UTC+8"), "Uhr", and the words and marks that join them ("at", "on", ",", "|").
_STAMP_PARTS = (
    r"\d{1,4}(?:st|nd|rd|th|h|년|월|일|시|분|年|月|日|時|时|分)?"
    r"|a\.m\.|p\.m\.|(?:am|pm|uhr|at|um|on|à|le|el|de|del|du|utc|gmt|msk|мск|z|o|w|в|r|г)\b|(?-i:[A-Z]{1,3}T)\b|오전|오후|上午|下午|[قب]\.ظ"
    r"|(?:(?-i:[A-Z]{2,3})|local)\s+time\b"  # misses32: a zone's letters or "local", then "time" (radionz's "1:56 am NZ time")
    r"|[\s,.:/\-–—|()\[\]+]"
)
# …which must hold a day or a time of day, not only a number ("2022" alone may be a timeline's heading).
_STAMP_EVIDENCE = re.compile(
    r"\d{1,2}:\d{2}|\d{4}\s*[./\-년年]\s*\d{1,2}\s*[./\-월月]\s*\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
)
# The same labels after the time, as Japanese, Chinese and Korean pages print them ("2019年04月21日
# 12時00分更新", "2019/02/27 公開", "2020.08.27 20:27 입력"): the verb follows what it says of.
_STAMP_LABEL_AFTER = re.compile(
    r"\s*[:：]?\s*(?P<label>更新|公開|配信|掲載|投稿|発表|发布|發布|发表|發表|報導|报道|입력|수정|등록|업데이트)\s*$"
)
_YEAR_FIRST = re.compile(r"\b(?P<y>\d{4})\s*[./\-년年]\s*(?P<m>\d{1,2})\s*[./\-월月]\s*(?P<d>\d{1,2})(?!\d)")
_RUN_ON_BYLINE = re.compile(r"\s*[|·•]?\s+(?P<byline>by\s+\S.*)$", re.IGNORECASE)
MAX_STAMP_CHARS = 80
TIMESTAMP_CACHE = 2048  # short texts whose `read_timestamp` is kept (at most 80 characters each)
_DIGIT_RUN = re.compile(r"\d+")


@dataclass(frozen=True)
class Timestamp:
    """A line that is only a date and/or a time, with at most a short label ("UPDATED: Tue., Nov.
    19, 2019", "입력 2020.08.27 20:27", "April 26, 2022"): when the page was published or updated,
    which the page's metadata states for every edition; the day it names, if one."""

    labelled: bool
    updated: bool  # labelled as an update ("Updated", "Stand", "수정"), not the publication
    day: dt.datetime | None


_SPACED_COMMA = re.compile(r"(?<=\w) ,(?= )")  # "Monday , January 16": a space before the comma
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")


def has_time_of_day(text: str) -> bool:
    """The line gives a time of day ("17:42"): a story's stamp, where a masthead's today has none.

    >>> has_time_of_day("08.12.2011 17:42"), has_time_of_day("Wednesday, 10 April 2013")
    (True, False)
    """
    return _TIME_OF_DAY.search(text) is not None


def read_timestamp(text: str, *, language: str = "") -> Timestamp | None:
    """The timestamp `text` is (see `Timestamp`), None for any other line: a sentence that holds
    a date ("Ferries resume on April 26, 2022.") is the story's. A byline run on after the time
    ("5:45 AM PST 11/19/2019 by Ann Lee") is read as the byline it is, elsewhere.

    >>> read_timestamp("UPDATED: Tue., Nov. 19, 2019")
    Timestamp(labelled=True, updated=True, day=datetime.datetime(2019, 11, 19, 0, 0))
    >>> read_timestamp("입력 2020.08.27 20:27").day, read_timestamp("Posted: Thursday, April 21, 2022. 10:11 pm CST.").updated
    (datetime.datetime(2020, 8, 27, 0, 0), False)
    >>> read_timestamp("Ferries resume on April 26, 2022."), read_timestamp("2022"), read_timestamp("May 6 at 10")
    (None, None, None)
    >>> read_timestamp("Mis à jour le 3 mars 2020 à 10h30", language="fr").day
    datetime.datetime(2020, 3, 3, 0, 0)
    >>> read_timestamp("18 January 2012 - 1:56 am NZ time").day, read_timestamp("10:30 local time")
    (datetime.datetime(2012, 1, 18, 0, 0), Timestamp(labelled=False, updated=False, day=None))
    >>> read_timestamp("18 January 2012 - 1:56 am NZ time, the quake struck")

    A masthead's line between bars, its commas set apart as a typewriter sets them, is one too
    (holdout28's Telegraph, Calcutta: "| Monday , January 16 , 2012 |").

    >>> read_timestamp("| Monday , January 16 , 2012 |").day
    datetime.datetime(2012, 1, 16, 0, 0)

    So is a time in lenticular brackets, "reported" after it (holdout29's BCC: "【2012/01/17 16:59 報導 】").

    >>> read_timestamp("【2012/01/17 16:59 報導 】").day
    datetime.datetime(2012, 1, 17, 0, 0)

    A line without a digit is none, told before it is spaced out or read (pagespeed48): each way
    `_timestamp` finds a stamp asks for one (`DAY`'s six forms, `_STAMP_EVIDENCE`, a local month name's day
    and year), in the stamp, a part of the line; white space and commas, all the steps before take away,
    are no digit. Most lines a page's stamp readers ask are none (the 24 realworld pages of the highest
    ratio: 3,264 of 4,031), and their labels and names were searched each time.
    """
    if _DIGIT_RUN.search(text) is None:  # every stamp `_timestamp` reads holds a digit (pagespeed48)
        return None
    text = normalise_space(text)
    if len(text) - sum(map(text.count, " |【】")) > MAX_STAMP_CHARS:
        # longer still without every space, bar and lenticular bracket, all that the comma and ends below take away (pagespeed29)
        return None
    text = _SPACED_COMMA.sub(",", text).strip(" |【】")  # holdout29: BCC's "【2012/01/17 16:59 報導 】"
    return _timestamp(text, language) if text and len(text) <= MAX_STAMP_CHARS else None


# The languages whose month names a script writes, for a page that states no language (misses44): a month name is a
# word of one of them, and each names the same month ("января", Russian's January, is Ukrainian's "січня",
# Bulgarian's "януари"), so a stamp one of them reads is read. Latin letters are left out ("mars" and "listopad" are
# other months, or none, in other languages); so is Greek, measured: express.gr's masthead clock "Παρασκευή, 09
# Δεκεμβρίου 2011, 14:32:17", the day it was saved, became its only stamp and beat htmldate's right day.
# misses48: Han letters too, in Chinese, whose CLDR weekdays follow the day ("2012年1月16日 星期一", holdout48's 希望之聲
# under its `<h2>`, its template's `xml:lang="en"`); a stamp of digits and 年月日 alone reads in any language already.
SCRIPT_LANGUAGES = (
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk", "be", "bg", "sr", "mk")),
    (re.compile(r"[\u4e00-\u9fff]"), ("zh",)),
)


SCRIPT_STAMP_CHARS = (
    4 * MAX_STAMP_CHARS
)  # a line this long holds more than a stamp's 80 characters besides spaces and bars


def script_stamp(text: str, language: str) -> Timestamp | None:
    """The timestamp a line of a page stating no language is, its month name read in the languages its script writes
    (`SCRIPT_LANGUAGES`; misses44: RZN.info's "11:52, 6 января 2012 2664", the time, the day and a view count over
    its headline); None on a page stating one of those (`read_timestamp` read it in that language) or for another
    line. A page stating a language that does not write the script states its template's (misses45: Бел.Ру's XHTML
    `<html lang="en">` over "17 января 2012" under its `<h1>`): read as if it stated none. The page's stamps only
    (`timestamp_lines`): a byline run on after a day keeps its own check of the day.

    >>> script_stamp("11:52, 6 января 2012 2664", "").day, script_stamp("6 січня 2012", "").day
    (datetime.datetime(2012, 1, 6, 0, 0), datetime.datetime(2012, 1, 6, 0, 0))
    >>> script_stamp("6 января 2012 года в Рязани погибли 8 человек", ""), script_stamp("6 января 2012", "ru")
    (None, None)
    >>> script_stamp("17 января 2012", "en").day, script_stamp("17 January 2012", "ru")
    (datetime.datetime(2012, 1, 17, 0, 0), None)
    """
    if len(text) > SCRIPT_STAMP_CHARS or text.isascii():  # no stamp (`read_timestamp`), or no letter of the scripts
        return None
    script = next((languages for letters, languages in SCRIPT_LANGUAGES if letters.search(text)), ())
    if language and (not script or language.split("-")[0].lower() in script):
        return None  # read in the page's language already
    return next((stamp for other in script if (stamp := read_timestamp(text, language=other)) is not None), None)


@functools.lru_cache(maxsize=TIMESTAMP_CACHE)
def _timestamp(text: str, language: str) -> Timestamp | None:
    """`read_timestamp` of a short text with its spaces normalised, kept for the last texts read: the
    dateline's reads read the texts under each story heading twice (`dateline_day`, `updated_day`)
    and the next heading's texts above it (`top_stamp_day`); speed25b: ethnos' 40 `<h1>`s."""
    label = _STAMP_LABEL.match(text) or _STAMP_LABEL_AFTER.search(text)
    rest = (text[label.end() :] if label.start() == 0 else text[: label.start()]) if label else text
    byline = _RUN_ON_BYLINE.search(rest)
    stamp = (rest[: byline.start()] if byline and is_by_line(byline["byline"]) else rest).strip(" []()")
    (body, digitless_names), local = _stamp_body(language), local_day_pattern(language)
    named_day = next((local_day(m, local[1]) for m in local[0].finditer(stamp)), None) if local else None
    shape = _DIGIT_RUN.sub("0", stamp) if digitless_names else stamp  # the same answer, see `_stamp_body`
    if not stamp or not body.fullmatch(shape) or not (DAY.search(stamp) or _STAMP_EVIDENCE.search(stamp) or named_day):
        return None
    updated = bool(label and _STAMP_UPDATE.fullmatch(label["label"]))
    day = read_day(stamp, language=language) or _year_first_day(stamp) or named_day
    return Timestamp(labelled=label is not None, updated=updated, day=day)


@functools.lru_cache(maxsize=32)
def _stamp_body(language: str) -> tuple[re.Pattern[str], bool]:
    """`_STAMP_PARTS` with the day and month names of English and of `language` (CLDR, wide and
    abbreviated, through Babel: "Mis à jour le 3 mars 2020", "Fr, 15.05.2020"), and whether no name
    holds a digit. Then a line fits the pattern as well with each run of digits read as one "0":
    the only part holding digits is a number of one to four, a run of them is such numbers one
    after the other, its unit ("h", "年") after the last, and a digit is a word character as "0"
    is, so no `\b` moves. Read digit by digit, a line of numbers that is no stamp
    ("2019-11-20 17:27:46 Marcus De Guzman") made the pattern try every way of cutting each run
    before it failed (pagespeed22: 0.7 ms; mbl's "Innlent | mbl | 11.2.2025 | 23:55 | …" 80 ms)."""
    names = [_WEEKDAYS, _MONTH_NAMES]
    if language and language != "en" and language.isalpha():
        from babel import Locale, UnknownLocaleError
        from babel.dates import get_day_names, get_month_names

        try:
            locale = Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            locale = None
        if locale is not None:
            words = {
                name.lower().rstrip(".")
                for width in ("wide", "abbreviated")
                for name in [
                    *get_month_names(width, locale=locale).values(),
                    *get_day_names(width, locale=locale).values(),
                ]
            }
            words |= set(popular_months(language))  # "Δεκέμβρη" beside CLDR's "Δεκεμβρίου" (holdout27)
            names += [re.escape(word) for word in sorted(words, key=len, reverse=True) if word]
    if language == "fa":  # and the Solar Hijri months Iranian pages date by (`page_days.py`)
        names.append(SOLAR_HIJRI_NAMES)
    digitless = not any(_DIGIT_RUN.search(name) or "\\d" in name for name in names)
    return re.compile(rf"(?:{_STAMP_PARTS}|(?:{'|'.join(names)})\b\.?)+", re.IGNORECASE), digitless


def _year_first_day(text: str) -> dt.datetime | None:
    """A day written year first ("2020.08.27", "2020年8月27日", "2020년 8월 27일"): unambiguous."""
    found = _YEAR_FIRST.search(text)
    if found is None:
        return None
    try:
        return dt.datetime(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None


STORY_TOP_KEY = 40  # letters and digits of the first kept block that counts as the story's text


_RELATIVE = Timestamp(labelled=False, updated=False, day=None)  # a day named as today or yesterday: none of its own


def timestamp_lines(blocks: list[Block], kept: Callable[[Block], bool], *, language: str = "") -> dict[int, Timestamp]:
    """The blocks that are timestamps (`read_timestamp`) and page furniture: a labelled one
    ("UPDATED: …", "입력 …") wherever it stands, an unlabelled one ("April 26, 2022") above the
    story's first kept text of a paragraph's length (the headline and its copies aside). Inside the story a bare date may be a
    timeline's or a diary's heading, and stays. Paragraphs and headings, and a table's cells above
    the story only: a page laid out as a table prints its day in a cell over the title
    (holdout27's Rizospastis: "Τετάρτη 21 Δεκέμβρη 2011" beside "Σελίδα 20"); a table in the
    story, and a list, hold data; but a labelled stamp that is a table cell's whole
    text is a layout table's wherever it stands (holdout26's Kathimerini: "Τελευταία ενημέρωση: 09:30", the
    site's last update, in a cell).

    >>> from l10n.model import Block
    >>> story = [Block("paragraph", "April 26, 2022"), Block("paragraph", "The harbour reopened on Monday after the storm last week."),
    ...          Block("heading", "May 3, 2022"), Block("paragraph", "Updated: May 4, 2022")]
    >>> sorted(timestamp_lines(story, kept=lambda block: True))
    [0, 3]
    """
    stamps = {
        index: stamp
        for index, block in enumerate(blocks)
        if block.role in ("paragraph", "heading", "cell")
        and (
            stamp := read_timestamp(block.text, language=language)
            or _linked_label_stamp(block, language)
            or addressed_stamp(without_size_control(block).text, language)  # the reader's size control after it
            or script_stamp(block.text, language)  # misses44: "6 января 2012" on a page stating no language
            or (_RELATIVE if relative_stamp(block.text) else None)  # misses46b: "Сегодня, 15:33 • Новости региона"
            or _linked_label_stamp(block, language, named=True)  # misses52: "Категория: <a>Экономика</a> | 16 января …"
        )
        is not None
    }
    top = _story_top(blocks, stamps, kept)
    return {index: stamp for index, stamp in stamps.items() if stamp.labelled or index < top}


def _story_top(blocks: list[Block], stamps: Container[int], kept: Callable[[Block], bool], headline: str = "") -> int:
    """Where the story's first kept text of a paragraph's length stands (the headline, its copies and the stamps
    aside; `timestamp_lines`), the number of blocks if none does. `headline`: the page's, where it is known."""
    headlines = {match_key(block.text) for block in blocks if block.role == "headline"}  # and its copies in teasers
    headlines |= {match_key(headline)} if headline else set()
    return next(
        (
            index
            for index, block in enumerate(blocks)
            if index not in stamps
            and len(key := match_key(block.text)) >= STORY_TOP_KEY
            and key not in headlines
            and kept(block)
        ),
        len(blocks),
    )


# A day in words, day first, as most of Europe writes it, with a clock's time before or after it and the place or
# zone of that clock in brackets ("20:58 (Бишкек)<br>28 ноября 2011", "28 ноября 2011, 17:38"): the month a word of
# any language (`day_lines` checks the day it writes)
_CLOCK = r"\d{1,2}:\d{2}(?:\s*\([^()\d]{1,30}\))?"
_WORDED_DAY_LINE = re.compile(rf"(?:{_CLOCK}\s*)?\d{{1,2}}\.?\s+[^\W\d_]{{3,12}}\.?,?\s+\d{{4}}(?:,?\s*{_CLOCK})?")


def day_lines(
    blocks: list[Block], day: dt.datetime, kept: Callable[[Block], bool], headline: str = ""
) -> dict[int, Timestamp]:
    """The lines above the story (`_story_top`) that are the story's day and a clock's time (`_WORDED_DAY_LINE`),
    the day the page is read to state (`writes_day`) though no month name of its language is known to
    `read_timestamp`: unlabelled stamps, page furniture (misses43, holdout42's CA-NEWS: the page states no language;
    its header's clock and day "20:58 (Бишкек) 28 ноября 2011" and the story's "28 ноября 2011, 17:38" under the
    headline, kept as units). A line of another day is left to the rules that read it. `headline`: the page's
    (`page_headline.page_headline`), no story text though it is a `<th>`'s or a `<div>`'s.

    >>> from l10n.model import Block
    >>> lines = [Block("cell", "20:58 (Бишкек) 28 ноября 2011"), Block("paragraph", "28 ноября 2011, 17:38"),
    ...          Block("paragraph", "27 ноября 2011"), Block("paragraph", "The harbour reopened on Monday after the storm last week."),
    ...          Block("paragraph", "28 ноября 2011")]
    >>> sorted(day_lines(lines, dt.datetime(2011, 11, 28), kept=lambda block: True))
    [0, 1]
    """
    found = {
        index: Timestamp(labelled=False, updated=False, day=day)
        for index, block in enumerate(blocks)
        if block.role in ("paragraph", "heading", "cell")
        and str(day.year) in block.text
        and _WORDED_DAY_LINE.fullmatch(text := normalise_space(block.text).strip())
        and writes_day(text, day.date())
    }
    if not found:
        return found
    top = _story_top(blocks, found, kept, headline)
    return {index: stamp for index, stamp in found.items() if index < top}


def _linked_label_stamp(block: Block, language: str, *, named: bool = False) -> Timestamp | None:
    """The timestamp after a link that opens the line: the section's link and the story's time
    ("<a>OSS×クラウド最新TOPICS</a> 2019年3月15日 09:43", holdout11), read as an unlabelled stamp
    (so only above the story); a sentence after a link is no stamp (`read_timestamp`).

    >>> from l10n.model import Block, InlineMarkup
    >>> line = Block("paragraph", "Business 12 March 2019 09:43", markup=[InlineMarkup(0, 8, "a")])
    >>> _linked_label_stamp(line, "en").day, _linked_label_stamp(Block("paragraph", line.text), "en")
    (datetime.datetime(2019, 3, 12, 0, 0), None)

    The links may be several, and the site's one-word name may close the line (misses50, holdout49's 中金在线:
    "<a>手机免费访问</a>　<a>外汇网</a>　2011年12月15日 23:51　外汇网", its mobile link, its name, the time, its name).

    >>> line = Block("paragraph", "手机免费访问 外汇网 2011年12月15日 23:51 外汇网", markup=[InlineMarkup(0, 6, "a"), InlineMarkup(7, 10, "a")])
    >>> _linked_label_stamp(line, "zh").day
    datetime.datetime(2011, 12, 15, 0, 0)

    With `named`, a one-word label names the link instead (misses52, holdout52's Вечерние новости, WordPress's category
    link and the post's time: "Категория: <a>Экономика</a> | 16 января 2012 15:59"); a longer text before the link is
    a sentence's. Asked after the other readers: a source's label and link are `addressed_stamp`'s labelled stamp
    ("Πηγή: <a>Express.gr</a> 08/12/11-15:10").

    >>> line = Block("paragraph", "Категория: Экономика | 16 января 2012 15:59", markup=[InlineMarkup(11, 20, "a")])
    >>> _linked_label_stamp(line, "ru", named=True).day, _linked_label_stamp(line, "en", named=True).day  # "en": its template's
    (datetime.datetime(2012, 1, 16, 0, 0), datetime.datetime(2012, 1, 16, 0, 0))
    >>> _linked_label_stamp(Block("paragraph", "Read it here: Экономика | 16 января 2012 15:59",
    ...     markup=[InlineMarkup(14, 23, "a")]), "ru", named=True)
    """
    link = min((m for m in block.markup if m.tag == "a"), key=lambda m: m.start, default=None)
    if (
        link is None
        or link.end >= len(block.text)
        or (bool(link.start) != named)
        or (named and not _LINK_LABEL.fullmatch(block.text[: link.start]))
    ):
        return None
    end = link.end  # misses50: the links opening the line, one after another ("<a>手机免费访问</a> <a>外汇网</a> …")
    for other in sorted((m for m in block.markup if m.tag == "a" and m.start >= end), key=lambda m: m.start):
        if block.text[end : other.start].strip() or other.end >= len(block.text):
            break
        end = other.end
    rest = block.text[end:]
    stamp = read_timestamp(rest, language=language) or script_stamp(rest, language)  # misses52: a page saying "en"
    if (
        stamp is None and (name := _CLOSING_NAME.search(rest)) is not None
    ):  # misses50: "… 23:51 外汇网", the site's name
        stamp = read_timestamp(rest[: name.start()], language=language)
    return None if stamp is None else Timestamp(labelled=False, updated=stamp.updated, day=stamp.day)


_LINK_LABEL = re.compile(r"[^\W\d_]{2,20}\s*[:：]\s*")  # one word and a colon naming a link ("Категория: ", misses52)
_CLOSING_NAME = re.compile(r"\s+[^\W\d_]{1,12}\s*$")  # a one-word name closing a line after its stamp (`_ADDRESSED`'s)


# holdout28: the site's web address opening a header line, the story's time after it and the site's name
# closing it ("http://www.rednet.cn 2012/1/17 17:23:10 红网", Rednet's line under its title, a text-size control
# after it: `chrome_lines.without_size_control`): the address and the name are the site's own furniture around
# the stamp. The name is one word without digits. misses32: so is a domain's name the line states as the
# story's source, the time after it ("Πηγή: Express.gr 08/12/11-15:10", holdout29's express.gr under its
# title, set as a table's cell; "Source: example.com 10:30"), read as a labelled stamp, wherever it stands.
_ADDRESSED = re.compile(
    rf"^\s*(?:(?:https?://|www\.)[\w.-]+|(?P<source>{SOURCE_LABEL.pattern.removeprefix('^')}\s*)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{{2,6}})/?"
    r"\s+(?P<stamp>\S.*?)(?:\s+[^\W\d_]{1,12})?\s*$",
    re.IGNORECASE,
)


def addressed_stamp(text: str, language: str) -> Timestamp | None:
    """The timestamp between a web address and a one-word name (see `_ADDRESSED`), read as an unlabelled
    stamp (so only above the story), or after a domain named as the source, read as a labelled one; a
    sentence after an address is no stamp (`read_timestamp`).

    >>> addressed_stamp("http://www.rednet.cn 2012/1/17 17:23:10 红网", "zh").day
    datetime.datetime(2012, 1, 17, 0, 0)
    >>> addressed_stamp("http://www.rednet.cn reported the crash on 2012/1/17.", "zh")
    >>> addressed_stamp("Πηγή: Express.gr 08/12/11-15:10", "el").labelled, addressed_stamp("Source: Reuters 10:30", "en")
    (True, None)
    """
    found = _ADDRESSED.match(text)
    stamp = read_timestamp(found["stamp"], language=language) if found else None
    labelled = found is not None and found["source"] is not None
    return None if stamp is None else Timestamp(labelled=labelled, updated=stamp.updated, day=stamp.day)


def stamped_day(stamps: dict[int, Timestamp]) -> dt.datetime | None:
    """The day of the first timestamp not labelled as an update: the page's publication day when
    nothing else states one."""
    return next((stamp.day for _, stamp in sorted(stamps.items()) if stamp.day and not stamp.updated), None)
