"""`placeables.code.migrated_msgid` pairs old `{code_n}…{code_n_end}` placeholders in one pass.

Every msgid of an old catalog goes through it on `update`, and a catalog is outside input: the
pattern it used, `\\{((?:code|kbd|samp)_\\d+)\\}(.*?)\\{\\1_end\\}`, looked for an end from every opener
that had none, to the end of the msgid each time — `"{code_1}" * n + "{x_end}"` of 64 KB took 1.6 s,
a megabyte minutes. The pass gives what that pattern gave (held equal here on the real old catalog
tests/data/codespan/rust-check-cfg.es.po and on generated placeholder soups); its cost is held to
the shape of the input: quadrupling a hostile msgid about quadruples the work (CPU time of the
call, the least of five, as a ratio between sizes: 4× is linear, the pattern's 16× fails, the
bound 8× leaves a loaded machine's noise on millisecond calls room), never a timed bound.
"""

from __future__ import annotations

import gc
import random
import re
import time
from pathlib import Path

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


def _cpu(function, argument: str) -> float:
    """The least CPU time of five calls, the collector off (it runs when it likes)."""
    gc.disable()
    try:
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            function(argument)
            best = min(best, time.process_time() - start)
        return best
    finally:
        gc.enable()


@pytest.mark.parametrize(
    "hostile",
    [
        lambda n: "{code_1}" * n + "{x_end}",  # one opener name, never closed
        lambda n: "".join(f"{{kbd_{i}}}" for i in range(n)) + "{code_1_end}",  # every opener its own name
        lambda n: "{code_1}" * n + "{code_2}x{code_2_end}",  # a pair at the very end
    ],
    ids=["same-name", "own-names", "pair-last"],
)
def test_doubling_a_hostile_msgid_doubles_the_work(hostile) -> None:
    sizes = [2_048, 8_192, 32_768]  # ~16, 64, 256 KB: each 4× the last
    assert migrated_msgid(hostile(3)) == pattern_migrated(hostile(3))  # the same result as the old pattern
    costs = [_cpu(migrated_msgid, hostile(n)) for n in sizes]
    # Linear work is 4× per step and the old pattern's 16×; 8× leaves a loaded machine room.
    assert costs[1] <= 8 * costs[0] and costs[2] <= 8 * costs[1], costs
