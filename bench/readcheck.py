"""The editor's promise, read off the published editions of any project: a reader never sees a
wrong value, a sentence in two languages, or an unfinished edition passed off as finished.

    .venv/bin/python bench/readcheck.py PROJECT [--folder site|build] [-v] [--limit N]

PROJECT is a project after `assemble` and `publish` (`bench/evalchain.py --keep DIR` leaves one).
For every article (a template `locales/<domain>.pot`) its source edition — the `site/` edition
with no catalog, in the article's language (`X-Source-Language`) — is read beside each target
edition (`site/<locale>/`, through the address's redirect, or `build/<locale>/` with `--folder
build`), as a reader reads them, with lxml and Babel, nothing of `l10n` asked:

- **values**: the `<article>`'s blocks (headline, byline, dateline, paragraphs, list items,
  table cells, captions, quotations) and image alt texts, paired in document order (both editions
  come from one article: a different count is a `structure` finding). Each text is read in the
  language its nearest `lang` says (a held sentence under `lang="es"` as Spanish), by that
  language's CLDR conventions: numbers with its decimal mark and grouping (Babel's
  `parse_decimal`, strict; a number strict parsing refuses, a version "1.30", is its digit
  groups), a CLDR compact scale word after it ("Millionen", "Mio.", "万", "млн"), month and
  weekday names (wide, and abbreviated with their dot), clock times (hours modulo 12: "6:59
  p.m." and "18:59" agree), numeric dates as their parts; a number the edition's digits lack is
  found in CLDR's unit forms that write none (Arabic's "غرام", one gram; "غرامان", two:
  `digitless_units`). The two editions' multisets of values
  must be equal; each difference is a `value` finding naming both texts. A pseudo-localised run
  (`[!! … !!]`) has its letters read back to ASCII for the names of months and weekdays, which it
  keeps in the source's words.
- **qa-error-shown**: a unit `qa --json` reports an error for whose translation (its longest
  stretch between placeholders, 12 characters or more) is on the target page.
- **unfinished-unmarked**: a target edition that shows text marked as the source's language
  (not a word the source itself marked as a third language), or a held sentence (`data-status="held"`), with no readiness mark (build's `<meta
  name="l10n-readiness">`, the site's `noindex` and notice) while the policy of `l10n.toml`
  (`[l10n.readiness]`, read here with tomllib) asks every unit translated.
- **date-cut**: in an article in one of those languages, a template's unit that ends with a day's number and its dot ("Ab dem
  {number_1}.") before a unit of the same place that starts with a month name of the languages
  whose CLDR dates write the day so (German, Danish…; "Januar 2022 können…"): one date shown as
  two sentences.
- **latin-in-finished**: on a finished edition of a language not written in Latin letters
  (Chinese, Japanese, Korean, Russian, Arabic…), a run of four or more Latin words.

Printed: the editions, blocks and values read, the findings by kind, and each finding (the first
`--limit`, all with `-v`).
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import subprocess
import sys
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "figcaption", "caption", "dt", "dd", "pre"}
"""The elements whose text is one block: a paragraph-like container, read whole."""
CONTAINERS = {"blockquote", "ul", "ol", "table", "tr", "thead", "tbody", "figure", "div", "section", "header"}

PSEUDO_OPEN = "[!! "
_PSEUDO_LETTERS = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšŧûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽ"
UNPSEUDO = str.maketrans(_PSEUDO_LETTERS, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
"""The pseudo-locale's accented look-alikes (Android's en-XA convention) read back to ASCII."""

_GROUPING = "\u00a0\u202f\u2009"
NUMBER = re.compile(rf"(?<![A-Za-z\u00c0-\u024f\u0400-\u04ff\d])\d+(?:[.,{_GROUPING}'’٬٫]\d+)*")
NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?![\d,]|\.\d)")
CLOCK = re.compile(
    r"(?<![\d.,:])(\d{1,2})(?::(\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\b\.?)?|(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?)",
    re.IGNORECASE,
)
LATIN_WORDS = re.compile(r"(?:\b[A-Za-z\u00c0-\u024f]{2,}\b[\s,;:'’-]*){4,}")


@dataclass(frozen=True)
class Finding:
    kind: str
    where: str
    detail: str


@functools.cache
def locale_of(tag: str):  # noqa: ANN201 — babel.Locale, imported late
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(tag.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return Locale.parse("en")


@functools.cache
def scale_words(tag: str) -> tuple[tuple[str, int], ...]:
    """CLDR's compact decimal words of `tag`'s language (long and short: "Millionen", "Mio.",
    "万", "млн"), each with its power of ten, longest first; English's "bn" and "m" beside them."""
    locale = locale_of(tag)
    found: dict[str, int] = {}
    for width in ("long", "short"):
        formats = locale.compact_decimal_formats.get(width) or {}
        for plural in formats:
            for magnitude, pattern in formats[plural].items():
                text = str(getattr(pattern, "pattern", pattern)).replace("'", "")
                zeros = text.count("0")
                word = text.replace("0", "").strip(" \u00a0")
                if word and zeros:
                    found.setdefault(word, len(magnitude) - 1 - (zeros - 1))
    if locale.language == "en":
        found.update({"bn": 9, "m": 6, "mn": 6})
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


@functools.cache
def digitless_units(tag: str) -> tuple[tuple[str, int], ...]:
    """CLDR's unit forms of `tag`'s language that write no digit, each with the one number its plural form
    holds, longest first: Arabic's "غرام" (one gram) and "غرامان" (two grams), Hebrew's dual. The number is in
    the word (the product renders "1g" so, with CLDR), which the digits alone missed (leftovers49)."""
    locale = locale_of(tag)
    holders: dict[str, list[int]] = {}
    for number in range(0, 1000):  # a plural form that holds one integer only ("one" is 1 in Arabic, "few" 3–10)
        holders.setdefault(locale.plural_form(number), []).append(number)
    single = {form: numbers[0] for form, numbers in holders.items() if len(numbers) == 1}
    found: dict[str, int] = {}
    for widths in locale._data["unit_patterns"].values():
        for width in ("long", "short"):
            forms = widths.get(width)
            for form, number in single.items() if forms is not None else ():
                pattern = forms.get(form)
                if isinstance(pattern, str) and "{0}" not in pattern and pattern.strip():
                    found.setdefault(pattern.strip(), number)
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


@functools.cache
def digitless_pattern(tag: str) -> re.Pattern[str]:
    """`digitless_units(tag)` as whole words, not after a number (a number's own unit word: "3 غرام")."""
    words = "|".join(re.escape(word) for word, _ in digitless_units(tag))
    return re.compile(rf"(?<![\w\d])(?<![\d][ \u00a0])(?:{words})(?!\w)" if words else "(?!)")


def digitless_values(text: str, tag: str) -> Counter[str]:
    """The numbers `text` writes in `tag`'s digit-less unit forms (`digitless_units`). Such a word is also the
    language's plain noun ("ساعة", an hour), so a block's are only read for a number the source has and the
    edition's digits lack (`read_project`), never as values of their own.

    >>> sorted(digitless_values("الدهون: غرام، السكر: غرامان، الملح: 3 غرام", "ar").elements())
    ['1', '2']
    """
    numbered = dict(digitless_units(tag))
    return Counter(str(numbered[word]) for word in digitless_pattern(tag).findall(ascii_digits(text)))


@functools.cache
def name_values(tag: str) -> tuple[tuple[str, str], ...]:
    """Month and weekday names of `tag`'s language as CLDR gives them (wide; abbreviated only
    with a dot, "Jan.", "Okt."), each with the value it stands for ("month 1", "weekday 1"),
    longest first."""
    from babel.dates import get_day_names, get_month_names

    found: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context, locale_of(tag)).items():
            found.setdefault(name, f"month {number}")
        for number, name in get_month_names("abbreviated", context, locale_of(tag)).items():
            if name.endswith(".") and len(name) > 2:
                found.setdefault(name, f"month {number}")
        for number, name in get_day_names("wide", context, locale=locale_of(tag)).items():
            found.setdefault(name, f"weekday {number + 1}")
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def _is_cased_latin(text: str) -> bool:
    return any("LATIN" in unicodedata.name(char, "") for char in text)


@functools.cache
def names_pattern(tag: str, *, accents: bool = True) -> re.Pattern[str]:
    """One pattern for `name_values(tag)`: Latin and Cyrillic names as whole words (capitalised
    ones as written, lower-case ones in any case), other scripts' wherever they stand; without
    their accents where `accents` is false."""
    alternatives = []
    for name, _ in name_values(tag):
        name = name if accents else folded(name)
        if _is_cased_latin(name) or "CYRILLIC" in unicodedata.name(name[0], ""):
            word = re.escape(name) if name[:1].isupper() else f"(?i:{re.escape(name)})"
            alternatives.append(rf"(?<![^\W\d_]){word}(?![^\W\d_])")
        else:
            alternatives.append(re.escape(name))
    return re.compile("|".join(alternatives) or "(?!)")


def names_in(text: str, tags: tuple[str, ...], *, accents: bool = True) -> tuple[list[str], str]:
    """The month and weekday names in `text` (read in each of `tags`' languages), and the text with
    them blanked. A month is its number, as a numeric or CJK date ("4月") writes it."""
    values: list[str] = []
    for tag in tags:
        meaning = {(name if accents else folded(name)).lower(): value for name, value in reversed(name_values(tag))}

        def blank(match: re.Match[str], meaning: dict[str, str] = meaning) -> str:
            value = meaning[match.group().lower()]
            values.append(value.removeprefix("month "))
            return " "

        text = names_pattern(tag, accents=accents).sub(blank, text)
    return values, text


def ascii_digits(text: str) -> str:
    """Any script's decimal digits as ASCII, the Arabic decimal and group marks as "." and ","."""
    out = []
    for char in text:
        digit = unicodedata.decimal(char, None) if not char.isascii() else None
        out.append(str(digit) if digit is not None else {"٫": ".", "٬": ","}.get(char, char))
    return "".join(out)


@functools.cache
def number_pattern(tag: str) -> re.Pattern[str]:
    """`NUMBER`, and where `tag`'s language groups digits with a space (CLDR: French, Russian…)
    an ordinary space before three digits groups them too, as its writers type it."""
    from babel.numbers import get_group_symbol

    if not get_group_symbol(locale_of(tag)).isspace():
        return NUMBER
    return re.compile(
        NUMBER.pattern.replace(r"(?:[.,", r"(?:(?: (?=\d{3}(?!\d)))|[.,", 1).replace(
            r"]\d+)*", r"]\d+|(?<= )\d{3})*", 1
        )
    )


def get_group_symbol_of(locale) -> str:  # noqa: ANN001
    from babel.numbers import get_group_symbol

    return get_group_symbol(locale)


def number_value(token: str, tag: str) -> list[Decimal]:
    """A number as `tag`'s reader reads it (CLDR symbols, strict grouping), else its digit groups."""
    from babel.numbers import NumberFormatError, parse_decimal

    locale = locale_of(tag)
    if locale.language == "ar":  # (its digits and marks read as ASCII's by `ascii_digits`)
        locale = locale_of("en")
    try:
        return [parse_decimal(token.replace(" ", get_group_symbol_of(locale)), locale, strict=True)]
    except (NumberFormatError, InvalidOperation, ValueError):
        return [Decimal(int(group)) for group in re.findall(r"\d+", token)]


def folded(text: str) -> str:
    """`text` without its accents (NFD, combining marks dropped), as pseudo-localised text is
    compared with the words it came from."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def values_in(
    text: str,
    tag: str,
    *,
    pseudo: bool = False,
    also: tuple[str, ...] = (),
    written: Counter[tuple[str, str]] | None = None,
) -> Counter[str]:
    """The values a reader of `tag`'s language reads in `text`, as comparable strings; `pseudo`
    text (a pseudo-localised block's) has its words read back and its names read in `also`'s
    languages too, without accents. Each number's digits as written, with the value read, are
    added to `written`.

    >>> sorted(values_in("Am 24. Januar um 18:59 Uhr: 1.162 Millionen Euro", "de").elements())
    ['1', '1162000000', '24', 'time 6:59']
    >>> sorted(values_in("2022年1月24日，1162万元", "zh").elements())
    ['1', '11620000', '2022', '24']
    """
    if pseudo:
        text = folded(text.translate(UNPSEUDO))
    text = ascii_digits(text)
    found: Counter[str] = Counter()
    names, text = names_in(text, (tag, *also) if pseudo else (tag,), accents=not pseudo)
    found.update(names)

    def clock(match: re.Match[str]) -> str:
        hour = int(match.group(1)) % 12
        minute = int(match.group(2) or match.group(4) or 0)
        found[f"time {hour}:{minute:02d}"] += 1
        return " "

    text = CLOCK.sub(clock, text)

    def numeric_date(match: re.Match[str]) -> str:
        for group in (1, 3, 4):
            found[f"{Decimal(int(match.group(group)))}"] += 1
        return " "

    text = NUMERIC_DATE.sub(numeric_date, text)
    words = tuple(word for language in ((tag, *also) if pseudo else (tag,)) for word in scale_words(language))
    for match in number_pattern(tag).finditer(text):
        numbers = number_value(match.group().rstrip(_GROUPING), tag)
        after = text[match.end() : match.end() + 24].lstrip(" \u00a0\u202f")
        power = 0
        for word, exponent in words:
            cased = word[-1].lower() != word[-1].upper()  # a word of a cased script ends at a non-letter
            if after.startswith(word) and not (cased and after[len(word) : len(word) + 1].isalpha()):
                if word.isascii() and word.isalpha() and after[:1].isupper() != word[:1].isupper():
                    continue
                power = exponent
                break
        if power:
            numbers[-1] = numbers[-1].scaleb(power)
        for number in numbers:
            found[f"{number.normalize():f}"] += 1
        if written is not None:
            written[(match.group(), " ".join(f"{number.normalize():f}" for number in numbers))] += 1
    return found


def as_written(
    want: Counter[str],
    shown: Counter[str],
    want_written: Counter[tuple[str, str]],
    shown_written: Counter[tuple[str, str]],
) -> list[str]:
    """Numbers the edition shows with the source's very digits and marks (kept as written, never
    a changed value) taken out of both sides; those a reader of each language reads as another
    value are returned ("1.568": 1568 in German, 1.568 in French)."""
    differ = []
    shown_left = Counter(shown_written)
    for (raw, value), count in want_written.items():
        for (other_raw, other_value), other_count in list(shown_left.items()):
            if other_raw != raw or not other_count:
                continue
            taken = min(count, other_count)
            shown_left[(other_raw, other_value)] -= taken
            for one in value.split():
                want[one] -= taken
            for one in other_value.split():
                shown[one] -= taken
            count -= taken
            if value != other_value:
                differ.append(f"{raw}: {value} in the source, {other_value} here")
    for counter in (want, shown):
        for key in [key for key, count in counter.items() if count <= 0]:
            del counter[key]
    return differ


def year_ranges_agree(missing: Counter[str], extra: Counter[str]) -> None:
    """A range's end year written short in one edition and whole in the other ("1848/49",
    "1848–1849") is one value: such pairs are taken out of both."""
    for short in list(missing):
        if short.isdigit() and len(short) == 2:
            whole = next((y for y in extra if y.isdigit() and len(y) == 4 and y.endswith(short)), None)
            if whole:
                missing[short] -= 1
                extra[whole] -= 1
    for counter in (missing, extra):
        for key in [key for key, count in counter.items() if count <= 0]:
            del counter[key]


def text_runs(element, lang: str) -> list[tuple[str, str]]:  # noqa: ANN001 — an lxml element
    """(lang, text) of each text node under `element`, by its nearest `lang`, alt texts aside."""
    runs: list[tuple[str, str]] = []

    def walk(node, lang: str) -> None:  # noqa: ANN001
        own = node.get("lang") or lang
        if node.text:
            runs.append((own, node.text))
        for child in node:
            if isinstance(child.tag, str):
                walk(child, own)
            if child.tail:
                runs.append((own, child.tail))

    walk(element, lang)
    return runs


def blocks_of(article, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:  # noqa: ANN001
    """The article's blocks in document order: (name, runs); an image's alt text is a block."""
    found: list[tuple[str, list[tuple[str, str]]]] = []

    def inherited(node) -> str:  # noqa: ANN001
        return next((n.get("lang") for n in (node, *node.iterancestors()) if n.get("lang")), lang)

    for node in article.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "img" and node.get("alt", "").strip():
            found.append(("alt", [(inherited(node), node.get("alt", ""))]))
        elif node.tag in BLOCKS and not any(a.tag in BLOCKS for a in node.iterancestors()):
            found.append((node.tag, text_runs(node, inherited(node))))
    return found


def parsed(path: Path):  # noqa: ANN201
    from lxml import html as lxml_html

    return lxml_html.document_fromstring(path.read_bytes(), parser=lxml_html.HTMLParser(encoding="utf-8"))


def resolved(path: Path) -> Path | None:
    """The page an address shows: itself, or where its `<meta http-equiv="refresh">` sends."""
    if not path.is_file():
        return None
    refresh = parsed(path).xpath("//meta[translate(@http-equiv,'REFSH','refsh')='refresh']/@content")
    return (path.parent / refresh[0].split("=", 1)[1].strip()).resolve() if refresh else path


def marked_unfinished(tree) -> bool:  # noqa: ANN001
    return bool(
        tree.xpath("//meta[@name='l10n-readiness'][@content='incomplete']")
        or tree.xpath("//meta[@name='robots'][contains(@content,'noindex')]")
        or tree.xpath("//*[contains(concat(' ',@class,' '),' readiness-notice ')]")
    )


def language(tag: str) -> str:
    return locale_of(tag).language


NON_LATIN_LANGUAGES = {"zh", "ja", "ko", "ru", "uk", "ar", "fa", "he", "el", "th", "hi", "bg", "sr", "ka", "hy"}


def readiness_policy(root: Path) -> dict[str, float]:
    """`[l10n.readiness]` of the project's l10n.toml (its keys as README states them)."""
    try:
        settings = tomllib.loads((root / "l10n.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {"min_translated": 1.0}
    policy = settings.get("l10n", {}).get("readiness", {})
    return {"min_translated": float(policy.get("min_translated", 1.0)), **policy}


def qa_errors(root: Path) -> dict[tuple[str, str], list[str]]:
    """(locale, domain) → the translations of the units `l10n qa --json` finds an error in."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "workflow.py"), "qa", "--json", "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    errors: dict[tuple[str, str], list[str]] = {}
    for finding in json.loads(done.stdout or "{}").get("findings", []):
        if finding.get("severity") == "error":
            errors.setdefault((finding["locale"], finding["domain"]), []).append(finding.get("msgid", ""))
    return errors


def source_edition(root: Path, domain: str, source: str) -> Path | None:
    """The site's edition of `domain` in its own language: the folder with no catalog for it."""
    for folder in sorted((root / "site").iterdir()):
        if not folder.is_dir() or (root / "locales" / folder.name / "LC_MESSAGES" / f"{domain}.po").exists():
            continue
        if language(folder.name) == language(source):
            page = resolved(folder / f"{domain}.html")
            if page is not None:
                return page
    return None


def shorten(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


DOTTED_DAY_LANGUAGES = ("de", "da", "nb", "fi", "cs", "sk", "sl", "hr", "et", "is")


@functools.cache
def dotted_day_months() -> frozenset[str]:
    """Month names of the languages whose CLDR long date writes "d. MMMM" (German, Danish,
    Norwegian, Finnish, Czech, Slovak, Slovenian, Croatian, Estonian, Icelandic)."""
    from babel.dates import get_month_names

    return frozenset(
        name.rstrip(".")
        for tag in DOTTED_DAY_LANGUAGES
        for width in ("wide", "abbreviated")
        for name in get_month_names(width, "format", locale_of(tag)).values()
    )


def date_cuts(template, domain: str) -> list[Finding]:  # noqa: ANN001 — a polib.POFile
    """A day's number and its dot ending one unit, its month starting the next of the same place."""
    entries = [entry for entry in template if entry.msgid and not entry.obsolete]
    found = []
    for unit, following in zip(entries, entries[1:]):
        first = following.msgid.split(" ", 1)[0].rstrip(",.")
        if (
            re.search(r"(?:\{number_\d+\}|(?<!\d)\d{1,2})\.$", unit.msgid)
            and first in dotted_day_months()
            and unit.occurrences == following.occurrences
        ):
            found.append(
                Finding("date-cut", f"locales/{domain}.pot", f"{unit.msgid[-30:]!r} | {following.msgid[:40]!r}")
            )
    return found


def read_project(root: Path, *, folder: str) -> tuple[Counter[str], list[Finding]]:
    import polib

    counts: Counter[str] = Counter()
    findings: list[Finding] = []
    errors = qa_errors(root)
    policy = readiness_policy(root)
    for pot in sorted((root / "locales").glob("*.pot")):
        domain = pot.stem
        template = polib.pofile(str(pot))
        source = template.metadata.get("X-Source-Language", "en")
        if language(source) in DOTTED_DAY_LANGUAGES:
            findings.extend(date_cuts(template, domain))
        source_page = source_edition(root, domain, source)
        if source_page is None:
            counts["articles without a source edition"] += 1
            continue
        source_tree = parsed(source_page)
        source_article = source_tree.find(".//article")
        source_blocks = blocks_of(source_article, source_tree.get("lang") or source)
        counts["articles"] += 1
        for po in sorted((root / "locales").glob(f"*/LC_MESSAGES/{domain}.po")):
            locale = po.parent.parent.name
            page = resolved(root / folder / locale / f"{domain}.html")
            if page is None:
                counts["editions missing"] += 1
                findings.append(Finding("missing", f"{folder}/{locale}/{domain}.html", "no page"))
                continue
            where = str(page.relative_to(root.resolve()) if page.is_relative_to(root.resolve()) else page)
            tree = parsed(page)
            article = tree.find(".//article")
            counts["editions"] += 1
            edition_lang = tree.get("lang") or locale
            blocks = blocks_of(article, edition_lang)
            if [name for name, _ in blocks] != [name for name, _ in source_blocks]:
                findings.append(Finding("structure", where, f"{len(blocks)} blocks, the source {len(source_blocks)}"))
                continue
            for number, ((name, runs), (_, source_runs)) in enumerate(zip(blocks, source_blocks, strict=True)):
                counts["blocks"] += 1
                want: Counter[str] = Counter()
                want_written: Counter[tuple[str, str]] = Counter()
                for lang, text in source_runs:
                    want += values_in(text, lang, written=want_written)
                shown: Counter[str] = Counter()
                shown_written: Counter[tuple[str, str]] = Counter()
                pseudo = any(PSEUDO_OPEN in text for _, text in runs)
                for lang, text in runs:
                    pseudo_run = pseudo and language(lang) != language(source)
                    shown += values_in(text, lang, pseudo=pseudo_run, also=(source,), written=shown_written)
                counts["values"] += sum(want.values())
                for differ in as_written(want, shown, want_written, shown_written):
                    findings.append(Finding("as-written", f"{where} {name}#{number}", differ))
                missing, extra = want - shown, shown - want
                year_ranges_agree(missing, extra)
                if missing:  # "1g" shown "غرام" (CLDR's Arabic singular): the number is in the word
                    missing -= sum((digitless_values(text, lang) for lang, text in runs), Counter())
                if missing or extra:
                    findings.append(
                        Finding(
                            "value",
                            f"{where} {name}#{number}",
                            f"missing {dict(missing)} extra {dict(extra)}\n"
                            f"        source: {shorten(''.join(t for _, t in source_runs))}\n"
                            f"        shown:  {shorten(''.join(t for _, t in runs))}",
                        )
                    )
            body = " ".join(article.text_content().split())
            erroneous = set(errors.get((locale, domain), []))
            for entry in polib.pofile(str(po)) if erroneous else []:
                if entry.msgid not in erroneous or not entry.msgstr or entry.obsolete:
                    continue
                msgid = entry.msgid
                bare = entry.msgstr.replace(PSEUDO_OPEN, " ").replace(" !!]", " ").replace("~", " ")
                words = max((" ".join(c.split()) for c in re.split(r"\{[a-z][a-z0-9_]*\}", bare)), key=len)
                if len(words) >= 12 and words in body and words not in " ".join(msgid.split()):
                    findings.append(Finding("qa-error-shown", where, shorten(words)))
            for section in article.xpath(".//header/p[@class='section']"):  # no unit: the source's words (DESIGN)
                section.getparent().remove(section)
            other = [
                text
                for lang, text in text_runs(article, edition_lang)
                if text.strip()
                and any(c.isalpha() for c in text)
                and language(lang) == language(source) != language(edition_lang)
            ]
            held = article.xpath(".//*[@data-status='held']")
            unfinished = bool(other or held)
            counts["editions unfinished"] += unfinished
            if unfinished and policy["min_translated"] >= 1.0 and not marked_unfinished(tree):
                findings.append(Finding("unfinished-unmarked", where, shorten((other or [held[0].text_content()])[0])))
            if not marked_unfinished(tree) and language(edition_lang) in NON_LATIN_LANGUAGES:
                counts["finished non-Latin editions"] += 1
                for lang, text in text_runs(article, edition_lang):
                    found = LATIN_WORDS.search(text)
                    if found and PSEUDO_OPEN not in text:
                        findings.append(Finding("latin-in-finished", where, f"[{lang}] {shorten(found.group())}"))
    return counts, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--folder", choices=("site", "build"), default="site")
    parser.add_argument("--limit", type=int, default=30, help="findings printed (all with -v)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    counts, findings = read_project(args.project.resolve(), folder=args.folder)
    print(", ".join(f"{name} {count}" for name, count in counts.items()))
    kinds = Counter(finding.kind for finding in findings)
    print("findings: " + (", ".join(f"{kind} {count}" for kind, count in kinds.most_common()) or "none"))
    for finding in findings if args.verbose else findings[: args.limit]:
        print(f"  {finding.kind}: {finding.where}\n        {finding.detail}")


if __name__ == "__main__":
    main()
