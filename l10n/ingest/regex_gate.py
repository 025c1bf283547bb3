"""A regular expression searched only in texts that hold one of the strings every match holds.

The furniture rules are long alternations of phrases (`furniture._SITE_NOTICE`: "all rights
reserved", "to continue reading", "무단 전재…", twenty-odd more) searched case-blind in every kept
block of a page. Python's `re` tries each branch at each character, and with `re.IGNORECASE` it
finds no literal to skip to: 2.6 µs a character for that one pattern, a tenth of our time on the
pages over twice trafilatura's (pagespeed20, `bench/pages.py`). Almost no block says any of the
phrases. `gated_compile` reads from the pattern itself (its parse tree) a set of strings one of
which every match must contain — each branch's longest run of literal characters — and its
`search`, `match` and `fullmatch` answer None at once for a text holding none of them: one
substring test per string, in C. The rule stays one pattern in one place; the gate follows
whatever the pattern says, and is no gate (every text searched) where a branch has no literal.
A pattern whose every match ends where the text does (`$` last) is gated first on the text's last
character but white space (`end_characters`, also read from the parse tree): one look, where the
strings' search reads the whole text (pagespeed37: the text-size control asked of every paragraph).

Case-blind patterns compare texts folded as `re` compares characters (`fold`): simple lower case
(`str.lower` but for "İ", which it turns into two characters) and `re`'s extra equivalences
("ı" and "i", "ſ" and "s", final "ς" and "σ"...). The gate never refuses a text the pattern
matches: `tests/test_pagespeed20_gates.py` checks the fold on every code point and the gated
patterns on every block of the realworld pages and on generated texts.
"""

from __future__ import annotations

import functools
import re
import sys
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

_LITERAL, _AT, _IN, _BRANCH, _SUBPATTERN = (
    sre_constants.LITERAL,
    sre_constants.AT,
    sre_constants.IN,
    sre_constants.BRANCH,
    sre_constants.SUBPATTERN,
)
_REPEATS = tuple(
    getattr(sre_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(sre_constants, name)
)
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
_ENDS = (sre_constants.AT_END, sre_constants.AT_END_STRING)  # "$", "\Z"
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)  # match no character
_SPACE_CATEGORIES = (sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_UNI_SPACE)  # `\s`: `str.isspace`'s
_DOTTED_I = "\u0130"  # "İ": `str.lower` makes it "i̇" (two characters), `re` compares it as "i"


@functools.cache
def _equivalences() -> tuple[dict[int, str], re.Pattern[str]] | None:
    """`re`'s extra case equivalences ("ı" ~ "i", "ſ" ~ "s", "ς" ~ "σ"...), each class to its first
    character, and a pattern finding any of them (`str.translate` reads a text ten times slower than
    that search); None when this Python keeps them elsewhere (then no case-blind pattern is gated)."""
    try:
        from re import _casefix  # type: ignore[attr-defined]

        extra: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):
        return None
    firsts = {code: chr(min((code, *others))) for code, others in extra.items()}
    table = {code: first for code, first in firsts.items() if first != chr(code)}  # "i" and "s" stay
    return table, re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")


def fold(text: str) -> str | None:
    """`text` as `re.IGNORECASE` compares it, one character for one; None when it cannot be told.

    >>> fold("COPYRİGHT ſubscribe") == fold("copyright subscribe") == "copyright subscribe"
    True
    """
    if text.isascii():
        return text.lower()
    equivalences = _equivalences()
    if equivalences is None:
        return None
    table, unusual = equivalences
    lowered = text.replace(_DOTTED_I, "i").lower()
    return lowered.translate(table) if unusual.search(lowered) else lowered


@functools.lru_cache(maxsize=64)
def _recent_fold(text: str) -> str | None:
    """`fold(text)`, kept for the last texts folded: a block's text goes through several gated
    patterns in a row (`site_notes.is_site_note` up to five), each folding it again (pagespeed22:
    2 µs a paragraph with curly quotes)."""
    return fold(text)


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (folded when it is case-blind), or
    None when the pattern does not say (a branch with no literal character, an unknown construct).

    >>> sorted(required_strings(re.compile(r"\\ball rights reserved\\b|^subscribe (?:now|today)", re.I)))
    ['all rights reserved', 'subscribe']
    >>> required_strings(re.compile(r"\\d{4}|copyright")) is None
    True
    """
    blind = bool(pattern.flags & re.IGNORECASE)
    if not isinstance(pattern.pattern, str) or (blind and _equivalences() is None):
        return None
    try:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError):  # pragma: no cover - `re`'s internals moved
        return None
    return _needs(list(parsed), blind)


def _needs(items: list[tuple[object, object]], blind: bool) -> frozenset[str] | None:
    """The best set of strings one of which a match of this sequence holds: a run of literal
    characters (assertions, which match no character, do not break it), a group's, a branch's
    (every branch must have one), a repeat's that must occur, a set of plain characters."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:  # its spaces trimmed: a part of a string a match holds is one too
        if "".join(run).strip():
            found.append(frozenset({"".join(run).strip()}))
        run.clear()

    for op, value in items:
        if op is _LITERAL:
            run.append(_folded_char(value, blind))  # type: ignore[arg-type]
            continue
        if op is _AT:
            continue
        close_run()
        inner: frozenset[str] | None = None
        data: Any = value
        if op is _SUBPATTERN:
            if not (data[1] | data[2]) & re.IGNORECASE:  # (group, flags added, flags taken off, items)
                inner = _needs(list(data[3]), blind)
        elif op is _BRANCH:
            branches = [_needs(list(items), blind) for items in data[1]]
            if all(branches):
                inner = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS:
            if data[0] >= 1:  # (least, most, items): a repeat that must occur
                inner = _needs(list(data[2]), blind)
        elif _ATOMIC is not None and op is _ATOMIC:
            inner = _needs(list(data), blind)
        elif op is _IN and all(kind is _LITERAL for kind, _code in data):
            inner = frozenset(_folded_char(code, blind) for _kind, code in data)
        if inner:
            found.append(inner)
    close_run()
    if not found:
        return None
    return max(found, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _folded_char(code: int, blind: bool) -> str:
    return (fold(chr(code)) or chr(code)) if blind else chr(code)


def end_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of `pattern` ends with, white space after it aside (folded when
    it is case-blind), for a pattern whose every match ends where the text does (`$` or `\\Z` last, without
    `re.MULTILINE`): a text whose last character that is not white space is none of them holds no match.
    None when the pattern does not say (a match that may be white space only, a class it cannot list).

    >>> sorted(end_characters(re.compile(r"(?:size|font)\\s*[:：]?\\s*(?:[SML]\\s*){2,}[)\\]]?\\s*$", re.I)))
    [')', ']', 'l', 'm', 's']
    >>> end_characters(re.compile(r"size\\W*$")) is None, end_characters(re.compile(r"size")) is None
    (True, True)
    """
    blind = bool(pattern.flags & re.IGNORECASE)
    if pattern.flags & re.MULTILINE or not isinstance(pattern.pattern, str) or (blind and _equivalences() is None):
        return None
    try:
        items = list(sre_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, AttributeError, TypeError):  # pragma: no cover - `re`'s internals moved
        return None
    if not items or items[-1][0] is not _AT or items[-1][1] not in _ENDS:
        return None
    found = _last_characters(items[:-1], blind)
    return None if found is None or found[1] else found[0]


def _last_characters(items: list[tuple[object, object]], blind: bool) -> tuple[frozenset[str], bool] | None:
    """The characters that may end a match of this sequence, white space aside, and whether it may match
    white space alone (then what stands before it may end the match too); None when it does not say."""
    found: set[str] = set()
    for op, value in reversed(items):
        data: Any = value
        inner: tuple[frozenset[str], bool] | None
        if op in _ZERO_WIDTH:
            continue
        if op is _LITERAL:
            inner = (frozenset(), True) if chr(data).isspace() else (frozenset({_folded_char(data, blind)}), False)
        elif op is _IN:
            inner = _class_characters(data, blind)
        elif op is _SUBPATTERN:
            inner = None if (data[1] | data[2]) & re.IGNORECASE else _last_characters(list(data[3]), blind)
        elif op is _BRANCH:
            branches = [_last_characters(list(branch), blind) for branch in data[1]]
            inner = None if None in branches else _union(branches)  # type: ignore[arg-type]
        elif op in _REPEATS:  # (least, most, items): one that may not occur lets what is before it end the match
            repeated = _last_characters(list(data[2]), blind)
            inner = None if repeated is None else (repeated[0], repeated[1] or data[0] == 0)
        elif _ATOMIC is not None and op is _ATOMIC:
            inner = _last_characters(list(data), blind)
        else:
            return None
        if inner is None:
            return None
        found |= inner[0]
        if not inner[1]:
            return frozenset(found), False
    return frozenset(found), True


def _class_characters(members: list[tuple[object, Any]], blind: bool) -> tuple[frozenset[str], bool] | None:
    """A character class's characters (its white space aside, which makes it one that may match white space
    alone): a class of listed characters and `\\s` only."""
    found: set[str] = set()
    space = False
    for kind, code in members:
        if kind is _LITERAL and not chr(code).isspace():
            found.add(_folded_char(code, blind))
        elif (kind is _LITERAL) or (kind is sre_constants.CATEGORY and code in _SPACE_CATEGORIES):
            space = True
        else:
            return None
    return frozenset(found), space


def _union(parts: list[tuple[frozenset[str], bool]]) -> tuple[frozenset[str], bool]:
    return frozenset().union(*(chars for chars, _ in parts)), any(blank for _, blank in parts)


class GatedPattern:
    """A compiled pattern whose `search`, `match` and `fullmatch` skip a text holding none of its
    `required` strings (see the module docstring); anything else is the pattern's own. The strings
    are read from the pattern on its first search, not when its module is imported."""

    __slots__ = ("compiled", "blind", "_gate", "_ends")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.blind = bool(compiled.flags & re.IGNORECASE)
        self._gate: tuple[frozenset[str] | None, re.Pattern[str]] | None = None
        self._ends: tuple[frozenset[str] | None] | None = None

    @property
    def required(self) -> frozenset[str] | None:
        return self._finder()[0]

    @property
    def ends(self) -> frozenset[str] | None:
        """`end_characters` of the pattern, read on the first search."""
        if self._ends is None:
            self._ends = (end_characters(self.compiled),)
        return self._ends[0]

    def _finder(self) -> tuple[frozenset[str] | None, re.Pattern[str]]:
        if self._gate is None:
            required = required_strings(self.compiled)
            self._gate = required, re.compile(_any_of(required or frozenset()))  # one C scan for any of them
        return self._gate

    def _may_end(self, text: str) -> bool:
        """False only when the text's last character but white space ends no match (`end_characters`): a
        look at one character where the strings' search reads them all (pagespeed37: the text-size control
        closing a line, searched in every block)."""
        ends = self.ends
        if ends is None:
            return True
        last = text.rstrip()[-1:]
        if not last:
            return False  # blank: no match is white space alone
        folded = fold(last) if self.blind else last
        return folded is None or folded in ends

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def may_match(self, text: str) -> bool:
        """False only when no match can be in `text`. (Asked of every kept block: the first reads are
        kept in slots and read here without a call each, pagespeed39.)"""
        if self._ends is None:
            self._ends = (end_characters(self.compiled),)
        if self._ends[0] is not None and not self._may_end(text):
            return False
        required, finder = self._gate or self._finder()
        if required is None:
            return True
        folded = _recent_fold(text) if self.blind else text
        return folded is None or finder.search(folded) is not None

    def may_match_parts(self, text: str, separator: str) -> list[int] | None:
        """The indices of the parts of `text` (parted by `separator`, which none of the pattern's
        strings holds) that `may_match` holds for, in order, by one scan of the whole text: a page's
        every class, id and itemprop value, one `may_match` call each, cost more than reading them
        (pagespeed33: `page_authors._maybe_author_named`). None when the pattern's strings are not
        known or hold the separator (then every part may match)."""
        required, finder = self._finder()
        if required is None or any(separator in string for string in required):
            return None
        folded = fold(text) if self.blind else text  # one character for one: parts stay parted at the separator
        if folded is None:
            return None
        found: list[int] = []
        part, at = 0, 0
        for match in finder.finditer(folded):  # no match spans a separator; each part's first match is found
            part += folded.count(separator, at, match.start())
            at = match.start()
            if not found or found[-1] != part:
                found.append(part)
        return found

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        may = self.may_match(text if endpos >= len(text) else text[:endpos])  # "$" matches at `endpos`
        return self.compiled.search(text, pos, endpos) if may else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        may = self.may_match(text if endpos >= len(text) else text[:endpos])  # "$" matches at `endpos`
        return self.compiled.match(text, pos, endpos) if may else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        may = self.may_match(text if endpos >= len(text) else text[:endpos])  # "$" matches at `endpos`
        return self.compiled.fullmatch(text, pos, endpos) if may else None


class GateGroup:
    """Gated patterns one rule asks of the same text in turn, all case-blind or none: one search for
    all their strings (`may_match`) tells a text holding none of them, which each pattern's gate would
    tell with a search of its own (pagespeed28: `site_notes.is_site_note` asked five gates of each of
    dailymail's 1,148 kept table cells). False only when no match of any of them can be in the text;
    a pattern whose strings the pattern does not say makes the group no gate. The strings are read
    on the first search, as a pattern's own are."""

    __slots__ = ("patterns", "blind", "_finder")

    def __init__(self, *patterns: GatedPattern) -> None:
        if len({pattern.blind for pattern in patterns}) != 1:
            raise ValueError("a gate group's patterns are all case-blind or none")
        self.patterns = patterns
        self.blind = patterns[0].blind
        self._finder: tuple[re.Pattern[str] | None] | None = None

    def may_match(self, text: str) -> bool:
        """False only when none of the patterns can match in `text`."""
        if self._finder is None:
            required = [pattern.required for pattern in self.patterns]
            union = None if any(strings is None for strings in required) else frozenset().union(*required)  # type: ignore[arg-type]
            self._finder = (re.compile(_any_of(union)) if union else None,)
        finder = self._finder[0]
        if finder is None:
            return True
        folded = _recent_fold(text) if self.blind else text
        return folded is None or finder.search(folded) is not None


# How often a character stands in running text, per cent (English letters, Lewand's table; white space the
# commonest): `_any_of` opens its branches with rare ones. Any other character counts as rare (`_RARE`).
_CHARACTER_SHARE = dict(zip(" etaoinshrdlcumwfgypbvkjxqz.,", (18, 12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3,
    4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07, 1.0, 1.0)))  # fmt: skip
_RARE = 0.5


def _share(character: str) -> float:
    return _CHARACTER_SHARE.get(character, _CHARACTER_SHARE[" "] if character.isspace() else _RARE)


def _openers(strings: frozenset[str]) -> set[str]:
    """Characters one of which each of `strings` holds, few and rare (greedy, by share over strings held)."""
    chosen: set[str] = set()
    left = set(strings)
    while left:
        best = min(
            {character for string in left for character in string},
            key=lambda character: (_share(character) / sum(character in string for string in left), character),
        )
        chosen.add(best)
        left = {string for string in left if best not in string}
    return chosen


def _any_of(strings: frozenset[str]) -> str:
    """A pattern finding any of `strings`. `re` searching a pattern of branches tries them at each place whose
    character opens one, so each string is found from a rare character of its own (`_openers`), the string
    before it checked by a look-behind only there ("subscribe" as "bscribe(?<=subscribe)"), one branch a
    character (pagespeed22: callgrind, the gates' searches in 412 kept blocks of six slow pages 172 → 142 M
    instructions, `furniture._SITE_NOTICE`'s 30 → 24 M, branching on the first character; pagespeed39: from a
    rare one, `furniture._TALK_GATE`'s searches in a third to a half of the time). It finds a text exactly
    when one of the strings is in it (`tests/test_pagespeed22.py`), which the look-behind keeps.

    >>> print(_any_of(frozenset({"sign up", "subscribe", "©"})))
    u(?:bscribe(?<=subscribe)|p(?<=sign\\ up))|©
    """
    openers = _openers(strings)
    rests: dict[str, list[str]] = {}
    for string in sorted(strings, key=lambda string: (-len(string), string)):
        at = min(
            (at for at, character in enumerate(string) if character in openers), key=lambda at: (_share(string[at]), at)
        )
        behind = f"(?<={re.escape(string)})" if at else ""
        rests.setdefault(string[at], []).append(re.escape(string[at + 1 :]) + behind)
    return "|".join(  # the commonest opener first: `re` tries the branches in turn
        re.escape(opener) + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0])
        for opener, tails in sorted(rests.items(), key=lambda item: (-_share(item[0]), item[0]))
    )


def gated_compile(pattern: str, flags: int = 0) -> GatedPattern:
    """`re.compile(pattern, flags)` with the gate (for patterns searched in many texts)."""
    return GatedPattern(re.compile(pattern, flags))
