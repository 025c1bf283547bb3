"""Publishing what changed: an article's pages are rebuilt only when their inputs or files moved.

make's rule per article (`memory.stamps`): the fingerprint of what its pages are made from — its
source, its POs, the gate's glossary and MT failure log, the configuration, the run's locales
and base URL, and the records of its pages in other locales (they appear in its switcher) — is
stamped with the files it wrote and its page records. A later run with the same fingerprint and
the files still as written takes the records as they are and assembles nothing.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.locales import TargetLocale
from l10n.memory.stamps import DictOf, ListOf
from l10n.publish.indexes import with_source_first
from l10n.publish.manifest import PageRecord

if TYPE_CHECKING:
    from l10n.fingerprint import Fingerprint
    from l10n.memory.stamps import Stamps
    from l10n.publish.site import ArticleToPublish, PublishReport
    from l10n.seen import StatsSeen


class PageIndex(dict[tuple[str, str], PageRecord]):
    """The site's page records by (domain, locale), with each article's records at hand
    (`of`): a site of thousands of articles asks for one article's pages once per article."""

    def __init__(self, records: Iterable[PageRecord] = ()) -> None:
        super().__init__()
        self._by_domain: dict[str, dict[str, PageRecord]] = {}
        by_domain = self._by_domain
        for record in records:  # `__setitem__` inlined: a re-run indexes the manifest's ~11,000 records
            dict.__setitem__(self, (record.domain, record.locale), record)
            found = by_domain.get(record.domain)
            if found is None:
                found = by_domain[record.domain] = {}
            found[record.locale] = record

    def __setitem__(self, key: tuple[str, str], record: PageRecord) -> None:
        super().__setitem__(key, record)
        self._by_domain.setdefault(key[0], {})[key[1]] = record

    def of(self, domain: str) -> list[PageRecord]:
        return list(self._by_domain.get(domain, {}).values())


def article_versions(pages: PageIndex, domain: str, order: dict[str, int]) -> list[PageRecord]:
    """An article's pages in every language, source first, then in switcher order."""
    records = pages.of(domain)
    return sorted(records, key=lambda r: (not r.is_source, order.get(r.locale, len(order)), r.locale))


def article_state(
    item: ArticleToPublish,
    pages: PageIndex,
    *,
    locales: Sequence[TargetLocale],
    base_url: str | None,
    seen: StatsSeen | None = None,
) -> str:
    """The fingerprint of what an article's pages are made from: its input files, the run's
    locales and base URL, and the records of its pages in other locales kept from earlier runs
    (they appear in its language switcher)."""
    from l10n.memory.stamps import fingerprint

    codes = _run_codes(tuple(locales))  # the editions this run builds
    others = sorted((r for r in pages.of(item.domain) if r.locale not in codes[1]), key=lambda r: r.locale)
    return fingerprint(
        item.inputs,
        settings=_settings(codes[0], base_url, [r.as_json() for r in others]),
        known=None if seen is None else seen.known(),
        state_of=None if seen is None else seen.state_of,  # the texts the whole-run look-up made
    )


@functools.lru_cache(maxsize=8)
def _run_codes(locales: tuple[TargetLocale, ...]) -> tuple[list[str], frozenset[str]]:
    """The codes of the editions a run builds, source first (listed and as a set): one run asks
    for every article."""
    codes = [locale.code for locale in with_source_first(locales)]
    return codes, frozenset(codes)


def _settings(codes: list[str], base_url: str | None, others: list[dict]) -> str:
    """What `article_state` hashes besides the files; the same text for every article with no
    page outside the run's locales (nearly all), so that text is made once."""
    if others:
        return json.dumps([codes, base_url, others], sort_keys=True)
    return _settings_without_others(tuple(codes), base_url)


@functools.lru_cache(maxsize=8)
def _settings_without_others(codes: tuple[str, ...], base_url: str | None) -> str:
    return json.dumps([list(codes), base_url, []], sort_keys=True)


def record_published(
    stamps: Stamps, published: Sequence[tuple[str, str, Sequence[tuple[str, str]], dict]], report: PublishReport
) -> None:
    """Stamp each article published (domain, input state, files as (site path, path), and what else it keeps: `staging.StagedArticle.published_state`) with its
    files as written (`fsio.state_as_written`), judged after one clock reading taken once the
    articles are written: a file settled since its write is kept by the state the write left
    (read back once to check it holds the bytes written), one written in the tick of that
    reading, or holding other bytes, by the bytes written. A page edited after its write — even
    in place, at the same size, in the tick of the write — is then rebuilt by the next run;
    a stat taken after the write would vouch for the edit."""
    from l10n.fingerprint import filesystem_now
    from l10n.fsio import state_as_written

    if not published:
        return
    now = filesystem_now(report.out_dir)  # before the stats `state_as_written` takes
    for domain, state, files, payload in published:
        # 22,000 cold
        payload["files"] = {site_path: state_as_written(name, now) for site_path, name in files}
        stamps.record(domain, state, payload)


PUBLISHED_SHAPE = {"files": DictOf(str), "records": ListOf(dict), "held": DictOf(DictOf(int)), "not_ready": ListOf(str)}
"""An article's record of `publish` (`record_published`: `staging.StagedArticle.published_state` and
its files), as `memory.stamps.fits` reads it: one of another shape is none, and the article is
published again (redteam49); each page record is read as the manifest's are (`take_as_published`)."""


def stamped_files(stamps: Stamps, domain: str, state: str, out_dir: Path, seen: StatsSeen | None = None) -> dict | None:
    """What the stamp of an article records when its inputs are as stamped and its files are as
    it left them, else None (it is then rebuilt). `seen`: stats taken already (`StatsSeen`)."""
    from l10n.fsio import kept_as_recorded
    from l10n.memory.stamps import file_state

    if not stamps.fresh(domain, state, PUBLISHED_SHAPE):
        return None
    published = stamps.payload(domain)
    prefix = os.path.join(os.fspath(out_dir), "")  # + a manifest's relative POSIX path: what `os.path.join` gives
    state_of = seen.file_state if seen else file_state
    if not all(kept_as_recorded(prefix + path, recorded, state_of) for path, recorded in published["files"].items()):
        return None
    return published


def take_as_published(
    published: dict, *, report: PublishReport, pages: PageIndex, unless: Collection[str] = ()
) -> bool:
    """An article whose stamp held (`stamped_files` gave `published`): its records and files
    taken into this run as they are. False when a record is unreadable, or a file is one this
    run has staged other bytes for (`unless`: `swap.swap` moves them in later, and the stamp
    would not hold once they were written); the article is then made again."""
    if unless and any(path in unless for path in published["files"]):
        return False
    records = []
    for data in published["records"]:
        record = _stamped_record(pages, data)
        if record is None:
            return False
        records.append(record)
    for record in records:
        key = (record.domain, record.locale)
        if pages.get(key) is not record:
            pages[key] = record
    report.taken.extend(published["files"])
    report.site_files.update(published["files"])
    report.held.update(published["held"])
    report.not_ready.extend(published["not_ready"])
    return True


def _stamped_record(pages: PageIndex, data: object) -> PageRecord | None:
    """The record a stamp keeps (`data`): the page index's own when it is that record (read from
    the manifest, checked there: `PageRecord.same_as`), else read anew (`PageRecord.from_json`;
    None when malformed). A re-run takes ~11,000 records, nearly all as the manifest has them."""
    if isinstance(data, dict):
        domain, locale = data.get("domain"), data.get("locale")
        known = pages.get((domain, locale)) if type(domain) is str and type(locale) is str else None
        if known is not None and known.same_as(data):
            return known
    return PageRecord.from_json(data)


INDEXES_KEY = "site indexes"  # a stamp key no article can have (a domain holds no space)
SITEMAP_KEY = "site sitemap"  # the sitemap, made of fewer facts than the indexes (its own stamp)


def take_indexes_as_written(
    stamps: Stamps,
    made_of: str,
    indexes: Sequence[str],
    *,
    report: PublishReport,
    seen: StatsSeen | None = None,
    key: str = INDEXES_KEY,
) -> bool:
    """The locale indexes, root page and sitemap are made of the page records, the indexed
    locales and the base URL only (`made_of`, and the code): when those are what the last run
    rendered them from and the files are as it left them (racy ones by content: `memory.stamps`),
    they are taken as they are — after a one-sentence edit the records rarely change, and
    rendering 12 pages listing every article was a fifth of the run. False: render them.
    `key`: the stamp (`SITEMAP_KEY` for the sitemap, made of its alternate groups alone)."""
    from l10n.memory.stamps import fingerprint

    kept = stamps.payload(key)
    out = os.fspath(report.out_dir)
    if not isinstance(kept, dict) or kept.get("files") != list(indexes):
        return False
    paths = [os.path.join(out, name) for name in indexes]
    if not stamps.fresh(key, fingerprint(paths, settings=made_of, known=None if seen is None else seen.known())):
        return False
    for path in paths:
        report.record(Path(path), False)
    return True


def record_indexes(
    stamps: Stamps, made_of: str, indexes: Sequence[str], out_dir: Path, *, key: str = INDEXES_KEY
) -> None:
    """Record the indexes just written (`take_indexes_as_written`; files written in the tick of
    their stat are kept by content: `memory.stamps`). A file this run wrote is taken by the
    bytes its write hashed (`fsio_notes.written_note`, `fingerprint(written=…)`), not read back
    and hashed again: the indexes list every article (16 files, 3.3 MB at 200 × 10, each read
    twice when its stamp was taken and again when it settled); the stamp still reads it once,
    when it settles (the racy-file rule)."""
    from l10n.fsio_notes import written_note
    from l10n.memory.stamps import fingerprint

    out = os.fspath(out_dir)
    paths = [os.path.join(out, name) for name in indexes]
    written = {path: note.digest for path in paths if (note := written_note(path)) is not None}
    stamps.record(key, fingerprint(paths, settings=made_of, written=written), {"files": list(indexes)})


MANIFEST_KEY = "site manifest"  # the manifest as publish wrote it (a domain holds no space)


def manifest_state(path: Path, seen: StatsSeen | None = None) -> Fingerprint:
    """The manifest's state, taken before it is read (`manifest_as_written` judges it after)."""
    from l10n.fingerprint import fingerprint

    return fingerprint([path], known=None if seen is None else seen.known())


def manifest_as_written(stamps: Stamps, taken: Fingerprint, path: Path) -> bool:
    """Whether the manifest read after `taken` holds the bytes publish last wrote there
    (`record_manifest`), so that writing the same records again would write the same bytes:
    its stamp holds for `taken` (racy ones by content), and its state after the read is still
    `taken`, which was settled (not touched in the tick of its stat: an edit in that tick could
    hide behind the same stat). False: the manifest is written as before."""
    from l10n.fingerprint import file_state

    return not taken.racy and stamps.fresh(MANIFEST_KEY, taken) and file_state(path) == taken.states[0]


def record_manifest(stamps: Stamps, path: Path, data: bytes) -> None:
    """Stamp the manifest just written with `data` (its content taken as those bytes: a file
    changed by someone since the write then differs by content, `fingerprint(written=…)`): their
    hash as the write took it (`fsio_notes.written_note`, while the command notes its writes),
    else taken here."""
    from l10n.fingerprint import data_digest, fingerprint
    from l10n.fsio_notes import written_note

    name = os.fspath(path)
    note = written_note(name)
    digest = note.digest if note is not None else data_digest(data)
    stamps.record(MANIFEST_KEY, fingerprint([name], written={name: digest}))
