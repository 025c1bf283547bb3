"""Whether the language an article is read in can be right for its letters (issue 14).

An article that names no language (no `lang:` front matter, no `<html lang>`, no Word language,
and plain text can state none) is read in the language of its text when that reads surely
(`text_language.read_language`, lang49), else as the project's `source_locale`. That is no
guess when the text is written in that language's script; when most of its letters are of another script
(an Arabic post in an English project), the default is certainly wrong: English engines would
run on Arabic and Apertium en→es would pass it through as "Spanish". Such an article is refused
with one line naming the file and how its format states a language.

An article that states a language its letters contradict (a CMS's template marking an Arabic
page `<html lang="en">`) is the same case: a page in two languages for the reader. When the
page states another language too that its letters agree with (`Content-Language: zh-TW` under
`lang="en"`), ingest reads it in that one and says so once (`settled_language`); else `extract`
refuses it with one line naming the file, the language stated and the script seen
(`refuse_wrong_script`). The operator's language (`extract --lang`, `article_languages`) is
never refused. This rule reads only which script each letter is in (`l10n.writing_systems`,
the table QA reads too); an article read from its text is checked against that language's
scripts as the default would be.

A page can state two languages of one script (a Spanish article under an English template's
`<html lang="en">`, with `Content-Language: es`): the letters cannot choose, and read as English
its "1.162 millones" became "1,162" in Apertium's Spanish. There the stated language whose
stopwords (jusText's lists, installed with trafilatura) the prose holds clearly most is read
(`stopword_language`), again said once. Only a stated language is ever read.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from l10n.errors import IngestError
from l10n.ingest import CODE_ELEMENTS, warn  # code is no prose
from l10n.model import Document
from l10n.writing_systems import SCRIPT_NAMES, letter_script, scripts_of, scripts_written

HOW_TO_STATE = {
    "md": "add lang: <its language> to the front matter",
    "html": 'add lang="<its language>" to <html>',
    "docx": "set its language in Word (Review > Language)",
    "txt": "set source_locale in l10n.toml",  # plain text has no place to state it
}
HOW_TO_CORRECT = {  # where an article states a wrong language
    "md": "correct lang: in the front matter",
    "html": 'correct lang="…" on <html> and the page\'s other language tags',
    "docx": "set its language in Word (Review > Language)",
}
_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def letter_scripts(texts: Iterable[str]) -> Counter[str]:
    """How many letters of `texts` each script has (web addresses left out; a letter of a
    script `writing_systems` does not name counts as "").

    >>> letter_scripts(["Hi 2024, مرحبا https://example.com", "日本語のテキスト"])
    Counter({'Arab': 5, 'Kana': 5, 'Hani': 3, 'Latn': 2})
    """
    chars: Counter[str] = Counter()
    for text in texts:
        chars.update(without_addresses(text))  # each distinct character's script is read once
    counts: Counter[str] = Counter()
    for char, count in chars.items():
        if char.isalpha():
            counts[letter_script(char)] += count
    return counts


def prose_texts(document: Document) -> Iterable[str]:
    """The article's text without its code: code blocks, inline code elements and web addresses
    left out (an English post quoting a Chinese address is not Chinese to `text_language` either).

    >>> from l10n.model import Block
    >>> list(prose_texts(Document([Block("paragraph", "See https://zh.wikipedia.org/wiki/中文 for more.")])))
    ['See   for more.']
    """
    for block in document.blocks:
        if block.role == "code":
            continue
        text, end = [], 0
        for mark in sorted((m for m in block.markup if m.tag in CODE_ELEMENTS), key=lambda m: m.start):
            text.append(block.text[end : mark.start])
            end = max(end, mark.end)
        text.append(block.text[end:])
        yield without_addresses("".join(text))


def without_addresses(text: str) -> str:
    """`text` with its web addresses (`_ADDRESS`) as spaces; a text holding neither "://" nor "w."
    (every match holds one: `_ADDRESS`'s case-blind `w` is w or W alone) is not searched, most of an
    article's blocks (pagespeed50).

    >>> without_addresses("See www.example.com or HTTPS://x.org/a now."), without_addresses("Law. Now.")
    ('See   or   now.', 'Law. Now.')
    """
    if "://" in text or "w." in text or "W." in text:
        return _ADDRESS.sub(" ", text)
    return text


def prose_foreign_script(texts: Sequence[str], expected: frozenset[str]) -> str:
    """`foreign_script(letter_scripts(texts), expected)` of prose texts (`prose_texts`: their web
    addresses out already; taking them out again finds none), counted faster when `expected` holds
    Latin: an ASCII letter is Latin, never foreign then, so it only counts to the whole (one
    `bytes.translate`) and only the non-ASCII characters are counted one by one, in the order
    `letter_scripts` meets them (the order `foreign_script` breaks a tie by). 0.12 → 0.05 s CPU over
    the 601 realworld pages stating a language (pagespeed50).

    >>> latin = frozenset({"Latn"})
    >>> prose_foreign_script(["Hi 2024, مرحبا", "The café"], latin), prose_foreign_script(["Hi, مرحبا مرحبا"], latin)
    ('', 'Arab')
    """
    if "Latn" not in expected:
        return foreign_script(letter_scripts(texts), expected)
    joined = "\n".join(texts)
    counts: Counter[str] = Counter()
    for char, count in Counter("".join(_NON_ASCII.findall(joined))).items():
        if char.isalpha():
            counts[letter_script(char)] += count
    ascii_text = joined.encode("ascii", "ignore")
    counts["Latn"] += len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))
    return foreign_script(counts, expected)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def foreign_script(counts: Counter[str], expected: frozenset[str]) -> str:
    """The commonest script of `counts` (`letter_scripts`) outside `expected` when letters of
    scripts outside it are more than half of all letters, else "": the one test of a language
    against an article's letters. Nothing is checked against no scripts (a language whose script
    `writing_systems` does not name).

    >>> latin = frozenset({"Latn"})
    >>> [foreign_script(Counter(counts), latin) for counts in ({"Latn": 40, "Arab": 30}, {"Latn": 4, "Arab": 9, "Hani": 2}, {})]
    ['', 'Arab', '']
    """
    foreign = Counter({script: count for script, count in counts.items() if script and script not in expected})
    if not expected or sum(foreign.values()) * 2 <= sum(counts.values()):
        return ""
    return foreign.most_common(1)[0][0]


def settled_language(document: Document, stated: Sequence[str]) -> str:
    """Of the languages an article states (`stated`: source-locale forms in the order its format
    ranks them, `<html lang>` before `Content-Language` before og:locale), the first its prose
    letters agree with (no `foreign_script` of `scripts_written`), said once in a warning naming
    the file when that is not the first; the first when its letters agree with none (`extract`
    then refuses it: `refuse_wrong_script`), "" when it states none. When the letters agree with
    another stated language too (one script: `<html lang="en">` and `Content-Language: es` over
    Spanish), the one whose stopwords the prose holds clearly most (`stopword_language`), said in
    a second warning; only such pages count words.

    >>> from l10n.model import Block
    >>> page = Document([Block("paragraph", "今天，台北市政府举行记者会 (TTV)")], source_path="a.html")
    >>> settled_language(page, ["en", "zh_Hant"]), settled_language(page, ["en", "ru"]), settled_language(page, [])
    ('zh_Hant', 'en', '')
    """
    from l10n.locales import language_of

    stated = [language for language in stated if language]
    if len(set(stated)) < 2:
        return stated[0] if stated else ""
    counts = letter_scripts(prose_texts(document))
    script = foreign_script(counts, scripts_written(stated[0]))
    agreeing = [language for language in stated if not foreign_script(counts, scripts_written(language))]
    if not agreeing:
        return stated[0]
    read = agreeing[0]
    if script:
        warn(
            f"{document.source_path}: warning: the article states {stated[0]} and the text is in {SCRIPT_NAMES[script]} "
            f"script; read as {read}, which it states too"
        )
    others = [language for language in agreeing if language_of(language) != language_of(read)]
    if not others:  # only pages stating two languages of one script count words
        return read
    words = stopword_language(prose_texts(document), read, others)
    if words:
        warn(
            f"{document.source_path}: warning: the article states {read} and its common words are {words}'s; "
            f"read as {words}, which it states too"
        )
    return words or read


STOPWORDS_MARGIN = 3
"""How many times the first language's count of its own stopwords another stated language's must
reach to be read instead (`stopword_language`)."""
STOPWORDS_MINIMUM = 20
"""The fewest stopwords of the language read instead: shorter prose is not judged."""


@functools.cache
def stoplist_name(language: str) -> str:
    """jusText's name of the stop list of `language` (a source-locale form), "" when it has none:
    Babel's English name of its language subtag, in ASCII with underscores.

    >>> [stoplist_name(tag) for tag in ("es", "pt_BR", "nb", "sr_Latn", "zh_Hant", "xx")]
    ['Spanish', 'Portuguese', 'Norwegian_Bokmal', 'Serbian', '', '']
    """
    import unicodedata

    import justext  # on demand: only pages stating two languages of one script
    from babel import Locale

    from l10n.locales import language_of

    name = Locale("en").languages.get(language_of(language), "")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().replace(" ", "_")
    return name if name in justext.get_stoplists() else ""


@functools.cache
def stoplist(name: str) -> frozenset[str]:
    """jusText's stop list `name` (lower case), read once a process: `justext.get_stoplist` reads the
    package's file and builds the set at every call (~1 ms a page for `text_language` alone)."""
    import justext

    return frozenset(justext.get_stoplist(name))


def stopword_counts(texts: Iterable[str], languages: Sequence[str]) -> dict[str, int]:
    """How many of the words of `texts` are stopwords of each of `languages` (jusText's lists,
    `stoplist_name`); a language jusText has no list for is left out.

    >>> stopword_counts(["El gobierno dijo que la economía crece y que no habrá una crisis."], ["en", "es", "zh"])
    {'en': 1, 'es': 8}
    """
    names = {language: stoplist_name(language) for language in languages}
    lists = {language: stoplist(name) for language, name in names.items() if name}
    words = Counter(re.findall(r"\w+", " ".join(texts).lower()))
    return {language: sum(n for word, n in words.items() if word in stoplist) for language, stoplist in lists.items()}


def stopword_language(texts: Iterable[str], first: str, others: Sequence[str]) -> str:
    """Of `others` (languages a page states besides `first`, in the same script), the one whose
    stopwords the prose holds most when they are at least `STOPWORDS_MINIMUM` and
    `STOPWORDS_MARGIN` times those of `first`, else "": a Spanish article under an English
    template's `<html lang="en">` with `Content-Language: es`. A language jusText lists no
    stopwords for is not judged, nor is any when `first` is such a one.

    >>> spanish = ["La economía de la región creció un 3 % en el año, según los datos que publicó el banco "
    ...     "central, y el gobierno dijo que no habrá una crisis en los próximos meses, aunque los precios "
    ...     "de la energía siguen altos para las familias y las empresas de la costa y del interior."]
    >>> stopword_language(spanish, "en", ["es"]), stopword_language([spanish[0][:60]], "en", ["es"])
    ('es', '')
    """
    counts = stopword_counts(texts, [first, *others])
    if first not in counts:
        return ""
    best = max((language for language in others if language in counts), key=counts.__getitem__, default="")
    if not best or counts[best] < STOPWORDS_MINIMUM or counts[best] < STOPWORDS_MARGIN * counts[first]:
        return ""
    return best


def refuse_wrong_script(document: Document, default: str, *, by_operator: bool = False) -> None:
    """Refuse an article whose letters contradict the language it is read in (`foreign_script`).
    One that states none (`Document.language_stated`) is read as `default`, the project's
    `source_locale`, and checked against the scripts that is written in (`scripts_of`: Japanese
    Han and kana together); one that states a language is checked against the scripts CLDR
    writes it in (`scripts_written`: Serbian Cyrillic or Latin), and a stated `en` that counts as
    the project's language (`locales.article_language`) against those too. The operator's
    language (`by_operator`: `extract --lang`, `article_languages`) is never refused.

    >>> from l10n.model import Block
    >>> refuse_wrong_script(Document([Block("paragraph", "مرحبا بالعالم Hello")], source_path="a.md",
    ...     source_format="md"), "en")
    Traceback (most recent call last):
    l10n.errors.IngestError: a.md: no language stated and the text is in Arabic script, not en; add lang: <its language> to the front matter, or extract it with --lang <its language>
    >>> refuse_wrong_script(Document([Block("paragraph", "مرحبا بالعالم")], source_format="md"), "ar")
    >>> page = Document([Block("paragraph", "Привет, мир")], source_path="b.html", source_format="html",
    ...     source_locale="en", language_stated=True)
    >>> refuse_wrong_script(page, "en")
    Traceback (most recent call last):
    l10n.errors.IngestError: b.html: the article states en and the text is in Cyrillic script; correct lang="…" on <html> and the page's other language tags, or extract it with --lang <its language>
    >>> refuse_wrong_script(page, "ru"), refuse_wrong_script(page, "en", by_operator=True)
    (None, None)
    """
    from l10n.locales import SOURCE_LOCALE, language_of

    if by_operator:
        return
    stated = document.source_locale if document.language_stated else ""
    if document.language_read:  # read from its text (`text_language`): checked as the default would be
        default = document.source_locale
    expected = scripts_written(stated) if stated else scripts_of(default)
    if stated == SOURCE_LOCALE and language_of(default) != language_of(SOURCE_LOCALE):
        expected |= scripts_of(default)  # a CMS's default `en` counts as the project's language
    script = foreign_script(letter_scripts(prose_texts(document)), expected)
    if not script:
        return
    if stated:
        how = HOW_TO_CORRECT.get(document.source_format, HOW_TO_STATE["txt"])
        message = f"the article states {stated} and the text is in {SCRIPT_NAMES[script]} script; {how}, "
    else:
        how = HOW_TO_STATE.get(document.source_format, HOW_TO_STATE["txt"])
        message = f"no language stated and the text is in {SCRIPT_NAMES[script]} script, not {default}; {how}, "
    raise IngestError(message + "or extract it with --lang <its language>", path=document.source_path)
