"""The built-in QA checks. Each returns None when fine, else a short detail for the report.

The checks on characters readers cannot see (bidi controls, direction markup, zero-width and
control characters) are in `l10n.qa.invisible`, those on web and email addresses in `addresses`.

A letter's script and a locale's scripts are `l10n.writing_systems`' (Unicode character names,
CLDR likely subtags), the table ingest reads too.
Simplified vs Traditional Chinese (`script-variant`) is `l10n.qa.script_variant`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from l10n.folding import without_accents
from l10n.mt.base import placeholders
from l10n.placeables.naming import PLACEHOLDER_PATTERN
from l10n.qa.registry import CheckedUnit, check
from l10n.writing_systems import SCRIPT_NAMES, letter_script, scripts_shown

CJK_SENTENCE_END = "。！？"
LATIN_SENTENCE_END = ".!?"
OTHER_SENTENCE_END = {"ar": ".!?؟", "el": ".!;", "hi": "।.!?", "ja": "。！？", "zh": "。！？"}
CLOSERS = "\"'”’»」』）)]】"
BRACKET_PAIRS = ("()", "[]", "（）", "【】", "「」", "『』", "《》", "“”")
QUOTE_PAIRS = ("「」", "『』", "“”")
QUOTE_OPENINGS = "“「『«„"
QUOTE_CLOSINGS = "”」』»"
LOW_OPENING_QUOTE_LANGUAGES = frozenset({"de", "cs", "sk", "bg", "lt", "is", "et", "sl", "hr", "ka", "mk"})
"""Languages whose quotations open with „ and close with “ (CLDR delimiters, quotationEnd “)."""
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff"
"""Latin letters with or without diacritics (Latin-1 letters, Extended-A/B, IPA, Extended
Additional): a translation or a pseudo-translation writes "v0.12" as "ṽ0.12" and "int128" as
"îñŧ128", still a name with digits, not a number standing alone."""
_NUMBER = re.compile(rf"(?<![{_LATIN_LETTER}\d])(?<![{_LATIN_LETTER}]-)\d+(?:[.,]\d+)*(?![{_LATIN_LETTER}\d])")
"""A standalone number; digits inside a name such as "COVID-19", "A380" or "1990s" belong to the name."""
_VERSION = re.compile(rf"(?<![\d.])\d+(?:\.\d+)+(?=[{_LATIN_LETTER}])|(?<=[{_LATIN_LETTER}])\d+(?:\.\d+)+(?!\.?\d)")
"""A dotted number glued to letters, a version ("v0.12", "1.0.2i", "Python3.12"): the letters
around it may change in translation, its digits may not."""
_DIGIT = re.compile(r"\d")
_ALPHANUMERIC = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*\b")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,7}$")
_NOT_QUOTES = tuple(pair for pair in BRACKET_PAIRS if pair not in QUOTE_PAIRS)
_BRACKET = re.compile("[" + re.escape("".join(BRACKET_PAIRS)) + "]")
_QUOTE_MARK = re.compile("[" + re.escape(QUOTE_OPENINGS + QUOTE_CLOSINGS + '"') + "]")

LENGTH_RATIO_LIMITS: dict[str, tuple[float, float]] = {"zh": (0.12, 0.9), "ja": (0.15, 1.1), "ko": (0.2, 1.2)}
DEFAULT_LENGTH_RATIO_LIMITS = (0.5, 2.5)
MIN_LENGTH_FOR_RATIO = 20
SOURCE_FACTS = 1 << 15
"""Source texts whose facts (numbers, quotes) a process keeps, keyed by the text: a msgid is checked
once per locale, locale after locale (`run_qa`); 2**15 holds the units of ~1,500 articles."""


def without_placeholders(text: str) -> str:
    if "{" not in text:  # most units: no placeholder (every one opens with a brace)
        return text
    return PLACEHOLDER_PATTERN.sub(" ", text)


def _without_terms(text: str, terms: frozenset[str]) -> str:
    for term in sorted(terms, key=len, reverse=True):
        text = text.replace(term, " ")
    return text


@check(id="placeholders", severity="error", reads_locale=False)
def placeholders_kept(unit: CheckedUnit) -> str | None:
    """Placeholders missing or extra: keep every {name} of the source exactly as often."""
    if "{" not in unit.msgid and "{" not in unit.msgstr:  # most units: nothing to count
        return None
    source, target = _placeholder_counts(unit.msgid), Counter(placeholders(unit.msgstr))
    missing = sorted((source - target).elements())
    extra = sorted((target - source).elements())
    parts = ([f"missing {' '.join(missing)}"] if missing else []) + ([f"extra {' '.join(extra)}"] if extra else [])
    return "; ".join(parts) or None


@lru_cache(maxsize=SOURCE_FACTS)
def _placeholder_counts(msgid: str) -> Counter[str]:
    """The source's placeholders counted (shared across locales: never changed by a caller)."""
    return Counter(placeholders(msgid))


def _numbers(text: str) -> Counter[str]:
    """The standalone numbers of `text` (placeholders already taken out)."""
    return Counter(n.replace(",", "") for n in _NUMBER.findall(text) if n)


def _alphanumeric_digits(text: str) -> frozenset[str]:
    """Digit groups of the source's alphanumerics ("Q4", "T1", "FY2025", "COVID-19", "1990s"):
    the translation may write them on their own ("第4季度", "1号航站楼", "1990年代"), and a decade
    as its century and decade ("1990s" → "20世纪90年代")."""
    found: set[str] = set()
    for token in _ALPHANUMERIC.findall(without_placeholders(text)):
        for digits in re.findall(r"\d+", token):
            found.add(digits)
            if re.fullmatch(r"1\d\d0", digits) and token.endswith(digits + "s"):
                found.update({digits[2:], str(int(digits[:2]) + 1)})
    return frozenset(found)


def _count_whole(number: str, text: str) -> int:
    """How often `number` stands in `text` as a whole number: "0.12" is not in "10.12" or "0.123"."""
    return len(re.findall(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", text))


_NAMED_DIGITS = re.compile(
    rf"(?<![{_LATIN_LETTER}])(?P<a>[{_LATIN_LETTER}]++)-?(?P<d>\d+(?:[.,]\d+)*)(?![\d{_LATIN_LETTER}])"
    rf"|(?<![\d{_LATIN_LETTER}])(?P<e>\d+(?:[.,]\d+)*)(?P<b>[{_LATIN_LETTER}]+)"
)
"""A name with digits ("Ø12", "v0.12", "A380", "1990s", "COVID-19"): its letters, then its digits.
Letters are taken from a run's first one and never given back (`++`): a shorter run ends before a
letter, where no `-` or digit follows, so the matches are the same without a walk over every word."""


def _letters_key(letters: str) -> str:
    """A name's letters as a translation or pseudo-translation may write them: case and accents
    aside ("ṽ" is "v"; "ŧ" stays itself, which only makes a name harder to match, never an alarm)."""
    return without_accents(letters).casefold()


def _digit_names(text: str) -> dict[str, set[str]]:
    """The names with digits of `text`: letters (`_letters_key`, digits' side) → digits."""
    found: dict[str, set[str]] = {}
    for m in _NAMED_DIGITS.finditer(text):
        letters, digits = (m["a"], m["d"]) if m["a"] else (m["b"], m["e"])
        found.setdefault(_letters_key(letters) + ("<" if m["a"] else ">"), set()).add(digits.replace(",", ""))
    return found


def _renumbered_names(source: dict[str, set[str]], target: str) -> set[str]:
    """Digits of a source name (`source`: `_digit_names` of the source) the translation writes with the
    same letters but other digits ("Ø12" → "Ø13", "v0.12" → "v10.12", "1990s" → "1980s"): a
    changed value. A name the translation drops or writes another way ("Q4" → "第四季度") is not
    judged here."""
    if not source:  # no name with digits in the source: nothing to compare
        return set()
    theirs = _digit_names(target)
    changed: set[str] = set()
    for key, digits in source.items():
        if key in theirs:
            changed.update(d for d in digits if d not in theirs[key])
    return changed


@lru_cache(maxsize=SOURCE_FACTS)
def _source_numbers(msgid: str) -> tuple[Counter[str], frozenset[str], Counter[str], dict[str, set[str]]]:
    """What `numbers_unchanged` reads of a source, the same in every locale: standalone numbers,
    alphanumerics' digits, versions, names with digits (shared: never changed by a caller)."""
    text = without_placeholders(msgid)
    return _numbers(text), _alphanumeric_digits(msgid), Counter(_VERSION.findall(text)), _digit_names(text)


@check(id="numbers", severity="error", reads_locale=False)
def numbers_unchanged(unit: CheckedUnit) -> str | None:
    """Numbers outside placeholders differ from the source: numbers belong in placeholders or must match."""
    if not _DIGIT.search(unit.msgid) and not _DIGIT.search(unit.msgstr):  # no number on either side
        return None
    source, free, versions, names = _source_numbers(unit.msgid)
    target_text = without_placeholders(unit.msgstr)
    target = _numbers(target_text)
    added = sorted(n for n in (target - source).elements() if n not in free)
    removed = sorted((source - target).elements())
    removed += sorted(v for v, count in versions.items() if _count_whole(v, target_text) < count)
    removed += sorted(_renumbered_names(names, target_text) - set(removed))
    parts = ([f"added {' '.join(added)}"] if added else []) + ([f"removed {' '.join(removed)}"] if removed else [])
    return "; ".join(parts) or None


@check(id="glossary", severity="warning", reads_locale=False)
def glossary_used(unit: CheckedUnit) -> str | None:
    """Glossary term not used: translate the term as the glossary says."""
    missed = [f"{t.term} = {t.translation}" for t in unit.terms if t.translation not in unit.msgstr]
    return "; ".join(missed) or None


@check(id="untranslated", severity="warning", applies_to_empty=True, reads_locale=False)
def translated(unit: CheckedUnit) -> str | None:
    """Untranslated: the unit has no translation yet."""
    return None if unit.msgstr else "empty msgstr"


@check(id="same-as-source", severity="warning", reads_locale=False)
def differs_from_source(unit: CheckedUnit) -> str | None:
    """Translation is identical to the source text in a locale that should differ."""
    if unit.msgstr != unit.msgid:
        return None
    words = _LATIN_WORD.findall(_without_terms(without_placeholders(unit.msgid), unit.protected))
    return "msgstr == msgid" if words else None


@check(id="whitespace", severity="warning", reads_locale=False)
def edge_whitespace(unit: CheckedUnit) -> str | None:
    """Leading or trailing whitespace differs from the source."""
    source = (unit.msgid[: len(unit.msgid) - len(unit.msgid.lstrip())], unit.msgid[len(unit.msgid.rstrip()) :])
    target = (unit.msgstr[: len(unit.msgstr) - len(unit.msgstr.lstrip())], unit.msgstr[len(unit.msgstr.rstrip()) :])
    return None if source == target else f"source {source!r}, translation {target!r}"


def _end_mark(text: str) -> str:
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
    return stripped[-1:] if stripped else ""


@check(id="end-punctuation", severity="warning")
def end_punctuation(unit: CheckedUnit) -> str | None:
    """End punctuation does not match the source (zh/ja sentences end with full-width 。！？)."""
    source_end, target_end = _end_mark(unit.msgid), _end_mark(unit.msgstr)
    language = unit.locale.language
    enders = OTHER_SENTENCE_END.get(language, LATIN_SENTENCE_END)
    if not source_end or source_end not in LATIN_SENTENCE_END:  # ("" is in every string)
        if target_end and target_end in enders + LATIN_SENTENCE_END:
            return f"source has no end mark, translation ends with {target_end!r}"
        return None
    if language in ("zh", "ja"):
        accepted = CJK_SENTENCE_END[LATIN_SENTENCE_END.index(source_end)]
    else:
        accepted = enders if language in OTHER_SENTENCE_END else source_end
    return (
        None if target_end and target_end in accepted else f"expected {accepted[0]!r} at the end, found {target_end!r}"
    )


def _depth(text: str, opening: str, closing: str) -> int:
    """Openings left unclosed (> 0), or -1 at the first closing with nothing open."""
    if closing not in text:  # most units: no walk needed
        return text.count(opening)
    depth = 0
    for char in _marks_of(opening + closing).findall(text):  # the walk over the two marks only
        depth += 1 if char == opening else -1
        if depth < 0:
            return -1
    return depth


@cache
def _marks_of(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def _open_quotes(text: str, language: str = "en") -> int:
    """How the unit leaves quotation marks: +1 opens one it does not close, -1 closes one it
    did not open, 0 balanced. A quotation of several sentences is split into units, each
    unbalanced on its own while the paragraph is not: “First. | Second.” A straight quote
    opens after a space or at the start, and closes otherwise."""
    if not _QUOTE_MARK.search(text):  # most units: no walk needed
        return 0
    closings = QUOTE_CLOSINGS + ("“" if language in LOW_OPENING_QUOTE_LANGUAGES else "")
    openings = "".join(mark for mark in QUOTE_OPENINGS if mark not in closings)
    balance = 0
    for mark in _QUOTE_MARK.finditer(text):  # other characters leave the balance alone
        char, index = mark.group(), mark.start()
        if char == '"':
            balance += 1 if index == 0 or text[index - 1] in " \t([{—–-" else -1
        else:
            balance += (char in openings) - (char in closings)
    return (balance > 0) - (balance < 0)


@lru_cache(maxsize=SOURCE_FACTS)
def _source_quotes(msgid: str, language: str = "en") -> int:
    """`_open_quotes` of a source, placeholders out (the same in every locale), read in the
    source's own language: a German article's „Gut.“ is one quotation, closed, as its French
    translation's « Bien. » is (read as English, its “ opened a second: every quotation of
    such an article was "unbalanced" in every translation, sweep46)."""
    return _open_quotes(without_placeholders(msgid), language)


@check(id="brackets", severity="warning")
def brackets_balanced(unit: CheckedUnit) -> str | None:
    """Brackets or quotation marks are unbalanced in the translation."""
    text = without_placeholders(unit.msgstr)
    problems = []
    if _BRACKET.search(text):  # most units: no bracket at all
        problems = [pair for pair in _NOT_QUOTES if (pair[0] in text or pair[1] in text) and _depth(text, *pair) != 0]
    if _open_quotes(text, unit.locale.language) != _source_quotes(unit.msgid, unit.source_language) and (
        _QUOTE_MARK.findall(text) != _QUOTE_MARK.findall(without_placeholders(unit.msgid))
    ):  # (a translation keeping the source's marks as they stand leaves open what its source leaves open)
        # a quote the source leaves open for the paragraph's next unit may stay open here
        marks = [pair for pair in QUOTE_PAIRS if _depth(text, *pair) != 0] + (['"'] if text.count('"') % 2 else [])
        problems += marks or ["“”"]
    return ("unbalanced " + " ".join(problems)) if problems else None


@check(id="length-ratio", severity="warning")
def length_ratio(unit: CheckedUnit) -> str | None:
    """Translation length is unusual for this language: check for missing or added text."""
    source = without_placeholders(unit.msgid).strip()
    target = without_placeholders(unit.msgstr).strip()
    if len(source) < MIN_LENGTH_FOR_RATIO:
        return None
    low, high = LENGTH_RATIO_LIMITS.get(unit.locale.language, DEFAULT_LENGTH_RATIO_LIMITS)
    ratio = len(target) / len(source)
    return None if low <= ratio <= high else f"length ratio {ratio:.2f} outside {low}–{high}"


@check(id="latin-in-cjk", severity="warning")
def latin_left_in_cjk(unit: CheckedUnit) -> str | None:
    """Latin words left in Chinese/Japanese/Korean text (beyond placeholders, acronyms and do-not-translate terms)."""
    if not unit.locale.is_cjk:
        return None
    text = _without_terms(without_placeholders(unit.msgstr), unit.protected)
    words = [w for w in _LATIN_WORD.findall(text) if not _ACRONYM.match(w)]
    return ("left: " + " ".join(dict.fromkeys(words))) if words else None


@check(id="double-space", severity="warning", reads_locale=False)
def double_space(unit: CheckedUnit) -> str | None:
    """Double spaces in the translation."""
    return "two or more spaces in a row" if "  " in unit.msgstr and "  " not in unit.msgid else None


@check(id="script", severity="error")
def expected_script(unit: CheckedUnit) -> str | None:
    """The translation is not written in the locale's script (e.g. Cyrillic for ru, Hangul for ko)."""
    scripts = checked_scripts(unit.locale.code)
    if not scripts:
        return None
    text = _without_terms(without_placeholders(unit.msgstr), unit.protected)
    chars = set(text)
    if _has_script_letter(chars, scripts) or not _letter_beside_acronyms(text, chars):
        return None
    return f"no {'/'.join(SCRIPT_NAMES[script] for script in sorted(scripts))} characters"


@cache
def checked_scripts(locale_code: str) -> frozenset[str]:
    """The scripts a translation into `locale_code` must show a letter of (`scripts_shown`:
    CLDR's script of the locale, `sr_Latn` Latin), or none for a locale written in Latin: a
    Latin-script translation may be all names and acronyms, and its letters are the source's.

    >>> [sorted(checked_scripts(code)) for code in ("ja", "ko", "sr", "sr_Latn", "uk", "de")]
    [['Hani', 'Kana'], ['Hang'], ['Cyrl'], [], ['Cyrl'], []]
    """
    scripts = scripts_shown(locale_code)
    return frozenset() if "Latn" in scripts else scripts


def _letter_beside_acronyms(text: str, chars: set[str]) -> bool:
    """Whether `text` (its characters `chars`) has a letter outside its Latin acronyms ("NASA",
    "COVID-19": `_ACRONYM`), which a text in any script may hold. An ASCII letter is always in
    a `_LATIN_WORD` match, and no other letter ever is: so a letter that is not ASCII answers at
    once (a pseudo-translation's, most units that fail), else a Latin word not an acronym."""
    if any(c.isalpha() and not c.isascii() for c in chars):
        return True
    return any(not _ACRONYM.match(word) for word in _LATIN_WORD.findall(text))


def _has_script_letter(chars: set[str], scripts: frozenset[str]) -> bool:
    """Whether one of `chars` is a letter of one of `scripts` (`letter_script`). Each character
    is judged once per process and remembered on its side (`_judged`), so a unit's characters
    are matched by set operations, not one call each (a pseudo-translated ja/ko/ru unit has none
    of its script's letters, and every one of its characters was asked)."""
    letters, others = _judged(scripts)
    if not letters.isdisjoint(chars):
        return True
    found = False
    for char in chars - others:  # characters not judged yet (or letters of the script)
        if char.isalpha() and letter_script(char) in scripts:
            letters.add(char)
            found = True
        else:
            others.add(char)
    return found


@cache
def _judged(scripts: frozenset[str]) -> tuple[set[str], set[str]]:
    """(letters of the scripts, other characters) seen so far for `scripts`: facts of the
    Unicode database this process runs with, never of a unit, so nothing here can go stale."""
    return set(), set()


@check(id="mt-failed", severity="error", applies_to_empty=True, reads_locale=False)
def machine_translation_failed(unit: CheckedUnit) -> str | None:
    """Machine translation failed here (placeholders did not survive): translate this unit by hand."""
    if not unit.mt_failure or (unit.msgstr and not unit.fuzzy):
        return None  # a reviewed translation settles it, whoever wrote it
    return unit.mt_failure


# The Chinese script-variant check has its own module; imported here, so it is registered after
# the checks above, where it always was (`all_checks`' order is the order of a unit's findings).
from l10n.qa.script_variant import SHARED_BY_BOTH_SCRIPTS, chinese_script_variant  # noqa: E402, F401
