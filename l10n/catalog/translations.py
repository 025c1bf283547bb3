"""Translations in a PO file: who wrote each msgstr, machine suggestions, and review.

Translator comments (`# `) hold machine provenance as one line `mt: <engine …>` or `tm: <match …>`
(gettext manual: translator comments are free text owned by translators and their tools); that
line is what tells machine work from human work (DESIGN decision 4: a non-fuzzy msgstr is never
machine-written). Machine text is always `fuzzy`; review clears the flag and keeps the origin as
`reviewed-from: mt: …`. The line ends with the fingerprint of the text the machine wrote
(`hash=` and 8 hex digits of BLAKE2b, `text_hash`): editors keep translator comments when a
person rewrites a fuzzy msgstr, so a msgstr that no longer matches its line's hash is a person's
(a line without a hash, from older catalogs, is taken at its word). Reading and writing the file
itself is `l10n.catalog.pofile`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n import fsio
from l10n.catalog.comment_lines import (
    HELD_PREFIX,
    MACHINE_ORIGINS,
    MARK,
    continuation,
    is_held_line,
    is_machine_line,
    text_hash,
    translator_lines,
    unmachine_lines,
    without_machine_lines,
)
from l10n.catalog.pofile import (
    CatalogKey,
    drop_previous,
    edit_catalog,
    entry_index,
    load_catalog,
    set_fuzzy,
)
from l10n.model import Suggestion, Translation, TranslationOrigin

if TYPE_CHECKING:
    import polib


def provenance_of(entry: polib.POEntry) -> tuple[TranslationOrigin, str]:
    """Who wrote the msgstr: the `mt:`/`tm:` translator-comment line whose `hash=` (if it has
    one) is the msgstr's, else a human — who rewrote the machine's text and kept its line. The
    provenance is the line without its hash and source fingerprint."""
    origin, provenance, _ = _machine_record(entry)
    return origin, provenance


def recorded_source(entry: polib.POEntry) -> str | None:
    """The `src=` of the machine line that wrote the entry's msgstr, if it has one."""
    return _machine_record(entry)[2]


@lru_cache(maxsize=1 << 14)  # a pure function of its inputs; a msgid recurs in every locale
def source_hash(msgctxt: str | None, msgid: str) -> str:
    """The fingerprint of the source a machine translated (`src=` on its line, `stamped`): GNU
    msgmerge moves a fuzzy unit to a changed msgid without `#|`; a `src=` that is not the
    entry's tells it (`entry_translation`).

    >>> source_hash(None, "Hello") == source_hash("", "Hello") != source_hash("headline", "Hello")
    True
    """
    return text_hash(msgctxt or "", msgid)


def _machine_record(entry: polib.POEntry) -> tuple[TranslationOrigin, str, str | None]:
    """`provenance_of`, and the source the machine's line names (its `src=`, if any)."""
    if not entry.msgstr:
        return "none", "", None
    return _record_of(entry.msgstr, entry.tcomment or "")


@lru_cache(maxsize=1 << 14)
def _record_of(msgstr: str, tcomment: str) -> tuple[TranslationOrigin, str, str | None]:
    """`_machine_record` of an entry's msgstr and translator comments, kept for the next reader
    of the same entry, and for the same unit in the next article: a sentence recurs across a
    project's articles translated alike (at 1,000 articles of `bench/chain.py`, 1,024 kept
    missed 93 % of `qa`'s look-ups; 2**14, more than a locale's distinct units there, ~40 %,
    holding ~14 MB of texts and records there)."""
    lines = [line.strip() for line in tcomment.splitlines()]
    for index, stripped in enumerate(lines):
        for origin in MACHINE_ORIGINS:
            if stripped.startswith(origin + ":"):
                provenance = " ".join([stripped, *continuation(lines[index + 1 :])])
                marks: dict[str, str] = {}
                for name, value in MARK.findall(provenance) if "=" in provenance else ():
                    marks.setdefault(name, value)
                if not marks:
                    return origin, provenance, None
                if "hash" in marks and marks["hash"] != text_hash(msgstr):
                    return "human", "", None
                return origin, " ".join(MARK.sub(" ", provenance).split()), marks.get("src")
    return "human", "", None


def entry_translation(entry: polib.POEntry) -> Translation:
    """The entry's msgstr and state; its source changed when msgmerge's `#|` says so, or when
    its machine line was written for another msgctxt and msgid (`source_hash`)."""
    origin, provenance, made_for = _machine_record(entry)
    moved = made_for is not None and made_for != source_hash(entry.msgctxt, entry.msgid)
    return Translation(
        msgstr=entry.msgstr,
        fuzzy=entry.fuzzy,
        origin=origin,
        provenance=provenance,
        source_changed=entry.previous_msgid is not None or moved,
    )


def read_translations(po_path: Path) -> dict[CatalogKey, Translation]:
    """Every active entry's msgstr with its fuzzy state and origin (`mt`, `tm`, `human`, `none`);
    read as fields (`po_scan`) in gettext's plain layout, else by polib (which names any error)."""
    from l10n.catalog.po_scan import read_scanned

    scanned = read_scanned(po_path)
    if scanned is None:
        return catalog_translations(load_catalog(po_path))
    return {key: entry_translation(entry) for key, entry in scanned.index().items()}


def read_for_memory(
    po_path: Path,
) -> tuple[dict[CatalogKey, Translation], dict[CatalogKey, Translation], str | None]:
    """What a TM takes from a catalog, from one read: `read_translations`; the obsolete (`#~`)
    entries whose key no active entry has (a review msgmerge retired when its sentence left
    the article is a person's work, and the sentence may come back, here or in another
    article); and the article's language where it is not the project's (`X-Source-Language`)."""
    from l10n.catalog.pofile import SOURCE_LANGUAGE_HEADER

    catalog = load_catalog(po_path)
    active = catalog_translations(catalog)
    retired = {
        (e.msgctxt, e.msgid): entry_translation(e)
        for e in catalog
        if e.obsolete and e.msgid and (e.msgctxt, e.msgid) not in active
    }
    return active, retired, catalog.metadata.get(SOURCE_LANGUAGE_HEADER) or None


def catalog_translations(catalog: polib.POFile) -> dict[CatalogKey, Translation]:
    """`read_translations` of a catalog already read (the publish gate also checks it)."""
    return {key: entry_translation(entry) for key, entry in entry_index(catalog).items()}


def machine_may_fill(translation: Translation, *, overwrite_fuzzy: bool, engine: str | None = None) -> bool:
    """Who may write a unit — the one rule MT, TM leverage and the catalog writer share.

    Empty units always. Fuzzy units a machine wrote (`mt:`/`tm:` line) when their source changed
    since (msgmerge's `#|`: the old output translates a sentence that is gone, so it is redone
    by default), or on request (`overwrite_fuzzy`). Given the `engine` about to write, fuzzy MT
    another engine wrote (`mt: <other> …`: the locale's engine changed, `[l10n.engines]`) too.
    A fuzzy unit without such a line holds a person's translation of an older msgid: never
    overwritten; nor is a reviewed one, nor (by `engine`) a translation-memory match.
    """
    if not translation.msgstr:
        return True
    machine = translation.fuzzy and translation.origin in MACHINE_ORIGINS
    if machine and engine is not None and translation.origin == "mt":
        return overwrite_fuzzy or translation.source_changed or machine_engine(translation.provenance) != engine
    return machine and (overwrite_fuzzy or translation.source_changed)


def machine_engine(provenance: str) -> str:
    """The engine an MT provenance names (its first word, after `mt:` when given with it).

    >>> machine_engine("mt: apertium eng-spa/apertium-eng-spa=0.8.1-2 2020-11-28")
    'apertium'
    >>> machine_engine("opencc s2twp from zh_CN 2026-12-02 (fuzzy)")
    'opencc'
    """
    words = provenance.removeprefix("mt:").split(maxsplit=1)
    return words[0] if words else ""


def machine_may_write(entry: polib.POEntry, *, overwrite_fuzzy: bool, engine: str | None = None) -> bool:
    """`machine_may_fill` for a catalog entry."""
    return machine_may_fill(entry_translation(entry), overwrite_fuzzy=overwrite_fuzzy, engine=engine)


def provenance_line(origin: str, provenance: str) -> str:
    """`mt: <provenance>`; a provenance that already starts with its origin is kept as is, but
    for a `hash=` (another text's: `stamped` adds the one of the text written).

    >>> provenance_line("mt", "argos en->de 1.9")
    'mt: argos en->de 1.9'
    >>> provenance_line("tm", "tm: 92% locales/tm.sqlite3 hash=0123abcd")
    'tm: 92% locales/tm.sqlite3'
    """
    text = " ".join(MARK.sub(" ", provenance).split())
    return text if text.startswith(origin + ":") else f"{origin}: {text}".rstrip()


def stamped(line: str, msgstr: str, source: CatalogKey | None = None) -> str:
    """A provenance line (`provenance_line`, maybe ending in a line feed) naming the text written
    and, given its (msgctxt, msgid), the source it translates (`source_hash`).

    >>> stamped("# mt: apertium en-es\\n", "Hola")
    '# mt: apertium en-es hash=2bcfe047\\n'
    >>> stamped("# mt: apertium en-es", "Hola", (None, "Hello"))
    '# mt: apertium en-es hash=2bcfe047 src=40a08efa'
    """
    end = "\n" if line.endswith("\n") else ""
    made_for = "" if source is None else f" src={source_hash(*source)}"
    return f"{line.removesuffix(end)} hash={text_hash(msgstr)}{made_for}{end}"


def held_review_lines(reviewed: polib.POEntry) -> list[str]:
    """The translator lines of a reviewed entry its source change lowers to fuzzy: `mt:` →
    `reviewed-from: mt:` (a person's text, never machine output again) and one `reviewed-as:
    <hash>` line naming what was reviewed (`restore_review`), replacing an older one."""
    return held_lines(translator_lines(reviewed), reviewed.msgctxt, reviewed.msgid, reviewed.msgstr)


def held_lines(lines: list[str], msgctxt: str | None, msgid: str, msgstr: str) -> list[str]:
    """`held_review_lines` of translator `lines` for a review of `msgstr` for (msgctxt, msgid)."""
    kept = [line for line in unmachine_lines(lines) if not is_held_line(line)]
    return [*kept, HELD_PREFIX + text_hash(msgctxt or "", msgid, msgstr)]


def restore_review(entry: polib.POEntry) -> bool:
    """Give a fuzzy entry back its reviewed state when its source came back to exactly what a
    person reviewed (`#|` msgctxt and msgid equal to the entry's) and its msgstr is still the one
    they reviewed (its `reviewed-as:` hash): nobody touched it while it was held. Any other
    fuzzy entry — a machine's, a text edited meanwhile, a file without the line — stays fuzzy
    (GNU msgmerge leaves every one so). True when restored."""
    if not (entry.fuzzy and entry.msgstr and entry.previous_msgid == entry.msgid):
        return False
    if (entry.previous_msgctxt or "") != (entry.msgctxt or ""):
        return False
    lines = translator_lines(entry)
    wanted = HELD_PREFIX + text_hash(entry.msgctxt or "", entry.msgid, entry.msgstr)
    if wanted not in (line.strip() for line in lines):
        return False
    set_fuzzy(entry, False)
    drop_previous(entry)
    entry.tcomment = "\n".join(line for line in lines if not is_held_line(line))
    return True


Written = Callable[[dict[CatalogKey, Translation]], None]
"""Told, under the catalog's lock, the reviewed translations (`Translation.is_reviewed`) the
catalog holds once it is on disk: what a TM takes from it."""


def apply_suggestions(
    po_path: Path,
    suggestions: Iterable[Suggestion],
    *,
    overwrite_fuzzy: bool = False,
    written: Written | None = None,
) -> int:
    """Write machine/TM suggestions as fuzzy entries with an `mt:`/`tm:` provenance line.

    Only empty entries are filled (and, with `overwrite_fuzzy`, fuzzy entries a machine wrote);
    a non-fuzzy msgstr is never touched. Suggestions for units not in the catalog are skipped.
    One read and at most one atomic write per call. Returns the number of entries changed.
    `written` (see `Written`) lets the caller record what the file now holds without reading
    it again (`translate` feeds the TM so).
    """
    pending = [s for s in suggestions if s.msgstr]
    if not pending:
        return 0

    def apply_all(index: dict[CatalogKey, polib.POEntry]) -> int:
        entries = ((index.get((s.msgctxt, s.msgid)), s) for s in pending)
        return sum(apply_one_suggestion(e, s, overwrite_fuzzy=overwrite_fuzzy) for e, s in entries if e is not None)

    return _edit_scanned(po_path, apply_all, written)


def _edit_telling(
    po_path: Path, edit: Callable[[dict[CatalogKey, polib.POEntry]], int], written: Written | None
) -> int:
    """`edit_catalog`, then `written` told the result while the lock is still held (the lock is
    re-entrant), so no other writer slips in between the write and what the caller records."""
    if written is None:
        return edit_catalog(po_path, edit)
    held: list[dict[CatalogKey, polib.POEntry]] = []

    def keeping(index: dict[CatalogKey, polib.POEntry]) -> int:
        held.append(index)
        return edit(index)

    with fsio.locked(Path(po_path)):
        changed = edit_catalog(po_path, keeping)
        if held:
            written({key: entry_translation(e) for key, e in held[0].items() if e.msgstr and not e.fuzzy})
    return changed


def fill_catalog(
    po_path: Path,
    suggest: Callable[[dict[CatalogKey, Translation]], Iterable[Suggestion]],
    *,
    overwrite_fuzzy: bool = False,
    written: Written | None = None,
    engine: str | None = None,
) -> int:
    """`apply_suggestions` for suggestions made from what the catalog itself holds: `suggest`
    gets the units `engine` may fill (`machine_may_fill`) and is not called when there are
    none. One locked read and at most one write, where reading the open units first and then
    applying took two reads (zh_TW from zh_CN). Returns the number of entries changed;
    `written` as for `apply_suggestions`.

    A catalog in gettext's plain layout is read and printed as fields (`po_scan`), without
    polib objects; the same rules fill it, and the bytes are those of the general path
    (`tests/test_catalog_po_scan.py` holds both to it)."""

    def apply_all(index: dict[CatalogKey, Any]) -> int:
        fillable = {
            key: translation
            for key, entry in index.items()
            if machine_may_fill(translation := entry_translation(entry), overwrite_fuzzy=overwrite_fuzzy, engine=engine)
        }
        if not fillable:
            return 0
        entries = ((index.get((s.msgctxt, s.msgid)), s) for s in suggest(fillable) if s.msgstr)
        return sum(apply_one_suggestion(e, s, overwrite_fuzzy=overwrite_fuzzy) for e, s in entries if e is not None)

    return _edit_scanned(po_path, apply_all, written)


def _edit_scanned(po_path: Path, edit: Callable[[dict[CatalogKey, Any]], int], written: Written | None) -> int:
    """`_edit_telling` through `po_scan` for a catalog in gettext's plain layout: the same rules
    edit its fields, printed as the general path prints them, at about half polib's cost."""
    from l10n.catalog.po_scan import read_scanned, save_scanned

    po_path = Path(po_path)
    with fsio.locked(po_path):
        scanned = read_scanned(po_path)
        if scanned is None:  # polib's reader decides (and names any error)
            return _edit_telling(po_path, edit, written)
        index: dict[CatalogKey, Any] = scanned.index()  # entries with polib's attribute names
        changed = edit(index)
        if changed:
            save_scanned(scanned, po_path)
        if written is not None:
            written({key: entry_translation(e) for key, e in index.items() if e.msgstr and not e.fuzzy})
    return changed


def apply_one_suggestion(entry: polib.POEntry, suggestion: Suggestion, *, overwrite_fuzzy: bool) -> bool:
    """Write `suggestion` where a machine may (`machine_may_write`; an engine's suggestion may
    replace another engine's output, as the reader that asked for it found it open)."""
    engine = machine_engine(suggestion.provenance) if suggestion.origin == "mt" else None
    if not machine_may_write(entry, overwrite_fuzzy=overwrite_fuzzy, engine=engine):
        return False
    line = stamped(
        provenance_line(suggestion.origin, suggestion.provenance), suggestion.msgstr, (entry.msgctxt, entry.msgid)
    )
    lines = translator_lines(entry)
    unchanged_source = entry.previous_msgid is None and entry.previous_msgctxt is None
    if entry.msgstr == suggestion.msgstr and entry.fuzzy and line in lines and unchanged_source:
        return False  # nothing new; with `#|` the same text is new work: the `#|` goes
    entry.msgstr = suggestion.msgstr
    drop_previous(entry)
    set_fuzzy(entry, True)
    entry.tcomment = "\n".join([*without_machine_lines(lines), line])
    return True


def mark_reviewed(po_path: Path, keys: Iterable[CatalogKey]) -> int:
    """A person accepted these translations: clear fuzzy (and `#|`), keep provenance as history.

    The `mt: …` line becomes `reviewed-from: mt: …`, so the origin reads "human" from now on while
    the catalog still shows where the text started. Entries with an empty msgstr are skipped.
    Returns the number of entries changed.
    """
    wanted = set(keys)
    if not wanted:
        return 0

    def review_all(index: dict[CatalogKey, polib.POEntry]) -> int:
        return sum(_review(index[key]) for key in wanted if key in index)

    return edit_catalog(po_path, review_all)


def _review(entry: polib.POEntry) -> bool:
    lines = translator_lines(entry)
    machine = any(is_machine_line(line) for line in lines)
    if not entry.msgstr or not (entry.fuzzy or machine or entry.previous_msgid is not None):
        return False
    set_fuzzy(entry, False)
    entry.tcomment = "\n".join(line for line in unmachine_lines(lines) if not is_held_line(line))
    return True
