"""The project translation memory: reviewed units in SQLite, exact and fuzzy lookup, leverage.

SQLite (WAL): one file under `locales/` two processes may read while a third writes, rebuilt
from the POs at any time (design decision 2: the PO is the record, the TM derived); an entry is
keyed by source locale, target locale, source text and context, and holds the reviewed target
and where it came from (a domain or a TMX/PO file name). Matching works on `{name}` texts, never
on rendered numbers, with placeholder names reduced to their kind (`{money_1}` → `{money}`); the
match's target is renamed to the new source's placeholders by kind and order (`map_placeholders`).
Scorer: `rapidfuzz.fuzz.ratio` (normalised Indel similarity, 0–100), order-sensitive like CAT
tools' match percentages; a token-set/partial scorer calls a sentence a 100 % match for one that
merely contains it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.memory.sqlite import open_wal_database

if TYPE_CHECKING:
    from l10n.model import Suggestion, Unit

EXACT_SCORE = 100.0
"""The score of an exact match in the same context: the one case written as reviewed."""

OTHER_CONTEXT_SCORE = 99.0
"""An identical source text in another context is at best a 99 % match (a headline is not a caption)."""

PLACEHOLDER_PENALTY = 1.0
"""What a match loses when its translation drops or repeats a placeholder of the unit's source
(`leverage`): an exact match becomes a 99 % suggestion, filled as fuzzy."""

DEFAULT_THRESHOLD = 75

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tm_unit (
    source_locale TEXT NOT NULL,
    target_locale TEXT NOT NULL,
    source_text   TEXT NOT NULL,
    context       TEXT NOT NULL DEFAULT '',
    target_text   TEXT NOT NULL,
    origin        TEXT NOT NULL DEFAULT '',
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (source_locale, target_locale, source_text, context)
);
CREATE INDEX IF NOT EXISTS tm_unit_pair ON tm_unit (source_locale, target_locale);
CREATE TABLE IF NOT EXISTS tm_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_PLACEHOLDER_KIND = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*?)_\d+(_end)?\}")


@dataclass(frozen=True)
class TMEntry:
    """One reviewed translation: `context` is the msgctxt ("" for none), `origin` where it came from."""

    source_locale: str
    target_locale: str
    source: str
    target: str
    context: str = ""
    origin: str = ""
    changed_at: str = ""
    retired: bool = False  # a review msgmerge retired (`#~`): fills the TM, replaces only its own origin's


@dataclass(frozen=True)
class TMMatch:
    """A TM hit for one new source text, its target already renamed to the new placeholders."""

    entry: TMEntry
    score: float
    target: str


@dataclass(frozen=True)
class PairStats:
    """`tm stats` row: how many entries one language pair holds."""

    source_locale: str
    target_locale: str
    entries: int
    contexts: int
    origins: int


def matching_key(text: str) -> str:
    """The text fuzzy matching compares: placeholder names reduced to their kind.

    >>> matching_key("over {money_1} ({money_2}) in {a_1}Luodian{a_1_end}")
    'over {money} ({money}) in {a}Luodian{a_end}'
    """
    return _PLACEHOLDER_KIND.sub(lambda m: "{" + m.group(1) + (m.group(2) or "") + "}", text)


def _kind_sequence(text: str) -> list[tuple[str, str]]:
    return [(matching_key(m.group(0)), m.group(0)) for m in _PLACEHOLDER_KIND.finditer(text)]


def map_placeholders(*, tm_source: str, tm_target: str, new_source: str) -> str | None:
    """Rename the TM target's placeholders to the new source's, pairing them by kind and order.

    Returns None when the two sources do not hold the same placeholder kinds in the same numbers
    (the match would land with a placeholder missing or invented: no suggestion is better).

    >>> map_placeholders(tm_source="{number_1} firms, {money_1}", tm_target="{number_1}家企业，{money_1}",
    ...                  new_source="{number_2} firms, {money_3}")
    '{number_2}家企业，{money_3}'
    >>> map_placeholders(tm_source="{money_1}", tm_target="{money_1}", new_source="{quantity_1}") is None
    True
    """
    old = _kind_sequence(tm_source)
    new = _kind_sequence(new_source)
    if sorted(kind for kind, _ in old) != sorted(kind for kind, _ in new):
        return None
    renames: dict[str, str] = {}
    for kind in {kind for kind, _ in old}:
        old_names = list(dict.fromkeys(name for k, name in old if k == kind))
        new_names = list(dict.fromkeys(name for k, name in new if k == kind))
        if len(old_names) != len(new_names):
            return None
        renames.update(zip(old_names, new_names))
    return _PLACEHOLDER_KIND.sub(lambda m: renames.get(m.group(0), m.group(0)), tm_target)


class TranslationMemory:
    """A SQLite TM file; use as a context manager (`with TranslationMemory(path) as tm:`)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db = open_wal_database(self.path, schema=_SCHEMA, what="translation memory")
        self._pair_cache: dict[tuple[str, str], tuple[object, dict[str, list[TMEntry]]]] = {}

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def add(self, entries: Iterable[TMEntry]) -> int:
        """Insert or update entries (the newest reviewed target wins); returns rows changed. A
        `retired` entry (a review whose sentence left its article) updates only a row of its own
        origin: a review in use elsewhere is not replaced by one that left its article."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        rows = [
            {**vars(e), "context": e.context or "", "changed_at": e.changed_at or now, "retired": int(e.retired)}
            for e in entries
            if e.source and e.target
        ]
        with self._db:
            before = self._db.total_changes
            self._db.executemany(
                "INSERT INTO tm_unit VALUES (:source_locale, :target_locale, :source, :context, :target, :origin, "
                ":changed_at) ON CONFLICT (source_locale, target_locale, source_text, context) DO UPDATE SET "
                "target_text = excluded.target_text, origin = excluded.origin, changed_at = excluded.changed_at "
                "WHERE target_text != excluded.target_text AND (:retired = 0 OR origin = excluded.origin)",
                rows,
            )
            changed = self._db.total_changes - before
            if changed:
                self._db.execute(
                    "INSERT INTO tm_meta VALUES ('generation', '1') "
                    "ON CONFLICT (name) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                )
            return changed

    def import_entries(self, entries: Iterable[TMEntry]) -> tuple[int, int]:
        """`add` for entries from a file from outside (TMX, another project's PO): they fill the
        TM, and update what the same file gave before, but a pair the TM holds from elsewhere —
        the project's reviewed catalogs, another file — keeps its target: a catalog is the record
        of what a person reviewed here (DESIGN decision 2), and an import never replaces reviewed
        work (decision 10). The next sync of a catalog whose review changed updates it as ever.
        Returns (rows changed, pairs kept)."""
        fresh: list[TMEntry] = []
        kept = 0
        for entry in entries:
            found = self._db.execute(
                "SELECT target_text, origin FROM tm_unit "
                "WHERE source_locale = ? AND target_locale = ? AND source_text = ? AND context = ?",
                (entry.source_locale, entry.target_locale, entry.source, entry.context or ""),
            ).fetchone()
            if found is not None and found[0] != entry.target and found[1] != entry.origin:
                kept += 1
            else:
                fresh.append(entry)
        return self.add(fresh), kept

    def holds(
        self, *, source_locale: str, target_locale: str, source: str, context: str | None, target: str, origin: str
    ) -> bool:
        """Whether the TM holds exactly this pair as the reviewed text `origin` (an article's
        catalogs, as `translate` syncs them) showed it in this context: a pair a `tm import` brought
        from elsewhere (its origin is the file's name) is no record of this article's review."""
        found = self._db.execute(
            "SELECT 1 FROM tm_unit WHERE source_locale = ? AND target_locale = ? AND source_text = ? "
            "AND context = ? AND target_text = ? AND origin = ?",
            (source_locale, target_locale, source, context or "", target, origin),
        ).fetchone()
        return found is not None

    def generation(self) -> int:
        """How many times `add` changed the TM: a TM of the same generation offers the same matches."""
        row = self._db.execute("SELECT value FROM tm_meta WHERE name = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def mark_synced(self, source: str, fingerprint: str) -> None:
        """`source` was added in the state `fingerprint`; kept in the TM itself, so a deleted and
        rebuilt TM is filled from every catalog again."""
        self.mark_synced_many([(source, fingerprint)])

    def mark_synced_many(self, marks: Iterable[tuple[str, str]]) -> None:
        """`mark_synced` for many (source, fingerprint) pairs in one transaction."""
        with self._db:
            self._db.executemany(
                "INSERT INTO tm_meta VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                ((f"synced:{source}", fingerprint) for source, fingerprint in marks),
            )

    def synced_marks(self) -> dict[str, str]:
        """The fingerprint `mark_synced` last recorded for each source (a catalog) in this TM
        file, by source, in one read."""
        rows = self._db.execute("SELECT name, value FROM tm_meta WHERE name LIKE 'synced:%'")
        return {name.removeprefix("synced:"): value for name, value in rows}

    def entries(self, *, source_locale: str | None = None, target_locale: str | None = None) -> Iterator[TMEntry]:
        """Every entry, optionally of one pair, in a stable order (for export and stats)."""
        sql = "SELECT source_locale, target_locale, source_text, target_text, context, origin, changed_at FROM tm_unit"
        where, args = [], []
        if source_locale:
            where.append("source_locale = ?")
            args.append(source_locale)
        if target_locale:
            where.append("target_locale = ?")
            args.append(target_locale)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY source_locale, target_locale, source_text, context"
        for row in self._db.execute(sql, args):
            yield TMEntry(*row)

    def stats(self) -> list[PairStats]:
        """Entry counts per language pair."""
        rows = self._db.execute(
            "SELECT source_locale, target_locale, COUNT(*), COUNT(DISTINCT context), COUNT(DISTINCT origin) "
            "FROM tm_unit GROUP BY source_locale, target_locale ORDER BY source_locale, target_locale"
        )
        return [PairStats(*row) for row in rows]

    def lookup(
        self,
        source: str,
        *,
        context: str | None,
        source_locale: str,
        target_locale: str,
        threshold: float = DEFAULT_THRESHOLD,
        limit: int = 3,
    ) -> list[TMMatch]:
        """Best matches first: the same-context exact match (100), then fuzzy ones ≥ `threshold`."""
        from rapidfuzz import fuzz, process

        pair = self._pair_entries(source_locale, target_locale)
        matches: list[TMMatch] = []
        for entry in pair.get(source, []):
            score = EXACT_SCORE if entry.context == (context or "") else OTHER_CONTEXT_SCORE
            matches.append(TMMatch(entry, score, entry.target))
        texts_by_key: dict[str, list[str]] = {}
        for text in pair:
            texts_by_key.setdefault(matching_key(text), []).append(text)
        hits = process.extract(
            matching_key(source), list(texts_by_key), scorer=fuzz.ratio, score_cutoff=threshold, limit=limit + 1
        )
        fuzzy_entries = (
            (score, entry)
            for key, score, _ in hits
            for text in texts_by_key[key]
            if text != source
            for entry in pair[text]
        )
        for score, entry in fuzzy_entries:
            target = map_placeholders(tm_source=entry.source, tm_target=entry.target, new_source=source)
            if target is not None:
                matches.append(TMMatch(entry, min(float(score), OTHER_CONTEXT_SCORE), target))
        matches.sort(key=lambda m: (-m.score, m.entry.context != (context or ""), m.entry.origin))
        return matches[:limit]

    def sources_into(self, target_locale: str) -> set[str]:
        """The source locales the TM translates into `target_locale` (the project's, and the
        languages of articles written in another, `catalog_sync.catalog_source`)."""
        rows = self._db.execute("SELECT DISTINCT source_locale FROM tm_unit WHERE target_locale = ?", (target_locale,))
        return {row[0] for row in rows}

    def has_pair(self, source_locale: str, target_locale: str) -> bool:
        """Whether any entry translates `source_locale` into `target_locale` (no entry, no match)."""
        return bool(self._pair_entries(source_locale, target_locale))

    def _pair_entries(self, source_locale: str, target_locale: str) -> dict[str, list[TMEntry]]:
        cache = self._pair_cache
        version = self._db.execute("PRAGMA data_version").fetchone()[0], self._db.total_changes
        cached = cache.get((source_locale, target_locale))
        if cached and cached[0] == version:
            return cached[1]
        grouped: dict[str, list[TMEntry]] = {}
        for entry in self.entries(source_locale=source_locale, target_locale=target_locale):
            grouped.setdefault(entry.source, []).append(entry)
        cache[(source_locale, target_locale)] = (version, grouped)
        return grouped


def provenance_for(match: TMMatch) -> str:
    """The PO comment text (after `tm: `): score, origin and context, as translators read it.

    >>> e = TMEntry("en", "zh_CN", "Hi", "你好", context="headline", origin="000_3e65")
    >>> provenance_for(TMMatch(e, 87.4, "你好"))
    '87% from 000_3e65 (headline)'
    """
    context = match.entry.context or "no context"
    return f"{match.score:.0f}% from {match.entry.origin or 'tm'} ({context})"


def is_exact_match(suggestion: Suggestion) -> bool:
    """True for a same-text, same-context TM match: the issue fills these as reviewed."""
    return suggestion.origin == "tm" and suggestion.score == EXACT_SCORE


def leverage(
    tm: TranslationMemory,
    units: Sequence[Unit],
    *,
    source_locale: str,
    target_locale: str,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[Suggestion]:
    """The best TM suggestion per unit (units with no match ≥ `threshold` get none).

    Exact same-context matches score `EXACT_SCORE` (`is_exact_match`); everything else is fuzzy
    with its score. Called before MT so MT only sees what the TM cannot fill.

    The placeholders of a match's translation are judged against the unit's own source, as a
    CAT tool judges a match's tags (memoQ's and Trados's tag-mismatch penalty): a translation
    holding one the unit lacks, or a stray brace (`xliff_import.placeholder_problems`, the
    rule `xliff import` refuses a target by), is not offered; one that drops or repeats one of
    the unit's is offered `PLACEHOLDER_PENALTY` lower, so an exact match of it is a fuzzy
    suggestion, never filled as reviewed. The TM holds such pairs from before `tm import` left
    them out (`tmx.read_tmx`), and from catalogs where a reviewer signed one off despite QA.
    """
    from l10n.catalog.xliff_import import placeholder_problems
    from l10n.model import Suggestion  # not at import: a command replaying its record builds none

    suggestions: list[Suggestion] = []
    for unit in units:
        matches = tm.lookup(
            unit.msgid,
            context=unit.msgctxt,
            source_locale=source_locale,
            target_locale=target_locale,
            threshold=threshold,
            limit=1,
        )
        if matches:
            best = matches[0]
            invalid, differ = placeholder_problems(unit.msgid, best.target)
            if invalid:
                continue
            if differ:
                best = TMMatch(best.entry, best.score - PLACEHOLDER_PENALTY, best.target)
            suggestions.append(
                Suggestion(
                    msgctxt=unit.msgctxt,
                    msgid=unit.msgid,
                    msgstr=best.target,
                    origin="tm",
                    provenance=provenance_for(best),
                    score=best.score,
                )
            )
    return suggestions


def generation_at(path: Path) -> str | None:
    """The TM file at `path` as a whole-run record keys on it: "-" when there is none, else its
    inode and `TranslationMemory.generation` (a TM rebuilt is another file; the same file of the
    same generation offers the same matches, whatever sync marks other commands wrote to it).

    Read as an immutable file, so nothing is created or written beside it; None (not known) when
    a write-ahead log is there, whose pages an immutable read would not see: only a real run
    then knows (SQLite URI parameters `mode=ro`, `immutable=1`)."""
    import os
    import sqlite3
    import urllib.parse

    try:
        inode = os.stat(path).st_ino
    except FileNotFoundError:
        return "-"
    try:
        if os.stat(f"{path}-wal").st_size:
            return None
    except FileNotFoundError:
        pass
    uri = f"file:{urllib.parse.quote(os.fspath(path))}?mode=ro&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True)
        try:
            row = db.execute("SELECT value FROM tm_meta WHERE name = 'generation'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return f"{inode}:{row[0] if row else 0}"
