"""`placeables.code.migrated_msgid` pairs old `{code_n}…{code_n_end}` placeholders in one pass.

Every msgid of an old catalog goes through it on `update`, and a catalog is outside input: the
pattern it used, `\\{((?:code|kbd|samp)_\\d+)\\}(.*?)\\{\\1_end\\}`, looked for an end from every opener
that had none, to the end of the msgid each time — `"{code_1}" * n + "{x_end}"` of 64 KB took 1.6 s,
a megabyte minutes. The pass gives what that pattern gave (held equal here on the real old catalog
tests/data/codespan/rust-check-cfg.es.po and on generated placeholder soups); its cost is held to
the shape of the input, counted, not timed (`bench/code_migration.py` times it against the pattern):
every regex the pass runs starts at a `{` and cannot repeat its way over a brace (so each attempt
stays within one placeholder, where the old pattern's `(.*?)` ran to the msgid's end from every
opener), and the Python lines and C calls it runs grow 4× when a hostile msgid grows 4×.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from re import _constants, _parser

import polib
import pytest

from l10n.placeables.code import migrated_msgid, old_code_pairs

OLD_PO = Path(__file__).resolve().parent / "data" / "codespan" / "rust-check-cfg.es.po"
_OLD_CODE_PAIR = re.compile(r"\{((?:code|kbd|samp)_\d+)\}(.*?)\{\1_end\}", re.DOTALL)
_NUMBERED = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*?)_(\d+)(_end)?\}")


def pattern_pairs(msgid: str) -> list[tuple[int, int]]:
    """The reference: the spans the old pattern replaced, left to right."""
    return [match.span() for match in _OLD_CODE_PAIR.finditer(msgid)]


def pattern_migrated(msgid: str) -> str:
    """The reference for the whole function: main's `migrated_msgid` of cb8ac71, pattern and all."""
    if "_end}" not in msgid or _OLD_CODE_PAIR.search(msgid) is None:
        return msgid
    collapsed = _OLD_CODE_PAIR.sub("{\x00code}", msgid)
    counters: dict[str, int] = {}
    open_numbers: dict[tuple[str, str], int] = {}

    def renumber(match: re.Match[str]) -> str:
        prefix, old, closing = match.group(1), match.group(2), match.group(3)
        if closing:
            return "{" + f"{prefix}_{open_numbers.get((prefix, old), old)}_end" + "}"
        counters[prefix] = counters.get(prefix, 0) + 1
        open_numbers[(prefix, old)] = counters[prefix]
        return "{" + f"{prefix}_{counters[prefix]}" + "}"

    out: list[str] = []
    for piece in re.split("(\\{\x00code\\})", collapsed):
        if piece == "{\x00code}":
            counters["code"] = counters.get("code", 0) + 1
            out.append("{" + f"code_{counters['code']}" + "}")
        else:
            out.append(_NUMBERED.sub(renumber, piece))
    return "".join(out)


def soup(rng: random.Random, size: int) -> str:
    """Placeholders of code, kbd, samp and other kinds, opened and closed in any order, with
    words, braces and newlines between them."""
    parts = []
    for _ in range(size):
        kind = rng.choice(["code", "kbd", "samp", "a", "number", "b"])
        number = rng.randint(1, 3)
        parts.append(
            rng.choice(
                [
                    f"{{{kind}_{number}}}",
                    f"{{{kind}_{number}_end}}",
                    rng.choice(["run ", "x", "{", "}", "\n", " {code_", "_end}", "{code_1_end", "{code_12}"]),
                ]
            )
        )
    return "".join(parts)


def test_the_pairs_are_the_patterns_on_the_real_old_catalog_and_on_soups() -> None:
    msgids = [entry.msgid for entry in polib.pofile(str(OLD_PO))]
    assert sum(1 for msgid in msgids if pattern_pairs(msgid)) >= 40  # the catalog holds old code pairs
    rng = random.Random(20261130)
    msgids += [soup(rng, rng.randint(1, 40)) for _ in range(3000)]
    paired = 0
    for msgid in msgids:
        assert old_code_pairs(msgid) == pattern_pairs(msgid), msgid
        assert migrated_msgid(msgid) == pattern_migrated(msgid), msgid
        paired += bool(pattern_pairs(msgid))
    assert paired >= 1000


BRACES = (ord("{"), ord("}"))
ONE_CHARACTER = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY)
REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def takes_a_brace(op, av) -> bool:  # noqa: ANN001
    """Whether the one-character matcher (`op`, `av`) of a parsed pattern can match `{` or `}`."""
    if op is _constants.LITERAL:
        return av in BRACES
    if op is _constants.IN:
        negate = av[0][0] is _constants.NEGATE
        members = av[1:] if negate else av

        def member(brace: int, kind, value) -> bool:  # noqa: ANN001
            if kind is _constants.LITERAL:
                return value == brace
            if kind is _constants.RANGE:
                return value[0] <= brace <= value[1]
            return str(value).startswith("CATEGORY_NOT")  # \d, \w, \s hold no brace; \D, \W, \S do

        return any(any(member(brace, *m) for m in members) != negate for brace in BRACES)
    return True  # NOT_LITERAL, ANY


def within_a_placeholder(items) -> bool:  # noqa: ANN001
    """No back-reference, lookaround or conditional, and every unbounded repeat is of one
    character that is not a brace: a match attempt cannot run past the next brace."""
    for op, av in items:
        if op in REPEATS:
            low, high, item = av
            if high == _constants.MAXREPEAT and not (
                len(item) == 1 and item[0][0] in ONE_CHARACTER and not takes_a_brace(*item[0])
            ):
                return False
            if not within_a_placeholder(item):
                return False
        elif op is _constants.SUBPATTERN:
            if not within_a_placeholder(av[3]):
                return False
        elif op is _constants.BRANCH:
            if not all(within_a_placeholder(branch) for branch in av[1]):
                return False
        elif op not in (*ONE_CHARACTER, _constants.AT):
            return False
    return True


def confined_to_placeholders(pattern: re.Pattern[str]) -> bool:
    """Attempts start only at a `{` and stop by the next brace: over a msgid the attempts read
    stretches that do not overlap, so the pattern's work is linear in the msgid."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    return items[0] == (_constants.LITERAL, ord("{")) and within_a_placeholder(items)


def traced(msgid: str) -> tuple[int, set[re.Pattern[str]]]:
    """(steps, patterns) of `migrated_msgid(msgid)`: the Python lines it runs plus the C
    functions it calls (the same count on any machine, at any load), and the compiled regexes
    whose methods it calls."""
    steps = 0
    patterns: set[re.Pattern[str]] = set()

    def line(frame, event: str, arg):  # noqa: ANN001, ANN202
        nonlocal steps
        steps += event == "line"
        return line

    def call(frame, event: str, arg) -> None:  # noqa: ANN001
        nonlocal steps
        if event == "c_call":
            steps += 1
            if isinstance(getattr(arg, "__self__", None), re.Pattern):
                patterns.add(arg.__self__)

    tracer, profiler = sys.gettrace(), sys.getprofile()
    sys.settrace(line)
    sys.setprofile(call)
    try:
        migrated_msgid(msgid)
    finally:
        sys.setprofile(profiler)
        sys.settrace(tracer)
    return steps, patterns


HOSTILE = [
    lambda n: "{code_1}" * n + "{x_end}",  # one opener name, never closed
    lambda n: "".join(f"{{kbd_{i}}}" for i in range(n)) + "{code_1_end}",  # every opener its own name
    lambda n: "{code_1}" * n + "{code_2}x{code_2_end}",  # a pair at the very end
    lambda n: "Run {code_1}a {number_1}{code_1_end} {b_1}x{b_1_end}. " * n,  # many pairs to renumber
]
HOSTILE_IDS = ["same-name", "own-names", "pair-last", "many-pairs"]


@pytest.mark.parametrize("hostile", HOSTILE, ids=HOSTILE_IDS)
def test_every_regex_of_the_pass_stays_within_a_placeholder(hostile) -> None:
    msgid = hostile(200)
    assert migrated_msgid(msgid) == pattern_migrated(msgid)  # the same result as the old pattern
    _, patterns = traced(msgid)
    assert patterns  # the pass runs regexes: each is held to the placeholders
    for pattern in patterns:
        assert confined_to_placeholders(pattern), pattern.pattern


def test_the_old_pattern_and_near_misses_are_not_confined() -> None:
    assert not confined_to_placeholders(_OLD_CODE_PAIR)  # `(.*?)` runs over every brace to the end
    assert not confined_to_placeholders(re.compile(r"\{code_\d+\}[^x]*\{code_end\}"))  # [^x] takes braces
    assert not confined_to_placeholders(re.compile(r"\{(code)_\d+\}\1"))  # a back-reference
    assert not confined_to_placeholders(re.compile(r"code_\d+_end\}"))  # attempts start anywhere
    assert confined_to_placeholders(re.compile(r"\{[^{}\s]*(?:_end)?\}"))


@pytest.mark.parametrize("hostile", HOSTILE, ids=HOSTILE_IDS)
def test_quadrupling_a_hostile_msgid_quadruples_the_work(hostile) -> None:
    steps = [traced(hostile(n))[0] for n in (500, 2_000, 8_000)]
    # Linear work is 4× per step (a little less: the fixed part); a scan per opener is 16×.
    assert steps[1] <= 4.2 * steps[0] and steps[2] <= 4.2 * steps[1], steps
