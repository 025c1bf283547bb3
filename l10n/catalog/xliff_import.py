"""Import an edited XLIFF 1.2/2.0 file into its PO without ever losing human work.

DESIGN rule 10: an import never replaces a reviewed unit with older or empty content. Each
exported unit carries its *export base* (`xliff.export_base`: msgstr, fuzzy flag and translator
comments at export time), so every unit is a three-way merge of base, file ("theirs") and PO
("ours"), decided on its own and reported on one line:

- the file did not change the unit (theirs = base): nothing to do, whatever the PO did since
  (except filling an entry that is empty now);
- an empty or missing `<target>` never clears a translation (`kept`), and a 1.2 target with no
  `state` nor `approved` that repeats the source is not one (`kept`): Okapi writes the source
  as the target of every untranslated unit, which read as confirmed would land English as reviewed;
- a target whose placeholders are not the source's — an id the source does not have (renamed,
  or crafted like `number_1"}{__class__`), or a `{`/`}` that is not a placeholder — never reaches
  the PO (`refused`); one that only lost or repeated some of the source's placeholders (a CAT
  tool's copy-source, a slip) is kept for repair as fuzzy where the PO holds no human work
  (`fuzzied`), and refused otherwise;
- the PO entry changed since export and holds human work (reviewed, or a human's fuzzy text):
  `conflict`, the PO is kept. A file without export bases (written by another tool, or by l10n
  before they existed) cannot show what is newer, so it may fill empty and machine units but
  not replace human work;
- a reviewed entry is never made fuzzy: an unconfirmed target for it is a `conflict`;
- otherwise the target is written (`updated`); clearing a fuzzy flag is a review, so the
  `mt:`/`tm:` line becomes `reviewed-from: …` (as `mark_reviewed` does), and a target that
  `msgfmt -c` would reject (leading/trailing newline unlike the source) stays fuzzy. A fuzzy
  target that is not the text the file was exported with (nor the PO's) is a person's edit, so
  its `mt:`/`tm:` line goes the same way: `translate --overwrite-fuzzy` must not take it for
  machine output.

A unit exported before its source sentence changed (its id is the `#|` previous msgctxt + msgid
of a fuzzy entry, as `update` left it) is decided as an unconfirmed target for the new msgid:
its text translates the old sentence, so at most a person's fuzzy suggestion, keeping `#|`.
GNU msgmerge writes no `#|` for a unit that was fuzzy: such an entry is found by its machine
line's `src=`, which names the old source (`_moved_unmarked`), and gets the `#|`.
A unit exported before a value's sign was the value's ("−{quantity_1}"), whose entry `update`
kept reviewed in today's form with no `#|` (`update._migrated_keys`), is found by its source
with the signs folded and decided as that entry's unit, its target's signs taken out the same
way (`_signs_folded_since`, `_merge_signs_folded`).

A unit whose id is not one of ours (another tool numbered it: Translate Toolkit's po2xliff,
Okapi, a CAT tool that rewrites ids; or gave it none, as Translate Toolkit's XLIFF 2.0 writer
does, which makes the file invalid: one warning in `ImportReport.warnings`, a problem for
`--strict`) is matched by its source text (`match_units`): with its
msgctxt where the file carries one, else with its `#:` references where the source has several
entries, else the source's one entry. A unit that matches no entry, or several, or an entry
another unit has, is `unmatched`: reported with its line and counted, never guessed. Such a file
has no export bases, so it may fill empty and machine units but not replace human work.

Whole-file errors (one `CatalogError`, nothing written): not XLIFF, a unit with our id whose
source text is not its entry's (nor its `#|` previous msgid), a unit id twice, a
`target-language` that is not the catalog's locale, an `original` naming a catalog that is not
there (the file named, as each of these).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from l10n.catalog.po import (
    PLACEHOLDER,
    catalog_metadata,
    edit_catalog,
    imported_lines,
    newline_edges_agree,
    provenance_of,
    references_of,
    set_fuzzy,
    translator_lines,
    unmachine_lines,
)
from l10n.catalog.po_read import unescape
from l10n.catalog.translations import recorded_source, source_hash
from l10n.catalog.xliff import XliffDocument, XliffUnit, export_base, read_xliff
from l10n.errors import CatalogError, L10nError
from l10n.model import unit_id

if TYPE_CHECKING:
    import polib

    from l10n.locales import TargetLocale

Outcome = Literal["unchanged", "updated", "fuzzied", "kept", "refused", "conflict", "unmatched"]
OUTCOMES: tuple[Outcome, ...] = ("updated", "fuzzied", "kept", "refused", "conflict", "unmatched", "unchanged")
PROBLEM_OUTCOMES: frozenset[Outcome] = frozenset({"refused", "conflict", "unmatched"})


@dataclass(frozen=True)
class UnitReport:
    """What the import did with one unit, and why."""

    unit: str
    line: int | None
    outcome: Outcome
    reason: str = ""

    def describe(self, path: Path | str) -> str:
        """`file.xlf:12: unit u1a2b: conflict: …`, the one-line form errors use."""
        where = f"{path}:{self.line}" if self.line is not None else str(path)
        return f"{where}: unit {self.unit}: {self.outcome}" + (f": {self.reason}" if self.reason else "")


@dataclass
class ImportReport:
    """Every unit's outcome, in file order; `changed` entries were written to the PO."""

    xliff_path: Path
    po_path: Path
    units: list[UnitReport] = field(default_factory=list)
    warnings: list[CatalogError] = field(default_factory=list)  # the file's: read leniently (`XliffDocument.warnings`)

    @property
    def counts(self) -> Counter[str]:
        return Counter(report.outcome for report in self.units)

    @property
    def changed(self) -> int:
        return self.counts["updated"] + self.counts["fuzzied"]

    @property
    def problems(self) -> int:
        """Units refused, in conflict or matching no entry, and the file's warnings (not valid
        XLIFF, read leniently): what `xliff import --strict` fails on."""
        return sum(self.counts[outcome] for outcome in PROBLEM_OUTCOMES) + len(self.warnings)

    def lines(self) -> list[str]:
        """One line per unit that did not stay unchanged."""
        return [report.describe(self.xliff_path) for report in self.units if report.outcome != "unchanged"]

    def summary(self) -> str:
        counts = self.counts
        detail = ", ".join(f"{counts[outcome]} {outcome}" for outcome in OUTCOMES if counts[outcome])
        return f"{self.changed} units changed ({detail or 'no units'})"


def import_xliff(xliff_path: Path, po_path: Path, *, locale: TargetLocale | None = None) -> ImportReport:
    """Merge an edited XLIFF file into `po_path` unit by unit (see the module docstring).

    `locale` is the catalog's locale (default: the PO's `Language` header); a file whose
    `target-language` names another locale is refused as a whole.
    """
    xliff_path, po_path = Path(xliff_path), Path(po_path)
    _, document = read_xliff(xliff_path)
    if not po_path.exists():  # the file's error, not the catalog's: its `original` names one that is not there
        from l10n.terminal import printable_path

        raise CatalogError(
            f"file original {document.original!r}: no such catalog ({printable_path(po_path)})", path=xliff_path
        )
    _check_language(document, xliff_path, po_path, locale)
    _check_unique_ids(document, xliff_path)
    report = ImportReport(xliff_path, po_path, warnings=list(document.warnings))

    def import_all(index: dict[tuple[str | None, str], polib.POEntry]) -> int:
        by_id = {unit_id(*key): entry for key, entry in index.items()}
        in_file = {unit.id for unit in document.units}
        by_id.update((key, entry) for key, entry in _moved_since(index).items() if key not in by_id)
        by_id.update(_moved_unmarked(index, [unit for unit in document.units if unit.id not in by_id]))
        signed = _signs_folded_since(index, [unit for unit in document.units if unit.id not in by_id])
        ours = {
            unit.id: _matching_entry(unit, by_id, xliff_path, po_path) for unit in document.units if unit.id in by_id
        }
        others = [unit for unit in document.units if unit.id not in by_id and unit.id not in signed]
        theirs = match_units(others, index, [*ours.values(), *(entry for entry, _ in signed.values())])
        in_file.update(
            unit_id(e.msgctxt, e.msgid) for u, e, _ in theirs.values() if e is not None and e.msgid == u.source
        )
        report.units = []
        for given in document.units:
            if given.id in signed:
                report.units.append(_merge_signs_folded(*signed[given.id], given, in_file))
                continue
            unit, entry, why = (given, ours[given.id], "") if given.id in ours else theirs[given.id]
            if entry is None:
                report.units.append(UnitReport(unit.id, unit.line, "unmatched", why))
            elif entry.msgid == unit.source:
                report.units.append(merge_unit(entry, unit))
            else:
                report.units.append(_merge_moved(entry, unit, in_file))
        return report.changed

    edit_catalog(po_path, import_all)
    return report


def merge_unit(entry: polib.POEntry, unit: XliffUnit) -> UnitReport:
    """Decide one unit and apply it to `entry` in place (the three-way merge of the module doc)."""

    def outcome(kind: Outcome, reason: str = "") -> UnitReport:
        return UnitReport(unit.id, unit.line, kind, reason)

    file_fuzzy = unit.state == "fuzzy"
    untouched = unit.base is not None and export_base(unit.target, file_fuzzy, unit.translator_notes) == unit.base
    untouched_text = unit.base is not None and export_base(unit.target, True, unit.translator_notes) == unit.base
    if untouched and entry.msgstr:
        return outcome("unchanged")  # nothing new in the file; it only fills an entry emptied since
    if not unit.state_stated and unit.target == entry.msgstr:
        return outcome("unchanged")  # a file that states no state has not confirmed the PO's text
    if not unit.state_stated and unit.target == unit.source and unit.target:
        return outcome(
            "kept", "a target with no state that repeats the source is the tool's copy of it, not a translation"
        )
    if not unit.target:
        if entry.msgstr:
            return outcome("kept", "an empty target never clears a translation")
        written = _write(entry, "", False, unit.translator_notes, as_exported=untouched)
        return outcome("updated" if written else "unchanged")
    invalid, differ = placeholder_problems(unit.source, unit.target)
    if invalid:
        return outcome("refused", invalid)
    human = bool(entry.msgstr) and (not entry.fuzzy or provenance_of(entry)[0] == "human")
    reviewed = bool(entry.msgstr) and not entry.fuzzy
    fuzzy = file_fuzzy or bool(differ) or not newline_edges_agree(unit.source, unit.target)
    notes = unit.translator_notes if unit.base is not None else _own_notes(unit.translator_notes, entry)
    if not fuzzy and (entry.fuzzy or translator_lines(entry) == unmachine_lines(notes)):
        notes = unmachine_lines(notes)  # reviewed now, or reviewed already (re-importing the same file)
    elif fuzzy and unit.target != entry.msgstr and not untouched_text:
        notes = unmachine_lines(notes)  # a person's unconfirmed edit: no longer the machine's text
    if (entry.msgstr, entry.fuzzy, translator_lines(entry)) == (unit.target, fuzzy, notes):
        return outcome("unchanged")
    changed_since_export = (
        unit.base is None or export_base(entry.msgstr, entry.fuzzy, translator_lines(entry)) != unit.base
    )
    if human and changed_since_export and not (entry.msgstr == unit.target and not fuzzy):
        why = (
            "the file has no export base" if unit.base is None else "the PO entry changed since this file was exported"
        )
        return outcome("conflict", f"{why} and holds {'reviewed' if reviewed else 'human'} work; kept the PO")
    if differ:
        if human:
            return outcome("refused", f"{differ}; kept the PO's {'reviewed' if reviewed else 'human'} text")
        return outcome("fuzzied", differ) if _write(entry, unit.target, True, notes) else outcome("unchanged")
    if reviewed and fuzzy:
        return outcome("conflict", "the file's target is not confirmed; kept the PO's reviewed text")
    # notes exactly as exported (the unit's base vouches for them) may carry its machine line back
    return outcome("updated" if _write(entry, unit.target, fuzzy, notes, as_exported=untouched) else "unchanged")


def _moved_since(index: dict[tuple[str | None, str], polib.POEntry]) -> dict[str, polib.POEntry]:
    """Entries whose source changed since a file may have been exported (msgmerge's `#|`; also
    left by a text editor that cleared `fuzzy` only), by the unit id of their previous msgctxt +
    msgid: the id that file holds for them."""
    return {
        unit_id(entry.previous_msgctxt, entry.previous_msgid): entry
        for entry in index.values()
        if entry.previous_msgid is not None
    }


def _moved_unmarked(
    index: dict[tuple[str | None, str], polib.POEntry], units: list[XliffUnit]
) -> dict[str, polib.POEntry]:
    """Entries GNU msgmerge moved to a new msgid without `#|` (it writes none for a unit that was
    fuzzy), found for the file's units that name no entry: the one fuzzy entry whose machine
    line's `src=` is the unit's msgctxt and source (`source_hash`; the unit's id checked against
    them). Each gets the `#|` msgmerge did not write, so `_merge_moved` decides it."""
    if not units:
        return {}
    made_for: dict[str, list[polib.POEntry]] = {}
    for entry in index.values():
        recorded = recorded_source(entry) if entry.fuzzy and entry.previous_msgid is None else None
        if recorded is not None and recorded != source_hash(entry.msgctxt, entry.msgid):
            made_for.setdefault(recorded, []).append(entry)
    found: dict[str, polib.POEntry] = {}
    for unit in units:
        entries = made_for.get(source_hash(unit.msgctxt, unit.source), [])
        if unit.id == unit_id(unit.msgctxt, unit.source) and len(entries) == 1:
            entries[0].previous_msgctxt, entries[0].previous_msgid = unit.msgctxt, unit.source
            found[unit.id] = entries[0]
    return found


def _signs_folded_since(
    index: dict[tuple[str | None, str], polib.POEntry], units: list[XliffUnit]
) -> dict[str, tuple[polib.POEntry, list[tuple[str, str]]]]:
    """Entries `update` moved to a msgid whose values took their signs (`update._migrated_keys`,
    `symbols.signs_folded`) keeping their state, so with no `#|`, by the id of the file's unit
    exported before: a unit of our id (its msgctxt and source) that names no entry, whose source
    with its signs folded is an entry's msgid — with the (sign, placeholder) pairs folded."""
    from l10n.placeables.symbols import signs_folded

    found: dict[str, tuple[polib.POEntry, list[tuple[str, str]]]] = {}
    for unit in units:
        if unit.id_missing or unit.id != unit_id(unit.msgctxt, unit.source):
            continue
        msgid, folded = signs_folded(unit.source)
        entry = index.get((unit.msgctxt, msgid)) if folded else None
        if entry is not None and not entry.msgid_plural and entry.previous_msgid is None:
            found[unit.id] = (entry, folded)
    return found


def _merge_signs_folded(
    entry: polib.POEntry, folded: list[tuple[str, str]], unit: XliffUnit, in_file: set[str]
) -> UnitReport:
    """A unit exported before its values took their signs, for an entry `update` kept as it was
    (`_signs_folded_since`): decided as the same unit in today's form. Its target takes the same
    signs out (`symbols.msgstr_signs_folded`); a target that has no such sign before each such
    placeholder ("minus {quantity_1}") was made for the old form, so at most a fuzzy suggestion
    (as `_merge_moved`). Its base names the entry as exported: where the entry is still that text
    with its signs taken out, the base is the entry's now, so only the file's change counts."""
    from l10n.placeables.symbols import SAME_SIGNS, msgstr_signs_folded

    if unit_id(entry.msgctxt, entry.msgid) in in_file:
        return UnitReport(
            unit.id, unit.line, "unchanged", "its values took their signs; the file's unit for the new source decides"
        )
    if unit.base is not None and export_base(unit.target, unit.state == "fuzzy", unit.translator_notes) == unit.base:
        return UnitReport(unit.id, unit.line, "unchanged")  # the file did not change it
    lines = translator_lines(entry)
    bases = {export_base(text, entry.fuzzy, lines) for text in _with_signs_back(entry.msgstr, folded, SAME_SIGNS)}
    base = export_base(entry.msgstr, entry.fuzzy, lines) if unit.base in bases else unit.base
    target = msgstr_signs_folded(unit.target, folded) if unit.target else ""
    if target is None:
        decided = merge_unit(
            entry, replace(unit, source=entry.msgid, base=base, state="fuzzy" if unit.target else unit.state)
        )
        why = "its values took their signs since export and its target keeps one outside (a fuzzy suggestion at most)"
        return replace(decided, reason="; ".join(filter(None, [why, decided.reason])))
    return merge_unit(entry, replace(unit, source=entry.msgid, target=target, base=base))


def _with_signs_back(msgstr: str, folded: list[tuple[str, str]], same: dict[str, str]) -> list[str]:
    """Every text `msgstr` can have been before `msgstr_signs_folded` took `folded`'s signs out of
    it: each such placeholder with any sign that means the same put back before it."""
    texts = [msgstr]
    for sign, name in folded:
        placeholder = "{" + name + "}"
        texts = [text.replace(placeholder, mark + placeholder) for text in texts for mark in same[sign]]
    return texts


def _merge_moved(entry: polib.POEntry, unit: XliffUnit, in_file: set[str]) -> UnitReport:
    """A unit exported before its source sentence changed (`entry` holds its old msgid as `#|`):
    its target translates the old sentence, so it can only be a person's fuzzy suggestion for
    the new one — decided by `merge_unit` as an unconfirmed target, checked against the new
    msgid's placeholders, and the entry keeps its `#|` so the reviewer sees what changed. A
    file that also holds the entry's current unit speaks for it there."""
    if unit_id(entry.msgctxt, entry.msgid) in in_file:
        return UnitReport(
            unit.id, unit.line, "unchanged", "its source changed; the file's unit for the new one decides"
        )
    if unit.base is not None and export_base(unit.target, unit.state == "fuzzy", unit.translator_notes) == unit.base:
        return UnitReport(unit.id, unit.line, "unchanged")  # the file did not change it
    decided = merge_unit(entry, replace(unit, source=entry.msgid, state="fuzzy" if unit.target else unit.state))
    why = "its source changed since export (its target can only be a fuzzy suggestion)"
    return replace(decided, reason="; ".join(filter(None, [why, decided.reason])))


def placeholder_problems(source: str, target: str) -> tuple[str, str]:
    """(invalid, differ): why `target`'s placeholders cannot be written at all, and why they
    do not match `source`'s (missing or repeated); each is "" when there is no such problem.

    >>> placeholder_problems("over {number_1} years", 'über {number_1"}{__class__} Jahre')
    ("placeholder {__class__} is not in the source; stray '{' or '}' outside placeholders", '')
    >>> placeholder_problems("over {number_1} years", "über Jahre")
    ('', 'placeholders differ from the source: missing {number_1}')
    """
    ours, theirs = Counter(PLACEHOLDER.findall(source)), Counter(PLACEHOLDER.findall(target))
    invalid = [f"placeholder {{{name}}} is not in the source" for name in theirs if name not in ours]
    if ours and _stray_braces(source) != _stray_braces(target):  # python-brace-format only then
        invalid.append("stray '{' or '}' outside placeholders")
    if invalid:
        return "; ".join(invalid), ""
    differ = []
    missing = " ".join(f"{{{name}}}" for name in ours if theirs[name] < ours[name])
    if missing:
        differ.append(f"missing {missing}")
    repeated = " ".join(f"{{{name}}}" for name in ours if theirs[name] > ours[name])
    if repeated:
        differ.append(f"repeated {repeated}")
    return "", ("placeholders differ from the source: " + ", ".join(differ)) if differ else ""


def _own_notes(notes: list[str], entry: polib.POEntry) -> list[str]:
    """A file's translator notes without those that only repeat the entry's `#.` lines, `#:`
    references or msgctxt: a writer that drops note attribution (the npm `xliff` package writes
    every `<note>` bare) hands them back as notes, and they are not a translator's comments."""
    known = set(entry.comment.splitlines()) if entry.comment else set()
    known.update(f"{ref.path}:{ref.line}" if ref.line else ref.path for ref in references_of(entry))
    known.update([entry.msgctxt] if entry.msgctxt else [])
    return [note for note in notes if note not in known]


def _stray_braces(text: str) -> Counter[str]:
    return Counter(char for char in PLACEHOLDER.sub("", text) if char in "{}")


def _write(entry: polib.POEntry, msgstr: str, fuzzy: bool, notes: list[str], *, as_exported: bool = False) -> bool:
    if (entry.msgstr, entry.fuzzy, translator_lines(entry)) == (msgstr, fuzzy, notes):
        return False
    entry.msgstr = msgstr
    set_fuzzy(entry, fuzzy)
    entry.tcomment = "\n".join(imported_lines(entry, notes, as_exported=as_exported))
    return True


def _check_language(document: XliffDocument, xliff_path: Path, po_path: Path, locale: TargetLocale | None) -> None:
    from l10n.locales import locale_from_tag, parse_locale

    if locale is None:
        language = catalog_metadata(po_path).get("Language", "")
        if not language:
            return
        locale = parse_locale(language)
    tag = document.target_language
    try:
        same = bool(tag) and locale_from_tag(tag).code == locale_from_tag(locale.code).code
    except L10nError:
        same = False
    if not same:
        raise CatalogError(
            f"target language {tag!r} is not the catalog's locale {locale.code} ({po_path})", path=xliff_path
        )


def _check_unique_ids(document: XliffDocument, xliff_path: Path) -> None:
    seen: set[str] = set()
    for unit in document.units:
        if unit.id in seen:
            raise CatalogError("unit id appears twice in the file", path=xliff_path, line=unit.line, unit=unit.id)
        seen.add(unit.id)


def match_units(
    units: list[XliffUnit], index: dict[tuple[str | None, str], polib.POEntry], claimed: Iterable[polib.POEntry] = ()
) -> dict[str, tuple[XliffUnit, polib.POEntry | None, str]]:
    """The entries of units whose ids are not ours (another tool numbered them: Translate
    Toolkit's po2xliff, Okapi, a CAT tool that rewrites ids), by id: (unit, entry, "") or
    (unit, None, why none). A unit matches the entry with its source text (msgid; for a form of
    a gettext plural group, msgid or msgid_plural) and its msgctxt where the file carries one;
    where it does not (po2xliff drops msgctxt), the one entry with that source whose `#:`
    references are the unit's (else whose `#.` lines are), else the source's only entry. No entry, several, or one that
    another unit of the file (or one of ours, `claimed`) already has: never guessed. A source
    that matches nothing as written but does with the PO file's escapes read (`\\"`, `\\n`: Okapi's
    PO filter keeps them in its texts) is that entry's, its target read the same way; one that
    matches no msgid but an entry's `#|` previous msgid was written before that source changed
    (`_merge_moved` decides it, as for our own units).

    >>> import polib
    >>> entries = [polib.POEntry(msgctxt=c, msgid="Ti Gong", occurrences=[("a.txt", n)]) for c, n in (("credit", "8"), ("byline", "5"))]
    >>> index = {(e.msgctxt, e.msgid): e for e in entries}
    >>> found = match_units([XliffUnit("3", "Ti Gong", references=[("a.txt", "5")]), XliffUnit("4", "Ti Gong")], index)
    >>> found["3"][1].msgctxt, found["4"][1:]
    ('byline', (None, '2 entries have this source text (msgctxt byline, credit) and the file names none of them'))
    """
    current, previous = _by_source(index.values(), previous=False), _by_source(index.values(), previous=True)
    found: dict[str, tuple[XliffUnit, polib.POEntry | None, str]] = {}
    for given in units:
        unit, candidates = _first_match(given, current, previous)  # the unit as it matched
        found[unit.id] = (
            (unit, candidates[0], "") if len(candidates) == 1 else (unit, None, _unmatched(unit, candidates))
        )
    taken = Counter((id(entry), entry.msgid == unit.source) for unit, entry, _ in found.values() if entry is not None)
    taken.update((id(entry), True) for entry in claimed)
    for key, (unit, entry, _) in found.items():
        if entry is not None and entry.msgid_plural:
            found[key] = (unit, None, "a form of a plural entry (msgid_plural): its forms are not imported")
        elif entry is not None and taken[id(entry), entry.msgid == unit.source] > 1:
            found[key] = (unit, None, "another unit of the file matches the same entry; none of them is taken for it")
    return found


def _first_match(
    unit: XliffUnit, *indexes: dict[tuple[str, int | None], list[polib.POEntry]]
) -> tuple[XliffUnit, list[polib.POEntry]]:
    """The unit as it matches (its texts as written, else with PO escapes read) and its candidate
    entries: by msgid first (`indexes[0]`), then by `#|` previous msgid; none: the unit, []."""
    read = replace(unit, source=unescape(unit.source), target=unescape(unit.target))
    for number, by_source in enumerate(indexes):
        for given in [unit, read] if read.source != unit.source else [unit]:
            candidates = _candidates(given, by_source, moved=number > 0)
            if candidates:
                return given, candidates
    return unit, []


def _by_source(
    entries: Iterable[polib.POEntry], *, previous: bool
) -> dict[tuple[str, int | None], list[polib.POEntry]]:
    """Entries by (msgid, form) — form None for a singular entry, 0 for a plural entry's msgid, 1
    for its msgid_plural — or by their `#|` previous msgid (an entry whose source changed)."""
    by_source: dict[tuple[str, int | None], list[polib.POEntry]] = {}
    for entry in entries:
        msgid, plural = (
            (entry.previous_msgid, entry.previous_msgid_plural) if previous else (entry.msgid, entry.msgid_plural)
        )
        forms = [(msgid, 0), (plural, 1)] if plural else [(msgid, None)]
        for source, form in forms if msgid is not None else ():
            by_source.setdefault((source, form), []).append(entry)
    return by_source


def _candidates(
    unit: XliffUnit, by_source: dict[tuple[str, int | None], list[polib.POEntry]], *, moved: bool
) -> list[polib.POEntry]:
    form = None if unit.plural_form is None else min(unit.plural_form, 1)
    candidates = by_source.get((unit.source, form), [])
    if unit.msgctxt is not None:
        return [entry for entry in candidates if (entry.previous_msgctxt if moved else entry.msgctxt) == unit.msgctxt]
    for carried, of_entry in ((set(unit.references), _occurrences), (unit.developer_notes, _developer_lines)):
        if len(candidates) > 1:  # what the file carries of each: `#:` references, then `#.` lines
            candidates = [entry for entry in candidates if of_entry(entry) == carried] or candidates
    return candidates


def _occurrences(entry: polib.POEntry) -> set[tuple[str, str]]:
    """An entry's `#:` references as a unit carries them: (path, line or "")."""
    return {(ref.path, str(ref.line) if ref.line else "") for ref in references_of(entry)}


def _developer_lines(entry: polib.POEntry) -> list[str]:
    """An entry's `#.` lines as a unit carries them (an image's `alt` and its caption share a
    text and a line of the page; the `#.` line saying which is the alt tells them apart)."""
    return entry.comment.splitlines() if entry.comment else []


def _unmatched(unit: XliffUnit, candidates: list[polib.POEntry]) -> str:
    what = "this source text" + (f" and msgctxt {unit.msgctxt!r}" if unit.msgctxt is not None else "")
    if unit.plural_form is not None:
        what += f" (plural form {unit.plural_form})"
    if not candidates:
        return f"no entry of the catalog has {what}"
    contexts = ", ".join(sorted("none" if e.msgctxt is None else e.msgctxt for e in candidates))
    return f"{len(candidates)} entries have {what} (msgctxt {contexts}) and the file names none of them"


def _matching_entry(unit: XliffUnit, by_id: dict[str, polib.POEntry], xliff_path: Path, po_path: Path) -> polib.POEntry:
    entry = by_id[unit.id]
    if unit.source not in (entry.msgid, entry.previous_msgid):
        raise CatalogError(
            f"source text differs from {po_path}: {unit.source[:60]!r}", path=xliff_path, line=unit.line, unit=unit.id
        )
    return entry


def catalog_holding_units(xliff_path: Path, catalogs: Iterable[tuple[str, Path]]) -> str:
    """The domain of the one catalog among `catalogs` ((domain, PO path) pairs of the file's
    locale) that holds every unit of the file, for a file whose `<file original>` does not name
    its catalog: XLIFF 2.0 makes `original` optional, and the npm `xliff` package drops it when it
    rewrites a file. Unit ids hash msgctxt + msgid, so they say which catalog a unit came from;
    a file whose units fit no catalog, or several (every unit shared), is refused. Units without
    an id (Translate Toolkit's XLIFF 2.0 writer) say it by their source text: of the catalogs
    holding the rest, the one with more of their sources than any other and at least half of
    them (the others are `unmatched` on import); none, or a tie, is refused."""
    from l10n.catalog.po import read_translations

    _, document = read_xliff(xliff_path)
    wanted = {unit.id for unit in document.units if not unit.id_missing}
    sources = [unit.source for unit in document.units if unit.id_missing]
    found: list[tuple[int, str]] = []
    for domain, po_path in catalogs:
        keys = read_translations(po_path) if po_path.is_file() else {}
        if keys and wanted <= {unit_id(*key) for key in keys}:
            msgids = {msgid for _, msgid in keys}
            found.append((sum(source in msgids for source in sources), domain))
    most = max((held for held, _ in found), default=0)
    found = [(held, domain) for held, domain in found if held == most and 2 * held >= len(sources)]
    if len(found) != 1:
        why = (
            f"{len(found)} catalogs hold its units"
            if found
            else "no catalog of its locale holds all its units"
            if not sources
            else "no catalog of its locale holds half its units' source texts"
        )
        raise CatalogError(f"the file names no catalog (<file original>) and {why}", path=xliff_path)
    return found[0][1]
