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
from test_catalog_po_read import POLIB_CORPUS, PROJECT_CATALOGS, REPO, _mutations

from l10n.catalog.po_scan import render_scanned, scan_catalog, scan_translated
from l10n.catalog.pofile import load_catalog, render_catalog
from l10n.catalog.translations import read_translations
from l10n.errors import CatalogError

FIELDS = ("msgctxt", "msgid", "msgstr", "tcomment", "comment", "occurrences", "flags", "fuzzy")
FIELDS += ("previous_msgctxt", "previous_msgid", "previous_msgid_plural")


def assert_agrees(path: Path) -> bool:
    """The scanner declines, or gives `load_catalog`'s entries, header and rendering, and
    `scan_translated` gives `read_translations`' translated units. True when it took the file."""
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
    translated = [(key, t.msgstr, t.fuzzy) for key, t in read_translations(path).items() if t.msgstr]
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
