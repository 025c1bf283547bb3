"""Numbers that belong to a name and stay text: "Innovation 2020", "Jekyll 4.0", "CVE 2024-21626".

A number right after a capitalised word names something (a product, an event, a model, an
identifier) and is part of that name in every language, so it is not localised: "Kubernetes
1.30" written "Kubernetes 1,30" in Spanish is a wrong name, not a Spanish number. The
exceptions are where the capitalised word only starts the sentence:

- an ordinary sentence opener ("Over 200 came") or a possessive ("South Carolina's 54") is not
  a name's word, and neither is a month, weekday or currency sign;
- at the sentence's start a measure noun before the number or after it ("Magnitude 6.3
  according to…", "Shallow 6.1 magnitude earthquake") makes it a measure. A dotted number after
  any other opening word is a version ("Jekyll 4.0 caches…", "Python 3.12 was released"): the
  real corpora (Wikinews, the blind Markdown posts, the labelled pages) hold versions after
  product names at a sentence's start (Android, Linux, Firefox, Kubernetes, Rouge, Industry 4.0)
  and magnitudes as the only measures written that way.
- A word with an inner capital names a product ("macOS 10.13", "iOS 13.2"), and dotted numbers
  joined by a dash after a name are its versions ("TLS 1.0–1.2", "Go 1.21 - 1.23"): values14
  read "macOS 10,13" and "TLS 1,0–1,2" in the Go blog's German edition.
- Digit groups joined by a hyphen after a name are an identifier or a model, not a range:
  "CVE 2024-21626" (the CVE list's id), "Boeing 737-800". Two years stay a year range
  ("Copyright 2011-2016", "NBA 2019-20 season"): those are spans of time, rendered per locale.
- A dotted number a version noun names is a version, capitalised word or not: "the 1.78
  release", "series 3.6", "a stable 1.0 release" (reader8 read "1,78" and "3,6" in the Spanish
  and German editions of Rust and Jekyll posts). Only a dotted number: "3 releases" counts. So
  does a copula between ("Our next major release will be 0.2 coming this summer": Kubeflow's read
  "0,2"; values15) where nothing but a function word or participle follows ("2.5 hours" measures).
- A dotted number right after a lower-case product's name is its version: "glibc 2.17,",
  "(kernel 3.10)", "containerd 2.0", "crun 1.9 or greater", "python 3.11 or later" (reader9:
  "glibc 2,17" in the German edition of Rust's glibc post). A decimal after a lower-case word is
  a measure where the word is not a name ("rose 2.17 points", "a 3.5 magnitude", "at 31.5%"):
  so only where the number ends its phrase (punctuation, the sentence's end, or a function word:
  "or", "and", "o" …: a measure goes on to its noun), and the word is no function word (one list,
  `function_words`: English's and jusText's stop lists of the other languages of the source
  pages: "de 3.2." in Spanish is a decimal), no verb ("-ed", "-ing", "-s" forms and the
  irregular past tenses of market reports: "rose 2.17, or 0.1%"), no adjective ("-ful", "-ous"
  …) or measure noun ("score 8.6,"), and has no English article before it: "a record 4.3," and
  "a powerful 7.8." measure (session 13's review).
- A dotted number after a preposition is a version where it ends its phrase (as above) and
  either the preposition places it in a sequence of releases — "since 1.0,", "Until 1.6,",
  "before 1.75 don't", "make it into 1.8," (`SEQUENCE_PREPOSITIONS`: a decimal quantity after
  them goes on to its unit, "after 2.5 hours") — or a word naming a change of version stands
  before it in its clause, nothing naming a measure in between: "updated to 11.3 last week",
  "updates of the V8 JavaScript engine to 11.3,", "stabilized in 1.70", "Changes from 1.24 to
  1.25" (`VERSION_CHANGE_WORDS`; values14: "11,3" in the German, Spanish and French editions of
  Node.js's release post, "Until 1,6" in the Go blog's). A release stage is such a word too:
  "eventually GA in 1.20 in 2020", "targeting Beta in 1.25", and a release plan's verb,
  "KEPs that we are targeting in 1.25" (values15: the Kubernetes blog's "1,20" and "1,25").
  Decimals after the same prepositions stay numbers: "rose to 11.3%", "fell to 11.3 points", "is
  now at 20.4,", "up from 18.4 in the previous week", "in August to 67.3 in October", "updated its
  growth forecast to 2.3".
- Numbers listed after a name's number or a version share its reading: "Windows 7, 8, and
  8.1", "series 3.6, 3.7 and 3.8", "from version 0.3 to 0.4" (joined by commas, "and", "or",
  or a span's "to"), unless a noun follows the item ("Windows 7, 200 people" counts).

`detect` protects a name's span unless a value starts at its number and goes on past it (a
quantity or a range with its unit: the value wins).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from l10n.placeables.patterns import COUNT_NOUNS, value_patterns
from l10n.placeables.vocabulary import CURRENCY_PREFIXES, MONTHS, ORDINARY_STARTERS, WEEKDAYS

NOT_NAME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(CURRENCY_PREFIXES) | {"I"}
"""Capitalised words a number after which is never part of a name."""
MEASURE_NOUNS = frozenset("magnitude intensity temperature temperatures rating index".split())
"""Nouns that make a number at a sentence's start a measure ("Magnitude 6.3"), before or after it."""
VERSION_NOUNS = "versions?|releases?|series|editions?|builds?"
"""Nouns that name a dotted number a version, before it ("series 3.6") or after it ("the 1.78 release")."""

NOT_PRODUCT_WORDS = (
    frozenset(word.lower() for word in ORDINARY_STARTERS)
    | MEASURE_NOUNS
    | frozenset(
        "rose fell won lost grew sank shrank slid hit cut rise fall grow sink win lose set put spent spend paid pay "
        "made make took take saw see ran run stood stand kept keep gave give held hold struck topped "
        "score scores rate ratio average factor level grade value height weight size gpa ph "
        "new all-new latest previous total additional estimated remaining further another record".split()
    )
)
"""Lower-case words besides function words (`function_words`) a dotted number after which is a
measure, not a product's version ("rose 2.17,", "a record 4.3")."""
SEQUENCE_PREPOSITIONS = frozenset("since until till before after into".split())
"""Prepositions a bare dotted number ending its phrase after which is a point in a sequence of
releases ("since 1.0,", "Until 1.6,", "into 1.8,"): a quantity after them goes on to its unit."""
VERSION_CHANGE_WORDS = frozenset(
    "update updates updated updating upgrade upgrades upgraded upgrading downgrade downgraded downgrading "
    "bump bumps bumped release releases released version versions stabilized stabilised introduced "
    "deprecated removed fixed landed shipped changes feature features preview coming "
    "alpha beta ga stable graduated graduates graduate promoted targeting targeted slated".split()
)
"""Words naming a change of version, a release stage or a release plan: a dotted number ending its
phrase after "to", "from", "in", "for" or "with" in their clause is the version changed to
("updated to 11.3", "stabilized in 1.70", "Changes in 1.30", "GA in 1.20", "targeting in 1.25").
Not "changed", "added" or "rose": a market's figures change to numbers."""
VERSION_PREPOSITIONS = "to|from|in|for|with"
VERSION_CHANGE_REACH = 6
"""Words a clause may hold between the change word and its preposition ("updates of the V8
JavaScript engine to 11.3"), none of them naming a measure (`MEASURE_WORDS`, `MEASURE_NOUNS`)."""
MEASURE_WORDS = frozenset(
    "forecast forecasts estimate estimates outlook projection projections target targets guidance growth "
    "figure figures price prices number numbers percentage share shares stake yield rank ranking "
    "score scores rate rates ratio average factor level grade value height weight size total record".split()
)
"""Nouns of measures a change word may govern ("updated its growth forecast to 2.3"): a decimal."""
ARTICLES = frozenset({"a", "an", "the"})
"""The word between an English article and a dotted number modifies a measure ("a record 4.3",
"a perfect 10.0"). English only: "la ley 20.741" names a law (a Chilean page of the blind corpus)."""
ENGLISH_FUNCTION_WORDS = frozenset(
    "in into onto on at for from with by as per near about above below than up down off out around since until "
    "to or and but which that last this also still now instead onward onwards nearly almost just only least most "
    "is are was were be been being am has have had do does did will would can could may might must shall should "
    "it its their our his her my your we they he she you one".split()
)
"""English function words around a dotted number. Not jusText's English list, which counts what is
frequent in English text: "went", "became", "made" stand before versions ("since it went 1.0")."""
STOPLIST_LANGUAGES = ("Spanish", "Portuguese", "French", "Italian", "German", "Dutch", "Catalan")
"""The other languages of the source pages whose function words `function_words` holds (jusText's lists)."""
MEASURE_ENDINGS = ("ed", "ing", "s", "ance", "ence", "ity", "tion", "ment", "ness", "ure", "age")
"""Endings of verbs ("gained 2.17,", "tops 3.5,") and abstract nouns ("significance 0.05.",
"temperature 36.6.") before a decimal: no product's name ends so."""
ADJECTIVE_ENDINGS = ("ful", "ous")
"""Endings of adjectives only ("powerful 7.8", "enormous 9.1"); "-ive" or "-able" end products'
names too ("hive 2.3", "table 2.1"), and an article before the adjective tells the rest."""


@functools.cache
def function_words() -> frozenset[str]:
    """The one list of function words a product's name is not, before a dotted number, and that
    ends its phrase after it ("crun 1.9 or greater"): English's (`ENGLISH_FUNCTION_WORDS`) and, loaded
    on first use, jusText's stop lists of `STOPLIST_LANGUAGES` ("de 3.2." in Spanish is a decimal)."""
    import justext  # on demand: only sentences with a dotted number after a lower-case word

    others = (word.lower() for language in STOPLIST_LANGUAGES for word in justext.get_stoplist(language))
    return ENGLISH_FUNCTION_WORDS | frozenset(others)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "name_range": re.compile(
            r"(?=[A-Z])\b(?P<word>[A-Z][A-Za-z’'-]*)\s(?P<num>\d+(?:[-–]\d+)+|\d+\.\d+(?:\s?[-–]\s?\d+\.\d+)+)"
            r"(?!\w|[.,:/]\d)"
            rf"(?!\s(?:{COUNT_NOUNS})\b)"
        ),
        "camel_version": re.compile(  # "macOS 10.13", "iOS 17.2": an inner capital makes a name
            r"(?<![\w.’'-])(?P<word>[a-z]+[A-Z][A-Za-z0-9]*)\s(?P<num>\d+\.\d+)(?!\w|[.,:/-]\d)"
        ),
        "measure_after": re.compile(rf"\s(?:{'|'.join(MEASURE_NOUNS)})\b", re.IGNORECASE),
        "years": re.compile(r"[12]\d{3}[-–](?:[12]\d{3}|\d{2})"),
        "version": re.compile(
            rf"(?:(?P<noun>\b(?:{VERSION_NOUNS})\s)|(?<![\w.,]))(?P<num>\d+\.\d+)(?!\w|[.,:/-]\d)"
            rf"(?(noun)|\s(?:{VERSION_NOUNS})\b)",
            re.IGNORECASE,
        ),
        "copula_version": re.compile(  # "Our next major release will be 0.2 coming this summer."
            rf"\b(?:{VERSION_NOUNS})\s"
            r"(?:is|was|becomes|became|(?:will|would|should|could|may|might)\s(?:now\s)?be)\s"
            r"(?P<num>\d+\.\d+)(?!\w|[.,:/-]\d)(?=[,;:)\]!?\"”]|\.(?!\d)|$|\s(?P<next>[\w’'-]+))",
            re.IGNORECASE,
        ),
        "lower_version": re.compile(  # "glibc 2.17,", "crun 1.9 or greater": `_is_product_word`
            r"(?<![\w.’'-])(?P<word>[a-z][a-z0-9+_-]*)\s(?P<num>\d+\.\d+)(?!\w|[.,:/-]\d)"
            rf"(?!\s(?:{COUNT_NOUNS})\b)(?=[,;:)\]!?\"”]|\.(?!\d)|$|\s(?P<next>\w+))"
        ),
        "word_before": re.compile(r"(?P<before>\w+)\W*\Z"),
        "after_preposition": re.compile(  # "since 1.0,", "updated to 11.3 last week": `_is_version_after`
            rf"(?<![\w.’'-])(?P<word>{'|'.join(SEQUENCE_PREPOSITIONS)}|{VERSION_PREPOSITIONS})\s(?P<num>\d+\.\d+)"
            rf"(?!\w|[.,:/-]\d)(?!\s(?:{COUNT_NOUNS})\b)(?=[,;:)\]!?\"”]|\.(?!\d)|$|\s(?P<next>\w+))",
            re.IGNORECASE,
        ),
        "clause_words": re.compile(r"[^\W\d][\w’'-]*|\d\w*|[,;:()\[\]]"),
        "listed": re.compile(  # an item a noun follows counts ("Windows 7, 200 people"): not listed
            r"(?:,\s(?:and\s|or\s)?|\s(?:and|or|to)\s)(?P<num>\d+(?:\.\d+)?)"
            r"(?=[,;:)\]!?\"'”’]|\.(?!\d)|$|\s(?:and|or|but|are|is|were|was|have|had|in|on|at|by|for|last|this|since|until)\b)"
        ),
    }


def name_spans(sentence: str) -> Iterator[tuple[int, int, int]]:
    """(start of the name, start of its number, end of its number) for every name with a number,
    every version a version noun names (the span ends with the noun when it follows: "the 1.78
    release"), and every number listed after either (from its comma, "and", "or" or "to")."""
    listed = _patterns()["listed"]
    for start, number_start, number_end in _named_numbers(sentence):
        yield start, number_start, number_end
        if not sentence[number_end - 1].isdigit():
            continue
        while item := listed.match(sentence, number_end):
            yield item.start(), item.start("num"), item.end("num")
            number_end = item.end("num")


def _named_numbers(sentence: str) -> Iterator[tuple[int, int, int]]:
    first_word = re.match(r"\W*", sentence)
    first_word_start = first_word.end() if first_word else 0
    patterns = _patterns()
    matches = list(value_patterns()["name_number"].finditer(sentence))
    if "-" in sentence or "–" in sentence:
        ranges = patterns["name_range"].finditer(sentence)
        matches += [
            match
            for match in ranges  # "OCTOBER 24-28, 2022": a month in capitals is no name either
            if not patterns["years"].fullmatch(match["num"]) and match["word"].title() not in NOT_NAME_WORDS
        ]
    for match in matches:
        word = match["word"]
        if word in NOT_NAME_WORDS or word.endswith(("'s", "’s")):
            continue
        if match.start() == first_word_start and _opens_a_count_or_measure(match):
            continue
        yield match.start(), match.start("num"), match.end("num")
    if "." in sentence:
        for match in patterns["lower_version"].finditer(sentence):
            if _is_product_word(match, sentence):
                yield match.start(), match.start("num"), match.end("num")
        for match in patterns["copula_version"].finditer(sentence):
            if _ends_a_phrase(match["next"]):
                yield match.start(), match.start("num"), match.end("num")
        for match in patterns["camel_version"].finditer(sentence):
            yield match.start(), match.start("num"), match.end("num")
        for match in patterns["after_preposition"].finditer(sentence):
            if _is_version_after(match, sentence):  # from the preposition: a value of the number alone is shorter
                yield match.start(), match.start("num"), match.end("num")
        for match in patterns["version"].finditer(sentence):  # the span reaches past a value's
            if match["noun"]:
                yield match.start(), match.start("num"), match.end("num")
            else:
                yield match.start("num"), match.start("num"), match.end()


def _is_product_word(match: re.Match[str], sentence: str) -> bool:
    """Whether the lower-case word before a dotted number (`lower_version`) can be a product's
    name ("glibc", "kernel", "python"): no function word, verb, adjective or measure noun ("de",
    "rose", "powerful", "score"), no article before it ("a record"), and only a function word
    after the number, if a word follows ("crun 1.9 or greater")."""
    word, after = match["word"], match["next"]
    if word in NOT_PRODUCT_WORDS or word.endswith(MEASURE_ENDINGS + ADJECTIVE_ENDINGS):
        return False
    if word in function_words() or (after is not None and after.lower() not in function_words()):
        return False
    before = _patterns()["word_before"].search(sentence, max(0, match.start() - 40), match.start())
    return before is None or before["before"].lower() not in ARTICLES


def _ends_a_phrase(after: str | None) -> bool:
    """Whether the word after a version noun's dotted number (`copula_version`) leaves it alone: none,
    a function word, or a participle opening a clause ("0.2 coming this summer"); not a measure's
    noun ("2.5 hours", "2.5 GB")."""
    return after is None or after.lower() in function_words() or after.endswith(("ing", "ed"))


def _is_version_after(match: re.Match[str], sentence: str) -> bool:
    """Whether the dotted number after a preposition (`after_preposition`) is a version: only a
    function word follows it, if any ("11.3 last week", not "11.3 points" or "11.3 per 100,000"),
    and the preposition places it in a sequence of releases ("since", "until": `SEQUENCE_PREPOSITIONS`)
    or a change word stands before it in its clause with no measure or number between ("updated to
    11.3"; not "upgraded it by 0.5 to 11.3", a figure's change)."""
    after = match["next"]
    if after is not None and (after.lower() not in function_words() or after.lower() in {"per", "of"}):
        return False
    preposition = match["word"].lower()
    if preposition in SEQUENCE_PREPOSITIONS:
        return True
    words = _patterns()["clause_words"].findall(sentence, max(0, match.start() - 120), match.start())
    for word in reversed(words[-VERSION_CHANGE_REACH - 1 :]):
        lower = word.lower()
        if lower in VERSION_CHANGE_WORDS:
            return True
        if not word[0].isalpha() or lower in MEASURE_WORDS or lower in MEASURE_NOUNS:  # "upgraded it by 0.5 to"
            return False
    return False


def _opens_a_count_or_measure(match: re.Match[str]) -> bool:
    """At a sentence's start: "Over 200 came" counts, "Magnitude 6.3" and "Shallow 6.1 magnitude"
    measure; "Jekyll 4.0", "Lost 52 sailed" and "CVE 2024-21626" name."""
    word = match["word"]
    if word in ORDINARY_STARTERS:
        return True
    return "." in match["num"] and (
        word.lower() in MEASURE_NOUNS or _patterns()["measure_after"].match(match.string, match.end()) is not None
    )
