"""One round-trip suite for every catalog format (STYLE point 9): PO, XLIFF 1.2, XLIFF 2.0.

Each subclass says how to carry catalog rows through its format and back; the shared tests
check that nothing a translator or a later stage relies on is lost: text with any characters,
msgctxt, fuzzy state, translator comments with MT provenance, `#.` notes, references and
placeholders.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import polib
from catalog_support import make_catalogs, msgfmt_check
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from schema_support import xliff_schema_errors

from l10n.catalog.po import PLACEHOLDER, placeholders_in, read_pot, read_translations, set_fuzzy
from l10n.catalog.xliff import export_xliff, read_xliff
from l10n.catalog.xliff_import import import_xliff
from l10n.model import Reference, Unit


@dataclass(frozen=True)
class Row:
    """Everything about one catalog entry that must survive a round trip."""

    msgid: str
    msgctxt: str | None = None
    msgstr: str = ""
    fuzzy: bool = False
    notes: tuple[str, ...] = ()  # translator comments
    comments: tuple[str, ...] = ()  # `#.`
    references: tuple[tuple[str, int], ...] = ()

    @property
    def unit(self) -> Unit:
        return Unit(
            msgid=self.msgid,
            msgctxt=self.msgctxt,
            comments=list(self.comments),
            references=[Reference(p, n) for p, n in self.references],
        )


def write_rows(folder: Path, rows: list[Row]) -> tuple[Path, Path]:
    """A template from the rows' units and a German PO holding their translations."""
    pot, po, _ = make_catalogs(folder, [row.unit for row in rows])
    catalog = polib.pofile(str(po))
    for row in rows:
        entry = catalog.find(row.msgid, msgctxt=row.msgctxt)
        entry.msgstr, entry.tcomment = row.msgstr, "\n".join(row.notes)
        set_fuzzy(entry, row.fuzzy and bool(row.msgstr))
    catalog.save()
    return pot, po


def read_rows(po: Path) -> list[Row]:
    translations = read_translations(po)
    notes = {(e.msgctxt, e.msgid): tuple(e.tcomment.splitlines()) for e in polib.pofile(str(po))}
    return [
        Row(
            msgid=unit.msgid,
            msgctxt=unit.msgctxt,
            msgstr=translations[unit.key].msgstr,
            fuzzy=translations[unit.key].fuzzy,
            notes=notes[unit.key],
            comments=tuple(unit.comments),
            references=tuple((r.path, r.line) for r in unit.references),
        )
        for unit in read_pot(po)
    ]


def msgfmt_valid(msgid: str, msgstr: str) -> str:
    """`msgstr` as a valid translation: exactly the msgid's placeholders (python-brace-format, no
    name the msgid lacks, its stray braces as they are) and the leading/trailing newlines
    `msgfmt -c` demands to match the msgid's."""
    if not msgstr:
        return msgstr
    names = placeholders_in(msgid)
    core = PLACEHOLDER.sub("", msgstr)
    if names:
        braces = "".join(c for c in PLACEHOLDER.sub("", msgid) if c in "{}")
        core = " ".join([core.replace("{", "").replace("}", ""), *(f"{{{name}}}" for name in names), braces])
    core = core.strip("\n") or "x"
    return ("\n" if msgid.startswith("\n") else "") + core + ("\n" if msgid.endswith("\n") else "")


class CatalogConformance:
    """Shared round-trip tests; subclasses implement `roundtrip`."""

    def roundtrip(self, folder: Path, rows: list[Row]) -> list[Row]:
        raise NotImplementedError

    def assert_roundtrip(self, folder: Path, rows: list[Row]) -> None:
        assert self.roundtrip(folder, rows) == rows

    def test_unicode_and_no_break_spaces(self, tmp_path: Path) -> None:
        self.assert_roundtrip(
            tmp_path,
            [
                Row("A more than 700\u00a0year-old town “Luodian”", msgstr="上海宝山区罗店镇 “七百年”"),
                Row("Emoji 🧬 and Arabic", msgstr="بيولوجيا 🧬", fuzzy=True),
            ],
        )

    def test_quotes_backslashes_tabs_newlines(self, tmp_path: Path) -> None:
        tricky = 'He said "no" \\ it\'s\tfine\nnext line\r\n<b>&amp;</b>'
        self.assert_roundtrip(
            tmp_path, [Row(tricky, msgstr=tricky.upper()), Row("x" * 300 + ' "end"', msgstr="y" * 300)]
        )

    def test_context_separates_identical_sources(self, tmp_path: Path) -> None:
        self.assert_roundtrip(
            tmp_path,
            [
                Row("Ti Gong", msgctxt="credit", msgstr="Ti Gong"),
                Row("Ti Gong", msgctxt="caption", msgstr="Ti Gong (Bild)"),
                Row("Ti Gong", msgstr=""),
            ],
        )

    def test_fuzzy_and_mt_provenance(self, tmp_path: Path) -> None:
        self.assert_roundtrip(
            tmp_path,
            [
                Row(
                    "Source: SHINE",
                    msgstr="Quelle: SHINE",
                    fuzzy=True,
                    notes=("mt: argos en->de 1.9 2026-11-26 score=0.71",),
                ),
                Row("Editor: Cai Wenjun", msgstr="Redaktion: Cai Wenjun", notes=("reviewed-from: tm: 100%", "Anna")),
                Row("Yang Jian", msgstr=""),
            ],
        )

    def test_notes_references_and_many_placeholders(self, tmp_path: Path) -> None:
        msgid = "From {date_1} to {date_2}, {number_1} of {quantity_1} cost {money_1} ({money_2}); see {a_1}{percent_1}{a_1_end}{br_1}"
        comments = (
            "money_1: 10 billion yuan = CNY 10000000000",
            'a_1: <a href="x?a=1&b=2"> = a',
            "glossary: Baoshan = 宝山",
        )
        msgstr = "{a_1}{percent_1}{a_1_end}: {money_2} {money_1} {quantity_1} {number_1} {date_2} {date_1}{br_1}"
        self.assert_roundtrip(
            tmp_path,
            [Row(msgid, msgstr=msgstr, comments=comments, references=(("seeds/a b.txt", 12), ("seeds/a b.txt", 40)))],
        )

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors],
    )
    @given(
        rows=st.lists(
            st.builds(
                Row,
                msgid=st.text(
                    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r{}"), min_size=1
                ),
                msgctxt=st.none() | st.sampled_from(["", "headline", "caption"]),
                msgstr=st.text(
                    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n"), max_size=30
                ),
                fuzzy=st.booleans(),
                notes=st.lists(st.sampled_from(["mt: pseudo", "tm: 87%", "ask the desk"]), max_size=2, unique=True).map(
                    tuple
                ),
            ),
            min_size=1,
            max_size=4,
            unique_by=lambda row: (row.msgctxt, row.msgid),
        )
    )
    @example(rows=[Row("0"), Row("0", msgctxt="")])  # seed 708: an empty msgctxt had the context-less unit's id
    def test_any_text_round_trips(self, rows: list[Row]) -> None:
        rows = [
            Row(r.msgid, r.msgctxt, msgfmt_valid(r.msgid, r.msgstr), r.fuzzy and bool(r.msgstr), r.notes) for r in rows
        ]
        with tempfile.TemporaryDirectory() as folder:
            self.assert_roundtrip(Path(folder), rows)


class TestPOConformance(CatalogConformance):
    def roundtrip(self, folder: Path, rows: list[Row]) -> list[Row]:
        _, po = write_rows(folder, rows)
        msgfmt_check(po)
        return read_rows(po)


class XliffConformance(CatalogConformance):
    version = "2.0"

    def roundtrip(self, folder: Path, rows: list[Row]) -> list[Row]:
        _, po = write_rows(folder / "from", rows)
        xliff = folder / "exchange.xlf"
        export_xliff(po, xliff, locale=make_catalogs(folder / "scratch", [])[2], version=self.version)  # type: ignore[arg-type]
        errors = xliff_schema_errors(xliff.read_bytes())  # every file written here meets the official schemas
        assert not any(errors.values()), errors
        _, fresh = write_rows(
            folder / "to", [Row(r.msgid, r.msgctxt, comments=r.comments, references=r.references) for r in rows]
        )
        import_xliff(xliff, fresh)
        msgfmt_check(fresh)
        carried = {(u.msgctxt, u.source): u for u in read_xliff(xliff)[1].units}
        back = []
        for row in read_rows(fresh):
            unit = carried[(row.msgctxt, row.msgid)]  # msgctxt and notes must come through XLIFF itself
            back.append(
                Row(
                    row.msgid,
                    unit.msgctxt,
                    row.msgstr,
                    row.fuzzy,
                    row.notes,
                    tuple(unit.developer_notes),
                    tuple((p, int(n) if n else 0) for p, n in unit.references),
                )
            )
        return back


class TestXliff12Conformance(XliffConformance):
    version = "1.2"


class TestXliff20Conformance(XliffConformance):
    version = "2.0"
