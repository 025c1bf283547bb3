"""Small parsers every ingest format shares: spaces, bylines, footers, publication times.

One home for these so a `.txt`, `.html` and `.md` copy of the same story yield the same metadata.
Times follow ISO 8601 / RFC 3339 (what `<time datetime>`, `article:published_time` and front
matter carry) plus the seed layout's `18:59 UTC+8, 2020-11-28`.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from l10n.model import Block, InlineMarkup

_FOOTER = re.compile(r"^(?:Source:\s*(?P<source>.+?))?\s*(?:Editor:\s*(?P<editor>.+?))?\s*$", re.IGNORECASE)
# How a footer `_FOOTER` reads a field of opens, spaces before it or not: a text opening otherwise is no footer, told
# without spacing it out (`parse_footer` is asked of every block the walk emits; pagespeed43). The same case-blind
# letters as `_FOOTER`'s (IGNORECASE: "SOURCE:", and the long s of "ſource:" as `re` folds it).
_FOOTER_OPENING = re.compile(r"\s*(?:Source|Editor):", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|from)\s+(?P<name>[A-Z\u00c0-\uffff].*)$", re.IGNORECASE)
_SEED_TIMESTAMP = re.compile(
    r"^(?P<hour>\d{1,2}):(?P<minute>\d{2})\s+(?:UTC|GMT)\s*(?P<sign>[+\-\u2212])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
    r",?\s+(?P<date>\d{4}-\d{2}-\d{2})(?:\s+\d+)?$"
)
MAX_BYLINE_WORDS = 6
MAX_FOOTER_FIELD_WORDS = 6


@dataclass(frozen=True)
class Footer:
    """The agency and editor line that closes an article ("Source: SHINE   Editor: Cai Wenjun")."""

    source: str
    editor: str


# A template's placeholder for a value it did not have, printed as text: JavaScript's and JSON's null and
# undefined, Python's None, NaN, an object stringified (readcheck48: spidersweb's `<meta property="article:section"
# content="null">` was shown to readers above the story on every edition).
_UNSET_VALUES = frozenset({"null", "nil", "undefined", "none", "nan", "[object object]"})  # nil: Ruby's (atlasobscura)


def is_unset_value(text: str) -> bool:
    """Whether a stated value (a `<meta>` content, a JSON-LD string) is a template's placeholder
    for no value, whatever its case: such a value is not stated.

    >>> [is_unset_value(v) for v in ("null", "None", " undefined ", "[object Object]")]
    [True, True, True, True]
    >>> [is_unset_value(v) for v in ("Nullarbor", "World", "Non", "")]
    [False, False, False, False]
    """
    return text.strip().lower() in _UNSET_VALUES


def normalise_space(text: str) -> str:
    """Collapse every whitespace run (U+00A0 included) to one space and trim the ends.

    >>> normalise_space("Source:\\u00a0 SHINE\\u00a0\\u00a0 Editor:\\u00a0Cai\\nWenjun ")
    'Source: SHINE Editor: Cai Wenjun'
    """
    return " ".join(text.split())  # str.split's whitespace is exactly what `re`'s `\s` matches


def word_count(text: str, limit: int) -> int:
    """`len(text.split())` counted no further than `limit` + 1: whether `text` has more words than
    `limit`, and how many when it has not, without splitting a paragraph into all its words (the
    length rules ask it of every kept block; pagespeed23).

    >>> word_count("one two  three", 5), word_count("one two  three", 2), word_count(" ", 2)
    (3, 3, 0)

    While a page is read (`page_keys`) a text's count up to `WORD_COUNT_KEPT` words is kept, and a count up
    to a `limit` within it read off it: `len(text.split(maxsplit=limit))` is min(words, `limit` + 1), so
    min(kept count, `limit` + 1) is the same number (pagespeed43: `page._article_blocks`' rules ask it of
    each kept block ten times, each with its own limit, and each split a paragraph's first words apart).
    """
    if not WORD_COUNT_SHORT_CHARS < len(text) <= WORD_COUNT_KEPT_CHARS or not 0 <= limit <= WORD_COUNT_KEPT:
        return len(text.split(maxsplit=limit))  # a short text is split as soon as it is looked up (dailymail's cells)
    kept = _page_word_counts.get()
    if kept is None:
        return len(text.split(maxsplit=limit))
    count = kept.get(text)
    if count is None:
        count = len(text.split(maxsplit=WORD_COUNT_KEPT))
        if len(kept) < WORD_COUNT_PAGE_TEXTS:
            kept[text] = count
    return min(count, limit + 1)


WORD_COUNT_KEPT = 40  # the most words a rule counts to (`furniture._TALK_WORDS`, `site_appeals.MAX_APPEAL_WORDS`)
WORD_COUNT_KEPT_CHARS = 4096  # a longer text's count is not kept (a box's whole text): at most ~8 M characters
WORD_COUNT_SHORT_CHARS = 64  # nor a text this short: its few words are split as fast as its count is looked up
WORD_COUNT_PAGE_TEXTS = 2048  # texts of a page whose count is kept


_NON_WORD = re.compile(r"\W+")
MATCH_KEY_CACHE = 4096  # texts: a page asks for one block's key from several rules (bench/pages.py: 5 asks a text)
MATCH_KEY_CACHED_CHARS = 256  # longer texts are kept only while their page is read (`page_keys`)
MATCH_KEY_PAGE_TEXTS = 512  # long texts of a page kept, each up to MATCH_KEY_PAGE_CHARS,
MATCH_KEY_PAGE_BUDGET = 1 << 22  # and ~4 M characters in all (pagespeed50b: the bound was 512 texts of 8,192)
MATCH_KEY_PAGE_CHARS = 1 << 16  # pagespeed50b: thespacereview's 12,500-character box keyed 8 times a read


def match_key(text: str) -> str:
    """`text` lower-cased with all but letters and digits dropped: how ingest compares a page's
    texts (headings with titles, blocks with trafilatura's lines, bylines with the site's name).
    The keys of the last short texts asked are kept (a function of the text alone, so a kept answer
    is never stale): on the realworld pages most asks are for a text asked before, and the keys were
    4 % of a page's time. A long text (a box's whole `text_content()`) is kept only while a page is
    read (`page_keys`); else the cache holds at most `MATCH_KEY_CACHE` × `MATCH_KEY_CACHED_CHARS`
    characters, whatever a page holds.

    >>> match_key("The Mail-on-Sunday | Home"), match_key("DW.COM")
    ('themailonsundayhome', 'dwcom')
    """
    if len(text) <= MATCH_KEY_CACHED_CHARS:
        return _short_key(text)
    kept = _page_long_keys.get()
    if kept is None or len(text) > MATCH_KEY_PAGE_CHARS:
        return _key(text)
    key = kept.get(text)
    if key is None:
        key = _key(text)
        if len(kept) < MATCH_KEY_PAGE_TEXTS and kept.chars + len(text) <= MATCH_KEY_PAGE_BUDGET:
            kept[text] = key
            kept.chars += len(text)
    return key


class _PageKeys(dict[str, str]):
    """The keys of a page's long texts (`page_keys`) and the characters of those texts (`chars`)."""

    chars = 0


@contextlib.contextmanager
def page_keys() -> Iterator[None]:
    """While a page is read, the keys of its long texts are kept (pagespeed16: a paragraph's key is
    asked by up to eight rules, 0.1 µs a character each time), and let go when it is read: a page's
    texts are held no longer than the page. So are their word counts (`word_count`)."""
    token, counts = _page_long_keys.set(_PageKeys()), _page_word_counts.set({})
    try:
        yield
    finally:
        _page_long_keys.reset(token)
        _page_word_counts.reset(counts)


def _key(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():  # most texts (pagespeed20): bytes.translate drops what `\W` matches, 20× faster
        return lowered.encode("ascii").translate(None, _ASCII_NON_WORD).decode("ascii")
    if lowered.count(" ") * SPACED_SHARE < len(lowered):  # a script parting no words by spaces (CJK)
        return _NON_WORD.sub("", lowered)
    # words parted by spaces: the ASCII non-word characters dropped as bytes first (in UTF-8 an ASCII
    # byte is only ever that character), the pattern then finds only the other scripts' spaces and
    # signs: 1.5-2× faster on a Cyrillic paragraph, 2-3× on English with curly quotes and emoji
    # (pagespeed25: kenya-today's 65,000 characters of readers' comments, 3.5 → 1.5 ms)
    data = lowered.encode("utf-8", "surrogatepass").translate(None, _ASCII_NON_WORD)
    return _NON_WORD.sub("", data.decode("utf-8", "surrogatepass"))


SPACED_SHARE = 16  # characters a space at most, for `_key`'s ASCII pass first


# The ASCII characters `\W` matches: all but letters, digits and "_" (lower case: keys are lowered first).
_ASCII_NON_WORD = bytes(code for code in range(128) if not (chr(code).isalnum() or chr(code) == "_"))


def key_head(text: str, chars: int) -> str | None:
    """A beginning of `match_key(text)`: the key of the text's first `chars` characters, which
    starts the whole key (lower-casing and the dropped characters go one character at a time), or
    None when it may not: a capital sigma's lower case depends on what follows it (final "ς").
    Whatever holds the key holds this head, so a long text whose head is missing is found missing
    without keying it all (pagespeed18: readers' comments, most of a page's text, asked of trafilatura's lines).

    >>> key_head("The Mail-on-Sunday | Home", 10), match_key("The Mail-on-Sunday | Home")
    ('themailo', 'themailonsundayhome')
    """
    head = text[:chars]
    return None if "Σ" in head else _key(head)


_short_key = functools.lru_cache(maxsize=MATCH_KEY_CACHE)(_key)
_page_long_keys: contextvars.ContextVar[_PageKeys | None] = contextvars.ContextVar("page_long_keys", default=None)
_page_word_counts: contextvars.ContextVar[dict[str, int] | None] = contextvars.ContextVar(
    "page_word_counts", default=None
)


def parse_footer(text: str) -> Footer | None:
    """The `Source:`/`Editor:` footer as fields, or None when `text` is anything else.

    >>> parse_footer("Source:\\u00a0SHINE\\u00a0\\u00a0 Editor:\\u00a0Cai Wenjun")
    Footer(source='SHINE', editor='Cai Wenjun')
    >>> parse_footer("Source: the district government, which declined to be named.") is None
    True
    >>> parse_footer("Sources say the plan is off.") is None
    True
    """
    if not _FOOTER_OPENING.match(text):  # neither field opens it: `_FOOTER` would read none (most blocks)
        return None
    text = normalise_space(text)
    match = _FOOTER.match(text)
    if not text or not match or not (match["source"] or match["editor"]):
        return None
    if any(_is_prose(value) for value in (match["source"], match["editor"]) if value):
        return None
    return Footer(source=match["source"] or "", editor=match["editor"] or "")


def parse_byline(text: str) -> str | None:
    """The author's name in a byline such as "By Clara Whitfield", or None for prose.

    A byline is short, starts with "By" and a capitalised word, and has no sentence end, so
    "By the end of the year, …" stays a paragraph.

    >>> parse_byline("By Dr. Ana Lucía Ferreira")
    'Dr. Ana Lucía Ferreira'
    >>> parse_byline("By the end of the year, prices rose.") is None
    True
    """
    if word_count(text, MAX_BYLINE_WORDS + 1) > MAX_BYLINE_WORDS + 1:
        return None  # a paragraph is not spaced out whole (its words are the spaced-out text's)
    text = normalise_space(text)
    match = _BYLINE.match(text)
    if not match or text.endswith(("!", "?", ",")):
        return None
    name = match["name"]
    if not name[0].isupper():
        return None
    return name


def parse_published(text: str) -> dt.datetime | None:
    """A publication time from ISO 8601 or the seed's `HH:MM UTC+H, YYYY-MM-DD`, else None.

    Aware when the source names a zone; a bare date becomes midnight without a zone.

    >>> parse_published("18:59 UTC+8, 2020-11-28   0")
    datetime.datetime(2020, 11, 28, 18, 59, tzinfo=datetime.timezone(datetime.timedelta(seconds=28800)))
    >>> parse_published("2022-03-14T09:30:00-05:00").utcoffset()
    datetime.timedelta(days=-1, seconds=68400)
    >>> parse_published("2020-11-28")
    datetime.datetime(2020, 11, 28, 0, 0)
    >>> parse_published("last Tuesday") is None
    True
    """
    text = normalise_space(text)
    seed = _SEED_TIMESTAMP.match(text)
    if seed:
        return _from_seed_timestamp(seed)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _is_prose(value: str) -> bool:
    return len(value.split(maxsplit=MAX_FOOTER_FIELD_WORDS)) > MAX_FOOTER_FIELD_WORDS or value.endswith(
        (".", "!", "?", ",")
    )


def parse_date(text: str) -> dt.date | None:
    """A `YYYY-MM-DD` date, or None when absent or impossible (2020-02-30)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _from_seed_timestamp(match: re.Match[str]) -> dt.datetime | None:
    day = parse_date(match["date"])
    hour, minute = int(match["hour"]), int(match["minute"])
    offset_hours, offset_minutes = int(match["oh"]), int(match["om"] or 0)
    if day is None or hour > 23 or minute > 59 or offset_hours > 14 or offset_minutes > 59:
        return None
    offset = dt.timedelta(hours=offset_hours, minutes=offset_minutes)
    if match["sign"] != "+":
        offset = -offset
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.timezone(offset))


def drop_byline_label(block: Block) -> None:
    """Keep only the name in a byline block ("By Ann Lee" → "Ann Lee"), shifting its markup.

    Editions add the byline label in the target language ("Von", "记者："), as the plain-text
    seed's bare-name byline already expects; a kept "By" would read "Von By Ann Lee".

    >>> from l10n.model import Block, InlineMarkup
    >>> block = Block("byline", "By Ann Lee", markup=[InlineMarkup(3, 10, "a")])
    >>> drop_byline_label(block); block.text, block.markup[0].start, block.markup[0].end
    ('Ann Lee', 0, 7)
    """
    name = parse_byline(block.text)
    if not name or name == block.text:
        return
    start = block.text.rindex(name)
    cut_to(block, start, start + len(name))


def cut_to(block: Block, start: int, end: int) -> None:
    """The block's text from `start` to `end` only, its inline markup clipped and shifted with it
    (a mark outside the span goes; a void one, `<br>`, stays at the span's edges).

    >>> from l10n.model import Block, InlineMarkup
    >>> block = Block("paragraph", "Deal: The price fell.", markup=[InlineMarkup(5, 5, "br", void=True), InlineMarkup(10, 15, "a")])
    >>> cut_to(block, 6, 21); block.text, [(m.start, m.end) for m in block.markup]
    ('The price fell.', [(4, 9)])
    """
    block.markup = [
        replace(m, start=max(m.start, start) - start, end=min(m.end, end) - start)
        for m in block.markup
        if m.end > start and m.start < end or (m.void and start <= m.start <= end)
    ]
    block.text = block.text[start:end]


def marks_before(markup: list[InlineMarkup], end: int) -> list[InlineMarkup]:
    """A block's inline markup once its text is cut at `end` (a site's line closing it dropped): the marks that
    start before the cut, ended at it at the most; a `<br>` at the cut goes with what followed it.

    >>> from l10n.model import InlineMarkup
    >>> [(m.start, m.end) for m in marks_before([InlineMarkup(0, 9, "em"), InlineMarkup(9, 9, "br", void=True)], 5)]
    [(0, 5)]
    """
    return [replace(m, end=min(m.end, end)) for m in markup if m.start < end]


def marks_from(markup: list[InlineMarkup], start: int) -> list[InlineMarkup]:
    """A block's inline markup once its text is cut to what follows `start` (a line opening it dropped): the marks
    from the cut on, shifted with the text; a `<br>` at the cut, which parted the dropped line, goes with it.

    >>> from l10n.model import InlineMarkup
    >>> [(m.start, m.end) for m in marks_from([InlineMarkup(6, 6, "br", void=True), InlineMarkup(6, 9, "a")], 6)]
    [(0, 3)]
    """
    return [
        replace(m, start=m.start - start, end=m.end - start)
        for m in markup
        if m.start >= start and not (m.tag == "br" and m.start == start)
    ]


_TERRITORY_ALIASES = {"UK": "GB"}  # "en-UK" is common on pages; ISO 3166 says GB


def regional_locale(tag: str) -> str:
    """The language and territory of a BCP 47 / POSIX tag ("en-GB", "en_us", og:locale's
    "en_GB") as a CLDR locale id, or "" when the tag names no territory or is not a locale.
    English spelling and units differ by territory (British "tons" are metric tonnes), so
    detection reads this; the source locale itself stays the bare language.

    >>> [regional_locale(t) for t in ("en-GB", "en_us", "en_UK", "en", "x-klingon", "")]
    ['en_GB', 'en_US', 'en_GB', '', '', '']
    """
    from babel import Locale, UnknownLocaleError

    parts = tag.strip().replace("_", "-").split("-")
    if len(parts) < 2 or not parts[0]:
        return ""
    parts[-1] = _TERRITORY_ALIASES.get(parts[-1].upper(), parts[-1])
    try:
        locale = Locale.parse("-".join(parts), sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return ""
    return f"{locale.language}_{locale.territory}" if locale.territory else ""


def source_language(tag: str) -> str:
    """The project's source-locale form of a tag: the language, plus the script for Chinese
    ("en-GB" → "en", "zh-TW" → "zh_Hant"); "" for a tag that is not a known locale. A known
    language with a territory CLDR has no locale for is that language (Facebook's og:locale
    "ar_AR" for Arabic).

    >>> [source_language(t) for t in ("en-GB", "de", "zh-TW", "zh_CN", "x-klingon", "ar_AR")]
    ['en', 'de', 'zh_Hant', 'zh_Hans', '', 'ar']
    """
    from babel import Locale, UnknownLocaleError

    tag = tag.strip().replace("_", "-")
    try:
        locale = Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        language = tag.split("-")[0]
        if language == tag or not language.isalpha():
            return ""
        return source_language(language)
    if locale.language == "zh":
        return f"zh_{locale.script or ('Hant' if locale.territory in ('TW', 'HK', 'MO') else 'Hans')}"
    return locale.language


# A picture's credit label, by language (issue 14): the word a caption's credit opens with, then a
# colon ("Foto: dpa", "Photo : AFP", "写真：共同"). A label ending in a space or "=" carries its own
# separator instead: a by-form ("Photo by Ann Lee", "Foto di Ann Lee", whose credit must then open
# with a capital: "Foto di famiglia" is a caption's words) and Korean wire style ("사진=연합뉴스").
# English's are read on every page; another language's on the pages in that language (a page's
# `<html lang>`), where they are no word of a caption's prose.
CREDIT_LABELS_BY_LANGUAGE = {
    "en": ("photo", "photograph", "picture", "image", "credit", "photo credit", "image credit", "photo by "),
    "de": ("foto", "bild", "bildquelle"),  # heise's "(Bild: …)"
    "fr": ("crédit", "crédit photo"),  # "Photo :" is English's label
    "es": ("foto", "fotografía", "imagen", "crédito"),  # pagina12's "Imagen: EFE"
    "it": ("foto", "foto di "),
    "pt": ("foto", "imagem", "crédito"),
    "nl": ("foto", "beeld"),
    "da no nb nn sv": ("foto", "bild"),  # dagbladet's "Foto: KCNA/AFP"
    "lv lt et fi": ("foto", "kuva"),  # lsm-lv's "Foto: REUTERS, NTB"
    "pl cs sk": ("foto", "fot", "zdjęcie"),
    "hu": ("fotó", "kép"),
    "id ms": ("foto",),  # detik's "(Foto: Getty Images/…)"
    "vi": ("ảnh",),  # vnexpress's "Ảnh: Hoàng Phong"
    "ru uk bg": ("фото",),
    "ja": ("写真",),
    "zh": ("图片来源", "圖片來源", "图片", "圖片", "摄影", "攝影"),
    "ko": ("사진", "사진="),
}
_CREDIT_LABELS = {
    language: labels for languages, labels in CREDIT_LABELS_BY_LANGUAGE.items() for language in languages.split()
}
_CREDIT_END = r"(?P<credit>(?:[^.:：]|\.(?=\S))*?)\s*(?P<close>[)）\]]?)\s*\.?$"  # "peterschreiber.media", "…REUTERS)."
_STOP = tuple('.!?…”"’)。！？）」')  # a caption's last sentence ends; a credit glued after it needs no space


@functools.cache
def _credit_labels(language: str) -> re.Pattern[str]:
    """The credit labels read on a page in `language` (a BCP 47 / POSIX tag, or "": English's only)."""
    from l10n.locales import language_of  # (not at import: it brings Babel)

    labels = {*CREDIT_LABELS_BY_LANGUAGE["en"], *_CREDIT_LABELS.get(language_of(language), ())}
    spelled = [
        re.escape(label.rstrip()) + (r"\s+" if label.endswith(" ") else "")
        if label[-1] in " ="
        else re.escape(label) + r"s?\s*[:：]\s*"
        for label in sorted(labels, key=len, reverse=True)  # "photo credit" before "photo"
    ]
    return re.compile(r"(?P<open>[(（\[]?)(?P<label>" + "|".join(spelled) + ")", re.IGNORECASE)


def is_credit_line(text: str, language: str = "") -> bool:
    """A line that is a picture's credit by its label ("Photo: Silver Screen Collection/Getty
    Images"), the label `split_caption_credit` finds after a caption, in English or the page's
    `language` (`CREDIT_LABELS_BY_LANGUAGE`).

    >>> is_credit_line("Photo: Silver Screen Collection/Getty Images"), is_credit_line("Photographers at work")
    (True, False)
    >>> is_credit_line("Foto: Ann Lee/dpa", "de-DE"), is_credit_line("Foto: Ann Lee/dpa")
    (True, False)
    """
    found = _credit_labels(language).match(text)
    return found is not None and not found["open"] and _names_credit(found, text[found.end() :])


def without_credit_label(text: str, language: str = "") -> str:
    """A picture's credit without the labels it opens with, the labels `is_credit_line` reads
    (`CREDIT_LABELS_BY_LANGUAGE`, English's and the page's `language`'s), bracketed or not: every
    edition prints its own label, in its language, before a figure's credit (`assemble.labels`),
    so a credit kept with its label read "Photo: Foto: EBAA" (issue 14). A label naming no one,
    or a bracket not closed at the credit's end, is left as written.

    >>> without_credit_label("Foto: EBAA", "de"), without_credit_label("(Image credit: HandyGames)")
    ('EBAA', 'HandyGames')
    >>> without_credit_label("Credit: Photo: PA"), without_credit_label("Photo by Jason Kempin/Getty Images")
    ('PA', 'Jason Kempin/Getty Images')
    >>> without_credit_label("Foto: EBAA"), without_credit_label("(Photo: AP) and (Photo: AFP)")
    ('Foto: EBAA', '(Photo: AP) and (Photo: AFP)')
    """
    credit = normalise_space(text)
    while (found := _credit_labels(language).match(credit)) is not None:
        rest = credit[found.end() :].rstrip()
        if found["open"]:
            if not rest.endswith(_CLOSE) or _unbalanced(rest[:-1]):
                break
            rest = rest[:-1].rstrip()
        if not _names_credit(found, rest):
            break
        credit = rest
    return credit


_CLOSE = tuple(")）]")


def _unbalanced(text: str) -> bool:
    """A bracket in `text` closes one it did not open, or stays open: "AP) and (Photo: AFP" is two credits."""
    depth = 0
    for char in text:
        depth += (char in "(（[") - (char in _CLOSE)
        if depth < 0:
            return True
    return depth != 0


def split_caption_credit(text: str, language: str = "") -> tuple[str, str]:
    """A caption and the credit glued after it ("…phenomenon.Credit: Ou Dongqu/Xinhua"), apart: the
    credit's label (`CREDIT_LABELS_BY_LANGUAGE`, English's and the page's `language`'s) follows a
    stop, or stands in brackets, or is written with a capital after the caption's last word and a
    space, when the caption has a few words, no short word of its phrase stands before the label
    (`_phrase_word`: "… links im Bild: Olaf Scholz") and the credit reads as one (`_reads_as_credit`:
    "…Erfolg Foto: Editpress/Fabrizio Pizzolante"; "… The Big Picture: Storms Over Texas" is a caption). A label
    naming no one (heise's "(Bild: )") is cut from the caption and gives no credit. A text that is the credit alone is left as it is.

    >>> split_caption_credit("Fog over the bay, a rare phenomenon.Credit: Ou Dongqu/Xinhua")
    ('Fog over the bay, a rare phenomenon.', 'Ou Dongqu/Xinhua')
    >>> split_caption_credit("Crowds at the gate. (Photo: AP)")
    ('Crowds at the gate.', 'AP')
    >>> split_caption_credit("The image: a harbour at dawn")
    ('The image: a harbour at dawn', '')
    >>> split_caption_credit("Geballte Faust im Wind Foto: Editpress/Fabrizio Pizzolante", "de")
    ('Geballte Faust im Wind', 'Editpress/Fabrizio Pizzolante')
    >>> split_caption_credit("Technology Review Juli 2019 (Bild: )", "de")
    ('Technology Review Juli 2019', '')
    >>> split_caption_credit("Tote Tauben am Dom. Foto: Getty Images/EyeEm (Symbolbild)", "de")
    ('Tote Tauben am Dom.', 'Getty Images/EyeEm (Symbolbild)')
    >>> split_caption_credit("Al vertice. Foto di famiglia dei leader", "it")
    ('Al vertice. Foto di famiglia dei leader', '')
    """
    normalised = normalise_space(text)
    for found in _credit_labels(language).finditer(normalised):
        credit = re.match(_CREDIT_END, normalised[found.end() :])
        caption = normalised[: found.start()].rstrip()
        if credit is None or not caption or not _names_credit(found, credit["credit"], empty=bool(found["open"])):
            continue
        bracketed = bool(found["open"] and credit["close"])
        # "…Erfolg Foto: …", "…모습 사진=…": after the caption's last word and a space
        spaced = (
            found.start() > len(caption)
            and caption[-1].isalnum()
            and not found["label"][0].islower()
            and len(caption.split()) >= MIN_SPACED_CAPTION_WORDS  # "The Big Picture: …", "Unser Bild: …"
            and not _phrase_word(caption.split()[-1])  # "… links im Bild: Olaf Scholz": the label is the caption's noun
            and _reads_as_credit(
                credit["credit"], language
            )  # "Storms over Texas", "Die Kanzlerin beim Empfang": the caption's
        )
        if caption.endswith(_STOP) or bracketed or spaced:
            # an unbracketed credit keeps its own closing bracket ("Foto: Getty Images/EyeEm (Symbolbild)")
            return caption, (credit["credit"] + ("" if found["open"] else credit["close"])).strip()
    return text, ""


def cut_glued_credit(caption: Block, language: str = "") -> str:
    """The credit glued at the end of a caption block (`split_caption_credit`), cut from it with
    its inline markup, for the figure's credit block; "" when there is none (a label naming no one,
    "(Bild: )", is cut all the same).

    >>> from l10n.model import Block, InlineMarkup
    >>> block = Block("caption", "A harbour. Foto: Ann Lee", markup=[InlineMarkup(2, 24, "em")])
    >>> cut_glued_credit(block, "de"), block.text, block.markup[0].end
    ('Ann Lee', 'A harbour.', 10)
    """
    text, credit = split_caption_credit(caption.text, language)
    if text != caption.text:
        caption.text = text
        caption.markup = marks_before(caption.markup, len(text))
    return credit


MIN_SPACED_CAPTION_WORDS = 3
MAX_SPACED_CREDIT_WORDS = 6


def _reads_as_credit(text: str, language: str = "") -> bool:
    """A credit with no stop or bracket before it reads as one: a few words, none lower case, names
    and agencies parted by "/", ",", "|" or dashes ("Editpress/Fabrizio Pizzolante", "REUTERS, NTB",
    "연합뉴스", "AP Photo/The Canadian Press"), where a caption's own words hold a lower-case one
    ("Storms over Texas") or, on an English page (or one of no language), a capitalised function
    word inside a part: English's Title Case ("Storms Over Texas": a title's words, where no name
    or agency has one; "Kim An/Yonhap" on a Korean page is a name).

    >>> credits = ("Editpress/Fabrizio Pizzolante", "REUTERS, NTB", "AP Photo/The Canadian Press")
    >>> [_reads_as_credit(t) for t in (*credits, "Storms over Texas", "Storms Over Texas", "")]
    [True, True, True, False, False, False]
    >>> _reads_as_credit("Kim An/Yonhap", "ko"), _reads_as_credit("Kim An/Yonhap", "en")
    (True, False)
    """
    from l10n.locales import language_of

    parts = [part.split() for part in _CREDIT_SEPARATORS.split(text)]
    words = [word for part in parts for word in part]
    title_case = language_of(language) in ("", "en") and any(
        word.lower() in TITLE_CASE_FUNCTION_WORDS for part in parts for word in part[1:]
    )
    return 0 < len(words) <= MAX_SPACED_CREDIT_WORDS and not any(word[0].islower() for word in words) and not title_case


# English's articles, conjunctions and short prepositions (English's alone: Title Case is its
# headlines' style): lower case in a sentence or a name ("Matthew Gilson for Chicago Reader" reads
# as a caption's words already), capitalised only in a Title Case headline ("… Storms Over Texas")
TITLE_CASE_FUNCTION_WORDS = frozenset("a an and as at by for from in into of on or over the to under with".split())
_CREDIT_SEPARATORS = re.compile(r"\s*[/,|–—]\s*|\s+-\s+")
# The words a picture's noun follows in a caption's own phrase, where the label after a space is
# written with its capital: German, whose nouns always are ("links im Bild:", "unser Foto:"), and
# English in Title Case ("The Picture:", "In the Photo:"); a short name ("… in Rom Foto: …") is none
PHRASE_WORDS = frozenset(
    "the a an our this in on im am ins auf dem den der die das ein einem unser unserem unseren zum beim vom".split()
)


def _phrase_word(word: str) -> bool:
    """A word that makes a label after it a noun of the caption's phrase (`PHRASE_WORDS`: an
    article, a possessive, a preposition), not a credit's label.

    >>> [_phrase_word(w) for w in ("im", "the", "Unser", "Rom", "son", "Erfolg", "AFP")]
    [True, True, True, False, False, False, False]
    """
    return word.lower() in PHRASE_WORDS


def _names_credit(label: re.Match[str], credit: str, *, empty: bool = False) -> bool:
    """The text after a label names a credit: some words (none only where `empty`: a bracketed
    label alone), opening with a capital after a by-form's label ("Photo by Ann Lee")."""
    credit = credit.strip()
    if not credit:
        return empty
    return bool(_SEPARATOR.search(label["label"])) or not credit[0].islower()


_SEPARATOR = re.compile("[:：=]")  # a label's own; a by-form's ("Photo by ") has none


_IMAGE_SUFFIX = r"\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|heic)"
# a name or relative path without spaces ("SIGMA_OCDE.jpg", "img/a.png"), or a drive/UNC path
_IMAGE_FILE = re.compile(r"[\\/]?(?:[^\s\\/:*?\"<>|]+[\\/])*[^\s\\/:*?\"<>|]+" + _IMAGE_SUFFIX, re.IGNORECASE)
_IMAGE_PATH = re.compile(r"(?:[A-Za-z]:[\\/]|\\\\)[^:*?\"<>|]*" + _IMAGE_SUFFIX, re.IGNORECASE)
_IMAGE_URL = re.compile(r"https?://[^\s\"<>]{1,2000}?" + _IMAGE_SUFFIX, re.IGNORECASE)  # a picture pasted from the web


def is_file_name(text: str) -> bool:
    """Whether an image's "alt text" is only its file's name, path or web address, as Word fills a
    picture's description when it is inserted (from the web: the address it came from): no text
    alternative (WCAG 2 failure F30), so not a unit.

    >>> [is_file_name(t) for t in ("SIGMA_OCDE.jpg", "C:\\\\Users\\\\Dr. B\\\\Desktop\\\\isp1.png", "img/a.PNG")]
    [True, True, True]
    >>> is_file_name("http://www.example.com/catalog/images/moon.jpg"), is_file_name("See http://x.org/a.png")
    (True, False)
    >>> [is_file_name(t) for t in ("Map of the route, see map.png", "A photo.", "Photo of the mayor.jpg", "")]
    [False, False, False, False]
    """
    return bool(_IMAGE_FILE.fullmatch(text) or _IMAGE_PATH.fullmatch(text) or _IMAGE_URL.fullmatch(text))


# What Office writes after a description it generated for a picture (Word 365's automatic alt
# text): "A screenshot of a computer Description automatically generated [with medium
# confidence]" (before 2023), "… AI-generated content may be incorrect." (since), in the
# application's language; "A picture containing …" opened the older English ones.
_GENERATED_NOTICE = re.compile(
    r"(?:\bdescription automatically generated(?: with (?:very )?(?:low|medium|high) confidence)?"
    r"|\bai-generated content may be incorrect"
    r"|\bautomatisch generierte beschreibung|\bki-generierte inhalte können fehlerhaft sein"
    r"|\bdescription générée automatiquement|\ble contenu généré par l['’]ia peut être incorrect"
    r"|\bdescripción generada automáticamente|\bel contenido generado por (?:la )?ia puede ser incorrecto"
    r"|描述已自动生成|ai\s?生成的内容可能不正确|自動產生的描述|ai\s?產生的內容可能不正確|自動的に生成された説明)"
    r"\s*[.。]?$",
    re.IGNORECASE,
)
_GENERATED_OPENING = re.compile(r"^a picture containing\b", re.IGNORECASE)


def is_generated_description(text: str) -> bool:
    """Whether an image's alt text is the one Word generated for it, no author's: nobody wrote
    it for this article (it describes the pixels: "图形用户界面, 文本, 应用程序, 信件 AI 生成的内容可能
    不正确。" on a screenshot), so it is no unit a translator is paid for, and the image keeps
    an empty alt, as the source had before Word filled it in.

    >>> is_generated_description("A screenshot of a computer Description automatically generated")
    True
    >>> is_generated_description("A blue object with a red square Description automatically generated with medium confidence")
    True
    >>> is_generated_description("A red and blue square AI-generated content may be incorrect.")
    True
    >>> is_generated_description("图形用户界面, 文本, 应用程序, 信件 AI 生成的内容可能不正确。")
    True
    >>> is_generated_description("The mayor opens the library"), is_generated_description("A description, automatically")
    (False, False)
    """
    text = normalise_space(text)
    return bool(_GENERATED_NOTICE.search(text) or _GENERATED_OPENING.match(text))


# session 17: what a template writes where no one wrote an alt: the word for a picture, maybe numbered
# ("fig", "Image 1", "preload"), or a name joined by underscores or a slug with a number ("cbonds_logo_eng",
# "scientists-confirm-2023-hottest-year-ever-making"): no words a reader is told.
_PLACEHOLDER_ALT = re.compile(
    r"(?:image|img|photo|picture|pic|fig|figure|foto|imagen|immagine|bild|pixel|empty|preload|placeholder"
    r"|thumbnail|thumb|spacer|icon)\s*\d*|[!-~]*_[!-~]*|(?-i:(?=[a-z\d-]*\d)[a-z\d]+(?:-[a-z\d]+){2,})",
    re.IGNORECASE,
)
MAX_PLACEHOLDER_CHARS = 120  # a longer alt is no placeholder, and the pattern is not asked (it backtracks)


def is_no_alternative(text: str, src: str = "") -> bool:
    """An image's alt text that is no text alternative (WCAG 2 failure F30): its file's name, with
    its suffix or as a slug without it ("rebuild-wait-time" for "rebuild-wait-time.png", a
    chart's fallback image; a single word, "![Gopher](gopher.png)", is a weak alt but an alt), a
    template's placeholder (`_PLACEHOLDER_ALT`), or Word's generated description (`is_file_name`,
    `is_generated_description`).

    >>> is_no_alternative("rebuild-wait-time", "charts/rebuild-wait-time.png"), is_no_alternative("Wait time", "w.png")
    (True, False)
    >>> is_no_alternative("Gopher", "gopher.png"), is_no_alternative("IMG_2041", "IMG_2041.jpg")
    (False, True)
    >>> [is_no_alternative(t) for t in ("fig", "Image 1", "cbonds_logo_eng", "hottest-2023-year", "Figure 3: Sales")]
    [True, True, True, True, False]
    >>> [is_no_alternative(t) for t in ("COVID-19", "F-16 jets", "Boeing-737-Max", "宇航员_探索者", "Photo of the mayor")]
    [False, False, False, False, False]
    """
    stem = src.split("?")[0].split("#")[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    slug = bool(re.search(r"[-_\d]", stem)) and not re.search(r"\s", stem)
    text = normalise_space(text)
    same = slug and text.casefold() == stem.casefold()
    placeholder = len(text) <= MAX_PLACEHOLDER_CHARS and bool(_PLACEHOLDER_ALT.fullmatch(text))
    return same or placeholder or is_file_name(text) or is_generated_description(text)
