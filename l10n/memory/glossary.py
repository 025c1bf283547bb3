"""The project glossary (termbase): names and terms per locale, and do-not-translate entries.

Stored as `locales/glossary.csv` with the columns `term,locale,translation,note,dnt` — a CSV
because translators edit it in any spreadsheet, and Translate Toolkit's `csv2tbx` turns it into
TBX (ISO 30042) when a CAT tool wants that. A do-not-translate row (`dnt` = yes/true/1) applies
to every locale when its locale cell is empty or `*`. Traditional Chinese rows are derived from
the zh_CN ones with OpenCC `s2tw` (character conversion with Taiwan variants, no phrase
rewriting, so names stay names) unless the file gives an explicit zh_TW row.

Three users: translators see `#. glossary: Baoshan District = 宝山区` on the units that contain
a term (`glossary_comments`), the MT runner protects/forces terms (`forced_terms`), and QA checks
that the translation used them (`glossary_terms_in`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.errors import CatalogError

if TYPE_CHECKING:
    from l10n.model import Unit

GLOSSARY_FILE_NAME = "glossary.csv"
COLUMNS = ("term", "locale", "translation", "note", "dnt")
ALL_LOCALES = "*"
_TRUE = frozenset({"1", "yes", "true", "y", "x", "dnt"})
_DERIVED_LOCALES = {"zh_TW": ("zh_CN", "s2tw"), "zh_HK": ("zh_CN", "s2hk")}


@dataclass(frozen=True)
class Term:
    """One glossary row for one locale; a do-not-translate term's translation is the term itself."""

    term: str
    locale: str
    translation: str
    note: str = ""
    dnt: bool = False
    line: int = field(default=0, compare=False)  # the row's line in the file, for the messages that name it

    @property
    def comment(self) -> str:
        """The `#.` line translators read."""
        if self.dnt:
            return f"glossary: {self.term} (do not translate)"
        return f"glossary: {self.term} = {self.translation}"


@dataclass(frozen=True)
class Glossary:
    """All rows of the glossary file; lookups are per locale, longest term first."""

    terms: tuple[Term, ...] = ()
    path: str = ""
    _by_locale: dict[str, list[Term]] = field(default_factory=dict, compare=False, repr=False)
    _patterns: dict[str, re.Pattern[str] | None] = field(default_factory=dict, compare=False, repr=False)
    _by_term: dict[str, dict[str, Term]] = field(default_factory=dict, compare=False, repr=False)

    def for_locale(self, locale: str) -> list[Term]:
        """The terms that apply to `locale`: its own rows, derived rows, then DNT rows."""
        if locale not in self._by_locale:
            own = [t for t in self.terms if t.locale == locale]
            if not own and locale in _DERIVED_LOCALES:
                own = _derive(self.terms, locale)
            dnt = [Term(t.term, locale, t.term, t.note, True) for t in self.terms if t.dnt and t.locale == ALL_LOCALES]
            merged = {t.term: t for t in dnt + own}
            self._by_locale[locale] = sorted(merged.values(), key=lambda t: (-len(t.term), t.term))
        return self._by_locale[locale]

    def terms_in(self, text: str, locale: str) -> list[Term]:
        """Terms occurring in the source `text` as whole words, longest match wins, in text order.

        >>> g = Glossary((Term("Baoshan", "zh_CN", "宝山"), Term("Baoshan District", "zh_CN", "宝山区")))
        >>> [t.translation for t in g.terms_in("north Baoshan District, Baoshan’s park", "zh_CN")]
        ['宝山区', '宝山']
        """
        pattern = self._pattern(locale)
        if pattern is None:
            return []
        by_term = self._by_term.get(locale)
        if by_term is None:  # once per locale, not per text (`qa` asks for every unit)
            by_term = self._by_term[locale] = {t.term: t for t in self.for_locale(locale)}
        found: dict[str, Term] = {}
        for match in pattern.finditer(text):
            found.setdefault(match.group(0), by_term[match.group(0)])
        return list(found.values())

    def _pattern(self, locale: str) -> re.Pattern[str] | None:
        if locale not in self._patterns:
            terms = self.for_locale(locale)
            alternatives = "|".join(re.escape(t.term) for t in terms)
            self._patterns[locale] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if terms else None
        return self._patterns[locale]


def _derive(terms: Sequence[Term], locale: str) -> list[Term]:
    """The base locale's rows converted; no converter is built without any (~50 ms of OpenCC's
    dictionaries for every `extract` of a project without a glossary)."""
    base, config = _DERIVED_LOCALES[locale]
    rows = [t for t in terms if t.locale == base]
    if not rows:
        return []
    import opencc

    converter = opencc.OpenCC(config)
    return [Term(t.term, locale, converter.convert(t.translation), t.note, t.dnt) for t in rows]


def parse_glossary_csv(text: str, *, path: str = "<string>") -> Glossary:
    """Parse the CSV text; a row that cannot be meant is a `CatalogError` at its line: a translation
    without a term, a term without a translation, a locale cell that is no locale (`zh-CN`, `ZH_cn`
    are `zh_CN`: `locales.locale_from_tag`), and a row that is not do-not-translate without a
    locale (only those apply to every locale). A blank row, or a term starting with `#`, is none."""
    reader = csv.DictReader(io.StringIO(text), strict=True)
    missing = [c for c in ("term", "locale", "translation") if c not in (_header(reader, path) or [])]
    if missing:
        raise CatalogError(
            f"glossary lacks column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}", path=path, line=1
        )
    terms: list[Term] = []
    for row in _rows(reader, path):
        term = (row.get("term") or "").strip()
        line = reader.line_num
        control = next(
            (found for cell in row.values() if isinstance(cell, str) and (found := _CONTROL.search(cell))), None
        )
        if control:  # written into every catalog's `#.` notes (a NUL or ESC there: session 50, redteam50)
            raise CatalogError(
                f"control character U+{ord(control.group()):04X} in a glossary row", path=path, line=line
            )
        if term.startswith("#"):
            continue
        dnt = (row.get("dnt") or "").strip().lower() in _TRUE
        given = (row.get("translation") or "").strip()
        if not term:
            if given:
                raise CatalogError(f"glossary translation {given!r} has no term", path=path, line=line)
            continue
        translation = given or (term if dnt else "")
        if not translation:
            raise CatalogError(f"glossary term {term!r} has no translation", path=path, line=line)
        locale = _row_locale((row.get("locale") or "").strip(), term=term, dnt=dnt, path=path, line=line)
        terms.append(Term(term, locale, translation, (row.get("note") or "").strip(), dnt, line))
    return Glossary(tuple(terms), path=path)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and line feed (a quoted cell's line break), DEL, C1


def _header(reader: csv.DictReader[str], path: str) -> Sequence[str] | None:
    try:
        return reader.fieldnames
    except csv.Error as exc:
        raise CatalogError(f"glossary header cannot be read: {exc}", path=path, line=1) from None


def _rows(reader: csv.DictReader[str], path: str) -> Iterator[dict[str, str]]:
    """The rows, a row CSV cannot read a `CatalogError` at the line it starts on: a quote left open
    (strict: before, it took every later row into its cell, the rows lost without a word), a cell
    over the csv module's 128 KB (a traceback before; session 50, redteam50)."""
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CatalogError(f"glossary row cannot be read: {exc}", path=path, line=start) from None
        yield row


def _row_locale(cell: str, *, term: str, dnt: bool, path: str, line: int) -> str:
    """A row's locale code; `*` (or none) for a do-not-translate row of every locale."""
    from l10n.errors import LocaleError
    from l10n.locales import locale_from_tag

    if cell in ("", ALL_LOCALES):
        if not dnt:
            raise CatalogError(
                f"glossary term {term!r} names no locale (only a do-not-translate row applies to every locale)",
                path=path,
                line=line,
            )
        return ALL_LOCALES
    try:
        return locale_from_tag(cell).code
    except LocaleError as exc:
        raise CatalogError(f"glossary term {term!r}: locale {cell!r}: {exc.message}", path=path, line=line) from None


def unused_rows(glossary: Glossary, *, locales: Sequence[str]) -> list[CatalogError]:
    """A line for each row no locale of `locales` (a project's target locales) reads: its locale is
    none of them, nor the one another is derived from (`zh_CN` for `zh_TW`). Such a row is not an
    error (one glossary may serve several projects), but never applied: it is said, with its line."""
    read = {*locales, *(_DERIVED_LOCALES[code][0] for code in locales if code in _DERIVED_LOCALES)}
    return [
        CatalogError(
            f"glossary term {term.term!r} is for {term.locale}, not a project locale ({', '.join(locales)}): not used",
            path=glossary.path,
            line=term.line,
        )
        for term in glossary.terms
        if term.locale != ALL_LOCALES and term.locale not in read
    ]


def load_glossary(path: Path) -> Glossary:
    """Read a glossary CSV; a missing file is an empty glossary (glossaries are optional)."""
    path = Path(path)
    if not path.is_file():
        return Glossary(path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read glossary: {exc}", path=path) from None
    try:
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")  # as `read_text` reads it
    except UnicodeDecodeError as exc:  # named with its line, as an article's bytes are
        line = data.count(b"\n", 0, exc.start) + 1
        raise CatalogError(
            f"glossary is not UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8", path=path, line=line
        ) from None
    return parse_glossary_csv(text, path=str(path))


def project_glossary(project) -> Glossary:
    """`locales/glossary.csv` of a `Project`."""
    return load_glossary(project.locales_dir / GLOSSARY_FILE_NAME)


def glossary_terms_in(unit: Unit, glossary: Glossary, *, locale: str) -> list[Term]:
    """The glossary terms in a unit's source text, for `locale`."""
    return glossary.terms_in(unit.msgid, locale)


def glossary_comments(
    units: Iterable[Unit], locale: str, *, glossary: Glossary
) -> dict[tuple[str | None, str], list[str]]:
    """`#.` lines per unit key (`glossary: Baoshan District = 宝山区`) for units holding terms."""
    comments: dict[tuple[str | None, str], list[str]] = {}
    for unit in units:
        terms = glossary.terms_in(unit.msgid, locale)
        if terms:
            comments[unit.key] = [t.comment for t in terms]
    return comments


def forced_terms(glossary: Glossary, *, locale: str) -> dict[str, str]:
    """Source term → required target text for MT, longest first (DNT terms map to themselves).

    An engine can protect these like placeholders (mask, then restore the forced translation) or
    substitute them; either way the result is what QA's glossary check expects.
    """
    return {t.term: t.translation for t in glossary.for_locale(locale)}


def protected_terms(glossary: Glossary, *, locale: str) -> frozenset[str]:
    """Terms that must reach the output unchanged (do-not-translate), for masking before MT."""
    return frozenset(t.term for t in glossary.for_locale(locale) if t.dnt)
