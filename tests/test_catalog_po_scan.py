"""The field scanner (`l10n.catalog.po_scan`) reads what polib reads, or declines, and prints
what the polib path prints.

Inputs it was not written around: polib's own parser test catalogs, the committed catalogs
under locales/, catalogs merged from the committed template for several locales, and seeded
mutations of all of them (the same mutations `tests/test_catalog_po_read.py` uses, plus stray
characters) — for each, either the scanner declines or it agrees with `load_catalog` field by
field, header included, and its rendering equals `render_catalog`'s to the byte.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_catalog_po_read import POLIB_CORPUS, PROJECT_CATALOGS, REPO, _mutations, mutated

from l10n.catalog.po_scan import render_scanned, scan_catalog, scan_translated
from l10n.catalog.pofile import load_catalog, render_catalog
from l10n.catalog.translations import catalog_translations
from l10n.errors import CatalogError

FIELDS = ("msgctxt", "msgid", "msgstr", "tcomment", "comment", "occurrences", "flags", "fuzzy")
FIELDS += ("previous_msgctxt", "previous_msgid", "previous_msgid_plural")


def assert_agrees(path: Path) -> bool:
    """The scanner declines, or gives `load_catalog`'s entries, header and rendering, and
    `scan_translated` gives the translated units polib's entries hold (`catalog_translations`:
    `read_translations` itself scans). True when it took the file."""
    data = path.read_bytes()
    scanned = scan_catalog(data)
    units = scan_translated(data)
    assert (scanned is None) == (units is None)
    if scanned is None:
        return False
    catalog = load_catalog(path)  # a file the scanner takes is one polib reads without error
    active = [entry for entry in catalog if not entry.obsolete]
    assert len(active) == len(catalog) == len(scanned.entries)
    for entry, light in zip(active, scanned.entries, strict=True):
        assert [getattr(entry, name) for name in FIELDS] == [getattr(light, name) for name in FIELDS]
    header = scanned.header
    assert (header.header, header.metadata, bool(header.metadata_is_fuzzy)) == (
        catalog.header,
        catalog.metadata,
        bool(catalog.metadata_is_fuzzy),
    )
    assert render_scanned(scanned) == render_catalog(catalog)
    translated = [(key, t.msgstr, t.fuzzy) for key, t in catalog_translations(catalog).items() if t.msgstr]
    assert units == translated
    return True


def merged_catalogs(root: Path) -> list[Path]:
    """Catalogs as `update` makes them from the committed template, empty and filled."""
    from l10n.catalog.po import update_po
    from l10n.locales import parse_locale

    made = []
    for template in sorted((REPO / "locales").glob("*.pot")):
        for code in ("de", "zh_TW", "ar", "ja"):
            path = root / code / f"{template.stem}.po"
            path.parent.mkdir(parents=True, exist_ok=True)
            update_po(template, path, parse_locale(code))
            made.append(path)
    return made


@pytest.mark.parametrize("path", POLIB_CORPUS + PROJECT_CATALOGS, ids=lambda p: p.name)
def test_real_catalogs_scan_as_polib_reads_them(path: Path) -> None:
    assert_agrees(path)


def test_the_scanner_takes_catalogs_in_gettext_layout(tmp_path: Path) -> None:
    """Not a fallback in disguise: every committed and merged catalog goes through it."""
    catalogs = [path for path in PROJECT_CATALOGS if path.suffix == ".po"] + merged_catalogs(tmp_path)
    assert all(assert_agrees(path) for path in catalogs)


@pytest.mark.parametrize(
    "text",
    [
        'msgid ""\nmsgstr ""\n\nmsgid "one"\nmsgid_plural "many"\nmsgstr[0] "a"\nmsgstr[1] "b"\n',
        'msgid ""\nmsgstr ""\n\n#, fuzzy\n#| msgid "old"\nmsgid "new"\nmsgstr "neu"\n',
        'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\n#~ msgid "old"\n#~ msgstr "alt"\n',
        'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
        'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "None"\nmsgid "a"\nmsgstr "c"\n',
        'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid ""\nmsgstr "c"\n',
        'msgid ""\nmsgstr ""\r\n\r\nmsgid "a"\r\nmsgstr "b"\r\n',
        '\ufeffmsgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n',
        'msgid "a"\nmsgstr "b"\n\nmsgid ""\nmsgstr ""\n',
        'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n# trailing comment\n',
        'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\nmsgid "c"\nmsgstr "d"\n',
        'msgid ""\nmsgstr ""\n\nmsgid "a "b""\nmsgstr "c"\n',
        'msgid ""\nmsgstr ""\n\n#.x\nmsgid "a"\nmsgstr "b"\n',
        'msgid ""\nmsgstr ""\n\n #: a.txt:1\nmsgid "a"\nmsgstr "b"\n',
    ],
    ids=[
        "plural",
        "previous",
        "obsolete",
        "duplicate",
        "duplicate as pofile's check sees it",
        "second header",
        "crlf",
        "bom",
        "header not first",
        "trailing comment",
        "no blank line",
        "bare quote",
        "unknown comment",
        "indented",
    ],
)
def test_anything_unusual_is_left_to_polib(tmp_path: Path, text: str) -> None:
    path = tmp_path / "odd.po"
    path.write_text(text, encoding="utf-8", newline="")
    assert scan_catalog(path.read_bytes()) is None and scan_translated(path.read_bytes()) is None
    try:
        load_catalog(path)  # the general reader reads it, or names the problem
    except CatalogError as error:
        assert str(path) in str(error)


def test_not_utf8_and_over_the_limits_are_left_to_polib(monkeypatch: pytest.MonkeyPatch) -> None:
    from l10n.catalog import po_scan

    text = 'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n'
    assert scan_catalog(text.encode()) is not None
    assert scan_catalog(text.encode().replace(b'"b"', b'"\xff"')) is None
    monkeypatch.setattr(po_scan, "MAX_CATALOG_ENTRIES", 2)
    assert scan_catalog(text.encode()) is None
    monkeypatch.setattr(po_scan, "MAX_CATALOG_BYTES", len(text) - 1)
    monkeypatch.setattr(po_scan, "MAX_CATALOG_ENTRIES", 100)
    assert scan_catalog(text.encode()) is None


def test_mutated_catalogs_scan_as_polib_reads_them(tmp_path: Path) -> None:
    rng = random.Random(1616)
    corpus = POLIB_CORPUS + PROJECT_CATALOGS + merged_catalogs(tmp_path / "merged")
    sources = []
    for path in corpus:
        try:
            sources.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    stray = ["\t", " ", '"', "\\", "#", "#,", "#.", "#:", "#|", "#~", "msgid", "\\n", ":", "\u3000", "\xa0", ","]
    taken = 0
    for number in range(1200):
        lines = rng.choice(sources).split("\n")
        if number % 2 == 0:  # lines dropped, repeated, swapped, indented, made obsolete…
            lines = _mutations(lines, rng)
        elif lines:  # …or one stray character somewhere
            index = rng.randrange(len(lines))
            cut = rng.randint(0, len(lines[index]))
            lines[index] = lines[index][:cut] + rng.choice(stray) + lines[index][cut:]
        path = tmp_path / f"m{number}.po"
        path.write_bytes("\n".join(lines).encode("utf-8"))
        try:
            taken += assert_agrees(path)
        except CatalogError:
            pytest.fail(f"the scanner took a catalog polib refuses:\n{path.read_text(encoding='utf-8')[:2000]}")
    assert taken > 150  # many mutations leave a catalog the scanner reads (and must read right)


def test_scannable_bytes_reads_regular_files_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A regular file's bytes (through a symbolic link too); None — the general reader decides —
    for a missing file, a folder, a FIFO (opened without waiting for a writer) and a file over
    the size limit."""
    import os

    from l10n.catalog import po_scan

    path = tmp_path / "a.po"
    data = 'msgid ""\nmsgstr ""\n\nmsgid "寶"\nmsgstr ""\n'.encode() * 3000  # more than one read's worth
    path.write_bytes(data)
    assert po_scan.scannable_bytes(path) == data
    assert po_scan.scannable_bytes(str(path)) == data
    (tmp_path / "link.po").symlink_to(path)
    assert po_scan.scannable_bytes(tmp_path / "link.po") == data
    assert po_scan.scannable_bytes(tmp_path / "missing.po") is None
    assert po_scan.scannable_bytes(tmp_path) is None
    os.mkfifo(tmp_path / "fifo.po")
    assert po_scan.scannable_bytes(tmp_path / "fifo.po") is None  # (would block forever if it waited)
    (tmp_path / "empty.po").write_bytes(b"")
    assert po_scan.scannable_bytes(tmp_path / "empty.po") == b""
    monkeypatch.setattr(po_scan, "MAX_CATALOG_BYTES", len(data) - 1)
    assert po_scan.scannable_bytes(path) is None


def test_fuzzy_comments_reads_flags_as_polib_does(tmp_path: Path) -> None:
    """`fuzzy_comments` (its shortcut for gettext's `#, fuzzy` first and its general reading)
    against polib's flags of the same comment lines, on seeded random comment blocks."""
    import polib

    from l10n.catalog.po_scan import fuzzy_comments

    rng = random.Random(1617)
    marks = ["#, ", "#, ", "#,", "# ", "#. ", "#: ", "#"]
    pieces = ["fuzzy", "fuzzy,", ", fuzzy", "fuzzy ", "c-format", " ", ",", "x", "#, fuzzy", "a.md:1"]
    agreed = fuzzy = 0
    for number in range(300):
        lines = [
            rng.choice(marks) + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(1, 3))
        ]
        comments = "\n".join(lines) + "\n"
        path = tmp_path / f"{number}.po"
        path.write_text(f'msgid ""\nmsgstr ""\n\n{comments}msgid "a"\nmsgstr "b"\n', encoding="utf-8")
        try:
            [entry] = polib.pofile(str(path))
        except (OSError, ValueError):
            continue
        assert fuzzy_comments(comments) == ("fuzzy" in entry.flags), comments
        agreed += 1
        fuzzy += "fuzzy" in entry.flags
    assert agreed > 100 and 20 < fuzzy < agreed - 20


def _entry_groups_by_counting(text: str, entry):  # noqa: ANN001, ANN202
    """`entry_groups` as it was: blank lines counted, two in a row refused."""
    body = text.rstrip("\n")
    if "\n\n\n" in body:
        return None
    end = body.find("\n\n")
    if end == -1:
        return body, []
    found = entry.findall(body, end)
    return None if len(found) != body.count("\n\n") else (body[:end], found)


def test_entry_groups_finds_every_block_or_none(tmp_path: Path) -> None:
    """Matches whose lengths add up to the text are every block: the same answer as counting
    blank lines, on real catalogs and seeded mutations (blank lines doubled, blocks broken)."""
    from l10n.catalog.po_scan import BLOCK, entry_groups, in_text

    entry = in_text(BLOCK)
    rng = random.Random(1618)
    sources = [path.read_text(encoding="utf-8") for path in PROJECT_CATALOGS]
    stray = ["\n", "\n\n", "\n\n\n", '"', "#", "msgid ", "x"]
    found = 0
    for number in range(400):
        lines = rng.choice(sources).split("\n")
        lines = mutated(lines, rng, stray, number)
        text = "\n".join(lines)
        assert entry_groups(text, entry) == _entry_groups_by_counting(text, entry), number
        found += entry_groups(text, entry) is not None
    assert 40 < found < 360
