"""The block-by-block zh_TW derivation (`l10n.catalog.po_blocks`) writes `fill_catalog`'s bytes.

The slow side is the derivation as it was before the block path: `fill_catalog` (fields read by
`po_scan`, every entry printed again by `po_render`) with the same suggestions. Inputs the fast
path was not written around: the catalogs `bench/mt_opencc.py` derives (real Wikinews copy
extracted by `l10n extract`, zh_CN filled with the committed reviewed Chinese), the committed
zh_TW catalog in the layouts it is met in (fresh, filled, rewrapped by gettext's `msgcat`), and
seeded mutations of all of them — for each, both paths leave the same bytes (the revision date
aside) and tell `written` the same translations, with and without `overwrite_fuzzy`. The line
breaking shortcuts are held to `linebreak.cut` on real and random strings.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import bench_module
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_catalog_po_read import mutated
from test_mt_opencc import COMMITTED_ZH_CN, traditional_variants

from l10n.catalog import linebreak, po_render
from l10n.catalog.po_blocks import _Plain, read_blocks
from l10n.catalog.po_scan import scan_catalog
from l10n.catalog.translations import fill_catalog
from l10n.errors import L10nError
from l10n.fsio import deferred_durability
from l10n.mt.opencc import _simplified_units, _suggestions, derive_traditional_catalog


def slow_derivation(simplified: Path, traditional: Path, *, overwrite: bool, written) -> None:  # noqa: ANN001
    """`derive_traditional_catalog` before the block path, step for step."""

    def suggest(fillable):  # noqa: ANN001, ANN202
        units = [unit for unit in _simplified_units(simplified) if unit[0] in fillable]
        return _suggestions(units, config="s2twp", today=None)[0]

    fill_catalog(traditional, suggest, overwrite_fuzzy=overwrite, written=written, engine="opencc")


def without_date(data: bytes) -> bytes:
    return re.sub(rb'"PO-Revision-Date: [^"]*"', b"", data)


def assert_both_ways(root: Path, simplified: bytes, traditional: bytes, *, overwrite: bool) -> bool:
    """Both paths over copies of the same pair give the same file and `written`; True when the
    block path took the catalog itself (rather than handing it to `fill_catalog`)."""
    told: dict[str, list[dict]] = {"fast": [], "slow": []}
    files = {}
    for side in ("fast", "slow"):
        (root / side).mkdir(parents=True)
        files[side] = (root / side / "zh_CN.po", root / side / "zh_TW.po")
        files[side][0].write_bytes(simplified)
        files[side][1].write_bytes(traditional)
    errors = []
    for side, derive in (("fast", derive_traditional_catalog), ("slow", slow_derivation)):
        try:
            if side == "fast":
                derive(*files[side], config="s2twp", overwrite_fuzzy=overwrite, written=told[side].append)
            else:
                derive(*files[side], overwrite=overwrite, written=told[side].append)
            errors.append(None)
        except L10nError as error:  # a broken catalog: the same error both ways, nothing written
            errors.append(type(error))
    assert errors[0] == errors[1]
    fast, slow = (without_date(files[side][1].read_bytes()) for side in ("fast", "slow"))
    assert fast == slow, f"{root}: the block path wrote other bytes"
    assert told["fast"] == told["slow"]
    return read_blocks(traditional) is not None


@pytest.fixture(scope="module")
def bench_pairs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[bytes, bytes]]:
    """(zh_CN, empty zh_TW) catalogs of 12 distinct articles, as `bench/mt_opencc.py` makes them."""
    build_corpus = bench_module("mt_opencc").build_corpus
    root = tmp_path_factory.mktemp("bench")
    return [(simplified.read_bytes(), traditional.read_bytes()) for simplified, traditional in build_corpus(root, 12)]


@pytest.mark.parametrize("overwrite", [False, True])
def test_bench_catalogs_derive_to_the_same_bytes(tmp_path: Path, bench_pairs, overwrite: bool) -> None:  # noqa: ANN001
    """Cold (empty zh_TW) and again over the result (nothing to fill, or all to refill)."""
    for number, (simplified, traditional) in enumerate(bench_pairs):
        assert assert_both_ways(tmp_path / f"{number}", simplified, traditional, overwrite=overwrite)
        derived = (tmp_path / f"{number}" / "fast" / "zh_TW.po").read_bytes()
        assert assert_both_ways(tmp_path / f"{number}-again", simplified, derived, overwrite=overwrite)


def test_bench_catalogs_are_plain_blocks(bench_pairs) -> None:  # noqa: ANN001
    """Not a fallback in disguise: every unit of a fresh catalog is a plain block, and most
    msgids are copied as they stand rather than printed again."""
    for _, traditional in bench_pairs:
        catalog = read_blocks(traditional)
        assert catalog is not None
        assert all(isinstance(block, _Plain) for block in catalog.blocks)


def variants(tmp_path: Path) -> dict[str, bytes]:
    """The committed zh_TW catalog's layouts (`test_mt_opencc`) and plain-block edge cases."""
    found = traditional_variants(tmp_path)
    fresh = found["fresh"].decode("utf-8")
    edits = {
        "trailing blank on a reference": (r"(#: [^\n]*)\n", r"\1 \n"),
        "two spaces between references": (r"(#: \S+) ", r"\1  "),
        "tab in a reference line": (r"(#: \S+)", "\\1\t"),
        "flags with a blank": (r"#, python-brace-format", "#,  python-brace-format"),
        "fuzzy flag on an empty unit": (r"#, python-brace-format", "#, python-brace-format, fuzzy"),
        "no-wrap flag": (r"#, python-brace-format", "#, python-brace-format, no-wrap"),
        "a translator's note": (r"(#\. )", r"# ask the desk\n\1"),
        "an empty translator line": (r"(#: )", r"#\n\1"),
        "flags before references": (r"(#: [^\n]*)\n(#, [^\n]*)\n", r"\2\n\1\n"),
        "references split early": (r"#: (\S+) (\S+)", r"#: \1\n#: \2"),
        "a context": (r'\nmsgid "', '\nmsgctxt "标题"\nmsgid "'),
        "an empty context": (r'\nmsgid "', '\nmsgctxt ""\nmsgid "'),
        "an escaped quote": (r'msgid "(\w+)', r'msgid "\\"\1\\"'),
        "a tab escape": (r'msgid "(\w+)', r'msgid "\1\\t'),
        "a raw tab": (r'msgid "(\w+)', 'msgid "\\1\t'),
        "a line break inside": (r'msgid "(\w+)', r'msgid "\1\\n'),
        "a wide msgid": (
            r'msgid "(\w+)',
            'msgid "\\1寶山區北部一座擁有一百多年歷史的老工業基地正在轉型成為生物醫藥產業高地',
        ),
        "a long one-line msgid": (r'msgid ""\n"([^"]*)"\n"([^"]*)"', r'msgid "\1\2"'),
    }
    for name, (pattern, replacement) in edits.items():
        edited = re.sub(pattern, replacement, fresh, count=3)
        assert edited != fresh, name
        found[name] = edited.encode("utf-8")
    words = "Rescuers ended their work yesterday after a suspected gas leak led to an explosion in town"
    extra = []  # units the zh_CN catalog lacks (left empty, printed again): lines at the width, ±1
    for size in range(68, 75):
        extra.append(f'#: seeds/a.md:{size}\nmsgid "{words[:size]}"\nmsgstr ""\n')
        extra.append(f'#: seeds/b.md:{size}\nmsgctxt "{words[: size - 2]}"\nmsgid "{size}"\nmsgstr ""\n')
    for size in range(33, 38):
        extra.append(
            f'#: seeds/c.md:{size}\nmsgid "{"寶山區北部一座擁有百年歷史的老工業基地" * 2:.{size}}"\nmsgstr ""\n'
        )
        extra.append(
            f'#: seeds/d.md:{size}\nmsgid "{"寶山區北部一座擁有百年歷史的老工業基地" * 2:.{size - 1}}a"\nmsgstr ""\n'
        )
    for size in range(74, 84):  # `#:` lines of about 79 bytes, ASCII and not
        path = "seeds/" + "x" * (size - 14)
        extra.append(f'#: {path}.md:1\nmsgid "ref {size}"\nmsgstr ""\n')
        extra.append(f'#: {path[:-6]}寶.md:1\nmsgid "wide ref {size}"\nmsgstr ""\n')
        extra.append(f'#: a.md:1 {path[:-12]}.md:2\nmsgid "two refs {size}"\nmsgstr ""\n')
        extra.append(f'#: a.md:1 {path[:-16]}寶山.md:2\nmsgid "two wide refs {size}"\nmsgstr ""\n')
        extra.append(f'#: a.md:1\n#: {path[:-12]}.md:2\nmsgid "two lines {size}"\nmsgstr ""\n')
    found["units at the width"] = (fresh + "\n" + "\n".join(extra)).encode("utf-8")
    return found


@pytest.mark.parametrize("overwrite", [False, True])
def test_catalog_layouts_derive_to_the_same_bytes(tmp_path: Path, overwrite: bool) -> None:
    simplified = COMMITTED_ZH_CN[0].read_bytes()
    taken = sum(
        assert_both_ways(tmp_path / f"{number}", simplified, text, overwrite=overwrite)
        for number, text in enumerate(variants(tmp_path / "variants").values())
    )
    assert taken >= 15


def test_mutated_catalogs_derive_to_the_same_bytes(tmp_path: Path, bench_pairs) -> None:  # noqa: ANN001
    """Lines dropped, repeated, swapped, indented, made obsolete, stray characters: the block
    path declines, or writes what `fill_catalog` writes."""
    rng = random.Random(1606)
    simplified = COMMITTED_ZH_CN[0].read_bytes()
    sources = [(simplified, text) for text in variants(tmp_path / "variants").values()]
    sources += bench_pairs[:4]
    stray = ["\t", " ", '"', "\\", "#", "#,", "#.", "#:", "#|", "\\n", ":", ",", "\u3000", "\xa0", "fuzzy", "寶"]
    taken = 0
    with deferred_durability(tmp_path):
        for number in range(300):
            source, text = rng.choice(sources)
            lines = text.decode("utf-8").split("\n")
            lines = mutated(lines, rng, stray, number)
            mutant = "\n".join(lines).encode("utf-8")
            taken += assert_both_ways(tmp_path / f"m{number}", source, mutant, overwrite=number % 3 == 0)
    assert taken > 60  # many mutations leave a catalog the block path takes (and must fill right)


def test_declined_where_the_scanner_declines(bench_pairs) -> None:  # noqa: ANN001
    """The block path reads what `po_scan` reads, no more."""
    _, traditional = bench_pairs[0]
    text = traditional.decode("utf-8")
    for odd in (
        text.replace("\n", "\r\n"),
        "\ufeff" + text,
        text + '\n#~ msgid "Gone."\n#~ msgstr "已"\n',
        text + text[text.index("\n\n") :],  # every unit twice
    ):
        assert scan_catalog(odd.encode("utf-8")) is None
        assert read_blocks(odd.encode("utf-8")) is None


TEXT = st.lists(
    st.sampled_from(
        list("ab cd,.-/()\"'\\\t\n:;!?%$0123456789")
        + ["宝山", "軟體", "。", "，", "「", "」", "é", "\u0301", "\u200b", "\u3000", "\u2028", "\xa0", "😀", "🇫🇷"]
        + ["ｶ", "\x01", "{number_1}", "https://example.org/a-b", "«", "»", "“", "”", "—", "\u0627", "\u0e01"]
    ),
    max_size=60,
).map("".join)


def old_field_lines(name: str, text: str) -> list[str]:
    """`_field_lines` in gettext's order of questions: cut from the keyword's column first, and
    from column 0 again when that takes more than one line (the printer before this change)."""
    width = po_render.PAGE_WIDTH - 2
    lines: list[str] = []
    first = True
    parts = po_render._parts(text)
    for number, part in enumerate(parts):
        escaped = part.translate(po_render._ESCAPES)
        ends_line = part.endswith("\n")
        if first:
            start = len(name) + 1
            pieces = linebreak.cut(escaped, width=width, start_column=start, keep_last_escape=ends_line)
            if number < len(parts) - 1 or len(pieces) > 1:
                lines.append(f'{name} ""')
                first = False
        if not first:
            pieces = linebreak.cut(escaped, width=width, start_column=0, keep_last_escape=ends_line)
        lines.append(f'{name} "{pieces[0]}"' if first else f'"{pieces[0]}"')
        lines.extend(f'"{piece}"' for piece in pieces[1:])
        first = False
    return lines


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["msgid", "msgstr", "msgctxt"]), TEXT), max_size=12))
@example(
    [("msgid", "\u2028" + "a" * 18 + "宝山宝山" + "https://example.org/a-b" * 2)]
)  # seed 707: msgcat prints one line
def test_fields_print_as_gettext_cuts_them(fields: list[tuple[str, str]]) -> None:
    """The shortcuts (no breaking for strings that fit at two columns a character, one cut
    where two were asked, one breaker call per catalog) give the lines of the plain order."""
    want = [old_field_lines(name, text) for name, text in fields]
    assert [po_render._field_lines(name, text, "", True) for name, text in fields] == want
    assert po_render.field_texts(fields) == ["\n".join(lines) for lines in want]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(TEXT, st.booleans()), max_size=10), st.sampled_from([77, 30, 8, 2]))
def test_one_breaker_call_cuts_as_one_call_per_text(texts: list[tuple[str, bool]], width: int) -> None:
    escaped = [(text.replace("\n", " ").translate(po_render._ESCAPES), keep) for text, keep in texts]
    want = [linebreak.cut(text, width=width, start_column=0, keep_last_escape=keep) for text, keep in escaped]
    assert linebreak.cut_many(escaped, width=width) == want


def test_real_fields_print_as_gettext_cuts_them(bench_pairs) -> None:  # noqa: ANN001
    """Every msgid and Chinese msgstr of the bench catalogs, one catalog per batch."""
    from l10n.catalog.po_scan import scan_translated

    for simplified, traditional in bench_pairs:
        catalog = scan_catalog(traditional)
        assert catalog is not None
        fields = [("msgid", entry.msgid) for entry in catalog.entries]
        fields += [("msgstr", msgstr) for _, msgstr, _ in scan_translated(simplified) or []]
        assert po_render.field_texts(fields) == ["\n".join(old_field_lines(name, text)) for name, text in fields]
