"""Plain-text articles in the seed layout (see DESIGN.md "Seed article format"), or just paragraphs.

The seed layout is what a news site's page looks like when copied as text: a `date … section`
line, the headline, the byline, a `18:59 UTC+8, 2020-11-28   0` timestamp (the trailing counter
is page furniture), a summary, photo credit + caption pairs, the body, and a
`Source: …   Editor: …` footer. A file that does not start that way still ingests: its
blank-line-separated paragraphs become "paragraph" blocks, except that wire copy's header is
recognised: a short first line followed by a blank line is the headline, and a "By …"
paragraph right after it the byline; a first paragraph that is itself a "By …" line is the byline
(no headline), and a first line that is a picture's labelled credit ("Photo: …") is no headline.
A "By …" paragraph is a byline only when it looks like one: one line, no sentence punctuation at
its end, people's names after "By" ("By Monday, officials had counted 40 dead." is a lead).
Text that sets one paragraph a line, no blank line between (a page copied as text, a word
processor's "save as text"), is read a paragraph a line; its first line may be the page's title
bar ("Headline - Site") and a line above the story its day ("Admin | August 29, 2024"); the
page's navigation between its headline and the story is not read (`_without_page_chrome`).
A line of only the newsroom's end mark ("###", "-30-", "ENDS": `END_MARK`) ends the story in
any layout; nothing after it is read. With no mark, a copied page's list of other posts after
the story is not read (`teasers_start`), nor its structured data (`metadata_start`) or its
footer (`footer_start`); a skip link ("Skip to main content") is no line of any paragraph.

Photo credits are recognised by shape, because the text has no markup: a short line (at most
five words) without sentence punctuation whose words are capitalised ("Ti Gong",
"Jiang Xiaowei / SHINE", "Photo by Dong Jun"), directly followed by a caption-like line. A
sentence-case subheading ("Flood prevention teams") is therefore a paragraph, while a Title Case
subheading followed by prose would be read as a credit: the layout cannot tell them apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from l10n.errors import IngestError
from l10n.ingest.byline import reduce_byline
from l10n.ingest.byline_shape import is_byline_paragraph
from l10n.ingest.chrome_lines import is_breadcrumb_text, is_contact_line, is_share_button, is_skip_link
from l10n.ingest.decode import normalise_newlines
from l10n.ingest.fields import (
    MAX_BYLINE_WORDS,
    is_credit_line,
    match_key,
    normalise_space,
    parse_byline,
    parse_date,
    parse_footer,
    parse_published,
    without_credit_label,
)
from l10n.ingest.inline import joins_at_break
from l10n.ingest.story_edges import is_reading_time
from l10n.model import Block, BlockRole, Document

MAX_CREDIT_WORDS = 5
MAX_HEADLINE_WORDS = 20  # wire headlines run to about 15 words; a longer first line is a lead
MIN_CAPTION_WORDS = 4
# hard-wrapped text breaks by 80 columns (RFC 3676 suggests 66 to 78); a longer line is a paragraph
HARD_WRAP_COLUMNS = 100
HEADER_SEARCH_LINES = 4  # the timestamp sits within the first few non-blank lines
SENTENCE_END = (".", "!", "?", ";", ":", ",", "…", '"', "”", "’", ")")
_CLAUSE_END = (".", ",", ";", ":")  # what a headline never ends with
_FOOTER_LABEL = re.compile(r"(?:source|editor):", re.IGNORECASE)  # what `parse_footer` needs
_DATE_LINE = re.compile(r"^date\s+(?P<date>\d{4}-\d{2}-\d{2})(?:\s+(?P<section>.*))?$", re.IGNORECASE)
_NAME_CONNECTORS = frozenset(
    "by of via and for from at de van von der den la le du da di del dos y & / | - – —".split()
)


class _Line(NamedTuple):  # a tuple: an article has dozens, made in a tight loop
    number: int  # 1-based line in the file
    text: str  # spaces normalised; "" for a blank line


@dataclass
class _Header:
    headline: _Line | None
    byline: _Line | None
    section: str
    published: dt.datetime | None
    has_timestamp: bool
    body: list[_Line]  # the non-blank lines after the header, timestamp line removed


def ingest_text(text: str, *, source_path: str = "<string>") -> Document:
    """Parse a plain-text article into a `Document` (blocks not yet segmented).

    >>> doc = ingest_text(" date 2020-11-28 News / Metro\\nHeadline here\\nYang Jian\\n"
    ...                   "18:59 UTC+8, 2020-11-28  0\\nThe summary.\\n\\nThe lead.\\n")
    >>> [(b.role, b.line) for b in doc.blocks]
    [('headline', 2), ('byline', 3), ('summary', 5), ('lead', 7)]
    >>> doc.author, doc.section, doc.published.isoformat()
    ('Yang Jian', 'News / Metro', '2020-11-28T18:59:00+08:00')
    """
    lines = [
        _Line(number, normalise_space(raw)) for number, raw in enumerate(normalise_newlines(text).split("\n"), start=1)
    ]
    end = story_end([line.text for line in lines])
    lines, after_copy = lines[:end], lines[end:]
    document = Document(blocks=[], source_path=source_path, source_format="txt")
    content = [line for line in lines if line.text and not _take_footer(line.text, document)]
    if not content:
        raise IngestError("article has no text", path=source_path, line=1)
    header = _read_header(content)
    if header is None:
        content = [line for line in content if not is_skip_link(line.text)]  # a line of its own, wherever it is
        if not content:
            raise IngestError("article has no text", path=source_path, line=1)
        end, stamped = metadata_start([line.text for line in content])
        content = content[:end]
        content = content[: teasers_start([line.text for line in content])]
        content = content[: tags_start([line.text for line in content])]
        each_line = _a_paragraph_a_line(lines, content)
        if each_line:
            content = content[: footer_start([line.text for line in content])]
            content = [line for line in content if not is_share_button(line.text)]
        document.blocks = _paragraph_blocks(lines, kept={line.number for line in content}, each_line=each_line)
        _wire_copy_header(document, lines, each_line=each_line)
        if document.blocks[0].role == "headline" and not document.author:
            _labelled_byline(document)
        document.published = document.published or story_top_day(document.blocks, _page_day) or stamped
        document.author = document.author or _author_field([line.text for line in after_copy])
        if each_line and document.blocks[0].role == "headline":
            _headline_run_over_lines(document)
            document.blocks = _without_page_chrome(document.blocks)
        if each_line:
            _deck_as_summary(document.blocks)
            document.blocks = joined_link_breaks(document.blocks)
    else:
        document.blocks = _seed_blocks(header, document)
    if not document.blocks:
        raise IngestError("article has no text besides its footer", path=source_path, line=1)
    document.blocks = join_closing_marks(document.blocks)
    return document


END_MARK = re.compile(r"#{3,}|#(?: #){2,}|[-–—] ?30 ?[-–—]|[-–—]?(?:ENDS|Ends|ends)[-–—]?")
"""A line of only this is the newsroom's end mark ("###", "# # #", "-30-", "- 30 -", "ENDS",
"-ends-"): it closes the copy, and what follows it (the press officer's contact, notes to
editors, a copied page's teasers and forms) is not for publication."""


def story_end(lines: list[str]) -> int:
    """The number of `lines` that are the story: those before the first line that is only an end
    mark (`END_MARK`, spaces around it aside) and has text above it; all of them when none is.

    >>> story_end(["The story.", "", "###", "Contact: Ann Lee, 305-555-0100"]), story_end(["### Heading", "Text."])
    (2, 2)
    """
    seen_text = False
    for index, line in enumerate(lines):
        if seen_text and is_end_mark(line):
            return index
        seen_text = seen_text or bool(line.strip())
    return len(lines)


def is_end_mark(line: str) -> bool:
    """Whether `line` is only the newsroom's end mark (`END_MARK`), spaces around it aside."""
    return END_MARK.fullmatch(line.strip()) is not None


def teasers_start(lines: list[str]) -> int:
    """The number of `lines` before a copied page's list of other posts after the story (a
    "Related Posts" or "Latest News" box: each post a title, a day alone on its line, a "Read More"):
    at least two days alone, a title line between each two, no sentence from the story's last one
    to the list's last day, and more of the page's sentences above the list than below it (a
    form's). The list starts a post's lines (from one day to the next) before its first day, or
    at the short label above ("Related Posts"), never before the story's last sentence. All of
    `lines` when there is no such list (blind3's tag-agency release has no end mark above its
    teasers).

    >>> teasers_start(["Headline", "The story's one paragraph, of a whole sentence's length.", "Related Posts",
    ...                "A post", "May 13, 2026", "Another post", "April 30, 2026", "Sign up here."])
    2
    >>> teasers_start(["The story's one paragraph, of a whole sentence's length.", "Hearings:", "May 13, 2026",
    ...                "April 30, 2026"])
    4
    >>> teasers_start(["Headline", "May 1, 2026", "The story's one paragraph, of a whole sentence's length.",
    ...                "The case was prosecuted by Deputy District Attorney Ann Lee", "Latest News",
    ...                "May 13, 2026", "A post", "April 30, 2026", "Another post"])
    4
    """
    from l10n.ingest.datelines import STORY_TOP_KEY

    top = _first_long(lines)
    if top is None:
        return len(lines)
    last_sentence = top
    days: list[int] = []
    for index in range(top + 1, len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        if _HAS_DIGIT.search(text) and typed_day(text) is not None:  # a day has a digit: most lines are not read
            if days and not any(match_key(line) for line in lines[days[-1] + 1 : index]):
                break  # two days with no post's title between them: the story's own list of days
            days.append(index)
        elif text.endswith(SENTENCE_END):
            if len(days) >= 2 and _posts_after_story(lines, top, last_sentence, days):
                break  # the list has ended (a form's sentences may follow)
            days = []  # days in or above the story (under its headline): the story goes on
            last_sentence = index
    if len(days) < 2 or not _posts_after_story(lines, top, last_sentence, days):
        return len(lines)
    if not lines[last_sentence].strip().endswith(SENTENCE_END):
        return len(lines)  # no sentence above the days: they are the page's header (blind6's advisory)
    # each post takes as many lines as from one day to the next; the box's label above the first
    # ("Related Posts") is short; a paragraph the story ends with, unpunctuated, is not
    start = max(days[0] - (days[1] - days[0]) + 1, last_sentence + 1)
    while start > last_sentence + 1 and len(match_key(lines[start - 1])) < STORY_TOP_KEY:
        start -= 1
    return start


# A machine's timestamp alone on a line: ISO 8601's date and time as a CMS writes its structured data
# ("2021-06-04 00:00:00", schema.org's datePublished), not a day a writer types.
_MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def metadata_start(lines: list[str]) -> tuple[int, dt.datetime | None]:
    """Where a copied page's structured data after the story starts, and the day it was published:
    a machine's timestamp alone on a line (`_MACHINE_STAMP`; schema.org's datePublished, then
    dateModified, after the picture's address, its size and the author) below a text of a
    sentence's length; the metadata starts after the last line above the stamp that ends as a
    sentence ends. `(len(lines), None)` when no such stamp is.

    >>> metadata_start(["Headline", "The story's one paragraph, of a whole sentence's length.", "[Share]",
    ...                 "https://example.org/a.jpg", "720", "Ann Lee", "2021-06-04 00:00:00", "Recent News"])
    (2, datetime.datetime(2021, 6, 4, 0, 0))
    """
    top = _first_long(lines)
    if top is None:
        return len(lines), None
    for index in range(top + 1, len(lines)):
        if _HAS_DIGIT.search(lines[index][:1]) and _MACHINE_STAMP.fullmatch(lines[index].strip()):
            end = index
            while end > top + 1 and not lines[end - 1].strip().endswith(SENTENCE_END):
                end -= 1
            return end, dt.datetime.fromisoformat(lines[index].strip()[:10])
    return len(lines), None


MIN_FOOTER_LINES = 5  # a footer's links, its language menu: a story's sign-off ("Contact: …", a phone) is fewer
MAX_COPYRIGHT_WORDS = 15
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright\b)", re.IGNORECASE)


def footer_start(lines: list[str]) -> int:
    """The number of `lines` before a copied page's footer: after the last line of a sentence's
    length (`datelines.STORY_TOP_KEY`), at least `MIN_FOOTER_LINES` lines, each a few words (at
    most `MAX_NAV_WORDS`: links, a language menu, "Privacy Policy"), a day alone, or the site's
    copyright line ("© 2025 …"), which one of them is: a footer's mark (a media advisory's last
    lines, "WHO:" / "Ann Lee, State Attorney" / "WHEN:", are short too). All of `lines` when
    the text ends otherwise.

    >>> footer_start(["Headline", "The story's one paragraph, of a whole sentence's length.", "May 1, 2026",
    ...               "Links:", "Privacy Policy", "Site Map", "English", "Español", "© 2026 The Office."])
    2
    >>> footer_start(["The story's one paragraph, of a whole sentence's length.", "WHO:", "Ann Lee", "WHAT:",
    ...               "Press Conference", "WHEN:", "May 1, 2026"])
    7
    """
    from l10n.ingest.datelines import STORY_TOP_KEY

    end = len(lines)
    while end > 0 and (
        len(lines[end - 1].split()) <= MAX_NAV_WORDS
        or _is_day_alone(lines[end - 1])
        or (_COPYRIGHT.match(lines[end - 1]) and len(lines[end - 1].split()) <= MAX_COPYRIGHT_WORDS)
    ):
        end -= 1
    if end == 0 or len(lines) - end < MIN_FOOTER_LINES or len(match_key(lines[end - 1])) < STORY_TOP_KEY:
        return len(lines)
    return end if any(_COPYRIGHT.match(line) for line in lines[end:]) else len(lines)


# A post's tag list after the story: "Tagged with:" (the tags a line each below), "Tags: GIT, fentanyl"
_TAGS_LABEL = re.compile(r"(?:tagged with|tags|filed under)\s*:.*", re.IGNORECASE)
MAX_TAGS_CHARACTERS = 200


def tags_start(lines: list[str]) -> int:
    """The number of `lines` before a copied page's tag list ("Tagged with:", "Tags: …", "Filed
    under: …", short) after a line of a sentence's length: the post's fields, not the story, and
    the page's lists follow it. All of `lines` when there is none.

    >>> tags_start(["Headline", "The story's one paragraph, of a whole sentence's length.", "Tagged with:",
    ...             "training", "Share", "Latest Posts"])
    2
    >>> tags_start(["Tags: a headline's first words", "The story's one paragraph, of a whole sentence's length."])
    2
    """
    top = _first_long(lines)
    if top is None:
        return len(lines)
    for index in range(top + 1, len(lines)):
        line = lines[index].strip()
        if line[:1] in "TtFf" and len(line) <= MAX_TAGS_CHARACTERS and _TAGS_LABEL.fullmatch(line):
            return index
    return len(lines)


def _posts_after_story(lines: list[str], top: int, last_sentence: int, days: list[int]) -> bool:
    """The story is above the list of posts: more of the page's sentences are (from its top to
    `last_sentence`) than after the list's last day (a form's, a footer's)."""
    above = sum(len(match_key(line)) for line in lines[top : last_sentence + 1])
    below = sum(len(match_key(line)) for line in lines[days[-1] + 1 :] if line.strip().endswith(SENTENCE_END))
    return above > below


MAX_NAV_WORDS = 6  # a menu item, a button, a breadcrumb: "Click Here to Access PDF Version"
_HAS_DIGIT = re.compile(r"\d")


def _without_page_chrome(blocks: list[Block]) -> list[Block]:
    """A copied page's lines between its headline and the story (blind3: "News", "Press Release",
    "Admin | August 29, 2024", "Click Here to Access PDF Version", "for immediate release") are
    the page's, not the story's: each short line (at most `MAX_NAV_WORDS` words) with no sentence
    punctuation, comma or digit, and the line the day was read from (`_page_day`, read before).
    The line right above the story's first text of a sentence's length stays whatever it is: the
    dateline's place ("Miami, Florida"), or a deck. So do the lines right above a first text that
    starts in lower case ("San Diego County District Attorney" / "Summer Stephan" / "announced
    today …"), or whose line above ends with a word no sentence ends with ("… announced today that" /
    "One Safe Place: The North County Family Justice Center"; `_RUNS_ON`): a sentence the page broke at its links, back
    to a line with no letter ("/"), joined into the one paragraph a reader reads.
    A line with no letter, a contact box's line ("Cell: 714-323-4486", "Case # 11NF0045";
    `chrome_lines.is_contact_line`) or a release's label alone ("MEDIA ADVISORY"; `is_release_label`)
    right above the story is neither a place nor a deck: it goes. So
    does a day alone said again (a release line's "March 8, 2013" under the one read), and a
    menu's entry with a number between two lines of navigation."""
    start = 1 + (len(blocks) > 1 and blocks[1].role == "byline")
    top = _story_top(blocks, start)
    if top is None:
        return blocks
    end = top - 1
    # the story's first text goes on a line above it (a link's text in the middle of its sentence)
    broken = blocks[top].role != "summary" and (
        blocks[top].text[:1].islower()
        or (end >= start and blocks[end].role == "paragraph" and _ends_mid_sentence(blocks[end].text))
    )
    if blocks[top].role == "summary":  # the deck, said (`_headline_run_over_lines`): above it is no place
        end = top
    elif broken:
        while end > start and any(character.isalpha() for character in blocks[end - 1].text):
            end -= 1
    elif end >= start and (
        not any(character.isalpha() for character in blocks[end].text)
        or is_contact_line(blocks[end].text)
        or is_release_label(blocks[end].text)
    ):
        end += 1  # no place and no deck
    day_line = next(
        (
            index
            for index in range(start, end)
            if _HAS_DIGIT.search(blocks[index].text) and _page_day(blocks[index].text) is not None
        ),
        None,
    )
    chrome = {
        index
        for index in range(start, end)
        if blocks[index].role == "paragraph"
        and (index == day_line or _is_nav_line(blocks[index].text) or _is_day_alone(blocks[index].text))
    }
    chrome |= {  # a menu's item with a number ("2026 World Cup Crime Reporting") between two of its items
        index
        for index in range(start + 1, end - 1)
        if index - 1 in chrome and index + 1 in chrome and index not in chrome and _is_menu_item(blocks[index].text)
    }
    if broken and end < top and all(block.role == "paragraph" for block in blocks[end:top]):
        joined = Block(
            role="paragraph", text=" ".join(block.text for block in blocks[end : top + 1]), line=blocks[end].line
        )
        blocks = [*blocks[:end], joined, *blocks[top + 1 :]]
    return [block for index, block in enumerate(blocks) if index not in chrome]


def _headline_run_over_lines(document: Document) -> None:
    """A title bar that runs the headline and its deck together ("Hundreds of … Streets as a Result
    of … Task Force Ten Attempted Murder Suspects, … Arrests …"), said again above the story
    broken over lines ("Hundreds of … Streets" / "as a Result of … Task Force" / "Ten Attempted
    Murder Suspects, …" / "federally deputizes …"): when it is longer than a headline is
    (`MAX_HEADLINE_WORDS`), the lines up to the first that starts a new phrase in a capital are the
    headline, the rest its deck (the summary); lines that say it with no such break go, a repeat
    of it. A headline of a headline's length is left as it is."""
    from l10n.ingest.datelines import STORY_TOP_KEY

    if (
        len(document.headline.split(maxsplit=MAX_HEADLINE_WORDS)) <= MAX_HEADLINE_WORDS
    ):  # a headline alone (its lines may be in title case)
        return
    blocks = document.blocks
    key = match_key(document.headline)
    top = 0  # the story's first sentence (the headline's lines are of a sentence's length too), found once
    for first in range(1, len(blocks)):
        said = match_key(blocks[first].text)
        if len(said) >= STORY_TOP_KEY and _ends_paragraph(blocks[first].text):
            return
        if not said or said == key or not key.startswith(said):
            continue
        top = top or next(
            (
                index
                for index in range(first + 1, len(blocks))
                if len(match_key(blocks[index].text)) >= STORY_TOP_KEY and _ends_paragraph(blocks[index].text)
            ),
            len(blocks),
        )
        last = first
        while said != key and last + 1 < top and key.startswith(said + match_key(blocks[last + 1].text)):
            last += 1
            said += match_key(blocks[last].text)
        if said != key or any(block.role != "paragraph" for block in blocks[first : last + 1]):
            continue
        lines = blocks[first : last + 1]
        split = next((index for index in range(1, len(lines)) if lines[index].text[:1].isupper()), len(lines))
        if split == len(lines):
            del blocks[first : last + 1]
            return
        blocks[0].text = document.headline = " ".join(block.text for block in lines[:split])
        blocks[first : last + 1] = [
            Block("summary", " ".join(block.text for block in lines[split:]), line=lines[split].line)
        ]
        return


def _is_menu_item(text: str) -> bool:
    """A few words, each capitalised or a number, no sentence punctuation: a menu's entry."""
    words = text.split()
    return (
        len(words) <= MAX_NAV_WORDS
        and not text.endswith(SENTENCE_END)
        and all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_CONNECTORS for word in words)
    )


def _is_day_alone(text: str) -> bool:
    """A line that is only a day ("March 8, 2013"; `typed_day`)."""
    return _HAS_DIGIT.search(text) is not None and len(text) <= MAX_DAY_CHARACTERS and typed_day(text) is not None


MAX_DAY_CHARACTERS = 40


def _story_top(blocks: list[Block], start: int) -> int | None:
    """The index of the first of `blocks` from `start` on of a sentence's length: the story's first
    text, or a heading said long; None if none is."""
    return _first_long([block.text for block in blocks], start)


def _first_long(texts: list[str], start: int = 0) -> int | None:
    """The index of the first of `texts` from `start` on of a sentence's length
    (`datelines.STORY_TOP_KEY`); None if none is."""
    from l10n.ingest.datelines import STORY_TOP_KEY

    return next((index for index in range(start, len(texts)) if len(match_key(texts[index])) >= STORY_TOP_KEY), None)


def _is_nav_line(text: str) -> bool:
    """A line a reader sees as the page's navigation: a few words, no sentence punctuation, no
    comma, no digit (a place with its day, a case number, a time are not); or a line with no
    letter ("1", "/": a menu's numbers and separators copied one a line), a reading-time note
    ("9 min read") or a breadcrumb trail ("You are here: Home / News"), digits and colon or not."""
    if (
        len(text.split(maxsplit=MAX_NAV_WORDS)) <= MAX_NAV_WORDS
        and not text.endswith(SENTENCE_END)
        and "," not in text
        and not _HAS_DIGIT.search(text)
    ):
        return True
    return (
        not any(character.isalpha() for character in text)
        or is_reading_time(text)
        or is_breadcrumb_text(text)
        or is_contact_line(text)
    )


_PARAGRAPH_END = (".", "!", "?", "…", ":")
_CLOSERS = "\"'”’»)]"
_OPENERS = ("“", "‘", "«", "(", "[")
_OPENING_MARKS = "".join(_OPENERS) + " "
_CONTINUATION_START = tuple(",;:.!?)]”")
# English words a sentence does not end with: a line ending so runs on into the next (its link)
_RUNS_ON = frozenset(
    "a an the of in on at to for from by with and or but as into onto about under over via than that "
    "its their our his her your my this these those".split()
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
# a dateline's place in capitals and its dash alone on a line ("SANTA ANA, Calif. –", "RIVERSIDE --")
_PLACE_DASH = re.compile(r"[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,\s+[A-Z][A-Za-z.]{1,15})?\s*(?:--|[-–—])")
# … and opening a paragraph ("LOS ANGELES — A man …", "TARZANA, Calif. – A 44-year-old …")
_PLACE_DATELINE = re.compile(_PLACE_DASH.pattern + r"(?:\s|$)")
MAX_DECK_WORDS = 40
_WEB_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
# a dateline's place alone on a line, a town and its state or country ("Miami, Florida"): the
# dateline, kept a block of its own, though the first paragraph goes on with a comma under it
_PLACE_LINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?,?")


def _ends_paragraph(text: str) -> bool:
    """`text` ends as a paragraph does: a full stop, "!", "?", "…" or a colon, closing quotes or
    brackets after it aside, or a stray opening quote ("… after us. “"); "(BPPD)" and "titled, “"
    do not."""
    if text.endswith(_PARAGRAPH_END):
        return True
    return text.rstrip(_CLOSERS).rstrip(_OPENING_MARKS).rstrip(_CLOSERS).endswith(_PARAGRAPH_END)


def _runs_on(line: str, after: str) -> bool:
    """Whether the copied page's line `line` and the next, `after`, are one sentence it broke at a
    link (the link's text a line of its own): `line` does not end as a paragraph, and `after`
    goes on in lower case or with a comma or closing mark (", which is observed …", "app stores
    under …", "."); or `line` ends with a word a sentence never ends with ("In honor of", "in the")
    and `after`, the link's text, does not end the paragraph either; or `line` ends with an opening
    quote or is a dateline's place and dash alone ("SANTA ANA, Calif. –"); or `line` is a short
    piece in lower case with no digit ("published" / "2" / "nd" / "District Court …": a
    superscript's pieces). A dateline's place alone ("Miami, Florida", `_PLACE_LINE`) runs on
    into nothing: it stays the dateline; and nothing runs on into a line that opens with one
    ("HARBOUR CITY – Two men …"): it starts the story."""
    if (
        _ends_paragraph(line)
        or ("," in line and _PLACE_LINE.fullmatch(line))
        or (after[:1].isupper() and _PLACE_DATELINE.match(after))
    ):
        return False
    if after[:1].islower() or after.startswith(_CONTINUATION_START):
        return True
    if line.endswith(_OPENERS) or _PLACE_DASH.fullmatch(line):
        return True
    if _ends_mid_sentence(line) and not _ends_paragraph(after):
        return True
    return (
        line[:1].islower() and len(line.split(maxsplit=MAX_NAV_WORDS)) <= MAX_NAV_WORDS and not _HAS_DIGIT.search(line)
    )


def _ends_mid_sentence(line: str) -> bool:
    """`line` stops on a word no sentence ends with ("In honor of", "… announced today that";
    `_RUNS_ON`), with no end mark: the rest of its sentence is on the next line."""
    return not _ends_paragraph(line) and line.rsplit(None, 1)[-1].lower() in _RUNS_ON


def _glued(line: str, after: str) -> str:
    """`line` and `after` as one text: no space before a comma or closing mark, after an opening
    quote, between a number and its ordinal's suffix ("2" / "nd"), or between a capital alone and
    the rest of its word in lower case ("the DA’s C" / "onsumer Protection Unit": the link's text
    starts inside the word); a space otherwise."""
    last = line.rsplit(None, 1)[-1]
    glue = (
        after.startswith(_CONTINUATION_START)
        or line.endswith(_OPENERS)
        or (line[-1:].isdigit() and _ORDINAL_SUFFIX.match(after) is not None)
        or (len(last) == 1 and last.isupper() and last not in "AI" and after[:1].islower())
    )
    return line + after if glue else f"{line} {after}"


def _link_text_under(above: Block, block: Block, below: Block) -> bool:
    """`block`, the first line of a run, is a link's text the sentence in `above` goes on into:
    a few words (at most `MAX_NAV_WORDS`: "Department of Agriculture/Weights and Measures",
    "305-547-0535") under a paragraph line that does not end as one ("The San Diego County", "…,
    you may call"; not a web address alone, a link of its own), the sentence going on under it in lower case or after a comma ("is the agency
    …"; not a label's colon: "WHAT" / ":" under a list of names is no sentence)."""
    return (
        above.role == "paragraph"
        and (below.text[:1].islower() or below.text.startswith(","))
        and _WEB_ADDRESS.fullmatch(above.text) is None
        and len(block.text.split(maxsplit=MAX_NAV_WORDS)) <= MAX_NAV_WORDS
        and not _ends_paragraph(above.text)
        and _PLACE_LINE.fullmatch(above.text) is None
    )


def joined_link_breaks(blocks: list[Block]) -> list[Block]:
    """A copied page's paragraphs that it broke into lines at their links joined, each into the one
    paragraph a reader reads ("In honor of" / "Asian American, …, and Pacific Islander (AANHPI)
    Heritage Month" / ", which is observed …"): each run of paragraph lines of which each runs on
    into the next (`_runs_on`) and whose last line ends as a paragraph (`_ends_paragraph`).
    A run that ends otherwise is left as it is: a list of names a line, one broken mid-word at a
    link ("Mandy Gonzale" / "z DOB 4/27/1986"), is no sentence.

    >>> [b.text for b in joined_link_breaks([Block("paragraph", t) for t in (
    ...     "It is ready in the", "Apple", "and", "Android", "app stores.", "Mandy Gonzale", "z DOB 4/27/1986")])]
    ['It is ready in the Apple and Android app stores.', 'Mandy Gonzale', 'z DOB 4/27/1986']
    """
    runs_on = [
        blocks[index].role == blocks[index + 1].role == "paragraph"
        and _runs_on(blocks[index].text, blocks[index + 1].text)
        for index in range(len(blocks) - 1)
    ]
    for index in range(len(runs_on) - 1, 0, -1):  # back from each run's first line while it is a link's text
        if runs_on[index] and not runs_on[index - 1] and _link_text_under(*blocks[index - 1 : index + 2]):
            runs_on[index - 1] = True
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        end = index
        while end < len(runs_on) and runs_on[end]:
            end += 1
        if end > index and _ends_paragraph(blocks[end].text):
            text = blocks[index].text
            for block in blocks[index + 1 : end + 1]:
                text = _glued(text, block.text)
            joined.append(Block(role="paragraph", text=text, line=blocks[index].line))
            index = end + 1
            continue
        joined.append(blocks[index])
        index += 1
    return joined


def _deck_as_summary(blocks: list[Block]) -> None:
    """A release's deck, the line of a sentence's length under its headline with no full stop
    ("Michael Gledhill faces 26 years to life in prison if convicted as charged", "*Defendant was
    linked to the crime through DNA …"), right above the paragraph that opens with the dateline's
    place in capitals and its dash ("TARZANA, Calif. – A 44-year-old man …"), is the story's
    summary, not its first paragraph; so is one over the place and dash alone on a line."""
    from l10n.ingest.datelines import STORY_TOP_KEY

    if not blocks or blocks[0].role != "headline":
        return
    start = 1 + (len(blocks) > 1 and blocks[1].role == "byline")
    top = _story_top(blocks, start)
    if top is None or top + 1 >= len(blocks):
        return
    deck, lead = blocks[top], blocks[top + 1]
    if (
        deck.role == "paragraph"
        and not deck.text[:1].islower()
        and not _ends_paragraph(deck.text)
        and len(deck.text.split(maxsplit=MAX_DECK_WORDS)) <= MAX_DECK_WORDS
        and _PLACE_DATELINE.match(lead.text)
        and (len(match_key(lead.text)) >= STORY_TOP_KEY or _PLACE_DASH.fullmatch(lead.text))
    ):
        deck.role = "summary"


CLOSING_MARKS_ONLY = re.compile(r"(?=.*[\"'”’»›)\]])[\"'”’»›)\].,;:!?…\s]+")
"""Text of nothing but closing quotes or brackets (and the punctuation after them, as in `".`):
the end of what came before it."""
_RUNNING_TEXT: frozenset[BlockRole] = frozenset({"summary", "lead", "paragraph", "quote"})


def join_closing_marks(blocks: list[Block]) -> list[Block]:
    """`blocks` with each paragraph of only closing marks appended to the running-text block
    before it: a quotation whose closing `"` ended up on its own line is one quotation, so no
    edition shows a lone quote and the translator sees the quotation whole (nothing dropped).

    >>> [b.text for b in join_closing_marks([Block("paragraph", "He said: “It ends."), Block("paragraph", "”")])]
    ['He said: “It ends.”']
    """
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and block.role == "paragraph"
            and previous.role in _RUNNING_TEXT
            and previous.figure is None
            and previous.cell is None
            and CLOSING_MARKS_ONLY.fullmatch(block.text)
        ):
            previous.text += block.text.strip()
            continue
        joined.append(block)
    return joined


def _take_footer(text: str, document: Document) -> bool:
    if ":" not in text or not _FOOTER_LABEL.search(text):  # every footer has one: skip the other lines
        return False
    footer = parse_footer(text)
    if footer is None:
        return False
    document.source = footer.source or document.source
    document.editor = footer.editor or document.editor
    return True


def _read_header(content: list[_Line]) -> _Header | None:
    """The seed header (date line and/or timestamp near the top), or None for an unknown layout."""
    date_match = _DATE_LINE.match(content[0].text)
    first = 1 if date_match else 0
    timestamp_index = next(
        (
            index
            for index in range(first, min(first + HEADER_SEARCH_LINES, len(content)))
            if parse_published(content[index].text) is not None
        ),
        None,
    )
    if date_match is None and timestamp_index is None:
        return None
    published = parse_published(content[timestamp_index].text) if timestamp_index is not None else None
    if published is None and date_match:
        day = parse_date(date_match["date"])
        published = dt.datetime.combine(day, dt.time()) if day else None
    before_timestamp = content[first:timestamp_index] if timestamp_index is not None else content[first : first + 2]
    headline = before_timestamp[0] if before_timestamp else None
    byline = None
    if len(before_timestamp) >= 2 and _is_byline(before_timestamp[1].text):
        byline = before_timestamp[1]
    used = first + (headline is not None) + (byline is not None)
    body = [line for index, line in enumerate(content) if index >= used and index != timestamp_index]
    return _Header(
        headline=headline,
        byline=byline,
        section=(date_match["section"] or "") if date_match else "",
        published=published,
        has_timestamp=timestamp_index is not None,
        body=body,
    )


def _seed_blocks(header: _Header, document: Document) -> list[Block]:
    blocks: list[Block] = []
    if header.headline:
        document.headline = header.headline.text
        blocks.append(Block(role="headline", text=header.headline.text, line=header.headline.number))
    if header.byline:
        document.author = parse_byline(header.byline.text) or header.byline.text
        blocks.append(Block(role="byline", text=header.byline.text, line=header.byline.number))
    document.section = header.section
    document.published = header.published
    prose_roles: list[BlockRole] = ["summary", "lead"] if header.has_timestamp else ["lead"]
    body = header.body
    figure = 0
    index = 0
    while index < len(body):
        line = body[index]
        following = body[index + 1] if index + 1 < len(body) else None
        if following is not None and _is_credit(line.text) and _is_caption(following.text):
            figure += 1
            credit = without_credit_label(line.text)  # "Photo by Dong Jun": the edition prints its own label
            blocks.append(Block(role="credit", text=credit, line=line.number, figure=figure))
            blocks.append(Block(role="caption", text=following.text, line=following.number, figure=figure))
            index += 2
            continue
        role = prose_roles.pop(0) if prose_roles else "paragraph"
        blocks.append(Block(role=role, text=line.text, line=line.number))
        index += 1
    return blocks


def typed_day(text: str, language: str = "") -> dt.datetime | None:
    """The day `text` is, as a writer types it on a line of its own ("July 28, 2014",
    "Published: 3 May 2024"; `datelines.read_timestamp`), None for another line or a day
    labelled as an update."""
    from l10n.ingest.datelines import read_timestamp

    stamp = read_timestamp(text, language=language)
    return stamp.day if stamp is not None and not stamp.updated else None


def story_top_day(blocks: list[Block], day_of: Callable[[str], dt.datetime | None]) -> dt.datetime | None:
    """The first day `day_of` reads in a paragraph or heading above the story: before the first
    text of a sentence's length (`datelines.STORY_TOP_KEY`) that is not the headline, the
    byline or alt text (which it may open). A Word file and a text file state their day this
    way, the writer typing it."""
    from l10n.ingest.datelines import STORY_TOP_KEY

    for block in blocks:
        if block.role in ("paragraph", "heading") and block.cell is None:
            day = day_of(block.text)
            if day is not None:
                return day
        if block.role not in ("headline", "byline", "alt") and len(match_key(block.text)) >= STORY_TOP_KEY:
            return None
    return None


def _page_day(text: str) -> dt.datetime | None:
    """The day of a line a copied page keeps over its story: a day alone, or a day with a name or
    a place set off by a bar, a dash or brackets ("Admin | August 29, 2024", a CMS's author and
    date; "Miami – April 24, 2026"): each other part at most `MAX_DAY_PART_WORDS` words."""
    parts = [part for part in _DAY_LINE_PARTS.split(text) if part.strip()]
    read = [(part, typed_day(part)) for part in parts]  # each part read once
    days = [day for _, day in read if day is not None]
    rest = [part for part, day in read if day is None]
    return (
        days[0]
        if len(days) == 1 and all(len(part.split(maxsplit=MAX_DAY_PART_WORDS)) <= MAX_DAY_PART_WORDS for part in rest)
        else None
    )


_DAY_LINE_PARTS = re.compile(r"\s+[|–—]\s+|[()]")
MAX_DAY_PART_WORDS = 3


def _page_title_headline(document: Document) -> bool:
    """A copied page's first line is its title bar, "Headline - Site name": when a line above the
    story (`_story_top`; the page's navigation may come first) says a part of it again, or parts
    of it in a row ("MEDIA ADVISORY - Case Update - Site" under "MEDIA ADVISORY – Case Update"),
    that line is the page's heading and the headline, said once (`page_titles.title_parts`;
    realfiles32's blind3 releases, "… - Office of Miami-Dade State Attorney …")."""
    from l10n.ingest.page_titles import title_parts

    blocks = document.blocks
    parts = [match_key(part) for part in title_parts(blocks[0].text)] if blocks else []
    if len(parts) < 2:
        return False
    said = {  # not the whole title bar: a line saying it all, site and all, is no heading
        "".join(parts[first:end])
        for first in range(len(parts))
        for end in range(first + 1, len(parts) + 1)
        if end - first < len(parts)
    }
    said.discard("")
    top = _story_top(blocks, 1)
    masthead = match_key("".join(parts[-1:]))
    found: tuple[Block, str, dt.datetime | None] | None = None
    for block in blocks[1 : len(blocks) if top is None else top + 1]:  # any lines of chrome above it
        text, day = _day_headed(block.text)
        if match_key(text) not in said:
            continue
        found = found or (block, text, day)
        if match_key(text) != masthead:  # the site's name alone is its masthead: a heading that says more wins
            found = (block, text, day)
            break
    if found is None:
        return False
    block, text, day = found
    blocks[0].role, blocks[0].text = "headline", text
    document.headline = text
    document.published = day
    blocks.remove(block)
    _drop_headline_repeat(document)
    return True


_DAY_HEADED = re.compile(r"(?P<day>[^:]{6,30}?):\s+(?P<rest>\S.*)")


def _day_headed(text: str) -> tuple[str, dt.datetime | None]:
    """A heading "<day>: <headline>" ("June 5, 2026: Man Charged …", as a news-release list sets
    each title) taken apart, the headline and its day; `text` and None for another line."""
    found = _DAY_HEADED.fullmatch(text) if _HAS_DIGIT.search(text[:30]) else None
    day = typed_day(found["day"]) if found and _HAS_DIGIT.search(found["day"]) else None
    return (found["rest"], day) if found and day is not None else (text, None)


def _drop_headline_repeat(document: Document) -> None:
    """A press release prints its headline again under its release line ("for immediate
    release", then the headline without the page's "MEDIA ADVISORY:" label): each line above the
    story that says the headline, or the headline after such a label, again is no paragraph of it
    (blind3: the story's first text was the headline said twice)."""
    from l10n.ingest.datelines import STORY_TOP_KEY

    said = {match_key(document.headline), match_key(_RELEASE_LABEL.sub("", document.headline))}
    top = next(
        (
            index
            for index, block in enumerate(document.blocks[1:], start=1)
            if match_key(block.text) not in said and len(match_key(block.text)) >= STORY_TOP_KEY
        ),
        len(document.blocks),
    )
    document.blocks = [
        block
        for index, block in enumerate(document.blocks)
        if index == 0 or index >= top or match_key(block.text) not in said
    ]


# in any case ("for immediate release" as a page's CSS sets it in small capitals), any trailing marks
_RELEASE_LABEL_ALONE = re.compile(
    r"(?:for\s+immediate\s+release|(?:media|press|news)\s+(?:advisory|release)|media\s+alert|press\s+statement)\W*",
    re.I,
)


def is_release_label(text: str) -> bool:
    """A line that is only the kind of release the page is ("MEDIA ADVISORY", "Press Release:"): the
    page's label, not a deck or a place.

    >>> is_release_label("MEDIA ADVISORY"), is_release_label("For Immediate Release:"), is_release_label("News")
    (True, True, False)
    """
    return bool(_RELEASE_LABEL_ALONE.fullmatch(text.strip()))


# A press release's label before its headline: "FOR IMMEDIATE RELEASE:", "MEDIA ADVISORY:",
# "PRESS RELEASE:" — words in capitals and a colon
_RELEASE_LABEL = re.compile(r"^(?:[A-Z]{2,}\s+){0,3}[A-Z]{2,}:\s+")


def _wire_copy_header(document: Document, lines: list[_Line], *, each_line: bool = False) -> None:
    """Wire copy's header: a short first line standing alone (a blank line after it, or every
    line a paragraph: `_a_paragraph_a_line`) is the headline, and a "By …" paragraph right after
    it the byline (reduced to names)."""
    blocks = document.blocks
    if len(blocks) < 2:
        return
    if each_line and _page_title_headline(document):
        return
    first = blocks[0]
    words = first.text.split()
    alone = each_line or _alone(first, lines)
    if alone and _take_byline(document, first):  # a story that starts with its byline has no headline here
        return
    if not alone or len(words) > MAX_HEADLINE_WORDS or first.text.endswith(_CLAUSE_END):
        return
    if is_credit_line(first.text):  # "Photo: …", what a copied page keeps of its lead picture
        return
    first.role = "headline"
    document.headline = first.text
    if len(blocks) > 2 and (each_line or _alone(blocks[1], lines)):
        _take_byline(document, blocks[1])


MAX_LABELLED_NAME_WORDS = 4  # "Lei Lani Fera", "Ann van der Berg"
MAX_LABEL_WORDS = 3  # "Author", "By", "Written by"


def _labelled_byline(document: Document) -> None:
    """A byline's label on a line of its own ("Author", "By") under the headline and a person's
    name on the next line ("Lei Lani Fera": a page's header copied a field a line): the name is
    the byline and the label goes (`byline_lines.is_label_only`, `byline.looks_like_name`). Only
    above the story's first text of a sentence's length."""
    from l10n.ingest.byline import looks_like_name
    from l10n.ingest.byline_lines import is_label_only

    blocks = document.blocks
    top = _story_top(blocks, 1)
    for index in range(1, (len(blocks) if top is None else top) - 1):
        label, name = blocks[index], blocks[index + 1]
        words = name.text.split()
        if (
            1 < len(words) <= MAX_LABELLED_NAME_WORDS
            and len(label.text.split(maxsplit=MAX_LABEL_WORDS)) <= MAX_LABEL_WORDS
            and is_label_only(label.text)
            and not _HAS_DIGIT.search(name.text)
            and not name.text.endswith(SENTENCE_END)
            and looks_like_name(name.text)
        ):
            name.role = "byline"
            document.author = name.text
            del blocks[index]
            return


# The page's author field after the copy's end mark ("Author: Amy McKenzie", then "Categories:", "Tags:")
_AUTHOR_FIELD = re.compile(r"(?:author|written by)\s*:\s*(\S.*)", re.IGNORECASE)
MAX_FIELD_LINES = 12  # the fields sit right under the end mark ("Documents to download", a link, the author)


def _author_field(lines: list[str]) -> str:
    """The writer a copied page's fields name after the end mark ("Author: Amy McKenzie"), in the
    first `MAX_FIELD_LINES` lines: what follows the mark is not printed, but the post's author
    field is the byline a page that states none above the story has; "" when none is.

    >>> _author_field(["# # #", "Documents to download", "Author: Amy McKenzie", "Categories: News Release"])
    'Amy McKenzie'
    >>> _author_field(["###", "Author: the Office of the District Attorney, County of Riverside"])
    ''
    """
    from l10n.ingest.byline import looks_like_name

    for line in lines[:MAX_FIELD_LINES]:
        field = _AUTHOR_FIELD.fullmatch(line.strip())
        if field is None:
            continue
        name = field.group(1).strip()
        if (
            1 < len(name.split(maxsplit=MAX_LABELLED_NAME_WORDS)) <= MAX_LABELLED_NAME_WORDS
            and not _HAS_DIGIT.search(name)
            and looks_like_name(name)
        ):
            return name
        return ""
    return ""


def _alone(block: Block, lines: list[_Line]) -> bool:
    """`block` is one line: a blank line (or the end) follows it."""
    return block.line >= len(lines) or not lines[block.line].text  # `lines` is 0-based: the next line


def _take_byline(document: Document, block: Block) -> bool:
    """Make `block` the byline (reduced to its names) if it is a "By …" line naming people
    (`byline_shape.is_byline_paragraph`), so a lead such as "By Monday, officials had counted 40
    dead." stays the story's first sentence."""
    text = block.text
    if not is_byline_paragraph(text):
        return False
    names = reduce_byline(text).names
    block.role = "byline"
    block.text = ", ".join(names)
    document.author = block.text
    return True


def _a_paragraph_a_line(lines: list[_Line], content: list[_Line]) -> bool:
    """Whether the text sets each paragraph on a line of its own, with no blank line between
    them: what a word processor's "save as text" and a page copied as text write (realfiles32's
    blind3 press releases, one block of the page a line). Hard-wrapped text breaks its lines
    before `HARD_WRAP_COLUMNS` and parts its paragraphs with blank lines; text with no blank
    line between its first and last line and a line longer than a wrap is one paragraph a line.
    Each such line was a whole paragraph of one run before: the story read as one unit."""
    if len(content) < 2 or max(len(line.text) for line in content) <= HARD_WRAP_COLUMNS:
        return False
    first, last = content[0].number, content[-1].number
    return all(line.text for line in lines[first - 1 : last])


def _paragraph_blocks(lines: list[_Line], *, kept: set[int], each_line: bool = False) -> list[Block]:
    """Unknown layout: each run of non-blank lines is one paragraph (hard wraps are joined), or
    with `each_line` each line is one.

    Only lines numbered in `kept` count as text; the others (blank, footer) end a run.
    """
    blocks: list[Block] = []
    run: list[_Line] = []
    for line in [*lines, _Line(0, "")]:
        if line.number in kept and each_line:
            blocks.append(Block(role="paragraph", text=line.text, line=line.number))
        elif line.number in kept:
            run.append(line)
        elif run:
            blocks.append(Block(role="paragraph", text=_joined_lines([part.text for part in run]), line=run[0].number))
            run = []
    return blocks


def _joined_lines(texts: list[str]) -> str:
    """A hard-wrapped paragraph's lines (each trimmed: a line's U+3000 indent is layout) as one text: a space
    between two lines, none between Chinese or Japanese characters (`inline.joins_at_break`, as an HTML page's
    line break: "恢复，" + "进出港" is "恢复，进出港"; leftovers49, the text reader had joined them with a space).

    >>> _joined_lines(["The harbour", "reopened."]), _joined_lines(["港口航运业务逐步恢复，", "进出港船舶数量明显增加。"])
    ('The harbour reopened.', '港口航运业务逐步恢复，进出港船舶数量明显增加。')
    """
    joined = texts[0]
    for text in texts[1:]:
        joined += text if joins_at_break(joined[-1], text[0]) else " " + text
    return joined


def _is_name_like(text: str, *, max_words: int) -> bool:
    """Capitalised words (names, agencies), few of them, and no sentence punctuation."""
    words = text.split()
    if not words or len(words) > max_words or text.endswith(SENTENCE_END):
        return False
    if not words[0][0].isupper():
        return False
    return all(word[0].isupper() or word[0].isdigit() or word.lower() in _NAME_CONNECTORS for word in words)


def _is_byline(text: str) -> bool:
    return parse_byline(text) is not None or _is_name_like(text, max_words=MAX_BYLINE_WORDS)


def _is_credit(text: str) -> bool:
    return _is_name_like(text, max_words=MAX_CREDIT_WORDS)


def _is_caption(text: str) -> bool:
    """A caption is prose: not another name-like line, a sentence or at least a few words."""
    if _is_credit(text):
        return False
    return text.endswith(SENTENCE_END) or len(text.split()) >= MIN_CAPTION_WORDS
