"""The zh_TW derivation on our own bytes (`printed_here`) writes what the checked path writes.

A zh_TW catalog still as `update` (or a machine writer after it) printed it — its merge stamp
holds, and `fingerprint.still_as_taken` finds the bytes read under the lock to be those — has
its msgctxt/msgid lines copied without being cut again, and with a zh_CN catalog of the same
units in the same order both are read in one regular-expression pass each, keys as their lines
(`po_twins.read_printed_twins`). Held here to `fill_catalog`'s bytes (the derivation before the
block path) on: the bench catalogs as `extract` left them; catalogs of every layout and seeded
mutation once our printer has printed them (the premise the stamp vouches for), against zh_CN
catalogs mutated as they stand (which the twin reading must decline or read right); and through
`translate`, where a catalog a person touched after `update` must not be taken for ours.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import polib
import pytest
from conftest import bench_module
from test_catalog_po_read import _mutations
from test_mt_batch import make_project
from test_mt_opencc import COMMITTED_ZH_CN
from test_opencc_fast import slow_derivation, variants, without_date
from test_po34b_ahead import readings

from l10n.catalog import po_blocks, po_twins
from l10n.catalog.po import apply_suggestions, read_translations
from l10n.catalog.pofile import load_catalog, render_catalog
from l10n.errors import L10nError
from l10n.extraction import update_catalogs
from l10n.fingerprint import fingerprint, still_as_taken
from l10n.fsio import deferred_durability
from l10n.locales import parse_locale
from l10n.model import Suggestion
from l10n.mt.batch import translate_project
from l10n.mt.opencc import derive_traditional_catalog
from l10n.mt.opencc_ahead import convert_ahead
from l10n.mt.registry import EngineSettings


def ours(data: bytes) -> bool:  # noqa: ARG001 - the caller vouches for the bytes
    return True


def both_ways(
    root: Path, simplified: bytes, traditional: bytes, *, overwrite: bool, ahead_of: Path | None = None
) -> bool:
    """The derivation told the zh_TW bytes are ours, and `fill_catalog` (`slow_derivation`),
    over copies of one pair: the same file, `written` and error. True when the twin reading
    took the pair. The fast sides have the texts converted ahead (`convert_ahead`) of this pair,
    or with `ahead_of` of the zh_CN/zh_TW pairs in that folder's subfolders (this one's or not):
    "fast" with the catalogs derived ahead too, "twins" without them (read under the lock)."""
    sides = ("fast", "twins", "slow")
    told: dict[str, list[dict]] = {side: [] for side in sides}
    files = {}
    errors = []
    for side in sides:
        (root / side).mkdir(parents=True)
        files[side] = (root / side / "zh_CN.po", root / side / "zh_TW.po")
        files[side][0].write_bytes(simplified)
        files[side][1].write_bytes(traditional)
        try:
            if side == "slow":
                slow_derivation(*files[side], overwrite=overwrite, written=told[side].append)
            else:
                pairs = [files[side]] if ahead_of is None else list(ahead_pairs(ahead_of))
                ahead = convert_ahead("s2twp", pairs)
                derive_traditional_catalog(
                    *files[side],
                    config="s2twp",
                    overwrite_fuzzy=overwrite,
                    written=told[side].append,
                    printed_here=ours,
                    ahead=ahead if side == "fast" else dataclasses.replace(ahead, derived={}),
                )
            errors.append(None)
        except L10nError as error:
            errors.append(type(error))
    assert errors[0] == errors[1] == errors[2]
    fast, twins, slow = (without_date(files[side][1].read_bytes()) for side in sides)
    assert fast == slow, f"{root}: the derivation made ahead on our own bytes wrote other bytes"
    assert twins == slow, f"{root}: the derivation on our own bytes wrote other bytes"
    assert told["fast"] == told["twins"] == told["slow"]
    return po_twins.read_printed_twins(traditional, files["slow"][0].with_name("zh_CN.po")) is not None


def ahead_pairs(folder: Path):  # noqa: ANN201
    for simplified in sorted(folder.glob("*/zh_CN.po")):
        yield simplified, simplified.with_name("zh_TW.po")


def printed(data: bytes, folder: Path) -> bytes | None:
    """`data` as our writers print the catalog read from it (`load_catalog`, `render_catalog`:
    what `update` or a machine writer leaves), or None when the reader refuses it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "read.po").write_bytes(data)
    try:
        return render_catalog(load_catalog(folder / "read.po")).encode("utf-8")
    except L10nError:
        return None


def twin_of(traditional: bytes, folder: Path, rng: random.Random) -> bytes:
    """A zh_CN catalog with the units of `traditional`, in order, most filled with Chinese by
    a machine (`apply_suggestions`: fuzzy, with provenance), some by a person (reviewed)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "zh_CN.po"
    path.write_bytes(traditional)
    chinese = ["软件园区开业了。", "记者获得了信息。", "宝山区北部一座拥有百年历史的老工业基地"]
    keys = list(read_translations(path))
    apply_suggestions(
        path,
        [
            Suggestion(msgctxt, msgid, rng.choice(chinese), "mt", "test")
            for msgctxt, msgid in keys
            if rng.random() < 0.8
        ],
    )
    catalog = load_catalog(path)
    for entry in catalog:
        if entry.msgstr and rng.random() < 0.2:
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    return render_catalog(catalog).encode("utf-8")


@pytest.fixture(scope="module")
def bench_project(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    """(zh_CN filled, zh_TW as `extract` wrote it) of 12 distinct articles (`bench/mt_opencc.py`)."""
    build_corpus = bench_module("mt_opencc").build_corpus
    root = tmp_path_factory.mktemp("bench")
    build_corpus(root, 12)
    project = root / "project" / "locales"
    return [
        (simplified, project / "zh_TW" / "LC_MESSAGES" / simplified.name)
        for simplified in sorted((project / "zh_CN" / "LC_MESSAGES").glob("*.po"))
    ]


@pytest.mark.parametrize("overwrite", [False, True])
def test_bench_catalogs_as_extract_left_them(tmp_path: Path, bench_project, overwrite: bool) -> None:  # noqa: ANN001
    pairs = tmp_path / "pairs"  # a run of catalogs converted ahead together
    for number, (zh_cn, zh_tw) in enumerate(bench_project):
        (pairs / f"{number}").mkdir(parents=True)
        (pairs / f"{number}" / "zh_CN.po").write_bytes(zh_cn.read_bytes())
        (pairs / f"{number}" / "zh_TW.po").write_bytes(zh_tw.read_bytes())
    for number, (simplified, traditional) in enumerate(bench_project):
        assert both_ways(tmp_path / f"{number}", simplified.read_bytes(), traditional.read_bytes(), overwrite=overwrite)
        both_ways(
            tmp_path / f"{number}-run",
            simplified.read_bytes(),
            traditional.read_bytes(),
            overwrite=overwrite,
            ahead_of=pairs,
        )
        derived = (tmp_path / f"{number}" / "fast" / "zh_TW.po").read_bytes()  # ours too: carried over
        both_ways(tmp_path / f"{number}-again", simplified.read_bytes(), derived, overwrite=overwrite)


def test_printed_layouts_and_mutations(tmp_path: Path, bench_project) -> None:  # noqa: ANN001
    """Every layout and 400 seeded mutations of zh_TW catalogs, once printed by our printer,
    against zh_CN catalogs that are ours, mutated, or mutated and printed."""
    rng = random.Random(1607)
    committed = COMMITTED_ZH_CN[0].read_bytes()
    traditional = [(committed, text) for text in variants(tmp_path / "variants").values()]
    traditional += [(s.read_bytes(), t.read_bytes()) for s, t in bench_project[:4]]
    stray = ["\t", " ", '"', "\\", "#", "#,", "#.", "#:", "#|", "#~ ", "\\n", ",", "\u3000", "fuzzy", "寶", "msgid "]
    taken = declined = 0
    with deferred_durability(tmp_path):
        for number in range(400):
            simplified, text = rng.choice(traditional)
            lines = text.decode("utf-8").split("\n")
            if number % 2 == 0:
                lines = _mutations(lines, rng)
            else:
                index = rng.randrange(len(lines))
                cut = rng.randint(0, len(lines[index]))
                lines[index] = lines[index][:cut] + rng.choice(stray) + lines[index][cut:]
            ours_now = printed("\n".join(lines).encode("utf-8"), tmp_path / "read")
            if ours_now is None:
                continue
            if number % 4 == 3:  # a zh_CN twin of the printed catalog: its units, in Chinese
                simplified = twin_of(ours_now, tmp_path / "twin", rng)
            if number % 4 in (1, 2):  # the zh_CN catalog mutated as it stands, or mutated and printed
                simplified_lines = simplified.decode("utf-8").split("\n")
                simplified = "\n".join(_mutations(simplified_lines, rng)).encode("utf-8")
                if number % 4 == 1:
                    simplified = printed(simplified, tmp_path / "read") or simplified
            ahead_of = tmp_path / f"m{number - 1}" if number % 5 == 0 else None  # another pair's texts
            if both_ways(tmp_path / f"m{number}", simplified, ours_now, overwrite=number % 3 == 0, ahead_of=ahead_of):
                taken += 1
            else:
                declined += 1
    assert taken > 40 and declined > 40  # both ways taken often enough to mean something


def test_twins_declined_where_the_general_reading_differs(tmp_path: Path, bench_project) -> None:  # noqa: ANN001
    """Pairs whose units are the same but not line for line, in order, or that the general
    reading takes otherwise (a person's rewrap of zh_CN, a reorder, a unit less or twice, an
    obsolete unit, a previous msgid, a plural, a CR, msgctxt "None" or an empty msgid on both
    sides): the twin
    reading declines, and the derivation still writes the checked bytes."""
    simplified_path, traditional_path = bench_project[0]
    simplified, traditional = simplified_path.read_text(encoding="utf-8"), traditional_path.read_text(encoding="utf-8")
    head, *blocks = simplified.rstrip("\n").split("\n\n")
    long_field = re.compile(r'msgid ""\n((?:"[^\n]*"\n)+)')
    assert long_field.search(simplified)

    def joined(*parts: str) -> str:
        return "\n\n".join(parts) + "\n"

    def on_both(old: str, new: str) -> tuple[str, str]:
        return simplified.replace(old, new), traditional.replace(old, new)

    rewrapped = long_field.sub(lambda m: 'msgid "' + m.group(1).replace('"\n"', "")[1:], simplified, count=1)
    pairs = {
        "rewrapped msgid": (rewrapped, traditional),
        "two units swapped": (joined(head, blocks[1], blocks[0], *blocks[2:]), traditional),
        "a unit less": (joined(head, *blocks[1:]), traditional),
        "a unit twice": (joined(head, blocks[0], *blocks), traditional),
        "an obsolete unit": (simplified + '\n#~ msgid "Gone."\n#~ msgstr "已"\n', traditional),
        "a previous msgid": (
            joined(head, blocks[0].replace("#, fuzzy", '#, fuzzy\n#| msgid "Earlier."'), *blocks[1:]),
            traditional,
        ),
        "a plural": (
            joined(head, blocks[0].replace('\nmsgstr "', '\nmsgid_plural "x"\nmsgstr[0] "'), *blocks[1:]),
            traditional,
        ),
        "a CR": (simplified.replace("\n", "\r\n"), traditional),
        "msgctxt None": on_both('\nmsgid "Some reports', '\nmsgctxt "None"\nmsgid "Some reports'),
        "an empty msgid": on_both('\nmsgid "Some reports suggest a deliberate criminal act."', '\nmsgid ""'),
        "an empty msgid with msgctxt": on_both(
            '\nmsgid "Some reports suggest a deliberate criminal act."', '\nmsgctxt "x"\nmsgid ""'
        ),
    }
    for number, (name, (zh_cn, zh_tw)) in enumerate(pairs.items()):
        assert (zh_cn, zh_tw) != (simplified, traditional), name
        path = tmp_path / f"{number}" / "zh_CN.po"
        path.parent.mkdir(parents=True)
        path.write_bytes(zh_cn.encode("utf-8"))
        assert po_twins.read_printed_twins(zh_tw.encode("utf-8"), path) is None, name
        assert not both_ways(tmp_path / f"{number}-both", zh_cn.encode("utf-8"), zh_tw.encode("utf-8"), overwrite=False)


SENTENCE_WITH_MONEY = "Information about {money_1} was given to reporters who had travelled to the site."


def merged_project(tmp_path: Path):  # noqa: ANN202
    """A project whose zh_CN and zh_TW catalogs `update` merged (stamps recorded) and whose zh_CN
    catalog holds Chinese; long sentences, so the msgid lines are cut."""
    sentences = [
        "The software park in the north of the district opened on Monday with dozens of companies "
        "signing agreements to move in over the coming months.",
        SENTENCE_WITH_MONEY,
        "A short one.",
    ]
    tmp_path.mkdir()
    project = make_project(tmp_path, {"art": sentences})
    locales = [parse_locale("zh_CN"), parse_locale("zh_TW")]
    list(update_catalogs(project, domains=["art"], locales=locales))
    chinese = ["区北部的软件园区周一开业，数十家企业签约入驻。", "记者获得了关于{money_1}的信息。", "短句。"]
    apply_suggestions(
        project.po_path(locales[0], "art"),
        [Suggestion(None, msgid, text, "mt", "test") for msgid, text in zip(sentences, chinese, strict=True)],
    )
    return project, locales


def derive_through_translate(project, locales) -> tuple[bytes, list[bool]]:  # noqa: ANN001
    """zh_TW as `translate --engine auto` derives it (no Argos package here: OpenCC), and each
    reading of it block by block (`read_blocks`: whether told its fields are our printer's);
    none when it was read as a twin (`po_twins`: ahead, or under the lock)."""
    settings = EngineSettings(packages_dir=project.root / "no-packages")
    report, checked = readings(
        lambda: translate_project(project, locales=[locales[1]], domains=["art"], settings=settings)
    )
    assert report.locales["zh_TW"].engine == "opencc s2twp from zh_CN"
    return project.po_path(locales[1], "art").read_bytes(), checked


def checked_bytes(folder: Path, simplified: bytes, traditional: bytes) -> bytes:
    """What `fill_catalog` (`slow_derivation`) writes for the pair."""
    folder.mkdir(parents=True)
    (folder / "zh_CN.po").write_bytes(simplified)
    (folder / "zh_TW.po").write_bytes(traditional)
    slow_derivation(folder / "zh_CN.po", folder / "zh_TW.po", overwrite=False, written=None)
    return (folder / "zh_TW.po").read_bytes()


def test_translate_takes_update_output_as_ours(tmp_path: Path) -> None:
    project, locales = merged_project(tmp_path / "project")
    before = project.po_path(locales[1], "art").read_bytes()
    written, checked = derive_through_translate(project, locales)
    assert checked == []  # read as twins
    checked = checked_bytes(tmp_path / "check", project.po_path(locales[0], "art").read_bytes(), before)
    assert without_date(written) == without_date(checked)
    assert read_translations(project.po_path(locales[1], "art"))[(None, "A short one.")].msgstr == "短句。"


def test_translate_checks_a_catalog_a_person_rewrapped(tmp_path: Path) -> None:
    """`msgcat --no-wrap` after `update`: the merge stamp no longer holds, so the long msgid is
    cut again (gettext's layout), as the checked path cuts it — copying it would keep one line."""
    project, locales = merged_project(tmp_path / "project")
    path = project.po_path(locales[1], "art")
    text = path.read_text(encoding="utf-8")
    rewrapped = re.sub(r'msgid ""\n((?:"[^\n]*"\n)+)', lambda m: 'msgid "' + m.group(1).replace('"\n"', "")[1:], text)
    assert rewrapped != text
    path.write_text(rewrapped, encoding="utf-8")
    written, checked = derive_through_translate(project, locales)
    assert checked == [False]  # read block by block, every field checked
    checked = checked_bytes(tmp_path / "check", project.po_path(locales[0], "art").read_bytes(), rewrapped.encode())
    assert without_date(written) == without_date(checked)
    assert re.search(r'msgid ""\n"The software park', written.decode("utf-8"))


def test_translate_checks_a_catalog_a_person_edited_keeping_size_and_times(tmp_path: Path) -> None:
    """A person rewraps a long msgid after `update` and pads a comment to the same size, then
    puts the file's times back: only its change time (or, in the tick of its stat, its content)
    tells it from our bytes. The derivation must take the checked path (the msgid cut again,
    as `fill_catalog` cuts it); taken as ours, the msgid would stay on one line."""
    project, locales = merged_project(tmp_path / "project")
    path = project.po_path(locales[1], "art")
    text = path.read_text(encoding="utf-8")
    rewrapped = re.sub(r'msgid ""\n((?:"[^\n]*"\n)+)', lambda m: 'msgid "' + m.group(1).replace('"\n"', "")[1:], text)
    shorter = len(text.encode("utf-8")) - len(rewrapped.encode("utf-8"))
    assert shorter > 0
    padded = rewrapped.replace("\n#: ", f"\n#. {'x' * (shorter - 4)}\n#: ", 1)
    assert len(padded.encode("utf-8")) == len(text.encode("utf-8"))
    stat = path.stat()
    path.write_text(padded, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    written, checked = derive_through_translate(project, locales)
    assert checked == [False]  # read block by block, every field checked
    simplified = project.po_path(locales[0], "art").read_bytes()
    assert without_date(written) == without_date(checked_bytes(tmp_path / "check", simplified, padded.encode()))
    assert re.search(r'msgid ""\n"The software park', written.decode("utf-8"))


def test_still_as_taken_by_stat_and_by_content_when_racy(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_bytes(b"one")
    fp = fingerprint([path])
    assert still_as_taken(fp, 0, b"one")
    if 0 in fp.racy:  # just written: its stat could hide an edit, so the bytes are compared
        assert not still_as_taken(fp, 0, b"two")
    stat = path.stat()
    path.write_bytes(b"owt")  # same size, times put back: the change time still moves
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert not still_as_taken(fp, 0, b"owt")


def test_printer_output_that_does_not_read_back_the_same(tmp_path: Path) -> None:
    """Our printer writes a comment as it is given, so a catalog built from values (not read
    from a file) may hold comment lines that read back otherwise (a trailing blank, a blank
    line in a note): those are checked even on our own bytes, and fields with escapes, tabs
    and wide or long text are copied right."""
    catalog = polib.POFile()
    catalog.metadata = {"Language": "zh_TW", "Content-Type": "text/plain; charset=UTF-8"}
    values = [
        ("note with a trailing blank ", "Tab\there and a \\ backslash"),
        ("two\n\nparagraphs", '"Quoted" ' + "long words " * 12),
        ("", "寶山區北部一座擁有一百多年歷史的老工業基地正在轉型成為生物醫藥產業高地，吸引了數十家企業入駐。"),
        (" leading blank", "A line break\ninside, then more text to pass the width of a line " * 2),
    ]
    for number, (comment, msgid) in enumerate(values, 1):
        catalog.append(polib.POEntry(msgid=msgid, comment=comment, occurrences=[("seeds/a.md", str(number))]))
    traditional = render_catalog(catalog).encode("utf-8")
    simplified = twin_of(traditional, tmp_path / "twin", random.Random(3))
    for overwrite in (False, True):
        both_ways(tmp_path / f"{overwrite}", simplified, traditional, overwrite=overwrite)
    assert po_twins.read_printed_twins(traditional, tmp_path / "twin" / "zh_CN.po") is None  # the comments


_PLAIN_STRING = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"'  # `po_scan`'s patterns with plain (backtracking) repeats
_PLAIN_FIELD = rf"{_PLAIN_STRING}(?:\n{_PLAIN_STRING})*"
BACKTRACKING = {
    "BLOCK": re.compile(
        r"(?P<comments>(?:#[.:,]?(?: [^\n]*)?\n)*)"
        rf"(?:msgctxt (?P<msgctxt>{_PLAIN_FIELD})\n)?"
        rf"msgid (?P<msgid>{_PLAIN_FIELD})\n"
        rf"msgstr (?P<msgstr>{_PLAIN_FIELD})"
    ),
    "_PLAIN_BLOCK": re.compile(
        r"(?P<comments>(?:#\. [^\n]*\S\n)*"
        r"(?P<references>(?:#: \S+(?: \S+)*\n)*)"
        r"(?:#, (?P<flags>[^\n]*\S)\n)?)"
        rf"(?:msgctxt (?P<msgctxt>{_PLAIN_FIELD})\n)?"
        rf"msgid (?P<msgid>{_PLAIN_FIELD})\n"
        r'msgstr ""'
    ),
}


def mutated_catalogs(
    tmp_path: Path,
    bench_project: list[tuple[Path, Path]],
    rng: random.Random,
    stray: list[str],
    *,
    edits: int,
    mutation_chance: float,
) -> Iterator[str]:
    """600 catalogs, each a real one (`variants`' and the bench project's first four pairs) edited one to `edits`
    times: a line mutation (`test_catalog_po_read._mutations`) by `mutation_chance`, else one of `stray` put into
    a line."""
    texts = [text.decode("utf-8") for text in variants(tmp_path / "variants").values()]
    texts += [path.read_text(encoding="utf-8") for pair in bench_project[:4] for path in pair]
    for _ in range(600):
        lines = rng.choice(texts).split("\n")
        for _ in range(rng.randint(1, edits)):
            if rng.random() < mutation_chance:
                lines = _mutations(lines, rng)
            elif lines:
                index = rng.randrange(len(lines))
                cut = rng.randint(0, len(lines[index]))
                lines[index] = lines[index][:cut] + rng.choice(stray) + lines[index][cut:]
        yield "\n".join(lines)


def test_possessive_patterns_match_as_backtracking_ones(tmp_path: Path, bench_project) -> None:  # noqa: ANN001
    """`po_scan.BLOCK` and `po_blocks.PLAIN_BLOCK` give the groups their backtracking forms
    give, block by block and in a whole text, on real catalogs and 600 seeded mutations."""
    from l10n.catalog import po_scan
    from l10n.catalog.po_scan import entry_groups, in_text

    stray = ["\t", " ", '"', "\\", "\\\\", "#", "#.", "#:", "#,", "\n", '\\"', "msgstr ", "寶"]
    mutated = mutated_catalogs(tmp_path, bench_project, random.Random(1608), stray, edits=4, mutation_chance=0.5)
    for number, text in enumerate(mutated):
        for name, new in (("BLOCK", po_scan.BLOCK), ("_PLAIN_BLOCK", po_blocks.PLAIN_BLOCK)):
            old = BACKTRACKING[name]
            for block in text.split("\n\n"):
                want, got = old.fullmatch(block), new.fullmatch(block)
                assert (want and want.groups()) == (got and got.groups()), (number, name, block)
            assert entry_groups(text, in_text(old)) == entry_groups(text, in_text(new)), (number, name)


def test_converted_ahead_only_for_catalogs_with_open_units(tmp_path: Path, bench_project) -> None:  # noqa: ANN001
    """Texts are converted ahead for zh_TW catalogs with an empty msgstr, every text (repeats
    included) as `convert_all` converts it, and a filled catalog costs none."""
    from l10n.catalog.po_scan import scan_translated
    from l10n.mt.opencc import convert_all

    simplified, traditional = bench_project[0]
    ahead = convert_ahead("s2twp", [(simplified, traditional)])
    texts = [msgstr for _, msgstr, _ in scan_translated(simplified.read_bytes()) or []]
    assert texts and ahead.texts == dict(zip(texts, convert_all("s2twp", texts), strict=True))
    both_ways(tmp_path / "filled", simplified.read_bytes(), traditional.read_bytes(), overwrite=False)
    filled = tmp_path / "filled" / "fast" / "zh_TW.po"
    assert convert_ahead("s2twp", [(simplified, filled)]).texts == {}
    assert convert_ahead("s2twp", [(tmp_path / "none.po", traditional)]).texts == {}


def polib_header(header: str) -> str | None:
    """What the checked path prints for the header block `header` with a new revision date
    (`header_catalog`, `touch_revision_date`, `render_po`), the date put back as "<date>"."""
    from l10n.catalog.po_render import render_po
    from l10n.catalog.po_scan import BLOCK, header_catalog, header_match
    from l10n.catalog.pofile import touch_revision_date

    first = header_match(BLOCK.fullmatch(header))
    catalog = None if first is None else header_catalog(first)
    if catalog is None:
        return None
    touch_revision_date(catalog)
    date = catalog.metadata["PO-Revision-Date"]
    text = render_po(catalog)
    assert text.count(date) == 1
    return text.replace(date, "<date>")


def test_printed_header_is_what_polib_prints(tmp_path: Path) -> None:  # noqa: ARG001
    """Headers our printer wrote from metadata and header comments polib would not read back
    the same (blanks to strip, keys out of polib's order, a `#` line first, a fuzzy flag, long
    or escaped values, no revision date…), and such headers mutated line by line: the header
    taken without polib (`printed_header`) is, with a new date, what polib's path prints."""
    from l10n.catalog.po_header import printed_header
    from l10n.catalog.pofile import render_catalog

    rng = random.Random(1619)
    keys = ["Project-Id-Version", "PO-Revision-Date", "Language", "X-Generator", "Content-Type", "Zeta", "Alpha"]
    values = ["article-7", "2026-01-01 10:00+0000", "zh_TW", "l10n", "", "寶山區", "a: b", "text/plain; charset=UTF-8"]
    odd = ["a value ", " padded", "a\\b", 'say "hi"', "tab\there", "line\u2028sep", "x" * 90, "a\nb"]
    comments = ["Chinese (Traditional, Taiwan) translations", "Second line.", "", "two  spaces"]
    odd_comments = ["trailing ", " leading", "#", "\u3000wide blank"]
    taken = declined = 0
    for number in range(600):
        catalog = polib.POFile()
        catalog.header = "\n".join(
            rng.choice(odd_comments if rng.random() < 0.1 else comments) for _ in range(rng.randint(0, 3))
        )
        chosen = rng.sample(keys, rng.randint(1, len(keys)))
        if rng.random() < 0.9 and "PO-Revision-Date" not in chosen:
            chosen.append("PO-Revision-Date")
        catalog.metadata = {key: rng.choice(odd if rng.random() < 0.05 else values) for key in chosen}
        catalog.metadata_is_fuzzy = rng.random() < 0.1
        header = render_catalog(catalog).rstrip("\n")
        if number % 3 == 0:  # then a line of it changed as a person or another tool might
            lines = header.split("\n")
            index = rng.randrange(len(lines))
            lines[index] = rng.choice(
                [lines[index] + " ", lines[index].replace(": ", ":  ", 1), "#", '"Alpha: first\\n"', lines[index][:-1]]
            )
            if rng.random() < 0.3:
                lines.insert(rng.randrange(len(lines) + 1), lines[rng.randrange(len(lines))])
            header = "\n".join(lines)
        around = printed_header(header)
        if around is None:
            declined += 1
            continue
        assert "\n\n" not in header
        assert around[0] + "<date>" + around[1] == polib_header(header), header
        taken += 1
    assert taken > 60 and declined > 60


def test_unchecked_field_lines_split_blocks_as_checked_ones(tmp_path: Path, bench_project) -> None:  # noqa: ANN001
    """`_PRINTED_BLOCK` and `_TWIN_PARTS` leave msgctxt and msgid lines unchecked, as one group:
    wherever the lines they take are fields `po_scan.FIELD` matches (our printer's, or equal to
    those), the whole-text reading gives what `PLAIN_BLOCK` and `BLOCK` give, those two fields'
    lines joined — on real catalogs and 600 seeded mutations (stray quotes and backslashes in
    field lines among them)."""
    from l10n.catalog.po_scan import BLOCK, FIELD, entry_groups, in_text

    field = re.compile(FIELD)
    keys = re.compile(rf"(?:msgctxt ({po_twins._PRINTED_FIELD})\n)?msgid ({po_twins._PRINTED_FIELD})\n")

    def joined(groups: tuple[str, ...], at: int) -> tuple[str, ...]:  # msgctxt and msgid at `at`: one group
        msgctxt, msgid = groups[at : at + 2]
        return (*groups[:at], f"msgctxt {msgctxt}\n" * bool(msgctxt) + f"msgid {msgid}\n", *groups[at + 2 :])

    loose = {  # the unchecked reading, the checked one, where its msgctxt group is, its groups kept
        "_PRINTED_BLOCK": (lambda text: entry_groups(text, po_twins._PRINTED_ENTRY), po_blocks.PLAIN_BLOCK, 4, 0),
        "_TWIN_PARTS": (
            lambda text: entry_groups(text, po_twins._TWIN_ENTRY, keywords=po_twins._TWIN_KEYWORDS),
            BLOCK,
            2,
            1,  # (no group for the block's text)
        ),
    }
    stray = ['"', "\\", '\\"', '"x"', "\n", "\n\n", "#", "msgstr ", "寶"]
    agreed = unchecked = 0
    mutated = mutated_catalogs(tmp_path, bench_project, random.Random(1620), stray, edits=3, mutation_chance=0.4)
    for number, text in enumerate(mutated):
        for name, (read, strict, at, kept) in loose.items():
            got = read(text)
            if got is None:
                continue
            fields = [keys.fullmatch(group[at - kept]) for group in got[1]]
            if not all(found and field.fullmatch(found[2]) and field.fullmatch(found[1] or '""') for found in fields):
                unchecked += 1  # lines no printer writes: never equal to ours, so never taken
                continue
            want = entry_groups(text, in_text(strict))
            assert want is not None, (number, name, text)
            assert got == (want[0], [joined(groups, at)[kept:] for groups in want[1]]), (number, name, text)
            agreed += 1
    assert agreed > 100 and unchecked > 10


def test_a_reading_made_ahead_stands_only_for_the_same_bytes(tmp_path: Path, bench_project) -> None:  # noqa: ANN001
    """The zh_CN catalog rewritten (other Chinese in the same units) after `convert_ahead` read
    it: the fill reads it again, and writes what the checked path writes for the new text."""
    simplified, traditional = bench_project[1]
    changed = twin_of(traditional.read_bytes(), tmp_path / "twin", random.Random(5))
    files = {}
    for side in ("fast", "slow"):
        (tmp_path / side).mkdir()
        files[side] = (tmp_path / side / "zh_CN.po", tmp_path / side / "zh_TW.po")
        files[side][0].write_bytes(simplified.read_bytes())
        files[side][1].write_bytes(traditional.read_bytes())
    ahead = convert_ahead("s2twp", [files["fast"]])
    assert os.fspath(files["fast"][0]) in ahead.simplified
    for side in ("fast", "slow"):
        files[side][0].write_bytes(changed)
    assert po_twins.read_printed_twins(traditional.read_bytes(), files["fast"][0]) is not None
    derive_traditional_catalog(*files["fast"], config="s2twp", printed_here=ours, ahead=ahead)
    slow_derivation(*files["slow"], overwrite=False, written=None)
    fast, slow = (without_date(files[side][1].read_bytes()) for side in ("fast", "slow"))
    assert fast == slow
    stale = convert_ahead("s2twp", [(simplified, traditional)]).texts
    assert not any(text in fast.decode("utf-8") for text in stale.values() if len(text) > 8)


def test_a_derivation_made_ahead_stands_only_for_the_same_bytes_and_day(
    tmp_path: Path,
    bench_project,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A zh_TW catalog derived ahead (`convert_ahead`) is written only while both files hold
    the bytes it was derived from and the day is the same: a unit filled by another writer
    meanwhile (our printer's bytes still), or a derivation made the day before (its provenance
    date) or for another configuration, and the derivation is made again, as the checked path
    makes it."""
    from l10n.mt import opencc_ahead

    class Yesterday(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return dt.date.today() - dt.timedelta(days=1)

    simplified, traditional = bench_project[2]
    keys = list(read_translations(traditional))
    today = dt.date.today().isoformat()
    for case in ("as read", "another writer", "a new day", "another configuration"):
        files = {}
        for side in ("fast", "slow"):
            (tmp_path / case / side).mkdir(parents=True)
            files[side] = (tmp_path / case / side / "zh_CN.po", tmp_path / case / side / "zh_TW.po")
            files[side][0].write_bytes(simplified.read_bytes())
            files[side][1].write_bytes(traditional.read_bytes())
        with monkeypatch.context() as patch:
            if case == "a new day":  # derived ahead "yesterday" (the run began before midnight)
                patch.setattr(opencc_ahead, "dt", SimpleNamespace(date=Yesterday))
            config = "s2hk" if case == "another configuration" else "s2twp"
            ahead = convert_ahead(config, [files["fast"]])
        done = ahead.derived[os.fspath(files["fast"][1])]
        assert done.changed == len(keys) and done.catalog.text().count(f"# mt: opencc {config}") == len(keys)
        if case == "another writer":
            for side in ("fast", "slow"):
                apply_suggestions(files[side][1], [Suggestion(*keys[3], "記憶庫的譯文", "tm", "tm: 100% test")])
        told: dict[str, list] = {"fast": [], "slow": []}
        written, _ = derive_traditional_catalog(
            *files["fast"], config="s2twp", printed_here=ours, ahead=ahead, written=told["fast"].append
        )
        slow_derivation(*files["slow"], overwrite=False, written=told["slow"].append)
        fast, slow = (without_date(files[side][1].read_bytes()) for side in ("fast", "slow"))
        assert fast == slow and told["fast"] == told["slow"], case
        assert written == len(keys) - (case == "another writer"), case
        assert fast.decode("utf-8").count(f"s2twp from zh_CN {today}") == written, case
        if case == "another writer":
            assert "記憶庫的譯文" in fast.decode("utf-8")


def test_a_metadata_line_wider_than_the_page_is_left_to_polib() -> None:
    """A header whose long metadata line was joined by hand (our printer breaks it at a blank,
    as gettext does) is not taken as printed: polib's path prints it broken again."""
    from l10n.catalog.po_header import printed_header

    plural = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
    for value in (plural, "臺北市 " * 16, "Chinese (Traditional) <zh_TW@example.org>"):
        header = f'msgid ""\nmsgstr ""\n"PO-Revision-Date: 2026-01-01 10:00+0000\\n"\n"Language-Team: {value}\\n"'
        around = printed_header(header)
        expected = polib_header(header)
        assert expected is not None
        if len(value) < 60:  # one line within the page either way: taken, the same bytes
            assert around is not None and around[0] + "<date>" + around[1] == expected
        else:
            assert around is None and len(expected.splitlines()) == 5  # the value on two lines


def test_the_revision_date_formatted_once_a_minute_is_gettexts() -> None:
    """`touched_header_text` formats the revision date once a minute: for any moment, what
    `gettext_timestamp` prints for that moment itself."""
    from l10n.catalog.po_header import _timestamp_of_minute
    from l10n.catalog.pofile import gettext_timestamp

    rng = random.Random(1621)
    for moment in [0.0, 59.999, 60.0, 1_700_000_000.5, *(rng.uniform(0, 4e9) for _ in range(200))]:
        assert _timestamp_of_minute(int(moment // 60)) == gettext_timestamp(dt.datetime.fromtimestamp(moment, dt.UTC))


def test_a_conversion_that_changes_a_placeholder_is_refused_on_every_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OpenCC never touches an ASCII placeholder, but the derivation checks: a converter that
    renames one has that unit refused — derived ahead, read as twins under the lock, or by the
    checked path — and the three write the same bytes, the unit left empty."""
    from l10n.mt import opencc

    project, locales = merged_project(tmp_path / "project")
    simplified, traditional = (project.po_path(locale, "art").read_bytes() for locale in locales)
    real = opencc.converter("s2twp")

    class Renaming:
        def convert(self, text: str) -> str:
            return real.convert(text).replace("{money_1}", "{money_2}")

    monkeypatch.setattr(opencc, "converter", lambda config: Renaming())
    results = {}
    for side in ("ahead", "twins", "checked"):
        files = (tmp_path / side / "zh_CN.po", tmp_path / side / "zh_TW.po")
        files[0].parent.mkdir()
        files[0].write_bytes(simplified)
        files[1].write_bytes(traditional)
        if side == "checked":
            counts = derive_traditional_catalog(*files, config="s2twp")
        else:
            ahead = convert_ahead("s2twp", [files])
            assert os.fspath(files[1]) in ahead.derived
            if side == "twins":
                ahead = dataclasses.replace(ahead, derived={})
            counts = derive_traditional_catalog(*files, config="s2twp", printed_here=ours, ahead=ahead)
        results[side] = counts, without_date(files[1].read_bytes())
    assert results["ahead"] == results["twins"] == results["checked"]
    assert results["checked"][0] == (2, 1)
    assert read_translations(tmp_path / "checked" / "zh_TW.po")[(None, SENTENCE_WITH_MONEY)].msgstr == ""


def test_the_collector_is_left_as_convert_ahead_found_it(tmp_path: Path, bench_project) -> None:  # noqa: ANN001
    """`convert_ahead` pauses the cyclic collector while it reads (bounded, no cycles made) and
    leaves it as it found it: running, or paused by the caller — also when a read fails."""
    import gc

    from l10n.mt import opencc_ahead

    assert gc.isenabled()
    try:
        convert_ahead("s2twp", bench_project[:2])
        assert gc.isenabled()
        gc.disable()
        convert_ahead("s2twp", bench_project[:2])
        assert not gc.isenabled()
        gc.enable()
        with pytest.raises(TypeError):
            opencc_ahead.convert_ahead("s2twp", [(None, None)])  # type: ignore[list-item]
        assert gc.isenabled()
    finally:
        gc.enable()
