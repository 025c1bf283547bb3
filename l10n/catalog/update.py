"""Merge a template into a translation catalog the way GNU `msgmerge` does (gettext manual §9.2).

- unchanged units (same msgctxt + msgid) keep msgstr, flags and translator comments; their `#.`
  comments, `#:` references and format flags are refreshed from the template;
- a unit whose msgid changed inherits the closest old translation (rapidfuzz ratio ≥
  `FUZZY_MATCH_THRESHOLD`, same msgctxt preferred), becomes fuzzy and records the old msgid and
  msgctxt as `#|` lines, so a translator sees what changed;
- units gone from the template become obsolete (`#~`) when they had a translation (msgmerge
  drops untranslated ones); obsolete entries can come back, exactly or as fuzzy matches;
- new units start empty.

A new catalog gets a header with `Language`, `Plural-Forms` (what gettext's msginit writes, see
`l10n.catalog.plurals`) and `X-Generator`; a merge brings `Language` and `Plural-Forms` of an
existing catalog back to those values (the only header lines of a translator's it touches), and
never a msgstr. The template's own lines (`TEMPLATE_HEADERS`) are copied over, `X-Source-Language`
(the article's language, `l10n.locales.article_language`) and `X-Source-Variant` (the region it
states) also dropped when the template lost them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l10n import fsio
from l10n.catalog.fresh import FreshTemplate
from l10n.catalog.plurals import plural_count, plural_forms
from l10n.catalog.pofile import (
    BRACE_FORMAT_FLAG,
    FUZZY_FLAG,
    GENERATOR,
    SOURCE_HEADER,
    SOURCE_LANGUAGE_HEADER,
    SOURCE_VARIANT_HEADER,
    WRAP_WIDTH,
    CatalogKey,
    create_catalog,
    drop_previous,
    gettext_timestamp,
    load_catalog,
    save_catalog,
    set_fuzzy,
)
from l10n.catalog.translations import held_review_lines, restore_review
from l10n.errors import CatalogError

if TYPE_CHECKING:
    import polib

    from l10n.fingerprint import KnownStat
    from l10n.locales import TargetLocale

FUZZY_MATCH_THRESHOLD = 70.0


class EmptyTemplate(CatalogError):
    """A template with no units would empty a catalog holding translations (`refuse_empty_template`)."""


TEMPLATE_HEADERS = (
    "Project-Id-Version",
    "POT-Creation-Date",
    SOURCE_HEADER,
    SOURCE_LANGUAGE_HEADER,
    SOURCE_VARIANT_HEADER,
)


@dataclass(frozen=True)
class UpdateStats:
    """What a merge did; `written` is False when the catalog file was already up to date."""

    added: int = 0
    kept: int = 0
    fuzzied: int = 0
    obsoleted: int = 0
    created: bool = False
    written: bool = False

    def __str__(self) -> str:
        state = "created" if self.created else ("updated" if self.written else "unchanged")
        return f"{state}: {self.kept} kept, {self.added} new, {self.fuzzied} fuzzy, {self.obsoleted} obsolete"


def update_po(
    pot_path: Path,
    po_path: Path,
    locale: TargetLocale,
    *,
    notes: Mapping[CatalogKey, Sequence[str]] | None = None,
    template: polib.POFile | FreshTemplate | None = None,
    allow_empty_template: bool = False,
) -> UpdateStats:
    """Create `po_path` from `pot_path` if missing (exclusively), else merge (locked); atomic.

    `notes` are locale-specific `#.` lines (glossary terms) added after the template's own; since
    every merge starts from the template's comments, re-running never stacks them. `template`
    is `pot_path` already parsed (read once, merged into every locale; it is not modified).

    A template with no units is not merged into a catalog holding translations
    (`refuse_empty_template`) unless `allow_empty_template`.
    """
    pot_path, po_path = Path(pot_path), Path(po_path)
    if isinstance(template, FreshTemplate):
        if not os.path.lexists(po_path) and fsio.create_exclusive_text(po_path, template.po_text(locale, notes=notes)):
            return UpdateStats(added=len(template.units), created=True, written=True)
        template = template.catalog  # the PO exists (or just appeared): merge into it as always
    template = template if template is not None else load_catalog(pot_path)

    def merged_into(old: polib.POFile) -> tuple[polib.POFile, dict[str, int]]:
        if not allow_empty_template:
            refuse_empty_template(template, old, pot_path=pot_path, po_path=po_path)
        merged, counts = merge_catalogs(template, old, locale)
        for entry in merged:
            extra = (notes or {}).get((entry.msgctxt, entry.msgid)) if not entry.obsolete else None
            if extra:
                entry.comment = "\n".join(filter(None, [entry.comment, *extra]))
        return merged, counts

    if not os.path.lexists(po_path):  # a new catalog: created exclusively, no lock (see `l10n.fsio`)
        merged, counts = merged_into(new_catalog(template, locale))
        if create_catalog(merged, po_path):
            return UpdateStats(**counts, created=True, written=True)
    with fsio.locked(po_path):
        while True:  # a failed creation means someone else just created it: merge into theirs
            if po_path.exists():
                merged, counts = merged_into(load_catalog(po_path))
                return UpdateStats(**counts, created=False, written=save_catalog(merged, po_path))
            merged, counts = merged_into(new_catalog(template, locale))
            if os.path.lexists(po_path):  # a dangling link is replaced by the new catalog
                return UpdateStats(**counts, created=True, written=save_catalog(merged, po_path))
            if create_catalog(merged, po_path):
                return UpdateStats(**counts, created=True, written=True)


def refuse_empty_template(template: polib.POFile, old: polib.POFile, *, pot_path: Path, po_path: Path) -> None:
    """Refuse to merge a template with no units into a catalog with translations: the merge
    would turn every one of them obsolete (`#~`), so one truncated template, or an article
    whose extraction went wrong, would empty a reviewed catalog. msgmerge does what it is told;
    a nightly batch over thousands of catalogs needs to be told twice (`--allow-empty-template`,
    when the article really lost all its text). A catalog with no translation is merged."""
    if any(not entry.obsolete for entry in template):
        return
    translated = [e for e in old if not e.obsolete and (e.msgstr or any(e.msgstr_plural.values()))]
    if not translated:
        return
    kept = sum(1 for entry in translated if not entry.fuzzy)
    raise EmptyTemplate(
        f"template has no units: merging it would make all {len(translated)} translated unit(s) "
        f"({kept} reviewed) of {po_path} obsolete; extract the article again, or pass "
        "--allow-empty-template to retire them",
        path=pot_path,
    )


def new_catalog(template: polib.POFile, locale: TargetLocale) -> polib.POFile:
    """An empty catalog for `locale` with the header the gettext manual asks of a PO file."""
    import polib

    catalog = polib.POFile(wrapwidth=WRAP_WIDTH)
    name = locale.english_name
    project = template.metadata.get("Project-Id-Version", "")
    catalog.header = f"{name} translations for {project}."
    catalog.metadata = {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": template.metadata.get("POT-Creation-Date", ""),
        "PO-Revision-Date": gettext_timestamp(),
        "Last-Translator": f"{GENERATOR} (no translator yet)",
        "Language-Team": name,
        "Language": locale.code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(locale.code),
        "X-Generator": GENERATOR,
    }
    return catalog


def refresh_locale_headers(catalog: polib.POFile, locale: TargetLocale) -> None:
    """Set `Language` and `Plural-Forms` to what gettext gives `locale`, fixing stale ones.

    A `Plural-Forms` whose form count differs is kept while plural entries hold translations
    made for it: their `msgstr[n]` are numbered by the old formula, and human work is sacred.
    """
    catalog.metadata["Language"] = locale.code
    wanted = plural_forms(locale.code)
    current = catalog.metadata.get("Plural-Forms")
    if current == wanted:
        return
    translated_plurals = any(any(entry.msgstr_plural.values()) for entry in catalog if entry.msgid_plural)
    if translated_plurals and plural_count(current) != plural_count(wanted):
        return
    catalog.metadata["Plural-Forms"] = wanted


def merge_catalogs(
    template: polib.POFile, old: polib.POFile, locale: TargetLocale
) -> tuple[polib.POFile, dict[str, int]]:
    """`template` merged into `old` as the module docstring says, with counts (added, kept,
    fuzzied, obsoleted); `old`'s header is kept and its entries are reused (obsoleted in place)."""
    import polib

    merged = polib.POFile(wrapwidth=WRAP_WIDTH)
    merged.header = old.header
    merged.metadata = dict(old.metadata)
    merged.metadata_is_fuzzy = old.metadata_is_fuzzy
    for name in TEMPLATE_HEADERS:
        if template.metadata.get(name):
            merged.metadata[name] = template.metadata[name]
    for name in (SOURCE_LANGUAGE_HEADER, SOURCE_VARIANT_HEADER):  # the article no longer states it
        if not template.metadata.get(name):
            merged.metadata.pop(name, None)

    active = {(e.msgctxt, e.msgid): e for e in old if not e.obsolete}
    obsolete = {(e.msgctxt, e.msgid): e for e in old if e.obsolete}
    counts = {"added": 0, "kept": 0, "fuzzied": 0, "obsoleted": 0}

    matched: dict[CatalogKey, tuple[polib.POEntry, bool]] = {}  # new key -> (old entry, is_fuzzy_match)
    for entry in template:
        key = (entry.msgctxt, entry.msgid)
        source = active.pop(key, None) or obsolete.pop(key, None)
        if source is not None:
            matched[key] = (source, False)
    candidates = {k: e for k, e in [*active.items(), *obsolete.items()] if e.msgstr}
    for old_key, new_key, kept in _migrated_keys(candidates, template, matched):  # before any guess by likeness
        source = candidates.pop(old_key)
        if kept is not None:  # only a sign moved into its value, and the msgstr moved it too: same state
            source.msgstr = kept
        matched[new_key] = (source, kept is None)
        active.pop(old_key, None)
        obsolete.pop(old_key, None)
    for entry in template:
        key = (entry.msgctxt, entry.msgid)
        if key in matched or not candidates:  # a new catalog has nothing to match against
            continue
        best = closest_entry(entry, candidates)
        if best is not None:
            matched[key] = (candidates.pop(best), True)
            active.pop(best, None)
            obsolete.pop(best, None)

    for entry in template:
        key = (entry.msgctxt, entry.msgid)
        if key not in matched:
            merged.append(_refreshed(entry, None, fuzzy_match=False))
            counts["added"] += 1
            continue
        source, fuzzy_match = matched[key]
        merged.append(_refreshed(entry, source, fuzzy_match=fuzzy_match))
        counts["fuzzied" if fuzzy_match and merged[-1].fuzzy else "kept"] += 1

    for entry in active.values():
        if entry.msgstr or any(entry.msgstr_plural.values()):  # plural translations are work too
            merged.append(_obsoleted(entry))
            counts["obsoleted"] += 1
    for entry in obsolete.values():
        merged.append(entry)
    refresh_locale_headers(merged, locale)
    return merged, counts


def _migrated_keys(
    candidates: Mapping[CatalogKey, polib.POEntry], template: polib.POFile, matched: Mapping[CatalogKey, object]
) -> list[tuple[CatalogKey, CatalogKey, str | None]]:
    """(old key, new key, kept msgstr) for old entries whose msgid an earlier extraction wrote in
    a form since changed — inline code as a tag pair around its text (`placeables.code.migrated_msgid`),
    a value's sign outside its placeholder (`placeables.symbols.signs_folded`), or both — when the
    template holds the msgid's current form and nothing else took it. A unit whose only change is
    its signs, with its msgstr holding each sign right before the same placeholder, keeps its state
    with those signs taken out of its msgstr (kept msgstr): the edition writes the value with its
    sign, as the translation did (`symbols.msgstr_signs_folded`). Any other such unit (kept msgstr
    None) takes the source-changed path exactly (fuzzy, its old msgid as `#|`), however unlike the
    two msgids look (a long command in a short sentence is far below `FUZZY_MATCH_THRESHOLD`).
    Two old units can now be one (`*Cargo.toml*:` and `*cargo check*:` are both `{em_1}{code_1}{em_1_end}:`):
    a reviewed translation is carried first, then a person's fuzzy one, then a machine's."""
    from l10n.catalog.translations import MACHINE_ORIGINS, entry_translation
    from l10n.placeables.code import migrated_msgid
    from l10n.placeables.symbols import msgstr_signs_folded, signs_folded

    def rank(key: CatalogKey) -> tuple[bool, bool]:
        translation = entry_translation(candidates[key])
        return translation.fuzzy, translation.origin in MACHINE_ORIGINS

    moved: dict[CatalogKey, CatalogKey] = {}
    kept: dict[CatalogKey, str | None] = {}
    for key in candidates:
        code_form = migrated_msgid(key[1])
        new_msgid, folded = signs_folded(code_form)
        if new_msgid != key[1]:
            moved[key] = (key[0], new_msgid)
            only_signs = code_form == key[1]
            kept[key] = msgstr_signs_folded(candidates[key].msgstr, folded) if only_signs else None
    if not moved:  # every catalog written since: nothing to carry
        return []
    wanted = {(entry.msgctxt, entry.msgid) for entry in template} - set(matched)
    pairs: list[tuple[CatalogKey, CatalogKey, str | None]] = []
    for old_key in sorted(moved, key=rank):
        if moved[old_key] in wanted:
            wanted.discard(moved[old_key])
            pairs.append((old_key, moved[old_key], kept[old_key]))
    return pairs


def closest_entry(entry: polib.POEntry, candidates: dict[CatalogKey, polib.POEntry]) -> CatalogKey | None:
    """The old entry whose msgid is most like this one's (same msgctxt first), if close enough."""
    from rapidfuzz import fuzz, process

    same_context = [k for k in candidates if k[0] == entry.msgctxt]
    for pool in (same_context, list(candidates)):
        if not pool:
            continue
        found = process.extractOne(
            entry.msgid, {k: k[1] for k in pool}, scorer=fuzz.ratio, score_cutoff=FUZZY_MATCH_THRESHOLD
        )
        if found is not None:
            return found[2]
    return None


def _refreshed(template_entry: polib.POEntry, source: polib.POEntry | None, *, fuzzy_match: bool) -> polib.POEntry:
    """The template entry carrying over the old translation (if any) and the translator's state."""
    import polib

    entry = polib.POEntry(
        msgid=template_entry.msgid,
        msgctxt=template_entry.msgctxt,
        msgstr="",
        comment=template_entry.comment,
        occurrences=list(template_entry.occurrences),
        flags=list(template_entry.flags),
    )
    if source is None:
        return entry
    entry.msgstr = source.msgstr
    entry.tcomment = source.tcomment
    if fuzzy_match and not source.fuzzy and source.msgstr:
        # a non-fuzzy msgstr is a person's (DESIGN decision 4), even where an editor cleared the
        # flag and left the `mt:` line: it goes back to fuzzy as a person's, never machine output,
        # naming what was reviewed, so a source that comes back gives the review back
        entry.tcomment = "\n".join(held_review_lines(source))
    own_flags = [f for f in source.flags if f != FUZZY_FLAG and not f.endswith("-format") and f not in entry.flags]
    entry.flags.extend(own_flags)
    if fuzzy_match:  # `#|` names what the text was made for: an older `#|` is carried whole
        inherited = source.fuzzy and source.previous_msgid is not None
        entry.previous_msgid = source.previous_msgid if inherited else source.msgid
        entry.previous_msgctxt = source.previous_msgctxt if inherited else source.msgctxt
        set_fuzzy(entry, True)
    elif source.fuzzy:
        entry.previous_msgid = source.previous_msgid
        entry.previous_msgctxt = source.previous_msgctxt
        set_fuzzy(entry, True)
    if not entry.msgstr:
        set_fuzzy(entry, False)  # msgmerge never leaves an empty entry fuzzy
    restore_review(entry)
    return entry


def _obsoleted(entry: polib.POEntry) -> polib.POEntry:
    """`#~` entry: translation and translator comments kept, template-owned lines dropped."""
    entry.obsolete = True
    entry.comment = ""
    entry.occurrences = []
    drop_previous(entry)
    entry.flags = [f for f in entry.flags if f in (FUZZY_FLAG, BRACE_FORMAT_FLAG)]
    return entry


MERGE_STAGE = "update"
"""The stage name of merges in `memory.stamps`."""


def merge_state(
    pot_path: Path | str,
    po_path: Path | str,
    *,
    glossary_path: Path | str,
    locale_code: str,
    known: Mapping[str, KnownStat | None] | None = None,
) -> str:
    """The fingerprint of a PO's merge with its template (`memory.stamps`, stage "update"): what
    `update` reads. Writers that keep a PO merged (MT filling msgstrs) carry the stamp over.
    `known`: stats of the template and glossary taken once for many POs (`fingerprint`)."""
    from l10n.fingerprint import fingerprint

    return fingerprint([pot_path, po_path, glossary_path], settings=merge_settings(locale_code), known=known)


def merge_settings(locale_code: str) -> str:
    """The settings of `merge_state`, whose files are the template, the PO and the glossary in
    that order: for a caller that takes their stats itself (`fingerprint.stat_digest`)."""
    return f"merge|{locale_code}"
