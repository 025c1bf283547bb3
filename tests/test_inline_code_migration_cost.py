"""`placeables.code.migrated_msgid` pairs old `{code_n}…{code_n_end}` placeholders in one pass.

Every msgid of an old catalog goes through it on `update`, and a catalog is outside input: the
pattern it used, `\\{((?:code|kbd|samp)_\\d+)\\}(.*?)\\{\\1_end\\}`, looked for an end from every opener
that had none, to the end of the msgid each time — `"{code_1}" * n + "{x_end}"` of 64 KB took 1.6 s,
a megabyte minutes. The pass gives what that pattern gave (held equal here on the real old catalog
tests/data/codespan/rust-check-cfg.es.po and on generated placeholder soups); its cost is held to
the shape of the input, counted, not timed (`bench/code_migration.py` times it against the pattern):
every regex the pass runs starts at a `{` and cannot repeat its way over a brace (so each attempt
stays within one placeholder, where the old pattern's `(.*?)` ran to the msgid's end from every
opener), and the Python lines and C calls it runs, with what those scan, grow 4× when a
hostile msgid grows 4× (a search from every opener, 16×, is shown to fail). The regexes are
read with `re._parser`, CPython's parser of patterns (named so since 3.11; `sre_parse` before).
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


SCANNING = {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


class Measured:
    """A regex of the module that adds the length of every string it is handed to `read[0]`: a
    confined pattern's work over a string is linear in it (`confined_to_placeholders`)."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self.pattern, self.read = pattern, read

    def __getattr__(self, name: str):  # noqa: ANN204
        method = getattr(self.pattern, name)
        if name not in SCANNING:
            return method

        def scanning(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self.read[0] += sum(len(argument) for argument in args if isinstance(argument, str))
            return method(*args, **kwargs)

        return scanning


def traced(msgid: str) -> tuple[int, set[re.Pattern[str]], set[re.Pattern[str]]]:
    """(steps, patterns, unmeasured) of `migrated_msgid(msgid)`, the same on any machine at any
    load. Steps: the Python lines it runs, the C functions it calls, plus what those may scan —
    the whole string a `str` method is called on (`msgid.find(…, start)` from every opener
    scans to the end each time), and every string handed to a regex of `placeables.code`
    (each wrapped in `Measured` for the call). Patterns: every compiled regex whose method it
    calls; unmeasured: those not among the module's regexes (their scanning is not counted).
    Not seen: work done by bytecodes alone — a slice or an `in` test copies or scans in C."""
    import l10n.placeables.code as code

    steps, read = 0, [0]
    patterns: set[re.Pattern[str]] = set()
    module_patterns = {name: value for name, value in vars(code).items() if isinstance(value, re.Pattern)}

    def line(frame, event: str, arg):  # noqa: ANN001, ANN202
        nonlocal steps
        steps += event == "line"
        return line

    def call(frame, event: str, arg) -> None:  # noqa: ANN001
        nonlocal steps
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            steps += 1 + (len(owner) if isinstance(owner, str) else 0)
            if isinstance(owner, re.Pattern):
                patterns.add(owner)

    for name, pattern in module_patterns.items():
        setattr(code, name, Measured(pattern, read))
    tracer, profiler = sys.gettrace(), sys.getprofile()
    sys.settrace(line)
    sys.setprofile(call)
    try:
        code.migrated_msgid(msgid)
    finally:
        sys.setprofile(profiler)
        sys.settrace(tracer)
        for name, pattern in module_patterns.items():
            setattr(code, name, pattern)
    unmeasured = {pattern for pattern in patterns if pattern not in module_patterns.values()}
    return steps + read[0], patterns, unmeasured


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
    _, patterns, unmeasured = traced(msgid)
    assert patterns  # the pass runs regexes: each is held to the placeholders
    for pattern in patterns:
        assert confined_to_placeholders(pattern), pattern.pattern
    assert not unmeasured, [pattern.pattern for pattern in unmeasured]  # a constant of the module, or uncounted


def test_the_old_pattern_and_near_misses_are_not_confined() -> None:
    assert not confined_to_placeholders(_OLD_CODE_PAIR)  # `(.*?)` runs over every brace to the end
    assert not confined_to_placeholders(re.compile(r"\{code_\d+\}[^x]*\{code_end\}"))  # [^x] takes braces
    assert not confined_to_placeholders(re.compile(r"\{(code)_\d+\}\1"))  # a back-reference
    assert not confined_to_placeholders(re.compile(r"code_\d+_end\}"))  # attempts start anywhere
    assert confined_to_placeholders(re.compile(r"\{[^{}\s]*(?:_end)?\}"))


@pytest.mark.parametrize("hostile", HOSTILE, ids=HOSTILE_IDS)
def test_quadrupling_a_hostile_msgid_quadruples_the_work(hostile) -> None:
    msgids = [hostile(n) for n in (500, 2_000, 8_000)]
    steps = [traced(msgid)[0] for msgid in msgids]
    # Linear work grows as the msgid (4× the placeholders, ~4× the characters; a little more
    # where the numbers get longer); a scan from every opener grows as its square, 16×.
    for small, large, steps_small, steps_large in zip(msgids, msgids[1:], steps, steps[1:], strict=False):
        assert steps_large / steps_small <= 1.1 * len(large) / len(small), steps


def test_near_miss_a_search_from_every_opener_is_counted(monkeypatch) -> None:
    """What the count must see: the old pattern's cost with `str.find` in its place (the
    search from every opener to the end, one C call each) grows 16× per 4×."""
    import l10n.placeables.code as code

    opener = re.compile(r"\{((?:code|kbd|samp)_\d+)\}")

    def searched_pairs(msgid: str) -> list[tuple[int, int]]:
        pairs: list[tuple[int, int]] = []
        position = 0
        while (match := opener.search(msgid, position)) is not None:
            end = msgid.find("{" + match[1] + "_end}", match.end())
            if end < 0:
                position = match.end()
                continue
            pairs.append((match.start(), end + len(match[1]) + 6))
            position = pairs[-1][1]
        return pairs

    monkeypatch.setattr(code, "old_code_pairs", searched_pairs)
    same_name = HOSTILE[0]
    assert code.migrated_msgid(same_name(3)) == pattern_migrated(same_name(3))
    steps = [traced(same_name(n))[0] for n in (500, 2_000)]
    assert steps[1] > 8 * steps[0], steps
