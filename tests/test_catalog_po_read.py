"""The fast PO reader (`l10n.catalog.po_read`) gives exactly what polib 1.2's parser gives.

Inputs it was not written around: polib's own parser test catalogs (tests/data/catalog/polib,
see SOURCES.md), the committed catalogs under locales/, and thousands of seeded mutations of them
(lines dropped, repeated, swapped, indented, made obsolete, CRLF) — for each, either both parsers
agree entry by entry, attribute by attribute, or the fast reader declines (`Unusual`) and
`load_catalog` gives polib's own result or error.
"""

from __future__ import annotations

import random
from pathlib import Path

import polib
import pytest

from l10n.catalog import po_lines, po_read
from l10n.catalog.pofile import certainly_untranslated, load_catalog
from l10n.errors import CatalogError

REPO = Path(__file__).resolve().parent.parent
POLIB_CORPUS = sorted((REPO / "tests" / "data" / "catalog" / "polib").glob("*.po*"))
PROJECT_CATALOGS = sorted((REPO / "locales").glob("**/*.po*"))
ATTRIBUTES = (
    "msgid",
    "msgstr",
    "msgid_plural",
    "msgstr_plural",
    "msgctxt",
    "obsolete",
    "encoding",
    "comment",
    "tcomment",
    "occurrences",
    "flags",
    "previous_msgctxt",
    "previous_msgid",
    "previous_msgid_plural",
    "linenum",
)


def described(catalog: polib.POFile) -> tuple:
    """Everything a reader of the catalog can see, types included (0 is not False here)."""
    entries = [
        (type(entry).__name__, sorted(vars(entry)), [(name, getattr(entry, name)) for name in ATTRIBUTES])
        for entry in catalog
    ]
    types = [[type(getattr(entry, name)).__name__ for name in ATTRIBUTES] for entry in catalog]
    return catalog.header, catalog.metadata, catalog.metadata_is_fuzzy, catalog.encoding, entries, types


def by_polib(path: Path) -> tuple | None:
    try:
        return described(polib.pofile(str(path), encoding="utf-8"))
    except (OSError, ValueError):
        return None


def by_fast_reader(path: Path) -> tuple | None:
    """None when the reader declines (the caller then asks polib)."""
    try:
        return described(po_read.parse_into(polib.POFile(pofile=str(path), encoding="utf-8"), path.read_bytes()))
    except po_read.Unusual:
        return None


def assert_same(path: Path) -> bool:
    """Fast reader == polib, or declined; and `load_catalog` == polib (or an error when polib
    fails). True when the fast reader took the file. A string left open on its line (msgfmt's
    fatal "end-of-line within string", which polib reads as if closed) is refused instead, by
    `load_catalog` too, naming its line."""
    expected = by_polib(path)
    try:
        fast = by_fast_reader(path)
    except po_read.Unterminated as open_string:
        with pytest.raises(CatalogError, match="end-of-line within string") as refused:
            load_catalog(path)
        assert refused.value.line == open_string.line
        return False
    if fast is not None:
        assert fast == expected, path.read_text(encoding="utf-8", errors="replace")[:2000]
    if expected is None:
        with pytest.raises(CatalogError):
            load_catalog(path)
    else:
        try:
            loaded = described(load_catalog(path))
        except CatalogError:
            loaded = None  # a duplicate entry or a limit: refused by our checks, not a parse
        if loaded is not None:
            assert loaded == expected
    return fast is not None


@pytest.mark.parametrize("path", POLIB_CORPUS + PROJECT_CATALOGS, ids=lambda p: p.name)
def test_real_catalogs_read_as_polib_reads_them(path: Path) -> None:
    assert_same(path)


def test_the_fast_reader_takes_well_formed_catalogs() -> None:
    """It is not a fallback in disguise: every catalog polib reads without trouble, apart from
    the non-UTF-8 ones, goes through the fast reader."""
    taken = [assert_same(path) for path in PROJECT_CATALOGS]
    assert all(taken)
    declined = [path.name for path in POLIB_CORPUS if not assert_same(path)]
    assert declined == ["test_iso-8859-15.po", "test_syntax_error1.po"]


def _mutations(lines: list[str], rng: random.Random) -> list[str]:
    lines = list(lines)
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        index = rng.randrange(len(lines))
        kind = rng.randrange(8)
        if kind == 0:
            del lines[index]
        elif kind == 1:
            lines.insert(index, lines[index])
        elif kind == 2:
            other = rng.randrange(len(lines))
            lines[index], lines[other] = lines[other], lines[index]
        elif kind == 3:
            lines[index] = "   " + lines[index] + "  "
        elif kind == 4:
            lines[index] = "#~ " + lines[index]
        elif kind == 5:
            lines[index] = "#| " + lines[index]
        elif kind == 6:
            lines = lines[:index]
        else:
            lines.insert(
                index,
                rng.choice(["#", "# x", "#.", "#:", "#, fuzzy", "#~|", "", '"\\n"', "#~", 'msgstr "x"', ' msgstr ""']),
            )
    return lines


def mutated(lines: list[str], rng: random.Random, stray: list[str], number: int) -> list[str]:
    """The `number`-th mutant of a catalog's lines: `_mutations` for an even number, one of the
    `stray` strings cut into one line for an odd one (the fuzz loops of the catalog readers)."""
    if number % 2 == 0:
        return _mutations(lines, rng)
    lines = list(lines)
    if lines:
        index = rng.randrange(len(lines))
        cut = rng.randint(0, len(lines[index]))
        lines[index] = lines[index][:cut] + rng.choice(stray) + lines[index][cut:]
    return lines


def test_mutated_catalogs_read_as_polib_reads_them(tmp_path: Path) -> None:
    rng = random.Random(16)
    sources = [path.read_text(encoding="utf-8") for path in POLIB_CORPUS + PROJECT_CATALOGS if by_polib(path)]
    taken = 0
    for number in range(1500):
        lines = _mutations(rng.choice(sources).split("\n"), rng)
        newline = "\r\n" if number % 7 == 0 else "\n"
        path = tmp_path / f"m{number}.po"
        path.write_bytes(newline.join(lines).encode("utf-8"))
        taken += assert_same(path)
        assert_untranslated_is_sure(path)
    assert taken > 500  # most mutations stay readable, and the fast reader reads them


def assert_untranslated_is_sure(path: Path) -> bool:
    """`certainly_untranslated` never says yes to a catalog polib reads a translation in (an
    entry with a msgid and a msgstr: what TM sync and MT look for)."""
    sure = certainly_untranslated(path.read_bytes())
    if sure:
        try:
            catalog = polib.pofile(str(path), encoding="utf-8")
        except (OSError, ValueError):
            return sure
        texts = [(e.msgid, e.msgstr, *e.msgstr_plural.values()) for e in catalog if not e.obsolete and e.msgid]
        assert not [text for text in texts if any(text[1:])], path.read_text(encoding="utf-8")[:2000]
    return sure


def test_untranslated_catalogs_are_told_from_their_bytes(tmp_path: Path) -> None:
    """New catalogs (the merge of a real template into no PO) and the committed ones nobody
    translated yet are recognised without a parse; the translated ones never are."""
    from l10n.catalog.po import update_po
    from l10n.locales import parse_locale

    for template in sorted((REPO / "locales").glob("*.pot")):
        for code in ("de", "zh_TW", "ar"):
            path = tmp_path / code / f"{template.stem}.po"
            path.parent.mkdir(exist_ok=True)
            update_po(template, path, parse_locale(code))
            assert assert_untranslated_is_sure(path)
    committed = [path for path in PROJECT_CATALOGS if path.suffix == ".po"]
    translated = [path for path in committed if any(e.msgstr for e in polib.pofile(str(path)) if e.msgid)]
    assert translated and not any(assert_untranslated_is_sure(path) for path in translated)
    assert all(assert_untranslated_is_sure(path) for path in committed if path not in translated)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment\n",
        '#\n# second line\nmsgid ""\nmsgstr "Language: de\\n"\n',
        '\ufeffmsgid ""\nmsgstr ""\n"Language: de\\n"\n\nmsgid "a"\nmsgstr "b"\n# trailing\n',
        'msgid "a"\nmsgstr "b"\n\n#~ msgid "old"\n#~ msgstr "alt"',
        'msgid "a"\nmsgstr "b"\n\n#~| msgid "older"\n#~ msgid "old"\n#~ msgstr "alt"\n#~| msgid "x"',
        '#, fuzzy\n#| msgid ""\n#| "long previous "\n#| "text"\nmsgid "new"\nmsgstr "neu"\n',
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "eins"\nmsgstr[1] ""\n"viele"\n',
        'msgid "a\\tb\\\\n\\q\\"c"\nmsgstr "x"\n',
        'msgid "a" extra\nmsgstr "b"\n',
        'msgid "a"\nmsgstr[x] "b"\n',
        'msgid "a"\nmsgstr[\n',
        'msgstr "b"\nmsgid "a"\n',
        '#: a.txt:3 b.txt c:d:4 :5 e:\nmsgid "a"\nmsgstr "b"\n',
        'msgid ""\nmsgstr "A: 1\\nB: 2\\n continued\\n"\n\nmsgctxt ""\nmsgid ""\nmsgstr "x"\n',
        'msgid "a"\nmsgstr "b"\r\rmsgid "c"\rmsgstr "d"\r',
    ],
)
def test_edge_cases_read_as_polib_reads_them(tmp_path: Path, text: str) -> None:
    path = tmp_path / "edge.po"
    path.write_bytes(text.encode("utf-8"))
    assert_same(path)
    assert_untranslated_is_sure(path)


def entry_rows(entries: list) -> list:
    """Each entry as `described` sees it: class, attribute names, values and their types."""
    return [
        (
            type(entry).__name__,
            sorted(vars(entry)),
            [(name, getattr(entry, name), type(getattr(entry, name))) for name in ATTRIBUTES],
        )
        for entry in entries
    ]


def streamed_by_polib(path: Path) -> tuple[list, dict] | None:
    """What `read_entries` handed over when polib streamed the file (its reader before the fast
    one): every entry visited in order, and the header's fields; None when it failed."""
    import functools

    from l10n.catalog import pofile

    seen: list = []
    klass = functools.partial(pofile._checked_catalog_class(), checked_path=path, visit=seen.append)
    try:
        catalog = polib.pofile(str(path), wrapwidth=pofile.WRAP_WIDTH, encoding="utf-8", klass=klass)
    except (OSError, ValueError, pofile._Refused):
        return None
    return entry_rows(seen), catalog.metadata


def streamed_now(path: Path) -> tuple[list, dict] | None:
    from l10n.catalog.pofile import read_entries

    seen: list = []
    try:
        metadata = read_entries(path, seen.append)
    except CatalogError:
        return None
    return entry_rows(seen), metadata


def stops_midway(path: Path) -> bool:
    """The fast streamed reader handed over some entries, then left the file to polib."""
    count = 0

    class Counting(polib.POFile):
        def append(self, entry: polib.POEntry) -> None:
            nonlocal count
            count += 1

    try:
        po_read.stream_into(Counting(pofile=str(path), encoding="utf-8"), path.read_bytes())
    except po_read.Unusual:
        return count > 0
    return False


def test_streamed_entries_are_polibs_and_handed_over_once(tmp_path: Path) -> None:
    """`read_entries` (status) through the fast reader hands `visit` exactly the entries polib's
    streamed parse handed it, once each — also when the reader stops halfway and polib goes on."""
    for path in POLIB_CORPUS + PROJECT_CATALOGS:
        assert streamed_now(path) == streamed_by_polib(path), path.name
    rng = random.Random(61)
    sources = [path.read_text(encoding="utf-8") for path in POLIB_CORPUS + PROJECT_CATALOGS if by_polib(path)]
    midway = 0
    for number in range(1500):
        path = tmp_path / f"m{number}.po"
        path.write_bytes("\n".join(_mutations(rng.choice(sources).split("\n"), rng)).encode("utf-8"))
        expected = streamed_by_polib(path)
        assert streamed_now(path) == expected, path.read_text(encoding="utf-8")[:2000]
        midway += expected is not None and stops_midway(path)
    assert midway >= 3  # the hand-over from the fast reader to polib is exercised (5 of these 1,500)
    for source in PROJECT_CATALOGS:  # a second `msgid ""` at the end: polib reads it, after all the rest
        path = tmp_path / f"late-header-{source.name}"
        path.write_text(
            source.read_text(encoding="utf-8") + '\nmsgctxt "late"\nmsgid ""\nmsgstr "x"\n', encoding="utf-8"
        )
        assert stops_midway(path) and streamed_by_polib(path) is not None
        assert streamed_now(path) == streamed_by_polib(path), path.name


LATE_HEADER = 'msgid ""\nmsgstr "Language: de\\n"\n\nmsgctxt "late"\nmsgid ""\nmsgstr "x"\n\n'
"""A second `msgid ""` entry: the fast reader leaves such a catalog to polib."""


@pytest.mark.parametrize("separator", list("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), ids=lambda ch: f"U+{ord(ch):04X}")
def test_a_catalog_left_to_polib_keeps_a_msgstr_that_str_splitlines_would_cut(tmp_path: Path, separator: str) -> None:
    """polib cuts PO *text* with `str.splitlines`, which also ends a line at these characters
    (a file read in text mode does not): handed the text, polib refuses the catalog. The bytes
    already read are parsed all the same, and the msgstr keeps its character, as when polib
    read the file."""
    text = f'{LATE_HEADER}msgid "a"\nmsgstr "b{separator}c"\n\n#~ msgid "old"\n#~ msgstr "d{separator}e"\n'
    path = tmp_path / "separator.po"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(OSError, match="Syntax error"):
        polib.pofile(text, encoding="utf-8")  # why the text alone is not enough
    expected = by_polib(path)
    assert expected is not None and by_fast_reader(path) is None
    assert described(load_catalog(path)) == expected
    assert described(load_catalog(path, data=path.read_bytes())) == expected
    assert [entry.msgstr for entry in load_catalog(path)] == ["x", f"b{separator}c", f"d{separator}e"]
    assert streamed_now(path) == streamed_by_polib(path)


def test_a_catalog_left_to_polib_is_the_parse_of_the_bytes_given_not_of_the_file_now(tmp_path: Path) -> None:
    """`load_catalog(path, data=…)` parses `data`, also where polib decides: a caller keys what
    it derives on those bytes (`memory.compiled`), so a file changed since must not slip in."""
    path = tmp_path / "changed.po"
    read = f'{LATE_HEADER}msgid "a"\nmsgstr "as read"\n'.encode()
    path.write_bytes(f'{LATE_HEADER}msgid "a"\nmsgstr "changed since"\n'.encode())
    assert by_fast_reader(path) is None
    assert [entry.msgstr for entry in load_catalog(path, data=read)] == ["x", "as read"]
    path.write_bytes(read + b'\nmsgid "b"\nmsgstr "new"\n\xe9\n')
    with pytest.raises(CatalogError, match=r"changed\.po:13: not valid UTF-8"):
        load_catalog(path)


def test_a_catalog_whose_text_names_a_file_is_read_as_text(tmp_path: Path) -> None:
    """polib takes a string that names an existing file for a path: a PO whose whole text is
    the name of another catalog is refused as the syntax error it is, not read as that one."""
    other = tmp_path / "other.po"
    other.write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    path = tmp_path / "names-a-file.po"
    path.write_text(str(other), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"names-a-file\.po:1: unreadable PO file: Syntax error") as raised:
        load_catalog(path)
    assert "tmp" not in str(raised.value).split(":", 2)[-1]  # the private copy's name is not shown


@pytest.mark.parametrize("chunk", [1, 97])
def test_catalogs_read_in_small_pieces_read_as_polib_reads_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, chunk: int
) -> None:
    monkeypatch.setattr(po_lines, "LINES_CHUNK", chunk)
    for path in POLIB_CORPUS + PROJECT_CATALOGS:
        assert_same(path)
    rng = random.Random(chunk)
    sources = [path.read_text(encoding="utf-8") for path in POLIB_CORPUS + PROJECT_CATALOGS if by_polib(path)]
    for number in range(200):
        lines = _mutations(rng.choice(sources).split("\n"), rng)
        path = tmp_path / f"m{number}.po"
        path.write_bytes(("\r\n" if number % 5 == 0 else "\n").join(lines).encode("utf-8"))
        assert_same(path)
